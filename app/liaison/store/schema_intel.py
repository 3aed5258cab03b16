"""Schema version 2: records, entities, links, events, attachments, provenance, imports.

Text ids (UUIDs) are what the outside world sees; integer row ids keep joins
and indexes small, which matters at a million records.
"""

V2_INTELLIGENCE = """
CREATE TABLE sources (
    agency  TEXT PRIMARY KEY,
    country TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    ts          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    format      TEXT NOT NULL,
    report      TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE records (
    rid                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    agency              TEXT NOT NULL,
    country             TEXT NOT NULL,
    reference           TEXT NOT NULL,
    title               TEXT NOT NULL,
    narrative           TEXT NOT NULL,
    language            TEXT,
    reported            TEXT,
    reported_precision  TEXT,
    received            TEXT,
    received_precision  TEXT,
    handling            TEXT,
    handling_conditions TEXT NOT NULL DEFAULT '',
    tlp                 TEXT,
    reliability         TEXT,
    assessment          TEXT,
    legal_basis         TEXT NOT NULL DEFAULT '',
    purpose             TEXT NOT NULL DEFAULT '',
    review_date         TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    status              TEXT NOT NULL DEFAULT 'active',
    extra               TEXT NOT NULL DEFAULT '{}',
    import_id           INTEGER REFERENCES imports(id)
);
CREATE INDEX records_agency ON records(agency);
CREATE INDEX records_country ON records(country);
CREATE INDEX records_reported ON records(reported);
CREATE INDEX records_tlp ON records(tlp);
CREATE INDEX records_handling ON records(handling);

-- Earlier versions of a record the originator has since updated.
CREATE TABLE record_versions (
    rid     INTEGER NOT NULL REFERENCES records(rid),
    version INTEGER NOT NULL,
    data    TEXT NOT NULL,
    PRIMARY KEY (rid, version)
) WITHOUT ROWID;

CREATE TABLE attachments (
    sha256     TEXT PRIMARY KEY,
    size       INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    data       BLOB NOT NULL
);
CREATE TABLE record_attachments (
    rid    INTEGER NOT NULL REFERENCES records(rid),
    sha256 TEXT NOT NULL REFERENCES attachments(sha256),
    name   TEXT NOT NULL,
    PRIMARY KEY (rid, sha256, name)
) WITHOUT ROWID;

CREATE TABLE entities (
    eid     INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    schema  TEXT NOT NULL,
    caption TEXT NOT NULL
);
CREATE INDEX entities_schema ON entities(schema);

-- Every value keeps what the source wrote (raw) beside its comparable form.
CREATE TABLE entity_values (
    eid   INTEGER NOT NULL REFERENCES entities(eid),
    prop  TEXT NOT NULL,
    raw   TEXT NOT NULL,
    value TEXT NOT NULL,
    kind  TEXT,
    valid INTEGER NOT NULL DEFAULT 1,
    note  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (eid, prop, raw)
) WITHOUT ROWID;
CREATE INDEX entity_values_lookup ON entity_values(kind, value) WHERE kind IS NOT NULL;

CREATE TABLE entity_records (
    eid INTEGER NOT NULL REFERENCES entities(eid),
    rid INTEGER NOT NULL REFERENCES records(rid),
    PRIMARY KEY (eid, rid)
) WITHOUT ROWID;
CREATE INDEX entity_records_rid ON entity_records(rid, eid);

-- Link ends are entity ids, not row ids: a partner may send a link before the
-- entity it points to.
CREATE TABLE links (
    lid             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    schema          TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    target_id       TEXT NOT NULL,
    start           TEXT,
    start_precision TEXT,
    end             TEXT,
    end_precision   TEXT,
    props           TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX links_source ON links(source_id);
CREATE INDEX links_target ON links(target_id);
CREATE TABLE link_records (
    lid INTEGER NOT NULL REFERENCES links(lid),
    rid INTEGER NOT NULL REFERENCES records(rid),
    PRIMARY KEY (lid, rid)
) WITHOUT ROWID;

CREATE TABLE events (
    vid             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    start           TEXT,
    start_precision TEXT,
    end             TEXT,
    end_precision   TEXT,
    place           TEXT NOT NULL DEFAULT '',
    props           TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_start ON events(start);
CREATE TABLE event_entities (
    vid       INTEGER NOT NULL REFERENCES events(vid),
    entity_id TEXT NOT NULL,
    role      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (vid, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX event_entities_entity ON event_entities(entity_id);
CREATE TABLE event_records (
    vid INTEGER NOT NULL REFERENCES events(vid),
    rid INTEGER NOT NULL REFERENCES records(rid),
    PRIMARY KEY (vid, rid)
) WITHOUT ROWID;
"""
