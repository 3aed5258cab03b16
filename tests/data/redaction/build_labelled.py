"""Builds labelled.jsonl: synthetic narratives with their sensitive spans labelled by kind.

Run once (``python tests/data/redaction/build_labelled.py``); the output is committed and
the benchmark reads it. The sentences are written by hand per language; every name is
invented and every number synthetic: phones are valid by ``phonenumbers`` but drawn at
random, IBANs, PESEL, DNI, NIR, INN and Steuer-ID carry valid checksums computed here,
wallet addresses are random hashes with valid Base58Check/bech32 checksums, IP addresses
come from the documentation ranges. Each line::

    {"id", "language", "country", "text", "entities": [{"schema", "name", "birthDate"?}],
     "spans": [{"start", "end", "kind", "text"}]}

``entities`` are what the workspace knows (the record's persons and organisations);
names in the text may be spelled differently (another script, another transliteration).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

import phonenumbers
import schwifty
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.pl import pesel
from stdnum.ru import inn

from sentences import SENTENCES  # the hand-written templates, beside this file  # isort: skip

HERE = Path(__file__).resolve().parent
rng = random.Random(20250307)

# --- synthetic values ------------------------------------------------------------------------

PHONE_STYLES = {
    "DE": [lambda n: f"0{n[:3]} {n[3:]}", lambda n: f"0{n[:3]}/{n[3:]}",
           lambda n: f"+49 {n[:3]} {n[3:7]} {n[7:]}", lambda n: f"0049 {n[:3]} {n[3:]}",
           lambda n: f"0{n[:3]}-{n[3:]}"],
    "FR": [lambda n: f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
           lambda n: f"0{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}",
           lambda n: f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", lambda n: f"0{n}",
           lambda n: f"+33{n}"],
    "ES": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: n,
           lambda n: f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
           lambda n: f"0034 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}"],
    "PL": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}",
           lambda n: f"+48 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+48{n}", lambda n: n],
    "RU": [lambda n: f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}",
           lambda n: f"+7 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
           lambda n: f"+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}", lambda n: f"8{n}",
           lambda n: f"8-{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"],
    "MA": [lambda n: f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
           lambda n: f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
           lambda n: f"0{n[:3]}-{n[3:]}", lambda n: f"00212{n}", lambda n: f"0{n}"],
    "GB": [lambda n: f"0{n[:4]} {n[4:]}", lambda n: f"+44 {n[:4]} {n[4:]}",
           lambda n: f"0{n}", lambda n: f"+44 (0){n[:4]} {n[4:]}", lambda n: f"0{n[:4]}-{n[4:]}"],
}


def phone(region: str) -> str:
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE,
                       phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or \
        phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    while True:
        keep = 3 if region != "GB" else 4
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(number):
            return rng.choice(PHONE_STYLES[region])(digits)


def foreign_phone() -> str:
    """A phone of another country, written internationally (+ or 00) as partners do."""
    while True:
        region = rng.choice(list(PHONE_STYLES))
        text = phone(region)
        if text.startswith(("+", "00")):
            return text


IBAN_BANKS = {"DE": ("37040044", 10), "FR": ("3000600001", 13), "ES": ("21000418", 10),
              "PL": ("10901014", 16), "GB": ("NWBK601613", 8), "MA": None, "RU": None}


def iban(country: str) -> str:
    bank = IBAN_BANKS.get(country) or IBAN_BANKS[rng.choice(["DE", "FR", "ES", "PL"])]
    code, size = bank
    account = "".join(rng.choice("0123456789") for _ in range(size))
    if code.startswith("3000"):  # FR: bank+branch, account, 2-digit RIB key
        value = schwifty.IBAN.generate("FR", bank_code=code, account_code=account[:11])
    else:
        value = schwifty.IBAN.generate(code and _country_of(code), bank_code=code,
                                       account_code=account)
    return value.formatted if rng.random() < 0.6 else value.compact


def _country_of(bank: str) -> str:
    return next(c for c, b in IBAN_BANKS.items() if b and b[0] == bank)


def national_id(country: str) -> str:
    if country == "DE":
        while True:
            body = "".join(rng.choice("0123456789") for _ in range(10))
            for check in "0123456789":
                if idnr.is_valid(body + check):
                    return body + check
    if country == "PL":
        year, month, day = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = f"{year:02d}{month:02d}{day:02d}{rng.randint(0, 9999):04d}"
        return body + pesel.calc_check_digit(body)
    if country == "ES":
        body = f"{rng.randint(10_000_000, 99_999_999)}"
        return body + dni.calc_check_digit(body)
    if country == "FR":
        body = (f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
                f"{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}")
        value = body + nir.calc_check_digits(body)
        return nir.format(value) if rng.random() < 0.5 else value
    if country == "RU":
        body = "77" + "".join(rng.choice("0123456789") for _ in range(8))
        return body + inn.calc_personal_check_digits(body)
    if country == "MA":
        return rng.choice(["AB", "BK", "CD", "EE", "J"]) + str(rng.randint(100000, 999999))
    letters = "ABCEGHJKLMNPRSTWXYZ"
    return (rng.choice(letters) + rng.choice(letters) + f"{rng.randint(0, 999999):06d}"
            + rng.choice("ABCD"))


def passport(country: str) -> str:
    if country == "DE":
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        return "C" + "".join(rng.choice(alphabet) for _ in range(8))
    if country == "RU":
        return f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(100000, 999999)}"
    if country == "FR":
        return f"{rng.randint(10, 99)}{rng.choice('ABCDEFGH')}{rng.choice('KLMNPR')}" \
               f"{rng.randint(10000, 99999)}"
    prefix = {"ES": "PA", "PL": "E", "MA": "BM", "GB": "5"}.get(country, "X")
    return prefix + str(rng.randint(1_000_000, 9_999_999))


def email(name: str) -> str:
    from anyascii import anyascii

    local = re.sub(r"[^a-z]+", ".", anyascii(name).lower()).strip(".") or "contact"
    domain = rng.choice(["example.org", "example.com", "example.net", "mail.example.de"])
    if rng.random() < 0.15:  # defanged, as threat-intelligence sources write them
        return f"{local}{rng.randint(1, 99)}[at]{domain.replace('.', '[.]')}"
    return f"{local}{rng.randint(1, 99)}@{domain}"


def ip() -> str:
    if rng.random() < 0.75:
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(1, 254)}"
    return f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xffff):x}"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _base58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number, out = int.from_bytes(data, "big"), ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _bech32(hrp: str, witness: bytes) -> str:
    def polymod(values: list[int]) -> int:
        gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i, g in enumerate(gen):
                chk ^= g if (top >> i) & 1 else 0
        return chk

    bits, acc, nbits = [0], 0, 0  # witness version 0, then 8-to-5-bit groups
    for byte in witness:
        acc, nbits = (acc << 8) | byte, nbits + 8
        while nbits >= 5:
            nbits -= 5
            bits.append((acc >> nbits) & 31)
    if nbits:
        bits.append((acc << (5 - nbits)) & 31)
    expand = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = polymod(expand + bits + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in bits + checksum)


def wallet() -> str:
    choice = rng.random()
    payload = bytes(rng.randrange(256) for _ in range(20))
    if choice < 0.4:
        return _base58check(b"\x00" + payload)
    if choice < 0.7:
        return _bech32("bc", payload)
    return "0x" + payload.hex()


def dob() -> tuple[str, int, int, int]:
    return "", rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28)


DATE_STYLES = {
    "en": [lambda y, m, d: f"{d:02d}/{m:02d}/{y}", lambda y, m, d: f"{d} {MONTHS['en'][m]} {y}",
           lambda y, m, d: f"{y}-{m:02d}-{d:02d}"],
    "fr": [lambda y, m, d: f"{d:02d}/{m:02d}/{y}", lambda y, m, d: f"{d} {MONTHS['fr'][m]} {y}"],
    "de": [lambda y, m, d: f"{d:02d}.{m:02d}.{y}", lambda y, m, d: f"{d}. {MONTHS['de'][m]} {y}"],
    "es": [lambda y, m, d: f"{d:02d}/{m:02d}/{y}",
           lambda y, m, d: f"{d} de {MONTHS['es'][m]} de {y}"],
    "pl": [lambda y, m, d: f"{d:02d}.{m:02d}.{y}", lambda y, m, d: f"{d} {MONTHS['pl'][m]} {y}"],
    "ru": [lambda y, m, d: f"{d:02d}.{m:02d}.{y}", lambda y, m, d: f"{d} {MONTHS['ru'][m]} {y}"],
    "ar": [lambda y, m, d: f"{d:02d}/{m:02d}/{y}", lambda y, m, d: f"{d} {MONTHS['ar'][m]} {y}"],
}
MONTHS = {
    "en": [None, "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": [None, "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": [None, "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": [None, "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "pl": [None, "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": [None, "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "ar": [None, "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
           "أكتوبر", "نونبر", "دجنبر"],
}

# --- assembling ------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")


def build(language: str, country: str, template: str, people: list[dict], orgs: list[dict],
          n: int) -> dict:
    """Fill one template: persons/orgs by index, identifiers drawn fresh; spans recorded."""
    text, spans, entities, cursor = "", [], [], 0
    births: dict[int, tuple[int, int, int]] = {}
    for m in _SLOT.finditer(template):
        text += template[cursor:m.start()]
        slot = m.group(1)
        value, kind = _value(slot, language, country, people, orgs, births, entities)
        if kind:
            spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind,
                          "text": value})
        text += value
        cursor = m.end()
    text += template[cursor:]
    return {"id": f"{language}-{n:03d}", "language": language, "country": country,
            "text": text, "entities": entities, "spans": spans}


def _value(slot: str, language: str, country: str, people: list[dict], orgs: list[dict],
           births: dict, entities: list[dict]) -> tuple[str, str | None]:
    head, _, index = slot.rpartition("_") if slot[-1].isdigit() else (slot, "", "0")
    i = int(index or 0)
    if head in ("P", "PV", "PS"):  # person: as known, a variant spelling, surname only
        person = people[i]
        if not any(e["name"] == person["name"] for e in entities):
            entry = {"schema": "Person", "name": person["name"]}
            if i in births:
                year, month, day = births[i]
                entry["birthDate"] = f"{year:04d}-{month:02d}-{day:02d}"
            entities.append(entry)
        text = {"P": person["name"], "PV": person.get("variant", person["name"]),
                "PS": person["name"].split()[-1]}[head]
        return text, "person"
    if head == "O":
        org = orgs[i]
        if not any(e["name"] == org["name"] for e in entities):
            entities.append({"schema": "Company", "name": org["name"]})
        return org.get("text", org["name"]), "organization"
    if head in ("DOB", "KDOB"):  # after a birth word / a known birth date without one
        _, y, mo, d = dob()
        births[i] = (y, mo, d)
        for e in entities:
            if e["name"] == people[i]["name"]:
                e["birthDate"] = f"{y:04d}-{mo:02d}-{d:02d}"
        if head == "KDOB" and not any(e["name"] == people[i]["name"] for e in entities):
            entities.append({"schema": "Person", "name": people[i]["name"],
                             "birthDate": f"{y:04d}-{mo:02d}-{d:02d}"})
        return rng.choice(DATE_STYLES[language])(y, mo, d), "dob"
    if head == "DATE":  # an event date: not sensitive
        return rng.choice(DATE_STYLES[language])(2024, rng.randint(1, 12), rng.randint(1, 28)), \
            None
    makers = {"TEL": lambda: phone(country), "TELX": foreign_phone,
              "MAIL": lambda: email(people[i]["name"]), "IBAN": lambda: iban(country),
              "ID": lambda: national_id(country), "PASS": lambda: passport(country),
              "IP": ip, "BTC": wallet,
              "AMOUNT": lambda: f"{rng.randint(1, 400)} {rng.randint(100, 999)}",
              "REF": lambda: f"{rng.randint(100, 999)} Js {rng.randint(1000, 9999)}/24",
              "NUM": lambda: str(rng.randint(10000, 99999))}
    kinds = {"TEL": "phone", "TELX": "phone", "MAIL": "email", "IBAN": "iban",
             "ID": "national_id", "PASS": "passport", "IP": "ip", "BTC": "crypto"}
    if head == "PASS" and country == "RU":
        # The internal passport is the citizen's identity document: a national id, as the
        # frozen sets label it (UNSEEN.md).
        return makers[head](), "national_id"
    return makers[head](), kinds.get(head)


def main() -> None:
    lines = []
    for language, (country, people, orgs, templates) in SENTENCES.items():
        for n, template in enumerate(templates, 1):
            lines.append(build(language, country, template, people, orgs, n))
    out = HERE / "labelled.jsonl"
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                   encoding="utf-8")
    spans = sum(len(line["spans"]) for line in lines)
    print(f"{len(lines)} texts, {spans} spans -> {out}")


if __name__ == "__main__":
    main()
