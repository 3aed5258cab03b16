"""A redacted export as CSV: ``<stem>-records.csv``, ``<stem>-entities.csv`` (one row per
property value), ``<stem>-links.csv`` and ``<stem>-events.csv``, UTF-8 with a byte-order
mark so spreadsheet programs read Cyrillic, Greek and Arabic right.

Cells that a spreadsheet would run as a formula (starting with ``= + - @``, a tab or a
carriage return) are prefixed with an apostrophe, as OWASP advises against CSV
injection; readers that are not spreadsheets see the apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from liaison.formats.export.contents import ExportSet, grading, write_attachments, write_file

RECORD_COLUMNS = ("id", "reference", "agency", "country", "title", "narrative", "language",
                  "reported", "received", "handling", "handling_conditions", "tlp", "grading",
                  "status", "version", "attachments")
ENTITY_COLUMNS = ("entity_id", "schema", "property", "value", "record_ids")
LINK_COLUMNS = ("link_id", "schema", "source_id", "target_id", "start", "end", "properties",
                "record_ids")
EVENT_COLUMNS = ("event_id", "name", "start", "end", "place", "involved", "properties",
                 "record_ids")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell text, defused if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write(export: ExportSet, folder: Path, stem: str) -> list[tuple[Path, str]]:
    """Write the four tables (and kept attachments) atomically; (path, sha256) of each."""
    records = _table(RECORD_COLUMNS, (
        (r.id, r.reference, r.agency, r.country, r.title, r.narrative, r.language or "",
         str(r.reported or ""), str(r.received or ""), r.handling or "", r.handling_conditions,
         r.tlp or "", grading(r), r.status, r.version,
         " ".join(a.name for a in r.attachments)) for r in export.records))
    entities = _table(ENTITY_COLUMNS, (
        (e.id, e.schema, prop, v.raw, " ".join(e.record_ids))
        for e in export.entities for prop, values in e.properties.items() for v in values))
    links = _table(LINK_COLUMNS, (
        (link.id, link.schema, link.source_id, link.target_id, str(link.start or ""),
         str(link.end or ""),
         "; ".join(f"{k}={'|'.join(v)}" for k, v in sorted(link.properties.items())),
         " ".join(link.record_ids)) for link in export.links))
    events = _table(EVENT_COLUMNS, (
        (e.id, e.name, str(e.start or ""), str(e.end or ""), e.place,
         " ".join(f"{entity}:{role}" for entity, role in e.involved),
         "; ".join(f"{k}={'|'.join(v)}" for k, v in sorted(e.properties.items())),
         " ".join(e.record_ids)) for e in export.events))
    return [write_file(folder / f"{stem}-records.csv", records),
            write_file(folder / f"{stem}-entities.csv", entities),
            write_file(folder / f"{stem}-links.csv", links),
            write_file(folder / f"{stem}-events.csv", events),
            *write_attachments(export, folder)]
