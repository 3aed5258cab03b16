"""Nothing a partner sends is dropped without a trace (issue 17, item 2), on real public
files in real workspaces: every STIX object a typed or generic entity, link or event,
every relationship kept; MISP galaxy clusters, sightings and proposals kept; attribute
category, to_ids and times kept; FtM documents as records; every object verbatim beside
what it became, erased with its record; the report counts what went where.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from liaison.analysis.partners import Agreement
from liaison.formats.base import ImportOptions
from liaison.store.source_objects import originals
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

OASIS = ImportOptions(agency="OASIS", country="US")


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


def _count(ws, sql: str, params: tuple = ()) -> int:
    return ws.conn.execute(sql, params).fetchone()[0]


def test_poison_ivy_report_keeps_every_object_and_relationship(ws, samples):
    """The OASIS Poison Ivy example: 64 objects of 8 types, 90 relationships, 58 of which
    touch a campaign, attack pattern, course of action or vulnerability."""
    path = samples / "stix21" / "poisonivy.json"
    bundle = json.loads(path.read_text(encoding="utf-8"))["objects"]
    report = ws.import_file(path, options=OASIS)
    assert report.skipped_total == 0
    assert report.counts["links"].imported == 90
    assert report.kept["stix relationship"] == {"link UnknownLink": 90}
    for kind, n in (("campaign", 3), ("attack-pattern", 3), ("course-of-action", 1),
                    ("vulnerability", 6)):
        assert report.kept[f"stix {kind}"] == {"entity Thing (generic)": n}
    assert report.kept["stix malware"] == {"entity Thing": 25}
    # Every object is kept verbatim, the relationships by link.
    assert report.originals_kept == len(bundle)
    by_type = Counter(o["type"] for o in bundle)
    assert _count(ws, "SELECT count(*) FROM source_objects WHERE item_kind = 'link'") \
        == by_type["relationship"]
    # The relationship types stay on the links, ends included.
    relations = Counter(json.loads(p)["relationship"][0]
                        for (p,) in ws.conn.execute("SELECT props FROM links"))
    assert relations == Counter(o["relationship_type"] for o in bundle
                                if o["type"] == "relationship")
    vulnerability = next(o for o in bundle if o["type"] == "vulnerability")
    eid, entity_id = ws.conn.execute(
        "SELECT eid, id FROM entities WHERE source_ref = ?", (vulnerability["id"],)).fetchone()
    values = dict(ws.conn.execute("SELECT prop, raw FROM entity_values WHERE eid = ?", (eid,)))
    assert (values["stixType"], values["name"]) == ("vulnerability", vulnerability["name"])
    assert originals(ws.conn, "entity", entity_id) == [vulnerability]
    assert _count(ws, "SELECT count(*) FROM links WHERE target_id = ? OR source_id = ?",
                  (entity_id, entity_id)) >= 1
    # The same file again adds nothing, verbatim copies included.
    stored = _count(ws, "SELECT count(*) FROM source_objects")
    again = ws.import_file(path, options=OASIS)
    assert again.counts["links"].imported == 0
    assert _count(ws, "SELECT count(*) FROM source_objects") == stored
    entry = [e for e in ws.audit_entries() if e.action == "import"][-1]
    assert entry.details["kept"]["stix vulnerability"] == {"entity Thing (generic)": 6}


def test_infrastructure_example_is_kept_with_its_relationships(ws, samples):
    report = ws.import_file(samples / "stix21" / "infrastructure.json", options=OASIS)
    assert report.skipped_total == 0
    assert report.kept["stix infrastructure"] == {"entity Thing (generic)": 2}
    assert report.counts["links"].imported == 4
    kinds = {r[0] for r in ws.conn.execute("SELECT raw FROM entity_values "
                                           "WHERE prop = 'infrastructure_types'")}
    assert kinds == {"command-and-control", "hosting-target-lists"}


def test_erasing_a_record_erases_the_objects_kept_with_it(ws, samples):
    ws.import_file(samples / "stix21" / "infrastructure.json", options=OASIS)
    [(record_id, rid)] = ws.conn.execute("SELECT id, rid FROM records").fetchall()
    assert _count(ws, "SELECT count(*) FROM source_objects WHERE rid = ?", (rid,)) == 10
    kept = ws.record_originals(record_id)
    assert Counter(o["source_type"] for o in kept)["stix relationship"] == 4
    assert [e.details for e in ws.audit_entries() if e.action == "record.originals"] \
        == [{"rid": rid, "objects": 10}]
    ws.erase(record_id, "retention period over")
    assert _count(ws, "SELECT count(*) FROM source_objects") == 0


def test_misp_proposals_are_flagged_counted_and_kept_not_applied(ws, samples):
    report = ws.import_file(samples / "misp" / "shadow.json")
    proposals = [i for i in report.flagged if "proposal by CIRCL" in i.message]
    assert len(proposals) == 2
    assert report.kept["misp ShadowAttribute"] == {"flagged (proposal)": 2}
    assert _count(ws, "SELECT count(*) FROM source_objects WHERE item_kind = 'flagged'") == 2
    # Proposed values are not applied: the file names keep the originator's values only.
    names = {r[0] for r in ws.conn.execute("SELECT raw FROM entity_values "
                                           "WHERE prop = 'fileName'")}
    assert names == {"blah.exe", "baz.png"}
    facts = Counter((p, r) for p, r in ws.conn.execute(
        "SELECT prop, raw FROM entity_values WHERE prop IN ('mispCategory', 'toIds')"))
    assert facts[("mispCategory", "Artifacts dropped")] == 1
    # The lone attribute is not for detection; the file object holds one that is, and
    # one that is not.
    assert facts[("toIds", "false")] == 2 and facts[("toIds", "true")] == 1


def test_misp_sightings_become_events_and_galaxies_entities(ws, samples, tmp_path):
    doc = json.loads((samples / "misp" / "existing_event.json").read_text(encoding="utf-8"))
    event = doc.get("Event", doc)
    domain = next(a for a in event["Attribute"] if a["type"] == "domain")
    # A sighting and a false positive, as MISP exports them on the attribute.
    domain["Sighting"] = [
        {"date_sighting": "1523377670", "type": "0", "source": "sensor 4",
         "uuid": "5acce606-dfd0-4b77-8f37-0142ac110002", "Organisation": {"name": "CIRCL"}},
        {"date_sighting": "1523377700", "type": "1",
         "uuid": "5acce606-dfd0-4b77-8f37-0142ac110003", "Organisation": {"name": "CERT-EU"}}]
    path = tmp_path / "sighted.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    report = ws.import_file(path, options=ImportOptions(agency="CIRCL", country="LU"))
    assert report.kept["misp Sighting"] == {"event": 2}
    assert report.kept["misp GalaxyCluster"] == {"entity Thing (generic)": 14}
    rows = ws.conn.execute("SELECT name, start FROM events ORDER BY start").fetchall()
    assert rows == [(f"Sighting of {domain['value']}", "2018-04-10T16:27:50"),
                    (f"False positive of {domain['value']}", "2018-04-10T16:28:20")]
    involved = {r[0] for r in ws.conn.execute("SELECT entity_id FROM event_entities")}
    assert len(involved) == 1


def test_ftm_documents_become_records(ws, samples):
    report = ws.import_file(samples / "ftm" / "documents.ijson",
                            options=ImportOptions(agency="Policja", country="PL"))
    assert report.skipped_total == 0
    rows = {r[0]: r[1:] for r in ws.conn.execute(
        "SELECT json_extract(extra, '$.ftm_schema'), title, narrative, reported FROM records "
        "WHERE json_extract(extra, '$.ftm_schema') IS NOT NULL")}
    assert set(rows) == {"Document", "Page", "Table", "Email", "Note"}
    assert rows["Document"] == ("Harbour inspection report",
                                "Container MSKU 123 was opened on the quay; 40 kg found.",
                                "2024-03-05")
    assert rows["Email"][:2] == ("Pickup at gate 4", "The truck comes at six.")
    assert rows["Note"][1] == "Seen at the gate twice."
    # The person the e-mail is from and the note is about belongs to both records.
    n = _count(ws, "SELECT count(*) FROM entity_records er JOIN entities e ON e.eid = er.eid "
                   "WHERE e.source_ref = 'person-1'")
    assert n == 3  # the file's record, the e-mail, the note


# --- round trips (issue 17, item 3) --------------------------------------------------------


def test_stix_export_of_a_partners_report_reimports_with_nothing_skipped(ws, samples,
                                                                          tmp_path):
    """Poison Ivy in, shared as STIX (the partner's defaults give it a handling code, or
    nothing could go), read by another Liaison: nothing skipped, every relationship with
    its type and its producer's timestamps."""
    path = samples / "stix21" / "poisonivy.json"
    bundle = json.loads(path.read_text(encoding="utf-8"))["objects"]
    ws.partner_add("OASIS", "US", Agreement("GREEN", ("H0", "H1"), third_party=True))
    ws.partner_defaults("OASIS", handling="H1", tlp="GREEN", grading="B2")
    ws.partner_add("BKA", "DE", Agreement("AMBER", ("H0", "H1"), third_party=True))
    ws.import_file(path, options=OASIS)
    ids = [r[0] for r in ws.conn.execute("SELECT id FROM records ORDER BY id")]
    plan = ws.prepare_share(ids, "BKA", "identifiers")
    result = ws.export_share(plan, tmp_path / "out", ["stix"], stem="share")
    exported = json.loads(result.files[0].read_text(encoding="utf-8"))["objects"]
    relations = [o for o in exported if o["type"] == "relationship"]
    original = {o["id"]: o for o in bundle if o["type"] == "relationship"}
    assert Counter(o["relationship_type"] for o in relations) \
        == Counter(o["relationship_type"] for o in original.values())
    assert {(o["created"], o["modified"]) for o in relations} \
        == {(o["created"], o["modified"]) for o in original.values()}
    report_in = next(o for o in bundle if o["type"] == "report")
    assert report_in["created"] in {o["created"] for o in exported if o["type"] == "report"}

    other = Workspace.create(tmp_path / "bka", "Bundeskriminalamt", "DE", use_keyring=False,
                             passphrase=PASSPHRASE)
    try:
        back = other.import_file(result.files[0], options=ImportOptions(agency="Europol desk",
                                                                        country="NL"))
        assert back.skipped_total == 0
        assert back.counts["links"].imported == 90
        # Every entity, and the identity of the agency that exported them.
        assert back.counts["entities"].imported == 64 + 1
        assert "stix x-liaison-entity" in back.kept  # restored, not generic
        assert all("(generic)" not in t for t in back.kept["stix x-liaison-entity"])
        schemas = Counter(r[0] for r in other.conn.execute("SELECT schema FROM entities"))
        assert schemas == Counter(r[0] for r in ws.conn.execute("SELECT schema FROM entities")) \
            + Counter({"Organization": 1})
        rows = other.conn.execute("SELECT DISTINCT handling, tlp, reliability, assessment "
                                  "FROM records").fetchall()
        assert rows == [("H1", "GREEN", "B", "2")]
        types = Counter(json.loads(p)["relationship"][0]
                        for (p,) in other.conn.execute("SELECT props FROM links"))
        assert types == Counter(o["relationship_type"] for o in original.values())
    finally:
        other.close()


@pytest.mark.slow  # redacts 184 entities: about 4 s
def test_references_in_an_ftm_export_name_entities_of_the_same_export(ws, samples, tmp_path):
    """The donations fixture's addressEntity references: shared as FtM, each names an
    entity of the export, never a store id of ours (issue 17, round trips)."""
    ws.partner_add("OpenSanctions", "DE", Agreement("GREEN", ("H0", "H1"), third_party=True))
    ws.partner_defaults("OpenSanctions", handling="H0", tlp="CLEAR")
    ws.partner_add("BKA", "DE", Agreement("AMBER", ("H0", "H1"), third_party=True))
    ws.import_file(samples / "ftm" / "donations.ijson",
                   options=ImportOptions(agency="OpenSanctions", country="DE"))
    stored = {r[0] for r in ws.conn.execute("SELECT id FROM entities")}
    ids = [r[0] for r in ws.conn.execute("SELECT id FROM records")]
    plan = ws.prepare_share(ids, "BKA", "identifiers")
    result = ws.export_share(plan, tmp_path / "out", ["ftm"], stem="share")
    lines = [json.loads(line) for line in result.files[0].read_text().splitlines()]
    exported = {line["id"] for line in lines}
    refs = [v for line in lines for v in line["properties"].get("addressEntity", [])]
    assert len(refs) > 50
    assert set(refs) <= exported and not set(refs) & stored
