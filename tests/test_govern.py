"""Governance: records due for review, keeping one under review, erasing a partner's record.

Real workspace files; erasure is checked in the store (content, entities, search) and
against the same copy arriving again.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from liaison.cli import main as cli_main
from liaison.formats.importer import ingest_items
from liaison.model.errors import LiaisonError
from liaison.model.records import Entity, Record, stable_id
from liaison.model.values import DateValue
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

OURS = "Europol desk"


def _record(n: int, agency: str, review: str | None, **kw) -> Record:
    return Record(id=stable_id(agency, "gov", f"r{n}"), agency=agency, country="DE",
                  reference=f"REF-{n}", title=f"Report {n}",
                  narrative=f"Kasimir Wolkow met the courier at the port ({n}).",
                  reported=DateValue("2025-03-01", "day"), tlp="AMBER", handling="H1",
                  review_date=DateValue(review, "day" if len(review) == 10 else "year")
                  if review else None, **kw)


def _items():
    old = _record(1, "Bundeskriminalamt", "2025-01-31")
    person = Entity(id=stable_id("Bundeskriminalamt", "gov", "p1"), schema="Person",
                    record_ids=[old.id])
    person.add_raw("name", "Kasimir Wolkow")
    person.add_raw("phone", "+49 151 23456789")
    yield old
    yield person
    yield _record(2, "Bundeskriminalamt", "2024")  # year only: due since 1 January 2024
    yield _record(3, "Bundeskriminalamt", "2999-12-31")
    yield _record(4, "Bundeskriminalamt", None)
    yield _record(5, OURS, "2025-02-01")


def _ingest(ws: Workspace):
    return ingest_items(ws.conn, _items(), source_name="gov.json", fmt="test", sha256="0" * 64,
                        actor=ws.actor)


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", OURS, "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    _ingest(ws)
    yield ws
    ws.close()


def rid(n: int, agency: str = "Bundeskriminalamt") -> str:
    return stable_id(agency, "gov", f"r{n}")


def test_due_lists_past_and_partial_dates_oldest_first(ws):
    due = ws.review_due()
    assert [i.reference for i in due] == ["REF-2", "REF-1", "REF-5"]
    assert due[0].review_date == "2024" and due[1].as_dict()["tlp"] == "AMBER"
    assert [i.reference for i in ws.review_due("2025-01-31")] == ["REF-2", "REF-1"]
    assert ws.review_due(date(2023, 12, 31)) == []
    with pytest.raises(LiaisonError, match="'31/01/2025' is not a date"):
        ws.review_due("31/01/2025")
    last = ws.conn.execute("SELECT action, details FROM audit ORDER BY seq DESC LIMIT 1")
    action, details = last.fetchone()
    assert action == "review.list" and json.loads(details) == {"due": 0}


def test_keep_moves_the_date_and_is_audited(ws):
    until = (datetime.now(UTC).date() + timedelta(days=90)).isoformat()
    assert ws.review_keep(rid(1), until, "Investigation still open") == until
    assert "REF-1" not in [i.reference for i in ws.review_due()]
    with pytest.raises(LiaisonError, match="needs a reason"):
        ws.review_keep(rid(2), until, "  ")
    with pytest.raises(LiaisonError, match="must be after today"):
        ws.review_keep(rid(2), "2020-01-01", "why not")
    details = json.loads(ws.conn.execute(
        "SELECT details FROM audit WHERE action = 'review.keep'").fetchone()[0])
    assert details == {"from": "2025-01-31", "until": until,
                       "reason": "Investigation still open"}


def test_erase_removes_content_everywhere_and_keeps_a_tombstone(ws):
    assert rid(1) in [h.id for h in ws.search_records("Wolkow").hits]
    assert ws.search_records("+4915123456789").total == 1
    assert ws.erase(rid(1), "Retention period ended") == 1
    row = ws.conn.execute("SELECT title, narrative, status, version, extra FROM records "
                          "WHERE id = ?", (rid(1),)).fetchone()
    assert row[:4] == ("", "", "erased", 1)
    assert json.loads(row[4])["erasure"]["reason"] == "Retention period ended"
    values = ws.conn.execute("SELECT count(*) FROM entity_values v JOIN entities e "
                             "ON e.eid = v.eid WHERE e.id = ?",
                             (stable_id("Bundeskriminalamt", "gov", "p1"),)).fetchone()[0]
    assert values == 0
    hits = ws.search_records("Wolkow")
    assert rid(1) not in [h.id for h in hits.hits]
    assert ws.search_records("+4915123456789").total == 0
    assert "REF-1" not in [i.reference for i in ws.review_due()]
    # The same copy arriving again (a re-import) brings nothing back: not the record's
    # text, not the values of the entity only it named, not a search hit.
    report = _ingest(ws)
    assert ws.conn.execute("SELECT status, title FROM records WHERE id = ?",
                           (rid(1),)).fetchone() == ("erased", "")
    assert ws.conn.execute("SELECT count(*) FROM entity_values v JOIN entities e "
                           "ON e.eid = v.eid WHERE e.id = ?",
                           (stable_id("Bundeskriminalamt", "gov", "p1"),)).fetchone()[0] == 0
    assert ws.search_records("+4915123456789").total == 0
    assert ws.search_records("Wolkow").total == 4  # the other reports, not the erased one
    assert any("was erased here" in i.message for i in report.skipped)
    assert any("names only erased or retracted records" in i.message for i in report.skipped)
    assert ws.audit_verify().ok
    erased = ws.conn.execute("SELECT object, details FROM audit WHERE action = "
                             "'record.erase'").fetchone()
    assert erased[0] == rid(1)
    assert json.loads(erased[1])["reason"] == "Retention period ended"


def test_erase_refuses_our_own_records_unknown_ids_and_twice(ws):
    with pytest.raises(LiaisonError, match="is ours: retract it instead"):
        ws.erase(rid(5, OURS), "tidy up")
    with pytest.raises(LiaisonError, match="No record with id nope"):
        ws.erase("nope", "x")
    with pytest.raises(LiaisonError, match="needs a reason"):
        ws.erase(rid(2), "")
    ws.erase(rid(2), "Retention period ended")
    with pytest.raises(LiaisonError, match="already erased"):
        ws.erase(rid(2), "again")
    assert ws.conn.execute("SELECT status FROM records WHERE id = ?",
                           (rid(5, OURS),)).fetchone() == ("active",)


def test_cli_review_keep_and_erase(ws, tmp_path, capsys):
    folder = ws.folder
    ws.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    base = ["--workspace", str(folder), "--passphrase-file", str(secret)]
    assert cli_main([*base, "review", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)["due"]
    assert [d["reference"] for d in due] == ["REF-2", "REF-1", "REF-5"]
    assert cli_main([*base, "erase", rid(2), "--reason", "Retention period ended"]) == 0
    assert "Erased the content of record" in capsys.readouterr().out
    assert cli_main([*base, "review", "keep", rid(1), "--until", "2999-01-01",
                     "--reason", "Still needed"]) == 0
    assert "kept under review until 2999-01-01" in capsys.readouterr().out
    assert cli_main([*base, "review"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 record(s) due for review.") and "REF-5" in out
    assert cli_main([*base, "erase", rid(5, OURS), "--reason", "x"]) != 0
    assert "retract it instead" in capsys.readouterr().err
