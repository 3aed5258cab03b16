"""FollowTheMoney entities as JSON lines: things become entities, interval schemas links or events.

One entity per line: ``{"id", "schema", "properties": {prop: [values]}}``; other top-level
keys (``caption``, ``datasets``, ``referents``...) are ignored. Decisions:

* One :class:`Record` per file, ``stable_id(agency, 'ftm', 'file', file name)``, named after the
  file; the same file sent again with changes (another SHA-256) becomes its next version.
* Every FtM id ``X`` becomes ``stable_id(agency, 'ftm', X)`` for entities, links and events, so
  references resolve across files from the same agency and re-importing adds nothing. The
  entity's own FtM id is not stored (the rule is written in ``Record.extra['id_rule']``);
  entity-typed properties (``addressEntity``, ``holder``...) hold our id with ``kind='entity'``
  and the FtM id in ``note``.
* Interval schemas with two clear ends (:data:`LINK_ENDS`) become links, one per
  (source, target) pair; ``startDate``/``date`` give ``start``, ``endDate`` gives ``end``, the
  other properties are kept as strings. If an end is missing it becomes an :class:`Event`
  involving the ends it has (this is how a Call with only phone numbers arrives).
* ``Identification``/``Passport`` become an entity *and* an ``Identification`` link from the
  holder to the document. Event, Sanction and Trip become events.
* References to ids not in the file are allowed (the entity may already be in the workspace);
  one flagged :class:`Issue` at the end lists them. Unknown schemas are skipped with an Issue.
* Import is all-or-nothing: a line that is not valid UTF-8 or JSON, is truncated, is not an
  entity, or is over ``base.MAX_LINE_BYTES`` raises :class:`FormatError` naming the line.

The generic helpers (:func:`file_digest`, :func:`bounded_lines`, :func:`parse_iso_date`) live in
:mod:`liaison.formats.textio`, shared with the CSV reader, and are re-exported here.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from liaison.formats import base
from liaison.formats.textio import CHUNK_BYTES as CHUNK_BYTES
from liaison.formats.textio import bounded_lines, file_digest, parse_iso_date
from liaison.model.errors import FormatError
from liaison.model.progress import Progress
from liaison.model.records import (
    Entity,
    Event,
    Issue,
    Item,
    Link,
    PropertyValue,
    Record,
    SourceObject,
    stable_id,
)
from liaison.model.values import DateValue, normalise_handling, normalise_tlp

FORMAT = "ftm"

THING_SCHEMAS = frozenset({
    "Thing", "LegalEntity", "Person", "Organization", "Company", "PublicBody", "Address",
    "BankAccount", "CryptoWallet", "UserAccount", "Vehicle", "Vessel", "Airplane", "Asset",
    "RealEstate", "Security", "License", "Contract", "Project", "Position", "CourtCase",
    "Identification", "Passport", "Document", "Article",
})

# Document schemas (FtM's Document and its descendants): each is a record of its own,
# its text the narrative (issue 17). Liaison's own FtM export writes records as Document.
DOCUMENT_SCHEMAS = frozenset({
    "Document", "Page", "Pages", "Table", "Email", "Note", "PlainText", "HyperText",
    "Folder", "Package", "Workbook", "Image", "Video", "Audio", "Message",
})
_TEXT_PROPS = ("bodyText", "description", "summary", "indexText", "bodyHtml")
_TITLE_PROPS = ("title", "subject", "fileName", "name")
_DATE_PROPS = ("date", "authoredAt", "publishedAt", "createdAt", "modifiedAt")
# Entity references of documents whose entities the document is about.
_DOCUMENT_REFS = ("emitters", "recipients", "entity", "mentionedEntities", "parent",
                  "document", "ancestors")
# Values of a document's other properties kept in Record.extra: a package caps ``extra``.
_EXTRA_VALUES, _EXTRA_CHARS = 50, 2000

# Link schema -> (source property, target property): the direction a person reads it.
LINK_ENDS: dict[str, tuple[str, str]] = {
    "Ownership": ("owner", "asset"),
    "Directorship": ("director", "organization"),
    "Membership": ("member", "organization"),
    "Employment": ("employee", "employer"),
    "Family": ("person", "relative"),
    "Associate": ("person", "associate"),
    "Payment": ("payer", "beneficiary"),
    "Representation": ("agent", "client"),
    "UnknownLink": ("subject", "object"),
    "Succession": ("predecessor", "successor"),
    "Debt": ("debtor", "creditor"),
    "Occupancy": ("holder", "post"),
    "Call": ("caller", "receiver"),
}

# Event schema -> the properties naming entities involved (the property is the role).
EVENT_ROLES: dict[str, tuple[str, ...]] = {
    "Event": ("involved", "organizer"),
    "Sanction": ("entity",),
    "Trip": ("vehicle", "startLocation", "endLocation"),
}

IDENTITY_DOCUMENTS = frozenset({"Identification", "Passport"})

# Entity-typed properties of thing schemas and link extras (FtM schema YAML, type: entity).
REF_PROPS = frozenset({
    "addressEntity", "proof", "parent", "holder", "owner", "operator",
    "payerAccount", "beneficiaryAccount",
})

START_PROPS = ("startDate", "date")
END_PROPS = ("endDate",)
PROGRESS_LINES = 1000
MAX_LISTED_DANGLING = 20

def read(path: Path, options: base.ImportOptions, progress: Progress) -> Iterator[Item]:
    """Read a FollowTheMoney JSON-lines file (see the module docstring for the mapping)."""
    sha256, total = file_digest(path, progress)
    agency = options.agency or "unknown"
    record = Record(
        id=stable_id(agency, FORMAT, "file", path.name), agency=agency,
        country=options.country or "",
        reference=path.name, title=f"FollowTheMoney import {path.name}",
        received=parse_iso_date(options.received),
        handling=normalise_handling(options.handling), tlp=normalise_tlp(options.tlp),
        extra={"format": FORMAT, "file": path.name, "sha256": sha256,
               "id_rule": "stable_id(agency, 'ftm', FtM id)"},
    )
    yield record
    converter = _Converter(agency, record.id, record)
    done = 0
    with path.open("rb") as fh:
        for number, raw in bounded_lines(fh, path.name):
            done += len(raw)
            if number % PROGRESS_LINES == 0:
                progress.update(done, total)
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if raw.strip():
                where = f"{path.name}:{number}"
                yield from converter.convert(_parse_line(raw, where), where)
    progress.update(done, total)
    yield from converter.document_mentions()
    yield from converter.dangling(path.name)


def _parse_line(raw: bytes, where: str) -> dict[str, Any]:
    """One line as an FtM entity dict, or FormatError saying what is wrong with it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(f"{where}: not valid UTF-8 (byte {exc.start + 1} of the line)") from None
    try:
        obj = json.loads(text)
    except RecursionError:
        raise FormatError(f"{where}: JSON nested too deeply to be an entity") from None
    except json.JSONDecodeError as exc:
        if not raw.endswith(b"\n"):
            raise FormatError(f"{where}: the file ends in the middle of an entity "
                              f"(truncated?): {exc.msg}") from None
        raise FormatError(f"{where}:{exc.colno}: not valid JSON: {exc.msg}") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("id"), str) or not obj["id"] \
            or not isinstance(obj.get("schema"), str):
        raise FormatError(f"{where}: not a FollowTheMoney entity (needs 'id' and 'schema')")
    if not isinstance(obj.get("properties", {}), dict):
        raise FormatError(f"{where}: 'properties' must be an object of value lists")
    return obj


class _Converter:
    """Turns FtM entity dicts into items, remembering ids to report dangling references."""

    def __init__(self, agency: str, record_id: str, file_record: Record) -> None:
        self.agency = agency
        self.record_id = record_id
        self.file_record = file_record  # the options' markings, for document records
        self.defined: set[str] = set()
        self.referenced: set[str] = set()
        self.schemas: dict[str, str] = {}  # FtM id → schema of the entities defined
        self.documents: dict[str, str] = {}  # FtM id → record id of the documents
        self.mentions: dict[str, list[str]] = {}  # FtM id of an entity → document records

    def uid(self, ftm_id: str) -> str:
        return stable_id(self.agency, FORMAT, ftm_id)

    def ref(self, ftm_id: str) -> str:
        self.referenced.add(ftm_id)
        return self.uid(ftm_id)

    def convert(self, obj: dict[str, Any], where: str) -> Iterator[Item]:
        schema, ftm_id = obj["schema"], obj["id"]
        props, issues = _values(obj.get("properties") or {}, where)
        yield from issues
        if schema in DOCUMENT_SCHEMAS:  # before things: a CSV mapping may make Documents
            yield from self._document(ftm_id, schema, props, obj)
        elif schema in THING_SCHEMAS:
            yield from self._thing(ftm_id, schema, props)
        elif schema in LINK_ENDS:
            yield from self._link(ftm_id, schema, props, where)
        elif schema in EVENT_ROLES:
            yield from self._event(ftm_id, schema, props, EVENT_ROLES[schema], where)
        else:
            # A schema Liaison has no type for (Mention, Assessment, a custom one): a
            # Thing naming it, every property kept (issue 17: nothing dropped).
            props = {**props, "ftmSchema": [schema[:100]]}
            yield from self._thing(ftm_id, "Thing", props)
            yield SourceObject("entity", self.uid(ftm_id), f"ftm {schema[:100]}", ftm_id,
                               obj, [self.record_id], "entity Thing", generic=True)

    def _thing(self, ftm_id: str, schema: str, props: dict[str, list[str]]) -> Iterator[Item]:
        self.defined.add(ftm_id)
        self.schemas[ftm_id] = schema
        # An entity whose proof is a document of this file belongs to that record too.
        proofs = [self.documents[p] for p in props.get("proof", []) if p in self.documents]
        entity = Entity(id=self.uid(ftm_id), schema=schema,
                        record_ids=[self.record_id, *dict.fromkeys(proofs)], source_ref=ftm_id)
        for prop, values in props.items():
            for value in values:
                if prop in REF_PROPS:
                    # Our id in raw too, so normalising from raw cannot lose the reference.
                    uid = self.ref(value)
                    entity.add(prop, PropertyValue(raw=uid, value=uid, kind="entity",
                                                   note=f"FtM id {value}"))
                else:
                    entity.add_raw(prop, value)
        yield entity
        if schema in IDENTITY_DOCUMENTS:
            for holder in props.get("holder", []):
                yield Link(id=stable_id(self.agency, FORMAT, ftm_id, "holder", holder),
                           schema="Identification", source_id=self.ref(holder),
                           target_id=entity.id, record_ids=[self.record_id])

    def _dates(self, props: dict[str, list[str]], where: str) -> tuple[
            DateValue | None, DateValue | None, dict[str, list[str]], list[Issue]]:
        """Start and end from the interval's date properties; the rest of the properties."""
        rest = dict(props)
        found: dict[str, DateValue | None] = {"start": None, "end": None}
        issues = []
        for slot, names in (("start", START_PROPS), ("end", END_PROPS)):
            for name in names:
                values = rest.get(name)
                if not values or found[slot]:
                    continue
                parsed = parse_iso_date(values[0])
                if parsed is None:
                    issues.append(Issue(where, f"{name} {values[0]!r} is not an ISO date; "
                                               "kept as text"))
                    continue
                found[slot] = parsed
                if len(values) > 1:
                    rest[name] = values[1:]
                else:
                    del rest[name]
        return found["start"], found["end"], rest, issues

    def _extras(self, props: dict[str, list[str]], skip: tuple[str, ...]) -> dict[str, list[str]]:
        """Properties kept on a link or event as strings, references rewritten to our ids."""
        return {prop: [self.ref(v) if prop in REF_PROPS else v for v in values]
                for prop, values in props.items() if prop not in skip}

    def _link(self, ftm_id: str, schema: str, props: dict[str, list[str]],
              where: str) -> Iterator[Item]:
        source_prop, target_prop = LINK_ENDS[schema]
        sources, targets = props.get(source_prop, []), props.get(target_prop, [])
        if not sources or not targets:
            yield from self._event(ftm_id, schema, props, (source_prop, target_prop), where)
            return
        start, end, rest, issues = self._dates(props, where)
        yield from issues
        extras = self._extras(rest, (source_prop, target_prop))
        single = len(sources) == 1 and len(targets) == 1
        for source in sources:
            for target in targets:
                link_id = self.uid(ftm_id) if single else stable_id(
                    self.agency, FORMAT, ftm_id, source, target)
                yield Link(id=link_id, schema=schema, source_id=self.ref(source),
                           target_id=self.ref(target), start=start, end=end,
                           properties={k: list(v) for k, v in extras.items()},
                           record_ids=[self.record_id])

    def _event(self, ftm_id: str, schema: str, props: dict[str, list[str]],
               roles: tuple[str, ...], where: str) -> Iterator[Item]:
        start, end, rest, issues = self._dates(props, where)
        yield from issues
        label = next((rest[p][0] for p in ("name", "title", "program", "summary") if rest.get(p)),
                     "")
        name = label if schema == "Event" else f"{schema}: {label}" if label else schema
        place = next((rest[p][0] for p in ("location", "address") if rest.get(p)), "")
        involved = [(self.ref(v), role) for role in roles for v in rest.get(role, [])]
        yield Event(id=self.uid(ftm_id), name=name, start=start, end=end, place=place,
                    involved=involved, properties=self._extras(rest, roles),
                    record_ids=[self.record_id])

    def _document(self, ftm_id: str, schema: str, props: dict[str, list[str]],
                  obj: dict[str, Any]) -> Iterator[Item]:
        """A document (Document, Page, Table, Email, Note...) as a record of its own:
        title, text, date; its markings from Liaison's own keywords (``TLP:AMBER``, ``H1``,
        ``grading B2``) else the file's; the other properties in ``extra``."""
        base = self.file_record
        record_id = self.uid(ftm_id)
        self.documents[ftm_id] = record_id
        title = next((props[p][0] for p in _TITLE_PROPS if props.get(p)), f"{schema} {ftm_id}")
        narrative = "\n\n".join(v for p in _TEXT_PROPS for v in props.get(p, []))
        reported = next((d for p in _DATE_PROPS for d in map(parse_iso_date, props.get(p, []))
                         if d), None)
        handling, tlp, grading = _markings(props.get("keywords", []))
        used = {*_TEXT_PROPS, *_DATE_PROPS[:1]} | ({"title"} if props.get("title") else set())
        kept = {p: [v[:_EXTRA_CHARS] for v in values[:_EXTRA_VALUES]]
                for p, values in props.items() if p not in used}
        record = Record(
            id=record_id, agency=base.agency, country=base.country, reference=ftm_id[:512],
            title=title, narrative=narrative, reported=reported, received=base.received,
            handling=handling or base.handling, tlp=tlp or base.tlp,
            reliability=grading[0] if grading else None,
            assessment=grading[1] if grading else None,
            extra={"format": FORMAT, "ftm_schema": schema, "ftm_id": ftm_id,
                   "file": base.extra.get("file"), "properties": kept})
        yield record
        yield SourceObject("record", record_id, f"ftm {schema}", ftm_id, obj, [record_id],
                           "record")
        for prop in _DOCUMENT_REFS:
            for ref in props.get(prop, []):
                self.referenced.add(ref)
                self.mentions.setdefault(ref, []).append(record_id)

    def document_mentions(self) -> Iterator[Item]:
        """The entities documents name (sender, recipients, what a note is about) gain
        the document's record: read at the end, once each entity's schema is known."""
        for ftm_id, record_ids in self.mentions.items():
            if ftm_id in self.schemas:
                yield Entity(self.uid(ftm_id), self.schemas[ftm_id],
                             record_ids=list(dict.fromkeys(record_ids)), source_ref=ftm_id)

    def dangling(self, where: str) -> Iterator[Issue]:
        missing = sorted(self.referenced - self.defined - set(self.documents))
        if missing:
            listed = ", ".join(missing[:MAX_LISTED_DANGLING])
            more = f" and {len(missing) - MAX_LISTED_DANGLING} more" \
                if len(missing) > MAX_LISTED_DANGLING else ""
            yield Issue(where, f"{len(missing)} referenced FtM ids are not in this file (they may "
                               f"already be in the workspace): {listed}{more}")


def _markings(keywords: list[str]) -> tuple[str | None, str | None, str | None]:
    """Handling, TLP and grading ('B2') from the keywords Liaison's FtM export writes."""
    handling = tlp = grading = None
    for word in keywords:
        text = word.strip()
        if normalise_handling(text):
            handling = normalise_handling(text)
        elif text.upper().startswith("TLP:") and normalise_tlp(text):
            tlp = normalise_tlp(text)
        elif text.lower().startswith("grading ") and len(text) == 10 \
                and text[8] in "ABCX" and text[9] in "1234":
            grading = text[8:]
    return handling, tlp, grading


def _values(raw_props: dict[str, Any], where: str) -> tuple[dict[str, list[str]], list[Issue]]:
    """Property values as lists of non-empty strings; a nested value is dropped and flagged."""
    props: dict[str, list[str]] = {}
    issues = []
    for prop, values in raw_props.items():
        items = values if isinstance(values, list) else [values]
        kept = []
        for value in items:
            if isinstance(value, dict | list):
                issues.append(Issue(where, f"property {prop!r} holds a nested value; dropped"))
            elif value is not None and str(value).strip():
                kept.append(str(value).strip())
        if kept:
            props[str(prop)] = kept
    return props, issues
