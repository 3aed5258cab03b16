"""Word lists the person-name detector leans on, all read offline from installed packages.

* **Given and family names** per script, from the person providers of ``Faker`` (MIT):
  86 locales' name lists, of which the ones partners write in are read (Latin: Western,
  Central and Eastern Europe, Turkey, the Maghreb and West Africa; Cyrillic; Greek;
  Arabic and Persian).
* **Common words** per language, from ``simplemma``'s lemmatisation dictionaries (MIT
  code; the word lists' own licences are in that package), read through its
  memory-frugal stream reader: about 120 MB for the eight languages, a few
  microseconds a lookup. A capitalised word that is a common word of the text's
  language is not, on its own, a name.
* **Towns** from Faker's address providers, so "Sheffield" alone is not a surname.

Everything is loaded on first use and cached for the process.
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from collections.abc import Iterable

import pycountry

# Faker locales whose person names are read, by script.
NAME_LOCALES = {
    "latin": ("en_GB", "en_US", "en_IE", "ga_IE", "en_NZ", "en_NG", "en_KE", "en_PK", "en_IN",
              "fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_DZ", "de_DE", "de_AT", "de_CH",
              "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "it_IT", "pt_PT", "pt_BR",
              "nl_NL", "nl_BE", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "ro_RO",
              "hu_HU", "tr_TR", "az_AZ", "sv_SE", "no_NO", "da_DK", "fi_FI", "lt_LT",
              "lv_LV", "et_EE", "yo_NG", "ha_NG", "ig_NG", "sw", "id_ID"),
    "cyrillic": ("ru_RU", "uk_UA", "bg_BG"),
    "greek": ("el_GR",),
    "arabic": ("ar_AA", "ar_SA", "ar_PS", "ar_DZ", "fa_IR"),
}
TOWN_LOCALES = ("de_DE", "pl_PL", "ru_RU", "el_GR", "uk_UA", "bg_BG", "cs_CZ", "it_IT",
                "nl_NL", "hu_HU", "sk_SK", "fr_CH", "de_AT", "en_AU", "pt_PT", "es_MX")
# Towns partners write about that Faker's address lists lack (capitals, big cities).
_TOWNS = """London Manchester Birmingham Liverpool Leeds Sheffield Glasgow Edinburgh Cardiff
Belfast Dublin Cork Bristol Dover Calais Paris Marseille Lyon Lille Toulouse Nice Nantes
Strasbourg Bordeaux Rennes Brussels Bruxelles Antwerp Anvers Antwerpen Liège Rotterdam
Amsterdam Hague Haag Utrecht Eindhoven Berlin Hamburg Munich München Köln Cologne Frankfurt
Stuttgart Düsseldorf Dortmund Essen Bremen Leipzig Dresden Hannover Nürnberg Duisburg Madrid
Barcelona Valencia Sevilla Seville Málaga Malaga Bilbao Algeciras Zaragoza Murcia Alicante
Palma Marbella Cádiz Ceuta Melilla Lisbon Lisboa Porto Rome Roma Milan Milano Naples Napoli
Turin Torino Genoa Genova Palermo Warsaw Warszawa Kraków Krakow Łódź Lodz Wrocław Wroclaw
Poznań Poznan Gdańsk Gdansk Szczecin Lublin Katowice Białystok Gdynia Vienna Wien Prague
Praha Bratislava Budapest Bucharest Sofia Belgrade Zagreb Athens Athina Thessaloniki Piraeus
Patras Heraklion Istanbul Ankara Izmir Moscow Kyiv Kiev Minsk Riga Vilnius Tallinn Helsinki
Stockholm Oslo Copenhagen Tangier Tanger Casablanca Rabat Fes Fez Marrakech Marrakesh Agadir
Tetouan Oujda Nador Algiers Tunis Cairo Alexandria Dubai Abu Dhabi Sharjah Riyadh Jeddah
Amman Beirut Damascus Baghdad Doha Kuwait Lagos Accra Dakar Москва Санкт-Петербург Петербург
Калининград Новосибирск Екатеринбург Казань Ростов Сочи Владивосток Мурманск Самара
Краснодар Минск Киев Одесса Харьков Рига Вильнюс Варшава Αθήνα Θεσσαλονίκη Πειραιάς Πάτρα
Ηράκλειο Λάρισα Βόλος Ρόδος Χανιά Ιωάννινα Καβάλα Αλεξανδρούπολη Ηγουμενίτσα Κέρκυρα
Λευκωσία Λεμεσός"""


@functools.lru_cache(maxsize=1 << 18)
def fold(token: str) -> str:
    """Case- and accent-free form of a word for list lookups (Arabic: letters unified)."""
    text = unicodedata.normalize("NFKD", token.casefold())
    # Accents go, but Cyrillic "й" keeps its breve: "-ой" is a case ending, "-ои" nothing.
    text = unicodedata.normalize("NFC", "".join(
        ch for i, ch in enumerate(text)
        if not unicodedata.combining(ch) or (ch == "\u0306" and i and "а" <= text[i - 1] <= "я")))
    text = text.translate(_ARABIC_UNIFY).replace("ـ", "")
    return text.replace("’", "'").replace("ς", "σ")


# Hamza seats and the final taa marbuta vary between writers; alif maqsura does not
# ("على", on, is not "علي", Ali).
_ARABIC_UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه"})


def wordset(text: str) -> frozenset[str]:
    """The folded words of a whitespace-separated list."""
    return frozenset(fold(word) for word in text.split())


def script_of(token: str) -> str:
    """'latin', 'cyrillic', 'greek', 'arabic' or 'other', from the first letter."""
    for ch in token:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            first = name.split(" ")[0].lower()
            return first if first in NAME_LOCALES else "other"
    return "other"


def _values(provider: type, prefix: str) -> Iterable[str]:
    for attr, value in vars(provider).items():
        if attr.startswith(prefix) or attr.endswith(prefix):
            if isinstance(value, dict):
                yield from value
            elif isinstance(value, (tuple, list)):
                yield from (v for v in value if isinstance(v, str))


def _provider(package: str, locale: str) -> type | None:
    try:
        return importlib.import_module(f"faker.providers.{package}.{locale}").Provider
    except (ImportError, AttributeError):
        return None


@functools.cache
def _names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Given and family names (folded) -> the languages whose lists hold them."""
    given: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    for locales in NAME_LOCALES.values():
        for locale in locales:
            provider = _provider("person", locale)
            if provider is None:
                continue
            language = locale[:2]
            for name in _values(provider, "first_names"):
                for part in name.split():
                    if len(part) > 1:
                        given.setdefault(fold(part), set()).add(language)
            for prefix in ("last_names", "_last_names"):
                for name in _values(provider, prefix):
                    for part in re.split(r"[\s\-]", name):
                        if len(part) > 2:
                            family.setdefault(fold(part), set()).add(language)
    for name in _ARABIC_GIVEN.split():
        given.setdefault(fold(name), set()).add("ar")
    for language, names in (*_MORE_GIVEN.items(), *_DIMINUTIVES.items()):
        for name in names.split():
            given.setdefault(fold(name), set()).add(language)
    for word in _NOT_NAMES:
        given.pop(word, None)
        family.pop(word, None)
    return ({k: frozenset(v) for k, v in given.items()},
            {k: frozenset(v) for k, v in family.items()})


# Given names common from the Maghreb to the Gulf (women's and men's, Amazigh and Coptic
# too) that Faker's Arabic lists lack, in Arabic script and in their usual French and
# English spellings (written for Liaison). Names that are mostly everyday words ("رحمة"
# mercy, "بدر" full moon, "باسم" in the name of) are in ARABIC_GIVEN_WORDS instead.
_ARABIC_GIVEN = """هشام حميد عبدالله عبدالرحمن عبدالرحيم عبدالقادر عبدالعزيز عبدالكريم عبداللطيف
عبدالمجيد عبدالحق عبدالسلام عبدالإله إدريس ادريس يوسف يونس إلياس الياس أيوب أنس بلال حمزة
زكرياء زكريا سفيان طارق عثمان عمر علي عماد كريم مهدي نبيل نورالدين رضا رشيد سعيد
سمير صلاح عادل عزيز فؤاد مصطفى مراد منير نجيب هاشم وليد ياسين ياسر جمال حسن حسين خالد محمد
أحمد امين أمين توفيق حكيم لحسن العربي الحسين مولاي فاطمة خديجة مريم زينب نادية سميرة سعاد
ليلى لطيفة حنان كنزة هند أسماء اسماء إيمان ايمان سناء سلمى نعيمة رجاء وفاء غزلان سكينة حفيظة
حليمة زهرة الزهراء فاطمةالزهراء عائشة رقية يسرى شيماء Mohamed Mohammed Muhammad Mehdi Hicham
Hisham Youssef Yousef Younes Ilyas Ayoub Anas Bilal Hamza Zakaria Soufiane Tarik Tariq
Othmane Omar Karim Nabil Noureddine Reda Rachid Rashid Said Saïd Samir Salah Adil Aziz Fouad
Mustapha Mustafa Mourad Mounir Driss Idriss Abdelkader Abdellah Abdallah Abdelaziz
Abdelkarim Abdelhak Abdeslam Abderrahim Abderrahmane Hakim Lahcen Jamal Hassan Hussein
Khalid Khaled Ahmed Amine Taoufik Fatima Fatiha Khadija Meryem Mariam Zineb Zaynab Nadia
Samira Souad Leila Layla Latifa Hanane Kenza Hind Asmae Asma Imane Iman Sanaa Salma Naima
Rajae Wafae Ghizlane Sakina Hafida Halima Zahra Aicha Aïcha Ruqayya Yousra Chaimae
رنا منى هبة يزن سامر شريف ماهر باسل رامي وائل زياد فادي غسان نضال عمرو أيمن هاني كمال رائد
مازن معاذ أنور بسام حازم علاء سامي عصام شادي مروان دينا ريم لينا سمر عبير هدى أمل سلوى رشا
رانيا دعاء نهى ياسمين آية إسراء منار نسرين ميساء
آمنة ألفت بديعة بسمة بهيجة تغريد ثريا جهان حسناء حفصة خلود خولة ديما راوية ربيعة رحاب رزان
رشيدة رندة روان ريهام زهيرة سعدية سمية سهام سهى سهير سوسن شادية شهرزاد شيخة صونيا عبلة عزيزة
عفاف علياء غادة غدير فاتن فايزة فتيحة فدوى كريمة كلثوم لبنى لمياء مبروكة مجدة مديحة مليكة منال
منيرة مها موزة نادين نجلاء نجوى نرجس نزهة نسيمة نهلة نورا هالة هيفاء وسيلة يامنة يسرا يمنى
عيشة يطو إيطو تودة أدهم أسعد إسماعيل إياد برهان بشار بشير بكر صفوان عبيد عزالدين عوني
نايف منصف منجي الطاهر الهادي المكي الحبيب البشير الصادق المهدي العياشي الغالي الصديق الشاذلي
المنجي المختار الحسن حمو موحى بوشعيب بوعزة بوجمعة عبدالنبي عبدالواحد عبدالجليل عبدالصمد
عبدالغني عبدالحميد عبدالرزاق عبدالوهاب عبدالفتاح عبدالباسط عبدالحكيم عبدالخالق عبدالمنعم
عبدالستار عبدالناصر عبدالهادي عبدالمالك شنودة جرجس مينا بيشوي بطرس يوحنا جورج حنا ميخائيل
توما
إيلي ميشال طوني شربل جوزيف بيار ريتا ماري رولا كارلوس إدوار أنطوان نقولا جان روني
ميلاد كميل جبران بندر مشعل تركي"""

# Given names Faker's lists lack where they are thin (153 Polish names, 53 of them women's;
# 219 French; 80 Russian women's), written for Liaison from the names common in each
# country; inflected forms are found from these by the name detector's stemming.
# The everyday forms of given names that notes and intercepts write ("paco jimenez",
# "zbyszek lewandowski", "ваня крылов"): the name lists hold the full forms only.
_DIMINUTIVES = {
    "es": """Paco Pepe Pepa Lola Manolo Nacho Chema Quique Kike Curro Charo Conchi Maite Chus
Rafa Fito Toño Tono Chelo Nando Juanma Josemi Mari Merche Pili Paqui""",
    "pl": """Zbyszek Kuba Wojtek Bartek Jurek Józek Staszek Tomek Franek Maciek Grzesiek
Krzysiek Marcinek Ola Asia Kasia Basia Gosia Zosia Ania Magda Jacek Jarek Darek Mirek Heniek
Rysiek Zdzisiek Władek Sławek Andrzejek Bogdanek Kazik Kazek Wiesiek Leszek""",
    "ru": """Ваня Саша Петя Вася Коля Миша Дима Серёжа Сережа Лёша Леша Паша Женя Витя Толя
Володя Вова Наташа Маша Катя Таня Оля Лена Света Юра Слава Гена Костя Стёпа Степа Гоша Федя
Боря Валера Жора Лёня Леня Рома Сеня Тёма Тема Шура Люда Галя Надя Вера Нина Ира Даша Настя""",
    "el": """Γιωργάκης Γιώργος Κώστας Σάκης Τάκης Μάκης Λάκης Νίκος Μπάμπης Γιάννης Μήτσος
Τάσος Σπύρος Βαγγέλης Θανάσης Στράτος Φώτης Ντίνος Κούλα Λίτσα Ρούλα Βούλα Σούλα Μαίρη""",
    "de": """Sepp Jupp Hansi Kalle Uli Jochen Bernd Dieter Klaus Gerd Manni Hannes Basti Flo
Steffi Conny Biggi Gabi Moni Susi Resi Vroni""",
    "fr": """Jeannot Pierrot Jojo Dédé Mimi Fanfan Manu Seb Nico Juju Jeanjean Polo Toto""",
    "en": """Gaz Daz Baz Macca Shaz Kez Tez Bazza Gazza Davo Robbo Jonno Smudge Danny Robbie
Mickey Jimmy Tommy Bobby Stevie Johnny Billy Charlie Sammy Gerry Paddy""",
}
_MORE_GIVEN = {
    "pl": """Adam Adrian Albert Aleksander Alfred Andrzej Antoni Arkadiusz Artur Bartłomiej
Bartosz Benedykt Bernard Bogdan Bogumił Bogusław Bolesław Bronisław Cezary Czesław Damian
Daniel Dariusz Dawid Dominik Edmund Edward Emil Eugeniusz Feliks Filip Franciszek Fryderyk
Gabriel Grzegorz Gustaw Henryk Hieronim Hubert Ignacy Igor Ireneusz Jacek Jakub Jan Janusz
Jarosław Jerzy Józef Julian Juliusz Kacper Kamil Karol Kazimierz Konrad Kornel
Krystian Krzysztof Lech Leon Leszek Ludwik Łukasz Maciej Maksymilian Marcel Marcin
Marek Marian Mariusz Mateusz Maurycy Michał Mieczysław Mikołaj Miłosz Mirosław Nikodem Norbert
Oskar Patryk Paweł Piotr Przemysław Radosław Rafał Remigiusz Robert Roman Ryszard Sebastian
Sławomir Stanisław Stefan Sylwester Szymon Tadeusz Teodor Tomasz Tymon Tymoteusz Wacław Waldemar
Walenty Wiesław Wiktor Witold Władysław Włodzimierz Wojciech Zbigniew Zdzisław Zenon Zygmunt
Ada Adela Agata Agnieszka Aleksandra Alicja Alina Amelia Anastazja Aneta Aniela Anna
Antonina Barbara Beata Bogumiła Bogusława Bożena Bronisława Cecylia Czesława Danuta Dominika
Dorota Edyta Elżbieta Emilia Ewa Ewelina Felicja Franciszka Gabriela Genowefa Grażyna Halina
Hanna Helena Henryka Honorata Irena Iwona Izabela Jadwiga Janina Joanna Jolanta Józefa Judyta
Julia Julianna Justyna Kamila Karolina Katarzyna Kinga Klaudia Kornelia Krystyna Leokadia
Lidia Liliana Lucyna Ludmiła Łucja Magdalena Maja Małgorzata Maria Marianna Mariola Marta
Marzena Michalina Milena Mirosława Monika Natalia Nikola Olga Oliwia Patrycja Paulina
Regina Renata Roksana Róża Sabina Stanisława Stefania Sylwia Teresa Urszula Wanda Weronika
Wiesława Wiktoria Zdzisława Zofia Zuzanna Żaneta""",
    "fr": """Adrien Alain Albert Alexandre Alexis Alfred Amaury Anatole André Antoine Arnaud
Arthur Auguste Aurélien Baptiste Benoît Bernard Bertrand Brice Bruno Charles Christian
Christophe Claude Clément Corentin Cyril Damien Daniel David Denis Didier Dominique Edmond
Édouard Émile Éric Étienne Fabien Fabrice Félix Fernand Florent Francis François Frédéric
Gaëtan Gaston Gauthier Georges Gérald Gérard Gilbert Gilles Grégoire Guillaume Gustave Guy
Henri Hervé Hubert Hugo Jacques Jean Jérémy Jérôme Joël Jonathan Joseph Jules Julien Kévin
Laurent Léo Léon Lionel Loïc Louis Luc Lucas Lucien Marc Marcel Martin Mathieu
Matthieu Maurice Maxime Michel Nicolas Noël Octave Olivier Pascal Patrice Patrick Paul Philippe
Pierre Quentin Raphaël Raymond Régis Rémi Renaud René Robert Roger Romain Samuel Sébastien
Serge Simon Stéphane Sylvain Théo Thibault Thierry Thomas Timothée Tristan Valentin Victor
Vincent Xavier Yann Yannick Yves Adèle Agathe Agnès Albane Alice Aline Amandine Amélie Anaïs
Andrée Angèle Anne Annick Apolline Ariane Armelle Aude Audrey Aurélie Béatrice Bénédicte
Bernadette Blandine Brigitte Camille Capucine Carole Catherine Cécile Céline Chantal
Charlotte Chloé Christelle Christine Claire Clémence Clotilde Colette Coralie Corinne Danielle
Delphine Denise Diane Dominique Éléonore Élise Élodie Émilie Emmanuelle Estelle Évelyne Fabienne
Florence Françoise Gabrielle Geneviève Ghislaine Gisèle Hélène Hortense Inès Isabelle Jacqueline
Jeanne Jocelyne Josiane Joséphine Julie Juliette Justine Laetitia Laure Laurence Léa
Léonie Liliane Lucie Madeleine Maëlle Manon Marceline Margaux Marguerite Marianne
Marie Marine Marion Marthe Martine Mathilde Maud Mélanie Michèle Mireille Monique Murielle
Nadège Nathalie Nicole Noémie Océane Odette Odile Pauline Pénélope Perrine Raymonde
Sabine Sandrine Ségolène Simone Solange Solène Sophie Stéphanie Suzanne Sylvie Thérèse
Valérie Véronique Victoire Virginie Yvette Yvonne Zoé""",
    "ru": """Агния Алевтина Александра Алина Алиса Алла Анастасия Ангелина Анна Антонина Валентина
Валерия Варвара Вера Вероника Виктория Виолетта Галина Дарья Диана Ева Евгения Евдокия
Екатерина Елена Елизавета Жанна Зинаида Зоя Инна Ирина Капитолина Карина Кира Клавдия Кристина
Ксения Лариса Лидия Лилия Любовь Людмила Маргарита Марина Мария Милана Надежда Наталья Нина
Нонна Оксана Олеся Ольга Полина Раиса Регина Римма Светлана Снежана Софья Станислава Таисия
Тамара Татьяна Ульяна Фаина Эвелина Элеонора Эльвира Юлия Яна Ярослава Ефим Фрол
Савелий Прохор Елисей Матвей Всеволод Святослав Ростислав Мирон Лука Назар Тихон Демид Арсений
Эльдар Рамиз Ильхам Руслан Рустам Тимур Ринат Айдар Марат Фарид Шамиль""",
}


# Given names that are mostly everyday words: a name only before another given name or
# "بن" ("بدر بن علي", "إسلام حمدي"), never on their own.
ARABIC_GIVEN_WORDS = wordset("""إسلام بدر رحمة سحر صفاء حنين دلال زهور نجاة
وداد وصال باسم مبارك حبيب عطية فضيلة نبيلة فريدة شريفة عواطف تهاني سماح أنوار إنصاف جنان""")

# Entries of the name lists that are far more often words than names in intelligence
# text (Arabic list entries such as "عبد" are name parts, handled as connectors).
_NOT_NAMES = wordset("""will may mark rose bill grace hope joy faith art van von der den del de
la le du da di dos das al el bin ben ibn abu bint street road lane mobile police customs
unit team case note report date data line rules north south east west face number page
total amount""")


def given_languages(folded: str) -> frozenset[str]:
    """The languages whose given-name lists hold this folded word (empty: none)."""
    return _names()[0].get(folded, frozenset())


def family_languages(folded: str) -> frozenset[str]:
    """The languages whose family-name lists hold this folded word (empty: none)."""
    return _names()[1].get(folded, frozenset())


def is_given(token: str) -> bool:
    return fold(token) in _names()[0]


def is_family(token: str) -> bool:
    return fold(token) in _names()[1]


@functools.cache
def towns() -> frozenset[str]:
    out = set(wordset(_TOWNS))
    # Countries by their English names ("Argentina", "Ukraine"), one-word ones only.
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, "")
            if name and " " not in name and "," not in name:
                out.add(fold(name))
    for locale in TOWN_LOCALES:
        provider = _provider("address", locale)
        if provider is None:
            continue
        for attr in ("cities", "city_names"):
            for town in getattr(provider, attr, ()):
                if isinstance(town, str) and " " not in town:
                    out.add(fold(town))
    return frozenset(out)


def is_town(token: str) -> bool:
    return fold(token) in towns()


# Case endings of place names, folded, and what the nominative ends in instead:
# "в Москве", "из Казани", "Новосибирска"; "ΘΕΣΣΑΛΟΝΙΚΗΣ", "ΛΕΜΕΣΟΥ", "ΠΕΙΡΑΙΩΣ".
_TOWN_CASES = {
    "cyrillic": (("е", "а"), ("ы", "а"), ("и", "а"), ("и", "ь"), ("у", "а"), ("ой", "а"),
                 ("ом", ""), ("а", ""), ("е", ""), ("у", ""), ("ю", "ь"), ("ью", "ь")),
    "greek": (("σ", ""), ("ου", "ο"), ("ου", "οσ"), ("ασ", "α"), ("ωσ", "ασ"), ("ησ", "η"),
              ("α", "ασ")),
}


def is_town_form(token: str) -> bool:
    """A town in one of its case forms (Cyrillic and Greek, where place names decline)."""
    folded = fold(token)
    places = towns()
    if folded in places:
        return True
    for ending, nominative in _TOWN_CASES.get(script_of(token), ()):
        if folded.endswith(ending) and len(folded) - len(ending) >= 3 \
                and folded[: len(folded) - len(ending)] + nominative in places:
            return True
    return False


# --- common words ------------------------------------------------------------------------

LEXICON_LANGUAGES = ("en", "fr", "de", "es", "pl", "ru", "el", "ar", "it", "nl", "pt",
                     "bg", "uk", "tr", "cs", "ro")
# The language whose lexicon speaks for a script when the text's language is unknown or
# is written in another script ("Sheffield" in an Arabic text). One each: a dictionary
# takes 0.2-2 s to open, and Latin words in a Cyrillic text are mostly names or English.
SCRIPT_LANGUAGES = {"latin": ("en",), "cyrillic": ("ru",),
                    "greek": ("el",), "arabic": ("ar",)}
LANGUAGE_SCRIPT = {"ru": "cyrillic", "bg": "cyrillic", "uk": "cyrillic", "el": "greek",
                   "ar": "arabic", "fa": "arabic"}


@functools.cache
def _lexicon(language: str):  # -> Mapping[str, str] | None
    try:
        from simplemma.strategies.dictionaries.stream_dictionary_factory import (
            StreamDictionaryFactory,
        )
    except ImportError:  # pragma: no cover - a dependency; the detector then trusts lists only
        return None
    try:
        return _FACTORY.setdefault("f", StreamDictionaryFactory()).get_dictionary(language)
    except (ValueError, OSError, KeyError):
        return None


_FACTORY: dict[str, object] = {}


def _languages_for(token_script: str, language: str | None) -> tuple[str, ...]:
    if language and language in LEXICON_LANGUAGES \
            and LANGUAGE_SCRIPT.get(language, "latin") == token_script:
        return (language,)
    return SCRIPT_LANGUAGES.get(token_script, ())


def is_common(token: str, language: str | None) -> bool:
    """Whether ``token`` is an ordinary word of ``language`` (or of its script's main
    languages when the text is in another script or its language is unknown)."""
    lower = token.lower()
    for lang in _languages_for(script_of(token), language):
        words = _lexicon(lang)
        if words is None:
            continue
        if lower in words or (lang == "de" and token[:1].isupper() and token in words):
            return True
    return False


def common_lower(token: str, language: str | None) -> bool:
    """Whether the lower-case spelling of ``token`` is a word (German nouns excepted).

    Greek capitals drop the accent ("ΟΝΟΜΑ" is "όνομα"): a Greek word in capitals is
    also tried with the one accent a Greek word carries on each of its vowels."""
    lower = token.lower()
    script = script_of(token)
    for lang in _languages_for(script, language):
        words = _lexicon(lang)
        if words is None:
            continue
        if lower in words:
            return True
        if script == "greek" and token.isupper() and any(
                form in words for form in _greek_accented(lower)):
            return True
    return False


_GREEK_ACCENT = str.maketrans("αεηιουω", "άέήίόύώ")


def _greek_accented(lower: str) -> Iterable[str]:
    """``lower`` with an accent on one vowel, for each vowel (at most a dozen forms)."""
    for i, ch in enumerate(lower):
        accented = ch.translate(_GREEK_ACCENT)
        if accented != ch:
            yield lower[:i] + accented + lower[i + 1:]


def german_noun(token: str) -> bool:
    """Whether ``token`` (in any case) is a German noun: "KONTOAUSZUG" is "Kontoauszug"."""
    words = _lexicon("de")
    return words is not None and token[:1].upper() + token[1:].lower() in words
