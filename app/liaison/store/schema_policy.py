"""Schema version 5: partner agencies, their sharing agreements, originator consents.

``partners`` is the directory both the sharing policy and the exchange build
on: the exchange (schema 6) adds certificates and what was sent to whom.
"""

V5_POLICY = """
CREATE TABLE partners (
    pid     INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL,
    created TEXT NOT NULL,
    notes   TEXT NOT NULL DEFAULT ''
);

-- What may be sent to a partner (one current agreement per partner).
CREATE TABLE agreements (
    pid            INTEGER PRIMARY KEY REFERENCES partners(pid),
    max_tlp        TEXT NOT NULL DEFAULT 'GREEN',
    handling_codes TEXT NOT NULL DEFAULT '["H0","H1"]',
    third_party    INTEGER NOT NULL DEFAULT 0,
    purposes       TEXT NOT NULL DEFAULT '[]',
    valid_until    TEXT,
    updated        TEXT NOT NULL
);

-- An originator's consent on file to pass an H2 record on (to one partner or any).
CREATE TABLE consents (
    id        INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    pid       INTEGER REFERENCES partners(pid),
    granted   TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    expires   TEXT,
    actor     TEXT NOT NULL
);
CREATE INDEX consents_record ON consents(record_id);
"""
