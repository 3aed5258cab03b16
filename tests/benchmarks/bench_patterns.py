"""Pattern detectors: precision and recall per detector on planted patterns, and the time
of a run at 100k records.

The case comes from ``tests/pattern_cases.py``, written apart from the demo generator and
the detectors: LIAISON_BENCH_RECORDS ordinary records (default 100,000) with, per
detector, LIAISON_BENCH_PLANTED patterns (default 10) of each strength (weak, medium,
strong) and as many sets of decoys, seed LIAISON_BENCH_SEED (default 1). It is imported
through the store's ingest path (beyond 110,000 records, in parts of that size, each
generated with its own seed and its own planted patterns); then every detector runs with
its default thresholds.

A finding is a true positive when its subject is a planted pattern of its detector (any
strength); precision is over all of a detector's findings (a decoy or a background
coincidence found counts against it). Recall is per strength. Then a tenth as many
records more (LIAISON_BENCH_LATER if set; seed + 1000) are imported and a run on what
they brought only is timed
(``new_only``: the issue's incremental run), with its recall at medium and strong
strength over all detectors, then a full run over the same store to compare (time,
CPU time, per detector; and that the run on what is new found nothing the full run
does not). Targets (issue 22):
precision >= 0.8 and recall >= 0.9 per detector at medium strength; weak patterns are
below the default thresholds by design.

Run: ``python -m tests.benchmarks.run patterns``
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ..pattern_cases import DETECTORS, STRENGTHS, Case, generate, matches
from .table import peak_rss_mib, print_table

PASSPHRASE = "benchmark passphrase"


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


# Background records per generated part: a larger case is imported in parts (each with
# its own seed and its own planted patterns), as one million records' items would not
# fit in memory at once.
PART = 110_000


def _parts(records: int, planted: int, seed: int) -> Iterator[Case]:
    left, n = records, 0
    while left > 0:
        size = min(left, PART)
        yield generate(size, seed + 7919 * n, per_strength=planted, decoys=planted)
        left, n = left - size, n + 1


def measure(records: int, planted: int, seed: int, folder: Path,
            later_records: int | None = None) -> dict:
    from liaison.analysis import patterns
    from liaison.formats.importer import ingest_items
    from liaison.workspace import Workspace

    ws = Workspace.create(folder / "ws", "Bench", "NL", use_keyring=False, passphrase=PASSPHRASE)
    case, imported = Case(), 0.0
    for n, part in enumerate(_parts(records, planted, seed)):
        start = time.perf_counter()
        ingest_items(ws.conn, part.items, source_name=f"patterns {n}", fmt="test",
                     sha256=f"{n:064x}", actor=ws.actor)
        imported += time.perf_counter() - start
        case.planted += part.planted
        case.records += part.records
        del part  # a million records are not held in memory at once
    start = time.perf_counter()
    found, seconds = patterns.detect(ws.conn)
    total = time.perf_counter() - start
    # Then a smaller import, and a run on what it brought only.
    mark = ws.conn.execute("SELECT max(id) FROM imports").fetchone()[0]
    later = generate(later_records or max(records // 10, 1000), seed + 1000,
                     per_strength=max(planted // 3, 1), decoys=max(planted // 3, 1))
    ingest_items(ws.conn, later.items, source_name="later", fmt="test", sha256="1" * 64,
                 actor=ws.actor)
    start, cpu = time.perf_counter(), time.process_time()
    scope = patterns.scope_since(ws.conn, mark)
    found_new, new_seconds = patterns.detect(ws.conn, scope=scope)
    incremental = time.perf_counter() - start
    incremental_cpu = time.process_time() - cpu
    # The same store read whole, for comparison (the machine is shared: CPU time too).
    start, cpu = time.perf_counter(), time.process_time()
    found_all, all_seconds = patterns.detect(ws.conn)
    again = time.perf_counter() - start
    again_cpu = time.process_time() - cpu
    ws.close()
    whole = {(f.detector, f.key) for f in found_all}
    missed = sum(1 for f in found_new if (f.detector, f.key) not in whole)
    wanted = [t for d in DETECTORS for s in ("medium", "strong") for t in later.truth(d, s)]
    caught = sum(1 for t in wanted if any(f.detector == t.detector and matches(t, f.key)
                                          for f in found_new))
    right = sum(1 for f in found_new if any(f.detector == t.detector and matches(t, f.key)
                                            for t in later.planted + case.planted
                                            if t.strength != "decoy"))
    rows = []
    for detector in DETECTORS:
        mine = [f for f in found if f.detector == detector]
        truth = case.truth(detector)
        hits = sum(1 for f in mine if any(matches(t, f.key) for t in truth))
        decoys = sum(1 for f in mine for p in case.planted
                     if p.detector == detector and p.strength == "decoy" and matches(p, f.key))
        recall = {}
        for s in STRENGTHS:
            planted_s = case.truth(detector, s)
            got = sum(1 for t in planted_s if any(matches(t, f.key) for f in mine))
            recall[s] = got / len(planted_s) if planted_s else float("nan")
        rows.append({"detector": detector, "findings": len(mine), "true": hits,
                     "decoys": decoys, "precision": hits / len(mine) if mine else 1.0,
                     "recall": recall, "seconds": seconds.get(detector, 0.0)})
    return {"records": case.records, "import": imported, "detect": total, "rows": rows,
            "rss": peak_rss_mib(), "later": later.records, "incremental": incremental,
            "new_found": len(found_new), "new_right": right, "new_missed": missed,
            "incremental_cpu": incremental_cpu, "again": again, "again_cpu": again_cpu,
            "new_seconds": new_seconds, "all_seconds": all_seconds,
            "new_recall": caught / len(wanted) if wanted else float("nan")}


def run() -> None:
    records = _env_int("LIAISON_BENCH_RECORDS", 100_000)
    planted = _env_int("LIAISON_BENCH_PLANTED", 10)
    seed = _env_int("LIAISON_BENCH_SEED", 1)
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(records, planted, seed, Path(tmp),
                         _env_int("LIAISON_BENCH_LATER", 0) or None)
    print_table(
        f"Pattern detectors on {result['records']:,} records ({planted} planted per "
        f"strength and detector, seed {seed})",
        ["detector", "findings", "true", "decoys found", "precision", "recall weak",
         "recall medium", "recall strong", "seconds"],
        [[r["detector"], r["findings"], r["true"], r["decoys"], f"{r['precision']:.3f}",
          *(f"{r['recall'][s]:.3f}" for s in STRENGTHS), r["seconds"]]
         for r in result["rows"]])
    print(f"\nimport {result['import']:.1f} s; all detectors {result['detect']:.1f} s; "
          f"peak RSS {result['rss']:.0f} MiB")
    print(f"then {result['later']:,} records more, run on what they brought only (new_only): "
          f"{result['incremental']:.1f} s, {result['new_found']} findings, "
          f"{result['new_right']} of them planted; recall at medium and strong "
          f"{result['new_recall']:.3f}")
    print(f"  run on what is new: {result['incremental']:.1f} s ({result['incremental_cpu']:.1f} s "
          f"CPU); a full run over the same store: {result['again']:.1f} s "
          f"({result['again_cpu']:.1f} s CPU); findings of the first not in the second: "
          f"{result['new_missed']}")
    print("  seconds per detector, new / full: " + ", ".join(
        f"{d} {result['new_seconds'].get(d, 0):.2f} / {result['all_seconds'].get(d, 0):.2f}"
        for d in DETECTORS))
