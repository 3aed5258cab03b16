"""Pattern findings from the desktop: listed with their rule and numbers, filtered by
detector and status, confirmed and dismissed (audited, as from the command line), their
records and entities opened, and charted with their entities selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from liaison.store import audit
from liaison.workspace import Workspace

from ..test_patterns import _ingest, _payments
from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT, start_unlocked


@pytest.fixture
def findings_workspace(folder) -> Path:
    """Two people structuring payments (two findings), found by a run; locked."""
    ws = Workspace.create(folder, AGENCY, "FR", use_keyring=False, passphrase=PASSPHRASE)
    _ingest(ws, _payments("a", [9500, 9800, 9900.5], [1, 8, 15]))
    _ingest(ws, _payments("b", [9100, 9200, 9300, 9400], [3, 4, 5, 6], payer="mule",
                          name="Otto Brenner"), "other")
    ws.patterns_run()
    ws.lock()
    return folder


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _names(dock) -> list[str]:
    return [f["explanation"].split(" [")[0] for f in dock.listed()]


def test_findings_are_listed_judged_and_charted(qtbot, make_session, findings_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dock = window.findings
    qtbot.waitUntil(lambda: dock.findings.topLevelItemCount() == 2, timeout=TIMEOUT)
    assert dock.caption.text() == "Findings: 2"
    assert sorted(_names(dock)) == ["Karl Sommer", "Otto Brenner"]
    assert dock.on_import.isChecked()
    first = dock.findings.topLevelItem(0)
    assert first.text(1) == "Structuring" and first.text(5) == "new"
    finding = dock.finding()
    assert first.text(4) == str(len(finding["record_ids"]))
    # The sentence with the numbers and the rule, and who and what it rests on.
    assert "the rule asks for" in dock.explanation.text()
    qtbot.waitUntil(lambda: dock.records.count() == len(finding["record_ids"]),
                    timeout=TIMEOUT)
    assert dock.entities.count() == len(finding["entity_ids"])

    # Double-clicking a record opens it in the record view, an entity in the entity view.
    window.dock("findings").raise_()
    item = dock.records.item(0)
    dock.records.itemActivated.emit(item)
    qtbot.waitUntil(lambda: window.record_view.detail is not None
                    and window.record_view.detail.id == item.data(Qt.ItemDataRole.UserRole + 2),
                    timeout=TIMEOUT)
    dock.entities.itemActivated.emit(dock.entities.item(0))
    qtbot.waitUntil(lambda: window.entity_view.caption.text() != "", timeout=TIMEOUT)

    # Confirm the first: it stays, marked; dismiss the second: it leaves the list.
    confirmed = finding["id"]
    _click(qtbot, dock.confirm_button)
    qtbot.waitUntil(lambda: dock.finding() is not None
                    and dock.finding()["status"] == "confirmed", timeout=TIMEOUT)
    assert dock.findings.currentItem().text(5) == "confirmed"
    other = next(f for f in dock.listed() if f["id"] != confirmed)
    dock.findings.setCurrentItem(dock.findings.topLevelItem(_names(dock).index(
        other["explanation"].split(" [")[0])))
    _click(qtbot, dock.dismiss_button)
    qtbot.waitUntil(lambda: dock.findings.topLevelItemCount() == 1, timeout=TIMEOUT)
    dock.set_filters(status="dismissed")
    qtbot.waitUntil(lambda: [f["id"] for f in dock.listed()] == [other["id"]],
                    timeout=TIMEOUT)
    dock.set_filters(detector="fan", status="all")
    assert dock.findings.topLevelItemCount() == 0 and not dock.chart_button.isEnabled()
    dock.set_filters(detector="structuring", status="open")
    qtbot.waitUntil(lambda: [f["id"] for f in dock.listed()] == [confirmed], timeout=TIMEOUT)

    # Chart it: the chart of its records, with its entities selected, in the Chart layout.
    _click(qtbot, dock.chart_button)
    chart = window.charts.chart
    qtbot.waitUntil(lambda: len(chart.graph.nodes) > 0 and not session.executor.busy,
                    timeout=TIMEOUT)
    assert window.layouts.current == "chart"
    assert set(window.charts.selection.entity_ids) == set(dock.finding()["entity_ids"])
    assert chart.canvas.selected

    # Both verdicts are in the audit log, as the command line records them.
    session.lock()
    ws = Workspace.open(findings_workspace, passphrase=PASSPHRASE)
    try:
        judged = [(e.action, e.object) for e in audit.entries(ws.conn)
                  if e.action in ("patterns.confirm", "patterns.dismiss")]
    finally:
        ws.close()
    assert judged == [("patterns.confirm", confirmed), ("patterns.dismiss", other["id"])]


def test_run_on_arrival_can_be_turned_off_from_the_panel(qtbot, make_session,
                                                         findings_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    dock = session.window.findings
    qtbot.waitUntil(lambda: dock.on_import.isChecked(), timeout=TIMEOUT)
    _click(qtbot, dock.on_import)
    qtbot.waitUntil(lambda: not session.executor.busy, timeout=TIMEOUT)
    assert not session.window.workspace.patterns_on_import()
    session.lock()
    assert dock.findings.topLevelItemCount() == 0 and dock.explanation.text() == ""


def test_an_import_brings_its_findings_into_the_panel(qtbot, make_session, passphrase_workspace,
                                                     tmp_path):
    from liaison.ui.operations import run_operation

    from ..test_patterns_arrival import _structuring_file

    session = make_session()
    start_unlocked(qtbot, session)
    dock = session.window.findings
    assert dock.findings.topLevelItemCount() == 0
    ws = session.window.workspace
    path = _structuring_file(tmp_path / "in")
    run_operation(None, lambda _p: ws.import_file(path), title="import", changes=True,
                  executor=session.executor)
    qtbot.waitUntil(lambda: dock.findings.topLevelItemCount() == 1, timeout=TIMEOUT)
    assert dock.finding()["explanation"].startswith("Karl Sommer")
    session.lock()
