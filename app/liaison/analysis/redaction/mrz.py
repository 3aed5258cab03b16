"""Machine-readable zones (ICAO Doc 9303) in scanned or typed-out travel documents.

A passport page or an identity card scanned and OCR'd ends in two or three lines of
capitals, digits and ``<``: the holder's names, the document number, the birth date,
often a personal number. No word detector reads them (``WHITLOCK<FAIRBAIRN<<IMOGEN``
is no name to a name finder, ``8608147`` no date to a date finder), yet they repeat
everything the page says. The layouts are fixed, so the fields are read by position:

* TD3 (passports): two lines of 44; TD2: two lines of 36. Line 1: document code (2),
  issuing state (3), names. Line 2: number (9), check digit, nationality (3), birth
  date (YYMMDD), check, sex, expiry, check, optional data (a personal number), checks.
* TD1 (identity cards): three lines of 30. Line 1: code (2), state (3), number (9),
  check, optional data; line 2: birth date, check, sex, expiry, check, nationality,
  optional data, check; line 3: names.

A block is taken on its shape (line lengths, the character set, a document code, six
digits where the birth date stands); check digits are not required, since OCR breaks
them more often than it breaks the layout, and a redaction errs on the side of
masking. Letters OCR reads for digits in numeric fields (``O`` for ``0``) are folded
for the comparable keys only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.analysis.redaction.common import Found

_LINE = re.compile(r"^[ \t]*([A-Z0-9<]{28,46})[ \t]*$", re.MULTILINE)
_DIGITISH = str.maketrans("OQDIL", "00011")
_DATE = re.compile(r"[0-9OQDIL]{6}")


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the line's first character in the text
    text: str


def _lines(text: str) -> list[list[_Line]]:
    """Runs of consecutive MRZ-shaped lines (each with at least one ``<``)."""
    runs: list[list[_Line]] = []
    previous_end = -2
    for m in _LINE.finditer(text):
        line = _Line(m.start(1), m.group(1))
        if "<" not in line.text:
            previous_end = -2
            continue
        adjacent = previous_end >= 0 and text[previous_end:m.start()].strip() == ""
        if adjacent and runs:
            runs[-1].append(line)
        else:
            runs.append([line])
        previous_end = m.end()
    return runs


def _trimmed(line: _Line, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of ``line.text[start:end]`` without its filler; None if only filler."""
    field = line.text[start:end]
    core = field.strip("<")
    if not core:
        return None
    lead = len(field) - len(field.lstrip("<"))
    return line.start + start + lead, line.start + start + lead + len(core)


def _birth_key(digits: str) -> str:
    yy, mm, dd = digits[:2], digits[2:4], digits[4:6]
    # A birth date is in the past: a two-digit year past this century's is the last's.
    century = "19" if int(yy) > 30 else "20"
    return f"{century}{yy}-{mm}-{dd}"


def _document_kind(code: str) -> str:
    return "passport" if code[:1] in ("P", "V") else "national_id"


def _fields(kind: str, number: tuple[int, int, str] | None,
            birth: tuple[int, int, str] | None, optional: list[tuple[int, int, str]],
            names: tuple[int, int] | None, layout: str) -> list[Found]:
    out = []
    if number is not None:
        start, end, value = number
        out.append(Found(start, end, kind, value.replace("<", ""), f"{kind}:mrz {layout}"))
    if birth is not None:
        start, end, value = birth
        out.append(Found(start, end, "dob", _birth_key(value.translate(_DIGITISH)),
                         f"dob:mrz {layout}"))
    for start, end, value in optional:
        if sum(ch.isalnum() for ch in value) >= 5:
            out.append(Found(start, end, "national_id", value.replace("<", ""),
                             f"national_id:mrz {layout} optional data"))
    if names is not None:
        start, end = names
        out.append(Found(start, end, "person", "", f"person:mrz {layout}"))
    return out


def _field(line: _Line, start: int, end: int) -> tuple[int, int, str] | None:
    span = _trimmed(line, start, end)
    if span is None:
        return None
    return span[0], span[1], line.text[span[0] - line.start:span[1] - line.start]


def _two_line(first: _Line, second: _Line, width: int) -> list[Found]:
    layout = "TD3" if width == 44 else "TD2"
    code = first.text[:2]
    if not code[:1].isalpha() or not _DATE.fullmatch(second.text[13:19]):
        return []
    optional_end = 42 if width == 44 else 35
    optional = [f for f in [_field(second, 28, optional_end)] if f is not None]
    return _fields(_document_kind(code), _field(second, 0, 9),
                   (second.start + 13, second.start + 19, second.text[13:19]), optional,
                   _trimmed(first, 5, width), layout)


def _three_line(first: _Line, second: _Line, third: _Line) -> list[Found]:
    code = first.text[:2]
    if not code[:1].isalpha() or not _DATE.fullmatch(second.text[0:6]):
        return []
    number = _field(first, 5, 14)
    optional = [f for f in (_field(first, 15, 30), _field(second, 18, 29)) if f is not None]
    return _fields(_document_kind(code), number,
                   (second.start, second.start + 6, second.text[0:6]), optional,
                   _trimmed(third, 0, 30), "TD1")


def mrz_zones(text: str) -> list[tuple[int, int]]:
    """The spans of the machine-readable zones in ``text``, whole (two or three lines)."""
    out = []
    for run in _lines(text):
        if len(run) >= 2 and len({len(line.text) for line in run}) == 1 \
                and len(run[0].text) in (30, 36, 44):
            out.append((run[0].start, run[-1].start + len(run[-1].text)))
    return out


def find_mrz(text: str) -> list[Found]:
    """Every field of every machine-readable zone in ``text``: the document number
    (``passport``, or ``national_id`` for an identity card), the birth date (``dob``), a
    personal number in the optional data (``national_id``) and the names (``person``,
    with an empty key: the caller gives it its subject)."""
    out: list[Found] = []
    for run in _lines(text):
        i = 0
        while i < len(run):
            widths = [len(line.text) for line in run[i:i + 3]]
            if widths[:3] == [30, 30, 30]:
                out += _three_line(run[i], run[i + 1], run[i + 2])
                i += 3
            elif len(widths) >= 2 and widths[0] == widths[1] and widths[0] in (36, 44):
                out += _two_line(run[i], run[i + 1], widths[0])
                i += 2
            else:
                i += 1
    return out
