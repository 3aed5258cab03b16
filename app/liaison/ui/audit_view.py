"""The audit viewer: the latest entries of the hash chain, and "Verify chain".

Verification walks the whole chain on the workspace worker and names the first
broken entry; the result stays on screen until the next verification.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.ui.bidi import isolate
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace

if TYPE_CHECKING:
    from liaison.store.audit import AuditEntry, VerifyResult

LATEST = 5000  # entries listed; verification always covers the whole chain
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """A list of audit entries, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def row_of(self, seq: int) -> int | None:
        return next((i for i, e in enumerate(self.entries) if e.seq == seq), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        col = index.column()
        if col == 0:
            return str(e.seq)
        if col == 1:
            return isolate(e.ts.replace("T", " ")[:19])
        if col == 2:
            return isolate(e.actor)
        if col == 3:
            return isolate(e.action)
        if col == 4:
            return isolate(e.object)
        text = json.dumps(e.details, ensure_ascii=False, sort_keys=True)
        return isolate(text) if role == Qt.ItemDataRole.DisplayRole else (text + "\n\n" + e.hash)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("#"), self.tr("Time (UTC)"), self.tr("Actor"), self.tr("Action"),
                  self.tr("Object"), self.tr("Details"))
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)


class AuditView(QWidget):
    """The chain as a table with Refresh and Verify chain."""

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.result: VerifyResult | None = None
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshAudit")
        self.refresh_button.clicked.connect(self.refresh)
        self.result_label = QLabel()
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.caption = QLabel()
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        for col, width in enumerate((60, 150, 110, 150, 280)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        self.caption.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.retranslate()
        self._set_enabled(False)

    def retranslate(self) -> None:
        self.verify_button.setText(self.tr("Verify chain"))
        self.verify_button.setAccessibleName(self.tr("Verify the audit chain"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Reload the audit entries"))
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.model.retranslate()
        self._show_caption()
        self._show_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_enabled(self, enabled: bool) -> None:
        self.verify_button.setEnabled(enabled)
        self.refresh_button.setEnabled(enabled)

    def _show_caption(self) -> None:
        n = len(self.model.entries)
        self.caption.setText("" if n == 0 else self.tr(
            "Latest entries, oldest first ({n} shown)").format(n=QLocale().toString(n)))

    def _show_result(self) -> None:
        r = self.result
        if r is None:
            self.result_label.setText("")
            self.result_label.setStyleSheet("")
        elif r.ok:
            self.result_label.setText(self.tr("Chain intact: {n} entries verified.").format(
                n=QLocale().toString(r.entries)))
            self.result_label.setStyleSheet("color: #1E6B36; font-weight: bold;")
        else:
            # The chain itself may be intact while the log was cut, rewritten or its
            # head or triggers touched (issue 16.2): then there is no entry to name, and
            # each finding is listed, as ``liaison audit verify`` does.
            findings = [f"\u2022 {p.message}" for p in r.problems if p.kind != "chain"]
            if r.broken_seq is not None:
                head = self.tr("Chain BROKEN at entry {seq}: {reason}.").format(
                    seq=r.broken_seq, reason=r.reason)
            elif {p.kind for p in r.problems} == {"head-key"}:
                head = self.tr("Audit log not fully checked ({n} entries, the chain "
                               "intact):").format(n=QLocale().toString(r.entries))
            else:
                head = self.tr("Audit log TAMPERED WITH ({n} entries, each linked to the "
                               "one before):").format(n=QLocale().toString(r.entries))
            if r.broken_seq is None and not findings:  # a reason with no problem listed
                findings = [f"\u2022 {r.reason}"]
            self.result_label.setText("\n".join([head, *findings]))
            self.result_label.setStyleSheet("color: #B42318; font-weight: bold;")

    # --- life cycle --------------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._set_enabled(True)
        self.refresh()

    def clear(self) -> None:
        self.workspace = None
        self.result = None
        self.model.set_entries([])
        self._set_enabled(False)
        self._show_caption()
        self._show_result()

    def refresh(self) -> None:
        ws = self.workspace
        if ws is None:
            return

        def load(_progress: object) -> list[AuditEntry]:
            total = ws.info().audit_entries
            return ws.audit_entries(since=max(0, total - LATEST))

        def done(entries: list[AuditEntry]) -> None:
            if self.workspace is ws:
                self.model.set_entries(entries)
                self._show_caption()
                self.table.scrollToBottom()
                self._select_broken()

        run_operation(self, load, title=self.tr("Reading the audit log"), on_success=done,
                      cancellable=False, executor=self.executor)

    def verify(self) -> None:
        ws = self.workspace
        if ws is None:
            return

        def done(result: VerifyResult) -> None:
            if self.workspace is ws:
                self.result = result
                self._show_result()
                self.refresh()

        run_operation(self, lambda _p: ws.audit_verify(), title=self.tr("Verifying the audit "
                                                                          "chain"),
                      on_success=done, cancellable=False, executor=self.executor)

    def _select_broken(self) -> None:
        if self.result is None or self.result.ok or self.result.broken_seq is None:
            return
        row = self.model.row_of(self.result.broken_seq)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
