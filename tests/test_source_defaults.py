"""Source defaults (issue 17, item 4): each partner in the directory carries the markings
what it sends takes when the file or package states none. Without them nothing imported
has a handling code, and under the default policy nothing imported could be shared.
Real workspaces, the public MISP sample, a real package between two agencies.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from liaison.analysis.partners import Agreement, PolicyError
from liaison.formats.base import ImportOptions
from liaison.model.records import Record, stable_id
from liaison.workspace import Workspace

from .exchange_helpers import add_records, intel_digest, sample, two_agencies
from .workspace_helpers import PASSPHRASE


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    ws.partner_add("CIRCL", "LU", Agreement())
    yield ws
    ws.close()


def _records(ws) -> list[dict]:
    cur = ws.conn.execute("SELECT id, agency, handling, tlp, reliability, assessment, extra "
                          "FROM records ORDER BY id")
    return [dict(zip([d[0] for d in cur.description], row, strict=True)) for row in cur]


def test_a_partners_defaults_fill_what_the_file_states_not(ws, samples):
    _, defaults = ws.partner_defaults("circl", handling="h2", tlp="amber", grading="b2")
    assert defaults.as_dict() == {"handling": "H2", "tlp": "AMBER", "reliability": "B",
                                  "assessment": "2"}
    report = ws.import_file(samples / "misp" / "existing_event.json",
                            options=ImportOptions(agency="CIRCL", country="LU"))
    [record] = _records(ws)
    # The event is tagged tlp:white: the file's TLP stands; the rest came from defaults.
    assert (record["handling"], record["tlp"], record["reliability"], record["assessment"]) \
        == ("H2", "CLEAR", "B", "2")
    assert json.loads(record["extra"])["from_defaults"] == ["handling", "reliability",
                                                            "assessment"]
    assert report.from_defaults == {"CIRCL": {"handling": ["H2", 1], "reliability": ["B", 1],
                                              "assessment": ["2", 1]}}
    entry = [e for e in ws.audit_entries() if e.action == "import"][-1]
    assert entry.details["from_defaults"] == report.from_defaults
    # The same file again: the same defaults make the same content, so nothing changes.
    again = ws.import_file(samples / "misp" / "existing_event.json",
                           options=ImportOptions(agency="CIRCL", country="LU"))
    assert again.counts["records"].unchanged == 1


def test_what_the_person_gives_on_import_wins_over_defaults(ws, samples):
    ws.partner_defaults("CIRCL", handling="H2")
    report = ws.import_file(samples / "misp" / "event_obj_attr_tag.json",
                            options=ImportOptions(agency="CIRCL", handling="H0"))
    assert [r["handling"] for r in _records(ws)] == ["H0"]
    assert report.from_defaults == {}


def test_a_source_not_in_the_directory_gets_no_defaults(ws, samples):
    ws.partner_defaults("CIRCL", handling="H2")
    report = ws.import_file(samples / "misp" / "event_obj_attr_tag.json",
                            options=ImportOptions(agency="Someone else"))
    assert [r["handling"] for r in _records(ws)] == [None]
    assert report.from_defaults == {}


@pytest.mark.parametrize("change, message", [
    ({"handling": "H5"}, "'H5' is not a handling code"),
    ({"tlp": "purple"}, "'purple' is not a TLP level"),
    ({"grading": "D5"}, "'D5' is not a Europol grading"),
    ({"grading": "B7"}, "'B7' is not a Europol grading"),
])
def test_bad_defaults_are_refused_and_change_nothing(ws, change, message):
    ws.partner_defaults("CIRCL", handling="H1")
    entries = len(ws.audit_entries())
    with pytest.raises(PolicyError, match=message):
        ws.partner_defaults("CIRCL", **change)
    assert ws.partner_defaults("CIRCL")[1].handling == "H1"
    assert len(ws.audit_entries()) == entries


def test_unknown_partner_is_named(ws):
    with pytest.raises(PolicyError, match="There is no partner 'BKA'"):
        ws.partner_defaults("BKA", handling="H1")


def test_changes_are_audited_and_none_clears_a_field(ws):
    ws.partner_defaults("CIRCL", handling="H1", grading="C")
    ws.partner_defaults("CIRCL", handling="none")
    _, defaults = ws.partner_defaults("CIRCL")
    assert defaults.as_dict() == {"handling": None, "tlp": None, "reliability": "C",
                                  "assessment": None}
    audits = [e.details for e in ws.audit_entries() if e.action == "partner.defaults"]
    assert audits[-1] == {"before": {"handling": "H1", "tlp": None, "reliability": "C",
                                     "assessment": None},
                          "after": {"handling": None, "tlp": None, "reliability": "C",
                                    "assessment": None}}
    ws.partner_defaults("CIRCL", grading="none")
    assert ws.conn.execute("SELECT count(*) FROM source_defaults").fetchone()[0] == 0


def test_a_received_package_takes_the_signers_defaults(tmp_path):
    pair = two_agencies(tmp_path)
    try:
        items = [replace(i, reliability=None, assessment=None) if isinstance(i, Record) else i
                 for i in sample("Politie NL", "NL", n=2)]
        ids = add_records(pair.nl, items)
        # The receiver knows the sender as "Politie": its records say "Politie NL", so the
        # signer (not the agency's name) picks the defaults.
        pair.de.partner_defaults("Politie", handling="H3", grading="A1")
        before = intel_digest(pair.de)
        with pytest.raises(PolicyError):
            pair.de.partner_defaults("Politie", grading="Z")
        assert intel_digest(pair.de) == before
        [result] = pair.de.receive([pair.nl.share(["BKA"], record_ids=ids).packages[0].file])
        rows = _records(pair.de)
        assert {(r["handling"], r["reliability"], r["assessment"]) for r in rows} \
            == {("H1", "A", "1")}  # the package's handling code stands
        assert result.merge.report.from_defaults == {
            "Politie": {"reliability": ["A", 2], "assessment": ["1", 2]}}
    finally:
        pair.close()


def test_cli_sets_shows_and_reports_defaults(samples, tmp_path):
    """One workspace for the command line: the defaults set, a bad one refused, and the
    import report naming what came from defaults and what each STIX type became."""
    from .test_cli import run

    pp = tmp_path / "pp.txt"
    pp.write_text("cli defaults passphrase")
    ws = ["--workspace", str(tmp_path / "cli-ws"), "--passphrase-file", str(pp)]
    assert run(*ws, "init", "--agency", "Europol desk", "--country", "NL",
               "--no-keyring").returncode == 0
    assert run(*ws, "partner", "add", "--name", "OASIS", "--country", "US").returncode == 0
    done = run(*ws, "partner", "defaults", "OASIS", "--handling", "H2", "--tlp", "amber",
               "--grading", "B2")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("OASIS: what it sends without markings is imported as "
                                   "handling H2, TLP:AMBER, grading B2.")
    bad = run(*ws, "partner", "defaults", "OASIS", "--tlp", "mauve")
    assert bad.returncode != 0 and "'mauve' is not a TLP level" in bad.stderr
    done = run(*ws, "import", samples / "stix21" / "infrastructure.json", "--source", "OASIS",
               "--country", "US")
    assert done.returncode == 0, done.stderr
    assert ("  from OASIS's defaults (the file stated none): handling H2 on 1 record, "
            "TLP AMBER on 1 record, source reliability B on 1 record, information "
            "assessment 2 on 1 record") in done.stdout
    # Issue 17, item 2: what each type of the file's objects became.
    assert "  what the file held became (10 objects kept verbatim):" in done.stdout
    assert "    stix infrastructure: 2 entity Thing (generic)" in done.stdout
    assert "    stix relationship: 4 link UnknownLink" in done.stdout
    # And the objects kept verbatim, on request; looking is audited like the record.
    bundle = json.loads((samples / "stix21" / "infrastructure.json").read_text())
    shown = run(*ws, "show", stable_id("OASIS", "stix", bundle["id"]), "--originals")
    assert shown.returncode == 0, shown.stderr
    assert "10 object(s) of the partner's files, as they came:" in shown.stdout
    assert sum(line.startswith("  stix infrastructure ") for line in
               shown.stdout.splitlines()) == 2
