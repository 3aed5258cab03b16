"""Words with their shape, their stems in other cases and their weight; the hit a name
found becomes."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from liaison.analysis.redaction.lexicon import fold, given_languages, script_of
from liaison.analysis.redaction.persons.vocabulary import PROCLITIC


@dataclass(frozen=True)
class PersonHit:
    """A person's name at ``[start, end)``; ``sure`` is False for fail-safe candidates."""

    start: int
    end: int
    subject: str
    rule: str
    sure: bool = True


_LETTER = r"[^\W\d_]"
_MARKS = r"\u0300-\u036f\u064b-\u065f\u0670"
# A word: letters (and combining marks), inner apostrophes and hyphens ("O'Brien",
# "Adebayo-Clarke", "Whitfield's"); or an initial: one capital and a dot ("J.-L.").
_WORD = re.compile(
    rf"(?P<init>(?<!{_LETTER}){_LETTER}\.(?:[\s‐-]?{_LETTER}\.)*(?![{_MARKS}]))"
    rf"|(?P<word>{_LETTER}(?:{_LETTER}|[{_MARKS}]|['’](?={_LETTER})|[-‐](?={_LETTER})"
    rf"|[-‐]\r?\n[ \t]*(?={_LETTER}))*)")
# A word hyphenated at the end of a line ("Gün-\nnewig", "Αργυρο-\nπούλου"): read as one,
# without the hyphen where the line goes on in lower case.
_LINE_HYPHEN = re.compile(r"[-‐]\r?\n[ \t]*")
POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
# A surname with its article written on: "al-Kaabi", "el-Fassi", "d'Artagnan".
PREFIXED = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ath|ibn|bin|d|l)[-'’][A-Z]"
                       r"|(?:αλ|ελ|аль|эль|ал|ас|ад)[-‐][Α-ΩА-Я]")

# Surname endings, on the accent-free lower-case form, by script.
_SURNAME_END = {
    "latin": re.compile(
        r"(?:[^aeiou]ski|ska|skiego|skiej|skim|cki|cka|ckiego|dzki|dzka|wicz|wiczem|wicza|"
        r"czyk|czak|czuk|enko|ovic|ovich|evic|evich|escu|eanu|oglu|ides|idis|opoulos|opoulou|"
        r"oulos|akis|akos|shvili|dze|ova|ovna|evna|ov|ev|yev|uk|yuk|chuk|ez|es|ssen|sson|"
        r"mann|berg|stein|ini|elli|etti|ow|ew|owa|ewa|ova|ina|yan|ian|scy|ccy|dzcy)"
        r"(?:a|owi|iem|em|u|ie|ego|emu|iej|ej|ą|y)?$"),
    "cyrillic": re.compile(
        r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ск|цк|енко|ук|юк|чук|ич|вна|ична|ян|янц|ник)"
        r"(?:а|у|ым|ой|ом|е|ого|ому|ая|ую|ий|ей|ою|ым|ых|и)?$"),
    "greek": re.compile(
        r"(?:ακησ|ακη|ιδησ|ιδη|ιδου|ουλοσ|ουλου|ουλο|ουλη|ουλε|ατοσ|ατου|ιου|εασ|αδησ|ογλου|"
        r"ακου|ιωτησ|ιωτη|ιανοσ|ιανου|ιαν)$"),
    # Arabic family names of origin: "al-" and the nisba ending (المنصوري, العمراني).
    "arabic": re.compile(r"^ال..+ي$"),
}
# Endings of inflected and possessive forms, tried off a word to find its stem.
_ENDINGS = {
    "latin": ("'s", "s'", "s", "a", "owi", "em", "ie", "ego", "emu", "iej", "ej", "ą", "y",
              "ę", "u", "e", "om", "iem", "iego", "iemu", "im", "o", "i"),
    "cyrillic": ("а", "у", "ом", "е", "ым", "ой", "ого", "ому", "ы", "ою", "ой", "ую", "ем"),
    "greek": ("ου", "η", "ο", "α", "ι", "ε"),  # "ε": the vocative, "Κύριε Τσουκαλόπουλε"
    "arabic": (),
}
# Nominative endings put back on a stem (Greek "Παπαδόπουλου" -> "Παπαδόπουλος").
_NOMINATIVE = {"latin": ("", "a"), "cyrillic": ("",), "greek": ("", "οσ", "ησ", "ασ", "ισ"),
               "arabic": ("",)}
_MIN_STEM = 3


@dataclass
class Word:
    start: int
    end: int
    text: str
    initial: bool
    script: str
    after_break: bool  # first word of a sentence, line or quoted phrase
    gap_before: str  # the characters between the previous word and this one

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def upper(self) -> bool:
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)


def cut_words(text: str) -> list[Word]:
    out: list[Word] = []
    last_end = 0
    for m in _WORD.finditer(text):
        token = m.group(0)
        gap = text[last_end:m.start()]
        stripped = gap.strip(" \t\"'«»“”„‘’()[]")
        after_break = not out or bool(re.search(r"[.!?:;\n•]\s*$", gap)) \
            or stripped in ("-", "–", "—")
        if not out:
            after_break = True
        if m.group("init") is not None and not token[0].isupper():
            continue  # "o.o.", "z o.o.": an abbreviation, not an initial
        if m.group("init") is not None and re.search(r"\d[ -]?$", text[:m.start()]):
            continue  # "92 C.", "12 B.": a check or house letter, not an initial
        if "\n" in token:
            token = _LINE_HYPHEN.sub(
                lambda h: "" if h.string[h.end():h.end() + 1].islower() else "-", token)
        start = m.start()
        script = script_of(token)
        if script == "arabic" and (clitic := PROCLITIC.match(token)):
            start, token = start + clitic.end(), token[clitic.end():]
        elif script == "arabic" and (clitic := re.match(r"^[وف]?[بلك]ـ(?=\w{3})", token)):
            start, token = start + clitic.end(), token[clitic.end():]  # "لـبلمقدم"
        elif script == "arabic" and (clitic := re.match(r"^(?:[وف]|[وف]?[بل])ـ?", token)) \
                and len(token) - clitic.end() >= 3 and (
                    given_languages(fold(token[clitic.end():]))
                    or token[clitic.end():].startswith("عبد")) \
                and not given_languages(fold(token)):
            start, token = start + clitic.end(), token[clitic.end():]  # "ونبيل", "لـعبد"
        word = Word(start, m.end(), token, m.group("init") is not None, script,
                     after_break and stripped != ",", gap)
        out.append(word)
        last_end = m.end()
    return out


@functools.lru_cache(maxsize=1 << 16)
def stem_forms(word: str, script: str) -> tuple[str, ...]:
    base = fold(POSSESSIVE.sub("", word)) if script == "latin" else fold(word)
    forms = [base]
    for ending in _ENDINGS.get(script, ()):
        if base.endswith(ending) and len(base) - len(ending) >= _MIN_STEM:
            stem = base[: len(base) - len(ending)]
            forms += [stem + tail for tail in _NOMINATIVE.get(script, ("",))]
    if script == "latin":
        forms += polish_stems(base, forms)
    return tuple(dict.fromkeys(forms))


def polish_stems(base: str, forms: list[str]) -> list[str]:
    """Polish stems whose inflection moves a letter: a fleeting "e" (Szkudlarek,
    Szkudlarkowi; Konkel, Konkla) and "k" before "-ce" (Zinczenko, Zinczence), so a
    later mention in another case finds the name."""
    out = []
    if re.search(r"[^aeiouy]e[kl]$", base) and len(base) >= 5:
        out.append(base[:-2] + base[-1])
    out += [form[:-1] + "k" for form in forms[1:] if form.endswith("c") and len(form) >= 5]
    return out



def surname_shape(word: str, script: str) -> bool:
    pattern = _SURNAME_END.get(script)
    return bool(pattern and len(word) > 4 and pattern.search(fold(word)))


@dataclass(frozen=True)
class Weight:
    given: bool  # in a given-name list (of the text's language, or not a word of it)
    family: bool  # likewise for family names
    shape: bool  # a surname's ending
    common: bool  # a word of the text's language where its capital says nothing
    weak: bool  # a word of the language, but capitalised mid-sentence (a proper noun?)
    town: bool
    stop: bool

    @property
    def namey(self) -> bool:
        return self.given or self.family or self.shape


def covered_words(words: list[Word], hits: list[PersonHit]) -> set[int]:
    """Indexes of the words that start inside a hit (hits and words are both few per text,
    but a long narrative has thousands: bisect, not a scan per word)."""
    starts = [w.start for w in words]
    out: set[int] = set()
    for hit in hits:
        out.update(range(bisect.bisect_left(starts, hit.start),
                         bisect.bisect_left(starts, hit.end)))
    return out


def words_inside(starts: list[int], hit: PersonHit) -> list[int]:
    """Indexes of the words that start inside ``hit`` (``starts``: the words' starts)."""
    return list(range(bisect.bisect_left(starts, hit.start), bisect.bisect_left(starts, hit.end)))
