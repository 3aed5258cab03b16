"""How common a person's name is: in the store, and in the countries partners write about.

A name shared by many people says little about identity. Two measures decide whether
a pair that only a name joins may be called "likely the same":

* **In the store** (:class:`NameCrowd`): the entities whose names are alike (name
  similarity at least :data:`ALIKE`), found while the run compares. A pair's crowd is
  both entities and all of their name-alike neighbours; if it holds more than three
  entities, or one agency holds two of them (an agency that knows two different people
  by the name), the name is common here.
* **In the world** (:func:`world_common`): for a small store, which has too few names to
  tell, the commonest family names of the countries partners most often write about
  (the top of the national statistics offices' published rankings: ONS, INSEE,
  Destatis/phone-book counts, GUS PESEL register, INE, ISTAT, Rosstat studies, the
  Greek, Turkish, Romanian and Maghreb registers as reported) and their commonest given
  names. A name of one such given name and one such family name ("Jean Martin") is
  common. The lists are written here from those rankings; no list is copied.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from liaison.analysis.xref.names import PARTICLES, NameForm, name_form, token_readings

__all__ = ["ALIKE", "SMALL_STORE", "NameCrowd", "world_common"]

# Names at least this alike are counted in one another's crowd ...
ALIKE = 0.8
# ... when they are about as alike as the pair itself: a pair of one name written
# twice has a crowd of that name's namesakes, not of every name that resembles it.
_SLACK = 0.05
# A crowd larger than this is a common name: one person is rarely known to more than
# four agencies of a store, and a name that more entities carry is shared.
_CROWD = 4
# Neighbours kept per entity: enough to tell a crowd, few enough that memory stays flat
# when thousands share a name.
_KEEP = 2 * _CROWD
# Below this many persons a store is too small for its own counts to say whether a
# name is common, and the world's commonest names decide.
SMALL_STORE = 1000

# The commonest family names, by country (masculine and feminine forms where they
# differ). Folded and read like any name, so the spelling here is one of many.
_FAMILY = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson
Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Anderson Moore Martin Lee
Perez Murphy Kelly Sullivan Walsh Byrne Ryan Connor Neill Doyle McCarthy
Bernard Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux
David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch
Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Lange
Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Kamińska
Lewandowski Lewandowska Zieliński Zielińska Szymański Szymańska Woźniak Dąbrowski
Dąbrowska Kozłowski Kozłowska Jankowski Jankowska Mazur Krawczyk Kaczmarek
García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez
Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes
Jansen Janssen Bakker Visser Smit Meijer Mulder
Ivanov Ivanova Smirnov Smirnova Kuznetsov Kuznetsova Popov Popova Vasiliev Vasilieva
Petrov Petrova Sokolov Sokolova Mikhailov Mikhailova Novikov Novikova Fedorov Fedorova
Morozov Morozova Volkov Volkova Lebedev Lebedeva Kozlov Kozlova Pavlov Pavlova
Melnyk Shevchenko Kovalenko Bondarenko Boyko Tkachenko Kravchenko Kovalchuk Koval
Oliynyk Shevchuk Polishchuk Bondar Tkachuk Marchenko Lysenko Rudenko Savchenko Petrenko
Papadopoulos Papadopoulou Papadakis Georgiou Oikonomou Papageorgiou Dimitriou Nikolaou
Pappas Ioannou Vlachos Makris Konstantinou Vasileiou Christodoulou Karagiannis
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Ionescu Rusu Constantin Munteanu
Hoxha Shehu Gashi Krasniqi Berisha
Alaoui Idrissi Bennani Tazi Berrada Amrani Benjelloun Chraibi Fassi Cherkaoui Ouazzani
Benali Bouzid Ziani Saidi Mansouri Hamdi
Mohamed Mohammed Muhammad Ahmed Ali Hassan Hussein Ibrahim Mahmoud Mostafa Said Saleh
Khalil Haddad Nasser Mansour Khatib Masri Sayed Abdelrahman Abdallah
Harbi Qahtani Ghamdi Zahrani Otaibi Dosari Shammari Mutairi Anazi
محمد أحمد علي حسن حسين إبراهيم محمود مصطفى صالح خليل حداد ناصر منصور الخطيب المصري
العلوي الإدريسي بناني العمراني الفاسي الحربي القحطاني الغامدي الزهراني العتيبي
Παπαδόπουλος Παπαδοπούλου Γεωργίου Οικονόμου Παππάς Δημητρίου Νικολάου Ιωάννου
Иванов Иванова Смирнов Смирнова Кузнецов Кузнецова Попов Попова Петров Петрова
Мельник Шевченко Коваленко Бондаренко Бойко Ткаченко Кравченко Коваль Олійник
"""

# The commonest given names of the same countries.
_GIVEN = """
John David James Michael Robert William Thomas Richard Paul Mark Peter Daniel Andrew
Mary Sarah Anna Anne Emma Laura Maria Marie Elizabeth Jennifer Lisa Susan
Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Marie Nathalie
Isabelle Sylvie Catherine Françoise Valérie Sandrine
Thomas Michael Andreas Stefan Christian Peter Klaus Wolfgang Jürgen Frank Sabine Ursula
Jan Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Anna Maria Katarzyna Małgorzata
Agnieszka
José Antonio Juan Manuel Francisco Carmen Josefa Isabel Ana Javier Carlos
Giuseppe Giovanni Antonio Mario Luigi Francesco Rosa Giuseppina
Aleksandr Alexander Sergei Sergey Dmitri Andrei Alexei Vladimir Ivan Mikhail Nikolai
Oleksandr Serhii Andrii Volodymyr Olena Olga Elena Natalia Tatiana Irina Svetlana Iryna
Georgios Giorgos Konstantinos Kostas Ioannis Giannis Dimitrios Nikolaos Panagiotis
Vasilios Eleni Maria Aikaterini Vasiliki Sofia
Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Fatma Ayşe Emine Hatice Zeynep
Ion Gheorghe Vasile Constantin Elena Ioana
Mohamed Mohammed Muhammad Mohammad Ahmed Ahmad Ali Hassan Hussein Ibrahim Mahmoud
Mostafa Mustapha Youssef Yusuf Omar Khaled Abdallah Abdullah Said Rachid Karim Hamza
Fatima Fatma Aicha Khadija Amina Mariam Zainab Nour Hiba Layla Leila Sara Noura
محمد أحمد علي حسن حسين إبراهيم محمود مصطفى يوسف عمر خالد عبدالله فاطمة عائشة خديجة
أمينة مريم زينب نور سارة
Γιώργος Γεώργιος Κωνσταντίνος Ιωάννης Δημήτριος Νικόλαος Μαρία Ελένη
Александр Сергей Дмитрий Андрей Алексей Владимир Иван Михаил Николай Олександр Сергій
Андрій Олена Ольга Елена Наталья Татьяна Ирина Анна Мария
"""

_DOUBLED = re.compile(r"(.)\1+")


def _key(token: str, arabic: bool) -> str:
    return _DOUBLED.sub(r"\1", token_readings(token, arabic)[0])


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    def keys(text: str) -> frozenset[str]:
        out = set()
        for word in text.split():
            form = name_form(word)
            out.update(_key(t, a) for t, a in zip(form.tokens, form.arabic, strict=True))
        return frozenset(out)

    return keys(_GIVEN), keys(_FAMILY)


def world_common(forms: Iterable[NameForm]) -> str | None:
    """Why the names two entities share are common in the world, or None: every token of
    the shortest of their names (what both have) is a common given or family name, one
    of them a family name."""
    shortest = min(forms, key=lambda form: len(form.tokens), default=None)
    if shortest is None or not _is_common(shortest):
        return None
    return f"'{shortest.raw}' is one of the commonest names"


@functools.lru_cache(maxsize=1 << 16)
def _is_common(form: NameForm) -> bool:
    given, family = _lists()
    words = [_key(t, ar) for t, ar in zip(form.tokens, form.arabic, strict=True)
             if t not in PARTICLES and len(t) > 1]
    return len(words) >= 2 and all(w in given or w in family for w in words) \
        and any(w in family for w in words)


class NameCrowd:
    """Entities with names alike, as the run finds them: who is in a name's crowd."""

    def __init__(self) -> None:
        self.alike: dict[int, dict[int, float]] = {}

    def add(self, a: int, b: int, sim: float = 1.0) -> None:
        for me, other in ((a, b), (b, a)):
            near = self.alike.get(me)
            if near is None:
                self.alike[me] = {other: sim}
            elif len(near) < _KEEP:
                near[other] = sim
            else:  # a crowd this large is common whatever else it holds: keep the closest
                weakest = min(near, key=near.__getitem__)
                if near[weakest] < sim:
                    del near[weakest]
                    near[other] = sim

    def common(self, a: int, b: int, agencies: Mapping[int, Iterable[str]],
               sim: float | None = None) -> str | None:
        """Why the name of pair ``a``/``b`` (names alike by ``sim``) is common in the
        store, or None.

        An agency that holds two entities of the name knows it as two people's, or
        holds one person twice: either way the pair may be the other one."""
        # The pair's own likeness: where a side keeps closer neighbours than the other
        # side, the pair is not among them, and 1.0 would leave the crowd out.
        own = (self.alike.get(a, {}).get(b, 1.0) if sim is None else sim) - _SLACK
        crowd = {a, b}
        for side in (a, b):
            crowd.update(x for x, sim in self.alike.get(side, {}).items() if sim >= own)
        held = Counter(agency for eid in crowd for agency in agencies.get(eid, ()))
        agency, most = held.most_common(1)[0] if held else ("", 0)
        if most >= 2:
            return (f"{len(crowd)} entities here have names like it, {most} of them "
                    f"at {agency}")
        if len(crowd) > _CROWD:
            return f"{len(crowd)} entities here have names like it"
        return None
