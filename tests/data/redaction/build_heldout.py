"""Builds heldout.jsonl: a held-out labelled set for the redaction detectors.

``labelled.jsonl`` was written alongside the detectors, so its recall proves little. This
set was written afterwards by someone who had not read the detectors' code, in the way case
narratives are really typed: phones in every local habit (slashes, dots, brackets, ``(0)``,
``00`` prefixes, Arabic-Indic digits), IBANs grouped or not, IDs with their national
punctuation (``12.345.678-Z``), names of known people in other scripts, other
transliterations, upper-case surname-first, and inflected (Polish genitive, Russian
accusative). Decoys (dates, amounts, case and invoice numbers, postcodes) must stay.

Run once (``python tests/data/redaction/build_heldout.py``); the output is committed and
``python -m tests.benchmarks.run redaction`` reads it beside ``labelled.jsonl``. Markup in
the texts below: ``[[kind:text]]`` labels a span. Every phone is checked valid by
``phonenumbers`` for the record's country, every IBAN/ID carries a valid checksum computed
here, so a miss is the detector's, not the set's. Same line format as labelled.jsonl::

    {"id", "language", "country", "text", "entities": [{"schema", "name", "birthDate"?}],
     "spans": [{"start", "end", "kind", "text"}]}
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import phonenumbers
import schwifty
from stdnum import luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.pl import pesel
from stdnum.ru import inn

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")


# --- valid synthetic values -----------------------------------------------------------------

def iban(country: str, bban: str, group: int = 4) -> str:
    """An IBAN with correct check digits; ``group`` 0 writes it without spaces."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(digits) % 97:02d}{bban}"
    return " ".join(value[i:i + group] for i in range(0, len(value), group)) if group else value


def pesel_(body: str) -> str:
    return body + pesel.calc_check_digit(body)


def dni_(body: str, style: str = "plain") -> str:
    letter = dni.calc_check_digit(body)
    if style == "dots":
        return f"{body[:2]}.{body[2:5]}.{body[5:]}-{letter}"
    return body + letter


def nie_(body: str) -> str:
    return body + nie.calc_check_digit(body)


def nir_(body: str) -> str:
    key = nir.calc_check_digits(body)
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"


def idnr_(body: str) -> str:
    for d in "0123456789":
        if idnr.is_valid(body + d):
            value = body + d
            return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
    raise ValueError(body)


def inn12(body: str) -> str:
    return body + inn.calc_personal_check_digits(body)


def luhn_(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def emirates_id(body: str) -> str:
    value = luhn_(body)
    return f"{value[:3]}-{value[3:7]}-{value[7:14]}-{value[14]}"


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc(seed: str, version: bytes = b"\x00") -> str:
    payload = version + hashlib.sha256(seed.encode()).digest()[:20]
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(data, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def eth(seed: str) -> str:
    return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

P, C = "Person", "Company"

# (id, language, country, entities [(schema, name, birthDate?)], text)
TEXTS: list[tuple[str, str, str, list[tuple], str]] = [
    # --- English ------------------------------------------------------------------------
    ("h-en-01", "en", "GB", [(P, "Marcus Pellingham", "1983-04-17")],
     "At approx. 22:40 hrs on 03/03/2025 [[person:Marcus Pellingham]] (DOB [[dob:17.04.1983]]) "
     "rang [[phone:07912 482913]] and then a landline, [[phone:(020) 7946 0018]]. "
     "Custody ref 44/1187/25."),
    ("h-en-02", "en", "GB", [(P, "Aisha Bello"), (C, "Brightwater Trading Ltd")],
     "[[person:BELLO, Aisha]] is listed as a director of [[organization:BRIGHTWATER TRADING LTD]]; "
     "e-mail [[email:AISHA.BELLO@GMAIL.COM]], alt. [[email:aisha.bello+shop@outlook.co.uk]]. "
     "Invoice INV-2024-00931 for £12,450.00."),
    ("h-en-03", "en", "GB", [(P, "Viktor Horvath"), (C, "Brightwater Trading Ltd")],
     "Funds left [[organization:Brightwater Trading]] for an account held by "
     "[[person:Viktor Horváth]] - IBAN [[iban:" + iban("HU", "117730161111101800000000", 0)
     + "]] - and [[person:Horvath]] confirmed receipt by text from [[phone:+36 30 918 2245]]."),
    ("h-en-04", "en", "GB", [(P, "Oleksandr Tkachenko", "1990-11-02")],
     "Informant states that [[person:Олександр Ткаченко]], b. [[dob:2 Nov 1990]], "
     "now uses the number [[phone:+380 67 412 8830]] and the e-mail "
     "[[email:o.tkachenko@ukr.net]]. Vehicle VRM LK19 XEH seen at postcode M1 2AB."),
    ("h-en-05", "en", "GB", [(P, "Daniel Okafor")],
     "Subject [[person:OKAFOR Daniel]] - NINO [[national_id:NH 48 21 93 C]] - passport "
     "[[passport:502135326]]. Mobile [[phone:+44 (0) 7828 900 461]]. Last seen 14/02/2025."),
    ("h-en-06", "en", "GB", [(P, "Chloe Andersson")],
     "Logins to the account of [[person:Chloe Andersson]] came from [[ip:203.0.113.77]] and "
     "[[ip:2001:db8:85a3::8a2e:370:7334]]; she paid [[crypto:" + btc("heldout-en-6")
     + "]] 0.42 BTC. Ticket #118-552."),
    ("h-en-07", "en", "IE", [(P, "Sean Gallagher"), (P, "Marcus Pellingham")],
     "Gardaí report [[person:Seán Gallagher]] phoned [[person:PELLINGHAM]] from "
     "[[phone:087 319 4471]] and from a Dublin landline [[phone:+353 1 678 2290]] "
     "on 12 January; Garda PULSE 20250112-0044."),
    ("h-en-08", "en", "GB", [(P, "Aisha Bello"), (P, "Daniel Okafor")],
     "Ms [[person:Bello]] sent GBP 3,000 to Mr [[person:Daniel Okafor]] from sort code/"
     "account 20-45-77 43218765 (IBAN [[iban:" + iban("GB", "BARC20457743218765")
     + "]]); contact [[email:d_okafor1979@yahoo.com]]."),
    # --- French -------------------------------------------------------------------------
    ("h-fr-01", "fr", "FR", [(P, "Jean-Baptiste Moreau", "1976-08-09")],
     "Le nommé [[person:MOREAU Jean-Baptiste]], né le [[dob:09/08/1976]] à Marseille, "
     "joignable au [[phone:06.45.82.19.73]] ou au [[phone:04 91 55 20 87]], "
     "NIR [[national_id:" + nir_("1760813055123") + "]]. PV n° 2025/00412."),
    ("h-fr-02", "fr", "FR", [(P, "Karim Haddad"), (C, "Société Transmar SARL")],
     "Gérant de la société [[organization:Transmar]], [[person:Karim HADDAD]] dispose du "
     "compte [[iban:" + iban("FR", "30004000031234567890143") + "]] "
     "et de la ligne [[phone:+33 (0)6 12 78 45 90]]. Montant saisi : 48 300 €."),
    ("h-fr-03", "fr", "FR", [(P, "Élodie Faure")],
     "Mme [[person:Elodie FAURE]] (passeport [[passport:18AV52741]]) écrit depuis "
     "[[email:elodie.faure@orange.fr]] et [[email:e.faure75@laposte.net]] ; "
     "rendez-vous le 14/03 à 10h30, 12 rue des Lilas, 75011 Paris."),
    ("h-fr-04", "fr", "FR", [(P, "Sergei Ivanov"), (P, "Karim Haddad")],
     "[[person:Sergueï Ivanov]] aurait appelé [[person:Haddad]] au [[phone:07 81 22 45 90]] "
     "puis depuis un numéro russe [[phone:+7 916 238-41-07]]. Scellé n° 7."),
    ("h-fr-05", "fr", "BE", [(P, "Nadia Lambert", "1988-02-29")],
     "Selon la police fédérale, [[person:Nadia Lambert]] (née le [[dob:29 février 1988]]) "
     "utilise le GSM [[phone:0470/38.61.25]] et le compte [[iban:"
     + iban("BE", "539007547034") + "]]."),
    ("h-fr-06", "fr", "FR", [(P, "Jean-Baptiste Moreau"), (P, "Élodie Faure")],
     "Les adresses IP [[ip:198.51.100.23]] et [[ip:192.0.2.146]] sont rattachées à "
     "[[person:J.-B. Moreau]] ; [[person:Faure]] a payé en ether à [[crypto:"
     + eth("heldout-fr-6") + "]]. Réquisition 25-118."),
    ("h-fr-07", "fr", "MA", [(P, "Youssef El Amrani")],
     "Le suspect [[person:Youssef EL AMRANI]], CIN [[national_id:BE 812345]], contacté au "
     "[[phone:+212 6 61 48 27 93]] et via [[email:y.elamrani@menara.ma]], a reçu 15 000 MAD."),
    ("h-fr-08", "fr", "FR", [(P, "Karim Haddad", "1981-05-30")],
     "Audition de M. [[person:HADDAD Karim]] né le [[dob:30.05.1981]] : il déclare que son "
     "numéro est le [[phone:0612784590]] et conteste le virement du 02/02/2025."),
    # --- German -------------------------------------------------------------------------
    ("h-de-01", "de", "DE", [(P, "Jürgen Schäfer", "1969-12-01")],
     "Der Beschuldigte [[person:SCHÄFER, Jürgen]], geb. [[dob:01.12.1969]], ist unter "
     "[[phone:0170/482 91 37]] und [[phone:+49 (0)30 4471 2290]] erreichbar. "
     "Az. 231 Js 4471/24."),
    ("h-de-02", "de", "DE", [(P, "Jürgen Schäfer"), (C, "Rheinland Spedition GmbH")],
     "Zahlungen der [[organization:Rheinland Spedition GmbH]] gingen auf das Konto von "
     "[[person:Juergen Schaefer]], IBAN [[iban:" + iban("DE", "370400440532013000") + "]], "
     "insgesamt 87.450,00 EUR."),
    ("h-de-03", "de", "DE", [(P, "Aleksandr Kuznetsov")],
     "Laut Hinweis telefonierte [[person:Alexander Kusnezow]] mehrfach mit "
     "[[phone:0151-28374619]]; seine Steuer-ID lautet [[national_id:"
     + idnr_("5762714930") + "]], Reisepass-Nr. [[passport:C4J7R2K91]]."),
    ("h-de-04", "de", "DE", [(P, "Mehmet Yılmaz")],
     "Herr [[person:Mehmet Yilmaz]] nutzt die Adresse [[email:mehmet.yilmaz@web.de]] sowie "
     "[[email:M.Yilmaz@gmx.net]]; Festnetz [[phone:(0221) 4711-23]]. PLZ 50667 Köln."),
    ("h-de-05", "de", "AT", [(P, "Katharina Brunner")],
     "Die österreichischen Kollegen melden: [[person:Katharina Brunner]] ist unter "
     "[[phone:0664/831 27 44]] erreichbar, Konto [[iban:" + iban("AT", "1904300234573201")
     + "]]. GZ 12 St 55/25i."),
    ("h-de-06", "de", "DE", [(P, "Jürgen Schäfer"), (P, "Mehmet Yılmaz")],
     "[[person:Schäfer]] übergab [[person:Yılmaz]] einen USB-Stick; Zugriffe erfolgten von "
     "[[ip:198.51.100.201]]. Bitcoin-Adresse: [[crypto:" + btc("heldout-de-6", b"\x05")
     + "]]. Lichtbildmappe Blatt 14."),
    ("h-de-07", "de", "DE", [(P, "Aleksandr Kuznetsov"), (P, "Jürgen Schäfer")],
     "Im Chat schrieb [[person:Kusnezow]] an [[person:J. Schäfer]]: „ruf mich unter "
     "[[phone:0049 176 38291045]] an“. Ausdruck vom 05.02.2025, 14:12 Uhr."),
    ("h-de-08", "de", "CH", [(P, "Luca Bernasconi")],
     "Die Schweizer Behörden übermitteln: [[person:Luca Bernasconi]], Tel. "
     "[[phone:+41 79 382 41 07]], Konto [[iban:" + iban("CH", "04835099900000001", 4)
     + "]], E-Mail [[email:luca.bernasconi@bluewin.ch]]."),
    # --- Spanish ------------------------------------------------------------------------
    ("h-es-01", "es", "ES", [(P, "José Luis Fernández García", "1979-07-21")],
     "El investigado [[person:Jose Luis FERNANDEZ GARCIA]], con DNI [[national_id:"
     + dni_("48273915", "dots") + "]] y nacido el [[dob:21/07/1979]], usa el móvil "
     "[[phone:612 84 37 90]]. Diligencias 318/2025."),
    ("h-es-02", "es", "ES", [(P, "María del Carmen Ruiz"), (C, "Inversiones Costa Brava S.L.")],
     "[[person:María del Carmen Ruiz]], administradora de [[organization:Inversiones Costa "
     "Brava]], recibió 62.000 € en la cuenta [[iban:" + iban("ES", "21000418450200051332")
     + "]]; teléfono fijo [[phone:91 447 28 63]]."),
    ("h-es-03", "es", "ES", [(P, "Nikolai Petrov")],
     "[[person:Nikolái Petrov]], con NIE [[national_id:" + nie_("X4829173") + "]], "
     "contactaba desde el [[phone:+34 699 381 274]] y el [[phone:0034-655-204-718]]; "
     "pasaporte ruso [[passport:72 4815937]]."),
    ("h-es-04", "es", "ES", [(P, "Lucía Ortega")],
     "Correo de [[person:Lucía Ortega]]: [[email:lucia.ortega.77@hotmail.es]]; "
     "conexiones desde [[ip:192.0.2.58]]. Pagó en bitcoin a [[crypto:" + btc("heldout-es-4")
     + "]]. Atestado n.º 1.245/25."),
    ("h-es-05", "es", "MX", [(P, "Ricardo Salinas Vega")],
     "Según la FGR, [[person:Ricardo SALINAS VEGA]] usa el número [[phone:+52 55 3821 4907]] "
     "y el correo [[email:rsalinas@prodigy.net.mx]]; CURP no disponible."),
    ("h-es-06", "es", "ES", [(P, "José Luis Fernández García"), (P, "Lucía Ortega")],
     "[[person:Fernández]] llamó a [[person:Ortega]] al [[phone:(+34) 699 12 40 83]] el "
     "día 4 de marzo a las 23:15; la llamada duró 312 segundos."),
    ("h-es-07", "es", "ES", [(P, "Nikolai Petrov", "1985-03-14")],
     "El ciudadano [[person:PETROV, Nikolai]] (f. nac. [[dob:14-03-1985]]) figura con el "
     "pasaporte [[passport:PAE284716]] y la cuenta [[iban:" + iban("ES", "00491500051234567892", 0)
     + "]]."),
    ("h-es-08", "es", "ES", [(P, "María del Carmen Ruiz")],
     "La Sra. [[person:Ruiz]] facilitó el móvil [[phone:655204718]] y el correo "
     "[[email:mcarmen.ruiz@gmail.com]]; código postal 28013, expediente 2025-0071."),
    # --- Polish -------------------------------------------------------------------------
    ("h-pl-01", "pl", "PL", [(P, "Łukasz Wróbel", "1992-06-15")],
     "Podejrzany [[person:Łukasz Wróbel]], PESEL [[national_id:" + pesel_("9206150482")
     + "]], ur. [[dob:15.06.1992]], tel. kom. [[phone:601 482 937]]. Sygn. akt II K 118/25."),
    ("h-pl-02", "pl", "PL", [(P, "Łukasz Wróbel"), (P, "Agnieszka Nowak-Kowalska")],
     "Według świadka [[person:Agnieszka Nowak-Kowalska]] przekazała pieniądze do "
     "[[person:Łukasza Wróbla]] na konto [[iban:" + iban("PL", "109010140000071219812874")
     + "]]. Kwota 24 500 zł."),
    ("h-pl-03", "pl", "PL", [(P, "Andriy Melnyk")],
     "Obywatel Ukrainy [[person:Andrij Melnyk]] posługiwał się numerem [[phone:+48 512-384-906]] "
     "oraz ukraińskim [[phone:+380 50 418 27 63]]; paszport [[passport:FX482731]]."),
    ("h-pl-04", "pl", "PL", [(P, "Agnieszka Nowak-Kowalska"), (C, "Trans-Pol Sp. z o.o.")],
     "Prezes [[organization:Trans-Pol Sp. z o.o.]] [[person:NOWAK-KOWALSKA Agnieszka]] "
     "podała e-mail [[email:a.nowak-kowalska@wp.pl]] i telefon stacjonarny "
     "[[phone:(22) 628 41 90]]. Faktura nr 118/03/2025."),
    ("h-pl-05", "pl", "PL", [(P, "Łukasz Wróbel")],
     "Logowania na konto [[person:Lukasz Wrobel]] odnotowano z adresu [[ip:203.0.113.12]]; "
     "kontakt [[email:lukasz.wrobel92@o2.pl]], nr [[phone:0048 698 204 117]]."),
    ("h-pl-06", "pl", "PL", [(P, "Tomasz Zieliński", "1974-10-03")],
     "Zatrzymany [[person:Tomasz Zieliński]] (ur. [[dob:3 października 1974]]) ma przy sobie "
     "telefon o numerze [[phone:798204117]]; PESEL [[national_id:" + pesel_("7410030715")
     + "]]. Dowód osobisty [[national_id:AXB 482917]]."),
    ("h-pl-07", "pl", "PL", [(P, "Andriy Melnyk"), (P, "Tomasz Zieliński")],
     "[[person:Melnyk]] spotkał się z [[person:Zielińskim]] 12.02.2025 o godz. 18:40; "
     "zapłata w kryptowalucie na adres [[crypto:" + eth("heldout-pl-7") + "]]."),
    ("h-pl-08", "pl", "PL", [(P, "Tomasz Zieliński")],
     "Pan [[person:Tomasz ZIELINSKI]] wskazał rachunek [[iban:"
     + iban("PL", "114020040000310276647812") + "]] i tel. [[phone:+48 (22) 311-47-05]]."),
    # --- Russian ------------------------------------------------------------------------
    ("h-ru-01", "ru", "RU", [(P, "Dmitry Sokolov", "1987-09-23")],
     "Гражданин [[person:Дмитрий Соколов]], [[dob:23.09.1987]] г.р., пользуется номером "
     "[[phone:8 (916) 382-41-07]]; ИНН [[national_id:" + inn12("7707083891") + "]]. "
     "Уголовное дело № 12501450001000118."),
    ("h-ru-02", "ru", "RU", [(P, "Dmitry Sokolov"), (P, "Anna Kuznetsova")],
     "[[person:Анна Кузнецова]] перевела деньги [[person:Дмитрию Соколову]] по номеру "
     "[[phone:+7 926 204-71-18]]; сумма 350 000 руб."),
    ("h-ru-03", "ru", "RU", [(P, "John Miller")],
     "Британский гражданин [[person:Джон Миллер]] связывался с фигурантами с адреса "
     "[[email:j.miller.uk@protonmail.com]] и номера [[phone:+44 7723 482913]]."),
    ("h-ru-04", "ru", "RU", [(P, "Anna Kuznetsova", "1991-01-05")],
     "[[person:КУЗНЕЦОВА Анна]], дата рождения [[dob:05.01.1991]], паспорт "
     "[[national_id:45 06 381274]], тел. [[phone:89163820417]], почта [[email:anna.k91@mail.ru]]."),
    ("h-ru-05", "ru", "RU", [(C, "Vostok-Trans LLC"), (P, "Dmitry Sokolov")],
     "[[organization:ООО «Восток-Транс»]] перечислило средства на счёт [[iban:"
     + iban("CY", "002001280000001200527600") + "]]; директор [[person:Соколов Д.]]"),
    ("h-ru-06", "ru", "RU", [(P, "Anna Kuznetsova"), (P, "John Miller")],
     "Вход в аккаунт [[person:Кузнецовой]] выполнен с IP [[ip:198.51.100.77]]; оплата "
     "[[person:Миллеру]] в биткоинах на [[crypto:" + btc("heldout-ru-6") + "]]."),
    ("h-ru-07", "ru", "RU", [(P, "Igor Belov")],
     "Оперативные данные: [[person:Игорь Белов]], тел. [[phone:+7(495)382-41-07]] и "
     "[[phone:8-903-204-7118]], проживает по адресу: г. Москва, ул. Ленина, д. 14, кв. 88."),
    ("h-ru-08", "ru", "RU", [(P, "Igor Belov"), (P, "Dmitry Sokolov")],
     "[[person:Белов И.В.]] и [[person:Соколов]] встречались 14.02.2025; у [[person:Белова]] "
     "изъят телефон с номером [[phone:+7 903 418 27 63]]."),
    # --- Arabic -------------------------------------------------------------------------
    ("h-ar-01", "ar", "MA", [(P, "Youssef El Amrani", "1984-03-12")],
     "المشتبه به [[person:يوسف العمراني]]، المزداد بتاريخ [[dob:12/03/1984]]، يستعمل الرقم "
     "[[phone:0661-482937]] والبريد [[email:youssef.amrani84@gmail.com]]."),
    ("h-ar-02", "ar", "MA", [(P, "Youssef El Amrani"), (P, "Fatima Zahra Bennani")],
     "حولت [[person:فاطمة الزهراء بناني]] مبلغ 40000 درهم إلى [[person:العمراني]] على الرقم "
     "[[phone:" + "0661482937".translate(AR_DIGITS) + "]]."),
    ("h-ar-03", "ar", "SA", [(P, "Khalid Al-Mansouri")],
     "يملك [[person:خالد المنصوري]] الحساب [[iban:" + iban("SA", "80000000608010167519")
     + "]] ورقم الجوال [[phone:+966 50 382 4107]]، رقم الهوية الوطنية [[national_id:"
     + luhn_("108294716") + "]]."),
    ("h-ar-04", "ar", "AE", [(P, "Khalid Al-Mansouri"), (C, "Gulf Horizon Trading LLC")],
     "شركة [[organization:Gulf Horizon Trading]] دفعت إلى [[person:Khalid Al Mansouri]] "
     "عبر الحساب [[iban:" + iban("AE", "0331234567890123456") + "]]؛ هاتف "
     "[[phone:050 418 2763]]، الهوية [[national_id:" + emirates_id("78419854829173") + "]]."),
    ("h-ar-05", "ar", "EG", [(P, "Omar Farouk")],
     "أفاد المصدر بأن [[person:عمر فاروق]] يتواصل عبر الرقم [[phone:+20 10 3824 1907]] "
     "و[[phone:01118204711]]، ويستخدم العنوان [[ip:192.0.2.201]]."),
    ("h-ar-06", "ar", "MA", [(P, "Fatima Zahra Bennani", "1990-07-19")],
     "السيدة [[person:Fatima-Zahra BENNANI]] المزدادة في [[dob:19 يوليوز 1990]]، رقم "
     "البطاقة الوطنية [[national_id:BK 284716]]، الهاتف [[phone:+212 5 22 38 41 07]]."),
    ("h-ar-07", "ar", "SA", [(P, "Omar Farouk"), (P, "Khalid Al-Mansouri")],
     "اتصل [[person:فاروق]] بـ[[person:المنصوري]] من الرقم [[phone:"
     + "0503824107".translate(AR_DIGITS) + "]] ودفع بعملة البيتكوين إلى "
     "[[crypto:" + btc("heldout-ar-7") + "]]."),
    ("h-ar-08", "ar", "MA", [(P, "Youssef El Amrani")],
     "جواز سفر [[person:يوسف العمراني]] رقمه [[passport:TK4829173]]، وبريده "
     "[[email:y.elamrani@menara.ma]]، القضية رقم 2025/118."),
]


def build_line(ident: str, language: str, country: str, entities: list[tuple],
               marked: str) -> dict:
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        kind, value = m.group(1), m.group(2)
        spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind,
                      "text": value})
        text += value
        pos = m.end()
    text += marked[pos:]
    for span in spans:
        if span["kind"] == "iban":
            schwifty.IBAN(span["text"])  # raises on a wrong length or checksum
        if span["kind"] == "phone":
            number = phonenumbers.parse(span["text"], country)
            assert phonenumbers.is_valid_number(number), (ident, span["text"])
    ents = []
    for entity in entities:
        item = {"schema": entity[0], "name": entity[1]}
        if len(entity) > 2:
            item["birthDate"] = entity[2]
        ents.append(item)
    return {"id": ident, "language": language, "country": country, "text": text,
            "entities": ents, "spans": spans}


def main() -> None:
    lines = [build_line(*t) for t in TEXTS]
    out = HERE / "heldout.jsonl"
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                   encoding="utf-8")
    total = sum(len(line["spans"]) for line in lines)
    print(f"{len(lines)} texts, {total} spans -> {out}")


if __name__ == "__main__":
    main()
