"""Cross-referencing across agencies: candidates, evidence, incremental runs, judgements."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from liaison.analysis.xref import engine as xref
from liaison.analysis.xref.judgements import rebuild_clusters
from liaison.analysis.xref.names import TokenWeights, name_form, name_similarity
from liaison.analysis.xref.scoring import (
    DEFAULT_THRESHOLD,
    LIKELY,
    POSSIBLE,
    Profile,
    score_pair,
)
from liaison.formats.base import ImportOptions
from liaison.formats.importer import ingest_items
from liaison.model.errors import LiaisonError, OperationCancelled
from liaison.model.progress import Progress
from liaison.model.records import Entity, Record, stable_id
from liaison.store.database import transaction
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

AGENCIES = {"BKA": ("Bundeskriminalamt", "DE"), "CBS": ("Centralne Biuro Śledcze", "PL"),
            "GDBOP": ("GDBOP", "BG"), "DGSN": ("DGSN", "MA")}


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


def person(agency: str, key: str, name: str, **props: str | list[str]) -> Entity:
    entity = Entity(stable_id(agency, "test", key), "Person",
                    record_ids=[stable_id(agency, "test", "record")])
    entity.add_raw("name", name)
    for prop, values in props.items():
        for value in [values] if isinstance(values, str) else values:
            entity.add_raw(prop, value)
    return entity


def ingest(ws, agency: str, *entities: Entity) -> None:
    """One import by ``agency``: its record, then the entities it names."""
    name, country = AGENCIES[agency]
    record = Record(stable_id(agency, "test", "record"), name, country, f"{agency}-1",
                    "Report")
    ingest_items(ws.conn, [record, *entities], source_name=f"{agency}.json", fmt="test",
                 sha256="0" * 64, actor=ws.actor)


def pairs(ws, **kwargs) -> dict[frozenset[str], dict]:
    found = ws.xref_candidates(limit=1000, **kwargs)
    return {frozenset((p["a"]["id"], p["b"]["id"])): p for p in found}


def facts(pair: dict) -> str:
    return " | ".join(e["fact"] for e in pair["evidence"])


# --- candidates ------------------------------------------------------------------------


def test_identifier_match_across_agencies_with_evidence(ws):
    a = person("BKA", "p1", "Jan Kowalski", phone="0151 23456789")
    b = person("CBS", "p9", "Marek Nowak", phone="+49 151 2345 6789")
    ingest(ws, "BKA", a)
    ingest(ws, "CBS", b)
    summary = ws.xref_run()
    assert summary.compared == 2 and summary.stored == 1
    pair = pairs(ws, min_score=0)[frozenset((a.id, b.id))]
    assert "same phone +4915123456789" in facts(pair)
    assert pair["a"]["agencies"] != pair["b"]["agencies"]
    assert {pair["a"]["caption"], pair["b"]["caption"]} == {"Jan Kowalski", "Marek Nowak"}
    # Different names with one shared line: worth showing, not a proposed identity.
    assert pair["score"] < DEFAULT_THRESHOLD
    assert frozenset((a.id, b.id)) not in pairs(ws)


def test_shared_account_number_is_one_account(ws):
    accounts = []
    for agency, raw in (("BKA", "DE89 3704 0044 0532 0130 00"),
                        ("GDBOP", "de89370400440532013000")):
        acc = Entity(stable_id(agency, "test", "acc"), "BankAccount",
                     record_ids=[stable_id(agency, "test", "record")])
        acc.add_raw("iban", raw)
        accounts.append(acc)
        ingest(ws, agency, acc)
    ws.xref_run()
    pair = pairs(ws)[frozenset(a.id for a in accounts)]
    assert pair["score"] >= 0.9 and "same IBAN DE89370400440532013000" in facts(pair)


def test_number_plates_match_across_scripts_and_vins_decide(ws):
    def vehicle(agency: str, key: str, plate: str, vin: str | None = None) -> Entity:
        car = Entity(stable_id(agency, "test", key), "Vehicle",
                     record_ids=[stable_id(agency, "test", "record")])
        car.add_raw("registrationNumber", plate)
        car.add_raw("country", "BG")
        if vin:
            car.add_raw("vin", vin)
        return car

    cyrillic = vehicle("GDBOP", "v1", "СА 1234 ВК", "WVWZZZ1JZXW000001")
    latin = vehicle("BKA", "v1", "CA1234BK")
    other = vehicle("CBS", "v1", "CA-1234-BK", "WVWZZZ1JZXW999999")
    ingest(ws, "GDBOP", cyrillic)
    ingest(ws, "BKA", latin)
    ingest(ws, "CBS", other)
    ws.xref_run()
    found = pairs(ws, min_score=0)
    same = found[frozenset((cyrillic.id, latin.id))]
    assert same["score"] >= 0.9 and "same number plate CA1234BK" in facts(same)
    # One plate, two different VINs: re-registered plates happen; the VIN wins.
    clash = found[frozenset((cyrillic.id, other.id))]
    assert "different VIN" in facts(clash) and clash["score"] < DEFAULT_THRESHOLD


def test_same_agency_pairs_are_not_proposed(ws):
    ingest(ws, "BKA", person("BKA", "p1", "Aleksandr Petrov", phone="0151 23456789"),
           person("BKA", "p2", "Aleksandr Petrov", phone="0151 23456789"))
    summary = ws.xref_run()
    assert summary.stored == 0 and pairs(ws, min_score=0) == {}


def test_cyrillic_and_latin_names_pair(ws):
    latin = person("BKA", "p1", "Aleksandr Petrov", birthDate="1981-03-04")
    cyrillic = person("GDBOP", "p7", "Александр Петров", birthDate="1981-03-04")
    other = person("GDBOP", "p8", "Иван Смирнов")
    ingest(ws, "BKA", latin)
    ingest(ws, "GDBOP", cyrillic, other)
    ws.xref_run()
    found = pairs(ws)
    pair = found[frozenset((latin.id, cyrillic.id))]
    assert pair["score"] >= DEFAULT_THRESHOLD
    assert "fold to the same key" in facts(pair) and "same birth date 1981-03-04" in facts(pair)
    assert frozenset((latin.id, other.id)) not in found


@pytest.mark.parametrize(("a", "b", "similar"), [
    ("Sergej Schewtschenko", "Сергей Шевченко", True),
    ("Petro Szewczenko", "Petro Schewtschenko", True),
    ("Γιούρι Ζάιτσεφ", "Juri Saizew", True),
    ("Mohamed El Amrani", "محمد العمراني", True),
    ("Nadia Bouzid", "نادية بوزيد", True),
    ("Κάρλος Γκονθάλεθ", "Carlos González", True),
    ("Krzysztof Wisniewski", "Krzysztof Jankowski", False),
    ("Ivan Petrov", "Igor Petrov", False),
    ("Jan Schmidt", "أحمد الوزاني", False),
])
def test_name_similarity_across_scripts(a, b, similar):
    score = name_similarity(name_form(a), name_form(b), TokenWeights())
    assert (score >= 0.8) is similar, score


def test_conflicting_birth_dates_lower_the_score(ws):
    base = person("BKA", "p1", "Dimitar Ivanov", birthDate="1981-03-04")
    same = person("GDBOP", "p1", "Димитър Иванов", birthDate="1981-03-04")
    swapped = person("CBS", "p1", "Dimitar Iwanow", birthDate="1981-04-03")
    conflict = person("DGSN", "p1", "Dimitar Ivanov", birthDate="1979-11-02")
    ingest(ws, "BKA", base)
    ingest(ws, "GDBOP", same)
    ingest(ws, "CBS", swapped)
    ingest(ws, "DGSN", conflict)
    ws.xref_run()
    found = pairs(ws, min_score=0)
    agree = found[frozenset((base.id, same.id))]
    swap = found[frozenset((base.id, swapped.id))]
    assert "day and month swapped" in facts(swap)
    assert DEFAULT_THRESHOLD <= swap["score"] <= agree["score"]
    # The namesake born two years earlier is not even kept as a weak candidate.
    assert frozenset((base.id, conflict.id)) not in found
    a, b = (Profile(n, "Person", frozenset({agency})) for n, agency in ((1, "X"), (2, "Y")))
    for profile, born in ((a, "1981-03-04"), (b, "1979-11-02")):
        profile.add_value("name", "Dimitar Ivanov", "dimitar ivanov", "name")
        profile.add_value("birthDate", born, born, "date")
    scored = score_pair(a, b, TokenWeights())
    score, evidence = scored.score, scored.evidence
    assert score == pytest.approx(0.5)
    assert evidence[-1].as_dict() == {"fact": "birth dates conflict 1981-03-04 / 1979-11-02",
                                      "weight": -0.5}


def test_name_parts_make_one_name_never_names_of_their_own(ws):
    # Two different men who share a given name: FtM writes firstName/lastName beside the
    # name; "Thomas" alone must not make them "the same name".
    maier = person("BKA", "p1", "Thomas Maier", firstName="Thomas", lastName="Maier")
    herrmann = person("CBS", "p1", "Herrmann, Thomas", firstName="Thomas",
                      lastName="Herrmann")
    # Only the parts, no whole name: compared by the name they make together.
    parts = person("GDBOP", "p1", "", firstName="Thomas", lastName="Maier")
    assert "name" not in parts.properties  # add_raw skips the empty name
    ingest(ws, "BKA", maier)
    ingest(ws, "CBS", herrmann)
    ingest(ws, "GDBOP", parts)
    ws.xref_run()
    found = pairs(ws, min_score=0)
    assert frozenset((maier.id, herrmann.id)) not in found
    assert found[frozenset((maier.id, parts.id))]["score"] == 1.0


def test_identifiers_match_as_partners_write_them(ws):
    # The local part of an e-mail in another case; a full international number the
    # numbering plan calls invalid, written by both partners.
    a = person("BKA", "p2", "Karim Benali", email="K.Benali@Example.org",
               phone="+212 5 99 99 99 99")
    b = person("DGSN", "p2", "Benali Karim", email="k.benali@example.org")
    c = person("CBS", "p2", "K. Benali", phone="00212599999999")
    for agency, entity in (("BKA", a), ("DGSN", b), ("CBS", c)):
        ingest(ws, agency, entity)
    invalid = ws.conn.execute("SELECT count(*) FROM entity_values WHERE kind = 'phone' "
                              "AND valid = 0").fetchone()[0]
    assert invalid == 2  # flagged, as the plan says, and still a match key
    ws.xref_run()
    found = pairs(ws, min_score=0)
    assert "same e-mail k.benali@example.org" in facts(found[frozenset((a.id, b.id))])
    assert "same phone +212599999999" in facts(found[frozenset((a.id, c.id))])


def test_emails_stored_before_are_compared_without_case_after_the_upgrade(ws):
    from liaison.store.migrations import MIGRATIONS

    a = person("BKA", "p3", "Lena Vogt", email="Lena.Vogt@example.org")
    ingest(ws, "BKA", a)
    ws.conn.execute("UPDATE entity_values SET value = 'Lena.Vogt@example.org' "
                    "WHERE kind = 'email'")  # as stored before version 10
    step = next(m for m in MIGRATIONS if m.version == 10)
    step.apply(ws.conn)
    assert ws.conn.execute("SELECT raw, value FROM entity_values WHERE kind = 'email'"
                           ).fetchall() == [("Lena.Vogt@example.org", "lena.vogt@example.org")]


def _profile(eid: int, **values: str) -> Profile:
    profile = Profile(eid, "Person", frozenset({f"agency {eid}"}))
    profile.add_value("name", "Jean Martin", "jean martin", "name")
    for kind, value in values.items():
        profile.add_value({"passport": "passportNumber", "national_id": "idNumber"}.get(
            kind, kind), value, value, kind)
    return profile


@pytest.mark.parametrize(("kind", "mine", "theirs", "weight"), [
    ("passport", "18AV12345", "19CK55555", -0.35),
    ("national_id", "85010112345", "91120354321", -0.45),
    ("email", "jean.martin@example.org", "jmartin@example.net", -0.2),
    ("phone", "+33612345678", "+33698765432", -0.15),
])
def test_identifiers_that_differ_count_against_a_namesake(kind, mine, theirs, weight):
    scored = score_pair(_profile(1, **{kind: mine}), _profile(2, **{kind: theirs}),
                        TokenWeights())
    against = [e for e in scored.evidence if "different" in e.fact]
    assert [e.as_dict()["weight"] for e in against] == [weight]
    # A name alone against a conflicting identifier is never "likely the same".
    assert scored.level != "likely" and scored.name_only
    if 1.0 + weight >= LIKELY:  # the conflict alone leaves it "likely": the name is alone
        assert scored.evidence[-1].fact == "only the name agrees, and another fact disagrees"


def test_ids_of_different_shapes_are_no_conflict():
    # A PESEL on one side, an identity-card number on the other: both may be his.
    scored = score_pair(_profile(1, national_id="85010112345"),
                        _profile(2, national_id="ABC123456"), TokenWeights())
    assert scored.score == 1.0 and not any("different" in e.fact for e in scored.evidence)


def test_hub_values_are_capped_and_flagged(ws, monkeypatch):
    monkeypatch.setattr(xref, "HUB_LIMIT", 3)
    names = ["Anna Nowak", "Jan Wolf", "Omar Tazi", "Elena Popova", "Pablo Ruiz"]
    for n, name in enumerate(names):
        agency = ("BKA", "CBS", "GDBOP", "DGSN")[n % 4]
        ingest(ws, agency, person(agency, f"p{n}", name, phone="+49 30 1234567"))
    summary = ws.xref_run()
    assert summary.hubs == [{"kind": "phone", "value": "+49301234567", "entities": 5}]
    assert summary.stored == 0
    assert ws.xref_hubs()[0]["value"] == "+49301234567"


def test_incremental_run_compares_only_new_entities(ws):
    first = person("BKA", "p1", "Aleksandr Petrov", phone="0151 23456789")
    ingest(ws, "BKA", first, person("BKA", "p2", "Olga Smirnova"))
    assert ws.xref_run().compared == 2
    again = ws.xref_run()
    assert again.compared == 0 and again.pairs_scored == 0
    later = person("GDBOP", "p1", "Александр Петров", phone="+49 151 23456789")
    ingest(ws, "GDBOP", later)
    step = ws.xref_run()
    assert step.compared == 1 and step.pairs_scored == 1
    assert frozenset((first.id, later.id)) in pairs(ws)
    mark = ws.conn.execute("SELECT value FROM meta WHERE key = 'xref_compared_eid'").fetchone()
    assert int(mark[0]) == ws.conn.execute("SELECT max(eid) FROM entities").fetchone()[0]
    full = ws.xref_run(full=True)
    assert full.compared == 3 and full.stored == 1
    assert [e.action for e in ws.audit_entries()].count("xref.run") == 4


def test_an_entity_that_gains_a_name_or_phone_later_is_compared_again(ws):
    old = person("BKA", "p1", "Ivan Sidorov")
    caller = person("BKA", "p2", "V. O.")
    ingest(ws, "BKA", old, caller)
    petrov = person("GDBOP", "p1", "Александр Петров")
    orlov = person("GDBOP", "p2", "Viktor Orlov", phone="+49 151 23456789")
    ingest(ws, "GDBOP", petrov, orlov)
    assert ws.xref_run().stored == 0
    # A later BKA report gives the old entities an alias and a phone (same entity ids).
    ingest(ws, "BKA", person("BKA", "p1", "Aleksandr Petrov"),
           person("BKA", "p2", "V. O.", phone="0151 23456789"))
    step = ws.xref_run()
    assert step.compared == 2  # no new entity: the two that changed
    # A common name alone (and a small store, which cannot count its own): "possible".
    found = pairs(ws, min_score=POSSIBLE)
    assert found[frozenset((old.id, petrov.id))]["level"] == "possible"
    shared = pairs(ws, min_score=0)[frozenset((caller.id, orlov.id))]
    assert "+4915123456789" in facts(shared)
    again = ws.xref_run()
    assert again.compared == 0 and again.pairs_scored == 0
    assert ws.conn.execute("SELECT count(*) FROM xref_pending").fetchone()[0] == 0


def test_cancel_leaves_the_store_unchanged(ws):
    ingest(ws, "BKA", person("BKA", "p1", "Aleksandr Petrov"))
    ingest(ws, "GDBOP", person("GDBOP", "p1", "Александр Петров"))
    audit_before = len(ws.audit_entries())

    def listener(done, total, message):
        if message == "Comparing entities":
            progress.cancel()

    progress = Progress(listener)
    with pytest.raises(OperationCancelled):
        ws.xref_run(progress=progress)
    assert ws.conn.execute("SELECT count(*) FROM xref_candidates").fetchone()[0] == 0
    assert ws.conn.execute(
        "SELECT value FROM meta WHERE key = 'xref_compared_eid'").fetchone()[0] == "0"
    assert len(ws.audit_entries()) == audit_before
    assert ws.xref_run().stored == 1


# --- judgements and clusters --------------------------------------------------------


@pytest.fixture
def trio(ws):
    """The same man as three agencies wrote him, already cross-referenced."""
    people = [person("BKA", "p1", "Aleksandr Petrov", birthDate="1981-03-04"),
              person("GDBOP", "p1", "Александр Петров", birthDate="1981-03-04"),
              person("CBS", "p1", "Aleksander Pietrow", birthDate="1981-03-04")]
    for entity, agency in zip(people, ("BKA", "GDBOP", "CBS"), strict=True):
        ingest(ws, agency, entity)
    ws.xref_run()
    return [p.id for p in people]


def test_judgements_round_trip_and_undo_restores_the_candidate(ws, trio):
    a, b, _ = trio
    pair = frozenset((a, b))
    assert pair in pairs(ws)
    result = ws.xref_judge(a, b, "different")
    assert result.verdict == "different" and result.previous is None
    assert pair not in pairs(ws)
    assert pairs(ws, include_judged=True)[pair]["verdict"] == "different"
    ws.xref_judge(b, a, "unsure")  # either order names the same pair
    assert pairs(ws)[pair]["verdict"] == "unsure"
    undone = ws.xref_undo(a, b)
    assert undone.previous == "unsure"
    assert pairs(ws)[pair]["verdict"] is None
    history = ws.conn.execute("SELECT verdict FROM xref_judgements ORDER BY seq").fetchall()
    assert [v for (v,) in history] == ["different", "unsure", "undone"]
    with pytest.raises(LiaisonError, match="no judgement to undo"):
        ws.xref_undo(a, b)


def test_same_builds_a_cluster_of_three_and_undo_splits_it(ws, trio):
    a, b, c = trio
    ws.xref_judge(a, b, "same")
    result = ws.xref_judge(b, c, "same")
    assert result.cluster == trio == ws.cluster_members(c)
    eids = [ws.conn.execute("SELECT eid FROM entities WHERE id = ?", (i,)).fetchone()[0]
            for i in trio]
    clusters = dict(ws.conn.execute("SELECT eid, cluster FROM entity_clusters"))
    assert clusters == dict.fromkeys(eids, min(eids))
    # The implied pair a / c is not put to the analyst again.
    assert frozenset((a, c)) not in pairs(ws)
    ws.xref_undo(a, b)
    assert ws.cluster_members(a) == [a]
    assert ws.cluster_members(b) == ws.cluster_members(c) == [b, c]
    assert frozenset((a, b)) in pairs(ws)
    ws.xref_judge(c, b, "different")  # replacing 'same' splits too
    assert ws.conn.execute("SELECT count(*) FROM entity_clusters").fetchone()[0] == 0


def test_a_different_verdict_inside_a_cluster_is_reported_not_hidden(ws, trio):
    a, b, c = trio
    ws.xref_judge(a, b, "same")
    assert ws.xref_judge(b, c, "same").contradictions == []
    result = ws.xref_judge(a, c, "different")  # A = B = C, then A ≠ C
    assert result.cluster == trio  # nothing undone behind the analyst's back
    assert result.contradictions == [tuple(sorted((a, c)))]
    assert result.as_dict()["contradictions"] == [sorted((a, c))]
    # Resolving it (withdrawing one 'same') clears the contradiction.
    assert ws.xref_undo(a, b).contradictions == []
    # Joining across an existing 'different' is reported at the joining verdict too.
    assert ws.xref_judge(a, b, "same").contradictions == [tuple(sorted((a, c)))]


def test_entity_detail_lists_its_pairs_and_confirmed_twins(ws, trio):
    a, b, c = trio

    def others(detail):
        return {p["b"]["id"] if p["a"]["id"] == a else p["a"]["id"]: p["verdict"]
                for p in detail.candidates}

    assert others(ws.entity_detail(a)) == {b: None, c: None}
    assert ws.entity_detail(a).same_as == []
    ws.xref_judge(a, b, "same")
    ws.xref_judge(a, c, "different")
    detail = ws.entity_detail(a)
    assert others(detail) == {b: "same", c: "different"}
    assert detail.same_as == [(b, "Александр Петров")]
    assert detail.candidates[0]["evidence"]


def test_clusters_kept_step_by_step_match_a_rebuild(ws, trio):
    a, b, c = trio
    for x, y, verdict in ((a, b, "same"), (b, c, "same"), (a, c, "same"), (a, b, "unsure"),
                          (b, c, "different"), (b, c, "same")):
        ws.xref_judge(x, y, verdict)
    kept = sorted(ws.conn.execute("SELECT eid, cluster FROM entity_clusters"))
    with transaction(ws.conn):
        assert rebuild_clusters(ws.conn) == 1
    assert sorted(ws.conn.execute("SELECT eid, cluster FROM entity_clusters")) == kept
    assert ws.cluster_members(b) == trio


def test_judgements_are_audited(ws, trio):
    a, b, _ = trio
    ws.xref_judge(a, b, "same")
    ws.xref_undo(a, b)
    entries = [e for e in ws.audit_entries() if e.action == "xref.judge"]
    assert [e.details["verdict"] for e in entries] == ["same", "undone"]
    assert entries[1].details["previous"] == "same"
    assert entries[0].object == " ".join(sorted((a, b)))
    assert ws.audit_verify().ok


def test_bad_judgements_are_refused(ws, trio):
    a, b, _ = trio
    with pytest.raises(LiaisonError, match="not a verdict"):
        ws.xref_judge(a, b, "maybe")
    with pytest.raises(LiaisonError, match="two different entities"):
        ws.xref_judge(a, a, "same")
    with pytest.raises(LiaisonError, match="No entity"):
        ws.xref_judge(a, "no-such-entity", "same")
    assert ws.conn.execute("SELECT count(*) FROM xref_judgements").fetchone()[0] == 0


# --- public samples and the command line -----------------------------------------------


def test_public_samples_every_entity_pairs_with_its_twin(ws, samples):
    source = samples / "ftm" / "donations.ijson"
    for agency, country in (("Bundeskriminalamt", "DE"), ("Policía Nacional", "ES")):
        ws.import_file(source, options=ImportOptions(agency=agency, country=country))
    ws.xref_run()
    found = pairs(ws, min_score=POSSIBLE)
    twins = likely = 0
    for line in source.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        first = stable_id("Bundeskriminalamt", "ftm", item["id"])
        second = stable_id("Policía Nacional", "ftm", item["id"])
        stored = ws.conn.execute("SELECT count(*) FROM entities WHERE id IN (?, ?)",
                                 (first, second)).fetchone()[0]
        if stored == 2:
            twins += 1
            assert frozenset((first, second)) in found, item
            likely += found[frozenset((first, second))]["level"] == "likely"
    assert twins >= 150  # persons, organisations, companies and addresses
    # Only the two Schnabel entries, which each agency holds twice ("Herr Prof. Dr.
    # Schnabel" and "... Hermann Schnabel"), are merely possible.
    assert likely == twins - 2


def _cli(*args, folder, passfile):
    return subprocess.run([sys.executable, "-m", "liaison", "--workspace", str(folder),
                           "--passphrase-file", str(passfile), *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


def test_cli_lists_judges_and_undoes(tmp_path, trio, ws):
    folder = ws.folder
    ws.close()
    passfile = tmp_path / "pp.txt"
    passfile.write_text(PASSPHRASE + "\n")
    a, b, _ = trio
    done = _cli("xref", "--json", folder=folder, passfile=passfile)
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert len(listed["pairs"]) == 3 and listed["run"]["compared"] == 0
    done = _cli("xref", "judge", a, b, "same", folder=folder, passfile=passfile)
    assert done.returncode == 0, done.stderr
    assert "same (was undecided)" in done.stdout and "2 entities" in done.stdout
    done = _cli("xref", "--json", "undo", b, a, folder=folder, passfile=passfile)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["previous"] == "same"
    done = _cli("xref", "judge", a, b, "perhaps", folder=folder, passfile=passfile)
    assert done.returncode == 2 and "invalid choice" in done.stderr
    done = _cli("xref", "--min-score", "0.95", "--limit", "1", folder=folder,
                passfile=passfile)
    assert done.returncode == 0 and done.stdout.count("<->") == 1
    # --limit 0 lists every pair, streamed as one JSON object; none is still valid JSON.
    done = _cli("xref", "--json", "--limit", "0", "--min-score", "0", folder=folder,
                passfile=passfile)
    assert done.returncode == 0, done.stderr
    every = json.loads(done.stdout)
    assert len(every["pairs"]) == 3 and every["run"]["compared"] == 0 and "hubs" in every
    assert every["pairs"] == sorted(every["pairs"], key=lambda p: -p["score"])
    done = _cli("xref", "--json", "--limit", "0", "--offset", "3", folder=folder,
                passfile=passfile)
    assert done.returncode == 0 and json.loads(done.stdout)["pairs"] == []
    done = _cli("xref", "--limit", "-1", folder=folder, passfile=passfile)
    assert done.returncode != 0 and "--limit must be 0" in done.stderr
    # Each pair says its confidence level; --level possible lists those too.
    done = _cli("xref", "--json", "--level", "possible", folder=folder, passfile=passfile)
    assert done.returncode == 0, done.stderr
    assert {p["level"] for p in json.loads(done.stdout)["pairs"]} <= {"likely", "possible"}
    done = _cli("xref", "--level", "likely", folder=folder, passfile=passfile)
    assert done.returncode == 0 and " likely " in done.stdout
    done = _cli("xref", "--level", "likely", "--min-score", "0.5", folder=folder,
                passfile=passfile)
    assert done.returncode != 0 and "not both" in done.stderr
    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as again:
        handed: list[dict] = []
        assert again.xref_each_candidate(handed.append, min_score=0.0) == 3
        assert handed == again.xref_candidates(min_score=0.0, limit=0)
        verdicts = [e.details["verdict"] for e in again.audit_entries()
                    if e.action == "xref.judge"]
    assert verdicts == ["same", "undone"]
