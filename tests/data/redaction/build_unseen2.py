# ruff: noqa: E501  (the texts are documents: their lines are data, kept as written)
"""Build unseen2.jsonl: a frozen evaluation set for the redaction detectors, written apart from them.

Texts hold their labels inline as ``[[kind:text]]``; ``[[kind/check:text]]`` names the checksum
or shape check of an account or national ID (see markup_checks.py). Running this script checks
every value and rewrites unseen2.jsonl and unseen2.sha256 byte for byte. See UNSEEN2.md: this set
is never edited to fit the detectors.
"""

from pathlib import Path

from markup_checks import build, mrz_td3, table, write

HERE = Path(__file__).resolve().parent

EN = [
("en", "GB", "GB", """PENNINE MUTUAL BANK plc                      Current Account Statement
MISS [[person:ROSALIND E. HARGREAVES]]                         Page 2 of 3
[[address:22 Tithebarn Close
Clitheroe
Lancashire BB7 1QJ]]
Sort Code: [[account/ukac:30-96-14]]    Account Number: [[account/ukac:40817263]]
BIC HBUKGB4B   IBAN [[iban:GB39 HBUK 8875 8544 4907 85]]
-----------------------------------------------------------------------
Date      Payment type and details                      Out       In
14 Sep    BP  [[person:PRZYBYLSKI M]]  LOAN REPAY                       600.00
16 Sep    SO  [[person:HARGREAVES R & T]]  HOUSEKEEPING   250.00
21 Sep    FT  TO [[iban:gb24midl79964848204609]]  INV 5512    4,300.00
28 Sep    BGC [[person:E. VASQUEZ-MORENO]]                          9,750.00
If you think a payment is wrong call us on [[phone:0800 051 7733]]."""),
("en", None, "GB", """[scan 2 of 4 - exhibit RKT/07 - biodata page - OCR output, unedited]
FEDERAL REPUBLIC OF NIGERIA     PASSPORT
Type P    Country Code NGA    Passport No [[passport:A09482716]]
Surname [[person:ADEKUNLE-BELLO]]
Given Names [[person:CHIDINMA GRACE]]
Nationality NIGERIAN    Sex F
Date of Birth [[dob:30 OCT 1989]]     Place of Birth IBADAN
Date of Issue 11 JAN 2022    Date of Expiry 10 JAN 2032
""" + mrz_td3("P", "NGA", "ADEKUNLE BELLO", "CHIDINMA GRACE", "A09482716", "NGA",
              "891030", "F", "320110")),
("en", None, None, """FINANCIAL SANCTIONS NOTICE - ANNEX (new designations)
1. [[person:VORONTSEV, Gleb Arkadyevich]]
   DOB: (1) [[dob:17/05/1966]] (2) [[dob:1967]]. POB: Perm, Russia. Nationality: Russia.
   Passport Number: [[passport:72 0938451]] (Russia).
   National Identification Number: [[national_id/inn:782264894562]] (Russia, tax).
   Address: [[address:Flat 41, 7 Clarges Mews, London W1J 8AE]].
   Other Information: (UK Sanctions List Ref): RUS1932. Associated with [[person:BELINSKAYA, Tamara]].
2. [[person:Tamara Igorevna BELINSKAYA]]  a.k.a. [[person:Tamara BELINSKAIA]]
   DOB: [[dob:02/11/1971]]. Passport: [[passport:75 4410928]]."""),
("en", "GB", "GB", """HM REVENUE & CUSTOMS - IMPORT DECLARATION (extract, entry 0471882C)
Box 2  Consignor:  [[person:Ahmet Yıldırımoğlu]], ISTANBUL, TR
Box 8  Consignee:  [[person:B. K. DHALIWAL]], [[address:Unit 7, 118 Soho Road, Birmingham B21 9DP]]
Box 14 Declarant:  [[person:Harjit Dhaliwal]]  tel [[phone:0121 507 3391]]  [[email:h.dhaliwal@dhaliwal-imports.co.uk]]
Box 18 Means of transport: lorry [[plate:34 ABF 712]] / trailer [[plate:34 ZR 0449]]
Box 31 Packages and description: 1,200 cartons "cleaning cloths"
Box 44 Invoice 2026/TR/88123; container MSKU 7734018"""),
("en", "GB", "GB", """SMS extraction - handset exhibit JPL/2 (owner [[person:Lewis Carmichael]])
#    date        time      from/to                  text
231  03/10/2026  22:14:09  to [[phone:07713 482 905]]      u still at kenny's?
232  03/10/2026  22:15:40  from [[phone:07713 482 905]]    ye. bring the thing to [[address:44 Glenapp Street, Glasgow G41 2NB]]
233  04/10/2026  08:02:11  from [[phone:+447915 330 218]]   its [[person:Rab Galbraith]], call me asap
234  04/10/2026  08:30:57  to [[phone:+44 (0)141 332 7790]]  need the reg for the golf, [[plate:SF21 OKN]]?"""),
("en", None, "GB", """POLICE SCOTLAND - STATEMENT OF WITNESS
Name: [[person:Morag Ishbel Cunningham]]      Date of birth: [[dob:19 February 1961]]
Address: [[address:2/1, 17 Dumbarton Road, Glasgow G11 6PA]]      Tel: [[phone:0141 339 4408]]
I have lived here twenty years. The man in the flat below is called Mr [[person:Galbraith]], I think [[person:Robert Galbraith]].
His pal with the red hair, [[person:Kenneth Ure]], parks a silver Golf [[plate:SF21 0KN]] across my drive.
On the Tuesday I saw [[person:Ure]] hand [[person:Galbraith]]'s girlfriend a holdall."""),
("en", None, "GB", """Return-Path: <[[email:m.teixeira-lund@protonmail.com]]>
Received: from mail-sor-f41.google.com ([209.85.220.41])
From: [[person:Marta Teixeira-Lund]] <[[email:m.teixeira-lund@protonmail.com]]>
Reply-To: [[email:payments [at] northsea-bunkers [dot] co]]
To: [[person:Wojciech Zaremba]] <[[email:wzaremba@pzf-shipping.pl]]>
Subject: Bunker invoice - NEW BANK DETAILS
Date: Thu, 8 Oct 2026 07:41:03 +0000

Dear Mr [[person:Zaremba]], kindly remit to our Maltese account
[[iban:MT52 MALT 0110 0076 4933 8418 8059 564]] before Friday. Call me on [[phone:+356 7921 4408]]."""),
("en", "GB", "GB", """rough notes - op TIDEMARK - DO NOT CIRCULATE
*[[person:rosalind hargreaves]] - bank staff? pays [[person:przybylski]] every month, why
*[[person:Przybylski]] = [[person:Marek PRZYBYLSKI]] polish, b. [[dob:19/11/82]], PESEL [[national_id/pesel:82111900811]]
*lives [[address:9 Back Lane
Colne BB8 0RF]] w/ partner [[person:Sian O'Rourke]] ([[phone:07 954 218 306]])
*ni no for siân from DWP: [[national_id/nino:PR 72 41 08 D]]
*van: [[plate:PN19 UXW]]
*her hotmail = [[email:sian.orourke87 @ hotmail . co . uk]]"""),
("en", "GB", "GB", """IN THE CROWN COURT SITTING AT BELFAST
Bill No: 26/4417
THE KING
-v-
[[person:DECLAN FRANCIS McALINDEN]]  (D.O.B. [[dob:04.04.1979]])
and
[[person:NUALA BRIGID McALINDEN]]  (D.O.B. [[dob:28.08.1983]])
Indictment: money laundering, contrary to s.327 POCA 2002.
Restraint extends to the account [[iban:IE37 AIBK 9311 5283 6044 50]] and the vehicle [[plate:LXZ 4418]].
Prosecuting: Mr [[person:C. Quigley]] KC"""),
]

FR = [
("fr", "FR", "FR", """CAISSE RÉGIONALE DU VAL DE LOIRE          Extrait de compte courant n° 118
M. OU MME [[person:TESSIER GILLES]]
[[address:La Grange Neuve
17 route de Chinon
37500 Ligré]]
Domiciliation : AGENCE CHINON     Code banque 11306  Code guichet 07888
Référence bancaire (RIB) : [[account/rib:11306 07888 80518564664 14]]
IBAN : [[iban:FR76 1027 8234 1766 0033 2139 939]]
DATE   OPÉRATION                                         DÉBIT     CRÉDIT
04.09  VIREMENT DE [[person:EL KHATTABI SOUFIANE]]                           8 000,00
05.09  VIREMENT À M. [[person:DEVAUX P.]] [[iban:BE32 8517 6043 4002]]      7 500,00
22.09  CHÈQUE 0004471                                       1 250,00"""),
("fr", None, "FR", """Copie passeport (OCR) – pièce jointe au signalement Tracfin n° 2026-0912
RÉPUBLIQUE FRANÇAISE  PASSEPORT
Type P   Code du pays FRA   Passeport n° [[passport:21AK08937]]
Nom [[person:DE LA ROCHEFOUCAULD-BRISSAC]]
Prénoms [[person:Anne-Sophie, Marguerite]]
Nationalité Française
Date de naissance [[dob:24 12 1961]]   Lieu de naissance ÉPINAL (88)
""" + mrz_td3("P", "FRA", "DE LA ROCHEFOUCAULD BRISSAC", "ANNE SOPHIE MARGUERITE", "21AK08937",
              "FRA", "611224", "F", "330514") + """
NIR communiqué par la banque : [[national_id/nir:2 61 12 88 414 589 51]]"""),
("fr", "FR", "FR", """DÉCLARATION EN DOUANE – DAU (extrait) – Bureau du Havre Port 2000
Case 2  Expéditeur : [[person:LIN Weijie]], Ningbo (CN), tél. [[phone:+86 138 5742 9016]]
Case 8  Destinataire : SARL Atlantis Négoce, représentée par [[person:Moussa Konaté]]
        [[address:ZI des Hauts de Montivilliers, 41 rue Pierre Curie, 76290 Montivilliers]]
Case 14 Déclarant : [[person:Karine Le Gall]], [[email:karine.legall(at)transitaire-lh(dot)fr]], [[phone:02 35 19 44 87]]
Case 18 Véhicule à l'arrivée : tracteur [[plate:GR-604-JB]], semi-remorque [[plate:AD-781-QQ]]
Case 31 Conteneur TGHU 4471022 – 2 400 colis « pièces détachées »"""),
("fr", "CH", "CH", """Hôtel du Rhône ★★★★ – Genève – Bulletin d'arrivée / Meldeschein
Nom / Name : [[person:ZBINDEN]]      Prénom / Vorname : [[person:Mathilde]]
Né(e) le : [[dob:6 mai 1993]]        Nationalité : CH
Adresse : [[address:Rue de Carouge 58, 1205 Genève]]
Pièce : passeport suisse [[passport:X2918407]]
Tél. : [[phone:+41 79 410 88 26]]     Plaque véhicule : [[plate:GE 318 442]]
Paiement : facture sur compte postal [[account/chpost:90-467438-2]]
Accompagnant : M. [[person:Florian Zbinden-Käser]]"""),
("fr", None, "FR", """SYNTHÈSE D'INTERCEPTIONS – Ligne cible [[phone:07 58 31 94 26]] (« le Gitan »)
N°   Date/heure            Sens   Correspondant            Résumé
203  09/10/2026 19:03:44   SMS→   [[phone:+33 6 44 21 80 19]]       « [[person:Bouzid]] a pris la clio [[plate:DL-512-XV]] »
204  09/10/2026 19:47:02   APP←   [[phone:0033 7 81 22 54 60]]      [[person:Yacine Bouzid]] demande le numéro de compte ; cible dicte [[iban:FR76 3000 4047 6466 6182 3764 359]]
205  10/10/2026 08:11:36   APP→   [[phone:+34 613 49 70 18]]      HNI hispanophone, rdv chez Paco à [[address:Calle del Puerto 12, 11380 Tarifa]]
Utilisateur présumé de la ligne : [[person:HERNANDEZ, José-Manuel]] dit « le Gitan »."""),
("fr", "FR", "FR", """COUR D'APPEL DE DOUAI – Quatrième chambre correctionnelle
ARRÊT DU 24 SEPTEMBRE 2026 – N° RG 25/01187
PRÉVENU ET APPELANT :
[[person:DUBOIS-LEROY Maxime Jean-Luc]], né le [[dob:1er août 1992]] à Dreux (28),
NIR [[national_id/nir:192082868050601]],
demeurant [[address:Appt 14, 203 boulevard de la Liberté, 59800 Lille]]
Assisté de Me [[person:Ophélie Vandamme]], avocat au barreau de Lille
PARTIE CIVILE : la société Nordis Logistique, représentée par Mme [[person:Carole Wattez]]"""),
("fr", "BE", "BE", """NOTE DE RENSEIGNEMENT – Police judiciaire fédérale de Charleroi
Objet : [[person:CAPPELLETTI Giuseppe]], né à Charleroi le [[dob:18/11/1963]], NN [[national_id/benn:63.11.18-310.65]]
Domicile : [[address:Rue de la Montagne 207, 6000 Charleroi]]
GSM : [[phone:0476 21 88 03]] – courriel : [[email:g.cappelletti arobase skynet point be]]
Compte : [[iban:BE56 2015 3969 2788]]   Véhicule : [[plate:2-GFH-119]]
Son beau-frère [[person:Salvatore Lo Presti]] ([[dob:1966]]) gère le café."""),
("fr", None, None, """brouillon – qui est qui (à compléter)
[[person:soufiane el khattabi]] => frère de Nabil, tel [[phone:06.27.91.38.05]] ??
né vers 1990, en fait [[dob:11/03/1990]] (cf fichier)
a loué un appart [[address:5 rue Sainte-Catherine, 2e étage, 33000 Bordeaux]]
son RIB (photo WhatsApp) : [[account/rib:30004 61188 58808863359 93]]
mail [[email:soufiane.ek@laposte.net]]
la voiture de sa mère [[person:Fatima Zohra El Khattabi]] : [[plate:BX-208-RM]]"""),
("fr", "MA", "FR", """De : [[person:Hicham Benkirane]] <[[email:h.benkirane@menara.ma]]>
À : [[email:service.client@autoloc-tanger.ma]]
Date : mer. 30 sept. 2026 18:20
Objet : Location du 02/10 – conducteur

Le conducteur sera mon neveu, [[person:BENKIRANE Anas]], CIN [[national_id/cin:BK418203]], né le [[dob:15/06/1998]],
joignable au [[phone:+212 6 61 20 47 93]]. Paiement depuis mon compte en France : [[iban:FR76 1027 8787 0009 0876 8849 577]]."""),
]

DE = [
("de", "DE", "DE", """Volksbank Mittelhessen eG – Umsatzübersicht
Konto [[account/konto:7253034368]]   BLZ [[account/blz:20050550]]   (Girokonto)
Inhaber: [[person:Ilse-Marie Kettenbach]], [[address:Am Steinbruch 3
35394 Gießen]]
IBAN [[iban:DE46 1002 0890 8459 0394 31]]
Buchungstag  Empfänger/Auftraggeber                     Verwendungszweck             Betrag
02.09.2026   [[person:KETTENBACH, UDO]]                          Unterhalt 09               +800,00
07.09.2026   [[person:Ömer Karaca]]                               Darlehen zurück          -12.000,00
             [[iban:DE55 6005 0101 4369 3315 71]]
19.09.2026   Dr. med. vet. [[person:H. Brüggemann]]              Rechnung 2026-117          -340,00"""),
("de", "DE", "DE", """Personalausweis – Kopie aus der Mietakte (OCR)
BUNDESREPUBLIK DEUTSCHLAND   PERSONALAUSWEIS   IDENTITY CARD
[[national_id/deid:L7N41R2V8]]
Name/Surname [[person:RÖSSLER]]   geb./née [[person:HAUBOLD]]
Vornamen/Given names [[person:SIEGLINDE ELFRIEDE]]
Geburtstag/Date of birth [[dob:09.02.1955]]
Staatsangehörigkeit DEUTSCH   Geburtsort/Place of birth DRESDEN
Anschrift (Rückseite): [[address:01277 DRESDEN
HÜBLERSTR. 41]]
Steuer-ID (Mieterselbstauskunft): [[national_id/steuerid:90962853476]]"""),
("de", None, "DE", """Zollamt Frankfurt (Oder) – Kontrollbericht Autobahn A12, Grenzübergang Swiecko
Fahrer: [[person:Vitalij Sacharenko]], geb. [[dob:12.12.1984]] in Luzk (UA), ukr. Reisepass [[passport:FK428193]]
Beifahrer: [[person:Ostapenko Dmytro]], Reisepass [[passport:FE917304]]
Zugmaschine [[plate:AC 4718 BK]] (UA), Auflieger [[plate:AC 0913 XT]] (UA)
Ladung lt. CMR: 22 t Sonnenblumenkerne; tatsächlich zusätzlich 1.800 Stangen Zigaretten
Empfänger lt. CMR: [[person:Marek Wójtowicz]], [[address:ul. Przemysłowa 9, 66-400 Gorzów Wielkopolski]], Tel. [[phone:+48 95 720 41 18]]"""),
("de", None, "DE", """TKÜ-Auswertung – Maßnahme 14 (Anschluss [[phone:0176 4418 2093]], Nutzer [[person:Kevin Spahn]])
Nr.   Zeit                Typ    Partner                 Zusammenfassung
1182  26.09.2026 23:12:41 SMS-A  [[phone:+49 157 3390 1846]]     "bring die Papiere vom [[person:Ljubić]] mit"
1183  26.09.2026 23:40:05 Gespr. [[phone:089 / 54 83 29 11]]      [[person:Spahns]] Onkel [[person:Dieter Spahn]]; Treffen in der [[address:Dachauer Straße 214, 80637 München]]
1184  27.09.2026 09:03:18 Gespr. [[phone:00 385 91 482 7730]]    kroat. Partner [[person:Zoran Ljubić]] nennt Kennzeichen [[plate:M-ZL 7730]]"""),
("de", None, None, """Vermerk KHK [[person:Brandstätter]] – unsortiert
- die [[person:Kettenbach]] hat 2. Konto: [[account/blzkonto:3736220930/37040044]] (Commerzbank Köln)
- Ehemann [[person:Udo Kettenbach]] geb. [[dob:3.7.1958]], Perso [[national_id/deid:LZ6311T47]]
- Udos Mail: [[email:udo.kettenbach(at)t-online(punkt)de]]
- Wohnmobil [[plate:GI-UK 58H]] (H-Kennz.? nein, kein Oldtimer)
- Steuer-ID Udo lt. Finanzamt: [[national_id/steuerid:17860214915]]"""),
("de", "CH", "DE", """Kantonspolizei Basel-Stadt – Auskunft auf Ersuchen vom 14.09.2026
Person: [[person:Nüesch, Beat Andreas]], geb. [[dob:21. Oktober 1977]], Bürgerort Herisau AR
Adresse: [[address:Hammerstrasse 68, 4058 Basel]]
Natel: [[phone:079 228 41 06]]   E-Mail: [[email:beat.nueesch@bluewin.ch]]
Konten: PostFinance [[account/chpost:40-502047-9]], UBS [[iban:CH28 0811 9862 1095 7520 5]]
Motorfahrzeug: [[plate:BS 48 277]], Halter ist seine Lebenspartnerin [[person:Corinne Gysin]]."""),
("de", "DE", "DE", """AMTSGERICHT DORTMUND – Schöffengericht
Az. 772 Ls 114/26
Im Namen des Volkes – Urteil
In der Strafsache gegen
1. [[person:Mehmet Ali Doğan]], geboren am [[dob:15. März 1990]] in Dortmund, wohnhaft [[address:Mallinckrodtstraße 209, 44147 Dortmund]],
2. [[person:Ljudmila Ehrlich]], geboren am [[dob:08.08.1987]] in Omsk, ohne festen Wohnsitz,
wegen gewerbsmäßiger Hehlerei.
Eingezogen werden das Fahrzeug [[plate:DO-MD 1990]] und das Guthaben auf dem Konto [[iban:de15 7015 0000 4379 8886 23]]."""),
("de", "AT", "DE", """Von: "Mag. [[person:Verena Hörtnagl]]" <[[email:v.hoertnagl@kanzlei-hoertnagl.at]]>
An: [[email:office@alpen-immobilien.tirol]]
Datum: 2. Oktober 2026 um 16:58 MESZ
Betreff: Kaufvertrag Top 4 – Käuferdaten

Käufer: [[person:Aleksandr Wolkow]] (russ. StA), Reisepass [[passport:75 1184306]], geb. [[dob:29.01.1970]].
Kaufpreis wird überwiesen von [[iban:AT41 7836 0162 2232 7390]]. Tel. Käufer: [[phone:+43 664 913 20 55]].
Objekt: [[address:Museumstraße 7/Top 4, 6020 Innsbruck]]"""),
("de", "DE", "DE", """MIETVERTRAG Nr. 26-LEJ-04418 – Autovermietung Sachsenring GmbH, Station Leipzig Hbf
Mieter: [[person:Gottschalk, Nadine]]          geb. [[dob:17.12.1991]]
Anschrift: [[address:Eisenbahnstraße 92, 04315 Leipzig]]
Ausweis-Nr.: [[national_id/deid:CFJ4M7P21]]    Mobil: [[phone:0172 9041 336]]
E-Mail: [[email:nadine.gottschalk91@gmx.de]]
2. Fahrer: [[person:Enrico Schmiedel]]
Fahrzeug: VW Transporter T6, weiß, amtl. Kennzeichen [[plate:L-SR 4418]]
Übergabe 30.09.2026 08:00, Rückgabe 02.10.2026 18:00, Kaution 800 EUR (Kreditkarte **** 2291)"""),
]

ES = [
("es", "ES", "ES", """BANCO DEL SURESTE, S.A. – Certificado de titularidad y movimientos
Titulares: [[person:PEÑALVER SOTO, María Dolores]] y [[person:ABENOJAR PEÑALVER, Ginés]]
Domicilio de correspondencia: [[address:Avda. de la Constitución 112, esc. B, 5º 2ª, 30008 Murcia]]
Cuenta (CCC): [[account/ccc:0182 2186 14 9413386676]]
IBAN: [[iban:ES14 2100 5287 2273 9836 1106]]
FECHA      CONCEPTO                                                IMPORTE
02/09/26   TRANSF. RECIBIDA DE [[person:CHOUKRI ABDELLAH]]                 +15.000,00
10/09/26   TRANSFERENCIA A [[iban:lt83 9289 1903 0794 8599]]      -14.500,00"""),
("es", None, "ES", """[OCR – copia del DNI, anverso y reverso]
REINO DE ESPAÑA   DOCUMENTO NACIONAL DE IDENTIDAD
APELLIDOS [[person:IZQUIERDO
DE LA FUENTE]]
NOMBRE [[person:BORJA]]
SEXO M   NACIONALIDAD ESP
FECHA DE NACIMIENTO [[dob:22 07 1985]]
DNI [[national_id/dni:17779338Q]]
DOMICILIO [[address:C. SAN VICENTE FERRER 44 P03 D
28004 MADRID]]"""),
("es", "ES", "ES", """AGENCIA TRIBUTARIA – Vigilancia Aduanera – Acta de intervención
Puerto de Algeciras, 3 de octubre de 2026
Conductor: [[person:Abdelilah Chaoui Benmoussa]], pasaporte marroquí [[passport:TK9931804]], nacido el [[dob:4 de abril de 1981]]
Tractora [[plate:62483-A-6]] (MA), semirremolque [[plate:R-4417-BCX]]
Expedidor: [[person:Rachid Amrani]], Tánger, teléfono [[phone:+212 6 70 31 94 82]]
Destinatario: [[person:Jesús Abellán Ruiz]], [[address:Polígono San Rafael, nave 14, 04230 Huércal de Almería]], tel. [[phone:950 14 62 73]]
Mercancía declarada: 18 t de pimientos; hallados 2.100 kg de hachís."""),
("es", "ES", "ES", """INFORME DE ESCUCHAS – Teléfono intervenido [[phone:634 918 207]] (usuario: [[person:Ginés Abenójar]])
Sesión  Fecha/hora         Sentido  Interlocutor          Contenido
0571    12/10/2026 20:15   saliente [[phone:+34 968 21 44 07]]      Habla con su madre; ella dice que [[person:Choukri]] ha llamado
0572    12/10/2026 21:02   entrante [[phone:0034 622 80 41 59]]     [[person:Daniel Ferrández]]: "el coche está en la nave", matrícula [[plate:3318 LGP]]
0573    13/10/2026 09:48   saliente [[phone:+212 5 22 48 19 30]]     Varón marroquí; dicta cuenta [[iban:ES31 2100 3145 7832 1475 3500]]"""),
("es", "ES", "ES", """JUZGADO DE INSTRUCCIÓN Nº 4 DE MARBELLA
Diligencias Previas 1184/2026
AUTO
Investigados: D. [[person:Viktor Ravn Henriksen]], nacional danés, pasaporte [[passport:209183744]], nacido el [[dob:17-09-1974]],
con domicilio en [[address:Urbanización Sierra Blanca, calle Tulipán 3, 29602 Marbella]];
y Dña. [[person:Aitana Grau Vilaseca]], con DNI [[national_id/dni:47832199L]].
Se acuerda el bloqueo de la cuenta [[account/ccc:2100 7939 47 2744516943]] y la inmovilización del vehículo [[plate:0182 MJK]]."""),
("es", None, None, """notas de la entrevista con el informante (pasado a limpio, mas o menos)
- el q manda es "el Cordobés" = [[person:rafael lucena montilla]], nacido en [[dob:1969]]
- su mujer Encarni ([[person:Encarnación Jurado]]) tiene NIE? no, es española. DNI [[national_id/dni:97826012C]]
- el rumano: [[person:Ionuț Dragomir]], NIE [[national_id/nie:X4478104G]], tlf [[phone:+40 745 318 092]]
- correo del rumano: [[email:ionut.dragomir (arroba) gmail (punto) com]]
- se ven en [[address:Bar Los Arcos, calle Cruz Conde 7, 14001 Córdoba]]"""),
("es", "ES", "ES", """De: "[[person:Pilar Ochoa]]" <[[email:pochoa@gestoriaochoa.es]]>
Para: [[email:inscripciones@registro-vehiculos-online.es]]
Fecha: 25 sept 2026, 12:41
Asunto: Cambio de titularidad

Adjunto documentación del comprador, [[person:ABDULLAYEV Rauf]] (NIE [[national_id/nie:Y2218929H]], fecha de nac. [[dob:03/03/1988]]),
con domicilio en [[address:Calle Reina Mercedes 21, 3º izq., 41012 Sevilla]], móvil [[phone:699 17 35 08]].
Vehículo [[plate:5529 KXM]]."""),
("es", "AR", "ES", """Ficha de huésped – Hotel Colón Plaza, Barcelona
Apellido/s: [[person:FERNÁNDEZ DI STEFANO]]    Nombre/s: [[person:Lautaro Nicolás]]
Fecha de nacimiento: [[dob:11 de noviembre de 1995]]    Nacionalidad: argentina
Pasaporte: [[passport:AAG418293]]
Domicilio: [[address:Av. Corrientes 4127, piso 8 depto. C, C1194 CABA]]
Teléfono: [[phone:+54 9 11 4419-2803]]    Correo: [[email:lautifds@gmail.com]]"""),
]

PL = [
("pl", "PL", "PL", """mBank S.A. – Historia rachunku za okres 01.09.2026 – 30.09.2026
Właściciel: [[person:JAKUB MICHAŁ SOBCZAK]]
Adres: [[address:ul. Zwycięstwa 48 lok. 3
75-037 Koszalin]]
Numer rachunku: [[account/nrb:22 1140 1182 4913 1199 0381 9910]]
Data operacji  Opis                                                        Kwota     Saldo
03.09.2026     PRZELEW OD: [[person:CHMIELEWSKA DOROTA]] tytuł: za auto              +18 500,00
05.09.2026     PRZELEW DO: [[person:Witold Kubiak]] nr [[account/nrb:64109073064139096545750284]]   -9 000,00
11.09.2026     PRZELEW ZAGR.: [[iban:LT54 6359 3796 4369 5227]] [[person:Rimantas Petrauskas]]    -8 800,00
Infolinia: [[phone:801 300 800]]"""),
("pl", None, "PL", """Skan paszportu – załącznik do wniosku o kartę pobytu (OCR)
UKRAINA / UKRAINE   ПАСПОРТ / PASSPORT
Nr / No. [[passport:GA418207]]
Прізвище / Surname [[person:KOVALCHUK]]
Ім'я / Given names [[person:OLENA]]
Дата народження / Date of birth [[dob:14 ЛИП/JUL 92]]
""" + mrz_td3("P", "UKR", "KOVALCHUK", "OLENA", "GA418207", "UKR", "920714", "F", "300119") + """
Adres w Polsce: [[address:ul. Kartuska 170/12, 80-122 Gdańsk]], tel. [[phone:+48 572 140 338]]"""),
("pl", "PL", "PL", """PROTOKÓŁ PRZESŁUCHANIA ŚWIADKA (fragment)
Dane świadka: [[person:Halina Urszula Maciejewska]], córka Józefa, ur. [[dob:4 marca 1957]] r. w Siedlcach,
PESEL [[national_id/pesel:57030480405]], zam. [[address:ul. Pułaskiego 7 m. 31, 08-110 Siedlce]], tel. [[phone:25 644 18 90]]
Zeznaje: „Sąsiad, pan [[person:Sobczak]], od lata jeździ nowym Audi na numerach [[plate:ZKO 48W2]]. Często
przyjeżdża do niego [[person:Witold Kubiak]] z żoną. Żona [[person:Kubiaka]] mówi, że pracują u [[person:Chmielewskiej]].
Raz przyjechał też Litwin, Rimantas jakiś, autem na litewskich numerach [[plate:KHT 419]].”"""),
("pl", "PL", "PL", """Izba Administracji Skarbowej w Białymstoku – Zgłoszenie celne (wyciąg)
Pole 2 Nadawca: [[person:Siarhei Hancharou]], Grodno (BY)
Pole 8 Odbiorca: [[person:Tomasz Rutkowski]], [[address:ul. Handlowa 6B, 15-399 Białystok]], PESEL [[national_id/pesel:86062112055]]
Pole 14 Zgłaszający: agencja celna, osoba kontaktowa [[person:Iwona Szydłowska]], [[email:i.szydlowska@agencja-celna-bialystok.pl]], [[phone:85 744 20 19]]
Pole 18 Środek transportu: [[plate:BIA 38MK]] / naczepa [[plate:BIA 0417P]]
Pole 31 Towar: meble ogrodowe – 640 szt."""),
("pl", None, "PL", """Wykaz połączeń – numer [[phone:+48 600 418 227]] (użytkownik: [[person:Sobczak Jakub]])
Lp.  Data i godz.          Typ     Numer drugiej strony     Uwagi
88   14.10.2026 17:02:11   wych.   [[phone:0048 513 920 614]]       abonent [[person:Dorota Chmielewska]]
89   14.10.2026 18:40:27   przych. [[phone:+370 612 48 390]]       LT, prawdop. [[person:Petrauskas]]
90   15.10.2026 07:55:03   SMS wych.[[phone:+48 58 341 72 06]]     treść: „[[person:Kubiakowi]] nic nie mów”"""),
("pl", None, None, """notatka robocza (pisane na szybko)
- [[person:chmielewska dorota]] – ur [[dob:21.11.1971]] ?, dowód [[national_id/plid:WLJ512921]]
- konto na siostrę [[person:Grażyna Chmielewska-Pawlak]]: [[account/nrb:84 1160 4727 5964 9785 4423 3026]]
- mail dorotki: [[email:dorota.chm[małpa]wp[kropka]pl]]
- [[person:Pawlak]] (szwagier) – BMW [[plate:WE 928KP]], mieszka [[address:ul. Grochowska 301/15, 03-824 Warszawa]]"""),
("pl", "PL", "PL", """SĄD REJONOWY W KOSZALINIE, II Wydział Karny
Sygn. akt II K 1047/26
POSTANOWIENIE o zabezpieczeniu majątkowym
w sprawie [[person:Jakuba Michała Sobczaka]], s. Mariana, ur. [[dob:13 maja 1997]] r. w Kołobrzegu, PESEL [[national_id/pesel:97051310992]],
podejrzanego o czyn z art. 299 § 1 kk,
postanawia: zająć środki na rachunku [[iban:PL36 1240 4793 3222 8724 5405 1842]] oraz pojazd [[plate:ZKO 48W2]].
Obrońca: adw. [[person:Łukasz Przybył]]."""),
("pl", "DE", "PL", """Od: [[person:Anna Ziółkowska]] <[[email:anna.ziolkowska@kancelaria-zk.pl]]>
Do: [[email:info@hausverwaltung-rostock.de]]
Data: 6 października 2026 09:33
Temat: Najem mieszkania – pan [[person:Rutkowski]]

Szanowni Państwo, mój klient [[person:Tomasz Rutkowski]] (dowód osobisty [[national_id/plid:MFG092792]]) wynajmie lokal pod adresem
[[address:Doberaner Straße 114, 18057 Rostock]]. Kaucję przeleje z konta [[iban:DE36 7015 0000 8798 1491 99]].
Kontakt do niego: [[phone:+48 601 229 470]]."""),
("pl", "PL", "PL", """UMOWA NAJMU SAMOCHODU nr 118/10/2026 – Wypożyczalnia „Auto-Tor”, Toruń
Najemca: [[person:Zbigniew Kaczorowski]], PESEL [[national_id/pesel:74022817007]]
Dowód osobisty: [[national_id/plid:NYH028820]]
Adres: [[address:ul. Szosa Chełmińska 57/9, 87-100 Toruń]]
Tel.: [[phone:+48 693 210 477]], e-mail: [[email:zbyszek.kaczorowski@o2.pl]]
Pojazd: Skoda Octavia, nr rej. [[plate:CT 5812K]]
Kaucja wpłacona przelewem z rachunku [[account/nrb:64105088357488472829748991]]."""),
]

RU = [
("ru", "RU", "RU", """ВЫПИСКА ПО СЧЁТУ (Банк «Северная Пальмира», АО)
Клиент: [[person:ТИХОМИРОВА АНГЕЛИНА СЕРГЕЕВНА]]
ИНН клиента: [[national_id/inn:230152643000]]
Адрес: [[address:350063, г. Краснодар, ул. Красноармейская, д. 57, кв. 204]]
Дата        Контрагент                                  Назначение                  Сумма, руб.
01.09.2026  ИП [[person:Гаспарян Арсен Вачаганович]]          возврат займа             +1 200 000,00
04.09.2026  [[person:Тихомиров Л.А.]]                         перевод собств. средств     -350 000,00
09.09.2026  SWIFT [[iban:AE45 0306 0177 8122 8747 230]] (Al Marri Trading)                       -800 000,00
Телефон для справок: [[phone:8 800 555-47-12]]"""),
("ru", None, "RU", """Скан паспорта гражданина РФ (распознанный текст)
ПАСПОРТ ВЫДАН ГУ МВД РОССИИ ПО Г. МОСКВЕ  ДАТА ВЫДАЧИ 14.03.2019  КОД ПОДРАЗДЕЛЕНИЯ 770-093
серия/номер [[national_id/rupass:45 19 207461]]
ФАМИЛИЯ [[person:КОНДРАТЬЕВ]]
ИМЯ [[person:ЯРОСЛАВ]]
ОТЧЕСТВО [[person:ИГОРЕВИЧ]]
ДАТА РОЖДЕНИЯ [[dob:06.01.1999]]   МЕСТО РОЖДЕНИЯ ГОР. ЯРОСЛАВЛЬ
МЕСТО ЖИТЕЛЬСТВА [[address:г. Москва, Варшавское ш., д. 118, корп. 1, кв. 73]]
СНИЛС (со второго фото) [[national_id/snils:144-983-987 23]]"""),
("ru", "RU", "RU", """СВОДКА «ПТП» – объект «БАРОН», номер [[phone:+7 (903) 418-27-60]]
14.10.2026 11:20:03 исх. [[phone:+7 861 992-40-17]] – «Барон» и [[person:Гаспарян]] обсуждают «документы на машину», г/н [[plate:Т 912 ХО 123]]
14.10.2026 12:02:45 вх. [[phone:8-988-240-71-33]] – неуст. женщина, по голосу [[person:Тихомирова]], просит перевести на карту Лёвы
14.10.2026 18:44:10 исх. [[phone:+995 599 41 82 06]] – разговор с [[person:Гиоргием Беридзе]] (Тбилиси) о встрече по адресу [[address:ул. Пекинская, д. 12, кв. 5, Тбилиси]]
Пользователь номера, предположительно, – [[person:Гаспарян Арсен]] («Барон»)."""),
("ru", "RU", "RU", """ТАМОЖЕННАЯ ДЕКЛАРАЦИЯ (выписка), Калининградская областная таможня
Гр. 2 Отправитель: [[person:Dariusz Kowalewski]], [[address:ul. Portowa 14, 82-300 Elbląg]], Польша
Гр. 8 Получатель: [[person:Зайцев Никита Андреевич]], ИНН [[national_id/inn:168219895904]], тел. [[phone:+7 4012 55-18-30]]
Гр. 18 Транспортное средство: тягач [[plate:NEB 71472]] (PL), полуприцеп [[plate:NE 4820R]] (PL)
Гр. 31 Описание товара: запчасти б/у, 318 мест
Платёж произведён со счёта отправителя [[account/nrb:64 1090 7306 4139 0965 4575 0284]]."""),
("ru", None, None, """записки оперативника (черновик)
- [[person:тихомирова]] – сестра [[person:Лёвы Тихомирова]] (он же [[person:Лев Андреевич Тихомиров]], [[dob:1980]] г.р.)
- у [[person:Тихомирова]] загранпаспорт [[passport:76 2048119]], др. [[dob:28 мая 1980]] (уточнено)
- почта: [[email:lev.tikhomirov собака gmail точка com]]
- номер: [[phone:+7 918 44 11 903]]
- счёт в Германии: [[account/blz:10020890]] / Konto [[account/konto:4536984805]]"""),
("ru", "RU", "RU", """ПОСТАНОВЛЕНИЕ о возбуждении уголовного дела № 12601030014000218
г. Краснодар                                                        «3» октября 2026 г.
Следователь СУ УМВД России по г. Краснодару [[person:Волчкова Е.Д.]], рассмотрев материалы в отношении
[[person:Гаспаряна Арсена Вачагановича]], родившегося [[dob:11 декабря 1978]] года в г. Ереване, проживающего:
[[address:г. Краснодар, ул. Северная, д. 326, кв. 41]], СНИЛС [[national_id/snils:263-824-424 80]],
установил: ... денежные средства переведены на счёт [[iban:SA75 8091 3744 8046 7212 2861]]."""),
("ru", "KZ", "RU", """ЗАПРОС О ПРАВОВОЙ ПОМОЩИ – ответ ДП г. Алматы
Лицо: [[person:Нурланов Ерлан Болатович]], [[dob:02.04.1985]] г.р., паспорт РК [[passport:N12094731]]
Адрес: [[address:г. Алматы, мкр. Самал-2, д. 58, кв. 17]]
Тел.: [[phone:+7 701 418 2295]], эл. адрес: [[email:erlan.nurlanov@mail.kz]]
Автомобиль Lexus LX570, г/н [[plate:218 ABK 02]]"""),
("ru", "RU", "RU", """От: [[person:Ирина Шамсутдинова]] <[[email:irina.shams@rambler.ru]]>
Кому: [[email:booking@hotel-zvezda-sochi.ru]]
Дата: 20 сентября 2026 г. 22:15
Тема: бронь на 3 гостей

Здравствуйте! Бронирую на [[person:Шамсутдинова Рамиля]] (паспорт [[national_id/rupass:9214 118037]]), [[person:Ирину Шамсутдинову]]
и [[person:Софию Кляйн]]. Оплата с карты мужа. Мой телефон [[phone:8 (917) 290-16-45]]. Машина: [[plate:К 401 ВЕ 116]]."""),
("ru", "RU", "RU", """ДОГОВОР ПРОКАТА АВТОМОБИЛЯ № 0918/26 (ООО «Прокат-Юг», г. Ростов-на-Дону)
Арендатор: [[person:Бондаренко Станислав Юрьевич]], дата рождения [[dob:19.04.1989]]
Паспорт: серия [[national_id/rupass:60 14 308215]], выдан ОУФМС России по Ростовской обл.
Адрес регистрации: [[address:344010, г. Ростов-на-Дону, пр. Ворошиловский, д. 77, кв. 120]]
Телефон: [[phone:+7 (928) 140-62-18]]
Автомобиль: Kia Rio, г/н [[plate:Н 318 УА 161]]
Доверенное лицо: [[person:Бондаренко Е.С.]]"""),
]

EL = [
("el", "GR", "GR", """ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ – ΑΝΤΙΓΡΑΦΟ ΚΙΝΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ
Δικαιούχοι: [[person:ΜΑΝΩΛΑΚΑΚΗΣ ΕΜΜΑΝΟΥΗΛ]], [[person:ΜΑΝΩΛΑΚΑΚΗ ΣΟΦΙΑ]]
Διεύθυνση: [[address:Λεωφ. Κνωσού 184, 714 09 Ηράκλειο Κρήτης]]
IBAN [[iban:GR28 3386 7030 8365 5026 0266 982]]
ΗΜ/ΝΙΑ     ΠΕΡΙΓΡΑΦΗ                                                       ΧΡΕΩΣΗ      ΠΙΣΤΩΣΗ
01/09/26   ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ [[person:KOSTADINOV PETAR]] [[iban:CY87 0020 0123 5678 7219 0439 3359]]            25.000,00
08/09/26   ΜΕΤΑΦΟΡΑ ΣΕ [[person:ΑΡΒΑΝΙΤΗ ΔΗΜΗΤΡΙΟ]]                            9.800,00
Εξυπηρέτηση πελατών: [[phone:210 32 88 000]]"""),
("el", None, "GR", """Αντίγραφο δελτίου ταυτότητας (OCR) – συνημμένο σε αίτηση ανάληψης
ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ   ΔΕΛΤΙΟ ΑΣΤΥΝΟΜΙΚΗΣ ΤΑΥΤΟΤΗΤΑΣ
ΑΡ. [[national_id/adt:ΑΗ 618204]]
ΕΠΩΝΥΜΟ [[person:ΑΡΒΑΝΙΤΗΣ]]  /  [[person:ARVANITIS]]
ΟΝΟΜΑ [[person:ΔΗΜΗΤΡΙΟΣ]]  /  [[person:DIMITRIOS]]
ΟΝ. ΠΑΤΡΟΣ ΝΙΚΟΛΑΟΣ   ΟΝ. ΜΗΤΡΟΣ ΕΛΕΝΗ
ΗΜ. ΓΕΝΝΗΣΗΣ [[dob:21 Μαρ 1984]]   ΤΟΠΟΣ ΓΕΝΝΗΣΗΣ ΧΑΝΙΑ
ΑΜΚΑ (από την αίτηση): [[national_id/amka:21038460719]]   ΑΦΜ: [[national_id/afm:772635484]]"""),
("el", "GR", "GR", """ΑΝΑΛΥΤΙΚΗ ΚΑΤΑΣΤΑΣΗ ΕΠΙΚΟΙΝΩΝΙΩΝ – ΑΡ. ΣΥΝΔΡΟΜΗΤΗ [[phone:+30 697 318 4402]]
Α/Α  Ημ/νία-ώρα          Τύπος   Αντισυμβαλλόμενος        Σημείωση
51   02/10/2026 21:14    SMS εξ. [[phone:6944 207 118]]            «ο [[person:Μανωλακάκης]] θέλει τα λεφτά αύριο»
52   02/10/2026 22:40    κλήση εισ. [[phone:+359 88 741 2093]]    Βούλγαρος συνομιλητής, κατά πάσα πιθανότητα [[person:Petar Kostadinov]]
53   03/10/2026 10:05    κλήση εξ. [[phone:0030 2810 341 552]]     ραντεβού στο γραφείο του [[person:Αρβανίτη]], [[address:Δικαιοσύνης 21, 712 02 Ηράκλειο]]"""),
("el", "GR", "GR", """ΤΕΛΩΝΕΙΟ ΠΕΙΡΑΙΑ – ΔΙΑΣΑΦΗΣΗ ΕΙΣΑΓΩΓΗΣ (απόσπασμα)
Θέση 2 Αποστολέας: [[person:Tarek Mansour]], Alexandria (EG), τηλ. [[phone:+20 10 2948 1174]]
Θέση 8 Παραλήπτης: [[person:Γεώργιος Καλαμαράς]], [[address:Θηβών 402, 182 33 Άγιος Ιωάννης Ρέντης]], ΑΦΜ [[national_id/afm:334199590]]
Θέση 14 Διασαφιστής: [[person:Ειρήνη Σπανού]], [[email:e.spanou@ektelonistis-pireas.gr]]
Θέση 18 Μέσο μεταφοράς: ρυμουλκό [[plate:ΥΜΝ-8812]] / επικαθήμενο [[plate:ΠΕ-41077]]
Θέση 31 Εμπορεύματα: «ανταλλακτικά», 14 παλέτες"""),
("el", None, None, """πρόχειρες σημειώσεις – υπόθεση «ΛΙΜΑΝΙ»
- [[person:μανωλακακης]] = [[person:Μανώλης Μανωλακάκης]], γεν. [[dob:2/7/55]], ΑΜΚΑ [[national_id/amka:02075555728]]
- κόρη του Σοφία; ο γαμπρός του, [[person:Ιάσονας Περάκης]], κινητό [[phone:697 004 1839]]
- email γαμπρού: [[email:iason.perakis (at) gmail (dot) com]]
- λογαριασμός στη Γερμανία στο όνομα του [[person:Περάκη]]: BLZ [[account/blz:20050550]], Konto [[account/konto:7021954303]]
- ΙΧ [[plate:ΗΡΝ 4471]]"""),
("el", None, "GR", """ΤΡΙΜΕΛΕΣ ΠΛΗΜΜΕΛΕΙΟΔΙΚΕΙΟ ΗΡΑΚΛΕΙΟΥ
Αριθμός απόφασης 2207/2026
Κατηγορούμενοι:
1) [[person:Εμμανουήλ Μανωλακάκης]] του Ιωσήφ, γεν. [[dob:2 Ιουλίου 1955]], κάτ. Ηρακλείου, ΑΔΤ [[national_id/adt:Ρ 482013]]
2) [[person:ΠΕΡΑΚΗΣ Ιάσονας]] του Μιχαήλ, γεν. [[dob:30.09.1986]], κάτοικος [[address:Μαρτύρων 17, 713 06 Ηράκλειο]]
Δημεύεται το ποσό στον λογαριασμό [[iban:GR68 1758 9399 5616 0420 2904 742]]. Συνήγορος του 2ου: [[person:Χρυσούλα Ξυλούρη]]."""),
("el", "CY", "GR", """Από: [[person:Ανδρέας Κωνσταντίνου]] <[[email:a.konstantinou@primehome.com.cy]]>
Προς: [[email:legal@nicosia-law.com.cy]]
Ημερομηνία: Παρ, 25 Σεπ 2026 10:02
Θέμα: KYC νέου πελάτη

Ο πελάτης είναι ο κ. [[person:Reza Tavakoli Nejad]], διαβατήριο [[passport:Z41872093]], γεν. [[dob:15/08/1976]].
Διεύθυνση στην Κύπρο: [[address:Αρχιεπισκόπου Μακαρίου Γ' 48, Διαμ. 302, 1065 Λευκωσία]], τηλ. [[phone:+357 99 613 408]].
Λογαριασμός: [[iban:CY87 0020 0123 0868 7213 0052 0575]]"""),
("el", "GR", "GR", """ΔΕΛΤΙΟ ΑΦΙΞΗΣ – ΕΝΟΙΚΙΑΖΟΜΕΝΑ ΔΩΜΑΤΙΑ «ΘΑΛΑΣΣΑ», Χερσόνησος
Επώνυμο: [[person:ABRAMOVIČ]]   Όνομα: [[person:Luka]]
Ημ. γέννησης: [[dob:04 Απριλίου 1991]]   Υπηκοότητα: Σλοβενική
Διαβατήριο: [[passport:PB0927461]]
Διεύθυνση: [[address:Celovška cesta 118, 1000 Ljubljana]]
Τηλ.: [[phone:+386 41 728 390]]   Όχημα: [[plate:LJ 48-KMN]]"""),
]

AR = [
("ar", "SA", "SA", """مصرف الراجحي – كشف حساب جاري
اسم العميل: [[person:عبد العزيز بن سعد القحطاني]]
رقم الهوية: [[national_id/saudi:1863063424]]
العنوان الوطني: [[address:٧٤١٢ طريق الملك فهد، حي العليا، الرياض ١٢٢١٤]]
رقم الآيبان: [[iban:SA41 4574 8882 9094 7693 7427]]
التاريخ        الوصف                                                  المبلغ (ريال)
٠٢/٠٩/٢٠٢٦   حوالة واردة – [[person:SHEIKH, Imran Ali]]                                   ١٢٠٬٠٠٠
٠٩/٠٩/٢٠٢٦   حوالة صادرة إلى [[iban:AE18 0334 0405 7108 4618 109]] – [[person:ماجد الشامسي]]     -٩٥٬٠٠٠
الهاتف المصرفي: [[phone:920003344]]"""),
("ar", None, "EG", """صورة بطاقة الرقم القومي (نص مستخرج آليا)
جمهورية مصر العربية – بطاقة تحقيق الشخصية
الاسم: [[person:منى إبراهيم عبد الحليم الشناوي]]
العنوان: [[address:٢٣ شارع مصطفى النحاس، مدينة نصر، القاهرة]]
الرقم القومي: [[national_id/egid:٢٨٧٠٤١٥٠١٠٢٣٤٧]]
تاريخ الميلاد: [[dob:١٥ أبريل ١٩٨٧]]
المهنة: محاسبة
رقم الهاتف المسجل لدى البنك: [[phone:٠١٢٢٤٨١٩٣٠٥]]"""),
("ar", "AE", "AE", """تقرير تحليل المكالمات – الرقم [[phone:+971 55 418 2290]]
م   التاريخ والوقت        النوع    الطرف الآخر            الملاحظات
١٤  ٠٥/١٠/٢٠٢٦ ٢٢:١٠    صادرة   [[phone:04 339 7716]]          يتحدث مع [[person:ماجد الشامسي]] عن "الشحنة"
١٥  ٠٦/١٠/٢٠٢٦ ٠٩:٤٢    واردة   [[phone:+92 300 418 2096]]      متصل باكستاني يعرف نفسه بـ [[person:عمران شيخ]]
١٦  ٠٦/١٠/٢٠٢٦ ١١:٠٥    صادرة   [[phone:0504127733]]            حجز سيارة بلوحة أبوظبي [[plate:16 48213]] باسم [[person:الشامسي]]
مستخدم الخط: [[person:راشد بن حمد المهيري]]، هوية إماراتية [[national_id/emirates:784-1980-8145006-0]]"""),
("ar", None, None, """قائمة العقوبات الموحدة – إدراج جديد
الاسم: [[person:أبو البراء عبد المجيد بن صالح الزبيدي]]
الاسم باللاتينية: [[person:Abdulmajeed Saleh AL-ZUBAIDI]]
تاريخ الميلاد: [[dob:1977]]؛ مكان الميلاد: الموصل، العراق
رقم جواز السفر: [[passport:A90418273]] (العراق)
العنوان: [[address:شقة ٩، بناية ٤١، شارع المتنبي، الشارقة]]
معلومات أخرى: شقيق [[person:سالم بن صالح الزبيدي]]."""),
("ar", "EG", "EG", """مصلحة الجمارك المصرية – جمرك الإسكندرية – شهادة جمركية (مقتطف)
المصدر: [[person:Giorgos Papanikolaou]]، بيرايوس، اليونان، هاتف [[phone:+30 210 411 8073]]
المستورد: [[person:أحمد فتحي أبو العلا]]، [[address:٩ شارع النصر، سموحة، الإسكندرية]]، الرقم القومي [[national_id/egid:29011020201873]]
المخلص الجمركي: [[person:هاني صبري]]، بريد [[email:hany.sabry@customs-alex.com.eg]]
وسيلة النقل: شاحنة [[plate:ر ق ب ٥٢٨٣]]
البضاعة: قطع غيار سيارات – ٣٢ طردا"""),
("ar", "MA", "FR", """محضر الاستماع إلى شاهد – الفرقة الوطنية للشرطة القضائية، الدار البيضاء
الاسم: [[person:الزهراء بنت محمد الوزاني]]، المزدادة في [[dob:19 شتنبر 1979]] بفاس، بطاقة وطنية [[national_id/cin:C294718]]،
الساكنة [[address:إقامة الياسمين، عمارة 3، شقة 12، شارع عبد المومن، الدار البيضاء]]، الهاتف [[phone:0661 42 18 77]]
صرحت بأن جارها [[person:يوسف التازي]] كان يستقبل رجلا فرنسيا يدعى [[person:Julien Marchal]] يأتي بسيارة [[plate:FT-417-KD]]،
وأن [[person:التازي]] طلب منها فتح حساب باسمها وتحويله إلى رقم RIB فرنسي: [[account/rib:10278 98518 16365371470 53]]."""),
("ar", "JO", "JO", """من: [[person:ليلى حداد]] <[[email:layla.haddad@orange.jo]]>
إلى: [[email:kyc@amman-exchange.jo]]
التاريخ: ١ أكتوبر ٢٠٢٦
الموضوع: تحديث بيانات عميل

العميل: [[person:خالد عبد الله أبو رمان]]، جواز سفر [[passport:P318204]]، تاريخ الميلاد [[dob:٠٧/١٢/١٩٨١]]
الهاتف: [[phone:+962 79 418 3307]]، البريد البديل: [[email:k.aburumman (at) yahoo (dot) com]]
الحساب: [[iban:JO59 CBJO 0010 0000 0092 2640 4861 40]]"""),
("ar", "LB", "LB", """استمارة تسجيل نزيل – فندق الكورنيش، بيروت
الشهرة: [[person:الخوري]]   الاسم: [[person:طوني]]   اسم الأب: جورج
تاريخ الولادة: [[dob:3 شباط 1990]]
الجنسية: لبنانية   رقم جواز السفر: [[passport:LR2918403]]
العنوان الدائم: [[address:بناية عساف، الطابق الرابع، شارع مار الياس، الأشرفية، بيروت]]
الهاتف: [[phone:03 418 227]]   رقم السيارة: [[plate:ب 418207]]
حساب الدفع: [[iban:LB71 0999 0000 5178 2243 1333 0700]]"""),
("ar", "SA", "SA", """عقد تأجير سيارة – شركة الأمانة لتأجير السيارات، الدمام
المستأجر: [[person:MOHAMMED RAFIQ, Shahid]]   الجنسية: باكستاني
رقم الإقامة: [[national_id/saudi:2885031290]]
تاريخ الميلاد: [[dob:٢٢/٠٣/١٩٨٦]]
العنوان: [[address:حي الفيصلية، شارع ١٨، مبنى ٤٠٧، الدمام ٣٢٢٧٢]]
الجوال: [[phone:٠٥٠٣٤١٨٢٢٠]]
السيارة: تويوتا كامري، رقم اللوحة [[plate:٤٨١٢ ب ح د]]
السائق الإضافي: [[person:Imtiaz Rafiq]]"""),
]


def records() -> list[dict]:
    """Every record, checked."""
    return build(EN + FR + DE + ES + PL + RU + EL + AR, "u2")


def main() -> None:
    records_ = records()
    write(records_, HERE / "unseen2.jsonl", HERE / "unseen2.sha256")
    print(table(records_))


if __name__ == "__main__":
    main()
