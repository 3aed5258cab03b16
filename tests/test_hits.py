"""Hit/no-hit across agencies (issue 21): two real workspaces, real packages.

Politie NL asks BKA (DE) about 1,000 phone numbers; BKA holds 37 of them in records it
may share with NL, more in a TLP:RED record (withheld, so not part of the answer) and
numbers nobody asked about. NL learns exactly the 37; BKA's audit has counts only.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from liaison.exchange import hits, outbox, psi
from liaison.exchange.package import ANSWER, HitMessage, PackageContent
from liaison.model.hit_keys import HitKeyError, hit_key, parse_values
from liaison.model.records import Entity, Record, stable_id
from liaison.store.database import transaction

from .exchange_helpers import GENEROUS, add_records, two_agencies

ASKED = [f"+3161{n:07d}" for n in range(1000)]
HELD = ASKED[100:137]                        # 37 of those asked
RED = ASKED[500:510]                         # held too, but in a TLP:RED record
OTHER = [f"+49151{n:08d}" for n in range(300)]  # held, never asked


def _phones_record(agency: str, tag: str, phones: list[str], tlp: str = "GREEN") -> list:
    rec = Record(stable_id(agency, "hits", tag), agency, "DE", f"DE-{tag}", f"Phones {tag}",
                 "Numbers seen on seized handsets.", language="en", handling="H1", tlp=tlp)
    items: list = [rec]
    for i, phone in enumerate(phones):
        person = Entity(stable_id(agency, "hits", f"{tag}-{i}"), "Person", record_ids=[rec.id])
        person.add_raw("name", f"Holder {tag} {i}")
        person.add_raw("phone", phone)
        items.append(person)
    return items


@pytest.fixture
def pair(tmp_path):
    agencies = two_agencies(tmp_path)
    add_records(agencies.de, _phones_record("Bundeskriminalamt", "shared", HELD + OTHER))
    add_records(agencies.de, _phones_record("Bundeskriminalamt", "red", RED, tlp="RED"))
    values = tmp_path / "asked.csv"
    values.write_text("# phones from the seized handset\n"
                      + "".join(f"phone,{p}\n" for p in ASKED), encoding="utf-8")
    agencies.values = values
    yield agencies
    agencies.close()


def _answer_file(ws, query_id: str):
    package = ws.conn.execute("SELECT answer_id FROM hit_queries WHERE query_id = ? AND "
                              "direction = 'in'", (query_id,)).fetchone()[0]
    return ws.folder / "outbox" / f"{package}.p7m"


def _audit(ws, action: str) -> list[dict]:
    return [json.loads(d) for (d,) in ws.conn.execute(
        "SELECT details FROM audit WHERE action = ? ORDER BY seq", (action,))]


@pytest.mark.slow
def test_the_asker_learns_exactly_the_values_held(pair):
    sent = pair.nl.hit_query("BKA", values=pair.values)
    assert sent.asked == 1000
    got = pair.de.receive([sent.package.file])
    assert got[0].status == "merged", got[0].reason
    assert got[0].merge.hits["status"] == "pending"
    [answered] = [q for q in pair.de.hit_queries() if q["direction"] == "in"]
    assert answered["status"] == "answered" and answered["asked"] == 1000
    assert answered["held"] == 37 + 300          # the RED record's numbers take no part

    back = pair.nl.receive([_answer_file(pair.de, sent.query_id)])
    assert back[0].status == "merged", back[0].reason
    [mine] = pair.nl.hit_queries()
    assert mine["status"] == "answered" and mine["hits"] == 37
    assert {r["identifier"] for r in mine["results"] if r["hit"]} == \
        {f"phone:{p}" for p in HELD}
    assert len(mine["results"]) == 1000
    # The secret scalar is gone once the answer is in.
    assert pair.nl.conn.execute("SELECT secret FROM hit_queries").fetchone()[0] is None

    # Both audits count; neither the answerer's log nor its tables hold an asked value.
    [received] = _audit(pair.de, "hits.query_received")
    assert received["asked"] == 1000 and received["status"] == "pending"
    [answer] = _audit(pair.de, "hits.answer_sent")
    assert answer["asked"] == 1000 and answer["held"] == 337
    assert answer["records_withheld"] == 1
    assert _audit(pair.nl, "hits.query_sent")[0]["asked"] == 1000
    assert _audit(pair.nl, "hits.answer_received")[0]["hits"] == 37
    de_log = " ".join(str(row) for row in pair.de.conn.execute("SELECT * FROM audit"))
    de_queries = " ".join(str(row) for row in pair.de.conn.execute(
        "SELECT * FROM hit_queries"))
    for phone in ASKED[:200:7] + ASKED[::97]:
        assert phone not in de_log and phone[1:] not in de_log
        assert phone not in de_queries
    assert pair.de.conn.execute("SELECT points FROM hit_queries").fetchone()[0] is None
    assert pair.nl.audit_verify().ok and pair.de.audit_verify().ok


def test_a_query_over_the_agreements_cap_is_refused(pair):
    pair.de.partner_update("Politie", agreement=replace(GENEROUS, hit_max_values=500))
    sent = pair.nl.hit_query("BKA", values=pair.values)
    got = pair.de.receive([sent.package.file])
    assert got[0].status == "merged"
    [refused] = _audit(pair.de, "hits.query_refused")
    assert refused["asked"] == 1000 and "at most 500 per query" in refused["reason"]
    assert not _audit(pair.de, "hits.query_received")
    [q] = pair.de.hit_queries()
    assert q["status"] == "refused"
    assert pair.de.conn.execute("SELECT points FROM hit_queries").fetchone()[0] is None
    # The asker is told why.
    back = pair.nl.receive([_answer_file(pair.de, sent.query_id)])
    assert back[0].status == "merged", back[0].reason
    [mine] = pair.nl.hit_queries()
    assert mine["status"] == "refused" and "at most 500" in mine["reason"]
    assert mine["results"] == []


def test_queries_per_day_are_capped(pair):
    pair.de.partner_update("Politie", agreement=replace(GENEROUS, hit_max_per_day=1))
    first = pair.nl.hit_query("BKA", values=pair.values)
    second = pair.nl.hit_query("BKA", values=pair.values)
    pair.de.receive([first.package.file, second.package.file])
    statuses = {q["query_id"]: q["status"] for q in pair.de.hit_queries()}
    assert statuses == {first.query_id: "answered", second.query_id: "refused"}
    assert "in the last 24 hours" in _audit(pair.de, "hits.query_refused")[0]["reason"]


def test_the_asker_refuses_beyond_its_own_agreement(pair):
    pair.nl.partner_update("BKA", agreement=replace(GENEROUS, hit_max_values=999))
    before = len(list(pair.nl.folder.joinpath("outbox").glob("*"))) \
        if pair.nl.folder.joinpath("outbox").exists() else 0
    with pytest.raises(hits.HitError, match="allows at most 999 per query"):
        pair.nl.hit_query("BKA", values=pair.values)
    assert _audit(pair.nl, "hits.query_refused")[0]["asked"] == 1000
    assert pair.nl.hit_queries() == []
    after = len(list(pair.nl.folder.joinpath("outbox").glob("*"))) \
        if pair.nl.folder.joinpath("outbox").exists() else 0
    assert after == before


def _forged_answer(de, query_id: str, asked: int, bad_at: int, where: str):
    """BKA's own workspace signs an answer whose element ``bad_at`` is off the group."""
    small_order = bytes.fromhex("ec" + "ff" * 30 + "7f")
    points = [psi.hash_to_group(query_id, f"x{i}") for i in range(asked)]
    held = [psi.hash_to_group(query_id, f"y{i}") for i in range(3)]
    target = points if where == "points" else held
    target[bad_at] = small_order
    message = HitMessage(ANSWER, query_id, b"".join(points), b"".join(held), asked=asked)
    with transaction(de.conn):
        return outbox.queue_message(de.conn, de.folder, PackageContent(hits=message),
                                    "Politie", now=__import__("liaison.exchange.certs",
                                                              fromlist=["x"]).utcnow()).file


def test_a_tampered_answer_is_refused(pair):
    values = pair.values.with_name("few.csv")
    values.write_text("phone,+31612345678\nemail,a@example.org\n", encoding="utf-8")
    sent = pair.nl.hit_query("BKA", values=values)
    forged = _forged_answer(pair.de, sent.query_id, 2, 1, "points")
    got = pair.nl.receive([forged])
    assert got[0].status == "quarantined"
    assert "not a valid group element" in got[0].reason
    [mine] = pair.nl.hit_queries()
    assert mine["status"] == "sent" and mine["results"] == []
    assert pair.nl.conn.execute("SELECT secret FROM hit_queries").fetchone()[0] is not None


def test_an_invalid_held_element_only_fails_to_match(pair):
    """The answerer's own elements are compared, never multiplied by the asker's secret:
    one outside the group cannot leak anything and matches nothing."""
    values = pair.values.with_name("few.csv")
    values.write_text("phone,+31612345678\nemail,a@example.org\n", encoding="utf-8")
    sent = pair.nl.hit_query("BKA", values=values)
    got = pair.nl.receive([_forged_answer(pair.de, sent.query_id, 2, 1, "held")])
    assert got[0].status == "merged", got[0].reason
    [mine] = pair.nl.hit_queries()
    assert mine["status"] == "answered" and mine["hits"] == 0


def test_an_answer_to_no_query_of_ours_is_refused(pair):
    import uuid

    forged = _forged_answer(pair.de, str(uuid.uuid4()), 2, 0, "held")
    got = pair.nl.receive([forged])
    assert got[0].status == "quarantined"
    assert "answers no hit/no-hit query we sent" in got[0].reason


def test_values_are_normalised_before_they_are_hashed():
    assert parse_values("phone,06 12 34 56 78,NL\nphone,+31612345678\n") == \
        ["phone:+31612345678"]
    assert hit_key("passport", "xr 123456 7", "nl") == "passport:NL:XR1234567"
    assert hit_key("person", "Jan de VRIES", "1980-02-03") == "person:de jan vries:1980-02-03"
    assert parse_values('person,"VRIES, Jan de",1980-02-03\n') == \
        ["person:de jan vries:1980-02-03"]
    with pytest.raises(HitKeyError, match="Line 2"):
        parse_values("email,a@example.org\npassport,XR1234567\n")
    with pytest.raises(HitKeyError, match="not a kind"):
        hit_key("shoe size", "44")


def test_the_group_refuses_points_outside_the_prime_order_subgroup():
    import uuid

    from nacl import bindings as sodium

    h = psi.hash_to_group(str(uuid.uuid4()), "phone:+31612345678")
    order_two = bytes.fromhex("ec" + "ff" * 30 + "7f")
    identity = bytes([1]) + bytes(31)
    with_torsion = sodium.crypto_core_ed25519_add(h, order_two)
    for bad in (order_two, identity, with_torsion, b"\xff" * 32):
        with pytest.raises(psi.PsiError):
            psi.blind([bad], psi.new_scalar())
        with pytest.raises(psi.PsiError):
            psi.check_points([bad])
    a, b = psi.new_scalar(), psi.new_scalar()
    assert psi.blind(psi.blind([h], a), b) == psi.blind(psi.blind([h], b), a)


def test_the_hash_to_the_group_is_the_documented_one():
    """The bulk path (cffi, no per-element validation) gives ARCHITECTURE.md's H(k)
    byte for byte, as PyNaCl's checked bindings compute it."""
    import hashlib
    import uuid

    from nacl import bindings as sodium

    query_id = str(uuid.uuid4())
    for key in ("phone:+31612345678", "person:de jan vries:1980-02-03", "plate:DE:BAB1234"):
        d = hashlib.sha512(b"liaison hit/no-hit v1\x00" + uuid.UUID(query_id).bytes +
                           key.encode("utf-8")).digest()
        expected = sodium.crypto_core_ed25519_add(
            sodium.crypto_core_ed25519_from_uniform(d[:32]),
            sodium.crypto_core_ed25519_from_uniform(d[32:]))
        assert psi.hash_to_group(query_id, key) == expected
        assert sodium.crypto_core_ed25519_is_valid_point(expected)
        scalar = psi.new_scalar()
        assert psi.hash_and_blind(query_id, [key], scalar) == \
            [sodium.crypto_scalarmult_ed25519_noclamp(scalar, expected)]


def test_large_sets_are_blinded_the_same_across_threads(monkeypatch):
    """Over PARALLEL elements the work goes to one thread per core, in chunks: the same
    elements in the same order as in one thread, and an invalid element is still named
    by its number in the whole set."""
    import uuid

    query_id = str(uuid.uuid4())
    keys = [f"phone:+3161{n:07d}" for n in range(300)]
    scalar = psi.new_scalar()
    alone = psi.hash_and_blind(query_id, keys, scalar)
    assert alone == [psi.blind([psi.hash_to_group(query_id, k)], scalar)[0] for k in keys]
    monkeypatch.setattr(psi, "CHUNK", 64)
    monkeypatch.setattr(psi, "PARALLEL", 100)
    monkeypatch.setattr(psi, "workers", lambda: 2)
    assert psi.hash_and_blind(query_id, keys, scalar) == alone
    other = psi.new_scalar()
    assert psi.blind(b"".join(alone), other) == psi.blind(alone[:50], other) + \
        psi.blind(alone[50:], other)
    bad = list(alone)
    bad[200] = bytes.fromhex("ec" + "ff" * 30 + "7f")  # order two, in the fourth chunk
    with pytest.raises(psi.PsiError, match="Element 201 "):
        psi.blind(bad, other)
    for scalar in (other[:31], other + b"\x00", None):
        with pytest.raises(psi.PsiError, match="scalar"):
            psi.blind(alone[:1], scalar)
        with pytest.raises(psi.PsiError, match="scalar"):
            psi.hash_and_blind(query_id, keys[:1], scalar)


@pytest.mark.slow
def test_the_command_line_asks_and_lists_hits(pair, tmp_path):
    from .test_cli import run
    from .workspace_helpers import PASSPHRASE

    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n", encoding="utf-8")
    folder = pair.nl.folder
    pair.nl.close()
    base = ("--workspace", folder, "--passphrase-file", pp)
    bad = tmp_path / "bad.csv"
    bad.write_text("email,a@example.org\npassport,XR1234567\n", encoding="utf-8")
    refused = run(*base, "hit-query", "--partner", "BKA", "--values", bad)
    assert refused.returncode == 1 and "Line 2" in refused.stderr
    assert "Traceback" not in refused.stderr
    asked = run(*base, "hit-query", "--partner", "BKA", "--values", pair.values, "--json")
    assert asked.returncode == 0, asked.stderr
    sent = json.loads(asked.stdout)
    assert sent["asked"] == 1000
    pair.de.receive([sent["package"]["file"]])
    got = run(*base, "receive", _answer_file(pair.de, sent["query_id"]))
    assert got.returncode == 0, got.stdout + got.stderr
    listed = run(*base, "hit-results")
    assert listed.returncode == 0, listed.stderr
    assert "to BKA: 37 of 1,000 identifiers held" in listed.stdout
    assert listed.stdout.count("HIT ") == 37
    as_json = json.loads(run(*base, "hit-results", "--json").stdout)
    assert as_json["queries"][0]["hits"] == 37
    out = tmp_path / "requests"
    out.mkdir()
    missing = run(*base, "hit-request", sent["query_id"], "--folder", tmp_path / "nowhere")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr
    request = run(*base, "hit-request", sent["query_id"], "--folder", out, "--json")
    assert request.returncode == 0, request.stderr
    made = json.loads(request.stdout)
    assert made["identifiers"] == 37 and made["partner"] == "BKA"
    assert len(json.loads(Path(made["file"]).read_text(encoding="utf-8"))["identifiers"]) == 37


@pytest.mark.parametrize("change, fault", [
    ({"extra": 1}, "exactly the fields"),
    ({"version": 2}, "message version 2"),
    ({"query_id": "not-a-uuid"}, "lower-case UUID"),
    ({"points": "***"}, "not valid base64"),
    ({"count": 3}, "not 3 points"),
    ({"held_count": -1}, "whole number"),
    ({"asked": 5}, "every one of the 5 values"),
    ({"status": "maybe"}, "'answered' or 'refused'"),
    ({"type": "psi-gossip"}, "neither"),
])
def test_a_malformed_hits_message_is_refused(change, fault):
    import base64
    import uuid

    from liaison.exchange.errors import PackageRefused
    from liaison.exchange.package.hits import parse

    query_id = str(uuid.uuid4())
    two = b"".join(psi.hash_to_group(query_id, k) for k in ("a", "b"))
    good = {"type": "psi-answer", "version": 1, "query_id": query_id, "status": "answered",
            "reason": "", "asked": 2, "count": 2, "points": base64.b64encode(two).decode(),
            "held_count": 0, "held": ""}
    assert parse(json.dumps(good).encode()).count() == 2
    with pytest.raises(PackageRefused, match=fault):
        parse(json.dumps({**good, **change}).encode())
    with pytest.raises(PackageRefused, match="not valid UTF-8 JSON"):
        parse(b"\xff{")


def test_people_passports_and_plates_are_asked_by_their_keys(pair, tmp_path):
    agency = "Bundeskriminalamt"
    rec = Record(stable_id(agency, "hits", "kinds"), agency, "DE", "DE-kinds", "Kinds",
                 "A courier and his car.", language="en", handling="H1", tlp="GREEN")
    person = Entity(stable_id(agency, "hits", "jan"), "Person", record_ids=[rec.id])
    person.add_raw("name", "Jan de Vries")
    person.add_raw("birthDate", "1980-02-03")
    person.add_raw("passportNumber", "XR 123456 7")
    car = Entity(stable_id(agency, "hits", "car"), "Vehicle", record_ids=[rec.id])
    car.add_raw("registrationNumber", "B-AB 1234")
    add_records(pair.de, [rec, person, car])
    values = tmp_path / "kinds.csv"
    values.write_text('person,"VRIES, Jan de",1980-02-03\nperson,Jan de Vries,1980-02-04\n'
                      "passport,XR1234567,DE\npassport,XR1234567,NL\nplate,BAB1234,DE\n",
                      encoding="utf-8")
    sent = pair.nl.hit_query("BKA", values=values)
    pair.de.receive([sent.package.file])
    pair.nl.receive([_answer_file(pair.de, sent.query_id)])
    [mine] = pair.nl.hit_queries()
    assert {r["identifier"] for r in mine["results"] if r["hit"]} == {
        "person:de jan vries:1980-02-03", "passport:DE:XR1234567", "plate:DE:BAB1234"}


def test_a_search_of_our_own_records_is_what_is_asked(pair):
    agency = "Politie NL"
    rec = Record(stable_id(agency, "hits", "own"), agency, "NL", "NL-own", "Harbour phones",
                 "Numbers from the harbour case.", language="en", handling="H1", tlp="GREEN")
    items: list = [rec]
    for i, phone in enumerate(HELD[:3] + ASKED[900:905]):
        person = Entity(stable_id(agency, "hits", f"own-{i}"), "Person", record_ids=[rec.id])
        person.add_raw("phone", phone)
        items.append(person)
    add_records(pair.nl, items)
    sent = pair.nl.hit_query("BKA", query="harbour")
    assert sent.asked == 8
    pair.de.receive([sent.package.file])
    pair.nl.receive([_answer_file(pair.de, sent.query_id)])
    [mine] = pair.nl.hit_queries()
    assert mine["hits"] == 3
    with pytest.raises(hits.HitError, match="nothing to ask"):
        pair.nl.hit_query("BKA", query="no-such-words-anywhere")


def _answered(pair, asked: list[str]) -> str:
    """A small query of NL to BKA, answered; its id."""
    values = pair.tmp / "few.csv"
    values.write_text("".join(f"phone,{p}\n" for p in asked), encoding="utf-8")
    sent = pair.nl.hit_query("BKA", values=values)
    pair.de.receive([sent.package.file])
    back = pair.nl.receive([_answer_file(pair.de, sent.query_id)])
    assert back[0].status == "merged", back[0].reason
    return sent.query_id


def _audit_count(ws) -> int:
    return ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0]


def test_the_records_behind_the_hits_are_requested_in_a_file(pair, tmp_path):
    asked = ASKED[98:103] + RED[:1]              # 100, 101, 102 are held; RED is withheld
    query_id = _answered(pair, asked)
    out = tmp_path / "requests"
    out.mkdir()
    request = pair.nl.hit_request(query_id, out)
    assert request.partner == "BKA" and request.file.parent == out
    body = json.loads(request.file.read_text(encoding="utf-8"))
    assert body["type"] == "records-request" and body["to"] == "BKA"
    assert body["from"] == "Politie NL"
    assert body["query"]["query_id"] == query_id and body["query"]["asked"] == 6
    assert body["query"]["hits"] == 3
    assert body["identifiers"] == [{"kind": "phone", "value": p} for p in ASKED[100:103]]
    assert body["agreement"] is not None and "purposes" in body["agreement"]
    text = request.file.read_text(encoding="utf-8")
    for p in ASKED[98:100] + RED[:1]:            # the values without a hit are not named
        assert p not in text
    [entry] = _audit(pair.nl, "hits.request")
    assert entry == {"query_id": query_id, "identifiers": 3, "file": request.file.name}
    assert pair.nl.audit_verify().ok


def test_a_request_that_cannot_be_made_says_why_and_changes_nothing(pair, tmp_path):
    with pytest.raises(hits.HitError, match="no query of ours"):
        pair.nl.hit_request("not-a-query", tmp_path)
    sent = pair.nl.hit_query("BKA", values=pair.values)
    with pytest.raises(hits.HitError, match="is sent, not answered"):
        pair.nl.hit_request(sent.query_id, tmp_path)
    query_id = _answered(pair, ASKED[:3])        # none held
    before = _audit_count(pair.nl)
    with pytest.raises(hits.HitError, match="holds none"):
        pair.nl.hit_request(query_id, tmp_path)
    held = _answered(pair, ASKED[100:102])
    after = _audit_count(pair.nl)
    with pytest.raises(hits.HitError, match="does not exist"):
        pair.nl.hit_request(held, tmp_path / "missing")
    assert _audit_count(pair.nl) == after > before
    assert not _audit(pair.nl, "hits.request")
    assert not list(tmp_path.rglob("records-request-*"))


def test_a_sources_identifiers_take_no_part_in_an_answer(pair):
    """A handler's or informant's phone in a shareable record is withheld from every share,
    so it must not make a hit either: answering leaves source properties out."""
    de = pair.de.conn
    [(eid, rid)] = de.execute(
        "SELECT er.eid, er.rid FROM entity_records er JOIN records r ON r.rid = er.rid "
        "WHERE r.tlp = 'GREEN' LIMIT 1").fetchall()
    with transaction(de):
        de.execute("INSERT INTO entity_values (eid, prop, raw, value, kind) VALUES "
                   "(?, 'handlerPhone', '+31 6 99887766', '+31699887766', 'phone')", (eid,))
    partner = hits.get_partner(de, "Politie")
    keys, _withheld = hits.shareable_keys(de, partner, "Bundeskriminalamt")
    assert "phone:+31699887766" not in keys
    assert f"phone:{HELD[0]}" in keys
    # Asking from our own records still uses every value (nothing leaves unblinded).
    assert "phone:+31699887766" in hits.record_keys(de, [rid])
