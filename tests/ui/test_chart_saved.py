"""Saved charts, hand-drawn links, merging from the chart and undo (issue 18): a saved
chart reopens identically, also after a restart; a link the analyst draws is kept across
a restart and undo deletes it in the workspace too; "These are the same" records an xref
judgement and draws one node, and undo splits them again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT
from .test_chart_actions import _drag, _widget_pos
from .test_link_chart import _chart, _open, record_ids


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", AGENCY, "FR", use_keyring=False,
                          passphrase=PASSPHRASE)
    ws.import_demo(60)
    yield ws
    ws.lock()  # a second lock (after _reopen) does nothing


def _reopen(ws, tmp_path) -> Workspace:
    ws.lock()
    return Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE)


def _answer(monkeypatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (text, True))


def _settle(qtbot, chart) -> None:
    qtbot.waitUntil(lambda: not chart.executor.busy, timeout=TIMEOUT)


def _linked_pair(chart) -> tuple[str, str]:
    """Two entity nodes of the chart with no link between them yet."""
    graph = chart.graph
    entities = [k for k, n in graph.nodes.items() if n.kind == "entity"]
    joined = {frozenset(p) for p in graph.edge_pairs()}
    return next((a, b) for a in entities for b in entities
                if a < b and frozenset((a, b)) not in joined)


def _shown(chart) -> dict:
    return {"nodes": sorted(chart.canvas.keys),
            "xy": {k: tuple(round(v, 6) for v in chart.graph.positions[k])
                   for k in chart.canvas.keys},
            "pinned": sorted(chart.canvas.pinned), "edges": chart.canvas.edge_count()}


def test_saved_charts_reopen_as_left_also_after_a_restart(qtbot, executor, ws, tmp_path,
                                                          monkeypatch):
    chart = _chart(qtbot, executor, ws)
    _settle(qtbot, chart)
    graph = _open(qtbot, chart, record_ids(ws, 30))
    canvas = chart.canvas
    key = max(graph.nodes, key=lambda k: graph.nodes[k].metrics.get("degree", 0))
    start = _widget_pos(canvas, *graph.positions[key])
    _drag(qtbot, canvas.viewport(), start, start + QPoint(60, 40))
    assert key in chart.pinned
    hide = next(k for k in chart.graph.nodes if k != key)
    chart.select_keys([hide])
    chart.hide_selected()
    left = _shown(chart)
    assert hide not in left["nodes"]

    _answer(monkeypatch, "Harbour network")
    chart.saved.save_as_action.trigger()
    qtbot.waitUntil(lambda: chart.saved.chooser.count() == 2, timeout=TIMEOUT)
    assert chart.saved.chooser.currentText() == "Harbour network"

    _open(qtbot, chart, record_ids(ws)[30:45])  # another chart, unsaved
    assert chart.saved.chooser.currentIndex() == 0
    _answer(monkeypatch, "Second")
    chart.saved.save_as()
    qtbot.waitUntil(lambda: chart.saved.chooser.count() == 3, timeout=TIMEOUT)

    opened = []
    chart.graph_changed.connect(opened.append)
    chart.saved.chooser.activated.emit(chart.saved.chooser.findText("Harbour network"))
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    assert _shown(chart) == left

    ws2 = _reopen(ws, tmp_path)
    try:
        again = _chart(qtbot, executor, ws2)
        qtbot.waitUntil(lambda: again.saved.chooser.count() == 3, timeout=TIMEOUT)
        reopened = []
        again.graph_changed.connect(reopened.append)
        again.saved.chooser.activated.emit(again.saved.chooser.findText("Harbour network"))
        qtbot.waitUntil(lambda: bool(reopened), timeout=TIMEOUT)
        assert _shown(again) == left

        # Rename and delete from the Charts menu; both audited.
        _answer(monkeypatch, "Harbour, March")
        again.saved.rename_action.trigger()
        qtbot.waitUntil(lambda: again.saved.chooser.findText("Harbour, March") > 0,
                        timeout=TIMEOUT)
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        again.saved.delete_action.trigger()
        qtbot.waitUntil(lambda: again.saved.chooser.count() == 2, timeout=TIMEOUT)
        _settle(qtbot, again)
        assert [c.name for c in ws2.charts_list()] == ["Second"]
        actions = [e.action for e in ws2.audit_entries()]
        assert {"chart.save", "chart.rename", "chart.delete"} <= set(actions)
    finally:
        ws2.lock()


def test_a_hand_drawn_link_is_kept_and_undo_deletes_it(qtbot, executor, ws, tmp_path,
                                                       monkeypatch):
    chart = _chart(qtbot, executor, ws)
    rids = record_ids(ws, 30)
    _open(qtbot, chart, rids)
    a, b = _linked_pair(chart)
    chart.select_keys([a, b])
    edges = chart.canvas.edge_count()
    menu = chart.menus.context_menu(a)
    draw = menu.findChild(QAction, "chartDrawLinkAction")
    assert draw.isEnabled() and not menu.findChild(QAction, "chartDeleteLinkAction").isEnabled()
    _answer(monkeypatch, "met in Rotterdam")
    draw.trigger()
    qtbot.waitUntil(lambda: chart.canvas.edge_count() == edges + 1, timeout=TIMEOUT)
    [link] = ws.analyst_links_between([a, b])
    assert link.label == "met in Rotterdam" and link.created_by == ws.actor
    assert chart.edits.analyst_link_between().label == "met in Rotterdam"

    chart.undo_action.trigger()
    qtbot.waitUntil(lambda: chart.canvas.edge_count() == edges, timeout=TIMEOUT)
    _settle(qtbot, chart)
    assert ws.analyst_links_between([a, b]) == []
    chart.redo_action.trigger()
    qtbot.waitUntil(lambda: chart.canvas.edge_count() == edges + 1, timeout=TIMEOUT)
    _settle(qtbot, chart)
    assert ws.analyst_links_between([a, b]) == [link]

    ws2 = _reopen(ws, tmp_path)
    try:
        again = _chart(qtbot, executor, ws2)
        _open(qtbot, again, rids)
        drawn = [e for e in again.graph.edges.values() if e.kind == "analyst"]
        assert [(e.label, {e.source, e.target}) for e in drawn] == [
            ("met in Rotterdam", {a, b})]
        assert again.canvas.edge_count() == edges + 1
        # Deleting it from the menu, then undoing that, in the workspace too.
        again.select_keys([a, b])
        again.menus.context_menu(a).findChild(QAction, "chartDeleteLinkAction").trigger()
        qtbot.waitUntil(lambda: again.canvas.edge_count() == edges, timeout=TIMEOUT)
        _settle(qtbot, again)
        assert ws2.analyst_links_between([a, b]) == []
        again.undo_action.trigger()
        qtbot.waitUntil(lambda: again.canvas.edge_count() == edges + 1, timeout=TIMEOUT)
        _settle(qtbot, again)
        assert len(ws2.analyst_links_between([a, b])) == 1
    finally:
        ws2.lock()


def test_merging_from_the_chart_is_an_xref_judgement_that_undo_withdraws(qtbot, executor,
                                                                          ws):
    chart = _chart(qtbot, executor, ws)
    _open(qtbot, chart, record_ids(ws, 30))
    a, b = _linked_pair(chart)
    ws.xref_judge(a, b, "unsure")  # an earlier verdict, which undo must put back
    nodes = len(chart.canvas.keys)
    chart.select_keys([a, b])
    merge = chart.menus.context_menu(a).findChild(QAction, "chartMergeAction")
    assert merge.isEnabled()
    merge.trigger()
    qtbot.waitUntil(lambda: len(chart.canvas.keys) == nodes - 1, timeout=TIMEOUT)
    assert sorted(ws.cluster_members(a)) == sorted([a, b])
    [node] = [n for n in chart.graph.nodes.values() if a in n.entity_ids]
    assert set(node.entity_ids) == {a, b} and node.key in (a, b)
    assert any(e.action == "xref.judge" for e in ws.audit_entries())

    chart.undo_action.trigger()
    qtbot.waitUntil(lambda: len(chart.canvas.keys) == nodes, timeout=TIMEOUT)
    _settle(qtbot, chart)
    assert ws.cluster_members(a) == [a] and {a, b} <= set(chart.canvas.keys)
    lo, hi = sorted((a, b))
    assert ws.conn.execute("SELECT verdict FROM xref_judgements WHERE a_id = ? AND b_id = ? "
                           "ORDER BY seq DESC LIMIT 1", (lo, hi)).fetchone()[0] == "unsure"
    chart.redo_action.trigger()
    qtbot.waitUntil(lambda: len(chart.canvas.keys) == nodes - 1, timeout=TIMEOUT)
    _settle(qtbot, chart)
    assert sorted(ws.cluster_members(a)) == sorted([a, b])


def test_moves_and_hides_are_undone_and_redone(qtbot, executor, ws):
    chart = _chart(qtbot, executor, ws)
    graph = _open(qtbot, chart, record_ids(ws, 30))
    canvas = chart.canvas
    key = next(iter(graph.nodes))
    was = graph.positions[key]
    start = _widget_pos(canvas, *was)
    _drag(qtbot, canvas.viewport(), start, start + QPoint(50, 30))
    moved = chart.graph.positions[key]
    assert moved != was and key in chart.pinned
    chart.select_keys([key])
    chart.hide_selected()
    assert key not in canvas.keys
    chart.activateWindow()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the undo key
    assert key in canvas.keys and chart.graph.positions[key] == moved
    chart.undo_action.trigger()
    assert chart.graph.positions[key] == was and key not in chart.pinned
    row = canvas.keys.index(key)
    assert tuple(canvas.xy[row]) == was
    chart.redo_action.trigger()
    chart.redo_action.trigger()
    assert key not in canvas.keys and key in chart.hidden


def test_layouts_and_expansions_are_undone(qtbot, executor, ws):
    chart = _chart(qtbot, executor, ws)
    graph = _open(qtbot, chart, record_ids(ws, 10))
    before = dict(graph.positions)
    shown = []
    chart.graph_changed.connect(shown.append)
    chart.relayout("communities")
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert chart.graph.positions != before
    assert chart.undo_action.toolTip() == "Undo: Lay out"
    chart.undo_action.trigger()
    assert chart.graph.positions == before
    full = ws.graph_for_records(record_ids(ws))
    key = next(k for k in graph.nodes if full.neighbours(k) - set(graph.nodes))
    chart.select_keys([key])
    shown.clear()
    chart.expand_selected()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert len(chart.canvas.keys) > len(graph.nodes)
    chart.undo_action.trigger()
    assert sorted(chart.canvas.keys) == sorted(graph.nodes)
    chart.redo_action.trigger()
    assert len(chart.canvas.keys) > len(graph.nodes)


def test_a_note_on_an_entity_is_shown_kept_and_undone(qtbot, executor, ws, tmp_path,
                                                      monkeypatch):
    chart = _chart(qtbot, executor, ws)
    rids = record_ids(ws, 30)
    _open(qtbot, chart, rids)
    key = next(k for k, n in chart.graph.nodes.items() if n.kind == "entity")
    chart.select_keys([key])
    menu = chart.menus.context_menu(key)
    assert not menu.findChild(QAction, "chartDeleteNoteAction").isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *_a, **_k: ("Ask the port police", True))
    menu.findChild(QAction, "chartAddNoteAction").trigger()
    qtbot.waitUntil(lambda: len(chart.canvas.notes.data) == 1, timeout=TIMEOUT)
    row = chart.canvas.keys.index(key)
    assert "Ask the port police" in chart.node_tooltip(row)
    _settle(qtbot, chart)
    chart.undo_action.trigger()
    qtbot.waitUntil(lambda: len(chart.canvas.notes.data) == 0, timeout=TIMEOUT)
    _settle(qtbot, chart)
    assert ws.analyst_notes_for([key]) == []
    chart.redo_action.trigger()
    qtbot.waitUntil(lambda: len(chart.canvas.notes.data) == 1, timeout=TIMEOUT)
    _settle(qtbot, chart)
    ws2 = _reopen(ws, tmp_path)
    try:
        again = _chart(qtbot, executor, ws2)
        _open(qtbot, again, rids)
        assert [n[1] for n in again.graph.nodes[key].notes] == ["Ask the port police"]
        assert len(again.canvas.notes.data) == 1
    finally:
        ws2.lock()


def test_a_group_collapses_expands_undoes_and_is_saved(qtbot, executor, ws, monkeypatch):
    chart = _chart(qtbot, executor, ws)
    graph = _open(qtbot, chart, record_ids(ws, 30))
    key = next(k for k, n in graph.nodes.items() if n.kind == "entity")
    schema = graph.nodes[key].schema
    members = {k for k, n in graph.nodes.items() if n.kind == "entity" and n.schema == schema}
    assert len(members) >= 2
    chart.menus.context_menu(key).findChild(QAction, "chartCollapseGroupAction").trigger()
    [group] = [k for k, n in chart.graph.nodes.items() if n.kind == "group"]
    assert not members & set(chart.canvas.keys)
    assert chart.graph.nodes[group].label == f"{schema} ({len(members)})"
    assert chart.canvas.selected == {group}

    _answer(monkeypatch, "Grouped")
    chart.saved.save_as()
    qtbot.waitUntil(lambda: chart.saved.chooser.count() == 2, timeout=TIMEOUT)
    saved = _shown(chart)
    chart.open_node(group)  # double-click: a group opens into its members
    assert members <= set(chart.canvas.keys) and group not in chart.canvas.keys
    chart.undo_action.trigger()
    assert _shown(chart) == saved
    chart.redo_action.trigger()
    assert members <= set(chart.canvas.keys)

    shown = []
    chart.graph_changed.connect(shown.append)
    chart.saved.open(chart.saved.current.id)  # the saved chart, as it was saved
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert _shown(chart) == saved
    chart.edits.expand_group(group)
    assert members <= set(chart.canvas.keys)
