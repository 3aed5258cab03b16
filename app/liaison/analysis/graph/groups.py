"""Collapsing nodes of a chart into one group node and expanding it again (issue 18:
grouping by community, agency or country with collapse and expand).

A group node stands for its members: their entities, records, agencies and countries;
a link from a member to a node outside is redrawn from the group node (keeping its key,
so parallel links still bundle), links between members are not drawn. What the group
stands for is kept in ``LinkGraph.groups`` under the group node's key, so expanding it
puts back exactly what was collapsed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from liaison.model.graph import NODE_GROUP, GraphNode, LinkGraph

GROUP_PREFIX = "group:"


def group_key(members: Iterable[str]) -> str:
    """The key of the group of these nodes (the same members, the same key)."""
    digest = hashlib.sha256("\n".join(sorted(members)).encode()).hexdigest()[:16]
    return GROUP_PREFIX + digest


def collapse(graph: LinkGraph, members: Iterable[str], label: str) -> tuple[LinkGraph, str]:
    """A copy of ``graph`` with ``members`` (two or more of its nodes) drawn as one group
    node labelled ``label``, at their centre; returns it and the group node's key."""
    keys = [k for k in dict.fromkeys(members) if k in graph.nodes]
    if len(keys) < 2:
        raise ValueError("a group needs at least two nodes of the chart")
    inside = set(keys)
    key = group_key(keys)
    kept = LinkGraph()
    for k in keys:
        kept.nodes[k] = graph.nodes[k]
    kept.edges = {e.key: e for e in graph.edges.values()
                  if e.source in inside or e.target in inside}
    kept.positions = {k: graph.positions[k] for k in keys if k in graph.positions}
    kept.groups = {k: graph.groups[k] for k in keys if k in graph.groups}
    nodes = [graph.nodes[k] for k in keys]

    def union(field: str) -> tuple[str, ...]:
        return tuple(sorted({v for n in nodes for v in getattr(n, field)}))

    out = graph.subgraph([k for k in graph.nodes if k not in inside])
    out.truncated = graph.truncated
    out.groups[key] = kept
    community = nodes[0].metrics.get("community")
    out.nodes[key] = GraphNode(
        key=key, kind=NODE_GROUP, schema="Group", label=label,
        entity_ids=union("entity_ids"), record_ids=union("record_ids"),
        agencies=union("agencies"), countries=union("countries"),
        metrics={"degree": float(len(keys)), "members": float(len(keys)),
                 **({"community": community} if community is not None else {})})
    for edge in kept.edges.values():
        source = key if edge.source in inside else edge.source
        target = key if edge.target in inside else edge.target
        if source != target and source in out.nodes and target in out.nodes:
            out.edges[edge.key] = replace(edge, source=source, target=target)
    if kept.positions:
        xs, ys = zip(*kept.positions.values(), strict=True)
        out.positions[key] = (sum(xs) / len(xs), sum(ys) / len(ys))
    return out, key


def expand(graph: LinkGraph, key: str) -> LinkGraph:
    """A copy of ``graph`` with group node ``key`` replaced by what it stands for (links to
    nodes no longer in the chart are left out)."""
    kept = graph.groups.get(key)
    if kept is None:
        raise ValueError(f"{key} is not a collapsed group of this chart")
    out = graph.subgraph([k for k in graph.nodes if k != key])
    out.truncated = graph.truncated
    for edge_key in kept.edges:
        out.edges.pop(edge_key, None)
    out.nodes.update(kept.nodes)
    out.groups.update(kept.groups)
    for edge in kept.edges.values():
        if edge.source in out.nodes and edge.target in out.nodes:
            out.edges[edge.key] = edge
    out.positions.update(kept.positions)
    return out
