"""About Liaison: the versions that matter when reporting a problem, and where the data is."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from liaison import __version__
from liaison.ui.icons import app_icon


class AboutDialog(QDialog):
    """Versions of Liaison, Qt, PySide6 and SQLCipher, and the workspace folder."""

    def __init__(self, cipher_version: str, workspace_path: str, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._demo = demo
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.blurb = QLabel()
        self.blurb.setWordWrap(True)
        self.labels = {key: QLabel() for key in ("liaison", "qt", "pyside", "sqlcipher", "path")}
        values = {"liaison": __version__, "qt": qVersion(), "pyside": PySide6.__version__,
                  "sqlcipher": cipher_version, "path": workspace_path}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in self.labels.items():
            value = QLabel(values[key])
            value.setObjectName(f"about_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(key == "path")
            label.setBuddy(value)
            self.values[key] = value
            form.addRow(label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Liaison"))
        self.heading.setText(self.tr("Liaison {version}").format(version=__version__))
        blurb = self.tr("An encrypted workstation for exchanging criminal intelligence with "
                        "partner agencies.")
        if self._demo:
            blurb += " " + self.tr("This is the demo workspace: every record in it is "
                                   "synthetic.")
        self.blurb.setText(blurb)
        texts = {"liaison": self.tr("Liaison:"), "qt": self.tr("Qt:"),
                 "pyside": self.tr("PySide6:"), "sqlcipher": self.tr("SQLCipher:"),
                 "path": self.tr("Workspace:")}
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.values[key].setAccessibleName(text.rstrip(":"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
