"""STIX 2.1 bundles as records, entities, links and events: :func:`read`.

Inside: ``reader`` (bundles and reports), ``objects`` (SDOs and SCOs), ``markings``
(TLP and statement markings), ``extension`` (Liaison's extension definition for what our
exports add). The STIX *export* lives in :mod:`liaison.formats.export`.
"""

from __future__ import annotations

from liaison.formats.stix.reader import (
    read,
)

__all__ = [
    "read",
]
