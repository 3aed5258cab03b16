"""About, Settings, attachments and the launcher, as the analyst meets them."""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTreeWidgetItem

from liaison import launcher
from liaison.formats.importer import ingest_items
from liaison.model.records import Attachment, Record, stable_id
from liaison.ui.about_dialog import AboutDialog
from liaison.ui.settings_dialog import SettingsDialog
from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE
from .flows import TIMEOUT, start_unlocked, wait_visible


def _png() -> bytes:
    image = QImage(32, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#4F6286"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_about_shows_versions_and_the_workspace(qtbot, make_session, passphrase_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    session.window.about_action.trigger()
    about = wait_visible(qtbot, AboutDialog)
    assert about.values["sqlcipher"].text().startswith("4.")
    assert about.values["path"].text() == str(passphrase_workspace)
    assert about.values["qt"].text() and about.values["pyside"].text()
    assert about.values["sqlcipher"].accessibleName() == "SQLCipher"


def test_idle_minutes_from_settings_reach_the_idle_lock(qtbot, make_session,
                                                        passphrase_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    assert session.idle_lock.timeout_ms == 10 * 60_000              # the default
    session.window.settings_action.trigger()
    dialog = wait_visible(qtbot, SettingsDialog)
    assert dialog.idle.accessibleName() != ""
    dialog.idle.setValue(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: session.idle_lock.timeout_ms == 3 * 60_000, timeout=TIMEOUT)
    assert session.preferences.idle_minutes == 3


def test_attachments_preview_images_and_list_the_rest(qtbot, make_session, folder):
    png, pdf = _png(), b"%PDF-1.7 not an image"
    ws = Workspace.create(folder, "Desk", "NL", use_keyring=False, passphrase=PASSPHRASE)
    ingest_items(ws.conn, [Record(
        stable_id("T", "a1"), "Bundeskriminalamt", "DE", "BKA-9", "With attachments",
        attachments=[Attachment(hashlib.sha256(png).hexdigest(), "photo.png", "image/png", png),
                     Attachment(hashlib.sha256(pdf).hexdigest(), "scan.pdf",
                                "application/pdf", pdf)])],
        source_name="t", fmt="test", sha256="0" * 64, actor="t")
    ws.lock()
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    qtbot.waitUntil(lambda: window.records.view.model().rowCount() == 1, timeout=TIMEOUT)
    window.records.view.selectRow(0)
    rv = window.record_view
    qtbot.waitUntil(lambda: rv.tabs.tabText(2) == "Attachments (2)", timeout=TIMEOUT)
    rv.tabs.setCurrentIndex(2)
    items = [rv.attachments.list.topLevelItem(i) for i in range(2)]
    by_name: dict[str, QTreeWidgetItem] = {it.text(0): it for it in items}
    assert by_name["scan.pdf"].text(3) == hashlib.sha256(pdf).hexdigest()
    rv.attachments.list.setCurrentItem(by_name["photo.png"])
    qtbot.waitUntil(lambda: rv.attachments.preview.pixmap() is not None
                    and not rv.attachments.preview.pixmap().isNull(), timeout=TIMEOUT)
    assert rv.attachments.preview.pixmap().width() == 32
    rv.attachments.list.setCurrentItem(by_name["scan.pdf"])
    assert "Only PNG and JPEG" in rv.attachments.preview.text()


def test_launcher_sends_no_command_to_the_window_and_commands_to_the_cli(monkeypatch,
                                                                          capsys):
    assert launcher.wants_gui([])
    assert launcher.wants_gui(["--demo"])
    assert launcher.wants_gui(["--workspace", "some-workspace"])
    assert not launcher.wants_gui(["--help"])
    assert not launcher.wants_gui(["--workspace", "some-workspace", "info"])
    monkeypatch.setitem(sys.modules, "liaison.ui.app", None)         # as if PySide6 were absent
    assert launcher.main(["--demo"]) == 1
    assert "pip install 'liaison-workstation[gui]'" in capsys.readouterr().err


def test_tlp_and_handling_are_drawn_as_coloured_badges(qtbot, make_session, folder):
    ws = Workspace.create(folder, "Desk", "NL", use_keyring=False, passphrase=PASSPHRASE)
    ingest_items(ws.conn, [Record(stable_id("T", "b1"), "Hellenic Police", "GR", "ELAS-1",
                                  "Badges", tlp="AMBER", handling="H3")],
                 source_name="t", fmt="test", sha256="0" * 64, actor="t")
    ws.lock()
    session = make_session()
    start_unlocked(qtbot, session)
    view = session.window.records.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=TIMEOUT)
    view.clearSelection()
    qtbot.wait(50)
    shot = view.viewport().grab().toImage()

    def colours(column: int) -> set[str]:
        rect = view.visualRect(view.model().index(0, column))
        return {shot.pixelColor(x, rect.center().y()).name().upper()
                for x in range(rect.left(), rect.right())}

    assert "#FFC000" in colours(1)          # TLP:AMBER, FIRST's amber
    assert "#1B2A4A" in colours(2)          # H3, the strongest handling colour
