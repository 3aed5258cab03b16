"""The STIX 2.1 reader on public sample files and on hostile bundles."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from liaison.formats import base
from liaison.formats.base import ImportOptions
from liaison.formats.cti import MAX_VALUE_CHARS, UNKNOWN_AGENCY
from liaison.formats.stix import reader as stix
from liaison.formats.stix.objects import extract_observables
from liaison.model.errors import FormatError, OperationCancelled
from liaison.model.progress import Progress
from liaison.model.records import (
    Entity,
    Event,
    Issue,
    Link,
    PropertyValue,
    Record,
    SourceObject,
    stable_id,
)
from liaison.workspace import Workspace

from .format_fuzz import assert_wrong_types_refused_or_tolerated

DEEP_PANDA = "intrusion-set--a653431d-6a5e-4600-8ad3-609b5af57064"
SAKULA = "malware--96b08451-b27a-4ff6-893f-790e26393a8e"
MITRE_TERMS = "marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168"
TLP1_AMBER = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"
TLP2_AMBER_STRICT = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
TLP2_RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"


def read(path: Path, **options: Any) -> list[Any]:
    return list(stix.read(path, ImportOptions(**options), Progress()))


def of(items: list[Any], kind: type) -> list[Any]:
    return [i for i in items if isinstance(i, kind)]


def write_bundle(tmp_path: Path, objects: list[Any], name: str = "bundle.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"type": "bundle", "id": "bundle--1d2f4c0e-0000-4000-8000-"
                                "000000000001", "objects": objects}), encoding="utf-8")
    return path


def sdo(kind: str, n: int, **props: Any) -> dict[str, Any]:
    return {"type": kind, "spec_version": "2.1", "id": f"{kind}--00000000-0000-4000-8000-"
            f"{n:012d}", "created": "2024-03-05T14:30:12.000Z",
            "modified": "2024-03-05T14:30:12.000Z", **props}


# --- the public samples -------------------------------------------------------------------


def test_misp_stix_event_yields_two_records_and_their_contents(samples: Path) -> None:
    items = read(samples / "stix21" / "misp-stix_test_event1.json")
    records = of(items, Record)
    assert [r.title for r in records] == [
        "MISP-STIX-Converter test event with AS attribute",
        "MISP-STIX-Converter test event with domain attribute"]
    assert {r.agency for r in records} == {"MISP-Project"}  # the producer identity
    # The file carries no marking at all, so no TLP is invented.
    assert {r.tlp for r in records} == {None}
    assert records[0].reported.value == "2020-10-25T16:22:00"
    assert records[0].reported.precision == "second"
    assert records[0].extra["context"] == "suspicious-activity"
    entities = of(items, Entity)
    assert Counter(e.schema for e in entities) == {"Organization": 1, "Thing": 3}
    assert len(of(items, Event)) == 2 and len(of(items, Link)) == 1
    assert not [i for i in of(items, Issue) if i.skipped]
    by_name = {e.caption: e for e in entities}
    as_group, domain_group = (r.id for r in records)
    assert by_name["MISP-Project"].record_ids == [as_group, domain_group]
    assert by_name["AS174"].record_ids == [as_group]
    assert by_name["AS174"].first("asNumber") == "174"
    domain = next(e for e in entities if e.first("website") and not e.first("pattern"))
    indicator = next(e for e in entities if e.first("pattern"))
    assert domain.record_ids == indicator.record_ids == [domain_group]
    assert indicator.first("pattern") == "[domain-name:value = 'circl.lu']"
    assert indicator.first("website") == "circl.lu"
    assert indicator.first("notes") == "Domain test attribute"
    # indicator based-on observed-data: the link joins the indicator to the observed domain.
    link = of(items, Link)[0]
    assert (link.source_id, link.target_id) == (indicator.id, domain.id)
    assert link.properties["relationship"] == ["based-on"]
    observed = {e.name: e for e in of(items, Event)}
    assert observed["Observed: circl.lu"].involved == [(domain.id, "observed")]
    assert observed["Observed: circl.lu"].properties["count"] == ["1"]
    assert observed["Observed: circl.lu"].start.value == "2020-10-25T16:22:00"


def test_records_come_before_everything_that_names_them(samples: Path) -> None:
    items = read(samples / "stix21" / "misp-stix_test_event1.json")
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Record):
            seen.add(item.id)
        elif not isinstance(item, Issue):
            assert set(item.record_ids) <= seen


def test_default_tlp_applies_only_when_the_file_has_none(samples: Path) -> None:
    items = read(samples / "stix21" / "misp-stix_test_event1.json", tlp="amber")
    assert {r.tlp for r in of(items, Record)} == {"AMBER"}


def test_deep_panda_is_an_organisation_with_aliases(samples: Path) -> None:
    items = read(samples / "stix21" / "intrusion-set_deep-panda.json",
                 agency="MITRE", country="US")
    [record] = of(items, Record)
    [panda] = of(items, Entity)
    assert record.agency == "MITRE" and record.country == "US"
    assert record.title == "STIX bundle bundle--7790ee4c-2d57-419a-bc9d-8805b5bb4118"
    assert panda.id == stable_id("MITRE", "stix", DEEP_PANDA)
    assert panda.schema == "Organization" and panda.caption == "Deep Panda"
    assert len(panda.properties["alias"]) == 6
    assert "Black Vine" in [v.raw for v in panda.properties["alias"]]
    assert panda.first("notes").startswith("Deep Panda is a suspected Chinese threat group")
    assert "https://attack.mitre.org/wiki/Group/G0009" in [
        v.raw for v in panda.properties["sourceUrl"]]
    assert panda.record_ids == [record.id]
    # The ATT&CK terms-of-use marking is not in the file and is not a TLP.
    assert record.tlp is None
    assert record.extra["markings"] == [{"id": MITRE_TERMS}]
    [flag] = of(items, Issue)
    assert MITRE_TERMS in flag.message and not flag.skipped


def test_sakula_is_a_thing_marked_malware(samples: Path) -> None:
    items = read(samples / "stix21" / "malware_sakula.json", agency="MITRE", country="US")
    [sakula] = of(items, Entity)
    assert sakula.schema == "Thing" and sakula.caption == "Sakula"
    assert sakula.first("keywords") == "malware"
    assert sakula.id == stable_id("MITRE", "stix", SAKULA)


def test_relationship_joins_the_entities_of_the_other_files(samples: Path) -> None:
    folder = samples / "stix21"
    panda = of(read(folder / "intrusion-set_deep-panda.json", agency="MITRE"), Entity)[0]
    sakula = of(read(folder / "malware_sakula.json", agency="MITRE"), Entity)[0]
    items = read(folder / "relationship_deep-panda-uses-sakula.json", agency="MITRE")
    [link] = of(items, Link)
    assert link.source_id == stable_id("MITRE", "stix", DEEP_PANDA) == panda.id
    assert link.target_id == stable_id("MITRE", "stix", SAKULA) == sakula.id
    assert link.schema == "UnknownLink" and link.properties["relationship"] == ["uses"]
    assert link.id == stable_id("MITRE", "stix",
                                "relationship--70dc6b5c-c524-429e-a6ab-0dd40f0482c1")
    [record] = of(items, Record)
    assert link.record_ids == [record.id]
    outside = [i.message for i in of(items, Issue) if "not in this file" in i.message]
    assert len(outside) == 2


def test_without_a_source_the_agency_is_unknown_and_flagged(samples: Path) -> None:
    items = read(samples / "stix21" / "malware_sakula.json")
    [record] = of(items, Record)
    assert (record.agency, record.country) == (UNKNOWN_AGENCY, "")
    assert any("names no source agency" in i.message for i in of(items, Issue))


def test_options_override_the_producer_identity(samples: Path) -> None:
    items = read(samples / "stix21" / "misp-stix_test_event1.json", agency="BKA",
                 country="de", handling="H1")
    assert {(r.agency, r.country, r.handling) for r in of(items, Record)} == {
        ("BKA", "DE", "H1")}
    assert all(e.id.startswith(tuple("0123456789abcdef")) for e in of(items, Entity))
    identity = "identity--a0c22599-9e58-4da4-96ac-7051603fa951"
    assert stable_id("BKA", "stix", identity) in {e.id for e in of(items, Entity)}


def test_reading_twice_gives_the_same_ids(samples: Path) -> None:
    for path in sorted((samples / "stix21").glob("*.json")):
        first, second = read(path), read(path)
        assert [getattr(i, "id", None) for i in first] == [getattr(i, "id", None)
                                                           for i in second]


def test_progress_counts_objects_and_cancel_stops_the_read(samples: Path) -> None:
    path = samples / "stix21" / "misp-stix_test_event1.json"
    seen: list[tuple[int, int | None]] = []
    list(stix.read(path, ImportOptions(), Progress(lambda d, t, _m: seen.append((d, t)))))
    assert seen[-1] == (9, 9)
    progress = Progress(lambda done, _t, _m: progress.cancel() if done == 3 else None)
    with pytest.raises(OperationCancelled):
        list(stix.read(path, ImportOptions(), progress))


# --- mapping details on built bundles -----------------------------------------------------


def test_report_published_and_orphans_in_a_bundle_record(tmp_path: Path) -> None:
    actor = sdo("threat-actor", 1, name="Grey Wolves", aliases=["GW"],
                threat_actor_types=["crime-syndicate"], description="Smuggling ring.")
    person = sdo("identity", 2, name="Ivan Petrov", identity_class="individual")
    loose = sdo("malware", 3, name="Loose", is_family=False)
    report = sdo("report", 4, name="Operation Kite", description="Full text.",
                 published="2024-03-05T16:30:12.5+02:00", object_refs=[actor["id"], person["id"]])
    items = read(write_bundle(tmp_path, [actor, person, loose, report]), agency="NCA",
                 country="GB")
    kite, bundle = of(items, Record)
    assert (kite.title, kite.narrative) == ("Operation Kite", "Full text.")
    assert kite.reported.value == "2024-03-05T14:30:12"  # +02:00 brought to UTC
    assert kite.id == stable_id("NCA", "stix", report["id"])
    assert bundle.title == "STIX bundle bundle--1d2f4c0e-0000-4000-8000-000000000001"
    entities = {e.caption: e for e in of(items, Entity)}
    assert entities["Grey Wolves"].schema == "Organization"
    assert entities["Grey Wolves"].first("keywords") == "crime-syndicate"
    assert entities["Grey Wolves"].first("notes") == "Smuggling ring."
    assert entities["Ivan Petrov"].schema == "Person"
    assert entities["Ivan Petrov"].record_ids == [kite.id]
    assert entities["Loose"].record_ids == [bundle.id]


def test_types_without_a_mapping_become_generic_entities(tmp_path: Path) -> None:
    """Issue 17: nothing dropped. An SDO or SCO Liaison has no type for, a custom one too,
    is a Thing naming its STIX type, its properties kept, the object itself verbatim."""
    pattern = sdo("attack-pattern", 1, name="Phishing",
                  kill_chain_phases=[{"kill_chain_name": "mitre-attack",
                                      "phase_name": "initial-access"}])
    custom = {"type": "x-acme-widget", "id": "x-acme-widget--1", "spec_version": "2.1",
              "x-colour": "blue"}
    actor = sdo("intrusion-set", 2, name="Kept")
    items = read(write_bundle(tmp_path, [pattern, custom, actor]), agency="A")
    assert not [i for i in of(items, Issue) if i.skipped]
    entities = {e.caption: e for e in of(items, Entity)}
    assert set(entities) == {"Phishing", "x-acme-widget x-acme-widget--1", "Kept"}
    phishing = entities["Phishing"]
    assert (phishing.schema, phishing.first("stixType")) == ("Thing", "attack-pattern")
    assert phishing.first("kill_chain_phases") == (
        '{"kill_chain_name": "mitre-attack", "phase_name": "initial-access"}')
    assert phishing.first("created") == "2024-03-05T14:30:12.000Z"
    assert entities["x-acme-widget x-acme-widget--1"].first("x_colour") == "blue"
    originals = {o.source_id: o for o in of(items, SourceObject)}
    assert originals[pattern["id"]].data == pattern
    assert (originals[pattern["id"]].target, originals[pattern["id"]].generic) \
        == ("entity Thing", True)
    assert originals[actor["id"]].generic is False


def test_markings_most_restrictive_tlp_and_non_standard_kept(tmp_path: Path) -> None:
    red_20 = {"type": "marking-definition", "id": "marking-definition--00000000-0000-4000-"
              "8000-0000000000aa", "definition_type": "tlp", "definition": {"tlp": "red"}}
    statement = {"type": "marking-definition", "id": "marking-definition--00000000-0000-4000-"
                 "8000-0000000000bb", "definition_type": "statement",
                 "definition": {"statement": "Copyright 2024 Acme. Do not resell."}}
    unknown = "marking-definition--00000000-0000-4000-8000-0000000000cc"
    one = sdo("intrusion-set", 1, name="One", object_marking_refs=[TLP1_AMBER, statement["id"]])
    two = sdo("intrusion-set", 2, name="Two", object_marking_refs=[unknown],
              granular_markings=[{"marking_ref": red_20["id"], "selectors": ["name"]}])
    report = sdo("report", 3, name="R", published="2024-01-01T00:00:00Z",
                 object_refs=[one["id"], two["id"]], object_marking_refs=[TLP1_AMBER])
    items = read(write_bundle(tmp_path, [red_20, statement, one, two, report]), agency="A")
    [record] = of(items, Record)
    assert record.tlp == "RED"
    kept = {m["id"]: m for m in record.extra["markings"]}
    assert kept[statement["id"]]["statement"] == "Copyright 2024 Acme. Do not resell."
    assert kept[unknown] == {"id": unknown}
    flagged = [i for i in of(items, Issue) if "Marking" in i.message]
    assert len(flagged) == 2 and not any(i.skipped for i in flagged)


@pytest.mark.parametrize(("ref", "expected"), [
    (TLP1_AMBER, "AMBER"),
    ("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "CLEAR"),
    (TLP2_AMBER_STRICT, "AMBER+STRICT"),
    (TLP2_RED, "RED"),
])
def test_well_known_tlp_ids_need_no_definition(tmp_path: Path, ref: str, expected: str) -> None:
    items = read(write_bundle(tmp_path, [sdo("tool", 1, name="t", object_marking_refs=[ref])]),
                 agency="A", country="FR")
    assert of(items, Record)[0].tlp == expected
    assert not of(items, Issue)


def test_tlp_20_extension_marking_definition(tmp_path: Path) -> None:
    marking = {"type": "marking-definition", "id": "marking-definition--00000000-0000-4000-"
               "8000-0000000000dd", "name": "TLP:GREEN", "extensions": {
                   "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": {
                       "extension_type": "property-extension", "tlp_2_0": "green"}}}
    tool = sdo("tool", 1, name="t", object_marking_refs=[marking["id"]])
    assert of(read(write_bundle(tmp_path, [marking, tool]), agency="A"), Record)[0].tlp == "GREEN"


def test_sighting_relationships_and_legacy_observables(tmp_path: Path) -> None:
    person = sdo("identity", 1, name="Anna Berg", identity_class="individual")
    gang = sdo("identity", 2, name="Berg Clan", identity_class="organization")
    member = sdo("relationship", 3, relationship_type="member-of", source_ref=person["id"],
                 target_ref=gang["id"], start_time="2020-01-01T00:00:00Z")
    owned = sdo("relationship", 4, relationship_type="owned-by", source_ref=gang["id"],
                target_ref=person["id"])
    legacy = sdo("observed-data", 5, first_observed="2024-03-01T10:00:00Z",
                 last_observed="2024-03-01T11:00:00Z", number_observed=3, objects={
                     "0": {"type": "email-addr", "value": "anna@example.org"},
                     "1": {"type": "ipv4-addr", "value": "198.51.100.7"},
                     "2": {"type": "process", "pid": 4}})
    sighting = sdo("sighting", 6, sighting_of_ref=gang["id"], count=2,
                   where_sighted_refs=[person["id"]], observed_data_refs=[legacy["id"]],
                   first_seen="2024-03-01T10:00:00Z")
    items = read(write_bundle(tmp_path, [person, gang, member, owned, legacy, sighting]),
                 agency="PJ", country="PT")
    ids = {e.caption: e.id for e in of(items, Entity)}
    email_id = stable_id("PJ", "stix", legacy["id"], "0")
    assert ids["anna@example.org"] == email_id
    assert next(e for e in of(items, Entity) if e.id == email_id).schema == "UserAccount"
    links = {ln.schema: ln for ln in of(items, Link)}
    assert (links["Membership"].source_id, links["Membership"].target_id) == (
        ids["Anna Berg"], ids["Berg Clan"])
    assert links["Membership"].start.value == "2020-01-01T00:00:00"
    # owned-by is read backwards: FtM's owner is the person.
    assert (links["Ownership"].source_id, links["Ownership"].target_id) == (
        ids["Anna Berg"], ids["Berg Clan"])
    events = {e.id: e for e in of(items, Event)}
    seen = events[stable_id("PJ", "stix", sighting["id"])]
    assert seen.name == "Sighting of Berg Clan" and seen.properties["count"] == ["2"]
    assert (ids["Berg Clan"], "sighted") in seen.involved
    assert (ids["Anna Berg"], "observer") in seen.involved
    assert (email_id, "observed") in seen.involved
    observed = events[stable_id("PJ", "stix", legacy["id"])]
    assert observed.end.value == "2024-03-01T11:00:00"
    # The process, a type Liaison has none for, is kept as a generic entity (issue 17).
    assert len(observed.involved) == 3
    process = next(e for e in of(items, Entity) if e.first("stixType") == "process")
    assert process.first("pid") == "4"
    assert not [i for i in of(items, Issue) if i.skipped]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("[ipv4-addr:value = '198.51.100.7']", [("ipAddress", "198.51.100.7")]),
    ("[ipv6-addr:value = '2001:db8::1']", [("ipAddress", "2001:db8::1")]),
    ("[email-addr:value = 'o\\'brien@example.org']", [("email", "o'brien@example.org")]),
    ("[file:hashes.'SHA-256' = 'ab12'] OR [file:hashes.MD5 = 'cd34']",
     [("sha256", "ab12"), ("md5", "cd34")]),
    ("[url:value = 'http://x.example/a' AND domain-name:value = 'x.example']",
     [("url", "http://x.example/a"), ("website", "x.example")]),
    ("[autonomous-system:number = 174]", [("asNumber", "174")]),
    ("[ipv4-addr:value != '10.0.0.1']", []),
    ("[process:pid = 4]", []),
])
def test_pattern_observables(pattern: str, expected: list[tuple[str, str]]) -> None:
    assert extract_observables(pattern) == expected


def test_email_indicator_is_a_user_account(tmp_path: Path) -> None:
    ind = sdo("indicator", 1, pattern="[email-addr:value = 'boss@example.org']",
              pattern_type="stix", valid_from="2024-01-01T00:00:00Z")
    [entity] = of(read(write_bundle(tmp_path, [ind]), agency="A"), Entity)
    assert entity.schema == "UserAccount" and entity.first("email") == "boss@example.org"


def test_bad_timestamp_is_flagged_not_fatal(tmp_path: Path) -> None:
    report = sdo("report", 1, name="R", published="last Tuesday", object_refs=[])
    items = read(write_bundle(tmp_path, [report]), agency="A")
    assert of(items, Record)[0].reported.value == "2024-03-05T14:30:12"  # falls back to created
    assert any("'published'" in i.message for i in of(items, Issue))


# --- hostile input ------------------------------------------------------------------------


def test_truncated_json_names_file_line_and_column(samples: Path, tmp_path: Path) -> None:
    data = (samples / "stix21" / "misp-stix_test_event1.json").read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(FormatError, match=r"cut\.json: not valid JSON at line \d+, column \d+"
                       r".*truncated"):
        read(path)


def test_invalid_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"type": "bundle", "id": "bundle--x", "objects": [{"name": "M\xfcller"}]}')
    with pytest.raises(FormatError, match=r"latin1\.json: not UTF-8.*0xfc"):
        read(path)


@pytest.mark.parametrize(("text", "message"), [
    ("[]", "top level is an array"),
    ('"bundle"', "top level is a string"),
    ('{"type": "bundle", "id": "bundle--x", "objects": {}}', "'objects' is an object"),
    ('{"type": "bundle", "id": "bundle--x", "objects": [{"type": "tool", '
     '"id": "tool--1", "name": "t"}, 42]}', r"objects\[1\] is a number"),
    ('{"hello": "world"}', "not a STIX bundle"),
    ("", "empty"),
])
def test_wrong_shapes_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "odd.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        read(path)


def test_deep_nesting_is_a_format_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    depth = 100_000
    path.write_text('{"type": "bundle", "id": "bundle--x", "objects": [' + "[" * depth
                    + "]" * depth + "]}", encoding="utf-8")
    with pytest.raises(FormatError, match="nested too deeply"):
        read(path)


def test_oversized_document_is_refused_before_reading(samples: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "MAX_JSON_DOCUMENT_BYTES", 1000)
    with pytest.raises(FormatError, match=r"misp-stix_test_event1\.json: 5,351 bytes is larger"):
        read(samples / "stix21" / "misp-stix_test_event1.json")


def test_huge_strings_cut_in_properties_but_not_in_the_narrative(tmp_path: Path) -> None:
    huge = "A" * 3_000_000
    actor = sdo("threat-actor", 1, name=huge, aliases=[{"nested": "object"}])
    report = sdo("report", 2, name="R", description=huge, object_refs=[actor["id"]],
                 published="2024-01-01T00:00:00Z")
    items = read(write_bundle(tmp_path, [actor, report]), agency="A")
    assert of(items, Record)[0].narrative == huge
    [entity] = of(items, Entity)
    assert len(entity.first("name")) == MAX_VALUE_CHARS
    assert any("3,000,000 characters" in i.message for i in of(items, Issue))


def test_objects_without_type_or_id_are_skipped(tmp_path: Path) -> None:
    items = read(write_bundle(tmp_path, [{"name": "no type"},
                                         {"type": "tool", "id": "malware--1"},
                                         sdo("tool", 1, name="ok")]), agency="A")
    assert [e.caption for e in of(items, Entity)] == ["ok"]
    assert [i.where for i in of(items, Issue) if i.skipped] == [
        "bundle.json: objects[0]", "bundle.json: objects[1]"]


def test_empty_bundle_yields_only_an_issue(tmp_path: Path) -> None:
    items = read(write_bundle(tmp_path, []), agency="A", country="FR")
    assert [i.message for i in items] == ["The bundle holds nothing Liaison imports."]


def test_lone_object_file_is_a_bundle_of_one(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(sdo("malware", 1, name="Solo", is_family=True)),
                    encoding="utf-8")
    items = read(path, agency="A")
    [record] = of(items, Record)
    assert record.reference.startswith("sha256:")
    assert [e.caption for e in of(items, Entity)] == ["Solo"]
    assert of(read(path, agency="A"), Record)[0].id == record.id


def test_any_value_of_the_wrong_type_is_refused_or_tolerated(samples: Path,
                                                            tmp_path: Path) -> None:
    original = (samples / "stix21" / "misp-stix_test_event1.json").read_text("utf-8")
    assert_wrong_types_refused_or_tolerated(original, tmp_path / "mutant.json", read,
                                            (7, None, [], {"a": [1]}, ["x--y"]))


def test_cross_file_link_lands_between_stored_entities(samples: Path, tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase="correct horse battery staple")
    try:
        options = ImportOptions(agency="MITRE", country="US")
        for name in ("intrusion-set_deep-panda.json", "malware_sakula.json",
                     "relationship_deep-panda-uses-sakula.json"):
            ws.import_file(samples / "stix21" / name, options=options)
        again = ws.import_file(samples / "stix21" / "malware_sakula.json", options=options)
        assert again.counts["entities"].unchanged == 1
        rows = ws.conn.execute(
            "SELECT s.id, t.id FROM links l JOIN entities s ON s.id = l.source_id "
            "JOIN entities t ON t.id = l.target_id").fetchall()
        assert rows == [(stable_id("MITRE", "stix", DEEP_PANDA),
                         stable_id("MITRE", "stix", SAKULA))]
    finally:
        ws.close()


def test_our_own_export_reads_back_item_for_item(tmp_path: Path) -> None:
    """Issue 17, round trips: entities keep their schema and properties, links their
    schema and relationship type, events come back as events, not as notes."""
    from liaison.formats.export.contents import ExportSet
    from liaison.formats.export.stix import bundle
    from liaison.model.values import DateValue

    record = Record("r1", "Politie", "NL", "NL-1", "Harbour", "Seen at the quay.",
                    handling="H1", tlp="GREEN", reliability="B", assessment="2",
                    extra={"created": "2016-04-06T20:03:00.000Z",
                           "modified": "2016-05-01T10:00:00.000Z"})
    person = Entity("e1", "Person", record_ids=["r1"])
    person.add_raw("name", "Jan Kowalski")
    truck = Entity("e2", "Vehicle", record_ids=["r1"])
    truck.add_raw("registrationNumber", "XY-12-ZZ")
    firm = Entity("e3", "Company", record_ids=["r1"])
    firm.add_raw("name", "Kowalski Trans")
    home = Entity("e4", "Address", record_ids=["r1"])
    home.add_raw("full", "Kade 4, Rotterdam")
    for ref in ("e4", "not-exported"):  # the second does not go with the export
        person.add("addressEntity", PropertyValue(ref, ref, "entity"))
    drives = Link("l1", "UnknownLink", "e1", "e2", record_ids=["r1"],
                  properties={"relationship": ["drives"],
                              "created": ["2016-04-06T20:03:48.000Z"]})
    runs = Link("l2", "Directorship", "e1", "e3", record_ids=["r1"],
                start=DateValue("2019-06", "month"), properties={"role": ["owner"]})
    seen = Event("v1", "Seen at gate 4", start=DateValue("2024-03-05", "day"), place="Gate 4",
                 involved=[("e1", "driver"), ("e2", "vehicle")], record_ids=["r1"])
    export = ExportSet("Politie", "NL", "BKA", "DE", "identifiers", "2026-12-07T10:00:00Z",
                       [record], [person, truck, firm, home], [drives, runs], [seen])
    objects = bundle(export)["objects"]
    by_type = {o["type"]: o for o in objects}
    assert (by_type["report"]["created"], by_type["report"]["modified"]) \
        == ("2016-04-06T20:03:00.000Z", "2016-05-01T10:00:00.000Z")
    rels = {o["relationship_type"]: o for o in objects if o["type"] == "relationship"}
    assert set(rels) == {"drives", "directorship"}
    assert rels["drives"]["created"] == "2016-04-06T20:03:48.000Z"
    items = read(write_bundle(tmp_path, objects), agency="Politie")
    assert not [i for i in of(items, Issue) if i.skipped]
    [back] = of(items, Record)
    assert (back.handling, back.tlp, back.reliability, back.assessment) == ("H1", "GREEN",
                                                                            "B", "2")
    person_sdo = next(o for o in objects if o.get("x_liaison_schema") == "Person")
    assert person_sdo["x_liaison_references"] == {"addressEntity": [
        next(o["id"] for o in objects if o.get("x_liaison_schema") == "Address")]}
    assert "addressEntity" not in person_sdo["x_liaison_properties"]
    entities = {e.schema: e for e in of(items, Entity)}
    assert entities["Vehicle"].first("registrationNumber") == "XY-12-ZZ"
    [ref] = entities["Person"].properties["addressEntity"]
    assert (ref.kind, ref.raw) == ("entity", entities["Address"].id)
    links = {ln.schema: ln for ln in of(items, Link)}
    assert links["UnknownLink"].properties["relationship"] == ["drives"]
    assert links["Directorship"].properties == {"role": ["owner"]}
    [event] = of(items, Event)
    assert (event.name, event.place, str(event.start)) == ("Seen at gate 4", "Gate 4",
                                                           "2024-03-05")
    ids = {e.schema: e.id for e in of(items, Entity)}
    assert sorted(event.involved) == sorted([(ids["Person"], "driver"),
                                             (ids["Vehicle"], "vehicle")])


def test_liaison_round_trip_fields_of_the_wrong_shape_fall_back(tmp_path: Path) -> None:
    """Anyone can write x_liaison_*: a wrong shape is read as an ordinary object."""
    bad_entity = sdo("x-liaison-entity", 1, name="Odd", x_liaison_schema="not a schema",
                     x_liaison_properties={"name": "not a list"})
    worse = sdo("identity", 2, name="Worse", identity_class="individual",
                x_liaison_schema="Person", x_liaison_properties={"bad-prop!": ["x"]})
    rel = sdo("relationship", 3, relationship_type="uses", source_ref=bad_entity["id"],
              target_ref=worse["id"], x_liaison_schema="Ownership",
              x_liaison_properties={"role": [1, 2]})
    note = sdo("note", 4, content="n", object_refs=[worse["id"]],
               x_liaison_event={"name": {"x": 1}, "involved": "junk", "start": 5,
                                "properties": []})
    items = read(write_bundle(tmp_path, [bad_entity, worse, rel, note]), agency="A")
    assert not [i for i in of(items, Issue) if i.skipped]
    entities = {e.caption: e for e in of(items, Entity)}
    assert entities["Odd"].first("stixType") == "x-liaison-entity"  # generic
    assert entities["Worse"].schema == "Person"                      # an ordinary identity
    [link] = of(items, Link)
    assert link.properties["relationship"] == ["uses"]
    [event] = of(items, Event)
    assert (event.name, event.start, event.involved) == ("Event", None, [])


def test_a_relationship_that_joins_no_two_entities_is_still_kept_verbatim(tmp_path: Path) -> None:
    report = sdo("report", 1, name="R", published="2024-03-05T00:00:00Z",
                 object_refs=["intrusion-set--00000000-0000-4000-8000-000000000002"])
    actor = sdo("intrusion-set", 2, name="Wolves")
    about = sdo("relationship", 3, relationship_type="related-to", source_ref=actor["id"],
                target_ref=report["id"])
    items = read(write_bundle(tmp_path, [report, actor, about]), agency="A")
    assert not of(items, Link)
    [issue] = [i for i in of(items, Issue) if i.skipped]
    assert "kept as received" in issue.message
    kept = next(o for o in of(items, SourceObject) if o.source_id == about["id"])
    assert (kept.item_kind, kept.data, kept.record_ids) == ("flagged", about,
                                                            [of(items, Record)[-1].id])
