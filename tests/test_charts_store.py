"""Saved charts and the analyst's hand-drawn links in the workspace (issue 18): saved,
renamed and deleted as asked, refused with a clear message and no change on bad input,
kept across a lock and unlock, and audited."""

from __future__ import annotations

import pytest

from liaison.model.errors import LiaisonError
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

STATE = {"records": [], "entities": ["a", "b"], "positions": {"a": [0.0, 1.0], "b": [2, 3]},
         "pinned": ["a"], "hidden": ["c"], "colour_by": "type"}


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Bundeskriminalamt", "DE", use_keyring=False,
                          passphrase=PASSPHRASE)
    ws.import_demo(20)
    yield ws
    ws.lock()


def _actions(ws) -> list[str]:
    return [e.action for e in ws.audit_entries()]


def test_charts_are_saved_renamed_and_deleted_and_audited(ws, tmp_path):
    first = ws.chart_save("Harbour network", STATE)
    second = ws.chart_save("  Cash   couriers ", {"positions": {}})
    assert second.name == "Cash couriers"
    assert [c.name for c in ws.charts_list()] == ["Cash couriers", "Harbour network"]
    assert ws.chart_get(first.id).state == STATE
    moved = dict(STATE, positions={"a": [5.0, 5.0], "b": [2, 3]})
    assert ws.chart_save("Harbour network", moved, first.id).state["positions"]["a"] == [5, 5]
    ws.chart_rename(first.id, "Harbour, March")
    ws.chart_delete(second.id)
    assert [c.name for c in ws.charts_list()] == ["Harbour, March"]
    actions = _actions(ws)
    assert actions.count("chart.save") == 3
    assert "chart.rename" in actions and "chart.delete" in actions
    ws.lock()
    again = Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE)
    try:
        [kept] = again.charts_list()
        assert kept.name == "Harbour, March" and kept.state["pinned"] == ["a"]
    finally:
        again.lock()


BAD_CHARTS = [
    ("", STATE, "empty"),
    ("x" * 121, STATE, "at most 120"),
    ("Taken", STATE, "already saved"),
    ("New", {"colour": "red"}, "unknown fields: colour"),
    ("New", {"positions": {"a": "here"}}, "positions"),
    ("New", {"hidden": "a"}, "hidden must be a list"),
]


def test_bad_chart_input_is_refused_with_no_change(ws):
    ws.chart_save("Taken", STATE)
    before = (ws.charts_list(), len(ws.audit_entries()))
    for name, state, message in BAD_CHARTS:  # one workspace for all: creating one costs
        with pytest.raises(LiaisonError, match=message):
            ws.chart_save(name, state)
        assert (ws.charts_list(), len(ws.audit_entries())) == before
    other = ws.chart_save("Other", {})
    with pytest.raises(LiaisonError, match="already saved"):
        ws.chart_rename(other.id, "Taken")
    with pytest.raises(LiaisonError, match="No saved chart"):
        ws.chart_delete("no-such-id")


def _two_entities(ws) -> tuple[str, str]:
    rows = ws.conn.execute("SELECT id FROM entities ORDER BY eid LIMIT 2").fetchall()
    return rows[0][0], rows[1][0]


def test_analyst_links_are_kept_apart_with_who_and_when(ws, tmp_path):
    a, b = _two_entities(ws)
    links_before = ws.conn.execute("SELECT count(*) FROM links").fetchone()[0]
    link = ws.analyst_link_add(a, b, "  met in  Rotterdam ")
    assert link.label == "met in Rotterdam" and link.created_by == ws.actor and link.created
    # Never in the partners' links table, which shares and exports read.
    assert ws.conn.execute("SELECT count(*) FROM links").fetchone()[0] == links_before
    assert ws.analyst_links_between([a, b, "other"]) == [link]
    assert ws.analyst_links_between([a]) == []
    ws.analyst_link_delete(link.id)
    assert ws.analyst_links_between([a, b]) == []
    ws.analyst_link_delete(link.id, deleted=False)
    assert ws.analyst_links_between([a, b]) == [link]
    actions = _actions(ws)
    for action in ("analyst_link.add", "analyst_link.delete", "analyst_link.restore"):
        assert action in actions
    ws.lock()
    again = Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE)
    try:
        assert again.analyst_links_between([a, b]) == [link]
    finally:
        again.lock()


def test_bad_analyst_links_are_refused_with_no_change(ws):
    a, b = _two_entities(ws)
    before = len(ws.audit_entries())
    for label, ends, message in [("  ", (a, b), "needs a label"),
                                 ("x" * 201, (a, b), "at most 200"),
                                 ("same", (a, a), "both ends are the same"),
                                 ("ghost", (a, "not-an-entity"), "No entity")]:
        with pytest.raises(LiaisonError, match=message):
            ws.analyst_link_add(*ends, label)
        assert len(ws.audit_entries()) == before
        assert ws.conn.execute("SELECT count(*) FROM analyst_links").fetchone()[0] == 0
    with pytest.raises(LiaisonError, match="No analyst's link"):
        ws.analyst_link_delete("no-such-link")


def test_analyst_notes_are_kept_refused_when_bad_and_restored(ws, tmp_path):
    a, b = _two_entities(ws)
    note = ws.analyst_note_add(a, "  Seen twice at the harbour.\nAsk the port police. ")
    assert note.text == "Seen twice at the harbour.\nAsk the port police."
    assert note.created_by == ws.actor and ws.analyst_notes_for([a, b]) == [note]
    before = len(ws.audit_entries())
    for entity, text, message in [(a, " ", "empty"), (a, "x" * 2001, "at most 2000"),
                                  ("ghost", "text", "No entity")]:
        with pytest.raises(LiaisonError, match=message):
            ws.analyst_note_add(entity, text)
    assert len(ws.audit_entries()) == before and ws.analyst_notes_for([a]) == [note]
    ws.analyst_note_delete(note.id)
    assert ws.analyst_notes_for([a]) == []
    ws.analyst_note_delete(note.id, deleted=False)
    actions = _actions(ws)
    for action in ("analyst_note.add", "analyst_note.delete", "analyst_note.restore"):
        assert action in actions
    # The chart's graph carries it on the entity's node; graph exports do not.
    graph = ws.with_analyst_marks(ws.graph_for_entities([a, b]))
    assert [n[1] for n in graph.nodes[a].notes] == [note.text]
    out = tmp_path / "chart.graphml"
    ws.graph_export(graph, "graphml", out)
    assert "harbour" not in out.read_text(encoding="utf-8")
