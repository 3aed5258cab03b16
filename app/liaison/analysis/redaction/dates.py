"""Calendar dates written in running text, in the languages partners write in.

Numeric dates are read day first (``05.03.1981``, ``5/3/1981``), as every partner language
does, or year first (``1981-03-05``, ``1981/03/05``); a date only a month-first reading
makes real (``11/25/1984``) is read so, and an ambiguous one carries its month-first
reading too (:attr:`DateMention.alt`), for American texts. Month names are known in
English, French, German, Spanish, Polish, Russian, Bulgarian, Greek (with or without
accents) and Arabic (Moroccan and Middle-East month names), abbreviated too, and Roman
month numerals (``5.III.1981``). Two-digit years (``3.4.81``) are read only on request,
after a birth word. Arabic-Indic and Persian digits are read as digits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from liaison.analysis.redaction.common import fold_text


def _plain(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(ch))


_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janv", "jän", "ene", "sty", "янв", "ιαν", "january", "jan", "janvier", "januar",
        "jänner", "enero", "stycznia", "styczeń", "января", "январь", "януари", "ιανουαρίου",
        "ιανουάριος", "يناير", "كانون الثاني"),
    2: ("févr", "fév", "fevr", "lut", "фев", "φεβ", "february", "feb", "février", "fevrier",
        "februar", "febrero", "lutego", "luty", "февраля", "февраль", "февруари", "φεβρουαρίου",
        "φεβρουάριος", "فبراير", "شباط"),
    3: ("mär", "mrz", "мар", "μαρ", "march", "mar", "mars", "märz", "maerz", "marzo", "marca",
        "marzec", "марта", "март", "μαρτίου", "μάρτιος", "مارس", "آذار"),
    4: ("avr", "abr", "kwi", "апр", "απρ", "april", "apr", "avril", "abril", "kwietnia",
        "kwiecień", "апреля", "апрель", "април", "απριλίου", "απρίλιος", "أبريل", "ابريل",
        "نيسان"),
    5: ("μαΐ", "μάι", "may", "mai", "mayo", "maja", "maj", "мая", "май", "μαΐου", "μαίου",
        "μάιος", "ماي", "مايو", "أيار"),
    6: ("juin", "cze", "июн", "ιουν", "june", "jun", "juni", "junio", "czerwca", "czerwiec",
        "июня", "июнь", "юни", "ιουνίου", "ιούνιος", "يونيو", "يونيه", "حزيران"),
    7: ("juil", "lip", "июл", "ιουλ", "july", "jul", "juillet", "juli", "julio", "lipca",
        "lipiec", "июля", "июль", "юли", "ιουλίου", "ιούλιος", "يوليوز", "يوليو", "تموز"),
    8: ("ago", "sie", "авг", "αυγ", "august", "aug", "août", "aout", "agosto", "sierpnia",
        "sierpień", "августа", "август", "αυγούστου", "αύγουστος", "غشت", "أغسطس", "آب"),
    9: ("set", "wrz", "сен", "сент", "σεπ", "september", "sep", "sept", "septembre", "septiembre",
        "setiembre", "września", "wrzesień", "сентября", "сентябрь", "септември", "σεπτεμβρίου",
        "σεπτέμβριος", "شتنبر", "سبتمبر", "أيلول"),
    10: ("okt", "paź", "окт", "οκτ", "october", "oct", "octobre", "oktober", "octubre",
         "października", "październik", "октября", "октябрь", "октомври", "οκτωβρίου",
         "οκτώβριος", "أكتوبر", "اكتوبر", "تشرين الأول"),
    11: ("lis", "ноя", "νοε", "november", "nov", "novembre", "noviembre", "listopada", "listopad",
         "ноября", "ноябрь", "ноември", "νοεμβρίου", "νοέμβριος", "نونبر", "نوفمبر",
         "تشرين الثاني"),
    12: ("déc", "dez", "dic", "gru", "дек", "δεκ", "december", "dec", "décembre", "decembre",
         "dezember", "diciembre", "grudnia", "grudzień", "декабря", "декабрь", "декември",
         "δεκεμβρίου", "δεκέμβριος", "دجنبر", "ديسمبر", "كانون الأول"),
}
_MONTH_OF = {name: number for number, names in _MONTHS.items() for name in names}
# Greek written in capitals drops its accents: "ΜΑΡΤΙΟΥ" is "μαρτίου".
_MONTH_OF |= {_plain(name): number for name, number in list(_MONTH_OF.items())}
_MONTH_WORDS = "|".join(sorted((re.escape(n) for n in _MONTH_OF), key=len, reverse=True))
# Every month name known, for detectors that must not take "Μαρτίου" for a name.
MONTH_NAMES = frozenset(_MONTH_OF)
# A month and a year alone: "March 1981", "janvier 1981" (a birth month, after a birth word).
MONTH_YEAR = re.compile(rf"({_MONTH_WORDS})\.?\s+((?:19|20)\d{{2}})(?!\d)", re.IGNORECASE)


def month_number(name: str) -> int:
    """The month a month name names (0 if none)."""
    name = name.lower()
    return _MONTH_OF.get(name) or _MONTH_OF.get(_plain(name), 0)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}

_NUMERIC = re.compile(r"(?<![\d.\-/])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])")
_SHORT = re.compile(r"(?<![\d.\-/])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d./\-])")
_ISO = re.compile(r"(?<![\d\-./])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])")
# A day's ordinal ending and what may come between day, month and year.
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|re|e|º|ª|o|η|ης|ου|-?го|-?е)?\.?"
_OF = r"(?:\s*[,،]?\s+|\s*[-/.]\s*|\s+(?:de|del|of|من|سنة)\s+)"
# "5 March 1981", "5. März 1981", "5 de marzo de 1981", "5th of March, 1981", "05MAR1981"
_DAY_MONTH = re.compile(rf"(?<![\d\w]){_DAY}(?:{_OF}|(?=[^\W\d_]))({_MONTH_WORDS})\.?"
                        rf"(?:,?{_OF}|(?<=[^\W\d_])(?=\d))(\d{{4}})(?!\d)", re.IGNORECASE)
# "March 5, 1981", "March 5th 1981"
_MONTH_DAY = re.compile(rf"(?<![^\W\d_])({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?"
                        rf"\s+(\d{{4}})(?!\d)", re.IGNORECASE)
# A passport's data page names the month in two languages: "14 AUG /AOUT 86",
# "02 MAR/MARS 1981" (a two-digit year only where short years are read).
# The second name may be of a language without a list here ("21 FEB/FEABH 1993", Irish).
_BILINGUAL = re.compile(rf"(?<![\d\w])(\d{{1,2}})\s+({_MONTH_WORDS})\.?\s*/\s*"
                        rf"(?:{_MONTH_WORDS}|[^\W\d_]{{2,8}})\.?\s+(\d{{4}}|\d{{2}})(?![\d\w])",
                        re.IGNORECASE)
# Read only where short years are (after a birth word): "DOB 12MAR85", "17 08 1992".
_COMPACT_SHORT = re.compile(rf"(?<![\d\w])(\d{{2}})({_MONTH_WORDS})(\d{{2}})(?![\d\w])",
                            re.IGNORECASE)
_SPACED = re.compile(r"(?<![\d.\-/])(\d{1,2})( )(\d{1,2}) (\d{4})(?![\d])")
# "5.III.1981", "5 III 1981"
_ROMAN_DATE = re.compile(r"(?<![\d\w])(\d{1,2})[.\s/-]\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
                         r"[.\s/-]\s?(\d{4})(?!\d)")


@dataclass(frozen=True)
class DateMention:
    """A date ``[start, end)`` in a text and the day it names (ISO); ``alt`` is the
    month-first reading of an ambiguous numeric date (``04/05/1981``), if any."""

    start: int
    end: int
    iso: str
    alt: str | None = None


def _iso(year: str | int, month: int | str, day: str | int) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _century(short: str) -> int:
    # A two-digit year after a birth word is in the past: "81" is 1981, "05" 2005.
    year = int(short)
    return 2000 + year if year <= date.today().year % 100 else 1900 + year


def _numeric(m: re.Match[str], year: int | str) -> DateMention | None:
    day_first = _iso(year, m.group(3), m.group(1))
    month_first = _iso(year, m.group(1), m.group(3))
    if day_first:
        alt = month_first if month_first != day_first else None
        return DateMention(m.start(), m.end(), day_first, alt)
    return DateMention(m.start(), m.end(), month_first) if month_first else None


def _named(m: re.Match[str], day: int, month: int, year: int) -> DateMention | None:
    name = m.group(month).lower()
    iso = _iso(m.group(year), _MONTH_OF.get(name) or _MONTH_OF.get(_plain(name), 0),
               m.group(day))
    return DateMention(m.start(), m.end(), iso) if iso else None


def _mentions(text: str, short_years: bool) -> Iterator[DateMention | None]:
    for m in _NUMERIC.finditer(text):
        yield _numeric(m, m.group(4))
    if short_years:
        for m in _SHORT.finditer(text):
            yield _numeric(m, _century(m.group(4)))
        for m in _SPACED.finditer(text):
            yield _numeric(m, m.group(4))
        for m in _COMPACT_SHORT.finditer(text):
            name = m.group(2).lower()
            iso = _iso(_century(m.group(3)),
                       _MONTH_OF.get(name) or _MONTH_OF.get(_plain(name), 0), m.group(1))
            yield DateMention(m.start(), m.end(), iso) if iso else None
    for m in _ISO.finditer(text):
        iso = _iso(m.group(1), m.group(3), m.group(4))
        yield DateMention(m.start(), m.end(), iso) if iso else None
    for m in _DAY_MONTH.finditer(text):
        yield _named(m, 1, 2, 3)
    for m in _BILINGUAL.finditer(text):
        year = m.group(3)
        if len(year) == 4 or short_years:
            name = m.group(2).lower()
            month = _MONTH_OF.get(name) or _MONTH_OF.get(_plain(name), 0)
            iso = _iso(year if len(year) == 4 else _century(year), month, m.group(1))
            yield DateMention(m.start(), m.end(), iso) if iso else None
    for m in _MONTH_DAY.finditer(text):
        yield _named(m, 2, 1, 3)
    for m in _ROMAN_DATE.finditer(text):
        iso = _iso(m.group(3), _ROMAN[m.group(2)], m.group(1))
        yield DateMention(m.start(), m.end(), iso) if iso else None


def find_dates(text: str, short_years: bool = False) -> list[DateMention]:
    """Every calendar date in ``text`` that names a real day, without overlaps; with
    ``short_years``, two-digit years too (read as past years)."""
    found = [d for d in _mentions(fold_text(text), short_years) if d is not None]
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for mention in found:
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out
