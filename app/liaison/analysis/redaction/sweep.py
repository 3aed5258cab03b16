"""The sweep: once a value is redacted anywhere in an export, find it again everywhere,
in every spelling the engine knows, so no redacted value leaves through another text.

* identifiers by their letters and digits alone: a phone as ``+49 151 2345 6789``,
  ``0151/23456789`` or ``004915123456789``; an IBAN grouped or not, in any case;
* names and hand-marked text by their ASCII-folded words: once ``Петров`` is redacted,
  ``Petrov`` and ``PETROV`` go too;
* a bank account by its IBAN and by the domestic number inside it (a Polish NRB, a
  Spanish CCC, a French RIB are the IBAN's digits after its country code or check);
* a number plate by its letters and digits, in Latin, Cyrillic or Greek letters alike;
* an address by its words and numbers, whatever the punctuation between them;
* birth dates by the day they name, however written; e-mails, IPs and wallets literally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from liaison.analysis.redaction.addresses import find_addresses
from liaison.analysis.redaction.apply import Span
from liaison.analysis.redaction.dates import find_dates
from liaison.analysis.redaction.names import name_tokens, word_spans
from liaison.model.names import name_key

# A token of letters/digits; tokens separated by at most two of these form one run.
_RUN = re.compile(r"[^\W_](?:[\s.\-/()]{0,2}[^\W_])*")
# Between two words of one name: spaces, a comma, a hyphen, a dot.
_GAP = re.compile(r"[\s,.\-‐]{1,3}")
_MIN_COMPACT = 5
_MIN_FOLDED = 3


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).upper()


def _fold(word: str) -> str:
    return name_key(word).replace(" ", "")


# Latin letters and the Cyrillic and Greek ones a plate may be written with instead.
_TO_CYRILLIC = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")
_TO_GREEK = str.maketrans("ABEZHIKMNOPTYX", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")


def account_spellings(key: str, raw: str) -> set[str]:
    """An account as its IBAN, as written, and as the domestic number inside the IBAN."""
    out = {_compact(key), _compact(raw)}
    if key[:2].isalpha() and key[2:4].isdigit():
        out |= {key[2:], key[4:]}
    return {s for s in out if len(s) >= 10}


def plate_spellings(key: str, raw: str) -> set[str]:
    """A plate's letters and digits, in Latin and in the look-alike Cyrillic and Greek."""
    return {_compact(raw), key, key.translate(_TO_CYRILLIC), key.translate(_TO_GREEK)}


def phone_spellings(e164: str) -> set[str]:
    """Digit strings a phone is written as: with country code, 00-prefixed, national."""
    digits = e164.lstrip("+")
    out = {digits, "00" + digits}
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return out
    national = _compact(phonenumbers.format_number(number,
                                                   phonenumbers.PhoneNumberFormat.NATIONAL))
    nsn = phonenumbers.national_significant_number(number)
    out |= {national, nsn} if len(nsn) >= 7 else {national}
    return {s for s in out if len(s) >= 6}


@dataclass(frozen=True)
class _Words:
    folded: tuple[str, ...]
    kind: str
    subject: str


class Sweep:
    """Every spelling of the values redacted so far, to find them again in any text."""

    def __init__(self) -> None:
        self._compact: dict[str, tuple[str, str]] = {}  # compact alnum -> (kind, subject)
        self._lengths: set[int] = set()
        self._dates: dict[str, str] = {}  # ISO -> subject
        self._addresses: dict[str, str] = {}  # address key -> subject
        self._words: dict[str, list[_Words]] = {}  # first folded word -> candidates
        self._literals: dict[str, tuple[str, str]] = {}  # casefolded text -> (kind, subject)
        self._pattern: re.Pattern[str] | None = None

    def add(self, kind: str, subject: str, key: str, raw: str) -> None:
        """Remember a redacted value: its comparable ``key`` and the ``raw`` text seen."""
        if kind in ("person", "organization", "manual"):
            self._add_words(kind, subject, raw)
            return
        compacts: set[str] = set()
        if kind == "phone":
            compacts = phone_spellings(key)
        elif kind in ("iban", "account"):
            compacts = account_spellings(key, raw)
        elif kind == "plate":
            compacts = plate_spellings(key, raw)
        elif kind in ("national_id", "passport", "crypto"):
            compacts = {_compact(key), _compact(raw)}
        elif kind == "dob":
            self._dates[key] = subject
        elif kind == "address":
            self._addresses.setdefault(key, subject)
        if kind in ("email", "ip", "crypto", "dob", "address"):
            for literal in {" ".join(raw.split()).casefold(), key.casefold()}:
                if len(literal) >= 3:
                    self._literals.setdefault(literal, (kind, subject))
                    self._pattern = None
        for compact in compacts:
            if len(compact) >= _MIN_COMPACT:
                self._compact.setdefault(compact, (kind, subject))
                self._lengths.add(len(compact))

    def _add_words(self, kind: str, subject: str, raw: str) -> None:
        words = tuple(f for f in (_fold(w) for w in name_tokens(raw)) if f)
        if words and len("".join(words)) >= _MIN_FOLDED:
            candidates = self._words.setdefault(words[0], [])
            if all(c.folded != words for c in candidates):
                candidates.append(_Words(words, kind, subject))
                candidates.sort(key=lambda c: -len(c.folded))

    def find(self, text: str) -> list[Span]:
        """Spans of ``text`` holding a remembered value, in any spacing, case or script."""
        found = self._find_compact(text) + self._find_words(text)
        for mention in find_dates(text) if self._dates else ():
            subject = self._dates.get(mention.iso) or self._dates.get(mention.alt or "")
            if subject is not None:
                found.append(Span(mention.start, mention.end, "dob", subject))
        for address in find_addresses(text) if self._addresses else ():
            subject = self._addresses.get(address.key)
            if subject is not None:
                found.append(Span(address.start, address.end, "address", subject))
        if self._literals:
            if self._pattern is None:
                alternatives = sorted(self._literals, key=len, reverse=True)
                self._pattern = re.compile("|".join(
                    r"\s+".join(re.escape(part) for part in lit.split(" "))
                    for lit in alternatives), re.IGNORECASE)
            for m in self._pattern.finditer(text):
                hit = self._literals.get(" ".join(m.group(0).split()).casefold())
                if hit is not None:
                    found.append(Span(m.start(), m.end(), *hit))
        return found

    def _find_words(self, text: str) -> list[Span]:
        if not self._words:
            return []
        words = word_spans(text)
        folded = [_fold(w.group(0)) for w in words]
        found = []
        for i, first in enumerate(folded):
            for candidate in self._words.get(first, ()):
                size = len(candidate.folded)
                if tuple(folded[i:i + size]) == candidate.folded and all(
                        _GAP.fullmatch(text[words[j].end():words[j + 1].start()])
                        for j in range(i, i + size - 1)):
                    found.append(Span(words[i].start(), words[i + size - 1].end(),
                                      candidate.kind, candidate.subject))
                    break
        return found

    def _find_compact(self, text: str) -> list[Span]:
        if not self._compact:
            return []
        found = []
        lengths = sorted(self._lengths, reverse=True)
        for run in _RUN.finditer(text):
            chars = [(i, ch) for i, ch in enumerate(run.group(0), run.start()) if ch.isalnum()]
            compact = "".join(ch for _, ch in chars).upper()
            # A value must start and end on token edges: "TAB 123" does not hold "AB123".
            starts = {k for k, (i, _) in enumerate(chars) if i == 0 or not text[i - 1].isalnum()}
            ends = {k for k, (i, _) in enumerate(chars)
                    if i + 1 >= len(text) or not text[i + 1].isalnum()}
            for k in sorted(starts):
                for length in lengths:
                    last = k + length - 1
                    if last in ends and compact[k:k + length] in self._compact:
                        kind, subject = self._compact[compact[k:k + length]]
                        start, end = chars[k][0], chars[last][0] + 1
                        if kind == "phone" and start > 0 and text[start - 1] == "+":
                            start -= 1
                        found.append(Span(start, end, kind, subject))
                        break
        return found
