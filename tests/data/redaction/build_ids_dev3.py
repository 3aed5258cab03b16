"""Build ``ids_dev3.jsonl``: a third development set for the identifier and name detectors.

Run with the project's interpreter from anywhere::

    python tests/data/redaction/build_ids_dev3.py [--table]

It is aimed at the kinds that are still weakest -- ``account``, ``national_id``, ``address`` and
``person`` -- with most of the weight on German domestic accounts (BLZ and Kontonummer in many
wordings, orders and layouts, Austrian and Swiss forms) and on Arabic-script texts (local account
numbers, Moroccan and Tunisian RIBs, Saudi, Emirati, Egyptian, Jordanian, Moroccan, Tunisian,
Lebanese, Iraqi and Kuwaiti identity numbers, in ASCII, Arabic-Indic and Persian digits).  The
texts use the ``[[kind:text]]`` markup of ``build_dev.py`` and follow the labelling rules of
``DEV.md`` and the decisions of ``IDS_DEV.md`` and ``IDS_DEV2.md``; ``IDS_DEV3.md`` lists the
decisions added here.  Everything outside markup is meant to stay unlabelled: case, file,
invoice, order, parcel and ticket numbers, amounts, BIC codes, bank codes on their own, the
БИК, к/с, ОГРН and КПП of banks and companies, company tax and VAT numbers, family register
numbers, post-office boxes, postcodes on their own, dates of events, and companies, streets,
ships and shops named after people are deliberate near misses.

Every record is checked with the checks of ``build_ids_dev2.py`` (which runs those of
``build_ids_dev.py`` and ``build_dev.py``).  Schemes they do not know are checked here: the
German social insurance number (check digit), the German identity card number with its
machine-readable check digit, the Austrian social insurance number, the Dutch BSN, the Italian
codice fiscale, the Irish PPSN, the US SSN (hyphenated form), the Polish identity card (check
digit), the Spanish social security number (mod 97), the Kuwaiti civil ID (check digit), the
Ukrainian RNTRC, the Romanian CNP, the Portuguese NIF, the Lithuanian personal code and the
Bulgarian EGN; the Tunisian CIN and the Lebanese and Iraqi identity numbers are checked by
format only, and only in records about those countries.  A French RIB or Spanish CCC written
with a label before each part is checked by its key.  A Russian account next to a БИК must have
the key digit that the БИК gives it.  No labelled value may be taken over from the sibling build
scripts.  All names, numbers and addresses are invented.
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
from stdnum.bg import egn as bg_egn
from stdnum.es import dni as es_dni
from stdnum.ie import pps as ie_pps
from stdnum.it import codicefiscale as it_cf
from stdnum.lt import asmens as lt_asmens
from stdnum.nl import bsn as nl_bsn
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp as ro_cnp
from stdnum.ua import rntrc as ua_rntrc
from stdnum.us import ssn as us_ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The sibling build scripts hold the markup and identifier checks this one shares.
from build_dev import (
    EDGE_BAD,
    KINDS,
    LANGUAGES,
    SCRIPT_OF,
    count_sentences,
    counts_table,
    dominant_script,
)
from build_ids_dev import MARK, _es_ccc_ok, _fr_rib_ok, ascii_digits
from build_ids_dev2 import check_span2

HERE = Path(__file__).resolve().parent
OUT = HERE / "ids_dev3.jsonl"
PER_LANGUAGE = 20
NULL_COUNTRY_PER_LANGUAGE = 5
MIN_SPANS = {"account": 110, "national_id": 110, "address": 80, "person": 150}
MIN_TOTAL = 500
# Labelled values must not be taken over from these sets.
SIBLINGS = ("build_dev.py", "build_ids_dev.py", "build_ids_dev2.py", "build_names_dev.py")

# Each record: (country or None, agency_country, marked text).  Ids are given in order.
RECORDS: dict[str, list[tuple[str | None, str, str]]] = {}

# --- English ---------------------------------------------------------------------------------

RECORDS["en"] = [
    ("GB", "GB",
     "SAR 24/2093: [[person:Peregrine Thurlbeck]], NINO [[national_id:BM 43 48 74 B]], paid "
     "£61,300 from [[account:16-52-21 48830177]] to his sister-in-law, "
     "[[person:Morwenna Pascoe-Thurlbeck]], sort code "
     "[[account:30-15-99, account number 07724163]]. Every payment quoted 'Thurlbeck Joinery "
     "invoice 3096'."),
    ("GB", "GB",
     "Custody record, Bristol: detained person [[person:QUANTOCK, Elspeth Mary]], born "
     "[[dob:02/11/1969]], NINO [[national_id:ZE753894A]], gave her address as "
     "[[address:Flat 7, Ashgrove Court, 14 Cumberland Road, Bristol BS1 6UF]]. Property: a bank "
     "card ending 5820 and a paying-in book for [[account:40-11-38 62009158]]."),
    ("IE", "IE",
     "Garda FIU note: [[person:Ciarán Mac Giolla Bhríde]], PPSN [[national_id:0528020JA]], "
     "lodged €48,000 to the old-style account NSC [[account:93-22-14, account 10538296]] and "
     "moved it on to [[iban:IE86 BPKC 4631 6112 2378 60]]. He lives at "
     "[[address:Apartment 41, Block B, The Granary, Lower Mayor Street, Dublin 1, D01 K8W4]]."),
    ("IE", "IE",
     "Surveillance, Tuesday 14:20: [[person:D. J. Ó Catháin]] left "
     "[[address:Cnoc na Gréine, Rossmore, Carrigtwohill, Co. Cork T45 XR61]] in a blue Octavia, "
     "[[plate:222-C-18734]], and drove to the car wash run by Ó Catháin Motors Ltd, then to the "
     "pier where the trawler Siobhán Óg is moored. His PPSN on the insurance file is "
     "[[national_id:4128209B]]."),
    ("US", "GB",
     "Request from HSI Miami: [[person:Delphine Nwachukwu-Marchetti]], SSN "
     "[[national_id:614-02-1276]], received wires into routing number "
     "[[account:291759092, account 5208193364]] and rents "
     "[[address:1180 NE 112th Street, Apt 4C, North Miami, FL 33161]]. The lease is held by "
     "Marchetti Realty LLC."),
    ("GB", "GB",
     "Intercept, call 0586 on [[phone:07418 233901]]: the caller reads out "
     "[[iban:gb09 jbnd 9865 8209 6598 08]] and, after a pause, a second account,\n"
     "[[iban:GB10 CHSR 0962\n7782 4622 17]]. He tells 'Tiny' that [[person:Gideon Stallybrass]] "
     "will collect on Friday and to confirm by e-mail to "
     "[[email:g.stallybrass77@protonmail.com]]."),
    ("GB", "GB",
     "Witness statement: I, [[person:Tamsin Gwennap]], work at the Baker's Yard café. The man "
     "everyone calls Gaffer paid me to cash cheques into my account, "
     "[[account:09-01-29 58831740]]. Mr [[person:Tonkin]], the manager, told me the Gaffer's "
     "real name is [[person:Ambrose Kittow]] and that he lives at "
     "[[address:3 Penrose Terrace, Redruth TR15 2QG]]."),
    ("GB", "GB",
     "Premises linked to the network: (a) "
     "[[address:Unit 12B, Tollgate Business Park, Beaumont Road, Stafford ST16 3EJ]]; (b) "
     "[[address:Flat 2/1, 88 Kilmarnock Road, Glasgow G41 3NN]]; (c) a lock-up in Mill Lane, "
     "number unknown; (d) PO Box 2316, Stafford ST16 9XX, a mailbox only."),
    ("GB", "GB",
     "Account holders identified by the bank:\n"
     "[[person:ADEYEMI-HOLT, Folasade]] – [[account:20-32-06 / 43318095]]\n"
     "[[person:PRYCE-JONES, Emrys Talfryn]] – [[account:203206 71002948]]\n"
     "Both accounts were opened at the Wrexham branch, branch reference 6630."),
    (None, "GB",
     "Europol reply: the Kazakh courier [[person:Yerlan Tokhtarbekuly]], IIN "
     "[[national_id:910327320171]], born [[dob:27 March 1991]], and the Dutch driver "
     "[[person:Sjoerd Veenstra-Bakhuis]], BSN [[national_id:9800.82.456]], both used the "
     "Lithuanian account [[iban:LT68 7390 5124 6451 1622]]."),
    (None, "GB",
     "Partner request from Dubai: [[person:Sultan bin Khalfan Al Marri]], Emirates ID "
     "[[national_id:784-1979-0977302-6]], and his driver "
     "[[person:Abdulkareem ibn Saad al-Shuwaiki]], iqama [[national_id:2612858726]], sent AED "
     "2.1m from [[account:4295686985558]] to an estate agent at "
     "[[address:Suite 3, 27 Brook Street, London W1K 4HB]]."),
    ("GB", "GB",
     "Note for file: ticket 7302-118 relates to parcel JD0001935260417 and invoice INV-60954, "
     "not to any account. The customer number 29073316 on the letter is not a bank account "
     "either, and 60-95-11 on its own is only a sort code. The genuine account in the bundle is "
     "[[account:60-95-11 30047719]], held by [[person:Wilfred Ignatius Hobday-Sparke]]."),
    ("GB", "GB",
     "Interview notes: [[person:L. M. Trenowden]] says [[person:Ingrid Ravensworth]]'s brother "
     "opened [[account:77-43-18 00914427]] using her NINO, [[national_id:PP 45 39 52 B]]. "
     "[[person:Ravensworth]] denies it and gives her address as "
     "[[address:12 The Coppice, Ravensworth Lane, Darlington DL2 3PQ]]."),
    (None, "GB",
     "Interpol Rome asks about [[person:Aurelio Mancuso-Ferri]], codice fiscale "
     "[[national_id:MNCRLA80A01F205W]], who lists "
     "[[address:Via dei Cappuccini 14, int. 6, 20122 Milano]] as his home, and about his "
     "associate [[person:Nerea Lizarralde Ugalde]], DNI [[national_id:27766111M]]."),
    ("US", "GB",
     "Known addresses in New Jersey: "
     "[[address:47 Van Wagenen Ave, Unit 2, Jersey City, NJ 07306]] and "
     "[[address:318 Bergenline Avenue, Apt. 5R, Union City, NJ 07087]], both leased by "
     "[[person:Marisol Barrientos-Oquendo]], SSN [[national_id:879-94-4980]]. Her mail also goes "
     "to box 718 at a parcel store in Hoboken."),
    ("GB", "GB",
     "Payroll review at Eastholme Fresh Produce Ltd: the agency workers "
     "[[person:Przemysław Chrobotowicz]] (PESEL [[national_id:94083097336]]) and "
     "[[person:Evangelos Papadimitropoulos]] (AMKA [[national_id:11078621379]]) were paid into "
     "the same account, [[account:11-02-76 99831042]]. Neither has lived at "
     "[[address:26 Cranbrook Gardens, Boston PE21 8QF]], the address on file."),
    (None, "GB",
     "Cash courier stopped at Heathrow: [[person:Mahmoud Fawzy El-Sherbiny]], Egyptian national "
     "number [[national_id:28506140171334]], carried a note of the Egyptian account "
     "[[account:2508 8393 4650 5610]] and the Moroccan CIN [[national_id:BH 902155]] of his "
     "associate [[person:Youssef Ait Bouzekri]]."),
    ("GB", "GB",
     "Letter seized at arrest, addressed to Mrs [[person:Henrietta Coad]],\n"
     "[[address:The Granary\nWest Pentire Farm\nCrantock\nNewquay TR8 5SE]]\n"
     "Inside: a bank card for [[account:83-91-46 20036615]] and a note saying 'ring Nathaniel'."),
    ("GB", "GB",
     "ANPR: [[plate:MA21 XKT]] parked outside the tenant's flat "
     "([[address:14c Holloway Street, Exeter EX2 4JB]]) from 22:10. The tenant, "
     "[[person:Barnaby Ellacott]], banks with [[account:30 93 04 / 00472261]] and his partner "
     "[[person:Keziah Ellacott-Moon]] with [[iban:gb52 JANN 2807 3776 7763 81]]."),
    (None, "GB",
     "Joint investigation team list: [[person:Anne-Sophie de Wergifosse]], national number "
     "[[national_id:77.02.19-878.86]], account [[account:701-8465306-42]]; "
     "[[person:Gwenaël Le Cam]], NIR [[national_id:1 83 09 29 483 461 81]]; and "
     "[[person:Ioanna Chatzistavrou]], ADT [[national_id:ΑΚ 710294]]."),
]

# --- French ----------------------------------------------------------------------------------

RECORDS["fr"] = [
    ("FR", "FR",
     "Note TRACFIN n° 2024-0447 : M. [[person:Aymeric Vautrin-Lescure]], NIR "
     "[[national_id:1 76 11 21 475 143 66]], a reçu 73 000 € sur son compte, code banque "
     "[[account:15695, code guichet 78939, n° de compte 70019674622, clé RIB 29]], puis les a "
     "virés vers [[iban:FR76 1750 494 99529 2960 5480 307]]. La SCI Vautrin-Lescure, SIREN 812 "
     "447 903, n'est pas concernée."),
    ("FR", "FR",
     "Procès-verbal de notification : Mme [[person:Ghislaine Pétremand]], née le "
     "[[dob:9 juin 1958]] à Besançon, NIR [[national_id:258062527944283]], demeurant "
     "[[address:17 bis, rue de la Vieille-Monnaie, Bât. B, 25000 Besançon]]. Son fils "
     "[[person:Loïc Pétremand]] est domicilié "
     "[[address:4 ter, impasse des Cordiers, 25480 École-Valentin]]."),
    ("FR", "FR",
     "Surveillance du 3 avril : [[person:Rodolphe Kerjean]] dépose un pli au siège de la SARL "
     "Kerjean Marée, [[address:ZA de Kerlédan, 12 rue des Goémoniers, 29900 Concarneau CEDEX]], "
     "puis relève la boîte postale BP 2209 à la poste. À 11 h 20, il retire 3 000 € avec une "
     "carte liée au compte [[account:16105 82022 36863831007 66]]."),
    ("BE", "BE",
     "La CTIF signale que [[person:Maximilien Vanderborght]], numéro national "
     "[[national_id:83.05.14-305.83]], a versé 95 000 € depuis l'ancien compte "
     "[[account:907-0541492-03]] vers [[iban:BE55 6807 6845 0244]]. Il réside "
     "[[address:rue Haute 214, boîte 3, 1000 Bruxelles]], comme son épouse "
     "[[person:Ludivine Vanderborght-Cornez]], numéro national [[national_id:86120190087]]."),
    ("CH", "CH",
     "Communication MROS : [[person:Jean-Daniel Rochat-Bujard]], n° AVS "
     "[[national_id:756.5085.5642.89]], domicilié "
     "[[address:chemin des Pâquerettes 11, 1004 Lausanne]], détient le compte postal "
     "[[account:17-448201-9]] et, à la banque cantonale, le clearing "
     "[[account:767, compte 5219.30.41]]."),
    ("MA", "FR",
     "Demande à la DGSN : [[person:Hicham Tazarine-Laaroussi]], CIN [[national_id:BK 447120]], "
     "titulaire du RIB marocain [[account:096 737 5901990610168188 92]], a hébergé "
     "[[person:Nadia El Fassi-Tazi]] (CIN [[national_id:U 238174]]) à la "
     "[[address:Résidence Yasmine, immeuble 12, appartement 5, avenue Hassan II, Rabat]]."),
    ("TN", "TN",
     "Selon la police tunisienne, [[person:Moncef Ben Hadj Amor]], CIN n° "
     "[[national_id:15619390]], est titulaire du compte [[account:10 248 3351568969884 31]] et "
     "réside [[address:14, rue de Marseille, 1000 Tunis]]. Sa société, Ben Hadj Amor Import, a "
     "pour matricule fiscal 0962315/K/A/M/000."),
    ("FR", "FR",
     "Interception, ligne [[phone:07 68 41 20 93]], appel 77 : l'interlocuteur dicte « "
     "[[account:35370522327130236612956]] » puis « mets-le au nom de "
     "[[person:Kévin Lebrasseur-Daoudi]] ». Un certain « Tonton » doit récupérer l'argent au "
     "[[address:8, place du Général-Leclerc, 59100 Roubaix]]."),
    ("FR", "FR",
     "Réquisition à la banque :\n[[iban:FR76 1018 6197\n1776 5458 1328 005]]\n"
     "[[iban:fr76 3552 4026 3319 9150 5036 977]]\n"
     "Merci de préciser les titulaires et mandataires de ces comptes, ainsi que l'adresse de "
     "[[person:Térence Abgrall]]."),
    (None, "FR",
     "Diffusion Europol : [[person:Radosław Ciesielczyk]], PESEL [[national_id:81100559414]], et "
     "[[person:Ilse Vandermeulen]], numéro BSN [[national_id:343625994]], partagent le compte "
     "polonais [[account:87 6241 8962 8105 0932 0867 8820]]."),
    ("FR", "FR",
     "Audition de témoin : « Je travaille à la boulangerie Marchandeau depuis 2019. Le client "
     "que tout le monde appelle Bébert venait chaque matin avec [[person:Solène Quéméneur]]. Il "
     "m'a dit habiter [[address:Résidence Les Mimosas, Bât. C, appt 112, 3 allée Paul-Cézanne, "
     "13090 Aix-en-Provence]]. »"),
    ("FR", "FR",
     "Fiche de signalement : [[person:LAGARRIGUE Corentin]], [[dob:22/07/1990]], "
     "[[national_id:190071357030512]], sans domicile connu ; dernier hébergement au "
     "[[address:41 boulevard de Paris, 13003 Marseille]]."),
    (None, "BE",
     "Demande de la police fédérale : [[person:Pieter-Jan Verhulst]] (numéro national "
     "[[national_id:90042330550]]) et [[person:Wout Vandenabeele]] louent ensemble l'entrepôt "
     "[[address:Industrieweg 17 bus 4, 9032 Wondelgem]] ; le loyer est payé depuis "
     "[[iban:be63 5159 9324 6808]]."),
    ("FR", "FR",
     "Le fournisseur, la société Lemarié Distribution, facture depuis [[address:Parc d'activités "
     "du Moulin, 6 rue Blaise-Pascal, CS 20853, 35136 Saint-Jacques-de-la-Lande CEDEX]]. Son "
     "gérant, [[person:Anatole Lemarié]], encaisse les chèques sur le RIB banque "
     "[[account:15229 guichet 40984 compte 92921557394 clé 44]]. Facture F-2024-0719, commande "
     "C-51372."),
    (None, "FR",
     "Commission rogatoire espagnole : [[person:Iker Zubeldia Artola]], DNI "
     "[[national_id:26051270-K]], et sa compagne [[person:Chiara Zanin]], codice fiscale "
     "[[national_id:ZNNCHR92M58L736V]], ont loué un appartement "
     "[[address:calle de Atocha 87, 3º izda., 28012 Madrid]] au nom d'une société écran."),
    ("FR", "FR",
     "Contrôle à Menton : [[person:Baptiste du Halgouët-Pérennès]], passeport "
     "[[passport:23KD81570]], conduit la Peugeot [[plate:GT-418-WZ]] avec "
     "[[person:Awa Konaté-Diabira]]. Dans la boîte à gants, un RIB au nom de "
     "[[person:du Halgouët-Pérennès]] : [[account:23758 29576 79883098257 50]]."),
    ("FR", "FR",
     "Tableau des flux (extrait) :\ndébit [[account:30094 95132 54970110546 11]] → crédit "
     "[[account:38424595556754047162959]], 14 800 €\n"
     "débit [[account:21613 02822 61690799123 63]] → crédit "
     "[[iban:ES08 2992 7795 5100 6079 2666]], 9 950 €\n"
     "Références de virement VIR-0733 à VIR-0736."),
    (None, "FR",
     "Signalement Interpol : [[person:Konstantinos Xanthopoulos]], AMKA "
     "[[national_id:03027157225]], né le [[dob:3 février 1971]], et "
     "[[person:Vsevolod Arkadievitch Roudakov]], INN [[national_id:490282691947]], se partagent "
     "le compte russe [[account:40817810309059746616]]."),
    ("FR", "FR",
     "Pour mémoire : 14518 est un code banque et non un compte ; le dossier 24/0958, la facture "
     "61207, le colis 6A02961735508 et le ticket 0391 ne sont pas des identifiants personnels. "
     "Seuls le compte [[account:17852-40155-85115589878-71]] de [[person:Clémentine Haudebourg]] "
     "et son adresse, [[address:5 rue des Trois-Cailloux, 80000 Amiens]], sont à occulter."),
    (None, "FR",
     "Échange avec la NCA : [[person:Oliver Brocklehurst]], NINO [[national_id:CA 32 44 22 B]], "
     "et son frère [[person:Ellis J. Brocklehurst]] font transiter les fonds par le compte "
     "britannique [[account:40-75-13 78210032]] ; adresse connue : "
     "[[address:27 Heaton Moor Road, Stockport SK4 4LA]]."),
]

# --- German ----------------------------------------------------------------------------------

RECORDS["de"] = [
    ("DE", "DE",
     "Verdachtsmeldung der Sparkasse Hameln-Weserbergland: Herr [[person:Enno Wübbenhorst]], "
     "Steuer-ID [[national_id:20 097 340 152]], zahlte binnen acht Tagen 19.000 Euro bar auf "
     "sein Konto [[account:2 174 336 09]] bei der Sparkasse Hameln-Weserbergland (BLZ 254 501 "
     "10) ein. Am Folgetag gingen 18.000 Euro an Kto. [[account:0418 2275 93, BLZ 370 411 48]], "
     "Inhaberin laut Bank [[person:Fenna Brüggemann-Rieck]]."),
    ("DE", "DE",
     "TKÜ-Protokoll, Anschluss [[phone:01573 8812046]], Gespräch 311: Der Anrufer diktiert die "
     "Kontonummer [[account:55 120 339 61, Bankleitzahl 600 501 01]], danach „kto "
     "[[account:44 1029 883 blz 250 501 80]]“, und sagt, Tante Gerlinde solle bis Freitag "
     "zahlen. Gemeint ist vermutlich [[person:Gerlinde Hübschle]] aus Nagold, gegen die unter "
     "Az. 23 Js 6072/24 ermittelt wird."),
    (None, "DE",
     "Aus dem Notizbuch des Beschuldigten, Seite 14:\n"
     "Konto-Nr. [[account:0301 884 572\nBLZ 700 519 95]]\n"
     "Name: [[person:HOLLENBECK, Swantje Marlene]], Ausweis-Nr. [[national_id:XFH87GR40]]\n"
     "Kto [[account:3318 0020 45]] (BLZ 100 100 10)\n"
     "Daneben steht „Rest an Dörte, 4.200“ und eine unvollständige Rufnummer, 0171 44."),
    ("AT", "AT",
     "Geldwäscheverdachtsmeldung der Raiffeisenlandesbank: Die Kundin "
     "[[person:Reinhild Zumbrägel-Hofstätter]], geboren am [[dob:17. März 1981]], "
     "Sozialversicherungsnummer [[national_id:8559 170381]], überwies von Kontonummer "
     "[[account:00 512 338 114, BLZ 32415]] insgesamt 64.000 Euro auf das Konto "
     "[[account:731 448 902]] bei der Erste Bank. Sie wohnt "
     "[[address:Schönbrunner Straße 211/3/17, 1120 Wien]]."),
    ("CH", "CH",
     "MROS-Meldung 2024-2650: [[person:Beat Ruppertshofer]], AHV-Nr. "
     "[[national_id:756.8607.2237.18]], unterhält das Postkonto [[account:60-748132-7]] und bei "
     "der Kantonalbank Clearing-Nr. [[account:784, Konto 1094.2271.0033]]. Zustelladresse: "
     "[[address:Obere Bahnhofstrasse 8, 9500 Wil SG]]; die UID CHE-114.771.902 gehört seiner "
     "Einzelfirma."),
    ("DE", "DE",
     "Festnahme um 06:10 Uhr in der "
     "[[address:Hafenstraße 17, Hinterhaus, 3. OG, 20359 Hamburg]]: [[person:Ottokar Quellmalz]] "
     "wies sich mit dem Personalausweis Nr. [[national_id:JYV5CK8WN]] aus. Im Schrank lagen ein "
     "Reisepass, Nr. [[passport:CJ8M40TX2]], und ein zweiter Ausweis mit der Nummer "
     "[[national_id:R254MJ54X3]] (zehnstellig, mit Prüfziffer), beide auf [[person:Quellmalz]]' "
     "Bruder ausgestellt."),
    (None, "DE",
     "Kontenabrufersuchen 0937/24, Ergebnis:\n"
     "1) BLZ [[account:512 308 00, Konto-Nr. 0004 8811 27]] – [[person:Almut Schwindelhauer]]\n"
     "2) Kto. [[account:7731004582 / BLZ 43060967]] – [[person:Jost Kleinewefers]]\n"
     "3) Sparbuch Nr. [[account:3 0045 7781 2]] – verfügungsberechtigt "
     "[[person:A. Schwindelhauer]]"),
    ("DE", "DE",
     "Mitteilung des Finanzamts Recklinghausen: Die steuerliche Identifikationsnummer "
     "[[national_id:18057394206]] gehört [[person:Wigbert Stallknecht]], die IdNr. "
     "[[national_id:934 721 833 54]] seiner Ehefrau [[person:Friedrun Stallknecht-Ostendarp]]. "
     "Die Steuernummer 340/5127/0884 und die USt-IdNr. DE 281 447 903 betreffen dagegen die "
     "Stallknecht Fliesenhandel GmbH."),
    ("DE", "DE",
     "Abgleich mit der Rentenversicherung: Die Versicherungsnummer "
     "[[national_id:25 230857 D 533]] ist [[person:Irmtraud Dickhöfer]], geb. "
     "[[dob:23.08.1957]], zugeordnet; unter der SV-Nr. [[national_id:13040362T316]] ist "
     "[[person:Bernward Tüshaus]] gemeldet. Beide Renten gehen auf das Gemeinschaftskonto "
     "[[account:1059 3384 47]], Kundennummer 5830 0172, und ein Tagesgeldkonto, "
     "[[account:300 188 4172]]."),
    (None, "DE",
     "Europol-Anfrage 2024/3318: Der polnische Fahrer [[person:Bogumił Szczypiorski]], PESEL "
     "[[national_id:79060293839]], und die Spanierin [[person:Maite Urquiaga Loidi]], NIE "
     "[[national_id:Y5242385D]], zahlten die Hallenmiete für den "
     "[[address:Gewerbering 14a, 84030 Ergolding]] von "
     "[[iban:PL21 4296 2084 9508 9139 2091 3313]] und vom spanischen Konto "
     "[[account:0392 3362 96 2686314785]]."),
    (None, "DE",
     "Überweisungsbeleg 63-2095: Empfänger [[person:Lambert Niehüser]], "
     "[[iban:DE86 2509 0500 0881 1042 77]] (alt: BLZ [[account:250 905 00, Kto. 881 104 277]], "
     "BIC HAMNDE21XXX), Verwendungszweck „Rechnung 2024-0771, Kundennr. 30045“."),
    ("DE", "DE",
     "Observationsbericht, 07:05 Uhr: [[person:Hajo Siebelink]] (Personalausweis "
     "[[national_id:H0MG619F1]]) verlässt das Haus [[address:Kiefernweg 12b, 14469 Potsdam]] und "
     "fährt mit [[plate:P-HS 6203]] zum Autohaus Siebelink & Söhne in der Zeppelinstraße. 07:40 "
     "Uhr: Übergabe eines Umschlags an [[person:Ursel Prümmer]], die danach in der "
     "[[address:Lindenstraße 44, Rückgebäude, 14467 Potsdam]] verschwindet."),
    ("DE", "DE",
     "Zustellanschrift laut Mietvertrag: c/o [[person:Kappelhoff]], "
     "[[address:Am Pulverturm 4, 99423 Weimar]]; Geschäftspost geht an Postfach 10 22 33, 99021 "
     "Erfurt. Mieterin ist [[person:Dörte Kappelhoff]], Personalausweisnummer "
     "[[national_id:W949V81MR]], E-Mail [[email:doerte.kappelhoff@posteo.de]], die Miete kommt "
     "von Kto.-Nr. [[account:4400 1883 10]] (Volksbank Mittelthüringen)."),
    ("DE", "DE",
     "Der Zeuge [[person:Volkhard Eschweiler-Brandt]], Sozialversicherungsnummer "
     "[[national_id:23 120968 E 33 4]], sagte aus, die Pakete seien an folgende Anschrift "
     "gegangen:\n[[address:Theodor-Heuss-Ring 71\n3. Etage rechts\n68161 Mannheim]]\n"
     "Bezahlt worden sei per Überweisung auf Konto [[account:8 813 047 71 / BLZ 670 505 05]]."),
    ("DE", "DE",
     "Auszug aus der Buchhaltung der Ostendarp Bau GmbH, Zahlungen im März:\n"
     "Empfänger | Kto.-Nr. | BLZ | Betrag\n"
     "[[person:Ruppertshofen, Wendelin]] | [[account:0041 7729 35 | 200 300 00]] | 4.800,00\n"
     "Prümmer Sanitär KG | [[account:2207 5519 04 | 250 905 00]] | 12.310,50\n"
     "Summe: 17.110,50 EUR."),
    ("DE", "DE",
     "Kontoeröffnung bei der Volksbank Lippstadt: [[person:Swetlana Kunze-Baimuchamedowa]], "
     "kasachischer Reisepass [[passport:N17304882]], IIN [[national_id:871104488236]], geboren "
     "am [[dob:04.11.1987]] in Karaganda, Meldeanschrift "
     "[[address:Cappeler Straße 9a, 2. OG, 59555 Lippstadt]]. Das neue Konto hat die Nummer "
     "[[account:6 610 448 300]], die frühere Verbindung lautete BLZ "
     "[[account:416 517 70 / Konto 72 004 118]]."),
    ("DE", "DE",
     "Lohnabrechnung März für [[person:Kunigunde Plattfaut]], Personalnummer 006218: SV-Nummer "
     "[[national_id:23 110992 P 934]], Steuer-ID [[national_id:57138392631]], Auszahlung auf "
     "Konto [[account:56 001 779 36 bei BLZ 440 501 99]]. Arbeitgeber ist die Plattfaut "
     "Gebäudereinigung e.K., [[address:Hansaring 112, 48155 Münster]]."),
    (None, "DE",
     "Rechtshilfeersuchen aus Bozen: Gesucht wird [[person:Ermenegildo Tschurtschenthaler]], "
     "codice fiscale [[national_id:TSCRNG71C22A952L]], der über das Konto "
     "[[account:7 004 412 881, BLZ 700 202 70]] Zahlungen an den Niederländer "
     "[[person:Joost ter Wengel]] (BSN [[national_id:483308079]]) leistete. Weitere Angaben "
     "folgen unter Geschäftszeichen RH 118/24."),
    ("AT", "AT",
     "Bericht des BK: Die Vossen Handels GmbH (UID ATU 64718833, FN 530964 k) zahlte 38.000 Euro "
     "auf Kto.Nr. [[account:7.465.221, BLZ 20111]] des Prokuristen "
     "[[person:Leopold Pittracher-Wiesinger]], SV-Nr. [[national_id:5361030574]]. Dieser wohnt "
     "[[address:Anichstraße 29/4, 6020 Innsbruck]] und erhielt weitere Zahlungen auf BLZ "
     "[[account:36000, Konto-Nr. 5.520.331.908]]."),
    ("DE", "DE",
     "Vermerk: [[person:Theodor Vossenkuhls]] Schwager [[person:H.-D. Rehkopf]] (Steuer-ID "
     "[[national_id:14 635 409 720]]) betreibt die Vossenkuhl-Apotheke am Vossenkuhlplatz nicht "
     "mehr und lebt seit Mai bei [[person:Gesa Thiemeyer-Kolb]] in der "
     "[[address:Kastanienallee 3, Seitenflügel, 10435 Berlin]]. Frau [[person:Thiemeyer-Kolb]] "
     "erhält monatlich 2.500 Euro auf Konto [[account:0790 3318 45]], Herr [[person:Rehkopf]] "
     "auf BLZ/Kto. [[account:100 500 00/6603 2218 1]]."),
]

# --- Spanish ---------------------------------------------------------------------------------

RECORDS["es"] = [
    ("ES", "ES",
     "Comunicación al SEPBLAC: [[person:Fulgencio Cebrián Quiñonero]], DNI "
     "[[national_id:53286114-J]], ingresó 58.000 € en la cuenta "
     "[[account:1649 4679 48 8595757686]] y los transfirió a la "
     "[[account:3257-7749-70-1996775053]], de la que es titular Cebrián Quiñonero Hermanos SL."),
    ("ES", "ES",
     "Diligencia de detención: [[person:Remedios Carrasquilla de la Vega]], DNI "
     "[[national_id:12346608 R]], con domicilio en "
     "[[address:C/ Hileras 9, 3º izda., 28013 Madrid]], y su pareja, "
     "[[person:Wilson Albeiro Quiñones Lucumí]], NIE [[national_id:Z 1817549 W]], pasaporte "
     "colombiano [[passport:AT4410298]]."),
    ("ES", "ES",
     "Según el extracto, la cuenta con entidad "
     "[[account:2494, oficina 0556, DC 95, número de cuenta 5959346855]] pertenece a "
     "[[person:Eulalia Bermejo Cantalapiedra]], que vive en "
     "[[address:Avda. de Portugal 112, 2º B, 47010 Valladolid]]."),
    ("ES", "ES",
     "Informe de la Inspección de Trabajo: los trabajadores [[person:Teodoro Piñeiro Lamas]] "
     "(n.º de afiliación a la Seguridad Social [[national_id:36/50428594/46]]) y "
     "[[person:Ramona Vilariño Outeiro]] (NSS [[national_id:153789214014]]) cobraban en la "
     "cuenta [[account:35949421606201771925]] de la empresa Conservas Piñeiro SA."),
    ("ES", "ES",
     "Vigilancia del 12 de marzo: a las 09:40 [[person:Anselmo Grijalba]] sale del portal de "
     "[[address:calle Fray Luis de León nº 23, 1º dcha., 37008 Salamanca]] y camina hasta el bar "
     "Casa Grijalba, en la plaza de Anaya. Allí entrega un sobre a [[person:Macarena Ibargüen]]."),
    ("ES", "ES",
     "Transferencias ordenadas por [[person:Leocadia Santamarina Ferreiro]]: 9.000 € a "
     "[[iban:ES25 2194 341 06155 2228 6405]] y 4.500 € a\n"
     "[[iban:ES56 2510 2350\n3760 2988 3310]]. Concepto: «préstamo familiar»."),
    (None, "ES",
     "Relación de cuentas bloqueadas:\n"
     "1. [[account:0516 1559 23 4890283091]] – [[person:OTAZU ELCARTE, Joseba Andoni]]\n"
     "2. [[account:11566904418482809566]] – Construcciones Otazu SL\n"
     "3. [[iban:ES2520141513318972742279]] – [[person:Begoña Elcarte Urdiain]]"),
    ("MA", "ES",
     "Comisión rogatoria a Marruecos: [[person:Abdelilah Ouazzani Chahdi]], CIN "
     "[[national_id:CD 318842]], titular del RIB [[account:383 303 6566371304118808 54]], reside "
     "en [[address:avenida Mohammed V, residencia Al Andalus, inmueble 4, piso 9, Tetuán]]."),
    ("ES", "ES",
     "Control de la Guardia Civil en la N-340: el turismo [[plate:7713 LMK]] lo conducía "
     "[[person:Rigoberto Alcaraz Pozuelo]], con domicilio en "
     "[[address:urbanización Los Almendros, casa 14, 29640 Fuengirola]]. Con él viajaba su "
     "sobrina [[person:Jennifer Alcaraz Medina]], DNI [[national_id:82.097.858-W]]."),
    ("ES", "ES",
     "Declaración testifical: «Trabajo en la farmacia Ledesma desde 2015. El hombre al que "
     "llaman el Cuervo aparcaba en la calle Ledesma y subía a un piso de "
     "[[address:calle Pizarro 40, 2.º C, 46004 Valencia]]. Una vez le vi con "
     "[[person:Ginés Valcárcel Ródenas]]»."),
    (None, "ES",
     "Europol informa de que [[person:Sorin-Marian Țepeluș]], CNP [[national_id:1860917407406]], "
     "y [[person:Ana Filipa Gouveia Sarmento]], NIF portugués [[national_id:121096041]], "
     "comparten la cuenta [[account:3306 6998 91 0661728348]]."),
    ("ES", "ES",
     "Registro domiciliario en [[address:Pza. del Carmen 3, esc. B, 4º 2ª, 03001 Alicante]]: se "
     "hallan 31.000 € y la tarjeta de [[person:Octavio Marcilla Romeral]], vinculada a la cuenta "
     "[[account:1464 1313 84 5233519452]]."),
    ("ES", "ES",
     "Sesión 214 de la línea [[phone:644 21 87 30]]: «apunta, [[national_id:25246406L]], es el "
     "DNI de la Puri, y la cuenta es la [[account:0589 4409 99 4422720752]]». Se trata de "
     "[[person:Purificación Leal Gamonal]], vecina de "
     "[[address:calle Real 18, 11300 La Línea de la Concepción]]."),
    (None, "ES",
     "Solicitud de Emiratos: [[person:Khalifa Obaid Al Suwaidi]], documento de identidad "
     "[[national_id:784 1984 2454748 1]], compró a través de "
     "[[person:Ignacio Baztán Lecumberri]] un chalet en "
     "[[address:avenida de las Cumbres 21, urbanización Nueva Andalucía, 29660 Marbella]], "
     "pagado desde [[iban:AE09 8226 1197 7258 1717 817]]."),
    ("ES", "ES",
     "Informe: los [[person:Villacañas]] controlan los locutorios de "
     "[[address:calle de Tribulete 31, local 2, 28012 Madrid]] y "
     "[[address:paseo de las Acacias 44, bajo, 28005 Madrid]]; el mayor, "
     "[[person:Eusebio Villacañas Prado]], DNI [[national_id:65272072 G]], cobra en "
     "[[account:05029957384799728730]]."),
    (None, "ES",
     "La fiscalía francesa pide datos de [[person:Maëlle Guézennec]], NIR "
     "[[national_id:2 88 03 29 752 172 57]], y del polaco [[person:Wiesław Kaczmarczyk]], PESEL "
     "[[national_id:72123000313]], titulares del RIB [[account:14220 12027 95424428068 74]]."),
    ("ES", "ES",
     "Se aclaran los números del atestado 2024/0952: el 2085 es el código del banco, el 28039 un "
     "código postal, la factura es la F-30716 y el pedido el 6190-334. La cuenta investigada es "
     "la [[account:3388.1149.49.3488709028]], de [[person:Herminia Calatrava Nieto]]."),
    ("ES", "ES",
     "Filiación completa: [[person:Celedonio Aparicio Mingorance]], nacido el "
     "[[dob:2 de febrero de 1966]] en Jaén, DNI [[national_id:32921361N]], pasaporte "
     "[[passport:PAK448120]], domicilio "
     "[[address:Avda. de Madrid 71, portal 2, 5º A, 23008 Jaén]]."),
    (None, "ES",
     "Interpol Astaná: [[person:Aigerim Sarsenbayeva]], IIN [[national_id:950708402455]], y "
     "[[person:Timur Yesdauletov]], IIN [[national_id:900122333157]], compraron un piso en "
     "[[address:calle Larios 6, 4º, 29005 Málaga]] con fondos de la cuenta "
     "[[account:1137 3785 40 4375482095]]."),
    ("ES", "ES",
     "Listado de investigados:\n[[person:CIFUENTES MALLADA, Nicasio]] – "
     "[[national_id:34.380.112-B]]\n[[person:DUMITRESCU, Florin Cătălin]] – "
     "[[national_id:X3834572N]]\nAmbos figuran como autorizados en "
     "[[account:2277 3092 38 5498118931]]."),
]

# --- Polish ----------------------------------------------------------------------------------

RECORDS["pl"] = [
    ("PL", "PL",
     "Zawiadomienie do GIIF: [[person:Bożydar Chrząstowski-Mleczko]], PESEL "
     "[[national_id:68021105973]], wpłacił 180 000 zł na rachunek "
     "[[account:77 8667 7090 6814 9396 2729 2560]], a następnie przelał środki na "
     "[[account:75610215551049579976597165]] spółki Mleczko-Trans sp. z o.o. (NIP 7781950326, "
     "REGON 301572968)."),
    ("PL", "PL",
     "Protokół zatrzymania: [[person:Halina Gąsiorowska-Pyrek]], ur. [[dob:14.05.1977]] r., "
     "dowód osobisty [[national_id:KDP 158888]], zam. "
     "[[address:ul. Kościelna 17 m. 4, 62-800 Kalisz]]."),
    ("PL", "PL",
     "Z podsłuchu wynika, że [[person:Jarosławowi Grzebielukowi]] przekazano 40 000 zł, a resztę "
     "wpłacono na konto [[person:Ireny Wojtaszczyk]] o numerze "
     "[[account:95 8175 1774 9611 2536 3036 3142]]. [[person:Grzebieluk]] odebrał pieniądze przy "
     "[[address:al. Niepodległości 221 lok. 18, 02-087 Warszawa]]."),
    ("PL", "PL",
     "Cudzoziemiec [[person:Ołeksandr Hnatiuk]], paszport [[passport:FX418203]], RNOKPP "
     "[[national_id:3185433335]], ur. [[dob:19.03.1987]], pracował dla firmy z "
     "[[address:ul. Przemysłowa 8, 39-200 Dębica]], a wynagrodzenie otrzymywał na "
     "[[account:94294422597458859623399153]]."),
    (None, "PL",
     "Z korespondencji mailowej: „przelej na [[iban:pl74 3799 6629 2543 0310 7323 0944]] albo na "
     "[[iban:PL75681148311229972541573015]], tylko nie na stare konto "
     "[[account:68 1888 0069 8110 6231 6241 7709]]”. Nadawca podpisał się jako "
     "[[person:T. Rzepecki]]."),
    ("PL", "PL",
     "Według informatora [[person:Wawrzyniakowie]] prowadzą kantor przy ul. Mostowej w Toruniu, "
     "a pieniądze trafiają na rachunek [[account:68 6201 9839 3980 0057 6963 3041]] firmy "
     "Wawrzyniak i Syn. Obok kantoru mieszka [[person:Krystyna Jopek]], która widziała "
     "[[person:Wawrzyniaka]] z walizką."),
    ("PL", "PL",
     "Dane osobowe: [[person:Eustachy Bożęcki]], [[national_id:01291424252]], dowód "
     "[[national_id:WSH428797]], tel. [[phone:609 447 218]]; adres: "
     "[[address:os. Piastów 23 m. 71, 31-624 Kraków]]."),
    ("PL", "PL",
     "Przeszukanie w lokalu:\n[[address:ul. Garbary 47/3 lok. 12\n61-868 Poznań]]\n"
     "Zabezpieczono notes z numerem rachunku [[account:24 5222 6116 8643 5442 9578 0189]] i "
     "nazwiskiem „[[person:Zbyszko Pluta-Kowalewicz]]”."),
    (None, "PL",
     "Niemiecka policja pyta o [[person:Detlev Harms-Oberkötter]], Steuer-ID "
     "[[national_id:60847597714]], który przelewał pieniądze z konta "
     "[[account:6481091489, BLZ 88926355]] na rachunek polskiej żony, [[person:Agnieszki Harms]]."),
    ("PL", "PL",
     "Wyciąg z rachunku [[person:Wandy Szczygielskiej-Nowik]]:\n"
     "[[account:68 6816 6283 4323 4691 1722 0317]] → "
     "[[account:16 2216 4573 7973 6895 7634 8859]], 12 400,00 zł, tytuł „faktura 88/2024”\n"
     "[[account:53345732320904281289657807]] → [[iban:DE13 2145 6685 0880 4927 94]], 9 900,00 zł."),
    ("PL", "PL",
     "Obserwacja, godz. 6.15: [[person:Mścisław Ordyniec]] wychodzi z bloku przy "
     "[[address:ul. Wyszyńskiego 12 m. 40, 15-888 Białystok]] i wsiada do audi "
     "[[plate:BI 7713K]]. O 6.40 spotyka się z [[person:Ordyńcową]] pod bankiem."),
    ("UA", "PL",
     "Odpowiedź strony ukraińskiej: [[person:Wasyl Tymoszczuk]], RNOKPP "
     "[[national_id:2916073976]], zamieszkały [[address:Lwów, ul. Zełena 114 m. 27]], przesyłał "
     "pieniądze na rachunek [[account:12 4581 6227 1008 5544 6172 9413]] w Rzeszowie."),
    (None, "PL",
     "Litewska policja: [[person:Arvydas Pakalniškis-Rudys]], kod osobisty "
     "[[national_id:38406110934]], wynajmował magazyn przy "
     "[[address:ul. Sejneńskiej 31, 16-400 Suwałki]] i płacił z rachunku "
     "[[account:32873417917710703551662512]]."),
    ("PL", "PL",
     "Do akt II K 583/24 dołączono numer przesyłki 00259160743318, fakturę FV/0733/2024, KRS "
     "spółki 0000618204 i kod pocztowy 80-180 bez adresu. Jedynym numerem rachunku jest "
     "[[account:47338141774734916589505030]], należący do [[person:Leokadii Ćwiertni]]."),
    ("PL", "PL",
     "Zeznanie świadka: „Pana [[person:Bolesława Kwiatonia]] znam od lat. W marcu przyszedł z "
     "[[person:Renatą Szwed-Łapińską]] i prosił, żebym na swoje konto "
     "[[account:91 9283 8748 5934 4378 7767 9982]] przyjął 30 tysięcy. [[person:Kwiatoń]] "
     "mieszka na [[address:os. Sobieskiego 14/22, 60-688 Poznań]].”"),
    ("PL", "PL",
     "Włoch [[person:Gianmarco Zucchelli]], codice fiscale [[national_id:ZCCGMR85D14H501C]], "
     "wynajmował mieszkanie przy [[address:ul. Mickiewicza 20 m. 5, 81-832 Sopot]] od "
     "[[person:Teresy Mazurczak-Hinz]], płacąc na [[account:68 5228 3891 6567 8555 2271 1163]]."),
    (None, "PL",
     "Rosjanin [[person:Gleb Walerianowicz Pustowojtow]], INN [[national_id:275077383122]], i "
     "Kazaszka [[person:Dinara Kuanyszewa]], IIN [[national_id:930930405720]], przesyłali środki "
     "z rachunku [[account:40817810568173946484]] na [[account:92298242029398604011114709]]."),
    ("PL", "PL",
     "Małoletnia [[person:Oliwia Chmielarczyk]], ur. [[dob:3 lutego 2008]] r., PESEL "
     "[[national_id:08220378387]], i jej matka [[person:Marzena Chmielarczyk-Sowała]], PESEL "
     "[[national_id:86072218462]], mieszkają przy [[address:ul. Łąkowej 5, 19-330 Stare Juchy]]."),
    (None, "PL",
     "Grecka policja: [[person:Stylianos Kourkoumelis]], AFM [[national_id:131969171]], ΑΔΤ "
     "[[national_id:ΑΜ 583216]], wpłacał pieniądze na konto "
     "[[account:58 4457 6324 6569 9054 3386 4733]]. Właścicielką rachunku jest partnerka "
     "[[person:Kourkoumelisa]], [[person:Jadwiga Nowosz]]."),
    ("PL", "PL",
     "Adresy do sprawdzenia: [[address:al. Grunwaldzka 472B lok. 3, 80-309 Gdańsk]]; "
     "[[address:pl. Kilińskiego 2/9, 78-100 Kołobrzeg]]; ul. Portowa (bez numeru). Najemcą "
     "wszystkich lokali jest [[person:Apolinary Szymczuk]], dowód [[national_id:NYU 232473]]."),
]

# --- Russian ---------------------------------------------------------------------------------

RECORDS["ru"] = [
    ("RU", "RU",
     "Из платёжного поручения № 562: получатель [[person:Пантелеймонов Ефим Аркадьевич]], ИНН "
     "[[national_id:190089267989]], р/с [[account:40817810863944771575]] в АО «Северный Кредит», "
     "БИК 044525917, к/с 30101810445250000917. ИНН банка 7705399235, КПП 770501001."),
    ("RU", "RU",
     "Сводка наблюдения: объект «Бурлак» ([[person:Ферапонтов Игнат Саввич]]) вышел из дома по "
     "адресу [[address:г. Москва, Зубовский б-р, д. 17, корп. 3, кв. 104]] и у кафе «Самохвалов» "
     "встретился с [[person:Лукерьей Самохваловой]]."),
    ("RU", "RU",
     "Справка: [[person:Анисимова-Штольц Регина Эдуардовна]], СНИЛС № "
     "[[national_id:340-202-353 00]], ИНН [[national_id:177600121960]], [[dob:11.09.1974]] г.р., "
     "зарегистрирована по адресу "
     "[[address:194044, г. Санкт-Петербург, Большой Сампсониевский пр., д. 32, кв. 7]]."),
    ("RU", "RU",
     "По счёту [[account:40817 810 5 5177 0370184]] (БИК 046577964) за март прошло 14 млн руб.; "
     "владелец счёта — [[person:Хрисанф Кондратьевич Шелепугин]], [[national_id:759338677015]]."),
    ("KZ", "RU",
     "Запрос в АФМ Казахстана: [[person:Жанболат Сейткалиулы Нурмаганбетов]], ИИН "
     "[[national_id:820415311409]], проживает "
     "[[address:г. Караганда, ул. Ерубаева, д. 41, кв. 9]], счёт "
     "[[iban:KZ50 6812 6579 6032 0893]]."),
    ("RU", "RU",
     "Из показаний свидетельницы: «Деньги я передавала [[person:Евлампию Тихоновичу Звягинцеву]] "
     "лично, а его самого я знаю по работе. Его жена [[person:Агриппина Звягинцева]] просила "
     "переводить на счёт [[account:40817810019360655255]]». Проживают [[person:Звягинцевы]], по "
     "её словам, [[address:ул. Профсоюзная, д. 93, корп. 1, кв. 266]]."),
    ("RU", "RU",
     "ООО «Звезда Востока» (ИНН 5407661290, КПП 540701001, ОГРН 1165476093812) перечислило 2,4 "
     "млн руб. с расчётного счёта [[account:40702810421732841514]] (БИК 045004774, к/с "
     "30101810600000000774) на личный счёт директора [[account:40817810244971762830]]. Директор "
     "— [[person:Ломакина-Квятковская Эльвира Рудольфовна]]."),
    ("RU", "RU",
     "Протокол обыска по адресу [[address:г. Ярославль, ул. Свободы, д. 87, стр. 4, пом. 12]]: "
     "изъяты паспорт серии [[national_id:78 14 № 602913]] на имя [[person:Сысоева Прохора Ильича]] "
     "и тетрадь с реквизитами [[account:40817.810.3.5322.6162901]]."),
    (None, "RU",
     "Немецкая сторона сообщает: [[person:Фолькер Куленкамп]] ([[person:Volker Kuhlenkamp]]), "
     "Steuer-ID [[national_id:73012454490]], переводил деньги со счёта "
     "[[account:3367868617, BLZ 77347172]] на счёт своей сожительницы в Калининграде."),
    ("RU", "RU",
     "Адреса фигурантов: [[address:г. Казань, ул. Декабристов, д. 108, корп. 2, кв. 51]]; "
     "[[address:420061, Республика Татарстан, г. Казань, ул. Николая Ершова, д. 29б, кв. 3]]; "
     "гараж без номера на ул. Гвардейской и буксир «Капитан Сурмилов» у причала."),
    (None, "RU",
     "Список лиц:\n1) [[person:ГРЕБЕНЩИКОВА Милана Олеговна]], СНИЛС "
     "[[national_id:94334350401]]\n2) [[person:Бахтияров Р.Ф.]], СНИЛС "
     "[[national_id:910 211 205 20]]\n"
     "3) [[person:Ли Ен Хо]], ИНН [[national_id:479236577249]]\n"
     "Сведения сверены с базами ФНС."),
    ("KZ", "KZ",
     "Служба экономических расследований: [[person:Гульнара Мукашевна Досымбекова]], ИИН "
     "[[national_id:770603425089]], получала переводы на счёт [[iban:kz38 8399 7368 0373 0737]] "
     "от [[person:Ержана Тулегенова]], ИИН [[national_id:801219307305]]."),
    ("RU", "RU",
     "Реквизиты из договора займа:\nЗаёмщик: [[person:Варфоломеев Никанор Лукич]]\n"
     "Адрес: [[address:630099, г. Новосибирск, ул. Каменская, д. 64, кв. 12]]\n"
     "р/с [[account:40817810615139991217]]\n"
     "БИК 045004641\nк/с 30101810150040000641."),
    (None, "RU",
     "Украинская сторона: [[person:Остап Миколайович Грицюк]], РНОКПП "
     "[[national_id:3128163653]], [[dob:23.08.1985]] г.р., проживает "
     "[[address:г. Житомир, ул. Чудновская, д. 66, кв. 40]]."),
    ("RU", "RU",
     "ПТП, абонент [[phone:+7 916 447-20-18]]: собеседник диктует номер счёта "
     "[[account:40817 810 6 2048 5356611]] и просит перевести на него деньги до пятницы. "
     "Владелец — [[person:Кирьяков Модест Евгеньевич]], паспорт [[national_id:45 16 № 330481]], "
     "почта [[email:m.kiryakov(at)yandex.ru]]."),
    ("RU", "RU",
     "Уголовное дело № 12401450062930175 возбуждено 14.03.2024; ущерб 4 470 000 руб.; посылка "
     "RA602177395RU; заказ 318-905. Счёт потерпевшей [[person:Серафимы Тимуровны Ахмадуллиной]] "
     "— [[account:40817810785506502853]], адрес — "
     "[[address:г. Уфа, ул. Менделеева, д. 134, кв. 88]]."),
    (None, "RU",
     "Египтянин [[person:Мустафа Абдель-Азиз эль-Хуссейни]], национальный номер "
     "[[national_id:28801090228518]], получал деньги на счёт нерезидента "
     "[[account:40820810481833340246]]."),
    ("KZ", "RU",
     "Подозреваемая [[person:Сауле Ермековна Абдрахманова-Ким]], ИИН "
     "[[national_id:891010473012]], снимает квартиру "
     "[[address:г. Астана, пр. Мангилик Ел, д. 19, кв. 214]] и получает деньги на "
     "[[iban:KZ23 7063 4646 9812 9726]]."),
    ("RU", "RU",
     "Рапорт: о/у [[person:Д.С. Пряхин]] доложил, что ему звонила "
     "[[person:Елизавета Гордеевна Штукатурова]] и просила проверить счёт "
     "[[account:40817810797295499113]], открытый на её имя. У [[person:Штукатуровой]] есть "
     "основания полагать, что им пользуется её зять [[person:Пахомов]]."),
    (None, "RU",
     "Польская сторона: [[person:Збигнев Курашкевич]], PESEL [[national_id:75040498210]], счёт "
     "[[account:83 6555 6680 5700 5482 7766 3109]]; его партнёр [[person:Иоаннис Карабетсос]], "
     "AMKA [[national_id:17056220845]], проживает [[address:г. Сочи, ул. Войкова, д. 21, кв. 5]]."),
]

# --- Greek -----------------------------------------------------------------------------------

RECORDS["el"] = [
    ("GR", "GR",
     "Αναφορά της Αρχής: ο [[person:Παντελεήμων Χατζηκυριακίδης]], ΑΦΜ "
     "[[national_id:007691325]], κατέθεσε 120.000 ευρώ στον λογαριασμό [[account:956/935756-20]] "
     "και τα μετέφερε στον [[account:6844-413050-485]] της «Χατζηκυριακίδης Ο.Ε.»."),
    ("GR", "GR",
     "Έκθεση σύλληψης: η [[person:Σταματίνα Κουτσογιαννοπούλου]], ΑΔΤ [[national_id:ΑΗ 318840]], "
     "ΑΜΚΑ [[national_id:25039112997]], γεννήθηκε στις [[dob:25.03.1991]] και κατοικεί στη "
     "[[address:Λεωφ. Κωνσταντινουπόλεως 44, 546 42 Θεσσαλονίκη]]."),
    ("GR", "GR",
     "Σύμφωνα με την κατάθεση του [[person:Θρασύβουλου Μαυρομμάτη]], τα χρήματα παρέλαβε η "
     "σύζυγος του [[person:Αριστοτέλη Κουκουλάκη]], [[person:Ευτέρπη Κουκουλάκη]], στην "
     "[[address:οδό Ερμού 144, 3ος όροφος, 105 53 Αθήνα]]. Ο λογαριασμός της είναι "
     "[[account:5026-055847-317]]."),
    ("CY", "CY",
     "Η ΜΟΚΑΣ ενημερώνει ότι ο [[person:Ανδρέας Χαραλαμπίδης-Γιάγκου]], διαβατήριο "
     "[[passport:K00731562]], διατηρεί τον λογαριασμό [[account:122-52-638975-66]] και τον "
     "[[iban:CY24 8653 2458 4698 1054 2688 2951]] και κατοικεί στην "
     "[[address:οδό Γρίβα Διγενή 71, διαμ. 204, 3041 Λεμεσός]]."),
    ("GR", "GR",
     "Ημερολόγιο παρακολούθησης, Παρασκευή 10:15: ο στόχος συναντά τον "
     "[[person:Ευστάθιο Καραγιαννόπουλο]] έξω από το καφενείο «Ο Καραγιάννης» στην πλατεία Αγίας "
     "Σοφίας. 10:40: επιβιβάζονται στο [[plate:ΝΚΧ-3958]] και κατευθύνονται στην "
     "[[address:Ολύμπου 53, 546 31 Θεσσαλονίκη]]."),
    ("GR", "GR",
     "Στοιχεία υπόπτου: [[person:ΜΠΟΥΡΑΝΤΑΣ Αχιλλέας]] του Γεωργίου, [[dob:14/02/1966]], "
     "[[national_id:030982407]], κάτοικος [[address:Ναυάρχου Νοταρά 19, 185 35 Πειραιάς]]."),
    (None, "GR",
     "Αίτημα της Europol: ο Βρετανός [[person:Callum Brightwell-Pryor]], NINO "
     "[[national_id:GM 47 51 29 C]], και η Ρουμάνα [[person:Ιοάνα Κρατσιουνέσκου]], CNP "
     "[[national_id:2920526406125]], μίσθωσαν το "
     "[[address:Θεμιστοκλέους 38, 2ος όροφος, 106 78 Αθήνα]]."),
    ("GR", "GR",
     "Η συνταξιούχος [[person:Φωτεινή Λαμπροπούλου-Ρήγα]], ΑΜΚΑ [[national_id:08094570192]], "
     "μετέφερε τις οικονομίες της από τον λογαριασμό [[account:371-14-1130-245922]] στον "
     "[[account:0099.077.296862]] μετά από τηλεφώνημα «υπαλλήλου»."),
    (None, "GR",
     "Εντολές μεταφοράς που βρέθηκαν: [[iban:gr24 9940 6542 5751 1800 8836 139]] και\n"
     "[[iban:GR50 2429 9743\n7947 7300 8387 811]]· δικαιούχος και των δύο ο "
     "[[person:Κυριάκος Ντουνιάς]]."),
    ("GR", "GR",
     "Ο οδηγός του φορτηγού, [[person:Ζήσης Παπαθανασόπουλος]], επέδειξε ΑΔΤ "
     "[[national_id:ΡΚ902117]] και δήλωσε Α.Φ.Μ. [[national_id:190154246]]."),
    ("GR", "GR",
     "Η «Πολυχρονίδης Ε.Π.Ε.» (έδρα: [[address:Αγ. Σοφίας 87, ΤΚ 546 23, Θεσσαλονίκη]]) ανήκει "
     "στον [[person:Ιορδάνη Πολυχρονίδη]], ο οποίος εισπράττει στον λογαριασμό "
     "[[account:512/443041-80]]."),
    ("GR", "GR",
     "Επισύνδεση, κλήση 88: «Κύριε [[person:Βαρβαρέσο]], στείλτε τα στο "
     "[[account:0021-041434-923]]», λέει ο συνομιλητής. Ο [[person:Σπυρίδων Βαρβαρέσος]] απαντά "
     "ότι ο λογαριασμός ανήκει στην κουνιάδα του, [[person:Ασπασία Τσιμπουράκη]]."),
    (None, "GR",
     "Ο Αιγύπτιος [[person:Σαμέχ Ραγκάμπ Ελ-Μαλλάχ]], εθνικός αριθμός "
     "[[national_id:27603020397679]], και ο Σαουδάραβας [[person:Φαχντ μπιν Σάλεχ αλ-Ντοσαρί]], "
     "ταυτότητα [[national_id:1440569356]], εισέπρατταν στον λογαριασμό "
     "[[account:3885-789431-964]]."),
    ("GR", "GR",
     "Η «ΘΑΛΑΣΣΙΝΗ ΑΥΡΑ Ι.Κ.Ε.» (ΑΦΜ 801936254, ΓΕΜΗ 152609301000) πλήρωσε το τιμολόγιο 2716. Ο "
     "νόμιμος εκπρόσωπος, [[person:Ξενοφών Τριανταφυλλίδης]], έχει ΑΦΜ [[national_id:100228138]] "
     "και λογαριασμό [[account:028/985527-11]]."),
    ("GR", "GR",
     "Διευθύνσεις προς έλεγχο: [[address:Ιουστινιανού 31, 112 54 Αθήνα]]; "
     "[[address:Μακεδονομάχων 8Α, 1ος όροφος, 551 33 Καλαμαριά]]; "
     "[[address:Λ. Ποσειδώνος 62, 166 75 Γλυφάδα]]. Μισθωτής και των τριών ο "
     "[[person:Ορέστης Καλλιγέρης]]."),
    ("CY", "GR",
     "Κυπριακή αρχή: ο λογαριασμός [[account:831-05-503894-22]] στη Λευκωσία ανήκει στην "
     "[[person:Ελπινίκη Χριστοδούλου-Ζαχαρίου]], κάτοικο "
     "[[address:Στασίνου 14, διαμ. 301, 1060 Λευκωσία]]."),
    (None, "GR",
     "Η Βουλγάρα [[person:Ραλίτσα Σταμπολίεβα]], ΕΓΝ [[national_id:7903058110]], και ο Γερμανός "
     "[[person:Ράινχαρντ Μπούσμαν]], Steuer-ID [[national_id:17 634 770 922]], χρησιμοποιούσαν "
     "τον λογαριασμό [[account:4519-347782-908]]."),
    ("GR", "GR",
     "Κατάθεση μάρτυρα: «Τον [[person:Μηνά Γεωργακόπουλο]] τον ξέρω από το καΐκι «Κυρά Ευτέρπη». "
     "Μου έδωσε ένα χαρτί με τον λογαριασμό [[account:815/717100-11]] και το όνομα "
     "[[person:Ρένα Γεωργακοπούλου]] και μου είπε να καταθέσω εκεί. Μένει στη "
     "[[address:Φιλελλήνων 22, Πειραιάς]]»."),
    ("GR", "GR",
     "Ασφαλισμένοι της εταιρείας-φάντασμα:\n"
     "[[person:Κ. Λιβανίου]] – ΑΜΚΑ [[national_id:30078894513]]\n"
     "[[person:ΠΕΤΡΟΧΕΙΛΟΣ Δημοσθένης]] – ΑΜΚΑ [[national_id:01125943504]]\n"
     "[[person:Αγλαΐα Σκαρβέλη]] – ΑΜΚΑ [[national_id:19060151958]]\n"
     "Όλοι πληρώνονταν στον [[account:8315-813026-140]]."),
    (None, "GR",
     "Ο Ρώσος [[person:Βιάτσεσλαβ Ντουμπρόβιν]] (ΙΝΝ [[national_id:105699010947]]) μετέφερε "
     "χρήματα από τον [[account:40817810122097053683]] σε λογαριασμό της συντρόφου του, που "
     "μένει στην [[address:Παπαναστασίου 101, 542 49 Θεσσαλονίκη]]."),
]

# --- Arabic ----------------------------------------------------------------------------------

RECORDS["ar"] = [
    ("SA", "SA",
     "بلاغ اشتباه: أودع المدعو [[person:مشعل بن عايض بن سلطان الحربي]]، هوية وطنية رقم "
     "[[national_id:1316474913]]، مبالغ نقدية في حسابه رقم [[account:١٦٠٣٧٣٦٩٧١٣٨٤١٧]] ثم حوّلها "
     "إلى [[iban:SA85 4859 1775 5606 0411 6591]] العائد لمقيم يحمل الإقامة رقم "
     "[[national_id:2851265211]]. وللمدعو حساب آخر رقمه [[account:6856 3749 5480 358]]. رقم "
     "البلاغ ٦٠٩٢/١٤٤٥."),
    ("SA", "SA",
     "أفاد المقيم [[person:راجيشوار كوتابان مينون]] ([[person:Rajeshwar Kuttappan Menon]])، رقم "
     "إقامته [[national_id:۲۰۰۳۵۳۹۷۵۲]]، بأنه يسكن في "
     "[[address:مبنى 8231، شارع الأمير ممدوح بن عبد العزيز، حي السليمانية، الرياض 12244]]، وأن "
     "راتبه يحوّل إلى الحساب [[account:۱۹۴۹۵۷۴۴۵۸۷۷۸۹]]. أما صندوق البريد ص.ب. 6093 الرياض 11491 "
     "فلا يخصه."),
    ("AE", "AE",
     "تقرير وحدة المعلومات المالية: استقبل حساب المدعوة [[person:ميثاء سيف بن غانم الرميثي]]، "
     "رقم الهوية [[national_id:784-1991-2635337-6]]، ذو الرقم [[account:0284853797609]] لدى بنك "
     "في أبوظبي 41 إيداعا نقديا، وحُوّلت الأموال إلى [[iban:ae49 7951 4126 1988 3135 787]]. "
     "وتقطن [[address:فيلا 9، شارع 23، حي البطين، أبوظبي]]، والرقم الضريبي 100591362700003 يعود "
     "لشركة زوجها."),
    ("AE", "AE",
     "المشتبه به [[person:Dmitrii Zhelobetskii]] (يكتب اسمه بالعربية "
     "[[person:دميتري جيلوبيتسكي]])، هويته الإماراتية [[national_id:٧٨٤١٩٨٣٤٥٨٦٨٥١١]]، يقطن "
     "[[address:شقة 1408، برج الوفاق، شارع الشيخ زايد، دبي]]، ورقم حسابه "
     "[[account:١٢٠٧ ٨٣٦٠ ٠٠٠١ ٤٣]]."),
    ("EG", "EG",
     "محضر ضبط: المتهم [[person:عبد الحكيم رمضان أبو الفتوح]]، الرقم القومي "
     "[[national_id:٢٧٩١٠٢١٢١٨١١١٣]]، مواليد [[dob:٢١/١٠/١٩٧٩]]، ومقيم "
     "[[address:١٧ شارع الترعة البولاقية، الدور الخامس، شقة ٩، شبرا، القاهرة]]، وحسابه البنكي "
     "[[account:٤٩٦٥٤١٦٣٣٨٤٧٤]]."),
    ("EG", "EG",
     "بلاغ احتيال: حوّلت المجني عليها [[person:نجلاء عبد الستار الشرقاوي]]، رقم قومي "
     "[[national_id:26402081253082]]، مبلغ ٢٥٠ ألف جنيه إلى الحساب رقم "
     "[[account:3470337190147665]] باسم شركة الشرقاوي للاستثمار العقاري، ثم إلى "
     "[[iban:EG78 6426 2314 5649 1274 0006 2867 4]]. وتسكن المجني عليها "
     "[[address:٤٥ شارع مصطفى النحاس، الدور الثاني، شقة ٤، مدينة نصر، القاهرة]]."),
    (None, "EG",
     "كشف بالمتهمين: ١- [[person:حسن عبد الباسط زغلول]]، رقم قومي "
     "[[national_id:29305172512357]]. ٢- [[person:عبير فوزي عبد الحليم]]، رقم قومي "
     "[[national_id:٣٠١١٢٠٣٨٨٣٩٣٦٦]]. وكلاهما يستخدم الحساب [[account:٣٠٧٧ ٦١٨٩ ٢٩٥٤ ٥٥٦]]."),
    ("MA", "MA",
     "حسب محضر الضابطة القضائية، يتوفر المشتبه فيه [[person:عبد الإله أيت بوحسين]]، الحامل "
     "للبطاقة الوطنية رقم [[national_id:WA 214873]]، على حساب بنكي رقمه "
     "[[account:034 021 7490659623721835 37]] وحساب ثان [[account:٣٦٣٤٩٨٨٢٤٥٠٩٦٧٩٤٧٠٢٢٤٩١٩]]، "
     "ويقيم [[address:إقامة النخيل، عمارة 7، الطابق الثالث، شقة 12، حي الرياض، الرباط]]."),
    ("MA", "MA",
     "وارد من بنك المغرب: الحساب [[account:246-797-0523808806467543-81]] المفتوح باسم "
     "[[person:سكينة بنت الحسين الورديغي]] تلقى تحويلات من "
     "[[iban:MA64 0149 1488 7266 2772 4080 7478]]. ورقم البطاقة الوطنية للمعنية بالأمر "
     "[[national_id:JC47719]]، أما شركة الورديغي إخوان فلا علاقة لها بالملف."),
    ("JO", "JO",
     "طلب من وحدة مكافحة غسل الأموال: صاحب الحساب [[account:6079 3230 3877 7564]] هو "
     "[[person:فراس عبد الرؤوف أبو هزيم]]، الرقم الوطني [[national_id:9751748438]]، ويقيم في "
     "[[address:إربد، حي الحصن، شارع الأمير حسن، عمارة 44، الطابق الثاني]]. وقد حوّل 38 ألف "
     "دينار إلى [[iban:JO34 NCJF 7094 5779 9026 0877 8713 68]]."),
    ("JO", "JO",
     "تقرير مراقبة: التقت [[person:رزان منذر الطراونة]] (رقم وطني [[national_id:9762373989]]) "
     "بشخص يدعى أبو صهيب أمام مطعم «الطراونة» في جبل عمان، وسلمته ظرفا فيه ورقة عليها الحساب "
     "[[account:٩٤٢٣ ٢٧٦٣ ٢٦٩٤ ٧١٠٦]] وعنوان "
     "[[address:شارع مكة، بناية 212، الطابق الرابع، عمّان]]."),
    ("LB", "LB",
     "طلب تعاون من هيئة التحقيق الخاصة: فتح [[person:جورج إدوار أبي نادر]]، بطاقة الهوية رقم "
     "[[national_id:751904953972]]، الحساب رقم [[account:045-250541-006]] لدى مصرف في بيروت، "
     "وحوّل منه إلى [[iban:LB45 8682 0018 1998 1912 9972 1892]]. ويقيم في "
     "[[address:بناية الشمعة، الطابق الثالث، شارع مار مخايل، الأشرفية، بيروت]]، ورقم سجله 47 "
     "الأشرفية."),
    ("IQ", "IQ",
     "مذكرة من مكتب مكافحة غسل الأموال: المدعو [[person:حيدر كاظم جبار الساعدي]]، البطاقة "
     "الوطنية الموحدة رقم [[national_id:234323205664]]، يسكن "
     "[[address:محلة 905، زقاق 14، دار 22، الكرادة، بغداد]]، وأودع 400 مليون دينار في حساب رقم "
     "[[account:4786 8057 0186 7]] ثم حوّلها إلى [[iban:IQ02 BBSX 9426 3837 1818 857]]."),
    ("TN", "TN",
     "محضر بحث: فتحت [[person:منية بن الطيب العكروتي]]، صاحبة بطاقة التعريف الوطنية عدد "
     "[[national_id:16590540]]، حسابا جاريا رقمه [[account:11 293 6254475568419 96]]، وبريدها "
     "[[email:mounia.akrouti[at]gnet.tn]]، وتسكن "
     "[[address:نهج الزيتون عدد 18، حي التحرير، تونس 2042]]. أما شركة العكروتي للتوريد فمعرفها "
     "الجبائي 1593027/B/M/000."),
    (None, "SA",
     "جدول التحويلات المرصودة:\nمن [[account:۶۹۴۳۸۳۶۱۷۴۵۶۴۶]] إلى "
     "[[iban:SA9887993626144437888266]]\n"
     "من [[account:٨٠٩-٧٦٤٣٢٧-٥٧٦]] إلى [[iban:QA34 TNTZ 4756 7870 1990 2270 6541 0]]\n"
     "من [[account:4648 6113 2287 32]] إلى [[iban:BH59 YWJG 3700 5324 1788 25]]\n"
     "ورمز السويفت KHLJSAJE المذكور في الحوالات رمز المصرف لا رمز عميل."),
    (None, "AE",
     "أسماء المستفيدين كما وردت في الملف: [[person:ناصر بن حمد بن سلطان الطنيجي]] "
     "([[national_id:784197599536550]])، و[[person:أوريليو مانكوزو]] (جواز سفر إيطالي "
     "[[passport:YA4418273]])، و[[person:سعاد بنت محمد الزعابي]] "
     "([[national_id:۷۸۴-۱۹۹۰-۴۲۳۷۶۱۵-۴]]). وحُوّلت المبالغ جميعها إلى الحساب "
     "[[account:0196881377076]]."),
    ("EG", "EG",
     "محضر: أبلغ [[person:محمد عبد الرحيم أبو العينين]]، الرقم القومي "
     "[[national_id:25811301756739]]، عن سحب مبالغ من الحساب البنكي رقم "
     "[[account:٢٧١٤-٧٥٣٣-٧٧٩٥-١٥٧٨]]. أما رقم الفاتورة 30582 ورقم الشحنة EG610934275 ورقم "
     "القضية ١٢٣ لسنة ٢٠٢٤ والسجل التجاري 51907 لشركة أبو العينين للتجارة فليست بيانات شخصية."),
    (None, "MA",
     "المعني بالأمر [[person:رشيد أوحمو البقيوي]] مقيم بفرنسا، رقم ضمانه الاجتماعي "
     "[[national_id:179049988144461]]، وحسابه الفرنسي [[account:37300 79772 24881530105 48]]، "
     "وبطاقته الوطنية المغربية رقم [[national_id:R 590316]]، وشقيقته "
     "[[person:فاطمة الزهراء أوحمو]] صاحبة الحساب [[account:046 996 0700096428613351 50]]."),
    ("KW", "KW",
     "إدارة التحريات المالية: المدعو [[person:بدر عبد اللطيف الرشيدي]]، الرقم المدني "
     "[[national_id:288071934631]]، يقيم في "
     "[[address:الجابرية، قطعة 4، شارع 12، جادة 3، منزل 27]]، وحسابه "
     "[[iban:KW72 WJME 0040 7892 5833 4635 7010 86]]، وقد تلقى تحويلات من حساب محلي رقم "
     "[[account:8156004241]]."),
    (None, "SA",
     "بيانات المؤسسة: السجل التجاري 1010628395، الرقم الضريبي 300628395100003، رقم الطلب 7316، "
     "ص.ب. 5240 جدة. أما صاحبها [[person:عبد الله بن فهد آل شايع]] فهويته "
     "[[national_id:1979007976]] ورقم حسابه الشخصي [[account:۴۷۷۳۸۴۹۸۶۴۷۷۳۴۸]]، ووكيله "
     "[[person:Tariq Mehmood Bhatti]] يحمل الإقامة [[national_id:2159277835]]."),
]


# --- checks ----------------------------------------------------------------------------------

def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _de_rvnr_ok(value: str) -> bool:
    """German social insurance number: area, birth date DDMMYY, initial of the birth name,
    serial and a check digit over the twelve digits (the letter read as its two-digit place
    in the alphabet)."""
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)(\d\d)([A-Z])(\d\d)(\d)", value)
    if not m or not _valid_date(1900 + int(m.group(4)), int(m.group(3)), int(m.group(2))):
        return False
    digits = m.group(1) + m.group(2) + m.group(3) + m.group(4) + f"{ord(m.group(5)) - 64:02d}"
    digits += m.group(6)
    total = 0
    for d, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True):
        total += sum(divmod(int(d) * w, 10))
    return total % 10 == int(m.group(7))


def _icao_check(value: str) -> str:
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in value]
    return str(sum(v * w for v, w in zip(values, (7, 3, 1) * 3, strict=True)) % 10)


def _de_id_card_check_ok(value: str) -> bool:
    """German identity card number written with its machine-readable check digit."""
    return (re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", value) is not None
            and _icao_check(value[:9]) == value[9])


def _pl_id_card_ok(value: str) -> bool:
    """Polish identity card (dowód osobisty): three letters, a check digit, five digits."""
    if re.fullmatch(r"[A-Z]{3}\d{6}", value) is None:
        return False
    values = [ord(c) - 55 for c in value[:3]] + [int(c) for c in value[4:]]
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    return sum(v * w for v, w in zip(values, weights, strict=True)) % 10 == int(value[3])


def _es_nss_ok(value: str) -> bool:
    """Spanish social security number: province, number, and two digits = the rest mod 97."""
    if re.fullmatch(r"\d{12}", value) is None or not 1 <= int(value[:2]) <= 66:
        return False
    middle = int(value[2:10])
    number = int(value[:2]) * 10**8 + middle if middle >= 10**7 else int(value[:2] + str(middle))
    return number % 97 == int(value[10:])


def _kw_civil_ok(value: str) -> bool:
    """Kuwaiti civil ID: century digit, birth date YYMMDD, serial and a check digit."""
    if re.fullmatch(r"[23]\d{11}", value) is None:
        return False
    year = (1900 if value[0] == "2" else 2000) + int(value[1:3])
    if not _valid_date(year, int(value[3:5]), int(value[5:7])):
        return False
    weights = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = 11 - sum(int(d) * w for d, w in zip(value[:11], weights, strict=True)) % 11
    return check == int(value[11])


def _us_ssn_ok(value: str) -> bool:
    return re.fullmatch(r"\d{3}-\d\d-\d{4}", value) is not None and us_ssn.is_valid(value)


# Checked on the value with spaces, dots, slashes and hyphens removed (the SSN excepted).
NEW_NATIONAL_ID = [
    ("German social insurance number", _de_rvnr_ok),
    ("German identity card with check digit", _de_id_card_check_ok),
    ("Austrian social insurance number", lambda v: at_vnr.is_valid(v)),
    ("Dutch BSN", lambda v: nl_bsn.is_valid(v)),
    ("Italian codice fiscale", lambda v: it_cf.is_valid(v)),
    ("Irish PPSN", lambda v: ie_pps.is_valid(v)),
    ("Polish identity card", _pl_id_card_ok),
    ("Spanish social security number", _es_nss_ok),
    ("Kuwaiti civil ID", _kw_civil_ok),
    ("Ukrainian RNTRC", lambda v: ua_rntrc.is_valid(v)),
    ("Romanian CNP", lambda v: ro_cnp.is_valid(v)),
    ("Portuguese NIF", lambda v: pt_nif.is_valid(v)),
    ("Lithuanian personal code", lambda v: lt_asmens.is_valid(v)),
    ("Bulgarian EGN", lambda v: bg_egn.is_valid(v)),
    ("DNI written with dots", lambda v: es_dni.is_valid(v)),
]
# Format only, and only accepted in a record about that country.
REGIONAL_FORMAT_ONLY = {
    "TN": ("Tunisian CIN", re.compile(r"[01]\d{7}")),
    "LB": ("Lebanese identity card number", re.compile(r"\d{12}")),
    "IQ": ("Iraqi unified national card number", re.compile(r"\d{12}")),
}


def _labelled_account_ok(value: str) -> bool | None:
    """A French RIB or Spanish CCC with a label before each of its four parts; None when the
    value is not written that way (then ``build_ids_dev.py``'s account check applies)."""
    readable = ascii_digits(value)
    if not re.search(r"[A-Za-zÀ-ÿ]{2,}", readable):
        return None
    parts = [re.sub(r"\D", "", g) for g in re.findall(r"\d[\d ]*\d|\d", readable)]
    lengths = [len(p) for p in parts]
    if lengths == [5, 5, 11, 2]:
        return _fr_rib_ok("".join(parts))
    if lengths == [4, 4, 2, 10]:
        return _es_ccc_ok("".join(parts))
    return None


def _edges_ok(ident: str, value: str) -> None:
    assert value and value == value.strip(), (ident, value)
    assert value[0] not in EDGE_BAD and value[-1] not in EDGE_BAD, (ident, value)
    assert unicodedata.category(value[0])[0] != "P", (ident, value)
    assert unicodedata.category(value[-1])[0] != "P", (ident, value)


def check_span3(ident: str, kind: str, value: str, region: str) -> None:
    """``build_ids_dev2.py``'s checks, plus the schemes and forms they do not know."""
    if kind == "national_id":
        compact = re.sub(r"[\s./-]", "", ascii_digits(value))
        if any(check(compact) for _, check in NEW_NATIONAL_ID) or _us_ssn_ok(value):
            _edges_ok(ident, value)
            return
        if region in REGIONAL_FORMAT_ONLY and REGIONAL_FORMAT_ONLY[region][1].fullmatch(compact):
            _edges_ok(ident, value)
            return
    elif kind == "account":
        labelled = _labelled_account_ok(value)
        if labelled is not None:
            assert labelled, (ident, value)
            _edges_ok(ident, value)
            return
    check_span2(ident, kind, value, region)


def _ru_key_ok(account: str, bik: str) -> bool:
    digits = bik[-3:] + account
    weights = ((7, 1, 3) * 8)[:len(digits)]
    return sum(int(d) * w % 10 for d, w in zip(digits, weights, strict=True)) % 10 == 0


def check_bik_keys(ident: str, text: str, spans: list[dict]) -> None:
    """A Russian 20-digit account in a record that gives a БИК must carry the key digit that
    the БИК (its last three digits) gives it."""
    biks = re.findall(r"БИК\D{0,3}(\d{9})", text)
    if not biks:
        return
    for span in spans:
        digits = re.sub(r"\D", "", ascii_digits(span["text"]))
        if span["kind"] == "account" and len(digits) == 20 and digits[:3] in {"407", "408", "423"}:
            assert any(_ru_key_ok(digits, bik) for bik in biks), (ident, span["text"], biks)


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
        check_span3(ident, span["kind"], span["text"], country or agency)
    for before, after in pairwise(spans):
        assert before["end"] <= after["start"], (ident, before, after)
    check_bik_keys(ident, text, spans)
    assert dominant_script(text) == SCRIPT_OF[language], (ident, dominant_script(text))
    assert 1 <= count_sentences(text) <= 4, (ident, count_sentences(text))
    return {"id": ident, "language": language, "country": country, "agency_country": agency,
            "text": text, "spans": spans}


def build() -> list[dict]:
    records = []
    for language in LANGUAGES:
        rows = RECORDS[language]
        assert len(rows) == PER_LANGUAGE, (language, len(rows))
        assert sum(c is None for c, _, _ in rows) == NULL_COUNTRY_PER_LANGUAGE, language
        for n, (country, agency, marked) in enumerate(rows, start=1):
            assert agency, (language, n)
            records.append(build_record(f"k-{language}-{n:02d}", language, country, agency,
                                        marked))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    spans = [s for r in records for s in r["spans"]]
    taken = sibling_values()
    reused = sorted({s["text"] for s in spans if s["text"] in taken})
    assert not reused, reused
    persons = [s["text"] for s in spans if s["kind"] == "person"]
    assert len(persons) == len(set(persons)), [p for p, n in Counter(persons).items() if n > 1]
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
    print(f"wrote {len(records)} records to {OUT.name}")
    if "--table" in sys.argv:
        print(counts_table(records))


if __name__ == "__main__":
    main()
