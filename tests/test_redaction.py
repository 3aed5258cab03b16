"""The redaction engine: detectors, names in other scripts, operators, consistent
pseudonyms, review decisions, profiles, attachments, and the stored record untouched."""

from __future__ import annotations

import io
import json

import pytest

from liaison.analysis.partners import Agreement, PolicyError
from liaison.analysis.redaction.detectors import (
    find_birth_dates,
    find_emails,
    find_ibans,
    find_ips,
    find_national_ids,
    find_passports,
    find_phones,
    find_wallets,
)
from liaison.analysis.redaction.names import NameIndex
from liaison.analysis.redaction.profiles import RedactionProfile

from .share_fixtures import BKA, NOVAK, PETROV, PETROV_CYRILLIC, make_workspace, rid


def _texts(found, text):
    return [text[f.start:f.end] for f in found]


# --- detectors ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Tel. 0151 23456789.", "DE", "+4915123456789"),
    ("appelle le 06 12 34 56 78 ce soir", "FR", "+33612345678"),
    ("llamó al 612 345 678 ayer", "ES", "+34612345678"),
    ("tel. 512-345-678", "PL", "+48512345678"),
    ("звонил 8 (912) 345-67-89", "RU", "+79123456789"),
    ("الهاتف 0612-345678", "MA", "+212612345678"),
    ("in Rome: +39 06 6982 1234", "DE", "+390669821234"),
    ("rief 0033 6 12 34 56 78 an", "ES", "+33612345678"),
])
def test_phones_in_national_and_international_forms(text, region, expected):
    found = find_phones(text, [region])
    assert [f.key for f in found] == [expected]


def test_phones_leave_dates_amounts_and_references_alone():
    text = "Am 17.12.2024 um 14:30 wurden 15 000 EUR (Az. 123 Js 4567/24) übergeben."
    assert find_phones(text, ["DE"]) == []


def test_emails_ibans_ips_wallets():
    text = ("Mail ivan.petrov@example.org or ivan[at]example[.]org; IBAN DE89 3704 0044 0532 "
            "0130 00, also DE89370400440532013000 but not DE00370400440532013000; "
            "IP 192.0.2.4, 198.51.100[.]7 and 2001:db8::1 but not 999.1.1.1; wallets "
            "1BoatSLRHtKNngkdXEeobR76b53LETtpyT, bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 "
            "and not 1BoatSLRHtKNngkdXEeobR76b53LETtpyX.")
    assert [f.key for f in find_emails(text)] == ["ivan.petrov@example.org",
                                                 "ivan@example.org"]
    assert [f.key for f in find_ibans(text)] == ["DE89370400440532013000"] * 2
    assert [f.key for f in find_ips(text)] == ["192.0.2.4", "198.51.100.7", "2001:db8::1"]
    assert len(find_wallets(text)) == 2


def test_national_ids_by_checksum_and_after_id_words():
    assert [f.key for f in find_national_ids("PESEL 44051401359 (brat)", "PL")] == \
        ["44051401359"]
    assert [f.key for f in find_national_ids("con DNI 12345678Z en vigor", "ES")] == \
        ["12345678Z"]
    assert find_national_ids("Konto 12345678901 ohne Prüfziffer", "DE") == []
    moroccan = find_national_ids("رقم البطاقة الوطنية للمدعو كريم: BK123456", "MA")
    assert [f.key for f in moroccan] == ["BK123456"]
    assert [f.key for f in find_passports("Reisepass C01X00T47 gültig")] == ["C01X00T47"]
    assert [f.key for f in find_passports("паспорт 45 06 123456 выдан")] == ["4506123456"]


def test_birth_dates_near_birth_words_and_known_ones():
    text = ("Ivan (geb. 12.05.1980) traf am 03.03.2025 Anna, née le 4 mars 1975, "
            "und Olga, 1990-01-02; Юрий, 07.08.1969 г.р.")
    found = find_birth_dates(text, known=["1990-01-02"])
    assert [f.key for f in found] == ["1980-05-12", "1975-03-04", "1990-01-02", "1969-08-07"]


# --- names -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def names():
    index = NameIndex()
    index.add("p1", "Person", "Евгений Лебедев")
    index.add("p2", "Person", "يوسف المنصوري")
    index.add("p3", "Person", "Panagiotis Mavridis")
    index.add("p4", "Person", "Ольга Кузнецова")
    index.add("o1", "Company", "Frutas del Levante S.L.")
    index.add("p5", "Person", "Carlos Díaz Ríos")
    return index


@pytest.mark.parametrize(("text", "expected"), [
    ("Gespräch mit Jewgenij Lebedew gestern.", "Jewgenij Lebedew"),
    ("Youssef El Mansouri a appelé.", "Youssef El Mansouri"),
    ("Ο Παναγιώτης Μαυρίδης συνελήφθη.", "Παναγιώτης Μαυρίδης"),
    ("Spotkanie z Olga Kuzniecowa.", "Olga Kuzniecowa"),
    ("Pagos de Frutas del Levante S.L. a Carlos Díaz.", "Frutas del Levante S.L."),
    ("RÍOS, Carlos Díaz fue detenido.", "RÍOS, Carlos Díaz"),
])
def test_names_in_other_scripts_and_spellings(names, text, expected):
    assert expected in [h.text for h in names.find(text)]


def test_names_keep_the_words_around_them(names):
    hits = names.find("Други лица: Евгений Лебедев и Ольга Кузнецова.")
    assert [h.text for h in hits] == ["Евгений Лебедев", "Ольга Кузнецова"]
    assert names.find("in one even oven") == []
    assert names.subject_of("Jewgenij Lebedew") == names.subject_of("Евгений Лебедев")


def test_surname_alone_only_for_the_records_own_persons(names):
    assert names.find("Lebedew fuhr weg.") == []
    assert [h.text for h in names.find("Lebedew fuhr weg.", ["p1"])] == ["Lebedew"]
    assert names.find("lebedew fuhr weg.", ["p1"]) == []  # not capitalised: not a name


@pytest.fixture(scope="module")
def more_names():
    index = NameIndex()
    for n, (schema, name) in enumerate([
            ("Person", "Pavel Morozov"), ("Person", "Grzegorz Kamiński"),
            ("Person", "Ana Isabel Navarro Gil"), ("Person", "Rachid El Idrissi"),
            ("Person", "Klaus Vogel"), ("Company", "Sever-Avto LLC")]):
        index.add(f"m{n}", schema, name)
    return index


@pytest.mark.parametrize(("text", "local", "expected"), [
    # Slavic case endings in running text (found by the held-out set, issue 7).
    ("Деньги переданы Павлу Морозову вчера.", (), "Павлу Морозову"),
    ("Spotkanie z Grzegorzem Kamińskim w Gdańsku.", (), "Grzegorzem Kamińskim"),
    ("У Морозова изъят телефон.", ("m0",), "Морозова"),
    # The first surname alone of a Spanish double surname.
    ("Navarro llamó dos veces.", ("m2",), "Navarro"),
    # A proclitic joined to an Arabic name by a tatweel.
    ("اتصل بـالإدريسي مساء", ("m3",), "بـالإدريسي"),
    # Initials before or after a name are part of it.
    ("Zeuge K. Vogel sagte aus.", ("m4",), "K. Vogel"),
    ("Директор Морозов П.А. подписал.", ("m0",), "Морозов П.А."),
    # A legal form written before the name (Russian), quotes included.
    ("Оплата от ООО «Север-Авто» поступила.", (), "ООО «Север-Авто»"),
])
def test_names_inflected_with_initials_and_leading_legal_forms(more_names, text, local,
                                                               expected):
    assert expected in [h.text for h in more_names.find(text, local)]


def test_inflection_and_initials_do_not_invent_names(more_names):
    assert more_names.find("Погода морозова сегодня.", ("m0",)) == []  # not capitalised
    assert more_names.find("Mr. A. Smith met nobody.", ("m4",)) == []
    assert [h.text for h in more_names.find("Vogel. A car left.", ("m4",))] == ["Vogel"]


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("DNI 48.273.915-C del detenido", "ES", "48.273.915-C"),
    ("NINO NH 48 21 93 C, passport", "GB", "NH 48 21 93 C"),
    ("رقم الهوية الوطنية 1082947167.", "SA", "1082947167"),
    ("الهوية 784-1985-4829173-5.", "AE", "784-1985-4829173-5"),
])
def test_national_ids_as_narratives_write_them(text, country, expected):
    assert _texts(find_national_ids(text, country), text) == [expected]


def test_dni_word_does_not_take_the_birth_date_after_a_dotted_dni():
    text = "con DNI 48.273.915-C y nacido el 21/07/1979, usa el móvil"
    assert _texts(find_national_ids(text, "ES"), text) == ["48.273.915-C"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Reisepass, ausgestellt am 01.02.2020, Nr. C01X00T47", "C01X00T47"),
    ("passeport délivré le 12/03/2019 sous le n° 19AB12345", "19AB12345"),
    ("passport issued 2018-06-05, number 533380006", "533380006"),
])
def test_a_date_between_the_word_and_the_number_is_not_taken_for_it(text, expected):
    assert _texts(find_passports(text), text) == [expected]


def test_an_id_after_a_dotted_date_is_still_found():
    text = "CIN délivrée le 12.03.2019 sous le n° BK123456"
    assert _texts(find_national_ids(text, "MA"), text) == ["BK123456"]


@pytest.mark.parametrize("text", [
    "التقى محمـد المنصـوري أمس",     # kashida stretching letters (justified text)
    "مـحـمـد الـمـنـصـوري في الميناء",
])
def test_arabic_names_stretched_with_tatweel_are_found(text):
    index = NameIndex()
    index.add("p", "Person", "محمد المنصوري")
    assert [h.text for h in index.find(text)] != []


def test_heldout_set_meets_the_recall_targets():
    """The held-out set (written apart from the detectors) keeps its measured quality."""
    from .benchmarks.bench_redaction import TARGET, evaluate, load

    gold, found, _detected, _correct, misses = evaluate(load("heldout"), known_names=True)
    # Accounts, addresses and plates came after this set was written: it has none.
    for kind, target in TARGET.items():
        g = sum(n for (k, _), n in gold.items() if k == kind)
        f = sum(n for (k, _), n in found.items() if k == kind)
        assert g or kind in ("account", "address", "plate"), kind
        assert not g or f / g >= target, (kind, f, g, [m for m in misses if kind in m])


# --- the plan --------------------------------------------------------------------------------


@pytest.fixture
def ws(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    ws.partner_add(BKA, "DE", Agreement("AMBER", ("H0", "H1")))
    yield ws
    ws.close()


def _share(ws, profile="pseudonymise"):
    return ws.prepare_share([rid("narrative_de"), rid("narrative_bg")], BKA, profile)


def _dump(export) -> str:
    parts = [r.title + "\n" + r.narrative for r in export.records]
    parts += [json.dumps({k: [v.raw for v in vs] for k, vs in e.properties.items()},
                         ensure_ascii=False) for e in export.entities]
    parts += [json.dumps(link.properties, ensure_ascii=False) for link in export.links]
    return "\n".join(parts)


def test_pseudonyms_are_consistent_across_records_spellings_and_entities(ws):
    plan = _share(ws)
    export = plan.build()
    de, bg = export.records
    assert de.narrative.startswith("Am 03.03.2025 traf [PERSON-1] (geb. █████) die "
                                   "[PERSON-2]. [PERSON-1] nutzt [PHONE-1] und [EMAIL-1]; "
                                   "Konto [IBAN-1]. [PERSON-1] fuhr weg.")
    assert de.title == "Treffen [PERSON-1] / [PERSON-2]"
    assert bg.narrative == "[PERSON-1] се обади от [PHONE-1] на IP [IP-1]."
    petrov = next(e for e in export.entities if "[PERSON-1]" in
                  [v.raw for v in e.properties.get("name", [])])
    props = {k: [v.raw for v in vs] for k, vs in petrov.properties.items()}
    assert props["phone"] == ["[PHONE-1]"] and props["email"] == ["[EMAIL-1]"]
    assert props["birthDate"] == ["█████"]
    assert props["notes"] == ["Brother of [PERSON-2], mobile [PHONE-1]"]
    assert "sourceName" not in props
    assert export.links[0].properties["description"] == ["[PERSON-1] meets [PERSON-2]"]
    text = _dump(export)
    for secret in (PETROV, PETROV_CYRILLIC, NOVAK, "23456789", "petrov@example.org",
                   "DE89", "192.0.2.44", "12.05.1980", "1980-05-12", "CHIS-17"):
        assert secret not in text


def test_stored_records_are_never_changed(ws):
    tables = ("records", "entity_values", "links", "attachments")
    before = {t: ws.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    plan = _share(ws, "remove")
    plan.build()
    after = {t: ws.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    assert before == after
    assert plan.source.records[0].narrative.count(PETROV) == 2  # the originals, untouched


def test_operators_mask_and_remove(ws):
    masked = _share(ws, "mask").build()
    assert masked.records[1].narrative == "█████ се обади от █████ на IP █████."
    removed = _share(ws, "remove").build()
    assert removed.records[1].narrative == "се обади от на IP."
    petrov = removed.entities[0]
    assert "name" not in petrov.properties and "phone" not in petrov.properties


def test_reject_keeps_the_value_everywhere_and_manual_spans_go_everywhere(ws):
    plan = _share(ws)
    ip = next(d for d in plan.detections if d.kind == "ip")
    plan.reject(ip.id)
    assert "192.0.2.44" in plan.build().records[1].narrative
    plan.accept(ip.id)
    assert "192.0.2.44" not in plan.build().records[1].narrative
    unit = f"record:{rid('narrative_de')}:narrative"
    text = plan.preview()[unit].original
    start = text.index("Konto")
    plan.add_manual(unit, start, start + len("Konto"))
    export = plan.build()
    assert "Konto" not in export.records[0].narrative
    with pytest.raises(PolicyError):
        plan.add_manual(unit, 5, 10_000)


def test_preview_is_what_leaves(ws):
    plan = _share(ws)
    preview = plan.preview_record(rid("narrative_bg"))
    narrative = next(p for p in preview if p.field == "narrative")
    assert narrative.redacted == plan.build().records[1].narrative
    assert [r.kind for r in narrative.replacements] == ["person", "phone", "ip"]
    assert {d.kind for d in plan.detections_of(rid("narrative_bg"))} >= {"person", "phone"}


def test_saved_profiles_live_in_the_database(ws):
    ws.save_redaction_profile(RedactionProfile("names only", {"person": "mask", "phone": "keep",
                                                              "email": "keep", "iban": "keep",
                                                              "ip": "keep", "dob": "keep"},
                                               mask="[REDACTED]"))
    profile = ws.redaction_profile("NAMES ONLY")
    assert profile.operator("person") == "mask" and profile.mask == "[REDACTED]"
    export = _share(ws, "names only").build()
    assert export.records[1].narrative == "[REDACTED] се обади от +49 151 2345 6789 на IP " \
                                          "192.0.2.44."
    assert "redaction.profile" in [e.action for e in ws.audit_entries()]
    with pytest.raises(PolicyError, match="operator"):
        ws.save_redaction_profile(RedactionProfile("bad", {"person": "shred"}))
    with pytest.raises(PolicyError, match="no redaction profile"):
        ws.redaction_profile("missing")


def test_attachments_dropped_unless_images_are_kept_then_without_metadata(ws):
    assert _share(ws).build().attachments() == []
    ws.save_redaction_profile(RedactionProfile("with images", dict(
        ws.redaction_profile("pseudonymise").operators), keep_images=True))
    kept = _share(ws, "with images").build().attachments()
    assert len(kept) == 1
    image = kept[0]
    assert image.media_type == "image/png" and "petrov" not in image.name.lower()
    assert b"SecretCam" not in image.data and b"Informant" not in image.data
    from PIL import Image

    with Image.open(io.BytesIO(image.data)) as img:
        assert img.size == (8, 8) and not img.getexif()
