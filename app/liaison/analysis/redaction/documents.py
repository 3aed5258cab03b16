"""National identity numbers and passport numbers in running text.

Two ways to know one: a number the country's personal-id validator accepts
(``python-stdnum``, through :mod:`liaison.model.national_ids`), and the token after an
id or passport word in any partner language, letters and all (a German ``C01X00T47``,
a Greek ``ΑΚ 123456``, a Russian ``серия 45 12 № 345678``), even where no checksum exists.
A few formats no other number shares are taken without a word, in a text that may be
about their country: the British NINO and the Greek identity card. A company's number
after an id word (a ten-digit ``ИНН``, ``ΑΦΜ εταιρείας``, ``η εταιρεία με ΑΦΜ``) is no
personal id: :func:`find_company_ids` holds it back so that no other detector reads it.
A number after an id word of the other kind is that word's ("паспорт, ИИН ..." is no
passport); one right after a reference word ("Numer przesyłki ...") is no id, whatever
checksum it passes. A card word is an id word only before a Moroccan CIN's shape
(``la carte J 418733``, ``البطاقة رقم AB 71530``).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType

from stdnum.be import nn as be_nn
from stdnum.ie import pps
from stdnum.it import codicefiscale

from liaison.analysis.redaction import schemes
from liaison.analysis.redaction.common import Found, fold_text, overlaps
from liaison.model.countries import region_code
from liaison.model.national_ids import NATIONAL_ID_MODULES
from liaison.model.normaliser import compact_id

# A run of letters and digits, with single separators, holding at least five digits.
_ID_RUN = re.compile(r"(?<![\w])[0-9A-Z](?:[0-9A-Z]|[ .\-/](?=[0-9A-Z])){4,30}(?![\w])")
_MIN_ID_DIGITS = 6
# Personal ids whose checksum is strong enough to look for in a country the text only
# may be about (its language's, the sending agency's); the record's own country also
# gets its first validator, whatever its strength.
_STRONG = {"ES": ("es.dni", "es.nie"), "PL": ("pl.pesel",), "DE": ("de.idnr",),
           "FR": ("fr.nir",), "GR": ("gr.amka",), "BG": ("bg.egn",), "IT": ("it.codicefiscale",),
           "BE": ("be.nn",), "RO": ("ro.cnp",), "PT": ("pt.cc",), "TR": ("tr.tckimlik",),
           "CH": ("ch.ssn",)}
# What may follow an id or passport word before the number: separators, and "Nr.", "No",
# "n°" as words (not as letters: "NINO NH 48 21 93 C" keeps its "NH").
_WORD_TAIL = (r"(?:[\s:.#№°º-]|(?:nr|no|n|nº|núm|num|номер|αρ|رقم|عدد|تحت رقم)(?=[\s.:°º#№])"
              r"|(?:number|numéro|número|numer|nummer|αριθμός|αριθμό)(?=\s))*")
# Words that introduce an identity number, per language; the token after one is an id
# even where no checksum exists (Moroccan CIN, Russian internal passport, ...).
# Acronyms match in capitals only: Polish "nie" is "not", Spanish "NIE" an id.


def arabic_spellings(pattern: str) -> str:
    """A pattern's Arabic words in the spellings writers use for them: a final "ة" as
    "ه", a final "ي" as "ى" (Egypt), "أ" and "إ" as "ا", and "ال" after "ل" as "لل"."""
    pattern = pattern.replace("ة", "[ةه]").replace("أ", "[أا]").replace("إ", "[إا]")
    pattern = re.sub(r"ي(?=[|) ]|$)", "[يى]", pattern)
    return re.sub(r"(?<![\u0621-\u064a])ال(?=[\u0621-\u064a])", "(?:ال|لل)", pattern)


ID_WORDS = re.compile(arabic_spellings(
    r"(?:(?<![^\W\d_])|(?<=[وفبل]))"
    r"(?:(?-i:DNI|NIE|NIF|CIN|CNIE|CNI|NIR|SSN|NINO|PPSN?|PESEL|ЕГН|ЛНЧ|ИНН|ИИН|СНИЛС|"
    r"РНОКПП|ІПН|AMKA|"
    # Russian numbers named in Latin letters: only before a number of their shape.
    r"INN(?=[\s:.№-]*\d{12}(?!\d))|"
    r"SNILS(?=[\s:.№-]*\d{3}[- ]?\d{3}[- ]?\d{3}[- ]?\d{2}(?!\d))|"
    r"ΑΜΚΑ|ΑΔΤ|ΑΦΜ|Α\.Δ\.Τ\.?|Α\.Φ\.Μ\.?|Α\.Μ\.Κ\.Α\.?|(?<!USt-)(?<!Ust-)IdNr|SV-Nr|"
    # Other countries' acronyms as partner texts cite them, in Latin letters (a Kazakh
    # IIN, a Dutch BSN, a Romanian CNP...) and in Greek ones (ΕΓΝ, ΙΝΝ in a Greek text).
    r"IIN|BSN|CNP|EGN|ΕΓΝ|ΙΝΝ|ADT|AFM|AMKA|NSS|RNOKPP|RNTRC|"
    # "NI" alone only before a National Insurance number's shape, in any case.
    r"NI(?=[\s:.]*(?i:[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d])(?!\w)))|"
    r"national id(?:entity)?(?: card)?(?: number| no\.?)?|national (?:number|no\.)|"
    r"emirates id(?: number| no\.?)?|civil id(?: number| no\.?)?|codice fiscale|"
    r"personal code|kod osobisty|asmens kodas|burgerservicenummer|"
    r"(?:renten|sozial)?versicherungsnummer|sv-nummer|"
    r"(?:n[.ºo°]*\s*de\s+)?afiliaci[óo]n(?: a la seguridad social)?|"
    r"n[úu]mero de (?:la )?seguridad social|"
    # A Polish card word alone ("dowód ABC 123456") only before the card's shape.
    r"dow[óo]d(?:u|em)?(?=[\s:]*(?-i:[A-Z]{3}) ?\d{6}(?!\w))|"
    r"национальн\w+ номер\w*|εθνικ[όο]ς αριθμ[όο]ς|εθνικ[όο] αριθμ[όο]|"
    r"id(?:entity)? (?:card|number|no\.?)(?: number| no\.?)?|personal (?:id )?number|"
    r"social security (?:number|no\.?)|ni (?:number|no\.?)|nhs (?:number|no\.?)|"
    # A driving licence or a residence permit identifies its holder as an identity card
    # does (the other languages' words are below).
    r"driver'?s licen[cs]e(?: number| no\.?)?|в/у|رخصة (?:ال)?(?:قيادة|سياقة)(?: رقم)?|"
    r"(?:biometric residence permit|brp)(?: number| no\.?)?|utr(?: number| no\.?)?|"
    r"(?:steuer(?:liche)?-?)?identifikationsnummer|(?:kranken)?versichertennummer|kvnr|"
    r"رقم التعريف الوطني|البطاقة الموحدة|(?:رقم )?البطاقة الوطنية|"
    r"بطاقة الرقم القومي|"
    r"national insurance(?: number| no\.?)?|pps(?: number| no\.?)|"
    r"iqama(?: number| no\.?)?|resident id(?: number| no\.?)?|"
    # A card (Moroccan CIN) only before its shape: one or two letters, five or six digits.
    r"(?:la )?carte(?=[\s:.n°º]*(?-i:[A-Z]{1,2} ?\d{5,6})(?!\w))|"
    r"(?:ال)?بطاقة(?= (?:رقم )?(?-i:[A-Z]{1,2} ?\d{5,6})(?!\w))|"
    r"n[°º]\s*(?:de\s+)?(?:carte|cni|s[ée]curit[ée] sociale)|carte (?:nationale )?d'identit[ée]|"
    r"num[ée]ro de s[ée]curit[ée] sociale|num[ée]ro (?:d'identit[ée]|national)|"
    r"n[°º] (?:de )?s[ée]cu|titre de s[ée]jour|carte de s[ée]jour|carte de r[ée]sident|"
    r"num[ée]ro fiscal(?: de r[ée]f[ée]rence)?|permis de conduire|"
    r"driving licen[cs]e(?: number| no\.?)?|residence permit(?: number| no\.?)?|"
    r"f[üu]hrerschein(?:nummer|-nr\.?)?|aufenthaltstitel|"
    r"permiso de conducir|tarjeta de residencia|prawo jazdy|karta pobytu|"
    r"водительск\w+ удостоверени\w+|вид на жительство|άδεια οδήγησης|άδεια διαμονής|"
    r"personalausweis(?:es|nummer|-nr\.?)?|ausweis(?:es|nummer|-nr\.?)?|pa-nr\.?|steuer-?id|"
    r"perso(?:-?nr\.?|-?nummer)|rijksregister(?:nummer)?|(?:numéro de )?registre national|"
    r"steuer-identifikationsnummer|identifikationsnummer|sozialversicherungsnummer|"
    r"documento(?: nacional)?(?: de identidad)?|n[úu]mero (?:de identidad|nacional)|"
    r"nr dowodu(?: osobistego)?|dow[óo]d(?:u|em)? osobist(?:y|ego|ym)|numer pesel|"
    r"лична карта|удостоверени[ея] личности|инн|снилс|идентификационн\w+ номер\w*|"
    r"личн\w+ номер\w*|страхов\w+ (?:свидетельств\w+|номер\w*)|"
    r"α\.?δ\.?τ\.?|αριθμ[όο]ς ταυτ[όο]τητας|αριθμ[όο] ταυτ[όο]τητας|δελτ[ίι]ο(?:υ)? ταυτ[όο]τητας|"
    r"ταυτ[όο]τητα(?:ς)?|"
    r"رقم البطاقة الوطنية|البطاقة الوطنية(?: للتعريف)?|بطاقة التعريف(?: الوطنية)?|رقم البطاقة|"
    r"ب\.?\s?ت\.?\s?و\.?|الرقم القومي|رقم قومي|الرقم الوطني|رقم التعريف(?: الوطني)?|"
    r"رقم الهوية(?: الوطنية)?|بطاقة (?:ال)?هوية|(?:ال)?هوية(?: الوطنية)?|رخصة (?:ال)?سياقة|"
    r"بطاقت(?:ه|ها)(?: الوطنية)?|(?:ال)?رقم (?:ال)?(?:شخصي|مدني|وطني|تعريفي)|رقم الإقامة|"
    r"رقم السجل المدني|السجل المدني|رقم(?:ه|ها) (?:ال)?(?:قومي|وطني|شخصي)|"
    r"رقم (?:ال)?ضمان(?:ه|ها)? (?:ال)?اجتماعي|(?:رقم )?(?:ال)?إقامت(?:ه|ها)|"
    r"رخصة (?:ال)?قيادة|بطاقة الإقامة|هويت(?:ه|ها)(?: (?:ال)?[\u0621-\u064a]+ية)?|"
    # "الإقامة" is also a residence (a building) in an address: an id word only
    # before a number of an id's length.
    r"(?:ال)?إقامة(?=\s*(?:رقم\s*)?[\d\u0660-\u0669\u06f0-\u06f9]{8,})|"
    r"(?:ال)?رقم (?:ال)?مدني)(?![^\W\d_])") + _WORD_TAIL,
    re.IGNORECASE)
PASSPORT_WORDS = re.compile(arabic_spellings(
    r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفبل]))"
    r"(?:passport(?: no\.?| number| nr\.?)?|travel document(?: no\.?| number)?|"
    r"passeport(?: n[°º])?|num[ée]ro de passeport|n[°º] de passeport|"
    r"(?:reise|inlands|auslands|dienst|diplomaten|kinderreise)pass(?:es|nummer|-nr\.?)?|"
    r"pass(?:-| |-\s)?nr\.?|pass no\.?|passnummer|passes|"
    # Abbreviated in a table's cell: "Pass. C4J7R2X91", Czech "Pas 204821937".
    r"pass\.(?=\s*(?-i:[A-Z0-9]{6,10})(?![\w]))|(?-i:Pas)(?=\s+(?-i:[A-Z]{0,2})\d{6,9}(?![\w]))|"
    r"pasaporte(?: n[°º.]?)?|n[úu]mero de pasaporte|"
    r"paszpor(?:t|tu|tem|cie)(?: nr)?|numer paszportu|nr paszportu|"
    r"загранпаспорт(?:а|е|у|ом)?|загран\.\s?паспорт\w*|заграничн\w+ паспорт\w*|"
    r"паспорт(?:а|е|у|ом)?(?: гражданина \w+)?(?: РФ)?(?: №)?|паспортн\w+ данн\w+|"
    r"διαβατ[ήη]ρ[ιί](?:ο|ου|α)|αρ\. διαβατηρ[ίι]ου|"
    r"جواز (?:ال)?سفر(?:ه|ها)?(?: رقم)?|رقم (?:جواز السفر|الجواز|جواز(?: سفر(?:ه|ها)?)?)|"
    # "جواز عراقي A12847365": the passport with its nationality's adjective.
    r"(?:ال)?جواز (?:ال)?[\u0621-\u064a]{2,}ي(?:ة)?(?= ?(?-i:[A-Z]{0,2}) ?\d))(?![^\W\d_])")
    + _WORD_TAIL, re.IGNORECASE)
# A passport's label, then a slash before an id label: one field, the passport's.
_PASSPORT_THEN = re.compile(r"(?i:passport|passeport|pasaporte|reisepass|paszport)\s*/\s*$")
# Letters of ids: Latin, Cyrillic and Greek capitals.
_UP = r"A-Z\u0410-\u042f\u0401\u0391-\u03a9"
# Digits may be grouped by dots in thousands ("12.345.678-Z") and end in a check letter
# ("NH 48 21 93 C", at a sentence's end too, though not "C.J.", an initial); a dot
# before fewer or more than three digits is a date's, not an id's.
_AFTER_WORD = re.compile(rf"(?<![\w])[0-9{_UP}](?:[0-9{_UP}]|[ \-/](?=\d)|"
                         r"(?<=\d)\.(?=\d{3}(?!\d)))"
                         rf"{{4,25}}(?:(?<=\d)[ \-][{_UP}](?![\w]|\.\w))?(?![\w])")
# The same in lower case, for a token holding at least three digits ("ab1234567").
_AFTER_WORD_LOWER = re.compile(r"(?<![\w])(?=[0-9a-z]*[a-z])[0-9a-z]{5,20}(?![\w])")
# A Russian internal passport: series of four digits, then the number of six.
_RU_SERIES = re.compile(r"(?:сери[яи]\s*:?\s*)?(\d{2}\s?\d{2})\s*,?\s*(?:(?:№|N|номер|no\.?)"
                        r"\s*:?\s*)?(\d{6})(?!\d)", re.IGNORECASE)
# Ids without a checksum whose format no other number shares, taken without a word in
# a text that may be about their country. A British NINO: two letters of the allowed
# series (never D, F, I, Q, U, V; no O second; not BG, GB, KN, NK, NT, TN, ZZ), six
# digits, a letter A to D. A Greek identity card: two Greek capitals of those that look
# like Latin ones, as the cards print them, and six digits ("ΑΝ 481306"); a Greek plate
# has three letters and four digits.
_NINO = re.compile(r"(?<![\w-])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                   r"(?: ?\d{2}){3} ?[A-D](?![\w-]|\.\w)")
_GR_CARD = re.compile(r"(?<![\w-])[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{2}[ -]?\d{6}(?![\w-])")
_FORMATS = (("GB", "national_id:gb-nino", _NINO), ("GR", "national_id:gr-adt", _GR_CARD),
            ("CY", "national_id:gr-adt", _GR_CARD))
# Russian personal numbers without a label, in texts that may be about Russia, by their
# check digits: the SNILS as printed ("103-417-324 03"; stdnum has no validator for it)
# and the twelve-digit INN a person has (a company's has ten: held back, see _COMPANY).
_SNILS = re.compile(r"(?<![\d-])(\d{3})-(\d{3})-(\d{3})[ -](\d{2})(?![\d-])")
_RU_PERSONAL_INN = re.compile(r"(?<![\d-])\d{12}(?![\d-])")


def snils_valid(digits: str) -> bool:
    """The SNILS check: the nine digits weighted 9..1, the sum mod 101 (100 reads 00)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(9, 0, -1), strict=True))
    return total % 101 % 100 == int(digits[9:])


def _russian_ids(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, key, rule) of SNILS and personal INN numbers that pass their checks."""
    from stdnum.ru import inn

    for m in _SNILS.finditer(text):
        digits = "".join(m.groups())
        if snils_valid(digits):
            yield m.start(), m.end(), digits, "national_id:ru-snils"
    for m in _RU_PERSONAL_INN.finditer(text):
        if inn.is_valid(m.group(0)):
            yield m.start(), m.end(), m.group(0), "national_id:ru-inn"
# Personal ids found without a word, by a structure and check digit no other number
# shares: in any text (an Italian codice fiscale, an Emirati number, a German social
# insurance number), or in a text that may be about their country. (regions, rule,
# pattern, check of the letters and digits); ``None``: every text.
_SV_NUMBER = r"\d{2} ?\d{6} ?[A-Z](?: ?\d){3}"
_SCHEMES: tuple[tuple[frozenset[str] | None, str, re.Pattern[str], Callable[[str], bool]],
                ...] = (
    # Written whole or in its groups: "RSSMRC85C12F205O", "RSS MRC 85C12 F205O".
    (None, "national_id:it.codicefiscale",
     re.compile(r"(?<![\w-])[A-Z]{3} ?[A-Z]{3} ?\d{2}[A-EHLMPR-T]\d{2} ?[A-Z]\d{3}[A-Z](?![\w-])"),
     codicefiscale.is_valid),
    (None, "national_id:be.nn", re.compile(r"(?<!\d)\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?!\d)"),
     be_nn.is_valid),
    (frozenset({"IE"}), "national_id:ie.pps",
     re.compile(r"(?<![\w-])\d{7}[A-W][A-IW]?(?![\w-])"), pps.is_valid),
    (frozenset({"PL"}), "national_id:pl-id-card",
     re.compile(r"(?<![\w-])[A-Z]{3} ?\d{6}(?![\w-])"), schemes.pl_id_card_valid),
    (None, "national_id:ae-emirates-id",
     re.compile(r"(?<![\w-])784[ -]?(?:19|20)\d{2}[ -]?\d{7}[ -]?\d(?![\w-])"),
     schemes.ae_emirates_id_valid),
    (None, "national_id:de-svnr", re.compile(rf"(?<![\w-]){_SV_NUMBER}(?![\w-])"),
     schemes.de_svnr_valid),
    (frozenset({"KZ"}), "national_id:kz-iin", re.compile(r"(?<![\w-])\d{12}(?![\w-])"),
     schemes.kz_iin_valid),
    (frozenset({"KW"}), "national_id:kw-civil-id", re.compile(r"(?<![\w-])\d{12}(?![\w-])"),
     schemes.kw_civil_id_valid),
    (frozenset({"EG"}), "national_id:eg-national-id",
     re.compile(r"(?<![\w-])\d{14}(?![\w-])"), schemes.eg_national_id_valid),
)
# Shapes an id after its word may take that the general token does not read: a German
# social insurance number with its check digits spaced ("23 120968 E 33 4"), digits in
# dotted groups of two to four ("9800.82.456").
_SCHEME_TOKENS = re.compile(rf"(?<![\w]){_SV_NUMBER}(?![\w])|"
                            r"(?<![\w.])\d{2,4}(?:\.\d{2,4}){2,3}(?![\w]|\.\d)")
# A Belgian national number: "85.07.30-033.61".
_BE_NUMBER = re.compile(r"(?<!\d)\d{2}\.\d{2}\.\d{2}[-\s]\d{3}[.\s]\d{2}(?!\d)")
# A date between the id word and the number ("Reisepass, ausgestellt am 01/02/2020, Nr.
# C01X00T47") is skipped, not taken for the number.
_DATE_LIKE = re.compile(r"\d{1,2}[./\- ]\d{1,2}[./\- ]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}")
# What may stand between a word and the number right after it.
# One lower-case word may stand there too ("pasaporte ruso 72 4815937").
_GAP = re.compile(r"[\s:.,#№°º()-]*(?:[^\W\d_]{2,14}\s+)?"
                  r"(?:(?:сери[яи]|series|serie|n[°º]|nr|no|رقم(?:ه|ها)?)[\s:.#№°º-]*)?",
                  re.IGNORECASE)
# Words that announce another number between an id word and the number after it
# ("паспорт ..., код подразделения 770-001", "ID card not seen, tel. 0151...").
_OTHER_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:код|тел|телефон|tel|t[ée]l|phone|mobile?|handy|m[óo]vil|kom|"
    r"дело|case|ref|az|aktenzeichen|r[ée]f|dossier|sygn|expediente|υπόθεση|ملف|هاتف)"
    r"(?![^\W\d_])", re.IGNORECASE)
# A company's number after an id word is no personal id: "ΑΦΜ εταιρείας 801937254",
# "NIF de la empresa", and a ten-digit ИНН, which only a legal entity has.
_COMPANY = re.compile(
    r"(?<![^\W\d_])(?:company|company's|firm|soci[ée]t[ée]|entreprise|firma|unternehmens?|"
    r"gesellschaft|empresa|sociedad|spółk[iai]|firmy|компани[июя]|организаци[ия]|"
    r"общества|юр(?:\.|идическ\w+)\s?лиц\w*|εταιρε[ίι]ας?|επιχε[ίι]ρησης?|"
    r"(?:لل|ال)?شركة)(?![^\W\d_])", re.IGNORECASE)
# ... or a company word right before the id word, one short word between at most
# ("Η εταιρεία με ΑΦΜ ...", "the company's NIF"; not "Prezes spółki, PESEL ...").
_COMPANY_BEFORE = re.compile(_COMPANY.pattern + r"\s+(?:[^\W\d_]{1,4}\s+)?$",
                             re.IGNORECASE)
# ... or a company's legal form right before it, the number in brackets or after a
# comma: "«ΑΥΡΑ Ι.Κ.Ε.» (ΑΦΜ ...)", "Müller GmbH, USt-IdNr. ...", "ООО «Вега» (ИНН ...)".
_COMPANY_FORM_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:GmbH|AG|KG|OHG|e\.\s?K\.|UG|Ltd\.?|LLC|LLP|Inc\.?|plc|PLC|SARL|SAS|"
    r"S\.A\.S?\.?|SA|SL|S\.L\.|SRL|S\.r\.l\.|BV|B\.V\.|NV|sp\. z o\.o\.|ООО|АО|ПАО|ЗАО|"
    r"Α\.Ε\.|Ι\.Κ\.Ε\.|Ο\.Ε\.|Ε\.Ε\.|Ε\.Π\.Ε\.|ΑΕ|ΙΚΕ|ΟΕ|ΕΠΕ)[»\"”)]?\s*[(,]\s*$")
_COMPANY_INN = re.compile(r"инн|ИНН|INN")  # (a Ukrainian ІПН of ten digits is a person's)
# Words that make the number right after them a reference, not an id ("Numer przesyłki
# 00471188120", "Bestellnummer", "n° de commande").
_REFERENCE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:ref(?:erence)?|invoice|order|parcel|shipment|tracking|booking|ticket|"
    r"case|file|claim|policy|commande|facture|colis|dossier|envoi|bestell\w*|rechnung\w*|"
    r"sendung\w*|paket\w*|aktenzeichen|pedido|factura|env[íi]o|paquete|expediente|"
    r"przesyłk\w*|paczk\w*|zamówieni\w*|faktur\w*|spraw\w*|sygn\w*|"
    r"заказ\w*|заявк\w*|накладн\w*|посылк\w*|отправлени\w*|дел[оа]|"
    r"παραγγελ[ίι]\w*|τιμολ[όο]γ\w*|δέματος|δέμα|υπόθεσ\w*|"
    r"(?:ال)?(?:طلبية|فاتورة|شحنة|طرد|ملف))(?:\s+(?:no|nr|n[°º]|number|numer|nummer|"
    r"номер|αρ|رقم))?[\s.:#№°º-]*$", re.IGNORECASE)
# How far after an id word its number may come ("ИНН Соколова Д.: 7707...").
_WORD_REACH = 48


def _chunks(raw: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[0-9A-Z]+", raw)]


@functools.cache
def _validators(code: str, own: bool) -> tuple[ModuleType, ...]:
    # The record's own country: its personal id (listed first), as tax and company number
    # formats are loose enough to accept phone numbers; another: strong checksums only.
    names = list(_STRONG.get(code, ()))
    if own:
        names = [*NATIONAL_ID_MODULES.get(code.lower(), ())[:1], *names]
    modules = []
    for name in dict.fromkeys(names):
        try:
            modules.append(importlib.import_module(f"stdnum.{name}"))
        except ImportError:
            continue
    return tuple(modules)


def find_national_ids(text: str, country: str | None, exclude: Iterable[Found] = (),
                      regions: Iterable[str] = ()) -> list[Found]:
    """Ids after id words, and numbers a personal-id validator of ``country`` or (strong
    checksums only) of ``regions`` accepts, outside ``exclude`` (phones, IBANs found)."""
    out = find_ids_after_words(text, exclude)
    return sorted([*out, *find_valid_ids(text, country, [*exclude, *out], regions)],
                  key=lambda f: f.start)


def find_valid_ids(text: str, country: str | None, exclude: Iterable[Found] = (),
                   regions: Iterable[str] = ()) -> list[Found]:
    """Numbers a personal-id validator of ``country`` or (strong checksums only) of
    ``regions`` accepts, outside ``exclude``."""
    own = region_code(country) if country else None
    validators = [*(_validators(own, True) if own else ()),
                  *(v for r in regions if r != own for v in _validators(r, False))]
    validators = list(dict.fromkeys(validators))
    out: list[Found] = []
    taken = list(exclude)
    folded = fold_text(text)
    for region, rule, pattern in _FORMATS:
        if region in regions or region == own:
            for m in pattern.finditer(folded):
                if not overlaps(m.start(), m.end(), [*taken, *out]):
                    key = "".join(ch for ch in m.group(0) if ch.isalnum()).upper()
                    out.append(Found(m.start(), m.end(), "national_id", key, rule))
    for scheme_regions, rule, pattern, check in _SCHEMES:
        if scheme_regions is not None and not (scheme_regions & {*regions, own}):
            continue
        for m in pattern.finditer(folded):
            key = "".join(ch for ch in m.group(0) if ch.isalnum()).upper()
            if check(key) and not overlaps(m.start(), m.end(), [*taken, *out]) \
                    and not _REFERENCE_BEFORE.search(folded, max(0, m.start() - 32), m.start()):
                out.append(Found(m.start(), m.end(), "national_id", key, rule))
    if "RU" in regions or own == "RU":
        for start, end, key, rule in _russian_ids(folded):
            if not overlaps(start, end, [*taken, *out]) \
                    and not _REFERENCE_BEFORE.search(folded, max(0, start - 32), start):
                out.append(Found(start, end, "national_id", key, rule))
    if not validators:
        return out
    for m in _ID_RUN.finditer(folded):
        if overlaps(m.start(), m.end(), [*taken, *out]):
            continue
        if _REFERENCE_BEFORE.search(folded, max(0, m.start() - 32), m.start()):
            continue  # a parcel, order or case number that happens to pass a checksum
        hit = _longest_valid(m.group(0), _chunks(m.group(0)), validators)
        if hit:
            start, end, key, rule = hit
            out.append(Found(m.start() + start, m.start() + end, "national_id", key,
                             f"national_id:{rule}"))
    return out


# A number listed right after a date of birth: "..., 14/02/1966, 030982407, ...".
_LISTED_NUMBER = re.compile(r"[ \t]*[,;][ \t]*(\d(?:[ .\-]?\d){7,14})(?![\w]|[.,]\d)")


def find_listed_ids(text: str, country: str | None, found: Iterable[Found]) -> list[Found]:
    """A number listed right after a date of birth ``found``, that a validator of the
    record's ``country`` accepts, its tax number too: the particulars of one person
    (name, date of birth, number) list no company's."""
    own = region_code(country) if country else None
    if own is None:
        return []
    modules = []
    for name in NATIONAL_ID_MODULES.get(own.lower(), ()):
        try:
            modules.append(importlib.import_module(f"stdnum.{name}"))
        except ImportError:
            continue
    folded = fold_text(text)
    found = list(found)
    out = []
    for dob in (f for f in found if f.kind == "dob"):
        m = _LISTED_NUMBER.match(folded, dob.end)
        if m is None or overlaps(m.start(1), m.end(1), [*found, *out]):
            continue
        key = next((k for v in modules if (k := _valid(v, m.group(1)))), None)
        if key:
            out.append(Found(m.start(1), m.end(1), "national_id", key,
                             "national_id:listed with a birth date"))
    return out


def find_ids_after_words(text: str, exclude: Iterable[Found] = (),
                         adjacent: bool = False) -> list[Found]:
    """The ids after id words (``DNI``, ``Personalausweis``, ``ΑΔΤ``, ``رقم الهوية``...);
    with ``adjacent``, only those right after their word."""
    return _after_words(fold_text(text), ID_WORDS, "national_id", list(exclude), adjacent)


def find_company_ids(text: str, exclude: Iterable[Found] = ()) -> list[Found]:
    """A company's number right after an id word (``ИНН 7707083893``, ``ΑΦΜ εταιρείας
    ...``), of kind ``company_id``: no personal id, and no phone either."""
    return _after_words(fold_text(text), ID_WORDS, "company_id", list(exclude), True)


def _longest_valid(raw: str, chunks: list[tuple[int, int]], validators: list[ModuleType]
                   ) -> tuple[int, int, str, str] | None:
    # The run may join an id to a neighbouring word or number: try sub-runs, longest first.
    for size in range(min(len(chunks), 8), 0, -1):
        for i in range(len(chunks) - size + 1):
            start, end = chunks[i][0], chunks[i + size - 1][1]
            candidate = raw[start:end]
            if sum(ch.isdigit() for ch in candidate) < _MIN_ID_DIGITS:
                continue
            for validator in validators:
                key = _valid(validator, candidate)
                if key:
                    return start, end, key, validator.__name__.removeprefix("stdnum.")
    return None


def _valid(validator: ModuleType, candidate: str) -> str | None:
    try:
        # Dots group digits in some countries' ids (Spanish DNI 12.345.678-Z).
        for spelling in dict.fromkeys((candidate, candidate.replace(".", ""))):
            if validator.is_valid(spelling):
                return compact_id(validator.compact(spelling))
    except Exception:  # noqa: S110 - odd input can raise beyond ValidationError
        pass
    return None


def find_passports(text: str, exclude: Iterable[Found] = (), adjacent: bool = False
                   ) -> list[Found]:
    """Passport numbers: the letters-and-digits token after a passport word; with
    ``adjacent``, only those right after their word."""
    return _after_words(fold_text(text), PASSPORT_WORDS, "passport", list(exclude), adjacent)


def _after_words(text: str, words: re.Pattern[str], kind: str,
                 already: list[Found], adjacent: bool) -> list[Found]:
    out: list[Found] = []
    for m in words.finditer(text):
        after = _token_after(text, m.end())
        if after is None or (adjacent and not _GAP.fullmatch(text, m.end(), after[0])) \
                or _OTHER_NUMBER.search(text, m.end(), after[0]):
            continue
        # An id word of the other kind on the way names the number ("паспорт, ИИН ..."),
        # unless the two name one field ("Passport / ID no.: CB482193").
        other = ID_WORDS if words is PASSPORT_WORDS else PASSPORT_WORDS
        if words is ID_WORDS and _PASSPORT_THEN.search(text, max(0, m.start() - 24), m.start()):
            continue  # the second label of "Passport / ID no.": the passport's field
        named = other.search(text, m.end(), after[1])
        if named and not (words is PASSPORT_WORDS
                          and re.fullmatch(r"\s*/\s*", text[m.end():named.start()])):
            continue
        if kind in ("national_id", "company_id") \
                and _company(text, m, *after) != (kind == "company_id"):
            continue
        if not overlaps(*after, [*already, *out]):
            start, end = _whole_scheme(text, *after)
            key = "".join(ch for ch in text[start:end] if ch.isalnum()).upper()
            if kind == "passport" and internal_passport(m.group(0), key):
                out.append(Found(start, end, "national_id", key,
                                 "national_id:internal-passport"))
                continue
            if kind == "passport" and _personal_number(key):
                # A number a personal-id scheme validates, written in a passport's field
                # (a Kazakh IIN, a SNILS, a 12-digit ИНН): the person's id, not the passport.
                out.append(Found(start, end, "national_id", key, "national_id:in-passport-field"))
                continue
            out.append(Found(start, end, kind, key, f"{kind}:keyword"))
    return out


def _whole_scheme(text: str, start: int, end: int) -> tuple[int, int]:
    """The token after an id word grown to the valid id it is part of: "RSS MRC 85C12
    F205O" after "codice fiscale", where the token alone is "MRC 85C12"."""
    for regions, _rule, pattern, check in _SCHEMES:
        if regions is not None:
            continue
        for m in pattern.finditer(text, max(0, start - 16), min(len(text), end + 16)):
            key = "".join(ch for ch in m.group(0) if ch.isalnum()).upper()
            if m.start() <= start and end <= m.end() and check(key):
                return m.start(), m.end()
    return start, end


def internal_passport(word: str, key: str) -> bool:
    """Whether a "паспорт" number is a Russian internal passport's (series of four digits,
    number of six): the citizen's identity document inside the country, a national
    identity number (as partners file it), not a travel document; "загранпаспорт"
    numbers have nine digits and a Belarusian passport's start with letters."""
    digits = "".join(ch for ch in key if ch.isdigit())
    letters = "".join(ch for ch in key if not ch.isdigit()).casefold()
    return word.casefold().startswith("паспорт") and len(digits) == 10 \
        and letters in ("", "номер", "серия", "серияномер")


def _personal_number(key: str) -> bool:
    """Digits only, and valid as a Kazakh IIN, a SNILS or a person's ИНН (12 digits):
    no passport has such a number (a Russian one has ten, a Kazakh one a letter)."""
    from stdnum.ru import inn

    if not key.isdigit():
        return False
    if len(key) == 11:
        return snils_valid(key)
    return len(key) == 12 and (schemes.kz_iin_valid(key) or inn.is_valid(key))


def _company(text: str, word: re.Match[str], start: int, end: int) -> bool:
    """Whether the number after an id word is a company's: a company word between them,
    or a ten-digit ИНН (a person's has twelve)."""
    if _COMPANY.search(text, word.end(), start) \
            or _COMPANY_BEFORE.search(text, max(0, word.start() - 32), word.start()) \
            or _COMPANY_FORM_BEFORE.search(text, max(0, word.start() - 32), word.start()):
        return True
    digits = sum(ch.isdigit() for ch in text[start:end])
    return digits == 10 and end - start == 10 and _COMPANY_INN.match(word.group(0)) is not None


def _token_after(text: str, start: int) -> tuple[int, int] | None:
    """The id after a word ending at ``start``: the first token with three digits or
    more that is not a date, within reach."""
    end = min(len(text), start + _WORD_REACH)
    series = _RU_SERIES.search(text, start, end)
    candidates = [(m.start(), m.end()) for pattern in (_AFTER_WORD, _AFTER_WORD_LOWER)
                  for m in pattern.finditer(text, start, end)]
    if series:
        candidates.append((series.start(1), series.end(2)))
    candidates += [(m.start(), m.end()) for pattern in (_BE_NUMBER, _SCHEME_TOKENS)
                   for m in pattern.finditer(text, start, end)]
    for s, e in sorted(candidates, key=lambda c: (c[0], -c[1])):
        token = text[s:e]
        digits = sum(ch.isdigit() for ch in token)
        # A German document number may hold only one or two digits ("CFGHJ1K2L").
        if (digits < 3 and not (digits and len(token) >= 8 and token.isalnum()
                                and token.isupper())) or _DATE_LIKE.fullmatch(token):
            continue
        return s, e
    return None
