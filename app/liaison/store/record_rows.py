"""Reading stored rows back into model objects: the inverse of ``ingest.record_row``.

One place for it, so the share flow, the package builder and the views agree on
how a stored date, precision or ``extra`` column becomes a model value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from liaison.model.records import Record
from liaison.model.values import DateValue


def date_value(value: str | None, precision: str | None) -> DateValue | None:
    """A stored date and precision as a DateValue (day precision if the stored one is odd)."""
    if not value:
        return None
    try:
        return DateValue(value, precision or "day")
    except ValueError:
        return DateValue(value, "day")


def json_object(text: str | None) -> dict[str, Any]:
    """A stored JSON object column; anything else reads as an empty object."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def record_from_row(r: Mapping[str, Any]) -> Record:
    """A ``records`` row (by column name) as a Record, without attachments."""
    return Record(
        id=r["id"], agency=r["agency"], country=r["country"], reference=r["reference"],
        title=r["title"], narrative=r["narrative"], language=r["language"],
        reported=date_value(r["reported"], r["reported_precision"]),
        received=date_value(r["received"], r["received_precision"]),
        handling=r["handling"], handling_conditions=r["handling_conditions"],
        tlp=r["tlp"], reliability=r["reliability"], assessment=r["assessment"],
        legal_basis=r["legal_basis"], purpose=r["purpose"],
        review_date=date_value(r["review_date"], "day"), version=r["version"],
        status=r["status"], extra=json_object(r["extra"]))
