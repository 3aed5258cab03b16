"""The Share wizard's last page: export the reviewed share to files and/or send it.

Files go to a folder in the formats chosen (``Workspace.export_share``); sending puts the
same reviewed copy as a package into the outbox (``Workspace.send_share``), which needs a
partner with verified certificates: the page says why not when the exchange refuses.
Both run on the workspace worker and are audited there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from liaison.ui.operations import run_operation

if TYPE_CHECKING:
    from liaison.ui.share_dialog import ShareDialog

FORMATS = ("pdf", "csv", "ftm", "stix")
DEFAULT_FORMATS = ("pdf", "csv")


class ConfirmPage(QWizardPage):
    """Where the share goes; Finish does it (on the worker) and closes when it is done."""

    def __init__(self, wizard: ShareDialog) -> None:
        super().__init__(wizard)
        self.setObjectName("shareConfirmPage")
        self.share = wizard
        self.outcome: tuple[list[Any], Any] | None = None
        self.outcome_text = ""
        self.running = False
        self.can_send = False
        self.export = QCheckBox(self)
        self.export.setObjectName("shareExportCheck")
        self.export.setChecked(True)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("shareFolder")
        self.browse = QPushButton(self)
        self.browse.setObjectName("shareBrowse")
        self.browse.clicked.connect(self._browse)
        self.formats: dict[str, QCheckBox] = {}
        formats = QHBoxLayout()
        for fmt in FORMATS:
            box = QCheckBox(fmt.upper(), self)
            box.setObjectName(f"shareFormat_{fmt}")
            box.setChecked(fmt in DEFAULT_FORMATS)
            box.toggled.connect(lambda _on: self.completeChanged.emit())
            self.formats[fmt] = box
            formats.addWidget(box)
        formats.addStretch(1)
        self.send = QCheckBox(self)
        self.send.setObjectName("shareSendCheck")
        self.send_note = QLabel(self)
        self.send_note.setObjectName("shareSendNote")
        self.send_note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("shareError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #B00020; }")
        self.result = QLabel(self)
        self.result.setObjectName("shareResult")
        self.result.setWordWrap(True)
        for signal in (self.export.toggled, self.send.toggled):
            signal.connect(lambda _on: self.completeChanged.emit())
        self.folder.textChanged.connect(lambda _t: self.completeChanged.emit())
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.export)
        layout.addLayout(folder_row)
        layout.addLayout(formats)
        layout.addSpacing(12)
        layout.addWidget(self.send)
        layout.addWidget(self.send_note)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Export or send"))
        self.setSubTitle(self.tr("What you reviewed is exactly what leaves. The redactions "
                                 "and this decision are recorded in the audit log."))
        self.export.setText(self.tr("&Export files to a folder"))
        self.browse.setText(self.tr("&Browse…"))
        self.folder.setAccessibleName(self.tr("Folder for the exported files"))
        self.folder.setPlaceholderText(self.tr("Folder"))
        for fmt, box in self.formats.items():
            box.setAccessibleName(self.tr("Export as {format}").format(format=fmt.upper()))
        self.send.setText(self.tr("Send to the &partner as a package (outbox)"))

    def initializePage(self) -> None:
        self.error.clear()
        self.result.clear()
        self.outcome, self.outcome_text = None, ""
        partner = self.share.select.partner_name()
        self.can_send = False
        self.send.setChecked(False)
        self.send.setEnabled(False)
        if partner is None:
            self.send_note.setText(self.tr("Choose a partner to send a package; a share to "
                                           "nobody in particular can only be exported."))
            return
        self.send_note.setText(self.tr("Checking whether {partner} can receive packages…")
                               .format(partner=partner))
        ws = self.share.workspace

        def checked(problem: str | None) -> None:
            self.can_send = problem is None
            self.send.setEnabled(self.can_send)
            self.send_note.setText(problem or self.tr(
                "The package is queued in the outbox for {partner}; it leaves with the next "
                "sync.").format(partner=partner))
            self.completeChanged.emit()

        run_operation(self, lambda _p: ws.share_recipient_problem(partner),
                      title=self.tr("Checking the partner's certificates"),
                      on_success=checked, cancellable=False, executor=self.share.executor)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the exported files"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_formats(self) -> list[str]:
        return [fmt for fmt, box in self.formats.items() if box.isChecked()]

    def isComplete(self) -> bool:
        if self.running:
            return False
        exporting = self.export.isChecked() and bool(self.folder.text().strip()) \
            and bool(self.chosen_formats())
        sending = self.send.isChecked() and self.can_send
        wants_export_but_cannot = self.export.isChecked() and not exporting
        return (exporting or sending) and not wants_export_but_cannot

    def validatePage(self) -> bool:
        if self.outcome is not None:
            return True
        self._start()
        return False

    def _start(self) -> None:
        ws, plan = self.share.workspace, self.share.plan
        if plan is None:
            return
        send = self.send.isChecked() and self.can_send
        folder = Path(self.folder.text().strip()) if self.export.isChecked() else None
        formats = self.chosen_formats()

        def work(_p: Any) -> tuple[list[Any], Any]:
            queued = ws.send_share(plan) if send else []  # refused early: nothing exported
            exported = ws.export_share(plan, folder, formats) if folder is not None else None
            return queued, exported

        self.running = True
        self.error.clear()
        self.completeChanged.emit()
        run_operation(self, work, title=self.tr("Sharing"), on_success=self._done,
                      on_failure=self._failed, changes=True, executor=self.share.executor)

    def _done(self, outcome: tuple[list[Any], Any]) -> None:
        self.running = False
        self.outcome = outcome
        queued, exported = outcome
        parts = []
        if exported is not None:
            parts.append(self.tr("{files} file(s) written to {folder}.").format(
                files=len(exported.files), folder=self.folder.text().strip()))
        if queued:
            parts.append(self.tr("{packages} package(s) queued for {partner}.").format(
                packages=len(queued), partner=self.share.plan.partner
                if self.share.plan else ""))
        self.outcome_text = " ".join(parts)
        self.result.setText(self.outcome_text)
        self.completeChanged.emit()
        self.share.accept()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.error.setText(str(exc))
        self.completeChanged.emit()
