"""``liaison self-test``: prove, headless, that this installation can do its whole job.

An installer is only worth its package if the installed program works on the
target machine: the bundled SQLCipher, the crypto, the demo generator, the Qt
plugins and the compiled translations. The self-test runs the job end to end in a
throwaway folder: two workspaces (passphrase slot, no keyring needed) that trust
each other, the bundled demo sample imported into one, a search, a package built
for the other and opened there, both audit chains verified; then, from
``liaison.ui.self_test_qt``, a link chart rendered offscreen and every bundled
translation loaded. Each step prints ✓ or ✗ with its time; the exit status is 1,
naming the step, when one fails. Nothing is left behind.

The Qt steps live in ``liaison.ui`` (this layer may not import Qt); the launcher
hands them in with :func:`use_ui_steps`.

Test hook: ``LIAISON_SELF_TEST_FAIL=<step name>`` makes that step fail on purpose,
so a test can check that a failure is reported by name with a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from liaison.cli.context import EXIT_FAILED, EXIT_OK, Context, command_adder
from liaison.workspace import Workspace

FAIL_ENV = "LIAISON_SELF_TEST_FAIL"
PASSPHRASE = "liaison self-test passphrase"  # noqa: S105 (a throwaway workspace's)
DEMO_RECORDS = 200
QUERY = "lang:de"  # the German agency's records: a few dozen, linked
PARTNER = "Self-test partner"


@dataclass
class Trial:
    """What the steps share: the temporary folder, the two workspaces, the package."""

    folder: Path
    query: str = QUERY
    ours: Workspace | None = None
    partner: Workspace | None = None
    package: Path | None = None
    workspaces: list[Workspace] = field(default_factory=list)

    def close(self) -> None:
        for ws in self.workspaces:
            ws.lock()


Step = tuple[str, Callable[[Trial], str]]
_ui_steps: Callable[[], list[Step]] | None = None


def use_ui_steps(provider: Callable[[], list[Step]]) -> None:
    """Register the Qt steps (the launcher passes ``liaison.ui.self_test_qt.steps``)."""
    global _ui_steps
    _ui_steps = provider


class SelfTestFailure(Exception):
    """A step found the program not working."""


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise SelfTestFailure(message)


def create_workspaces(trial: Trial) -> str:
    from liaison.analysis.partners import Agreement
    from liaison.exchange import certs

    made = []
    for name, country in (("Self-test agency", "NL"), (PARTNER, "DE")):
        ws = Workspace.create(trial.folder / country.lower(), name, country,
                              use_keyring=False, passphrase=PASSPHRASE)
        trial.workspaces.append(ws)
        ws.identity_create()
        made.append(ws)
    trial.ours, trial.partner = made
    # Each pins and verifies the other's certificates, as two agencies would.
    for receiver, sender, label in ((trial.ours, trial.partner, PARTNER),
                                    (trial.partner, trial.ours, "Self-test agency")):
        signing, encryption = sender.identity_export(trial.folder / f"certs-{label[:4]}")[:2]
        receiver.partner_certs(label, signing, encryption, country=sender.meta.agency_country)
        receiver.partner_verify(label, certs.grouped(sender.identity().fingerprint))
    trial.ours.partner_update(PARTNER, agreement=Agreement(
        max_tlp="AMBER", handling_codes=("H0", "H1", "H2", "H3"), third_party=True))
    return "2 workspaces, passphrase slot, identities exchanged"


def import_demo(trial: Trial) -> str:
    assert trial.ours is not None
    report = trial.ours.import_demo(DEMO_RECORDS)
    imported = report.counts["records"].imported
    _check(imported == DEMO_RECORDS, f"imported {imported} of {DEMO_RECORDS} demo records")
    return f"{imported} records, {report.counts['entities'].imported} entities"


def search(trial: Trial) -> str:
    assert trial.ours is not None
    results = trial.ours.search_records(trial.query, limit=20)
    _check(results.total > 0, f"the search {trial.query!r} found nothing in the demo sample")
    return f"{results.total} records match {trial.query!r}"


def build_package(trial: Trial) -> str:
    assert trial.ours is not None
    trial.package = trial.folder / "package.p7m"
    result = trial.ours.share([PARTNER], query=trial.query, out=trial.package)
    _check(not result.problems, "; ".join(result.problems))
    _check(len(result.packages) == 1 and trial.package.is_file(), "no package was written")
    return f"{result.packages[0].counts['records']} records, {trial.package.stat().st_size} bytes"


def open_package(trial: Trial) -> str:
    assert trial.partner is not None and trial.package is not None
    received = trial.partner.receive([trial.package])[0]
    _check(received.status == "merged", f"the package was {received.status}: {received.reason}")
    stats = trial.partner.stats()
    # The demo sample's records name other agencies: the partner keeps what we relay for
    # them aside as claims (not verified), and what is our own as records.
    records, claims = stats["records"], stats["relayed_claims"]
    _check(records + claims > 0, "the opened package brought no records")
    return f"merged, {records} records and {claims} relayed claims at the partner"


def verify_audit(trial: Trial) -> str:
    entries = 0
    for ws in trial.workspaces:
        result = ws.audit_verify()
        _check(result.ok, f"audit chain broken at entry {result.broken_seq}: {result.reason}")
        entries += result.entries
    return f"{entries} entries in {len(trial.workspaces)} chains"


CORE_STEPS: list[Step] = [
    ("create workspaces", create_workspaces),
    ("import demo sample", import_demo),
    ("search", search),
    ("build package", build_package),
    ("open package", open_package),
    ("verify audit chain", verify_audit),
]


def _marks(stream: TextIO) -> tuple[str, str]:
    """✓/✗ where the console can print them (a Windows code page may not)."""
    try:
        "✓✗".encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "OK", "FAIL"
    return "✓", "✗"


def run(steps: list[Step], out: TextIO | None = None) -> int:
    """Run ``steps`` in a fresh temporary folder; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    ok_mark, fail_mark = _marks(out)
    forced = os.environ.get(FAIL_ENV, "")
    started = time.perf_counter()

    def failed(name: str, t0: float, exc: BaseException) -> int:
        print(f"{fail_mark} {name} ({time.perf_counter() - t0:.2f} s): "
              f"{type(exc).__name__}: {exc}", file=out, flush=True)
        print(f"liaison self-test: FAILED at step '{name}'", file=sys.stderr)
        return EXIT_FAILED

    try:
        temporary = tempfile.TemporaryDirectory(prefix="liaison-self-test-",
                                                ignore_cleanup_errors=True)
    except OSError as exc:
        return failed("temporary folder", started, exc)
    with temporary as tmp:
        trial = Trial(Path(tmp))
        try:
            for name, step in steps:
                t0 = time.perf_counter()
                try:
                    if forced == name:
                        raise SelfTestFailure(f"made to fail by {FAIL_ENV} (a test hook)")
                    detail = step(trial)
                except Exception as exc:
                    return failed(name, t0, exc)
                print(f"{ok_mark} {name} ({time.perf_counter() - t0:.2f} s): {detail}",
                      file=out, flush=True)
        finally:
            trial.close()
    print(f"self-test passed: {len(steps)} steps in {time.perf_counter() - started:.1f} s",
          file=out)
    return EXIT_OK


def _ui_step_list() -> list[Step]:
    if _ui_steps is None:
        def missing(_trial: Trial) -> str:
            raise SelfTestFailure("the Qt steps were not provided (run the `liaison` command)")
        return [("qt", missing)]
    try:
        return _ui_steps()
    except ImportError as exc:  # no PySide6, or Qt's system libraries are missing
        def unavailable(_trial: Trial, error: str = str(exc)) -> str:
            raise SelfTestFailure(f"Qt could not be loaded: {error}")
        return [("load qt", unavailable)]


def cmd_self_test(ctx: Context) -> int:
    del ctx  # works in its own temporary workspaces, never the user's
    return run(CORE_STEPS + _ui_step_list())


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    add("self-test", cmd_self_test,
        "check headless that this installation works end to end (temporary workspaces)")
