"""Redaction: what must not leave, found, reviewed and applied (no Qt).

Offers :class:`SharePlan` (detections per record for review, the preview, and the
redacted :class:`~liaison.formats.export.ExportSet`), :class:`Detection`, the profiles
(:class:`RedactionProfile`, :data:`BUILTIN`, ``load_profile``/``save_profile``) and the
:class:`NameIndex` of names the workspace knows. Inside: ``engine`` (the plan),
``units`` (the texts of a record and what runs over each), ``detectors`` (identifiers:
the face of ``phones``, ``accounts``, ``documents``, ``plates`` and ``addresses``, which
share ``common``; ``schemes`` checks the national numbers python-stdnum does not know),
``names`` (person and organisation names the workspace knows), ``persons`` (person
names nobody listed, by shape, word lists and context) over ``lexicon`` (name, town and
dictionary lists read from Faker and simplemma), ``dates``, ``apply`` (operators and the
sweep of other spellings), ``sweep``, ``attachments``, ``profiles``, ``review`` (review
files: the detections as lines to edit, read back as decisions).
"""

from __future__ import annotations

from liaison.analysis.redaction.engine import (
    Detection,
    SharePlan,
)
from liaison.analysis.redaction.names import (
    NameIndex,
)
from liaison.analysis.redaction.profiles import (
    BUILTIN,
    KINDS,
    RedactionProfile,
    list_profiles,
    load_profile,
    save_profile,
)
from liaison.analysis.redaction.review import (
    ReviewError,
    ReviewFile,
    ReviewOutcome,
    apply_review,
    read_review,
    review_text,
)
from liaison.analysis.redaction.units import (
    TextUnit,
)

__all__ = [
    "BUILTIN",
    "KINDS",
    "Detection",
    "NameIndex",
    "RedactionProfile",
    "ReviewError",
    "ReviewFile",
    "ReviewOutcome",
    "SharePlan",
    "TextUnit",
    "apply_review",
    "list_profiles",
    "load_profile",
    "read_review",
    "review_text",
    "save_profile",
]
