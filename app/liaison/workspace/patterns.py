"""Pattern findings of an unlocked workspace (issue 22; analysis/patterns)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from liaison.store.database import transaction

if TYPE_CHECKING:
    from liaison.analysis.patterns import PatternRun
    from liaison.store.database import Connection

# analysis.patterns (networkx, numpy) is imported in each method: opening a workspace
# does not need it.


class PatternsMixin:
    """Run the pattern detectors, list their findings, confirm or dismiss them."""

    actor: str

    if TYPE_CHECKING:
        conn: Connection

    def patterns_run(self, detectors: list[str] | None = None,
                     params: Mapping[str, Mapping[str, Any]] | None = None,
                     new_only: bool = False) -> PatternRun:
        """Run the detectors (all if None) with ``params`` over the defaults; store the
        findings (a dismissed one comes back only if its evidence changed); audited.
        ``new_only``: only about what was imported or received since the last run."""
        from liaison.analysis import patterns

        return patterns.run(self.conn, actor=self.actor, detectors=detectors,
                            overrides=params, new_only=new_only)

    def patterns_findings(self, detector: str | None = None, include_dismissed: bool = False,
                          include_inactive: bool = False) -> list[dict[str, Any]]:
        """Stored findings, best first, each with its explanation, numbers, entities and
        records; dismissed ones and those the last run no longer saw only if asked."""
        from liaison.analysis import patterns

        return patterns.listing(self.conn, detector, include_dismissed=include_dismissed,
                                include_inactive=include_inactive)

    def patterns_judge(self, finding_id: str, verdict: str, note: str = "") -> dict[str, Any]:
        """Confirm, dismiss or reopen a finding; remembered with its evidence, audited."""
        from liaison.analysis import patterns

        with transaction(self.conn):
            return patterns.judge(self.conn, self.actor, finding_id, verdict, note)
