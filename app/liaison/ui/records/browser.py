"""The records browser: every record in the workspace, in a lazy, sortable table.

Row pages are read on the GUI thread from the browser's own reader connection
(a page is a hundred rows by primary key: well under a frame); the list of ids,
which for a million records takes longer, is re-queried on the workspace worker.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.ui.badges import BadgeDelegate
from liaison.ui.operations import Executor, run_operation
from liaison.ui.records import columns
from liaison.ui.records.table_model import RecordTableModel
from liaison.workspace import Workspace

OPEN_DELAY_MS = 150  # arrow keys through the list open only the record they stop on


def make_record_table(parent: QWidget | None = None, compact: bool = False
                      ) -> tuple[QTableView, RecordTableModel]:
    """A table view over a RecordTableModel with badge columns, as used everywhere;
    ``compact`` hides grade, country and reference for narrow panels (the record view
    shows them when the record is opened)."""
    view = QTableView(parent)
    model = RecordTableModel(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    for i, key in enumerate(columns.COLUMNS):
        view.setColumnWidth(i, columns.WIDTHS[key])
        if key in columns.BADGE_COLUMNS:
            view.setItemDelegateForColumn(i, BadgeDelegate(columns.BADGE_COLUMNS[key], view))
    header.setStretchLastSection(False)
    header.setSectionResizeMode(columns.COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
    if compact:
        for key in ("grade", "country", "reference"):
            view.setColumnHidden(columns.COLUMNS.index(key), True)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    view.setSortingEnabled(True)
    return view, model


class RecordsBrowser(QWidget):
    """All records of the workspace; emits ``record_activated(rid)`` on the current row."""

    record_activated = Signal(int)

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordsBrowser")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.caption = QLabel()
        self.caption.setObjectName("recordsCaption")
        self.view, self.model = make_record_table(self)
        self.view.setObjectName("recordsTable")
        self.model.sort_requested.connect(self._resort)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self._pending_row = -1
        self._restoring = False
        self.only: set[int] | None = None  # a brushed time range narrows the list to these
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.timeout.connect(lambda: self._open_row(self._pending_row))
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.caption)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Records"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        if self.workspace is None:
            self.caption.setText(self.tr("All records"))
        elif self.only is not None:
            self.caption.setText(self.tr("Records in the brushed time range ({count})").format(
                count=QLocale().toString(self.model.rowCount())))
        else:
            self.caption.setText(self.tr("All records ({count})").format(
                count=QLocale().toString(self.model.rowCount())))

    # --- life cycle --------------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        """Show ``workspace``'s records; rows are read on a reader connection of our own."""
        self.workspace = workspace
        reader = workspace.open_reader()
        self.model.set_source(lambda rids: workspace.record_rows(rids, conn=reader))
        self.refresh()

    def clear(self) -> None:
        """Drop every id and row (used when locking)."""
        self._open_timer.stop()
        self.workspace = None
        self.only = None
        self.model.clear()
        self._show_count()

    def refresh(self) -> None:
        """Re-read the ids in the current order, keeping the selected record selected."""
        self._query(self.model.sort_key, self.model.descending)

    def show_only(self, rids: Iterable[int] | None) -> None:
        """List only these records (the timeline's brushed range); None lists all again."""
        self.only = None if rids is None else set(rids)
        self.refresh()

    def _resort(self, key: str, descending: bool) -> None:
        self._query(key, descending)

    def _query(self, key: str, descending: bool) -> None:
        ws = self.workspace
        if ws is None:
            return
        current = self.model.rid_at(self.view.currentIndex().row())

        def done(rids: list[int]) -> None:
            if self.workspace is not ws:
                return
            if self.only is not None:
                rids = [rid for rid in rids if rid in self.only]
            self.model.set_rids(rids, key, descending)
            self._show_count()
            row = self.model.row_of(current) if current is not None else None
            if row is not None:
                self._restoring = True  # the record view shows it already: no new view
                try:
                    self.view.selectionModel().setCurrentIndex(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                finally:
                    self._restoring = False
                self.view.scrollTo(self.model.index(row, 0))

        run_operation(self, lambda _p: ws.record_ids(key, descending), title=self.tr(
            "Sorting records"), on_success=done, cancellable=False, executor=self.executor)

    # --- opening -----------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._restoring:
            self._pending_row = current.row()
            self._open_timer.start(OPEN_DELAY_MS)

    def _open_row(self, row: int) -> None:
        self._open_timer.stop()
        rid = self.model.rid_at(row)
        if rid is not None:
            self.record_activated.emit(rid)
