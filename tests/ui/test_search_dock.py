"""Searching from the desktop: type a query and press Enter, see the hits; click a
facet and the query narrows; a malformed query shows where it goes wrong."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from liaison.ui.operations import run_operation
from liaison.ui.records import columns
from liaison.ui.search_results import ENTITIES, RECORDS
from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT, block_worker, start_unlocked


def _search(qtbot, window, query: str) -> None:
    bar, results = window.search_bar, window.search_results
    bar.field.clear()
    qtbot.keyClicks(bar.field, query)
    bar.completer.popup().hide()
    before = results.query, results.total
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (not window.executor.busy
                             and (results.query, results.total) != before)
                    or bar.error.text() != "",
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)


def _column(model, key: str) -> list[str]:
    col = columns.COLUMNS.index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _click(qtbot, tree, item) -> None:
    """Choose a facet value from the keyboard (the dock may be too short to click into
    on the offscreen screen): select it, press Enter."""
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_query_facets_and_errors(qtbot, make_session, demo_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    bar, results, facets = window.search_bar, window.search_results, window.facets

    # Ctrl+F (the Find action) puts the cursor in the search field.
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.field, timeout=TIMEOUT)

    _search(qtbot, window, "tlp:amber")
    model = results.view.model()
    assert model.rowCount() > 0
    assert set(_column(model, "tlp")) == {"AMBER"}
    assert results.caption.text() == f"Hits: {model.rowCount()}"
    assert facets.counts("tlp") == {"AMBER": model.rowCount()}
    agencies = facets.counts("agency")
    assert len(agencies) > 1
    assert bar.history()[0] == "tlp:amber"

    # The current hit shows its snippet, and opens in the record view.
    results.view.setCurrentIndex(model.index(0, 0))
    assert results.snippet.text() != ""
    title = model.index(0, columns.COLUMNS.index("title")).data()
    qtbot.waitUntil(lambda: window.record_view.title.text() == title, timeout=TIMEOUT)

    # Clicking an agency narrows the query and the counts follow.
    agency = max(agencies, key=lambda a: agencies[a])
    item = facets.item_for("agency", agency)
    assert item is not None
    _click(qtbot, facets.tree, item)
    qtbot.waitUntil(lambda: facets.counts("agency") == {agency: agencies[agency]},
                    timeout=TIMEOUT)
    assert "tlp:amber" in bar.text() and f"agency:{agency}" in bar.text().replace('"', "")
    assert model.rowCount() == agencies[agency]
    assert set(_column(model, "agency")) == {agency}
    assert sum(facets.counts("tlp").values()) == agencies[agency]

    # A year facet adds a reported: range.
    year = next(iter(facets.counts("year")))
    _click(qtbot, facets.tree, facets.item_for("year", year))
    qtbot.waitUntil(lambda: f"reported:{year}" in bar.text() and not window.executor.busy,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: set(facets.counts("year")) == {year}, timeout=TIMEOUT)

    # A malformed query: the error says where, and the cursor goes there.
    _search(qtbot, window, 'police "unclosed')
    assert "character 8" in bar.error.text()
    assert "quote" in bar.error.text() and "position" not in bar.error.text()
    assert bar.field.cursorPosition() == 7
    qtbot.keyClicks(bar.field, "x")  # editing the query clears the message
    assert bar.error.text() == ""


def test_completion_of_fields_and_agencies(qtbot, make_session, demo_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    bar = window.search_bar
    window.activateWindow()
    bar.field.setFocus()
    qtbot.keyClicks(bar.field, "hand")
    assert bar.completer.completionCount() == 1
    assert bar.completer.currentCompletion() == "handling:"

    # The agencies of the workspace are read when the field is first focused.
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    bar.field.clear()
    qtbot.keyClicks(bar.field, "agency:Hel")
    assert bar.completer.currentCompletion() == 'agency:"Hellenic Police"'
    bar.completer.activated[str].emit(bar.completer.currentCompletion())
    assert bar.text() == 'agency:"Hellenic Police"'
    # Their countries complete too; listing them was no (audited) search.
    countries = {a.country for a in session.workspace.agencies()}
    bar.field.clear()
    qtbot.keyClicks(bar.field, "country:")
    assert bar.completer.completionCount() == len(countries) + 1 > 2  # and "country:"
    assert "search" not in [e.action for e in session.workspace.audit_entries()]

    # A query from the history menu runs again.
    _search(qtbot, window, "handling:H3")
    bar.field.clear()
    bar.history_menu.aboutToShow.emit()
    actions = [a for a in bar.history_menu.actions() if a.text() == "handling:H3"]
    assert len(actions) == 1
    actions[0].trigger()
    assert bar.text() == "handling:H3"
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    assert set(_column(window.search_results.view.model(), "handling")) == {"H3"}


def test_help_and_lock_clears_results(qtbot, make_session, demo_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    bar, results = window.search_bar, window.search_results
    box = bar.show_help()
    assert "agency:" in box.text() and "reported:" in box.text()
    box.close()
    _search(qtbot, window, "tlp:red")
    assert results.view.model().rowCount() > 0
    session.lock()
    qtbot.waitUntil(lambda: results.view.model().rowCount() == 0, timeout=TIMEOUT)
    assert bar.text() == "" and window.facets.tree.topLevelItemCount() == 0


def test_search_and_xref_speak_french(qtbot, make_session, demo_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    session.translations.apply("fr", False)
    qtbot.waitUntil(lambda: window.dock("search").windowTitle() == "Résultats de recherche",
                    timeout=TIMEOUT)
    assert window.dock("xref").windowTitle() == "Recoupements"
    assert window.xref.same_button.text() == "&Identiques"
    assert window.search_bar.help_button.toolTip() == "Syntaxe des requêtes"
    _search(qtbot, window, "tlp:red")
    assert window.search_results.caption.text().startswith("Résultats\u00a0: ")
    assert window.facets.tree.topLevelItem(0).text(0) == "Service"


def test_results_follow_an_import(qtbot, make_session, demo_workspace, samples):
    session = make_session()
    start_unlocked(qtbot, session)
    window, results = session.window, session.window.search_results
    _search(qtbot, window, "")  # an empty query lists every record
    assert results.total == 300
    ws = session.workspace
    run_operation(window, lambda p: ws.import_file(samples / "misp/existing_event.json",
                                                   progress=p),
                  title="Import", changes=True, executor=session.executor)
    qtbot.waitUntil(lambda: results.total == 301, timeout=TIMEOUT)
    assert results.view.model().rowCount() == 301


def test_results_page_beyond_a_thousand_hits_as_they_are_scrolled(qtbot, make_session, folder):
    ws = Workspace.create(folder, AGENCY, "FR", use_keyring=False, passphrase=PASSPHRASE)
    ws.import_demo(1100)
    ws.lock()
    session = make_session()
    start_unlocked(qtbot, session)
    window, results = session.window, session.window.search_results
    _search(qtbot, window, "")  # every record: 1,100 hits, the first page of 1,000 shown
    model = results.view.model()
    locale = QLocale()
    assert results.total == 1100 and model.rowCount() == 1000
    assert results.caption.text() == (f"Hits: {locale.toString(1100)} "
                                      f"(first {locale.toString(1000)} shown)")
    window.dock("search").raise_()
    results.view.scrollToBottom()          # the end of what is loaded: the next page comes
    qtbot.waitUntil(lambda: model.rowCount() == 1100, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    assert results.caption.text() == f"Hits: {locale.toString(1100)}"
    rids = [model.rid_at(r) for r in range(model.rowCount())]
    assert len(set(rids)) == 1100
    assert not model.canFetchMore()
    last = session.workspace.audit_entries()[-1]  # the further page is audited, too
    assert last.action == "search" and last.details["offset"] == 1000
    # A hit of the second page opens like any other.
    results.view.setCurrentIndex(model.index(1099, 0))
    title = model.index(1099, columns.COLUMNS.index("title")).data()
    qtbot.waitUntil(lambda: window.record_view.title.text() == title, timeout=TIMEOUT)
    # A new query starts again from its first page.
    _search(qtbot, window, "tlp:red")
    assert model.rowCount() == results.total < 1000 and not model.canFetchMore()


def test_entity_search_lists_entities_that_open(qtbot, make_session, demo_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window, results = session.window, session.window.search_results
    window.dock("search").show()
    window.dock("search").raise_()
    tabs = results.target
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Records", "Entities"]
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(ENTITIES).center())
    assert tabs.currentIndex() == ENTITIES and results.stack.currentWidget() is results.entities
    bar = window.search_bar
    bar.field.setFocus()
    qtbot.keyClicks(bar.field, "type:Person")
    bar.completer.popup().hide()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    entities = results.entities
    qtbot.waitUntil(lambda: results.entity_total is not None and not window.executor.busy,
                    timeout=TIMEOUT)
    assert entities.topLevelItemCount() == min(results.entity_total, 1000) > 0
    assert results.caption.text() == f"Entities: {results.entity_total}"
    assert {entities.topLevelItem(i).text(1) for i in range(entities.topLevelItemCount())} \
        == {"Person"}
    assert window.facets.counts("type") == {"Person": results.entity_total}
    first = entities.captions()[0]
    entities.setFocus()
    entities.setCurrentItem(entities.topLevelItem(0))
    qtbot.keyClick(entities, Qt.Key.Key_Return)               # open it
    qtbot.waitUntil(lambda: first in window.entity_view.caption.text(), timeout=TIMEOUT)
    assert session.workspace.audit_entries()[-2].details["target"] == "entities"

    # Back to records: the same query runs on the records.
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(RECORDS).center())
    qtbot.waitUntil(lambda: results.total is not None and not window.executor.busy,
                    timeout=TIMEOUT)
    assert results.stack.currentWidget() is results.view
    assert results.caption.text().startswith("Hits: ")
    session.lock()
    qtbot.waitUntil(lambda: entities.topLevelItemCount() == 0, timeout=TIMEOUT)


def test_switching_tabs_runs_the_newest_query_even_before_its_hits_are_back(
        qtbot, make_session, demo_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window, results = session.window, session.window.search_results
    _search(qtbot, window, "tlp:amber")
    gate = block_worker(window.executor)  # the next search waits behind slow work
    bar = window.search_bar
    bar.field.clear()
    qtbot.keyClicks(bar.field, "type:Person")
    bar.completer.popup().hide()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    tabs = results.target
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(ENTITIES).center())
    gate.set()
    qtbot.waitUntil(lambda: results.entity_total is not None and not window.executor.busy,
                    timeout=TIMEOUT)
    assert results.query == "type:Person"  # not the older 'tlp:amber'
    entities = results.entities
    assert {entities.topLevelItem(i).text(1) for i in range(entities.topLevelItemCount())} \
        == {"Person"}


def test_search_history_is_kept_encrypted_not_in_the_settings_file(
        qtbot, make_session, passphrase_workspace, preferences, tmp_path):
    """Issue 16: the queries name suspects; the Qt settings file is plain text."""
    marker = "Wojciechowski-7Q3"
    settings_file = tmp_path / "liaison.ini"
    preferences.settings.setValue("search/history", ["Kowalczyk-legacy"])  # an old version's
    preferences.settings.sync()
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    _search(qtbot, window, marker)
    assert window.search_bar.history()[:2] == [marker, "Kowalczyk-legacy"]
    session.lock()
    assert window.search_bar.history() == []  # locked: nothing left on screen
    preferences.settings.sync()
    text = settings_file.read_bytes()
    assert marker.encode() not in text and b"Kowalczyk" not in text
    with Workspace.open(passphrase_workspace, passphrase=PASSPHRASE,
                        use_keyring=False) as ws:
        assert ws.search_history()[:2] == [marker, "Kowalczyk-legacy"]
    db = (passphrase_workspace / "workspace.db").read_bytes()
    assert marker.encode() not in db
