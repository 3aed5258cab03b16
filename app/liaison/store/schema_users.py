"""v19: users and their roles, four-eyes rules per partner, releases awaiting approval
(ARCHITECTURE.md, "Users and roles" and "Release").

An existing workspace gets one user, ``admin``, holding every role: its key slots are
that user's. A new workspace renames it to the name given at creation.
"""

V19_USERS = """
CREATE TABLE users (
    name        TEXT PRIMARY KEY,
    roles       TEXT NOT NULL DEFAULT '[]',
    public_key  BLOB,
    approval_key BLOB,
    first       INTEGER NOT NULL DEFAULT 0,
    created     TEXT NOT NULL
);
INSERT INTO users (name, roles, first, created) VALUES
    ('admin', '["analyst","releasing-officer","auditor","administrator"]', 1,
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE release_rules (
    pid       INTEGER PRIMARY KEY REFERENCES partners(pid) ON DELETE CASCADE,
    always    INTEGER NOT NULL DEFAULT 0,
    tlp_from  TEXT,
    handling  TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE releases (
    id          TEXT PRIMARY KEY,
    partner     TEXT NOT NULL,
    plan        TEXT NOT NULL,
    plan_hash   TEXT NOT NULL,
    four_eyes   TEXT NOT NULL DEFAULT '[]',
    prepared_by TEXT NOT NULL,
    prepared    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'awaiting',
    approved_by TEXT,
    approved    TEXT,
    approval    TEXT,
    packages    TEXT NOT NULL DEFAULT '[]'
);
"""
