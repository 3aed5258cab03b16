"""Screenshots of the main views on the demo workspace, for the README and for review.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m liaison.ui.screenshots OUTDIR
    python -m liaison.ui.screenshots --screen 1366x768 OUTDIR     # no X at all

The demo workspace is generated afresh in a throw-away folder (``--demo-folder`` to
name one: the run adds an identity, a partner and cross-reference results to it, so
do not point it at the demo ``liaison --demo`` opens). Settings go to a throw-away
file, so the person's own window layout and language are left alone, and the window
opens in its default layout for the screen, which no picture resizes (only tabs are
brought to the front, as a click would). Without a display, ``--screen`` gives Qt's
offscreen platform a screen of that size. Each window is captured with ``grab()``; the
later views are in :mod:`liaison.ui.screenshots_views`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from liaison.ui.about_dialog import AboutDialog
from liaison.ui.app import make_application
from liaison.ui.create_wizard import CreateWizard
from liaison.ui.operations import default_executor
from liaison.ui.preferences import Preferences
from liaison.ui.screenshots_views import idle, new_views, save, settle, show_docks, visible, wait
from liaison.ui.session import Session
from liaison.ui.settings_dialog import SettingsDialog
from liaison.ui.translations import Translations
from liaison.ui.unlock_dialog import UnlockDialog
from liaison.workspace.location import DEMO_RECORDS


def _pick_record(session: Session, row: int = 3) -> None:
    window = session.window
    window.records.view.selectRow(row)
    wait(lambda: window.record_view.detail is not None)
    idle()


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
    settle()
    saved.append(save(wizard, out, "01-create-workspace"))
    wizard.reject()

    session = Session(preferences, translations, demo=True)
    session.demo_records = records
    session.start()
    wait(lambda: session.window.isVisible(), timeout=600)
    window = session.window
    wait(lambda: window.records.view.model().rowCount() > 0)
    idle()
    show_docks(window, ("records", "record"))
    _pick_record(session)
    saved.append(save(window, out, "02-records-and-record"))

    detail = window.record_view.detail
    if detail is not None and detail.entities:
        person = next((e for e in detail.entities if e.schema == "Person"), detail.entities[0])
        window.open_entity(person.id)
        wait(lambda: window.entity_view.detail is not None)
        idle()
        saved.append(save(window, out, "03-entity"))
        window.dock("record").raise_()

    window.settings_action.trigger()
    settings = visible(SettingsDialog)
    assert settings is not None
    settle()
    saved.append(save(settings, out, "04-settings"))
    settings.reject()

    window.about_action.trigger()
    wait(lambda: visible(AboutDialog) is not None)
    about = visible(AboutDialog)
    settle()
    saved.append(save(about, out, "05-about"))
    about.reject()

    translations.apply("ar")
    settle()
    _pick_record(session)
    saved.append(save(window, out, "06-arabic-right-to-left"))
    translations.apply("en")
    settle()
    saved += new_views(window, out)

    # The audit log last, when the views above have given it something to show.
    window.dock("audit").raise_()
    window.audit_view.verify()
    wait(lambda: window.audit_view.result is not None)
    idle()
    saved.append(save(window, out, "16-audit-verified"))

    session.lock()
    dialog = visible(UnlockDialog)
    settle()
    saved.append(save(window, out, "17-locked-main-window"))
    if dialog is not None:
        saved.append(save(dialog, out, "18-unlock"))
    session.shutdown()
    shutil.rmtree(settings_file.parent, ignore_errors=True)
    return saved


def _screen_config(size: str, folder: Path) -> Path:
    """A screen for Qt's offscreen platform (its own is 800×800)."""
    import json

    try:
        width, height = (int(v) for v in size.lower().split("x"))
    except ValueError:
        raise SystemExit(f"--screen {size}: give the size as WIDTHxHEIGHT, e.g. 1366x768") \
            from None
    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}),
        encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m liaison.ui.screenshots",
                                     description="Save PNG screenshots of the main views.")
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--records", type=int, default=DEMO_RECORDS,
                        help="demo records to generate if the demo workspace is new")
    parser.add_argument("--demo-folder", type=Path, default=None,
                        help="demo workspace to use (default: a new one in a temporary "
                             "folder); the run adds an identity and a partner to it")
    parser.add_argument("--screen", default="1600x1000", metavar="WIDTHxHEIGHT",
                        help="size of the screen when there is no display (Qt's offscreen "
                             "platform; default: %(default)s)")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="liaison-shots-"))
    folder = args.demo_folder or scratch / "demo"
    os.environ["LIAISON_DEMO_WORKSPACE"] = str(folder)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = ("offscreen:configfile="
                                          + str(_screen_config(args.screen, scratch)))
    try:
        take(args.out, args.records)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
