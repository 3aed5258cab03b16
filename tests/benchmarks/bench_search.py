"""Search latency on a demo workspace, against the same search on plain SQLite and bare FTS5.

``python -m tests.benchmarks.run search``. Environment:

- ``LIAISON_BENCH_RECORDS`` (default 1,000,000): size of the demo case.
- ``LIAISON_BENCH_DIR``: keep the built workspace (and its plain copy) there and reuse
  it next time; without it everything is built in a temporary folder and thrown away.
- ``LIAISON_BENCH_REPEAT`` (default 9): runs per query; the first is a warm-up.

For every query three timings: our search (parse, compile, page, facets over all hits,
snippets) on the SQLCipher workspace; the same code on an unencrypted copy made with
``sqlcipher_export`` and opened with the standard library's sqlite3; and bare FTS5 on
that copy (the query's words as one MATCH, ``ORDER BY rank`` page plus a count), the
floor any search over this text pays. Names and identifiers are taken from the
workspace (its most-mentioned persons, German phone and an IBAN), so the same 25
queries work at any size; the last searches one record of a 5 MB narrative that is a
single word repeated, added to the workspace when it lacks it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from liaison.analysis.search import search_records
from liaison.formats.importer import ingest_items
from liaison.model.records import Record, stable_id
from liaison.store import search_index
from liaison.store.database import PAGE_CACHE_KIB, transaction
from liaison.store.search_index import fold_text
from liaison.workspace import Workspace

from .table import peak_rss_mib, print_table

PASSPHRASE = "benchmark passphrase"
LONG_WORD = "Frachtbriefe"
LONG_CHARS = 5_000_000
# (category, query, offset, bare FTS5 expression or None for filter-only queries)
QUERIES: list[tuple[str, str, int, str | None]] = [
    ("term", "Berlin", 0, '"Berlin"'),
    ("term", "{surname}", 0, '"{surname}"'),
    ("term", "Festnahme", 0, '"Festnahme"'),
    ("term", "Бургас", 0, '"Бургас"'),
    ("phrase", '"{latin_name}"', 0, '"{latin_name}"'),
    ("phrase", '"Puerto de Algeciras"', 0, '"Puerto de Algeciras"'),
    ("phrase", '"{cyrillic_folded}"', 0, '"{cyrillic_folded}"'),
    ("names", "{cyrillic_name}", 0, "{cyrillic_fts}"),
    ("names", "{cyrillic_folded}", 0, "{cyrillic_folded_fts}"),
    ("names", "{cyrillic_variant}", 0, "{cyrillic_variant_fts}"),
    ("names", "{surname_typo}~", 0, '"{surname_typo}"'),
    ("identifier", "{de_phone}", 0, "{de_phone_fts}"),
    ("identifier", "{de_phone_intl}", 0, "{de_phone_fts}"),
    ("identifier", "{iban}", 0, "{iban_fts}"),
    ("filter", "tlp:RED", 0, None),
    ("filter", "agency:policia reported:2025-01..2025-03", 0, None),
    ("filter", "type:Vehicle grade:B2", 0, None),
    ("filter", "event:2024-05", 0, None),
    ("facets", "DEMO", 0, '"DEMO"'),
    ("facets", "", 0, None),
    ("facets", "(Berlin OR Madrid) NOT tlp:GREEN", 0, '("Berlin" OR "Madrid")'),
    ("deep page", "Berlin", 2000, '"Berlin"'),
    ("deep page", "", 100_000, None),
    ("prefix", "{surname_prefix}*", 0, '"{surname_prefix}" *'),
    # One 5 MB narrative of a single word repeated (issue 17: 29 s for 1 MB before
    # snippets of long texts left FTS5's snippet(), whose cost is quadratic in matches).
    ("long text", LONG_WORD, 0, f'"{LONG_WORD}"'),
]


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))] * 1000


def _build(folder: Path, records: int) -> dict[str, float]:
    """Create the demo workspace; time the import (indexing included) and a full reindex."""
    ws = Workspace.create(folder, "Bench", "DE", use_keyring=False, passphrase=PASSPHRASE)
    with ws:
        start = time.perf_counter()
        ws.import_demo(records)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        with transaction(ws.conn):
            search_index.rebuild_all(ws.conn)
        reindexed = time.perf_counter() - start
    return {"records": records, "import_s": imported, "reindex_s": reindexed}


def _long_narrative(ws: Workspace) -> None:
    """Add the record of one 5 MB narrative (a word repeated) unless the workspace has it."""
    record_id = stable_id("benchmark", "long narrative")
    if ws.conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone():
        return
    text = (LONG_WORD + " ") * (LONG_CHARS // (len(LONG_WORD) + 1))
    ingest_items(ws.conn, [Record(id=record_id, agency="Benchmark", country="DE",
                                  reference="LONG-1", title="One long narrative",
                                  narrative=text)],
                 source_name="long narrative", fmt="benchmark", sha256="0" * 64,
                 actor=ws.actor)


def _plain_copy(ws: Workspace, plain: Path) -> float:
    start = time.perf_counter()
    # The benchmark's own temp path, not user input; the empty key means no encryption.
    ws.conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    ws.conn.execute("SELECT sqlcipher_export('plaintext')")
    ws.conn.execute("DETACH DATABASE plaintext")
    return time.perf_counter() - start


def _and(words: str) -> str:
    return " AND ".join(f'"{w}"' for w in words.split())


def _values(ws: Workspace) -> dict[str, str]:
    """Identifiers and names to search for, taken from this workspace (any size)."""
    q = ws.conn.execute
    phone = q("SELECT ev.raw, ev.value FROM entity_values ev JOIN entity_records er "
              "ON er.eid = ev.eid WHERE ev.kind = 'phone' AND ev.value LIKE '+49%' "
              "AND ev.raw LIKE '0%' GROUP BY ev.value ORDER BY count(*) DESC LIMIT 1"
              ).fetchone() or ("0151 2345 6789", "+4915123456789")
    iban = q("SELECT raw, value FROM entity_values WHERE kind = 'iban' AND raw LIKE '% %' "
             "LIMIT 1").fetchone() or ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000")
    people = q("SELECT e.caption FROM entities e JOIN entity_records er ON er.eid = e.eid "
               "WHERE e.schema = 'Person' GROUP BY e.eid ORDER BY count(*) DESC LIMIT 2000"
               ).fetchall()
    latin = next((c for (c,) in people if c.isascii() and " " in c), "Sebastian Richter")
    cyrillic = next((c for (c,) in people if "\u0400" <= c[0] <= "\u04ff" and " " in c),
                    "Алексей Смирнов")
    folded = fold_text(cyrillic)
    variant = folded.replace("ks", "x") if "ks" in folded else folded.replace("iy", "y")
    surname = folded.split()[-1]
    return {"de_phone": phone[0], "de_phone_intl": "+49 " + phone[1][3:],
            "de_phone_fts": f'"{phone[1]}"', "iban": iban[0], "iban_fts": f'"{iban[1]}"',
            "latin_name": latin, "cyrillic_name": cyrillic, "cyrillic_fts": _and(cyrillic),
            "cyrillic_folded": folded, "cyrillic_folded_fts": _and(folded),
            "cyrillic_variant": variant, "cyrillic_variant_fts": _and(variant),
            "surname": surname.capitalize(), "surname_typo": surname[:-1] + "x",
            "surname_prefix": surname[:4]}


def _bare_fts(conn: sqlite3.Connection, expr: str, offset: int) -> None:
    conn.execute("SELECT rowid, bm25(records_fts) FROM records_fts WHERE records_fts MATCH ? "
                 "ORDER BY rank LIMIT 20 OFFSET ?", (expr, offset)).fetchall()
    conn.execute("SELECT count(*) FROM records_fts WHERE records_fts MATCH ?",
                 (expr,)).fetchone()


def _time(fn, repeat: int) -> list[float]:
    fn()  # warm-up: page cache, vocabulary table, compiled statements
    out = []
    for _ in range(repeat - 1):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _run_queries(ws: Workspace, plain: sqlite3.Connection, repeat: int) -> None:
    values = _values(ws)
    rows, by_category = [], {}
    for category, template, offset, bare in QUERIES:
        query = template.format(**values)
        expr = bare.format(**values) if bare else None
        total = search_records(ws.conn, query, limit=20, offset=offset).total
        enc = _time(lambda q=query, o=offset: search_records(ws.conn, q, limit=20, offset=o),
                    repeat)
        same = _time(lambda q=query, o=offset: search_records(plain, q, limit=20, offset=o),
                     repeat)
        fts = _time(lambda e=expr, o=offset: _bare_fts(plain, e, o), repeat) if expr else None
        p50, p95, same50 = _percentile(enc, .5), _percentile(enc, .95), _percentile(same, .5)
        fts50 = _percentile(fts, .5) if fts else None
        by_category.setdefault(category, []).extend(enc)
        rows.append([category, query[:40], f"{total:,}", p50, p95, same50, p50 / same50,
                     fts50 if fts50 is not None else "-",
                     p50 / fts50 if fts50 else "-"])
    print_table(f"Record search, limit 20, {repeat - 1} timed runs each (ms)",
                ["kind", "query", "hits", "p50", "p95", "plain p50", "x plain",
                 "bare FTS5 p50", "x FTS5"], rows)
    print_table("By kind (all runs, ms)", ["kind", "p50", "p95", "runs"],
                [[k, _percentile(v, .5), _percentile(v, .95), len(v)]
                 for k, v in by_category.items()])


def run() -> None:
    records = int(os.environ.get("LIAISON_BENCH_RECORDS", "1000000"))
    repeat = max(2, int(os.environ.get("LIAISON_BENCH_REPEAT", "9")))
    keep = os.environ.get("LIAISON_BENCH_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(keep) if keep else Path(tmp)
        folder = base / f"search-{records}"
        stats_file = base / f"search-{records}.json"
        if not (folder / "workspace.db").exists() or not stats_file.exists():
            stats = _build(folder, records)
            stats_file.write_text(json.dumps(stats))
        stats = json.loads(stats_file.read_text())
        plain_path = base / f"search-{records}-plain.db"
        with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
            _long_narrative(ws)
            if not plain_path.exists():
                stats["plain_copy_s"] = _plain_copy(ws, plain_path)
                stats_file.write_text(json.dumps(stats))
            n = ws.conn.execute("SELECT count(*) FROM records").fetchone()[0]
            per_100k = 100_000 / n
            print_table(f"Build: {n:,} demo records", ["step", "seconds", "per 100k records"], [
                ["import (read, normalise, merge, index)", stats["import_s"],
                 stats["import_s"] * per_100k],
                ["full reindex (search_index.rebuild_all)", stats["reindex_s"],
                 stats["reindex_s"] * per_100k],
                ["plain copy (sqlcipher_export)", stats.get("plain_copy_s", 0.0), "-"]])
            plain = sqlite3.connect(plain_path, isolation_level=None)
            # The same page cache as the workspace connection, so the ratio shows
            # encryption and engine, not cache sizes.
            plain.execute(f"PRAGMA cache_size = {-PAGE_CACHE_KIB}")
            try:
                _run_queries(ws, plain, repeat)
            finally:
                plain.close()
            start = time.perf_counter()
            for _ in range(20):
                ws.search_records("Berlin", limit=20)
            audited = (time.perf_counter() - start) / 20 * 1000
            print(f"\nThrough the facade (audit entry per search): 'Berlin' {audited:.1f} ms; "
                  f"sqlite3 {sqlite3.sqlite_version} (plain) vs SQLCipher's "
                  f"{ws.conn.execute('SELECT sqlite_version()').fetchone()[0]}; "
                  f"peak RSS {peak_rss_mib():,.0f} MiB")


if __name__ == "__main__":
    run()
