"""The CSV reader: mappings, encodings, delimiters, bad input, ids and cancellation."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from liaison.formats import base, tabular
from liaison.formats.base import ImportOptions
from liaison.formats.ftm import bounded_lines
from liaison.model.errors import FormatError, OperationCancelled
from liaison.model.progress import Progress
from liaison.model.records import Entity, Issue, Link, Record, stable_id

HEADER = "ref,first,last,dob,phone,company,role"
ROWS = [
    "R-1,José,Müller-Ñúñez,1980-02-29,+34 600 000 001,Transportes Ejemplo SL,administrador",
    "R-2,José,Müller-Ñúñez,1980-02-29,+34 600 000 002,Transportes Ejemplo SL,administrador",
    "R-3,Zoë,Ødegård,,,,",
]
MAPPING = {
    "record": {"per": "row", "reference": "{ref}", "title": "Report {ref}"},
    "entities": [
        {"id": "person", "schema": "Person", "key": ["{first} {last}", "dob"],
         "properties": {"name": "{first} {last}", "birthDate": "dob", "phone": "phone"}},
        {"id": "company", "schema": "Company", "key": ["company"],
         "properties": {"name": "company"}},
    ],
    "links": [{"schema": "Directorship", "source": "person", "target": "company",
               "properties": {"role": "role"}}],
}


def read(path: Path, mapping: Path | dict, progress: Progress | None = None, **options):
    opts = ImportOptions(mapping=mapping if isinstance(mapping, Path) else None, **options)
    if isinstance(mapping, dict):
        opts.extra["mapping"] = mapping
    return list(tabular.read(path, opts, progress or Progress()))


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def kinds(items) -> Counter:
    return Counter(type(i).__name__ for i in items)


def unique(items, cls) -> dict:
    return {i.id: i for i in items if isinstance(i, cls)}


def names(items) -> set[str]:
    return {v.raw for e in items if isinstance(e, Entity) for v in e.properties.get("name", [])}


# -- the public FtM samples --------------------------------------------------------------------


def test_experts_sample_makes_members_of_four_groups(samples, test_data):
    items = read(samples / "ftm" / "experts.csv", test_data / "mappings" / "ftm_experts.json",
                 agency="EC")
    assert kinds(items) == {"Record": 1, "Entity": 28, "Link": 14}
    entities = unique(items, Entity)
    assert Counter(e.schema for e in entities.values()) == {"Person": 14, "Organization": 4}
    assert len(unique(items, Link)) == 14
    assert {"Klaus Trutzel", "Mme Mercedes FERNANDEZ ALBALADEJO", "Urban Audit",
            "Expert Group on Agriculture and Climate Change"} <= names(items)
    record = items[0]
    assert isinstance(record, Record) and record.title == "EU Commission expert groups"
    assert all(i.record_ids == [record.id] for i in items[1:])


def test_links_sample_with_spaces_and_multi_values(samples, test_data):
    items = read(samples / "ftm" / "links.csv", test_data / "mappings" / "ftm_links.json",
                 agency="ACME-PD")
    assert kinds(items) == {"Record": 1, "Entity": 2, "Link": 1}
    person, company = (i for i in items if isinstance(i, Entity))
    assert person.first("name") == "Wile E. Coyote"
    assert [v.raw for v in person.properties["keywords"]] == ["brown", "black", "blue"]
    assert company.first("name") == "ACME Inc."
    assert company.first("address") == "64 The Desert 01234"  # zip keeps its leading zero
    link = items[-1]
    assert (link.schema, link.source_id, link.target_id) == ("Directorship", person.id, company.id)
    assert link.properties == {"role": ["founder"]}


def test_example_mapping_imports_the_example_file(test_data):
    items = read(test_data / "suspects.csv", test_data / "mappings" / "suspects.json")
    assert kinds(items) == {"Record": 4, "Entity": 6, "Link": 2}
    records = [i for i in items if isinstance(i, Record)]
    assert records[0].agency == "Policia Nacional" and records[0].handling == "H1"
    assert records[0].tlp == "AMBER" and records[0].reported.precision == "day"
    assert records[2].reported.value == "2024-03" and records[2].reported.precision == "month"
    people = [i for i in items if isinstance(i, Entity) and i.schema == "Person"]
    assert len({p.id for p in people}) == 2
    phones = {v.raw for p in people for v in p.properties.get("phone", [])}
    assert phones == {"+34 600 000 001", "+34 600 000 002", "+34 600 000 003"}
    zoe = people[-1]
    assert zoe.first("name") == "Zoë Ødegård" and "birthDate" not in zoe.properties
    assert unique(items, Link).popitem()[1].start.value == "2019-06"


# -- encodings and delimiters ------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "declared"), [
    ("utf-8", "auto"), ("utf-8-sig", "auto"), ("latin-1", "auto"),
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-8-sig", "utf-8-sig"),
    ("latin-1", "latin-1"),
])
def test_encodings_round_trip_non_ascii_names(tmp_path, encoding, declared):
    path = write(tmp_path, "\n".join([HEADER, *ROWS]) + "\n", encoding)
    items = read(path, {**MAPPING, "encoding": declared})
    assert names(items) == {"José Müller-Ñúñez", "Zoë Ødegård", "Transportes Ejemplo SL"}
    issues = [i.message for i in items if isinstance(i, Issue)]
    # A detected 8-bit code page is named in the report, so a wrong guess can be seen.
    assert issues == (["read as Windows-1252, the encoding its bytes show; if names look "
                       'wrong, set "encoding" in the mapping']
                      if (encoding, declared) == ("latin-1", "auto") else [])


def test_invalid_utf8_declared_utf8_names_the_line(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes("\n".join([HEADER, ROWS[0]]).encode() + b"\nR-9,M\xfcller,X,,,,\n")
    with pytest.raises(FormatError, match=r"data\.csv:3: not valid UTF-8"):
        read(path, {**MAPPING, "encoding": "utf-8"})


def test_auto_reads_an_8bit_code_page_only_when_utf8_is_invalid(tmp_path):
    text = "\n".join([HEADER, *ROWS]) + "\n"
    mixed = tmp_path / "mixed.csv"  # an ASCII start, Latin-1 bytes later: Windows-1252 wins
    mixed.write_bytes(text.encode("latin-1") + b"R-9,Fran\xe7ois,Dupr\xe9,,,,\n")
    assert {"François Dupré", "José Müller-Ñúñez"} <= names(read(mixed, MAPPING))
    # A character split across the pre-pass's 1 MiB chunks is still UTF-8.
    head = (HEADER + "\n").encode()
    pad = (1 << 20) - 1 - len(head) - len(b"R-1,")
    split = tmp_path / "split.csv"
    split.write_bytes(head + b"R-1," + b"x" * pad + "é,Ruiz,,,,\n".encode())
    assert split.read_bytes()[(1 << 20) - 1:(1 << 20) + 1] == "é".encode()
    assert "x" * pad + "é Ruiz" in names(read(split, MAPPING))


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_delimiters_are_sniffed_and_give_the_same_entities(tmp_path, delimiter):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for line in [HEADER, *ROWS]:
        writer.writerow(line.split(","))
    comma = read(write(tmp_path, "\n".join([HEADER, *ROWS]), name="comma.csv"), MAPPING)
    other = read(write(tmp_path, buffer.getvalue(), name="other.csv"), MAPPING)
    declared = read(write(tmp_path, buffer.getvalue(), name="other.csv"),
                    {**MAPPING, "delimiter": delimiter})
    assert [i.id for i in other] == [i.id for i in comma] == [i.id for i in declared]


def test_quoted_multiline_field_keeps_line_numbers_right(tmp_path):
    text = (f"{HEADER},notes\n"
            'R-1,Ana,Ruiz,,,,,"first line\nsecond line"\n'
            "R-2,Only,Four,Fields\n")
    mapping = {**MAPPING, "record": {"per": "row", "reference": "{ref}", "narrative": "{notes}"}}
    items = read(write(tmp_path, text), mapping)
    assert items[0].narrative == "first line\nsecond line"
    issue = items[-1]
    assert isinstance(issue, Issue) and issue.skipped and issue.where == "data.csv:4"


# -- bad input ---------------------------------------------------------------------------------


def test_mapping_naming_a_missing_column(tmp_path):
    mapping = tmp_path / "people.json"
    bad = json.loads(json.dumps(MAPPING))
    bad["entities"][0]["properties"]["nationality"] = "nat"
    mapping.write_text(json.dumps(bad))
    path = write(tmp_path, "\n".join([HEADER, *ROWS]))
    with pytest.raises(FormatError) as err:
        read(path, mapping)
    message = str(err.value)
    assert "people.json" in message and "'nat'" in message
    assert "Available: ref, first, last, dob, phone, company, role" in message


@pytest.mark.parametrize(("content", "expected"), [
    ('{"record": {"per": "row",}', r"bad\.json:1:\d+: the mapping is not valid JSON"),
    ('{"entites": []}', r"unknown keys \['entites'\]"),
    ('{"entities": [{"id": "p", "schema": "Persn", "key": "a"}]}', r"schema"),
    ('{"entities": [{"id": "p", "schema": "Person"}]}', r"needs a 'key'"),
    ('{"links": [{"schema": "Directorship", "source": "a", "target": "b"}]}', r"entity ids"),
    ('{"record": {"title": "Report {ref}"}}', r"per 'file'.*constants"),
    ('{"record": {"per": "row", "title": "Report {ref"}}', r"unbalanced"),
    ('{"encoding": "klingon-8"}', r"encoding must be"),
    ('{"encoding": "rot13"}', r"encoding must be"),
    ('{"delimiter": ";;"}', r"single character"),
])
def test_malformed_mappings_are_refused(tmp_path, content, expected):
    mapping = tmp_path / "bad.json"
    mapping.write_text(content)
    with pytest.raises(FormatError, match=expected):
        read(write(tmp_path, "\n".join([HEADER, *ROWS])), mapping)


def test_invalid_constant_in_a_per_file_record_is_refused(tmp_path):
    mapping = {**MAPPING, "record": {"per": "file", "handling": "H9"}}
    with pytest.raises(FormatError, match="handling 'H9'"):
        read(write(tmp_path, "\n".join([HEADER, *ROWS])), mapping)


def test_invalid_value_in_a_row_is_flagged_and_left_unset(tmp_path):
    text = "ref,tlp\nR-1,amber\nR-2,purple\n"
    items = read(write(tmp_path, text), {"record": {"per": "row", "reference": "{ref}",
                                                    "tlp": "{tlp}"}})
    assert [i.tlp for i in items if isinstance(i, Record)] == ["AMBER", None]
    assert [i.where for i in items if isinstance(i, Issue)] == ["data.csv:3"]


def test_ragged_rows_are_skipped_with_their_line(tmp_path):
    text = "\n".join([HEADER, ROWS[0], "R-2,too,few", ROWS[2] + ",extra"]) + "\n"
    items = read(write(tmp_path, text), MAPPING)
    issues = [i for i in items if isinstance(i, Issue)]
    assert [(i.where, i.skipped) for i in issues] == [("data.csv:3", True), ("data.csv:4", True)]
    assert "3 fields" in issues[0].message
    assert len([i for i in items if isinstance(i, Record)]) == 1


def test_oversized_line_is_refused_by_line(tmp_path, monkeypatch):
    monkeypatch.setattr(base, "MAX_LINE_BYTES", 200)
    text = "\n".join([HEADER, ROWS[0], "R-2," + "x" * 500 + ",a,,,,", ROWS[2]])
    with pytest.raises(FormatError, match=r"data\.csv:3: line is longer than 200 characters"):
        read(write(tmp_path, text), MAPPING)


def test_line_guard_never_asks_for_more_than_the_limit(monkeypatch):
    monkeypatch.setattr(base, "MAX_LINE_BYTES", 100)
    asked = []

    class Stream(io.BytesIO):
        def readline(self, size=-1):
            asked.append(size)
            return super().readline(size)

    with pytest.raises(FormatError, match=r"t\.csv:2"):
        list(bounded_lines(Stream(b"ok\n" + b"y" * 10_000_000), "t.csv"))
    assert asked and all(0 < size <= 102 for size in asked)


def test_unclosed_quote_is_refused(tmp_path):
    text = f'{HEADER}\nR-1,"Ana,Ruiz,,,,\nR-2,b,c,,,,\n'
    with pytest.raises(FormatError, match=r"data\.csv:2: .*quote"):
        read(write(tmp_path, text), MAPPING)


def test_empty_file_and_missing_mapping_are_refused(tmp_path):
    with pytest.raises(FormatError, match="no header"):
        read(write(tmp_path, ""), MAPPING)
    with pytest.raises(FormatError, match="needs a mapping"):
        list(tabular.read(write(tmp_path, HEADER), ImportOptions(), Progress()))


# -- ids ---------------------------------------------------------------------------------------


def test_same_person_on_two_rows_is_one_entity_and_empty_keys_make_none(tmp_path):
    items = read(write(tmp_path, "\n".join([HEADER, *ROWS])), MAPPING, agency="BKA")
    people = [i for i in items if isinstance(i, Entity) and i.schema == "Person"]
    assert len(people) == 3 and len({p.id for p in people}) == 2
    companies = [i for i in items if isinstance(i, Entity) and i.schema == "Company"]
    assert len(companies) == 2 and len({c.id for c in companies}) == 1  # R-3 has no company
    assert people[0].id == stable_id("BKA", "csv", "person", "josé müller-ñúñez", "1980-02-29")
    assert items[0].id == stable_id("BKA", "csv", "R-1")


def test_key_matching_ignores_case_and_spacing(tmp_path):
    text = f"{HEADER}\nR-1,JOSÉ, Müller-Ñúñez ,1980-02-29,,,\nR-2,josé,müller-ñúñez,1980-02-29,,,\n"
    items = read(write(tmp_path, text), MAPPING)
    assert len({i.id for i in items if isinstance(i, Entity)}) == 1


def test_reading_twice_gives_identical_ids(tmp_path, test_data):
    path = test_data / "suspects.csv"
    mapping = test_data / "mappings" / "suspects.json"
    assert [i.id for i in read(path, mapping)] == [i.id for i in read(path, mapping)]
    rows = {**MAPPING, "record": {"per": "row"}}  # no reference: file hash and row number
    path = write(tmp_path, "\n".join([HEADER, *ROWS]))
    first = [i.id for i in read(path, rows) if isinstance(i, Record)]
    assert first == [i.id for i in read(path, rows) if isinstance(i, Record)]
    assert len(set(first)) == 3


def test_rows_sharing_a_reference_share_one_record(tmp_path):
    text = f"{HEADER}\nR-1,Ana,Ruiz,,,,\nR-1,Luis,Gil,,,,\n"
    items = read(write(tmp_path, text), MAPPING)
    records = [i for i in items if isinstance(i, Record)]
    assert len(records) == 1
    assert all(e.record_ids == [records[0].id] for e in items if isinstance(e, Entity))


def test_source_option_overrides_the_mapping_agency(test_data):
    path, mapping = test_data / "suspects.csv", test_data / "mappings" / "suspects.json"
    ours = read(path, mapping, agency="GNR", country="PT")
    assert {r.agency for r in ours if isinstance(r, Record)} == {"GNR"}
    assert {r.country for r in ours if isinstance(r, Record)} == {"PT"}
    assert {i.id for i in ours}.isdisjoint(i.id for i in read(path, mapping))


# -- progress and cancel -----------------------------------------------------------------------


def test_cancel_mid_read_raises_operation_cancelled(tmp_path):
    rows = [f"R-{n},Name{n},Surname{n},,+34 600 {n:06d},,\n" for n in range(3000)]
    path = write(tmp_path, HEADER + "\n" + "".join(rows))
    progress = Progress()
    reader = tabular.read(path, ImportOptions(extra={"mapping": MAPPING}), progress)
    seen = [next(reader) for _ in range(10)]
    progress.cancel()
    with pytest.raises(OperationCancelled):
        for item in reader:
            seen.append(item)
    assert len(seen) < 3000


def test_progress_reaches_the_file_size(tmp_path):
    path = write(tmp_path, "\n".join([HEADER, *ROWS]) + "\n")
    reports = []
    read(path, MAPPING, Progress(lambda done, total, _: reports.append((done, total))))
    assert reports[-1] == (path.stat().st_size, path.stat().st_size)


# -- wizard helpers ----------------------------------------------------------------------------


def test_detect_mapping_guesses_people_companies_and_accounts(tmp_path):
    header = ["First Name", "Surname", "DOB", "Phone 1", "phone2", "E-mail", "Company", "IBAN",
              "notes"]
    mapping = tabular.detect_mapping(header)
    person = mapping["entities"][0]
    assert person["properties"]["name"] == "{First Name} {Surname}"
    assert person["properties"]["phone"] == ["Phone 1", "phone2"]
    assert person["key"] == ["{First Name} {Surname}", "DOB"]
    assert [e["schema"] for e in mapping["entities"]] == ["Person", "Company", "BankAccount"]
    assert [x["schema"] for x in mapping["links"]] == ["UnknownLink", "Ownership"]
    text = ",".join(header) + "\nAna,Ruiz,1990-01-01,+34 600 1,,ana@example.org,ACME,ES91 2100 " \
                              "0418 4502 0005 1332,\n"
    items = read(write(tmp_path, text), mapping)
    assert kinds(items) == {"Record": 1, "Entity": 3, "Link": 2}
    assert tabular.detect_mapping(["id", "comment"])["entities"] == []


def test_preview_maps_the_first_rows(test_data):
    header, rows = tabular.preview(test_data / "suspects.csv",
                                   test_data / "mappings" / "suspects.json", rows=2)
    assert header[:3] == ["ref", "date", "first"]
    assert len(rows) == 2 and rows[0]["line"] == "suspects.csv:2"
    assert rows[0]["record"]["title"] == "Report ES-2024-001"
    assert rows[0]["entities"][0]["caption"] == "José Müller-Ñúñez"
    assert rows[0]["links"][0]["target"] == "Transportes Ejemplo SL"
