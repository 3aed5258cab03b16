"""Bank accounts: IBANs in any case and spacing, and domestic account numbers.

An IBAN is checked by ``schwifty``. A domestic number is checked by its own rule and
keyed by the IBAN it stands for, so that ``61 1090 1014 0000 0712 1981 2874`` and
``PL61 1090 ...`` are one account: Polish NRB (the IBAN's check digits lead it),
Spanish CCC (``python-stdnum``), French RIB (its key), any IBAN of the text's regions
written without its country code, German or Austrian BLZ and Konto (the IBAN
``schwifty`` builds for a bank its registry knows; the two numbers as they are
otherwise; each bank code with its nearest account number in the same clause, and
``BLZ/Kto. 660 614 07/7 491 302`` under one label), British sort code and account, and any
number after an account word (``Kontonummer``, ``Sparbuch``, ``compte postal``, ``р/с``,
``رقم الحساب``...), and the next of a list after it ("... 040/481293-17 και στον
123-00-2002-045678"). Digits grouped in threes are an amount, unless they come right after
the account word (``Girokonto 90 188 442``) with no currency after them.

Some domestic numbers are known without a word, by a check or a structure no other
number shares: a Moroccan RIB (24 digits) or a Tunisian one (20 digits), whose key makes
the whole number divisible by 97, as an IBAN's check digits do; a Russian account (20
digits: a balance account of the client or interbank chapters, then a currency code); an
old Belgian account (``ddd-ddddddd-dd``, its last two digits the first ten modulo 97);
a British sort code written with its account number (``20-45-77 43910268``), and in a
text read as British the two run together (``209634 71842205``). Grouped digits must
break where the number's own fields do, so a list of numbers is not read as one.
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
_DIGIT_GROUP = re.compile(r"\d+")
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
# A form's label may name whose account it is: "Konto-Nr. des Empfängers".
_KONTO = re.compile(r"(?<![^\W\d_])(?:\w*konto(?:nummer|-?nr\.?)?|Kto\.?(?:-?Nr\.?)?)"
                    r"(?:\s*Nr\.?)?(?:[ \t]+(?:des|der)[ \t]+[^\W\d_]+)?[\s.:]*"
                    r"((?:\d[ \t.\-]?){4,10}\d)(?!\d)", re.IGNORECASE)
_BLZ_REACH = 80  # characters between a bank code and its account number
# Both under one label, in its order: "BLZ/Kto. 660 614 07/7 491 302", "Kto./BLZ .../...".
_BLZ_KTO = re.compile(r"(?<![^\W\d_])(?P<order>BLZ|Kto\.?|Konto)\s?/\s?(?:BLZ|Kto\.?|Konto)"
                      r"[\s.:]*(?P<first>(?:\d[ \t.]?){4,10}\d)\s?/\s?"
                      r"(?P<second>(?:\d[ \t.]?){4,10}\d)(?![\w/])", re.IGNORECASE)
_SORT_CODE = re.compile(r"(?<![^\W\d_])sort[ -]code[\s.:]*(\d{2}[ \-]?\d{2}[ \-]?\d{2})"
                        r"(?:[\s,;]*(?:(?:and\s+)?(?:account|a/c|acc(?:ount)?\.?)"
                        r"(?:\s+(?:number|no\.?))?[\s.:]*|[ \t]*/?[ \t]*)"
                        r"(\d{8})(?![\w\-/]|[.,]\d))?", re.IGNORECASE)
# Words after which a number is an account, whatever its country.
# Arabic may write "و", "ب", "ف" or "ل" onto the word ("وحسابه", "بالحساب").
_ACCOUNT_WORDS = re.compile(
    r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وبفل]))(?:"
    r"(?:savings |current |bank )?account(?: number| no\.?)?|acct\.?(?: no\.?)?|a/c(?: no\.?)?|"
    r"num[ée]ro de compte|compte(?: bancaire| courant| d'[ée]pargne| joint| postal)?(?: n[°º])?|"
    r"n[°º] de compte|kontonummer|"
    # Any German compound of "Konto": "Girokonto", "Gemeinschaftskonto", "Tagesgeldkonto".
    r"[^\W\d_]*konto(?:-?nr\.?|\s+nr\.?)?(?:\s+(?:des|der)\s+[^\W\d_]+)?|"
    r"kto\.?(?:-?nr\.?)?|sparbuch(?:-?nr\.?)?|"
    r"compte postal|compte ch[èe]que postal|ccp|conto postale|"
    r"n[úu]mero de cuenta|cuenta(?: bancaria| corriente| de ahorros?)?(?: n\.?[°º])?|c/c|"
    r"numer(?:u)? (?:konta|rachunku)|nr (?:konta|rachunku)|rachun(?:ek|ku)(?: bankow\w+)?"
    r"(?: nr)?|kont(?:o|a|em|cie)(?: bankowe\w*)?(?: nr)?|"
    r"р/с|расч[её]тн\w+ сч[её]т\w*|сч[её]т(?:а|у|е)?(?: №)?|номер сч[её]та|"
    r"αριθμ[όο]ς λογαριασμο[ύυ]|αρ\. λογαριασμο[ύυ]|λογαριασμ(?:[όο]ς?|ο[ύυ]ς?|[ώω]ν)|"
    r"رقم (?:ال)?حساب(?:ه|ها)?(?: (?:ال)?(?:بنكي|مصرفي|جاري|شخصي|محلي))?|"
    r"(?:ال)?حساب(?:ه|ها|هم)?(?: (?:ال)?(?:بنكي|مصرفي|جاري|شخصي|محلي|آخر|اخر))?"
    r"(?: رقم(?:ه|ها)?)?)(?![^\W\d_])"
    r"[\s.:#№°º-]*", re.IGNORECASE)
# The words other detectors read as labels, not names.
ACCOUNT_WORDS = _ACCOUNT_WORDS
# Digits grouped by one kind of sign: "5013-043187-526" in "5013-043187-526 61 cheques"
# is the account, the 61 is a count.
_ACCOUNT_NUMBER = re.compile(r"\d(?:(?:[\-/.]?\d){5,29}|(?: ?\d){5,29})(?![\w])")
# Words that name the number after an account word: "Das Konto hat die Nummer ...".
_NUMBER_WORDS = re.compile(r"(?:\s+(?:hat|has|is|ist|est|es|die|the|la|le|el|lautet|a))*"
                           r"\s+(?:nummer|number|num[ée]ro|n[úu]mero|numer|номер|αριθμό|αριθ\.?|"
                           r"αρ\.)"
                           r"[\s.:]*$", re.IGNORECASE)
_WORD_REACH = 24
# "and" (with an article or preposition) between two accounts of one list.
_LIST_NEXT = re.compile(r"\s*(?:,|;|and|und|et|y|i|oraz|и|και|و)\s*(?:[^\W\d_]{1,5}\s+)?"
                        r"(\d(?:[\-/]?\d){5,29}(?![\w]))", re.IGNORECASE)
# "12 000 000" is an amount, whatever word comes before it.
_AMOUNT = re.compile(r"\d{1,3}(?:[ .]\d{3})+")
_CURRENCY = re.compile(r"\s*(?:[€$£¥₽]|eur|euro|usd|gbp|pln|zł|chf|rub|руб|mad|dh|ευρώ|"
                       r"δολάρια|دره|جنيه|دينار|ريال|ليرة|دولار|يورو)", re.IGNORECASE)


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


def _rib_97(country: str, size: int) -> Callable[[str], str | None]:
    """A Maghreb RIB of ``size`` digits: its two-digit key makes it divisible by 97."""
    def check(digits: str) -> str | None:
        if len(digits) == size and int(digits) % 97 == 0:
            return _valid_iban(iban_of(country, digits))
        return None
    return check


# A Russian account: a balance account of the interbank (30x-32x), client (40x-42x) or
# loan (44x-47x) chapters, a currency (810 and 643 the rouble, 840, 978, 156, 826, 756,
# 392, 398, 933, 980), a check digit, a branch and the account itself.
_RU_ACCOUNT = re.compile(r"(?:30[1-9]|3[12]\d|40[1-9]|41\d|42[0-6]|4[4-7]\d)\d{2}"
                         r"(?:810|643|840|978|156|826|756|392|398|933|980)\d{12}")


def _ru(digits: str) -> str | None:
    return f"RU:{digits}" if _RU_ACCOUNT.fullmatch(digits) else None


# Each domestic number, its check, and where its groups may break: at the ends of its
# fields (first), or every four digits as banks print them; ``None``: anywhere.
_DOMESTIC: tuple[tuple[str, Callable[[str], str | None], tuple[frozenset[int], ...] | None],
                 ...] = (
    ("account:pl-nrb", _nrb, None), ("account:es-ccc", _ccc, None),
    ("account:ru", _ru, (frozenset({3, 5, 8, 9, 13}), frozenset({4, 8, 12, 16}))),
    ("account:ma-rib", _rib_97("MA", 24), (frozenset({3, 6, 22}), frozenset(range(4, 24, 4)))),
    ("account:tn-rib", _rib_97("TN", 20), (frozenset({2, 5, 18}), frozenset(range(4, 20, 4)))),
)


def _breaks(groups: list[str]) -> set[int]:
    """Where a grouped number breaks: the digit counts before each group but the first."""
    out, count = set(), 0
    for group in groups[:-1]:
        count += len(group)
        out.add(count)
    return out


def _old_be(digits: str) -> str | None:
    """An old Belgian account: its last two digits are the first ten modulo 97 (97 for 0)."""
    return _valid_iban(iban_of("BE", digits)) \
        if len(digits) == 12 and (int(digits[:10]) % 97 or 97) == int(digits[10:]) else None


def rib_key_valid(bank: str, branch: str, account: str, key: str) -> bool:
    """Whether a French RIB's two-digit key matches its bank, branch and account."""
    digits = "".join(_RIB_LETTERS.get(ch, ch) for ch in account.upper())
    total = 89 * int(bank) + 15 * int(branch) + 3 * int(digits)
    return 97 - total % 97 == int(key)


def find_accounts(text: str, exclude: Iterable[Found] = (), regions: Iterable[str] = ()
                  ) -> list[Found]:
    """Domestic account numbers, outside ``exclude`` (the IBANs already found); an IBAN
    written without its country code is read in each of ``regions``. A bank code
    written with an account number is one span with it."""
    folded = fold_text(text)
    out: list[Found] = []
    taken = list(exclude)
    regions = list(regions)
    finders = (_find_labelled_parts, lambda t: _find_runs(t, regions), _find_ribs,
               _find_german, _find_bank_pairs, _find_ch_postal, _find_sort_codes,
               lambda t: _find_structured(t, regions),
               _find_after_words, _find_bearing_numbers, _find_table_columns,
               lambda t: _find_local_shapes(t, regions))
    for finder in finders:
        for found in finder(folded):
            if not overlaps(found.start, found.end, [*taken, *out]):
                out.append(found)
    out = [f for f in _join_bank_codes(folded, out)
           if not _CORRESPONDENT_NUMBER.fullmatch(_compact(folded[f.start:f.end]))]
    out += [f for f in _find_transfers(folded, [*taken, *out])
            if not overlaps(f.start, f.end, [*taken, *out])]
    return sorted(out, key=lambda f: f.start)


# A RIB or CCC with a label before each part: "code banque 15695, code guichet 78939,
# n° de compte 70019674622, clé RIB 29"; "entidad 2494, oficina 0556, DC 95, número de
# cuenta 5959346855". One span from the first part's digits to the last's, its key checked.
_PART_SEP = r"[\s,;:]*"
_RIB_PARTS = re.compile(
    rf"(?<![^\W\d_])(?:code\s+)?banque{_PART_SEP}(?P<bank>\d{{5}}){_PART_SEP}"
    rf"(?:code\s+)?guichet{_PART_SEP}(?P<branch>\d{{5}}){_PART_SEP}"
    rf"(?:(?:n[°º]|num[ée]ro)\s+de\s+)?compte{_PART_SEP}(?P<account>[0-9A-Z]{{11}})"
    rf"{_PART_SEP}cl[ée](?:\s+RIB)?{_PART_SEP}(?P<key>\d{{2}})(?!\d)", re.IGNORECASE)
_CCC_PARTS = re.compile(
    rf"(?<![^\W\d_])entidad{_PART_SEP}(?P<bank>\d{{4}}){_PART_SEP}"
    rf"(?:oficina|sucursal){_PART_SEP}(?P<branch>\d{{4}}){_PART_SEP}"
    rf"(?:DC|D\.C\.|d[íi]gitos?\s+de\s+control){_PART_SEP}(?P<key>\d{{2}}){_PART_SEP}"
    rf"(?:(?:n[úu]mero|n\.?º)\s+de\s+)?cuenta{_PART_SEP}(?P<account>\d{{10}})(?!\d)",
    re.IGNORECASE)


def _find_labelled_parts(text: str) -> Iterable[Found]:
    for m in _RIB_PARTS.finditer(text):
        if rib_key_valid(m["bank"], m["branch"], m["account"], m["key"]):
            iban = _valid_iban(iban_of("FR", m["bank"] + m["branch"] + m["account"].upper()
                                       + m["key"]))
            if iban:
                yield Found(m.start("bank"), m.end("key"), "account", iban, "account:fr-rib")
    for m in _CCC_PARTS.finditer(text):
        key = _ccc(m["bank"] + m["branch"] + m["key"] + m["account"])
        if key:
            yield Found(m.start("bank"), m.end("account"), "account", key, "account:es-ccc")


# A bank code written with an account number, joined by a label, a comma, a slash, "bei"
# or a line break (never by a bracket or a bank's name: then the code stands alone):
# a BLZ, a Swiss clearing number, an Irish NSC, a US routing number.
_BANK_CODE_WORD = (r"(?<![^\W\d_])(?:BLZ|Bankleitzahl|clearing(?:-?nr\.?| number| no\.?)?|"
                   r"NSC|routing(?: number| no\.?)?|ABA(?: number)?)")
_BANK_CODE = r"(?P<code>\d(?:[ \-.]?\d){2,9})"
_CODE_BEFORE = re.compile(
    rf"{_BANK_CODE_WORD}[\s.:]*{_BANK_CODE}(?:\s*[,/]\s*|\s+)(?:(?:and|und|et|y)\s+)?"
    rf"(?:{_ACCOUNT_WORDS.pattern})?$", re.IGNORECASE)
_CODE_AFTER = re.compile(
    rf"(?:[ \t]*[,;/|][ \t]*|[ \t]+(?:bei|at|chez)[ \t]+(?:der[ \t]+)?|[ \t]*\n[ \t]*)"
    rf"{_BANK_CODE_WORD}[\s.:]*{_BANK_CODE}(?![\d\w])", re.IGNORECASE)
_CODE_REACH = 72


def _join_bank_codes(text: str, found: list[Found]) -> list[Found]:
    """Each account grown over a bank code written with it, before or after; an account
    the code's digits were read as on their own is absorbed."""
    out = list(found)
    for f in found:
        if f not in out or not f.detector.startswith("account:"):
            continue
        start, end = f.start, f.end
        before = _CODE_BEFORE.search(text, max(0, f.start - _CODE_REACH), f.start)
        # A code another account holds already is that account's ("... / BLZ 700 202
        # 70, Konto 228 447 19" after a first pair).
        if before and before.end() == f.start and not any(
                g.start <= before.start("code") < g.end
                and not (before.start("code") <= g.start and g.end <= before.end("code"))
                for g in out if g is not f):
            start = before.start("code")
        after = _CODE_AFTER.match(text, f.end)
        if after:
            end = after.end("code")
        if (start, end) != (f.start, f.end):
            out = [g for g in out if not (start <= g.start and g.end <= end)]
            out.append(Found(start, end, f.kind, f.key, f.detector))
    return out


# A table whose header names an account column ("Empfänger | Kto.-Nr. | BLZ | Betrag"):
# the cells of that column are accounts, with the bank code of the next column if its
# header names one.
_CELL_ACCOUNT = re.compile(r"\s*(?:kto\.?(?:-?nr\.?)?|konto(?:nummer|-?nr\.?)?|account(?: no\.?| "
                           r"number)?|compte|cuenta|konto|rachunek|сч[её]т|λογαριασμός|الحساب)"
                           r"\s*", re.IGNORECASE)
_CELL_CODE = re.compile(r"\s*(?:BLZ|bankleitzahl|sort code|code banque|clearing(?:-nr\.?)?)\s*",
                        re.IGNORECASE)
_CELL_NUMBER = re.compile(r"[ \t]*(\d(?:[ \-./]?\d){5,29})[ \t]*")


def _find_table_columns(text: str) -> Iterable[Found]:
    column, with_code = None, False
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = line.rstrip("\r\n").split("|")
        if len(cells) < 2:
            column = None
        elif column is None:
            column = next((i for i, c in enumerate(cells) if _CELL_ACCOUNT.fullmatch(c)), None)
            with_code = column is not None and column + 1 < len(cells) \
                and _CELL_CODE.fullmatch(cells[column + 1]) is not None
        elif column < len(cells):
            start = offset + sum(len(c) + 1 for c in cells[:column])
            m = _CELL_NUMBER.fullmatch(cells[column])
            if m:
                end = start + m.end(1)
                code = _CELL_NUMBER.fullmatch(cells[column + 1]) if with_code else None
                if code:
                    end = start + len(cells[column]) + 1 + code.end(1)
                yield Found(start + m.start(1), end, "account", _compact(m.group(1)),
                            "account:table column")
        offset += len(line)


# Greek and Cypriot banks print a local account in three or four groups joined by one
# sign ("5026-055847-317", "0099.077.296862", "371-14-1130-245922"): eleven to sixteen
# digits, more than a phone or a date has.
_LOCAL_GROUPS = re.compile(r"(?<![\w\-/.+])\d{3,4}([\-.])\d{2,6}\1\d{3,6}(?:\1\d{2,6})?"
                           r"(?![\w\-/]|[.,]\d)")


def _find_local_shapes(text: str, regions: list[str]) -> Iterable[Found]:
    if not {"GR", "CY"} & set(regions):
        return
    for m in _LOCAL_GROUPS.finditer(text):
        digits = _compact(m.group(0))
        if 11 <= len(digits) <= 16 and not _REFERENCE_BEFORE.search(
                text, max(0, m.start() - 24), m.start()):
            yield Found(m.start(), m.end(), "account", digits, "account:gr-local")


# A number a transfer names as its source or target opposite an account: "from
# 4648 6113 2287 32 to BH59 ...", "من ... إلى SA98...".
_TRANSFER_FROM = re.compile(
    r"(?<![^\W\d_])(?:from|von|vom|de|desde|z|ze|с|со|από|من)\s+"
    r"(?P<number>\d(?:[ \-/.]?\d){9,29})\s+(?:to|an|auf|à|vers|a|na|на|σε|στον|στο|إلى|الى)\s+$",
    re.IGNORECASE)


# ... or after an amount, where no account names the other side: "sent AED 2.1m from
# 4295686985558 to an estate agent".
_AMOUNT_FROM = re.compile(
    r"(?:[€$£]|(?<![^\W\d_])(?:EUR|USD|GBP|AED|SAR|CHF|PLN|RUB|EGP|MAD|TND|JOD|KWD|QAR)\s?)"
    r"\d[\d.,]*\s?(?:m|k|bn|million|mln)?\s+(?:from|von|de|z|с|από)\s+"
    r"(?P<number>\d(?:[ \-/.]?\d){9,29})(?=\s+(?:to|into|an|à|vers|na|на|σε)\s)", re.IGNORECASE)


def _find_transfers(text: str, accounts: list[Found]) -> Iterable[Found]:
    for m in _AMOUNT_FROM.finditer(text):
        yield Found(m.start("number"), m.end("number"), "account", _compact(m["number"]),
                    "account:transfer")
    for account in accounts:
        if account.kind not in ("iban", "account"):
            continue
        m = _TRANSFER_FROM.search(text, max(0, account.start - 60), account.start)
        if m and not _AMOUNT.fullmatch(m["number"]):
            yield Found(m.start("number"), m.end("number"), "account",
                        _compact(m["number"]), "account:transfer")


# A Russian bank's correspondent account (its own at the central bank) is the bank's,
# printed in every payment's requisites: no client's account.
_CORRESPONDENT = re.compile(r"(?<![^\W\d_])(?:к/с|кор\.?\s?/?\s?сч\.?|корр?\.\s*сч[её]т|"
                            r"корреспондентск\w+\s+сч[её]т\w*)[\s.:№]*$", re.IGNORECASE)


def _find_runs(text: str, regions: list[str]) -> Iterable[Found]:
    """Runs of digits that are a domestic account, or an IBAN of one of ``regions``
    written without its country code ("89 3704 0044 0532 0130 00"), but not a Russian
    bank's correspondent account."""
    without_country = tuple((f"account:iban-without-country:{r}",
                             lambda d, r=r: _valid_iban(r + d), None) for r in regions)
    for m in _DIGIT_RUN.finditer(text):
        if _CORRESPONDENT.search(text, max(0, m.start() - 32), m.start()):
            continue
        groups = [(g.start(), g.end()) for g in _DIGIT_GROUP.finditer(m.group(0))]
        hit = _domestic(m.group(0), groups, without_country)
        if hit:
            rule, key, start, end = hit
            yield Found(m.start() + start, m.start() + end, "account", key, rule)


def _domestic(run: str, groups: list[tuple[int, int]],
              without_country: tuple[tuple[str, Callable[[str], str | None], None], ...]
              ) -> tuple[str, str, int, int] | None:
    """The account in a run of digit groups: the whole run by every check; else, as a
    run may join an account to the numbers around it, its parts (the most groups first)
    that break only where their number's own fields end, or not at all."""
    whole = "".join(run[s:e] for s, e in groups)
    breaks = _breaks([run[s:e] for s, e in groups])
    for rule, check, fields in (*_DOMESTIC, *without_country):
        if fields is None or any(breaks <= f for f in fields):
            key = check(whole)
            if key:
                return rule, key, groups[0][0], groups[-1][1]
    for size in range(len(groups) - 1, 0, -1):
        for first in range(len(groups) - size + 1):
            part = [run[s:e] for s, e in groups[first:first + size]]
            digits = "".join(part)
            if len(digits) < 14:
                continue
            for rule, check, fields in _DOMESTIC:
                # A number whose own check spans all its digits (an NRB, a CCC) may
                # break anywhere: "1. 0516 1559 23 4890283091" is item 1, then a CCC.
                key = check(digits) if fields is None or _breaks(part) <= fields[0] \
                    else None
                if key:
                    return rule, key, groups[first][0], groups[first + size - 1][1]
    return None


# An old Belgian account, "962-1644079-97".
_OLD_BE = re.compile(r"(?<![\w\-/.])\d{3}([- ])\d{7}\1\d{2}(?![\w\-/])")
# A British sort code and account number: "20-45-77 43910268", "40 11 62 / 51830947";
# in a British text run together too, "209634 71842205".
_SORT_PAIR = re.compile(r"(?<![\w\-/.,])(?P<code>\d{2}([- ])\d{2}\2\d{2})"
                        r"(?:[ \t]*/[ \t]*|[ \t]|,[ \t]*)(?P<account>\d{8})(?![\w\-/]|[.,]\d)")
_SORT_RUN = re.compile(r"(?<![\w\-/.,])(?P<code>\d{6}) (?P<account>\d{8})(?![\w\-/]|[.,]\d)")
# Words that make the digits after them a reference: "Invoice 309634 71842205".
_REFERENCE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:ref(?:erence)?|invoice|order|case|file|batch|ticket|crime|incident|"
    r"claim|policy|job|consignment|tracking|no|nr|number)\.?[\s:#.]*$", re.IGNORECASE)


# ... unless the number is the account's: "account number 30-96-34 71840223".
_ACCOUNT_NO_BEFORE = re.compile(r"(?<![^\W\d_])(?:account|acct|a/c)\.?\s+(?:number|no\.?)"
                                r"[\s:#.]*$", re.IGNORECASE)


def _find_structured(text: str, regions: list[str]) -> Iterable[Found]:
    for m in _OLD_BE.finditer(text):
        key = _old_be(_compact(m.group(0)))
        if key:
            yield Found(m.start(), m.end(), "account", key, "account:be-old")
    pairs = [_SORT_PAIR, _SORT_RUN] if "GB" in regions else [_SORT_PAIR]
    for pattern in pairs:
        for m in pattern.finditer(text):
            if _REFERENCE_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not \
                    _ACCOUNT_NO_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue
            key = "GB:" + _compact(m.group("code")) + m.group("account")
            yield Found(m.start(), m.end(), "account", key, "account:gb-sort-code")


def _find_ribs(text: str) -> Iterable[Found]:
    for m in _RIB.finditer(text):
        bank, branch, account, key = m.groups()
        if rib_key_valid(bank, branch, account, key):
            iban = _valid_iban(iban_of("FR", _compact(m.group(0))))
            if iban:
                yield Found(m.start(), m.end(), "account", iban, "account:fr-rib")


def _find_german(text: str) -> Iterable[Found]:
    for m in _BLZ_KTO.finditer(text):
        bank, account = m.group("first"), m.group("second")
        if m.group("order").upper() != "BLZ":
            bank, account = account, bank
        bank, account = _compact(bank), _compact(account)
        if len(bank) in (5, 8):
            yield from _german(bank, account, m.start("first"), m.end("second"))
    kontos = list(_KONTO.finditer(text))
    for blz in _BLZ.finditer(text):
        # Its account number: the nearest not taken, in the same clause if one is (a ";"
        # closes a pair: "Konto 0003 456 789 / BLZ 700 202 70; KtoNr 228 447 19, ...").
        near = sorted((k for k in kontos if abs(k.start() - blz.start()) <= _BLZ_REACH),
                      key=lambda k: (";" in text[min(k.end(), blz.end()):
                                                 max(k.start(), blz.start())],
                                     max(k.start() - blz.end(), blz.start() - k.end())))
        for konto in near[:1]:
            kontos.remove(konto)
            bank, account = _compact(blz.group(1)), _compact(konto.group(1))
            yield from _german(bank, account, min(blz.start(1), konto.start(1)),
                               max(blz.end(1), konto.end(1)))


# An account and a bank code side by side with no label between, as forms, tables and
# statements print them under a header ("KONTO-NR.   BLZ" / "3 044 781 500    490 601 27",
# "318 004 7725 / 820 510 00", a tab between cells), in either order. Taken only where
# the bank code is one the registry knows (eight digits in Germany, five in Austria).
_CELL_GAP = r"(?:[ \t]*/[ \t]*|\t+[ \t]*|[ ]{2,})"
_BANK_PAIR = re.compile(rf"(?<![\w\-/.,])(?P<first>\d(?:[ .]?\d){{4,11}}){_CELL_GAP}"
                        rf"(?P<second>\d(?:[ .]?\d){{4,11}})(?![\w\-/]|[.,]\d)")


# A header of a bank code column within the three lines above: the pair is an account
# whatever the registry knows.
_BLZ_HEADER = re.compile(r"(?<![^\W\d_])(?:BLZ|Bankleitzahl)(?![^\W\d_])[^\n]*"
                         r"(?:\n[^\n]*){0,3}$", re.IGNORECASE)


def _find_bank_pairs(text: str) -> Iterable[Found]:
    for m in _BANK_PAIR.finditer(text):
        first, second = _compact(m["first"]), _compact(m["second"])
        for bank, account in ((second, first), (first, second)):
            if len(bank) in (5, 8) and 4 <= len(account) <= 10 and not (
                    _AMOUNT.fullmatch(m["first"]) and _AMOUNT.fullmatch(m["second"])
                    and "." in m.group(0)):
                country = "DE" if len(bank) == 8 else "AT"
                iban = _generated(country, bank, account)
                if iban is None and _BLZ_HEADER.search(text, max(0, m.start() - 400),
                                                       m.start()):
                    iban = f"{country}:{bank}:{account}"  # under a "BLZ" column
                if iban is not None:
                    yield Found(m.start(), m.end(), "account", iban,
                                f"account:{country.lower()}-blz")
                    break


# A Swiss postal account: "30-418726-0", its last digit a check (mod 10, recursive).
_CH_POSTAL = re.compile(r"(?<![\w\-/.])(?P<n>\d{2}-\d{1,6}-\d)(?![\w\-/]|[.,]\d)")
_MOD10 = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)


def _ch_postal_valid(number: str) -> bool:
    prefix, account, check = number.split("-")
    digits = prefix + account.zfill(6)
    carry = 0
    for ch in digits:
        carry = _MOD10[(carry + int(ch)) % 10]
    return (10 - carry) % 10 == int(check)


def _find_ch_postal(text: str) -> Iterable[Found]:
    for m in _CH_POSTAL.finditer(text):
        if _ch_postal_valid(m["n"]):
            yield Found(m.start(), m.end(), "account", "CH-PC:" + m["n"], "account:ch-postal")


def _german(bank: str, account: str, start: int, end: int) -> Iterable[Found]:
    country = "DE" if len(bank) == 8 else "AT"
    iban = _generated(country, bank, account)
    if iban is not None:  # a bank code the registry knows: the IBAN it is
        yield Found(start, end, "account", iban, f"account:{country.lower()}-blz")
    else:  # the words say it is an account, whatever the registry knows
        yield Found(start, end, "account", f"{country}:{bank}:{account}", "account:keyword")


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


# "bearing the number", back to an account named earlier in the sentence: "استقبل حساب
# المدعوة ...، ذو الرقم 0284...".
_BEARING_NUMBER = re.compile(r"(?<![^\W\d_])(?:ذو|ذي|ذا) الرقم\s*")
_ACCOUNT_BEFORE = re.compile(r"حساب[^.!?\n]{0,120}$")


def _find_bearing_numbers(text: str) -> Iterable[Found]:
    for word in _BEARING_NUMBER.finditer(text):
        m = _ACCOUNT_NUMBER.match(text, word.end())
        if m and _ACCOUNT_BEFORE.search(text, max(0, word.start() - 140), word.start()):
            yield Found(m.start(), m.end(), "account", _compact(m.group(0)), "account:keyword")


# "01/06/2021", "06/2022" after an account word are the statement's date, not its number.
_DATE_SHAPE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[./]\d{4}")
# A Russian bank's correspondent account at the central bank (30101...), printed on every
# payment: the bank's, not a client's.
_CORRESPONDENT_NUMBER = re.compile(r"30101\d{15}")


def _find_after_words(text: str) -> Iterable[Found]:
    for word in _ACCOUNT_WORDS.finditer(text):
        m = _ACCOUNT_NUMBER.match(text, word.end())
        if m is None:
            m = next(iter(_ACCOUNT_NUMBER.finditer(text, word.end(),
                                                   word.end() + _WORD_REACH)), None)
            if m is not None:  # it starts within reach and may end beyond it
                m = _ACCOUNT_NUMBER.match(text, m.start())
            # Only a few joining words may come between ("Konto bei der X: ..." is not),
            # or words naming its number ("Das Konto hat die Nummer ...").
            named = m is not None and _NUMBER_WORDS.search(text, word.end(), m.start())
            if m is None or (not named and re.search(r"[^\W\d_]{4,}",
                                                     text[word.end():m.start()])):
                continue
        else:
            named = None
        # Right after its word, digits grouped in threes by spaces are how banks print an
        # account ("Girokonto 90 188 442"); elsewhere they are an amount.
        amount = _AMOUNT.fullmatch(m.group(0)) and not ((m.start() == word.end() or named)
                                                        and " " in m.group(0))
        if (m.start() > 0 and text[m.start() - 1] == "+") or amount \
                or _CURRENCY.match(text, m.end()) or _DATE_SHAPE.fullmatch(m.group(0)) \
                or _CORRESPONDENT_NUMBER.fullmatch(m.group(0)):
            continue  # a phone number, an amount, a date, a bank's own account
        yield Found(m.start(), m.end(), "account", _compact(m.group(0)), "account:keyword")
        # The next of a list: "λογαριασμό 040/481293-17 και στον 123-00-2002-045678".
        nxt = _LIST_NEXT.match(text, m.end())
        if nxt and not _AMOUNT.fullmatch(nxt.group(1)) and not _CURRENCY.match(text, nxt.end()):
            yield Found(nxt.start(1), nxt.end(1), "account", _compact(nxt.group(1)),
                        "account:keyword")


# --- payment cards ------------------------------------------------------------------------

# A card number: 13 to 19 digits, whole or in groups of four (Amex: 4-6-5), of a network
# whose prefix it carries (Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, Discover
# 6011/65, UnionPay 62, JCB 35, Mir 2200-2204, Maestro 50/56-69), with its Luhn digit.
_CARD = re.compile(r"(?<![\w-])(?:\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?|\d{4}[ -]\d{6}[ -]\d{5}"
                   r"|\d{13,19})(?![\w-])")
_CARD_PREFIX = re.compile(r"4|5[0-6]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|6|35|220[0-4]")
# Where a card is named, a number of the shape is a card even whole ("karty 4276380012345678").
_CARD_WORDS = re.compile(
    r"(?<![^\W\d_])(?:(?:credit|debit|bank|payment)\s+)?card(?: number| no\.?)?|"
    r"carte(?: bancaire)?|"
    r"(?:kredit|bank|ec-|giro)?karte|tarjeta|karta|karty|kartą|карт[аыуе]|κάρτα[ς]?|بطاقة|"
    r"visa|mastercard|maestro|amex", re.IGNORECASE)


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def find_cards(text: str, exclude: Iterable[Found] = ()) -> list[Found]:
    """Payment card numbers (kind ``account``): in groups anywhere, whole only after a card
    word; a network's prefix and the Luhn check digit always."""
    folded = fold_text(text)
    taken = list(exclude)
    out: list[Found] = []
    for m in _CARD.finditer(folded):
        digits = "".join(ch for ch in m.group(0) if ch.isdigit())
        if not 13 <= len(digits) <= 19 or not _CARD_PREFIX.match(digits) \
                or not luhn_valid(digits) or overlaps(m.start(), m.end(), [*taken, *out]):
            continue
        grouped = not m.group(0).isdigit()
        if not grouped and not _CARD_WORDS.search(folded, max(0, m.start() - 40), m.start()):
            continue
        out.append(Found(m.start(), m.end(), "account", digits, "account:card"))
    return out
