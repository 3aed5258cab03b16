"""Name comparison for cross-referencing: tokens, readings, sound codes and a similarity.

Names are folded to ASCII tokens with :func:`liaison.model.names.name_key` (Arabic
script by a romanisation of its own that keeps the long vowels). Each token then has
*readings* (its spelling with the conventions of German, Polish, Spanish, French,
Greek and anyascii transliteration normalised: Schewtschenko / Szewczenko / Σεβτσένκο
all read 'SevCenko') and *sound codes* built from them. Codes decide which pairs are
compared (:mod:`~liaison.analysis.xref.blocking`); readings are what
:func:`name_similarity` scores.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz.distance import OSA, JaroWinkler, LCSseq

from liaison.analysis.xref import variants
from liaison.model.names import name_key

__all__ = ["NameForm", "TokenWeights", "father_of", "name_agreement", "name_form",
           "name_similarity",
           "token_codes", "token_fine_codes", "token_readings", "token_similarity"]

# The Arabic definite article is written joined to the word (العمراني); Latin-script
# partners write it apart ("El Amrani") or drop it, so it is dropped before folding.
_ARABIC_ARTICLE = re.compile(r"(?<![\u0600-\u06FF])\u0627\u0644(?=[\u0600-\u06FF]{2})")
# 'Abd ("servant of") and the name after it are one given name in Latin script:
# عبد الله is Abdallah, Abdellah.
_ARABIC_ABD = re.compile(r"(?<![\u0600-\u06FF])(\u0639\u0628\u062f) +(?=[\u0600-\u06FF])")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
# Ta marbuta (ة) ends feminine names and is not written in Latin: فاطمة is Fatima.
_TA_MARBUTA = "\u0629"
# ... and is often written as a plain ه, its dots left off (فاطمه, خديجه); الله and the
# short names (طه) keep theirs.
_DOTLESS_TA = re.compile("(?<=[\u0620-\u064a]{2})(?<!\u0644)\u0647(?![\u0620-\u064a])")
# Arabic letters as Latin-script partners write them, in the normalised spelling the
# readings below use (S for ش, h for خ and ح, k for ق). Unlike anyascii it keeps the
# long vowels ا و ي, which are most of what tells إدريسي (Idrisi) from Andreas;
# ع and hamza are not written in Latin names at all.
_ARABIC_LATIN = str.maketrans({
    "\u0627": "a", "\u0623": "a", "\u0625": "i", "\u0622": "a", "\u0671": "a",
    "\u0621": "", "\u0626": "i", "\u0624": "u", "\u0628": "b", "\u062a": "t",
    "\u062b": "t", "\u062c": "j", "\u062d": "h", "\u062e": "h", "\u062f": "d",
    "\u0630": "d", "\u0631": "r", "\u0632": "z", "\u0633": "s", "\u0634": "S",
    "\u0635": "s", "\u0636": "d", "\u0637": "t", "\u0638": "z", "\u0639": "",
    "\u063a": "g", "\u0641": "f", "\u0642": "k", "\u0643": "k", "\u0644": "l",
    "\u0645": "m", "\u0646": "n", "\u0647": "h", "\u0648": "u", "\u064a": "i",
    "\u0649": "a",
})
_NOT_LETTER = re.compile(r"[^a-zA-Z0-9]+")
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")  # short vowel marks, shadda, tatweel
# A word-initial alif carries the vowel Latin writes as a, e, i, o or ou (أسامة is
# Oussama, إبراهيم Ibrahim or Brahim), so it says nothing and is left out.
_INITIAL_ALIF = re.compile("^[\u0627\u0623\u0625\u0622\u0671]")


def _romanise_arabic(word: str) -> str:
    """One Arabic-script word in Latin letters, short vowels (never written) left out."""
    bare = _INITIAL_ALIF.sub("", _HARAKAT.sub("", word))
    if bare[:1] == "\u064a":  # a leading ي is the consonant y: يوسف is Yusuf
        bare = "y" + bare[1:]
    out = bare.translate(_ARABIC_LATIN)
    if not out.isascii():  # Persian and Urdu letters, digits: anyascii knows them
        out = "".join(ch if ch.isascii() else anyascii(ch).lower() for ch in out)
    return _NOT_LETTER.sub("", out)


# Words that partners keep or drop at will; unmatched, they cost little.
PARTICLES = frozenset((
    "al", "el", "ul", "bin", "ibn", "ben", "bint", "abu", "de", "del", "della", "der", "den",
    "di", "da", "das", "dos", "du", "la", "le", "van", "von", "ter", "y", "e",
    "bn", "bnt", "bu"))  # بن, بنت, أبو as romanised here

# Legal forms say what kind of company, not which one (Sp. z o.o. folds to sp z o o).
LEGAL_FORMS = frozenset((
    "gmbh", "ug", "haftungsbeschrankt", "ag", "kg", "ohg", "ev", "mbh", "sp", "z", "o", "oo",
    "sa", "sl", "sas", "sarl", "sarlau", "srl", "spa", "bv", "nv", "ltd", "llc", "inc", "plc",
    "co", "corp", "eood", "ood", "ead", "ad", "ike", "ae", "epe", "oe", "ee", "ab", "as", "oy",
    "sro", "kft"))

# Spellings of one sound across transliteration conventions, rewritten before the
# letters are classed. Order matters: longer spellings first.
_SOUND_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^mp", "b"),  # Greek μπ starts a word as b: Μπενανί / Benani
        (r"m[pb]", "b"),  # mid-word μπ is mp (ELOT) or mb: Λάμπρος / Lambros
        (r"n[td](?![hsz])", "d"),  # Greek ντ is d, nt or nd: Ντμίτρι / Dmitri, Βλαντίμιρ / Vladimir
        (r"gg", "ng"),  # Greek γγ: Ευαγγελία / Evangelia
        (r"gk", "g"),  # Greek γκ: Γκόμεθ / Gómez
        (r"gu(?=[eiy])", "g"),  # Spanish and French gue, gui: Serguei / Sergei
        # Cyrillic щ, ч, ш, ж and х as German, Polish, French, Spanish and English
        # write them; capitals stand for the sounds: S for ш, C for ч and ц.
        (r"schtsch|shch|szcz|chtch", "S"),
        (r"tsch|tch|cz|ts|tz", "C"),  # Schewtschenko / Szewczenko / Σεβτσένκο
        (r"sch|sh|sz", "S"),
        (r"zh", "z"),
        (r"kh", "h"),  # Mikhail / Michail (ch is read below)
        (r"ou", "u"),  # French and Greek ou: Iouri / Juri, Ουαζανί / Uazani
        (r"(?<=[aeiou])(?:ff|f|w)$", "v"),  # Russian -ов as -off, -of, -ow: Ζάιτσεφ / Zaitsev
        (r"ph", "f"),
        (r"dh", "d"),
        (r"dj", "j"),  # French and Polish ج: Djamel / Jamal, Belhadj / بلحاج
        (r"x", "ks"),  # Alexander / Aleksandr
    )
)
# Spellings that mean one of two sounds depending on the language they came through;
# each gives the token another reading. Capped so that no token files under many keys.
_AMBIGUOUS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), options)
    for pattern, options in (
        (r"th", ("t", "s")),  # Greek θ (Theodoros) or Castilian z through Greek (Γκονθάλεθ)
        (r"^h", ("h", "")),  # silent in Spanish and French: Hernández / Ернандес
        (r"rz", ("z", "rz")),  # Polish rz is ż: Grzegorz / Γκζέγκος
        (r"gi(?=[aeou])", ("g", "")),  # Greek γι is y: Γιούρι / Yuri
        (r"^g(?=[ei])", ("g", "")),  # and so is a leading γε: Γεβγκένι / Yevgeni
        # ч in Spanish and English, χ and х in German, ш in French: Michael, Cherkaoui
        (r"ch", ("C", "h", "S")),
        (r"z", ("z", "C")),  # German z is ц: Saizew / Zaitsev
        (r"c(?=[aou])", ("k", "C")),  # Spanish c is k, Polish c is ц: Carlos / Κάρλος
        (r"j", ("j", "h", "")),  # Spanish j is х (Javier / Хавиер); elsewhere y
        (r"w", ("v", "")),  # German and Polish v; in Arabic and French spellings a vowel
        (r"(?<=[aeiou])h$", ("h", "")),  # often not written: Abdallah / Abdalla
    )
)
_MAX_READINGS = 8
_AFFRICATE = re.compile(r"[td][sz]")  # ц, τσ, τζ written ts, tz, dz
# Coarse letter classes (after Soundex): the classes a transliteration may swap
# letters within. h joins the velars because х, χ, خ and ح are written h, kh, ch or j.
_CLASS = str.maketrans({
    **dict.fromkeys("bpfv", "1"),
    **dict.fromkeys("cgjkqsxzhCS", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
    **dict.fromkeys("aeiouyw", ""),
})


def _classes(token: str, arabic: bool) -> str:
    # Arabic script writes every consonant with a letter of its own, so its t+z is
    # two sounds, never the affricate that German tz or Greek τζ spell.
    classes = (token if arabic else _AFFRICATE.sub("c", token)).translate(_CLASS)
    return "".join(ch for i, ch in enumerate(classes) if i == 0 or ch != classes[i - 1])


# Vowels as separators: only consonants written together merge (Popescu '112' is then
# not Fassi '12'). Finer, for names that both write their vowels (not Arabic script).
# And hissing sounds (s, z, ж, ш, ч, ц) apart from the throat's (k, g, х), which the
# coarse codes join for Arabic script's sake.
_CLASS_SPACED = {**{k: v for k, v in _CLASS.items() if v},
                 **dict.fromkeys(map(ord, "sxzjCS"), "7"),
                 **dict.fromkeys(map(ord, "aeiouyw"), ".")}


def _fine_classes(token: str) -> str:
    classes = _AFFRICATE.sub("c", token).translate(_CLASS_SPACED)
    merged = "".join(ch for i, ch in enumerate(classes) if i == 0 or ch != classes[i - 1])
    return merged.replace(".", "")


@functools.lru_cache(maxsize=1 << 17)
def token_readings(token: str, arabic: bool = False) -> tuple[str, ...]:
    """The ways one folded token may be read, with transliteration variants normalised.

    The first is the likeliest; a token with ambiguous spellings (th, j, w...)
    has one reading per interpretation, at most eight.
    """
    if arabic:  # romanised here, already in the normalised spelling
        # بن written onto the family name (بنجلون, Benjelloun / Ben Jelloun)
        return (token, token[2:]) if token.startswith("bn") and len(token) > 4 else (token,)
    readings = _latin_readings(token)
    # The Arabic article and "son of" written joined (Alfassi, Elamrani, Benali) are
    # the same name as Al-Fassi, Amrani, Ben Ali: read without them as well.
    bare = _JOINED_PREFIX.match(token)
    if bare:
        readings += tuple(r for r in _latin_readings(bare.group(1)) if r not in readings)
    return readings


# al-, el-, ben, bin, ibn written onto the name; what remains must be a name itself.
_JOINED_PREFIX = re.compile(r"^(?:al|el|ul|ben|bin|ibn)([a-z]{3,})$")


@functools.lru_cache(maxsize=1 << 17)
def _latin_readings(token: str) -> tuple[str, ...]:
    for pattern, replacement in _SOUND_RULES:
        token = pattern.sub(replacement, token)
    variants = [token]
    for pattern, options in _AMBIGUOUS:
        if len(variants) >= _MAX_READINGS:
            break
        if pattern.search(token):
            variants = [pattern.sub(o, v) for v in variants for o in options][:_MAX_READINGS]
    return tuple(dict.fromkeys(v for v in variants if v)) or (token,)


@functools.lru_cache(maxsize=1 << 17)
def token_codes(token: str, arabic: bool = False) -> tuple[str, ...]:
    """Coarse sound codes of one folded token, one per reading: its consonant classes
    with repeats merged ('szewczuk', 'schewtschuk' and 'σεβτσούκ' all give '212')."""
    codes = dict.fromkeys(_classes(v, arabic) or f"v{token[:2]}"
                          for v in token_readings(token, arabic))
    return tuple(codes)


@functools.lru_cache(maxsize=1 << 17)
def token_fine_codes(token: str) -> tuple[str, ...]:
    """:func:`token_codes` for a token in Latin letters, with consonants that vowels
    separate kept apart: what two spellings that both write vowels share."""
    return tuple(dict.fromkeys(_fine_classes(v) or f"v{token[:2]}"
                               for v in token_readings(token)))


@dataclass(frozen=True, slots=True)
class NameForm:
    """One name value prepared for comparison: folded tokens (in written order) and codes."""

    key: str
    tokens: tuple[str, ...]
    codes: tuple[tuple[str, ...], ...]
    arabic: tuple[bool, ...]  # per token: written in Arabic script (no short vowels)
    sig: str  # the key, marked when any token is Arabic (those compare differently)
    raw: str  # the name as written, shared by every profile that has it
    places: tuple[str, ...] = ()  # per token: 'end', 'middle' or 'lineage' (_place)
    particles: tuple[bool, ...] = ()  # per token: a particle (al, van, bin...)
    # The places of the tokens in the key's (sorted) order, one letter each: with ``sig``
    # what name comparison depends on, so "Nowak, Anna" and "Anna Nowak" share it.
    shape: str = ""


# Greek αυ, ευ, ηυ are av/ev/iv (af/ef/if before voiceless consonants); anyascii
# writes "ay", "ey", which no partner does.
_GREEK_DIPHTHONG = re.compile("([\u03b1\u03b5\u03b7\u0391\u0395\u0397][\u0301]?)[\u03c5\u03cd]")


@functools.lru_cache(maxsize=1 << 16)
def name_form(raw: str) -> NameForm:
    """Fold a name as written (any script) into tokens and codes."""
    text = raw
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _GREEK_DIPHTHONG.sub("\\1\u03b2", text)
        text = _ARABIC_ARTICLE.sub("", _ARABIC_ABD.sub("\\1", _DOTLESS_TA.sub(
            "", text.replace(_TA_MARBUTA, ""))))
    tokens, codes, scripts = [], [], []
    for word, arabic in _words(text):
        folded = [_romanise_arabic(word)] if arabic else [word]
        for token in filter(None, folded):
            tokens.append(token)
            codes.append(token_codes(token, arabic))
            scripts.append(arabic)
    key = " ".join(sorted(tokens))
    folded = tuple(tokens)
    family = _family_first(text, len(folded))
    places = tuple(_place(folded, i, family) for i in range(len(folded)))
    return NameForm(key, folded, tuple(codes), tuple(scripts),
                    f"{key}|a" if any(scripts) else key, raw, places,
                    tuple(t in PARTICLES for t in folded),
                    "".join(place[0] for _, place in sorted(zip(folded, places, strict=True))))


def _family_first(text: str, count: int) -> int:
    """How many leading tokens are the family name when a name is written family name
    first and says so: before a comma ('Scholz, Thomas Sebastian') or in capitals before
    given names that are not ('SCHOLZ Thomas Sebastian'); 0 when it does not say."""
    if text.count(",") == 1:
        before = sum(len(_words(part)) for part in (text.split(",")[0],))
        return before if 0 < before < count else 0
    words = text.split()
    capitals = 0
    for word in words:
        if not (word.isupper() and len(word) > 1):
            break
        capitals += 1
    if 0 < capitals < len(words) and not any(w.isupper() for w in words[capitals:]):
        before = len(_words(" ".join(words[:capitals])))
        return before if 0 < before < count else 0
    return 0


# 'Abd ("servant of") in Latin script, written apart from the name it belongs to:
# Abdel Fattah, Abd al-Rahman, Abdul Karim are Abdelfattah, Abderrahmane, Abdulkarim.
_ABD = frozenset(("abd", "abdel", "abdal", "abdul", "abdoul", "abdou", "abdu"))
_ARTICLES = frozenset(("al", "el", "ul", "ar", "er", "ad", "ed", "as", "es", "an", "en"))
_WORD_BREAK = re.compile(r"[\s\-\u2010\u2011]+")


def _words(text: str) -> list[tuple[str, bool]]:
    """A name's words in written order, Latin ones folded, each marked Arabic or not."""
    out: list[tuple[str, bool]] = []
    for word in _WORD_BREAK.split(text):
        if _ARABIC_LETTER.search(word):
            out.append((word, True))
        else:
            out.extend((token, False) for token in name_key(word).split())
    joined: list[tuple[str, bool]] = []
    for word, arabic in out:
        if joined and not arabic and not joined[-1][1] and (
                joined[-1][0] in _ABD or (joined[-1][0] in _ARTICLES and len(joined) > 1
                                          and joined[-2][0] in _ABD)):
            prev = joined.pop()[0]
            if prev in _ARTICLES:
                prev = joined.pop()[0] + prev
            joined.append((prev + word, False))
        else:
            joined.append((word, arabic))
    return joined


_VOWELS = re.compile(r"[aeiouy]+")


@functools.lru_cache(maxsize=1 << 16)
def _skeleton(token: str) -> str:
    """Consonants only, doubled letters merged: what Arabic script always writes of a name."""
    return _REPEAT.sub(r"\1", _VOWELS.sub("", token) or token)


@functools.lru_cache(maxsize=1 << 20)
def token_similarity(a: str, b: str, a_arabic: bool = False, b_arabic: bool = False
                     ) -> float:
    """0..1: the best Jaro-Winkler similarity between any readings of two folded tokens.

    A token written in Arabic script leaves short vowels out, so against a Latin one
    it is also fitted letter by letter (:func:`_arabic_similarity`).
    """
    if not (a_arabic or b_arabic) and (_role(a) != _role(b)):
        return 0.0  # a patronymic is no given or family name: Максимович is not Maksimov
    ra, rb = token_readings(a, a_arabic), token_readings(b, b_arabic)
    best = max(_typo_similarity(x, y) for x in ra for y in rb)
    if best < _FULL_CREDIT:  # and with vowels folded (not under 4 letters: Jan is no Anna)
        fa, fb = _folds(a, a_arabic), _folds(b, b_arabic)
        if fa and fb and (fa != ra or fb != rb):
            best = max(best, max(_typo_similarity(x, y) for x in fa for y in fb))
    if a_arabic != b_arabic:
        arabic, other = (a, (b, *rb)) if a_arabic else (b, (a, *ra))
        best = max(best, max(_arabic_similarity(arabic, x) for x in other))
    elif not a_arabic:
        if best < _VARIANT and _variants(a) & _variants(b):
            best = _VARIANT  # one given name in two forms (Yiorgos / Georgios)
        gender_a, gender_b = _gender(a), _gender(b)
        if gender_a and gender_b and gender_a != gender_b:
            # Ivanov / Ivanova, Kowalski / Kowalska: a brother and a sister, not a typo.
            best = min(best, _NO_CREDIT)
    return best


# What two forms of one given name (variants.py) are worth: a spelling variant's.
_VARIANT = 0.95


@functools.cache
def _variant_table() -> dict[str, frozenset[int]]:
    table: dict[str, set[int]] = {}
    for n, spellings in enumerate(variants.groups()):
        for spelling in spellings:
            for token in name_form(spelling).tokens:
                table.setdefault(_vowel_fold(token_readings(token)[0]), set()).add(n)
    return {key: frozenset(found) for key, found in table.items()}


@functools.lru_cache(maxsize=1 << 16)
def _variants(token: str) -> frozenset[int]:
    """The given names (variants.py) a folded Latin token is a form of."""
    return _variant_table().get(_vowel_fold(token_readings(token)[0]), frozenset())


@functools.lru_cache(maxsize=1 << 17)
def _folds(token: str, arabic: bool) -> tuple[str, ...]:
    """A token's readings of four letters or more with their vowels folded."""
    return tuple(dict.fromkeys(_vowel_fold(r) for r in token_readings(token, arabic)
                               if len(r) >= 4))


def _typo_similarity(x: str, y: str) -> float:
    """Jaro-Winkler, held down where the readings are several edits apart: a shared
    beginning and ending make Kozlowski and Kowalski 0.89, yet they are three letters
    apart and two names; a typo is one or two."""
    sim = JaroWinkler.normalized_similarity(x, y)
    if sim < _NO_CREDIT or x == y:
        return sim
    # Letters one sound may be written with are no edit (Gonsales / Gonzalez).
    edits = OSA.distance(x.translate(_SOUNDALIKE), y.translate(_SOUNDALIKE))
    return min(sim, 1.0 - 0.15 * max(0, edits - 1))


# German umlauts written out (Oeztuerk / Öztürk); English ee, Greek ει and οι for i
# (Sameer / Samir, Eissa / Issa, Oikonomou / Ikonomou).
_VOWEL_PAIRS = re.compile(r"(?:^|(?<=[^aeiou]))(?:oe|ue|ae)|ee|ei|oi")
_Y_OR_J = re.compile(r"(?<=.)[yj]")
_REPEAT = re.compile(r"(.)\1+")
# Albanian names end in -a or -ë as they are definite or not (Hoxha, Hoxhë; Kola, Kolë).
_FINAL_E = re.compile(r"(?<=[^aeiou])e$")


@functools.lru_cache(maxsize=1 << 17)
def _vowel_fold(reading: str) -> str:
    """A reading with the vowels that romanisations write differently made one: y and
    j after the first letter as i (Natalja, Natalya, Natalia; Aleksei, Alexey), German
    oe, ue, ae as o, u, a, ee, ei, oi as i, doubled letters single (Hussein / Husein),
    a final -ii, -iy, -ij as -i (Dmitrii, Dmitriy, Dmitrij), a final -e after a
    consonant as -a, and letters of one sound as one (Saizew / Zaitsev)."""
    out = _VOWEL_PAIRS.sub(lambda m: m.group()[0] if m.group()[1] == "e" and m.group() != "ee"
                           else "i", _Y_OR_J.sub("i", reading))
    out = _REPEAT.sub(r"\1", out.translate(_SOUNDALIKE))
    return _FINAL_E.sub("a", out)


_SOUNDALIKE = str.maketrans("zykqw", "siccv")


# Patronymics, as the Cyrillic ones fold (-ovich, -evych, -ovna, -ivna...) and as German,
# French and Polish partners write them (-owitsch, -ovitch, -owytsch, -ewna).
_PATRONYMIC = re.compile(r"(?:[oe](?:vi?ch|vych|vitch|vytch|witsch|wytsch)|[oei][vw]na|ichna)$")


@functools.lru_cache(maxsize=1 << 16)
def _role(token: str) -> str:
    return "patronymic" if len(token) >= 7 and _PATRONYMIC.search(token) else "name"


_PATRONYMIC_END = _PATRONYMIC


def father_of(token: str) -> str | None:
    """The father's given name a folded patronymic is made from (Викторович: viktor)."""
    return _PATRONYMIC_END.sub("", token) if _role(token) == "patronymic" else None


# Slavic names that differ between a man and a woman of one family.
_FEMININE = re.compile(r"(?:ova|eva|ina|yna|ska|cka|dzka|aya|aja)$")
_MASCULINE = re.compile(r"(?:ov|ev|in|yn|ski|cki|dzki|iy|ii|yi|ij|off)$")


@functools.lru_cache(maxsize=1 << 16)
def _gender(token: str) -> str:
    if len(token) < 5:
        return ""
    return "f" if _FEMININE.search(token) else "m" if _MASCULINE.search(token) else ""


_LATIN_VOWELS = str.maketrans("oeyw", "uiiu")
_SOFT_C = re.compile(r"c(?=[ei])")


def _arabic_similarity(arabic: str, latin: str) -> float:
    """How well a Latin spelling fits an Arabic one, which writes no short vowels.

    Every letter the Arabic writes (its long vowels too) should appear, in order, in
    the Latin one, and every Latin consonant in the Arabic: بوزيد 'buzid' fits
    Bouzid, إدريسي 'drisi' fits Idrissi but not Andreas.
    """
    # Latin e, o and a y inside a word write ي and و too (Zaynab, Omar), and so does w
    # (Ridwan, رضوان 'rduan'); a leading y is the consonant, as in the romanised Arabic
    # (Youssef, يوسف 'yusf'). French c before e and i is s (Youcef, Naciri).
    head, rest = latin[:1], latin[1:].translate(_LATIN_VOWELS)
    latin = _SOFT_C.sub("s", (head if head == "y" else head.translate(_LATIN_VOWELS)) + rest)
    best = _arabic_fit(arabic, latin)
    if "j" in arabic and "g" in latin:  # Egyptian g for ج: Gaber, Gamal
        best = max(best, _arabic_fit(arabic, latin.replace("g", "j")))
    if arabic[:1] == "y" and head != "y":  # ي after a silent alif: أيمن Ayman, آيت Ait
        best = max(best, _arabic_fit("i" + arabic[1:], latin))
    return best


def _arabic_fit(arabic: str, latin: str) -> float:
    written = LCSseq.similarity(arabic, latin) / len(arabic)
    consonants = _skeleton(latin)
    heard = LCSseq.similarity(_skeleton(arabic), consonants) / len(consonants)
    # Two letters ('mr') fit Omar and Maier alike, so a short word gets a little less.
    return written * heard * (0.9 if len(arabic) < 3 else 1.0)


_PAIR_CACHE = 1 << 20


class TokenWeights:
    """How much a token says about identity: rare tokens much, common ones little (IDF).

    Built from every name of a family, so that legal forms ('GmbH', 'Sp. z o.o.'),
    trade words and the commonest given names weigh less than a rare surname.
    """

    def __init__(self, forms: Iterable[NameForm] = (), floor: float = 0.1) -> None:
        self.df: Counter[str] = Counter()
        self.names = 0
        # Company names are few words of which any may be the telling one ('Odra
        # Trans' / 'Wisła Trans'), so their common words keep more weight.
        self.floor = floor
        for form in forms:
            self.add(form)
        self._cache: dict[tuple[str, str, str, str], tuple[float, bool]] = {}
        self._form_weights: dict[str, tuple[float, ...]] = {}

    def add(self, form: NameForm) -> None:
        self.names += 1
        self.df.update({codes[0] for codes in form.codes})

    def weight(self, token: str, codes: tuple[str, ...]) -> float:
        if token in PARTICLES or token in LEGAL_FORMS or len(token) == 1:
            return 0.05
        n = self.names + 2
        return max(self.floor, math.log(n / (self.df.get(codes[0], 0) + 1)) / math.log(n))

    def weights(self, form: NameForm) -> tuple[float, ...]:
        """The weight of each of a name's tokens (remembered: call after the last add)."""
        found = self._form_weights.get(form.sig)
        if found is None:
            found = self._form_weights[form.sig] = tuple(
                self.weight(t, c) for t, c in zip(form.tokens, form.codes, strict=True))
        return found

    def similarity(self, a: NameForm, b: NameForm) -> float:
        """:func:`name_similarity` with this table's weights, remembered per pair."""
        return self.agreement(a, b)[0]

    def agreement(self, a: NameForm, b: NameForm) -> tuple[float, bool]:
        """:func:`name_agreement` with this table's weights, remembered per pair."""
        # Keyed by folded key and script and the places of its tokens (which the key
        # alone loses); hashing the whole NameForm costs more.
        key = (a.sig, a.shape, b.sig, b.shape) if a.sig <= b.sig else (
            b.sig, b.shape, a.sig, a.shape)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _PAIR_CACHE:  # bounded: memory matters more than hits
                self._cache.clear()
            found = self._cache[key] = name_agreement(a, b, self)
        return found


_NO_CREDIT = 0.7


# Jaro-Winkler gives different names with a shared ending (Wisniewski, Jankowski)
# about 0.7, so credit starts above that; typos score 0.95 and up, full credit at 0.92.
_CREDIT_SPAN = 0.22
_FULL_CREDIT = _NO_CREDIT + _CREDIT_SPAN


def name_similarity(a: NameForm, b: NameForm, weights: TokenWeights | None = None) -> float:
    """0..1: tokens paired best-first, each pair credited by its similarity and weighted
    by how rare the token is; tokens left unpaired (a dropped second surname) cost half."""
    return name_agreement(a, b, weights)[0]


# A pair of tokens credited at least this much agrees (a typo or a spelling variant).
_AGREES = 0.9


def name_agreement(a: NameForm, b: NameForm, weights: TokenWeights | None = None
                   ) -> tuple[float, bool]:
    """:func:`name_similarity`, and whether the names agree as far as both go: every
    name of one side has a counterpart that agrees (or an initial that fits it), at
    least two of them in full, and all the other side has more is inside the name (a
    middle name, a patronymic left out), never a first or last name more."""
    if not a.tokens or not b.tokens:
        return 0.0, False
    table = weights or _EVEN
    if len(a.tokens) == 2 == len(b.tokens) and not (any(a.particles) or any(b.particles)) \
            and min(map(len, a.tokens)) > 1 and min(map(len, b.tokens)) > 1:
        return _two_by_two(a, b, table)
    # Only pairs that can be chosen are kept: a particle is no counterpart of a name;
    # and a father's or middle name that matches nothing is a dropped one, not a
    # disagreement (only two ends that match nothing are paired, for no credit).
    pa, pb = a.particles, b.particles
    place_a, place_b = a.places, b.places
    b_tokens = tuple(zip(b.tokens, b.arabic, pb, place_b, strict=True))
    pairs = []
    for i, (x, x_arabic) in enumerate(zip(a.tokens, a.arabic, strict=True)):
        x_particle, x_end = pa[i], place_a[i] == "end"
        for j, (y, y_arabic, y_particle, y_place) in enumerate(b_tokens):
            if x_particle != y_particle:
                continue
            if (len(x) == 1) != (len(y) == 1) and not (x_arabic or y_arabic):
                # An initial is no spelling of a name: it fits one that starts with it
                # (paired last, as if both were left out) or disagrees with it.
                if x[0] == y[0]:
                    pairs.append((_INITIAL, i, j))
                elif x_end and y_place == "end":
                    pairs.append((0.0, i, j))
                continue
            # Remembered in one order only: (x, y) and (y, x) are the same question.
            if x == y and x_arabic == y_arabic:
                sim = 1.0
            elif x <= y:
                sim = token_similarity(x, y, x_arabic, y_arabic)
            else:
                sim = token_similarity(y, x, y_arabic, x_arabic)
            if sim > _NO_CREDIT or (x_end and y_place == "end"):
                pairs.append((sim, i, j))
    pairs.sort(reverse=True)
    wa, wb = table.weights(a), table.weights(b)
    used_a: set[int] = set()
    used_b: set[int] = set()
    agree_a: set[int] = set()
    agree_b: set[int] = set()
    full = 0
    total = weight = 0.0
    for sim, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        if sim == _INITIAL:
            weight += wa[i] * _DROPPED[place_a[i]] + wb[j] * _DROPPED[place_b[j]]
            agree_a.add(i)
            agree_b.add(j)
            continue
        w = wa[i] + wb[j]
        credit = 0.0 if sim <= _NO_CREDIT else min(1.0, (sim - _NO_CREDIT) / _CREDIT_SPAN)
        if credit >= _AGREES:
            agree_a.add(i)
            agree_b.add(j)
            full += 1
        total += credit * w
        # A token that has a counterpart but disagrees with it is evidence against.
        weight += w * (2.0 - credit)
    # A token with no counterpart is more likely dropped (a second surname) than wrong;
    # a middle name, patronymic or Arabic chain of fathers' names most likely of all.
    if len(used_a) < len(wa):
        weight += sum(w * _DROPPED[place_a[i]] for i, w in enumerate(wa) if i not in used_a)
    if len(used_b) < len(wb):
        weight += sum(w * _DROPPED[place_b[j]] for j, w in enumerate(wb) if j not in used_b)
    # One side's names all agree, and the other's more are inside it (middle names,
    # fathers' names): a first or last name more is another name, not one left out.
    covered = full >= 2 and (
        (all(i in agree_a for i in range(len(pa)) if not pa[i])
         and _left_out(place_b, used_b))
        or (all(j in agree_b for j in range(len(pb)) if not pb[j])
            and _left_out(place_a, used_a)))
    return (total / weight if weight else 0.0), covered


def _left_out(places: tuple[str, ...], used: set[int]) -> bool:
    """Whether a name's tokens without a counterpart are inside it, or trail it."""
    rest = [i for i in range(len(places)) if i not in used]
    return all(places[i] != "end" or i > max(used, default=len(places)) for i in rest)


# The place an initial's pairing takes among similarities (see name_agreement).
_INITIAL = 0.705


def _token_pair(x: str, y: str, x_arabic: bool, y_arabic: bool) -> float:
    if x == y and x_arabic == y_arabic:
        return 1.0
    return (token_similarity(x, y, x_arabic, y_arabic) if x <= y
            else token_similarity(y, x, y_arabic, x_arabic))


def _two_by_two(a: NameForm, b: NameForm, table: TokenWeights) -> tuple[float, bool]:
    """:func:`name_agreement` for the commonest case, two words a side and no particle
    (given name and family name, in either order): the same pairing, found directly."""
    (x0, x1), (y0, y1) = a.tokens, b.tokens
    (ax0, ax1), (by0, by1) = a.arabic, b.arabic
    straight = ((_token_pair(x0, y0, ax0, by0), 0, 0), (_token_pair(x1, y1, ax1, by1), 1, 1))
    crossed = ((_token_pair(x0, y1, ax0, by1), 0, 1), (_token_pair(x1, y0, ax1, by0), 1, 0))
    # Best-first, as name_similarity pairs: the best pair decides, its complement follows.
    best = max(*straight, *crossed)
    chosen = straight if best in straight else crossed
    wa, wb = table.weights(a), table.weights(b)
    total = weight = 0.0
    full = 0
    for sim, i, j in chosen:
        w = wa[i] + wb[j]
        credit = 0.0 if sim <= _NO_CREDIT else min(1.0, (sim - _NO_CREDIT) / _CREDIT_SPAN)
        full += credit >= _AGREES
        total += credit * w
        weight += w * (2.0 - credit)
    return (total / weight if weight else 0.0), full == 2


# What a token with no counterpart costs, as a share of its weight, by its place.
_DROPPED = {"end": 0.5, "middle": 0.25, "lineage": 0.15}
_LINEAGE = frozenset(("bin", "ben", "ibn", "bn", "bint", "bnt", "oglu", "ogly", "kyzy"))


def _place(tokens: tuple[str, ...], i: int, family: int = 0) -> str:
    """Whether token ``i`` is first or last, inside the name, or a father's name
    (after بن / bin, which partners keep or drop with everything after it). Written
    family name first (``family`` tokens of it), the family name and the first given
    name are the ends, and the given names after it are inside."""
    if (i and tokens[i - 1] in _LINEAGE) or tokens[i] in _LINEAGE \
            or _role(tokens[i]) == "patronymic":
        return "lineage"
    if family:
        return "middle" if i > family else "end"
    return "middle" if 0 < i < len(tokens) - 1 else "end"


_EVEN = TokenWeights()
