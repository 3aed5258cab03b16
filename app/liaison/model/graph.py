"""The graph a link chart shows and the graph exports write: nodes, edges and their facts.

Plain data with no graph library: ``analysis.graph.build`` fills it from the store,
``analysis.graph`` and ``analysis.graph.force`` compute on it, ``formats`` write it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from liaison.model.values import DateValue

# What a node stands for.
NODE_ENTITY = "entity"          # one entity, or a cluster of entities judged the same
NODE_IDENTIFIER = "identifier"  # a phone, IBAN, e-mail... shared by the entities it joins
NODE_EVENT = "event"            # an event, joined to the entities involved in it
NODE_MISSING = "missing"        # a link end the store does not hold (sent before the entity)
NODE_GROUP = "group"            # nodes the analyst collapsed into one (``LinkGraph.groups``)

# What an edge stands for.
EDGE_LINK = "link"              # a stored link (Associate, Call, Ownership...)
EDGE_IDENTIFIER = "identifier"  # an entity holds an identifier
EDGE_EVENT = "event"            # an entity took part in an event (its role is the schema)
# A link the analyst drew by hand: the analyst's assertion, not a partner's data; its key
# is "analyst:<id>" and its properties say who drew it and when.
EDGE_ANALYST = "analyst"


def _union(a: tuple[str, ...], b: Iterable[str]) -> tuple[str, ...]:
    """Sorted union of two string collections, as the node and edge fields keep them."""
    return tuple(sorted(set(a).union(b)))


@dataclass
class GraphNode:
    """One node: ``key`` is the representative entity's id for an entity (or cluster), or
    ``'<kind>:<value>'`` for an identifier, or the event id."""

    key: str
    kind: str
    schema: str                    # FtM schema, identifier kind ('phone'...) or 'Event'
    label: str
    entity_ids: tuple[str, ...] = ()     # the entities this node stands for
    # Their ids in the partners' own files (FtM id, STIX id, MISP uuid, CSV row key),
    # to trace a node back to what a partner sent.
    source_refs: tuple[str, ...] = ()
    record_ids: tuple[str, ...] = ()     # the records that name them
    agencies: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    identifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> values
    dates: dict[str, tuple[str, ...]] = field(default_factory=dict)        # prop -> ISO dates
    start: DateValue | None = None       # events: when it happened
    end: DateValue | None = None
    # Filled by analysis on request: 'degree', 'betweenness', 'community'...
    metrics: dict[str, float] = field(default_factory=dict)
    # The analyst's notes on its entities: (note id, text, who, when); never exported.
    notes: tuple[tuple[str, str, str, str], ...] = ()

    def merged(self, other: GraphNode) -> GraphNode:
        """This node with the facts of ``other`` (same key) added."""
        identifiers = dict(self.identifiers)
        for kind, values in other.identifiers.items():
            identifiers[kind] = _union(identifiers.get(kind, ()), values)
        dates = dict(self.dates)
        for prop, values in other.dates.items():
            dates[prop] = _union(dates.get(prop, ()), values)
        return replace(
            self, entity_ids=_union(self.entity_ids, other.entity_ids),
            source_refs=_union(self.source_refs, other.source_refs),
            record_ids=_union(self.record_ids, other.record_ids),
            agencies=_union(self.agencies, other.agencies),
            countries=_union(self.countries, other.countries),
            identifiers=identifiers, dates=dates, start=self.start or other.start,
            end=self.end or other.end, metrics={**other.metrics, **self.metrics},
            notes=tuple(dict.fromkeys(self.notes + other.notes)))


@dataclass
class GraphEdge:
    """One edge; stored links keep their own id as ``key``, so parallel links stay apart."""

    key: str
    source: str
    target: str
    kind: str
    schema: str                    # link schema, identifier kind, or the role in an event
    label: str = ""
    start: DateValue | None = None
    end: DateValue | None = None
    record_ids: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    properties: dict[str, tuple[str, ...]] = field(default_factory=dict)


def analyst_edge(link_id: str, source: str, target: str, label: str, created_by: str,
                 created: str) -> GraphEdge:
    """The edge of a link the analyst drew, between node keys ``source`` and ``target``."""
    return GraphEdge(key=f"analyst:{link_id}", source=source, target=target, kind=EDGE_ANALYST,
                     schema="AnalystLink", label=label,
                     properties={"created_by": (created_by,), "created": (created,)})


class LinkGraph:
    """Nodes and edges by key, in insertion order, with optional layout positions.

    Edges may be parallel (two calls between the same people) and directed as the
    source wrote them; analysis works on the undirected simple graph they imply.
    """

    def __init__(self) -> None:
        self.nodes: dict[str, GraphNode] = {}
        self.edges: dict[str, GraphEdge] = {}
        # Layout result, node key -> (x, y); empty until a layout ran.
        self.positions: dict[str, tuple[float, float]] = {}
        # True when a size limit left neighbours out (expansion, path search).
        self.truncated = False
        # Collapsed groups: group node key -> what it stands for (its members, the edges
        # touching them, their positions), to expand it again.
        self.groups: dict[str, LinkGraph] = {}

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, key: object) -> bool:
        return key in self.nodes

    def add_node(self, node: GraphNode) -> GraphNode:
        """Add ``node``, or merge its facts into the node already under its key."""
        old = self.nodes.get(node.key)
        self.nodes[node.key] = old.merged(node) if old else node
        return self.nodes[node.key]

    def add_edge(self, edge: GraphEdge) -> None:
        """Add ``edge``; its ends must be nodes already (a reader bug otherwise)."""
        if edge.source not in self.nodes or edge.target not in self.nodes:
            raise ValueError(f"edge {edge.key} joins a node the graph does not hold")
        old = self.edges.get(edge.key)
        if old is not None:
            edge = replace(old, record_ids=_union(old.record_ids, edge.record_ids),
                           agencies=_union(old.agencies, edge.agencies))
        self.edges[edge.key] = edge

    def merge(self, other: LinkGraph) -> None:
        """Add every node, edge and position of ``other`` (expanding a chart)."""
        for node in other.nodes.values():
            self.add_node(node)
        for edge in other.edges.values():
            self.add_edge(edge)
        for key, xy in other.positions.items():
            self.positions.setdefault(key, xy)
        for key, members in other.groups.items():
            self.groups.setdefault(key, members)
        self.truncated = self.truncated or other.truncated

    def copy(self) -> LinkGraph:
        out = LinkGraph()
        out.merge(self)
        out.truncated = self.truncated
        return out

    def node_keys(self) -> list[str]:
        return list(self.nodes)

    def index(self) -> dict[str, int]:
        """Node key -> position in :meth:`node_keys` (the order layouts return rows in)."""
        return {key: i for i, key in enumerate(self.nodes)}

    def edge_pairs(self) -> Iterator[tuple[str, str]]:
        """(source, target) of every edge, parallel edges included."""
        for edge in self.edges.values():
            yield edge.source, edge.target

    def neighbours(self, key: str) -> set[str]:
        """Keys of the nodes sharing an edge with ``key`` (either direction)."""
        out = set()
        for edge in self.edges.values():
            if edge.source == key:
                out.add(edge.target)
            elif edge.target == key:
                out.add(edge.source)
        return out

    def subgraph(self, keys: Iterable[str]) -> LinkGraph:
        """The nodes in ``keys`` and the edges between them (hiding the rest of a chart)."""
        wanted = set(keys) & set(self.nodes)
        out = LinkGraph()
        for key, node in self.nodes.items():
            if key in wanted:
                out.nodes[key] = node
        for key, edge in self.edges.items():
            if edge.source in wanted and edge.target in wanted:
                out.edges[key] = edge
        out.positions = {k: xy for k, xy in self.positions.items() if k in wanted}
        out.groups = {k: g for k, g in self.groups.items() if k in wanted}
        return out

    def counts(self) -> dict[str, int]:
        """Nodes and edges by kind, for status lines and audit entries."""
        out = {"nodes": len(self.nodes), "edges": len(self.edges)}
        for node in self.nodes.values():
            out[f"{node.kind}_nodes"] = out.get(f"{node.kind}_nodes", 0) + 1
        for edge in self.edges.values():
            out[f"{edge.kind}_edges"] = out.get(f"{edge.kind}_edges", 0) + 1
        return out
