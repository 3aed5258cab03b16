#!/usr/bin/env python3
"""Build Liaison's frozen cross-referencing (record linkage) evaluation set.

Seven partner agencies' FollowTheMoney exports describe invented people; ``truth.json`` says which
Person entities are the same real person and which same-named entities are different people.
See README.md beside this file. The set was written apart from the matching code: nothing here
comes from ``liaison.analysis.xref``, the normaliser or the transliteration tables, and nothing
imports ``liaison``. Every name table, spelling convention and number format below was written for
this generator.

    python build_eval.py                        # (re)write eval_2k/ and eval_2k.sha256
    python build_eval.py --check                # rebuild the 2k set in a temporary folder and
                                                # compare it byte for byte with the frozen one
    python build_eval.py --persons 20000 --out eval_20k
    python build_eval.py --salt dev1 --out DIR  # a development twin to tune on (not committed)

Standard library only. Deterministic for a given ``--persons`` and ``--salt``: string seeds, no
iteration over sets, no clock.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate, combinations
from pathlib import Path

VERSION = 1
SEED = "liaison-xref-eval-v1"
HERE = Path(__file__).resolve().parent
FROZEN_DIR = HERE / "eval_2k"
FROZEN_SHA = HERE / "eval_2k.sha256"
FROZEN_PERSONS = 2000


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

def words(text: str) -> list[str]:
    """Whitespace-separated table; '_' stands for a space inside one entry."""
    return [w.replace("_", " ") for w in text.split()]


def wpick(rng: random.Random, pairs):
    """Weighted choice from [(value, weight), ...] (weights need not sum to 1)."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, weight in pairs:
        x -= weight
        if x < 0:
            return value
    return pairs[-1][0]


class Zipf:
    """Pick from a list ordered most-common first with a Zipf-like skew."""

    def __init__(self, items, s: float = 1.0):
        self.items = list(items)
        self.cum = list(accumulate(1.0 / (r + 1) ** s for r in range(len(self.items))))

    def pick(self, rng: random.Random, avoid=()):
        for _ in range(20):
            x = rng.random() * self.cum[-1]
            item = self.items[min(bisect_right(self.cum, x), len(self.items) - 1)]
            if item not in avoid:
                return item
        return item


FOLD_MAP = str.maketrans({
    "ł": "l", "Ł": "L", "ß": "ss", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "’": "'",
})
GERMAN_MAP = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                            "ß": "ss"})


def ascii_fold(s: str) -> str:
    s = s.translate(FOLD_MAP)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def german_fold(s: str) -> str:
    return ascii_fold(s.translate(GERMAN_MAP))


def keyify(s: str) -> str:
    """Script-free comparison key of an already romanised string: lowercase a-z only."""
    return re.sub("[^a-z]", "", ascii_fold(s).lower())


def upper(s: str) -> str:
    """Upper case as a records system writes it: Greek loses its accents."""
    if any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in s):
        s = unicodedata.normalize("NFC", "".join(
            c for c in unicodedata.normalize("NFD", s) if c != "\u0301"))
    return s.upper()


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def title_words(s: str) -> str:
    """Capitalise the first letter of every word and hyphen part (keeps the rest)."""
    return re.sub(r"(^|[\s\-'])(\w)", lambda m: m.group(1) + m.group(2).upper(), s)


def script_of(s: str) -> str:
    for c in s:
        if "\u0400" <= c <= "\u04ff":
            return "Cyrillic"
        if "\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff":
            return "Greek"
        if "\u0600" <= c <= "\u06ff":
            return "Arabic"
    return "Latin"


def levenshtein(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


KEYBOARD = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok",
    "o": "ipl", "p": "ol", "a": "qsz", "s": "adwz", "d": "sfe", "f": "dgr", "g": "fht",
    "h": "gjy", "j": "hku", "k": "jli", "l": "ko", "z": "asx", "x": "zc", "c": "xv", "v": "cb",
    "b": "vn", "n": "bm", "m": "n",
}


def typo(s: str, rng: random.Random) -> str:
    """One edit, never on the first letter: keyboard slip, dropped, swapped or doubled letter."""
    pos = [i for i, c in enumerate(s) if c.isalpha()][1:]
    if len(pos) < 3:
        return s
    i = rng.choice(pos[:-1])
    c = s[i]
    op = rng.random()
    if op < 0.35 and c.lower() in KEYBOARD:
        n = rng.choice(KEYBOARD[c.lower()])
        return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1:]
    if op < 0.6:
        return s[:i] + s[i + 1:]
    if op < 0.85 and s[i + 1].isalpha() and s[i + 1] != c:
        return s[:i] + s[i + 1] + c + s[i + 2:]
    return s[:i] + c + s[i:]


# --------------------------------------------------------------------------------------------
# Agencies
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Agency:
    code: str
    cc: str          # ISO country code, lower case
    lang: str        # writing convention: en fr de pl el ar uk
    name: str


AGENCIES = (
    Agency("GB_NCA", "gb", "en", "National Crime Agency (United Kingdom)"),
    Agency("FR_OCRTIS", "fr", "fr", "Office central pour la répression du trafic illicite des "
                                    "stupéfiants (France)"),
    Agency("DE_BKA", "de", "de", "Bundeskriminalamt (Germany)"),
    Agency("PL_CBSP", "pl", "pl", "Centralne Biuro Śledcze Policji, CBŚP (Poland)"),
    Agency("GR_HP", "gr", "el", "Ελληνική Αστυνομία, Hellenic Police (Greece)"),
    Agency("MA_DGSN", "ma", "ar", "Direction générale de la Sûreté nationale, DGSN (Morocco)"),
    Agency("UA_NPU", "ua", "uk", "Національна поліція України, National Police (Ukraine)"),
)
AGENCY = {a.code: a for a in AGENCIES}
CODES = [a.code for a in AGENCIES]

# How each agency orders a Latin-script name. GS: Given Surname; SG: SURNAME Given;
# S,G: Surname, Given; SU,G: SURNAME, Given; a trailing ^ writes the whole name in capitals.
ORDERS = {
    "GB_NCA": [("GS", 55), ("SU,G", 15), ("S,G", 10), ("GS^", 20)],
    "FR_OCRTIS": [("SG", 60), ("GS", 20), ("GS^", 10), ("SU,G", 10)],
    "DE_BKA": [("S,G", 45), ("GS", 35), ("GS^", 10), ("SU,G", 10)],
    "PL_CBSP": [("GS", 55), ("SG", 25), ("GS^", 20)],
    "GR_HP": [("SG^", 50), ("GS", 30), ("SG", 20)],
    "MA_DGSN": [("SG", 55), ("GS", 30), ("GS^", 15)],
    "UA_NPU": [("GS", 40), ("SG^", 35), ("SG", 25)],
}
# Diacritics of Latin names: keep, strip, or German-style (ue, oe, ae, ss).
FOLDING = {
    "GB_NCA": [("keep", 40), ("ascii", 60)],
    "FR_OCRTIS": [("keep", 60), ("ascii", 40)],
    "DE_BKA": [("keep", 70), ("german", 20), ("ascii", 10)],
    "PL_CBSP": [("keep", 80), ("ascii", 20)],
    "GR_HP": [("keep", 40), ("ascii", 60)],
    "MA_DGSN": [("keep", 40), ("ascii", 60)],
    "UA_NPU": [("keep", 50), ("ascii", 50)],
}
# Share of an agency's records that carry each fact (before the sparse/name-only modes).
COVER = {
    "GB_NCA": dict(birth=.85, nat=.8, passport=.55, idn=.15, phone=.6, email=.4, address=.5,
                   gender=.5, birthplace=.2),
    "FR_OCRTIS": dict(birth=.9, nat=.85, passport=.45, idn=.35, phone=.6, email=.3, address=.55,
                      gender=.3, birthplace=.5),
    "DE_BKA": dict(birth=.9, nat=.9, passport=.6, idn=.3, phone=.5, email=.35, address=.5,
                   gender=.4, birthplace=.45),
    "PL_CBSP": dict(birth=.9, nat=.8, passport=.45, idn=.45, phone=.6, email=.25, address=.45,
                    gender=.3, birthplace=.3),
    "GR_HP": dict(birth=.85, nat=.85, passport=.5, idn=.45, phone=.5, email=.2, address=.5,
                  gender=.3, birthplace=.35),
    "MA_DGSN": dict(birth=.8, nat=.8, passport=.5, idn=.5, phone=.65, email=.2, address=.4,
                    gender=.3, birthplace=.3),
    "UA_NPU": dict(birth=.9, nat=.8, passport=.5, idn=.4, phone=.6, email=.3, address=.4,
                   gender=.3, birthplace=.3),
}
YEAR_ONLY = {"GB_NCA": .08, "FR_OCRTIS": .06, "DE_BKA": .05, "PL_CBSP": .05, "GR_HP": .1,
             "MA_DGSN": .15, "UA_NPU": .06}
NAME_ONLY = .08      # intelligence mentions: a name and nothing else
SPARSE = .22         # a name and a few facts
SWAP_ELIGIBLE = .14  # day/month swapped, among full dates whose day could be a month (~5% overall)
TYPO = .045          # one edit in one name part
PASSPORT_ENTITY = {"DE_BKA": .4, "GB_NCA": .3}


# --------------------------------------------------------------------------------------------
# Name tables (invented for this set; most common first, so the Zipf pick gives the skew)
# --------------------------------------------------------------------------------------------

LATIN = {
    "english": dict(
        m=words("David James John Michael Paul Mark Andrew Richard Daniel Thomas Christopher "
                "Robert Steven Matthew Peter Anthony William Stephen Gary Lee Craig Darren Jason "
                "Ryan Liam Connor Jack Callum Kieran Scott Wayne Dean Shaun Gavin Neil Adam "
                "Simon Martin Ian Kevin Jamie"),
        f=words("Sarah Emma Claire Laura Rebecca Lisa Michelle Nicola Karen Helen Rachel Amy "
                "Gemma Jessica Hannah Charlotte Victoria Louise Joanne Kelly Stacey Chloe Sophie "
                "Lauren Jade Kirsty Natalie Samantha Donna Leanne"),
        s=words("Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts "
                "Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris "
                "Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee "
                "King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price "
                "Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins "
                "Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams "
                "Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Hunt Campbell Matthews "
                "Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher "
                "Stevens Jenkins Murray Dixon Harvey O'Brien O'Connor McDonald O'Neill McCarthy "
                "MacKenzie Thomson Robertson Stephens Philips"),
        near=[("Thompson", "Thomson"), ("Clarke", "Clark"), ("Davies", "Davis"),
              ("Harris", "Harrison"), ("Robinson", "Robertson"), ("Stevens", "Stephens"),
              ("Phillips", "Philips"), ("Richards", "Richardson"), ("Wilson", "Wilkinson")],
        middle=.5, married=True),
    "french": dict(
        m=words("Jean Pierre Michel Philippe Nicolas Christophe Patrick Laurent Frédéric "
                "Stéphane Sébastien Julien David Thomas Éric Olivier Pascal Thierry Daniel "
                "François Jérôme Mathieu Cédric Vincent Antoine Maxime Romain Kévin Guillaume "
                "Benoît Hervé Alain Jean-Pierre Jean-Luc Jean-Marc Jean-François Jean-Claude "
                "Pierre-Yves Marc Yannick"),
        f=words("Marie Nathalie Isabelle Sylvie Catherine Françoise Sandrine Céline Valérie "
                "Christine Stéphanie Sophie Véronique Aurélie Émilie Julie Camille Laure Hélène "
                "Marie-Claire Anne-Sophie Chloé Manon Léa Inès Sarah Audrey Élodie Virginie "
                "Delphine"),
        s=words("Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon "
                "Michel Lefèvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont "
                "Lambert Fontaine Rousseau Vincent Lefebvre Faure André Mercier Blanc Guérin "
                "Boyer Garnier Chevalier François Legrand Gauthier Perrin Robin Clément Morin "
                "Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont "
                "Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas "
                "Brunet Gaillard Barbier Arnaud Gérard Roche Renard Schmitt Roy Leroux Colin "
                "Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier "
                "Bourgeois Benoît Rey Leclerc Le_Gall Da_Silva Le_Goff Le_Roux Lévêque Prévost "
                "Martins Marin Durant Leroi Dubos Laurens Moreaux"),
        near=[("Martin", "Martins"), ("Martin", "Marin"), ("Durand", "Durant"),
              ("Leroy", "Leroi"), ("Dubois", "Dubos"), ("Laurent", "Laurens"),
              ("Moreau", "Moreaux"), ("Lefèvre", "Lefebvre"), ("Roux", "Leroux"),
              ("Gauthier", "Gautier")],
        middle=.35, married=True),
    "german": dict(
        m=words("Thomas Michael Andreas Stefan Christian Markus Frank Peter Klaus Jürgen Uwe "
                "Wolfgang Sven Tobias Jan Lukas Felix Maximilian Jonas Florian Sebastian Dirk "
                "Torsten Jörg Björn Kai Matthias Ralf Dieter Hans Karl-Heinz Hans-Peter Günter "
                "Alexander Daniel"),
        f=words("Sabine Petra Claudia Susanne Andrea Birgit Stefanie Katrin Julia Anna Laura "
                "Lea Sarah Jana Nicole Monika Ursula Jutta Heike Anja Sandra Kerstin Katharina "
                "Lena Ines Christina Melanie Tanja Silke Jessica"),
        s=words("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
                "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann "
                "Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann "
                "Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs "
                "Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller "
                "Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster "
                "Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto "
                "Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler "
                "Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer "
                "Fischler Bäcker"),
        near=[("Müller", "Möller"), ("Schmidt", "Schmitt"), ("Meyer", "Meier"),
              ("Hoffmann", "Hofmann"), ("Schulz", "Schulze"), ("Kuhn", "Kühn"),
              ("Wolf", "Wolff"), ("Schneider", "Schreiber"), ("Becker", "Bäcker"),
              ("Fischer", "Fischler")],
        middle=.3, married=True),
    "spanish": dict(
        m=words("José Antonio Manuel Francisco Juan David Javier Daniel Carlos Jesús Alejandro "
                "Miguel Rafael Pedro Pablo Ángel Sergio Fernando Jorge Luis Alberto Álvaro "
                "Diego Adrián Raúl Enrique Ramón Vicente Iván Rubén José_Luis José_Antonio "
                "Juan_Carlos José_Manuel Francisco_Javier Miguel_Ángel"),
        f=words("María Carmen Ana Isabel Laura Cristina Marta Lucía Paula Elena Sara Raquel "
                "Pilar Rosa Beatriz Nuria Silvia Julia Patricia Irene María_José María_Carmen "
                "Ana_María Mercedes Dolores"),
        s=words("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín "
                "Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez "
                "Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina "
                "Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias "
                "Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz "
                "Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega "
                "Fuentes Carrasco Díez Caballero Reyes Nieto Aguilar Pascual Santana Herrero "
                "Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Velázquez Sáenz Gámez"),
        near=[("Giménez", "Jiménez"), ("Fernández", "Hernández"), ("Sánchez", "Sáenz"),
              ("Gómez", "Gámez"), ("Díaz", "Díez"), ("Vázquez", "Velázquez"),
              ("Martín", "Marín")],
        middle=0.0, married=False),
    "polish": dict(
        m=words("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz "
                "Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Rafał Robert Kamil "
                "Jacek Jerzy Maciej Sławomir Przemysław Bartłomiej Szymon Kacper Dawid "
                "Sebastian Ryszard Stanisław Tadeusz Józef"),
        f=words("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena "
                "Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta "
                "Beata Dorota Justyna Paulina Jolanta Iwona Grażyna Alicja Weronika Julia "
                "Wiktoria"),
        s=words("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
                "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski "
                "Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski "
                "Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Jaworski "
                "Malinowski Stępień Dudek Górski Witkowski Walczak Sikora Baran Rutkowski "
                "Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Marciniak "
                "Jasiński Zawadzki Bąk Jakubowski Sadowski Duda Włodarczyk Wilk Chmielewski "
                "Borkowski Sokołowski Szczepański Sawicki Lis Kucharski Kalinowski Wysocki "
                "Mazurek Kubiak Maciejewski Czarnecki Kołodziej Urbański Kaźmierczak Sobczak "
                "Konieczny Głowacki Zakrzewski Krajewski Adamczyk Janowski Wiśniowski Malewski "
                "Kamieński"),
        near=[("Kowalski", "Kozłowski"), ("Kowalski", "Kowalczyk"), ("Nowak", "Nowakowski"),
              ("Jankowski", "Janowski"), ("Wiśniewski", "Wiśniowski"),
              ("Majewski", "Malewski"), ("Kamiński", "Kamieński"), ("Mazur", "Mazurek"),
              ("Wróbel", "Wróblewski")],
        middle=.25, married=True),
    "turkish": dict(
        m=words("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer "
                "Ramazan Halil Süleyman Abdullah Mahmut Salih Kemal Emre Burak Serkan Fatih Cem "
                "Onur Kadir Recep Erdal Gökhan"),
        f=words("Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve "
                "Özlem Esra Büşra Derya Gül Yasemin"),
        s=words("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan "
                "Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır "
                "Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal "
                "Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Demirci "
                "Karaca Koçak Aydemir Özkurt"),
        near=[("Demir", "Demirci"), ("Arslan", "Aslan"), ("Kara", "Karaca"), ("Koç", "Koçak"),
              ("Aydın", "Aydemir"), ("Öztürk", "Özkurt"), ("Özcan", "Özkan")],
        middle=.1, married=False),
    "albanian": dict(
        m=words("Arben Besnik Gëzim Ilir Fatmir Artan Agron Bujar Dritan Edmond Erion Florian "
                "Genti Klodian Altin Ardit Blerim Driton Kreshnik Luan Shpëtim Valon Ylli "
                "Armand Endrit Fation Sokol Petrit Mentor Gentian"),
        f=words("Drita Elira Mimoza Blerta Besa Vjollca Arta Fatjona Elona Jonida Anjeza Klea "
                "Ermira Mirela Lindita Valbona Xhenisa Rudina Arjola Entela"),
        s=words("Hoxha Krasniqi Gashi Berisha Shehu Hysa Kola Leka Dervishi Çela Basha Marku "
                "Gjoka Prifti Lika Mema Rama Shala Bytyqi Morina Kryeziu Hasani Rexhepi Ahmeti "
                "Mustafa Muça Hysaj Bregu Kapllani Zeneli Spahiu Tafa Dushku Xhafa Koci Halili "
                "Musliu Dema Hoxhaj Gjoni Meta Kraniqi Shehaj"),
        near=[("Hoxha", "Hoxhaj"), ("Hysa", "Hysaj"), ("Gjoka", "Gjoni"), ("Hasani", "Halili"),
              ("Krasniqi", "Kraniqi"), ("Shehu", "Shehaj")],
        middle=0.0, married=False),
    "romanian": dict(
        m=words("Ion Gheorghe Vasile Constantin Nicolae Mihai Andrei Alexandru Florin Ionuț "
                "Adrian Marius Cristian Daniel Gabriel Ștefan Bogdan Cătălin Răzvan Sorin Dorin "
                "Viorel Dumitru Petru Lucian Ovidiu"),
        f=words("Maria Elena Ioana Ana Mihaela Andreea Cristina Gabriela Alexandra Daniela "
                "Florentina Georgiana Alina Ramona Nicoleta Loredana Roxana Simona Denisa "
                "Larisa"),
        s=words("Popescu Popa Pop Radu Ionescu Dumitru Stoica Stan Gheorghe Matei Ciobanu Rusu "
                "Munteanu Constantin Mihai Marin Ene Tudor Dinu Georgescu Ilie Barbu Lazăr "
                "Moldovan Florea Niculescu Ursu Sandu Preda Dobre Nistor Cristea Toma Zamfir "
                "Stănescu Dragomir Oprea Vasile Voicu Lungu Neagu Badea Iordache Țurcanu Moraru "
                "Mocanu Diaconu Anghel Marinescu Coman Bălan Șerban Ionașcu Rădulescu Stanciu "
                "Dumitrescu"),
        near=[("Popescu", "Popa"), ("Popa", "Pop"), ("Ionescu", "Ionașcu"),
              ("Radu", "Rădulescu"), ("Stan", "Stanciu"), ("Dumitru", "Dumitrescu"),
              ("Georgescu", "Gheorghe")],
        middle=.25, married=True),
    "italian": dict(
        m=words("Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro "
                "Salvatore Carlo Franco Domenico Bruno Paolo Michele Giorgio Marco Alessandro "
                "Andrea Luca Matteo Lorenzo Stefano Roberto Davide Simone Gianluca Massimo "
                "Fabio Nicola Gennaro Ciro"),
        f=words("Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina "
                "Francesca Giulia Chiara Sara Valentina Alessia Martina Federica Elena Silvia "
                "Paola Laura Roberta Antonella"),
        s=words("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno "
                "Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri "
                "Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo "
                "Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti "
                "Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina "
                "Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo "
                "Morelli Amato Silvestri Mazza Testa D'Amico Rosso Romani Greci Esposti "
                "Martino"),
        near=[("Rossi", "Rosso"), ("Russo", "Rosso"), ("Ferrari", "Ferrara"),
              ("Ferraro", "Ferrari"), ("Bianchi", "Bianco"), ("Romano", "Romani"),
              ("Marino", "Marini"), ("Greco", "Greci"), ("Esposito", "Esposti"),
              ("Lombardi", "Lombardo"), ("Martini", "Martino")],
        middle=.15, married=False),
}

# Cultures whose Latin spellings vary per person: key:Variant/Variant/...
VARIANT_CULTURES = {
    "nigerian": dict(
        m="chukwuemeka:Chukwuemeka emeka:Emeka oluwaseun:Oluwaseun olumide:Olumide "
          "adebayo:Adebayo babatunde:Babatunde ibrahim:Ibrahim musa:Musa "
          "abubakar:Abubakar/Abubakr samuel:Samuel daniel:Daniel emmanuel:Emmanuel/Emanuel "
          "david:David joseph:Joseph michael:Michael john:John godwin:Godwin olufemi:Olufemi "
          "olusegun:Olusegun yusuf:Yusuf/Yusuff aliyu:Aliyu kelechi:Kelechi uchenna:Uchenna "
          "nnamdi:Nnamdi chibuike:Chibuike tochukwu:Tochukwu ifeanyi:Ifeanyi/Ifeanyichukwu",
        f="ngozi:Ngozi chiamaka:Chiamaka adaeze:Adaeze funmilayo:Funmilayo/Funmilola "
          "oluwakemi:Oluwakemi blessing:Blessing grace:Grace esther:Esther aisha:Aisha/Aishat "
          "fatima:Fatima/Fatimah amina:Amina/Aminat chioma:Chioma nkechi:Nkechi folake:Folake "
          "yetunde:Yetunde bukola:Bukola precious:Precious joy:Joy temitope:Temitope "
          "adaobi:Adaobi",
        s="okafor:Okafor okonkwo:Okonkwo eze:Eze adeyemi:Adeyemi ogunleye:Ogunleye "
          "abubakar:Abubakar bello:Bello ibrahim:Ibrahim musa:Musa muhammad:Mohammed/Muhammad "
          "okeke:Okeke nwosu:Nwosu obi:Obi adebayo:Adebayo oladipo:Oladipo balogun:Balogun "
          "olawale:Olawale chukwu:Chukwu nwachukwu:Nwachukwu uche:Uche ogunbiyi:Ogunbiyi "
          "afolabi:Afolabi akinola:Akinola adewale:Adewale uzoma:Uzoma emenike:Emenike "
          "danjuma:Danjuma yakubu:Yakubu/Yakub usman:Usman/Usmann sani:Sani lawal:Lawal "
          "okoro:Okoro okoye:Okoye adeleke:Adeleke ezeh:Ezeh ojo:Ojo",
        near=[("okafor", "okoro"), ("okeke", "okoye"), ("eze", "ezeh"), ("adeyemi", "adeleke"),
              ("obi", "ojo"), ("adebayo", "adewale")],
        middle=.55),
    "pakistani": dict(
        m="muhammad:Muhammad/Mohammad/Mohammed/Muhammed ahmad:Ahmed/Ahmad ali:Ali "
          "hasan:Hassan/Hasan uthman:Usman/Osman imran:Imran bilal:Bilal asif:Asif "
          "tariq:Tariq/Tarik kashif:Kashif faysal:Faisal/Faysal zeeshan:Zeeshan/Zishan "
          "adnan:Adnan naveed:Naveed/Navid shahid:Shahid waqas:Waqas kamran:Kamran "
          "irfan:Irfan rizwan:Rizwan/Rizvan sohail:Sohail/Suhail junaid:Junaid "
          "hamza:Hamza/Hamzah umar:Umar/Omar yasir:Yasir/Yasser",
        f="aisha:Ayesha/Aisha/Aysha fatima:Fatima/Fatimah sana:Sana hina:Hina saima:Saima "
          "nadia:Nadia rabia:Rabia amna:Amna/Amina sadia:Sadia maryam:Maryam/Mariam "
          "zaynab:Zainab/Zaynab bushra:Bushra asma:Asma farah:Farah iqra:Iqra",
        s="khan:Khan ahmad:Ahmed/Ahmad ali:Ali husayn:Hussain/Hussein/Husain shah:Shah "
          "malik:Malik butt:Butt chaudhry:Chaudhry/Chaudhary/Choudhry "
          "qureshi:Qureshi/Qureishi/Kureshi raza:Raza iqbal:Iqbal akhtar:Akhtar/Akhter "
          "aslam:Aslam rehman:Rehman/Rahman siddiqui:Siddiqui/Siddiqi mirza:Mirza "
          "sheikh:Sheikh/Shaikh javed:Javed/Javaid abbasi:Abbasi baig:Baig/Beg rana:Rana "
          "hashmi:Hashmi bhatti:Bhatti awan:Awan azhar:Azhar ikram:Ikram shahzad:Shahzad",
        near=[("rana", "raza"), ("butt", "bhatti"), ("akhtar", "azhar"), ("iqbal", "ikram"),
              ("shah", "shahzad")],
        middle=.0),
}

RU = dict(
    m=words("Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Николай "
            "Владимир Игорь Олег Павел Роман Юрий Виктор Вадим Артём Кирилл Денис Антон Фёдор "
            "Григорий Константин Станислав Вячеслав Ярослав Пётр Илья Тимур Егор Георгий "
            "Василий Борис Леонид Анатолий"),
    f=words("Анна Елена Ольга Наталья Татьяна Ирина Светлана Мария Екатерина Юлия Анастасия "
            "Дарья Ксения Людмила Галина Вера Надежда Марина Полина Софья Алёна Евгения "
            "Виктория Оксана Валентина Лариса"),
    s=words("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
            "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
            "Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев "
            "Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев "
            "Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов "
            "Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов "
            "Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников "
            "Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин "
            "Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв "
            "Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев "
            "Кудрявцев Прохоров Наумов Потапов Журавлёв Ковальский Ивашов Петраков Жучков "
            "Смирин Сокольский Орликов Волгин Макеев"),
    near=[("Иванов", "Ивашов"), ("Петров", "Петраков"), ("Жуков", "Жучков"),
          ("Смирнов", "Смирин"), ("Соколов", "Сокольский"), ("Орлов", "Орликов"),
          ("Волков", "Волгин"), ("Белов", "Беляев"), ("Фёдоров", "Федотов"),
          ("Макаров", "Макеев")],
)
RU_PATRONYMIC = {
    "Дмитрий": ("Дмитриевич", "Дмитриевна"), "Георгий": ("Георгиевич", "Георгиевна"),
    "Пётр": ("Петрович", "Петровна"), "Павел": ("Павлович", "Павловна"),
    "Илья": ("Ильич", "Ильинична"), "Михаил": ("Михайлович", "Михайловна"),
}


def ru_patronymic(father: str, gender: str) -> str:
    if father in RU_PATRONYMIC:
        return RU_PATRONYMIC[father][gender == "f"]
    if father.endswith("ий"):
        stem = father[:-2] + "ьев"
    elif father.endswith(("ей", "ай", "ь")):
        stem = father[:-1] + "ев"
    else:
        stem = father + "ов"
    return stem + ("на" if gender == "f" else "ич")


def ru_surname(s: str, gender: str) -> str:
    if gender != "f":
        return s
    if s.endswith(("ский", "цкий")):
        return s[:-2] + "ая"
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    return s


UK = dict(
    m=words("Олександр Андрій Сергій Дмитро Володимир Іван Микола Юрій Василь Олег Михайло "
            "Віталій Віктор Роман Богдан Тарас Ігор Максим Петро Олексій Павло Степан Євген "
            "Артем Денис Ярослав Григорій"),
    f=words("Олена Ольга Наталія Тетяна Ірина Оксана Юлія Марія Ганна Катерина Світлана "
            "Людмила Галина Валентина Вікторія Анастасія Софія Христина Надія Лариса"),
    s=words("Шевченко Коваленко Бондаренко Ткаченко Кравченко Коваль Бойко Олійник Шевчук "
            "Поліщук Лисенко Мельник Савченко Руденко Мороз Петренко Марченко Кравчук Ткачук "
            "Павленко Клименко Левченко Гончаренко Яковенко Гнатюк Кузьменко Карпенко "
            "Романенко Василенко Приходько Литвиненко Демченко Хоменко Кириленко Панченко "
            "Сидоренко Остапенко Тимошенко Мазур Пономаренко Ковальчук Савчук Іваненко "
            "Захарченко Білик Костенко Гаврилюк Мартинюк Гуменюк Ярошенко Зінченко Тарасенко "
            "Вишневський Петрук"),
    near=[("Коваленко", "Коваль"), ("Коваль", "Ковальчук"), ("Шевченко", "Шевчук"),
          ("Кравченко", "Кравчук"), ("Ткаченко", "Ткачук"), ("Петренко", "Петрук"),
          ("Савченко", "Савчук")],
)
# Ukrainian given names as a Russian-language record writes them, and the reverse.
UK_TO_RU = dict(zip(
    words("Олександр Андрій Сергій Дмитро Володимир Іван Микола Юрій Василь Олег Михайло "
          "Віталій Віктор Роман Богдан Тарас Ігор Максим Петро Олексій Павло Степан Євген Артем "
          "Денис Ярослав Григорій Олена Ольга Наталія Тетяна Ірина Оксана Юлія Марія Ганна "
          "Катерина Світлана Людмила Галина Валентина Вікторія Анастасія Софія Христина Надія "
          "Лариса"),
    words("Александр Андрей Сергей Дмитрий Владимир Иван Николай Юрий Василий Олег Михаил "
          "Виталий Виктор Роман Богдан Тарас Игорь Максим Пётр Алексей Павел Степан Евгений "
          "Артём Денис Ярослав Григорий Елена Ольга Наталья Татьяна Ирина Оксана Юлия Мария "
          "Анна Екатерина Светлана Людмила Галина Валентина Виктория Анастасия София Кристина "
          "Надежда Лариса"), strict=True))
RU_TO_UK = dict(zip(
    words("Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Николай "
          "Владимир Игорь Олег Павел Роман Юрий Виктор Вадим Артём Кирилл Денис Антон Фёдор "
          "Григорий Константин Станислав Вячеслав Ярослав Пётр Илья Тимур Егор Георгий Василий "
          "Борис Леонид Анатолий Анна Елена Ольга Наталья Татьяна Ирина Светлана Мария "
          "Екатерина Юлия Анастасия Дарья Ксения Людмила Галина Вера Надежда Марина Полина "
          "Софья Алёна Евгения Виктория Оксана Валентина Лариса"),
    words("Олександр Сергій Дмитро Андрій Олексій Максим Євген Іван Михайло Микола Володимир "
          "Ігор Олег Павло Роман Юрій Віктор Вадим Артем Кирило Денис Антон Федір Григорій "
          "Костянтин Станіслав В'ячеслав Ярослав Петро Ілля Тимур Єгор Георгій Василь Борис "
          "Леонід Анатолій Ганна Олена Ольга Наталія Тетяна Ірина Світлана Марія Катерина Юлія "
          "Анастасія Дарія Ксенія Людмила Галина Віра Надія Марина Поліна Софія Альона Євгенія "
          "Вікторія Оксана Валентина Лариса"), strict=True))
UK_PATRONYMIC = {"Микола": ("Миколайович", "Миколаївна"), "Василь": ("Васильович", "Василівна"),
                 "Ілля": ("Ілліч", "Іллівна"), "Кирило": ("Кирилович", "Кирилівна")}


def uk_patronymic(father: str, gender: str) -> str:
    if father in UK_PATRONYMIC:
        return UK_PATRONYMIC[father][gender == "f"]
    stem = father
    if father.endswith("ій"):
        return father[:-1] + "ївна" if gender == "f" else father + "ович"
    if father.endswith(("о", "а")):
        stem = father[:-1]
    return stem + ("івна" if gender == "f" else "ович")


def uk_surname(s: str, gender: str) -> str:
    if gender != "f":
        return s
    if s.endswith(("ський", "цький")):
        return s[:-2] + "а"
    if s.endswith(("ов", "ев", "ін", "їн")):
        return s + "а"
    return s


def ru_to_uk_spelling(s: str) -> str:
    """A Russian surname as a Ukrainian-language record spells it (rough, as clerks do)."""
    out = []
    vowels = "аеёиоуыэюяієї"
    for i, c in enumerate(s):
        low = c.lower()
        prev = s[i - 1].lower() if i else ""
        if low == "и":
            r = "і"
        elif low == "ы":
            r = "и"
        elif low == "э":
            r = "е"
        elif low == "е":
            r = "є" if (i == 0 or prev in vowels) else "е"
        elif low == "ё":
            if prev in "жчшщ":
                r = "о"
            elif prev == "ь":
                out[-1] = "й"
                r = "о"
            elif i == 0 or prev in vowels:
                r = "йо"
            else:
                r = "ьо"
        elif low == "ъ":
            r = "'"
        else:
            r = low
        out.append(r.upper() if c.isupper() else r)
    return "".join(out)


def uk_to_ru_spelling(s: str) -> str:
    return (s.replace("і", "и").replace("ї", "и").replace("є", "е").replace("'", "")
            .replace("І", "И").replace("Є", "Е"))


# Greek: (formal name as on the identity card, everyday demotic form). Only the standard
# demotic forms are used, no nicknames.
GR_M = [("Γεώργιος", "Γιώργος"), ("Ιωάννης", "Γιάννης"), ("Κωνσταντίνος", "Κωνσταντίνος"),
        ("Δημήτριος", "Δημήτρης"), ("Νικόλαος", "Νικόλαος"), ("Παναγιώτης", "Παναγιώτης"),
        ("Χρήστος", "Χρήστος"), ("Βασίλειος", "Βασίλης"), ("Αθανάσιος", "Αθανάσιος"),
        ("Ευάγγελος", "Ευάγγελος"), ("Μιχαήλ", "Μιχάλης"), ("Σπυρίδων", "Σπύρος"),
        ("Αντώνιος", "Αντώνης"), ("Ελευθέριος", "Ελευθέριος"), ("Εμμανουήλ", "Εμμανουήλ"),
        ("Αλέξανδρος", "Αλέξανδρος"), ("Στυλιανός", "Στυλιανός"), ("Θεόδωρος", "Θεόδωρος"),
        ("Άγγελος", "Άγγελος"), ("Σταύρος", "Σταύρος"), ("Απόστολος", "Απόστολος"),
        ("Ηλίας", "Ηλίας"), ("Παύλος", "Παύλος"), ("Πέτρος", "Πέτρος")]
GR_F = [("Μαρία", "Μαρία"), ("Ελένη", "Ελένη"), ("Αικατερίνη", "Κατερίνα"),
        ("Βασιλική", "Βασιλική"), ("Σοφία", "Σοφία"), ("Αγγελική", "Αγγελική"),
        ("Γεωργία", "Γεωργία"), ("Δήμητρα", "Δήμητρα"), ("Ευαγγελία", "Ευαγγελία"),
        ("Κωνσταντίνα", "Κωνσταντίνα"), ("Παρασκευή", "Παρασκευή"), ("Ιωάννα", "Γιάννα"),
        ("Αναστασία", "Αναστασία"), ("Χριστίνα", "Χριστίνα"), ("Ειρήνη", "Ειρήνη"),
        ("Αθανασία", "Αθανασία"), ("Ευτυχία", "Ευτυχία"), ("Θεοδώρα", "Θεοδώρα")]
# (masculine, feminine) surname forms
GR_S = [("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαγεωργίου", "Παπαγεωργίου"),
        ("Οικονόμου", "Οικονόμου"), ("Γεωργίου", "Γεωργίου"), ("Νικολάου", "Νικολάου"),
        ("Παπαδάκης", "Παπαδάκη"), ("Βλάχος", "Βλάχου"), ("Αγγελόπουλος", "Αγγελοπούλου"),
        ("Κωνσταντινίδης", "Κωνσταντινίδου"), ("Ιωαννίδης", "Ιωαννίδου"),
        ("Δημητρίου", "Δημητρίου"), ("Καραγιάννης", "Καραγιάννη"), ("Μακρής", "Μακρή"),
        ("Παπανικολάου", "Παπανικολάου"), ("Αντωνίου", "Αντωνίου"),
        ("Χριστοδούλου", "Χριστοδούλου"), ("Πετρόπουλος", "Πετροπούλου"),
        ("Γεωργιάδης", "Γεωργιάδου"), ("Μιχαηλίδης", "Μιχαηλίδου"), ("Αθανασίου", "Αθανασίου"),
        ("Σταυρόπουλος", "Σταυροπούλου"), ("Παππάς", "Παππά"), ("Λαμπράκης", "Λαμπράκη"),
        ("Ζαχαρίου", "Ζαχαρίου"), ("Κυριακίδης", "Κυριακίδου"), ("Αλεξίου", "Αλεξίου"),
        ("Μαυρίδης", "Μαυρίδου"), ("Τσακίρης", "Τσακίρη"), ("Σιδηρόπουλος", "Σιδηροπούλου"),
        ("Νικολαΐδης", "Νικολαΐδου"), ("Παπαδημητρίου", "Παπαδημητρίου"),
        ("Κωστόπουλος", "Κωστοπούλου"), ("Ραφτόπουλος", "Ραφτοπούλου"),
        ("Μαυρομάτης", "Μαυρομάτη"), ("Χατζηγεωργίου", "Χατζηγεωργίου"),
        ("Ευθυμίου", "Ευθυμίου"), ("Σπυρόπουλος", "Σπυροπούλου"),
        ("Καλογεράκης", "Καλογεράκη"), ("Δημόπουλος", "Δημοπούλου"),
        ("Τζαννετάκης", "Τζαννετάκη"), ("Παπαδημόπουλος", "Παπαδημοπούλου"),
        ("Κωνσταντίνου", "Κωνσταντίνου"), ("Ιωάννου", "Ιωάννου")]
GR_NEAR = [("Παπαδόπουλος", "Παπαδημόπουλος"), ("Γεωργίου", "Γεωργιάδης"),
           ("Νικολάου", "Νικολαΐδης"), ("Δημητρίου", "Δημόπουλος"),
           ("Κωνσταντινίδης", "Κωνσταντίνου"), ("Ιωαννίδης", "Ιωάννου"),
           ("Παπαγεωργίου", "Γεωργίου"), ("Παπαδόπουλος", "Παπαδάκης")]

# Arabic names: key | Arabic script | French/Maghreb spellings | English spellings.
# Family names have a fifth column: 1 = written with the article (al-/el-) in Arabic and usually
# in Latin, h = with the article in Arabic but usually without it in Latin, 0 = no article.
AR_GIVEN_M = """
muhammad|محمد|Mohamed/Mohammed/Mhamed/Mohammed|Mohammed/Muhammad/Mohamed/Mohammad
ahmad|أحمد|Ahmed/Ahmad|Ahmed/Ahmad
ali|علي|Ali|Ali
hasan|حسن|Hassan/Hasan|Hassan/Hasan
husayn|حسين|Hussein/Houssine/Hocine|Hussein/Hussain/Husayn
yusuf|يوسف|Youssef/Youssouf/Youcef|Yousef/Yusuf/Youssef
umar|عمر|Omar|Omar/Umar
khalid|خالد|Khalid/Khaled|Khaled/Khalid
ibrahim|إبراهيم|Brahim/Ibrahim|Ibrahim/Ebrahim
mustafa|مصطفى|Mustapha/Mustafa/Moustapha|Mustafa/Mostafa/Moustafa
abdallah|عبد الله|Abdellah/Abdallah/Abdelah|Abdullah/Abdallah/Abdulla
abdalqadir|عبد القادر|Abdelkader/Abdel Kader/Abdelkadir|Abdulkader/Abdel Qader/Abd al-Qadir
abdalaziz|عبد العزيز|Abdelaziz/Abdel Aziz|Abdulaziz/Abdelaziz/Abdul Aziz
abdalrahman|عبد الرحمن|Abderrahmane/Abderrahman/Abdelrahman|Abdulrahman/Abdelrahman/Abdul Rahman
said|سعيد|Said/Saïd/Saaid|Saeed/Said/Saied
rashid|رشيد|Rachid/Rachide|Rashid/Rasheed
karim|كريم|Karim/Karime|Karim/Kareem
hisham|هشام|Hicham/Hichem|Hisham/Hesham
nabil|نبيل|Nabil|Nabil/Nabeel
mahdi|مهدي|Mehdi/Mahdi|Mahdi/Mehdi
amin|أمين|Amine/Amin|Amin/Ameen
idris|إدريس|Driss/Idriss/Idris|Idris/Idrees
hamid|حميد|Hamid|Hamid/Hameed
aziz|عزيز|Aziz|Aziz
samir|سمير|Samir|Samir/Sameer
nuraldin|نور الدين|Noureddine/Nourredine/Nour-Eddine|Nour al-Din/Nureddin/Noureddine
munir|منير|Mounir|Munir/Mounir
ayyub|أيوب|Ayoub|Ayoub/Ayyub
bilal|بلال|Bilal|Bilal
hamza|حمزة|Hamza|Hamza/Hamzah
ilyas|إلياس|Ilyas/Ilias|Ilyas/Elias
ridwan|رضوان|Redouane/Ridouane|Ridwan/Redwan
tariq|طارق|Tarik/Tariq|Tariq/Tarek/Tarik
yasin|ياسين|Yassine/Yacine|Yassin/Yasin/Yaseen
zakariya|زكرياء|Zakaria/Zakariya|Zakaria/Zakariya/Zakariyya
mahmud|محمود|Mahmoud|Mahmoud/Mahmud
walid|وليد|Walid/Oualid|Walid/Waleed
ziyad|زياد|Ziad|Ziad/Ziyad
fadi|فادي|Fadi|Fadi
rami|رامي|Rami|Rami
bassam|بسام|Bassam|Bassam
firas|فراس|Firas|Firas
jihad|جهاد|Jihad/Djihad|Jihad
fahd|فهد|Fahd/Fahad|Fahad/Fahd
faysal|فيصل|Fayçal/Faycal/Faisal|Faisal/Faysal
sultan|سلطان|Soltane/Sultan|Sultan
saud|سعود|Saoud|Saud/Saoud
nasir|ناصر|Nacer/Nasser|Nasser/Nasir
turki|تركي|Turki|Turki
hamad|حمد|Hamad|Hamad
majid|ماجد|Majid/Majed|Majid/Majed
mansur|منصور|Mansour|Mansour/Mansur
badr|بدر|Badr/Badre|Badr/Bader
amr|عمرو|Amr/Amrou|Amr/Amro
husam|حسام|Houssam|Hossam/Husam
tamir|تامر|Tamer|Tamer/Tamir
sharif|شريف|Cherif/Chérif|Sherif/Sharif
hani|هاني|Hani|Hany/Hani
ashraf|أشرف|Achraf|Ashraf
ayman|أيمن|Aymen/Ayman|Ayman
wail|وائل|Wael/Wail|Wael/Wail
jamal|جمال|Djamel/Jamal/Jamel|Gamal/Jamal
majdi|مجدي|Magdi|Magdy/Magdi
usama|أسامة|Oussama/Ousama|Osama/Usama/Osamah
ihab|إيهاب|Ihab|Ehab/Ihab
uthman|عثمان|Othmane/Otmane/Osmane|Othman/Osman/Uthman
musa|موسى|Moussa|Musa/Moussa/Mousa
isa|عيسى|Aissa/Issa|Issa/Isa/Eissa
"""
AR_GIVEN_F = """
fatima|فاطمة|Fatima/Fatema/Fatma|Fatima/Fatma/Fatemah
khadija|خديجة|Khadija/Khadidja|Khadija/Khadijah
amina|أمينة|Amina|Amina/Ameena
naima|نعيمة|Naima/Naïma|Naima/Naeema
malika|مليكة|Malika|Malika
zaynab|زينب|Zineb/Zeineb/Zaynab|Zainab/Zeinab/Zaynab
nadia|نادية|Nadia|Nadia/Nadiya
samira|سميرة|Samira|Samira/Sameera
maryam|مريم|Meryem/Meriem/Myriam|Maryam/Mariam
aisha|عائشة|Aicha/Aïcha|Aisha/Aysha/Aishah
hanan|حنان|Hanane/Hanan|Hanan
salma|سلمى|Salma|Salma/Salmah
suad|سعاد|Souad/Soad|Suad/Souad
latifa|لطيفة|Latifa|Latifa/Latifah
rashida|رشيدة|Rachida|Rashida/Rasheeda
huda|هدى|Houda|Huda/Hoda
iman|إيمان|Imane/Iman|Iman/Eman
sanaa|سناء|Sanae/Sanaa|Sanaa/Sana
asmaa|أسماء|Asmae/Asmaa|Asma/Asmaa
ghizlan|غزلان|Ghizlane|Ghizlan
lubna|لبنى|Loubna|Lubna
siham|سهام|Siham|Siham
hafsa|حفصة|Hafsa|Hafsa/Hafsah
layla|ليلى|Leila/Leïla/Laila|Layla/Leila/Laila
rania|رانيا|Rania|Rania
lina|لينا|Lina|Lina
rana|رنا|Rana|Rana
hiba|هبة|Hiba|Hiba/Heba
nur|نور|Nour|Nour/Noor
rim|ريم|Rim|Reem/Rim
amal|أمل|Amal|Amal
sara|سارة|Sara/Sarah|Sara/Sarah
noura|نورة|Noura|Noura/Nora
hissa|حصة|Hessa|Hessa/Hissa
shaykha|شيخة|Cheikha|Shaikha/Sheikha
muna|منى|Mouna/Mona|Mona/Muna
dina|دينا|Dina|Dina
rasha|رشا|Racha|Rasha
yasmin|ياسمين|Yasmine/Yasmin|Yasmin/Yasmeen
marwa|مروة|Marwa|Marwa/Marwah
shaymaa|شيماء|Chaimae/Chaïmaa|Shaimaa/Shaima
aya|آية|Aya|Aya/Ayah
israa|إسراء|Israe/Esraa|Esraa/Israa
amira|أميرة|Amira|Amira/Ameera
nuha|نهى|Nouha|Noha/Nuha
nirmin|نرمين|Nermine|Nermeen/Nermin
"""
AR_FAMILY = """
amrani|عمراني|Amrani|Amrani|1
benali|بن علي|Benali/Ben Ali/Ben-Ali|Ben Ali/Benali/Bin Ali|0
alaoui|علوي|Alaoui|Alaoui/Alawi|h
idrissi|إدريسي|Idrissi|Idrissi/Idrisi|1
bennani|بناني|Bennani|Bennani|0
tazi|تازي|Tazi|Tazi|h
berrada|برادة|Berrada|Berrada|0
fassi|فاسي|Fassi|Fassi|1
chraibi|شرايبي|Chraibi/Chraïbi|Chraibi/Shraibi|0
benjelloun|بنجلون|Benjelloun/Ben Jelloun|Benjelloun/Ben Jelloun/Bin Jallun|0
khatib|خطيب|Khatib|Khatib|1
ouazzani|وزاني|Ouazzani|Wazzani/Ouazzani|1
lahlou|لحلو|Lahlou|Lahlou|0
bouazza|بوعزة|Bouazza|Bouazza/Buazza|0
haddad|حداد|Haddad|Haddad|0
ziani|زياني|Ziani|Ziani/Zayani|0
mansouri|منصوري|Mansouri|Mansouri/Mansoori|1
boukhari|بخاري|Boukhari|Bukhari/Boukhari|1
naciri|ناصري|Naciri/Nassiri|Nasiri/Nassiri|1
cherkaoui|شرقاوي|Cherkaoui|Sharqawi/Cherkaoui|1
benkirane|بنكيران|Benkirane/Benkiran|Benkirane/Benkiran|0
lamrani|لمراني|Lamrani|Lamrani|0
tahiri|طاهري|Tahiri|Tahiri/Taheri|1
omari|عمري|Omari|Omari/Umari|1
aitali|آيت علي|Ait Ali/Aït Ali|Ait Ali|0
aitahmed|آيت أحمد|Ait Ahmed/Aït Ahmed|Ait Ahmed|0
ouali|والي|Ouali|Wali/Ouali|0
bouzid|بوزيد|Bouzid|Bouzid|0
belhaj|بلحاج|Belhaj/Belhadj/Bel Hadj|Belhaj/Belhadj|0
hamdi|حمدي|Hamdi|Hamdi/Hamdy|0
saidi|سعيدي|Saidi/Saïdi|Saidi/Saeedi|1
saadi|سعدي|Saadi|Saadi|1
jabri|جابري|Jabri|Jabri/Jaberi|1
kabbaj|قباج|Kabbaj|Kabbaj/Qabbaj|0
skalli|سقلي|Skalli|Skalli|0
sebti|سبتي|Sebti|Sebti/Sabti|0
ouafi|وافي|Ouafi|Wafi/Ouafi|1
naji|ناجي|Naji|Naji|1
zerouali|زروالي|Zerouali/Zeroual|Zerwali/Zerouali|0
amraoui|عمراوي|Amraoui|Amrawi/Amraoui|1
mansour|منصور|Mansour|Mansour|0
khoury|خوري|Khoury/Khouri|Khoury/Khouri/Khuri|h
nasser|ناصر|Nasser|Nasser/Nasir|0
hamdan|حمدان|Hamdane/Hamdan|Hamdan|0
salih|صالح|Saleh/Salah|Saleh/Salih|0
khalil|خليل|Khalil|Khalil/Khaleel|0
khalili|خليلي|Khalili|Khalili|1
darwish|درويش|Darwiche/Darwich|Darwish/Darweesh|0
barakat|بركات|Barakat|Barakat|0
qasim|قاسم|Kacem/Kassem|Qassem/Kassem/Qasim|0
assaf|عساف|Assaf|Assaf|0
shami|شامي|Chami|Shami|1
halabi|حلبي|Halabi|Halabi|1
masri|مصري|Masri|Masri|1
hijazi|حجازي|Hijazi/Hejazi|Hijazi/Hejazi|0
yassin|ياسين|Yassine|Yassin/Yasin|0
awad|عوض|Aouad/Awad|Awad|0
jabir|جابر|Jaber|Jaber/Jabir/Gaber|0
zein|زين|Zein/Zine|Zein/Zain|0
najjar|نجار|Najjar|Najjar/Najar|1
sabbagh|صباغ|Sabbagh/Sebbagh|Sabbagh|0
tamimi|تميمي|Tamimi|Tamimi|1
hourani|حوراني|Hourani|Hourani/Hawrani|0
kanaan|كنعان|Kanaan/Canaan|Kanaan/Kanan|0
qahtani|قحطاني|Kahtani/Qahtani|Qahtani|1
ghamdi|غامدي|Ghamdi|Ghamdi|1
zahrani|زهراني|Zahrani|Zahrani|1
otaibi|عتيبي|Otaibi/Oteibi|Otaibi/Utaybi|1
dosari|دوسري|Dossari/Dosari|Dosari/Dossary/Dawsari|1
shehri|شهري|Chehri|Shehri/Shahri|1
shahrani|شهراني|Chahrani|Shahrani|1
harbi|حربي|Harbi|Harbi|1
harthi|حارثي|Harthi|Harthi|1
mutairi|مطيري|Moutairi|Mutairi/Mutairy|1
shammari|شمري|Chammari|Shammari/Shamari|1
nuaimi|نعيمي|Nouaimi|Nuaimi/Noaimi|1
suwaidi|سويدي|Souwaidi|Suwaidi/Suwaidy|1
kaabi|كعبي|Kaabi|Kaabi|1
hashimi|هاشمي|Hachemi|Hashimi/Hashemi|1
marri|مري|Marri|Marri|1
ketbi|كتبي|Ketbi|Ketbi/Kitbi|1
abdalfattah|عبد الفتاح|Abdelfattah/Abdel Fattah|Abdel Fattah/Abdelfattah/Abd El Fattah|0
abdalrahman|عبد الرحمن|Abderrahmane|Abdel Rahman/Abdelrahman/Abd El Rahman|0
sayyid|سيد|Sayed|Sayed/Sayyid|1
farouk|فاروق|Farouk|Farouk/Farouq/Faruq|0
faraj|فرج|Faraj|Farag/Faraj|0
salim|سالم|Salem|Salem/Salim|0
shawqi|شوقي|Chawki|Shawky/Shawki|0
fawzi|فوزي|Fawzi|Fawzy/Fawzi|0
hilmi|حلمي|Helmi|Helmy/Helmi|0
ramadan|رمضان|Ramadan/Ramdane|Ramadan/Ramadhan|0
saad|سعد|Saad|Saad|0
sulayman|سليمان|Slimane/Soliman|Soliman/Suleiman/Sulaiman|0
kamil|كامل|Kamel|Kamel/Kamil|0
najib|نجيب|Naguib/Najib|Naguib/Nagib/Najib|0
hamed|حامد|Hamed|Hamed/Hamid|0
zaki|زكي|Zaki|Zaki/Zaky|0
abuzayd|أبو زيد|Abouzeid/Abou Zeid|Abou Zeid/Abu Zaid/Abuzeid|0
"""


def _ar_table(text: str) -> dict[str, dict]:
    table = {}
    for line in text.strip().splitlines():
        cols = line.split("|")
        table[cols[0]] = dict(key=cols[0], ar=cols[1], fr=cols[2].split("/"),
                              en=cols[3].split("/"), art=cols[4] if len(cols) > 4 else "0")
    return table


AR_M = _ar_table(AR_GIVEN_M)
AR_F = _ar_table(AR_GIVEN_F)
AR_FAM = _ar_table(AR_FAMILY)
# Regional preferences of passport spellings (first choice) where they differ from the table.
AR_REGIONAL = {
    ("muhammad", "levant"): ["Mohammad", "Mohamad", "Muhammad"],
    ("muhammad", "gulf"): ["Mohammed", "Mohamed", "Mohammad"],
    ("muhammad", "egypt"): ["Mohamed", "Mohammed"],
    ("ahmad", "levant"): ["Ahmad", "Ahmed"], ("ahmad", "egypt"): ["Ahmed"],
    ("yusuf", "levant"): ["Yousef", "Yusuf"], ("yusuf", "egypt"): ["Youssef", "Yousef"],
    ("mustafa", "egypt"): ["Mostafa", "Moustafa"], ("jamal", "egypt"): ["Gamal"],
    ("husam", "egypt"): ["Hossam"], ("hisham", "egypt"): ["Hesham", "Hisham"],
    ("abdallah", "gulf"): ["Abdullah", "Abdulla"], ("khalid", "gulf"): ["Khalid", "Khaled"],
    ("jabir", "egypt"): ["Gaber"], ("najib", "egypt"): ["Naguib", "Nagib"],
}
AR_REGIONS = {
    "maghreb": dict(
        m=words("muhammad ahmad yusuf said rashid abdalqadir abdallah hasan hisham karim "
                "mustafa umar khalid nabil mahdi amin idris ibrahim hamid aziz samir nuraldin "
                "munir ayyub bilal hamza ilyas ridwan tariq yasin zakariya ali husayn "
                "abdalaziz abdalrahman jamal uthman isa"),
        f=words("fatima khadija amina naima malika zaynab nadia samira maryam aisha hanan "
                "salma suad latifa rashida huda iman sanaa asmaa ghizlan lubna siham hafsa "
                "layla"),
        s=words("amrani benali alaoui idrissi bennani tazi berrada fassi chraibi benjelloun "
                "khatib ouazzani lahlou bouazza haddad ziani mansouri boukhari naciri "
                "cherkaoui benkirane tahiri aitali aitahmed ouali bouzid belhaj hamdi saidi "
                "jabri kabbaj skalli sebti ouafi naji zerouali amraoui omari lamrani saadi"),
        near=[("amrani", "omari"), ("amrani", "lamrani"), ("amrani", "amraoui"),
              ("mansouri", "mansour"), ("saidi", "saadi")]),
    "levant": dict(
        m=words("muhammad ahmad mahmud khalid umar ali husayn hasan yusuf ibrahim samir fadi "
                "rami walid bassam ziyad nabil tariq isa jihad firas majid"),
        f=words("fatima layla rania lina rana hiba maryam nur rim huda zaynab amal sara dina "
                "yasmin"),
        s=words("khoury haddad nasser hamdan salih khalil mansour darwish barakat qasim assaf "
                "shami halabi masri hijazi yassin awad jabir zein najjar sabbagh tamimi "
                "hourani kanaan khalili"),
        near=[("khalil", "khalili"), ("hamdan", "hamdi"), ("nasser", "naji"),
              ("masri", "mansour")]),
    "gulf": dict(
        m=words("muhammad abdallah abdalrahman fahd faysal khalid sultan saud nasir turki "
                "rashid said hamad majid mansur badr ahmad ali umar"),
        f=words("noura fatima maryam aisha hissa latifa sara rim shaykha amal"),
        s=words("qahtani ghamdi zahrani otaibi dosari shehri harbi mutairi shammari mansouri "
                "nuaimi suwaidi kaabi hashimi marri ketbi shahrani harthi"),
        near=[("shehri", "shahrani"), ("harbi", "harthi"), ("ghamdi", "hamdi")]),
    "egypt": dict(
        m=words("muhammad ahmad mahmud mustafa husam amr tamir sharif karim hani ashraf "
                "ayman wail khalid yusuf ibrahim jamal majdi hasan tariq usama ihab hisham ali"),
        f=words("fatima muna hiba dina nirmin rasha yasmin amira nuha marwa shaymaa aya "
                "israa sara nur"),
        s=words("abdalfattah abdalrahman sayyid farouk salim shawqi fawzi hilmi ramadan saad "
                "sulayman kamil najib hamed zaki masri abuzayd jabir mansour faraj"),
        near=[("abdalfattah", "abdalrahman"), ("farouk", "faraj"), ("salim", "sulayman"),
              ("hamed", "hamdi")]),
}


# --------------------------------------------------------------------------------------------
# Places: birth cities (native|en|fr|de|pl|el|uk|ar; empty = fall back) and addresses
# --------------------------------------------------------------------------------------------

CITY_COLS = ("native", "en", "fr", "de", "pl", "el", "uk", "ar")
CITIES_TEXT = {
    "gb": "London||Londres||Londyn|Λονδίνο|Лондон|لندن;Manchester;Birmingham;Leeds;Glasgow;"
          "Liverpool;Bristol;Bradford",
    "fr": "Paris|||||Παρίσι|Париж|باريس;Marseille|Marseilles|||Marsylia|Μασσαλία|Марсель|"
          "مرسيليا;Lyon|Lyons||||Λυών|Ліон;Toulouse;Lille;Roubaix;Nice||||Nicea;Bordeaux;"
          "Strasbourg|||Straßburg|Strasburg",
    "de": "Berlin|||||Βερολίνο|Берлін|برلين;München|Munich|Munich||Monachium|Μόναχο|Мюнхен;"
          "Köln|Cologne|Cologne||Kolonia|Κολωνία|Кельн;Hamburg||Hambourg;"
          "Frankfurt am Main|Frankfurt|Francfort-sur-le-Main||Frankfurt nad Menem;Düsseldorf;"
          "Stuttgart;Dortmund;Essen;Bremen||Brême",
    "at": "Wien|Vienna|Vienne||Wiedeń|Βιέννη|Відень;Graz;Linz",
    "pl": "Warszawa|Warsaw|Varsovie|Warschau||Βαρσοβία|Варшава|وارسو;Kraków|Krakow|Cracovie|"
          "Krakau||Κρακοβία|Краків;Łódź|Lodz|Lodz|Lodz;Wrocław|Wroclaw|Wroclaw|Breslau;"
          "Poznań|Poznan|Poznan|Posen;Gdańsk|Gdansk|Gdansk|Danzig;Lublin;Rzeszów|Rzeszow|"
          "Rzeszow|Rzeszow;Białystok|Bialystok|Bialystok|Bialystok",
    "ru": "Москва|Moscow|Moscou|Moskau|Moskwa|Μόσχα||موسكو;Санкт-Петербург|Saint Petersburg|"
          "Saint-Pétersbourg|Sankt Petersburg|Petersburg|Αγία Πετρούπολη;Новосибирск;"
          "Екатеринбург;Казань;Ростов-на-Дону|Rostov-on-Don|Rostov-sur-le-Don|Rostow am Don|"
          "Rostów nad Donem;Самара;Краснодар;Калининград|Kaliningrad|Kaliningrad|Kaliningrad|"
          "Królewiec",
    "ua": "Київ|Kyiv|Kyiv|Kyjiw|Kijów|Κίεβο||كييف;Харків|Kharkiv|Kharkiv|Charkiw|Charków;"
          "Одеса|Odesa|Odessa|Odessa|Odessa|Οδησσός;Львів|Lviv|Lviv|Lwiw|Lwów;"
          "Дніпро|Dnipro|Dnipro|Dnipro|Dniepr;Запоріжжя|Zaporizhzhia|Zaporijia|Saporischschja|"
          "Zaporoże;Вінниця|Vinnytsia|Vinnytsia|Winnyzja|Winnica;Чернівці|Chernivtsi|"
          "Tchernivtsi|Czernowitz|Czerniowce;Ужгород|Uzhhorod|Oujhorod|Uschhorod|Użhorod",
    "gr": "Αθήνα|Athens|Athènes|Athen|Ateny;Θεσσαλονίκη|Thessaloniki|Thessalonique|"
          "Thessaloniki|Saloniki;Πάτρα|Patras|Patras|Patras|Patras;Ηράκλειο|Heraklion|Héraklion|"
          "Heraklion|Heraklion;Λάρισα|Larissa|Larissa|Larisa|Larisa;Βόλος|Volos;"
          "Ιωάννινα|Ioannina;Καβάλα|Kavala",
    "cy": "Λευκωσία|Nicosia|Nicosie|Nikosia|Nikozja;Λεμεσός|Limassol|Limassol|Limassol|Limassol;"
          "Λάρνακα|Larnaca",
    "ma": "Casablanca||||||Касабланка|الدار البيضاء;Rabat|||||||الرباط;Fès|Fez|Fès|Fès|Fez|||"
          "فاس;Marrakech|Marrakesh|Marrakech|Marrakesch|Marrakesz|||مراكش;Tanger|Tangier|Tanger|"
          "Tanger|Tanger|||طنجة;Agadir|||||||أكادير;Oujda|||Oudschda||||وجدة;Nador|||||||الناظور;"
          "Tétouan|Tetouan|Tétouan|Tétouan|Tetuan|||تطوان;Meknès|Meknes|Meknès|Meknès|Meknes|||"
          "مكناس",
    "dz": "Alger|Algiers|Alger|Algier|Algier|||الجزائر;Oran|||||||وهران;Constantine|||||||قسنطينة;"
          "Annaba|||||||عنابة",
    "tn": "Tunis|||||||تونس;Sfax|||||||صفاقس;Sousse|||||||سوسة",
    "eg": "Cairo|Cairo|Le Caire|Kairo|Kair|Κάιρο|Каїр|القاهرة;Alexandria|Alexandria|Alexandrie|"
          "Alexandria|Aleksandria|Αλεξάνδρεια||الإسكندرية;Giza|Giza|Gizeh|Gizeh|Giza|||الجيزة;"
          "Mansoura|Mansoura|Mansourah|Mansura|Mansura|||المنصورة;Tanta|||||||طنطا",
    "sy": "Damascus|Damascus|Damas|Damaskus|Damaszek|Δαμασκός|Дамаск|دمشق;Aleppo|Aleppo|Alep|"
          "Aleppo|Aleppo|Χαλέπι|Алеппо|حلب;Homs|||||||حمص;Latakia|Latakia|Lattaquié|Latakia|"
          "Latakia|||اللاذقية",
    "lb": "Beirut|Beirut|Beyrouth|Beirut|Bejrut|Βηρυτός|Бейрут|بيروت;Tripoli|||||||طرابلس;"
          "Sidon|Sidon|Saïda|Sidon|Sydon|||صيدا",
    "jo": "Amman|||||||عمان;Zarqa|||||||الزرقاء;Irbid|||||||إربد",
    "ps": "Gaza|||||||غزة;Nablus|||||||نابلس;Hebron|Hebron|Hébron|Hebron|Hebron|||الخليل",
    "sa": "Riyadh|Riyadh|Riyad|Riad|Rijad|||الرياض;Jeddah|Jeddah|Djeddah|Dschidda|Dżudda|||جدة;"
          "Dammam|||||||الدمام",
    "ae": "Dubai|Dubai|Dubaï|Dubai|Dubaj|Ντουμπάι|Дубай|دبي;Abu Dhabi|Abu Dhabi|Abou Dabi|"
          "Abu Dhabi|Abu Zabi|||أبو ظبي;Sharjah|Sharjah|Charjah|Schardscha|Szardża|||الشارقة",
    "kw": "Kuwait City|Kuwait City|Koweït|Kuwait-Stadt|Kuwejt|||الكويت",
    "qa": "Doha|||||||الدوحة",
    "tr": "İstanbul|Istanbul|Istanbul|Istanbul|Stambuł|Κωνσταντινούπολη|Стамбул|إسطنبول;"
          "Ankara|||||||أنقرة;İzmir|Izmir|Izmir|Izmir|Izmir|Σμύρνη|Ізмір;Bursa;Adana;Gaziantep;"
          "Konya;Diyarbakır|Diyarbakir|Diyarbakir|Diyarbakır|Diyarbakır",
    "al": "Tiranë|Tirana|Tirana|Tirana|Tirana|Τίρανα|Тирана;Durrës|Durres|Durrës|Durrës|Durrës|"
          "Δυρράχιο;Vlorë|Vlore|Vlora|Vlora|Wlora|Αυλώνα;Shkodër|Shkoder|Shkodër|Shkodra|"
          "Szkodra|Σκόδρα;Elbasan;Korçë|Korce|Korçë|Korça|Korcza|Κορυτσά;Fier;Berat",
    "xk": "Prishtinë|Pristina|Pristina|Pristina|Prisztina|Πρίστινα|Приштина;Prizren;"
          "Pejë|Peja|Peć|Peja|Peć;Gjakovë|Gjakova|Gjakova|Gjakova|Dżakowica",
    "ro": "București|Bucharest|Bucarest|Bukarest|Bukareszt|Βουκουρέστι|Бухарест;Cluj-Napoca;"
          "Iași|Iasi|Iasi|Iași|Jassy;Timișoara|Timisoara|Timisoara|Temeswar|Temeszwar;"
          "Constanța|Constanta|Constanța|Konstanza|Konstanca;Craiova;Brașov|Brasov|Brasov|"
          "Kronstadt|Braszów",
    "md": "Chișinău|Chisinau|Chisinau|Chișinău|Kiszyniów|Κισινάου|Кишинів;Bălți|Balti",
    "it": "Roma|Rome|Rome|Rom|Rzym|Ρώμη|Рим|روما;Milano|Milan|Milan|Mailand|Mediolan|Μιλάνο|"
          "Мілан;Napoli|Naples|Naples|Neapel|Neapol|Νάπολη|Неаполь;Torino|Turin|Turin|Turin|"
          "Turyn;Palermo;Bari;Genova|Genoa|Gênes|Genua|Genua;Catania",
    "es": "Madrid;Barcelona|Barcelona|Barcelone|Barcelona|Barcelona|Βαρκελώνη;Valencia|"
          "Valencia|Valence|Valencia|Walencja;Sevilla|Seville|Séville|Sevilla|Sewilla;"
          "Málaga|Malaga;Zaragoza|Zaragoza|Saragosse|Saragossa|Saragossa;Bilbao;Murcia",
    "ng": "Lagos;Abuja;Kano;Ibadan;Port Harcourt;Enugu;Benin City;Kaduna",
    "pk": "Karachi;Lahore;Islamabad;Rawalpindi;Faisalabad;Peshawar;Multan;Gujranwala",
}
CITIES = {cc: [dict(zip(CITY_COLS, (c.split("|") + [""] * 8)[:8], strict=True))
               for c in text.split(";")] for cc, text in CITIES_TEXT.items()}
# Belfiore codes of the Italian birth cities above (for the codice fiscale)
IT_BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219",
               "Palermo": "G273", "Bari": "A662", "Genova": "D969", "Catania": "C351"}

COUNTRY_NAMES = {  # the seven countries of residence, in each agency's writing language
    "gb": dict(en="United Kingdom", fr="Royaume-Uni", de="Vereinigtes Königreich",
               pl="Wielka Brytania", el="Ηνωμένο Βασίλειο", uk="Велика Британія"),
    "fr": dict(en="France", fr="France", de="Frankreich", pl="Francja", el="Γαλλία",
               uk="Франція"),
    "de": dict(en="Germany", fr="Allemagne", de="Deutschland", pl="Niemcy", el="Γερμανία",
               uk="Німеччина"),
    "pl": dict(en="Poland", fr="Pologne", de="Polen", pl="Polska", el="Πολωνία", uk="Польща"),
    "gr": dict(en="Greece", fr="Grèce", de="Griechenland", pl="Grecja", el="Ελλάδα",
               uk="Греція"),
    "ma": dict(en="Morocco", fr="Maroc", de="Marokko", pl="Maroko", el="Μαρόκο", uk="Марокко"),
    "ua": dict(en="Ukraine", fr="Ukraine", de="Ukraine", pl="Ukraina", el="Ουκρανία",
               uk="Україна"),
}

ADDRESS = {
    "gb": dict(
        streets=words("High_Street Station_Road Church_Lane Victoria_Road Park_Avenue "
                      "Green_Lane Manor_Road Kings_Road Queen_Street Mill_Lane Albert_Road "
                      "London_Road Grange_Road Springfield_Road Windsor_Close Stratford_Road "
                      "Cheetham_Hill_Road Dudley_Road Harehills_Lane"),
        cities=[("London", "E1 6"), ("London", "SE15 4"), ("London", "N7 8"),
                ("London", "NW10 3"), ("London", "E17 5"), ("Manchester", "M8 9"),
                ("Birmingham", "B11 2"), ("Leeds", "LS8 4"), ("Bradford", "BD3 0"),
                ("Luton", "LU1 3"), ("Leicester", "LE2 1"), ("Glasgow", "G42 7"),
                ("Liverpool", "L8 2"), ("Bristol", "BS5 6")]),
    "fr": dict(
        streets=words("rue_de_la_République rue_Victor_Hugo avenue_Jean_Jaurès "
                      "boulevard_Voltaire rue_des_Lilas rue_Pasteur rue_du_Moulin "
                      "avenue_de_la_Gare rue_Jules_Ferry chemin_des_Vignes rue_Émile_Zola "
                      "allée_des_Tilleuls rue_Gambetta boulevard_de_Belleville "
                      "rue_de_la_Paix avenue_du_Général_de_Gaulle"),
        cities=[("Paris", "75011"), ("Paris", "75018"), ("Paris", "75019"), ("Paris", "75020"),
                ("Marseille", "13003"), ("Marseille", "13015"), ("Lyon", "69007"),
                ("Toulouse", "31000"), ("Lille", "59000"), ("Roubaix", "59100"),
                ("Saint-Denis", "93200"), ("Nice", "06300"), ("Montpellier", "34000"),
                ("Strasbourg", "67000"), ("Bordeaux", "33000"), ("Nantes", "44000")]),
    "de": dict(
        streets=words("Hauptstraße Bahnhofstraße Schillerstraße Goethestraße Gartenstraße "
                      "Lindenstraße Kirchstraße Bergstraße Friedrichstraße Waldweg Rosenweg "
                      "Berliner_Straße Kölner_Straße Ringstraße Sonnenallee Hermannstraße "
                      "Münchener_Straße"),
        cities=[("Berlin", "10"), ("Berlin", "12"), ("Berlin", "13"), ("Hamburg", "20"),
                ("Hamburg", "22"), ("München", "80"), ("Köln", "50"),
                ("Frankfurt am Main", "60"), ("Duisburg", "47"), ("Dortmund", "44"),
                ("Essen", "45"), ("Düsseldorf", "40"), ("Stuttgart", "70"), ("Bremen", "28"),
                ("Hannover", "30"), ("Nürnberg", "90")]),
    "pl": dict(
        streets=words("Marszałkowska Mickiewicza Słowackiego Kościuszki Piłsudskiego Długa "
                      "Polna Leśna Ogrodowa Lipowa Krakowska Sienkiewicza Kolejowa Szkolna "
                      "Grochowska Targowa"),
        cities=[("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Wrocław", "5"),
                ("Poznań", "6"), ("Gdańsk", "8"), ("Lublin", "2"), ("Rzeszów", "35"),
                ("Białystok", "15"), ("Katowice", "40")]),
    "gr": dict(
        streets=["Αθηνάς", "Ερμού", "Πατησίων", "Αχαρνών", "Σταδίου", "Πανεπιστημίου",
                 "Εγνατίας", "Τσιμισκή", "Αγίου Δημητρίου", "Κηφισίας", "Συγγρού",
                 "Μεσογείων", "Ακαδημίας", "Ιπποκράτους", "Μενάνδρου", "Σωκράτους"],
        cities=[("Αθήνα", "104"), ("Αθήνα", "112"), ("Αθήνα", "113"), ("Πειραιάς", "185"),
                ("Θεσσαλονίκη", "546"), ("Θεσσαλονίκη", "563"), ("Πάτρα", "262"),
                ("Ηράκλειο", "712"), ("Λάρισα", "412"), ("Καλλιθέα", "176"),
                ("Περιστέρι", "121")]),
    "ma": dict(
        streets=words("Rue_Ibn_Sina Boulevard_Mohammed_V Avenue_Hassan_II Rue_Al_Massira "
                      "Rue_Moulay_Ismail Rue_Abou_Bakr_Seddik Avenue_des_FAR Rue_Oued_Sebou "
                      "Rue_Imam_Malik Boulevard_Zerktouni Rue_Ibn_Battouta "
                      "Avenue_Allal_El_Fassi Rue_Tarik_Ibn_Ziad Boulevard_Al_Qods"),
        quarters=words("Hay_Mohammadi Sidi_Moumen Maârif Hay_Riad Agdal Hay_Hassani "
                       "Derb_Sultan Sbata Aïn_Sebaâ Yacoub_El_Mansour Bensouda Mers_Sultan"),
        cities=[("Casablanca", "20"), ("Casablanca", "20"), ("Rabat", "10"), ("Salé", "11"),
                ("Fès", "30"), ("Marrakech", "40"), ("Tanger", "90"), ("Agadir", "80"),
                ("Oujda", "60"), ("Nador", "62"), ("Tétouan", "93"), ("Meknès", "50"),
                ("Kénitra", "14")]),
    "ua": dict(
        streets=["Шевченка", "Франка", "Лесі Українки", "Грушевського", "Соборна", "Садова",
                 "Миру", "Центральна", "Шкільна", "Незалежності", "Героїв Майдану",
                 "Київська", "Богдана Хмельницького", "Січових Стрільців"],
        cities=[("Київ", "0"), ("Київ", "0"), ("Харків", "61"), ("Одеса", "65"),
                ("Львів", "79"), ("Дніпро", "49"), ("Запоріжжя", "69"), ("Вінниця", "21"),
                ("Чернівці", "58"), ("Ужгород", "88"), ("Полтава", "36")]),
}
# English / French / German / Polish exonyms of residence cities where they differ
RES_CITY_EXONYM = {
    "Αθήνα": dict(en="Athens", fr="Athènes", de="Athen", pl="Ateny"),
    "Θεσσαλονίκη": dict(en="Thessaloniki", fr="Thessalonique", de="Thessaloniki",
                        pl="Saloniki"),
    "Πειραιάς": dict(en="Piraeus", fr="Le Pirée", de="Piräus", pl="Pireus"),
    "Київ": dict(en="Kyiv", fr="Kyiv", de="Kyjiw", pl="Kijów"),
    "Харків": dict(en="Kharkiv", fr="Kharkiv", de="Charkiw", pl="Charków"),
    "Одеса": dict(en="Odesa", fr="Odessa", de="Odessa", pl="Odessa"),
    "Львів": dict(en="Lviv", fr="Lviv", de="Lwiw", pl="Lwów"),
    "Warszawa": dict(en="Warsaw", fr="Varsovie", de="Warschau"),
    "Kraków": dict(en="Krakow", fr="Cracovie", de="Krakau"),
    "München": dict(en="Munich", fr="Munich", pl="Monachium"),
    "Köln": dict(en="Cologne", fr="Cologne", pl="Kolonia"),
    "London": dict(fr="Londres", pl="Londyn"),
    "Marrakech": dict(en="Marrakesh", de="Marrakesch"),
    "Tanger": dict(en="Tangier"),
    "Fès": dict(en="Fez", pl="Fez"),
}


# --------------------------------------------------------------------------------------------
# Romanisation written for this set (by convention of the writing agency)
# --------------------------------------------------------------------------------------------
# Cyrillic schemes: icao (ICAO 9303, 2013 Russian passports), ru1997 (older Russian passports),
# bgn (BGN/PCGN as English-language records write it), kmu (Ukrainian passports, 2010),
# enuk (English press spelling of Ukrainian), de (Duden), fr (French usage), pl (Polish PWN).

CYR_VOWELS = "аеёиоуыэюяіїє"
CYR_BASE = {
    "latin": dict(zip("абвгдежзиклмнопрстуфхцчшщъыьэ",
                      ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "k", "l", "m", "n", "o",
                       "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                       "", "e"], strict=True)),
}
CYR_BASE["de"] = {**CYR_BASE["latin"], "в": "w", "ж": "sch", "з": "s", "х": "ch", "ц": "z",
                  "ч": "tsch", "ш": "sch", "щ": "schtsch"}
CYR_BASE["fr"] = {**CYR_BASE["latin"], "у": "ou", "ж": "j", "ч": "tch", "ш": "ch",
                  "щ": "chtch"}
CYR_BASE["pl"] = {**CYR_BASE["latin"], "в": "w", "ж": "ż", "х": "ch", "ц": "c", "ч": "cz",
                  "ш": "sz", "щ": "szcz"}
PL_SOFT = {"n": "ń", "s": "ś", "z": "ź", "t": "ć", "d": "dź", "ł": "l"}


def _cyr_word(w: str, scheme: str, lang: str) -> str:
    uk = lang == "uk"
    base = CYR_BASE.get(scheme, CYR_BASE["latin"])
    out: list[str] = []
    skip = False
    n = len(w)
    for i, c in enumerate(w):
        if skip:
            skip = False
            continue
        prev = w[i - 1] if i else "#"
        nxt = w[i + 1] if i + 1 < n else "#"
        initial = i == 0
        start = initial or prev in CYR_VOWELS or prev in "ьъ'’"
        hush = prev in "жшчщ"
        soft_next = nxt in ("єюяіїь" if uk else "еёюяиь")
        r: str
        if c == "е" and not uk:
            r = {"icao": "e", "ru1997": "e", "bgn": "ye" if start else "e",
                 "de": "je" if start else "e",
                 "fr": "ïe" if (start and not initial) else "e",
                 "pl": "je" if start else ("e" if prev in "жшчщцл" else "ie")}[scheme]
        elif c == "е":
            r = "e"
        elif c == "ё":
            r = {"icao": "e", "ru1997": "e", "bgn": "o" if hush else "yo",
                 "de": "o" if hush else "jo", "fr": "o" if hush else "io",
                 "pl": "jo" if start else ("o" if hush or prev == "л" else "io")}[scheme]
        elif c in "юяє":
            v = {"ю": "u", "я": "a", "є": "e"}[c]
            if scheme == "icao":
                r = "i" + v
            elif scheme == "kmu":
                r = ("y" if initial else "i") + v
            elif scheme in ("ru1997", "bgn", "enuk"):
                r = "y" + v
            elif scheme == "de":
                r = "j" + v
            elif scheme == "fr":
                r = "i" + ("ou" if v == "u" else v)
            else:  # pl
                r = "j" + v if start else (v if prev == "л" else "i" + v)
        elif c == "ї":
            r = {"kmu": "yi" if initial else "i", "de": "ji", "fr": "ï", "pl": "ji"}.get(
                scheme, "yi")
        elif c == "й":
            if uk:
                r = {"kmu": "y" if initial else "i", "de": "j", "pl": "j",
                     "fr": "i" if initial else "ï"}.get(scheme, "y")
            else:
                r = {"icao": "i", "ru1997": "y", "bgn": "y", "pl": "j",
                     "de": "j" if initial else ("" if prev in "иы" else "i"),
                     "fr": "i" if initial else ("" if prev in "иы" else "ï")}[scheme]
        elif c == "и":
            if uk:
                r = "y"
            elif scheme == "fr" and nxt == "я":
                r = ""
            elif scheme == "de":
                r = "ji" if prev == "ь" else "i"
            elif scheme == "fr":
                r = "ï" if prev in CYR_VOWELS else "i"
            elif scheme == "pl":
                r = "y" if prev in "жшц" else ("ji" if prev == "ь" else "i")
            else:
                r = "i"
        elif c == "і":
            r = "i"
        elif c == "ґ":
            r = "g"
        elif c == "г":
            if uk:
                r = "gh" if (scheme == "kmu" and prev == "з") else "h"
            elif scheme == "fr" and nxt in "еиэйёыєії":
                r = "gu"
            else:
                r = "g"
        elif c == "л" and scheme == "pl":
            r = "l" if soft_next else "ł"
        elif c == "с" and scheme in ("de", "fr"):
            r = "ss" if (prev in CYR_VOWELS and nxt in CYR_VOWELS) else "s"
        elif c == "к" and scheme == "de" and nxt == "с" and not uk:
            r, skip = "x", True
        elif c == "ь":
            r = ""
            if scheme == "pl" and out and nxt not in CYR_VOWELS:
                out[-1] = PL_SOFT.get(out[-1], out[-1])
        elif c == "ъ":
            r = "ie" if scheme == "icao" else ""
        elif c in "'’":
            r = ""
        elif c == "х" and scheme == "fr":
            r = "kh"
        elif c == "ц" and scheme == "fr":
            r = "ts"
        else:
            r = base.get(c, c)
        out.append(r)
    return "".join(out)


def cyr_latin(text: str, scheme: str, lang: str) -> str:
    """Romanise a Cyrillic name; bgn_pop is BGN with English endings (Yevgeny, Dmitry)."""
    pop = scheme == "bgn_pop"
    sch = "bgn" if pop else scheme
    parts = re.split(r"([\s\-]+)", text)
    out = []
    for p in parts:
        if not p or re.fullmatch(r"[\s\-]+", p):
            out.append(p)
            continue
        r = _cyr_word(p.lower(), sch, lang)
        if pop:
            r = re.sub(r"iy$", "y", r)
            r = re.sub(r"yy$", "y", r)
        if p.isupper() and len(p) > 1:
            r = r.upper()
        elif p[:1].isupper():
            r = cap_first(r)
        out.append(r)
    return "".join(out)


def strip_tonos(s: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", s) if c != "\u0301"))


GR_BASE = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωϊϋ",
                   ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
                    "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "i", "y"], strict=True))
GR_VOICELESS = "θκξπστφχψς"
GR_VOWELS = "αεηιουωϊϋ"


def _greek_word(w: str, phonetic: bool, ch: str) -> str:
    w = strip_tonos(w.lower())
    out = []
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        nx = w[i + 1] if i + 1 < n else "#"
        nx2 = w[i + 2] if i + 2 < n else "#"
        if c in "αεη" and nx == "υ":
            f = nx2 == "#" or nx2 in GR_VOICELESS
            out.append(("a" if c == "α" else "e" if (c == "ε" or phonetic) else "i")
                       + ("f" if f else "v"))
            i += 2
            continue
        if c == "ο" and nx == "υ":
            out.append("ou")
            i += 2
            continue
        if phonetic:
            if c == "γ" and nx == "ι" and nx2 in "αοωε" and (i == 0 or w[i - 1] in GR_VOWELS):
                out.append("yi" if (i == 0 and nx2 in "οω") else "y")
                i += 2
                continue
            if c in "αεο" and nx == "ι":
                out.append("e" if c == "α" else "i")
                i += 2
                continue
            if c == "υ" and nx == "ι":
                out.append("i")
                i += 2
                continue
            if (c, nx) in (("μ", "π"), ("ν", "τ"), ("γ", "κ")):
                out.append({"μ": "b", "ν": "d", "γ": "g"}[c] if i == 0
                           else {"μ": "mb", "ν": "nd", "γ": "ng"}[c])
                i += 2
                continue
            if c == "γ" and nx == "γ":
                out.append("ng")
                i += 2
                continue
            out.append({"η": "i", "υ": "i", "χ": ch, "ϋ": "i"}.get(c, GR_BASE.get(c, c)))
            i += 1
            continue
        if c == "γ" and nx in "γκξχ":
            out.append({"γ": "ng", "κ": "gk", "ξ": "nx", "χ": "nch"}[nx])
            i += 2
            continue
        if c == "μ" and nx == "π" and (i == 0 or i + 2 == n):
            out.append("b")
            i += 2
            continue
        out.append(GR_BASE.get(c, c))
        i += 1
    return "".join(out)


def greek_latin(text: str, phonetic: bool = False, ch: str = "ch") -> str:
    """ELOT 743 (Greek passports), or the informal English-style spelling (Yiannis, Hristos)."""
    parts = re.split(r"([\s\-]+)", text)
    out = []
    for p in parts:
        if not p or re.fullmatch(r"[\s\-]+", p):
            out.append(p)
            continue
        r = _greek_word(p, phonetic, ch)
        if p.isupper() and len(p) > 1:
            r = r.upper()
        elif p[:1].isupper():
            r = cap_first(r)
        out.append(r)
    return "".join(out)


ALB_GREEK = [("xh", "ΤΖ"), ("zh", "Ζ"), ("sh", "Σ"), ("th", "Θ"), ("dh", "Δ"), ("gj", "ΓΚΙ"),
             ("nj", "ΝΙ"), ("ll", "Λ"), ("rr", "Ρ"), ("qi", "ΚΙ"), ("q", "ΚΙ"), ("a", "Α"),
             ("b", "ΜΠ"), ("c", "ΤΣ"), ("ç", "ΤΣ"), ("d", "ΝΤ"), ("e", "Ε"), ("ë", "Ε"),
             ("f", "Φ"), ("g", "ΓΚ"), ("h", "Χ"), ("i", "Ι"), ("j", "ΓΙ"), ("k", "Κ"),
             ("l", "Λ"), ("m", "Μ"), ("n", "Ν"), ("o", "Ο"), ("p", "Π"), ("r", "Ρ"), ("s", "Σ"),
             ("t", "Τ"), ("u", "ΟΥ"), ("v", "Β"), ("x", "ΤΖ"), ("y", "Ι"), ("z", "Ζ")]


def albanian_greek(text: str) -> str:
    """An Albanian name as a Greek clerk writes it (capitals, no accents): Hoxha -> ΧΟΤΖΑ."""
    out = []
    for word in text.lower().split():
        word = re.sub("ë$", "", word) or word
        i, res = 0, []
        while i < len(word):
            for lat, gr in ALB_GREEK:
                if word.startswith(lat, i):
                    res.append(gr)
                    i += len(lat)
                    break
            else:
                res.append(word[i].upper())
                i += 1
        out.append("".join(res))
    return " ".join(out)


def arabic_latin_de(s: str, dsch: bool) -> str:
    """English-style spelling of an Arabic name as a German record writes it."""
    s = s.replace("sh", "sch").replace("Sh", "Sch").replace("kh", "ch").replace("Kh", "Ch")
    s = s.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    s = re.sub(r"\bY", "J", s)
    s = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "j", s)
    if dsch:
        s = re.sub(r"\bJ(?=[aeiou])", "Dsch", s) if "Dsch" not in s else s
    return s


def arabic_latin_pl(s: str) -> str:
    """English-style spelling of an Arabic name as a Polish record writes it."""
    s = s.replace("sh", "sz").replace("Sh", "Sz").replace("kh", "ch").replace("Kh", "Ch")
    s = s.replace("ou", "u").replace("ee", "i").replace("oo", "u").replace("q", "k")
    s = re.sub(r"\bJ", "Dż", s)
    s = re.sub(r"\bY", "J", s)
    s = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "j", s)
    return s


SUN_STARTS = ("sh", "ch", "th", "dh", "t", "d", "r", "z", "s", "n")


def arabic_article(stem: str, style: str, rng: random.Random, flag: str) -> str:
    """The family name with its article as a given convention writes it."""
    if flag == "0":
        return stem
    drop = .7 if flag == "h" else .15
    if rng.random() < drop:
        return stem
    low = stem.lower()
    sun = next((p for p in SUN_STARTS if low.startswith(p)), None)
    if sun and rng.random() < .12:   # the article assimilated: Ech-Chami, ash-Shami, En-Naji
        pre = ("E" if style in ("fr", "eg") else "a") + sun
        return pre + "-" + stem if rng.random() < .7 else pre + low
    if style == "fr":
        art = wpick(rng, [("El ", 45), ("El-", 15), ("El", 20), ("Al ", 10), ("Al-", 10)])
    elif style == "gulf":
        art = wpick(rng, [("Al ", 55), ("Al-", 25), ("Al", 10), ("al-", 10)])
    elif style == "eg":
        art = wpick(rng, [("El ", 45), ("El-", 20), ("El", 25), ("Al-", 10)])
    else:
        art = wpick(rng, [("al-", 35), ("Al-", 25), ("Al ", 25), ("Al", 5), ("el-", 10)])
    if art in ("El", "Al"):
        return art + low
    return art + stem


def arabic_script_variant(s: str, rng: random.Random) -> str:
    """Arabic-script spellings that differ between clerks: hamza, ta marbuta, alif maqsura."""
    if rng.random() < .3:
        s = s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    if rng.random() < .1:
        s = re.sub("ة(?=\\s|$)", "ه", s)
    if rng.random() < .1:
        s = re.sub("ى(?=\\s|$)", "ي", s)
    if rng.random() < .3:
        s = s.replace("عبد ال", "عبدال")
    return s


# --------------------------------------------------------------------------------------------
# Identifiers: passports, national ID numbers, phones, e-mail
# --------------------------------------------------------------------------------------------

# L letter, # digit, C German document character; anything else literal
PASSPORT_FMT = {
    "gb": "#########", "fr": "##LL#####", "de": "CCCCCCCCC", "at": "L#######", "es": "LLL######",
    "it": "LL#######", "pl": "LL#######", "ru": "#########", "ua": "LL######", "gr": "LL#######",
    "cy": "K########", "ma": "LL#######", "dz": "#########", "tn": "L######", "eg": "L########",
    "sy": "N#########", "lb": "RL#######", "jo": "L#######", "ps": "#######", "sa": "L#######",
    "ae": "L#######", "kw": "L########", "qa": "L#######", "tr": "U########", "al": "LL#######",
    "xk": "P#######", "ro": "########", "md": "LL#######", "ng": "L########", "pk": "LL#######",
}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
DE_DOC = "CFGHJKLMNPRTVWXYZ0123456789"


def fill(fmt: str, rng: random.Random) -> str:
    out = []
    for c in fmt:
        if c == "#":
            out.append(str(rng.randrange(10)))
        elif c == "L":
            out.append(rng.choice(LETTERS))
        elif c == "C":
            out.append(rng.choice(DE_DOC if out else "CFGHJK"))
        else:
            out.append(c)
    return "".join(out)


def write_document_number(number: str, cc: str, rng: random.Random) -> str:
    """The same document number as different clerks type it."""
    r = rng.random()
    if r < .62:
        return number
    if r < .8:
        if cc == "de":
            return number
        if cc == "ru" and number.isdigit():
            return number[:2] + " " + number[2:]
        groups = re.findall(r"[A-Z]+|\d+", number)
        if len(groups) > 1:
            return " ".join(groups)
        return number[:3] + " " + number[3:6] + " " + number[6:]
    if r < .86:
        return number.lower()
    if r < .92:
        return "-".join(re.findall(r"[A-Z]+|\d+", number)) if re.search("[A-Z]", number) \
            else number[:4] + "-" + number[4:]
    if r < .96 and number.isdigit() and number[0] == "0":
        return number.lstrip("0")  # a spreadsheet ate the leading zero
    return number


def pesel(born: date, gender: str, rng: random.Random) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = f"{rng.randrange(1000):03d}{rng.randrange(0, 10, 2) + (gender != 'f')}"
    digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    check = (10 - sum(int(d) * w for d, w in zip(digits, [1, 3, 7, 9] * 3, strict=False)) % 10) % 10
    return digits + str(check)


def dni(rng: random.Random) -> str:
    n = rng.randrange(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def tckn(rng: random.Random) -> str:
    d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def cnp(born: date, gender: str, rng: random.Random) -> str:
    s = (1 if gender != "f" else 2) + (4 if born.year >= 2000 else 0)
    body = f"{s}{born.year % 100:02d}{born.month:02d}{born.day:02d}{rng.randrange(1, 47):02d}" \
           f"{rng.randrange(1, 1000):03d}"
    c = sum(int(a) * int(b) for a, b in zip(body, "279146358279", strict=True)) % 11
    return body + str(1 if c == 10 else c)


def rnokpp(born: date, gender: str, rng: random.Random) -> str:
    days = (born - date(1899, 12, 31)).days
    serial = f"{rng.randrange(1000):03d}{rng.randrange(0, 10, 2) + (gender != 'f')}"
    body = f"{days:05d}{serial}"
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = (sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11) % 10
    return body + str(c)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                   20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def codice_fiscale(surname: str, given: str, born: date, gender: str, city: str) -> str:
    def letters(s: str) -> tuple[str, str]:
        s = re.sub("[^A-Z]", "", ascii_fold(s).upper())
        cons = "".join(c for c in s if c not in "AEIOU")
        return cons, "".join(c for c in s if c in "AEIOU")
    c, v = letters(surname)
    code = (c + v + "XXX")[:3]
    c, v = letters(given)
    code += c[0] + c[2] + c[3] if len(c) >= 4 else (c + v + "XXX")[:3]
    code += f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
    code += f"{born.day + (40 if gender == 'f' else 0):02d}" + IT_BELFIORE.get(city, "H501")
    total = sum(CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                for i, ch in enumerate(code))
    return code + chr(65 + total % 26)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def nino(rng: random.Random) -> str:
    """A well-formed UK National Insurance number."""
    while True:
        pre = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return pre + f"{rng.randrange(10**6):06d}" + rng.choice("ABCD")


GR_ID_LETTERS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
GR_TO_LATIN = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX")


def national_id(p: Person, cc: str, rng: random.Random) -> str | None:
    """The canonical national identity number (Latin letters) for nationality cc, or None."""
    b, g = p.birth, p.gender
    if cc == "pl":
        return pesel(b, g, rng)
    if cc == "es":
        return dni(rng)
    if cc == "tr":
        return tckn(rng)
    if cc == "ro":
        return cnp(b, g, rng)
    if cc == "ua":
        return rnokpp(b, g, rng)
    if cc == "it":
        city = CITIES["it"][p.birthplace[1]]["native"] if p.birthplace and p.birthplace[0] == "it" \
            else "Roma"
        return codice_fiscale(p.name["surname"], p.name["given"][0], b, g, city)
    if cc == "gr" or cc == "cy":
        return rng.choice(GR_ID_LETTERS).translate(GR_TO_LATIN) + \
            rng.choice(GR_ID_LETTERS).translate(GR_TO_LATIN) + f"{rng.randrange(1_000_000):06d}"
    if cc == "ae":
        body = f"784{b.year}{rng.randrange(10_000_000):07d}"
        return body + luhn_digit(body)
    if cc == "eg":
        return f"{2 if b.year < 2000 else 3}{b.year % 100:02d}{b.month:02d}{b.day:02d}" \
               f"{rng.choice(['01', '02', '21', '12', '16'])}{rng.randrange(1000):03d}" \
               f"{rng.randrange(0, 10, 2) + (g != 'f')}{rng.randrange(10)}"
    if cc == "pk":
        return f"{rng.randrange(10000, 99999)}{rng.randrange(10**6, 10**7)}" \
               f"{rng.randrange(0, 10, 2) + (g != 'f')}"
    if cc == "gb":
        return nino(rng)
    fmt = {"fr": "############", "de": "CCCCCCCCC", "ma": "LL######",
           "ru": "##########", "al": "L########L", "xk": "##########", "md": "2############",
           "ng": "###########", "sa": "1#########", "kw": "#" * 12, "qa": "#" * 11,
           "sy": "#" * 11, "jo": "9#########", "ps": "#########", "dz": "#" * 18,
           "tn": "########", "at": None, "lb": None}.get(cc)
    if not fmt:
        return None
    if cc == "ma":
        return rng.choice(["BE", "BK", "BH", "AB", "A", "G", "J", "BJ", "CD", "S", "Z"]) + \
            f"{rng.randrange(10**5, 10**6)}"
    return fill(fmt, rng)


def write_national_id(number: str, cc: str, agency: Agency, rng: random.Random) -> str:
    r = rng.random()
    if cc in ("gr", "cy") and agency.code == "GR_HP":  # Greek cards carry Greek capitals
        greek = number[:2].translate(str.maketrans("ABEZHIKMNOPTYX", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"))
        return greek + (" " if r < .4 else "") + number[2:]
    if cc == "es" and r < .35:
        return f"{number[:8]}-{number[8]}" if r < .2 else \
            f"{number[:2]}.{number[2:5]}.{number[5:8]}-{number[8]}"
    if cc == "pk" and r < .6:
        return f"{number[:5]}-{number[5:12]}-{number[12]}"
    if cc == "ae" and r < .6:
        return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"
    if cc == "ru" and r < .6:
        return f"{number[:2]} {number[2:4]} {number[4:]}" if r < .3 else \
            f"{number[:4]} {number[4:]}"
    if cc == "gb" and r < .4:
        return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:8]} {number[8]}"
    if cc == "fr" and r < .3:
        return f"{number[:4]} {number[4:8]} {number[8:]}"
    if cc in ("it", "de") and r < .15:
        return number.lower()
    return number


# Mobile numbering: dial code, trunk prefix, operator prefixes, national significant number
# length, international digit groups, national formats (# = the digits after the trunk).
PHONE = {
    "gb": ("44", "0", "71 73 74 754 755 756 757 771 772 773 774 775 776 777 780 781 784 785 "
           "786 787 788 789 792 794 795 796 797 798", 10, [4, 6],
           ["0#### ######", "0##########", "0#### ### ###"], ["+44 (0)#### ######"]),
    "fr": ("33", "0", "60 61 62 64 65 66 67 68 73 74 75 76 77 78 79", 9, [1, 2, 2, 2, 2],
           ["0# ## ## ## ##", "0#.##.##.##.##", "0#########"], ["+33 (0)# ## ## ## ##"]),
    "de": ("49", "0", "151 152 157 159 176 177 178 179", 11, [3, 8],
           ["0### ########", "0###-########", "0###/########", "0###########"],
           ["+49 (0)### ########"]),
    "at": ("43", "0", "650 660 664 676 680 681 688 699", 10, [3, 7], ["0### #######"], []),
    "pl": ("48", "", "50 51 53 57 60 66 69 72 73 78 79 88", 9, [3, 3, 3],
           ["### ### ###", "###-###-###", "#########"], ["+48 ###-###-###"]),
    "gr": ("30", "", "690 693 694 695 697 698 699", 10, [3, 3, 4],
           ["### ### ####", "##########", "### #######"], []),
    "cy": ("357", "", "94 95 96 97 99", 8, [2, 6], ["## ######", "########"], []),
    "ma": ("212", "0", "61 62 63 64 65 66 67 70 77", 9, [1, 2, 2, 2, 2],
           ["0# ## ## ## ##", "0###-######", "0#########", "0###.##.##.##"],
           ["+212 ###-######"]),
    "ua": ("380", "0", "50 63 66 67 68 73 93 95 96 97 98 99", 9, [2, 3, 2, 2],
           ["0## ### ## ##", "(0##) ###-##-##", "0#########"],
           ["+38 (0##) ###-##-##", "+380 (##) ###-##-##"]),
    "ru": ("7", "8", "900 903 905 909 910 915 916 917 919 925 926 977 985 999", 10,
           [3, 3, 2, 2], ["8 (###) ###-##-##", "8-###-###-##-##", "8##########"],
           ["+7 (###) ###-##-##", "+7 ###-###-##-##"]),
    "tr": ("90", "0", "530 532 533 535 536 538 541 542 543 544 505 506 507 551 552 553 555",
           10, [3, 3, 2, 2], ["0### ### ## ##", "0##########", "0 (###) ### ## ##"],
           ["+90 (###) ### ## ##"]),
    "al": ("355", "0", "672 674 676 678 682 684 686 688 69", 9, [2, 3, 4],
           ["0## ### ####", "0#########"], []),
    "xk": ("383", "0", "43 44 45 48 49", 8, [2, 3, 3], ["0## ### ###"], []),
    "ro": ("40", "0", "72 73 74 75 76 77", 9, [3, 3, 3],
           ["0### ### ###", "0#########", "0###.###.###"], []),
    "md": ("373", "0", "60 67 68 69 78 79", 8, [2, 3, 3], ["0## ### ###"], []),
    "it": ("39", "", "320 328 329 330 333 334 335 338 339 340 345 347 348 349 366 380 388 389 "
           "392 393", 10, [3, 3, 4], ["### ### ####", "### #######", "##########"], []),
    "es": ("34", "", "6", 9, [3, 2, 2, 2], ["### ## ## ##", "### ### ###", "#########"], []),
    "ng": ("234", "0", "803 805 806 807 808 810 813 814 816 703 706 903 906 802 812 701 708 "
           "902 907", 10, [3, 3, 4], ["0### ### ####", "0##########"], []),
    "pk": ("92", "0", "300 301 302 303 305 306 307 308 310 311 312 313 314 315 320 321 322 "
           "331 333 336 345 346 347", 10, [3, 7], ["0###-#######", "0### #######",
                                                  "0##########"], []),
    "eg": ("20", "0", "10 11 12 15", 10, [2, 4, 4], ["0## #### ####", "0##########"], []),
    "lb": ("961", "0", "70 71 81", 8, [2, 3, 3], ["0## ### ###"], []),
    "sy": ("963", "0", "93 94 95 96 98 99", 9, [3, 3, 3], ["0### ### ###"], []),
    "jo": ("962", "0", "770 771 772 775 776 777 778 779 79", 9, [1, 4, 4],
           ["0# #### ####", "0#########"], []),
    "ps": ("970", "0", "59 56", 9, [3, 3, 3], ["0### ### ###"], []),
    "sa": ("966", "0", "50 53 54 55 56 58 59", 9, [2, 3, 4], ["0## ### ####", "0#########"],
           []),
    "ae": ("971", "0", "50 52 54 55 56 58", 9, [2, 3, 4], ["0## ### ####", "0#########"], []),
    "kw": ("965", "", "50 55 66 94 96 97 99", 8, [4, 4], ["#### ####", "########"], []),
    "qa": ("974", "", "33 55 66 77", 8, [4, 4], ["#### ####"], []),
    "dz": ("213", "0", "55 66 77 65 69 79", 9, [3, 2, 2, 2], ["0### ## ## ##", "0#########"],
           []),
    "tn": ("216", "", "2 5 9", 8, [2, 3, 3], ["## ### ###", "########"], []),
}


def new_phone(cc: str, rng: random.Random) -> str:
    _dial, _trunk, prefixes, length, *_ = PHONE[cc]
    pre = rng.choice(prefixes.split())
    return pre + "".join(str(rng.randrange(10)) for _ in range(length - len(pre)))


def e164(cc: str, nsn: str) -> str:
    return "+" + PHONE[cc][0] + nsn


def _template(t: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if c == "#" else c for c in t)


def _groups(nsn: str, groups: list[int]) -> str:
    out, i = [], 0
    for g in groups:
        out.append(nsn[i:i + g])
        i += g
    if i < len(nsn):
        out[-1] += nsn[i:]
    return " ".join(x for x in out if x)


def write_phone(cc: str, nsn: str, agency: Agency, rng: random.Random) -> str:
    dial, _trunk, _p, _l, groups, national, extra = PHONE[cc]
    if cc == agency.cc and rng.random() < .6:
        return _template(rng.choice(national), nsn)
    r = rng.random()
    if r < .45:
        return f"+{dial} {_groups(nsn, groups)}"
    if r < .7:
        return f"+{dial}{nsn}"
    if r < .85 or not extra:
        return f"00{dial} {_groups(nsn, groups)}"
    return _template(rng.choice(extra), nsn)


EMAIL_DOMAINS = {
    "gb": "gmail.com hotmail.co.uk yahoo.co.uk outlook.com btinternet.com icloud.com",
    "fr": "gmail.com orange.fr hotmail.fr free.fr laposte.net yahoo.fr sfr.fr",
    "de": "gmail.com gmx.de web.de t-online.de outlook.de yahoo.de",
    "at": "gmail.com gmx.at aon.at", "pl": "gmail.com wp.pl o2.pl onet.pl interia.pl",
    "ru": "mail.ru yandex.ru gmail.com rambler.ru bk.ru list.ru",
    "ua": "ukr.net gmail.com i.ua meta.ua", "gr": "gmail.com yahoo.gr hotmail.com otenet.gr",
    "cy": "gmail.com cytanet.com.cy", "ma": "gmail.com hotmail.com yahoo.fr menara.ma outlook.fr",
    "tr": "hotmail.com gmail.com yandex.com.tr", "it": "libero.it gmail.com alice.it",
    "es": "gmail.com hotmail.es yahoo.es", "ro": "yahoo.com gmail.com",
}
HANDLE_WORDS = words("black dark big wolf king boss lion shadow tiger silver ghost eagle star "
                     "prince rocky falcon storm viper cobra smart")


def new_email(latin_given: str, latin_surname: str, born: date, cc: str,
              rng: random.Random) -> str:
    g = keyify(latin_given.split()[0]) or "x"
    s = keyify(latin_surname) or "x"
    yy = f"{born.year % 100:02d}"
    r = rng.random()
    if r < .15:
        local = rng.choice(HANDLE_WORDS) + rng.choice(["", "_", "."]) + \
            rng.choice(HANDLE_WORDS) + str(rng.randrange(1, 100))
    else:
        local = wpick(rng, [(f"{g}.{s}", 25), (f"{g}{s}", 15), (f"{g[0]}{s}", 10),
                            (f"{s}.{g}", 8), (f"{g}_{s}", 8), (f"{g}.{s}{yy}", 12),
                            (f"{g}{yy}", 8), (f"{s}{g[0]}{rng.randrange(1, 100)}", 8),
                            (f"{g}.{s}{born.year}", 6)])
    domains = EMAIL_DOMAINS.get(cc, "gmail.com hotmail.com yahoo.com outlook.com").split()
    domain = "protonmail.com" if rng.random() < .05 else rng.choice(domains)
    return f"{local}@{domain}"


def write_email(email: str, rng: random.Random) -> str:
    local, domain = email.split("@")
    r = rng.random()
    if r < .62:
        return email
    if r < .88:
        return re.sub(r"(^|[._])([a-z])", lambda m: m.group(1) + m.group(2).upper(), local) + \
            "@" + domain
    if r < .96:
        return local.upper() + "@" + domain
    return email.upper()


# --------------------------------------------------------------------------------------------
# Addresses
# --------------------------------------------------------------------------------------------

@dataclass
class Address:
    cc: str
    number: str
    street: str
    city: str
    postcode: str
    flat: str = ""
    quarter: str = ""

    @property
    def ident(self) -> str:
        return f"{self.cc}|{self.street}|{self.number}|{self.flat}|{self.city}"


def new_address(cc: str, rng: random.Random) -> Address:
    t = ADDRESS[cc]
    street = rng.choice(t["streets"])
    city, pc = rng.choice(t["cities"])
    number = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 200)]))
    flat = ""
    if cc == "gb":
        postcode = pc + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        flat = str(rng.randrange(1, 30)) if rng.random() < .3 else ""
    elif cc == "fr":
        postcode = pc
        flat = str(rng.randrange(1, 60)) if rng.random() < .3 else ""
    elif cc == "de":
        postcode = pc + f"{rng.randrange(1000):03d}"
    elif cc == "pl":
        head = (pc + f"{rng.randrange(10)}")[:2]
        postcode = f"{head}-{rng.randrange(1000):03d}"
        flat = str(rng.randrange(1, 80)) if rng.random() < .6 else ""
    elif cc == "gr":
        postcode = f"{pc} {rng.randrange(100):02d}"
    elif cc == "ma":
        postcode = (pc + f"{rng.randrange(100):02d}" + "0")[:5]
    else:  # ua
        postcode = (pc + "".join(str(rng.randrange(10)) for _ in range(5)))[:5]
        flat = str(rng.randrange(1, 150)) if rng.random() < .7 else ""
    quarter = rng.choice(t["quarters"]) if cc == "ma" else ""
    return Address(cc, number, street, city, postcode, flat, quarter)


GB_ABBR = [("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Lane", "Ln"), ("Close", "Cl")]
FR_ABBR = [("rue", "r."), ("avenue", "av."), ("boulevard", "bd"), ("chemin", "ch."),
           ("allée", "all.")]


def write_address(a: Address, agency: Agency, rng: random.Random) -> str:
    lang = agency.lang
    abbrev = rng.random() < .3
    no_pc = rng.random() < .15
    latin = not ((lang == "el" and a.cc == "gr") or (lang == "uk" and a.cc == "ua"))
    if a.cc == "gb":
        street = a.street
        if abbrev:
            for full, short in GB_ABBR:
                street = street.replace(full, short)
        s = (f"Flat {a.flat}, " if a.flat else "") + f"{a.number} {street}, {a.city}"
        s += "" if no_pc else " " + a.postcode
    elif a.cc == "fr":
        street = a.street
        if abbrev:
            for full, short in FR_ABBR:
                street = re.sub(rf"^{full}\b", short, street)
        if rng.random() < .3:
            street = cap_first(street)
        city = a.city.upper() if rng.random() < .4 else a.city
        s = f"{a.number}{',' if rng.random() < .3 else ''} {street}, " + \
            ("" if no_pc else a.postcode + " ") + city
        if a.flat and rng.random() < .5:
            s = f"Appt {a.flat}, " + s
    elif a.cc == "de":
        street = a.street
        if abbrev:
            street = street.replace("straße", "str.").replace("Straße", "Str.")
        if lang != "de" and rng.random() < .5:
            street = german_fold(street)
        s = f"{street} {a.number}, " + ("" if no_pc else a.postcode + " ") + a.city
    elif a.cc == "pl":
        pre = "ul. " if rng.random() < .7 else ""
        flat = (f"/{a.flat}" if rng.random() < .7 else f" m. {a.flat}") if a.flat else ""
        s = f"{pre}{a.street} {a.number}{flat}, " + ("" if no_pc else a.postcode + " ") + a.city
        if lang != "pl" and rng.random() < .5:
            s = ascii_fold(s)
    elif a.cc == "ma":
        num = f"N° {a.number}" if rng.random() < .2 else a.number
        s = f"{num}, {a.street}, {a.quarter}, {a.city}" + ("" if no_pc else " " + a.postcode)
        if rng.random() < .4:
            s = ascii_fold(s)
    elif a.cc == "gr":
        if not latin:
            s = f"{a.street} {a.number}, " + ("" if no_pc else a.postcode + " ") + a.city
            if rng.random() < .4:
                s = upper(s)
        else:
            city = RES_CITY_EXONYM.get(a.city, {}).get(lang) if rng.random() < .5 else None
            city = city or greek_latin(a.city)
            s = f"{greek_latin(a.street)} {a.number}, " + \
                ("" if no_pc else a.postcode + " ") + city
    else:  # ua
        if not latin:
            if rng.random() < .6:
                s = f"вул. {a.street}, буд. {a.number}" + (f", кв. {a.flat}" if a.flat else "") + \
                    f", м. {a.city}" + ("" if no_pc else f", {a.postcode}")
            else:
                s = f"м. {a.city}, вул. {a.street}, {a.number}" + \
                    (f", кв. {a.flat}" if a.flat else "")
        else:
            street = cyr_latin(a.street, "kmu", "uk")
            city = RES_CITY_EXONYM.get(a.city, {}).get(lang) if rng.random() < .5 else None
            city = city or cyr_latin(a.city, "kmu", "uk")
            if rng.random() < .5:
                s = f"vul. {street}, {a.number}" + (f", kv. {a.flat}" if a.flat else "") + \
                    f", {city}" + ("" if no_pc else f", {a.postcode}")
            else:
                s = f"{a.number} {street} St." + (f", apt. {a.flat}" if a.flat else "") + \
                    f", {city}" + ("" if no_pc else f" {a.postcode}")
    if rng.random() < .1:
        s = upper(s)
    if a.cc != agency.cc and rng.random() < .6:
        names = COUNTRY_NAMES[a.cc]
        s += ", " + names.get("fr" if lang == "ar" else lang, names["en"])
    return s


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

# culture: (share %, name family, nationalities, affinity to GB FR DE PL GR MA UA)
CULTURES = {
    "english": (7, "latin", [("gb", 1)], (6, 2, 2, 1, 1, 1, 1)),
    "french": (8, "latin", [("fr", 1)], (2, 6, 2, 1, 1, 3, 1)),
    "german": (7, "latin", [("de", 9), ("at", 1)], (2, 2, 6, 2, 1, 1, 1)),
    "spanish": (4, "latin", [("es", 1)], (2, 4, 2, 1, 1, 3, 1)),
    "polish": (9, "latin", [("pl", 1)], (3, 1, 4, 6, 1, 1, 2)),
    "russian": (8, "cyr", [("ru", 1)], (3, 2, 4, 4, 2, 1, 6)),
    "ukrainian": (7, "cyr", [("ua", 1)], (2, 1, 3, 6, 1, 1, 6)),
    "greek": (8, "greek", [("gr", 9), ("cy", 1)], (2, 1, 3, 1, 6, 1, 1)),
    "maghreb": (10, "arab", [("ma", 7), ("dz", 2), ("tn", 1)], (2, 6, 3, 1, 1, 6, 1)),
    "levant": (5, "arab", [("sy", 45), ("lb", 30), ("jo", 15), ("ps", 10)], (3, 3, 5, 1, 3, 1, 1)),
    "gulf": (2, "arab", [("sa", 45), ("ae", 35), ("kw", 10), ("qa", 10)], (5, 2, 3, 1, 2, 3, 1)),
    "egypt": (4, "arab", [("eg", 1)], (3, 2, 3, 1, 4, 2, 1)),
    "turkish": (5, "latin", [("tr", 1)], (3, 2, 6, 1, 3, 1, 1)),
    "albanian": (5, "latin", [("al", 65), ("xk", 35)], (4, 2, 3, 1, 6, 1, 1)),
    "romanian": (4, "latin", [("ro", 85), ("md", 15)], (3, 3, 4, 2, 2, 1, 2)),
    "italian": (3, "latin", [("it", 1)], (3, 4, 4, 1, 3, 1, 1)),
    "nigerian": (2, "variant", [("ng", 1)], (6, 2, 3, 1, 2, 2, 2)),
    "pakistani": (2, "variant", [("pk", 1)], (6, 1, 3, 1, 3, 1, 1)),
}
# A second nationality is common for some diasporas: (culture, country of residence) -> share
DUAL = {("maghreb", "fr"): .35, ("turkish", "de"): .25, ("pakistani", "gb"): .3,
        ("nigerian", "gb"): .25, ("russian", "de"): .1, ("levant", "de"): .1,
        ("albanian", "gr"): .1, ("ukrainian", "pl"): .05, ("levant", "fr"): .1}
# Very common full names: several different people carry each (persons per 1000).
HOT = [
    ("french", "m", "Jean", "Martin", 3.0), ("polish", "f", "Anna", "Nowak", 3.0),
    ("russian", "m", "Иван", "Петров", 3.0), ("greek", "m", 0, 0, 3.0),
    ("egypt", "m", "muhammad", "ali", 2.0), ("maghreb", "m", "muhammad", "amrani", 2.0),
    ("pakistani", "m", "muhammad", "ali", 1.0), ("english", "m", "David", "Smith", 2.0),
    ("german", "m", "Thomas", "Müller", 2.0), ("spanish", "m", "José", "García", 1.5),
    ("turkish", "m", "Mehmet", "Yılmaz", 2.0), ("ukrainian", "m", "Олександр", "Шевченко", 2.0),
    ("polish", "m", "Jan", "Kowalski", 1.5), ("albanian", "m", "Arben", "Hoxha", 1.0),
    ("romanian", "m", "Ion", "Popescu", 1.0), ("maghreb", "f", "fatima", "benali", 1.0),
    ("italian", "m", "Giuseppe", "Rossi", 1.0), ("nigerian", "m", "ibrahim", "musa", 1.0),
    ("russian", "f", "Елена", "Иванов", 1.0),
]
AGENCY_COUNT = [(1, 20), (2, 50), (3, 20), (4, 10)]


def _variant_table(text: str) -> dict[str, list[str]]:
    return {k: v.split("/") for k, v in (item.split(":") for item in text.split())}


VARIANTS = {c: {slot: _variant_table(t[slot]) for slot in ("m", "f", "s")}
            for c, t in VARIANT_CULTURES.items()}


def _zipfs():
    z = {}
    for c, t in LATIN.items():
        z[c] = {slot: Zipf(t[slot], 1.0 if slot != "s" else 0.85) for slot in ("m", "f", "s")}
    for c, t in VARIANTS.items():
        z[c] = {slot: Zipf(list(t[slot]), 1.0 if slot != "s" else 0.85) for slot in "mfs"}
    for c, t in (("russian", RU), ("ukrainian", UK)):
        z[c] = {slot: Zipf(t[slot], 1.0 if slot != "s" else 0.85) for slot in ("m", "f", "s")}
    z["greek"] = {"m": Zipf(range(len(GR_M)), 1.0), "f": Zipf(range(len(GR_F)), 1.0),
                  "s": Zipf(range(len(GR_S)), 0.85)}
    for r, t in AR_REGIONS.items():
        z[r] = {slot: Zipf(t[slot], 1.0 if slot != "s" else 0.85) for slot in ("m", "f", "s")}
    return z


ZIPF = _zipfs()


@dataclass
class Person:
    pid: str
    culture: str
    gender: str
    name: dict
    birth: date
    birth_year_only: bool = False
    nats: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    residence: str = ""
    address: Address | None = None
    birthplace: tuple[str, int] | None = None
    passports: list[dict] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    phones: list[tuple[str, str]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    group: str = ""          # deliberate namesake group
    group_kind: str = ""
    sparse: bool = False     # deliberately thin records (namesakes with nothing but a name)
    shared_home: bool = False  # lives with a namesake relative (same address)

    @property
    def family(self) -> str:
        return CULTURES[self.culture][1]


def surname_form(culture: str, s, gender: str):
    if culture == "polish" and gender == "f" and s.endswith(("ski", "cki", "dzki", "ny")):
        return s[:-1] + "a"
    if culture == "russian":
        return ru_surname(s, gender)
    if culture == "ukrainian":
        return uk_surname(s, gender)
    return s


def new_name(culture: str, gender: str, rng: random.Random, given=None, surname=None) -> dict:
    fam = CULTURES[culture][1]
    z = ZIPF[culture]
    if fam == "latin":
        t = LATIN[culture]
        g = [given or z[gender].pick(rng)]
        if rng.random() < t["middle"]:
            g.append(z[gender].pick(rng, avoid=g))
        name = dict(given=g, surname=surname or z["s"].pick(rng))
        if culture == "spanish":
            name["surname2"] = z["s"].pick(rng, avoid=[name["surname"]])
        if culture == "albanian":
            name["father"] = z["m"].pick(rng)
        if t["married"] and gender == "f" and rng.random() < .35:
            name["maiden"] = z["s"].pick(rng, avoid=[name["surname"]])
        return name
    if fam == "variant":
        t = VARIANTS[culture]
        g = [given or z[gender].pick(rng)]
        if rng.random() < VARIANT_CULTURES[culture]["middle"]:
            g.append(z[gender].pick(rng, avoid=g))
        name = dict(given=g, surname=surname or z["s"].pick(rng))
        name["prefix"] = (culture == "pakistani" and gender == "m" and g[0] != "muhammad"
                          and rng.random() < .45)
        spell = {}
        for slot, key in [(gender, k) for k in g] + [("s", name["surname"]), ("m", "muhammad")]:
            options = t[slot].get(key) or t["m"].get(key) or [key.title()]
            spell[key + ":" + slot] = options[min(int(rng.random() ** 2 * len(options)),
                                                  len(options) - 1)]
        name["spell"] = spell
        return name
    if fam == "cyr":
        t = RU if culture == "russian" else UK
        return dict(given=given or z[gender].pick(rng), father=z["m"].pick(rng),
                    surname=surname or z["s"].pick(rng),
                    pp="icao" if rng.random() < .7 else "ru1997")
    if fam == "greek":
        return dict(given=given if given is not None else z[gender].pick(rng),
                    father=z["m"].pick(rng), surname=surname if surname is not None
                    else z["s"].pick(rng))
    # arab
    region = culture
    given = given or z[gender].pick(rng)
    father = z["m"].pick(rng, avoid=[given])
    name = dict(region=region, given=given, father=father,
                grand=z["m"].pick(rng) if region in ("gulf", "egypt") else None)
    if surname:
        name["family"] = surname
        name["fam_given"] = surname not in AR_FAM
    elif region == "egypt" and rng.random() < .4:
        name["family"] = z["m"].pick(rng, avoid=[given, father])
        name["fam_given"] = True
    else:
        name["family"] = z["s"].pick(rng)
        name["fam_given"] = False
    spell = {}
    for key, table in ((given, AR_M if gender == "m" else AR_F), (father, AR_M),
                       (name["grand"], AR_M),
                       (name["family"], AR_M if name["fam_given"] else AR_FAM)):
        if key is None:
            continue
        options = table[key]["fr"] if region == "maghreb" else \
            AR_REGIONAL.get((key, region), table[key]["en"])
        spell[key] = options[min(int(rng.random() ** 2 * len(options)), len(options) - 1)]
    name["spell"] = spell
    fam_entry = AR_M[name["family"]] if name["fam_given"] else AR_FAM[name["family"]]
    style = {"maghreb": "fr", "gulf": "gulf", "egypt": "eg"}.get(region, "en")
    name["own_family"] = arabic_article(spell[name["family"]], style, rng,
                                        "0" if name["fam_given"] else fam_entry["art"])
    return name


# --------------------------------------------------------------------------------------------
# Writing a person's name the way one agency does
# --------------------------------------------------------------------------------------------

@dataclass
class Written:
    names: list[str]
    key: str                     # given + surname key of the name as written (for namesakes)
    alias: list[str] = field(default_factory=list)
    props: dict[str, list[str]] = field(default_factory=dict)


def assemble(given: str, surname: str, order: str) -> str:
    caps = order.endswith("^")
    o = order.rstrip("^")
    if not given:
        s = surname
    elif o == "GS":
        s = f"{given} {surname}"
    elif o == "SG":
        s = f"{upper(surname)} {given}"
    elif o == "S,G":
        s = f"{surname}, {given}"
    else:  # SU,G
        s = f"{upper(surname)}, {given}"
    return upper(s) if caps else s


def fold_with(s: str, mode: str) -> str:
    if mode == "ascii":
        return ascii_fold(s)
    if mode == "german":
        return german_fold(s)
    return s


def maybe_typo(parts: list[str], rng: random.Random) -> list[str]:
    if rng.random() < TYPO and parts:
        i = rng.randrange(len(parts))
        parts = list(parts)
        parts[i] = typo(parts[i], rng)
    return parts


def particles(s: str, rng: random.Random) -> str:
    """O'Brien, D'Angelo, Le Gall, De Luca, Da Silva as different systems keep them."""
    if "'" in s:
        return wpick(rng, [(s, 60), (s.replace("'", ""), 15), (s.replace("'", " "), 10),
                           (s.replace("'", "’"), 15)])
    if re.match(r"^(Le|De|Da|Di|La) ", s):
        joined = s.replace(" ", "")
        return wpick(rng, [(s, 70), (joined, 15), (cap_first(joined.lower()), 15)])
    return s


def structured(ag: Agency, rng: random.Random, first: str, last: str, middle: str = "",
               p_first: dict | None = None) -> dict[str, list[str]]:
    prob = (p_first or {"DE_BKA": .7, "PL_CBSP": .5, "GB_NCA": .2, "UA_NPU": .35,
                        "GR_HP": .3}).get(ag.code, 0)
    if rng.random() >= prob:
        return {}
    out = {"firstName": [first], "lastName": [last]}
    if middle:
        out["middleName"] = [middle]
    return out


def write_latin(p: Person, ag: Agency, rng: random.Random) -> Written:
    c, n = p.culture, p.name
    fold = wpick(rng, FOLDING[ag.code])
    given = n["given"][0]
    if "-" in given and rng.random() < .2:
        given = given.replace("-", " ")
    middles = []
    for m in n["given"][1:]:
        r = rng.random()
        if r < (.6 if ag.code == "GB_NCA" else .35):
            middles.append(m)
        elif r < (.8 if ag.code == "GB_NCA" else .45):
            middles.append(m[0] + ".")
    if c == "albanian" and rng.random() < (.4 if ag.code == "GR_HP" else .1):
        middles.append(n["father"])
    base = surname_form(c, n["surname"], p.gender)
    surname, key_surname = base, base
    extra_after = ""
    if n.get("maiden"):
        maiden = surname_form(c, n["maiden"], p.gender)
        mode = wpick(rng, [("married", 50), ("maiden", 20), ("double", 15), ("nee", 15)])
        if mode == "maiden":
            surname = key_surname = maiden
        elif mode == "double":
            surname = f"{base}-{maiden}" if rng.random() < .6 else f"{maiden}-{base}"
            key_surname = surname.split("-")[0]
        elif mode == "nee":
            word = {"fr": "née", "de": "geb.", "pl": "z d."}.get(ag.lang, "née")
            extra_after = f" {word} {maiden}" if ag.lang != "en" else f" (née {maiden})"
    if c == "spanish":
        s2 = n["surname2"]
        surname = wpick(rng, [(f"{base} {s2}", 60), (base, 30), (f"{base}-{s2}", 10)])
    if c == "albanian" and surname.endswith("a") and len(surname) > 3 and rng.random() < .15:
        surname = surname[:-1] + "ë"
    if c == "romanian" and rng.random() < .25:
        surname = surname.replace("ș", "ş").replace("ț", "ţ")
        given = given.replace("ș", "ş").replace("ț", "ţ")
    surname = particles(surname, rng)
    given, surname, *middles = maybe_typo([given, surname, *middles], rng)
    given_f, surname_f = fold_with(given, fold), fold_with(surname, fold)
    middles = [fold_with(m, fold) for m in middles]
    full_given = " ".join([given_f, *middles])
    order = wpick(rng, ORDERS[ag.code])
    props = structured(ag, rng, given_f, surname_f, " ".join(middles))
    alias = []
    names = [assemble(full_given, surname_f + fold_with(extra_after, fold), order)]
    if c == "albanian" and ag.code == "GR_HP" and rng.random() < .3:
        greek = f"{albanian_greek(n['surname'])} {albanian_greek(n['given'][0])}"
        names.insert(0, greek)
        props["fatherName"] = [albanian_greek(n["father"])]
    elif c == "albanian" and ag.code == "GR_HP" and rng.random() < .5:
        props["fatherName"] = [fold_with(n["father"], fold)]
    return Written(names, keyify(n["given"][0]) + " " + keyify(key_surname), alias, props)


def write_variant(p: Person, ag: Agency, rng: random.Random) -> Written:
    """Nigerian and Pakistani names: Latin script, spellings vary per record."""
    c, n = p.culture, p.name
    t = VARIANTS[c]

    def spell(key: str, slot: str) -> str:
        own = n["spell"].get(key + ":" + slot)
        options = t[slot].get(key) or t["m"].get(key) or [key.title()]
        if own and rng.random() < .75:
            return own
        return rng.choice(options)

    given = spell(n["given"][0], p.gender)
    middles = [spell(m, p.gender) for m in n["given"][1:] if rng.random() < .5]
    if n.get("prefix"):
        pre = wpick(rng, [(spell("muhammad", "m"), 55), ("M.", 10), ("Mohd", 5), ("", 30)])
        if pre:
            given = f"{pre} {given}"
    surname = spell(n["surname"], "s")
    given, surname, *middles = maybe_typo([given, surname, *middles], rng)
    order = wpick(rng, ORDERS[ag.code])
    if c == "nigerian" and rng.random() < .2:
        order = "SG" if not order.endswith("^") else "SG^"
    props = structured(ag, rng, given, surname, " ".join(middles))
    names = [assemble(" ".join([given, *middles]), surname, order)]
    return Written(names, n["given"][0] + " " + n["surname"], [], props)


CYR_SCHEMES = {  # (Russian person, Ukrainian person) -> weighted schemes; "pp" = passport
    "GB_NCA": ([("pp", 35), ("bgn", 30), ("bgn_pop", 35)],
               [("kmu", 60), ("enuk", 25), ("ru:bgn_pop", 15)]),
    "FR_OCRTIS": ([("fr", 60), ("pp", 40)], [("fr", 50), ("kmu", 35), ("ru:fr", 15)]),
    "DE_BKA": ([("de", 60), ("pp", 40)], [("de", 50), ("kmu", 35), ("ru:de", 15)]),
    "PL_CBSP": ([("pl", 70), ("pp", 30)], [("pl", 50), ("kmu", 50)]),
    "GR_HP": ([("pp", 85), ("bgn_pop", 15)], [("kmu", 85), ("ru:icao", 15)]),
    "MA_DGSN": ([("fr", 50), ("pp", 50)], [("kmu", 70), ("fr", 30)]),
}
CYR_PATRONYMIC = {"GB_NCA": .15, "FR_OCRTIS": .1, "DE_BKA": .25, "PL_CBSP": .2, "GR_HP": .05,
                  "MA_DGSN": .05}


def cyr_forms(p: Person, form: str) -> tuple[str, str, str]:
    """(given, patronymic, surname) in Cyrillic, in the person's own or the other language."""
    n, g = p.name, p.gender
    if p.culture == "russian":
        given, father, surname = n["given"], n["father"], ru_surname(n["surname"], g)
        if form == "uk":
            ug, uf = RU_TO_UK[given], RU_TO_UK[father]
            return ug, uk_patronymic(uf, g), ru_to_uk_spelling(surname)
        return given, ru_patronymic(father, g), surname
    given, father, surname = n["given"], n["father"], uk_surname(n["surname"], g)
    if form == "ru":
        rg, rf = UK_TO_RU[given], UK_TO_RU[father]
        return rg, ru_patronymic(rf, g), uk_to_ru_spelling(surname)
    return given, uk_patronymic(father, g), surname


def person_key_cyr(p: Person) -> str:
    lang = "ru" if p.culture == "russian" else "uk"
    g, _, s = cyr_forms(p, lang)
    return keyify(cyr_latin(g, "icao", lang)) + " " + keyify(cyr_latin(s, "icao", lang))


def passport_latin(p: Person, caps: bool = True) -> tuple[str, str]:
    lang = "ru" if p.culture == "russian" else "uk"
    g, _, s = cyr_forms(p, lang)
    scheme = p.name["pp"] if lang == "ru" else "kmu"
    g, s = cyr_latin(g, scheme, lang), cyr_latin(s, scheme, lang)
    return (upper(g), upper(s)) if caps else (g, s)


def write_cyr(p: Person, ag: Agency, rng: random.Random) -> Written:
    own = "ru" if p.culture == "russian" else "uk"
    key = person_key_cyr(p)
    if ag.code == "UA_NPU":
        other = "uk" if own == "ru" else "ru"
        form = other if rng.random() < (.3 if own == "ru" else .1) else own
        g, pat, s = cyr_forms(p, form)
        if form == "ru" and rng.random() < .5:
            g, pat, s = (x.replace("ё", "е").replace("Ё", "Е") for x in (g, pat, s))
        g, s, pat = maybe_typo([g, s, pat], rng)
        style = wpick(rng, [("SGP", 65), ("GPS", 20), ("init", 5), ("SG", 10)])
        if style == "SGP":
            name = f"{s} {g} {pat}"
        elif style == "GPS":
            name = f"{g} {pat} {s}"
        elif style == "init":
            name = f"{s} {g[0]}. {pat[0]}."
        else:
            name = f"{s} {g}"
        if rng.random() < .1:
            name = upper(name)
        names, alias = [name], []
        if rng.random() < .3:
            lg, ls = passport_latin(p)
            (names if rng.random() < .6 else alias).append(f"{ls} {lg}")
        props = {}
        if rng.random() < .6 and style != "init":
            props["patronymic"] = [pat]
        props.update(structured(ag, rng, g, s))
        return Written(names, key, alias, props)
    choice = wpick(rng, CYR_SCHEMES[ag.code][own == "uk"])
    form = own
    if choice.startswith("ru:"):
        form, choice = "ru", choice[3:]
    g, pat, s = cyr_forms(p, form)
    lang = form
    caps = False
    if choice == "pp":
        choice = p.name["pp"] if own == "ru" else "kmu"
        caps = rng.random() < .6
    elif lang == "ru" and rng.random() < .5:
        g, pat, s = (x.replace("ё", "е") for x in (g, pat, s))
    lg, lpat, ls = (cyr_latin(x, choice, lang) for x in (g, pat, s))
    if ag.code == "GB_NCA" and choice.startswith("bgn") and rng.random() < .4:
        lg = lg.replace("Aleks", "Alex")
    fold = wpick(rng, FOLDING[ag.code])
    lg, lpat, ls = (fold_with(x, fold) for x in (lg, lpat, ls))
    lg, ls, lpat = maybe_typo([lg, ls, lpat], rng)
    with_pat = rng.random() < CYR_PATRONYMIC[ag.code]
    order = wpick(rng, ORDERS[ag.code])
    if caps:
        order = rng.choice(["GS^", "SG^"])
    names = [assemble(f"{lg} {lpat}" if with_pat else lg, ls, order)]
    props = structured(ag, rng, lg, ls, lpat if with_pat else "")
    if with_pat and ag.code == "DE_BKA" and rng.random() < .5:
        props["patronymic"] = [lpat]
    return Written(names, key, [], props)


def greek_parts(p: Person) -> tuple[tuple[str, str], str, tuple[str, str]]:
    table = GR_M if p.gender == "m" else GR_F
    return table[p.name["given"]], GR_S[p.name["surname"]][p.gender == "f"], \
        GR_M[p.name["father"]]


def write_greek(p: Person, ag: Agency, rng: random.Random) -> Written:
    (formal, informal), surname, (f_formal, f_informal) = greek_parts(p)
    key = keyify(greek_latin(formal)) + " " + keyify(greek_latin(surname))
    if ag.code == "GR_HP":
        g = formal if rng.random() < .65 else informal
        caps = rng.random() < .45
        g, s = maybe_typo([g, surname], rng)
        name = f"{s} {g}" if rng.random() < .55 else f"{g} {s}"
        names = [upper(name) if caps else name]
        props = {}
        if rng.random() < .7:
            father = f_formal if rng.random() < .6 else f_informal
            props["fatherName"] = [upper(father) if caps else father]
        if rng.random() < .25:
            (names if rng.random() < .6 else props.setdefault("alias", [])).append(
                upper(f"{greek_latin(surname)} {greek_latin(formal)}"))
        alias = props.pop("alias", [])
        props.update(structured(ag, rng, upper(g) if caps else g, upper(s) if caps else s))
        return Written(names, key, alias, props)
    style = wpick(rng, [("pp", 50), ("elot_informal", 20), ("phonetic", 30)])
    if style == "pp":
        g, s = greek_latin(formal), greek_latin(surname)
        order = rng.choice(["GS^", "SG^"]) if rng.random() < .6 else wpick(rng, ORDERS[ag.code])
    else:
        ph = style == "phonetic"
        ch = "h" if rng.random() < .5 else "ch"
        g, s = greek_latin(informal, ph, ch), greek_latin(surname, ph, ch)
        order = wpick(rng, ORDERS[ag.code])
    g, s = maybe_typo([g, s], rng)
    mid = greek_latin(f_formal) if rng.random() < .05 else ""
    names = [assemble(f"{g} {mid}".strip(), s, order)]
    return Written(names, key, [], structured(ag, rng, g, s))


ARAB_STYLE = {  # how each agency spells an Arabic name in Latin script
    "MA_DGSN": [("fr", 60), ("own", 40)], "FR_OCRTIS": [("fr", 60), ("own", 40)],
    "GB_NCA": [("en", 55), ("own", 45)], "DE_BKA": [("own", 55), ("de", 45)],
    "PL_CBSP": [("own", 50), ("pl", 50)], "GR_HP": [("own", 90), ("en", 10)],
    "UA_NPU": [("own", 85), ("en", 15)],
}
ARAB_FATHER = {"MA_DGSN": .3, "FR_OCRTIS": .15, "GB_NCA": .3, "DE_BKA": .35, "PL_CBSP": .2,
               "GR_HP": .2, "UA_NPU": .15}


def write_arab(p: Person, ag: Agency, rng: random.Random) -> Written:
    n = p.name
    gtable = AR_M if p.gender == "m" else AR_F
    ftable = AR_M if n["fam_given"] else AR_FAM
    fentry = ftable[n["family"]]
    key = n["given"].replace("_", "") + " " + n["family"].replace("_", "")
    with_father = rng.random() < ARAB_FATHER[ag.code]
    with_grand = with_father and n["grand"] and rng.random() < .3
    if ag.code == "MA_DGSN" and rng.random() < .85:
        art = fentry["art"] != "0" and not n["fam_given"]
        fam = ("ال" + fentry["ar"]) if art and rng.random() < .9 else fentry["ar"]
        chain = [gtable[n["given"]]["ar"]]
        if rng.random() < .7:
            chain += (["بن"] if rng.random() < .35 else []) + [AR_M[n["father"]]["ar"]]
            if n["grand"] and rng.random() < .3:
                chain.append(AR_M[n["grand"]]["ar"])
        chain = maybe_typo(chain, rng) if rng.random() < .5 else chain
        name = " ".join([*chain, fam]) if rng.random() < .7 else " ".join([fam, *chain])
        names, alias = [arabic_script_variant(name, rng)], []
        props = {}
        if rng.random() < .4:
            props["fatherName"] = [AR_M[n["father"]]["ar"]]
        if rng.random() < .45:
            latin = _arab_latin(p, ag, rng, "fr", False, False)
            (names if rng.random() < .6 else alias).append(latin[0])
        return Written(names, key, alias, props)
    style = wpick(rng, ARAB_STYLE[ag.code])
    name, props = _arab_latin(p, ag, rng, style, with_father, bool(with_grand))
    return Written([name], key, [], props)


def _arab_latin(p: Person, ag: Agency, rng: random.Random, style: str, with_father: bool,
                with_grand: bool):
    n = p.name
    region = n["region"]
    gtable = AR_M if p.gender == "m" else AR_F

    def part(key: str, table: dict) -> str:
        if style == "own" and key in n["spell"] and rng.random() < .85:
            return n["spell"][key]
        e = table[key]
        if style == "fr":
            return e["fr"][min(int(rng.random() ** 1.5 * len(e["fr"])), len(e["fr"]) - 1)]
        options = AR_REGIONAL.get((key, region), e["en"])
        en = options[min(int(rng.random() ** 1.5 * len(options)), len(options) - 1)]
        if style == "de":
            return arabic_latin_de(en, rng.random() < .2)
        if style == "pl":
            return arabic_latin_pl(en)
        return en

    given = part(n["given"], gtable)
    mids = []
    if with_father:
        if region == "gulf" and rng.random() < .5:
            mids.append(wpick(rng, [("bin", 50), ("Bin", 25), ("ibn", 15), ("ben", 10)]))
        mids.append(part(n["father"], AR_M))
        if with_grand:
            mids.append(part(n["grand"], AR_M))
    ftable = AR_M if n["fam_given"] else AR_FAM
    if style == "own" and rng.random() < .85:
        family = n["own_family"]
    else:
        stem = part(n["family"], ftable)
        art_style = {"fr": "fr"}.get(style, {"gulf": "gulf", "egypt": "eg"}.get(region, "en"))
        family = arabic_article(stem, art_style, rng,
                                "0" if n["fam_given"] else ftable[n["family"]]["art"])
    fold = wpick(rng, FOLDING[ag.code])
    given, family, *mids = maybe_typo([given, family, *mids], rng)
    given, family = fold_with(given, fold), fold_with(family, fold)
    mids = [fold_with(m, fold) for m in mids]
    order = wpick(rng, ORDERS[ag.code])
    if ag.code == "GR_HP" and rng.random() < .5:
        order = "SG^"
    name = assemble(" ".join([given, *mids]), family, order)
    props = structured(ag, rng, given, family, " ".join(mids))
    if ag.code == "MA_DGSN" and with_father and rng.random() < .4:
        props["fatherName"] = [mids[-1]]
    return name, props


def write_name(p: Person, ag: Agency, rng: random.Random) -> Written:
    fam = p.family
    if fam == "latin":
        return write_latin(p, ag, rng)
    if fam == "variant":
        return write_variant(p, ag, rng)
    if fam == "cyr":
        return write_cyr(p, ag, rng)
    if fam == "greek":
        return write_greek(p, ag, rng)
    return write_arab(p, ag, rng)


def own_latin_name(p: Person) -> tuple[str, str]:
    """The Latin spelling the person uses himself (for e-mail addresses)."""
    fam, n = p.family, p.name
    if fam == "latin":
        return ascii_fold(n["given"][0]), ascii_fold(surname_form(p.culture, n["surname"],
                                                                  p.gender))
    if fam == "variant":
        return n["spell"][n["given"][0] + ":" + p.gender], n["spell"][n["surname"] + ":s"]
    if fam == "cyr":
        g, s = passport_latin(p, caps=False)
        return g, s
    if fam == "greek":
        (_formal, informal), surname, _ = greek_parts(p)
        return greek_latin(informal), greek_latin(surname)
    return n["spell"][n["given"]], n["own_family"]


# --------------------------------------------------------------------------------------------
# The population: common names, deliberate namesakes, everyone else
# --------------------------------------------------------------------------------------------

TWIN_KINDS = [("near_surname", 30), ("relative", 25), ("junior", 15), ("same_name_sparse", 30)]
# The brief's own examples, made sure to exist: (culture, kind, given, surname A, surname B) and
# (culture, "relative", his given, her given, surname).
SHOWCASE = [("polish", "near_surname", "Marcin", "Kowalski", "Kozłowski"),
            ("polish", "relative", "Jan", "Anna", "Nowak"),
            ("russian", "near_surname", "Евгений", "Жуков", "Жучков")]
JUNIOR_CULTURES = ("english", "french", "german", "spanish", "italian", "polish", "russian",
                   "nigerian", "greek", "romanian")


def near_pairs(culture: str) -> list[tuple]:
    fam = CULTURES[culture][1]
    if fam == "latin":
        return LATIN[culture]["near"]
    if fam == "variant":
        return VARIANT_CULTURES[culture]["near"]
    if fam == "cyr":
        return (RU if culture == "russian" else UK)["near"]
    if fam == "greek":
        idx = {m: i for i, (m, _f) in enumerate(GR_S)}
        return [(idx[a], idx[b]) for a, b in GR_NEAR]
    return AR_REGIONS[culture]["near"]


class Population:
    def __init__(self, n_persons: int, rng: random.Random):
        self.n, self.rng = n_persons, rng
        self.persons: list[Person] = []
        self.relatives: list[tuple[str, str]] = []   # deliberate same-surname relatives
        self.near: list[tuple[str, str]] = []        # deliberate near-surname namesakes
        cultures = list(CULTURES)
        self.culture_pick = [(c, CULTURES[c][0]) for c in cultures]

    def birth(self, lo: int = 1950, hi: int = 2005) -> date:
        year = int(self.rng.triangular(lo, hi, min(max(1987, lo), hi)))
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(365))

    def person(self, culture: str, gender: str | None = None, given=None, surname=None,
               born: date | None = None) -> Person:
        rng = self.rng
        gender = gender or ("m" if rng.random() < .7 else "f")
        name = new_name(culture, gender, rng, given, surname)
        p = Person(pid=f"P{len(self.persons) + 1:05d}", culture=culture, gender=gender,
                   name=name, birth=born or self.birth())
        if CULTURES[culture][1] in ("arab", "variant") and rng.random() < .04:
            p.birth_year_only = True
            p.birth = date(p.birth.year, 1, 1)
        self.persons.append(p)
        return p

    def build(self) -> list[Person]:
        rng = self.rng
        for gi, (culture, gender, given, surname, rate) in enumerate(HOT):
            for _ in range(max(2, round(rate * self.n / 1000))):
                p = self.person(culture, gender, given, surname)
                p.group, p.group_kind = f"hot{gi}", "hot_name"
        for ti in range(round(self.n * .025)):
            self.twins(ti, SHOWCASE[ti] if ti < len(SHOWCASE) else None)
        while len(self.persons) < self.n:
            self.person(wpick(rng, self.culture_pick))
        del self.persons[self.n:]
        for p in self.persons:
            if not p.agencies:
                self.place(p)
        for p in self.persons:
            self.facts(p)
        return self.persons

    def twins(self, ti: int, show: tuple | None = None) -> None:
        rng = self.rng
        culture = wpick(rng, self.culture_pick)
        kind = wpick(rng, TWIN_KINDS)
        if show:
            culture, kind = show[0], show[1]
        fam = CULTURES[culture][1]
        if kind == "junior" and culture not in JUNIOR_CULTURES:
            kind = "same_name_sparse"
        gender = "m" if rng.random() < .7 else "f"
        if kind == "near_surname":
            a_s, b_s = rng.choice(near_pairs(culture))
            if rng.random() < .5:
                a_s, b_s = b_s, a_s
            if show:
                gender, a_s, b_s = "m", show[3], show[4]
            a = self.person(culture, gender, given=show[2] if show else None, surname=a_s)
            b = self.person(culture, gender, given=self._given(a), surname=b_s)
            self.near.append((a.pid, b.pid))
        elif kind == "relative" and show:
            a = self.person(culture, "m", given=show[2], surname=show[4])
            b = self.person(culture, "f", given=show[3], surname=show[4])
            b.birth = self._shift(a.birth, rng.randrange(-8, 9))
            self.relatives.append((a.pid, b.pid))
        elif kind == "relative":
            a = self.person(culture, gender)
            b_gender = "m" if rng.random() < .5 else "f"
            b = self.person(culture, b_gender, surname=self._surname(a))
            if self._given(a) == self._given(b):
                b.name = new_name(culture, b_gender, rng, surname=self._surname(a))
            offset = rng.choice([rng.randrange(-12, 13), rng.randrange(20, 36)])
            b.birth = self._shift(a.birth, offset)
            self.relatives.append((a.pid, b.pid))
        elif kind == "junior":
            a = self.person(culture, "m", born=self.birth(1950, 1975))
            b = self.person(culture, "m", given=self._given(a), surname=self._surname(a),
                            born=self._shift(a.birth, rng.randrange(22, 33)))
            if fam == "cyr":
                b.name["father"] = a.name["given"]
        else:
            a = self.person(culture, gender)
            b = self.person(culture, gender, given=self._given(a), surname=self._surname(a))
            a.sparse, b.sparse = rng.random() < .5, True
        for x in (a, b):
            x.group, x.group_kind = f"twin{ti}", kind
        self.place(a)
        self.place(b, near=a, home_of=a if kind in ("relative", "junior") else None)

    def _shift(self, d: date, years: int) -> date:
        y = min(max(d.year + years, 1940), 2006)
        return date(y, d.month, min(d.day, 28))

    @staticmethod
    def _given(p: Person):
        return p.name["given"][0] if p.family in ("latin", "variant") else p.name["given"]

    @staticmethod
    def _surname(p: Person):
        return p.name["family"] if p.family == "arab" else p.name["surname"]

    def place(self, p: Person, near: Person | None = None,
              home_of: Person | None = None) -> None:
        """Which agencies know the person, where he lives, his nationalities and address."""
        rng = self.rng
        k = wpick(rng, AGENCY_COUNT)
        weights = list(zip(CODES, CULTURES[p.culture][3], strict=True))
        chosen: list[str] = []
        if near is not None and rng.random() < .7:
            chosen.append(rng.choice(near.agencies))
        while len(chosen) < k:
            code = wpick(rng, weights)
            if code not in chosen:
                chosen.append(code)
        p.agencies = [c for c in CODES if c in chosen]
        nats = CULTURES[p.culture][2]
        home = wpick(rng, nats)
        countries = [AGENCY[c].cc for c in p.agencies]
        if home_of is not None:
            p.residence, p.shared_home = home_of.residence, True
        elif (home in countries and rng.random() < .6) or \
                (home in [a.cc for a in AGENCIES] and rng.random() < .3):
            p.residence = home
        else:
            affinity = dict(zip(CODES, CULTURES[p.culture][3], strict=True))
            p.residence = AGENCY[wpick(rng, [(c, affinity[c] ** 2) for c in p.agencies])].cc
        p.nats = [home]
        if rng.random() < DUAL.get((p.culture, p.residence), 0):
            p.nats.append(p.residence)
        if home_of is not None:
            p.address = home_of.address
        elif rng.random() < .85:
            p.address = new_address(p.residence, rng)

    def facts(self, p: Person) -> None:
        rng = self.rng
        home = p.nats[0]
        born_in = p.residence if (len(p.nats) > 1 and rng.random() < .5) else home
        if born_in in CITIES:
            cities = CITIES[born_in]
            p.birthplace = (born_in, min(int(rng.random() ** 2 * len(cities)), len(cities) - 1))
        for i, cc in enumerate(p.nats):
            if rng.random() < (.9 if i == 0 else .7):
                numbers = [fill(PASSPORT_FMT[cc], rng)]
                if rng.random() < .08:
                    numbers.append(fill(PASSPORT_FMT[cc], rng))   # an older passport
                p.passports.append(dict(cc=cc, numbers=numbers))
            if rng.random() < .85:
                number = national_id(p, cc, rng)
                if number:
                    p.ids[cc] = number
        if rng.random() < .92:
            p.phones.append((p.residence, new_phone(p.residence, rng)))
        if rng.random() < .15:
            p.phones.append((p.residence, new_phone(p.residence, rng)))
        if home != p.residence and rng.random() < .45:
            p.phones.append((home, new_phone(home, rng)))
        g, s = own_latin_name(p)
        for _ in range(wpick(rng, [(0, 35), (1, 50), (2, 15)])):
            p.emails.append(new_email(g, s, p.birth, rng.choice([home, p.residence]), rng))


# --------------------------------------------------------------------------------------------
# Records: one Person entity per (person, agency), with the facts that agency holds
# --------------------------------------------------------------------------------------------

@dataclass
class Record:
    person: Person
    agency: str
    props: dict
    key: str
    script: str
    facts: dict
    passport_doc: dict | None = None
    eid: str = ""


CITY_SCHEME = {"GB_NCA": "bgn_pop", "FR_OCRTIS": "fr", "DE_BKA": "de", "PL_CBSP": "pl",
               "MA_DGSN": "fr", "GR_HP": "icao", "UA_NPU": "kmu"}


def write_birthplace(p: Person, ag: Agency, rng: random.Random) -> str:
    cc, i = p.birthplace
    city = CITIES[cc][i]
    native = city["native"]
    nscript = script_of(native)
    if ag.lang == "el" and (nscript == "Greek" or city["el"]) and p.family in ("greek",):
        return city["el"] or native
    if ag.lang == "uk" and p.family == "cyr":
        return city["uk"] or native
    if ag.lang == "ar" and p.family == "arab" and city["ar"] and rng.random() < .6:
        return city["ar"]
    lang = {"ar": "fr", "el": "en", "uk": "en"}.get(ag.lang, ag.lang)
    name = city[lang] or (native if nscript == "Latin" else city["en"])
    if not name:
        if nscript == "Cyrillic":
            name = cyr_latin(native, CITY_SCHEME[ag.code] if cc == "ru" else "kmu",
                             "ru" if cc == "ru" else "uk")
        elif nscript == "Greek":
            name = greek_latin(native)
        else:
            name = native
    if rng.random() < .3:
        name = ascii_fold(name)
    return upper(name) if rng.random() < .15 else name


def write_birth(p: Person, ag: Agency, rng: random.Random) -> str:
    b = p.birth
    if p.birth_year_only:
        return str(b.year) if rng.random() < .5 else f"{b.year}-01-01"
    r = rng.random()
    if r < YEAR_ONLY[ag.code]:
        return str(b.year)
    if r < YEAR_ONLY[ag.code] + .02:
        return f"{b.year}-{b.month:02d}"
    if b.day <= 12 and b.day != b.month and rng.random() < SWAP_ELIGIBLE:
        return f"{b.year}-{b.day:02d}-{b.month:02d}"
    return b.isoformat()


def make_record(p: Person, ag: Agency, rng: random.Random) -> Record:
    w = write_name(p, ag, rng)
    props: dict[str, list[str]] = {"name": w.names}
    if w.alias:
        props["alias"] = w.alias
    props.update(w.props)
    r = rng.random()
    if (p.sparse and rng.random() < .6) or r < NAME_ONLY:
        factor, mode = 0.0, "name_only"
    elif r < NAME_ONLY + SPARSE or p.sparse:
        factor, mode = .4, "sparse"
    else:
        factor, mode = 1.0, "full"
    cov = COVER[ag.code]
    facts: dict = {"mode": mode}
    doc = None

    def has(fact: str) -> bool:
        f = .8 if (fact == "birth" and mode == "sparse") else factor
        return rng.random() < cov[fact] * f

    if has("gender"):
        props["gender"] = ["male" if p.gender == "m" else "female"]
    if has("birth"):
        facts["birth"] = write_birth(p, ag, rng)
        props["birthDate"] = [facts["birth"]]
    if p.birthplace and has("birthplace"):
        props["birthPlace"] = [write_birthplace(p, ag, rng)]
    if has("nat"):
        nats = [ag.cc] if ag.cc in p.nats else [p.nats[0]]
        nats += [n for n in p.nats if n not in nats and rng.random() < .45]
        facts["nat"] = nats
        props["nationality"] = [n.upper() if rng.random() < .15 else n for n in nats]
    if p.passports and has("passport"):
        docs = [d for d in p.passports if d["cc"] == ag.cc] or p.passports
        d = docs[0] if rng.random() < .75 else rng.choice(p.passports)
        number = d["numbers"][0] if len(d["numbers"]) == 1 or rng.random() < .6 \
            else d["numbers"][1]
        written = write_document_number(number, d["cc"], rng)
        if rng.random() < .015:
            written = typo(written, rng) if len(written) > 4 else written
        facts["passport"] = number
        if rng.random() < PASSPORT_ENTITY.get(ag.code, 0):
            doc = {"number": [written], "country": [d["cc"]], "type": ["passport"]}
            if rng.random() < .4:
                props["passportNumber"] = [written]
        else:
            props["passportNumber"] = [written]
    if p.ids and has("idn"):
        own = [cc for cc in p.ids if cc == ag.cc]
        if own or rng.random() < .5:
            cc = own[0] if own else next(iter(p.ids))
            facts["idn"] = p.ids[cc]
            props["idNumber"] = [write_national_id(p.ids[cc], cc, ag, rng)]
    if p.phones and has("phone"):
        chosen = [ph for ph in p.phones if rng.random() < .7] or [p.phones[0]]
        facts["phone"] = [e164(cc, nsn) for cc, nsn in chosen]
        props["phone"] = [write_phone(cc, nsn, ag, rng) for cc, nsn in chosen]
    if p.emails and has("email"):
        chosen = [e for e in p.emails if rng.random() < .7] or [p.emails[0]]
        facts["email"] = chosen
        props["email"] = [write_email(e, rng) for e in chosen]
    if p.address and has("address"):
        facts["address"] = p.address.ident
        props["address"] = [write_address(p.address, ag, rng)]
    return Record(p, ag.code, props, w.key, script_of(w.names[0]), facts, doc)


# --------------------------------------------------------------------------------------------
# A few companies the people direct (Company entities and Directorship links)
# --------------------------------------------------------------------------------------------

COMPANY_FORM = {
    "gb": ("{s} {a} Ltd", ["Trading", "Logistics", "Imports", "Motors", "Properties"],
           [("Ltd", "Limited"), ("Ltd", "LTD")]),
    "fr": ("SARL {s} {a}", ["Transports", "Import-Export", "Négoce", "Bâtiment"],
           [("SARL", "S.A.R.L."), ("SARL ", "")]),
    "de": ("{s} {a} GmbH", ["Logistik", "Handel", "Transporte", "Bau"],
           [("GmbH", "G.m.b.H."), (" GmbH", "")]),
    "pl": ("{s} {a} Sp. z o.o.", ["Trans", "Handel", "Logistyka", "Bud"],
           [("Sp. z o.o.", "sp. z o.o."), ("Sp. z o.o.", "Spółka z o.o.")]),
    "gr": ("{s} {a} Ε.Π.Ε.", ["Μεταφορική", "Εμπορική", "Τεχνική"],
           [(" Ε.Π.Ε.", " ΕΠΕ"), (" Ε.Π.Ε.", "")]),
    "ma": ("Société {s} {a} SARL", ["Import Export", "Transport", "Négoce"],
           [("Société ", "Ste "), (" SARL", " S.A.R.L")]),
    "ua": ("ТОВ «{s}-{a}»", ["Транс", "Буд", "Трейд"], [("«", '"'), ("»", '"')]),
}
COMPANY_REG = {"gb": "########", "fr": "### ### ###", "de": "HRB #####", "pl": "0000######",
               "gr": "############", "ma": "RC ######", "ua": "########"}
DIRECTOR_ROLE = {"en": "director", "fr": "gérant", "de": "Geschäftsführer", "pl": "prezes zarządu",
                 "el": "διαχειριστής", "ar": "gérant", "uk": "директор"}


def company_surname(p: Person, cc: str) -> str:
    fam, n = p.family, p.name
    if cc == "gr" and fam == "greek":
        return upper(greek_parts(p)[1])
    if cc == "ua" and fam == "cyr":
        return cyr_forms(p, "uk")[2]
    if fam == "latin":
        return surname_form(p.culture, n["surname"], p.gender)
    return own_latin_name(p)[1]


def write_company_name(canon: str, cc: str, ag: Agency, rng: random.Random) -> str:
    s = canon
    if rng.random() < .4:
        a, b = rng.choice(COMPANY_FORM[cc][2])
        s = s.replace(a, b)
    if ag.cc != cc:
        if script_of(s) == "Greek":
            s = greek_latin(s)
        elif script_of(s) == "Cyrillic":
            s = cyr_latin(s.replace("«", "").replace("»", ""), "kmu", "uk")
    if rng.random() < .25:
        s = upper(s)
    return s


# --------------------------------------------------------------------------------------------
# Truth: same-person pairs and namesake pairs
# --------------------------------------------------------------------------------------------

def _birth_conflict(a: str, b: str) -> bool:
    if a[:4] != b[:4]:
        return True
    return len(a) >= 7 and len(b) >= 7 and (a[:7] != b[:7] or (len(a) == len(b) == 10 and a != b))


def compare_facts(fa: dict, fb: dict) -> tuple[str, str]:
    """('strong' | 'weak' | 'none', shared facts) for two records of different people."""
    strong = weak = False
    shared = []
    if "birth" in fa and "birth" in fb and _birth_conflict(fa["birth"], fb["birth"]):
        strong = True
    for f in ("passport", "idn"):
        if f in fa and f in fb:
            if fa[f] != fb[f]:
                strong = True
            else:
                shared.append(f)
    for f in ("phone", "email", "nat"):
        if f in fa and f in fb:
            common = [x for x in fa[f] if x in fb[f]]
            if common:
                shared.append(f) if f != "nat" else None
            else:
                weak = True
    if "address" in fa and "address" in fb:
        if fa["address"] == fb["address"]:
            shared.append("address")
        else:
            weak = True
    return ("strong" if strong else "weak" if weak else "none"), "+".join(shared)


def deletes(s: str, depth: int) -> list[str]:
    out, frontier = [s], [s]
    for _ in range(depth):
        nxt = []
        for w in frontier:
            for i in range(len(w)):
                nxt.append(w[:i] + w[i + 1:])
        out.extend(nxt)
        frontier = nxt
    return out


def _near_parts(a: str, b: str) -> bool:
    """One name part identical, the other within one edit (two for parts of 8+ letters)."""
    ga, _, sa = a.partition(" ")
    gb, _, sb = b.partition(" ")
    if ga == gb:
        x, y = sa, sb
    elif sa == sb:
        x, y = ga, gb
    else:
        return False
    if min(len(x), len(y)) < 4:
        return False
    limit = 2 if min(len(x), len(y)) >= 8 else 1
    return 0 < levenshtein(x, y, limit) <= limit


def near_keys(keys: list[str]) -> list[tuple[str, str]]:
    """Pairs of different name keys that differ by a small edit in one part (symmetric-delete
    index over the whole key, then the part-wise test)."""
    index: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        c = k.replace(" ", "")
        if len(c) < 6:
            continue
        for d in dict.fromkeys(deletes(c, 2)):
            index[d].append(k)
    found: dict[tuple[str, str], bool] = {}
    for d in sorted(index):
        bucket = index[d]
        if len(bucket) < 2:
            continue
        for a, b in combinations(sorted(set(bucket)), 2):
            if (a, b) not in found:
                found[(a, b)] = _near_parts(a, b)
    return sorted(pair for pair, ok in found.items() if ok)


def truth_pairs(records: list[Record], pop: Population):
    by_key: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_key[r.key].append(r)
    pairs: dict[tuple[str, str], list] = {}

    def add(ra: Record, rb: Record, kind: str) -> None:
        if ra.person.pid == rb.person.pid or ra.agency == rb.agency:
            return
        a, b = sorted((ra, rb), key=lambda r: r.eid)
        if (a.eid, b.eid) in pairs:
            return
        conflict, shared = compare_facts(a.facts, b.facts)
        pairs[(a.eid, b.eid)] = [a.eid, b.eid, kind, conflict, shared]

    for key in sorted(by_key):
        for ra, rb in combinations(by_key[key], 2):
            add(ra, rb, "same_name")
    for ka, kb in near_keys(sorted(by_key)):
        for ra in by_key[ka]:
            for rb in by_key[kb]:
                add(ra, rb, "near_name")
    by_pid: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_pid[r.person.pid].append(r)
    for kind, links in (("near_name", pop.near), ("relative", pop.relatives)):
        for pa, pb in links:
            for ra in by_pid[pa]:
                for rb in by_pid[pb]:
                    add(ra, rb, kind)
    return [pairs[k] for k in sorted(pairs)], by_pid


# --------------------------------------------------------------------------------------------
# Building and writing the set
# --------------------------------------------------------------------------------------------

def entity_id(code: str, what: str, n, salt: str) -> str:
    h = hashlib.sha256(f"{SEED}|{salt}|{code}|{what}|{n}".encode()).hexdigest()[:12]
    return f"{code.lower().replace('_', '-')}-{h}"


def build(n_persons: int, dev_salt: str = "") -> dict[str, bytes]:
    """All output files of one set, by file name. ``dev_salt`` draws another set of the same
    shape (a development twin to tune on); empty, it gives the frozen set's bytes."""
    salt = f"n{n_persons}" + (f"|{dev_salt}" if dev_salt else "")
    rng = random.Random(f"{SEED}|{salt}|population")
    pop = Population(n_persons, rng)
    persons = pop.build()
    records: dict[str, list[Record]] = {c: [] for c in CODES}
    for p in persons:
        prng = random.Random(f"{SEED}|{salt}|{p.pid}")
        for code in p.agencies:
            records[code].append(make_record(p, AGENCY[code], prng))
    lines: dict[str, list[dict]] = {c: [] for c in CODES}
    documents: dict[str, str] = {}
    for code in CODES:
        arng = random.Random(f"{SEED}|{salt}|{code}|order")
        arng.shuffle(records[code])
        for i, r in enumerate(records[code]):
            r.eid = entity_id(code, "person", i, salt)
            lines[code].append({"id": r.eid, "schema": "Person", "properties": r.props,
                                "datasets": [code]})
            if r.passport_doc:
                did = entity_id(code, "passport", i, salt)
                documents[did] = r.person.pid
                lines[code].append({"id": did, "schema": "Passport",
                                    "properties": {"holder": [r.eid], **r.passport_doc},
                                    "datasets": [code]})
    companies = add_companies(persons, records, lines, salt)
    all_records = [r for c in CODES for r in records[c]]
    namesakes, by_pid = truth_pairs(all_records, pop)
    counts = statistics(persons, records, lines, namesakes, by_pid, documents, companies)
    files: dict[str, bytes] = {}
    for code in CODES:
        text = "".join(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"
                       for obj in lines[code])
        files[f"agency_{code}.ftm.json"] = text.encode("utf-8")
    truth = {
        "notes": NOTES,
        "version": VERSION,
        "seed": SEED,
        "persons": n_persons,
        "agencies": {a.code: {"country": a.cc.upper(), "name": a.name,
                              "file": f"agency_{a.code}.ftm.json"} for a in AGENCIES},
        "counts": counts,
        "entities": {r.eid: r.person.pid for r in sorted(all_records, key=lambda r: r.eid)},
        "documents": dict(sorted(documents.items())),
        "companies": dict(sorted(companies.items())),
        "namesake_pairs": namesakes,
    }
    files["truth.json"] = dump_truth(truth).encode("utf-8")
    return files


def add_companies(persons: list[Person], records: dict[str, list[Record]],
                  lines: dict[str, list[dict]], salt: str) -> dict[str, str]:
    rng = random.Random(f"{SEED}|{salt}|companies")
    rec = {(r.person.pid, code): r for code in CODES for r in records[code]}
    candidates = [p for p in persons if p.address and
                  any(AGENCY[c].cc == p.residence for c in p.agencies)]
    chosen = rng.sample(candidates, min(len(candidates), round(len(persons) * .012)))
    chosen.sort(key=lambda p: p.pid)
    companies: dict[str, str] = {}
    for ci, p in enumerate(chosen):
        ckey = f"C{ci + 1:04d}"
        cc = p.residence
        fmt, activities, _ = COMPANY_FORM[cc]
        canon = fmt.format(s=company_surname(p, cc), a=rng.choice(activities))
        reg = fill(COMPANY_REG[cc], rng)
        office = new_address(cc, rng)
        for code in p.agencies:
            ag = AGENCY[code]
            if rng.random() >= (.95 if ag.cc == cc else .35):
                continue
            cid = entity_id(code, "company", ckey, salt)
            props = {"name": [write_company_name(canon, cc, ag, rng)], "jurisdiction": [cc]}
            if rng.random() < .7:
                props["registrationNumber"] = [reg if rng.random() < .7 else
                                               reg.replace(" ", "")]
            if rng.random() < .5:
                props["address"] = [write_address(office, ag, rng)]
            lines[code].append({"id": cid, "schema": "Company", "properties": props,
                                "datasets": [code]})
            lines[code].append({"id": entity_id(code, "directorship", ckey, salt),
                                "schema": "Directorship",
                                "properties": {"director": [rec[(p.pid, code)].eid],
                                               "organization": [cid],
                                               "role": [DIRECTOR_ROLE[ag.lang]]},
                                "datasets": [code]})
            companies[cid] = ckey
    return companies


def statistics(persons, records, lines, namesakes, by_pid, documents, companies) -> dict:
    per_agency = {c: {"Person": len(records[c]),
                      "Passport": sum(1 for o in lines[c] if o["schema"] == "Passport"),
                      "Company": sum(1 for o in lines[c] if o["schema"] == "Company"),
                      "Directorship": sum(1 for o in lines[c] if o["schema"] == "Directorship"),
                      "scripts": dict(sorted(Counter(r.script for r in records[c]).items()))}
                  for c in CODES}
    true_pairs = Counter()
    script_pairs = Counter()
    agency_pairs = Counter()
    evidence = Counter()
    for pid in sorted(by_pid):
        for a, b in combinations(by_pid[pid], 2):
            true_pairs["all"] += 1
            script_pairs["–".join(sorted((a.script, b.script)))] += 1
            agency_pairs["–".join(sorted((a.agency, b.agency)))] += 1
            fa, fb = a.facts, b.facts
            conflict, shared = compare_facts(fa, fb)
            same_birth = "birth" in fa and fa.get("birth") == fb.get("birth") and \
                len(fa["birth"]) == 10
            comparable = any(f in fa and f in fb for f in
                             ("birth", "passport", "idn", "phone", "email", "nat", "address"))
            evidence["1 shared passport or ID number" if ("passport" in shared or
                                                          "idn" in shared) else
                     "2 same full birth date" if same_birth else
                     "3 shared phone or e-mail" if ("phone" in shared or "email" in shared)
                     else "4 shared address" if "address" in shared else
                     "5 conflicting facts only" if conflict == "strong" else
                     "6 compatible facts only" if comparable else
                     "7 name only"] += 1
            if conflict == "strong":
                evidence["(true pairs with a strong conflict)"] += 1
    births = Counter()
    for c in CODES:
        for r in records[c]:
            bd = r.facts.get("birth")
            if bd is None:
                continue
            true = r.person.birth
            if len(bd) == 4:
                births["year only"] += 1
            elif len(bd) == 7:
                births["year-month"] += 1
            elif bd != true.isoformat():
                births["day/month swapped"] += 1
            else:
                births["full date"] += 1
    kinds = Counter((k, c) for _a, _b, k, c, _s in namesakes)
    ns_scripts = Counter()
    eid_script = {r.eid: r.script for c in CODES for r in records[c]}
    for a, b, *_ in namesakes:
        ns_scripts["–".join(sorted((eid_script[a], eid_script[b])))] += 1
    modes = Counter(r.facts["mode"] for c in CODES for r in records[c])
    return {
        "persons": len(persons),
        "persons_by_culture": dict(sorted(Counter(p.culture for p in persons).items())),
        "persons_by_number_of_agencies": {str(k): v for k, v in
                                          sorted(Counter(len(p.agencies) for p in persons)
                                                 .items())},
        "person_entities": sum(len(records[c]) for c in CODES),
        "entities_per_agency": per_agency,
        "record_modes": dict(sorted(modes.items())),
        "birth_dates_written": dict(sorted(births.items())),
        "true_pairs": true_pairs["all"],
        "true_pairs_by_script": dict(sorted(script_pairs.items())),
        "true_pairs_by_agency": dict(sorted(agency_pairs.items())),
        "true_pairs_by_evidence": dict(sorted(evidence.items())),
        "namesake_pairs": len(namesakes),
        "namesake_pairs_by_kind": {f"{k}/{c}": v for (k, c), v in sorted(kinds.items())},
        "namesake_pairs_by_script": dict(sorted(ns_scripts.items())),
        "namesake_persons_hot_names": sum(1 for p in persons if p.group_kind == "hot_name"),
        "deliberate_namesake_groups": dict(sorted(Counter(
            p.group_kind for p in persons if p.group.startswith("twin")).items())),
        "passport_entities": len(documents),
        "company_entities": len(companies),
    }


def dump_truth(truth: dict) -> str:
    """JSON with one mapping entry or pair per line (diffable, compact)."""
    out = ["{"]
    keys = list(truth)
    for i, k in enumerate(keys):
        v = truth[k]
        end = "," if i < len(keys) - 1 else ""
        if k in ("entities", "documents", "companies") and v:
            out.append(f'"{k}": {{')
            items = list(v.items())
            for j, (a, b) in enumerate(items):
                out.append(f'{json.dumps(a)}: {json.dumps(b)}' + ("," if j < len(items) - 1
                                                                  else ""))
            out.append("}" + end)
        elif k == "namesake_pairs" and v:
            out.append(f'"{k}": [')
            for j, pair in enumerate(v):
                out.append(json.dumps(pair, ensure_ascii=False) + ("," if j < len(v) - 1
                                                                   else ""))
            out.append("]" + end)
        else:
            out.append(f'{json.dumps(k)}: ' + json.dumps(v, ensure_ascii=False, indent=1) + end)
    out.append("}")
    return "\n".join(out) + "\n"


NOTES = (
    "Frozen evaluation set for Liaison's cross-referencing, generated by build_eval.py "
    "(standard library only, fixed string seeds) apart from the matching code. Every person is "
    "invented from name tables written in the generator (18 cultures, Zipf-skewed so a few "
    "names are very common). Each person appears in 1-4 of seven agencies' FollowTheMoney "
    "files; each agency writes the name by its own conventions: script (Cyrillic at UA_NPU, "
    "Greek at GR_HP, Arabic at MA_DGSN, sometimes with a Latin value or alias), romanisation "
    "(ICAO/old-passport/BGN/Duden/French/Polish for Russian; KMU/German/French/Polish for "
    "Ukrainian; ELOT or informal for Greek; French or English spellings, articles and bin/ben "
    "for Arabic), name order, capitals, diacritics, middle names, patronymics, married or "
    "maiden names, and about 4.5% one-edit typos. Facts (birthDate, nationality, "
    "passportNumber, idNumber, phone, email, address, birthPlace, gender) are present per "
    "agency at different rates; about 8% of records are name-only and 22% sparse. Birth dates "
    "are full, year-only, year-month or (about 5% of full dates) day/month swapped; document "
    "numbers and phones are written in national or international formats; e-mail local parts "
    "change case. Some true pairs disagree (renewed passport, second nationality, another "
    "phone). 'entities' maps every Person entity id to its person key; 'documents' maps "
    "Passport entity ids and 'companies' Company entity ids to their keys. 'namesake_pairs' "
    "lists every cross-agency pair of Person entities of DIFFERENT people whose written name "
    "has the same given+surname key (same_name), a key within 1-2 edits or a deliberately "
    "similar surname (near_name), or deliberate same-surname relatives (relative): "
    "[id_a, id_b, kind, conflict, shared], conflict = strong (different birth date, passport "
    "or ID number), weak (only different phone/e-mail/address/nationality) or none (nothing "
    "tells them apart but the name); shared = identical facts (e.g. a relative's address). "
    "Import each file with: liaison import --source <CODE> --country <CC> <file>."
)


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------

def sha_lines(files: dict[str, bytes], folder: str) -> str:
    return "".join(f"{hashlib.sha256(files[name]).hexdigest()}  {folder}/{name}\n"
                   for name in sorted(files))


def write_set(files: dict[str, bytes], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (out / name).write_bytes(data)


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        files = build(FROZEN_PERSONS)
        write_set(files, Path(tmp))
        expected = FROZEN_SHA.read_text(encoding="utf-8") if FROZEN_SHA.exists() else ""
        fresh = sha_lines(files, FROZEN_DIR.name)
        ok = fresh == expected
        for name, data in sorted(files.items()):
            frozen = FROZEN_DIR / name
            same = frozen.exists() and frozen.read_bytes() == data
            ok &= same
            print(f"{'ok  ' if same else 'DIFF'} {FROZEN_DIR.name}/{name}")
        print("eval_2k.sha256", "matches" if fresh == expected else "DIFFERS")
    print("frozen set reproduced byte for byte" if ok else "frozen set NOT reproduced")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--persons", type=int, default=FROZEN_PERSONS)
    ap.add_argument("--out", type=Path, help="output folder (default for 2000: eval_2k/)")
    ap.add_argument("--check", action="store_true",
                    help="rebuild the 2k set and compare it with the frozen files")
    ap.add_argument("--salt", default="",
                    help="draw a different set of the same shape (a development twin for "
                         "tuning, never committed); empty gives the frozen set")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    if args.out is None and (args.persons != FROZEN_PERSONS or args.salt):
        ap.error("--out is required for sizes other than the frozen 2000 and with --salt")
    out = args.out or FROZEN_DIR
    files = build(args.persons, args.salt)
    write_set(files, out)
    if out.resolve() == FROZEN_DIR.resolve():
        FROZEN_SHA.write_text(sha_lines(files, FROZEN_DIR.name), encoding="utf-8")
    counts = json.loads(files["truth.json"])["counts"]
    print(f"{args.persons} persons, {counts['person_entities']} Person entities, "
          f"{counts['true_pairs']} true cross-agency pairs, {counts['namesake_pairs']} "
          f"namesake pairs -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
