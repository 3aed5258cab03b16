"""The Share wizard: records, partner, profile and purpose → the policy's answer per
record → the redaction review → a side-by-side preview → export files and/or send.

Opened from Share ▸ Share… (Ctrl+Shift+S) with the records selected in the records table
or the search results. The policy check and the redaction plan are prepared on the
workspace worker (``Workspace.prepare_share``); the review changes the plan in memory;
exporting (``export_share``) and sending (``send_share``, the reviewed plan itself as a
package) run on the worker again and are audited there. No record text goes in a title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from liaison.ui.operations import Executor
from liaison.ui.share.confirm import ConfirmPage
from liaison.ui.share.pages import PolicyPage, RowSource, SelectPage
from liaison.ui.share.preview import PreviewPage
from liaison.ui.share.review import ReviewPage

if TYPE_CHECKING:
    from liaison.analysis.redaction import SharePlan
    from liaison.workspace import Workspace
    from liaison.workspace.records import RecordRow

LISTED_LIMIT = 1000  # records "Add the listed records" takes from the records table


class ShareDialog(QWizard):
    """The five pages; ``plan`` is the redaction plan once the policy page prepared it."""

    # Closed, and nothing of the share is still running: ``confirm`` says what happened.
    settled = Signal()

    def __init__(self, workspace: Workspace, executor: Executor, rows: list[RecordRow],
                 search_rows: RowSource | None = None, listed_rows: RowSource | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.workspace, self.executor = workspace, executor
        self.search_rows = search_rows or list
        self.listed_rows = listed_rows or list
        self.plan: SharePlan | None = None
        self.select = SelectPage(self)
        self.policy = PolicyPage(self)
        self.review = ReviewPage(self)
        self.preview = PreviewPage(self)
        self.confirm = ConfirmPage(self)
        for page in (self.select, self.policy, self.review, self.preview, self.confirm):
            self.addPage(page)
        self.review.changed.connect(self.preview.refresh)
        self.select.add_rows(rows)
        self.resize(1100, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share records"))  # never record text (screen sharing)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Share"))

    def set_plan(self, plan: SharePlan | None) -> None:
        self.plan = plan
        self.review.set_plan(plan)
        self.preview.set_plan(plan)

    def done(self, result: int) -> None:
        """Closed while the share runs (window close, Escape, a lock): what has not started
        is cancelled; what finishes is still reported before the wizard is deleted."""
        running = self.confirm.running
        if running:
            if result != QDialog.DialogCode.Rejected:
                return  # nothing can be finished while it runs
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # not yet
            self.confirm.abandon()
        super().done(result)
        if not running and not self.isVisible():
            self.settled.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in (self.select, self.policy, self.review, self.preview, self.confirm):
                page.retranslate()
        super().changeEvent(event)


# --- the main window's action ---------------------------------------------------------------


def _selected_rows(view: Any) -> list[Any]:
    model = view.model()
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [r for r in (model.record_at(row) for row in rows) if r is not None]


class ShareAction(QObject):
    """Share ▸ Share… in the main window, enabled while records are selected."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ShareDialog | None = None
        self.last_outcome: tuple[list[Any], Any] | None = None  # (packages, export result)
        self.action = QAction(window)
        self.action.setObjectName("shareAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.action.triggered.connect(lambda _checked=False: self.open())
        window.addAction(self.action)
        bar = window.menuBar()
        self.menu = getattr(window, "share_menu", None)
        if self.menu is None:
            self.menu = bar.addMenu("")
            bar.insertMenu(window.help_menu.menuAction(), self.menu)
            window.share_menu = self.menu
        self.menu.addAction(self.action)
        for view in self._views():
            view.selectionModel().selectionChanged.connect(lambda *_: self.update())
            view.model().modelReset.connect(self.update)
        window.installEventFilter(self)
        self.retranslate()
        self.update()

    def _views(self) -> list[Any]:
        views = [self.window.records.view]
        results = getattr(self.window, "search_results", None)
        if results is not None:
            views.append(results.view)
        return views

    def selected_rows(self) -> list[Any]:
        """The records selected in the records table and the search results."""
        return [row for view in self._views() for row in _selected_rows(view)]

    def search_rows(self) -> list[Any]:
        results = getattr(self.window, "search_results", None)
        if results is None:
            return []
        model = results.view.model()
        return [model.record_at(r) for r in range(min(model.rowCount(), LISTED_LIMIT))]

    def listed_rows(self) -> list[Any]:
        model = self.window.records.model
        return [model.record_at(r) for r in range(min(model.rowCount(), LISTED_LIMIT))]

    def update(self) -> None:
        self.action.setEnabled(self.window.workspace is not None and bool(self.selected_rows()))

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("MainWindow", "&Share"))
        self.action.setText(self.tr("&Share…"))
        self.action.setStatusTip(self.tr("Check the sharing policy, review the redactions and "
                                         "export or send the selected records"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open(self) -> ShareDialog | None:
        """Open the wizard, or bring the one already open to the front (one at a time: it
        is modeless, and a second would share its plan's fate with the first)."""
        current = self.dialog
        if current is not None and shiboken6.isValid(current) and current.isVisible():
            current.raise_()
            current.activateWindow()
            return current
        ws = self.window.workspace
        rows = self.selected_rows()
        if ws is None or not rows:
            return None
        dialog = ShareDialog(ws, self.window.executor, rows, self.search_rows,
                             self.listed_rows, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settled.connect(lambda d=dialog: self._settled(d))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _settled(self, dialog: ShareDialog) -> None:
        """``dialog`` (not whichever is open now) is closed and done: say what happened."""
        confirm = dialog.confirm
        self.last_outcome = confirm.outcome or confirm.happened()
        if confirm.outcome_text:
            self.window.statusBar().showMessage(confirm.outcome_text, 15000)
        if self.dialog is dialog:
            self.dialog = None


def install_share(window: Any) -> ShareAction:
    """Add Share ▸ Share… (Ctrl+Shift+S) to the main window."""
    return ShareAction(window)
