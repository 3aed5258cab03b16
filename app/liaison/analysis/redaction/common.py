"""What every identifier detector shares: the :class:`Found` span, the folded copy of a
text they read, and the chain of regions a national value is tried in.

Detectors read a *folded* copy of the text, of exactly the same length, so that a span
found in the copy is the same span in the original: Arabic-Indic and Persian digits
become ASCII digits, direction marks and a line break inside a number
(``0151\\n2345 6789``) become spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from liaison.model.countries import region_code


@dataclass(frozen=True)
class Found:
    """A sensitive span ``[start, end)`` of ``kind``; ``key`` is its comparable value and
    ``detector`` the rule that found it (``phone:national:PL``, ``iban``, ``plate:de``...)."""

    start: int
    end: int
    kind: str
    key: str
    detector: str


# Arabic-Indic (U+0660..) and Extended Arabic-Indic / Persian (U+06F0..) digits; the
# invisible marks that set the direction of mixed Arabic and Latin text read as spaces.
_DIGITS = str.maketrans({**{chr(0x0660 + d): str(d) for d in range(10)},
                         **{chr(0x06F0 + d): str(d) for d in range(10)},
                         "\u066b": ".", "\u066c": ",",  # Arabic decimal and thousands marks
                         **dict.fromkeys("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                                         "\u2066\u2067\u2068\u2069", " ")})
# A line break (with the spaces and a hyphen around it) between two digits, or before
# the hyphen of the next group ("204\n-38-61").
# (Not where the next line opens with a date or a time, a log's next entry, nor with an
# item's number: "... 642 71 90 33\n2. QUIROGA".)
_BROKEN_NUMBER = re.compile(r"(?<=[\d\-/.])[ \t]*\r?\n[ \t]*(?=[\d(+]|-\d)"
                            r"(?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|\d{1,2}:\d\d(?!\d)"
                            r"|\d{1,3}[.)][ \t]+[^\W\d_])")


def fold_text(text: str) -> str:
    """``text`` with ASCII digits, no direction marks, and numbers joined across line
    breaks; of the same length."""
    folded = text.translate(_DIGITS)
    return _BROKEN_NUMBER.sub(lambda m: " " * len(m.group(0)), folded)


def overlaps(start: int, end: int, found: Iterable[Found]) -> bool:
    """Whether ``[start, end)`` overlaps any of ``found``."""
    return any(f.start < end and start < f.end for f in found)


# The countries whose national formats a text in a language is most likely written in.
LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "IE"), "fr": ("FR", "BE", "CH"), "de": ("DE", "AT", "CH"),
    "es": ("ES",), "pl": ("PL",), "ru": ("RU", "BY", "KZ"), "el": ("GR", "CY"),
    "ar": ("MA", "DZ", "TN", "EG", "SA", "AE", "JO", "LB", "IQ"), "bg": ("BG",),
    "it": ("IT",), "nl": ("NL", "BE"), "pt": ("PT",), "ro": ("RO",), "tr": ("TR",),
    "uk": ("UA",), "sq": ("AL",), "sr": ("RS",), "hr": ("HR",), "cs": ("CZ",),
}


def region_chain(country: str | None, language: str | None = None,
                 agency_country: str | None = None, home_country: str | None = None
                 ) -> list[str]:
    """Regions to read national values in, most likely first: the record's country, the
    countries of the text's language, the originating agency's country, our own."""
    chain: list[str] = []
    candidates = [country, *LANGUAGE_REGIONS.get((language or "").lower()[:2], ()),
                  agency_country, home_country]
    for candidate in candidates:
        code = region_code(candidate) if candidate else None
        if code and code not in chain:
            chain.append(code)
    return chain
