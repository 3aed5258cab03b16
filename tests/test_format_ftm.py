"""The FollowTheMoney JSON-lines reader: the sample, schema mapping, dates and bad input."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from liaison.formats import base, ftm
from liaison.formats.base import ImportOptions
from liaison.model.errors import FormatError, OperationCancelled
from liaison.model.progress import Progress
from liaison.model.records import Entity, Event, Issue, Link, Record, SourceObject, stable_id
from liaison.model.values import DateValue

PERSON = {"id": "p1", "schema": "Person", "properties": {"name": ["Ana Ruiz"]}}
COMPANY = {"id": "c1", "schema": "Company", "properties": {"name": ["Ejemplo SL"]}}


def read(path: Path, progress: Progress | None = None, **options):
    return list(ftm.read(path, ImportOptions(**{"agency": "BKA", **options}),
                         progress or Progress()))


def write(tmp_path: Path, *entities, name: str = "data.ijson") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(e) + "\n" for e in entities), encoding="utf-8")
    return path


def of(items, cls) -> list:
    return [i for i in items if isinstance(i, cls)]


def uid(ftm_id: str) -> str:
    return stable_id("BKA", "ftm", ftm_id)


# -- the public sample -------------------------------------------------------------------------


def test_donations_sample_counts(samples):
    path = samples / "ftm" / "donations.ijson"
    items = read(path)
    record = items[0]
    assert isinstance(record, Record)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert record.id == stable_id("BKA", "ftm", "file", "donations.ijson")
    assert record.extra["sha256"] == sha
    assert record.title == "FollowTheMoney import donations.ijson"
    entities, links = of(items, Entity), of(items, Link)
    assert Counter(e.schema for e in entities) == {
        "Address": 89, "Company": 56, "Person": 22, "Organization": 17}
    assert len(links) == 290 and {x.schema for x in links} == {"Payment"}
    assert len(items) == 1 + 184 + 290  # no events, no issues: every reference resolves
    assert len({i.id for i in items}) == len(items)
    ids = {e.id for e in entities}
    assert all(x.source_id in ids and x.target_id in ids for x in links)
    assert all(i.record_ids == [record.id] for i in items[1:])


def test_donations_payments_keep_amount_and_date(samples):
    items = read(samples / "ftm" / "donations.ijson")
    payment = next(x for x in of(items, Link)
                   if x.id == uid("2216b422a31242fe204654ce194864661f515921"))
    assert payment.source_id == uid("f9c295f21b233ac878fbac4d271bb6fd13d7952a")
    assert payment.target_id == uid("6d03aec76fdeec8f9697d8b19954ab6fc2568bc8")
    assert payment.start == DateValue("2011-12-29", "day")
    assert payment.properties["amountEur"] == ["100000"]
    assert "date" not in payment.properties
    person = next(e for e in of(items, Entity) if e.id == payment.source_id)
    assert person.first("name") == "Frau Lina Dachner"
    address = person.properties["addressEntity"][0]
    assert (address.value, address.kind) == (uid("97149caa3aef14e2be5ae6b3974c6882e7536d88"),
                                             "entity")
    street = next(e for e in of(items, Entity) if e.id == address.value)
    assert street.first("street") == "Schillerstraße 19"


def test_reading_twice_gives_identical_ids(samples):
    path = samples / "ftm" / "donations.ijson"
    assert [i.id for i in read(path)] == [i.id for i in read(path)]
    assert {i.id for i in read(path)}.isdisjoint(i.id for i in read(path, agency="NCA"))


def test_progress_counts_bytes_to_the_end(samples):
    path = samples / "ftm" / "donations.ijson"
    reports = []
    read(path, Progress(lambda done, total, _: reports.append((done, total))))
    size = path.stat().st_size
    assert reports[-1] == (size, size)


# -- schema mapping ----------------------------------------------------------------------------


def test_link_schemas_and_extra_top_level_keys(tmp_path):
    items = read(write(
        tmp_path, {**PERSON, "caption": "Ana Ruiz", "datasets": ["x"], "referents": []}, COMPANY,
        {"id": "d1", "schema": "Directorship", "first_seen": "2024-01-01",
         "properties": {"director": ["p1"], "organization": ["c1"], "role": ["CEO"],
                        "startDate": ["2019"], "endDate": ["2021-06"]}},
        {"id": "o1", "schema": "Ownership",
         "properties": {"owner": ["p1"], "asset": ["c1"], "percentage": ["51"]}},
    ))
    director, owner = of(items, Link)
    assert (director.schema, director.source_id, director.target_id) == (
        "Directorship", uid("p1"), uid("c1"))
    assert director.start == DateValue("2019", "year") and director.end == DateValue("2021-06",
                                                                                      "month")
    assert director.properties == {"role": ["CEO"]}
    assert owner.properties == {"percentage": ["51"]} and owner.id == uid("o1")
    assert not of(items, Issue)


def test_several_ends_make_one_link_per_pair(tmp_path):
    items = read(write(tmp_path, {"id": "f1", "schema": "Family", "properties": {
        "person": ["p1"], "relative": ["p2", "p3"], "relationship": ["sibling"]}}))
    links = of(items, Link)
    assert [x.target_id for x in links] == [uid("p2"), uid("p3")]
    assert len({x.id for x in links}) == 2


def test_identification_is_an_entity_and_a_link_from_its_holder(tmp_path):
    items = read(write(tmp_path, PERSON, {"id": "pp1", "schema": "Passport", "properties": {
        "holder": ["p1"], "number": ["X1234567"], "country": ["es"]}}))
    passport = of(items, Entity)[1]
    assert passport.schema == "Passport" and passport.first("number") == "X1234567"
    link = of(items, Link)[0]
    assert (link.schema, link.source_id, link.target_id) == ("Identification", uid("p1"),
                                                             passport.id)


def test_call_is_a_link_with_both_ends_else_an_event(tmp_path):
    items = read(write(
        tmp_path, PERSON, {**PERSON, "id": "p2"},
        {"id": "k1", "schema": "Call", "properties": {
            "caller": ["p1"], "receiver": ["p2"], "date": ["2024-03-05T14:30:12Z"],
            "duration": ["61"]}},
        {"id": "k2", "schema": "Call", "properties": {
            "caller": ["p1"], "callerNumber": ["+34600000001"],
            "receiverNumber": ["+34600000002"], "date": ["2024-03-05T16:30+02:00"]}},
    ))
    link, event = of(items, Link)[0], of(items, Event)[0]
    assert link.start == DateValue("2024-03-05T14:30:12", "second")
    assert link.properties == {"duration": ["61"]}
    assert event.id == uid("k2") and event.name == "Call"
    assert event.start == DateValue("2024-03-05T14:30", "minute")
    assert event.involved == [(uid("p1"), "caller")]
    assert event.properties["receiverNumber"] == ["+34600000002"]


def test_events_and_sanctions(tmp_path):
    items = read(write(
        tmp_path, PERSON, COMPANY,
        {"id": "e1", "schema": "Event", "properties": {
            "name": ["Meeting in Vigo"], "date": ["2023-11"], "location": ["Vigo"],
            "involved": ["p1"], "organizer": ["c1"]}},
        {"id": "s1", "schema": "Sanction", "properties": {
            "entity": ["c1"], "program": ["EU 2024/1"], "startDate": ["2024-02-01"],
            "authority": ["Council"]}},
    ))
    meeting, sanction = of(items, Event)
    assert (meeting.name, meeting.place, meeting.start) == (
        "Meeting in Vigo", "Vigo", DateValue("2023-11", "month"))
    assert meeting.involved == [(uid("p1"), "involved"), (uid("c1"), "organizer")]
    assert sanction.name == "Sanction: EU 2024/1"
    assert sanction.involved == [(uid("c1"), "entity")]
    assert sanction.properties["authority"] == ["Council"]


def test_link_without_an_end_becomes_an_event(tmp_path):
    items = read(write(tmp_path, PERSON, {"id": "o1", "schema": "Ownership", "properties": {
        "owner": ["p1"], "date": ["2020"]}}))
    assert not of(items, Link)
    assert of(items, Event)[0].involved == [(uid("p1"), "owner")]


def test_unparseable_date_is_kept_and_flagged(tmp_path):
    items = read(write(tmp_path, PERSON, COMPANY, {"id": "d1", "schema": "Directorship",
                                                   "properties": {"director": ["p1"],
                                                                  "organization": ["c1"],
                                                                  "startDate": ["spring 2019"]}}))
    link = of(items, Link)[0]
    assert link.start is None and link.properties["startDate"] == ["spring 2019"]
    assert "spring 2019" in of(items, Issue)[0].message


def test_unknown_schema_is_kept_as_a_generic_entity(tmp_path):
    """Issue 17: nothing dropped. A schema Liaison has no type for is a Thing naming it,
    its properties kept, the line itself verbatim."""
    spaceship = {"id": "x", "schema": "Spaceship", "properties": {"name": ["Nostromo"],
                                                                  "crew": ["7"]}}
    items = read(write(tmp_path, PERSON, spaceship, COMPANY))
    assert not [i for i in of(items, Issue) if i.skipped]
    ship = next(e for e in of(items, Entity) if e.source_ref == "x")
    assert (ship.schema, ship.first("ftmSchema"), ship.first("crew"), ship.caption) \
        == ("Thing", "Spaceship", "7", "Nostromo")
    [original] = of(items, SourceObject)
    assert (original.data, original.generic, original.source_type) \
        == (spaceship, True, "ftm Spaceship")


def test_dangling_references_are_listed_once_at_the_end(tmp_path):
    items = read(write(
        tmp_path, PERSON,
        {"id": "pay1", "schema": "Payment", "properties": {"payer": ["p1"],
                                                           "beneficiary": ["ghost"]}},
        {"id": "a1", "schema": "Person", "properties": {"addressEntity": ["nowhere"]}},
    ))
    assert of(items, Link)[0].target_id == uid("ghost")  # kept: it may be in the store already
    issue = items[-1]
    assert isinstance(issue, Issue) and not issue.skipped
    assert "2 referenced" in issue.message and "ghost" in issue.message
    assert "nowhere" in issue.message


def test_blank_lines_and_scalar_values_are_tolerated(tmp_path):
    path = tmp_path / "data.ijson"
    path.write_text(json.dumps(PERSON) + "\n\n" + json.dumps(
        {"id": "p2", "schema": "Person", "properties": {"name": "Luis Gil", "weight": 80,
                                                       "alias": [{"nested": 1}, "Lucho"]}}))
    items = read(path)
    luis = of(items, Entity)[1]
    assert luis.first("name") == "Luis Gil" and luis.first("weight") == "80"
    assert [v.raw for v in luis.properties["alias"]] == ["Lucho"]
    assert "nested" in of(items, Issue)[0].message


# -- bad input ---------------------------------------------------------------------------------


def test_malformed_line_in_the_middle_is_refused(tmp_path):
    path = tmp_path / "data.ijson"
    path.write_text(json.dumps(PERSON) + '\n{"id": "c1", "schema": \n' + json.dumps(COMPANY))
    with pytest.raises(FormatError, match=r"data\.ijson:2:\d+: not valid JSON"):
        read(path)


def test_truncated_last_line_is_refused(tmp_path):
    path = tmp_path / "data.ijson"
    path.write_text(json.dumps(PERSON) + "\n" + json.dumps(COMPANY)[:-5])
    with pytest.raises(FormatError, match=r"data\.ijson:2: the file ends .*truncated"):
        read(path)


def test_last_line_without_newline_and_a_bom_are_fine(tmp_path):
    path = tmp_path / "data.ijson"
    path.write_text(json.dumps(PERSON) + "\n" + json.dumps(COMPANY), encoding="utf-8-sig")
    assert len(of(read(path), Entity)) == 2


def test_deeply_nested_json_is_refused(tmp_path):
    path = tmp_path / "data.ijson"
    path.write_text(json.dumps(PERSON) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(FormatError, match=r"data\.ijson:2: "):
        read(path)


def test_invalid_utf8_is_refused_with_the_line(tmp_path):
    path = tmp_path / "data.ijson"
    path.write_bytes(json.dumps(PERSON).encode() + b'\n{"id": "x", "schema": "Person", '
                     b'"properties": {"name": ["M\xfcller"]}}\n')
    with pytest.raises(FormatError, match=r"data\.ijson:2: not valid UTF-8"):
        read(path)


@pytest.mark.parametrize("line", ['["a", "list"]', '{"schema": "Person"}', '{"id": "x"}',
                                  '{"id": "x", "schema": "Person", "properties": ["name"]}'])
def test_json_that_is_not_an_entity_is_refused(tmp_path, line):
    path = tmp_path / "data.ijson"
    path.write_text(json.dumps(PERSON) + "\n" + line + "\n")
    with pytest.raises(FormatError, match=r"data\.ijson:2: "):
        read(path)


def test_oversized_line_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(base, "MAX_LINE_BYTES", 100)
    big = {"id": "p2", "schema": "Person", "properties": {"name": ["x" * 500]}}
    with pytest.raises(FormatError, match=r"data\.ijson:2: line is longer than 100 bytes"):
        read(write(tmp_path, PERSON, big))


def test_cancel_mid_read_raises_operation_cancelled(tmp_path):
    path = write(tmp_path, *({**PERSON, "id": f"p{n}"} for n in range(5000)))
    progress = Progress()
    reader = ftm.read(path, ImportOptions(agency="BKA"), progress)
    seen = [next(reader) for _ in range(5)]
    progress.cancel()
    with pytest.raises(OperationCancelled):
        seen.extend(reader)
    assert len(seen) < 5000


# -- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2024", ("2024", "year")),
    ("2024-03", ("2024-03", "month")),
    ("2024-03-05", ("2024-03-05", "day")),
    ("2024-03-05T14", ("2024-03-05", "day")),
    ("2024-03-05T14:30", ("2024-03-05T14:30", "minute")),
    ("2024-03-05 14:30:12", ("2024-03-05T14:30:12", "second")),
    ("2024-03-05T14:30:12.123Z", ("2024-03-05T14:30:12", "second")),
    ("2024-03-05T00:30+01:00", ("2024-03-04T23:30", "minute")),
    ("2024-02-30", None), ("2024-13", None), ("05/03/2024", None), ("", None), (None, None),
])
def test_parse_iso_date_keeps_the_precision_written(text, expected):
    parsed = ftm.parse_iso_date(text)
    assert ((parsed.value, parsed.precision) if parsed else None) == expected
