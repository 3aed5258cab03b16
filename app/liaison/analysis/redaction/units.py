"""The texts of a share the redaction engine looks at, and what it finds in each.

A *unit* is one piece of text that may leave: a record's title, narrative or handling
conditions, one value of an entity property, of a link or of an event. A unit is
either free text, where every detector runs, or *structured*: a value that is an
identifier as a whole (an entity's phone, name, IBAN, birth date), redacted whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from liaison.analysis.policy import is_source_prop
from liaison.analysis.redaction.addresses import address_key
from liaison.analysis.redaction.common import region_chain
from liaison.analysis.redaction.detectors import Found, find_identifiers
from liaison.analysis.redaction.fields import find_name_fields
from liaison.analysis.redaction.lexicon import fold, script_of, wordset
from liaison.analysis.redaction.mrz import find_mrz, mrz_zones
from liaison.analysis.redaction.names import (
    NAME_PROPS,
    ORG_SCHEMAS,
    PERSON_SCHEMAS,
    NameIndex,
    skeleton,
)
from liaison.analysis.redaction.persons import TITLES, find_persons
from liaison.analysis.redaction.plates import plate_key
from liaison.analysis.redaction.profiles import RedactionProfile
from liaison.analysis.redaction.tables import find_name_cells
from liaison.analysis.share_data import ShareSource
from liaison.model.cyber import HASH_KINDS
from liaison.model.language import detect_record
from liaison.model.normaliser import compact_id
from liaison.model.records import Entity

# Entity values that are one identifier as a whole: property kind -> detection kind.
STRUCTURED_KINDS = {"phone": "phone", "email": "email", "iban": "iban",
                    "national_id": "national_id", "passport": "passport", "ip": "ip",
                    "crypto": "crypto"}
# Values that leave unchanged: codes and references, not words anyone could be named in
# (file hashes and AS numbers too, whatever property holds them).
PASS_KINDS = frozenset({"country", "entity", "bic", "vin", "date", "asn", *HASH_KINDS})
PASS_PROPS = frozenset({"gender", "nationality", "country", "jurisdiction", "status",
                        "relationship", "type", "model", "registrationNumber", "asNumber",
                        "sector", "keywords", "md5", "sha1", "sha256", "sha512"})
BIRTH_PROPS = frozenset({"birthDate"})
# A vehicle's registration number is its plate; an address property is one address.
VEHICLE_SCHEMAS = frozenset({"Vehicle"})
ADDRESS_PROPS = frozenset({"address"})
# An organisation pseudonymised by name must not stay findable by its register number.
ORG_ID_PROPS = frozenset({"registrationNumber", "taxNumber", "vatCode", "leiCode", "innCode",
                          "ogrnCode", "okpoCode", "dunsCode", "idNumber"})


@dataclass(frozen=True)
class TextUnit:
    """One text that may leave; ``id`` is stable: ``record:<id>:narrative``,
    ``entity:<id>:<prop>:<n>``, ``link:<id>:<prop>:<n>``, ``event:<id>:name``..."""

    id: str
    owner: str  # record | entity | link | event
    owner_id: str
    field: str
    text: str
    record_ids: tuple[str, ...]
    country: str | None
    structured: str | None = None  # the detection kind when the value is one identifier
    key: str = ""  # the structured value's comparable form (E.164, ISO date...)
    language: str | None = None  # ISO 639-1 of the record's text, when known
    agency_country: str | None = None  # the originating agency's country, when known


def _entity_units(entity: Entity, countries: dict[str, str], language: str | None,
                  agency_country: str | None) -> Iterator[TextUnit]:
    records = tuple(entity.record_ids)
    country = next((countries[r] for r in records if r in countries), None)
    for prop, values in entity.properties.items():
        if is_source_prop(prop):
            continue  # never leaves (policy rule source.entity); not even looked at
        for n, value in enumerate(values):
            unit_id = f"entity:{entity.id}:{prop}:{n}"
            structured, key = None, ""
            if prop in BIRTH_PROPS:
                structured, key = "dob", value.value
            elif prop in ORG_ID_PROPS and entity.schema in ORG_SCHEMAS:
                structured, key = "national_id", compact_id(value.raw)
            elif prop == "registrationNumber" and entity.schema in VEHICLE_SCHEMAS:
                structured, key = "plate", plate_key(value.raw)
            elif prop in ADDRESS_PROPS:
                structured, key = "address", address_key(value.raw)
            elif value.kind in STRUCTURED_KINDS:
                structured = STRUCTURED_KINDS[value.kind]
                key = value.value.lower() if structured == "email" else value.value
            elif value.kind == "name" or prop in NAME_PROPS:
                if entity.schema in PERSON_SCHEMAS:
                    structured = "person"
                elif entity.schema in ORG_SCHEMAS:
                    structured = "organization"
            elif value.kind in PASS_KINDS or prop in PASS_PROPS:
                continue
            yield TextUnit(unit_id, "entity", entity.id, prop, value.raw, records, country,
                           structured, key, language, agency_country)


def build_units(source: ShareSource, withheld: dict[str, set[str]]) -> list[TextUnit]:
    """Every unit of the share, in the order pseudonyms are numbered: record by record,
    each record's own texts first, then its entities, links and events.

    Each unit carries its record's language (detected here when the store has none: a
    record imported before languages were) and its originating agency's country; an
    entity, link or event named by several records gets those of the first."""
    units: list[TextUnit] = []
    countries = {r.id: r.country for r in source.records}
    done: set[str] = set()
    for record in source.records:
        lang = record.language or detect_record(record.title, record.narrative)
        home = source.agency_countries.get(record.agency)
        skip = withheld.get(record.id, set())
        fields = [("title", record.title), ("narrative", record.narrative)]
        if "handling_conditions" not in skip:
            fields.append(("handling_conditions", record.handling_conditions))
        for name, text in fields:
            if text:
                units.append(TextUnit(f"record:{record.id}:{name}", "record", record.id, name,
                                      text, (record.id,), record.country, language=lang,
                                      agency_country=home))
        for entity in source.entities.values():
            if record.id in entity.record_ids and entity.id not in done:
                done.add(entity.id)
                units.extend(_entity_units(entity, countries, lang, home))
        for link in source.links.values():
            if record.id in link.record_ids and link.id not in done:
                done.add(link.id)
                units.extend(TextUnit(f"link:{link.id}:{prop}:{n}", "link", link.id, prop, text,
                                      tuple(link.record_ids), record.country, language=lang,
                                      agency_country=home)
                             for prop, values in link.properties.items()
                             if prop not in PASS_PROPS and not is_source_prop(prop)
                             for n, text in enumerate(values) if text)
        for event in source.events.values():
            if record.id in event.record_ids and event.id not in done:
                done.add(event.id)
                pairs = [("name", event.name), ("place", event.place)]
                pairs += [(f"{prop}:{n}", text) for prop, values in event.properties.items()
                          if prop not in PASS_PROPS and not is_source_prop(prop)
                          for n, text in enumerate(values)]
                units.extend(TextUnit(f"event:{event.id}:{name}", "event", event.id, name, text,
                                      tuple(event.record_ids), record.country, language=lang,
                                      agency_country=home)
                             for name, text in pairs if text)
    return units


@dataclass(frozen=True)
class Context:
    """What detectors need about a unit's records: persons named there, their birth dates."""

    persons: tuple[str, ...]
    birth_dates: tuple[str, ...]
    home_country: str


class Contexts:
    """Detector contexts per set of records, from one pass over the share's entities."""

    def __init__(self, source: ShareSource, home_country: str) -> None:
        self.home_country = home_country
        self._persons: dict[str, list[str]] = {}
        self._births: dict[str, list[str]] = {}
        for entity in source.entities.values():
            if entity.schema in PERSON_SCHEMAS:
                births = [v.value for v in entity.properties.get("birthDate", [])]
                for record_id in entity.record_ids:
                    self._persons.setdefault(record_id, []).append(entity.id)
                    self._births.setdefault(record_id, []).extend(births)
        self._cache: dict[tuple[str, ...], Context] = {}

    def of(self, record_ids: tuple[str, ...]) -> Context:
        """The persons and birth dates of these records."""
        if record_ids not in self._cache:
            persons = [p for r in record_ids for p in self._persons.get(r, [])]
            births = [b for r in record_ids for b in self._births.get(r, [])]
            self._cache[record_ids] = Context(tuple(dict.fromkeys(persons)),
                                              tuple(dict.fromkeys(births)), self.home_country)
        return self._cache[record_ids]


def detect_text(text: str, country: str | None, context: Context, names: NameIndex,
                profile: RedactionProfile, *, language: str | None = None,
                agency_country: str | None = None) -> list[tuple[Found, str]]:
    """Every detector the profile enables over one free text: (found, its subject).

    ``country`` is the record's, ``language`` the text's (ISO 639-1) and
    ``agency_country`` the originating agency's: where a value's reading depends on a
    region (a national phone number, a domestic account), they are tried in that order,
    then the workspace's own country."""
    out: list[tuple[Found, str]] = []
    on = profile.enabled
    if on("person") or on("organization"):
        for hit in names.find(text, context.persons):
            if on(hit.kind):
                out.append((Found(hit.start, hit.end, hit.kind, hit.subject, "names"),
                            hit.subject))
    if on("person"):
        out += _unlisted_persons(text, language, profile, [f for f, _ in out])
    regions = region_chain(country, language, agency_country, context.home_country)
    found = find_identifiers(text, on, country=country, regions=regions,
                             births=context.birth_dates, names=[f for f, _ in out])
    # The letters of an identifier are the identifier's, not a name nobody listed: the
    # "MNCRLA" that opens an Italian codice fiscale, a passport's "XK" series; so are
    # an address's words (a house, a townland, a street named after someone), which the
    # address masks anyway.
    ids = [f for f in found if f.kind in _LETTERED_IDS]
    out = [(f, subject) for f, subject in out
           if f.kind != "person" or f.detector == "names"
           or not any(i.start <= f.start and f.end <= i.end for i in ids)]
    out += [(f, f"{f.kind}:{f.key}") for f in found]
    return out


# Identifiers and addresses that hold words a person detector may read as a name.
_LETTERED_IDS = frozenset({"national_id", "passport", "account", "iban", "plate", "email",
                           "address"})


def _unlisted_persons(text: str, language: str | None, profile: RedactionProfile,
                      known: list[Found]) -> list[tuple[Found, str]]:
    """Names nobody listed (:mod:`.persons`); where a known name covers the same words,
    the known subject stands. Unsure candidates only under a fail-safe profile."""
    out = []
    for hit in find_persons(text, language):
        if not hit.sure and not profile.fail_safe:
            continue
        overlap = [k for k in known if k.start < hit.end and hit.start < k.end]
        if any(k.kind != "person" for k in overlap) or (overlap and all(
                k.start <= hit.start and hit.end <= k.end for k in overlap)):
            continue  # a known company's words, or a known name that covers it
        # A full name around a known surname ("Youssef El Mansouri" where only "El
        # Mansouri" is listed) is redacted whole, under the known person's subject.
        subject = overlap[0].key if overlap else hit.subject
        out.append((Found(hit.start, hit.end, "person", subject, hit.rule), subject))
    # The names of a machine-readable zone ("WHITLOCK<FAIRBAIRN<<IMOGEN"), whole; its
    # other letters ("POL", "P<GBR") are codes, no names.
    zones = mrz_zones(text)
    out = [(f, s) for f, s in out
           if not any(start <= f.start and f.end <= end for start, end in zones)]
    for mrz in find_mrz(text):
        if mrz.kind != "person":
            continue
        out = [(f, s) for f, s in out if not (mrz.start <= f.start and f.end <= mrz.end)]
        surname = text[mrz.start:mrz.end].split("<<")[0].replace("<", " ").split()
        subject = f"person:~{skeleton(surname[-1]) if surname else ''}"
        out.append((Found(mrz.start, mrz.end, "person", subject, mrz.detector), subject))
    # The value of a form's name field ("Фамилия АБДУЛЛАЕВ", "Επώνυμο: DEMIR"), whole.
    for start, end in find_name_fields(text):
        if any(k.kind != "person" and k.start < end and start < k.end for k in known):
            continue
        inside = [(f, s) for f, s in out if f.start < end and start < f.end]
        if any(f.start < start or f.end > end for f, _ in inside):
            continue  # a longer name the finder read across the field's edge stands
        out = [(f, s) for f, s in out if (f, s) not in inside]
        words = text[start:end].replace(",", " ").split()
        subject = inside[0][1] if inside else f"person:~{skeleton(words[0]) if words else ''}"
        out.append((Found(start, end, "person", subject, "person:form-field"), subject))
    # A table's name column: the whole cell is the name, whatever part the finder read.
    for start, end in find_name_cells(text):
        if any(k.kind != "person" and k.start < end and start < k.end for k in known):
            continue
        inside = [(f, s) for f, s in out if f.start < end and start < f.end]
        if inside and all(start <= f.start and f.end <= end for f, _ in inside):
            out = [(f, s) for f, s in out if (f, s) not in inside]
            subject = inside[0][1]
        elif inside:
            continue
        else:
            subject = "table:" + "".join(ch for ch in text[start:end] if ch.isalpha()).casefold()
        out.append((Found(start, end, "person", subject, "person:table-column"), subject))
    return [(_with_titles(text, _with_initials(text, f)), subject) for f, subject in out]


# Initials right before or after a name, on its line: "J. Carvalho", "Ευ. Κοσμίδου",
# "Колодяжный Д.В.". A name masked without them would leave them beside its mask.
_INITIALS_BEFORE = re.compile(r"(?<!\w)(?:[^\W\d_][^\W\d_]?\.[ \t]?){1,3}[ \t]?$")
# A check letter after an identifier's digits is no initial: "PP 45 39 52 B.
# Ravensworth" (a National Insurance number), "12345678 Z." (a DNI); after an account's
# last group of four it is one: "... 5284 5006 J. Carvalho".
_AFTER_DIGITS = re.compile(r"(?:(?<![\d ])\d{1,3}|\b\d{2}|\d{5,})[ \t]*$")
_INITIALS_AFTER = re.compile(r"[ \t](?:[^\W\d_][^\W\d_]?\.[ \t]?){1,3}(?![^\W\d_])")


# An initial without its dot where a name opens a line or a field: "Signed: J McGuigan"
# (no vowel: "A", "I", "O", "E", "Y" are words; no "Z", "W" is "with", "in" elsewhere).
_BARE_INITIAL = re.compile(r"(?:^|(?<=[\n\t:(,])[ \t]*)[B-DF-HJ-NP-TVX] $", re.MULTILINE)


def _with_initials(text: str, found: Found) -> Found:
    start, end = found.start, found.end
    before = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
    if before and _initials(before.group(0)) \
            and not _AFTER_DIGITS.search(text, max(0, before.start() - 12), before.start()):
        start = before.start()
    elif found.kind == "person" and (bare := _BARE_INITIAL.search(text, max(0, start - 6),
                                                                   start)):
        start = bare.end() - 2
    after = _INITIALS_AFTER.match(text, end)
    if after and _initials(after.group(0)):
        end = after.end() - (len(after.group(0)) - len(after.group(0).rstrip()))
    if (start, end) == (found.start, found.end):
        return found
    return Found(start, end, found.kind, found.key, found.detector)


# A courtesy title right before a name ("M. Zeroual", "Herr Dr. Pichler", "Frau Voß",
# "السيد جورج حداد"): masked with the name, since it tells the person's sex and, beside
# the mask, reads as half a name. Ranks and roles ("Kommissar", "suspect") stay.
_TITLE_BEFORE = re.compile(r"(?<![\w.])([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?)(\.?)[ \u00a0]+$")
_COURTESY_ARABIC = wordset("السيد السيدة الشيخ الأستاذ الدكتور الدكتورة")


def _with_titles(text: str, found: Found) -> Found:
    if found.kind != "person":
        return found
    start = found.start
    for _ in range(3):  # "Herr Dr. Prof. Name" at most
        before = _TITLE_BEFORE.search(text, max(0, start - 16), start)
        if not before:
            break
        word, dot = before.group(1), before.group(2)
        folded = fold(word)
        if folded in _COURTESY_ARABIC:
            pass
        elif folded not in TITLES or (len(word) == 1 and not dot) \
                or (script_of(word) == "latin" and not word[0].isupper()):
            break  # "me" and "m" in running text are no titles; "Me", "M." are
        start = before.start()
    if start == found.start:
        return found
    return Found(start, found.end, found.kind, found.key, found.detector)


def _initials(raw: str) -> bool:
    """Capital initials, no title among them ("Dr.", "Mr.", "M." of Monsieur stay out)."""
    parts = [p for p in re.split(r"[.\s]+", raw) if p]
    return bool(parts) and all(p[0].isupper() and fold(p) not in TITLES for p in parts)
