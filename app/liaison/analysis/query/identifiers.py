"""Recognising identifiers a person types, and normalising them the way stored data is.

A partner's phone is stored as E.164 ('+4915123456789'); an analyst types
'0151 2345 6789' in a German context, or '+49 151 23456789'. Both must meet. So must
'8.8.8[.]8' and '8.8.8.8', 'hxxp://evil[.]com' and 'http://evil.com/', 'AS 174' and
'AS174', a hash in capitals and in lower case.
"""

from __future__ import annotations

import re

import phonenumbers

from liaison.model.errors import LiaisonError
from liaison.model.identifiers import (
    normalise_asn,
    normalise_crypto,
    normalise_domain,
    normalise_email,
    normalise_hash,
    normalise_iban,
    normalise_ip,
    normalise_phone,
    normalise_url,
    normalise_vin,
)
from liaison.model.normaliser import compact_id

__all__ = ["identifier_run", "normalise_identifier"]

# A group of digits, or an area code in parentheses with the digits after it: "(0157)".
_DIGIT_GROUP = re.compile(r"\+?(?:\d|\(\+?\d+\))[\d\-./]*")
_IBAN_START = re.compile(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]*")
_IBAN_GROUP = re.compile(r"[A-Za-z0-9]{1,4}")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")
_PHONE_TEXT = re.compile(r"[\d\s+()./-]+")
# Cyber identifiers typed in a query (model.cyber): a URL, defanged too; a hash of a
# known length, perhaps labelled ('sha256:...'); 'AS174', 'ASN174', or 'AS'/'ASN' and
# the number as the next word.
_URL_START = re.compile(r"(?:[a-z][a-z0-9+.-]*|h(?:xx|\*\*)ps?|fxps?)(?:://|\[:\]//|\[://\])",
                        re.IGNORECASE)
_HASH_WORD = re.compile(r"(?:(?:md5|sha-?\d{1,3}|sha3-\d{3})[:=])?[0-9a-f]{32}"
                        r"(?:[0-9a-f]{8}|[0-9a-f]{24}|[0-9a-f]{32}|[0-9a-f]{64}|[0-9a-f]{96})?",
                        re.IGNORECASE)
_ASN_WORD = re.compile(r"ASN?[-:]?\d{1,10}", re.IGNORECASE)
_ASN_LABEL = re.compile(r"ASN?:?", re.IGNORECASE)


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _phone_like(words: list[str], region: str | None) -> bool:
    """Worth trying as a phone: international, or national with the region's trunk prefix."""
    first, digits = words[0].lstrip("("), _digits("".join(words))
    if not 6 <= digits <= 17:
        return False
    if first.startswith(("+", "00")):
        return True
    if not region:
        return False
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    trunk = meta.national_prefix if meta else None
    if trunk:
        return first.startswith(trunk)
    # No trunk prefix (ES, GR, PL...): only a long run reads as a number, not as years.
    return digits >= 9


def _phone(words: list[str], region: str | None) -> str | None:
    if not _phone_like(words, region):
        return None
    result = normalise_phone(" ".join(words), region)
    return result.value if result.valid else None


def _iban(words: list[str]) -> str | None:
    compact = "".join(words)
    if len(compact) > 34 or len(compact) < 15:
        return None
    result = normalise_iban(compact)
    return result.value if result.valid else None


def cyber_identifier(text: str) -> tuple[str, str] | None:
    """(kind, normalised value) of one word that reads as a URL, a file hash, an AS
    number, an IP address or network, or a domain name; None otherwise."""
    found = None
    if _URL_START.match(text):
        found = normalise_url(text)
    elif _HASH_WORD.fullmatch(text) and any(ch.isdigit() for ch in text):
        found = normalise_hash(text)
    elif _ASN_WORD.fullmatch(text):
        found = normalise_asn(text)
    elif any(ch.isdigit() for ch in text) and any(ch in text for ch in ".:["):
        found = normalise_ip(text)
    if (found is None or not found.valid) and _TLD.search(text):
        found = normalise_domain(text)
    if found is None or not found.valid or found.note or not found.kind:
        return None  # a note says the reading was a guess (host bits set, no scheme)
    return found.kind, found.value


# The top-level label of a domain typed in a query: two letters or more, or punycode.
_TLD = re.compile(r"(?:\.|\[\.\]|\(\.\)|\[dot\])(?:[^\W\d_]{2,63}|xn--[a-z0-9-]+)\.?$",
                  re.IGNORECASE)


def identifier_run(words: list[str], region: str | None) -> tuple[str, str, int] | None:
    """The longest run of ``words`` from the first that reads as one identifier.

    Returns (kind, normalised value, number of words) for a URL, an IP address, a file
    hash, an AS number ('AS 174' is two words), a domain, an e-mail, an IBAN written in
    groups, or a phone number in digit groups read in ``region``; None otherwise.
    """
    first = words[0]
    if _ASN_LABEL.fullmatch(first) and len(words) > 1 and words[1].isdigit():
        asn = normalise_asn(f"{first} {words[1]}")
        if asn.valid:
            return "asn", asn.value, 2
    if "@" in first and not _URL_START.match(first):
        email = normalise_email(first)
        return ("email", email.value, 1) if email.valid else None
    if _IBAN_START.fullmatch(first):
        run = 1
        while run < len(words) and _IBAN_GROUP.fullmatch(words[run]):
            run += 1
        for n in range(run, 0, -1):
            value = _iban(words[:n])
            if value:
                return "iban", value, n
    cyber = cyber_identifier(first)
    if cyber:
        return cyber[0], cyber[1], 1
    if _DIGIT_GROUP.fullmatch(first):
        run = 1
        while run < len(words) and _DIGIT_GROUP.fullmatch(words[run]) \
                and not words[run].startswith("+"):
            run += 1
        for n in range(run, 0, -1):
            value = _phone(words[:n], region)
            if value:
                return "phone", value, n
    return None


def normalise_identifier(text: str, region: str | None) -> tuple[str, str]:
    """(kind, value) of one identifier typed by a person, normalised like stored data.

    Kinds: email, iban, phone, vin, ip, crypto, the cyber kinds (url, domain, asn, md5,
    sha1, sha256...), or 'id' (compact upper case) for the rest, which is compared with
    national ids, passports, BICs, VINs and wallets.
    """
    raw = text.strip()
    if not raw:
        raise LiaisonError("An identifier to watch must not be empty.")
    cyber = None if "@" in raw and not _URL_START.match(raw) else cyber_identifier(raw)
    if cyber is None and _ASN_LABEL.fullmatch(raw.split(" ", 1)[0]):
        asn = normalise_asn(raw)
        cyber = ("asn", asn.value) if asn.valid else None
    if cyber:
        return cyber
    if "@" in raw:
        return "email", normalise_email(raw).value
    if _IBAN_SHAPE.fullmatch(compact_id(raw)):
        iban = normalise_iban(raw)
        if iban.valid:
            return "iban", iban.value
    if _digits(raw) >= 6 and _PHONE_TEXT.fullmatch(raw):
        phone = normalise_phone(raw, region)
        if phone.valid:
            return "phone", phone.value
    for kind, normaliser in (("vin", normalise_vin), ("crypto", normalise_crypto)):
        value = normaliser(raw)
        if value.valid and not value.note:
            return kind, value.value
    return "id", compact_id(raw)
