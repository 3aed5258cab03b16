"""Merging imported items into the store, counting what was new, merged or unchanged.

Runs inside the caller's transaction; the caller rolls back on any failure, so
an import is all-or-nothing. Merging is idempotent: the same items twice change
nothing the second time.

A record already stored is updated when the copy arriving is a later version. Packages
carry Liaison's own version numbers (higher wins). Files do not: with ``by_content``
(every file import) the source's own stamp decides where it has one
(``extra['source_modified']``: STIX ``modified``, MISP ``timestamp``; an older copy is
never stored over a newer one), else the content (FtM, CSV): a copy whose content differs
becomes the next version, the one it replaces kept in ``record_versions``; a copy equal to
a version already replaced is an older copy; the same content is "unchanged". What only an
older copy names (entities, links, events) is not stored either. A copy that raises the
TLP or the handling code is reported (``markings_raised``, in the import's audit entry)
and, for file imports, audited on its own as ``record.marking_raised``.

Every record stored gets a language here, whatever brought it (a file of any format, a
package): the one it states, else the one its text is written in (model.language), else
none.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from liaison.model import language
from liaison.model.records import Entity, Event, Issue, Link, Record, stable_id
from liaison.model.values import HANDLING_CODES, TLP_LEVELS, DateValue
from liaison.store import audit
from liaison.store.database import Connection

KINDS = ("records", "entities", "links", "events")

# Checks records (by rid) against the watchlists, inside the import's transaction;
# supplied from above (analysis.watch) because the query language lives there.
WatchCheck = Callable[[Connection, list[int]], list[dict[str, Any]]]
MAX_LISTED_ISSUES = 1000


@dataclass
class Counts:
    imported: int = 0
    merged: int = 0
    unchanged: int = 0


@dataclass
class ImportReport:
    """What an import did, for the person and for the audit log."""

    file: str
    format: str
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    flagged: list[Issue] = field(default_factory=list)
    skipped: list[Issue] = field(default_factory=list)
    flagged_total: int = 0
    skipped_total: int = 0
    # Values the sender redacted ('[PHONE-1]', '█████'): kept, neither valid nor flagged.
    redacted_total: int = 0
    new_record_ids: list[str] = field(default_factory=list)
    # Watchlist hits among this import's new or changed records (analysis.watch).
    watch_hits: list[dict[str, Any]] = field(default_factory=list)
    # Records an update made more restrictive: {"record_id", "version", "tlp": [old, new],
    # "handling": [old, new]} (only what was raised). Ids and codes only, never text.
    markings_raised: list[dict[str, Any]] = field(default_factory=list)
    # Markings the file left empty, filled from the sending partner's defaults
    # (store.source_defaults): {partner: {field: [value, records]}}.
    from_defaults: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    # What each type of the partner's objects became (issue 17): {"stix attack-pattern":
    # {"entity Thing (generic)": 3}}, and how many objects were kept verbatim.
    kept: dict[str, dict[str, int]] = field(default_factory=dict)
    originals_kept: int = 0
    # The pattern detectors' run on what this import brought, set by the workspace after
    # the import's transaction (analysis.patterns): {"found", "new", "reopened"}; None
    # when they did not run (turned off).
    patterns: dict[str, int] | None = None

    def note(self, issue: Issue) -> None:
        if issue.skipped:
            self.skipped_total += 1
            if len(self.skipped) < MAX_LISTED_ISSUES:
                self.skipped.append(issue)
        else:
            self.flagged_total += 1
            if len(self.flagged) < MAX_LISTED_ISSUES:
                self.flagged.append(issue)

    def summary(self) -> dict[str, Any]:
        return {
            "file": self.file, "format": self.format,
            "counts": {k: asdict(v) for k, v in self.counts.items()},
            "flagged": self.flagged_total, "skipped": self.skipped_total,
            "redacted": self.redacted_total,
            "watch_hits": self.watch_hit_counts(),
            "markings_raised": self.markings_raised[:MAX_LISTED_ISSUES],
            "from_defaults": self.from_defaults,
            "kept": self.kept, "originals_kept": self.originals_kept,
        }

    def count_kept(self, source_type: str, target: str) -> None:
        where = self.kept.setdefault(source_type, {})
        where[target] = where.get(target, 0) + 1

    def watch_hit_counts(self) -> dict[str, int]:
        """Hits per watchlist name, for the audit log (which keeps counts, not records)."""
        counts: dict[str, int] = {}
        for hit in self.watch_hits:
            counts[hit["watch"]] = counts.get(hit["watch"], 0) + 1
        return counts

    def as_dict(self) -> dict[str, Any]:
        return {**self.summary(),
                "flagged_issues": [asdict(i) for i in self.flagged],
                "skipped_issues": [asdict(i) for i in self.skipped],
                "watch_hit_records": list(self.watch_hits), "patterns": self.patterns}


# FtM schemas that an id may carry together: a generic schema and a more specific one
# are the same thing described more or less precisely (a LegalEntity that is a Person).
_LEGAL = frozenset({"LegalEntity", "Person", "Organization", "Company", "PublicBody"})
_ORGS = frozenset({"Organization", "Company", "PublicBody"})


def same_kind(a: str, b: str) -> bool:
    """Whether entities of schemas ``a`` and ``b`` may be one entity (FtM's hierarchy)."""
    pair = {a, b}
    return (a == b or "Thing" in pair or ("LegalEntity" in pair and pair <= _LEGAL)
            or ("Organization" in pair and pair <= _ORGS))


def _date(value: DateValue | None) -> tuple[str | None, str | None]:
    return (value.value, value.precision) if value else (None, None)


# Stored statuses that keep only a tombstone: nothing more may attach to such a record.
TOMBSTONES = frozenset({"erased", "retracted"})

# What a record's content is, for comparing two copies: every column but the bookkeeping
# (id, version, status, import), what the store derives (language) and the day it was
# received; in ``extra``, where in its file the copy came from.
_NOT_CONTENT = frozenset({"id", "language", "received", "received_precision", "version",
                          "status", "import_id"})
_PLACE_KEYS = ("bundle_id", "file", "row")
STAMP = "source_modified"

RECORD_COLUMNS = (
    "id", "agency", "country", "reference", "title", "narrative", "language",
    "reported", "reported_precision", "received", "received_precision", "handling",
    "handling_conditions", "tlp", "reliability", "assessment", "legal_basis", "purpose",
    "review_date", "version", "status", "extra", "import_id",
)


def _content(values: dict[str, Any]) -> dict[str, Any]:
    content = {k: values.get(k) for k in RECORD_COLUMNS if k not in _NOT_CONTENT}
    try:
        extra = json.loads(content.get("extra") or "{}")
    except ValueError:
        extra = {}
    content["extra"] = {k: v for k, v in extra.items() if k not in _PLACE_KEYS} \
        if isinstance(extra, dict) else extra
    return content


def _stamp(extra: Any) -> str | None:
    stamp = extra.get(STAMP) if isinstance(extra, dict) else None
    return stamp if isinstance(stamp, str) and stamp else None


def _raised(levels: tuple[str, ...], old: str | None, new: str | None) -> bool:
    rank = {level: i for i, level in enumerate(levels)}
    return new in rank and (old not in rank or rank[new] > rank[old])


def record_row(r: Record, import_id: int | None) -> tuple[Any, ...]:
    """``r`` as the values of RECORD_COLUMNS, in order."""
    return (
        r.id, r.agency, r.country.upper(), r.reference, r.title, r.narrative, r.language,
        *_date(r.reported), *_date(r.received), r.handling, r.handling_conditions, r.tlp,
        r.reliability, r.assessment, r.legal_basis, r.purpose,
        r.review_date.value if r.review_date else None, r.version, r.status,
        json.dumps(r.extra, ensure_ascii=False, sort_keys=True, default=str), import_id,
    )


class Ingest:
    """Adds items of one import; keeps id→rowid caches so provenance joins stay cheap.

    ``touched_rids`` collects records that are new, updated, or gained an entity, and
    ``touched_eids`` entities that are new or gained a value: what the full-text index
    and the watchlists must look at again.

    A record erased or retracted here is a tombstone: the same copy arriving again (a
    re-import, a re-shared package) is not stored, and nothing is attached to it — no
    attachment, no entity value, link or event that names only tombstones — so what was
    erased stays erased. Only a newer version from the originator replaces it.
    """

    def __init__(self, conn: Connection, import_id: int, report: ImportReport, *,
                 by_content: bool = False, actor: str = "") -> None:
        self.conn = conn
        self.import_id = import_id
        self.report = report
        # File imports: versions from the source's stamp or the content (module docstring).
        self.by_content = by_content
        self.actor = actor  # given: each raised marking gets its own audit entry
        self._rids: dict[str, int] = {}
        self._dead: set[str] = set()  # ids of tombstones (erased, retracted)
        self._stale: set[str] = set()  # records this import holds an older copy of
        self._sources: set[str] = set()
        self.touched_rids: set[int] = set()
        self.touched_eids: set[int] = set()
        self._apart_noted: set[tuple[str, str]] = set()
        # Set by a caller that calls flush() before reading entity values or provenance:
        # the values and record links of new entities are then written in one statement
        # each rather than one a row.
        self.defer_values = False
        self._values: list[tuple] = []
        self._entity_records: list[tuple[int, int]] = []
        # Entity rows read ahead (prefetch_entities): id -> (eid, source_ref, schema) or
        # None for an id not stored; each is used once, then the id is read afresh.
        self._entities_ahead: dict[str, Any] = {}
        # id → (eid, source_ref, schema) of entities this import has met: most mentions
        # name an entity met before (a person in hundreds of reports), and entity rows
        # are never deleted, so the store need not be asked again. Bounded.
        self._entities: dict[str, tuple[int, str | None, str]] = {}
        # Entities created by this import above the cross-reference mark are compared as
        # new by the next run (analysis.xref), so they need no xref_pending row.
        row = conn.execute("SELECT value FROM meta WHERE key = 'xref_compared_eid'").fetchone()
        self._xref_mark = int(row[0]) if row else 0
        self._created: set[int] = set()

    def flush(self) -> None:
        """Write the deferred values and record links of new entities (``defer_values``)."""
        if self._values:
            self.conn.executemany(
                "INSERT OR IGNORE INTO entity_values (eid, prop, raw, value, kind, valid, "
                "note) VALUES (?, ?, ?, ?, ?, ?, ?)", self._values)
            self._values.clear()
        if self._entity_records:
            self.conn.executemany("INSERT OR IGNORE INTO entity_records (eid, rid) "
                                  "VALUES (?, ?)", self._entity_records)
            self._entity_records.clear()

    def prefetch_entities(self, entity_ids: list[str]) -> None:
        """Read the stored rows of ``entity_ids`` in one statement per chunk, for
        add_entity to use instead of one look-up each."""
        ahead = dict.fromkeys(entity_ids)
        for i in range(0, len(entity_ids), 5000):
            ahead.update((row[0], row[1:]) for row in self.conn.execute(
                "SELECT id, eid, source_ref, schema FROM entities WHERE id IN "
                "(SELECT value FROM json_each(?))", (json.dumps(entity_ids[i:i + 5000]),)))
        self._entities_ahead = ahead

    # -- records ------------------------------------------------------------------------

    def record_rid(self, record_id: str) -> int | None:
        """The row id of a live record (None for unknown ids and tombstones)."""
        if record_id in self._stale:
            return None  # an older copy's entities must not attach to the newer record
        rid = self._rids.get(record_id)
        if rid is None and record_id not in self._dead:
            row = self.conn.execute("SELECT rid, status FROM records WHERE id = ?",
                                    (record_id,)).fetchone()
            if row and row[1] in TOMBSTONES:
                self._dead.add(record_id)
            elif row:
                rid = self._rids[record_id] = row[0]
        return rid

    def _only_tombstones(self, record_ids: list[str], where: str) -> bool:
        """True (and noted) when every record ``record_ids`` names is a tombstone."""
        for record_id in record_ids:
            self.record_rid(record_id)
        if record_ids and all(i in self._dead or i in self._stale for i in record_ids):
            what = ("erased or retracted records" if any(i in self._dead for i in record_ids)
                    else "records of which a newer version is stored")
            self.report.note(Issue(where, f"names only {what}; not stored", skipped=True))
            return True
        return False

    UNKNOWN: Any = object()  # add_record's ``stored`` when the caller has not read it

    def add_record(self, r: Record, *, supersede: bool = False, stored: Any = UNKNOWN
                   ) -> None:
        """Store ``r``, or merge it into the stored record of its id (higher version
        wins). ``supersede`` replaces the stored copy whatever the versions, without
        keeping it as an earlier version: the originator's own copy taking the place of
        one a third party relayed (the caller has kept that one as a claim).
        ``stored``: the stored row (rid, version, agency, status), or None for none, when
        the caller read it already (a merge reads a package's records in one statement)."""
        counts = self.report.counts["records"]
        if r.agency not in self._sources:
            self.conn.execute("INSERT OR IGNORE INTO sources (agency, country) VALUES (?, ?)",
                              (r.agency, r.country.upper()))
            self._sources.add(r.agency)
        row = stored if stored is not Ingest.UNKNOWN else self.conn.execute(
            "SELECT rid, version, agency, status FROM records WHERE id = ?", (r.id,)).fetchone()
        newer = row is not None and (r.version > row[1] or supersede)
        if (self.by_content and row is not None and not newer and row[2] == r.agency
                and row[3] not in TOMBSTONES):
            verdict = self._compare(r, row[0])
            if verdict == "older":
                self._stale.add(r.id)
                self._rids.pop(r.id, None)
                counts.unchanged += 1
                return
            if verdict == "changed":
                r.version, newer = row[1] + 1, True
        if row is None or newer:  # only what will be stored is looked at
            self._settle_language(r)
        values = record_row(r, self.import_id)
        if row is None:
            cur = self.conn.execute(
                f"INSERT INTO records ({', '.join(RECORD_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(RECORD_COLUMNS))})", values)
            self._rids[r.id] = cur.lastrowid
            self.touched_rids.add(cur.lastrowid)
            counts.imported += 1
            self.report.new_record_ids.append(r.id)
        else:
            rid, version, agency, status = row
            if status in TOMBSTONES and r.version <= version:
                self._dead.add(r.id)
                self.report.note(Issue(f"record {r.id}", f"was {status} here; this copy "
                                       f"(version {r.version}) is not stored again",
                                       skipped=True))
                return
            self._dead.discard(r.id)
            self._rids[r.id] = rid
            if agency != r.agency:
                # Only the originator may update a record (ARCHITECTURE.md, Import).
                self.report.note(Issue(f"record {r.id}", f"claims to come from {r.agency} but "
                                       f"the stored record is {agency}'s; not changed",
                                       skipped=True))
                return
            if newer:
                self._stale.discard(r.id)
                self._check_markings(r, rid)
                if not supersede:
                    self._keep_old_version(rid, version)
                sets = ", ".join(f"{c} = ?" for c in RECORD_COLUMNS[1:])
                self.conn.execute(f"UPDATE records SET {sets} WHERE rid = ?",
                                  (*values[1:], rid))
                self.touched_rids.add(rid)
                counts.merged += 1
            else:
                counts.unchanged += 1
        self._add_attachments(r)

    def _compare(self, r: Record, rid: int) -> str:
        """'older', 'same' or 'changed': a file's copy of ``r`` against the stored one."""
        cur = self.conn.execute("SELECT * FROM records WHERE rid = ?", (rid,))
        stored = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
        old_stamp = _stamp(json.loads(stored["extra"] or "{}"))
        new_stamp = _stamp(r.extra)
        if old_stamp and new_stamp and new_stamp != old_stamp:
            if new_stamp > old_stamp:
                return "changed"
            self.report.note(Issue(
                f"record {r.id}", f"this copy (modified {new_stamp}) is older than the "
                f"stored version {stored['version']} (modified {old_stamp}); not stored, "
                "nor anything only it names", skipped=True))
            return "older"
        content = _content(dict(zip(RECORD_COLUMNS, record_row(r, None), strict=True)))
        if content == _content(stored):
            return "same"
        # Without stamps, a copy the same as a version already replaced is an old copy.
        for version, data in self.conn.execute(
                "SELECT version, data FROM record_versions WHERE rid = ? ORDER BY version DESC",
                (rid,)):
            try:
                old = json.loads(data)
            except ValueError:
                continue
            if isinstance(old, dict) and _content(old) == content:
                self.report.note(Issue(
                    f"record {r.id}", f"this copy is version {version}, which version "
                    f"{stored['version']} replaced; not stored again, nor anything only it "
                    "names", skipped=True))
                return "older"
        return "changed"

    def _check_markings(self, r: Record, rid: int) -> None:
        """Report (and audit) an update that makes the record more restrictive: it takes
        effect now, for every later share and export (issue 17)."""
        old_tlp, old_handling, old_version = self.conn.execute(
            "SELECT tlp, handling, version FROM records WHERE rid = ?", (rid,)).fetchone()
        raised: dict[str, Any] = {}
        if _raised(TLP_LEVELS, old_tlp, r.tlp):
            raised["tlp"] = [old_tlp, r.tlp]
        if _raised(HANDLING_CODES, old_handling, r.handling):
            raised["handling"] = [old_handling, r.handling]
        if not raised:
            return
        entry = {"record_id": r.id, "version": r.version, **raised}
        self.report.markings_raised.append(entry)
        what = " and ".join(f"{'TLP' if k == 'tlp' else 'handling code'} "
                            f"{old or 'none'} → {new}" for k, (old, new) in raised.items())
        self.report.note(Issue(f"record {r.id}", f"marking raised by the originator's update "
                               f"(version {old_version} → {r.version}): {what}; applied now"))
        if self.actor:
            audit.append(self.conn, self.actor, "record.marking_raised", r.id,
                         {"version": r.version, "previous_version": old_version,
                          **raised, "import_id": self.import_id})

    def _settle_language(self, r: Record) -> None:
        """The language the file states, as a code; else the one its text is written in."""
        stated = r.language
        r.language = language.normalise(stated)
        if stated and r.language is None:
            self.report.note(Issue(f"record {r.id}", f"language {stated[:40]!r} is not a "
                                   "language code or name; detected from the text instead"))
        if r.language is None:
            r.language = language.detect_record(r.title, r.narrative)

    def _keep_old_version(self, rid: int, version: int) -> None:
        cur = self.conn.execute("SELECT * FROM records WHERE rid = ?", (rid,))
        names = [d[0] for d in cur.description]
        data = dict(zip(names, cur.fetchone(), strict=True))
        self.conn.execute("INSERT OR IGNORE INTO record_versions (rid, version, data) "
                          "VALUES (?, ?, ?)", (rid, version, json.dumps(data, default=str)))

    def _add_attachments(self, r: Record) -> None:
        rid = self._rids[r.id]
        for a in r.attachments:
            self.conn.execute("INSERT OR IGNORE INTO attachments (sha256, size, media_type, data)"
                              " VALUES (?, ?, ?, ?)", (a.sha256, a.size, a.media_type, a.data))
            self.conn.execute("INSERT OR IGNORE INTO record_attachments (rid, sha256, name) "
                              "VALUES (?, ?, ?)", (rid, a.sha256, a.name))

    def _provenance(self, table: str, key: str, row_id: int, record_ids: list[str],
                    where: str, touched: set[int] | None = None, defer: bool = False
                    ) -> int:
        """Link a row to its records; returns how many links were new (their rids → ``touched``).
        ``defer``: a new entity's links, all new, written by flush()."""
        added = 0
        linked: set[int] = set()
        for record_id in record_ids:
            rid = self.record_rid(record_id)
            if rid is None and (record_id in self._dead or record_id in self._stale):
                continue  # a tombstone gains nothing, nor a record from an older copy
            if rid is None:
                self.report.note(Issue(where, f"names record {record_id}, which is neither in "
                                       "this file nor in the store"))
                continue
            if defer:
                new = rid not in linked
                if new:
                    linked.add(rid)
                    self._entity_records.append((row_id, rid))
            else:
                new = self.conn.execute(f"INSERT OR IGNORE INTO {table} ({key}, rid) "
                                        "VALUES (?, ?)", (row_id, rid)).rowcount
            added += new
            if new and touched is not None:
                touched.add(rid)
        return added

    # -- entities -----------------------------------------------------------------------

    def add_entity(self, e: Entity) -> None:
        counts = self.report.counts["entities"]
        if self._only_tombstones(e.record_ids, f"entity {e.id}"):
            return
        row = self._entities.get(e.id)
        if row is None:
            if e.id in self._entities_ahead:  # read ahead by the merge (prefetch_entities)
                row = self._entities_ahead.pop(e.id)
                if row is not None:
                    row = (row[0], row[1], row[2])
                    self._remember_entity(e.id, row)
            else:
                row = self._entity_row(e.id)
        if row and not same_kind(row[2], e.schema):
            e, row = self._apart(e, row[2])
            self._entities_ahead.pop(e.id, None)  # stored now: read afresh if named again
        new = row is None
        if new:
            eid = self.conn.execute(
                "INSERT INTO entities (id, schema, caption, source_ref) VALUES (?, ?, ?, ?)",
                (e.id, e.schema, e.caption, e.source_ref)).lastrowid
            self._remember_entity(e.id, (eid, e.source_ref, e.schema))
            self._created.add(eid)
        else:
            eid = row[0]
            if e.source_ref and not row[1]:  # stored before source ids were kept
                self.conn.execute("UPDATE entities SET source_ref = ? WHERE eid = ?",
                                  (e.source_ref, eid))
                self._remember_entity(e.id, (eid, e.source_ref, row[2]))
        changed = 0
        rows = [(eid, prop, v.raw, v.value, v.kind, int(v.valid), v.note)
                for prop, values in e.properties.items() for v in values]
        if new and self.defer_values:  # nothing to count; written by flush()
            self._values.extend(rows)
        elif rows:
            self.flush()  # a second copy counts what it adds to the first's values
            # One statement for all of the entity's values; rowcount is how many were new.
            changed = max(self.conn.executemany(
                "INSERT OR IGNORE INTO entity_values (eid, prop, raw, value, kind, valid, "
                "note) VALUES (?, ?, ?, ?, ?, ?, ?)", rows).rowcount, 0)
        if new or changed:
            self.touched_eids.add(eid)
        changed += self._provenance("entity_records", "eid", eid, e.record_ids,
                                    f"entity {e.id}", self.touched_rids,
                                    defer=new and self.defer_values)
        if changed and not new and (eid not in self._created or eid <= self._xref_mark):
            # A new value or a new agency can make pairs the last comparison could not.
            self.conn.execute("INSERT OR IGNORE INTO xref_pending (eid) VALUES (?)", (eid,))
        if new:
            counts.imported += 1
        elif changed:
            counts.merged += 1
        else:
            counts.unchanged += 1

    MAX_REMEMBERED = 200_000

    def _entity_row(self, entity_id: str) -> tuple[int, str | None, str] | None:
        row = self._entities.get(entity_id)
        if row is None:
            found = self.conn.execute("SELECT eid, source_ref, schema FROM entities "
                                      "WHERE id = ?", (entity_id,)).fetchone()
            if found:
                row = (found[0], found[1], found[2])
                self._remember_entity(entity_id, row)
        return row

    def _remember_entity(self, entity_id: str, row: tuple[int, str | None, str]) -> None:
        if len(self._entities) >= self.MAX_REMEMBERED:
            self._entities.clear()
        self._entities[entity_id] = row

    def _apart(self, e: Entity, stored: str) -> tuple[Entity, Any]:
        """An entity whose id already names one of another kind (a Company and a Person
        both 'x1'): kept as an entity of its own under an id derived from both, flagged,
        never merged into the other (issue 17). References to the id still reach the
        entity stored first."""
        apart = Entity(stable_id(e.id, "schema", e.schema), e.schema, e.properties,
                       e.record_ids, e.source_ref)
        if (e.id, e.schema) not in self._apart_noted:
            self._apart_noted.add((e.id, e.schema))
            shown = e.source_ref or e.id
            self.report.note(Issue(
                f"entity {e.id} ({e.schema})",
                f"the id {shown} also names a {stored}; this {e.schema} is kept as an entity "
                f"of its own ({apart.id}), not merged into it; links and references to "
                f"{shown} stay with the {stored}"))
        return apart, self._entity_row(apart.id)

    # -- links and events ---------------------------------------------------------------

    def add_link(self, link: Link) -> None:
        counts = self.report.counts["links"]
        if self._only_tombstones(link.record_ids, f"link {link.id}"):
            return
        row = self.conn.execute("SELECT lid FROM links WHERE id = ?", (link.id,)).fetchone()
        if row is None:
            lid = self.conn.execute(
                "INSERT INTO links (id, schema, source_id, target_id, start, start_precision, "
                "end, end_precision, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (link.id, link.schema, link.source_id, link.target_id, *_date(link.start),
                 *_date(link.end), json.dumps(link.properties, ensure_ascii=False,
                                              sort_keys=True))).lastrowid
            self._provenance("link_records", "lid", lid, link.record_ids, f"link {link.id}")
            counts.imported += 1
            return
        added = self._provenance("link_records", "lid", row[0], link.record_ids,
                                 f"link {link.id}")
        if added:
            counts.merged += 1
        else:
            counts.unchanged += 1

    def add_event(self, ev: Event) -> None:
        counts = self.report.counts["events"]
        if self._only_tombstones(ev.record_ids, f"event {ev.id}"):
            return
        row = self.conn.execute("SELECT vid FROM events WHERE id = ?", (ev.id,)).fetchone()
        new = row is None
        if new:
            vid = self.conn.execute(
                "INSERT INTO events (id, name, start, start_precision, end, end_precision, "
                "place, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (ev.id, ev.name, *_date(ev.start), *_date(ev.end), ev.place,
                 json.dumps(ev.properties, ensure_ascii=False, sort_keys=True))).lastrowid
        else:
            vid = row[0]
        added = 0
        if ev.involved:
            added = max(0, self.conn.executemany(
                "INSERT OR IGNORE INTO event_entities (vid, entity_id, role) VALUES (?, ?, ?)",
                [(vid, entity_id, role) for entity_id, role in ev.involved]).rowcount)
        added += self._provenance("event_records", "vid", vid, ev.record_ids, f"event {ev.id}")
        if new:
            counts.imported += 1
        elif added:
            counts.merged += 1
        else:
            counts.unchanged += 1
