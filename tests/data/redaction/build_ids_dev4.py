"""Build ``ids_dev4.jsonl``: a development set of whole documents for the redaction detectors.

Run with the project's interpreter from anywhere::

    python tests/data/redaction/build_ids_dev4.py [--table]

The sibling sets are short analyst narratives.  This one imitates the documents themselves as
they reach an analyst, four to fifteen lines each and with their layout kept: German, Austrian
and Swiss transfer forms, payment slips and bank statements, court judgements, indictments and
police records, company register extracts, e-mail threads with signature blocks, tables with
pipes or tabs, lists of persons, and OCR'd text with broken lines, hyphenation and stray spaces
inside numbers.  The weight is on German (accounts in every historical and form layout), Greek
(addresses in every style, accounts, ΑΔΤ, ΑΦΜ, ΑΜΚΑ) and Russian (passports, ИНН, СНИЛС,
registration addresses, р/с).  The texts use the ``[[kind:text]]`` markup of ``build_dev.py``
and follow the labelling rules of ``DEV.md``, ``NAMES_DEV.md``, ``IDS_DEV.md``, ``IDS_DEV2.md``
and ``IDS_DEV3.md``; ``IDS_DEV4.md`` lists the decisions added here.  Everything outside markup
is meant to stay unlabelled: BIC codes, a bank code on its own, the БИК, к/с, КПП, ОГРН and
ОГРНИП, company tax, VAT and register numbers, case, file, invoice, customer, mandate and
payment-reference numbers, amounts, dates of events, post-office boxes, places and streets
without a house number, and companies, streets and shops named after people.

Every span is checked with ``build_ids_dev3.py``'s checks (which run those of
``build_ids_dev2.py``, ``build_ids_dev.py`` and ``build_dev.py``): span text and edges, valid
phone numbers, IBAN check digits, account shapes and national checks, the national-identifier
schemes, and the key digit of a Russian account next to a БИК.  Added here: the Swiss postal
account's check digit, a German passport number's check digit, the Greek identity card in its
older and Latin-typed forms (format only), the shape of Russian passports, every date of birth
read as a real date, the birth date encoded in an ΑΜΚΑ, PESEL, NIR, Egyptian national number,
Kazakh IIN or German or Austrian social insurance number agreeing with a date of birth the
record gives, spans that do not overlap, no possessive inside a person span, and the line count
of each document in place of the siblings' sentence count.  No labelled value may be taken over
from the sibling build scripts, no person's name recurs in another record, and the written file
is read back to check every span's offsets.  All names, numbers and addresses are invented.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path

from stdnum.at import vnr as at_vnr
from stdnum.gr import amka as gr_amka
from stdnum.pl import pesel as pl_pesel

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The sibling build scripts hold the markup and identifier checks this one shares.
from build_dev import KINDS, LANGUAGES, SCRIPT_OF, counts_table, dominant_script
from build_ids_dev import MARK, ascii_digits
from build_ids_dev2 import _kazakh_iin_ok
from build_ids_dev3 import (
    _de_id_card_check_ok,
    _de_rvnr_ok,
    _edges_ok,
    check_bik_keys,
    check_span3,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "ids_dev4.jsonl"
PER_LANGUAGE = {"en": 7, "fr": 7, "de": 30, "es": 7, "pl": 7, "ru": 25, "el": 25, "ar": 7}
LINES = (4, 15)
# (Russian internal passports were relabelled national_id on 2026-12-08: passport 25 -> 10.)
MIN_SPANS = {"person": 300, "account": 80, "iban": 40, "national_id": 100, "address": 120,
             "dob": 50, "passport": 10, "phone": 40}
MIN_TOTAL = 900
# Labelled values must not be taken over from these sets.
SIBLINGS = ("build_dev.py", "build_ids_dev.py", "build_ids_dev2.py", "build_ids_dev3.py",
            "build_names_dev.py")

# Each record: (country or None, agency_country, marked text).  Ids are given in order.
RECORDS: dict[str, list[tuple[str | None, str, str]]] = {}

# --- English ---------------------------------------------------------------------------------

RECORDS["en"] = [
    # 1 a bank statement
    ("GB", "GB",
     "NORTHGATE BANK plc                                        Statement of Account\n"
     "Mr [[person:O J TREGUNNA-PASCOE]]                       "
     "Sort code [[account:20-41-87   Account "
     "53912064]]\n"
     "[[address:14 Chapel Row\nMevagissey\nSt Austell PL26 6PJ]]\n"
     "Date      Description                                        Paid out    Paid in\n"
     "02 Mar    FPI  [[person:ROSKILLY T]]  REF LOAN BACK                          1,500.00\n"
     "04 Mar    FPO  [[person:ZANELLI-HART B]]  [[account:30-94-11 41177502]]  RENT MAR"
     "          825.00\n"
     "09 Mar    BGC  CARNGLAZE FISH LTD                                         2,312.60\n"
     "15 Mar    FPO  [[person:M KESTLE]]  [[account:608371 22904163]]  BOAT DEP        "
     "4,000.00\n"
     "21 Mar    DD   CORNWALL COUNCIL TAX  REF 4417720                 168.00\n"
     "Balance carried forward                                                    3,019.47"),
    # 2 an e-mail thread with a solicitor's signature
    ("GB", "GB",
     "From: [[person:Ottilie Brackenbury]] <[[email:o.brackenbury@brackenbury-fosse.co.uk]]>\n"
     "Sent: 11 May 2022 16:08\n"
     "To: [[person:Lachlan Dewhirst-Amory]] <[[email:lachlan.da@fastmail.co.uk]]>\n"
     "Subject: RE: Completion – [[address:7 Quarry Bank, Settle]]\n"
     "Dear Lachlan,\n"
     "Completion monies should be sent only to our client account, sort code "
     "[[account:40-16-22, account number 61038274]]. We never change our bank details by "
     "e-mail.\n"
     "> On 11 May 2022, at 14:51, [[person:Lachlan Dewhirst-Amory]] wrote:\n"
     "> I have had an e-mail from a [[person:Gideon Threlkeld]] asking me to pay into "
     "[[iban:GB65 MONZ 0400 0439 1182 06]] instead?\n"
     "Kind regards\n"
     "[[person:Ottilie Brackenbury]]\n"
     "Partner, Brackenbury Fosse LLP\n"
     "[[address:The Old Bank House, 22 Market Place, Settle BD24 9ED]]\n"
     "T: [[phone:01729 823 416]] | M: [[phone:07814 552 096]]"),
    # 3 a company officers list
    ("GB", "GB",
     "COMPANIES HOUSE – Officers: QUILLFEATHER LOGISTICS LTD (Company number 12948817)\n"
     "1. [[person:HARGREAVE-NDIAYE, Cosima Jane]]\n"
     "   Correspondence address: [[address:Unit 4, Brindley Court, 72 Gravelly Lane, "
     "Birmingham, B23 6XH]]\n"
     "   Role: Director   Date of birth: [[dob:March 1981]]   Appointed on 4 May 2020\n"
     "   Nationality: British   Country of residence: England   Occupation: Company Director\n"
     "2. [[person:WOJTASZEK, Radosław]]\n"
     "   Correspondence address: [[address:Flat 9, Ravenscroft House, 118 Soho Road, "
     "Birmingham, B21 9DP]]\n"
     "   Role: Director   Date of birth: [[dob:November 1976]]   Appointed on 4 May 2020\n"
     "   Resigned on 30 September 2021\n"
     "Persons with significant control: Ms [[person:Cosima Jane Hargreave-Ndiaye]], "
     "ownership of shares 75% or more."),
    # 4 an indictment
    ("GB", "GB",
     "INDICTMENT                                           No. T20227104\n"
     "IN THE CROWN COURT AT SNARESBROOK\n"
     "THE KING v [[person:DARNELL OKONKWO-BRIGGS]] and [[person:FENELLA MARCHBANK]]\n"
     "[[person:DARNELL OKONKWO-BRIGGS]] and [[person:FENELLA MARCHBANK]] are charged as follows:\n"
     "Count 1\n"
     "STATEMENT OF OFFENCE\n"
     "Conspiracy to defraud, contrary to common law.\n"
     "PARTICULARS OF OFFENCE\n"
     "[[person:DARNELL OKONKWO-BRIGGS]] and [[person:FENELLA MARCHBANK]], between 1 January "
     "2021 and 30 June 2022, conspired together and with\n"
     "[[person:Tobias Wrenfield]] and [[person:Kezia Amponsah-Lowe]] to defraud customers of "
     "Harlow Credit Union by inducing them\n"
     "to transfer money into account number [[account:30-96-34 71840223]] and into "
     "[[iban:GB56 LOYD 3096 3471 8402 31]].\n"
     "[[person:L. Oyelowo-Penge]]\n"
     "An officer of the Crown Court"),
    # 5 the front page of a witness statement
    ("GB", "GB",
     "RESTRICTED (when complete)                                                      MG 11\n"
     "WITNESS STATEMENT   (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; MC Rules "
     "1981, r.70)\n"
     "URN: 44 / 1NX / 01882 / 22\n"
     "Statement of: [[person:Perpetua Anne Gillingham-Rowse]]\n"
     "Age if under 18: Over 18          Occupation: Retired teacher\n"
     "Home address: [[address:3 Tregenna Hill, St Ives, Cornwall TR26 1SE]]\n"
     "Home telephone: [[phone:01736 795 214]]      Mobile: [[phone:07712 448 301]]\n"
     "Email address: [[email:p.gillingham-rowse@btinternet.com]]\n"
     "Date of birth: [[dob:17/04/1948]]        Maiden name: [[person:Trevaskis]]\n"
     "On Tuesday 12th April 2022 I received a call from a man who said he was calling from "
     "my bank's fraud team.\n"
     "He told me to move my savings to a 'safe account', sort code [[account:23-14-70, "
     "account 88120453]], in the name of [[person:D. Fairclough-Ennis]].\n"
     "Signature: [[person:P. A. Gillingham-Rowse]]      Date: 13/04/2022"),
    # 6 an Irish attachment notice
    ("IE", "IE",
     "NOTICE OF ATTACHMENT – Section 1002, Taxes Consolidation Act 1997\n"
     "To: Bank of the Western Seaboard DAC, [[address:Block C, Eastpoint Business Park, "
     "Dublin 3, D03 H5K2]]\n"
     "Taxpayer: [[person:Ciarán Ó Maoilchiaráin]]\n"
     "PPSN: [[national_id:6433718R]]\n"
     "Address: [[address:Apartment 12, The Maltings, Bow Lane West, Dublin 8, D08 X2P4]]\n"
     "Accounts: [[iban:IE53 WSDA 9311 4518 4207 73]] (current), "
     "NSC [[account:93-11-45, account 18420781]] (deposit)\n"
     "Amount specified in the notice: €14,206.00\n"
     "You are required to deliver to the Revenue Commissioners a return of the amount held "
     "to the credit of the taxpayer.\n"
     "Issued by: [[person:Gráinne Nic Fhionnlaoich]], Collector-General's Division, "
     "[[phone:+353 1 738 3660]]"),
    # 7 a redirected invoice from a seized laptop
    (None, "GB",
     "INVOICE 2022-118                                                   Date: 08/09/2022\n"
     "From: Halcyon Marine Surveys Ltd, [[address:Unit 9, Quayside Business Park, Harbour Road, "
     "Rye TN31 7TE]]\n"
     "To: Mr [[person:Barnaby Quartermain-Lisle]], [[address:Flat 3, 41 Adelaide Crescent, "
     "Hove BN3 2JJ]]\n"
     "Pre-purchase survey, yacht 'Larkspur' (Hallberg-Rassy 37)                  £2,850.00\n"
     "PLEASE NOTE OUR BANK DETAILS HAVE CHANGED\n"
     "Account name: H M Surveys\n"
     "Sort code: [[account:04-00-75\nAccount number: 29183347]]\n"
     "IBAN: [[iban:GB34 REVO 0400 7529 1833 47]]\n"
     "Contact: [[person:Jolyon Pettifer]], [[phone:+44 7781 442 913]], "
     "[[email:accounts@halcyon-marine-surveys.co.uk]]"),
]

# --- French ----------------------------------------------------------------------------------

RECORDS["fr"] = [
    # 1 a criminal court judgement
    ("FR", "FR",
     "TRIBUNAL JUDICIAIRE DE LILLE – 6e chambre correctionnelle\n"
     "JUGEMENT du 14 mars 2022          N° minute : 22/418          N° parquet : 21018000412\n"
     "PRÉVENU\n"
     "Nom : [[person:VANDERSTRAETEN-LEFLOCH]]          Prénoms : Gaëtan Marcel\n"
     "né le [[dob:11 août 1983]] à Roubaix (Nord), de nationalité française\n"
     "demeurant : [[address:27 rue de l'Alma, appt 4, 59100 Roubaix]]\n"
     "N° de sécurité sociale : [[national_id:1 83 08 59 512 087 20]]\n"
     "comparant, assisté de Maître [[person:Honorine Delcourt-Mabille]], avocat au barreau de "
     "Lille\n"
     "PRÉVENU DE : escroquerie en bande organisée, blanchiment\n"
     "Le tribunal relève que les fonds ont transité par le compte "
     "[[iban:FR76 1627 5008 5008 2044 1773 153]]\n"
     "ouvert au nom de sa compagne, Mme [[person:Maëlys Boutteville]], domiciliée "
     "[[address:4 allée des Tilleuls, 59170 Croix]]."),
    # 2 a company register extract
    ("FR", "FR",
     "Greffe du Tribunal de commerce de Nantes\n"
     "EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIÉTÉS à jour au "
     "02/05/2023\n"
     "Immatriculation au RCS, numéro 892 417 331 R.C.S. Nantes\n"
     "Dénomination : KERVELLEC NAUTISME     Forme juridique : Société par actions simplifiée\n"
     "Adresse du siège : [[address:14 quai de la Fosse, 44000 Nantes]]\n"
     "GESTION, DIRECTION, ADMINISTRATION, CONTRÔLE, ASSOCIÉS OU MEMBRES\n"
     "Président\n"
     "Nom, prénoms : [[person:KERVELLEC Yann-Erwan]]\n"
     "Date et lieu de naissance : Le [[dob:22/09/1979]] à Quimper (29)\n"
     "Domicile personnel : [[address:8 impasse des Goélands, 44380 Pornichet]]\n"
     "Directeur général\n"
     "Nom, prénoms : [[person:LE BIHAN-KERVELLEC Soazig Marie]]\n"
     "Date et lieu de naissance : Le [[dob:3 janvier 1981]] à Brest (29)\n"
     "Domicile personnel : [[address:8 impasse des Goélands, 44380 Pornichet]]"),
    # 3 a transfer order with the RIB written part by part
    ("FR", "FR",
     "ORDRE DE VIREMENT\n"
     "Donneur d'ordre : M. [[person:Aurélien Passebosc]]\n"
     "Adresse : [[address:12 bis chemin de la Madeleine, 81000 Albi]]\n"
     "Compte à débiter : code banque "
     "[[account:13506, code guichet 10000, "
     "n° de compte 71144820513, clé RIB 88]]\n"
     "Bénéficiaire : Mme [[person:Solène Garrigou-Lafargue]]\n"
     "IBAN : [[iban:FR76 1780 7006 1044 1277 0391 830]]\n"
     "BIC : CCBPFRPPTLS\n"
     "Montant : 9 800,00 €     Motif : solde achat véhicule Peugeot 3008\n"
     "Tél. du donneur d'ordre : [[phone:06 71 40 28 95]]\n"
     "Fait à Albi, le 3/11/2021          Signature : [[person:A. Passebosc]]"),
    # 4 a Belgian interview record
    ("BE", "BE",
     "POLICE FÉDÉRALE – PJF Liège – PROCÈS-VERBAL D'AUDITION        PV LI.55.L1.004417/2022\n"
     "Le 18/10/2022 à 09h15, nous entendons la personne suivante :\n"
     "Nom : [[person:DEMOULIN-ZAKARIAN]]     Prénom : Arsène\n"
     "Né le : [[dob:14/06/1979]] à Seraing\n"
     "N° de registre national : [[national_id:79.06.14-233.78]]\n"
     "Domicile : [[address:Rue de la Station 44 boîte 3, 4020 Liège]]\n"
     "GSM : [[phone:0476 21 88 04]]\n"
     "Compte bancaire déclaré : [[iban:BE02 0017 7420 1940]]\n"
     "« J'ai prêté ma carte bancaire à [[person:Quentin Vanhoutteghem]] qui habite "
     "[[address:Quai de la Boverie 112, 4020 Liège]].\n"
     "Je ne connais pas la personne qui lui envoyait l'argent, une certaine "
     "[[person:Nadège Ceulemans]]. »\n"
     "Lecture faite, persiste et signe.   L'inspecteur principal [[person:J. Wathelet-Ruys]]"),
    # 5 an e-mail from a notary's office
    ("FR", "FR",
     "De : [[person:Blandine Escoffier-Rapin]] <[[email:b.escoffier@notaires-escoffier.fr]]>\n"
     "Envoyé : mardi 7 février 2023 10:41\n"
     "À : [[email:thibault.morvezen@laposte.net]]\n"
     "Objet : Vente [[person:MORVEZEN]] / [[person:HALLOUIN]] – fonds à virer\n"
     "Monsieur [[person:Morvezen]],\n"
     "je vous confirme que le prix de vente doit être versé exclusivement sur le compte de "
     "l'étude à la Caisse des dépôts,\n"
     "[[iban:FR26 4003 1000 0100 0041 2775 D85]]. Toute autre coordonnée bancaire doit être "
     "considérée comme frauduleuse.\n"
     "Bien cordialement,\n"
     "Me [[person:Blandine Escoffier-Rapin]]\n"
     "Notaire associée – SCP Escoffier & Rapin\n"
     "[[address:3 place du Martroi, 45000 Orléans]]\n"
     "Tél. [[phone:02 38 53 17 60]] – Fax [[phone:02 38 53 17 69]]"),
    # 6 a Moroccan police record in French
    ("MA", "MA",
     "ROYAUME DU MAROC – Direction Générale de la Sûreté Nationale – Préfecture de Police de "
     "Tanger\n"
     "PROCÈS-VERBAL D'AUDITION N° 2214/BPJ\n"
     "Identité : [[person:EL OUAZZANI-BENKIRANE Mehdi]], fils de Driss et de Latifa\n"
     "Né le [[dob:02/02/1990]] à Tétouan, CIN n° [[national_id:LB 184472]]\n"
     "Demeurant à [[address:Résidence Al Boughaz, immeuble 7, appartement 22, "
     "boulevard Mohammed VI, Tanger]]\n"
     "Téléphone : [[phone:06 61 48 20 73]]\n"
     "Il déclare avoir ouvert le compte RIB "
     "[[account:011 640 0000418822710040 04]] à la demande de "
     "[[person:Anouar Chraïbi-Tazi]],\n"
     "domicilié [[address:23, rue Ibn Batouta, Tanger]], qui lui remettait 2 000 dirhams par "
     "mois.\n"
     "Lecture faite, il persiste et signe avec nous, l'officier de police judiciaire "
     "[[person:Y. Bennani-Smires]]."),
    # 7 an OCR'd account statement
    (None, "FR",
     "RELEVÉ DE COMPTE N° 118        du 01/06/2021 au 30/06/2021        Page 1/2\n"
     "M. ou Mme [[person:TISSERAND-OUAKED Rémi]]\n"
     "[[address:5 rue des Pénitents Blancs\n84000 Avignon]]\n"
     "Compte chèques n° [[account:10278 08900 00447102366 15]]"
     "   IBAN [[iban:FR76 1027 8089 0000 4471 0236 615]]\n"
     "Date    Libellé                                                   Débit      Crédit\n"
     "03/06   VIR SEPA RECU DE MME [[person:BOUZIGUES ODILE]]                         1 200,00\n"
     "07/06   VIR SEPA EMIS VERS [[person:CASTAGNEDE P.]] "
     "[[iban:FR8830002058100000713366F09]]   950,00\n"
     "12/06   PRLV SEPA EDF CLIENTS PARTICULIERS REF 1128 4471              64,18\n"
     "18/06   RETRAIT DAB 18/06 AVIGNON GARE                              300,00\n"
     "Nouveau solde créditeur au 30/06/2021 : 1 442,07 EUR"),
]

# --- German ----------------------------------------------------------------------------------

RECORDS["de"] = [
    # 1 an old transfer form, OCR'd field by field
    ("DE", "DE",
     "ÜBERWEISUNGSAUFTRAG / ZAHLSCHEIN   (Asservat 14.2, Beleg 3 von 7)\n"
     "Empfänger: Name, Vorname/Firma (max. 27 Stellen)\n"
     "[[person:ZWIRNEMANN, Ortwin]]\n"
     "Konto-Nr. des Empfängers\n"
     "[[account:52 819 004 37\nBankleitzahl\n380 601 86]]\n"
     "bei (Kreditinstitut)   Volksbank Bonn Rhein-Sieg\n"
     "EUR   4.850,--\n"
     "Verwendungszweck: RG 2291 Anz. Lagerhalle Troisdorf\n"
     "Kontoinhaber/Einzahler: Name, Vorname/Firma, Ort (max. 27 Stellen)\n"
     "[[person:Dorothee Ockenfels]], Siegburg\n"
     "Konto-Nr. des Kontoinhabers   [[account:0 318 447 562]]\n"
     "Datum 11.02.1999      Unterschrift  [[person:D. Ockenfels]]"),
    # 2 a SEPA transfer form with the field labels on lines of their own
    ("DE", "DE",
     "SEPA-Überweisung/Zahlschein\n"
     "Angaben zum Zahlungsempfänger: Name, Vorname/Firma (max. 27 Stellen)\n"
     "[[person:Hendrikje Uhlendorff-Brakel]]\n"
     "IBAN\n"
     "[[iban:D E 1 1 4 2 0 5 0 0 0 1 0 1 1 3 8 7 0 2 9 4]]\n"
     "BIC des Kreditinstituts/Zahlungsdienstleisters (8 oder 11 Stellen)\n"
     "WELADED1GEK\n"
     "Betrag: Euro, Cent\n"
     "1.200,00\n"
     "Kunden-Referenznummer - Verwendungszweck, ggf. Name und Anschrift des Zahlers\n"
     "Miete März Whg. 3. OG links\n"
     "Angaben zum Kontoinhaber/Zahler: Name, Vorname/Firma, Ort (max. 27 Stellen)\n"
     "[[person:Laurenz Sprenkmann]], Gelsenkirchen\n"
     "IBAN\n"
     "[[iban:DE67 4206 0330 0004 7193 82]]"),
    # 3 a savings-bank statement
    ("DE", "DE",
     "Sparkasse Lemgo        Kontoauszug 7/2019        Blatt 1\n"
     "Girokonto   Konto-Nr. [[account:4 018 227 936   BLZ 482 501 10]]\n"
     "Herrn\n"
     "[[person:Arnold Gessinghaus]]\n"
     "[[address:Mittelstraße 114\n32657 Lemgo]]\n"
     "Bu-Tag  Wert   Vorgang                                                     Betrag EUR\n"
     "03.07.  03.07. Überweisung an [[person:WOEHRMANN-TIEDKE, SABINE]] "
     "KTO [[account:2190331847 BLZ 25050180]]  Darlehen Rate 3            -2.400,00\n"
     "05.07.  05.07. Gutschrift PLASCHNICK BAUELEMENTE GMBH "
     "IBAN [[iban:DE70482501100000733105]] LOHN 06/19    +2.913,44\n"
     "10.07.  10.07. Lastschrift Stadtwerke Lemgo Kd-Nr. 330 1872 55 Abschlag     -84,00\n"
     "14.07.  14.07. Bargeldauszahlung GA 14.07./11.52 Uhr Karte 2                 -500,00\n"
     "17.07.  17.07. Dauerauftrag [[person:Ilse Gessinghaus]] Taschengeld "
     "IBAN [[iban:DE20 4825 0110 0004 2107 76]]    -150,00\n"
     "Alter Kontostand 1.284,17 H           Neuer Kontostand 1.063,61 H"),
    # 4 an indictment
    ("DE", "DE",
     "Staatsanwaltschaft Bielefeld                                  406 Js 1187/18\n"
     "ANKLAGESCHRIFT\n"
     "Herr [[person:Quirin Hallmannsreuther]], geboren am [[dob:03.11.1979]] in Detmold,\n"
     "wohnhaft [[address:Bültmannshof 7a, 33615 Bielefeld]], ledig, deutscher Staatsangehöriger,\n"
     "Personalausweis-Nr. [[national_id:LZ6K4M1R9]], "
     "Steuer-Identifikationsnummer [[national_id:58 309 142 755]],\n"
     "– Verteidiger: Rechtsanwalt Dr. [[person:Bodo Kreienbrink]], "
     "[[address:Niederwall 41, 33602 Bielefeld]] –\n"
     "wird angeklagt,\n"
     "in der Zeit vom 4. März bis 19. Juni 2018 in Bielefeld und andernorts durch 14 "
     "selbständige Handlungen\n"
     "andere in der Absicht, sich einen rechtswidrigen Vermögensvorteil zu verschaffen, "
     "getäuscht zu haben.\n"
     "Die Käufer zahlten auf das Konto Nr. [[account:4 420 918 300]] bei der Volksbank "
     "Bielefeld-Gütersloh (BLZ 480 601 75)\n"
     "sowie auf das Konto der Mitbeschuldigten [[person:Svenja Brökelmann]], "
     "[[iban:DE94 4805 0161 0072 2881 34]]."),
    # 5 an e-mail thread with signature blocks
    ("DE", "DE",
     "Von: [[person:Meike Brinkhege]] <[[email:m.brinkhege@stb-brinkhege-stroetmann.de]]>\n"
     "Gesendet: Dienstag, 14. Mai 2019 09:12\n"
     "An: '[[person:Falk Dornseifer]]' <[[email:falk.dornseifer@dornseifer-holzbau.de]]>\n"
     "Betreff: AW: Kontoverbindung Rückerstattung\n"
     "\n"
     "Hallo Herr [[person:Dornseifer]],\n"
     "bitte überweisen Sie den Betrag auf unser Anderkonto [[iban:DE85 2805 0100 0093 8411 72]] "
     "und nicht mehr auf das alte Konto [[account:93 812 455\nBLZ 280 501 00]].\n"
     "Mit freundlichen Grüßen\n"
     "[[person:Meike Brinkhege]]\n"
     "Steuerberaterin\n"
     "Brinkhege & Stroetmann Steuerberatungsgesellschaft mbH\n"
     "[[address:Lange Straße 38 | 49377 Vechta]]\n"
     "Tel. [[phone:04441 93 61-0]] | Fax [[phone:04441 93 61-29]]"),
    # 6 a company register extract
    ("DE", "DE",
     "Amtsgericht Osnabrück          Handelsregister B          HRB 218741\n"
     "Chronologischer Ausdruck – Abruf vom 02.09.2021 11:04\n"
     "1. Firma: Heidbreder Bauträger GmbH\n"
     "2. Sitz: Melle; Geschäftsanschrift: [[address:Gesmolder Str. 212, 49324 Melle]]\n"
     "3. Gegenstand: Erwerb, Bebauung und Veräußerung von Grundstücken\n"
     "4. Stammkapital: 25.000,00 EUR\n"
     "5. Geschäftsführer: [[person:Heidbreder, Tjark]], Melle, *[[dob:19.06.1971]]; "
     "einzelvertretungsberechtigt\n"
     "   Geschäftsführerin: [[person:Immenkötter-Wessel, Annegret]], Bad Essen, "
     "*[[dob:02.12.1968]]\n"
     "6. Prokura: Einzelprokura: [[person:Voßkötter, Hinrich]], Osnabrück, *[[dob:27.01.1983]]\n"
     "7. Rechtsform: Gesellschaft mit beschränkter Haftung; Gesellschaftsvertrag vom "
     "14.03.2016\n"
     "8. Tag der letzten Eintragung: 30.07.2021"),
    # 7 an Austrian SEPA payment order
    ("AT", "AT",
     "ZAHLUNGSANWEISUNG                              AUFTRAGSBESTÄTIGUNG\n"
     "EmpfängerIn Name/Firma\n"
     "[[person:Theresia Schnepfleitner]]\n"
     "IBAN EmpfängerIn\n"
     "[[iban:AT65 3450 0003 0211 7745]]\n"
     "BIC EmpfängerIn     RZOOAT2L500\n"
     "Betrag EUR 3.460,00        Zahlungsreferenz  Akonto Sanierung Top 7\n"
     "Verwendungszweck  Objekt [[address:Hallwanger Landesstraße 19/7, 5300 Hallwang]]\n"
     "IBAN KontoinhaberIn/AuftraggeberIn\n"
     "[[iban:AT122040400000815223]]\n"
     "KontoinhaberIn/AuftraggeberIn Name\n"
     "[[person:Engelbert Pöltl]]\n"
     "Unterschrift ZeichnungsberechtigteR   [[person:E. Pöltl]]"),
    # 8 an old Austrian paying-in slip
    ("AT", "AT",
     "ERLAGSCHEIN                               Österreichische Postsparkasse\n"
     "Empfänger: Ebenführer & Söhne Installationen OG, Graz\n"
     "Kontonummer Empfänger              BLZ\n"
     "[[account:74.283.195             60000]]\n"
     "Betrag S 14.720,--     Verwendungszweck: Rechnung 88/1998 Bad und WC\n"
     "Einzahler/in:\n"
     "[[person:Waltraud Gritsch]]\n"
     "[[address:Schießstattgasse 14/2\n8010 Graz]]\n"
     "Auftraggeberkonto: Kontonummer [[account:44.182.271, BLZ 38000]]\n"
     "Stempel: Postamt 8010 Graz, 21.10.1998"),
    # 9 a Swiss paying-in slip with reference number (ESR)
    ("CH", "CH",
     "Empfangsschein / Récépissé / Ricevuta\n"
     "Einzahlung für / Versement pour / Versamento per\n"
     "[[person:Ruedi Inäbnit]], Schreinerei\n"
     "[[address:Oberdorfstrasse 27\n3812 Wilderswil]]\n"
     "Konto / Compte / Conto   [[account:30-418726-0]]\n"
     "CHF  2780.45\n"
     "Referenznummer  21 00000 00003 13947 14300 09017\n"
     "Einbezahlt von / Versé par / Versato da\n"
     "[[person:Vreni Wyssbrod-Nüesch]]\n"
     "[[address:Chemin des Vergers 4\n2800 Delémont]]\n"
     "0100002780458>210000000003139471430009017+ [[account:304187260]]>"),
    # 10 a Swiss QR bill, payment part
    ("CH", "CH",
     "Zahlteil\n"
     "Konto / Zahlbar an\n"
     "[[iban:CH90 3081 5001 9483 7206 6]]\n"
     "[[person:Gian-Reto Tschudin]]\n"
     "[[address:Via dal Bagn 12\n7500 St. Moritz]]\n"
     "Referenz   00 00000 00218 83047 55100 00412\n"
     "Zusätzliche Informationen   Rechnung Nr. 3139471 vom 15.10.2020\n"
     "Zahlbar durch\n"
     "[[person:Corinne Bärtschiger]]\n"
     "[[address:Schaffhauserstrasse 318\n8050 Zürich]]\n"
     "Währung   Betrag\n"
     "CHF       1 949.50"),
    # 11 personal details of an accused person, tab layout
    ("DE", "DE",
     "Polizeipräsidium Dortmund – KK 21 – Vernehmung eines Beschuldigten\n"
     "Familienname:\t[[person:Thielking-Oberbeck]]\n"
     "Vorname(n):\tJördis Malin\n"
     "Geburtsname:\t[[person:Oberbeck]]\n"
     "Geburtsdatum:\t[[dob:17.08.1988]]\tGeburtsort: Unna\n"
     "Wohnanschrift:\t[[address:Körner Hellweg 96\n\t44143 Dortmund]]\n"
     "Telefon:\t[[phone:0231 59 48 20]]\tmobil [[phone:0151 2340 9187]]\n"
     "Ausweis:\tPA [[national_id:T4H70GK2M5]], gültig bis 09/2027\n"
     "Sozialversicherungs-Nr.:\t[[national_id:12 170888 O 516]]\n"
     "Beruf:\tBürokauffrau\n"
     "Belehrung gemäß § 136 StPO erfolgt. Die Beschuldigte will sich zur Sache äußern."),
    # 12 a garnishment order
    ("DE", "DE",
     "Amtsgericht Hagen – Vollstreckungsgericht –                 17 M 2204/20\n"
     "PFÄNDUNGS- UND ÜBERWEISUNGSBESCHLUSS\n"
     "In der Zwangsvollstreckungssache\n"
     "[[person:Gudrun Ellerbrock]], [[address:Eppenhauser Str. 160, 58093 Hagen]]  – "
     "Gläubigerin –\n"
     "Prozessbevollmächtigte: Rechtsanwälte Rüdenauer & Kollegen, "
     "[[address:Bergstraße 91, 58095 Hagen]]\n"
     "gegen\n"
     "[[person:Marek Kasperczak]], geb. [[dob:23.08.1984]], "
     "[[address:Lützowstraße 12, 58095 Hagen]]  – Schuldner –\n"
     "wird die angebliche Forderung des Schuldners gegen\n"
     "Sparkasse HagenHerdecke, [[address:Körnerstraße 3, 58095 Hagen]]  – Drittschuldnerin –\n"
     "aus dem Girokonto Nr. [[account:100 477 3180]] und dem Sparkonto Nr. "
     "[[account:3301 882 071 bei BLZ 450 500 01]]\n"
     "sowie aus dem bei der Drittschuldnerin geführten Konto "
     "[[iban:DE13 4505 0001 0100 9192  14]]\n"
     "gepfändet und dem Gläubiger zur Einziehung überwiesen."),
    # 13 an old bank statement with the account in a header row
    ("DE", "DE",
     "VOLKSBANK MINDEN-HILLE EG                                      KONTOAUSZUG\n"
     "KONTO-NR.       BLZ            AUSZUG   BLATT   DATUM\n"
     "[[account:3 044 781 500    490 601 27]]        012       1    30.06.1997\n"
     "EHELEUTE\n"
     "[[person:GERHARD UND ILSE BRUNSIEK]]\n"
     "[[address:DANKERSER STR. 48\n32423 MINDEN]]\n"
     "BU-TAG  VORGANG                                          WERT      BETRAG DM\n"
     "02.06.  UEBERWEISUNG [[person:KLAAS HOYERSWORT]] KTO [[account:5518 2207 BLZ 25090500]] "
     "MIETE JUNI   02.06.   850,00-\n"
     "11.06.  SCHECKEINREICHUNG SCHECK-NR. 4471183                  11.06.   1.320,00+\n"
     "27.06.  GEHALT WESERWERFT GMBH                                 30.06.   3.977,12+\n"
     "NEUER KONTOSTAND VOM 30.06.1997                                         6.208,44+"),
    # 14 a table of account holders, pipe layout
    ("DE", "DE",
     "Anlage 3 zum Ermittlungsbericht vom 14.10.2020 – Übersicht Kontoinhaber\n"
     "| Nr | Name, Vorname | geb. | Anschrift | Konto / BLZ |\n"
     "|----|---------------|------|-----------|-------------|\n"
     "| 1 | [[person:Trautvetter, Malte]] | [[dob:14.02.1990]] | "
     "[[address:Am Steinbruch 3, 99867 Gotha]] | [[account:318 004 7725 / 820 510 00]] |\n"
     "| 2 | [[person:Sattelmayr, Kunigunde]] | [[dob:30.09.1958]] | "
     "[[address:Klosterstr. 8, 96215 Lichtenfels]] | [[account:771 290 00 / 0002 115 384]] |\n"
     "| 3 | [[person:Derksen-Quernheim, Wiebke]] | [[dob:07.07.1977]] | "
     "[[address:Hafenstraße 22 a, 26789 Leer]] | "
     "[[iban:DE42 2855 0000 0004 4771 26]] |\n"
     "| 4 | [[person:Ruhnke, Jannis]] | [[dob:19.11.2001]] | ohne festen Wohnsitz | "
     "Sparbuch [[account:4410 227 183]] |\n"
     "| 5 | [[person:Ćosić, Danijel]] | [[dob:05.05.1995]] | [[address:Magdeburger Allee 61, "
     "99086 Erfurt]] | Kto. [[account:61 330 418 BLZ 820 540 52]] |\n"
     "Quelle: Kontenabrufverfahren nach § 24c KWG, Auskünfte der Institute Bl. 112–140 d.A."),
    # 15 an OCR'd judgement with hyphenation at the line ends
    ("DE", "DE",
     "LANDGERICHT ESSEN  –  IM NAMEN DES VOLKES  –  URTEIL\n"
     "In der Strafsache gegen den Kaufmann [[person:Frederik Gün-\nnewig]], geboren am "
     "[[dob:21. Mai 1975]] in Bottrop, wohnhaft [[address:Hülsmann-\nstraße 40, 45355 Essen]], "
     "zurzeit in dieser Sache in Untersuchungshaft,\n"
     "wegen Betruges u. a.\n"
     "hat die 2. große Strafkammer des Landgerichts Essen in der Sitzung vom 14.09.2016, "
     "an der teilgenommen haben:\n"
     "Vorsitzender Richter am Landgericht [[person:Kaltwasser]] als Vorsitzender,\n"
     "Richterin am Landgericht Dr. [[person:Niehues-Bramkamp]] als beisitzende Richterin,\n"
     "Staatsanwalt [[person:Ehmke]] als Beamter der Staatsanwaltschaft,\n"
     "Rechtsanwalt [[person:Tönnies-Wagemann]] aus Gelsenkirchen als Verteidiger,\n"
     "für Recht erkannt:\n"
     "Der Angeklagte wird wegen Betruges in 23 Fällen zu einer Gesamtfreiheitsstrafe von "
     "drei Jahren verurteilt. Das auf dem Konto\n"
     "Nr. [[account:10 38 77 41 06]] bei der Sparkasse Bottrop sichergestellte Guthaben wird "
     "eingezogen."),
    # 16 a search warrant
    ("DE", "DE",
     "Amtsgericht Tiergarten – Ermittlungsrichter –          352 Gs 1904/21\n"
     "BESCHLUSS\n"
     "In dem Ermittlungsverfahren gegen\n"
     "1. [[person:Levent Karagöz-Hübner]], geb. am [[dob:09.01.1992]] in Berlin, wohnhaft "
     "[[address:Hagelberger Straße 47, Hinterhaus, 2. OG links, 10965 Berlin]],\n"
     "2. [[person:Bogumiła Wierzchoń]], geb. am [[dob:16.03.1989]] in Słubice, wohnhaft "
     "[[address:Gneisenaustr. 104, Seitenflügel, 10961 Berlin]], poln. Reisepass "
     "[[passport:EK4418207]],\n"
     "wegen Verdachts des gewerbsmäßigen Bandenbetruges\n"
     "wird gemäß §§ 102, 105 StPO die Durchsuchung der Wohnungen der Beschuldigten "
     "einschließlich Kellerräume\n"
     "sowie des Pkw VW Caddy, amtliches Kennzeichen [[plate:B-KW 3381]], und des "
     "Kleintransporters [[plate:OSL-BW 95]] angeordnet.\n"
     "Es ist zu erwarten, dass die Durchsuchung zum Auffinden von Kontounterlagen zu den "
     "Konten [[iban:DE35 1009 0000 2746 1180 03]]\n"
     "und [[iban:DE04 1005 0000 0190 2477 31]] führen wird.\n"
     "[[person:Pfeilschifter]], Richter am Amtsgericht"),
    # 17 a certificate of registration
    ("DE", "DE",
     "Stadt Paderborn – Bürgeramt\n"
     "EINFACHE MELDEBESCHEINIGUNG nach § 18 Abs. 1 BMG\n"
     "Familienname:  [[person:Lüdecking]]\n"
     "Vornamen:      Henrike Mareike\n"
     "Geburtsname:   [[person:Stroop]]\n"
     "Geburtsdatum:  [[dob:04.04.1993]]\n"
     "Geburtsort:    Lippstadt\n"
     "Anschrift:     [[address:Riemekestraße 61\n               33102 Paderborn]]\n"
     "Einzugsdatum:  01.10.2018\n"
     "Paderborn, den 12.03.2021\n"
     "Im Auftrag\n"
     "[[person:Schönhoff]]"),
    # 18 an income-tax assessment
    ("DE", "DE",
     "Finanzamt Gütersloh  ·  Postfach 1465  ·  33244 Gütersloh\n"
     "Eheleute\n"
     "[[person:Clemens und Beate Stockebrand]]\n"
     "[[address:Kattenstrother Weg 87\n33330 Gütersloh]]\n"
     "Steuernummer 347/5021/1187      Identifikationsnummer Ehemann "
     "[[national_id:73019584722]]\n"
     "                                Identifikationsnummer Ehefrau "
     "[[national_id:24 681 357 921]]\n"
     "Bescheid für 2017 über Einkommensteuer, Solidaritätszuschlag und Kirchensteuer\n"
     "Festgesetzt werden: Einkommensteuer 14.882,00 EUR\n"
     "Die Erstattung von 1.306,53 EUR wird auf das Konto "
     "[[iban:DE59 4785 3520 0000 4188 56]] bei der Kreissparkasse\n"
     "Wiedenbrück überwiesen."),
    # 19 a direct-debit mandate with one field per line
    ("DE", "DE",
     "SEPA-Lastschriftmandat\n"
     "Zahlungsempfänger: Fitnesspark Vorwerk GmbH, [[address:Oeverseestraße 10, 22769 Hamburg]]\n"
     "Gläubiger-Identifikationsnummer: DE71ZZZ00001938271\n"
     "Mandatsreferenz: FP-2019-004712\n"
     "Kontoinhaber (Vorname, Name): [[person:Swantje Heidebrecht]]\n"
     "Straße, Hausnummer: [[address:Holstenstraße 190]]\n"
     "PLZ, Ort: 22765 Hamburg\n"
     "Kreditinstitut: Hamburger Sparkasse\n"
     "IBAN: [[iban:DE21 2005 0550 1284 4097 31]]\n"
     "BIC: HASPDEHHXXX\n"
     "Ort, Datum: Hamburg, 02.01.2020     Unterschrift: [[person:S. Heidebrecht]]"),
    # 20 an intercept transcript in which bank details are read out
    (None, "DE",
     "TKÜ 512 Js 88/19 – Anschluss [[phone:0176 48213907]] – Gespräch 1187, 23.02.2019, "
     "19:42 Uhr\n"
     "A = Anschlussinhaber [[person:Veit Kuhnhenn]], B = unbekannter Mann, genannt „Mücke“\n"
     "B: hast du jetzt die Nummer?\n"
     "A: ja, schreib mit. Kontonummer [[account:5 4 3 0 1 7 9 2 2, BLZ 1 0 0 9 0 0 0 0]], "
     "läuft auf [[person:Ronja Plümecke]].\n"
     "B: und wo wohnt die?\n"
     "A: [[address:Fuldastraße 9, Vorderhaus, 12045 Berlin]], bei den [[person:Plümeckes]] "
     "steht nur [[person:Kramer-Wolf]] auf dem Schild.\n"
     "B: gib mir noch ihre Handynummer.\n"
     "A: [[phone:0157 3348 1902]], aber ruf nicht vor zehn an.\n"
     "Anmerkung des Übersetzers/Auswerters: „[[person:Kramer-Wolf]]“ ist vermutlich ein "
     "Untermieter."),
    # 21 a bank's reply to a request for information
    ("DE", "DE",
     "Commerzbank AG – Zentrale Auskunftsstelle Behördenanfragen\n"
     "Ihr Auskunftsersuchen vom 03.05.2021, Az. 81 Js 405/21\n"
     "Zu der Person [[person:Yvonne Schmeddinghoff]], geb. [[dob:28.02.1982]], unterhalten wir "
     "folgende Geschäftsbeziehungen:\n"
     "Girokonto\t[[iban:DE41 3204 0024 0418 6627 00]]\teröffnet 14.01.2014\tInhaberin\n"
     "Tagesgeld\tBLZ/Kto. [[account:320 400 24 / 418 662 701]]\teröffnet 02.06.2017\tInhaberin\n"
     "Gemeinschaftskonto\t[[iban:DE84 3204 0024 0418 6627 02]]\tmit "
     "[[person:Anselm Schmeddinghoff]], geb. [[dob:11.12.1979]]\n"
     "Hinterlegte Anschrift: [[address:Uerdinger Straße 402, 47800 Krefeld]]\n"
     "Hinterlegte Rufnummer: [[phone:+49 2151 598 331]], E-Mail: "
     "[[email:y.schmeddinghoff@gmx.net]]\n"
     "Legitimation: Personalausweis [[national_id:M7R2X0L95]], ausgestellt Stadt Krefeld;\n"
     "bei Kontoeröffnung 2014: Reisepass [[passport:C4F1R7N085]]\n"
     "Mit freundlichen Grüßen\n"
     "Commerzbank AG\n"
     "i. A. [[person:Rietzschel]]          i. A. [[person:Ohnesorge-Paltz]]"),
    # 22 a tenancy agreement
    ("DE", "DE",
     "WOHNRAUMMIETVERTRAG\n"
     "zwischen [[person:Hubertus Ockenga]], [[address:Bloherfelder Straße 212, 26129 Oldenburg]]"
     " – Vermieter –\n"
     "und [[person:Enno Haselhorst]], geb. [[dob:06.09.1996]], und [[person:Merle Stührenberg]], "
     "geb. [[dob:22.01.1997]], – Mieter –\n"
     "§ 1 Mietsache\n"
     "Vermietet wird die Wohnung im 3. OG rechts des Hauses "
     "[[address:Lindenstraße 14, 26123 Oldenburg]], bestehend aus 3 Zimmern, Küche, Bad.\n"
     "§ 4 Miete\n"
     "Die Miete beträgt monatlich 720,00 EUR zuzüglich Nebenkosten und ist bis zum dritten "
     "Werktag zu zahlen.\n"
     "§ 5 Kaution\n"
     "Die Mieter leisten eine Kaution von 2.160,00 EUR auf das Konto des Vermieters bei der "
     "Landessparkasse zu Oldenburg,\n"
     "Kontonummer [[account:012-445 781, BLZ 280 501 00]].\n"
     "Oldenburg, den 15.03.2019   gez. [[person:H. Ockenga]]   gez. [[person:E. Haselhorst]]   "
     "gez. [[person:M. Stührenberg]]"),
    # 23 a vehicle keeper enquiry
    ("DE", "DE",
     "ZEVIS-Auskunft – Halterdaten – Abfrage 19.04.2022 14:11 durch PK Herford\n"
     "Kennzeichen:      [[plate:HF-JT 712]]\n"
     "Fahrzeug:         Skoda Octavia Combi, FIN TMBJJ7NE5K0183472\n"
     "Halter:           [[person:Pawlitzki, Ramona]]\n"
     "geb.:             [[dob:11.06.1986]] in Herford\n"
     "Anschrift:        [[address:Elverdisser Str. 233\n                  32052 Herford]]\n"
     "Versicherer:      HUK-COBURG, VSNR 914/227183-K\n"
     "Zulassung seit:   04.09.2017\n"
     "Vorh. Kennzeichen: [[plate:HF-RP 88]] (abgemeldet 03.09.2017)"),
    # 24 an Austrian indictment (Strafantrag)
    ("AT", "AT",
     "Staatsanwaltschaft Wien                                        33 St 118/19k\n"
     "STRAFANTRAG\n"
     "Die Staatsanwaltschaft Wien beantragt gegen\n"
     "Mag. [[person:Leopold Wurzinger]], geb. [[dob:12.03.1980]] in Mistelbach, "
     "SV-Nr. [[national_id:4812 120380]], österr. StA, Angestellter,\n"
     "wohnhaft in [[address:1100 Wien, Quellenstraße 112/4/17]],\n"
     "vertreten durch RA Dr. [[person:Almut Fenzl]], [[address:Schottenring 19, 1010 Wien]],\n"
     "die Hauptverhandlung vor dem Landesgericht für Strafsachen Wien durchzuführen.\n"
     "Er hat im Zeitraum Jänner bis Oktober 2018 in Wien Gelder seines Arbeitgebers "
     "auf das Konto\n"
     "[[iban:AT19 2011 1284 1990 7311]] sowie auf das auf seine Lebensgefährtin "
     "[[person:Martina Hinterecker]] lautende Konto\n"
     "Kontonummer [[account:512-884-301/00]] (BLZ 20111) überwiesen und dadurch das "
     "Verbrechen der Untreue begangen."),
    # 25 a Swiss penalty order
    ("CH", "CH",
     "Staatsanwaltschaft Zürich-Limmat\n"
     "STRAFBEFEHL\n"
     "in Sachen\n"
     "[[person:Nüesch, Marc-André]], geboren am [[dob:27.10.1991]], von Wattwil SG, "
     "AHV-Nr. [[national_id:756.4819.0327.66]],\n"
     "wohnhaft [[address:Zürichbergstrasse 41, 8032 Zürich]], Pass Nr. [[passport:X0418227]],\n"
     "beschuldigte Person,\n"
     "verteidigt durch Rechtsanwältin lic. iur. [[person:Seraina Caduff-Roffler]], "
     "[[address:Bahnhofstrasse 52, 8001 Zürich]],\n"
     "betreffend Geldwäscherei.\n"
     "Die beschlagnahmten Vermögenswerte auf dem Konto [[iban:CH38 0070 0110 0044 1827 7]] "
     "bei der Zürcher Kantonalbank werden eingezogen.\n"
     "Die Busse ist innert 30 Tagen auf das Postkonto [[account:80-22741-6]] "
     "(Clearing 9000) einzuzahlen."),
    # 26 a bulk transfer list, tab layout
    ("DE", "DE",
     "Sammelauftrag – Begleitzettel   Lohn 11/2003\n"
     "Auftraggeber: Dachdeckerei Heitkämper GmbH, Kto [[account:42 118 300 BLZ 460 500 01]]\n"
     "Empfänger\tKonto-Nr.\tBLZ\tBetrag EUR\n"
     "[[person:Hesse-Kümmerling, Bernd]]\t[[account:7 118 405\t460 500 01]]\t1.874,20\n"
     "[[person:Frerichs, Okko]]\t[[account:0 220 981 36\t282 500 00]]\t1.622,75\n"
     "[[person:Grabowski-Lenz, Piotr]]\t[[account:54 778 210\t460 500 01]]\t1.410,00\n"
     "[[person:Ahlemeyer, Tobias]]\t[[account:1 004 338 719\t460 628 17]]\t  986,40\n"
     "Summe der Beträge: 5.893,35 EUR     Anzahl der Aufträge: 4\n"
     "Datum, Unterschrift: 27.11.2003  [[person:Heitkämper]]"),
    # 27 a dunning letter with the bank details in its footer
    ("DE", "DE",
     "Bäckerei Konditorei Uphoff GmbH · [[address:Große Straße 27 · 27283 Verden]]\n"
     "Frau\n"
     "[[person:Elfriede Wöstmann]]\n"
     "[[address:Am Burgberg 5\n27308 Kirchlinteln]]\n"
     "2. Mahnung – Rechnung Nr. 2021-0817 über 412,80 EUR (Hochzeitstorte)\n"
     "Sehr geehrte Frau [[person:Wöstmann]], leider konnten wir bis heute keinen "
     "Zahlungseingang feststellen.\n"
     "Bitte überweisen Sie den Betrag bis zum 30.11.2021 auf eines der unten genannten Konten.\n"
     "Mit freundlichen Grüßen  [[person:Jost Uphoff]]\n"
     "—\n"
     "Geschäftsführer: [[person:Jost Uphoff]] · Amtsgericht Walsrode HRB 110422 · "
     "USt-IdNr. DE 281 934 077\n"
     "Kreissparkasse Verden · Kto. [[account:110 372 856 · BLZ 291 526 70]] · IBAN "
     "[[iban:DE63 2915 2670 0110 3728 56]] · BIC BRLADE21VER\n"
     "Volksbank Aller-Weser · IBAN [[iban:DE69 2916 2697 0004 1207 73]] · Tel. "
     "[[phone:04231 95 02 71]]"),
    # 28 an OCR'd postal-bank statement with stray spaces in the numbers
    ("DE", "DE",
     "Postbank   Kontoauszug   Girokonto   Auszug Nr. 7 / 2004\n"
     "Kontonummer [[account:5 2 8 4 1 9 - 4 3 7   BLZ 440 100 46]]\n"
     "Herrn [[person:Wilfried Tüshaus]]  [[address:Weseler Str. 7 1, 48151 Münster]]\n"
     "Buchung/Wert  Vorgang/Buchungsinformation                                 Soll/Haben\n"
     "05.07./05.07. Überweisung  Auftraggeber: [[person:BUDDENSIEK, HEIKE]]\n"
     "              Kto [[account:4 0 1 1 7 2 0 8 BLZ 4 0 0 5 0 1 5 0]]  Rückz. Darlehen   "
     "+ 3.000,00\n"
     "12.07./12.07. Lastschrift  Empfänger: Stadtwerke Münster GmbH  Kd 71 2290 18      "
     "-   61,00\n"
     "19.07./19.07. Überweisung  Empfänger: [[person:Kovačević-Tüshaus, Ljiljana]]\n"
     "              Kto [[account:9 7 6 6 1 0 3 BLZ 4 0 0 6 0 2 6 5]]  Unterhalt Juli       "
     "-  450,00\n"
     "Kontostand am 31.07.2004 (EUR)                                            + 2.710,19"),
    # 29 the list of evidence in an indictment
    ("DE", "DE",
     "Staatsanwaltschaft Dortmund – 140 Js 2217/20 – Anklageschrift, Seite 9\n"
     "Beweismittel:\n"
     "I. Einlassung des Angeschuldigten\n"
     "II. Zeugen:\n"
     "1. KHK [[person:Falkenrath]], zu laden über das PP Dortmund\n"
     "2. [[person:Almut Schwietering]], [[address:Tondernstraße 4, 44145 Dortmund]]\n"
     "3. [[person:Ingeborg Vohwinkel-Spieß]], zu laden über die Betreuerin Frau "
     "[[person:Roswitha Tegethoff]],\n"
     "   [[address:Hohe Straße 123, 44139 Dortmund]]\n"
     "4. [[person:Tarkan Yüceer]], [[address:Mallinckrodtstr. 219, 44147 Dortmund]], "
     "Tel. [[phone:0176 55 40 91 28]]\n"
     "III. Urkunden:\n"
     "Kontoauszüge zum Konto Nr. [[account:1 912 447 600]] bei der Dortmunder Volksbank "
     "(Bl. 44–61 d. A.)\n"
     "IV. Sachverständiger:\n"
     "Dipl.-Kfm. [[person:Eckhart Splittstößer]], [[address:Kaiserstraße 88, 44135 Dortmund]]"),
    # 30 a fax cover sheet from a law firm
    ("DE", "DE",
     "TELEFAX\n"
     "An: Staatsanwaltschaft Kiel, z. Hd. OStA [[person:Brodersen-Lüth]]\n"
     "Fax-Nr.: [[phone:0431 604-2199]]\n"
     "Von: RAin [[person:Kirsten Hamann-Oltmanns]]\n"
     "Datum: 07.11.2022        Seiten (inkl. Deckblatt): 4\n"
     "Betreff: Ermittlungsverfahren gegen [[person:Jonte Ketelsen]], Az. 593 Js 18822/22\n"
     "Sehr geehrter Herr Oberstaatsanwalt,\n"
     "anbei übersende ich die Vollmacht meines Mandanten sowie die Auszüge zum Konto "
     "[[account:7 004 512 833]] (BLZ 210 501 70)\n"
     "und zum Konto seiner Mutter [[person:Hauke-Marie Ketelsen]], "
     "Kto.-Nr. [[account:1 220 408 BLZ 217 500 00]]. Ich bitte um Akteneinsicht.\n"
     "Kanzlei Hamann-Oltmanns · [[address:Holtenauer Straße 112 · 24105 Kiel]] · "
     "Tel. [[phone:0431 88 19 40]] · Fax [[phone:0431 88 19 419]]\n"
     "[[email:kanzlei@hamann-oltmanns.de]]"),
]

# --- Spanish ---------------------------------------------------------------------------------

RECORDS["es"] = [
    # 1 a criminal judgement
    ("ES", "ES",
     "JUZGADO DE LO PENAL N.º 4 DE MÁLAGA\n"
     "Procedimiento Abreviado 118/2021 – SENTENCIA N.º 214/2022\n"
     "En Málaga, a 9 de mayo de 2022.\n"
     "Vistos por la Ilma. Sra. D.ª [[person:Remedios Alcaraz-Villaescusa]], Magistrada-Juez, los "
     "presentes autos seguidos por delito de estafa contra\n"
     "[[person:Joaquín Eleuterio Sotomenor Iribarren]], con DNI "
     "[[national_id:74.418.225-T]], nacido el [[dob:3 de noviembre de 1977]] "
     "en Ronda (Málaga),\n"
     "con domicilio en [[address:C/ Cuarteles, 41, 3.º B, 29002 Málaga]], representado por la "
     "Procuradora Sra. [[person:Garcimartín]]\n"
     "y defendido por el Letrado Sr. [[person:Íñigo Zubillaga Aranzadi]].\n"
     "HECHOS PROBADOS\n"
     "Único.- El acusado recibió en su cuenta [[iban:ES33 3058 0741 3027 1004 4819]]"
     " las cantidades abonadas por\n"
     "D.ª [[person:Filomena Requejo Baquerizo]], con NIE [[national_id:Y4418207J]], y por "
     "D. [[person:Casimiro Llorente Ubeda]], sin entregar los vehículos anunciados.\n"
     "FALLO: Que debo condenar y condeno a [[person:Joaquín Eleuterio Sotomenor Iribarren]] "
     "como autor de un delito de estafa."),
    # 2 a commercial register excerpt
    ("ES", "ES",
     "REGISTRO MERCANTIL DE VALENCIA – NOTA SIMPLE INFORMATIVA\n"
     "Denominación: ALMAZARAS BORRULL-TENDERO SL      CIF: B98441172\n"
     "Domicilio: [[address:Avda. del Puerto, 212, bajo, 46023 Valencia]]\n"
     "Hoja V-184472, Tomo 10433, Folio 118\n"
     "Administrador único: [[person:BORRULL TENDERO, AMPARO MERCEDES]], con NIF "
     "[[national_id:20931744L]], nombrada el 14/02/2019\n"
     "Socio único: [[person:Amparo Mercedes Borrull Tendero]], con domicilio en "
     "[[address:C/ Músico Peydró, 9, esc. 2, pta. 14, 46001 Valencia]]\n"
     "Apoderado: [[person:VILLALBILLA OROZCO, Telmo]], NIE [[national_id:Z-1148803-G]], "
     "poder general de 3/6/2020\n"
     "Situación: activa\n"
     "Asientos pendientes: no existen.\n"
     "Valencia, a 15 de marzo de 2023. El Registrador, [[person:F. Ballester-Cucó]]"),
    # 3 a transfer order
    ("ES", "ES",
     "ORDEN DE TRANSFERENCIA NACIONAL\n"
     "Ordenante: [[person:Leocadia Pinzolas Garrués]]\n"
     "DNI/NIE: [[national_id:16218440J]]\n"
     "Cuenta de cargo (CCC): [[account:2085-8190-52-0330118842]]\n"
     "Domicilio: [[address:Paseo de Sagasta, 61, 4.º izda., 50007 Zaragoza]]\n"
     "Beneficiario: [[person:Eulogio Barrachina Soldevilla]]\n"
     "IBAN del beneficiario: "
     "[[iban:ES4601825322274702018877]]\n"
     "Importe: 15.400,00 EUR          Concepto: señal compra nave polígono Malpica\n"
     "Teléfono de contacto: [[phone:976 55 18 40]]\n"
     "Zaragoza, 22 de septiembre de 2021          Firma del ordenante"),
    # 4 an e-mail with a signature
    ("ES", "ES",
     "De: [[person:Araceli Montesdeoca]] <[[email:amontesdeoca@gestoria-montesdeoca.es]]>\n"
     "Enviado el: jueves, 16 de junio de 2022 12:30\n"
     "Para: [[person:Fermín Urdangarain Oyarzabal]] <[[email:fermin.uo@euskalnet.net]]>\n"
     "Asunto: RV: nómina y número de la Seguridad Social\n"
     "Buenos días, Fermín:\n"
     "Le confirmo su número de afiliación a la Seguridad Social, "
     "[[national_id:20/10448719/44]], y el IBAN para la nómina,\n"
     "[[iban:ES02 2095 0611 0200 9104 4182]]. Si el banco le pide otra cosa, llámeme.\n"
     "Un saludo,\n"
     "[[person:Araceli Montesdeoca]]\n"
     "Gestoría Montesdeoca\n"
     "[[address:C/ Prim, 12, 1.º D\n20006 Donostia-San Sebastián]]\n"
     "Tel. [[phone:943 42 71 08]] · Móvil [[phone:655 019 442]]"),
    # 5 a police list of detainees
    ("ES", "ES",
     "GUARDIA CIVIL – EQUIPO DE DELINCUENCIA ORGANIZADA Y ANTIDROGA – ATESTADO 2022-004418\n"
     "RELACIÓN DE PERSONAS DETENIDAS\n"
     "1. [[person:BENCHEKROUN AZZOUZI, Said]], NIE [[national_id:X9104417M]], nacido el "
     "[[dob:12/01/1986]] en Nador (Marruecos),\n"
     "   domicilio [[address:C/ Jazmín, 8, bajo, 04740 Roquetas de Mar]], tfno. "
     "[[phone:642 71 90 33]]\n"
     "2. [[person:QUIROGA MANZANEDO, Rosendo]], DNI [[national_id:45118226T]], nacido el "
     "[[dob:30/07/1991]] en Almería,\n"
     "   domicilio [[address:Urb. Las Salinillas, parcela 14, 04720 Aguadulce]], vehículo "
     "[[plate:4417 LKZ]]\n"
     "3. [[person:LAZĂR, Ionuț-Cristian]], pasaporte rumano [[passport:058831772]], nacido el "
     "[[dob:05/05/1994]] en Craiova,\n"
     "   sin domicilio conocido en España, vehículo [[plate:AL-2218-AV]]\n"
     "Instructor: Sargento [[person:Ortuño]]. Secretario: Guardia Civil [[person:Pastrana]]."),
    # 6 a tenancy agreement
    ("ES", "ES",
     "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n"
     "En Sevilla, a 1 de octubre de 2020\n"
     "REUNIDOS\n"
     "De una parte, D.ª [[person:Inmaculada Caballos-Ruano]], mayor de edad, con DNI "
     "[[national_id:28771034N]] y domicilio en [[address:Avda. de la Buhaira, 27, "
     "41018 Sevilla]], como ARRENDADORA.\n"
     "De otra, D. [[person:Wilmer Arboleda Quiñónez]], con NIE "
     "[[national_id:Y7120458V]], nacido el [[dob:14 de febrero de 1989]] en Cali "
     "(Colombia), como ARRENDATARIO.\n"
     "EXPONEN\n"
     "Que la arrendadora es propietaria de la vivienda sita en [[address:C/ Feria, 88, 2.º "
     "izda., 41003 Sevilla]].\n"
     "CLÁUSULAS\n"
     "Tercera.- La renta mensual de 650 euros se abonará en la cuenta "
     "[[iban:ES55 2100 7210 3188 0200 4418]].\n"
     "Firmado: [[person:I. Caballos-Ruano]]          [[person:W. Arboleda Q.]]"),
    # 7 an account statement
    (None, "ES",
     "EXTRACTO DE MOVIMIENTOS – Cuenta [[account:0049 6712 39 2281044207]]"
     " – Titular: [[person:Baldomero Echániz Urquiola]]\n"
     "Fecha      Concepto                                                     Importe    Saldo\n"
     "02/11/2022 TRANSF. DE [[person:MARIN ZARAGOZI J.]] CONCEPTO PRESTAMO              "
     "+3.000,00 4.118,20\n"
     "04/11/2022 TRANSF. A [[iban:ES52 1465 0100 9298 1704 4192]] "
     "[[person:ECHANIZ ARRIETA MAITE]]       -1.500,00 2.618,20\n"
     "07/11/2022 BIZUM A [[phone:+34 611 47 02 85]] CENA                              -45,00 "
     "2.573,20\n"
     "15/11/2022 RECIBO IBERDROLA CLIENTES 4471180                                -88,12 "
     "2.485,08\n"
     "21/11/2022 INGRESO EFECTIVO OF. 6712 [[address:C/ San Francisco, 18, 48003 Bilbao]]      "
     "+2.900,00 5.385,08\n"
     "Saldo final a 30/11/2022: 5.385,08 EUR"),
]

# --- Polish ----------------------------------------------------------------------------------

RECORDS["pl"] = [
    # 1 a criminal judgement
    ("PL", "PL",
     "Sygn. akt II K 418/21\n"
     "WYROK\n"
     "W IMIENIU RZECZYPOSPOLITEJ POLSKIEJ\n"
     "Dnia 12 kwietnia 2022 r. Sąd Rejonowy w Białymstoku II Wydział Karny w składzie: "
     "Przewodniczący SSR [[person:Bożydar Kraśnicki-Wąs]]\n"
     "Protokolant: st. sekr. sąd. [[person:Eulalia Chmielarz]], przy udziale Prokuratora "
     "[[person:Wita Szczygielskiego]]\n"
     "po rozpoznaniu sprawy [[person:Radosława Jana Grzegorczyka-Pióro]], syna Jana i Haliny "
     "z d. [[person:Okuniewskiej]],\n"
     "ur. [[dob:14 lutego 1984]] r. w Sokółce, PESEL [[national_id:84021407112]], "
     "zam. [[address:ul. Lipowa 37 m. 12, 15-424 Białystok]],\n"
     "oskarżonego o to, że w okresie od 3 marca 2020 r. do 18 listopada 2020 r. w Białymstoku, "
     "działając w celu osiągnięcia korzyści majątkowej,\n"
     "doprowadził 14 pokrzywdzonych do niekorzystnego rozporządzenia mieniem, polecając im "
     "wpłaty na rachunek\n"
     "nr [[account:64 1020 3964 0000 4502 0118 2347]] "
     "prowadzony na nazwisko [[person:Zenobii Wojtkielewicz]],\n"
     "tj. o przestępstwo z art. 286 § 1 kk w zw. z art. 12 § 1 kk,\n"
     "1. oskarżonego [[person:Radosława Grzegorczyka-Pióro]] uznaje za winnego zarzucanego mu "
     "czynu."),
    # 2 a company register extract with board members' PESEL numbers
    ("PL", "PL",
     "ODPIS AKTUALNY Z REJESTRU PRZEDSIĘBIORCÓW KRS          Numer KRS: 0000774182\n"
     "Dział 1 – Rubryka 1: Firma: ŻUŁAWSKA SPEDYCJA ZBOŻOWA SPÓŁKA Z OGRANICZONĄ "
     "ODPOWIEDZIALNOŚCIĄ\n"
     "NIP: 5783041127     REGON: 384417220\n"
     "Rubryka 2: Siedziba i adres: [[address:ul. Elbląska 118 lok. 4, 82-300 Elbląg]]\n"
     "Dział 2 – Rubryka 1: Organ uprawniony do reprezentacji: ZARZĄD\n"
     "1. Nazwisko: [[person:SZCZEPAŃCZYK-NOWAKIEWICZ]]  Imiona: MIROSŁAWA TERESA  PESEL: "
     "[[national_id:76090544807]]  Funkcja: PREZES ZARZĄDU\n"
     "2. Nazwisko: [[person:KUCHARZEWSKI]]  Imiona: LECH  PESEL: "
     "[[national_id:89113050216]]  Funkcja: CZŁONEK ZARZĄDU\n"
     "Rubryka 2: Prokurenci: Nazwisko: [[person:OLSZEWICZ-BRAND]]  Imiona: ADELA  PESEL: "
     "[[national_id:01231711305]]\n"
     "Dział 1 – Rubryka 7: Wspólnicy: [[person:SZCZEPAŃCZYK-NOWAKIEWICZ MIROSŁAWA TERESA]] – "
     "50 udziałów o łącznej wysokości 25 000,00 ZŁ\n"
     "Data dokonania ostatniego wpisu: 04.01.2023"),
    # 3 a transfer form
    ("PL", "PL",
     "POLECENIE PRZELEWU / WPŁATA GOTÓWKOWA\n"
     "nazwa odbiorcy\n"
     "[[person:TOMASZEWSKA-ŁUPINA DOROTA]]\n"
     "nazwa odbiorcy cd.\n"
     "[[address:UL. KOŚCIUSZKI 8/14 44-100 GLIWICE]]\n"
     "nr rachunku odbiorcy\n"
     "[[account:6 6 1 1 4 0 2 0 0 4 0 0 0 0 3 2 0 2 1 1 7 7 4 0 3 6]]\n"
     "kwota   PLN   7 450,00\n"
     "nr rachunku zleceniodawcy (przelew) / kwota słownie (wpłata)\n"
     "[[account:38249010440000000100442188]]\n"
     "nazwa zleceniodawcy\n"
     "[[person:KAZIMIERZ WYDMUCH]]  [[address:UL. PSZCZYŃSKA 212 44-100 GLIWICE]]\n"
     "tytułem   ZALICZKA SAMOCHÓD AUDI A4 [[plate:WGM 44182]]"),
    # 4 an e-mail with a signature block
    ("PL", "PL",
     "Od: [[person:Gertruda Pałubicka]] <[[email:g.palubicka@kancelaria-palubicka.pl]]>\n"
     "Wysłano: środa, 8 marca 2023 14:22\n"
     "Do: [[person:Ksawery Tomczyk-Leśniak]] <[[email:ksawery.tl@onet.pl]]>\n"
     "Temat: Odp: dane do umowy pożyczki\n"
     "Panie Ksawery,\n"
     "w umowie wpisałam Pana dane: PESEL [[national_id:92062209316]], dowód "
     "osobisty [[national_id:AZX718224]],\n"
     "adres [[address:os. Kosmonautów 14/62, 61-631 Poznań]], oraz rachunek do wypłaty "
     "[[iban:PL18 1090 2402 0000 0006 1204 4178]].\n"
     "Proszę o sprawdzenie przed podpisaniem.\n"
     "Z poważaniem\n"
     "adw. [[person:Gertruda Pałubicka]]\n"
     "Kancelaria Adwokacka Gertruda Pałubicka\n"
     "[[address:ul. Półwiejska 32 lok. 5, 61-888 Poznań]]\n"
     "tel. [[phone:+48 61 852 44 19]], kom. [[phone:602 418 770]]"),
    # 5 the personal data on an interview record
    ("PL", "PL",
     "PROTOKÓŁ PRZESŁUCHANIA ŚWIADKA\n"
     "Komenda Miejska Policji w Radomiu, dnia 21.09.2021 r., godz. 10:10\n"
     "Imię i nazwisko: [[person:Jadwiga Brzęczyszczyk-Mróz]]\n"
     "Imiona rodziców: Stefan, Bronisława\n"
     "Data i miejsce urodzenia: [[dob:07.12.1958]] r., Szydłowiec\n"
     "PESEL: [[national_id:58120722003]]\n"
     "Miejsce zamieszkania: [[address:ul. Żeromskiego 55 m. 3\n26-600 Radom]]\n"
     "Telefon: [[phone:504 221 870]]\n"
     "Dokument tożsamości: dowód osobisty seria i nr [[national_id:CBE571004]]\n"
     "Stosunek do stron: obca\n"
     "Pouczona o odpowiedzialności karnej z art. 233 § 1 kk zeznaję: W czerwcu zadzwonił do "
     "mnie mężczyzna, który podał się za wnuczka Marcina..."),
    # 6 an account statement
    ("PL", "PL",
     "WYCIĄG Z RACHUNKU nr 06/2022 za okres 01.06.2022 – 30.06.2022\n"
     "Posiadacz: [[person:Bonifacy Wierzbięta]], [[address:ul. Gdańska 140/2, 85-021 "
     "Bydgoszcz]]\n"
     "Rachunek: [[iban:PL38 1940 1049 0000 8122 7741 0356]]\n"
     "Data      Opis operacji                                                    Kwota\n"
     "02.06     Przelew przychodzący od [[person:KOWALCZYK-RYBA TERESA]] nadawca rach. "
     "[[account:38191010100100400711220000]]    +2 000,00\n"
     "09.06     Przelew wychodzący do [[person:Piątkowski Gracjan]] rach. "
     "[[account:68105014451000009031775521]]    -1 800,00\n"
     "14.06     BLIK przelew na telefon [[phone:+48 697 330 184]]                     -250,00\n"
     "20.06     Wypłata z bankomatu Bydgoszcz Dworcowa 1                          -500,00\n"
     "Saldo końcowe: 3 117,45 PLN"),
    # 7 a table of persons found in a seized notebook
    (None, "PL",
     "Załącznik nr 3 do protokołu oględzin – wykaz osób z notesu zabezpieczonego u podejrzanego\n"
     "Lp. | Nazwisko i imię | Data ur. | PESEL | Adres\n"
     "1 | [[person:Cieślikowski Teodor]] | [[dob:03.03.1970]] | "
     "[[national_id:70030314912]] | [[address:ul. Sienkiewicza 9, 97-300 "
     "Piotrków Trybunalski]]\n"
     "2 | [[person:Jagodzińska-Ptak Irena]] | [[dob:19.08.1966]] | "
     "[[national_id:66081928406]] | [[address:al. Wojska Polskiego 44 m. 7, "
     "91-756 Łódź]]\n"
     "3 | [[person:Przybyłowicz Ziemowit]] | [[dob:28.11.2002]] | "
     "[[national_id:02312801511]] | brak\n"
     "4 | [[person:Mączyńska Laura]] | [[dob:01.01.1999]] | – | "
     "[[address:pl. Wolności 3/1, 95-100 Zgierz]]\n"
     "Przy pozycji 1 dopisek: „[[phone:693 204 518]] – dzwonić po 18”.\n"
     "Sporządził: sierż. sztab. [[person:Kacper Dudziak]]"),
]

# --- Russian ---------------------------------------------------------------------------------

RECORDS["ru"] = [
    # 1 the opening of a criminal judgement
    ("RU", "RU",
     "ПРИГОВОР\n"
     "ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ\n"
     "г. Тула                                                            14 октября 2021 года\n"
     "Центральный районный суд г. Тулы в составе председательствующего судьи "
     "[[person:Шелепихиной О.В.]],\n"
     "при секретаре [[person:Бурундуковой А.А.]], с участием государственного обвинителя "
     "[[person:Зотикова Р.Н.]],\n"
     "подсудимого [[person:Хватова И.С.]], его защитника – адвоката [[person:Подъячева М.Ю.]], "
     "представившего удостоверение № 1184 и ордер № 552,\n"
     "рассмотрев в открытом судебном заседании уголовное дело в отношении\n"
     "[[person:Хватова Ильи Семёновича]], [[dob:14 марта 1986]] года рождения, уроженца г. Тулы, "
     "гражданина РФ, холостого, зарегистрированного и проживающего по адресу: "
     "[[address:г. Тула, ул. Кирова, д. 169, кв. 44]],\n"
     "паспорт серии [[national_id:70 06 № 412873]], ИНН [[national_id:710422571880]], "
     "ранее не судимого,\n"
     "обвиняемого в совершении преступления, предусмотренного ч. 4 ст. 159 УК РФ,\n"
     "УСТАНОВИЛ:\n"
     "[[person:Хватов И.С.]] в период с 10.01.2019 по 22.08.2019 путём обмана похитил денежные "
     "средства, поступившие на его счёт [[account:40817810966021138047]] "
     "в АО «Тульский промышленный банк» (БИК 047003741)."),
    # 2 an order opening a criminal case
    ("RU", "RU",
     "ПОСТАНОВЛЕНИЕ\n"
     "о возбуждении уголовного дела и принятии его к производству\n"
     "г. Ростов-на-Дону                                                  3 февраля 2022 г.\n"
     "Следователь СО ОМВД России по Кировскому району г. Ростова-на-Дону лейтенант юстиции "
     "[[person:Тыквенко Д.А.]], рассмотрев сообщение о преступлении – заявление "
     "[[person:Ширшиковой Валентины Павловны]], [[dob:21.07.1949]] г.р.,\n"
     "проживающей по адресу: [[address:344002, г. Ростов-на-Дону, пер. Газетный, д. 47, "
     "кв. 12]], тел. [[phone:+7 (928) 771-40-96]],\n"
     "УСТАНОВИЛ:\n"
     "29 января 2022 года неустановленное лицо, представившись сотрудником службы безопасности "
     "банка, путём обмана похитило денежные средства [[person:Ширшиковой В.П.]] в сумме "
     "412 000 рублей,\n"
     "которые она перевела со своего счёта [[account:40817810052070019634]] "
     "(БИК 046015602) на счёт [[account:40817810310001842271]] "
     "(БИК 044525839),\n"
     "открытый на имя [[person:Мамырбаева Ерлана Кайратовича]], [[dob:1998]] г.р.\n"
     "ПОСТАНОВИЛ:\n"
     "1. Возбудить уголовное дело по признакам преступления, предусмотренного ч. 3 ст. 159 "
     "УК РФ.\n"
     "2. Уголовное дело принять к своему производству."),
    # 3 a payment order, field layout
    ("RU", "RU",
     "ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № 418          12.05.2020          электронно\n"
     "Сумма прописью: Двести сорок семь тысяч рублей 00 копеек\n"
     "ИНН 7725418334   КПП 772501001          Сумма 247000-00\n"
     "ООО «Северо-Западный Терминал»                Сч. № "
     "[[account:40702810838000072215]]\n"
     "Плательщик\n"
     "ПАО «СЕВЕРНЫЙ КРЕДИТ» г. Москва               БИК 044525318\n"
     "Банк плательщика                              Сч. № 30101810100000000318\n"
     "АО «ВОЛГО-КАМСКИЙ БАНК» г. Казань             БИК 049205417\n"
     "Банк получателя                               Сч. № 30101810100000000417\n"
     "ИНН [[national_id:165509312725]]   КПП             Сч. № "
     "[[account:40802810562000004183]]\n"
     "ИП [[person:Квашнин-Самарин Глеб Андреевич]]\n"
     "Получатель\n"
     "Вид оп. 01    Очер. плат. 5    Код    Рез. поле\n"
     "Назначение платежа: Оплата по счёту № 118 от 08.05.2020 за транспортные услуги. "
     "НДС не облагается."),
    # 4 an extract of the register of legal entities
    ("RU", "RU",
     "ВЫПИСКА ИЗ ЕДИНОГО ГОСУДАРСТВЕННОГО РЕЕСТРА ЮРИДИЧЕСКИХ ЛИЦ\n"
     "Полное наименование: ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «ЛЕСТОРГ-ВОЛГА»\n"
     "ОГРН 1186313047722     ИНН 6316241878     КПП 631601001\n"
     "Адрес юридического лица: [[address:443010, Самарская область, г. Самара, ул. Фрунзе, "
     "д. 96, офис 12]]\n"
     "Сведения о лице, имеющем право без доверенности действовать от имени юридического лица\n"
     "Фамилия               [[person:ПЯТИБРАТОВА]]\n"
     "Имя                   ЕВГЕНИЯ\n"
     "Отчество              СТАНИСЛАВОВНА\n"
     "ИНН                   [[national_id:631844290166]]\n"
     "Должность             ГЕНЕРАЛЬНЫЙ ДИРЕКТОР\n"
     "Сведения об участниках: [[person:ПЯТИБРАТОВА ЕВГЕНИЯ СТАНИСЛАВОВНА]], "
     "ИНН [[national_id:631844290166]], доля 50%;\n"
     "[[person:НЕДОСЕКИН ЛЕВ ТИМОФЕЕВИЧ]], ИНН [[national_id:633007185263]], доля 50%\n"
     "ГРН и дата внесения записи: 2186313187744 от 17.10.2018"),
    # 5 an extract of the register of sole traders
    ("RU", "RU",
     "ВЫПИСКА ИЗ ЕДИНОГО ГОСУДАРСТВЕННОГО РЕЕСТРА ИНДИВИДУАЛЬНЫХ ПРЕДПРИНИМАТЕЛЕЙ\n"
     "Фамилия, имя, отчество: [[person:ШАПОШНИКОВА-ДРУЖИНИНА ЕЛИЗАВЕТА РОМАНОВНА]]\n"
     "Пол: женский     Гражданство: гражданин Российской Федерации\n"
     "ОГРНИП 321508100411876     Дата присвоения: 09.08.2021\n"
     "ИНН [[national_id:500831147302]]     Дата постановки на учёт: 11.03.2003\n"
     "Наименование регистрирующего органа: Межрайонная ИФНС России № 23 по Московской "
     "области\n"
     "Основной вид деятельности: 47.91 Торговля розничная по почте или по "
     "информационно-коммуникационной сети Интернет\n"
     "Сведения о банковском счёте (по данным ИП): р/с "
     "[[account:40802 810 9 0000 0017733]],\n"
     "АО «ТОЧКА-ФИНАНС», БИК 044525104, к/с 30101810000000000104\n"
     "Контактный телефон: [[phone:+7 915 440-18-22]]"),
    # 6 bank details for a transfer, as found on a seized phone
    (None, "RU",
     "Реквизиты для зачисления на счёт карты\n"
     "Получатель: [[person:ГЛАЗЫЧЕВ ТИМУР РАШИДОВИЧ]]\n"
     "Номер счёта: [[account:40817 810 4 5500 1203448]]\n"
     "Банк получателя: ПАО «БАЛТИЙСКИЙ РЕГИОНАЛЬНЫЙ БАНК»\n"
     "БИК: 044030711\n"
     "Корр. счёт: 30101810400000000711\n"
     "ИНН банка: 7841005183     КПП: 784201001\n"
     "Адрес подразделения банка: [[address:г. Санкт-Петербург, ул. Ломоносова, д. 1/28]]\n"
     "Назначение: перевод собственных средств\n"
     "----\n"
     "переведи сегодня, завтра скину следующему, Тимура не спрашивай\n"
     "его второй счёт [[account:40817810155001203450]] пока не трогай"),
    # 7 an e-mail with a signature block
    ("RU", "RU",
     "От: [[person:Сыроежкин Павел]] <[[email:p.syroezhkin@stroymarket-ural.ru]]>\n"
     "Отправлено: 17 марта 2023 г. 11:42\n"
     "Кому: [[person:Колобродова Наталья Игоревна]] <[[email:kolobrodova.n@uralvtorcvet.ru]]>\n"
     "Тема: RE: договор поставки № 77/23\n"
     "Наталья Игоревна, добрый день!\n"
     "Реквизиты для оплаты высылаю повторно: р/с "
     "[[account:40702810716540008812]] в ПАО «УРАЛЬСКИЙ ТРАСТ», "
     "БИК 046577912, к/с 30101810000000000912.\n"
     "Старый счёт в Альфе закрыт, на него не платите.\n"
     "С уважением,\n"
     "[[person:Павел Сыроежкин]]\n"
     "менеджер отдела продаж ООО «Строймаркет-Урал»\n"
     "[[address:620014, г. Екатеринбург, ул. Малышева, д. 51, оф. 1207]]\n"
     "тел.: [[phone:+7 (343) 318-22-90]], доб. 214\n"
     "моб.: [[phone:8 912 605-47-13]]"),
    # 8 the personal details on a witness interview record
    ("RU", "RU",
     "ПРОТОКОЛ ДОПРОСА СВИДЕТЕЛЯ\n"
     "г. Казань                                                           «11» мая 2022 г.\n"
     "Следователь СУ УМВД России по г. Казани капитан юстиции [[person:Ахтямова Л.Р.]] "
     "допросила в качестве свидетеля:\n"
     "1. Фамилия, имя, отчество: [[person:Мухаметзянов Ильдар Раисович]]\n"
     "2. Дата рождения: [[dob:02.09.1979]]\n"
     "3. Место рождения: г. Набережные Челны Республики Татарстан\n"
     "4. Место жительства и (или) регистрации: [[address:Республика Татарстан, г. Казань, "
     "ул. Чистопольская, д. 71/14, кв. 205]]\n"
     "5. Телефон: [[phone:+7 987 214-58-30]]\n"
     "6. Место работы или учёбы: ООО «КамТрансЛогистик», водитель\n"
     "7. Паспорт или иной документ, удостоверяющий личность: паспорт "
     "[[national_id:9204 718356]], выдан МВД по Республике Татарстан 19.09.2004\n"
     "8. СНИЛС: [[national_id:128-447-390 79]]\n"
     "Свидетелю [[person:Мухаметзянову И.Р.]] разъяснены права, предусмотренные ст. 56 УПК РФ."),
    # 9 a table of persons
    ("RU", "RU",
     "Приложение № 2 к рапорту – Список лиц, причастных к обналичиванию денежных средств\n"
     "| № | ФИО | Дата рожд. | Паспорт | ИНН | Адрес регистрации |\n"
     "| 1 | [[person:Бельдягин Семён Олегович]] | [[dob:11.01.1991]] | "
     "[[national_id:4611 502998]] | [[national_id:504722091350]] | "
     "[[address:МО, г. Химки, ул. Молодёжная, д. 4, кв. 71]] |\n"
     "| 2 | [[person:Чепурнова Алла Викторовна]] | [[dob:28.05.1987]] | "
     "[[passport:45 07 № 331906]] | [[national_id:771834025696]] | "
     "[[address:г. Москва, Щёлковское ш., д. 29, кв. 340]] |\n"
     "| 3 | [[person:Вохмянин Д.Е.]] | [[dob:1994]] | – | "
     "[[national_id:772059114816]] | не установлен |\n"
     "| 4 | [[person:Рудницкая-Пасько Ирина]] | [[dob:03.03.1990]] | [[passport:60 10 418265]] | "
     "[[national_id:614102773592]] | [[address:Ростовская обл., г. Батайск, ул. Кирова, д. 2]] |\n"
     "| 5 | [[person:Оглоблин-Старостин Савва Ильич]] | [[dob:09.10.1984]] | "
     "[[passport:45-05-776012]] | – | [[address:г. Москва, 3-я Парковая ул., д. 41А, кв. 8]] |\n"
     "Составил: ст. о/у ОЭБиПК [[person:Ляпунов-Кряж Е.В.]]"),
    # 10 the section on the accused and the witness list of an indictment
    ("RU", "RU",
     "ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ (извлечение)\n"
     "Обвиняемый: [[person:Трепалин Аркадий Витальевич]], [[dob:19.06.1968]] года рождения, "
     "уроженец с. Верхняя Тойма Архангельской области,\n"
     "зарегистрирован по адресу: [[address:Архангельская обл., с. Верхняя Тойма, "
     "ул. Заводская, д. 22]],\n"
     "фактически проживает по адресу: [[address:г. Архангельск, пр. Троицкий, д. 118, кв. 6]],\n"
     "паспорт [[national_id:11 13 № 604772]], СНИЛС [[national_id:041-336-528 22]], "
     "ИНН [[national_id:290418077234]], ранее не судим.\n"
     "Список лиц, подлежащих вызову в судебное заседание:\n"
     "1. Потерпевшая [[person:Лопухина Зоя Марковна]], [[address:г. Архангельск, "
     "ул. Воскресенская, д. 9, кв. 31]], тел. [[phone:8-911-552-40-18]]\n"
     "2. Свидетель [[person:Корягин Е.П.]], [[address:г. Северодвинск, ул. Ломоносова, д. 87, "
     "кв. 4]]\n"
     "3. Свидетель [[person:Нечипоренко-Вальд Тамара Ивановна]], [[address:163000, "
     "г. Архангельск, наб. Северной Двины, д. 30, кв. 112]]\n"
     "Обвинительное заключение составлено 30 мая 2022 г."),
    # 11 a bank's reply listing accounts, tab layout
    ("RU", "RU",
     "ПАО «НЕВСКИЙ РАСЧЁТНЫЙ БАНК»                       Исх. № 14-09/2288 от 07.10.2021\n"
     "Следователю СЧ ГСУ ГУ МВД России по г. Санкт-Петербургу и Ленинградской области "
     "[[person:Прохладнову К.С.]]\n"
     "На Ваш запрос № 18/5114 сообщаем, что на имя [[person:Дубошиной Елены Геннадьевны]], "
     "[[dob:15.12.1984]] г.р., паспорт [[national_id:4005 217733]], открыты следующие счета:\n"
     "Номер счёта\tВалюта\tДата открытия\tОстаток на 06.10.2021\n"
     "[[account:40817810711900042177]]\tRUB\t12.03.2015\t14 207,33\n"
     "[[account:40817840211900003068]]\tUSD\t01.09.2019\t2 500,00\n"
     "[[account:42301810911904410925]]\tRUB\t22.11.2020\t0,00\n"
     "БИК банка 044030716, к/с 30101810900000000716.\n"
     "Адрес клиента по данным банка: [[address:196084, г. Санкт-Петербург, Лиговский пр., "
     "д. 254, кв. 17]]\n"
     "Контактный телефон клиента: [[phone:+7 921 330-07-45]]\n"
     "Вице-президент [[person:Э.Б. Стрижак-Ольховская]]"),
    # 12 a power of attorney
    ("RU", "RU",
     "ДОВЕРЕННОСТЬ\n"
     "г. Новосибирск, двадцать второе апреля две тысячи двадцать второго года\n"
     "Я, гражданка Российской Федерации [[person:Пьянзина Любовь Фёдоровна]], "
     "[[dob:07.11.1955]] года рождения, место рождения: гор. Барнаул, пол: женский,\n"
     "СНИЛС [[national_id:033-187-225 33]], "
     "паспорт [[national_id:50 03 615284]], выдан Дзержинским РОВД гор. "
     "Новосибирска 12.02.2003 г., "
     "код подразделения 542-003,\n"
     "зарегистрированная по адресу: [[address:гор. Новосибирск, ул. Гоголя, дом 233, кв. 19]],\n"
     "настоящей доверенностью уполномочиваю [[person:Пьянзина Максима Олеговича]], "
     "[[dob:30.01.1983]] года рождения, паспорт [[national_id:50 08 № 117409]],\n"
     "зарегистрированного по адресу: [[address:Новосибирская обл., р.п. Кольцово, д. 12, "
     "кв. 56]],\n"
     "распоряжаться денежными средствами на счёте № "
     "[[account:42307810944052261180]] в Сибирском банке ПАО Сбербанк,\n"
     "получать пенсию и иные социальные выплаты, для чего предоставляю право подписывать "
     "заявления и получать выписки.\n"
     "Доверенность выдана сроком на три года без права передоверия.\n"
     "Подпись: [[person:Пьянзина Л.Ф.]]"),
    # 13 an OCR'd passport page with broken lines
    ("RU", "RU",
     "РОССИЙСКАЯ ФЕДЕРАЦИЯ\n"
     "Паспорт выдан ОТДЕЛОМ УФМС РОССИИ ПО КРАСНОДАР-\n"
     "СКОМУ КРАЮ В ЗАПАДНОМ ОКР. ГОР. КРАСНОДАРА\n"
     "Дата выдачи 17.09.2012        Код подразделения 230-005\n"
     "Фамилия    [[person:АСЛАНЯН]]\n"
     "Имя        ВИКТОРИЯ\n"
     "Отчество   АРСЕНОВНА\n"
     "Пол ЖЕН.   Дата рождения [[dob:04.08.1992]]\n"
     "Место рождения ГОР. КРАСНОДАР\n"
     "[[passport:03 12 No 4 18 25 7]]\n"
     "Место жительства: зарегистрирован [[address:г. Краснодар, ул. Красных Парти-\nзан, "
     "д. 117, кв. 52]]\n"
     "Начальник отделения [[person:Ю.Р. Гаспарян]]"),
    # 14 a contract for the sale of a car
    ("RU", "RU",
     "ДОГОВОР КУПЛИ-ПРОДАЖИ ТРАНСПОРТНОГО СРЕДСТВА\n"
     "г. Самара                                                      «05» июня 2021 г.\n"
     "Продавец: [[person:Недосекин Вячеслав Игоревич]], [[dob:12.12.1976]] г.р., паспорт: "
     "серия [[national_id:3602 № 448127]], выдан Октябрьским РУВД г. Самары 20.12.2002,\n"
     "зарегистрирован по адресу: [[address:г. Самара, ул. Ново-Садовая, д. 184, кв. 33]],\n"
     "Покупатель: [[person:Ганеева Эльмира Ринатовна]], [[dob:26.02.1990]] г.р., паспорт "
     "серия [[national_id:36 10, № 502117]], зарегистрирована по адресу: "
     "[[address:Самарская обл., г. Тольятти, Приморский б-р, д. 8, кв. 166]],\n"
     "заключили настоящий договор о нижеследующем:\n"
     "1. Продавец передаёт в собственность покупателя транспортное средство LADA VESTA, "
     "VIN XTAGFL110LY412283, государственный регистрационный знак [[plate:Т 418 ОМ 163]].\n"
     "2. Стоимость транспортного средства составляет 640 000 (шестьсот сорок тысяч) рублей и "
     "перечисляется на счёт продавца\n"
     "[[account:40817810654403771256]], БИК 043601607.\n"
     "Продавец ________ /[[person:Недосекин В.И.]]/      Покупатель ________ "
     "/[[person:Ганеева Э.Р.]]/"),
    # 15 a Kazakh order, in Russian
    ("KZ", "KZ",
     "ПОСТАНОВЛЕНИЕ\n"
     "о признании лица подозреваемым\n"
     "г. Алматы                                                       14 ноября 2022 года\n"
     "Следователь СУ ДП г. Алматы капитан полиции [[person:Жумабаев Н.К.]], рассмотрев материалы "
     "досудебного расследования № 227500031001884,\n"
     "ПОСТАНОВИЛ:\n"
     "Признать подозреваемым [[person:Сейткалиева Армана Болатовича]], [[dob:05.02.1988]] года "
     "рождения, ИИН [[national_id:880205301420]],\n"
     "проживающего по адресу: [[address:г. Алматы, Бостандыкский район, мкр. Орбита-3, д. 21, "
     "кв. 48]], тел. [[phone:+7 701 418 2290]],\n"
     "в совершении уголовного правонарушения, предусмотренного ч. 2 ст. 190 УК РК.\n"
     "Похищенные денежные средства поступили на счёт "
     "[[iban:KZ66 9140 0000 0441 8225]] в АО «Каспий-Транзит»,\n"
     "открытый на имя [[person:Абдрахмановой Динары Сериковны]], [[dob:17.09.1995]] г.р., ИИН "
     "[[national_id:950917400316]].\n"
     "Копию настоящего постановления направить прокурору."),
    # 16 a motion to freeze assets
    ("RU", "RU",
     "ПОСТАНОВЛЕНИЕ\n"
     "о возбуждении перед судом ходатайства о наложении ареста на имущество\n"
     "г. Москва                                                         18 августа 2022 г.\n"
     "Старший следователь СЧ ГСУ ГУ МВД России по г. Москве майор юстиции "
     "[[person:Колганов Д.В.]], рассмотрев материалы "
     "уголовного дела № 12201450001000771,\n"
     "ПОСТАНОВИЛ:\n"
     "Возбудить перед Басманным районным судом г. Москвы ходатайство о наложении ареста на "
     "денежные средства, находящиеся на счетах\n"
     "[[person:Загибалова Руслана Тимуровича]], [[dob:06.04.1981]] г.р., "
     "ИНН [[national_id:771944820129]]:\n"
     "– № [[account:40817810400000118473]] в ПАО «Промрегионбанк» "
     "(БИК 044525742);\n"
     "– № [[account:40817810206000231945]] в АО «Столичный Вектор» "
     "(БИК 044525391);\n"
     "– № [[account:40817978306000005120]] (в евро) там же;\n"
     "а также на автомобиль Toyota Land Cruiser 200, г.р.з. [[plate:Е 777 КХ 750]], "
     "зарегистрированный на [[person:Загибалову Инну Сергеевну]]."),
    # 17 a police report
    ("RU", "RU",
     "Начальнику ОМВД России по району Южное Бутово г. Москвы\n"
     "полковнику полиции [[person:Грибанову С.Т.]]\n"
     "РАПОРТ\n"
     "Докладываю, что 12.08.2022 в 23 ч 40 мин по адресу: "
     "[[address:г. Москва, ул. Поляны, д. 5, корп. 1]]\n"
     "был остановлен автомобиль «Киа Рио» г/н [[plate:О 512 ТН 799]] под управлением "
     "[[person:Свиридова Кирилла Андреевича]], [[dob:24.10.1997]] г.р.,\n"
     "проживающего по адресу: [[address:г. Москва, ул. Адмирала Лазарева, д. 33, кв. 91]].\n"
     "В ходе досмотра транспортного средства в бардачке обнаружены 14 банковских карт на имена "
     "третьих лиц,\n"
     "в том числе на имя [[person:ИЛЬЯСОВА-БЕК АЗАМАТА]] и [[person:СЕРЕБРЯКОВОЙ-ЮН Ю.]], "
     "а также тетрадь с записями счетов,\n"
     "в том числе [[account:40817810010002216009]] и "
     "[[account:40817810 1 10003905581]].\n"
     "Пассажир [[person:Мельничук Т.О.]], [[dob:2001]] г.р., пояснил, что карты ему не "
     "принадлежат.\n"
     "Инспектор ДПС ОБ ДПС ГИБДД УВД по ЮЗАО лейтенант полиции [[person:Хромых П.А.]]"),
    # 18 a record of employment with a table
    ("RU", "RU",
     "СВЕДЕНИЯ О ТРУДОВОЙ ДЕЯТЕЛЬНОСТИ, ПРЕДОСТАВЛЯЕМЫЕ ИЗ ИНФОРМАЦИОННЫХ РЕСУРСОВ СОЦИАЛЬНОГО "
     "ФОНДА РОССИИ\n"
     "Фамилия, имя, отчество: [[person:Ёлкина-Штерн Мирослава Евгеньевна]]\n"
     "Дата рождения: [[dob:17.05.1993]]\n"
     "СНИЛС: [[national_id:162-330-457 32]]\n"
     "| Работодатель | ИНН | Дата | Мероприятие | Должность |\n"
     "| ООО «Вектор-Т» | 7728405189 | 01.02.2016 | Приём | бухгалтер |\n"
     "| ООО «Вектор-Т» | 7728405189 | 30.06.2019 | Увольнение | бухгалтер |\n"
     "| ИП [[person:Колодяжный Д.В.]] | [[national_id:502411380606]] | 15.07.2019 | Приём | "
     "главный бухгалтер |\n"
     "| ИП [[person:Колодяжный Д.В.]] | [[national_id:502411380606]] | 31.12.2021 | "
     "Увольнение | главный бухгалтер |\n"
     "Сведения сформированы 14.02.2023. Адрес застрахованного лица: "
     "[[address:143402, Московская обл., г. Красногорск, ул. Лесная, д. 3, кв. 27]]"),
    # 19 a victim's complaint
    ("RU", "RU",
     "Начальнику ОП № 3 УМВД России по г. Перми\n"
     "от [[person:Чубаровой Нелли Германовны]], [[dob:1961]] г.р.,\n"
     "проживающей по адресу: [[address:614015, г. Пермь, ул. Екатерининская, д. 98, кв. 14]],\n"
     "тел. [[phone:8 (342) 212-67-04]]\n"
     "ЗАЯВЛЕНИЕ\n"
     "Прошу привлечь к уголовной ответственности неизвестное мне лицо, которое 17.04.2023 "
     "позвонило мне с номера [[phone:+7 963 018-44-27]],\n"
     "представилось сотрудником Центрального банка и убедило меня перевести 180 000 рублей "
     "на «безопасный счёт»\n"
     "№ [[account:40817810849770280614]] (БИК 045773603), получатель "
     "[[person:Ширяев А.М.]]\n"
     "Об уголовной ответственности за заведомо ложный донос по ст. 306 УК РФ предупреждена.\n"
     "[[person:Чубарова]]       /подпись/       18.04.2023"),
    # 20 an account statement, pipe layout
    ("RU", "RU",
     "АО «АГРОКРЕДИТ» – ВЫПИСКА ПО СЧЁТУ [[account:40817810639200019447]] "
     "за период с 01.02.2023 по 28.02.2023\n"
     "Владелец счёта: [[person:Игнатьев-Боровик Фрол Саввич]], ИНН "
     "[[national_id:366420195737]]     БИК 042007738\n"
     "| Дата | Корреспондент | Счёт корреспондента | Дебет | Кредит | Назначение |\n"
     "| 03.02.2023 | [[person:ТЕРЕНТЬЕВА-ГАЙ О.Н.]] | "
     "[[account:40817810839200031720]] | | 50 000,00 | возврат займа |\n"
     "| 07.02.2023 | ООО «ЧЕРНОЗЕМ-АГРО» | [[account:40702810839000004211]] | "
     "| 121 400,00 | оплата по договору 14/ПР |\n"
     "| 09.02.2023 | [[person:Шульпин Константин Ефимович]] | "
     "[[account:40817810539200027704]] | 170 000,00 | | перевод |\n"
     "| 15.02.2023 | Наличные, АТМ 600112 | | 1 000,00 | | выдача наличных |\n"
     "| 21.02.2023 | [[person:ТЕРЕНТЬЕВА-ГАЙ О.Н.]] | "
     "[[account:40817810839200031720]] | | 49 000,00 | возврат займа |\n"
     "Входящий остаток: 12 480,17   Исходящий остаток: 61 880,17"),
    # 21 a request to a bank in capitals
    ("RU", "RU",
     "ЗАПРОС\n"
     "В СООТВЕТСТВИИ СО СТ. 26 ФЕДЕРАЛЬНОГО ЗАКОНА «О БАНКАХ И БАНКОВСКОЙ ДЕЯТЕЛЬНОСТИ» "
     "ПРОШУ ПРЕДОСТАВИТЬ СВЕДЕНИЯ О СЧЕТАХ СЛЕДУЮЩИХ ЛИЦ:\n"
     "1. [[person:КУЗЬМИНЫХ-ОРЛОВА МАРИНА ПЕТРОВНА]], [[dob:01.06.1971]] Г.Р., ПАСПОРТ "
     "[[national_id:5716 330915]], ИНН [[national_id:590411332701]],\n"
     "   АДРЕС: [[address:Г. ПЕРМЬ, УЛ. ЛЕНИНА, Д. 60, КВ. 3]]\n"
     "2. [[person:ОРЛОВ ТИХОН ГЕРАСИМОВИЧ]], [[dob:22.11.1969]] Г.Р., ПАСПОРТ "
     "[[national_id:57 14 № 208861]], СНИЛС [[national_id:011-409-238-95]],\n"
     "   АДРЕС: [[address:ПЕРМСКИЙ КРАЙ, Г. КРАСНОКАМСК, УЛ. ШОССЕЙНАЯ, Д. 1, КВ. 9]]\n"
     "3. [[person:ДЁМИН-ГУРЕВИЧ А.А.]], ИНН [[national_id:590533187018]]\n"
     "ОТВЕТ НАПРАВИТЬ ПО АДРЕСУ: [[address:614990, Г. ПЕРМЬ, УЛ. ПЕТРОПАВЛОВСКАЯ, Д. 57]]\n"
     "ИСПОЛНИТЕЛЬ: [[person:ВАХРУШЕВА Л.Н.]], ТЕЛ. [[phone:8 (342) 246-88-13]]"),
    # 22 a defence lawyer's motion with a signature block
    ("RU", "RU",
     "В Мещанский районный суд г. Москвы\n"
     "от адвоката [[person:Голубицкого Марка Ефимовича]], рег. № 77/11834 в реестре адвокатов "
     "г. Москвы,\n"
     "адрес: [[address:127051, г. Москва, Цветной б-р, д. 11, стр. 6, оф. 14]], "
     "тел. [[phone:+7 (495) 608-14-77]], e-mail: [[email:golubitsky.adv@yandex.ru]],\n"
     "в защиту [[person:Фатхуллина Рината Маратовича]]\n"
     "ХОДАТАЙСТВО\n"
     "об изменении меры пресечения\n"
     "Мой подзащитный имеет постоянную регистрацию по адресу: [[address:г. Москва, "
     "ул. Новослободская, д. 62, корп. 19, кв. 140]],\n"
     "где проживает с супругой [[person:Фатхуллиной Гульнарой Ильдаровной]] и двумя "
     "малолетними детьми.\n"
     "Залог в сумме 3 000 000 рублей готова внести его тёща, [[person:Валиуллина Роза "
     "Хамитовна]], паспорт [[national_id:92 19 № 004713]].\n"
     "На основании изложенного прошу изменить [[person:Фатхуллину Р.М.]] меру пресечения на "
     "домашний арест.\n"
     "Адвокат [[person:М.Е. Голубицкий]]"),
    # 23 an arrest record
    ("RU", "RU",
     "ПРОТОКОЛ ЗАДЕРЖАНИЯ ПОДОЗРЕВАЕМОГО\n"
     "г. Волгоград          «02» декабря 2022 г.          составлен в 18 ч 20 мин\n"
     "Фамилия [[person:Бойчук-Ярошенко]]      Имя Остап      Отчество Богданович\n"
     "Дата и место рождения: [[dob:19 сентября 1995]] г., г. Волжский Волгоградской обл.\n"
     "Документ: паспорт [[national_id:18 15 664201]]; заграничный паспорт [[passport:75 4812093]]\n"
     "Адрес: [[address:Волгоградская обл., г. Волжский, пр-т Ленина, д. 212, кв. 48]]\n"
     "ИНН [[national_id:343511860478]], СНИЛС [[national_id:17058821377]]\n"
     "При личном обыске обнаружены: телефон Xiaomi с абонентским номером "
     "[[phone:+7 937 551-20-68]],\n"
     "банковская карта № **** 4417 на имя [[person:OSTAP BOICHUK]], записка с номером счёта "
     "[[account:40817810211002093318]].\n"
     "Задержанный [[person:Бойчук-Ярошенко О.Б.]] пояснил, что записка принадлежит "
     "[[person:Гонтарю]], фамилия которого ему известна от знакомых.\n"
     "Протокол составил следователь [[person:Калмыкова Е.Д.]]"),
    # 24 a handwritten receipt, OCR'd
    ("RU", "RU",
     "РАСПИСКА\n"
     "Я, [[person:Сухоплюев Геннадий Яковлевич]], [[dob:03.02.1965]] г.р., паспорт серия "
     "[[national_id:46 10 номер 771360]] выдан ТП № 2 ОУФМС\n"
     "по МО по Подольскому р-ну, код 500-112, прож. [[address:МО, г. Подольск, ул. Кирова, "
     "д. 11, кв. 8]],\n"
     "получил от [[person:Мамонтовой Дарьи Ильиничны]] (паспорт [[national_id:4615 № 208413]]) "
     "денежные сред-\n"
     "ства в сумме 1 500 000 (один миллион пятьсот тысяч) руб. в долг.\n"
     "Обязуюсь вернуть до 01.12.2020 г. путём перечисления на её счёт\n"
     "[[account:408 17 810 9 3804 1177025]] в "
     "АО «Подмосковный сберегательный банк» (БИК 044525811).\n"
     "Деньги пересчитаны, претензий не имею.\n"
     "14.03.2020          [[person:Сухоплюев]] /подпись/"),
    # 25 a wanted notice in capitals
    ("RU", "RU",
     "ОРИЕНТИРОВКА\n"
     "РАЗЫСКИВАЕТСЯ [[person:ГЛУХОВЕРОВ ВАДИМ АЛЕКСАНДРОВИЧ]], [[dob:27.08.1989]] Г.Р., "
     "УРОЖЕНЕЦ Г. ИВАНОВО,\n"
     "ЗАРЕГИСТРИРОВАН: [[address:Г. ИВАНОВО, УЛ. 10 АВГУСТА, Д. 84, КВ. 12]],\n"
     "ПАСПОРТ [[national_id:24 09 515873]], ИНН [[national_id:370264118897]].\n"
     "ОБВИНЯЕТСЯ ПО Ч. 4 СТ. 159 УК РФ. МОЖЕТ ПЕРЕДВИГАТЬСЯ НА А/М «ШКОДА ОКТАВИЯ» "
     "Г/Н [[plate:Х 227 ВА 37]].\n"
     "ИМЕЕТ СВЯЗИ: [[person:ПРОНЬКИН С.С.]], [[address:Г. КОСТРОМА, МКР. ЮБИЛЕЙНЫЙ, Д. 17, "
     "КВ. 4]], ТЕЛ. [[phone:+7 910 955-81-30]];\n"
     "[[person:ЛЫСЕНКОВА-ТАЛЬ ОЛЕСЯ]], [[address:Г. ИВАНОВО, УЛ. ТИМИРЯЗЕВА, Д. 3, КВ. 70]].\n"
     "ЛИЦАМ, ОБЛАДАЮЩИМ ИНФОРМАЦИЕЙ О МЕСТОНАХОЖДЕНИИ РАЗЫСКИВАЕМОГО, СООБЩИТЬ ПО ТЕЛ. "
     "[[phone:8 (4932) 32-11-02]]\n"
     "ИЛИ ПО ТЕЛ. 02."),
]

# --- Greek -----------------------------------------------------------------------------------

RECORDS["el"] = [
    # 1 a single-judge court decision
    ("GR", "GR",
     "ΜΟΝΟΜΕΛΕΣ ΠΛΗΜΜΕΛΕΙΟΔΙΚΕΙΟ ΑΘΗΝΩΝ\n"
     "Αριθμός απόφασης 18842/2019\n"
     "Συγκροτήθηκε από τη Δικαστή [[person:Ευτέρπη Λαμπρινουδάκη]], Πρωτοδίκη, και τη Γραμματέα "
     "[[person:Αικατερίνη Ζαχαράκη-Μπέη]].\n"
     "Για να δικάσει την υπόθεση του κατηγορουμένου:\n"
     "[[person:Ξενοφών Μπαλτατζής]] του Παναγιώτη και της Ελένης, γεννηθείς στην Καβάλα στις "
     "[[dob:14-07-1981]],\n"
     "κάτοικος [[address:Αθηνών, οδός Αχαρνών αρ. 214]], κάτοχος του ΑΔΤ "
     "[[national_id:ΑΚ 482917]], ΑΦΜ [[national_id:047182537]],\n"
     "ο οποίος εμφανίστηκε μετά του συνηγόρου του, δικηγόρου Αθηνών "
     "[[person:Ορέστη Τζιωρτζιώτη]] (ΑΜ ΔΣΑ 28841).\n"
     "Κηρύσσει ένοχο τον κατηγορούμενο του ότι στην Αθήνα, στις 3 Μαρτίου 2017, μετέφερε το "
     "ποσό των 48.000 ευρώ\n"
     "από τον λογαριασμό [[iban:GR68 0170 1480 0000 0014 8220 115]]"
     " της εταιρείας «ΜΠΑΛΤΑΤΖΗΣ ΕΜΠΟΡΙΚΗ Ο.Ε.»\n"
     "στον προσωπικό του λογαριασμό με αριθμό [[account:218/296048-77]] της Εθνικής Τράπεζας.\n"
     "Επιβάλλει σε αυτόν ποινή φυλάκισης δεκαοκτώ (18) μηνών."),
    # 2 an arrest report in capitals without accents
    ("GR", "GR",
     "ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ – ΔΙΕΥΘΥΝΣΗ ΑΣΤΥΝΟΜΙΑΣ ΘΕΣΣΑΛΟΝΙΚΗΣ – ΤΜΗΜΑ ΑΣΦΑΛΕΙΑΣ ΚΑΛΑΜΑΡΙΑΣ\n"
     "ΕΚΘΕΣΗ ΣΥΛΛΗΨΗΣ – ΣΤΟΙΧΕΙΑ ΣΥΛΛΗΦΘΕΝΤΟΣ\n"
     "ΕΠΩΝΥΜΟ: [[person:ΓΚΟΥΝΤΑΡΑΣ]]            ΟΝΟΜΑ: ΣΤΥΛΙΑΝΟΣ\n"
     "ΠΑΤΡΩΝΥΜΟ: ΑΘΑΝΑΣΙΟΣ          ΜΗΤΡΩΝΥΜΟ: ΔΕΣΠΟΙΝΑ\n"
     "ΗΜ. ΓΕΝΝΗΣΗΣ: [[dob:03/02/1990]]      ΤΟΠΟΣ ΓΕΝΝΗΣΗΣ: ΣΕΡΡΕΣ\n"
     "ΔΙΕΥΘΥΝΣΗ ΚΑΤΟΙΚΙΑΣ: [[address:ΑΓΙΟΥ ΔΗΜΗΤΡΙΟΥ 18, 3ΟΣ ΟΡΟΦΟΣ, ΚΑΛΑΜΑΡΙΑ, ΤΚ 55133]]\n"
     "Α.Δ.Τ.: [[national_id:ΑΙ-308715]]    Α.Φ.Μ.: [[national_id:133905724]]    "
     "Α.Μ.Κ.Α.: [[national_id:03029001710]]\n"
     "ΤΗΛΕΦΩΝΟ: [[phone:6972 418 305]]\n"
     "ΟΧΗΜΑ: ΙΧΕ ΠΕΥΓΚΩ 208 ΜΕ ΑΡ. ΚΥΚΛΟΦΟΡΙΑΣ [[plate:ΝΗΡ-7419]]\n"
     "ΑΙΤΙΑ ΣΥΛΛΗΨΗΣ: ΠΑΡΑΒΑΣΗ Ν. 4139/2013\n"
     "ΣΥΝΕΛΗΦΘΗ ΜΑΖΙ ΜΕ ΤΟΝ [[person:ΣΑΒΒΙΔΗ ΠΡΟΔΡΟΜΟ]] ΤΟΥ ΙΟΡΔΑΝΗ (ΒΛ. ΧΩΡΙΣΤΗ ΕΚΘΕΣΗ)\n"
     "ΑΞΙΩΜΑΤΙΚΟΣ ΥΠΗΡΕΣΙΑΣ: ΥΠΑΣΤΥΝΟΜΟΣ Β' [[person:Κ. ΧΑΡΜΠΙΛΑΣ]]"),
    # 3 a transfer order form
    ("GR", "GR",
     "ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ – ΕΝΤΟΛΗ ΜΕΤΑΦΟΡΑΣ ΠΟΣΟΥ\n"
     "Στοιχεία Εντολέα\n"
     "Ονοματεπώνυμο: [[person:Σταυρούλα Κουκουλομάτη]]\n"
     "Αρ. Λογαριασμού Χρέωσης: [[account:5129-048736-118]]\n"
     "Διεύθυνση: [[address:Λεωφ. Συγγρού 312, 176 73 Καλλιθέα]]\n"
     "Τηλέφωνο: [[phone:210 9514 327]]\n"
     "Στοιχεία Δικαιούχου\n"
     "Επωνυμία/Ονοματεπώνυμο: [[person:ΠΑΤΣΑΤΖΟΓΛΟΥ ΑΡΙΣΤΕΙΔΗΣ]]\n"
     "IBAN Δικαιούχου: [[iban:GR36 0141 0300 0000 1002 1456 338]]\n"
     "Τράπεζα Δικαιούχου: ALPHA BANK      BIC: CRBAGRAA\n"
     "Ποσό: 12.500,00 €      Αιτιολογία: Εξόφληση τιμολογίου 118/2020\n"
     "Ημερομηνία: 11/09/2020          Υπογραφή Εντολέα: [[person:Σ. Κουκουλομάτη]]"),
    # 4 an account statement with a pipe table
    ("GR", "GR",
     "ALPHA BANK – ΑΝΤΙΓΡΑΦΟ ΚΙΝΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ – ΠΕΡΙΟΔΟΣ 01/03/2021 – 31/03/2021\n"
     "Δικαιούχος: [[person:ΣΚΟΡΔΙΛΗΣ ΜΙΧΑΗΛ]] ΤΟΥ ΓΕΩΡΓΙΟΥ\n"
     "Αριθμός λογαριασμού: [[account:412-00-2002-018745]]    IBAN: "
     "[[iban:GR6801441200412002002018 745]]\n"
     "Διεύθυνση αλληλογραφίας: [[address:ΕΛ. ΒΕΝΙΖΕΛΟΥ 7, 713 03 ΗΡΑΚΛΕΙΟ]]\n"
     "| Ημ/νία | Αιτιολογία | Χρέωση | Πίστωση |\n"
     "| 02/03/2021 | ΜΕΤΑΦΟΡΑ ΑΠΟ [[person:ΦΡΑΓΚΙΑΔΟΥΛΑΚΗΣ Ε.]] | | 3.000,00 |\n"
     "| 05/03/2021 | ΑΝΑΛΗΨΗ ΑΤΜ ΗΡΑΚΛΕΙΟ ΚΑΤ. 218 | 600,00 | |\n"
     "| 09/03/2021 | ΕΜΒΑΣΜΑ ΠΡΟΣ "
     "[[iban:GR7301108700000087029441152]] "
     "[[person:ΚΟΝΤΟΠΥΡΑΚΗ ΑΡΓΥΡΩ]] | 2.250,00 | |\n"
     "| 15/03/2021 | ΠΛΗΡΩΜΗ ΔΕΗ ΚΩΔ. 1 234567 89 | 84,20 | |\n"
     "| 22/03/2021 | ΚΑΤΑΘΕΣΗ ΜΕΤΡΗΤΩΝ ΚΑΤ. 218 | | 4.800,00 |\n"
     "Υπόλοιπο 31/03/2021: 7.612,09 €"),
    # 5 an e-mail with a lawyer's signature block
    ("GR", "GR",
     "Από: [[person:Ιφιγένεια Στρατηγοπούλου]] <[[email:istratigopoulou@lawoffice-sp.gr]]>\n"
     "Προς: [[email:info@ktimatiki-meridian.gr]]\n"
     "Θέμα: RE: Μισθωτήριο ακινήτου οδού Φωκίωνος Νέγρη\n"
     "Αξιότιμε κύριε [[person:Ψυχογυιέ]],\n"
     "σας επισυνάπτω το μισθωτήριο για το διαμέρισμα της "
     "[[address:οδού Φωκίωνος Νέγρη 34, Κυψέλη, 113 61 Αθήνα]]. Η εγγύηση των 1.400 ευρώ\n"
     "θα κατατεθεί στον λογαριασμό της εντολέως μου, κας [[person:Δέσποινας Ρηγοπούλου]], "
     "[[iban:GR56 0260 1820 0004 7020 0931 174]].\n"
     "Με εκτίμηση,\n"
     "[[person:Ιφιγένεια Στρατηγοπούλου]]\n"
     "Δικηγόρος – ΑΜ ΔΣΑ 31207\n"
     "[[address:Ακαδημίας 45, 106 72 Αθήνα]]\n"
     "Τ: [[phone:210 36 18 442]] | Κ: [[phone:697 440 1182]]"),
    # 6 an extract of the business register
    ("GR", "GR",
     "ΓΕΝΙΚΟ ΕΜΠΟΡΙΚΟ ΜΗΤΡΩΟ (Γ.Ε.ΜΗ.) – ΒΕΒΑΙΩΣΗ ΕΚΠΡΟΣΩΠΗΣΗΣ\n"
     "Επωνυμία: ΒΕΡΒΕΣΟΣ ΚΑΙ ΣΙΑ Ε.Ε.     Αριθμός Γ.Ε.ΜΗ.: 148822701000     Α.Φ.Μ.: 801447219\n"
     "Έδρα: [[address:Ερμού 77, 105 63 Αθήνα]]\n"
     "Διαχειριστής: [[person:Βερβεσός Διονύσιος]] του Σπυρίδωνος, Α.Φ.Μ. "
     "[[national_id:105733181]], Α.Δ.Τ. [[national_id:ΑΒ 773104]],\n"
     "κάτοικος [[address:Χαλανδρίου, οδός Αγίας Παρασκευής 88]]\n"
     "Εταίροι:\n"
     "1) [[person:Βερβεσός Διονύσιος]], ομόρρυθμος εταίρος, ποσοστό 70%\n"
     "2) [[person:Πανταζόγλου-Βερβεσού Μαρία]] του Αθανασίου, ετερόρρυθμη εταίρος, ποσοστό 30%, "
     "Α.Φ.Μ. [[national_id:066129479]]\n"
     "Τρόπος εκπροσώπησης: Η εταιρεία εκπροσωπείται και δεσμεύεται από τον διαχειριστή.\n"
     "Αθήνα, 19/01/2022 – Η Υπάλληλος της Υπηρεσίας Γ.Ε.ΜΗ. [[person:Α. Σταματοπούλου]]"),
    # 7 a summons
    ("GR", "GR",
     "ΕΙΣΑΓΓΕΛΙΑ ΠΡΩΤΟΔΙΚΩΝ ΘΕΣΣΑΛΟΝΙΚΗΣ\n"
     "ΚΛΗΤΗΡΙΟ ΘΕΣΠΙΣΜΑ – ΑΒΜ Β18/5520\n"
     "Ο Εισαγγελέας Πρωτοδικών Θεσσαλονίκης [[person:Αχιλλέας Καλπουζάνης]]\n"
     "καλεί τον [[person:Ευάγγελο Σπηλιωτόπουλο]] του Δημητρίου, γεννηθέντα το "
     "[[dob:1975]] στη Βέροια,\n"
     "κάτοικο [[address:Θεσσαλονίκης, οδός Εγνατίας αρ. 118, ΤΚ 546 30]], κάτοχο του ΑΔΤ "
     "[[national_id:ΑΖ 118345]],\n"
     "να εμφανισθεί στο ακροατήριο του Μονομελούς Πλημμελειοδικείου Θεσσαλονίκης στις "
     "12 Απριλίου 2023,\n"
     "για να δικαστεί ως υπαίτιος του ότι κατά το χρονικό διάστημα από 1/1/2020 έως 30/6/2020\n"
     "δεν κατέβαλε στη [[person:Ροδάνθη Μπιτσάκου]], κάτοικο [[address:Ευόσμου, Μ. Αλεξάνδρου "
     "52]], τη διατροφή των ανήλικων τέκνων τους,\n"
     "την οποία όφειλε να καταθέτει στον λογαριασμό της με αριθμό [[account:6021-091427-330]].\n"
     "Θεσσαλονίκη, 9 Ιανουαρίου 2023    Ο Εισαγγελέας"),
    # 8 a numbered list of accused persons
    ("GR", "GR",
     "ΠΙΝΑΚΑΣ ΚΑΤΗΓΟΡΟΥΜΕΝΩΝ (ΒΟΥΛΕΥΜΑ 412/2022 ΣΥΜΒΟΥΛΙΟΥ ΠΛΗΜΜΕΛΕΙΟΔΙΚΩΝ ΠΕΙΡΑΙΑ)\n"
     "1. [[person:ΧΑΤΖΗΔΗΜΗΤΡΙΟΥ Ανδρέας]] του Νικολάου, γεν. [[dob:22.04.1970]], κάτ. "
     "[[address:Πειραιά, Γρ. Λαμπράκη 88]],\n"
     "   ΑΜΚΑ [[national_id:22047018811]], ΑΦΜ [[national_id:041837260]]\n"
     "2. [[person:ΤΣΑΚΑΛΟΓΙΑΝΝΗ Φωτεινή]] του Ιωάννη, γεν. [[dob:09.12.1984]], κάτ. "
     "[[address:Νίκαιας, Π. Ράλλη 402]],\n"
     "   ΑΜΚΑ [[national_id:09128404408]], ΑΦΜ [[national_id:128550140]]\n"
     "3. [[person:ΝΤΕΛΗΜΠΑΛΤΑΣ Χρήστος]] του Ευαγγέλου, γεν. [[dob:30.06.1988]], κάτ. "
     "[[address:Κορυδαλλού, Γρηγορίου Λαμπράκη 213, ΤΚ 18122]],\n"
     "   ΑΜΚΑ [[national_id:30068812012]], ΑΔΤ [[national_id:ΑΜ 610284]]\n"
     "4. [[person:ΑΛΕΞΑΝΔΡΙΔΟΥ-ΦΑΡΜΑΚΗ Σοφία]] του Κωνσταντίνου, γεν. [[dob:17.02.1979]], "
     "άγνωστης διαμονής,\n"
     "   ΑΜΚΑ [[national_id:17027909302]]\n"
     "Συνήγοροι: [[person:Π. Κουντουριώτης]], [[person:Μ. Ζερβουδάκη-Αλεξίου]], δικηγόροι "
     "Πειραιά."),
    # 9 an arrest warrant in capitals without accents
    ("GR", "GR",
     "ΕΝΤΑΛΜΑ ΣΥΛΛΗΨΗΣ\n"
     "Ο ΑΝΑΚΡΙΤΗΣ ΤΟΥ 3ΟΥ ΤΑΚΤΙΚΟΥ ΤΜΗΜΑΤΟΣ ΠΕΙΡΑΙΑ\n"
     "ΔΙΑΤΑΣΣΕΙ ΤΗ ΣΥΛΛΗΨΗ ΤΟΥ [[person:ΚΑΡΑΒΟΚΥΡΟΥ ΑΝΤΩΝΙΟΥ]] ΤΟΥ ΣΤΑΥΡΟΥ ΚΑΙ ΤΗΣ ΑΝΝΑΣ,\n"
     "ΓΕΝΝΗΘΕΝΤΟΣ ΣΤΙΣ [[dob:17 ΟΚΤΩΒΡΙΟΥ 1979]] ΣΤΟ ΠΕΡΑΜΑ, ΚΑΤΟΙΚΟΥ "
     "[[address:ΚΕΡΑΤΣΙΝΙΟΥ, ΟΔΟΣ ΘΕΡΜΟΠΥΛΩΝ 41]],\n"
     "ΚΑΤΟΧΟΥ ΤΟΥ ΑΔΤ [[national_id:ΑΗ 091554]] ΚΑΙ ΤΟΥ ΔΙΑΒΑΤΗΡΙΟΥ [[passport:AT4187620]],\n"
     "ΚΑΤΗΓΟΡΟΥΜΕΝΟΥ ΓΙΑ ΝΟΜΙΜΟΠΟΙΗΣΗ ΕΣΟΔΩΝ ΑΠΟ ΕΓΚΛΗΜΑΤΙΚΕΣ ΔΡΑΣΤΗΡΙΟΤΗΤΕΣ.\n"
     "ΠΙΘΑΝΗ ΔΙΑΜΟΝΗ: [[address:ΣΑΛΑΜΙΝΑ, ΟΔΟΣ ΛΕΩΝΙΔΟΥ 9, ΣΕΛΗΝΙΑ]], ΟΙΚΙΑ ΤΗΣ ΣΥΝΤΡΟΦΟΥ ΤΟΥ "
     "[[person:ΜΑΡΓΑΡΙΤΑΣ ΛΕΙΒΑΔΙΤΗ]].\n"
     "ΟΧΗΜΑ: ΤΖΙΠ ΝΙΣΑΝ ΧΡΩΜΑΤΟΣ ΜΑΥΡΟΥ, ΑΡ. ΚΥΚΛ. [[plate:ΥΧΕ 5512]].\n"
     "ΠΕΙΡΑΙΑΣ 04/05/2021      Ο ΑΝΑΚΡΙΤΗΣ [[person:Ι. ΜΑΥΡΟΕΙΔΗΣ]]"),
    # 10 a request to lift banking secrecy
    ("GR", "GR",
     "ΠΡΟΣ: ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ ΤΗΣ ΕΛΛΑΔΟΣ Α.Ε. – Διεύθυνση Κανονιστικής Συμμόρφωσης, "
     "[[address:Αιόλου 86, 102 32 Αθήνα]]\n"
     "ΘΕΜΑ: Άρση τραπεζικού απορρήτου – Βούλευμα 88/2023\n"
     "Παρακαλούμε όπως μας αποστείλετε τις κινήσεις από 1/1/2021 έως σήμερα των κάτωθι "
     "λογαριασμών:\n"
     "α) αριθ. [[account:040/754881-02]], δικαιούχος [[person:Ευστάθιος Κοντοπυράκης]], "
     "ΑΦΜ [[national_id:077004191]]\n"
     "β) [[iban:GR21 0110 0400 0000 4075\n4881 031]], "
     "συνδικαιούχοι [[person:Ευστάθιος Κοντοπυράκης]] και [[person:Ολυμπία Κοντοπυράκη]]\n"
     "γ) κάθε άλλου λογαριασμού, θυρίδας ή επενδυτικού προϊόντος με δικαιούχο ή συνδικαιούχο "
     "τον [[person:Ευστάθιο Κοντοπυράκη]]\n"
     "   ή τη σύζυγό του [[person:Ολυμπία Κοντοπυράκη]] το γένος [[person:Ξενοδοχίδου]], "
     "ΑΦΜ [[national_id:140206779]].\n"
     "Χειριστής: Υπαστυνόμος Α' [[person:Δημοσθένης Ξυδάκης]], τηλ. [[phone:213 152 6688]], "
     "[[email:d.xydakis@astynomia.gr]]\n"
     "Ο Διευθυντής"),
    # 11 an OCR'd private lease with words broken over the lines
    ("GR", "GR",
     "ΙΔΙΩΤΙΚΟ ΣΥΜΦΩΝΗΤΙΚΟ ΜΙΣΘΩΣΗΣ ΚΑΤΟΙΚΙΑΣ\n"
     "Στην Αθήνα σήμερα 1/6/2018 οι υπο-\n"
     "γράφοντες α) [[person:Περικλής Γιαννακουδάκης]] του Μιχαήλ, κάτοικος "
     "[[address:Νέας Σμύρνης, οδός Ομή-\nρου αρ. 24]], με ΑΦΜ [[national_id:033 187 940]] "
     "ΔΟΥ Ν. Σμύρνης, ως εκμισθωτής, και\n"
     "β) [[person:Λαμπρινή Αργυρο-\nπούλου]] του Θεοδώρου, κάτοικος μέχρι σήμερα Καλα-\n"
     "μάτας, με ΑΔΤ [[national_id:ΑΟ 2 71 904]], ως μισθώτρια, συμφώνησαν τα εξής:\n"
     "1. Ο εκμισθωτής εκμισθώνει το διαμέρισμα του 2ου ορόφου της πολυκατοικίας επί της "
     "[[address:οδού Πλαστήρα 61, Νέα Σμύρνη]].\n"
     "2. Το μίσθωμα ορίζεται σε 450 ευρώ μηνιαίως και θα κατατίθεται στον λογαριασμό του "
     "εκμισθωτή\n"
     "με IBAN [[iban:GR09 0160 6110 0000 6110 0248 317]] "
     "έως την 5η κάθε μηνός.\n"
     "ΟΙ ΣΥΜΒΑΛΛΟΜΕΝΟΙ\n"
     "Ο εκμισθωτής                Η μισθώτρια"),
    # 12 a sworn witness statement
    ("GR", "GR",
     "ΕΚΘΕΣΗ ΕΝΟΡΚΗΣ ΕΞΕΤΑΣΗΣ ΜΑΡΤΥΡΑ\n"
     "Στο Ηράκλειο Κρήτης σήμερα 12 Μαΐου 2021 ημέρα Τετάρτη και ώρα 10:30, ενώπιον του "
     "Αρχιφύλακα [[person:Νεκτάριου Ζαμπετάκη]],\n"
     "εμφανίστηκε η μάρτυρας, η οποία ερωτηθείσα για την ταυτότητά της απάντησε:\n"
     "Ονοματεπώνυμο: [[person:Ζαχαρούλα Μαυρογιαννάκη]], όνομα πατρός: Εμμανουήλ, όνομα "
     "μητρός: Ειρήνη,\n"
     "γεννήθηκε στις [[dob:30 Ιανουαρίου 1992]] στις Μοίρες, κάτοικος "
     "[[address:Ηρακλείου, Λεωφ. Κνωσού 211, ΤΚ 714 09]],\n"
     "κάτοχος ΑΔΤ [[national_id:AM 558102]], ΑΜΚΑ [[national_id:30019226106]], "
     "τηλ. [[phone:2810 342 117]], κιν. [[phone:6985 027 441]].\n"
     "Αφού ορκίστηκε, κατέθεσε τα εξής: «Τον [[person:Ραφαήλ Κοκκινίδη]] τον γνωρίζω από το "
     "2019. Μου ζήτησε να ανοίξω λογαριασμό\n"
     "στο όνομά μου και να του δώσω την κάρτα. Ο λογαριασμός είναι ο "
     "[[iban:GR93 0170 6110 0060 6108 7710 055]].»\n"
     "Η μάρτυρας                  Ο ανακριτικός υπάλληλος"),
    # 13 a Cypriot charge sheet
    ("CY", "CY",
     "ΕΠΑΡΧΙΑΚΟ ΔΙΚΑΣΤΗΡΙΟ ΛΕΜΕΣΟΥ                     Αρ. Υπόθεσης 4471/2020\n"
     "ΔΗΜΟΚΡΑΤΙΑ\n"
     "εναντίον\n"
     "1. [[person:ΣΩΤΗΡΗ ΧΑΤΖΗΠΑΝΤΕΛΗ]], από [[address:Αγίου Ανδρέα 214, 3036 Λεμεσός]]\n"
     "2. [[person:ΑΝΘΟΥΛΛΑΣ ΧΑΤΖΗΠΑΝΤΕΛΗ-ΠΙΤΤΑ]], από "
     "[[address:Οδός Γλάδστωνος 9, Διαμ. 302, 3041 Λεμεσός]]\n"
     "ΚΑΤΗΓΟΡΗΤΗΡΙΟ\n"
     "Πρώτη Κατηγορία: Νομιμοποίηση εσόδων από παράνομες δραστηριότητες.\n"
     "Λεπτομέρειες αδικήματος: Οι κατηγορούμενοι, μεταξύ 2 Φεβρουαρίου και 30 Ιουνίου 2019, "
     "μετέφεραν €182.000\n"
     "από τον λογαριασμό [[iban:CY58 0020 0125 0000 0003 5710 4482]] στον λογαριασμό "
     "αρ. [[account:0357-01-448219]] της ίδιας τράπεζας.\n"
     "Μάρτυρες κατηγορίας: Λοχίας [[person:Κυριάκος Ιωαννίδης-Ττοουλή]], ΤΑΕ Λεμεσού, "
     "τηλ. [[phone:+357 25 805 311]]\n"
     "Καταχωρήθηκε στις 14/08/2020.   Υπογραφή: [[person:Ε. Παπαχαραλάμπους]], Πρωτοκολλητής"),
    # 14 a vehicle register entry
    ("GR", "GR",
     "ΥΠΟΥΡΓΕΙΟ ΥΠΟΔΟΜΩΝ ΚΑΙ ΜΕΤΑΦΟΡΩΝ – ΣΤΟΙΧΕΙΑ ΟΧΗΜΑΤΟΣ\n"
     "Αριθμός κυκλοφορίας: [[plate:ΑΖΡ-4821]]\n"
     "Κατηγορία: ΕΠΙΒΑΤΙΚΟ ΙΧ     Μάρκα: TOYOTA YARIS     Αρ. πλαισίου: VNKKL3D30LA118472\n"
     "Ιδιοκτήτης: [[person:ΛΙΑΚΟΠΑΝΤΕΛΗ ΕΥΘΥΜΙΑ]]\n"
     "ΑΦΜ ιδιοκτήτη: [[national_id:112488032]]\n"
     "Διεύθυνση: [[address:ΚΑΠΟΔΙΣΤΡΙΟΥ 61, 26221 ΠΑΤΡΑ]]\n"
     "Προηγούμενος ιδιοκτήτης: [[person:ΚΟΥΡΜΠΕΤΗΣ ΛΕΩΝΙΔΑΣ]], ΑΦΜ "
     "[[national_id:055923713]], [[address:ΓΟΥΝΑΡΗ 148, ΠΑΤΡΑ]]\n"
     "Ημερομηνία πρώτης άδειας: 14/02/2019     Ημερομηνία μεταβίβασης: 22/07/2022\n"
     "Παλαιός αριθμός κυκλοφορίας: [[plate:ΑΧΚ 9917]]"),
    # 15 a payment order of a magistrates' court
    ("GR", "GR",
     "ΕΙΡΗΝΟΔΙΚΕΙΟ ΑΜΑΡΟΥΣΙΟΥ – ΔΙΑΤΑΓΗ ΠΛΗΡΩΜΗΣ αριθ. 211/2022\n"
     "Η Ειρηνοδίκης Αμαρουσίου [[person:Βασιλική Γκιόκα-Πετρίτση]]\n"
     "Μελέτησε την αίτηση της [[person:Ηλιάνας Δρακονταειδή]] του Στεφάνου, κατοίκου "
     "[[address:Μαρουσίου, Λεωφ. Κηφισίας 214, ΤΚ 151 24]], ΑΦΜ [[national_id:166200845]],\n"
     "κατά του [[person:Αριστομένη Πολυχρονόπουλου]] του Νικολάου, κατοίκου "
     "[[address:Βριλησσίων, οδός Πεντέλης 17]], ΑΦΜ [[national_id:022784612]],\n"
     "και διατάσσει τον καθ' ου να καταβάλει στην αιτούσα το ποσό των 7.300 ευρώ με τον "
     "νόμιμο τόκο,\n"
     "με κατάθεση στον λογαριασμό της [[iban:GR13 0260 3910 0003 9020 0228 451]] ή σε "
     "μετρητά στην πληρεξούσια δικηγόρο της\n"
     "[[person:Θεοπίστη Καλαμαρά]], [[address:Πλατεία Καρύτση 8, 105 61 Αθήνα]], τηλ. "
     "[[phone:210 32 47 119]].\n"
     "Κρίθηκε στο Μαρούσι στις 30 Μαρτίου 2022."),
    # 16 a tax assessment with separate name fields
    ("GR", "GR",
     "ΑΑΔΕ – ΠΡΑΞΗ ΔΙΟΙΚΗΤΙΚΟΥ ΠΡΟΣΔΙΟΡΙΣΜΟΥ ΦΟΡΟΥ ΕΙΣΟΔΗΜΑΤΟΣ – ΦΟΡΟΛΟΓΙΚΟ ΕΤΟΣ 2021\n"
     "Α.Φ.Μ. ΥΠΟΧΡΕΟΥ: [[national_id:098344125]]        Δ.Ο.Υ.: Α' ΘΕΣΣΑΛΟΝΙΚΗΣ\n"
     "ΕΠΩΝΥΜΟ: [[person:ΓΡΑΜΜΑΤΙΚΟΠΟΥΛΟΣ]]       ΟΝΟΜΑ: ΠΑΝΤΕΛΕΗΜΩΝ     ΠΑΤΡΩΝΥΜΟ: ΙΩΑΝΝΗΣ\n"
     "Α.Φ.Μ. ΣΥΖΥΓΟΥ: [[national_id:147719858]]\n"
     "ΕΠΩΝΥΜΟ ΣΥΖΥΓΟΥ: [[person:ΠΑΠΑΔΑΝΙΗΛ]]       ΟΝΟΜΑ ΣΥΖΥΓΟΥ: ΚΑΛΛΙΡΡΟΗ\n"
     "ΔΙΕΥΘΥΝΣΗ: [[address:ΠΤΟΛΕΜΑΙΩΝ 9, 546 30 ΘΕΣΣΑΛΟΝΙΚΗ]]\n"
     "ΣΥΝΟΛΙΚΟ ΕΙΣΟΔΗΜΑ 31.482,16     ΦΟΡΟΣ 4.206,00     ΠΡΟΚΑΤΑΒΟΛΗ 0,00\n"
     "ΠΟΣΟ ΠΡΟΣ ΕΠΙΣΤΡΟΦΗ 412,00 € ΣΤΟ IBAN: "
     "[[iban:GR35017022400052240129833 41]]\n"
     "ΗΜΕΡΟΜΗΝΙΑ ΕΚΔΟΣΗΣ: 19/07/2022"),
    # 17 a table of intercepted calls and messages
    (None, "GR",
     "ΑΠΟΜΑΓΝΗΤΟΦΩΝΗΣΗ ΣΥΝΟΜΙΛΙΩΝ – ΓΡΑΜΜΗ [[phone:694 118 2076]] "
     "(χρήστης: [[person:Κλεάνθης Ρουσσάκης]])\n"
     "Α/Α | ΗΜ/ΝΙΑ | ΩΡΑ | ΚΑΛΩΝ | ΚΑΛΟΥΜΕΝΟΣ | ΠΕΡΙΛΗΨΗ\n"
     "1 | 03/04/2022 | 10:14 | [[phone:694 118 2076]] | [[phone:+30 698 771 4302]] | Ζητά από "
     "τον «Μπάμπη» να του στείλει τον λογαριασμό.\n"
     "2 | 03/04/2022 | 10:31 | [[phone:+30 698 771 4302]] | [[phone:694 118 2076]] | SMS: "
     "«[[iban:GR8801105130000051376602214]] "
     "[[person:NIKOLAIDIS XAR]]»\n"
     "3 | 03/04/2022 | 18:02 | [[phone:210 5712 884]] | [[phone:694 118 2076]] | Άνδρας "
     "ζητά να περάσουν από την [[address:Π. Ράλλη 388, Νίκαια]].\n"
     "4 | 04/04/2022 | 09:55 | [[phone:694 118 2076]] | [[phone:6931 204 776]] | Μιλά με τον "
     "[[person:Ρουσσάκη Σπύρο]] για τα χρήματα.\n"
     "Παρατήρηση: ο «Μπάμπης» είναι πιθανόν ο [[person:Χαράλαμπος Νικολαΐδης]], "
     "δικαιούχος του λογαριασμού."),
    # 18 a family status certificate with separate surname and name cells
    ("GR", "GR",
     "ΔΗΜΟΣ ΠΕΡΙΣΤΕΡΙΟΥ – ΠΙΣΤΟΠΟΙΗΤΙΚΟ ΟΙΚΟΓΕΝΕΙΑΚΗΣ ΚΑΤΑΣΤΑΣΗΣ\n"
     "Δημοτολόγιο Περιστερίου, Αριθμός Οικογενειακής Μερίδας 8814\n"
     "Α/Α | ΕΠΩΝΥΜΟ | ΟΝΟΜΑ | ΟΝ. ΠΑΤΡΟΣ | ΗΜ. ΓΕΝΝΗΣΗΣ | ΣΧΕΣΗ\n"
     "1 | [[person:ΚΑΛΟΓΕΡΟΠΟΥΛΟΣ | ΘΡΑΣΥΒΟΥΛΟΣ]] | ΔΗΜΗΤΡΙΟΣ | [[dob:12/05/1966]] | "
     "ΣΥΖΥΓΟΣ\n"
     "2 | [[person:ΖΕΡΒΟΥΔΑΚΗ | ΕΥΑΝΘΙΑ]] | ΕΜΜΑΝΟΥΗΛ | [[dob:03/11/1969]] | ΣΥΖΥΓΟΣ\n"
     "3 | [[person:ΚΑΛΟΓΕΡΟΠΟΥΛΟΥ | ΑΘΗΝΑ]] | ΘΡΑΣΥΒΟΥΛΟΣ | [[dob:28/08/1995]] | ΤΕΚΝΟ\n"
     "4 | [[person:ΚΑΛΟΓΕΡΟΠΟΥΛΟΣ | ΑΓΓΕΛΟΣ]] | ΘΡΑΣΥΒΟΥΛΟΣ | [[dob:14/01/2001]] | ΤΕΚΝΟ\n"
     "Διεύθυνση κατοικίας: [[address:Θηβών 87, Περιστέρι, 121 34]]\n"
     "Εκδόθηκε στις 06/02/2023 για κάθε νόμιμη χρήση.\n"
     "Ο Ληξίαρχος/Η Υπάλληλος   [[person:Ευ. Κοσμίδου]]"),
    # 19 an attachment in the hands of third parties (banks)
    ("GR", "GR",
     "ΚΑΤΑΣΧΕΤΗΡΙΟ ΕΙΣ ΧΕΙΡΑΣ ΤΡΙΤΩΝ\n"
     "Ο Δικαστικός Επιμελητής του Πρωτοδικείου Πειραιά [[person:Θεμιστοκλής "
     "Αναγνωστόπουλος-Ρήγας]], κάτοικος [[address:Πειραιά, Καραΐσκου 119]],\n"
     "κατάσχω εις χείρας: α) της ΤΡΑΠΕΖΑΣ ΠΕΙΡΑΙΩΣ Α.Ε., [[address:Αμερικής 4, 105 64 Αθήνα]], "
     "β) της ALPHA BANK Α.Ε., [[address:Σταδίου 40, 102 52 Αθήνα]],\n"
     "κάθε απαίτηση του οφειλέτη [[person:Ιπποκράτη Σαρρή]] του Αλεξάνδρου, ΑΦΜ "
     "[[national_id:051728467]], κατοίκου [[address:Περάματος, οδός Ανδρούτσου 27]],\n"
     "και ιδίως τις απαιτήσεις από τους λογαριασμούς [[account:5101-207744-019]] και "
     "[[iban:GR39 0141 0700 1070 0210 1184 472]],\n"
     "μέχρι του ποσού των 23.118,40 ευρώ, για απαίτηση της [[person:Αργυρής Τσουκαλά]] "
     "σύμφωνα με την 1408/2021 απόφαση.\n"
     "Πειραιάς, 7 Ιουνίου 2022            Ο Δικαστικός Επιμελητής"),
    # 20 premises searched, addresses in several styles
    ("GR", "GR",
     "ΕΚΘΕΣΗ ΕΡΕΥΝΑΣ – ΧΩΡΟΙ ΠΟΥ ΕΡΕΥΝΗΘΗΚΑΝ ΣΤΙΣ 14/10/2022\n"
     "1. Διαμέρισμα 2ου ορόφου της [[address:οδού Πατησίων 112 και Κοδριγκτώνος, Άνω Πατήσια]],"
     " οικία του [[person:Ηλία Ροδοθεάτου]].\n"
     "2. Κατάστημα ισογείου, [[address:Λ. Αλεξάνδρας 48Α, 114 73 Αθήνα]], μισθωμένο από την "
     "εταιρεία «ΡΟΔΟΘΕΑΤΟΣ ΤΡΟΦΙΜΑ Ε.Π.Ε.».\n"
     "3. Αποθήκη στον Ασπρόπυργο, [[address:θέση Καμίνια, Οδός 12 αρ. 7, 193 00 Ασπρόπυργος]].\n"
     "4. ΙΧΕ [[plate:ΥΖΒ-3304]], σταθμευμένο στην οδό Μάρνη.\n"
     "5. Εξοχική κατοικία του [[person:Ροδοθεάτου]] και της συζύγου του "
     "[[person:Καλλιρρόης Αδαμαντίδου]], [[address:ΑΓ. ΝΙΚΟΛΑΟΥ 3, ΝΕΑ ΜΑΚΡΗ, ΤΚ 19005]].\n"
     "6. Γραφείο του λογιστή [[person:Φίλιππου Σουλτάτου]], [[address:Μιχαλακοπούλου 91, "
     "2ος όροφος, Ιλίσια]].\n"
     "Παρόντες: οι ιδιοκτήτες και δύο μάρτυρες."),
    # 21 a suspicious-transaction report sent by e-mail, in capitals
    (None, "GR",
     "ΑΠΟ: [[email:compliance.str@tr-egnatia.gr]]\n"
     "ΠΡΟΣ: Αρχή Καταπολέμησης της Νομιμοποίησης Εσόδων\n"
     "ΘΕΜΑ: ΑΝΑΦΟΡΑ ΥΠΟΠΤΗΣ ΣΥΝΑΛΛΑΓΗΣ 2023/0419\n"
     "ΠΕΛΑΤΗΣ: [[person:ΔΡΑΚΟΠΟΥΛΟΣ-ΣΙΔΕΡΗΣ ΑΛΚΙΒΙΑΔΗΣ]]     ΗΜ. ΓΕΝΝ.: [[dob:21/09/1983]]\n"
     "ΑΔΤ: [[national_id:ΑΕ 120488]]     ΑΦΜ: [[national_id:119304729]]     "
     "ΑΜΚΑ: [[national_id:21098315415]]\n"
     "ΔΙΕΥΘΥΝΣΗ: [[address:ΑΝΑΓΕΝΝΗΣΕΩΣ 17, 131 22 ΙΛΙΟΝ]]     ΚΙΝΗΤΟ: [[phone:6944 712 038]]\n"
     "ΛΟΓΑΡΙΑΣΜΟΣ: [[iban:GR86 0260 4470 0002 1020 1557 812]]\n"
     "ΠΕΡΙΓΡΑΦΗ: 14 ΚΑΤΑΘΕΣΕΙΣ ΜΕΤΡΗΤΩΝ ΚΑΤΩ ΤΩΝ 10.000 ΕΥΡΩ ΣΕ 9 ΗΜΕΡΕΣ, ΑΠΟ ΤΡΙΤΟΥΣ (ΜΕΤΑΞΥ "
     "ΑΥΤΩΝ Ο [[person:ΚΟΥΤΡΟΥΜΑΝΟΣ Β.]]),\n"
     "ΚΑΙ ΑΜΕΣΗ ΜΕΤΑΦΟΡΑ ΤΟΥ ΣΥΝΟΛΟΥ ΣΤΟΝ ΛΟΓΑΡΙΑΣΜΟ "
     "[[iban:BG80 BPBI 7940 1034 9182 25]] ΣΤΗ ΒΟΥΛΓΑΡΙΑ.\n"
     "--\n"
     "[[person:Δανάη Φιλιππάκη]] | Υπεύθυνη Κανονιστικής Συμμόρφωσης | "
     "[[phone:2310 488 120]]"),
    # 22 a court list, tab layout
    ("GR", "GR",
     "ΠΙΝΑΚΙΟ ΤΡΙΜΕΛΟΥΣ ΠΛΗΜΜΕΛΕΙΟΔΙΚΕΙΟΥ ΛΑΡΙΣΑΣ – ΔΙΚΑΣΙΜΟΣ 14/11/2022\n"
     "Α/Α\tΑΒΜ\tΚΑΤΗΓΟΡΟΥΜΕΝΟΣ\tΔΙΕΥΘΥΝΣΗ ΕΠΙΔΟΣΗΣ\tΑΔΙΚΗΜΑ\n"
     "1\tΑ19/4418\t[[person:ΓΟΥΛΑΣ Βασίλειος]] του Κων/νου\t"
     "[[address:Λάρισα, Παπαναστασίου 118]]\tαπάτη\n"
     "2\tΑ20/0772\t[[person:ΜΠΟΥΡΛΟΓΙΑΝΝΗ-ΤΣΙΡΚΑ Ευδοκία]]\t"
     "[[address:Τύρναβος, 28ης Οκτωβρίου 41]]\tπλαστογραφία\n"
     "3\tΑ20/1934\t[[person:ΚΑΡΑΓΚΙΟΖΙΔΗΣ Φώτιος-Ραφαήλ]]\tάγνωστης διαμονής\tυπεξαίρεση\n"
     "4\tΑ21/0058\t[[person:ΣΤΕΡΓΙΟΥΛΗ Αγλαΐα]]\t[[address:Λάρισα, Ηπείρου 6-8, ΤΚ 41222]]\t"
     "απάτη με υπολογιστή\n"
     "5\tΑ21/2240\t[[person:ΜΗΤΣΙΑΔΗΣ Κ.]]\t[[address:Φάρσαλα, Πλ. Δημαρχείου 2]]\tέκδοση "
     "ακάλυπτης επιταγής\n"
     "Η Γραμματέας: [[person:Ζωή Αρβανιτάκη]]"),
    # 23 the OCR'd text of an identity card
    ("GR", "GR",
     "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ    HELLENIC REPUBLIC\n"
     "ΔΕΛΤΙΟ ΑΣΤΥΝΟΜΙΚΗΣ ΤΑΥΤΟΤΗΤΑΣ\n"
     "ΑΡ. ΔΕΛΤΙΟΥ: [[national_id:ΑΝ 904312]]\n"
     "ΕΠΩΝΥΜΟ / SURNAME: [[person:ΣΑΡΑΝΤΟΓΛΟΥ]] / [[person:SARANTOGLOU]]\n"
     "ΟΝΟΜΑ / NAME: ΜΕΛΙΝΑ / MELINA\n"
     "ΟΝΟΜΑ ΠΑΤΡΟΣ: ΑΝΑΣΤΑΣΙΟΣ       ΟΝΟΜΑ ΜΗΤΡΟΣ: ΒΑΣΙΛΙΚΗ\n"
     "ΕΠΩΝΥΜΟ ΠΑΤΡΟΣ: [[person:ΣΑΡΑΝΤΟΓΛΟΥ]]    ΕΠΩΝΥΜΟ ΜΗΤΡΟΣ: [[person:ΚΥΡΙΤΣΟΠΟΥΛΟΥ]]\n"
     "ΗΜΕΡ. ΓΕΝΝΗΣΗΣ: [[dob:08 ΙΟΥΝ 1987]]      ΤΟΠΟΣ ΓΕΝΝΗΣΗΣ: ΚΟΖΑΝΗ\n"
     "ΕΚΔΟΥΣΑ ΑΡΧΗ: Τ.Α. ΚΟΖΑΝΗΣ      ΗΜ. ΕΚΔΟΣΗΣ: 21.03.2005\n"
     "Δ.Ο.Μ.: ΚΟΖΑΝΗΣ    ΥΨΟΣ: 1,68\n"
     "[[person:Μελίνα Σαράντογλου]] – υπογραφή κατόχου ||| ¦ ..."),
    # 24 the articles of a private company
    ("GR", "GR",
     "ΚΑΤΑΣΤΑΤΙΚΟ ΙΔΙΩΤΙΚΗΣ ΚΕΦΑΛΑΙΟΥΧΙΚΗΣ ΕΤΑΙΡΕΙΑΣ «ΘΑΛΑΣΣΟΠΟΡΟΣ Ι.Κ.Ε.»\n"
     "Στη Χαλκίδα σήμερα 3 Οκτωβρίου 2019 οι κάτωθι συμβαλλόμενοι:\n"
     "1. [[person:Εμμανουήλ Φουντουλάκης]] του Γεωργίου, γεννηθείς στις [[dob:5/3/1972]], "
     "κάτοικος [[address:Χαλκίδας, οδός Αρεθούσης 14]],\n"
     "   ΑΔΤ [[national_id:ΑΚ-772019]], ΑΦΜ [[national_id:040091839]]\n"
     "2. [[person:Ισμήνη Λουκοπούλου-Φουντουλάκη]] του Παύλου, γεννηθείσα στις "
     "[[dob:19/8/1975]], κάτοικος ομοίως,\n"
     "   ΑΔΤ [[national_id:ΑΙ 408113]], ΑΦΜ [[national_id:053617204]]\n"
     "3. [[person:Οδυσσέας Βαρθαλίτης]] του Σωτηρίου, γεννηθείς στις [[dob:11/11/1990]], "
     "κάτοικος [[address:Ερέτριας, Αρχαίου Θεάτρου 6]],\n"
     "   ΑΔΤ [[national_id:Τ 180442]], ΑΦΜ [[national_id:138409625]]\n"
     "συνιστούν ιδιωτική κεφαλαιουχική εταιρεία με έδρα τη Χαλκίδα, "
     "[[address:Λεωφ. Αργυρίου Αβάντων 70]].\n"
     "Άρθρο 5: Το κεφάλαιο της εταιρείας ορίζεται σε 10.000 ευρώ και κατατέθηκε στον "
     "λογαριασμό [[iban:GR61 0110 3960 0003 9600 1140 227]]."),
    # 25 a notarial power of attorney
    ("GR", "GR",
     "ΠΛΗΡΕΞΟΥΣΙΟ – Αριθμός 7.412\n"
     "Στη Ρόδο σήμερα 28 Ιουλίου 2020, ημέρα Τρίτη, στο γραφείο μου στην "
     "[[address:οδό Αμερικής 33, Ρόδος, ΤΚ 85100]],\n"
     "ενώπιον εμού της Συμβολαιογράφου Ρόδου [[person:Καλλιόπης Σκεύου-Ζαννή]], εμφανίστηκε ο "
     "[[person:Γεράσιμος Λαδόπουλος]] του Ευαγγέλου,\n"
     "που γεννήθηκε στη Ζάκυνθο στις [[dob:2 Φεβρουαρίου 1958]], κάτοικος "
     "[[address:Ιαλυσού Ρόδου, οδός Ηρώων Πολυτεχνείου 18]],\n"
     "με ΑΔΤ [[national_id:Ρ 339105]] και ΑΦΜ [[national_id:018453629]], ΑΜΚΑ "
     "[[national_id:02025804119]], και δήλωσε ότι διορίζει\n"
     "πληρεξούσιό του τον ανιψιό του [[person:Τηλέμαχο Λαδόπουλο]] του Ιωάννη, κάτοικο "
     "[[address:Αθηνών, Δροσοπούλου 201, Κυψέλη]],\n"
     "να εισπράττει για λογαριασμό του τη σύνταξή του από τον λογαριασμό "
     "[[account:6100-033771-442]] της Τράπεζας Πειραιώς\n"
     "και να τον εκπροσωπεί ενώπιον κάθε Δ.Ο.Υ. και του e-ΕΦΚΑ.\n"
     "Ο ΔΗΛΩΝ                          Η ΣΥΜΒΟΛΑΙΟΓΡΑΦΟΣ"),
]

# --- Arabic ----------------------------------------------------------------------------------

RECORDS["ar"] = [
    # 1 an Egyptian appeal-court judgement
    ("EG", "EG",
     "محكمة جنح مستأنف مدينة نصر\n"
     "باسم الشعب\n"
     "بالجلسة المنعقدة علنًا بسراي المحكمة يوم الأحد الموافق 12/3/2023\n"
     "برئاسة السيد الأستاذ/ [[person:هشام عبد الحميد الدمرداش]] رئيس المحكمة\n"
     "وعضوية السيدين الأستاذين/ [[person:أيمن فاروق القليوبي]] و[[person:طارق سيد الشناوي]]\n"
     "في الدعوى رقم 4418 لسنة 2022 جنح مستأنف مدينة نصر\n"
     "المتهم: [[person:محمود رضا عبد التواب الجارحي]]، الرقم القومي "
     "[[national_id:28705140144176]]، مواليد [[dob:14/05/1987]]،\n"
     "ومقيم [[address:14 شارع مكرم عبيد، الحي السابع، مدينة نصر، القاهرة]]\n"
     "وحيث إن المتهم تحصّل من المجني عليها [[person:نادية فتحي الإتربي]] على مبلغ 350,000 "
     "جنيه بزعم توظيفها،\n"
     "وأودعه في حسابه رقم [[account:4418 2207 1930 0117]] ثم حوّله إلى الحساب "
     "[[iban:EG51 0019 0212 0000 0004 4182 2093 1]]\n"
     "المملوك لشقيقه [[person:عادل رضا الجارحي]].\n"
     "فلهذه الأسباب حكمت المحكمة بقبول الاستئناف شكلًا ورفضه موضوعًا وتأييد الحكم المستأنف."),
    # 2 an Emirati transfer request form
    ("AE", "AE",
     "مصرف الواحة الوطني – نموذج طلب تحويل مالي\n"
     "اسم المحوِّل: [[person:سلطان عبيد راشد الكتبي]]\n"
     "رقم الهوية الإماراتية: [[national_id:784-1985-4412093-8]]\n"
     "تاريخ الميلاد: [[dob:1985/11/03]]\n"
     "رقم الحساب: [[account:1014 4182 2093 001]]\n"
     "الآيبان: [[iban:AE83 0441 0144 1822 0930 010]]\n"
     "العنوان: [[address:فيلا 14، شارع 23، حي الوصل، دبي]]\n"
     "رقم الهاتف المتحرك: [[phone:050 418 2297]]\n"
     "اسم المستفيد: [[person:GHULAM RASOOL QURESHI]]\n"
     "آيبان المستفيد: [[iban:PK76 SCBL 0000 0011 0441 8277]]\n"
     "المبلغ: 185,000 درهم          الغرض من التحويل: مساعدة عائلية\n"
     "توقيع العميل: [[person:سلطان الكتبي]]"),
    # 3 a Moroccan interview record
    ("MA", "MA",
     "المملكة المغربية – المديرية العامة للأمن الوطني – ولاية أمن الدار البيضاء\n"
     "محضر استماع رقم 3318/ف.ش\n"
     "نحن [[person:يونس المريني]]، ضابط الشرطة القضائية، استمعنا إلى المسمى:\n"
     "[[person:عبد الرحيم الزموري]]، ابن محمد وفاطمة، المزداد بتاريخ [[dob:1982/07/19]] بسطات،\n"
     "الحامل للبطاقة الوطنية رقم [[national_id:W 418229]]، الساكن "
     "ب[[address:زنقة 12، رقم 45، حي مولاي رشيد، الدار البيضاء]]،\n"
     "الهاتف [[phone:0661 48 22 07]].\n"
     "صرح أنه فتح حسابا بنكيا رقمه "
     "[[account:190 780 0004418227030151 62]] بطلب من المدعو "
     "[[person:حميد أوبلال]]،\n"
     "القاطن ب[[address:إقامة النخيل، عمارة 9، شقة 4، عين الشق]]، مقابل 1500 درهم شهريا.\n"
     "وبعد تلاوة تصريحاته عليه أصر عليها ووقع معنا."),
    # 4 a Saudi e-mail with a signature block
    ("SA", "SA",
     "من: [[person:ريم بنت عبدالعزيز القحطاني]] <[[email:r.alqahtani@alnakheel-law.sa]]>\n"
     "إلى: [[email:accounts@tamimi-trading.sa]]\n"
     "الموضوع: بيانات التحويل الخاصة بموكلنا\n"
     "السادة المحترمون،\n"
     "نرفق لكم بيانات موكلنا [[person:فهد بن مشعل الشمري]]: رقم الهوية "
     "[[national_id:1044118923]]،\n"
     "الآيبان [[iban:SA63 8000 0000 6080 1044 1822]]، والعنوان الوطني "
     "[[address:7421 طريق الملك فهد، حي العليا، الرياض 12214]].\n"
     "نرجو عدم التحويل إلى أي حساب آخر.\n"
     "مع التحية،\n"
     "[[person:ريم القحطاني]]\n"
     "محامية – شركة النخيل للمحاماة\n"
     "[[address:برج المملكة، الدور 22، طريق الملك فهد، الرياض]]\n"
     "جوال: [[phone:+966 55 418 2207]]"),
    # 5 a Jordanian company registration certificate
    ("JO", "JO",
     "وزارة الصناعة والتجارة والتموين – دائرة مراقبة الشركات\n"
     "شهادة تسجيل شركة ذات مسؤولية محدودة\n"
     "اسم الشركة: شركة نجمة البتراء للتجارة العامة ذ.م.م          رقم التسجيل: 41882\n"
     "العنوان: [[address:عمان، جبل عمان، شارع الأمير محمد، عمارة 14، الطابق الثالث]]\n"
     "الشركاء:\n"
     "1. [[person:ليث زياد عودة الحويطات]]، الرقم الوطني [[national_id:9851044182]]، "
     "تاريخ الميلاد [[dob:22/08/1985]]\n"
     "2. [[person:معاذ خليل النعيمات]]، الرقم الوطني [[national_id:9901007734]]، تاريخ الميلاد "
     "[[dob:05/01/1990]]\n"
     "المفوض بالتوقيع: [[person:ليث الحويطات]]\n"
     "رأس المال: 50,000 دينار أردني\n"
     "الحساب البنكي للشركة: [[iban:JO05 ARAB 1180 0000 0011 8244 1822 07]]\n"
     "هاتف: [[phone:06 461 8820]]\n"
     "صدرت بتاريخ 14/09/2021 – المسجل: [[person:رنا العدوان]]"),
    # 6 an Egyptian list of accused persons
    ("EG", "EG",
     "كشف بأسماء المتهمين في القضية رقم 1184 لسنة 2023 جنايات أموال عامة\n"
     "م | الاسم | الرقم القومي | تاريخ الميلاد | العنوان | الهاتف\n"
     "1 | [[person:سامح عبد المنعم القناوي]] | [[national_id:27902282103392]] | "
     "[[dob:28/02/1979]] | [[address:8 شارع الجلاء، الدقي، الجيزة]] | "
     "[[phone:0100 441 8827]]\n"
     "2 | [[person:هبة الله مصطفى العشماوي]] | [[national_id:٢٨٨٠٧٠٣٠١٠٤٤٢٦]] | "
     "[[dob:٠٣/٠٧/١٩٨٨]] | [[address:عمارة 7 ب، شارع التسعين، التجمع الخامس، القاهرة]] | "
     "[[phone:٠١١٢ ٥٠٤ ٨٨٣١]]\n"
     "3 | [[person:كريم أشرف البلتاجي]] | [[national_id:29509120244158]] | "
     "[[dob:12/09/1995]] | [[address:45 شارع بورسعيد، الإسكندرية]] | "
     "[[phone:0122 907 4418]]\n"
     "4 | [[person:ميرنا جورج عازر]] | – | [[dob:1998]] | غير معلوم | –\n"
     "ملحوظة: المتهم الأول يستخدم أيضا الحساب [[account:0330 4418 2201 0077]] باسم "
     "زوجته [[person:إيمان السنباطي]]."),
    # 7 an account statement
    (None, "AE",
     "كشف حساب – الفترة من 01/04/2022 إلى 30/04/2022\n"
     "اسم العميل: [[person:نواف حمد سيف المزروعي]]          رقم الحساب: "
     "[[account:0441-118820-001]]\n"
     "الآيبان: [[iban:AE78 0331 2344 4111 8820 001]]\n"
     "التاريخ | البيان | مدين | دائن | الرصيد\n"
     "03/04 | تحويل وارد من [[person:ABDUL KAREEM MALIKZADA]] | | 48,000.00 | 52,118.40\n"
     "05/04 | تحويل صادر إلى [[iban:AE52 0260 0010 1441 8290 772]] "
     "[[person:حمدان علي الظاهري]] | 30,000.00 | | 22,118.40\n"
     "11/04 | سحب نقدي – صراف آلي – العين | 5,000.00 | | 17,118.40\n"
     "19/04 | تحويل صادر إلى [[iban:GB29 NWBK 6016 1331 9268 19]] "
     "[[person:T. HALLOWES-KAMARA]] | 12,500.00 | | 4,618.40\n"
     "الرصيد الختامي: 4,618.40 درهم"),
]


# --- checks ----------------------------------------------------------------------------------

# Greek identity cards (ΑΔΤ) that build_dev.py's format does not cover: the older one-letter
# series, a hyphen after the letters, and letters typed on a Latin keyboard (Α→A, Κ→K ...).
GREEK_ID_LETTERS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧABEZHIKMNOPTYX"
GREEK_ID_CARD = re.compile(rf"[{GREEK_ID_LETTERS}]{{1,2}}[ -]?\d{{6}}")
SWISS_POSTAL = re.compile(r"(\d\d)-(\d{1,6})-(\d)")
RUSSIAN_PASSPORT_DIGITS = (9, 10)  # foreign passport 2+7, internal passport series 4 + number 6

MONTHS = {
    1: ("jan", "jän", "janv", "ene", "stycz", "январ", "ιανουαρ", "يناير", "كانون الثاني"),
    2: ("feb", "fév", "fev", "lut", "феврал", "φεβρουαρ", "فبراير", "شباط"),
    3: ("mär", "mar", "mars", "марта", "март", "μαρτ", "مارس", "آذار"),
    4: ("apr", "avr", "abr", "kwiet", "апрел", "απριλ", "أبريل", "ابريل", "نيسان"),
    5: ("mai", "may", "maj", "мая", "май", "μαΐ", "μαι", "مايو", "أيار"),
    6: ("jun", "juin", "czerw", "июн", "ιουν", "يونيو", "حزيران"),
    7: ("jul", "juil", "lip", "июл", "ιουλ", "يوليو", "تموز"),
    8: ("aug", "août", "ago", "sierp", "август", "αυγουστ", "أغسطس", "آب"),
    9: ("sep", "wrze", "сентябр", "σεπτεμβρ", "سبتمبر", "أيلول"),
    10: ("okt", "oct", "paźdz", "pazdz", "октябр", "οκτωβρ", "أكتوبر", "تشرين الأول"),
    11: ("nov", "listop", "ноябр", "νοεμβρ", "نوفمبر", "تشرين الثاني"),
    12: ("dez", "dec", "déc", "dic", "grud", "декабр", "δεκεμβρ", "ديسمبر", "كانون الأول"),
}


def _plain(value: str) -> str:
    """Lower case without accents (Greek capitals are written without them)."""
    decomposed = unicodedata.normalize("NFD", value.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def read_date(value: str) -> tuple[int, int | None, int | None]:
    """A written date of birth as (year, month, day); month and day are None when the text
    gives only the year or the month and year.  Raises when it is not a real date."""
    value = ascii_digits(value)
    m = re.fullmatch(r"(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4})", value)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := re.fullmatch(r"(\d{4})[./-](\d{1,2})[./-](\d{1,2})", value):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif re.fullmatch(r"\d{4}", value):
        return int(value), None, None
    else:
        year = int(re.search(r"\d{4}", value).group())
        plain = _plain(value)
        found = [n for n, stems in MONTHS.items()
                 if any(_plain(stem) in plain for stem in stems)]
        assert len(found) >= 1, value
        month = max(found, key=lambda n: max(len(s) for s in MONTHS[n] if _plain(s) in plain))
        days = re.findall(r"\b(\d{1,2})\b", value)
        if not days:
            return year, month, None
        day = int(days[0])
    date(year, month, day)  # raises on an impossible date
    return year, month, day


def _swiss_postal_ok(value: str) -> bool:
    """Swiss postal account: prefix, number and a modulo-10 recursive check digit."""
    m = SWISS_POSTAL.fullmatch(value)
    if not m:
        return False
    table = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)
    carry = 0
    for c in m.group(1) + m.group(2).zfill(6):
        carry = table[(carry + int(c)) % 10]
    return (10 - carry) % 10 == int(m.group(3))


def check_span4(ident: str, language: str, kind: str, value: str, region: str) -> None:
    """``build_ids_dev3.py``'s checks, plus the forms this set adds."""
    if kind == "national_id" and region in {"GR", "CY"} and GREEK_ID_CARD.fullmatch(value):
        _edges_ok(ident, value)
        return
    if kind == "account" and SWISS_POSTAL.fullmatch(value):
        assert _swiss_postal_ok(value), (ident, value)
    if kind == "passport" and region == "DE" and len(value) == 10:
        assert _de_id_card_check_ok(value), (ident, value)  # German passport with check digit
    if kind == "passport" and language == "ru":
        digits = re.sub(r"\D", "", value)
        assert len(digits) in RUSSIAN_PASSPORT_DIGITS, (ident, value)
    if kind == "dob":
        read_date(value)
    check_span3(ident, kind, value, region)


def encoded_birth_date(language: str, country: str | None,
                       value: str) -> tuple[int, int, int | None] | None:
    """The birth date an identifier carries, as (year, month, day): ΑΜΚΑ, PESEL, NIR, the
    Egyptian national number, the Kazakh IIN and the German and Austrian social insurance
    numbers.  The year has two digits where the identifier holds only two (NIR, German and
    Austrian numbers); the day is None where it holds none (NIR).  None for other identifiers."""
    compact = re.sub(r"[\s./-]", "", ascii_digits(value))
    if language == "el" and len(compact) == 11 and gr_amka.is_valid(compact):
        born = gr_amka.get_birth_date(compact)
    elif language == "pl" and len(compact) == 11 and pl_pesel.is_valid(compact):
        born = pl_pesel.get_birth_date(compact)
    elif language == "fr" and re.fullmatch(r"[12]\d{14}", compact):
        return None if compact[3:5] > "12" else (int(compact[1:3]), int(compact[3:5]), None)
    elif language == "ar" and re.fullmatch(r"[23]\d{13}", compact):
        century = 1900 if compact[0] == "2" else 2000
        born = date(century + int(compact[1:3]), int(compact[3:5]), int(compact[5:7]))
    elif country == "KZ" and _kazakh_iin_ok(compact):
        century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}[compact[6]]
        born = date(century + int(compact[:2]), int(compact[2:4]), int(compact[4:6]))
    elif country == "DE" and _de_rvnr_ok(compact):
        return int(compact[6:8]), int(compact[4:6]), int(compact[2:4])
    elif country == "AT" and len(compact) == 10 and at_vnr.is_valid(compact):
        return int(compact[8:10]), int(compact[6:8]), int(compact[4:6])
    else:
        return None
    return born.year, born.month, born.day


def check_birth_dates(ident: str, language: str, country: str | None,
                      spans: list[dict]) -> None:
    """Every identifier that encodes a birth date agrees with a date of birth in the same
    record, when the record gives any."""
    births = [read_date(s["text"]) for s in spans if s["kind"] == "dob"]
    if not births:
        return
    for span in spans:
        if span["kind"] != "national_id":
            continue
        encoded = encoded_birth_date(language, country, span["text"])
        if encoded is None:
            continue
        year, month, day = encoded
        assert any((b[0] if year > 99 else b[0] % 100) == year and b[1] == month
                   and (day is None or b[2] == day) for b in births), (ident, span, births)


def sibling_values() -> set[str]:
    values = set()
    for name in SIBLINGS:
        source = (HERE / name).read_text(encoding="utf-8")
        values.update(m.group(2) for m in MARK.finditer(source))
    return values


def build_record(ident: str, language: str, country: str | None, agency: str,
                 marked: str) -> dict:
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        kind, value = m.group(1), m.group(2)
        assert kind in KINDS, (ident, kind)
        spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind,
                      "text": value})
        text += value
        pos = m.end()
    text += marked[pos:]
    assert "[[" not in text and "]]" not in text, ident
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"], (ident, span)
        check_span4(ident, language, span["kind"], span["text"], country or agency)
        if span["kind"] == "person":
            # the English possessive stays outside: "Osgood's" -> "Osgood"
            assert not re.search(r"['’]s$", span["text"]), (ident, span)
    for before, after in pairwise(spans):
        assert before["end"] <= after["start"], (ident, before, after)
    check_bik_keys(ident, text, spans)
    check_birth_dates(ident, language, country, spans)
    assert dominant_script(text) == SCRIPT_OF[language], (ident, dominant_script(text))
    # documents, not narratives: the siblings' one-to-four-sentence rule becomes a line count
    assert LINES[0] <= text.count("\n") + 1 <= LINES[1], (ident, text.count("\n") + 1)
    return {"id": ident, "language": language, "country": country, "agency_country": agency,
            "text": text, "spans": spans}


def build() -> list[dict]:
    records = []
    for language in LANGUAGES:
        rows = RECORDS[language]
        assert len(rows) == PER_LANGUAGE[language], (language, len(rows))
        for n, (country, agency, marked) in enumerate(rows, start=1):
            assert agency, (language, n)
            records.append(build_record(f"m-{language}-{n:02d}", language, country, agency,
                                        marked))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    spans = [s for r in records for s in r["spans"]]
    taken = sibling_values()
    reused = sorted({s["text"] for s in spans if s["text"] in taken})
    assert not reused, reused
    # a name may recur inside its document, but no person appears in two documents
    owners: dict[str, set[str]] = {}
    for r in records:
        for s in r["spans"]:
            if s["kind"] == "person":
                owners.setdefault(s["text"], set()).add(r["id"])
    shared = {name: sorted(ids) for name, ids in owners.items() if len(ids) > 1}
    assert not shared, shared
    kinds = Counter(s["kind"] for s in spans)
    for kind, least in MIN_SPANS.items():
        assert kinds[kind] >= least, (kind, kinds[kind])
    assert len(spans) >= MIN_TOTAL, len(spans)
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    # read the file back: every span's offsets still give its text
    with OUT.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            for span in record["spans"]:
                assert record["text"][span["start"]:span["end"]] == span["text"], (
                    record["id"], span)
    print(f"wrote {len(records)} records to {OUT.name}")
    if "--table" in sys.argv:
        print(counts_table(records))


if __name__ == "__main__":
    main()
