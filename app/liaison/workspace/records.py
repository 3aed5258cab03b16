"""Reading records and entities in full for the views: detail, provenance, history."""

from __future__ import annotations


class RecordsMixin:
    """Record and entity detail for the record view, entity view and results table."""
