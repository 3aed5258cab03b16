"""Schema version 13: hit/no-hit queries across agencies (issue 21).

``hit_queries`` holds both directions. Ours (``direction`` 'out') keep the secret
scalar and the identifiers asked, in the order sent, until the answer comes; then the
scalar is erased and ``hit_results`` says, per identifier, whether the partner holds it.
A partner's (``direction`` 'in') keep only the blinded elements until answered, then
only counts: never a value. The agreement gains the caps a partner's queries must keep.
"""

from __future__ import annotations

from collections.abc import Callable

from liaison.store.database import Connection

CAPS = (("hit_max_values", 10_000), ("hit_max_per_day", 5))

V13_HITS = """
CREATE TABLE IF NOT EXISTS hit_queries (
    hid          INTEGER PRIMARY KEY,
    query_id     TEXT NOT NULL,
    direction    TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    pid          INTEGER NOT NULL REFERENCES partners(pid),
    created      TEXT NOT NULL,
    asked        INTEGER NOT NULL,
    status       TEXT NOT NULL,      -- sent, pending, answered, refused
    reason       TEXT NOT NULL DEFAULT '',
    package_id   TEXT,               -- the query's package
    answer_id    TEXT,               -- the answer's package
    answered     TEXT,
    held         INTEGER,            -- elements in the answerer's set
    hits         INTEGER,
    secret       BLOB,               -- out, until answered: our scalar
    keys         TEXT,               -- out: the identifiers asked, JSON, in the order sent
    points       BLOB,               -- in, until answered: the asker's blinded elements
    UNIQUE (query_id, direction)
);
CREATE INDEX IF NOT EXISTS hit_queries_partner ON hit_queries(pid, direction, created);

CREATE TABLE IF NOT EXISTS hit_results (
    hid   INTEGER NOT NULL REFERENCES hit_queries(hid),
    key   TEXT NOT NULL,
    hit   INTEGER NOT NULL,
    PRIMARY KEY (hid, key)
) WITHOUT ROWID;
"""


def v13_hits(conn: Connection, script: Callable[[Connection], None]) -> None:
    """The caps' columns (unless a database whose version was set back has them already)
    and the tables."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(agreements)")}
    for column, default in CAPS:
        if column not in have:
            conn.execute(f"ALTER TABLE agreements ADD COLUMN {column} INTEGER NOT NULL "
                         f"DEFAULT {default}")
    script(conn)
