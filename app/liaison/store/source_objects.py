"""Schema version 15 (with the partners' defaults): the objects of partners' files kept
verbatim (issue 17, item 2).

Every STIX object, MISP attribute, object, galaxy cluster, sighting and proposal, and
FtM document a file brings is kept as the file had it, one row per record it came with,
beside the record, entity, link or event it became: what Liaison could not type is
still there for the analyst, for provenance and for a faithful export. Rows belong to
their record (``rid``): erasing or retracting the record deletes them with its content.
A copy with an older source stamp never replaces a newer one.
"""

from __future__ import annotations

import json

from liaison.model.records import SourceObject
from liaison.store.database import Connection

V15_SOURCE_OBJECTS = """
CREATE TABLE IF NOT EXISTS source_objects (
    rid         INTEGER NOT NULL REFERENCES records(rid),
    item_kind   TEXT NOT NULL,      -- record, entity, link, event, flagged
    item_id     TEXT NOT NULL,
    source_type TEXT NOT NULL,      -- "stix attack-pattern", "misp Attribute", "ftm Email"
    source_id   TEXT NOT NULL,
    modified    TEXT,
    data        TEXT NOT NULL,      -- the JSON value as the file had it
    import_id   INTEGER,
    PRIMARY KEY (rid, item_kind, item_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS source_objects_item ON source_objects(item_kind, item_id);
"""

# One object past this is not kept verbatim (what it became is stored; the report says
# so): the text caps of model.limits bound what is stored of it anyway.
MAX_OBJECT_CHARS = 1 << 20


def encode(obj: SourceObject) -> str | None:
    """The object as stored JSON, or None when it is too large to keep whole."""
    text = json.dumps(obj.data, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= MAX_OBJECT_CHARS else None


def keep(conn: Connection, rid: int, obj: SourceObject, data: str,
         import_id: int | None) -> None:
    """Store ``obj`` for record ``rid``, unless the stored copy has a newer stamp."""
    conn.execute(
        "INSERT INTO source_objects (rid, item_kind, item_id, source_type, source_id, "
        "modified, data, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (rid, item_kind, item_id) DO UPDATE SET source_type = "
        "excluded.source_type, source_id = excluded.source_id, modified = excluded.modified, "
        "data = excluded.data, import_id = excluded.import_id "
        "WHERE source_objects.modified IS NULL OR excluded.modified >= source_objects.modified",
        (rid, obj.item_kind, obj.item_id, obj.source_type, obj.source_id, obj.modified, data,
         import_id))


def erase(conn: Connection, rid: int) -> None:
    """Forget what record ``rid``'s files brought (its content is being erased)."""
    conn.execute("DELETE FROM source_objects WHERE rid = ?", (rid,))


def originals(conn: Connection, item_kind: str, item_id: str) -> list[dict]:
    """The source objects behind one item, as the files had them (newest import first)."""
    return [json.loads(row[0]) for row in conn.execute(
        "SELECT data FROM source_objects WHERE item_kind = ? AND item_id = ? "
        "ORDER BY import_id DESC", (item_kind, item_id))]
