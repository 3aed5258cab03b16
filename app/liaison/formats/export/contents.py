"""What an export writer receives: the redacted copy of what may leave, and for whom.

The redaction engine (``analysis.redaction``) builds an :class:`ExportSet` from the
store; every writer (CSV, FtM, STIX, PDF) writes only what is in it, so the four
formats carry the same redacted content. Nothing here points back into the store.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from liaison.model.errors import LiaisonError
from liaison.model.records import Attachment, Entity, Event, Link, Record
from liaison.store.atomic import write_atomic

FORMATS = ("pdf", "csv", "ftm", "stix")


class ExportError(LiaisonError):
    """An export cannot be written (folder missing, font missing, disk full...)."""


@dataclass
class ExportSet:
    """Redacted records with their entities, links and events, addressed to one partner.

    ``records`` keep their markings (TLP, handling code, grading) and carry only
    the attachments the profile kept; entity ids refer to ``entities``.
    """

    sender: str
    sender_country: str
    partner: str
    partner_country: str
    profile: str
    created: str  # ISO timestamp, UTC
    records: list[Record] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    redactions: dict[str, int] = field(default_factory=dict)  # kind -> values redacted
    # The analyst's review: spans auto_detected, confirmed, unredacted, added by_hand.
    review: dict[str, int] = field(default_factory=dict)

    def record_entities(self, record_id: str) -> list[Entity]:
        return [e for e in self.entities if record_id in e.record_ids]

    def record_links(self, record_id: str) -> list[Link]:
        return [link for link in self.links if record_id in link.record_ids]

    def record_events(self, record_id: str) -> list[Event]:
        return [e for e in self.events if record_id in e.record_ids]

    def attachments(self) -> list[Attachment]:
        seen: dict[str, Attachment] = {}
        for record in self.records:
            for attachment in record.attachments:
                seen.setdefault(attachment.sha256, attachment)
        return list(seen.values())

    def counts(self) -> dict[str, int]:
        return {"records": len(self.records), "entities": len(self.entities),
                "links": len(self.links), "events": len(self.events),
                "attachments": len(self.attachments()),
                "redactions": sum(self.redactions.values())}


def grading(record: Record) -> str:
    """Europol 4x4 grading as one code (``B2``), or 'ungraded'."""
    code = f"{record.reliability or ''}{record.assessment or ''}"
    return code or "ungraded"


def marking_line(record: Record) -> str:
    """'TLP:AMBER · H1 · grading B2', as printed on every page and row."""
    return f"TLP:{record.tlp or 'AMBER'} · {record.handling or 'no handling code'} · " \
           f"grading {grading(record)}"


def write_file(path: Path, data: bytes) -> tuple[Path, str]:
    """Write ``data`` atomically; returns the path and its SHA-256 (for the disclosure log)."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return path, hashlib.sha256(data).hexdigest()


def write_attachments(export: ExportSet, folder: Path) -> list[tuple[Path, str]]:
    """Kept attachments as ``attachments/<sha256><ext>`` beside a CSV, FtM or STIX file."""
    kept = export.attachments()
    if not kept:
        return []
    target = folder / "attachments"
    target.mkdir(mode=0o700, exist_ok=True)
    return [write_file(target / a.name, a.data) for a in kept]


Writer = Callable[[ExportSet, Path, str], list[tuple[Path, str]]]


def writer(fmt: str) -> Writer:
    """The ``write(export, folder, stem)`` function of one export format."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format '{fmt}'; choose one of {', '.join(FORMATS)}.")
    module = importlib.import_module(f"liaison.formats.export.{fmt}")
    return module.write
