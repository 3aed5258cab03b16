"""The quarantine of an unlocked workspace: list, show, release, delete (all audited but
the reading).

A package is quarantined when a check refuses it (ARCHITECTURE.md, Receive). Some
reasons pass: the sender's certificate is verified or pinned, our clock is put right.
Releasing runs the quarantined copy through the very same checks as a receive; it is
merged and leaves the quarantine in one transaction, or stays with the reason it fails
for now.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the exchange modules are imported where used, not on open
    from liaison.exchange import inbox
    from liaison.store.database import Connection
    from liaison.store.metadata import Metadata


class QuarantineMixin:
    """Refused package files kept in ``quarantine/``, and their second chance."""

    actor: str
    folder: Path
    package_cap: int  # ExchangeMixin's

    if TYPE_CHECKING:
        conn: Connection
        meta: Metadata

        def _answer_hits(self) -> list[dict[str, Any]]: ...

        def _patterns_arrived(self, merged: bool) -> None: ...

    def quarantine_list(self, include_released: bool = False) -> list[dict[str, Any]]:
        """Entries newest first: id, when, sender (``partner``, if known), code, reason."""
        from liaison.exchange import inbox

        return inbox.quarantine_list(self.conn, include_released)

    def quarantine_show(self, qid: int) -> dict[str, Any]:
        """One entry in full, with its package's verified facts when it opens (sender,
        sequence, counts; never record content) and whether it would pass now."""
        from liaison.exchange import inbox

        return inbox.inspect(self.conn, self.folder, int(qid), max_bytes=self.package_cap)

    def quarantine_release(self, qid: int) -> inbox.Received:
        """Receive quarantined package ``qid`` through the normal checks: merged and out of
        quarantine (audited ``package.release``), or still refused, saying why (audited
        ``package.release_refused``)."""
        from liaison.exchange import inbox
        from liaison.workspace.exchange import _asks_hits, _watch_check

        received = inbox.release(self.conn, self.folder, int(qid),
                                 our_agency=self.meta.agency_name, actor=self.actor,
                                 max_bytes=self.package_cap, watch=_watch_check())
        if _asks_hits(received):
            self._answer_hits()
        self._patterns_arrived(received.status == "merged")
        return received

    def quarantine_delete(self, qid: int) -> dict[str, Any]:
        """Delete a waiting entry and its kept file (audited with what it was)."""
        from liaison.exchange import quarantine as kept

        return kept.delete(self.conn, self.folder, int(qid), actor=self.actor)
