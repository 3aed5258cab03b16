"""The Exchange dock: identity, partners, outbox/inbox/quarantine, transports, sync.

Offers :func:`install_exchange`. Inside: ``dock``, ``identity``, ``tables``, ``dialogs``.
"""

from __future__ import annotations

from liaison.ui.exchange.dock import (
    install_exchange,
)

__all__ = [
    "install_exchange",
]
