"""Records, entities, links and events: the plain data every layer passes around.

Schema and property names follow FollowTheMoney (FtM) where it has them, so FtM
data round-trips; the FtM library itself is not a dependency.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from liaison.model.values import DateValue

# Namespace for deterministic ids: the same source object always gets the same
# id, which is what makes re-importing a file add nothing.
ID_NAMESPACE = uuid.UUID("6f1f3c2e-8a4b-4c55-9e1d-2b7a9c0d4e51")


def stable_id(*parts: str) -> str:
    """A UUIDv5 from the parts (e.g. agency, format, the object's id in the source)."""
    return str(uuid.uuid5(ID_NAMESPACE, "\x1f".join(parts)))


@dataclass
class Attachment:
    """A file that came with a record, stored by content (SHA-256)."""

    sha256: str
    name: str
    media_type: str
    data: bytes = b""

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class Record:
    """One piece of received intelligence, as its originator sent it."""

    id: str
    agency: str
    country: str
    reference: str
    title: str
    narrative: str = ""
    language: str | None = None
    reported: DateValue | None = None
    received: DateValue | None = None
    handling: str | None = None
    handling_conditions: str = ""
    tlp: str | None = None
    reliability: str | None = None
    assessment: str | None = None
    legal_basis: str = ""
    purpose: str = ""
    review_date: DateValue | None = None
    version: int = 1
    status: str = "active"
    attachments: list[Attachment] = field(default_factory=list)
    # Format-specific facts worth keeping (MISP distribution, STIX ids, ...).
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PropertyValue:
    """One value of a property: what the source wrote, and its comparable form.

    ``valid`` is False when the value failed validation (bad checksum, not a
    phone number...); it is kept and flagged, never dropped. ``kind`` names the
    normaliser used ('phone', 'iban', 'name', ...), None for free text.
    """

    raw: str
    value: str
    kind: str | None = None
    valid: bool = True
    note: str = ""


@dataclass
class Entity:
    """A person, organisation, vehicle, account... with multi-valued properties."""

    id: str
    schema: str
    properties: dict[str, list[PropertyValue]] = field(default_factory=dict)
    record_ids: list[str] = field(default_factory=list)
    # The id the entity has in the partner's own file (FtM id, STIX id, MISP uuid, CSV row
    # key), so a hit can be traced back to it; our id is derived from it (stable_id).
    source_ref: str = ""

    def add(self, prop: str, value: PropertyValue) -> None:
        values = self.properties.setdefault(prop, [])
        if all(v.raw != value.raw for v in values):
            values.append(value)

    def add_raw(self, prop: str, raw: object) -> None:
        """Add a value as the source wrote it; the import pipeline normalises it later."""
        text = str(raw).strip() if raw is not None else ""
        if text:
            self.add(prop, PropertyValue(raw=text, value=text))

    def first(self, prop: str) -> str | None:
        values = self.properties.get(prop)
        return values[0].raw if values else None

    @property
    def caption(self) -> str:
        for prop in ("name", "title", "registrationNumber", "iban", "number", "full",
                     "email", "phone", "publicKey", "address"):
            value = self.first(prop)
            if value:
                return value
        return self.schema


@dataclass
class Link:
    """A typed relation between two entities (FtM interval schemas)."""

    id: str
    schema: str
    source_id: str
    target_id: str
    start: DateValue | None = None
    end: DateValue | None = None
    properties: dict[str, list[str]] = field(default_factory=dict)
    record_ids: list[str] = field(default_factory=list)


@dataclass
class Event:
    """Something that happened at a time (with precision) and place."""

    id: str
    name: str
    start: DateValue | None = None
    end: DateValue | None = None
    place: str = ""
    involved: list[tuple[str, str]] = field(default_factory=list)  # (entity id, role)
    properties: dict[str, list[str]] = field(default_factory=dict)
    record_ids: list[str] = field(default_factory=list)


@dataclass
class Issue:
    """Something an importer flagged or skipped, with where it is in the file."""

    where: str
    message: str
    skipped: bool = False


@dataclass
class SourceObject:
    """An object of the partner's file exactly as it came (a STIX object, a MISP attribute
    or object, an FtM entity), kept beside what it became for provenance and round trips
    (issue 17). ``item_kind`` and ``item_id`` name that item (record, entity, link, event;
    ``flagged`` for what became nothing of ours, such as a MISP proposal); ``target`` says
    what it became for the import report ("entity Thing", "link UnknownLink"), ``generic``
    when Liaison has no type of its own for it."""

    item_kind: str
    item_id: str
    source_type: str            # "stix attack-pattern", "misp Attribute ip-dst", ...
    source_id: str              # its id in the file (STIX id, MISP uuid, FtM id)
    data: Any                   # the JSON value as the file had it
    record_ids: list[str] = field(default_factory=list)
    target: str = ""
    modified: str | None = None  # the source's stamp, so an older copy never replaces it
    generic: bool = False


Item = Record | Entity | Link | Event | Issue | SourceObject
