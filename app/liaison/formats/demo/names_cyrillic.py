"""Names of Cyrillic-script origin (Russian, Ukrainian, Bulgarian), and how agencies write them.

Each agency spells these names by its own convention: German ``Petrow``, Polish
``Pietrow``, Spanish/French ``Petrov``, Greek ``Πετρόφ``, Bulgarian in its own Cyrillic.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Cyrillic-origin names: (Cyrillic, Greek, {system: conventional form}, Russian form)
# ---------------------------------------------------------------------------

RU_MALE = (
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
RU_FEMALE = (
    ("Елена", "Ελένα", {"es": "Elena"}),
    ("Наталья", "Νατάλια", {"de": "Natalia", "es": "Natalia"}),
    ("Ольга", "Όλγκα", {}),
    ("Ирина", "Ιρίνα", {}),
    ("Светлана", "Σβετλάνα", {}),
    ("Татьяна", "Τατιάνα", {"es": "Tatiana", "fr": "Tatiana"}),
    ("Анна", "Άννα", {}),
    ("Мария", "Μαρία", {"de": "Maria"}),
)
RU_SURNAMES = (
    ("Петров", "Πετρόφ"), ("Иванов", "Ιβανόφ"), ("Смирнов", "Σμιρνόφ"),
    ("Кузнецов", "Κουζνετσόφ"), ("Соколов", "Σοκολόφ"), ("Попов", "Ποπόφ"),
    ("Волков", "Βολκόφ"), ("Морозов", "Μοροζόφ"), ("Новиков", "Νοβικόφ"),
    ("Фёдоров", "Φιόντοροφ"), ("Козлов", "Κοζλόφ"), ("Лебедев", "Λεμπέντεφ"),
    ("Орлов", "Ορλόφ"), ("Зайцев", "Ζάιτσεφ"), ("Павлов", "Πάβλοφ"), ("Семёнов", "Σεμιόνοφ"),
)

UK_MALE = (
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
UK_FEMALE = (
    ("Оксана", "Οξάνα", {}, None),
    ("Олена", "Ολένα", {}, "Елена"),
    ("Наталія", "Νατάλια", {}, "Наталья"),
    ("Ірина", "Ιρίνα", {}, "Ирина"),
    ("Юлія", "Γιούλια", {}, "Юлия"),
    ("Людмила", "Λιουντμίλα", {}, None),
)
UK_SURNAMES = (
    ("Шевченко", "Σεβτσένκο"), ("Коваленко", "Κοβαλένκο"), ("Бондаренко", "Μποντάρενκο"),
    ("Ткаченко", "Τκατσένκο"), ("Кравчук", "Κραβτσούκ"), ("Мельник", "Μέλνικ"),
    ("Бойко", "Μπόικο"), ("Коваль", "Κοβάλ"), ("Олійник", "Ολίινικ"),
    ("Шевчук", "Σεβτσούκ"), ("Поліщук", "Πολισιούκ"), ("Савченко", "Σαβτσένκο"),
)

BG_MALE = (
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
BG_FEMALE = (
    ("Мария", "Μαρία", {"de": "Maria"}),
    ("Десислава", "Ντεσισλάβα", {}),
    ("Елена", "Ελένα", {}),
    ("Йорданка", "Γιορντάνκα", {"es": "Yordanka"}),
    ("Цветелина", "Τσβετελίνα", {"es": "Tsvetelina", "de": "Zwetelina"}),
    ("Росица", "Ροσίτσα", {"es": "Rositsa"}),
)
BG_SURNAMES = (
    ("Георгиев", "Γκεοργκίεφ"), ("Димитров", "Ντιμιτρόφ"), ("Стоянов", "Στογιάνοφ"),
    ("Тодоров", "Τοντόροφ"), ("Христов", "Χρίστοφ"), ("Ангелов", "Αγγέλοφ"),
    ("Николов", "Νικόλοφ"), ("Илиев", "Ιλίεφ"), ("Йорданов", "Γιορντάνοφ"),
    ("Петков", "Πετκόφ"), ("Колев", "Κόλεφ"), ("Маринов", "Μαρίνοφ"), ("Атанасов", "Ατανάσοφ"),
)

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


def feminine(word: str, origin: str) -> str:
    """The feminine form of a Russian or Bulgarian surname (Петров -> Петрова)."""
    if origin != "uk" and word.endswith(("ов", "ев", "ёв", "ин")):
        return word + "а"
    return word


def render(origin: str, g_entry: tuple, s_entries: list, female: bool, system: str,
           bits: int) -> tuple[str, list[str], str]:
    """(given name, surnames, script) of a Cyrillic-origin person as ``system`` writes them."""
    cyr_given, greek_given, conventional = g_entry[0], g_entry[1], g_entry[2]
    given_origin = origin
    if origin == "uk" and g_entry[3] and bits & 2:
        cyr_given, given_origin = g_entry[3], "ru"  # a russified form from an old document
    cyr_surnames = [feminine(s[0], origin) if female else s[0] for s in s_entries]
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
