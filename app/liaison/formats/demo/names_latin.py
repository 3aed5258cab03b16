"""Names of Latin-script origin (German, Polish, Spanish), and the folding foreign systems
apply to them (diacritics dropped, umlauts expanded, feminine surname endings)."""

from __future__ import annotations

import unicodedata

# ---------------------------------------------------------------------------
# Latin-origin names: (Latin, Bulgarian, Greek)
# ---------------------------------------------------------------------------

DE_MALE = (
    ("Thomas", "Томас", "Τόμας"), ("Michael", "Михаел", "Μίχαελ"),
    ("Andreas", "Андреас", "Αντρέας"),
    ("Stefan", "Щефан", "Στέφαν"), ("Markus", "Маркус", "Μάρκους"), ("Jan", "Ян", "Γιαν"),
    ("Daniel", "Даниел", "Ντάνιελ"), ("Sebastian", "Себастиан", "Σεμπάστιαν"),
    ("Jürgen", "Юрген", "Γιούργκεν"), ("Uwe", "Уве", "Ούβε"),
)
DE_FEMALE = (
    ("Sabine", "Сабине", "Ζαμπίνε"), ("Julia", "Юлия", "Γιούλια"), ("Anna", "Ана", "Άννα"),
    ("Katharina", "Катарина", "Καταρίνα"), ("Petra", "Петра", "Πέτρα"),
    ("Monika", "Моника", "Μόνικα"),
)
DE_SURNAMES = (
    ("Müller", "Мюлер", "Μίλερ"), ("Schmidt", "Шмит", "Σμιτ"), ("Schneider", "Шнайдер", "Σνάιντερ"),
    ("Fischer", "Фишер", "Φίσερ"), ("Weber", "Вебер", "Βέμπερ"), ("Meyer", "Майер", "Μάγιερ"),
    ("Wagner", "Вагнер", "Βάγκνερ"), ("Becker", "Бекер", "Μπέκερ"),
    ("Hoffmann", "Хофман", "Χόφμαν"),
    ("Schäfer", "Шефер", "Σέφερ"), ("Koch", "Кох", "Κοχ"), ("Richter", "Рихтер", "Ρίχτερ"),
    ("Krüger", "Крюгер", "Κρίγκερ"), ("Wolf", "Волф", "Βολφ"), ("Braun", "Браун", "Μπράουν"),
    ("Zimmermann", "Цимерман", "Τσίμερμαν"),
)
PL_MALE = (
    ("Piotr", "Пьотър", "Πιότρ"), ("Krzysztof", "Кшищоф", "Κσίστοφ"), ("Tomasz", "Томаш", "Τόμας"),
    ("Paweł", "Павел", "Πάβελ"), ("Marcin", "Марчин", "Μάρτσιν"), ("Michał", "Михал", "Μίχαλ"),
    ("Łukasz", "Лукаш", "Λούκας"), ("Grzegorz", "Гжегож", "Γκζέγκος"),
    ("Jakub", "Якуб", "Γιακούμπ"), ("Kamil", "Камил", "Καμίλ"),
)
PL_FEMALE = (
    ("Anna", "Анна", "Άννα"), ("Katarzyna", "Катажина", "Κατάζινα"),
    ("Magdalena", "Магдалена", "Μαγκνταλένα"), ("Agnieszka", "Агнешка", "Αγκνιέσκα"),
    ("Joanna", "Йоанна", "Ιοάννα"), ("Ewa", "Ева", "Έβα"),
)
PL_SURNAMES = (
    ("Nowak", "Новак", "Νόβακ"), ("Kowalski", "Ковалски", "Κοβάλσκι"),
    ("Wiśniewski", "Вишневски", "Βισνιέφσκι"), ("Wójcik", "Вуйчик", "Βούιτσικ"),
    ("Kowalczyk", "Ковалчик", "Κοβάλτσικ"), ("Kamiński", "Камински", "Καμίνσκι"),
    ("Lewandowski", "Левандовски", "Λεβαντόφσκι"), ("Zieliński", "Зелински", "Ζιελίνσκι"),
    ("Szymański", "Шимански", "Σιμάνσκι"), ("Woźniak", "Вожняк", "Βόζνιακ"),
    ("Dąbrowski", "Домбровски", "Ντομπρόφσκι"), ("Mazur", "Мазур", "Μαζούρ"),
    ("Jankowski", "Янковски", "Γιανκόφσκι"), ("Krawczyk", "Кравчик", "Κράβτσικ"),
)
ES_MALE = (
    ("José", "Хосе", "Χοσέ"), ("Antonio", "Антонио", "Αντόνιο"), ("Manuel", "Мануел", "Μανουέλ"),
    ("Francisco", "Франсиско", "Φρανθίσκο"), ("Javier", "Хавиер", "Χαβιέρ"),
    ("David", "Давид", "Νταβίντ"), ("Juan", "Хуан", "Χουάν"), ("Carlos", "Карлос", "Κάρλος"),
    ("Miguel", "Мигел", "Μιγκέλ"), ("Alejandro", "Алехандро", "Αλεχάντρο"),
    ("Rafael", "Рафаел", "Ραφαέλ"), ("Pablo", "Пабло", "Πάμπλο"),
)
ES_FEMALE = (
    ("María", "Мария", "Μαρία"), ("Carmen", "Кармен", "Κάρμεν"), ("Laura", "Лаура", "Λάουρα"),
    ("Lucía", "Лусия", "Λουθία"), ("Isabel", "Исабел", "Ιζαμπέλ"),
    ("Cristina", "Кристина", "Κριστίνα"),
)
ES_SURNAMES = (
    ("García", "Гарсия", "Γκαρθία"), ("Rodríguez", "Родригес", "Ροδρίγκεθ"),
    ("González", "Гонсалес", "Γκονθάλεθ"), ("Fernández", "Фернандес", "Φερνάντεθ"),
    ("López", "Лопес", "Λόπεθ"), ("Martínez", "Мартинес", "Μαρτίνεθ"),
    ("Sánchez", "Санчес", "Σάντσεθ"), ("Pérez", "Перес", "Πέρεθ"), ("Gómez", "Гомес", "Γκόμεθ"),
    ("Martín", "Мартин", "Μαρτίν"), ("Jiménez", "Хименес", "Χιμένεθ"), ("Ruiz", "Руис", "Ρουίθ"),
    ("Hernández", "Ернандес", "Ερνάντεθ"), ("Díaz", "Диас", "Ντίαθ"),
    ("Moreno", "Морено", "Μορένο"),
    ("Muñoz", "Муньос", "Μουνιόθ"),
)

# ---------------------------------------------------------------------------
# Latin-script folding
# ---------------------------------------------------------------------------

_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss"})
EXPAND_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
                                 "Ü": "Ue", "ß": "ss"})


def fold(text: str) -> str:
    """Drop diacritics as a foreign keyboard or database would (Wójcik -> Wojcik)."""
    text = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in text if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """The feminine form of a Polish surname, in any script (Kowalski -> Kowalska)."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("ски", "ска"), ("цки", "цка"),
                      ("σκι", "σκα")):
        if word.endswith(masc):
            return word[: -len(masc)] + fem
    return word
