"""Check digits of personal-id schemes ``python-stdnum`` does not know.

Each function takes the id's letters and digits (no separators) and says whether its
structure and check digit hold. A check is what lets :mod:`.documents` take a number
without the word that names it (an Emirati number in brackets after a name) and keeps a
case or invoice number of the same length out: most of these schemes encode a date of
birth, so a random number passes the date and the check digit together about once in a
few hundred tries.
"""

from __future__ import annotations

import re
from datetime import date

from stdnum import luhn


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def kz_iin_valid(digits: str) -> bool:
    """Kazakh IIN (ИИН): YYMMDD, a century-and-sex digit (1-6), four digits, a check
    digit weighted 1..11, or 3..11,1,2 where the first sum leaves 10."""
    if not re.fullmatch(r"\d{12}", digits) or digits[6] not in "123456":
        return False
    century = 1800 + 100 * ((int(digits[6]) + 1) // 2)
    if not _is_date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6])):
        return False
    values = [int(d) for d in digits]
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        check = sum(v * w for v, w in zip(values[:11], weights, strict=True)) % 11
        if check != 10:
            return check == values[11]
    return False


def ae_emirates_id_valid(digits: str) -> bool:
    """Emirati identity number: 784 (the country), the year of birth, seven digits and a
    Luhn check digit ("784-1985-1234567-1")."""
    return bool(re.fullmatch(r"784(?:19|20)\d{10}", digits)) and luhn.is_valid(digits)


def sa_id_valid(digits: str) -> bool:
    """Saudi national identity (1...) or iqama (2...) number: ten digits, Luhn."""
    return bool(re.fullmatch(r"[12]\d{9}", digits)) and luhn.is_valid(digits)


def kw_civil_id_valid(digits: str) -> bool:
    """Kuwaiti civil ID: a century digit (2: 1900s, 3: 2000s), YYMMDD, four digits and a
    check digit (weights 2,1,6,3,7,9,10,5,8,4,2; eleven less the sum modulo 11)."""
    if not re.fullmatch(r"[23]\d{11}", digits):
        return False
    year = (1800 if digits[0] == "2" else 1900) + 100 + int(digits[1:3])
    if not _is_date(year, int(digits[3:5]), int(digits[5:7])):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:11], (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2),
                                           strict=True))
    return (11 - total % 11) % 11 == int(digits[11])


def eg_national_id_valid(digits: str) -> bool:
    """Egyptian national number, by structure (its check digit's rule is unpublished): a
    century digit (2: 1900s, 3: 2000s), YYMMDD, a governorate code, five digits."""
    if not re.fullmatch(r"[23]\d{13}", digits):
        return False
    year = (1900 if digits[0] == "2" else 2000) + int(digits[1:3])
    governorate = int(digits[7:9])
    return _is_date(year, int(digits[3:5]), int(digits[5:7])) and (
        1 <= governorate <= 4 or 11 <= governorate <= 35 or governorate == 88)


def de_svnr_valid(value: str) -> bool:
    """German social insurance number (Rentenversicherungsnummer): an area number, the
    date of birth DDMMYY, the first letter of the birth name, a serial and a check digit:
    the letter read as its two-digit place in the alphabet, the twelve digits weighted
    2,1,2,5,7,1,2,1,2,1,2,1 and their products' digit sums added, modulo 10."""
    m = re.fullmatch(r"(\d{8})([A-Z])(\d{2})(\d)", value.upper())
    if m is None or not _is_date(1900 + int(value[6:8]), int(value[4:6]), int(value[2:4])):
        return False
    digits = m.group(1) + f"{ord(m.group(2)) - 64:02d}" + m.group(3)
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return total % 10 == int(m.group(4))


def es_nss_valid(digits: str) -> bool:
    """Spanish social security (affiliation) number: a province (01-53, 66), eight
    digits and two control digits, the first ten modulo 97 (the province and the number
    read without its leading zero where the number is below ten million)."""
    if not re.fullmatch(r"\d{12}", digits) or not (1 <= int(digits[:2]) <= 53
                                                    or digits[:2] == "66"):
        return False
    province, number, control = int(digits[:2]), int(digits[2:10]), int(digits[10:])
    base = province * 10_000_000 + number if number < 10_000_000 else int(digits[:10])
    return base % 97 == control


def pl_id_card_valid(value: str) -> bool:
    """Polish identity card (dowód osobisty): three letters and six digits, the first
    digit a check: the others' values (A=10...) weighted 7,3,1,7,3,1,7,3 modulo 10."""
    value = value.upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", value):
        return False
    values = [int(ch, 36) for ch in value]
    others = values[:3] + values[4:]
    total = sum(v * w for v, w in zip(others, (7, 3, 1, 7, 3, 1, 7, 3), strict=True))
    return total % 10 == values[3]
