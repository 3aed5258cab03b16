"""Where a person lives and was born, and their sex, as facts for and against a pair.

Addresses are written differently by every partner ("Goethestr. 156, 45398 Essen,
Γερμανία" / "GOETHESTRASSE 156, 45398 ESSEN, Germany"), so an address is kept as its
numbers (house number, postcode) and the first four letters of its longer words;
two addresses are one when their numbers are the same and a word agrees. Birthplaces
are compared folded to Latin letters; a conflict is only claimed between two names
written in Latin script, where exonyms (Kairo / Cairo, Krakau / Kraków) still come
out alike. Sex is compared as written (male/female, m/f, and the like).
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

__all__ = ["AddressKey", "address_key", "place_fact", "same_address", "sex_of"]

_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[a-z]{4,}")

AddressKey = tuple[frozenset[str], frozenset[str]]


@functools.lru_cache(maxsize=1 << 15)
def address_key(raw: str) -> AddressKey | None:
    """The numbers and word stems of an address; None where it has too few numbers to
    tell one building from another."""
    folded = anyascii(raw).lower()
    numbers = frozenset(n.lstrip("0") or "0" for n in _DIGITS.findall(folded))
    if len(numbers) < 2 or sum(len(n) for n in numbers) < 4:
        return None
    return numbers, frozenset(w[:4] for w in _WORD.findall(folded))


def same_address(a: tuple[AddressKey, ...], b: tuple[AddressKey, ...]) -> bool:
    return any(x[0] == y[0] and x[1] & y[1] for x in a for y in b)


@functools.lru_cache(maxsize=1 << 14)
def _place(raw: str) -> tuple[str, bool]:
    latin = all(not ch.isalpha() or ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in raw)
    return re.sub(r"[^a-z]", "", anyascii(raw).lower()), latin


def place_fact(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, float] | None:
    """('same', +) or ('different', -) for two sets of birthplaces, or None."""
    if not a or not b:
        return None
    best, all_latin = 0.0, True
    for x in a:
        for y in b:
            (fx, lx), (fy, ly) = _place(x), _place(y)
            all_latin &= lx and ly
            if fx and fy:
                best = max(best, JaroWinkler.normalized_similarity(fx, fy))
    if best >= 0.9:
        return "same", best
    if all_latin and best < 0.75:
        return "different", best
    return None


_SEX = {"male": "m", "m": "m", "man": "m", "masculin": "m", "männlich": "m", "mann": "m",
        "female": "f", "f": "f", "woman": "f", "féminin": "f", "feminin": "f",
        "weiblich": "f", "w": "f", "frau": "f"}


def sex_of(raw: str) -> str:
    """'m', 'f' or '' (unknown or other)."""
    return _SEX.get(raw.strip().lower(), "")
