"""Command line start-up: whole processes, from start to exit, as a person runs them.

``python -m tests.benchmarks.run cli``. Environment: ``LIAISON_BENCH_REPEAT`` (default 7)
processes per row; ``LIAISON_BENCH_RECORDS`` (default 200) records in the demo workspace.

Each row is the median of that many runs of ``python -m liaison ...`` against a small demo
workspace made for the run. The baseline is the interpreter alone (``python -c pass``), the
floor every command pays. ``info`` and ``search`` unlock with the OS keyring slot when a
Secret Service is usable (as in CI: a D-Bus session with gnome-keyring); otherwise with a
passphrase slot, and the row says so (Argon2id then adds about half a second).
Bytecode is cached for the run (in a temporary folder, as an installed package has its
``.pyc`` files) even where ``PYTHONDONTWRITEBYTECODE`` is set, and each row has one
untimed warm-up run.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import liaison
from liaison.model.errors import KeyringUnavailable
from liaison.store.keyslots import keyring_probe

from .table import print_table

REPEAT = int(os.environ.get("LIAISON_BENCH_REPEAT", "7"))
RECORDS = int(os.environ.get("LIAISON_BENCH_RECORDS", "200"))
PASSPHRASE = "benchmark passphrase, long enough"
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = os.pathsep.join([str(Path(liaison.__file__).resolve().parents[1]),
                                     *filter(None, [os.environ.get("PYTHONPATH")])])


def _run(args: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=ENV, capture_output=True, text=True,
                          timeout=600)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return took


def _median_ms(args: list[str]) -> tuple[float, float]:
    _run(args)  # warm-up: bytecode written, files in the page cache
    samples = [_run(args) for _ in range(REPEAT)]
    return statistics.median(samples) * 1000, min(samples) * 1000


def _workspace(folder: Path, pp: Path) -> tuple[list[str], str]:
    """A demo workspace; the global options that open it and which slot they use."""
    try:
        keyring_probe()
        slot, unlock = "keyring slot", []
        init = ["init", "--agency", "Bench", "--country", "DE"]
    except KeyringUnavailable:
        slot, unlock = "passphrase slot: no usable keyring here", ["--passphrase-file", str(pp)]
        init = ["init", "--agency", "Bench", "--country", "DE", "--no-keyring"]
    base = ["-m", "liaison", "--workspace", str(folder)]
    _run([*base, *unlock, *init])
    _run([*base, *unlock, "demo", "--records", str(RECORDS)])
    return [*base, *unlock], slot


def _forget_keyring_entry(folder: Path) -> None:
    from liaison.store.keyslots import KEYRING_SERVICE
    from liaison.store.metadata import read_metadata

    meta = read_metadata(folder)
    if "keyring" in meta.slot_types():
        import keyring

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, meta.workspace_id)


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ENV["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        pp = tmp / "pp.txt"
        pp.write_text(PASSPHRASE + "\n", encoding="utf-8")
        folder = tmp / "ws"
        opened, slot = _workspace(folder, pp)
        try:
            floor, floor_min = _median_ms(["-c", "pass"])
            rows = [["python -c pass (interpreter start, the baseline)",
                     floor, floor_min, 1.0]]
            for what, args in [
                ("liaison --version", ["-m", "liaison", "--version"]),
                ("liaison --help", ["-m", "liaison", "--help"]),
                (f"liaison info ({slot})", [*opened, "info"]),
                (f"liaison search petrov ({RECORDS:,} demo records, {slot})",
                 [*opened, "search", "petrov"]),
            ]:
                median, low = _median_ms(args)
                rows.append([what, median, low, median / floor])
        finally:
            _forget_keyring_entry(folder)
        print_table(f"Command line, process start to exit (median of {REPEAT} runs, ms)",
                    ["command", "median ms", "min ms", "x baseline"], rows)


if __name__ == "__main__":
    run()
