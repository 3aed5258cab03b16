"""Unlocking a workspace: the passphrase, the OS keyring, or a smart card's PIN, with the
way out when it fails.

Wrong passphrases are counted and handed to Workspace.open on success, which
audits them (nothing can be written while the workspace is locked).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.model.errors import (
    KeyringUnavailable,
    LiaisonError,
    PassphraseRequired,
    WrongPassphrase,
    WrongPin,
)
from liaison.ui.error_dialog import ERROR_STYLE
from liaison.ui.icons import app_icon
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace
from liaison.workspace.location import LocationInfo


class UnlockDialog(QDialog):
    """Asks for what the workspace's key slots need; ``workspace`` is set on success."""

    def __init__(self, location: LocationInfo, executor: Executor, *,
                 reason: BaseException | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.location = location
        self.executor = executor
        self.workspace: Workspace | None = None
        self.failed_attempts = 0
        self.busy = False
        self._keyring_failed = isinstance(reason, KeyringUnavailable) or (
            isinstance(reason, PassphraseRequired) and location.has_keyring
            and not location.requires_both)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(48, 48))
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.where = QLabel()
        self.where.setObjectName("unlockWhere")
        self.where.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("unlockExplanation")
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        # Who unlocks (issue 20): each user opens with their own slots; the first user
        # with the workspace's own (keyring, passphrase or both).
        self.user = QComboBox()
        self.user.setObjectName("unlockUser")
        self.user.addItems(list(location.users))
        self.user_label = QLabel()
        self.user_label.setBuddy(self.user)
        self.user.currentIndexChanged.connect(self._user_changed)
        self.pin = QLineEdit()  # a smart-card slot's PIN (store/token_slot.py)
        self.pin.setObjectName("unlockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("quitButton")
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.clicked.connect(self.unlock)
        self.quit_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.user_label, self.user)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.pin_label, self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.where)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.user.setVisible(bool(location.users))
        self.user_label.setVisible(bool(location.users))
        self._user_changed()
        self.setMinimumWidth(480)
        self.retranslate()
        if self._keyring_failed:
            self._explain_keyring()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock workspace"))
        self.heading.setText(self.tr("This workspace is locked"))
        self.where.setText(self.tr("{agency} — {folder}").format(
            agency=self.location.agency, folder=self.location.folder))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.user_label.setText(self.tr("&User:"))
        self.user.setAccessibleName(self.tr("Who unlocks the workspace"))
        self.passphrase.setAccessibleName(self.tr("Workspace passphrase"))
        self.pin_label.setText(self.tr("Smart card &PIN:"))
        self.pin.setAccessibleName(self.tr("Smart card PIN"))
        self.unlock_button.setText(self.tr("Try again") if self._keyring_failed
                                   and not self.location.has_passphrase else self.tr("&Unlock"))
        self.quit_button.setText(self.tr("&Quit"))
        if not self._keyring_failed:
            self.explanation.setText(self._slot_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._keyring_failed:
                self._explain_keyring()
        super().changeEvent(event)

    def _other_user(self) -> bool:
        """A user other than the first: their own passphrase slot opens it."""
        return bool(self.location.users) and self.user.currentIndex() > 0

    def _user_changed(self) -> None:
        shown = self.location.has_passphrase or self._other_user()
        self.passphrase.setVisible(shown)
        self.passphrase_label.setVisible(shown)
        card = self.location.has_card and not self._other_user()  # others: passphrase only
        self.pin.setVisible(card)
        self.pin_label.setVisible(card)
        if not self._keyring_failed:
            self.explanation.setText(self._slot_text())

    def _slot_text(self) -> str:
        loc = self.location
        if self._other_user():
            return self.tr("Enter your own passphrase.")
        if loc.has_card and loc.has_passphrase and not loc.requires_both:
            return self.tr("Insert your smart card and enter its PIN, or enter the "
                           "workspace passphrase.")
        if loc.has_card and not loc.has_passphrase:
            return self.tr("Insert your smart card and enter its PIN.")
        if loc.requires_both:
            return self.tr("Unlocking needs both your OS keyring and the passphrase.")
        if loc.has_passphrase:
            return self.tr("Enter the workspace passphrase.")
        return self.tr("The key is in your OS keyring; press Unlock to open the workspace.")

    def _explain_keyring(self) -> None:
        loc = self.location
        if loc.requires_both:
            text = self.tr(
                "This workspace needs both the OS keyring and the passphrase, and the keyring "
                "is locked or unavailable. Unlock your login keyring (log in to the desktop, "
                "or open Passwords and Keys / KWallet / Windows Credential Manager), then "
                "try again.")
        elif loc.has_passphrase:
            text = self.tr(
                "The OS keyring is locked or unavailable, so Liaison cannot read the key from "
                "it. Enter the workspace passphrase instead, or unlock your keyring and try "
                "again.")
        else:
            text = self.tr(
                "The OS keyring is locked or unavailable, so Liaison cannot read this "
                "workspace's key. Unlock your login keyring (log in to the desktop session, or "
                "open Passwords and Keys / KWallet / Windows Credential Manager) and press Try "
                "again. If the keyring entry is lost, restore the workspace from a backup.")
        self.explanation.setText(text)

    # --- unlocking -----------------------------------------------------------------------

    def unlock(self) -> None:
        if self.busy:
            return
        loc = self.location
        other = self._other_user()
        user = self.user.currentText() if loc.users else None
        passphrase = self.passphrase.text() if loc.has_passphrase or other else None
        pin = self.pin.text() if loc.has_card and not other else None
        if loc.has_card and not other and not pin and not passphrase and not loc.has_keyring:
            self.error.setText(self.tr("Enter the smart card's PIN."))
            self.pin.setFocus()
            return
        if (loc.has_passphrase or other) and not passphrase and not pin and (
                other or loc.requires_both or not loc.has_keyring or self._keyring_failed):
            self.error.setText(self.tr("Enter the passphrase."))
            self.passphrase.setFocus()
            return
        self.busy = True
        self.unlock_button.setEnabled(False)
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Unlocking…"))
        attempts = self.failed_attempts

        def open_(_progress: object) -> Workspace:
            return Workspace.open(loc.folder, passphrase=passphrase or None,
                                  use_keyring=loc.has_keyring and not other,
                                  failed_attempts=attempts, pin=pin or None, user=user)

        run_operation(self, open_, title=self.tr("Unlocking the workspace"),
                      on_success=self._opened, on_failure=self._failed, cancellable=False,
                      executor=self.executor)

    def _opened(self, ws: Workspace) -> None:
        self.busy = False
        if not self.isVisible():
            ws.lock()
            return
        self.workspace = ws
        self.passphrase.clear()
        self.pin.clear()
        self.error.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.unlock_button.setEnabled(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.passphrase.clear()
        self.pin.clear()
        (self.pin if self.location.has_card and not self.location.has_passphrase
         else self.passphrase).setFocus()
        if isinstance(exc, WrongPin):
            self.failed_attempts += 1
            self.error.setText(self.tr("Wrong PIN: the smart card refused it. Each wrong PIN "
                                       "brings the card closer to locking itself."))
        elif isinstance(exc, WrongPassphrase):
            self.failed_attempts += 1
            self.error.setText(self.tr("Wrong passphrase: it does not open this workspace. "
                                       "Check the keyboard layout and Caps Lock, and try "
                                       "again."))
        elif isinstance(exc, KeyringUnavailable) or (
                isinstance(exc, PassphraseRequired) and self.location.has_keyring):
            self._keyring_failed = True
            self._explain_keyring()
            self.retranslate()
            self.error.setText(self.tr("The OS keyring did not give the key."))
        elif isinstance(exc, LiaisonError):
            self.error.setText(str(exc))
        else:
            self.error.setText(self.tr("The workspace could not be opened ({error}).")
                               .format(error=type(exc).__name__))

    def reject(self) -> None:
        if not self.busy:
            self.passphrase.clear()
            self.pin.clear()
            super().reject()
