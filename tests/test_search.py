"""Search over a real SQLCipher workspace: identifiers, scripts, typos, facets, paging, clusters."""

from __future__ import annotations

import pytest

from liaison.analysis.snippets import MARK_END, MARK_START
from liaison.model.errors import FormatError, QueryError
from liaison.store import search_index
from liaison.store.database import transaction
from liaison.workspace import Workspace

from . import search_data as data
from .workspace_helpers import PASSPHRASE


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "DE", use_keyring=False,
                          passphrase=PASSPHRASE)
    data.ingest(ws, data.case_items())
    yield ws
    ws.close()


def ids(results) -> set[str]:
    return {hit.id for hit in results.hits}


def found(ws, query: str, region: str | None = None) -> set[str]:
    return ids(ws.search_records(query, limit=100, region=region))


# --- identifiers -------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["+49 151 23456789", "0049151 23456789", "0049 151 2345 6789",
                                   "+4915123456789", "0151 2345 6789", "015123456789"])
def test_phone_found_however_written(ws, query):
    assert found(ws, query, region="DE") == {data.R1.id}


def test_national_phone_read_in_the_workspace_country_by_default(ws):
    assert found(ws, "0151 2345 6789") == {data.R1.id}  # the workspace is German
    # Read as a Spanish number it is another phone, and the digits appear nowhere.
    assert found(ws, "0151 2345 6789", region="ES") == set()


def test_foreign_phone_in_international_form(ws):
    assert found(ws, "0034 612 34 56 78") == {data.R3.id}


@pytest.mark.parametrize("query", ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000",
                                   "de89370400440532013000"])
def test_iban_with_and_without_spaces(ws, query):
    assert found(ws, query) == {data.R1.id}


def test_email_case_insensitive(ws):
    assert found(ws, "ivan.courier@EXAMPLE.org") == {data.R2.id}


# --- names across scripts, typos ----------------------------------------------------------

def test_latin_name_finds_cyrillic_record(ws):
    assert found(ws, "Aleksandr Petrov") == {data.R1.id, data.R2.id}
    assert found(ws, '"Aleksandr Petrov"') == {data.R1.id, data.R2.id}


def test_cyrillic_name_finds_latin_record(ws):
    assert found(ws, "Петров") == {data.R1.id, data.R2.id}


def test_transliteration_variant_via_phonetic_key(ws):
    assert found(ws, "Alexander Petrov") == {data.R1.id, data.R2.id}


def test_german_and_english_transliterations_of_v_find_each_other(ws):
    """Cyrillic в is w in German and Polish (Petrow), v in English (Petrov)."""
    assert found(ws, "Petrow") == {data.R1.id, data.R2.id}
    assert found(ws, "Aleksandr Petrow") == {data.R1.id, data.R2.id}
    hit = next(h for h in ws.search_records("Petrow").hits if h.id == data.R1.id)
    assert "\x02Petrov\x03" in hit.snippet  # marked as a match in the snippet


def test_greek_name_by_latin_spelling(ws):
    assert found(ws, "Papadopoulos") == {data.R4.id}
    assert found(ws, "Peiraia") == {data.R4.id}  # narrative words are folded too


def test_latin_letters_without_ascii_base(ws):
    assert found(ws, "Lodz") == found(ws, "Łódź") == {data.R1.id}
    assert found(ws, "Malaga") == found(ws, "MÁLAGA") == {data.R3.id}


def test_fuzzy_finds_a_typo(ws):
    assert found(ws, "Ivamov") == set()
    assert found(ws, "Ivamov~") == {data.R3.id}
    assert found(ws, "Ivamov~1") == {data.R3.id}
    assert found(ws, "Ivamov~0") == set()


def test_prefix(ws):
    assert found(ws, "Hambu*") == {data.R1.id}


def test_snippets_mark_matched_words(ws):
    hit = ws.search_records("courier Hamburg").hits[0]
    assert f"{MARK_START}courier{MARK_END}" in hit.snippet
    assert hit.title == f"Port meeting in {MARK_START}Hamburg{MARK_END}"
    # Matched only through the folded column: marked by our own marker.
    bg = ws.search_records("Aleksandr agency:GDBOP").hits[0]
    assert f"{MARK_START}Александр{MARK_END}" in bg.snippet


def test_long_narratives_get_a_marked_snippet_around_the_first_match(ws):
    # Past FTS_SNIPPET_CHARS the snippet is ours (one pass), not FTS5's (quadratic in the
    # matches: issue 17); it must read the same way. Timing is in the search benchmark.
    from liaison.formats.importer import ingest_items
    from liaison.model.records import Record, stable_id

    repeated = Record(id=stable_id("t", "long-1"), agency="BKA", country="DE", reference="L-1",
                      title="Bills of lading", narrative="Frachtbriefe " * 100_000)
    deep = Record(id=stable_id("t", "long-2"), agency="BKA", country="DE", reference="L-2",
                  title="Long log", narrative="Routine entry. " * 20_000
                  + "Then the Frachtbriefe were swapped at the quay. " + "Routine. " * 500)
    ingest_items(ws.conn, [repeated, deep], source_name="long", fmt="test", sha256="1" * 64,
                 actor=ws.actor)
    hits = {h.id: h for h in ws.search_records("Frachtbriefe").hits}
    first = hits[repeated.id].snippet
    assert first.startswith(f"{MARK_START}Frachtbriefe{MARK_END} ") and first.endswith("…")
    assert first.count(MARK_START) == 24 and len(first) < 500
    second = hits[deep.id].snippet
    assert second.startswith("…") and second.endswith("…") and len(second) < 500
    assert f"Then the {MARK_START}Frachtbriefe{MARK_END} were swapped" in second


# --- filters, facets, paging ---------------------------------------------------------------

def test_facets_over_all_hits(ws):
    results = ws.search_records("", limit=5)
    assert results.total == 4 + data.FILLERS and len(results.hits) == 5
    f = results.facets
    assert f["agency"] == {"Bundeskriminalamt": 31, "General Directorate Combating Organised "
                           "Crime (GDBOP)": 1, "Hellenic Police": 1, "Policía Nacional": 1}
    assert f["country"] == {"DE": 31, "BG": 1, "ES": 1, "GR": 1}
    assert f["tlp"] == {"CLEAR": 30, "AMBER": 2, "GREEN": 1, "RED": 1}
    assert f["handling"] == {"H0": 32, "H1": 1, "H2": 1}
    assert f["year"] == {"2023": 31, "2024": 1, "2025": 2}


def test_facets_of_a_text_query(ws):
    results = ws.search_records("Petrov", limit=1)
    assert results.total == 2 and len(results.hits) == 1
    assert results.facets["country"] == {"BG": 1, "DE": 1}
    assert results.facets["year"] == {"2024": 1, "2025": 1}


def test_paging(ws):
    first = ws.search_records("patrol", limit=10, offset=0)
    second = ws.search_records("patrol", limit=10, offset=10)
    last = ws.search_records("patrol", limit=10, offset=25)
    assert first.total == second.total == data.FILLERS
    assert len(first.hits) == len(second.hits) == 10 and len(last.hits) == 5
    assert not ids(first) & ids(second)
    everything = ids(ws.search_records("patrol", limit=100))
    assert ids(first) | ids(second) <= everything and len(everything) == data.FILLERS


def test_filter_only_newest_first(ws):
    results = ws.search_records("agency:bundeskriminalamt", limit=3)
    assert results.total == 31
    assert [h.reported for h in results.hits] == ["2025-03-02", "2023-01-30", "2023-01-29"]
    assert all(h.score == 0.0 for h in results.hits)


@pytest.mark.parametrize(("query", "expected"), [
    ("tlp:red", {"r3"}), ("tlp:amber handling:H1", {"r1"}), ("grade:A1", {"r2"}),
    ("grade:C", {"r3"}), ("grade:3", {"r3", "r4"}), ("country:Spain", {"r3"}),
    ("lang:bul", {"r2"}), ("agency:GDBOP", {"r2"}), ('agency:"hellenic police"', {"r4"}),
    ("type:BankAccount", {"r1"}), ("status:active Petrov", {"r1", "r2"}),
    ("Petrov NOT country:DE", {"r2"}), ("Petrov OR Ivanov", {"r1", "r2", "r3"}),
    ("(Petrov OR Ivanov) tlp:RED", {"r3"}), ("Petrov AND NOT Hamburg", {"r2"}),
])
def test_filters(ws, query, expected):
    keys = {data.R1.id: "r1", data.R2.id: "r2", data.R3.id: "r3", data.R4.id: "r4"}
    assert {keys.get(i, i) for i in found(ws, query)} == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("reported:2025-01..2025-06", {"r1", "r3"}), ("reported:2025", {"r1", "r3"}),
    ("reported:..2024", {"r2", "r4"}), ("reported:2024-11", {"r2"}),
    ("received:2025-03", {"r1"}), ("received:2025-03-05..", {"r1", "r3"}),
    ("event:2024", {"r3"}), ("event:2025", set()), ("reported:2025-06-15", {"r3"}),
])
def test_date_ranges(ws, query, expected):
    keys = {data.R1.id: "r1", data.R2.id: "r2", data.R3.id: "r3", data.R4.id: "r4"}
    fillers = {r.id for r in data.FILLER_RECORDS}
    assert {keys[i] for i in found(ws, query) - fillers} == expected


def test_malformed_query_names_the_position(ws):
    with pytest.raises(QueryError, match="position 7") as err:
        ws.search_records("Petrov )")
    assert err.value.position == 7


# --- entities -----------------------------------------------------------------------------

def test_entity_search_with_matched_identifier(ws):
    results = ws.search_entities("+49 151 23456789")
    assert [h.caption for h in results.hits] == ["Aleksandr Petrov"]
    assert results.hits[0].matched_identifiers == [{"kind": "phone",
                                                   "value": "+4915123456789"}]
    assert results.facets == {"type": {"Person": 1}}


def test_entity_cluster_collapses_into_one_hit(ws):
    eids = dict(ws.conn.execute("SELECT caption, eid FROM entities"))
    latin, cyrillic = eids["Aleksandr Petrov"], eids["Александр Петров"]
    before = ws.search_entities("Petrov")
    assert before.total == 2
    with transaction(ws.conn):
        ws.conn.executemany("INSERT INTO entity_clusters (eid, cluster) VALUES (?, ?)",
                            [(latin, min(latin, cyrillic)), (cyrillic, min(latin, cyrillic))])
    after = ws.search_entities("Petrov")
    assert after.total == 1 and len(after.hits) == 1
    hit = after.hits[0]
    assert hit.eid == min(latin, cyrillic)
    assert {m.caption for m in hit.members} == {"Aleksandr Petrov", "Александр Петров"}
    assert hit.records == 2


def test_entity_type_facets_and_filter(ws):
    results = ws.search_entities("type:person")
    assert results.facets == {"type": {"Person": 4}} and results.total == 4
    assert ws.search_entities("agency:GDBOP").total == 1


# --- audit, index consistency -------------------------------------------------------------

def test_search_is_audited(ws):
    ws.search_records("Petrov", limit=5)
    ws.search_entities("Ivanov")
    last = ws.audit_entries()[-2:]
    assert [(e.action, e.object) for e in last] == [("search", "Petrov"), ("search", "Ivanov")]
    assert last[0].details["hits"] == 2 and last[1].details["target"] == "entities"


def test_failed_import_indexes_nothing(ws):
    def broken():
        yield data.record("x1", "Bundeskriminalamt", "DE", "Unicorn sighting", "Unicorn.",
                          reported="2025-01-01")
        raise FormatError("t.json: line 3: unexpected end of data")

    with pytest.raises(FormatError):
        data.ingest(ws, broken())
    assert found(ws, "Unicorn") == set()
    count = ws.conn.execute("SELECT count(*) FROM records_fts").fetchone()[0]
    assert count == 4 + data.FILLERS


def test_updated_record_is_reindexed(ws):
    newer = data.record("r3", "Policía Nacional", "ES", "Detención en Málaga",
                        "Corregido: detenido Sergei Smirnov.", reported="2025-06-15",
                        tlp="RED", handling="H2", grade="C3", version=2)
    data.ingest(ws, [newer])
    assert found(ws, "Smirnov") == {data.R3.id}
    assert found(ws, "puerto") == set()


def test_rebuild_all_gives_the_same_answers(ws):
    before = {q: found(ws, q) for q in ("Petrov", "0151 2345 6789", "Papadopoulos")}
    with transaction(ws.conn):
        counts = search_index.rebuild_all(ws.conn)
    assert counts == (4 + data.FILLERS, 5)
    assert {q: found(ws, q) for q in before} == before


def test_demo_case_names_across_scripts(tmp_path):
    with Workspace.create(tmp_path / "demo", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE) as demo_ws:
        demo_ws.import_demo(800, seed=3)
        captions = [h.caption for h in demo_ws.search_entities("Petrov", limit=100).hits]
        assert any(c.isascii() for c in captions)
        assert any(not c.isascii() for c in captions), captions
        assert demo_ws.search_records("petrov").total > 0


def test_agencies_lists_every_source_without_a_search(ws):
    before = len(ws.audit_entries())
    agencies = ws.agencies()
    assert [(a.name, a.country, a.records) for a in agencies] == [
        ("Bundeskriminalamt", "DE", 1 + data.FILLERS),
        ("General Directorate Combating Organised Crime (GDBOP)", "BG", 1),
        ("Hellenic Police", "GR", 1),
        ("Policía Nacional", "ES", 1)]
    assert len(ws.audit_entries()) == before  # a listing of sources, not a consultation
    # The same agencies as the facets of the empty (audited) search.
    assert {a.name for a in agencies} == set(ws.search_records("").facets["agency"])


def test_further_page_without_facets(ws):
    first = ws.search_records("agency:Bundeskriminalamt", limit=10)
    more = ws.search_records("agency:Bundeskriminalamt", limit=10, offset=10, facets=False)
    assert more.total == first.total == 1 + data.FILLERS and not any(more.facets.values())
    assert not ids(first) & ids(more) and len(more.hits) == 10
    assert ws.audit_entries()[-1].details["offset"] == 10
