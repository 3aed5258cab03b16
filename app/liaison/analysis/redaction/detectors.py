"""Detectors of identifying values in free text: phones, e-mails, IBANs, national ids,
passports, IP addresses, wallets and dates of birth.

Each detector returns :class:`Found` spans with a *key*: the value's comparable form
(E.164, compact IBAN, ISO date...), which is what makes "the same phone written two
ways" one subject, and one pseudonym. The library made for each job decides validity:
``phonenumbers`` for phones, ``schwifty`` for IBANs, ``python-stdnum`` (through
:mod:`liaison.model.national_ids`) for national ids, ``ipaddress`` for IPs.
"""

from __future__ import annotations

import functools
import importlib
import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

import phonenumbers
import schwifty
from schwifty import exceptions as iban_errors

from liaison.analysis.redaction.dates import find_dates
from liaison.model.countries import region_code
from liaison.model.identifiers import normalise_crypto, normalise_email
from liaison.model.national_ids import NATIONAL_ID_MODULES
from liaison.model.normaliser import compact_id


@dataclass(frozen=True)
class Found:
    """A sensitive span ``[start, end)`` of ``kind``; ``key`` is its comparable value."""

    start: int
    end: int
    kind: str
    key: str
    detector: str


# --- phones --------------------------------------------------------------------------------


def find_phones(text: str, regions: Iterable[str | None]) -> list[Found]:
    """Phone numbers valid for one of ``regions`` (national forms) or written internationally."""
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    dates = find_dates(text)
    codes = []
    for region in [*regions, None]:
        code = region_code(region) if region else None
        code = code if code in phonenumbers.SUPPORTED_REGIONS else None
        if code not in codes:
            codes.append(code)
    for code in codes:
        # Without a region only "+..." numbers can be read; "ZZ" is the library's unknown.
        matcher = phonenumbers.PhoneNumberMatcher(text, code or "ZZ",
                                                  leniency=phonenumbers.Leniency.VALID)
        for match in matcher:
            span = (match.start, match.end)
            if span in seen or any(d.start <= match.start and match.end <= d.end
                                   for d in dates):
                continue  # "03.03.2025" reads as a Berlin number; a date it is
            seen.add(span)
            e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            out.append(Found(match.start, match.end, "phone", e164, "phonenumbers"))
    out.extend(_international_zeros(text, seen))
    return out


# "0049 151 ..." is international in Europe, but the matcher only knows that for the
# record's own region; read it as "+49 151 ..." whatever the region.
_DOUBLE_ZERO = re.compile(r"(?<![\d+])00[1-9][\d \-./()]{6,20}\d")


def _international_zeros(text: str, seen: set[tuple[int, int]]) -> list[Found]:
    out = []
    for m in _DOUBLE_ZERO.finditer(text):
        if any(s <= m.start() < e for s, e in seen):
            continue
        candidate = "+" + m.group(0)[2:]
        for match in phonenumbers.PhoneNumberMatcher(candidate, "ZZ",
                                                     leniency=phonenumbers.Leniency.VALID):
            if match.start == 0:
                e164 = phonenumbers.format_number(match.number,
                                                  phonenumbers.PhoneNumberFormat.E164)
                out.append(Found(m.start(), m.start() + match.end + 1, "phone", e164,
                                 "phonenumbers"))
            break
    return out


# --- e-mail --------------------------------------------------------------------------------

_AT = r"(?:@|\[at\]|\(at\)|\[@\]|\s\[at\]\s|\s\(at\)\s)"
_DOT = r"(?:\.|\[\.\]|\[dot\]|\(dot\)|\(\.\))"
_EMAIL = re.compile(rf"(?<![\w.+-])[\w.+%'-]{{1,64}}{_AT}(?:[^\W_](?:[\w-]{{0,61}}[^\W_])?"
                    rf"{_DOT})+[^\W\d_]{{2,63}}(?![\w-])", re.IGNORECASE)


def find_emails(text: str) -> list[Found]:
    """E-mail addresses, defanged ones too (``ivan[at]example[.]org``)."""
    out = []
    for m in _EMAIL.finditer(text):
        value = normalise_email(m.group(0))
        if value.valid:
            out.append(Found(m.start(), m.end(), "email", value.value.lower(), "email"))
    return out


# --- IBAN ----------------------------------------------------------------------------------

_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){11,32}")


def find_ibans(text: str) -> list[Found]:
    """IBANs, compact or in groups of four, their checksum checked by schwifty."""
    out = []
    for m in _IBAN.finditer(text):
        raw = m.group(0)
        positions = [i for i, ch in enumerate(raw) if ch.isalnum()]
        compact = "".join(raw[i] for i in positions)
        # The pattern may run on into the next word: try the longest valid prefix.
        for length in range(min(len(compact), 34), 14, -1):
            try:
                iban = schwifty.IBAN(compact[:length])
            except iban_errors.SchwiftyException:
                continue
            end = m.start() + positions[length - 1] + 1
            out.append(Found(m.start(), end, "iban", iban.compact, "schwifty"))
            break
    return out


# --- national ids and passports ------------------------------------------------------------

# A run of letters and digits, with single separators, holding at least five digits.
_ID_RUN = re.compile(r"(?<![\w])[0-9A-Z](?:[0-9A-Z]|[ .\-/](?=[0-9A-Z])){4,30}(?![\w])")
_MIN_ID_DIGITS = 6
# What may follow an id or passport word before the number: separators, and "Nr.", "No",
# "n°" as words (not as letters: "NINO NH 48 21 93 C" keeps its "NH").
_WORD_TAIL = r"(?:[\s:.#№°º-]|(?:nr|no|n)(?=[\s.:°º#№]))*"
# Words that introduce an identity number, per language; the token after one is an id
# even where no checksum exists (Moroccan CIN, Russian internal passport, ...).
# Acronyms match in capitals only: Polish "nie" is "not", Spanish "NIE" an id.
ID_WORDS = re.compile(
    r"(?<![^\W\d_])(?:(?-i:DNI|NIE|NIF|CIN|CNIE|NIR|SSN|NINO|PESEL|ЕГН|ЛНЧ|ИНН|СНИЛС|ΑΜΚΑ|ΑΔΤ)|"
    r"national id(?: number)?|id(?:entity)? (?:card|number|no\.?)|personal number|"
    r"national insurance(?: number| no\.?)?|"
    r"n[°º]\s*(?:de\s+)?(?:carte|cni|s[ée]curit[ée] sociale)|carte d'identit[ée]|"
    r"personalausweis(?:nummer|-nr\.?)?|ausweis(?:nummer|-nr\.?)?|steuer-?id|"
    r"identifikationsnummer|documento(?: nacional)?(?: de identidad)?|"
    r"nr dowodu(?: osobistego)?|dow[óo]d osobisty|лична карта|"
    r"α\.δ\.τ\.|αριθμ[όο]ς ταυτ[όο]τητας|ταυτ[όο]τητα|"
    r"رقم البطاقة الوطنية|البطاقة الوطنية|رقم البطاقة|بطاقة التعريف|"
    r"رقم الهوية(?: الوطنية)?|بطاقة الهوية|الهوية(?: الوطنية)?)(?![^\W\d_])" + _WORD_TAIL,
    re.IGNORECASE)
PASSPORT_WORDS = re.compile(
    r"(?<![^\W\d_])(?:passport(?: no\.?| number)?|passeport(?: n[°º])?|"
    r"reisepass(?:nummer|-nr\.?)?|pass-?nr\.?|pasaporte(?: n[°º.]?)?|"
    r"paszport(?:u)?(?: nr)?|паспорт(?:а)?(?: №)?|διαβατ[ήη]ρι(?:ο|ου)|"
    r"جواز السفر(?: رقم)?|جواز سفر(?: رقم)?)(?![^\W\d_])" + _WORD_TAIL,
    re.IGNORECASE)
# Digits may be grouped by dots in thousands ("12.345.678-Z") and end in a check letter
# ("NH 48 21 93 C"); a dot before fewer or more than three digits is a date's, not an id's.
_AFTER_WORD = re.compile(r"(?<![\w])[0-9A-Z\u0410-\u042f](?:[0-9A-Z\u0410-\u042f]|[ \-/](?=\d)|"
                         r"(?<=\d)\.(?=\d{3}(?!\d)))"
                         r"{4,19}(?:(?<=\d)[ \-][A-Z](?![\w.]))?(?![\w])")
# A date between the id word and the number ("Reisepass, ausgestellt am 01/02/2020, Nr.
# C01X00T47") is skipped, not taken for the number.
_DATE_LIKE = re.compile(r"\d{1,2}[./\- ]\d{1,2}[./\- ]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}")
# How far after an id word its number may come ("ИНН Соколова Д.: 7707...").
_WORD_REACH = 48


def _chunks(raw: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[0-9A-Z]+", raw)]


@functools.cache
def _personal_validator(code: str) -> ModuleType | None:
    # Only the country's personal id (listed first): tax and company number formats are
    # loose enough to accept phone numbers, and an id word catches those anyway.
    names = NATIONAL_ID_MODULES.get(code.lower(), ())
    try:
        return importlib.import_module(f"stdnum.{names[0]}") if names else None
    except ImportError:
        return None


def find_national_ids(text: str, country: str | None,
                      exclude: Iterable[Found] = ()) -> list[Found]:
    """Numbers the personal-id validator of ``country`` (python-stdnum) accepts, outside
    ``exclude`` (phones, IBANs already found), and ids after id words."""
    out: list[Found] = []
    code = region_code(country) if country else None
    validator = _personal_validator(code) if code else None
    taken = [(f.start, f.end) for f in exclude]
    if validator is not None:
        for m in _ID_RUN.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            chunks = _chunks(m.group(0))
            hit = _longest_valid(m.group(0), chunks, validator)
            if hit:
                start, end, key = hit
                out.append(Found(m.start() + start, m.start() + end, "national_id", key,
                                 "python-stdnum"))
    out.extend(_after_words(text, ID_WORDS, "national_id", [*out, *exclude]))
    return out


def _longest_valid(raw: str, chunks: list[tuple[int, int]], validator: ModuleType
                   ) -> tuple[int, int, str] | None:
    # The run may join an id to a neighbouring word or number: try sub-runs, longest first.
    for size in range(min(len(chunks), 8), 0, -1):
        for i in range(len(chunks) - size + 1):
            start, end = chunks[i][0], chunks[i + size - 1][1]
            candidate = raw[start:end]
            if sum(ch.isdigit() for ch in candidate) < _MIN_ID_DIGITS:
                continue
            try:
                # Dots group digits in some countries' ids (Spanish DNI 12.345.678-Z).
                for spelling in dict.fromkeys((candidate, candidate.replace(".", ""))):
                    if validator.is_valid(spelling):
                        return start, end, compact_id(validator.compact(spelling))
            except Exception:  # noqa: S112 - odd input can raise beyond ValidationError
                continue
    return None


def find_passports(text: str) -> list[Found]:
    """Passport numbers: the letters-and-digits token after a passport word."""
    return _after_words(text, PASSPORT_WORDS, "passport", [])


def _after_words(text: str, words: re.Pattern[str], kind: str,
                 already: list[Found]) -> list[Found]:
    out = []
    for m in words.finditer(text):
        for after in _AFTER_WORD.finditer(text, m.end(), m.end() + _WORD_REACH):
            if sum(ch.isdigit() for ch in after.group(0)) < 3 \
                    or _DATE_LIKE.fullmatch(after.group(0)):
                continue
            if not any(f.start < after.end() and after.start() < f.end for f in already):
                out.append(Found(after.start(), after.end(), kind, compact_id(after.group(0)),
                                 "keyword"))
            break
    return out


# --- network and wallets -------------------------------------------------------------------

_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}(?:\.|\[\.\]|\(\.\))){3}\d{1,3}(?![\d]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")


def find_ips(text: str) -> list[Found]:
    """IPv4 (defanged too) and IPv6 addresses that ``ipaddress`` accepts."""
    out = []
    for pattern in (_IPV4, _IPV6):
        for m in pattern.finditer(text):
            candidate = re.sub(r"\[\.\]|\(\.\)", ".", m.group(0))
            try:
                address = ipaddress.ip_address(candidate)
            except ValueError:
                continue
            out.append(Found(m.start(), m.end(), "ip", str(address), "ipaddress"))
    return out


_WALLET = re.compile(r"(?<![\w])(?:0x[0-9a-fA-F]{40}|(?:bc|tb|ltc)1[02-9ac-hj-np-z]{6,87}|"
                     r"[13LMT][1-9A-HJ-NP-Za-km-z]{25,34})(?![\w])")


def find_wallets(text: str) -> list[Found]:
    """Crypto wallet addresses whose checksum (Bitcoin, bech32) or shape (Ethereum) holds."""
    out = []
    for m in _WALLET.finditer(text):
        value = normalise_crypto(m.group(0))
        if value.valid and "unrecognised wallet" not in value.note:
            out.append(Found(m.start(), m.end(), "crypto", value.value, "wallet"))
    return out


# --- dates of birth ------------------------------------------------------------------------

BIRTH_WORDS = re.compile(
    r"\b(?:born|b\.|dob|d\.o\.b\.?|date of birth|birth ?date|n[ée]e?\s+le|"
    r"date de naissance|geboren(?:\s+am)?|geb\.|geburtsdatum|nacid[oa](?:\s+el)?|"
    r"fecha de nacimiento|f\. nac\.|naci[óo]|urodzon[ya]|urodził[a]?(?: się)?|ur\.|"
    r"data urodzenia|родил(?:ся|ась)|дата рождения|роден[а]?|дата на раждане|"
    r"γεννήθηκε|γεννημέν(?:ος|η)|ημερομηνία γέννησης|ημ\. γέννησης|"
    r"مواليد|من مواليد|المزداد|المزدادة|تاريخ الازدياد|تاريخ الميلاد|ولد|ولدت)",
    re.IGNORECASE)
_BIRTH_REACH = 40  # characters between the birth word and the date
# Russian writes "1981 г.р." (year of birth) after the date.
_BIRTH_AFTER = re.compile(r"\s*(?:г\.\s?р\.|года рождения)")


def find_birth_dates(text: str, known: Iterable[str] = ()) -> list[Found]:
    """Dates after a birth word, and any date equal to a known birth date (ISO) of the
    record's persons, however it is written."""
    known_days = set(known)
    mentions = find_dates(text)
    claimed = set()
    for word in BIRTH_WORDS.finditer(text):
        # A birth word claims the first date after it, not every date in the sentence.
        first = next((i for i, m in enumerate(mentions) if m.start >= word.end()), None)
        if first is not None and mentions[first].start - word.end() <= _BIRTH_REACH:
            claimed.add(first)
    out = []
    for i, mention in enumerate(mentions):
        near = i in claimed or _BIRTH_AFTER.match(text, mention.end) is not None
        if near or mention.iso in known_days:
            out.append(Found(mention.start, mention.end, "dob", mention.iso,
                             "birth word" if near else "known birth date"))
    return out
