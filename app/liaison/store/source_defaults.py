"""Schema version 15: what each partner's files and packages mean when they say nothing
(issue 17, item 4).

A partner's defaults (handling code, TLP, Europol grading) fill a record's empty
markings as it is imported from that partner (by its agency's name) or received in a
package it signed: without them nothing imported carries a handling code, and the
default sharing policy lets nothing without one go. What the file or package states,
or what ``import --handling/--tlp`` gave, always wins. Each record filled names the
fields in ``extra['from_defaults']``; the import report counts them per partner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from liaison.model.records import Record
from liaison.store.database import Connection

V15_SOURCE_DEFAULTS = """
CREATE TABLE IF NOT EXISTS source_defaults (
    pid         INTEGER PRIMARY KEY REFERENCES partners(pid),
    handling    TEXT,
    tlp         TEXT,
    reliability TEXT,
    assessment  TEXT,
    updated     TEXT NOT NULL,
    actor       TEXT NOT NULL
);
"""

FIELDS = ("handling", "tlp", "reliability", "assessment")
EXTRA_KEY = "from_defaults"


@dataclass(frozen=True)
class SourceDefaults:
    """A partner's defaults; a field None leaves records without one as they are."""

    handling: str | None = None
    tlp: str | None = None
    reliability: str | None = None
    assessment: str | None = None

    def empty(self) -> bool:
        return not any(getattr(self, f) for f in FIELDS)

    def as_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in FIELDS}

    @property
    def grading(self) -> str | None:
        """Europol 4x4 grading as written (``B2``, ``B``, ``2``), None when neither."""
        return ((self.reliability or "") + (self.assessment or "")) or None


def read_defaults(conn: Connection, pid: int) -> SourceDefaults:
    row = conn.execute("SELECT handling, tlp, reliability, assessment FROM source_defaults "
                       "WHERE pid = ?", (pid,)).fetchone()
    return SourceDefaults(*row) if row else SourceDefaults()


def write_defaults(conn: Connection, pid: int, defaults: SourceDefaults, *, now: str,
                   actor: str) -> None:
    """Store ``defaults`` (already validated) for partner ``pid``; the caller audits."""
    if defaults.empty():
        conn.execute("DELETE FROM source_defaults WHERE pid = ?", (pid,))
        return
    conn.execute(
        "INSERT INTO source_defaults (pid, handling, tlp, reliability, assessment, updated, "
        "actor) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pid) DO UPDATE SET "
        "handling = excluded.handling, tlp = excluded.tlp, "
        "reliability = excluded.reliability, assessment = excluded.assessment, "
        "updated = excluded.updated, actor = excluded.actor",
        (pid, defaults.handling, defaults.tlp, defaults.reliability, defaults.assessment,
         now, actor))


class DefaultsApplier:
    """Fills records' empty markings from their partner's defaults, counting per partner.

    ``counts`` is ``{partner name: {field: [value, records]}}``, what the import report
    shows. Lookups are cached: one query per agency seen, not per record.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._by_agency: dict[str, tuple[str, SourceDefaults] | None] = {}
        self._by_pid: dict[int, tuple[str, SourceDefaults] | None] = {}
        self.counts: dict[str, dict[str, list[Any]]] = {}

    def _for_agency(self, agency: str) -> tuple[str, SourceDefaults] | None:
        key = agency.strip().casefold()
        if key not in self._by_agency:
            row = self.conn.execute(
                "SELECT p.name, d.handling, d.tlp, d.reliability, d.assessment "
                "FROM partners p JOIN source_defaults d ON d.pid = p.pid "
                "WHERE p.name = ? COLLATE NOCASE", (agency.strip(),)).fetchone()
            self._by_agency[key] = (row[0], SourceDefaults(*row[1:])) if row else None
        return self._by_agency[key]

    def _for_pid(self, pid: int) -> tuple[str, SourceDefaults] | None:
        if pid not in self._by_pid:
            row = self.conn.execute("SELECT name FROM partners WHERE pid = ?",
                                    (pid,)).fetchone()
            self._by_pid[pid] = (row[0], read_defaults(self.conn, pid)) if row else None
        return self._by_pid[pid]

    def apply(self, record: Record, *, pid: int | None = None) -> list[str]:
        """Fill ``record``'s empty markings from the defaults of partner ``pid`` (a
        package's signer), else of the partner named as its agency; the fields filled."""
        found = self._for_pid(pid) if pid is not None else self._for_agency(record.agency or "")
        if found is None:
            return []
        partner, defaults = found
        filled = []
        for name in FIELDS:
            value = getattr(defaults, name)
            if value and not getattr(record, name):
                setattr(record, name, value)
                filled.append(name)
                count = self.counts.setdefault(partner, {}).setdefault(name, [value, 0])
                count[1] += 1
        if filled:
            record.extra = {**record.extra, EXTRA_KEY: filled}
        return filled
