"""The Exchange dock's hit/no-hit page with two real agencies: the desktop one (Politie,
NL, unlocked in the window) asks BKA (DE, its own workspace) about five phone numbers;
the page lists the query as sent, shows the hits per identifier once BKA's answer is
received, and "Request the records" writes the request for the hits and audits it."""

from __future__ import annotations

import json

import pytest

from liaison.model.records import Entity, Record, stable_id
from liaison.ui.operations import run_operation
from liaison.ui.unlock_dialog import UnlockDialog

from ..exchange_helpers import add_records, new_workspace, pin
from .flows import TIMEOUT, start_unlocked, wait_visible

ASKED = ["+31612340001", "+31612340002", "+31612340003", "+31612340004", "+31612340005"]
HELD = ASKED[1:3]


def _phones(agency: str, phones: list[str]) -> list:
    rec = Record(stable_id(agency, "ui-hits", "r"), agency, "DE", "DE-1", "Phones",
                 "Numbers seen on a seized handset.", language="en", handling="H1",
                 tlp="GREEN")
    items: list = [rec]
    for i, phone in enumerate(phones):
        person = Entity(stable_id(agency, "ui-hits", str(i)), "Person", record_ids=[rec.id])
        person.add_raw("name", f"Holder {i}")
        person.add_raw("phone", phone)
        items.append(person)
    return items


@pytest.fixture
def agencies(folder, tmp_path):
    """Politie (locked, to be unlocked in the window) and BKA, each the other's partner."""
    ours = new_workspace(folder, "Politie NL", "NL")
    bka = new_workspace(tmp_path / "de", "Bundeskriminalamt", "DE")
    pin(bka, ours, "Politie", tmp_path / "nl-certs")
    pin(ours, bka, "BKA", tmp_path / "de-certs")
    add_records(bka, _phones("Bundeskriminalamt", [*HELD, "+4915100000001"]))
    ours.lock()
    values = tmp_path / "asked.csv"
    values.write_text("".join(f"phone,{p}\n" for p in ASKED), encoding="utf-8")
    yield bka, values
    bka.close()


def _on_worker(qtbot, session, fn):
    box: dict = {}
    ws = session.window.workspace
    run_operation(session.window, lambda _p: fn(ws), title="test",
                  on_success=lambda r: box.setdefault("result", r), changes=True,
                  executor=session.executor)
    qtbot.waitUntil(lambda: "result" in box, timeout=TIMEOUT)
    return box["result"]


def test_queries_their_hits_and_the_request_for_the_records(qtbot, make_session, agencies,
                                                            tmp_path):
    bka, values = agencies
    session = make_session()
    start_unlocked(qtbot, session)
    dock = session.window.exchange
    page = dock.hits
    session.window.dock("exchange").show()
    dock.tabs.setCurrentWidget(page)
    assert dock.tabs.tabText(dock.tabs.currentIndex()) == "Hit/no-hit"

    # --- the query is listed as sent, without results, and cannot be requested yet ------
    sent = _on_worker(qtbot, session, lambda ws: ws.hit_query("BKA", values=values))
    qtbot.waitUntil(lambda: page.queries.topLevelItemCount() == 1, timeout=TIMEOUT)
    [row] = page.queries.rows()
    assert row[0] == "BKA" and row[2] == "5" and row[3] == "sent" and row[4] == ""
    assert row[1].endswith("UTC")
    page.queries.setCurrentItem(page.queries.topLevelItem(0))
    assert page.results.topLevelItemCount() == 0
    assert not page.request_button.isEnabled()

    # --- BKA answers; the answer received in the dock shows the hits per identifier -----
    got = bka.receive([sent.package.file])
    assert got[0].status == "merged", got[0].reason
    answer_id = bka.conn.execute("SELECT answer_id FROM hit_queries").fetchone()[0]
    dock.receive_paths([bka.folder / "outbox" / f"{answer_id}.p7m"])
    qtbot.waitUntil(lambda: page.queries.rows() and page.queries.rows()[0][3] == "answered",
                    timeout=TIMEOUT)
    assert page.queries.rows()[0][4] == "2"
    page.queries.setCurrentItem(page.queries.topLevelItem(0))  # kept across the refresh
    assert page.results.rows() == (
        [["phone", p, "yes"] for p in HELD]
        + [["phone", p, "no"] for p in ASKED if p not in HELD])
    assert page.request_button.isEnabled()

    # --- request the records: a file for the hits only, and the audit entry -------------
    out = tmp_path / "requests"
    out.mkdir()
    page.request_records_to(out)
    qtbot.waitUntil(lambda: "was written" in dock.report_box.toPlainText(), timeout=TIMEOUT)
    [file] = out.glob("records-request-*.json")
    assert str(file) in dock.report_box.toPlainText()
    body = json.loads(file.read_text(encoding="utf-8"))
    assert body["to"] == "BKA" and body["query"]["query_id"] == sent.query_id
    assert body["identifiers"] == [{"kind": "phone", "value": p} for p in HELD]
    entries = _on_worker(qtbot, session, lambda ws: ws.audit_entries())
    [request] = [e for e in entries if e.action == "hits.request"]
    assert request.details == {"query_id": sent.query_id, "identifiers": 2,
                               "file": file.name}

    # --- a folder that is not there is said in the report; nothing is audited ----------
    page.request_records_to(tmp_path / "missing")
    qtbot.waitUntil(lambda: "does not exist" in dock.report_box.toPlainText(),
                    timeout=TIMEOUT)
    entries = _on_worker(qtbot, session, lambda ws: ws.audit_entries())
    assert len([e for e in entries if e.action == "hits.request"]) == 1

    # --- locking empties the page --------------------------------------------------------
    session.window.lock_action.trigger()
    wait_visible(qtbot, UnlockDialog)
    assert page.queries.topLevelItemCount() == 0 and page.results.topLevelItemCount() == 0
    assert not page.request_button.isEnabled()
