"""Identifiers in every spelling (issue 14, item 3): phones read in the regions a text
may be about, across line breaks and in Arabic-Indic digits; IBANs in any case and
spacing; domestic account numbers; spelled-out e-mails; passports and ids with letters;
birth dates in every local order; postal addresses; number plates. Each detection says
which rule found it. Every number here is invented, with valid check digits where the
format has them (generated with phonenumbers, schwifty and python-stdnum)."""

from __future__ import annotations

import pytest

from liaison.analysis.redaction.common import Found, fold_text, region_chain
from liaison.analysis.redaction.detectors import find_identifiers
from liaison.analysis.redaction.names import NameIndex
from liaison.analysis.redaction.profiles import BUILTIN, KINDS, LABELS, RedactionProfile
from liaison.analysis.redaction.sweep import Sweep
from liaison.analysis.redaction.units import Context, detect_text

HOME = "NL"


def detect(text: str, language: str | None, country: str | None = None,
           agency: str | None = None) -> list[tuple[str, str]]:
    """(kind, text) of every identifier found, as the Share preview reads a narrative."""
    regions = region_chain(country, language, agency, HOME)
    found = find_identifiers(text, lambda _kind: True, country=country, regions=regions)
    return [(f.kind, text[f.start:f.end]) for f in found]


def rules(text: str, language: str | None, country: str | None = None) -> dict[str, str]:
    regions = region_chain(country, language, None, HOME)
    found = find_identifiers(text, lambda _kind: True, country=country, regions=regions)
    return {text[f.start:f.end]: f.detector for f in found}


def assert_found(text: str, language: str, expected: list[tuple[str, str]],
                 country: str | None = None, agency: str | None = None) -> None:
    got = detect(text, language, country, agency)
    missing = [e for e in expected if e not in got]
    assert not missing, (missing, got)
    extra = [g for g in got if g not in expected]
    assert not extra, (extra, got)


# --- the region chain and the folded text ----------------------------------------------------


def test_region_chain_runs_from_the_record_to_our_own_country():
    assert region_chain("PL", "de", "AT", "NL") == ["PL", "DE", "AT", "CH", "NL"]
    assert region_chain(None, "el", None, "NL") == ["GR", "CY", "NL"]
    assert region_chain(None, None, "FR", "NL") == ["FR", "NL"]
    assert region_chain(None, "ar", None, None)[:3] == ["MA", "DZ", "TN"]


def test_folding_keeps_every_position():
    text = "هاتف ٠٦٥٠٩٢٣٨٠٥ و ۰۶۱۲\n345 678"
    folded = fold_text(text)
    assert len(folded) == len(text)
    assert "0650923805" in folded and "0612 345 678" in folded


# --- phones ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "country", "agency", "expected"), [
    # National formats with no record country: the language says where.
    ("Suspect rang 07405 260181 twice from the ferry.", "en", None, None, "07405 260181"),
    ("Il a appelé le 06 12 18 18 69 puis a raccroché.", "fr", None, None, "06 12 18 18 69"),
    ("Er telefonierte mit 0664 540758 in Graz.", "de", None, None, "0664 540758"),
    ("Llamó desde el 612 88 95 04 a las 22:10.", "es", None, None, "612 88 95 04"),
    ("Dzwonił z numeru 512 859 988 wieczorem.", "pl", None, None, "512 859 988"),
    ("Звонил с номера 8 (912) 231-68-46 ночью.", "ru", None, None, "8 (912) 231-68-46"),
    ("Τηλεφώνησε από το 691 620 7698 το βράδυ.", "el", None, None, "691 620 7698"),
    ("اتصل من الرقم 06 50 92 38 05 مساء.", "ar", None, None, "06 50 92 38 05"),
    ("اتصل من الرقم 010 04426430 مساء.", "ar", None, None, "010 04426430"),
    # A Swiss number in a French text; a Cypriot one in a Greek text.
    ("joignable au 078 109 51 00 à Genève", "fr", "FR", None, "078 109 51 00"),
    ("τηλ. 96 139534 στη Λεμεσό", "el", None, None, "96 139534"),
    # The agency's country when neither record nor language tells.
    ("Contact: 0450 39 03 71 (mobile).", "en", None, "BE", "0450 39 03 71"),
])
def test_national_phones_are_read_in_the_regions_the_text_may_be_about(
        text, language, country, agency, expected):
    assert ("phone", expected) in detect(text, language, country, agency)


def test_a_phone_broken_before_the_hyphen_of_a_group():
    text = "звонил с номера +7 (917) 123\n-45-67."
    assert detect(text, "ru", "RU") == [("phone", "+7 (917) 123\n-45-67")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A number ending a line is not joined to the next line's time, date or item number.
    ("абонентский номер 8 (912) 480-33-17\n21.10.2026 10:41 исх.", "ru", "8 (912) 480-33-17"),
    ("Ziel 0171 2298304\n09:14 eingehend", "de", "0171 2298304"),
    ("tfno. 642 71 90 33\n2. QUIROGA MANZANEDO, Rosendo", "es", "642 71 90 33"),
])
def test_a_phone_ending_a_line_stays_whole_before_a_log_entry_or_an_item(
        text, language, expected):
    assert ("phone", expected) in detect(text, language)


def test_phones_across_line_breaks_and_in_arabic_indic_or_persian_digits():
    assert ("phone", "06 12 18\n18 69") in detect("Tél. 06 12 18\n18 69 (portable)", "fr")
    assert ("phone", "0151\n81502413") in detect("Handy 0151\n81502413, Festnetz", "de")
    text = "رقم هاتفه ٠٦٥٠٩٢٣٨٠٥ حسب المصدر"
    assert detect(text, "ar") == [("phone", "٠٦٥٠٩٢٣٨٠٥")]
    assert ("phone", "۰۶۵۰۹۲۳۸۰۵") in detect("شماره ۰۶۵۰۹۲۳۸۰۵", "ar", "MA")


def test_phone_rules_name_the_region():
    found = rules("اتصل من 010 04426430 ثم من +49 151 81502413", "ar")
    assert found == {"010 04426430": "phone:national:EG", "+49 151 81502413":
                     "phone:international"}


@pytest.mark.parametrize(("text", "language"), [
    ("Aktenzeichen 2025/00412, Betrag 15 000 EUR, am 03.03.2025 um 14:30.", "de"),
    ("PV n° 2025/00412 du 12/03/2024, montant 2 500 euros.", "fr"),
    ("Sygn. akt II K 123/24, kwota 12 000 zł.", "pl"),
    ("Дело № 12-3456/2024 от 05.03.2024, сумма 150 000 руб.", "ru"),
    ("Case ref 44/1187/25; 3,000 GBP on 03/03/2025.", "en"),
    ("في إطار الملف عدد 1187/2610/2023، والمبلغ 1.250.000 درهم.", "ar"),  # Tunisian-shaped tail
])
def test_references_amounts_and_dates_are_no_phones(text, language):
    assert [k for k, _ in detect(text, language)] == []


# --- IBANs and domestic accounts -------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("iban de21 1007 0000 3266 1663 04 at Deutsche Bank", "de21 1007 0000 3266 1663 04"),
    ("IBAN: DE 21 100 700 003 266 166 304.", "DE 21 100 700 003 266 166 304"),
    ("IBAN GR15-0140-7380-0000-0012-3456-789", "GR15-0140-7380-0000-0012-3456-789"),
    ("compte FR76 3000 4005 5093 4514 5061 263\nà la BNP", "FR76 3000 4005 5093 4514 5061 263"),
    ("ΙΒΑΝ: gr1501407380000000123456789", "gr1501407380000000123456789"),
    ("IBAN MA89 0117 8000 0012 3456 7890 1234", "MA89 0117 8000 0012 3456 7890 1234"),
])
def test_ibans_in_any_case_and_any_spacing(text, expected):
    assert ("iban", expected) in detect(text, None)


def test_two_ibans_in_a_row_are_two():
    text = "de21100700003266166304 and gb90barc20457712345678"
    assert [t for k, t in detect(text, "en") if k == "iban"] == [
        "de21100700003266166304", "gb90barc20457712345678"]


@pytest.mark.parametrize(("text", "language", "expected", "rule"), [
    ("Przelew na rachunek 41 1020 5561 1809 6792 9081 0033 w PKO BP.", "pl",
     "41 1020 5561 1809 6792 9081 0033", "account:pl-nrb"),
    ("Numer konta: 41102055611809679290810033.", "pl", "41102055611809679290810033",
     "account:pl-nrb"),
    ("Cuenta 2100 9075 60 7938347017 de CaixaBank.", "es", "2100 9075 60 7938347017",
     "account:es-ccc"),
    ("ingresó en la c/c 0049-4681-21-4538401916", "es", "0049-4681-21-4538401916",
     "account:es-ccc"),
    ("RIB 30004 00550 93451450612 63 (BNP Paribas)", "fr", "30004 00550 93451450612 63",
     "account:fr-rib"),
    ("Überweisung an BLZ 100 700 00, Konto 3266 1663 04.", "de",
     "100 700 00, Konto 3266 1663 04", "account:de-blz"),
    ("Kontonummer 2374095461 bei der Commerzbank, BLZ 37040044", "de",
     "2374095461 bei der Commerzbank, BLZ 37040044", "account:de-blz"),
    ("paid from sort code 20-45-77, account 12345678 on Monday", "en",
     "20-45-77, account 12345678", "account:gb-sort-code"),
    ("перевод на р/с 40817810099910004312 в Сбербанке", "ru", "40817810099910004312",
     "account:ru"),
    ("Girokonto 2374095461 (BLZ 370 400 44)", "de", "2374095461 (BLZ 370 400 44",
     "account:de-blz"),
    ("Kontonummer 00512345678, BLZ 12000", "de", "00512345678, BLZ 12000", "account:at-blz"),
    # Maghreb RIBs: the key makes the number divisible by 97; grouped by their fields.
    ("virement vers le 145 230 5260181590830166 45 à Fès", "fr",
     "145 230 5260181590830166 45", "account:ma-rib"),
    ("transfers to 007780131860913909960352 every week", "en", "007780131860913909960352",
     "account:ma-rib"),
    ("un RIB tunisien, 10 401 0824628194821 50, au dos", "fr", "10 401 0824628194821 50",
     "account:tn-rib"),
    # A Russian account: client balance account, currency, check, branch, account.
    ("Überweisung von 40817810512345678901 nach Zypern", "de", "40817810512345678901",
     "account:ru"),
    ("на 40702 978 3 1234 5678901 поступило", "ru", "40702 978 3 1234 5678901", "account:ru"),
    ("ancien compte 310-9935181-42 de la société", "fr", "310-9935181-42", "account:be-old"),
    # A sort code with its account number, without the words.
    ("paid into 20-45-77 12345678 on Friday", "en", "20-45-77 12345678",
     "account:gb-sort-code"),
    ("to be paid into 40 11 62 / 12345678.", "en", "40 11 62 / 12345678",
     "account:gb-sort-code"),
    ("then moved it to 209634 71842205 the same day", "en", "209634 71842205",
     "account:gb-sort-code"),
    # Account words in every form: the Greek accusative, Arabic with its clitics.
    ("κατέθεσε στον λογαριασμό 123-45-6789-012345 χθες", "el", "123-45-6789-012345",
     "account:keyword"),
    ("πλήρωσε στον λογαριασμό 5013-043187-526 61 επιταγές", "el", "5013-043187-526",
     "account:keyword"),
    ("وحسابه البنكي ١٢٣٤٥٦٧٨٩٠١٢٣ لدى بنك مصر", "ar", "١٢٣٤٥٦٧٨٩٠١٢٣", "account:keyword"),
    ("الحساب رقم 1012 3456 7890 1 لدى بنك", "ar", "1012 3456 7890 1", "account:keyword"),
    ("حوّل إلى حسابه 4510 1234 5678 90 مبلغا", "ar", "4510 1234 5678 90", "account:keyword"),
    ("cobra en la cuenta de ahorros 12345678901 en Bogotá", "es", "12345678901",
     "account:keyword"),
    # A sort code followed straight by its account number; Swiss postal accounts.
    ("paid from sort code 11-42-09 30417725 on Monday", "en", "11-42-09 30417725",
     "account:gb-sort-code"),
    ("versé sur le compte postal 30-771204-6 à Genève", "fr", "30-771204-6",
     "account:keyword"),
    ("überwiesen auf Postkonto 40-12884-7 der Firma", "de", "40-12884-7", "account:keyword"),
    # Grouped in threes right after its word; savings books; the next account of a list.
    ("die Bank nennt das Sparkonto 71 204 553 der Frau", "de", "71 204 553",
     "account:keyword"),
    ("das Sparbuch 3301 772 08 wurde gesperrt", "de", "3301 772 08", "account:keyword"),
    ("στον λογαριασμό 220/771104-09 και στον 310-11-4420-887301", "el",
     "310-11-4420-887301", "account:keyword"),
    # Bank code and account under one label, and several pairs in a row.
    ("Beleg: BLZ/Kto. 300 500 00/4 118 392", "de", "300 500 00/4 118 392",
     "account:de-blz"),
    ("Kto. 7 718 220 / BLZ 100 100 10; Kto.-Nr. 551 302 18, BLZ 200 400 00", "de",
     "551 302 18, BLZ 200 400 00", "account:de-blz"),
])
def test_domestic_account_numbers(text, language, expected, rule):
    found = rules(text, language)
    assert found.get(expected) == rule, found


def test_an_account_keyed_by_its_iban_is_one_value_with_the_iban():
    text = "PL41102055611809679290810033 i rachunek 41 1020 5561 1809 6792 9081 0033"
    regions = region_chain("PL", "pl", None, HOME)
    keys = {f.key for f in find_identifiers(text, lambda _k: True, country="PL",
                                            regions=regions)}
    assert keys == {"PL41102055611809679290810033"}


def test_account_words_leave_amounts_and_unknown_banks_alone():
    assert detect("compte tenu de 12 000 000 euros versés", "fr") == []
    # A bank code the registry does not know makes no IBAN, but the words say "account".
    regions = region_chain("DE", "de", None, HOME)
    text = "Konto 1234567890 bei BLZ 12345678 (unbekannt)"
    found = find_identifiers(text, lambda _k: True, country="DE", regions=regions)
    assert [(text[f.start:f.end], f.key, f.detector) for f in found] == [
        ("1234567890 bei BLZ 12345678", "DE:12345678:1234567890", "account:keyword")]
    assert detect("sur le compte de la société, 150000 euros", "fr") == []
    assert detect("أودع في الحساب 250000 جنيه نقدا", "ar") == []
    # Grouped in threes away from its word, or followed by a currency: an amount.
    assert detect("auf das Konto gingen 1 250 000 ein", "de") == []
    assert detect("Konto 12 500 000 EUR Umsatz, und 2 000 000 EUR", "de") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Номер заявки 12345678901234567890 от клиента", "ru"),  # no balance account, currency
    ("Tracking 145230123456789012345678 shipped", "en"),  # 24 digits, no RIB key
    # A RIB-valid number inside a longer run it does not break like a RIB.
    ("Batch 12 0077 8013 1860 9139 0996 0352 closed", "en"),
    ("Invoice 309634 71842205 was paid", "en"),
    ("ancien numéro 310-9935181-41 du dossier", "fr"),  # the Belgian check fails
])
def test_no_account_without_its_check_or_structure(text, language):
    assert [t for k, t in detect(text, language) if k == "account"] == []


# --- e-mails ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "key"), [
    ("écrire à marc.dupuis (at) orange (dot) fr ce soir", "marc.dupuis@orange.fr"),
    ("mail: k.nowak[at]wp[.]pl", "k.nowak@wp.pl"),
    ("contact him on jsmith at protonmail dot com", "jsmith@protonmail.com"),
    ("adresse: j.martin AT gmail DOT com", "j.martin@gmail.com"),
    ("correo juan.perez arroba gmail punto com", "juan.perez@gmail.com"),
    ("pisał z jan.kowalski małpa onet.pl", "jan.kowalski@onet.pl"),
    ("почта ivanov собака mail точка ru", "ivanov@mail.ru"),
    ("e-mail giorgos{at}otenet{dot}gr", "giorgos@otenet.gr"),
    ("Mail an mueller (@) web.de", "mueller@web.de"),
    ("ivan.k at yandex.ru, then left", "ivan.k@yandex.ru"),
    ("write to john dot smith at gmail dot com", "john.smith@gmail.com"),
    ("jean point dupont arobase orange point fr", "jean.dupont@orange.fr"),
    ("correo juan.perez (arroba) gmail.com", "juan.perez@gmail.com"),
    ("Mail max.mueller(ät)web.de", "max.mueller@web.de"),
    ("ivan @ mail . ru", "ivan@mail.ru"),
])
def test_obfuscated_e_mails(text, key):
    regions = region_chain(None, None, None, HOME)
    found = [f for f in find_identifiers(text, lambda _k: True, country=None, regions=regions)
             if f.kind == "email"]
    assert [(f.key, f.detector) for f in found] == [(key, "email:obfuscated")]


def test_only_a_spelled_address_spells_its_name_part():
    assert detect("Contact point ivan@x.org", "en") == [("email", "ivan@x.org")]
    assert detect("He left . ivan@x.com", "en") == [("email", "ivan@x.com")]


@pytest.mark.parametrize("text", [
    "He was at home.Then he left.",
    "We met at the port. Then we left.",
    "Meeting at noon dot five? no.",
    "see section 3 at paragraph.b",
])
def test_at_as_a_word_needs_a_real_domain(text):
    assert [k for k, _ in detect(text, "en")] == []


# --- passports and national ids --------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "country", "expected"), [
    ("Reisepass-Nr.: C01X00T47, ausgestellt in Köln.", "de", "DE", ("passport", "C01X00T47")),
    ("Nummer des Reisepasses: CFGHJ1K2L, gültig", "de", None, ("passport", "CFGHJ1K2L")),
    ("Personalausweis L01X00T47 vorgelegt", "de", "DE", ("national_id", "L01X00T47")),
    ("passeport n° 19AB12345 délivré à Lyon", "fr", "FR", ("passport", "19AB12345")),
    ("paszport nr EA1234567 wydany w Gdańsku", "pl", "PL", ("passport", "EA1234567")),
    ("wjechał na paszporcie XK123456 do Polski", "pl", "PL", ("passport", "XK123456")),
    ("dowód osobisty ABC 123456", "pl", "PL", ("national_id", "ABC 123456")),
    ("pasaporte ruso 72 4815937, domicilio", "es", "ES", ("passport", "72 4815937")),
    ("NIE Y1601108T y DNI 92622439-J", "es", "ES", ("national_id", "Y1601108T")),
    ("паспорт серии 45 12 № 345678 выдан ОВД", "ru", "RU", ("national_id", "45 12 № 345678")),
    ("паспорт серия 4512 номер 345678", "ru", None, ("national_id", "4512 номер 345678")),
    ("αριθμός διαβατηρίου AE1234567", "el", "GR", ("passport", "AE1234567")),
    ("με ΑΔΤ ΑΚ 123456 και ΑΜΚΑ 14109148214", "el", "GR", ("national_id", "ΑΚ 123456")),
    ("رقم جواز السفر: AB1234567", "ar", "MA", ("passport", "AB1234567")),
    ("بطاقة التعريف الوطنية رقم BE123456", "ar", "MA", ("national_id", "BE123456")),
    ("الرقم القومي ٢٩٠٠١٠١٢١٠٢٣٤٥", "ar", "EG", ("national_id", "٢٩٠٠١٠١٢١٠٢٣٤٥")),
    ("social security number 078-05-1120 on file", "en", "US", ("national_id", "078-05-1120")),
    ("паспорт гражданина Российской Федерации серии 4510 № 123456", "ru", "RU",
     ("national_id", "4510 № 123456")),
    ("паспорт: серия 4510, номер 123456", "ru", None, ("national_id", "4510, номер 123456")),
    ("паспортные данные 4510 123456", "ru", "RU", ("national_id", "4510 123456")),
    ("загранпаспорт 75 1234567", "ru", "RU", ("passport", "75 1234567")),
    ("الحامل لبطاقة التعريف الوطنية عدد AB123456", "ar", "MA", ("national_id", "AB123456")),
    ("هوية رقم 1012345678", "ar", "SA", ("national_id", "1012345678")),
    ("numéro national 85.07.30-033.61", "fr", "BE", ("national_id", "85.07.30-033.61")),
    ("titre de séjour n° 7502012345", "fr", "FR", ("national_id", "7502012345")),
    ("permis de conduire n° 12AB34567", "fr", None, ("national_id", "12AB34567")),
    ("инн 771234567890, снилс 123-456-789 01", "ru", "RU", ("national_id", "771234567890")),
    ("ИИН 850101300123 (Казахстан)", "ru", None, ("national_id", "850101300123")),
    ("الرقم الشخصي 19851234567", "ar", "JO", ("national_id", "19851234567")),
    ("رقم بطاقته الوطنية CD987654", "ar", "MA", ("national_id", "CD987654")),
    # A check letter at a sentence's end is the id's.
    ("NINO JR 63 74 92 C. Co-accused declined.", "en", None, ("national_id", "JR 63 74 92 C")),
    ("der Gesuchte besitzt den Inlandspass 45 12 345678.", "de", None,
     ("passport", "45 12 345678")),
    ("وجواز سفره AB1234567 ساري المفعول", "ar", "MA", ("passport", "AB1234567")),
    ("يحمل جواز سفر مغربيا رقمه ZX7654321 منذ", "ar", "MA", ("passport", "ZX7654321")),
    ("Moskau meldet INN 500100732259 des Fahrers", "de", None,
     ("national_id", "500100732259")),
    ("Moskau meldet SNILS 112-233-445 95 des Fahrers", "de", None,
     ("national_id", "112-233-445 95")),
    ("her national number 85.07.30-033.61 is on file", "en", "GB",
     ("national_id", "85.07.30-033.61")),
    ("el número nacional 85.07.30-033.61 belga", "es", "ES", ("national_id", "85.07.30-033.61")),
    ("ورقمه القومي 29001011234567 حسب البطاقة", "ar", "EG", ("national_id", "29001011234567")),
    ("رقم ضمانه الاجتماعي 2 75 12 91 402 264 66 في فرنسا", "ar", None,
     ("national_id", "2 75 12 91 402 264 66")),
    # Formats no other number shares, without a word: a NINO, a Greek identity card.
    ("the subject (12/03/1980, AB123456C) paid cash", "en", "GB",
     ("national_id", "AB123456C")),
    ("Η καταγγέλλουσα (ΑΚ 123456) κατοικεί στη Λάρισα", "el", "GR",
     ("national_id", "ΑΚ 123456")),
    # Iqama numbers; a Moroccan CIN after a card word only in the CIN's shape.
    ("the driver's iqama 2719304418 was copied", "en", None, ("national_id", "2719304418")),
    ("لمقيم رقم إقامته 2719304418 في الرياض", "ar", "SA", ("national_id", "2719304418")),
    ("la carte K 270318 a servi à l'hôtel", "fr", "MA", ("national_id", "K 270318")),
    ("والبطاقة رقم BK 40721 مزورة", "ar", "MA", ("national_id", "BK 40721")),
    # An id word after a passport word names the number ("паспорт, ИНН ...").
    ("паспорт утерян, ИНН 771520448034 известен", "ru", "RU",
     ("national_id", "771520448034")),
])
def test_passports_and_ids_with_letters(text, language, country, expected):
    assert expected in detect(text, language, country)


def test_a_number_another_word_announces_is_not_the_id():
    text = "паспорт утерян, код подразделения 770-001"
    assert detect(text, "ru", "RU") == []


@pytest.mark.parametrize(("text", "language", "country"), [
    # A company's number is no personal id, and no phone either (+7 770 708 3893).
    ("ООО «Ромашка» (ИНН 7707083893) перечислило", "ru", "RU"),
    ("ο διαχειριστής (ΑΦΜ εταιρείας 094014201) εισέπραξε", "el", "GR"),
    ("Land Registry title EX481733 is charged", "en", "GB"),  # no NINO without its letter
    ("the code QQ123456C on the form", "en", "GB"),  # a series never issued
    ("booked at the PREMIER INN, ref 4471", "en", "GB"),
    ("οχήματα ΙΚΗ 123456 και ΑΒΓ 1234", "el", "GR"),  # not a card's letters or digits
    ("η εταιρεία με ΑΦΜ 098765430 τιμολόγησε", "el", "GR"),  # the company word before
    ("la carte bancaire finit par 270318", "fr", "MA"),  # a card word, not a CIN's shape
    # A number passing a checksum is a reference after a reference word.
    ("Numer przesyłki 88071412342 z kuriera", "pl", "PL"),
    ("Bestellnummer 45888926313 vom Versand", "de", "DE"),
])
def test_no_personal_id_in_company_numbers_and_look_alikes(text, language, country):
    assert [k for k, _ in detect(text, language, country)
            if k in ("national_id", "phone")] == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Strong checksums are found in the countries of the text's language too.
    ("PESEL 64020793096, zatrzymany", "pl", "64020793096"),
    ("numer 83062072970 należy do brata", "pl", "83062072970"),
    ("con el documento 92622439J en vigor", "es", "92622439J"),
    ("immatriculé sous le 2 75 12 91 402 264 66", "fr", "2 75 12 91 402 264 66"),
    ("ΑΜΚΑ 14109148214 του υπόπτου", "el", "14109148214"),
    ("Steuer-ID 45888926313 laut Finanzamt", "de", "45888926313"),
    ("Prezes spółki, PESEL 88071412342, odmówił", "pl", "88071412342"),
    ("die AHV-Nr. 756.1234.9876.57 des Halters", "de", "756.1234.9876.57"),
    # Russian personal numbers without a label: the SNILS as printed, a person's INN.
    ("в деле указан номер 112-233-445 95 и адрес", "ru", "112-233-445 95"),
    ("его номер 500100732259 проверен", "ru", "500100732259"),
])
def test_national_ids_by_checksum_without_a_record_country(text, language, expected):
    assert ("national_id", expected) in detect(text, language)


def test_a_snils_with_a_wrong_check_or_a_company_inn_is_no_personal_id():
    from liaison.analysis.redaction.documents import snils_valid

    assert snils_valid("11223344595") and not snils_valid("11223344596")
    assert [k for k, _ in detect("номер 112-233-445 96 и адрес", "ru")] == []
    assert "national_id" not in [k for k, _ in detect("счёт 7707083893 открыт", "ru")]


def test_a_phone_after_an_id_word_far_away_stays_a_phone():
    text = "Personalausweis liegt nicht vor, Tel. 0151 81502413"
    assert detect(text, "de", "DE") == [("phone", "0151 81502413")]


# --- dates of birth --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "country", "span", "key"), [
    ("John Carter, DOB 11/25/1984, was stopped", "en", "US", "11/25/1984", "1984-11-25"),
    ("John Carter, DOB 11/02/1984, was stopped", "en", "US", "11/02/1984", "1984-11-02"),
    ("Ahmed K., DOB 11/02/1984, was stopped", "en", "GB", "11/02/1984", "1984-02-11"),
    ("born on the 5th of March, 1981 in Leeds", "en", "GB", "5th of March, 1981", "1981-03-05"),
    ("born March 5th, 1981 in Ohio", "en", "US", "March 5th, 1981", "1981-03-05"),
    ("DOB: 05MAR1981", "en", None, "05MAR1981", "1981-03-05"),
    ("né le 1er mars 1981 à Lille", "fr", "FR", "1er mars 1981", "1981-03-01"),
    ("née le 17 janv. 1980", "fr", "FR", "17 janv. 1980", "1980-01-17"),
    ("Klaus W. (geb. 3.4.81) wurde festgenommen", "de", "DE", "3.4.81", "1981-04-03"),
    ("geboren am 5. März 1981 in Köln", "de", "DE", "5. März 1981", "1981-03-05"),
    ("nacido el 5 de marzo de 1981 en Cádiz", "es", "ES", "5 de marzo de 1981", "1981-03-05"),
    ("f. nac. 12/03/1979", "es", "ES", "12/03/1979", "1979-03-12"),
    ("ur. 5.III.1981 w Gdańsku", "pl", "PL", "5.III.1981", "1981-03-05"),
    ("urodzony 5 marca 1981 r.", "pl", "PL", "5 marca 1981", "1981-03-05"),
    ("Иванов И.И., 12.03.1981 г.р., прописан", "ru", "RU", "12.03.1981", "1981-03-12"),
    ("Петров П.П., 1979 г.р.", "ru", "RU", "1979 г.р.", "1979"),
    ("дата рождения: 5-го марта 1981 г.", "ru", "RU", "5-го марта 1981", "1981-03-05"),
    ("γεννήθηκε στις 5 Μαρτίου 1981", "el", "GR", "5 Μαρτίου 1981", "1981-03-05"),
    ("ημ. γέννησης 5 ΜΑΡΤΙΟΥ 1981", "el", "GR", "5 ΜΑΡΤΙΟΥ 1981", "1981-03-05"),
    ("المزداد بتاريخ ٠٥/٠٣/١٩٨١ بفاس", "ar", "MA", "٠٥/٠٣/١٩٨١", "1981-03-05"),
    ("من مواليد 5 مارس 1981", "ar", "MA", "5 مارس 1981", "1981-03-05"),
    ("تاريخ الميلاد 1981/03/05", "ar", "SA", "1981/03/05", "1981-03-05"),
    ("Max M. (*12.03.1981) wohnt", "de", "DE", "12.03.1981", "1981-03-12"),
    ("Jahrgang 1981, ledig", "de", "DE", "1981", "1981"),
    ("γεννηθείς την 5η Μαρτίου 1981", "el", "GR", "5η Μαρτίου 1981", "1981-03-05"),
    ("ημερομηνία γεννήσεως 05/03/1981", "el", "GR", "05/03/1981", "1981-03-05"),
    ("ημερ. γέννησης 03/07/1991, τηλ.", "el", None, "03/07/1991", "1991-07-03"),
    ("назвал дату рождения 1981-05-14 и адрес", "ru", "RU", "1981-05-14", "1981-05-14"),
    # A passport page's two-language month; labels new to the set; a year after DOB is
    # the year, not the next date.
    ("Date of birth/Date de naissance (4)\n21 NOV /NOV 79\nSex", "en", None, "21 NOV /NOV 79",
     "1979-11-21"),
    ("Nacimiento: 3 de abril de 1975, Oaxaca", "es", "MX", "3 de abril de 1975", "1975-04-03"),
    ("Fecha nac.: 14/02/1988   Pasaporte", "es", "ES", "14/02/1988", "1988-02-14"),
    ("jego brat Olaf ur 11.05.1984 mieszka", "pl", None, "11.05.1984", "1984-05-11"),
    ("brother of KADRI, Samir (DOB 1971).\nListed on: 02/03/2022", "en", None, "1971", "1971"),
    ("Director   Date of birth: June 1977   Appointed on 4 May 2020", "en", "GB", "June 1977",
     "1977-06"),
    ("Date et lieu de naissance : Le 9 mai 1984 à Vannes", "fr", "FR", "9 mai 1984",
     "1984-05-09"),
    ("Дата и место рождения: 2 июля 1990 г., г. Тверь", "ru", "RU", "2 июля 1990", "1990-07-02"),
    ("τον Σπύρο Κ. του Ιωάννη, γεννηθέντα το 1969 στην Καβάλα", "el", "GR", "1969", "1969"),
    # Estimates, labels in more languages, dates only a birth word lets us read.
    ("Nordine el Ouazzani, dit « Nono », né en 1987.", "fr", "BE", "1987", "1987"),
    ("AL-SHAMMARI, Faisal; DOB circa 1979; Saudi ID", "en", None, "1979", "1979"),
    ("dragan petrovic (geb. ca. 1982) fährt", "de", None, "1982", "1982"),
    ("Лукашевич А.М., 23 января 1981 г. рождения, паспорт", "ru", "RU", "23 января 1981",
     "1981-01-23"),
    ("Шевчук Оксана, дата народження 02.02.1988\n", "ru", "UA", "02.02.1988", "1988-02-02"),
    ("Conductor: Goran Stojanović, n. 23.09.1977, pasaporte", "es", "ES", "23.09.1977",
     "1977-09-23"),
    ("syna Jana i Teresy, urodzonego 4 lipca 1979 r. w Gdyni", "pl", "PL", "4 lipca 1979",
     "1979-07-04"),
    ("Geburtstag: 04.11.1977   Geburtsort: KASSEL", "de", None, "04.11.1977", "1977-11-04"),
    ("Date of birth / Dáta breithe\n21 FEB/FEABH 1993\nPlace", "en", None,
     "21 FEB/FEABH 1993", "1993-02-21"),
    ("Date de naiss. / Date of birth : 17 08 1992\nLieu", "fr", None, "17 08 1992",
     "1992-08-17"),
    # French forms' "né(e) le" and "DDN", German "Geburtsdat.", Russian "д/р".
    ("Mme X, né(e) le 12/03/1985 à Lyon", "fr", "FR", "12/03/1985", "1985-03-12"),
    ("DDN : 03/04/1979, lieu Lyon", "fr", "FR", "03/04/1979", "1979-04-03"),
    ("Karim B., né à Marseille (13) le 03/04/1979, demeurant", "fr", "FR", "03/04/1979",
     "1979-04-03"),
    ("Geburtsdat. 12.03.1985", "de", "DE", "12.03.1985", "1985-03-12"),
    ("Иванов, д/р 12.03.1985", "ru", "RU", "12.03.1985", "1985-03-12"),
    ("YOB 1985, male", "en", "GB", "1985", "1985"),
    ("rocznik 1985, mieszka u matki", "pl", "PL", "1985", "1985"),
    ("urodz. 12.03.1985 w Łodzi", "pl", "PL", "12.03.1985", "1985-03-12"),
    ("F.N. 12/03/1985 Madrid", "es", "ES", "12/03/1985", "1985-03-12"),
    # A two-digit year before "г.р."; the Ukrainian "р.н." after a date.
    ("Иванов И.И., 12.03.85 г.р., прописан", "ru", "RU", "12.03.85", "1985-03-12"),
    ("Шевчук О.П., 02.02.1988 р.н., мешкає", "ru", "UA", "02.02.1988", "1988-02-02"),
    # Listed with the holder's id, a comma between, where no birth word says so.
    ("the subject (12/03/1980, AB123456C) paid cash", "en", "GB", "12/03/1980", "1980-03-12"),
    ("Dane zatrzymanego: 64020793096, 1964-02-07, tel. brak", "pl", "PL", "1964-02-07",
     "1964-02-07"),
])
def test_birth_dates_in_every_local_order(text, language, country, span, key):
    regions = region_chain(country, language, None, HOME)
    found = [f for f in find_identifiers(text, lambda _k: True, country=country,
                                         regions=regions) if f.kind == "dob"]
    assert [(text[f.start:f.end], f.key) for f in found] == [(span, key)]


def test_a_birth_date_written_twice_is_found_twice():
    found = detect("VOLKOFF, Arsene); DOB 12MAR85; alt. DOB 1985-03-12; POB", "en")
    assert [v for k, v in found if k == "dob"] == ["12MAR85", "1985-03-12"]
    found = detect("تاريخ الميلاد / Date of birth  ٠٤/١١/١٩٧٧  04 NOV 1977\nP<EGY", "ar")
    assert [v for k, v in found if k == "dob"] == ["٠٤/١١/١٩٧٧", "04 NOV 1977"]


def test_a_known_birth_date_is_found_in_its_other_reading():
    regions = region_chain("US", "en", None, HOME)
    found = find_identifiers("Seen on 02/11/1984 in Boston", lambda _k: True, country="US",
                             regions=regions, births=["1984-02-11"])
    assert [(f.kind, f.key) for f in found] == [("dob", "1984-02-11")]


def test_dates_that_are_no_birth_dates_stay():
    assert detect("Il ne le savait pas le 12/03/2024.", "fr", "FR") == []
    assert detect("Am 03.03.2025 um 14:30 in Köln.", "de", "DE") == []
    # Listed with an id but recent (a date of issue), or with no id at all.
    assert [k for k, _ in detect("passport AB1234567, 12/03/2021, Leeds", "en", "GB")] == [
        "passport"]
    assert detect("dossier 2024/118, 12/03/1980, classé", "fr", "FR") == []


# --- addresses -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("He lives at 14 Hawthorn Road, Leeds LS6 2QF since May.", "en",
     "14 Hawthorn Road, Leeds LS6 2QF"),
    ("Flat 3, 27 Kingsley Avenue, Manchester M14 5RT was searched.", "en",
     "Flat 3, 27 Kingsley Avenue, Manchester M14 5RT"),
    ("office at 350 W 42nd St, New York, NY 10036 and", "en",
     "350 W 42nd St, New York, NY 10036"),
    ("The suspect rents 12 Main Street, Dublin 2, with his brother.", "en",
     "12 Main Street, Dublin 2"),
    ("demeurant 12 rue des Lilas, 75011 Paris, depuis 2019.", "fr",
     "12 rue des Lilas, 75011 Paris"),
    ("domicilié au 45, avenue Jean-Jaurès 69007 Lyon.", "fr", "45, avenue Jean-Jaurès 69007 Lyon"),
    ("siège Rue de la Loi 16, 1000 Bruxelles", "fr", "Rue de la Loi 16, 1000 Bruxelles"),
    ("wohnhaft Hauptstraße 12, 10115 Berlin, gemeldet.", "de", "Hauptstraße 12, 10115 Berlin"),
    ("Bahnhofstr. 5a, 80335 München", "de", "Bahnhofstr. 5a, 80335 München"),
    ("Lager in der Karl-Marx-Straße 21, 12043 Berlin.", "de",
     "Karl-Marx-Straße 21, 12043 Berlin"),
    ("Wohnung Mariahilfer Straße 45, 1060 Wien", "de", "Mariahilfer Straße 45, 1060 Wien"),
    ("con domicilio en Calle Mayor 15, 3º B, 28013 Madrid.", "es",
     "Calle Mayor 15, 3º B, 28013 Madrid"),
    ("vive en C/ Alcalá 123, 2º izq., 28009 Madrid", "es", "C/ Alcalá 123, 2º izq., 28009 Madrid"),
    ("local en Avda. de la Constitución 45, Sevilla.", "es",
     "Avda. de la Constitución 45, Sevilla"),
    ("zamieszkały ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa.", "pl",
     "ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa"),
    ("mieszka przy ul. 3 Maja 5, Kraków", "pl", "ul. 3 Maja 5, Kraków"),
    ("проживает по адресу: г. Москва, ул. Тверская, д. 12, кв. 34.", "ru",
     "г. Москва, ул. Тверская, д. 12, кв. 34"),
    ("адрес: 123456, г. Москва, проспект Мира, д. 101, корп. 2, кв. 15", "ru",
     "123456, г. Москва, проспект Мира, д. 101, корп. 2, кв. 15"),
    ("κατοικεί στην οδό Ερμού 25, 105 63 Αθήνα.", "el", "οδό Ερμού 25, 105 63 Αθήνα"),
    ("διεύθυνση Λεωφ. Συγγρού 112, 117 41 Αθήνα", "el", "Λεωφ. Συγγρού 112, 117 41 Αθήνα"),
    ("γραφείο Πανεπιστημίου 30, 106 79 Αθήνα", "el", "Πανεπιστημίου 30, 106 79 Αθήνα"),
    ("يقطن في شارع محمد الخامس، رقم 12، الدار البيضاء.", "ar",
     "شارع محمد الخامس، رقم 12، الدار البيضاء"),
    ("عنوانه حي السلام، زنقة 5، رقم 23، فاس", "ar", "حي السلام، زنقة 5، رقم 23، فاس"),
    ("يسكن 15 شارع طلعت حرب، القاهرة", "ar", "15 شارع طلعت حرب، القاهرة"),
    ("عنوانه رقم 15، زنقة 7، حي الرياض، الرباط", "ar", "رقم 15، زنقة 7، حي الرياض، الرباط"),
    ("الساكن بدوار أولاد علي، تمارة", "ar", "دوار أولاد علي، تمارة"),
    ("γραφείο στην Πατησίων 45, Αθήνα.", "el", "Πατησίων 45, Αθήνα"),
    ("επί της οδού Σταδίου αρ. 12, Τ.Κ. 105 64 Αθήνα", "el",
     "οδού Σταδίου αρ. 12, Τ.Κ. 105 64 Αθήνα"),
    ("adres: 00-590 Warszawa, ul. Marszałkowska 10", "pl",
     "00-590 Warszawa, ul. Marszałkowska 10"),
    ("wohnt Am Markt 3 in 28195 Bremen", "de", "Am Markt 3 in 28195 Bremen"),
    ("based at Unit 4, 12 Riverside Estate, Leeds LS10 1AB", "en",
     "Unit 4, 12 Riverside Estate, Leeds LS10 1AB"),
    ("letters to No. 7 Church lane, Bristol BS1 4DJ", "en", "No. 7 Church lane, Bristol BS1 4DJ"),
    ("mail to PO Box 4471 only", "en", "PO Box 4471"),
    ("Lager Berliner Str. 45, 10715 Berlin", "de", "Berliner Str. 45, 10715 Berlin"),
    ("Wohnung Mariahilfer Straße 45/3/12, 1060 Wien", "de",
     "Mariahilfer Straße 45/3/12, 1060 Wien"),
    ("Meldeadresse: 10115 Berlin, Chausseestraße 8", "de", "10115 Berlin, Chausseestraße 8"),
    ("mieszka przy ul. gen. Józefa Bema 12/4 w Krakowie.", "pl",
     "ul. gen. Józefa Bema 12/4 w Krakowie"),
    ("проживает: ул. им. Ленина, д. 5, кв. 10", "ru", "ул. им. Ленина, д. 5, кв. 10"),
    ("ΔΙΕΥΘΥΝΣΗ: ΟΔΟΣ ΕΡΜΟΥ 25, ΤΚ 10563 ΑΘΗΝΑ", "el", "ΟΔΟΣ ΕΡΜΟΥ 25, ΤΚ 10563 ΑΘΗΝΑ"),
    ("κατάστημα στη Λ. Κηφισίας 124, Αμπελόκηποι.", "el", "Λ. Κηφισίας 124, Αμπελόκηποι"),
    ("مكتبه ١٥ ش طلعت حرب - وسط البلد - القاهرة", "ar", "15 ش طلعت حرب - وسط البلد - القاهرة"
     .replace("15", "١٥")),
    ("flat at 14 Hawthorn Road, Headingley, Leeds, LS6 2QF for a year", "en",
     "14 Hawthorn Road, Headingley, Leeds, LS6 2QF"),
    ("1234 Elm St, Apt 5B, Springfield, IL 62704", "en",
     "1234 Elm St, Apt 5B, Springfield, IL 62704"),
    ("mieszka Długa 5, 00-001 Warszawa od roku", "pl", "Długa 5, 00-001 Warszawa"),
    ("γραφεία Αγίου Κωνσταντίνου 12, Πειραιάς.", "el", "Αγίου Κωνσταντίνου 12, Πειραιάς"),
    # "m. 12" is the flat, not a house letter "m"; the town ends with its sentence.
    ("przy ul. Mickiewicza 41 m. 12, 90-442 Łódź i wsiadł", "pl",
     "ul. Mickiewicza 41 m. 12, 90-442 Łódź"),
    ("zam. ul. Długa 7, 85-034 Bydgoszcz. Kozioł posługuje się", "pl",
     "ul. Długa 7, 85-034 Bydgoszcz"),
    ("en Avenida de la Constitución 18, 3.º B, 30008 Murcia y entra", "es",
     "Avenida de la Constitución 18, 3.º B, 30008 Murcia"),
    ("résider chemin des Crêts-de-Champel 41, 1206 Genève ; son", "fr",
     "chemin des Crêts-de-Champel 41, 1206 Genève"),
    ("منزله الكائن بـزنقة الأطلس رقم 14، حي الرياض، الرباط على متن", "ar",
     "زنقة الأطلس رقم 14، حي الرياض، الرباط"),
    # Flats, floors, house names and premises before the street.
    ("letters to 3/2, 41 Novar Drive, Glasgow G12 9TZ weekly", "en",
     "3/2, 41 Novar Drive, Glasgow G12 9TZ"),
    ("arrives at The Old Granary, 7 Church Lane, Great Ryburgh, Fakenham NR21 7AA. Later", "en",
     "The Old Granary, 7 Church Lane, Great Ryburgh, Fakenham NR21 7AA"),
    ("left Apartment 4, Block B, 22 Clonliffe Road, Dublin 3, D03 K2F7 at 08:40", "en",
     "Apartment 4, Block B, 22 Clonliffe Road, Dublin 3, D03 K2F7"),
    ("Durchsuchung von Wohnung 7, Am Lindenhof 3b, 04109 Leipzig: sichergestellt", "de",
     "Wohnung 7, Am Lindenhof 3b, 04109 Leipzig"),
    ("νοίκιασε το διαμέρισμα 2, Ακτή Θεμιστοκλέους 12, 185 37 Πειραιάς για", "el",
     "διαμέρισμα 2, Ακτή Θεμιστοκλέους 12, 185 37 Πειραιάς"),
    ("réside à la Résidence Les Oliviers, immeuble 2, appartement 9, bd Zerktouni, "
     "Casablanca. Son", "fr",
     "Résidence Les Oliviers, immeuble 2, appartement 9, bd Zerktouni, Casablanca"),
    ("nave en el polígono industrial El Pino, nave 7, 41016 Sevilla por", "es",
     "polígono industrial El Pino, nave 7, 41016 Sevilla"),
    ("situada en urbanización Las Lomas, parcela 8, 29600 Marbella firmado", "es",
     "urbanización Las Lomas, parcela 8, 29600 Marbella"),
    # Lines, postcodes, units and towns after it.
    ("address as\n12 Moss Lane\nRuncorn\nWA7 1QP\nPayments show", "en",
     "12 Moss Lane\nRuncorn\nWA7 1QP"),
    ("bought 84 rue des Carmes, 76000 Rouen in 2021 for", "fr", "84 rue des Carmes, 76000 Rouen"),
    ("logé Diestsestraat 12 bus 4, 3000 Leuven depuis mars", "fr",
     "Diestsestraat 12 bus 4, 3000 Leuven"),
    ("domicilio Rue Ibn Khaldoun 22, 90000 Tánger. La", "es",
     "Rue Ibn Khaldoun 22, 90000 Tánger"),
    ("en calle Mayor 8, portal 3, 2ºB, 28013 Madrid y", "es",
     "calle Mayor 8, portal 3, 2ºB, 28013 Madrid"),
    ("alquiló en calle Real 3, 11500 El Puerto de Santa María en", "es",
     "calle Real 3, 11500 El Puerto de Santa María"),
    ("διεύθυνση Λεωφόρος Κωνσταντίνου Β΄ 20, διαμ. 5, 1065 Λευκωσία και", "el",
     "Λεωφόρος Κωνσταντίνου Β΄ 20, διαμ. 5, 1065 Λευκωσία"),
    # Russian: the region and the city first, inflected street words, a numbered district.
    ("проживает Республика Башкортостан, г. Уфа, ул. Ленина, д. 12, кв. 5.", "ru",
     "Республика Башкортостан, г. Уфа, ул. Ленина, д. 12, кв. 5"),
    ("адрес Ленинградская обл., г. Гатчина, ул. Чехова, д. 3, кв. 8.", "ru",
     "Ленинградская обл., г. Гатчина, ул. Чехова, д. 3, кв. 8"),
    ("Адрес:\nСанкт-Петербург,\nнаб. канала Грибоедова, д. 27, кв. 4\nТелефон", "ru",
     "Санкт-Петербург,\nнаб. канала Грибоедова, д. 27, кв. 4"),
    ("по адресу г. Астана, мкр. Аксай-3, д. 12, кв. 40, телефон", "ru",
     "г. Астана, мкр. Аксай-3, д. 12, кв. 40"),
    ("проживает Казань, Кремлёвская ул., д. 5, кв. 2.", "ru",
     "Казань, Кремлёвская ул., д. 5, кв. 2"),
    ("в квартире на пр-те Мира, д. 10, кв. 3", "ru", "пр-те Мира, д. 10, кв. 3"),
    # Arabic: districts, floors, buildings and properties; the town first in the Levant.
    ("في زنقة 4، رقم 17، الحي المحمدي، الدار البيضاء.", "ar",
     "زنقة 4، رقم 17، الحي المحمدي، الدار البيضاء"),
    ("أمام شقة 3، الدور الخامس، 14 شارع التحرير، الجيزة، ثم", "ar",
     "شقة 3، الدور الخامس، 14 شارع التحرير، الجيزة"),
    ("يقيم في عمّان، جبل عمان، شارع الرينبو، بناية 7، شقة 2 ويعمل", "ar",
     "عمّان، جبل عمان، شارع الرينبو، بناية 7، شقة 2"),
    ("يقطن نهج الحرية عدد 5، تونس، ويعمل", "ar", "نهج الحرية عدد 5، تونس"),
    ("أمام عقار رقم 12، شارع 23 يوليو، المعادي، القاهرة في", "ar",
     "عقار رقم 12، شارع 23 يوليو، المعادي، القاهرة"),
    # Premises before the street: floors, named houses, unnumbered streets after them.
    ("stayed at 3F2, 18 Bruntsfield Place, Edinburgh EH10 4HN until", "en",
     "3F2, 18 Bruntsfield Place, Edinburgh EH10 4HN"),
    ("firm at Suite 12, 3rd Floor, 77 Mill Lane, Leeds LS12 4HQ. The", "en",
     "Suite 12, 3rd Floor, 77 Mill Lane, Leeds LS12 4HQ"),
    ("lives at Ivy Cottage, Upper Station Road, Settle BD24 9AA. Seized", "en",
     "Ivy Cottage, Upper Station Road, Settle BD24 9AA"),
    ("sent to Apt 2, The Granary, Mill Street, Naas, Co. Kildare W91 K2T4. Ref", "en",
     "Apt 2, The Granary, Mill Street, Naas, Co. Kildare W91 K2T4"),
    ("occupies Unit 9, Brookfield Industrial Estate, Canal Road, Wigan WN5 8AB and",
     "en", "Unit 9, Brookfield Industrial Estate, Canal Road, Wigan WN5 8AB"),
    ("home is Glebe House, Kilcoole, Co. Wicklow A63 X2Y4, but", "en",
     "Glebe House, Kilcoole, Co. Wicklow A63 X2Y4"),
    ("both gave Flat 4, Ashby Court, 17 Iffley Road, Oxford OX4 1EA. Each", "en",
     "Flat 4, Ashby Court, 17 Iffley Road, Oxford OX4 1EA"),
    ("domicilié bât. A, esc. 3, 9 rue des Potiers, 31000 Toulouse. PV", "fr",
     "bât. A, esc. 3, 9 rue des Potiers, 31000 Toulouse"),
    ("locataire de Rue du Marché 40 bte 7, 1210 Saint-Josse. Sa", "fr",
     "Rue du Marché 40 bte 7, 1210 Saint-Josse"),
    ("au Résidence Les Acacias, bât. C, appt 12, 4 avenue Foch, 94300 Vincennes : la", "fr",
     "Résidence Les Acacias, bât. C, appt 12, 4 avenue Foch, 94300 Vincennes"),
    ("louer le Lot. Nour, n° 12, Sidi Moumen, Casablanca et", "fr",
     "Lot. Nour, n° 12, Sidi Moumen, Casablanca"),
    ("hébergée au 2e étage droite, 5 impasse des Lilas, 59000 Lille ; le", "fr",
     "2e étage droite, 5 impasse des Lilas, 59000 Lille"),
    ("vive en Urbanización Los Olivos, portal 2, 1.º derecha, 29600 Marbella.", "es",
     "Urbanización Los Olivos, portal 2, 1.º derecha, 29600 Marbella"),
    ("en Polígono Industrial El Prado, nave 5, 11180 Alcalá de los Gazules: la", "es",
     "Polígono Industrial El Prado, nave 5, 11180 Alcalá de los Gazules"),
    ("vecina de Carrer de Provença 210, 3r 1a, 08036 Barcelona. Pedido", "es",
     "Carrer de Provença 210, 3r 1a, 08036 Barcelona"),
    ("domicilio en Rue Ibn Batouta n° 7, Tétouan.", "es", "Rue Ibn Batouta n° 7, Tétouan"),
    ("έδρευε στην Εγνατία 41Β, ΤΚ 546 30 Θεσσαλονίκη και", "el",
     "Εγνατία 41Β, ΤΚ 546 30 Θεσσαλονίκη"),
    ("φόρτωσε στην Αγίων Αναργύρων 12Α, Περιστέρι και", "el",
     "Αγίων Αναργύρων 12Α, Περιστέρι"),
    ("μετακόμισε από την Λεωφ. Αλεξάνδρας 30, Αθήνα.", "el", "Λεωφ. Αλεξάνδρας 30, Αθήνα"),
    ("Στη Αγ. Σοφίας 18, Θεσσαλονίκη εντοπίστηκε", "el", "Αγ. Σοφίας 18, Θεσσαλονίκη"),
    ("κατοικία στην Αρμοδίου και Αριστογείτονος 7, Χαλάνδρι.", "el",
     "Αρμοδίου και Αριστογείτονος 7, Χαλάνδρι"),
    ("διεύθυνση Κατσιμίδη 33, Καλαμαριά. Αριθμός", "el", "Κατσιμίδη 33, Καλαμαριά"),
    # Addresses abroad; a town before a log's next time; Gulf premises.
    ("Adres: Petőfi Sándor utca 17, 6720 Szeged\nTel.", "pl", "Petőfi Sándor utca 17, 6720 Szeged"),
    ("Διεύθυνση: Cumhuriyet Cad. No: 48 D: 3, 07100 Muratpaşa/Antalya\n", "el",
     "Cumhuriyet Cad. No: 48 D: 3, 07100 Muratpaşa/Antalya"),
    ("08:10 sale de calle Iturribide 14, 3ºB, Bilbao\n09:25 entra", "es",
     "calle Iturribide 14, 3ºB, Bilbao"),
    ("العنوان: مستودع 7، شارع 19، الراس، دبي\nالهاتف", "ar", "مستودع 7، شارع 19، الراس، دبي"),
    # Greek in capitals without a street word; an initial before a street; Cyprus.
    ("ΚΑΤΟΙΚΟΣ ΚΑΝΑΡΗ 57, ΒΟΛΟΣ.", "el", "ΚΑΝΑΡΗ 57, ΒΟΛΟΣ"),
    ("μένει Κ. Παλαμά 21, Χαλκίδα και", "el", "Κ. Παλαμά 21, Χαλκίδα"),
    ("στην Αρχιεπισκόπου Μακαρίου 88, 4040 Λεμεσός και", "el",
     "Αρχιεπισκόπου Μακαρίου 88, 4040 Λεμεσός"),
    # A street word hyphenated across a line, after another hyphenated word.
    ("Ein Ver-\nsuch; wohnhaft Wibbelt-\nstraße 12, 48147 Münster, ledig", "de",
     "Wibbelt-\nstraße 12, 48147 Münster"),
    # Parts of premises after the number, in more languages; a flat written without its
    # dot; Ukrainian street and house words; a city before the street; two lines of towns
    # before a postcode; a district number only on the town's line.
    ("bei der Schwester, Duisburger Str. 7, Hinterhaus 2. Stock, 47166 Duisburg\nhandy",
     "de", "Duisburger Str. 7, Hinterhaus 2. Stock, 47166 Duisburg"),
    ("Anschrift: Str. Mihai Eminescu nr. 44, bl. A2, sc. 1, et. 3, ap. 12, 020079 București\n",
     "de", "Str. Mihai Eminescu nr. 44, bl. A2, sc. 1, et. 3, ap. 12, 020079 București"),
    ("Domicilio: Carrer de Mallorca, 214, 5è 1a, 08008 Barcelona\nPonente", "es",
     "Carrer de Mallorca, 214, 5è 1a, 08008 Barcelona"),
    ("mieszka u matki, ul. Piotrkowska 212 m 14, 90-369 Łódź\njeździ", "pl",
     "ul. Piotrkowska 212 m 14, 90-369 Łódź"),
    ("живёт ул Гагарина д 7 кв 12, г. Подольск\nездит", "ru", "ул Гагарина д 7 кв 12, г. Подольск"),
    ("Адреса: м. Київ, вул. Хрещатик, буд. 25, кв. 114, 01001\nТранспорт", "ru",
     "м. Київ, вул. Хрещатик, буд. 25, кв. 114, 01001"),
    ("MS PRIYA KAUR-SANDHU\n42 Moorfield Avenue\nGreat Barr\nBirmingham\nB43 6PL\nSort", "en",
     "42 Moorfield Avenue\nGreat Barr\nBirmingham\nB43 6PL"),
    ("Urb. Las Américas, edif. Sol, apto. 304, 38660 Arona\n04/06   13:20", "es",
     "Urb. Las Américas, edif. Sol, apto. 304, 38660 Arona"),
    ("- el tal paco vive en c/ sol 7 4ºizq, 28012 madrid\n- coche", "es",
     "c/ sol 7 4ºizq, 28012 madrid"),
    # A Mexican address: the colonia and the postcode marked "C.P.".
    ("domicilio en Av. Insurgentes Sur 1234, Col. Del Valle, C.P. 03100, Ciudad de México.",
     "es", "Av. Insurgentes Sur 1234, Col. Del Valle, C.P. 03100, Ciudad de México"),
])
def test_postal_addresses(text, language, expected):
    assert ("address", expected) in detect(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("On 12 March 2024 at 14:30 he paid 1500 EUR.", "en"),
    ("Case 2024/118 refers to 3 Road Traffic offences.", "en"),
    ("Am 12. März traf er Anna in Berlin.", "de"),
    ("Festnetz (0221) 4711-23. PLZ 50667 Köln.", "de"),
    ("رقم البطاقة الوطنية للمدعو نادية", "ar"),
    ("تم حجز 12 كيلوغراما في الميناء", "ar"),
    # A time is no house number: "11:15 Rechtsanwalt Dr. Hölscher".
    ("Besucher:\n11:15 Rechtsanwalt Dr. Ansgar Brandl", "de"),
    ("Le 5 mars, place de la gare, il a vu 3 hommes.", "fr"),
    ("Zimmer 12, 10000 Euro in bar", "de"),
    ("لعب الدور الرئيسي في العملية", "ar"),
    ("بيع عقار في الرباط", "ar"),
    ("il réside à la Résidence Les Pins depuis 2019", "fr"),
    ("Flat 3 was empty; the tenant left in 2019.", "en"),
    ("On the 2nd Floor, Rose House, the meeting began at 10:30.", "en"),
    ("Suite 4, The Board agreed, Finance Court ruled 12 May.", "en"),
    ("στην Αθήνα 3 άτομα συνελήφθησαν.", "el"),
    ("Le 3e étage gauche était vide en 2019.", "fr"),
    ("Rue de la Paix n° de dossier 2211.", "fr"),
])
def test_no_address_without_a_street(text, language):
    assert [t for k, t in detect(text, language) if k == "address"] == []


def test_an_address_does_not_run_on_over_a_name():
    text = "He went to 14 Hawthorn Road, Maria Lopez said."
    start = text.index("Maria")
    name = Found(start, start + len("Maria Lopez"), "person", "p:1", "names")
    regions = region_chain("GB", "en", None, HOME)
    found = find_identifiers(text, lambda _k: True, country="GB", regions=regions, names=[name])
    assert [text[f.start:f.end] for f in found] == ["14 Hawthorn Road"]


def test_a_town_taken_for_a_name_is_the_address_s_where_a_postcode_says_so():
    regions = region_chain("GB", "en", None, HOME)
    for text, town, expected in [
            ("paid to 3 Wharf Street, Dudley DY2 8HU.", "Dudley", "3 Wharf Street, Dudley DY2 8HU"),
            ("logé 14 chemin des Vignes, 69800 Saint-Priest.", "Saint-Priest",
             "14 chemin des Vignes, 69800 Saint-Priest")]:
        start = text.index(town)
        name = Found(start, start + len(town), "person", "p:1", "persons")
        found = find_identifiers(text, lambda _k: True, country="GB", regions=regions,
                                 names=[name])
        assert [text[f.start:f.end] for f in found] == [expected]


# --- number plates ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "expected", "rule"), [
    ("véhicule immatriculé AB-123-CD stationné", "fr", "AB-123-CD", "plate:fr"),
    ("une Clio GH-482-KT a été vue", "fr", "GH-482-KT", "plate:fr"),
    ("Fahrzeug mit dem Kennzeichen B-AB 1234 kontrolliert", "de", "B-AB 1234", "plate:de"),
    ("der Pkw M XY 123 fuhr davon", "de", "M XY 123", "plate:de"),
    ("a silver Ford Focus AB12 CDE was seen", "en", "AB12 CDE", "plate:gb"),
    ("Vehicle VRM LK19 XEH seen", "en", "LK19 XEH", "plate:gb"),
    ("el vehículo con matrícula 4821 KLM", "es", "4821 KLM", "plate:es"),
    ("pojazd o nr rej. WA 12345", "pl", "WA 12345", "plate:pl"),
    ("samochodem KR 1AB23 odjechał", "pl", "KR 1AB23", "plate:pl"),
    ("а/м Тойота г/н А123ВС 77 RUS", "ru", "А123ВС 77", "plate:ru"),
    ("автомобиль А 123 ВС 777 припаркован", "ru", "А 123 ВС 777", "plate:ru"),
    ("όχημα με πινακίδα ΙΚΗ-1234", "el", "ΙΚΗ-1234", "plate:gr"),
    ("αριθμό κυκλοφορίας IKH 1234", "el", "IKH 1234", "plate:gr"),
    ("السيارة ذات رقم التسجيل 12345-أ-6 في طنجة", "ar", "12345-أ-6", "plate:ma"),
    ("لوحة أ ب ج 1234 في القاهرة", "ar", "أ ب ج 1234", "plate:eg"),
    ("سيارته ملاكي س ط ن 5432 كانت", "ar", "س ط ن 5432", "plate:eg"),
    ("بسيارة تحمل لوحة ترقيم 45678-هـ-12", "ar", "45678-هـ-12", "plate:ma"),
    ("samochód na tablicach WI 4521K", "pl", "WI 4521K", "plate:pl"),
    ("o nr rejestracyjnym GD 4R567", "pl", "GD 4R567", "plate:pl"),
    ("Kennz. HH - AB 123 notiert", "de", "HH - AB 123", "plate:de"),
    ("a Chevrolet with plates 7ABC123 (California)", "en", "7ABC123", "plate:us"),
    ("un Dacia B 123 ABC de Bucarest", "es", "B 123 ABC", "plate:ro"),
    ("ein Dacia W-123 AB aus Wien", "de", "W-123 AB", "plate:at"),
    ("Lkw 34 ABC 123 aus Istanbul", "de", "34 ABC 123", "plate:tr"),
    ("ciężarówka KTA 482 z Wilna", "pl", "KTA 482", "plate:lt"),
    ("a Honda with plates KTA 482 from Ohio", "en", "KTA 482", "plate:us"),
    ("Pkw BG 123-AB aus Belgrad", "de", "BG 123-AB", "plate:rs"),
    ("el coche WA-12345 polaco", "es", "WA-12345", "plate:pl"),
    ("السيارة ترقيمها 6 د 45678", "ar", "6 د 45678", "plate:ma"),
    ("number plate: NY 4RT 2291", "en", "NY 4RT 2291", "plate:keyword"),
    ("un Seat Ibiza 1234 BCD aparcado", "es", "1234 BCD", "plate:es"),
    ("el turismo M 1234 XZ", "es", "M 1234 XZ", "plate:es"),
    ("автомобил с рег. № CA 7627 CY", "bg", "CA 7627 CY", "plate:bg"),
    ("بتاريخ اليوم تمت مراقبة السيارة ذات رقم التسجيل 3198KLG في طنجة", "ar", "3198KLG",
     "plate:es"),
    ("Audi A6 o numerach rejestracyjnych WPI 1A23", "pl", "WPI 1A23", "plate:pl"),
    ("der Kleintransporter W-12345 B aus Wien", "de", "W-12345 B", "plate:at"),
    ("ein Wohnmobil ZH 123456 aus Zürich", "de", "ZH 123456", "plate:ch"),
    ("a Ford Transit 191-D-12345 from Dublin", "en", "191-D-12345", "plate:ie"),
    ("السيارة المرقمة تحت عدد 12345 أ 6", "ar", "12345 أ 6", "plate:ma"),
    ("سيارة رقمها 6-ب-45678 بالرباط", "ar", "6-ب-45678", "plate:ma"),
    ("was stopped later driving 191-D-30572 and", "en", "191-D-30572", "plate:ie"),
    ("المركبة التي تحمل الرقم 12-60735، وقد شوهد", "ar", "12-60735", "plate:keyword"),
    # In lower case, near a vehicle or plate word, letters touching digits.
    ("the van was followed by ln19xkp at 02:16", "en", "ln19xkp", "plate:gb"),
    ("das Kennzeichen hh-ab 12e notiert", "de", "hh-ab 12e", "plate:de"),
    ("odjechał samochodem wx4k512 w stronę", "pl", "wx4k512", "plate:pl"),
    ("номер машины как в456ко199, цвет белый", "ru", "в456ко199", "plate:ru"),
    ("σημείωσε την πινακίδα ως ηκβ4521 χθες", "el", "ηκβ4521", "plate:gr"),
    # Trailers, Kazakh, Belarusian and Tunisian formats; drivers, keepers, parking.
    ("тягач и полуприцеп АМ 4512 50 на стоянке", "ru", "АМ 4512 50", "plate:ru"),
    ("он ездит на 512 ABC 01 по ночам", "ru", "512 ABC 01", "plate:kz"),
    ("wjechał samochodem 4512 AC-1 o świcie", "pl", "4512 AC-1", "plate:by"),
    ("شوهدت السيارة 201 تونس 4512 أمام المقر", "ar", "201 تونس 4512", "plate:tn"),
    ("Halterabfrage HH AB 1234 ergab eine Firma", "de", "HH AB 1234", "plate:de"),
    ("please name the registered keeper of 5123 JKL", "en", "5123 JKL", "plate:es"),
    ("ο οποίος οδηγεί το ΚΒΖ 4512 τα βράδια", "el", "ΚΒΖ 4512", "plate:gr"),
    ("Na parkingu stał WE4521K bez kierowcy", "pl", "WE4521K", "plate:pl"),
    # Lists of plates: one plate makes its neighbours plates too.
    ("Liste: HB-KL 221E, F RT 78 und OS PL 4", "de", "F RT 78", "plate:de"),
    ("seen: GT-508-RX, then ag 4kl72 at dusk", "en", "ag 4kl72", "plate:pl"),
    ("Notés : EK-902-PL puis 3391 QR 31 le soir", "fr", "3391 QR 31", "plate:fr"),
    ("Widziano PO 7713W oraz WZC 4412", "pl", "WZC 4412", "plate:pl"),
    # Formats only plates have: Polish with a letter among the last five, Greek letters.
    ("świadek widział BI 3107K pod sklepem", "pl", "BI 3107K", "plate:pl"),
    ("przy bramie stał EL 42C19 całą noc", "pl", "EL 42C19", "plate:pl"),
    ("στην πλατεία εντοπίστηκε το ΚΗΙ 7302 χθες", "el", "ΚΗΙ 7302", "plate:gr"),
    # Emirati plates with the emirate's name; a Moroccan plate after the Arabic "and".
    ("her rented car, Sharjah B 20417, was", "en", "Sharjah B 20417", "plate:ae"),
    ("وبالمركبة عجمان C 4127 مساء", "ar", "عجمان C 4127", "plate:ae"),
    ("ولوحة الفجيرة 7 31845 بعدها", "ar", "الفجيرة 7 31845", "plate:ae"),
    ("شوهدت 1 | ج | 33 و8812-ط-6 ليلا", "ar", "8812-ط-6", "plate:ma"),
    # Keepers, garages, driving through, plates named in the plural.
    ("die Halterin des ZH 552103 ist unbekannt", "de", "ZH 552103", "plate:ch"),
    ("w garażu stał WR 12345 od rana", "pl", "WR 12345", "plate:pl"),
    ("Matrículas vistas: 8841 DFT en la calle", "es", "8841 DFT", "plate:es"),
    ("وتعود المركبة 14-30722 لشركة", "ar", "14-30722", "plate:keyword"),
    # Mopeds, Belarusian lorries and trailers, Greek motorbikes, Lebanese plates, a Swiss
    # "Kontrollschild", a French plate in lower case, a British one with an O read as 0.
    ("tb una moto C-2291-BTR (matricula de ciclomotor)", "es", "C-2291-BTR", "plate:es"),
    ("Ciągnik AK 4471-7, naczepa", "pl", "AK 4471-7", "plate:by"),
    ("Тягач AM 2290-7, полуприцеп А 4821 В-7 (Беларусь)", "ru", "А 4821 В-7", "plate:by"),
    ("Про фуру 4821 KT-7 и паспорт", "ru", "4821 KT-7", "plate:by"),
    ("ή με το μηχανάκι ΝΒΡ 482\nκινητό", "el", "ΝΒΡ 482", "plate:gr"),
    ("το όχημα ΥΧΒ-4821 και το φορτηγό ΡΙ 4471.", "el", "ΡΙ 4471", "plate:gr"),
    ("سيارته لبنانية ب 482913 وأحيانا", "ar", "ب 482913", "plate:eg"),
    ("8008 Zürich\nKontrollschild ZH 123456; Anhänger", "de", "ZH 123456", "plate:ch"),
    ("il roule en clio fk 418 ms ou la moto", "fr", "fk 418 ms", "plate:fr"),
    ("re the merc (MA15 OPV?? or MA 15 0PV - he wasnt sure)", "en", "MA 15 0PV", "plate:gb"),
    ("mówi o aucie WPR 4821K\n02.11", "pl", "WPR 4821K", "plate:pl"),
    ("widziany na blachach WA 12345 pod blokiem", "pl", "WA 12345", "plate:pl"),
    # Latin lookalikes of a Greek or Russian plate, anywhere in a text about the country.
    ("Στις 12/03 εντοπίστηκε το IKN-4521 έξω από το σπίτι", "el", "IKN-4521", "plate:gr"),
    ("замечен A123BC77 у дома", "ru", "A123BC77", "plate:ru"),
    # Greek in lower case, near the vehicle words of Greek notes.
    ("το αυτοκίνητό του ικυ-4512 ήταν", "el", "ικυ-4512", "plate:gr"),
    ("ταξί ΙΚΒ 4521 στη στάση", "el", "ΙΚΒ 4521", "plate:gr"),
])
def test_number_plates(text, language, expected, rule):
    assert rules(text, language).get(expected) == rule


@pytest.mark.parametrize(("text", "language"), [
    ("paid 2000 DKK for the car", "en"),
    ("ISO 9001 και ATM 2019 στο κείμενο", "el"),  # a standard and a year, not plates
    ("seen IKN-4521 in Leeds", "en"),  # a Greek shape, but no Greek text
    ("a VW 2015 model car", "en"),
    ("a BMW 320 car was seen", "en"),
    ("ΤΗΝ 2024 ΧΡΟΝΙΑ", "el"),
    ("Az. 123 Js 4567/24", "de"),
    ("samochód kosztował do 5000 zł", "pl"),  # a lower-case word and a number
    ("der Lkw-Fahrer wurde auf der A12 kontrolliert", "de"),  # a word and a road
    ("he parked outside 4 Mill Lane, Leigh-on-Sea SS9 1NJ", "en"),  # a postcode
    ("the driver drives to work at 08:40, 25 km", "en"),
    ("ΤΗΝ ΝΥΧΤΑ οδηγούσε 120 χλμ", "el"),
    ("Sygnatura: II K 118/23, samochód w depozycie", "pl"),  # a court reference
    ("ΣΧΕΔΙΟ ΓΙΑ ΤΗΝ 2026 ΚΑΙ ΤΟΝ 1990", "el"),  # words in capitals and years
    ("the van left at 14:20; invoice 10-4471, 12,50 EUR", "en"),
    ("samochód i przyczepa, faktura AB 12345/2024", "pl"),
    ("the car cost 12-1500 dirhams to rent", "en"),
])
def test_no_plate_in_amounts_years_and_references(text, language):
    assert [t for k, t in detect(text, language) if k == "plate"] == []


# --- the sweep, profiles and labels ----------------------------------------------------------


def test_the_sweep_finds_accounts_plates_and_addresses_in_other_spellings():
    sweep = Sweep()
    sweep.add("iban", "iban:PL41102055611809679290810033", "PL41102055611809679290810033",
              "PL41 1020 5561 1809 6792 9081 0033")
    sweep.add("plate", "plate:A123BC77", "A123BC77", "А123ВС 77")
    sweep.add("address", "address:x", "12 rue des lilas 75011 paris",
              "12 rue des Lilas, 75011 Paris")
    text = ("NRB 41 1020 5561 1809 6792 9081 0033; plate A 123 BC 77 and А123ВС77; "
            "at 12, rue des Lilas 75011 Paris.")
    found = {text[s.start:s.end]: s.kind for s in sweep.find(text)}
    expected = {"41 1020 5561 1809 6792 9081 0033": "iban", "A 123 BC 77": "plate",
                "А123ВС77": "plate", "12, rue des Lilas 75011 Paris": "address"}
    assert expected.items() <= found.items(), found


def test_new_kinds_have_labels_and_unknown_kinds_are_masked():
    for kind in ("account", "address", "plate"):
        assert kind in KINDS
    assert (LABELS["account"], LABELS["address"], LABELS["plate"]) == (
        "ACCOUNT", "ADDRESS", "PLATE")
    assert RedactionProfile("x").operator("some_future_kind") == "mask"


def test_a_kept_kind_is_not_looked_for():
    text = "Kennzeichen B-AB 1234, Hauptstraße 12, 10115 Berlin"
    regions = region_chain("DE", "de", None, HOME)
    found = find_identifiers(text, lambda kind: kind not in ("plate", "address"),
                             country="DE", regions=regions)
    assert found == []


# --- schemes without stdnum, labels of other countries, bank codes with accounts ------------

@pytest.mark.parametrize(("text", "language", "country", "expected"), [
    # Acronyms and labels of other countries' personal numbers, in any partner language.
    ("Sa compagne, CNP 1850712412341, vit à Lyon.", "fr", None, "1850712412341"),
    ("Der Kurier, IIN 850412301232, reiste über Almaty.", "de", None, "850412301232"),
    ("El conductor neerlandés, BSN 1357.92.460, pagó en efectivo.", "es", None,
     "1357.92.460"),
    ("Η Βουλγάρα, ΕΓΝ 7503151233, ταξίδεψε.", "el", None, "7503151233"),
    ("SV-Nummer 65 170839 J 00 3 laut Lohnzettel.", "de", "DE", "65 170839 J 00 3"),
    ("n.º de afiliación a la Seguridad Social 28/12345678/40", "es", "ES",
     "28/12345678/40"),
    ("dowód ABC 523456 okazany przy kontroli", "pl", "PL", "ABC 523456"),
    ("الرقم المدني 290051501233 حسب السجل", "ar", "KW", "290051501233"),
    ("فهويته 1234567897 وفق الإفادة", "ar", "SA", "1234567897"),
    # Without a word, by structure and check digit: a codice fiscale, an Emirati number,
    # a German social insurance number.
    ("Il locatario (BNCGPP77E12H501X) non risponde.", "en", None, "BNCGPP77E12H501X"),
    ("ناصر الكعبي (784-1987-1234567-1) غادر.", "ar", None, "784-1987-1234567-1"),
    ("Versicherter laut Liste: 65170839J003.", "de", "DE", "65170839J003"),
])
def test_personal_numbers_of_more_schemes_are_national_ids(text, language, country, expected):
    assert ("national_id", expected) in detect(text, language, country)


@pytest.mark.parametrize(("text", "language", "country", "value"), [
    ("Invoice 784198712345671 was paid late.", "en", None, "784198712345671"),  # a reference
    ("Die Müller Bau GmbH, USt-IdNr. DE 123 456 789, liefert.", "de", "DE", "123 456 789"),
    ("Η «ΑΛΦΑ ΒΗΤΑ Ι.Κ.Ε.» (ΑΦΜ 094014201) πλήρωσε.", "el", "GR", "094014201"),
    ("Le dossier 24/1187 et la facture 61207 sont clos.", "fr", "FR", "61207"),
    ("Lieferung über 4.800,00 EUR am 03.04.2024.", "de", "DE", "4.800,00"),
])
def test_references_amounts_and_company_numbers_are_no_personal_ids(text, language, country,
                                                                    value):
    assert not any(kind == "national_id" and value in found
                   for kind, found in detect(text, language, country))


def test_a_number_listed_after_a_name_and_birth_date_is_the_persons():
    text = "Στοιχεία: ΠΑΠΑΔΑΚΗΣ Νίκος του Ιωάννη, 03/05/1971, 094014201, κάτοικος Πάτρας."
    from liaison.analysis.redaction.persons import find_persons
    names = [Found(h.start, h.end, "person", "", h.rule) for h in find_persons(text, "el")]
    regions = region_chain("GR", "el", None, HOME)
    found = find_identifiers(text, lambda _kind: True, country="GR", regions=regions,
                             names=names)
    got = [(f.kind, text[f.start:f.end]) for f in found]
    assert ("dob", "03/05/1971") in got and ("national_id", "094014201") in got


@pytest.mark.parametrize(("text", "language", "country", "expected"), [
    # A bank code joined to its account by a label, a comma or a slash is one span.
    ("Clearing-Nr. 481, Konto 2207.1150.0042", "de", "CH", "481, Konto 2207.1150.0042"),
    ("routing number 123456780, account 9876543210", "en", "US",
     "123456780, account 9876543210"),
    ("vom Konto 5512 8830 12, BLZ 100 500 00 überwiesen", "de", "DE",
     "5512 8830 12, BLZ 100 500 00"),
    # A RIB and a CCC labelled part by part, the key checked.
    ("code banque 30004, code guichet 01234, n° de compte 00012345678, clé RIB 62", "fr",
     "FR", "30004, code guichet 01234, n° de compte 00012345678, clé RIB 62"),
    ("entidad 1234, oficina 5678, DC 01, número de cuenta 0123456789", "es", "ES",
     "1234, oficina 5678, DC 01, número de cuenta 0123456789"),
    # Compounds of "Konto", a number named by "Nummer", a Greek local account.
    ("Das Gemeinschaftskonto 4410 2293 57 läuft auf beide.", "de", "DE", "4410 2293 57"),
    ("Das Konto hat die Nummer 7 120 448 391.", "de", "DE", "7 120 448 391"),
    ("κατέθεσε στον 5123-456789-012 το ποσό", "el", "GR", "5123-456789-012"),
    # The other side of a transfer opposite an IBAN, or after an amount.
    ("من 7731 0042 9918 55 إلى SA44 2000 0001 2345 6789 1234", "ar", None,
     "7731 0042 9918 55"),
    ("sent USD 40,000 from 5517720049913 to a broker", "en", None, "5517720049913"),
    # An Arabic account named first, its number given later: "bearing the number".
    ("فُتح حساب باسم المدعو سالم، ذو الرقم 0391557720118 لدى المصرف.", "ar", None,
     "0391557720118"),
])
def test_more_domestic_account_forms(text, language, country, expected):
    assert ("account", expected) in detect(text, language, country)


@pytest.mark.parametrize(("text", "language", "country", "value"), [
    # A Russian bank's correspondent account is the bank's, not a client's.
    ("БИК 044525225, к/с 30101810400000000225", "ru", "RU", "30101810400000000225"),
    ("Case 2024-118-7731 was closed.", "el", "GR", "2024-118-7731"),
])
def test_correspondent_accounts_bank_codes_and_case_numbers_are_no_accounts(
        text, language, country, value):
    assert not any(kind == "account" and value in found
                   for kind, found in detect(text, language, country))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Il réside rue Neuve 14, boîte 2, 1000 Bruxelles.", "fr",
     "rue Neuve 14, boîte 2, 1000 Bruxelles"),
    ("domicilio en Via degli Orti 9, int. 3, 40121 Bologna", "en",
     "Via degli Orti 9, int. 3, 40121 Bologna"),
    ("μίσθωσαν το Αριστοτέλους 12, 3ος όροφος, 104 33 Αθήνα.", "el",
     "Αριστοτέλους 12, 3ος όροφος, 104 33 Αθήνα"),
    ("Lieferanschrift:\nLindenring 7\n2. Etage links\n50667 Köln\n", "de",
     "Lindenring 7\n2. Etage links\n50667 Köln"),
    ("изъято по адресу г. Тверь, ул. Мира, д. 4, стр. 2, пом. 7: тетрадь", "ru",
     "г. Тверь, ул. Мира, д. 4, стр. 2, пом. 7"),
    ("Home: 4 The Paddocks, Mill Lane, Ripon HG4 1AB.", "en",
     "4 The Paddocks, Mill Lane, Ripon HG4 1AB"),
    ("Letter to:\nThe Old Byre\nHigher Tregony\nTruro TR2 5SS\nEnds.", "en",
     "The Old Byre\nHigher Tregony\nTruro TR2 5SS"),
    ("يقيم في السالمية، قطعة 7، شارع 5، منزل 12، منذ عام", "ar",
     "السالمية، قطعة 7، شارع 5، منزل 12"),
    ("ZI des Landes, 8 rue Pasteur, 44300 Nantes", "fr",
     "ZI des Landes, 8 rue Pasteur, 44300 Nantes"),
])
def test_more_address_forms(text, language, expected):
    assert ("address", expected) in detect(text, language)


@pytest.mark.parametrize(("text", "language", "value"), [
    ("12:10 vor der Mozartstraße. 07:40 Uhr Übergabe.", "de", "07"),  # a time
    ("The parcel went to postcode ST16 9XX only.", "en", "ST16 9XX"),  # a postcode alone
    ("Ride to Trenton, NJ 08608 at noon", "en", "NJ 08608"),  # a state and ZIP, no plate
])
def test_times_and_lone_postcodes_are_no_addresses(text, language, value):
    got = detect(text, language, "US" if "NJ" in text else None)
    assert not any(kind in ("address", "plate") and found == value for kind, found in got)


# --- documents: forms, residence words, tables (the fourth development set's lessons) ---

@pytest.mark.parametrize(("text", "language", "expected"), [
    # The town a partner writes before the street, after words of residence.
    ("ο κατηγορούμενος, κάτοικος Βόλου, Γρ. Κουσίδη 17, αρνήθηκε", "el",
     "Βόλου, Γρ. Κουσίδη 17"),
    ("ΚΑΤΟΙΚΟΥ ΧΑΛΚΙΔΑΣ, ΟΔΟΣ ΚΡΙΕΖΩΤΟΥ 8, ο οποίος", "el", "ΧΑΛΚΙΔΑΣ, ΟΔΟΣ ΚΡΙΕΖΩΤΟΥ 8"),
    ("проживающего по адресу: Тверская обл., с. Медное, ул. Садовая, д. 3, кв. 2.\n",
     "ru", "Тверская обл., с. Медное, ул. Садовая, д. 3, кв. 2"),
    ("АДРЕС: Г. ТВЕРЬ, УЛ. СОВЕТСКАЯ, Д. 15, КВ. 40\nТЕЛ", "ru",
     "Г. ТВЕРЬ, УЛ. СОВЕТСКАЯ, Д. 15, КВ. 40"),
    ("wohnhaft in 4020 Linz, Landstraße 44/2/9, ledig", "de", "4020 Linz, Landstraße 44/2/9"),
    # A form's field; the postcode and town on the next line.
    ("Anschrift:   Brockhauser Weg 12\n              58730 Fröndenberg\nBeruf: Maler", "de",
     "Brockhauser Weg 12\n              58730 Fröndenberg"),
    # A postcode after a separator, a Swiss street named before its number.
    ("Tischlerei Kolle · Dorfstraße 9 · 31134 Hildesheim", "de",
     "Dorfstraße 9 · 31134 Hildesheim"),
    ("Zahlbar durch\nRoute des Alpes 14\n1950 Sion", "de", "Route des Alpes 14\n1950 Sion"),
    ("г. Казань, 2-я Азинская ул., д. 7, кв. 11", "ru",
     "г. Казань, 2-я Азинская ул., д. 7, кв. 11"),
])
def test_addresses_in_documents(text, language, expected):
    assert ("address", expected) in detect(text, language)


def test_a_residence_field_stops_where_the_clause_goes_on():
    found = detect("demeurant 3 rue Pasteur, 69007 Lyon, depuis 2016.", "fr")
    assert ("address", "3 rue Pasteur, 69007 Lyon") in found
    # A cell's separator ends the address; the next cell is no postcode.
    found = detect("9 شارع النيل، الجيزة | 0112 555 0199", "ar")
    assert not any(kind == "address" and "0112" in value for kind, value in found)


@pytest.mark.parametrize(("text", "expected"), [
    # Beside a bank code the registry knows, with no label between (a statement's columns).
    ("KONTO-NR.      BLZ\n1 200 118 400    370 501 98", "1 200 118 400    370 501 98"),
    ("| Rehkämper, Ute | 4 410 228 / 370 501 98 |", "4 410 228 / 370 501 98"),
    # Under a header naming the bank code, whatever the registry knows.
    ("Name\tKonto-Nr.\tBLZ\nOlde, Jan\t55 104 220\t123 456 78", "55 104 220\t123 456 78"),
    # The label names whose account it is.
    ("Konto-Nr. des Empfängers\n7 720 118 30\nBankleitzahl\n370 501 98",
     "7 720 118 30\nBankleitzahl\n370 501 98"),
    ("Belege zum Konto Nr. 2 118 004 500 bei der Sparkasse", "2 118 004 500"),
])
def test_german_accounts_in_forms_and_tables(text, expected):
    assert ("account", expected) in detect(text, "de")


def test_swiss_postal_accounts_and_dates_after_account_words():
    assert ("account", "30-418726-0") in detect("Konto / Compte   30-418726-0\nCHF", "de")
    assert not any(kind == "account" for kind, _ in detect("Nr. 30-418726-1 (falsch)", "de"))
    assert not any(kind == "account"
                   for kind, _ in detect("relevé du compte du 01/06/2021 au 30/06/2021", "fr"))
    assert not any(kind == "account" for kind, _ in detect(
        "Банк получателя, БИК 044525225, кор. счёт 30101810400000000225", "ru"))


def test_columns_a_table_header_names():
    text = ("| № | ФИО | Дата рожд. | Паспорт | Адрес |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Лапшин Г. В. | 04.04.1979 | 46 09 № 120334 | г. Клин, ул. Мира, д. 2 |\n"
            "| 2 | Усова Н. П. | 1983 | 4512 777120 | – |\n")
    found = detect(text, "ru")
    for kind, value in (("dob", "04.04.1979"), ("dob", "1983"), ("national_id", "46 09 № 120334"),
                        ("national_id", "4512 777120"), ("address", "г. Клин, ул. Мира, д. 2")):
        assert (kind, value) in found, (kind, value, found)
    # A header abbreviated with its dot ("geb.").
    text = ("| Nr | Name, Vorname | geb. | Anschrift |\n|----|----|----|----|\n"
            "| 1 | Trautvetter, Malte | 14.02.1990 | Am Steinbruch 3, 99867 Gotha |\n")
    assert ("dob", "14.02.1990") in detect(text, "de")
    # A count under a date column is no date; a table without such a header reads nothing.
    assert not any(kind == "dob" for kind, _ in detect("Jahr\tFälle\n2019\t12\n2020\t9", "de"))


def test_columns_of_a_fixed_width_printout():
    text = ("Zi.  Name                         geb.          Staatsang.  Kfz-Kennz.\n"
            "12   Janssen, Pieter             1983-04-17    NL          GX-482-K\n"
            "22   Dumitrescu, Andreea         18 I 1992     RO          B 123 XYZ\n")
    found = detect(text, "de")
    for kind, value in (("dob", "1983-04-17"), ("dob", "18 I 1992"), ("plate", "GX-482-K"),
                        ("plate", "B 123 XYZ")):
        assert (kind, value) in found, (kind, value, found)
    # A cell the row splits in two still falls under its header's column.
    text = ("Α/Α  Επώνυμο / Όνομα                  Ημ. γέννησης     Όχημα\n"
            "1    ΓΚΡΟΣ / ΜΑΡΚΟΥΣ  (Gross, Markus)  04.11.1977       HH-MG 4821\n")
    found = detect(text, "el")
    assert ("dob", "04.11.1977") in found and ("plate", "HH-MG 4821") in found
    # Prose with double spaces is no table.
    assert not detect("Er kam.  Dann ging er.  Geboren wurde nichts.", "de")


@pytest.mark.parametrize(("text", "country", "value"), [
    # A Ukrainian ІПН of ten digits is a person's, not a company's.
    ("Reisepass FT482917, ІПН 1408461489\nSichergestellt", "DE", "1408461489"),
    ("РНОКПП (ІПН): 3337446730\nАдреса", "UA", "3337446730"),
    # A National Insurance number in lower case after "NI".
    ("his NI nz610347a (from old DWP letter)", None, "nz610347a"),
    # A Belgian national number anywhere, by its checksum.
    ("about the Belgian and the number 79.05.03-586.48.", None, "79.05.03-586.48"),
    # A codice fiscale in its groups, after its name and without.
    ("codice fiscale\nRSS MRC 85C12 F205O; Dutch", None, "RSS MRC 85C12 F205O"),
    ("κωδ. φορολ. LBN GPP 76T22 G273O\nΦορτηγό", "GR", "LBN GPP 76T22 G273O"),
    # A Polish identity card with a space, by its check digit.
    ("NUMER DOWODU / CARD NUMBER  HWR 115788\nNR PESEL", "PL", "HWR 115788"),
    # A driving licence's number identifies its holder.
    ("driving licence number MORGA753116SM9IJ, issued", "GB", "MORGA753116SM9IJ"),
    ("Führerschein-Nr. B072RRE2I55 ausgestellt", "DE", "B072RRE2I55"),
    ("водительское удостоверение 77 12 345678", "RU", "77 12 345678"),
    # A British residence permit and a taxpayer's reference.
    ("BRP number ZU1234567 expires", "GB", "ZU1234567"),
    ("his UTR 1234567890 with HMRC", "GB", "1234567890"),
    # German identification and health-insurance numbers; Algerian and Iraqi id labels.
    ("steuerliche Identifikationsnummer 65929970489 laut", "DE", "65929970489"),
    ("Krankenversichertennummer A123456780 bei der AOK", "DE", "A123456780"),
    ("رقم التعريف الوطني 109870412345678901 للمعني", "DZ", "109870412345678901"),
    ("البطاقة الموحدة 199012345678 صادرة", "IQ", "199012345678"),
    # An Irish PPS number by its check letter, in an Irish record.
    ("her number 6433435F was on the form", "IE", "6433435F"),
])
def test_national_ids_in_more_spellings(text, country, value):
    assert ("national_id", "943 476 5919") in detect("NHS number 943 476 5919, GP", "en", "GB")
    assert ("national_id", value) in detect(text, None, country)


@pytest.mark.parametrize(("text", "country", "value"), [
    ("Date of birth: 7th June 1988\nPassport / ID no.: CB482193     NIF: 234", None, "CB482193"),
    ("04.11.1977       Pass. C4J7R2X91          HH-MG 4821", "GR", "C4J7R2X91"),
    ("1989/06/21       Pas 204821937          1AB 2345", "GR", "204821937"),
    ("المهندسين، الجيزة ورقم جواز R719304 باسم الحربي.", "SA", "R719304"),
])
def test_passports_in_more_labels(text, country, value):
    assert ("passport", value) in detect(text, None, country)
    assert not detect("I will pass. Then we go.", "en", "GB")


def test_a_swiss_passport_after_pass_nr():
    assert ("passport", "X0418227") in detect("Zürich, Pass Nr. X0418227, beschuldigte", "de",
                                              "CH")


def test_a_personal_number_in_a_passport_field_is_the_persons_id():
    # A valid Kazakh IIN where a passport was asked for: the id, not a passport.
    assert detect("паспорт: 880205301420", "ru") == [("national_id", "880205301420")]
    # A Russian internal passport is the citizen's national identity document.
    assert detect("паспорт серии 4510 № 123456", "ru") == [("national_id", "4510 № 123456")]


# --- machine-readable zones ----------------------------------------------------------------

def test_a_passports_machine_readable_zone_is_read_field_by_field():
    """TD3, as OCR gives it under a scanned data page: the number, the birth date and a
    personal number by position; the names go to the person detector (units)."""
    text = ("Reisepass, Seite 2 (OCR)\n"
            "P<NLDBRANDSMA<VAN<DER<LOO<<GEERTRUIDA<ANNA<<\n"
            "NW4K81P273NLD7702141F3005127918273645<<<<<40\n")
    found = detect(text, "de")
    assert ("passport", "NW4K81P27") in found
    assert ("dob", "770214") in found
    assert ("national_id", "918273645") in found
    names = detect_text(text, None, Context((), (), HOME), NameIndex(), BUILTIN["pseudonymise"],
                        language="de")
    assert any(text[f.start:f.end] == "BRANDSMA<VAN<DER<LOO<<GEERTRUIDA<ANNA"
               and f.kind == "person" for f, _ in names)
    # The zone's codes ("NLD", "P<") are no names.
    assert [text[f.start:f.end] for f, _ in names if f.kind == "person"] \
        == ["BRANDSMA<VAN<DER<LOO<<GEERTRUIDA<ANNA"]


def test_an_identity_cards_three_line_zone_is_read_and_a_lone_line_is_not():
    text = ("I<ESPCAX4072118<<<<<<<<<<<<<<<\n"
            "8411095F3108176ESP<<<<<<<<<<<4\n"
            "OLAIZOLA<ZUBIRI<<MIREN<<<<<<<<\n")
    assert ("national_id", "CAX407211") in detect(text, "es")
    assert ("dob", "841109") in detect(text, "es")
    # One line of that shape alone is no zone: a reference, a hash, a code.
    assert detect("REF<<<<<<<<<<<<2023<<<<<<<<<<<<<<<<<<<<<<<<<\n", "en") == []


@pytest.mark.parametrize(("text", "country", "value"), [
    ("номер карты 4276 3800 1234 5679 на имя", "RU", "4276 3800 1234 5679"),
    ("card number 4111 1111 1111 1111 exp 12/28", "GB", "4111 1111 1111 1111"),
    ("Amex 3782 822463 10005 ok", "GB", "3782 822463 10005"),
    ("z karty 4276380012345679 wypłacono", "PL", "4276380012345679"),  # whole, after its word
])
def test_payment_card_numbers_are_accounts(text, country, value):
    assert ("account", value) in detect(text, None, country)


def test_no_card_without_its_check_digit_or_its_word():
    assert not detect("номер карты 4276 3800 1234 5678 на имя", None, "RU")  # Luhn fails
    assert not detect("ref 4276380012345679 order", None, "GB")  # whole, no card word


def test_a_cypriot_plate_in_latin_lookalikes_only_in_a_cypriot_text():
    assert ("plate", "KMN 482") in detect("το όχημα σταθμευμένο, KMN 482, στη Λεμεσό", "el", "CY")
    assert not [k for k, _ in detect("seen KMN 482 in Leeds", "en", "GB") if k == "plate"]
