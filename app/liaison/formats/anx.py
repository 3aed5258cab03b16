"""i2 Analyst's Notebook exchange XML (ANX): a chart an analyst can continue in Notebook.

Structure (element and attribute names as Notebook writes and reads them)::

    Chart (Rigorous, IdReferenceLinking)
      StrengthCollection/Strength (Id, Name, DotStyle)
      AttributeClassCollection/AttributeClass (Id, Name, Type, IsUser, UserCanAdd, ...)
      EntityTypeCollection/EntityType (Id, Name, PreferredRepresentation, IconFile)
      LinkTypeCollection/LinkType (Id, Name, Colour)
      ChartItemCollection/ChartItem (Id, Label, DateSet, TimeSet, DateTime, ...)
        End (X, Y)/Entity (EntityId, Identity, LabelIsIdentity)
          Icon/IconStyle (Type, EntityTypeReference); CardCollection/Card (provenance)
        Link (End1Id, End2Id)/LinkStyle (Type, LinkTypeReference, Strength, ArrowStyle)
        AttributeCollection/Attribute (AttributeClass, AttributeClassReference, Value)

An entity's ``EntityId`` and ``Identity`` are its node key, and a link's ``End1Id``
and ``End2Id`` name those ids. Our schemas become entity types, link schemas link
types; facts go into attributes (text), each source record into a card. Notebook
has no date precision: a year-only date is written as its first day with
``DateTimeDescription`` saying "2024 (year)".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from liaison.formats.graph_attrs import edge_values, node_values
from liaison.formats.xml_stream import XmlWriter
from liaison.model.graph import GraphEdge, GraphNode, LinkGraph
from liaison.model.progress import Progress
from liaison.model.timeline import date_span
from liaison.model.values import DateValue
from liaison.store.atomic import write_atomic

CHUNK_ITEMS = 1000
MAX_CARDS = 20     # provenance cards per item; the rest are counted in an attribute
POSITION_SCALE = 40.0  # layout units to Notebook's chart units
STRENGTH = "Confirmed"

# Notebook's standard icon names for our schemas (the standard palette); others use General.
ICONS = {
    "Person": "Person", "Organization": "Organisation", "Company": "Organisation",
    "LegalEntity": "Person (Faceless)", "PublicBody": "Organisation", "Vehicle": "Car",
    "Vessel": "Cruiser", "Airplane": "Airplane", "BankAccount": "Account",
    "CryptoWallet": "Account", "Address": "House", "Passport": "Passport",
    "Identification": "Passport", "UserAccount": "Email", "phone": "Phone",
    "email": "Email", "iban": "Account", "crypto": "Account", "vin": "Car",
    "registration": "Car", "Event": "General",
}
# Node and edge columns written as card or structure, not as attributes.
_NOT_ATTRIBUTES = frozenset({"label", "record_ids", "entity_ids", "start", "end",
                             "start_precision", "end_precision"})


def _datetime(date: DateValue | None) -> dict[str, str]:
    """ChartItem date attributes for ``date``: DateSet/TimeSet/DateTime(/Description)."""
    if date is None:
        return {}
    try:
        first, _ = date_span(date)
    except ValueError:
        return {}
    out = {"DateSet": "true", "DateTime": first.strftime("%Y-%m-%dT%H:%M:%S.000")}
    if date.precision in ("minute", "second"):
        out["TimeSet"] = "true"
    elif date.precision in ("year", "month"):
        out["DateTimeDescription"] = f"{date.value} ({date.precision})"
    return out


class _Types:
    """Ids for the entity types, link types and attribute classes the chart uses."""

    def __init__(self, graph: LinkGraph) -> None:
        self.entity = {s: f"ET{i}" for i, s in enumerate(sorted({n.schema for n in
                                                                 graph.nodes.values()}), 1)}
        self.link = {s: f"LT{i}" for i, s in enumerate(sorted({e.schema for e in
                                                               graph.edges.values()}), 1)}
        names: dict[str, None] = {}
        for node in graph.nodes.values():
            names.update(dict.fromkeys(k for k in node_values(node) if k not in _NOT_ATTRIBUTES))
        for edge in graph.edges.values():
            names.update(dict.fromkeys(k for k in edge_values(edge) if k not in _NOT_ATTRIBUTES))
        names["more_records"] = None
        self.attribute = {name: f"AC{i}" for i, name in enumerate(names, 1)}

    def write(self, w: XmlWriter) -> None:
        w.start("StrengthCollection")
        w.element("Strength", {"Id": "S1", "Name": STRENGTH, "DotStyle": "DotStyleSolid"})
        w.end("StrengthCollection")
        w.start("AttributeClassCollection")
        for name, ident in self.attribute.items():
            w.element("AttributeClass", {"Id": ident, "Name": name, "Type": "AttText",
                                         "IsUser": "true", "UserCanAdd": "true",
                                         "UserCanRemove": "true", "ShowValue": "true",
                                         "Visible": "false"})
        w.end("AttributeClassCollection")
        w.start("EntityTypeCollection")
        for schema, ident in self.entity.items():
            w.element("EntityType", {"Id": ident, "Name": schema,
                                     "PreferredRepresentation": "RepresentAsIcon",
                                     "IconFile": ICONS.get(schema, "General")})
        w.end("EntityTypeCollection")
        w.start("LinkTypeCollection")
        for schema, ident in self.link.items():
            w.element("LinkType", {"Id": ident, "Name": schema, "Colour": "0"})
        w.end("LinkTypeCollection")


def _attributes(w: XmlWriter, types: _Types, values: dict[str, object],
                record_ids: tuple[str, ...]) -> None:
    rows = [(k, v) for k, v in values.items() if k not in _NOT_ATTRIBUTES]
    if len(record_ids) > MAX_CARDS:
        rows.append(("more_records", len(record_ids) - MAX_CARDS))
    if not rows:
        return
    w.start("AttributeCollection")
    for name, value in rows:
        w.element("Attribute", {"AttributeClass": name,
                                "AttributeClassReference": types.attribute[name],
                                "Value": value})
    w.end("AttributeCollection")


def _cards(w: XmlWriter, record_ids: tuple[str, ...], agencies: tuple[str, ...]) -> None:
    if not record_ids:
        return
    w.start("CardCollection")
    for record_id in record_ids[:MAX_CARDS]:
        w.element("Card", {"Summary": f"Record {record_id}", "SourceReference": record_id,
                           "SourceType": ", ".join(agencies) or "Liaison"})
    w.end("CardCollection")


def _entity(w: XmlWriter, types: _Types, node: GraphNode, index: int,
            xy: tuple[float, float] | None) -> None:
    item = {"Id": f"CI{index}", "Label": node.label, **_datetime(node.start)}
    if node.agencies:
        item["SourceType"] = ", ".join(node.agencies)
    w.start("ChartItem", item)
    x, y = (xy or (0.0, 0.0))
    # Notebook's y axis points down, ours up.
    w.start("End", {"X": round(x * POSITION_SCALE), "Y": round(-y * POSITION_SCALE)})
    w.start("Entity", {"EntityId": node.key, "Identity": node.key, "LabelIsIdentity": "false"})
    w.start("Icon")
    w.element("IconStyle", {"Type": node.schema,
                            "EntityTypeReference": types.entity[node.schema]})
    w.end("Icon")
    _cards(w, node.record_ids, node.agencies)
    w.end("Entity")
    w.end("End")
    _attributes(w, types, node_values(node), node.record_ids)
    w.end("ChartItem")


def _link(w: XmlWriter, types: _Types, edge: GraphEdge, index: int) -> None:
    item = {"Id": f"CI{index}", "Label": edge.label or edge.schema, **_datetime(edge.start)}
    w.start("ChartItem", item)
    w.start("Link", {"End1Id": edge.source, "End2Id": edge.target})
    _cards(w, edge.record_ids, edge.agencies)
    w.element("LinkStyle", {"Type": edge.schema, "LinkTypeReference": types.link[edge.schema],
                            "Strength": STRENGTH, "ArrowStyle": "ArrowOnHead",
                            "LineWidth": "1"})
    w.end("Link")
    _attributes(w, types, edge_values(edge), edge.record_ids)
    w.end("ChartItem")


def chunks(graph: LinkGraph, progress: Progress | None = None) -> Iterator[bytes]:
    """The ANX document as byte chunks (for ``write_atomic``), cancellable between them."""
    progress = progress or Progress()
    types = _Types(graph)
    w = XmlWriter()
    w.start("Chart", {"Rigorous": "false", "IdReferenceLinking": "false"})
    types.write(w)
    w.start("ChartItemCollection")
    total = len(graph.nodes) + len(graph.edges)
    for i, (key, node) in enumerate(graph.nodes.items()):
        _entity(w, types, node, i, graph.positions.get(key))
        if i % CHUNK_ITEMS == 0:
            progress.update(i, total, "Writing ANX")
            yield w.drain()
    for i, edge in enumerate(graph.edges.values(), start=len(graph.nodes)):
        _link(w, types, edge, i)
        if i % CHUNK_ITEMS == 0:
            progress.update(i, total, "Writing ANX")
            yield w.drain()
    w.end("ChartItemCollection")
    w.end("Chart")
    progress.update(total, total, "Writing ANX")
    yield w.finish()


def write(graph: LinkGraph, out: Path, progress: Progress | None = None) -> None:
    """Write ``graph`` to ``out`` atomically (a crash leaves the old file or the new one)."""
    write_atomic(Path(out), chunks(graph, progress))
