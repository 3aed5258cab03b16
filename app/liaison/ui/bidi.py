"""Keeping data text readable in a right-to-left layout.

Item views lay every cell out in the window's direction. In Arabic that turns
``[DEMO] Vigilancia`` into ``Vigilancia [DEMO]`` and ``+34 719`` into ``34 719+``.
Wrapping data in a first-strong isolate (Unicode UAX #9, FSI … PDI) lets each
value take the direction of its own first letter, whatever the window's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` as an isolate when the layout is right-to-left; unchanged otherwise."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{FSI}{text}{PDI}"


def isolate_all(texts: list[str]) -> list[str]:
    return [isolate(t) for t in texts]
