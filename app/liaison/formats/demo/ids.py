"""Identifiers as each demo country issues and writes them: mobile numbers in valid ranges,
IBANs, number plates, VINs and company register numbers, with valid check digits wherever
the format has them. Tuples are indexed like ``DEMO_AGENCIES``."""

from __future__ import annotations

import random

from liaison.formats.demo.agencies import COUNTRY

COUNTRY_CODES = ("49", "48", "30", "359", "34", "212")
# Mobile ranges that phonenumbers accepts as valid: (prefix, digits after it).
PHONE_RANGES = (
    (("151", 8), ("152", 8), ("157", 8), ("160", 7), ("170", 7), ("171", 7), ("172", 7),
     ("176", 8)),
    (("50", 7), ("51", 7), ("53", 7), ("57", 7), ("60", 7), ("66", 7), ("69", 7), ("72", 7),
     ("78", 7), ("79", 7), ("88", 7)),
    (("690", 7), ("693", 7), ("694", 7), ("695", 7), ("697", 7), ("698", 7), ("699", 7)),
    (("87", 7), ("88", 7), ("89", 7)),
    (("6", 8), ("71", 7), ("72", 7), ("73", 7), ("74", 7)),
    (("61", 7), ("62", 7), ("64", 7), ("65", 7), ("66", 7), ("67", 7), ("70", 7), ("77", 7)),
)
# Bank (and branch) codes that schwifty knows, so lookups show a bank; the accounts are random.
BANK_CODES = (
    ("20050550", "23050101", "24050110"),  # Sparkassen using check method 00
    ("10901014", "10500099", "11401036", "10200003"),
    ("0110125", "0260001", "0172014"),
    ("UNCR7000", "STSA9300", "BPBI7940", "FINV9150"),
    ("2100", "0049", "0182"),
    ("007780", "011640", "230810"),  # bank + locality of a Moroccan RIB
)
PLATE_AREAS = (
    ("HH", "B", "M", "K", "F", "DU", "HB", "S"),
    ("WA", "WX", "WI", "GD", "PO", "DW", "KR", "ZS"),
    (),
    ("CA", "CB", "PB", "B", "A", "P", "E"),
    (),
    (),
)
# Letters that Greek and Bulgarian plates share with Latin, and Moroccan plate letters.
GREEK_PLATE = dict(zip("ABEZHIKMNOPTYX", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", strict=True))
CYRILLIC_PLATE = dict(zip("ABEKMHOPCTYX", "АВЕКМНОРСТУХ", strict=True))
MOROCCAN_PLATE = (("A", "أ"), ("B", "ب"), ("D", "د"), ("H", "هـ"), ("W", "و"))
# (model, world manufacturer identifier of its VIN, FtM vehicle type)
VEHICLE_MODELS = (
    ("Volkswagen Passat", "WVW", "car"), ("Volkswagen Golf", "WVW", "car"),
    ("BMW X5", "WBA", "car"), ("Mercedes-Benz Sprinter", "WDB", "van"),
    ("Mercedes-Benz E 220", "WDD", "car"), ("Audi A6", "WAU", "car"),
    ("Škoda Octavia", "TMB", "car"), ("Renault Master", "VF1", "van"),
    ("Peugeot Boxer", "VF3", "van"), ("Seat León", "VSS", "car"),
    ("Toyota Land Cruiser", "JTE", "car"), ("Fiat Ducato", "ZFA", "van"),
    ("Dacia Logan", "UU1", "car"), ("Ford Transit", "WF0", "van"), ("Volvo FH", "YV2", "truck"),
)


def phone_number(country: int, rng: random.Random, taken: set[str]) -> str:
    """A new mobile number (national significant number) in a range phonenumbers accepts."""
    while True:
        prefix, digits = rng.choice(PHONE_RANGES[country])
        number = f"{prefix}{rng.randrange(10 ** digits):0{digits}d}"
        if f"T{country}{number}" not in taken:
            taken.add(f"T{country}{number}")
            return number


def phone_local(country: int, n: str, style: int) -> str:
    """The number as written in its own country: trunk prefix and the local grouping."""
    if country == 0:
        head, tail = "0" + n[:3], n[3:]
        return (f"{head} {tail[:4]} {tail[4:]}", f"{head}/{tail}", f"{head}-{tail}")[style]
    if country == 3:
        z = "0" + n
        return (f"{z[:4]} {z[4:7]} {z[7:]}", z, f"{z[:3]} {z[3:6]} {z[6:]}")[style]
    if country == 4:
        return (f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n)[style]
    if country == 5:
        z = "0" + n
        return (f"{z[:2]} {z[2:4]} {z[4:6]} {z[6:8]} {z[8:]}", f"{z[:4]}-{z[4:]}", z)[style]
    return (f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n)[style]  # PL, GR


def phone_international(country: int, n: str, style: int) -> str:
    """The number as a foreign agency writes it, with +CC or the 00 exit code."""
    cc = COUNTRY_CODES[country]
    grouped = f"{n[:3]} {n[3:]}" if country == 0 else f"{n[:3]} {n[3:6]} {n[6:]}"
    return (f"+{cc} {grouped}", f"00{cc} {grouped}", f"+{cc}{n}")[style]


def _de_check(account9: str) -> str:
    """Bundesbank check-digit method 00 (weights 2,1,2,... from the right, digit sums)."""
    total = 0
    for k, ch in enumerate(reversed(account9)):
        product_ = int(ch) * (2 if k % 2 == 0 else 1)
        total += product_ // 10 + product_ % 10
    return str((10 - total % 10) % 10)


def _es_check(digits10: str) -> int:
    """One Spanish CCC control digit (weights 1,2,4,8,5,10,9,7,3,6, mod 11)."""
    value = 11 - sum(int(d) * w for d, w in zip(digits10, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6),
                                                 strict=True)) % 11
    return {11: 0, 10: 1}.get(value, value)


def iban(country: int, rng: random.Random) -> str:
    """A new IBAN with valid ISO 7064 check digits (and the national ones schwifty checks)."""
    bank = rng.choice(BANK_CODES[country])

    def digits(k: int) -> str:
        return f"{rng.randrange(10 ** k):0{k}d}"

    if country == 0:
        account = str(rng.randint(1, 9)) + digits(8)
        bban = bank + account + _de_check(account)
    elif country == 3:
        bban = bank + "10" + digits(8)
    elif country == 4:
        branch, account = digits(4), digits(10)
        bban = f"{bank}{branch}{_es_check('00' + bank + branch)}{_es_check(account)}{account}"
    elif country == 5:
        body = bank + digits(16)
        bban = f"{body}{97 - int(body) * 100 % 97:02d}"  # RIB key
    else:
        bban = bank + digits(16)
    numeric = int("".join(str(int(ch, 36)) for ch in bban + COUNTRY[country] + "00"))
    return f"{COUNTRY[country]}{98 - numeric % 97:02d}{bban}"


def plate(country: int, rng: random.Random, taken: set[str]) -> tuple[str, str]:
    """A new number plate: (Latin form, form in the country's own script)."""
    while True:
        latin, native = _plate_text(country, rng)
        if latin not in taken:
            taken.add(latin)
            return latin, native


def _plate_text(country: int, rng: random.Random) -> tuple[str, str]:
    area = rng.choice(PLATE_AREAS[country]) if PLATE_AREAS[country] else ""
    if country == 0:
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
        text = f"{area}-{letters} {rng.randint(1, 9999)}"
    elif country == 1:
        tail = (str(rng.randint(10000, 99999)) if rng.random() < 0.6
                else f"{rng.randint(1000, 9999)}{rng.choice('ACEFGHJKLMNPRSTUVWXY')}")
        text = f"{area} {tail}"
    elif country == 2:
        letters = "".join(rng.choice("ABEZHIKMNOPTXY") for _ in range(3))
        text = f"{letters}-{rng.randint(1000, 9999)}"
        return text, "".join(GREEK_PLATE.get(ch, ch) for ch in text)
    elif country == 3:
        text = f"{area} {rng.randint(1000, 9999)} " + "".join(
            rng.choice("ABEKMHOPCTYX") for _ in range(2))
        return text, "".join(CYRILLIC_PLATE.get(ch, ch) for ch in text)
    elif country == 4:
        text = f"{rng.randrange(10000):04d} " + "".join(
            rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
    else:
        latin, arabic = rng.choice(MOROCCAN_PLATE)
        number, region = rng.randint(1, 99999), rng.randint(1, 89)
        return f"{number}-{latin}-{region}", f"{number}-{arabic}-{region}"
    return text, text


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                          (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
                          strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(wmi: str, rng: random.Random) -> str:
    """A 17-character VIN with the ISO 3779 / North-American check digit in position 9."""
    descriptor = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    year, plant = rng.choice("ABCDEFGHJKLMNPR"), rng.choice(_VIN_CHARS)  # model year 2010-2024
    body = f"{wmi}{descriptor}0{year}{plant}{rng.randrange(10**6):06d}"
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(body, _VIN_WEIGHTS, strict=True)) % 11
    return body[:8] + ("X" if total == 10 else str(total)) + body[9:]


def registration_number(country: int, rng: random.Random) -> str:
    """A company register number in the country's format (EIK and CIF with check digits)."""
    if country == 0:
        return f"HRB {rng.randint(10000, 199999)}"
    if country == 1:
        return f"KRS {rng.randint(1, 999999):010d}"
    if country == 2:
        return str(rng.randint(10**11, 10**12 - 1))  # GEMI number
    if country == 3:
        d = [rng.randint(0, 9) for _ in range(8)]
        check = sum(x * (k + 1) for k, x in enumerate(d)) % 11
        if check == 10:
            check = sum(x * (k + 3) for k, x in enumerate(d)) % 11 % 10
        return "".join(map(str, d)) + str(check)
    if country == 4:
        d = [rng.randint(0, 9) for _ in range(7)]
        odd = sum(2 * x // 10 + 2 * x % 10 for x in d[0::2])
        return "B" + "".join(map(str, d)) + str((10 - (odd + sum(d[1::2])) % 10) % 10)
    return f"RC {rng.randint(10000, 599999)}"
