"""Vehicle number plates in running text, in the formats of partner countries.

Three levels of trust. A format no other value shares is taken anywhere: French
``AB-123-CD``, British ``AB12 CDE``, Irish ``191-D-30572``, Russian ``А123ВС 77``, Greek
``ΙΚΗ-1234`` and ``ΝΕΧ 5521`` in Greek letters, German ``B-AB 1234``, Bulgarian
``СА 1234 АВ``, Polish ``SK 2018E`` (a voivodeship letter, a letter among the last five
signs). A format an amount or a reference could share (Polish ``WA 12345``, Spanish
``1234 BCD``, ``IKH-1234`` in Latin letters, Emirati ``Dubai K 48213``) is taken near a
vehicle or plate word, or near a plate already read: plates come in lists ("M-TX 123E,
DD X 512"). Any letters-and-digits token is taken right after a plate word
(``Kennzeichen``, ``matrícula``, ``nr rej.``, ``госномер``, ``πινακίδα``, ``لوحة``...),
and there, or right after a vehicle word, a plate of digits alone (Jordan's ``12-60735``).
A number followed by ``/23`` is a reference ("II K 118/23"), never a plate.
A plate written in lower case (``yk21xrp``, ``а731мр777``) is read as in capitals, but
only near a vehicle or plate word and only where letters and digits touch, as they do
on a plate and not in words ("do 5000"). The key is the plate's letters and digits,
Cyrillic and Greek letters read as the Latin ones they look like, so ``А123ВС77`` and
``A123BC77`` are one plate.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from liaison.analysis.redaction.common import Found, fold_text, overlaps

# Cyrillic and Greek plate letters and the Latin letters they are read as.
_LOOKALIKE = str.maketrans("АВЕКМНОРСТУХавекмнорстухΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
                           "ABEKMHOPCTYXABEKMHOPCTYXABEZHIKMNOPTYX")
_CYR = "АВЕКМНОРСТУХ"
_GREEK = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
_ARABIC_LETTER = r"[\u0621-\u064a]\u0640?"  # "هـ" is written with a tatweel
_IE_COUNTIES = ("C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|"
                "WD|WH|WX|WW")
# A Swiss plate starts with its canton.
_CH_CANTONS = ("AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|"
               "ZG|ZH")
# Greek words in capitals written only in plate letters ("ΤΗΝ", "ΚΑΙ").
_GREEK_WORDS = "ΤΗΝ|ΤΟΝ|ΤΟΥ|ΚΑΙ|ΕΝΑ|ΜΙΑ|ΑΝΑ|ΝΑΙ|ΟΧΙ|ΟΤΙ|ΜΕΧ|ΕΤΗ"
_B = r"(?<![\w\-])"  # starts a token
# Ends one; not before "/23" either, which makes it a reference ("II K 118/23").
_E = r"(?![\w]|[-/]\w)"
# A Moroccan plate may carry the Arabic "and" (و) written onto its first digit.
_B_MA = r"(?:(?<![\w\-])|(?<=(?<!\w)و))"
# The seven emirates, whose name is printed on an Emirati plate.
_EMIRATES = (r"(?:DUBAI|ABU DHABI|SHARJAH|AJMAN|UMM AL[ -]QUWAIN|RAS AL[ -]KHAIMAH|FUJAIRAH|"
             r"دبي|أبو ?ظبي|ابو ?ظبي|الشارقة|عجمان|أم القيوين|رأس الخيمة|الفجيرة)")

# Formats no other value shares: taken anywhere.
STRICT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("fr", re.compile(rf"{_B}[A-HJ-NP-TV-Z]{{2}}-\d{{3}}-[A-HJ-NP-TV-Z]{{2}}{_E}")),
    ("gb", re.compile(rf"{_B}[A-HJ-PR-Y][A-HJ-PR-Y]\d{{2}} ?[A-HJ-PR-Z]{{3}}{_E}")),
    ("ru", re.compile(rf"{_B}[{_CYR}] ?\d{{3}} ?[{_CYR}]{{2}} ?\d{{2,3}}{_E}")),
    ("bg", re.compile(rf"{_B}[{_CYR}]{{1,2}} ?\d{{4}} ?[{_CYR}]{{2}}{_E}")),
    ("gr", re.compile(rf"{_B}[{_GREEK}]{{3}}-\d{{4}}{_E}")),
    ("de", re.compile(rf"{_B}[A-ZÄÖÜ]{{1,3}} ?- ?[A-Z]{{1,2}} ?[1-9]\d{{0,3}}[EH]?{_E}")),
    # Irish: year (and half), county, number: "191-D-30572", "08-KY-1234".
    ("ie", re.compile(rf"{_B}\d{{2}}[12]?-(?:{_IE_COUNTIES})-\d{{1,6}}{_E}")),
    ("ma", re.compile(rf"{_B_MA}\d{{1,6}} ?[-|/ ] ?{_ARABIC_LETTER} ?[-|/ ] ?\d{{1,2}}{_E}")),
    # The same written right to left: region, letter, number.
    ("ma", re.compile(rf"{_B_MA}\d{{1,2}} ?[-|/ ] ?{_ARABIC_LETTER} ?[-|/ ] ?\d{{1,6}}{_E}")),
    # Greek letters only (no Latin reads them), with a space: "ΝΕΧ 5521"; not a word in
    # capitals before a year ("ΤΗΝ 2024").
    ("gr", re.compile(rf"{_B}(?!{_GREEK_WORDS})[{_GREEK}]{{3}} (?!19|20)\d{{4}}{_E}")),
    # Polish: a voivodeship letter and district, then five signs with a letter among
    # them ("SK 2018E", "GD 417KM", "ZS 71A02"); five digits alone stay NEAR.
    ("pl", re.compile(rf"{_B}[BCDEFGKLNOPRSTWZ][A-Z] (?=\d{{0,4}}[A-Z])\d[0-9A-Z]{{4}}{_E}")),
)
# Currency codes a "1234 BCD" shape would otherwise take for a Spanish plate.
_CURRENCIES = frozenset({"GBP", "PLN", "CHF", "DKK", "CZK", "HKD", "SGD", "MXN", "BGN",
                         "RSD", "MKD", "NGN", "TND", "BHD", "KWD", "LBP", "SYP", "JPY"})
# Formats taken near a vehicle or plate word.
NEAR: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("gr", re.compile(rf"{_B}[ABEZHIKMNOPTXY{_GREEK}]{{3}}[- ]?\d{{4}}{_E}")),
    # Greek motorcycles ("ΝΒΡ 482") and two-letter series ("ΡΙ 4471"), in Greek letters.
    ("gr", re.compile(rf"{_B}(?:[{_GREEK}]{{3}}[- ]?\d{{3}}|[{_GREEK}]{{2}}[- ]?\d{{4}}){_E}")),
    # A British plate with its spaces moved or an O read as 0: "MA 15 0PV".
    ("gb", re.compile(rf"{_B}[A-HJ-PR-Y]{{2}} \d{{2}} [A-Z0][A-Z]{{2}}{_E}")),
    ("de", re.compile(rf"{_B}[A-ZÄÖÜ]{{1,3}} [A-Z]{{1,2}} ?[1-9]\d{{0,3}}[EH]?{_E}")),
    ("pl", re.compile(rf"{_B}(?:[A-Z]{{2}}[ -]?\d[0-9A-Z]{{4}}|"
                      rf"[A-Z]{{3}}[ -]?(?=[A-Z]?\d)[0-9A-Z]{{4,5}}){_E}")),
    ("es", re.compile(rf"{_B}\d{{4}}[ -]?[BCDFGHJKLMNPRSTVWXYZ]{{3}}{_E}")),
    ("es", re.compile(rf"{_B}[A-Z]{{1,2}}-\d{{4}}-[A-Z]{{1,2}}{_E}")),
    ("fr", re.compile(rf"{_B}[A-Z]{{2}} \d{{3}} [A-Z]{{2}}{_E}")),
    ("fr", re.compile(rf"{_B}\d{{1,4}} [A-Z]{{1,3}} (?:\d{{2}}|2[AB]){_E}")),
    ("ru", re.compile(rf"{_B}[{_CYR}ABEKMHOPCTYX] ?\d{{3}} ?[{_CYR}ABEKMHOPCTYX]{{2}} ?"
                      rf"\d{{2,3}}{_E}")),
    ("bg", re.compile(rf"{_B}[ABEKMHOPCTYX]{{1,2}} ?\d{{4}} ?[ABEKMHOPCTYX]{{2}}{_E}")),
    ("es", re.compile(rf"{_B}[A-Z]{{1,2}} \d{{4}} [A-Z]{{1,2}}{_E}")),
    ("gb", re.compile(rf"{_B}[A-Z]\d{{1,3}} ?[A-Z]{{3}}{_E}")),
    # Emirati: the emirate, its letter or number code, the number ("Dubai K 48213").
    ("ae", re.compile(rf"{_B}{_EMIRATES} (?:[A-Z]{{1,2}}|\d{{1,2}}) \d{{1,5}}{_E}")),
    ("nl", re.compile(rf"{_B}(?:\d{{1,3}}-[A-Z]{{2,3}}-\d{{1,3}}"
                      rf"|[A-Z]{{2,3}}-\d{{2,3}}-[A-Z]{{1,2}}|[A-Z]{{2}}-[A-Z]{{2}}-\d{{2}}"
                      rf"|\d{{2}}-\d{{2}}-[A-Z]{{2}}){_E}")),
    ("ma", re.compile(rf"{_B}\d{{1,6}} ?[-|/] ?[A-Z] ?[-|/] ?\d{{1,2}}{_E}")),

    ("ch", re.compile(rf"{_B}(?:{_CH_CANTONS}) ?(?:\d{{1,3}} \d{{3}}|\d{{1,6}}){_E}")),
    # Spanish trailers and mopeds: "R-0912-BDC", "C-2291-BTR"; Gulf plates without the
    # emirate: "Q 47120".
    ("es", re.compile(rf"{_B}[RC]-?\d{{4}}-?[BCDFGHJKLMNPRSTVWXYZ]{{3}}{_E}")),
    ("ae", re.compile(rf"{_B}[A-Z]{{1,2}} \d{{3,5}}{_E}")),
    ("ie", re.compile(rf"{_B}\d{{2,3}}-[A-Z]{{1,2}}-\d{{1,6}}{_E}")),
    ("gb", re.compile(rf"{_B}[A-Z]{{3}} ?\d{{1,3}}[A-Z]{_E}")),
    ("lt", re.compile(rf"{_B}[A-Z]{{3}}[ -]?(?:\d{{3}}|\d{{2}}[A-Z]){_E}")),
    ("us", re.compile(rf"{_B}(?:[A-Z]{{3}}[- ]?\d{{3,4}}|\d[A-Z]{{3}}\d{{3}}){_E}")),
    ("ro", re.compile(rf"{_B}[A-Z]{{1,2}} ?\d{{2,3}} ?[A-Z]{{3}}{_E}")),
    ("at", re.compile(rf"{_B}[A-Z]{{1,2}}[- ]\d{{1,5}} ?[A-Z]{{1,3}}{_E}")),
    ("cz", re.compile(rf"{_B}\d[A-Z]\d ?\d{{4}}{_E}")),
    ("tr", re.compile(rf"{_B}\d{{2}} ?[A-Z]{{1,3}} ?\d{{2,4}}{_E}")),
    ("sk", re.compile(rf"{_B}[A-Z]{{2}}-?\d{{3}}[A-Z]{{2}}{_E}")),
    ("rs", re.compile(rf"{_B}[A-ZČĆŠŽĐ]{{2}} ?\d{{3,4}}-?[A-ZČĆŠŽĐ]{{2}}{_E}")),
    ("hu", re.compile(rf"{_B}[A-Z]{{2}} ?[A-Z]{{2}}-\d{{3}}{_E}")),
    ("dk", re.compile(rf"{_B}[A-Z]{{2}} ?\d{{2}} ?\d{{3}}{_E}")),
    # Russian trailers: two letters, four digits, the region ("ЕК 9441 77").
    ("ru", re.compile(rf"{_B}[{_CYR}ABEKMHOPCTYX]{{2}} ?\d{{4}} ?\d{{2,3}}{_E}")),
    # Kazakh: number, letters, region ("731 KTA 02"); Belarusian: "2271 AB-7".
    ("kz", re.compile(rf"{_B}\d{{3}} ?[A-Z]{{2,3}} ?\d{{2}}{_E}")),
    ("by", re.compile(rf"{_B}\d{{4}} ?[A-Z{_CYR}]{{2}}-\d{_E}")),
    # Belarusian lorries and trailers: "AK 4471-7", "А 4821 В-7".
    ("by", re.compile(rf"{_B}(?:[A-Z{_CYR}]{{2}} ?\d{{4}}|[A-Z{_CYR}] ?\d{{4}} ?[A-Z{_CYR}])"
                      rf"-\d{_E}")),
    # Tunisian: series, the word تونس as printed, number ("184 تونس 7302").
    ("tn", re.compile(r"(?<![\w،,\-])\d{1,3} ?تونس ?\d{1,4}(?![\w\-])")),
    # Egyptian, Gulf and Lebanese plates: Arabic letters apart, and the number.
    ("eg", re.compile(rf"{_B}(?:{_ARABIC_LETTER} ){{1,3}}\d{{1,6}}{_E}|"
                      rf"{_B}\d{{1,4}} (?:{_ARABIC_LETTER} ?){{1,3}}(?![\u0621-\u064a\w])")),
)
# Formats loose enough to read many others' plates: named so only where nothing stricter
# reads the plate, or where the text is about their country.
_LOOSE = frozenset({"at", "ch", "us", "lt", "dk", "ae"})
# Words that name the plate itself: the token right after one is a plate.
PLATE_WORDS = re.compile(
    r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وبل]))"
    r"(?:(?:number |licen[cs]e |registration |reg\.? )?plates?|"
    r"registration(?: mark| number| no\.?)?|reg\.? (?:no\.?|number|mark)|VRM|VRN|"
    r"immatricul[ée]e?s?|immatriculation|plaques?(?: d'immatriculation)?|"
    r"(?:amtliche[ns]? |kfz-)?kennzeichen|kennz\.|kfz-kz\.?|kz\.|kontrollschild(?:er)?|"
    r"matr[íi]culas?|matriculad[oa]|placas?(?: de matr[íi]cula)?|"
    r"nr\.? rej(?:\.|estracyjn\w*)?|numer\w* rej(?:\.|estracyjn\w*)|tablic\w*(?: rejestracyjn\w*)?|"
    r"rejestracj\w*|(?:na |o )?numerach(?: rejestracyjnych)?|(?:na )?blachach|"
    r"госномер\w*|гос\.\s?номер\w*|г/н|гос\.?\s?рег\.?\s?знак\w*|"
    r"государственн\w+ (?:регистрационн\w+ )?(?:знак\w*|номер\w*)|номерн\w+ знак\w*|"
    r"рег\.\s?(?:№|номер)|регистрационен номер|рег\. знак|"
    r"πινακ[ίι]δ(?:α|ες|ας)(?: κυκλοφορ[ίι]ας)?|αριθμ(?:ό|ός|ού) κυκλοφορ[ίι]ας|"
    r"αρ\.\s?κυκλ(?:οφορ[ίι]ας|\.)?|"
    r"(?:ال)?لوح(?:ة|ات|تها|ته)(?: (?:ال)?ترقيم\w*| (?:ال)?تسجيل| المعدنية| رقم)?|"
    r"رقم (?:اللوحة|لوحتها|لوحته|التسجيل|الترقيم)|(?:ال)?ترقيم(?:ها|ه)?|رقمها|"
    r"(?:ال)?مرقمة(?: تحت عدد| تحت رقم)?|"
    r"(?:ال)?مسجلة(?: تحت عدد| تحت رقم| برقم)?|ذات (?:ال)?ترقيم|تحمل (?:ال)?(?:رقم|لوحة)|"
    r"رقم تسجيلها)(?![^\W\d_])", re.IGNORECASE)
# Words that name a vehicle, its driver or keeper, driving or parking: a plate format
# near one is a plate.
VEHICLE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:vehicles?|cars?|vans?|lorry|truck|motorbike|motorcycle|scooter|"
    r"drives|drove|driving|driver|registered keeper(?: of)?|car park|parking|parked|"
    r"conduit|conduisait|conducteur|stationn[ée]e?|fährt|fuhr|fahrer\w*|halter(?:in|s|abfrage)?|"
    r"parkplatz|parkt|conduc[eí]a?|conductor\w*|aparcad[oa]|aparcamiento|kierowc\w*|"
    r"jeździ\w*|(?:prze|w|wy|od|za)?jecha\w*|parking\w*|parkowa\w*|aucie|autach|"
    r"roule|roulait|rouler|фур[аеуыой]|фурой|μηχαν[άα]κι|μηχανή|"
    r"clio|m[ée]gane|twingo|corsa|octavia|passat|ibiza|yaris|qashqai|ducato|sprinter|"
    r"ездит|ездил\w*|водител\w*|стоянк\w*|парковк\w*|"
    r"полуприцеп\w*|прицеп\w*|тягач\w*|οδηγ\w+|σταθμευμέν\w+|πάρκινγκ|يقود\w*|"
    r"(?:ال)?سائق|مركونة|موقف|"
    r"(?:klein|reise|linien|mini)bus(?:se)?|"
    r"v[ée]hicules?|voitures?|camion(?:nette)?s?|fourgon(?:nette)?s?|moto|"
    r"[^\W\d_]*fahrzeug\w*|pkw|lkw|auto|autos|[^\W\d_]*wagen|[^\W\d_]*transporter|kfz|"
    r"veh[íi]culos?|coches?|furgonetas?|cami[óo]n|turismo|"
    r"pojazd\w*|samoch[óo]d\w*|ci[ęe]ż[ae]r[óo]wk\w*|busem|"
    r"автомобил\w*|машин\w*|а/м|т/с|авто|"
    r"όχημα|όχημά|οχήματος|οχήματα|αυτοκίνητ[οόήη]\w*|φορτηγό|ΙΧ|Ι\.Χ\.?|ταξί|"
    r"λεωφορείο|δίκυκλο|μοτοσυκλέτα|μηχανή\w*|"
    r"[وبل]{0,2}(?:ال)?(?:سيار|شاحن|مركب|عرب|دراج)(?:ة|ته|تها|تهم|ات)|ملاكي|تاكسي|"
    r"تويوتا|مرسيدس|رينو|داسيا|بيجو|هيونداي|كيا|فولكسفاغن|بي إم دبليو|"
    # Makes, as written in running text ("a Seat Ibiza 1234 BCD").
    r"audi|bmw|mercedes(?:-benz)?|vw|volkswagen|seat|renault|peugeot|citro[ëe]n|ford|opel|"
    r"toyota|nissan|dacia|fiat|[šs]koda|kia|hyundai|volvo|lada|mazda|honda|tesla|porsche|"
    r"land rover|range rover|mitsubishi|suzuki|iveco|jeep|chevrolet|alfa romeo|lexus|"
    r"ауди|бмв|мерседес|фольксваген|тойота|лада|ваз|рено|ниссан|хендай|киа|шкода|форд|"
    r"garages?|garaż\w*|garajes?|гараж\w*|γκαράζ|(?:ال)?مرآب|"
    r"motorrad|anh[äa]nger|wohnmobil|motocicleta|todoterreno|motocykl\w*|ci[ąa]gnik\w*|"
    r"przyczep\w*|naczep\w*|мотоцикл\w*|грузовик\w*|μοτοσικλέτα|φορτηγού|"
    r"tractor(?: unit)?|semi-?trailer|hgv|remorque|semi-remorque|tracteur|sattelzug\w*|"
    r"zugmaschine|auflieger|(?:semi)?rremolque|tractora|cabeza tractora|"
    r"ελκυστ[ήη]ρα?ς?|ρυμουλκ\w+|επικαθ[ήη]μεν\w+|قاطرة|مقطورة|"
    r"moto(?:rbike|cycle)?s?|trailer|autem|auta|bus|busa|busie)(?![^\W\d_])", re.IGNORECASE)
# A US state and ZIP code after a town (", NJ 07306"): an address's end, no plate.
_STATE_ZIP = re.compile(r"(?<=,)\s?(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|"
                        r"N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) \d{5}(?:-\d{4})?$")
# Makes and models whose letters and digits look like a plate ("BMW 320", "VW 1500").
_MAKES = frozenset({"BMW", "VW", "KIA", "GMC", "MAN", "DAF", "SUV", "GPS", "TIR", "MPV",
                    "UAZ", "GAZ", "VAZ", "AMG", "GTI", "TDI", "CDI", "HDI", "DSG"})
_REACH = 48  # characters between a vehicle word and a plate near it
# What may stand between a plate word and its plate: "Kennzeichen: ", "nr rej. ", "n° ".
_FILLER = re.compile(r"(?:[\s:.#№°º«\"'(-]|(?:no|nr|n|number|numer|номер|رقم|عدد|με|تحت)"
                     r"(?=[\s.:°º#№]))*", re.IGNORECASE)
_EMIRATE_NAME = re.compile(_EMIRATES, re.IGNORECASE)
# Any plate-like token: one to four groups of capitals and digits, or single Arabic
# letters (an Egyptian "أ ب ج 1234"; more Arabic letters make a word: "في").
_GROUP = rf"(?:[0-9A-ZÄÖÜ{_CYR}{_GREEK}]{{1,8}}|[\u0621-\u064a](?![\u0621-\u064a]))"
_TOKEN = re.compile(rf"{_GROUP}(?:(?: ?[-|/·] ?| ){_GROUP}){{0,3}}(?![\w])")
# Plates of digits alone (Jordan, the Gulf: "12-60735"), taken only after a plate word.
_DIGITS_ONLY = re.compile(r"\d{1,2} ?- ?\d{3,5}")
# The same right after a vehicle word, written tight and ending there ("not 10-1500,3").
_DIGITS_PLATE = re.compile(r"\d{1,2}-\d{3,5}(?![\w\-/]|[.,]\d)")
# "VW 2015" near "car" is a make and a year.
_YEAR = re.compile(r"(?:19|20)\d{2}")


def plate_key(raw: str) -> str:
    """A plate's comparable form: its letters and digits, Cyrillic and Greek read as Latin."""
    return "".join(ch for ch in raw.translate(_LOOKALIKE) if ch.isalnum()).upper()


def find_plates(text: str, exclude: Iterable[Found] = (), regions: Iterable[str] = ()
                ) -> list[Found]:
    """Number plates outside ``exclude`` (values other detectors took); where formats of
    several countries read the same plate, one of ``regions`` names it."""
    folded = fold_text(text)
    upper = _upper(folded)
    out: list[Found] = []
    taken = list(exclude)
    local = {r.lower() for r in regions}
    strict = list(_strict(folded)) + list(_strict_here(folded, local))
    after = list(_after_words(upper, local))
    candidates = [*strict, *after, *_near_words(upper, local, [*strict, *after])]
    for found in candidates:
        raw = folded[found.start:found.end]
        if found.detector == "plate:ae":  # the emirate's name is a word: "Dubai K 48213"
            raw = _EMIRATE_NAME.sub("", raw)
        if raw != _upper(raw) and not _lower_case_plate(raw):
            continue
        if _STATE_ZIP.search(folded, max(0, found.start - 2), found.end):
            continue
        if not overlaps(found.start, found.end, [*taken, *out]):
            out.append(found)
    return sorted(out, key=lambda f: f.start)


def _upper(text: str) -> str:
    """``text`` in capitals, of the same length ("ß" stays)."""
    return "".join(up if len(up := ch.upper()) == 1 else ch for ch in text)


def _lower_case_plate(raw: str) -> bool:
    """Whether a plate written in lower case reads as one: all its letters small, two
    letters and two digits at least, a letter touching a digit ("yk21xrp", "f-lz 92e";
    not "do 5000", nor "der A12", a word and a road), or the French shape whole ("fk 418
    ms")."""
    letters = sum(ch.isalpha() for ch in raw)
    digits = sum(ch.isdigit() for ch in raw)
    return raw == raw.lower() and letters >= 2 and digits >= 2 \
        and (re.search(r"[^\W\d_]\d|\d[^\W\d_]", raw) is not None
             or re.fullmatch(r"[a-z]{2}[ -]\d{3}[ -][a-z]{2}|[α-ω]{3}[ -]\d{4}", raw) is not None)


def _strict(text: str) -> Iterator[Found]:
    for country, pattern in STRICT:
        for m in pattern.finditer(text):
            yield Found(m.start(), m.end(), "plate", plate_key(m.group(0)), f"plate:{country}")


# Formats shared with other values abroad but taken anywhere in a text about their
# country: a Greek plate in the Latin letters that look like Greek ones ("IKN-4521", not a
# year), a Russian one in Latin lookalikes ("A123BC77").
_HERE: dict[str, re.Pattern[str]] = {
    "gr": re.compile(rf"{_B}[ABEZHIKMNOPTXY]{{3}}[- ](?!19|20)\d{{4}}{_E}"),
    "cy": re.compile(rf"{_B}[ABEZHIKMNOPTXY]{{3}}[- ]\d{{3}}{_E}"),
    "ru": re.compile(rf"{_B}[ABEKMHOPCTYX]\d{{3}}[ABEKMHOPCTYX]{{2}} ?\d{{2,3}}{_E}"),
}


def _strict_here(text: str, local: set[str]) -> Iterator[Found]:
    for country, pattern in _HERE.items():
        if country in local:
            for m in pattern.finditer(text):
                yield Found(m.start(), m.end(), "plate", plate_key(m.group(0)),
                            f"plate:{country}")


def _near_words(text: str, local: set[str], plates: list[Found]) -> Iterator[Found]:
    """Plates in a format of :data:`NEAR` near a vehicle or plate word, or near a plate
    already read (``plates``, and those read here: a list of plates, "M-TX 123E, DD X
    512"); where formats overlap, the longest reading first, then a format of the
    ``local`` countries, then the first format listed."""
    words = [m.end() for m in VEHICLE_WORDS.finditer(text)]
    words += [m.end() for m in PLATE_WORDS.finditer(text)]
    words += [p.end for p in plates]
    if not words:
        return
    shapes = []
    # The formats taken anywhere are read here too, for plates in lower case.
    for country, pattern in (*STRICT, *NEAR):
        for m in pattern.finditer(text):
            if not _not_a_plate(m.group(0)):
                shapes.append((m, country))
    found: list[Found] = []
    words.sort()
    # In reading order, so that a plate taken here reaches the next one in its list.
    for m, country in sorted(shapes, key=lambda shape: shape[0].start()):
        i = bisect.bisect_right(words, m.start())
        if i and m.start() - words[i - 1] <= _REACH:
            found.append(Found(m.start(), m.end(), "plate", plate_key(m.group(0)),
                               f"plate:{country}"))
            bisect.insort(words, m.end())
    # Sorting is stable: among equals, the format order stands.
    yield from sorted(found, key=lambda f: (f.start - f.end, f.detector[6:] in _LOOSE,
                                            f.detector[6:] not in local))


def _after_words(text: str, local: set[str]) -> Iterator[Found]:
    for word in VEHICLE_WORDS.finditer(text):
        # A plate of digits alone right after a vehicle word ("المركبة 9-41208").
        start = _FILLER.match(text, word.end()).end()
        m = _DIGITS_PLATE.match(text, start)
        if m is not None:
            yield Found(m.start(), m.end(), "plate", plate_key(m.group(0)), "plate:keyword")
    for word in PLATE_WORDS.finditer(text):
        start = _FILLER.match(text, word.end()).end()
        m = _TOKEN.match(text, start)
        if m is None:
            continue
        raw = m.group(0)
        size = sum(ch.isalnum() for ch in raw)
        if 4 <= size <= 10 and (_mixed(raw) or _DIGITS_ONLY.fullmatch(raw)):
            countries = sorted((c for c, pattern in (*STRICT, *NEAR) if pattern.fullmatch(raw)),
                               key=lambda c: (c in _LOOSE, c not in local))
            country = next(iter(countries), "keyword")
            yield Found(m.start(), m.end(), "plate", plate_key(raw), f"plate:{country}")


def _not_a_plate(raw: str) -> bool:
    """An amount ("2000 DKK"), a year ("VW 2015"), a make and model ("BMW 320"), or no
    letters or no digits at all."""
    letters = re.match(r"[^\W\d_]+", raw)
    return raw[-3:] in _CURRENCIES or not _mixed(raw) or bool(_YEAR.fullmatch(raw[-4:])) \
        or bool(letters and letters.group(0) in _MAKES)


def _mixed(raw: str) -> bool:
    """Whether a token holds both letters and digits, as every plate does."""
    return any(ch.isdigit() for ch in raw) and any(ch.isalpha() for ch in raw)
