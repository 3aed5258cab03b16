"""The synthetic demo case: deterministic, labelled, valid identifiers, and a truthful key."""

from __future__ import annotations

import json
import random
import unicodedata
from collections import defaultdict

import phonenumbers
import pytest
from schwifty import IBAN

from liaison.formats.demo import DEMO_AGENCIES, DemoCase, fast_id, generate, ground_truth
from liaison.formats.demo import case as demo
from liaison.model.errors import OperationCancelled
from liaison.model.progress import Progress
from liaison.model.records import Entity, Event, Link, Record, stable_id

COUNTRY = {name: country for name, country, _ in DEMO_AGENCIES}


@pytest.fixture(scope="module")
def case_2500() -> tuple[DemoCase, list]:
    case = DemoCase(2500)
    return case, list(case.items())


def records_of(items: list) -> dict[str, Record]:
    return {item.id: item for item in items if isinstance(item, Record)}


def scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_fast_id_is_stable_id() -> None:
    for parts in [("Bundeskriminalamt", "demo", "7.100/BKA-2025-000001"), ("a",), ("ü", "Σ", "")]:
        assert fast_id(*parts) == stable_id(*parts)


def test_same_seed_same_items_other_seed_differs() -> None:
    first = list(generate(400, seed=3))
    assert first == list(generate(400, seed=3))
    other = list(generate(400, seed=4))
    assert [i.id for i in first[:50]] != [i.id for i in other[:50]]
    assert not {i.id for i in first if isinstance(i, Record)} & {
        i.id for i in other if isinstance(i, Record)}


def test_counts_scale_with_records() -> None:
    small, large = list(generate(300)), list(generate(3000))
    assert sum(isinstance(i, Record) for i in small) == 300
    assert sum(isinstance(i, Record) for i in large) == 3000
    assert len(large) > 8 * len(small)
    assert demo.case_size(300) < demo.case_size(3000) < demo.case_size(1_000_000)
    assert demo.case_size(1_000_000)[1] <= 50


def test_every_record_is_labelled_demo_and_synthetic(case_2500) -> None:
    _, items = case_2500
    for record in records_of(items).values():
        assert record.title.startswith("[DEMO] ")
        assert record.narrative.startswith("[DEMO] ")
        assert record.agency in COUNTRY and record.country == COUNTRY[record.agency]
        assert record.extra == {"synthetic": True}


def test_items_come_after_what_they_name(case_2500) -> None:
    _, items = case_2500
    records, entities = set(), set()
    for item in items:
        if isinstance(item, Record):
            records.add(item.id)
            continue
        assert set(item.record_ids) <= records
        if isinstance(item, Entity):
            entities.add(item.id)
        elif isinstance(item, Link):
            assert {item.source_id, item.target_id} <= entities
        elif isinstance(item, Event):
            assert {eid for eid, _ in item.involved} <= entities


def test_controlled_values_are_mixed(case_2500) -> None:
    _, items = case_2500
    records = list(records_of(items).values())
    assert {r.handling for r in records} == {"H0", "H1", "H2", "H3"}
    assert {r.tlp for r in records} >= {"GREEN", "AMBER", "AMBER+STRICT", "RED"}
    assert {r.reliability for r in records} == {"A", "B", "C", "X"}
    assert {r.assessment for r in records} == {"1", "2", "3", "4"}
    assert {r.language for r in records} == {lang for _, _, lang in DEMO_AGENCIES}
    assert len({r.reference for r in records}) == len(records)


def test_names_in_all_four_scripts_and_in_narratives(case_2500) -> None:
    _, items = case_2500
    records = records_of(items)
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Entity) and item.schema == "Person":
            name = item.first("name")
            seen |= scripts(name)
            # A later redaction step relies on every named person being in the text.
            assert name in records[item.record_ids[0]].narrative
    assert {"LATIN", "CYRILLIC", "GREEK", "ARABIC"} <= seen


def test_phones_are_valid_in_the_reporting_country(case_2500) -> None:
    _, items = case_2500
    records = records_of(items)
    sample = [(phone.raw, records[item.record_ids[0]].country)
              for item in items if isinstance(item, Entity)
              for phone in item.properties.get("phone", [])]
    assert len(sample) > 500
    for raw, region in random.Random(1).sample(sample, 200):
        number = phonenumbers.parse(raw, region)
        assert phonenumbers.is_valid_number(number), (raw, region)
    assert any(raw.startswith("+") for raw, _ in sample)
    assert any(raw.startswith("00") for raw, _ in sample)


def test_ibans_vins_and_plates(case_2500) -> None:
    _, items = case_2500
    ibans = [item.first("iban") for item in items if isinstance(item, Entity)
             and item.schema == "BankAccount"]
    assert {iban[:2] for iban in ibans} == {"DE", "PL", "GR", "BG", "ES", "MA"}
    assert any(" " in iban for iban in ibans)
    for raw in random.Random(2).sample(ibans, 100):
        assert IBAN(raw.replace(" ", "")).country_code == raw[:2]
        if not raw.startswith("MA"):  # schwifty has no Moroccan national checksum
            IBAN(raw, validate_bban=True)
    vehicles = [item for item in items if isinstance(item, Entity) and item.schema == "Vehicle"]
    vins = {v.first("vin") for v in vehicles if v.first("vin")}
    assert vins and all(len(vin) == 17 and not set(vin) & set("IOQ") for vin in vins)
    plates = {v.first("registrationNumber") for v in vehicles}
    assert {"CYRILLIC", "GREEK", "ARABIC", "LATIN"} <= set().union(*map(scripts, plates))


def test_truth_matches_the_person_entities(case_2500) -> None:
    case, items = case_2500
    truth = case.truth()
    assert truth == list(ground_truth(2500))
    person_ids = {i.id for i in items if isinstance(i, Entity) and i.schema == "Person"}
    persons = [t for t in truth if t["kind"] == "person"]
    truth_ids = [eid for t in persons for eid in t["entity_ids"]]
    assert len(truth_ids) == len(set(truth_ids))
    assert set(truth_ids) == person_ids
    for entry in persons:
        assert set(entry["script_variants"]) == set(entry["entity_ids"])
    all_ids = {i.id for i in items if isinstance(i, Entity)}
    for entry in truth:
        assert set(entry["entity_ids"]) <= all_ids
    assert {t["kind"] for t in truth} == {"person", "phone", "vehicle", "account", "company"}


def test_most_persons_are_reported_by_several_agencies(case_2500) -> None:
    case, items = case_2500
    records = records_of(items)
    agency_of = {i.id: records[i.record_ids[0]].agency for i in items
                 if isinstance(i, Entity) and i.schema == "Person"}
    persons = [t for t in case.truth() if t["kind"] == "person"]
    several = [t for t in persons if len({agency_of[e] for e in t["entity_ids"]}) >= 2]
    assert len(several) >= 0.7 * len(persons)


def test_one_entity_per_person_per_agency_reused_across_records(case_2500) -> None:
    _, items = case_2500
    records_per_entity: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if isinstance(item, Entity) and item.schema == "Person":
            records_per_entity[item.id].update(item.record_ids)
    assert max(len(r) for r in records_per_entity.values()) > 5


def test_date_precisions_vary(case_2500) -> None:
    _, items = case_2500
    precisions = {i.start.precision for i in items if isinstance(i, Event) and i.start}
    assert {"year", "month", "day", "minute"} <= precisions


def test_cancel_stops_the_stream() -> None:
    progress, updates = None, []

    def listener(done: int, total: int | None, _message: str) -> None:
        updates.append((done, total))
        if done >= 1000:
            progress.cancel()

    progress = Progress(listener)
    with pytest.raises(OperationCancelled):
        for _ in generate(5000, progress=progress):
            pass
    assert updates[:3] == [(0, 5000), (500, 5000), (1000, 5000)]


def test_write_truth_writes_json_lines(tmp_path) -> None:
    path = tmp_path / "truth.jsonl"
    demo.write_truth(path, 300, seed=5)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines == list(ground_truth(300, seed=5))
    assert lines[0].keys() >= {"cluster", "kind", "entity_ids", "script_variants"}
