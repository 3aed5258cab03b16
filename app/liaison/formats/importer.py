"""The one import path: detect the format, read, normalise identifiers, merge, audit.

Everything happens in one transaction: a failed or cancelled import leaves the
store exactly as it was, and the audit entry commits with the data it describes.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from liaison.formats.base import READER_MODULES, ImportOptions, Reader
from liaison.model import identifiers, limits
from liaison.model.errors import FormatError
from liaison.model.input_files import check_input_file
from liaison.model.progress import Progress
from liaison.model.records import (
    Entity,
    Event,
    Issue,
    Item,
    Link,
    PropertyValue,
    Record,
    SourceObject,
)
from liaison.store import audit, search_index, source_objects
from liaison.store.database import Connection, transaction
from liaison.store.ingest import ImportReport, Ingest, WatchCheck
from liaison.store.source_defaults import DefaultsApplier

# Format name → module holding its ``read``; imported on demand to keep start-up light.
READERS = READER_MODULES
SNIFF_BYTES = 64 * 1024


def reader_for(fmt: str) -> Reader:
    if fmt not in READERS:
        raise FormatError(f"Unknown format '{fmt}'; Liaison reads {', '.join(READERS)}.")
    return importlib.import_module(READERS[fmt]).read


def detect_format(path: Path) -> str:
    """Guess the format from the name and the first bytes; FormatError if unsure."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    if suffix in (".ijson", ".jsonl", ".ndjson"):
        return "ftm"
    if suffix in (".graphml", ".gexf"):
        return suffix[1:]
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise FormatError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    compact = text.replace(" ", "").replace("\n", "").replace("\r", "").replace("\t", "")
    if compact.startswith("{"):
        if '"type":"bundle"' in compact or '"spec_version":"2.1"' in compact:
            return "stix"
        if compact.startswith(('{"Event"', '{"response"')) or '"Attribute"' in compact:
            return "misp"
        first_line = text.split("\n", 1)[0]
        try:
            doc = json.loads(first_line)
            if isinstance(doc, dict) and "schema" in doc and "properties" in doc:
                return "ftm"
        except ValueError:
            pass
        except RecursionError:
            # The C decoder gives up near the recursion limit; nothing genuine nests so deep.
            raise FormatError(f"{path.name}: JSON nested too deeply to be a genuine file.") \
                from None
    raise FormatError(f"Cannot tell the format of {path.name}; choose one with --format "
                      f"({', '.join(READERS)}).")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _Countries:
    """Country of recently seen records, for phone regions; falls back to the store."""

    def __init__(self, conn: Connection, size: int = 20_000) -> None:
        self.conn, self.size = conn, size
        self._cache: OrderedDict[str, str] = OrderedDict()

    def put(self, record_id: str, country: str) -> None:
        self._cache[record_id] = country
        if len(self._cache) > self.size:
            self._cache.popitem(last=False)

    def get(self, record_ids: list[str]) -> str | None:
        for record_id in record_ids:
            country = self._cache.get(record_id)
            if country is None:
                row = self.conn.execute("SELECT country FROM records WHERE id = ?",
                                        (record_id,)).fetchone()
                country = row[0] if row else None
            if country:
                return country
        return None


def _note_cut(report: ImportReport, where: str, cut: list[tuple[str, int, int]]) -> None:
    for name, length, cap in cut:
        report.note(Issue(where, f"'{name}' is {length:,} characters long; only the first "
                                 f"{cap:,} were kept (the cut is marked on it)"))


def cap_item(item: Item, report: ImportReport) -> None:
    """Cut over-long texts of a record, link or event to the caps of model.limits, noting
    each cut (entities are capped in :func:`normalise_entity`)."""
    if isinstance(item, Record):
        _note_cut(report, f"record {item.id}", limits.cap_record(item))
    elif isinstance(item, Link):
        _note_cut(report, f"link {item.id}", limits.cap_link(item))
    elif isinstance(item, Event):
        _note_cut(report, f"event {item.id}", limits.cap_event(item))


# Normalised values one import keeps, per (property, raw, country): a name or phone
# recurs across thousands of records. Bounded; cleared when full.
NORMALISED_CACHE_MAX = 100_000
NORMALISED_CACHE_MAX_CHARS = 256  # longer texts are not identifiers that recur
_Normalised = tuple[str, str, str | None, bool, str]


def _normalise(prop: str, raw: str, country: str | None,
               cache: dict[tuple[str, str, str | None], _Normalised] | None) -> PropertyValue:
    if cache is None or type(raw) is not str or len(raw) > NORMALISED_CACHE_MAX_CHARS:
        return identifiers.normalise(prop, raw, country)
    key = (prop, raw, country)
    hit = cache.get(key)
    if hit is None:
        n = identifiers.normalise(prop, raw, country)
        if len(cache) >= NORMALISED_CACHE_MAX:
            cache.clear()
        cache[key] = hit = (n.raw, n.value, n.kind, n.valid, n.note)
    return PropertyValue(*hit)  # a fresh one each time: callers may change it


def normalise_entity(entity: Entity, country: str | None, report: ImportReport,
                     cache: dict[tuple[str, str, str | None], _Normalised] | None = None
                     ) -> Entity:
    """Replace raw values by normalised ones, flagging (never dropping) invalid values.

    Values longer than ``limits.MAX_TEXT_CHARS`` are cut first, and say so in their note.
    ``cache``, one per import, keeps what was normalised already.
    """
    _note_cut(report, f"entity {entity.id} ({entity.schema})", limits.cap_entity(entity))
    props = {}
    for prop, values in entity.properties.items():
        out = []
        for v in values:
            if v.kind == "entity":  # a reference to another entity, already our id
                out.append(v)
                continue
            n = _normalise(prop, v.raw, country, cache)
            if n.kind == identifiers.REDACTED:  # the sender's pseudonym or mask
                report.redacted_total += 1
            elif not n.valid:
                report.note(Issue(f"entity {entity.id} ({entity.schema}) {prop}",
                                  f"'{v.raw[:200]}': {n.note or 'invalid'}; kept as written"))
            if v.note:  # the cut, say
                n = replace(n, note="; ".join(filter(None, [n.note, v.note])))
            out.append(n)
        props[prop] = out
    return replace(entity, properties=props)


def keep_source_object(ingest: Ingest, obj: SourceObject, report: ImportReport) -> None:
    """Count what a partner's object became and keep it verbatim with each of its records
    (not with a record this import holds an older copy of, nor a tombstone)."""
    target = obj.target + (" (generic)" if obj.generic else "")
    report.count_kept(obj.source_type, target or obj.item_kind)
    data = source_objects.encode(obj)
    if data is None:
        report.note(Issue(f"{obj.source_type} {obj.source_id}", "larger than "
                          f"{source_objects.MAX_OBJECT_CHARS:,} characters as JSON; what it "
                          "became is stored, the original is not kept verbatim"))
        return
    kept = False
    for record_id in obj.record_ids:
        rid = ingest.record_rid(record_id)
        if rid is not None:
            source_objects.keep(ingest.conn, rid, obj, data, ingest.import_id)
            kept = True
    report.originals_kept += kept


def ingest_items(conn: Connection, items: Iterable[Item], *, source_name: str, fmt: str,
                 sha256: str, actor: str, progress: Progress | None = None,
                 watch: WatchCheck | None = None) -> ImportReport:
    """Merge ``items`` in one transaction, index and audit it; roll back on any exception.

    ``watch`` checks the new or changed records against the watchlists; its hits go
    into the report (and their counts into the audit entry).
    """
    progress = progress or Progress()
    report = ImportReport(file=source_name, format=fmt)
    with transaction(conn):
        import_id = conn.execute(
            "INSERT INTO imports (ts, actor, file_name, file_sha256, format) "
            "VALUES (?, ?, ?, ?, ?)", (audit.now_utc(), actor, source_name, sha256, fmt)
        ).lastrowid
        ingest = Ingest(conn, import_id, report, by_content=True, actor=actor)
        countries = _Countries(conn)
        defaults = DefaultsApplier(conn)
        normalised: dict[tuple[str, str, str | None], _Normalised] = {}
        for item in items:
            cap_item(item, report)
            if isinstance(item, Record):
                countries.put(item.id, item.country)
                defaults.apply(item)  # the sending partner's, where the file states none
                ingest.add_record(item)
            elif isinstance(item, Entity):
                ingest.add_entity(normalise_entity(item, countries.get(item.record_ids),
                                                   report, normalised))
            elif isinstance(item, Link):
                ingest.add_link(item)
            elif isinstance(item, Event):
                ingest.add_event(item)
            elif isinstance(item, Issue):
                report.note(item)
            elif isinstance(item, SourceObject):
                keep_source_object(ingest, item, report)
            else:  # a reader bug, not bad input
                raise TypeError(f"reader yielded {type(item).__name__}")
        report.from_defaults = defaults.counts
        progress.check()  # a cancel during the last stretch still undoes everything
        # Indexed inside the transaction: a failed import leaves no index entries behind.
        search_index.index_import(conn, ingest.touched_rids, ingest.touched_eids, progress)
        if watch is not None and ingest.touched_rids:
            report.watch_hits = watch(conn, sorted(ingest.touched_rids))
        progress.check()
        summary = report.summary()
        conn.execute("UPDATE imports SET report = ? WHERE id = ?",
                     (json.dumps(summary), import_id))
        audit.append(conn, actor, "import", source_name, {**summary, "sha256": sha256})
    return report


def import_file(conn: Connection, path: Path, *, fmt: str = "auto",
                options: ImportOptions | None = None, actor: str,
                progress: Progress | None = None,
                watch: WatchCheck | None = None) -> ImportReport:
    """Import one file all-or-nothing; FormatError names the file and line or object."""
    path = Path(path)
    check_input_file(path, FormatError, "file to import")
    fmt = detect_format(path) if fmt == "auto" else fmt
    read = reader_for(fmt)
    options = options or ImportOptions()
    progress = progress or Progress()
    try:
        sha256 = file_sha256(path)
    except OSError as exc:
        raise FormatError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        return ingest_items(conn, read(path, options, progress), source_name=path.name,
                            fmt=fmt, sha256=sha256, actor=actor, progress=progress,
                            watch=watch)
    except UnicodeDecodeError as exc:
        raise FormatError(f"{path.name}: not valid text in the expected encoding "
                          f"(byte {exc.start}: {exc.reason}).") from exc
    except RecursionError as exc:
        raise FormatError(f"{path.name}: nested too deeply to be a real export.") from exc
    except MemoryError as exc:
        raise FormatError(f"{path.name}: too large to read.") from exc
