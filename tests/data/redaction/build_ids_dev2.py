"""Build ``ids_dev2.jsonl``: a second development set for the identifier detectors.

Run with the project's interpreter from anywhere::

    python tests/data/redaction/build_ids_dev2.py [--table]

It is aimed at the four identifier kinds that generalise least -- ``account``, ``address``,
``national_id`` and ``plate`` -- and puts most of its weight on the forms those detectors tend
to miss: German, Austrian and Swiss domestic accounts, Greek and British/Irish addresses,
national numbers in Arabic-script and Russian texts, and Arabic-script, Polish and German
plates.  The texts use the ``[[kind:text]]`` markup of ``build_dev.py`` and follow the
labelling rules of ``DEV.md`` and the decisions of ``IDS_DEV.md``; ``IDS_DEV2.md`` lists the
few decisions added here.  Everything outside markup is meant to stay unlabelled: order, case,
file, invoice and parcel numbers, amounts, dates of events, postcodes on their own, product
codes and the like are deliberate near misses.

Every record is checked with ``build_ids_dev.py``'s checks.  Four national schemes that
``build_dev.py`` does not know are checked here: the Emirati identity number and the Saudi
identity/iqama number (Luhn), the Kazakh IIN (its embedded birth date and check digit) and
the Swiss AHV number (EAN-13); the Jordanian national number is checked by format only.  All
names, numbers and addresses are invented.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from stdnum import luhn
from stdnum.ch import ssn as ch_ahv

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The sibling build scripts hold the markup and identifier checks this one shares.
from build_dev import (
    EDGE_BAD,
    LANGUAGES,
    SCRIPT_OF,
    count_sentences,
    counts_table,
    dominant_script,
)
from build_ids_dev import MARK, ascii_digits, check_ids_span

HERE = Path(__file__).resolve().parent
OUT = HERE / "ids_dev2.jsonl"
PER_LANGUAGE = 15

# Each record: (country or None, agency_country, marked text).  Ids are given in order.
RECORDS: dict[str, list[tuple[str | None, str, str]]] = {}

# --- English ---------------------------------------------------------------------------------

RECORDS["en"] = [
    ("GB", "GB",
     "Surveillance log, Thursday: the grey Vauxhall Astra [[plate:KX19 HBN]] stayed outside "
     "[[address:2F1, 37 Marchmont Crescent, Edinburgh EH9 1HG]] from 07:40 to 11:15. "
     "Log entry SV-2291-B, camera 4."),
    ("GB", "GB",
     "SAR 88412: the money left sort code [[account:30-94-57 61028834]] and landed in "
     "[[account:20 45 77 / 93018842]], held by a joinery firm registered at "
     "[[address:Suite 5, 2nd Floor, 48 Hockley Hill, Birmingham B18 5AQ]]. Invoice INV-004417 "
     "for £12,480.00 was given as the reason."),
    ("GB", "GB",
     "Custody record: detained person [[person:Callum Rhys Tregenza]], NINO "
     "[[national_id:JR 48 27 63 C]], gave his address as "
     "[[address:Rose Cottage, Lower Treliske Lane, Truro TR1 3LQ]]. Property bag 0071342 sealed."),
    ("IE", "IE",
     "Garda request: the Skoda Octavia [[plate:191-D-30482]] is registered to "
     "[[address:Apt 6, The Maltings, Bridge Street, Dundalk, Co. Louth A91 X2K8]]. "
     "Case file GD/22/0317 refers."),
    (None, "GB",
     "Partner request from Wiesbaden: who occupies "
     "[[address:Unit 4, Kelvale Trading Estate, Harrow Road, Wembley HA0 2LL]], and has the "
     "van [[plate:BD68 XUY]] or the German Transporter [[plate:HH-KR 4172]] been seen there?"),
    ("GB", "GB",
     "Financial intelligence: [[person:Ayesha Mirza]] paid £9,850 from "
     "[[account:07-11-52 44019837]] to a lettings agent, c/o Harbour Lettings, "
     "[[address:112 Commercial Road, Portsmouth PO1 1EJ]]. Reference HL/7731."),
    ("US", "GB",
     "Request from HSI Newark: the subject rents "
     "[[address:4410 West Belmont Avenue, Apt 3B, Chicago, IL 60641]] and drives a black "
     "Dodge Ram with Illinois plate [[plate:CM 48213]]. Lease L-2023-0881 runs to 30 June."),
    (None, "GB",
     "The notebook seized at arrest lists '[[account:40-19-22, 83371046]]' beside the word "
     "'rent' and '[[address:17b Sefton Terrace, Liverpool L8 2TH]]', "
     "then the tracking number JD0002214988713304 and the figure 6,400."),
    ("GB", "GB",
     "ANPR hits on the M62 eastbound: [[plate:YD21 OKP]] at 02:14, then the Polish lorry "
     "[[plate:PO 5T231]] with trailer [[plate:PO 8812X]] four minutes later. Junction 27, "
     "ticket 55012."),
    ("IE", "IE",
     "The subject's declared home is "
     "[[address:Ballinacurra House, Ballinacurra, Midleton, Co. Cork P25 W2C6]], but his post "
     "goes to [[address:14 Rathgar Park, Dublin 6, D06 K7F3]]. Eircode D06 alone is not enough "
     "for a warrant."),
    (None, "NL",
     "Vehicles shared by the Dutch team: [[plate:M-TQ 418E]], [[plate:S AM 2241]] and "
     "[[plate:kr 7hc21]]. The fourth entry, 2291-1187, is a storage locker number."),
    ("AE", "GB",
     "The Emirati partner confirms her identity card as [[national_id:784-1987-7962849-8]] and "
     "says she lived at [[address:Villa 23, Street 14b, Al Barsha 2, Dubai]] until March; "
     "her Dubai car was [[plate:Dubai K 48213]]."),
    ("GB", "GB",
     "Two men using NINOs [[national_id:SK 61 04 93 A]] and [[national_id:WP228417D]] opened "
     "[[account:60-02-48 10298475]] and [[account:090128 37710562]] the same afternoon, both "
     "giving [[address:Flat 9, Lyle Court, 221 Cowley Road, Oxford OX4 1XG]]. Each deposit "
     "was £3,000, branch 4471."),
    (None, "IE",
     "Cash courier route: the Irish van [[plate:08-KY-1174]] loaded at "
     "[[address:The Old Forge, 3 Mill Lane, Kinsale]] and met a man holding Saudi iqama "
     "[[national_id:2083415691]], who was paid into [[account:93-11-07 50218846]]. Ferry booking "
     "FB 441902."),
    ("US", "GB",
     "Known US addresses: [[address:2217 N Kedzie Blvd, Unit 2R, Chicago, IL 60647]] and "
     "[[address:918 Magnolia St, Apt 12, Houston, TX 77002]]. ZIP code 60647 also appears on "
     "an unsigned lease, product code HX-77002."),
]

# --- French ----------------------------------------------------------------------------------

RECORDS["fr"] = [
    ("FR", "FR",
     "Note TRACFIN : virements du RIB [[account:49527 52845 56233613144 12]] vers le compte "
     "marocain [[account:024 297 3687231201993611 33]], pour 48 500 € au total. "
     "Dossier 2023/TR/1187."),
    ("FR", "FR",
     "Garde à vue de [[person:Yanis Belkacem]], NIR [[national_id:1 83 04 69 123 611 65]], "
     "domicilié [[address:bât. C, esc. 2, 14 rue des Tanneurs, 69007 Lyon]]. PV n° 2211/0093."),
    ("MA", "FR",
     "Demande à la DGSN : la CIN [[national_id:BK 512907]] correspond-elle au conducteur de "
     "la Dacia [[plate:48213 | ب | 6]] contrôlée le 12 mai ?"),
    ("FR", "FR",
     "Filature : la Clio [[plate:GH-417-KZ]] a rejoint une vieille 205 encore en "
     "[[plate:7412 ZT 69]] devant le [[address:27 bis, avenue Berthelot, 69007 Lyon]]. "
     "Ticket de parking 004471."),
    ("BE", "BE",
     "Le numéro national [[national_id:88.10.01-282.54]] est celui du locataire de "
     "[[address:Rue de la Loi 155 bte 12, 1040 Etterbeek]]. Sa Golf porte la plaque "
     "[[plate:1-KVR-482]]."),
    (None, "CH",
     "Le compte postal [[account:17-482215-3]] a reçu 12 virements depuis "
     "[[address:Chemin des Vignes 8, 1213 Petit-Lancy]]. Facture 2023-0412 jointe."),
    ("FR", "FR",
     "Perquisition au [[address:Résidence Les Tilleuls, bât. B, appt 43, 12 avenue "
     "Jean-Jaurès, 93200 Saint-Denis]] : la locataire, NIR [[national_id:291101305522370]], "
     "était absente."),
    ("MA", "MA",
     "Selon la police marocaine, la carte [[national_id:J 418733]] a servi à louer le "
     "[[address:Lot. Al Amal, n° 57, Aïn Sebaâ, Casablanca]] et à ouvrir le compte "
     "[[account:495142181131455950997358]]."),
    (None, "FR",
     "Plaques relevées au péage : [[plate:FR-882-LM]], [[plate:WA 2417K]] (Pologne) et "
     "[[plate:KA-RZ 319]] (Allemagne). Badge télépéage 2504 8891 12."),
    ("FR", "FR",
     "Le RIB [[account:45254852674418081012178]] de M. [[person:Hervé Lagardelle]] est "
     "alimenté par des mandats cash ; son NIR [[national_id:176125935078629]] figure sur le "
     "bail. Montant cumulé : 21 340 €."),
    ("FR", "FR",
     "Mlle [[person:Sonia Terrade]] est hébergée au [[address:3e étage gauche, 8 impasse du "
     "Moulin, 13015 Marseille]] ; le code postal 13015 apparaît aussi sur un colis suspect."),
    (None, "BE",
     "Numéro national [[national_id:84.10.03-909.59]], compte "
     "[[account:35602 63974 52635803578 48]], adresse [[address:Avenue Brugmann 212, "
     "1180 Uccle]]. Pièce 14 du dossier."),
    ("FR", "FR",
     "La camionnette [[plate:EZ-903-PD]] a été vue rue Paradis, puis au "
     "[[address:41 boulevard National, 13003 Marseille]]. Aucun numéro de rue n'est connu "
     "pour le garage de la rue Paradis."),
    ("MA", "FR",
     "Le passeur présente la CIN [[national_id:BE801447]] et conduit une Renault immatriculée "
     "[[plate:31806-د-1]]. Commande n° 77-0412 saisie."),
    (None, "FR",
     "Liste des NIR à vérifier : [[national_id:2 88 02 33 063 041 73]] et "
     "[[national_id:179067511266321]]. La référence 33063 est un code commune."),
]

# --- German ----------------------------------------------------------------------------------

RECORDS["de"] = [
    ("DE", "DE",
     "Verdachtsmeldung: Eingänge auf Konto-Nr. [[account:4471 0815 23, BLZ 430 501 27]] bei "
     "der Sparkasse, weitergeleitet an Kto. [[account:1003856 BLZ 37040044]]. "
     "Summe 18.450,00 EUR, Vorgang 2023/0881."),
    ("DE", "DE",
     "Laut Kontoeröffnungsantrag: BLZ [[account:200 505 50, Kontonummer: 1281 447 330]], "
     "Inhaber wohnhaft [[address:Am Mühlbach 3, 2. OG links, 83022 Rosenheim]]."),
    ("DE", "DE",
     "Observation: Der Audi [[plate:HH-AB 2147]] parkte vor der Volksbank in der "
     "[[address:Bahnhofstraße 22a, 35390 Gießen]], daneben ein "
     "Transporter [[plate:B KL 4471]]. Kassenbon Nr. 0047112 sichergestellt."),
    ("DE", "DE",
     "Die Volksbank meldet das Girokonto [[account:90 188 442]] und das Sparbuch "
     "[[account:4412 887 01]] des Beschuldigten. Steuer-ID [[national_id:53 986 919 705]]."),
    ("AT", "AT",
     "Geldwäscheverdacht: Kontonummer [[account:50 417 882 103, BLZ 20111]] und BLZ "
     "[[account:34000, Konto 4.812.937]], beide auf [[address:Laxenburger Straße 88/2/14, "
     "1100 Wien]] gemeldet."),
    ("CH", "CH",
     "Die Zürcher Partner nennen Postkonto [[account:85-741922-3]] und Bankkonto "
     "[[account:0835-1184207-21]] sowie die AHV-Nummer [[national_id:756.7795.0060.73]]. "
     "Das Fahrzeug trägt [[plate:ZH 481277]]."),
    (None, "DE",
     "Kennzeichenliste aus dem Chat: [[plate:M-TX 123E]], [[plate:K-RT 908H]], "
     "[[plate:DD X 512]] und [[plate:GI-TR 87]]. Die Zahl 4711 daneben ist eine Hausnummer "
     "ohne Straße."),
    ("DE", "DE",
     "Festnahmeprotokoll: Personalausweis [[national_id:LZ6311T47]], Steuer-ID "
     "[[national_id:35069557414]], Meldeanschrift "
     "[[address:Karl-Marx-Allee 91, Whg. 12, 10243 Berlin]]."),
    (None, "DE",
     "Alte Überweisungsträger: Konto-Nr.: [[account:0003 456 789 / BLZ 700 202 70]]; "
     "KtoNr [[account:228 447 19, BLZ 76050101]]; BLZ/Kto. [[account:660 614 07/7 491 302]]. "
     "Rechnung R-2019-448."),
    (None, "DE",
     "Konto [[account:2104883170, BLZ 250 501 80]] der Sparkasse und Kontonr. "
     "[[account:38 117 2004]] der Raiffeisenbank erhielten je 9.900 EUR; Auftrag 77812."),
    ("DE", "DE",
     "Im Lkw [[plate:WOB-LX 82]] saß der Fahrer, der Auflieger hatte das polnische "
     "Kennzeichen [[plate:SK 20186]]. Er nannte Konto-Nr. [[account:772 011 495, BLZ 860 555 92]]; "
     "Lieferschein 88-20186-A."),
    ("AT", "DE",
     "Österreichische Fahrzeuge: [[plate:W 31817 K]] und [[plate:L 471 HK]], Halterin "
     "wohnhaft [[address:Hauptplatz 12/3, 4020 Linz]], Konto [[account:00012-345618, BLZ 38110]]. "
     "PLZ 4020 allein reicht nicht."),
    ("DE", "DE",
     "Kto.-Nr. [[account:517 883 902]] (Sparkasse) und Kto. [[account:1 220 418 77, BLZ "
     "512 500 00]] gehören [[person:Detlef Brunkhorst]], Steuer-ID "
     "[[national_id:82456739051]]. Aktenzeichen 4 Js 118/23."),
    (None, "CH",
     "Die Schweizer Halterin des [[plate:BE 219884]] wohnt "
     "[[address:Gerechtigkeitsgasse 41, 3011 Bern]] und hat die AHV-Nr. "
     "[[national_id:756.9266.6572.27]]."),
    ("DE", "DE",
     "Konto [[account:4813 2207 00 bei BLZ 100 900 00]] der Volksbank sowie der Bus "
     "[[plate:F PK 3310]] fielen bei der Kontrolle auf, ebenso Konto "
     "[[account:5 300 188 21 / BLZ 290 501 01]]. Telefon 0151 2294 ist unvollständig."),
]

# --- Spanish ---------------------------------------------------------------------------------

RECORDS["es"] = [
    ("ES", "ES",
     "Informe SEPBLAC: transferencias desde la cuenta [[account:0509 3208 17 6788208445]] "
     "a la [[account:1599-3246-75-8252294098]], por 36.000 euros. Expediente 2023/4471."),
    ("ES", "ES",
     "Detenido con DNI [[national_id:31036152K]], domiciliado en "
     "[[address:C/ Mayor 14, 3.º B, 28013 Madrid]]. Atestado 1187/23."),
    ("MA", "ES",
     "Según la policía marroquí, la CIN [[national_id:BJ 308815]] pertenece al conductor del "
     "Dacia [[plate:6832-هـ-40]]. Factura 0412 de la gasolinera."),
    ("ES", "ES",
     "Seguimiento: el Seat [[plate:4417 KZT]] y un antiguo [[plate:M-4417-ZB]] aparcaron en "
     "la [[address:Avenida de la Albufera 231, 28038 Madrid]] a las 22:10."),
    (None, "ES",
     "La titular del NIE [[national_id:X6976738X]] abrió la cuenta "
     "[[account:49292155627394173758]] y vive en [[address:Urbanización El Mirador, portal "
     "3, 2.º izquierda, 29680 Estepona]]."),
    ("ES", "ES",
     "Registro en [[address:Polígono Industrial La Estación, nave 22, 41300 San José de la "
     "Rinconada]]: la furgoneta [[plate:2291 HFD]] tenía la caja vacía. Pedido n.º 5512."),
    ("ES", "ES",
     "El DNI [[national_id:81689962B]] y el NIE [[national_id:Y1467409T]] figuran como "
     "autorizados en la cuenta [[account:2957 6798 12 8309825700]]. Código postal 28038 sin "
     "dirección."),
    (None, "ES",
     "Matrículas anotadas por el vigilante: [[plate:9182 LMB]], [[plate:GR 7214 BK]] y la "
     "marroquí [[plate:53117 | ب | 1]]. Ticket 00912."),
    ("ES", "ES",
     "El sospechoso, [[person:Iñaki Olabarrieta]], usa el DNI [[national_id:13562470Z]] y "
     "recibe correo en [[address:Calle Ercilla 27, 4.º dcha., 48011 Bilbao]]."),
    (None, "ES",
     "Cuenta [[account:94951325264970110546]] y cuenta [[account:8424-5955-82-5675404716]]: "
     "ambas reciben ingresos de 2.950 euros. Referencia de la orden 77-4417."),
    ("MA", "ES",
     "Comisión rogatoria: la CIN [[national_id:K 118402]] del titular y la cuenta "
     "[[account:237 873 8778713459443128 13]] en Tánger, con domicilio en "
     "[[address:Rue Moussa Ibn Noussair n° 19, Tánger]]."),
    (None, "ES",
     "Los NIE [[national_id:Y7147214R]] y [[national_id:X1277367Q]] aparecen en contratos de "
     "alquiler de la furgoneta [[plate:0471 JKP]]. Contrato 88-1187."),
    ("ES", "ES",
     "El vehículo [[plate:B-8841-WF]] estaba a nombre de una vecina de "
     "[[address:Carrer de Sants 142, 1r 2a, 08014 Barcelona]]. Pedido online AX-44012."),
    ("ES", "ES",
     "Se intervino un DNI falso, [[national_id:31693176G]], y una libreta con la cuenta "
     "[[account:6639 2332 58 1468819736]] junto a la matrícula portuguesa "
     "[[plate:41-RT-77]]."),
    ("ES", "ES",
     "Testigo con DNI [[national_id:52721153R]], vecino de "
     "[[address:Plaza de España 4, bajo, 50001 Zaragoza]]. Teléfono móvil no facilitado."),
]

# --- Polish ----------------------------------------------------------------------------------

RECORDS["pl"] = [
    ("PL", "PL",
     "Obserwacja: auto [[plate:WX 6218A]] stało pod [[address:ul. Grochowska 218 m. 14, "
     "04-357 Warszawa]], a obok bus [[plate:WPR 4E81]]. Notatka nr 4471/23."),
    ("PL", "PL",
     "Na rachunek [[account:25 6408 2871 7639 1250 8556 4289]] wpłynęło 48 000 zł z "
     "rachunku [[account:75096737590199061016818875]]. Faktura FV/2023/0412."),
    ("PL", "PL",
     "Zatrzymany posługiwał się numerem PESEL [[national_id:84031704432]] i jeździł "
     "samochodem [[plate:KR 9HF45]]. Sygnatura akt II K 118/23."),
    (None, "PL",
     "Tablice odnotowane na parkingu: [[plate:BI 12345]], [[plate:CB 7231K]], "
     "[[plate:DW 4E815]], [[plate:EL 53170]] i [[plate:FZ 2913C]]. Miejsce nr 117."),
    ("PL", "PL",
     "Kurier dostarczył paczkę pod [[address:ul. Długa 14/3, 80-827 Gdańsk]]; odbiorca "
     "podał PESEL [[national_id:91110234887]]. Numer przesyłki 00471188120."),
    ("PL", "PL",
     "W nocy przez granicę przejechały [[plate:GD 417KM]], [[plate:LU 0451F]] oraz "
     "[[plate:NO 8812P]]. Kod pocztowy 22-100 pojawia się w dokumentach bez adresu."),
    ("PL", "PL",
     "Wpłaty na [[account:53 6193 9020 2483 3515 6896 9884]] zlecała osoba o numerze PESEL "
     "[[national_id:01262574311]], zameldowana przy [[address:al. Jana Pawła II 61 lok. 208, "
     "01-031 Warszawa]]."),
    (None, "PL",
     "Z notatek: samochód [[plate:wx 4417c]], a także "
     "[[plate:OP 31427]] i [[plate:RZ 7743M]]. Zamówienie 77-412."),
    ("PL", "PL",
     "Świadek [[person:Bożena Ciechanowska]] (PESEL [[national_id:77090999147]]) widziała "
     "[[plate:SK 2018E]] i [[plate:TK 3318W]] przed blokiem."),
    (None, "PL",
     "Rachunek [[account:84853705223271302366129101]] należy do firmy, a rachunek "
     "[[account:56 8619 7177 6545 8132 8085 5240]] do jej prezesa; kwota 12 500,00 zł."),
    ("PL", "PL",
     "Przeszukanie lokalu przy [[address:os. Tysiąclecia 42/118, 40-871 Katowice]]; w garażu "
     "stał [[plate:ZS 71A02]]. Protokół nr 2023/88."),
    ("PL", "PL",
     "Podejrzani: PESEL [[national_id:69013075377]] i PESEL [[national_id:95121489469]]. "
     "Drugi z nich jeździ [[plate:PO 882TW]] i mieszka przy "
     "[[address:ul. Święty Marcin 29/7, 61-806 Poznań]]."),
    (None, "DE",
     "Partnerzy z Niemiec pytają o rachunek [[account:02263319915050369594101119]], kierowcę "
     "z numerem PESEL [[national_id:88050500527]] i pojazd [[plate:CTR 7K42]]."),
    ("PL", "PL",
     "Na parkingu przy [[address:ul. Piłsudskiego 12, 20-011 Lublin]] stały [[plate:LU 5512R]] "
     "i [[plate:BAU 2271]]. Paragon nr 0047."),
    ("PL", "PL",
     "Ustalono, że PESEL [[national_id:82082138358]] należy do kierowcy [[plate:ELC 4412]], "
     "a rachunek [[account:97647240558345046651199949]] do jego żony."),
]

# --- Russian ---------------------------------------------------------------------------------

RECORDS["ru"] = [
    ("RU", "RU",
     "Задержанный предъявил паспорт гражданина РФ серия [[national_id:45 12 номер 348117]], "
     "ИНН [[national_id:076845023122]], СНИЛС [[national_id:769-757-560 94]]."),
    ("RU", "RU",
     "Проживает по адресу: [[address:620014, г. Екатеринбург, ул. Малышева, д. 51, кв. 208]]. "
     "Автомобиль [[plate:О742КХ 196]], заказ № 4471."),
    ("KZ", "RU",
     "Казахстанские коллеги сообщили ИИН [[national_id:880412397440]] владельца счёта и "
     "номер машины [[plate:412 ABK 02]]. Сумма 4 500 000 тенге."),
    (None, "RU",
     "В анкете указаны [[national_id:737890583241]] и [[national_id:103-417-324 03]] без "
     "пояснений, адрес [[address:Московская обл., г. Химки, ул. Молодёжная, д. 4, корп. 2, "
     "кв. 117]]. Номер заявки 2023-0412."),
    ("RU", "RU",
     "На счёт [[account:40817810059746616278]] поступило 1 200 000 руб. со счёта "
     "[[account:40817 810 5 2401 5585115]]. Платёжное поручение № 881."),
    ("RU", "RU",
     "Гражданка [[person:Лебедянская Ольга Петровна]], ИНН [[national_id:347525964509]], "
     "зарегистрирована по адресу [[address:г. Тверь, ул. Советская, д. 18, кв. 5]]."),
    ("RU", "RU",
     "Паспорт серии [[national_id:4518 № 771204]], СНИЛС [[national_id:78790198378]], ИНН "
     "[[national_id:189297907647]]. Дело № 12-4471/2023."),
    ("KZ", "KZ",
     "ИИН [[national_id:931127439732]] и ИИН [[national_id:790203368203]] принадлежат "
     "учредителям; их автомобиль [[plate:118 KRA 01]]. Индекс 010000 без адреса."),
    (None, "RU",
     "Машины из переписки: [[plate:е815мр 77]], [[plate:Т308НА 50]] и [[plate:А471АХ 197]]. "
     "Телефон не указан."),
    ("RU", "RU",
     "Переводы шли на счёт [[account:42301810843346135003]] с карты, привязанной к ИНН "
     "[[national_id:557956841905]]. Справка № 0412 от банка."),
    ("RU", "RU",
     "СНИЛС [[national_id:210-774-096 42]] и ИНН [[national_id:639655023723]] совпадают с "
     "данными жильца [[address:197101, Санкт-Петербург, Кронверкский пр., д. 23, кв. 41]]."),
    (None, "RU",
     "Получатель: [[national_id:392-743-242 01]], счёт [[account:40817810524015585115]], "
     "адрес [[address:ул. Лесная, д. 7, кв. 12, г. Подольск]]."),
    ("RU", "RU",
     "Водитель автомобиля [[plate:М512ОР 799]] предъявил паспорт серия "
     "[[national_id:40 18 номер 552903]] и ИНН [[national_id:458268334100]], проживает "
     "[[address:г. Казань, ул. Баумана, д. 36, кв. 9]]."),
    ("KZ", "RU",
     "Казахстанский паспорт, ИИН [[national_id:020719518484]], адрес "
     "[[address:г. Алматы, пр. Абая, д. 150, кв. 33]]. Счёт [[account:40817810589878103244]]."),
    (None, "RU",
     "ИНН [[national_id:087055707730]], СНИЛС [[national_id:124-187-493 59]], счёт "
     "[[account:40817810222407513782]]. ОГРН компании 1027700132195 не является личным."),
]

# --- Greek -----------------------------------------------------------------------------------

RECORDS["el"] = [
    ("GR", "GR",
     "Παρακολούθηση: το όχημα [[plate:ΝΒΡ-4417]] στάθμευσε στη "
     "[[address:Σόλωνος 112, 106 81 Αθήνα]] στις 09:40. Αριθμός δελτίου 2291."),
    ("GR", "GR",
     "Ο ύποπτος διαμένει επί της [[address:Λεωφ. Αλεξάνδρας 48, Αμπελόκηποι]] και έχει ΑΔΤ "
     "[[national_id:ΑΚ 418203]]. Δικογραφία 4471/23."),
    ("GR", "GR",
     "Η επιχείρηση έδρευε στην [[address:Τσιμισκή 12Α, ΤΚ 546 22 Θεσσαλονίκη]] και ο "
     "διαχειριστής της είχε ΑΦΜ [[national_id:859647584]]."),
    ("GR", "GR",
     "Κατάσχεση στην [[address:Πατησίων 201, Κυψέλη]] και στην "
     "[[address:Αχαρνών 310, Άνω Πατήσια]]. Τον ταχυδρομικό κώδικα 111 44 τον βρήκαμε "
     "χωρίς διεύθυνση."),
    (None, "GR",
     "Καταθέσεις στον λογαριασμό [[account:040/481293-17]] και στον "
     "[[account:123-00-2002-045678]], ποσό 38.000 ευρώ. Τιμολόγιο 0412."),
    ("GR", "GR",
     "Ο κ. [[person:Σταύρος Μαυρογιάννης]], ΑΜΚΑ [[national_id:14037958031]], μένει στην "
     "[[address:Αγίου Δημητρίου 154, 546 33 Θεσσαλονίκη]]."),
    ("GR", "GR",
     "Το φορτηγό [[plate:ΖΚΗ 2918]] φόρτωσε στην [[address:Ηρώων Πολυτεχνείου 31Β, Πειραιάς]] "
     "και ξεφόρτωσε στην [[address:Κομνηνών 8, Καλαμαριά]]. Ο ναύλος πληρώθηκε από τον λογαριασμό "
     "[[account:0092-5530-4471-8]]."),
    ("GR", "GR",
     "Μίσθωση διαμερίσματος στην [[address:Λεωφ. Κηφισίας 292, Χαλάνδρι]] από πρόσωπο με ΑΦΜ "
     "[[national_id:995518130]] και ΑΔΤ [[national_id:ΧΒ 227415]]."),
    (None, "CY",
     "Οι Κύπριοι συνάδελφοι αναφέρουν τη διεύθυνση [[address:Θηβών 117, Περιστέρι]] και το "
     "όχημα [[plate:ΥΡΑ-7216]]. Αριθμός παραγγελίας 77-412."),
    ("GR", "GR",
     "Η ύποπτη μετακόμισε από την [[address:Ελ. Βενιζέλου 66, Νέα Σμύρνη]] στη "
     "[[address:Μητροπόλεως 23, 3ος όροφος, ΤΚ 105 63 Αθήνα]]. ΑΜΚΑ "
     "[[national_id:02118637665]]."),
    ("GR", "GR",
     "Στη [[address:Βασ. Όλγας 140, Θεσσαλονίκη]] εντοπίστηκε το [[plate:ΝΕΧ 5521]] και στην "
     "[[address:Παπάφη 45, Τούμπα]] το [[plate:ΝΗΚ-8804]]."),
    (None, "GR",
     "ΑΦΜ [[national_id:811507200]], λογαριασμός [[account:5012-047781-229]], διεύθυνση "
     "[[address:Λαγκαδά 201, Εύοσμος]]. Αριθμός πρωτοκόλλου 1187."),
    ("GR", "GR",
     "Ο οδηγός του [[plate:ΙΤΧ-3390]] δήλωσε ΑΔΤ [[national_id:ΑΗ 590114]] και κατοικία "
     "στην [[address:Καραολή και Δημητρίου 19, Πειραιάς]]."),
    (None, "GR",
     "Ο λογαριασμός [[account:5049-012877-301]] χρηματοδότησε τη μίσθωση στην "
     "[[address:Λεωφ. Συγγρού 74, Νέος Κόσμος]]. ΑΜΚΑ [[national_id:27069285495]]."),
    ("GR", "GR",
     "Η εταιρεία με ΑΦΜ 094019245 δεν αφορά πρόσωπο· ο μέτοχος όμως έχει ΑΦΜ "
     "[[national_id:958577104]] και μένει στην [[address:Ιπποκράτους 45, 106 80 Αθήνα]]."),
]

# --- Arabic ----------------------------------------------------------------------------------

RECORDS["ar"] = [
    ("MA", "MA",
     "أدلى المعني بالأمر ببطاقته الوطنية رقم [[national_id:BE 624190]]، وكان يقود سيارة "
     "تحمل لوحة [[plate:38519 | أ | 6]]. رقم المحضر 4471."),
    ("EG", "EG",
     "الرقم القومي للمتهم [[national_id:٢٨٥٠٧١٤٠١٢٩٥١٧]]، والسيارة [[plate:ب ت ع 5126]] "
     "مسجلة باسم شقيقه. رقم القضية ٨٨١ لسنة ٢٠٢٣."),
    ("AE", "AE",
     "رقم الهوية الإماراتية [[national_id:784-1993-8454704-0]]، والمركبة [[plate:دبي A 52817]] "
     "شوهدت قرب [[address:فيلا 12، شارع 23، الجميرا 1، دبي]]."),
    ("SA", "SA",
     "رقم الهوية الوطنية [[national_id:1908934050]]، ورقم الإقامة للمرافق "
     "[[national_id:2226857106]]، واللوحة [[plate:ر س ط 4827]]، والعنوان "
     "[[address:مبنى 7712، شارع الأمير سلطان، حي المحمدية، جدة 23617]]."),
    ("JO", "JO",
     "الرقم الوطني للمشتبه به [[national_id:9861034417]]، ويقود مركبة رقمها "
     "[[plate:22-81745]] ويسكن في [[address:شارع وصفي التل، عمارة 18، الطابق الثالث، عمان]]. "
     "قيمة الحوالة 12 ألف دينار."),
    (None, "MA",
     "لوحات مسجلة في المراقبة: [[plate:27419 | د | 1]] و[[plate:7714-هـ-40]] "
     "و[[plate:60211 ب 26]]. رقم الطلبية 0412."),
    ("EG", "EG",
     "المتهمة تحمل الرقم القومي [[national_id:29203032113029]] وتقيم في "
     "[[address:١٤ شارع الثورة، مصر الجديدة، القاهرة]]، وسيارتها [[plate:ن ب ط ٣٨١٤]]."),
    ("MA", "MA",
     "البطاقة الوطنية [[national_id:BJ417266]] والحساب "
     "[[account:086 243 6259945241896281 94]] يعودان إلى ساكن "
     "[[address:زنقة ابن خلدون رقم 27، حي المعاريف، الدار البيضاء]]."),
    (None, "AE",
     "هوية [[national_id:٧٨٤-١٩٧٩-٩٢٥٢٠٢٠-١]] ولوحة [[plate:أبوظبي 5 71462]] ولوحة "
     "[[plate:الشارقة 3 22817]]. رقم الفاتورة 7731."),
    ("EG", "EG",
     "الرقم القومي [[national_id:٢٧٨١٢٣٠٠٢٢٢٦١٧]] يخص مالك السيارة [[plate:س و ل 4173]]، "
     "والمبلغ المحول ٥٠٠٠٠ جنيه."),
    ("SA", "SA",
     "المركبة [[plate:٤٨٢٧ ح د ك]] مسجلة لمقيم رقم إقامته [[national_id:2617206558]]، "
     "والمستفيد يحمل الهوية [[national_id:1033146067]] وحسابه [[account:6810 0000 4471 2290 18]]."),
    ("JO", "JO",
     "الحساب [[account:0118 0034 4712 0500]] لدى البنك يعود لصاحب المركبة [[plate:9-41208]]، "
     "ورقم هاتفه غير معروف. رقم الشيك 004471."),
    (None, "MA",
     "البطاقة رقم [[national_id:D 902217]] والبطاقة رقم [[national_id:AB 71530]] استعملتا "
     "لكراء سيارتين: [[plate:41822-و-33]] و[[plate:9071 | ط | 48]]."),
    ("EG", "EG",
     "الرقم القومي [[national_id:30105088890792]] لمواطن مولود بالخارج، ويقيم في "
     "[[address:عمارة 7، شارع مصدق، الدقي، الجيزة]]. الحساب [[account:1003 4471 8812 90]]."),
    ("AE", "AE",
     "هوية [[national_id:784-1985-4781087-3]] وهوية [[national_id:784-1990-0661634-8]] "
     "مرتبطتان بالحساب [[account:1014 3392 8810 0117]]، وبالمركبة [[plate:دبي L 30952]]."),
]


# --- checks ----------------------------------------------------------------------------------

def _emirati_ok(digits: str) -> bool:
    return re.fullmatch(r"784(19|20)\d{10}", digits) is not None and luhn.is_valid(digits)


def _saudi_ok(digits: str) -> bool:
    return re.fullmatch(r"[12]\d{9}", digits) is not None and luhn.is_valid(digits)


def _kazakh_iin_ok(digits: str) -> bool:
    if re.fullmatch(r"\d{12}", digits) is None or digits[6] not in "123456":
        return False
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}[digits[6]]
    try:
        date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return False
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        check = sum(int(d) * w for d, w in zip(digits[:11], weights, strict=True)) % 11
        if check != 10:
            return check == int(digits[11])
    return False


def _jordan_ok(digits: str) -> bool:  # format only: ten digits, 9… or 2…
    return re.fullmatch(r"[29]\d{9}", digits) is not None


EXTRA_NATIONAL_ID = [
    ("Emirati identity number", _emirati_ok),
    ("Saudi identity/iqama number", _saudi_ok),
    ("Kazakh IIN", _kazakh_iin_ok),
    ("Swiss AHV number", ch_ahv.is_valid),
    ("Jordanian national number", _jordan_ok),
    ("Moroccan CIN with hyphen", lambda v: re.fullmatch(r"[A-Z]{1,2}\d{5,6}", v) is not None),
]


def check_span2(ident: str, kind: str, value: str, region: str) -> None:
    """``build_ids_dev.py``'s checks, plus the national schemes ``build_dev.py`` lacks."""
    if kind == "national_id":
        compact = re.sub(r"[\s./-]", "", ascii_digits(value))
        if any(check(compact) for _, check in EXTRA_NATIONAL_ID):
            assert value == value.strip(), (ident, value)
            assert value[0] not in EDGE_BAD and value[-1] not in EDGE_BAD, (ident, value)
            assert unicodedata.category(value[0])[0] != "P", (ident, value)
            assert unicodedata.category(value[-1])[0] != "P", (ident, value)
            return
    check_ids_span(ident, kind, value, region)


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
        check_span2(ident, span["kind"], span["text"], country or agency)
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
            records.append(build_record(f"j-{language}-{n:02d}", language, country, agency,
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
