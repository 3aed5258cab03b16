"""The application icon, drawn as SVG in resources/liaison.svg."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from liaison.ui import paths


def app_icon() -> QIcon:
    path = paths.resource("liaison.svg")
    return QIcon(str(path)) if path is not None else QIcon()
