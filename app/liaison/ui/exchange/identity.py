"""Our agency's identity in the Exchange dock: the fingerprints an officer reads aloud,
validity, and the buttons to create it, export it, or go through a national CA.

The fingerprints are shown exactly as the exchange layer groups them (four hex
digits a group, four groups a line), in a fixed-width font, selectable, so what
the officer reads is what the partner's Liaison compares.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.exchange.certs import grouped, grouped_lines, iso, validity
from liaison.exchange.errors import IdentityError
from liaison.ui.error_dialog import show_error
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace


def _value_label(parent: QWidget, name: str, mono: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(not mono)
    if mono:
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return label


class IdentityPanel(QWidget):
    """Shows ``ws.identity()``; ``reported(text)`` carries what an action did."""

    reported = Signal(str)

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeIdentity")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.identity: Any = None
        self.state = _value_label(self, "identityState")
        self.fingerprint = _value_label(self, "identityFingerprint", mono=True)
        self.signing = _value_label(self, "identitySigning", mono=True)
        self.encryption = _value_label(self, "identityEncryption", mono=True)
        self.valid = _value_label(self, "identityValidity")
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("identityCreateButton")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("identityExportButton")
        self.csr_button = QPushButton(self)
        self.csr_button.setObjectName("identityCsrButton")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("identityImportButton")
        self.create_button.clicked.connect(self.create)
        self.export_button.clicked.connect(self._pick_export)
        self.csr_button.clicked.connect(self._pick_csr)
        self.import_button.clicked.connect(self._pick_certificate)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, value in zip(self.labels, (self.fingerprint, self.signing, self.encryption,
                                              self.valid), strict=True):
            label.setBuddy(value)
            form.addRow(label, value)
        # Two by two, so the dock stays narrow enough to share a laptop screen.
        buttons = QGridLayout()
        for i, b in enumerate((self.create_button, self.export_button, self.csr_button,
                               self.import_button)):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        texts = (self.tr("Identity fingerprint (read aloud):"),
                 self.tr("Signing certificate:"), self.tr("Encryption certificate:"),
                 self.tr("Valid:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.fingerprint.setAccessibleName(self.tr("Identity fingerprint"))
        self.signing.setAccessibleName(self.tr("Signing certificate fingerprint"))
        self.encryption.setAccessibleName(self.tr("Encryption certificate fingerprint"))
        self.valid.setAccessibleName(self.tr("Certificate validity"))
        self.create_button.setText(self.tr("&Create identity"))
        self.create_button.setAccessibleName(self.tr("Create the agency identity"))
        self.export_button.setText(self.tr("&Export certificates…"))
        self.export_button.setAccessibleName(self.tr("Export the public certificates"))
        self.csr_button.setText(self.tr("Certificate &requests for a CA…"))
        self.csr_button.setAccessibleName(self.tr("Create certificate signing requests"))
        self.import_button.setText(self.tr("&Import issued certificate…"))
        self.import_button.setAccessibleName(self.tr("Import a certificate issued by the CA"))
        self._show()

    # --- life cycle ----------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.refresh()

    def clear(self) -> None:
        self.workspace = None
        self.identity = None
        self._show()

    def _run(self, fn: Any, title: str, done: Any, changes: bool = False) -> None:
        run_operation(self, fn, title=title, on_success=done, cancellable=False,
                      changes=changes, executor=self.executor)

    def refresh(self) -> None:
        ws = self.workspace
        if ws is None:
            return

        def shown(identity: Any) -> None:
            if self.workspace is ws:
                self.identity = identity
                self._show()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, IdentityError):
                show_error(self.window(), self.tr("Reading the agency identity"), exc)
            elif self.workspace is ws:
                self.identity = None
                self._show(str(exc))

        run_operation(self, lambda _p: ws.identity(),
                      title=self.tr("Reading the agency identity"),
                      on_success=shown, on_failure=failed, cancellable=False,
                      executor=self.executor)

    # --- display -------------------------------------------------------------------------

    def _show(self, why: str = "") -> None:
        ident = self.identity
        has = ident is not None
        for label in (self.fingerprint, self.signing, self.encryption, self.valid):
            label.clear()
        if self.workspace is None:
            self.state.clear()
        elif not has:
            self.state.setText(self.tr("This workspace has no agency identity yet: partners "
                                       "cannot send to you, and you cannot send. Create one, "
                                       "or request certificates from your national CA.")
                               + (f"\n{why}" if why else ""))
        else:
            self.state.setText(self.tr("{agency} ({country})").format(
                agency=ident.agency, country=ident.country))
            self.fingerprint.setText("\n".join(grouped_lines(ident.fingerprint)))
            self.signing.setText(grouped(ident.signing_fingerprint))
            self.encryption.setText(grouped(ident.encryption_fingerprint))
            starts = max(validity(ident.signing_cert)[0], validity(ident.encryption_cert)[0])
            self.valid.setText(self.tr("from {start} until {end}").format(
                start=iso(starts)[:10], end=iso(ident.not_after)[:10]))
        ready = self.workspace is not None
        self.create_button.setEnabled(ready and not has)
        self.export_button.setEnabled(ready and has)
        self.csr_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    # --- actions -------------------------------------------------------------------------

    def create(self) -> None:
        ws = self.workspace
        if ws is None:
            return

        def done(identity: Any) -> None:
            self.identity = identity
            self._show()
            self.reported.emit(self.tr("Agency identity created. Export the certificates and "
                                       "send them to your partners; read them the identity "
                                       "fingerprint by telephone."))

        self._run(lambda _p: ws.identity_create(), self.tr("Creating the agency identity"),
                  done)

    def _pick_export(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export the certificates to"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, folder: Path) -> None:
        ws = self.workspace
        if ws is None:
            return

        def done(paths: list[Path]) -> None:
            self.reported.emit(self.tr("Certificates exported to {folder}: {files}.").format(
                folder=folder, files=", ".join(p.name for p in paths)))

        self._run(lambda _p: ws.identity_export(folder), self.tr("Exporting the certificates"),
                  done)

    def _pick_csr(self) -> None:
        if self.identity is not None:
            answer = QMessageBox.question(
                self, self.tr("Certificate requests"),
                self.tr("New keys will be made for the requests; the current identity stays "
                        "in use until the issued certificates are imported. Continue?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the requests in"))
        if chosen:
            self.csr_to(Path(chosen))

    def csr_to(self, folder: Path) -> None:
        ws = self.workspace
        if ws is None:
            return
        replace = self.identity is not None

        def done(paths: list[Path]) -> None:
            self.reported.emit(self.tr("Certificate requests written to {folder}: {files}. "
                                       "Send them to your national CA, then import the "
                                       "certificates it issues.").format(
                folder=folder, files=", ".join(p.name for p in paths)))

        self._run(lambda _p: ws.identity_csr(folder, replace=replace),
                  self.tr("Creating certificate requests"), done)

    def _pick_certificate(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate issued by the CA"), "",
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if name:
            self.import_certificate(Path(name))

    def import_certificate(self, path: Path) -> None:
        ws = self.workspace
        if ws is None:
            return

        def done(result: dict[str, Any]) -> None:
            message = (self.tr("The issued signing certificate was imported ({state}).")
                       if result["usage"] == "signing" else
                       self.tr("The issued encryption certificate was imported ({state})."))
            self.reported.emit(message.format(state=self.tr("now in use") if result["active"]
                                              else self.tr("waiting for the other one")))
            self.refresh()

        self._run(lambda _p: ws.identity_import_certificate(path),
                  self.tr("Importing the certificate"), done)

