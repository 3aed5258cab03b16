"""Records due for review: keep one under review until a later date, or erase it.

Lists provenance only (review date, agency, reference, TLP, handling), never record
text. Keeping needs a new date and a reason; erasing needs a reason and a
confirmation, and is refused for our own records (the workspace says why: retract
them so that partners are told). Every step is audited by the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.ui.badges import BadgeDelegate
from liaison.ui.bidi import isolate
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace

if TYPE_CHECKING:
    from liaison.workspace.govern import ReviewItem

Index = QModelIndex | QPersistentModelIndex
TLP_COLUMN, HANDLING_COLUMN = 4, 5


class ReviewModel(QAbstractTableModel):
    """The due records, oldest review date first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        values = (item.review_date, item.agency, item.country, item.reference, item.tlp,
                  item.handling)
        value = values[index.column()] or ""
        return value if index.column() in (TLP_COLUMN, HANDLING_COLUMN) else isolate(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Review date"), self.tr("Agency"), self.tr("Country"),
                  self.tr("Reference"), self.tr("TLP"), self.tr("Handling"))
        return titles[section] if 0 <= section < len(titles) else None


class ReasonDialog(QDialog):
    """Asks for the reason (and for keeping, the new review date)."""

    def __init__(self, title: str, prompt: str, with_date: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reviewReasonDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = QFormLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        form.addRow(label)
        self.until = QDateEdit(QDate.currentDate().addMonths(6))
        self.until.setObjectName("reviewUntil")
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(QDate.currentDate().addDays(1))
        self.until.setAccessibleName(self.tr("New review date"))
        if with_date:
            form.addRow(self.tr("Keep &until:"), self.until)
        self.reason = QLineEdit()
        self.reason.setObjectName("reviewReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))


class ReviewDialog(QDialog):
    """The due list with Open, Keep under review… and Erase…"""

    record_requested = Signal(str)

    def __init__(self, workspace: Workspace, executor: Executor,
                 parent: QWidget | None = None,
                 forget: Callable[[str], None] | None = None) -> None:
        """``forget(record_id)`` is called after an erasure, even if this list was closed
        meanwhile, so that no view keeps showing the erased text."""
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.forget = forget
        self.workspace = workspace
        self.executor = executor
        self.setWindowTitle(self.tr("Records due for review"))
        self.caption = QLabel()
        self.caption.setObjectName("reviewCaption")
        self.caption.setWordWrap(True)
        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records due for review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(TLP_COLUMN, BadgeDelegate("tlp", self.table))
        self.table.setItemDelegateForColumn(HANDLING_COLUMN,
                                            BadgeDelegate("handling", self.table))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.open_button = QPushButton(self.tr("&Open record"))
        self.keep_button = QPushButton(self.tr("&Keep under review…"))
        self.erase_button = QPushButton(self.tr("&Erase…"))
        for button, name in ((self.open_button, "reviewOpen"), (self.keep_button, "reviewKeep"),
                             (self.erase_button, "reviewErase")):
            button.setObjectName(name)
        self.open_button.clicked.connect(self.open_current)
        self.keep_button.clicked.connect(self.keep_current)
        self.erase_button.clicked.connect(self.erase_current)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.open_button, self.keep_button, self.erase_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(820, 460)
        self._update_buttons()
        self.refresh()

    def current(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.open_button, self.keep_button, self.erase_button):
            button.setEnabled(chosen)

    def refresh(self) -> None:
        ws = self.workspace

        def show(items: list[ReviewItem]) -> None:
            self.model.set_items(items)
            self.caption.setText(self.tr(
                "{n} record(s) have reached their review date. Keep each one under review "
                "with a reason, or erase it.").format(n=QLocale().toString(len(items))))
            if items:
                self.table.selectRow(0)
            self._update_buttons()

        run_operation(self, lambda _p: ws.review_due(), title=self.tr("Reading review dates"),
                      on_success=show, cancellable=False, executor=self.executor)

    def open_current(self) -> None:
        item = self.current()
        if item is not None:
            self.record_requested.emit(item.id)

    def keep_current(self) -> ReasonDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = ReasonDialog(self.tr("Keep under review"), self.tr(
            "Keep {reference} from {agency} until a later review date. The reason goes to "
            "the audit log.").format(reference=item.reference, agency=item.agency),
            with_date=True, parent=self)
        def keep() -> None:
            # Read on the GUI thread: the work runs on the worker, after the dialog is gone.
            record_id, reason = item.id, dialog.reason.text()
            until = dialog.until.date().toString(Qt.DateFormat.ISODate)
            self._run(lambda ws: ws.review_keep(record_id, until, reason),
                      self.tr("Keeping the record under review"))

        dialog.accepted.connect(keep)
        dialog.open()
        return dialog

    def erase_current(self) -> ReasonDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = ReasonDialog(self.tr("Erase record"), self.tr(
            "Erase the content of {reference} from {agency} from this workspace? Its text, "
            "attachments and the values only it gave are removed for good; a tombstone "
            "stays so that the same copy cannot come back. The reason goes to the audit "
            "log.").format(reference=item.reference, agency=item.agency),
            with_date=False, parent=self)
        def erase() -> None:
            record_id, reason = item.id, dialog.reason.text()
            self._run(lambda ws: ws.erase(record_id, reason), self.tr("Erasing the record"),
                      erased=record_id)

        dialog.accepted.connect(erase)
        dialog.open()
        return dialog

    def _run(self, fn: Any, title: str, erased: str | None = None) -> None:
        """Run ``fn(ws)`` on the worker, owned by the main window: closing this list while
        it waits must neither drop the change nor hide its outcome or error."""
        ws, forget = self.workspace, self.forget

        def done(_result: object) -> None:
            if erased is not None and forget is not None:
                forget(erased)
            if shiboken6.isValid(self):
                self.refresh()

        run_operation(self.parentWidget() or self, lambda _p: fn(ws), title=title,
                      on_success=done, cancellable=False, changes=True,
                      executor=self.executor)
