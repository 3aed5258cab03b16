"""Records, entities, links, events and retractions as package JSON lines, both ways.

Writing is deterministic (sorted keys, no spaces). Reading validates every field
against the model: required fields, types, sizes and the controlled vocabularies
(TLP, handling codes, grading, status, date precisions). Unknown fields are refused:
a newer format has a newer version number. Error messages name the line and the
field, never the value, because they end up in the audit log and the quarantine list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from liaison.exchange.errors import PackageRefused
from liaison.model.limits import MAX_NARRATIVE_CHARS, MAX_SHORT_CHARS, MAX_TEXT_CHARS
from liaison.model.records import Attachment, Entity, Event, Link, PropertyValue, Record
from liaison.model.values import (
    HANDLING_CODES,
    INFORMATION_ASSESSMENT,
    PRECISIONS,
    RECORD_STATUSES,
    SOURCE_RELIABILITY,
    TLP_LEVELS,
    DateValue,
)

ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}")
SCHEMA = re.compile(r"[A-Z][A-Za-z]{0,63}")
PROP = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
_DATE = {
    "year": re.compile(r"\d{4}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "minute": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z?"),
    "second": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?"),
}
# The caps every import cuts to (model.limits), so whatever was imported can be shared.
SHORT, MEDIUM, LONG = MAX_SHORT_CHARS, MAX_TEXT_CHARS, MAX_NARRATIVE_CHARS


@dataclass
class Retraction:
    """The originator withdraws a record: erase its content, keep a tombstone at ``version``."""

    record_id: str
    version: int
    reason: str
    retracted: str


def dumps(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _date(d: DateValue | None) -> dict[str, str] | None:
    return {"value": d.value, "precision": d.precision} if d else None


def record_json(r: Record) -> dict[str, Any]:
    return {
        "kind": "record", "id": r.id, "agency": r.agency, "country": r.country.upper(),
        "reference": r.reference, "title": r.title, "narrative": r.narrative,
        "language": r.language, "reported": _date(r.reported), "handling": r.handling,
        "handling_conditions": r.handling_conditions, "tlp": r.tlp,
        "reliability": r.reliability, "assessment": r.assessment,
        "legal_basis": r.legal_basis, "purpose": r.purpose,
        "review_date": _date(r.review_date), "version": r.version, "status": r.status,
        "attachments": [{"sha256": a.sha256, "name": a.name, "media_type": a.media_type,
                         "size": a.size} for a in r.attachments],
        "extra": r.extra,
    }


def entity_json(e: Entity, record_ids: list[str]) -> dict[str, Any]:
    # Only what the source wrote travels: the receiver normalises again with its own
    # rules, rather than trusting the sender's comparable forms.
    props = {p: [{"raw": v.raw, "kind": "entity"} if v.kind == "entity" else {"raw": v.raw}
                 for v in values] for p, values in e.properties.items() if values}
    return {"kind": "entity", "id": e.id, "schema": e.schema, "properties": props,
            "record_ids": record_ids}


def link_json(link: Link, record_ids: list[str]) -> dict[str, Any]:
    return {"kind": "link", "id": link.id, "schema": link.schema, "source_id": link.source_id,
            "target_id": link.target_id, "start": _date(link.start), "end": _date(link.end),
            "properties": link.properties, "record_ids": record_ids}


def event_json(ev: Event, record_ids: list[str]) -> dict[str, Any]:
    return {"kind": "event", "id": ev.id, "name": ev.name, "start": _date(ev.start),
            "end": _date(ev.end), "place": ev.place,
            "involved": [[entity, role] for entity, role in ev.involved],
            "properties": ev.properties, "record_ids": record_ids}


def retraction_json(r: Retraction) -> dict[str, Any]:
    return {"record_id": r.record_id, "version": r.version, "reason": r.reason,
            "retracted": r.retracted}


# --- reading -----------------------------------------------------------------------------


class _Fields:
    """Typed access to one JSON object, with refusals naming the line and field."""

    def __init__(self, obj: Any, where: str, allowed: set[str]) -> None:
        if not isinstance(obj, dict):
            raise self.fail(where, "is not a JSON object")
        unknown = set(obj) - allowed
        if unknown:
            raise self.fail(where, f"has unknown field(s) {', '.join(sorted(unknown))[:200]}")
        self.obj, self.where = obj, where

    @staticmethod
    def fail(where: str, message: str) -> PackageRefused:
        return PackageRefused("record", f"{where} {message}.")

    def text(self, key: str, limit: int = SHORT, *, required: bool = True,
             empty: bool = True) -> str:
        value = self.obj.get(key, None if required else "")
        if not isinstance(value, str):
            raise self.fail(self.where, f"field '{key}' is missing or not text")
        if len(value) > limit:
            raise self.fail(self.where, f"field '{key}' is longer than {limit:,} characters")
        if not empty and not value.strip():
            raise self.fail(self.where, f"field '{key}' is empty")
        return value

    def optional(self, key: str, allowed: tuple[str, ...] | None = None,
                 limit: int = SHORT) -> str | None:
        value = self.obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > limit:
            raise self.fail(self.where, f"field '{key}' is not text of at most {limit} "
                            "characters")
        if allowed is not None and value not in allowed:
            raise self.fail(self.where, f"field '{key}' is not one of {', '.join(allowed)}")
        return value

    def ident(self, key: str) -> str:
        value = self.obj.get(key)
        if not isinstance(value, str) or not ID.fullmatch(value):
            raise self.fail(self.where, f"field '{key}' is not a valid identifier")
        return value

    def ids(self, key: str) -> list[str]:
        value = self.obj.get(key)
        if not isinstance(value, list) or not all(
                isinstance(v, str) and ID.fullmatch(v) for v in value):
            raise self.fail(self.where, f"field '{key}' is not a list of identifiers")
        return value

    def date(self, key: str) -> DateValue | None:
        value = self.obj.get(key)
        if value is None:
            return None
        if (not isinstance(value, dict) or set(value) != {"value", "precision"}
                or value["precision"] not in PRECISIONS
                or not isinstance(value["value"], str)
                or not _DATE[value["precision"]].fullmatch(value["value"])):
            raise self.fail(self.where, f"field '{key}' is not a date with a precision "
                            f"({', '.join(PRECISIONS)})")
        return DateValue(value["value"], value["precision"])

    def integer(self, key: str, minimum: int = 1) -> int:
        value = self.obj.get(key)
        if type(value) is not int or value < minimum or value > 1 << 31:
            raise self.fail(self.where, f"field '{key}' is not a whole number from {minimum}")
        return value

    def mapping(self, key: str) -> dict[str, list[str]]:
        value = self.obj.get(key, {})
        if not isinstance(value, dict) or not all(
                isinstance(k, str) and PROP.fullmatch(k) and isinstance(v, list)
                and all(isinstance(s, str) and len(s) <= MEDIUM for s in v)
                for k, v in value.items()):
            raise self.fail(self.where, f"field '{key}' is not a map of property names to "
                            "lists of text")
        return value


# "signature": the originator's detached signature over the record (signatures.py),
# read by the opener, never part of the record itself.
_RECORD_FIELDS = set(record_json(Record("x", "a", "NL", "r", "t"))) | {"signature"}


def parse_record(obj: Any, where: str) -> tuple[Record, dict[str, int]]:
    """The record, and the size it declares for each attachment (checked by the opener)."""
    f = _Fields(obj, where, _RECORD_FIELDS)
    country = f.text("country", 2, empty=False).upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise f.fail(where, "field 'country' is not a two-letter country code")
    attachments = []
    raw_attachments = obj.get("attachments", [])
    if not isinstance(raw_attachments, list):
        raise f.fail(where, "field 'attachments' is not a list")
    for i, att in enumerate(raw_attachments):
        a = _Fields(att, f"{where} attachment {i + 1}", {"sha256", "name", "media_type",
                                                          "size"})
        sha = a.text("sha256", 64)
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise a.fail(a.where, "field 'sha256' is not a SHA-256 in lower-case hex")
        attachments.append((Attachment(sha, a.text("name", SHORT, empty=False),
                                        a.text("media_type", 255, empty=False)),
                            a.integer("size", 0)))
    extra = obj.get("extra", {})
    if not isinstance(extra, dict) or (extra and len(dumps(extra)) > MEDIUM * 8):
        raise f.fail(where, "field 'extra' is not a JSON object of at most 64 KiB")
    record = Record(
        id=f.ident("id"), agency=f.text("agency", SHORT, empty=False), country=country,
        reference=f.text("reference"), title=f.text("title", MEDIUM),
        narrative=f.text("narrative", LONG), language=f.optional("language", limit=16),
        reported=f.date("reported"), handling=f.optional("handling", HANDLING_CODES),
        handling_conditions=f.text("handling_conditions", MEDIUM, required=False),
        tlp=f.optional("tlp", TLP_LEVELS),
        reliability=f.optional("reliability", SOURCE_RELIABILITY),
        assessment=f.optional("assessment", INFORMATION_ASSESSMENT),
        legal_basis=f.text("legal_basis", MEDIUM, required=False),
        purpose=f.text("purpose", MEDIUM, required=False), review_date=f.date("review_date"),
        version=f.integer("version"), status=f.optional("status", RECORD_STATUSES) or "active",
        attachments=[a for a, _ in attachments], extra=extra)
    return record, {a.sha256: size for a, size in attachments}


def parse_entity(obj: Any, where: str) -> Entity:
    f = _Fields(obj, where, {"kind", "id", "schema", "properties", "record_ids"})
    schema = f.text("schema", 64)
    if not SCHEMA.fullmatch(schema):
        raise f.fail(where, "field 'schema' is not an entity schema name")
    props = obj.get("properties")
    if not isinstance(props, dict):
        raise f.fail(where, "field 'properties' is not an object")
    entity = Entity(f.ident("id"), schema, record_ids=f.ids("record_ids"))
    for prop, values in props.items():
        if not isinstance(prop, str) or not PROP.fullmatch(prop) or not isinstance(values, list):
            raise f.fail(where, "has a property that is not a name with a list of values")
        kept, seen = [], set()
        # Checked inline rather than through _Fields: entities outnumber records.
        for value in values:
            raw = value.get("raw") if isinstance(value, dict) else None
            kind = value.get("kind") if isinstance(value, dict) else None
            if (not isinstance(raw, str) or not raw.strip() or len(raw) > MEDIUM
                    or not value.keys() <= {"raw", "kind"} or kind not in (None, "entity")
                    or (kind == "entity" and not ID.fullmatch(raw))):
                raise f.fail(f"{where} property {prop}", "has a value that is not text of at "
                             f"most {MEDIUM:,} characters (or a valid entity reference)")
            if raw not in seen:
                seen.add(raw)
                kept.append(PropertyValue(raw=raw, value=raw, kind=kind))
        if kept:
            entity.properties[prop] = kept
    return entity


def parse_link(obj: Any, where: str) -> Link:
    f = _Fields(obj, where, {"kind", "id", "schema", "source_id", "target_id", "start", "end",
                             "properties", "record_ids"})
    schema = f.text("schema", 64)
    if not SCHEMA.fullmatch(schema):
        raise f.fail(where, "field 'schema' is not a link schema name")
    return Link(f.ident("id"), schema, f.ident("source_id"), f.ident("target_id"),
                f.date("start"), f.date("end"), f.mapping("properties"), f.ids("record_ids"))


def parse_event(obj: Any, where: str) -> Event:
    f = _Fields(obj, where, {"kind", "id", "name", "start", "end", "place", "involved",
                             "properties", "record_ids"})
    involved = obj.get("involved", [])
    if not isinstance(involved, list) or not all(
            isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and ID.fullmatch(p[0])
            and isinstance(p[1], str) and len(p[1]) <= 64 for p in involved):
        raise f.fail(where, "field 'involved' is not a list of [entity id, role] pairs")
    return Event(f.ident("id"), f.text("name", MEDIUM), f.date("start"), f.date("end"),
                 f.text("place", MEDIUM, required=False), [(e, r) for e, r in involved],
                 f.mapping("properties"), f.ids("record_ids"))


def parse_retraction(obj: Any, where: str) -> Retraction:
    f = _Fields(obj, where, {"record_id", "version", "reason", "retracted"})
    retracted = f.text("retracted", 40)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", retracted):
        raise f.fail(where, "field 'retracted' is not a UTC time")
    return Retraction(f.ident("record_id"), f.integer("version", 2),
                      f.text("reason", MEDIUM), retracted)


PARSERS = {"entity": parse_entity, "link": parse_link, "event": parse_event}


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def parse_line(line: str, where: str) -> Any:
    """One line's JSON value (NaN and Infinity are not JSON)."""
    try:
        return json.loads(line, parse_constant=_no_constants)
    except (ValueError, RecursionError) as exc:
        raise PackageRefused("record", f"{where} is not valid JSON.") from exc


def lines(data: bytes, name: str) -> list[tuple[str, Any]]:
    """The JSON objects of a JSON-lines entry, each with where it is ('records.jsonl line 3')."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageRefused("record", f"{name} is not UTF-8 text (byte {exc.start}).") from exc
    return [(f"{name} line {number}", parse_line(line, f"{name} line {number}"))
            for number, line in enumerate(text.split("\n"), 1) if line.strip()]
