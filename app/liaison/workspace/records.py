"""Reading records and entities in full for the views: detail, provenance, history.

The results table keeps only record row ids and asks for a page of rows at a time
(:meth:`RecordsMixin.record_rows`, on a reader connection of the caller's choosing);
the detail views ask for one record or entity in full. Every consultation of a
record, entity or attachment is audited, because the data-protection officer asks
who saw what (ARCHITECTURE.md, "Audit chain").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from liaison.model.errors import AttachmentTooLarge, LiaisonError, RecordNotFound
from liaison.model.values import DateValue
from liaison.store import relayed
from liaison.store.record_rows import date_value
from liaison.store.relayed import RelayedClaim

if TYPE_CHECKING:
    from liaison.store.database import Connection


# Sort keys the results table may ask for; the SQL is fixed here, never built from input.
# Ties are broken by row id so that paging is stable.
_TLP_RANK = ("CASE tlp WHEN 'CLEAR' THEN 0 WHEN 'GREEN' THEN 1 WHEN 'AMBER' THEN 2 "
             "WHEN 'AMBER+STRICT' THEN 3 WHEN 'RED' THEN 4 ELSE -1 END")
ORDER_BY = {
    "rid": "rid",
    "reported": "reported",
    "received": "received",
    "agency": "agency COLLATE NOCASE",
    "country": "country",
    "reference": "reference COLLATE NOCASE",
    "title": "title COLLATE NOCASE",
    "handling": "handling",
    "tlp": _TLP_RANK,
    "grade": "coalesce(reliability, 'Z') || coalesce(assessment, '9')",
    "status": "status",
}
# Columns a caller may filter on, with one value or a list of values.
FILTERS = ("agency", "country", "handling", "tlp", "status", "reliability", "assessment",
           "language", "import_id")
_ROW_COLUMNS = ("rid, id, reported, reported_precision, agency, country, reference, title, "
                "handling, tlp, reliability, assessment, status")
_CHUNK = 500  # bound parameters per query, well under SQLite's limit
# Values that make poor highlights in a narrative: dates, countries and references.
_NO_MENTION_KINDS = frozenset({"date", "country", "entity"})
_NO_MENTION_PROPS = frozenset({"birthDate", "nationality", "country", "gender", "jurisdiction",
                               "incorporationDate", "dissolutionDate", "startDate", "endDate"})
_MIN_MENTION = 3


@dataclass(frozen=True)
class RecordRow:
    """What the results table shows for one record."""

    rid: int
    id: str
    reported: str | None
    reported_precision: str | None
    agency: str
    country: str
    reference: str
    title: str
    handling: str | None
    tlp: str | None
    reliability: str | None
    assessment: str | None
    status: str

    @property
    def grade(self) -> str:
        """Europol 4x4 grading as one code, e.g. ``B2``; empty when ungraded."""
        return f"{self.reliability or ''}{self.assessment or ''}"


@dataclass(frozen=True)
class PropertyRow:
    """One value of an entity property: as the source wrote it, and normalised."""

    prop: str
    raw: str
    value: str
    kind: str | None
    valid: bool
    note: str


@dataclass
class EntitySummary:
    eid: int
    id: str
    schema: str
    caption: str
    values: list[PropertyRow] = field(default_factory=list)


@dataclass(frozen=True)
class AttachmentInfo:
    sha256: str
    name: str
    media_type: str
    size: int


@dataclass(frozen=True)
class LinkInfo:
    id: str
    schema: str
    source_id: str
    source_caption: str
    target_id: str
    target_caption: str
    start: DateValue | None
    end: DateValue | None
    properties: dict[str, Any]


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    start: DateValue | None
    end: DateValue | None
    place: str
    involved: list[tuple[str, str, str]]  # (entity id, caption, role)


@dataclass(frozen=True)
class Mention:
    """A span of the narrative ``[start, end)`` naming one of the record's entities."""

    start: int
    end: int
    entity_id: str


@dataclass(frozen=True)
class VersionInfo:
    """One version of a record; ``changed`` names the fields that differ from the one before."""

    version: int
    current: bool
    title: str
    status: str
    reported: str | None
    changed: tuple[str, ...]


@dataclass(frozen=True)
class ImportInfo:
    ts: str
    actor: str
    file_name: str
    format: str


@dataclass
class RecordDetail:
    """A record in full, for the record view."""

    rid: int
    id: str
    agency: str
    country: str
    reference: str
    title: str
    narrative: str
    language: str | None
    reported: DateValue | None
    received: DateValue | None
    handling: str | None
    handling_conditions: str
    tlp: str | None
    reliability: str | None
    assessment: str | None
    legal_basis: str
    purpose: str
    review_date: str | None
    version: int
    status: str
    extra: dict[str, Any]
    imported: ImportInfo | None
    attachments: list[AttachmentInfo] = field(default_factory=list)
    entities: list[EntitySummary] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    links: list[LinkInfo] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)
    versions: list[VersionInfo] = field(default_factory=list)
    # Who vouches for it (issue 16): the partner whose own signature brought it
    # (None for a local import), or, for a record a third party relayed before schema
    # v11, that partner (``relayed_by``, not verified). ``claims``: what partners relayed
    # under this id for another agency, kept aside and never shown as this record.
    origin: str | None = None
    relayed_by: str | None = None
    claims: list[RelayedClaim] = field(default_factory=list)
    # The partner that relayed the stored version with its originator's signature,
    # verified (None: the originator sent it itself).
    relayed_via: str | None = None

    @property
    def grade(self) -> str:
        return f"{self.reliability or ''}{self.assessment or ''}"

    @property
    def provenance(self) -> str:
        """One line on who vouches for this record, as the record view and ``show`` say."""
        if self.relayed_by:
            return (f"relayed by {self.relayed_by}, claims to be from {self.agency}, "
                    "not verified")
        if self.origin and self.relayed_via:
            return f"signed by its originator ({self.origin}), relayed by {self.relayed_via}"
        if self.origin:
            return f"signed by its originator ({self.origin})"
        return "imported from a file"


@dataclass
class EntityDetail:
    """An entity in full, for the entity view: values, records, links."""

    eid: int
    id: str
    schema: str
    caption: str
    values: list[PropertyRow]
    records: list[RecordRow]
    record_count: int
    links: list[LinkInfo]
    # Cross-reference pairs of this entity, best first (both sides described, the
    # evidence, any verdict), and the entities confirmed the same as it (id, caption).
    candidates: list[dict[str, Any]] = field(default_factory=list)
    same_as: list[tuple[str, str]] = field(default_factory=list)
    # The id it has in the partner's own file ('' where none was kept).
    source_ref: str = ""



def _chunks(items: Sequence[int], size: int = _CHUNK) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def find_mentions(narrative: str, entities: Iterable[EntitySummary]) -> list[Mention]:
    """Spans of ``narrative`` that name an entity: its names and identifiers as written.

    Longer values win over the shorter values they contain, a value must stand as
    whole words, and the spans never overlap.
    """
    candidates: dict[str, str] = {}
    for entity in entities:
        texts = [entity.caption] + [v.raw for v in entity.values
                                    if v.kind not in _NO_MENTION_KINDS
                                    and v.prop not in _NO_MENTION_PROPS]
        for text in texts:
            text = text.strip()
            if len(text) >= _MIN_MENTION and text != entity.schema:
                candidates.setdefault(text, entity.id)
    taken = bytearray(len(narrative))
    found: list[Mention] = []
    for text in sorted(candidates, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(narrative):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            found.append(Mention(m.start(), m.end(), candidates[text]))
    return sorted(found, key=lambda m: m.start)


class RecordsMixin:
    """Record and entity detail for the record view, entity view and results table."""

    if TYPE_CHECKING:
        conn: Connection

        def record(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> Any: ...

    # --- the results table ---------------------------------------------------------------

    def record_ids(self, order_by: str = "reported", descending: bool = True,
                   filters: Mapping[str, Any] | None = None,
                   conn: Connection | None = None) -> list[int]:
        """Row ids of every record (or those matching ``filters``) in the order asked.

        ``order_by`` is one of :data:`ORDER_BY`; ``filters`` maps a column of
        :data:`FILTERS` to a value or a list of values. Runs on ``conn`` (a reader
        from ``open_reader``) when given, else on the workspace's own connection.
        """
        if order_by not in ORDER_BY:
            raise LiaisonError(f"Records cannot be sorted by '{order_by}'; choose one of "
                               f"{', '.join(ORDER_BY)}.")
        where, params = [], []
        for column, wanted in (filters or {}).items():
            if column not in FILTERS:
                raise LiaisonError(f"Records cannot be filtered by '{column}'.")
            values = [wanted] if isinstance(wanted, str | int) or wanted is None else list(wanted)
            if not values:
                return []
            clauses = []
            if None in values:
                clauses.append(f"{column} IS NULL")
            present = [v for v in values if v is not None]
            if present:
                clauses.append(f"{column} IN ({', '.join('?' * len(present))})")
                params.extend(present)
            where.append("(" + " OR ".join(clauses) + ")")
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT rid FROM records{' WHERE ' + ' AND '.join(where) if where else ''} "
               f"ORDER BY {ORDER_BY[order_by]} {direction}, rid {direction}")
        cur = (conn or self.conn).execute(sql, params)
        return [r[0] for r in cur]

    def record_rows(self, rids: Sequence[int], conn: Connection | None = None
                    ) -> list[RecordRow]:
        """The table's columns for ``rids``, in the order given (unknown ids are left out)."""
        db = conn or self.conn
        found: dict[int, RecordRow] = {}
        for chunk in _chunks(list(rids)):
            cur = db.execute(f"SELECT {_ROW_COLUMNS} FROM records "
                             f"WHERE rid IN ({', '.join('?' * len(chunk))})", tuple(chunk))
            for row in cur:
                found[row[0]] = RecordRow(*row)
        return [found[rid] for rid in rids if rid in found]

    def counts(self, conn: Connection | None = None) -> dict[str, int]:
        """How many records and entities the workspace holds (for the status bar)."""
        q = (conn or self.conn).execute
        return {"records": q("SELECT count(*) FROM records").fetchone()[0],
                "entities": q("SELECT count(*) FROM entities").fetchone()[0]}

    # --- one record ------------------------------------------------------------------------

    def _rid_of(self, record_id: int | str) -> int:
        if isinstance(record_id, int):
            row = self.conn.execute("SELECT rid FROM records WHERE rid = ?",
                                    (record_id,)).fetchone()
        else:
            row = self.conn.execute("SELECT rid FROM records WHERE id = ?",
                                    (str(record_id),)).fetchone()
        if row is None:
            raise RecordNotFound(f"Record {record_id} is not in this workspace.")
        return row[0]

    def record_detail(self, record_id: int | str) -> RecordDetail:
        """A record in full (by row id or UUID); audited as ``record.view``."""
        rid = self._rid_of(record_id)
        cur = self.conn.execute("SELECT * FROM records WHERE rid = ?", (rid,))
        names = [d[0] for d in cur.description]
        r = dict(zip(names, cur.fetchone(), strict=True))
        try:
            extra = json.loads(r["extra"] or "{}")
        except ValueError:
            extra = {}
        detail = RecordDetail(
            rid=rid, id=r["id"], agency=r["agency"], country=r["country"],
            reference=r["reference"], title=r["title"], narrative=r["narrative"],
            language=r["language"], reported=date_value(r["reported"], r["reported_precision"]),
            received=date_value(r["received"], r["received_precision"]), handling=r["handling"],
            handling_conditions=r["handling_conditions"], tlp=r["tlp"],
            reliability=r["reliability"], assessment=r["assessment"],
            legal_basis=r["legal_basis"], purpose=r["purpose"], review_date=r["review_date"],
            version=r["version"], status=r["status"], extra=extra,
            imported=self._import_info(r["import_id"]),
        )
        detail.attachments = [AttachmentInfo(*row) for row in self.conn.execute(
            "SELECT a.sha256, ra.name, a.media_type, a.size FROM record_attachments ra "
            "JOIN attachments a ON a.sha256 = ra.sha256 WHERE ra.rid = ? ORDER BY ra.name",
            (rid,))]
        detail.entities = self._record_entities(rid)
        detail.mentions = find_mentions(detail.narrative, detail.entities)
        detail.links = self._links(
            "SELECT l.id, l.schema, l.source_id, l.target_id, l.start, l.start_precision, "
            "l.end, l.end_precision, l.props FROM link_records lr JOIN links l "
            "ON l.lid = lr.lid WHERE lr.rid = ? ORDER BY l.start, l.lid", (rid,))
        detail.events = self._events(rid)
        detail.versions = self._versions(rid, r)
        detail.origin = self._partner_name(r["origin_pid"])
        detail.relayed_by = self._partner_name(r["relayed_by"])
        detail.relayed_via = self._partner_name(relayed.relayed_via(self.conn, rid))
        detail.claims = relayed.claims(self.conn, detail.id)
        self.record("record.view", detail.id, {"rid": rid, "claims": len(detail.claims)})
        return detail

    def record_originals(self, record_id: int | str) -> list[dict[str, Any]]:
        """The partner's objects a record's files brought, as the files had them, with what
        each became (issue 17); audited as ``record.originals``."""
        rid = self._rid_of(record_id)
        rows = [{"item_kind": kind, "item_id": item, "source_type": source_type,
                 "source_id": source_id, "modified": modified, "object": json.loads(data)}
                for kind, item, source_type, source_id, modified, data in self.conn.execute(
                    "SELECT item_kind, item_id, source_type, source_id, modified, data "
                    "FROM source_objects WHERE rid = ? ORDER BY source_type, source_id",
                    (rid,))]
        record_id = self.conn.execute("SELECT id FROM records WHERE rid = ?",
                                      (rid,)).fetchone()[0]
        self.record("record.originals", record_id, {"rid": rid, "objects": len(rows)})
        return rows

    def _partner_name(self, pid: int | None) -> str | None:
        if pid is None:
            return None
        row = self.conn.execute("SELECT name FROM partners WHERE pid = ?", (pid,)).fetchone()
        return row[0] if row else f"partner {pid}"

    def relayed_claims(self, record_id: str | None = None,
                       limit: int = 500) -> list[RelayedClaim]:
        """Records partners relayed for another agency (all, or under ``record_id``), kept
        aside as claims, newest first; audited as ``relayed.view``."""
        found = relayed.claims(self.conn, record_id, limit)
        self.record("relayed.view", record_id or "", {"claims": len(found)})
        return found

    def _import_info(self, import_id: int | None) -> ImportInfo | None:
        if import_id is None:
            return None
        row = self.conn.execute("SELECT ts, actor, file_name, format FROM imports WHERE id = ?",
                                (import_id,)).fetchone()
        return ImportInfo(*row) if row else None

    def _values(self, eids: Sequence[int]) -> dict[int, list[PropertyRow]]:
        out: dict[int, list[PropertyRow]] = {eid: [] for eid in eids}
        for chunk in _chunks(list(eids)):
            cur = self.conn.execute(
                "SELECT eid, prop, raw, value, kind, valid, note FROM entity_values "
                f"WHERE eid IN ({', '.join('?' * len(chunk))}) ORDER BY eid, prop, raw",
                tuple(chunk))
            for eid, prop, raw, value, kind, valid, note in cur:
                out[eid].append(PropertyRow(prop, raw, value, kind, bool(valid), note))
        return out

    def _record_entities(self, rid: int) -> list[EntitySummary]:
        rows = self.conn.execute(
            "SELECT e.eid, e.id, e.schema, e.caption FROM entity_records er "
            "JOIN entities e ON e.eid = er.eid WHERE er.rid = ? ORDER BY e.schema, e.caption",
            (rid,)).fetchall()
        values = self._values([r[0] for r in rows])
        return [EntitySummary(eid, eid_text, schema, caption, values[eid])
                for eid, eid_text, schema, caption in rows]

    def _captions(self, entity_ids: Iterable[str]) -> dict[str, str]:
        ids = sorted(set(entity_ids))
        out: dict[str, str] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            cur = self.conn.execute(
                f"SELECT id, caption FROM entities WHERE id IN ({', '.join('?' * len(chunk))})",
                tuple(chunk))
            out.update(dict(cur.fetchall()))
        return out

    def _links(self, sql: str, params: tuple[Any, ...]) -> list[LinkInfo]:
        rows = self.conn.execute(sql, params).fetchall()
        captions = self._captions([r[2] for r in rows] + [r[3] for r in rows])
        out = []
        for lid, schema, src, dst, start, start_p, end, end_p, props in rows:
            try:
                parsed = json.loads(props or "{}")
            except ValueError:
                parsed = {}
            out.append(LinkInfo(lid, schema, src, captions.get(src, src), dst,
                                captions.get(dst, dst), date_value(start, start_p),
                                date_value(end, end_p), parsed))
        return out

    def _events(self, rid: int) -> list[EventInfo]:
        rows = self.conn.execute(
            "SELECT v.vid, v.id, v.name, v.start, v.start_precision, v.end, v.end_precision, "
            "v.place FROM event_records er JOIN events v ON v.vid = er.vid WHERE er.rid = ? "
            "ORDER BY v.start, v.vid", (rid,)).fetchall()
        involved: dict[int, list[tuple[str, str]]] = {r[0]: [] for r in rows}
        for vid in involved:
            involved[vid] = self.conn.execute(
                "SELECT entity_id, role FROM event_entities WHERE vid = ? "
                "ORDER BY role, entity_id", (vid,)).fetchall()
        captions = self._captions(e for pairs in involved.values() for e, _ in pairs)
        return [EventInfo(id_, name, date_value(s, sp), date_value(e, ep), place,
                          [(ent, captions.get(ent, ent), role) for ent, role in involved[vid]])
                for vid, id_, name, s, sp, e, ep, place in rows]

    def _versions(self, rid: int, current: dict[str, Any]) -> list[VersionInfo]:
        older = []
        for version, data in self.conn.execute(
                "SELECT version, data FROM record_versions WHERE rid = ? ORDER BY version",
                (rid,)):
            try:
                older.append((version, json.loads(data)))
            except ValueError:
                older.append((version, {}))
        chain = [*older, (current["version"], current)]
        out: list[VersionInfo] = []
        previous: dict[str, Any] | None = None
        ignored = {"rid", "version", "import_id", "origin_pid", "relayed_by"}
        for i, (version, data) in enumerate(chain):
            changed = () if previous is None else tuple(sorted(
                k for k in data if k not in ignored and data.get(k) != previous.get(k)))
            out.append(VersionInfo(version, i == len(chain) - 1, str(data.get("title", "")),
                                   str(data.get("status", "")), data.get("reported"), changed))
            previous = data
        return list(reversed(out))

    # --- one entity ------------------------------------------------------------------------

    def entity_detail(self, entity_id: int | str, record_limit: int = 500) -> EntityDetail:
        """An entity in full (by row id or UUID) with up to ``record_limit`` of its records,
        newest first; audited as ``entity.view``."""
        column = "eid" if isinstance(entity_id, int) else "id"
        row = self.conn.execute(f"SELECT eid, id, schema, caption, source_ref FROM entities "
                                f"WHERE {column} = ?", (entity_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Entity {entity_id} is not in this workspace.")
        eid, uuid_, schema, caption, source_ref = row
        count = self.conn.execute("SELECT count(*) FROM entity_records WHERE eid = ?",
                                  (eid,)).fetchone()[0]
        rids = [r[0] for r in self.conn.execute(
            "SELECT r.rid FROM entity_records er JOIN records r ON r.rid = er.rid "
            "WHERE er.eid = ? ORDER BY r.reported DESC, r.rid DESC LIMIT ?",
            (eid, record_limit))]
        links = self._links(
            "SELECT id, schema, source_id, target_id, start, start_precision, end, "
            "end_precision, props FROM links WHERE source_id = ? OR target_id = ? "
            "ORDER BY start, lid LIMIT 1000", (uuid_, uuid_))
        detail = EntityDetail(eid, uuid_, schema, caption, self._values([eid])[eid],
                              self.record_rows(rids), count, links,
                              *self._entity_xref(eid, uuid_), source_ref=source_ref)
        self.record("entity.view", uuid_, {"eid": eid})
        return detail

    def _entity_xref(self, eid: int, uuid_: str
                     ) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        from liaison.analysis.xref import candidate_rows, cluster_members

        pairs = candidate_rows(self.conn, 0.0, 50, 0, include_judged=True, eid=eid)
        same = [i for i in cluster_members(self.conn, uuid_) if i != uuid_]
        return pairs, sorted(self._captions(same).items(), key=lambda kv: kv[1])

    # --- attachments -------------------------------------------------------------------------

    def attachment_data(self, sha256: str, max_bytes: int) -> bytes:
        """The bytes of one attachment, refused when larger than ``max_bytes``;
        audited as ``attachment.view``."""
        row = self.conn.execute("SELECT size FROM attachments WHERE sha256 = ?",
                                (sha256,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Attachment {sha256[:12]}… is not in this workspace.")
        if row[0] > max_bytes:
            raise AttachmentTooLarge(f"The attachment is {row[0]:,} bytes; at most "
                                     f"{max_bytes:,} bytes are shown here.")
        data = self.conn.execute("SELECT data FROM attachments WHERE sha256 = ?",
                                 (sha256,)).fetchone()[0]
        self.record("attachment.view", sha256, {"bytes": row[0]})
        return bytes(data)
