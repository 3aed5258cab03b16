"""The link chart: a chart of the demo case shows its nodes and links, expands, selects in
the shared selection, finds paths and exports PNG and SVG."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt

from liaison.ui.link_chart import LinkChart
from liaison.ui.selection import Selection
from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT


@pytest.fixture
def demo_ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", AGENCY, "FR", use_keyring=False,
                          passphrase=PASSPHRASE)
    ws.import_demo(200)
    yield ws
    ws.lock()


def record_ids(ws, limit: int | None = None) -> list[int]:
    rows = [r[0] for r in ws.conn.execute("SELECT rowid FROM records ORDER BY rowid")]
    return rows[:limit] if limit else rows


def _chart(qtbot, executor, ws, selection=None) -> LinkChart:
    chart = LinkChart(executor, selection)
    qtbot.addWidget(chart)
    chart.resize(900, 700)
    chart.show()
    chart.attach(ws)
    return chart


def _open(qtbot, chart, rids):
    shown = []
    chart.graph_changed.connect(shown.append)
    chart.open_records(rids)
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    return shown[-1]


def test_chart_of_demo_records_shows_counts(qtbot, executor, demo_ws):
    chart = _chart(qtbot, executor, demo_ws)
    rids = record_ids(demo_ws)
    expected = demo_ws.graph_for_records(rids).counts()
    graph = _open(qtbot, chart, rids)
    assert len(chart.canvas.keys) == expected["nodes"] == len(graph.nodes)
    assert chart.canvas.edge_count() == expected["edges"]
    assert f"{expected['nodes']} nodes, {expected['edges']} links" in chart.status.text()
    assert len(graph.positions) == len(graph.nodes)
    # Level of detail: a whole chart labels only its most central nodes.
    assert 0 < len(chart.canvas.visible_labels()) <= 80
    for i in range(chart.colour_box.count()):  # every colouring draws
        chart.colour_box.setCurrentIndex(i)
    assert len(chart.canvas.keys) == expected["nodes"]


def test_expanding_adds_neighbours(qtbot, executor, demo_ws):
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws, 10))
    before = set(graph.nodes)
    # A node with neighbours outside the chart.
    full = demo_ws.graph_for_records(record_ids(demo_ws))
    key = next(k for k in before if full.neighbours(k) - before)
    chart._select_keys([key], additive=False)
    grown = []
    chart.graph_changed.connect(grown.append)
    chart.expand_selected()
    qtbot.waitUntil(lambda: bool(grown), timeout=TIMEOUT)
    after = set(chart.graph.nodes)
    assert before < after
    assert full.neighbours(key) <= after
    assert len(chart.canvas.keys) == len(after)
    # Kept nodes kept their place.
    assert all(chart.graph.positions[k] == graph.positions[k] for k in before)

    # Hiding removes the selected node from the chart.
    chart._select_keys([key], additive=False)
    chart.hide_selected()
    assert key not in chart.graph.nodes and key not in chart.canvas.keys


def test_clicking_and_banding_select_in_shared_selection(qtbot, executor, demo_ws):
    selection = Selection()
    chart = _chart(qtbot, executor, demo_ws, selection)
    graph = _open(qtbot, chart, record_ids(demo_ws, 30))
    changes = []
    selection.changed.connect(changes.append)

    # Click on a node as a person would.
    key = chart.canvas.keys[0]
    x, y = graph.positions[key]
    canvas = chart.canvas
    scene_pt = canvas.box.mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=canvas.mapFromScene(scene_pt))
    qtbot.waitUntil(lambda: bool(changes), timeout=TIMEOUT)
    assert key in chart.canvas.selected
    node = graph.nodes[key]
    assert set(node.entity_ids or (key,)) <= selection.entity_ids
    assert set(node.record_ids) <= selection.record_ids

    # A rubber band around everything selects every node.
    xs = [p[0] for p in graph.positions.values()]
    ys = [p[1] for p in graph.positions.values()]
    band = QRectF(min(xs) - 1, min(ys) - 1, max(xs) - min(xs) + 2, max(ys) - min(ys) + 2)
    canvas.box.rubber_band.emit(band, False)
    assert chart.canvas.selected == set(graph.nodes)

    # Selecting elsewhere (another view) selects here.
    other = chart.canvas.keys[1]
    selection.select(entity_ids=graph.nodes[other].entity_ids or (other,), record_ids=(),
                     source=object())
    assert chart.canvas.selected == {other}


def test_find_path_between_two_nodes(qtbot, executor, demo_ws):
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws))
    # Two nodes two links apart.
    a = next(k for k in graph.nodes if len(graph.neighbours(k)) >= 1)
    mid = next(iter(graph.neighbours(a)))
    b = next(k for k in graph.neighbours(mid) if k != a and k not in graph.neighbours(a))
    chart._select_keys([a, b], additive=False)
    shown = []
    chart.graph_changed.connect(shown.append)
    chart.find_path()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert {a, b} <= chart.canvas.selected
    assert len(chart.canvas.selected) >= 3


def test_relayout_runs_in_the_background(qtbot, executor, demo_ws):
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws, 50))
    shown = []
    chart.graph_changed.connect(shown.append)
    op = chart.relayout("circular")
    assert op is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert set(shown[-1].positions) == set(graph.nodes)
    assert shown[-1].positions != graph.positions


def test_chart_exports_png_and_svg(qtbot, executor, demo_ws, tmp_path):
    chart = _chart(qtbot, executor, demo_ws)
    _open(qtbot, chart, record_ids(demo_ws, 40))
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    chart.export_png(png)
    chart.export_svg(svg)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    assert not QImage(str(png)).isNull()
    from defusedxml import ElementTree

    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 10


def test_main_window_charts_the_record_list(qtbot, make_session, passphrase_workspace):
    from .flows import start_unlocked

    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    ws = session.workspace
    from liaison.ui.operations import run_operation

    done = []
    run_operation(window, lambda p: ws.import_demo(60, progress=p), title="Demo",
                  on_success=done.append, changes=True, executor=session.executor)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 60, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
    assert window.dock("chart") and window.dock("timeline")
    window.charts.chart_action.trigger()
    chart, timeline = window.charts.chart, window.charts.timeline
    qtbot.waitUntil(lambda: bool(chart.canvas.keys) and bool(timeline.items), timeout=TIMEOUT)
    # The test calls the workspace itself only once the worker, which shares its
    # connection, has finished (the chart's analytics may still run).
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
    expected = ws.graph_for_records(window.charts.listed_record_ids()).counts()
    assert len(chart.canvas.keys) == expected["nodes"]
    # Charting switched to the Chart perspective; opening a node shows its entity there.
    assert window.layouts.current == "chart" and window.dock("chart").isVisible()
    person = next(k for k, n in chart.graph.nodes.items() if n.kind == "entity")
    chart.open_node(person)
    qtbot.waitUntil(lambda: window.entity_view.detail is not None, timeout=TIMEOUT)
    assert window.entity_view.detail.id == person and window.dock("entity").isVisible()
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)

    # Selecting rows in the records table selects their records in the shared selection.
    table = window.records.view
    table.selectRow(0)
    rid_uuid = window.records.model.record_at(0).id
    assert rid_uuid in window.charts.selection.record_ids

    # Locking empties the views.
    window.clear_views()
    assert chart.canvas.keys == [] and timeline.items == []


def test_past_the_edge_budget_the_view_draws_fewer_edges(qtbot, executor, demo_ws,
                                                         monkeypatch):
    from liaison.ui.chart import canvas as chart_canvas

    monkeypatch.setattr(chart_canvas, "EDGE_BUDGET", 50)
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws))
    canvas = chart.canvas
    assert canvas.edge_count() == len(graph.edges) > 50
    # The budget counts lines; a line of bundled parallel links draws all of them.
    assert 0 < canvas.lines_drawn <= 50
    assert canvas.lines_drawn <= canvas.edges_drawn < canvas.edge_count()
    assert "links drawn at this zoom" in chart.status.text()
    drawn = sum(len(item.xData) // 2 for item in canvas.edge_items.values())
    assert drawn == canvas.lines_drawn


def test_past_the_edge_budget_arrowheads_follow_the_view(qtbot, executor, demo_ws,
                                                          monkeypatch):
    from liaison.ui.chart import canvas as chart_canvas

    monkeypatch.setattr(chart_canvas, "EDGE_BUDGET", 50)
    chart = _chart(qtbot, executor, demo_ws)
    graph = _open(qtbot, chart, record_ids(demo_ws))
    canvas = chart.canvas
    call = next(e for e in graph.edges.values() if e.schema == "Call")
    x, y = graph.positions[call.target]
    canvas.box.setRange(xRange=(x - 0.3, x + 0.3), yRange=(y - 0.3, y + 0.3), padding=0)
    canvas.update_labels()
    (x0, x1), (y0, y1) = canvas.box.viewRange()
    heads = list(zip(canvas.arrows.data["x"], canvas.arrows.data["y"], strict=True))
    assert heads and all(x0 <= hx <= x1 and y0 <= hy <= y1 for hx, hy in heads)
