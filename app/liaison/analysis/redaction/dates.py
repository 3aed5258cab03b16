"""Calendar dates written in running text, in the languages partners write in.

Numeric dates are read day first (``05.03.1981``, ``5/3/1981``, ``1981-03-05``), as every
partner language does; month names are known in English, French, German, Spanish,
Polish, Russian, Bulgarian, Greek and Arabic (Moroccan and Middle-East month names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "januar", "jänner", "enero", "stycznia", "styczeń",
        "января", "январь", "януари", "ιανουαρίου", "ιανουάριος", "يناير", "كانون الثاني"),
    2: ("february", "feb", "février", "fevrier", "februar", "febrero", "lutego", "luty",
        "февраля", "февраль", "февруари", "φεβρουαρίου", "φεβρουάριος", "فبراير", "شباط"),
    3: ("march", "mar", "mars", "märz", "maerz", "marzo", "marca", "marzec", "марта", "март",
        "μαρτίου", "μάρτιος", "مارس", "آذار"),
    4: ("april", "apr", "avril", "abril", "kwietnia", "kwiecień", "апреля", "апрель", "април",
        "απριλίου", "απρίλιος", "أبريل", "ابريل", "نيسان"),
    5: ("may", "mai", "mayo", "maja", "maj", "мая", "май", "μαΐου", "μαίου", "μάιος", "ماي",
        "مايو", "أيار"),
    6: ("june", "jun", "juin", "juni", "junio", "czerwca", "czerwiec", "июня", "июнь", "юни",
        "ιουνίου", "ιούνιος", "يونيو", "يونيه", "حزيران"),
    7: ("july", "jul", "juillet", "juli", "julio", "lipca", "lipiec", "июля", "июль", "юли",
        "ιουλίου", "ιούλιος", "يوليوز", "يوليو", "تموز"),
    8: ("august", "aug", "août", "aout", "agosto", "sierpnia", "sierpień", "августа", "август",
        "αυγούστου", "αύγουστος", "غشت", "أغسطس", "آب"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "września",
        "wrzesień", "сентября", "сентябрь", "септември", "σεπτεμβρίου", "σεπτέμβριος",
        "شتنبر", "سبتمبر", "أيلول"),
    10: ("october", "oct", "octobre", "oktober", "octubre", "października", "październik",
         "октября", "октябрь", "октомври", "οκτωβρίου", "οκτώβριος", "أكتوبر", "اكتوبر",
         "تشرين الأول"),
    11: ("november", "nov", "novembre", "noviembre", "listopada", "listopad", "ноября",
         "ноябрь", "ноември", "νοεμβρίου", "νοέμβριος", "نونبر", "نوفمبر", "تشرين الثاني"),
    12: ("december", "dec", "décembre", "decembre", "dezember", "diciembre", "grudnia",
         "grudzień", "декабря", "декабрь", "декември", "δεκεμβρίου", "δεκέμβριος", "دجنبر",
         "ديسمبر", "كانون الأول"),
}
_MONTH_OF = {name: number for number, names in _MONTHS.items() for name in names}
_MONTH_WORDS = "|".join(sorted((re.escape(n) for n in _MONTH_OF), key=len, reverse=True))

_NUMERIC = re.compile(r"(?<![\d.\-/])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])")
_ISO = re.compile(r"(?<![\d\-])(\d{4})-(\d{2})-(\d{2})(?![\d])")
# "5 March 1981", "5. März 1981", "5 de marzo de 1981", "5 марта 1981 г."
_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+(?:de\s+)?({_MONTH_WORDS})\.?\s+(?:de\s+)?"
                        rf"(\d{{4}})(?!\d)", re.IGNORECASE)
# "March 5, 1981"
_MONTH_DAY = re.compile(rf"(?<![^\W\d_])({_MONTH_WORDS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)",
                        re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date ``[start, end)`` in a text and the day it names (ISO)."""

    start: int
    end: int
    iso: str


def _iso(year: str, month: int | str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """Every calendar date in ``text`` that names a real day, without overlaps."""
    found: list[DateMention] = []
    for m in _NUMERIC.finditer(text):
        iso = _iso(m.group(4), m.group(3), m.group(1))
        if iso:
            found.append(DateMention(m.start(), m.end(), iso))
    for m in _ISO.finditer(text):
        iso = _iso(m.group(1), m.group(2), m.group(3))
        if iso:
            found.append(DateMention(m.start(), m.end(), iso))
    for m in _DAY_MONTH.finditer(text):
        iso = _iso(m.group(3), _MONTH_OF.get(m.group(2).lower(), 0), m.group(1))
        if iso:
            found.append(DateMention(m.start(), m.end(), iso))
    for m in _MONTH_DAY.finditer(text):
        iso = _iso(m.group(3), _MONTH_OF.get(m.group(1).lower(), 0), m.group(2))
        if iso:
            found.append(DateMention(m.start(), m.end(), iso))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for mention in found:
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out


def date_spellings(iso: str) -> set[str]:
    """The usual numeric spellings of a day: ISO, dotted, slashed, digits only."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return {iso}
    d, m, y = f"{day.day:02d}", f"{day.month:02d}", str(day.year)
    return {iso, f"{d}.{m}.{y}", f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{day.day}.{day.month}.{y}",
            f"{day.day}/{day.month}/{y}", f"{y}{m}{d}", f"{d}{m}{y}"}
