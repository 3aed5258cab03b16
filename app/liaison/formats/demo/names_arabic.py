"""Names of Arabic origin, each listed with the spelling of every agency's writing system
(Mohamed, Mohammed, Muhammad, Мохамед, Μοχάμεντ)."""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Arabic-origin names: (Arabic, French, German, Spanish, Polish, Bulgarian, Greek)
# ---------------------------------------------------------------------------

AR_MALE = (
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
AR_FEMALE = (
    ("فاطمة", "Fatima", "Fatima", "Fátima", "Fatima", "Фатима", "Φατίμα"),
    ("خديجة", "Khadija", "Chadidscha", "Jadiya", "Chadidża", "Хадиджа", "Χαντίτζα"),
    ("مريم", "Meryem", "Marjam", "Mariam", "Marjam", "Мерием", "Μεριέμ"),
    ("نادية", "Nadia", "Nadia", "Nadia", "Nadia", "Надя", "Νάντια"),
    ("سناء", "Sanaa", "Sanaa", "Sanaa", "Sana", "Сана", "Σανά"),
    ("زينب", "Zineb", "Sainab", "Zineb", "Zajnab", "Зинеб", "Ζινέμπ"),
)
AR_SURNAMES = (
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
AR_COLUMN = {"fr": 1, "de": 2, "es": 3, "pl": 4, "bg": 5, "el": 6}


def strip_article(name: str) -> str:
    """The name without its article (El Idrissi -> Idrissi), as some systems file it."""
    for article in ("El ", "El-", "al-", "Al-"):
        if name.startswith(article):
            rest = name[len(article):]
            return rest[:1].upper() + rest[1:]
    return name
