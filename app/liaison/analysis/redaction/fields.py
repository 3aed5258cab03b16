"""Names in the fields of a form: the value after a surname, given-name or full-name label.

A hotel's registration card, a passport's data page typed out, a court's list of the
accused: "Фамилия АБДУЛЛАЕВ  Имя МАГОМЕД  Отчество ШАМИЛЕВИЧ", "Surname/Nom (1)" with
the name on the next line, "Επώνυμο: DEMIR   Όνομα: Burak", "الاسم الكامل: ...". What
stands in such a field is a person's name whatever its words are: a given name that is
also a word, a foreign name no list knows, a name in capitals. A field is a label at
the start of a line or after a wide gap, in one language or two ("Name / Surname"),
with an optional field number and colon; its value runs to the end of the line, a wide
gap, a tab or a bar, and must look like a name (letters, no digits, at most six words,
no company form). A label ending its line takes the next line as its value.

The fields of a parent's name ("Όνομα πατρός", "Father's name") are not the holder's
and are not read here.
"""

from __future__ import annotations

import re

from liaison.analysis.redaction.names import LEGAL_FORMS

# Labels of a person's own name fields, by language; matched whole, in any case.
_LABEL_WORDS = (
    # English
    r"surname|family name|last name|given names?|forenames?|first names?|full name|"
    r"name in full|maiden name|names?|"
    # French
    r"nom(?: de famille| d'usage| de naissance)?|pr[ée]noms?|nom et pr[ée]noms?|"
    r"nom,? pr[ée]noms?|"
    # German
    r"nachname|familienname|vornamen?|geburtsname|name,? vorname|"
    # Spanish
    r"apellidos?|nombres?(?: y apellidos)?|primer apellido|segundo apellido|"
    # Polish
    r"nazwisko(?: rodowe)?|imi[ęe](?: i nazwisko)?|imiona|nazwisko i imi[ęe]|"
    # Russian
    r"фамилия(?:,? имя(?:,? отчество)?)?|имя|отчество|ф\.\s?и\.\s?о\.?|фио|"
    # Greek
    r"επ[ωώ]νυμο|[όο]νομα|ονοματεπ[ωώ]νυμο|"
    # Arabic
    r"الاسم(?: الكامل| الأول| الثلاثي| الرباعي)?|اسم العائلة|اللقب|الاسم واللقب"
)
_LABEL = rf"(?:{_LABEL_WORDS})(?![^\W\d_])"
# "Surname/Nom (1)", "Name / Surname", "Vornamen / Given names": one label or two, a
# field number, a colon.
_FIELD = re.compile(
    rf"(?:^|(?<=\n)|(?<=[ \t]{{2}})|(?<=\t)|(?<=\|))[ \t]*"
    rf"(?P<label>{_LABEL}(?:[ \t]*/[ \t]*{_LABEL})?)"
    rf"(?:[ \t]*\(\d{{1,2}}\))?[ \t]*(?P<colon>:)?[ \t]*",
    re.IGNORECASE)
# Words that follow a name label without making it the holder's field.
_NOT_HOLDER = re.compile(
    r"[ \t]+(?:of|des|der|de|del|ojca|matki|отца|матери|πατρ[όο]ς|μητρ[όο]ς|الأب|الأم)"
    r"(?![^\W\d_])", re.IGNORECASE)
_NAME_WORD = r"[^\W\d_][^\W\d_'’.\-]*"
_VALUE = re.compile(rf"{_NAME_WORD}(?:(?:,? |<|-){_NAME_WORD}){{0,5}},?")
# Where a field's value ends: a wide gap, a tab, a bar, the line's end.
_VALUE_END = re.compile(r"[ \t]{2,}|\t|\||\n|$")


# Before a married name: "ép. MARCHAND", "épouse", "veuve", "geb." (born) stay out.
_VALUE_LEAD = re.compile(r"(?:ép\.|épouse|veuve|vve|geb\.|née?|verh\.)[ \t]+", re.IGNORECASE)


def _values(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name-like values in ``text[start:end]``: one, or a name written in two
    scripts ("ЗАЙЦЕВА / ZAITCEVA", each its own span)."""
    stop = _VALUE_END.search(text, start, end)
    limit = stop.start() if stop else end
    cut = text.find("/", start, limit)
    if cut > start:
        left = text[start:cut].rstrip(" \t")
        right = cut + 1
        while right < limit and text[right] in " \t":
            right += 1
        first, second = _value(text, start, start + len(left)), _value(text, right, limit)
        if first and second:
            return [first, second]
    one = _value(text, start, end)
    return [one] if one else []


def _value(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name-like value in ``text[start:end]`` (one line or cell), or None."""
    stop = _VALUE_END.search(text, start, end)
    limit = stop.start() if stop else end
    lead = _VALUE_LEAD.match(text, start, limit)
    if lead:
        start = lead.end()
    m = _VALUE.match(text, start, limit)
    if m is None or m.end() < limit:
        return None  # digits, a date, something else after the name: no name field
    value = m.group(0).rstrip(",")
    words = [w.strip(".").casefold() for w in re.split(r"[ ,<]+", value) if w]
    if any(w in LEGAL_FORMS for w in words) or len(value) < 2:
        return None
    return m.start(), m.start() + len(value)


def find_name_fields(text: str) -> list[tuple[int, int]]:
    """Spans of the values of a person's name fields in ``text``."""
    out: list[tuple[int, int]] = []
    for m in _FIELD.finditer(text):
        if _NOT_HOLDER.match(text, m.end("label")):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        bare = m.group("colon") is None
        # "Name Max Mustermann" without a colon: only at a line's start, and only where
        # the label is the line's first word (so "the name Hassan" in a sentence is not).
        if bare and m.start("label") > 0 and text[m.start("label") - 1] not in "\n\t |":
            continue
        if text[m.end():line_end].strip() == "":
            # The label ends its line: the value is the next line, whole.
            start = line_end + 1
            next_end = text.find("\n", start)
            next_end = len(text) if next_end < 0 else next_end
            while start < next_end and text[start] in " \t":
                start += 1
            spans = _values(text, start, next_end) if start < next_end else []
            if spans and not _FIELD.match(text, start):
                out.extend(spans)
            continue
        for span in _values(text, m.end(), line_end):
            if bare and not _capitalised(text[span[0]:span[1]]):
                continue
            if _FIELD.fullmatch(text, span[0], span[1]):
                continue  # a label after a label: "Name: Vorname:"
            out.append(span)
    return out


def _capitalised(value: str) -> bool:
    words = [w for w in re.split(r"[ ,<-]+", value) if w]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)
