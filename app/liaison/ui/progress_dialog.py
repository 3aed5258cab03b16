"""The progress window of a running operation, with its Cancel button.

Not a QProgressDialog: that one calls processEvents() from setValue() when it is
modal, which re-enters our handlers while an operation is finishing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ProgressDialog(QDialog):
    """Shows what runs, how far it got, and lets the person ask it to stop."""

    cancel_requested = Signal()

    def __init__(self, title: str, cancellable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationProgress")
        self.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                               else Qt.WindowModality.ApplicationModal)
        self._title = title
        self._cancellable = cancellable
        self._cancelling = False
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.detail = QLabel("")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMinimumWidth(360)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelOperation")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title)
        self.cancel_button.setText(self.tr("Cancelling…") if self._cancelling
                                   else self.tr("Cancel"))
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the operation"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_progress(self, done: int, total: int | None, message: str) -> None:
        locale = QLocale()
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, int(1000 * done / max(total, 1))))
            self.detail.setText(self.tr("{done} of {total}").format(
                done=locale.toString(done), total=locale.toString(total)))
        else:
            self.bar.setRange(0, 0)
            self.detail.setText(locale.toString(done) if done else "")

    def request_cancel(self) -> None:
        if not self._cancellable or self._cancelling:
            return
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self.retranslate()
        self.cancel_requested.emit()

    def reject(self) -> None:
        # Escape asks the work to stop; the window closes when the work has stopped.
        self.request_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.request_cancel()
