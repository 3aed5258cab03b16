"""Synthetic names, places and phrases for the demo case, and how each agency spells a name.

Names are common given names and surnames, combined at random: they describe no
real person. Each agency writes a foreign name with its own conventions (German
``Petrow``, Polish ``Pietrow``, Spanish/French ``Petrov``, Greek ``Πετρόφ``), which is
exactly what cross-referencing has to see through.
"""

from __future__ import annotations

import unicodedata

# Which writing system each agency uses for persons: its language, except that the
# Moroccan agency writes Arabic names in Arabic and all others in French-style Latin.
LATIN_SYSTEMS = ("de", "pl", "es", "fr")

# ---------------------------------------------------------------------------
# Cyrillic-origin names: (Cyrillic, Greek, {system: conventional form}, Russian form)
# ---------------------------------------------------------------------------

_RU_MALE = (
    ("Александр", "Αλεξάντρ", {"de": "Alexander", "fr": "Alexandre", "pl": "Aleksander"}),
    ("Сергей", "Σεργκέι", {"de": "Sergei", "fr": "Sergei"}),
    ("Дмитрий", "Ντμίτρι", {"de": "Dmitri"}),
    ("Алексей", "Αλεξέι", {"de": "Alexej", "fr": "Alexei"}),
    ("Николай", "Νικολάι", {"de": "Nikolai"}),
    ("Андрей", "Αντρέι", {"de": "Andrei"}),
    ("Михаил", "Μιχαήλ", {"pl": "Michał", "es": "Mijaíl"}),
    ("Игорь", "Ίγκορ", {}),
    ("Владимир", "Βλαντίμιρ", {"de": "Vladimir"}),
    ("Юрий", "Γιούρι", {"de": "Juri", "es": "Yuri"}),
    ("Максим", "Μαξίμ", {}),
    ("Евгений", "Γεβγκένι", {"de": "Eugen", "fr": "Evgueni"}),
    ("Олег", "Όλεγκ", {}),
    ("Павел", "Πάβελ", {"pl": "Paweł"}),
)
_RU_FEMALE = (
    ("Елена", "Ελένα", {"es": "Elena"}),
    ("Наталья", "Νατάλια", {"de": "Natalia", "es": "Natalia"}),
    ("Ольга", "Όλγκα", {}),
    ("Ирина", "Ιρίνα", {}),
    ("Светлана", "Σβετλάνα", {}),
    ("Татьяна", "Τατιάνα", {"es": "Tatiana", "fr": "Tatiana"}),
    ("Анна", "Άννα", {}),
    ("Мария", "Μαρία", {"de": "Maria"}),
)
_RU_SURNAMES = (
    ("Петров", "Πετρόφ"), ("Иванов", "Ιβανόφ"), ("Смирнов", "Σμιρνόφ"),
    ("Кузнецов", "Κουζνετσόφ"), ("Соколов", "Σοκολόφ"), ("Попов", "Ποπόφ"),
    ("Волков", "Βολκόφ"), ("Морозов", "Μοροζόφ"), ("Новиков", "Νοβικόφ"),
    ("Фёдоров", "Φιόντοροφ"), ("Козлов", "Κοζλόφ"), ("Лебедев", "Λεμπέντεφ"),
    ("Орлов", "Ορλόφ"), ("Зайцев", "Ζάιτσεφ"), ("Павлов", "Πάβλοφ"), ("Семёнов", "Σεμιόνοφ"),
)

_UK_MALE = (
    ("Олександр", "Ολεξάντρ", {}, "Александр"),
    ("Андрій", "Αντρίι", {}, "Андрей"),
    ("Микола", "Μικόλα", {}, "Николай"),
    ("Тарас", "Ταράς", {}, None),
    ("Богдан", "Μπογκντάν", {}, None),
    ("Василь", "Βασίλ", {}, "Василий"),
    ("Юрій", "Γιούρι", {}, "Юрий"),
    ("Петро", "Πέτρο", {}, "Пётр"),
    ("Сергій", "Σερχίι", {}, "Сергей"),
    ("Володимир", "Βολοντίμιρ", {}, "Владимир"),
)
_UK_FEMALE = (
    ("Оксана", "Οξάνα", {}, None),
    ("Олена", "Ολένα", {}, "Елена"),
    ("Наталія", "Νατάλια", {}, "Наталья"),
    ("Ірина", "Ιρίνα", {}, "Ирина"),
    ("Юлія", "Γιούλια", {}, "Юлия"),
    ("Людмила", "Λιουντμίλα", {}, None),
)
_UK_SURNAMES = (
    ("Шевченко", "Σεβτσένκο"), ("Коваленко", "Κοβαλένκο"), ("Бондаренко", "Μποντάρενκο"),
    ("Ткаченко", "Τκατσένκο"), ("Кравчук", "Κραβτσούκ"), ("Мельник", "Μέλνικ"),
    ("Бойко", "Μπόικο"), ("Коваль", "Κοβάλ"), ("Олійник", "Ολίινικ"),
    ("Шевчук", "Σεβτσούκ"), ("Поліщук", "Πολισιούκ"), ("Савченко", "Σαβτσένκο"),
)

_BG_MALE = (
    ("Александър", "Αλεξάνταρ", {"de": "Alexander"}),
    ("Георги", "Γκεόργκι", {"es": "Georgi", "fr": "Guéorgui"}),
    ("Димитър", "Ντιμίταρ", {}),
    ("Иван", "Ιβάν", {"de": "Ivan"}),
    ("Стоян", "Στογιάν", {"es": "Stoyan"}),
    ("Петър", "Πέταρ", {}),
    ("Христо", "Χρίστο", {"es": "Hristo", "pl": "Christo"}),
    ("Николай", "Νικολάι", {"es": "Nikolay"}),
    ("Тодор", "Τοντόρ", {}),
    ("Васил", "Βασίλ", {"de": "Vasil"}),
    ("Красимир", "Κρασιμίρ", {}),
    ("Пламен", "Πλάμεν", {}),
)
_BG_FEMALE = (
    ("Мария", "Μαρία", {"de": "Maria"}),
    ("Десислава", "Ντεσισλάβα", {}),
    ("Елена", "Ελένα", {}),
    ("Йорданка", "Γιορντάνκα", {"es": "Yordanka"}),
    ("Цветелина", "Τσβετελίνα", {"es": "Tsvetelina", "de": "Zwetelina"}),
    ("Росица", "Ροσίτσα", {"es": "Rositsa"}),
)
_BG_SURNAMES = (
    ("Георгиев", "Γκεοργκίεφ"), ("Димитров", "Ντιμιτρόφ"), ("Стоянов", "Στογιάνοφ"),
    ("Тодоров", "Τοντόροφ"), ("Христов", "Χρίστοφ"), ("Ангелов", "Αγγέλοφ"),
    ("Николов", "Νικόλοφ"), ("Илиев", "Ιλίεφ"), ("Йорданов", "Γιορντάνοφ"),
    ("Петков", "Πετκόφ"), ("Колев", "Κόλεφ"), ("Маринов", "Μαρίνοφ"), ("Атанасов", "Ατανάσοφ"),
)

# ---------------------------------------------------------------------------
# Greek-origin names (native Greek; surnames as masculine, feminine)
# ---------------------------------------------------------------------------

_EL_MALE = (
    "Γεώργιος", "Δημήτριος", "Κωνσταντίνος", "Νικόλαος", "Ιωάννης", "Παναγιώτης",
    "Χρήστος", "Βασίλειος", "Αθανάσιος", "Ευάγγελος", "Μιχαήλ", "Σπυρίδων",
)
_EL_FEMALE = (
    "Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αναστασία", "Δήμητρα", "Ευαγγελία",
)
_EL_SURNAMES = (
    ("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαδάκης", "Παπαδάκη"), ("Γεωργίου", None),
    ("Νικολάου", None), ("Οικονόμου", None), ("Καραγιάννης", "Καραγιάννη"),
    ("Βασιλείου", None), ("Αντωνίου", None), ("Μακρής", "Μακρή"), ("Παππάς", "Παππά"),
    ("Δημητρίου", None), ("Ιωάννου", None), ("Κωνσταντινίδης", "Κωνσταντινίδου"),
    ("Αλεξίου", None), ("Μαυρίδης", "Μαυρίδου"), ("Θεοδωρόπουλος", "Θεοδωροπούλου"),
)

# ---------------------------------------------------------------------------
# Arabic-origin names: (Arabic, French, German, Spanish, Polish, Bulgarian, Greek)
# ---------------------------------------------------------------------------

_AR_MALE = (
    ("محمد", "Mohamed", "Mohammed", "Mohamed", "Muhammad", "Мохамед", "Μοχάμεντ"),
    ("أحمد", "Ahmed", "Ahmed", "Ahmed", "Ahmad", "Ахмед", "Αχμέτ"),
    ("يوسف", "Youssef", "Jussuf", "Yusef", "Jusuf", "Юсеф", "Γιουσέφ"),
    ("عبد الله", "Abdellah", "Abdallah", "Abdelah", "Abdullah", "Абдела", "Αμπντελάχ"),
    ("رشيد", "Rachid", "Raschid", "Rachid", "Raszid", "Рашид", "Ρασίντ"),
    ("كريم", "Karim", "Karim", "Karim", "Karim", "Карим", "Καρίμ"),
    ("حسن", "Hassan", "Hassan", "Hasan", "Hasan", "Хасан", "Χασάν"),
    ("سعيد", "Said", "Said", "Saíd", "Said", "Саид", "Σαΐντ"),
    ("مصطفى", "Mustapha", "Mustafa", "Mustafa", "Mustafa", "Мустафа", "Μουσταφά"),
    ("عمر", "Omar", "Omar", "Omar", "Omar", "Омар", "Ομάρ"),
    ("إبراهيم", "Brahim", "Ibrahim", "Brahim", "Ibrahim", "Ибрахим", "Ιμπραήμ"),
    ("خالد", "Khalid", "Chalid", "Jalid", "Chalid", "Халид", "Χαλίντ"),
)
_AR_FEMALE = (
    ("فاطمة", "Fatima", "Fatima", "Fátima", "Fatima", "Фатима", "Φατίμα"),
    ("خديجة", "Khadija", "Chadidscha", "Jadiya", "Chadidża", "Хадиджа", "Χαντίτζα"),
    ("مريم", "Meryem", "Marjam", "Mariam", "Marjam", "Мерием", "Μεριέμ"),
    ("نادية", "Nadia", "Nadia", "Nadia", "Nadia", "Надя", "Νάντια"),
    ("سناء", "Sanaa", "Sanaa", "Sanaa", "Sana", "Сана", "Σανά"),
    ("زينب", "Zineb", "Sainab", "Zineb", "Zajnab", "Зинеб", "Ζινέμπ"),
)
_AR_SURNAMES = (
    ("العلوي", "El Alaoui", "El-Alaoui", "El Alaui", "al-Alawi", "Ел Алауи", "Ελ Αλαουί"),
    ("بنعلي", "Benali", "Benali", "Benalí", "Benali", "Бенали", "Μπεναλί"),
    ("الإدريسي", "El Idrissi", "El-Idrissi", "El Idrisi", "al-Idrisi", "Ел Идриси", "Ελ Ιντρισί"),
    ("العمراني", "El Amrani", "El-Amrani", "El Amrani", "al-Amrani", "Ел Амрани", "Ελ Αμρανί"),
    ("التازي", "Tazi", "Tazi", "Tazi", "Tazi", "Тази", "Ταζί"),
    ("بناني", "Bennani", "Bennani", "Benani", "Bennani", "Бенани", "Μπενανί"),
    ("الفاسي", "El Fassi", "El-Fassi", "El Fasi", "al-Fasi", "Ел Фаси", "Ελ Φασί"),
    ("الحسني", "El Hassani", "El-Hassani", "El Hasani", "al-Hasani", "Ел Хасани", "Ελ Χασανί"),
    ("بوزيد", "Bouzid", "Busid", "Buzid", "Buzid", "Бузид", "Μπουζίντ"),
    ("المنصوري", "El Mansouri", "El-Mansuri", "El Mansuri", "al-Mansuri", "Ел Мансури",
     "Ελ Μανσουρί"),
    ("الشرقاوي", "Cherkaoui", "Scharkawi", "Cherkaui", "Szarkawi", "Шеркауи", "Σερκαουί"),
    ("الوزاني", "Ouazzani", "Wasani", "Uazani", "Wazzani", "Уазани", "Ουαζανί"),
    ("الزياني", "Ziani", "Ziani", "Ziani", "Ziani", "Зиани", "Ζιανί"),
    ("بنجلون", "Benjelloun", "Bendschellun", "Benjelun", "Bendżellun", "Бенжелун", "Μπενζελούν"),
)
_AR_COLUMN = {"fr": 1, "de": 2, "es": 3, "pl": 4, "bg": 5, "el": 6}

# ---------------------------------------------------------------------------
# Latin-origin names: (Latin, Bulgarian, Greek)
# ---------------------------------------------------------------------------

_DE_MALE = (
    ("Thomas", "Томас", "Τόμας"), ("Michael", "Михаел", "Μίχαελ"),
    ("Andreas", "Андреас", "Αντρέας"),
    ("Stefan", "Щефан", "Στέφαν"), ("Markus", "Маркус", "Μάρκους"), ("Jan", "Ян", "Γιαν"),
    ("Daniel", "Даниел", "Ντάνιελ"), ("Sebastian", "Себастиан", "Σεμπάστιαν"),
    ("Jürgen", "Юрген", "Γιούργκεν"), ("Uwe", "Уве", "Ούβε"),
)
_DE_FEMALE = (
    ("Sabine", "Сабине", "Ζαμπίνε"), ("Julia", "Юлия", "Γιούλια"), ("Anna", "Ана", "Άννα"),
    ("Katharina", "Катарина", "Καταρίνα"), ("Petra", "Петра", "Πέτρα"),
    ("Monika", "Моника", "Μόνικα"),
)
_DE_SURNAMES = (
    ("Müller", "Мюлер", "Μίλερ"), ("Schmidt", "Шмит", "Σμιτ"), ("Schneider", "Шнайдер", "Σνάιντερ"),
    ("Fischer", "Фишер", "Φίσερ"), ("Weber", "Вебер", "Βέμπερ"), ("Meyer", "Майер", "Μάγιερ"),
    ("Wagner", "Вагнер", "Βάγκνερ"), ("Becker", "Бекер", "Μπέκερ"),
    ("Hoffmann", "Хофман", "Χόφμαν"),
    ("Schäfer", "Шефер", "Σέφερ"), ("Koch", "Кох", "Κοχ"), ("Richter", "Рихтер", "Ρίχτερ"),
    ("Krüger", "Крюгер", "Κρίγκερ"), ("Wolf", "Волф", "Βολφ"), ("Braun", "Браун", "Μπράουν"),
    ("Zimmermann", "Цимерман", "Τσίμερμαν"),
)
_PL_MALE = (
    ("Piotr", "Пьотър", "Πιότρ"), ("Krzysztof", "Кшищоф", "Κσίστοφ"), ("Tomasz", "Томаш", "Τόμας"),
    ("Paweł", "Павел", "Πάβελ"), ("Marcin", "Марчин", "Μάρτσιν"), ("Michał", "Михал", "Μίχαλ"),
    ("Łukasz", "Лукаш", "Λούκας"), ("Grzegorz", "Гжегож", "Γκζέγκος"),
    ("Jakub", "Якуб", "Γιακούμπ"), ("Kamil", "Камил", "Καμίλ"),
)
_PL_FEMALE = (
    ("Anna", "Анна", "Άννα"), ("Katarzyna", "Катажина", "Κατάζινα"),
    ("Magdalena", "Магдалена", "Μαγκνταλένα"), ("Agnieszka", "Агнешка", "Αγκνιέσκα"),
    ("Joanna", "Йоанна", "Ιοάννα"), ("Ewa", "Ева", "Έβα"),
)
_PL_SURNAMES = (
    ("Nowak", "Новак", "Νόβακ"), ("Kowalski", "Ковалски", "Κοβάλσκι"),
    ("Wiśniewski", "Вишневски", "Βισνιέφσκι"), ("Wójcik", "Вуйчик", "Βούιτσικ"),
    ("Kowalczyk", "Ковалчик", "Κοβάλτσικ"), ("Kamiński", "Камински", "Καμίνσκι"),
    ("Lewandowski", "Левандовски", "Λεβαντόφσκι"), ("Zieliński", "Зелински", "Ζιελίνσκι"),
    ("Szymański", "Шимански", "Σιμάνσκι"), ("Woźniak", "Вожняк", "Βόζνιακ"),
    ("Dąbrowski", "Домбровски", "Ντομπρόφσκι"), ("Mazur", "Мазур", "Μαζούρ"),
    ("Jankowski", "Янковски", "Γιανκόφσκι"), ("Krawczyk", "Кравчик", "Κράβτσικ"),
)
_ES_MALE = (
    ("José", "Хосе", "Χοσέ"), ("Antonio", "Антонио", "Αντόνιο"), ("Manuel", "Мануел", "Μανουέλ"),
    ("Francisco", "Франсиско", "Φρανθίσκο"), ("Javier", "Хавиер", "Χαβιέρ"),
    ("David", "Давид", "Νταβίντ"), ("Juan", "Хуан", "Χουάν"), ("Carlos", "Карлос", "Κάρλος"),
    ("Miguel", "Мигел", "Μιγκέλ"), ("Alejandro", "Алехандро", "Αλεχάντρο"),
    ("Rafael", "Рафаел", "Ραφαέλ"), ("Pablo", "Пабло", "Πάμπλο"),
)
_ES_FEMALE = (
    ("María", "Мария", "Μαρία"), ("Carmen", "Кармен", "Κάρμεν"), ("Laura", "Лаура", "Λάουρα"),
    ("Lucía", "Лусия", "Λουθία"), ("Isabel", "Исабел", "Ιζαμπέλ"),
    ("Cristina", "Кристина", "Κριστίνα"),
)
_ES_SURNAMES = (
    ("García", "Гарсия", "Γκαρθία"), ("Rodríguez", "Родригес", "Ροδρίγκεθ"),
    ("González", "Гонсалес", "Γκονθάλεθ"), ("Fernández", "Фернандес", "Φερνάντεθ"),
    ("López", "Лопес", "Λόπεθ"), ("Martínez", "Мартинес", "Μαρτίνεθ"),
    ("Sánchez", "Санчес", "Σάντσεθ"), ("Pérez", "Перес", "Πέρεθ"), ("Gómez", "Гомес", "Γκόμεθ"),
    ("Martín", "Мартин", "Μαρτίν"), ("Jiménez", "Хименес", "Χιμένεθ"), ("Ruiz", "Руис", "Ρουίθ"),
    ("Hernández", "Ернандес", "Ερνάντεθ"), ("Díaz", "Диас", "Ντίαθ"),
    ("Moreno", "Морено", "Μορένο"),
    ("Muñoz", "Муньос", "Μουνιόθ"),
)

# origin -> (male given names, female given names, surnames)
NAMES = {
    "ru": (_RU_MALE, _RU_FEMALE, _RU_SURNAMES),
    "uk": (_UK_MALE, _UK_FEMALE, _UK_SURNAMES),
    "bg": (_BG_MALE, _BG_FEMALE, _BG_SURNAMES),
    "el": (_EL_MALE, _EL_FEMALE, _EL_SURNAMES),
    "ar": (_AR_MALE, _AR_FEMALE, _AR_SURNAMES),
    "de": (_DE_MALE, _DE_FEMALE, _DE_SURNAMES),
    "pl": (_PL_MALE, _PL_FEMALE, _PL_SURNAMES),
    "es": (_ES_MALE, _ES_FEMALE, _ES_SURNAMES),
}
ORIGINS = tuple(NAMES)
# Spanish persons carry two surnames (father's, mother's).
SURNAME_COUNT = {"es": 2}

# ---------------------------------------------------------------------------
# Cyrillic -> Latin, per target language's press/police convention
# ---------------------------------------------------------------------------

_CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ"
_CYR_TABLES = {
    target: dict(zip(_CYR, values.split(" "), strict=True))
    for target, values in {
        "de": "a b w g d e jo sch s i j k l m n o p r s t u f ch z tsch sch schtsch"
              " - y - e ju ja je i ji g",
        "pl": "a b w g d e io ż z i j k ł m n o p r s t u f ch c cz sz szcz"
              " - y - e ju ja je i ji g",
        "es": "a b v g d e io zh z i i k l m n o p r s t u f j ts ch sh shch"
              " - y - e yu ya ye i yi g",
        "fr": "a b v g d e io j z i ï k l m n o p r s t ou f kh ts tch ch chtch - y - e iou ia ie"
              " i ï g",
    }.items()
}
_CYR_VOWELS = frozenset("аеёиоуыэюяєіїъ")
_PL_HARD = frozenset("жшцчщ")
# Letters that Bulgarian and Ukrainian read differently from Russian.
_BG_LETTERS = {"ъ": {"de": "a", "pl": "y", "es": "a", "fr": "a"},
               "щ": {"de": "scht", "pl": "szt", "es": "sht", "fr": "cht"}}
_UK_LETTERS = {"г": {"de": "h", "pl": "h", "es": "h", "fr": "h"},
               "и": {"de": "y", "pl": "y", "es": "y", "fr": "y"}}


def cyrillic_to_latin(word: str, target: str, origin: str = "ru") -> str:
    """Transliterate a Cyrillic name the way a ``target`` (de/pl/es/fr) agency would."""
    table = _CYR_TABLES[target]
    low = word.lower()
    out: list[str] = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else " "
        nxt = low[i + 1] if i + 1 < len(low) else " "
        after_vowel = prev == " " or prev in _CYR_VOWELS or prev in "ьъ"
        rep = table.get(ch, ch)
        if origin == "bg" and ch in _BG_LETTERS:
            rep = _BG_LETTERS[ch][target]
        elif origin == "uk" and ch in _UK_LETTERS:
            rep = _UK_LETTERS[ch][target]
        if rep == "-":
            rep = ""
        if ch == "е" and origin == "ru":
            # Russian е is iotated at the start and after vowels; Polish also
            # marks the softened consonant before it (Pietrow, Siergiej).
            if after_vowel:
                rep = {"de": "je", "pl": "je", "es": "ye", "fr": "e"}[target]
            elif target == "pl" and prev not in _PL_HARD and prev != "л":
                rep = "ie"
        elif ch in "юяё" and target == "pl" and prev == "л":
            rep = {"ю": "u", "я": "a", "ё": "o"}[ch]  # Людмила -> Ludmiła
        elif ch in "юяё" and target == "pl" and not after_vowel:
            rep = {"ю": "iu", "я": "ia", "ё": "io"}[ch]
        elif ch == "я" and target in ("es", "fr") and prev in "иі":
            rep = "a"  # Мария -> Maria
        elif ch in "юя" and target == "es" and not after_vowel:
            rep = {"ю": "iu", "я": "ia"}[ch]
        elif ch == "л" and target == "pl" and (nxt in "ёиюяьі" or (nxt == "е" and origin != "uk")):
            rep = "l"
        elif ch == "и" and target == "pl" and prev in _PL_HARD:
            rep = "y"
        elif ch == "г" and target in ("es", "fr") and origin != "uk" and nxt in "еиэ":
            rep = "gu"
        elif ch == "с" and target in ("de", "fr") and prev in _CYR_VOWELS and nxt in _CYR_VOWELS:
            rep = "ss"
        elif ch == "й":
            if prev == "и" and nxt == " " and target in ("es", "fr"):
                rep = ""  # Дмитрий -> Dmitri
            elif prev == " " and target in ("es", "fr"):
                rep = "y" if target == "es" else "i"  # Йорданов -> Yordanov, Iordanov
            elif target == "fr" and not after_vowel:
                rep = "i"
        out.append(rep)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def _bulgarian_spelling(word: str, origin: str) -> str:
    """Replace the Ukrainian/Russian letters Bulgarian lacks (і, ї, є, ё), as a clerk would."""
    if origin == "bg":
        return word
    for a, b in (("і", "и"), ("ї", "йи"), ("є", "е"), ("ґ", "г"), ("ё", "е"), ("ы", "и"),
                 ("ья", "ия"), ("ьe", "е"), ("Ё", "Е"), ("І", "И")):
        word = word.replace(a, b)
    return word


# ---------------------------------------------------------------------------
# Greek -> Latin (ELOT 743 as on passports, or a language's phonetic habit) and Cyrillic
# ---------------------------------------------------------------------------

_GR_VOWELS = frozenset("αεηιουω")
_GR_VOICED = frozenset("βγδζλμνρ") | _GR_VOWELS
# One value per letter of _GR_LETTERS, in order.
_GR_SINGLE = {
    "elot": "a v g d e z i th i k l m n x o p r s s t y f ch ps o",
    "de": "a w g d e z i th i k l m n x o p r s s t i f ch ps o",
    "pl": "a w g d e z i t i k l m n ks o p r s s t i f ch ps o",
    "es": "a v g d e z i t i k l m n x o p r s s t i f j ps o",
    "fr": "a v g d e z i th i k l m n x o p r s s t y f kh ps o",
    "bg": "а в г д е з и т и к л м н кс о п р с с т и ф х пс о",
}
_GR_LETTERS = "αβγδεζηθικλμνξοπρσςτυφχψω"
_GR_TABLES = {k: dict(zip(_GR_LETTERS, v.split(" "), strict=True)) for k, v in _GR_SINGLE.items()}
# Digraphs: (at word start, elsewhere) per target.
_GR_DIGRAPHS = {
    "elot": {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": ("b", "mp"), "ντ": ("d", "nt"),
             "γγ": "ng", "γκ": ("g", "gk"), "γχ": "nch", "τσ": "ts", "τζ": "tz"},
    "de": {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "μπ": ("b", "mb"), "ντ": ("d", "nd"),
           "γγ": "ng", "γκ": ("g", "ng"), "τσ": "ts", "τζ": "dz"},
    "pl": {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "μπ": ("b", "mb"), "ντ": ("d", "nd"),
           "γγ": "ng", "γκ": ("g", "ng"), "τσ": "c", "τζ": "dz"},
    "es": {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "μπ": ("b", "mb"), "ντ": ("d", "nd"),
           "γγ": "ng", "γκ": ("g", "ng"), "τσ": "ts", "τζ": "ts"},
    "fr": {"ου": "ou", "αι": "e", "ει": "i", "οι": "i", "μπ": ("b", "mb"), "ντ": ("d", "nd"),
           "γγ": "ng", "γκ": ("g", "ng"), "τσ": "ts", "τζ": "dz"},
    "bg": {"ου": "у", "αι": "е", "ει": "и", "οι": "и", "μπ": ("б", "мб"), "ντ": ("д", "нт"),
           "γγ": "нг", "γκ": ("г", "нг"), "τσ": "ц", "τζ": "дз"},
}
# γι between vowels is a y-sound: Panagiotis (ELOT), Panajotis (de), Панайотис (bg).
_GR_GI = {"elot": "gi", "de": "j", "pl": "j", "es": "y", "fr": "y", "bg": "й"}
_GR_AU = {"elot": ("v", "f"), "de": ("w", "f"), "pl": ("w", "f"), "es": ("v", "f"),
          "fr": ("v", "f"), "bg": ("в", "ф")}


def greek_to(word: str, target: str) -> str:
    """Render a Greek name in ``target``: 'elot', a Latin language's habit, or 'bg' Cyrillic."""
    text = unicodedata.normalize("NFD", word.lower()).replace("\u0301", "")
    # A diaeresis keeps a vowel out of a digraph (Σαΐντ); mark it, then drop the mark.
    text = text.replace("ι\u0308", "|ι").replace("υ\u0308", "|υ")
    table, digraphs = _GR_TABLES[target], _GR_DIGRAPHS[target]
    out: list[str] = []
    i = 0
    while i < len(text):
        ch, pair = text[i], text[i:i + 2]
        start = i == 0
        nxt2 = text[i + 2] if i + 2 < len(text) else " "
        if pair in ("αυ", "ευ", "ηυ"):
            vowel = table[ch]
            out.append(vowel + _GR_AU[target][0 if nxt2 in _GR_VOICED else 1])
            i += 2
        elif pair == "γι" and nxt2 in _GR_VOWELS and (start or text[i - 1] in _GR_VOWELS):
            out.append(_GR_GI[target])
            i += 2
        elif pair in digraphs:
            rep = digraphs[pair]
            out.append(rep if isinstance(rep, str) else rep[0 if start else 1])
            i += 2
        elif ch == "ι" and start and text[1:2] in _GR_VOWELS and target == "bg":
            out.append("й")
            i += 1
        else:
            out.append(table.get(ch, "" if ch == "|" else ch))
            i += 1
    result = "".join(out)
    if target == "bg":
        for a, b in (("йа", "я"), ("йу", "ю"), ("нн", "н"), ("лл", "л"), ("пп", "п"),
                     ("сс", "с"), ("мм", "м"), ("кк", "к"), ("тт", "т"), ("рр", "р")):
            result = result.replace(a, b)
        if result.endswith("иа"):
            result = result[:-1] + "я"  # Μαρία -> Мария
    return result[:1].upper() + result[1:]


# ---------------------------------------------------------------------------
# Latin-script folding
# ---------------------------------------------------------------------------

_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss"})
_EXPAND = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss"})


def fold(text: str) -> str:
    """Drop diacritics as a foreign keyboard or database would (Wójcik -> Wojcik)."""
    text = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in text if not unicodedata.combining(c))


def _feminine_cyrillic(word: str, origin: str) -> str:
    if origin != "uk" and word.endswith(("ов", "ев", "ёв", "ин")):
        return word + "а"
    return word


def _feminine_slavic_latin(word: str) -> str:
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("ски", "ска"), ("цки", "цка"),
                      ("σκι", "σκα")):
        if word.endswith(masc):
            return word[: -len(masc)] + fem
    return word


def _strip_article(name: str) -> str:
    for article in ("El ", "El-", "al-", "Al-"):
        if name.startswith(article):
            rest = name[len(article):]
            return rest[:1].upper() + rest[1:]
    return name


# ---------------------------------------------------------------------------
# Rendering a person's name for one agency
# ---------------------------------------------------------------------------


def render_name(origin: str, given: int, surnames: tuple[int, ...], female: bool,
                system: str, bits: int) -> tuple[str, str, str | None]:
    """How an agency writing ``system`` spells this person: (name, script, alias or None).

    ``bits`` are the agency's fixed habits for this person: conventional or strict
    transliteration, diacritics dropped, second surname or article dropped, surname first.
    """
    male_names, female_names, surname_table = NAMES[origin]
    g_entry = (female_names if female else male_names)[given]
    s_entries = [surname_table[s] for s in surnames]
    alias = None
    if system == "ar" and origin != "ar":
        system = "fr"  # the Moroccan agency writes non-Arabic names in French-style Latin
    if origin in ("ru", "uk", "bg"):
        g_text, s_texts, script = _render_cyrillic(origin, g_entry, s_entries, female, system, bits)
    elif origin == "el":
        g_text = g_entry
        s_texts = [(s[1] or s[0]) if female else s[0] for s in s_entries]
        if system == "el":
            script = "greek"
        else:
            target = "bg" if system == "bg" else ("elot" if not bits & 1 else system)
            g_text, s_texts = greek_to(g_text, target), [greek_to(s, target) for s in s_texts]
            script = "cyrillic" if system == "bg" else "latin"
    elif origin == "ar":
        if system == "ar":
            g_text, s_texts, script = g_entry[0], [s[0] for s in s_entries], "arabic"
            if bits & 4:
                alias = f"{g_entry[1]} {s_entries[0][1]}"
        else:
            col = 1 if (bits & 1 and system in LATIN_SYSTEMS) else _AR_COLUMN[system]
            g_text, s_texts = g_entry[col], [s[col] for s in s_entries]
            if bits & 8 and system in LATIN_SYSTEMS:
                s_texts = [_strip_article(s) for s in s_texts]
            script = {"bg": "cyrillic", "el": "greek"}.get(system, "latin")
    else:
        col = {"bg": 1, "el": 2}.get(system, 0)
        g_text, s_texts = g_entry[col], [s[col] for s in s_entries]
        if female:
            s_texts = [_feminine_slavic_latin(s) for s in s_texts]
        if system != origin and col == 0 and bits & 4:
            expand = origin == "de" and bits & 1
            g_text, s_texts = ((g_text.translate(_EXPAND), [s.translate(_EXPAND) for s in s_texts])
                               if expand else (fold(g_text), [fold(s) for s in s_texts]))
        script = {"bg": "cyrillic", "el": "greek"}.get(system, "latin")
    if len(s_texts) > 1 and system != "es" and bits & 8:
        s_texts = s_texts[:1]  # foreign agencies often keep only the first Spanish surname
    surname = " ".join(s_texts)
    order = (bits >> 4) & 3
    if script == "latin" and (order < 2 if system == "fr" else (order == 0 and system == "es")):
        return f"{surname.upper()} {g_text}", script, alias
    return f"{g_text} {surname}", script, alias


def _render_cyrillic(origin: str, g_entry: tuple, s_entries: list, female: bool,
                     system: str, bits: int) -> tuple[str, list[str], str]:
    cyr_given, greek_given, conventional = g_entry[0], g_entry[1], g_entry[2]
    given_origin = origin
    if origin == "uk" and g_entry[3] and bits & 2:
        cyr_given, given_origin = g_entry[3], "ru"  # a russified form from an old document
    cyr_surnames = [_feminine_cyrillic(s[0], origin) if female else s[0] for s in s_entries]
    if system == "bg":
        return (_bulgarian_spelling(cyr_given, given_origin),
                [_bulgarian_spelling(s, origin) for s in cyr_surnames], "cyrillic")
    if system == "el":
        greek_surnames = [s[1] for s in s_entries]
        if female and origin != "uk":
            greek_surnames = [s[:-1] + "βα" if s.endswith("φ") else s for s in greek_surnames]
        return greek_given, greek_surnames, "greek"
    if bits & 1 and system in conventional and given_origin == origin:
        g_text = conventional[system]
    else:
        g_text = cyrillic_to_latin(cyr_given, system, given_origin)
    return g_text, [cyrillic_to_latin(s, system, origin) for s in cyr_surnames], "latin"


def native_name(origin: str, given: int, surnames: tuple[int, ...], female: bool) -> str:
    """The person's name in their own language and script (the ground truth's label)."""
    male_names, female_names, surname_table = NAMES[origin]
    g_entry = (female_names if female else male_names)[given]
    parts = []
    for s in surnames:
        entry = surname_table[s]
        if origin in ("ru", "uk", "bg"):
            parts.append(_feminine_cyrillic(entry[0], origin) if female else entry[0])
        elif origin == "el":
            parts.append((entry[1] or entry[0]) if female else entry[0])
        else:
            parts.append(_feminine_slavic_latin(entry[0]) if female else entry[0])
    return " ".join([g_entry if origin == "el" else g_entry[0], *parts])


def typo(text: str, pick: float, where: float) -> str:
    """A realistic slip of the keyboard: swap, drop or double one letter (not the first)."""
    if len(text) < 4:
        return text
    i = 1 + int(where * (len(text) - 2))
    if not text[i].isalpha():
        return text
    if pick < 0.4 and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if pick < 0.7:
        return text[:i] + text[i + 1:]
    return text[:i] + text[i] + text[i:]


# ---------------------------------------------------------------------------
# Places and phrases, per agency language (indexes follow demo.DEMO_AGENCIES)
# ---------------------------------------------------------------------------

CITIES = (
    ("Hamburg", "Berlin", "Frankfurt am Main", "München", "Köln", "Duisburg", "Bremen"),
    ("Warszawa", "Gdańsk", "Poznań", "Wrocław", "Łódź", "Szczecin"),
    ("Αθήνα", "Θεσσαλονίκη", "Πειραιάς", "Πάτρα", "Ηγουμενίτσα", "Αλεξανδρούπολη"),
    ("София", "Пловдив", "Варна", "Бургас", "Русе", "Благоевград"),
    ("Madrid", "Barcelona", "Valencia", "Algeciras", "Málaga", "Almería"),
    ("الدار البيضاء", "طنجة", "الرباط", "الناظور", "مراكش", "أكادير"),
)
BORDER_POINTS = (
    ("Frankfurt (Oder)", "Görlitz", "Kiefersfelden"),
    ("Świecko", "Kołbaskowo", "Zgorzelec"),
    ("Προμαχώνας", "Κήποι", "Ευζώνοι"),
    ("Капитан Андреево", "Кулата", "Видин"),
    ("Puerto de Algeciras", "Tarifa", "La Jonquera"),
    ("ميناء طنجة المتوسط", "باب سبتة", "بني انصار"),
)

# Company name parts per country: (native, Latin) where the country writes non-Latin.
COMPANY_WORDS = (
    (("Nordstern", "Rhein", "Hansa", "Elbe", "Alpen", "Weser"),
     ("Logistik", "Handel", "Transporte", "Autohandel", "Import-Export", "Immobilien"),
     ("GmbH", "UG (haftungsbeschränkt)")),
    (("Bałtyk", "Wisła", "Orzeł", "Mazowsze", "Polonia", "Odra"),
     ("Trans", "Handel", "Logistyka", "Import", "Motors", "Invest"), ("Sp. z o.o.",)),
    ((("Δέλτα", "Delta"), ("Αιγαίο", "Aigaio"), ("Όλυμπος", "Olympos"), ("Ερμής", "Ermis"),
      ("Πήγασος", "Pigasos"), ("Ποσειδών", "Poseidon")),
     (("Ναυτιλιακή", "Naftiliaki"), ("Εμπορική", "Emporiki"), ("Μεταφορική", "Metaforiki"),
      ("Logistics", "Logistics"), ("Επενδυτική", "Ependytiki"), ("Τουριστική", "Touristiki")),
     (("Α.Ε.", "S.A."), ("Ι.Κ.Ε.", "I.K.E."))),
    ((("Балкан", "Balkan"), ("Дунав", "Dunav"), ("Родопи", "Rodopi"), ("Витоша", "Vitosha"),
      ("Черноморие", "Chernomorie"), ("Тракия", "Trakia")),
     (("Транс", "Trans"), ("Трейд", "Trade"), ("Логистик", "Logistik"), ("Импорт", "Import"),
      ("Груп", "Group"), ("Инвест", "Invest")),
     (("ЕООД", "EOOD"), ("ООД", "OOD"))),
    (("Iberia", "Costa del Sol", "Levante", "Atlántico", "Sierra Nevada", "Bahía"),
     ("Frutas", "Transportes", "Logística", "Comercial", "Inversiones", "Motor"), ("S.L.",)),
    (("Atlas", "Rif", "Sahara", "Médina", "Souss", "Tingis"),
     ("Import Export", "Transport", "Négoce", "Logistique", "Agrumes", "Services"), ("SARL",)),
)

# Per agency language: the synthetic-data notice, one (title, sentence) per record kind,
# extra sentences, event names per kind, family relations, how lists join, date format.
PHRASES = {
    "de": {
        "notice": "[DEMO] Synthetischer Demonstrationsdatensatz – alle Personen, Firmen und "
                  "Kennungen sind erfunden.",
        "meeting": ("Observation: Treffen in {place}",
                    "Am {date} wurde bei einer Observation in {place} ein Treffen zwischen "
                    "{names} festgestellt."),
        "border": ("Grenzkontrolle {place}",
                   "Am {date} wurde an der Kontrollstelle {place} das Fahrzeug {plate} "
                   "kontrolliert; Fahrer: {p0}."),
        "calls": ("TKÜ: Kontakt {p0} / {p1}",
                  "Am {date} wurde ein Telefonat zwischen {p0} (Anschluss {phone0}) und {p1} "
                  "(Anschluss {phone1}) aufgezeichnet."),
        "finance": ("Finanzermittlung: Überweisung über {amount} EUR",
                    "Am {date} wurden {amount} EUR vom Konto {iban0} ({p0}) auf das Konto "
                    "{iban1} ({p1}) überwiesen."),
        "arrest": ("Festnahme in {place}",
                   "Am {date} wurde {p0} in {place} vorläufig festgenommen."),
        "company": ("Firmenabklärung {org}",
                    "Als Gesellschafter der Firma {org} ist {p0} eingetragen."),
        "family": ("Personenabklärung {p0}",
                   "Nach Erkenntnissen sind {p0} und {p1} verwandt ({relation})."),
        "phone": "{p} nutzt die Rufnummer {phone}.",
        "plate": "Festgestelltes Fahrzeug: {plate}.",
        "others": "Weitere Beteiligte: {names}.",
        "events": ("Treffen", "Grenzübertritt", "Überweisung", "Festnahme"),
        "relations": ("Geschwister", "Cousin/Cousine", "Ehepartner"),
        "and": " und ",
        "sep": ", ", "date": "{d}.{m}.{y}",
    },
    "pl": {
        "notice": "[DEMO] Syntetyczne dane demonstracyjne – wszystkie osoby, firmy i "
                  "identyfikatory są fikcyjne.",
        "meeting": ("Obserwacja: spotkanie ({place})",
                    "W dniu {date} podczas obserwacji w miejscowości {place} ustalono spotkanie "
                    "następujących osób: {names}."),
        "border": ("Kontrola graniczna ({place})",
                   "W dniu {date} na przejściu {place} skontrolowano pojazd {plate}; "
                   "kierowca: {p0}."),
        "calls": ("Kontrola operacyjna: kontakt {p0} – {p1}",
                  "W dniu {date} zarejestrowano rozmowę telefoniczną: rozmówca 1 – {p0}, "
                  "tel. {phone0}; rozmówca 2 – {p1}, tel. {phone1}."),
        "finance": ("Analiza finansowa: przelew {amount} EUR",
                    "W dniu {date} przelano {amount} EUR z rachunku {iban0} (posiadacz: {p0}) "
                    "na rachunek {iban1} (posiadacz: {p1})."),
        "arrest": ("Zatrzymanie ({place})",
                   "W dniu {date} w miejscowości {place} zatrzymano osobę: {p0}."),
        "company": ("Sprawdzenie podmiotu {org}", "Wspólnikiem spółki {org} jest {p0}."),
        "family": ("Sprawdzenie osoby: {p0}", "Ustalono pokrewieństwo ({relation}): {p0} i {p1}."),
        "phone": "Numer telefonu używany przez osobę {p}: {phone}.",
        "plate": "Ustalony pojazd: {plate}.",
        "others": "Pozostałe osoby: {names}.",
        "events": ("Spotkanie", "Przekroczenie granicy", "Przelew", "Zatrzymanie"),
        "relations": ("rodzeństwo", "kuzynostwo", "małżeństwo"),
        "and": " i ",
        "sep": ", ", "date": "{d}.{m}.{y}",
    },
    "el": {
        "notice": "[DEMO] Συνθετικά δεδομένα επίδειξης – όλα τα πρόσωπα, οι εταιρείες και τα "
                  "στοιχεία είναι φανταστικά.",
        "meeting": ("Παρακολούθηση: συνάντηση ({place})",
                    "Στις {date}, κατά την παρακολούθηση στην περιοχή {place}, διαπιστώθηκε "
                    "συνάντηση των προσώπων: {names}."),
        "border": ("Συνοριακός έλεγχος ({place})",
                   "Στις {date} ελέγχθηκε στο σημείο ελέγχου {place} το όχημα {plate}· "
                   "οδηγός: {p0}."),
        "calls": ("Επικοινωνία {p0} – {p1}",
                  "Στις {date} καταγράφηκε τηλεφωνική επικοινωνία: καλών {p0}, τηλ. {phone0}· "
                  "καλούμενος {p1}, τηλ. {phone1}."),
        "finance": ("Οικονομική έρευνα: μεταφορά {amount} EUR",
                    "Στις {date} μεταφέρθηκαν {amount} EUR από τον λογαριασμό {iban0} "
                    "(δικαιούχος: {p0}) στον λογαριασμό {iban1} (δικαιούχος: {p1})."),
        "arrest": ("Σύλληψη ({place})",
                   "Στις {date} συνελήφθη στην περιοχή {place} το πρόσωπο: {p0}."),
        "company": ("Έλεγχος εταιρείας {org}", "Εταίρος της εταιρείας {org}: {p0}."),
        "family": ("Έλεγχος προσώπου: {p0}",
                   "Διαπιστώθηκε συγγένεια ({relation}) μεταξύ των προσώπων {p0} και {p1}."),
        "phone": "Αριθμός τηλεφώνου ({p}): {phone}.",
        "plate": "Όχημα: {plate}.",
        "others": "Λοιπά πρόσωπα: {names}.",
        "events": ("Συνάντηση", "Διέλευση συνόρων", "Μεταφορά χρημάτων", "Σύλληψη"),
        "relations": ("αδέλφια", "ξαδέλφια", "σύζυγοι"),
        "and": " και ",
        "sep": ", ", "date": "{d}/{m}/{y}",
    },
    "bg": {
        "notice": "[DEMO] Синтетични демонстрационни данни – всички лица, фирми и "
                  "идентификатори са измислени.",
        "meeting": ("Наблюдение: среща ({place})",
                    "На {date} при наблюдение в {place} е установена среща между лицата: "
                    "{names}."),
        "border": ("Граничен контрол ({place})",
                   "На {date} на ГКПП {place} е проверен автомобил с рег. № {plate}; "
                   "водач: {p0}."),
        "calls": ("Контакт {p0} – {p1}",
                  "На {date} е регистриран телефонен разговор: {p0}, тел. {phone0}, и {p1}, "
                  "тел. {phone1}."),
        "finance": ("Финансово разследване: превод {amount} EUR",
                    "На {date} са преведени {amount} EUR от сметка {iban0} (титуляр: {p0}) "
                    "по сметка {iban1} (титуляр: {p1})."),
        "arrest": ("Задържане ({place})", "На {date} в {place} е задържано лицето {p0}."),
        "company": ("Проверка на фирма {org}", "Съдружник във фирма {org}: {p0}."),
        "family": ("Проверка на лице: {p0}",
                   "Установена е роднинска връзка ({relation}) между {p0} и {p1}."),
        "phone": "Телефонен номер, използван от {p}: {phone}.",
        "plate": "Установен автомобил: {plate}.",
        "others": "Други лица: {names}.",
        "events": ("Среща", "Преминаване на граница", "Паричен превод", "Задържане"),
        "relations": ("братя/сестри", "братовчеди", "съпрузи"),
        "and": " и ",
        "sep": ", ", "date": "{d}.{m}.{y} г.",
    },
    "es": {
        "notice": "[DEMO] Datos sintéticos de demostración: todas las personas, empresas e "
                  "identificadores son ficticios.",
        "meeting": ("Vigilancia: reunión en {place}",
                    "El {date}, durante un dispositivo de vigilancia en {place}, se observó una "
                    "reunión entre {names}."),
        "border": ("Control fronterizo en {place}",
                   "El {date} se controló en {place} el vehículo con matrícula {plate}, "
                   "conducido por {p0}."),
        "calls": ("Intervención telefónica: contacto {p0} / {p1}",
                  "El {date} se registró una conversación entre {p0} (tel. {phone0}) y {p1} "
                  "(tel. {phone1})."),
        "finance": ("Investigación patrimonial: transferencia de {amount} EUR",
                    "El {date} se transfirieron {amount} EUR desde la cuenta {iban0} ({p0}) a "
                    "la cuenta {iban1} ({p1})."),
        "arrest": ("Detención en {place}", "El {date} fue detenido en {place} {p0}."),
        "company": ("Consulta mercantil: {org}", "{p0} figura como socio de la sociedad {org}."),
        "family": ("Consulta de persona: {p0}",
                   "Consta relación de parentesco ({relation}) entre {p0} y {p1}."),
        "phone": "{p} utiliza el teléfono {phone}.",
        "plate": "Vehículo relacionado: {plate}.",
        "others": "Otras personas: {names}.",
        "events": ("Reunión", "Paso fronterizo", "Transferencia", "Detención"),
        "relations": ("hermanos", "primos", "cónyuges"),
        "and": " y ",
        "sep": ", ", "date": "{d}/{m}/{y}",
    },
    "ar": {
        "notice": "[DEMO] بيانات اصطناعية لأغراض العرض فقط – جميع الأشخاص والشركات "
                  "والمعرفات وهمية.",
        "meeting": ("مراقبة: لقاء في {place}",
                    "بتاريخ {date}، وخلال عملية مراقبة في {place}، تم رصد لقاء بين الأشخاص "
                    "التالية أسماؤهم: {names}."),
        "border": ("مراقبة حدودية في {place}",
                   "بتاريخ {date} تمت مراقبة السيارة ذات رقم التسجيل {plate} في {place}، "
                   "ويقودها {p0}."),
        "calls": ("اتصال بين {p0} و {p1}",
                  "بتاريخ {date} تم تسجيل مكالمة هاتفية بين {p0} (الهاتف {phone0}) و {p1} "
                  "(الهاتف {phone1})."),
        "finance": ("تحقيق مالي: تحويل {amount} يورو",
                    "بتاريخ {date} تم تحويل {amount} يورو من الحساب {iban0} ({p0}) إلى الحساب "
                    "{iban1} ({p1})."),
        "arrest": ("توقيف في {place}", "بتاريخ {date} تم توقيف المدعو {p0} في {place}."),
        "company": ("التحقق من شركة {org}", "{p0} مسجل كشريك في شركة {org}."),
        "family": ("التحقق من هوية {p0}", "تبين وجود صلة قرابة ({relation}) بين {p0} و {p1}."),
        "phone": "رقم الهاتف الذي يستعمله {p}: {phone}.",
        "plate": "السيارة المعنية: {plate}.",
        "others": "أشخاص آخرون: {names}.",
        "events": ("لقاء", "عبور الحدود", "تحويل مالي", "توقيف"),
        "relations": ("إخوة", "أبناء عمومة", "زوجان"),
        "and": " و ",
        "sep": "، ", "date": "{d}/{m}/{y}",
    },
}

# ---------------------------------------------------------------------------
# Identifier tables, per agency country (indexes follow demo.DEMO_AGENCIES)
# ---------------------------------------------------------------------------

COUNTRY_CODES = ("49", "48", "30", "359", "34", "212")
# Mobile ranges that phonenumbers accepts as valid: (prefix, digits after it).
PHONE_RANGES = (
    (("151", 8), ("152", 8), ("157", 8), ("160", 7), ("170", 7), ("171", 7), ("172", 7),
     ("176", 8)),
    (("50", 7), ("51", 7), ("53", 7), ("57", 7), ("60", 7), ("66", 7), ("69", 7), ("72", 7),
     ("78", 7), ("79", 7), ("88", 7)),
    (("690", 7), ("693", 7), ("694", 7), ("695", 7), ("697", 7), ("698", 7), ("699", 7)),
    (("87", 7), ("88", 7), ("89", 7)),
    (("6", 8), ("71", 7), ("72", 7), ("73", 7), ("74", 7)),
    (("61", 7), ("62", 7), ("64", 7), ("65", 7), ("66", 7), ("67", 7), ("70", 7), ("77", 7)),
)
# Bank (and branch) codes that schwifty knows, so lookups show a bank; the accounts are random.
BANK_CODES = (
    ("20050550", "23050101", "24050110"),  # Sparkassen using check method 00
    ("10901014", "10500099", "11401036", "10200003"),
    ("0110125", "0260001", "0172014"),
    ("UNCR7000", "STSA9300", "BPBI7940", "FINV9150"),
    ("2100", "0049", "0182"),
    ("007780", "011640", "230810"),  # bank + locality of a Moroccan RIB
)
PLATE_AREAS = (
    ("HH", "B", "M", "K", "F", "DU", "HB", "S"),
    ("WA", "WX", "WI", "GD", "PO", "DW", "KR", "ZS"),
    (),
    ("CA", "CB", "PB", "B", "A", "P", "E"),
    (),
    (),
)
# Letters that Greek and Bulgarian plates share with Latin, and Moroccan plate letters.
GREEK_PLATE = dict(zip("ABEZHIKMNOPTYX", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", strict=True))
CYRILLIC_PLATE = dict(zip("ABEKMHOPCTYX", "АВЕКМНОРСТУХ", strict=True))
MOROCCAN_PLATE = (("A", "أ"), ("B", "ب"), ("D", "د"), ("H", "هـ"), ("W", "و"))
# (model, world manufacturer identifier of its VIN, FtM vehicle type)
VEHICLE_MODELS = (
    ("Volkswagen Passat", "WVW", "car"), ("Volkswagen Golf", "WVW", "car"),
    ("BMW X5", "WBA", "car"), ("Mercedes-Benz Sprinter", "WDB", "van"),
    ("Mercedes-Benz E 220", "WDD", "car"), ("Audi A6", "WAU", "car"),
    ("Škoda Octavia", "TMB", "car"), ("Renault Master", "VF1", "van"),
    ("Peugeot Boxer", "VF3", "van"), ("Seat León", "VSS", "car"),
    ("Toyota Land Cruiser", "JTE", "car"), ("Fiat Ducato", "ZFA", "van"),
    ("Dacia Logan", "UU1", "car"), ("Ford Transit", "WF0", "van"), ("Volvo FH", "YV2", "truck"),
)
