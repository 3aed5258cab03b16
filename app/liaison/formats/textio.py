"""Reading import files safely: a streamed SHA-256 of the file, lines bounded in length, and
ISO 8601 dates with the precision written; shared by the FtM and CSV readers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from liaison.formats import base
from liaison.model.errors import FormatError
from liaison.model.progress import Progress
from liaison.model.values import DateValue

__all__ = ["CHUNK_BYTES", "bounded_lines", "file_digest", "parse_iso_date"]

CHUNK_BYTES = 1 << 20

_DATE = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?)?)?"
)


def parse_iso_date(text: str | None) -> DateValue | None:
    """An ISO 8601 date or date-time as a DateValue with the precision written; None if not one.

    A time with an offset is converted to UTC; a time without one is kept as written. An hour
    without minutes counts as the day: DateValue has no hour precision and we do not invent one.
    """
    match = _DATE.fullmatch((text or "").strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = datetime(int(year), int(month or 1), int(day or 1),
                          int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if zone and minute is not None:
        offset = zone if zone == "Z" else zone[:3] + ":" + zone[-2:]
        moment = datetime.fromisoformat(moment.isoformat() + offset.replace("Z", "+00:00"))
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    if second is not None:
        return DateValue(moment.strftime("%Y-%m-%dT%H:%M:%S"), "second")
    if minute is not None:
        return DateValue(moment.strftime("%Y-%m-%dT%H:%M"), "minute")
    if day:
        return DateValue(moment.strftime("%Y-%m-%d"), "day")
    if month:
        return DateValue(moment.strftime("%Y-%m"), "month")
    return DateValue(f"{moment.year:04d}", "year")


def file_digest(path: Path, progress: Progress,
                on_chunk: Callable[[bytes], None] | None = None) -> tuple[str, int]:
    """SHA-256 and size of a file, streamed in chunks (cancellable); ``on_chunk`` sees each."""
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK_BYTES):
                digest.update(chunk)
                size += len(chunk)
                if on_chunk:
                    on_chunk(chunk)
                progress.check()
    except OSError as exc:
        raise FormatError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    return digest.hexdigest(), size


def bounded_lines(fh: IO[bytes], where: str) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line) pairs; a line over ``base.MAX_LINE_BYTES`` raises FormatError.

    ``readline`` is given a limit, so an overlong line is refused after reading only the limit.
    """
    limit = base.MAX_LINE_BYTES
    number = 0
    while raw := fh.readline(limit + 2):  # room for the limit plus "\r\n"
        number += 1
        if len(raw.rstrip(b"\r\n")) > limit:
            raise FormatError(
                f"{where}:{number}: line is longer than {limit:,} bytes; refusing to read it")
        yield number, raw
