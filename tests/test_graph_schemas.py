"""Graph exports against their formats' schemas (issue 24).

GEXF: checked against the official GEXF 1.3 XSD (vendored in ``tests/data/schemas``,
CC BY 4.0): its enumerations and lexical types always, and a full validation with
``xmlschema`` (a test dependency). GraphML: its schema states no licence, so it is not
vendored; the rules of the GraphML specification are checked structurally instead.
i2's ANX has no public schema: ``test_graph_export`` checks the elements i2 reads.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import defusedxml.ElementTree as ET  # our own output, parsed safely all the same
import pytest

from liaison.analysis.graph import analytics as analysis
from liaison.formats import gexf, graphml
from liaison.model.graph import EDGE_IDENTIFIER, NODE_IDENTIFIER, GraphEdge, GraphNode
from liaison.model.values import DateValue

from .conftest import TEST_DATA, require
from .graph_helpers import graph_of

XS = "{http://www.w3.org/2001/XMLSchema}"
GEXF_XSD = TEST_DATA / "schemas" / "gexf-1.3"
G = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"

# XML Schema lexical spaces (XSD 1.0 part 2, 3.2.3 decimal, 3.2.5 double, 3.3.13 integer).
LEXICAL = {
    "integer": re.compile(r"[+-]?\d+"),
    "long": re.compile(r"[+-]?\d+"),
    "double": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([Ee][+-]?\d+)?|[+-]?INF|NaN"),
    "float": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([Ee][+-]?\d+)?|[+-]?INF|NaN"),
    "date": re.compile(r"-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?"),
    "dateTime": re.compile(r"-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?"),
    "string": re.compile(r".*", re.S),
    "boolean": re.compile(r"true|false|1|0"),
}
# GraphML's key.type.type and NMTOKEN (XML 1.0 Nmtoken: NameChar+, simplified to ASCII
# and any letter or digit).
GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}
NMTOKEN = re.compile(r"[\w.:\-]+")


def _enumeration(name: str) -> set[str]:
    """The values the vendored GEXF 1.3 schema allows for simple type ``name``."""
    for path in sorted(GEXF_XSD.glob("*.xsd")):
        for simple in ET.parse(path).getroot().iter(f"{XS}simpleType"):
            if simple.get("name") == name:
                return {e.get("value") for e in simple.iter(f"{XS}enumeration")}
    raise AssertionError(f"{name} is not in the vendored GEXF schema")


@pytest.fixture
def dated_chart():
    """People and calls, with dates to the minute, a phone node, odd labels and names."""
    g = graph_of([("anna", "boris"), ("anna", "boris"), ("boris", "carl")], schema="Call",
                 start=DateValue("2023", "year"))
    g.edges["e1"].start = DateValue("2024-05-06T07:08", "minute")
    g.edges["e2"].properties = {"role played": ("driver",), "über": ("ja",)}
    g.nodes["anna"].label = "Anna \x01Weber <&>"
    g.nodes["anna"].identifiers = {"phone": ("+4915123456789",)}
    g.add_node(GraphNode("phone:+4915123456789", NODE_IDENTIFIER, "phone", "+4915123456789"))
    g.add_edge(GraphEdge("anna>phone", "anna", "phone:+4915123456789", EDGE_IDENTIFIER,
                         "phone", "phone"))
    analysis.annotate(g, seed=0)
    analysis.layout(g, seed=0)
    return g


@pytest.fixture(params=["minute", "day"])
def gexf_file(request, dated_chart, tmp_path) -> Path:
    if request.param == "day":
        for edge in dated_chart.edges.values():
            if edge.start is not None:
                edge.start = DateValue("2024-03-05", "day")
    out = tmp_path / f"{request.param}.gexf"
    gexf.write(dated_chart, out)
    return out


# --- GEXF ---------------------------------------------------------------------------------


def test_gexf_time_and_types_are_the_ones_gexf_1_3_allows(gexf_file):
    root = ET.parse(gexf_file).getroot()
    graph = root.find(f"{G}graph")
    timeformat = graph.get("timeformat")
    assert timeformat in _enumeration("timeformat-type")
    assert graph.get("mode") in _enumeration("mode-type-graph")
    assert graph.get("defaultedgetype") in _enumeration("defaultedgetype-type")
    dated = [e for e in graph.iter() if e.get("start") or e.get("end")]
    assert dated
    for element in dated:
        for end in ("start", "end"):
            assert LEXICAL[timeformat].fullmatch(element.get(end)), (end, element.attrib)
    types = {}
    for attributes in graph.findall(f"{G}attributes"):
        assert attributes.get("class") in _enumeration("class-type")
        for a in attributes:
            assert a.get("type") in _enumeration("attrtype-type")
            types[(attributes.get("class"), a.get("id"))] = a.get("type")
    for kind in ("node", "edge"):
        for element in graph.iter(f"{G}{kind}"):
            for value in element.iter(f"{G}attvalue"):
                declared = types[(kind, value.get("for"))]
                assert LEXICAL[declared].fullmatch(value.get("value")), (declared, value.attrib)
    ids = [n.get("id") for n in graph.iter(f"{G}node")]
    assert len(ids) == len(set(ids))
    assert all(e.get("source") in ids and e.get("target") in ids for e in graph.iter(f"{G}edge"))
    for position in graph.iter(f"{VIZ}position"):
        assert all(LEXICAL["float"].fullmatch(position.get(c)) for c in ("x", "y", "z"))


def test_gexf_validates_against_the_gexf_1_3_xsd(gexf_file):
    try:
        import xmlschema
    except ImportError:
        xmlschema = None
    require(xmlschema is not None, "xmlschema is not installed (pip install -e '.[test]')")
    schema = xmlschema.XMLSchema(str(GEXF_XSD / "gexf.xsd"))
    root = ET.parse(gexf_file).getroot()
    # The official viz.xsd has no target namespace (see tests/data/schemas/SOURCES.md):
    # viz: elements are checked by the test above, the rest by the schema.
    stripped = copy.deepcopy(root)
    for parent in stripped.iter():
        for child in [c for c in parent if c.tag.startswith(VIZ)]:
            parent.remove(child)
    errors = [f"{e.path}: {e.reason}" for e in schema.iter_errors(stripped)]
    assert errors == []


# --- GraphML ------------------------------------------------------------------------------


def test_graphml_follows_the_graphml_schema_rules(dated_chart, tmp_path):
    out = tmp_path / "chart.graphml"
    graphml.write(dated_chart, out)
    root = ET.parse(out).getroot()
    assert root.tag == f"{GRAPHML}graphml"
    children = [c.tag for c in root]
    keys = [c for c in root if c.tag == f"{GRAPHML}key"]
    # graphml.type: (desc?, key*, (data | graph)*): every key before the graph.
    assert children[:len(keys)] == [f"{GRAPHML}key"] * len(keys)
    declared: dict[str, tuple[str, str]] = {}
    for key in keys:
        assert key.get("id") not in declared
        assert key.get("for") in {"graph", "node", "edge", "hyperedge", "port", "endpoint",
                                  "all"}
        assert NMTOKEN.fullmatch(key.get("attr.name")), key.get("attr.name")
        assert key.get("attr.type") in GRAPHML_TYPES
        declared[key.get("id")] = (key.get("for"), key.get("attr.type"))
    graph = root.find(f"{GRAPHML}graph")
    assert graph.get("edgedefault") in {"directed", "undirected"}
    ids = [n.get("id") for n in graph.findall(f"{GRAPHML}node")]
    assert len(ids) == len(set(ids))
    for element in graph:
        kind = element.tag.removeprefix(GRAPHML)
        assert kind in {"desc", "data", "node", "edge", "hyperedge"}
        if kind == "edge":
            assert element.get("source") in ids and element.get("target") in ids
        for data in element.findall(f"{GRAPHML}data"):
            target, attr_type = declared[data.get("key")]
            assert target in (kind, "all")
            lexical = {"int": "integer"}.get(attr_type, attr_type)
            assert LEXICAL[lexical].fullmatch(data.text or ""), (attr_type, data.text)
