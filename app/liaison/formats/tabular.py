"""CSV files read through a JSON mapping that says which columns make records, entities and links.

A mapping (full example: ``tests/data/mappings/suspects.json``)::

    {"record": {"per": "row", "title": "Report {ref}", "reference": "{ref}", "agency": "Policia
                Nacional", "country": "ES", "handling": "H1", "tlp": "AMBER", "reliability": "B",
                "assessment": "2", "reported": "{date}", "language": "es", "narrative": "{notes}"},
     "entities": [{"id": "person", "schema": "Person", "key": ["{first} {last}", "dob"],
                   "properties": {"name": "{first} {last}", "birthDate": "dob",
                                  "phone": ["phone1", "phone2"], "country": {"literal": "es"}}}],
     "links": [{"schema": "Directorship", "source": "person", "target": "company",
                "properties": {"role": "role"}, "start": "since", "end": "until"}],
     "multi_value_separator": ";", "encoding": "auto", "delimiter": "auto"}

Value rule: in ``entities`` and ``links`` a string is a column name, or a template if it holds
braces (``"{first} {last}"``; ``{{``/``}}`` are literal braces); ``{"literal": "..."}`` is fixed
text and a list gives several values. In ``record`` every string is a template, so text without
braces is a constant. A template whose columns are all empty gives nothing; empty values are never
stored; only values from a bare column are split on ``multi_value_separator``.

* ``record.per``: ``"file"`` (default: one record, id from the file's name, fields must be
  constants) or ``"row"`` (id from ``reference``, else from the file name and row number; rows
  sharing a reference share a record). A file imported again updates those records when its
  content (the file's SHA-256, or the row's mapped cells) changed (store.ingest).
  ``--source``/``--country`` override the mapping's ``agency``/``country``; the mapping's
  ``handling``/``tlp`` override the import defaults.
* Entity ids are ``stable_id(agency, 'csv', entity id, *key)`` with key values case- and
  space-folded: the same person on two rows (or files) is one entity, yielded once per row for
  the importer to merge. A row whose key is all empty gives no entity of that kind.
* ``encoding``: ``auto`` (a BOM, UTF-16, UTF-8, or the 8-bit code page
  :mod:`liaison.formats.encodings` tells from the bytes; a file it cannot tell is refused, never
  read as mojibake) or any encoding Python knows (``cp1251``, ``iso-8859-2``, ``utf-16``...).
  ``delimiter``: ``auto`` (sniffed from the first 64 KiB) or one character. Spaces after a
  delimiter are ignored.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from liaison.formats import base
from liaison.formats.encodings import EncodingSniffer, label, sniff_encoding
from liaison.formats.tabular_mapping import CODECS as CODECS
from liaison.formats.tabular_mapping import MAX_MAPPING_BYTES as MAX_MAPPING_BYTES
from liaison.formats.tabular_mapping import RECORD_FIELDS, Mapping, Template, load_mapping
from liaison.formats.tabular_mapping import TOP_KEYS as TOP_KEYS
from liaison.formats.tabular_mapping import compile_mapping as compile_mapping
from liaison.formats.tabular_mapping import detect_mapping as detect_mapping
from liaison.formats.textio import CHUNK_BYTES, file_digest, parse_iso_date
from liaison.model.errors import FormatError
from liaison.model.progress import Progress
from liaison.model.records import Entity, Issue, Item, Link, Record, stable_id
from liaison.model.values import (
    INFORMATION_ASSESSMENT,
    SOURCE_RELIABILITY,
    normalise_handling,
    normalise_tlp,
)

FORMAT = "csv"
DELIMITERS = ",;\t|"
SNIFF_BYTES = 64 * 1024
PROGRESS_LINES = 500
_CHECKS: dict[str, Callable[[str], str | None]] = {
    "handling": normalise_handling, "tlp": normalise_tlp,
    "reliability": lambda v: v.upper() if v.upper() in SOURCE_RELIABILITY else None,
    "assessment": lambda v: v if v in INFORMATION_ASSESSMENT else None,
}
Rows = Iterator[tuple[int, list[str] | str]]


def _sample(path: Path, codec: str) -> str:
    """The first 64 KiB as text, cut after the last whole line, for the delimiter sniffer."""
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    text = codecs.getincrementaldecoder(_reading_codec(codec))(errors="replace").decode(head)
    if len(head) == SNIFF_BYTES and "\n" in text:
        text = text[:text.rindex("\n")]  # a cut line would skew the delimiter counts
    return text


def _sniff(text: str) -> str:
    """The delimiter, from the first lines; a single-column file counts as comma-separated."""
    try:
        return csv.Sniffer().sniff(text, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = text.splitlines()[0] if text else ""
        return max(DELIMITERS, key=lambda d: (header.count(d), d == ","))


def _reading_codec(codec: str) -> str:
    # UTF-8 is read BOM-aware whatever the mapping says: Excel writes one.
    return "utf-8-sig" if codec == "utf-8" else codec


def _decoded(fh: IO[bytes], file: str, codec: str, progress: Progress,
             total: int | None) -> Iterator[str]:
    """Decoded lines for the csv module, bounded in length, reporting progress by bytes.

    Decoded chunk by chunk, then split: UTF-16 and UTF-32 have NUL bytes around every
    newline, so splitting bytes first would cut characters in half. A byte the encoding
    cannot decode is reported with its line.
    """
    limit = base.MAX_LINE_BYTES
    decoder = codecs.getincrementaldecoder(_reading_codec(codec))()
    number, done, pending = 0, 0, ""
    while True:
        chunk = fh.read(CHUNK_BYTES)
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            good = chunk[:max(0, exc.start)].decode(_reading_codec(codec), errors="replace")
            line = number + (pending + good).count("\n") + 1
            what = "UTF-8" if codec in ("utf-8", "utf-8-sig") else label(codec)
            raise FormatError(f"{file}:{line}: not valid {what} (byte 0x{exc.object[exc.start]:02x}"
                              "); set the mapping's encoding to the one the file is written "
                              "in, or to auto") from None
        done += len(chunk)
        lines = (pending + text).split("\n")
        pending = lines.pop()
        for line in lines:
            number += 1
            if len(line) > limit + 1:  # room for a "\r"
                raise FormatError(f"{file}:{number}: line is longer than {limit:,} characters; "
                                  "refusing to read it")
            yield line + "\n"
            if number % PROGRESS_LINES == 0:
                progress.update(done, total)
        if len(pending) > limit:
            raise FormatError(f"{file}:{number + 1}: line is longer than {limit:,} characters; "
                              "refusing to read it")
        if not chunk:
            break
    if pending:
        yield pending
    progress.update(done, total)


def _rows(fh: IO[bytes], file: str, codec: str, delimiter: str, progress: Progress,
          total: int | None) -> Rows:
    """(first line, cells) per row, header first; (line, message) for a row csv rejects."""
    # The csv module's default 128 KiB field cap would refuse long narratives; _decoded's
    # line limit is what bounds memory. The setting is process-wide, so it is only ever raised.
    if csv.field_size_limit() < base.MAX_LINE_BYTES:
        csv.field_size_limit(base.MAX_LINE_BYTES)
    reader = csv.reader(_decoded(fh, file, codec, progress, total), delimiter=delimiter,
                        skipinitialspace=True, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field limit" in str(exc) or "end of data" in str(exc):
                raise FormatError(f"{file}:{start}: {exc} (is a quote opened on this line "
                                  "never closed?)") from None
            yield start, f"cannot be parsed ({exc}); row skipped"
            continue
        if cells:
            yield start, cells


def _table(fh: IO[bytes], file: str, m: Mapping, codec: str, delimiter: str, progress: Progress,
           total: int | None) -> tuple[list[str], Iterator[tuple[int, str, dict | Issue]]]:
    """The header, checked against the mapping, and (row number, where, cells or Issue)."""
    rows = _rows(fh, file, codec, delimiter, progress, total)
    first = next(rows, None)
    if first is None or isinstance(first[1], str):
        raise FormatError(f"{file}:1: no header row")
    header = [name.strip() for name in first[1]]
    m.check_header(header, file)

    def data() -> Iterator[tuple[int, str, dict | Issue]]:
        for number, (line, cells) in enumerate(rows, start=1):
            where = f"{file}:{line}"
            if isinstance(cells, str):
                yield number, where, Issue(where, cells, skipped=True)
            elif len(cells) != len(header):
                yield number, where, Issue(where, f"row has {len(cells)} fields, the header "
                                                  f"{len(header)}; row skipped", skipped=True)
            else:
                yield number, where, dict(zip(header, (c.strip() for c in cells), strict=True))
    return header, data()


def _values(templates: list[Template], row: dict[str, str], sep: str | None) -> Iterator[str]:
    for template in templates:
        text = template.render(row)
        if template.bare and sep:
            yield from (part.strip() for part in text.split(sep) if part.strip())
        elif text:
            yield text if template.bare else " ".join(text.split())


class _Converter:
    """Builds the record, entities and links of each row."""

    def __init__(self, m: Mapping, options: base.ImportOptions, file: str, sha256: str) -> None:
        self.m, self.options, self.file, self.sha256 = m, options, file, sha256
        self.seen_references: set[str] = set()
        self.used = sorted({column for column, _ in m.uses})

    def record(self, row: dict[str, str], number: int, where: str) -> tuple[Record, list[Issue]]:
        fields = {k: t.render(row) for k, t in self.m.record.items()}
        agency = self.options.agency or fields.pop("agency", "") or "unknown"
        country = self.options.country or fields.pop("country", "")
        fields = {k: v for k, v in fields.items() if v and k not in ("agency", "country")}
        problems = []
        for name, check in _CHECKS.items():
            if name in fields and check(fields[name]) is None:
                problems.append(f"{name} {fields.pop(name)!r} is not a valid value; left unset")
            elif name in fields:
                fields[name] = check(fields[name])
        if "reported" in fields and (date := parse_iso_date(fields["reported"])) is None:
            problems.append(f"reported {fields.pop('reported')!r} is not an ISO date; left unset")
        elif "reported" in fields:
            fields["reported"] = date
        extra: dict[str, Any] = {"format": FORMAT, "file": self.file}
        # Ids follow the file's name (per file) or the row's reference (else its number), not
        # its bytes: a file sent again with a change updates its records as new versions.
        if self.m.per == "file":
            rid = stable_id(agency, FORMAT, "file", self.file)
            fields = {"title": f"CSV import {self.file}", "reference": self.file, **fields}
            extra["sha256"] = self.sha256
        else:
            rid = stable_id(agency, FORMAT, fields.get("reference")
                            or f"{self.file}:row {number}")
            fields = {"title": f"{self.file} row {number}", "reference": "", **fields}
            # The row's content, so that a changed cell makes a new version of its record.
            cells = json.dumps([row.get(c, "") for c in self.used], ensure_ascii=False)
            extra.update(row=number, row_sha256=hashlib.sha256(cells.encode()).hexdigest())
        for name, default in (("handling", self.options.handling), ("tlp", self.options.tlp)):
            fields[name] = fields.get(name) or _CHECKS[name](default or "")
        record = Record(id=rid, agency=agency, country=country, extra=extra,
                        received=parse_iso_date(self.options.received), **fields)
        return record, [Issue(where, p) for p in problems]

    def items(self, row: dict[str, str], record: Record) -> Iterator[Entity | Link]:
        ids: dict[str, str] = {}
        for em in self.m.entities:
            key = [" ".join(t.render(row).split()).casefold() for t in em.key]
            if not any(key):
                continue
            entity = Entity(stable_id(record.agency, FORMAT, em.id, *key), em.schema,
                            record_ids=[record.id],
                            source_ref=f"{em.id}: " + " / ".join(k for k in key if k))
            for prop, templates in em.properties.items():
                for value in _values(templates, row, self.m.separator):
                    entity.add_raw(prop, value)
            ids[em.id] = entity.id
            yield entity
        for lm in self.m.links:
            source, target = ids.get(lm.source), ids.get(lm.target)
            if not (source and target):
                continue
            props = {p: list(_values(t, row, self.m.separator)) for p, t in lm.properties.items()}
            yield Link(stable_id(record.agency, FORMAT, "link", lm.schema, source, target),
                       lm.schema, source, target,
                       start=parse_iso_date(lm.start.render(row)) if lm.start else None,
                       end=parse_iso_date(lm.end.render(row)) if lm.end else None,
                       properties={p: v for p, v in props.items() if v}, record_ids=[record.id])


def read(path: Path, options: base.ImportOptions, progress: Progress) -> Iterator[Item]:
    """Read a CSV file through the mapping in ``options.mapping`` (or ``extra['mapping']``)."""
    source = options.mapping or options.extra.get("mapping")
    if source is None:
        raise FormatError(f"{path.name}: a CSV import needs a mapping file")
    m = load_mapping(source)
    sniffer = EncodingSniffer(path.name) if m.encoding == "auto" else None
    sha256, total = file_digest(path, progress, sniffer.feed if sniffer else None)
    codec = sniffer.encoding() if sniffer else m.encoding
    delimiter = _sniff(_sample(path, codec)) if m.delimiter == "auto" else m.delimiter
    convert = _Converter(m, options, path.name, sha256)
    with path.open("rb") as fh:
        _, rows = _table(fh, path.name, m, codec, delimiter, progress, total)
        record = None
        if sniffer and not codec.startswith("utf-"):  # a code page told by likelihood
            yield Issue(path.name, f"read as {label(codec)}, the encoding its bytes show; "
                                   "if names look wrong, set \"encoding\" in the mapping")
        if m.per == "file":
            record, issues = convert.record({}, 0, path.name)
            if issues:
                raise FormatError(f"{m.where}: {issues[0].message}")
            yield record
        for number, where, row in rows:
            if isinstance(row, Issue):
                yield row
                continue
            if m.per == "row":
                record, issues = convert.record(row, number, where)
                if record.id not in convert.seen_references:
                    if record.reference:  # only records named by a reference can recur
                        convert.seen_references.add(record.id)
                    yield record
                yield from issues
            assert record is not None
            yield from convert.items(row, record)


def read_sample(path: Path, rows: int = 200) -> tuple[list[str], list[dict[str, str]]]:
    """The header and up to ``rows`` well-formed rows (column -> cell), encoding and
    delimiter detected as an ``auto`` mapping would, from the first 64 KiB."""
    with path.open("rb") as fh:
        codec = sniff_encoding(fh.read(SNIFF_BYTES), path.name, complete=False)
    delimiter = _sniff(_sample(path, codec))
    out: list[dict[str, str]] = []
    with path.open("rb") as fh:
        header, table = _table(fh, path.name, load_mapping({}), codec, delimiter, Progress(),
                               None)
        for _, _, row in table:
            if len(out) >= rows:
                break
            if isinstance(row, dict):
                out.append(row)
    return header, out


def preview(path: Path, mapping: Path | dict[str, Any], rows: int = 20,
            options: base.ImportOptions | None = None
            ) -> tuple[list[str], list[dict[str, Any]]]:
    """The header and the first rows as the mapping would import them with ``options``
    (the source agency and country chosen for the import), for the wizard.

    Reads only the start of the file, so an ``auto`` encoding is judged from the first 64 KiB.
    """
    m = load_mapping(mapping)
    codec = m.encoding
    if codec == "auto":
        with path.open("rb") as fh:
            codec = sniff_encoding(fh.read(SNIFF_BYTES), path.name, complete=False)
    delimiter = _sniff(_sample(path, codec)) if m.delimiter == "auto" else m.delimiter
    convert = _Converter(m, options or base.ImportOptions(), path.name, "preview")
    out: list[dict[str, Any]] = []
    with path.open("rb") as fh:
        header, table = _table(fh, path.name, m, codec, delimiter, Progress(), None)
        for number, where, row in table:
            if len(out) >= rows:
                break
            if isinstance(row, Issue):
                out.append({"line": where, "issue": row.message})
                continue
            record, issues = convert.record(row, number, where)
            items = list(convert.items(row, record))
            names = {i.id: i.caption for i in items if isinstance(i, Entity)}
            out.append({
                "line": where,
                "record": {k: str(v) for k, v in vars(record).items() if k in RECORD_FIELDS and v},
                "issues": [i.message for i in issues],
                "entities": [{"schema": i.schema, "caption": i.caption,
                              "properties": {p: [v.raw for v in vs]
                                             for p, vs in i.properties.items()}}
                             for i in items if isinstance(i, Entity)],
                "links": [{"schema": i.schema, "source": names[i.source_id],
                           "target": names[i.target_id], "properties": i.properties}
                          for i in items if isinstance(i, Link)],
            })
    return header, out
