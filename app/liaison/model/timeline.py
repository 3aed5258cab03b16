"""Timeline items (events, dated links, records on lanes) and the time span a date covers.

A date keeps the precision its source gave: ``2024`` covers the whole year, so the
timeline draws it as a span and the GEXF export writes it as an interval.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta

from liaison.model.values import DateValue

ITEM_EVENT = "event"
ITEM_LINK = "link"
ITEM_RECORD = "record"

LANES = ("entity", "agency", "record")


@dataclass(frozen=True)
class TimelineItem:
    """One thing on one lane; an event involving three people is three items by entity."""

    key: str                       # event, link or record id
    kind: str                      # ITEM_EVENT, ITEM_LINK or ITEM_RECORD
    label: str
    start: DateValue
    end: DateValue | None
    lane: str                      # entity id (cluster representative), agency or record id
    lane_label: str
    agency: str = ""
    record_ids: tuple[str, ...] = ()
    entity_ids: tuple[str, ...] = ()

    @property
    def span(self) -> tuple[datetime, datetime]:
        """First and last instant covered: from the start's beginning to the end's end."""
        first, last = date_span(self.start)
        if self.end is not None:
            last = max(last, date_span(self.end)[1])
        return first, last


def date_span(date: DateValue) -> tuple[datetime, datetime]:
    """The first and last instant a date of its precision covers (naive UTC).

    ``2024`` -> 2024-01-01T00:00 .. 2024-12-31T23:59:59; a second-precision time is
    an instant. Raises ValueError for a value that is not ISO 8601.
    """
    value, precision = date.value, date.precision
    if precision == "year":
        year = int(value[:4])
        return datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)
    if precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        last_day = calendar.monthrange(year, month)[1]
        return datetime(year, month, 1), datetime(year, month, last_day, 23, 59, 59)
    start = datetime.fromisoformat(value[:19])
    if precision == "day":
        return start, start + timedelta(days=1, seconds=-1)
    if precision == "minute":
        return start, start + timedelta(seconds=59)
    return start, start
