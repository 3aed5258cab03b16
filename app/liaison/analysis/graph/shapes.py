"""Circular, radial and hierarchical layouts, around a chosen entity where one is given.

Radial and hierarchical layouts follow a breadth-first tree from the chosen node:
rings (or rows) by distance, and each node's children within its share of the
ring (or under it), so a person's associates sit around them and the associates'
contacts further out. Nodes the chosen one cannot reach go on a last ring or row.
"""

from __future__ import annotations

import math
from collections import deque

from liaison.model.graph import LinkGraph
from liaison.model.progress import Progress

SPACING = 2.0      # distance between neighbouring nodes on a ring or row
RING_GAP = 4.0     # distance between rings (radial) or rows (hierarchical)

Positions = dict[str, tuple[float, float]]


def adjacency(graph: LinkGraph) -> dict[str, list[str]]:
    """Undirected neighbours of every node, each list sorted by (schema, label, key)."""
    out: dict[str, set[str]] = {key: set() for key in graph.nodes}
    for a, b in graph.edge_pairs():
        if a != b:
            out[a].add(b)
            out[b].add(a)

    def order(key: str) -> tuple[str, str, str]:
        node = graph.nodes[key]
        return node.schema, node.label.casefold(), key

    return {key: sorted(ns, key=order) for key, ns in out.items()}


def _ordered(graph: LinkGraph) -> list[str]:
    """Nodes grouped by community when known, biggest degree first within one."""
    degree = {key: 0 for key in graph.nodes}
    for a, b in graph.edge_pairs():
        degree[a] += 1
        degree[b] += 1

    def order(key: str) -> tuple[float, int, str]:
        return graph.nodes[key].metrics.get("community", 0), -degree[key], key

    return sorted(graph.nodes, key=order)


def circular_layout(graph: LinkGraph, centre: str | None = None,
                    progress: Progress | None = None) -> Positions:
    """Every node on one circle (communities side by side), ``centre`` in the middle."""
    (progress or Progress()).check()
    keys = [k for k in _ordered(graph) if k != centre]
    radius = max(SPACING, len(keys) * SPACING / (2 * math.pi))
    out = {key: (radius * math.cos(2 * math.pi * i / len(keys)),
                 radius * math.sin(2 * math.pi * i / len(keys))) for i, key in enumerate(keys)}
    if centre in graph.nodes:
        out[centre] = (0.0, 0.0)
    return out


def _tree(graph: LinkGraph, root: str) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Children and depth of each node reached breadth-first from ``root``."""
    adj = adjacency(graph)
    children: dict[str, list[str]] = {root: []}
    depth = {root: 0}
    queue = deque([root])
    while queue:
        key = queue.popleft()
        for other in adj[key]:
            if other not in depth:
                depth[other] = depth[key] + 1
                children[key].append(other)
                children[other] = []
                queue.append(other)
    return children, depth


def _leaves(children: dict[str, list[str]], root: str) -> dict[str, int]:
    """Leaves under each node (a leaf counts one), computed without recursion."""
    count: dict[str, int] = {}
    order = [root]
    for key in order:
        order.extend(children[key])
    for key in reversed(order):
        count[key] = sum(count[c] for c in children[key]) or 1
    return count


def _root(graph: LinkGraph, centre: str | None) -> str | None:
    if centre in graph.nodes:
        return centre
    if not graph.nodes:
        return None
    adj = adjacency(graph)
    return max(graph.nodes, key=lambda k: (len(adj[k]), k))


def radial_layout(graph: LinkGraph, centre: str | None = None,
                  progress: Progress | None = None) -> Positions:
    """Rings by distance from ``centre`` (default: the best-connected node)."""
    (progress or Progress()).check()
    root = _root(graph, centre)
    if root is None:
        return {}
    children, depth = _tree(graph, root)
    leaves = _leaves(children, root)
    per_ring: dict[int, int] = {}
    for d in depth.values():
        per_ring[d] = per_ring.get(d, 0) + 1
    # A ring must be long enough for its nodes, and further out than the one inside it.
    radius = {0: 0.0}
    for d in range(1, max(per_ring) + 2):
        needed = per_ring.get(d, 0) * SPACING / (2 * math.pi)
        radius[d] = max(radius[d - 1] + RING_GAP, needed)
    out: Positions = {}
    stack = [(root, 0.0, 2 * math.pi)]
    while stack:
        key, lo, hi = stack.pop()
        mid, r = (lo + hi) / 2, radius[depth[key]]
        out[key] = (r * math.cos(mid), r * math.sin(mid))
        start = lo
        for child in children[key]:
            share = (hi - lo) * leaves[child] / leaves[key]
            stack.append((child, start, start + share))
            start += share
    rest = [k for k in _ordered(graph) if k not in out]
    if rest:
        r = max(radius[max(per_ring) + 1], len(rest) * SPACING / (2 * math.pi))
        for i, key in enumerate(rest):
            angle = 2 * math.pi * i / len(rest)
            out[key] = (r * math.cos(angle), r * math.sin(angle))
    return out


def hierarchical_layout(graph: LinkGraph, root: str | None = None,
                        progress: Progress | None = None) -> Positions:
    """Rows by distance from ``root`` (top), each parent centred over its children."""
    (progress or Progress()).check()
    top = _root(graph, root)
    if top is None:
        return {}
    children, depth = _tree(graph, top)
    out: Positions = {}
    next_leaf = 0.0
    # Post-order without recursion: leaves take the next slot, parents sit over children.
    stack: list[tuple[str, bool]] = [(top, False)]
    while stack:
        key, done = stack.pop()
        if not children[key]:
            out[key] = (next_leaf, -depth[key] * RING_GAP)
            next_leaf += SPACING
        elif done:
            xs = [out[c][0] for c in children[key]]
            out[key] = ((min(xs) + max(xs)) / 2, -depth[key] * RING_GAP)
        else:
            stack.append((key, True))
            stack.extend((c, False) for c in reversed(children[key]))
    rest = [k for k in _ordered(graph) if k not in out]
    row = -(max(depth.values()) + 2) * RING_GAP
    for i, key in enumerate(rest):
        out[key] = (i * SPACING, row)
    return out
