"""The import wizard, as a person goes through it: files, formats and source, the CSV mapping
preview, the import with progress and Cancel, and the report."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from liaison.ui.import_wizard import (
    PAGE_MAPPING,
    PAGE_OPTIONS,
    PAGE_REPORT,
    PAGE_RUN,
    ImportWizard,
)
from liaison.ui.mapping_columns import TEMPLATE, assign_column, column_use
from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE
from .flows import TIMEOUT, records_shown, start_unlocked, visible_text, wait_visible

MISP = "misp/existing_event.json"


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.create(tmp_path / "ws", "Europol Test Desk", "NL", use_keyring=False,
                                 passphrase=PASSPHRASE)
    yield workspace
    workspace.lock()


@pytest.fixture
def wizard(qtbot, ws, executor):
    w = ImportWizard(ws, executor=executor)
    qtbot.addWidget(w)
    w.show()
    return w


def tree_text(tree) -> str:
    """Every line of the report tree, expanded or not."""
    lines = []

    def walk(item) -> None:
        lines.append(" | ".join(item.text(c) for c in range(tree.columnCount())))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return "\n".join(lines)


def click(qtbot, wizard, button: QWizard.WizardButton) -> None:
    widget = wizard.button(button)
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard) -> None:
    button = (QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage()
              else QWizard.WizardButton.NextButton)
    click(qtbot, wizard, button)


def test_misp_sample_through_the_wizard_to_the_report(qtbot, wizard, ws, samples):
    # The sender's defaults fill what the event leaves empty (issue 17).
    ws.partner_add("Bundeskriminalamt", "DE")
    ws.partner_defaults("Bundeskriminalamt", handling="H2")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    wizard.add_files([samples / MISP])
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_OPTIONS
    assert wizard.options_page.formats() == ["misp"]                     # detected
    qtbot.keyClicks(wizard.options_page.agency, "Bundeskriminalamt")
    qtbot.keyClicks(wizard.options_page.country, "de")
    wizard.options_page.tlp.setCurrentText("TLP:AMBER")
    next_page(qtbot, wizard)                                             # no CSV: no mapping
    assert wizard.currentId() in (PAGE_RUN, PAGE_REPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_REPORT, timeout=TIMEOUT)
    text = visible_text(wizard.report_page)
    assert "existing_event.json (misp)" in text
    assert "new records: 1" in wizard.report_page.summary.text()
    assert "Records | 1 | 0 | 0" in tree_text(wizard.report_page.tree)
    assert "Watchlist hits: 0" in text and "Flagged:" in text and "Skipped:" in text
    tree = tree_text(wizard.report_page.tree)
    assert "New pattern findings: 0 (see the Findings panel)" in tree  # they ran on it
    assert "From Bundeskriminalamt's defaults (the file stated none)" in tree
    assert "Handling code H2: 1 records" in tree
    assert "What the file held became (91 objects kept verbatim)" in tree
    assert "misp GalaxyCluster: 14 entity Thing (generic)" in tree
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # no second import
    assert ws.stats()["records"] == 1
    assert ws.stats()["by_agency"] == {"Bundeskriminalamt": 1}
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()


def test_csv_shows_the_guessed_mapping_preview_and_imports(qtbot, wizard, ws, test_data):
    wizard.add_files([test_data / "suspects.csv"])
    next_page(qtbot, wizard)
    assert wizard.options_page.formats() == ["csv"]
    qtbot.keyClicks(wizard.options_page.agency, "Guardia Civil")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_MAPPING
    editor = wizard.mapping_page.editor
    preview = editor.table
    assert preview.rowCount() > 0
    assert "agency: Guardia Civil" in preview.item(0, 1).text()  # the source chosen before
    assert "Person: José Müller-Ñúñez" in preview.item(0, 2).text()      # the guess, applied
    assert json.loads(editor.text.toPlainText())["entities"][0]["schema"] == "Person"
    # Point two columns somewhere else in the column list: the JSON and the preview follow.
    assert editor.columns.target("nat") == ""
    editor.columns.choose("nat", "person.nationality")
    editor.columns.choose("ref", "record.reference")
    mapping = json.loads(editor.text.toPlainText())
    assert mapping["entities"][0]["properties"]["nationality"] == "nat"
    assert mapping["record"] == {"per": "row", "reference": "{ref}"}
    assert "nationality=ES" in preview.item(0, 2).text()
    assert "reference: ES-2024-001" in preview.item(0, 1).text()
    editor.columns.choose("phone2", "")                                  # not used any more
    assert json.loads(editor.text.toPlainText())["entities"][0]["properties"]["phone"] == "phone1"
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_REPORT, timeout=TIMEOUT)
    assert ws.stats()["by_type"].get("Person", 0) >= 1
    assert ws.stats()["records"] > 1                                     # one per row now


def test_csv_with_a_loaded_mapping_edited_and_saved(qtbot, wizard, ws, test_data, tmp_path):
    ws.watch_add("Müller watch", "name", "José Müller-Ñúñez")
    wizard.add_files([test_data / "suspects.csv"])
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    editor = wizard.mapping_page.editor
    editor.load(test_data / "mappings" / "suspects.json")
    assert "Report ES-2024-001" in editor.table.item(0, 1).text()        # one record per row
    # A broken edit is explained and blocks Next until it is fixed.
    good = editor.text.toPlainText()
    editor.text.setPlainText(good.replace('"schema": "Person"', '"schema": "Nobody"', 1))
    qtbot.waitUntil(lambda: not wizard.button(QWizard.WizardButton.NextButton).isEnabled(),
                    timeout=TIMEOUT)
    assert "schema" in editor.status.text()
    editor.text.setPlainText(good)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled(),
                    timeout=TIMEOUT)
    editor.save(tmp_path / "mine.json")
    assert json.loads((tmp_path / "mine.json").read_text())["record"]["per"] == "row"
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_REPORT, timeout=TIMEOUT)
    assert ws.stats()["by_agency"] == {"Policia Nacional": ws.stats()["records"]}
    report = tree_text(wizard.report_page.tree)
    assert "Watchlist hits: 2" in report
    assert "Müller watch: Report ES-2024-001" in report
    assert ws.stats()["records"] > 1


def _big_ftm(path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"p{i:07d}", "schema": "Person",
                                 "properties": {"name": [f"Person {i}"],
                                                "birthDate": ["1970-01-01"]}}) + "\n")


def test_cancelling_a_long_import_leaves_the_store_unchanged(qtbot, wizard, ws, samples,
                                                             tmp_path):
    ws.import_file(samples / MISP)
    before = ws.stats()
    big = tmp_path / "big.ijson"
    _big_ftm(big, 300_000)
    wizard.add_files([big])
    next_page(qtbot, wizard)
    assert wizard.options_page.formats() == ["ftm"]
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_RUN
    page = wizard.run_page
    qtbot.wait(300)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.finished, timeout=TIMEOUT * 4)
    assert "Cancelled; nothing of big.ijson was changed." in page.label.text()
    assert wizard.currentId() == PAGE_RUN
    assert ws.stats() == before


def test_a_malformed_file_shows_a_readable_message(qtbot, wizard, ws, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"Event": {"Attribute": [', encoding="utf-8")
    wizard.add_files([bad])
    next_page(qtbot, wizard)
    assert wizard.options_page.formats() == ["misp"]
    next_page(qtbot, wizard)
    page = wizard.run_page
    qtbot.waitUntil(lambda: page.finished, timeout=TIMEOUT)
    text = page.label.text()
    assert "broken.json could not be imported; nothing of it was changed." in text
    assert "Traceback" not in text
    assert ws.stats()["records"] == 0
    click(qtbot, wizard, QWizard.WizardButton.BackButton)            # back to fix the choice
    assert wizard.currentId() == PAGE_OPTIONS


def test_an_unknown_format_is_explained_and_must_be_chosen(qtbot, wizard, tmp_path):
    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"\x00\x01 not an export")
    wizard.add_files([odd])
    next_page(qtbot, wizard)
    assert "Cannot tell the format of notes.bin" in wizard.options_page.message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.options_page.set_format(0, "ftm")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_ctrl_i_opens_the_wizard_and_the_records_appear(qtbot, make_session,
                                                        passphrase_workspace, samples):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = wait_visible(qtbot, ImportWizard)
    wizard.add_files([samples / MISP])
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_REPORT, timeout=TIMEOUT)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: records_shown(session) == 1, timeout=TIMEOUT)


def test_several_files_each_with_its_format_and_one_report(qtbot, wizard, ws, samples,
                                                           test_data):
    wizard.add_files([samples / MISP, test_data / "suspects.csv"])
    next_page(qtbot, wizard)
    assert wizard.options_page.formats() == ["misp", "csv"]
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_MAPPING                        # only the CSV file
    assert wizard.mapping_page.editor.file_label.text() == "Mapping for suspects.csv"
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_REPORT, timeout=TIMEOUT)
    report = tree_text(wizard.report_page.tree)
    assert "existing_event.json (misp)" in report and "suspects.csv (csv)" in report
    assert "Files imported: 2" in wizard.report_page.summary.text()


def test_column_edits_leave_templates_alone():
    mapping = {"record": {"per": "file"},
               "entities": [{"id": "person", "schema": "Person", "key": ["{first} {last}"],
                             "properties": {"name": "{first} {last}", "phone": ["p1", "p2"]}}]}
    assert column_use(mapping, "first") == TEMPLATE
    assert column_use(mapping, "p2") == "person.phone"
    moved = assign_column(mapping, "p2", "account.iban")
    assert moved["entities"][0]["properties"] == {"name": "{first} {last}", "phone": "p1"}
    assert moved["entities"][1] == {"id": "account", "schema": "BankAccount", "key": ["p2"],
                                    "properties": {"iban": "p2"}}
    assert mapping["entities"][0]["properties"]["phone"] == ["p1", "p2"]   # a copy was edited
