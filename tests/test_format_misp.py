"""The MISP event reader on public sample files and on hostile events."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from liaison.formats import base
from liaison.formats.base import ImportOptions
from liaison.formats.cti import UNKNOWN_AGENCY
from liaison.formats.misp import reader as misp
from liaison.model.errors import FormatError, OperationCancelled
from liaison.model.limits import MAX_TEXT_CHARS
from liaison.model.progress import Progress
from liaison.model.records import Entity, Event, Issue, Link, Record, stable_id

from .format_fuzz import assert_wrong_types_refused_or_tolerated

EVENT_UUID = "5a3c2fcd-8328-42bb-a95e-4f4402de0b81"


def read(path: Path, **options: Any) -> list[Any]:
    return list(misp.read(path, ImportOptions(**options), Progress()))


def of(items: list[Any], kind: type) -> list[Any]:
    return [i for i in items if isinstance(i, kind)]


def write_event(tmp_path: Path, event: dict[str, Any], wrap: bool = True,
                name: str = "event.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"Event": event} if wrap else event), encoding="utf-8")
    return path


def attr(kind: str, value: str, n: int, **more: Any) -> dict[str, Any]:
    return {"type": kind, "value": value, "uuid": f"00000000-0000-4000-8000-{n:012d}",
            "category": "Other", **more}


def tags(*names: str) -> list[dict[str, str]]:
    return [{"name": n} for n in names]


# --- the public samples -------------------------------------------------------------------


def test_existing_event_record(samples: Path) -> None:
    items = read(samples / "misp" / "existing_event.json")
    [record] = of(items, Record)
    assert record.title == "OSINT - Sednit update: How Fancy Bear Spent the Year"
    assert (record.agency, record.country) == ("CIRCL", "")  # from Orgc
    assert record.id == stable_id("CIRCL", "misp", EVENT_UUID)
    assert record.reference == EVENT_UUID
    assert record.tlp == "CLEAR"  # tlp:white
    assert (record.reported.value, record.reported.precision) == ("2017-12-21", "day")
    assert (record.reliability, record.assessment) == (None, None)
    assert record.version == 1
    assert record.extra["distribution"] == {"level": 3, "name": "All communities"}
    assert len(record.extra["galaxies"]) == 14
    assert 'misp-galaxy:threat-actor="Sofacy"' in record.extra["galaxies"]
    assert record.extra["tags"][0] == 'workflow:state="incomplete"'
    assert record.extra["threat_level"] == "Low"
    assert len(record.extra["related_events"]) == 20
    assert record.extra["links"] == [
        "https://www.welivesecurity.com/2017/12/21/sednit-update-fancy-bear-spent-year/"]
    assert record.narrative.startswith(record.title + "\n\nThe Sednit group")
    assert "\r\n" in record.narrative  # kept as written
    issues = of(items, Issue)
    assert [i.message for i in issues] == [
        "No country given for 'CIRCL'; identifiers such as phone numbers are normalised "
        "without a default country."]


def test_existing_event_entities_and_links(samples: Path) -> None:
    items = read(samples / "misp" / "existing_event.json")
    everything = of(items, Entity)
    # 14 galaxy clusters (issue 17), as tags and Galaxy objects: entities of their own.
    clusters = [e for e in everything if e.first("mispType") == "galaxy-cluster"]
    assert len(clusters) == 14
    sofacy = next(e for e in clusters if e.caption == "Sofacy")
    assert "Fancy Bear" in [v.raw for v in sofacy.properties["alias"]]
    assert sofacy.first("keywords") == "threat-actor"
    entities = [e for e in everything if e not in clusters]
    # 7 domain attributes + 37 file objects + 12 domain-ip objects; the link and the
    # text attribute went to the record.
    assert len(entities) == 56 and {e.schema for e in entities} == {"Thing"}
    assert Counter(e.first("keywords") for e in entities) == {
        None: 7, "file": 37, "domain-ip": 12}
    domain = next(e for e in entities if e.first("website") == "movieultimate.com")
    assert domain.id == stable_id("CIRCL", "misp", "5a3c3045-ab0c-4d38-8efe-459002de0b81")
    assert domain.first("notes") == "Xagent Samples"
    # What MISP says about the attribute besides its value (issue 17).
    assert (domain.first("mispCategory"), domain.first("toIds")) == ("Network activity",
                                                                      "true")
    assert domain.first("modifiedAt").endswith("Z")
    bulletin = next(e for e in entities if e.first("fileName") == "Bulletin.doc")
    assert bulletin.first("sha1") == "68064fc152e23d56e541714af52651cb4ba81aaf"
    assert bulletin.first("state") == "Malicious"
    assert bulletin.first("notes") == "Win32/Sednit.AX"
    pair = next(e for e in entities if e.first("ipAddress") == "87.236.211.182")
    assert pair.first("website") == "servicecdp.com"
    links = of(items, Link)
    assert len(links) == 20
    assert {ln.properties["relationship"][0] for ln in links} == {"communicates-with"}
    ids = {e.id for e in entities}
    assert all(ln.source_id in ids and ln.target_id in ids for ln in links)
    first = next(ln for ln in links
                 if ln.id == stable_id("CIRCL", "misp", "5a3cdba2-2fdc-4f9a-a4eb-4dae950d210f"))
    assert first.target_id == domain.id
    assert first.source_id == stable_id("CIRCL", "misp", "5a3cda96-85c4-45a1-82ea-c5ed950d210f")
    record_id = of(items, Record)[0].id
    assert all(x.record_ids == [record_id] for x in (*entities, *links))


def test_minimal_event_without_uuids(samples: Path) -> None:
    path = samples / "misp" / "event_obj_attr_tag.json"
    items = read(path)
    [record] = of(items, Record)
    assert record.agency == UNKNOWN_AGENCY
    assert record.title == "MISP event in event_obj_attr_tag.json"
    file_obj, url_obj = of(items, Entity)
    assert (file_obj.schema, file_obj.first("fileName")) == ("Thing", "bar")
    assert [v.raw for v in file_obj.properties["keywords"]] == ["blah", "file"]
    assert url_obj.first("url") == "https://www.circl.lu"
    # 'a' and 'b' are not UUIDs: ids are keyed by file content and position instead.
    assert file_obj.id != stable_id(UNKNOWN_AGENCY, "misp", "a")
    assert record.reference.startswith("sha256:")
    assert file_obj.id == stable_id(UNKNOWN_AGENCY, "misp", record.reference, "Object[0]")
    [link] = of(items, Link)
    assert (link.source_id, link.target_id) == (file_obj.id, url_obj.id)
    assert link.properties == {"relationship": ["baz"], "description": ["foo"]}
    assert any("names no source agency" in i.message for i in of(items, Issue))


def test_options_override_orgc(samples: Path) -> None:
    items = read(samples / "misp" / "existing_event.json", agency="Europol", country="nl",
                 handling="H2", received="2024-05-01")
    [record] = of(items, Record)
    assert (record.agency, record.country, record.handling) == ("Europol", "NL", "H2")
    assert record.received.value == "2024-05-01"
    assert record.id == stable_id("Europol", "misp", EVENT_UUID)
    assert not of(items, Issue)


def test_reading_twice_gives_the_same_ids(samples: Path) -> None:
    for path in sorted((samples / "misp").glob("*.json")):
        first, second = read(path), read(path)
        assert [getattr(i, "id", None) for i in first] == [getattr(i, "id", None)
                                                           for i in second]


def test_progress_and_cancel(samples: Path) -> None:
    path = samples / "misp" / "existing_event.json"
    seen: list[tuple[int, int | None]] = []
    list(misp.read(path, ImportOptions(), Progress(lambda d, t, _m: seen.append((d, t)))))
    assert seen[-1] == (58, 58)  # 9 attributes + 49 objects
    progress = Progress(lambda done, _t, _m: progress.cancel() if done == 10 else None)
    with pytest.raises(OperationCancelled):
        list(misp.read(path, ImportOptions(), progress))


# --- mapping details ----------------------------------------------------------------------


@pytest.mark.parametrize(("tag_list", "tlp", "reliability", "assessment"), [
    (("tlp:amber+strict", 'admiralty-scale:source-reliability="a"',
      'admiralty-scale:information-credibility="1"'), "AMBER+STRICT", "A", "1"),
    (("tlp:green", 'admiralty-scale:source-reliability="c"',
      'admiralty-scale:information-credibility="3"'), "GREEN", "C", "3"),
    (("TLP:RED", 'admiralty-scale:source-reliability="e"',
      'admiralty-scale:information-credibility="5"'), "RED", "C", "4"),
    (("tlp:clear", 'admiralty-scale:source-reliability="f"',
      'admiralty-scale:information-credibility="6"'), "CLEAR", "X", "4"),
    (("tlp:white", "tlp:amber"), "AMBER", None, None),
    (("tlp:ex:chr",), None, None, None),
])
def test_tags_give_tlp_and_grading(tmp_path: Path, tag_list: tuple[str, ...], tlp: str | None,
                                   reliability: str | None, assessment: str | None) -> None:
    path = write_event(tmp_path, {"info": "Graded", "uuid": EVENT_UUID, "Tag": tags(*tag_list),
                                  "Orgc": {"name": "Politie"}})
    [record] = of(read(path, country="NL"), Record)
    assert (record.tlp, record.reliability, record.assessment) == (tlp, reliability, assessment)
    if reliability:
        assert set(record.extra["admiralty"]) == {"source-reliability",
                                                  "information-credibility"}


def test_attribute_tlp_more_restrictive_raises_the_record(tmp_path: Path) -> None:
    event = {"info": "Mixed", "Tag": tags("tlp:green"), "Orgc": {"name": "X"},
             "Attribute": [attr("ip-dst", "198.51.100.7", 1, Tag=tags("tlp:red", "kill-chain"))]}
    items = read(write_event(tmp_path, event), country="FR")
    [record] = of(items, Record)
    assert record.tlp == "RED"
    assert any("TLP:RED (Attribute[0])" in i.message for i in of(items, Issue))
    [entity] = of(items, Entity)
    assert [v.raw for v in entity.properties["keywords"]] == ["kill-chain"]


def test_attribute_types_become_entities(tmp_path: Path) -> None:
    attributes = [
        attr("ip-src", "198.51.100.7", 1), attr("email-dst", "boss@example.org", 2),
        attr("phone-number", "+33 1 23 45 67 89", 3), attr("iban", "FR7630006000011234567890189",
                                                           4),
        attr("bic", "BNPAFRPP", 5), attr("btc", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", 6),
        attr("passport-number", "12AB34567", 7), attr("full-name", "Jean Dupont", 8),
        attr("first-name", "Marie", 9), attr("domain|ip", "evil.example|203.0.113.9", 10),
        attr("sha256", "ab" * 32, 11), attr("yara", "rule x { condition: true }", 12),
        attr("comment", "Seen twice in Lyon.", 13), attr("ip-dst", "10.0.0.1", 14, deleted=True),
    ]
    event = {"info": "Types", "uuid": EVENT_UUID, "Orgc": {"name": "PJ"},
             "Attribute": attributes}
    items = read(write_event(tmp_path, event), country="FR")
    entities = {e.id: e for e in of(items, Entity)}

    def by_attr(n: int) -> Entity:
        return entities[stable_id("PJ", "misp", attributes[n - 1]["uuid"])]

    assert (by_attr(1).schema, by_attr(1).first("ipAddress")) == ("Thing", "198.51.100.7")
    assert (by_attr(2).schema, by_attr(2).first("email")) == ("UserAccount", "boss@example.org")
    assert by_attr(3).first("phone") == "+33 1 23 45 67 89"
    assert (by_attr(4).schema, by_attr(4).first("iban")) == ("BankAccount",
                                                            "FR7630006000011234567890189")
    assert by_attr(5).first("swiftBic") == "BNPAFRPP"
    assert by_attr(6).schema == "CryptoWallet" and by_attr(6).first("currency") == "BTC"
    assert (by_attr(7).schema, by_attr(7).first("passportNumber")) == ("Passport", "12AB34567")
    assert (by_attr(8).schema, by_attr(8).caption) == ("Person", "Jean Dupont")
    assert (by_attr(9).first("firstName"), by_attr(9).caption) == ("Marie", "Marie")
    assert by_attr(10).first("website") == "evil.example"
    assert by_attr(10).first("ipAddress") == "203.0.113.9"
    assert by_attr(11).first("sha256") == "ab" * 32
    # A type with no mapping is a generic entity of its own, typed (issue 17).
    yara = by_attr(12)
    assert (yara.schema, yara.first("mispType"), yara.first("value")) \
        == ("Thing", "yara", "rule x { condition: true }")
    issues = of(items, Issue)
    assert any(i.skipped and "Deleted" in i.message and "Attribute[13]" in i.where
               for i in issues)
    assert "Seen twice in Lyon." in of(items, Record)[0].narrative
    assert len(entities) == 12


def test_objects_by_name(tmp_path: Path) -> None:
    person = {"name": "person", "uuid": "00000000-0000-4000-8000-0000000000a1", "Attribute": [
        attr("first-name", "Ana", 1, object_relation="first-name"),
        attr("last-name", "Silva", 2, object_relation="last-name"),
        attr("date-of-birth", "1980-02-03", 3, object_relation="date-of-birth"),
        attr("passport-number", "P1234567", 4, object_relation="passport-number")]}
    account = {"name": "bank-account", "uuid": "00000000-0000-4000-8000-0000000000a2",
               "Attribute": [attr("iban", "PT50000201231234567890154", 5, object_relation="iban"),
                             attr("bic", "CGDIPTPL", 6, object_relation="swift")],
               "ObjectReference": [{"uuid": "00000000-0000-4000-8000-0000000000b1",
                                    "object_uuid": "00000000-0000-4000-8000-0000000000a2",
                                    "referenced_uuid": "00000000-0000-4000-8000-0000000000a1",
                                    "relationship_type": "owned-by"},
                                   {"referenced_uuid": "nowhere",
                                    "relationship_type": "related-to"}]}
    gadget = {"name": "drone", "uuid": "00000000-0000-4000-8000-0000000000a3", "Attribute": [
        attr("text", "DJI", 7, object_relation="make"),
        attr("text", "Mavic 3", 8, object_relation="model")]}
    event = {"info": "Objects", "Orgc": {"name": "PJ"}, "Object": [person, account, gadget]}
    items = read(write_event(tmp_path, event), country="PT")
    ana, acct, drone = of(items, Entity)
    assert (ana.schema, ana.caption) == ("Person", "Ana Silva")
    assert ana.first("birthDate") == "1980-02-03" and ana.first("passportNumber") == "P1234567"
    assert (acct.schema, acct.first("iban"), acct.first("swiftBic")) == (
        "BankAccount", "PT50000201231234567890154", "CGDIPTPL")
    assert drone.schema == "Thing"
    assert (drone.first("make"), drone.first("model"), drone.caption) == ("DJI", "Mavic 3", "DJI")
    [link] = of(items, Link)
    # owned-by turns round: the FtM owner is Ana.
    assert (link.schema, link.source_id, link.target_id) == ("Ownership", ana.id, acct.id)
    assert any(i.skipped and "'nowhere'" in i.message for i in of(items, Issue))


def test_response_with_several_events(tmp_path: Path) -> None:
    doc = {"response": [
        {"Event": {"info": "One", "uuid": "00000000-0000-4000-8000-000000000e01",
                   "Orgc": {"name": "Garda"}, "distribution": "4",
                   "SharingGroup": {"name": "Ports"}, "date": "2024-02-30"}},
        {"Event": {"info": "Two", "uuid": "00000000-0000-4000-8000-000000000e02",
                   "Orgc": {"name": "Polisen"}, "distribution": "0"}}]}
    path = tmp_path / "many.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    items = read(path)
    one, two = of(items, Record)
    assert (one.agency, two.agency) == ("Garda", "Polisen")
    assert one.extra["distribution"] == {"level": 4, "name": "Sharing group",
                                         "sharing_group": "Ports"}
    assert two.extra["distribution"]["name"] == "Your organisation only"
    assert one.reported is None
    assert any("2024-02-30" in i.message for i in of(items, Issue))


def test_galaxy_clusters_are_tags_and_entities(tmp_path: Path) -> None:
    event = {"info": "G", "Orgc": {"name": "X"}, "Galaxy": [{"GalaxyCluster": [
        {"type": "threat-actor", "value": "Wolves", "description": "A pack."}]}],
        "Tag": tags('misp-galaxy:threat-actor="Wolves"', 'misp-galaxy:tool="Hammer"')}
    items = read(write_event(tmp_path, event), country="DE")
    assert of(items, Record)[0].extra["galaxies"] == ['misp-galaxy:threat-actor="Wolves"',
                                                      'misp-galaxy:tool="Hammer"']
    clusters = {e.caption: e for e in of(items, Entity)}
    assert set(clusters) == {"Wolves", "Hammer"}
    assert clusters["Wolves"].first("notes") == "A pack."
    assert clusters["Hammer"].first("keywords") == "tool"


# --- hostile input ------------------------------------------------------------------------


@pytest.mark.parametrize(("doc", "message"), [
    ([{"Event": {"info": "x"}}], "top level is an array"),
    ({"hello": "world"}, "not a MISP event"),
    ({"response": {"Event": {}}}, "'response' is an object"),
    ({"response": [{"Event": {"info": "ok"}}, "junk"]}, r"response\[1\] is a string"),
    ({"Event": {"info": "x", "Attribute": {"type": "ip-dst"}}}, "Attribute is an object"),
    ({"Event": {"info": "x", "Attribute": [attr("ip-dst", "1.2.3.4", 1), 7]}},
     r"Event\[0\]/Attribute\[1\] is a number"),
    ({"Event": {"info": "x", "Object": [{"name": "file", "Attribute": [None]}]}},
     r"Object\[0\]/Attribute\[0\] is null"),
])
def test_wrong_shapes_are_refused(tmp_path: Path, doc: Any, message: str) -> None:
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        read(path)


def test_truncated_event(samples: Path, tmp_path: Path) -> None:
    data = (samples / "misp" / "existing_event.json").read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(data[:100_000])
    with pytest.raises(FormatError, match=r"cut\.json: not valid JSON at line \d+, column \d+.*"
                       "truncated"):
        read(path)


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.json"
    path.write_bytes(b'{"Event": {"info": "Caf\xe9 owner"}}')
    with pytest.raises(FormatError, match=r"cp1252\.json: not UTF-8.*line 1"):
        read(path)


def test_deep_nesting(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"Event": {"info": ' + "[" * 50_000 + "]" * 50_000 + "}}",
                    encoding="utf-8")
    with pytest.raises(FormatError, match="nested too deeply"):
        read(path)


def test_size_limit(samples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "MAX_JSON_DOCUMENT_BYTES", 100_000)
    with pytest.raises(FormatError, match=r"existing_event\.json: 146,400 bytes is larger"):
        read(samples / "misp" / "existing_event.json")


def test_huge_value_and_odd_values(tmp_path: Path) -> None:
    event = {"info": {"not": "text"}, "Orgc": {"name": "X"}, "Attribute": [
        attr("domain", "x" * 2_000_000, 1), attr("ip-dst", None, 2),
        {"type": "url", "value": ["a", "b"], "uuid": "00000000-0000-4000-8000-000000000003"}]}
    items = read(write_event(tmp_path, event), country="BE")
    [record] = of(items, Record)
    assert record.title == "MISP event in event.json"
    [entity] = of(items, Entity)
    assert len(entity.first("website")) == MAX_TEXT_CHARS
    messages = [i.message for i in of(items, Issue)]
    assert any("2,000,000 characters" in m for m in messages)
    assert sum("has no value" in m for m in messages) == 2


def test_any_value_of_the_wrong_type_is_refused_or_tolerated(samples: Path,
                                                            tmp_path: Path) -> None:
    original = (samples / "misp" / "event_obj_attr_tag.json").read_text("utf-8")
    assert_wrong_types_refused_or_tolerated(original, tmp_path / "mutant.json", read,
                                            (7, None, "x", [], {"a": [1]}, ["tlp:red"]))


def test_galaxies_sightings_and_proposals_of_the_wrong_shape_are_tolerated(tmp_path: Path) -> None:
    event = {"info": "W", "Orgc": {"name": "X"},
             "Galaxy": [{"GalaxyCluster": [{"type": "tool", "value": "Saw",
                                            "meta": {"synonyms": "Blade", "refs": [{"a": 1}],
                                                     "country": None}}]}, "junk"],
             "Sighting": ["junk", {"type": 7, "date_sighting": "not a time",
                                   "Organisation": "CIRCL"}],
             "ShadowAttribute": [{"Org": "nobody", "value": {"deep": [1]}}],
             "Attribute": [attr("ip-dst", "198.51.100.7", 1, Sighting={"not": "a list"})]}
    items = read(write_event(tmp_path, event), country="DE")
    saw = next(e for e in of(items, Entity) if e.caption == "Saw")
    assert [v.raw for v in saw.properties["alias"]] == ["Blade"]
    [sighting] = of(items, Event)
    assert sighting.start is None and sighting.name.startswith("Sighting of ")
    assert any("proposal by another org" in i.message for i in of(items, Issue))
