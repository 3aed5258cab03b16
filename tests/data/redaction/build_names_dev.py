"""Build ``names_dev.jsonl``: a second labelled development set for the person-name detector.

Run with the project's interpreter from anywhere::

    python tests/data/redaction/build_names_dev.py          # checks and writes names_dev.jsonl
    python tests/data/redaction/build_names_dev.py --table  # ... and prints kind x language counts

200 short texts, 25 in each of en, fr, de, es, pl, ru, el and ar, read like analysts' material
(surveillance logs, intercept summaries, witness statements, custody records, interview notes,
partner requests) and are dense in person names that are plausible but not the commonest: rare,
regional and immigrant surnames, double-barrelled names, particles, initials, names in capitals
and in inverted order, inflected names (Polish, Russian and Greek cases, German genitive), Arabic
names after a proclitic, and foreign names in their own script or transliterated. It was written
apart from the detector, without looking at its code or at the other evaluation sets here.

The texts use the same ``[[kind:text]]`` markup as ``build_dev.py`` and follow the labelling rules
in ``DEV.md``. Everything outside markup is unlabelled and meant to stay so: given names, nicknames
and aliases on their own, handles, companies, streets, ships, bars and hotels named after people,
months and weekdays, places, organisations, job titles and capitalised common words are
deliberate hard negatives. ``NAMES_DEV.md`` describes the set.

Every record goes through ``build_dev.py``'s own checks (each span's text equals
``text[start:end]``; no span starts or ends with white space, quotes, brackets or punctuation
except the period of an initial; phone numbers and national identifiers are valid; the text is
mostly in its language's script and has one to four sentences) and through those below: spans in
text order without overlap, no possessive ``'s`` inside a person span, 25 texts per language,
unique ids, at least 70 person spans per language and 600 in all, about a quarter of records
without a country, and no person name taken over from ``build_dev.py``. Every name, number and
address is invented; any resemblance to a real person is accidental.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
OUT = HERE / "names_dev.jsonl"
TEXTS_PER_LANGUAGE = 25
MIN_PERSONS_PER_LANGUAGE = 70
MIN_PERSONS = 600


def _load_build_dev() -> ModuleType:
    """``build_dev.py`` is a script beside this one, not a package module: load it by path."""
    spec = importlib.util.spec_from_file_location("build_dev", HERE / "build_dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = _load_build_dev()

# Each record: (country or None, agency_country, marked text).  Ids are given in order.
RECORDS: dict[str, list[tuple[str | None, str, str]]] = {}

# --- English -------------------------------------------------------------------------------------

RECORDS["en"] = [
    ("GB", "GB",
     "Surveillance log, Tuesday 11 June. 07:40 [[person:Dorian Ollerenshaw]] leaves a terraced "
     "house on Pankhurst Avenue, Oldham, and drives a blue Skoda Octavia, [[plate:MA21 XPE]], to "
     "the yard of Ollerenshaw & Daughters Haulage Ltd. 08:05 [[person:Ollerenshaw]] meets a man "
     "known only as 'Tinker' at the gate."),
    ("GB", "GB",
     "[[person:Tamsin Pengelly-Hosking]] was interviewed under caution at Camborne police "
     "station on 3 May. She said that her brother-in-law, [[person:Jory Hosking]], had asked her "
     "to store 'some boxes' for a friend called Shane. [[person:Pengelly-Hosking]] denied "
     "knowing [[person:Hosking]]'s business partner, [[person:Wynford Treloggan]]."),
    ("GB", "GB",
     "CUSTODY RECORD 0417/24. DETAINED PERSON: [[person:MCILWRAITH, Fergus Alasdair]], DOB "
     "[[dob:17/02/1990]]. APPROPRIATE ADULT: MS [[person:ROWENA BLATHERWICK]]. INTERPRETER NOT "
     "REQUIRED; [[person:MCILWRAITH]] ASKED FOR THE DUTY SOLICITOR."),
    ("IE", "IE",
     "Gardaí observed [[person:Eoghan Mac Conmara]] and [[person:Clodagh Ní Fhlaithearta]] meet "
     "in a car park in Ballyhaunis on 9 October. [[person:Mac Conmara]] handed a sports bag to a "
     "man called Dessie, who drove off in a silver Toyota Avensis, [[plate:151-MO-2207]]. "
     "[[person:Ní Fhlaithearta]] later rang [[phone:086 173 4429]]."),
    (None, "GB",
     "Intercept summary: the user of the Latvian number [[phone:+371 2648 3917]] introduces "
     "himself as [[person:Gennady Shlykov]] (Cyrillic: [[person:Геннадий Шлыков]]) and asks for "
     "'Vadik' to collect the cargo from the Baltic Pearl. [[person:Shlykov]] mentions a payment "
     "through the handle @amber_ferry."),
    ("GB", "GB",
     "Statement of [[person:Gwendolyn Featherstonhaugh]]. I work behind the bar at the Marquis "
     "of Granby. On Friday I saw [[person:Desmond Meakings]] and his cousin [[person:Vaughan "
     "Meakings]] arguing with the landlord about [[person:Meakings]]' van, which had been parked "
     "across the fire exit."),
    ("GB", "GB",
     "SAR summary: [[person:R. T. Oddingley-Baird]] and [[person:P. Quarshie]] are signatories "
     "on an account at Lloyds that received GBP 210,000 from Wolsey Freight Ltd between January "
     "and March. [[person:Oddingley-Baird]] is also a director of Chamberlain Street Motors."),
    ("GB", "GB",
     "Briefing note by DS [[person:Imogen Scattergood]]: the informant 'Magpie' reports that "
     "[[person:Lorcan Devaney]] now collects cash for [[person:Calogero Sciacchitano]] from "
     "three car washes in Hastings. Inspector [[person:Bellingall]] has authorised a further "
     "fortnight of observation."),
    (None, "GB",
     "Partner request to the UAE: please confirm whether [[person:Saif bin Juma al-Ketbi]] "
     "(Arabic: [[person:سيف بن جمعة الكتبي]]) holds an account with Emirates NBD, and whether "
     "his associate [[person:Tariq Abu Shanab]] travelled to Dubai in April."),
    ("GB", "GB",
     "Present at the search of Unit 4, Coldharbour Trading Estate: DC [[person:Ffion "
     "Prytherch]], PC [[person:Okonkwo-Barnes]], PC [[person:Amarjit Sandhu-Gill]] and the "
     "occupier, [[person:Eamonn Tierney-Lusk]]. Nothing was seized apart from a ledger naming "
     "'Big Col' and 'the Greek'."),
    ("GB", "GB",
     "Vehicle checks, M62 eastbound, 14 August:\n"
     "Silver BMW 320d, [[plate:YK17 ZRN]], registered keeper [[person:Harriet Wolstenholme]]\n"
     "Black Audi A4, [[plate:LS66 BWD]], registered keeper [[person:Kasimir Nowicki-Hall]]\n"
     "The driver of the Audi gave his name as [[person:Benedict Crozier]]."),
    (None, "GB",
     "Interpol notice: [[person:Lindiwe Mahlangu-Dube]], South African national, passport "
     "[[passport:A04718265]], is sought over a courier fraud run from Port Elizabeth. Her "
     "associate [[person:Thabo Ntshangase]] used the alias 'Mister Clean' and the e-mail address "
     "[[email:tntsha.logistics@yahoo.com]]. [[person:Mahlangu-Dube]] was last seen in Reading."),
    ("GB", "GB",
     "Custody record: [[person:ABERNETHY-CLOUGH Rhiannon]], detained at Heathrow Terminal 4 on 2 "
     "February with 3 kg of cocaine in her suitcase. She named the man who recruited her as "
     "[[person:Kieran Haslop]] and said he was paid by a man she knew only as Mr "
     "[[person:Fenwright]]."),
    ("GB", "GB",
     "[[person:Crispin Osgood]]'s phone was seized on arrest. Messages show that "
     "[[person:Osgood]] arranged the delivery with [[person:Yusuf Demirkapı]], who runs the "
     "Ottoman Grill on Gladstone Street. Banks in Leeds had already flagged "
     "[[person:Demirkapı]]'s account."),
    ("GB", "GB",
     "I, [[person:Lowenna Tregunna]], state that on the night of 7 September I saw two men "
     "unloading boxes behind the nail bar on Nelson Road. One was [[person:Trinh Van Khoa]], "
     "whom I know from the market; the other he called Minh. [[person:Trinh]] waved at me."),
    (None, "GB",
     "Europol analysis: [[person:Dragoș-Ionuț Bălănescu]] and [[person:Ilie Vâlcu]] rented flats "
     "in Slough and Wolverhampton using passports issued to [[person:Cosmin Rădulescu-Popa]]. "
     "[[person:Bălănescu]] controls the Telegram account @dragos_ro_uk."),
    ("GB", "GB",
     "Interview notes, 19 March: Mr [[person:Kwame Ofori-Atta Boateng]] confirmed that he rents "
     "the lock-up on Raleigh Street to a man called 'Junior'. He said the rent is paid in cash "
     "by Mrs [[person:Boateng]]'s nephew, [[person:Akwasi Frimpong]]."),
    ("GB", "GB",
     "The yacht Annabel Lee left Ramsgate with [[person:Pieter-Jan van der Heijden-Boom]] and "
     "[[person:Lucinda de la Haye]] on board. The harbourmaster recalled that [[person:De la "
     "Haye]] paid the mooring fees in cash. [[person:Van der Heijden-Boom]] holds a Dutch "
     "passport, [[passport:NX8R37KD1]]."),
    ("GB", "GB",
     "Financial profile: the account holder (Mr [[person:Hollis Ashdown-Prior]], born [[dob:22 "
     "October 1974]]) paid rent to a company run by his sister ([[person:Verity Ashdown]]) and "
     "fees to his accountant ([[person:Gerontius Pilbeam]]). The company, Ashdown Lettings Ltd, "
     "trades from an office on Wellington Road."),
    (None, "GB",
     "Request to the Hellenic Coast Guard: the tanker Agia Marina was chartered by "
     "[[person:Stamatis Kalogeropoulos-Vlassis]] (Greek: [[person:Σταμάτης "
     "Καλογερόπουλος-Βλάσσης]]). Crew lists also show [[person:Evgeny Troshchinsky]] as second "
     "officer."),
    ("GB", "GB",
     "[[person:Torquil MacFadyen]] and [[person:Catriona McGlashan-Reid]] were stopped at "
     "Cairnryan off the Belfast ferry. Hunter, the search dog, indicated on the boot. "
     "[[person:MacFadyen]] gave his address as a caravan near Stranraer; "
     "[[person:McGlashan-Reid]] refused to answer."),
    ("GB", "GB",
     "Land Registry shows the farmhouse at Ashby Parva owned jointly by [[person:E. M. "
     "Throssell]] and [[person:Nkemdirim Okafor-Wright]]. [[person:Throssell]] is the mother of "
     "[[person:Darren Throssell]], who was convicted of supplying cannabis in 2019."),
    ("IE", "IE",
     "Intercept, 23:14: FEMALE (believed to be [[person:Sinéad Kavanagh-Doyle]]) tells MALE "
     "('Bricks') that Wilf has gone to Spain and that [[person:Mulcahy]] wants his money back by "
     "May. MALE says he will speak to [[person:Fintan Mulcahy]] himself."),
    (None, "GB",
     "The Polish liaison officer reports that [[person:Zdzisław Grabarczyk-Wąs]] used the name "
     "[[person:Henryk Wąsowicz]] when renting a van from Kaczmarek Rentals in Corby. A second "
     "man, [[person:Wojciech Z.]], is still to be identified."),
    (None, "GB",
     "Interview notes: the witness, [[person:Oluwaseun Adebayo-Oyinlola]], says the flat above "
     "the Wellington Arms was rented by 'Sully' and a woman called Precious. He later identified "
     "'Sully' as [[person:Sulayman Jallow]] from a photograph. [[person:Jallow]]'s car, a grey "
     "Nissan Qashqai, was parked on Victoria Street."),
]

# --- French --------------------------------------------------------------------------------------

RECORDS["fr"] = [
    ("FR", "FR",
     "Filature du jeudi 6 juin. À 8 h 10, [[person:Gwénaël Le Bihan-Corre]] sort du bar-tabac "
     "Chez Fernand, rue Jean-Jaurès à Lorient, et monte dans une Renault Clio conduite par "
     "[[person:Maëlys Quéffélec]]. [[person:Le Bihan-Corre]] descend place Aristide-Briand vingt "
     "minutes plus tard."),
    ("FR", "FR",
     "PROCÈS-VERBAL D'AUDITION de [[person:BELKHEIRI-LEMAIRE Inès]], née le [[dob:12 avril "
     "1993]] à Roubaix. Elle déclare que son compagnon, [[person:Anthony Dewavrin]], lui a "
     "présenté un certain « Tonton » au café Le Jean Bart. [[person:Dewavrin]] lui aurait remis "
     "4 000 € en liquide."),
    ("FR", "FR",
     "Le 2 octobre, Me [[person:J.-M. Larrouturou]], avocat d'[[person:Iñaki Etxeberria-Garat]], "
     "a demandé une confrontation avec le témoin [[person:Peio Harriague]]. Le juge "
     "d'instruction l'a refusée."),
    ("BE", "BE",
     "La police fédérale d'Anvers signale que [[person:Wouter Vanhaelewyn]] et [[person:Ludivine "
     "De Smedt-Colignon]] ont loué un entrepôt chaussée de Louvain au nom de la société "
     "Vanhaelewyn Frigo SPRL. [[person:De Smedt-Colignon]] a payé la caution en liquide. "
     "[[person:Vanhaelewyn]] est connu dans le milieu sous le surnom « le Flamand »."),
    (None, "FR",
     "Note de renseignement : le nommé [[person:Abdelhakim Ouled-Haddar]] (en arabe [[person:عبد "
     "الحكيم أولاد حدار]]) se fait appeler « Hakim le Blédard » sur Snapchat, où son compte est "
     "@hakim_bled93. Il serait l'associé de [[person:Farid Haddoum-Messaoudi]], gérant d'un "
     "taxiphone à Aubervilliers."),
    ("FR", "FR",
     "Synthèse d'écoute, ligne [[phone:06 48 21 73 59]], utilisée par [[person:Yoann Le Guern]] "
     ": il appelle la sœur d'[[person:Ambroise Kerhervé]] et lui demande où se trouve « le petit "
     "». Elle répond que [[person:Kerhervé]] dort à Saint-Brieuc depuis mars."),
    ("FR", "FR",
     "[[person:Hortense du Plessis-Vaugirard]] a ouvert trois comptes à la Banque Postale de "
     "Nantes entre janvier et mars. Son conseiller, M. [[person:Loïc Gourvennec]], indique "
     "qu'elle était accompagnée d'un homme présenté comme son neveu, [[person:Aurélien "
     "Mazurier]]. Mme [[person:du Plessis-Vaugirard]] a retiré 62 000 € en espèces."),
    ("CH", "CH",
     "Le MROS signale que [[person:Ruedi Allemann-Favre]], domicilié à Fribourg, a reçu 480 000 "
     "CHF de la fiduciaire Pittet & Rossier SA. L'ayant droit économique serait [[person:Zoltán "
     "Keresztes]]. [[person:Allemann-Favre]] est joignable au [[phone:+41 78 213 94 07]]."),
    ("FR", "FR",
     "Personnes interpellées le 14 novembre à Mantes-la-Jolie : [[person:Killian Lazaar]] (22 "
     "ans), [[person:Samia Oukaci]] (sa compagne), [[person:Brahim Aït-Lahcen]] et "
     "[[person:Dylan Vercoutère]]. Le dénommé « Bébert », présenté comme le chef du réseau, n'a "
     "pas été retrouvé."),
    (None, "FR",
     "Relevé des appels entrants sur la ligne de [[person:Mathurin Cosquer]] :\n"
     "06:12 – [[person:Tiphaine Rannou]]\n"
     "06:40 – « Doudou »\n"
     "07:05 – [[person:Rozenn Le Dréau]]\n"
     "Aucun appel après 07:05."),
    ("FR", "FR",
     "Fiche de garde à vue : [[person:HADJADJ-COURTOIS, Yanis]], né le [[dob:03/09/1988]] à "
     "Creil. Avocat : Me [[person:Blandine Huchon]]. Le gardé à vue désigne comme employeur la "
     "SAS Transports Hadjadj et refuse de s'exprimer sur son oncle, [[person:Salim Hadjadj]]."),
    (None, "FR",
     "Demande d'entraide : [[person:Arkadi Semionovitch Poloukhine]] (en cyrillique "
     "[[person:Аркадий Семёнович Полухин]]) aurait acheté une villa à Antibes par "
     "l'intermédiaire de la SCI Riviera Ivanoff. [[person:Poloukhine]] se déplace avec son "
     "avocat, Me [[person:Gaspard Villemonteix]]."),
    ("FR", "FR",
     "Le boucher de la rue Pasteur, [[person:Rémi Chaboissier]], a reconnu sur photo "
     "[[person:Jordan Leboucher]], qui lui achetait chaque semaine des sacs sous vide. Selon "
     "[[person:Chaboissier]], [[person:Leboucher]] roulait en Peugeot 208 blanche."),
    ("BE", "BE",
     "Audition de [[person:Ngalula Mbuyi-Kabasele]], ressortissante congolaise. Elle affirme que "
     "son oncle, [[person:Patrice Kabasele]], lui a remis le passeport [[passport:EM473821]] à "
     "l'aéroport de Zaventem. Le chauffeur, prénommé Christian, travaillerait pour Taxis Verts. "
     "[[person:Kabasele]] nie tout."),
    ("FR", "FR",
     "Mlle [[person:Apolline Sauvegrain]], guichetière à la Caisse d'Épargne d'Évreux, se "
     "souvient d'[[person:Ulysse Montcharmont]] : il déposait des billets de 50 € qui « "
     "sentaient le cannabis ». [[person:Montcharmont]] était toujours accompagné de M. "
     "[[person:Brisebarre]], un ancien huissier."),
    ("FR", "FR",
     "Selon la DIPJ d'Ajaccio, [[person:Ange-Mathieu Santucci-Orsoni]] et [[person:Dumenicu "
     "Filippi-Luciani]] se sont rencontrés au restaurant U Fucone, cours Napoléon. "
     "[[person:Santucci-Orsoni]] aurait remis une enveloppe à [[person:Filippi-Luciani]] devant "
     "le lycée Fesch."),
    ("FR", "FR",
     "Les [[person:Grandjouan]] tiennent le camping des Pins à Fréjus. [[person:Honorine "
     "Grandjouan]] encaisse les loyers en liquide, et son fils [[person:Matéo Grandjouan]] "
     "conduit un fourgon immatriculé [[plate:FT-592-KD]]. Pins et cabanons sont loués à des "
     "saisonniers."),
    (None, "FR",
     "Renseignement Interpol : [[person:Thierno Saliou Bah-Sylla]] et [[person:Fatoumata Binta "
     "Kouyaté]] ont voyagé de Conakry à Lisbonne le 5 juillet avec des passeports au nom de "
     "[[person:Mariama Fofana-Touré]]. [[person:Bah-Sylla]] est signalé par la police portugaise."),
    ("FR", "FR",
     "[[person:TCHAKAROV Stoyan]], chauffeur routier bulgare, a été contrôlé au péage de "
     "Saint-Quentin-Fallavier avec 180 kg de résine. Il désigne comme donneur d'ordre un certain "
     "[[person:Ognyan Peev]]. Le camion appartient à Peev Trans EOOD. Le destinataire, M. "
     "[[person:Kassim Bourahla]], n'a pas été localisé."),
    ("FR", "FR",
     "Compte rendu d'entretien : le témoin, [[person:Marie-Josèphe Trémoulet]], affirme que son "
     "voisin, [[person:Léonce Abadie-Lacoste]], reçoit chaque nuit des visiteurs garés avenue du "
     "Maréchal-Foch. Elle a relevé le numéro de portable d'[[person:Abadie-Lacoste]], le "
     "[[phone:07 82 14 50 36]]."),
    ("LU", "FR",
     "La police grand-ducale indique que [[person:Gilles Reuland-Hoffelt]] a vidé un coffre à la "
     "BIL, route d'Arlon, le 28 février, en présence de [[person:Joëlle Kieffer-Thill]]. "
     "[[person:Reuland-Hoffelt]] a quitté le pays le lendemain pour Dubaï."),
    (None, "FR",
     "Interrogatoire : Mme [[person:Gaëlle Pouyfaucon]] confirme que « Marco » et son cousin "
     "[[person:Luidgi Teyssèdre]] stockaient des cartons dans le garage de sa mère. "
     "[[person:Teyssèdre]] lui versait 300 € par mois pour son silence."),
    (None, "FR",
     "Le navire Capitaine Fracasse, sous pavillon maltais, est affrété par [[person:Kyriakos "
     "Papadimas-Loukeris]] ([[person:Κυριάκος Παπαδήμας-Λουκέρης]]). Son représentant à "
     "Marseille est Me [[person:Solveig Andrianasolo]]."),
    ("FR", "FR",
     "Le registre des bénéficiaires effectifs mentionne [[person:P.-A. Lamarque-Cazenave]] et "
     "[[person:F. Oukhellou]] pour la SCI Lamarque Patrimoine. [[person:Lamarque-Cazenave]] est "
     "le beau-frère du maire de Dax."),
    (None, "FR",
     "Surveillance de l'hôtel Le Richelieu, à Toulon : à 23 h, [[person:Rocco di Falco]] "
     "retrouve [[person:Naïma Belhocine]] au bar. Une heure plus tard, [[person:Belhocine]] "
     "repart seule avec un sac Lacoste."),
]

# --- German --------------------------------------------------------------------------------------

RECORDS["de"] = [
    ("DE", "DE",
     "Observationsbericht vom 12. März: Um 18:40 Uhr verlässt [[person:Hartmut Zwiebelhofer]] "
     "das Gasthaus Zum Hirschen in Tuttlingen und steigt in einen schwarzen Audi A6, "
     "[[plate:TUT-HZ 418]]. [[person:Zwiebelhofers]] Begleiterin, vermutlich [[person:Ramona "
     "Kübler-Stehle]], fährt mit einem Taxi zur Bismarckstraße."),
    ("DE", "DE",
     "TKÜ-Zusammenfassung, Anschluss [[phone:0171 4827365]]: Der Nutzer, [[person:Goran "
     "Stevanović-Lenz]], verabredet sich mit „Zigi“ für Freitag am Hauptbahnhof. Er erwähnt, "
     "dass Frau Dr. [[person:Wiebke Oltrogge]] die Papiere vorbereitet habe. "
     "[[person:Stevanović-Lenz]] nennt das Geld nur „Brötchen“."),
    ("DE", "DE",
     "Festnahmeprotokoll: [[person:KARABULUT-SCHERER, Melike]], geb. [[dob:07.11.1995]] in "
     "Duisburg, wurde um 06:15 Uhr in ihrer Wohnung festgenommen. Anwesend waren KOK "
     "[[person:Thielbörger]] und KHKin [[person:Annegret Wolfsteller]]."),
    ("AT", "AT",
     "Bericht des LKA Kärnten: Ing. [[person:Florian Pirkebner]] und Mag. [[person:Theresia "
     "Kollmitzer-Sagmeister]] haben über die Pirkebner Holzbau GmbH Scheinrechnungen an eine "
     "Firma in Maribor gestellt. [[person:Kollmitzer-Sagmeisters]] Steuerberater, "
     "[[person:Zlatko Hribernik]], bestreitet jede Kenntnis."),
    ("DE", "DE",
     "[[person:Clemens von der Ohe-Stratmann]] ist wirtschaftlich Berechtigter der Elbufer "
     "Vermögensverwaltung KG. Laut Handelsregister vertritt ihn [[person:Gesa Brüning]]. "
     "[[person:Von der Ohe-Stratmanns]] Konten bei der Hamburger Sparkasse werden seit Mai "
     "überwacht."),
    ("DE", "DE",
     "Zeugenaussage: Ich heiße [[person:Swetlana Reimchen]] und wohne seit 2015 in Pforzheim. "
     "Der Mann, den alle nur „Kolja“ nennen, heißt eigentlich [[person:Nikolai Dückmann]] und "
     "arbeitet als Schneider bei Hummel & Söhne. [[person:Dückmann]] hat mir das Päckchen "
     "gegeben."),
    ("CH", "CH",
     "Die MROS meldet, dass [[person:Beat Tschümperlin]] 1,2 Millionen Franken an die Zgraggen "
     "Treuhand AG in Altdorf überwiesen hat. Deren Verwaltungsrat ist [[person:Urs-Peter "
     "Zgraggen]]; zeichnungsberechtigt ist außerdem [[person:Mirjam Inderbitzin-Gwerder]]."),
    (None, "DE",
     "Bei der Durchsuchung der Wohnung in der Lessingstraße waren anwesend: [[person:Ayşegül "
     "Karakoç]] (Wohnungsinhaberin), [[person:Cemil Karakoç]] (Bruder), [[person:Tobias "
     "Rehfeldt]] (Nachbar) und ein Mann, der sich als „Memo“ vorstellte."),
    (None, "DE",
     "Rechtshilfeersuchen an Kasachstan: Es geht um [[person:Jewgeni Schtscherbinin]] "
     "(kyrillisch [[person:Евгений Щербинин]]), der Gelder über die Firma Steppenwolf Logistik "
     "an [[person:Ruslan Ospanow]] in Almaty weitergeleitet haben soll."),
    ("DE", "DE",
     "Förster und Jäger aus Lindlar berichten, dass [[person:Wendelin Stracke]] nachts mit einem "
     "Transporter in den Wald fährt. [[person:Stracke]] arbeitet tagsüber beim Bauhof; sein "
     "Vorgesetzter, Herr [[person:Kuckelkorn]], hält ihn für zuverlässig."),
    ("DE", "DE",
     "Laut Kontoauszügen hat [[person:H.-D. Ossenkopp]] im Februar 48.000 Euro bar eingezahlt. "
     "[[person:Ossenkopps]] Ehefrau, [[person:Edeltraud Ossenkopp-Vieth]], ist Prokuristin der "
     "Vieth Entsorgung GmbH."),
    ("AT", "AT",
     "Aus der Vernehmung von [[person:Leopoldine Haslauer-Pfandl]]: Sie habe den grauen VW "
     "Passat, [[plate:W-48213F]], im Juli an [[person:Jovan Krstić]] verliehen. "
     "[[person:Krstić]] habe ihn erst nach drei Wochen am Praterstern zurückgegeben."),
    ("DE", "DE",
     "Fahndungsnotiz: [[person:ÖZDEMIRCI Baran]], Personalausweis [[national_id:LZ6311T47]], "
     "hält sich vermutlich bei seinem Onkel [[person:Sinan Özdemirci]] in Gelsenkirchen auf. Er "
     "fährt einen weißen Sprinter der Firma Özdemirci Umzüge. Hinweisgeber ist sein früherer "
     "Arbeitgeber, [[person:Lothar Mümmelmann]]."),
    ("DE", "DE",
     "Die niederländische Polizei teilt mit, dass [[person:Gijsbert van Dommelen]] und "
     "[[person:Anouk ter Horst-Visscher]] am Grenzübergang Venlo kontrolliert wurden. Im "
     "Kofferraum lagen Kartons mit der Aufschrift „De Vries Bloemen“. [[person:Van Dommelen]] "
     "gab an, für [[person:Ter Horst-Visscher]] zu fahren."),
    (None, "DE",
     "Hinweis eines Partnerdienstes: [[person:Qais Abdulkarim al-Dulaimi]] ([[person:قيس عبد "
     "الكريم الدليمي]]) soll über einen Geldwechsler in Gaziantep Zahlungen an [[person:Anas "
     "Kurdieh]] in Essen geleitet haben. [[person:Al-Dulaimi]] nutzt den Telegram-Kanal "
     "@sham_exchange_de."),
    ("DE", "DE",
     "Observation am 3. August: [[person:Jannik Wedekämper]] trifft sich vor dem Café Kranzler "
     "mit einem Mann namens August. [[person:Wedekämper]] übergibt ihm einen Umschlag und fährt "
     "dann zur Wohnung von [[person:Kerstin Lüdeking]]."),
    ("DE", "DE",
     "Die Spätaussiedlerin [[person:Walentina Gossen]] gab an, ihr Schwager [[person:Artur "
     "Neufeld-Klassen]] habe ihr die Bankkarte abgenommen. [[person:Neufeld-Klassen]] lebt in "
     "Lahr und fährt einen Transporter der Spedition Klassen & Sohn."),
    ("DE", "DE",
     "Besucherliste JVA Bochum, 21. Oktober:\n"
     "10:00 [[person:Rüdiger Pottgießer]]\n"
     "10:30 [[person:Aylin Demirtaş-Pottgießer]]\n"
     "11:15 Rechtsanwalt Dr. [[person:Ansgar Hölscher]]\n"
     "Kein weiterer Besuch."),
    ("DE", "DE",
     "Nach Angaben der Bundespolizei reiste [[person:Hauke Paulsen-Brodersen]] mit der Fähre "
     "„Nils Holgersson“ nach Trelleborg. Begleitet wurde er von [[person:Imke Rörden]]. "
     "[[person:Paulsen-Brodersens]] Wohnmobil ist auf die Brodersen Camping GmbH zugelassen."),
    (None, "DE",
     "Vermerk von KHK [[person:Gernot Wiesehöfer]]: Der Beschuldigte [[person:Marvin Brzoska]] "
     "hat Herrn [[person:Ludger Elbers-Schoppe]] bedroht. [[person:Brzoska]] soll gesagt haben, "
     "„der Professor“ werde sich um ihn kümmern."),
    ("DE", "DE",
     "Der polnische Lkw-Fahrer [[person:Krystian Mazurkiewicz-Pająk]] wurde auf der A12 bei "
     "Frankfurt (Oder) kontrolliert. Als Auftraggeber nannte er [[person:Zenon Ł.]], die Ladung "
     "war an die Firma Wójcikowski Trans adressiert. [[person:Mazurkiewicz-Pająk]] wurde nach "
     "sechs Stunden entlassen."),
    (None, "DE",
     "Interpol Lyon übermittelt: [[person:Brendan Fitzsimmons-Kerr]], britischer "
     "Staatsangehöriger, Reisepass [[passport:537104862]], wird in Nordirland gesucht. Er soll "
     "sich bei seiner Schwester [[person:Orla Fitzsimmons]] in Aachen aufhalten, die mit "
     "[[person:Till Ohmstede]] zusammenlebt."),
    ("DE", "DE",
     "Die Anruferin, Frau [[person:Brunhilde Sauerwein]], meldete einen verdächtigen Transporter "
     "vor dem Weingut Weegmüller in Neustadt. Am Steuer saß nach ihren Angaben [[person:Pascal "
     "Weegmüller]], ein Neffe von [[person:Egon Weegmüller]]. Weißburgunder und Müller-Thurgau "
     "standen palettenweise im Hof."),
    ("DE", "DE",
     "[[person:HÜBSCHMANN Gerlinde]] wurde am 5. Mai in Frankfurt am Main festgenommen. Bei ihr "
     "fand man Visitenkarten von Dr. [[person:Ferdinand Quaschning]] und des Juweliers "
     "[[person:Ignaz Pfefferle]]."),
    (None, "DE",
     "Vernehmung: Der Zeuge [[person:Xalid Şengalî]] berichtet, dass [[person:Berfin Tekdağ]] "
     "jeden Abend im Imbiss „Zum Sultan“ Bargeld zählt. [[person:Tekdağ]] habe ihm 200 Euro für "
     "sein Schweigen angeboten."),
]

# --- Spanish -------------------------------------------------------------------------------------

RECORDS["es"] = [
    ("ES", "ES",
     "Seguimiento del 9 de abril: a las 10:20 [[person:Eleuterio Barragán Sotomayor]] sale del "
     "bar Casa Paco, en la calle Marqués de Larios, y entrega una bolsa a [[person:Inmaculada "
     "Peñalver]]. [[person:Barragán]] regresa después andando hacia la Alameda."),
    ("ES", "ES",
     "El usuario de la línea [[phone:612 483 907]], identificado como [[person:Venancio Arribas "
     "Quintanar]], habla con «el Gallego» sobre un envío desde Vigo. Menciona que don "
     "[[person:Saturnino Lamela]] guardará la mercancía en la nave de Conservas Lamela e Hijos. "
     "[[person:Arribas]] cuelga a los dos minutos."),
    ("ES", "ES",
     "Diligencia de detención: [[person:ARANGUREN OSTOLAZA, Joseba Koldobika]], DNI "
     "[[national_id:47182936T]], nacido el [[dob:2 de noviembre de 1981]] en Eibar. Solicita la "
     "asistencia del letrado [[person:Unai Berasategui]]. [[person:Aranguren]] se niega a "
     "declarar."),
    (None, "ES",
     "La Policía Nacional de Colombia informa de que [[person:Yeferson Stiven Asprilla "
     "Valoyes]], alias «el Flaco», viajó a Madrid con [[person:Leidy Johana Cuero Hinestroza]]. "
     "[[person:Asprilla]] tendría contactos en el barrio de Usera."),
    ("ES", "ES",
     "Declaración de la testigo doña [[person:Encarnación Zambudio Ortuño]]: vio a su vecino, "
     "[[person:Bartolomé Sarabia]], cargar cajas en una furgoneta de Frutas Hermanos Sarabia. "
     "Según [[person:Zambudio]], la furgoneta aparca cada martes en la avenida Juan Carlos I y "
     "[[person:Sarabia]] nunca está solo."),
    ("ES", "ES",
     "El registro mercantil señala a [[person:J. M. Arrizabalaga Ibarguren]] y a [[person:M.ª "
     "Dolores Espelt]] como administradores de Inversiones Ibarguren SL. [[person:Arrizabalaga]] "
     "figura también en una sociedad andorrana."),
    ("ES", "ES",
     "Los Mossos d'Esquadra comunican que [[person:Jordi Vilaseca i Pujolràs]] cobró 90.000 "
     "euros de [[person:Martí Ferrer-Bonsoms]] en un aparcamiento de la Rambla de Catalunya. "
     "[[person:Vilaseca]] conduce un Cupra Formentor, [[plate:4821 KHZ]]."),
    ("ES", "ES",
     "Doña [[person:Candelaria de la Rosa Perdomo]], de Telde, denuncia que [[person:Yeray "
     "Perdomo]] y un tal «Chicharro» le piden dinero. [[person:De la Rosa]] aporta capturas de "
     "WhatsApp con el usuario @yeray_gc."),
    ("ES", "ES",
     "Detenidos en la operación «Jilguero»: [[person:Ramón Escuredo Villaverde]], "
     "[[person:Florentina Abad Marugán]], [[person:Sixto Merchán]] y [[person:Lázaro Carbonell "
     "Sastre]]. Se intervino una embarcación, la Virgen del Carmen III, en el puerto de Barbate."),
    (None, "ES",
     "Solicitud a la DGSN de Marruecos: se ruega confirmar la identidad de [[person:Hicham "
     "Ouchen]], con CIN [[national_id:BK384216]], y de su primo [[person:Zakaria Bouhlal]]. "
     "[[person:Ouchen]] cruzó por Tarifa con una furgoneta de Transportes Bouhlal."),
    ("ES", "ES",
     "Acta de entrevista: la señora [[person:Perpetua Casasús]] explica que su yerno, "
     "[[person:Ignacio Urrestarazu]], guarda las llaves del trastero de la calle Blas de Otero. "
     "Mayo fue el último mes en que [[person:Urrestarazu]] pagó el alquiler."),
    ("ES", "ES",
     "El rumano [[person:Valentin-Costel Ursache]] y la búlgara [[person:Desislava Hristova "
     "Gancheva]] alquilaron un piso en Torrevieja a nombre del brasileño [[person:Cleiton dos "
     "Reis Figueiró]]. [[person:Ursache]] trabaja de camarero en el restaurante El Cordobés."),
    ("AR", "ES",
     "La Policía Federal Argentina comunica que [[person:Rodolfo Lisandro Bustamante-Figueroa]] "
     "y su socio, [[person:Néstor Aldo Pizzurno]], enviaron cocaína a Valencia oculta en "
     "cargamentos de Pizzurno Hnos. desde Rosario. [[person:Pizzurno]] tiene también pasaporte "
     "italiano."),
    ("ES", "ES",
     "El titular de la cuenta ([[person:Eusebio Tamargo Llaneza]], DNI "
     "[[national_id:10938472V]]) recibió transferencias de [[person:Aitana Mayoral Quirós]] "
     "entre enero y marzo. El director de la sucursal, [[person:Pelayo Cuétara]], lo comunicó al "
     "SEPBLAC."),
    ("ES", "ES",
     "[[person:Higinio Oramas]] y su hermano regentan el bar El Guanche en La Laguna. Los "
     "[[person:Oramas]] cobran a los camellos del barrio una «cuota» semanal. Según el "
     "confidente, [[person:Fabiola Trujillo Cabrera]] lleva la contabilidad."),
    ("ES", "ES",
     "[[person:Xosé Manuel Outeiriño Parada]], patrón del pesquero Nova Estrela, fue visto en "
     "Cambados con [[person:Iago Rodeiro]]. [[person:Outeiriño]] negó después conocer a "
     "[[person:Rodeiro]]."),
    (None, "ES",
     "Comisión rogatoria a Rusia: [[person:Vsévolod Krasheninnikov]] ([[person:Всеволод "
     "Крашенинников]]) compró tres villas en Marbella a través de la sociedad Costa "
     "Krasheninnikov SL, con la ayuda del notario [[person:Rafael Arjonilla]]."),
    (None, "ES",
     "Un varón apodado «Popeye» vende en la plaza de Cristo Rey. Las vecinas lo identifican como "
     "[[person:Rigoberto Cañizares Bolaños]]. [[person:Cañizares]] vive con [[person:Soraya "
     "Almagro]] en la calle Pablo Iglesias."),
    ("ES", "ES",
     "Visitas registradas en el centro penitenciario de Picassent, 2 de junio:\n"
     "[[person:Dolores Montagut]]\n"
     "[[person:Teodoro Sancho Gil]]\n"
     "Letrado: [[person:Borja Elío]]\n"
     "No consta ninguna otra visita."),
    ("ES", "ES",
     "La Ertzaintza informa de que [[person:Garazi Etxaniz]] e [[person:I. Zubiaurre]] viajaron "
     "a Biarritz el 7 de agosto. [[person:Etxaniz]] alquiló allí un coche a nombre de "
     "[[person:Arantxa Goñi-Elizalde]]."),
    ("ES", "ES",
     "Inspección en un almacén de Cobo Calleja, Fuenlabrada: el encargado, [[person:Zhou "
     "Jianhong]], afirmó que la mercancía pertenece a [[person:Xiang Meilin]]. [[person:Zhou]] "
     "mostró facturas de la empresa Hermanos Wang SL."),
    (None, "ES",
     "Según la policía tunecina, [[person:Anis Ben Romdhane]] ([[person:أنيس بن رمضان]]) utilizó "
     "el correo [[email:anis.rmd@gmail.com]] para contactar con [[person:Walid Chaouch]]. "
     "[[person:Ben Romdhane]] llegó a Almería en patera."),
    ("ES", "ES",
     "Blanco y sin matrícula, el turismo fue abandonado junto a la sede de la Cruz Roja en "
     "Linares. La huella dactilar hallada en el volante pertenece a [[person:Fructuoso Leal "
     "Albendea]], cuyo cuñado, [[person:Amador Ruano]], es el dueño del vehículo. "
     "[[person:Leal]] está en busca y captura."),
    ("MX", "ES",
     "La Fiscalía General de la República de México identifica a [[person:Eustorgio Zamarripa "
     "Ledezma]] como proveedor de [[person:Celestino Urquidi]]. Ambos se alojaban en el hotel "
     "Benito Juárez de Tijuana. [[person:Zamarripa]] tiene pasaporte [[passport:G28471936]]."),
    (None, "ES",
     "El móvil de [[person:Nicanor Bascuñana]] contenía fotos de [[person:Paulina Arcediano]] y "
     "varios audios del «Chino». La Guardia Civil comprobó que [[person:Bascuñana]] había estado "
     "en la finca de los [[person:Arcediano]] en Almagro."),
]

# --- Polish --------------------------------------------------------------------------------------

RECORDS["pl"] = [
    ("PL", "PL",
     "Notatka z obserwacji, 14 maja: o 9:15 [[person:Zdzisław Pękala]] wychodzi z bloku przy ul. "
     "Piłsudskiego w Radomiu i wsiada do srebrnego opla astry o numerach [[plate:WR 47215]]. O "
     "9:40 [[person:Pękala]] spotyka się z [[person:Bogumiłą Krzyżanowską-Dziób]] przed barem "
     "Pod Żubrem."),
    ("PL", "PL",
     "Świadek [[person:Jadwiga Fołtyn]] zeznała, że [[person:Radosław G.]] przekazał pieniądze "
     "[[person:Sebastianowi K.]] na parkingu przed Biedronką. Według [[person:Fołtyn]] obaj "
     "przyjechali czarnym BMW."),
    ("PL", "PL",
     "Protokół zatrzymania: [[person:SKRZYPCZAK-OLEJNIK Genowefa]], PESEL "
     "[[national_id:68071404626]], zatrzymana 3 marca w Kaliszu. Obrońca: mec. [[person:Ksawery "
     "Przybyłowicz]]. [[person:Skrzypczak-Olejnik]] odmówiła składania wyjaśnień."),
    ("PL", "PL",
     "Z podsłuchu wynika, że [[person:Wiesław Chmielarz]] obiecał [[person:Dobromirowi "
     "Szkudlarkowi]] 20 tys. zł za przewiezienie towaru. [[person:Szkudlarek]] ma odebrać paczkę "
     "od „Siwego” w Kutnie. Rozmowa była prowadzona z numeru [[phone:+48 602 318 475]]."),
    ("PL", "PL",
     "W mieszkaniu [[person:Leokadii Jędrzejczyk-Sowińskiej]] znaleziono 2 kg amfetaminy. O "
     "[[person:Jędrzejczyk-Sowińskiej]] wiadomo, że utrzymuje kontakt z [[person:Henrykiem "
     "Bzdęgą]], właścicielem firmy Bzdęga Transport sp. z o.o."),
    ("PL", "PL",
     "Państwo [[person:Dobosiewiczowie]] prowadzą komis samochodowy w Ełku. Według informatora "
     "[[person:Tadeusz Dobosiewicz]] sprowadza auta z Litwy, a jego żona [[person:Lucyna "
     "Dobosiewicz]] podrabia dokumenty."),
    ("PL", "PL",
     "Przesłuchanie świadka: pan [[person:Wacław Kozubal]] twierdzi, że nie rozmawiał z "
     "[[person:Przemysławem Gromkiem]] od lutego. Dopiero po okazaniu billingów przyznał, że "
     "spotkał [[person:Gromka]] w hotelu Polonia."),
    (None, "PL",
     "Straż Graniczna ustaliła, że [[person:Mykoła Zinczenko]] (cyr. [[person:Микола Зінченко]]) "
     "wjechał do Polski na paszporcie [[passport:FK417293]]. Pracodawca, [[person:Eugeniusz "
     "Kubiciel]], zapłacił [[person:Zinczence]] gotówką za dwa miesiące."),
    ("PL", "PL",
     "Informator o pseudonimie „Kaczor” wskazał [[person:Ryszarda Wilczewskiego]] jako osobę "
     "odbierającą haracz od handlarzy z Bazaru Różyckiego. Pieniądze trafiają do "
     "[[person:Wilczewskiego]] i do jego szwagra, [[person:Lucjana Mroczka]]."),
    ("PL", "PL",
     "Z KRS wynika, że prezesem Grabowiecki Recykling sp. z o.o. jest [[person:A.J. "
     "Grabowiecki]], a prokurentem – [[person:Irena Szczygielska-Broda]]. [[person:Grabowiecki]] "
     "jest też wspólnikiem [[person:Teofila Smolarka]] w spółce z Mławy."),
    (None, "PL",
     "Lista pasażerów busa zatrzymanego w Kołbaskowie:\n"
     "[[person:Oskar Wierzchołowski]]\n"
     "[[person:Klaudia Wierzchołowska]]\n"
     "[[person:Artem Bondarczuk]]\n"
     "Kierowca odmówił podania nazwiska."),
    ("PL", "PL",
     "[[person:Kornelii Pawlikowskiej-Szyc]] nie zastano w domu. Sąsiadka, pani [[person:Zenobia "
     "Grochal]], twierdzi, że [[person:Pawlikowska-Szyc]] wyjechała w czerwcu do Hamburga z "
     "niejakim [[person:Gerardem H.]]"),
    ("PL", "PL",
     "Rybak z Jastarni, [[person:Bernard Konkel]], zauważył nocą motorówkę przy falochronie. "
     "Według [[person:Konkla]] sterował nią [[person:Józef Rybak-Długosz]], a łódź nosiła nazwę "
     "„Zosia”."),
    (None, "PL",
     "BKA przekazało, że [[person:Eckhardt Schwertfeger]] z Lipska wynajął magazyn w Słubicach. "
     "Umowę w jego imieniu podpisał [[person:Witold Maćkowiak]], który wcześniej jeździł dla "
     "[[person:Schwertfegera]] jako kierowca."),
    ("PL", "PL",
     "Z analizy rachunku wynika, że [[person:Eryk Pazdan]] przelał 86 tys. zł [[person:Aldonie "
     "Kurzawie-Zych]], a ta przekazała środki [[person:Mirosławowi Gąbce]]. W tytule przelewu "
     "wpisano „za Kasię”."),
    ("PL", "PL",
     "W lokalu Pod Kogutem przy ul. Bema zatrzymano [[person:Huberta Kraśnickiego]] i "
     "[[person:Idalię Kraśnicką]]. Przy [[person:Kraśnickim]] znaleziono 40 porcji marihuany."),
    ("PL", "PL",
     "Rozmowa z 7 października: [[person:Anatol Wierzbięta]] mówi „Grubemu”, że auto [[plate:LU "
     "8723F]] trzeba oddać [[person:Olgierdowi Paszkowi]]. „Gruby” odpowiada, że "
     "[[person:Paszek]] jest teraz w Holandii."),
    ("PL", "PL",
     "Świadek zeznał, że kupował marihuanę od [[person:Kubaczyków]] z osiedla Słoneczne. "
     "Najczęściej towar wydawała [[person:Marzena Kubaczyk]], a pieniądze odbierał jej syn, "
     "[[person:Igor Kubaczyk]]."),
    (None, "PL",
     "Łotewska policja potwierdziła tożsamość [[person:Raimondsa Vītoliņša]], zatrzymanego w "
     "Suwałkach z 30 kg kokainy. [[person:Vītoliņš]] wskazał jako zleceniodawcę "
     "[[person:Jevgenijsa Karpenoksa]] z Rygi."),
    ("PL", "PL",
     "Pani [[person:Bronisława Cichoń]] rozpoznała na zdjęciu [[person:Mateusza Pobochę]], który "
     "w sierpniu wynajmował od niej pokój. [[person:Pobocha]] płacił gotówką i przedstawiał się "
     "jako „Matti”."),
    ("PL", "PL",
     "Wniosek o ENA: [[person:ZAWIERUCHA-MAŁEK, Dominik Szymon]], ur. [[dob:19.04.1986]] w "
     "Tarnowie, poszukiwany m.in. za oszustwa na szkodę [[person:Władysławy Tęczy]]. "
     "[[person:Zawierucha-Małek]] ukrywa się prawdopodobnie w Irlandii."),
    (None, "PL",
     "Podsłuch, 12 lutego: [[person:Filip Ochnio]] rozmawia z Rosjaninem, który przedstawia się "
     "jako [[person:Giennadij Łapszyn]]. [[person:Ochnio]] obiecuje [[person:Łapszynowi]] "
     "dostawę części do dronów."),
    ("PL", "PL",
     "W aktach sprawy przeciwko [[person:Kajetanowi Żurawskiemu-Bogdańskiemu]] jest zeznanie "
     "[[person:Renaty Ćwik]]. Mówi ona o [[person:Żurawskim-Bogdańskim]] jako o szefie grupy, a "
     "o [[person:Edwardzie Chudym]] jako o kurierze."),
    ("PL", "PL",
     "Kierowca firmy Grzegorczyk Logistics, [[person:Norbert Plichta]], został zatrzymany na al. "
     "Jana Pawła II w Krakowie. W kabinie znaleziono wizytówkę [[person:Lwa Ostrowskiego]]. "
     "[[person:Plichta]] twierdzi, że nie zna [[person:Ostrowskiego]]."),
    (None, "PL",
     "Brytyjska NCA prosi o ustalenie miejsca pobytu [[person:Nigela Ashburnhama]], który miał "
     "się kontaktować z [[person:Patrykiem Szulcem]] w Gdyni. [[person:Ashburnham]] używa adresu "
     "[[email:n.ashburnham@proton.me]]."),
]

# --- Russian -------------------------------------------------------------------------------------

RECORDS["ru"] = [
    ("RU", "RU",
     "Сводка наблюдения, 17 апреля. В 08:20 [[person:Аркадий Вениаминович Пташинский]] вышел из "
     "подъезда дома на ул. Чкалова и сел в серый «Хендай Солярис» [[plate:Т418КМ 750]]. В 08:45 "
     "[[person:Пташинский]] встретился у кафе «У Ашота» с [[person:Ираклием Двалишвили]]."),
    ("RU", "RU",
     "Справка: [[person:Верхотурцев И.Л.]] является учредителем ООО «Уралметснаб», генеральный "
     "директор — [[person:Н.П. Засядько]]. Деньги общества выводились на карты "
     "[[person:Засядько]] и его сожительницы [[person:Ольги Рябининой-Гесс]]."),
    ("RU", "RU",
     "Протокол задержания. [[person:КОНОПЛЁВ-ЗАБЕЛИН Игнат Савельевич]], [[dob:04.08.1989]] "
     "г.р., задержан на Киевском вокзале. Защитник — адвокат [[person:Ефросинья Маркеловна "
     "Тюфякина]]. [[person:Коноплёв-Забелин]] от дачи показаний отказался."),
    ("RU", "RU",
     "Из переговоров следует, что [[person:Савва Голенищев]] передал [[person:Тимуру Рашидовичу "
     "Ахметшину]] 3 млн рублей наличными. Позднее [[person:Ахметшин]] созвонился с "
     "[[person:Голенищевым]] и сообщил, что «груз у Косого»."),
    (None, "RU",
     "По данным БКА, [[person:Фридхельм Шлоссхауэр]] ([[person:Friedhelm Schlosshauer]]) открыл "
     "в Калининграде ООО «Балтик Хольц» и получал деньги от [[person:Кирилла Вадимовича "
     "Межуева]]. [[person:Шлоссхауэру]] с марта запрещён въезд в Россию."),
    ("RU", "RU",
     "Свидетельница [[person:Прасковья Ильинична Бурдюгова]] показала, что видела [[person:Зою "
     "Карповну Недорезову]] в машине с мужчиной по прозвищу «Цыган». [[person:Недорезова]] позже "
     "сказала [[person:Бурдюговой]], что «Цыган» — это [[person:Ростислав Евстигнеев]]."),
    ("RU", "RU",
     "Оперативная информация: [[person:Эльчин Фикрет оглы Гасымов]] контролирует торговлю "
     "цветами на Рижском рынке. Его племянник [[person:Тебриз Гасымов]] возит наличные в Баку, а "
     "деньги принимает [[person:Севиль Агаева-Мусаева]]."),
    ("RU", "RU",
     "В телефоне [[person:Ивана Трофимовича Скорлупина]] обнаружены переписка о [[person:Дарье "
     "Солнцевой-Кнорре]] и номер [[phone:+7 912 604-38-15]], записанный как «Бухгалтер». "
     "[[person:Скорлупин]] пояснил, что «Бухгалтер» — это [[person:Гордей Шершнёв]]."),
    ("KZ", "RU",
     "Из Казахстана сообщают, что [[person:Ержан Толеуханулы Баймагамбетов]] и [[person:Айгерим "
     "Сарсенбаева]] перевели 40 млн тенге через обменный пункт «Алтын Тобе». "
     "[[person:Баймагамбетову]] предъявлено обвинение."),
    ("RU", "RU",
     "Список лиц, посетивших СИЗО-1 2 марта:\n"
     "[[person:Лаврентьева Антонина Серафимовна]]\n"
     "[[person:Хазбулатов Р.М.]]\n"
     "адвокат [[person:Пётр Саввич Окунь]]\n"
     "Иные посещения не зафиксированы."),
    (None, "RU",
     "По запросу НКА Великобритании: [[person:Rupert Gascoigne-Whitby]] (в российских документах "
     "[[person:Руперт Гаскойн-Уитби]]) владеет долей в ООО «Норд Ресурс». "
     "[[person:Гаскойн-Уитби]] часто бывает в Санкт-Петербурге со своим помощником "
     "[[person:Виталием Ксенофонтовым]]."),
    ("RU", "RU",
     "[[person:Серафима Бутырина]] сообщила, что г-н [[person:Колбасов]] предлагал ей работу "
     "курьером в ООО «Колбасов и сыновья». Г-жа [[person:Бутырина]] отказалась, после чего стала "
     "получать угрозы с аккаунта @kolbasa_msk."),
    ("RU", "RU",
     "По словам свидетеля, [[person:Гурам Чачанидзе]] и [[person:Ваган Мелконян]] встречались в "
     "ресторане «Арагви» на Тверской. Позже [[person:Мелконяну]] позвонил некий Заур, и "
     "[[person:Чачанидзе]] рассчитался наличными."),
    ("RU", "RU",
     "Супруги [[person:Кривошеины]] сдают гараж в Тольятти [[person:Остапу Дерябину]]. Соседи "
     "видели, как [[person:Дерябин]] выгружал коробки вместе с [[person:Ниной Кривошеиной]]."),
    ("RU", "RU",
     "Рапорт ст. о/у [[person:Д.Е. Фомичёва]]: гр. [[person:ШЕВЧУК-ЯРОШ В.А.]] задержан на "
     "автовокзале Королёва с 300 г гашиша. Со слов задержанного, товар ему передал "
     "[[person:Стахеев]]."),
    (None, "RU",
     "Из показаний: деньги от [[person:Хасана Абдулмуслимовича Дудурханова]] забирал его "
     "двоюродный брат Адлан, а отвозил их в Махачкалу [[person:Магомедсалих Шихсаидов]]. "
     "[[person:Дудурханов]] это отрицает."),
    ("RU", "RU",
     "Нотариус [[person:Эвелина фон Гильзен]] удостоверила доверенность на имя [[person:Карена "
     "Ашотовича Тер-Григорьянца]]. Позднее [[person:фон Гильзен]] заявила, что "
     "[[person:Тер-Григорьянца]] никогда не видела."),
    (None, "RU",
     "Запрос в Иорданию: [[person:Мунзир Халиль ар-Рауаши]] ([[person:منذر خليل الرواشي]]) "
     "переводил деньги [[person:Оксане Ляпуновой]] через систему «Вестерн Юнион»."),
    ("RU", "RU",
     "Рыбаки с Ладоги видели, как ночью [[person:Трофим Гончар]] выгружал мешки из лодки «Святой "
     "Николай». Лодка зарегистрирована на его тёщу, [[person:Аглаю Феоктистову]]. "
     "[[person:Гончар]] работает сторожем в ООО «Мельник»."),
    ("RU", "RU",
     "Польская сторона сообщила, что [[person:Кшиштоф Гжебельский]] ([[person:Krzysztof "
     "Grzebielski]]) получал грузы от [[person:Леонида Семибратова]] через склад в Смоленске. На "
     "имя [[person:Гжебельского]] оформлено 12 накладных."),
    (None, "RU",
     "В ходе обыска у [[person:Мокроусовой О.Н.]] изъяты черновые записи с фамилиями "
     "[[person:Ведерников]], [[person:Сумароков]] и [[person:Ляхов-Ветров]], а также записка "
     "«Вовчику — 50»."),
    (None, "RU",
     "По данным таможни, [[person:Жэнь Цзюньхуэй]] и [[person:Ло Сяомэй]] ввезли через "
     "Забайкальск партию электроники, оформленную на ООО «Тимофеев и К». [[person:Жэнь]] "
     "является гражданином КНР."),
    ("RU", "RU",
     "Следователь [[person:Мирослава Ярошенко-Гай]] допросила [[person:Прохора Елисеевича "
     "Пузанова]] об источнике денег. [[person:Пузанов]] сослался на наследство покойного отца, "
     "[[person:Елисея Пузанова]]."),
    ("RU", "RU",
     "[[person:Кондратию Брусницыну]] предъявлено обвинение по ст. 228.1 УК РФ. Его сообщница "
     "[[person:Виолетта Брусницына-Лоос]] скрылась в Калининграде вместе с [[person:Семёном "
     "Лоосом]]."),
    ("RU", "RU",
     "Грузополучатель — греческая компания «Ставридис Шиппинг», директор [[person:Ставрос "
     "Каллиникидис]]. Его представитель в Новороссийске — [[person:Фотини Папазоглу]]. "
     "[[person:Каллиникидис]] прибыл в порт на судне «Адмирал Ушаков»."),
]

# --- Greek ---------------------------------------------------------------------------------------

RECORDS["el"] = [
    ("GR", "GR",
     "Αναφορά παρακολούθησης, 22 Μαΐου. Στις 19:10 ο [[person:Ευθύμιος Κουκουβίνος]] βγαίνει από "
     "την ταβέρνα «Ο Μήτσος» στην πλατεία Κολοκοτρώνη και μπαίνει σε λευκό Nissan Navara "
     "[[plate:ΙΡΖ-4817]]. Στις 19:25 συναντά τον [[person:Αλκιβιάδη Τσαμπαρλή]]. Ο "
     "[[person:Κουκουβίνος]] του δίνει μια τσάντα."),
    ("GR", "GR",
     "Περίληψη συνομιλίας, γραμμή [[phone:694 218 3375]]: ο χρήστης, [[person:Παντελεήμων "
     "Χαλκιαδάκης]], ζητά από τον «Κοντό» να πάει στο σπίτι της [[person:Αφροδίτης Σγουρομάλλη]] "
     "και να παραλάβει τα χρήματα του [[person:Βουρλιώτη]]."),
    ("GR", "GR",
     "Έκθεση σύλληψης: [[person:ΜΠΑΞΕΒΑΝΟΣ ΧΑΡΑΛΑΜΠΟΣ]], γεν. [[dob:11/03/1979]], ΑΔΤ "
     "[[national_id:ΑΚ 418273]]. Συνελήφθη στο λιμάνι του Πειραιά με 6 κιλά κοκαΐνης. Ο "
     "[[person:Μπαξεβάνος]] ζήτησε να ενημερωθεί ο δικηγόρος του, κ. [[person:Ορέστης "
     "Φλωρόπουλος]]."),
    ("GR", "GR",
     "Σύμφωνα με το ΓΕΜΗ, διαχειριστές της «Θ. Καλλέργης & ΣΙΑ Ο.Ε.» είναι ο [[person:Θ. "
     "Καλλέργης]] και η [[person:Ε. Μοσχονά-Ρήγα]]. Ο [[person:Καλλέργης]] έχει καταδικαστεί στο "
     "παρελθόν για λαθρεμπόριο καυσίμων."),
    (None, "GR",
     "Η αλβανική αστυνομία ενημερώνει ότι ο [[person:Ερμίρ Τσελίκου]] ([[person:Ermir Çeliku]]) "
     "διακινεί κάνναβη μέσω Κακαβιάς με τη βοήθεια του [[person:Φατμίρ Ντόκα]]. Ο "
     "[[person:Τσελίκου]] χρησιμοποιεί το ψευδώνυμο «Μπαμπάς»."),
    ("GR", "GR",
     "Η μάρτυρας [[person:Ευφροσύνη Καραγκιοζοπούλου]] κατέθεσε ότι είδε τον [[person:Διαμαντή "
     "Ξυδάκη]] να μπαίνει στο περίπτερο της οδού Αριστοτέλους. Ο [[person:Ξυδάκης]] κρατούσε μια "
     "μαύρη τσάντα."),
    ("GR", "GR",
     "Στην κατάθεσή της η κα [[person:Σταματία Γιαννακοπούλου-Ζαχαράκη]] ανέφερε ότι ο κ. "
     "[[person:Ζαχαράκης]] της χρωστά 30.000 ευρώ. Τον γνώρισε μέσω του [[person:Πολυχρόνη "
     "Αντωνάκου]]."),
    ("GR", "GR",
     "Την Κυριακή 4 Αυγούστου ο [[person:Νεκτάριος Φουντουλάκης]] και η [[person:Κυριακή "
     "Μαυροματάκη]] επιβιβάστηκαν στο πλοίο «Αρκάδι» στο Ηράκλειο. Ο [[person:Φουντουλάκης]] "
     "είχε μαζί του δύο βαλίτσες."),
    (None, "GR",
     "Ο Γεωργιανός [[person:Λεβάν Τσκιτισβίλι]] συνεργάζεται με τον [[person:Σάββα "
     "Ιωαννίδη-Κοτσίδη]] στη Θεσσαλονίκη. Τα χρήματα περνούν από το ανταλλακτήριο του "
     "[[person:Τσκιτισβίλι]] στην οδό Εγνατία."),
    ("CY", "CY",
     "Η Αστυνομία Κύπρου αναφέρει ότι ο [[person:Κλεάνθης Χατζηκυριάκου]] και η [[person:Νεοφύτα "
     "Παντελίδου]] άνοιξαν λογαριασμούς στη Λεμεσό για λογαριασμό του Ρώσου [[person:Ιλιά "
     "Ζουράβλιοφ]]. Ο [[person:Χατζηκυριάκου]] είναι δικηγόρος."),
    ("GR", "GR",
     "Κατάλογος επισκεπτών φυλακών Κορυδαλλού, 3 Απριλίου:\n"
     "[[person:Ασπασία Κοντογιάννη]]\n"
     "[[person:Φώτης Λεμονής]]\n"
     "δικηγόρος [[person:Ιάκωβος Μαυρίδης-Σπανός]]\n"
     "Δεν υπήρξαν άλλες επισκέψεις."),
    ("GR", "GR",
     "Πόρισμα ΣΔΟΕ: ο [[person:Χ. Μαυροκεφαλίδης]] εξέδωσε πλαστά τιμολόγια ύψους 2,4 εκατ. ευρώ "
     "προς την εταιρεία της [[person:Βαρβάρας Ζουμπουλάκη]]. Λογιστής και των δύο είναι ο "
     "[[person:Ηρακλής Τζιρτζιλάκης]]."),
    ("GR", "GR",
     "Η αστυνομία εντόπισε τον [[person:Προκόπη Σκλαβενίτη]] και την [[person:Δέσποινα "
     "Λαζαρίδου-Ρέτση]] στο ξενοδοχείο «Μέγας Αλέξανδρος» της Καβάλας. Ο [[person:Σκλαβενίτης]] "
     "αρνήθηκε ότι γνωρίζει τη [[person:Λαζαρίδου-Ρέτση]]."),
    (None, "GR",
     "Αίτημα της βρετανικής NCA: ο [[person:Barnaby Thistlethwaite]] (στα ελληνικά έγγραφα "
     "[[person:Μπάρναμπι Θίσλθγουέιτ]]) νοίκιασε βίλα στη Μύκονο μέσω της εταιρείας Aegean Dream "
     "Villas. Ο [[person:Θίσλθγουέιτ]] συνοδευόταν από τον [[person:Ντέκλαν Ο'Σάλιβαν]]."),
    ("GR", "GR",
     "Την Παρασκευή ο [[person:Παρασκευάς Μπουρνάζος]] παρέδωσε στον [[person:Αντώνη "
     "Ζαχαρόπουλο]] ένα δέμα στην οδό Μιαούλη. Ο [[person:Ζαχαρόπουλος]] είναι ιδιοκτήτης του "
     "μπαρ «Σαλονικιός»."),
    ("GR", "GR",
     "[[person:ΚΡΕΜΜΥΔΑΣ Αριστοτέλης]]: οδηγός φορτηγού, ύποπτος για μεταφορά λαθραίων τσιγάρων "
     "από τη Βουλγαρία. Συνεργάζεται με τη σύζυγό του [[person:Ουρανία Σταυροπούλου-Κρεμμύδα]] "
     "και με τον Βούλγαρο [[person:Ντιμιτάρ Ζλάτεφ]]."),
    ("GR", "GR",
     "Απομαγνητοφώνηση: άγνωστος άνδρας λέει «Κύριε [[person:Τσουκαλόπουλε]], ο Μάκης έφερε το "
     "εμπόρευμα». Ο [[person:Σωκράτης Τσουκαλόπουλος]] απαντά ότι θα πληρώσει τον "
     "[[person:Μουρατίδη]] την Τρίτη."),
    ("GR", "GR",
     "Ο λογαριασμός της [[person:Θεοπίστης Ανδρουλάκη]] στην Τράπεζα Πειραιώς πιστώθηκε με "
     "18.000 ευρώ από την [[person:Ελευθερία Σαχπάζη]]. Η [[person:Σαχπάζη]] δηλώνει ότι "
     "επρόκειτο για δάνειο."),
    (None, "GR",
     "Η Λιμενική Αρχή Χανίων συνέλαβε τον Σύρο [[person:Χαϊθάμ αλ-Χουσαρί]] ([[person:هيثم "
     "الحصري]]) ως διακινητή. Το σκάφος «Αγία Ειρήνη» ανήκει στον [[person:Μανούσο "
     "Βαρδάκη-Τζανάκη]]."),
    (None, "GR",
     "Ο [[person:Ιορδάνης Κεχαγιάς]], γνωστός ως «ο Πόντιος», εισπράττει «προστασία» από τα μπαρ "
     "της οδού Τσιμισκή. Βοηθός του είναι ο [[person:Σεραφείμ Γαβριηλίδης]], τον οποίο οι "
     "θαμώνες φωνάζουν «Σέρα». Ο [[person:Κεχαγιάς]] οδηγεί μαύρη Mercedes."),
    ("GR", "GR",
     "Εμβάσματα προς Αλβανία: αποστολέας η [[person:Αλεξάνδρα Τριανταφυλλίδου]] (ΑΦΜ "
     "[[national_id:138472050]]), δικαιούχος ο [[person:Γκεζίμ Μπαλιάι]]. Ο [[person:Μπαλιάι]] "
     "είναι σύντροφος της [[person:Τριανταφυλλίδου]]."),
    ("GR", "GR",
     "Οι γείτονες περιγράφουν τον [[person:Φιλήμονα Καλαθά]] ως ήσυχο άνθρωπο. Κάθε Σάββατο όμως "
     "ο [[person:Καλαθάς]] φορτώνει κιβώτια στο φορτηγάκι της εταιρείας «Καλαθάς Τρόφιμα Ο.Ε.». "
     "Τα κιβώτια παραλαμβάνει η [[person:Μυρτώ Αγγελάκη-Βέρρα]]."),
    ("GR", "GR",
     "Στον φάκελο υπάρχουν αποδείξεις υπογεγραμμένες από τον [[person:Κ.Δ. Βαμβακά]] και την "
     "[[person:Π. Στρογγυλού]]. Ο [[person:Βαμβακάς]] είναι ταμίας του συλλόγου «Παύλος Μελάς»."),
    ("GR", "GR",
     "Οι ιταλικές αρχές ζητούν πληροφορίες για τον [[person:Gennaro Capuozzo]], ο οποίος έφτασε "
     "στην Πάτρα με το πλοίο «Olympic Champion» μαζί με τον [[person:Ciro Malafronte]]. Σε βάρος "
     "του [[person:Καπουότσο]] εκκρεμεί ένταλμα σύλληψης."),
    (None, "GR",
     "Αίτημα προς τη Ρωσία: η [[person:Ζλάτα Μπεσπάλοβα]] ([[person:Злата Беспалова]]) αγόρασε "
     "ακίνητο στη Χαλκιδική. Ο σύζυγός της, [[person:Ρόμαν Μπεσπάλοφ]], ελέγχεται ήδη στην Κύπρο."),
]

# --- Arabic --------------------------------------------------------------------------------------

RECORDS["ar"] = [
    ("MA", "MA",
     "محضر مراقبة، يوم الثلاثاء 14 ماي: على الساعة 21:10 غادر [[person:عبد الحق الورياغلي]] مقهى "
     "«الحاج» بشارع محمد الخامس في الحسيمة، وركب سيارة رمادية. بعد ربع ساعة التقى "
     "[[person:الورياغلي]] بـ[[person:سفيان أمزيان]] قرب الميناء."),
    ("MA", "MA",
     "ملخص التنصت على الرقم [[phone:0661-482937]]: المستعمل، المدعو [[person:رضوان بلمقدم]]، "
     "يطلب من شخص يلقب «الكابران» نقل البضاعة إلى مستودع شركة بلمقدم للنقل. ويذكر أن "
     "[[person:حسناء الطاهري]] ستسلم المال لـ[[person:بلمقدم]] يوم الجمعة."),
    ("EG", "EG",
     "محضر ضبط: المتهم [[person:شعبان عبد الستار الدسوقي]]، الرقم القومي "
     "[[national_id:28103150201837]]، ضبط بحوزته 3 كيلوغرامات من الحشيش في شارع جمال عبد الناصر "
     "بالإسكندرية. وأقر [[person:الدسوقي]] بأنه يعمل لحساب [[person:عرفة حامد الشرنوبي]]."),
    ("AE", "AE",
     "طلب معلومات: يرجى التحقق من حسابات [[person:حمدان بن سيف بن مطر آل حمرور]] ومن تحويلات "
     "شقيقته [[person:موزة بنت سيف آل حمرور]] إلى شركة الراشد للتجارة العامة في دبي. ولم يرد اسم "
     "[[person:آل حمرور]] في سجلات المصرف المركزي من قبل."),
    (None, "JO",
     "وفقاً لطلب من الشرطة البريطانية، استأجر [[person:Gideon Fairbrother-Lamb]] ([[person:جدعون "
     "فيربراذر-لامب]]) شقة في عمّان باسم شركة «Levant Horizon»، وكان يرافقه [[person:يزيد "
     "الحمامدة]]. وقد غادر [[person:فيربراذر-لامب]] الأردن في أيار."),
    ("TN", "TN",
     "تقرير مراقبة: [[person:وسام بن عمر الجندوبي]] يلتقي [[person:منجي القفصي]] في مقهى «باب "
     "بحر» بنهج ابن خلدون. ثم يتوجه [[person:الجندوبي]] إلى محل صرافة يملكه [[person:الطاهر بن "
     "صالحة]]."),
    (None, "MA",
     "أفاد الشاهد [[person:محند أوبلعيد]] أنه رأى [[person:كريمة الزرهوني]] و[[person:لحسن أيت "
     "بوزيد]] يفرغان صناديق من شاحنة قرب مستودع «بركة». وأضاف أن [[person:الزرهوني]] كانت تتحدث "
     "مع رجل يدعى مصطفى."),
    ("EG", "EG",
     "أفادت التحريات أن السيد [[person:مجدي السيد الشناوي]] يستخدم مخزناً في شبرا الخيمة لتخزين "
     "أدوية مهربة بالاشتراك مع [[person:هاني فكري عوض الله]]. وتبين أن [[person:عوض الله]] سافر "
     "إلى بنغازي في شهر رجب."),
    ("JO", "JO",
     "أسماء الموقوفين في قضية التهريب: [[person:عدنان صايل الخريشا]]، [[person:بشير نايف "
     "المساعيد]]، [[person:رانيا طلال القضاة]] و[[person:ثامر أبو عرابي]]. وقد ضبطت بحوزتهم "
     "مركبة مسجلة باسم شركة «القضاة إخوان»."),
    (None, "AE",
     "أفادت السلطات الروسية بأن [[person:ياروسلاف كوزوبروف]] ([[person:Ярослав Козубров]]) اشترى "
     "شقتين في دبي مارينا عبر شركة يملكها [[person:نعيم المهيري]]. ولم يستدل على "
     "[[person:كوزوبروف]] منذ آذار."),
    ("MA", "MA",
     "لائحة زوار السجن المحلي عين السبع، 5 أكتوبر:\n"
     "[[person:نزهة الكرواني]]\n"
     "[[person:زكرياء بنعبو]]\n"
     "المحامي [[person:عبد اللطيف الزكراوي]]\n"
     "لم تسجل زيارات أخرى."),
    ("SA", "SA",
     "تشير المعلومات إلى أن المدعو [[person:مشاري بن فهد بن حمود الدغيثر]] يحول أموالاً إلى شخص "
     "يكنى «أبو حذيفة» في إدلب عبر الصراف [[person:عبيد الله الحويطي]]. ويستعمل "
     "[[person:الدغيثر]] حساباً باسم زوجته [[person:نوف بنت سعد الرميح]]."),
    ("EG", "EG",
     "أبلغت الشرطة الفرنسية عن المدعوة [[person:ماري-كلود فيرماندو]] ([[person:Marie-Claude "
     "Vermandeau]]) التي تدير مطعم «لو موليير» في القاهرة الجديدة، وتتعامل مع [[person:سامح رزق "
     "الله جرجس]]. وقد زار [[person:جرجس]] باريس مرتين خلال العام الماضي."),
    ("MA", "MA",
     "اتصل المتهم [[person:أيوب الفيلالي]] ب[[person:حمو أوزال]] ثلاث مرات ليلة 12 يونيو، ثم "
     "توجه إلى فندق ابن بطوطة في طنجة. وتبين أن [[person:أوزال]] يملك قارباً يحمل اسم «ياسمين»."),
    ("TN", "TN",
     "طلبت الشرطة الألمانية معلومات عن [[person:كلاوس-ديتر هيرشفيلدر]] الذي اشترى عقاراً في "
     "الحمامات باسم زوجته التونسية [[person:سنية المزوغي]]. وقد حول [[person:هيرشفيلدر]] الأموال "
     "من حساب في فرانكفورت، وفق ما أفاد به المحامي الألماني [[person:Uwe Kettelhack]]."),
    (None, "MA",
     "[[person:إيطو أيت حدو]] وابنها [[person:موحى أوسعيد]] يؤويان مهاجرين في منزل بدوار تيزي. "
     "وتفيد التحريات أن [[person:أيت حدو]] تتقاضى 2000 درهم عن كل شخص يرسله المدعو «الصحراوي»."),
    ("EG", "EG",
     "حولت [[person:نيرة مختار الجارحي]] مبالغ ل[[person:وائل عبد المنعم]] و[[person:إسلام حمدي "
     "الفقي]] خلال شهر رمضان. ولم يعثر على [[person:الجارحي]] في عنوانها المسجل."),
    ("JO", "JO",
     "أفاد المخبر أن [[person:خليل أبو رمان]] وشقيقه [[person:عمار أبو رمان]] يلتقيان برجل يكنى "
     "«أبو فارس» في مطعم «أبو جبارة» بشارع الملك حسين. وتبين لاحقاً أن «أبو فارس» هو "
     "[[person:مازن عقل الفناطسة]]."),
    ("MA", "MA",
     "في محضر الاستماع، صرح [[person:EL MOUDDEN Yassir]] ([[person:ياسر المودن]]) بأنه سلم "
     "الحقيبة إلى [[person:نور الدين الحيحي]] في محطة القطار بالقنيطرة."),
    ("AE", "AE",
     "أوقفت شرطة الشارقة العامل الباكستاني [[person:شاه زيب خان يوسفزي]] والهندي [[person:سانتوش "
     "كوتيكال]] بتهمة غسل الأموال. وقد اعترف [[person:يوسفزي]] بأنه تلقى الأموال من "
     "[[person:رفيق ميرزا بيغ]]."),
    (None, "EG",
     "طلبت السلطات اليونانية معلومات عن البحار [[person:ستافروس كاراتزوغلو]] ([[person:Stavros "
     "Karatzoglou]]) الذي نقل شحنة سجائر على متن السفينة «سلوى» لحساب المدعو [[person:صبري "
     "الطوخي]]."),
    (None, "MA",
     "تبين من كشف الحساب أن [[person:فدوى الكتاني]]، زوجة [[person:المكي الشرادي]]، تلقت تحويلات "
     "من [[person:Jean-Rémi Lhuillier]] عبر بنك التجاري وفا بالدار البيضاء."),
    ("OM", "AE",
     "أفادت شرطة عمان السلطانية بأن [[person:شيخة بنت هلال بن خميس الحجرية]] استلمت حوالات من "
     "[[person:بدر بن علي الغيلاني]]، وأن [[person:الحجرية]] تدير محل عطور في مطرح يحمل اسم "
     "«عطور الخنساء»."),
    ("TN", "TN",
     "حجزت الديوانة بميناء رادس حاوية باسم شركة «التومي للتصدير». وتبين أن صاحبها [[person:منصف "
     "التومي]] شريك لـ[[person:قيس العكرمي]] و[[person:وجدي بن يوسف الدريدي]]."),
    (None, "JO",
     "خلاصة المراقبة الإلكترونية: الحساب @sultan_alsham يديره [[person:سلطان حمزة الأتاسي]] "
     "([[person:Sultan Hamza Al-Atassi]])، وينشر إعلانات لتهريب أشخاص بالتعاون مع [[person:جوان "
     "حسو]]. ويظهر [[person:الأتاسي]] في مقطع مصور مع شخص يلقب «الدكتور»."),
]


# --- checks ----------------------------------------------------------------------------------

def dev_person_names() -> set[str]:
    """Every person span in ``build_dev.py``'s texts: none of them may be reused here."""
    names = set()
    for rows in dev.RECORDS.values():
        for _, _, marked in rows:
            names.update(m.group(2) for m in dev.MARK.finditer(marked) if m.group(1) == "person")
    return names


def build_record(ident: str, language: str, country: str | None, agency: str,
                 marked: str) -> dict:
    record = dev.build_record(ident, language, country, agency, marked)
    for a, b in pairwise(record["spans"]):
        assert a["end"] <= b["start"], (ident, a, b)
    for span in record["spans"]:
        if span["kind"] == "person":
            # the English possessive stays outside: "Osgood's" -> "Osgood"
            assert not re.search(r"['’]s$", span["text"]), (ident, span)
    return record


def build() -> list[dict]:
    records = []
    for language in dev.LANGUAGES:
        rows = RECORDS[language]
        assert len(rows) == TEXTS_PER_LANGUAGE, (language, len(rows))
        for n, (country, agency, marked) in enumerate(rows, start=1):
            records.append(build_record(f"n-{language}-{n:02d}", language, country, agency,
                                        marked))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    persons = Counter(r["language"] for r in records for s in r["spans"] if s["kind"] == "person")
    assert all(persons[lang] >= MIN_PERSONS_PER_LANGUAGE for lang in dev.LANGUAGES), persons
    assert sum(persons.values()) >= MIN_PERSONS, persons
    nulls = sum(r["country"] is None for r in records)
    assert 0.2 <= nulls / len(records) <= 0.3, nulls
    names = {s["text"] for r in records for s in r["spans"] if s["kind"] == "person"}
    reused = names & dev_person_names()
    assert not reused, sorted(reused)
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    if "--table" in sys.argv:
        print(dev.counts_table(records))


if __name__ == "__main__":
    main()
