"""Detectors of identifying values in free text, and the face of the detector modules.

Each detector returns :class:`Found` spans with a *key*: the value's comparable form
(E.164, compact IBAN, ISO date...), which is what makes "the same phone written two
ways" one subject, and one pseudonym; and the *rule* that found it. The library made
for each job decides validity: ``phonenumbers`` for phones (:mod:`.phones`),
``schwifty`` and ``python-stdnum`` for accounts (:mod:`.accounts`), ``python-stdnum``
for national ids (:mod:`.documents`), ``ipaddress`` for IPs. Here: e-mails (defanged
and spelled out too), IP addresses, wallets and dates of birth.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable
from datetime import date

from liaison.analysis.redaction.accounts import find_accounts, find_cards, find_ibans
from liaison.analysis.redaction.addresses import find_addresses
from liaison.analysis.redaction.common import Found, fold_text
from liaison.analysis.redaction.dates import MONTH_YEAR, DateMention, find_dates, month_number
from liaison.analysis.redaction.documents import (
    find_company_ids,
    find_ids_after_words,
    find_listed_ids,
    find_national_ids,
    find_passports,
    find_valid_ids,
)
from liaison.analysis.redaction.mrz import find_mrz
from liaison.analysis.redaction.phones import find_phones
from liaison.analysis.redaction.plates import find_plates
from liaison.analysis.redaction.tables import find_table_cells
from liaison.model.identifiers import normalise_crypto, normalise_email

__all__ = ["Found", "find_accounts", "find_addresses", "find_birth_dates", "find_emails",
           "find_ibans", "find_identifiers", "find_ips", "find_listed_birth_dates",
           "find_national_ids", "find_passports", "find_phones", "find_plates", "find_wallets"]


def find_identifiers(text: str, enabled: Callable[[str], bool], *, country: str | None,
                     regions: Iterable[str], births: Iterable[str] = (),
                     names: Iterable[Found] = ()) -> list[Found]:
    """Every identifier of a kind ``enabled`` allows, the surest first: a value one
    detector took is not offered to a looser one (the digits of an IBAN are no phone, a
    number right after "DNI" is no phone either, nor a company's right after "ИНН",
    which is held back and not returned). ``regions`` are the regions national
    values are read in, most likely first; ``births`` the known birth dates (ISO) of the
    text's persons; an address does not run on over ``names`` found in the text. An
    ambiguous date reads month first where the first region is the United States."""
    regions = list(regions)
    month_first = regions[:1] == ["US"]
    found: list[Found] = []
    steps: list[tuple[str, Callable[[], list[Found]]]] = [
        # A travel document's machine-readable zone, read by position: surest of all.
        ("mrz", lambda: [f for f in find_mrz(text) if f.kind != "person" and enabled(f.kind)]),
        ("email", lambda: find_emails(text)),
        ("iban", lambda: find_ibans(text)),
        ("account", lambda: find_accounts(text, found, regions)),
        ("account", lambda: find_cards(text, found)),
        ("ip", lambda: find_ips(text)),
        ("crypto", lambda: find_wallets(text)),
        ("dob", lambda: find_birth_dates(text, births, month_first)),
        ("passport", lambda: find_passports(text, found, adjacent=True)),
        # A company's number after an id word: held, so no later detector reads it.
        ("national_id", lambda: find_company_ids(text, found)),
        ("national_id", lambda: find_ids_after_words(text, found, adjacent=True)),
        ("phone", lambda: find_phones(text, regions, found)),
        ("passport", lambda: find_passports(text, found)),
        ("national_id", lambda: find_ids_after_words(text, found)),
        ("plate", lambda: find_plates(text, found, regions)),
        # Columns a table's header names, before an address can run over their cells.
        ("table", lambda: [f for f in find_table_cells(text) if enabled(f.kind)]),
        ("address", lambda: find_addresses(text, [*found, *names])),
        ("national_id", lambda: find_valid_ids(text, country, found, regions)),
        ("dob", lambda: find_listed_birth_dates(text, found, month_first, names)),
        ("national_id", lambda: find_listed_ids(text, country, found)),
    ]
    for kind, step in steps:
        if kind in ("table", "mrz") or enabled(kind):
            found += [f for f in step() if not _overlaps_any(f, found)]
    return sorted((f for f in found if f.kind != "company_id"), key=lambda f: (f.start, f.end))


def _overlaps_any(item: Found, found: list[Found]) -> bool:
    return any(f.start < item.end and item.start < f.end for f in found)


# --- e-mail --------------------------------------------------------------------------------

# "@" however written: "(at)", "[at]", "{at}", "(@)", "(arroba)", and the word ("at",
# "arroba", "arobase", "małpa", "собака", "παπάκι") between spaces; "." likewise ("[.]",
# "(dot)", " dot ", " punto ", " point ", " . "...), in the name part too.
_AT_WORDS = r"at|ät|arroba|arobase|ma[łl]pa|собака|παπάκι"
_DOT_WORDS = r"dot|punto|kropka|точка|point|punkt|τελεία"
_AT_SIGN = rf"\s?@\s?|\s?[\[({{<]\s?(?:{_AT_WORDS}|@)\s?[\])}}>]\s?"
_AT_WORD = rf"\s+(?:{_AT_WORDS})\s+"
_DOT_SIGN = rf"\.|\s\.\s|\s?[\[({{<]\s?(?:{_DOT_WORDS}|\.)\s?[\])}}>]\s?"
_DOT_WORD = rf"\s+(?:{_DOT_WORDS})\s+"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_LOCAL_DOT = rf"\.|\s?[\[({{<]\s?(?:{_DOT_WORDS}|\.)\s?[\])}}>]\s?|{_DOT_WORD}"
_LOCAL = rf"(?:[\w+%'-]{{1,64}}(?:{_LOCAL_DOT}))*[\w.+%'-]{{1,64}}"
_EMAIL = re.compile(rf"(?<![\w.+-]){_LOCAL}(?P<at>{_AT_SIGN}|{_AT_WORD})"
                    rf"(?:{_LABEL}(?:{_DOT_SIGN}|{_DOT_WORD}))+[^\W\d_]{{2,63}}(?![\w-])",
                    re.IGNORECASE)
_AT_SPELLED = re.compile(_AT_WORD, re.IGNORECASE)
_DOT_ANY = re.compile(rf"{_DOT_SIGN}|{_DOT_WORD}", re.IGNORECASE)
# Top-level domains an address spelled with a bare " at " must end in: "ivan at example
# dot org" is an address, "met at noon dot five" is not.
_TLDS = frozenset({"com", "org", "net", "edu", "gov", "int", "info", "biz", "name", "pro", "mobi",
                   "io", "co", "me", "tv", "cc", "xyz", "online", "site", "email", "eu", "uk",
                   "gb", "ie", "de", "at", "ch", "fr", "be", "lu", "nl", "es", "pt", "it", "pl",
                   "ru", "by", "ua", "kz", "gr", "cy", "bg", "ro", "tr", "ma", "dz", "tn", "eg",
                   "sa", "ae", "jo", "lb", "iq", "sy", "qa", "kw", "om", "us", "ca", "au", "nz",
                   "se", "no", "dk", "fi", "cz", "sk", "hu", "si", "hr", "rs", "ba", "al", "mk",
                   "md", "lt", "lv", "ee"})


def find_emails(text: str) -> list[Found]:
    """E-mail addresses, defanged or spelled out too (``ivan[at]example[.]org``,
    ``ivan (at) example (dot) org``, ``ivan dot petrov at example dot org``)."""
    out = []
    for m in _EMAIL.finditer(text):
        start, at = m.start(), m.group("at")
        local_raw = text[start:m.start("at")]
        if at.strip() == "@" and re.search(r"\s", local_raw):
            # Only a spelled-out address spells its name part: "Contact point ivan@x.org"
            # is "ivan@x.org".
            cut = max(local_raw.rfind(" "), local_raw.rfind("\n"), local_raw.rfind("\t")) + 1
            start, local_raw = start + cut, local_raw[cut:]
        domain_raw = text[m.end("at"):m.end()]
        local, domain = _DOT_ANY.sub(".", local_raw), _DOT_ANY.sub(".", domain_raw)
        if _AT_SPELLED.fullmatch(at) and domain.rpartition(".")[2].lower() not in _TLDS:
            continue
        value = normalise_email(f"{local}@{domain}")
        if value.valid:
            plain = at == "@" and domain == domain_raw and local == local_raw
            out.append(Found(start, m.end(), "email", value.value.lower(),
                             "email" if plain else "email:obfuscated"))
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

# Arabic words may carry a conjunction ("والمزداد"); the others start a word.
BIRTH_WORDS = re.compile(
    r"(?:(?<![^\W\d_])|(?<=[وف]))(?:born(?: on| in)?|b\.|dob|d\.o\.b\.?|date[ -]of[ -]birth|yob|"
    r"rocznik|urodz\.|(?-i:F\.\s?N\.)|"
    r"birth ?date|"
    r"(?:née|né|nee|né\(e\)|né\.e|né-e)\s*(?:le|en|:|à|a)|née?(?=\s+\d)|date de naissance|"
    r"(?-i:DDN|D\.D\.N\.?)|date naiss\.?|geburtsdat(?:um|\.)|geb\.-dat\.|д/р|"
    r"geboren(?:\s+am|\s+in)?|geb\.(?:\s*am)?|geburtsdatum|geb\.-datum|geburtstag|"
    r"date de naiss\.?|dáta breithe|n\.(?=\s*\d{1,2}[./-]\d)|"
    r"дат[аиуі] народження|народив(?:ся|сь)|народилася|народжен(?:ий|а)|"
    r"nacid[oa](?:\s+el|\s+en)?|fecha de nacimiento|f\.\s?(?:de\s)?nac\.|naci[óo]|"
    r"nacimiento(?=\s*:)|fecha\s+(?:de\s+)?nac\.?|"
    r"urodzon(?:y|a|ego|ej|emu|ym|ą)(?:\s+dnia)?|urodził[a]?(?: się)?|ur\.|ur(?=\s+\d)|"
    r"data urodzenia|"
    r"родил(?:ся|ась)|дат[аыуеой]+ рождения|д\.\s?р\.|рожд\.|роден[а]?|дата на раждане|"
    r"γεννήθηκε|γεννημέν(?:ος|η|ο)|γεννηθε[ίι]ς|γεννηθε[ίι]σα|ημερομηνία γεννήσεως|"
    r"(?:ημερομηνία|ημ/ν[ίι]α|ημερ\.|ημ\.)\s?γ[έε]νν?ησης|έτος γέννησης|γενν?\.|"
    r"γεννηθ[έε]ντ(?:α|ος|ας)|γεννηθε[ίι]σης|"
    # "Date et lieu de naissance :", "Data i miejsce urodzenia:", "Дата и место рождения:"
    r"date (?:and|&) place of birth|date et lieu de naissance|fecha y lugar de nacimiento|"
    r"geburtsdatum und -?ort|data i miejsce urodzenia|дата и место рождения|"
    r"ημερομηνία και τόπος γέννησης|تاريخ ومكان الميلاد|تاريخ ومكان الازدياد|"
    r"jahrgang|jg\.|year of birth|ann[ée]e de naissance|a[ñn]o de nacimiento|rok urodzenia|"
    r"год рождения|"
    r"مواليد|من مواليد|المزداد|المزدادة|تاريخ الازدياد|تاريخ الميلاد|تاريخ الولادة|"
    r"المولود|المولودة|مولود|مولودة|ولد|ولدت)(?![^\W\d_])|(?<![\w*])\*(?=\s?\d)",
    re.IGNORECASE)
_BIRTH_REACH = 40  # characters between the birth word and the date
# Between a date of birth and the same date written again.
_AGAIN = re.compile(r"[ \t]*(?:/|\(|or|oder|ou|o|albo|или|ή|أو|=)?[ \t]*")
# Russian writes "1981 г.р." (year of birth) after the date, or after the year alone.
_BIRTH_MARK = re.compile(r"г\.\s?р\.|рожд|р\.\s?н\.")
_BIRTH_AFTER = re.compile(r"\s*(?:г\.\s?р\.|г(?:\.|ода)\s?рожд(?:ения|\.)|р\.\s?н\.)")
_YEAR_OF_BIRTH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:г(?:\.|ода)\s?рожд(?:ения|\.)|"
                            r"г\.\s?р\.?|р\.\s?н\.)")
# A year alone right after a birth word: "born in 1981", "geb. 1981", "ur. 1981 r.".
# An estimate is still a year of birth: "DOB circa 1979", "geb. ca. 1982", "ur. ok. 1985".
_YEAR_AFTER_WORD = re.compile(r"[\s:,]*(?:circa|ca\.|c\.|approx\.?|about|um|vers|hacia|"
                              r"около|ок\.|περίπου|حوالي|chyba|ok\.|około)?"
                              r"[\s:,]*(?:in|en|im|w|в|το|στο|عام|سنة|في)?\s*"
                              r"((?:19|20)\d{2})(?![\d/\-]|\.\d)")


def find_birth_dates(text: str, known: Iterable[str] = (), month_first: bool = False
                     ) -> list[Found]:
    """Dates after a birth word (two-digit years too), years of birth, and any date equal
    to a known birth date (ISO) of the record's persons, however it is written. An
    ambiguous numeric date reads month first if ``month_first`` (an American text) or
    if only that reading is a known birth date."""
    folded = fold_text(text)
    known_days = set(known)
    mentions = find_dates(folded)
    out = []
    claimed: set[DateMention] = set()
    for word in BIRTH_WORDS.finditer(folded):
        claim = _claim(folded, word.end(), mentions)
        if isinstance(claim, DateMention):
            claimed.add(claim)
        elif claim is not None and claim not in out:  # "Date of birth/Date de naissance"
            out.append(claim)
    # The same date again, in other digits or words, right after the one claimed
    # ("٠٤/١١/١٩٧٧  04 NOV 1977", "12.3.85 albo 12.03.1985").
    ends = sorted([c.end for c in claimed] + [f.end for f in out])
    for mention in mentions:
        if mention not in claimed and any(
                0 <= mention.start - end <= 12
                and _AGAIN.fullmatch(folded, end, mention.start) for end in ends):
            claimed.add(mention)
    for mention in mentions:
        near = mention in claimed or _BIRTH_AFTER.match(folded, mention.end) is not None
        by_known = mention.iso in known_days or mention.alt in known_days
        if near or by_known:
            key = mention.alt if mention.alt and (
                month_first or (mention.alt in known_days and mention.iso not in known_days)) \
                else mention.iso
            out.append(Found(mention.start, mention.end, "dob", key,
                             "dob:birth word" if near else "dob:known birth date"))
    # A date with a two-digit year before "г.р." ("12.03.85 г.р."): read only there, and
    # the text read again for short years only where such a mark stands.
    short = find_dates(folded, short_years=True) if _BIRTH_MARK.search(folded) else []
    for mention in short:
        if _BIRTH_AFTER.match(folded, mention.end) \
                and not any(f.start < mention.end and mention.start < f.end for f in out):
            out.append(Found(mention.start, mention.end, "dob", mention.iso, "dob:birth word"))
    for m in _YEAR_OF_BIRTH.finditer(folded):
        if not any(f.start <= m.start(1) < f.end for f in out):
            out.append(Found(m.start(1), m.end(), "dob", m.group(1), "dob:year of birth"))
    return sorted(out, key=lambda f: f.start)


# Between a date and the id it is listed with: a comma or a semicolon.
_LIST_SEP = re.compile(r"[ \t]*[,;][ \t]*")
# Between a name and the date of birth listed after it: a comma, and the Greek father's
# name in the genitive ("ΜΠΟΥΡΑΝΤΑΣ Αχιλλέας του Γεωργίου, 14/02/1966").
_AFTER_NAME = re.compile(r"(?:[ \t]+(?:του|της)[ \t]+[^\W\d_]+)?[ \t]*[,;][ \t]*")
# A date of issue is at most ten years old (a passport's validity); a date of birth
# listed with an id is older than this.
_LISTED_BIRTH_AGE = 14


def find_listed_birth_dates(text: str, found: Iterable[Found], month_first: bool = False,
                            names: Iterable[Found] = ()) -> list[Found]:
    """Dates listed with a personal id ``found`` in the text, nothing but a comma between
    ("(09/04/1979, WR802614A)", "96062126235, 1996-06-21"), or listed right after a
    person's name (``names``: "Jan NOWAK, 03/05/1971, ..."), at least fourteen years
    back: the holder's date of birth, where no birth word says so."""
    folded = fold_text(text)
    found = list(found)
    ids = [f for f in found if f.kind in ("national_id", "passport")]
    persons = [f for f in names if f.kind == "person"]
    if not ids and not persons:
        return []
    today = date.today()
    limit = f"{today.year - _LISTED_BIRTH_AGE:04d}-{today.month:02d}-{today.day:02d}"
    out = []
    for mention in find_dates(folded):
        key = mention.alt if month_first and mention.alt else mention.iso
        if key > limit or any(f.start < mention.end and mention.start < f.end for f in found):
            continue
        if any(_LIST_SEP.fullmatch(folded, mention.end, f.start)
               or _LIST_SEP.fullmatch(folded, f.end, mention.start) for f in ids) \
                or any(_AFTER_NAME.fullmatch(folded, f.end, mention.start) for f in persons):
            out.append(Found(mention.start, mention.end, "dob", key, "dob:listed with an id"))
    return out


def _claim(text: str, start: int, mentions: list[DateMention]) -> DateMention | Found | None:
    """What a birth word ending at ``start`` claims: the first date after it within reach,
    else a date with a two-digit year ("geb. 3.4.81"), else a year alone."""
    year = _YEAR_AFTER_WORD.match(text, start)
    if year:  # "(DOB 1968). Listed on: 09/11/2022": the year, not the next date
        return Found(year.start(1), year.end(1), "dob", year.group(1), "dob:year of birth")
    lead = re.match(r"[\s:,]*", text[start:start + 8]).end()
    month = MONTH_YEAR.match(text, start + lead)
    if month and month_number(month.group(1)):  # "Date of birth: March 1981"
        return Found(month.start(), month.end(), "dob",
                     f"{month.group(2)}-{month_number(month.group(1)):02d}", "dob:birth month")
    first = next((m for m in mentions if m.start >= start), None)
    window = text[start:start + _BIRTH_REACH]
    # A date only the birth word lets us read ("DOB 12MAR85", "17 08 1992") may come
    # before the next full date ("...; alt. DOB 1985-03-12").
    short = [d for d in find_dates(window, short_years=True)
             if first is None or start + d.start < first.start]
    if short:
        d = short[0]
        return Found(start + d.start, start + d.end, "dob", d.iso, "dob:birth word")
    if first is not None and first.start - start <= _BIRTH_REACH:
        return first
    return None
