"""The whole first session of an analyst, as they would do it, in one test: the wizard
creates a workspace protected by the OS keyring and a passphrase; the import wizard
brings in a public sample as received from two agencies (the same people reported by
both, so cross-reference pairs arise); a search finds a person; the hit opens; a pair
is judged "same", then "not the same" is chosen after an undo; Ctrl+L empties every
view; the passphrase unlocks again and the data is back.

Runs with the real keyring (D-Bus and an unlocked secret service; see README, Test it);
under CI a missing keyring fails the test instead of skipping it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from liaison.model.errors import LiaisonError
from liaison.store import keyslots
from liaison.ui.create_wizard import CreateWizard
from liaison.ui.import_wizard import PAGE_REPORT, ImportWizard
from liaison.ui.records import columns
from liaison.ui.unlock_dialog import UnlockDialog
from liaison.workspace import Workspace

from ..conftest import require
from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT, records_shown, type_and_unlock, visible_text, wait_visible
from .test_import_wizard import click, next_page

SAMPLE = "ftm/donations.ijson"
SOURCES = (("Bundeskriminalamt", "de"), ("Guardia Civil", "es"))  # QTest types ASCII
PERSON = "Dachner"  # a donor named in the sample ("Frau Lina Dachner")


def _keyring_works() -> bool:
    try:
        keyslots.keyring_probe()
    except LiaisonError:
        return False
    return True


def _create_in_wizard(qtbot, session, folder) -> None:
    session.start()
    wizard = wait_visible(qtbot, CreateWizard)
    assert wizard.location.folder.text() == str(folder)
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.keyClicks(wizard.agency.agency, AGENCY)
    qtbot.keyClicks(wizard.agency.country.lineEdit(), "France (FR)")
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.protection
    page.keyring.setChecked(True)               # the real OS keyring...
    page.use_passphrase.setChecked(True)        # ...and a passphrase as the way back in
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(session.window.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Records: 0" in session.window.counts_label.text(),
                    timeout=TIMEOUT)


def _import_as(qtbot, session, source, agency: str, country: str) -> None:
    window = session.window
    before = records_shown(session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = wait_visible(qtbot, ImportWizard)
    wizard.add_files([source])
    next_page(qtbot, wizard)
    assert wizard.options_page.formats() == ["ftm"]                     # detected
    qtbot.keyClicks(wizard.options_page.agency, agency)
    qtbot.keyClicks(wizard.options_page.country, country)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_REPORT, timeout=60_000)
    assert "new records:" in wizard.report_page.summary.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: records_shown(session) > before, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)


def _search(qtbot, window, query: str) -> None:
    bar, results = window.search_bar, window.search_results
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.field, timeout=TIMEOUT)
    qtbot.keyClicks(bar.field, query)
    bar.completer.popup().hide()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: results.query == query and results.total is not None
                    and not window.executor.busy, timeout=TIMEOUT)


def test_create_import_search_open_judge_lock_unlock(qtbot, make_session, folder, samples):
    require(_keyring_works(), "the OS keyring (secret service on D-Bus) is not available")
    session = make_session()
    _create_in_wizard(qtbot, session, folder)
    window = session.window
    assert (folder / "workspace.json").is_file()

    # The same sample as received from two partner agencies.
    for agency, country in SOURCES:
        _import_as(qtbot, session, samples / SAMPLE, agency, country)
    imported = records_shown(session)
    assert imported >= 2

    # Search for a person; both agencies' records come up, and one opens.
    _search(qtbot, window, PERSON)
    results = window.search_results
    model = results.view.model()
    assert results.total == model.rowCount() >= 2
    agency_col = columns.COLUMNS.index("agency")
    agencies = {model.index(r, agency_col).data() for r in range(model.rowCount())}
    assert {a for a, _ in SOURCES} <= agencies
    results.view.setFocus()
    results.view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(results.view, Qt.Key.Key_Return)          # open it
    title = model.index(0, columns.COLUMNS.index("title")).data()
    qtbot.waitUntil(lambda: window.record_view.title.text() == title, timeout=TIMEOUT)
    assert PERSON in window.record_view.narrative.toPlainText() + visible_text(
        window.record_view)

    # Cross-reference: compare, judge the first pair "same", undo, judge it "not the same".
    xref = window.xref
    window.dock("xref").show()
    window.dock("xref").raise_()
    qtbot.mouseClick(xref.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: xref.pairs.topLevelItemCount() > 0, timeout=60_000)
    count = xref.pairs.topLevelItemCount()
    pair = xref.captions()[0]
    qtbot.mouseClick(xref.same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pair not in xref.captions(), timeout=TIMEOUT)
    qtbot.mouseClick(xref.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pair in xref.captions(), timeout=TIMEOUT)
    assert xref.pairs.topLevelItemCount() == count
    xref.pairs.setCurrentItem(xref.pairs.topLevelItem(xref.captions().index(pair)))
    qtbot.mouseClick(xref.different_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pair not in xref.captions(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)

    # Ctrl+L: every view is empty, nothing of the records stays on screen. Ctrl+L is a
    # shortcut of the active window; a popup still open (such as the search bar's
    # completion list) would take the keys, so it is closed first, as a person would.
    if (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_visible(qtbot, UnlockDialog)
    assert session.workspace is None
    text = visible_text(window)
    assert PERSON not in text and pair[0] not in text and pair[1] not in text
    assert records_shown(session) == 0 and results.view.model().rowCount() == 0
    assert xref.pairs.topLevelItemCount() == 0
    assert window.record_view.title.text() == ""
    assert window.windowTitle() == "Liaison — locked"

    # The passphrase opens it again (the keyring would too): the data is back, the
    # verdict kept.
    type_and_unlock(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: records_shown(session) == imported, timeout=TIMEOUT)
    assert window.windowTitle() == f"Liaison — {AGENCY}"
    _search(qtbot, window, PERSON)
    assert results.view.model().rowCount() >= 2
    qtbot.mouseClick(xref.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: xref.pairs.topLevelItemCount() > 0 and not session.executor.busy,
                    timeout=60_000)
    assert pair not in xref.captions()                     # judged "not the same": gone
    # And the keyring alone unlocks the same workspace (the other key slot).
    session.lock()
    wait_visible(qtbot, UnlockDialog)
    with Workspace.open(folder, use_keyring=True) as ws:
        assert ws.stats()["records"] == imported
