"""Values in the columns of a table whose header names them.

Police and bank material lists people in tables: "| № | ФИО | Дата рожд. | Паспорт |
ИНН | Адрес регистрации |", "Lp. | Nazwisko i imię | Data ur. | PESEL | Adres", a
tab between cells. A cell under "Дата рожд." is a date of birth, under "Паспорт" a
passport, whatever its shape. Rows are lines cut into cells by ``|`` or tabs; a table
is a header row that names at least one such column and the rows after it with as many
cells (a ruled line ``|---|---|`` between them is skipped). A cell is taken only when
its content fits its column's kind (a date's digits, a number, an address's number and
words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from liaison.analysis.redaction.common import Found

__all__ = ["find_name_cells", "find_table_cells"]

# Header words, per kind, in the partner languages; matched at the start of a cell.
_HEADERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"^(?:{words})(?![^\W\d_])", re.IGNORECASE)) for kind, words in (
        ("dob", r"geburtsdatum|geb\.(?:-?datum)?|geboren|date of birth|d\.?o\.?b\.?|"
                r"birth ?date|born|date de naissance|n[ée]\(?e?\)? le|fecha de nacimiento|"
                r"f\. ?nac\.?|fecha nac\.?|data urodzenia|data ur\.?|ur\.|"
                r"дата рожд(?:ения|\.)?|д\.р\.|г\.р\.|год рождения|"
                r"ημερομηνία γέννησης|ημ\.? ?γ[εέ]ννησης|η\.γ\.|"
                r"تاريخ الميلاد|تاريخ الولادة"),
        ("passport", r"passport(?: no\.?| number)?|reisepass|pass(?:-?nr\.?|nummer)?|"
                     r"passeport|pasaporte|paszport|паспорт|загранпаспорт|διαβατήριο|"
                     r"جواز السفر|رقم الجواز"),
        ("national_id", r"инн|снилс|иин|pesel|nip|α\.?φ\.?μ\.?|α\.?μ\.?κ\.?α\.?|α\.?δ\.?τ\.?|"
                        r"dni|nie|nif|nino|ni number|ppsn|ssn|nir|steuer-?id|"
                        r"sozialversicherungsnummer|sv-nr\.?|ahv-?nr\.?|personalausweis|"
                        r"national id|id no\.?|id number|n° ?(?:de )?s[ée]curit[ée] sociale|"
                        r"الرقم القومي|الرقم الوطني|رقم الهوية|رقم البطاقة"),
        ("phone", r"telefon(?:nummer)?|tel\.?|phone|mobile|handy|mobil|t[ée]l[ée]phone|"
                  r"t[ée]l\.|tel[ée]fono|m[óo]vil|telefon komórkowy|тел\.?|телефон|τηλ\.?|"
                  r"τηλέφωνο|هاتف|الهاتف|الجوال|رقم الهاتف"),
        ("address", r"adresse|anschrift|wohnanschrift|wohnort|address|adres|"
                    r"direcci[óo]n|domicilio|domicile|адрес(?: регистрации| проживания)?|"
                    r"место жительства|διε[υύ]θυνση|العنوان"),
    ))

# A column of persons' names: the full name or the family name (a given name alone is
# nobody's name on its own).
_NAME_HEADER = re.compile(
    r"^(?:name|full name|surname|family name|last name|nachname|familienname|"
    r"name,\s*vorname|nom(?: et pr[ée]nom)?|nom de famille|apellidos?|nombre y apellidos|"
    r"nazwisko(?: i imi[ęe])?|imi[ęe] i nazwisko|фио|ф\.\s?и\.\s?о\.|фамилия(?:,? имя)?|"
    r"επ[ωώ]νυμο|ονοματεπ[ωώ]νυμο|الاسم|الاسم الكامل|اسم)(?![^\W\d_])", re.IGNORECASE)
_RULE = re.compile(r"^[\s|:+=-]*$")
_DIGITS = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of one line ``text[start:end]`` (trimmed spans), or None if no table row."""
    line = text[start:end]
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None:
        return None
    cells = []
    pos = start
    for part in line.split(sep):
        lead = len(part) - len(part.lstrip())
        content = part.strip()
        cells.append((pos + lead, pos + lead + len(content)))
        pos += len(part) + 1
    # A row written "| a | b |" has empty cells at both ends.
    if sep == "|" and cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if sep == "|" and cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def _fits(kind: str, value: str) -> bool:
    digits = len(_DIGITS.findall(value))
    if kind == "dob":
        return 4 <= digits <= 8 and len(value) <= 24
    if kind in ("passport", "national_id"):
        return digits >= 5 and len(value) <= 32
    if kind == "phone":
        return 7 <= digits <= 15 and len(value) <= 24
    if kind == "address":
        return digits >= 1 and bool(_LETTERS.search(value)) and len(value) <= 160
    return False


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def find_table_cells(text: str) -> list[Found]:
    """Cells of the columns a table's header names (dates of birth, passports, national
    numbers, phones, addresses), as found values of those kinds."""
    out: list[Found] = []
    columns: list[str | None] | None = None
    width = 0
    for start, end in _lines(text):
        cells = _cells(text, start, end)
        if cells is None:
            columns = None
            continue
        if columns is not None and _RULE.match(text[start:end]):
            continue
        header = [_header_kind(text[s:e]) for s, e in cells]
        if any(header) and not any(_DIGITS.search(text[s:e]) for s, e in cells):
            columns, width = header, len(cells)
            continue
        if columns is None or len(cells) != width:
            continue
        for (s, e), kind in zip(cells, columns, strict=True):
            value = text[s:e]
            if kind and e > s and _fits(kind, value):
                key = "".join(ch for ch in value if ch.isalnum()).casefold()
                out.append(Found(s, e, kind, key, f"{kind}:table-column"))
    return out


def _header_kind(cell: str) -> str | None:
    """The kind a header cell names; its closing dot may be an abbreviation's ("geb.")."""
    for label in dict.fromkeys((cell.strip(" :"), cell.strip(" .:"))):
        kind = next((kind for kind, pattern in _HEADERS if pattern.match(label)), None)
        if kind:
            return kind
    return None


def find_name_cells(text: str) -> list[tuple[int, int]]:
    """Cells of a column whose header names persons ("Name", "ФИО", "ΕΠΩΝΥΜΟ", "الاسم"):
    letters only, a few words."""
    out: list[tuple[int, int]] = []
    column: list[bool] | None = None
    for start, end in _lines(text):
        cells = _cells(text, start, end)
        if cells is None:
            column = None
            continue
        if column is not None and _RULE.match(text[start:end]):
            continue
        names = [bool(_NAME_HEADER.match(text[s:e].strip(" .:"))) for s, e in cells]
        if any(names) and not any(_DIGITS.search(text[s:e]) for s, e in cells):
            column = names
            continue
        if column is None or len(cells) != len(column):
            continue
        for (s, e), named in zip(cells, column, strict=True):
            value = text[s:e]
            if named and e > s and not _DIGITS.search(value) and _LETTERS.search(value) \
                    and len(value.split()) <= 6:
                out.append((s, e))
    return out
