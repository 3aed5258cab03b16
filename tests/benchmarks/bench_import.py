"""Import throughput and peak memory of the demo case, against plain sqlite3 bulk inserts.

Each scenario runs in its own process so its peak RSS is its own. Sizes default
to 100k and 1M records (env LIAISON_BENCH_SIZES, e.g. "10000,100000").
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .table import print_table

PASSPHRASE = "benchmark passphrase"


def _sizes() -> list[int]:
    raw = os.environ.get("LIAISON_BENCH_SIZES", "100000,1000000")
    return [int(x) for x in raw.split(",") if x.strip()]


def _counts(report) -> tuple[int, int]:
    c = report.counts
    return c["records"].imported, c["entities"].imported


def worker_liaison(n: int, folder: Path) -> dict:
    from liaison.workspace import Workspace

    ws = Workspace.create(folder / "ws", "Bench", "NL", use_keyring=False, passphrase=PASSPHRASE)
    start = time.perf_counter()
    report = ws.import_demo(n)
    seconds = time.perf_counter() - start
    records, entities = _counts(report)
    ws.close()
    return {"seconds": seconds, "records": records, "entities": entities}


def worker_sqlite(n: int, folder: Path) -> dict:
    """The same items bulk-inserted into plain sqlite3 (no normalisation, no index, no audit)."""
    from liaison.formats.demo import case as demo
    from liaison.model.records import Entity, Record

    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE records (id TEXT PRIMARY KEY, agency, title, narrative)")
    conn.execute("CREATE TABLE entities (id TEXT PRIMARY KEY, schema)")
    conn.execute("CREATE TABLE vals (id TEXT, prop, raw, PRIMARY KEY (id, prop, raw))")
    start = time.perf_counter()
    conn.execute("BEGIN")
    records = entities = 0
    for item in demo.generate(n):
        if isinstance(item, Record):
            conn.execute("INSERT OR IGNORE INTO records VALUES (?, ?, ?, ?)",
                         (item.id, item.agency, item.title, item.narrative))
            records += 1
        elif isinstance(item, Entity):
            entities += conn.execute("INSERT OR IGNORE INTO entities VALUES (?, ?)",
                                     (item.id, item.schema)).rowcount
            conn.executemany("INSERT OR IGNORE INTO vals VALUES (?, ?, ?)",
                             [(item.id, p, v.raw) for p, vs in item.properties.items()
                              for v in vs])
    conn.execute("COMMIT")
    return {"seconds": time.perf_counter() - start, "records": records, "entities": entities}


def worker_file(n: int, folder: Path) -> dict:
    """Write the demo entities as FtM JSON lines, then import that file (streaming check)."""
    from liaison.formats.base import ImportOptions
    from liaison.formats.demo import case as demo
    from liaison.model.records import Entity
    from liaison.workspace import Workspace

    path = folder / "demo.ftm.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for item in demo.generate(n):
            if isinstance(item, Entity):
                props = {p: [v.raw for v in vs] for p, vs in item.properties.items()}
                fh.write(json.dumps({"id": item.id, "schema": item.schema,
                                     "properties": props}, ensure_ascii=False) + "\n")
    size = path.stat().st_size
    ws = Workspace.create(folder / "ws", "Bench", "NL", use_keyring=False, passphrase=PASSPHRASE)
    start = time.perf_counter()
    report = ws.import_file(path, options=ImportOptions(agency="Bench partner", country="DE"))
    seconds = time.perf_counter() - start
    ws.close()
    return {"seconds": seconds, "records": 0, "entities": report.counts["entities"].imported,
            "file_mib": size / 2**20}


WORKERS = {"liaison": worker_liaison, "sqlite": worker_sqlite, "file": worker_file}


def _spawn(mode: str, n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.benchmarks.bench_import", "worker", mode, str(n), tmp],
            stdout=subprocess.PIPE, text=True)
        out = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)
        if status != 0:
            raise RuntimeError(f"{mode} {n} failed with status {status}")
        result = json.loads(out.strip().splitlines()[-1])
        result["peak_mib"] = usage.ru_maxrss / 1024
        return result


def run() -> None:
    rows = []
    for n in _sizes():
        results = {mode: _spawn(mode, n) for mode in ("liaison", "sqlite", "file")}
        base = results["sqlite"]["seconds"]
        for mode, label in (("liaison", "Liaison import (SQLCipher, normalise, index, audit)"),
                            ("sqlite", "plain sqlite3 bulk insert of the same items"),
                            ("file", "Liaison import of the entities as an FtM file")):
            r = results[mode]
            extra = f" ({r['file_mib']:.0f} MiB file)" if "file_mib" in r else ""
            rows.append([f"{n:,}", label + extra, r["seconds"],
                         f"{r['records'] / r['seconds']:,.0f}",
                         f"{r['entities'] / r['seconds']:,.0f}", r["peak_mib"],
                         r["seconds"] / base if mode != "file" else "-"])
    print_table("Demo case import", ["records", "path", "seconds", "records/s", "entities/s",
                                     "peak MiB", "time ratio"], rows)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "worker":
        result = WORKERS[sys.argv[2]](int(sys.argv[3]), Path(sys.argv[4]))
        print(json.dumps(result))
    else:
        run()
