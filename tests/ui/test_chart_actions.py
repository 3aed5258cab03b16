"""The link chart as an analyst edits it: a chart of a search, drag to pin (kept through
layouts, unpinned from the context menu), expand then collapse, link labels and icons by
level of detail, and exports from the Export button re-read by independent parsers."""

from __future__ import annotations

import networkx as nx
from defusedxml import ElementTree
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QMouseEvent, QPainterPath
from PySide6.QtWidgets import QApplication, QFileDialog

from liaison.analysis.graph import collapsible
from liaison.ui.chart.items import ICONS

from .flows import TIMEOUT
from .test_link_chart import _chart, _open, demo_ws, record_ids  # noqa: F401  (the fixture)

GEXF = "{http://gexf.net/1.3}"


def window_error(qtbot):
    """The error message box the last failed action opened."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible())


def _relaid(qtbot, chart, method):
    shown = []
    chart.graph_changed.connect(shown.append)
    assert chart.relayout(method) is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    return shown[-1]


def _mouse(widget, kind, pos: QPoint, buttons) -> None:
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def _drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    """A left-button drag as the mouse makes it: press, a few moves with the button held
    (spaced out: pyqtgraph drops move events that come too fast), release."""
    held = Qt.MouseButton.LeftButton
    _mouse(widget, QEvent.Type.MouseButtonPress, start, held)
    for i in range(1, 6):
        qtbot.wait(40)
        _mouse(widget, QEvent.Type.MouseMove, start + (end - start) * (i / 5), held)
    qtbot.wait(40)
    _mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def _widget_pos(canvas, x: float, y: float) -> QPoint:
    return canvas.mapFromScene(canvas.box.mapViewToScene(QPointF(x, y)))


def test_chart_of_a_search_shows_its_counts(qtbot, executor, demo_ws):  # noqa: F811
    chart = _chart(qtbot, executor, demo_ws)
    query = "country:DE"
    rids = demo_ws.query_record_ids(query)
    assert 0 < len(rids) < len(record_ids(demo_ws))
    expected = demo_ws.graph_for_query(query).counts()
    opened, shown = [], []
    chart.records_opened.connect(opened.append)
    chart.graph_changed.connect(shown.append)
    chart.open_query(query)
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert sorted(opened[-1]) == sorted(rids)
    assert len(chart.canvas.keys) == expected["nodes"] > 0
    assert chart.canvas.edge_count() == expected["edges"]
    assert f"{expected['nodes']} nodes, {expected['edges']} links" in chart.status.text()


def test_dragging_a_node_pins_it_through_relayouts_until_unpinned(qtbot, executor,
                                                                   demo_ws):  # noqa: F811
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws, 30))
    canvas = chart.canvas
    key = max(graph.nodes, key=lambda k: graph.nodes[k].metrics.get("degree", 0))
    x, y = graph.positions[key]
    start = _widget_pos(canvas, x, y)
    end = start + QPoint(70, 45)
    _drag(qtbot, canvas.viewport(), start, end)
    assert key in chart.pinned and key in canvas.pinned
    moved = chart.graph.positions[key]
    target = canvas.box.mapSceneToView(canvas.mapToScene(end))
    px, py = canvas.box.viewPixelSize()
    assert abs(moved[0] - target.x()) < 3 * px and abs(moved[1] - target.y()) < 3 * py
    row = canvas.keys.index(key)
    assert tuple(canvas.xy[row]) == moved and len(canvas.pins.data) == 1
    # The view did not pan: another node is still where it was drawn.
    other = next(k for k in canvas.keys if k != key)
    assert tuple(canvas.xy[canvas.keys.index(other)]) == graph.positions[other]

    for method in ("force", "circular", "radial"):
        laid = _relaid(qtbot, chart, method)
        assert laid.positions[key] == moved, method
        assert chart.graph.positions[key] == moved and key in canvas.pinned

    # Right click on the node: the context menu's Unpin frees it.
    with qtbot.waitSignal(canvas.box.context_requested, timeout=TIMEOUT):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.RightButton,
                         pos=_widget_pos(canvas, *moved))
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.objectName() == "chartContextMenu"
    unpin = menu.findChild(QAction, "chartUnpinAction")
    assert unpin.isEnabled()
    unpin.trigger()
    menu.close()
    assert key not in chart.pinned and not canvas.pinned and len(canvas.pins.data) == 0
    assert _relaid(qtbot, chart, "force").positions[key] != moved


def test_collapse_takes_away_what_expanding_added(qtbot, executor, demo_ws):  # noqa: F811
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws, 10))
    before = set(graph.nodes)
    full = demo_ws.graph_for_records(record_ids(demo_ws))
    key = max((k for k in before if full.neighbours(k) - before),
              key=lambda k: len(full.neighbours(k) - before))
    chart._select_keys([key], additive=False)
    grown = []
    chart.graph_changed.connect(grown.append)
    chart.expand_selected()
    qtbot.waitUntil(lambda: bool(grown), timeout=TIMEOUT)
    expanded = chart.graph
    added = set(expanded.nodes) - before
    assert added and full.neighbours(key) - before <= added
    assert chart.expansions[key] == added & expanded.neighbours(key)

    chart._select_keys([key], additive=False)
    chart.collapse_selected()
    after = set(chart.graph.nodes)
    removed = set(expanded.nodes) - after
    assert removed and removed <= added and before <= after
    # What stayed of the added nodes is linked to something besides the collapsed node.
    for k in after & added:
        assert expanded.neighbours(k) - added - {key}
    assert set(chart.canvas.keys) == after
    assert chart.canvas.edge_count() == len(chart.graph.edges)

    # A node never expanded collapses its neighbours that hang off it alone.
    hub = max(after, key=lambda k: len(chart.graph.neighbours(k)))
    leaves = collapsible(chart.graph, hub)
    chart._select_keys([hub], additive=False)
    chart.collapse_selected()
    assert not leaves & set(chart.graph.nodes) and hub in chart.graph.nodes


def test_icons_by_type_and_link_labels_by_level_of_detail(qtbot, executor,
                                                          demo_ws):  # noqa: F811
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws))
    canvas = chart.canvas
    symbols = canvas.nodes.data["symbol"]
    people = [i for i, k in enumerate(canvas.keys) if graph.nodes[k].schema == "Person"]
    assert people and all(symbols[i] is ICONS["person"] for i in people)
    assert all(isinstance(s, QPainterPath | str) for s in symbols)
    # The whole chart: too many links in view to label any.
    assert canvas.visible_edge_labels() == []
    # Zoomed in on one linked node: its links are labelled with their type.
    edge = next(iter(graph.edges.values()))
    x, y = graph.positions[edge.source]
    canvas.box.setRange(xRange=(x - 0.05, x + 0.05), yRange=(y - 0.05, y + 0.05), padding=0)
    canvas.update_labels()
    (x0, x1), (y0, y1) = canvas.box.viewRange()
    in_view = {k for k, (px, py) in graph.positions.items() if x0 <= px <= x1 and y0 <= py <= y1}
    touching = [(e.label or e.schema)[:30] for e in graph.edges.values()
                if {e.source, e.target} & in_view]
    assert 0 < len(touching) <= 60
    # Parallel links of one type are one line, labelled once with their count.
    shown = []
    for text in canvas.visible_edge_labels():
        label, _, count = text.partition(" ×")
        shown += [label] * int(count or 1)
    assert sorted(shown) == sorted(touching)


def test_export_button_writes_graph_files_and_pictures(qtbot, executor, tmp_path, monkeypatch,
                                                       demo_ws):  # noqa: F811
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws, 40))
    counts = graph.counts()
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (chosen[-1], ""))
    menu_formats = [a.objectName() for a in chart.export_button.menu().actions()]
    assert menu_formats == [f"chartExport_{f}" for f in ("png", "svg", "graphml", "gexf",
                                                         "anx")]
    files = {}
    for fmt in ("graphml", "gexf", "anx", "png", "svg"):
        out = tmp_path / f"chart.{fmt}"
        chosen.append(str(out))
        chart.menus.export_actions[fmt].trigger()
        qtbot.waitUntil(out.exists, timeout=TIMEOUT)
        files[fmt] = out
    qtbot.waitUntil(lambda: not executor.busy, timeout=TIMEOUT)

    read = nx.read_graphml(files["graphml"])
    assert (read.number_of_nodes(), read.number_of_edges()) == (counts["nodes"],
                                                                counts["edges"])
    root = ElementTree.parse(files["gexf"]).getroot().find(f"{GEXF}graph")
    assert len(root.findall(f"{GEXF}nodes/{GEXF}node")) == counts["nodes"]
    assert len(root.findall(f"{GEXF}edges/{GEXF}edge")) == counts["edges"]
    items = ElementTree.parse(files["anx"]).getroot().findall("ChartItemCollection/ChartItem")
    assert len([i for i in items if i.find("End/Entity") is not None]) == counts["nodes"]
    assert len([i for i in items if i.find("Link") is not None]) == counts["edges"]
    assert files["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert ElementTree.parse(files["svg"]).getroot().tag.endswith("svg")
    audited = [e for e in demo_ws.audit_entries() if e.action == "graph.export"]
    assert len(audited) == 3  # the graph files, through the workspace
    pictures = [e for e in demo_ws.audit_entries() if e.action == "chart.export"]
    assert [(e.object, e.details["format"], e.details["nodes"]) for e in pictures] == [
        ("chart.png", "png", counts["nodes"]), ("chart.svg", "svg", counts["nodes"])]

    # A picture that cannot be written says so, and nothing is audited for it.
    chosen.append(str(tmp_path / "no-such-folder" / "chart.png"))
    assert chart.menus.export("png") is None
    box = window_error(qtbot)
    assert "could not be written" in box.informativeText()
    box.close()
    chosen.append(str(tmp_path / "no-such-folder" / "chart.svg"))
    assert chart.menus.export("svg") is None
    box = window_error(qtbot)
    assert "chart.svg" in box.informativeText()
    box.close()
    assert len([e for e in demo_ws.audit_entries() if e.action == "chart.export"]) == 2

    # Cancelling the dialog writes nothing.
    chosen.append("")
    assert chart.menus.export("graphml") is None


def test_a_drag_across_a_redraw_moves_nothing_and_raises_nothing(qtbot, executor):
    """A layout, expand or lock landing mid-drag replaces the graph: the dragged row is gone
    (or is another node), so the rest of that drag must be ignored."""
    from liaison.analysis.graph import force_layout
    from liaison.ui.link_chart import LinkChart

    from ..graph_helpers import graph_of

    chart = LinkChart(executor)
    qtbot.addWidget(chart)
    first = graph_of([("a", "b"), ("b", "c"), ("c", "d")])
    force_layout(first)
    chart.show_graph(first)
    box = chart.canvas.box
    box._dragging = 3  # the analyst is dragging 'd'
    second = graph_of([("x", "y")])
    force_layout(second)
    chart.show_graph(second)
    before = chart.canvas.xy.copy()
    box.node_dragged.emit(3, QPointF(1, 1), False)  # the same drag's next mouse move
    assert box._dragging is None
    assert (chart.canvas.xy == before).all() and not chart.canvas.pinned


def test_empty_chart_and_timeline_say_how_to_fill_them(qtbot, executor):
    from liaison.analysis.graph import LinkGraph, force_layout
    from liaison.ui.link_chart import LinkChart
    from liaison.ui.timeline_view import TimelineView

    from ..graph_helpers import graph_of

    chart, timeline = LinkChart(executor), TimelineView(executor)
    for w in (chart, timeline):
        qtbot.addWidget(w)
    assert not chart.hint.isHidden() and "chart the record list" in chart.hint.text()
    assert not timeline.hint.isHidden() and "timeline" in timeline.hint.text()
    graph = graph_of([("a", "b")])
    force_layout(graph)
    chart.show_graph(graph)
    assert chart.hint.isHidden()
    chart.show_graph(LinkGraph())
    assert not chart.hint.isHidden()
