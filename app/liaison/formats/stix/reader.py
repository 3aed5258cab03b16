"""STIX 2.1 bundles as records, entities, links and events.

Mapping (see also :mod:`liaison.formats.stix.objects`):

* report, grouping → one Record each (title = name, narrative = description,
  reported = published or created); the objects in ``object_refs`` (and the SCOs
  of observed-data listed there) get its record id. Objects outside every report,
  or every object of a bundle without one, belong to a Record for the bundle.
* identity → Person (individual), Organization (organization, group) or
  LegalEntity; the identity most objects name in ``created_by_ref`` is the
  source agency unless the import options give one.
* threat-actor, intrusion-set → Organization; malware, tool → Thing; location →
  Address; indicator → Thing (UserAccount for e-mail patterns) keeping
  ``pattern`` and the observables of its equality comparisons; SCOs → Thing or
  UserAccount with identifier properties.
* relationship → Link (``relationship`` property; UnknownLink unless it is a
  membership, ownership or association); observed-data and sighting → Event.
* TLP marking definitions (by definition or by the well-known ids) → the most
  restrictive TLP of what a record contains; other markings → ``extra['markings']``.

Ids are ``stable_id(agency, 'stix', stix id)``. Unknown object types are skipped
with an Issue; a file that is not a bundle of objects raises FormatError.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from liaison.formats.base import ImportOptions
from liaison.formats.cti import (
    Source,
    as_plain,
    as_text,
    link_schema,
    most_restrictive,
    resolve_source,
    source_stamp,
)
from liaison.formats.json_document import json_type, load_json_document
from liaison.formats.stix.extension import definition_objects
from liaison.formats.stix.markings import Markings
from liaison.formats.stix.objects import (
    ENTITY_TYPES,
    META_TYPES,
    build_entity,
    is_entity_type,
    sco_label,
    stix_time,
)
from liaison.formats.textio import parse_iso_date
from liaison.model.errors import FormatError
from liaison.model.progress import Progress
from liaison.model.records import Event, Issue, Item, Link, Record, SourceObject, stable_id
from liaison.model.values import normalise_handling

_CONTAINERS = ("report", "grouping")
# The identity and extension definition every Liaison export carries, exactly as written:
# bookkeeping like the TLP marking definitions, no party of the case. A changed copy is
# read like any other object.
_OURS = {o["id"]: o for o in definition_objects()}


def read(path: Path, options: ImportOptions, progress: Progress) -> Iterator[Item]:
    """Stream the items of one STIX 2.1 bundle (or single STIX object) file."""
    progress.check()
    doc, data = load_json_document(path)
    reader = _BundleReader(path.name, doc, data, options, progress)
    yield from reader.items()


class _BundleReader:
    """One pass to index the bundle, then records, entities, links and events in order."""

    def __init__(self, name: str, doc: Any, data: bytes, options: ImportOptions,
                 progress: Progress) -> None:
        self.name, self.progress = name, progress
        self.issues: list[Issue] = []
        objects, self.bundle_id = _objects_of(doc, name, data)
        self.by_id = self._index(objects)
        self.source: Source = resolve_source(options, self._producer_name(), name)
        self.issues.extend(self.source.issues)
        self.markings = Markings(self.by_id, name, self.issues)
        self.members: dict[str, list[str]] = {}
        self.bundle_record: str | None = None  # the record for objects outside any report

    # --- first pass -------------------------------------------------------------------

    def _index(self, objects: list[Any]) -> dict[str, dict[str, Any]]:
        by_id: dict[str, dict[str, Any]] = {}
        for i, obj in enumerate(objects):
            self.progress.check()
            if not isinstance(obj, dict):
                raise FormatError(f"{self.name}: objects[{i}] is {json_type(obj)}, "
                                  "not a STIX object.")
            sid, kind = obj.get("id"), obj.get("type")
            if not (isinstance(kind, str) and isinstance(sid, str)
                    and sid.startswith(f"{kind}--")):
                self.issues.append(Issue(f"{self.name}: objects[{i}]", "STIX object without "
                                         "a matching 'type' and 'id'; skipped.", skipped=True))
                continue
            # Several versions of one object may travel together: keep the latest.
            earlier = by_id.get(sid)
            if earlier is None or str(obj.get("modified", "")) >= str(earlier.get("modified", "")):
                by_id[sid] = obj
        return by_id

    def _producer_name(self) -> str | None:
        refs = Counter(o.get("created_by_ref") for o in self.by_id.values()
                       if isinstance(o.get("created_by_ref"), str))
        for ref, _ in refs.most_common():
            name = as_text(self.by_id.get(ref, {}).get("name"))
            if name and self.by_id[ref].get("type") == "identity":
                return name
        return None

    def _sid(self, stix_id: str, *more: str) -> str:
        return stable_id(self.source.agency, "stix", stix_id, *more)

    def _where(self, stix_id: str) -> str:
        return f"{self.name}: {stix_id}"

    # --- records ----------------------------------------------------------------------

    def items(self) -> Iterator[Item]:
        records = self._records()
        yield from self.issues
        self.issues = []
        for record in records:
            yield record
            source = self.by_id.get(record.reference)
            if source is not None:
                yield self._original(source, "record", record.id, "record")
        queued: list[dict[str, Any]] = []
        total = len(self.by_id)
        for done, (sid, obj) in enumerate(self.by_id.items(), start=1):
            self.progress.update(done, total, "Reading STIX objects")
            kind = obj["type"]
            if _OURS.get(sid) == obj:
                continue
            if kind == "observed-data":
                yield from self._legacy_observables(sid, obj)
                queued.append(obj)
            elif kind in ("relationship", "sighting") or _liaison_event(obj):
                queued.append(obj)
            elif kind in META_TYPES and kind != "marking-definition":
                # Translations and extension definitions describe other objects: kept
                # verbatim with the bundle, nothing of ours stands for them.
                yield self._original(obj, "flagged", sid, "kept verbatim only")
            elif is_entity_type(kind):
                entity = build_entity(obj, self._sid(sid), self._where(sid), self.issues,
                                      self._sid)
                if entity is not None:
                    entity.record_ids = list(self.members.get(sid, []))
                    entity.source_ref = sid
                    yield entity
                    yield self._original(obj, "entity", entity.id, f"entity {entity.schema}",
                                         generic=kind not in ENTITY_TYPES
                                         and "x_liaison_schema" not in obj)
            yield from self.issues
            self.issues = []
        for obj in queued:
            self.progress.check()
            if _liaison_event(obj):
                event = self._liaison_event(obj)
                yield event
                yield self._original(obj, "event", event.id, "event")
            elif obj["type"] == "relationship":
                links = list(self._links(obj))
                for link in links:
                    yield link
                    yield self._original(obj, "link", link.id, f"link {link.schema}")
                if not links:  # an end that is a report, a marking, nothing known
                    yield self._original(obj, "flagged", self._sid(obj["id"]),
                                         "flagged (kept verbatim only)")
            else:
                event = self._event(obj)
                yield event
                yield self._original(obj, "event", event.id, "event")
            yield from self.issues
            self.issues = []

    def _original(self, obj: dict[str, Any], item_kind: str, item_id: str, target: str,
                  generic: bool = False) -> SourceObject:
        """The object verbatim, to keep beside what it became (store.source_objects)."""
        sid = obj["id"]
        record_ids = list(self.members.get(sid, []))
        if item_kind == "record":
            record_ids = [item_id]
        elif not record_ids and self.bundle_record:
            record_ids = [self.bundle_record]
        return SourceObject(item_kind, item_id, f"stix {obj['type']}", sid, obj, record_ids,
                            target, source_stamp(obj.get("modified")), generic)

    def _records(self) -> list[Record]:
        records: list[Record] = []
        claimed: set[str] = set()
        for sid, obj in self.by_id.items():
            self.progress.check()
            if obj["type"] not in _CONTAINERS:
                continue
            record_id = self._sid(sid)
            members = self._closure(obj.get("object_refs"))
            creator = obj.get("created_by_ref")
            if isinstance(creator, str) and creator in self.by_id:
                members.add(creator)
            for member in members:
                self.members.setdefault(member, []).append(record_id)
            claimed |= members
            records.append(self._record(record_id, obj, members | {sid}))
        orphans = {sid for sid, obj in self.by_id.items()
                   if sid not in claimed and _is_content(obj["type"]) and _OURS.get(sid) != obj}
        if orphans:
            records.append(self._bundle_record(orphans))
            self.bundle_record = records[-1].id
        elif not records:
            self.issues.append(Issue(self.name, "The bundle holds nothing Liaison imports."))
        return records

    def _closure(self, refs: Any) -> set[str]:
        """The objects a report names, with the observables of observed-data it names."""
        found: set[str] = set()
        for ref in _refs(refs):
            if ref not in found:
                found.add(ref)
                inner = self.by_id.get(ref, {})
                if inner.get("type") == "observed-data":
                    found |= set(_refs(inner.get("object_refs")))
        return found

    def _record(self, record_id: str, obj: dict[str, Any], members: set[str]) -> Record:
        sid, where = obj["id"], self._where(obj["id"])
        reported = (stix_time(obj.get("published"), where, "published", self.issues)
                    or stix_time(obj.get("created"), where, "created", self.issues))
        extra: dict[str, Any] = {"stix_id": sid, "stix_type": obj["type"],
                                 "created": as_text(obj.get("created")),
                                 "modified": as_text(obj.get("modified")),
                                 "source_modified": source_stamp(obj.get("modified")),
                                 "bundle_id": self.bundle_id}
        for key in ("context", "report_types", "labels", "confidence", "lang"):
            extra[key] = as_plain(obj.get(key))
        title = as_text(obj.get("name")) or f"STIX {obj['type']} {sid}"
        narrative = obj.get("description")
        record = self._make_record(record_id, sid, title,
                                   narrative if isinstance(narrative, str) else "",
                                   reported, members, extra)
        # The language its text is in (RFC 5646), when the producer says; the spec reads
        # an absent one as English, but producers leave it out whatever they write in, so
        # an unstated language is detected on import instead (store.ingest).
        record.language = as_text(obj.get("lang"))
        # Liaison's own export states the Europol markings STIX has no field for.
        handling = normalise_handling(as_text(obj.get("x_liaison_handling")))
        record.handling = handling or record.handling
        grading = as_text(obj.get("x_liaison_grading")) or ""
        if len(grading) == 2 and grading[0] in "ABCX" and grading[1] in "1234":
            record.reliability, record.assessment = grading[0], grading[1]
        return record

    def _bundle_record(self, members: set[str]) -> Record:
        key = self.bundle_id or self.name
        record_id = self._sid(key)
        producer = self._producer_name()
        title = f"STIX bundle from {producer}" if producer else f"STIX bundle {key}"
        for sid in members:
            self.members.setdefault(sid, []).append(record_id)
        stamps = [stix_time(o.get("modified"), self._where(s), "modified", [])
                  for s, o in self.by_id.items() if s in members]
        latest = max((s for s in stamps if s), key=lambda d: d.value, default=None)
        # The bundle's version is that of its latest object.
        versions = [source_stamp(o.get("modified")) for s, o in self.by_id.items()
                    if s in members]
        extra = {"bundle_id": self.bundle_id,
                 "source_modified": max((v for v in versions if v), default=None)}
        return self._make_record(record_id, key, title, "", latest, members, extra)

    def _make_record(self, record_id: str, reference: str, title: str, narrative: str,
                     reported: Any, members: set[str], extra: dict[str, Any]) -> Record:
        tlps, other = self.markings.applying_to(members)
        if other:
            extra["markings"] = other
        return Record(id=record_id, agency=self.source.agency, country=self.source.country,
                      reference=reference, title=title, narrative=narrative,
                      reported=reported, received=self.source.received,
                      handling=self.source.handling,
                      tlp=most_restrictive(tlps) or self.source.tlp, version=1,
                      extra={k: v for k, v in extra.items() if v is not None})

    # --- entities, links, events ------------------------------------------------------

    def _legacy_observables(self, sid: str, obj: dict[str, Any]) -> Iterator[Item]:
        """STIX 2.0 observed-data carries its observables inline in an ``objects`` dict."""
        inline = obj.get("objects")
        if not isinstance(inline, dict):
            return
        for key, sco in inline.items():
            where = f"{self._where(sid)} objects[{key}]"
            if not isinstance(sco, dict) or not isinstance(sco.get("type"), str):
                kind = "none" if isinstance(sco, dict) else json_type(sco)
                self.issues.append(Issue(where, f"Observable of type '{kind}' is not "
                                         "imported; skipped.", skipped=True))
                continue
            entity = build_entity(sco, self._sid(sid, key), where, self.issues)
            if entity is not None:
                entity.record_ids = list(self.members.get(sid, []))
                entity.source_ref = f"{sid} objects[{key}]"
                yield entity
                yield SourceObject("entity", entity.id, f"stix {sco['type'][:60]}",
                                   entity.source_ref, sco, list(entity.record_ids),
                                   f"entity {entity.schema}",
                                   source_stamp(obj.get("modified")),
                                   sco["type"] not in ENTITY_TYPES)

    def _entity_ids(self, ref: Any, where: str) -> list[str]:
        """Entity ids a reference stands for: itself, or the observables of observed-data."""
        if not isinstance(ref, str) or "--" not in ref:
            return []
        obj = self.by_id.get(ref)
        kind = obj["type"] if obj else ref.split("--", 1)[0]
        if obj is None and is_entity_type(kind):
            self.issues.append(Issue(where, f"{ref} is not in this file; the link joins it "
                                     "if it was imported from the same source."))
        if is_entity_type(kind):
            return [self._sid(ref)]
        if obj is not None and kind == "observed-data":
            ids = [self._sid(r) for r in _refs(obj.get("object_refs"))
                   if is_entity_type(r.split("--", 1)[0])]
            inline = obj.get("objects")
            if isinstance(inline, dict):
                ids += [self._sid(ref, k) for k, v in inline.items()
                        if isinstance(v, dict) and isinstance(v.get("type"), str)]
            return ids
        return []

    def _links(self, obj: dict[str, Any]) -> Iterator[Link]:
        sid, where = obj["id"], self._where(obj["id"])
        relation = (as_text(obj.get("relationship_type")) or "related-to")[:200]
        sources = self._entity_ids(obj.get("source_ref"), where)
        targets = self._entity_ids(obj.get("target_ref"), where)
        if not sources or not targets:
            self.issues.append(Issue(where, f"Relationship '{relation}' does not join two "
                                     "entities; no link made, kept as received.",
                                     skipped=True))
            return
        schema, swap = link_schema(relation)
        pairs = [(s, t) for s in sources for t in targets if s != t]
        for source, target in pairs:
            link = Link(id=self._sid(sid) if len(pairs) == 1 else self._sid(sid, source, target),
                        schema=schema, source_id=target if swap else source,
                        target_id=source if swap else target,
                        start=stix_time(obj.get("start_time"), where, "start_time", self.issues),
                        end=stix_time(obj.get("stop_time"), where, "stop_time", self.issues),
                        record_ids=list(self.members.get(sid, [])))
            restored = _liaison_properties(obj)
            if restored is not None and _SCHEMA.fullmatch(str(obj.get("x_liaison_schema"))):
                # Liaison's own export: the link exactly as it was.
                link.schema, link.properties = str(obj["x_liaison_schema"]), restored
                yield link
                continue
            link.properties["relationship"] = [relation]
            description = as_text(obj.get("description"))
            if description:
                link.properties["description"] = [description]
            for stamp in ("created", "modified"):  # the producer's, for a faithful export
                if as_text(obj.get(stamp)):
                    link.properties[stamp] = [str(as_text(obj.get(stamp)))]
            yield link

    def _liaison_event(self, obj: dict[str, Any]) -> Event:
        """A note Liaison's own export wrote for one of its events, restored."""
        sid, where = obj["id"], self._where(obj["id"])
        spec = obj["x_liaison_event"]
        involved = [(i, str(role)[:100]) for ref, role in (
            r for r in spec.get("involved") or [] if isinstance(r, list) and len(r) == 2)
            for i in self._entity_ids(ref, where)]
        props = spec.get("properties") if isinstance(spec.get("properties"), dict) else {}
        return Event(id=self._sid(sid), name=(as_text(spec.get("name")) or "Event")[:300],
                     start=parse_iso_date(as_text(spec.get("start"))),
                     end=parse_iso_date(as_text(spec.get("end"))),
                     place=(as_text(spec.get("place")) or "")[:8192], involved=involved,
                     properties={str(k)[:64]: [str(v) for v in vs if isinstance(v, str)]
                                 for k, vs in props.items() if isinstance(vs, list)},
                     record_ids=list(self.members.get(sid, [])))

    def _event(self, obj: dict[str, Any]) -> Event:
        sid, where = obj["id"], self._where(obj["id"])
        involved: list[tuple[str, str]] = []
        if obj["type"] == "observed-data":
            involved += [(i, "observed") for i in self._entity_ids(sid, where)]
            inline = obj.get("objects")
            labels = [sco_label(self.by_id[r]) for r in _refs(obj.get("object_refs"))
                      if r in self.by_id] or [sco_label(v) for v in (
                          inline.values() if isinstance(inline, dict) else [])
                          if isinstance(v, dict)]
            name = "Observed: " + ", ".join(labels[:3]) if labels else "Observed data"
            start, end, count = "first_observed", "last_observed", obj.get("number_observed")
        else:
            target = obj.get("sighting_of_ref")
            involved += [(i, "sighted") for i in self._entity_ids(target, where)]
            for ref in _refs(obj.get("where_sighted_refs")):
                involved += [(i, "observer") for i in self._entity_ids(ref, where)]
            for ref in _refs(obj.get("observed_data_refs")):
                involved += [(i, "observed") for i in self._entity_ids(ref, where)]
            sighted = self.by_id.get(target, {}) if isinstance(target, str) else {}
            name = f"Sighting of {as_text(sighted.get('name')) or as_text(target)}"
            start, end, count = "first_seen", "last_seen", obj.get("count")
        event = Event(id=self._sid(sid), name=name[:300],
                      start=stix_time(obj.get(start), where, start, self.issues),
                      end=stix_time(obj.get(end), where, end, self.issues),
                      involved=involved, record_ids=list(self.members.get(sid, [])))
        if as_text(count):
            event.properties["count"] = [str(as_text(count))]
        description = as_text(obj.get("description"))
        if description:
            event.properties["description"] = [description]
        return event


def _objects_of(doc: Any, name: str, data: bytes) -> tuple[list[Any], str | None]:
    """The bundle's object list and id; a lone STIX object is a bundle of one."""
    if not isinstance(doc, dict):
        raise FormatError(f"{name}: the top level is {json_type(doc)}; a STIX 2.1 file "
                          "holds one JSON object (a bundle).")
    if doc.get("type") == "bundle":
        objects = doc.get("objects", [])
        if not isinstance(objects, list):
            raise FormatError(f"{name}: the bundle's 'objects' is {json_type(objects)}, "
                              "not an array.")
        bundle_id = doc.get("id") if isinstance(doc.get("id"), str) else None
        return objects, bundle_id or _content_key(data)
    if isinstance(doc.get("type"), str) and isinstance(doc.get("id"), str):
        return [doc], _content_key(data)
    raise FormatError(f"{name}: not a STIX bundle (no \"type\": \"bundle\").")


_SCHEMA = re.compile(r"[A-Z][A-Za-z]{0,63}")


def _liaison_event(obj: dict[str, Any]) -> bool:
    return obj.get("type") == "note" and isinstance(obj.get("x_liaison_event"), dict)


def _liaison_properties(obj: dict[str, Any]) -> dict[str, list[str]] | None:
    """``x_liaison_properties`` of Liaison's own export, if it is a map of text lists."""
    props = obj.get("x_liaison_properties")
    if not isinstance(props, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
            for k, v in props.items()):
        return None
    return {k[:64]: list(v) for k, v in props.items()}


def _is_content(kind: str) -> bool:
    """Types that yield items, or are kept verbatim, and so must belong to a record."""
    return kind not in _CONTAINERS and kind != "marking-definition"


def _refs(value: Any) -> list[str]:
    """The ids in a list-of-references property, ignoring whatever else a file put there."""
    return [r for r in value if isinstance(r, str)] if isinstance(value, list) else []


def _content_key(data: bytes) -> str:
    # Without a bundle id the bytes themselves are the stable identity of the file.
    return "sha256:" + hashlib.sha256(data).hexdigest()
