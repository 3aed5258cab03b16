"""The Share wizard's last page: export the reviewed share to files and/or send it.

Files go to a folder in the formats chosen (``Workspace.export_share``); sending puts the
same reviewed copy as a package into the outbox (``Workspace.send_share``), which needs a
partner with verified certificates: the page says why not when the exchange refuses.
Both run on the workspace worker and are audited there.

What has left stays left: if the export fails after the package was queued (or the
other way round), the page keeps what succeeded, says so, and a retry only does what is
left. While the share runs the reviewed plan is fixed (no Back, no Cancel); a wizard
closed anyway cancels what has not started and reports what finished in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from liaison.model.errors import OperationCancelled
from liaison.ui.operations import Operation, run_operation
from liaison.ui.share.pages import failure_text

if TYPE_CHECKING:
    from liaison.model.progress import Progress
    from liaison.ui.share.dialog import ShareDialog

FORMATS = ("pdf", "csv", "ftm", "stix")
DEFAULT_FORMATS = ("pdf", "csv")


class ConfirmPage(QWizardPage):
    """Where the share goes; Finish does it (on the worker) and closes when it is done."""

    def __init__(self, wizard: ShareDialog) -> None:
        super().__init__(wizard)
        self.setObjectName("shareConfirmPage")
        self.share = wizard
        self.outcome: tuple[list[Any], Any] | None = None  # set once everything asked is done
        self.outcome_text = ""
        self.sent: list[Any] | None = None  # the packages queued: never queued twice
        self.exported: Any | None = None  # the export's result: never written twice
        self.operation: Operation | None = None
        self.running = False
        self.abandoned = False
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
        if self.happened() is not None:
            return  # something has left: the page keeps it (Back is disabled by then)
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
        if self.sent is not None and not self.export.isChecked():
            return True  # the package left; nothing else is asked for: Finish just closes
        exporting = self.export.isChecked() and bool(self.folder.text().strip()) \
            and bool(self.chosen_formats())
        sending = self.send.isChecked() and self.can_send
        wants_export_but_cannot = self.export.isChecked() and not exporting
        return (exporting or sending) and not wants_export_but_cannot

    def validatePage(self) -> bool:
        if self.running:
            return False
        if self.outcome is None:
            self._start()
        return self.outcome is not None

    def happened(self) -> tuple[list[Any], Any] | None:
        """(packages queued, export result) of what has left so far; None if nothing has."""
        if self.sent is None and self.exported is None:
            return None
        return self.sent or [], self.exported

    def _start(self) -> None:
        ws, plan = self.share.workspace, self.share.plan
        if plan is None:
            return
        # What already happened is never done again: a retry only does what is left.
        send = self.sent is None and self.send.isChecked() and self.can_send
        folder = Path(self.folder.text().strip()) \
            if self.exported is None and self.export.isChecked() else None
        formats = self.chosen_formats()
        if not send and folder is None:  # all that is asked for has happened: just close
            self.outcome = self.sent or [], self.exported
            self.outcome_text = " ".join(self._happened_text())
            return
        done: dict[str, Any] = {}  # written on the worker, read after its result arrived

        def work(progress: Progress) -> dict[str, Any]:
            if send:
                done["queued"] = ws.send_share(plan)  # refused early: nothing exported
            if folder is not None:
                progress.check()  # the wizard was closed meanwhile: stop here
                done["exported"] = ws.export_share(plan, folder, formats)
            return done

        self._set_running(True)
        self.error.clear()
        self.operation = run_operation(
            self, work, title=self.tr("Sharing"), on_success=lambda _r: self._settle(done),
            on_failure=lambda exc: self._settle(done, exc, sending=send), changes=True,
            executor=self.share.executor)

    def _set_running(self, running: bool) -> None:
        """While the share runs, the reviewed plan is fixed: no Back, no Cancel."""
        self.running = running
        committed = running or self.happened() is not None
        self.share.preview.setCommitPage(committed)  # Back from here is disabled
        self.completeChanged.emit()
        self.share.button(QWizard.WizardButton.CancelButton).setEnabled(not running)
        if self.sent is not None:
            self.send.setEnabled(False)
        if self.exported is not None:
            for widget in (self.export, self.folder, self.browse, *self.formats.values()):
                widget.setEnabled(False)

    def abandon(self) -> None:
        """The wizard is closed while the share runs: stop what has not started yet; what
        finishes is still reported (``ShareDialog.settled``), then the wizard goes."""
        self.abandoned = True
        if self.operation is not None and shiboken6.isValid(self.operation):
            self.operation.cancel()
            self.operation.destroyed.connect(self.share.deleteLater)
        else:
            self.share.deleteLater()

    def _settle(self, done: dict[str, Any], exc: BaseException | None = None,
                sending: bool = False) -> None:
        """Keep what succeeded (never redone), say exactly what happened and what did not."""
        if "queued" in done:
            self.sent = done["queued"]
        if "exported" in done:
            self.exported = done["exported"]
        self.operation = None
        self._set_running(False)
        parts = self._happened_text()
        if exc is None:
            self.outcome = self.sent or [], self.exported
            self.outcome_text = " ".join(parts)
        else:
            problem = self._problem(exc, exporting=not sending or "queued" in done)
            if parts:
                self.outcome_text = " ".join([self.tr("Done:"), *parts, problem])
                retry = self.tr("Press Share to do only what is left (what is done is not "
                                "done again), or close the wizard.")
            else:
                self.outcome_text = " ".join([self.tr("Nothing was exported or sent."),
                                              problem])
                retry = ""
            self.error.setText(f"{self.outcome_text} {retry}".strip())
        self.result.setText(" ".join(parts))
        if self.abandoned:
            self.share.settled.emit()
        elif exc is None:
            self.share.accept()

    def _happened_text(self) -> list[str]:
        parts = []
        if self.sent:
            parts.append(self.tr("{packages} package(s) queued for {partner}.").format(
                packages=len(self.sent), partner=self.share.plan.partner
                if self.share.plan else ""))
        if self.exported is not None:
            parts.append(self.tr("{files} file(s) written to {folder}.").format(
                files=len(self.exported.files), folder=self.folder.text().strip()))
        return parts

    def _problem(self, exc: BaseException, exporting: bool) -> str:
        if isinstance(exc, OperationCancelled):
            return self.tr("The export was cancelled.") if exporting \
                else self.tr("Cancelled before anything was done.")
        what = failure_text(self, self.tr("Sharing"), exc)
        if exporting:
            return self.tr("Exporting the files failed: {error}").format(error=what)
        return self.tr("Queuing the package failed: {error}").format(error=what)
