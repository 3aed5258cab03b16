"""MISP event JSON as records, entities and links.

Accepted shapes: ``{"Event": {...}}``, a bare event object, or
``{"response": [{"Event": {...}}, ...]}``. Each event becomes one Record:

* title = ``info``; narrative = ``info`` plus the ``text``/``comment``/``other``
  attributes and the ``link`` attributes (also kept in ``extra['links']``);
  reported = ``date`` (day); agency = ``Orgc.name`` unless the options give one.
* TLP = the most restrictive ``tlp:*`` event tag; an attribute or object tag more
  restrictive than that raises it, with an Issue, so nothing leaves under a
  laxer marking than its originator put on part of it.
* ``admiralty-scale`` tags → grading on the Europol 4x4. Reliability: a→A, b→B,
  c→C, d/e/g→C (shown to be unreliable or deceptive), f→X (cannot be judged).
  Credibility: 1→1, 2→2, 3→3, 4/5/6→4. The original tags stay in ``extra``.
* distribution (with its name), galaxies (as cluster tags), other tags,
  threat level, analysis and related events go to ``extra``.
* attributes of mapped types → one entity each (see misp_attributes); others
  go, as "type: value" notes, on one "Other MISP attributes" entity, flagged.
* objects → one entity each; ObjectReference → Link (``relationship``).

Ids are ``stable_id(agency, 'misp', uuid)``. Where a real UUID is missing (as in
PyMISP's test files) the event key is the file's SHA-256 plus the event's index,
and parts are keyed by position: ``stable_id(agency, 'misp', key, 'Object[2]')``.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from liaison.formats.base import ImportOptions
from liaison.formats.cti import (
    Source,
    add_text,
    as_plain,
    as_text,
    day_value,
    ensure_name,
    link_schema,
    most_restrictive,
    resolve_source,
    shown,
    source_stamp,
)
from liaison.formats.json_document import json_type, load_json_document
from liaison.formats.misp.attributes import (
    LINK_TYPES,
    NARRATIVE_TYPES,
    attribute_entity,
    epoch_text,
    generic_attribute_entity,
    lone_attribute_schema,
    object_entity,
)
from liaison.model.errors import FormatError
from liaison.model.progress import Progress
from liaison.model.records import (
    Entity,
    Event,
    Issue,
    Item,
    Link,
    Record,
    SourceObject,
    stable_id,
)
from liaison.model.values import DateValue, normalise_tlp

DISTRIBUTIONS = {0: "Your organisation only", 1: "This community only",
                 2: "Connected communities", 3: "All communities", 4: "Sharing group",
                 5: "Inherit event"}
_THREAT_LEVELS = {"1": "High", "2": "Medium", "3": "Low", "4": "Undefined"}
_ANALYSIS = {"0": "Initial", "1": "Ongoing", "2": "Completed"}
# Admiralty (NATO) grading onto the Europol 4x4; see the module docstring.
RELIABILITY = {"a": "A", "b": "B", "c": "C", "d": "C", "e": "C", "f": "X", "g": "C"}
# The event's own parts, kept verbatim one by one with what each became.
_PARTS = ("Attribute", "Object", "Galaxy", "Sighting", "ShadowAttribute")
_SIGHTING_TYPES = {"0": "Sighting", "1": "False positive", "2": "Expiration"}
CREDIBILITY = {"1": "1", "2": "2", "3": "3", "4": "4", "5": "4", "6": "4"}


def read(path: Path, options: ImportOptions, progress: Progress) -> Iterator[Item]:
    """Stream the items of one MISP event JSON file (one or many events)."""
    progress.check()
    doc, data = load_json_document(path)
    events = _events_of(doc, path.name)
    total = sum(len(_list(e, "Attribute", path.name, f"Event[{i}]"))
                + len(_list(e, "Object", path.name, f"Event[{i}]"))
                for i, e in enumerate(events))
    file_key = "sha256:" + hashlib.sha256(data).hexdigest()
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        progress.update(done, total, "Reading MISP events")

    # Every event is checked for shape before the first item leaves.
    readers = [_EventReader(path.name, index, event, options, file_key, tick)
               for index, event in enumerate(events)]
    for reader in readers:
        progress.check()
        yield from reader.items()


def stix_like_time(iso: str | None) -> DateValue | None:
    """``2024-03-05T14:30:12Z`` as a DateValue of precision 'second' (None otherwise)."""
    if not iso or len(iso) != 20 or not iso.endswith("Z"):
        return None
    return DateValue(iso[:19], "second")


def _events_of(doc: Any, name: str) -> list[dict[str, Any]]:
    if not isinstance(doc, dict):
        raise FormatError(f"{name}: the top level is {json_type(doc)}; a MISP file holds "
                          "one JSON object ({\"Event\": ...} or {\"response\": [...]}).")
    if "response" in doc:
        wrapped = doc["response"]
        if not isinstance(wrapped, list):
            raise FormatError(f"{name}: 'response' is {json_type(wrapped)}, not an array.")
        places = [(f"response[{i}]", w) for i, w in enumerate(wrapped)]
    else:
        places = [("top level", doc)]
    events = []
    for place, wrapper in places:
        event = wrapper.get("Event", wrapper) if isinstance(wrapper, dict) else wrapper
        if not isinstance(event, dict):
            raise FormatError(f"{name}: {place} is {json_type(event)}, not a MISP event.")
        if not {"info", "uuid", "Attribute", "Object", "Orgc", "date"} & event.keys():
            raise FormatError(f"{name}: {place} is not a MISP event (no info, uuid, "
                              "Attribute or Object).")
        events.append(event)
    return events


def _list(event: dict[str, Any], key: str, name: str, where: str) -> list[dict[str, Any]]:
    """The event's Attribute/Object/... list, refusing anything that is not a list of objects."""
    value = event.get(key) or []
    if not isinstance(value, list):
        raise FormatError(f"{name}: {where}/{key} is {json_type(value)}, not an array.")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise FormatError(f"{name}: {where}/{key}[{i}] is {json_type(item)}, "
                              "not an object.")
    return value


def _real_uuid(value: object) -> str | None:
    """The value if it is a real UUID: 'a' in a test file must not collide across files."""
    if not isinstance(value, str):
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def _dicts(value: object) -> list[dict[str, Any]]:
    """The objects in an optional list, ignoring anything else a file put there."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _tag_names(holder: dict[str, Any]) -> list[str]:
    tags = holder.get("Tag")
    names = [as_text(t.get("name")) for t in tags if isinstance(t, dict)] \
        if isinstance(tags, list) else []
    return [n for n in names if n]


class _EventReader:
    """Turns one event into its record, then entities, then links."""

    def __init__(self, name: str, index: int, event: dict[str, Any], options: ImportOptions,
                 file_key: str, tick: Callable[[], None]) -> None:
        self.name, self.index, self.event, self.tick = name, index, event, tick
        self.at = f"{name}: Event[{index}]"
        self.attributes = _list(event, "Attribute", name, f"Event[{index}]")
        self.objects = _list(event, "Object", name, f"Event[{index}]")
        for i, obj in enumerate(self.objects):
            for key in ("Attribute", "ObjectReference"):
                _list(obj, key, name, f"Event[{index}]/Object[{i}]")
        orgc = event.get("Orgc")
        found = as_text(orgc.get("name")) if isinstance(orgc, dict) else None
        self.source: Source = resolve_source(options, found, self.at)
        self.issues: list[Issue] = list(self.source.issues)
        self.event_uuid = _real_uuid(event.get("uuid"))
        self.key = self.event_uuid or f"{file_key}#{index}"
        self.record_id = stable_id(self.source.agency, "misp", self.key)
        self.by_uuid: dict[str, str] = {}  # MISP uuid → entity id, for references

    def _id(self, uuid_value: object, position: str) -> str:
        real = _real_uuid(uuid_value)
        if real:
            return stable_id(self.source.agency, "misp", real)
        return stable_id(self.source.agency, "misp", self.key, position)

    def _drain(self) -> Iterator[Issue]:
        yield from self.issues
        self.issues = []

    def items(self) -> Iterator[Item]:
        narrative, links = [as_text(self.event.get("info")) or ""], []
        lone: list[tuple[int, dict[str, Any]]] = []
        for i, attr in enumerate(self.attributes):
            kind = as_text(attr.get("type")) or ""
            if kind in NARRATIVE_TYPES or kind in LINK_TYPES or attr.get("deleted") is True:
                self.tick()  # the others tick when they become entities
            if attr.get("deleted") is True:
                self.issues.append(Issue(self._where("Attribute", i, attr),
                                         "Deleted in MISP; skipped.", skipped=True))
            elif kind in NARRATIVE_TYPES:
                narrative.append(as_text(attr.get("value")) or "")
            elif kind in LINK_TYPES:
                links.append(as_text(attr.get("value")) or "")
            else:
                lone.append((i, attr))
        yield from self._drain()
        record = self._record(narrative, [u for u in links if u])
        yield record
        yield self._original({k: v for k, v in self.event.items() if k not in _PARTS},
                             "misp Event", "record", record.id, "record")
        yield from self._galaxy_entities()
        yield from self._proposals(self.event, self.at)
        yield from self._drain()
        for i, attr in lone:
            self.tick()
            where = self._where("Attribute", i, attr)
            entity_id = self._id(attr.get("uuid"), f"Attribute[{i}]")
            kind = (as_text(attr.get("type")) or "")[:100]
            generic = lone_attribute_schema(kind) is None
            entity = (generic_attribute_entity if generic else attribute_entity)(
                attr, entity_id, where, self.issues)
            if entity is not None:
                entity.source_ref = as_text(attr.get("uuid")) or where
                yield self._claim(entity, attr)
                yield self._original(attr, f"misp Attribute {kind}", "entity", entity.id,
                                     f"entity {entity.schema}", generic=generic)
                yield from self._galaxy_links(attr, entity.id, where)
                yield from self._sightings(attr, entity, where)
            else:
                self.issues.append(Issue(where, "Attribute has no value; skipped.",
                                         skipped=True))
            yield from self._proposals(attr, where)
            yield from self._drain()
        for i, obj in enumerate(self.objects):
            self.tick()
            where = f"{self.at}/Object[{i}]"
            for j, attr in enumerate(obj.get("Attribute") or []):
                if attr.get("deleted") is True:
                    self.issues.append(Issue(f"{where}/Attribute[{j}]",
                                             "Deleted in MISP; skipped.", skipped=True))
            entity = object_entity(obj, self._id(obj.get("uuid"), f"Object[{i}]"), where,
                                   self.issues)
            entity.source_ref = as_text(obj.get("uuid")) or where
            for attr in obj.get("Attribute") or []:
                self._claim(entity, attr)
            yield self._claim(entity, obj)
            name = (as_text(obj.get("name")) or "")[:100]
            yield self._original(obj, f"misp Object {name}".rstrip(), "entity", entity.id,
                                 f"entity {entity.schema}")
            for j, attr in enumerate(obj.get("Attribute") or []):
                yield from self._galaxy_links(attr, entity.id, f"{where}/Attribute[{j}]")
                yield from self._sightings(attr, entity, f"{where}/Attribute[{j}]")
                yield from self._proposals(attr, f"{where}/Attribute[{j}]")
            yield from self._drain()
        yield from self._links()
        # Event-level sightings name their attribute by uuid: read once every entity is.
        yield from self._sightings(self.event, None, self.at)
        yield from self._drain()

    def _where(self, part: str, index: int, holder: dict[str, Any]) -> str:
        ident = as_text(holder.get("uuid"))
        return f"{self.at}/{part}[{index}]" + (f" ({ident})" if ident else "")

    def _claim(self, entity: Entity, holder: dict[str, Any]) -> Entity:
        """Give the entity this event's record and remember the MISP uuid it stands for."""
        entity.record_ids = [self.record_id]
        ident = as_text(holder.get("uuid"))
        if ident:
            self.by_uuid[ident] = entity.id
        return entity

    def _links(self) -> Iterator[Item]:
        for i, obj in enumerate(self.objects):
            source = self.by_uuid.get(as_text(obj.get("uuid")) or "")
            for k, ref in enumerate(obj.get("ObjectReference") or []):
                where = self._where(f"Object[{i}]/ObjectReference", k, ref)
                relation = (as_text(ref.get("relationship_type")) or "related-to")[:200]
                target = self.by_uuid.get(as_text(ref.get("referenced_uuid")) or "")
                source_id = self.by_uuid.get(as_text(ref.get("object_uuid")) or "") or source
                if not source_id or not target:
                    self.issues.append(Issue(where, f"Reference '{relation}' to "
                                             f"{shown(ref.get('referenced_uuid'))} does not join "
                                             "two entities of this event; skipped.",
                                             skipped=True))
                    continue
                schema, swap = link_schema(relation)
                link = Link(id=self._id(ref.get("uuid"), f"Object[{i}]/ObjectReference[{k}]"),
                            schema=schema, source_id=target if swap else source_id,
                            target_id=source_id if swap else target,
                            record_ids=[self.record_id])
                link.properties["relationship"] = [relation]
                comment = as_text(ref.get("comment"))
                if comment:
                    link.properties["description"] = [comment]
                yield link
                yield self._original(ref, "misp ObjectReference", "link", link.id,
                                     f"link {link.schema}")
                yield from self._drain()

    # --- what MISP adds around the values: originals, galaxies, sightings, proposals ------

    def _original(self, data: dict[str, Any], source_type: str, item_kind: str, item_id: str,
                  target: str, generic: bool = False) -> SourceObject:
        """``data`` verbatim, to keep beside what it became (store.source_objects)."""
        return SourceObject(item_kind, item_id, source_type,
                            as_text(data.get("uuid")) or item_id, data, [self.record_id],
                            target, source_stamp(data.get("timestamp")), generic)

    def _clusters(self, holder: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """The galaxy clusters ``holder`` carries, by tag name: its Galaxy objects, and
        its ``misp-galaxy:`` tags (a cluster known only by its tag)."""
        found: dict[str, dict[str, Any]] = {}
        for galaxy in _dicts(holder.get("Galaxy")):
            for cluster in _dicts(galaxy.get("GalaxyCluster")):
                tag = as_text(cluster.get("tag_name")) or (
                    f'misp-galaxy:{cluster.get("type")}="{cluster.get("value")}"')
                found[tag] = {**cluster, "galaxy": {k: v for k, v in galaxy.items()
                                                    if k != "GalaxyCluster"}}
        for tag in _tag_names(holder):
            if tag.lower().startswith("misp-galaxy:") and tag not in found:
                found[tag] = {"tag_name": tag}
        return found

    def _cluster_id(self, tag: str) -> str:
        # By tag name: the same cluster in two events of one partner is one entity.
        return stable_id(self.source.agency, "misp", "galaxy", tag)

    def _galaxy_entities(self) -> Iterator[Item]:
        """One entity per galaxy cluster the event or its attributes name (a threat actor,
        a tool, an ATT&CK technique): a Thing with the cluster's value, type, synonyms,
        description and references; the cluster verbatim beside it."""
        clusters = self._clusters(self.event)
        for _, attr in self._tagged_parts():
            clusters.update({t: c for t, c in self._clusters(attr).items()
                             if t not in clusters or len(c) > 1})
        for tag, cluster in clusters.items():
            where = f"{self.at} galaxy {tag[:100]}"
            kind, _, value = tag.partition(":")[2].partition("=")
            entity = Entity(self._cluster_id(tag), "Thing", record_ids=[self.record_id],
                            source_ref=as_text(cluster.get("uuid")) or tag)
            add_text(entity, "name", as_text(cluster.get("value")) or value.strip('"'),
                     where, self.issues)
            entity.add_raw("mispType", "galaxy-cluster")
            add_text(entity, "keywords", as_text(cluster.get("type")) or kind, where,
                     self.issues)
            add_text(entity, "keywords", tag, where, self.issues)
            add_text(entity, "notes", cluster.get("description"), where, self.issues)
            meta = cluster.get("meta") if isinstance(cluster.get("meta"), dict) else {}
            for key, prop in (("synonyms", "alias"), ("refs", "sourceUrl"),
                              ("country", "country")):
                found = meta.get(key)
                for value in found if isinstance(found, list) else [found]:
                    if value is not None and not isinstance(value, dict | list):
                        add_text(entity, prop, value, where, self.issues)
            ensure_name(entity)
            yield entity
            yield self._original(cluster, "misp GalaxyCluster", "entity", entity.id,
                                 "entity Thing", generic=True)
            yield from self._drain()

    def _galaxy_links(self, attr: dict[str, Any], entity_id: str,
                      where: str) -> Iterator[Item]:
        """A link from an attribute to each galaxy cluster it is tagged with."""
        for tag in self._clusters(attr):
            yield Link(id=stable_id(self.source.agency, "misp", self.key, entity_id, tag),
                       schema="UnknownLink", source_id=entity_id,
                       target_id=self._cluster_id(tag), record_ids=[self.record_id],
                       properties={"relationship": ["galaxy-cluster"]})

    def _sightings(self, holder: dict[str, Any], entity: Entity | None,
                   where: str) -> Iterator[Item]:
        """MISP sightings as events: seen (0), a false positive (1), expired (2)."""
        for k, sighting in enumerate(_dicts(holder.get("Sighting"))):
            at = f"{where}/Sighting[{k}]"
            what = _SIGHTING_TYPES.get(as_text(sighting.get("type")) or "0", "Sighting")
            sighted = entity.id if entity is not None else self.by_uuid.get(
                as_text(sighting.get("attribute_uuid")) or "")
            target = entity.caption if entity is not None else (
                f"attribute {as_text(sighting.get('attribute_uuid'))}" if sighted
                else as_text(self.event.get("info")) or "the event")
            seen = epoch_text(sighting.get("date_sighting"))
            org = sighting.get("Organisation")
            event = Event(id=self._id(sighting.get("uuid"), at.removeprefix(self.at)),
                          name=f"{what} of {target}"[:300],
                          start=stix_like_time(seen), record_ids=[self.record_id],
                          involved=[(sighted, "sighted")] if sighted else [])
            event.properties["mispType"] = ["sighting"]
            for key, value in (("source", as_text(sighting.get("source"))),
                               ("organisation", as_text(org.get("name"))
                                if isinstance(org, dict) else None),
                               ("sightingType", what)):
                if value:
                    event.properties[key] = [value[:500]]
            yield event
            yield self._original(sighting, "misp Sighting", "event", event.id, "event")

    def _proposals(self, holder: dict[str, Any], where: str) -> Iterator[Item]:
        """Shadow attributes: changes another organisation proposed, which the
        originator has not accepted. Not applied; flagged, counted and kept verbatim."""
        for k, shadow in enumerate(_dicts(holder.get("ShadowAttribute"))):
            at = f"{where}/ShadowAttribute[{k}]"
            org = shadow.get("Org") if isinstance(shadow.get("Org"), dict) else {}
            by = as_text(org.get("name")) or as_text(shadow.get("org_id")) or "another org"
            kind = (as_text(shadow.get("type")) or "")[:100]
            self.issues.append(Issue(at, f"A proposal by {by[:100]} ({kind or 'no type'}, "
                                         f"{shown(shadow.get('value'))}), not accepted by "
                                         "the originator: not applied, kept as received."))
            yield self._original(shadow, "misp ShadowAttribute", "flagged",
                                 self._id(shadow.get("uuid"), at.removeprefix(self.at)),
                                 "flagged (proposal)")

    # --- the record -------------------------------------------------------------------

    def _record(self, narrative: list[str], links: list[str]) -> Record:
        event = self.event
        info = as_text(event.get("info"))
        reported = day_value(as_text(event.get("date")))
        if event.get("date") and reported is None:
            self.issues.append(Issue(self.at, f"Event date {shown(event.get('date'))} is not "
                                              "YYYY-MM-DD; ignored."))
        tags = _tag_names(event)
        extra: dict[str, Any] = {"misp_uuid": as_text(event.get("uuid")),
                                 "misp_id": as_text(event.get("id")),
                                 "timestamp": as_text(event.get("timestamp")),
                                 # The event's version: MISP moves it on every change.
                                 "source_modified": source_stamp(event.get("timestamp")),
                                 "published": as_plain(event.get("published"))}
        extra.update(self._distribution())
        reliability, assessment = self._grading(tags, extra)
        galaxies = self._galaxies(tags)
        if galaxies:
            extra["galaxies"] = galaxies
        plain = [t for t in tags if not t.lower().startswith(
            ("tlp:", "admiralty-scale:", "misp-galaxy:"))]
        if plain:
            extra["tags"] = plain
        if links:
            extra["links"] = links
            narrative.append("Links:\n" + "\n".join(links))
        level = _THREAT_LEVELS.get(as_text(event.get("threat_level_id")) or "")
        analysis = _ANALYSIS.get(as_text(event.get("analysis")) or "")
        extra.update({"threat_level": level, "analysis": analysis})
        org = event.get("Org")
        extra["org"] = as_text(org.get("name")) if isinstance(org, dict) else None
        related = [as_text(r["Event"].get("uuid")) for r in _dicts(event.get("RelatedEvent"))
                   if isinstance(r.get("Event"), dict)]
        if any(related):
            extra["related_events"] = [r for r in related if r]
        return Record(id=self.record_id, agency=self.source.agency,
                      country=self.source.country,
                      reference=self.event_uuid or as_text(event.get("id")) or self.key,
                      title=info or self._untitled(),
                      narrative="\n\n".join(p for p in narrative if p), reported=reported,
                      received=self.source.received, handling=self.source.handling,
                      tlp=self._tlp(tags), reliability=reliability, assessment=assessment,
                      version=1, extra={k: v for k, v in extra.items() if v is not None})

    def _untitled(self) -> str:
        number = f" {self.index + 1}" if self.index else ""
        return f"MISP event{number} {self.event_uuid or 'in ' + self.name}"

    def _distribution(self) -> dict[str, Any]:
        raw = as_text(self.event.get("distribution"))
        if raw is None:
            return {}
        level = int(raw) if raw.isascii() and raw.isdigit() else None
        found: dict[str, Any] = {"level": level if level is not None else raw,
                                 "name": DISTRIBUTIONS.get(level, "unknown") if level is not None
                                 else "unknown"}
        group = self.event.get("SharingGroup")
        if level == 4 and isinstance(group, dict) and as_text(group.get("name")):
            found["sharing_group"] = as_text(group.get("name"))
        return {"distribution": found}

    def _tlp(self, event_tags: list[str]) -> str | None:
        event_level = most_restrictive([normalise_tlp(t) for t in event_tags
                                        if t.lower().startswith("tlp:")])
        inner = [(tlp, place) for place, holder in self._tagged_parts()
                 for tlp in (normalise_tlp(t) for t in _tag_names(holder)
                             if t.lower().startswith("tlp:")) if tlp]
        level = most_restrictive([event_level, *(t for t, _ in inner)])
        if level and level != event_level:
            places = ", ".join(p for t, p in inner if t == level)[:300]
            self.issues.append(Issue(self.at, f"Part of the event is marked TLP:{level} "
                                              f"({places}), more restrictive than the event "
                                              f"({event_level or 'none'}); the record is "
                                              f"TLP:{level}."))
        return level or self.source.tlp

    def _tagged_parts(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every attribute and object of the event, and the attributes inside objects."""
        for i, attr in enumerate(self.attributes):
            yield f"Attribute[{i}]", attr
        for i, obj in enumerate(self.objects):
            yield f"Object[{i}]", obj
            inner = obj.get("Attribute")
            for j, attr in enumerate(inner if isinstance(inner, list) else []):
                if isinstance(attr, dict):
                    yield f"Object[{i}]/Attribute[{j}]", attr

    def _grading(self, tags: list[str], extra: dict[str, Any]) -> tuple[str | None, str | None]:
        """Europol grading from the event's admiralty-scale tags (kept as given in extra)."""
        found: dict[str, list[str]] = {}
        for tag in tags:
            if not tag.lower().startswith("admiralty-scale:") or "=" not in tag:
                continue
            predicate, value = tag.split(":", 1)[1].split("=", 1)
            found.setdefault(predicate.strip().lower(), []).append(value.strip().strip('"'))
        if found:
            extra["admiralty"] = {k: v[0] for k, v in found.items()}
        for predicate, values in found.items():
            if len(set(values)) > 1:
                self.issues.append(Issue(self.at, f"Several admiralty-scale:{predicate} tags "
                                                  f"({', '.join(values)[:200]}); the first "
                                                  "is used."))
        reliability = found.get("source-reliability", [""])[0].lower()
        credibility = found.get("information-credibility", [""])[0]
        for given, table, label in ((reliability, RELIABILITY, "source-reliability"),
                                    (credibility, CREDIBILITY, "information-credibility")):
            if given and given not in table:
                self.issues.append(Issue(self.at, f"admiralty-scale:{label}={given[:40]!r} is not "
                                                  "on the scale; ignored."))
        return RELIABILITY.get(reliability), CREDIBILITY.get(credibility)

    def _galaxies(self, tags: list[str]) -> list[str]:
        found = [t for t in tags if t.lower().startswith("misp-galaxy:")]
        holders = [self.event, *self.attributes]
        for holder in holders:
            for galaxy in _dicts(holder.get("Galaxy")):
                for cluster in _dicts(galaxy.get("GalaxyCluster")):
                    tag = as_text(cluster.get("tag_name")) or (
                        f'misp-galaxy:{cluster.get("type")}="{cluster.get("value")}"')
                    found.append(tag)
        return list(dict.fromkeys(found))
