"""Building a link chart's graph from the store: records or entities in, a LinkGraph out.

Nodes are the entities the records name (and the given entities), each confirmed
cross-reference cluster merged into one node keyed by its representative; the far
ends of the records' links join as nodes too. Edges are the records' links plus
every stored link between two nodes of the graph, so a chart of search results
shows how its entities relate. Options add shared identifiers and events as nodes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from liaison.analysis.graph.store import (
    DEFAULT_IDENTIFIER_KINDS,
    Clusters,
    adjacent,
    held_identifiers,
    record_rids,
    rows_in,
)
from liaison.model.graph import (
    EDGE_EVENT,
    EDGE_IDENTIFIER,
    EDGE_LINK,
    NODE_ENTITY,
    NODE_EVENT,
    NODE_IDENTIFIER,
    NODE_MISSING,
    GraphEdge,
    GraphNode,
    LinkGraph,
)
from liaison.model.identifiers import IDENTIFIER_KINDS
from liaison.model.progress import Progress
from liaison.model.values import PRECISIONS, DateValue

# Link properties that say more than the schema does, shown in the edge label.
_LABEL_PROPS = ("relationship", "role", "amount", "summary")


@dataclass(frozen=True)
class GraphOptions:
    """How to build a graph; the defaults show entities and links only."""

    identifiers_as_nodes: bool = False
    identifier_kinds: tuple[str, ...] = DEFAULT_IDENTIFIER_KINDS
    # An identifier becomes a node when this many nodes hold it: 2 shows only the
    # identifiers that join someone to someone; 1 shows every identifier.
    min_holders: int = 2
    events_as_nodes: bool = False
    induced_links: bool = True  # also links between nodes from records outside the set


def date_value(value: str | None, precision: str | None) -> DateValue | None:
    if not value:
        return None
    return DateValue(value, precision if precision in PRECISIONS else "day")


class _Builder:
    def __init__(self, conn: Any, options: GraphOptions, progress: Progress) -> None:
        self.conn, self.opts, self.progress = conn, options, progress
        self.clusters = Clusters(conn)
        self.graph = LinkGraph()
        self.eids: set[int] = set()

    def step(self, done: int, message: str) -> None:
        self.progress.update(done, 6, message)

    def entities(self, rids: Sequence[int], entity_ids: Sequence[str]) -> None:
        eids = {e for (e,) in rows_in(self.conn, "SELECT eid FROM entity_records "
                                                 "WHERE rid IN ({in})", rids)}
        self.clusters.load_ids(entity_ids)
        eids |= {self.clusters.eid_of[e] for e in entity_ids if e in self.clusters.eid_of}
        self.eids = self.clusters.with_members(eids)

    def links(self, rids: Sequence[int]) -> list[tuple]:
        """Rows of the records' links and (optionally) of links between the nodes."""
        lids = {lid for (lid,) in rows_in(self.conn, "SELECT lid FROM link_records "
                                                     "WHERE rid IN ({in})", rids)}
        rows = list(rows_in(self.conn, "SELECT lid, id, schema, source_id, target_id, start, "
                                       "start_precision, end, end_precision, props FROM links "
                                       "WHERE lid IN ({in})", sorted(lids)))
        # The far ends of the records' links are part of the picture.
        ends = {r[3] for r in rows} | {r[4] for r in rows}
        self.clusters.load_ids(ends)
        self.eids = self.clusters.with_members(
            self.eids | {self.clusters.eid_of[e] for e in ends if e in self.clusters.eid_of})
        if self.opts.induced_links:
            ids = [self.clusters.id_of[e] for e in self.eids]
            members = set(ids)
            for row in rows_in(self.conn, "SELECT lid, id, schema, source_id, target_id, start, "
                                          "start_precision, end, end_precision, props FROM links "
                                          "WHERE source_id IN ({in})", ids):
                if row[4] in members and row[0] not in lids:
                    lids.add(row[0])
                    rows.append(row)
        return rows

    def nodes(self) -> None:
        facts: dict[int, tuple[str, str]] = {}
        refs: dict[str, set[str]] = defaultdict(set)
        for eid, schema, caption, ref in rows_in(
                self.conn, "SELECT eid, schema, caption, source_ref FROM entities "
                           "WHERE eid IN ({in})", sorted(self.eids)):
            facts[eid] = (schema, caption)
            if ref:
                refs[self.clusters.rep_id(eid)].add(ref)
        records: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for eid, rid_id, agency, country in rows_in(
                self.conn, "SELECT er.eid, r.id, r.agency, r.country FROM entity_records er "
                           "JOIN records r ON r.rid = er.rid WHERE er.eid IN ({in})",
                sorted(self.eids)):
            records[self.clusters.rep_id(eid)].append((rid_id, agency, country))
        values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        dates: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for eid, prop, value, kind in rows_in(
                self.conn, "SELECT eid, prop, value, kind FROM entity_values WHERE eid IN ({in}) "
                           "AND valid = 1 AND kind IS NOT NULL", sorted(self.eids)):
            key = self.clusters.rep_id(eid)
            if kind in IDENTIFIER_KINDS:
                values[key][kind].add(value)
            elif kind == "date":
                dates[key][prop].add(value)
        for eid, _, value in held_identifiers(self.conn, self.eids, ("registration",)):
            values[self.clusters.rep_id(eid)]["registration"].add(value)
        by_key: dict[str, list[int]] = defaultdict(list)
        for eid in sorted(self.eids):
            by_key[self.clusters.rep_id(eid)].append(eid)
        for key, eids in by_key.items():
            rep = self.clusters.eid_of[key]
            schema, caption = facts.get(rep) or facts[eids[0]]
            recs = records.get(key, [])
            self.graph.add_node(GraphNode(
                key=key, kind=NODE_ENTITY, schema=schema, label=caption,
                entity_ids=tuple(sorted(self.clusters.id_of[e] for e in eids)),
                source_refs=tuple(sorted(refs.get(key, ()))),
                record_ids=tuple(sorted({r[0] for r in recs})),
                agencies=tuple(sorted({r[1] for r in recs})),
                countries=tuple(sorted({r[2] for r in recs if r[2]})),
                identifiers={k: tuple(sorted(v)) for k, v in sorted(values[key].items())},
                dates={k: tuple(sorted(v)) for k, v in sorted(dates[key].items())}))

    def node_for(self, entity_id: str) -> str:
        """The node key of a link end, adding a placeholder for an end not in the store."""
        eid = self.clusters.eid_of.get(entity_id)
        key = self.clusters.rep_id(eid) if eid is not None else entity_id
        if key not in self.graph:
            self.graph.add_node(GraphNode(key=key, kind=NODE_MISSING, schema="Thing",
                                          label=f"(not in this workspace: {entity_id[:8]})",
                                          entity_ids=(entity_id,)))
        return key

    def edges(self, rows: list[tuple]) -> None:
        provenance: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for lid, rid_id, agency in rows_in(
                self.conn, "SELECT lr.lid, r.id, r.agency FROM link_records lr JOIN records r "
                           "ON r.rid = lr.rid WHERE lr.lid IN ({in})", [r[0] for r in rows]):
            provenance[lid].append((rid_id, agency))
        for lid, link_id, schema, source, target, start, start_p, end, end_p, props in rows:
            a, b = self.node_for(source), self.node_for(target)
            if a == b:  # both ends merged into one cluster: nothing to draw
                continue
            try:
                extra = {k: tuple(str(x) for x in (v if isinstance(v, list) else [v]))
                         for k, v in json.loads(props or "{}").items()}
            except (ValueError, AttributeError):
                extra = {}
            detail = next((extra[p][0] for p in _LABEL_PROPS if extra.get(p)), "")
            recs = provenance.get(lid, [])
            self.graph.add_edge(GraphEdge(
                key=link_id, source=a, target=b, kind=EDGE_LINK, schema=schema,
                label=f"{schema} ({detail})" if detail else schema,
                start=date_value(start, start_p), end=date_value(end, end_p),
                record_ids=tuple(sorted({r[0] for r in recs})),
                agencies=tuple(sorted({r[1] for r in recs})), properties=extra))

    def events(self, rids: Sequence[int]) -> None:
        entity_ids = [self.clusters.id_of[e] for e in self.eids]
        vids = {v for (v,) in rows_in(self.conn, "SELECT vid FROM event_records "
                                                 "WHERE rid IN ({in})", rids)}
        vids |= {v for (v,) in rows_in(self.conn, "SELECT vid FROM event_entities "
                                                  "WHERE entity_id IN ({in})", entity_ids)}
        involved: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for vid, entity_id, role in rows_in(
                self.conn, "SELECT vid, entity_id, role FROM event_entities WHERE vid IN ({in})",
                sorted(vids)):
            involved[vid].append((entity_id, role))
        recs: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for vid, rid_id, agency in rows_in(
                self.conn, "SELECT er.vid, r.id, r.agency FROM event_records er JOIN records r "
                           "ON r.rid = er.rid WHERE er.vid IN ({in})", sorted(vids)):
            recs[vid].append((rid_id, agency))
        self.clusters.load_ids({e for items in involved.values() for e, _ in items})
        for vid, event_id, name, start, start_p, end, end_p, place in rows_in(
                self.conn, "SELECT vid, id, name, start, start_precision, end, end_precision, "
                           "place FROM events WHERE vid IN ({in})", sorted(vids)):
            present = [(e, r) for e, r in involved[vid] if e in self.clusters.eid_of
                       and self.clusters.rep_id(self.clusters.eid_of[e]) in self.graph]
            if not present:
                continue
            agencies = tuple(sorted({a for _, a in recs[vid]}))
            self.graph.add_node(GraphNode(
                key=event_id, kind=NODE_EVENT, schema="Event", label=name or "Event",
                record_ids=tuple(sorted({r for r, _ in recs[vid]})), agencies=agencies,
                start=date_value(start, start_p), end=date_value(end, end_p),
                dates={"place": (place,)} if place else {}))
            for entity_id, role in present:
                key = self.clusters.rep_id(self.clusters.eid_of[entity_id])
                self.graph.add_edge(GraphEdge(
                    key=f"{event_id}>{key}>{role}", source=key, target=event_id,
                    kind=EDGE_EVENT, schema=role or "involved", label=role or "involved",
                    start=date_value(start, start_p), agencies=agencies))

    def identifiers(self) -> None:
        kinds = tuple(self.opts.identifier_kinds)
        holders: dict[tuple[str, str], set[str]] = defaultdict(set)
        for node in list(self.graph.nodes.values()):
            if node.kind != NODE_ENTITY:
                continue
            for kind in kinds:
                for value in node.identifiers.get(kind, ()):
                    holders[(kind, value)].add(node.key)
        for (kind, value), keys in sorted(holders.items()):
            if len(keys) < max(1, self.opts.min_holders):
                continue
            ident = f"{kind}:{value}"
            self.graph.add_node(GraphNode(key=ident, kind=NODE_IDENTIFIER, schema=kind,
                                          label=value, identifiers={kind: (value,)}))
            for key in sorted(keys):
                self.graph.add_edge(GraphEdge(key=f"{key}>{ident}", source=key, target=ident,
                                              kind=EDGE_IDENTIFIER, schema=kind, label=kind))


def build_graph(conn: Any, record_ids: Iterable[int | str] = (),
                entity_ids: Iterable[str] = (), options: GraphOptions | None = None,
                progress: Progress | None = None) -> LinkGraph:
    """The graph of the given records (row ids or UUIDs) and entities (UUIDs).

    Unknown ids are left out. See the module docstring for what becomes a node or an edge.
    """
    opts = options or GraphOptions()
    b = _Builder(conn, opts, progress or Progress())
    rids = record_rids(conn, list(record_ids))
    b.step(0, "Reading entities")
    b.entities(rids, list(entity_ids))
    b.step(1, "Reading links")
    rows = b.links(rids)
    b.step(2, "Reading entity details")
    b.nodes()
    b.step(3, "Joining links")
    b.edges(rows)
    if opts.events_as_nodes:
        b.step(4, "Reading events")
        b.events(rids)
    if opts.identifiers_as_nodes:
        b.step(5, "Joining shared identifiers")
        b.identifiers()
    b.step(6, "Graph built")
    return b.graph


def neighbourhood(conn: Any, keys: Iterable[str], depth: int = 1, *,
                  identifier_kinds: Sequence[str] = (), limit: int = 2000,
                  progress: Progress | None = None) -> tuple[list[str], bool]:
    """Node keys within ``depth`` links of ``keys`` (themselves included), nearest first.

    Stops adding once ``limit`` keys are found (a hub can reach everyone); the flag
    says whether it did. Identifier nodes (``'phone:+49...'``) reach their holders.
    """
    progress = progress or Progress()
    clusters = Clusters(conn)
    start = [k for k in dict.fromkeys(keys)]
    found = dict.fromkeys(_entity_keys(conn, clusters, start))
    frontier = list(found)
    for level in range(max(0, depth)):
        progress.update(level, depth, "Expanding")
        reached = adjacent(conn, clusters, frontier, identifier_kinds)
        new = sorted({k for ks in reached.values() for k in ks} - set(found))
        if len(found) + len(new) > limit:
            found.update(dict.fromkeys(new[:max(0, limit - len(found))]))
            return list(found), True
        found.update(dict.fromkeys(new))
        frontier = new
        if not frontier:
            break
    return list(found), False


def _entity_keys(conn: Any, clusters: Clusters, keys: Sequence[str]) -> list[str]:
    """Entity node keys for ``keys``: identifier keys become the keys of their holders."""
    out: list[str] = []
    for key in keys:
        kind, _, value = key.partition(":")
        if value and kind in IDENTIFIER_KINDS:
            holders = [eid for (eid,) in conn.execute(
                "SELECT eid FROM entity_values WHERE kind = ? AND value = ? AND valid = 1",
                (kind, value))]
            clusters.with_members(holders)
            out += [clusters.rep_id(e) for e in holders]
        else:
            out.append(clusters.key_of(key))
    return list(dict.fromkeys(out))
