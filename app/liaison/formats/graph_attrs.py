"""Node and edge attributes as the graph exports write them, and as the importers read them.

Every export writes the same columns, so a graph leaves Liaison the same way in
GraphML, GEXF and ANX: ``kind``, ``schema``, ``label``, the agencies and countries
of the records behind it, identifiers under their FollowTheMoney property names,
dates, provenance ids (ours, and ``source_ids``: the ids in the partners' own files)
and any analysis metrics. Several values of one attribute
are joined with :data:`SEPARATOR`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from liaison.model.graph import GraphEdge, GraphNode, LinkGraph
from liaison.model.timeline import date_span
from liaison.model.values import DateValue

SEPARATOR = "; "

# Identifier kind -> the FtM property that holds it, so a re-import lands in the right place.
KIND_PROPS = {
    "phone": "phone", "email": "email", "iban": "iban", "bic": "bicCode", "vin": "vin",
    "crypto": "publicKey", "registration": "registrationNumber",
    "passport": "passportNumber", "national_id": "idNumber", "ip": "ipAddress",
}
PROP_KINDS = {prop: kind for kind, prop in KIND_PROPS.items()}

STRING, INT, DOUBLE = "string", "int", "double"


@dataclass(frozen=True)
class Column:
    name: str
    type: str = STRING


def joined(values: object) -> str:
    if isinstance(values, str):
        return values
    return SEPARATOR.join(str(v) for v in values)  # type: ignore[union-attr]


def _date_columns(prefix: str, date: DateValue | None) -> dict[str, str]:
    if date is None:
        return {}
    return {prefix: date.value, f"{prefix}_precision": date.precision}


def node_values(node: GraphNode) -> dict[str, object]:
    """One node's attributes by column name; empty values are left out."""
    out: dict[str, object] = {"kind": node.kind, "schema": node.schema, "label": node.label}
    if node.agencies:
        out["agencies"] = joined(node.agencies)
    if node.countries:
        out["country"] = joined(node.countries)
    for kind, values in node.identifiers.items():
        if values:
            out[KIND_PROPS.get(kind, kind)] = joined(values)
    for prop, values in node.dates.items():
        if values:
            out[prop] = joined(values)
    out.update(_date_columns("start", node.start))
    out.update(_date_columns("end", node.end))
    if node.entity_ids:
        out["entity_ids"] = joined(node.entity_ids)
    if node.source_refs:
        out["source_ids"] = joined(node.source_refs)
    if node.record_ids:
        out["record_ids"] = joined(node.record_ids)
        out["records"] = len(node.record_ids)
    for name, value in node.metrics.items():
        out[name] = int(value) if name in ("community", "degree") else float(value)
    return out


def edge_values(edge: GraphEdge) -> dict[str, object]:
    """One edge's attributes by column name; link properties keep their own names."""
    out: dict[str, object] = {"kind": edge.kind, "schema": edge.schema,
                              "label": edge.label or edge.schema}
    out.update(_date_columns("start", edge.start))
    out.update(_date_columns("end", edge.end))
    if edge.agencies:
        out["agencies"] = joined(edge.agencies)
    if edge.record_ids:
        out["record_ids"] = joined(edge.record_ids)
    for prop, values in edge.properties.items():
        if prop not in out and values:
            out[prop] = joined(values)
    return out


def columns(rows: Iterator[dict[str, object]]) -> list[Column]:
    """The columns ``rows`` use, in first-seen order, typed int/double where every value is."""
    types: dict[str, str] = {}
    for row in rows:
        for name, value in row.items():
            kind = INT if isinstance(value, int) and not isinstance(value, bool) else \
                DOUBLE if isinstance(value, float) else STRING
            old = types.get(name, kind)
            types[name] = kind if old == kind else DOUBLE if {old, kind} == {INT, DOUBLE} \
                else STRING
    return [Column(name, kind) for name, kind in types.items()]


def node_columns(graph: LinkGraph) -> list[Column]:
    return columns(node_values(n) for n in graph.nodes.values())


def edge_columns(graph: LinkGraph) -> list[Column]:
    return columns(edge_values(e) for e in graph.edges.values())


def interval(start: DateValue | None, end: DateValue | None,
             with_time: bool) -> tuple[str, str] | None:
    """(first, last) moment as ISO text, a year-only date spanning its whole year."""
    if start is None:
        return None
    try:
        lo, hi = date_span(start)
        if end is not None:
            hi = max(hi, date_span(end)[1])
    except ValueError:
        return None
    if with_time:
        return lo.isoformat(timespec="seconds"), hi.isoformat(timespec="seconds")
    return lo.date().isoformat(), hi.date().isoformat()


def needs_time(graph: LinkGraph) -> bool:
    """True when any edge or node date is more precise than a day."""
    dates = [e.start for e in graph.edges.values()] + [n.start for n in graph.nodes.values()]
    return any(d is not None and d.precision in ("minute", "second") for d in dates)
