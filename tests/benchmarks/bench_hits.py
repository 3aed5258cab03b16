"""Hit/no-hit benchmark (issue 21): 10,000 identifiers asked against a held set.

``python -m tests.benchmarks.run hits``. Two real workspaces; the query and the answer
are real packages (signed, encrypted, written to the outbox, received). The answerer's
held set is given to the answering function directly rather than read from a million
stored entities (that would time the import, benchmarked elsewhere): every step that
depends on its size — hashing to the group, blinding, sorting, the package, the asker's
second blinding and the intersection — runs on the full set. ``LIAISON_BENCH_HELD``
sets its size (default 100,000; 1,000,000 runs in a few minutes); the group operations
are linear in it, so the 1,000,000-element time is also extrapolated from the measured
rate, and said to be. Large sets are blinded on one thread per core: the table gives
the CPU seconds of the process (all its threads) beside the wall time, which other work
on the machine stretches.
"""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from liaison.exchange import certs, hits, outbox, psi
from liaison.exchange.inbox import receive_file
from liaison.exchange.package import PackageContent
from liaison.store.database import transaction
from liaison.workspace import Workspace

from .table import peak_rss_mib, print_table

PASS = "benchmark passphrase"
ASKED = 10_000
TARGET = 1_000_000


def _pair(root: Path) -> tuple[Workspace, Workspace]:
    from liaison.analysis.partners import Agreement, update_partner

    nl = Workspace.create(root / "nl", "Politie NL", "NL", use_keyring=False, passphrase=PASS)
    de = Workspace.create(root / "de", "Bundeskriminalamt", "DE", use_keyring=False,
                          passphrase=PASS)
    for ws in (nl, de):
        ws.identity_create()
    for me, other, name in ((de, nl, "Politie"), (nl, de, "BKA")):
        signing, encryption = other.identity_export(root / f"{name}-certs")[:2]
        me.partner_certs(name, signing, encryption, country=other.meta.agency_country)
        me.partner_verify(name, certs.grouped(other.identity().fingerprint))
        with transaction(me.conn):
            update_partner(me.conn, me.actor, name, agreement=Agreement(
                max_tlp="AMBER", handling_codes=("H0", "H1"), hit_max_values=ASKED))
    return nl, de


CPU: list[float] = []


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _step(fn):
    start, cpu = time.perf_counter(), _cpu()
    value = fn()
    CPU.append(_cpu() - cpu)
    return value, time.perf_counter() - start


def run() -> None:
    CPU.clear()
    held_n = int(os.environ.get("LIAISON_BENCH_HELD", "100000"))
    root = Path(tempfile.mkdtemp(prefix="liaison-bench-hits-"))
    try:
        nl, de = _pair(root)
        asked = [f"phone:+3161{n:07d}" for n in range(ASKED)]
        held = {f"phone:+49151{n:08d}" for n in range(held_n - 37)}
        held |= set(asked[:37])
        sent, t_ask = _step(lambda: hits.ask(nl.conn, nl.folder, "BKA", asked, actor="bench"))
        # The merge alone (Workspace.receive would answer at once, over the store's set).
        got, t_take = _step(lambda: receive_file(de.conn, de.folder, sent.package.file,
                                                 our_agency=de.meta.agency_name,
                                                 actor="bench"))
        assert got.status == "merged", got.reason
        # The answer as answer_pending builds it, over the synthetic held set.
        points = de.conn.execute("SELECT points FROM hit_queries").fetchone()[0]
        (message, _n), t_answer = _step(lambda: hits.answer(held, sent.query_id,
                                                            bytes(points), ASKED))

        def queue():
            with transaction(de.conn):
                q = outbox.queue_message(de.conn, de.folder, PackageContent(hits=message),
                                         "Politie", now=certs.utcnow())
                de.conn.execute("UPDATE hit_queries SET answer_id = ?, status = 'answered'",
                                (q.package_id,))
            return q

        answer_pkg, t_queue = _step(queue)
        back, t_result = _step(lambda: nl.receive([answer_pkg.file])[0])
        assert back.status == "merged", back.reason
        assert nl.hit_queries()[0]["hits"] == 37
        total = t_ask + t_take + t_answer + t_queue + t_result
        # Each held element costs one hash to the group and one exponentiation, about what
        # each re-blinded asked element costs: the rest of the total does not grow with it.
        per_held = t_answer / (held_n + ASKED)
        cpu_total = sum(CPU)
        rows = [
            ["asker: hash, blind, sign, encrypt the query", t_ask, CPU[0]],
            ["answerer: open, check 10k elements, record", t_take, CPU[1]],
            [f"answerer: re-blind 10k, hash + blind {held_n:,} held", t_answer, CPU[2]],
            ["answerer: sign, encrypt the answer package", t_queue, CPU[3]],
            ["asker: open, unblind 10k, intersect", t_result, CPU[4]],
            [f"total, {held_n:,} held (measured)", total, cpu_total],
            [f"total, {TARGET:,} held (extrapolated linearly)",
             total + per_held * (TARGET - held_n),
             cpu_total + CPU[2] / (held_n + ASKED) * (TARGET - held_n)],
        ]
        print_table(f"Hit/no-hit: {ASKED:,} asked against {held_n:,} held (seconds)",
                    ["step", "wall s", "CPU s"], rows)
        print_table("Package sizes", ["package", "bytes", "per element"], [
            [f"query ({ASKED:,} elements)", f"{sent.package.size:,}",
             f"{sent.package.size / ASKED:.1f}"],
            [f"answer ({ASKED:,} + {held_n:,} elements)", f"{answer_pkg.size:,}",
             f"{answer_pkg.size / (ASKED + held_n):.1f}"],
            [f"answer, {TARGET:,} held (extrapolated)",
             f"{int(answer_pkg.size / (ASKED + held_n) * (ASKED + TARGET)):,}", ""]])
        print(f"peak memory {peak_rss_mib():,.0f} MiB (this process); {psi.workers()} cores, "
              f"one thread per core over {psi.PARALLEL:,} elements")
        nl.close()
        de.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
