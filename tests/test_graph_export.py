"""Graph exports re-read by independent parsers: networkx for GraphML, ElementTree for
GEXF and ANX; plus auditing, atomic replacement and the timeline CSV."""

from __future__ import annotations

import csv

import defusedxml.ElementTree as ET  # our own output, parsed safely all the same
import networkx as nx
import pytest

from liaison.analysis.graph import analytics as analysis
from liaison.formats import anx, gexf, graphml
from liaison.model.errors import LiaisonError, OperationCancelled
from liaison.model.graph import EDGE_IDENTIFIER, NODE_IDENTIFIER, GraphEdge, GraphNode
from liaison.model.progress import Progress
from liaison.model.values import DateValue
from liaison.workspace import Workspace

from .graph_helpers import graph_of
from .workspace_helpers import PASSPHRASE

GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"


@pytest.fixture
def chart():
    """Four people, parallel calls, a year-only and a minute date, a shared phone node."""
    g = graph_of([("anna", "boris"), ("anna", "boris"), ("boris", "carl"), ("carl", "dora")],
                 schema="Call", start=DateValue("2023", "year"))
    g.edges["e2"].start = DateValue("2024-05-06T07:08", "minute")
    g.nodes["anna"].identifiers = {"phone": ("+4915123456789",)}
    g.nodes["boris"].identifiers = {"phone": ("+4915123456789",), "iban": ("DE89",)}
    g.nodes["anna"].label = "Anna \x01Weber <&>"  # a control character and markup
    g.add_node(GraphNode("phone:+4915123456789", NODE_IDENTIFIER, "phone", "+4915123456789"))
    for who in ("anna", "boris"):
        g.add_edge(GraphEdge(f"{who}>phone", who, "phone:+4915123456789", EDGE_IDENTIFIER,
                             "phone", "phone"))
    analysis.annotate(g, seed=0)
    analysis.layout(g, seed=0)
    return g


def test_graphml_reads_back_with_networkx(chart, tmp_path):
    out = tmp_path / "chart.graphml"
    graphml.write(chart, out)
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == 5
    assert g.number_of_edges() == 6  # the parallel calls stay two edges
    assert isinstance(g, nx.MultiDiGraph)
    anna = g.nodes["anna"]
    assert anna["schema"] == "Person" and anna["phone"] == "+4915123456789"
    assert anna["label"] == "Anna \ufffdWeber <&>"
    assert anna["agencies"] == "Agency" and anna["record_ids"] == "r-anna"
    assert isinstance(anna["x"], float) and isinstance(anna["community"], int)
    assert g.nodes["boris"]["iban"] == "DE89"
    assert g.nodes["phone:+4915123456789"]["kind"] == "identifier"
    calls = [d for _, _, d in g.edges(data=True) if d["kind"] == "link"]
    assert {(d["start"], d["start_precision"]) for d in calls} == {
        ("2023", "year"), ("2024-05-06T07:08", "minute")}


def test_gexf_has_declared_attributes_intervals_and_positions(chart, tmp_path):
    out = tmp_path / "chart.gexf"
    gexf.write(chart, out)
    root = ET.parse(out).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "dateTime"
    nodes = graph.findall(f"{GEXF}nodes/{GEXF}node")
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    assert (len(nodes), len(edges)) == (5, 6)
    titles = {a.get("id"): a.get("title") for a in
              graph.find(f"{GEXF}attributes[@class='node']")}
    types = {a.get("title"): a.get("type") for a in
             graph.find(f"{GEXF}attributes[@class='node']")}
    assert types["community"] == "integer" and types["betweenness"] == "double"
    anna = next(n for n in nodes if n.get("id") == "anna")
    values = {titles[v.get("for")]: v.get("value") for v in anna.iter(f"{GEXF}attvalue")}
    assert values["schema"] == "Person" and values["phone"] == "+4915123456789"
    assert anna.find(f"{VIZ}position") is not None
    spans = {(e.get("source"), e.get("target"), e.get("start"), e.get("end")) for e in edges}
    # A year-only date spans its whole year; a minute covers its minute.
    assert ("anna", "boris", "2023-01-01T00:00:00", "2023-12-31T23:59:59") in spans
    assert ("boris", "carl", "2024-05-06T07:08:00", "2024-05-06T07:08:59") in spans
    identifier_edges = [e for e in edges if e.get("target") == "phone:+4915123456789"]
    assert all(e.get("start") is None for e in identifier_edges)


def test_gexf_of_day_dates_uses_dates_and_reads_in_networkx(tmp_path):
    g = graph_of([("a", "b")], start=DateValue("2024-03-05", "day"))
    out = tmp_path / "day.gexf"
    gexf.write(g, out)
    graph = ET.parse(out).getroot().find(f"{GEXF}graph")
    assert graph.get("timeformat") == "date"
    edge = graph.find(f"{GEXF}edges/{GEXF}edge")
    assert (edge.get("start"), edge.get("end")) == ("2024-03-05", "2024-03-05")
    read = nx.read_gexf(out, version="1.3")
    assert read.number_of_nodes() == 2 and read.number_of_edges() == 1


def test_anx_is_well_formed_with_entities_links_and_types(chart, tmp_path):
    out = tmp_path / "chart.anx"
    anx.write(chart, out)
    root = ET.parse(out).getroot()
    assert root.tag == "Chart"
    items = root.findall("ChartItemCollection/ChartItem")
    entities = [i for i in items if i.find("End/Entity") is not None]
    links = [i for i in items if i.find("Link") is not None]
    assert (len(entities), len(links)) == (5, 6)
    ids = {e.find("End/Entity").get("EntityId") for e in entities}
    assert all(x.find("Link").get("End1Id") in ids and x.find("Link").get("End2Id") in ids
               for x in links)
    types = {t.get("Id"): t.get("Name") for t in root.findall("EntityTypeCollection/EntityType")}
    anna = next(e for e in entities if e.find("End/Entity").get("Identity") == "anna")
    assert types[anna.find("End/Entity/Icon/IconStyle").get("EntityTypeReference")] == "Person"
    assert anna.get("Label") == "Anna \ufffdWeber <&>"
    attrs = {a.get("AttributeClass"): a.get("Value") for a in anna.iter("Attribute")}
    assert attrs["phone"] == "+4915123456789" and attrs["schema"] == "Person"
    classes = {c.get("Name") for c in root.iter("AttributeClass")}
    assert set(attrs) <= classes
    cards = anna.findall("End/Entity/CardCollection/Card")
    assert [c.get("SourceReference") for c in cards] == ["r-anna"]
    year_call = next(x for x in links if x.get("DateTimeDescription"))
    assert year_call.get("DateTime") == "2023-01-01T00:00:00.000"
    assert year_call.get("DateTimeDescription") == "2023 (year)"
    minute_call = next(x for x in links if x.get("TimeSet") == "true")
    assert minute_call.get("DateTime") == "2024-05-06T07:08:00.000"
    link_types = {t.get("Name") for t in root.findall("LinkTypeCollection/LinkType")}
    assert link_types == {"Call", "phone"}


def test_cancelled_export_leaves_the_old_file(chart, tmp_path):
    out = tmp_path / "chart.graphml"
    out.write_text("old contents")
    progress = Progress()
    progress.cancel()
    with pytest.raises(OperationCancelled):
        graphml.write(chart, out, progress)
    assert out.read_text() == "old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.graphml"]


def test_workspace_export_is_audited_and_timeline_csv(tmp_path):
    with Workspace.create(tmp_path / "ws", "BKA", "DE", use_keyring=False,
                          passphrase=PASSPHRASE) as ws:
        ws.import_demo(60)
        rids = ws.record_ids()
        g = ws.graph_for_records(rids)
        counts = ws.graph_export(g, "anx", tmp_path / "demo.anx")
        entry = ws.audit_entries()[-1]
        assert entry.action == "graph.export"
        assert entry.details["format"] == "anx" and entry.details["nodes"] == counts["nodes"]
        with pytest.raises(LiaisonError, match="Unknown graph format"):
            ws.graph_export(g, "dot", tmp_path / "demo.dot")
        items = ws.timeline_items(rids)
        rows = ws.timeline_export(items, tmp_path / "timeline.csv")
        assert ws.audit_entries()[-1].action == "timeline.export"
        raw = (tmp_path / "timeline.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        table = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
        assert len(table) == rows == len(items) > 0
        assert set(table[0]) >= {"start", "start_precision", "first", "last", "lane", "label"}
        years = [r for r in table if r["start_precision"] == "year"]
        assert all(r["first"].endswith("-01-01T00:00:00") for r in years)

        # The UUIDs a chart or timeline selects map back to the records table's row ids.
        uuids = {r for item in items[:10] for r in item.record_ids}
        found = ws.record_rids([*uuids, "not-a-record"])
        assert found == sorted(found) and len(found) == len(uuids) > 0
        assert {row.id for row in ws.record_rows(found)} == uuids


def test_timeline_csv_defuses_formulas(tmp_path):
    from liaison.formats import timeline_csv
    from liaison.model.timeline import TimelineItem

    item = TimelineItem("x", "event", "=HYPERLINK(\"http://x\")", DateValue("2024", "year"),
                        None, "lane", "-lane")
    timeline_csv.write([item], tmp_path / "t.csv")
    row = next(csv.DictReader((tmp_path / "t.csv").read_text("utf-8-sig").splitlines()))
    assert row["label"].startswith("'=") and row["lane_label"] == "'-lane"
