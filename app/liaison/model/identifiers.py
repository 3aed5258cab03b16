"""Identifier normalisation: the same phone, IBAN, IP or person written three ways compares equal.

Every normaliser takes text as a partner wrote it and returns a
:class:`~liaison.model.records.PropertyValue` whose ``raw`` is that text
unchanged, ``value`` the comparable form and ``kind`` the normaliser's name.
A value that fails validation is flagged (``valid=False`` plus a ``note``),
never dropped, and nothing here raises on bad input.

This module is the public face: :func:`normalise` dispatches by FtM property and the
small normalisers live here; countries, national ids, dates and the cyber identifiers
(IP, domain, URL, file hash, AS number) have modules of their own
(:mod:`~liaison.model.countries`, :mod:`~liaison.model.national_ids`,
:mod:`~liaison.model.dates`, :mod:`~liaison.model.cyber`) and are re-exported.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
from collections.abc import Callable

import phonenumbers
import schwifty
from schwifty import exceptions as iban_errors

from liaison.model.countries import normalise_country, region_code
from liaison.model.cyber import (
    CYBER_KINDS,
    HASH_KINDS,
    normalise_asn,
    normalise_domain,
    normalise_hash,
    normalise_ip,
    normalise_url,
)
from liaison.model.dates import normalise_date, parse_date
from liaison.model.names import name_key, name_phonetic_key
from liaison.model.national_ids import NATIONAL_ID_MODULES as _NATIONAL_ID_MODULES  # noqa: F401
from liaison.model.national_ids import normalise_national_id, normalise_passport
from liaison.model.normaliser import as_text, compact_id, never_raise
from liaison.model.records import PropertyValue

__all__ = [
    "IDENTIFIER_KINDS",
    "PROPERTY_KINDS",
    "REDACTED",
    "is_redaction_placeholder",
    "name_key",
    "name_phonetic_key",
    "normalise",
    "normalise_asn",
    "normalise_bic",
    "normalise_country",
    "normalise_crypto",
    "normalise_date",
    "normalise_domain",
    "normalise_email",
    "normalise_hash",
    "normalise_iban",
    "normalise_ip",
    "normalise_national_id",
    "normalise_passport",
    "normalise_phone",
    "normalise_url",
    "normalise_vin",
    "parse_date",
    "search_token",
]


# A value the sender redacted before it left: a pseudonym ('[PHONE-1]', '[PERSON-12]',
# as analysis.redaction writes them, and other tools' '[REDACTED]') or a mask of block
# characters ('█████'). It is stored as written with kind REDACTED, never valid, so no
# normaliser reads '[PHONE-19]' as the phone '+4919' and no two '[PERSON-1]' of two
# different people are ever compared, matched or charted as one (issue 24).
REDACTED = "redacted"
REDACTED_NOTE = "redacted by the sender"
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_]*(?:-\d+)?\]|[\u2588\u25a0]+")


def is_redaction_placeholder(text: str) -> bool:
    """True when ``text`` (a whole value) is a redaction's pseudonym or mask."""
    return _PLACEHOLDER.fullmatch(text.strip()) is not None


def _kinds(kind: str, props: str) -> dict[str, str]:
    return dict.fromkeys(props.split(), kind)


# FollowTheMoney property name → normaliser. Properties not listed are free text.
PROPERTY_KINDS: dict[str, str] = {
    **_kinds("phone", "phone"),
    **_kinds("email", "email emailAddress"),
    **_kinds("iban", "iban"),
    **_kinds("bic", "bicCode swiftBic"),
    **_kinds("country", "country nationality jurisdiction citizenship birthCountry "
                        "mainCountry registrationCountry"),
    **_kinds("national_id", "idNumber nationalId personalNumber taxNumber"),
    **_kinds("passport", "passportNumber"),
    **_kinds("date", "birthDate deathDate date startDate endDate incorporationDate "
                     "dissolutionDate"),
    **_kinds("name", "name alias previousName weakAlias firstName lastName middleName "
                     "fatherName secondName motherName"),
    **_kinds("vin", "vin"),
    **_kinds("crypto", "publicKey"),
    **_kinds("ip", "ipAddress"),
    # A website may be a bare domain or a URL, a host a name or an IP: the normaliser
    # names the kind by what it reads (model.cyber).
    **_kinds("domain", "domain website host"),
    **_kinds("url", "url"),
    **_kinds("asn", "asNumber"),
    # A hash property names its algorithm; a bare 'hash' is named by its length.
    **{kind: kind for kind in HASH_KINDS},
    **_kinds("hash", "hash"),
}

# The strong identifiers: two entities sharing one of these are worth a look.
IDENTIFIER_KINDS = frozenset(
    {"phone", "email", "iban", "bic", "national_id", "passport", "vin", "crypto"}
) | CYBER_KINDS

# Kinds whose result depends on the source country; the others ignore it, so
# leaving it out of their cache key multiplies cache hits.
_COUNTRY_KINDS = frozenset({"phone", "national_id", "passport"})


# --- phones, e-mail ----------------------------------------------------------

_PHONE_JUNK = re.compile(r"[^\d+]")


def _parse_phone(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    number = None
    with contextlib.suppress(phonenumbers.NumberParseException):
        number = phonenumbers.parse(text, region)
    # "00" is the international prefix in most of the world, but phonenumbers
    # only knows that when told the region, and a US source's 011 is different.
    if text.startswith("00") and (number is None or not phonenumbers.is_valid_number(number)):
        with contextlib.suppress(phonenumbers.NumberParseException):
            number = phonenumbers.parse("+" + text[2:], None)
    return number


@never_raise("phone")
def normalise_phone(raw: str, region: str | None = None) -> PropertyValue:
    """A phone number → E.164 ('+4915123456789'), national numbers read as dialled in ``region``."""
    text = raw.strip()
    code = region_code(region)
    if code not in phonenumbers.SUPPORTED_REGIONS:
        code = None
    number = _parse_phone(text, code)
    if number is None:
        cleaned = _PHONE_JUNK.sub("", text)
        cleaned = "+" + cleaned[2:] if cleaned.startswith("00") else cleaned
        note = ("not a phone number" if code or cleaned.startswith("+")
                else "no country given to read a national phone number")
        return PropertyValue(raw, cleaned or text, "phone", False, note)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number):
        return PropertyValue(raw, e164, "phone")
    where = phonenumbers.region_code_for_country_code(number.country_code)
    note = ("not a valid phone number (unknown country code)" if where == "ZZ"
            else f"not a valid phone number for region {where}")
    return PropertyValue(raw, e164, "phone", False, note)


# Threat-intelligence sources "defang" addresses so nobody clicks them.
_DEFANG_AT = re.compile(r"\[(?:@|at)\]|\((?:@|at)\)", re.IGNORECASE)
_DEFANG_DOT = re.compile(r"\[(?:\.|dot)\]|\((?:\.|dot)\)", re.IGNORECASE)
_ANGLE = re.compile(r"<([^<>]*)>")
_LOCAL_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
_EMAIL_LOCAL = re.compile(rf"{_LOCAL_ATOM}(?:\.{_LOCAL_ATOM})*")
_EMAIL_DOMAIN = re.compile(
    r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+"  # labels: letters/digits, inner hyphens
    r"(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59})"  # top-level domain, possibly punycode
)


@never_raise("email")
def normalise_email(raw: str) -> PropertyValue:
    """An e-mail address in lower case, to be compared: no provider tells "Jean.Martin@"
    from "jean.martin@" (the raw value keeps it as written, for display)."""
    text = raw.strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    bracketed = _ANGLE.search(text)  # "Ivan Petrov <ivan@example.org>"
    if bracketed:
        text = bracketed.group(1)
    text = _DEFANG_DOT.sub(".", _DEFANG_AT.sub("@", text)).strip()
    local, at, domain = text.rpartition("@")
    if not at:
        return PropertyValue(raw, text, "email", False, "no @ in e-mail address")
    domain = domain.lower().rstrip(".")
    value = f"{local.lower()}@{domain}"
    if len(local) > 64 or not _EMAIL_LOCAL.fullmatch(local):
        return PropertyValue(raw, value, "email", False, "not a valid e-mail address (name part)")
    if len(domain) > 253 or not _EMAIL_DOMAIN.fullmatch(domain):
        return PropertyValue(raw, value, "email", False, "not a valid e-mail address (domain)")
    return PropertyValue(raw, value, "email")


# --- bank accounts -----------------------------------------------------------

_IBAN_LABEL = re.compile(r"^IBAN\b[:\s]*", re.IGNORECASE)
_IBAN_NOTES: tuple[tuple[type[Exception], str], ...] = (
    (iban_errors.InvalidChecksumDigits, "IBAN checksum fails"),
    (iban_errors.InvalidLength, "wrong length for an IBAN of this country"),
    (iban_errors.InvalidCountryCode, "unknown country code in IBAN"),
    (iban_errors.InvalidStructure, "IBAN does not match its country's format"),
)


def _schwifty_note(exc: Exception, notes: tuple[tuple[type[Exception], str], ...],
                   default: str) -> str:
    for error, note in notes:
        if isinstance(exc, error):
            return note
    return f"{default} ({exc})"


@never_raise("iban")
def normalise_iban(raw: str) -> PropertyValue:
    """An IBAN → compact upper case ('DE89370400440532013000'), its ISO 7064 checksum checked."""
    compact = compact_id(_IBAN_LABEL.sub("", raw.strip()))
    try:
        iban = schwifty.IBAN(compact)
    except iban_errors.SchwiftyException as exc:
        return PropertyValue(raw, compact, "iban", False,
                             _schwifty_note(exc, _IBAN_NOTES, "not a valid IBAN"))
    return PropertyValue(raw, iban.compact, "iban")


_BIC_NOTES: tuple[tuple[type[Exception], str], ...] = (
    (iban_errors.InvalidLength, "a BIC has 8 or 11 characters"),
    (iban_errors.InvalidCountryCode, "unknown country code in BIC"),
    (iban_errors.InvalidStructure, "BIC does not have the bank-country-location structure"),
)


@never_raise("bic")
def normalise_bic(raw: str) -> PropertyValue:
    """A BIC/SWIFT code → compact upper case, without the head-office branch 'XXX'.

    DEUTDEFF and DEUTDEFFXXX name the same office, so both become DEUTDEFF.
    """
    compact = compact_id(raw)
    try:
        bic = schwifty.BIC(compact)
    except iban_errors.SchwiftyException as exc:
        return PropertyValue(raw, compact, "bic", False,
                             _schwifty_note(exc, _BIC_NOTES, "not a valid BIC"))
    value = bic.compact
    return PropertyValue(raw, value[:8] if value.endswith("XXX") else value, "bic")


# --- vehicles, wallets, network addresses ------------------------------------

_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_VIN_VALUES = dict(zip("0123456789ABCDEFGHJKLMNPRSTUVWXYZ",
                       [*range(10), 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9,
                        2, 3, 4, 5, 6, 7, 8, 9], strict=True))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin_check_digit(vin: str) -> str:
    remainder = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return "X" if remainder == 10 else str(remainder)


@never_raise("vin")
def normalise_vin(raw: str) -> PropertyValue:
    """A vehicle identification number → compact upper case; 17 characters without I, O or Q."""
    compact = compact_id(raw)
    if len(compact) != 17:
        return PropertyValue(raw, compact, "vin", False,
                             f"a VIN has 17 characters, this has {len(compact)}")
    if not _VIN.fullmatch(compact):
        return PropertyValue(raw, compact, "vin", False,
                             "a VIN has only digits and letters other than I, O and Q")
    # ISO 3779 position 9 is a check digit only in North America; European and
    # Asian makers use it freely, so a mismatch is worth a note, not a flag.
    if compact[8] != _vin_check_digit(compact):
        return PropertyValue(raw, compact, "vin", True,
                             "check digit does not match (normal outside North America)")
    return PropertyValue(raw, compact, "vin")


_BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_INDEX = {ch: i for i, ch in enumerate(_BASE58_ALPHABET)}
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]{25,35}")
_BECH32 = re.compile(r"(?:bc|tb|ltc)1[02-9ac-hj-np-z]{6,87}")
_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_ETHEREUM = re.compile(r"0x[0-9a-fA-F]{40}")


def _base58check_ok(text: str) -> bool:
    number = 0
    for ch in text:
        number = number * 58 + _BASE58_INDEX[ch]
    zeros = len(text) - len(text.lstrip("1"))
    data = b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")
    payload, checksum = data[:-4], data[-4:]
    digest = hashlib.sha256(hashlib.sha256(payload).digest()).digest()
    return len(data) > 4 and digest[:4] == checksum


def _bech32_ok(text: str) -> bool:
    """BIP 173 / BIP 350 checksum (bech32 for segwit v0, bech32m for taproot)."""
    hrp, _, data = text.rpartition("1")
    values = [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp]
    values += [_BECH32_CHARSET.index(ch) for ch in data]
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, g in enumerate(generator):
            check ^= g if (top >> i) & 1 else 0
    return check in (1, 0x2BC830A3)


@never_raise("crypto")
def normalise_crypto(raw: str) -> PropertyValue:
    """A wallet address: Bitcoin checksums checked, Ethereum lower-cased, other coins kept."""
    text = raw.strip()
    if _ETHEREUM.fullmatch(text):
        return PropertyValue(raw, text.lower(), "crypto")
    lowered = text.lower()
    if _BECH32.fullmatch(lowered):
        if text not in (lowered, text.upper()):
            return PropertyValue(raw, lowered, "crypto", False, "bech32 address in mixed case")
        if not _bech32_ok(lowered):
            return PropertyValue(raw, lowered, "crypto", False, "bech32 checksum fails")
        return PropertyValue(raw, lowered, "crypto")
    if _BASE58.fullmatch(text):
        checksum_ok = _base58check_ok(text)
        if text[0] in "13":  # Bitcoin legacy (P2PKH) and script (P2SH) addresses
            if checksum_ok:
                return PropertyValue(raw, text, "crypto")
            return PropertyValue(raw, text, "crypto", False, "base58check checksum fails")
        if checksum_ok:  # Litecoin, Tron, Dogecoin... share the format
            return PropertyValue(raw, text, "crypto", True,
                                 "base58check address of an unrecognised coin")
    return PropertyValue(raw, text, "crypto", True, "unrecognised wallet format, not checked")


# --- dispatch ----------------------------------------------------------------


@never_raise("name")
def _normalise_name(raw: str) -> PropertyValue:
    key = name_key(raw)
    if not key:
        return PropertyValue(raw, raw.strip(), "name", False, "no letters or digits in name")
    return PropertyValue(raw, key, "name")


_NORMALISERS: dict[str, Callable[[str, str | None], PropertyValue]] = {
    "phone": normalise_phone,
    "email": lambda raw, _country: normalise_email(raw),
    "iban": lambda raw, _country: normalise_iban(raw),
    "bic": lambda raw, _country: normalise_bic(raw),
    "country": lambda raw, _country: normalise_country(raw),
    "national_id": normalise_national_id,
    "passport": normalise_passport,
    "date": lambda raw, _country: normalise_date(raw),
    "name": lambda raw, _country: _normalise_name(raw),
    "vin": lambda raw, _country: normalise_vin(raw),
    "crypto": lambda raw, _country: normalise_crypto(raw),
    "ip": lambda raw, _country: normalise_ip(raw),
    "domain": lambda raw, _country: normalise_domain(raw),
    "url": lambda raw, _country: normalise_url(raw),
    "asn": lambda raw, _country: normalise_asn(raw),
    "hash": lambda raw, _country: normalise_hash(raw),
    **{kind: (lambda raw, _country, kind=kind: normalise_hash(raw, kind)) for kind in HASH_KINDS},
}

# Longer inputs are not identifiers anyone will match on, so they would only
# push useful entries out of the cache.
_CACHE_MAX_CHARS = 256


@functools.lru_cache(maxsize=1 << 16)
def _normalise_cached(kind: str, raw: str, country: str | None) -> tuple[str, str, bool, str]:
    # Cached as an immutable tuple: a PropertyValue is mutable and is handed to
    # callers, so the cache must never hold one. The result names its own kind: a
    # website may turn out to be a URL, a bare hash is named by its length.
    result = _NORMALISERS[kind](raw, country)
    return result.value, result.kind or kind, result.valid, result.note


def normalise(prop: str, raw: str, country: str | None = None) -> PropertyValue:
    """Normalise one value of FtM property ``prop`` from a source in ``country`` (ISO alpha-2).

    Unknown properties are free text (``kind`` None); a value the sender redacted is
    kind :data:`REDACTED`, whatever the property. Never raises; results are
    cached, and every call returns a fresh PropertyValue the caller may change.
    """
    text = as_text(raw)
    if is_redaction_placeholder(text):
        return PropertyValue(text, text.strip(), REDACTED, False, REDACTED_NOTE)
    kind = PROPERTY_KINDS.get(prop)
    if kind is None:
        return PropertyValue(text, text.strip())
    # 'DE', 'de' and 'DEU' are one cache entry; kinds that ignore the country share one too.
    region = None
    if kind in _COUNTRY_KINDS and isinstance(country, str) and country.strip():
        region = region_code(country) or country.strip().upper()
    if len(text) > _CACHE_MAX_CHARS:
        return _NORMALISERS[kind](text, region)
    return PropertyValue(text, *_normalise_cached(kind, text, region))


# Kinds whose normalised value the full-text tokenizer would cut into several words
# ('8.8.8.8' into four): searched as phrases, they would match across the end of one
# value and the start of the next, or a longer address ('2001:db8::1' in '2001:db8::1:5').
_SPLIT_KINDS = frozenset({"ip", "domain", "url"})


def search_token(kind: str | None, value: str) -> str:
    """The form an identifier takes in the full-text index's ``idents`` column: one token
    for the kinds the tokenizer would split (a digest of kind and value), else the value."""
    if kind not in _SPLIT_KINDS:
        return value
    data = f"{kind}:{value}".encode("utf-8", "surrogatepass")
    return "zz" + hashlib.blake2b(data, digest_size=12).hexdigest()
