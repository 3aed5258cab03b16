"""Recognising identifiers a person types, and normalising them the way stored data is.

A partner's phone is stored as E.164 ('+4915123456789'); an analyst types
'0151 2345 6789' in a German context, or '+49 151 23456789'. Both must meet.
"""

from __future__ import annotations

import re

import phonenumbers

from liaison.model.errors import LiaisonError
from liaison.model.identifiers import (
    normalise_crypto,
    normalise_email,
    normalise_iban,
    normalise_ip,
    normalise_phone,
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


def identifier_run(words: list[str], region: str | None) -> tuple[str, str, int] | None:
    """The longest run of ``words`` from the first that reads as one identifier.

    Returns (kind, normalised value, number of words) for an e-mail, an IBAN written
    in groups, or a phone number in digit groups read in ``region``; None otherwise.
    """
    first = words[0]
    if "@" in first:
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
        return None
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

    Kinds: email, iban, phone, vin, ip, crypto, or 'id' (compact upper case) for the
    rest, which is compared with national ids, passports, BICs, VINs and wallets.
    """
    raw = text.strip()
    if not raw:
        raise LiaisonError("An identifier to watch must not be empty.")
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
    for kind, normaliser in (("vin", normalise_vin), ("ip", normalise_ip),
                             ("crypto", normalise_crypto)):
        value = normaliser(raw)
        if value.valid and not value.note:
            return kind, value.value
    return "id", compact_id(raw)
