"""Comparable keys for personal and company names written in any script.

Two keys, for two jobs:

- :func:`name_key` is a *faithful fold*: the name transliterated to ASCII,
  lower-cased, punctuation dropped and tokens sorted. Two names with the same
  key were written the same way up to script, case, accents and word order;
  it is safe to treat equal keys as the same spelling.
- :func:`name_phonetic_key` is a *blocking key* built on top of it: it also
  merges common transliteration variants (Aleksandr/Alexander, Mohammed/
  Muhammad/محمد, Dmitriy/Dmitrii) by keeping mostly the consonant skeleton.
  Equal phonetic keys only make two names *candidates* for the same person;
  a similarity score or an analyst must confirm them.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

__all__ = ["name_key", "name_phonetic_key", "phonetic_variants"]

# Cyrillic letters that NFKD would split into base + mark (й → и + breve): the
# mark changes the letter, so transliterate them whole before marks are dropped.
_CYRILLIC_WHOLE = str.maketrans({ch: anyascii(ch) for ch in "йЙёЁїЇўЎѓЃќЌѐЀѝЍ"})

# anyascii writes Greek ου as "oy"; ELOT 743 and ICAO passports write "ou",
# which is what partners' Latin-script records will contain.
_GREEK_OU = re.compile("[\u039f\u03bf][\u03a5\u03c5]")

# Apostrophes (and the backtick anyascii uses for Arabic ayn) join the letters
# around them: Ja'far and Jafar are the same name; other punctuation splits.
_JOINERS = str.maketrans("", "", "'`")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _fold(raw: object) -> str:
    """ASCII, lower-case, joiners removed, other punctuation turned into spaces."""
    text = raw if isinstance(raw, str) else "" if raw is None else str(raw)
    if not text.isascii():
        text = text.translate(_CYRILLIC_WHOLE)
        text = unicodedata.normalize("NFKD", text)
        # Dropping combining marks removes Arabic harakat and Greek tonos, so a
        # vocalised مُحَمَّد folds like the usual unvocalised محمد.
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = _GREEK_OU.sub("ou", text)
        text = anyascii(text)
    return _NON_ALNUM.sub(" ", text.lower().translate(_JOINERS))


def name_key(raw: str) -> str:
    """Faithful ASCII fold, order-insensitive: 'PETROV, Aleksandr' → 'aleksandr petrov'."""
    return " ".join(sorted(_fold(raw).split()))


# Transliteration variants merged by the phonetic key, applied in this order.
# Each pair is (pattern, replacement) over one lower-case ASCII token.
_PHONETIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"ph", "f"),  # Greek φ: Christophoros / Christoforos
        (r"kh", "h"),  # Cyrillic х, Arabic خ: Khalid / Halid
        (r"th", "t"),  # Greek θ: Thanasis / Tanasis
        (r"ck", "k"),
        (r"q", "k"),  # Arabic ق: Qasim / Kasim
        (r"x", "ks"),  # Alexander / Aleksandr
        (r"(?:iy|ii|yi|ij|y)$", "i"),  # Russian -ий: Dmitriy / Dmitrii / Dmitrij / Dmitry
        (r"[yij]([ua])", r"\1"),  # ю, я: Yuri / Iurii / Juri, Maryam / Mariam
        (r"[yj]", "i"),  # remaining semivowels are treated as the vowel i
    )
)
_VOWELS = frozenset("aeiou")


def _phonetic_token(token: str) -> str:
    for pattern, replacement in _PHONETIC_RULES:
        token = pattern.sub(replacement, token)
    if not token:
        return token
    # Vowels are where transliterations disagree most (Arabic script writes
    # none of the short ones), so keep only consonants, plus the last letter:
    # it carries gender endings (Ivan/Ivana, Petrov/Petrova) that must not merge.
    skeleton = [ch for ch in token[:-1] if ch not in _VOWELS]
    skeleton.append(token[-1])
    # Doubled letters (Hassan / Hasan) collapse after the vowels are gone, so
    # that letters separated only by a vowel merge too.
    collapsed = [ch for i, ch in enumerate(skeleton) if i == 0 or ch != skeleton[i - 1]]
    return "".join(collapsed)


# German and Polish transliterate Cyrillic в as w (Petrow, Wolkow), English and French
# as v (Petrov, Volkov). Stored keys keep the letter as written, so a query tries both.
_VW = re.compile("[vw]")
_MAX_VW = 3  # 2**3 spellings at most per word


def phonetic_variants(key: str) -> list[str]:
    """``key`` and its spellings with v and w swapped (the first three of them), so that
    a query for Petrov finds Petrow and Wolkow finds Volkov in an existing index."""
    spots = [m.start() for m in _VW.finditer(key)][:_MAX_VW]
    out = []
    for mask in range(1 << len(spots)):
        letters = list(key)
        for bit, at in enumerate(spots):
            letters[at] = "w" if mask >> bit & 1 else "v"
        out.append("".join(letters))
    return list(dict.fromkeys([key, *out]))


def name_phonetic_key(raw: str) -> str:
    """Lossy key that merges transliteration variants; equal keys mean 'compare these names'."""
    tokens = (_phonetic_token(token) for token in _fold(raw).split())
    return " ".join(sorted(token for token in tokens if token))
