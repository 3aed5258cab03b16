"""A redacted export as a STIX 2.1 bundle, with TLP 2.0 marking definitions.

Each record is a ``report`` (name = title, description = narrative) marked with its TLP
(the OASIS TLP 2.0 marking definitions, included in the bundle) and with a ``statement``
marking stating its Europol handling code and grading; persons and organisations are
``identity`` objects; other entities (vehicles, accounts...) are ``x-liaison-entity``
custom objects; links are ``relationship`` objects and events ``note`` objects naming
the entities involved. Every object carries its record's markings.

Round trips (issue 17): a relationship keeps the type it was imported with (its
``relationship`` property), else one named after the link's schema; records, links and
entities keep the ``created``/``modified`` of the STIX objects they came from, where
known. ``x_liaison_schema``/``x_liaison_properties`` (entities, relationships) and
``x_liaison_event`` (notes) let our STIX reader restore each item exactly, and
``x_liaison_references`` an entity's references to others of the bundle; it reads
``x_liaison_handling`` and ``x_liaison_grading`` of reports back as markings.
These custom properties and ``x-liaison-entity`` are declared by Liaison's fixed
extension definition (:mod:`liaison.formats.stix.extension`), which every bundle carries.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from liaison.formats.export.contents import ExportSet, grading, write_attachments, write_file
from liaison.formats.stix.extension import definition_objects, uses_extension
from liaison.model.records import Entity, Record

# OASIS TLP 2.0 marking definitions (extension-definition--60a3c5c5-...).
TLP_2_0 = {
    "CLEAR": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "GREEN": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "AMBER": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "AMBER+STRICT": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "RED": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
HANDLING_MEANING = {
    "H0": "law-enforcement use only",
    "H1": "not to be used in judicial proceedings without the originator's permission",
    "H2": "not to be disseminated without the originator's consent",
    "H3": "other restrictions apply, as stated in the handling conditions",
}
_IDENTITY_CLASS = {"Person": "individual", "Organization": "organization",
                   "Company": "organization", "PublicBody": "organization",
                   "LegalEntity": "unknown"}
_RELATIONSHIP = {"Associate": "associated-with", "Membership": "member-of",
                 "Ownership": "owns"}
_NS = uuid.UUID("0b8e2b1e-3f1a-4c1e-9a55-6c1f0e7d2a44")
# A relationship type as STIX 2.1 writes them (§4.1: lower case words joined by '-').
_RELATIONSHIP_TYPE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z")


def relationship_type(schema: str, properties: dict[str, list[str]]) -> str:
    """The relationship's STIX type: the one it came with, else one for its schema
    (``Directorship`` → ``directorship``; ``UnknownLink`` → ``related-to``)."""
    for given in properties.get("relationship", []):
        if _RELATIONSHIP_TYPE.fullmatch(given) and len(given) <= 100:
            return given
    if schema in _RELATIONSHIP:
        return _RELATIONSHIP[schema]
    if schema == "UnknownLink":
        return "related-to"
    return re.sub(r"(?<!^)(?=[A-Z])", "-", schema).lower()


def _stamps(values: list[str] | None, created: str) -> tuple[str, str]:
    """(created, modified) from the STIX timestamps an item came with, else ``created``."""
    found = sorted(v for v in values or [] if _TIMESTAMP.fullmatch(v))
    return (found[0], found[-1]) if found else (created, created)


def _uuid(text: str) -> str:
    """The STIX UUID of a store id: the same for every export of it, shaped as the UUIDv4
    STIX 2.1 asks of SDOs (§2.9), and not the store id itself."""
    return str(uuid.UUID(bytes=uuid.uuid5(_NS, text).bytes, version=4))


def _stamp(iso: str) -> str:
    """An ISO UTC time as a STIX timestamp with milliseconds."""
    base = iso.rstrip("Z")
    if "T" not in base:
        base += "T00:00:00"
    base += ":00" * max(0, 2 - base.split("T")[1].count(":"))
    return base[:19] + ".000Z"


def _tlp_definition(tlp: str) -> dict[str, Any]:
    return {"type": "marking-definition", "spec_version": "2.1", "id": TLP_2_0[tlp],
            "created": "2022-10-01T00:00:00.000Z", "name": f"TLP:{tlp}",
            "extensions": {TLP_EXTENSION: {"extension_type": "property-extension",
                                           "tlp_2_0": tlp.lower()}}}


def _statement(record: Record, created: str) -> dict[str, Any]:
    code = record.handling or "none"
    text = f"Europol handling code {code}: {HANDLING_MEANING.get(code, 'not stated')}. " \
           f"Grading {grading(record)}."
    if record.handling_conditions:
        text += f" Conditions: {record.handling_conditions}"
    return {"type": "marking-definition", "spec_version": "2.1",
            "id": f"marking-definition--{_uuid(text)}", "created": created,
            "name": f"Handling {code}, grading {grading(record)}",
            "definition_type": "statement", "definition": {"statement": text}}


def _sdo_id(e: Entity) -> str:
    kind = "identity" if e.schema in _IDENTITY_CLASS else "x-liaison-entity"
    return f"{kind}--{_uuid(e.id)}"


def _entity(e: Entity, created: str, creator: str, marks: list[str],
            sdo_of: dict[str, str]) -> dict[str, Any]:
    # References (addressEntity, holder...) name the referenced object of this bundle;
    # one that does not go with it is left out (issue 17: no dangling ids).
    props = {prop: [v.raw for v in values if v.kind != "entity"]
             for prop, values in e.properties.items()}
    refs = {prop: [sdo_of[v.raw] for v in values if v.kind == "entity" and v.raw in sdo_of]
            for prop, values in e.properties.items()}
    props = {k: v for k, v in props.items() if v}
    refs = {k: v for k, v in refs.items() if v}
    name = (props.get("name") or [e.caption])[0]
    first, last = _stamps([*props.get("created", []), *props.get("modified", [])], created)
    base = {"spec_version": "2.1", "created": first, "modified": last,
            "created_by_ref": creator, "object_marking_refs": marks, "name": name,
            "x_liaison_schema": e.schema, "x_liaison_properties": props,
            **({"x_liaison_references": refs} if refs else {})}
    if e.schema in _IDENTITY_CLASS:
        aliases = props.get("alias", [])
        extra = {"aliases": aliases} if aliases else {}
        return {"type": "identity", "id": _sdo_id(e),
                "identity_class": _IDENTITY_CLASS[e.schema], **extra, **base}
    return {"type": "x-liaison-entity", "id": _sdo_id(e), **base}


def bundle(export: ExportSet) -> dict[str, Any]:
    """The export as one STIX 2.1 bundle (a dict ready for JSON)."""
    created = _stamp(export.created)
    creator = f"identity--{_uuid(export.sender)}"
    objects: list[dict[str, Any]] = [{
        "type": "identity", "spec_version": "2.1", "id": creator, "created": created,
        "modified": created, "name": export.sender, "identity_class": "organization",
        "x_liaison_country": export.sender_country}]
    marks_of: dict[str, list[str]] = {}
    definitions: dict[str, dict[str, Any]] = {}
    for record in export.records:
        tlp = record.tlp or "AMBER"
        statement = _statement(record, created)
        definitions.setdefault(TLP_2_0[tlp], _tlp_definition(tlp))
        definitions.setdefault(statement["id"], statement)
        marks_of[record.id] = [TLP_2_0[tlp], statement["id"]]
    objects += definitions.values()
    objects += definition_objects()

    def marks(record_ids: Iterable[str]) -> list[str]:
        return sorted({m for r in record_ids for m in marks_of.get(r, [])})

    sdo_of = {e.id: _sdo_id(e) for e in export.entities}
    for e in export.entities:
        objects.append(_entity(e, created, creator, marks(e.record_ids), sdo_of))
    members: dict[str, list[str]] = {r.id: [] for r in export.records}
    for e in export.entities:
        for record_id in e.record_ids:
            members.setdefault(record_id, []).append(sdo_of[e.id])
    for link in export.links:
        if link.source_id not in sdo_of or link.target_id not in sdo_of:
            continue
        first, last = _stamps([*link.properties.get("created", []),
                               *link.properties.get("modified", [])], created)
        rel = {"type": "relationship", "spec_version": "2.1",
               "id": f"relationship--{_uuid(link.id)}", "created": first,
               "modified": last, "created_by_ref": creator,
               "relationship_type": relationship_type(link.schema, link.properties),
               "source_ref": sdo_of[link.source_id], "target_ref": sdo_of[link.target_id],
               "description": "; ".join([link.schema] + [f"{k}: {', '.join(v)}" for k, v in
                                                         sorted(link.properties.items())]),
               "object_marking_refs": marks(link.record_ids),
               "x_liaison_schema": link.schema,
               "x_liaison_properties": {k: list(v) for k, v in link.properties.items()}}
        if link.start:
            rel["start_time"] = _stamp(str(link.start))
        if link.end:
            rel["stop_time"] = _stamp(str(link.end))
        objects.append(rel)
        for record_id in link.record_ids:
            members.setdefault(record_id, []).append(rel["id"])
    for event in export.events:
        refs = [sdo_of[e] for e, _ in event.involved if e in sdo_of]
        when = f" on {event.start}" if event.start else ""
        where = f" at {event.place}" if event.place else ""
        note = {"type": "note", "spec_version": "2.1", "id": f"note--{_uuid(event.id)}",
                "created": created, "modified": created, "created_by_ref": creator,
                "abstract": event.name, "content": f"{event.name}{when}{where}",
                "object_refs": refs or [creator], "object_marking_refs": marks(event.record_ids),
                "x_liaison_event": {
                    "name": event.name, "place": event.place,
                    "start": str(event.start) if event.start else None,
                    "end": str(event.end) if event.end else None,
                    "involved": [[sdo_of[e], role] for e, role in event.involved
                                 if e in sdo_of],
                    "properties": {k: list(v) for k, v in event.properties.items()}}}
        objects.append(note)
        for record_id in event.record_ids:
            members.setdefault(record_id, []).append(note["id"])
    for r in export.records:
        published = _stamp(str(r.reported)) if r.reported else created
        first, last = _stamps([str(r.extra.get(k)) for k in ("created", "modified")
                               if r.extra.get(k)], created)
        report = {
            "type": "report", "spec_version": "2.1", "id": f"report--{_uuid(r.id)}",
            "created": first, "modified": last, "created_by_ref": creator,
            "name": r.title or r.reference, "description": r.narrative,
            "published": published, "report_types": ["threat-report"],
            "labels": [f"handling:{r.handling or 'none'}", f"grading:{grading(r)}"],
            "object_refs": members.get(r.id) or [creator],
            "object_marking_refs": marks_of[r.id],
            "external_references": [{"source_name": r.agency, "external_id": r.reference}],
            "x_liaison_country": r.country, "x_liaison_handling": r.handling,
            "x_liaison_grading": grading(r)}
        if r.language:  # the language its text is in; unknown is left out, not guessed
            report["lang"] = r.language
        objects.append(report)
    return {"type": "bundle", "id": f"bundle--{uuid.uuid4()}",
            "objects": [uses_extension(o) for o in objects]}


def write(export: ExportSet, folder: Path, stem: str) -> list[tuple[Path, str]]:
    """Write ``<stem>.stix.json`` (and kept attachments) atomically; (path, sha256) of each."""
    data = json.dumps(bundle(export), ensure_ascii=False, indent=1).encode("utf-8")
    return [write_file(folder / f"{stem}.stix.json", data), *write_attachments(export, folder)]
