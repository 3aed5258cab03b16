"""Dates as partners write them (years, months, day-first and ISO forms, datetimes with offsets)
read into a :class:`~liaison.model.values.DateValue` with the precision written.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from liaison.model.normaliser import as_text, never_raise
from liaison.model.records import PropertyValue
from liaison.model.values import DateValue

__all__ = ["normalise_date", "parse_date"]


_TIME = (r"(?:(?:T|\s+)(?P<H>\d{1,2})(?::(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?"
         r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?")
_YMD = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _TIME,
                  re.IGNORECASE)
# Day first, as written across Europe and North Africa (05.03.2024, 05/03/2024).
_DMY = re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})" + _TIME,
                  re.IGNORECASE)
_YMD_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_YM = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})")
_MY = re.compile(r"(?P<m>\d{1,2})[-/.](?P<y>\d{4})")
_Y = re.compile(r"\d{4}")


def _utc_offset(tz: str | None) -> timedelta:
    if not tz or tz.upper() in ("Z", "UTC", "GMT"):
        return timedelta(0)
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"impossible UTC offset {tz}")
    offset = timedelta(hours=hours, minutes=minutes)
    return -offset if tz[0] == "-" else offset


def _from_match(match: re.Match[str], day_first: bool = True) -> DateValue | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not day_first:
        month, day = day, month
    if match["H"] is None or match["M"] is None:
        # An hour without minutes (FtM allows it) cannot be a DateValue; the day is true.
        return _day(year, month, day)
    try:
        moment = datetime(year, month, day, int(match["H"]), int(match["M"]), int(match["S"] or 0))
        # Times with an offset are stored in UTC; times without one are kept as
        # written, since guessing the partner's zone would be worse.
        moment -= _utc_offset(match["tz"])
    except (ValueError, OverflowError):
        return None
    if match["S"] is None:
        return DateValue(moment.strftime("%Y-%m-%dT%H:%M"), "minute")
    return DateValue(moment.strftime("%Y-%m-%dT%H:%M:%S"), "second")


def _day(year: int, month: int, day: int) -> DateValue | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    return DateValue(f"{year:04d}-{month:02d}-{day:02d}", "day")


def _parse_date(text: str) -> tuple[DateValue | None, str]:
    """The date and a note: month-first dates are only accepted when day-first is impossible."""
    if _Y.fullmatch(text):
        year = int(text)  # int() also reads Arabic-Indic and other Unicode digits
        return (DateValue(f"{year:04d}", "year") if year > 0 else None), ""
    if match := (_YM.fullmatch(text) or _MY.fullmatch(text)):
        year, month = int(match["y"]), int(match["m"])
        ok = year > 0 and 1 <= month <= 12
        return (DateValue(f"{year:04d}-{month:02d}", "month") if ok else None), ""
    if match := _YMD_COMPACT.fullmatch(text):
        return _day(int(match["y"]), int(match["m"]), int(match["d"])), ""
    if match := _YMD.fullmatch(text):
        return _from_match(match), ""
    if match := _DMY.fullmatch(text):
        value = _from_match(match)
        if value is None and (value := _from_match(match, day_first=False)) is not None:
            return value, "read as month/day/year"
        return value, ""
    return None, ""


def parse_date(raw: str) -> DateValue | None:
    """A date as precise as written ('2024', '05.03.2024', ISO datetimes to UTC), else None."""
    try:
        return _parse_date(as_text(raw).strip())[0]
    except Exception:  # never let one odd cell stop an import
        return None


@never_raise("date")
def normalise_date(raw: str) -> PropertyValue:
    """A date → ISO 8601 truncated to its precision ('2024-03-05'); flagged when unparseable."""
    value, note = _parse_date(raw.strip())
    if value is None:
        return PropertyValue(raw, raw.strip(), "date", False, "not a date")
    return PropertyValue(raw, value.value, "date", True, note)
