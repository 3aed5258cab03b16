"""The link chart as an analyst reads it: a chart of part of the records says so; directed
links carry arrowheads, parallel links are one line with their count; the legend names
the types shown; a node has a tooltip and opens on double-click or from its menu; the
menu selects a node's neighbours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from liaison.analysis.graph import force_layout
from liaison.model.graph import (
    EDGE_IDENTIFIER,
    EDGE_LINK,
    NODE_ENTITY,
    NODE_IDENTIFIER,
    GraphEdge,
    GraphNode,
    LinkGraph,
)
from liaison.ui.link_chart import LinkChart

from .flows import TIMEOUT
from .test_link_chart import _chart, demo_ws, record_ids  # noqa: F401  (the fixture)


def _opened(qtbot, chart, start) -> None:
    shown = []
    chart.graph_changed.connect(shown.append)
    start()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)


def test_a_chart_of_part_of_the_records_says_how_many_of_how_many(qtbot, executor,
                                                                   demo_ws):  # noqa: F811
    chart = _chart(qtbot, executor, demo_ws)
    chart.record_limit = 50
    query = "tlp:amber"
    matching = demo_ws.query_records(query, 5000)[1]
    assert matching > 50
    _opened(qtbot, chart, lambda: chart.open_query(query))
    assert chart.cap_notice.isVisible()
    assert chart.cap_notice.text() == (
        f"Charted the 50 best matches of the {matching} records the search finds. "
        "Narrow the search to chart the rest.")

    _opened(qtbot, chart, lambda: chart.open_query("country:DE"))  # 43 records: all of them
    assert not chart.cap_notice.isVisible()

    everything = record_ids(demo_ws)
    _opened(qtbot, chart, lambda: chart.open_records(everything, total=len(everything)))
    assert chart.cap_notice.isVisible()
    assert "first 50 of the 200 records listed" in chart.cap_notice.text()
    chart.clear()
    assert not chart.cap_notice.isVisible()


def _person(key: str) -> GraphNode:
    return GraphNode(key=key, kind=NODE_ENTITY, schema="Person", label=key.upper(),
                     entity_ids=(key,), record_ids=(f"r-{key}",), agencies=("Agency",),
                     countries=("FR",))


def _link(n: int, a: str, b: str, schema: str) -> GraphEdge:
    return GraphEdge(key=f"e{n}", source=a, target=b, kind=EDGE_LINK, schema=schema,
                     label=schema, record_ids=("r1",))


@pytest.fixture
def small(qtbot, executor) -> tuple[LinkChart, LinkGraph]:
    """a calls b three times and b calls a once; a and c are associates (twice); c pays
    b; a holds a phone number."""
    graph = LinkGraph()
    for key in "abc":
        graph.add_node(_person(key))
    graph.add_node(GraphNode(key="tel", kind=NODE_IDENTIFIER, schema="phone",
                             label="+33 6 00 00 00 01", record_ids=("r-tel",)))
    links = [("a", "b", "Call")] * 3 + [("b", "a", "Call"), ("a", "c", "Associate"),
                                        ("c", "a", "Associate"), ("c", "b", "Payment")]
    for n, (a, b, schema) in enumerate(links):
        graph.add_edge(_link(n, a, b, schema))
    graph.add_edge(GraphEdge(key="id1", source="a", target="tel", kind=EDGE_IDENTIFIER,
                             schema="phone"))
    force_layout(graph)
    chart = LinkChart(executor)
    qtbot.addWidget(chart)
    chart.resize(900, 700)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_graph(graph)
    return chart, graph


def test_arrowheads_point_along_directed_links_and_parallel_links_are_one_line(small):
    chart, graph = small
    canvas = chart.canvas
    # Call a-b (4 links, both ways), Associate a-c (2), Payment c-b, and the phone.
    assert canvas.edge_count() == 8 and canvas.lines_drawn == 4
    bundled = sorted(int(c) for c in canvas.bundles.count)
    assert bundled == [1, 1, 2, 4]
    thick = {key[0] for key in canvas.edge_items if key[1]}
    assert thick == {"Call", "Associate"}
    # Calls both ways and the payment: three arrowheads; associates and the phone none.
    assert canvas.arrow_count() == 3
    heads = sorted((round(float(x), 6), round(float(y), 6))
                   for x, y in zip(canvas.arrows.data["x"], canvas.arrows.data["y"],
                                   strict=True))
    at = {k: (round(float(x), 6), round(float(y), 6)) for k, (x, y) in graph.positions.items()}
    assert heads == sorted([at["b"], at["a"], at["b"]])
    # The payment's head sits at b, drawn on the side facing c (screen y runs down).
    spots = list(zip(canvas.arrows.data["x"], canvas.arrows.data["y"],
                     canvas.arrows.data["symbol"], strict=True))
    (bx, by), (cx, cy) = graph.positions["b"], graph.positions["c"]
    payment = [s for x, y, s in spots if (round(float(x), 6), round(float(y), 6)) == at["b"]]
    centre = [p.boundingRect().center() for p in payment]
    assert any((c.x() > 0) == (cx > bx) and (c.y() > 0) == (cy < by) for c in centre)


def test_zoomed_in_a_bundle_is_labelled_with_its_count(small):
    chart, graph = small
    canvas = chart.canvas
    (ax, ay), (bx, by) = graph.positions["a"], graph.positions["b"]
    span = max(abs(ax - bx), abs(ay - by)) * 3
    canvas.box.setRange(xRange=((ax + bx) / 2 - span, (ax + bx) / 2 + span),
                        yRange=((ay + by) / 2 - span, (ay + by) / 2 + span), padding=0)
    canvas.update_labels()
    labels = canvas.visible_edge_labels()
    assert "Call ×4" in labels and "Associate ×2" in labels and "Payment" in labels


def test_the_legend_names_the_node_and_link_types_shown(small):
    chart, _graph = small
    assert chart.legend.isVisible()
    assert chart.legend.entries == [("Person", 3), ("Phone number", 1), ("Call", 4),
                                    ("Associate", 2), ("Payment", 1),
                                    ("Holds the identifier", 1)]
    chart.legend_button.click()
    assert not chart.legend.isVisible()
    chart.legend_button.click()
    assert chart.legend.isVisible()
    chart.colour_box.setCurrentIndex(1)  # by community: the legend says what colours mean
    note = [w.text() for w in chart.legend.findChildren(QLabel)
            if w.objectName() == "chartLegendNote"]
    assert note == ["Colours: communities"]


def _node_pos(canvas, key: str) -> QPoint:
    x, y = canvas.xy[canvas.keys.index(key)]
    return canvas.mapFromScene(canvas.box.mapViewToScene(QPointF(float(x), float(y))))


def _send(widget, kind: QEvent.Type, pos: QPoint, button, buttons) -> None:
    QApplication.sendEvent(widget, QMouseEvent(kind, QPointF(pos),
                                               QPointF(widget.mapToGlobal(pos)), button,
                                               buttons, Qt.KeyboardModifier.NoModifier))


def test_hovering_a_node_shows_its_tooltip(qtbot, small):
    chart, _graph = small
    canvas = chart.canvas
    none = Qt.MouseButton.NoButton

    def hover() -> bool:
        """The mouse over c (where it is now: the first layout may still move it)."""
        _send(canvas.viewport(), QEvent.Type.MouseMove, _node_pos(canvas, "c"), none, none)
        return canvas.hovered == canvas.keys.index("c")

    qtbot.waitUntil(hover, timeout=TIMEOUT)
    text = QToolTip.text()
    assert "<b>C</b>" in text and "Person" in text and "Agencies: Agency" in text
    assert "Records naming it: 1" in text
    # Names come from partners' files: markup in them is shown, not obeyed.
    chart.graph.nodes["c"].label = "<img src=x>"
    assert "&lt;img src=x&gt;" in chart.node_tooltip(canvas.keys.index("c"))


def test_double_click_opens_the_entity_and_the_menu_opens_and_selects_neighbours(qtbot,
                                                                                 small):
    chart, _graph = small
    canvas = chart.canvas
    entities, records = [], []
    chart.entity_requested.connect(entities.append)
    chart.record_requested.connect(records.append)
    where = _node_pos(canvas, "b")
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    viewport = canvas.viewport()
    _send(viewport, QEvent.Type.MouseButtonPress, where, left, left)
    _send(viewport, QEvent.Type.MouseButtonRelease, where, left, none)
    _send(viewport, QEvent.Type.MouseButtonDblClick, where, left, left)
    _send(viewport, QEvent.Type.MouseButtonRelease, where, left, none)
    qtbot.waitUntil(lambda: entities == ["b"], timeout=TIMEOUT)

    # An identifier opens the first record naming it.
    menu = chart.menus.context_menu("tel")
    actions = {a.objectName(): a for a in menu.actions()}
    assert menu.defaultAction() is actions["chartOpenAction"]
    actions["chartOpenAction"].trigger()
    assert records == ["r-tel"]

    chart._select_keys(["c"], additive=False)
    menu = chart.menus.context_menu("c")
    next(a for a in menu.actions() if a.objectName() == "chartNeighboursAction").trigger()
    assert canvas.selected == {"a", "b", "c"}
    assert {"a", "b", "c"} <= chart.selection.entity_ids


def test_node_labels_never_cover_one_another(qtbot, executor, demo_ws):  # noqa: F811
    chart = _chart(qtbot, executor, demo_ws)
    _opened(qtbot, chart, lambda: chart.open_records(record_ids(demo_ws)))
    canvas = chart.canvas
    qtbot.wait(100)  # the labels follow the view after a short delay
    for _zoom in range(3):
        canvas.update_labels()
        shown = [label for label in canvas.labels if label.isVisible()]
        assert shown
        boxes = [label.sceneBoundingRect() for label in shown]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not a.intersects(b), (a, b)
        canvas.box.scaleBy((0.5, 0.5))
