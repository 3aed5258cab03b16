"""Graph analytics for the link chart: paths, centrality, communities, layouts (no Qt).

This is the public face. A graph is a :class:`~liaison.model.graph.LinkGraph`, built
from the store by :func:`build_graph` (``build``); analytics run on the
undirected simple graph it implies, with networkx; layouts live in ``force``
(force-directed, scales to 100k nodes) and ``shapes`` (circular, radial,
hierarchical). Results are keyed by node key, and :func:`annotate` writes them into
``node.metrics`` so exports and the chart can size and colour by them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx
import numpy as np

from liaison.analysis.graph.build import GraphOptions, build_graph, neighbourhood
from liaison.analysis.graph.centrality import betweenness
from liaison.analysis.graph.force import force_layout_arrays, initial_array, layout_positions
from liaison.analysis.graph.grouped import community_layout_arrays
from liaison.analysis.graph.paths import store_path
from liaison.analysis.graph.shapes import circular_layout, hierarchical_layout, radial_layout
from liaison.analysis.graph.store import DEFAULT_IDENTIFIER_KINDS
from liaison.model.graph import LinkGraph
from liaison.model.progress import Progress

__all__ = [
    "DEFAULT_IDENTIFIER_KINDS",
    "LAYOUTS",
    "GraphOptions",
    "annotate",
    "betweenness_centrality",
    "build_graph",
    "collapsible",
    "communities",
    "community_layout",
    "degree_centrality",
    "force_layout",
    "layout",
    "neighbourhood",
    "shortest_path",
    "store_path",
    "to_networkx",
]

LAYOUTS = ("force", "circular", "radial", "hierarchical", "communities", "agencies",
           "countries")
GROUPINGS = ("communities", "agencies", "countries")  # layouts that draw groups apart
EXACT_BETWEENNESS_MAX = 2000   # nodes; above this, betweenness samples sources
BETWEENNESS_BUDGET = 16_000_000  # sampled sources x (nodes + edges): ~1 s at 10k nodes
MIN_SAMPLES = 32
LOUVAIN_MAX = 150_000          # nodes + edges; above this, fast label propagation


def to_networkx(graph: LinkGraph) -> nx.Graph:
    """The undirected simple graph: one edge per joined pair, ``weight`` = links joining it."""
    g = nx.Graph()
    g.add_nodes_from(graph.nodes)
    for a, b in graph.edge_pairs():
        if a == b:
            continue
        if g.has_edge(a, b):
            g[a][b]["weight"] += 1
        else:
            g.add_edge(a, b, weight=1)
    return g


def shortest_path(graph: LinkGraph, a: str, b: str) -> list[str] | None:
    """Node keys of one shortest path from ``a`` to ``b`` in the chart; None if unjoined."""
    try:
        return nx.shortest_path(to_networkx(graph), a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return None


def degree_centrality(graph: LinkGraph) -> dict[str, float]:
    """Share of the other nodes each node is joined to (0..1)."""
    return nx.degree_centrality(to_networkx(graph))


def betweenness_centrality(graph: LinkGraph, *, k: int | None = None, seed: int = 0,
                           progress: Progress | None = None) -> dict[str, float]:
    """Normalised betweenness (as networkx computes it); exact up to
    ``EXACT_BETWEENNESS_MAX`` nodes, else estimated from ``k`` sampled sources.

    ``k`` defaults to as many sources as ``BETWEENNESS_BUDGET`` allows for the graph's
    size (at least ``MIN_SAMPLES``); the sample is deterministic for a ``seed``.
    """
    keys = graph.node_keys()
    index = graph.index()
    pairs = list(graph.edge_pairs())
    n = len(keys)
    if k is None and n > EXACT_BETWEENNESS_MAX:
        k = max(MIN_SAMPLES, BETWEENNESS_BUDGET // max(1, n + len(pairs)))
    values = betweenness(n, [index[a] for a, _ in pairs], [index[b] for _, b in pairs],
                         k=k, seed=seed, progress=progress)
    return dict(zip(keys, values.tolist(), strict=True))


def communities(graph: LinkGraph, *, method: str = "auto", seed: int = 0,
                resolution: float = 1.0) -> dict[str, int]:
    """Community number of each node: 0 for the biggest community, 1 for the next...

    ``method`` is 'louvain' (better), 'label_propagation' (faster at scale) or 'auto'.
    """
    g = to_networkx(graph)
    if method == "auto":
        method = "louvain" if g.number_of_nodes() + g.number_of_edges() <= LOUVAIN_MAX \
            else "label_propagation"
    if method == "louvain":
        found = nx.community.louvain_communities(g, weight="weight", resolution=resolution,
                                                 seed=seed)
    elif method == "label_propagation":
        found = nx.community.fast_label_propagation_communities(g, weight="weight", seed=seed)
    else:
        raise ValueError(f"unknown community method {method!r}")
    ranked = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {key: number for number, members in enumerate(ranked) for key in members}


def annotate(graph: LinkGraph, *, with_betweenness: bool = True, community: bool = True,
             seed: int = 0, progress: Progress | None = None) -> None:
    """Write 'degree', 'degree_centrality', 'betweenness' and 'community' into node metrics."""
    g = to_networkx(graph)
    dc = nx.degree_centrality(g)
    for key, node in graph.nodes.items():
        node.metrics["degree"] = float(g.degree(key))
        node.metrics["degree_centrality"] = dc.get(key, 0.0)
    if with_betweenness:
        for key, value in betweenness_centrality(graph, seed=seed, progress=progress).items():
            graph.nodes[key].metrics["betweenness"] = value
    if community:
        for key, value in communities(graph, seed=seed).items():
            graph.nodes[key].metrics["community"] = float(value)


def force_layout(graph: LinkGraph, *, seed: int = 0, progress: Progress | None = None,
                 keep: bool = False, pinned: Iterable[str] = ()) -> dict[str, tuple[float, float]]:
    """Force-directed positions for every node, also stored in ``graph.positions``.

    With ``keep`` the nodes already in ``graph.positions`` start where they are (new
    ones beside their neighbours), so an expanded chart keeps its shape; ``pinned``
    nodes do not move.
    """
    keys = graph.node_keys()
    index = graph.index()
    src = [index[a] for a, _ in graph.edge_pairs()]
    dst = [index[b] for _, b in graph.edge_pairs()]
    initial = initial_array(keys, graph.positions) if keep and graph.positions else None
    pinned = set(pinned)
    fixed = None
    if pinned and initial is not None:
        fixed = np.array([key in pinned and key in graph.positions for key in keys])
    pos = force_layout_arrays(len(keys), src, dst, seed=seed, progress=progress,
                              initial=initial, fixed=fixed)
    graph.positions = layout_positions(keys, pos)
    return graph.positions


def layout(graph: LinkGraph, method: str = "force", *, centre: str | None = None,
           seed: int = 0, progress: Progress | None = None,
           pinned: Mapping[str, tuple[float, float]] | None = None
           ) -> dict[str, tuple[float, float]]:
    """Positions by ``method`` (one of :data:`LAYOUTS`), stored in ``graph.positions``.

    ``pinned`` nodes (key -> position) stay exactly where they are: an analyst who
    dragged a node into place keeps it there however often the chart is laid out.
    The force layout is then turned and moved to sit over the pins and refined with
    them fixed, so their neighbours gather round them; a shape layout keeps its shape
    with the pinned nodes left in their places.
    """
    shapes = {"circular": circular_layout, "radial": radial_layout,
              "hierarchical": hierarchical_layout}
    if method != "force" and method not in shapes and method not in GROUPINGS:
        raise ValueError(f"unknown layout {method!r}; choose one of {', '.join(LAYOUTS)}")
    pins = {k: (float(x), float(y)) for k, (x, y) in (pinned or {}).items() if k in graph}
    if method == "force":
        force_layout(graph, seed=seed, progress=progress)
        if pins:
            _fit_to_pins(graph, pins)
            graph.positions.update(pins)
            force_layout(graph, seed=seed, progress=progress, keep=True, pinned=pins)
    else:
        graph.positions = (community_layout(graph, centre, progress, seed=seed, by=method)
                           if method in GROUPINGS else shapes[method](graph, centre, progress))
    graph.positions.update(pins)
    return graph.positions


def community_layout(graph: LinkGraph, _centre: str | None = None,
                     progress: Progress | None = None, *, seed: int = 0,
                     by: str = "communities") -> dict[str, tuple[float, float]]:
    """Each group a compact cluster, the groups apart (``grouped.py``). Groups ``by``
    community (those ``annotate`` wrote into the nodes' metrics, else found here), by
    the first agency that reported the node, or by its first country (nodes with none
    form a group of their own)."""
    keys = graph.node_keys()
    if by == "agencies":
        names = [(graph.nodes[k].agencies or ("",))[0] for k in keys]
        known = list(np.unique(names, return_inverse=True)[1])
    elif by == "countries":
        names = [(graph.nodes[k].countries or ("",))[0] for k in keys]
        known = list(np.unique(names, return_inverse=True)[1])
    else:
        known = [graph.nodes[k].metrics.get("community") for k in keys]
        if any(value is None for value in known):
            found = communities(graph, seed=seed)
            known = [found[k] for k in keys]
    index = graph.index()
    src = [index[a] for a, _ in graph.edge_pairs()]
    dst = [index[b] for _, b in graph.edge_pairs()]
    pos = community_layout_arrays(len(keys), src, dst, np.array(known, dtype=np.int64),
                                  seed=seed, progress=progress)
    return layout_positions(keys, pos)


def _fit_to_pins(graph: LinkGraph, pins: Mapping[str, tuple[float, float]]) -> None:
    """Move ``graph.positions`` so that the pinned nodes' centre lies on their pins' centre
    (a translation: the layout's scale and turn are its own)."""
    keys = list(pins)
    laid = np.array([graph.positions[k] for k in keys])
    target = np.array([pins[k] for k in keys])
    dx, dy = (target.mean(axis=0) - laid.mean(axis=0)).tolist()
    graph.positions = {k: (x + dx, y + dy) for k, (x, y) in graph.positions.items()}


def collapsible(graph: LinkGraph, key: str, added: Iterable[str] | None = None) -> set[str]:
    """The nodes collapsing ``key`` removes: those of ``added`` (the nodes expanding it
    brought in; by default its neighbours) whose every neighbour is ``key`` or another
    of them, so nothing the chart showed otherwise loses a link."""
    candidates = (set(added) if added is not None else graph.neighbours(key)) & set(graph.nodes)
    candidates.discard(key)
    group = candidates | {key}
    outside: set[str] = set()  # candidates with a link to something outside the group
    for a, b in graph.edge_pairs():
        if a in candidates and b not in group:
            outside.add(a)
        if b in candidates and a not in group:
            outside.add(b)
    return candidates - outside
