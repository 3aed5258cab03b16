"""Timeline to CSV: one row per item on its lane, dates with their precision and span.

Columns: ``start`` and ``end`` as the source wrote them with ``start_precision`` and
``end_precision``; ``first`` and ``last`` the moments that covers (a year-only date
spans its year), so a spreadsheet can sort and filter without guessing; then the lane,
the label and the ids. Written as UTF-8 with a byte-order mark, which Excel needs to
read non-Latin names, and atomically.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

from liaison.model.progress import Progress
from liaison.model.timeline import TimelineItem
from liaison.store.atomic import write_atomic

COLUMNS = ("start", "start_precision", "end", "end_precision", "first", "last", "kind",
           "lane", "lane_label", "label", "agency", "id", "record_ids", "entity_ids")
CHUNK_ROWS = 2000
# A cell starting like a formula would run in a spreadsheet (CSV injection): prefix it.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def rows(items: Iterable[TimelineItem], progress: Progress | None = None) -> Iterator[bytes]:
    """The CSV file as byte chunks (for ``write_atomic``), cancellable between them."""
    progress = progress or Progress()
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(COLUMNS)
    for i, item in enumerate(items):
        first, last = item.span
        out.writerow([_cell(str(v)) for v in (
            item.start.value, item.start.precision, item.end.value if item.end else "",
            item.end.precision if item.end else "", first.isoformat(timespec="seconds"),
            last.isoformat(timespec="seconds"), item.kind, item.lane, item.lane_label,
            item.label, item.agency, item.key, " ".join(item.record_ids),
            " ".join(item.entity_ids))])
        if i % CHUNK_ROWS == 0:
            progress.update(i, None, "Writing timeline")
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def write(items: Iterable[TimelineItem], out: Path, progress: Progress | None = None) -> int:
    """Write the items to ``out`` atomically; returns how many rows were written."""
    items = list(items)
    write_atomic(Path(out), itertools.chain([b"\xef\xbb\xbf"], rows(items, progress)))
    return len(items)
