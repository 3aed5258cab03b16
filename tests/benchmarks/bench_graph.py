"""Graph layout and analytics at 1k / 10k / 100k nodes, and a chart of the demo case.

Synthetic graphs: LIAISON_BENCH_GRAPH_SIZES nodes (default 1000,10000,100000) in
communities of ~100 with ~3 edges per node, 90% of them inside a community (seed 1).
Timed: the force-directed layout (target: 10k in < 2 s, 100k in < 30 s on this
machine), the radial layout, degree and betweenness centrality (sampled above 1,000
nodes) and community detection (Louvain, or label propagation at scale).

Demo case: LIAISON_BENCH_RECORDS records (default 10,000) imported, then the chart of
all of them built from the store with shared identifiers as nodes, annotated, laid
out and exported to GraphML, GEXF and ANX.

Run: ``python -m tests.benchmarks.run graph``
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np

from .table import peak_rss_mib, print_table

PASSPHRASE = "benchmark passphrase"


def community_graph(n: int, per_node: int = 3, size: int = 100, p_out: float = 0.1,
                    seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    community = np.sort(rng.integers(0, max(1, n // size), n))
    m = per_node * n
    src = rng.integers(0, n, m)
    first = np.searchsorted(community, community, "left")
    last = np.searchsorted(community, community, "right")
    inside = first[src] + (rng.random(m) * (last[src] - first[src])).astype(np.int64)
    dst = np.where(rng.random(m) < p_out, rng.integers(0, n, m), inside)
    return src, dst


def link_graph(n: int, src: np.ndarray, dst: np.ndarray):
    from liaison.model.graph import EDGE_LINK, NODE_ENTITY, GraphEdge, GraphNode, LinkGraph

    g = LinkGraph()
    for i in range(n):
        g.nodes[f"n{i}"] = GraphNode(f"n{i}", NODE_ENTITY, "Person", f"Person {i}")
    for i, (a, b) in enumerate(zip(src.tolist(), dst.tolist(), strict=True)):
        g.edges[f"e{i}"] = GraphEdge(f"e{i}", f"n{a}", f"n{b}", EDGE_LINK, "Associate")
    return g


def _seconds(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def synthetic() -> None:
    from liaison.analysis.graph import analytics as analysis
    from liaison.analysis.graph import community_layout_arrays, separation
    from liaison.analysis.graph.force import force_layout_arrays

    sizes = [int(s) for s in os.environ.get("LIAISON_BENCH_GRAPH_SIZES",
                                            "1000,10000,100000").split(",")]
    rows = []
    for n in sizes:
        src, dst = community_graph(n)
        layout_s, plain = _seconds(lambda n=n, src=src, dst=dst:
                                   force_layout_arrays(n, src, dst, seed=1))
        g = link_graph(n, src, dst)
        radial_s, _ = _seconds(lambda g=g: analysis.layout(g, "radial"))
        degree_s, _ = _seconds(lambda g=g: analysis.degree_centrality(g))
        between_s, _ = _seconds(lambda g=g: analysis.betweenness_centrality(g, seed=1))
        simple = analysis.to_networkx(g)
        samples = "all" if n <= analysis.EXACT_BETWEENNESS_MAX else str(max(
            analysis.MIN_SAMPLES, analysis.BETWEENNESS_BUDGET //
            (n + simple.number_of_edges())))
        method = "louvain" if n + simple.number_of_edges() <= analysis.LOUVAIN_MAX \
            else "label_propagation"
        comm_s, found = _seconds(lambda g=g: analysis.communities(g, seed=1))
        # Communities apart (issue 18): the time given the communities, and how many nodes
        # lie nearer their own community's centre than any other's, plain and grouped.
        labels = np.array([found[f"n{i}"] for i in range(n)])
        grouped_s, grouped = _seconds(lambda n=n, src=src, dst=dst, labels=labels:
                                      community_layout_arrays(n, src, dst, labels, seed=1))
        apart = f"{separation(plain, labels):.2f} / {separation(grouped, labels):.2f}"
        rows.append([f"{n:,}", f"{len(src):,}", round(layout_s, 2), round(radial_s, 2),
                     round(degree_s, 2), round(between_s, 2), samples, round(comm_s, 2),
                     method, f"{len(set(found.values())):,}", round(grouped_s, 2), apart,
                     round(peak_rss_mib())])
    print_table("Graph layout and analytics (synthetic, ~3 edges per node, seconds)",
                ["nodes", "edges", "force layout", "radial", "degree", "betweenness",
                 "sources", "communities", "method", "found", "communities apart",
                 "separation plain / apart", "peak MiB"], rows)


def demo_chart() -> None:
    from liaison.analysis.graph import analytics as analysis
    from liaison.workspace import Workspace

    records = int(os.environ.get("LIAISON_BENCH_RECORDS", 10_000))
    with tempfile.TemporaryDirectory() as tmp, Workspace.create(
            Path(tmp) / "ws", "BKA", "DE", use_keyring=False, passphrase=PASSPHRASE) as ws:
        ws.import_demo(records)
        rids = ws.record_ids()
        rows = []
        build_s, g = _seconds(lambda: ws.graph_for_records(rids, identifiers_as_nodes=True))
        counts = g.counts()
        rows.append(["build from the store", round(build_s, 2)])
        rows.append(["annotate (degree, betweenness, communities)",
                     round(_seconds(lambda: analysis.annotate(g, seed=1))[0], 2)])
        rows.append(["force layout", round(_seconds(lambda: analysis.layout(g, seed=1))[0], 2)])
        for fmt in ("graphml", "gexf", "anx"):
            out = Path(tmp) / f"chart.{fmt}"
            seconds, _ = _seconds(lambda fmt=fmt, out=out: ws.graph_export(g, fmt, out))
            rows.append([f"export {fmt} ({out.stat().st_size / 2**20:.1f} MiB)",
                         round(seconds, 2)])
        items_s, items = _seconds(lambda: ws.timeline_items(rids))
        rows.append([f"timeline items ({len(items):,})", round(items_s, 2)])
    print_table(f"Chart of the demo case: {records:,} records -> {counts['nodes']:,} nodes, "
                f"{counts['edges']:,} edges (seconds)", ["step", "seconds"], rows)


def run() -> None:
    synthetic()
    demo_chart()
