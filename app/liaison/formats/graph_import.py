"""Turning the nodes and edges of a GraphML or GEXF file into entities, links and events.

Decisions, shared by both readers:

* One :class:`Record` per file, ``stable_id(agency, format, file sha256)``. Node and
  edge ids in these files are local to the file ("n0"), so every id is
  ``stable_id(agency, format, file sha256, node id)``: two files never merge by
  accident, and re-importing a file adds nothing.
* A node's schema comes from its ``schema``, ``type``, ``entity_type``, ``category``
  or ``kind`` attribute when that names a FollowTheMoney thing schema (any case);
  otherwise it is ``LegalEntity``, FtM's "person or organisation", which is what an
  unlabelled node in a network is almost always about. Its name comes from ``name``,
  ``caption`` or ``label`` (GEXF's label, GraphML's ``<desc>``), else the node id.
* A node typed as an identifier (``phone``, ``email``, ``iban``...; Liaison's own
  exports mark them ``kind=identifier``) becomes no entity: each edge to it gives
  the entity at the other end that identifier. A node typed ``event`` becomes an
  :class:`Event`, and each edge to it involves the other end, the edge's label as role.
* Attributes named like an FtM property (``phone``, ``country``, ``birthDate``...) keep
  their name; identifiers and countries may hold several values joined with "; ".
  Other attributes go into ``notes`` as "name: value"; drawing attributes (x, y,
  size, colour) and Liaison's own provenance columns are dropped.
* An edge's schema comes from ``schema``/``type``/``label`` when that names an FtM link
  schema, else it is ``UnknownLink`` with the label kept as ``role``; ``start``,
  ``startDate`` or ``date`` and ``end``/``endDate`` give its dates (ISO 8601).
* Edges may name nodes the file never defines; one flagged issue lists them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from liaison.formats import base
from liaison.formats.ftm import LINK_ENDS, THING_SCHEMAS
from liaison.formats.graph_attrs import KIND_PROPS, PROP_KINDS, SEPARATOR
from liaison.formats.textio import parse_iso_date
from liaison.model.identifiers import PROPERTY_KINDS
from liaison.model.records import Entity, Event, Issue, Item, Link, Record, stable_id
from liaison.model.values import normalise_handling, normalise_tlp

TYPE_ATTRS = ("schema", "type", "entity_type", "category", "kind")
NAME_ATTRS = ("name", "caption", "label", "desc", "description")
START_ATTRS = ("start", "startdate", "date")
END_ATTRS = ("end", "enddate")
DROPPED = frozenset({
    "x", "y", "z", "size", "r", "g", "b", "color", "colour", "shape", "weight_layout",
    "entity_ids", "source_ids", "record_ids", "records", "agencies", "degree",
    "degree_centrality", "betweenness", "community", "start_precision", "end_precision",
    "label", "kind",
})
_THINGS = {s.casefold(): s for s in THING_SCHEMAS}
_LINKS = {s.casefold(): s for s in LINK_ENDS}
_KNOWN_PROPS = frozenset(PROPERTY_KINDS) | frozenset({
    "address", "notes", "summary", "title", "website", "registrationNumber", "gender",
    "position", "sector", "topics", "legalForm", "status", "publicKey", "vin"})
_MULTI = frozenset(PROP_KINDS) | {"country", "nationality"}
MAX_LISTED = 20

Attrs = dict[str, str]


def file_record(path: Path, options: base.ImportOptions, fmt: str, title: str,
                sha256: str) -> Record:
    agency = options.agency or "unknown"
    return Record(
        id=stable_id(agency, fmt, sha256), agency=agency, country=options.country or "",
        reference=path.name, title=f"{title} import {path.name}",
        received=parse_iso_date(options.received),
        handling=normalise_handling(options.handling), tlp=normalise_tlp(options.tlp),
        extra={"format": fmt, "file": path.name, "sha256": sha256,
               "id_rule": f"stable_id(agency, '{fmt}', file sha256, node or edge id)"})


def _first(attrs: Attrs, names: tuple[str, ...]) -> str:
    folded = {k.casefold(): v for k, v in attrs.items() if v and v.strip()}
    return next((folded[n].strip() for n in names if n in folded), "")


class GraphConverter:
    """Nodes and edges in, items out; remembers node kinds so edges know what they join."""

    def __init__(self, agency: str, fmt: str, sha256: str, record_id: str) -> None:
        self.agency, self.fmt, self.sha256, self.record_id = agency, fmt, sha256, record_id
        self.kinds: dict[str, tuple[str, str]] = {}  # node id -> (role, schema or kind)
        self.labels: dict[str, str] = {}
        self.referenced: set[str] = set()
        self.skipped_identifier_edges = 0

    def uid(self, *parts: str) -> str:
        return stable_id(self.agency, self.fmt, self.sha256, *parts)

    def node(self, node_id: str, attrs: Attrs) -> Iterator[Item]:
        kind = _first(attrs, ("kind",)).casefold()
        typed = _first(attrs, TYPE_ATTRS).casefold()
        name = _first(attrs, NAME_ATTRS) or node_id
        self.labels[node_id] = name
        if kind == "identifier" or typed in KIND_PROPS:
            self.kinds[node_id] = ("identifier", typed)
            return
        if kind == "event" or typed == "event":
            self.kinds[node_id] = ("event", "Event")
            yield Event(id=self.uid(node_id), name=name,
                        start=parse_iso_date(_first(attrs, START_ATTRS)),
                        end=parse_iso_date(_first(attrs, END_ATTRS)),
                        place=_first(attrs, ("place", "location")),
                        record_ids=[self.record_id])
            return
        schema = _THINGS.get(typed, "LegalEntity")
        self.kinds[node_id] = ("entity", schema)
        entity = Entity(id=self.uid(node_id), schema=schema, record_ids=[self.record_id],
                        source_ref=node_id)
        entity.add_raw("name", name)
        for key, value in attrs.items():
            self._property(entity, key, value)
        yield entity

    @staticmethod
    def _property(entity: Entity, key: str, value: str) -> None:
        folded = key.casefold()
        if not value or not value.strip() or folded in DROPPED or folded in TYPE_ATTRS \
                or folded in NAME_ATTRS or folded.startswith("viz"):
            return
        if key in _KNOWN_PROPS:
            for v in value.split(SEPARATOR) if key in _MULTI else [value]:
                entity.add_raw(key, v)
        else:
            entity.add_raw("notes", f"{key}: {value}")

    def edge(self, edge_id: str, index: int, source: str, target: str,
             attrs: Attrs) -> Iterator[Item]:
        self.referenced.update((source, target))
        ends = [self.kinds.get(source, ("entity", "LegalEntity")),
                self.kinds.get(target, ("entity", "LegalEntity"))]
        label = _first(attrs, ("label", "type", "schema", "relationship"))
        local_id = edge_id or f"#{index}:{source}>{target}"
        roles = [role for role, _ in ends]
        if "identifier" in roles:
            yield from self._identifier_edge(source, target, ends)
            return
        if "event" in roles:
            event_end, other = (source, target) if roles[0] == "event" else (target, source)
            yield Event(id=self.uid(event_end), name=self.labels.get(event_end, ""),
                        involved=[(self.uid(other), label or "involved")],
                        record_ids=[self.record_id])
            return
        typed = _first(attrs, ("schema", "type", "label"))
        schema = _LINKS.get(typed.casefold(), "UnknownLink")
        props: dict[str, list[str]] = {}
        if schema == "UnknownLink" and typed:
            props["role"] = [typed]
        for key, value in attrs.items():
            folded = key.casefold()
            if value and folded not in DROPPED and folded not in ("schema", "type") \
                    and folded not in START_ATTRS + END_ATTRS and not folded.startswith("viz"):
                props.setdefault(key, []).append(value)
        yield Link(id=self.uid("edge", local_id), schema=schema, source_id=self.uid(source),
                   target_id=self.uid(target), start=parse_iso_date(_first(attrs, START_ATTRS)),
                   end=parse_iso_date(_first(attrs, END_ATTRS)), properties=props,
                   record_ids=[self.record_id])

    def _identifier_edge(self, source: str, target: str,
                         ends: list[tuple[str, str]]) -> Iterator[Item]:
        if ends[0][0] == ends[1][0]:
            self.skipped_identifier_edges += 1
            return
        ident, holder, (_, kind) = (source, target, ends[0]) if ends[0][0] == "identifier" \
            else (target, source, ends[1])
        role, schema = self.kinds.get(holder, ("entity", "LegalEntity"))
        if role != "entity":
            self.skipped_identifier_edges += 1
            return
        entity = Entity(id=self.uid(holder), schema=schema, record_ids=[self.record_id])
        value = self.labels.get(ident, ident)
        if kind in KIND_PROPS:
            entity.add_raw(KIND_PROPS[kind], value)
        else:  # an identifier of a kind we have no property for
            entity.add_raw("notes", f"identifier: {value}")
        yield entity

    def finish(self, name: str) -> Iterator[Issue]:
        dangling = sorted(self.referenced - set(self.kinds))
        if dangling:
            listed = ", ".join(dangling[:MAX_LISTED])
            more = f" and {len(dangling) - MAX_LISTED} more" if len(dangling) > MAX_LISTED else ""
            yield Issue(name, f"{len(dangling)} edge end(s) name nodes the file does not "
                              f"define: {listed}{more}; the links are kept")
        if self.skipped_identifier_edges:
            yield Issue(name, f"{self.skipped_identifier_edges} edge(s) between identifier "
                              "nodes, or from one to an event, skipped", skipped=True)
