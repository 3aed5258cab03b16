"""GraphML: write a chart's graph with its attributes; read a GraphML file as entities and links.

Writing: one ``<key>`` per column of :mod:`~liaison.formats.graph_attrs` (plus ``x``
and ``y`` when the graph has a layout; a name the schema's NMTOKEN does not allow, such
as one with a space, is written with ``_``), nodes then edges, directed as the links were
written; parallel links stay separate edges with their own ids. Reading follows the
rules of :mod:`~liaison.formats.graph_import`; ``<data>`` values (or a key's
``<default>``) become attributes by the key's ``attr.name``, a node's ``<desc>`` its
name when it has no other. Hyperedges and ports are skipped with an issue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from liaison.formats import base
from liaison.formats.graph_attrs import Column, edge_columns, edge_values, node_columns, node_values
from liaison.formats.graph_import import GraphConverter, file_record
from liaison.formats.textio import file_digest
from liaison.formats.xml_stream import XmlWriter, attrs_of, iter_elements, local
from liaison.model.graph import LinkGraph
from liaison.model.progress import Progress
from liaison.model.records import Issue, Item
from liaison.store.atomic import write_atomic

FORMAT = "graphml"
NS = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
CHUNK_ITEMS = 2000
_TYPES = {"string": "string", "int": "int", "double": "double"}


_NOT_NMTOKEN = re.compile(r"[^\w.:\-]+")


def _key_name(name: str, taken: set[str]) -> str:
    """``name`` as GraphML's ``attr.name`` allows it (an XML NMTOKEN: no spaces), unique."""
    base = _NOT_NMTOKEN.sub("_", name).strip("_") or "attribute"
    out, n = base, 2
    while out in taken:
        out, n = f"{base}_{n}", n + 1
    taken.add(out)
    return out


def _data(w: XmlWriter, keys: dict[str, str], values: dict[str, object]) -> None:
    for name, value in values.items():
        w.element("data", {"key": keys[name]}, value)


def chunks(graph: LinkGraph, progress: Progress | None = None) -> Iterator[bytes]:
    """The GraphML document as byte chunks (for ``write_atomic``), cancellable between them."""
    progress = progress or Progress()
    w = XmlWriter()
    w.start("graphml", {"xmlns": NS, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                        "xsi:schemaLocation": f"{NS} {SCHEMA}"})
    node_keys: dict[str, str] = {}
    edge_keys: dict[str, str] = {}
    node_cols = node_columns(graph)
    if graph.positions:
        node_cols += [Column("x", "double"), Column("y", "double")]
    for prefix, cols, keys, target in (("n", node_cols, node_keys, "node"),
                                       ("e", edge_columns(graph), edge_keys, "edge")):
        names: set[str] = set()
        for i, col in enumerate(cols):
            keys[col.name] = f"{prefix}{i}"
            w.element("key", {"id": keys[col.name], "for": target,
                              "attr.name": _key_name(col.name, names),
                              "attr.type": _TYPES[col.type]})
    w.start("graph", {"id": "G", "edgedefault": "directed"})
    total = len(graph.nodes) + len(graph.edges)
    for i, (key, node) in enumerate(graph.nodes.items()):
        w.start("node", {"id": key})
        values = node_values(node)
        if key in graph.positions:
            values["x"], values["y"] = graph.positions[key]
        _data(w, node_keys, values)
        w.end("node")
        if i % CHUNK_ITEMS == 0:
            progress.update(i, total, "Writing GraphML")
            yield w.drain()
    for i, edge in enumerate(graph.edges.values(), start=len(graph.nodes)):
        w.start("edge", {"id": edge.key, "source": edge.source, "target": edge.target})
        _data(w, edge_keys, edge_values(edge))
        w.end("edge")
        if i % CHUNK_ITEMS == 0:
            progress.update(i, total, "Writing GraphML")
            yield w.drain()
    w.end("graph")
    w.end("graphml")
    progress.update(total, total, "Writing GraphML")
    yield w.finish()


def write(graph: LinkGraph, out: Path, progress: Progress | None = None) -> None:
    """Write ``graph`` to ``out`` atomically (a crash leaves the old file or the new one)."""
    write_atomic(Path(out), chunks(graph, progress))


class _Keys:
    """The ``<key>`` declarations seen so far: id -> (for, attr.name), and their defaults."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}

    def declare(self, elem: Element) -> None:
        a = attrs_of(elem)
        key_id, target = a.get("id", ""), a.get("for", "all")
        self.names[key_id] = a.get("attr.name") or key_id
        default = next((c.text for c in elem if local(c.tag) == "default"), None)
        if default is not None:
            for kind in ("node", "edge") if target == "all" else (target,):
                if kind in self.defaults:
                    self.defaults[kind][self.names[key_id]] = default

    def values(self, elem: Element, kind: str) -> dict[str, str]:
        out = dict(self.defaults[kind])
        for child in elem:
            name = local(child.tag)
            if name == "data":
                text = "".join(child.itertext()) if len(child) == 0 else (child.text or "")
                key = child.get("key", "")
                out[self.names.get(key, key)] = text.strip()
            elif name == "desc" and child.text:
                out.setdefault("desc", child.text.strip())
        return out


def read(path: Path, options: base.ImportOptions, progress: Progress) -> Iterator[Item]:
    """Read a GraphML file as one record with its entities, links and events."""
    sha256, size = file_digest(path, progress)
    record = file_record(path, options, FORMAT, "GraphML", sha256)
    yield record
    convert = GraphConverter(record.agency, FORMAT, sha256, record.id)
    keys = _Keys()
    edges = skipped = 0
    for count, elem in enumerate(iter_elements(
            path, "graphml", frozenset({"key", "node", "edge", "hyperedge", "port"}))):
        if count % 1000 == 0:
            progress.update(count, None, "Reading GraphML")
        name = local(elem.tag)
        if name == "key":
            keys.declare(elem)
        elif name == "node":
            yield from convert.node(elem.get("id", ""), keys.values(elem, "node"))
        elif name == "edge":
            source, target = elem.get("source"), elem.get("target")
            if not source or not target:
                yield Issue(f"{path.name} edge {elem.get('id', edges)}",
                            "edge without a source or target; skipped", skipped=True)
            else:
                yield from convert.edge(elem.get("id", ""), edges, source, target,
                                        keys.values(elem, "edge"))
            edges += 1
        else:
            skipped += 1
    if skipped:
        yield Issue(path.name, f"{skipped} hyperedge(s) or port(s) skipped: Liaison links "
                               "join two entities", skipped=True)
    progress.update(size, size, "Read GraphML")
    yield from convert.finish(path.name)
