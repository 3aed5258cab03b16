# ruff: noqa: E501  (the texts are documents: their lines are data, kept as written)
"""Build ids_dev6.jsonl: a development set for the redaction detectors, written apart from them.

Texts hold their labels inline as ``[[kind:text]]``; ``[[kind/check:text]]`` names the checksum
or shape check of an account or national ID (see markup_checks.py). This set adds national IDs
that markup_checks.py does not know (Italian codice fiscale, Portuguese NIF, Dutch BSN, Romanian
CNP, Ukrainian ІПН, Kazakh IIN; by shape only the French ID card and the Jordanian national
number); their checks are defined here and tried before the shared ones, and ``mrz_td1`` makes
ID-card MRZ lines. Running this script checks every value and rewrites ids_dev6.jsonl. See
IDS_DEV6.md.
"""

import re
from pathlib import Path

import markup_checks
from markup_checks import build, mrz_td3, table, write
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp
from stdnum.ua import rntrc

HERE = Path(__file__).resolve().parent


def _kz_iin(digits: str) -> bool:
    """Kazakh IIN: 12 digits, the last a mod-11 check with a second weight row when the first gives 10."""
    if not re.fullmatch(r"\d{12}", digits):
        return False
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        check = sum(int(d) * w for d, w in zip(digits[:11], weights, strict=True)) % 11
        if check < 10:
            return check == int(digits[11])
    return False


EXTRA_NATIONAL_IDS = {
    "cf": lambda c: codicefiscale.is_valid(c),
    "ptnif": lambda c: pt_nif.is_valid(c),
    "bsn": lambda c: bsn.is_valid(c),
    "cnp": lambda c: cnp.is_valid(c),
    "ipn": lambda c: rntrc.is_valid(c),
    "iin": _kz_iin,
    "jonn": lambda c: re.fullmatch(r"\d{10}", c) is not None,
    "frcni": lambda c: re.fullmatch(r"[A-Z0-9]{9}|\d{12}", c) is not None,
}
_shared_national_id = markup_checks.check_national_id


def check_national_id(value: str, check: str | None) -> None:
    """The checks of this set's extra national IDs, then the shared ones."""
    if check in EXTRA_NATIONAL_IDS:
        assert EXTRA_NATIONAL_IDS[check](re.sub(r"[\s\-./]", "", value).upper()), value
    else:
        _shared_national_id(value, check)


# check_value looks the function up in its module, so the extra checks are installed there.
markup_checks.check_national_id = check_national_id


def mrz_td1(issuer: str, number: str, check: str, birth: str, sex: str, expiry: str,
            nationality: str, surname: str, given: str) -> str:
    """Three MRZ lines of an ID card (TD1), with markup on the number, birth date and name."""
    digit = markup_checks._mrz_digit
    num = number.ljust(9, "<")
    line1 = f"I<{issuer}{num}{digit(num)}" + "<" * 15
    line2 = f"{birth}{digit(birth)}{sex}{expiry}{digit(expiry)}{nationality}" + "<" * 11
    line2 += digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    name = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    return (f"I<{issuer}[[national_id/{check}:{number}]]{line1[5 + len(number):]}\n"
            f"[[dob:{birth}]]{line2[6:]}\n[[person:{name}]]{'<' * (30 - len(name))}")


EN = [
("en", "GB", "GB", """WITNESS STATEMENT (CJ Act 1967, s.9; MC Rules 1981, r.70)
Statement of: [[person:Rowena Alcott-Pyne]]    Age if under 18: over 18    Occupation: pharmacist
Address: [[address:Flat 3B, Harrow Court, 27 Wellesley Road, Croydon CR0 2AD]]
Tel: [[phone:07912 483106]]   e-mail: [[email:r.alcottpyne@fastmail.co.uk]]
DOB [[dob:03/11/1984]]   NI no. [[national_id/nino:JT 48 21 90 B]]

On the evening of 14 March I saw a dark grey Audi, reg [[plate:LD19 XKW]], parked across the
entrance. The driver, whom I now know as [[person:Callum Brierley]], spoke to a second man I
later picked out as [[person:Tomasz Wierzbowski]]. [[person:Brierley]]'s van (a white Transit,
[[plate:KX67UHB]]) was there too. The van had been seen the week before with a false plate
reading [[plate:BV 07 NNR]]."""),
("en", "GB", "GB", """NATWEST - BANK STATEMENT                                   Page 2 of 3
MS [[person:PRIYA KAUR-SANDHU]]
[[address:42 Moorfield Avenue
Great Barr
Birmingham
B43 6PL]]
Sort Code: [[account/ukac:60-16-13]]    Account Number: [[account/ukac:74568536]]
IBAN: [[iban:GB38 NWBK 6016 1374 5685 36]]
Date      Type  Description                                   Out        In
02 Oct    BP    [[person:OLUWASEUN ADEBAYO]]  REF LOAN                   1,500.00
04 Oct    FP    TO [[account/ukac:20-45-17]] [[account/ukac:58427105]] [[person:D HAYWARD]]   640.00
11 Oct    BAC   FROM [[iban:ie21 aibk 9311 5240 4778 59]]                      2,000.00
19 Oct    DD    COUNCIL TAX 4471802                             161.00"""),
("en", None, "GB", """ocr_0923_scan.txt -- passport data page (Republic of Ireland), low contrast
Passport / Pas  No./Uimh. [[passport:PB4829173]]
Surname / Sloinne
[[person:Ó DONNCHADHA]]
Forename(s) / Réamhainm(neacha)
[[person:AOIFE MÁIRE]]
Date of birth / Dáta breithe
[[dob:21 FEB/FEABH 1993]]
Place of birth  CORK
""" + mrz_td3("P", "IRL", "O DONNCHADHA", "AOIFE MAIRE", "PB4829173", "IRL",
                "930221", "F", "310408") + """
attached note: holder also presented UK licence, address on licence
[[address:14 Glenview Park, Ballincollig, Co. Cork, P31 X2E7]]"""),
("en", "GB", "NL", """SANCTIONS NOTICE - ANNEX I (extract)
47. [[person:VOLKOV, Arseniy Pavlovich]] (a.k.a. [[person:VOLKOFF, Arsene]]); DOB [[dob:12MAR85]]; alt. DOB [[dob:1985-03-12]]; POB Rostov-on-Don; nationality Russia; Passport No [[passport:72 6194402]] (Russia); alt. Passport No [[passport:C7K3M9X2]] (Cyprus); National ID No. [[national_id/inn:207542545531]] (tax ID, Russia); address: [[address:Apartment 1204, Marina Tower, Dubai Marina, PO Box 48211, Dubai]]; (individual) [ID: RU-4471]
48. [[person:AL-SHAMMARI, Faisal bin Turki]]; DOB circa [[dob:1979]]; Saudi ID No. [[national_id/saudi:1404872713]]; Passport [[passport:R482913]] (Saudi Arabia); [[address:P.O. Box 23419, Jeddah 21426]]"""),
("en", None, "GB", """typed note DC 4471 - dont forget!!
spoke to [[person:gary mcinally]] again re the merc ([[plate:MA15 OPV]]?? or [[plate:MA 15 0PV]] - he wasnt sure)
his mrs is [[person:sharon mcinally]] nee [[person:Doyle]], b. [[dob:4.7.81]], mob [[phone:07459-218-330]]
they moved to [[address:17a Kestrel Close, Ramsgate, CT12 6NF]] in the spring
also check the french car seen at the lay-by, plate [[plate:GH 482 KT]] - could be [[plate:GH-482-KT]]
his email [[email:gmac81 at hotmail dot co dot uk]]
his NI [[national_id/nino:nz610347a]] (from old DWP letter)"""),
("en", "IE", "GB", """CUSTOMS & EXCISE - SEIZURE RECORD           Form C156
Port: Holyhead   Date: 09/09/2026   Seizure ref: HOL/26/0442
Driver: [[person:Declan FARRELLY]]   born [[dob:1979]]   Irish passport [[passport:PC 1048826]]
Address: [[address:Unit 6, Greenogue Business Park, Rathcoole, Co. Dublin, D24 YX42]]
Phone given: [[phone:+353 87 418 2290]]
Tractor unit [[plate:191-D-48213]]   Trailer [[plate:C 44217]]
Co-driver: [[person:Marek Szostak]], DOB [[dob:19-08-1990]], Polish ID card [[national_id/plid:EMU 112271]]
Consignor: Castletown Freight Ltd, e-mail [[email:dispatch@castletownfreight.ie]]
Goods: 412,000 cigarettes (undeclared), held in bay 7."""),
("en", None, "GB", """INTERCEPT LOG  Op. HAWTHORN   Line 3 (target: [[person:Ravi PATEL-JONES]])
Time   Dir  Other party            Summary
09:14  OUT  [[phone:+44 20 7946 1187]]        Asks for Kemal. Says car [[plate:WR70 FZB]] needs new plates.
09:31  IN   [[phone:00 33 6 12 48 90 37]]     Male, French, calls himself [[person:Lucien Marchetti]]. Gives
                                     RIB [[account/rib:20041 01005 28804072386 86]] for the deposit.
10:02  OUT  [[phone:(0161) 496 0231]]         [[person:PATEL-JONES]] reads out an address: [[address:Flat 9, 3 Chorlton
                                     Street, Manchester M1 3HU]]
10:40  IN   withheld                 Unknown male, talks about "the Belgian" and the
                                     number [[national_id/benn:79.05.03-586.48]]."""),
("en", None, "GB", """HOTEL REGISTRATION CARD - The Granary Hotel, York
Surname: [[person:MOREIRA DA SILVA]]     First name(s): [[person:Joana Beatriz]]
Nationality: Portuguese     Date of birth: [[dob:7th June 1988]]
Passport / ID no.: [[passport:CB482193]]     NIF: [[national_id/ptnif:234 709 693]]
Home address: [[address:Rua de Santa Catarina 412, 3.º Esq., 4000-447 Porto, Portugal]]
Car registration: [[plate:47-TB-82]]
Accompanied by: [[person:Rui Alves]], born [[dob:1986-01-30]]
Email [[email:joana.moreira.silva@sapo.pt]]   Mobile [[phone:+351 912 408 377]]"""),
("en", "GB", "GB", """IN THE CROWN COURT AT SNARESBROOK                     Case No: T20267741
THE KING
-v-
[[person:ALEKSANDER NOWAK-BRZEZINSKI]] (DOB [[dob:14.02.1991]])
[[person:KWAME ASANTE-BOATENG]] (DOB [[dob:30 Sept 1987]])
Before HHJ [[person:Marguerite Ellison]]
Counsel for the Crown: Mr [[person:D. Okafor]]
Defendant 1 of [[address:96 Barking Road, London E6 1PW]]; Defendant 2 of no fixed abode.
Exhibit DW/3: Italian residence card of a third party, [[person:Stefania Gallo]], codice fiscale
[[national_id/cf:RSS MRC 85C12 F205O]]; Dutch BSN [[national_id/bsn:139842974]] on a payslip of [[person:Joost van Leeuwen]]."""),
]

FR = [
("fr", "FR", "FR", """PROCÈS-VERBAL D'AUDITION DE TÉMOIN
L'an deux mille vingt-six, le quatorze octobre, devant nous, OPJ, comparaît :
Mme [[person:Ghislaine FOURCADE-LAMBERT]], née le [[dob:3 mai 1979]] à Pau (64),
demeurant [[address:12, rue des Lilas, bât. B, 3e étage, 69003 Lyon]],
tél. [[phone:06 12 48 90 37]], NIR [[national_id/nir:1 66 03 13 685 914 72]] (celui de son époux [[person:Thierry Lambert]]).
Elle déclare : « Le véhicule immatriculé [[plate:GH-482-KT]] stationnait devant chez moi. Un second
véhicule, une ancienne plaque [[plate:4471 TV 69]], est passé deux fois. Le conducteur, un certain
[[person:Karim Bensaïd]], m'a laissé son numéro, le [[phone:07.58.41.22.90]]. »"""),
("fr", "FR", "FR", """RELEVÉ D'IDENTITÉ BANCAIRE
Titulaire : M. OU MME [[person:VIDAL-ESTÈVE JEAN-BAPTISTE]]
[[address:Résidence Les Pins, Bât. C, Esc. 2
45 avenue du Maréchal Foch
06000 NICE]]
Code banque   Code guichet   N° de compte    Clé RIB
[[account/rib:30004         00817          45333147893     79]]
RIB : [[account/rib:30004 00817 45333147893 79]]
IBAN : [[iban:FR76 3000 4008 1745 3331 4789 379]]
BIC : BNPAFRPPXXX
Domiciliation : BNP PARIBAS NICE MASSENA"""),
("fr", None, "FR", """scan_cni_0311.txt (carte nationale d'identité, modèle 2021, OCR)
RÉPUBLIQUE FRANÇAISE   CARTE NATIONALE D'IDENTITÉ
N° du document : [[national_id/frcni:X4RTBPFW4]]
Nom / Surname : [[person:DELACROIX]]
Nom d'usage : ép. [[person:MARCHAND]]
Prénoms / Given names : [[person:Élodie, Anne, Claire]]
Sexe : F   Nationalité : FRA
Date de naiss. / Date of birth : [[dob:17 08 1992]]
Lieu de naissance : ROUBAIX
passeport présenté en même temps :
""" + mrz_td3("P", "FRA", "DELACROIX", "ELODIE ANNE CLAIRE", "19AV48213", "FRA",
                "920817", "F", "320115")),
("fr", "BE", "FR", """Police fédérale belge — fiche de signalement (extrait)
Nom : [[person:VAN DAMME, Sébastien]]     Né le : [[dob:22/07/90]]
Numéro de registre national : [[national_id/benn:90072210609]]
Domicile : [[address:Rue Royale 214 bte 3, 1000 Bruxelles]]
Véhicule : Peugeot 508 immatriculée [[plate:1-HKR-482]] ; ancienne plaque [[plate:TZX-418]]
GSM : [[phone:+32 475 21 88 04]]   Courriel : [[email:seb.vandamme arobase skynet point be]]
Compte : [[iban:BE96 1267 4538 0305]]
Complice présumé : [[person:Nordine el Ouazzani]], dit « Nono », né en [[dob:1987]]."""),
("fr", "CH", "FR", """Canton de Genève — Office cantonal de la population
Attestation de domicile pour Mme [[person:Léa ROCHAT-BERTHOLET]], née le [[dob:1er avril 1990]],
domiciliée [[address:chemin des Crêts-de-Champel 8, 1206 Genève]]
Véhicule : VW Golf, plaques [[plate:GE 482917]]
Compte postal : [[account/chpost:12-643131-8]]   IBAN : [[iban:CH54 0076 2189 5885 3630 9]]
Tél. : [[phone:+41 22 318 44 07]]
Contact en France : [[person:Olivier Bertholet]], [[address:4 place du Marché, 74100 Annemasse]]"""),
("fr", None, "FR", """note manuscrite retapée — brigade des stups, ne pas diffuser tel quel
le gars c'est [[person:yanis ferhat]] (né le [[dob:14/2/1996]]?) habite chez sa mère [[person:Fadila Ferhat]]
adresse : [[address:23 bd de la Libération, esc. A, apt 112, 13001 Marseille]]
il roule en clio [[plate:fk 418 ms]] ou la moto [[plate:AB-123-CD]] (fausse plaque ??)
son 06 : [[phone:0612489037]]... non c'est [[phone:06 13 48 90 37]]
mail : [[email:yanis.f13 (arobase) gmail (point) com]]
numéro sécu trouvé sur une fiche de paie : [[national_id/nir:178115912693188]]"""),
("fr", "FR", "FR", """DOUANE — PROCÈS-VERBAL DE SAISIE n° 2026/0881
Le sieur [[person:Abdelhak MANSOURI]], né le [[dob:09.12.1983]] à Oujda (Maroc), titulaire de la CIN
marocaine [[national_id/cin:BE784512]] et du passeport [[passport:UZ4829173]], demeurant
[[address:BP 4471, 20250 Casablanca]] et en France [[address:7 impasse des Tisserands, 59100 Roubaix]],
conducteur du camion immatriculé [[plate:EF-209-QA]] (semi-remorque [[plate:ZR-33-LK]]),
tél. [[phone:+212 6 61 48 22 09]], déclare transporter des pièces automobiles.
Le RIB présenté : [[account/rib:10278 06039 25511848733 32]]."""),
("fr", "FR", "FR", """TRIBUNAL JUDICIAIRE DE LILLE — JUGEMENT CORRECTIONNEL
Prévenu : [[person:LECLERCQ Maxime Jean-Pierre]], né le [[dob:23 juin 1985]],
demeurant [[address:114 rue Nationale, 59000 Lille]]
Partie civile : Mme [[person:Irène Dufresnoy]], représentée par Me [[person:Paul-Henri Caron]]
Le tribunal relève que le véhicule de location [[plate:GA 071 WR]] a été restitué par M. [[person:Leclercq]]
le 2 février ; contrat souscrit avec la carte d'un tiers, [[person:Édouard Pinson]], né en [[dob:1961]]."""),
("fr", None, "FR", """JOURNAL D'ÉCOUTES — ligne 06 22 ** ** ** (cible : [[person:ROMERO Inès]])
Date/heure        Sens   Correspondant             Résumé
12/05 08:02       S      [[phone:+33 1 42 68 53 00]]       Demande à parler à M. [[person:Garnier]].
12/05 11:15       E      [[phone:+34 612 48 90 37]]        Espagnol, se présente comme [[person:Javier Ortuño]]. Donne
                                                 une adresse : [[address:Calle Mayor 14, 3º 2ª, 28013 Madrid]]
12/05 11:40       S      [[phone:06 98 41 22 35]]          Évoque la plaque espagnole [[plate:4821 KLB]] et un
                                                 passeport [[passport:PAF482193]] « au nom de la cousine ».""" ),
]

DE = [
("de", "DE", "DE", """Polizeipräsidium München — Zeugenvernehmung
Zur Person: [[person:Schwarzenberger, Ludmilla Johanna]], geb. am [[dob:12.03.1985]] in Rosenheim,
wohnhaft [[address:Lindwurmstr. 118, 3. OG links, 80337 München]],
Tel. [[phone:0171 4829130]], Steuer-ID [[national_id/steuerid:21 739 680 471]].
Zur Sache: Der Pkw mit dem amtlichen Kennzeichen [[plate:M-AB 1234]] stand zwei Tage vor dem Haus.
Am Steuer saß ein Mann, den ich als Herrn [[person:Detlef Kranzbichler]] kenne. [[person:Kranzbichlers]]
Freundin fährt einen Elektro-Smart mit dem Kennzeichen [[plate:B MW 1234E]]. Einmal kam ein
Transporter aus Hamburg, Kennzeichen [[plate:HH XY 987]], dazu."""),
("de", "DE", "DE", """Sparkasse KölnBonn — Kontoauszug Nr. 10/2026
[[person:Gül Yıldırım-Hoffmann]]
[[address:Venloer Straße 341
50825 Köln]]
Konto [[account/konto:0842412140]]   BLZ [[account/blz:37040044]]
IBAN [[iban:DE29 3704 0044 0842 4121 40]]
Buchungstag  Vorgang                                           Betrag EUR
01.10.       Gutschrift [[person:SCHULTE-VOGELSANG, HANNES]]            +1.250,00
05.10.       Überweisung an [[person:A. Kowalczyk]] Konto [[account/blzkonto:1442737783/70150000]]   -380,00
09.10.       SEPA-Lastschrift Stadtwerke Köln Kd-Nr. 4471830          -96,40
14.10.       Überweisung [[iban:at62 2011 1991 1482 5834]] Mag. [[person:Reinhold Pfeifer]]   -2.000,00"""),
("de", None, "DE", """OCR-Auszug Personalausweis (Rückseite) + Reisepass, Qualität mäßig
Nachname: [[person:VON DER HEYDE]]   Vornamen: [[person:KONRAD MAXIMILIAN]]
Geburtstag: [[dob:04.11.1977]]   Geburtsort: KASSEL
Ausweisnummer: [[national_id/deid:L01X00T47]]
Anschrift: [[address:KÖNIGSTOR 41
34117 KASSEL]]
""" + mrz_td3("P", "D<<", "VON DER HEYDE", "KONRAD MAXIMILIAN", "C4J7R2X91", "D<<",
                "771104", "M", "330620")),
("de", "AT", "DE", """Landespolizeidirektion Wien — Anzeige (Auszug)
Beschuldigter: Mag. [[person:Wolfgang HÜTTENBRENNER]], geb. [[dob:3. Mai 1979]]
Wohnadresse: [[address:Mariahilfer Straße 88/2/14, 1070 Wien]]
Fahrzeug: Audi A6, Kennzeichen [[plate:W-48213 K]]; Zweitfahrzeug [[plate:GU 471 BL]]
Tel.: [[phone:+43 664 218 4477]]; E-Mail: [[email:w.huettenbrenner(at)aon(punkt)at]]
Konto: [[iban:AT43 1900 1848 6746 5130]]
Zeugin: [[person:Ilse Pammer-Wieser]], geb. [[dob:27.1.1956]]"""),
("de", "CH", "DE", """Kantonspolizei Zürich — Halterabfrage / Rapport
Halter: [[person:Brunner-Käser, Urs]], *[[dob:14.06.1969]]
[[address:Seefeldstrasse 212, Postfach 4471, 8008 Zürich]]
Kontrollschild [[plate:ZH 123456]]; Anhänger [[plate:ZH 48213 U]]
Zweites Fahrzeug (Wohnsitz Kanton Aargau): [[plate:AG 7714]]
Postkonto [[account/chpost:80-146131-0]]; Mobile [[phone:079 418 22 07]]
Mitfahrer: [[person:Reto Caflisch]], deutsche Steuer-ID [[national_id/steuerid:89161450721]]"""),
("de", None, "DE", """handschriftl. Notiz KOK [[person:Berger]], abgetippt — ungeprüft!
[[person:dragan petrovic]] (geb. ca. [[dob:1982]]) fährt jetzt [[plate:DU-KP 482]] oder [[plate:DUKP482]]?
wohnt bei der schwester [[person:Jasmina Petrović]], [[address:Duisburger Str. 7, Hinterhaus 2. Stock, 47166 Duisburg]]
handy [[phone:0152/29481733]] — mail [[email:d.petrovic82 at gmx punkt de]]
serbischer pass [[passport:012482917]], ausweis von der schwester: [[national_id/deid:T22000129]]
geld läuft über Konto [[account/konto:4957006030]] bei der BLZ [[account/blz:10050000]]"""),
("de", "DE", "DE", """Hauptzollamt Frankfurt (Oder) — Sicherstellungsprotokoll
Kontrollort: BAB 12, Grenzübergang Świecko
Fahrer: [[person:Krzysztof ZAWADZKI]], geb. [[dob:21.05.92]], PESEL [[national_id/pesel:92052109547]]
poln. Personalausweis [[national_id/plid:FRR971880]], wohnhaft [[address:ul. Długa 14 m. 7, 66-400 Gorzów Wielkopolski]]
Zugmaschine [[plate:FG 48213]], Auflieger [[plate:FG 1AB23]]
Beifahrer: [[person:Witalij Hrytsenko]], ukr. Reisepass [[passport:FT482917]], ІПН [[national_id/ipn:1408461489]]
Sichergestellt: 38 kg Kokain; Halter lt. Fahrzeugschein: [[person:Zawadzka, Bożena]]
Kontakt Spedition: [[phone:+48 95 720 44 81]]"""),
("de", "DE", "NL", """Amtsgericht Berlin-Tiergarten — Urteil (Rubrum)
In der Strafsache gegen
1. [[person:Ahmet Kılıçaslan]], geboren am [[dob:2. Februar 1988]] in Gaziantep, wohnhaft [[address:Sonnenallee 142, Vorderhaus 4. OG, 12059 Berlin]],
2. [[person:Nadine Fröhlich-Amsel]], geb. [[dob:1991-09-30]], ohne festen Wohnsitz,
Verteidiger: Rechtsanwalt Dr. [[person:Hinrich Lüttge]], [[address:Kurfürstendamm 56, 10707 Berlin]]
wegen Betruges u.a.
Beweismittel: Zahlungen von [[iban:DE38 5001 0517 9352 3740 15]] an [[iban:nl22abna0037580001]]; Fahrzeug [[plate:B-AK 4471]]
Kontakt der Geschädigten: [[phone:030 2345 6178]]."""),
("de", None, "DE", """Hotel Zur Post, Garmisch-Partenkirchen — Meldescheine Woche 41 (abgeschrieben)
Zi.  Name                         geb.          Staatsang.  Ausweis/Pass-Nr.      Kfz-Kennz.
12   [[person:Janssen, Pieter]]             [[dob:1983-04-17]]    NL          BSN [[national_id/bsn:524261015]]       [[plate:GX-482-K]]
14   [[person:Mertens, Lotte]]              [[dob:03/05/79]]      BE          [[national_id/benn:79.05.03-355.85]]     [[plate:2-ABC-417]]
21   [[person:Ferreira Lopes, Tiago]]       [[dob:5.1.1990]]      PT          NIF [[national_id/ptnif:286 822 164]]   [[plate:AA-12-BC]]
22   [[person:Dumitrescu, Andreea]]         [[dob:18 I 1992]]     RO          CNP [[national_id/cnp:2920118407431]]   [[plate:B 123 XYZ]]
Anschrift Zi. 12: [[address:Keizersgracht 214-III, 1016 DZ Amsterdam]]
Anschrift Zi. 22: [[address:Str. Mihai Eminescu nr. 44, bl. A2, sc. 1, et. 3, ap. 12, 020079 București]]
Deutscher Personalausweis eines Begleiters (OCR):
""" + mrz_td1("D<<", "LZ6311T47", "deid", "880212", "M", "331005", "D<<", "KRUEGER", "FELIX") + """
Rückfragen Rezeption: [[phone:08821 7082 44]]"""),
]

ES = [
("es", "ES", "ES", """DILIGENCIA DE DECLARACIÓN DE TESTIGO
En Málaga, siendo las 10:30 horas del día 3 de octubre, comparece Dña. [[person:Remedios Villalobos Cuesta]],
nacida el [[dob:12 de marzo de 1985]] en Ronda, con DNI [[national_id/dni:69217126-Y]], domiciliada en
[[address:C/ Cristo de la Epidemia, 41, 3º 2ª, 29013 Málaga]], teléfono [[phone:612 48 90 37]],
quien manifiesta: «El turismo con matrícula [[plate:4821 KLB]] estuvo aparcado frente al portal. Lo
conducía [[person:Eusebio Carmona]], alias "el Rubio", a quien conozco del barrio. Otro coche, con la
matrícula antigua [[plate:MA-4471-BX]], venía detrás.»"""),
("es", "ES", "ES", """BANCO — EXTRACTO DE CUENTA
Titular: [[person:GARCÍA-OLMEDO RUIZ, FRANCISCO JAVIER]]   NIF [[national_id/dni:80779334E]]
[[address:Avda. de la Constitución 22, bajo B
41004 Sevilla]]
CCC [[account/ccc:2100 4175 00 6973710792]]   IBAN [[iban:ES28 2100 4175 0069 7371 0792]]
Fecha     Concepto                                        Importe
02/09     Transferencia de [[person:M. Á. Serrano Pardo]] cta. [[account/ccc:0049-2833-91-0997779631]]   +3.400,00
06/09     Transf. a [[iban:es27 0182 6541 1932 8920 9921]] [[person:Yolanda Ibarra]]            -1.200,00
15/09     Bizum a [[phone:+34 699 41 82 20]]                              -60,00
21/09     Recibo comunidad propietarios ref. 2026/0914               -85,00"""),
("es", None, "ES", """escaneo_pasaporte_ES.txt (OCR, página de datos)
REINO DE ESPAÑA  PASAPORTE  Tipo P  Código ESP  Nº pasaporte [[passport:PAF482193]]
Apellidos / Surname
[[person:DE LA TORRE ARRIAGA]]
Nombre / Given names
[[person:MARÍA DEL PILAR]]
Fecha de nacimiento / Date of birth
[[dob:09 11 1974]]
DNI [[national_id/dni:82798680Z]]   Lugar de nacimiento BILBAO
""" + mrz_td3("P", "ESP", "DE LA TORRE ARRIAGA", "MARIA DEL PILAR", "PAF482193", "ESP",
                "741109", "F", "300503")),
("es", "ES", "ES", """ATESTADO — Guardia Civil, Puesto de Algeciras
Detenido: [[person:Hicham EL AMRANI]], nacido el [[dob:12-III-1989]] en Tetuán (Marruecos),
NIE [[national_id/nie:Y-4807622-S]], CIN marroquí [[national_id/cin:L 459812]], pasaporte [[passport:TZ7748213]],
con domicilio en [[address:Bda. La Piñera, bloque 4, portal 2, 1º C, 11207 Algeciras]]
Vehículo: furgoneta matrícula [[plate:1234-BCD]] con remolque [[plate:R-4471-BBC]]; turismo marroquí [[plate:48213-أ-6]]
Teléfonos intervenidos: [[phone:+212 661-482209]] y [[phone:956 63 44 71]]
Correo: [[email:hicham.amr (arroba) hotmail (punto) es]]"""),
("es", "MX", "ES", """FICHA DE COOPERACIÓN — Fiscalía General de la República (México), extracto
Nombre: [[person:Jesús Armando QUINTERO LEYVA]]   Fecha de nac.: [[dob:30/ENE/1982]]
Pasaporte mexicano: [[passport:G48213927]]
Domicilio: [[address:Calle Río Nazas 118, Int. 4, Col. Cuauhtémoc, C.P. 06500, Ciudad de México]]
Tel. [[phone:+52 55 4821 3390]]   Placas [[plate:MXB-482-A]]
Contacto en España: [[person:Nuria Quintero Sanz]], NIE [[national_id/nie:X5240643R]], [[phone:0034 611 22 08 47]]"""),
("es", None, "ES", """notas a mano pasadas a ordenador, sin revisar
- el tal [[person:paco jimenez]] (nacio en el [[dob:83]]?) vive en [[address:c/ sol 7 4ºizq, 28012 madrid]]
- coche: seat leon [[plate:4471bcx]] / tb una moto [[plate:C-2291-BTR]] (matricula de ciclomotor)
- movil [[phone:622.41.88.09]] y el fijo de la madre [[person:Encarnación Jiménez]] [[phone:91 527 44 81]]
- su dni lo tengo a medias: [[national_id/dni:99436406T]] (comprobar)
- correo [[email:pacojimenez83 @ yahoo . es]]
- la novia [[person:Laura Ximénez]] es portuguesa, NIF [[national_id/ptnif:248979981]]"""),
("es", "ES", "ES", """AUDIENCIA PROVINCIAL DE BARCELONA — Sección 8ª
SENTENCIA Nº 412/2026
Acusados:
D. [[person:Oriol PUIGVERT i SALA]], mayor de edad, nacido el [[dob:04.07.1979]], con DNI [[national_id/dni:48213277-X]]
Dña. [[person:Ioana POPESCU]], nacida el [[dob:12/03/1985]], CNP rumano [[national_id/cnp:2850312227709]]
Domicilio del primero: [[address:Carrer de Mallorca, 214, 5è 1a, 08008 Barcelona]]
Ponente: Ilmo. Sr. [[person:Ramón Echevarría Goñi]]
Cuenta de consignaciones del acusado: [[iban:RO97 BTRL 5987 9297 7617 9078]]."""),
("es", None, "ES", """REGISTRO DE ESCUCHAS — Operación CORMORÁN — línea de [[person:SANTANA, Rubén]]
Fecha   Hora   Dir.  Interlocutor              Resumen
04/06   09:12  S     [[phone:+34 928 41 22 07]]        Pide hablar con el Canario. No está.
04/06   10:48  E     [[phone:+44 7412 482 206]]        Inglés, [[person:Stuart Hollis]]. Da su dirección en Tenerife:
                                           [[address:Urb. Las Américas, edif. Sol, apto. 304, 38660 Arona]]
04/06   13:20  S     [[phone:00 351 912 408 377]]      Menciona un coche portugués [[plate:AA-48-ZZ]] y el
                                           pasaporte [[passport:CB482193]] de Joana.
05/06   08:05  E     [[phone:628 11 47 90]]            [[person:SANTANA]] da una cuenta: [[account/ccc:0182 6541 19 3289209921]]"""),
("es", "ES", "ES", """ADUANA — ACTA DE APREHENSIÓN Nº 2026/0331, Puerto de Valencia
Conductor: [[person:Goran Stojanović]], n. [[dob:23.09.1977]], pasaporte serbio [[passport:010482913]]
Camión matrícula [[plate:BG 482-KT]] (Serbia), semirremolque [[plate:9921 BBK]]
Destinatario: [[person:Almudena Rico Pastor]], [[address:Polígono Fuente del Jarro, C/ Ciudad de Sevilla 36, nave 4, 46988 Paterna]]
Tel. destinatario [[phone:963 41 22 08]]; e-mail [[email:almudena.rico@ricologistica.es]]"""),
]

PL = [
("pl", "PL", "PL", """PROTOKÓŁ PRZESŁUCHANIA ŚWIADKA
[[person:Agnieszka Wróblewska-Kania]], ur. [[dob:12 marca 1985]] r. w Radomiu, PESEL [[national_id/pesel:85031207406]],
zam. [[address:ul. Marszałkowska 84/92 m. 117, 00-514 Warszawa]], tel. [[phone:601 482 913]]
Świadek zeznała: „Samochód o nr rej. [[plate:WA 12345]] stał pod blokiem od rana. Kierowcą był
[[person:Mariusz Głowacki]], którego znam z widzenia. Widziałam też [[person:Głowackiego]] w audi
na krakowskich numerach [[plate:KR 1AB23]] razem z [[person:Pawłem Sadowskim]].”"""),
("pl", "PL", "PL", """WYCIĄG Z RACHUNKU BANKOWEGO  nr 9/2026
Posiadacz: [[person:JANUSZ KRZYSZTOF DĄBROWSKI]]
[[address:os. Tysiąclecia 12/4
31-610 Kraków]]
Nr rachunku: [[account/nrb:07 1020 1026 6396 7955 7149 2325]]
Data       Opis operacji                                            Kwota
03.09      Przelew od: [[person:KAMIŃSKA EWA]] z rach. [[account/nrb:81114020044817510402174330]]    +2 500,00
08.09      Przelew do: [[person:Tadeusz Bąk]] [[iban:pl36 1050 0099 6507 9348 4507 1185]]              -740,00
12.09      BLIK na tel. [[phone:+48 512 408 377]]                             -150,00
20.09      Opłata za kartę                                                   -7,00"""),
("pl", None, "PL", """skan_dowodu_osobistego.txt (OCR, awers i rewers)
RZECZPOSPOLITA POLSKA  DOWÓD OSOBISTY
NAZWISKO / SURNAME  [[person:SZCZEPAŃSKA-NOWIK]]
IMIONA / GIVEN NAMES  [[person:MAŁGORZATA ZOFIA]]
DATA URODZENIA / DATE OF BIRTH  [[dob:03.05.1979]]
NUMER DOWODU / CARD NUMBER  [[national_id/plid:HWR 115788]]
NR PESEL  [[national_id/pesel:01270290513]]
oraz paszport:
""" + mrz_td3("P", "POL", "SZCZEPANSKA NOWIK", "MALGORZATA ZOFIA", "EA4829173", "POL",
                "790503", "F", "320910")),
("pl", "PL", "PL", """NOTATKA URZĘDOWA — KWP Wrocław
W dniu 14.10 ok. godz. 22:40 na parkingu przy [[address:al. Jana Pawła II 45 lok. 3, 50-136 Wrocław]]
ujawniono pojazd marki BMW o nr rej. [[plate:DW 4R821]]. W pojeździe przebywał [[person:Oleksandr Kovalenko]]
(ur. [[dob:1990-08-19]], obywatel Ukrainy, paszport [[passport:FE 482917]], ІПН [[national_id/ipn:1672345123]]),
który okazał dowód rejestracyjny na nazwisko [[person:Bogdana Kowalenki]]. Drugi pojazd, na
ukraińskich tablicach [[plate:AA 1234 BC]], należy do [[person:Iryny Melnyk]]; trzeci — białoruski [[plate:1234 AB-7]].
Kontakt: [[phone:+380 67 482 91 30]]"""),
("pl", None, "PL", """notatki z rozmowy, pisane szybko
[[person:zbyszek lewandowski]] ur. chyba [[dob:12.3.85]] albo [[dob:85-03-12]]
mieszka u matki, [[address:ul. Piotrkowska 212 m 14, 90-369 Łódź]]
jeździ golfem [[plate:EL 48213]] / stare tablice [[plate:ELC 4471]]
tel [[phone:0048 695 412 088]], mail [[email:zbyszek.lew(małpa)wp(kropka)pl]]
kasa idzie na konto [[iban:PL81 1140 2004 4817 5104 0217 4330]] jego dziewczyny [[person:Kasi Nowak]]"""),
("pl", "PL", "PL", """SĄD OKRĘGOWY W GDAŃSKU — WYROK W IMIENIU RZECZYPOSPOLITEJ POLSKIEJ
Sygn. akt IV K 412/26
oskarżonego [[person:Rafała Michała WIŚNIEWSKIEGO]], syna Jana i Teresy, urodzonego [[dob:4 lipca 1979]] r. w Gdyni,
PESEL [[national_id/pesel:79070412310]], zam. [[address:ul. Świętojańska 14/6, 81-368 Gdynia]]
oraz [[person:Darii Ostrowskiej]], ur. [[dob:30.IX.1987]], zam. [[address:ul. Grunwaldzka 88 lok. 12, 80-244 Gdańsk]]
Samochód [[plate:GD 8821K]] i naczepa [[plate:GA 4471P]] zostają przepadkiem."""),
("pl", "PL", "PL", """PROTOKÓŁ ZATRZYMANIA TOWARU — Krajowa Administracja Skarbowa, Terespol
Kierujący: [[person:Siarhei Karpovich]] ([[person:Сяргей Карповіч]]), ur. [[dob:23.01.1981]], paszport BY [[passport:MP 4821933]]
Ciągnik [[plate:AK 4471-7]], naczepa [[plate:A 4821 B-7]]
Odbiorca: [[person:Edyta Malinowska]], [[address:Zamość, ul. Partyzantów 17, 22-400]]
tel. [[phone:84 639 22 41]], e-mail [[email:e.malinowska@malinowska-trans.pl]]
Nadawca: Minsk Logistic, [[address:вул. Кальварыйская 21, офіс 304, 220004 Мінск]]"""),
("pl", None, "PL", """REJESTR PODSŁUCHU — sprawa PO II Ds. 44/26 — abonent [[person:NOWICKI Adam]]
Data    Godz.  Kier.  Rozmówca                 Streszczenie
02.11   08:15  wych.  [[phone:+48 22 621 44 81]]          prosi o pana Wojtka... mówi o aucie [[plate:WPR 4821K]]
02.11   09:02  przych.[[phone:+49 171 4829130]]          Niemiec, przedstawia się jako [[person:Jürgen Stahl]], podaje adres
                                         [[address:Bahnhofstr. 4, 15230 Frankfurt (Oder)]]
02.11   12:40  wych.  [[phone:511-240-883]]             [[person:Nowicki]] dyktuje numer dowodu [[national_id/plid:EMU112271]]
                                         i PESEL [[national_id/pesel:01270245803]] „tej od [[person:Jabłońskiej]]”."""),
("pl", "PL", "PL", """UMOWA NAJMU SAMOCHODU nr 2026/10/0447 — wypożyczalnia, Katowice
Najemca: [[person:Bartłomiej Żurawski-Lis]], data ur. [[dob:28.02.1994]] r., PESEL [[national_id/pesel:94022814538]]
Adres: [[address:ul. Mikołowska 17/3
40-065 Katowice]]
Dowód osobisty (OCR z kopii):
""" + mrz_td1("POL", "ZRW382713", "plid", "940228", "M", "310917", "POL", "ZURAWSKI LIS", "BARTLOMIEJ") + """
Pojazd: Skoda Octavia, nr rej. [[plate:SK 482KT]] (zastępczy [[plate:SK4471P]])
Kaucja zwracana na rachunek [[account/nrb:36105000996507934845071185]]
Kierowca dodatkowy: [[person:Oksana Żurawska]], ur. [[dob:1995]], paszport UA [[passport:FT 048213]]
Kontakt: [[phone:+48 32 255 41 90]], [[email:b.zurawski (at) onet (dot) pl]]"""),
]

RU = [
("ru", "RU", "RU", """ПРОТОКОЛ ДОПРОСА СВИДЕТЕЛЯ
Фамилия, имя, отчество: [[person:Каширина Вероника Андреевна]]
Дата рождения: [[dob:12 марта 1985]] г.   Место рождения: г. Тверь
Паспорт гражданина РФ: [[national_id/rupass:28 09 482917]], выдан ОУФМС по Тверской обл.
Место жительства: [[address:г. Москва, ул. Профсоюзная, д. 14, корп. 2, кв. 88]]
Телефон: [[phone:+7 (916) 482-91-30]]
По существу дела показала: автомобиль с госномером [[plate:А123ВС 77]] стоял во дворе. За рулём
был [[person:Ржевский]], с ним — [[person:Тимур Алиев]]. Второй автомобиль, г/н [[plate:К 482 МО 777]], принадлежит
[[person:Алиеву]]."""),
("ru", "RU", "RU", """ВЫПИСКА ПО СЧЁТУ (фрагмент)
Клиент: [[person:ГРОМОВ ИГОРЬ ВЛАДИСЛАВОВИЧ]]   ИНН [[national_id/inn:134896585620]]   СНИЛС [[national_id/snils:618-246-273 96]]
Адрес регистрации: [[address:Россия, 190000, г. Санкт-Петербург, Невский пр-т, д. 28, лит. А, кв. 14]]
Дата     Операция                                              Сумма, руб.
02.10    Перевод от [[person:Смирновой Е. П.]] по номеру [[phone:8 921 408-37-72]]     +45 000,00
05.10    Перевод на счёт [[iban:KZ48 1253 7594 1200 6382]] ([[person:Нурланов Ерлан]])    -120 000,00
11.10    SWIFT в пользу [[person:Georgios Papadakis]], [[iban:CY63 0020 0128 9660 7205 4286 4856]]    -300 000,00
17.10    Перевод в Польшу, счёт [[account/nrb:36 1050 0099 6507 9348 4507 1185]]          -18 000,00"""),
("ru", None, "RU", """скан_загранпаспорта.txt (OCR)
РОССИЙСКАЯ ФЕДЕРАЦИЯ   ПАСПОРТ / PASSPORT   № [[passport:75 4829173]]
Фамилия / Surname  [[person:ЗАЙЦЕВА]] / [[person:ZAITCEVA]]
Имя / Given names  [[person:АННА]] / [[person:ANNA]]
Дата рождения / Date of birth  [[dob:23.09.1977]]
Место рождения / Place of birth  Г. ОМСК / USSR
""" + mrz_td3("P", "RUS", "ZAITCEVA", "ANNA", "754829173", "RUS", "770923", "F", "310114")),
("ru", "KZ", "RU", """Департамент полиции г. Алматы — справка-ориентировка
Разыскивается: [[person:Сейткали Бауыржан Маратулы]], [[dob:17.09.1979]] г.р., ИИН [[national_id/iin:790917649911]]
Проживает: [[address:г. Алматы, мкр. Самал-2, д. 58, кв. 41]]
Автомашина Toyota Camry, гос. номер [[plate:482 ABK 02]] (ранее [[plate:A 482 KT]])
Связи: [[person:Ахметова Динара]], тел. [[phone:+7 701 482 9130]]; [[person:Исмаилов Р.Т.]], [[dob:1985]] г.р.
E-mail: [[email:b.seitkali собака mail точка kz]]"""),
("ru", None, "RU", """заметки опера, набрано с листа
[[person:ваня крылов]] (он же [[person:Крылов Иван Сергеевич]]) родился [[dob:3/11/88]]
живёт [[address:ул Гагарина д 7 кв 12, г. Подольск]]
ездит на [[plate:о777оо 50]] или на [[plate:Т 481 РУ 750]], номер может быть перебит
тел [[phone:89164829130]] / [[phone:8-903-412-22-08]]
почта [[email:krylov.ivan88 (собака) yandex (точка) ru]]
ИНН из налоговой: [[national_id/inn:896123822970]]"""),
("ru", "RU", "RU", """ПРИГОВОР ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ
Мещанский районный суд г. Москвы в составе председательствующего судьи [[person:Лапиной О.В.]]
рассмотрел уголовное дело в отношении
[[person:ТАРАСЕНКО Виталия Олеговича]], [[dob:14.02.1991]] года рождения, уроженца г. Харькова, гражданина Украины,
ІПН [[national_id/ipn:2688795120]], проживающего по адресу: [[address:г. Москва, 1-я Тверская-Ямская ул., д. 8, стр. 1, кв. 5]],
и [[person:Мамедова Эльчина Рауф оглы]], [[dob:1988]] г.р., СНИЛС [[national_id/snils:40558418277]]"""),
("ru", "RU", "RU", """ТАМОЖЕННЫЙ ПОСТ МАПП Брест-Козловичи — акт задержания товара
Водитель: [[person:Лукашевич Андрей Михайлович]], [[dob:23 января 1981]] г. рождения, паспорт РБ [[passport:MP3308271]]
Тягач [[plate:AM 2290-7]], полуприцеп [[plate:А 4821 В-7]] (Беларусь)
Получатель: ООО «ТрансЛайн», [[address:143900, Московская обл., г. Балашиха, ш. Энтузиастов, д. 1Б, офис 12]]
Контакт: [[person:Беляева Светлана]], [[phone:8 (495) 524-41-88]], [[email:s.belyaeva@translain.ru]]
Оплата на счёт [[iban:BY92 NBRB 3600 0657 6180 8001 0975]]"""),
("ru", None, "RU", """ЖУРНАЛ ПТП — объект «Северный» (абонент [[person:Гусейнов Рашид]])
Дата   Время  Напр.  Абонент                   Содержание
04.11  10:12  исх.   [[phone:+7 495 204-17-88]]          Спрашивает Кольку. Говорит о машине [[plate:Е 001 КХ 199]].
04.11  11:30  вх.    [[phone:+90 532 482 91 30]]          Турок, [[person:Mehmet Aydın]], диктует адрес: [[address:Cumhuriyet Cad. No:42 D:7, Şişli, İstanbul]]
04.11  15:05  исх.   [[phone:+375 29 482-91-30]]          Про фуру [[plate:4821 KT-7]] и паспорт [[passport:MC 2291847]] на имя [[person:Ковалёвой]]"""),
("ru", "UA", "RU", """Справка по запросу (Украина, перевод с украинского)
Особа: [[person:Шевчук Оксана Петрівна]], дата народження [[dob:02.02.1988]]
РНОКПП (ІПН): [[national_id/ipn:3337446730]]
Адреса: [[address:м. Київ, вул. Хрещатик, буд. 25, кв. 114, 01001]]
Транспорт: [[plate:АА 4821 ВК]], причіп [[plate:AI 2291 XX]]
Телефон: [[phone:+380 44 482 9130]]; рахунок [[iban:UA72 3052 9960 3386 5862 3670 7189 2]]"""),
]

EL = [
("el", "GR", "GR", """ΕΚΘΕΣΗ ΕΞΕΤΑΣΗΣ ΜΑΡΤΥΡΑ
Στην Αθήνα σήμερα 14 Οκτωβρίου, εμφανίστηκε η [[person:Αικατερίνη Βλαχοπούλου]] του Γεωργίου, γεν. [[dob:3 Μαΐου 1979]]
στην Πάτρα, κάτοικος [[address:οδός Ερμού 42, 3ος όροφος, 105 63 Αθήνα]], κάτοχος ΑΔΤ [[national_id/adt:ΑΚ 482913]],
ΑΜΚΑ [[national_id/amka:03057924288]], τηλ. [[phone:694 821 9130]], η οποία κατέθεσε:
«Το αυτοκίνητο με αρ. κυκλοφορίας [[plate:ΙΚΥ-1234]] ήταν σταθμευμένο έξω από το σπίτι. Οδηγός ήταν ο
[[person:Σταύρος Καραγιάννης]]. Την επομένη είδα το όχημα του [[person:Καραγιάννη]] με άλλες πινακίδες, [[plate:IKY 4821]].»"""),
("el", "GR", "GR", """ΤΡΑΠΕΖΑ — ΑΝΤΙΓΡΑΦΟ ΚΙΝΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ
Δικαιούχος: [[person:ΠΑΠΑΔΟΠΟΥΛΟΣ-ΛΕΚΚΑΣ ΝΙΚΟΛΑΟΣ]]   ΑΦΜ [[national_id/afm:777717976]]
[[address:Λεωφ. Αλεξάνδρας 118
114 73 Αθήνα]]
IBAN [[iban:GR18 0110 1251 1340 3097 0035 974]]
Ημ/νία   Αιτιολογία                                           Ποσό
02/10    Μεταφορά από [[person:ΚΩΝΣΤΑΝΤΙΝΟΥ Μ.]]                          +2.000,00
06/10    Έμβασμα προς [[iban:cy63 0020 0128 9660 7205 4286 4856]] ([[person:Andreas Georgiou]])   -5.500,00
11/10    Μεταφορά προς [[iban:GR 18 0110 1251 1340 3097 0035 974]]... (ίδιος λογαριασμός, επιστροφή)
14/10    IRIS σε [[phone:+30 697 412 2208]]                              -50,00"""),
("el", None, "GR", """σάρωση_διαβατηρίου.txt (OCR)
ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ  ΔΙΑΒΑΤΗΡΙΟ / PASSPORT  Αριθ. [[passport:AN4821937]]
Επώνυμο / Surname  [[person:ΜΑΥΡΟΜΑΤΗ]] / [[person:MAVROMATI]]
Όνομα / Name  [[person:ΕΛΕΝΗ]] / [[person:ELENI]]
Ημ. γέννησης / Date of birth  [[dob:24 ΑΥΓ/AUG 90]]
Τόπος γέννησης  ΘΕΣΣΑΛΟΝΙΚΗ
""" + mrz_td3("P", "GRC", "MAVROMATI", "ELENI", "AN4821937", "GRC", "900824", "F", "300611")),
("el", "CY", "GR", """Αστυνομία Κύπρου — Δελτίο ταυτοποίησης (απόσπασμα)
Ονοματεπώνυμο: [[person:Χαράλαμπος Χριστοφόρου]], γεν. [[dob:12/3/1985]]
Διεύθυνση: [[address:Λεωφόρος Μακαρίου Γ' 24, Διαμ. 302, 1065 Λευκωσία]]
Όχημα: [[plate:KXA 482]] (παλαιά πινακίδα [[plate:ΚΧΑ482]])
Τηλ.: [[phone:+357 99 482913]]   Email: [[email:ch.christoforou (παπάκι) cytanet (τελεία) com (τελεία) cy]]
Λογαριασμός: [[iban:CY60 0022 1497 7RBA MPZ1 V12Q U32T]]
Σύζυγος: [[person:Μαρίνα Χριστοφόρου]], το γένος [[person:Ιωάννου]], γεν. [[dob:1988]]"""),
("el", None, "GR", """σημειώσεις αστυφύλακα, πληκτρολογημένες βιαστικά
ο [[person:γιαννης τσολακιδης]] (γεν. [[dob:5/7/82]];) μένει [[address:Εγνατίας 128, διαμ. 5, Θεσσαλονίκη 546 30]]
κινείται με [[plate:ΝΗΧ 7714]] ή με το μηχανάκι [[plate:ΝΒΡ 482]]
κινητό [[phone:6944821913]], σταθερό [[phone:2310 482 913]]
email [[email:tsolakidis82 at gmail dot com]]
ΑΦΜ από τον εργοδότη: [[national_id/afm:613976202]]
η αδελφή του [[person:Δέσποινα Τσολακίδου]] έχει ταυτότητα [[national_id/adt:Χ 048213]]"""),
("el", "GR", "GR", """ΤΡΙΜΕΛΕΣ ΠΛΗΜΜΕΛΕΙΟΔΙΚΕΙΟ ΠΕΙΡΑΙΑ — ΑΠΟΦΑΣΗ αριθ. 4471/2026
Κατηγορούμενοι:
1) [[person:Δημήτριος Αναστασόπουλος]] του Παναγιώτη, γεν. [[dob:14.02.1991]], κάτοικος [[address:Ακτή Μιαούλη 81, 185 38 Πειραιάς]]
2) [[person:Ardit Hoxha]], υπήκοος Αλβανίας, γεν. [[dob:1987]], διαβατήριο [[passport:BG4821937]]
Συνήγορος του πρώτου: [[person:Ευαγγελία Ρήγα]]
Κατασχέθηκε το όχημα [[plate:ΥΧΒ-4821]] και το φορτηγό [[plate:ΡΙ 4471]]."""),
("el", "GR", "GR", """ΤΕΛΩΝΕΙΟ ΠΑΤΡΩΝ — ΕΚΘΕΣΗ ΚΑΤΑΣΧΕΣΗΣ
Οδηγός: [[person:Giuseppe Lo Bianco]], γεν. [[dob:22 Δεκεμβρίου 1976]], κωδ. φορολ. [[national_id/cf:LBN GPP 76T22 G273O]]
Φορτηγό με ιταλικές πινακίδες [[plate:FG 482 KT]], ρυμουλκούμενο [[plate:XA 482 CD]]
Παραλήπτης: [[person:Σπυρίδων Κατσαρός]], ΑΜΚΑ [[national_id/amka:03057980546]], [[address:Κορίνθου 212, 262 23 Πάτρα]]
Τηλ. παραλήπτη [[phone:2610 482 913]], email [[email:s.katsaros@katsaros-trans.gr]]"""),
("el", None, "GR", """ΚΑΤΑΓΡΑΦΗ ΕΠΙΚΟΙΝΩΝΙΩΝ — υπόθεση «ΓΛΑΡΟΣ» — συνδρομητής [[person:ΡΟΥΣΣΟΣ Κωνσταντίνος]]
Ημ.    Ώρα    Κατ.  Συνομιλητής            Περίληψη
03/11  09:10  Εξ.   [[phone:+30 210 523 4471]]       Ζητά τον Μπάμπη. Αναφέρει το αυτοκίνητο [[plate:ΖΚΗ 9021]].
03/11  10:45  Εισ.  [[phone:+355 69 482 9130]]      Αλβανός, [[person:Erion Dervishi]], δίνει διεύθυνση [[address:Rruga e Durrësit 14, ap. 7, Tiranë]]
03/11  13:30  Εξ.   [[phone:00 30 6977 412 208]]     Ο [[person:Ρούσσος]] υπαγορεύει ΑΜΚΑ [[national_id/amka:03057984860]] και
                                        IBAN [[iban:GR18 0110 1251
1340 3097 0035 974]] «του [[person:Λαμπράκη]]»."""),
("el", "GR", "GR", """ΞΕΝΟΔΟΧΕΙΟ «ΑΙΓΛΗ», Ρόδος — ΔΕΛΤΙΑ ΑΦΙΞΗΣ ΑΛΛΟΔΑΠΩΝ (αντιγραφή)
Α/Α  Επώνυμο / Όνομα                  Ημ. γέννησης     Έγγραφο                 Όχημα
1    [[person:ΓΚΡΟΣ]] / [[person:ΜΑΡΚΟΥΣ]]  ([[person:Gross, Markus]])  [[dob:04.11.1977]]       Pass. [[passport:C4J7R2X91]]          [[plate:HH-MG 4821]]
2    [[person:Novák]] / [[person:Jana]]                   [[dob:1989/06/21]]       Pas [[passport:204821937]]          [[plate:1AB 2345]]
3    [[person:Popa]] / [[person:Elena]]                   [[dob:12 Μαρ 1985]]      CNP [[national_id/cnp:2850312125532]]   [[plate:CJ 48 ELP]]
Διεύθυνση 1: [[address:Hafenstraße 12, 2. Stock, 20359 Hamburg]]
Πληρωμή 1: Konto/BLZ [[account/blzkonto:0842412140/37040044]]
Τηλ. 2: [[phone:+420 602 482 913]]   Email 3: [[email:elena.popa[at]yahoo[dot]ro]]"""),
]

AR = [
("ar", None, "EG", """محضر سماع أقوال شاهد — قسم شرطة الدقي
حضرت [[person:منى عبد الرحمن الشناوي]]، المولودة بتاريخ [[dob:١٢ مارس ١٩٨٥]]، بطاقة رقم قومي [[national_id/egid:28503121401257]]،
المقيمة في [[address:١٤ شارع التحرير، الدور الثالث، شقة ٧، الدقي، الجيزة]]، هاتف [[phone:٠١٠٠ ٤٨٢ ٩١٣٠]]،
وقررت: «شاهدت السيارة رقم [[plate:ن ق ر ١٢٣٤]] أمام العمارة، وكان يقودها [[person:حسام الدين فؤاد]]،
ثم جاءت سيارة أخرى لوحتها [[plate:أ ب ج 4821]] ونزل منها [[person:كريم سعيد عبد العال]]».
وبسؤالها عن [[person:فؤاد]] قررت أنه من مواليد [[dob:1979]]."""),
("ar", "SA", "SA", """كشف حساب — مصرف (مقتطف)
اسم العميل: [[person:فيصل بن عبدالله القحطاني]]   رقم الهوية الوطنية: [[national_id/saudi:1404872713]]
العنوان: [[address:حي الملز، شارع الأمير سلمان، مبنى ٤٤، ص.ب ٤٤٧١، الرياض ١١٤٣١]]
رقم الآيبان: [[iban:SA59 8086 6772 7728 8487 0590]]
التاريخ      البيان                                            المبلغ
٠٢/١٠        تحويل من [[person:عبدالعزيز الدوسري]]                           +٥٠٬٠٠٠
٠٥/١٠        تحويل إلى [[iban:ae86 0339 9179 8576 4180 504]] ([[person:Rashid Al Mansoori]])   -٣٢٬٠٠٠
١١/١٠        حوالة إلى [[iban:JO87 CBJO 0010 8310 4247 0038 8632 41]]                -١٢٬٠٠٠
١٤/١٠        سداد عبر الجوال [[phone:+966 50 482 9130]]                         -٥٠٠"""),
("ar", None, "EG", """مسح_جواز_سفر.txt (OCR)
جمهورية مصر العربية — جواز سفر — PASSPORT   رقم الجواز [[passport:A28471935]]
اللقب / Surname  [[person:الحسيني]] / [[person:ELHUSSEINY]]
الاسم / Given names  [[person:طارق محمود]] / [[person:TAREK MAHMOUD]]
تاريخ الميلاد / Date of birth  [[dob:٠٤/١١/١٩٧٧]]  [[dob:04 NOV 1977]]
""" + mrz_td3("P", "EGY", "ELHUSSEINY", "TAREK MAHMOUD", "A28471935", "EGY", "771104", "M", "290730")),
("ar", "AE", "AE", """شرطة دبي — تقرير مخالفة وضبط (مقتطف)
المخالف: [[person:أحمد خلفان المزروعي]]، رقم الهوية [[national_id/emirates:784-1981-0862092-7]]، مواليد [[dob:٢٢ كانون الثاني ١٩٨١]]
المركبة: دبي [[plate:A 12345]]، ومركبة ثانية أبوظبي [[plate:5 48213]]
العنوان: [[address:فيلا ١٢، شارع ٢٣، حي الوصل، دبي]]
الهاتف: [[phone:050 482 9130]]   البريد: [[email:a.almazrouei@emirates-mail.ae]]
الحساب: [[iban:AE76 0341 0496 3957 7779 254]]
المرافق: [[person:Sanjay Raghunathan]]، جواز هندي [[passport:Z4821937]]"""),
("ar", "MA", "FR", """المديرية العامة للأمن الوطني — مذكرة بحث
المعني بالأمر: [[person:يوسف بن إدريس العلوي]]، المزداد بتاريخ [[dob:09/12/1983]] بفاس،
بطاقة التعريف الوطنية [[national_id/cin:C 482913]]، جواز السفر [[passport:UZ1937264]]
العنوان: [[address:زنقة ابن خلدون، رقم ١٤، الطابق ٢، حي المعاريف، الدار البيضاء]]
السيارة: [[plate:48213-ب-6]]؛ سيارة بترقيم فرنسي [[plate:EF-209-QA]]
الهاتف: [[phone:+212 661 48 22 09]]؛ الحساب البنكي بفرنسا RIB [[account/rib:30004 00817 45333147893 79]]"""),
("ar", None, "EG", """ملاحظات مخبر — مكتوبة على عجل
[[person:ابو سمير الحلبي]] = [[person:سمير عبد الكريم نجار]]؟ مواليد [[dob:٣/٥/١٩٧٩]] تقريبا
ساكن [[address:عمارة الريحان، الطابق ٤، شارع الحمرا، بيروت]]
موبايل [[phone:+961 3 482 913]] وايميل [[email:samir.najjar79 at hotmail dot com]]
سيارته لبنانية [[plate:ب 482913]] وأحيانا سيارة أخته [[person:ريم نجار]] [[plate:م 77412]]
حساب عند بنك في بيروت [[iban:LB76 0999 2698 6830 6032 2529 1481]]"""),
("ar", "JO", "JO", """محكمة صلح جزاء عمّان — قرار (ديباجة)
المشتكى عليه: [[person:ليث محمد العبادي]]، من مواليد [[dob:14 شباط 1991]]، الرقم الوطني [[national_id/jonn:9911048213]]، العنوان [[address:عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة 33، شقة 5]]
المشتكية: [[person:رنا سليمان الخطيب]]، مواليد [[dob:1988-09-30]]
وكيل المشتكية: المحامي [[person:عمر الطراونة]]
المركبة: [[plate:12-48213]]، هاتف المشتكى عليه [[phone:+962 79 482 9130]]"""),
("ar", "EG", "EG", """مصلحة الجمارك — محضر ضبط رقم ٤٤٧١ لسنة ٢٠٢٦ — ميناء الإسكندرية
السائق: [[person:محمود عبد الفتاح السيد]]، المولود في [[dob:٢٣ سبتمبر ١٩٧٧]]، رقم قومي [[national_id/egid:27709230201384]]
الشاحنة [[plate:س ط م ٤٤٧١]]، المقطورة [[plate:ر ع ٤٨٢]]
المستورد: [[person:Dimitrios Karalis]]، [[address:Ακτή Μιαούλη 81, 185 38 Πειραιάς]]، هاتف [[phone:+30 210 523 4471]]
الدفع من حساب [[iban:EG84 8118 1129 9273 3162 4337 6348 4]]، بريد المستلم [[email:m.elsayed (at) alex-trade (dot) com (dot) eg]]"""),
("ar", "SA", "SA", """سجل اعتراض مكالمات — القضية ٢٦/٩١ — المشترك [[person:SALEH AL-HARBI]]
التاريخ  الوقت  الاتجاه  الطرف الآخر              الملخص
٠٣/١١   ٠٩:١٠  صادر    [[phone:٠٥٥ ٤٨٢ ٩١٣٠]]          يسأل عن الشحنة. يذكر السيارة [[plate:1234 ر س ع]].
٠٣/١١   ١١:٢٠  وارد    [[phone:+971 50 412 2208]]       إماراتي، [[person:خالد بن سعيد الكتبي]]، يعطي هوية إقامة [[national_id/saudi:2908480763]]
٠٣/١١   ١٤:٠٥  صادر    [[phone:+20 100 482 9130]]       يملي عنوان [[address:٢٢ شارع جامعة الدول العربية، المهندسين، الجيزة]]
                                         ورقم جواز [[passport:R719304]] باسم [[person:الحربي]]."""),
]


def records() -> list[dict]:
    """Every record, checked."""
    return build(EN + FR + DE + ES + PL + RU + EL + AR, "d6")


def main() -> None:
    records_ = records()
    write(records_, HERE / "ids_dev6.jsonl")
    print(table(records_))


if __name__ == "__main__":
    main()
