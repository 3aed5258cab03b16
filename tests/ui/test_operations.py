"""Operations: work off the GUI thread, progress after half a second, cancel that changes
nothing, and errors a person can read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from liaison.model.errors import FormatError, OperationCancelled
from liaison.ui.operations import run_operation
from liaison.ui.progress_dialog import ProgressDialog
from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE
from .conftest import visible
from .flows import TIMEOUT, wait_visible


def test_cancelling_a_long_import_leaves_the_store_unchanged(qtbot, executor, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    ws = Workspace.create(tmp_path / "ws", "Desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    ws.import_demo(30, seed=3)
    before = ws.stats()
    audit_before = len(ws.audit_entries())
    outcome: list[object] = []
    run_operation(window, lambda p: ws.import_demo(200_000, seed=5, progress=p),
                  title="Generating the demo case", on_success=outcome.append,
                  on_failure=outcome.append, executor=executor)
    dialog = wait_visible(qtbot, ProgressDialog)               # shown after ~0.5 s
    assert dialog.label.text() == "Generating the demo case"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT)
    assert isinstance(outcome[0], OperationCancelled)
    assert visible(ProgressDialog) is None
    assert ws.stats() == before
    assert len(ws.audit_entries()) == audit_before
    ws.lock()


def test_a_quick_operation_shows_no_progress_window(qtbot, executor):
    results: list[int] = []
    run_operation(None, lambda _p: 41 + 1, title="Quick", on_success=results.append,
                  executor=executor)
    qtbot.waitUntil(lambda: results == [42], timeout=TIMEOUT)
    qtbot.wait(600)
    assert visible(ProgressDialog) is None


def test_errors_are_messages_not_tracebacks(qtbot, executor):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()

    def fail(_p):
        raise FormatError("suspects.csv, line 4: the date '31/02/2024' does not exist.")

    run_operation(window, fail, title="Importing", executor=executor)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorMessage") is not None,
                    timeout=TIMEOUT)
    box = window.findChild(QMessageBox, "errorMessage")
    assert box.informativeText() == "suspects.csv, line 4: the date '31/02/2024' does not exist."
    assert box.detailedText() == ""
    box.close()

    def bug(_p):
        return {}["missing"]

    run_operation(window, bug, title="Sorting", executor=executor)
    qtbot.waitUntil(lambda: any(b.isVisible() and "unexpected" in b.text()
                                for b in window.findChildren(QMessageBox)), timeout=TIMEOUT)
    box = next(b for b in window.findChildren(QMessageBox) if "unexpected" in b.text())
    assert "Traceback" not in box.text() + box.informativeText()
    assert "KeyError" in box.detailedText()                     # folded away, for the admin
