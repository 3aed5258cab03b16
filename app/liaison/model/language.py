"""The language a record is written in: a stated one normalised, else detected from its text.

Codes are ISO 639-1 (``de``, ``ar``), or ISO 639-3 for a language that has no two-letter
code. :func:`normalise` reads what a file states (``en``, ``en-GB``, ``deu``, ``ger``,
``German``); :func:`detect` guesses from the text, offline, and says None rather than
guess when the text is too short or the model is unsure: a wrong language would mislead
the redaction detectors and the ``lang:`` search more than no language at all.

Detection is py3langid's naive Bayes model over byte n-grams (BSD-3-Clause; the 4.5 MB
model ships inside the package, nothing is downloaded). It is loaded on first use (about
a second, some 90 MB) and chooses among :data:`LANGUAGES`, the languages partners write:
restricting it keeps dialects and neighbours it also knows (Aragonese, Galician,
Extremaduran for Spanish titles) from winning short texts. ``tests/benchmarks/
bench_language.py`` measures it: on the labelled set of tests/data/language it answers 89
of 92 texts and every answer is right; lingua-language-detector, the other candidate, was
no more accurate there and three to four times slower (and, in its high-accuracy mode,
takes about 1 GB).
"""

from __future__ import annotations

import functools
import re
import threading
from itertools import islice
from typing import Any

# What detection chooses among: the languages of the EU and its neighbours, of the Middle
# East and North Africa, and the world's largest others. py3langid's codes (its Arabic
# dialects fold into Arabic).
LANGUAGES = (
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "hu",
    "ro", "bg", "el", "ru", "uk", "be", "lt", "lv", "et", "fi", "sv", "da", "no", "nn", "is",
    "ga", "mt", "sq", "mk", "lb", "ca", "eu", "tr", "ar", "ary", "arz", "fa", "he", "ku",
    "az", "ka", "hy", "ps", "ur", "hi", "bn", "pa", "zh", "ja", "ko", "vi", "th", "id", "ms",
    "sw", "so", "am",
)
_FOLD = {"ary": "ar", "arz": "ar"}
# Names pycountry lacks (its Greek is "Modern Greek (1453-)"), and partners' own names for
# their languages, as a CSV column or a search may write them.
_NAMES = {
    "greek": "el", "farsi": "fa", "castilian": "es", "flemish": "nl", "moldovan": "ro",
    "english": "en", "français": "fr", "francais": "fr", "deutsch": "de", "español": "es",
    "espanol": "es", "italiano": "it", "português": "pt", "portugues": "pt",
    "nederlands": "nl", "polski": "pl", "русский": "ru", "ελληνικά": "el", "ellinika": "el",
    "العربية": "ar", "български": "bg", "українська": "uk", "türkçe": "tr", "turkce": "tr",
    "română": "ro", "romana": "ro", "magyar": "hu", "čeština": "cs", "cestina": "cs",
    "svenska": "sv", "hrvatski": "hr", "srpski": "sr", "српски": "sr", "shqip": "sq",
}
# ISO 639 codes that name no language: undetermined, multiple, none, uncoded.
_NOT_A_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})
# Fewer letters than this is a name, a reference or a number, not a sentence.
MIN_LETTERS = 12
# Below this probability (normalised over LANGUAGES) the answer is no answer.
MIN_CONFIDENCE = 0.6
# The title and the narrative's start decide: a report does not change language half-way,
# and the model walks every byte in Python, so the text read is what an import pays for
# (about 0.2 ms a record at this length; tests/benchmarks/bench_language.py).
MAX_CHARS = 240
_LETTER = re.compile(r"[^\W\d_]")

_lock = threading.Lock()
_model: Any = None


def _identifier() -> Any:
    global _model
    with _lock:
        if _model is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            model.set_languages(list(LANGUAGES))
            _model = model
    return _model


def detect(text: str) -> str | None:
    """The language ``text`` is written in, or None when too short or unsure."""
    text = text[:MAX_CHARS]
    if sum(1 for _ in islice(_LETTER.finditer(text), MIN_LETTERS)) < MIN_LETTERS:
        return None
    scores: dict[str, float] = {}
    for code, probability in _identifier().rank(text)[:4]:
        code = _FOLD.get(code, code)
        scores[code] = scores.get(code, 0.0) + float(probability)
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= MIN_CONFIDENCE else None


def detect_record(title: str, narrative: str) -> str | None:
    """A record's language from its title and narrative (see :func:`detect`)."""
    return detect(f"{title}\n{narrative}" if narrative else title)


@functools.lru_cache(maxsize=512)
def normalise(value: str | None) -> str | None:
    """A stated language as ISO 639-1 (639-3 where there is no two-letter code), or None.

    Reads codes of two or three letters (``de``, ``deu``, ``ger``), language tags by their
    first part (``pt-BR``, ``zh_Hans``), English names (``German``) and the partner
    languages' own (``Deutsch``, ``ελληνικά``)."""
    text = (value or "").strip().lower()
    if not text or len(text) > 64:
        return None
    head = text.replace("_", "-").split("-", 1)[0].strip()
    if text in _NAMES:
        return _NAMES[text]
    language = _by_code(head) if head.isascii() and head.isalpha() else None
    if language is None and len(text) > 3:
        import pycountry

        try:  # a name; codes are looked up above, as lookup() also matches names ("En")
            language = pycountry.languages.lookup(text)
        except LookupError:
            return None
    if language is None:
        return None
    code = getattr(language, "alpha_2", None) or language.alpha_3
    return None if code in _NOT_A_LANGUAGE else code


def _by_code(code: str) -> Any:
    import pycountry  # 0.1 s to import (importlib.metadata): only when first needed

    if len(code) == 2:
        return pycountry.languages.get(alpha_2=code)
    if len(code) == 3:
        return (pycountry.languages.get(alpha_3=code)
                or pycountry.languages.get(bibliographic=code))
    return None
