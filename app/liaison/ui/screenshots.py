"""Screenshots of the main views on the demo workspace, for the README and for review.

    xvfb-run -s "-screen 0 1600x1000x24" python -m liaison.ui.screenshots OUTDIR
    QT_QPA_PLATFORM=offscreen python -m liaison.ui.screenshots OUTDIR     # no X at all

The demo workspace is generated on first use (``LIAISON_DEMO_WORKSPACE`` or the
usual demo folder); settings go to a throw-away file, so the person's own window
layout and language are left alone. Each window is captured with ``grab()``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from liaison.ui.about_dialog import AboutDialog
from liaison.ui.app import make_application
from liaison.ui.create_wizard import CreateWizard
from liaison.ui.operations import default_executor
from liaison.ui.preferences import Preferences
from liaison.ui.session import Session
from liaison.ui.settings_dialog import SettingsDialog
from liaison.ui.translations import Translations
from liaison.ui.unlock_dialog import UnlockDialog
from liaison.workspace.location import DEMO_RECORDS

SIZE = (1500, 920)


def _wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _idle() -> None:
    _wait(lambda: not default_executor().busy)
    _settle()


def _save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def _visible(cls: type[QWidget]) -> QWidget | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def _pick_record(session: Session, row: int = 3) -> None:
    window = session.window
    window.records.view.selectRow(row)
    _wait(lambda: window.record_view.detail is not None)
    _idle()


def take(out: Path, records: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    settings_file = Path(tempfile.mkdtemp(prefix="liaison-shots-")) / "settings.ini"
    preferences = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    translations = Translations(app)
    translations.apply("en")
    saved: list[Path] = []

    wizard = CreateWizard(Path(tempfile.gettempdir()) / "new-workspace", default_executor())
    wizard.resize(640, 460)
    wizard.show()
    wizard.agency.agency.setText("Bundeskriminalamt")
    wizard.agency.set_country("DE")
    wizard.next()
    wizard.next()
    wizard.protection.use_passphrase.setChecked(True)
    wizard.protection.passphrase.setText("correct horse battery")
    wizard.protection.confirm.setText("correct horse battery")
    _settle()
    saved.append(_save(wizard, out, "01-create-workspace"))
    wizard.reject()

    session = Session(preferences, translations, demo=True)
    session.demo_records = records
    session.start()
    _wait(lambda: session.window.isVisible(), timeout=600)
    window = session.window
    window.resize(*SIZE)
    _wait(lambda: window.records.view.model().rowCount() > 0)
    _idle()
    _pick_record(session)
    saved.append(_save(window, out, "02-records-and-record"))

    detail = window.record_view.detail
    if detail is not None and detail.entities:
        person = next((e for e in detail.entities if e.schema == "Person"), detail.entities[0])
        window.open_entity(person.id)
        _wait(lambda: window.entity_view.detail is not None)
        _idle()
        saved.append(_save(window, out, "03-entity"))
        window.dock("record").raise_()

    window.dock("audit").raise_()
    window.audit_view.verify()
    _wait(lambda: window.audit_view.result is not None)
    _idle()
    saved.append(_save(window, out, "04-audit-verified"))
    window.dock("records").raise_()

    window.settings_action.trigger()
    settings = _visible(SettingsDialog)
    assert settings is not None
    _settle()
    saved.append(_save(settings, out, "05-settings"))
    settings.reject()

    window.about_action.trigger()
    _wait(lambda: _visible(AboutDialog) is not None)
    about = _visible(AboutDialog)
    _settle()
    saved.append(_save(about, out, "05-about"))
    about.reject()

    translations.apply("ar")
    _settle()
    _pick_record(session)
    saved.append(_save(window, out, "06-arabic-right-to-left"))
    translations.apply("en")
    _settle()

    session.lock()
    dialog = _visible(UnlockDialog)
    _settle()
    saved.append(_save(window, out, "07-locked-main-window"))
    if dialog is not None:
        saved.append(_save(dialog, out, "08-unlock"))
    session.shutdown()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m liaison.ui.screenshots",
                                     description="Save PNG screenshots of the main views.")
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--records", type=int, default=DEMO_RECORDS,
                        help="demo records to generate if the demo workspace is new")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    take(args.out, args.records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
