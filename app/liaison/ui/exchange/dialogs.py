"""Dialogs of the Exchange dock: add a partner, verify its fingerprint, add a transport.

Each dialog only gathers what the officer typed and emits ``submitted``; the dock
runs the work on the workspace worker and either closes the dialog (success) or
shows the reason inside it (``show_problem``), so a typo costs no retyping and a
refused fingerprint leaves the dialog open with a clear message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison.ui.countries import all_countries
from liaison.ui.error_dialog import error_label


class _FormDialog(QDialog):
    """A form with OK/Cancel and a problem line; OK emits ``submitted(dict)``."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.problem = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, values: dict[str, Any]) -> str | None:
        """What is missing or malformed (shown in the dialog), or None."""
        return None

    def _submit(self) -> None:
        values = self.values()
        problem = self.check(values)
        if problem:
            self.show_problem(problem)
            return
        self.problem.clear()
        self.set_busy(True)
        self.submitted.emit(values)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def show_problem(self, text: str) -> None:
        self.set_busy(False)
        self.problem.setText(text)


def _file_row(parent: QWidget, name: str, pick: Any) -> tuple[QLineEdit, QWidget, QPushButton]:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    browse = QPushButton(parent)
    browse.setObjectName(name + "Browse")
    browse.clicked.connect(lambda: pick(edit))
    row = QWidget(parent)
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(edit, 1)
    box.addWidget(browse)
    return edit, row, browse


class AddPartnerDialog(_FormDialog):
    """Name, country and the partner's signing and encryption certificate files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPartnerDialog")
        self.name = QLineEdit(self)
        self.name.setObjectName("partnerName")
        self.country = QComboBox(self)
        self.country.setObjectName("partnerCountry")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, label in all_countries():
            self.country.addItem(f"{label} ({code})", code)
        self.country.setCurrentIndex(-1)
        completer = self.country.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.signing, sign_row, self.signing_browse = _file_row(self, "partnerSigning",
                                                                self._pick)
        self.encryption, enc_row, self.encryption_browse = _file_row(
            self, "partnerEncryption", self._pick)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field, widget in zip(self.labels, (self.name, self.country, self.signing,
                                                      self.encryption),
                                        (self.name, self.country, sign_row, enc_row),
                                        strict=True):
            label.setBuddy(field)
            self.form.addRow(label, widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a partner"))
        self.intro.setText(self.tr(
            "Pin the partner's two public certificates (signing and encryption). The "
            "partner stays unverified, and cannot receive, until you confirm its "
            "fingerprint with it by telephone."))
        for label, text in zip(self.labels, (self.tr("&Name:"), self.tr("&Country:"),
                                             self.tr("&Signing certificate:"),
                                             self.tr("&Encryption certificate:")), strict=True):
            label.setText(text)
        self.name.setAccessibleName(self.tr("Partner name"))
        self.country.setAccessibleName(self.tr("Partner country"))
        self.country.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self.signing.setAccessibleName(self.tr("Signing certificate file"))
        self.encryption.setAccessibleName(self.tr("Encryption certificate file"))
        for browse in (self.signing_browse, self.encryption_browse):
            browse.setText(self.tr("Browse…"))
        self.signing_browse.setAccessibleName(self.tr("Choose the signing certificate file"))
        self.encryption_browse.setAccessibleName(
            self.tr("Choose the encryption certificate file"))

    def _pick(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Partner certificate"), edit.text(),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if name:
            edit.setText(name)

    def country_code(self) -> str | None:
        index = self.country.findText(self.country.currentText())
        return str(self.country.itemData(index)) if index >= 0 else None

    def set_country(self, code: str) -> None:
        self.country.setCurrentIndex(self.country.findData(code.upper()))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "country": self.country_code(),
                "signing": self.signing.text().strip(),
                "encryption": self.encryption.text().strip()}

    def check(self, values: dict[str, Any]) -> str | None:
        if not values["name"]:
            return self.tr("Enter the partner's name.")
        if values["country"] is None:
            return self.tr("Choose the partner's country from the list.")
        for key, what in (("signing", self.tr("signing certificate")),
                          ("encryption", self.tr("encryption certificate"))):
            if not values[key]:
                return self.tr("Choose the partner's {what} file.").format(what=what)
            if not Path(values[key]).is_file():
                return self.tr("The {what} file {path} does not exist.").format(
                    what=what, path=values[key])
        return None


class VerifyDialog(_FormDialog):
    """The officer types the fingerprint the partner reads out; Liaison compares."""

    def __init__(self, partner: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyPartnerDialog")
        self.partner = partner
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("verifyFingerprint")
        self.fingerprint.setMinimumWidth(560)
        self.label = QLabel(self)
        self.label.setBuddy(self.fingerprint)
        self.form.addRow(self.label, self.fingerprint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a partner"))
        self.intro.setText(self.tr(
            "Call {partner} on a number you already know (not one from the certificate "
            "files) and ask them to read their identity fingerprint aloud. Type or paste "
            "it here: Liaison compares it with the certificates you pinned.").format(
                partner=self.partner))
        self.label.setText(self.tr("&Fingerprint read out:"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint read out by the partner"))
        self.fingerprint.setPlaceholderText("3F2A 9C01 …")

    def values(self) -> dict[str, Any]:
        return {"name": self.partner, "fingerprint": self.fingerprint.text().strip()}

    def check(self, values: dict[str, Any]) -> str | None:
        if not values["fingerprint"]:
            return self.tr("Type the fingerprint the partner reads out.")
        return None


class RevokeDialog(_FormDialog):
    """Revoke every current certificate of a partner (compromise, end of agreement)."""

    def __init__(self, partner: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revokePartnerDialog")
        self.partner = partner
        self.reason = QLineEdit(self)
        self.reason.setObjectName("revokeReason")
        self.reason.setMinimumWidth(420)
        self.label = QLabel(self)
        self.label.setBuddy(self.reason)
        self.form.addRow(self.label, self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Revoke a partner's certificates"))
        self.intro.setText(self.tr(
            "Revoke the certificates of {partner}? Nothing more is sent to them, and "
            "packages they signed with these certificates are refused from now on, until "
            "you add and verify new ones. The reason goes to the audit log.").format(
                partner=self.partner))
        self.label.setText(self.tr("&Reason:"))
        self.reason.setAccessibleName(self.tr("Reason for the revocation"))

    def values(self) -> dict[str, Any]:
        return {"name": self.partner, "reason": self.reason.text().strip()}

    def check(self, values: dict[str, Any]) -> str | None:
        if not values["reason"]:
            return self.tr("Say why the certificates are revoked.")
        return None


class FolderTransportDialog(_FormDialog):
    """A folder transport: a USB stick or a shared drive both agencies can reach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderTransportDialog")
        self.name = QLineEdit(self)
        self.name.setObjectName("transportName")
        self.path, row, self.browse = _file_row(self, "transportFolder", self._pick)
        self.labels = [QLabel(self), QLabel(self)]
        self.labels[0].setBuddy(self.name)
        self.labels[1].setBuddy(self.path)
        self.form.addRow(self.labels[0], self.name)
        self.form.addRow(self.labels[1], row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a folder transport"))
        self.intro.setText(self.tr(
            "Packages are exchanged through a folder: a USB stick carried to the "
            "partner, or a shared drive both agencies reach."))
        self.labels[0].setText(self.tr("&Name:"))
        self.labels[1].setText(self.tr("&Folder:"))
        self.name.setAccessibleName(self.tr("Transport name"))
        self.name.setPlaceholderText(self.tr("for example usb"))
        self.path.setAccessibleName(self.tr("Transport folder"))
        self.browse.setText(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the transport folder"))

    def _pick(self, edit: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Transport folder"),
                                                  edit.text())
        if chosen:
            edit.setText(chosen)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "path": self.path.text().strip()}

    def check(self, values: dict[str, Any]) -> str | None:
        if not values["name"]:
            return self.tr("Enter a name for the transport.")
        if not values["path"]:
            return self.tr("Choose the folder.")
        if not Path(values["path"]).is_dir():
            return self.tr("The folder {path} does not exist (is the stick plugged in?)."
                           ).format(path=values["path"])
        return None


class SftpTransportDialog(_FormDialog):
    """An SFTP transport: host, port, user, SSH key file and the pinned host key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sftpTransportDialog")
        self.name = QLineEdit(self)
        self.name.setObjectName("sftpName")
        self.host = QLineEdit(self)
        self.host.setObjectName("sftpHost")
        self.port = QSpinBox(self)
        self.port.setObjectName("sftpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(22)
        self.user = QLineEdit(self)
        self.user.setObjectName("sftpUser")
        self.key, key_row, self.browse = _file_row(self, "sftpKey", self._pick)
        self.key_passphrase = QLineEdit(self)
        self.key_passphrase.setObjectName("sftpKeyPassphrase")
        self.key_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.host_key = QLineEdit(self)
        self.host_key.setObjectName("sftpHostKey")
        self.host_key.setMinimumWidth(420)
        fields = (self.name, self.host, self.port, self.user, self.key, self.key_passphrase,
                  self.host_key)
        widgets = (self.name, self.host, self.port, self.user, key_row, self.key_passphrase,
                   self.host_key)
        self.labels = [QLabel(self) for _ in fields]
        for label, field, widget in zip(self.labels, fields, widgets, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an SFTP transport"))
        self.intro.setText(self.tr(
            "Packages are exchanged over SFTP with an SSH key. The server's host key is "
            "pinned: get its SHA-256 fingerprint from the server's administrator."))
        texts = (self.tr("&Name:"), self.tr("&Host:"), self.tr("&Port:"), self.tr("&User:"),
                 self.tr("SSH &key file:"), self.tr("Key pass&phrase (if any):"),
                 self.tr("Host key &fingerprint:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setAccessibleName(self.tr("Transport name"))
        self.host.setAccessibleName(self.tr("SFTP host"))
        self.port.setAccessibleName(self.tr("SFTP port"))
        self.user.setAccessibleName(self.tr("SFTP user"))
        self.key.setAccessibleName(self.tr("SSH private key file"))
        self.key_passphrase.setAccessibleName(self.tr("Passphrase of the SSH key"))
        self.host_key.setAccessibleName(self.tr("Pinned host key fingerprint"))
        self.host_key.setPlaceholderText("SHA256:…")
        self.browse.setText(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the SSH key file"))

    def _pick(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("SSH private key"), edit.text())
        if name:
            edit.setText(name)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "host": self.host.text().strip(),
                "port": self.port.value(), "user": self.user.text().strip(),
                "key": self.key.text().strip(),
                "key_passphrase": self.key_passphrase.text() or None,
                "host_key_fingerprint": self.host_key.text().strip()}

    def check(self, values: dict[str, Any]) -> str | None:
        for key, text in (("name", self.tr("Enter a name for the transport.")),
                          ("host", self.tr("Enter the SFTP host.")),
                          ("user", self.tr("Enter the SFTP user.")),
                          ("key", self.tr("Choose the SSH key file.")),
                          ("host_key_fingerprint",
                           self.tr("Enter the server's host key fingerprint."))):
            if not values[key]:
                return text
        if not Path(values["key"]).is_file():
            return self.tr("The SSH key file {path} does not exist.").format(
                path=values["key"])
        return None
