"""Pattern detection an analyst can check (issue 22): findings, not verdicts (no Qt).

Offers the detectors by name (:data:`DETECTORS`: ``fan``, ``pass-through``,
``structuring``, ``circular``, ``bridge``, ``burst``, ``co-presence``, ``similar``), their tunable
parameters (:func:`parameters`), :func:`detect` (findings without storing them),
:func:`run` (detect and store in the workspace's ``findings``, audited; with
``new_only``, only about what arrived since the last run, :func:`scope_since`),
:func:`listing` and :func:`judge` (confirm or dismiss, remembered and audited),
:class:`Finding`, :class:`PatternRun` and :class:`PatternError`. Each detector is a
documented rule or robust statistic in its own module: ``money`` (fan, pass-through,
structuring, circular), ``bridges``, ``bursts``, ``copresence``, ``similar`` (similar
cases); ``base`` reads the store
as rows, ``engine`` runs them, ``findings`` keeps them.
"""

from __future__ import annotations

from liaison.analysis.patterns.base import Finding, Scope, finding_id, scope_since
from liaison.analysis.patterns.engine import (
    DETECTORS,
    PatternError,
    check_names,
    detect,
    parameters,
)
from liaison.analysis.patterns.findings import VERDICTS, PatternRun, judge, listing, run

__all__ = [
    "DETECTORS",
    "VERDICTS",
    "Finding",
    "PatternError",
    "PatternRun",
    "Scope",
    "check_names",
    "detect",
    "finding_id",
    "judge",
    "listing",
    "parameters",
    "run",
    "scope_since",
]
