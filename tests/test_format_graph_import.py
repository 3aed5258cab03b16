"""GraphML and GEXF import: the sample files, round trips of our own exports, the
mapping rules, and hostile XML refused with the store unchanged."""

from __future__ import annotations

import pytest

from liaison.analysis.graph import analytics as analysis
from liaison.formats import gexf, graphml
from liaison.formats.base import ImportOptions
from liaison.formats.importer import detect_format
from liaison.model.errors import FormatError
from liaison.model.progress import Progress
from liaison.model.records import Entity, Event, Issue, Link, Record
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE, folder_state

GRAPHML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "BKA", "DE", use_keyring=False, passphrase=PASSPHRASE)
    yield ws
    ws.close()


def items_of(module, path, **options):
    return list(module.read(path, ImportOptions(agency="Partner", country="FR", **options),
                            Progress()))


def by_type(items, kind):
    return [i for i in items if isinstance(i, kind)]


def test_graphml_sample_imports(ws, samples):
    path = samples / "graphml" / "harbour.graphml"
    assert detect_format(path) == "graphml"
    report = ws.import_file(path, options=ImportOptions(agency="Partner", country="FR"))
    assert report.counts["records"].imported == 1
    assert report.counts["entities"].imported == 3
    assert report.counts["links"].imported == 2
    g = ws.graph_for_records(ws.record_ids())
    # Names come from <desc>, the CDATA one included; untyped nodes are LegalEntity.
    assert sorted(n.label for n in g.nodes.values()) == [
        "Blue Heron & Sons", "Marta Lindqvist", "Quay Seven Storage"]
    assert {n.schema for n in g.nodes.values()} == {"LegalEntity"}
    assert {edge.schema for edge in g.edges.values()} == {"UnknownLink"}
    again = ws.import_file(path, options=ImportOptions(agency="Partner", country="FR"))
    assert again.counts["entities"].imported == 0 and again.counts["links"].imported == 0


def test_gexf_sample_imports(ws, samples):
    path = samples / "gexf" / "harbour.gexf"
    assert detect_format(path) == "gexf"
    report = ws.import_file(path)
    assert report.counts["entities"].imported == 3
    assert report.counts["links"].imported == 2
    g = ws.graph_for_records(ws.record_ids())
    assert sorted(n.label for n in g.nodes.values()) == [
        "Blue Heron & Sons", "Marta Lindqvist", "Quay Seven Storage"]
    detail = ws.record_detail(ws.record_ids()[0])
    assert detail.title == "GEXF import harbour.gexf"
    assert detail.extra["format"] == "gexf" and len(detail.extra["sha256"]) == 64


def test_graphml_mapping_rules(tmp_path):
    path = tmp_path / "net.graphml"
    path.write_text(GRAPHML_HEAD + """
  <key id="t" for="node" attr.name="type" attr.type="string"/>
  <key id="nm" for="node" attr.name="name" attr.type="string"/>
  <key id="ph" for="node" attr.name="phone" attr.type="string"/>
  <key id="c" for="node" attr.name="colour" attr.type="string"><default>red</default></key>
  <key id="w" for="node" attr.name="shoe size" attr.type="string"/>
  <key id="rel" for="edge" attr.name="label" attr.type="string"/>
  <key id="d" for="edge" attr.name="date" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="p1"><data key="t">person</data><data key="nm">Ivan Petrov</data>
      <data key="ph">+33 6 12 34 56 78; +33 6 98 76 54 32</data><data key="w">44</data></node>
    <node id="c1"><data key="t">Company</data><data key="nm">Acme SARL</data></node>
    <node id="tel"><data key="t">Phone</data><data key="nm">+33 1 23 45 67 89</data></node>
    <node id="m"><data key="t">event</data><data key="nm">Meeting</data></node>
    <edge source="p1" target="c1"><data key="rel">Directorship</data>
      <data key="d">2021-06</data></edge>
    <edge source="p1" target="c1"><data key="rel">knows the cook</data></edge>
    <edge source="c1" target="tel"/>
    <edge source="p1" target="m"><data key="rel">host</data></edge>
    <edge source="p1" target="nowhere"/>
    <hyperedge><endpoint node="p1"/><endpoint node="c1"/></hyperedge>
  </graph>
</graphml>""", encoding="utf-8")
    items = items_of(graphml, path)
    (record,) = by_type(items, Record)
    assert record.agency == "Partner" and record.reference == "net.graphml"
    entities = by_type(items, Entity)
    ivan = next(e for e in entities if e.first("name") == "Ivan Petrov")
    assert ivan.schema == "Person"
    assert [v.raw for v in ivan.properties["phone"]] == ["+33 6 12 34 56 78",
                                                         "+33 6 98 76 54 32"]
    assert [v.raw for v in ivan.properties["notes"]] == ["shoe size: 44"]
    assert "colour" not in ivan.properties
    acme = [e for e in entities if e.id == next(x.id for x in entities
                                                if x.first("name") == "Acme SARL")]
    # The company gets the phone node's number through the edge; no phone entity exists.
    assert any(e.first("phone") == "+33 1 23 45 67 89" for e in acme)
    assert not any(e.first("name") == "+33 1 23 45 67 89" for e in entities)
    links = by_type(items, Link)
    directorship = next(link for link in links if link.schema == "Directorship")
    assert directorship.start.value == "2021-06" and directorship.start.precision == "month"
    unknown = next(link for link in links if link.schema == "UnknownLink"
                   and link.properties.get("role") == ["knows the cook"])
    assert unknown.id != directorship.id
    events = by_type(items, Event)
    assert events[0].name == "Meeting"
    assert events[1].involved == [(ivan.id, "host")]
    issues = " | ".join(i.message for i in by_type(items, Issue))
    assert "1 edge end(s) name nodes the file does not define: nowhere" in issues
    assert "hyperedge" in issues
    assert items_of(graphml, path)[1:] == items[1:]  # deterministic ids


def test_gexf_attributes_labels_and_spells(tmp_path):
    path = tmp_path / "net.gexf"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node">
      <attribute id="0" title="schema" type="string"/>
      <attribute id="1" title="country" type="string"/>
    </attributes>
    <attributes class="edge"><attribute id="0" title="schema" type="string"/></attributes>
    <nodes>
      <node id="a" label="Olga Ivanova"><attvalues><attvalue for="0" value="Person"/>
        <attvalue for="1" value="RU; UA"/></attvalues></node>
      <node id="b" label="MV Sea Star"><attvalues><attvalue for="0" value="vessel"/>
        </attvalues></node>
    </nodes>
    <edges>
      <edge id="e" source="a" target="b"><attvalues><attvalue for="0" value="Ownership"/>
        </attvalues><spells><spell start="2019-01-01" end="2020-12-31"/></spells></edge>
    </edges>
  </graph>
</gexf>""", encoding="utf-8")
    items = items_of(gexf, path)
    olga, ship = by_type(items, Entity)
    assert olga.schema == "Person" and [v.raw for v in olga.properties["country"]] == ["RU", "UA"]
    assert ship.schema == "Vessel" and ship.first("name") == "MV Sea Star"
    (link,) = by_type(items, Link)
    assert link.schema == "Ownership"
    assert (link.start.value, link.end.value) == ("2019-01-01", "2020-12-31")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_our_export_round_trips(ws, tmp_path, fmt):
    from liaison.analysis.graph.build import GraphOptions

    ws.import_demo(80)
    g = ws.graph_for_records(ws.record_ids(), options=GraphOptions(
        identifiers_as_nodes=True, events_as_nodes=True))
    analysis.annotate(g)
    out = tmp_path / f"chart.{fmt}"
    ws.graph_export(g, fmt, out)
    with Workspace.create(tmp_path / "other", "DGSI", "FR", use_keyring=False,
                          passphrase=PASSPHRASE) as other:
        report = other.import_file(out, options=ImportOptions(agency="BKA", country="DE"))
        assert report.skipped_total == 0
        entity_nodes = [n for n in g.nodes.values() if n.kind == "entity"]
        assert report.counts["entities"].imported == len(entity_nodes)
        assert report.counts["links"].imported == sum(
            1 for e in g.edges.values() if e.kind == "link")
        back = other.graph_for_records(other.record_ids(), identifiers_as_nodes=True)
        assert sorted(n.label for n in back.nodes.values() if n.kind == "entity") == \
            sorted(n.label for n in entity_nodes)
        assert sorted(n.schema for n in back.nodes.values() if n.kind == "entity") == \
            sorted(n.schema for n in entity_nodes)
        phones = {k for k in g.nodes if k.startswith("phone:")}
        assert phones <= set(back.nodes)
        assert other.stats()["events"] == sum(1 for n in g.nodes.values() if n.kind == "event")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>
<node id="n0"><desc>&lol4;</desc></node></graph></graphml>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>
<node id="a" label="&secret;"/></nodes></graph></gexf>"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE graphml SYSTEM "http://127.0.0.1:9/evil.dtd">
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>"""


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bomb.graphml", BILLION_LAUGHS, "document type declaration or XML entities"),
    ("xxe.gexf", EXTERNAL_ENTITY, "document type declaration or XML entities"),
    ("dtd.graphml", EXTERNAL_DTD, "document type declaration or XML entities"),
    ("bad.graphml", GRAPHML_HEAD + '<graph><node id="a"></graph></graphml>',
     r"bad\.graphml:3:\d+: not well-formed XML: mismatched tag"),
    ("cut.graphml", GRAPHML_HEAD + '<graph><node id="a"/><node id="b"',
     r"cut\.graphml:3:\d+: not well-formed XML: .*truncated\?"),
    ("empty.gexf", "", "not well-formed XML: no element found"),
    ("other.graphml", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
     "not a graphml file"),
    ("bytes.gexf", "<gexf>\udcff</gexf>", "not well-formed"),
])
def test_hostile_and_broken_xml_is_refused_and_changes_nothing(ws, tmp_path, name, content,
                                                               message):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8", errors="surrogateescape"))
    ws.import_demo(5)
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = folder_state(ws.folder, with_shm=False)
    with pytest.raises(FormatError, match=message):
        ws.import_file(path)
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert folder_state(ws.folder, with_shm=False) == before


def test_cancel_mid_read_raises(tmp_path):
    path = tmp_path / "big.graphml"
    nodes = "".join(f'<node id="n{i}"/>' for i in range(5000))
    path.write_text(GRAPHML_HEAD + f"<graph>{nodes}</graph></graphml>", encoding="utf-8")
    progress = Progress()
    reader = graphml.read(path, ImportOptions(), progress)
    next(reader)
    progress.cancel()
    from liaison.model.errors import OperationCancelled
    with pytest.raises(OperationCancelled):
        list(reader)
