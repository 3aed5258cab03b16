"""The word lists the name detector reads context by: particles, titles and ranks,
roles, stop words, organisation and street words, and their Arabic counterparts."""

from __future__ import annotations

import re

from liaison.analysis.redaction.dates import MONTH_NAMES
from liaison.analysis.redaction.lexicon import fold, wordset

PARTICLES = frozenset({"ван", "фон", "де", "дер", "ди", "ибн", "бен", "аль", "эль", "φον",
                       "ντε", "βαν", "van", "von", "der", "den", "de", "del", "della", "di",
                       "da", "dos",
                       "das", "du", "la", "le", "zu", "ter", "ten", "bin", "ibn", "ben",
                       "bint", "al", "el", "abu", "y", "i", "d'", "mac",
                       # Irish: "Ní Bhraonáin", "Nic Aodha", "Ó Catháin"
                       "ní", "nic", "ó", "ua",
                       # Arabic "bin", "ibn" in Greek and Russian letters
                       "μπιν", "μπεν", "ιμπν", "μπιντ", "бин", "бинт",
                       # Turkic patronymics: "Эльчин Фикрет оглы Гасымов"
                       "оглы", "кызы", "oglu", "ogly", "qizi", "kyzy"})
# Particles that are articles, prepositions or "and" too: part of a later mention only
# behind a capitalised particle.
PREPOSITION_PARTICLES = frozenset({"der", "den", "de", "del", "della", "di", "da", "du",
                                    "la", "le", "y", "i", "d'", "dos", "das", "ди", "де",
                                    "дер", "al", "el"})
# Ranks and offices before a name, in the partner languages (police, justice, the bar).
RANKS = wordset("""inspector detective sergeant constable superintendent officer judge hhj
justice recorder magistrate coroner sheriff prosecutor solicitor barrister attorney captain
lieutenant commander colonel
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
# Words before a name that say a person follows (lower case in running text); a Russian
# "ИП" (a sole trader, a person by law) is followed by the trader's own full name.
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
фигурантка ип фоп ύποπτος ύποπτη υπόπτου μάρτυρας οδηγός ιδιοκτήτης αδελφός αδελφή σύζυγος ονόματι
γιος κόρη""")
ARABIC_TITLES = wordset("""السيد السيدة المدعو المدعوة المواطن المواطنة المتهم المتهمة المشتبه
المشتبهة الشاهد الشاهدة السائق المالك زوجة زوج شقيق شقيقة ابنه ابنته المسمى المسماة
الملقب""")
# Arabic words that never start or continue a name, whatever a list says.
ARABIC_STOP = wordset("""على الى إلى من في عن مع الى حتى ثم او أو بعد قبل عند لدى هذا هذه ذلك
التي الذي رقم صاحب صاحبة""")
# Prepositions and conjunctions written onto the next word: "بـالمنصوري", "للمدعو".
PROCLITIC = re.compile(r"^(?:[وف]?[بلك]|[وف])ـ?(?=ال)")
ARABIC_LINKS = wordset("""بن ابن بنت ابو أبو ام أم عبد آل ايت آيت""")
# Words after a given name that are part of it: "هبة الله", "نور الدين".
ARABIC_COMPOUND = wordset("""الله الدين الرحمن الرحيم""")
# Words before a name that make it a business's: "شركة بن عيسى", "مقهى".
ARABIC_ORG = wordset("""شركة مؤسسة مقهى مكتب وكالة مطعم فندق متجر محل مصنع""")
# Words before a name that make it a street's or a building's: "نهج الحبيب بورقيبة",
# "شارع الحسن الثاني", "بمطار محمد الخامس".
ARABIC_PLACE = wordset("""شارع نهج زنقة ساحة طريق درب مسجد مطار مستشفى جامعة مدرسة ميناء
محطة ملعب قاعة ثانوية معهد""")


def place_word(token: str) -> bool:
    folded = fold(token)
    return folded in ARABIC_PLACE or re.sub(r"^[وفبل]", "", folded) in ARABIC_PLACE
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
instagram gmail iphone samsung google apple western union moneygram
tracfin ctif mros giif sepblac fincen μοκας росфинмониторинг
siren siret regon krs ogrn огрн кпп бик""")

# Words that make a capitalised run a company, a place or a building, not a person.
ORG_WORDS = wordset("""ltd limited llc inc plc gmbh ag kg ug sa sas sarl sl sp bv nv srl spa ооо
зао оао пао ае ικε επε ltda co company group holding holdings trans transport transports
transporte transportes transportation logistics logistic logistik logistique logística
logistyka import export trading services service solutions bank banque hotel motel café cafe
restaurant bar motors auto autos garage shipping freight cargo consulting invest investments
joinery plumbing roofing builders haulage carpentry electrical distribution
capital partners associates agency société societe groupe sociedad grupo spółka firma
компания группа εταιρεία street road lane avenue strasse straße platz allee weg rue avenida
calle plaza ulica station airport port transit транзит транс логистик логистика импорт
экспорт трейд групп холдинг банк inversiones inmobiliaria construcciones import-export
puerto porto hafen aeropuerto aéroport flughafen lotnisko аэропорт порт λιμάνι αεροδρόμιο
marina hotel hôtel otel apartments motors garage club casino centre center zentrum centro
palace palas πάλας boulangerie hermanos hnos llp bar pub inn arms μπαρ ταβέρνα κατάστημα
πλημμελειοδικείο πλημμελειοδικείου πλημμελειοδικών πρωτοδικείο πρωτοδικείου πρωτοδικών
εφετείο εφετείου εφετών ειρηνοδικείο ειρηνοδικείου ειρηνοδικών εισαγγελία εισαγγελίας
δικαστήριο δικαστηρίου συμβούλιο συμβουλίου τμήμα τμήματος υπηρεσία υπηρεσίας δήμος δήμου
δημοτολόγιο δημοτολογίου αστυνομία αστυνομίας τελωνείο τελωνείου μερίδα μερίδας
πιστοποιητικό""")
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
площади набережная набережной обл область области край края р-н район района""")

# Words before a name that make it a street's: "ул. Ленина", "rue Victor Hugo".
STREET_BEFORE = wordset("""ул улица пр проспект пер переулок пл площадь бульвар ulica ul al
aleja os osiedle pl plac rue av avenue bd boulevard quai impasse allée calle c avda avenida
plaza paseo carrer straße strasse str platz οδός οδ οδού λεωφ λεωφόρος λεωφόρου πλατεία شارع
زنقة درب حي via viale piazza corso""")

# Words before a surname that make it a business's name: shops, firms, cafés and
# restaurants are named after their owners ("la SCI Vautrin", "Autohaus Meier", "bar
# Casa Pérez", "firmy Nowak i Syn", "кафе «Петров»", "καφενείο «Ο Παπάς»").
BUSINESS_BEFORE = ORG_WORDS | ARABIC_ORG | wordset("""sci snc eurl sarl sasu earl gaec
autohaus apotheke bäckerei metzgerei gaststätte casa conservas farmacia panadería bodega
taller firmy firmie firmą sklep kancelaria apteka piekarnia кафе ресторан магазин аптека
фирма фирмы ооо буксир судно καφενείο ταβέρνα εστιατόριο φαρμακείο καΐκι σκάφος
مطعم مقهى صيدلية trawler vessel yacht ship boat ferry barge tug chalutier navire bateau
schiff boot kutter buque barco pesquero statek kuter катер яхта теплоход""")
# After a surname, a family firm ("& Söhne", "i Syn", "e Hijos") or a legal form one or
# two words on ("Meier Fliesenhandel GmbH", "«Παπαδόπουλος Ο.Ε.»").
FAMILY_FIRM_AFTER = re.compile(
    r"\s*(?:&|and|und|et|e|y|i|и|και)\s+(?:Sons?|Söhne|Sohn|Fils|Frères|Hijos?|Hermanos|"
    r"Syn(?:owie)?|Сыновья|Υιοί|Αφοί)(?![^\W\d_])")
LEGAL_FORM_AFTER = re.compile(
    r"(?:\s+[^\W\d_][\w-]*){0,2}[»\"”]?\s*,?\s*(?:GmbH|AG|KG|OHG|e\.\s?K\.|UG|Ltd|LLC|Inc|plc|"
    r"SARL|SAS|SA|SL|S\.L\.|S\.A\.|SRL|BV|NV|sp\. z o\.o\.|ООО|Ο\.Ε\.|Ε\.Ε\.|Ε\.Π\.Ε\.|"
    r"Α\.Ε\.|Ι\.Κ\.Ε\.|ΕΠΕ|ΟΕ|ΑΕ|ΙΚΕ)(?![^\W\d_])")
# Prepositions of place only: a lone unknown word after one is a place ("at Heathrow",
# "en Jaén", "w Rzeszowie"), not a surname. Compared as written, not folded: "à" is a
# place's, the Spanish "a" a person's ("conocer a Rodeiro").
LOCATIVES = frozenset(["at", "à", "en", "w", "we", "в", "во", "στην", "στη", "στο", "nach"])
# Words before a bank's code: "BIC HAMNDE21XXX", "رمز السويفت ...".
CODE_BEFORE = wordset("""bic swift السويفت سويفت""")
# Arabic words of banking and law that take the shape of a family name ("الحساب البنكي",
# "المجني عليها": the victim).
ARABIC_STOP = ARABIC_STOP | wordset("""البنكي المصرفي المجني الجبائي الضريبي المستفيدين
المستفيد المستفيدة مقيم مقيمة المقيم المقيمة""")

# Weekdays and months are capitalised in some languages and are given names in others
# (Κυριακή, Domingo): never a person on their own.
STOP = STOP | wordset("""lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag
mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes sábado
domingo poniedziałek wtorek środa czwartek piątek sobota niedziela понедельник вторник
среда четверг пятница суббота воскресенье δευτέρα τρίτη τετάρτη πέμπτη παρασκευή
σάββατο κυριακή""") | frozenset(fold(m) for m in MONTH_NAMES)


# Words before a place's name, in the partner languages.
PLACE_PREPOSITIONS = wordset("""in im am an nach aus von bei zu zum zur bis ab über via to at
from into near of à au aux en de du des vers par près w we z ze do od pod przy na в во из
на под у к от до στην στη στο στον από σε για προς""")
LINKS = PARTICLES | ARABIC_LINKS
TITLE_ROLE = TITLES | ROLES
NAME_NOT = PARTICLES | TITLES | ROLES
GLOSS_NOT = TITLES | ROLES | ARABIC_STOP | ARABIC_TITLES
# Words that are never a name's unsure neighbour.
NO_NEIGHBOUR = TITLES | ROLES | STOP | ORG_WORDS | ARTICLES | PARTICLES | ARABIC_STOP \
    | ARABIC_TITLES | ARABIC_ORG
