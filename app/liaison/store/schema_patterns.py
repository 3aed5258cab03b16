"""Schema version 17: pattern findings and the analyst's verdicts on them (issue 22).

A finding is what a detector (analysis/patterns) saw, with its numbers and the records
and entities it rests on. It is keyed by detector and subject (``key``: the entity or
entities it is about), so a later run updates it rather than adding another; ``evidence``
is a hash of what it rests on, so a dismissed finding stays dismissed until that changes.
"""

V17_PATTERNS = """
CREATE TABLE findings (
    fid              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    detector         TEXT NOT NULL,
    key              TEXT NOT NULL,
    score            REAL NOT NULL,
    explanation      TEXT NOT NULL,
    facts            TEXT NOT NULL DEFAULT '{}',
    entity_ids       TEXT NOT NULL DEFAULT '[]',
    record_ids       TEXT NOT NULL DEFAULT '[]',
    evidence         TEXT NOT NULL,
    first_seen       TEXT NOT NULL,
    last_seen        TEXT NOT NULL,
    active           INTEGER NOT NULL DEFAULT 1,
    status           TEXT NOT NULL DEFAULT 'new'
                     CHECK (status IN ('new', 'confirmed', 'dismissed')),
    judged_evidence  TEXT,
    judged_by        TEXT,
    judged_at        TEXT,
    note             TEXT NOT NULL DEFAULT '',
    UNIQUE (detector, key)
);
CREATE INDEX findings_listing ON findings(active, status, score);
"""
