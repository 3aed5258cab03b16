# ruff: noqa: E501  (the texts are documents: their lines are data, kept as written)
"""Build ids_dev5.jsonl: a development set for the redaction detectors, written apart from them.

Texts hold their labels inline as ``[[kind:text]]``; ``[[kind/check:text]]`` names the checksum
or shape check of an account or national ID (see markup_checks.py). Running this script checks
every value and rewrites ids_dev5.jsonl. See IDS_DEV5.md for what the set holds and the rules.
"""

from pathlib import Path

from markup_checks import build, mrz_td3, table, write

HERE = Path(__file__).resolve().parent

EN = [
("en", "GB", "GB", """NORTHGATE BUILDING SOCIETY - STATEMENT OF ACCOUNT
Account name: MR [[person:DANIEL OKONKWO-BRIGGS]]
[[address:Flat 4, 118 Cardigan Road
Leeds
LS6 3BJ]]
Sort code [[account/ukac:40-18-62]]   Account no. [[account/ukac:71930284]]
IBAN [[iban:GB86 MIDL 6408 6590 7200 47]]
Statement period 01/09/2026 to 30/09/2026          Sheet 114
Date        Description                              Paid out    Paid in
03 SEP      FPO [[person:HALVORSEN T]] REF RENT SEPT       850.00
07 SEP      FPI [[person:K. ADEYEMI-COLE]] 4471239             1,200.00
12 SEP      INTL TFR [[iban:nl83abna1674552358]] SNOWDROP TRADING BV   2,940.00
19 SEP      CASH WDL LEEDS BRIGGATE                  300.00
Any queries call [[phone:0345 120 4471]] quoting ref NBS/88213."""),
("en", None, "GB", """ocr_scan_0417.txt  (passport biodata page, poor quality scan)
UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND
PASSPORT  Type/Type P  Code/Code GBR  Passport No./Passeport No. [[passport:5482139O7]]
Surname/Nom (1)
[[person:WHITLOCK-FAIRBAIRN]]
Given names/Prénoms (2)
[[person:IMOGEN ROSALIND]]
Nationality/Nationalité (3) BRITISH CITIZEN
Date of birth/Date de naissance (4)
[[dob:14 AUG /AOUT 86]]
Sex/Sexe (5) F   Place of birth/Lieu de naissance (6) SWANSEA
Date of issue (7) 02 MAR /MARS 21   Date of expiry (9) 02 MAR /MARS 31
""" + mrz_td3("P", "GBR", "WHITLOCK FAIRBAIRN", "IMOGEN ROSALIND", "548213907", "GBR",
              "860814", "F", "310302")),
("en", "GB", "GB", """CALL LOG - OP LANTERN - LINE A (target handset [[phone:07452 662 612]])
#  date/time         dir  other party            dur    summary
14 21/10 09:14:07    OUT  [[phone:+44 121 291 8356]]        00:42  M asks for "Riz" - [[person:Rizwan Mahmood]] not in, call back after 12
15 21/10 09:31:55    IN   [[phone:0044 7409 321132]]       03:10  [[person:MAHMOOD]] to M: van ready, plate [[plate:LK19 XWP]], leave at yard
16 21/10 11:02:40    OUT  [[phone:+353 85 357 0528]]       01:58  M to unknown IE male ("Dec") re: ferry Thursday
17 21/10 14:47:12    IN   withheld               00:20  no speech
18 22/10 08:05:31    OUT  [[phone:(0113) 496 0751]]        02:22  M books taxi to [[address:27 Harehills Lane, Leeds LS8 5HS]]
Analyst note: M = [[person:Marcus Delaney-Shaw]]; subscriber of line A is his mother [[person:Patricia Shaw]]."""),
("en", None, None, """CONSOLIDATED LIST - ASSET FREEZE TARGETS (extract)
Group ID 14822.
[[person:KHALDUN, Tariq Samir]]. a.k.a [[person:ABU SAMIR al-Halabi]]
DOB: [[dob:03/02/1971]]. POB: Aleppo, Syria. Nationality: Syria.
Passport No: [[passport:N008471623]] (Syria) issued 12/05/2015.
National Identification No: [[national_id/emirates:784-1983-9820171-9]] (UAE residence).
Address: [[address:Villa 11, Street 23b, Al Barsha 2, Dubai]]. Other information: financier; brother of
[[person:KHALDUN, Nizar Samir]] (DOB [[dob:1968]]).
Listed on: 09/11/2022. Last updated: 14/04/2026."""),
("en", "GB", "GB", """WITNESS STATEMENT (CJ Act 1967, s.9; MC Rules 1981, r.70)
Statement of: [[person:Joanne Patricia McGuigan]]   Age if under 18: over 18   Occupation: retail manager
I live at [[address:63 Ferncliffe Terrace, Bradford BD9 4NQ]]. My mobile number is [[phone:07823 114 906]].
On Friday I saw [[person:Connor Lafferty]] get out of a grey Skoda with the number [[plate:YD70 KFA]]. I know
[[person:Lafferty]] because he used to go out with my niece. Connor's brother [[person:Sean Lafferty]] was driving.
I also recognised Mr [[person:Okafor]]'s son, I don't know his first name. [[person:Lafferty]]'s jacket was the
one from the shop, a North Face one. I am willing to attend court.
Signed: [[person:J McGuigan]]   Witnessed by: DC 4417"""),
("en", "IE", "GB", """DRIVE EIRE RENTALS LTD - RENTAL AGREEMENT RA-004812
Hirer: [[person:O'SULLIVAN, Cathal]]        Date of birth: [[dob:29/11/1990]]
Address: [[address:Apt 12, Bridgewater Quay, Islandbridge, Dublin 8, D08 K7W2]]
Mobile: [[phone:085 019 7036]]   Email: [[email:cathal.osull90@eircom.net]]
Additional driver: [[person:Aoife Brennan-Kerr]], DOB [[dob:7 Jan 1993]]
Vehicle: Toyota Corolla 1.8 hybrid, silver   Reg: [[plate:231-D-48271]]
Out: Dublin Airport 04/10/2026 10:40   In: Rosslare Europort 06/10/2026
Card on file ending 4471. Deposit EUR 500."""),
("en", None, "GB", """From: "[[person:Sanjay Ramdhanie]]" <[[email:s.ramdhanie@castlebar-freight.co.uk]]>
To: [[email:accounts(at)tidewater-logistics(dot)com]]
Cc: [[person:Yevgenia Kostrova]] <[[email:y.kostrova@mail.ru]]>
Date: Tue, 13 Oct 2026 16:22:51 +0100
Subject: RE: invoice 2026-0917 / remittance
Message-ID: <20261013152251.4471@castlebar-freight.co.uk>

Please pay to the new account below, the old one is closed:
Beneficiary: [[person:R. Ghosh]]   IBAN: [[iban:LT40 9064 3607
9243 7736]]
Regards, Sanjay"""),
("en", "GB", "GB", """notes from mtg w/ source 3321 - typed up quick
- says [[person:danny okonkwo-briggs]] is "the accountant" for the lads, lives Leeds 6 somewhere
- the main guy is [[person:TERRY HALVORSEN]] aka "the Norwegian", dob maybe [[dob:12.4.79]]?? check PNC
- terry's phone [[phone:07 409 3211 32]] (same as before?) and a new one [[phone:+44-7712-904-123]] (source unsure)
- his gf [[person:Kelly-Ann Royce]] drives a white range rover [[plate:RV68 HZO]], sometimes parked at [[address:14 Sandhill Mount, Leeds LS17 8DZ]]
- nino on old payslip seen by source: [[national_id/nino:JH 61 47 29 B]]
- email he uses: [[email:terryhal79 at gmail dot com]]
- [[person:Halvorsen]]'s brother-in-law [[person:Aziz Rahmani]] ""does the cars"""),
("en", None, "GB", """Her Majesty's Courts and Tribunals Service
IN THE CROWN COURT AT SOUTHWARK                       Case No: T20267114
THE KING
v
(1) [[person:GRAHAM PETER ASHCROFT]]
(2) [[person:LUCIA FERRANTE-MOSS]]
(3) [[person:ADEBAYO, Oluwaseun]]
Defendant (3): born [[dob:22 June 1988]]; NI number [[national_id/nino:NW 52 83 17 A]]; of [[address:Flat 9, Marlowe House, 41 Old Kent Road, London SE1 4NF]].
Before HHJ [[person:Winterbottom]].  Mr [[person:J. Pemberton-Hale]] for the Crown; Ms [[person:R. Castellanos]] for (1).
Belgian co-accused [[person:VERHOEVEN, Jan]] (rijksregisternummer [[national_id/benn:80.03.13-667.62]]) is dealt with separately."""),
("en", "GB", "GB", """BORDER FORCE - DETAINED GOODS RECORD (Dover Eastern Docks)  seizure ref 26/DOV/08812
Driver: [[person:KRASTEV, Hristo Stoyanov]]   DOB [[dob:09.10.1977]]   Bulgarian passport [[passport:382917465]]
Tractor unit: [[plate:CB 4418 KH]] (BG)   Trailer: [[plate:CB 7720 EE]] (BG)
Consignee on CMR: [[person:Gurpreet Sandhu]], [[address:Unit 4, Crabtree Manorway North, Belvedere DA17 6AX]], tel [[phone:020 8311 4472]]
Haulier's office: [[phone:+359 88 214 7730]]   EORI GB448812390000 (not verified)
Goods: 9.6 million cigarettes declared as "paper napkins"; container TCNU 8841203."""),
]

FR = [
("fr", "FR", "FR", """BANQUE DU LITTORAL - RELEVÉ DE COMPTE N° 0047
Titulaire : M. [[person:BENHAMOU Yanis Karim]]
[[address:Résidence Les Mimosas, Bât. C, 12 avenue Jean-Jaurès
13015 Marseille]]
RIB : [[account/rib:30004 31950 79970012001 58]]
IBAN : [[iban:FR76 1027 8635 1782 9577 1870 606]]
Date       Libellé                                         Débit      Crédit
02/09      VIR SEPA MME [[person:LACROIX-DUVAL ÉLODIE]]                             1 450,00
05/09      VIR INST vers [[iban:ES28 0081 8499 0277 7604 2666]] ([[person:R. Iturbe]])   3 000,00
11/09      PRLV FREE MOBILE [[phone:06 71 28 44 90]]              19,99
18/09      RETRAIT DAB MARSEILLE CANEBIÈRE                  400,00
Votre conseiller : [[person:Sandrine Pélissier]], tél. [[phone:04 91 37 52 16]]"""),
("fr", None, "FR", """FICHE INDIVIDUELLE DE POLICE - HÔTEL DES VOYAGEURS ***
Chambre 214   Arrivée 17/10/2026   Départ prévu 20/10/2026
Nom : [[person:KOWALCZYK]]          Prénoms : [[person:Bartosz Jan]]
Date de naissance : [[dob:08 novembre 1984]]    Lieu : Gdańsk (Pologne)
Nationalité : polonaise
Domicile habituel : [[address:ul. Grunwaldzka 211/14, 80-266 Gdańsk]]
Pièce d'identité : carte d'identité n° [[national_id/plid:NJL157611]]
Téléphone : [[phone:+48 512 681 633]]
Accompagné de : [[person:Zofia Kowalczyk]] (épouse), née le [[dob:3.5.1987]]
Véhicule : [[plate:GD 4R712]] (PL)"""),
("fr", "FR", "FR", """PROCÈS-VERBAL D'AUDITION DE TÉMOIN
L'an deux mille vingt-six, le quatorze octobre, à 10 heures 40,
Nous, [[person:Hélène Marchetti]], lieutenant de police, entendons :
[[person:GUERRAOUI Mounir]], né le [[dob:21/02/1979]] à Roubaix (59), demeurant [[address:47 rue de Lannoy, 59100 Roubaix]],
tél. [[phone:07.68.41.22.93]], n° de sécurité sociale [[national_id/nir:1 94 06 49 913 315 71]] (déclaré).
« Je connais [[person:Kévin Da Silva]] depuis le lycée. Le soir des faits, [[person:Da Silva]] conduisait la Clio
immatriculée [[plate:FK-318-WD]]. Il était avec un certain [[person:Jean-Baptiste N'Diaye]], que tout le monde appelle
"Jibé". C'est la voiture de la copine de [[person:N'Diaye]], [[person:Laetitia Morvan]]. »
Lecture faite, persiste et signe."""),
("fr", None, "FR", """TRANSCRIPTION - LIGNE [[phone:+33 6 12 32 87 49]] (cible "TONTON") - scellé n° 14
17/10/2026 22:41:07  appel sortant vers [[phone:0033 1 23 63 85 44]] (durée 2'14)
 TONTON : c'est bon, [[person:Ferreira]] a envoyé sur le compte de sa sœur.
 HNI : lequel ?
 TONTON : le belge, attends... [[iban:BE69 9903 3372 0178]]. Tu dis à Abdelkader... non, à [[person:M. Zeroual]] de vérifier.
17/10/2026 23:02:50  SMS entrant de [[phone:+32 457 60 44 25]] :
 « adresse pr demain [[address:Rue des Palais 118, 1030 Schaerbeek]] sonner [[person:Van Damme]] »
18/10/2026 09:15:33  appel entrant de [[phone:06 12 64 16 41]] - [[person:ZEROUAL Nordine]], identifié (abonné)."""),
("fr", "FR", "FR", """TRIBUNAL JUDICIAIRE DE LYON
6ème chambre correctionnelle - Jugement du 2 juillet 2026 - N° parquet 25187000412
PRÉVENU : Monsieur [[person:MOREL-FONTAINE Aurélien Pierre]]
né le [[dob:9 septembre 1991]] à Villeurbanne (69)
demeurant [[address:8 impasse des Glycines, 69100 Villeurbanne]]
de nationalité française
Prévenu de recel en bande organisée, faits commis courant 2025.
PARTIE CIVILE : Mme [[person:Chantal Besson]], représentée par Me [[person:Olivier Tardieu]]
Le véhicule [[plate:EZ-902-LN]] et les fonds saisis sur le compte [[iban:fr76 1130 6078 8184 8705 6819 973]] sont confisqués."""),
("fr", "BE", "BE", """Police fédérale - PJF Bruxelles - Note de synthèse
Personne visée : [[person:VAN DEN BROECK, Sébastien]], NN [[national_id/benn:63022754975]], domicilié
[[address:Avenue Brugmann 402 bte 3, 1180 Uccle]].
Utilise le GSM [[phone:0450 88 45 39]] et l'adresse [[email:seb.vdbroeck[at]skynet[dot]be]].
Véhicule : Audi A6 noire, plaque [[plate:1-KXP-482]]. Associé connu : [[person:Idriss El Amrani]]."""),
("fr", "CH", "CH", """Ministère public du canton de Vaud - ordre de dépôt
Détenteur du compte postal [[account/chpost:60-151494-9]] : [[person:Grégoire Aebischer]], [[address:Chemin de la Colline 14, 1007 Lausanne]]
Né le [[dob:30.04.1976]], passeport suisse [[passport:X4017852]], portable [[phone:078 142 36 24]]
Bénéficiaire des versements : Mlle [[person:Océane Rochat]], IBAN [[iban:CH62 5319 8427 5993 3107 3]].
Véhicule de service : [[plate:VD 482 917]]."""),
("fr", None, None, """notes perso - dossier "sable"
contact de [[person:Ferreira]] = [[person:jose ferreira lopes]] (portugais?) joignable sur [[email:jferreira.lopes arobase gmail point com]]
sa femme [[person:Maria do Céu Lopes]] née [[dob:12 janv. 1982]], passeport port. [[passport:CB482716]]
le RIB qu'il a donné : [[account/rib:20041 04550 48151704891 91]] (La Banque Postale)
adresse donnée : [[address:3 allée Van Gogh, appt 52, 93140 Bondy]]
le frère, [[person:A. Lopes]], roule en [[plate:GH-482-TZ]] - à vérifier au SIV"""),
("fr", "FR", "FR", """De : "[[person:Nadia Ouali]]" <[[email:nadia.ouali@orange.fr]]>
À : <[[email:contact@sci-belvedere-immo.fr]]>
Date : lun. 5 oct. 2026 à 09:12
Objet : Tr: pièces pour le bail

Bonjour, ci-joint la copie du passeport de mon cousin [[person:OUALI Farid]] ([[passport:19FV47213]], né le [[dob:14/07/1995]])
et son numéro : [[phone:+33 (0)6 58 21 90 47]].
Cordialement, Nadia"""),
("fr", None, "FR", """DOUANE FRANÇAISE – Procès-verbal de constat – Bureau de Saint-Louis Autoroute
Conducteur : [[person:Dimitar Vasilev]], né le [[dob:27/01/1983]], passeport bulgare [[passport:391847204]]
Véhicule : [[plate:PB 2914 MA]] (BG), remorque [[plate:PB 6601 EX]]
Destinataire déclaré : [[person:PASQUIER Thibault]], [[address:ZA du Bois Joli, 8 rue des Frênes, 68300 Saint-Louis]], tél. [[phone:03 89 67 21 40]]
Commissionnaire en douane : [[person:Hélène Grosjean]], [[email:h.grosjean@transit-alsace.fr]]
Paiement des droits par virement du compte [[iban:FR76 1027 8843 7973 8057 4897 327]]. Marchandise : 400 kg de tabac à narguilé."""),
]

DE = [
("de", "DE", "DE", """Sparkasse Rhein-Ruhr · Kontoauszug Nr. 10/2026 · Blatt 1
Kontoinhaber: Herrn Dr. [[person:Heinz-Jürgen Wolters]]
[[address:Kastanienweg 17
45327 Essen]]
BLZ [[account/blz:37040044]]   Konto-Nr. [[account/konto:3607691583]]
IBAN [[iban:DE27 7015 0000 8823 3846 87]]
Buchung  Wert   Vorgang                                               Betrag EUR
01.10.   01.10. Überweisung an [[person:Öztürk, Serkan]] Miete Okt.              -950,00
06.10.   06.10. Gutschrift [[person:GRABOWSKI MAREK]] [[iban:PL25 1090 6211 9098 9297 2288 6637]]   +4.200,00
14.10.   14.10. Lastschrift Telekom Kd.-Nr. 55410082                          -49,95
Bei Fragen: [[phone:0201 1871-0]]"""),
("de", None, "DE", """Scan Reisepass (OCR, Seite 2) – Asservat 7/3
BUNDESREPUBLIK DEUTSCHLAND   REISEPASS / PASSPORT
Typ P   Kode D   Pass-Nr. [[passport:C01X7KR43]]
Name / Surname [[person:VON DER HEYDT]]
Vornamen / Given names [[person:KONSTANTIN ALEXANDER]]
Staatsangehörigkeit DEUTSCH
Geburtstag / Date of birth [[dob:17.03.1982]]   Geburtsort KASSEL
""" + mrz_td3("P", "D<<", "VON DER HEYDT", "KONSTANTIN ALEXANDER", "C01X7KR43", "D<<",
              "820317", "M", "320911")),
("de", "DE", "DE", """Protokoll TKÜ – Anschluss [[phone:+49 1512 6037826]] (Nutzer: [[person:Dragan Petrović]])
Lfd.  Datum/Uhrzeit        Richtung  Gegenanschluss        Inhalt
0441  19.10.2026 18:22:10  abgehend  [[phone:030 / 206 673]]         [[person:Petrović]] fragt nach "dem Schwaben"; HNM sagt, [[person:Ralf Mößner]] sei in Stuttgart
0442  19.10.2026 18:40:51  ankommend [[phone:0043 664 835358]]       [[person:Mößners]] Fahrer meldet sich, Fz. [[plate:S-RM 4471]] steht bereit
0443  20.10.2026 07:12:03  abgehend  [[phone:+49 30 903601]]          Termin bei Frau [[person:Yilmaz]] in der [[address:Sonnenallee 214, 12059 Berlin]]
Auswerter: KOK [[person:Lehnhardt]]"""),
("de", "DE", "DE", """Zeugenvernehmung
Zur Person: [[person:Annegret Schulze-Bräuning]], geb. [[dob:2. Mai 1958]] in Halle (Saale),
wohnhaft [[address:Lindenstraße 8a, 06108 Halle (Saale)]], Tel. [[phone:0345 4471 220]]
Zur Sache: Ich wohne gegenüber von Herrn [[person:Gerlach]]. Der weiße Transporter mit dem Kennzeichen
[[plate:HAL-GK 902]] steht seit Wochen vor [[person:Gerlachs]] Garage. Ein jüngerer Mann, ich glaube ein Herr
[[person:Tobias Wendt]], lädt dort nachts Kartons ein. Einmal kam ein Auto aus Polen, [[plate:WPR 48TX]]."""),
("de", None, None, """Aktenvermerk (handschriftl. Notiz abgetippt)
- Steuer-ID [[person:Wolters]]: [[national_id/steuerid:23659107662]], lt. Finanzamt Essen-Süd
- Überweisung ging auf [[account/blzkonto:7977601088/20050550]] (Hamburger Sparkasse), Inhaberin [[person:Britta Kallweit]]
- [[person:Kallweit]], geb. [[dob:11.1.1990]], Perso-Nr. [[national_id/deid:L01X00T47]], wohnt [[address:Beim Schlump 33, 20144 Hamburg]]
- mail an sie: [[email:b.kallweit (at) web (punkt) de]]
- Fz. Halterin: [[plate:HH-BK 1190]]"""),
("de", "CH", "DE", """Rechtshilfeersuchen – Antwort der Kantonspolizei Zürich
Betroffene Person: [[person:HUBER-STEINER, Reto]], geb. [[dob:04.12.1969]], von Winterthur ZH,
wohnhaft [[address:Seefeldstrasse 129, 8008 Zürich]], Tel. [[phone:+41 44 382 19 40]]
Postkonto [[account/chpost:85-305846-4]]; weiteres Konto bei der ZKB: [[iban:CH13 1186 6361 3143 8594 7]]
Fahrzeug: [[plate:ZH 418 233]] (Porsche Cayenne)"""),
("de", "AT", "DE", """LANDESGERICHT FÜR STRAFSACHEN WIEN
Geschäftszahl 41 Hv 88/26k
Strafsache gegen Mag. [[person:Stefan KRAINER]], geb. [[dob:19.7.1985]], österr. StA,
wohnhaft [[address:Favoritenstraße 112/3/14, 1100 Wien]],
und [[person:Jelena MARKOVIĆ]], geb. [[dob:1. Februar 1992]], serb. StA, Reisepass Nr. [[passport:011847392]],
wegen § 165 StGB. Verteidiger: RA [[person:Dr. Gernot Pichler]].
Kontoverbindung [[person:Krainers]]: [[iban:AT74 7892 4326 8359 1218]]; Mobil [[phone:0664 171 292]]; Kfz [[plate:W-48213K]]."""),
("de", None, "DE", """Von: [[person:Kai-Uwe Brandes]] <[[email:kub@brandes-logistik.de]]>
An: [[email:dispo@transbaltic-spedition.eu]]
Gesendet: Montag, 12. Oktober 2026 08:14
Betreff: AW: Fahrer für Tour Posen

Fahrer ist [[person:Paweł Zieliński]], PESEL [[national_id/pesel:82030129360]], Handy [[phone:+48 12 931 02 09]].
Zahlung bitte an BLZ [[account/blz:60050101]], Kto. [[account/konto:383230706]] (BW-Bank) oder an
[[iban:de63 6005 0101 9564 6010 84]].
Gruß [[person:K.-U. Brandes]]"""),
("de", "DE", "DE", """Hauptzollamt Hamburg – Zollanmeldung (Auszug ATLAS), Registriernummer 26DE4418821774
Versender: [[person:Chen Jiahui]], Shenzhen (CN)
Empfänger: [[person:Sabine Voß-Ahrens]], [[address:Billstraße 118, 20539 Hamburg]], Tel. [[phone:040 78 11 39 20]]
Anmelder: [[person:Rüdiger Tamm]] (Zollagent), [[email:r.tamm@zollagentur-tamm.de]]
Beförderungsmittel: Sattelzug [[plate:HH-RT 2207]]
Zahlung Einfuhrabgaben: Konto [[account/blzkonto:3147460090/10020890]]
Ware: 3.000 Stück "Bluetooth-Lautsprecher" (Markenfälschungen)"""),
]

ES = [
("es", "ES", "ES", """CAIXA MEDITERRÀNIA - EXTRACTO DE MOVIMIENTOS
Titular: [[person:GARCÍA-VALDERRAMA, Inmaculada]]     NIF: [[national_id/dni:23698175-X]]
Domicilio: [[address:C/ Doctor Fleming 37, 4º izda., 46022 Valencia]]
CCC: [[account/ccc:0049 8232 37 8294686209]]
IBAN: [[iban:ES67 0182 5695 8787 6895 7910]]
F. valor   Concepto                                             Importe
03/10      TRANSF. DE [[person:RUIZ OLMEDO JAVIER]]                         +2.750,00
08/10      BIZUM A [[phone:+34 612 37 24 23]] ([[person:Nerea Atxaga]])          -180,00
15/10      TRANSF. A [[iban:CY34 0020 0123 9133 4828 5284 5006]] [[person:J. Carvalho]]  -6.000,00"""),
("es", None, "ES", """DILIGENCIA DE DECLARACIÓN DE TESTIGO
En Algeciras, a 22 de octubre de 2026, ante el instructor, comparece:
[[person:Francisco Javier Molina Serrano]], con DNI [[national_id/dni:18834458B]], nacido el [[dob:5 de marzo de 1977]],
con domicilio en [[address:Avda. Virgen del Carmen 14, bloque 2, 3º A, 11201 Algeciras (Cádiz)]], teléfono [[phone:956 63 48 12]].
Manifiesta que el día de los hechos vio a [[person:Mohamed El Haddouchi]], alias "el Chino", descargar fardos de una
furgoneta con matrícula [[plate:4827 KBT]]. Que [[person:El Haddouchi]] trabaja para [[person:Antonio Cortés Heredia]],
y que el hijo de [[person:Cortés]] conduce un Seat con placa [[plate:CA-8123-BK]]."""),
("es", "ES", "ES", """REGISTRO DE VIAJEROS - HOSTAL LA PALOMA (Parte de entrada)
Nº documento: [[national_id/nie:Y1003413Y]]   Tipo: NIE
Primer apellido: [[person:POPESCU]]   Segundo apellido: -   Nombre: [[person:ANDREI MIHAI]]
Sexo: M   Fecha de nacimiento: [[dob:19/08/1989]]   Nacionalidad: RUMANÍA
Fecha de entrada: 21/10/2026
Acompañante: [[person:Ioana Popescu]], pasaporte [[passport:058471236]] (ROU), nacida [[dob:02-11-1991]]
Teléfono de contacto: [[phone:0040 721 384 905]]   Correo: [[email:andrei.popescu89 @ yahoo . com]]"""),
("es", "ES", "ES", """AUDIENCIA PROVINCIAL DE MÁLAGA - Sección Octava
Rollo de Sala 112/2026 - Procedimiento Abreviado 48/2025
SENTENCIA Nº 301/2026
Acusados: D. [[person:Rubén Castillo Ybarra]], mayor de edad, con DNI [[national_id/dni:49821985Y]], nacido el [[dob:30 de enero de 1986]];
y Dña. [[person:Svetlana Morozova]], con NIE [[national_id/nie:X3916416E]], vecina de [[address:Urb. Los Pinos, calle Jazmín 9, 29649 Mijas Costa]].
Se decreta el comiso del vehículo [[plate:7721 HZN]] y del saldo de la cuenta [[account/ccc:2100 9738 63 8096592253]]."""),
("es", None, None, """apuntes vigilancia dia 3 - sin corregir
09:40 sale el objetivo ([[person:jon ander etxeberria]]) del portal de [[address:calle Autonomía 52, 2ºD, Bilbao]]
10:15 se reune con un tipo calvo, luego identificado como [[person:IKER SALABERRIA GOÑI]] (el de los coches)
10:50 suben a un audi a4 gris [[plate:9034 JWF]]
12:30 [[person:Etxeberria]] llama desde cabina, despues envia msg al [[phone:688 41 92 07]]
apuntar: correo de [[person:Salaberria]] -> [[email:isalaberria(arroba)euskalnet(punto)net]]"""),
("es", "ES", "ES", """De: [[person:Lucía Fernández Ortega]] <[[email:lfernandez@asesoriaortega.es]]>
Para: [[email:reservas@rentacar-costadelsol.com]]
Fecha: 9 oct 2026 17:03
Asunto: Reserva para cliente

Buenas tardes, necesito un coche para el Sr. [[person:Hamza Benjelloun]] (pasaporte marroquí [[passport:UZ4172893]],
fecha de nacimiento [[dob:14/04/1980]]), teléfono [[phone:+212 6 50 13 17 73]]. Facturar a nuestra cuenta
[[iban:ES84 0049 6364 4506 8508 4050]]. Gracias."""),
("es", "MX", "ES", """Ficha de antecedentes (remitida por enlace en México)
Nombre: [[person:ZAMORA QUINTERO, Héctor Alonso]]  alias "El Güero"
Nacimiento: [[dob:12 de diciembre de 1979]], Culiacán, Sinaloa
Pasaporte mexicano: [[passport:G18372645]]
Celular: [[phone:+52 667 148 2290]]
Domicilio: [[address:Av. Álvaro Obregón 1420, Col. Centro, 80000 Culiacán, Sinaloa]]
Socio: [[person:Rigoberto Sánchez Lugo]]; esposa de este: [[person:Marisol Lugo de Sánchez]]"""),
("es", "ES", "ES", """CONTRATO DE ARRENDAMIENTO DE VEHÍCULO Nº 2026/44871
Arrendatario: [[person:OYELARAN, Babatunde Michael]]     Fecha nac.: [[dob:27/06/1983]]
Pasaporte: [[passport:A07349812]] (NGA)   Dirección en España: [[address:Calle Mayor 88, 1º, 35002 Las Palmas de Gran Canaria]]
Tel.: [[phone:+34 810 21 46 12]]   e-mail: [[email:b.oyelaran@gmail.com]]
Vehículo: Renault Mégane blanco   Matrícula: [[plate:2290LMC]]
Conductor adicional: [[person:Folake Oyelaran]]"""),
("es", "ES", "ES", """ADUANA DE VALENCIA – DUA de importación (extracto)
Casilla 2 Expedidor: [[person:Oluwadamilare Akinyemi]], Lagos (NG), tel. [[phone:+234 803 418 2291]]
Casilla 8 Destinatario: [[person:Manuel Ángel Roig Ferrer]], NIF [[national_id/dni:12490708Y]], [[address:Camino de Moncada 88, nave 3, 46025 Valencia]]
Casilla 14 Declarante: [[person:Amparo Llopis]], [[email:allopis@aduanas-llopis.es]], [[phone:963 18 44 20]]
Casilla 18 Camión [[plate:8814 LBT]] con semirremolque [[plate:R-0912-BDC]]
Pago de aranceles desde la cuenta [[account/ccc:0049 1626 61 2835986772]]. Contenedor MSCU 4471208."""),
]

PL = [
("pl", "PL", "PL", """BANK PEKAO S.A. – WYCIĄG Z RACHUNKU nr 10/2026
Posiadacz: [[person:WIŚNIEWSKA-KRÓL BEATA]]
[[address:ul. Słowackiego 14/6
31-159 Kraków]]
Nr rachunku: [[account/nrb:44 1020 7767 1801 4819 3219 8375]]
Data       Opis operacji                                                 Kwota
01.10.2026 PRZELEW PRZYCH. OD [[person:KRZYSZTOF DĄBROWSKI]] [[account/nrb:52102003065441284120207511]]   +3 200,00
04.10.2026 PRZELEW WYCH. DO [[person:Jarosław Pietrzak]] [[iban:PL96 1090 7319 1783 2638 3128 1778]]   -1 500,00
09.10.2026 BLIK P2P NA TEL. [[phone:512 310 751]]                                   -250,00"""),
("pl", None, "PL", """PROTOKÓŁ PRZESŁUCHANIA ŚWIADKA
[[person:Agnieszka Zawadzka]], ur. [[dob:5 czerwca 1973]] r. w Lublinie, PESEL [[national_id/pesel:73060549754]],
zam. [[address:ul. Narutowicza 41 m. 12, 20-016 Lublin]], tel. [[phone:+48 81 532 47 19]]
Świadek zeznaje: Znam [[person:Mariusza Kaczmarczyka]] od kilku lat. W sierpniu widziałam, jak [[person:Kaczmarczyk]] razem
z [[person:Grzegorzem Nowakiem]] przepakowywali towar z busa o numerach [[plate:LU 4821F]]. Samochód należy do
szwagra [[person:Nowaka]], pana [[person:Tadeusza Wróbla]]. Nic więcej nie wiem."""),
("pl", "PL", "PL", """SKAN DOWODU OSOBISTEGO (OCR, strona przednia i tylna)
RZECZPOSPOLITA POLSKA  DOWÓD OSOBISTY
NAZWISKO / SURNAME [[person:SZYMAŃSKI]]
IMIONA / GIVEN NAMES [[person:ADRIAN PIOTR]]
DATA URODZENIA / DATE OF BIRTH [[dob:18.03.1978]]
NUMER DOWODU / ID NUMBER [[national_id/plid:TFF379134]]   PESEL [[national_id/pesel:78031855199]]
I<POL[[national_id/plid:TFF379134]]4<<<<<<<<<<<<<<<
[[dob:780318]]5M3208058POL<<<<<<<<<<<0
[[person:SZYMANSKI<<ADRIAN<PIOTR]]<<<<<<<"""),
("pl", "PL", "PL", """Notatka urzędowa
W dniu 16.10.2026 r. o godz. 21:40 na ul. Kościuszki w Białymstoku zatrzymano do kontroli pojazd marki BMW X5
o nr rej. [[plate:BI 7H391]], którym kierował [[person:Dawid Łukaszewicz]] (ur. [[dob:1994]] r.). Pasażerem był obywatel
Białorusi [[person:Aliaksandr Hrynkevich]], legitymujący się paszportem nr [[passport:MP4718263]]. W bagażniku ujawniono
kartony papierosów. [[person:Łukaszewicza]] przewieziono do KMP, a pasażera zwolniono. Telefon kierowcy: [[phone:0048 797 214 806]]."""),
("pl", None, None, """notatki - sprawa "bursztyn" (nie poprawiane)
- [[person:Kaczmarczyk]] ma nowe konto: [[account/nrb:52102003065441284120207511]] (Pekao)
- jego zona [[person:Ewa Kaczmarczyk]] ur [[dob:02.09.1980]] mieszka u matki na [[address:os. Piastowskie 23/41, 61-148 Poznań]]
- mail: [[email:ewka.kacz(małpa)interia.pl]]
- siostra [[person:M. Kaczmarczyk-Bąk]] – tel [[phone:+48 12 344 08 91]]
- widziany z ukraincem [[person:Wołodymyr Bondarenko]] (UA tel [[phone:+380 50 562 5304]])"""),
("pl", "PL", "PL", """SĄD OKRĘGOWY W GDAŃSKU, II Wydział Karny
Sygn. akt II K 214/26
WYROK W IMIENIU RZECZYPOSPOLITEJ POLSKIEJ
Oskarżony: [[person:Marcin Henryk Lewandowski]], syn Henryka i Teresy, ur. [[dob:22 lutego 1986]] r. w Gdyni,
PESEL [[national_id/pesel:86022231190]], zam. [[address:ul. Morska 118/4, 81-225 Gdynia]]
Obrońca: adw. [[person:Joanna Stępień-Malinowska]]
Przepadek środków z rachunku [[iban:PL25 1090 6211 9098 9297 2288 6637]] oraz pojazdu [[plate:GA 90215]]."""),
("pl", "DE", "PL", """Od: [[person:Piotr Grabowski]] <[[email:p.grabowski@transpol-kurier.pl]]>
Do: [[email:kontakt@autohandel-frankfurt-oder.de]]
Data: 11 paź 2026, 14:52
Temat: auto dla pana [[person:Nowaka]]

Panie Helmut, auto ([[plate:FF-HN 482]]) odbierze [[person:Grzegorz Nowak]], dowód osobisty [[national_id/plid:YLT724247]].
Zapłata przelewem na Pana konto w Sparkasse: [[iban:DE66 5001 0517 7001 9128 70]].
Mój numer w Niemczech: [[phone:+49 1519 2916474]]."""),
("pl", "PL", "PL", """KARTA MELDUNKOWA – HOTEL POD ORŁEM, Rzeszów
Nazwisko i imię: [[person:HORVÁTH Zoltán]]
Data urodzenia: [[dob:07.07.1971]]
Obywatelstwo: węgierskie
Dokument: paszport [[passport:BK4819203]]
Adres stałego zamieszkania: [[address:Kossuth Lajos utca 42, 4400 Nyíregyháza]]
Nr rej. pojazdu: [[plate:SZB-284]]   Telefon: [[phone:+36 30 418 2273]]"""),
("pl", "PL", "PL", """Urząd Celno-Skarbowy w Gdyni – Protokół kontroli towaru
Kierowca: [[person:Mantas Jankauskas]], ur. [[dob:30.06.1988]], paszport litewski [[passport:24718391]]
Ciągnik [[plate:LGK 182]] (LT) / naczepa [[plate:T 4471]] (LT)
Odbiorca: [[person:Rafał Górecki]], PESEL [[national_id/pesel:70111140340]], [[address:ul. Hutnicza 41, 81-061 Gdynia]], tel. [[phone:58 624 10 37]]
Agent celny: [[person:Elżbieta Nowicka-Ryś]], [[email:e.nowicka.rys(at)celnik-gdynia(dot)pl]]
Towar: 20 t granulatu PE; ujawniono 6 000 paczek papierosów."""),
]

RU = [
("ru", "RU", "RU", """СПРАВКА-МЕМОРАНДУМ
По имеющимся данным, [[person:Гусейнов Эльдар Рафикович]], [[dob:14.09.1983]] г.р., уроженец г. Баку,
паспорт гражданина РФ [[national_id/rupass:45 12 681734]], ИНН [[national_id/inn:509202820768]],
зарегистрирован по адресу: [[address:г. Москва, ул. Бутлерова, д. 9, корп. 2, кв. 88]], фактически проживает
у сожительницы [[person:Лапиной Оксаны Викторовны]]. Пользуется телефоном [[phone:+7 912 391-78-56]] и
автомобилем Toyota Camry г/н [[plate:О482КМ 199]]. Поддерживает связь с [[person:Ахмедовым]] и [[person:В.С. Крутиковым]]."""),
("ru", None, "RU", """СВОДКА ПТП (объект «ШТОРМ»), абонентский номер [[phone:8 (912) 480-33-17]]
21.10.2026 10:41  исх. на [[phone:+7 301 266-19-73]]  «Штор» – неуст. мужчина: говорят о поставке, упоминают [[person:Рустама Каримова]]
21.10.2026 12:05  вх. от [[phone:+49 30 125268]]  «Штор» – [[person:Ирина Беккер]] (Берлин): деньги отправлены на [[iban:DE03 1002 0890 7259 4573 07]]
21.10.2026 15:30  СМС вх.: «адрес [[address:Казань, ул. Баумана, д. 41, кв. 17]] спросить Фарида»
22.10.2026 09:12  исх. на [[phone:8-916-204-55-81]]  «Штор» – [[person:Каримов]] просит номер машины: «[[plate:А 123 ВС 116]]»"""),
("ru", "RU", "RU", """ПРОТОКОЛ ДОПРОСА СВИДЕТЕЛЯ
г. Санкт-Петербург                                                     19 октября 2026 г.
Свидетель: [[person:Соколова Марина Андреевна]], родилась [[dob:3 февраля 1981]] г. в г. Пскове,
проживает: [[address:198095, г. Санкт-Петербург, ул. Швецова, д. 12, кв. 34]], тел. [[phone:+7 921 744-18-09]],
СНИЛС [[national_id/snils:560-585-340 99]].
По существу показала: с [[person:Дмитрием Евгеньевичем Орловым]] знакома с 2019 года. [[person:Орлов]] часто бывал у
[[person:Рябининой]], соседки. Её муж, [[person:Рябинин Сергей]], ездит на «Ладе» [[plate:Е 845 ТУ 78]]."""),
("ru", None, None, """ЗАПИСКА (набрано с рукописи)
- [[person:ХАСАНОВ Тимур]] 1979 г.р. -> точнее [[dob:12.06.1979]], загранпаспорт [[passport:75 4182736]]
- у него счёт в Германии: BLZ [[account/blz:50010517]], Konto [[account/konto:1092992642]]
- почта: [[email:t.khasanov собака mail точка ru]]
- брат [[person:Хасанов Рустам]], ИНН [[national_id/inn:773131820670]], тел [[phone:+7 (916) 551 20 43]]
- связь с поляком [[person:Marek Grabowski]], счёт [[account/nrb:44 1020 7767 1801 4819 3219 8375]]"""),
("ru", "RU", "RU", """ПРИГОВОР ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ
Дело № 1-412/2026
Пресненский районный суд г. Москвы в составе председательствующего судьи [[person:Кравцовой Н.П.]],
рассмотрев уголовное дело в отношении [[person:Мельникова Артёма Олеговича]], [[dob:27 ноября 1990]] года рождения,
уроженца г. Тулы, зарегистрированного по адресу: [[address:г. Тула, пр-т Ленина, д. 84, кв. 5]], СНИЛС [[national_id/snils:253-992-785 26]],
УСТАНОВИЛ: [[person:Мельников А.О.]] совместно с [[person:Гарибяном Арменом]] ..."""),
("ru", "BY", "RU", """Ответ на запрос (Республика Беларусь)
[[person:Жук Павел Николаевич]], [[dob:1987]] г.р., паспорт [[passport:MP2849017]], проживает [[address:г. Гродно, ул. Советская, д. 17, кв. 3]].
Мобильный [[phone:+375 29 641 72 80]], эл. почта [[email:pavel.zhuk87@tut.by]].
Автомобиль Volkswagen Passat г/н [[plate:4821 АВ-4]]. Сестра – [[person:Жук (Лещинская) Алла]]."""),
("ru", "RU", "RU", """От: [[person:Виктор Самойленко]] <[[email:v.samoylenko@yandex.ru]]>
Кому: [[email:info@baltic-cargo.lv]]
Дата: 14 октября 2026 г., 11:20
Тема: груз / оплата

Получатель груза в Риге: [[person:Jānis Ozoliņš]], тел. [[phone:+371 29 418 335]].
Оплату прошу перевести [[person:Самойленко В.]] на счёт [[iban:CY26 0020 0123 6488 0698 2797 3978]].
Контакт в Гамбурге – [[person:Олег Шмидт]], [[address:Wandsbeker Chaussee 288, 22089 Hamburg]]."""),
("ru", "RU", "RU", """КАРТОЧКА ГОСТЯ – ГОСТИНИЦА «ВОЛНА», г. Сочи
Фамилия [[person:АБДУЛЛАЕВ]]  Имя [[person:МАГОМЕД]]  Отчество [[person:ШАМИЛЕВИЧ]]
Дата рождения [[dob:08 марта 1992]]
Документ: паспорт РФ серия [[national_id/rupass:8214 930571]]
Адрес регистрации: [[address:367000, Республика Дагестан, г. Махачкала, ул. Гамидова, д. 49, кв. 112]]
Телефон: [[phone:8 928 047 33 61]]   Авто: [[plate:М 777 ОР 05]]"""),
("ru", "RU", "RU", """АКТ ТАМОЖЕННОГО ДОСМОТРА (выписка), т/п МАПП Бурачки
Перевозчик: [[person:Латышев Игорь Валентинович]], [[dob:4 июля 1976]] г.р., ИНН [[national_id/inn:236482777701]]
Транспортное средство: тягач [[plate:Р 418 КН 60]], полуприцеп [[plate:АО 4471 60]]
Получатель: [[person:Арутюнян Гоар Ашотовна]], [[address:г. Псков, Рижский пр-т, д. 64, кв. 19]], тел. [[phone:+7 8112 72-44-18]]
Отправитель: [[person:Ivars Kalniņš]], Рига, [[phone:+371 26 413 902]]
Оплата по инвойсу № 88/2026 перечислена с счёта [[iban:LV78 RIKO 0002 0130 9411 8]]."""),
]

EL = [
("el", "GR", "GR", """ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ – ΚΙΝΗΣΕΙΣ ΛΟΓΑΡΙΑΣΜΟΥ
Δικαιούχος: [[person:ΠΑΠΑΔΟΠΟΥΛΟΣ ΧΑΡΑΛΑΜΠΟΣ]]
[[address:Εγνατίας 142, 546 22 Θεσσαλονίκη]]
IBAN: [[iban:GR16 6205 3245 3361 6540 4303 425]]     ΑΦΜ: [[national_id/afm:887185886]]
Ημ/νία    Αιτιολογία                                                 Ποσό
02/10     ΕΙΣΕΡΧ. ΕΜΒΑΣΜΑ [[person:ΚΑΡΑΓΙΑΝΝΗ ΜΑΡΙΑ]]                            +2.300,00
07/10     ΕΜΒΑΣΜΑ ΠΡΟΣ [[iban:MT76 MALT 0110 0087 6690 9441 0573 429]] [[person:Stoyanov I.]]     -5.000,00
15/10     ΑΝΑΛΗΨΗ ΑΤΜ ΚΑΛΑΜΑΡΙΑ                                      -600,00"""),
("el", None, "GR", """ΕΚΘΕΣΗ ΕΞΕΤΑΣΗΣ ΜΑΡΤΥΡΑ
Στην Αθήνα σήμερα 20 Οκτωβρίου 2026 εμφανίστηκε ο [[person:Νικόλαος Σταματόπουλος]] του Γεωργίου,
γεν. [[dob:11 Μαρτίου 1975]], κάτοικος [[address:Πατησίων 215, 112 53 Αθήνα]], κάτοχος ΑΔΤ [[national_id/adt:ΑΚ 482917]],
τηλ. [[phone:694 812 3057]], και κατέθεσε:
«Τον [[person:Ζαφειρίου]] τον ξέρω από τη λαϊκή. Το βράδυ είδα το αυτοκίνητο του [[person:Ζαφειρίου]], ένα μαύρο Golf με
πινακίδα [[plate:ΙΚΒ-4521]], έξω από το σπίτι της [[person:Ελένης Μαυρίδου]]. Μαζί του ήταν ο Αλβανός [[person:Ardit Hoxha]].»"""),
("el", "GR", "GR", """ΤΗΛΕΦΩΝΙΚΕΣ ΣΥΝΔΙΑΛΕΞΕΙΣ – ΣΥΝΔΡΟΜΗΤΗΣ [[phone:+30 691 275 5265]] ([[person:Κ. Λιάπης]])
Α/Α  Ημερομηνία/ώρα      Κατεύθυνση  Αριθμός               Περίληψη
112  18/10/2026 19:40   εξερχ.      [[phone:+30 21 2369 5657]]      [[person:Λιάπης]] ζητά από [[person:Σπύρο Κουτσούκο]] «το χαρτί»
113  18/10/2026 20:02   εισερχ.     [[phone:0030 699 652 3804]]      Άγνωστη γυναίκα δίνει διεύθυνση [[address:Αγίου Δημητρίου 56, Πειραιάς 185 46]]
114  19/10/2026 08:15   εξερχ.      [[phone:+357 96 335391]]         Συνομιλία με [[person:Ανδρέα Χριστοδούλου]] (Λεμεσός) για λογαριασμό [[iban:CY52 0020 0123 8632 3010 2130 1773]]"""),
("el", None, None, """σημειώσεις – υπόθεση «ΚΑΡΑΒΙ»
- [[person:Λιάπης Κωνσταντίνος]] γεν. [[dob:1992]], ΑΜΚΑ [[national_id/amka:03069240715]]?? (να επιβεβαιωθεί)
- το email του: [[email:k.liapis (at) otenet (dot) gr]]
- η γυναίκα του [[person:Δέσποινα Λιάπη]], ΑΦΜ [[national_id/afm:418803094]]
- φορτηγό [[plate:ΧΡΖ 7712]] στο όνομα του [[person:Τσολάκη]]
- ο [[person:Τσολάκης]] έχει λογαριασμό στη Γερμανία: [[account/blzkonto:3147460090/10020890]]"""),
("el", "GR", "GR", """ΠΛΗΜΜΕΛΕΙΟΔΙΚΕΙΟ ΠΕΙΡΑΙΑ – ΑΠΟΦΑΣΗ ΑΡΙΘΜ. 4418/2026
Κατηγορούμενος: [[person:ΒΛΑΧΟΣ Ιωάννης]] του Δημητρίου και της Αικατερίνης, γεν. [[dob:10/01/1980]] στον Πειραιά,
κάτοικος [[address:Γρηγορίου Λαμπράκη 88, 185 33 Πειραιάς]], ΑΔΤ [[national_id/adt:ΑΙ 204817]], ΑΜΚΑ [[national_id/amka:10018028836]].
Συνήγορος: [[person:Αθανασία Κοντού]], δικηγόρος Πειραιά.
Διατάσσεται η δήμευση του οχήματος [[plate:ΥΧΕ-3308]] και του λογαριασμού [[iban:GR37 1819 7407 3921 3466 3530 780]]."""),
("el", "GR", "GR", """ΔΕΛΤΙΟ ΑΦΙΞΗΣ ΑΛΛΟΔΑΠΟΥ – ΞΕΝΟΔΟΧΕΙΟ «ΑΚΤΗ», Ηράκλειο
Επώνυμο: [[person:DEMIR]]   Όνομα: [[person:Burak]]
Ημερομηνία γέννησης: [[dob:23.01.1990]]
Ιθαγένεια: Τουρκική   Διαβατήριο: [[passport:U18374502]]
Διεύθυνση: [[address:Atatürk Cad. No: 112 D: 7, 35220 Konak/İzmir]]
Τηλέφωνο: [[phone:+90 505 238 84 54]]   Email: [[email:burak.demir90@hotmail.com]]"""),
("el", "CY", "GR", """Από: [[person:Μαρίνα Γεωργίου]] <[[email:m.georgiou@cytanet.com.cy]]>
Προς: [[email:info@limassol-yachts.com]]
Ημερομηνία: Τετ, 7 Οκτ 2026 15:44
Θέμα: Πληρωμή ενοικίου σκάφους

Ο πελάτης κ. [[person:Πετρίδης]] θα πληρώσει από τον λογαριασμό [[iban:CY61 0020 0123 8463 1746 7585 8933]].
Τηλέφωνο επικοινωνίας: [[phone:99 418 225]]. Διεύθυνση: [[address:Λεωφόρος Μακαρίου Γ' 231, 3105 Λεμεσός]].
Διαβατήριο του: [[passport:K00471928]]."""),
("el", None, "GR", """ΣΥΜΒΑΣΗ ΜΙΣΘΩΣΗΣ ΑΥΤΟΚΙΝΗΤΟΥ Νο 88214
Μισθωτής: [[person:ΡΟΥΣΣΟΣ, Ευάγγελος]]   Ημ. γέννησης: [[dob:5 Ιουνίου 1979]]
Δίπλωμα οδήγησης: εκδ. Περιφέρεια Αττικής   ΑΔΤ: [[national_id/adt:Χ 918273]]
Διεύθυνση: [[address:Κηφισίας 44, 151 25 Μαρούσι]]
Κινητό: [[phone:697 401 2285]]
Όχημα: Fiat Tipo λευκό, αρ. κυκλ. [[plate:ΙΡΤ 9942]]"""),
("el", "GR", "GR", """ΤΕΛΩΝΕΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ – ΠΡΑΞΗ ΚΑΤΑΣΧΕΣΗΣ
Οδηγός: [[person:Mehmet Aslan]], γεν. [[dob:19.02.1981]], τουρκικό διαβατήριο [[passport:U09418372]]
Ελκυστήρας [[plate:34 FKL 218]] (TR), ρυμουλκούμενο [[plate:34 KR 0917]]
Παραλήπτης: [[person:Αθανάσιος Ζαχαρίου]], ΑΦΜ [[national_id/afm:006984228]], [[address:Μοναστηρίου 318, 563 34 Ελευθέριο-Κορδελιό]]
Εκτελωνιστής: [[person:Βασιλική Τσιρίγου]], τηλ. [[phone:2310 541 827]], [[email:v.tsirigou@customs-thess.gr]]
Εμπόρευμα: 12 παλέτες «πλακάκια», εντοπίστηκαν 900 κιλά καπνού."""),
]

AR = [
("ar", "AE", "AE", """بنك الإمارات الوطني – كشف حساب
اسم العميل: [[person:سالم بن راشد الكتبي]]
العنوان: [[address:فيلا 27، شارع 14ب، الجميرا 3، دبي]]
رقم الآيبان: [[iban:AE50 0339 6932 2409 4941 700]]
رقم الهوية الإماراتية: [[national_id/emirates:784-1998-4789833-7]]
التاريخ     البيان                                              المبلغ
03/10     حوالة واردة من [[person:AL-MANSOORI, Khalid]]                    45,000.00
09/10     حوالة صادرة إلى [[iban:SA08 2026 6554 2545 0104 0407]] ([[person:فهد العتيبي]])   -30,000.00
للاستفسار: [[phone:+971 4 316 0000]]"""),
("ar", "EG", "EG", """محضر سماع أقوال شاهد
في يوم الأربعاء الموافق 14/10/2026 حضر أمامنا [[person:محمود عبد الفتاح السيد]]، المولود في [[dob:١٢ مارس ١٩٨٢]]،
رقم قومي [[national_id/egid:28203120104518]]، ومقيم في [[address:١٥ شارع الجمهورية، عابدين، القاهرة]]، هاتف [[phone:٠١٠٠٨٥٨٩٦٥٤]].
وقرر أنه شاهد [[person:أبو كريم المصري]] يقود سيارة نصف نقل لوحة رقم [[plate:ن ج ه ٣٤٥٦]] ومعه [[person:شريف حمدي]].
وأضاف أن [[person:حمدي]] يعمل لدى الحاج [[person:عبد الرحمن بن يوسف]]."""),
("ar", None, "AE", """قائمة الجزاءات – مقتطف
الاسم: [[person:عبد الله بن عمر الحضرمي]] (ويعرف أيضا بـ: [[person:أبو عمر الحضرمي]]؛ [[person:Abdullah bin Omar AL-HADRAMI]])
تاريخ الميلاد: [[dob:١٩٧٤/٠٦/٠١]]؛ مكان الميلاد: المكلا، اليمن
رقم جواز السفر: [[passport:04718263]] (اليمن)
رقم الهوية الوطنية: [[national_id/saudi:2897098238]] (إقامة سعودية)
العنوان: [[address:حي الروضة، شارع الأمير سلطان، مبنى 12، جدة]]"""),
("ar", None, "SA", """سجل المكالمات – الرقم المستهدف [[phone:+966 51 233 4549]]
٢٠/١٠/٢٠٢٦ ٢١:١٤  صادرة  [[phone:0512489426]]  المدة ٣:١٠  – [[person:تركي الدوسري]] يطلب من ناصر الحضور
٢١/١٠/٢٠٢٦ ٠٩:٠٢  واردة  [[phone:+962 7 9098 3119]]  المدة ١:٤٥  – المتصل يذكر حوالة إلى [[iban:JO17 CBJO 0010 0000 0019 9118 5908 53]]
٢١/١٠/٢٠٢٦ ١٣:٣٧  صادرة  [[phone:011 215 2356]]  المدة ٠:٥٠  – حجز باسم [[person:الدوسري]]
ملاحظة المحلل: صاحب الخط [[person:تركي بن فهد الدوسري]]، هوية وطنية [[national_id/saudi:1836616944]]، سيارته لوحة [[plate:٧٣٥٤ ح ط ر]]"""),
("ar", None, None, """ملاحظات – القضية "صقر"
- [[person:أبو ياسين]] = [[person:ياسين عبد الرزاق الجبوري]] مواليد [[dob:1986]]
- بريده: [[email:yaseen.jb86 (at) gmail (dot) com]]
- زوجته [[person:رنا خليل]] لديها حساب في فرنسا RIB [[account/rib:18206 78986 64459856138 11]]
- أخوه [[person:عمر الجبوري]] جواز عراقي [[passport:A12847365]] هاتف [[phone:+964 770 418 2291]]
- السيارة: Dubai [[plate:P 38214]]"""),
("ar", "MA", "FR", """المملكة المغربية – المحكمة الابتدائية بطنجة
ملف جنحي رقم 2026/2104/812
المتهم: [[person:العمراني محمد أمين]]، المزداد بتاريخ [[dob:03 يناير 1991]] بطنجة، بطاقة التعريف الوطنية رقم [[national_id/cin:K478213]]،
الساكن [[address:زنقة ابن بطوطة رقم 14، حي مرشان، طنجة 90000]]، الهاتف [[phone:06 61 48 22 90]]
المطالب بالحق المدني: [[person:سناء الإدريسي]]، دفاعها الأستاذ [[person:رشيد بنعلي]]."""),
("ar", "LB", "LB", """من: [[person:Georges Haddad]] <[[email:g.haddad@idm.net.lb]]>
إلى: [[email:accounts@beirut-freight.com]]
التاريخ: 12 أكتوبر 2026
الموضوع: دفعة الشحنة

الرجاء تحويل المبلغ إلى حساب السيد [[person:جورج حداد]] رقم [[iban:LB17 0999 0000 4927 5053 7789 7965]]،
والتواصل مع المخلص [[person:إيلي أبو جودة]] على [[phone:+961 71 794 771]]، العنوان: [[address:بناية النجمة، الطابق 3، شارع الحمرا، بيروت]]."""),
("ar", "JO", "AE", """نموذج تسجيل نزيل – فندق البتراء، عمّان
الاسم الكامل: [[person:HASSAN ABU-ZAYED, Omar]]
تاريخ الميلاد: [[dob:22/09/1984]]
الجنسية: أردني   رقم جواز السفر: [[passport:N482913]]
العنوان الدائم: [[address:شارع وصفي التل، عمارة 41، شقة 6، عمّان 11183]]
الهاتف: [[phone:+962 6 200 8944]]   البريد: [[email:omar.abuzayed@yahoo.com]]
المرافق: [[person:لينا أبو زيد]]، مواليد [[dob:5 أيار 1988]]"""),
("ar", "AE", "AE", """جمارك دبي – بيان استيراد (مقتطف) – ميناء جبل علي
المصدّر: [[person:Farhan Qureshi]]، كراتشي، باكستان، هاتف [[phone:+92 321 418 7730]]
المستورد: [[person:سعيد بن خليفة الفلاسي]]، هوية إماراتية [[national_id/emirates:784-1983-0462963-1]]، [[address:مستودع 12، شارع 6، القوز الصناعية 3، دبي]]
المخلص: [[person:نادر أبو شقرا]]، بريد [[email:nader.abushakra@dubai-clearing.ae]]، هاتف [[phone:04 347 2219]]
الشاحنة: [[plate:Q 47120]]
الدفع من الحساب [[iban:AE52 0333 4228 0543 6756 843]]."""),
]


def records() -> list[dict]:
    """Every record, checked."""
    return build(EN + FR + DE + ES + PL + RU + EL + AR, "d5")


def main() -> None:
    records_ = records()
    write(records_, HERE / "ids_dev5.jsonl")
    print(table(records_))


if __name__ == "__main__":
    main()
