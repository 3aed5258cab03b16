"""Schema version 14: signed audit checkpoints, ours as given and partners' as received.

A checkpoint (exchange/checkpoint.py) is the signed count and last hash of an agency's
audit chain; one travels in every package. Ours are kept as sent, so ``audit verify``
can compare the chain with what partners hold; partners' are kept as received, so a
partner's auditor can be given the one we hold (ARCHITECTURE.md, "Audit head").
``der`` is the signed object itself; the other columns repeat what it signs.
"""

V14_CHECKPOINTS = """
CREATE TABLE checkpoints_given (
    cgid       INTEGER PRIMARY KEY,
    package_id TEXT NOT NULL UNIQUE,
    workspace  TEXT NOT NULL,
    count      INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    made       TEXT NOT NULL,
    der        BLOB NOT NULL
);
CREATE INDEX checkpoints_given_count ON checkpoints_given(count);

CREATE TABLE partner_checkpoints (
    pcid        INTEGER PRIMARY KEY,
    pid         INTEGER NOT NULL REFERENCES partners(pid),
    package_id  TEXT NOT NULL UNIQUE,
    workspace   TEXT NOT NULL,
    agency      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    count       INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    made        TEXT NOT NULL,
    received    TEXT NOT NULL,
    der         BLOB NOT NULL
);
CREATE INDEX partner_checkpoints_pid ON partner_checkpoints(pid, workspace, made);
"""
