"""``main(argv)``: the desktop application (``liaison`` with no command, or ``--demo``)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from liaison import __version__
from liaison.ui.icons import app_icon
from liaison.ui.preferences import Preferences
from liaison.ui.session import Session
from liaison.ui.translations import Translations


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="liaison", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--workspace", metavar="DIR")
    return parser.parse_known_args(list(argv))


def make_application(qt_args: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["liaison", *qt_args])
    app.setApplicationName("Liaison")
    app.setOrganizationName("Liaison")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the session decides when we are done
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop application until the person quits; returns the exit status."""
    args, qt_args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="liaison: %(levelname)s: %(message)s")
    app = make_application(qt_args)
    preferences = Preferences()
    translations = Translations(app)
    translations.apply(preferences.language, preferences.pseudo_locale)
    session = Session(preferences, translations, demo=args.demo,
                      folder=Path(args.workspace) if args.workspace else None)
    session.finished.connect(app.quit)
    QTimer.singleShot(0, session.start)
    return app.exec()
