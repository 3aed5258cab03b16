"""Schema version 18: the analyst's saved link charts and hand-drawn links (issue 18).

A saved chart is a name and the state the desktop needs to draw it again as it was left
(``state``: the records and entities it was built from, every node's position, the pinned
and the hidden nodes, the colouring, the groups collapsed into one node), kept in the
workspace because it names suspects.

An analyst's link is an assertion of the analyst's own, not a partner's data: it lives
apart from ``links`` (which only imports and received packages fill, and which the share
and export code reads), with who drew it and when. Deleting one marks it deleted, so an
undo can restore it and the history stays. An analyst's note on an entity is kept the
same way. Every change is audited in the same transaction (``chart.save``,
``chart.rename``, ``chart.delete``, ``analyst_link.add|delete|restore``,
``analyst_note.add|delete|restore``).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from liaison.model.errors import LiaisonError
from liaison.store import audit
from liaison.store.database import Connection

V18_CHARTS = """
CREATE TABLE charts (
    cid         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    state       TEXT NOT NULL DEFAULT '{}',
    created     TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated     TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE TABLE analyst_links (
    alid        INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    source_id   TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    label       TEXT NOT NULL,
    created     TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    deleted     TEXT,
    deleted_by  TEXT,
    CHECK (source_id <> target_id)
);
CREATE TABLE analyst_notes (
    anid        INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    entity_id   TEXT NOT NULL,
    text        TEXT NOT NULL,
    created     TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    deleted     TEXT,
    deleted_by  TEXT
);
CREATE INDEX analyst_notes_entity ON analyst_notes(entity_id);
CREATE INDEX analyst_links_source ON analyst_links(source_id);
CREATE INDEX analyst_links_target ON analyst_links(target_id);
"""

NAME_MAX = 120
LABEL_MAX = 200
NOTE_MAX = 2000
STATE_KEYS = ("records", "entities", "positions", "pinned", "hidden", "colour_by", "groups")


@dataclass(frozen=True)
class SavedChart:
    """A chart as saved: its id, name, who saved it last and when, and its state."""

    id: str
    name: str
    updated: str
    updated_by: str
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AnalystLink:
    """A link the analyst drew between two entities, with who drew it and when."""

    id: str
    source_id: str
    target_id: str
    label: str
    created: str
    created_by: str


def _name(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise LiaisonError("A chart needs a name: the name given is empty.")
    if len(clean) > NAME_MAX:
        raise LiaisonError(f"A chart name has at most {NAME_MAX} characters; "
                           f"this one has {len(clean)}.")
    return clean


def _state(state: dict[str, Any]) -> str:
    if not isinstance(state, dict):
        raise LiaisonError("A chart's state must be a mapping.")
    unknown = sorted(set(state) - set(STATE_KEYS))
    if unknown:
        raise LiaisonError(f"A chart's state has unknown fields: {', '.join(unknown)}.")
    positions = state.get("positions", {})
    if not isinstance(positions, dict) or not all(
            isinstance(xy, (list, tuple)) and len(xy) == 2
            and all(isinstance(v, (int, float)) for v in xy) for xy in positions.values()):
        raise LiaisonError("A chart's positions must map node keys to (x, y) numbers.")
    for key in ("records", "entities", "pinned", "hidden", "groups"):
        if not isinstance(state.get(key, []), (list, tuple)):
            raise LiaisonError(f"A chart's {key} must be a list.")
    return json.dumps(state, sort_keys=True)


def _row(row: tuple) -> SavedChart:
    return SavedChart(row[0], row[1], row[2], row[3], json.loads(row[4]))


def list_charts(conn: Connection) -> list[SavedChart]:
    """Every saved chart, by name (without reading their states twice: they are small)."""
    return [_row(r) for r in conn.execute(
        "SELECT id, name, updated, updated_by, state FROM charts ORDER BY name COLLATE NOCASE")]


def get_chart(conn: Connection, chart_id: str) -> SavedChart:
    row = conn.execute("SELECT id, name, updated, updated_by, state FROM charts WHERE id = ?",
                       (chart_id,)).fetchone()
    if row is None:
        raise LiaisonError(f"No saved chart has the id {chart_id}.")
    return _row(row)


def save_chart(conn: Connection, actor: str, name: str, state: dict[str, Any],
               chart_id: str | None = None) -> SavedChart:
    """Save a new chart (no ``chart_id``) or save over one; call inside a transaction."""
    name, text, ts = _name(name), _state(state), audit.now_utc()
    clash = conn.execute("SELECT id FROM charts WHERE name = ?", (name,)).fetchone()
    if clash is not None and clash[0] != chart_id:
        raise LiaisonError(f"A chart named {name!r} is already saved; choose another name.")
    if chart_id is None:
        chart_id = str(uuid.uuid4())
        conn.execute("INSERT INTO charts (id, name, state, created, created_by, updated, "
                     "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (chart_id, name, text, ts, actor, ts, actor))
    else:
        get_chart(conn, chart_id)
        conn.execute("UPDATE charts SET name = ?, state = ?, updated = ?, updated_by = ? "
                     "WHERE id = ?", (name, text, ts, actor, chart_id))
    saved = get_chart(conn, chart_id)
    audit.append(conn, actor, "chart.save", chart_id, {
        "name": name, "nodes": len(saved.state.get("positions", {})),
        "hidden": len(saved.state.get("hidden", []))})
    return saved


def rename_chart(conn: Connection, actor: str, chart_id: str, name: str) -> SavedChart:
    old = get_chart(conn, chart_id)
    name = _name(name)
    clash = conn.execute("SELECT id FROM charts WHERE name = ?", (name,)).fetchone()
    if clash is not None and clash[0] != chart_id:
        raise LiaisonError(f"A chart named {name!r} is already saved; choose another name.")
    conn.execute("UPDATE charts SET name = ?, updated = ?, updated_by = ? WHERE id = ?",
                 (name, audit.now_utc(), actor, chart_id))
    audit.append(conn, actor, "chart.rename", chart_id, {"from": old.name, "to": name})
    return get_chart(conn, chart_id)


def delete_chart(conn: Connection, actor: str, chart_id: str) -> None:
    old = get_chart(conn, chart_id)
    conn.execute("DELETE FROM charts WHERE id = ?", (chart_id,))
    audit.append(conn, actor, "chart.delete", chart_id, {"name": old.name})


# --- analyst's links ---------------------------------------------------------------------

def _link_row(row: tuple) -> AnalystLink:
    return AnalystLink(*row)


_LINK_COLUMNS = "id, source_id, target_id, label, created, created_by"


def add_link(conn: Connection, actor: str, source_id: str, target_id: str,
             label: str) -> AnalystLink:
    """Record a link the analyst drew between two entities of this workspace."""
    label = " ".join(str(label).split())
    if not label:
        raise LiaisonError("A hand-drawn link needs a label saying what joins the two.")
    if len(label) > LABEL_MAX:
        raise LiaisonError(f"A link label has at most {LABEL_MAX} characters; "
                           f"this one has {len(label)}.")
    if source_id == target_id:
        raise LiaisonError("A link joins two different entities; both ends are the same.")
    for end in (source_id, target_id):
        if conn.execute("SELECT 1 FROM entities WHERE id = ?", (end,)).fetchone() is None:
            raise LiaisonError(f"No entity of this workspace has the id {end}.")
    link_id, ts = str(uuid.uuid4()), audit.now_utc()
    conn.execute("INSERT INTO analyst_links (id, source_id, target_id, label, created, "
                 "created_by) VALUES (?, ?, ?, ?, ?, ?)",
                 (link_id, source_id, target_id, label, ts, actor))
    audit.append(conn, actor, "analyst_link.add", link_id,
                 {"source": source_id, "target": target_id, "label": label})
    return get_link(conn, link_id)


def get_link(conn: Connection, link_id: str) -> AnalystLink:
    row = conn.execute(f"SELECT {_LINK_COLUMNS} FROM analyst_links WHERE id = ?",
                       (link_id,)).fetchone()
    if row is None:
        raise LiaisonError(f"No analyst's link has the id {link_id}.")
    return _link_row(row)


def set_link_deleted(conn: Connection, actor: str, link_id: str, deleted: bool) -> None:
    """Delete a link the analyst drew (kept, marked deleted) or restore it (undo)."""
    get_link(conn, link_id)
    if deleted:
        conn.execute("UPDATE analyst_links SET deleted = ?, deleted_by = ? WHERE id = ?",
                     (audit.now_utc(), actor, link_id))
    else:
        conn.execute("UPDATE analyst_links SET deleted = NULL, deleted_by = NULL "
                     "WHERE id = ?", (link_id,))
    audit.append(conn, actor, "analyst_link.delete" if deleted else "analyst_link.restore",
                 link_id)


def links_between(conn: Connection, entity_ids: list[str]) -> list[AnalystLink]:
    """The analyst's links (not deleted) with both ends among ``entity_ids``."""
    wanted = set(entity_ids)
    if not wanted:
        return []
    rows = conn.execute(f"SELECT {_LINK_COLUMNS} FROM analyst_links WHERE deleted IS NULL "
                        "ORDER BY alid").fetchall()
    return [_link_row(r) for r in rows if r[1] in wanted and r[2] in wanted]


# --- analyst's notes ---------------------------------------------------------------------

@dataclass(frozen=True)
class AnalystNote:
    """A note the analyst wrote on an entity, with who wrote it and when."""

    id: str
    entity_id: str
    text: str
    created: str
    created_by: str


_NOTE_COLUMNS = "id, entity_id, text, created, created_by"


def add_note(conn: Connection, actor: str, entity_id: str, text: str) -> AnalystNote:
    """Record a note on an entity of this workspace (kept as written, trimmed)."""
    text = str(text).strip()
    if not text:
        raise LiaisonError("A note needs some text: the note given is empty.")
    if len(text) > NOTE_MAX:
        raise LiaisonError(f"A note has at most {NOTE_MAX} characters; "
                           f"this one has {len(text)}.")
    if conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is None:
        raise LiaisonError(f"No entity of this workspace has the id {entity_id}.")
    note_id, ts = str(uuid.uuid4()), audit.now_utc()
    conn.execute("INSERT INTO analyst_notes (id, entity_id, text, created, created_by) "
                 "VALUES (?, ?, ?, ?, ?)", (note_id, entity_id, text, ts, actor))
    audit.append(conn, actor, "analyst_note.add", note_id, {"entity": entity_id})
    return get_note(conn, note_id)


def get_note(conn: Connection, note_id: str) -> AnalystNote:
    row = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM analyst_notes WHERE id = ?",
                       (note_id,)).fetchone()
    if row is None:
        raise LiaisonError(f"No analyst's note has the id {note_id}.")
    return AnalystNote(*row)


def set_note_deleted(conn: Connection, actor: str, note_id: str, deleted: bool) -> None:
    """Delete a note (kept, marked deleted) or restore it (undo)."""
    get_note(conn, note_id)
    if deleted:
        conn.execute("UPDATE analyst_notes SET deleted = ?, deleted_by = ? WHERE id = ?",
                     (audit.now_utc(), actor, note_id))
    else:
        conn.execute("UPDATE analyst_notes SET deleted = NULL, deleted_by = NULL "
                     "WHERE id = ?", (note_id,))
    audit.append(conn, actor, "analyst_note.delete" if deleted else "analyst_note.restore",
                 note_id)


def notes_for(conn: Connection, entity_ids: list[str]) -> list[AnalystNote]:
    """The analyst's notes (not deleted) on any of ``entity_ids``, oldest first."""
    wanted = set(entity_ids)
    rows = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM analyst_notes WHERE deleted IS NULL "
                        "ORDER BY anid").fetchall() if wanted else []
    return [AnalystNote(*r) for r in rows if r[1] in wanted]
