"""Cross-referencing: entities from different agencies that may be one person or thing.

Offers :func:`run` and :class:`XrefSummary` (candidates blocked, scored with their
evidence and stored), the two confidence levels (``LIKELY``: act on it, ``POSSIBLE``:
look at it; :func:`level` names a score's), :class:`Judgement` and ``cluster_members``
(the analyst's same / different verdicts), ``candidate_rows`` and ``iter_candidates``
(stored pairs for listing, the latter streamed), ``count_candidates`` (how many there
are). Inside: ``engine`` (incremental runs, and the second pass that finds common
names), ``names`` (readings and name similarity
across scripts), ``blocking`` (the keys that decide which pairs meet), ``scoring``
(evidence for and against), ``places`` (addresses, birthplaces, sex), ``commonness``
(how common a name is, in the store and in the world), ``store`` (the pairs table),
``judgements``.
"""

from __future__ import annotations

from liaison.analysis.xref.engine import (
    XrefSummary,
    candidates,
    count_candidates,
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
from liaison.analysis.xref.scoring import (
    LIKELY,
    POSSIBLE,
    level,
)
from liaison.analysis.xref.store import (
    candidate_rows,
)

__all__ = [
    "LIKELY",
    "POSSIBLE",
    "Judgement",
    "XrefSummary",
    "candidate_rows",
    "candidates",
    "cluster_members",
    "count_candidates",
    "hub_values",
    "iter_candidates",
    "judge",
    "level",
    "run",
    "undo",
]
