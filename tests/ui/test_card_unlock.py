"""Unlocking the desktop with a smart card's PIN, and the lock when the card is pulled
out (a real SoftHSM2 token; ARCHITECTURE.md, "Key slots")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from liaison.store.token_slot import CardKey
from liaison.ui.unlock_dialog import UnlockDialog
from liaison.workspace import Workspace

from ..token_helpers import PIN, make_softhsm
from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT, wait_visible


def _type_pin(qtbot, dialog: UnlockDialog, pin: str) -> None:
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_card_pin_unlocks_and_pulling_the_card_locks(qtbot, make_session, folder, tmp_path,
                                                     monkeypatch):
    hsm = make_softhsm(tmp_path, monkeypatch)
    hsm.init_token("card1")
    hsm.generate("card1", "ec", b"\x07", "liaison")  # an EC key: quick to make
    with Workspace.create(folder, AGENCY, "FR", use_keyring=False,
                          passphrase=PASSPHRASE) as ws:
        ws.add_token_slot(CardKey(token_label="card1", key_id="07"), PIN)
    session = make_session()
    session.card_watch.set_interval(100)
    session.start()
    dialog = wait_visible(qtbot, UnlockDialog)
    assert dialog.pin.isVisible() and dialog.passphrase.isVisible()
    assert "smart card" in dialog.explanation.text()
    _type_pin(qtbot, dialog, "000000")
    qtbot.waitUntil(lambda: "Wrong PIN" in dialog.error.text(), timeout=TIMEOUT)
    assert not session.window.isVisible() and dialog.pin.text() == ""
    _type_pin(qtbot, dialog, PIN)
    qtbot.waitUntil(session.window.isVisible, timeout=TIMEOUT)
    assert session.card_watch.active
    hsm.delete_token("card1")
    qtbot.waitUntil(lambda: session.workspace is None, timeout=TIMEOUT)
    dialog = wait_visible(qtbot, UnlockDialog)
    assert "smart card was removed" in dialog.error.text()
    assert "No smart card or token is present" in dialog.error.text()
