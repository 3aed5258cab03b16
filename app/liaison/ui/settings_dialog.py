"""Settings: interface language, pseudo-localisation, and the idle time before locking.

The language changes at once, without a restart: every widget re-reads its texts
on Qt's LanguageChange event, and Arabic turns the layout right-to-left.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison.ui.preferences import MAX_IDLE_MINUTES, Preferences
from liaison.ui.translations import LANGUAGES


class SettingsDialog(QDialog):
    """Edits :class:`Preferences`; the caller applies them when the dialog is accepted."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.preferences = preferences
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, MAX_IDLE_MINUTES)
        self.idle.setValue(preferences.idle_minutes)
        self.pseudo = QCheckBox()
        self.pseudo.setObjectName("pseudoLocale")
        self.pseudo.setChecked(preferences.pseudo_locale)
        self.language_label, self.idle_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.idle_label.setBuddy(self.idle)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow("", self.pseudo)
        form.addRow(self.idle_label, self.idle)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.pseudo.setText(self.tr("&Pseudo-localisation (to check translations)"))
        self.pseudo.setAccessibleName(self.tr("Pseudo-localisation"))
        self.idle_label.setText(self.tr("Lock after &idle time:"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Minutes without activity before the workspace "
                                            "locks"))
        self.note.setText(self.tr("The workspace locks itself after this many minutes "
                                  "without keyboard or mouse activity, and at once with "
                                  "Ctrl+L."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        self.preferences.language = str(self.language.currentData())
        self.preferences.pseudo_locale = self.pseudo.isChecked()
        self.preferences.idle_minutes = self.idle.value()
        self.preferences.sync()
        super().accept()
