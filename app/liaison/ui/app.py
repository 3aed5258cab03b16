"""``main(argv)``: the desktop application (``liaison`` with no command, or ``--demo``)."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from liaison import __version__
from liaison.ui.collector import GuiThreadCollector
from liaison.ui.icons import app_icon
from liaison.ui.preferences import Preferences
from liaison.ui.session import Session
from liaison.ui.translations import Translations


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="liaison", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--workspace", metavar="DIR")
    return parser.parse_known_args(list(argv))


def _start_message(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's messages while the application is made. A fatal one (no platform plugin
    could start: no display, a missing system library) makes Qt abort with exit code
    134 after a message about reinstalling; say what failed instead, and leave with 1."""
    if kind == QtMsgType.QtFatalMsg:
        sys.stderr.write(QCoreApplication.translate(
            "app", "liaison: the desktop window cannot start: {message}\n"
            "The command line needs no display: liaison --help").format(message=message)
            + "\n")
        sys.stderr.flush()
        os._exit(1)  # Qt would abort() as soon as this handler returns
    sys.stderr.write(f"{message}\n")


def make_application(qt_args: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        previous = qInstallMessageHandler(_start_message)
        try:
            app = QApplication(["liaison", *qt_args])
        finally:
            qInstallMessageHandler(previous)
    app.setApplicationName("Liaison")
    app.setOrganizationName("Liaison")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the session decides when we are done
    return app


STARTUP_PROBE = "LIAISON_STARTUP_PROBE"


def _startup_probe(app: QApplication, session: Session, started: float) -> None:
    """For the start-up benchmark only (``LIAISON_STARTUP_PROBE=1``): print one JSON line
    of wall-clock times (GUI main entered, main window built, workspace unlocked, records
    table first painted with rows) and quit. Times only: nothing of the records."""
    times = {"main": started, "window": time.time()}
    session.unlocked.connect(lambda: times.setdefault("unlocked", time.time()))
    view = session.window.records.view

    def check() -> None:
        if "unlocked" in times and view.model().rowCount() > 0 and view.isVisible():
            view.viewport().repaint()  # the rows are read and drawn now
            times["rows"] = time.time()
            print(json.dumps(times), flush=True)
            session.shutdown()
            app.quit()

    view.model().modelReset.connect(check)
    view.model().rowsInserted.connect(check)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop application until the person quits; returns the exit status."""
    started = time.time()
    args, qt_args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="liaison: %(levelname)s: %(message)s")
    app = make_application(qt_args)
    GuiThreadCollector(app)  # cycles are freed on this thread only (see collector.py)
    preferences = Preferences()
    translations = Translations(app)
    translations.apply(preferences.language, preferences.pseudo_locale)
    session = Session(preferences, translations, demo=args.demo,
                      folder=Path(args.workspace) if args.workspace else None)
    session.finished.connect(app.quit)
    # The modules and widgets made so far live as long as the program: moved out of the
    # collector's reach, a full collection no longer walks them on the GUI thread (it
    # was the longest stall measured while scrolling a million records: 53 ms).
    gc.freeze()
    if os.environ.get(STARTUP_PROBE):
        _startup_probe(app, session, started)
    QTimer.singleShot(0, session.start)
    return app.exec()
