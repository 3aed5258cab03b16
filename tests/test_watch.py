"""Watchlists: hits reported by imports (new and changed records only), removal, audit, CLI."""

from __future__ import annotations

import json

import pytest

from liaison.analysis.query.identifiers import normalise_identifier
from liaison.analysis.watch import check_watchlists
from liaison.formats.base import ImportOptions
from liaison.model.errors import FormatError, LiaisonError, QueryError
from liaison.workspace import Workspace

from . import search_data as data
from .test_cli import run
from .workspace_helpers import PASSPHRASE


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "DE", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


def hits(report) -> set[tuple[str, str]]:
    return {(h["watch"], h["record_id"]) for h in report.watch_hits}


def test_identifier_watch_reported_by_import(ws):
    ws.watch_add("Petrov's phone", "identifier", "0151 2345 6789")  # read as German
    report = data.ingest(ws, data.case_items())
    assert hits(report) == {("Petrov's phone", data.R1.id)}
    hit = report.watch_hits[0]
    assert hit["title"] == "Port meeting in Hamburg" and hit["kind"] == "identifier"
    entry = ws.audit_entries()[-1]
    assert entry.action == "import" and entry.details["watch_hits"] == {"Petrov's phone": 1}
    stored = json.loads(ws.conn.execute("SELECT report FROM imports").fetchone()[0])
    assert stored["watch_hits"] == {"Petrov's phone": 1}


def test_only_new_or_changed_records_are_reported(ws):
    ws.watch_add("iban", "identifier", "DE89370400440532013000")
    ws.watch_add("red", "query", "tlp:RED")
    first = data.ingest(ws, data.case_items())
    assert hits(first) == {("iban", data.R1.id), ("red", data.R3.id)}
    assert data.ingest(ws, data.case_items()).watch_hits == []  # same file again
    newer = data.record("r3", "Policía Nacional", "ES", "Detención en Málaga",
                        "Corregido.", reported="2025-06-15", tlp="RED", version=2)
    fresh = data.record("r9", "Bundeskriminalamt", "DE", "Second sighting", "Account seen.",
                        reported="2025-07-01")
    again = data.account("a9", fresh, "DE89 3704 0044 0532 0130 00")
    report = data.ingest(ws, [*data.case_items(), newer, fresh, again])
    assert hits(report) == {("red", data.R3.id), ("iban", fresh.id)}


def test_name_watch_matches_across_scripts(ws):
    ws.watch_add("Petrov", "name", "Aleksandr Petrov")
    ws.watch_add("Papadopoulos", "name", "Giorgos Papadopoulos")
    report = data.ingest(ws, data.case_items())
    assert hits(report) == {("Petrov", data.R1.id), ("Petrov", data.R2.id),
                            ("Papadopoulos", data.R4.id)}


def test_saved_query_with_words_and_filters(ws):
    ws.watch_add("port", "query", "(port OR puerto) NOT country:DE")
    report = data.ingest(ws, data.case_items())
    assert hits(report) == {("port", data.R3.id)}


def test_removed_watch_no_longer_reports_and_both_are_audited(ws):
    watch = ws.watch_add("red", "query", "tlp:RED")
    assert [w.id for w in ws.watch_list()] == [watch.id]
    ws.watch_remove(watch.id)
    assert ws.watch_list() == []
    assert data.ingest(ws, data.case_items()).watch_hits == []
    actions = [(e.action, e.details.get("name")) for e in ws.audit_entries()
               if e.action.startswith("watch.")]
    assert actions == [("watch.add", "red"), ("watch.remove", "red")]
    with pytest.raises(LiaisonError, match="no watchlist entry"):
        ws.watch_remove(watch.id)


def test_bad_or_duplicate_watch_refused(ws):
    with pytest.raises(QueryError, match="position 7"):
        ws.watch_add("bad", "query", "Petrov )")
    ws.watch_add("phone", "identifier", "+49 151 23456789")
    with pytest.raises(LiaisonError, match="already watched as 'phone'"):
        ws.watch_add("same phone", "identifier", "0049 151 2345 6789")
    with pytest.raises(LiaisonError, match="letters"):
        ws.watch_add("nameless", "name", "--")
    assert len(ws.watch_list()) == 1


def test_failed_import_reports_and_keeps_nothing(ws):
    ws.watch_add("red", "query", "tlp:RED")

    def broken():
        yield from data.case_items()
        raise FormatError("case.json: line 99: unexpected end of data")

    with pytest.raises(FormatError):
        data.ingest(ws, broken())
    assert ws.conn.execute("SELECT count(*) FROM records_fts").fetchone()[0] == 0


def test_check_watchlists_directly(ws):
    data.ingest(ws, data.case_items())
    ws.watch_add("ivanov", "name", "Sergei Ivanov")
    rids = [rid for (rid,) in ws.conn.execute("SELECT rid FROM records")]
    found = check_watchlists(ws.conn, rids)
    assert [(h.watch, h.record_id) for h in found] == [("ivanov", data.R3.id)]
    assert check_watchlists(ws.conn, []) == []


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("0151 2345 6789", "DE", ("phone", "+4915123456789")),
    ("+49 (151) 2345-6789", None, ("phone", "+4915123456789")),
    ("DE89 3704 0044 0532 0130 00", None, ("iban", "DE89370400440532013000")),
    ("Ivan.Courier@Example.ORG", None, ("email", "ivan.courier@example.org")),
    ("AB 123 456 C", None, ("id", "AB123456C")),
])
def test_identifiers_normalised_like_the_data(text, region, expected):
    assert normalise_identifier(text, region) == expected


def test_file_import_reports_hits(ws, test_data):
    ws.watch_add("José's phone", "identifier", "+34 600 000 001")
    report = ws.import_file(test_data / "suspects.csv",
                            options=ImportOptions(mapping=test_data / "mappings" /
                                                  "suspects.json"))
    titles = sorted(h["title"] for h in report.watch_hits)
    assert titles == ["Report ES-2024-001", "Report ES-2024-002"]


def test_cli_watch_and_search(tmp_path, test_data):
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    base = ["--workspace", tmp_path / "cli", "--passphrase-file", pp]
    assert run(*base, "init", "--agency", "Guardia Civil", "--country", "ES",
               "--no-keyring").returncode == 0
    added = run(*base, "watch", "add", "--name", "José", "--identifier", "600 000 003")
    assert added.returncode == 0, added.stderr
    assert "phone:+34600000003" in added.stdout
    listed = json.loads(run(*base, "watch", "list", "--json").stdout)
    assert [w["name"] for w in listed["watchlists"]] == ["José"]
    imported = run(*base, "import", test_data / "suspects.csv", "--mapping",
                   test_data / "mappings" / "suspects.json")
    assert imported.returncode == 0, imported.stderr
    # One person (same name and birth date) in both rows: both records hold the phone.
    assert "Watchlist hits: José 2" in imported.stdout
    assert "Report ES-2024-002" in imported.stdout
    found = json.loads(run(*base, "search", "Muller", "--json").stdout)
    assert found["total"] == 2 and found["facets"]["agency"] == {"Policia Nacional": 2}
    assert {"id", "score", "snippet", "title"} <= set(found["hits"][0])
    entities = json.loads(run(*base, "search", "+34 600 000 001", "--entities",
                              "--json").stdout)
    assert [h["caption"] for h in entities["hits"]] == ["José Müller-Ñúñez"]
    bad = run(*base, "search", "Muller )")
    assert bad.returncode == 1 and "position 7" in bad.stderr
    removed = run(*base, "watch", "remove", str(listed["watchlists"][0]["id"]))
    assert removed.returncode == 0 and "Removed" in removed.stdout
