"""Cross-reference hits from the desktop: compare, see the pairs with their evidence,
judge one 'same' and see it leave the list, undo and see it come back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from liaison.model.records import stable_id
from liaison.ui.bidi import isolate
from liaison.workspace import Workspace

from ..test_xref import ingest, person
from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT, start_unlocked


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_compare_judge_and_undo(qtbot, make_session, demo_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    xref = window.xref
    assert xref.pairs.topLevelItemCount() == 0  # nothing compared yet
    assert not xref.same_button.isEnabled() and not xref.undo_button.isEnabled()

    _click(qtbot, xref.run_button)
    qtbot.waitUntil(lambda: xref.pairs.topLevelItemCount() > 0, timeout=TIMEOUT)
    count = xref.pairs.topLevelItemCount()
    assert xref.caption.text() == f"Candidate pairs: {count}"

    # The first pair is selected, both sides and the evidence are shown.
    pair = xref.captions()[0]
    assert pair[0] in xref.sides[0].text() and pair[1] in xref.sides[1].text()
    assert "Agency:" in xref.sides[0].text()
    assert xref.evidence.count() > 0

    # Double-clicking a side opens that entity.
    window.dock("xref").raise_()
    item = xref.pairs.currentItem()
    rect = xref.pairs.visualItemRect(item)
    x = xref.pairs.header().sectionViewportPosition(2) + 5
    where = QPoint(x, rect.center().y())
    qtbot.mouseClick(xref.pairs.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(xref.pairs.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: pair[1] in window.entity_view.caption.text(), timeout=TIMEOUT)

    _click(qtbot, xref.same_button)
    qtbot.waitUntil(lambda: pair not in xref.captions(), timeout=TIMEOUT)
    assert xref.undo_button.isEnabled()

    _click(qtbot, xref.undo_button)
    qtbot.waitUntil(lambda: pair in xref.captions(), timeout=TIMEOUT)
    assert xref.pairs.topLevelItemCount() == count
    assert not xref.undo_button.isEnabled()


def test_unsure_stays_marked_and_different_leaves(qtbot, make_session, demo_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    xref = session.window.xref
    _click(qtbot, xref.run_button)
    qtbot.waitUntil(lambda: xref.pairs.topLevelItemCount() > 1, timeout=TIMEOUT)
    first = xref.captions()[0]
    _click(qtbot, xref.unsure_button)
    qtbot.waitUntil(lambda: not session.executor.busy and xref.undo_button.isEnabled(),
                    timeout=TIMEOUT)
    row = xref.captions().index(first)
    assert xref.pairs.topLevelItem(row).text(3) == "unsure"

    xref.pairs.setCurrentItem(xref.pairs.topLevelItem(row))
    _click(qtbot, xref.different_button)
    qtbot.waitUntil(lambda: first not in xref.captions(), timeout=TIMEOUT)

    session.lock()
    qtbot.waitUntil(lambda: xref.pairs.topLevelItemCount() == 0, timeout=TIMEOUT)


@pytest.fixture
def trio_workspace(folder):
    """Three agencies' records of one man; A / C already judged 'not the same', A = B."""
    ws = Workspace.create(folder, AGENCY, "FR", use_keyring=False, passphrase=PASSPHRASE)
    people = [person("BKA", "p1", "Aleksandr Petrov", birthDate="1981-03-04"),
              person("GDBOP", "p1", "Александр Петров", birthDate="1981-03-04"),
              person("CBS", "p1", "Aleksander Pietrow", birthDate="1981-03-04")]
    for entity, agency in zip(people, ("BKA", "GDBOP", "CBS"), strict=True):
        ingest(ws, agency, entity)
    ws.xref_run()
    a, b, c = (p.id for p in people)
    ws.xref_judge(a, c, "different")
    ws.xref_judge(a, b, "same")
    ws.lock()
    return folder


def test_a_contradicting_verdict_is_shown_until_undone(qtbot, make_session, trio_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    xref = session.window.xref
    qtbot.waitUntil(lambda: xref.pairs.topLevelItemCount() == 1, timeout=TIMEOUT)
    assert xref.warning.isHidden()
    _click(qtbot, xref.same_button)  # B = C joins A and C, judged 'not the same'
    qtbot.waitUntil(lambda: xref.warning.isVisible(), timeout=TIMEOUT)
    assert "Contradiction: 1 pair(s)" in xref.warning.text()
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
    _click(qtbot, xref.undo_button)
    qtbot.waitUntil(lambda: xref.warning.isHidden(), timeout=TIMEOUT)
    session.lock()
    qtbot.waitUntil(lambda: xref.warning.text() == "", timeout=TIMEOUT)


def test_entity_view_lists_twins_and_candidates_that_open(qtbot, make_session,
                                                          trio_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    a = stable_id("BKA", "test", "p1")
    window.open_entity(a)
    view = window.entity_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == a, timeout=TIMEOUT)
    rows = [(view.xref.topLevelItem(i).text(1), view.xref.topLevelItem(i).text(2))
            for i in range(view.xref.topLevelItemCount())]
    assert rows[0] == (isolate("Александр Петров"), "confirmed the same")
    assert {verdict for _, verdict in rows[1:]} == {"same", "not the same"}
    item = view.xref.topLevelItem(0)
    view.xref.setCurrentItem(item)
    view.xref.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: view.detail.id == stable_id("GDBOP", "test", "p1"),
                    timeout=TIMEOUT)


@pytest.fixture
def namesake_workspace(folder):
    """Two agencies' Jean Martin with nothing else: a common name alone, "possible"."""
    ws = Workspace.create(folder, AGENCY, "FR", use_keyring=False, passphrase=PASSPHRASE)
    ingest(ws, "BKA", person("BKA", "m1", "Jean Martin"))
    ingest(ws, "CBS", person("CBS", "m1", "MARTIN Jean"))
    ws.xref_run()
    ws.lock()
    return folder


def test_possible_matches_are_listed_on_request(qtbot, make_session, namesake_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    xref = session.window.xref
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
    assert xref.pairs.topLevelItemCount() == 0  # nothing likely the same
    xref.possible.setChecked(True)
    qtbot.waitUntil(lambda: xref.pairs.topLevelItemCount() == 1, timeout=TIMEOUT)
    assert xref.pairs.topLevelItem(0).text(0).endswith(" possible")
    assert any("one of the commonest names" in xref.evidence.item(i).text()
               for i in range(xref.evidence.count()))
    xref.possible.setChecked(False)
    qtbot.waitUntil(lambda: xref.pairs.topLevelItemCount() == 0, timeout=TIMEOUT)
    session.lock()
