"""Build ``ids_dev.jsonl``: a labelled development set for the identifier detectors.

Run with the project's interpreter from anywhere::

    python tests/data/redaction/build_ids_dev.py [--table]

The texts are written in the ``[[kind:text]]`` markup of ``build_dev.py`` and follow the
labelling rules of ``DEV.md``; ``IDS_DEV.md`` describes this set and the few labelling
decisions it adds.  Everything outside markup is meant to stay unlabelled: order, case, lot,
invoice and file numbers, amounts, times, dates that are not dates of birth, postcodes and
streets without a house number, BIC codes, companies, places and the like are deliberate near
misses.

Every record is checked before it is written, with ``build_dev.py``'s checks plus a few more:
a phone number broken over a line is checked with the break read as a space, an obfuscated
e-mail address (``(at)``, ``[at]``, `` at … dot …``) is checked after it has been read back, an
all-digit national identifier must pass a checksum scheme (not only a format), and an account
number must pass its national check where the scheme has one (French and Moroccan RIB keys,
Spanish CCC control digits, Polish NRB check digits).  All names, numbers and addresses are
invented.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import schwifty

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The sibling build script holds the markup checks this one shares.
from build_dev import (
    EDGE_BAD,
    LANGUAGES,
    NATIONAL_ID_CHECKS,
    SCRIPT_OF,
    check_span,
    count_sentences,
    counts_table,
    dominant_script,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "ids_dev.jsonl"
# build_dev.py's markup, read across line breaks: a few spans here contain one.
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.DOTALL)
PER_LANGUAGE = 25

# Each record: (country or None, agency_country, marked text).  Ids are given in order.
RECORDS: dict[str, list[tuple[str | None, str, str]]] = {}

# --- English ---------------------------------------------------------------------------------

RECORDS["en"] = [
    ("GB", "GB",
     "Custody record, Leeds District: the detained person gave his address as "
     "[[address:Flat 6, 41 Beaumont Terrace, Sunderland SR2 7PL]] and his NINO as "
     "[[national_id:JK 48 21 93 B]]. Property seized: a Nokia handset and £1,340 in cash "
     "(exhibit RH/4)."),
    ("GB", "GB",
     "ANPR hit at 02:14 on the A64 eastbound: [[plate:KX70 HBN]], a black Audi A3, followed at "
     "02:16 by [[plate:yk21xrp]]. Both cars are on hire from a firm whose director lists "
     "[[address:118A Tressillian Road, London SE4 1YD]] as her home."),
    ("GB", "GB",
     "SAR 24/0917: the subject ([[dob:09/04/1979]], [[national_id:WR802614A]]) paid "
     "£9,400 in cash across six branches into [[account:20-45-77 43910268]] and moved £8,000 "
     "the next day to [[account:309634 71842205]]. Both transfers quote the reference INV-20931."),
    ("IE", "IE",
     "Surveillance, Thursday: the target left "
     "[[address:Apartment 12, Block C, 45 Ballybough Road, Dublin 3, D03 XK72]] at 08:40 in a "
     "silver Toyota Avensis, [[plate:231-C-4471]], and drove to a lock-up off the North Strand. "
     "He rang [[phone:086 417 2290]] twice from the car."),
    (None, "GB",
     "Europol reply to request 2024-0388: the Polish national [[person:Krystian Bogdański]], "
     "PESEL [[national_id:91021769098]], born [[dob:1991-02-17]], holds passport "
     "[[passport:EK7220371]]. His wages are paid into "
     "[[account:44 9799 8406 6179 1594 6441 1011]] at a bank in Gdańsk."),
    ("GB", "GB",
     "Line [[phone:07863 214 905]], call 11 at 19:02: the user tells an unknown male to send the "
     "money to [[iban:gb72 srlg 1998 6529 7515 87]] 'same as last time' and to text him on the "
     "other phone, [[phone:07958\n410 227]]."),
    ("GB", "GB",
     "Vehicle stopped on the M6 at junction 16: white Ford Transit [[plate:BD19 FKE]] towing a "
     "trailer on French plates, [[plate:GH-512-TZ]]. The driver produced a UK passport, number "
     "[[passport:538204917]], and gave his date of birth as [[dob:3rd March 1982]]."),
    ("GB", "GB",
     "The letting agent's file shows that the flat at "
     "[[address:2/1, 17 Dowanhill Street, Glasgow G11 5QS]] was let with a deposit paid from "
     "[[account:07-00-93 33271568]]. The tenant's contact was "
     "[[email:kaz.rental at gmail dot com]]; rent of £875 is paid on the first of the month."),
    (None, "GB",
     "Interpol notice: [[person:Ahmed Saber Farouk]], Egyptian, national number "
     "[[national_id:28803090172159]], passport [[passport:A24817739]]. He is believed to travel "
     "in a Dutch-registered Mercedes Vito, [[plate:XK-938-P]]."),
    ("GB", "GB",
     "The account holder's NINO is recorded as [[national_id:PW517382D]] and her correspondence "
     "address as\n[[address:9 Gorsey Lane\nWidnes\nWA8 0RJ]]\nStatements for March show card "
     "payments in Widnes and Runcorn only."),
    ("GB", "GB",
     "Request to the Guardia Civil: please confirm the holder of CCC "
     "[[account:2100 4876 04 2903760015]] and the registered keeper of [[plate:4871 KZB]]. Our "
     "suspect used the Spanish DNI [[national_id:07633093Z]] to open the account."),
    ("GB", "GB",
     "Cash seizure at Manchester Airport, flight LS872: £42,600 in the hand luggage of a "
     "passenger travelling on passport [[passport:107384562]]. He gave a mobile number, "
     "[[phone:+44 7418 552 310]], said he lodged at [[address:63 Albion Street]] with his "
     "brother and that the cash was to be paid into [[account:40 11 62 / 51830947]]."),
    ("GB", "GB",
     "Custody record: DOB [[dob:22 Nov 1984]], NINO [[national_id:SH 73 05 19 A]], no fixed "
     "abode; next of kin [[person:Donna Pilbeam]], [[phone:0113 244 7361]]. Booked in at 23:47 "
     "on 6 June 2024."),
    ("GB", "GB",
     "Statement request for Lime Tree Motors Ltd, sort code "
     "[[account:60-83-71, account no. 20194736]]: 41 cash credits between 2 and 19 May, the "
     "largest £7,950. Invoice numbers 00418 to 00431 are quoted as references."),
    ("GB", "GB",
     "Invoice-redirection fraud: the victim's accounts team received an e-mail from "
     "[[email:accounts.dept(at)harlowe-supplies.co.uk]] giving new bank details, "
     "[[iban:GB80MIDL 0686 3421 160813]] and a call-back number, [[phone:+44 (0)20 3598 4417]]. "
     "Order PO-55810 for £23,118.40 was paid the same afternoon."),
    ("GB", "GB",
     "14:05 [[plate:S412 TVW]] arrives at "
     "[[address:The Old Forge, 4 Mill Lane, Little Snoring, Fakenham NR21 0HX]]. 14:20 a second "
     "car, [[plate:WF66UHM]], parks behind it. 14:52 both leave towards the A148."),
    (None, "GB",
     "The Bulgarian lorry [[plate:CB 8891 KP]] was checked at Coquelles; the driver, "
     "[[person:Stoyan Marinov]], named his dispatcher's number as [[phone:+359 88 741 2036]]. "
     "CMR consignment note 0044127 lists 22 pallets of floor tiles, lot 5530-B."),
    ("GB", "GB",
     "Witness statement: I rented my garage at [[address:27 Kilnhurst Avenue, Rotherham]] to a "
     "man who paid £60 a week in cash. He drove a red Vauxhall Corsa, [[plate:LR68 OWT]], and "
     "gave me the number [[phone:07491 306 228]]."),
    (None, "GB",
     "Request to the DGSN in Rabat: please identify the holder of CIN [[national_id:BK371904]] "
     "and of the RIB [[account:050 829 6118899486724524 12]]. Both appear on a money-service "
     "transfer of 18,000 MAD sent on 4 June."),
    ("GB", "GB",
     "Money mule recruited through Instagram, born [[dob:July 14, 2003]], NINO "
     "[[national_id:CE 26 91 48 C]]. He handed over his account [[account:82-61-05 00473819]] "
     "and its login to a contact using [[email:mrquick.pay[at]proton.me]]."),
    ("GB", "GB",
     "Land Registry shows that the subject bought "
     "[[address:Flat B, 56 Chalkwell Park Drive, Leigh-on-Sea SS9 1NJ]] in 2019 for £312,000 "
     "and a flat at [[address:84 rue des Carmes, 76000 Rouen]] in 2021. Title EX481733 is "
     "charged to a lender in Jersey."),
    ("GB", "GB",
     "The Belgian liaison officer confirms that the woman arrested at St Pancras, national "
     "number [[national_id:83.10.05-880.07]], born [[dob:5 October 1983]], is known to Brussels "
     "police. Her phone, [[phone:+32 478 21 66 09]], was seized."),
    (None, "GB",
     "Passenger check on Eurostar train 9014: the male holds a French passport, "
     "[[passport:19FK44513]], and his NIR is [[national_id:1 76 08 92 752 019 03]]. Seat 61, "
     "coach 12."),
    (None, "GB",
     "Request from Rosfinmonitoring: transfers from [[account:40817810573417787378]] to a UK "
     "casino account total £64,000. The holder travels on Russian passport "
     "[[passport:76 4418203]] and uses [[email:ev.gorin1979@mail.ru]]."),
    ("GB", "GB",
     "Payroll analysis: wages for 14 agency workers go out from "
     "[[iban:GB41 NWBK 4225\n2774 8870 34]] and come back within a day to "
     "[[iban:LT29 6975 7658 8671 1152]]. The agency's office is at "
     "[[address:Unit 9, 3 Wharf Street, Dudley DY2 8HU]]. Batch ref 7730-118 covers week 32."),
]

# --- French ----------------------------------------------------------------------------------

RECORDS["fr"] = [
    ("FR", "FR",
     "Filature du 12 mars, 7 h 45 : l'objectif sort du "
     "[[address:12 bis, rue des Tanneurs, 59000 Lille]] et monte dans une Clio grise "
     "immatriculée [[plate:FK-365-MT]]. À 8 h 10, il retrouve sur le parking d'un magasin de "
     "bricolage le conducteur d'une camionnette belge, [[plate:1-KLM-928]]."),
    (None, "FR",
     "Déclaration de soupçon n° 2024/004812 : entre janvier et avril, 86 400 € en espèces ont "
     "été déposés sur le compte [[account:20041 84254 26228092094 87]], puis virés vers "
     "[[iban:LU17 4287 3117 3197 2811]]. Le titulaire n'a déclaré aucun revenu depuis 2021."),
    ("FR", "FR",
     "Notification de garde à vue : l'intéressé, né le [[dob:14 décembre 1984]] à Toulouse, NIR "
     "[[national_id:1 84 12 31 542 858 90]], déclare demeurer "
     "[[address:3, impasse des Glycines, 31200 Toulouse]]. Il refuse de communiquer le code de "
     "déverrouillage de son téléphone."),
    ("FR", "FR",
     "Synthèse de la ligne [[phone:07.81.22.60.94]], appel n° 412 du 3 mai à 22 h 17 : "
     "l'interlocuteur demande que « la suite » soit réglée sur le RIB "
     "[[account:10278 20375 82936402211 53]]. Il rappellera depuis le [[phone:06 28 41\n73 95]]."),
    ("BE", "BE",
     "La PJF de Bruxelles signale que le suspect, numéro national "
     "[[national_id:87.06.23-887.01]], loue un garage "
     "[[address:rue de la Colonne 112, 1080 Molenbeek-Saint-Jean]]. Sa BMW Série 5 immatriculée "
     "[[plate:2-GHT-731]] y est vue chaque soir vers 23 h."),
    ("BE", "BE",
     "Compte de la société : [[account:962-1644079-97]], devenu "
     "[[iban:BE54 9621 6440 7997]]. Gérante de fait : [[person:Véronique Lambotte]], née le "
     "[[dob:14/08/1979]], numéro national [[national_id:79081472684]]."),
    ("FR", "FR",
     "Contrôle routier sur l'A7 à hauteur de Vienne, 21 h 40, Peugeot 508 [[plate:GC 719 RN]] : "
     "le conducteur présente le passeport français n° [[passport:21CD73041]], le passager un "
     "passeport marocain, [[passport:VX4730152]]. Quatre kilos de résine sont saisis, scellés "
     "n° 1 à 4."),
    ("CH", "FR",
     "Réponse de fedpol à la demande 24-118 : le numéro [[phone:+41 78 412 33 90]] est attribué "
     "à un ressortissant kosovar résidant [[address:chemin de Renens 9, 1004 Lausanne]]. Il "
     "conduit une Golf immatriculée [[plate:VD 253913]]."),
    ("MA", "MA",
     "Le mis en cause, titulaire de la CIN [[national_id:EE 305718]], né le "
     "[[dob:2 mars 1986]] à Casablanca, réside à la "
     "[[address:Résidence Al Wafa, immeuble 4, appartement 12, bd Moulay Slimane, "
     "Casablanca]]. Son RIB : [[account:225 589 6123240222172450 45]]."),
    ("FR", "FR",
     "Une Dacia Logan immatriculée au Maroc, [[plate:47413-أ-6]], stationne devant le "
     "[[address:27, rue Curiol, 13001 Marseille]] du 2 au 9 juin. Son propriétaire, joint au "
     "[[phone:+212 6 61 48 27 30]], dit l'avoir prêtée à son neveu."),
    ("FR", "FR",
     "L'annonce de location frauduleuse renvoie vers [[email:loc.vacances.sud(at)gmx.fr]] et le "
     "[[phone:06 48 17 93 52]]. Un acompte de 1 200 € est demandé sur "
     "[[iban:fr03 1131 5726 4682 9829 7038 565]]."),
    ("FR", "FR",
     "Elle déclare être hébergée chez une amie,\n"
     "[[address:Bâtiment C, appartement 34\n7, allée des Tilleuls\n93200 Saint-Denis]]\n"
     "et n'avoir jamais vu la voiture [[plate:ER-305-KD]]."),
    (None, "FR",
     "Réquisition bancaire : identité du titulaire du compte "
     "[[account:18206008964010372595081]] et des mandataires. Le titulaire déclaré a pour NIR "
     "[[national_id:290017515432282]]. Retraits du 1er au 30 avril : 27 300 €."),
    ("FR", "FR",
     "M. [[person:Yanis Berkane]], né le [[dob:1er juillet 1992]], domicilié "
     "[[address:5, place du Marché, 69004 Lyon]], reconnaît avoir prêté son passeport "
     "n° [[passport:17HT50928]] à un cousin. Il dit tout ignorer du véhicule "
     "[[plate:DB-662-XW]]."),
    ("BE", "BE",
     "La victime a versé 3 500 € après un échange avec "
     "[[email:service.client[at]bpost-livraison.info]] ; le compte bénéficiaire est "
     "[[iban:BE76 9060 5036 3695]]. Dossier BR.21.L3.004871/24."),
    ("CH", "CH",
     "Le MROS transmet : relation d'affaires ouverte le 4 février par un ressortissant "
     "français, passeport [[passport:20PL83361]], domicilié "
     "[[address:avenue de Miremont 18, 1206 Genève]]. Versements reçus de "
     "[[iban:CH29 1048 5599 3037 6662 6]]."),
    (None, "BE",
     "La travailleuse détachée, PESEL [[national_id:93110293321]], née le "
     "[[dob:2 novembre 1993]], est logée par son employeur "
     "[[address:Kapelstraat 44 bus 3, 2660 Hoboken]]. Son salaire est viré sur "
     "[[account:92 8335 5854 8911 2048 1879 4305]], en Pologne."),
    ("FR", "FR",
     "Surveillance du box n° 17 : un fourgon Renault Master immatriculé [[plate:4721 TX 69]] "
     "et un Audi Q5 allemand, [[plate:KA-RT 835]], y déchargent des cartons entre 3 h 10 et "
     "3 h 40. Le fourgon appartient à une société domiciliée "
     "[[address:14 chemin des Mûriers, 69800 Saint-Priest]]."),
    (None, "FR",
     "Diffusion Interpol : ressortissant espagnol, NIE [[national_id:Y4218365H]], titulaire du "
     "compte [[account:01828097069944553008]] ouvert à Malaga. Téléphone connu : "
     "[[phone:+34 612 48 30 77]]."),
    ("FR", "FR",
     "Le gérant de la SARL Carrosserie du Midi, NIR [[national_id:171053144437759]], a encaissé "
     "sur son compte personnel [[account:30004 82409 54530466147 60]] 31 chèques de la société "
     "(factures F-2024-118 à F-2024-148)."),
    ("FR", "FR",
     "Contrôle douanier au port de Marseille : 52 000 € non déclarés dans le véhicule "
     "[[plate:EV-118-PA]] d'un passager belge à destination de Tunis, passeport "
     "[[passport:EM875913]]. Un papier porte un RIB tunisien, "
     "[[account:06 053 4035503413709 74]]."),
    (None, "FR",
     "Le vendeur de faux papiers se fait contacter à "
     "[[email:docs.rapides arobase tutanota point com]] et propose des CIN marocaines, par "
     "exemple [[national_id:J419263]], à 800 € pièce. Commande n° 78-44192 passée le 14 mai."),
    ("FR", "FR",
     "L'abonnée de la ligne [[phone:01 43 57 92 18]], NIR "
     "[[national_id:2 95 09 33 346 339 75]], habite "
     "[[address:appartement 21, 8 avenue Thiers, 33100 Bordeaux]] depuis 2022."),
    (None, "FR",
     "Virement de 240 000 € reçu du compte russe [[account:40817810267116512438]] ; le "
     "bénéficiaire, né le [[dob:7/11/1962]], est joignable au "
     "[[phone:+33 (0)6 59 30 41 77]]."),
    ("BE", "BE",
     "Le contrôle de la camionnette [[plate:1-VZX-094]] à Mons révèle 40 cartouches de "
     "cigarettes. Le chauffeur, numéro national [[national_id:81.03.29-197.73]], habite "
     "[[address:rue du Grand Pont 7, 7000 Mons]]."),
]

# --- German ----------------------------------------------------------------------------------

RECORDS["de"] = [
    ("DE", "DE",
     "Observationsbericht, 06:50 Uhr: Die Zielperson verlässt das Haus "
     "[[address:Weserstraße 112, 28195 Bremen]] und fährt mit dem Pkw [[plate:HB-TK 2291]] "
     "Richtung Autobahn. 07:35 Uhr Treffen mit dem Fahrer eines Transporters mit polnischem "
     "Kennzeichen [[plate:ZS 98513]]."),
    ("DE", "DE",
     "Verdachtsmeldung der Sparkasse: Der Kunde (geb. [[dob:21.10.1988]], Steuer-ID "
     "[[national_id:10 678 394 659]]) zahlte binnen drei Wochen 47.500 Euro bar auf das Konto "
     "BLZ [[account:727 563 36, Konto 1100477913]] ein. Die Gelder gingen weiter an "
     "[[iban:DE26 5001 0517 9638 7218 20]]."),
    ("DE", "DE",
     "TKÜ-Protokoll, Anschluss [[phone:0171 4429317]], Gespräch 208: Der Anrufer nennt als "
     "Lieferadresse [[address:Am Kanal 3, Hinterhaus, 44135 Dortmund]] und will das Geld auf "
     "Konto [[account:0532771840, BLZ 121 758 69]] haben."),
    ("AT", "AT",
     "Die Beschuldigte, geboren am [[dob:14. Jänner 1979]], wohnt "
     "[[address:Favoritenstraße 86/2/14, 1100 Wien]] und ist unter "
     "[[phone:+43 664 1171930]] erreichbar. Ihr Konto: Kontonummer "
     "[[account:28413907552, BLZ 32000]]; ihr Pkw: [[plate:GU-418 RT]]."),
    ("DE", "DE",
     "Kontrolle am Grenzübergang Waidhaus um 23:15 Uhr: Der Fahrer weist sich mit dem "
     "Personalausweis [[national_id:LZ6311T47]] aus, der Beifahrer mit einem tschechischen "
     "Pass. Fahrzeug: VW Passat, [[plate:WEN-K 714]]."),
    ("DE", "DE",
     "Durchsuchung von [[address:Wohnung 12, Am Rosengarten 9a, 04107 Leipzig]]: "
     "sichergestellt werden 18.000 Euro, ein Personalausweis [[national_id:CF4HR7N21]] und ein "
     "Reisepass [[passport:C4JH07R52]], beide auf fremde Namen ausgestellt."),
    (None, "DE",
     "Europol-Anfrage 2024/771: Zur Rufnummer [[phone:+48 512 604 337]] ist ein polnischer "
     "Staatsangehöriger registriert, PESEL [[national_id:85071968934]], Konto "
     "[[account:56243080704496585355440967]]."),
    ("DE", "DE",
     "Der Zeuge gibt an, der Mann habe ihm einen Zettel mit der Anschrift\n"
     "[[address:Ringstraße 7\n67547 Worms]]\nund der Nummer [[phone:0176\n32 84 71 09]] "
     "gegeben."),
    ("DE", "DE",
     "Mietvertrag über eine Lagerhalle, Mietbeginn April 2023: Der Mieter gibt als "
     "Bankverbindung [[iban:DE50600501014689161807]] an, Personalausweisnummer "
     "[[national_id:M7K0P2R93]], Geburtsdatum [[dob:1990-11-23]]."),
    ("CH", "CH",
     "MROS-Meldung: Kunde wohnhaft [[address:Seefeldstrasse 128, 8008 Zürich]], Mobil "
     "[[phone:079 337 19 37]], Fahrzeug [[plate:ZH 418227]]. Eingänge von "
     "[[iban:AT13 2687 1367 7149 0296]] über 312.000 Franken."),
    ("DE", "DE",
     "Zollfahndung Essen: Der Lkw [[plate:DO AK 5573]] mit Auflieger [[plate:DO AK 5574]] wurde "
     "mit 1,2 Tonnen Tabak (Los-Nr. 20417) angehalten. Der Frachtbrief 0049-1187-33 nennt als "
     "Empfänger eine Firma in der [[address:Industriestraße 17, 76297 Stutensee]]."),
    ("DE", "DE",
     "Haftbefehl gegen [[person:Dariusz Wolniak]], geb. [[dob:3. Mai 1981]] in Stettin, "
     "polnischer Reisepass [[passport:EA8134207]]. Letzte bekannte Anschrift: "
     "[[address:ul. Długa 14/6, 80-827 Gdańsk]]."),
    ("DE", "DE",
     "Die Täter nutzten [[email:k.meyer.invest[at]gmx.de]] und die Rufnummer "
     "[[phone:+49 (0)30 2847 5590]]; das Geld floss auf BLZ "
     "[[account:200 505 50, Kto.-Nr. 1287 4410 33]]."),
    ("DE", "DE",
     "Halterabfrage [[plate:M KR 4410]]: zugelassen auf eine Frau, wohnhaft "
     "[[address:Lindwurmstraße 203, 80337 München]], Steuer-ID [[national_id:89360504076]]."),
    (None, "DE",
     "Interpol Moskau teilt mit, dass der Gesuchte den Inlandspass [[passport:46 09 731582]] "
     "besitzt, INN [[national_id:233102139918]], SNILS [[national_id:988-449-252 97]]. Sein "
     "Konto bei einer Moskauer Bank: [[account:40817810068040141773]]."),
    ("DE", "DE",
     "Tankbetrug um 23:40 Uhr: Die Kassiererin notierte das Kennzeichen [[plate:f-lz 92e]], "
     "ein Zeuge außerdem [[plate:OF-NB 881]] für einen zweiten Wagen. Schaden: 96,40 Euro."),
    (None, "DE",
     "Die britische Firma nennt als Bankverbindung Sort Code "
     "[[account:23-14-70, Account 60392184]]; der Geschäftsführer ist unter "
     "[[phone:0044 7700 184 632]] erreichbar."),
    ("DE", "DE",
     "Kontoeröffnung mit dem Personalausweis [[national_id:KXR42N7P1]] und der Steuer-ID "
     "[[national_id:41 623 854 099]]; angegebene Anschrift: "
     "[[address:Kurfürstenstr. 14, 2. OG links, 10785 Berlin]]."),
    ("DE", "DE",
     "Der Spanier, NIE [[national_id:Z5403521K]], überwies von seinem Konto "
     "[[account:00818784125265760740]] 6.000 Euro an eine Bekannte, geboren am "
     "[[dob:04.07.1975]]."),
    (None, "DE",
     "Auf dem beschlagnahmten Laptop: eine Kundenliste mit 214 Einträgen, Bestellnummern ab "
     "77041839, Kontakt [[email:bestellung(at)kraeuter-versand24.de]], Lieferanschrift "
     "[[address:Gartenweg 2c, 99084 Erfurt]]."),
    ("AT", "AT",
     "BK Wien: Geldkurier mit türkischem Reisepass [[passport:U24713906]], Handynummer "
     "[[phone:0660 817 9173]]. Er zahlte 28.000 Euro auf [[iban:AT40 3923 5894 9345 9011]] "
     "ein."),
    (None, "DE",
     "Ukrainischer Kleinbus [[plate:AA 7941 KT]], Fahrer mit Reisepass [[passport:FE411913]]. "
     "Die Fracht, 40 Kartons laut Lieferschein Nr. 5521, wurde vom Firmenkonto "
     "[[account:40702810520000031874]] bezahlt."),
    (None, "DE",
     "Überweisungsträger sichergestellt: Empfänger [[iban:de50 6005 0101 7791\n3776 86]], "
     "Betrag 9.800 Euro, Verwendungszweck „Rechnung 2024-311“."),
    ("DE", "DE",
     "Laut Kontoauszug kam die Zahlung von Kto [[account:4711083922 BLZ 25604077]]; die "
     "Kontoinhaberin wohnt [[address:Schillerstraße 5a, 30159 Hannover]]."),
    ("DE", "DE",
     "Die Prepaid-Karte [[phone:0152 23418876]] wurde mit dem Personalausweis "
     "[[national_id:G4Y9RNV98]] registriert, der am 2. Februar als gestohlen gemeldet war."),
]

# --- Spanish ---------------------------------------------------------------------------------

RECORDS["es"] = [
    ("ES", "ES",
     "Vigilancia del 9 de abril, 10:20 h: el investigado sale del portal de "
     "[[address:c/ Toledo 58, 4º dcha., 28005 Madrid]] y sube a un Seat Ibiza blanco con "
     "matrícula [[plate:7081 KTV]]. A las 10:45 se reúne con el conductor de un Peugeot con "
     "placa francesa [[plate:FG-271-QK]]."),
    ("ES", "ES",
     "Comunicación por indicio: el cliente, DNI [[national_id:03845433V]], nacido el "
     "[[dob:27 de septiembre de 1971]], ingresó 54.000 € en efectivo en la cuenta "
     "[[account:2038 9864 44 3909754627]] y los transfirió a "
     "[[iban:ES47 1465 5018 6237 9997 7734]]."),
    ("ES", "ES",
     "Atestado 2024/1187: detenido con NIE [[national_id:X-9459905-M]], domicilio en "
     "[[address:avenida de la Constitución 45, 2º B, 41001 Sevilla]], teléfono "
     "[[phone:954 21 37 66]]."),
    ("ES", "ES",
     "Intervención de la línea [[phone:612 48 93 07]], sesión 344: el usuario pide que le "
     "ingresen «lo del mes» en [[account:01820244354909145615]] y cuelga a las 21:58."),
    ("ES", "ES",
     "El conductor del camión, marroquí, CIN [[national_id:LB 204713]], pasaporte "
     "[[passport:TK2277301]], declara como domicilio "
     "[[address:Rue Ibn Batouta 18, 90000 Tánger]]. La cabeza tractora lleva la placa "
     "[[plate:61874-ب-40]]."),
    ("ES", "ES",
     "Estafa del falso alquiler: el anunciante usa [[email:pisos.costa.sol[arroba]outlook.es]] "
     "y pide la fianza en [[iban:es53 0049 2632 9687 4100 5801]]. Importe reclamado: 1.450 €; "
     "denuncia 4471/24."),
    ("ES", "ES",
     "Control en la AP-7, km 412: turismo [[plate:7305-JXF]] y furgoneta [[plate:M-9851-YZ]], "
     "esta con la ITV caducada desde 2019. El conductor de la furgoneta exhibe el DNI "
     "[[national_id:68536968-G]]."),
    (None, "ES",
     "Respuesta de Europol: el número [[phone:+57 310 151 9137]] corresponde a un colombiano "
     "con pasaporte [[passport:AW2817403]] que cobra en la cuenta de ahorros "
     "[[account:24871039562]]."),
    ("ES", "ES",
     "Acta de entrada y registro en:\n"
     "[[address:calle Sant Pere Més Alt, 27, 4º 2ª\n08003 Barcelona]]\n"
     "Se intervienen 12.300 € y dos teléfonos móviles."),
    ("ES", "ES",
     "Filiación: [[person:Marcos Iturralde Beitia]] ([[national_id:73807630 D]]), nacido el "
     "[[dob:03/11/1990]] en Bilbao, conduce habitualmente el turismo [[plate:9127LMR]]."),
    ("ES", "ES",
     "Lancha neumática interceptada en la bahía de Algeciras; el patrón, residente en "
     "Gibraltar, conducía antes un Range Rover [[plate:G 5161 A]] y dio el móvil "
     "[[phone:+350 5801 2247]]."),
    ("ES", "ES",
     "La empresa francesa cobra en el RIB [[account:10278 93430 66205949023 89]]; su gerente, "
     "con NIE [[national_id:Z6485506V]], vive en "
     "[[address:plaza del Pilar 3, 3º, 50003 Zaragoza]]."),
    (None, "ES",
     "Cuenta [[account:2100-0449-00-9772405511]]: 37 ingresos en efectivo de 2.900 € entre el 3 "
     "y el 28 de febrero, todos en cajeros de Vallecas."),
    (None, "ES",
     "Remesas: el investigado envía dinero a dos RIB marroquíes, "
     "[[account:011 178 8311429829024030 26]] y [[account:181709130649777280543023]], a nombre "
     "de su madre, nacida el [[dob:5 de enero de 1958]]."),
    ("ES", "ES",
     "El pasaporte [[passport:XDB466913]], denunciado como extraviado en 2022, se usó ayer en "
     "Barajas. El portador dio como domicilio "
     "[[address:calle de Embajadores 121, 1º C, 28045 Madrid]]."),
    ("ES", "ES",
     "Detenida: DNI [[national_id:38557006-J]], fecha de nacimiento [[dob:14-02-1985]], "
     "teléfono [[phone:+34 655 12 84 30]]. Hora de la detención: 02:35."),
    ("ES", "ES",
     "Nave alquilada en el "
     "[[address:polígono industrial Las Salinas, nave 14, 11500 El Puerto de Santa María]] por "
     "una sociedad que paga desde [[account:0049 9720 71 3196468251]]. En la puerta, la "
     "furgoneta [[plate:B-7302-UH]]."),
    (None, "ES",
     "Coche con matrícula portuguesa [[plate:47-TX-82]] parado en Badajoz; el titular, con NIE "
     "[[national_id:Z3702324L]], paga el seguro desde "
     "[[iban:PT11 5290 2616 3230 7105 9660 3]]."),
    ("ES", "ES",
     "Comisión rogatoria belga: el investigado, número nacional "
     "[[national_id:76.12.30-369.23]], nacido el [[dob:30 de diciembre de 1976]], tiene "
     "alquilado un apartamento en "
     "[[address:calle Río Segura 8, portal 2, 3ºA, 03181 Torrevieja]]."),
    ("ES", "ES",
     "Movimientos entre [[account:14652859571410778678]] y [[account:01821434515403554071]]: 14 "
     "transferencias de 4.999 € con el concepto «factura», números 118 a 131."),
    ("ES", "ES",
     "El perfil de Wallapop está asociado a [[email:chollos.moviles(at)yahoo.es]] y al número "
     "[[phone:0034 633 71 90 28]]; los envíos salen de "
     "[[address:calle Mayor 7, bajo, 30001 Murcia]]."),
    (None, "ES",
     "Llamadas a [[phone:+212 661-30-47-92]] desde una cabina de Algeciras a las 04:10 y a las "
     "04:25; el número ya figura en el expediente 17/2023, junto al turismo "
     "[[plate:4471 HBZ]]."),
    ("ES", "ES",
     "La víctima transfirió 8.700 € a [[iban:ES20 0182 3779 6354\n6746 7702]] siguiendo las "
     "instrucciones de un supuesto técnico del banco."),
    ("ES", "ES",
     "Contrato de alquiler de la vivienda situada en "
     "[[address:urbanización Los Pinos, parcela 22, 29670 San Pedro de Alcántara]] firmado con "
     "el DNI [[national_id:78742276-M]] y el pasaporte [[passport:PAF730281]]."),
    (None, "ES",
     "Británico residente en [[address:calle Ramón Gómez de la Serna 12, 29602 Marbella]], "
     "pasaporte [[passport:533817204]], fecha de nacimiento [[dob:1968-05-19]]."),
]

# --- Polish ----------------------------------------------------------------------------------

RECORDS["pl"] = [
    ("PL", "PL",
     "Notatka z obserwacji, godz. 7.40: figurant wychodzi z kamienicy przy "
     "[[address:ul. Piotrkowskiej 112 m. 9, 90-006 Łódź]] i wsiada do czarnego audi A4 o nr "
     "rej. [[plate:EL 8661K]]."),
    ("PL", "PL",
     "Zawiadomienie do GIIF: klient, PESEL [[national_id:88031233853]], ur. "
     "[[dob:12.03.1988]], wpłacił 96 000 zł gotówką na rachunek "
     "[[account:14 0370 0462 2992 3174 1391 8110]], a następnie przelał środki na "
     "[[iban:DE50 7015 0000 6259 5916 29]]."),
    ("PL", "PL",
     "Rozmowa nr 118 z numeru [[phone:512 604 338]]: rozmówca każe przelać „resztę” na konto "
     "[[account:57729847678201396778021750]] i podaje drugi numer, [[phone:791\n204 386]]."),
    ("PL", "PL",
     "Protokół zatrzymania: zatrzymana, PESEL [[national_id:01210300746]], urodzona "
     "[[dob:3 stycznia 2001]] r. w Gdyni, zamieszkała "
     "[[address:os. Kalinowe 8/23, 31-812 Kraków]]."),
    ("PL", "PL",
     "Kontrola drogowa na S8: ciągnik siodłowy [[plate:WPI 4H27]] z naczepą "
     "[[plate:WPI 0381P]]; kierowca okazał paszport [[passport:EA7302914]] i list przewozowy "
     "nr 0044817."),
    (None, "PL",
     "Odpowiedź Europolu: numer [[phone:+380 67 406 9130]] należy do obywatela Ukrainy, "
     "paszport [[passport:FT731940]], który jeździ busem [[plate:BC 7991 HK]]."),
    ("PL", "PL",
     "Fałszywy sklep internetowy: kontakt [[email:sklep.agd.promocje(małpa)wp.pl]], wpłaty na "
     "rachunek [[account:72 5345 1068 0008 7367 5742 8003]]. Zamówienia nr 2024/0001 do "
     "2024/0214 nigdy nie zostały wysłane."),
    ("PL", "PL",
     "Przeszukanie lokalu:\n[[address:al. Jerozolimskie 123A lok. 4\n02-017 Warszawa]]\n"
     "Zabezpieczono 41 200 zł i dwa telefony."),
    ("PL", "PL",
     "Poszukiwana [[person:Renata Kuśmierz]], ur. [[dob:12.III.1985]], PESEL "
     "[[national_id:85031297601]]. Ostatnio widziana w samochodzie [[plate:kr7h309]]."),
    ("PL", "PL",
     "Księga wieczysta WA1M/00482913/7 wskazuje jako właściciela lokalu "
     "przy [[address:ul. Chmielnej 7/15, 00-021 Warszawa]] spółkę, której prezes ma PESEL "
     "[[national_id:79110704553]], ur. [[dob:7 XI 1979]]."),
    ("PL", "PL",
     "Pracownik zatrudniony w Niemczech, Steuer-ID [[national_id:98 241 667 655]], mieszka pod "
     "adresem [[address:Karl-Marx-Straße 44, 12043 Berlin]], a pensję przelewa na konto w Polsce "
     "[[account:56 3434 6193 6081 7294 7555 0505]]."),
    ("PL", "PL",
     "Abonent numeru [[phone:+48 (12) 421 08 55]] mieszka przy [[address:pl. Wolnica 5/3, 31-060 "
     "Kraków]]; na ten sam adres zarejestrowano samochód [[plate:KR 9T550]]."),
    (None, "PL",
     "Obywatel Rosji, paszport zagraniczny [[passport:75 7169130]], przelewa z rachunku "
     "[[account:40817810716278264328]] w Moskwie po 9 900 euro miesięcznie."),
    (None, "PL",
     "Policja brytyjska pyta o rachunek [[account:30-91-57 18613306]] i numer NINO "
     "[[national_id:NZ 41 82 03 B]] pracownika polskiej firmy budowlanej, zamieszkałego "
     "[[address:Flat 2, 19 Station Road, Slough SL1 1QE]]."),
    ("PL", "PL",
     "Kontrola KAS w hurtowni przy [[address:ul. Składowej 12, 61-897 Poznań]]: faktury nr "
     "118/2024 do 164/2024 opłacano z rachunku [[account:72960564745428620524979578]]. Prezes "
     "spółki, PESEL [[national_id:69042533372]], odmówił składania wyjaśnień."),
    ("PL", "PL",
     "Dane zatrzymanego: [[national_id:96062126235]], [[dob:1996-06-21]], "
     "[[address:Kwiatowa 14, 05-082 Stare Babice]], [[phone:601 23 45 67]]."),
    ("PL", "PL",
     "Pokrzywdzona przelała 15 000 zł na [[iban:pl26 4749 3975 0162 4572 4533 7009]] po "
     "telefonie od fałszywego „konsultanta” z numeru [[phone:22 628 41 07]]."),
    (None, "PL",
     "Kierowca z Białorusi, paszport [[passport:MP2861930]], wjechał samochodem "
     "[[plate:2271 AB-7]] o godz. 3.15 przez przejście w Terespolu."),
    ("PL", "PL",
     "Samochód na litewskich numerach [[plate:KLM 131]] należy do spółki, która płaci z "
     "[[iban:LT91 2501 7021 4865 5298]]. Kierowczyni, PESEL [[national_id:72090454966]], "
     "twierdzi, że tylko go pożyczyła."),
    (None, "PL",
     "Ogłoszenia o „pracy w Holandii” zamieszcza [[email:praca.holandia24 at gmail dot com]]; "
     "rekrutowani mają wpłacać po 800 zł na [[account:11234611088490306035019270]]."),
    ("PL", "PL",
     "Wniosek o paszport [[passport:EK9152736]] złożył mężczyzna urodzony "
     "[[dob:30 października 2003]], PESEL [[national_id:03303071054]], zamieszkały "
     "[[address:ul. Lipowa 3/8, 15-427 Białystok]]."),
    ("PL", "PL",
     "Na parkingu przy stacji paliw stały [[plate:SK2281V]] i niemiecki bus "
     "[[plate:B-KX 3071]]; z busa przeładowano 30 kartonów papierosów."),
    (None, "PL",
     "Rachunek w Hiszpanii [[account:2085 4863 54 2427937407]] otrzymał pięć przelewów z "
     "Polski; jego posiadacz używa polskiego numeru [[phone:0048 698 472 310]]."),
    ("PL", "PL",
     "Dyspozycja przelewu: odbiorca [[iban:PL98 0406 4904 9499\n0022 2848 4800]], kwota "
     "48 500 zł, tytuł „zwrot pożyczki”."),
    ("PL", "PL",
     "Świadek widział, jak mężczyzna wnosił torby do kamienicy przy "
     "[[address:ul. Ogrodowej 31/5]], a potem odjechał autem [[plate:GD 31845]]. Czynsz za "
     "lokal płacony jest z konta [[account:57 0893 5242 5622 5207 5758 3323]]."),
]

# --- Russian ---------------------------------------------------------------------------------

RECORDS["ru"] = [
    ("RU", "RU",
     "Сводка наблюдения, 08:15: объект вышел из подъезда дома по адресу "
     "[[address:г. Москва, ул. Верхняя Масловка, д. 21, корп. 2, кв. 64]] и сел в «Шкоду "
     "Октавию» [[plate:Е434КХ 197]]. В 08:40 встретился с водителем грузовика "
     "[[plate:О 518 ТН 50]]."),
    ("RU", "RU",
     "Сообщение о подозрительной операции: клиент, ИНН [[national_id:236299107715]], "
     "[[dob:14.02.1983]] г.р., внёс 2 400 000 руб. наличными на счёт "
     "[[account:40817 810 0 7941 6681702]] и перевёл их на "
     "[[iban:CY22 0021 9060 0274 0534 4341 1986]]."),
    ("RU", "RU",
     "Сводка ПТП, абонент [[phone:8 (903) 103-11-07]], сеанс 214: собеседник просит перевести "
     "«остаток» на карту, привязанную к счёту [[account:40817810049040935989]], и продиктовать "
     "код до 23:40."),
    ("RU", "RU",
     "Протокол задержания: [[person:Кривошеев Артём Валерьевич]], [[dob:3 июня 1990]] года "
     "рождения, паспорт [[national_id:45 19 738201]], СНИЛС [[national_id:455-476-275 17]], "
     "зарегистрирован по адресу: "
     "[[address:125009, г. Москва, Тверская ул., д. 7, стр. 1, кв. 14]]."),
    (None, "RU",
     "Интерпол сообщает: номер [[phone:+7 701 340 9130]] использует гражданин Казахстана, "
     "паспорт [[passport:N14079307]], автомобиль [[plate:408 ABK 02]]."),
    ("RU", "RU",
     "Мошенники писали потерпевшей с адреса [[email:invest.broker77[собака]mail.ru]] и просили "
     "переводить деньги на [[account:40817 810 2 3255 1712503]]. Ущерб составил "
     "1 850 000 руб."),
    ("RU", "RU",
     "Справка на подозреваемую: СНИЛС [[national_id:664-851-331 21]], ИНН "
     "[[national_id:161992456646]], проживает "
     "[[address:Республика Татарстан, г. Казань, ул. Баумана, д. 44, кв. 7]]."),
    ("RU", "RU",
     "Свидетельница записала номер машины как [[plate:а731мр777]], цвет серебристый. Камера на "
     "перекрёстке зафиксировала автомобиль в 02:17."),
    ("RU", "RU",
     "Адрес для направления повестки:\n"
     "[[address:Санкт-Петербург,\nнаб. реки Фонтанки, д. 118, кв. 21]]\n"
     "Телефон: [[phone:8 (812) 573-21-90]]."),
    ("RU", "RU",
     "ООО «Восток-Трейд» (ИНН 7767209325, ОГРН 1127746482913) перечислило 14 млн руб. на "
     "личный счёт директора [[account:40817810093938561675]]; директор, СНИЛС "
     "[[national_id:65148535305]], скрывается."),
    ("RU", "RU",
     "Гражданин предъявил паспорт серии [[national_id:4610 № 528174]], выданный в 2015 году, "
     "назвал дату рождения [[dob:1979-08-30]] и адрес "
     "[[address:г. Тверь, ул. Трёхсвятская, д. 6, кв. 9]]."),
    (None, "RU",
     "Загранпаспорт [[passport:75 4183026]] оформлен на подозреваемого в марте; вылет в Дубай "
     "рейсом EK 132 в 03:25. Билеты оплачены со счёта [[account:40702810106917901522]] "
     "фирмы-однодневки."),
    ("RU", "RU",
     "Платёжное поручение № 482 от 14.03.2024: со счёта [[account:40702810545202832185]] на "
     "счёт [[account:40817810484603546328]], назначение «заём», сумма 3 200 000 руб. БИК банка "
     "получателя 044583482."),
    (None, "RU",
     "Польская сторона сообщает, что на счёт [[account:05 3871 0523 1098 6964 3803 8455]] "
     "поступило 48 000 злотых от гражданина с номером PESEL [[national_id:80061403992]]."),
    ("KZ", "RU",
     "Подозреваемый снимает квартиру по адресу "
     "[[address:г. Алматы, мкр. Самал-2, д. 58, кв. 17]], телефон [[phone:+7 777 315 20 84]], "
     "ездит на [[plate:731 KTA 02]]."),
    ("RU", "RU",
     "Потерпевшая, [[dob:22 ноября 1956]] года рождения, СНИЛС [[national_id:168-263-747 01]], "
     "проживающая [[address:г. Самара, ул. Садовая, д. 19, кв. 52]], перевела «сотрудникам "
     "банка» 640 000 руб. по указанию звонившего с номера [[phone:+7 (917) 204\n-38-61]]."),
    ("RU", "RU",
     "На стоянке у дома [[address:Каширское ш., д. 61, корп. 3]] обнаружены тягач "
     "[[plate:В204АУ199]] и полуприцеп [[plate:ЕК 9441 77]]."),
    (None, "RU",
     "Микроавтобус с украинскими номерами [[plate:АА5251КТ]] пересёк границу в 04:10; "
     "водитель предъявил заграничный паспорт [[passport:FE731942]]."),
    ("RU", "RU",
     "Объявления о продаже «чистых» сим-карт размещает пользователь с адресом "
     "[[email:simki.optom(at)yandex.ru]]; оплата на счёт [[account:40817 810 9 4458 7281948]]."),
    ("RU", "RU",
     "ИНН [[national_id:770968402383]] принадлежит владельцу «Лады Весты» "
     "[[plate:Т 882 ОС 178]], проживающему по адресу "
     "[[address:Московская обл., г. Химки, ул. Молодёжная, д. 8, кв. 112]]."),
    (None, "RU",
     "В переписке найдены реквизиты [[iban:ae56 0098 5528 7306 5155 705]] (Дубай) и "
     "[[iban:DE14 7015 0000 6060\n3170 29]] (Мюнхен)."),
    (None, "RU",
     "Испанская полиция запрашивает сведения о владельце счёта "
     "[[account:14657116640333715928]] и абоненте номера [[phone:+34 622 48 19 73]]."),
    ("RU", "RU",
     "Доверенность удостоверена нотариусом: доверитель, ИНН [[national_id:168083170601]], "
     "паспорт [[national_id:9204 615387]], [[dob:09.04.1964]] г.р., проживает "
     "[[address:Новосибирск, Красный пр-т, д. 220/4, кв. 31]]."),
    ("RU", "RU",
     "Курьер забирал наличные у пенсионеров и передавал их в квартире на "
     "[[address:пр-те Ленина, д. 54, кв. 3]] в Екатеринбурге; его телефон "
     "[[phone:8-925-731-06-48]]."),
    ("RU", "RU",
     "На имя подозреваемого, СНИЛС [[national_id:958-919-277 97]], открыт счёт в Литве "
     "[[iban:LT60 5078 2608 1819 0070]], зарегистрированы номер [[phone:89161530274]] и "
     "автомобиль [[plate:Х047ММ799]]."),
]

# --- Greek -----------------------------------------------------------------------------------

RECORDS["el"] = [
    ("GR", "GR",
     "Ημερολόγιο παρακολούθησης, 07:50: ο στόχος βγαίνει από την πολυκατοικία της "
     "[[address:οδού Εγνατίας 131, 546 35 Θεσσαλονίκη]] και μπαίνει σε λευκό Toyota Yaris "
     "[[plate:ΝΕΡ-7316]]. Στις 08:25 συναντά τον οδηγό φορτηγού με βουλγαρικές πινακίδες "
     "[[plate:PB 7302 AX]]."),
    ("GR", "GR",
     "Αναφορά ύποπτης συναλλαγής: ο πελάτης, ΑΦΜ [[national_id:061509924]], γεννημένος στις "
     "[[dob:3 Μαΐου 1981]], κατέθεσε 78.000 ευρώ σε μετρητά στον λογαριασμό "
     "[[account:157/296031-48]] και τα μετέφερε στο "
     "[[iban:CY03 0025 6555 7174 2760 6134 2157]]."),
    ("GR", "GR",
     "Επισύνδεση του αριθμού [[phone:6972 481 305]], συνομιλία 77: ο συνομιλητής ζητά να "
     "κατατεθούν τα χρήματα στο [[iban:gr16 0266 5380 4692 3328 5782 617]] και δίνει δεύτερο "
     "κινητό, [[phone:6947 20 31\n58]]."),
    ("GR", "GR",
     "Έκθεση σύλληψης: ο συλληφθείς, ΑΔΤ [[national_id:ΑΚ 902417]], ΑΜΚΑ "
     "[[national_id:04077540997]], γεννήθηκε στις [[dob:4.7.1975]] και δηλώνει κατοικία "
     "[[address:Πατησίων 87, 104 34 Αθήνα]]."),
    (None, "GR",
     "Απάντηση της Europol: ο αριθμός [[phone:+355 69 510 1307]] ανήκει σε Αλβανό υπήκοο με "
     "διαβατήριο [[passport:BC7301942]], ο οποίος οδηγεί το [[plate:TR 318 KL]]."),
    ("GR", "GR",
     "Η ψεύτικη αγγελία ενοικίασης παραπέμπει στο [[email:enoikiasi.kriti(at)gmail.com]] και "
     "ζητά προκαταβολή 600 ευρώ στον λογαριασμό [[account:362-00-2101-047193]]."),
    ("GR", "GR",
     "Έλεγχος στα διόδια Μαλγάρων, 22:40: φορτηγό [[plate:ΚΖΗ-4016]] με ρυμουλκούμενο "
     "[[plate:ΚΖΡ-7159]]. Ο οδηγός επιδεικνύει διαβατήριο [[passport:AE5073912]] και δηλώνει "
     "ότι μεταφέρει 22 παλέτες πλακάκια."),
    ("GR", "GR",
     "Διεύθυνση επίδοσης κλήσης:\n[[address:Καραϊσκάκη 18\n382 21 Βόλος]]\n"
     "Τηλέφωνο: [[phone:24210 48 317]]."),
    ("GR", "GR",
     "Ο Γάλλος υπήκοος, NIR [[national_id:1 83 05 44 777 674 85]], νοίκιασε το "
     "[[address:διαμέρισμα 4, Ακτή Μιαούλη 53, 185 36 Πειραιάς]] για έξι μήνες."),
    ("CY", "CY",
     "Η ΜΟΚΑΣ ενημερώνει ότι πελάτης με διεύθυνση "
     "[[address:Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ΄ 55, διαμ. 302, 1065 Λευκωσία]] και κινητό "
     "[[phone:99 735 014]] έλαβε εμβάσματα 1,2 εκατ. ευρώ στον λογαριασμό "
     "[[account:0357-01-730284-11]]."),
    ("GR", "GR",
     "Η ασφαλισμένη με ΑΜΚΑ [[national_id:21038855512]], ημερομηνία γέννησης "
     "[[dob:21/03/1988]], εμφανίζεται ως υπάλληλος εταιρείας-φάντασμα με έδρα τη "
     "[[address:Λεωφόρο Συγγρού 214, 176 72 Καλλιθέα]]."),
    ("GR", "GR",
     "Μάρτυρας σημείωσε την πινακίδα ως [[plate:ιμκ5702]]· κάμερα κατέγραψε στις 03:10 και "
     "δεύτερο όχημα, [[plate:ΖΚΕ 7418]]."),
    (None, "GR",
     "Ρώσος υπήκοος με διαβατήριο [[passport:76 5820341]] μεταφέρει χρήματα από τον λογαριασμό "
     "[[account:40817810478057796711]] σε τράπεζα της Λάρνακας."),
    ("GR", "GR",
     "Ο διαχειριστής της ΑΙΓΑΙΟΝ ΛΟΓΙΣΤΙΚΗ Ι.Κ.Ε. (ΑΦΜ εταιρείας 801937254), ΑΦΜ "
     "[[national_id:079995322]], εισέπραξε στον προσωπικό του λογαριασμό "
     "[[account:5013-043187-526]] 61 επιταγές της εταιρείας."),
    ("GR", "GR",
     "Η καταγγέλλουσα ([[national_id:ΑΝ 481306]]) κατοικεί "
     "[[address:Ερμού 12, 185 31 Πειραιάς]] και δέχθηκε κλήση από το [[phone:210 523 8841]] "
     "από «υπάλληλο της τράπεζας»."),
    (None, "GR",
     "Τα χρήματα μεταφέρθηκαν από το [[iban:GR58 0118 0906 9311\n0241 7389 548]] σε "
     "λογαριασμό στη Βουλγαρία, [[iban:BG37 BNBG 1352 4945 8945 80]]."),
    ("GR", "GR",
     "Ο ύποπτος επικοινωνούσε με τους πελάτες του μέσω "
     "[[email:nikos.ergasies at yahoo dot gr]] και εισέπραττε στον λογαριασμό "
     "[[account:040/731802-55]]."),
    ("GR", "GR",
     "Ελληνικό διαβατήριο [[passport:AM2618405]] εκδόθηκε σε άνδρα γεννημένο "
     "[[dob:1993-01-17]], ο οποίος οδηγεί το [[plate:ΙΟΧ 5021]]."),
    ("CY", "GR",
     "Κυπριακό όχημα [[plate:KXT 418]] εντοπίστηκε στο λιμάνι της Πάτρας· ο ιδιοκτήτης του "
     "απαντά στο [[phone:+357 99 315137]]."),
    (None, "GR",
     "Ο Αιγύπτιος ναυτικός, εθνικός αριθμός ταυτότητας [[national_id:29203150219878]], "
     "στέλνει κάθε μήνα 900 ευρώ στον λογαριασμό [[account:1003 2047 1859 6]] στην "
     "Αλεξάνδρεια."),
    ("GR", "GR",
     "Η ΑΑΔΕ εντόπισε ότι τα ακίνητα [[address:Κολοκοτρώνη 9, 105 62 Αθήνα]] και "
     "[[address:Αγίου Δημητρίου 41, 173 43 Άγιος Δημήτριος]] μισθώνονται από πρόσωπο με ΑΦΜ "
     "[[national_id:124093178]]. Τα ενοίκια καταβάλλονται στον λογαριασμό "
     "[[account:218/664019-73]]."),
    ("GR", "GR",
     "Σύμφωνα με τον μάρτυρα, τα δέματα ξεφορτώθηκαν στην "
     "[[address:οδό Ανδρέα Παπανδρέου 14]] στη Γλυφάδα γύρω στις 02:00· ο οδηγός του βαν "
     "[[plate:ΥΧΒ-3390]] είχε ΑΔΤ [[national_id:ΑΖ 615830]]."),
    ("GR", "GR",
     "Συνταξιούχος, γεννημένη στις [[dob:2 Οκτωβρίου 1962]], ΑΜΚΑ "
     "[[national_id:02106267822]], μετέφερε 31.000 ευρώ σε «σύμβουλο επενδύσεων» μετά από "
     "κλήσεις από το [[phone:0030 694 730 5128]]."),
    (None, "GR",
     "Λογαριασμός [[account:108-00-2002-318406]]: 19 καταθέσεις μετρητών των 9.500 ευρώ, "
     "αριθμοί συναλλαγών 4471 έως 4489. Δικαιούχος με διαβατήριο [[passport:AK7194023]]."),
    (None, "GR",
     "Αίτημα της Europol για τον δικαιούχο του λογαριασμού [[account:5072-118340-913]], "
     "κάτοικο [[address:Τσιμισκή 48, 546 23 Θεσσαλονίκη]], με τηλέφωνο "
     "[[phone:2310 937 917]]."),
]

# --- Arabic ----------------------------------------------------------------------------------

RECORDS["ar"] = [
    ("MA", "MA",
     "محضر مراقبة، الساعة 07:40: غادر المعني بالأمر "
     "[[address:عمارة 7، شقة 14، زنقة ابن خلدون، حي المعاريف، الدار البيضاء]] على متن سيارة "
     "داسيا لوغان تحمل لوحة الترقيم [[plate:73905-و-26]]. وفي الساعة 08:15 التقى بسائق شاحنة "
     "ترقيمها [[plate:6118-د-1]]."),
    ("MA", "MA",
     "تصريح بالاشتباه: أودع الزبون، الحامل للبطاقة الوطنية رقم [[national_id:BE834512]] "
     "والمزداد بتاريخ [[dob:15 مارس 1985]]، مبلغ 480.000 درهم نقدا في الحساب "
     "[[account:050 752 4860335471423875 15]] ثم حوّله إلى "
     "[[iban:AE39 0313 0133 2841 1960 123]]."),
    ("MA", "MA",
     "تفريغ مكالمة على الرقم [[phone:٠٦٦١٧٣٢٠٤٥]]: يطلب المتصل تحويل «الباقي» إلى الحساب "
     "[[account:007816518296591119983721]] ويعطي رقما آخر هو [[phone:0522-48-31-07]]."),
    ("EG", "EG",
     "محضر ضبط: المتهم [[person:محمود سعيد عبد الغني]]، رقم قومي "
     "[[national_id:29006030163733]]، مواليد [[dob:3 يونيو 1990]]، مقيم "
     "[[address:١٤ شارع الطيران، مدينة نصر، القاهرة]]، وحسابه البنكي "
     "[[account:١٠٢٠٣٠٤٧٥٨١٩٢]]."),
    ("EG", "EG",
     "البلاغ مقدم من السيدة [[person:هالة فتحي منصور]]، الرقم القومي "
     "[[national_id:٢٨٥٠٣١٥٢١٨١٧٨٤]]، وتفيد بأنها حوّلت 45 ألف جنيه إلى الحساب "
     "[[account:١٠٠٣٢٠٤٧١٨٥٩٦٠٤]] بعد اتصال من الرقم [[phone:0100 573 7193]]."),
    (None, "MA",
     "يفيد الإنتربول بأن الرقم [[phone:+216 98 736 137]] يستعمله مواطن تونسي يحمل جواز السفر "
     "[[passport:Q740915]] ويحوّل الأموال إلى الحساب [[account:92 701 5496272494623 32]]."),
    ("MA", "MA",
     "تتواصل الشبكة عبر البريد [[email:rahal.transport[at]gmail.com]] والرقم "
     "[[phone:۰۶۷۱۸۳۲۹۰۴]]، وتُسلَّم البضائع في "
     "[[address:زنقة 12، رقم 9، الحي الصناعي سيدي البرنوصي، الدار البيضاء]]."),
    ("EG", "EG",
     "رصدت الكاميرا السيارة [[plate:ن ص د ٧٤٢١]] في الساعة 23:15 أمام "
     "[[address:شقة ٧، الدور الثالث، ٢٢ شارع الهرم، الجيزة]]، ثم سيارة ثانية "
     "[[plate:ط ر ٣٨١٥]]."),
    ("JO", "JO",
     "يقيم المشتبه به في "
     "[[address:عمّان، جبل الحسين، شارع خالد بن الوليد، بناية 18، شقة 5]] ويستخدم الرقم "
     "[[phone:079 801 1307]] وسيارة تحمل الرقم [[plate:23-71904]]، ويودع أمواله في الحساب "
     "[[account:0113-704892-501]]."),
    ("MA", "MA",
     "عنوان التبليغ:\n[[address:زنقة الأطلس رقم 23\nحي الرياض، الرباط]]\n"
     "رقم البطاقة الوطنية: [[national_id:AB 417302]]."),
    ("MA", "MA",
     "يقيم المشتبه فيه ب[[address:شارع محمد الخامس رقم 112، فاس]] ويتنقل بسيارة تحمل "
     "الترقيم [[plate:29047-هـ-33]]."),
    ("AE", "AE",
     "بلاغ من وحدة المعلومات المالية: العميل، جواز سفر مصري رقم [[passport:A27419306]]، يقيم "
     "في [[address:فيلا 27، شارع 14، الجميرا 2، دبي]]، هاتفه [[phone:050 731 2284]]، ويستقبل "
     "تحويلات من [[iban:EG63 5415 4113 0221 7089 0348 7556 3]]."),
    ("EG", "EG",
     "ضُبط المدعو [[person:كريم عادل الشناوي]] بمطار القاهرة وبحوزته جواز سفر رقم "
     "[[passport:A31907724]] وبطاقة رقم قومي [[national_id:٢٧٩١٢٠٢٠٢٤٦٦١٦]]."),
    (None, "MA",
     "أمرت النيابة العامة بتجميد الحساب [[account:٢٣٠ ٢٧٢ ٨٥٣٠٨٩٥٤٠١٢٥٧٠١٥ ٨٥]] في إطار "
     "الملف عدد 1187/2610/2023، والمبلغ المجمد 1.250.000 درهم."),
    ("MA", "MA",
     "المعني بالأمر مقيم بإسبانيا، يحمل بطاقة الإقامة [[national_id:X0777980M]] وجواز سفر "
     "مغربيا رقمه [[passport:TK9307415]]، ويملك سيارة بلوحة إسبانية [[plate:4721 LDB]]."),
    ("TN", "TN",
     "شوهدت السيارة [[plate:184 تونس 7302]] أمام مقر شركة يديرها شخص يقطن "
     "[[address:نهج ابن خلدون عدد 17، تونس]]، ويتلقى تحويلات على "
     "[[iban:TN89 5775 8198 1482 3598 7376]]."),
    ("EG", "EG",
     "المتهم من مواليد [[dob:٢٧/٠٩/٢٠٠١]]، رقمه القومي [[national_id:30109271329236]]، "
     "ورُصدت تحويلات إلى حسابه [[account:4510 2378 9013 62]] بقيمة 210 آلاف جنيه."),
    ("JO", "JO",
     "المشتبه به من مواليد [[dob:12 آذار 1979]]، يحمل جواز السفر [[passport:R739041]] "
     "والهاتف [[phone:+962 77 731 4062]]، ويحوّل الأموال إلى "
     "[[iban:JO48 CBJO 1401 8639 7723 9095 3030 91]]."),
    ("MA", "MA",
     "دخلت سيارة فرنسية [[plate:FG-847-TK]] إلى ميناء طنجة المتوسط يقودها شخص يحمل البطاقة "
     "الوطنية [[national_id:J582103]]، وتتبعها سيارة مغربية [[plate:51274-ب-6]]."),
    (None, "EG",
     "طلب تعاون من الشرطة الفرنسية بشأن مصري مقيم في باريس، رقم ضمانه الاجتماعي "
     "[[national_id:1 88 03 93 499 529 83]] وبريده الإلكتروني "
     "[[email:hany.trading(at)hotmail.fr]]."),
    (None, "MA",
     "رصدت الوحدة تحويلات من [[iban:MA04 3644 6908 7406 7574 7428\n3096]] إلى "
     "[[iban:sa82 6385 7744 8226 3916 3131]] خلال شهر ماي."),
    ("EG", "EG",
     "ضبطت الدورية سيارة ربع نقل تحمل اللوحة [[plate:س ع ط 6835]] أمام "
     "[[address:عقار رقم 9، شارع 26 يوليو، الزمالك، القاهرة]] في الساعة الثانية فجرا."),
    (None, "AE",
     "الحساب رقم [[account:1012 7799 1730 5]] لدى بنك في الشارقة تلقى 37 إيداعا نقديا خلال "
     "مارس، وصاحبه يستخدم الرقم [[phone:055 408 1937]]."),
    ("MA", "MA",
     "المعني بالأمر، المزداد بتاريخ [[dob:1991-07-04]]، بطاقته الوطنية "
     "[[national_id:EE 730418]] وجواز سفره [[passport:UZ5183027]]، يقطن "
     "[[address:حي السلام، بلوك 12، رقم 48، مكناس]]."),
    (None, "MA",
     "يُطلب التحقق من صاحب الحساب [[account:011 663 7364883769231155 46]] ومن صاحب الرقم "
     "[[phone:06 70 41\n38 92]] الواردين في الفاتورة رقم 3391."),
]


# --- checks ----------------------------------------------------------------------------------

# Schemes that only check a format.  An all-digit identifier must pass one of the others (the
# Egyptian national number counts among those: it is checked by its embedded birth date).
FORMAT_ONLY = {"NINO", "Moroccan CIN", "Greek identity card", "German identity card"}
AT_WORDS = r"at|małpa|arobase|arroba|собака|ät"
DOT_WORDS = r"dot|kropka|point|punto|punkt|точка"


def ascii_digits(value: str) -> str:
    """Arabic-Indic and Persian digits read as ASCII digits; other characters kept."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in value)


def read_email(value: str) -> str:
    """Read back an obfuscated address: ``a.b (at) c [dot] de``, ``a at c dot de``."""
    value = re.sub(rf"\s*[(\[{{]\s*(?:{AT_WORDS})\s*[)\]}}]\s*", "@", value, flags=re.I)
    value = re.sub(rf"\s*[(\[{{]\s*(?:{DOT_WORDS}|\.)\s*[)\]}}]\s*", ".", value, flags=re.I)
    value = re.sub(rf"\s+(?:{AT_WORDS})\s+", "@", value, flags=re.I)
    return re.sub(rf"\s+(?:{DOT_WORDS})\s+", ".", value, flags=re.I)


def _mod97_key_ok(digits: str) -> bool:
    """French/Moroccan/Tunisian style RIB key: the whole number is 0 modulo 97."""
    return int(digits) % 97 == 0


def _fr_rib_ok(digits: str) -> bool:
    bank, branch, account, key = digits[:5], digits[5:10], digits[10:21], digits[21:]
    return (89 * int(bank) + 15 * int(branch) + 3 * int(account) + int(key)) % 97 == 0


def _es_ccc_ok(digits: str) -> bool:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def control(part: str) -> int:
        rest = 11 - sum(int(d) * w for d, w in zip(part.rjust(10, "0"), weights,
                                                    strict=True)) % 11
        return {10: 1, 11: 0}.get(rest, rest)

    return digits[8:10] == f"{control(digits[:8])}{control(digits[10:])}"


def _pl_nrb_ok(digits: str) -> bool:
    try:
        schwifty.IBAN("PL" + digits)
    except ValueError:
        return False
    return True


def account_ok(value: str) -> bool:
    """A bank account number other than an IBAN, by its shape and, where the scheme has one,
    its national check."""
    value = ascii_digits(value)
    digits = re.sub(r"\D", "", value)
    if re.search(r"[A-Za-zÀ-ÿ]{2,}", value):  # bank code and account number joined by a label
        return len(re.findall(r"\d[\d .-]*\d", value)) == 2 and 9 <= len(digits) <= 20
    if len(digits) == 23:
        return _fr_rib_ok(digits)
    if len(digits) == 24:
        return _mod97_key_ok(digits)  # Moroccan RIB
    if len(digits) == 26:
        return _pl_nrb_ok(digits)
    if len(digits) == 20:  # Spanish CCC, Russian account (408…, 407…, 423…) or Tunisian RIB
        return _es_ccc_ok(digits) or digits[:3] in {"408", "407", "423", "405", "406"} or (
            _mod97_key_ok(digits))
    return 8 <= len(digits) <= 19


def check_ids_span(ident: str, kind: str, value: str, region: str) -> None:
    assert value and value == value.strip(), (ident, value)
    assert value[0] not in EDGE_BAD and value[-1] not in EDGE_BAD, (ident, value)
    readable = value
    if kind == "phone":
        readable = re.sub(r"\s*\n\s*", " ", value)
    elif kind == "email":
        readable = read_email(value)
    elif kind == "iban":
        readable = re.sub(r"\s+", " ", value)
    elif kind == "national_id":
        readable = ascii_digits(value)  # build_dev's Egyptian check reads ASCII digits only
    check_span(ident, kind, readable, region)
    # build_dev's edge check lets Arabic and other punctuation through; this one does not
    assert unicodedata.category(value[0])[0] != "P", (ident, value)
    assert unicodedata.category(value[-1])[0] != "P" or (
        kind == "person" and value.endswith(".")), (ident, value)
    if kind == "national_id":
        compact = re.sub(r"[\s./-]", "", ascii_digits(value))
        if compact.isdigit():
            assert any(check(compact) for name, check in NATIONAL_ID_CHECKS
                       if name not in FORMAT_ONLY), (ident, value)
    elif kind == "account":
        assert account_ok(value), (ident, value)


def build_record(ident: str, language: str, country: str | None, agency: str,
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
    assert "[[" not in text and "]]" not in text, ident
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"], (ident, span)
        check_ids_span(ident, span["kind"], span["text"], country or agency)
    assert dominant_script(text) == SCRIPT_OF[language], (ident, dominant_script(text))
    assert 1 <= count_sentences(text) <= 4, (ident, count_sentences(text))
    return {"id": ident, "language": language, "country": country, "agency_country": agency,
            "text": text, "spans": spans}


def build() -> list[dict]:
    records = []
    for language in LANGUAGES:
        rows = RECORDS[language]
        assert len(rows) == PER_LANGUAGE, (language, len(rows))
        for n, (country, agency, marked) in enumerate(rows, start=1):
            assert agency, (language, n)
            records.append(build_record(f"i-{language}-{n:02d}", language, country, agency,
                                        marked))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
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
