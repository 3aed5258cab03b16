"""Markup parsing and value checks shared by build_ids_dev5.py and build_unseen2.py.

A text holds its labels inline as ``[[kind:text]]`` or ``[[kind/check:text]]``; the optional
``check`` names the validator for accounts and national IDs (``nrb``, ``pesel``...) and is
dropped from the output. Every value is checked with the library made for it where one exists
(phonenumbers, schwifty, python-stdnum); a few check digits are computed here.
"""

import contextlib
import hashlib
import json
import re
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from stdnum import iban as std_iban
from stdnum.be import nn as be_nn
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.pl import pesel
from stdnum.ru import inn

KINDS = ("person", "phone", "email", "iban", "account", "passport", "national_id", "dob",
         "address", "plate")
LANGUAGES = ("en", "fr", "de", "es", "pl", "ru", "el", "ar")
MAIN_COUNTRY = {"en": "GB", "fr": "FR", "de": "DE", "es": "ES", "pl": "PL", "ru": "RU",
                "el": "GR", "ar": "EG"}
MARK = re.compile(r"\[\[([a-z_]+)(?:/([a-z_0-9]+))?:(.+?)\]\]", re.S)
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse(marked: str) -> tuple[str, list[dict]]:
    """The plain text and its spans, each with the check named in the markup (or None)."""
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(p) for p in out)
        kind, check, value = m.group(1), m.group(2), m.group(3)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in {m.group(0)!r}")
        out.append(value)
        spans.append({"start": start, "end": start + len(value), "kind": kind, "text": value,
                      "check": check})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup near {text[text.find('[['):][:60]!r}")
    return text, spans


def _compact(value: str) -> str:
    return re.sub(r"[\s\-./]", "", value.translate(DIGITS))


def _mod97_rib(bank: str, branch: str, account: str, key: str) -> bool:
    letters = {c: str(d) for d, cs in enumerate(
        ("", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ")) for c in cs}
    account = "".join(letters.get(c, c) for c in account.upper())
    value = 89 * int(bank) + 15 * int(branch) + 3 * int(account)
    return 97 - value % 97 == int(key)


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _mod10_recursive(digits: str) -> int:
    table, carry = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5), 0
    for c in digits:
        carry = table[(carry + int(c)) % 10]
    return (10 - carry) % 10


def _snils(digits: str) -> bool:
    body, control = digits[:9], int(digits[9:])
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    expected = total % 101 % 100
    return expected == control


def _pl_id_card(value: str) -> bool:
    value = value.upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", value):
        return False
    nums = [ord(c) - 55 for c in value[:3]] + [int(c) for c in value[3:]]
    weights = (7, 3, 1, 0, 7, 3, 1, 7, 3)
    return sum(n * w for n, w in zip(nums, weights, strict=True)) % 10 == nums[3]


def _mrz_digit(field: str) -> str:
    weights, total = (7, 3, 1), 0
    for i, c in enumerate(field):
        v = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        total += v * weights[i % 3]
    return str(total % 10)


def check_account(value: str, check: str | None) -> None:
    c = _compact(value)
    if check == "nrb":
        assert re.fullmatch(r"\d{26}", c) and IBAN("PL" + c, validate_bban=True), value
    elif check == "rib":
        parts = re.findall(r"[0-9A-Za-z]+", value)
        if len(parts) == 1:
            parts = [c[:5], c[5:10], c[10:21], c[21:]]
        assert len(parts) == 4 and _mod97_rib(*parts), value
    elif check == "ccc":
        assert ccc.is_valid(c), value
    elif check in ("blz", "konto", "blzkonto"):
        pass  # checked as a pair by check_record from the markup's neighbours
    elif check == "ukac":
        shapes = r"\d{2}-\d{2}-\d{2}|\d{8}|\d{2}-\d{2}-\d{2} ?\d{8}"
        assert re.fullmatch(shapes, value.strip()), value
    elif check == "chpost":
        m = re.fullmatch(r"(\d{2})-(\d{1,6})-(\d)", value)
        assert m, value
        body = m.group(1) + m.group(2).zfill(6)
        assert _mod10_recursive(body) == int(m.group(3)), value
    else:
        raise AssertionError(f"account without a known check: {value!r}")


def _de_pair(blz: str, konto: str) -> None:
    iban = IBAN.generate("DE", bank_code=_compact(blz), account_code=_compact(konto))
    assert std_iban.is_valid(str(iban)) and iban.bank is not None, (blz, konto)


def check_national_id(value: str, check: str | None) -> None:
    c = _compact(value)
    simple = {"pesel": pesel.is_valid, "dni": dni.is_valid, "nie": nie.is_valid,
              "nir": nir.is_valid, "steuerid": idnr.is_valid, "inn": inn.is_valid,
              "amka": amka.is_valid, "afm": gr_vat.is_valid, "benn": be_nn.is_valid}
    if check in simple:
        assert simple[check](c), value
    elif check == "snils":
        assert re.fullmatch(r"\d{11}", c) and _snils(c), value
    elif check == "plid":
        assert _pl_id_card(c), value
    elif check in ("emirates", "saudi"):
        assert _luhn(c) and (len(c) == 15 if check == "emirates" else len(c) == 10), value
    elif check == "nino":
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", c.upper()), value
    elif check == "deid":
        assert re.fullmatch(r"[CFGHJKLMNPRTVWXYZ0-9]{9}\d?", c.upper()), value
    elif check == "adt":
        assert re.fullmatch(r"[Α-Ω]{1,2}\d{6}", c), value
    elif check == "rupass":
        assert re.fullmatch(r"\d{10}", c), value
    elif check == "egid":
        assert re.fullmatch(r"[23]\d{13}", c), value
    elif check == "cin":
        assert re.fullmatch(r"[A-Z]{1,2}\d{5,6}", c.upper()), value
    else:
        raise AssertionError(f"national ID without a known check: {value!r}")


def _deobfuscate(value: str) -> str:
    v = value.lower()
    at = "at|arobase|arroba|małpa|malpa|собака|παπάκι"
    dot = "dot|point|punto|punkt|kropka|точка|τελεία"
    for pat, rep in ((rf"\s*[\[(<{{]\s*({at})\s*[\])>}}]\s*", "@"),
                     (rf"\s*[\[(<{{]\s*({dot})\s*[\])>}}]\s*", "."),
                     (r"\s+(at|arobase|собака|chez|małpa|bei|arroba)\s+", "@"),
                     (r"\s+(dot|point|punto|kropka|точка|punkt)\s+", ".")):
        v = re.sub(pat, rep, v)
    return re.sub(r"\s+", "", v)


def check_value(span: dict, record: dict) -> None:
    kind, value, check = span["kind"], span["text"], span["check"]
    opening = ",;:\"'«»" if kind == "phone" else ",;:(\"'«»"
    closing = ",;:(\"'«»" if kind == "address" and "(" in value else ",;:)(\"'«»"
    if value != value.strip() or value[-1] in closing or value[0] in opening:
        raise AssertionError(f"span has surrounding whitespace or punctuation: {value!r}")
    if value.endswith(".") and not (kind == "person" and re.search(r"(^|[\s.\-])\w\.$", value)):
        raise AssertionError(f"span ends in a period: {value!r}")
    if kind == "phone":
        number = value.replace("\n", "").translate(DIGITS)
        regions = [r for r in (record["country"], MAIN_COUNTRY[record["language"]],
                               record["agency_country"]) if r]
        ok = False
        for region in regions:
            with contextlib.suppress(phonenumbers.NumberParseException):
                ok = ok or phonenumbers.is_valid_number(phonenumbers.parse(number, region))
        assert ok, f"phone not valid for {regions}: {value!r}"
    elif kind == "email":
        assert re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", _deobfuscate(value)), value
    elif kind == "iban":
        c = re.sub(r"\s", "", value).upper()
        assert IBAN(c) and std_iban.is_valid(c), value
    elif kind == "account":
        check_account(value, check)
    elif kind == "national_id":
        check_national_id(value, check)
    elif kind == "passport":
        c = _compact(value)
        assert 6 <= len(c) <= 10 and c.isalnum() and any(ch.isdigit() for ch in c), value
    elif kind == "dob":
        assert re.search(r"\d", value.translate(DIGITS)), value
    elif kind == "address":
        parts = len(re.findall(r"[,،\n]", value))
        assert len(value) > 10 and (re.search(r"\d", value.translate(DIGITS)) or parts >= 3), value
    elif kind == "plate":
        c = re.sub(r"[\s\-·]", "", value.translate(DIGITS))
        assert 3 <= len(c) <= 10 and re.search(r"\d", c), value
    elif kind == "person":
        assert not re.search(r"\d", value), value


def check_record(record: dict, checks: list[str | None]) -> None:
    text = record["text"]
    errors = []
    for span, check in zip(record["spans"], checks, strict=True):
        assert text[span["start"]:span["end"]] == span["text"], span
        try:
            check_value({**span, "check": check}, record)
        except (AssertionError, ValueError) as e:
            errors.append(f"{span['kind']} {span['text']!r}: {e}")
    if errors:
        raise AssertionError("; ".join(errors))
    blz = [s for s, c in zip(record["spans"], checks, strict=True) if c == "blz"]
    konto = [s for s, c in zip(record["spans"], checks, strict=True) if c == "konto"]
    assert len(blz) == len(konto), f"unpaired BLZ/Konto in {record['id']}"
    for b, k in zip(blz, konto, strict=True):
        _de_pair(b["text"], k["text"])
    for s, c in zip(record["spans"], checks, strict=True):
        if c == "blzkonto":
            konto_part, blz_part = re.split(r"\s*/\s*", s["text"])
            _de_pair(blz_part, konto_part)


def mrz_td3(doc_type: str, issuer: str, surname: str, given: str, number: str,
            nationality: str, birth: str, sex: str, expiry: str) -> str:
    """Two MRZ lines of a passport, with markup on the name, number and birth date."""
    name = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    line1 = f"{doc_type:<2}{issuer}{name}".replace(" ", "<")
    pad1 = "<" * (44 - len(line1))
    num = number.ljust(9, "<")
    body = (num + _mrz_digit(num) + nationality + birth + _mrz_digit(birth) + sex + expiry
            + _mrz_digit(expiry) + "<" * 14 + "<")
    final = _mrz_digit(body[0:10] + body[13:20] + body[21:43])
    head = f"{doc_type:<2}{issuer}".replace(" ", "<")
    return (f"{head}[[person:{name}]]{pad1}\n[[passport:{number}]]{num[len(number):]}"
            f"{_mrz_digit(num)}{nationality}[[dob:{birth}]]{_mrz_digit(birth)}{sex}{expiry}"
            f"{_mrz_digit(expiry)}{'<' * 15}{final}")


def build(records: list[tuple[str, str | None, str | None, str]], prefix: str) -> list[dict]:
    """Records from (language, country, agency_country, marked text), numbered per language."""
    out, numbers, errors = [], {}, []
    for language, country, agency, marked in records:
        assert language in LANGUAGES, language
        numbers[language] = numbers.get(language, 0) + 1
        text, spans = parse(marked)
        record = {"id": f"{prefix}-{language}-{numbers[language]:02d}", "language": language,
                  "country": country, "agency_country": agency, "text": text,
                  "spans": [{k: s[k] for k in ("start", "end", "kind", "text")} for s in spans]}
        try:
            check_record(record, [s["check"] for s in spans])
        except (AssertionError, ValueError) as e:
            errors.append(f"{record['id']}: {e}")
        out.append(record)
    if errors:
        raise SystemExit("\n".join(errors))
    return out


def dumps(records: list[dict]) -> str:
    """The JSONL text of the records, exactly as written to disk."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write(records: list[dict], path: Path, sha_path: Path | None = None) -> None:
    data = dumps(records)
    path.write_text(data, encoding="utf-8", newline="\n")
    if sha_path is not None:
        digest = hashlib.sha256(data.encode("utf-8")).hexdigest()
        sha_path.write_text(f"{digest}\n", encoding="utf-8", newline="\n")


def table(records: list[dict]) -> str:
    """The kind x language contents table, as in the .md files."""
    rows = [f"    {'kind':<14}" + "".join(f"{lang:>5}" for lang in LANGUAGES) + "  total"]
    for kind in KINDS:
        counts = [sum(1 for r in records if r["language"] == lang for s in r["spans"]
                      if s["kind"] == kind) for lang in LANGUAGES]
        rows.append(f"    {kind:<14}" + "".join(f"{n:>5}" for n in counts) + f"{sum(counts):>7}")
    counts = [sum(len(r["spans"]) for r in records if r["language"] == lang) for lang in LANGUAGES]
    rows.append(f"    {'spans':<14}" + "".join(f"{n:>5}" for n in counts) + f"{sum(counts):>7}")
    counts = [sum(1 for r in records if r["language"] == lang) for lang in LANGUAGES]
    rows.append(f"    {'texts':<14}" + "".join(f"{n:>5}" for n in counts) + f"{sum(counts):>7}")
    counts = [sum(1 for r in records if r["language"] == lang and r["country"] is None)
              for lang in LANGUAGES]
    rows.append(f"    {'country=null':<14}" + "".join(f"{n:>5}" for n in counts)
                + f"{sum(counts):>7}")
    return "\n".join(rows)
