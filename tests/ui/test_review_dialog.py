"""Records due for review from the desktop: keep one with a reason, erase another, and
see our own record refused with the reason; locking closes the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from liaison.ui.review_dialog import ReasonDialog, ReviewDialog
from liaison.workspace import Workspace

from ..test_govern import OURS, _ingest
from ..workspace_helpers import PASSPHRASE
from .conftest import visible
from .flows import TIMEOUT, block_worker, start_unlocked, visible_text, wait_visible


@pytest.fixture
def due_workspace(folder):
    ws = Workspace.create(folder, OURS, "NL", use_keyring=False, passphrase=PASSPHRASE)
    _ingest(ws)
    ws.lock()
    return folder


def _references(dialog: ReviewDialog) -> list[str]:
    return [item.reference for item in dialog.model.items]


def _select(qtbot, dialog: ReviewDialog, reference: str) -> None:
    dialog.table.selectRow(_references(dialog).index(reference))
    assert dialog.current().reference == reference


def _answer(qtbot, reason: str) -> None:
    asked = wait_visible(qtbot, ReasonDialog)
    ok = asked.buttons.button(asked.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no action
    qtbot.keyClicks(asked.reason, reason)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _open_review(qtbot, make_session):
    """Unlock, open File > Records due for review, wait for its three due records."""
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    window.review_action.trigger()
    dialog = wait_visible(qtbot, ReviewDialog)
    qtbot.waitUntil(lambda: len(dialog.model.items) == 3, timeout=TIMEOUT)
    return session, window, dialog


def test_keep_erase_and_refusal(qtbot, make_session, due_workspace):
    session, window, dialog = _open_review(qtbot, make_session)
    assert _references(dialog) == ["REF-2", "REF-1", "REF-5"]
    assert "Kasimir" not in visible_text(dialog)  # provenance only, no record text
    assert "3 record(s)" in dialog.caption.text()

    _select(qtbot, dialog, "REF-1")
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, "Investigation still open")
    qtbot.waitUntil(lambda: _references(dialog) == ["REF-2", "REF-5"], timeout=TIMEOUT)

    _select(qtbot, dialog, "REF-5")  # ours: erasing is refused, retracting is the way
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, "tidy up")
    box = wait_visible(qtbot, QMessageBox)
    assert "retract it instead" in box.informativeText()
    box.close()

    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
    _select(qtbot, dialog, "REF-2")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, "Retention period ended")
    qtbot.waitUntil(lambda: _references(dialog) == ["REF-5"], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
    ws = window.workspace
    assert [e.action for e in ws.audit_entries()][-6:].count("record.erase") == 1

    # Open record shows it in the record view.
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.record_view.detail is not None, timeout=TIMEOUT)
    assert window.record_view.detail.reference == "REF-5"

    session.lock()
    qtbot.waitUntil(lambda: visible(ReviewDialog) is None, timeout=TIMEOUT)


def test_a_keep_confirmed_while_the_worker_is_busy_survives_closing_the_list(
        qtbot, make_session, due_workspace):
    _session, window, dialog = _open_review(qtbot, make_session)
    _select(qtbot, dialog, "REF-1")
    gate = block_worker(window.executor)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, "Investigation still open")
    dialog.reject()  # the analyst closes the list before the worker gets to it
    qtbot.wait(100)
    gate.set()
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    ws = window.workspace
    assert "REF-1" not in [i.reference for i in ws.review_due()]
    keeps = [e for e in ws.audit_entries() if e.action == "review.keep"]
    assert [e.details["reason"] for e in keeps] == ["Investigation still open"]


def test_erasing_the_open_record_clears_the_record_view(qtbot, make_session, due_workspace):
    _session, window, dialog = _open_review(qtbot, make_session)
    _select(qtbot, dialog, "REF-2")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.record_view.detail is not None, timeout=TIMEOUT)
    assert "Kasimir" in visible_text(window.record_view)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, "Retention period ended")
    qtbot.waitUntil(lambda: _references(dialog) == ["REF-1", "REF-5"], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    assert window.record_view.detail is None
    assert "Kasimir" not in visible_text(window.record_view)
