"""Bank accounts: IBANs in any case and spacing, and domestic account numbers.

An IBAN is checked by ``schwifty``. A domestic number is checked by its own rule and
keyed by the IBAN it stands for, so that ``61 1090 1014 0000 0712 1981 2874`` and
``PL61 1090 ...`` are one account: Polish NRB (the IBAN's check digits lead it),
Spanish CCC (``python-stdnum``), French RIB (its key), any IBAN of the text's regions
written without its country code, German or Austrian BLZ and Konto (the IBAN
``schwifty`` builds for a bank its registry knows; the two numbers as they are
otherwise), British sort code and account, and any number after an account word
(``Kontonummer``, ``р/с``, ``رقم الحساب``...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import schwifty
from schwifty import exceptions as iban_errors
from stdnum.es import ccc

from liaison.analysis.redaction.common import Found, fold_text, overlaps

# A country code, check digits, then letters and digits with any separators between.
_SEP = r"(?:[ \t\-.]{1,3}|[ \t]*\r?\n[ \t]*)?"
_IBAN = re.compile(rf"(?<![^\W_])[A-Za-z]{{2}}[ \t]?\d{{2}}(?:{_SEP}[A-Za-z0-9]){{11,32}}")
# A run of digit groups: "61 1090 1014 0000 0712 1981 2874", "2100-0418-45-0200051332".
_DIGIT_RUN = re.compile(rf"(?<![\w\-+/])\d(?:{_SEP}\d){{13,29}}(?![\w])")
# A French RIB: bank, branch, account (letters allowed) and key, in groups or run together.
_RIB = re.compile(r"(?<![\w])(\d{5})[ \-]?(\d{5})[ \-]?([0-9A-Z]{11})[ \-]?(\d{2})(?![\w])",
                  re.IGNORECASE)
_RIB_LETTERS = {ch: str(n) for n, letters in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW",
                                                        "GPX", "HQY", "IRZ"), 1)
                for ch in letters}
# German bank code and account number, in either order, near each other.
# A German bank code has eight digits, an Austrian one five.
_BLZ = re.compile(r"(?<![^\W\d_])(?:BLZ|Bankleitzahl)[\s.:]*((?:\d[ \t.\-]?){7}\d|\d{5})(?!\d)",
                  re.IGNORECASE)
_KONTO = re.compile(r"(?<![^\W\d_])(?:\w*konto(?:nummer|-?nr\.?)?|Kto\.?(?:-?Nr\.?)?)"
                    r"(?:\s*Nr\.?)?[\s.:]*((?:\d[ \t.\-]?){4,10}\d)(?!\d)", re.IGNORECASE)
_BLZ_REACH = 80  # characters between a bank code and its account number
_SORT_CODE = re.compile(r"(?<![^\W\d_])sort[ -]code[\s.:]*(\d{2}[ \-]?\d{2}[ \-]?\d{2})"
                        r"(?:[\s,;]*(?:and\s+)?(?:account|a/c|acc(?:ount)?\.?)(?:\s+(?:number|no\.?))?"
                        r"[\s.:]*(\d{8}))?", re.IGNORECASE)
# Words after which a number is an account, whatever its country.
_ACCOUNT_WORDS = re.compile(
    r"(?<![^\W\d_])(?:account(?: number| no\.?)?|acct\.?(?: no\.?)?|a/c(?: no\.?)?|"
    r"num[ée]ro de compte|compte(?: bancaire)?(?: n[°º])?|n[°º] de compte|"
    r"kontonummer|konto(?:-?nr\.?)?|kto\.?(?:-?nr\.?)?|"
    r"n[úu]mero de cuenta|cuenta(?: bancaria)?(?: n\.?[°º])?|c/c|"
    r"numer(?:u)? (?:konta|rachunku)|nr (?:konta|rachunku)|rachun(?:ek|ku)(?: bankow\w+)?"
    r"(?: nr)?|konto(?: bankowe)?(?: nr)?|"
    r"р/с|расч[её]тн\w+ сч[её]т\w*|сч[её]т(?:а|у)?(?: №)?|номер сч[её]та|"
    r"αριθμ[όο]ς λογαριασμο[ύυ]|αρ\. λογαριασμο[ύυ]|λογαριασμ[όο]ς|λογαριασμο[ύυ]|"
    r"رقم الحساب(?: البنكي)?|الحساب البنكي(?: رقم)?|حساب بنكي(?: رقم)?)(?![^\W\d_])"
    r"[\s.:#№°º-]*", re.IGNORECASE)
_ACCOUNT_NUMBER = re.compile(r"\d(?:[ \-/]?\d){5,29}(?![\w])")
_WORD_REACH = 24
# "12 000 000" is an amount, whatever word comes before it.
_AMOUNT = re.compile(r"\d{1,3}(?:[ .]\d{3})+")
_CURRENCY = re.compile(r"\s*(?:[€$£¥₽]|eur|euro|usd|gbp|pln|zł|chf|rub|руб|mad|dh|دره)",
                       re.IGNORECASE)


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).upper()


def iban_of(country: str, bban: str) -> str:
    """The IBAN of a domestic account (its BBAN), with the check digits computed."""
    numeric = int("".join(str(int(ch, 36)) for ch in bban.upper() + country + "00"))
    return f"{country}{98 - numeric % 97:02d}{bban.upper()}"


def _valid_iban(compact: str) -> str | None:
    try:
        return schwifty.IBAN(compact).compact
    except iban_errors.SchwiftyException:
        return None


def find_ibans(text: str) -> list[Found]:
    """IBANs in any case, compact or grouped however, their checksum checked by schwifty."""
    folded = fold_text(text)
    out: list[Found] = []
    m = _IBAN.search(folded)
    while m is not None:
        found = _iban_prefix(m)
        if found:
            out.append(found)
        # The pattern may have run on into the next IBAN: search again after this one.
        m = _IBAN.search(folded, found.end if found else m.start() + 1)
    return out


def _iban_prefix(m: re.Match[str]) -> Found | None:
    """The longest valid IBAN the match starts with, ending where a group ends."""
    raw = m.group(0)
    positions = [i for i, ch in enumerate(raw) if ch.isalnum()]
    compact = "".join(raw[i] for i in positions).upper()
    for length in range(min(len(compact), 34), 14, -1):
        last = positions[length - 1]
        if raw[last + 1:last + 2].isalnum():
            continue
        key = _valid_iban(compact[:length])
        if key:
            return Found(m.start(), m.start() + last + 1, "iban", key, "iban")
    return None


def _nrb(digits: str) -> str | None:
    return _valid_iban("PL" + digits) if len(digits) == 26 else None


def _ccc(digits: str) -> str | None:
    if len(digits) == 20 and ccc.is_valid(digits):
        return _valid_iban(iban_of("ES", digits))
    return None


_DOMESTIC: tuple[tuple[str, Callable[[str], str | None]], ...] = (
    ("account:pl-nrb", _nrb), ("account:es-ccc", _ccc))


def rib_key_valid(bank: str, branch: str, account: str, key: str) -> bool:
    """Whether a French RIB's two-digit key matches its bank, branch and account."""
    digits = "".join(_RIB_LETTERS.get(ch, ch) for ch in account.upper())
    total = 89 * int(bank) + 15 * int(branch) + 3 * int(digits)
    return 97 - total % 97 == int(key)


def find_accounts(text: str, exclude: Iterable[Found] = (), regions: Iterable[str] = ()
                  ) -> list[Found]:
    """Domestic account numbers, outside ``exclude`` (the IBANs already found); an IBAN
    written without its country code is read in each of ``regions``."""
    folded = fold_text(text)
    out: list[Found] = []
    taken = list(exclude)
    regions = list(regions)
    finders = (lambda t: _find_runs(t, regions), _find_ribs, _find_german, _find_sort_codes,
               _find_after_words)
    for finder in finders:
        for found in finder(folded):
            if not overlaps(found.start, found.end, [*taken, *out]):
                out.append(found)
    return sorted(out, key=lambda f: f.start)


def _find_runs(text: str, regions: list[str]) -> Iterable[Found]:
    """Runs of digits that are a domestic account, or an IBAN of one of ``regions``
    written without its country code ("89 3704 0044 0532 0130 00")."""
    for m in _DIGIT_RUN.finditer(text):
        digits = _compact(m.group(0))
        checks = [*_DOMESTIC, *((f"account:iban-without-country:{r}",
                                 lambda d, r=r: _valid_iban(r + d)) for r in regions)]
        for rule, check in checks:
            key = check(digits)
            if key:
                yield Found(m.start(), m.end(), "account", key, rule)
                break


def _find_ribs(text: str) -> Iterable[Found]:
    for m in _RIB.finditer(text):
        bank, branch, account, key = m.groups()
        if rib_key_valid(bank, branch, account, key):
            iban = _valid_iban(iban_of("FR", _compact(m.group(0))))
            if iban:
                yield Found(m.start(), m.end(), "account", iban, "account:fr-rib")


def _find_german(text: str) -> Iterable[Found]:
    kontos = list(_KONTO.finditer(text))
    for blz in _BLZ.finditer(text):
        near = [k for k in kontos if abs(k.start() - blz.start()) <= _BLZ_REACH]
        for konto in near[:1]:
            bank, account = _compact(blz.group(1)), _compact(konto.group(1))
            country = "DE" if len(bank) == 8 else "AT"
            start = min(blz.start(1), konto.start(1))
            end = max(blz.end(1), konto.end(1))
            iban = _generated(country, bank, account)
            if iban is not None:  # a bank code the registry knows: the IBAN it is
                yield Found(start, end, "account", iban, f"account:{country.lower()}-blz")
            else:  # the words say it is an account, whatever the registry knows
                yield Found(start, end, "account", f"{country}:{bank}:{account}",
                            "account:keyword")


def _generated(country: str, bank: str, account: str) -> str | None:
    """The IBAN of a bank code and account number, if the registry knows the bank."""
    try:
        iban = schwifty.IBAN.generate(country, bank_code=bank, account_code=account)
    except iban_errors.SchwiftyException:
        return None
    return iban.compact if iban.bank is not None else None


def _find_sort_codes(text: str) -> Iterable[Found]:
    for m in _SORT_CODE.finditer(text):
        end = m.end(2) if m.group(2) else m.end(1)
        key = "GB:" + _compact(m.group(1)) + (_compact(m.group(2)) if m.group(2) else "")
        yield Found(m.start(1), end, "account", key, "account:gb-sort-code")


def _find_after_words(text: str) -> Iterable[Found]:
    for word in _ACCOUNT_WORDS.finditer(text):
        m = _ACCOUNT_NUMBER.match(text, word.end())
        if m is None:
            m = next(iter(_ACCOUNT_NUMBER.finditer(text, word.end(),
                                                   word.end() + _WORD_REACH)), None)
            # Only a few joining words may come between ("Konto bei der X: ..." is not).
            if m is None or re.search(r"[^\W\d_]{4,}", text[word.end():m.start()]):
                continue
        if (m.start() > 0 and text[m.start() - 1] == "+") or _AMOUNT.fullmatch(m.group(0)) \
                or _CURRENCY.match(text, m.end()):
            continue  # a phone number, an amount
        yield Found(m.start(), m.end(), "account", _compact(m.group(0)), "account:keyword")
