"""Pseudo-localisation: every string stretched, accented and bracketed (as Vorta does).

Turn it on in Settings to see, without knowing any language, which labels are
clipped by a longer translation, which strings were never passed through
``tr()`` (they stay plain) and where text is glued together from pieces.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

_ACCENTS = str.maketrans(
    "aeiouycnszAEIOUYCNSZ", "áéîõüýçñšžÅÉÎÕÜÝÇÑŠŽ")
# Placeholders and markup must survive untouched: {name}, %1, %n, &&, <b>, &amp;.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]*>|&[a-zA-Z]+;|&&")
_STRETCH = 0.4


def pseudo(text: str) -> str:
    """``Open record`` → ``[Õpéñ réçõrd ~~~~]``: about 40% longer, still readable."""
    if not text:
        return text
    out, pos = [], 0
    for m in _KEEP.finditer(text):
        out.append(text[pos:m.start()].translate(_ACCENTS))
        out.append(m.group())
        pos = m.end()
    out.append(text[pos:].translate(_ACCENTS))
    body = "".join(out)
    padding = "~" * max(1, round(len(text) * _STRETCH))
    return f"[{body} {padding}]"


class PseudoTranslator(QTranslator):
    """A translator that answers every lookup with the pseudo-localised source text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False
