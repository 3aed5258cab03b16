"""Names of Greek origin, and how agencies write them in Latin or Bulgarian Cyrillic."""

from __future__ import annotations

import unicodedata

# ---------------------------------------------------------------------------
# Greek-origin names (native Greek; surnames as masculine, feminine)
# ---------------------------------------------------------------------------

EL_MALE = (
    "Γεώργιος", "Δημήτριος", "Κωνσταντίνος", "Νικόλαος", "Ιωάννης", "Παναγιώτης",
    "Χρήστος", "Βασίλειος", "Αθανάσιος", "Ευάγγελος", "Μιχαήλ", "Σπυρίδων",
)
EL_FEMALE = (
    "Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αναστασία", "Δήμητρα", "Ευαγγελία",
)
EL_SURNAMES = (
    ("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαδάκης", "Παπαδάκη"), ("Γεωργίου", None),
    ("Νικολάου", None), ("Οικονόμου", None), ("Καραγιάννης", "Καραγιάννη"),
    ("Βασιλείου", None), ("Αντωνίου", None), ("Μακρής", "Μακρή"), ("Παππάς", "Παππά"),
    ("Δημητρίου", None), ("Ιωάννου", None), ("Κωνσταντινίδης", "Κωνσταντινίδου"),
    ("Αλεξίου", None), ("Μαυρίδης", "Μαυρίδου"), ("Θεοδωρόπουλος", "Θεοδωροπούλου"),
)

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


def transliterate(word: str, target: str) -> str:
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
