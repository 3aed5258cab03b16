"""Cross-referencing of an unlocked workspace: candidates, judgements, clusters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from liaison.store.database import transaction

if TYPE_CHECKING:
    from liaison.analysis.xref import Judgement, XrefSummary
    from liaison.model.progress import Progress
    from liaison.store.database import Connection

# The analysis modules are imported in each method: name folding and rapidfuzz are
# not needed to open a workspace.


class XrefMixin:
    """Candidate pairs across agencies and the analyst's judgements (analysis.xref)."""

    actor: str

    if TYPE_CHECKING:
        conn: Connection

    def xref_run(self, full: bool = False, progress: Progress | None = None
                 ) -> XrefSummary:
        """Compare the entities imported since the last run (all if ``full``); audited."""
        from liaison.analysis import xref

        return xref.run(self.conn, actor=self.actor, full=full, progress=progress)

    def xref_candidates(self, min_score: float | None = None, limit: int = 100,
                        offset: int = 0, include_judged: bool = False) -> list[dict[str, Any]]:
        """Stored pairs, best first: both entities' ids, captions, schemas, agencies,
        the score, the evidence and any 'unsure' verdict."""
        from liaison.analysis import xref

        return xref.candidates(self.conn, min_score, limit, offset, include_judged)

    def xref_count(self, min_score: float | None = None, include_judged: bool = False) -> int:
        """How many stored pairs :meth:`xref_candidates` lists at ``min_score`` in all."""
        from liaison.analysis import xref

        return xref.count_candidates(self.conn, min_score, include_judged)

    def xref_each_candidate(self, sink: Callable[[dict[str, Any]], None],
                            min_score: float | None = None, limit: int = 0, offset: int = 0,
                            include_judged: bool = False) -> int:
        """Hand each stored pair (as :meth:`xref_candidates` describes it) to ``sink``, best
        first, as it is read: ``limit`` 0 means all, and memory does not grow with the
        number of pairs. Returns how many were handed on."""
        from liaison.analysis import xref

        count = 0
        for pair in xref.iter_candidates(self.conn, min_score, limit, offset, include_judged):
            sink(pair)
            count += 1
        return count

    def xref_hubs(self) -> list[dict[str, Any]]:
        """Identifier values shared too widely to pair on (switchboards and the like)."""
        from liaison.analysis import xref

        return xref.hub_values(self.conn)

    def xref_judge(self, a_id: str, b_id: str, verdict: str) -> Judgement:
        """Judge a pair 'same', 'different' or 'unsure'; 'same' joins their clusters."""
        from liaison.analysis import xref

        with transaction(self.conn):
            return xref.judge(self.conn, self.actor, a_id, b_id, verdict)

    def xref_undo(self, a_id: str, b_id: str) -> Judgement:
        """Withdraw the pair's current verdict; the history is kept."""
        from liaison.analysis import xref

        with transaction(self.conn):
            return xref.undo(self.conn, self.actor, a_id, b_id)

    def cluster_members(self, entity_id: str) -> list[str]:
        """The entity ids confirmed to be the same as ``entity_id`` (itself included)."""
        from liaison.analysis import xref

        return xref.cluster_members(self.conn, entity_id)
