"""Graphs from a real workspace: clusters merged, shared identifiers as nodes, expansion,
paths through the store, timelines, and the demo case."""

from __future__ import annotations

import pytest

from liaison.formats.importer import ingest_items
from liaison.model.errors import LiaisonError
from liaison.model.records import Entity, Event, Link, Record, stable_id
from liaison.model.values import DateValue
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE


def uid(key: str) -> str:
    return stable_id("BKA", "test", key)


def person(key: str, name: str, record: str, **props: str) -> Entity:
    e = Entity(uid(key), "Person", record_ids=[uid(record)])
    e.add_raw("name", name)
    for prop, value in props.items():
        e.add_raw(prop, value)
    return e


def link(key: str, schema: str, a: str, b: str, record: str,
         start: DateValue | None = None) -> Link:
    return Link(uid(key), schema, uid(a), uid(b), start=start, record_ids=[uid(record)])


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "BKA", "DE", use_keyring=False, passphrase=PASSPHRASE)
    records = [Record(uid(r), "BKA", "DE", r, f"Report {r}",
                      reported=DateValue("2024-03", "month")) for r in ("r1", "r2", "r3")]
    items = [
        *records,
        # Anna and Boris share a phone (written two ways); Anna knows Carl; Dora and
        # Dorota (r3) are the same woman, judged below; Carl pays Dora.
        person("anna", "Anna Weber", "r1", phone="+49 151 2345 6789"),
        person("boris", "Boris Klein", "r2", phone="0151 23456789"),
        person("carl", "Carl Brandt", "r1"),
        person("dora", "Dora Novak", "r2"),
        person("dorota", "Dorota Novak", "r3", iban="DE89 3704 0044 0532 0130 00"),
        person("emil", "Emil Faber", "r3"),
        link("l1", "Associate", "anna", "carl", "r1"),
        link("l2", "Payment", "carl", "dora", "r2", DateValue("2024-02-10", "day")),
        link("l3", "Associate", "dorota", "emil", "r3"),
        link("l4", "Associate", "emil", "ghost", "r3"),  # an end not in the store
        Event(uid("ev1"), "Meeting in Köln", DateValue("2024", "year"),
              involved=[(uid("anna"), "host"), (uid("boris"), "guest")],
              record_ids=[uid("r1")]),
    ]
    ingest_items(ws.conn, items, source_name="case.json", fmt="test", sha256="0" * 64,
                 actor=ws.actor)
    ws.xref_judge(uid("dora"), uid("dorota"), "same")
    yield ws
    ws.close()


def key_of(graph, entity_id: str) -> str:
    return next(k for k, n in graph.nodes.items() if entity_id in n.entity_ids)


def test_records_give_their_entities_and_links(ws):
    g = ws.graph_for_records([uid("r1")])
    labels = {n.label for n in g.nodes.values()}
    # r1 names Anna and Carl; its link's far end is Carl; Anna-Carl is the only link.
    assert labels == {"Anna Weber", "Carl Brandt"}
    assert [e.schema for e in g.edges.values()] == ["Associate"]
    anna = g.nodes[uid("anna")]
    assert anna.agencies == ("BKA",) and anna.countries == ("DE",)
    assert anna.identifiers == {"phone": ("+4915123456789",)}


def test_confirmed_cluster_is_one_node_with_the_links_of_both(ws):
    g = ws.graph_for_records([uid("r2"), uid("r3")])
    dora = key_of(g, uid("dora"))
    assert key_of(g, uid("dorota")) == dora
    assert set(g.nodes[dora].entity_ids) == {uid("dora"), uid("dorota")}
    assert set(g.nodes[dora].record_ids) == {uid("r2"), uid("r3")}
    joined = {(e.schema, e.source, e.target) for e in g.edges.values()}
    assert ("Payment", uid("carl"), dora) in joined
    assert ("Associate", dora, uid("emil")) in joined


def test_a_link_end_missing_from_the_store_is_a_placeholder_node(ws):
    g = ws.graph_for_records([uid("r3")])
    ghost = g.nodes[uid("ghost")]
    assert ghost.kind == "missing"
    assert any(e.target == uid("ghost") for e in g.edges.values())


def test_shared_phone_joins_two_people_only_as_identifier_nodes(ws):
    plain = ws.graph_for_records([uid("r1"), uid("r2")])
    assert not any({e.source, e.target} == {uid("anna"), uid("boris")}
                   for e in plain.edges.values())
    g = ws.graph_for_records([uid("r1"), uid("r2")], identifiers_as_nodes=True)
    phone = g.nodes["phone:+4915123456789"]
    assert phone.kind == "identifier" and phone.label == "+4915123456789"
    assert g.neighbours("phone:+4915123456789") == {uid("anna"), uid("boris")}
    from liaison.analysis.graph import shortest_path
    assert shortest_path(g, uid("anna"), uid("boris")) == [
        uid("anna"), "phone:+4915123456789", uid("boris")]
    # An identifier only one node holds is not a node unless asked for.
    assert not any(k.startswith("iban:") for k in g.nodes)


def test_events_as_nodes(ws):
    from liaison.analysis.graph.build import GraphOptions

    g = ws.graph_for_records([uid("r1"), uid("r2")],
                             options=GraphOptions(events_as_nodes=True))
    meeting = g.nodes[uid("ev1")]
    assert meeting.kind == "event" and meeting.start == DateValue("2024", "year")
    roles = {(e.source, e.schema) for e in g.edges.values() if e.target == uid("ev1")}
    assert roles == {(uid("anna"), "host"), (uid("boris"), "guest")}


def test_entities_give_the_links_between_them_only(ws):
    g = ws.graph_for_entities([uid("anna"), uid("carl"), uid("emil")])
    assert set(g.nodes) == {uid("anna"), uid("carl"), uid("emil")}
    assert [e.schema for e in g.edges.values()] == ["Associate"]


def test_expand_adds_neighbours_by_depth(ws):
    g = ws.graph_for_entities([uid("anna")])
    one = ws.graph_expand(g, uid("anna"), depth=1)
    assert set(one.nodes) == {uid("anna"), uid("carl")}
    assert g.node_keys() == [uid("anna")]  # the chart's own graph is left alone
    two = ws.graph_expand(g, uid("anna"), depth=2)
    dora = key_of(two, uid("dora"))
    assert set(two.nodes) == {uid("anna"), uid("carl"), dora}
    three = ws.graph_expand(two, dora, depth=1)
    assert uid("emil") in three.nodes  # reached through the cluster's other member
    limited = ws.graph_expand(g, uid("anna"), depth=3, limit=2)
    assert limited.truncated and len(limited.nodes) == 2


def test_expand_through_shared_identifiers(ws):
    from liaison.analysis.graph.build import GraphOptions

    g = ws.graph_for_entities([uid("anna")])
    plain = ws.graph_expand(g, uid("anna"))
    assert uid("boris") not in plain.nodes
    joined = ws.graph_expand(g, uid("anna"), options=GraphOptions(identifiers_as_nodes=True))
    assert uid("boris") in joined.nodes and "phone:+4915123456789" in joined.nodes
    # Expanding the phone node itself reaches its holders.
    from_phone = ws.graph_expand(joined, "phone:+4915123456789")
    assert {uid("anna"), uid("boris")} <= set(from_phone.nodes)


def test_path_through_the_store(ws):
    path, graph = ws.graph_path(uid("anna"), uid("emil"))
    dora = key_of(graph, uid("dora"))
    assert path == [uid("anna"), uid("carl"), dora, uid("emil")]
    assert len(graph.edges) == 3
    none, empty = ws.graph_path(uid("anna"), uid("boris"))
    assert none is None and not empty.nodes
    via_phone, g = ws.graph_path(uid("anna"), uid("boris"), identifiers_as_nodes=True)
    assert via_phone == [uid("anna"), uid("boris")]
    assert "phone:+4915123456789" in g.nodes
    short, _ = ws.graph_path(uid("anna"), uid("emil"), max_depth=2)
    assert short is None


def test_timeline_items_on_lanes_with_precision(ws):
    items = ws.timeline_items([uid("r1"), uid("r2")])
    kinds = {(i.kind, i.key) for i in items}
    assert ("event", uid("ev1")) in kinds and ("link", uid("l2")) in kinds
    assert ("record", uid("r1")) in kinds
    meeting = [i for i in items if i.key == uid("ev1")]
    assert {i.lane_label for i in meeting} == {"Anna Weber", "Boris Klein"}
    first, last = meeting[0].span
    assert (first.isoformat(), last.isoformat()) == ("2024-01-01T00:00:00",
                                                     "2024-12-31T23:59:59")
    spans = [i.span[0] for i in items]
    assert spans == sorted(spans)
    by_agency = ws.timeline_items([uid("r1")], lane_by="agency")
    assert {i.lane for i in by_agency} == {"BKA"}
    by_entity = ws.timeline_items(entity_ids=[uid("dorota")])
    assert {i.key for i in by_entity} >= {uid("l2"), uid("r2"), uid("r3")}
    with pytest.raises(LiaisonError, match="unknown lane"):
        ws.timeline_items([uid("r1")], lane_by="colour")


def test_graph_of_the_demo_case(tmp_path):
    with Workspace.create(tmp_path / "demo", "BKA", "DE", use_keyring=False,
                          passphrase=PASSPHRASE) as ws:
        ws.import_demo(300)
        stats = ws.stats()
        g = ws.graph_for_records(ws.record_ids(), identifiers_as_nodes=True)
        counts = g.counts()
        assert counts["entity_nodes"] == stats["entities"]
        assert counts["link_edges"] <= stats["links"]
        assert counts.get("identifier_nodes", 0) > 0
        reader = ws.open_reader()
        again = ws.graph_for_records(ws.record_ids(), identifiers_as_nodes=True, conn=reader)
        assert again.counts() == counts


def test_graph_for_query_uses_the_search_engine(ws):
    if not hasattr(ws, "search_records"):
        pytest.skip("the search engine is not in this tree yet")
    g = ws.graph_for_query("Weber")
    assert uid("anna") in g.nodes
