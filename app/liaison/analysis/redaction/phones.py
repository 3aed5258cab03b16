"""Phone numbers in running text, national or international, as ``phonenumbers`` reads them.

A national number (``0612 345 678``) means nothing without a region; the detector tries
each region of the chain the caller gives (:func:`~.common.region_chain`: the record's
country, the countries of the text's language, the sending agency's, our own) and keeps
the numbers valid in one of them, the earliest region winning. The text is read folded
(:func:`~.common.fold_text`): Arabic-Indic and Persian digits, numbers broken across a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from liaison.analysis.redaction.common import Found, fold_text, overlaps
from liaison.analysis.redaction.dates import find_dates
from liaison.model.countries import region_code

# "0049 151 ..." is international in Europe, but the matcher only knows that for the
# record's own region; read it as "+49 151 ..." whatever the region.
_DOUBLE_ZERO = re.compile(r"(?<![\d+])00[1-9][\d \-./()]{6,20}\d")
# Where a phone number may be: digits and the signs numbers are written with.
_NUMBER_RUN = re.compile(r"[+(]?\d[\d \t().\-/\u00a0]{3,}\d\)?")
# A file or case reference led by its year ("2025/00412") is no phone in any region.
_REFERENCE = re.compile(r"(?:19|20)\d\d\s?[/-]")
# Nor is the tail of a longer number the matcher did not read whole: "2610/2023" in
# the file number "1187/2610/2023".
_TAIL_OF = re.compile(r"\d[/.]")


def _codes(regions: Iterable[str | None]) -> list[str]:
    codes: list[str] = []
    for region in regions:
        code = region_code(region) if region else None
        if code in phonenumbers.SUPPORTED_REGIONS and code not in codes:
            codes.append(code)
    return codes


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def find_phones(text: str, regions: Iterable[str | None],
                exclude: Iterable[Found] = ()) -> list[Found]:
    """Phone numbers valid in one of ``regions`` (national forms) or written
    internationally, outside dates and the spans of ``exclude``."""
    folded = fold_text(text)
    taken = [*exclude, *(Found(d.start, d.end, "date", "", "") for d in find_dates(text))]
    out: list[Found] = []
    windows = _windows(folded)
    # "ZZ", the library's unknown region, reads "+..." numbers only.
    for code in [*_codes(regions), "ZZ"]:
        for start, end in windows:
            if _read(folded, start, end, [*out, *taken]):
                continue  # an earlier region, a date or a surer value has every digit
            for match in phonenumbers.PhoneNumberMatcher(folded[start:end], code,
                                                         leniency=phonenumbers.Leniency.VALID):
                found = _found(match, start, code)
                if not overlaps(found.start, found.end, [*out, *taken]) \
                        and not _REFERENCE.match(match.raw_string) \
                        and not _TAIL_OF.fullmatch(folded, max(0, found.start - 2), found.start):
                    out.append(found)  # not "03.03.2025", a date that reads as a Berlin number
    out.extend(_international_zeros(folded, [*out, *taken]))
    return sorted(out, key=lambda f: f.start)


def _found(match: phonenumbers.PhoneNumberMatch, offset: int, code: str) -> Found:
    international = match.raw_string.lstrip("(").startswith(("+", "00"))
    rule = "phone:international" if international or code == "ZZ" else f"phone:national:{code}"
    return Found(offset + match.start, offset + match.end, "phone", _e164(match.number), rule)


def _read(text: str, start: int, end: int, found: list[Found]) -> bool:
    """Whether every digit of ``text[start:end]`` is inside one of ``found``."""
    return all(any(f.start <= i < f.end for f in found)
               for i in range(start, end) if text[i].isdigit())


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` a phone number may be in: runs of five digits or more
    with the signs numbers are written with, a few characters around. The matcher is
    slow; it reads these alone, once per region."""
    spans: list[tuple[int, int]] = []
    for m in _NUMBER_RUN.finditer(text):
        if sum(ch.isdigit() for ch in m.group(0)) < 5:
            continue
        start, end = max(0, m.start() - 3), min(len(text), m.end() + 3)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _international_zeros(text: str, taken: list[Found]) -> list[Found]:
    out = []
    for m in _DOUBLE_ZERO.finditer(text):
        if any(f.start <= m.start() < f.end for f in taken):
            continue
        candidate = "+" + m.group(0)[2:]
        for match in phonenumbers.PhoneNumberMatcher(candidate, "ZZ",
                                                     leniency=phonenumbers.Leniency.VALID):
            end = m.start() + match.end + 1
            if match.start == 0 and not overlaps(m.start(), end, taken):
                out.append(Found(m.start(), end, "phone", _e164(match.number),
                                 "phone:international"))
            break
    return out
