"""What a person does over and over in these tests: unlock, wait for a window, read it."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from liaison.ui.operations import Executor, run_operation
from liaison.ui.session import Session
from liaison.ui.unlock_dialog import UnlockDialog

from ..workspace_helpers import PASSPHRASE
from .conftest import visible

TIMEOUT = 15_000


def block_worker(executor: Executor) -> threading.Event:
    """Keep the workspace worker busy until the returned event is set (what a slow
    operation does), so that what the person does meanwhile can be tested."""
    gate = threading.Event()
    run_operation(None, lambda _p: gate.wait(30), title="busy", cancellable=False,
                  show_progress=False, executor=executor)
    return gate


def wait_visible(qtbot, cls: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: visible(cls) is not None, timeout=TIMEOUT)
    found = visible(cls)
    assert found is not None
    return found


def type_and_unlock(qtbot, dialog: UnlockDialog, passphrase: str) -> None:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def records_shown(session: Session) -> int:
    return session.window.records.view.model().rowCount()


def start_unlocked(qtbot, session: Session, passphrase: str = PASSPHRASE) -> None:
    """Start on an existing passphrase workspace and unlock it through the dialog."""
    session.start()
    dialog = wait_visible(qtbot, UnlockDialog)
    type_and_unlock(qtbot, dialog, passphrase)
    qtbot.waitUntil(lambda: session.window.isVisible()
                    and session.window.agency_label.text() != "", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)


def visible_text(root: QWidget) -> str:
    """Every piece of text a person could read in ``root``: labels, fields, documents,
    cells of item views, and window titles."""
    parts = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if isinstance(w, QLabel | QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for r in range(min(model.rowCount(), 200)):
                for c in range(model.columnCount()):
                    parts.append(str(model.index(r, c).data() or ""))
                    child = model.index(r, 0)
                    for cr in range(model.rowCount(child)):
                        parts.append(str(model.index(cr, c, child).data() or ""))
        parts.append(w.windowTitle())
    return "\n".join(parts)
