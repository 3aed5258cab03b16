"""The Exchange dock: identity, partners, outbox/inbox/quarantine, transports, sync, and
our hit/no-hit queries with their hits.

Offers :func:`install_exchange`. Inside: ``dock``, ``identity``, ``tables``, ``dialogs``,
``quarantine``, ``hits``.
"""

from __future__ import annotations

from liaison.ui.exchange.dock import (
    install_exchange,
)

__all__ = [
    "install_exchange",
]
