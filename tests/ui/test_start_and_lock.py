"""Starting, unlocking and locking as a person does it: wizard, passphrase, Ctrl+L, idle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from liaison.model.errors import KeyringUnavailable
from liaison.ui.create_wizard import CreateWizard
from liaison.ui.unlock_dialog import UnlockDialog
from liaison.workspace import Workspace
from liaison.workspace.location import LocationInfo

from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY, visible
from .flows import TIMEOUT, start_unlocked, type_and_unlock, visible_text, wait_visible


def test_first_run_creates_a_workspace_in_the_wizard(qtbot, make_session, folder):
    session = make_session()
    session.start()
    wizard = wait_visible(qtbot, CreateWizard)
    assert wizard.location.folder.text() == str(folder)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.NextButton).click()          # nothing typed yet
    assert "agency's name" in wizard.agency.error.text()
    qtbot.keyClicks(wizard.agency.agency, AGENCY)
    qtbot.keyClicks(wizard.agency.country.lineEdit(), "France (FR)")
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.protection
    page.keyring.setChecked(False)                                  # no keyring in CI
    page.use_passphrase.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    for weak, why in (("abc", "too short"), ("password123", "a commonly used password")):
        qtbot.keyClicks(page.passphrase, weak)
        qtbot.keyClicks(page.confirm, weak)
        finish.click()
        assert "too weak" in page.error.text() and why in page.error.text()  # issue 16
        page.passphrase.clear()
        page.confirm.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE + "typo")
    assert finish.text().replace("&", "") == "Create workspace"
    finish.click()
    assert page.error.text() == "The two passphrases differ."       # shown inline
    page.confirm.clear()
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    finish.click()
    qtbot.waitUntil(session.window.isVisible, timeout=TIMEOUT)
    assert not wizard.isVisible()
    assert session.window.windowTitle() == f"Liaison — {AGENCY}"
    qtbot.waitUntil(lambda: "Records: 0" in session.window.counts_label.text(),
                    timeout=TIMEOUT)
    assert session.window.agency_label.text() == f"{AGENCY} (FR)"
    assert (folder / "workspace.json").is_file()


def test_wrong_passphrase_is_explained_and_counted(qtbot, make_session,
                                                   passphrase_workspace):
    session = make_session()
    session.start()
    dialog = wait_visible(qtbot, UnlockDialog)
    assert AGENCY in dialog.where.text()
    type_and_unlock(qtbot, dialog, "not the passphrase")
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.passphrase.text() == ""
    assert not session.window.isVisible()
    type_and_unlock(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(session.window.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
    session.window.audit_view.refresh()
    qtbot.waitUntil(lambda: "workspace.unlock_failed" in visible_text(session.window.audit_view),
                    timeout=TIMEOUT)
    assert '"attempts": 1' in visible_text(session.window.audit_view)


def _seed(folder, qtbot):
    from liaison.formats.importer import ingest_items
    from liaison.model.records import Record, stable_id

    ws = Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
    ingest_items(ws.conn, [Record(stable_id("T", "r1"), "Hellenic Police", "GR", "ELAS-1",
                                  "Meeting at Piraeus SECRET-TITLE",
                                  narrative="Nikos met a courier. SECRET-NARRATIVE")],
                 source_name="seed", fmt="test", sha256="0" * 64, actor="test")
    ws.lock()


def test_ctrl_l_clears_every_view_and_unlocking_restores(qtbot, make_session,
                                                         passphrase_workspace):
    _seed(passphrase_workspace, qtbot)
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    qtbot.waitUntil(lambda: window.records.view.model().rowCount() == 1, timeout=TIMEOUT)
    window.records.view.selectRow(0)
    qtbot.waitUntil(lambda: "SECRET-NARRATIVE" in window.record_view.narrative.toPlainText(),
                    timeout=TIMEOUT)
    assert "SECRET-TITLE" not in window.windowTitle()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_visible(qtbot, UnlockDialog)
    text = visible_text(window)
    assert "SECRET-TITLE" not in text and "SECRET-NARRATIVE" not in text
    assert window.records.view.model().rowCount() == 0
    assert window.windowTitle() == "Liaison — locked"

    type_and_unlock(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: window.records.view.model().rowCount() == 1, timeout=TIMEOUT)
    assert window.windowTitle() == f"Liaison — {AGENCY}"


def test_idle_time_locks_the_workspace(qtbot, make_session, passphrase_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    session.idle_lock.set_timeout(1000)
    session.idle_lock.touch()
    dialog = wait_visible(qtbot, UnlockDialog)
    assert session.window.windowTitle() == "Liaison — locked"
    assert dialog.passphrase.isVisible()


def test_a_locked_keyring_is_explained_with_the_way_out(qtbot, executor, tmp_path):
    keyring_only = LocationInfo(tmp_path, AGENCY, "FR", ("keyring",))
    dialog = UnlockDialog(keyring_only, executor, reason=KeyringUnavailable("locked"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Unlock your login keyring" in dialog.explanation.text()
    assert not dialog.passphrase.isVisible()
    assert dialog.unlock_button.text() == "Try again"
    both = LocationInfo(tmp_path, AGENCY, "FR", ("keyring", "passphrase"))
    dialog2 = UnlockDialog(both, executor, reason=KeyringUnavailable("locked"))
    qtbot.addWidget(dialog2)
    dialog2.show()
    assert "Enter the workspace passphrase instead" in dialog2.explanation.text()
    assert dialog2.passphrase.isVisible()


def test_demo_opens_a_generated_synthetic_workspace(qtbot, make_session, tmp_path):
    session = make_session(demo=True, folder=tmp_path / "demo")
    session.demo_records = 60
    session.start()
    qtbot.waitUntil(session.window.isVisible, timeout=30_000)
    assert session.window.windowTitle() == "Liaison — Demo Agency (synthetic) [DEMO]"
    qtbot.waitUntil(lambda: session.window.records.view.model().rowCount() == 60,
                    timeout=TIMEOUT)
    assert session.window.demo_label.isVisible()
    assert (tmp_path / "demo" / "demo-workspace.txt").is_file()
    assert visible(CreateWizard) is None


def test_quit_locks_and_remembers_the_layout(qtbot, make_session, passphrase_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    window.dock("audit").raise_()
    with qtbot.waitSignal(session.finished, timeout=TIMEOUT):
        window.quit_action.trigger()                       # Ctrl+Q
    assert not window.isVisible()
    assert window.windowTitle() == "Liaison — locked"
    geometry, state = session.preferences.window_layout()
    assert geometry is not None and state is not None
    again = make_session()
    start_unlocked(qtbot, again)
    assert not again.window.dock("audit").visibleRegion().isEmpty()   # still in front


def test_a_second_user_unlocks_with_their_own_passphrase(qtbot, make_session,
                                                         passphrase_workspace):
    """Issue 20: the unlock dialog asks who unlocks once a workspace has users; each
    opens with their own passphrase and works with their own roles."""
    with Workspace.open(passphrase_workspace, passphrase=PASSPHRASE,
                        use_keyring=False) as ws:
        ws.user_add("ana", "tangerine violin cobalt harbour", ["analyst"],
                    session_passphrase=PASSPHRASE)
    session = make_session()
    session.start()
    dialog = wait_visible(qtbot, UnlockDialog)
    assert [dialog.user.itemText(i) for i in range(dialog.user.count())] == ["admin", "ana"]
    dialog.user.setCurrentIndex(1)
    assert dialog.explanation.text() == "Enter your own passphrase."
    type_and_unlock(qtbot, dialog, PASSPHRASE)  # the first user's: not ana's
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=TIMEOUT)
    type_and_unlock(qtbot, dialog, "tangerine violin cobalt harbour")
    qtbot.waitUntil(session.window.isVisible, timeout=TIMEOUT)
    assert session.workspace.session_user()["roles"] == ["analyst"]
