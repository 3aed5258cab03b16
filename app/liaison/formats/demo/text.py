"""Words of the demo case per agency language: places, company names and the phrases
records are written in. Tuples are indexed like ``DEMO_AGENCIES``."""

from __future__ import annotations

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


def company_name(country: int, n: int) -> tuple[str, str]:
    """The ``n``-th synthetic company of a country: (Latin name, name in its own script)."""
    first, second, legal = COMPANY_WORDS[country]
    w1, w2 = first[n % len(first)], second[(n // len(first)) % len(second)]
    form = legal[n % len(legal)]
    rounds = n // (len(first) * len(second))
    suffix = f" {rounds + 1}" if rounds else ""

    def pick(word: str | tuple[str, str], latin: bool) -> str:
        return word if isinstance(word, str) else word[1 if latin else 0]

    return (f"{pick(w1, True)} {pick(w2, True)}{suffix} {pick(form, True)}",
            f"{pick(w1, False)} {pick(w2, False)}{suffix} {pick(form, False)}")


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
