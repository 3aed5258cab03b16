"""Graph analytics for the link chart: build, paths, centrality, communities, layouts (no Qt).

A graph is a :class:`~liaison.model.graph.LinkGraph` built from the store by
:func:`build_graph`; analytics and :func:`layout` live in ``analytics``; ``build``
(records to nodes and links), ``store`` (the SQL behind it), ``force`` (force-directed,
scales to 100k nodes), ``shapes`` (circular, radial, hierarchical), ``grouped``
(communities apart, with :func:`separation` to measure it), ``groups`` (collapse nodes
into one group node, :func:`collapse`, and :func:`expand` it), ``centrality``, ``paths``.
"""

from __future__ import annotations

from liaison.analysis.graph.analytics import (
    LAYOUTS,
    LinkGraph,
    annotate,
    collapsible,
    force_layout,
    layout,
    shortest_path,
)
from liaison.analysis.graph.build import (
    GraphOptions,
    build_graph,
    date_value,
    neighbourhood,
)
from liaison.analysis.graph.grouped import (
    community_layout_arrays,
    separation,
)
from liaison.analysis.graph.groups import (
    collapse,
    expand,
)
from liaison.analysis.graph.paths import (
    store_path,
)
from liaison.analysis.graph.store import (
    Clusters,
    record_rids,
    rows_in,
)

__all__ = [
    "LAYOUTS",
    "Clusters",
    "GraphOptions",
    "LinkGraph",
    "annotate",
    "build_graph",
    "collapse",
    "collapsible",
    "community_layout_arrays",
    "date_value",
    "expand",
    "force_layout",
    "layout",
    "neighbourhood",
    "record_rids",
    "rows_in",
    "separation",
    "shortest_path",
    "store_path",
]
