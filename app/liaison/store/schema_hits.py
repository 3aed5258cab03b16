"""Schema version 12: hit/no-hit queries across agencies (issue 21).

``hit_queries`` holds both directions. Ours (``direction`` 'out') keep the secret
scalar and the identifiers asked, in the order sent, until the answer comes; then the
scalar is erased and ``hit_results`` says, per identifier, whether the partner holds it.
A partner's (``direction`` 'in') keep only the blinded elements until answered, then
only counts: never a value. The agreement gains the caps a partner's queries must keep.
"""

V12_HITS = """
ALTER TABLE agreements ADD COLUMN hit_max_values INTEGER NOT NULL DEFAULT 10000;
ALTER TABLE agreements ADD COLUMN hit_max_per_day INTEGER NOT NULL DEFAULT 5;

CREATE TABLE hit_queries (
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
CREATE INDEX hit_queries_partner ON hit_queries(pid, direction, created);

CREATE TABLE hit_results (
    hid   INTEGER NOT NULL REFERENCES hit_queries(hid),
    key   TEXT NOT NULL,
    hit   INTEGER NOT NULL,
    PRIMARY KEY (hid, key)
) WITHOUT ROWID;
"""
