"""Showing an error to the person: a readable message, never a traceback in their face.

LiaisonError messages are written for analysts and shown as they are. Anything
else is a bug: a generic message, with the technical details folded away for the
administrator. Logs name the error type only, never its text, which may quote
record content.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from liaison.model.errors import LiaisonError

log = logging.getLogger(__name__)


translate = QCoreApplication.translate

# The red of a problem stated inline, next to the field it is about.
ERROR_STYLE = "color: #B42318;"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A wrapping, selectable red line for a problem shown inside a form or wizard page."""
    label = QLabel(parent)
    label.setObjectName("inlineError")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_error(parent: QWidget | None, title: str, exc: BaseException,
               details: str = "") -> QMessageBox:
    """Open (non-blocking) a message box for ``exc``; returns it so tests can read it."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(title)
    box.setObjectName("errorMessage")
    if isinstance(exc, LiaisonError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(translate("ErrorDialog", "“{title}” could not be completed.")
                    .format(title=title))
        box.setInformativeText(str(exc))
    else:
        log.error("unexpected %s during '%s'", type(exc).__name__, title)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(translate("ErrorDialog", "An unexpected error stopped “{title}”.")
                    .format(title=title))
        box.setInformativeText(translate(
            "ErrorDialog",
            "This is a fault in Liaison, not in your data. If it happens again, "
            "give the details below to your administrator."))
        box.setDetailedText(details or f"{type(exc).__name__}")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                          else Qt.WindowModality.ApplicationModal)
    box.open()
    return box
