"""Governance of stored records: review dates, keeping under review, and local erasure.

Partners send records with a review date: the day by which the holder must decide
whether it may keep them. :meth:`GovernMixin.review_due` lists those whose date has
come; the analyst either keeps one until a new date (with the reason, audited) or
erases it. Erasing a partner's record here is local (the partner holds its own copy):
its content goes exactly as a retraction erases it, and a tombstone (status
``erased``, same version) stays so that the same copy arriving again — a re-import,
a replayed package — cannot bring the content back; only a newer version from the
originator can. Our own records are retracted instead, so that the partners who
received them are told (:meth:`ExchangeMixin.retract`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from liaison.model.errors import LiaisonError
from liaison.store import audit
from liaison.store.database import transaction

if TYPE_CHECKING:
    from liaison.store.database import Connection
    from liaison.store.metadata import Metadata

__all__ = ["GovernMixin", "ReviewItem"]

# A partial review date ('2026', '2026-05') is due once its first day has come: ISO
# strings compare in date order, and '2026' sorts before every day of 2026.
_DUE = """
SELECT id, agency, country, reference, review_date, tlp, handling FROM records
WHERE status = 'active' AND review_date IS NOT NULL AND review_date != ''
  AND review_date <= ?
ORDER BY review_date, agency, reference LIMIT ?
"""
_DUE_COUNT = """
SELECT count(*) FROM records
WHERE status = 'active' AND review_date IS NOT NULL AND review_date != ''
  AND review_date <= ?
"""


@dataclass(frozen=True)
class ReviewItem:
    """A record whose review date has come (provenance only, no record text)."""

    id: str
    agency: str
    country: str
    reference: str
    review_date: str
    tlp: str
    handling: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _iso_day(value: date | str) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise LiaisonError(f"'{value}' is not a date; write it as YYYY-MM-DD.") from None


class GovernMixin:
    """Review dates and erasure over an unlocked workspace."""

    actor: str

    if TYPE_CHECKING:
        conn: Connection
        meta: Metadata

    def review_due(self, on: date | str | None = None, limit: int = 1000) -> list[ReviewItem]:
        """Active records whose review date is ``on`` (default today) or earlier; audited."""
        day = _iso_day(on or datetime.now(UTC).date())
        rows = self.conn.execute(_DUE, (day, max(1, limit))).fetchall()
        items = [ReviewItem(*row) for row in rows]
        with transaction(self.conn):
            audit.append(self.conn, self.actor, "review.list", day, {"due": len(items)})
        return items

    def review_due_count(self, on: date | str | None = None) -> int:
        """How many records :meth:`review_due` would list with no limit (a count only)."""
        day = _iso_day(on or datetime.now(UTC).date())
        return self.conn.execute(_DUE_COUNT, (day,)).fetchone()[0]

    def review_keep(self, record_id: str, until: date | str, reason: str) -> str:
        """Keep a record under review until a later day; returns the new review date."""
        if not reason.strip():
            raise LiaisonError("Keeping a record past its review date needs a reason "
                               "(the audit log keeps it).")
        day = _iso_day(until)
        if day <= datetime.now(UTC).date().isoformat():
            raise LiaisonError(f"The new review date {day} must be after today.")
        with transaction(self.conn):
            rid, old, _ = self._governed(record_id)
            self.conn.execute("UPDATE records SET review_date = ? WHERE rid = ?", (day, rid))
            audit.append(self.conn, self.actor, "review.keep", record_id,
                         {"from": old, "until": day, "reason": reason.strip()})
        return day

    def erase(self, record_id: str, reason: str) -> int:
        """Erase a partner's record locally (content gone, tombstone kept); audited.

        Returns how many entities lost values that only this record gave them.
        """
        from liaison.exchange.retraction import erase_record
        from liaison.store import search_index

        if not reason.strip():
            raise LiaisonError("An erasure needs a reason (the audit log keeps it).")
        with transaction(self.conn):
            rid, review_date, row = self._governed(record_id)
            if row["agency"] == self.meta.agency_name:
                raise LiaisonError(
                    f"Record {record_id} is ours: retract it instead ('liaison retract'), so "
                    "that the partners who received it are told.")
            when = audit.now_utc()
            changed = erase_record(self.conn, rid, version=row["version"],
                                   reason=reason.strip(), retracted=when)
            tombstone = json.dumps({"erasure": {"reason": reason.strip(), "erased": when,
                                                "by": self.actor}},
                                   ensure_ascii=False, sort_keys=True)
            self.conn.execute("UPDATE records SET status = 'erased', extra = ? WHERE rid = ?",
                              (tombstone, rid))
            search_index.index_import(self.conn, {rid}, changed)
            audit.append(self.conn, self.actor, "record.erase", record_id, {
                "agency": row["agency"], "version": row["version"],
                "review_date": review_date, "reason": reason.strip(),
                "entities_erased": len(changed)})
        return len(changed)

    def _governed(self, record_id: str) -> tuple[int, str | None, dict[str, Any]]:
        row = self.conn.execute(
            "SELECT rid, review_date, agency, version, status FROM records WHERE id = ?",
            (record_id.strip(),)).fetchone()
        if row is None:
            raise LiaisonError(f"No record with id {record_id} in this workspace.")
        rid, review_date, agency, version, status = row
        if status != "active":
            raise LiaisonError(f"Record {record_id} is already {status}; nothing to do.")
        return rid, review_date, {"agency": agency, "version": version}
