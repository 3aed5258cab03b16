"""Browsing: an imported sample appears, a record opens in full, entities open, and the
records table stays lazy over a hundred thousand records."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from liaison.ui.operations import run_operation
from liaison.ui.records.browser import RecordsBrowser
from liaison.ui.records.view import narrative_html
from liaison.workspace import Workspace
from liaison.workspace.records import Mention

from ..workspace_helpers import PASSPHRASE
from .flows import TIMEOUT, start_unlocked

SAMPLE = "misp/existing_event.json"


def _import_sample(qtbot, session, samples):
    window = session.window
    reports = []
    ws = session.workspace
    run_operation(window, lambda p: ws.import_file(samples / SAMPLE, progress=p),
                  title="Import", on_success=reports.append, changes=True,
                  executor=session.executor)
    qtbot.waitUntil(lambda: bool(reports), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.records.view.model().rowCount() == 1, timeout=TIMEOUT)
    return reports[0]


def test_imported_sample_shows_and_opens_in_full(qtbot, make_session, passphrase_workspace,
                                                 samples):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    _import_sample(qtbot, session, samples)
    qtbot.waitUntil(lambda: "Records: 1" in window.counts_label.text(), timeout=TIMEOUT)
    view, model = window.records.view, window.records.view.model()
    agency = model.index(0, 4).data()
    reference = model.index(0, 6).data()
    assert agency and reference
    view.setFocus()
    view.selectionModel().setCurrentIndex(model.index(0, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    rv = window.record_view
    qtbot.waitUntil(lambda: rv.values["reference"].text() == reference, timeout=TIMEOUT)
    assert rv.values["agency"].text().startswith(agency)
    assert rv.title.text() == model.index(0, 7).data()
    assert rv.narrative.toPlainText().strip() != ""
    assert rv.tabs.tabText(0).startswith("Entities (")

    # Opening an entity from the record (keyboard: select it, press Enter).
    entities = rv.entities
    first = entities.topLevelItem(0)
    entities.setCurrentItem(first)
    entities.setFocus()
    qtbot.keyClick(entities, Qt.Key.Key_Return)
    ev = window.entity_view
    qtbot.waitUntil(lambda: ev.caption.text() == first.text(0), timeout=TIMEOUT)
    assert ev.records.model().rowCount() >= 1
    assert ev.records.model().index(0, 6).data() == reference


def test_narrative_is_escaped_and_mentions_are_links():
    text = "<b>Ali</b> called +49 170 1234567 & left."
    html = narrative_html(text, [Mention(3, 6, "e1"), Mention(17, 32, "e/2")])
    assert "<b>" not in html.replace('<p dir="ltr" style="line-height:140%">', "")
    assert '&lt;b&gt;<a href="entity:e1"' in html
    assert 'href="entity:e%2F2"' in html


def test_lazy_table_reads_only_the_rows_on_screen(qtbot, executor, tmp_path):
    ws = Workspace.create(tmp_path / "big", "Desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    n = 100_000
    with ws.conn:
        ws.conn.execute("BEGIN")
        ws.conn.executemany(
            "INSERT INTO records (id, agency, country, reference, title, narrative, reported,"
            " tlp, handling) VALUES (?, 'Agency', 'DE', ?, ?, '', ?, 'GREEN', 'H1')",
            ((f"id-{i}", f"REF-{i:06d}", f"Title {i}", f"2025-01-{1 + i % 28:02d}")
             for i in range(n)))
        ws.conn.execute("COMMIT")
    browser = RecordsBrowser(executor)
    qtbot.addWidget(browser)
    browser.resize(900, 600)
    browser.show()
    browser.attach(ws)
    model = browser.view.model()
    qtbot.waitUntil(lambda: model.rowCount() == n, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: model.index(0, 6).data() is not None, timeout=TIMEOUT)
    assert "100,000" in browser.caption.text()
    assert 0 < model.rows_fetched <= 2 * model.PAGE        # one screenful, not 100,000
    browser.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rows_fetched > 0, timeout=TIMEOUT)
    qtbot.wait(50)
    assert model.rows_fetched <= 4 * model.PAGE
    last = model.index(n - 1, 6).data()
    assert last.startswith("REF-")

    # Sorting asks the store for the ids in the new order and still reads only a page.
    browser.view.sortByColumn(6, Qt.SortOrder.AscendingOrder)       # reference
    qtbot.waitUntil(lambda: model.sort_key == "reference", timeout=TIMEOUT)
    assert model.index(0, 6).data() == "REF-000000"
    assert model.rows_fetched <= 2 * model.PAGE
    browser.clear()
    qtbot.waitUntil(lambda: not executor.busy, timeout=TIMEOUT)  # never lock under the worker
    ws.lock()
