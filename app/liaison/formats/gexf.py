"""GEXF 1.3 (Gephi): write a chart's graph with attributes and time intervals; read GEXF files.

Writing: ``<attributes>`` declarations for the columns of
:mod:`~liaison.formats.graph_attrs`; edges with dates carry ``start``/``end`` (a
year-only date spans its whole year, so Gephi's timeline shows what the source
knew), events as nodes too; the graph is ``mode="dynamic"`` when anything is dated.
Layout positions go in ``viz:position``. Reading accepts GEXF 1.1 to 1.3 (any
namespace) and follows :mod:`~liaison.formats.graph_import`; an edge's first
``<spell>`` stands in for missing ``start``/``end``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from liaison.formats import base
from liaison.formats.graph_attrs import (
    edge_columns,
    edge_values,
    interval,
    needs_time,
    node_columns,
    node_values,
)
from liaison.formats.graph_import import GraphConverter, file_record
from liaison.formats.textio import file_digest
from liaison.formats.xml_stream import XmlWriter, attrs_of, iter_elements, local
from liaison.model.graph import LinkGraph
from liaison.model.progress import Progress
from liaison.model.records import Issue, Item
from liaison.store.atomic import write_atomic

FORMAT = "gexf"
NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
CHUNK_ITEMS = 2000
_TYPES = {"string": "string", "int": "integer", "double": "double"}


def _attvalues(w: XmlWriter, ids: dict[str, str], values: dict[str, object]) -> None:
    if values:
        w.start("attvalues")
        for name, value in values.items():
            w.element("attvalue", {"for": ids[name], "value": value})
        w.end("attvalues")


def chunks(graph: LinkGraph, progress: Progress | None = None) -> Iterator[bytes]:
    """The GEXF document as byte chunks (for ``write_atomic``), cancellable between them."""
    progress = progress or Progress()
    with_time = needs_time(graph)
    dated = any(e.start for e in graph.edges.values()) or \
        any(n.start for n in graph.nodes.values())
    w = XmlWriter()
    w.start("gexf", {"xmlns": NS, "xmlns:viz": VIZ, "version": "1.3"})
    w.start("meta", {"lastmodifieddate": datetime.now(UTC).date().isoformat()})
    w.element("creator", None, "Liaison")
    w.element("description", None, f"{len(graph.nodes)} nodes, {len(graph.edges)} edges")
    w.end("meta")
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if dated else "static"}
    if dated:  # GEXF 1.3's timeformat-type: integer, double, date, dateTime
        graph_attrs["timeformat"] = "dateTime" if with_time else "date"
    w.start("graph", graph_attrs)
    ids: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for kind, cols in (("node", node_columns(graph)), ("edge", edge_columns(graph))):
        w.start("attributes", {"class": kind, "mode": "static"})
        for i, col in enumerate(cols):
            ids[kind][col.name] = str(i)
            w.element("attribute", {"id": str(i), "title": col.name, "type": _TYPES[col.type]})
        w.end("attributes")
    total = len(graph.nodes) + len(graph.edges)
    w.start("nodes", {"count": len(graph.nodes)})
    for i, (key, node) in enumerate(graph.nodes.items()):
        attrs: dict[str, object] = {"id": key, "label": node.label}
        span = interval(node.start, node.end, with_time)
        if span:
            attrs["start"], attrs["end"] = span
        w.start("node", attrs)
        _attvalues(w, ids["node"], node_values(node))
        if key in graph.positions:
            x, y = graph.positions[key]
            w.element("viz:position", {"x": f"{x:.4f}", "y": f"{y:.4f}", "z": "0.0"})
        w.end("node")
        if i % CHUNK_ITEMS == 0:
            progress.update(i, total, "Writing GEXF")
            yield w.drain()
    w.end("nodes")
    w.start("edges", {"count": len(graph.edges)})
    for i, edge in enumerate(graph.edges.values(), start=len(graph.nodes)):
        attrs = {"id": edge.key, "source": edge.source, "target": edge.target,
                 "label": edge.label or edge.schema}
        span = interval(edge.start, edge.end, with_time)
        if span:
            attrs["start"], attrs["end"] = span
        w.start("edge", attrs)
        _attvalues(w, ids["edge"], edge_values(edge))
        w.end("edge")
        if i % CHUNK_ITEMS == 0:
            progress.update(i, total, "Writing GEXF")
            yield w.drain()
    w.end("edges")
    w.end("graph")
    w.end("gexf")
    progress.update(total, total, "Writing GEXF")
    yield w.finish()


def write(graph: LinkGraph, out: Path, progress: Progress | None = None) -> None:
    """Write ``graph`` to ``out`` atomically (a crash leaves the old file or the new one)."""
    write_atomic(Path(out), chunks(graph, progress))


def _values(elem: Element, titles: dict[str, str], defaults: dict[str, str]) -> dict[str, str]:
    """An element's attributes, ``<attvalue>`` values by title, and its first spell."""
    out = dict(defaults)
    out.update({k: v for k, v in attrs_of(elem).items() if k not in ("id", "source", "target")})
    for child in elem:
        name = local(child.tag)
        if name == "attvalues":
            for value in child:
                a = attrs_of(value)
                ref = a.get("for") or a.get("id", "")
                out[titles.get(ref, ref)] = a.get("value", "")
        elif name == "spells" and len(child):
            spell = attrs_of(child[0])
            for end in ("start", "end"):
                if spell.get(end):
                    out.setdefault(end, spell[end])
    return out


def read(path: Path, options: base.ImportOptions, progress: Progress) -> Iterator[Item]:
    """Read a GEXF file as one record with its entities, links and events."""
    sha256, size = file_digest(path, progress)
    record = file_record(path, options, FORMAT, "GEXF", sha256)
    yield record
    convert = GraphConverter(record.agency, FORMAT, sha256, record.id)
    titles: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    edges = 0
    for count, elem in enumerate(iter_elements(
            path, "gexf", frozenset({"attributes", "node", "edge"}))):
        if count % 1000 == 0:
            progress.update(count, None, "Reading GEXF")
        name = local(elem.tag)
        if name == "attributes":
            kind = elem.get("class", "node")
            for attribute in elem:
                a = attrs_of(attribute)
                title = a.get("title") or a.get("id", "")
                titles.setdefault(kind, {})[a.get("id", "")] = title
                default = next((c.text for c in attribute if local(c.tag) == "default"), None)
                if default is not None:
                    defaults.setdefault(kind, {})[title] = default
        elif name == "node":
            yield from convert.node(elem.get("id", ""),
                                    _values(elem, titles["node"], defaults["node"]))
        elif not elem.get("source") or not elem.get("target"):
            yield Issue(f"{path.name} edge {elem.get('id', edges)}",
                        "edge without a source or target; skipped", skipped=True)
            edges += 1
        else:
            values = _values(elem, titles["edge"], defaults["edge"])
            yield from convert.edge(elem.get("id", ""), edges, elem.get("source", ""),
                                    elem.get("target", ""), values)
            edges += 1
    progress.update(size, size, "Read GEXF")
    yield from convert.finish(path.name)
