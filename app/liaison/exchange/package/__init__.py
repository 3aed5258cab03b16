"""Packages: CMS EnvelopedData around SignedData around a ZIP (ARCHITECTURE.md, Packages).

Offers :func:`build_package` and :func:`open_package` (every check, or
:class:`~liaison.exchange.errors.PackageRefused` naming the first fault), the same checks
before building (:func:`check_content`, :class:`Unsendable`), the parties
(:class:`Sender`, :class:`Recipient`), the size cap and :func:`split` into parts, and
the hit/no-hit message a package may carry instead of records (:class:`HitMessage`),
and the originator's signature over each record (:class:`RecordSignature`, over
:func:`signed_bytes`).
Inside: ``codec`` (build/open), ``manifest``, ``records`` (record lines and their
validation), ``signatures`` (per-record originator signatures), ``archive`` (the ZIP,
streamed, with bounded inflation), ``parts``.
"""

from __future__ import annotations

from liaison.exchange.package.archive import (
    DEFAULT_LIMITS,
    Limits,
)
from liaison.exchange.package.codec import (
    DEFAULT_CAP,
    OpenedPackage,
    PackageContent,
    Recipient,
    Sender,
    Unsendable,
    build_package,
    check_content,
    content_from_lines,
    content_lines,
    open_package,
)
from liaison.exchange.package.hits import (
    ANSWER,
    MAX_ASKED,
    QUERY,
    HitMessage,
)
from liaison.exchange.package.parts import (
    budget,
    split,
)
from liaison.exchange.package.records import (
    Retraction,
)
from liaison.exchange.package.signatures import (
    RecordSignature,
    signed_bytes,
)

__all__ = [
    "ANSWER",
    "DEFAULT_CAP",
    "DEFAULT_LIMITS",
    "MAX_ASKED",
    "QUERY",
    "HitMessage",
    "Limits",
    "OpenedPackage",
    "PackageContent",
    "Recipient",
    "RecordSignature",
    "Retraction",
    "Sender",
    "Unsendable",
    "budget",
    "build_package",
    "check_content",
    "content_from_lines",
    "content_lines",
    "open_package",
    "signed_bytes",
    "split",
]
