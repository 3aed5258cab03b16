"""Cyber identifiers across partners: a STIX bundle and a MISP event from two agencies
that write the same IP, domain, URL, hash and AS number differently meet in
cross-referencing and in search; shared infrastructure is a hub, not thousands of pairs."""

from __future__ import annotations

import pytest

from liaison.formats.base import ImportOptions
from liaison.formats.importer import ingest_items
from liaison.model.records import Entity, Record, stable_id
from liaison.store.database import transaction
from liaison.store.migrations import MIGRATIONS
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

SHA256 = "8992c3cc3c768849928ff217ef0daaf9c5007b7c2519b4cd046a945f2893be80"
MD5 = "dd2f856fe94c06cc0c2c2e55235471e4"
URL = "http://login.example.com/secure/Verify.php?id=Ab12"


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


@pytest.fixture
def imported(ws, samples):
    """The STIX bundle (Politie, NL) and the MISP event (BKA, DE), each imported once."""
    folder = samples / "cyber"
    ws.import_file(folder / "stix_politie.json", options=ImportOptions(country="NL"))
    ws.import_file(folder / "misp_bka.json", options=ImportOptions(country="DE"))
    return ws


def values_of(ws, kind: str) -> dict[str, set[str]]:
    """Normalised values of ``kind`` by the agency whose record names the entity."""
    out: dict[str, set[str]] = {}
    for agency, value in ws.conn.execute(
            "SELECT DISTINCT r.agency, v.value FROM entity_values v "
            "JOIN entity_records er ON er.eid = v.eid JOIN records r ON r.rid = er.rid "
            "WHERE v.kind = ? AND v.valid = 1", (kind,)):
        out.setdefault(agency, set()).add(value)
    return out


def test_both_sources_store_one_form(imported):
    ws = imported
    assert values_of(ws, "ip") == {"Politie": {"9.9.9.9", "2620:fe::fe", "10.0.0.5"},
                                   "BKA": {"9.9.9.9", "2620:fe::fe", "10.0.0.5"}}
    assert values_of(ws, "domain") == {"Politie": {"xn--bcher-kva.example.com"},
                                       "BKA": {"xn--bcher-kva.example.com"}}
    assert values_of(ws, "url") == {"Politie": {URL}, "BKA": {URL}}
    assert values_of(ws, "sha256") == {"Politie": {SHA256}, "BKA": {SHA256}}
    assert values_of(ws, "md5") == {"Politie": {MD5}, "BKA": {MD5}}
    # 19281 from STIX's autonomous-system 'number', 'AS19281' from MISP.
    assert values_of(ws, "asn") == {"Politie": {"AS19281"}, "BKA": {"AS19281"}}
    # As written, for display and provenance.
    raws = {raw for (raw,) in ws.conn.execute(
        "SELECT raw FROM entity_values WHERE kind IN ('ip', 'domain', 'url', 'asn')")}
    assert {"9.9.9[.]9", "2620:FE:0:0:0:0:0:FE", "Bücher.Example.COM.",
            "xn--bcher-kva.example[.]com", "19281", "AS19281"} <= raws


def test_the_same_observables_are_hits_across_the_two_agencies(imported):
    ws = imported
    ws.xref_run()
    found = ws.xref_candidates(limit=100)  # the default level: "likely"
    facts = {}
    for pair in found:
        assert {*pair["a"]["agencies"], *pair["b"]["agencies"]} == {"Politie", "BKA"}
        assert pair["level"] == "likely"
        facts[frozenset((pair["a"]["source_ref"], pair["b"]["source_ref"]))] = " | ".join(
            e["fact"] for e in pair["evidence"])
    stix, misp = "{}--{}".format, "{}".format
    expected = {
        ("ipv4-addr", "1e7c5b0a-4f3d-5e2a-9b8c-7d6e5f4a3b21",
         "6e1b8d2f-3c4a-4b5e-8f6a-7b8c9d0e1f21"): "same IP 9.9.9.9",
        ("ipv6-addr", "2f8d6c1b-5a4e-5f3b-8c9d-8e7f6a5b4c32",
         "7f2c9e3a-4d5b-4c6f-9a7b-8c9d0e1f2a32"): "same IP 2620:fe::fe",
        ("domain-name", "3a9e7d2c-6b5f-5a4c-9d0e-9f8a7b6c5d43",
         "9b4e1a5c-6f7d-4e8b-9c9d-0e1f2a3b4c54"): "same domain xn--bcher-kva.example.com",
        ("url", "4b0f8e3d-7c6a-5b5d-8e1f-0a9b8c7d6e54",
         "ac5f2b6d-7a8e-4f9c-8d0e-1f2a3b4c5d65"): f"same URL {URL}",
        ("file", "5c1a9f4e-8d7b-5c6e-9f2a-1b0c9d8e7f65",
         "bd6a3c7e-8b9f-4a0d-9e1f-2a3b4c5d6e76"): f"same SHA-256 {SHA256}",
        ("indicator", "7e3c1b6a-0f9d-4e8a-9b4c-3d2e1f0a9b87",
         "ce7b4d8f-9c0a-4b1e-8f2a-3b4c5d6e7f87"): f"same MD5 {MD5}",
        ("autonomous-system", "6d2b0a5f-9e8c-5d7f-8a3b-2c1d0e9f8a76",
         "df8c5e9a-0d1b-4c2f-9a3b-4c5d6e7f8a98"): "same AS number AS19281",
    }
    assert set(facts) == {frozenset((stix(kind, a), misp(b))) for kind, a, b in expected}
    for (kind, a, b), fact in expected.items():
        assert fact in facts[frozenset((stix(kind, a), misp(b)))]
    # 10.0.0.5 is on both sides too, and links nobody: every network has one.
    assert not any("10.0.0.5" in f for f in facts.values())


@pytest.mark.parametrize("query", [
    "9.9.9[.]9", "9.9.9.9", "::ffff:9.9.9.9", "2620:FE:0:0:0:0:0:FE", "2620:fe::fe",
    "bücher.example.com", "xn--bcher-kva.example[.]com", "BÜCHER.EXAMPLE.COM.",
    "HTTP://LOGIN.EXAMPLE.COM:80/secure/Verify.php?id=Ab12",
    "hxxp://login.example[.]com/secure/Verify.php?id=Ab12",
    SHA256.upper(), f"sha256:{SHA256}", MD5, "AS19281", "AS 19281", "asn19281",
])
def test_search_finds_both_sources_whichever_way_the_value_is_written(imported, query):
    records = imported.search_records(query)
    assert {h.agency for h in records.hits} == {"Politie", "BKA"}, query
    entities = imported.search_entities(query)
    assert entities.total >= 2 and all(h.matched_identifiers for h in entities.hits)


@pytest.mark.parametrize("query", ["9.9.9.99", "2620:fe::fe:1", "AS1928", MD5[:31] + "0",
                                   "https://login.example.com/secure/Verify.php?id=Ab1"])
def test_search_for_a_near_value_finds_no_entity(imported, query):
    # Exact identifiers: another address or a longer one is not this one.
    assert imported.search_entities(query).total == 0, query


def test_an_identifier_watch_hits_both_sources(ws, samples):
    ws.watch_add("resolver", "identifier", "AS 19281")
    folder = samples / "cyber"
    first = ws.import_file(folder / "stix_politie.json", options=ImportOptions(country="NL"))
    second = ws.import_file(folder / "misp_bka.json", options=ImportOptions(country="DE"))
    assert first.watch_hits and second.watch_hits


# --- shared infrastructure -----------------------------------------------------------------

AGENCIES = {"BKA": "DE", "Politie": "NL"}


def thing(agency: str, key: str, **props: str | list[str]) -> Entity:
    entity = Entity(stable_id(agency, "test", key), "Thing",
                    record_ids=[stable_id(agency, "test", "record")])
    for prop, values in props.items():
        for value in [values] if isinstance(values, str) else values:
            entity.add_raw(prop, value)
    return entity


def ingest(ws, agency: str, entities: list[Entity]) -> None:
    record = Record(stable_id(agency, "test", "record"), agency, AGENCIES[agency],
                    f"{agency}-1", "Indicators")
    ingest_items(ws.conn, [record, *entities], source_name=f"{agency}.json", fmt="test",
                 sha256="0" * 64, actor=ws.actor)


def test_a_public_resolver_or_private_address_in_many_entities_is_a_hub(ws):
    # 40 observables at each agency list the resolver they used and their LAN gateway.
    for agency in AGENCIES:
        ingest(ws, agency, [thing(agency, f"host{n}", ipAddress=["8.8.8.8", "192.168.1.1"],
                                  website=f"host{n}.{agency.lower()}.example.net")
                            for n in range(40)])
    # Two of them also share something of their own.
    ingest(ws, "BKA", [thing("BKA", "host0", url="https://drop.example.net/x")])
    ingest(ws, "Politie", [thing("Politie", "host0", url="https://drop.example.net/x")])
    summary = ws.xref_run()
    assert summary.hubs == [{"kind": "ip", "value": "192.168.1.1", "entities": 80},
                            {"kind": "ip", "value": "8.8.8.8", "entities": 80}]
    # 1,600 cross-agency pairs share the resolver; none is made of it.
    assert summary.stored == 1
    [pair] = ws.xref_candidates(min_score=0)
    facts = [e["fact"] for e in pair["evidence"]]
    assert facts == ["same URL https://drop.example.net/x"]
    assert {h["value"] for h in ws.xref_hubs()} == {"8.8.8.8", "192.168.1.1"}


def test_a_private_address_shared_by_two_partners_links_nobody(ws):
    ingest(ws, "BKA", [thing("BKA", "gw", ipAddress="10.0.0.1"),
                       thing("BKA", "nas", ipAddress="192.168.1.20", asNumber="AS174")])
    ingest(ws, "Politie", [thing("Politie", "gw", ipAddress="10.0.0.1"),
                           thing("Politie", "nas", ipAddress="192.168.1.20", asNumber="174")])
    summary = ws.xref_run()
    assert summary.hubs == [] and summary.stored == 0


def test_an_as_number_beside_an_address_is_context_not_identity(ws):
    # Two addresses in one network share its AS number: not the same address.
    ingest(ws, "BKA", [thing("BKA", "a", ipAddress="9.9.9.9", asNumber="AS19281"),
                       thing("BKA", "as", asNumber="AS19281")])
    ingest(ws, "Politie", [thing("Politie", "b", ipAddress="149.112.112.112",
                                 asNumber="19281"),
                           thing("Politie", "as", asNumber="ASN 19281")])
    ws.xref_run()
    found = {frozenset((p["a"]["id"], p["b"]["id"])): p for p in ws.xref_candidates(min_score=0)}
    as_pair = frozenset((stable_id("BKA", "test", "as"), stable_id("Politie", "test", "as")))
    assert found[as_pair]["level"] == "likely"
    addresses = frozenset((stable_id("BKA", "test", "a"), stable_id("Politie", "test", "b")))
    assert addresses not in found


def test_a_persons_shared_ip_is_evidence_not_identity(ws):
    def person(agency: str, name: str) -> Entity:
        entity = Entity(stable_id(agency, "test", name), "Person",
                        record_ids=[stable_id(agency, "test", "record")])
        entity.add_raw("name", name)
        entity.add_raw("ipAddress", "185.220.101.4")
        return entity

    ingest(ws, "BKA", [person("BKA", "Jan Kowalski")])
    ingest(ws, "Politie", [person("Politie", "Marek Nowak")])
    ws.xref_run()
    [pair] = ws.xref_candidates(min_score=0)
    assert pair["level"] == "unlikely"  # kept, for the shared address, but no match
    assert {"fact": "same IP 185.220.101.4", "weight": 0.2} in pair["evidence"]


# --- workspaces from before ----------------------------------------------------------------


def test_values_stored_before_are_normalised_indexed_and_compared_again(ws):
    ingest(ws, "BKA", [thing("BKA", "w", ipAddress="10.1.2.3/8"),
                       thing("BKA", "x", website="Evil[.]Example.net", md5=MD5.upper()),
                       thing("BKA", "v", asNumber="174")])
    ingest(ws, "Politie", [thing("Politie", "y", website="evil.example.net"),
                           thing("Politie", "z", asNumber="AS174")])
    ws.xref_run()
    # As version 11 stored them: the IP with its host bits, the rest as free text.
    with transaction(ws.conn):
        ws.conn.execute("UPDATE entity_values SET value = '10.1.2.3/8' WHERE kind = 'ip'")
        ws.conn.execute("UPDATE entity_values SET kind = NULL, value = trim(raw), valid = 1, "
                        "note = '' WHERE prop IN ('website', 'asNumber', 'md5')")
        ws.conn.execute("DELETE FROM xref_candidates")
    step = next(m for m in MIGRATIONS if m.version == 12)
    with transaction(ws.conn):
        step.apply(ws.conn)
    rows = dict(ws.conn.execute("SELECT raw, value || ' ' || kind FROM entity_values "
                                "WHERE prop != 'name'"))
    assert rows == {"10.1.2.3/8": "10.0.0.0/8 ip", "Evil[.]Example.net": "evil.example.net domain",
                    "evil.example.net": "evil.example.net domain", "174": "AS174 asn",
                    "AS174": "AS174 asn", MD5.upper(): f"{MD5} md5"}
    assert ws.search_entities("evil[.]example.net").total == 2
    assert ws.search_entities("AS174").total == 2
    # Compared before the upgrade: compared again at the next run, now that they match.
    summary = ws.xref_run()
    assert summary.stored == 2
