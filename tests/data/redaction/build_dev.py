"""Build ``dev.jsonl``: a labelled development set for the person-name and identifier detectors.

Run with the project's interpreter from anywhere::

    python tests/data/redaction/build_dev.py

The texts below are written with inline markup: ``[[kind:text]]`` labels ``text`` as a span of
``kind``; everything outside markup is unlabelled (and meant to stay unlabelled: company names,
places, streets, ships, hotels, bars, operation names, vehicles, nationalities, agencies, months,
weekdays, nicknames, online handles and given names on their own are deliberate hard negatives).
The labelling rules are written out in ``DEV.md``.

Every record is checked before it is written: each span's text equals ``text[start:end]``, no
span starts or ends with white space, quotes, brackets or punctuation (a period that closes an
initial such as ``J.`` or ``Д.`` is part of the name), each phone number is valid for the
record's country (or, when the record has none, the agency's), each IBAN has a correct checksum
and length, each national identifier passes its scheme's check, and each text is written in its
language's script. All names, numbers and addresses are invented.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import phonenumbers
import schwifty
from stdnum.be import nn as be_nn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.gr import vat as gr_afm
from stdnum.pl import pesel
from stdnum.ru import inn

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev.jsonl"
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")
LANGUAGES = ("en", "fr", "de", "es", "pl", "ru", "el", "ar")
KINDS = ("person", "phone", "email", "iban", "passport", "national_id", "dob", "address",
         "plate", "account")

# Each record: (country or None, agency_country, marked text).  Ids are given in order.
RECORDS: dict[str, list[tuple[str | None, str, str]]] = {}

# --- English ---------------------------------------------------------------------------------

RECORDS["en"] = [
    ("GB", "GB",
     "Surveillance log, Op HARRIER, Thursday 6 March. 21:15 [[person:Jonathan Ashcombe]] "
     "arrives at the Harbour Lights Hotel, Falmouth, driving a grey Ford Ranger, "
     "[[plate:WK19 HVT]]. 21:32 [[person:Ashcombe]]'s passenger, a woman later identified as "
     "[[person:Ruth Polventon]], walks to the quay and boards the Morwenna Rose."),
    ("GB", "GB",
     "Intercept summary, target line [[phone:07723 518406]], user believed to be "
     "[[person:TRETHOWICK, Daniel Roy]]. An unknown male calling himself 'Sparrow' asks whether "
     "'the Dutchman' has paid. [[person:Trethowick]] says that [[person:Maarten van der Kolk]] "
     "will settle on Monday through Keelson Freight Ltd."),
    ("GB", "GB",
     "I have known [[person:Gary Marsh]] for about ten years. In December Gary told me that "
     "Mr [[person:Baker]] owed him money and that he would sort it out before Christmas. I did "
     "not see [[person:Marsh]] again until [[person:Kelly-Ann Smith]] brought him into the Crown "
     "and Anchor on Boxing Day."),
    ("GB", "GB",
     "SAR summary: between 3 and 28 February [[person:Priya Raghunathan-Cole]] (DOB "
     "[[dob:14/09/1986]]) received eleven transfers from [[person:Olumide Adeyinka]] into sort "
     "code/account [[account:40-47-62 31926819]]. She then sent GBP 48,500 to "
     "[[iban:GB51 NWBK 6072 4418 2930 56]], held by Saltmarsh Holdings Ltd."),
    ("GB", "GB",
     "NOTE FOR FILE. SUBJECT [[person:ALBERT JAMES KENWYNDLE]], PASSPORT NO. "
     "[[passport:561847203]]. [[person:KENWYNDLE]] WAS STOPPED BY BORDER FORCE AT DOVER EASTERN "
     "DOCKS DRIVING A WHITE MERCEDES SPRINTER. HE NAMED HIS EMPLOYER AS "
     "[[person:DESMOND O'HALLORAN]] OF CLIFFSIDE LOGISTICS."),
    ("IE", "IE",
     "Gardaí at Store Street observed [[person:Siobhán Ní Bhraonáin]] hand a package to "
     "[[person:Cathal Mac Giolla Phádraig]] outside a hotel on O'Connell Street. "
     "[[person:Ní Bhraonáin]] was stopped later driving [[plate:191-D-30572]] and gave her mobile "
     "number as [[phone:087 412 5530]]."),
    (None, "GB",
     "Europol reply: the handle 'nightjar_77' is linked to [[person:Ibrahim bin Rashid al-Kaabi]], "
     "whose address [[email:i.kaabi.trade@protonmail.com]] was used to register Gulfstar Marine "
     "FZE in Sharjah. The registration fee was paid by a [[person:J. Ashworth-Penhale]] from an "
     "account at Revolut."),
    ("GB", "GB",
     "[[person:Fraser Dunnachie]] left [[address:27 Carrick Wynd, Paisley PA2 6QT]] at 07:10. "
     "[[person:Carla di Marzio]] followed ten minutes later in a black Fiat 500X. Both drove to "
     "Glasgow Airport, where [[person:Dunnachie]] met a man wearing a Rangers scarf."),
    ("GB", "GB",
     "Statement of DC [[person:Helen Armitage-Rowe]]: at 10:05 on Tuesday I arrested "
     "[[person:L. J. Sowerbutts]] at his home address. He asked for his solicitor, Mr "
     "[[person:Anand Balasubramaniam]] of Greaves & Holt LLP, and made no comment to all "
     "questions."),
    (None, "GB",
     "Interpol diffusion: [[person:Mehmet Ali Yıldırımoğlu]], born [[dob:2 January 1979]] in "
     "Izmir, Turkish national, passport [[passport:U18472953]]. Known associates are "
     "[[person:Yıldırımoğlu]]'s cousin [[person:Serkan Bozdemir]] and a Bulgarian, "
     "[[person:Todor Stoyanov Valchev]]."),
    (None, "GB",
     "The seized Samsung holds a contact saved as «Дядя Саша» ('Uncle Sasha') with the number "
     "[[phone:+7 916 305-17-62]]. Subscriber checks return "
     "[[person:Александр Игоревич Пыжиков]], transliterated on his visa application as "
     "[[person:Aleksandr Pyzhikov]]."),
    ("GB", "GB",
     "Cash seizure at Stansted: GBP 62,000 was found in the luggage of "
     "[[person:Abdelilah El Khattabi]], who said the money belonged to Hajj "
     "[[person:Mustafa Benslimane]], a trader in Casablanca. [[person:El Khattabi]] had arrived "
     "on a Royal Air Maroc flight and was carrying a Moroccan passport, "
     "[[passport:UZ7305146]]."),
    ("GB", "GB",
     "Brown envelopes were handed over at the Baker's Arms on Friday night. Mrs "
     "[[person:Yvonne Gotobed]] counted the money while her son [[person:Lee Gotobed]] kept "
     "watch beside a silver Vauxhall Astra, [[plate:YD68 KLN]]."),
    ("GB", "GB",
     "Custody record: [[person:OYELARAN Temitope]], DOB [[dob:30.11.1991]], NINO "
     "[[national_id:JR 63 74 92 C]]. Co-accused [[person:PRZYBYLSKI Tomasz]] declined "
     "interview. [[person:OYELARAN]] asked for a Yoruba interpreter and named his landlord as "
     "Ms [[person:Odette Fairweather]]."),
    ("GB", "GB",
     "Courier fraud: the victim, [[person:Margaret Oakenshaw]], 81, was called from "
     "[[phone:020 7946 0583]] by a man claiming to be Detective Sergeant [[person:Hughes]] of the "
     "Met. She transferred GBP 19,400 to a Monzo account in the name of "
     "[[person:Callum Reeve-Stannard]], who registered it with "
     "[[email:c.reevestannard@outlook.com]]."),
    (None, "GB",
     "The barge Zeemeeuw left Rotterdam on Sunday with [[person:Jelle van Oosterwijk]] and a "
     "Moroccan national, [[person:Rachid Aït Ouarab]], on board. [[person:Van Oosterwijk]]'s "
     "phone, [[phone:+31 6 37150294]], was switched off from 03:00 until the barge reached "
     "Antwerp."),
    ("GB", "GB",
     "Immigration Enforcement found [[person:Wellington dos Anjos Brandão]] working at a nail "
     "bar in Luton. He said his manager was [[person:Nguyen Thi Bich Ngoc]] and that he sent his "
     "wages home through a cousin. [[person:Brandão]] was served with removal papers."),
    ("GB", "GB",
     "Unknown male, possibly [[person:Ricky Stanforth]], seen at the Red Lion. Green Ford "
     "Fiesta, no index seen. Marsh Lane was closed for roadworks. Informant "
     "[[person:Deborah Quaintance]] says [[person:Stanforth]] now sleeps at his sister's flat in "
     "Walker Court."),
    ("GB", "GB",
     "Companies House lists [[person:Hamish R. Drummond-Lyle]] and [[person:Nkechi A. Obiorah]] "
     "as directors of Ravenscar Bullion Ltd, registered at "
     "[[address:Flat 3, 88 Stanhope Road, Darlington DL3 7SQ]]. [[person:Obiorah]]'s personal "
     "account [[account:20-91-44 60374821]] received most of the proceeds."),
    (None, "GB",
     "Open-source note: the Telegram channel @swiftcash_uk advertises 'clean' bank accounts for "
     "rent. Payments go to [[person:Kwabena Asante-Mensah]], contact "
     "[[email:kasante.m@gmail.com]], and the adverts are posted by [[person:Bilal Chaudhry]]. "
     "[[person:Asante-Mensah]] also trades as 'KB Money'."),
]

# --- French ----------------------------------------------------------------------------------

RECORDS["fr"] = [
    ("FR", "FR",
     "Filature du mardi 4 mars : à 9 h 20, [[person:Jean-Luc Ravanel]] quitte son domicile, "
     "[[address:17 rue Victor-Hugo, 69002 Lyon]], au volant d'une Peugeot 3008 immatriculée "
     "[[plate:GK-418-RT]]. Il rejoint le bar Le Balto, où l'attend [[person:Karim Benhaddou]]. "
     "[[person:Ravanel]] repart seul à 10 h 05."),
    ("FR", "FR",
     "Synthèse d'écoute n° 37, ligne [[phone:06 71 38 42 95]] : l'utilisateur, identifié comme "
     "[[person:FOURCADE Thierry]], appelle un certain « Le Gitan » et lui demande si Mme "
     "[[person:Lestringant]] a bien reçu « les sacs ». [[person:Fourcade]] fixe ensuite un "
     "rendez-vous vendredi à la brasserie Le Gambetta."),
    ("FR", "FR",
     "Déclaration de soupçon : [[person:Anne-Sophie Delaunay-Vergès]], née le "
     "[[dob:21/05/1984]], a déposé 38 000 € en espèces sur le compte "
     "[[iban:FR76 3000 4028 3700 0482 1395 752]] ouvert au nom de la SARL Boulangerie Marchand. "
     "Le gérant de fait serait son ex-conjoint, M. [[person:Didier Marchand]]."),
    ("BE", "BE",
     "La PJF de Charleroi signale que [[person:Grégory Vandenplas]] et "
     "[[person:Salvatore Di Pasquale]] ont loué un box de garage rue de la Station à Jumet. "
     "[[person:Di Pasquale]] a réglé le loyer depuis le compte [[iban:BE44 0634 8213 9545]]."),
    (None, "FR",
     "Note de renseignement : le dénommé [[person:Abdoulaye Diallo-Kanté]], dit « Vieux Père », "
     "utilise l'adresse [[email:vieuxpere221@gmail.com]]. Il serait en relation avec "
     "[[person:Mamadou Lamine Ndiaye]], gérant de l'hôtel Teranga à Dakar. "
     "[[person:Diallo-Kanté]] a voyagé à Bamako en janvier."),
    ("FR", "FR",
     "PROCÈS-VERBAL D'AUDITION. Entendons [[person:LE GUILLOUX Yannick]], né le "
     "[[dob:3 février 1977]] à Quimper, qui déclare : « Je connais [[person:Erwan Kerbrat]] "
     "depuis le lycée, mais je n'ai jamais travaillé pour lui ni pour son associé "
     "[[person:Le Floc'h]]. »"),
    ("FR", "FR",
     "Le 14 mars, [[person:J.-P. Sarrazin-Molinié]] a retiré 9 500 € du compte "
     "[[account:17515 90000 08472913650 23]] au guichet de la Banque Populaire, boulevard "
     "Gambetta, à Cahors. Mlle [[person:Océane Tirvaudey]], guichetière, "
     "précise que M. [[person:Sarrazin-Molinié]] était accompagné d'un homme parlant espagnol."),
    ("CH", "CH",
     "Le MROS transmet : [[person:Étienne de Saint-Prévost]] a ouvert un compte dans une banque "
     "genevoise au nom de Lémanis Capital SA, mandataire Me [[person:Nadia Oberholzer]]. "
     "[[person:De Saint-Prévost]] déclare résider "
     "[[address:chemin des Crêts-de-Champel 41, 1206 Genève]] ; son numéro est le "
     "[[phone:+41 79 615 27 04]]."),
    ("FR", "FR",
     "Contrôle douanier au péage de Saint-Arnoult : 240 kg de résine sont découverts dans un "
     "Renault Master. Le conducteur, [[person:Rayan Bouzidi]], déclare travailler pour "
     "[[person:Kamel Meziane]], patron de la société Transports Meziane Frères. "
     "[[person:Bouzidi]] refuse de signer le procès-verbal."),
    (None, "FR",
     "Selon l'attaché de sécurité intérieure à Riga, [[person:Vladislav Ogoltsov]] "
     "([[person:Владислав Огольцов]]) dirigerait le réseau depuis la Lettonie. Sa compagne, "
     "[[person:Ilze Krūmiņa]], gère l'hôtel Baltic Amber à Jūrmala."),
    (None, "FR",
     "Le carnet saisi mentionne en arabe « [[person:عبد الرحيم الزياني]] » avec le numéro "
     "[[phone:+212 661-728340]]. Il s'agirait de l'oncle de [[person:Nordine Zayani]], "
     "interpellé à Marseille le 2 avril."),
    ("FR", "FR",
     "Témoignage de Mme [[person:Lucienne Pétrequin]] : « Vers 23 heures, j'ai vu le fils "
     "[[person:Bérard]] garer une Clio blanche devant chez [[person:Maurice Lebrun]]. Kévin est "
     "descendu avec un sac de sport. »"),
    ("FR", "FR",
     "Le témoin, M. [[person:Régis Boulanger]], livreur, a reconnu le boucher du marché couvert, "
     "[[person:Francis Petit]], parmi les acheteurs. [[person:Petit]] nie les faits et affirme "
     "qu'il était ce soir-là chez sa fille, à Roubaix."),
    ("FR", "FR",
     "Identité vérifiée : [[person:Nathalie Carrère-Escudié]], NIR "
     "[[national_id:2 77 02 29 075 115 92]], domiciliée "
     "[[address:4 impasse des Tanneurs, 31000 Toulouse]], tél. [[phone:07 58 21 46 93]]. Son "
     "frère [[person:Julien Carrère]] est connu des services de police pour escroquerie."),
    (None, "FR",
     "Le porte-conteneurs « Capitaine Dufresne », en provenance de Guayaquil, est arrivé au "
     "Havre mercredi. Le second, [[person:Jhonatan Caicedo Montaño]], aurait remis un conteneur "
     "de bananes à [[person:Didier Lhermitte-Kaboré]], transitaire."),
    ("FR", "FR",
     "[[person:Vidalenc]] et [[person:Aubertin]] se retrouvent chaque lundi au PMU Le Narval. "
     "[[person:Gaëtan Aubertin]] tient la caisse ; [[person:Héloïse Vidalenc]] prend les paris "
     "par téléphone au [[phone:04 91 62 38 17]]."),
    ("BE", "BE",
     "Le parquet de Liège signale [[person:MEERSSEMAN Caroline]], numéro national "
     "[[national_id:84.03.12-482.70]], passeport belge [[passport:EP613058]]. "
     "[[person:Meersseman]] loue un entrepôt à Herstal au nom de la SPRL Ardennes Palettes."),
    ("FR", "FR",
     "Opération TRIDENT : l'OFAST et la DNRED ont interpellé [[person:Sékou Camara]] et "
     "[[person:Ibrahima Sow]] à la sortie d'un hôtel de Roissy. [[person:Camara]] portait un "
     "passeport guinéen n° [[passport:R0048213]] et 14 000 € en coupures de 50."),
    (None, "FR",
     "Fraude au président : un faux « [[person:Bertrand Malaterre]] », PDG de Malaterre "
     "Industrie, a écrit depuis [[email:b.malaterre@malaterre-industrie.co]] à la comptable, Mme "
     "[[person:Solène Quéméner]], pour obtenir un virement urgent vers Hong Kong."),
    ("FR", "FR",
     "La concierge, Mme [[person:Maria da Conceição Pereira]], indique que l'appartement du "
     "troisième est loué par un certain [[person:Lucas Vasseur]] mais occupé par « Tonio », un "
     "ami de [[person:Vasseur]]."),
]

# --- German ----------------------------------------------------------------------------------

RECORDS["de"] = [
    ("DE", "DE",
     "Observationsbericht, Freitag, 7. März: Um 18:40 Uhr verlässt [[person:Thorsten Brenner]] "
     "seine Wohnung in der [[address:Hohenzollernstraße 112, 80796 München]]. Er fährt mit einem "
     "schwarzen Audi A6, Kennzeichen [[plate:M-TB 4172]], über die A8 Richtung Salzburg. Auf dem "
     "Beifahrersitz sitzt [[person:Jasmin Özkaya-Reuter]]; [[person:Brenners]] Handy ist ab "
     "Rosenheim ausgeschaltet."),
    ("DE", "DE",
     "TKÜ-Protokoll, Anschluss [[phone:0171 4839265]]: Anschlussinhaber ist "
     "[[person:Dennis Schäfer]]. Er spricht mit einem „Onkel“ über „zwölf Kisten“ und nennt "
     "Herrn [[person:Vukašinović]] als Abnehmer. [[person:Schäfer]] klingt nervös. Ein Schäfer "
     "aus Kirchheim hatte den weißen Transporter zuvor auf seinem Feldweg gemeldet."),
    ("DE", "DE",
     "Die Zeugin Frau [[person:Hannelore Fischer]] gab an: „Der Fischer vom Ammersee hat mir "
     "erzählt, dass Herr [[person:Weber]] nachts Boote entlädt.“ Frau [[person:Fischer]] kennt "
     "Herrn [[person:Weber]] seit 2019 aus dem Segelverein."),
    ("DE", "DE",
     "Verdachtsmeldung der FIU: Auf dem Konto [[iban:DE21 5001 0517 0648 2139 57]] von Frau "
     "[[person:Ludmila Kreutzfeldt-Oborina]] gingen im April vierzehn Bareinzahlungen ein. "
     "Verfügungsberechtigt ist auch ihr Sohn [[person:Maximilian Kreutzfeldt]], geb. "
     "[[dob:22.08.1999]]."),
    ("AT", "AT",
     "Das Bundeskriminalamt meldet, dass Ing. [[person:Gerald Pöchhacker]] und Mag. "
     "[[person:Sabine Hörtnagl]] Geschäftsführer der Alpenblick Immobilien GmbH in Innsbruck "
     "sind. [[person:Pöchhackers]] Ehefrau ist unter [[phone:+43 664 3170482]] erreichbar."),
    ("DE", "DE",
     "Personalien: [[person:VON DER HEYDT-LINDNER, Konstantin]], geb. [[dob:04.11.1968]], "
     "Staatsangehörigkeit deutsch, Steuer-ID [[national_id:47 821 930 548]]. "
     "[[person:Von der Heydt-Lindner]] ist Halter eines Porsche Cayenne und einer Yacht namens "
     "„Seeadler“."),
    ("DE", "DE",
     "[[person:H.-J. Kallweit]] und [[person:K. Zschoche]] unterschrieben am Montag den "
     "Mietvertrag für die Halle im Gewerbegebiet Nord. Laut Vermieter zahlte "
     "[[person:Zschoche]] die Kaution von 6.000 Euro bar."),
    (None, "DE",
     "Über Europol, Operation FALKE: [[person:Arben Gjokaj]] und [[person:Dritan Lleshi]] nutzen "
     "im Kryptohandy die Namen „Ujku“ und „Skifteri“. [[person:Gjokaj]] reiste am 12. Mai mit "
     "dem albanischen Reisepass [[passport:BA6150382]] über Bari ein."),
    ("DE", "DE",
     "In der Weinstube „Zum Müller“ bestellte Herr [[person:Günter Müller]] zwei Flaschen "
     "Müller-Thurgau und übergab dem Wirt einen Umschlag. [[person:Müller]] wurde dabei von "
     "[[person:Reinhold Grabowski]] begleitet, der einen grauen VW Passat fuhr."),
    (None, "DE",
     "Im sichergestellten Notizbuch steht auf Russisch „[[person:Реймер В.]] – 40“. Nach "
     "Auswertung ist damit [[person:Waldemar Reimer]] aus Pforzheim gemeint, der Schwager von "
     "[[person:Eugen Dyck]]."),
    ("CH", "CH",
     "Die Kantonspolizei Zürich meldet, dass [[person:Reto Bachmann-Gyr]] und "
     "[[person:Urs Zwahlen]] im Hotel Schweizerhof in Luzern 1,2 Millionen Franken in bar "
     "übergeben haben. [[person:Zwahlen]] ist unter [[phone:079 264 81 53]] registriert."),
    ("DE", "DE",
     "Frau [[person:Friederike von Brackwede]] erstattete Anzeige gegen ihren früheren "
     "Vermögensberater Dr. [[person:Lutz Hambrecht]]. Laut Frau [[person:von Brackwede]] "
     "überwies sie 230.000 Euro auf ein Konto der Hambrecht & Partner Vermögensverwaltung."),
    ("DE", "DE",
     "Bei der Durchsuchung in Essen-Altendorf wurden [[person:Yasin Abu Rmeileh]] und sein "
     "Cousin [[person:Khaled Rammo]] angetroffen. [[person:Abu Rmeilehs]] Mercedes-AMG mit dem "
     "Kennzeichen [[plate:E-YA 777]] wurde sichergestellt."),
    (None, "DE",
     "Der Zeuge sagte aus, [[person:Benedikt Koch]] arbeite als Koch im Restaurant Adria und "
     "verkaufe nebenbei Kokain an Gäste. Der Inhaber, [[person:Zdravko Šimunović]], wisse "
     "davon."),
    ("DE", "DE",
     "Das Containerschiff „Gesine Harmsen“ lief am Sonntag in Bremerhaven ein. Der Zoll fand "
     "80 kg Kokain in einem Bananencontainer; Kapitän [[person:Jan-Hendrik Oltmanns]] und der "
     "Erste Offizier [[person:Rolando Dimaculangan]] wurden befragt."),
    (None, "DE",
     "Europäischer Haftbefehl: [[person:Gheorghe Ciobanu]], geb. [[dob:17.06.1985]], rumänischer "
     "Staatsangehöriger, soll mit [[person:Florin-Marian Dobrescu]] Taschendiebstähle "
     "organisiert haben. [[person:Ciobanu]] nutzt einen Dacia Logan mit dem Kennzeichen "
     "[[plate:B 617 GHC]]."),
    ("DE", "DE",
     "[[person:Anja Kraus]] hat laut Meldeamt keine Wohnung in Leipzig. [[person:Kraus]]' "
     "Lebensgefährte [[person:Mirko Stojanović]] wohnt jedoch in der "
     "[[address:Karl-Liebknecht-Straße 47, 04275 Leipzig]], wo sie regelmäßig übernachtet."),
    ("AT", "AT",
     "Die Lieferung ging am Dienstag über den Brenner. [[person:Kofler]], der Fahrer, "
     "telefonierte von der Raststätte aus mit [[person:Alois Brunnthaler]] und dessen Tochter "
     "[[person:Verena Brunnthaler-Mayr]]. Brennerautobahn und Inntal wurden anschließend "
     "observiert."),
    (None, "DE",
     "Chatauswertung: Der Nutzer „dr_grün_84“ bietet Cannabis an. Bestellungen gehen an "
     "[[email:gruenlieferung@tutanota.com]]; die Bitcoin-Auszahlungen landen bei "
     "[[person:Lennart Feddersen]]. Laut Bank ist [[person:Feddersen]] unter "
     "[[phone:+49 152 28461937]] erreichbar."),
    ("DE", "DE",
     "Aktenvermerk: [[person:Sevda Karakaya-Lindholm]] legte bei der Kontrolle einen "
     "Personalausweis mit der Nummer [[national_id:LH7TK92R4]] vor. Der Ausweis war auf "
     "[[person:Sevda Lindholm]] ausgestellt; den Doppelnamen führt sie nach eigener Aussage seit "
     "ihrer zweiten Ehe."),
]

# --- Spanish ---------------------------------------------------------------------------------

RECORDS["es"] = [
    ("ES", "ES",
     "Vigilancia del jueves 13 de marzo: a las 19:45 [[person:José Antonio Garrido Lozano]] sale "
     "de la nave de Transportes Lozano Hermanos SL en Algeciras conduciendo un Seat León con "
     "matrícula [[plate:6093 KRT]]. En la Calle Mayor recoge a "
     "[[person:Rocío Benjumea Saavedra]]. [[person:Garrido]] aparca frente al bar Manolo."),
    ("ES", "ES",
     "Resumen de escucha, teléfono [[phone:612 48 39 27]]: el usuario, conocido como «el Chino», "
     "habla con don Ramiro sobre «la mercancía de Tánger». Se identifica al usuario como "
     "[[person:Iván Prieto Zurbano]]; don Ramiro sería [[person:Ramiro Echevarne Casal]], "
     "armador del pesquero «Virgen del Carmen»."),
    ("ES", "ES",
     "Informe del SEPBLAC: la señora [[person:María del Pilar Ocaña de la Fuente]] recibió en la "
     "cuenta [[iban:ES91 2100 0418 4502 0005 1332]] transferencias de una sociedad panameña "
     "controlada por su cuñado, [[person:Fermín Arrabal-Quintanilla]]. La señora "
     "[[person:Ocaña]] declaró desconocer el origen de los fondos."),
    ("ES", "ES",
     "Diligencia de identificación: [[person:HERRERO ZAPATERO, Luis Miguel]], DNI "
     "[[national_id:48213957T]], nacido el [[dob:09/10/1972]]. Manifiesta que trabaja como "
     "herrero en el taller de su tío, [[person:Anselmo Herrero]]."),
    ("ES", "ES",
     "En el marco de la operación «Tritón», la Guardia Civil interceptó en Motril una narcolancha "
     "con tres tripulantes: [[person:Abdeslam Ouahbi]], [[person:Mohamed Amin El Ghazouani]] y un "
     "tercero que dijo llamarse «Nono». [[person:El Ghazouani]] llevaba un teléfono satelital y la "
     "tarjeta NIE [[national_id:X4821937X]]."),
    (None, "ES",
     "Nota de Europol: [[person:Juan Sebastián Ortiz Cardona]], alias «Pecas», colombiano, "
     "coordina envíos desde Buenaventura. Su contacto en Valencia es "
     "[[person:Óscar Blanco Rubio]], que conduce un Audi Q7 blanco. [[person:Ortiz Cardona]] usa "
     "el correo [[email:jsortiz.cardona@proton.me]]."),
    ("ES", "ES",
     "Declaración del testigo [[person:Fulgencio Carrasco]]: «Vi a la hija de los "
     "[[person:Montesinos]] entrar en el portal de la calle Alfonso X el Sabio con dos bolsas de "
     "deporte. Luego llegó un tal [[person:Pastor]] en una furgoneta Citroën Berlingo.»"),
    ("ES", "ES",
     "[[person:Pozo]] y [[person:León]] se reunieron el sábado en el hotel Plaza Regia de "
     "León. [[person:Remedios Pozo Peña]] entregó a [[person:Aurelio León Villalba]] un sobre "
     "con 20.000 euros, según el agente encubierto."),
    ("ES", "ES",
     "Consta que [[person:Nerea Goikoetxea Urrutia]] abrió en Bilbao la cuenta "
     "[[iban:ES43 0049 1500 0605 1829 4735]] con el pasaporte [[passport:PAB730264]]. La "
     "Ertzaintza informa de que [[person:Goikoetxea]] es pareja de "
     "[[person:Iker Zubizarreta-Olano]]."),
    (None, "ES",
     "Oficio de la Fiscalía General de México: [[person:Jesús Eduardo Villarreal Treviño]], "
     "alias «El Güero», fue detenido en Monterrey. Entre sus contactos figura un español, "
     "[[person:Baltasar Moyano Cifuentes]], con teléfono [[phone:+34 698 217 405]]."),
    ("ES", "ES",
     "Acta de vigilancia: a las 10:12 el señor [[person:Ginés Abellán]] sale de su domicilio en "
     "[[address:Avenida de la Constitución 18, 3.º B, 30008 Murcia]] y entra en la gestoría "
     "Abellán & Asociados. A las 11:30 llega la señora [[person:Abellán]], su hermana, en un "
     "Toyota Corolla con matrícula [[plate:2957 HNZ]]."),
    ("ES", "ES",
     "Según el informe de la UDYCO, [[person:Dayana Stefany Mosquera Rentería]] recibía los "
     "paquetes en un locutorio de la calle Bravo Murillo. La titular del locutorio, "
     "[[person:Wendy Mosquera]], es su prima."),
    ("ES", "ES",
     "Detenidos en Barajas con 4 kg de cocaína adosados al cuerpo: "
     "[[person:Kevin Andrés Cruz Palacios]] y [[person:Yuliana Cruz]]. [[person:Cruz Palacios]] "
     "dijo que el viaje lo pagó un hombre al que solo conoce como «el Tío». La Cruz Roja atendió "
     "a la detenida por una indisposición."),
    ("ES", "ES",
     "Hoja de intervención: [[person:Ekaterina Volkova]] y [[person:Serguéi Lébedev]], rusos "
     "residentes en Marbella, fueron identificados a bordo del yate «Nikita II». "
     "[[person:Lébedev]] facilitó el teléfono [[phone:+34 655 301 842]] y el correo "
     "[[email:s.lebedev@yandex.ru]]."),
    ("ES", "ES",
     "Informe de la Agencia Tributaria: [[person:Begoña de la Serna y Cifuentes]], con NIF "
     "[[national_id:73920461W]], figura como administradora única de Inversiones Cantábrico "
     "2020 SL. Su marido, [[person:Tomás Sainz de Baranda]], firmó los contratos."),
    ("ES", "ES",
     "Mayo fue el mes con más envíos. Durante ese mes [[person:Lucía Molina]] y "
     "[[person:Fabián Marín-Ochoa]] utilizaron la agencia Envíos Rápidos Marín para mandar "
     "dinero a Ecuador desde la cuenta [[account:2080 5801 19 0101934762]]; "
     "[[person:Marín-Ochoa]] firmaba los resguardos. [[person:Molina]] pagaba "
     "siempre en efectivo."),
    (None, "ES",
     "El buque «Santa Catalina de Siena» fue abordado por el Servicio de Vigilancia Aduanera a "
     "40 millas de Vigo. El capitán, [[person:Evaristo Lagoa Bouzas]], y el maquinista, "
     "[[person:Darío Gondar]], fueron trasladados a la comandancia."),
    ("ES", "ES",
     "Denuncia de la señora [[person:Amparo Sorribes Climent]]: un hombre que dijo ser técnico "
     "de la compañía eléctrica entró en su vivienda y se llevó joyas. El vecino, señor "
     "[[person:Vicent Climent]], anotó la matrícula de la furgoneta: [[plate:7341 BFG]]."),
    (None, "ES",
     "Mensaje interceptado en WhatsApp: «[[person:Zurbano]] dice que el lunes baja el material, "
     "que avises al Rubio». Se cree que «el Rubio» es el apodo de [[person:Adrián Solórzano]], "
     "no su apellido."),
    (None, "ES",
     "Comisión rogatoria a Argentina: se solicita información sobre "
     "[[person:Horacio Ezequiel Bianchi-Lacroze]], nacido el [[dob:27 de julio de 1969]] en "
     "Rosario, y sobre su socio [[person:Claudio D'Alessandro]], titulares de la firma Pampa "
     "Granos SRL."),
]

# --- Polish ----------------------------------------------------------------------------------

RECORDS["pl"] = [
    ("PL", "PL",
     "Notatka z obserwacji, piątek 14 marca: o 17:20 [[person:Mariusz Chrząszczewski]] wyszedł z "
     "bloku przy [[address:ul. Mickiewicza 41 m. 12, 90-442 Łódź]] i wsiadł do srebrnej Skody "
     "Octavii o numerze rejestracyjnym [[plate:EL 7R412]]. [[person:Chrząszczewskiemu]] "
     "towarzyszyła [[person:Patrycja Źdźbłowicz]]."),
    ("PL", "PL",
     "Stenogram rozmowy z numeru [[phone:+48 601 735 208]]: rozmówca o pseudonimie „Łysy” pyta, "
     "czy pan [[person:Jasiński]] już zapłacił. Użytkownik odpowiada, że „przekazał kasę "
     "[[person:Jasińskiemu]] w czwartek” i że [[person:Wróbel]] ma przywieźć resztę."),
    ("PL", "PL",
     "Zawiadomienie GIIF: na rachunek [[iban:PL61 1090 1014 0000 0712 1981 2874]] należący do "
     "[[person:Bożeny Wiśniewskiej-Kos]] wpłynęło 14 przelewów od spółki Trans-Pol Kowalczyk "
     "sp. z o.o. Pani [[person:Wiśniewska-Kos]] jest żoną prezesa spółki, "
     "[[person:Zbigniewa Kowalczyka]]."),
    ("PL", "PL",
     "Protokół przesłuchania świadka [[person:Haliny Kowal]]: „Znam [[person:Kamila Zająca]] z "
     "widzenia. W sobotę widziałam, jak on i pan [[person:Sowa]] wynosili kartony z garażu przy "
     "ul. Jana Pawła II.”"),
    ("PL", "PL",
     "Dane osobowe: [[person:KOZIOŁ Wiesława]], PESEL [[national_id:86031204820]], zam. "
     "[[address:ul. Długa 7, 85-034 Bydgoszcz]]. [[person:Kozioł]] posługuje się telefonem "
     "[[phone:512 774 139]]."),
    (None, "PL",
     "Informacja z Europolu: obywatel Litwy [[person:Vytautas Rimkevičius]] przewozi papierosy "
     "ciężarówką Volvo FH o numerach [[plate:HKZ 715]]. Zatrzymano wspólnika "
     "[[person:Rimkevičiusa]], [[person:Dainiusa Petrauskasa]]."),
    ("PL", "PL",
     "Notatka służbowa CBŚP: [[person:Grzegorz Pietraszkiewicz-Bąk]] od stycznia prowadzi kantor "
     "„Złoty Róg” w Przemyślu. Z kantoru korzysta [[person:Ołeksandr Hawryluk]], obywatel "
     "Ukrainy. [[person:Pietraszkiewicza-Bąka]] widziano z nim w hotelu Krasicki."),
    ("PL", "PL",
     "Zeznanie [[person:Teresy Lis]]: „W nocy pod sklep podjechał czarny Mercedes. Wysiadł z "
     "niego [[person:Wilk]], ten od [[person:Baranów]], i wniósł do sklepu dwie torby.”"),
    ("PL", "PL",
     "Podejrzany [[person:Tomasz W.]], lat 34, usłyszał zarzuty. Wspólnie z "
     "[[person:Arkadiuszem Pawlakiem]] i [[person:Dominiką Szczepańską]] miał wyłudzić 2,4 mln "
     "zł zwrotu VAT."),
    ("PL", "PL",
     "Wydruk z rachunku [[account:11 1020 2892 0000 5402 0841 3967]] wskazuje, że pieniądze "
     "trafiały do [[person:Rafała Gołębiowskiego]], a następnie do [[person:Gołębiowskiej]], "
     "jego matki, zamieszkałej w Kielcach."),
    (None, "PL",
     "Zapytanie do BKA: czy [[person:Volker Dammertz]] z Görlitz jest powiązany z firmą Dammertz "
     "Logistik GmbH? Kierowca [[person:Dariusz Mróz]] zeznał, że pieniądze za kursy przekazywał "
     "[[person:Dammertzowi]] w gotówce."),
    ("PL", "PL",
     "Protokół zatrzymania: [[person:Agnieszka Brzęczkowska]], ur. [[dob:15.02.2002]], PESEL "
     "[[national_id:02221509340]]. Przy zatrzymanej znaleziono paszport [[passport:EK5093721]] "
     "wystawiony na [[person:Justynę Maj]]."),
    (None, "PL",
     "Straż Graniczna w Terespolu: w naczepie ciągnika prowadzonego przez "
     "[[person:Siarhieja Ramanczyka]] ukryto 600 tys. papierosów. [[person:Ramanczyk]] twierdzi, "
     "że ładunek nadał [[person:Uładzimir Kavalou]] z Brześcia."),
    ("PL", "PL",
     "Informator podaje, że ps. „Kruk” to [[person:Sebastian Krukowski]], a ps. „Kosa” to "
     "[[person:Łukasz Kosiński]]. Obaj odbierają towar od [[person:Marczaka]] w każdy wtorek."),
    ("PL", "PL",
     "Kontrola KAS na A2: busem Ford Transit [[plate:PZ 6035K]] jechali "
     "[[person:Paweł Maciejewski]] i [[person:Natalia Maciejewska]]. [[person:Maciejewscy]] "
     "przewozili 30 kg suszu konopnego w skrzynkach po jabłkach."),
    (None, "PL",
     "W telefonie zatrzymanego zapisano kontakt „[[person:Олег Бондаренко]]” z numerem "
     "[[phone:+380 67 903 5126]]. Ustalono, że chodzi o [[person:Olega Bondarenkę]], kierowcę "
     "firmy przewozowej z Łucka."),
    ("PL", "PL",
     "Świadek widziała, jak [[person:Jarosław Wróbel-Szymański]] rozmawiał z panią "
     "[[person:Krystyną Dudą]] przed urzędem skarbowym przy al. Kościuszki. "
     "[[person:Wróbel-Szymański]] odjechał potem taksówką."),
    ("PL", "PL",
     "Wniosek o zabezpieczenie: ruchomości [[person:Stanisława Gąsiorowskiego]] i jego żony "
     "[[person:Ireny Gąsiorowskiej]], w tym samochód BMW X5 [[plate:WX 5172K]] oraz środki na "
     "rachunku [[iban:PL25 1160 2202 0000 0004 8219 3756]]."),
    ("PL", "PL",
     "E-mail od pokrzywdzonej: „Pan [[person:Leszek Pietrzykowski]] obiecał mi zysk 20% z "
     "kryptowalut. Kontakt miałam tylko przez [[email:l.pietrzykowski.invest@wp.pl]]. Kiedy "
     "poprosiłam o zwrot, [[person:Pietrzykowski]] przestał odpowiadać.”"),
    (None, "PL",
     "Operacja „Bursztyn”: [[person:Aleksander Gdula]] i [[person:Ewelina Gdula]] są podejrzani o "
     "pranie pieniędzy przez sieć lombardów. [[person:Gdulów]] zatrzymano w poniedziałek na "
     "Lotnisku Chopina."),
]

# --- Russian ---------------------------------------------------------------------------------

RECORDS["ru"] = [
    ("RU", "RU",
     "Сводка наружного наблюдения, пятница, 7 марта. В 18:20 "
     "[[person:Дмитрий Андреевич Вершинин]] вышел из дома по адресу "
     "[[address:ул. Гагарина, д. 14, кв. 88, г. Тверь]] и сел в чёрный «Лэнд Крузер» с г/н "
     "[[plate:А517ВС 69]]. В кафе «Жигули» к [[person:Вершинину]] подсела "
     "[[person:О.В. Ряпосова]]."),
    ("RU", "RU",
     "Сводка ПТП, абонент [[phone:+7 915 630-84-21]]: пользователь, по-видимому "
     "[[person:Кузнецов]], обсуждает с неким Шамилем поставку «запчастей». "
     "[[person:Кузнецову]] советуют не ехать через Брянск. Кузнец из соседнего гаража, как "
     "утверждает [[person:Кузнецов]], «всё видел»."),
    ("RU", "RU",
     "Справка Росфинмониторинга: на счёт [[account:40817810538046129375]], открытый на имя "
     "[[person:Лебедевой Анастасии Игоревны]], в апреле поступило 11,4 млн рублей от ООО "
     "«Северный Ветер». Генеральный директор общества — [[person:Ж.Р. Сыромятников]]."),
    ("RU", "RU",
     "Протокол допроса свидетеля [[person:Вороновой Галины Петровны]]: «С "
     "[[person:Тарасюком]] я знакома с 2015 года. Он говорил, что работает на "
     "[[person:Ахмедова]] и что тот решает вопросы на таможне»."),
    ("RU", "RU",
     "Установочные данные: [[person:ЧЕРНОВОЛЕНКО Вадим Степанович]], [[dob:12.06.1981]] г.р., "
     "паспорт [[national_id:45 17 482913]], ИНН [[national_id:772482913522]]. "
     "[[person:Черноволенко]] зарегистрирован как учредитель ООО «Балтийский Путь»."),
    (None, "RU",
     "По данным Интерпола, гражданин Литвы [[person:Mindaugas Vaitkevičius]] "
     "([[person:Миндаугас Вайткявичюс]]) и его сожительница "
     "[[person:Снежана Вайткявичене]] перевозят наличные через Калининград."),
    ("RU", "RU",
     "Рапорт: у д. 5 по Кутузовскому проспекту задержан "
     "[[person:Зуфар Рашитович Габдрахманов]], при нём 12 свёртков. "
     "[[person:Габдрахманов З.Р.]] пояснил, что свёртки ему передал [[person:Гусейнов]] у "
     "гостиницы «Украина»."),
    ("RU", "RU",
     "Свидетельница [[person:Елизавета Щукина-Берг]] показала, что видела, как "
     "[[person:Тимофей Пеньков]] садился в «Ладу Весту» вместе с [[person:Пеньковой]], его "
     "бывшей женой."),
    ("KZ", "KZ",
     "Агентство по финансовому мониторингу сообщает: [[person:Ерлан Бакытжанулы Сейткали]] "
     "перевёл 230 млн тенге на счёт компании Steppe Gold Trading Ltd в Дубае. Бенефициаром "
     "компании указан [[person:Нурлан Абенов]], телефон [[phone:+7 701 736 2048]]."),
    ("RU", "RU",
     "[[person:Голубев]] встретился с [[person:Ашотом Саркисяном]] в бане на Пролетарской "
     "улице. Через час туда подъехал [[person:Арутюнян Г.С.]] на белом «Мерседесе» с номером "
     "[[plate:М777ОР 777]]."),
    ("RU", "RU",
     "Ориентировка: разыскивается [[person:Дзюба Виталий Олегович]], [[dob:3 мая 1990]] года "
     "рождения, уроженец г. Ростова-на-Дону. Может скрываться у сестры, "
     "[[person:Дзюбы Ирины]], или у знакомого по прозвищу «Бурый»."),
    (None, "RU",
     "Перевод с английского: британский подданный [[person:Джереми Тревэскис]] "
     "([[person:Jeremy Trevaskis]]) арендовал яхту «Морская Звезда» через фирму "
     "[[person:Олега Сухорукова]]."),
    ("RU", "RU",
     "Справка ФТС: на таможенном посту «Торфяновка» в автомобиле [[person:Григорьевой Е.А.]] "
     "обнаружено 2,5 кг золотых изделий без декларации. Со слов [[person:Григорьевой]], "
     "изделия принадлежат [[person:Марату Хайруллину]]."),
    ("EE", "EE",
     "Департамент полиции и погранохраны задержал в Нарве [[person:Артёма Кяспера]] и "
     "[[person:Лео Пыдера]] ([[person:Leo Põder]]). [[person:Кясперу]] принадлежит склад на "
     "Таллиннском шоссе."),
    (None, "RU",
     "Из переписки в Telegram: пользователь @sever_opt пишет: «Передай Вовану, что "
     "[[person:Кожемякин]] привезёт всё в четверг». Установлено, что канал администрирует "
     "[[person:Станислав Кожемякин-Зорин]]."),
    ("RU", "RU",
     "Объяснение гр. [[person:Бабенко Степана Ильича]]: «Машину [[person:Воробьёву]] я не "
     "продавал, он взял её у моего зятя, [[person:Олейника]]. С номерами [[plate:Т305КХ 161]] я "
     "её не видел»."),
    ("RU", "RU",
     "Нидерландский гражданин г-н [[person:Хендрик ван Остерзее]] открыл в Санкт-Петербурге ООО "
     "«Нева Флора». Его представитель — г-жа [[person:Ангелина Кочергина]]; переписку с "
     "[[person:ван Остерзее]] она вела через [[email:a.kochergina@mail.ru]]."),
    (None, "RU",
     "Запрос в Турцию: подтвердить личность [[person:Мехмета Озтюрка]] "
     "([[person:Mehmet Öztürk]]), владельца отеля «Голден Бич» в Анталье, и его связь с "
     "[[person:Русланом Ибрагимовым]]."),
    ("RU", "RU",
     "По СНИЛС [[national_id:148-213-957 69]] установлена владелица карты — "
     "[[person:Людмила Фёдоровна Ковалёва-Сомова]]. Деньги на карту переводил "
     "[[person:Кирилл Шпак]] с номера [[phone:8 (926) 517-30-84]]."),
    (None, "RU",
     "Операция «Перевал»: в ходе обысков у [[person:Магомеда Абдулаевича Исрапилова]] и у "
     "[[person:Исрапиловой З.М.]] изъяты 4 пистолета. Обыски проводили ФСБ и ГУ МВД по "
     "Ставропольскому краю."),
]

# --- Greek -----------------------------------------------------------------------------------

RECORDS["el"] = [
    ("GR", "GR",
     "Δελτίο παρακολούθησης, Παρασκευή 14 Μαρτίου: στις 20:10 ο "
     "[[person:Νικόλαος Χατζηπαναγιωτόπουλος]] βγήκε από το σπίτι του στην "
     "[[address:οδό Καλλιδρομίου 47, 114 73 Αθήνα]] και επιβιβάστηκε σε λευκό Toyota Yaris με "
     "αριθμό κυκλοφορίας [[plate:ΙΚΤ-6043]]. Λίγο αργότερα συνάντησε τον "
     "[[person:Σπύρο Μαυρογένη]] σε καφετέρια της οδού Σκουφά. Ο "
     "[[person:Χατζηπαναγιωτόπουλος]] έφυγε στις 21:40."),
    ("GR", "GR",
     "Περίληψη επισύνδεσης, τηλ. [[phone:694 507 3128]]: ο χρήστης, πιθανότατα ο "
     "[[person:Στέλιος Καραμπατζάκης]], ζητά από τον «Ψηλό» να ειδοποιήσει τον κ. "
     "[[person:Ζαφειρίου]] ότι «το φορτίο φτάνει Τρίτη». Η φωνή του [[person:Καραμπατζάκη]] "
     "αναγνωρίστηκε από τον αναλυτή."),
    ("GR", "GR",
     "Αναφορά της Αρχής για το ξέπλυμα χρήματος: στον λογαριασμό "
     "[[iban:GR95 0110 1250 0000 0048 2193 754]] της κας [[person:Ευανθίας Λυμπεροπούλου]] "
     "κατατέθηκαν 310.000 ευρώ από την ΑΙΓΑΙΟΝ ΝΑΥΤΙΛΙΑΚΗ Α.Ε. Νόμιμος εκπρόσωπος της εταιρείας "
     "είναι ο σύζυγός της, [[person:Θεμιστοκλής Λυμπερόπουλος]]."),
    ("GR", "GR",
     "Κατάθεση μάρτυρα [[person:Αγλαΐας Σουρλά]]: «Είδα τον [[person:Γιώργο Πετρόπουλο]] να "
     "φορτώνει κιβώτια στο φορτηγό του [[person:Μπαλτά]]. Ο Γιώργος μου είπε ότι ήταν "
     "τσιγάρα.»"),
    ("GR", "GR",
     "Στοιχεία ταυτότητας: [[person:ΚΟΥΤΣΟΜΠΙΝΑΣ ΑΡΙΣΤΕΙΔΗΣ]], γεν. [[dob:12/05/1984]], ΑΜΚΑ "
     "[[national_id:12058404828]], ΑΔΤ [[national_id:ΑΚ 730516]]. Ο [[person:Κουτσομπίνας]] "
     "δηλώνει άνεργος."),
    (None, "GR",
     "Ενημέρωση της Europol: ο Αλβανός [[person:Ilir Dervishaj]] ([[person:Ιλίρ Ντερβισάι]]) "
     "και ο Σέρβος [[person:Nemanja Radulović]] οργανώνουν μεταφορές κάνναβης μέσω Κακαβιάς. Ο "
     "[[person:Ντερβισάι]] κινείται με BMW X5."),
    ("GR", "GR",
     "Έγγραφο της ΔΑΟΕ: η κα [[person:Παρασκευή Τσιριγωτάκη-Μπουλούκου]] εμφανίζεται ως "
     "διαχειρίστρια της Κρητικά Ελαιόλαδα Ι.Κ.Ε. Η [[person:Τσιριγωτάκη-Μπουλούκου]] "
     "συναλλάσσεται τακτικά με τον [[person:Μανόλη Βιδάκη]]."),
    ("GR", "GR",
     "Λιμενικό Σώμα, επιχείρηση «Ποσειδώνας»: στο φορτηγό πλοίο «Αγία Ειρήνη» εντοπίστηκαν 1,2 "
     "τόνοι κοκαΐνης. Ο πλοίαρχος, [[person:Ευστάθιος Λαδάς]], και ο ναύκληρος "
     "[[person:Rodel Macaraeg]] συνελήφθησαν. Ο [[person:Λαδάς]] αρνείται κάθε γνώση."),
    ("CY", "CY",
     "Η Αστυνομία Κύπρου ενημερώνει ότι ο [[person:Χαράλαμπος Κουκκουλλής]] άνοιξε τον "
     "λογαριασμό [[iban:CY49 0050 0270 0000 4821 9375 6042]] στη Λεμεσό. Τον λογαριασμό "
     "χρησιμοποιεί ο Ρώσος [[person:Ντμίτρι Ζαχάρτσενκο]], κάτοχος διαβατηρίου "
     "[[passport:75 6031948]]."),
    ("GR", "GR",
     "Αναφορά επιτήρησης: η κα [[person:Μαρία Δεληγιάννη]] και ο κ. "
     "[[person:Ηλίας Δεληγιάννης]] συναντήθηκαν με τον [[person:Αχμέτ Γιλμάζ]] στο ξενοδοχείο "
     "«Βεργίνα Πάλας». Ο [[person:Γιλμάζ]] έδωσε στον [[person:Δεληγιάννη]] έναν φάκελο."),
    ("GR", "GR",
     "Πρακτικό κατάσχεσης: από την οικία του [[person:Παντελή Ρουσσάκη]] στην οδό Ελευθερίου "
     "Βενιζέλου κατασχέθηκαν 48.000 ευρώ και ένα κινητό με αριθμό [[phone:+30 697 305 2618]]. "
     "Ο [[person:Ρουσσάκης]] φέρεται να συνεργάζεται με την [[person:Κατερίνα Φωτάκη]]."),
    (None, "GR",
     "Σημείωμα: ο Βρετανός [[person:Oliver Nankervis-Hale]] "
     "([[person:Όλιβερ Νάνκερβις-Χέιλ]]) αγόρασε δύο σκάφη στη Λευκάδα με μετρητά. Πωλήτρια "
     "ήταν η Βλαχόπουλος Γιοτς Ε.Π.Ε. του [[person:Διονύση Βλαχόπουλου]]."),
    ("GR", "GR",
     "[[person:Αναστάσιος Φραγκιαδάκης]], γνωστός ως «Τάσος ο Κρητικός», ελέγχει τη διακίνηση "
     "στα Χανιά. Συνεργάτης του είναι ο [[person:Μιχάλης Κρητικός]], που δεν έχει συγγένεια "
     "μαζί του."),
    (None, "GR",
     "Ηλεκτρονικό μήνυμα από τη διεύθυνση [[email:g.papastergiou@hotmail.gr]] προς την κα "
     "[[person:Αικατερίνη Μουστάκα]] ζητά επείγουσα μεταφορά 85.000 ευρώ. Ο αποστολέας "
     "υπογράφει ως «[[person:Γ. Παπαστεργίου]]»."),
    ("GR", "GR",
     "Έλεγχος ΣΔΟΕ: ο [[person:Σπυρίδων Αλεξανδρόπουλος-Ζερβός]], ΑΦΜ "
     "[[national_id:048291371]], δηλώνει εισόδημα 9.000 ευρώ αλλά οδηγεί Porsche Panamera. Ο "
     "πατέρας του, [[person:Κωνσταντίνος Ζερβός]], είναι ιδιοκτήτης του μπαρ «Ζερβός» στη "
     "Γλυφάδα."),
    ("GR", "GR",
     "Η Τροχαία σταμάτησε στην Εγνατία Οδό φορτηγό με πινακίδες [[plate:ΝΒΕ-7319]]. Ο οδηγός, "
     "[[person:Ευάγγελος Τσολάκης]], είχε μαζί του ταυτότητα στο όνομα του αδελφού του, "
     "[[person:Απόστολου Τσολάκη]]."),
    (None, "GR",
     "Αίτημα προς τη Γαλλία: ταυτοποίηση του [[person:Jean-Baptiste Moreau-Lacaze]] και της "
     "συντρόφου του [[person:Σολάνζ Μορό]] ([[person:Solange Moreau]]), που ναύλωσαν σκάφος στη "
     "Μύκονο."),
    ("GR", "GR",
     "Κατάθεση του [[person:Αριστοτέλη Γκίκα]]: «Την Κυριακή είδα τον "
     "[[person:Θοδωρή Μπακαλάκο]] με τον ανιψιό του, τον [[person:Γκιζέλη]], στο ουζερί "
     "«Ο Μπακαλάκος».»"),
    ("CY", "CY",
     "Η ΜΟΚΑΣ εντόπισε ύποπτες καταθέσεις της [[person:Ελπινίκης Χατζηπέτρου]], ημερ. γέννησης "
     "[[dob:03/07/1991]], τηλ. [[phone:99 614827]]. Μέρος των χρημάτων μεταφέρθηκε στον "
     "[[person:Ανδρέα Χατζηπέτρου]]."),
    (None, "GR",
     "Σύμφωνα με πληροφορίες, ο Λιβανέζος [[person:Ουσάμα Ελ Χουσεΐνι]] "
     "([[person:أسامة الحسيني]]) διαμένει στο ξενοδοχείο «Αθηναΐς Πάλας» και συνεργάζεται με "
     "την [[person:Ράνια Αμπού Σαλέχ]]."),
]

# --- Arabic ----------------------------------------------------------------------------------

RECORDS["ar"] = [
    ("MA", "MA",
     "محضر معاينة، يوم الجمعة 7 مارس: على الساعة 19:30 غادر المدعو "
     "[[person:عبد الإله البوعزاوي]] منزله الكائن بـ"
     "[[address:زنقة الأطلس رقم 14، حي الرياض، الرباط]] على متن سيارة داسيا لوغان تحمل "
     "لوحة [[plate:53170-أ-6]]، والتقى بالمسمى [[person:يونس بنجلون الغماري]] قرب مقهى "
     "الحسنية. ثم عاد [[person:البوعزاوي]] وحده."),
    ("MA", "MA",
     "ملخص التنصت على الخط [[phone:0661-305729]]: يتحدث المشتبه فيه، المعروف بلقب «الشريف»، "
     "مع المدعو [[person:حميد الزموري]] عن «البضاعة القادمة من طنجة». ويذكر "
     "[[person:الزموري]] أن السيد [[person:بوشعيب الغرباوي]] سيؤدي الثمن يوم الإثنين."),
    ("EG", "EG",
     "تقرير وحدة مكافحة غسل الأموال: تلقى السيد [[person:أحمد السيد عبد الفتاح]] حوالات بقيمة "
     "4.2 مليون جنيه على الحساب [[iban:EG27 0003 0112 0000 0004 8293 1760 5]] من شركة النيل "
     "الذهبي للاستيراد والتصدير. ويدير الشركة فعلياً شقيقه [[person:محمود السيد]]."),
    ("JO", "JO",
     "إفادة الشاهدة [[person:رنا أبو غوش]]: «رأيت [[person:سامر أبو زيد]] ينقل صناديق إلى "
     "مستودع في ماركا، وكان معه شاب يناديه أبو خالد. [[person:أبو زيد]] كان يقود شاحنة "
     "ميتسوبيشي بيضاء.»"),
    ("AE", "AE",
     "أفادت شرطة دبي بأن [[person:فيصل بن خالد بن سعيد المري]] فتح حساباً مصرفياً برقم "
     "[[iban:AE95 0260 0010 4821 9375 016]]، وأن شريكته [[person:نورة بنت عبد الله الشامسي]] "
     "تستخدم البريد [[email:noura.shamsi88@gmail.com]]."),
    (None, "MA",
     "مذكرة من الإنتربول: المواطن الهولندي من أصل مغربي [[person:Mohamed Bouchtaoui]] "
     "([[person:محمد البوشتاوي]]) مطلوب في قضية تهريب كوكايين عبر ميناء روتردام، ويرافقه "
     "[[person:Sven de Klerk]]."),
    ("MA", "MA",
     "محضر استماع: صرح المتهم [[person:ادريس الشاوني]] بأنه يعمل سائقاً لدى "
     "[[person:مصطفى بن عيسى]] صاحب شركة بن عيسى للنقل، وأنه لم يكن يعلم بوجود المخدرات في "
     "الشاحنة."),
    ("TN", "TN",
     "تقرير الديوانة: تم حجز 300 ألف دينار في سيارة فولكسفاغن غولف يقودها "
     "[[person:وليد بن حسين الطرابلسي]]. وصرح [[person:الطرابلسي]] بأن المبلغ يعود إلى "
     "[[person:منير الجبالي]]، صاحب مقهى «الياسمين» بنهج الحبيب بورقيبة."),
    ("MA", "MA",
     "وثيقة تعريف: [[person:سكينة العلوي الإدريسي]]، المزدادة بتاريخ [[dob:1988/03/12]]، بطاقة "
     "التعريف الوطنية رقم [[national_id:BK617204]]، الهاتف [[phone:+212 6 62 39 17 48]]، "
     "وزوجها [[person:عادل الفاسي الفهري]]."),
    ("EG", "EG",
     "ورد بتحريات المباحث أن المتهم [[person:كريم سعيد عبد الحميد]]، الرقم القومي "
     "[[national_id:28503120104839]]، يدير صفحة «تسويق سعيد» لبيع الأدوية المهربة، وأن الحساب "
     "البنكي باسم زوجته [[person:أمينة فوزي]]."),
    ("JO", "JO",
     "[[person:طارق الخوالدة]] هو صاحب المركبة التي تحمل الرقم [[plate:12-60735]]، وقد شوهد "
     "مع [[person:لينا الخوالدة]] أمام فندق «عمّان بلازا». ويستخدم [[person:الخوالدة]] الرقم "
     "[[phone:079 615 2840]]."),
    (None, "MA",
     "مذكرة: اسم «[[person:Pierre-Yves Lemarchal]]» يظهر في عقد كراء فيلا بمراكش، والمستأجر "
     "الفعلي هو الفرنسي [[person:جوليان فيرنييه]]. ويستعمل [[person:فيرنييه]] سيارة رانج "
     "روفر."),
    ("MA", "MA",
     "المدعوة [[person:فاطمة الزهراء بنحمادي]] تستقبل الأموال عبر وكالة تحويل بشارع الحسن "
     "الثاني، ثم تسلمها لـ[[person:عبد الصمد أيت الحاج]]."),
    ("EG", "EG",
     "محضر ضبط: ضُبطت المتهمة [[person:هبة الله عبد الرحمن]] في مطار القاهرة وبحوزتها جواز سفر "
     "رقم [[passport:A27604913]] باسم [[person:منى عبد الرحمن]]، وأفادت بأن الجواز سلمه لها "
     "المدعو [[person:شريف أبو المجد]]."),
    ("AE", "AE",
     "بلاغ من وحدة المعلومات المالية: قام [[person:راجيش كومار بيلاي]] "
     "([[person:Rajesh Kumar Pillai]]) بإيداع 1.9 مليون درهم نقداً في حساب شركة «صحارى للذهب»، "
     "ومديرها [[person:سالم بن راشد الظاهري]]."),
    (None, "MA",
     "شهادة الشاهد [[person:الحسين أوبلا]]: «رأيت السيدة [[person:البقالي]] تدخل إلى محل "
     "الصياغة، ثم خرجت مع [[person:رشيد التدلاوي]] وركبا سيارة بيجو 208.»"),
    (None, "EG",
     "نشرة حمراء بحق الليبي [[person:عبد السلام امحمد القماطي]] وابنة أخيه "
     "[[person:زينب بنت محمد القماطي]] لتورطهما في تهريب الوقود عبر ميناء زوارة. ويستعمل "
     "[[person:القماطي]] جواز سفر مزوراً."),
    ("JO", "JO",
     "كشف حساب: حُوّل مبلغ 60 ألف دينار من الحساب "
     "[[iban:JO10 ARAB 1140 0000 0000 1482 9305 17]] إلى [[person:يزن العبادي]]، ثم إلى شركة "
     "العبادي للصرافة. وتواصل [[person:العبادي]] مع [[person:Dmitri Soloviev]]."),
    ("MA", "MA",
     "قائمة المكالمات: الرقم [[phone:0612-739458]] اتصل 43 مرة بالمدعو [[person:عمر أزنيبر]]. "
     "وتبين أن الرقم مسجل باسم [[person:حياة المنصوري]]، وهي خالة [[person:أزنيبر]] وصاحبة "
     "الحساب البنكي [[account:011 780 0000482193750012 34]]."),
    (None, "MA",
     "عملية «النورس»: شارك في تهريب الشحنة على متن المركب «مريم» كل من "
     "[[person:كمال الصنهاجي]] و[[person:نبيل الدكالي]]، بتنسيق مع الإسباني "
     "[[person:Ernesto Villalobos Quiroga]]."),
]


# --- checks ----------------------------------------------------------------------------------

def _snils_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) != 11:
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9])) % 101
    return f"{0 if total == 100 else total:02d}" == digits[9:]


def _egypt_nid_ok(value: str) -> bool:
    m = re.fullmatch(r"([23])(\d\d)(\d\d)(\d\d)(\d{2})(\d{4})(\d)", value)
    if not m:
        return False
    year = (1900 if m.group(1) == "2" else 2000) + int(m.group(2))
    try:
        date(year, int(m.group(3)), int(m.group(4)))
    except ValueError:
        return False
    return True


NATIONAL_ID_CHECKS = [
    ("PESEL", lambda v: pesel.is_valid(v)),
    ("DNI", lambda v: dni.is_valid(v)),
    ("NIE", lambda v: nie.is_valid(v)),
    ("NIR", lambda v: nir.is_valid(v)),
    ("Steuer-ID", lambda v: idnr.is_valid(v)),
    ("INN", lambda v: inn.is_valid(v)),
    ("AMKA", lambda v: amka.is_valid(v)),
    ("AFM", lambda v: gr_afm.is_valid(v)),
    ("Belgian national number", lambda v: be_nn.is_valid(v)),
    ("SNILS", _snils_ok),
    ("NINO", lambda v: re.fullmatch(
        r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]",
        v) is not None),
    ("Moroccan CIN", lambda v: re.fullmatch(r"[A-Z]{1,2}\d{5,6}", v) is not None),
    ("Greek identity card", lambda v: re.fullmatch(r"[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{2} ?\d{6}", v) is not None),
    ("German identity card", lambda v: re.fullmatch(
        r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", v) is not None),
    ("Egyptian national number", _egypt_nid_ok),
    # The citizen's internal passport: series (four digits) and number (six), filed as the
    # national identity number, as the frozen sets' labelling rules do (UNSEEN.md).
    ("Russian internal passport", lambda v: re.fullmatch(
        r"\d{2}[ -]?\d{2},? ?(?:(?:№|No|номер) ?)?\d{6}", v) is not None),
]

SCRIPT_OF = {"en": "LATIN", "fr": "LATIN", "de": "LATIN", "es": "LATIN", "pl": "LATIN",
             "ru": "CYRILLIC", "el": "GREEK", "ar": "ARABIC"}
EDGE_BAD = set(" \t\n\"'«»„“”‘’‚()[]{}<>,;:!?–—-/")


def dominant_script(text: str) -> str:
    counts = Counter(unicodedata.name(c).split()[0] for c in text if c.isalpha())
    return counts.most_common(1)[0][0]


def check_span(ident: str, kind: str, value: str, region: str) -> None:
    assert kind in KINDS, (ident, kind)
    assert value and value == value.strip(), (ident, value)
    assert value[0] not in EDGE_BAD and value[-1] not in EDGE_BAD, (ident, value)
    if value.endswith("."):
        # only an initial may end in a period: "J.", "Д.", "З.Р." -- a single letter before it
        assert kind == "person" and re.search(r"(?:^|[\s.\-])\w\.$", value), (ident, value)
    if kind == "phone":
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number(number), (ident, value, region)
    elif kind == "iban":
        schwifty.IBAN(value)  # raises on a wrong length, structure or checksum
    elif kind == "national_id":
        forms = (value, value.replace(" ", ""))
        assert any(check(form) for _, check in NATIONAL_ID_CHECKS for form in forms), (
            ident, value)
    elif kind == "email":
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), (ident, value)
    elif kind == "dob":
        assert re.search(r"\d{4}", value), (ident, value)


def count_sentences(text: str) -> int:
    """Sentence ends: . ! ? (and closing quotes) before an upper-case or caseless letter, a
    digit, an opening quote or the end -- but not after an abbreviation or initial (a word of
    one or two letters: "J.", "M.", "ul.", "г.", "д.", "No.")."""
    count = 0
    for m in re.finditer(r"[.!?][»”“\"')]*(?=\s+(\S)|\s*$)", text):
        if m.group(1) is None:  # the text's last sentence
            count += 1
            continue
        before = re.search(r"(\w+)\W*$", text[:m.start() + 1])
        if before and before.group(1).isalpha() and len(before.group(1)) <= 2:
            continue
        if not m.group(1).islower():
            count += 1
    return count


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
        check_span(ident, span["kind"], span["text"], country or agency)
    assert dominant_script(text) == SCRIPT_OF[language], (ident, dominant_script(text))
    assert 1 <= count_sentences(text) <= 4, (ident, count_sentences(text))
    return {"id": ident, "language": language, "country": country, "agency_country": agency,
            "text": text, "spans": spans}


def build() -> list[dict]:
    records = []
    for language in LANGUAGES:
        rows = RECORDS[language]
        assert len(rows) == 20, (language, len(rows))
        for n, (country, agency, marked) in enumerate(rows, start=1):
            records.append(build_record(f"d-{language}-{n:02d}", language, country, agency,
                                        marked))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    return records


def counts_table(records: list[dict]) -> str:
    table = {lang: Counter() for lang in LANGUAGES}
    for r in records:
        for s in r["spans"]:
            table[r["language"]][s["kind"]] += 1
    kinds = [k for k in KINDS if any(table[lang][k] for lang in LANGUAGES)]
    lines = ["| kind | " + " | ".join(LANGUAGES) + " | total |",
             "|---|" + "---:|" * (len(LANGUAGES) + 1)]
    for kind in kinds:
        row = [table[lang][kind] for lang in LANGUAGES]
        lines.append(f"| {kind} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(table[lang].values()) for lang in LANGUAGES]
    lines.append("| all spans | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    texts = [sum(r["language"] == lang for r in records) for lang in LANGUAGES]
    lines.append("| texts | " + " | ".join(map(str, texts)) + f" | {sum(texts)} |")
    nulls = [sum(r["language"] == lang and r["country"] is None for r in records)
             for lang in LANGUAGES]
    lines.append("| country null | " + " | ".join(map(str, nulls)) + f" | {sum(nulls)} |")
    return "\n".join(lines)


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
