"""Search and watchlists of an unlocked workspace."""

from __future__ import annotations


class SearchMixin:
    """Record and entity search, facets, watchlists (analysis.search over the store)."""
