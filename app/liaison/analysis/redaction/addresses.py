"""Postal addresses in running text: a house number and a street, then flat, postcode
and town, in the orders partner languages write them.

A street is known by its word, per language: ``14 Hawthorn Road``, ``12 rue des Lilas``,
``Hauptstraße 12``, ``C/ Alcalá 123``, ``ul. Długa 5 m. 3``, ``ул. Тверская, д. 12``,
``οδός Ερμού 25``, ``شارع محمد الخامس رقم 12``, Dutch ``Kapelstraat 44 bus 3`` in
Belgian texts. Premises numbered by their buildings rather than their street are
addresses too: ``Résidence Al Wafa, immeuble 4, appartement 12``, ``polígono industrial
Las Salinas, nave 14``, and so is a house named before its street or its towns and
postcode (``Rose Cottage, Mill Lane``, ``Glebe House, Kilcoole, Co. Wicklow A63 X2Y4``).
The span runs from the first identifying character (a flat, a floor such as ``2F1`` or
``3e étage``, a house name, a Glasgow ``2/1``, a Russian index, region or city before the
street) to the end of the town or postcode after it, over line breaks too; the key is
the address's letters and digits, lower-cased. A town the person detector took for a
name is still the address's where a postcode leads or follows it in the address, or a
town no one took follows it (a district, then its city).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator

from liaison.analysis.redaction.common import Found, fold_text, overlaps

# Capital letters of the Latin, Greek and Cyrillic scripts (no \p{Lu} in re).
_UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
# "Jean-Jaurès", "O'Connell", "St.", and a Greek numeral with its keraia ("Γ΄").
_CAP = rf"[{_UPPER}][^\W\d_]*(?:['’.-][^\W\d_]+)*(?:\.|[\u0374\u0384])?"
# A house letter ("12a", "12 B") is no flat mark: "41 m. 12" is house 41, flat 12.
# A number followed by ":" and digits is a time ("Zeppelinstraße. 07:40 Uhr").
_NUM = (r"\d{1,5}(?:\s?[A-Za-z](?![\w:])(?!\.?\s?\d))?(?:\s?[-/–]\s?\d{1,5}[A-Za-z]?){0,2}"
        r"(?!\d|:\d)")

_EN_TYPES = (r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Crescent|Cres|"
             r"Place|Pl|Square|Sq|Terrace|Tce|Way|Gardens|Gdns|Grove|Hill|Park|Row|Mews|Walk|"
             r"Boulevard|Blvd|Parade|Green|Rise|View|Highway|Hwy|Quay|Wharf|Yard|Gate|Circus|"
             r"Estate|Heights|Vale|Meadows?|Fields|Chase|Broadway|Embankment|Approach|Wynd|"
             r"Hall|Lodge|Cottages|Buildings|House|Centre|Center|Pike|Trail|Plaza")
_FR_TYPES = (r"rue|avenue|av|boulevard|bd|blvd|bld|place|pl|chemin|ch|impasse|imp|all[ée]e|"
             r"quai|cours|route|rte|square|passage|voie|faubourg|fbg|rond-point|cit[ée]|"
             r"r[ée]sidence|lotissement|hameau|lieu-dit|sentier|esplanade|promenade|parvis")
_ES_TYPES = (r"calle|c/|cl\.|avenida|avda|av|plaza|pza|paseo|pº|p\.º|ronda|camino|carretera|"
             r"ctra|traves[íi]a|urbanizaci[óo]n|urb|glorieta|v[íi]a|callej[óo]n|rambla|carrer|"
             r"passeig|pasaje|c\.")
_PL_TYPES = r"ul|ulica|ulicy|al|aleja|alei|os|osiedle|osiedlu|pl|plac|placu|rondo"
# Inflected too, as a street is named in running text: "на пр-те Ленина".
_RU_TYPES = (r"ул|улиц[аеыу]|вул|вулиц[яіею]|пр-т[еау]?|просп|проспект[еау]?|пр|пер|"
             r"переул(?:ок|к[еау])|б-р|"
             r"бульвар[еау]?|ш|шоссе|наб|набережн(?:ая|ой|ую)|пл|площад[ьи]|мкр|микрорайон[еау]?|"
             r"проезд[еау]?|туп|тупик[еау]?|алле[яиюе]")
# Greek in capitals drops its accents: "ΟΔΟΣ" is "οδός".
_EL_TYPES = (r"οδ[οό]ς|οδ|οδ[οό]|οδο[υύ]|λεωφ|λεωφ[οό]ρος|λεωφ[οό]ρου|λεωφ[οό]ρο|λ|"
             r"πλατε[ιί]α|πλατε[ιί]ας|πλ|π[αά]ροδος|παρ")
_DE_SUFFIX = (r"stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|"
              r"pfad|markt|graben|kamp|stieg|wall|br[üu]cke|tor|garten|feld|h[öo]he|park|"
              r"gässle|zeile|hof|berg|kai|anger|plan|"
              # Dutch, in Belgian texts of every language: "Kapelstraat 44 bus 3".
              r"straat|laan|plein|steenweg|dreef|kaai|gracht|singel")
_DE_PREP = (r"Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|"
            r"Hinter der|Hinter dem|Vor dem|Alte|Alter|Neue|Neuer|Großer|Kleine")
# Small words inside street names, and the titles Polish and Russian streets carry
# ("ul. gen. Józefa Bema", "ul. ks. Popiełuszki", "ул. им. Ленина").
_PARTICLES = (r"de|du|des|de la|de l'|d'|l'|la|le|les|aux|au|sur|en|et|of|the|del|de los|"
              r"dei|degli|della|delle|dello|di|da|dal|dalla|dallo|dai|dagli|"
              r"de las|los|las|el|y|i|von|der|den|am|im|zum|zur|und|gen\.|ks\.|św\.|im\.|"
              r"kard\.|marsz\.|prof\.|dr\.|bp\.|płk\.|им\.|ген\.|акад\.|реки|канала")
_PARTICLE = rf"(?:(?:{_PARTICLES})\s+|d'|l')"
_NAME = rf"{_PARTICLE}*{_CAP}(?:[\s-]+{_PARTICLE}*{_CAP}){{0,4}}"
_NAME_NUMERIC = rf"(?:\d{{1,2}}\.?\s+)?{_NAME}"  # "3 Maja", "17. Juni", "50 лет" are names too
_ORD = r"\d{1,3}(?:st|nd|rd|th)"
_AFTER_TYPE = r"(?:\.\s*|\s+|(?<=/)\s*)"  # "ul. ", "calle ", "C/"

STREETS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("en", re.compile(rf"(?<![\w.,/:-])(?:(?i:no\.?)\s?)?{_NUM},?\s+(?:[NSEW]\.?\s+)?"
                      rf"(?:(?:{_CAP}|{_ORD})\s+){{1,3}}(?i:{_EN_TYPES})\b\.?")),
    # A post-office box: no premises, but a box a person rents (kept masked).
    ("en", re.compile(r"(?<![^\W\d_])(?i:p\.?\s?o\.?\s?box|postfach|bo[îi]te postale|bp|"
                      r"apartado(?: de correos)?|skrytka pocztowa)\s+\d{1,6}")),
    ("fr", re.compile(rf"(?<![\w.,/-]){_NUM}(?:\s?(?:bis|ter|quater)\b)?,?\s+(?i:{_FR_TYPES})\.?"
                      rf"\s+{_NAME}")),
    ("fr", re.compile(rf"(?<![^\W\d_])(?i:{_FR_TYPES}|chauss[ée]e)\.?\s+{_NAME}"
                      rf",?\s+{_NUM}(?:,?\s+(?i:bte|bo[îi]te|bus)\.?\s*\d{{1,4}}[A-Za-z]?)?"
                      rf"(?=\s*,?\s*\d{{4,5}}\s)")),  # "Rue de la Loi 16, 1000 Bruxelles"
    # Or its number marked: "Rue Ibn Batouta n° 7, Tétouan".
    ("fr", re.compile(rf"(?<![^\W\d_])(?i:{_FR_TYPES})\.?\s+{_NAME},?\s+"
                      rf"(?i:n\s?[°º]\.?|no\.)\s*{_NUM}")),
    # Italian, in partner requests: "Via dei Cappuccini 14", "Piazza Garibaldi, 3".
    ("it", re.compile(rf"(?<![^\W\d_])(?i:via|viale|piazza|p\.zza|piazzale|corso|largo|vicolo|"
                      rf"strada|contrada|lungomare|lungotevere)\s+{_NAME},?\s+"
                      rf"(?:(?i:n\.?|n°)\s*)?{_NUM}")),
    # Addresses abroad in partner texts, type after the name: Hungarian "Kossuth Lajos
    # utca 42", Turkish "Atatürk Cad. No: 112 D: 7" (the flat, daire, after "D:").
    ("hu", re.compile(rf"(?<![^\W\d_]){_NAME}\s+(?i:utca|u\.|út|útja|tér|körút|krt\.|"
                      rf"fasor|köz|sor)\s+{_NUM}")),
    ("tr", re.compile(rf"(?<![^\W\d_]){_NAME}\s+(?i:cad\.|caddesi|cd\.|sok\.|sokak|sokağı|"
                      rf"sk\.|bulvarı|blv\.|mah\.|mahallesi)\s*(?:(?i:no)\s*[:.]?\s*)?{_NUM}"
                      rf"(?:\s+(?i:d|daire)\s*[:.]\s*\d{{1,4}})?")),
    # Type first: Romanian "Str. Mihai Eminescu nr. 12", Portuguese "Rua da Prata, 45".
    ("ro", re.compile(rf"(?<![^\W\d_])(?i:str\.|strada|bd\.|bulevardul|calea|șoseaua|"
                      rf"soseaua|rua|travessa|praça|praca)\s+{_NAME},?\s+"
                      rf"(?:(?i:nr\.?|n\.?º)\s*)?{_NUM}")),
    # The words before a compound street stay on its line: "Herrn\nArnold Gessinghaus\n
    # Mittelstraße 114" is a name above a street.
    ("de", re.compile(rf"(?<![^\W\d_])(?:(?:{_DE_PREP})\s+{_CAP}|(?:{_CAP}[ -]){{0,3}}"
                      rf"[{_UPPER}][^\W\d_]*(?:-[^\W\d_]+)*-?(?i:{_DE_SUFFIX})|{_CAP}\s"
                      rf"(?i:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer)(?!\w))"
                      rf"\.?\s+{_NUM}(?!\s*(?:Uhr|h\b|€|EUR|km|%))")),
    # Typed in a hurry, in lower case after "c/": "c/ sol 7 4ºizq, 28012 madrid".
    ("es", re.compile(r"(?<![^\W\d_])c/\s?[a-záéíóúñü]{2,}"
                      r"(?:\s(?:de|del|la|las|los|[a-záéíóúñü]{3,})){0,3},?\s\d{1,4}"
                      r"(?:\s?\d{1,2}º\s?[a-z]{0,4})?(?:,\s\d{5}\s[a-záéíóúñü]+)?(?![\w])")),
    ("es", re.compile(rf"(?<![^\W\d_])(?i:{_ES_TYPES}){_AFTER_TYPE}{_NAME_NUMERIC},?\s*"
                      rf"(?:(?i:n\.?\s?[º°o]\.?|núm\.?|número|s/n)\s*)?{_NUM}")),
    # A town may lead after "zamieszkały": "zamieszkały Lwów, ul. Zełena 114 m. 27".
    ("pl", re.compile(rf"(?:(?:(?<=zamieszkały )|(?<=zamieszkała )|(?<=zam\. )|(?<=mieszka w ))"
                      rf"{_CAP}(?:[\s-]{_CAP})?,\s+)?"
                      rf"(?<![^\W\d_])(?i:{_PL_TYPES}){_AFTER_TYPE}{_NAME_NUMERIC}\s+{_NUM}"
                      rf"(?:\s*(?:m\.?|lok\.?|/)\s*\d{{1,4}}[a-z]?)?")),
    # A microdistrict may carry its number: "мкр. Самал-2".
    ("ru", re.compile(rf"(?<![^\W\d_])(?:(?i:{_RU_TYPES}){_AFTER_TYPE}{_NAME_NUMERIC}"
                      rf"(?:-\d{{1,2}})?|(?:\d{{1,2}}-(?:я|й|ая|ий|ой|е)\s+)?{_NAME}\s+"
                      rf"(?i:{_RU_TYPES})\.?),?\s*(?:(?i:д\.?|дом|буд\.?)\s*)?"
                      rf"{_NUM}[а-я]?(?![\w])")),
    ("el", re.compile(rf"(?<![^\W\d_])(?i:{_EL_TYPES}){_AFTER_TYPE}{_NAME},?\s+"
                      rf"(?:(?i:αρ\.|αριθμ(?:ός|ό))\s*)?{_NUM}")),
    # A Greek street is often named alone, in the genitive: "στην Πατησίων 45".
    ("el", re.compile(r"(?:(?<=στην )|(?<=στη )|(?<=της ))[Α-ΩΆ-Ώ][α-ωά-ώ]+(?:ου|ων|ας|ης|ους)"
                      r"(?:\s[Α-ΩΆ-Ώ][α-ωά-ώ]+)?\s+(?:αρ\.\s*)?\d{1,3}[α-ω]?(?![\w])")),
    ("el", re.compile(r"(?<![^\W\d_])[Α-ΩΆ-Ώ][α-ωά-ώ]+(?:\s[Α-ΩΆ-Ώ][α-ωά-ώ]+)?\s+\d{1,3}"
                      r"[Α-Ωα-ω]?(?=,\s*(?:Τ\.?\s?Κ\.?\s*)?\d{3}\s?\d{2}(?!\d))")),
    # After "στην" or "διεύθυνση", a street of any ending, its first name shortened too
    # ("στην Βασ. Όλγας 140, Θεσσαλονίκη"), where a town or postcode follows its number.
    ("el", re.compile(r"(?:(?<=[Σσ]την )|(?<=[Σσ]τη )|(?<=της )|(?<=την )|(?<=διεύθυνση ))"
                      r"(?:[Α-ΩΆ-Ώ][α-ωά-ώ]{1,4}\.\s)?[Α-ΩΆ-Ώ][α-ωά-ώ]+"
                      r"(?:\s(?:και\s)?[Α-ΩΆ-Ώ][α-ωά-ώ]+)?\s+\d{1,3}[Α-Ωα-ω]?(?![\w])"
                      r"(?=,\s*(?:[Α-ΩΆ-Ώ]|\d{3}\s?\d{2}(?!\d)))")),
    # A street in the genitive, its number, then the town: "Αγίου Κωνσταντίνου 12, Πειραιάς".
    # Or a floor or flat: "Θεμιστοκλέους 38, 2ος όροφος", "Στασίνου 14, διαμ. 301".
    ("el", re.compile(r"(?<![^\W\d_])(?:[Α-ΩΆ-Ώ][α-ωά-ώ]{0,4}\.\s)?(?:[Α-ΩΆ-Ώ][α-ωά-ώ]+\s){0,2}"
                      r"[Α-ΩΆ-Ώ][α-ωά-ώ]*(?:ου|ών|ων|ας|ης|ους|η|ή|α|ά)\s+\d{1,3}[α-ωΑ-Ω]?(?![\w])"
                      r"(?=,\s*(?:[Α-ΩΆ-Ώ]|\d{1,2}(?:ος|ο)\s|\d{4}\s|διαμ|ισόγειο))")),
    # The same in capitals, which drop the accents: "ΓΟΥΝΑΡΗ 148, ΠΑΤΡΑ", "ΑΓ. ΝΙΚΟΛΑΟΥ 3,
    # ΝΕΑ ΜΑΚΡΗ, ΤΚ 19005".
    ("el", re.compile(r"(?<![^\W\d_])(?:[Α-Ω]{1,4}\.\s)?"
                      r"(?:(?!ΚΑΤΟΙΚΟΣ|ΚΑΤΟΙΚΟΥ|ΟΔΟΣ|ΟΔΟΥ|ΣΤΗΝ|ΣΤΗ)[Α-Ω]{2,}\s)?"
                      r"[Α-Ω]{2,}(?:ΟΥ|ΩΝ|ΑΣ|ΗΣ|ΟΥΣ|Η|Α)\s+\d{1,3}[Α-Ω]?(?![\w])"
                      r"(?=,\s*(?:[Α-Ω]{3,}|Τ\.?\s?Κ\.?|\d{3}\s?\d{2}(?!\d)))")),
)
# Where no street word is: a name and a number that a postcode and town follow
# ("Długa 5, 00-001 Warszawa"), taken only where no street pattern read the words.
FALLBACK = re.compile(rf"(?<![^\W\d_]){_CAP}(?:\s{_CAP})?\s+{_NUM},?\s+"
                      rf"(?=(?:\d{{2}}-\d{{3}}|\d{{5}}|\d{{3}}\s\d{{2}})\s+"
                      rf"(?!(?i:euro|eur|usd|dollar|z[łl]oty|pln|rub|dirham|mad|pfund|gbp)\b){_CAP})")
# Words of a flat, a floor, a building, a unit inside premises.
_FLAT_WORDS = (r"flat|apt\.?|apartment|unit|suite|block|blk\.?|building|bldg\.?|floor|"
               r"appartement|appt\.?|app\.?|b[âa]t\.?|b[âa]timent|immeuble|imm\.|bloc|"
               r"wohnung|whg\.|bloque|portal|nave|parcela|local|edificio|mieszkanie|lok\.|"
               r"lokal|кв\.|квартира|διαμ\.|διαμέρισμα|κτίριο|villa|esc\.?|escalier|"
               r"casa|inmueble|piso|edif\.|apto\.?|apartamento")
# A named house or building ("Rose Cottage", "Lyle Court", "Kelvale Trading Estate").
_HOUSE_WORDS = (r"House|Court|Cottages?|Lodge|Farm|Barn|Mill|Manor|Hall|Mansions|Towers?|"
                r"Estate|Buildings|Works|Chambers|Maltings|Granary|Rectory|Vicarage|Villas")
_HOUSE = rf"(?:{_CAP}\s+){{1,3}}(?:{_HOUSE_WORDS})(?![\w])"
# A floor: "2nd Floor", Edinburgh's "2F1" (floor 2, flat 1), French "3e étage gauche".
_FLOOR = (rf"{_ORD}\s+(?i:floor)|(?:\d{{1,2}}|P)F\d{{1,2}}|\d{{1,2}}(?:e|er|ère|ème)\s+"
          rf"(?i:étage)(?:\s+(?:gauche|droite?|face|centre|fond))?")
# Named premises whose buildings are numbered, not their street: "Résidence Al Wafa",
# "polígono industrial Las Salinas", "urbanización Los Pinos".
_ESTATES = (r"r[ée]sidence|residence|residencia|cit[ée]|lotissement|domaine|"
            r"pol[íi]gono(?: industrial)?|(?-i:ZA|ZI|ZAC|ZAE)|parc d'activit[ée]s|"
            r"zone (?:industrielle|artisanale|d'activit[ée]s)|"
            r"urbanizaci[óo]n|urb\.|lot\.|osiedle|жилой комплекс|жк")
# Before the street: a flat ("Flat 3, ", "2/1, ", Glasgow's floor and flat), a floor
# ("2nd Floor, ", "2F1, ", "3e étage gauche, "), a building ("Lyle Court, "), a flat word
# whose number the street read ("Flat 4, Ashby Court"), named premises, a Russian index,
# region and city, each marked as a place by its own word or number; then a house name
# ("The Old Forge, ") and a Russian city named alone.
_MARKED_BEFORE = (
    rf"(?i:{_FLAT_WORDS})\s+(?:\d[\w/-]{{0,4}}|[A-Z]\d{{0,3}})(?![\w])|\d/\d|{_FLOOR}|"
    rf"{_HOUSE}(?=,)|(?:Flat|Apt\.?|Apartment|Unit|Suite|Villa)(?=\s$)|"
    rf"(?i:{_ESTATES})\s+{_NAME}|\d{{6}}|(?:(?i:г\.|город|гор\.|м\.)|с\.|пос\.|п\.|р\.\s?п\.|пгт|"
    rf"ст-ца|дер\.)\s*(?![^\W\d_]\.){_NAME}|(?i:республика|респ\.)\s+{_CAP}|"
    rf"{_CAP}\s+(?i:обл\.|область|край|р-н|район)|МО(?=,)|"
    rf"(?:Москва|Санкт-Петербург)|(?:\d{{2}}-\d{{3}}|\d{{5}})\s+{_CAP}(?:-{_CAP})?")
# A street with no number before numbered premises: "avenida Mohammed V, residencia ...".
_BEFORE = re.compile(rf"(?:(?:{_MARKED_BEFORE}|(?:\d{{1,4}}[A-Za-z]?\s+)?The(?:\s+{_CAP}){{1,3}}"
                     rf"(?=,)|(?i:{_FR_TYPES}|{_ES_TYPES})\.?\s+{_NAME}(?=,)|"
                     rf"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?=,))[,\s]\s*)+$")
# What a person's name may not be: the marked places alone ("Московская обл.").
_BEFORE_MARKED = re.compile(rf"(?:(?:{_MARKED_BEFORE})[,\s]\s*)+$")
# Premises as the street: their name, then buildings and flats, the last one numbered
# ("Résidence Al Wafa, immeuble 4, appartement 12").
PREMISES = re.compile(
    rf"(?<![^\W\d_])(?i:{_ESTATES})\s+{_NAME},?\s+(?:(?i:{_FLAT_WORDS})\s+[\w-]{{1,5}},?\s+)*"
    rf"(?:(?i:{_FLAT_WORDS})|n\s?[°º]\.?)\s+\d{{1,5}}[A-Za-z]?(?![\w])")
# After the street, segment by segment: a flat or floor, a postcode and town, a town.
_UNIT = (r"(?:apt\.?|apartment|flat|unit|suite|appt\.?|appartement|app\.?|b[âa]t\.?|"
         r"b[âa]timent|[ée]tage|esc\.?|escalera|piso|puerta|planta|bajo|izq(?:da)?\.?|"
         r"dcha?\.?|izquierda|derecha|centro|gauche|droite|portal|bloque|nave|parcela|local|"
         r"bus|bte|bo[îi]te|\d{1,2}(?:r|n|t|a|è|e)|edif\.|apto\.?|bl\.|sc\.|et\.|ap\.|"
         r"hinterhaus|vorderhaus|seitenflügel|gartenhaus|dachgeschoss|"
         r"m\.?|lok\.|lokal|mieszkanie|кв\.?|квартира|лит\.|литера|офіс|корп\.|корпус|стр\.|строение|"
         r"под\.|подъезд|эт\.|этаж|пом\.|помещение|оф\.|офис|"
         r"διαμ\.|διαμέρισμα|όροφος|whg\.|wohnung|stiege|tür|top|int\.|interno|scala|"
         r"\d{1,2}\.\s?(?:og|stock|etage)|\d{1,2}\.?(?:º|ª|o|ος)(?:\s?(?:piso|όροφος))?)")
_UNIT_SEGMENT = re.compile(rf"\s*[,;]?\s*(?i:{_UNIT})\s*[\w-]{{0,5}}\.?(?![\w])"
                           r"(?:\s+(?i:rechts|links|mitte|gauche|droite)(?![\w]))?")
# The street of numbered premises, itself without a number: ", bd Moulay Slimane".
_STREET_SEGMENT = re.compile(rf"\s*,\s*(?i:{_FR_TYPES}|{_ES_TYPES})\.?\s+{_NAME}(?=\s*,)")
_POSTCODE = (r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4}|"
             r"(?:[A-Z]{1,2}-)?\d{5}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{6}|\d{4}-\d{3}|"
             r"(?:[A-Z]{1,2}-)?\d{4}(?:\s?[A-Z]{2}(?![\w]))?|[A-Z]{2}\s\d{5}(?:-\d{4})?)(?![\w])")
_TOWN_LINK = r"(?:(?:sur|sous|am|an|de|del|la|le|en|de la|de los|de las)[\s-])"
# A town's words: a period ends a word only as an abbreviation ("St. Albans"), so a
# town never runs into the next sentence ("85-034 Bydgoszcz. Kozioł...").
_TOWN_WORD = rf"[{_UPPER}](?:[^\W\d_]{{0,2}}\.|[^\W\d_]*(?:['’-][^\W\d_]+)*)"
# A town has up to four words ("El Puerto de Santa María"), on one line.
_TOWN = rf"(?:(?:г\.|город|гор\.)\s*)?{_TOWN_WORD}(?:[ \t/-]{_TOWN_LINK}?{_TOWN_WORD}){{0,3}}"
# A town ends the address where the sentence goes on or stops, or where more towns
# (a district, a county) lead to a postcode: "Headingley, Leeds, LS6 2QF".
_LOWER = r"[a-zà-ÿąćęłńóśźżа-яёα-ωά-ώ]"
_TOWN_END = (rf"(?=(?:\s*,\s*{_TOWN}){{0,2}}\s*(?:,?\s*{_POSTCODE}|[.;:)(\n»”\"]|$|"
             rf",\s*(?:{_LOWER}|\d)"
             rf"|\s{_LOWER}))")
# "in 28195 Bremen", "Τ.Κ. 105 64", Mexico's "C.P. 03100".
_PLACE_LEAD = r"(?:(?:in|à|en|w|в|στην?|(?i:τ\.?\s?κ\.?)|(?-i:C\.\s?P\.|CP)|código postal)\s+)"
_POSTCODE_IN = re.compile(_POSTCODE)
_DISTRICT = r"(?:[ \t]+(?:\d{1,2}(?![\w/:])|Cedex(?:\s\d{1,2})?))"  # "Dublin 2", "Paris Cedex 08"
# A postcode after "in" has its town: "in 2019" is a year.
_PLACE_SEGMENT = re.compile(
    # A Latin American district: "Col. Del Valle", "Colonia Roma Norte", "Barrio ...".
    rf"(?:[ \t]*,[ \t]*(?i:col\.|colonia|barrio|bº|fracc\.|fraccionamiento)[ \t]+{_TOWN}|"
    rf"[ \t]*[|·][ \t]*{_POSTCODE}[ \t]+{_TOWN}|"  # "Lange Straße 38 | 49377 Vechta"
    rf"\s*[,–-]?\s*(?:{_PLACE_LEAD}?{_POSTCODE}[ \t]+{_TOWN}{_DISTRICT}?|"
    rf"(?:(?-i:C\.\s?P\.|CP)\s+)?{_POSTCODE})|"
    # A town alone on the next line is the address's only where a comma ends this one
    # ("Kiel\nFrau\nElfriede ..." is the next address block's salutation and name).
    # ("Kiel\nFrau\nElfriede ..." is the next address block's salutation and name), or
    # a postcode follows it ("12 Moss Lane\nRuncorn\nWA7 1QP").
    rf"\s*[,–-]?\s*{_PLACE_LEAD}?{_TOWN}(?:[ \t]*,?[ \t]*\n[ \t]*{_TOWN})?\s*,?\s*"
    rf"(?={_POSTCODE})|"
    rf"(?:[ \t]*[,–-]?[ \t]*|[ \t]*,[ \t]*\n[ \t]*)"
    # ("Dublin 2" on one line; "Bilbao\n10:15" is a town, then a log's next time.)
    rf"(?:{_PLACE_LEAD}?{_TOWN}(?:[ \t]+\d{{1,2}}(?![\w:])|{_TOWN_END})))")
# Premises before a street that has no number, itself no building: "Apt 6, The Maltings,
# Bridge Street", "Rose Cottage, Lower Treliske Lane"; a Gulf numbered street ("Villa 23,
# Street 14b").
_EN_MARK = (rf"(?:(?i:{_FLAT_WORDS})\s+(?:\d[\w-]{{0,4}}|[A-Z]\d{{0,3}})(?![\w])|{_FLOOR}|"
            rf"\d/\d|{_HOUSE}|(?:\d{{1,4}}[A-Za-z]?\s+)?The(?:\s+{_CAP}){{1,3}})")
EN_PREMISES = re.compile(rf"(?<![\w/]){_EN_MARK}(?:,\s+{_EN_MARK}){{0,2}},\s+(?:(?:{_CAP}\s+)"
                         rf"{{1,3}}(?!(?:{_HOUSE_WORDS})(?![\w]))(?i:{_EN_TYPES})\b\.?|"
                         rf"(?i:street|st\.?)\s+\d{{1,3}}[a-z]?(?![\w]))")
# A named house alone, where towns and a postcode follow it: "Glebe House, Kilcoole, Co.
# Wicklow A63 X2Y4".
HOUSE = re.compile(rf"(?<![\w]){_HOUSE}(?=(?:\s*,\s*{_TOWN}){{1,3}}\s*,?\s*{_POSTCODE})")
# A numbered street after premises: "Flat 9, Lyle Court, 221 Cowley Road".
_STREET_NEXT = re.compile(r"\s*,\s*")

# Street, district, building, floor and flat words: Moroccan "زنقة", Tunisian "نهج",
# Egyptian "الدور" (floor), Levantine "بناية", "عقار" (a numbered property).
# Kuwait numbers blocks and lanes ("قطعة 4، شارع 12، جادة 3، منزل 27"), Iraq its
# quarters, alleys and houses ("محلة 905، زقاق 14، دار 22"); a tower is a building.
_AR_MARKERS = (r"شارع|زنقة|نهج|حي|الحي|درب|ممر|طريق|عمارة|شقة|إقامة|اقامة|تجزئة|الطابق|"
               r"الدور|مبنى|بناية|عقار|بلوك|زقاق|ساحة|فيلا|منزل|المنزل|دوار|ش\.|برج|قطعة|"
               r"جادة|محلة|دار(?=\s+\d)|"
               # Numbered premises in a Gulf industrial area: a warehouse, a shop, an office.
               r"(?:مستودع|محل|مكتب|مخزن)(?=\s+\d)")
_AR_STOP = (r"في|من|إلى|الى|على|مع|عند|حيث|وقد|ثم|بعد|قبل|الذي|التي|منذ|يوم|بتاريخ|قرب|"
            r"بالقرب|حيث|وهو|وهي|كان|كانت|تم|أن|لدى")
_AR_WORD = rf"(?!(?:{_AR_STOP})(?![\u0621-\u064a]))[\u0621-\u064a\u0640]+|\d{{1,5}}"
# A street's name, up to four words, and its number, which ends it ("شقة 5 ويستخدم":
# the flat is 5, the verb is the sentence's); a number and a month name a street after
# a date ("شارع 26 يوليو").
_AR_LETTERS = rf"(?!(?:{_AR_STOP})(?![\u0621-\u064a]))[\u0621-\u064a\u0640]+"
_AR_DATE_NAME = (r"\d{1,2}\s+(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|"
                 r"سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر)(?![\u0621-\u064a])")
_AR_NAME_WORD = rf"(?:{_AR_DATE_NAME}|{_AR_LETTERS})"
_AR_WORDS = (rf"(?:{_AR_NAME_WORD}(?:\s+{_AR_NAME_WORD}){{0,3}}(?:\s+\d{{1,5}}(?![\w]))?"
             rf"|\d{{1,5}}(?![\w]))")
# "15 ش طلعت حرب": after a house number, "ش" is short for "شارع".
_AR_SEGMENT = (rf"(?:(?:\d{{1,5}}\s+)?(?:{_AR_MARKERS})\s+{_AR_WORDS}|"
               rf"\d{{1,5}}\s+ش\.?\s+{_AR_WORDS})")
_AR_SEP = r"\s*[،,\-–]?\s*"
# "رقم 12" (number 12) leads or continues an address; alone it is no address.
_AR_NUMBER = r"(?:(?:ال)?رقم|ر\.|عدد)\s*\d{1,5}"  # Tunisia numbers a house "عدد 17"
# A word starts the address, or "ب", "و", "ل" written onto it does ("بدوار").
_AR_START = (r"(?:(?<![\u0621-\u064a\u0640])|(?<=(?<![\u0621-\u064a])[وبل])|"
             r"(?<=(?<![\u0621-\u064a])[وبل]\u0640))")  # "بـزنقة": with a tatweel
_AR_TOWNS = (r"الدار البيضاء|البيضاء|الرباط|فاس|طنجة|مراكش|أكادير|اكادير|مكناس|وجدة|تطوان|"
             r"الناظور|سلا|القنيطرة|العرائش|الجديدة|القاهرة|الإسكندرية|الاسكندرية|الجيزة|"
             r"عمان|عمّان|بيروت|دمشق|بغداد|الرياض|جدة|مكة|الدمام|دبي|أبوظبي|أبو ظبي|الشارقة|"
             r"تونس|صفاقس|سوسة|الجزائر|وهران|قسنطينة|طرابلس|بنغازي|الدوحة|الكويت|المنامة|مسقط|"
             r"تمارة|المحمدية|بني ملال|خريبكة|الحسيمة|آسفي|الصويرة|العيون|الداخلة|ورزازات|"
             r"الرشيدية|تازة|سطات|برشيد|الزرقاء|إربد|حلب|حمص|الموصل|البصرة|مصراتة|صنعاء|عدن|"
             r"الخرطوم|نواكشوط|بورسعيد|أسوان|الأقصر|المنصورة|طنطا|الزقازيق|الغردقة|شرم الشيخ")
_AR_TOWN_TEXT = (rf"\s*[،,\-–]?\s*(?:(?:مدينة|بمدينة|في|ب)\s*)?(?:{_AR_TOWNS})"
                 rf"(?:\s*[،,]?\s*\d{{5}})?(?![\u0621-\u064a])")
_AR_TOWN = re.compile(_AR_TOWN_TEXT)
# The Levant writes the town and district first: "عمّان، جبل الحسين، شارع ...".
_AR_TOWN_FIRST = (rf"(?:(?:{_AR_TOWNS})\s*[،,]\s*"
                  rf"(?:(?:{_AR_WORD})(?:\s+(?:{_AR_WORD})){{0,2}}\s*[،,]\s*)?)")
_AR_ADDRESS = re.compile(rf"{_AR_START}{_AR_TOWN_FIRST}?(?:{_AR_NUMBER}{_AR_SEP})?{_AR_SEGMENT}"
                         rf"(?:{_AR_SEP}(?:{_AR_SEGMENT}|{_AR_NUMBER}))*")
# A district named between the street and a known town ("- وسط البلد - القاهرة").
_AR_DISTRICT = re.compile(rf"\s*[،,\-–]\s*(?:{_AR_WORD})(?:\s+(?:{_AR_WORD})){{0,2}}"
                          rf"(?={_AR_TOWN_TEXT})")


# Where someone lives, a district may lead the address: "يقيم في الجابرية، قطعة 4، ...".
_AR_DISTRICT_FIRST = re.compile(
    r"(?:يقيم|يسكن|تقيم|تسكن|يقطن|تقطن|مقيم|مقيمة|المقيم|المقيمة|القاطن|القاطنة|الساكن|"
    r"الساكنة)(?:\s+(?:في|ب))?\s+(?P<district>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)"
    r"\s*[،,]\s*$")


# A British postcode or an Irish Eircode after its town, ending a line or a clause: the
# end of an address block written without a street word ("The Granary\nWest Pentire
# Farm\nCrantock\nNewquay TR8 5SE", "Cnoc na Gréine, Rossmore, Co. Cork T45 XR61").
_BLOCK_END = re.compile(rf"(?:Co\.\s)?{_TOWN_WORD}(?:[ \t]{_TOWN_WORD}){{0,2}}[ \t]+"
                        r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d[\dW]\s?"
                        r"[AC-FHKNPRTV-Y\d]{4})(?![\w])")
# One part of the block: capitalised words, small words of place names inside ("Cnoc na
# Gréine", "Stratford upon Avon"), a house number first.
_BLOCK_PART = re.compile(rf"(?:\d{{1,4}}[A-Za-z]?\s+)?{_TOWN_WORD}(?:[ \t]+(?:(?:na|an|of|the|"
                         rf"upon|on|le|de)[ \t]+)?{_TOWN_WORD}){{0,4}}$")
_BLOCK_PARTS = 5


def _blocks(text: str, taken: list[Found]) -> Iterator[tuple[int, int]]:
    """Address blocks ended by a British or Irish postcode: the parts before it, one a
    line or between commas, back to a part that is no place (a sentence, a name with
    a title). A name the person detector took stops the block, unless it is one word or
    a house's ("West Pentire Farm")."""
    names = [f for f in taken if f.kind == "person"
             and (" " in text[f.start:f.end].strip()
                  and not re.search(rf"(?:{_HOUSE_WORDS})(?![\w])", text[f.start:f.end]))]
    others = [f for f in taken if f.kind != "person"]
    for m in _BLOCK_END.finditer(text):
        start = m.start()
        for _ in range(_BLOCK_PARTS):
            sep = re.search(r"(?:,[ \t]*|[ \t]*\n[ \t]*)$", text[max(0, start - 4):start])
            if sep is None:
                break
            line_start = max(text.rfind("\n", 0, start - len(sep.group(0))),
                             text.rfind(",", 0, start - len(sep.group(0)))) + 1
            chunk_end = start - len(sep.group(0))
            part = _BLOCK_PART.search(text, line_start, chunk_end)
            if part is None or overlaps(part.start(), chunk_end, [*names, *others]) \
                    or re.match(r"\s*(?:Mr|Mrs|Ms|Miss|Dr)\b", text[part.start():chunk_end]):
                break
            start = part.start()
            if text[line_start:part.start()].strip():
                break  # the part ends a sentence: "left Cnoc na Gréine"
        if start < m.start() and not overlaps(start, m.end(), others):
            yield start, m.end()


# A field or phrase that says an address follows: a form's label with its colon
# ("Anschrift:", "ΔΙΕΥΘΥΝΣΗ ΚΑΤΟΙΚΙΑΣ:", "Адрес:") or words of residence with or without
# one ("wohnhaft", "κάτοικος Αθηνών, οδός ...", "проживающего по адресу:", "con domicilio
# en"). What follows, to the end of the field, is the address where it holds a number:
# the town a partner writes before the street ("κάτοικος Πειραιά, Γρ. Λαμπράκη 88",
# "МО, г. Химки, ...") is then the address's, and so is a street no pattern knows.
_FIELD_LABELS = (
    r"(?:home|postal|correspondence|registered|business|residential|permanent|current)"
    r"\s+address|address|anschrift|wohnanschrift|gesch[äa]ftsanschrift|meldeanschrift|"
    r"hinterlegte\s+anschrift|adresse|domicilio|direcci[óo]n|domicile|adres(?:\s+zamieszkania)?|"
    r"адрес(?:\s+(?:регистрации|проживания|места\s+жительства|клиента|юридического\s+лица|"
    r"застрахованного\s+лица))?|место\s+жительства(?:\s+и\s+\(или\)\s+регистрации)?|"
    r"зарегистрирован[аоы]?|"
    r"διε[υύ]θυνση(?:\s+κατοικ[ιί]ας|\s+αλληλογραφ[ιί]ας)?|διαμον[ηή]|[έε]δρα|"
    r"العنوان(?:\s+الوطني)?")
_RESIDENCE_WORDS = (
    r"wohnhaft(?:\s+in)?|con\s+domicilio\s+en|domiciliad[oa]\s+en|demeurant(?:\s+[àa])?|"
    r"r[ée]sidant(?:\s+[àa])?|zamieszka[łl][aey]?(?:\s+w)?|"
    r"(?:проживающ|зарегистрированн|зарегистрирован)\w*\s+по\s+адресу|по\s+адресу|прож\.|"
    r"κ[άα]τοικο[ςιυ]?|κατο[ίι]κου|κ[άα]τ\.")
_CUE = re.compile(rf"(?<![^\W\d_])(?:(?i:{_FIELD_LABELS})[ \t]*:|(?i:{_RESIDENCE_WORDS})[ \t]*:?)"
                  r"[ \t]*(?:\n[ \t]*)?")
# Where the field ends: a line's end (unless a postcode and town follow on the next),
# a cell (a tab, " | ", three spaces), a clause that is no part of an address.
_FIELD_STOP = re.compile(
    r"\t|[ ]\|[ ]|[ ]{3,}|;|:(?=\s)|(?:(?<=\d)|(?<=[^\W\d_]{6}))\.(?=\s+[^\W\d_]{3,})|\n|"
    r",\s*(?=(?i:tel|tél|phone|fax|mobil|"
    r"handy|e-?mail|geb|born|n[ée]e?|ΑΦΜ|Α\.Φ\.Μ|ΑΔΤ|ΑΜΚΑ|τηλ|ИНН|СНИЛС|паспорт|тел|"
    r"DNI|NIE|NIF|PESEL|ур\.|г\.р\.|\d{2}[./]\d{2}[./]\d{2,4}))")
# A clause that goes on in small letters is no part of the address ("..., 75011 Paris,
# depuis 2019"), unless its word is a street's, a flat's or a settlement's ("κάτοικος
# Αθηνών, οδός ...", "г. Тула, ул. ...", "с. Верхняя Тойма").
_CLAUSE_ON = re.compile(
    rf",\s*(?=(?!(?i:{_EL_TYPES}|{_RU_TYPES}|{_FR_TYPES}|{_ES_TYPES}|{_PL_TYPES}|{_UNIT}|"
    rf"с|п|пос|пгт|дер|р\.п|д|дом|θέση|αρ)(?![^\W\d_]))(?:[a-zà-ÿąćęłńóśźżа-яёα-ωά-ώ]{{2,}}|[a-zà-ÿа-яёα-ωά-ώ]\s))")
_NEXT_LINE_PLACE = re.compile(rf"\n[ \t]*{_POSTCODE}[ \t]+{_TOWN}")
_FIELD_MAX = 140


def _fields(text: str, taken: list[Found]) -> Iterator[tuple[int, int]]:
    """Addresses after a label or words of residence (:data:`_CUE`), to the field's end."""
    others = [f for f in taken if f.kind != "person"]
    for cue in _CUE.finditer(text):
        start = cue.end()
        if start >= len(text) or (not text[start].isalnum() and text[start] != "«"):
            continue
        end = start
        limit = min(len(text), start + _FIELD_MAX)
        while end < limit:
            stop = _FIELD_STOP.search(text, end, limit)
            clause = _CLAUSE_ON.search(text, end, stop.start() if stop else limit)
            if clause is not None:
                end = clause.start()
                break
            if stop is None:
                end = limit
                break
            end = stop.start()
            if stop.group(0) == "\n":
                place = _NEXT_LINE_PLACE.match(text, end)
                if place and not overlaps(place.start(), place.end(), others):
                    end = place.end()
            break
        # In capitals no small letter ends the clause: past the last part with a number,
        # one more part (the district or town) is the address's.
        parts = list(re.finditer(r"[^,]+", text[start:end]))
        numbered = [i for i, p in enumerate(parts) if any(ch.isdigit() for ch in p.group(0))]
        if numbered and numbered[-1] + 2 < len(parts):
            end = start + parts[numbered[-1] + 1].end()
        # No value another detector read, and no word past the last place's name.
        for f in sorted(others, key=lambda f: f.start):
            if start <= f.start < end:
                end = f.start
        while end > start and text[end - 1] in " ,;.–-\n\t(":
            end -= 1
        body = text[start:end]
        if end > start and any(ch.isdigit() for ch in body) and len(body.split()) <= 14 \
                and re.search(r"[^\W\d_]{2,}", body) and not overlaps(start, end, others):
            yield start, end


# A word hyphenated at a line's end: "Hülsmann-\nstraße", "Парти-\nзан", "Ομή-\nρου".
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[a-zß-ÿа-яёα-ωά-ώ])")


def find_addresses(text: str, exclude: Iterable[Found] = ()) -> list[Found]:
    """Postal addresses: street and number, with the flat, postcode and town around them;
    they do not grow over ``exclude`` (names and values found already). A street word
    hyphenated across a line is read joined; the spans are the text's own."""
    cuts = [(m.start(), m.end() - m.start()) for m in _HYPHENATED.finditer(text)]
    if not cuts:
        return _find_addresses(text, exclude)
    # Join the halves; a position in the joined text maps back by the cuts before it.
    joined = "".join(text[a:b] for a, b in zip([0, *(c + n for c, n in cuts)],
                                               [*(c for c, _ in cuts), len(text)],
                                               strict=True))
    removed = list(itertools.accumulate(n for _, n in cuts))
    starts = [c - (removed[i - 1] if i else 0) for i, (c, _) in enumerate(cuts)]

    def back(i: int) -> int:  # joined -> text
        k = bisect.bisect_right(starts, i)
        return i + (removed[k - 1] if k else 0)

    def there(i: int) -> int:  # text -> joined (a cut position goes to the cut's start)
        k = bisect.bisect_right([c for c, _ in cuts], i)
        if k and i < cuts[k - 1][0] + cuts[k - 1][1]:
            return starts[k - 1]
        return i - (removed[k - 1] if k else 0)

    moved = [Found(there(f.start), there(f.end - 1) + 1, f.kind, f.key, f.detector)
             for f in exclude]
    return [Found(back(f.start), back(f.end - 1) + 1, f.kind, f.key, f.detector)
            for f in _find_addresses(joined, moved)]


def _find_addresses(text: str, exclude: Iterable[Found] = ()) -> list[Found]:
    folded = fold_text(text)
    taken = list(exclude)
    spans: list[tuple[int, int, str]] = []
    for language, start, end in _streets(folded):
        start, end = _extend(folded, start, end, taken)
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, language))
    for start, end in _blocks(folded, taken):
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, "en-block"))
    for start, end in _fields(folded, taken):
        inside = [sp for sp in spans if sp[0] < end and start < sp[1]]
        if inside:  # the field holds a street found already: the town before it too
            start = min(start, *(sp[0] for sp in inside))
            end = max(end, *(sp[1] for sp in inside))
            language = inside[0][2]
            spans = [sp for sp in spans if sp not in inside]
        else:
            language = "field"
        spans.append((start, end, language))
    return [Found(start, end, "address", address_key(folded[start:end]), f"address:{language}")
            for start, end, language in sorted(spans)]


def address_key(raw: str) -> str:
    """An address's comparable form: its words and numbers, lower-cased."""
    return " ".join(re.findall(r"\w+", fold_text(raw))).casefold()


def _streets(text: str) -> Iterator[tuple[str, int, int]]:
    """(language, start, end) of every street and house number."""
    found = []
    for language, pattern in (*STREETS, ("premises", PREMISES), ("en", EN_PREMISES),
                              ("en", HOUSE)):
        found += [(language, m.start(), m.end()) for m in pattern.finditer(text)]
    for m in FALLBACK.finditer(text):
        if not any(s < m.end() and m.start() < e for _, s, e in found):
            found.append(("any", m.start(), m.end()))
    for m in _AR_ADDRESS.finditer(text):
        # A number, several parts, or a town after it make a street an address.
        if any(ch.isdigit() for ch in m.group(0)) or m.group(0).count(" ") >= 3 \
                or _AR_TOWN.match(text, m.end()):
            district = _AR_DISTRICT_FIRST.search(text, max(0, m.start() - 48), m.start())
            found.append(("ar", district.start("district") if district else m.start(),
                          m.end()))
    # The longest first where two patterns read the same words.
    yield from sorted(found, key=lambda f: (f[1], -(f[2] - f[1])))


def _next_street(text: str, end: int) -> re.Match[str] | None:
    """A numbered street right after a comma: premises named before their street."""
    comma = _STREET_NEXT.match(text, end)
    if comma is None or comma.end() == end:
        return None
    for _language, pattern in STREETS[:1] + STREETS[2:]:  # a street, not a box
        m = pattern.match(text, comma.end())
        if m:
            return m  # the segment runs from the comma to the street's end
    return None


def _extend(text: str, start: int, end: int, taken: list[Found]) -> tuple[int, int]:
    """The street's span grown over a flat or city before it and the flat, postcode and
    town after it, but not over what is ``taken``. A town the person detector took for a
    name is still the address's where a postcode follows or leads it in the address
    ("Street, Dudley DY2 8HU", "69800 Saint-Priest"): the postcode says it is a place."""
    persons = [f for f in taken if f.kind == "person"]
    others = [f for f in taken if f.kind != "person"]
    before = _BEFORE.search(text, max(0, start - 80), start)
    if before is None or before.end() != start or overlaps(before.start(), start, taken):
        # A region or a city marked as one ("г. Химки") is no person's name.
        before = _BEFORE_MARKED.search(text, max(0, start - 80), start)
        if before and overlaps(before.start(), start, others):
            before = None
    if before and before.end() == start:
        start = before.start()
    segments: list[tuple[int, int]] = []
    for _ in range(6):
        m = (_UNIT_SEGMENT.match(text, end) or _STREET_SEGMENT.match(text, end)
             or _next_street(text, end)
             or _PLACE_SEGMENT.match(text, end) or _AR_TOWN.match(text, end)
             or _AR_DISTRICT.match(text, end))
        if m is None or m.end() == end or overlaps(end, m.end(), others):
            break
        segments.append((end, m.end()))
        end = m.end()
    # Past the last segment with a postcode, the address stops at the first new line
    # ("WA8 0RJ\nStatements for March...") and at the first name, unless a town no one
    # took for a name follows it: a district then its city ("Aïn Chock, Casablanca").
    last_postcode = max((i for i, (s, e) in enumerate(segments)
                         if _POSTCODE_IN.search(text, s, e)), default=-1)
    last_town = max((i for i, (s, e) in enumerate(segments)
                     if "\n" not in text[s:e] and not overlaps(s, e, persons)), default=-1)
    for i, (s, e) in enumerate(segments):
        if i > last_postcode and ("\n" in text[s:e] or (overlaps(s, e, persons)
                                  and i > last_town)):
            end = s
            break
    while end > start and text[end - 1] in " ,;.–-\n":
        end -= 1
    return start, end
