"""Versions from the source (issue 17): a partner's update, sent as a file again, updates
the record as a new version and keeps the one it replaces; a raised marking applies at
once, reported and audited; an older copy never overwrites a newer one; the same file
again is "unchanged". On the public sample files, changed as a partner would change them.
"""

from __future__ import annotations

import json
import shutil

import pytest

from liaison.formats.base import ImportOptions
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

TLP_GREEN = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"
TLP_RED = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"
OPTIONS = ImportOptions(agency="CIRCL", country="LU")


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


def _record(ws, where: str = "1", params: tuple = ()) -> dict:
    cur = ws.conn.execute(f"SELECT * FROM records WHERE {where}", params)
    return dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))


def _history(ws, rid: int) -> list[tuple[int, dict]]:
    return [(v, json.loads(d)) for v, d in ws.conn.execute(
        "SELECT version, data FROM record_versions WHERE rid = ? ORDER BY version", (rid,))]


def _raised_audits(ws) -> list:
    return [e for e in ws.audit_entries() if e.action == "record.marking_raised"]


# -- MISP: the event's timestamp is its version -----------------------------------------------


def _event(path) -> dict:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return doc.get("Event", doc)


def _misp_copy(samples, tmp_path, name: str, **changes):
    doc = json.loads((samples / "misp" / "existing_event.json").read_text(encoding="utf-8"))
    event = doc.get("Event", doc)
    if "timestamp" in changes:
        event["timestamp"] = changes["timestamp"]
    if "info" in changes:
        event["info"] = changes["info"]
    if "tlp" in changes:
        event["Tag"] = [t for t in event["Tag"] if not t["name"].startswith("tlp:")]
        event["Tag"].insert(0, {"name": changes["tlp"], "colour": "#CC0033"})
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_misp_event_resent_with_tlp_red_and_a_new_title(ws, samples, tmp_path):
    first = _misp_copy(samples, tmp_path, "event.json")
    ws.import_file(first)
    v1 = _record(ws)
    assert (v1["version"], v1["tlp"]) == (1, "CLEAR")

    # The partner raises the event to RED and retitles it; MISP moves the timestamp.
    update = _misp_copy(samples, tmp_path, "event-update.json",
                        timestamp=str(int(_event(first)["timestamp"])
                                      + 86_400),
                        info="Sednit update (restricted): how Fancy Bear spent the year",
                        tlp="tlp:red")
    report = ws.import_file(update)
    assert report.counts["records"].merged == 1
    v2 = _record(ws)
    assert (v2["version"], v2["tlp"]) == (2, "RED")
    assert v2["title"] == "Sednit update (restricted): how Fancy Bear spent the year"
    [(version, old)] = _history(ws, v2["rid"])
    assert (version, old["title"], old["tlp"]) == (1, v1["title"], "CLEAR")
    # Applied at once, reported and audited.
    assert report.markings_raised == [{"record_id": v2["id"], "version": 2,
                                       "tlp": ["CLEAR", "RED"]}]
    assert any("marking raised by the originator's update (version 1 → 2): TLP CLEAR → RED"
               in i.message for i in report.flagged)
    [entry] = _raised_audits(ws)
    assert entry.object == v2["id"]
    assert entry.details["tlp"] == ["CLEAR", "RED"] and entry.details["version"] == 2
    # (The import's own entry; the pattern run that follows an import is audited after it.)
    imported = [e for e in ws.audit_entries() if "markings_raised" in e.details]
    assert imported[-1].details["markings_raised"] == report.markings_raised

    # The same update again is unchanged; the first copy, older, changes nothing.
    again = ws.import_file(update)
    assert (again.counts["records"].merged, again.counts["records"].unchanged) == (0, 1)
    old = ws.import_file(first)
    assert (old.counts["records"].merged, old.counts["records"].unchanged) == (0, 1)
    assert any("is older than the stored version 2" in i.message for i in old.skipped)
    assert old.counts["entities"].merged == 0
    assert (_record(ws)["version"], _record(ws)["tlp"]) == (2, "RED")
    assert len(_raised_audits(ws)) == 1


# -- STIX: the report's `modified` is its version ---------------------------------------------


def _stix_copy(samples, tmp_path, name: str, modified: str, marking: str,
               description: str = ""):
    """The MISP-made STIX sample with its second grouping as a report, as an OASIS report
    is written (published, report_types), marked ``marking``."""
    bundle = json.loads((samples / "stix21" / "misp-stix_test_event1.json").read_text())
    for obj in bundle["objects"]:
        if obj["id"] == "grouping--d402185f-c129-4f65-8678-43edb2cee1cf":
            obj.pop("context", None)
            obj.update(type="report", id="report--d402185f-c129-4f65-8678-43edb2cee1cf",
                       name="Infrastructure used by the campaign", published=obj["created"],
                       report_types=["threat-report"], modified=modified,
                       object_marking_refs=[marking])
            if description:
                obj["description"] = description
    path = tmp_path / name
    path.write_text(json.dumps(bundle))
    return path


def test_stix_report_resent_newer_with_tlp_red_and_an_older_copy_after(ws, samples, tmp_path):
    first = _stix_copy(samples, tmp_path, "report.json", "2020-10-25T16:22:00.000Z", TLP_GREEN)
    newer = _stix_copy(samples, tmp_path, "report-v2.json", "2020-11-02T09:15:30.5Z", TLP_RED,
                       "The domain now also serves the second stage.")
    ws.import_file(first, options=OPTIONS)
    where = ("json_extract(extra, '$.stix_id') = ?",
             ("report--d402185f-c129-4f65-8678-43edb2cee1cf",))
    assert (_record(ws, *where)["version"], _record(ws, *where)["tlp"]) == (1, "GREEN")

    report = ws.import_file(newer, options=OPTIONS)
    current = _record(ws, *where)
    assert (current["version"], current["tlp"]) == (2, "RED")
    assert current["narrative"] == "The domain now also serves the second stage."
    assert json.loads(current["extra"])["source_modified"] == "2020-11-02T09:15:30.500000Z"
    assert [v for v, _ in _history(ws, current["rid"])] == [1]
    assert report.markings_raised == [{"record_id": current["id"], "version": 2,
                                       "tlp": ["GREEN", "RED"]}]
    assert len(_raised_audits(ws)) == 1

    # An older copy arriving after the newer one is not stored, nor what only it names.
    old = ws.import_file(first, options=OPTIONS)
    assert any("(modified 2020-10-25T16:22:00.000000Z) is older than the stored version 2 "
               "(modified 2020-11-02T09:15:30.500000Z)" in i.message for i in old.skipped)
    current = _record(ws, *where)
    assert (current["version"], current["tlp"]) == (2, "RED")
    assert current["narrative"] == "The domain now also serves the second stage."
    assert old.counts["records"].merged == 0 and old.markings_raised == []
    # And the newer one once more: unchanged.
    again = ws.import_file(newer, options=OPTIONS)
    assert all(c.imported == 0 and c.merged == 0 for c in again.counts.values())


# -- FtM and CSV: no stamp, so the content decides -------------------------------------------


def test_ftm_file_sent_again_with_one_changed_value(ws, samples, tmp_path):
    path = tmp_path / "donations.ijson"
    shutil.copy(samples / "ftm" / "donations.ijson", path)
    options = ImportOptions(agency="BKA", country="DE")
    ws.import_file(path, options=options)
    again = ws.import_file(path, options=options)
    assert all(c.imported == 0 and c.merged == 0 for c in again.counts.values())

    text = path.read_text(encoding="utf-8")
    assert text.count('"name": ["MLPD"]') == 1
    path.write_text(text.replace('"name": ["MLPD"]',
                                 '"name": ["Marxistisch-Leninistische Partei Deutschlands"]'),
                    encoding="utf-8")
    report = ws.import_file(path, options=options)
    counts = {k: (c.imported, c.merged) for k, c in report.counts.items()}
    assert counts == {"records": (0, 1), "entities": (0, 1), "links": (0, 0), "events": (0, 0)}
    record = _record(ws, "json_extract(extra, '$.format') = 'ftm'")
    assert record["version"] == 2
    [(version, old)] = _history(ws, record["rid"])
    assert version == 1
    assert json.loads(old["extra"])["sha256"] != json.loads(record["extra"])["sha256"]
    names = {v for (v,) in ws.conn.execute(
        "SELECT raw FROM entity_values WHERE prop = 'name' AND raw LIKE '%Partei%' "
        "OR raw = 'MLPD'")}
    # The store keeps values, not which version brought them: the old name stays beside
    # the new one, as after a correction received in a package.
    assert names == {"MLPD", "Marxistisch-Leninistische Partei Deutschlands"}
    assert ws.stats()["records"] == 1


def test_csv_file_sent_again_with_one_changed_cell(ws, test_data, tmp_path):
    path = tmp_path / "suspects.csv"
    shutil.copy(test_data / "suspects.csv", path)
    options = ImportOptions(mapping=test_data / "mappings" / "suspects.json")
    ws.import_file(path, fmt="csv", options=options)
    assert ws.import_file(path, fmt="csv", options=options).counts["records"].unchanged == 4

    path.write_text(path.read_text(encoding="utf-8").replace(
        "Segunda observación", "Segunda observación en el puerto de Algeciras"),
        encoding="utf-8")
    report = ws.import_file(path, fmt="csv", options=options)
    assert (report.counts["records"].merged, report.counts["records"].unchanged) == (1, 3)
    changed = _record(ws, "reference = 'ES-2024-002'")
    assert changed["version"] == 2
    assert changed["narrative"] == "Segunda observación en el puerto de Algeciras"
    assert _history(ws, changed["rid"])[0][1]["narrative"] == "Segunda observación"
    assert _record(ws, "reference = 'ES-2024-001'")["version"] == 1
    assert report.markings_raised == []
    # A cell no record field shows (a phone) still makes a new version of its row.
    path.write_text(path.read_text(encoding="utf-8").replace("+34 600 000 003",
                                                             "+34 600 000 009"),
                    encoding="utf-8")
    report = ws.import_file(path, fmt="csv", options=options)
    assert report.counts["records"].merged == 1
    assert _record(ws, "reference = 'ES-2024-002'")["version"] == 3


def test_a_raised_handling_code_is_reported_too(ws, test_data, tmp_path):
    path = tmp_path / "suspects.csv"
    shutil.copy(test_data / "suspects.csv", path)
    mapping = json.loads((test_data / "mappings" / "suspects.json").read_text())
    options = ImportOptions()
    options.extra["mapping"] = mapping
    ws.import_file(path, fmt="csv", options=options)
    mapping["record"]["handling"] = "H3"
    report = ws.import_file(path, fmt="csv", options=options)
    assert report.counts["records"].merged == 4
    assert {tuple(r["handling"]) for r in report.markings_raised} == {("H1", "H3")}
    assert len(_raised_audits(ws)) == 4


def test_cli_names_the_raised_marking(samples, tmp_path):
    from .test_cli import run

    pp = tmp_path / "pp.txt"
    pp.write_text("cli versions passphrase")
    ws = ["--workspace", str(tmp_path / "cli-ws"), "--passphrase-file", str(pp)]
    assert run(*ws, "init", "--agency", "Europol desk", "--country", "NL",
               "--no-keyring").returncode == 0
    first = _misp_copy(samples, tmp_path, "event.json")
    assert run(*ws, "import", first).returncode == 0
    update = _misp_copy(samples, tmp_path, "event-update.json", tlp="tlp:red",
                        timestamp=str(int(_event(first)["timestamp"]) + 60))
    done = run(*ws, "import", update)
    assert done.returncode == 0, done.stderr
    assert "  records           0 new          1 merged          0 unchanged" in done.stdout
    assert "marking raised: " in done.stdout and "(version 2): TLP CLEAR → RED" in done.stdout
