"""Cross-referencing of an unlocked workspace: candidates, judgements, clusters."""

from __future__ import annotations


class XrefMixin:
    """Candidate pairs across agencies and the analyst's judgements (analysis.xref)."""
