"""Languages: switching to Arabic in Settings mirrors the window and speaks Arabic;
pseudo-localisation stretches every string; the .ts files hold real translations."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt

from liaison.ui import paths
from liaison.ui.settings_dialog import SettingsDialog
from liaison.ui.translations import TRANSLATED, compile_translations, lupdate, ui_sources

from .flows import TIMEOUT, start_unlocked, wait_visible


def _choose(dialog: SettingsDialog, language: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_arabic_mirrors_the_layout_and_speaks_arabic(qtbot, qapp, make_session,
                                                     passphrase_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    assert window.file_menu.title() == "&File"
    window.settings_action.trigger()
    _choose(wait_visible(qtbot, SettingsDialog), "ar")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&ملف", timeout=TIMEOUT)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.dock("records").windowTitle() == "السجلات"
    assert window.records.view.model().headerData(0, Qt.Orientation.Horizontal) == "تاريخ الإبلاغ"
    assert QLocale().language() == QLocale.Language.Arabic
    assert session.preferences.language == "ar"

    window.settings_action.trigger()
    _choose(wait_visible(qtbot, SettingsDialog), "fr")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier", timeout=TIMEOUT)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_pseudo_localisation_stretches_every_string(qtbot, make_session,
                                                    passphrase_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    window.settings_action.trigger()
    dialog = wait_visible(qtbot, SettingsDialog)
    dialog.pseudo.setChecked(True)
    _choose(dialog, "en")
    qtbot.waitUntil(lambda: window.file_menu.title().startswith("["), timeout=TIMEOUT)
    title = window.file_menu.title()
    assert title.endswith("]") and len(title) > len("&File") * 1.4
    assert window.dock("record").windowTitle() != "Record"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language, tmp_path):
    # lupdate over a copy: a string added to the code but not yet to the .ts file
    # shows up here as unfinished, instead of silently staying in English.
    ts = tmp_path / f"liaison_{language}.ts"
    shutil.copyfile(paths.translations_dir() / ts.name, ts)
    assert lupdate([ts], quiet=True) == 0
    messages = ET.parse(ts).getroot().iter("message")  # noqa: S314 (our own file)
    missing = [m.findtext("source") for m in messages
               if (m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                   or not (m.findtext("translation") or "").strip())]
    assert missing == []
    assert language in compile_translations((language,), out_dir=tmp_path)


def test_lupdate_reads_the_ui_subpackages_too():
    """Strings in ui/share/, ui/chart/... are extracted, not only those in ui/*.py."""
    sources = {s.replace("\\", "/") for s in ui_sources()}
    for module in ("ui/share/pages.py", "ui/chart/canvas.py", "ui/records/view.py",
                   "ui/exchange/dock.py"):
        assert any(s.endswith(module) for s in sources), module
