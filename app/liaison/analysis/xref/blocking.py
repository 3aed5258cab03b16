"""Blocking: the keys a name is filed under, so that the pairs worth scoring meet.

Two names are compared when they share a key (the engine's index). Keys are built from
the sound codes of :mod:`~liaison.analysis.xref.names`: every pair of a name's tokens,
every token with another's first letter, and, across scripts, the coarse codes under
marked keys (:data:`CROSS_ARABIC`, :data:`CROSS_LETTERS`).
"""

from __future__ import annotations

from itertools import combinations

from liaison.analysis.xref.names import (
    PARTICLES,
    NameForm,
    token_fine_codes,
    token_readings,
)

__all__ = ["CROSS_ARABIC", "CROSS_LETTERS", "blocking_keys"]

_BLOCKING_TOKENS = 6


def blocking_keys(form: NameForm) -> set[str]:
    """Keys under which a name is filed: every pair of its non-particle tokens, by sound,
    and every token by sound with another's first letter.

    Two names sharing a key share two tokens by sound, so a dropped second surname
    or an added article still meets; or one token by sound and another by its first
    letter, so that a typo past the first letter (Laruent, Wiktowski) or an initial
    (Киселёв А. И.) still meets. A one-token name is filed under that token.

    Names that write their vowels meet by the finer codes (:func:`token_fine_codes`).
    Arabic script leaves short vowels out, so it meets other names by the coarse codes
    only, under keys marked ``xa:``; every name in letters that write vowels files its
    coarse keys under ``xl:`` for them. The engine pairs ``xa:`` keys with ``xa:`` and
    ``xl:`` ones, never ``xl:`` with ``xl:``.
    """
    words = [i for i, t in enumerate(form.tokens) if t not in PARTICLES]
    # A long company name or address would file under dozens of pairs; its first
    # words are enough to meet its other spellings.
    words = (words or list(range(len(form.tokens))))[:_BLOCKING_TOKENS]
    if any(form.arabic):
        return {f"{CROSS_ARABIC}{key}" for key in _keys_of(form, words, form.codes)}
    fine = tuple(token_fine_codes(t) for t in form.tokens)
    return _keys_of(form, words, fine) | {
        f"{CROSS_LETTERS}{key}" for key in _keys_of(form, words, form.codes)}


# Key marks for meeting across scripts (see blocking_keys).
CROSS_ARABIC, CROSS_LETTERS = "xa:", "xl:"


def _keys_of(form: NameForm, words: list[int], codes: tuple[tuple[str, ...], ...]
             ) -> set[str]:
    if len(words) == 1:
        return set(codes[words[0]])
    keys = set()
    # An initial's sound says nothing: it is only ever the letter side, below.
    for first, second in combinations([i for i in words if len(form.tokens[i]) > 1], 2):
        keys.update(f"{a} {b}" if a <= b else f"{b} {a}"
                    for a in codes[first] for b in codes[second])
    initials = {i: {r[0] for r in token_readings(form.tokens[i], form.arabic[i])}
                for i in words}
    for i in words:
        if len(form.tokens[i]) < 2:  # an initial is only ever the letter side
            continue
        for j in words:
            if i != j:
                keys.update(f"{code}~{letter}" for code in codes[i] for letter in initials[j])
    return keys
