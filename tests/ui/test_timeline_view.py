"""The timeline: items on lanes with their date precision, a density strip, brushing a
time range emits it, filters the items and selects in the shared selection; PNG and CSV."""

from __future__ import annotations

import csv
from datetime import datetime

import numpy as np

from liaison.model.timeline import TimelineItem
from liaison.model.values import DateValue
from liaison.ui import timeline_view
from liaison.ui.selection import Selection
from liaison.ui.timeline_view import TimelineView

from .flows import TIMEOUT
from .test_link_chart import demo_ws, record_ids  # noqa: F401  (the fixture)


def _view(qtbot, executor, ws=None, selection=None) -> TimelineView:
    view = TimelineView(executor, selection)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    if ws is not None:
        view.attach(ws)
    return view


def _item(key, value, precision, lane="a", end=None, record="r1"):
    return TimelineItem(key=key, kind="event", label=key, start=DateValue(value, precision),
                        end=end, lane=lane, lane_label=lane.upper(), record_ids=(record,))


def test_year_only_dates_are_spans_and_instants_points(qtbot, executor):
    view = _view(qtbot, executor)
    view.show_items([_item("y", "2020", "year"), _item("m", "2021-03-04T10:00", "minute", "b"),
                     _item("d", "2022-05-06", "day", "b")])
    xs = view.bars.xData
    assert len(xs) == 4  # two bars: the year and the day
    year = xs[1] - xs[0]
    assert year > 360 * 86400
    assert len(view.points.data) == 1  # the minute is a point
    assert [t[1] for t in view.lanes_plot.getAxis("left")._tickLevels[0]] == ["A", "B"]


def test_too_many_items_show_density_only(qtbot, executor, monkeypatch):
    monkeypatch.setattr(timeline_view, "MAX_DRAWN", 10)
    view = _view(qtbot, executor)
    items = [_item(f"e{i}", f"2020-01-{1 + i % 28:02d}T10:00", "minute") for i in range(50)]
    view.show_items(items)
    assert not view.lanes_plot.isVisible()
    assert view.density.yData.sum() == 50
    assert "density only" in view.status.text()


def test_demo_timeline_brushing_emits_range_and_filters(qtbot, executor, demo_ws):  # noqa: F811
    selection = Selection()
    view = _view(qtbot, executor, demo_ws, selection)
    rids = record_ids(demo_ws)
    expected = demo_ws.timeline_items(rids)
    view.open_records(rids)
    qtbot.waitUntil(lambda: len(view.items) == len(expected), timeout=TIMEOUT)
    assert view.density.yData.sum() == int((~np.isnan(view.arrays["start"])).sum())

    starts = sorted(item.span[0] for item in expected)
    lo, hi = starts[len(starts) // 4], starts[len(starts) // 2]
    with qtbot.waitSignal(view.range_selected, timeout=TIMEOUT) as blocker:
        view.brush(lo, hi)
    first, last = blocker.args
    assert abs((first - lo).total_seconds()) < 1 and abs((last - hi).total_seconds()) < 1
    assert selection.time_range is not None
    inside = [i for i in expected if i.span[0] <= hi and i.span[1] >= lo]
    assert len(view.filtered) == len(inside) < len(expected)
    assert selection.record_ids == {r for i in inside for r in i.record_ids}
    assert str(len(inside)) in view.status.text()

    # Lanes by agency: fewer lanes, same items.
    lanes_by_entity = len(view.arrays["lanes"])
    view.lane_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(view.arrays["lanes"]) < lanes_by_entity, timeout=TIMEOUT)

    view.clear_brush()
    assert selection.time_range is None and len(view.filtered) == len(view.items)


def test_timeline_exports_png_and_csv(qtbot, executor, demo_ws, tmp_path):  # noqa: F811
    view = _view(qtbot, executor, demo_ws)
    rids = record_ids(demo_ws, 50)
    view.open_records(rids)
    qtbot.waitUntil(lambda: bool(view.items), timeout=TIMEOUT)
    png, out = tmp_path / "timeline.png", tmp_path / "timeline.csv"
    view.export_png(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    op = view.export_csv(out)
    qtbot.waitUntil(lambda: op.done, timeout=TIMEOUT)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert len(rows) == len(view.items) + 1


def test_brush_with_datetimes_and_nothing_inside(qtbot, executor):
    view = _view(qtbot, executor)
    view.show_items([_item("y", "2020", "year")])
    view.brush(datetime(1990, 1, 1), datetime(1991, 1, 1))
    assert view.filtered == []


def test_brushing_the_timeline_selects_in_the_chart(qtbot, executor, demo_ws):  # noqa: F811
    from liaison.ui.link_chart import LinkChart

    selection = Selection()
    view = _view(qtbot, executor, demo_ws, selection)
    chart = LinkChart(executor, selection)
    qtbot.addWidget(chart)
    chart.attach(demo_ws)
    rids = record_ids(demo_ws, 60)
    shown = []
    chart.graph_changed.connect(shown.append)
    chart.open_records(rids)
    view.open_records(rids)
    qtbot.waitUntil(lambda: bool(shown) and bool(view.items), timeout=TIMEOUT)
    starts = sorted(item.span[0] for item in view.items)
    view.brush(starts[0], starts[len(starts) // 3])
    brushed = {r for item in view.filtered for r in item.record_ids}
    assert brushed and selection.record_ids == brushed
    expected = {k for k, n in chart.graph.nodes.items() if brushed & set(n.record_ids)}
    assert expected and chart.canvas.selected == expected


def test_brushing_the_timeline_filters_the_records_table(qtbot, make_session,
                                                         passphrase_workspace):
    """In the main window: chart the search results, brush a range on the timeline, and the
    records table lists only the records in it; clearing the brush lists them all again."""
    from liaison.ui.operations import run_operation

    from .flows import start_unlocked

    session = make_session()
    start_unlocked(qtbot, session)
    window, ws = session.window, session.workspace

    def direct(call, *args):
        # The workspace's connection is the worker's: the test may use it only while no
        # operation runs, or the two threads' transactions collide (on a slow machine).
        qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
        return call(*args)

    done = []
    run_operation(window, lambda p: ws.import_demo(80, progress=p), title="Demo",
                  on_success=done.append, changes=True, executor=session.executor)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    model = window.records.model
    qtbot.waitUntil(lambda: model.rowCount() == 80, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)

    # The chart and timeline of a search (the query of the results shown).
    charts = window.charts
    query = "country:DE"
    window.search_results.search(query)
    qtbot.waitUntil(lambda: window.search_results.total is not None, timeout=TIMEOUT)
    charts.chart_search_action.trigger()
    chart, timeline = charts.chart, charts.timeline
    found = direct(ws.query_record_ids, query)
    qtbot.waitUntil(lambda: timeline.record_ids == found and bool(timeline.items),
                    timeout=TIMEOUT)
    assert len(chart.canvas.keys) == direct(ws.graph_for_query, query).counts()["nodes"]

    starts = sorted(item.span[0] for item in timeline.items)
    timeline.brush(starts[0], starts[len(starts) // 2])
    uuids = {r for item in timeline.filtered for r in item.record_ids}
    expected = set(direct(ws.record_rids, uuids))
    assert expected and len(expected) < 80
    qtbot.waitUntil(lambda: model.rowCount() == len(expected), timeout=TIMEOUT)
    assert {model.rid_at(i) for i in range(model.rowCount())} == expected
    assert {model.record_at(i).id for i in range(model.rowCount())} == uuids
    assert "brushed" in window.records.caption.text()
    # The search hits narrow the same way (the search was 'country:DE').
    hits = window.search_results
    qtbot.waitUntil(lambda: hits.model.rowCount() == len(expected & set(hits.model.hits)),
                    timeout=TIMEOUT)
    assert {hits.model.rid_at(i) for i in range(hits.model.rowCount())} == expected
    assert "brushed time range" in hits.caption.text()

    timeline.clear_brush()
    qtbot.waitUntil(lambda: model.rowCount() == 80, timeout=TIMEOUT)
    assert window.records.only is None
    assert hits.model.only is None and hits.model.rowCount() == hits.total

    # The open record's chart: the record and its entities.
    window.open_record(model.rid_at(0))
    qtbot.waitUntil(lambda: window.record_view.detail is not None, timeout=TIMEOUT)
    rid = window.record_view.detail.rid
    shown = []
    chart.graph_changed.connect(shown.append)
    charts.chart_record_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert len(chart.canvas.keys) == direct(ws.graph_for_records, [rid]).counts()["nodes"]
    qtbot.waitUntil(lambda: timeline.record_ids == [rid], timeout=TIMEOUT)


def test_lane_labels_never_overlap_lanes_scroll_instead(qtbot, executor):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    view = _view(qtbot, executor)
    view.resize(1000, 360)
    qtbot.waitExposed(view)
    items = [_item(f"e{i}", f"2020-01-{1 + i % 28:02d}T10:00", "minute", lane=f"lane{i:02d}")
             for i in range(30)]
    view.show_items(items)
    qtbot.wait(20)
    fit = view.lanes_in_view()
    assert 1 < fit < 30
    assert view.lane_scroll.isVisible() and view.lane_scroll.maximum() == 30 - fit
    box = view.lanes_plot.getViewBox()
    low, high = box.viewRange()[1]
    assert (low, high) == (-0.5, fit - 0.5)
    # Neighbouring lane labels are further apart than a line of text is high.
    axis = view.lanes_plot.getAxis("left")
    font = axis.style.get("tickFont") or QApplication.font()
    spacing = abs(box.mapViewToScene(QPointF(0, 1)).y() - box.mapViewToScene(QPointF(0, 0)).y())
    assert spacing >= max(timeline_view.LANE_PX, QFontMetrics(font).height())
    # Scrolled to the end, the last lane is shown; a taller panel shows more lanes.
    view.lane_scroll.setValue(view.lane_scroll.maximum())
    assert box.viewRange()[1][1] == 29.5
    view.resize(1000, 800)
    qtbot.waitUntil(lambda: view.lanes_in_view() > fit, timeout=2000)


def test_hovering_an_item_shows_its_tooltip(qtbot, executor):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = _view(qtbot, executor)
    qtbot.waitExposed(view)
    view.show_items([_item("Meeting <b>in Lyon</b>", "2021-03-04T10:00", "minute", "a"),
                     _item("later", "2022-05-06", "day", "b")])
    box = view.lanes_plot.getViewBox()
    x = float(view.arrays["start"][0])
    none = Qt.MouseButton.NoButton

    def hover() -> bool:
        """The mouse over the item (where it is now: the first layout may still move it)."""
        where = view.graphics.mapFromScene(box.mapViewToScene(QPointF(x, 0.0)))
        QApplication.sendEvent(view.graphics.viewport(), QMouseEvent(
            QEvent.Type.MouseMove, QPointF(where), QPointF(view.graphics.mapToGlobal(where)),
            none, none, Qt.KeyboardModifier.NoModifier))
        return view.hovered == 0

    qtbot.waitUntil(hover, timeout=TIMEOUT)
    text = QToolTip.text()
    assert "Meeting &lt;b&gt;in Lyon&lt;/b&gt;" in text  # shown, not obeyed
    assert "2021-03-04T10:00" in text and "Lane: A" in text
