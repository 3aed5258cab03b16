"""Small hand-built graphs for the graph tests."""

from __future__ import annotations

from liaison.model.graph import EDGE_LINK, NODE_ENTITY, GraphEdge, GraphNode, LinkGraph
from liaison.model.values import DateValue


def graph_of(edges: list[tuple[str, str]], nodes: list[str] = (),  # type: ignore[assignment]
             schema: str = "Associate", start: DateValue | None = None,
             prefix: str = "e") -> LinkGraph:
    """A LinkGraph of Person nodes named by their keys, one link per (a, b) pair given."""
    g = LinkGraph()
    for key in [*nodes, *(k for pair in edges for k in pair)]:
        if key not in g:
            g.add_node(GraphNode(key=key, kind=NODE_ENTITY, schema="Person", label=key.upper(),
                                 entity_ids=(key,), record_ids=(f"r-{key}",),
                                 agencies=("Agency",)))
    for i, (a, b) in enumerate(edges):
        g.add_edge(GraphEdge(key=f"{prefix}{i}", source=a, target=b, kind=EDGE_LINK, schema=schema,
                             label=schema, start=start, record_ids=("r1",)))
    return g


def two_cliques(size: int = 5, extra: list[tuple[str, str]] = ()  # type: ignore[assignment]
                ) -> LinkGraph:
    """Two complete graphs of ``size`` nodes (a0.., b0..) joined by the bridge a0 - b0."""
    edges = list(extra)
    for side in "ab":
        keys = [f"{side}{i}" for i in range(size)]
        edges += [(x, y) for i, x in enumerate(keys) for y in keys[i + 1:]]
    edges.append(("a0", "b0"))
    return graph_of(edges)
