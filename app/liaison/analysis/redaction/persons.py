"""Person names nobody listed: found in free text by shape, word lists and context.

The name index (:mod:`.names`) finds the persons the workspace knows. A STIX report, a
CSV narrative or a typed note also names people nobody has listed yet; this module
finds those, in Latin, Cyrillic, Greek and Arabic script, without a model:

1. Words are cut out with their shape (capitalised, all capitals, initial, particle).
   Runs of capitalised words, with particles (``van der``, ``de la``, ``bin``) and
   initials (``J.-L.``, ``В.А.``) inside, are candidate names; ``FAMILY, Given`` joins.
2. Each word is weighed: a given or family name of the lists (:mod:`.lexicon`), a
   surname by its ending (``-ski``, ``-ов``, ``-όπουλος``...), a common word of the
   text's language, a town, or unknown. Inflected and possessive forms are looked up
   by their stem ("Whitfield's", "Köhlers", "Kowalskiego", "Лапшиной").
3. A run is a *confirmed* name when the evidence agrees: two or more name-like words
   with no common word among them; initials before a surname; a title or a role word
   before it (Mr, Herrn, pan, г-н, κ., السيد, "suspect", "Beschuldigte"...); a single
   word that is a listed family name or has a surname's ending. Arabic script, which
   has no capitals, is read by its given names and the ``bin``/``abu``/``al-`` parts.
4. Later mentions of a confirmed name's surname, in any inflection, are the same person.
5. What is left that still looks like a name (a capitalised word no dictionary knows,
   a lone given name in Arabic) is *unsure*: a fail-safe profile masks it too, and the
   analyst un-redacts it in review.

Every hit has a rule (``person:title``, ``person:given+unknown``...) and a subject: the
skeleton key of the surname, so one person gets one pseudonym across spellings.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from anyascii import anyascii

from liaison.analysis.redaction.dates import MONTH_NAMES
from liaison.analysis.redaction.lexicon import (
    ARABIC_GIVEN_WORDS,
    LANGUAGE_SCRIPT,
    common_lower,
    family_languages,
    fold,
    given_languages,
    is_common,
    is_town,
    script_of,
    wordset,
)
from liaison.analysis.redaction.names import LEGAL_FORMS, skeleton
from liaison.model.language import detect as detect_language


@dataclass(frozen=True)
class PersonHit:
    """A person's name at ``[start, end)``; ``sure`` is False for fail-safe candidates."""

    start: int
    end: int
    subject: str
    rule: str
    sure: bool = True


_LETTER = r"[^\W\d_]"
_MARKS = r"\u0300-\u036f\u064b-\u065f\u0670"
# A word: letters (and combining marks), inner apostrophes and hyphens ("O'Brien",
# "Adebayo-Clarke", "Whitfield's"); or an initial: one capital and a dot ("J.-L.").
_WORD = re.compile(
    rf"(?P<init>(?<!{_LETTER}){_LETTER}\.(?:[\s‐-]?{_LETTER}\.)*(?![{_MARKS}]))"
    rf"|(?P<word>{_LETTER}(?:{_LETTER}|[{_MARKS}]|['’](?={_LETTER})|[-‐](?={_LETTER}))*)")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
# A surname with its article written on: "al-Kaabi", "el-Fassi", "d'Artagnan".
_PREFIXED = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ath|ibn|bin|d|l)[-'’][A-Z]"
                       r"|(?:αλ|ελ|аль|эль|ал|ас|ад)[-‐][Α-ΩА-Я]")

PARTICLES = frozenset({"ван", "фон", "де", "дер", "ди", "ибн", "бен", "аль", "эль", "φον",
                       "ντε", "βαν", "van", "von", "der", "den", "de", "del", "della", "di",
                       "da", "dos",
                       "das", "du", "la", "le", "zu", "ter", "ten", "bin", "ibn", "ben",
                       "bint", "al", "el", "abu", "y", "i", "d'", "mac",
                       # Turkic patronymics: "Эльчин Фикрет оглы Гасымов"
                       "оглы", "кызы", "oglu", "ogly", "qizi", "kyzy"})
# Particles that are articles, prepositions or "and" too: part of a later mention only
# behind a capitalised particle.
_PREPOSITION_PARTICLES = frozenset({"der", "den", "de", "del", "della", "di", "da", "du",
                                    "la", "le", "y", "i", "d'", "dos", "das", "ди", "де",
                                    "дер", "al", "el"})
# Ranks and offices before a name, in the partner languages (police, justice, the bar).
RANKS = wordset("""inspector detective sergeant constable superintendent officer judge
prosecutor solicitor barrister attorney captain lieutenant commander colonel
ds dc dci dsupt pc inspecteur inspectrice commissaire brigadier capitaine adjudant
gendarme juge procureur procureure avocat avocate kommissar kommissarin oberkommissar
oberkommissarin hauptkommissar hauptkommissarin khk khkin kok kokin pk pok pom staatsanwalt
staatsanwältin richter richterin rechtsanwalt rechtsanwältin inspectora comisario comisaria
sargento teniente capitán juez jueza fiscal abogado abogada letrado letrada komisarz
nadkomisarz podkomisarz aspirant sierżant prokurator sędzia adwokat mecenas следователь
оперуполномоченный майор капитан лейтенант подполковник полковник прокурор судья адвокат
αστυνόμος υπαστυνόμος ανθυπαστυνόμος αρχιφύλακας εισαγγελέας δικαστής δικηγόρος""")
TITLES = wordset("""mr mrs ms miss mx dr prof sir lady lord mister madam m mme mlle mm me
monsieur madame mademoiselle maître maitre docteur herr herrn frau fräulein señor señora
señorita sr sra srta don doña dña pan pani panu pana panią panem g-n г-н г-жа господин
госпожа гражданин гражданка гражданина гражданки гр κ κα κος κύριος κυρία κυρίου κυρίας""")
# Words before a name that say a person follows (lower case in running text).
ROLES = RANKS | wordset("""suspect suspects witness subscriber driver owner named called alias
aka son accused co-accused defendant co-defendant informant
daughter brother sister wife husband cousin partner nephew niece mother father accomplice
courier associate contact victim detainee tenant landlord director manager nommé nommée
dénommé dénommée témoin prévenu prévenue suspecté épouse mari frère sœur soeur fils fille
conducteur gérant complice beschuldigte beschuldigten beschuldigter verdächtige verdächtigen
verdächtiger zeuge zeugin zeugen namens genannt bruder schwester ehefrau ehemann fahrer
fahrerin halter halterin inhaber inhaberin geschäftsführer sohn tochter cousine sospechoso
sospechosa testigo detenido detenida llamado llamada hermano hermana esposa esposo conductor
titular investigado investigada apodado hijo hija primo prima podejrzany podejrzana
podejrzanego podejrzanej świadek zatrzymany zatrzymana zatrzymanego kierowca właściciel
właściciela brat brata siostra żona żony mąż syn córka kuzyn wspólnik подозреваемый
подозреваемая подозреваемого свидетель свидетельница задержанный задержанная водитель
владелец владельца брат сестра жена муж сын дочь некий некая некоего по имени фигурант
фигурантка ύποπτος ύποπτη υπόπτου μάρτυρας οδηγός ιδιοκτήτης αδελφός αδελφή σύζυγος ονόματι
γιος κόρη""")
_ARABIC_TITLES = wordset("""السيد السيدة المدعو المدعوة المواطن المواطنة المتهم المتهمة المشتبه
المشتبهة الشاهد الشاهدة السائق المالك زوجة زوج شقيق شقيقة ابنه ابنته المسمى المسماة
الملقب""")
# Arabic words that never start or continue a name, whatever a list says.
_ARABIC_STOP = wordset("""على الى إلى من في عن مع الى حتى ثم او أو بعد قبل عند لدى هذا هذه ذلك
التي الذي رقم صاحب صاحبة""")
# Prepositions and conjunctions written onto the next word: "بـالمنصوري", "للمدعو".
_PROCLITIC = re.compile(r"^(?:[وف]?[بلك]|[وف])ـ?(?=ال)")
_ARABIC_LINKS = wordset("""بن ابن بنت ابو أبو ام أم عبد آل ايت آيت""")
# Words after a given name that are part of it: "هبة الله", "نور الدين".
_ARABIC_COMPOUND = wordset("""الله الدين الرحمن الرحيم""")
# Words before a name that make it a business's: "شركة بن عيسى", "مقهى".
_ARABIC_ORG = wordset("""شركة مؤسسة مقهى مكتب وكالة مطعم فندق متجر محل مصنع""")
# Words before a name that make it a street's or a building's: "نهج الحبيب بورقيبة",
# "شارع الحسن الثاني", "بمطار محمد الخامس".
_ARABIC_PLACE = wordset("""شارع نهج زنقة ساحة طريق درب مسجد مطار مستشفى جامعة مدرسة ميناء
محطة ملعب قاعة ثانوية معهد""")


def _place_word(token: str) -> bool:
    folded = fold(token)
    return folded in _ARABIC_PLACE or re.sub(r"^[وفبل]", "", folded) in _ARABIC_PLACE
# Capitalised words that are never names whatever the lists say (roles, units, days).
STOP = wordset("""i op ops operation unit police customs interpol europol eurojust frontex fiu
sar str nca bka dgsi gendarmerie guardia civil policía policia polizei iban bic swift nino
curp pesel steuer tel fax mob mon tue wed thu fri sat sun monday tuesday wednesday thursday
friday saturday sunday january february march april june july august september october
november december audi bmw mercedes benz volkswagen vw opel ford renault peugeot citroen
toyota nissan skoda seat fiat volvo kia hyundai mazda honda dacia lada tesla porsche
sprinter transit golf passat octavia corolla qashqai iveco scania daf man santander bnp
paribas deutsche sparkasse commerzbank pko barclays hsbc lloyds natwest revolut wise
сбербанк втб тинькофф eurobank attijariwafa telegram whatsapp signal viber facebook
instagram gmail iphone samsung google apple western union moneygram""")

# Words that make a capitalised run a company, a place or a building, not a person.
ORG_WORDS = wordset("""ltd limited llc inc plc gmbh ag kg ug sa sas sarl sl sp bv nv srl spa ооо
зао оао пао ае ικε επε ltda co company group holding holdings trans transport transports
transporte transportes transportation logistics logistic logistik logistique logística
logistyka import export trading services service solutions bank banque hotel motel café cafe
restaurant bar motors auto autos garage shipping freight cargo consulting invest investments
capital partners associates agency société societe groupe sociedad grupo spółka firma
компания группа εταιρεία street road lane avenue strasse straße platz allee weg rue avenida
calle plaza ulica station airport port transit транзит транс логистик логистика импорт
экспорт трейд групп холдинг банк inversiones inmobiliaria construcciones import-export
puerto porto hafen aeropuerto aéroport flughafen lotnisko аэропорт порт λιμάνι αεροδρόμιο
marina hotel hôtel otel apartments motors garage club casino centre center zentrum centro
palace palas πάλας boulangerie hermanos hnos llp bar pub inn arms μπαρ ταβέρνα κατάστημα""")
# Words that start a place's or a feast's name, not a person's ("Santa Catalina").
PLACE_START = wordset("""san santa santo são saint sainte st ste sankt święty świętej świętego
święta αγία άγιος αγίου αγίας αγίων святой святого святая святой virgen nuestra notre""")
# Articles: "Der Fischer vom Ammersee", "el Rubio" are a noun and a nickname.
ARTICLES = wordset("""der die das dem den des ein eine einem einen einer the a an el la los
las al del le les du des au aux un une lo gli il""")
# Words after a name that make it a street's or a square's ("по Кутузовскому проспекту").
STREET_AFTER = wordset("""street road lane avenue court close drive way gardens square place
terrace crescent hill park straße strasse platz allee weg проспект проспекту проспекте
проспекта улица улице улицы улицу переулок переулке шоссе бульвар бульваре площадь
площади набережная набережной""")

# Words before a name that make it a street's: "ул. Ленина", "rue Victor Hugo".
STREET_BEFORE = wordset("""ул улица пр проспект пер переулок пл площадь бульвар ulica ul al
aleja os osiedle pl plac rue av avenue bd boulevard quai impasse allée calle c avda avenida
plaza paseo carrer straße strasse str platz οδός οδ οδού λεωφ λεωφόρος λεωφόρου πλατεία شارع
زنقة درب حي via viale piazza corso""")

# Weekdays and months are capitalised in some languages and are given names in others
# (Κυριακή, Domingo): never a person on their own.
STOP = STOP | wordset("""lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag
mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes sábado
domingo poniedziałek wtorek środa czwartek piątek sobota niedziela понедельник вторник
среда четверг пятница суббота воскресенье δευτέρα τρίτη τετάρτη πέμπτη παρασκευή
σάββατο κυριακή""") | frozenset(fold(m) for m in MONTH_NAMES)

# Surname endings, on the accent-free lower-case form, by script.
_SURNAME_END = {
    "latin": re.compile(
        r"(?:[^aeiou]ski|ska|skiego|skiej|skim|cki|cka|ckiego|dzki|dzka|wicz|wiczem|wicza|"
        r"czyk|czak|czuk|enko|ovic|ovich|evic|evich|escu|eanu|oglu|ides|idis|opoulos|opoulou|"
        r"oulos|akis|akos|shvili|dze|ova|ovna|evna|ov|ev|yev|uk|yuk|chuk|ez|es|ssen|sson|"
        r"mann|berg|stein|ini|elli|etti|ow|ew|owa|ewa|ova|ina|yan|ian|scy|ccy|dzcy)"
        r"(?:a|owi|iem|em|u|ie|ego|emu|iej|ej|ą|y)?$"),
    "cyrillic": re.compile(
        r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ск|цк|енко|ук|юк|чук|ич|вна|ична|ян|янц|ник)"
        r"(?:а|у|ым|ой|ом|е|ого|ому|ая|ую|ий|ей|ою|ым|ых|и)?$"),
    "greek": re.compile(
        r"(?:ακησ|ακη|ιδησ|ιδη|ιδου|ουλοσ|ουλου|ουλο|ουλη|ουλε|ατοσ|ατου|ιου|εασ|αδησ|ογλου|"
        r"ακου|ιωτησ|ιωτη|ιανοσ|ιανου|ιαν)$"),
    # Arabic family names of origin: "al-" and the nisba ending (المنصوري, العمراني).
    "arabic": re.compile(r"^ال..+ي$"),
}
# Endings of inflected and possessive forms, tried off a word to find its stem.
_ENDINGS = {
    "latin": ("'s", "s'", "s", "a", "owi", "em", "ie", "ego", "emu", "iej", "ej", "ą", "y",
              "ę", "u", "e", "om", "iem", "iego", "iemu", "im", "o", "i"),
    "cyrillic": ("а", "у", "ом", "е", "ым", "ой", "ого", "ому", "ы", "ою", "ой", "ую", "ем"),
    "greek": ("ου", "η", "ο", "α", "ι", "ε"),  # "ε": the vocative, "Κύριε Τσουκαλόπουλε"
    "arabic": (),
}
# Nominative endings put back on a stem (Greek "Παπαδόπουλου" -> "Παπαδόπουλος").
_NOMINATIVE = {"latin": ("", "a"), "cyrillic": ("",), "greek": ("", "οσ", "ησ", "ασ", "ισ"),
               "arabic": ("",)}
_MIN_STEM = 3


@dataclass
class _Word:
    start: int
    end: int
    text: str
    initial: bool
    script: str
    after_break: bool  # first word of a sentence, line or quoted phrase
    gap_before: str  # the characters between the previous word and this one

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def upper(self) -> bool:
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _words(text: str) -> list[_Word]:
    out: list[_Word] = []
    last_end = 0
    for m in _WORD.finditer(text):
        token = m.group(0)
        gap = text[last_end:m.start()]
        stripped = gap.strip(" \t\"'«»“”„‘’()[]")
        after_break = not out or bool(re.search(r"[.!?:;\n•]\s*$", gap)) \
            or stripped in ("-", "–", "—")
        if not out:
            after_break = True
        if m.group("init") is not None and not token[0].isupper():
            continue  # "o.o.", "z o.o.": an abbreviation, not an initial
        if m.group("init") is not None and re.search(r"\d[ -]?$", text[:m.start()]):
            continue  # "92 C.", "12 B.": a check or house letter, not an initial
        start = m.start()
        script = script_of(token)
        if script == "arabic" and (clitic := _PROCLITIC.match(token)):
            start, token = start + clitic.end(), token[clitic.end():]
        elif script == "arabic" and (clitic := re.match(r"^[وف]?[بلك]ـ(?=\w{3})", token)):
            start, token = start + clitic.end(), token[clitic.end():]  # "لـبلمقدم"
        elif script == "arabic" and (clitic := re.match(r"^(?:[وف]|[وف]?[بل])ـ?", token)) \
                and len(token) - clitic.end() >= 3 and (
                    given_languages(fold(token[clitic.end():]))
                    or token[clitic.end():].startswith("عبد")) \
                and not given_languages(fold(token)):
            start, token = start + clitic.end(), token[clitic.end():]  # "ونبيل", "لـعبد"
        word = _Word(start, m.end(), token, m.group("init") is not None, script,
                     after_break and stripped != ",", gap)
        out.append(word)
        last_end = m.end()
    return out


@functools.lru_cache(maxsize=1 << 16)
def _stem_forms(word: str, script: str) -> tuple[str, ...]:
    base = fold(_POSSESSIVE.sub("", word)) if script == "latin" else fold(word)
    forms = [base]
    for ending in _ENDINGS.get(script, ()):
        if base.endswith(ending) and len(base) - len(ending) >= _MIN_STEM:
            stem = base[: len(base) - len(ending)]
            forms += [stem + tail for tail in _NOMINATIVE.get(script, ("",))]
    if script == "latin":
        forms += _polish_stems(base, forms)
    return tuple(dict.fromkeys(forms))


def _polish_stems(base: str, forms: list[str]) -> list[str]:
    """Polish stems whose inflection moves a letter: a fleeting "e" (Szkudlarek,
    Szkudlarkowi; Konkel, Konkla) and "k" before "-ce" (Zinczenko, Zinczence), so a
    later mention in another case finds the name."""
    out = []
    if re.search(r"[^aeiouy]e[kl]$", base) and len(base) >= 5:
        out.append(base[:-2] + base[-1])
    out += [form[:-1] + "k" for form in forms[1:] if form.endswith("c") and len(form) >= 5]
    return out


def _listed(word: str, script: str, lookup) -> bool:
    return any(lookup(form) for form in _stem_forms(word, script))


def _bel_bou(word: str) -> bool:
    """A Maghreb surname written with "بل" or "بو" ("بلمقدم", "بوزيد"): no preposition
    "ب" on a word, as long as the rest is no word either."""
    folded = fold(word)
    return len(folded) >= 5 and folded[:2] in ("بل", "بو") and not is_common(word, "ar") \
        and not is_common(word[1:], "ar")


# Nationalities (masculine; the feminine adds "ة"), "and" or "the" written on: before
# a foreign name in Arabic letters ("العامل الباكستاني شاه زيب خان يوسفزي").
_NATIONALITIES = wordset("""باكستاني هندي بنغالي أفغاني سوري عراقي مصري
مغربي جزائري تونسي ليبي سوداني أردني لبناني فلسطيني يمني سعودي إماراتي قطري كويتي بحريني
عماني إيراني تركي روسي أوكراني بيلاروسي بريطاني إنجليزي فرنسي ألماني إسباني إيطالي برتغالي
هولندي بلجيكي سويسري نمساوي بولندي روماني بلغاري يوناني قبرصي صربي ألباني كرواتي بوسني
أمريكي كندي مكسيكي كولومبي برازيلي فنزويلي أرجنتيني بيروفي صيني ياباني كوري فلبيني
إندونيسي ماليزي تايلاندي فيتنامي سريلانكي نيبالي نيجيري غاني سنغالي إثيوبي صومالي إريتري
كيني جورجي أرميني أذربيجاني كازاخي أوزبكي طاجيكي شيشاني داغستاني ليتواني لاتفي إستوني
سويدي نرويجي دنماركي فنلندي إيرلندي أيرلندي تشيكي سلوفاكي مجري""")


def _nationality(word: str) -> bool:
    folded = re.sub(r"^[وف]?ال", "", fold(word))
    return folded.removesuffix("ه") in _NATIONALITIES


def _surname_shape(word: str, script: str) -> bool:
    pattern = _SURNAME_END.get(script)
    return bool(pattern and len(word) > 4 and pattern.search(fold(word)))


@dataclass(frozen=True)
class _Weight:
    given: bool  # in a given-name list (of the text's language, or not a word of it)
    family: bool  # likewise for family names
    shape: bool  # a surname's ending
    common: bool  # a word of the text's language where its capital says nothing
    weak: bool  # a word of the language, but capitalised mid-sentence (a proper noun?)
    town: bool
    stop: bool

    @property
    def namey(self) -> bool:
        return self.given or self.family or self.shape


# Words before a place's name, in the partner languages.
_PLACE_PREPOSITIONS = wordset("""in im am an nach aus von bei zu zum zur bis ab über via to at
from into near of à au aux en de du des vers par près w we z ze do od pod przy na в во из
на под у к от до στην στη στο στον από σε για προς""")
_LINKS = PARTICLES | _ARABIC_LINKS
_TITLE_ROLE = TITLES | ROLES
_NAME_NOT = PARTICLES | TITLES | ROLES
_GLOSS_NOT = TITLES | ROLES | _ARABIC_STOP | _ARABIC_TITLES
# Words that are never a name's unsure neighbour.
_NO_NEIGHBOUR = TITLES | ROLES | STOP | ORG_WORDS | ARTICLES | PARTICLES | _ARABIC_STOP \
    | _ARABIC_TITLES | _ARABIC_ORG


def _covered_words(words: list[_Word], hits: list[PersonHit]) -> set[int]:
    """Indexes of the words that start inside a hit (hits and words are both few per text,
    but a long narrative has thousands: bisect, not a scan per word)."""
    starts = [w.start for w in words]
    out: set[int] = set()
    for hit in hits:
        out.update(range(bisect.bisect_left(starts, hit.start),
                         bisect.bisect_left(starts, hit.end)))
    return out


def _inside(words: list[_Word], starts: list[int], hit: PersonHit) -> list[int]:
    """Indexes of the words that start inside ``hit`` (``starts``: the words' starts)."""
    return list(range(bisect.bisect_left(starts, hit.start), bisect.bisect_left(starts, hit.end)))


class PersonFinder:
    """Finds unlisted person names in texts of one language (``None``: unknown)."""

    def __init__(self, language: str | None) -> None:
        self.language = language

    # --- weighing words ------------------------------------------------------------------

    def _weigh(self, word: _Word) -> _Weight:
        return _weigh_word(self.language, word.text, word.script, word.after_break,
                           word.upper)

    def _weigh_uncached(self, word: _Word) -> _Weight:
        text = _POSSESSIVE.sub("", word.text) if word.script == "latin" else word.text
        folded = fold(text)
        parts = [p for p in re.split(r"[-‐]", text) if p]
        in_dictionary = (is_common(text, self.language) if not word.upper
                         else common_lower(text, self.language))
        # Only German capitalises its nouns: elsewhere a capital mid-sentence makes a
        # dictionary word a proper noun ("Lane", "Миллер"), a weaker sign of a word.
        where_capitals_tell = word.after_break or word.upper or self.language in ("de", None)
        common = in_dictionary and where_capitals_tell
        given = any(self._listed(p, word.script, given_languages, in_dictionary)
                    for p in parts)
        family = any(self._listed(p, word.script, family_languages, in_dictionary)
                     for p in parts)
        shape = any(_surname_shape(p, word.script) for p in parts)
        shape = shape and (family or not word.after_break
                           or not common_lower(text, self.language))
        return _Weight(given, family, shape, common, in_dictionary and not common,
                       is_town(text), folded in STOP)

    def _listed(self, part: str, script: str, languages, in_dictionary: bool) -> bool:
        """In a name list of the text's language; or of another, if no word of this one."""
        foreign = script != LANGUAGE_SCRIPT.get(self.language or "", "latin")
        forms = _stem_forms(part, script)
        if script == "latin" and not any(given_languages(f) or family_languages(f)
                                         for f in forms):
            # "Wiesław" where the lists spell it only "Wieslaw"
            forms = (*forms, *(a for f in forms if (a := anyascii(f)) != f))
        for form in forms:
            found = languages(form)
            if found and (foreign or self.language in found or not in_dictionary):
                return True
        return False

    # --- finding -------------------------------------------------------------------------

    def find(self, text: str) -> list[PersonHit]:
        words = _words(text)
        weights = [self._weigh(w) if self._name_shaped(w) else None for w in words]
        hits: list[PersonHit] = []
        taken: set[int] = set()
        for run in self._runs(words, weights):
            hit = self._judge(text, words, weights, run)
            if hit is not None:
                hits.append(hit)
                # Words the judge left out ("Fructuoso" before "Leal Albendea") stay free:
                # the fail-safe may still find them unsure.
                taken.update(k for k in run if hit.start <= words[k].start < hit.end)
        hits += self._arabic(text, words, taken)
        hits += self._glosses(text, words, hits, taken)
        hits = self._link_mentions(words, hits)
        hits += self._later_mentions(text, words, weights, hits, taken)
        hits += self._unsure(words, weights, taken)
        hits += self._neighbours(words, weights, hits, taken)
        hits += self._particles_between(words, hits)
        return sorted(hits, key=lambda h: h.start)

    @staticmethod
    def _name_shaped(word: _Word) -> bool:
        return word.script in ("latin", "cyrillic", "greek") and (
            word.cap or word.initial or _PREFIXED.match(word.text) is not None)

    def _runs(self, words: list[_Word], weights: list[_Weight | None]) -> list[list[int]]:
        """Index runs of capitalised words (initials and particles inside), one per name."""
        runs: list[list[int]] = []
        i = 0
        while i < len(words):
            if weights[i] is None:
                i += 1
                continue
            run = [i]
            j = i + 1
            while j < len(words):
                gap = words[j].gap_before
                if not re.fullmatch(r"[ \u00a0]{1,2}|,[ \u00a0]", gap):
                    break
                if weights[j] is not None and (gap.strip() != "," or self._comma_form(
                        words, weights, run, j)):
                    run.append(j)
                    j += 1
                    continue
                # Particles inside a name: "Pieter van der Berg", "Ahmed bin Rashid".
                k = j
                while k < len(words) and fold(words[k].text) in PARTICLES \
                        and words[k].gap_before.strip() == "":
                    k += 1
                two_names = sum(1 for r in run if not words[r].initial) >= 2 \
                    and k < len(words) and weights[k] is not None and weights[k].given
                if k > j and k < len(words) and weights[k] is not None and not two_names \
                        and words[k].gap_before.strip() == "":
                    run.extend(range(j, k + 1))
                    j = k + 1
                    continue
                break
            runs.append(run)
            i = j
        return runs

    @staticmethod
    def _given_before_surname(weights: list[_Weight | None], core: list[int]) -> bool:
        """"η Κυριακή Μαυροματάκη": a weekday that is a given name too, before a surname."""
        first = weights[core[0]]
        second = weights[core[1]] if len(core) >= 2 else None
        return first is not None and first.given and second is not None \
            and (second.family or second.shape) and not second.given

    @staticmethod
    def _surname_before_initials(words: list[_Word], weights: list[_Weight | None],
                                 core: list[int]) -> bool:
        """"Верхотурцев И.Л.": a word before the initials that end the run is the surname,
        even where it is a word of the language too."""
        weight = weights[core[0]]
        return len(core) == 2 and words[core[1]].initial and not words[core[0]].initial \
            and weight is not None and not weight.stop \
            and fold(words[core[0]].text) not in _TITLE_ROLE

    @staticmethod
    def _comma_form(words: list[_Word], weights: list[_Weight | None], run: list[int],
                    j: int) -> bool:
        """``FERRITER, Colm``: a surname in capitals (or known), a comma, a given name."""
        first, weight = words[run[-1]], weights[run[-1]]
        after = weights[j]
        # "Lefèvre, Jean-Luc Moreau" is two people: the given name must end the name.
        def ends(k: int) -> bool:
            return k >= len(words) or weights[k] is None \
                or not re.fullmatch(r"[ \u00a0]{1,2}", words[k].gap_before)

        second = j + 1 < len(words) and weights[j + 1] is not None \
            and (weights[j + 1].given or first.upper) and ends(j + 2)
        # "GARCÍA LÓPEZ, Juan Carlos"; "MCILWRAITH, Fergus Alasdair": after a family name
        # in capitals, a second given name need not be listed.
        ends = ends(j + 1) or second
        return (after is not None and after.given and weight is not None and ends
                and (first.upper or weight.family or weight.shape))

    def _judge(self, text: str, words: list[_Word], weights: list[_Weight | None],
               run: list[int]) -> PersonHit | None:
        core = list(run)
        titled = self._titled(words, core[0])
        # Leading titles, roles and common words ("Yesterday", "Der Beschuldigte", "Herr").
        while core and self._droppable(words[core[0]], weights[core[0]]) and not (
                fold(words[core[0]].text) in PARTICLES and words[core[0]].cap
                and not words[core[0]].after_break and len(core) >= 2) \
                and not self._given_before_surname(weights, core) \
                and not self._surname_before_initials(words, weights, core):
            name = fold(words[core[0]].text.rstrip("."))
            titled = titled or name in TITLES or name in ROLES
            core.pop(0)
        while core and (self._droppable(words[core[-1]], weights[core[-1]])
                        or fold(words[core[-1]].text) in PARTICLES):
            previous = weights[core[-2]] if len(core) >= 2 else None
            if previous is not None and previous.given and not words[core[-1]].after_break \
                    and fold(words[core[-1]].text) not in _NAME_NOT:
                break  # "Eugen Dyck", "Teresy Lis": a given name, then a word as surname
            core.pop()
        names = [i for i in core if not words[i].initial
                 and fold(words[i].text) not in PARTICLES]
        if not names or self._organisation(words, core):
            return None
        ws = [w for i in names if (w := weights[i]) is not None]
        given_first = len(ws) >= 2 and ws[0].given
        if all(w.stop or (w.town and not titled) for w in ws) \
                or (any(w.stop for w in ws) and not titled and not given_first) \
                or fold(words[core[0]].text.rstrip(".")) in PLACE_START:
            return None
        # "Obywatel Ukrainy Andrij Melnyk": a proper noun of the language (a country, a
        # nationality) before two unknown words is not part of the name.
        while len(ws) >= 3 and ws[0].weak and not ws[0].namey and core[0] == names[0]:
            core.pop(0)
            names.pop(0)
            ws.pop(0)
        plain_common = [w for w in ws if (w.common or w.stop) and not w.namey]
        if self.language in ("fr", None) and words[core[0]].text == "M." and len(core) > 1:
            core.pop(0)  # "M. Lefèvre": Monsieur, not an initial
            titled = True
        initialled = words[core[0]].initial
        rule = None
        led_by_given = len(ws) >= 2 and ws[0].given
        comma = len(names) >= 2 and any(words[i].gap_before.strip() == "," for i in names[1:])
        # "El Khattabi", "Van Oosterwijk", "Di Pasquale": a capitalised particle mid-sentence
        # leads a surname.
        particle_led = fold(words[core[0]].text) in PARTICLES - ARTICLES and words[core[0]].cap \
            and not words[core[0]].after_break and len(core) >= 2
        if comma and any(w.given for w in ws):
            rule = "person:family-comma"  # "HERRERO ZAPATERO, Luis Miguel"
        elif particle_led and not plain_common:
            rule = "person:particle"
        elif plain_common and not titled and not led_by_given \
                and not self._surname_before_initials(words, weights, core):
            rule = None
        elif len(ws) >= 2:
            if any(w.given or w.family for w in ws):
                rule = "person:listed"
            elif any(w.shape for w in ws):
                rule = "person:surname-shape"
            elif titled or all(not w.weak and not w.town for w in ws):
                rule = "person:capitalised-run"

        elif initialled or (words[core[-1]].initial and len(core) >= 2):
            rule = "person:initials"
        elif titled and not (ws[0].weak and not ws[0].namey):
            rule = "person:title"
        else:
            w, lone = ws[0], words[names[0]]
            letters = sum(ch.isalpha() for ch in lone.text)
            article = names[0] > 0 and fold(words[names[0] - 1].text) in ARTICLES
            if ((w.family and not w.given and not w.common) or w.shape) and not w.town \
                    and not article and not re.search(r"-[A-ZА-ЯΑ-Ω]{1,3}$", lone.text):
                rule = "person:surname"
            elif lone.upper and letters >= 5 and not lone.after_break and not w.weak \
                    and not article and not re.match(r"[A-Za-z]['’]", lone.text) \
                    and not common_lower(lone.text, self.language) and not w.town:
                rule = "person:capitals"  # "phoned PELLINGHAM from"
        if rule is None:
            return None
        start, end = words[core[0]].start, words[core[-1]].end
        last = words[core[-1]]
        if last.script == "latin" and last.text[-2:].lower() in ("'s", "’s"):
            end -= 2
        return PersonHit(start, end, f"person:~{self._surname_key(words, weights, names)}",
                         rule)

    @staticmethod
    def _organisation(words: list[_Word], core: list[int]) -> bool:
        inside = any(fold(words[i].text.rstrip(".")) in ORG_WORDS for i in core)
        # A legal form after the name: "Delta Naftiliaki S.A.", "Αιγαίο Ναυτιλιακή Ι.Κ.Ε.".
        # (Two letters at least: "Wojciech Z." is a man, "z" of "sp. z o.o." no form.)
        if any(words[i].initial and len(form := anyascii_letters(words[i].text)) >= 2
               and form in LEGAL_FORMS for i in core[1:]):
            return True
        previous = fold(words[core[0] - 1].text) if core[0] > 0 else ""
        before = (previous in ORG_WORDS and words[core[0]].gap_before.strip() == "") \
            or previous in STREET_BEFORE
        nxt = words[core[-1] + 1] if core[-1] + 1 < len(words) else None
        # Legal forms are read only written as such ("GmbH", "S.A.", "sp."), not as the
        # words they share a spelling with ("et", "z", "co").
        follows = fold(nxt.text.rstrip(".")) if nxt is not None else ""
        legal = follows in LEGAL_FORMS - {"the", "et", "z", "o"} and nxt is not None and (
            not nxt.text.islower() or follows in ("sp", "spolka"))
        # On the same line: "Kasimir Nowicki-Hall\nThe driver" is a name, then a sentence.
        after = nxt is not None and "\n" not in nxt.gap_before \
            and nxt.gap_before.strip() in ("", "&") and (
            follows in ORG_WORDS | STREET_AFTER or legal or nxt.gap_before.strip() == "&")
        # "Boulogne-sur-Mer", "Berlin-Kreuzberg"; not "Goñi-Elizalde" or "Fatima-Zahra":
        # "Goñi" and "Fatima" are towns, but names too.
        place = any(re.search(r"-(?:на|sur|am|an|en|de|la|le|del)-", words[i].text)
                    or ("-" in words[i].text and is_town(words[i].text.split("-")[0])
                        and not given_languages(fold(words[i].text.split("-")[0]))
                        and not any(family_languages(fold(part))
                                    for part in words[i].text.split("-")))
                    for i in core)
        return inside or before or after or place

    @staticmethod
    def _verb_follows(words: list[_Word], index: int) -> bool:
        return False

    @staticmethod
    def _surname_key(words: list[_Word], weights: list[_Weight | None],
                     names: list[int]) -> str:
        """The skeleton of the surname part: what later mentions repeat."""
        chosen = names
        first = weights[names[0]]
        if len(names) >= 2 and first is not None and first.given \
                and words[names[0]].gap_before.strip() != ",":
            chosen = names[1:]
        if len(names) >= 2 and words[names[-1]].gap_before.strip() == ",":
            chosen = names[:-1]  # "FERRITER, Colm"
        return " ".join(sorted(skeleton(_stem_forms(words[i].text, words[i].script)[0])
                               for i in chosen))

    def _titled(self, words: list[_Word], index: int) -> bool:
        if index == 0:
            return False
        before = fold(words[index - 1].text.rstrip("."))
        return before in TITLES or before in ROLES or (before in _ARABIC_TITLES \
            and words[index].gap_before.strip() in ("", ",", ":"))

    def _droppable(self, word: _Word, weight: _Weight | None) -> bool:
        if weight is None or word.initial:
            return False
        name = fold(word.text.rstrip("."))
        if name in TITLES or name in ROLES or weight.stop:
            return True
        letters = sum(ch.isalpha() for ch in word.text)
        if word.upper and letters <= 4 and not weight.namey:
            return True  # an acronym: "IBAN", "NINO", "VRM"
        return weight.common and not weight.namey

    # --- Arabic script -------------------------------------------------------------------

    def _arabic(self, text: str, words: list[_Word], taken: set[int]) -> list[PersonHit]:
        hits = []
        i = 0
        while i < len(words):
            word = words[i]
            if word.script != "arabic" or i in taken:
                i += 1
                continue
            titled = i > 0 and (fold(words[i - 1].text) in _ARABIC_TITLES or (i > 1
                                and fold(words[i - 1].text) in ("به", "فيه", "عليه")
                                and fold(words[i - 2].text) in _ARABIC_TITLES))
            starts_link = fold(word.text) in ("ابو", "ام", "ابن") and i + 1 < len(words) \
                and words[i + 1].script == "arabic"
            # "بدر بن علي", "إسلام حمدي": a given name that is also a word, before a name.
            weak_given = fold(word.text) in ARABIC_GIVEN_WORDS and i + 1 < len(words) \
                and words[i + 1].gap_before == " " and (
                    fold(words[i + 1].text) in ("بن", "بنت", "ابن")
                    or self._arabic_given(words[i + 1].text))
            if i > 0 and (fold(words[i - 1].text) in _ARABIC_ORG
                          or _place_word(words[i - 1].text)):
                i += 1
                continue
            foreign = self._foreign_arabic(words, i)
            if foreign:
                names = [fold(words[k].text) for k in foreign]
                hits.append(PersonHit(words[foreign[0]].start, words[foreign[-1]].end,
                                      f"person:~{' '.join(sorted(map(skeleton, names)))}",
                                      "person:arabic-foreign"))
                taken.update(foreign)
                i = foreign[-1] + 1
                continue
            if (not starts_link and fold(word.text) in _ARABIC_STOP) or not (
                    starts_link or weak_given or
                    self._arabic_given(word.text) or (titled and not is_common(word.text, "ar"))):
                before = words[i - 1].text if i > 0 else ""
                # "الحساب البنكي": after a definite noun, a nisba is its adjective (verbs
                # such as "التقى" begin with "الت").
                definite = before.startswith("ال") and not before.startswith("الت")
                if _surname_shape(word.text, "arabic") and not is_common(word.text, "ar") \
                        and not definite and fold(before) not in _ARABIC_ORG:
                    hits.append(PersonHit(word.start, word.end,
                                          f"person:~{skeleton(fold(word.text))}",
                                          "person:arabic-family"))
                    taken.add(i)
                i += 1
                continue
            run = [i, i + 1] if starts_link else [i]
            j = i + len(run)
            while j < len(words) and len(run) < 6 and words[j].script == "arabic" \
                    and re.fullmatch(r"[ \u00a0]", words[j].gap_before or "x"):
                part = words[j].text
                folded = fold(part)
                if folded in _ARABIC_STOP or re.match(r"[\u0621-\u064a]", text[words[j].start - 1]):
                    break  # "... ووجدي": "and" written onto the next name starts another
                if folded in _ARABIC_LINKS and j + 1 < len(words):
                    run += [j, j + 1]
                    j += 2
                    continue
                if folded in _ARABIC_COMPOUND:
                    run.append(j)
                    j += 1
                    continue
                if folded == "الله" or (j + 1 < len(words) and fold(words[j + 1].text) == "الله"
                                         and words[j + 1].gap_before == " "):
                    run += [j] if folded == "الله" else [j, j + 1]
                    j += 1 if folded == "الله" else 2
                    continue  # "عوض الله", "رزق الله": one name, whatever "عوض" means
                if re.match(r"[وفبلك]", folded) and not folded.startswith("بن") \
                        and not self._arabic_given(part) \
                        and not family_languages(folded) and not _bel_bou(part):
                    break  # "بشقيقها", "وبحوزته": a preposition or "and" leads a word
                if len(run) >= 2 and folded.startswith("ال") and len(folded) > 3 \
                        and self._arabic_given(words[run[-1]].text):
                    run.append(j)  # "رانيا طلال القضاة": a family name, though a word too
                    j += 1
                    break
                if self._arabic_given(part) or family_languages(folded) \
                        or not is_common(part, "ar") or _surname_shape(part, "arabic") \
                        or (folded.startswith("ال") and self._arabic_given(folded[2:])) \
                        or (len(run) == 1 and not _PROCLITIC.match(part) \
                        and not re.match(r"[وفبل]", folded)):
                    run.append(j)
                    j += 1
                    continue
                break
            if starts_link and len(run) < 3 and not titled:
                i = j  # "أبو خالد": a kunya alone is what friends call him, not his name
                continue
            if len(run) >= 2 or titled:
                names = [words[k].text for k in run]
                key = " ".join(sorted(skeleton(fold(n)) for n in names[1:] or names))
                hits.append(PersonHit(words[run[0]].start, words[run[-1]].end,
                                      f"person:~{key}", "person:arabic"))
                taken.update(run)
            i = j
        return hits

    @staticmethod
    def _foreign_arabic(words: list[_Word], i: int) -> list[int]:
        """A foreign name written in Arabic letters: words no Arabic dictionary knows,
        started by a hyphenated one ("كلاوس-ديتر هيرشفيلدر") or after a nationality
        ("العامل الباكستاني شاه زيب خان يوسفزي"). Two words at least, one unknown."""
        word = words[i]
        parts = [p for p in word.text.split("-") if p]
        hyphenated = len(parts) >= 2 and not any(is_common(p, "ar") for p in parts)
        before = words[i - 1].text if i > 0 else ""
        after_nisba = i > 0 and words[i - 1].script == "arabic" \
            and _nationality(before) and word.gap_before in (" ", "\u00a0")
        if not (hyphenated or after_nisba):
            return []
        run: list[int] = []
        j = i
        while j < len(words) and len(run) < 5 and words[j].script == "arabic" \
                and (j == i or words[j].gap_before in (" ", "\u00a0")):
            folded = fold(words[j].text)
            if folded in _ARABIC_STOP or folded in _ARABIC_TITLES or folded in _ARABIC_ORG \
                    or (re.match(r"[وفبلك]", folded) and is_common(words[j].text[1:], "ar")):
                break
            run.append(j)
            j += 1
        while run and is_common(words[run[-1]].text, "ar"):
            run.pop()  # "... يوسفزي بتهمة": the name ends at its last unknown word
        unknown = [k for k in run if not is_common(words[k].text, "ar")]
        return run if len(run) >= 2 and unknown else []

    @staticmethod
    def _arabic_given(token: str) -> bool:
        folded = fold(token)
        if folded in _ARABIC_STOP:
            return False
        return bool(given_languages(folded)) or (folded.startswith("عبد") and len(folded) > 4)

    # --- later mentions and the unsure rest ----------------------------------------------

    @staticmethod
    def _glosses(text: str, words: list[_Word], hits: list[PersonHit],
                 taken: set[int]) -> list[PersonHit]:
        """A name given again in another script in brackets is the same person, either
        way round: "جدعون فيربراذر-لامب (Gideon Fairbrother-Lamb)", "Vladislav Ogoltsov
        (Владислав Огольцов)". The other side takes as many words as the name found."""
        out = []
        starts = [w.start for w in words]
        for hit in [h for h in hits if h.sure]:
            inside = _inside(words, starts, hit)
            if not inside:
                continue
            script = words[inside[0]].script
            count = len([k for k in inside if not words[k].initial])
            # A label may lead the gloss: "(kyrillisch Евгений Щербинин)", "(cyr. Микола)".
            if re.search(r"\((?:\s*[^\W\d_]{2,12}\.?:?\s)?\s*$", text[:hit.start]) \
                    and re.match(r"\s*\)", text[hit.end:]):
                paren = text.rfind("(", 0, hit.start)  # the name is the gloss: the
                first = bisect.bisect_left(starts, paren)  # words before the bracket
                other = list(range(max(0, first - count), first))
            elif re.match(r"\s*\(", text[hit.end:]):
                close = text.find(")", hit.end)
                other = [k for k in range(inside[-1] + 1, min(len(words), inside[-1] + 6))
                         if close > 0 and words[k].end <= close]
            else:
                continue
            if not other or any(words[k].script in (script, "other")
                                or len({words[m].script for m in other}) > 1
                                for k in other):
                continue
            if any(fold(words[k].text) in _GLOSS_NOT for k in other):
                continue
            if any(re.search(r"[.,;:!?،؛]", words[k].gap_before) for k in other[1:]):
                continue
            start, end = words[other[0]].start, words[other[-1]].end
            if any(k in taken for k in other) and not all(
                    start <= h.start and h.end <= end for h in hits
                    if h.start < end and start < h.end):
                continue  # the words are another name's, not this one's
            hits[:] = [h for h in hits if not (start <= h.start and h.end <= end)]
            out.append(PersonHit(start, end, hit.subject, "person:gloss"))
            taken.update(other)
        return out

    @staticmethod
    def _link_mentions(words: list[_Word], hits: list[PersonHit]) -> list[PersonHit]:
        """A lone surname found on its own that repeats a full name's is that person."""
        full: dict[str, str] = {}
        starts = [w.start for w in words]
        for hit in hits:
            inside = [words[k] for k in _inside(words, starts, hit)]
            if len(inside) >= 2:
                for word in inside[1:]:
                    for form in _stem_forms(word.text, word.script):
                        full.setdefault(form, hit.subject)
        out = []
        for hit in hits:
            inside = [words[k] for k in _inside(words, starts, hit)]
            subject = None
            if len(inside) == 1:
                subject = next((full[f] for f in _stem_forms(inside[0].text, inside[0].script)
                                if f in full), None)
            out.append(hit if subject is None or subject == hit.subject else
                       PersonHit(hit.start, hit.end, subject, "person:mentioned-before"))
        return out

    def _later_mentions(self, text: str, words: list[_Word], weights: list[_Weight | None],
                        hits: list[PersonHit], taken: set[int]) -> list[PersonHit]:
        stems: dict[str, str] = {}
        starts = [w.start for w in words]
        for hit in hits:
            for i in _inside(words, starts, hit):
                word = words[i]
                # (A word may end past its name: "Osgood's" is the name "Osgood".)
                if not word.initial and fold(word.text) not in _LINKS:
                    weight = weights[i]
                    if weight is not None and weight.given and not weight.family \
                            and word.start == hit.start and hit.end > word.end:
                        continue  # the given name alone is not the person
                    for form in _stem_forms(word.text, word.script):
                        if len(form) >= 4:
                            stems.setdefault(form, hit.subject)
                            if form.startswith("ال"):
                                stems.setdefault(form[2:], hit.subject)
        out = []
        covered = _covered_words(words, hits)
        for i, word in enumerate(words):
            if i in taken or not (word.cap or word.script == "arabic") or word.initial:
                continue
            if i in covered:
                continue
            forms = _stem_forms(word.text, word.script)
            subject = next((stems[f] for f in forms if f in stems), None)
            if subject is None and word.script == "arabic" and fold(word.text).startswith("ال"):
                subject = stems.get(fold(word.text)[2:])
            if subject is None:
                continue
            end, start = word.end, word.start
            if word.script == "latin" and word.text[-2:].lower() in ("'s", "’s"):
                end -= 2
            k = i
            while k > 0 and words[k].gap_before.strip() == "" \
                    and fold(words[k - 1].text) in _LINKS:
                k -= 1
            # "El Khattabi", "Van der Heijden-Boom", "фон Гильзен", "أبو زيد" again; a
            # particle that is also an article or a preposition counts only from a
            # capitalised one on: "... gab der Heijden" keeps "der" out.
            while k < i and not (words[k].cap or words[k].script == "arabic"
                                 or fold(words[k].text) not in _PREPOSITION_PARTICLES):
                k += 1
            start = words[k].start
            out.append(PersonHit(start, end, subject, "person:mentioned-before"))
            taken.add(i)
        return out

    @staticmethod
    def _neighbours(words: list[_Word], weights: list[_Weight | None], hits: list[PersonHit],
                    taken: set[int]) -> list[PersonHit]:
        """Unsure: a name grown over the capitalised word right before it ("Hauke" before
        "Paulsen-Brodersen", where "Hauke" is a German word too) and, in Arabic, over an
        unknown word right after it ("رفيق ميرزا" then "بيغ"), as the same person. A
        fail-safe mask takes them; the analyst un-redacts a "Treffen" in review."""
        starts = {h.start: h for h in hits if h.sure}
        ends = {h.end: h for h in hits if h.sure}
        covered = _covered_words(words, hits)
        out = []
        for i, word in enumerate(words):
            if i in taken or i in covered or word.initial:
                continue
            nxt = words[i + 1] if i + 1 < len(words) else None
            near = (nxt is not None and nxt.start in starts) or (i > 0 and words[i - 1].end in ends)
            if not near:
                continue
            folded = fold(word.text)
            if folded in _NO_NEIGHBOUR:
                continue
            before_name = nxt is not None and nxt.start in starts \
                and nxt.gap_before == " " and (word.cap or word.script == "arabic")
            after_name = word.script == "arabic" and word.gap_before == " " and i > 0 \
                and words[i - 1].end in ends and not is_common(word.text, "ar") \
                and not (re.match(r"[وفبلك]", folded) and is_common(word.text[1:], "ar"))
            weight = weights[i]
            if (before_name or after_name) and not (weight is not None
                                                    and (weight.stop or weight.town)):
                # The name grown over its neighbour, as the same person: a fail-safe mask
                # of "Treffen Aleksandr Petrov" is one pseudonym, not a second person.
                name = starts[nxt.start] if before_name and nxt is not None \
                    else ends[words[i - 1].end]
                out.append(PersonHit(min(word.start, name.start), max(word.end, name.end),
                                     name.subject, "person:unsure", sure=False))
        return out

    @staticmethod
    def _particles_between(words: list[_Word], hits: list[PersonHit]) -> list[PersonHit]:
        """Particles next to a hit ("von der" before "Heydt-Lindner", "ван" before
        "Остерзее", "أبو" before "زيد") are unsure too: a fail-safe mask takes them."""
        covered = _covered_words(words, hits)
        out = []
        for i, word in enumerate(words):
            if fold(word.text) not in _LINKS or i in covered:
                continue
            j = i + 1
            while j < len(words) and fold(words[j].text) in _LINKS:
                j += 1
            if j < len(words) and words[j].gap_before.strip() == "" and j in covered:
                out.append(PersonHit(word.start, word.end, f"person:?{fold(word.text)}",
                                     "person:unsure", sure=False))
        return out

    def _unsure(self, words: list[_Word], weights: list[_Weight | None],
                taken: set[int]) -> list[PersonHit]:
        out = []
        for i, (word, weight) in enumerate(zip(words, weights, strict=True)):
            if i in taken:
                continue
            if word.script == "arabic":
                folded = fold(word.text)
                after_name = i > 0 and words[i - 1].script == "arabic" \
                    and self._arabic_given(words[i - 1].text) and folded not in _ARABIC_STOP \
                    and not re.match(r"[وفبلك]", folded)
                nisba = folded.startswith("ال") and len(folded) > 4 \
                    and not is_common(word.text, "ar")
                if self._arabic_given(word.text) or after_name or nisba \
                        or folded in ARABIC_GIVEN_WORDS:
                    out.append(PersonHit(word.start, word.end, f"person:?{fold(word.text)}",
                                         "person:unsure", sure=False))
                continue
            if weight is None or word.initial or weight.stop:
                continue
            # A town is no name, unless it is a family name too and no preposition of place
            # leads it: "traf Brenner sich", not "am Brenner" or "nach Brenner".
            if weight.town and not (weight.family and i > 0
                                    and fold(words[i - 1].text) not in _PLACE_PREPOSITIONS):
                continue
            if re.search(r"[a-zа-яα-ω][A-ZА-ЯΑ-Ω]", word.text[1:]) and \
                    not re.match(r"(?:Mc|Mac|O'|D'|De|Di|Le|La)", word.text):
                continue  # "JSXWXynVX": a piece of a wallet or a hash, not a word
            letters = sum(ch.isalpha() for ch in word.text)
            if letters < 3 or (word.upper and letters <= 4 and not weight.namey):
                continue  # acronyms: "DNI", "BMW", "NCA"
            # A dictionary word is still unsure when its capital may make it a name: a
            # listed name that is also a word ("Brenner", "Fischer"), or any capital
            # mid-sentence where only names take one.
            if weight.common and not (weight.namey or (not word.after_break
                                      and self.language not in ("de", None))):
                continue
            if fold(word.text) in _TITLE_ROLE:
                continue
            out.append(PersonHit(word.start, word.end, f"person:?{fold(word.text)}",
                                 "person:unsure", sure=False))
        return out


@functools.lru_cache(maxsize=1 << 17)
def _weigh_word(language: str | None, text: str, script: str, after_break: bool,
                upper: bool) -> _Weight:
    """A word's weight depends only on these: cached, as texts repeat their words."""
    word = _Word(0, len(text), text, False, script, after_break, "")
    return PersonFinder(language)._weigh_uncached(word)


def anyascii_letters(text: str) -> str:
    """The letters of an abbreviation in ASCII ("Ι.Κ.Ε." -> "ike")."""
    return anyascii("".join(ch for ch in text if ch.isalpha())).lower()


def find_persons(text: str, language: str | None) -> list[PersonHit]:
    """Unlisted person names in ``text`` (``language``: ISO 639-1 of the text, if known;
    otherwise detected from the text itself, where it says enough)."""
    return PersonFinder(language or detect_language(text)).find(text)
