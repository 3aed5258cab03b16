"""Scoring one candidate pair: a score in 0..1 and the evidence an analyst reads.

The score starts from what identifies the kind of thing, and every fact is one line
of evidence with its contribution; the sum is clamped to 0..1.

* Persons, organisations, addresses: the similarity of their closest names
  (:func:`~liaison.analysis.xref.names.name_similarity`, 1.0 for the same folded key).
* Accounts, vehicles, wallets, vessels: 0.9 for a shared defining identifier (IBAN;
  VIN or number plate; wallet; IMO number), -0.5 when both have one and they differ.
* Observables (Things: a STIX SCO or indicator, a MISP attribute or object): 0.9 for a
  shared IP, domain, URL or file hash, or AS number between two autonomous systems;
  nothing against when they differ (one host has many names, one file many hashes).
  A private, documentation or special-use value (10.0.0.1, router.lan, AS64512) names
  something only inside one network and is not counted.
* Other shared strong identifiers: +0.2 (IP) to +0.45 (passport, national ID).
* Birth dates: same day +0.1; same year where one side knows only the year +0.03;
  day and month swapped +0.05; anything else -0.5.
* Persons' identifiers of one kind that both sides have and none shared count against:
  national ID -0.45 (of the same shape), passport -0.35, e-mail -0.2, phone -0.15.
* Nationality (country for the others): shared +0.05, none shared -0.15.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz

from liaison.analysis.xref.names import (
    NameForm,
    TokenWeights,
    father_of,
    name_form,
    token_similarity,
)
from liaison.analysis.xref.places import AddressKey, address_key, place_fact, same_address, sex_of
from liaison.model.cyber import CYBER_KINDS, HASH_KINDS, local_identifier

__all__ = ["DEFAULT_THRESHOLD", "LIKELY", "POSSIBLE", "Evidence", "Profile", "Scored", "family",
           "level", "plate_key", "score_pair"]

# Pairs at or above this score are listed by default. A same-name pair with nothing
# against it scores 1.0, with conflicting birth dates 0.5, names with a different
# given name about 0.35. On the demo case's ground truth (tests/benchmarks/
# bench_xref.py) 0.8 gives precision 0.98 and recall 0.98; 0.7 and 0.9 trade a
# point of one for the other.
DEFAULT_THRESHOLD = 0.8
# The two confidence levels: "likely same" (act on it) and "possible" (look at it).
# A name alone reaches "likely" only when it is rare in the store and nothing
# conflicts; pairs below "possible" are not kept.
LIKELY = DEFAULT_THRESHOLD
POSSIBLE = 0.6

# Schemas compared with each other, by FollowTheMoney family. LegalEntity is what
# a partner writes when it does not know whether a party is a person or a company.
_FAMILIES = {
    "Person": "person",
    "Organization": "org", "Company": "org", "PublicBody": "org",
    "LegalEntity": "party",
}
NAMED_FAMILIES = frozenset({"person", "org", "party", "address"})


def family(schema: str) -> str:
    """The comparison family of a schema; schemas not listed compare only with themselves."""
    if schema == "Address":
        return "address"
    return _FAMILIES.get(schema, schema)


def compatible(a: str, b: str) -> bool:
    """Whether entities of families ``a`` and ``b`` can be the same thing."""
    return a == b or ("party" in (a, b) and {a, b} <= {"party", "person", "org"})


# The strong identifiers compared exactly (entity_values.kind); a BIC is shared by a
# whole bank, so it identifies nobody. The cyber kinds count (issue 17): an IP, domain,
# URL, hash or AS number shared by two partners' observables is one observable, and a
# value shared by too many entities (a public resolver) is a hub, like a switchboard.
STRONG_KINDS = ("phone", "iban", "email", "national_id", "passport", "vin", "crypto",
                *sorted(CYBER_KINDS))
# Identifiers that define the thing itself: two accounts with one IBAN are one
# account, while two persons with one phone may be a family sharing a line.
_DEFINING = {"BankAccount": {"iban"}, "CryptoWallet": {"crypto"}, "Vehicle": {"vin", "plate"},
             "Vessel": {"imo"}}
_DEFINING_SCORE = 0.9
# Observables: the value they carry is the thing (see the module docstring). An AS
# number is the thing only when neither side observes anything else: the addresses
# of one network all share it.
_OBSERVABLE_SCHEMAS = frozenset({"Thing"})
_OBSERVED_KINDS = CYBER_KINDS - {"asn"}
_IDENTIFIER_WEIGHT = {"passport": 0.45, "national_id": 0.45, "email": 0.35, "iban": 0.35,
                      "crypto": 0.35, "phone": 0.3, "vin": 0.45, "registration": 0.4,
                      # An IP is often a household's, an office's or a VPN's.
                      "ip": 0.2, "domain": 0.3, "url": 0.3, "asn": 0.3,
                      **dict.fromkeys(CYBER_KINDS - {"ip", "domain", "url", "asn"}, 0.35)}
# Properties read as countries, by family; and as register numbers.
_COUNTRY_PROPS = {"person": {"nationality", "citizenship"},
                  "party": {"nationality", "citizenship", "jurisdiction", "country"}}
_OTHER_COUNTRY_PROPS = {"jurisdiction", "country", "registrationCountry", "mainCountry"}
_NAME_PROPS = {"Address": {"full"}}
# FollowTheMoney's parts of a person's name, in the order a whole name writes them.
_NAME_PARTS = ("title", "firstName", "secondName", "middleName", "fatherName", "patronymic",
               "motherName", "lastName")

# Plates of Greece and Bulgaria use only letters that look Latin, and Moroccan
# plates one of a few Arabic letters with fixed Latin equivalents (أ A, ب B, د D,
# هـ H, و W); partners abroad write them in Latin letters.
_PLATE_LETTERS = str.maketrans({
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),
    **dict(zip("АВЕКМНОРСТУХ", "ABEKMHOPCTYX", strict=True)),
    "\u0623": "A", "\u0627": "A", "\u0628": "B", "\u062f": "D", "\u0647": "H", "\u0648": "W",
})
_NOT_ALNUM = re.compile(r"[^0-9A-Z]+")


def plate_key(raw: str) -> str:
    """A number plate or register number compacted to Latin capitals and digits."""
    return _NOT_ALNUM.sub("", anyascii(raw.upper().translate(_PLATE_LETTERS)).upper())


class Profile:
    """What one entity offers for comparison, read from its normalised values.

    Slotted, with shared empty containers until a value arrives: a run holds one
    profile per entity, a hundred thousand of them and more.
    """

    __slots__ = ("addresses", "agencies", "births", "countries", "eid", "family", "fathers",
                 "identifiers", "names", "parts", "places", "schema", "sex")

    def __init__(self, eid: int, schema: str, agencies: frozenset[str]) -> None:
        self.eid, self.schema, self.agencies = eid, schema, agencies
        self.family = family(schema)
        self.names: tuple[tuple[str, NameForm], ...] = ()
        # Tuples, not sets: most hold one value, and an empty set alone costs 216 bytes.
        self.births: tuple[str, ...] = ()
        self.countries: tuple[str, ...] = ()
        self.identifiers: dict[str, tuple[str, ...]] = _NO_IDENTIFIERS
        # Parts of a name (firstName, lastName...): one name of the person together,
        # never names on their own ("Thomas" is no person's name).
        self.parts: tuple[tuple[str, str], ...] = ()
        # A person's addresses (as written, and as compared), birthplaces and sex.
        self.addresses: tuple[tuple[str, AddressKey], ...] = ()
        self.places: tuple[str, ...] = ()
        self.sex = ""
        # Fathers' given names, folded, each marked when written in Arabic script.
        self.fathers: tuple[tuple[str, bool], ...] = ()

    def add_value(self, prop: str, raw: str, value: str, kind: str | None) -> None:
        """Take one valid normalised value (an entity_values row) into the profile."""
        if prop in _NAME_PARTS:
            self.parts += ((prop, raw),)
        elif kind == "name" or prop in _NAME_PROPS.get(self.schema, ()):
            self.add_name(raw)
        elif kind in STRONG_KINDS:
            self.add_identifier(kind, value)
        elif kind == "date" and prop == "birthDate":
            if value not in self.births:
                self.births += (sys.intern(value),)
        elif kind == "country" and prop in _COUNTRY_PROPS.get(self.family,
                                                               _OTHER_COUNTRY_PROPS):
            if value not in self.countries:
                self.countries += (sys.intern(value),)
        elif prop in _PERSON_FACTS and self.family in ("person", "party"):
            if prop == "address":
                key = address_key(raw)
                if key is not None and all(k != key for _, k in self.addresses):
                    self.addresses += ((raw, key),)
            elif prop == "birthPlace":
                if raw not in self.places:
                    self.places += (raw,)
            else:
                self.sex = self.sex or sex_of(raw)
        elif prop in ("registrationNumber", "imoNumber"):
            key = plate_key(raw)
            if len(key) >= 4:  # shorter ones are too common to mean anything
                self.add_identifier({"Vehicle": "plate", "Vessel": "imo"}.get(
                    self.schema, "registration"), key)

    def finish(self) -> None:
        """After the last value: where no whole name was given, its parts make one
        (given names, patronymic, family name, in that order)."""
        if not self.names and self.parts:
            self.add_name(" ".join(raw for _, raw in sorted(
                self.parts, key=lambda part: _NAME_PARTS.index(part[0]))))
        if self.family == "person":
            # The father's name, from a patronymic in a name or a fatherName given apart.
            fathers = {(father_of(t), False) for _, form in self.names
                       for t, arabic in zip(form.tokens, form.arabic, strict=True)
                       if not arabic}
            for prop, raw in self.parts:
                if prop in ("fatherName", "patronymic"):
                    form = name_form(raw)
                    fathers.update(zip(form.tokens[:1], form.arabic[:1], strict=True))
            self.fathers = tuple(sorted((f, ar) for f, ar in fathers if f))
        self.parts = ()

    def add_name(self, raw: str) -> None:
        if all(r != raw for r, _ in self.names):
            form = name_form(raw)
            self.names += ((form.raw if form.raw == raw else raw, form),)

    def add_identifier(self, kind: str, value: str) -> None:
        if self.identifiers is _NO_IDENTIFIERS:
            self.identifiers = {}
        values = self.identifiers.get(kind, ())
        if value not in values:
            self.identifiers[kind] = (*values, value)


_NO_IDENTIFIERS: dict[str, tuple[str, ...]] = {}
# Properties read as facts about a person (places.py): where they live and were born.
_PERSON_FACTS = frozenset(("address", "birthPlace", "gender"))
PROFILE_PROPS = frozenset(("registrationNumber", "imoNumber", "full", "patronymic")
                          ) | _PERSON_FACTS


def _common(a: tuple[str, ...], b: tuple[str, ...]) -> list[str]:
    """The values two short tuples share, sorted."""
    return sorted(x for x in a if x in b)


@dataclass
class Evidence:
    """One fact about a pair and what it added to (or took from) the score."""

    fact: str
    weight: float

    def as_dict(self) -> dict[str, object]:
        return {"fact": self.fact, "weight": round(self.weight, 3)}


def _best_names(a: Profile, b: Profile, weights: TokenWeights
                ) -> tuple[float, str, str, bool, bool]:
    """The closest pair of names; among equally close ones (a typo variant and the name
    itself often both score 1.0), the pair most alike as written is shown. Last, whether
    some pair of names agrees as far as both go (:func:`~.names.name_agreement`)."""
    best: tuple[float, bool, float, str, str, bool] = (-1.0, False, 0.0, "", "", False)
    single = len(a.names) == 1 == len(b.names)
    for raw_a, form_a in a.names:
        for raw_b, form_b in b.names:
            same_key = form_a.key == form_b.key
            if same_key:
                sim, agrees = 1.0, True
            else:
                sim, agrees = weights.agreement(form_a, form_b)
            if sim < best[0]:
                continue
            # The written likeness only breaks ties, so one name each needs none.
            alike = 0.0 if single else fuzz.token_sort_ratio(form_a.key, form_b.key)
            candidate = (sim, same_key, alike, raw_a, raw_b, agrees)
            if candidate[:3] > best[:3]:
                best = candidate
    return best[0], best[3], best[4], best[1], best[5]


# Facts are kept as (template, arguments, weight) until a pair is known to be kept:
# most compared pairs are dropped, and formatting their evidence would be waste.
_Fact = tuple[str, tuple[object, ...], float]


def _name_fact(sim: float, raw_a: str, raw_b: str, same_key: bool, base: float) -> _Fact:
    if same_key and raw_a == raw_b:
        return "same name '{}'", (raw_a,), base
    if same_key:
        return "names '{}' / '{}' fold to the same key", (raw_a, raw_b), base
    verb = "are alike" if sim >= 0.8 else "differ"
    return "names '{}' / '{}' {} ({:.2f})", (raw_a, raw_b, verb, sim), base


# A day and month swapped (one partner writes the month first) is one date written two
# ways, and a year and month shared with a full date is one chance in hundreds for two
# people: both are more than a name, as a whole date is (at least _DATE_AGREES). A year
# alone is not: namesakes often share one.
_SWAPPED_DATE = 0.08
_YEAR_MONTH = 0.06
_DATE_AGREES = 0.06


def _date_fact(a: tuple[str, ...], b: tuple[str, ...]) -> _Fact | None:
    """Agreement or conflict of birth dates, allowing year-only and day/month swaps."""
    if not a or not b:
        return None
    both = _common(a, b)
    if both:
        shared = both[0]
        return "same birth date {}", (shared,), {10: 0.1, 7: _YEAR_MONTH}.get(len(shared), 0.04)
    for x in sorted(a):
        for y in sorted(b):
            if len(x) == 10 and len(y) == 10 and x[:4] == y[:4] and x[5:7] == y[8:] \
                    and x[8:] == y[5:7]:
                return ("birth dates {} / {} agree with day and month swapped", (x, y),
                        _SWAPPED_DATE)
            shorter = min(len(x), len(y))
            if shorter < 10 and x[:shorter] == y[:shorter]:  # a year, or a year and month
                what = "year" if shorter == 4 else "year and month"
                return ("birth dates {} / {} agree on the " + what, (x, y),
                        0.03 if shorter == 4 else _YEAR_MONTH)
    return "birth dates conflict {} / {}", (min(a), min(b)), -0.5


def _country_fact(a: Profile, b: Profile) -> _Fact | None:
    if not a.countries or not b.countries:
        return None
    what = "nationality" if a.family == "person" else "country"
    shared = _common(a.countries, b.countries)
    if shared:
        return "same {} {}", (what, ", ".join(shared).upper()), 0.05
    return "{} differs {} / {}", (what, ", ".join(sorted(a.countries)).upper(),
                                  ", ".join(sorted(b.countries)).upper()), -0.15


_LABELS = {"plate": "number plate", "national_id": "national ID", "iban": "IBAN",
           "vin": "VIN", "email": "e-mail", "crypto": "wallet", "imo": "IMO number",
           "registration": "register number", "ip": "IP", "domain": "domain", "url": "URL",
           "asn": "AS number", **{k: name for k, (_, name) in HASH_KINDS.items()}}


# What a person's identifier of one kind that differs on both sides takes off: a national
# ID is for life (compared only with one of the same shape: a PESEL is no ID card
# number); a passport may have been renewed; people change phones and mailboxes.
_CONFLICT_WEIGHT = {"national_id": -0.45, "passport": -0.35, "email": -0.2, "phone": -0.15}
_SHAPED = frozenset({"national_id", "passport"})


def _shape(value: str) -> str:
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value.upper()))


def _conflicts(a: Profile, b: Profile) -> list[_Fact]:
    """Evidence against: identifiers of one kind that both sides have and none shared."""
    out: list[_Fact] = []
    for kind, weight in _CONFLICT_WEIGHT.items():
        mine, theirs = a.identifiers.get(kind, ()), b.identifiers.get(kind, ())
        if not mine or not theirs or _common(mine, theirs):
            continue
        pairs = [(x, y) for x in sorted(mine) for y in sorted(theirs)
                 if kind not in _SHAPED or _shape(x) == _shape(y)]
        if pairs:
            x, y = pairs[0]
            out.append(("different {} {} / {}", (_LABELS.get(kind, kind), x, y), weight))
    return out


def _person_facts(a: Profile, b: Profile, facts: list[_Fact]) -> bool:
    """Add what addresses, birthplaces and sex say; True when an address is shared
    (which, like an identifier, is more than a name)."""
    shared = False
    if a.addresses and b.addresses and same_address(
            tuple(k for _, k in a.addresses), tuple(k for _, k in b.addresses)):
        raw = next(r for r, k in a.addresses if same_address((k,), tuple(
            kb for _, kb in b.addresses)))
        facts.append(("same address {}", (raw,), 0.15))
        shared = True
    place = place_fact(a.places, b.places)
    if place and place[0] == "same":
        facts.append(("same birthplace {}", (a.places[0],), 0.03))
    elif place:
        facts.append(("birthplaces differ {} / {}", (a.places[0], b.places[0]), -0.1))
    if a.sex and b.sex and a.sex != b.sex:
        facts.append(("sex differs {} / {}", (a.sex, b.sex), -0.3))
    if a.fathers and b.fathers and not any(
            x[:4] == y[:4] or token_similarity(x, y, xa, ya) >= 0.85
            for x, xa in a.fathers for y, ya in b.fathers):
        facts.append(("fathers' names differ {} / {}", (a.fathers[0][0], b.fathers[0][0]),
                      -0.3))
    return shared


# Birth date and nationality together add at most this much.
_MAX_LIFT = 0.15
# Where a pair that only a name joins is put when the name is common or another fact
# conflicts: below "likely", inside "possible".
_NAME_ALONE = LIKELY - 0.05
# A name alone makes a pair "likely" only when the names agree at least this well: two
# men who share a family name and one of their given names are often two men.
_NAME_ALONE_AGREES = 0.9


@dataclass(slots=True)
class Scored:
    """One compared pair: its score, the evidence, and what the run needs to know of it."""

    score: float
    evidence: list[Evidence]
    name_similarity: float  # of the closest names; -1 where a side has none
    name_only: bool  # nothing but the name agrees (no identifier, no birth date)
    kept: bool  # stored: at the floor, or sharing an identifier

    @property
    def level(self) -> str:
        return level(self.score)


def level(score: float) -> str:
    """'likely' (act on it), 'possible' (look at it) or 'unlikely' (not kept)."""
    return "likely" if score >= LIKELY else "possible" if score >= POSSIBLE else "unlikely"


def score_pair(a: Profile, b: Profile, weights: TokenWeights,
               hubs: frozenset[tuple[str, str]] = frozenset(), floor: float = 0.0,
               common: str | None = None) -> Scored:
    """Score two entities of compatible schemas.

    ``weights`` says how much each name token counts; ``hubs`` are identifier
    values shared so widely that they are ignored. A pair that shares no identifier
    and scores below ``floor`` is not kept (and its evidence is not written out).
    ``common`` says why the pair's name is common in the store (see the engine): a
    common name alone makes a pair "possible", never "likely"; so does a name alone
    against a conflicting fact.
    """
    facts: list[_Fact] = []
    base = 0.0
    defining = _DEFINING.get(a.schema, set()) if a.schema == b.schema else set()
    if a.schema == b.schema and a.schema in _OBSERVABLE_SCHEMAS:
        defining = _OBSERVED_KINDS
        if not _observes(a) and not _observes(b):
            defining = CYBER_KINDS  # two autonomous systems
    shared_ids = []
    uncounted: list[_Fact] = []  # shared, said, and worth nothing
    for kind in sorted(a.identifiers.keys() & b.identifiers.keys()):
        values = _common(a.identifiers[kind], b.identifiers[kind])
        if values and hubs:
            values = [v for v in values if (kind, v) not in hubs]
        if values and kind in CYBER_KINDS:
            values, uncounted = _cyber_values(kind, values, a, b, uncounted)
        if values:
            shared_ids.append((kind, values))
    sim, name_fact, covered = -1.0, None, False
    if a.names and b.names:
        sim, raw_a, raw_b, same_key, covered = _best_names(a, b, weights)
        base = sim if a.family in NAMED_FAMILIES else 0.0
        if base + _MAX_LIFT < floor and not shared_ids:
            return Scored(base, [], sim, True, False)
        if base or sim >= 0.8:
            name_fact = _name_fact(sim, raw_a, raw_b, same_key, base)
            facts.append(name_fact)
    for kind, shared in shared_ids:
        if kind in defining:
            # The first defining match makes the pair; more of them add a little.
            weight = _DEFINING_SCORE - base if base < _DEFINING_SCORE else 0.03
            base = max(base, _DEFINING_SCORE)
        else:
            weight = _IDENTIFIER_WEIGHT.get(kind, 0.3)
        more = f" (and {len(shared) - 1} more)" if len(shared) > 1 else ""
        facts.append(("same {} {}{}", (_LABELS.get(kind, kind), shared[0], more), weight))
    for kind in sorted(defining - CYBER_KINDS):
        mine, theirs = a.identifiers.get(kind), b.identifiers.get(kind)
        if mine and theirs and not _common(mine, theirs):
            facts.append(("different {} {} / {}",
                          (_LABELS.get(kind, kind), min(mine), min(theirs)), -0.5))
    dates = None
    lived = False
    if a.family in ("person", "party") and b.family in ("person", "party"):
        facts += _conflicts(a, b)
        dates = _date_fact(a.births, b.births)
        if dates:
            facts.append(dates)
        lived = _person_facts(a, b, facts)
    countries = _country_fact(a, b)
    if countries:
        facts.append(countries)
    facts += uncounted
    # A shared year of birth (or a day and month swapped) is too weak to stand for more
    # than the name: among namesakes it is often shared too.
    name_only = not shared_ids and not (dates and dates[2] >= _DATE_AGREES) and not lived
    # Rounded as stored, so that a pair is judged at the score it is listed with.
    total = round(sum(f[2] for f in facts), 4)
    if name_only and name_fact and total >= LIKELY:
        against = [f for f in facts if f[2] < 0]
        # Names left out (a middle name, a second family name) are not names that differ.
        partly = sim < _NAME_ALONE_AGREES and not covered
        if against or common or partly:
            # Into "possible", in the order the pairs had: 0.8 .. 1.0 become 0.6 .. 0.75.
            lowered = POSSIBLE + (_NAME_ALONE - POSSIBLE) * (min(total, 1.0) - LIKELY) / (
                1.0 - LIKELY)
            why = ("another fact disagrees" if against else common if common
                   else "the names agree only in part")
            facts.append(("only the name agrees, and {}", (why,), lowered - total))
            total = lowered
    score = round(_clamp(total), 4)
    kept = score >= floor or bool(shared_ids)
    evidence = [Evidence(template.format(*args), weight)
                for template, args, weight in facts] if kept else []
    return Scored(score, evidence, sim, name_only, kept)


def _observes(p: Profile) -> bool:
    """Whether an entity carries an address, name, URL or hash (more than an AS number)."""
    return any(kind in p.identifiers for kind in _OBSERVED_KINDS)


def _cyber_values(kind: str, values: list[str], a: Profile, b: Profile,
                  uncounted: list[_Fact]) -> tuple[list[str], list[_Fact]]:
    """The shared cyber values that count, and the facts saying which did not and why:
    a value that names something only inside one network, or an AS number beside an
    address (every address of that network shares it)."""
    counted = []
    for value in values:
        why = local_identifier(kind, value)
        if not why and kind == "asn" and (_observes(a) or _observes(b)):
            why = "the network of an address, not the address"
        if why:
            uncounted = [*uncounted, ("same {} {}, not counted: {}",
                                      (_LABELS.get(kind, kind), value, why), 0.0)]
        else:
            counted.append(value)
    return counted, uncounted


def _clamp(score: float) -> float:
    return max(0.0, min(1.0, score))
