"""First run: create a workspace (location, agency, and how its key is protected).

The workspace is created on the workspace worker when Finish is pressed; errors
appear on the page, in words, and the wizard stays open to fix them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from liaison.model.errors import KeyringUnavailable, LiaisonError
from liaison.model.passphrase import DEFAULT_MIN_SCORE, MAX_SCORE, MIN_LENGTH, assess
from liaison.ui.countries import all_countries
from liaison.ui.error_dialog import ERROR_STYLE, error_label
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace


class LocationPage(QWizardPage):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLineEdit(str(folder))
        self.folder.setObjectName("folderEdit")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.folder.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where to keep the workspace"))
        self.intro.setText(self.tr(
            "Liaison keeps everything it receives in one encrypted folder on this computer. "
            "Choose a new or empty folder; nothing in it is readable without the key."))
        self.folder_label.setText(self.tr("&Folder:"))
        self.folder.setAccessibleName(self.tr("Workspace folder"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the workspace folder"))

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Workspace folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def validatePage(self) -> bool:
        folder = Path(self.folder.text().strip()).expanduser()
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            self.error.setText(self.tr("{folder} is not empty. Choose a new or empty folder.")
                               .format(folder=folder))
            return False
        self.error.clear()
        return True


class AgencyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.agency = QLineEdit()
        self.agency.setObjectName("agencyEdit")
        self.country = QComboBox()
        self.country.setObjectName("countryCombo")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_countries()
        completer = self.country.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.error = error_label()
        self.agency_label, self.country_label = QLabel(), QLabel()
        self.agency_label.setBuddy(self.agency)
        self.country_label.setBuddy(self.country)
        form = QFormLayout()
        form.addRow(self.agency_label, self.agency)
        form.addRow(self.country_label, self.country)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def _fill_countries(self) -> None:
        current = self.country_code()
        self.country.clear()
        for code, name in all_countries():
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(self.country.findData(current) if current else -1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your agency"))
        self.intro.setText(self.tr(
            "Partners see this name and country on everything you send them."))
        self.agency_label.setText(self.tr("&Agency name:"))
        self.agency.setAccessibleName(self.tr("Agency name"))
        self.country_label.setText(self.tr("&Country:"))
        self.country.setAccessibleName(self.tr("Agency country"))
        self.country.lineEdit().setPlaceholderText(self.tr("Type to search"))

    def country_code(self) -> str | None:
        if self.country.count() == 0:
            return None
        index = self.country.findText(self.country.currentText())
        return str(self.country.itemData(index)) if index >= 0 else None

    def set_country(self, code: str) -> None:
        self.country.setCurrentIndex(self.country.findData(code.upper()))

    def validatePage(self) -> bool:
        if not self.agency.text().strip():
            self.error.setText(self.tr("Enter your agency's name."))
            return False
        if self.country_code() is None:
            self.error.setText(self.tr("Choose your agency's country from the list."))
            return False
        self.error.clear()
        return True


class ProtectionPage(QWizardPage):
    def __init__(self, wizard: CreateWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.keyring = QCheckBox()
        self.keyring.setObjectName("useKeyring")
        self.keyring.setChecked(True)
        self.use_passphrase = QCheckBox()
        self.use_passphrase.setObjectName("usePassphrase")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmEdit")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.require_both = QCheckBox()
        self.require_both.setObjectName("requireBoth")
        self.error = error_label()
        self.passphrase_label, self.confirm_label = QLabel(), QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.confirm_label, self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.keyring)
        layout.addWidget(self.use_passphrase)
        layout.addLayout(form)
        layout.addWidget(self.require_both)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for box in (self.keyring, self.use_passphrase):
            box.toggled.connect(self._update)
        self._update()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Protecting the key"))
        self.intro.setText(self.tr(
            "The workspace is encrypted with a random key. Keep that key in the operating "
            "system's keyring (unlocks with your login), behind a passphrase, or both."))
        self.keyring.setText(self.tr("Keep the key in the OS &keyring"))
        self.use_passphrase.setText(self.tr("Protect the key with a &passphrase"))
        self.passphrase_label.setText(self.tr("Pass&phrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm_label.setText(self.tr("&Repeat:"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.require_both.setText(self.tr("Require &both to unlock (for laptops in the field)"))

    def _update(self) -> None:
        use = self.use_passphrase.isChecked()
        for w in (self.passphrase, self.confirm, self.passphrase_label, self.confirm_label):
            w.setEnabled(use)
        self.require_both.setEnabled(use and self.keyring.isChecked())
        if not self.require_both.isEnabled():
            self.require_both.setChecked(False)

    def validatePage(self) -> bool:
        if self.owner.workspace is not None:
            return True
        if self.owner.creating:
            return False
        keyring, use = self.keyring.isChecked(), self.use_passphrase.isChecked()
        passphrase = self.passphrase.text() if use else None
        if not keyring and not use:
            self.error.setText(self.tr("Choose at least one: the OS keyring or a passphrase."))
            return False
        if use:
            owner = self.owner
            strength = assess(self.passphrase.text(), (owner.agency.agency.text(),
                                                       owner.agency.country_code() or ""))
            if not strength.acceptable():
                self.error.setText(self.weak_text(strength.score, strength.reasons))
                return False
        if use and self.passphrase.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return False
        self.error.setText(self.tr("Creating the workspace…"))
        self.error.setStyleSheet("")
        self.owner.create(keyring, passphrase, self.require_both.isChecked())
        return False

    def weak_text(self, score: int, reasons: tuple[str, ...] | list[str]) -> str:
        """Why the passphrase is refused, in the person's language (codes: model.passphrase)."""
        words = {
            "too-short": self.tr("too short (fewer than {n} characters)").format(n=MIN_LENGTH),
            "common-password": self.tr("a commonly used password"),
            "common-word": self.tr("a common word or words"),
            "name": self.tr("a common first name or surname"),
            "own-details": self.tr("the agency's name or country"),
            "repeat": self.tr("repeated characters or words"),
            "sequence": self.tr("a sequence such as abc or 1234"),
            "keyboard": self.tr("a keyboard pattern such as qwerty"),
            "date": self.tr("a date or a recent year"),
            "guessable": self.tr("guessable: add another word or two; uncommon words are "
                                 "better"),
        }
        why = self.tr("; ").join(words.get(r, r) for r in reasons)
        return self.tr("The passphrase is too weak (strength {score} of {max}; at least {min} "
                       "is needed): {why}.").format(score=score, max=MAX_SCORE,
                                                    min=DEFAULT_MIN_SCORE, why=why)

    def show_error(self, exc: BaseException) -> None:
        self.error.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, KeyringUnavailable):
            self.error.setText(self.tr(
                "No usable OS keyring was found on this computer (on Linux it needs "
                "gnome-keyring or KWallet, unlocked). Untick “Keep the key in the OS "
                "keyring” and protect the workspace with a passphrase instead."))
        elif isinstance(exc, LiaisonError):
            self.error.setText(str(exc))
        else:
            self.error.setText(self.tr("The workspace could not be created: {error}")
                               .format(error=type(exc).__name__))


class CreateWizard(QWizard):
    """Creates the workspace; on success ``workspace`` holds it, unlocked, and it accepts."""

    def __init__(self, folder: Path, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createWizard")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.folder: Path | None = None
        self.creating = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.location = LocationPage(folder)
        self.agency = AgencyPage()
        self.protection = ProtectionPage(self)
        for page in (self.location, self.agency, self.protection):
            self.addPage(page)
        self.setMinimumSize(620, 440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a Liaison workspace"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create workspace"))
        for page in (self.location, self.agency, self.protection):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def create(self, keyring: bool, passphrase: str | None, require_both: bool) -> None:
        folder = Path(self.location.folder.text().strip()).expanduser()
        agency = self.agency.agency.text().strip()
        country = self.agency.country_code() or ""
        self.creating = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def make(_progress: object) -> Workspace:
            return Workspace.create(folder, agency, country, use_keyring=keyring,
                                    passphrase=passphrase, require_both=require_both)

        def done(ws: Workspace) -> None:
            self.creating = False
            if not self.isVisible():  # the person closed the wizard meanwhile
                ws.lock()
                return
            self.workspace, self.folder = ws, folder
            self.accept()

        def failed(exc: BaseException) -> None:
            self.creating = False
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            self.protection.show_error(exc)

        run_operation(self, make, title=self.tr("Creating the workspace"), on_success=done,
                      on_failure=failed, cancellable=False, executor=self.executor)
