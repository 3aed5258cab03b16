"""A redacted export as FollowTheMoney entities, one JSON object per line.

Each record becomes a ``Document`` (title, ``description`` = narrative, ``author`` =
originating agency, ``date``, and its markings as ``keywords``: ``TLP:AMBER``, ``H1``,
``grading B2``); entities keep their schema and name their records in ``proof``; links
become the interval schemas of :data:`liaison.formats.ftm.LINK_ENDS`; events become
``Event``. Our own FtM reader reads the file back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from liaison.formats.export.contents import ExportSet, grading, write_attachments, write_file
from liaison.formats.ftm import LINK_ENDS

START, END = "startDate", "endDate"


def _line(entity_id: str, schema: str, properties: dict[str, list[str]]) -> bytes:
    props = {k: v for k, v in properties.items() if v}
    return (json.dumps({"id": entity_id, "schema": schema, "properties": props},
                       ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def _dates(start: Any, end: Any) -> dict[str, list[str]]:
    out = {}
    if start is not None:
        out[START] = [str(start)]
    if end is not None:
        out[END] = [str(end)]
    return out


def lines(export: ExportSet) -> Iterator[bytes]:
    """The export's FtM entities as JSON lines (records first, as documents)."""
    for r in export.records:
        yield _line(r.id, "Document", {
            "title": [r.title], "description": [r.narrative], "author": [r.agency],
            "country": [r.country.lower()] if r.country else [],
            "date": [str(r.reported)] if r.reported else [],
            "keywords": [f"TLP:{r.tlp or 'AMBER'}", r.handling or "", f"grading {grading(r)}"],
            "notes": [r.handling_conditions] if r.handling_conditions else [],
            "fileName": [a.name for a in r.attachments]})
    for e in export.entities:
        props = {prop: [v.raw for v in values] for prop, values in e.properties.items()}
        props["proof"] = list(e.record_ids)
        yield _line(e.id, e.schema, props)
    for link in export.links:
        schema = link.schema if link.schema in LINK_ENDS else "UnknownLink"
        source, target = LINK_ENDS[schema]
        props = {k: list(v) for k, v in link.properties.items()}
        if schema != link.schema:
            props.setdefault("role", []).append(link.schema)
        props.update({source: [link.source_id], target: [link.target_id],
                      **_dates(link.start, link.end), "proof": list(link.record_ids)})
        yield _line(link.id, schema, props)
    for event in export.events:
        props = {k: list(v) for k, v in event.properties.items()}
        props.update({"name": [event.name], "location": [event.place] if event.place else [],
                      "involved": [entity for entity, _ in event.involved],
                      **_dates(event.start, event.end), "proof": list(event.record_ids)})
        yield _line(event.id, "Event", props)


def write(export: ExportSet, folder: Path, stem: str) -> list[tuple[Path, str]]:
    """Write ``<stem>.ftm.jsonl`` (and kept attachments) atomically; (path, sha256) of each."""
    return [write_file(folder / f"{stem}.ftm.jsonl", b"".join(lines(export))),
            *write_attachments(export, folder)]
