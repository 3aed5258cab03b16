"""Link chart and timeline frame times, rendered offscreen.

Chart: synthetic graphs of 10k nodes / 30k edges and 100k / 300k (communities of
~100, ~3 edges per node, six link types, positions around community centres so
most edges are short, as after a force layout). Timed: the first draw (building
the batched items) and frames of pan and zoom, each a view-range change, the
level-of-detail labels (node names; link types when zoomed in) and a full ``grab()``
of a 1600x1000 canvas (targets: >= 30 frames/s at 10k, >= 10 at 100k); and frames
of dragging one node across the whole chart (one spot moved, edges and labels
redrawn). Timeline: 100k events (a tenth of them
year-only spans) shown, then frames of pan/zoom: density strip only (the default
above 20k items) and with every item drawn on its lane.

Run: ``python -m tests.benchmarks.run chart`` (sizes: LIAISON_BENCH_CHART_SIZES,
default 10000,100000).
"""

from __future__ import annotations

import os
import statistics
import time

import numpy as np

from .bench_graph import community_graph
from .table import peak_rss_mib, print_table

FRAMES = 20
SCHEMAS = ("Associate", "Call", "Payment", "Ownership", "Family", "Directorship")
KINDS = ("Person", "Company", "Vehicle", "BankAccount", "Person", "Person")


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def chart_graph(n: int):
    from liaison.model.graph import EDGE_LINK, NODE_ENTITY, GraphEdge, GraphNode, LinkGraph

    src, dst = community_graph(n)
    rng = np.random.default_rng(2)
    community = np.sort(rng.integers(0, max(1, n // 100), n))
    centres = rng.normal(0, 100 * np.sqrt(n / 100), (community.max() + 1, 2))
    xy = centres[community] + rng.normal(0, 25, (n, 2))
    degree = np.bincount(np.concatenate([src, dst]), minlength=n)
    g = LinkGraph()
    for i in range(n):
        g.nodes[f"n{i}"] = GraphNode(f"n{i}", NODE_ENTITY, KINDS[i % 6], f"Node {i}",
                                     agencies=(f"agency {i % 7}",),
                                     metrics={"degree": float(degree[i]),
                                              "community": float(community[i])})
        g.positions[f"n{i}"] = (float(xy[i, 0]), float(xy[i, 1]))
    for i, (a, b) in enumerate(zip(src.tolist(), dst.tolist(), strict=True)):
        g.edges[f"e{i}"] = GraphEdge(f"e{i}", f"n{a}", f"n{b}", EDGE_LINK, SCHEMAS[i % 6])
    return g


def _frames(app, widget, box, step) -> float:
    """Median ms per frame: ``step(i)`` changes the view, then one full offscreen render."""
    samples = []
    for i in range(FRAMES):
        app.processEvents()  # untimed: a shown widget's own repaint would paint it twice
        start = time.perf_counter()
        step(i)
        widget.grab()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def bench_chart(app, n: int) -> list[object]:
    from liaison.ui.link_chart import LinkChartCanvas

    graph = chart_graph(n)
    canvas = LinkChartCanvas()
    canvas.resize(1600, 1000)
    canvas.show()
    app.processEvents()
    start = time.perf_counter()
    canvas.draw(graph, "community")
    canvas.grab()
    first = time.perf_counter() - start
    box = canvas.box
    (x0, x1), (y0, y1) = box.viewRange()
    w, h = x1 - x0, y1 - y0

    def pan(i):
        dx = w * 0.02 * (1 if i % 2 else -1)
        box.translateBy(x=dx, y=dx / 2)
        canvas.update_labels()

    def zoom(i):
        box.scaleBy((0.9, 0.9) if i < FRAMES // 2 else (1 / 0.9, 1 / 0.9))
        canvas.update_labels()

    def deep(i):  # zoomed in on a corner: labels shown, most items clipped
        cx, cy = graph.positions[f"n{i}"]
        box.setRange(xRange=(cx - w / 40, cx + w / 40), yRange=(cy - h / 40, cy + h / 40),
                     padding=0)
        canvas.update_labels()

    def drag(i):  # the whole chart in view, one node dragged across it (then pinned)
        canvas.move_node(i, x0 + w * (i + 1) / (FRAMES + 2), (y0 + y1) / 2)

    pan_ms = _frames(app, canvas, box, pan)
    zoom_ms = _frames(app, canvas, box, zoom)
    deep_ms = _frames(app, canvas, box, deep)
    box.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    drag_ms = _frames(app, canvas, box, drag)
    canvas.close()
    canvas.deleteLater()
    app.processEvents()
    return [f"chart {n:,} / {len(graph.edges):,}", first * 1000, pan_ms, 1000 / pan_ms,
            zoom_ms, 1000 / zoom_ms, deep_ms, 1000 / deep_ms, drag_ms, 1000 / drag_ms]


def timeline_items(n: int):
    from liaison.model.timeline import TimelineItem
    from liaison.model.values import DateValue

    rng = np.random.default_rng(3)
    base = np.datetime64("1995-01-01T00:00")
    minutes = rng.integers(0, 30 * 365 * 24 * 60, n)
    items = []
    for i, m in enumerate(minutes.tolist()):
        when = str(base + np.timedelta64(m, "m"))[:16]
        date = DateValue(when[:4], "year") if i % 10 == 0 else DateValue(when, "minute")
        items.append(TimelineItem(key=f"e{i}", kind="event", label=f"Event {i}", start=date,
                                  end=None, lane=f"lane{i % 300}", lane_label=f"Lane {i % 300}",
                                  record_ids=(f"r{i}",)))
    return items


def bench_timeline(app, n: int) -> list[list[object]]:
    from liaison.ui import timeline_view
    from liaison.ui.operations import Executor
    from liaison.ui.timeline_view import TimelineView, timeline_arrays

    items = timeline_items(n)
    rows = []
    for label, limit in (("density only", timeline_view.MAX_DRAWN), ("every item", n + 1)):
        timeline_view.MAX_DRAWN = limit
        view = TimelineView(Executor())
        view.resize(1600, 800)
        view.show()
        app.processEvents()
        start = time.perf_counter()
        arrays = timeline_arrays(items)
        prep = time.perf_counter() - start
        start = time.perf_counter()
        view.show_items(items, arrays)
        view.graphics.grab()
        first = time.perf_counter() - start
        box = view.lanes_plot.getViewBox()
        (x0, x1), _ = box.viewRange()

        def step(i, box=box, x0=x0, x1=x1):
            span = (x1 - x0) / (1.5 ** (i % 10))  # zooming in, then back out
            centre = (x0 + x1) / 2 + span * 0.05 * (i % 3)  # and panning a little
            box.setXRange(centre - span / 2, centre + span / 2, padding=0)

        frame = _frames(app, view.graphics, box, step)
        start = time.perf_counter()
        view.brush(x0 + (x1 - x0) / 3, x0 + 2 * (x1 - x0) / 3)
        brush = time.perf_counter() - start
        rows.append([f"timeline {n:,} ({label})", prep * 1000, first * 1000, frame,
                     1000 / frame, brush * 1000])
        view.close()
        view.deleteLater()
        app.processEvents()
    timeline_view.MAX_DRAWN = 20_000
    return rows


def run() -> None:
    app = _app()
    sizes = [int(s) for s in os.environ.get("LIAISON_BENCH_CHART_SIZES",
                                            "10000,100000").split(",")]
    rows = [bench_chart(app, n) for n in sizes]
    print_table("Link chart, offscreen 1600x1000 (ms per frame = view change + labels + grab)",
                ["graph (nodes / edges)", "first draw ms", "pan ms", "pan fps", "zoom ms",
                 "zoom fps", "zoomed-in ms", "zoomed-in fps", "drag ms", "drag fps"], rows)
    print_table("Timeline, offscreen 1600x800",
                ["items", "arrays ms", "first draw ms", "pan/zoom ms", "fps", "brush ms"],
                bench_timeline(app, 100_000))
    print(f"\npeak RSS {peak_rss_mib():,.0f} MiB")
