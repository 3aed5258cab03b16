"""Schema version 5: partner agencies, their sharing agreements, originator consents,
saved redaction profiles and the log of disclosures.

``partners`` is the directory both the sharing policy and the exchange build
on: the exchange (schema 6) adds certificates. ``disclosures`` says what left,
to whom and when; retractions (exchange) find their recipients there.
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

-- Saved redaction profiles: which detectors run and which operator each kind gets
-- (analysis/redaction/profiles.py documents the JSON).
CREATE TABLE redaction_profiles (
    name    TEXT PRIMARY KEY,
    spec    TEXT NOT NULL,
    updated TEXT NOT NULL,
    actor   TEXT NOT NULL
) WITHOUT ROWID;

-- What left, to whom: one row per export file; its records in disclosure_records
-- so "who received record X" is one indexed lookup (retractions need it).
CREATE TABLE disclosures (
    id        INTEGER PRIMARY KEY,
    ts        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    partner   TEXT NOT NULL,
    pid       INTEGER REFERENCES partners(pid),
    profile   TEXT NOT NULL,
    format    TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    counts    TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE disclosure_records (
    did       INTEGER NOT NULL REFERENCES disclosures(id),
    record_id TEXT NOT NULL,
    PRIMARY KEY (did, record_id)
) WITHOUT ROWID;
CREATE INDEX disclosure_records_record ON disclosure_records(record_id);
"""
