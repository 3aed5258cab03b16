"""Cross-referencing: entities from different agencies that may be one person or thing.

Offers :func:`run_xref` and :class:`XrefSummary` (candidates blocked, scored with their
evidence and stored), :class:`Judgement` and ``cluster_members`` (the analyst's same /
different verdicts), ``candidate_rows`` and ``iter_candidates`` (stored pairs for listing, the
latter streamed). Inside: ``engine``
(incremental runs), ``names`` (blocking keys and name similarity), ``scoring``
(evidence), ``store`` (the pairs table), ``judgements``.
"""

from __future__ import annotations

from liaison.analysis.xref.engine import (
    XrefSummary,
    candidates,
    hub_values,
    iter_candidates,
    run,
)
from liaison.analysis.xref.judgements import (
    Judgement,
    cluster_members,
    judge,
    undo,
)
from liaison.analysis.xref.store import (
    candidate_rows,
)

__all__ = [
    "Judgement",
    "XrefSummary",
    "candidate_rows",
    "candidates",
    "cluster_members",
    "hub_values",
    "iter_candidates",
    "judge",
    "run",
    "undo",
]
