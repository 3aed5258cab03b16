"""The quarantine page of the Exchange dock: the refused packages, Release and Delete….

Release runs the chosen package through every receive check again (once its reason is
resolved: the partner verified, the clock put right): it is merged and leaves the list,
or stays with the reason it fails for now. Delete asks first; both are audited by the
workspace. The list itself is filled by the dock (``tables.fill_quarantine``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from liaison.ui.exchange.tables import ExchangeTable, received_text
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace


class QuarantinePage(QWidget):
    """The quarantine list with its actions; ``reported(text)`` says what an action did,
    ``changed()`` asks the dock to read the lists again."""

    reported = Signal(str)
    changed = Signal()

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.workspace: Workspace | None = None
        self.table = ExchangeTable("exchangeQuarantine", self)
        self.table.currentItemChanged.connect(lambda _c, _p: self.update_buttons())
        self.release_button = QPushButton(self)
        self.release_button.setObjectName("exchangeRelease")
        self.release_button.clicked.connect(self.release)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("exchangeDeleteQuarantined")
        self.delete_button.clicked.connect(self.delete)
        row = QHBoxLayout()
        row.addWidget(self.release_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()
        self.update_buttons()

    def retranslate(self) -> None:
        self.release_button.setText(self.tr("Re&lease"))
        self.release_button.setAccessibleName(
            self.tr("Receive the quarantined package again, through every check"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the quarantined package"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.update_buttons()

    def clear(self) -> None:
        self.workspace = None
        self.table.clear()
        self.update_buttons()

    def waiting_entry(self) -> dict[str, Any] | None:
        """The chosen entry, if it is still in quarantine."""
        data = self.table.current_data()
        return data if data and not data["released"] else None

    def update_buttons(self) -> None:
        waiting = self.workspace is not None and self.waiting_entry() is not None
        self.release_button.setEnabled(waiting)
        self.delete_button.setEnabled(waiting)

    def release(self) -> None:
        """Receive the chosen package again through every check."""
        ws, entry = self.workspace, self.waiting_entry()
        if ws is None or entry is None:
            return

        def done(result: Any) -> None:
            if result.status == "merged":
                self.reported.emit(self.tr("Released: {text}").format(
                    text=received_text(result)))
            else:
                self.reported.emit(self.tr(
                    "Quarantine entry {id} is still refused ({code}): {reason}").format(
                    id=entry["qid"], code=result.code, reason=result.reason))
            self.changed.emit()

        run_operation(self, lambda _p: ws.quarantine_release(entry["qid"]),
                      title=self.tr("Releasing the package"), on_success=done,
                      cancellable=False, changes=True, executor=self.executor)

    def delete(self) -> QMessageBox | None:
        """Ask, then delete the chosen entry and its kept file."""
        entry = self.waiting_entry()
        if self.workspace is None or entry is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the quarantined package"),
                          self.tr("Delete quarantine entry {id} and its file? The package is "
                                  "not received; the audit log keeps what it was.").format(
                              id=entry["qid"]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("quarantineDeleteConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._delete(entry) if box.standardButton(button)
            == QMessageBox.StandardButton.Yes else None)
        box.open()
        return box

    def _delete(self, entry: dict[str, Any]) -> None:
        ws = self.workspace
        if ws is None:
            return

        def done(_result: Any) -> None:
            self.reported.emit(self.tr("Quarantine entry {id} and its file were "
                                       "deleted.").format(id=entry["qid"]))
            self.changed.emit()

        run_operation(self, lambda _p: ws.quarantine_delete(entry["qid"]),
                      title=self.tr("Deleting the package"), on_success=done,
                      cancellable=False, changes=True, executor=self.executor)
