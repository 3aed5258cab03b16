"""Field filters of the search language (``agency:``, ``tlp:``, ``received:2025-01..2025-06``...).

Values are checked and normalised when the query is parsed, so a typo such as
``tlp:ambr`` is reported with its position instead of silently finding nothing.
Agency names and entity types are resolved against the store when the query runs.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from liaison.model import language
from liaison.model.countries import region_code
from liaison.model.errors import QueryError
from liaison.model.values import (
    HANDLING_CODES,
    INFORMATION_ASSESSMENT,
    RECORD_STATUSES,
    SOURCE_RELIABILITY,
    TLP_LEVELS,
    normalise_handling,
    normalise_tlp,
)

DATE_FIELDS = ("received", "reported", "event")
FIELDS = ("agency", "country", "type", "handling", "tlp", "grade", "lang", "status",
          *DATE_FIELDS)

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class Filter:
    """``field:value``; ``args`` holds the normalised value(s).

    Dates: (start, end) as ISO strings, start inclusive and end exclusive, either
    None when open. Grade: (reliability, assessment), either None. Others: (value,).
    """

    field: str
    value: str
    position: int
    args: tuple[str | None, ...] = ()


def _date_bounds(text: str, position: int) -> tuple[str, str]:
    """'2025-06' → ('2025-06', '2025-07'): the value and the first one after it."""
    m = _DATE.fullmatch(text.strip())
    if not m:
        raise QueryError(f"'{text}' at position {position} is not a date: write 2025, "
                         "2025-06 or 2025-06-30", position)
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        raise QueryError(f"month {month} at position {position} does not exist", position)
    if month is None:
        return f"{year:04d}", f"{year + 1:04d}"
    if day is None:
        nxt = (year + 1, 1) if month == 12 else (year, month + 1)
        return f"{year:04d}-{month:02d}", f"{nxt[0]:04d}-{nxt[1]:02d}"
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise QueryError(f"day {day} at position {position} does not exist in "
                         f"{year:04d}-{month:02d}", position)
    if day < last:
        nxt_day = (year, month, day + 1)
    elif month < 12:
        nxt_day = (year, month + 1, 1)
    else:
        nxt_day = (year + 1, 1, 1)
    return f"{year:04d}-{month:02d}-{day:02d}", "{:04d}-{:02d}-{:02d}".format(*nxt_day)


def _date_range(value: str, position: int) -> tuple[str | None, str | None]:
    if ".." not in value:
        return _date_bounds(value, position)
    start_text, _, end_text = value.partition("..")
    if not start_text and not end_text:
        raise QueryError(f"the date range at position {position} needs a start or an end",
                         position)
    start = _date_bounds(start_text, position)[0] if start_text else None
    end_position = position + len(start_text) + 2
    end = _date_bounds(end_text, end_position)[1] if end_text else None
    if start and end and start >= end:
        raise QueryError(f"the date range at position {position} ends before it starts",
                         position)
    return start, end


def _grade(value: str, position: int) -> tuple[str | None, str | None]:
    text = value.strip().upper()
    reliability = text[0] if text[:1] in SOURCE_RELIABILITY else None
    rest = text[1:] if reliability else text
    assessment = rest if rest in INFORMATION_ASSESSMENT else None
    if (rest and assessment is None) or not (reliability or assessment):
        raise QueryError(f"grade '{value}' at position {position} is not a Europol grade: "
                         "write e.g. B2, B or 2 (A/B/C/X and 1-4)", position)
    return reliability, assessment


def _one_of(value: str, normalised: str | None, allowed: tuple[str, ...], field: str,
            position: int) -> tuple[str]:
    if normalised is None:
        raise QueryError(f"{field} '{value}' at position {position} is unknown: use one of "
                         f"{', '.join(allowed)}", position)
    return (normalised,)


def _language(value: str, position: int) -> tuple[str]:
    """A code, tag or English name, as records store it (model.language)."""
    text = value.strip().lower()
    code = language.normalise(text)
    if code is None and len(text) == 2 and text.isalpha():
        code = text
    if code is None:
        raise QueryError(f"language '{value}' at position {position} is unknown: write an "
                         "ISO 639 code such as de or bg", position)
    return (code,)


def parse_filter(field: str, value: str, position: int, value_position: int) -> Filter:
    """Check and normalise one ``field:value``; QueryError names the value's position."""
    p = value_position
    if field in DATE_FIELDS:
        args: tuple[str | None, ...] = _date_range(value, p)
    elif field == "grade":
        args = _grade(value, p)
    elif field == "tlp":
        args = _one_of(value, normalise_tlp(value), TLP_LEVELS, "TLP", p)
    elif field == "handling":
        args = _one_of(value, normalise_handling(value), HANDLING_CODES, "handling code", p)
    elif field == "status":
        status = value.strip().lower()
        args = _one_of(value, status if status in RECORD_STATUSES else None, RECORD_STATUSES,
                       "status", p)
    elif field == "country":
        code = region_code(value)
        if code is None:
            raise QueryError(f"country '{value}' at position {p} is unknown: write an ISO "
                             "code or a name", p)
        args = (code,)
    elif field == "lang":
        args = _language(value, p)
    else:  # agency, type: resolved against the store when the query runs
        if not value.strip():
            raise QueryError(f"'{field}:' needs a value at position {position}", position)
        args = (value.strip(),)
    return Filter(field, value, position, args)
