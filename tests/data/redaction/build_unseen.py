"""Builds unseen.jsonl: a frozen evaluation set for the redaction detectors.

Written on 2026-12-07 apart from the detectors, by someone who had not read their code, their
other labelled sets or their benchmark. The texts imitate what analysts really paste into a
sharing request (case narratives, intercept summaries, surveillance logs, witness statements,
typed notes) in eight languages, each in its own script. None of the people named here is known
to the workspace, so the records carry no entity list: a detector has to find every name from
the text alone. About a third of the records have no country, so a detector must take the
region for national phone numbers from the language or from the sending agency.

Markup in the texts below: ``[[kind:text]]`` labels a span (``text`` may hold a line break).
Every value is checked here at build time: phones parse as valid numbers with ``phonenumbers``
for a plausible region, IBANs carry valid ISO 7064 check digits, domestic account numbers and
national IDs carry valid national checksums (computed below, never copied), so a miss or a
false positive is the detector's, not the set's.

Run: ``python tests/data/redaction/build_unseen.py``. It writes ``unseen.jsonl`` and
``unseen.sha256``. The set is frozen: do not edit it to suit the detectors (see UNSEEN.md).

Line format::

    {"id", "language", "country" (ISO alpha-2 or null), "agency_country",
     "text", "spans": [{"start", "end", "kind", "text"}]}
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import phonenumbers
import schwifty
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.de import idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.gr import vat as gr_afm
from stdnum.pl import pesel
from stdnum.ru import inn

DATA_DIR = Path(__file__).resolve().parent
MARKUP = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)

LANGUAGES = ("en", "fr", "de", "es", "pl", "ru", "el", "ar")
KINDS = ("person", "phone", "email", "iban", "account", "passport", "national_id", "dob",
         "address", "plate")
# The country a language is mostly written in, one of the regions a phone may belong to.
LANG_REGION = {"en": "GB", "fr": "FR", "de": "DE", "es": "ES", "pl": "PL", "ru": "RU",
               "el": "GR", "ar": "EG"}

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ai(value: str) -> str:
    """Write ``value`` with Arabic-Indic digits."""
    return value.translate(ARABIC_INDIC)


def fa(value: str) -> str:
    """Write ``value`` with Persian (Eastern Arabic-Indic) digits."""
    return value.translate(PERSIAN)


# --- synthetic values with valid checksums ------------------------------------------------

def iban_full(country: str, bban: str) -> str:
    """Compact upper-case IBAN for ``bban`` with its ISO 7064 mod 97-10 check digits."""
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country).upper() + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def spaced4(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def cut(value: str, *sizes: int, sep: str = " ") -> str:
    """Split ``value`` into groups of the given sizes (the rest forms the last group)."""
    parts, pos = [], 0
    for size in sizes:
        parts.append(value[pos:pos + size])
        pos += size
    if pos < len(value):
        parts.append(value[pos:])
    return sep.join(parts)


def be_bban(bank: str, account: str) -> str:
    check = int(bank + account) % 97 or 97
    return f"{bank}{account}{check:02d}"


def nl_bban(bank: str, account9: str) -> str:
    """Dutch BBAN whose 10-digit account number passes the 11-test."""
    for last in "0123456789":
        digits = account9 + last
        if sum(int(d) * (10 - i) for i, d in enumerate(digits)) % 11 == 0:
            return bank + digits
    raise ValueError(account9)


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
            25, 24, 23]


def it_bban(abi: str, cab: str, conto: str) -> str:
    """Italian BBAN with its CIN control letter."""
    body, total = abi + cab + conto, 0
    for i, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CIN_ODD[value] if i % 2 == 0 else value
    return chr(65 + total % 26) + body


_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = int(account.upper().translate(_RIB_LETTERS))
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97:02d}"


def rib(bank: str, branch: str, account: str, sep: str = " ") -> str:
    return sep.join((bank, branch, account, rib_key(bank, branch, account)))


def fr_bban(bank: str, branch: str, account: str) -> str:
    return bank + branch + account + rib_key(bank, branch, account)


def ccc_of(bank: str, office: str, account: str) -> str:
    """Spanish CCC (20 digits) with its two control digits."""
    digits = es_ccc.calc_check_digits(bank + office + "00" + account)
    return bank + office + digits + account


def nrb_of(bank: str, account16: str) -> str:
    """Polish NRB (26 digits): the PL IBAN without its country code."""
    return iban_full("PL", bank + account16)[2:]


def nrb_grouped(value: str) -> str:
    return cut(value, 2, 4, 4, 4, 4, 4)


DE_ACCOUNTS: set[tuple[str, str]] = set()


def de_iban(blz: str, konto: str) -> str:
    """DE IBAN for BLZ + Konto; the pair is remembered so domestic spans can be checked."""
    DE_ACCOUNTS.add((blz, konto))
    return iban_full("DE", blz + konto)


def pesel_of(body10: str) -> str:
    return body10 + pesel.calc_check_digit(body10)


def dowod_of(series: str, digits5: str) -> str:
    """Polish identity card number (3 letters + check digit + 5 digits)."""
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    values = [ord(c) - 55 for c in series] + [int(d) for d in digits5]
    return f"{series}{sum(w * v for w, v in zip(weights, values, strict=True)) % 10}{digits5}"


def dowod_ok(value: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}\d{6}", value)) and dowod_of(value[:3], value[4:]) == value


def dni_of(body8: str, dotted: bool = False) -> str:
    letter = dni.calc_check_digit(body8)
    return f"{body8[:2]}.{body8[2:5]}.{body8[5:]}-{letter}" if dotted else body8 + letter


def nie_of(body8: str) -> str:
    return body8 + nie.calc_check_digit(body8)


def nir_of(body13: str, spaced: bool = True) -> str:
    key = nir.calc_check_digits(body13)
    if not spaced:
        return body13 + key
    return cut(body13 + key, 1, 2, 2, 2, 3, 3)


def steuer_id(body10: str) -> str:
    for last in "0123456789":
        if idnr.is_valid(body10 + last):
            return cut(body10 + last, 2, 3, 3)
    raise ValueError(body10)


def inn_of(body10: str) -> str:
    return body10 + inn.calc_personal_check_digits(body10)


def snils_check(digits9: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits9))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_of(digits9: str) -> str:
    return f"{digits9[:3]}-{digits9[3:6]}-{digits9[6:]} {snils_check(digits9)}"


def snils_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return len(digits) == 11 and snils_check(digits[:9]) == digits[9:]


def afm_of(body8: str) -> str:
    return body8 + gr_afm.calc_check_digit(body8)


def amka_of(body10: str) -> str:
    return body10 + luhn.calc_check_digit(body10)


def eid_of(year: str, serial7: str) -> str:
    """Emirates ID number 784-YYYY-NNNNNNN-C (Luhn)."""
    body = "784" + year + serial7
    return f"784-{year}-{serial7}-{luhn.calc_check_digit(body)}"


def saudi_id(body9: str) -> str:
    return body9 + luhn.calc_check_digit(body9)


def be_national(body9: str) -> str:
    """Belgian national register number YY.MM.DD-SSS.CC (born before 2000)."""
    check = 97 - int(body9) % 97
    return f"{body9[:2]}.{body9[2:4]}.{body9[4:6]}-{body9[6:9]}.{check:02d}"


# --- the values used in the texts -----------------------------------------------------------

GB_A = iban_full("GB", "NWBK60730148219374")
GB_B = iban_full("GB", "BARC20418573029461")
GB_C = iban_full("GB", "HBUK40127731829405")
LT_A = iban_full("LT", "7070000129483716")
LT_B = iban_full("LT", "7300010048271935")
ES_A = iban_full("ES", ccc_of("2085", "0131", "7410293856"))
ES_B = iban_full("ES", ccc_of("0182", "5322", "0201846375"))
ES_C = iban_full("ES", ccc_of("0128", "0045", "0500129834"))
AE_A = iban_full("AE", "0330019283746501928")
AE_B = iban_full("AE", "0260001048273916502")
FR_A = iban_full("FR", fr_bban("10278", "06142", "00020491702"))
FR_B = iban_full("FR", fr_bban("30002", "00487", "0000729183J"))
BE_A = iban_full("BE", be_bban("001", "4827391"))
DE_A = de_iban("37050198", "1048273950")
DE_B = de_iban("10010010", "0482917305")
DE_C = de_iban("50010517", "5407324918")
DE_D = de_iban("70150000", "0829461735")
DE_E = de_iban("20050550", "1238471109")
CH_A = iban_full("CH", "00235000048271905")
IT_A = iban_full("IT", it_bban("03069", "09606", "100000048213"))
NL_A = iban_full("NL", nl_bban("INGB", "000672814"))
NL_B = iban_full("NL", nl_bban("RABO", "031742960"))
PL_A = iban_full("PL", "14701041" + "0000221059374400")
CY_A = iban_full("CY", "00200123" + "0000000357018264")
CY_B = iban_full("CY", "00500107" + "0000000184920377")
GR_A = iban_full("GR", "0110125" + "0000012548201937")
GR_B = iban_full("GR", "0170322" + "0005039184725601")
SA_A = iban_full("SA", "80" + "000482910608019375")

NRB_A = nrb_of("10204144", "0000650219384721")
NRB_B = nrb_of("10501201", "1000009072836519")
NRB_C = nrb_of("11402062", "0000441820375519")
NRB_D = nrb_of("10500288", "5000001743982106")
NRB_E = nrb_of("11402088", "0000520917386400")

CCC_A = ccc_of("2100", "2357", "0200487316")
CCC_B = ccc_of("0081", "0216", "0001846273")
CCC_C = ccc_of("2085", "9263", "0330184726")
CCC_D = ccc_of("2100", "0813", "0201739456")


# (id, language, country or None, agency_country, marked text)
RECORDS: list[tuple[str, str, str | None, str, str]] = [
    # --- English ---------------------------------------------------------------------------
    ("u-en-01", "en", "GB", "GB",
     "Surveillance log, 14:05 hrs: [[person:Gareth Penhaligon]] left "
     "[[address:27 Cavendish Road, Sheffield S11 8XT]] in a grey Audi A4, index "
     "[[plate:YK19 HWD]], and joined the M1 northbound. At 14:52 [[person:Penhaligon]]'s "
     "cousin, [[person:Rhys Adebayo-Clarke]], got into the passenger seat at Woodall services. "
     "Op KESTREL, log sheet 7."),
    ("u-en-02", "en", None, "GB",
     "Intercept summary, product 0412: [[person:Niamh Ferriter]] calls "
     "[[phone:07823 461905]] and asks Terry for 'the usual, same as Friday'. The subscriber is "
     "[[person:FERRITER, Colm]], DOB [[dob:02/11/1984]], of "
     "[[address:Flat 3, 41 Marlowe Street, Glasgow G42 7RD]]."),
    ("u-en-03", "en", "GB", "GB",
     "Witness statement of [[person:Harriet Odell-Marsh]]: 'I saw a man I now know as "
     "[[person:Dominic Sayer]] hand a holdall to a woman in a red coat outside the Co-op on "
     "Bridge Street. Afterwards he rang me twice from [[phone:0113 243\n9986]] asking what I "
     "had seen.' Statement taken 19 March 2025, 16:40."),
    ("u-en-04", "en", "GB", "GB",
     f"SAR ref. 24-118830: [[person:Priya Raghunathan]] received three credits of £9,500 into "
     f"[[iban:{spaced4(GB_A)}]] and moved them the same day to "
     f"[[iban:{spaced4(LT_A).lower()}]]. Her NI number is [[national_id:JT 62 84 17 B]] and "
     f"she holds UK passport [[passport:548213907]]."),
    ("u-en-05", "en", "US", "US",
     "Legat note: subject [[person:Tyrell J. Bancroft]], DOB [[dob:09/23/1988]], registered "
     "the account with [[email:tbancroft88 (at) protonmail (dot) com]] and a Chicago cell, "
     "[[phone:(312) 648-2917]]. CPD incident 25-CH-00812 refers. [[person:Bancroft]] flew "
     "Chicago to Heathrow on May 4."),
    ("u-en-06", "en", None, "IE",
     "Garda report: [[person:Ciarán Ó Dálaigh]] (shown as [[person:O'DALY, Kieran]] on his "
     "UK licence) was stopped at Holyhead driving [[plate:191-D-48213]]. He gave a mobile "
     "number, [[phone:087 614 2398]], and the e-mail [[email:kodaly.1979@gmail.com]]. PULSE "
     "incident 0117/25."),
    ("u-en-07", "en", "GB", "GB",
     "Custody record 06/4471: Mr [[person:Tomasz Wierzbicki]], a Polish national, produced "
     "passport [[passport:EK4827193]] and gave his address as "
     "[[address:112 Northgate Avenue, Bolton BL1 4HS]]. Next of kin contactable on "
     "[[phone:+48 692 418 307]]. Interpreter booked for 10:00."),
    ("u-en-08", "en", "GB", "GB",
     "PNC check on [[person:MCALLISTER, DEAN ROBERT]] returned warnings for violence and "
     "weapons. [[person:McAllister]] is the registered keeper of [[plate:LR68 YZT]] and was "
     "seen driving [[plate:MX15 KPA]], a white Transit, past the ANPR camera at M4 3AQ on "
     "Saturday."),
    ("u-en-09", "en", None, "GB",
     "Text recovered from handset exhibit JB/4: 'ring [[person:Okonkwo]] on "
     "[[phone:07457\n318 624]] not the old one, and tell Dee the van is sorted'. The handset's "
     "user, [[person:Jordan Blessing-Hale]], gave a no comment interview."),
    ("u-en-10", "en", None, "GB",
     f"The seller on the forum listed [[email:d.rourke [at] tutanota [dot] com]] as contact. "
     f"Companies House shows [[person:Declan Rourke]] as director of Northstar Logistics Ltd "
     f"at [[address:9 Wellington Terrace, Bristol BS8 4LE]]. [[person:Rourke]]'s partner, "
     f"[[person:Shannon Pryce]], holds [[iban:{spaced4(GB_B)}]], which received £4,200 on "
     f"2 June."),
    ("u-en-11", "en", "GB", "GB",
     "ANPR alert at Dover Eastern Docks, 03:12: Dutch-registered van [[plate:48-JKV-2]] "
     "driven by [[person:Sander van der Meulen]], Dutch passport [[passport:NW4K81P37]]. "
     "Passenger [[person:Bram Hoekstra]] said they were carrying tulip bulbs for a trader in "
     "Spalding."),
    ("u-en-12", "en", None, "GB",
     f"Translated WhatsApp chat between [[person:Farid Qasmi]] and "
     f"[[person:Youssef El-Amrani]]. [[person:El-Amrani]]: 'send it to my Spanish account "
     f"[[iban:{ES_A.lower()}]] not to the Moroccan one'. [[person:Qasmi]] replies with a "
     f"thumbs-up."),
    ("u-en-13", "en", "GB", "GB",
     "Subject profile. Name: [[person:Leanne Cheryl Whitcombe]]. Date of birth: "
     "[[dob:1991-06-30]]. Address: [[address:56 Sandringham Drive, Leicester LE2 3RW]]. "
     "Mobile: [[phone:+44 7932 118 245]]. E-mail: [[email:LEANNE.WHITCOMBE@HOTMAIL.CO.UK]]. "
     "Nationality: British."),
    ("u-en-14", "en", "GB", "GB",
     "The Hellenic Police liaison officer confirms that [[person:Konstantinos Lymperopoulos]] "
     "(Greek identity card [[national_id:ΑΜ 418273]]) entered the UK through Stansted on "
     "11 March with [[person:Eleni Markou]]. Neither is known to Interpol."),
    ("u-en-15", "en", None, "US",
     f"HSI Miami reports that [[person:Marisol Quintero-Vega]], DOB [[dob:11/04/1979]], wired "
     f"USD 48,000 to [[iban:{spaced4(AE_A)}]] in three tranches. She can be reached on "
     f"[[phone:(305) 794-2281]]. Case no. MI-25-0098."),
    ("u-en-16", "en", "GB", "GB",
     "Officers attended [[address:Flat 12, Orchard House, 3 Kempton Close, Luton LU2 9GH]] "
     "after a call from the neighbour, [[person:Bernadette Nwosu]]. The occupant, "
     "[[person:Kwame ASANTE-BOATENG]], born [[dob:17 February 1995]], NI number "
     "[[national_id:SK 90 31 27 A]], was arrested at 06:05."),
    ("u-en-17", "en", None, "GB",
     "Download of the seized iPhone: contact 'Big Mick' saved as [[phone:0161 832\n7754]]; "
     "contact '[[person:M. Doherty]]' as [[phone:+353 86 402 7719]] with the address "
     "[[email:MDOHERTY @ EIRCOM . NET]]. Last call 23:58 on Tuesday."),
    # --- French ----------------------------------------------------------------------------
    ("u-fr-01", "fr", "FR", "FR",
     "Procès-verbal d'audition de Mme [[person:Sandrine Lefebvre-Roux]], née le "
     "[[dob:14 septembre 1983]] à Amiens, demeurant "
     "[[address:8 bis avenue Jean-Jaurès, 69007 Lyon]]. Elle déclare connaître "
     "[[person:Karim Benali]] depuis 2019 et l'avoir vu pour la dernière fois le 2 février."),
    ("u-fr-02", "fr", "FR", "FR",
     "Interception n° 2025/114, ligne [[phone:06 47 82 19 35]] : [[person:BENALI]] demande à "
     "un certain « Momo » de passer chez [[person:J.-L. Carrière]] récupérer « les papiers ». "
     "La Clio utilisée est immatriculée [[plate:GH-472-KT]]."),
    ("u-fr-03", "fr", "FR", "FR",
     f"Réquisition bancaire : le compte de [[person:Thierry Vasseur]] à La Banque Postale, RIB "
     f"[[account:{rib('20041', '01005', '0381742T033')}]], a été crédité de 12 400 € le "
     f"5 janvier. [[person:Vasseur]] a ensuite viré la somme vers "
     f"[[iban:{spaced4(FR_A)}]]."),
    ("u-fr-04", "fr", None, "BE",
     f"La police judiciaire fédérale de Bruxelles signale que [[person:Luc Vandenbroucke]] "
     f"utilise le GSM [[phone:0475 38 21 94]] et l'adresse "
     f"[[email:luc.vdb (at) skynet (point) be]]. Son compte "
     f"[[iban:{spaced4(BE_A).lower()}]] est alimenté par des dépôts en espèces. Dossier "
     f"BR.21.L1.004512/24."),
    ("u-fr-05", "fr", "FR", "FR",
     f"Identité : [[person:DUBOIS-MARTIN Éric]], né le [[dob:1er mars 1979]] à Paris 12e, NIR "
     f"[[national_id:{nir_of('1790375112048')}]], passeport [[passport:17CX48213]]. Signalé "
     f"au FPR depuis le 3 octobre 2024."),
    ("u-fr-06", "fr", "FR", "FR",
     "Filature, 09h40 : [[person:Nadia Ouaddah]] sort du "
     "[[address:45, boulevard de la Libération, 13001 Marseille]] et monte dans une Peugeot "
     "308 grise [[plate:FZ-118-QB]] conduite par [[person:Yanis Ferhat]]. 10h15 : arrivée gare "
     "Saint-Charles, fin de surveillance."),
    ("u-fr-07", "fr", "FR", "FR",
     "Le gérant de la SARL Horizon Négoce, [[person:Aymeric de la Roche-Vernet]], correspond "
     "avec le fournisseur depuis [[email:AYMERIC.DLRV@ORANGE.FR]]. Entendu le 18 avril, "
     "M. [[person:de la Roche-Vernet]] a nié toute livraison en Belgique."),
    ("u-fr-08", "fr", None, "FR",
     "Selon la source, [[person:Mathis Guérin]] a changé de ligne : nouveau numéro "
     "[[phone:07 58 41\n93 26]]. Sa compagne, [[person:Laëtitia PONS]], l'héberge au "
     "[[address:3 impasse des Tilleuls, 59000 Lille]] depuis la Toussaint."),
    ("u-fr-09", "fr", "FR", "FR",
     f"Le compte courant de [[person:Hélène Mercadier]] (RIB "
     f"[[account:{rib('30003', '01890', '00050923817')}]]) a reçu 38 versements en espèces "
     f"inférieurs à 1 000 € entre mars et juin. [[person:Mercadier]] n'a déclaré aucun revenu "
     f"en 2024."),
    ("u-fr-10", "fr", "FR", "FR",
     "Interpellé à Roissy-Charles-de-Gaulle au retour de Tunis, "
     "[[person:Abdelkader Ben Youssef]] avait sur lui deux téléphones ; le premier répond au "
     "[[phone:+216 98 417 382]]. Son frère, [[person:Slim Ben Youssef]], est inconnu des "
     "services."),
    ("u-fr-11", "fr", "FR", "FR",
     "Audition de [[person:Corinne FAUCHER]] : « J'ai prêté ma carte Vitale à "
     "[[person:Steeve Lemaire]], il m'a donné son mail, "
     "[[email:steeve.lemaire59 arobase gmail point com]], et je ne l'ai plus revu. »"),
    ("u-fr-12", "fr", "FR", "FR",
     "Contrôle douanier au port de Calais : poids lourd [[plate:EN-604-HX]], conteneur "
     "MSKU 730615-2, chauffeur [[person:Dragoș Munteanu]], né le [[dob:07/05/1981]], passeport "
     "roumain [[passport:058213764]]. Chargement déclaré : 24 palettes de carrelage."),
    ("u-fr-13", "fr", None, "FR",
     f"[[person:Patrice Lamotte]] a versé 3 000 € sur le compte [[iban:{FR_B.lower()}]] ouvert "
     f"au nom d'[[person:Inès Château-Renaud]]. [[person:Lamotte]] dispose aussi d'un compte à "
     f"la BNP, RIB [[account:{rib('30004', '00821', '00010458731', sep='-')}]]."),
    ("u-fr-14", "fr", "FR", "FR",
     f"Fiche de recherche : [[person:GIRAUD Maëlle]], née le [[dob:22/02/1996]] à "
     f"Villeurbanne, NIR [[national_id:{nir_of('2960269266482', spaced=False)}]], tél. "
     f"[[phone:04.78.62.19.33]]. Mesure de protection : aucune."),
    ("u-fr-15", "fr", None, "BE",
     f"Note de la PJF de Liège : [[person:Marc-Antoine Delvaux]] réside "
     f"[[address:rue Saint-Gilles 112, 4000 Liège]] ; GSM [[phone:0486/12.47.93]] ; numéro "
     f"national [[national_id:{be_national('850730033')}]]. Il circule en Audi Q5 "
     f"immatriculée en Allemagne."),
    ("u-fr-16", "fr", "FR", "FR",
     f"Le 12 mars, [[person:Jean-Pierre Aubanel]], dit « le Gitan », a présenté au guichet un "
     f"passeport [[passport:09TR71548]] au nom d'un tiers. [[person:Aubanel]] a tenté de "
     f"retirer 9 500 € depuis [[iban:{GB_C[:4]} {spaced4(GB_C[4:]).lower()}]]."),
    ("u-fr-17", "fr", None, "FR",
     f"Le signalement TRACFIN n° 2025-3318 vise [[person:Sophie Nguyen-Ballard]] et "
     f"[[person:Olivier Brassac]]. M. [[person:Brassac]] a ouvert en Espagne le compte "
     f"[[account:{cut(CCC_D, 4, 4, 2)}]] et utilise l'adresse "
     f"[[email:o.brassac@laposte.net]]."),
    # --- German ----------------------------------------------------------------------------
    ("u-de-01", "de", "DE", "DE",
     "Observationsbericht, 07:45 Uhr: [[person:Dariusz Kaczmarek]] verlässt das Haus "
     "[[address:Gneisenaustraße 41, 10961 Berlin]] und steigt in einen schwarzen BMW X5, "
     "amtliches Kennzeichen [[plate:B-KD 3917]]. Az. 254 Js 1182/25."),
    ("u-de-02", "de", "DE", "DE",
     "TKÜ, Anschluss [[phone:0176 3482 1957]], 21:14 Uhr: [[person:Sven Dreßler]] ruft "
     "[[person:Melanie Hartkopf]] an. [[person:Hartkopf]] fragt, ob [[person:Dreßlers]] "
     "Bruder „das Paket“ schon in Hamm abgeholt hat."),
    ("u-de-03", "de", "DE", "DE",
     f"Laut Kontoauskunft der Sparkasse KölnBonn ist [[person:Wolfgang Oberhuber]] Inhaber des "
     f"Kontos [[account:1048273950]] (BLZ [[account:37050198]], IBAN "
     f"[[iban:{spaced4(DE_A)}]]). Am 03.02.2025 gingen dort 9.800 EUR in bar ein."),
    ("u-de-04", "de", None, "AT",
     "LPD Wien, Kriminaldienst: [[person:Goran Petrović]], geb. [[dob:19.08.1986]], wohnhaft "
     "[[address:Favoritenstraße 182/3/14, 1100 Wien]], Mobiltelefon "
     "[[phone:0664 731 2048]]. GZ: PAD/25/00871/KD."),
    ("u-de-05", "de", "DE", "DE",
     "Bei der Ausreisekontrolle am Flughafen Frankfurt legte "
     "[[person:Aleksandra Nowicka-Brandt]] den Reisepass [[passport:C4RJ7X2N9]] vor; ihr "
     "Personalausweis trägt die Nummer [[national_id:T22K8M4W1]]. Flug LH 1344 nach Warschau."),
    ("u-de-06", "de", "DE", "DE",
     "Anzeigenerstatter ist [[person:Friedrich von Albersdorf]] (in der Meldung als "
     "[[person:VON ALBERSDORF, Friedrich]] erfasst). Als Zeugen benennt er Herrn "
     "[[person:Olaf Timm]], der den Einbruch am Montag gegen 02:30 Uhr beobachtet habe."),
    ("u-de-07", "de", None, "DE",
     "Im Forum bot der Nutzer „kaltblut77“ gefälschte Ausweise an; Kontakt "
     "[[email:kaltblut77[at]posteo[dot]de]]. Der Account wird [[person:Jannik Wöhrle]] "
     "zugeordnet, geboren am [[dob:12. März 1997]] in Pforzheim."),
    ("u-de-08", "de", "DE", "DE",
     f"Überweisungsträger sichergestellt: Empfängerin [[person:Heike Lindqvist]], IBAN "
     f"[[iban:{spaced4(DE_B).lower()}]], Verwendungszweck „Miete Mai“. Rückfragen laut "
     f"Vermerk unter [[phone:030\n28391745]]. [[person:Lindqvist]] ist polizeilich bisher "
     f"nicht in Erscheinung getreten."),
    ("u-de-09", "de", "DE", "DE",
     "Kennzeichenabgleich A7, Höhe Kassel-Nord: Treffer für [[plate:HH-JK 902]] (Halterin "
     "[[person:Büşra Yıldırım]]) und [[plate:M RT 4418]] (Halter [[person:Kemal Öztürk]]). "
     "Beide Fahrzeuge fuhren im Abstand von drei Minuten Richtung Süden."),
    ("u-de-10", "de", None, "CH",
     f"Kapo Zürich meldet: [[person:Reto Gubler]] nutzt das Natel [[phone:079 418 27 63]] und "
     f"die Adresse [[email:reto.gubler@bluewin.ch]]; auf sein Konto "
     f"[[iban:{spaced4(CH_A)}]] flossen 64.000 CHF. Seine Partnerin "
     f"[[person:Andrea Zwahlen]] ist Mitinhaberin."),
    ("u-de-11", "de", "DE", "DE",
     "Zeugenvernehmung: Ich, [[person:Gisela Hammerschmidt]], wohnhaft "
     "[[address:Am Kirchberg 7a, 55411 Bingen am Rhein]], sage aus, dass ich Herrn "
     "[[person:Pohl]] am Abend des 14. Januar mit zwei Kanistern gesehen habe."),
    ("u-de-12", "de", "DE", "DE",
     f"[[person:KRASNIQI Arben]], geb. [[dob:04.06.1992]] in Prizren, Steuer-ID "
     f"[[national_id:{steuer_id('4729105846')}]], ist Geschäftsführer der KB Hochbau GmbH. "
     f"Die Firma beschäftigt laut Zoll 14 nicht angemeldete Arbeiter."),
    ("u-de-13", "de", None, "DE",
     "Laut Zeugin zahlte [[person:Kevin Schmitz]] die Kaution auf Kto./BLZ "
     "[[account:0829461735/70150000]] ein; die Quittung Nr. 2025-0417 stammt aus einer "
     "Filiale in 50667 Köln. "
     "[[person:Schmitz]] bestreitet das."),
    ("u-de-14", "de", "DE", "DE",
     "Festnahme am 21.05.: [[person:Mehmet Ali Durmaz]] und [[person:Jessica Durmaz-Krüger]], "
     "Anschrift [[address:Schillerstr. 118, 04109 Leipzig]], Pkw [[plate:L-MD 2204]]. "
     "Einzahlungen erfolgten auf das Konto [[account:1238471109]] bei der Hamburger Sparkasse "
     "(BLZ [[account:20050550]])."),
    ("u-de-15", "de", "DE", "DE",
     "Der Beschuldigte [[person:Marcin Kołodziej]] (poln. Reisepass [[passport:EM5120487]]) "
     "telefonierte mehrfach mit [[phone:+48 (22) 614 38 27]] und mit "
     "[[phone:0048 601 294 773]]. Die Gespräche wurden auf Polnisch geführt."),
    ("u-de-16", "de", None, "DE",
     "Hinweis einer V-Person: [[person:Ralf Kuschnik]], genannt „Kusche“, lagert Ware in "
     "einer Garage hinter dem Haus [[address:Lindenallee 23, 45127 Essen]]. Kontakt über "
     "[[email:r.kuschnik@web.de]] oder [[phone:0157 8241 9306]]."),
    ("u-de-17", "de", "DE", "DE",
     "Personalien: [[person:Natalia Schewtschenko]], * [[dob:11.09.1989]] in Odessa, PA-Nr. "
     "[[national_id:LZ6F3R8C1]], Halterin des Pkw [[plate:DO-NS 811]]. Ein Abgleich mit "
     "INPOL ergab keinen Treffer."),
    # --- Spanish ---------------------------------------------------------------------------
    ("u-es-01", "es", "ES", "ES",
     f"Atestado 2025/0412. [[person:Francisco Javier Morales Quintana]], nacido el "
     f"[[dob:5 de octubre de 1982]] en Cádiz, con DNI [[national_id:{dni_of('52873104')}]], "
     f"domiciliado en [[address:C/ Sagunto 27, 2º izda., 46009 Valencia]]. Se le intervienen "
     f"3.450 euros en efectivo."),
    ("u-es-02", "es", "ES", "ES",
     "Intervención telefónica, sesión 118: [[person:Morales]] llama desde "
     "[[phone:654 218 793]] a [[person:Rocío Barrientos]], alias «la Rubia», y quedan el "
     "jueves en el polígono de Vallecas."),
    ("u-es-03", "es", "ES", "ES",
     f"La cuenta de [[person:Ignacio Peña Castell]] en CaixaBank, CCC "
     f"[[account:{cut(CCC_A, 4, 4, 2)}]], recibió catorce ingresos en efectivo en marzo. Su "
     f"hermano, [[person:Álvaro Peña Castell]], figura como autorizado."),
    ("u-es-04", "es", None, "ES",
     f"El ciudadano rumano [[person:Florin-Adrian Stoica]], NIE "
     f"[[national_id:{nie_of('Y3609152')}]], pasaporte [[passport:051928374]], fue detenido "
     f"en Barajas T4. Llevaba anotado el número [[phone:+40 722 418 396]]."),
    ("u-es-05", "es", "ES", "ES",
     "Vigilancia, 18:20 h: el Mercedes Clase C [[plate:6158 LKM]] estaciona frente al mercado "
     "de San Fernando. Bajan [[person:Adrián Cortés]] y [[person:Yolanda Sáez Ibarra]], que "
     "entran en un bar de la zona."),
    ("u-es-06", "es", None, "ES",
     f"El vendedor de Wallapop usa la dirección [[email:pacoventas @ hotmail . es]] y cobra en "
     f"[[iban:{cut(ES_B.lower(), 2, 2, 4, 4, 2, 3, 3)}]]. La cuenta pertenece a "
     f"[[person:Francisco Gil Robledo]], vecino de Alcorcón."),
    ("u-es-07", "es", "ES", "ES",
     "Control en el puerto de Algeciras: [[person:María del Carmen Ochoa Ruiz]] presenta el "
     "pasaporte [[passport:PAF730251]]. En el maletero se hallan 12 kg de hachís. Diligencias "
     "771/25."),
    ("u-es-08", "es", "ES", "ES",
     "Llamada entrante desde el fijo [[phone:91 402\n37 18]]: [[person:Ramiro Echeverría]] "
     "pide a su interlocutor que no use el móvil. [[person:ECHEVERRÍA]] menciona un envío a "
     "Bilbao."),
    ("u-es-09", "es", None, "ES",
     "Denuncia de [[person:Lucía Fernández de Córdoba]]: su expareja, "
     "[[person:Jonathan Gálvez Pizarro]], nacido el [[dob:22/09/1991]], vive en "
     "[[address:Avda. de la Constitución 112, 41001 Sevilla]] y la sigue desde enero."),
    ("u-es-10", "es", "ES", "ES",
     f"[[person:Gálvez]] transfirió 6.000 € a la cuenta "
     f"[[account:{cut(CCC_B, 4, 4, 2, sep='-')}]] de [[person:Nerea Olabarrieta]], que a su "
     f"vez envió 5.800 € a [[iban:{spaced4(IT_A)}]]. Referencia SEPA 77120045."),
    ("u-es-11", "es", None, "ES",
     f"Inspección de trabajo en un almacén de Fuenlabrada: [[person:Chen Jiahui]], NIE "
     f"[[national_id:{nie_of('X7302948')}]], declara que el encargado es "
     f"[[person:Abdelilah Bouzid]]. No hay contratos."),
    ("u-es-12", "es", "ES", "ES",
     "Vigilancia Aduanera: contenedor MSCU 7781204 retenido en el puerto de Valencia. "
     "Consignatario: [[person:Óscar Villalba Prieto]], teléfono [[phone:+34 954 21 87 30]]. La "
     "agente de aduanas [[person:Marta Lozano]] tramitó el despacho."),
    ("u-es-13", "es", "ES", "ES",
     "Ficha: [[person:VILLALBA PRIETO, Óscar]]. F. nac.: [[dob:03-11-1978]]. Domicilio: "
     "[[address:Calle Aragó 240, 4º 1ª, 08007 Barcelona]]. Vehículo: [[plate:9031 JHS]]."),
    ("u-es-14", "es", None, "ES",
     "Según la fuente, [[person:Eduardo Luis Sanz-Medina]] usa el correo "
     "[[email:EDU.SANZMEDINA@GMAIL.COM]] y el móvil [[phone:699 184\n522]] desde que salió "
     "de prisión en noviembre."),
    ("u-es-15", "es", "ES", "ES",
     f"Declaración testifical de [[person:Inmaculada Torres]], DNI "
     f"[[national_id:{dni_of('48207391', dotted=True)}]]: «Vi al señor [[person:Quiroga]] "
     f"cargar las cajas en una furgoneta blanca sobre las diez de la noche.»"),
    ("u-es-16", "es", "ES", "ES",
     f"[[person:Begoña Arrieta]] (correo [[email:begona.arrieta at telefonica dot net]]) es "
     f"titular de [[iban:{spaced4(ES_C)}]] y de la cuenta antigua [[account:{CCC_C}]]. Factura "
     f"F-2025/0917: el 80 % de los abonos procede de [[iban:{spaced4(NL_A)}]]."),
    ("u-es-17", "es", "ES", "ES",
     "[[person:Héctor Luis de la Fuente Salgado]], alias «el Chato», viajó a Tánger con el "
     "pasaporte [[passport:XDB204817]]. Su Seat León [[plate:2217 GBN]] quedó en el "
     "aparcamiento del puerto de Tarifa."),
    # --- Polish ----------------------------------------------------------------------------
    ("u-pl-01", "pl", "PL", "PL",
     "Notatka urzędowa. W dniu 14.02.2025 r. o godz. 16:30 [[person:Krzysztof Wąsowicz]], "
     "ur. [[dob:12.03.1988]] r., zam. [[address:ul. Długa 48/7, 80-827 Gdańsk]], oświadczył, "
     "że nie zna osób, które włamały się do garażu."),
    ("u-pl-02", "pl", "PL", "PL",
     "Z kontroli operacyjnej: [[person:Wąsowicz]] dzwoni z numeru [[phone:692-418-730]] do "
     "[[person:Mariusza Góreckiego]] i umawia się na spotkanie z [[person:Anetą Rybicką]] "
     "przy stacji Orlen w Pruszczu."),
    ("u-pl-03", "pl", "PL", "PL",
     f"Środki z oszustwa trafiły na rachunek [[account:{nrb_grouped(NRB_A)}]] należący do "
     f"[[person:Pawła Szczepaniaka]]. Bank podał adres e-mail klienta: "
     f"[[email:p.szczepaniak@onet.pl]]. Sygn. PR 1 Ds. 412.2025."),
    ("u-pl-04", "pl", None, "PL",
     f"Dane osobowe: [[person:SOBCZAK Dominika]], PESEL "
     f"[[national_id:{pesel_of('9411080486')}]], dowód osobisty "
     f"[[national_id:{dowod_of('CAF', '28173')}]]. Osoba poszukiwana listem gończym od "
     f"2023 roku."),
    ("u-pl-05", "pl", "PL", "PL",
     "Audi A6 o nr rej. [[plate:WX 48213]] prowadził [[person:Rafał Kubiak]]; za nim jechał "
     "bus [[plate:KR 7H214]]. Na parkingu przy S8 kluczyki przekazano [[person:Kubiakowi]]."),
    ("u-pl-06", "pl", None, "PL",
     f"[[person:Magdalena Lis]] kontaktuje się z odbiorcami przez "
     f"[[email:m.lis(at)wp(kropka)pl]]. Podczas przeszukania znaleziono jej paszport "
     f"[[passport:EJ3065718]] oraz wyciąg z rachunku [[account:{nrb_grouped(NRB_E)}]]."),
    ("u-pl-07", "pl", "PL", "PL",
     "Protokół przesłuchania świadka [[person:Haliny Kamińskiej-Wróbel]]: „Widziałam, jak "
     "pan [[person:Zdzisław Mroczek]] wynosił kartony z magazynu w piątek po dwudziestej.”"),
    ("u-pl-08", "pl", None, "PL",
     "Nowy numer [[person:Mroczka]] to [[phone:+48 533\n718 204]]. Kontaktuje się głównie z "
     "[[person:Justyną Pietrzak]], która mieszka w Radomiu."),
    ("u-pl-09", "pl", "PL", "PL",
     f"[[person:Tadeusz Bielecki]] przelał 48 000 zł z rachunku [[account:{NRB_B}]] na "
     f"[[iban:{spaced4(PL_A).lower()}]]. Tytuł przelewu: „zwrot pożyczki”."),
    ("u-pl-10", "pl", "PL", "PL",
     "Obywatel Ukrainy [[person:Ołeksandr Hrycenko]], paszport [[passport:FU615082]], podał "
     "numer [[phone:+380 67 318 4092]]. Pracuje na budowie w Rzeszowie."),
    ("u-pl-11", "pl", "PL", "PL",
     f"[[person:Bożena Zając]], urodzona [[dob:3 marca 1986]] r. w Lublinie, PESEL "
     f"[[national_id:{pesel_of('8603031724')}]], zam. "
     f"[[address:ul. Piotrkowska 151 m. 12, 90-440 Łódź]]."),
    ("u-pl-12", "pl", "PL", "PL",
     f"Sygn. akt II K 482/24. Oskarżony [[person:Grzegorz Pawlak]] wraz z "
     f"[[person:Sebastianem Michalakiem]] otworzyli rachunek "
     f"[[account:{cut(NRB_C, 2, 8)}]], na który wpływały środki z "
     f"[[iban:{spaced4(NL_B)}]]."),
    ("u-pl-13", "pl", None, "PL",
     "Świadek [[person:Wiesław Kurek]] zeznał, że telefonował do niego ktoś z numeru "
     "[[phone:(58) 341 27 90]] i podawał się za policjanta. Syn [[person:Kurka]] przekazał "
     "20 000 zł kurierowi."),
    ("u-pl-14", "pl", None, "PL",
     "Korespondencja [[person:Bieleckiego]] z adresu [[email:T.BIELECKI@INTERIA.PL]] dotyczyła "
     "lokalu [[address:os. Centrum C 5/18, 31-929 Kraków]]. Pod blokiem zaparkowany był "
     "Passat [[plate:SK 418NM]]."),
    ("u-pl-15", "pl", "PL", "PL",
     "Funkcjonariusze KAS w Koroszczynie skontrolowali ciężarówkę; kierowca "
     "[[person:Siergiej Władimirowicz Orłow]] okazał paszport [[passport:75 3106482]]. W "
     "naczepie ujawniono 1,2 mln sztuk papierosów."),
    ("u-pl-16", "pl", "PL", "PL",
     f"[[person:Łukasz Adamczyk]], ur. [[dob:1990-07-14]], PESEL "
     f"[[national_id:{pesel_of('9007140357')}]], jest pełnomocnikiem spółki. Podpis "
     f"[[person:Adamczyka]] widnieje na wszystkich fakturach z 2024 r."),
    ("u-pl-17", "pl", "PL", "PL",
     f"Meldunek: [[person:Paulina Wrona-Sikorska]] przekazała gotówkę [[person:Sikorskiemu]] "
     f"na stacji Warszawa Zachodnia. Jej numer: [[phone:885 203 417]]; rachunek "
     f"[[account:{nrb_grouped(NRB_D)}]]."),
    # --- Russian ---------------------------------------------------------------------------
    ("u-ru-01", "ru", "RU", "RU",
     "Рапорт. [[person:Карпенко Сергей Николаевич]], [[dob:1985]] г.р., проживающий по "
     "адресу: [[address:г. Москва, ул. Профсоюзная, д. 84, кв. 117]], задержан 12.03.2025 "
     "около 23:10 у станции метро «Калужская»."),
    ("u-ru-02", "ru", "RU", "RU",
     "Сводка ПТП: абонент [[phone:8 (916) 482-37-19]] ([[person:Карпенко]]) договаривается с "
     "[[person:Ахмедом Рустамовичем Валиевым]] о встрече в пятницу у ТЦ «Рио». Речь идёт о "
     "«двух коробках»."),
    ("u-ru-03", "ru", "RU", "RU",
     f"Установлены данные [[person:Валиева Ахмеда Рустамовича]]: ИНН "
     f"[[national_id:{inn_of('7721048395')}]], СНИЛС "
     f"[[national_id:{snils_of('148372905')}]]. Материал зарегистрирован в КУСП № 4417."),
    ("u-ru-04", "ru", None, "RU",
     "Гражданка [[person:Ольга Дмитриевна Белоусова]], паспорт [[national_id:45 19 738204]], "
     "выдан ОВД «Тверской» г. Москвы, пользуется номером [[phone:+7 926 318-44-07]]."),
    ("u-ru-05", "ru", "RU", "RU",
     "Автомобиль Toyota Camry г.р.з. [[plate:К482ТМ 799]] зарегистрирован на "
     "[[person:Белоусову]]; вторая машина, [[plate:А318ОР 77]], числится за её бывшим мужем. "
     "Оба автомобиля замечены на МКАД."),
    ("u-ru-06", "ru", "RU", "RU",
     "[[person:Тимур Ильдарович Хасанов]] вылетел в Стамбул по загранпаспорту "
     "[[passport:75 4192836]]. Билет оплачен картой, оформленной на "
     "[[person:Хасанову Лейлу Ринатовну]]."),
    ("u-ru-07", "ru", None, "RU",
     "В переписке с [[person:Хасановым]] продавец указал адрес "
     "[[email:kh.timur собака mail точка ru]] и просил не звонить. Сумма сделки — "
     "1,2 млн руб."),
    ("u-ru-08", "ru", None, "RU",
     "Объявление на «Авито» разместила [[person:Виктория Андреевна Лапшина]]; контактный "
     "телефон [[phone:+7 903\n518-27-64]]. По данным МВД, [[person:В.А. Лапшина]] ранее "
     "привлекалась за мошенничество."),
    ("u-ru-09", "ru", "RU", "RU",
     "[[person:Гусейнов Эльдар Ровшанович]], родился [[dob:27 ноября 1979]] г. в г. Баку, "
     "зарегистрирован: [[address:Санкт-Петербург, пр. Просвещения, д. 33, корп. 2, кв. 58]]. "
     "Дело № 12-4471/2025."),
    ("u-ru-10", "ru", "RU", "RU",
     f"По данным Росфинмониторинга, [[person:Гусейнову]] поступило 15 000 евро со счёта "
     f"[[iban:{spaced4(CY_A)}]], открытого на имя [[person:Andreas Christodoulou]] в "
     f"Лимассоле."),
    ("u-ru-11", "ru", None, "RU",
     "Свидетель [[person:Раиса Тимофеевна Кудрявцева]] показала, что её сосед "
     "[[person:Глеб Сафонов]] хранил в гараже канистры. Машину [[person:Сафонова]] она "
     "видела ночью 3 мая."),
    ("u-ru-12", "ru", None, "KZ",
     "Сообщение МВД Республики Казахстан: [[person:Нурлан Серикович Жумабаев]] пользуется "
     "номером [[phone:8 701 482 19 37]] и почтой [[email:zhumabaev.n@mail.kz]]. Разыскивается "
     "по уголовному делу № 251800031."),
    ("u-ru-13", "ru", "RU", "RU",
     "[[person:Денис Олегович Воронцов]] пересёк границу в Брусничном по загранпаспорту "
     "[[passport:72 0948317]]. Машина [[person:Воронцова]], BMW X6 [[plate:Е902ХК 197]], "
     "осталась на стоянке."),
    ("u-ru-14", "ru", "RU", "RU",
     f"ФИО: [[person:ЗАХАРЧЕНКО Игорь Валентинович]]. Дата рождения: [[dob:03.08.1976]]. ИНН "
     f"[[national_id:{inn_of('5036142987')}]]. Тел. [[phone:+7 (495) 681-24-93]]. Место "
     f"работы: ООО «Север-Транс»."),
    ("u-ru-15", "ru", "RU", "RU",
     "Осмотр квартиры по адресу [[address:ул. Красных Зорь, д. 9, кв. 41, г. Иваново]] "
     "проведён в присутствии [[person:Зинаиды Петровны Ореховой]]. Изъяты 4 ноутбука. Со слов "
     "соседей, с [[person:Ореховой]] живёт племянник."),
    ("u-ru-16", "ru", "RU", "RU",
     f"[[person:Марат Ильясович Галиев]], СНИЛС [[national_id:{snils_of('097215663')}]], "
     f"зарегистрировал криптокошелёк на адрес [[email:GALIEV.MARAT@YANDEX.RU]] и получал "
     f"переводы со счёта [[iban:{LT_B[:2].title()}{spaced4(LT_B)[2:]}]]."),
    ("u-ru-17", "ru", None, "RU",
     "Объект «Борода» ([[person:Руслан Ахмедович Цораев]]) прибыл в Махачкалу на Lada Vesta "
     "[[plate:Р774СН 05]]. Встреча с [[person:Цораевым]] назначена на 15:00 у рынка."),
    # --- Greek -----------------------------------------------------------------------------
    ("u-el-01", "el", "GR", "GR",
     "Αναφορά συμβάντος: ο [[person:Γεώργιος Τσαμπούρης]], γεν. [[dob:14/10/1983]], κάτοικος "
     "[[address:Πατησίων 112, 112 57 Αθήνα]], συνελήφθη στις 22:15 στην Ομόνοια. Αρ. πρωτ. "
     "7012/25/1443."),
    ("u-el-02", "el", "GR", "GR",
     "Από την άρση απορρήτου του αριθμού [[phone:694 812 3370]] προκύπτει ότι ο αδελφός του "
     "[[person:Τσαμπούρη]] συναντήθηκε με τον [[person:Σπύρο Αλεξανδράκη]] στον Πειραιά."),
    ("u-el-03", "el", "GR", "GR",
     f"Στοιχεία ταυτότητας: [[person:Ευαγγελία Ντόκου]], ΑΔΤ [[national_id:ΑΚ 570318]], ΑΦΜ "
     f"[[national_id:{afm_of('05829173')}]]. Ο σύζυγός της, [[person:Ηλίας Ντόκος]], δηλώνει "
     f"άνεργος."),
    ("u-el-04", "el", None, "CY",
     f"Η Αστυνομία Κύπρου ενημερώνει ότι ο [[person:Ανδρέας Χατζηπαύλου]] χρησιμοποιεί τον "
     f"αριθμό [[phone:99 418273]] και τον λογαριασμό [[iban:{spaced4(CY_B)}]]. Υπόθεση ΤΑΕ "
     f"Λευκωσίας 311/2025."),
    ("u-el-05", "el", "GR", "GR",
     "Έλεγχος στα διόδια Μαλγάρων: το φορτηγό [[plate:ΙΚΡ-6031]] οδηγούσε ο "
     "[[person:Νικόλαος Βασιλείου]]· ακολουθούσε ΙΧ [[plate:ΥΜΒ 2190]]. Βρέθηκαν 40 κιβώτια "
     "τσιγάρων."),
    ("u-el-06", "el", "GR", "GR",
     "Στο ταξιδιωτικό έγγραφο αναγράφεται [[person:Dimitrios Kyriakopoulos]] "
     "([[person:Δημήτριος Κυριακόπουλος]]), διαβατήριο [[passport:AO5193062]]. Αναχώρησε για "
     "Φρανκφούρτη με πτήση της Aegean."),
    ("u-el-07", "el", None, "GR",
     "Η επικοινωνία με τους αγοραστές γινόταν μέσω του "
     "[[email:kiriakopoulos.d (at) yahoo (dot) gr]]. Ο λογαριασμός ανήκει στον αδελφό του "
     "[[person:Κυριακόπουλου]], σύμφωνα με την Google."),
    ("u-el-08", "el", "GR", "GR",
     "Κλήση από σταθερό [[phone:210 514\n3862]] προς την [[person:Αικατερίνη Ζαχαρίου-Μπέη]] "
     "στις 09:12. Η συνομιλία αφορά «το πακέτο από τη Θεσσαλονίκη»."),
    ("u-el-09", "el", None, "GR",
     "Κατάθεση μάρτυρα: «Ονομάζομαι [[person:Στέλιος Μαυρίδης]] και διαμένω επί της "
     "[[address:Εγνατίας 58, 546 31 Θεσσαλονίκη]]. Τον κ. [[person:Ραφαηλίδη]] τον γνωρίζω "
     "από το 2018.»"),
    ("u-el-10", "el", "GR", "GR",
     f"[[person:ΜΑΥΡΙΔΗΣ Στυλιανός]], ημ. γέννησης [[dob:1979-02-16]], λογαριασμός "
     f"[[iban:{spaced4(GR_A).lower()}]]. Μετέφερε 22.000 ευρώ στην Κύπρο τον Απρίλιο."),
    ("u-el-11", "el", "GR", "GR",
     f"Η [[person:Φωτεινή Λαμπράκη]], γεννηθείσα στις [[dob:8 Μαΐου 1990]] στο Ηράκλειο, "
     f"ΑΜΚΑ [[national_id:{amka_of('0805901248')}]], εργάζεται ως λογίστρια σε εταιρεία "
     f"εισαγωγών."),
    ("u-el-12", "el", None, "GR",
     "Ο Αλβανός υπήκοος [[person:Ardit Hoxha]] ([[person:Αρντίτ Χότζα]]) εντοπίστηκε στα "
     "Ιωάννινα με το όχημα [[plate:ΧΚΝ-7713]]. Ο [[person:Χότζα]] δεν είχε άδεια διαμονής."),
    ("u-el-13", "el", "GR", "GR",
     "Λιμενικό Σώμα, Πειραιάς: ο ναυτικός [[person:Παναγιώτης Γιαννακόπουλος]] δήλωσε "
     "τηλέφωνο [[phone:+30 697 204 8813]] και email [[email:PGIANNAKOPOULOS@GMAIL.COM]]. Ο "
     "πλοίαρχος [[person:Χρυσοβαλάντης Μελετίου]] αρνήθηκε να καταθέσει."),
    ("u-el-14", "el", None, "CY",
     "Η [[person:Μαρίνα Κωνσταντίνου]] διαμένει στη "
     "[[address:Λεωφόρο Μακαρίου Γ' 45, 3065 Λεμεσός]] και δηλώνει σταθερό τηλέφωνο "
     "[[phone:25 817342]]. Δεν είναι γνωστή στην Europol."),
    ("u-el-15", "el", "GR", "GR",
     "Ο [[person:Ιωάννης-Μάριος Δεληγιάννης]] εμφάνισε διαβατήριο [[passport:AK7203148]] στον "
     "έλεγχο του αεροδρομίου Ελ. Βενιζέλος. Η σύζυγος του [[person:Δεληγιάννη]] ταξίδευε με "
     "άλλη πτήση."),
    ("u-el-16", "el", "GR", "GR",
     "Ο [[person:Σωτήρης Αναστασίου]], γεν. [[dob:3 Ιανουαρίου 1971]], με ΑΔΤ "
     "[[national_id:Χ 093481]], είναι ιδιοκτήτης του καφενείου στην πλατεία Αριστοτέλους."),
    ("u-el-17", "el", "GR", "GR",
     f"Η [[person:Θεοδώρα Πετροπούλου]] (email [[email:th.petropoulou@otenet.gr]]) έλαβε "
     f"9.900 ευρώ στον [[iban:{spaced4(GR_B)}]] από τον [[person:Σωτήρη Αναστασίου]]. Εντολή "
     f"ΣΔΟΕ 44/2025."),
    # --- Arabic ----------------------------------------------------------------------------
    ("u-ar-01", "ar", "AE", "AE",
     f"تقرير ميداني: رُصد [[person:خالد بن حمد المزروعي]] برفقة "
     f"[[person:Mohammed Irfan Qureshi]] في مرسى دبي. يستخدم [[person:المزروعي]] الرقم "
     f"[[phone:050 418 2739]] والهاتف الأرضي [[phone:{ai('04 398 2715')}]]، ورقم هويته "
     f"الإماراتية [[national_id:{eid_of('1987', '4829173')}]]."),
    ("u-ar-02", "ar", "SA", "SA",
     f"أفاد المصدر أن [[person:فهد بن عبدالله الدوسري]] حوّل مبلغ 250,000 ريال إلى الحساب "
     f"[[iban:{spaced4(SA_A)}]]، ويتواصل مع الوسيط عبر الرقم "
     f"[[phone:{ai('055 387 2241')}]]. رقم البلاغ 1446/772."),
    ("u-ar-03", "ar", "JO", "JO",
     "محضر ضبط: أوقفت دورية البحث الجنائي [[person:عمر يوسف الخطيب]] من مواليد "
     "[[dob:1989/11/02]] وشريكه [[person:بلال أبو حمدان]] أمام "
     "[[address:عمارة 17، شارع وصفي التل، عمّان]] مساء يوم الخميس."),
    ("u-ar-04", "ar", None, "AE",
     f"يتواصل [[person:محمود أبو زيد]] مع المورّد الهندي [[person:Rahul Menon]] على الرقم "
     f"[[phone:{fa('052 714 3086')}]]. وصلت الشحنة إلى ميناء جبل علي في 14 مارس."),
    ("u-ar-05", "ar", "EG", "EG",
     "أفادت التحريات بأن السيد [[person:كريم عادل رضوان]] يقيم في "
     "[[address:شقة 7، عمارة 12، شارع التحرير، الدقي، الجيزة]] ويستخدم الخط "
     "[[phone:0101 482 7396]]. محضر رقم 4417 لسنة 2025 إداري الدقي."),
    ("u-ar-06", "ar", "SA", "SA",
     f"بيانات المشتبه به: [[person:نايف بن سعد القحطاني]]، رقم الهوية الوطنية "
     f"[[national_id:{saudi_id('104829371')}]]، تاريخ الميلاد [[dob:{ai('1988/03/21')}]]، "
     f"جواز السفر [[passport:K6093518]]. سبق توقيف [[person:القحطاني]] في قضية تستر تجاري."),
    ("u-ar-07", "ar", None, "AE",
     f"اشترى الروسي [[person:Vadim Lisitsyn]] ([[person:فاديم ليسيتسين]]) فيلا في نخلة "
     f"جميرا بتحويل من الحساب [[iban:{spaced4(AE_B).lower()}]]. بريده الإلكتروني "
     f"[[email:v.lisitsyn@gmx.de]]."),
    ("u-ar-08", "ar", "MA", "MA",
     "أفادت المديرية العامة للأمن الوطني بأن [[person:ياسين بنجلون]]، بطاقة التعريف الوطنية "
     "[[national_id:BK318204]]، يستعمل الرقم [[phone:06 61 48 27 93]]. ضُبطت لديه ثلاثة "
     "كيلوغرامات من الشيرا في طنجة."),
    ("u-ar-09", "ar", None, "JO",
     "ورد اتصال من الرقم [[phone:0795\n182 046]] إلى [[person:ليث محمود الزعبي]]، وطلب "
     "المتصل تسليم «الأمانة» في إربد. يُعتقد أن [[person:الزعبي]] يعمل لصالح شبكة تهريب."),
    ("u-ar-10", "ar", "AE", "AE",
     f"[[person:عائشة بنت خليفة الظاهري]]، تاريخ الميلاد [[dob:1992-07-19]]، رقم الهوية "
     f"[[national_id:{eid_of('1992', '0618254')}]]، فتحت حسابين في أبوظبي خلال أسبوع واحد."),
    ("u-ar-11", "ar", None, "EG",
     "يحمل [[person:محمد سعيد أبو العينين]] جواز السفر المصري [[passport:A28193746]] "
     "ويراسل شركاءه عبر [[email:m.abouelenein (at) yahoo (dot) com]]. غادر مطار القاهرة يوم "
     "الأحد."),
    ("u-ar-12", "ar", "SA", "SA",
     "العنوان الوطني للمشتبه به [[person:تركي بن ناصر الشمري]] "
     "([[person:Turki Al-Shammari]] في جواز سفره): "
     "[[address:مبنى 4127، شارع الأحساء، حي الملز، الرياض 12629]]. أُغلق الملف في شهر "
     "رمضان."),
    ("u-ar-13", "ar", None, "AE",
     f"أرسل [[person:Ahmed Khalil Darwish]] رسالة من الرقم "
     f"[[phone:{fa('+971 50 628 4193')}]] يطلب فيها تحويل المبلغ إلى [[iban:{DE_C}]]. وأكد "
     f"[[person:درويش]] أن الحساب باسم قريبه في ألمانيا."),
    ("u-ar-14", "ar", "JO", "JO",
     f"[[person:رنا عبد الكريم النسور]]، مواليد [[dob:{ai('1991/08/23')}]]، تحمل جواز السفر "
     f"الأردني [[passport:N739104]]. غادرت عبر جسر الملك حسين يوم 3 نيسان."),
    ("u-ar-15", "ar", "EG", "EG",
     f"سُجّل اتصال من [[person:حسن عبد الرحمن الشاذلي]] على الرقم "
     f"[[phone:{ai('0122 483 9207')}]] قبل الحادث بساعة. وأنكر [[person:الشاذلي]] معرفته "
     f"بالمتهم الثاني. القضية رقم 982 لسنة 2024 جنايات."),
    ("u-ar-16", "ar", "AE", "AE",
     "شوهدت سيارة [[person:سيف بن سلطان النعيمي]] ذات اللوحة دبي [[plate:K 38271]] قرب "
     "المطار. بريده [[email:saif.nuaimi[at]outlook[dot]com]]، وهو موظف في شركة طيران."),
    ("u-ar-17", "ar", None, "SA",
     f"أبلغ [[person:بندر بن فيصل العنزي]] عن احتيال عبر الرقم [[phone:{ai('0503478912')}]] "
     f"الذي انتحل صاحبه صفة موظف بنك. المبلغ المحوّل 18,500 ريال."),
]


# --- checks ---------------------------------------------------------------------------------

PLATE_SHAPES = [
    r"[A-Z]{2}\d{2} [A-Z]{3}",                          # GB
    r"\d{2,3}-[A-Z]{1,2}-\d{1,6}",                      # IE
    r"\d{2}-[B-DF-HJ-NP-TV-Z]{3}-\d",                   # NL sidecode 7
    r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}",             # DE
    r"[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}",       # FR
    r"\d{4} [B-DF-HJ-NP-TV-Z]{3}",                      # ES
    r"[A-Z]{2,3} [0-9A-Z]{4,5}",                        # PL
    r"[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2} \d{2,3}",    # RU
    r"[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{3}[- ]\d{4}",                    # GR
    r"[A-Z]{1,2} \d{1,5}",                              # AE (Dubai)
]
PASSPORT_SHAPES = [
    r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}",               # DE
    r"\d{2}[A-Z]{2}\d{5}",                              # FR
    r"[A-Z]{3}\d{6}",                                   # ES
    r"[A-Z]{2}\d{7}",                                   # PL, GR
    r"\d{2} \d{7}",                                     # RU foreign passport
    r"\d{9}",                                           # GB, RO
    r"[A-Z]{2}[A-NP-Z0-9]{6}\d",                        # NL
    r"[A-Z]{2}\d{6}",                                   # UA
    r"[A-Z]\d{6,8}",                                    # Arab states
]
NINO = r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]"
# (shape, check) pairs: a national ID must fit a shape whose check passes.
ID_RULES = [
    (r"\d{11}", lambda v: pesel.is_valid(v) or amka.is_valid(v)),
    (r"\d{2} \d{3} \d{3} \d{3}", lambda v: idnr.is_valid(v)),
    (r"\d{8}[A-Z]|\d{2}\.\d{3}\.\d{3}-[A-Z]", lambda v: dni.is_valid(v)),
    (r"[XYZ]\d{7}[A-Z]", lambda v: nie.is_valid(v)),
    (r"[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}|[12]\d{14}", lambda v: nir.is_valid(v)),
    (r"\d{12}", lambda v: inn.is_valid(v)),
    (r"\d{3}-\d{3}-\d{3} \d{2}", snils_ok),
    (r"\d{9}", lambda v: gr_afm.is_valid(v)),
    (r"784-\d{4}-\d{7}-\d", lambda v: luhn.is_valid(v.replace("-", ""))),
    (r"[12]\d{9}", lambda v: luhn.is_valid(v)),
    (r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", lambda v: be_nn.is_valid(v)),
    (r"[A-Z]{3}\d{6}", dowod_ok),
    (NINO, lambda v: True),                                  # GB NINO: no check digit
    (r"[LMNPRTVWXY][CFGHJKLMNPRTVWXYZ0-9]{8}", lambda v: True),  # DE ID card: none printed
    (r"[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{1,2} \d{6}", lambda v: True),        # GR ΑΔΤ: no check digit
    (r"\d{2} \d{2} \d{6}", lambda v: True),                  # RU internal passport: none
    (r"[A-Z]{1,2}\d{5,6}", lambda v: True),                  # MA CIN: none
]
AT_WORDS = r"(?:\s*[\(\[]\s*(?:at|arobase)\s*[\)\]]\s*|\s+(?:at|arobase|собака)\s+|\s*@\s*)"
DOT_WORDS = r"(?:\s*[\(\[]\s*(?:dot|point|kropka)\s*[\)\]]\s*|\s+(?:dot|point|точка)\s+|\s+\.\s+)"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
TITLES = re.compile(r"^(Mr|Mrs|Ms|Dr|Herr|Herrn|Frau|Mme|Sr|Sra|pan|pani|г-н|κ|السيد)\b\.?\s")
SCRIPT = {"ru": re.compile(r"[\u0400-\u04FF]"), "el": re.compile(r"[\u0370-\u03FF]"),
          "ar": re.compile(r"[\u0600-\u06FF]")}


def check_phone(value: str, regions: list[str]) -> None:
    plain = value.replace("\n", "").translate(TO_ASCII)
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(plain, region)):
                return
        except phonenumbers.NumberParseException:
            continue
    raise AssertionError(f"phone {value!r} is not valid for any of {regions}")


def check_account(value: str) -> None:
    compact = re.sub(r"[\s/-]", "", value)
    if re.fullmatch(r"\d{26}", compact):                            # PL NRB
        schwifty.IBAN("PL" + compact)
        assert std_iban.is_valid("PL" + compact), value
    elif re.fullmatch(r"\d{10}[0-9A-Z]{11}\d{2}", compact):         # FR RIB
        assert rib_key(compact[:5], compact[5:10], compact[10:21]) == compact[21:], value
        schwifty.IBAN(iban_full("FR", compact))
    elif re.fullmatch(r"\d{20}", compact):                          # ES CCC
        assert es_ccc.is_valid(compact), value
        assert std_iban.is_valid(iban_full("ES", compact)), value
    else:                                                           # DE BLZ and/or Konto
        parts = set()
        for blz, konto in DE_ACCOUNTS:
            parts.update({blz, konto, konto + blz, blz + konto})
        assert compact in parts, f"account {value!r} is not from a DE IBAN built here"


def check_email(value: str) -> None:
    plain = re.sub(AT_WORDS, "@", value, flags=re.I)
    plain = re.sub(DOT_WORDS, ".", plain, flags=re.I)
    assert EMAIL.fullmatch(plain), f"email {value!r} -> {plain!r}"


def check_span(record: dict, span: dict) -> None:
    kind, value = span["kind"], span["text"]
    assert kind in KINDS, kind
    assert record["text"][span["start"]:span["end"]] == value, span
    assert value == value.strip() and value[-1] not in ".,;:)" and value[0] not in ".,;:", span
    if kind == "phone":
        regions = [r for r in (record["country"], LANG_REGION[record["language"]],
                               record["agency_country"]) if r]
        check_phone(value, regions)
    elif kind == "iban":
        compact = re.sub(r"\s", "", value).upper()
        schwifty.IBAN(compact)                                      # raises on a bad checksum
        assert std_iban.is_valid(compact), value                    # national checks too
    elif kind == "account":
        check_account(value)
    elif kind == "email":
        check_email(value)
    elif kind == "national_id":
        assert any(re.fullmatch(shape, value) and ok(re.sub(r"[\s.-]", "", value)
                                                     if shape != NINO else value)
                   for shape, ok in ID_RULES), f"national_id {value!r}"
    elif kind == "passport":
        assert any(re.fullmatch(s, value) for s in PASSPORT_SHAPES), f"passport {value!r}"
    elif kind == "plate":
        assert any(re.fullmatch(s, value) for s in PLATE_SHAPES), f"plate {value!r}"
    elif kind == "dob":
        years = [int(y) for y in re.findall(r"\d{4}", value.translate(TO_ASCII))]
        assert len(years) == 1 and 1930 <= years[0] <= 2010, f"dob {value!r}"
    elif kind == "address":
        assert re.search(r"\d", value), f"address without a number {value!r}"
    elif kind == "person":
        assert not re.search(r"\d", value) and not TITLES.match(value), f"person {value!r}"
        assert not value.endswith("'s") and "\n" not in value, value


def assemble(ident: str, language: str, country: str | None, agency: str, marked: str) -> dict:
    text, spans, pos = "", [], 0
    for m in MARKUP.finditer(marked):
        text += marked[pos:m.start()]
        kind, value = m.group(1), m.group(2)
        spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind,
                      "text": value})
        text += value
        pos = m.end()
    text += marked[pos:]
    assert "[[" not in text and "]]" not in text, ident
    record = {"id": ident, "language": language, "country": country,
              "agency_country": agency, "text": text, "spans": spans}
    for span in spans:
        check_span(record, span)
    for before, after in pairwise(spans):
        assert before["end"] <= after["start"], (ident, before, after)
    if language in SCRIPT:
        letters = [ch for ch in text if ch.isalpha()]
        native = sum(1 for ch in letters if SCRIPT[language].match(ch))
        assert native > len(letters) / 2, f"{ident} is not mostly in its own script"
    return record


def check_totals(records: list[dict]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    spans = [(r["language"], s) for r in records for s in r["spans"]]
    kinds = Counter(s["kind"] for _, s in spans)
    minimum = {"person": 200, "phone": 45, "email": 25, "iban": 25, "account": 16,
               "passport": 20, "national_id": 20, "dob": 25, "address": 25, "plate": 20}
    for kind, low in minimum.items():
        assert kinds[kind] >= low, f"only {kinds[kind]} {kind} spans"
    assert len(records) >= 130 and len(spans) >= 450
    per_lang = Counter(r["language"] for r in records)
    assert set(per_lang) == set(LANGUAGES) and min(per_lang.values()) >= 14, per_lang
    persons = Counter(lang for lang, s in spans if s["kind"] == "person")
    assert min(persons[lang] for lang in LANGUAGES) >= 20, persons
    phones = [s["text"] for _, s in spans if s["kind"] == "phone"]
    assert sum("\n" in p for p in phones) >= 6
    assert sum(bool(re.search(r"[٠-٩۰-۹]", p)) for p in phones) >= 5
    ibans = [s["text"] for _, s in spans if s["kind"] == "iban"]
    assert sum(i == i.lower() for i in ibans) >= 8
    nulls = sum(r["country"] is None for r in records)
    assert 0.28 <= nulls / len(records) <= 0.40, nulls


def summary(records: list[dict]) -> str:
    table = Counter((s["kind"], r["language"]) for r in records for s in r["spans"])
    head = f"{'kind':<12}" + "".join(f"{lang:>5}" for lang in LANGUAGES) + f"{'total':>7}"
    lines = [head, "-" * len(head)]
    for kind in KINDS:
        row = [table[kind, lang] for lang in LANGUAGES]
        lines.append(f"{kind:<12}" + "".join(f"{n:>5}" for n in row) + f"{sum(row):>7}")
    lines.append("-" * len(head))
    col = [sum(table[k, lang] for k in KINDS) for lang in LANGUAGES]
    lines.append(f"{'spans':<12}" + "".join(f"{n:>5}" for n in col) + f"{sum(col):>7}")
    texts = [sum(r["language"] == lang for r in records) for lang in LANGUAGES]
    lines.append(f"{'texts':<12}" + "".join(f"{n:>5}" for n in texts) + f"{sum(texts):>7}")
    nulls = [sum(r["language"] == lang and r["country"] is None for r in records)
             for lang in LANGUAGES]
    lines.append(f"{'country=null':<12}" + "".join(f"{n:>5}" for n in nulls)
                 + f"{sum(nulls):>7}")
    return "\n".join(lines)


def run() -> None:
    records = [assemble(*row) for row in RECORDS]
    check_totals(records)
    out = DATA_DIR / "unseen.jsonl"
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out.write_bytes(payload.encode("utf-8"))
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    (DATA_DIR / "unseen.sha256").write_text(digest + "\n", encoding="ascii")
    print(summary(records))
    print(f"\n{out} sha256 {digest}")


if __name__ == "__main__":
    run()
