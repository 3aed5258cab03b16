"""The Share wizard: records → policy → redaction review → preview → confirm and send.

Offers :func:`install_share` and :class:`ShareDialog`. Inside: ``dialog``, ``pages``
(select, policy), ``review``, ``preview``, ``confirm``.
"""

from __future__ import annotations

from liaison.ui.share.dialog import (
    ShareDialog,
    install_share,
)

__all__ = [
    "ShareDialog",
    "install_share",
]
