"""Identifier normalisation: the same identifier written the way each partner writes it."""

from __future__ import annotations

import importlib

import pytest

from liaison.model import identifiers
from liaison.model.identifiers import (
    IDENTIFIER_KINDS,
    PROPERTY_KINDS,
    name_key,
    name_phonetic_key,
    normalise,
    normalise_bic,
    normalise_country,
    normalise_crypto,
    normalise_date,
    normalise_email,
    normalise_iban,
    normalise_ip,
    normalise_national_id,
    normalise_passport,
    normalise_phone,
    normalise_vin,
    parse_date,
)
from liaison.model.records import PropertyValue
from liaison.model.values import DateValue

# --- phones ------------------------------------------------------------------

# Mobile and landline numbers written the way people in each country write them.
LOCAL_PHONES = [
    ("DE", "0151 2345 6789", "+4915123456789"),
    ("DE", "030 12345678", "+493012345678"),
    ("PL", "512 345 678", "+48512345678"),
    ("GR", "694 123 4567", "+306941234567"),
    ("BG", "0887 123 456", "+359887123456"),
    ("ES", "612 34 56 78", "+34612345678"),
    ("MA", "06 12 34 56 78", "+212612345678"),
    ("FR", "06 12 34 56 78", "+33612345678"),
    ("IT", "312 345 6789", "+393123456789"),
    ("IT", "06 1234 5678", "+390612345678"),
    ("NL", "06 12345678", "+31612345678"),
    ("GB", "07400 123456", "+447400123456"),
    ("GB", "020 7946 0018", "+442079460018"),
    ("UA", "050 123 4567", "+380501234567"),
    ("RO", "0712 345 678", "+40712345678"),
    ("TR", "0532 123 45 67", "+905321234567"),
    ("AT", "0664 1234567", "+436641234567"),
    ("BE", "0470 12 34 56", "+32470123456"),
    ("CH", "078 123 45 67", "+41781234567"),
    ("SE", "070-123 45 67", "+46701234567"),
    ("US", "(202) 555-0143", "+12025550143"),
]


@pytest.mark.parametrize(("region", "raw", "e164"), LOCAL_PHONES)
def test_local_phone_formats_become_e164(region: str, raw: str, e164: str) -> None:
    result = normalise("phone", raw, region)
    assert result == PropertyValue(raw, e164, "phone", True, "")


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("+49 151 23456789", None),
        ("0049 151 23456789", None),
        ("0049 151 23456789", "DE"),
        ("0049 151 23456789", "US"),  # 00 is not the US exit code, but the intent is clear
        ("011 49 151 23456789", "US"),
        ("+49 (0)151 23456789", "DE"),
        ("tel:+49-151-23456789", None),
        ("+49 151 23456789", "PL"),  # the source's region does not override a +49
        ("0151 2345 6789", "deu"),  # the region may be any spelling of the country
        ("0151 2345 6789", "Germany"),
    ],
)
def test_international_phone_forms(raw: str, region: str | None) -> None:
    result = normalise_phone(raw, region)
    assert (result.value, result.valid) == ("+4915123456789", True)


def test_phone_that_is_too_short_is_flagged_and_kept() -> None:
    result = normalise("phone", "0151 2345 678", "DE")
    assert result.raw == "0151 2345 678"
    assert result.value == "+491512345678"
    assert not result.valid
    assert result.note == "not a valid phone number for region DE"


NO_REGION = "no country given to read a national phone number"


@pytest.mark.parametrize(
    ("raw", "region", "value", "note"),
    [
        ("hello", "DE", "hello", "not a phone number"),
        ("0151 2345 6789", None, "015123456789", NO_REGION),
        ("0151 2345 6789", "XX", "015123456789", NO_REGION),
    ],
)
def test_unparseable_phones_are_flagged(raw: str, region: str | None, value: str,
                                        note: str) -> None:
    assert normalise_phone(raw, region) == PropertyValue(raw, value, "phone", False, note)


# --- e-mail ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        # Compared without case; the raw value keeps how it was written.
        (" Ivan.Petrov@EXAMPLE.ORG ", "ivan.petrov@example.org"),
        ("mailto:ivan@Example.org", "ivan@example.org"),
        ("Ivan Petrov <ivan@Example.ORG>", "ivan@example.org"),
        ("ivan[at]example[.]org", "ivan@example.org"),
        ("ivan+tag@mail.example.co.uk", "ivan+tag@mail.example.co.uk"),
        ("иван@пример.рф", "иван@пример.рф"),
    ],
)
def test_valid_emails(raw: str, value: str) -> None:
    assert normalise("email", raw) == PropertyValue(raw, value, "email", True, "")


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("ivan.example.org", "ivan.example.org"),
        ("ivan@localhost", "ivan@localhost"),
        ("ivan..petrov@example.org", "ivan..petrov@example.org"),
        ("ivan petrov@example.org", "ivan petrov@example.org"),
        ("@example.org", "@example.org"),
    ],
)
def test_invalid_emails_are_flagged_and_kept(raw: str, value: str) -> None:
    result = normalise_email(raw)
    assert (result.value, result.valid, result.kind) == (value, False, "email")
    assert result.note


# --- bank accounts -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("de89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
        ("fr14 2004 1010 0505 0001 3m02 606", "FR1420041010050500013M02606"),
        ("NL91-ABNA-0417-1643-00", "NL91ABNA0417164300"),
        ("PL61 1090 1014 0000 0712 1981 2874", "PL61109010140000071219812874"),
        ("es91 2100 0418 4502 0005 1332", "ES9121000418450200051332"),
        ("IBAN: BE68 5390 0754 7034", "BE68539007547034"),
    ],
)
def test_valid_ibans_become_compact(raw: str, value: str) -> None:
    assert normalise("iban", raw) == PropertyValue(raw, value, "iban", True, "")


@pytest.mark.parametrize(
    ("raw", "value", "note"),
    [
        ("DE88 3704 0044 0532 0130 00", "DE88370400440532013000", "IBAN checksum fails"),
        ("de89 3704 0044 0532 0130 0", "DE8937040044053201300",
         "wrong length for an IBAN of this country"),
        ("XX89370400440532013000", "XX89370400440532013000", "unknown country code in IBAN"),
    ],
)
def test_bad_ibans_are_flagged_and_kept(raw: str, value: str, note: str) -> None:
    assert normalise_iban(raw) == PropertyValue(raw, value, "iban", False, note)


@pytest.mark.parametrize(
    ("raw", "value", "valid"),
    [
        ("deutdeffxxx", "DEUTDEFF", True),  # head office written both ways compares equal
        ("DEUTDEFF", "DEUTDEFF", True),
        ("DEUT DE FF 500", "DEUTDEFF500", True),
        ("ABCDXX12", "ABCDXX12", False),
        ("DEUT", "DEUT", False),
    ],
)
def test_bics(raw: str, value: str, valid: bool) -> None:
    result = normalise("swiftBic", raw)
    assert (result.value, result.valid, result.kind) == (value, valid, "bic")
    assert bool(result.note) != valid


# --- countries ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("DE", "de"),
        ("de", "de"),
        ("deu", "de"),
        (" Germany ", "de"),
        ("Deutschland", "de"),
        ("GERMANY", "de"),
        ("276", "de"),
        ("Russian Federation", "ru"),
        ("Russia", "ru"),
        ("Россия", "ru"),
        ("Ελλάδα", "gr"),
        ("EL", "gr"),
        ("UK", "gb"),
        ("United Kingdom of Great Britain and Northern Ireland", "gb"),
        ("Korea, Republic of", "kr"),
        ("Republic of Korea", "kr"),
        ("South Korea", "kr"),
        ("Côte d'Ivoire", "ci"),
        ("Türkiye", "tr"),
        ("Turkey", "tr"),
        ("Kosovo", "xk"),
        ("the Netherlands", "nl"),
    ],
)
def test_countries(raw: str, value: str) -> None:
    assert normalise("nationality", raw) == PropertyValue(raw, value, "country", True, "")


def test_unknown_country_is_flagged_and_kept() -> None:
    assert normalise_country("Narnia") == PropertyValue(
        "Narnia", "narnia", "country", False, "unknown country"
    )


# --- national ids and passports ----------------------------------------------

VALID_NATIONAL_IDS = [
    ("ES", "54362315-K", "54362315K"),  # DNI
    ("ES", "x-2482300w", "X2482300W"),  # NIE
    ("ES", "ES B-58378431", "B58378431"),  # company NIF in taxNumber
    ("PL", "44051401359", "44051401359"),  # PESEL
    ("IT", "RCCMNL83S18D969H", "RCCMNL83S18D969H"),  # codice fiscale
    ("NL", "1112.22.333", "111222333"),  # BSN
    ("FR", "2 95 10 99 126 111 93", "295109912611193"),  # NIR
    ("RO", "1630615123457", "1630615123457"),  # CNP
    ("BG", "752316 926 3", "7523169263"),  # EGN
    ("DE", "36 574 261 809", "36574261809"),  # tax IdNr
    ("DK", "211062-5629", "2110625629"),  # CPR
    ("BE", "85.07.30-033 28", "85073003328"),  # national number
    ("SE", "880320-0016", "880320-0016"),  # personnummer
    ("SE", "19880320-0016", "880320-0016"),  # ... with century, same person
    ("SE", "8803200016", "880320-0016"),
    ("GB", "AB 12 34 56 C", "AB123456C"),  # National Insurance number
    ("HR", "HR 33392005961", "33392005961"),  # OIB
]


@pytest.mark.parametrize(("country", "raw", "value"), VALID_NATIONAL_IDS)
def test_valid_national_ids(country: str, raw: str, value: str) -> None:
    assert normalise("idNumber", raw, country) == PropertyValue(raw, value, "national_id",
                                                                 True, "")


@pytest.mark.parametrize(
    ("country", "raw", "value", "note"),
    [
        ("ES", "54362315Z", "54362315Z", "not a valid national id for ES (DNI: checksum fails)"),
        ("PL", "44051401358", "44051401358",
         "not a valid national id for PL (PESEL: checksum fails)"),
        ("NL", "111222334", "111222334", "not a valid national id for NL (BSN: checksum fails)"),
        ("IT", "RCCMNL83S18D969X", "RCCMNL83S18D969X",
         "not a valid national id for IT (Codice Fiscale: checksum fails)"),
        ("GB", "QQ123", "QQ123", "not a valid national id for GB (NINO: wrong format)"),
    ],
)
def test_bad_national_ids_are_flagged_and_kept(country: str, raw: str, value: str,
                                               note: str) -> None:
    assert normalise_national_id(raw, country) == PropertyValue(raw, value, "national_id",
                                                                False, note)


def test_national_id_without_validator_or_country() -> None:
    assert normalise_national_id("ab-123 456", "KE") == PropertyValue(
        "ab-123 456", "AB123456", "national_id", True, "no validator for KE"
    )
    assert normalise_national_id("ab-123 456", None) == PropertyValue(
        "ab-123 456", "AB123456", "national_id", True, "no country given, not validated"
    )
    assert normalise("nationalId", "ab-123", "Atlantis").note == "no validator for ATLANTIS"


def test_every_listed_stdnum_validator_exists() -> None:
    # The table skips modules an older stdnum lacks; in our pinned stdnum all must load.
    for modules in identifiers._NATIONAL_ID_MODULES.values():
        for name in modules:
            importlib.import_module(f"stdnum.{name}")


@pytest.mark.parametrize(
    ("raw", "value", "valid"),
    [
        ("c01x00t47", "C01X00T47", True),
        ("AB 123 4567", "AB1234567", True),
        ("123", "123", False),
        ("1234567890123", "1234567890123", False),
        ("AB#12345", "AB#12345", False),
    ],
)
def test_passports(raw: str, value: str, valid: bool) -> None:
    result = normalise("passportNumber", raw, "DE")
    assert (result.value, result.valid, result.kind) == (value, valid, "passport")


# --- vehicles, wallets, addresses --------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "valid", "note"),
    [
        ("1m8gdm9axkp042788", "1M8GDM9AXKP042788", True, ""),  # check digit X matches
        ("WVW ZZZ 1JZ XW 000001", "WVWZZZ1JZXW000001", True,
         "check digit does not match (normal outside North America)"),
        ("1M8GDM9AIKP042788", "1M8GDM9AIKP042788", False,
         "a VIN has only digits and letters other than I, O and Q"),
        ("1M8GDM9AXKP04278", "1M8GDM9AXKP04278", False, "a VIN has 17 characters, this has 16"),
    ],
)
def test_vins(raw: str, value: str, valid: bool, note: str) -> None:
    assert normalise("vin", raw) == PropertyValue(raw, value, "vin", valid, note)


@pytest.mark.parametrize(
    ("raw", "value", "valid", "note"),
    [
        ("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", True, ""),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", True, ""),
        ("1BoatSLRHtKNngkdXEeobR76b53LETtpyX", "1BoatSLRHtKNngkdXEeobR76b53LETtpyX", False,
         "base58check checksum fails"),
        ("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
         "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", True, ""),
        ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp",
         "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp", False, "bech32 checksum fails"),
        ("0x52908400098527886E0F7030069857D2E4169EE7",
         "0x52908400098527886e0f7030069857d2e4169ee7", True, ""),
        ("LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1", "LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1", True,
         "base58check address of an unrecognised coin"),  # Litecoin
        ("  r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59 ", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", True,
         "unrecognised wallet format, not checked"),  # XRP: its own base58 alphabet
    ],
)
def test_crypto_wallets(raw: str, value: str, valid: bool, note: str) -> None:
    assert normalise("publicKey", raw) == PropertyValue(raw, value, "crypto", valid, note)


@pytest.mark.parametrize(
    ("raw", "value", "valid"),
    [
        ("192.168.1.10", "192.168.1.10", True),
        (" 2001:DB8:0:0::1 ", "2001:db8::1", True),
        ("[2001:db8::1]", "2001:db8::1", True),
        ("203.0.113[.]7", "203.0.113.7", True),  # defanged, as threat reports write it
        ("10.1.2.3/8", "10.0.0.0/8", True),  # the network, host bits noted
        ("999.1.1.1", "999.1.1.1", False),
        ("localhost", "localhost", False),
    ],
)
def test_ip_addresses(raw: str, value: str, valid: bool) -> None:
    result = normalise_ip(raw)
    assert (result.value, result.valid, result.kind) == (value, valid, "ip")


# --- dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("2024", "2024", "year"),
        ("2024-03", "2024-03", "month"),
        ("03/2024", "2024-03", "month"),
        ("2024-03-05", "2024-03-05", "day"),
        ("2024/03/05", "2024-03-05", "day"),
        ("20240305", "2024-03-05", "day"),
        ("05.03.2024", "2024-03-05", "day"),  # DE/PL/GR
        ("5.3.2024", "2024-03-05", "day"),
        ("05/03/2024", "2024-03-05", "day"),  # day first, as in Europe
        ("05-03-2024", "2024-03-05", "day"),
        ("12/25/2024", "2024-12-25", "day"),  # only month-first can make sense of it
        ("2024-03-05T14", "2024-03-05", "day"),  # FtM hour precision: the day is still true
        ("2024-03-05T14:30", "2024-03-05T14:30", "minute"),
        ("2024-03-05 14:30:12", "2024-03-05T14:30:12", "second"),
        ("2024-03-05T14:30:12.123456Z", "2024-03-05T14:30:12", "second"),
        ("2024-03-05T14:30:12+02:00", "2024-03-05T12:30:12", "second"),
        ("2024-03-05T01:30-0500", "2024-03-05T06:30", "minute"),
        ("2024-03-05T00:30+01:00", "2024-03-04T23:30", "minute"),  # UTC crosses the day
        ("05.03.2024 14:30", "2024-03-05T14:30", "minute"),
        ("٠٥.٠٣.٢٠٢٤", "2024-03-05", "day"),  # Arabic-Indic digits
    ],
)
def test_parse_date(raw: str, value: str, precision: str) -> None:
    assert parse_date(raw) == DateValue(value, precision)


@pytest.mark.parametrize(
    "raw",
    ["", "garbage", "2024-13", "2024-02-30", "31.02.2024", "13/13/2024", "0000", "05.03.24",
     "2024-03-05T25:00", "2024-03-05T14:30+25:00"],
)
def test_unparseable_dates(raw: str) -> None:
    assert parse_date(raw) is None
    result = normalise("birthDate", raw)
    assert (result.raw, result.value, result.kind, result.valid) == (raw, raw.strip(), "date",
                                                                     False)
    assert result.note == "not a date"


def test_normalise_date_notes_month_first_reading() -> None:
    assert normalise_date("12/25/2024") == PropertyValue(
        "12/25/2024", "2024-12-25", "date", True, "read as month/day/year"
    )
    assert normalise("deathDate", "05.03.2024") == PropertyValue(
        "05.03.2024", "2024-03-05", "date", True, ""
    )


# --- names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Александр Петров", "aleksandr petrov"),
        ("PETROV, Aleksandr", "aleksandr petrov"),
        ("  Aleksandr   PETROV ", "aleksandr petrov"),
        ("Αλέξανδρος Πετρόπουλος", "alexandros petropoulos"),
        ("Petropoulos Alexandros", "alexandros petropoulos"),
        ("محمد", "mhmd"),
        ("مُحَمَّد", "mhmd"),  # vocalised: the harakat are dropped
        ("Юрий Щукин", "shchukin yuriy"),  # й is kept whole, not split into и
        ("Łukasz Żółć", "lukasz zolc"),
        ("Jean-Pierre O'Brien", "jean obrien pierre"),
        ("Ja\u2018far", "jafar"),
        ("Straße", "strasse"),
        ("", ""),
        ("???", ""),
    ],
)
def test_name_key(raw: str, key: str) -> None:
    assert name_key(raw) == key


def test_name_key_is_order_insensitive() -> None:
    assert name_key("Ivan Sergeyevich Petrov") == name_key("PETROV Ivan Sergeyevich")


@pytest.mark.parametrize(
    "variants",
    [
        ["Aleksandr Petrov", "Alexander Petrov", "Александр Петров", "PETROV, Alexandr"],
        ["Dmitriy", "Dmitrii", "Dmitry", "Dmitrij", "Дмитрий"],
        ["Yuri", "Iurii", "Jurij", "Yury", "Юрий"],
        ["Mohammed", "Muhammad", "Mohamed", "محمد", "مُحَمَّد"],
        ["Ahmed", "Ahmad", "أحمد"],
        ["Khalid", "Khaled", "خالد"],
        ["Hassan", "Hasan", "حسن"],
        ["Maria", "Mariya", "Марія"],
        ["Christophoros", "Christoforos", "Χριστόφορος"],
        ["Αλέξανδρος Πετρόπουλος", "Alexandros Petropoulos", "Petropoylos Aleksandros"],
    ],
)
def test_phonetic_key_merges_transliterations(variants: list[str]) -> None:
    keys = {name_phonetic_key(v) for v in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("one", "other"), [("Ivan", "Ivana"), ("Petrov", "Petrova"),
                                            ("Aleksandr", "Aleksandra")])
def test_phonetic_key_keeps_gendered_forms_apart(one: str, other: str) -> None:
    assert name_phonetic_key(one) != name_phonetic_key(other)


def test_name_property_value_is_the_key() -> None:
    assert normalise("alias", "PETROV, Aleksandr") == PropertyValue(
        "PETROV, Aleksandr", "aleksandr petrov", "name", True, ""
    )
    flagged = normalise("name", "???")
    assert (flagged.value, flagged.valid) == ("???", False)


# --- dispatch ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("prop", "kind"),
    [("phone", "phone"), ("emailAddress", "email"), ("bicCode", "bic"),
     ("birthCountry", "country"), ("taxNumber", "national_id"), ("passportNumber", "passport"),
     ("incorporationDate", "date"), ("weakAlias", "name"), ("vin", "vin"),
     ("publicKey", "crypto"), ("ipAddress", "ip")],
)
def test_property_kinds(prop: str, kind: str) -> None:
    assert PROPERTY_KINDS[prop] == kind


def test_identifier_kinds_are_normaliser_kinds() -> None:
    assert set(PROPERTY_KINDS.values()) >= IDENTIFIER_KINDS
    assert {"name", "date", "country"}.isdisjoint(IDENTIFIER_KINDS)


def test_unknown_property_is_free_text() -> None:
    assert normalise("summary", "  some text ") == PropertyValue("  some text ", "some text")


def test_cached_results_cannot_be_corrupted_by_callers() -> None:
    first = normalise("phone", "0151 2345 6789", "DE")
    first.value = "tampered"
    first.valid = False
    second = normalise("phone", "0151 2345 6789", "DE")
    assert second == PropertyValue("0151 2345 6789", "+4915123456789", "phone", True, "")
    assert second is not first


def test_individual_normalisers_take_keywords() -> None:
    assert normalise_phone(raw="0151 2345 6789", region="DE").value == "+4915123456789"
    assert normalise_national_id(raw="44051401359", country="pl").valid


def test_full_width_characters_are_folded() -> None:
    assert normalise_iban("ＤＥ 89 3704 0044 0532 0130 00").value == "DE89370400440532013000"


def test_country_spellings_share_one_result() -> None:
    results = {normalise("phone", "0151 2345 6789", c).value for c in ("DE", "de", "DEU")}
    assert results == {"+4915123456789"}


# --- hostile input -----------------------------------------------------------

NASTY = [
    "", " ", "\t\n\r", "x" * 10_000, "0" * 10_000, "+" * 300, "\x00\x01\x1b[31m", "😀🔥",
    "\ud800", "a\ud800b", "\udfff" * 5, "\u202e\u0645", "\u0301" * 50, "ß" * 1000, "@", "@@",
    "[@]", "00", "+", "0x" + "g" * 40, "bc1" + "q" * 90, "1" * 40, "0000-00-00",
    "2024-13-45T99:99:99+99:99", "９９９", "\uffff", "İ", "ﷺ", "<>", "mailto:", "IBAN",
]
ODD_TYPES: list[object] = [None, 12345, 3.5, b"bytes\xff", ["a list"]]
COUNTRIES = [None, "", "DE", "se", "GB", "XX", "Atlantis", "\ud800"]


@pytest.mark.parametrize("raw", NASTY)
def test_nasty_input_never_raises_and_keeps_raw(raw: str) -> None:
    for prop in [*PROPERTY_KINDS, "notes"]:
        for country in COUNTRIES:
            result = normalise(prop, raw, country)
            assert result.raw == raw
            assert isinstance(result.value, str)
    for func in (normalise_email, normalise_iban, normalise_bic, normalise_country,
                 normalise_vin, normalise_crypto, normalise_ip, normalise_date):
        assert func(raw).raw == raw
    for func in (normalise_phone, normalise_national_id, normalise_passport):
        for country in COUNTRIES:
            assert func(raw, country).raw == raw
    parse_date(raw)
    name_key(raw)
    name_phonetic_key(raw)


@pytest.mark.parametrize("raw", ODD_TYPES)
def test_non_string_input_never_raises(raw: object) -> None:
    for prop in [*PROPERTY_KINDS, "notes"]:
        result = normalise(prop, raw, "DE")  # type: ignore[arg-type]
        assert isinstance(result.raw, str)
    assert parse_date(raw) is None  # type: ignore[arg-type]
    assert isinstance(name_key(raw), str)  # type: ignore[arg-type]


def test_phonetic_variants_swap_v_and_w():
    from liaison.model.names import phonetic_variants

    assert set(phonetic_variants(name_phonetic_key("Petrov"))) == {"ptrv", "ptrw"}
    assert name_phonetic_key("Wolkow") in phonetic_variants(name_phonetic_key("Volkov"))
    assert phonetic_variants("krs") == ["krs"]
    assert len(phonetic_variants("vvvvv")) == 8  # three swapped at most
