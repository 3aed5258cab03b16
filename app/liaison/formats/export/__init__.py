"""Export writers: the redacted copy of what may leave, written as CSV, FtM, STIX or PDF.

Offers :class:`ExportSet` (built by the redaction engine), :func:`writer` (one per
format), :class:`ExportError`. Inside: ``contents`` (the set and file helpers), ``csv``,
``ftm``, ``stix``, ``pdf``.
"""

from __future__ import annotations

from liaison.formats.export.contents import (
    ExportError,
    ExportSet,
    writer,
)

__all__ = [
    "ExportError",
    "ExportSet",
    "writer",
]
