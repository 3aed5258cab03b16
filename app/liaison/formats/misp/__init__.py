"""MISP event JSON as records, entities and links: :func:`read`.

Inside: ``reader`` (events, objects, tags) and ``attributes`` (attribute types to
entities and identifiers).
"""

from __future__ import annotations

from liaison.formats.misp.reader import (
    read,
)

__all__ = [
    "read",
]
