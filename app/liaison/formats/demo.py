"""A synthetic cross-border organised-crime case for demos, tests and benchmarks.

Six agencies in six countries report, in their own languages and scripts, on the same
invented persons, phones, vehicles, accounts and companies; :func:`ground_truth` says which
of their entities are the same real-world thing. Every record is labelled [DEMO].
"""

# ruff: noqa: S311  (synthetic demo data, not security: a seeded random.Random is the point)

from __future__ import annotations

import hashlib
import json
import os
import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from itertools import permutations, product
from math import isqrt
from pathlib import Path
from typing import ClassVar, TypeVar

from liaison.formats import demo_names as names
from liaison.model.progress import Progress
from liaison.model.records import ID_NAMESPACE, Entity, Event, Item, Link, PropertyValue, Record
from liaison.model.values import DateValue

DEMO_AGENCIES = [
    ("Bundeskriminalamt", "DE", "de"),
    ("Centralne Biuro Śledcze Policji", "PL", "pl"),
    ("Hellenic Police", "GR", "el"),
    ("General Directorate Combating Organised Crime (GDBOP)", "BG", "bg"),
    ("Policía Nacional", "ES", "es"),
    ("Direction Générale de la Sûreté Nationale (DGSN)", "MA", "ar"),
]
_PREFIX = ("BKA", "CBSP", "ELAS", "GDBOP", "PN", "DGSN")
_SYSTEM = ("de", "pl", "el", "bg", "es", "ar")  # how each agency writes persons' names
_COUNTRY = tuple(c for _, c, _ in DEMO_AGENCIES)
_AGENCY_WEIGHT = (22, 16, 14, 14, 20, 14)
_HOME = {"de": 0, "pl": 1, "el": 2, "bg": 3, "es": 4, "ar": 5}  # origin -> its country's agency
_NATIONALITY = {"ru": ("RU",), "uk": ("UA",), "bg": ("BG",), "el": ("GR", "GR", "CY"),
                "ar": ("MA", "MA", "MA", "DZ", "TN"), "de": ("DE", "DE", "AT"), "pl": ("PL",),
                "es": ("ES",)}
_ALPHA3 = {"RU": "RUS", "UA": "UKR", "BG": "BGR", "GR": "GRC", "CY": "CYP", "MA": "MAR",
           "DZ": "DZA", "TN": "TUN", "DE": "DEU", "AT": "AUT", "PL": "POL", "ES": "ESP"}
# Group profiles: who the members are, and the countries the group always works in.
_PROFILES = (
    ({"bg": 4, "el": 3, "ru": 1, "uk": 1, "ar": 1}, (3, 2)),
    ({"pl": 4, "uk": 3, "ru": 1, "de": 2}, (1, 0)),
    ({"es": 4, "ar": 5, "de": 1}, (4, 5)),
    ({"ru": 3, "bg": 2, "de": 2, "el": 1, "es": 1}, (0, 3)),
    ({"ar": 3, "el": 2, "es": 2, "pl": 1, "uk": 1}, (5, 2)),
    ({"de": 2, "pl": 2, "es": 2, "ar": 2, "bg": 2, "el": 2, "ru": 1, "uk": 1}, ()),
)
_LEGAL_BASIS = ("Council Framework Decision 2006/960/JHA",) * 5 + (
    "Bilateral police cooperation agreement",)
_H3_CONDITIONS = "No onward transmission to third countries; no judicial use without consent."
_TYPO_RATE = 0.03
_T = TypeVar("_T")


def _table(*pairs: tuple[object, int]) -> tuple:
    """A weighted choice as a flat tuple, so picking is one index (fast for 1M records)."""
    return tuple(value for value, weight in pairs for _ in range(weight))


_KINDS = _table(("meeting", 25), ("border", 18), ("calls", 20), ("finance", 15),
                ("arrest", 9), ("company", 7), ("family", 6))
_HANDLING = _table(("H0", 45), ("H1", 25), ("H2", 20), ("H3", 10))
_TLP = _table(("CLEAR", 4), ("GREEN", 40), ("AMBER", 40), ("AMBER+STRICT", 13), ("RED", 3))
_RELIABILITY = _table(("A", 15), ("B", 45), ("C", 30), ("X", 10))
_ASSESSMENT = _table(("1", 15), ("2", 45), ("3", 30), ("4", 10))
_STATUS = _table(("active", 195), ("superseded", 4), ("retracted", 1))
_PRECISION = _table(("year", 5), ("month", 12), ("day", 58), ("minute", 25))
_SET_SIZE = _table((1, 12), (2, 38), (3, 32), (4, 18))
_PHONE_COUNT = _table((0, 15), (1, 65), (2, 20))

# Day 0 is 2024-01-01; the window is two years, with room for events before reports.
_DAY_OFFSET = 120
_DAYS = tuple((date(2024, 1, 1) + timedelta(d - _DAY_OFFSET)).isoformat()
              for d in range(_DAY_OFFSET + 800))
_NS = ID_NAMESPACE.bytes
# Each language's way of writing each day, and each report's review date (three years on).
_DATE_TEXT = {lang: tuple(phrases["date"].format(d=iso[8:10], m=iso[5:7], y=iso[:4])
                          for iso in _DAYS) for lang, phrases in names.PHRASES.items()}
_REVIEW = tuple(DateValue(f"{int(iso[:4]) + 3}{iso[4:]}".replace("-02-29", "-02-28"), "day")
                for iso in _DAYS)


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}  # RFC 4122 variant bits


def fast_id(*parts: str) -> str:
    """Exactly ``stable_id(*parts)`` (UUIDv5), a third of the cost; a test checks they agree."""
    x = hashlib.sha1(_NS + "\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()
    return f"{x[:8]}-{x[8:12]}-5{x[13:16]}-{_VARIANT[x[16]]}{x[17:20]}-{x[20:32]}"


def case_size(records: int) -> tuple[int, int]:
    """(persons, groups) for a case of ``records``: enough repetition that most persons
    turn up at two or more agencies, growing sub-linearly to ~8,400 persons at 1M records."""
    persons = max(60, min(records // 6, 400 + 8 * isqrt(records)))
    return persons, min(50, max(10, persons // 45))


# -- identifiers, as each country writes them ----------------------------------------

def _phone_number(country: int, rng: random.Random, taken: set[str]) -> str:
    """A new mobile number (national significant number) in a range phonenumbers accepts."""
    while True:
        prefix, digits = rng.choice(names.PHONE_RANGES[country])
        number = f"{prefix}{rng.randrange(10 ** digits):0{digits}d}"
        if f"T{country}{number}" not in taken:
            taken.add(f"T{country}{number}")
            return number


def _phone_local(country: int, n: str, style: int) -> str:
    """The number as written in its own country: trunk prefix and the local grouping."""
    if country == 0:
        head, tail = "0" + n[:3], n[3:]
        return (f"{head} {tail[:4]} {tail[4:]}", f"{head}/{tail}", f"{head}-{tail}")[style]
    if country == 3:
        z = "0" + n
        return (f"{z[:4]} {z[4:7]} {z[7:]}", z, f"{z[:3]} {z[3:6]} {z[6:]}")[style]
    if country == 4:
        return (f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n)[style]
    if country == 5:
        z = "0" + n
        return (f"{z[:2]} {z[2:4]} {z[4:6]} {z[6:8]} {z[8:]}", f"{z[:4]}-{z[4:]}", z)[style]
    return (f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n)[style]  # PL, GR


def _phone_international(country: int, n: str, style: int) -> str:
    """The number as a foreign agency writes it, with +CC or the 00 exit code."""
    cc = names.COUNTRY_CODES[country]
    grouped = f"{n[:3]} {n[3:]}" if country == 0 else f"{n[:3]} {n[3:6]} {n[6:]}"
    return (f"+{cc} {grouped}", f"00{cc} {grouped}", f"+{cc}{n}")[style]


def _de_check(account9: str) -> str:
    """Bundesbank check-digit method 00 (weights 2,1,2,... from the right, digit sums)."""
    total = 0
    for k, ch in enumerate(reversed(account9)):
        product_ = int(ch) * (2 if k % 2 == 0 else 1)
        total += product_ // 10 + product_ % 10
    return str((10 - total % 10) % 10)


def _es_check(digits10: str) -> int:
    """One Spanish CCC control digit (weights 1,2,4,8,5,10,9,7,3,6, mod 11)."""
    value = 11 - sum(int(d) * w for d, w in zip(digits10, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6),
                                                 strict=True)) % 11
    return {11: 0, 10: 1}.get(value, value)


def _iban(country: int, rng: random.Random) -> str:
    """A new IBAN with valid ISO 7064 check digits (and the national ones schwifty checks)."""
    bank = rng.choice(names.BANK_CODES[country])

    def digits(k: int) -> str:
        return f"{rng.randrange(10 ** k):0{k}d}"

    if country == 0:
        account = str(rng.randint(1, 9)) + digits(8)
        bban = bank + account + _de_check(account)
    elif country == 3:
        bban = bank + "10" + digits(8)
    elif country == 4:
        branch, account = digits(4), digits(10)
        bban = f"{bank}{branch}{_es_check('00' + bank + branch)}{_es_check(account)}{account}"
    elif country == 5:
        body = bank + digits(16)
        bban = f"{body}{97 - int(body) * 100 % 97:02d}"  # RIB key
    else:
        bban = bank + digits(16)
    numeric = int("".join(str(int(ch, 36)) for ch in bban + _COUNTRY[country] + "00"))
    return f"{_COUNTRY[country]}{98 - numeric % 97:02d}{bban}"


def _plate(country: int, rng: random.Random, taken: set[str]) -> tuple[str, str]:
    """A new number plate: (Latin form, form in the country's own script)."""
    while True:
        latin, native = _plate_text(country, rng)
        if latin not in taken:
            taken.add(latin)
            return latin, native


def _plate_text(country: int, rng: random.Random) -> tuple[str, str]:
    area = rng.choice(names.PLATE_AREAS[country]) if names.PLATE_AREAS[country] else ""
    if country == 0:
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
        text = f"{area}-{letters} {rng.randint(1, 9999)}"
    elif country == 1:
        tail = (str(rng.randint(10000, 99999)) if rng.random() < 0.6
                else f"{rng.randint(1000, 9999)}{rng.choice('ACEFGHJKLMNPRSTUVWXY')}")
        text = f"{area} {tail}"
    elif country == 2:
        letters = "".join(rng.choice("ABEZHIKMNOPTXY") for _ in range(3))
        text = f"{letters}-{rng.randint(1000, 9999)}"
        return text, "".join(names.GREEK_PLATE.get(ch, ch) for ch in text)
    elif country == 3:
        text = f"{area} {rng.randint(1000, 9999)} " + "".join(
            rng.choice("ABEKMHOPCTYX") for _ in range(2))
        return text, "".join(names.CYRILLIC_PLATE.get(ch, ch) for ch in text)
    elif country == 4:
        text = f"{rng.randrange(10000):04d} " + "".join(
            rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
    else:
        latin, arabic = rng.choice(names.MOROCCAN_PLATE)
        number, region = rng.randint(1, 99999), rng.randint(1, 89)
        return f"{number}-{latin}-{region}", f"{number}-{arabic}-{region}"
    return text, text


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                          (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
                          strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(wmi: str, rng: random.Random) -> str:
    """A 17-character VIN with the ISO 3779 / North-American check digit in position 9."""
    descriptor = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    year, plant = rng.choice("ABCDEFGHJKLMNPR"), rng.choice(_VIN_CHARS)  # model year 2010-2024
    body = f"{wmi}{descriptor}0{year}{plant}{rng.randrange(10**6):06d}"
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(body, _VIN_WEIGHTS, strict=True)) % 11
    return body[:8] + ("X" if total == 10 else str(total)) + body[9:]


def _company_name(country: int, n: int) -> tuple[str, str]:
    """The ``n``-th synthetic company of a country: (Latin name, name in its own script)."""
    first, second, legal = names.COMPANY_WORDS[country]
    w1, w2 = first[n % len(first)], second[(n // len(first)) % len(second)]
    form = legal[n % len(legal)]
    rounds = n // (len(first) * len(second))
    suffix = f" {rounds + 1}" if rounds else ""

    def pick(word: str | tuple[str, str], latin: bool) -> str:
        return word if isinstance(word, str) else word[1 if latin else 0]

    return (f"{pick(w1, True)} {pick(w2, True)}{suffix} {pick(form, True)}",
            f"{pick(w1, False)} {pick(w2, False)}{suffix} {pick(form, False)}")


def _registration_number(country: int, rng: random.Random) -> str:
    """A company register number in the country's format (EIK and CIF with check digits)."""
    if country == 0:
        return f"HRB {rng.randint(10000, 199999)}"
    if country == 1:
        return f"KRS {rng.randint(1, 999999):010d}"
    if country == 2:
        return str(rng.randint(10**11, 10**12 - 1))  # GEMI number
    if country == 3:
        d = [rng.randint(0, 9) for _ in range(8)]
        check = sum(x * (k + 1) for k, x in enumerate(d)) % 11
        if check == 10:
            check = sum(x * (k + 3) for k, x in enumerate(d)) % 11 % 10
        return "".join(map(str, d)) + str(check)
    if country == 4:
        d = [rng.randint(0, 9) for _ in range(7)]
        odd = sum(2 * x // 10 + 2 * x % 10 for x in d[0::2])
        return "B" + "".join(map(str, d)) + str((10 - (odd + sum(d[1::2])) % 10) % 10)
    return f"RC {rng.randint(10000, 599999)}"


class DemoCase:
    """The case for one (records, seed): its world built up front, its items streamed."""

    def __init__(self, records: int, seed: int = 7) -> None:
        if records < 0:
            raise ValueError("records must be >= 0")
        self.records, self.seed = records, seed
        rng = random.Random(f"liaison-demo/{seed}/{records}")
        target, self.n_groups = case_size(records)
        self._build_people(rng, target)
        self._build_things(rng)
        self._build_pools()
        self._truth: dict[str, dict] | None = None

    # -- the world -----------------------------------------------------------------

    def _build_people(self, rng: random.Random, target: int) -> None:
        weights = [rng.uniform(0.6, 1.6) for _ in range(self.n_groups)]
        sizes = [max(5, round(target * w / sum(weights))) for w in weights]
        combos: dict[tuple[str, bool], list] = {}
        used: dict[tuple[str, bool], int] = {}
        self.p_group: list[int] = []
        self.p_origin: list[str] = []
        self.p_female: list[bool] = []
        self.p_name: list[tuple[int, tuple[int, ...]]] = []
        self.p_birth: list[str] = []
        self.p_nat: list[str] = []
        self.p_weight: list[float] = []
        self.p_agencies: list[tuple[int, ...]] = []
        self.p_bits: list[int] = []
        self.p_relative: list[tuple[int, int]] = []  # (person, relation kind) or (-1, 0)
        self.g_route: list[tuple[int, ...]] = []
        self.g_window: list[tuple[int, int]] = []
        self.g_members: list[list[int]] = []
        for g, size in enumerate(sizes):
            origins, core = _PROFILES[g % len(_PROFILES)]
            others = [a for a in range(6) if a not in core]
            rng.shuffle(others)
            route = tuple(core) + tuple(others[: rng.randint(3, 5) - len(core)])
            start = rng.randrange(300)
            self.g_route.append(route)
            self.g_window.append((start, rng.randint(300, 730 - start)))
            origin_table = _table(*origins.items())
            members: list[int] = []
            for k in range(size):
                origin = origin_table[rng.randrange(len(origin_table))]
                female = rng.random() < 0.22
                key = (origin, female)
                if key not in combos:  # every name combination once before any repeats
                    male_names, female_names, surnames = names.NAMES[origin]
                    count = names.SURNAME_COUNT.get(origin, 1)
                    combos[key] = list(product(range(len(female_names if female else male_names)),
                                               permutations(range(len(surnames)), count)))
                    rng.shuffle(combos[key])
                    used[key] = 0
                self.p_name.append(combos[key][used[key] % len(combos[key])])
                used[key] += 1
                home = _HOME.get(origin)
                size_wanted = min(_SET_SIZE[rng.randrange(len(_SET_SIZE))], len(route))
                chosen = [home] if home in route and rng.random() < 0.7 else []
                for a in rng.sample(route, len(route)):
                    if len(chosen) < size_wanted and a not in chosen:
                        chosen.append(a)
                members.append(len(self.p_group))
                self.p_group.append(g)
                self.p_origin.append(origin)
                self.p_female.append(female)
                self.p_birth.append(f"{rng.randint(1962, 2004)}-{rng.randint(1, 12):02d}-"
                                    f"{rng.randint(1, 28):02d}")
                self.p_nat.append(rng.choice(_NATIONALITY[origin]))
                self.p_weight.append(6.0 if k == 0 else 2.5 if k < size / 5 else 1.0)
                self.p_agencies.append(tuple(chosen))
                self.p_bits.append(rng.getrandbits(64))
                self.p_relative.append((-1, 0))
            for a in route:  # every agency on the route knows someone: the leader, at least
                if not any(a in self.p_agencies[i] for i in members):
                    self.p_agencies[members[0]] += (a,)
            for i in members:
                if self.p_relative[i][0] < 0 and rng.random() < 0.12:
                    j = rng.choice(members)
                    if j != i and self.p_relative[j][0] < 0:
                        kind = rng.randrange(3)
                        self.p_relative[i], self.p_relative[j] = (j, kind), (i, kind)
            self.g_members.append(members)
        self.n_persons = len(self.p_group)

    def _build_things(self, rng: random.Random) -> None:
        """Phones, bank accounts, companies and vehicles, each tied to persons of a group."""
        self.ph_country: list[int] = []
        self.ph_number: list[str] = []
        self.ac_country: list[int] = []
        self.ac_iban: list[str] = []
        self.co_country: list[int] = []
        self.co_name: list[tuple[str, str]] = []  # (Latin, native)
        self.co_reg: list[str] = []
        self.co_owner: list[int] = []
        self.co_account: list[int] = []
        self.v_country: list[int] = []
        self.v_plate: list[tuple[str, str]] = []  # (Latin, native)
        self.v_model: list[tuple[str, str, str]] = []
        self.v_vin: list[str] = []
        self.v_owner: list[tuple[str, int]] = []
        self.p_phones: list[tuple[int, ...]] = []
        self.p_account: list[int] = []
        self.g_companies: list[list[int]] = []
        self.g_vehicles: list[list[int]] = []
        taken: set[str] = set()

        def new_phone(country: int) -> int:
            number = _phone_number(country, rng, taken)
            self.ph_country.append(country)
            self.ph_number.append(number)
            return len(self.ph_number) - 1

        def new_account(country: int) -> int:
            self.ac_country.append(country)
            self.ac_iban.append(_iban(country, rng))
            return len(self.ac_iban) - 1

        for i in range(self.n_persons):
            home = _HOME.get(self.p_origin[i])
            phones = []
            for _ in range(_PHONE_COUNT[rng.randrange(len(_PHONE_COUNT))]):
                use_home = home is not None and rng.random() < 0.2
                phones.append(new_phone(home if use_home else rng.choice(self.p_agencies[i])))
            self.p_phones.append(tuple(phones))
            self.p_account.append(new_account(rng.choice(self.p_agencies[i]))
                                  if rng.random() < 0.45 else -1)
        for g, members in enumerate(self.g_members):
            route, size = self.g_route[g], len(members)
            for _ in range(max(1, size // 15)):  # burner phones shared within the group
                burner = new_phone(rng.choice(route))
                for i in rng.sample(members, min(size, rng.randint(2, 3))):
                    self.p_phones[i] += (burner,)
            core = members[: max(1, size // 5)]
            companies = []
            for _ in range(min(4, 1 + size // 30)):
                country = rng.choice(route)
                self.co_country.append(country)
                self.co_name.append(_company_name(country, sum(
                    1 for c in self.co_country if c == country) - 1))
                self.co_reg.append(_registration_number(country, rng))
                self.co_owner.append(rng.choice(core))
                self.co_account.append(new_account(country))
                companies.append(len(self.co_country) - 1)
            vehicles = []
            for _ in range(max(2, size // 5)):
                country = rng.choice(route)
                self.v_country.append(country)
                self.v_plate.append(_plate(country, rng, taken))
                model = rng.choice(names.VEHICLE_MODELS)
                self.v_model.append(model)
                self.v_vin.append(_vin(model[1], rng))
                self.v_owner.append(("P", rng.choice(members)) if rng.random() < 0.75
                                    else ("C", rng.choice(companies)))
                vehicles.append(len(self.v_country) - 1)
            self.g_companies.append(companies)
            self.g_vehicles.append(vehicles)

    def _build_pools(self) -> None:
        """Per (group, agency): who that agency can report on, weighted by prominence."""
        self.pools: list[dict[int, tuple[list[int], list[float], float]]] = []
        agency_groups: list[tuple[list[int], list[float]]] = [([], []) for _ in range(6)]
        for g, members in enumerate(self.g_members):
            pools = {}
            for a in self.g_route[g]:
                ids_, cum, total = [], [], 0.0
                for i in members:
                    if a in self.p_agencies[i]:
                        total += self.p_weight[i]
                        ids_.append(i)
                        cum.append(total)
                if ids_:
                    pools[a] = (ids_, cum, total)
                    agency_groups[a][0].append(g)
                    prev = agency_groups[a][1][-1] if agency_groups[a][1] else 0.0
                    agency_groups[a][1].append(prev + total)
            self.pools.append(pools)
        self.agency_groups = agency_groups
        self.agency_table = _table(*((a, w) for a, w in enumerate(_AGENCY_WEIGHT)
                                     if agency_groups[a][0]))

    # -- streaming -----------------------------------------------------------------

    def items(self, progress: Progress | None = None) -> Iterator[Item]:
        """Yield every record, then the entities, links and events it names, deterministically."""
        truth: dict[str, dict] = {}
        yield from _Stream(self, truth).run(progress)
        self._truth = truth

    def truth(self) -> list[dict]:
        """One dict per real-world person/vehicle/account/company/phone that appears.

        ``{"cluster": "P000123", "kind": "person", "label": <name in its own script>,
        "entity_ids": [...], "script_variants": {<entity id>: "latin"|"cyrillic"|...}}``.
        A phone is no entity but a property of persons: its ``entity_ids`` are the person
        entities that carry it, its label the E.164 number, its ``script_variants`` empty.
        """
        if self._truth is None:
            for _ in self.items():
                pass
        assert self._truth is not None
        return [self._truth[key] for key in sorted(self._truth)]


_PLATE_SCRIPT = {2: "greek", 3: "cyrillic", 5: "arabic"}
_NAME_SCRIPT = {2: "greek", 3: "cyrillic"}


class _Stream:
    """One pass over a case. What an agency writes about a person or object is fixed on its
    first mention there, which is also when the entity enters the ground truth."""

    def __init__(self, case: DemoCase, truth: dict[str, dict]) -> None:
        self.case, self.truth = case, truth
        self.rnd = random.Random(f"liaison-demo-records/{case.seed}/{case.records}").random
        self.persons: list[dict[int, tuple]] = [{} for _ in range(6)]
        self.phones: list[dict[int, str]] = [{} for _ in range(6)]
        self.vehicles: list[dict[int, tuple]] = [{} for _ in range(6)]
        self.accounts: list[dict[int, tuple]] = [{} for _ in range(6)]
        self.companies: list[dict[int, tuple]] = [{} for _ in range(6)]
        self.holders: dict[int, dict[str, None]] = {}
        self.facts: list[dict[str, str]] = [{} for _ in range(6)]  # standing links' ids
        self.counters = [0] * 6
        # Ids carry the case (seed, size): two different demo cases never share an id.
        self.key = f"{case.seed}.{case.records}"

    def run(self, progress: Progress | None) -> Iterator[Item]:
        records = self.case.records
        for n in range(records):
            if progress is not None and n % 500 == 0:
                progress.update(n, records)  # also raises OperationCancelled on cancel
            yield from self.record()
        if progress is not None:
            progress.update(records, records)
        for j, holders in self.holders.items():
            number = f"+{names.COUNTRY_CODES[self.case.ph_country[j]]}{self.case.ph_number[j]}"
            self.truth[f"T{j:06d}"] = {"cluster": f"T{j:06d}", "kind": "phone", "label": number,
                                       "entity_ids": list(holders), "script_variants": {}}

    def _register(self, cluster: str, kind: str, label: str, eid: str, script: str) -> None:
        entry = self.truth.get(cluster)
        if entry is None:
            entry = self.truth[cluster] = {"cluster": cluster, "kind": kind, "label": label,
                                           "entity_ids": [], "script_variants": {}}
        entry["entity_ids"].append(eid)
        entry["script_variants"][eid] = script

    # -- entities, as agency ``a`` writes them --------------------------------------

    def person(self, a: int, i: int, rid: str, force: tuple[int, ...] = ()) -> tuple:
        """(Entity, name as written this time, phone numbers as written)."""
        facts = self.persons[a].get(i)
        if facts is None:
            facts = self.persons[a][i] = self._person_facts(a, i)
        eid, name, birth, nationality, alias = facts
        rnd = self.rnd
        if rnd() < _TYPO_RATE:
            name = names.typo(name, rnd(), rnd())
        props = {"name": [PropertyValue(name, name)]}
        if alias:
            props["alias"] = [PropertyValue(alias, alias)]
        if birth:
            props["birthDate"] = [PropertyValue(birth, birth)]
        if nationality:
            props["nationality"] = [PropertyValue(nationality, nationality)]
        raws = []
        for j in self.case.p_phones[i]:
            if j in force or rnd() < 0.5:
                raw = self.phones[a].get(j) or self._phone_raw(a, j)
                raws.append(raw)
                self.holders.setdefault(j, {})[eid] = None
        if raws:
            props["phone"] = [PropertyValue(raw, raw) for raw in raws]
        return Entity(eid, "Person", props, [rid]), name, raws

    def _person_facts(self, a: int, i: int) -> tuple:
        c = self.case
        bits = (c.p_bits[i] >> (10 * a)) & 0x3FF
        given, surnames = c.p_name[i]
        origin, female = c.p_origin[i], c.p_female[i]
        name, script, alias = names.render_name(origin, given, surnames, female, _SYSTEM[a],
                                                bits & 0x3F)
        quirk, birth, nationality = bits >> 6, c.p_birth[i], c.p_nat[i]
        if quirk < 3:
            birth = None
        elif quirk == 3 and birth[8:] <= "12" and birth[5:7] != birth[8:]:
            birth = f"{birth[:4]}-{birth[8:]}-{birth[5:7]}"  # day and month swapped
        elif quirk == 4:
            birth = birth[:4]
        if quirk == 15:
            nationality = None
        elif a in (2, 3, 5) and quirk & 1:
            nationality = _ALPHA3[nationality]
        eid = fast_id(DEMO_AGENCIES[a][0], "demo", f"{self.key}/person/{i}")
        label = names.native_name(origin, given, surnames, female)
        self._register(f"P{i:06d}", "person", label, eid, script)
        return eid, name, birth, nationality, alias

    def _phone_raw(self, a: int, j: int) -> str:
        country, number = self.case.ph_country[j], self.case.ph_number[j]
        style = (j + a) % 3
        raw = (_phone_local(country, number, style) if country == a
               else _phone_international(country, number, style))
        self.phones[a][j] = raw
        return raw

    def vehicle(self, a: int, v: int, rid: str) -> tuple[Entity, str]:
        c = self.case
        facts = self.vehicles[a].get(v)
        if facts is None:
            latin, native = c.v_plate[v]
            if c.v_country[v] == a:
                plate, script = native, _PLATE_SCRIPT.get(a, "latin")
            else:  # Spanish and Moroccan systems store foreign plates without separators
                plate = latin.replace(" ", "").replace("-", "") if a in (4, 5) else latin
                script = "latin"
            eid = fast_id(DEMO_AGENCIES[a][0], "demo", f"{self.key}/vehicle/{v}")
            self._register(f"V{v:06d}", "vehicle", latin, eid, script)
            facts = self.vehicles[a][v] = (eid, plate, (v + a) % 3 != 0)
        eid, plate, knows_vin = facts
        model, _, vtype = c.v_model[v]
        country = _COUNTRY[c.v_country[v]]
        props = {"registrationNumber": [PropertyValue(plate, plate)],
                 "model": [PropertyValue(model, model)], "type": [PropertyValue(vtype, vtype)],
                 "country": [PropertyValue(country, country)]}
        if knows_vin:  # not FtM: Vehicle has no VIN property; see the module notes
            props["vin"] = [PropertyValue(c.v_vin[v], c.v_vin[v])]
        return Entity(eid, "Vehicle", props, [rid]), plate

    def account(self, a: int, k: int, rid: str) -> tuple[Entity, str]:
        facts = self.accounts[a].get(k)
        if facts is None:
            iban = self.case.ac_iban[k]
            # Paper format with spaces, except where a system stores it compact.
            raw = iban if a == 5 and k % 2 else " ".join(iban[p:p + 4]
                                                         for p in range(0, len(iban), 4))
            eid = fast_id(DEMO_AGENCIES[a][0], "demo", f"{self.key}/account/{k}")
            self._register(f"A{k:06d}", "account", iban, eid, "latin")
            facts = self.accounts[a][k] = (eid, raw)
        eid, raw = facts
        return Entity(eid, "BankAccount", {"iban": [PropertyValue(raw, raw)]}, [rid]), raw

    def company(self, a: int, co: int, rid: str) -> tuple[Entity, str]:
        c = self.case
        facts = self.companies[a].get(co)
        if facts is None:
            latin, native = c.co_name[co]
            home = c.co_country[co] == a
            name = native if home else latin
            script = _NAME_SCRIPT.get(a, "latin") if home else "latin"
            eid = fast_id(DEMO_AGENCIES[a][0], "demo", f"{self.key}/company/{co}")
            self._register(f"C{co:06d}", "company", latin, eid, script)
            facts = self.companies[a][co] = (eid, name)
        eid, name = facts
        country, reg = _COUNTRY[c.co_country[co]], c.co_reg[co]
        props = {"name": [PropertyValue(name, name)],
                 "jurisdiction": [PropertyValue(country, country)],
                 "registrationNumber": [PropertyValue(reg, reg)]}
        return Entity(eid, "Company", props, [rid]), name

    # -- records -------------------------------------------------------------------

    def _pick(self, pool: tuple[list[int], list[float], float], k: int) -> list[int]:
        members, cum, total = pool
        rnd, chosen = self.rnd, []
        for _ in range(3 * k):
            i = members[bisect(cum, rnd() * total)]
            if i not in chosen:
                chosen.append(i)
                if len(chosen) == k:
                    break
        return chosen

    def _when(self, iso: str) -> DateValue:
        rnd = self.rnd
        precision = _PRECISION[int(rnd() * len(_PRECISION))]
        if precision == "day":
            return DateValue(iso, "day")
        if precision == "minute":
            return DateValue(f"{iso}T{int(rnd() * 24):02d}:{int(rnd() * 60):02d}", "minute")
        return DateValue(iso[:7], "month") if precision == "month" else DateValue(iso[:4], "year")

    def record(self) -> list[Item]:
        """One record by one agency, and everything it names, in that order."""
        c, rnd = self.case, self.rnd
        a = c.agency_table[int(rnd() * len(c.agency_table))]
        groups, cum = c.agency_groups[a]
        g = groups[bisect(cum, rnd() * cum[-1])]
        start, length = c.g_window[g]
        day = _DAY_OFFSET + start + int(rnd() * length)
        self.counters[a] += 1
        reference = f"{_PREFIX[a]}-{_DAYS[day][:4]}-{self.counters[a]:06d}"
        draft = _Draft(self, a, reference, day - int(rnd() * 45))
        kind, plan = self._plan(_KINDS[int(rnd() * len(_KINDS))], g, c.pools[g][a])
        self._write[kind](self, draft, g, c.pools[g][a], plan)
        return self._finish(draft, kind, day)

    def _plan(self, kind: str, g: int, pool: tuple) -> tuple[str, tuple]:
        """Who a record of ``kind`` is about; a meeting instead when the group lacks them."""
        c, rnd = self.case, self.rnd
        if kind == "calls":  # two persons with phones, on two different lines
            persons = [i for i in self._pick(pool, 4) if c.p_phones[i]][:2]
            if len(persons) == 2:
                j0 = c.p_phones[persons[0]][int(rnd() * len(c.p_phones[persons[0]]))]
                other = [j for j in c.p_phones[persons[1]] if j != j0]
                if other:
                    return kind, (persons, (j0, other[int(rnd() * len(other))]))
        elif kind == "finance":  # two account holders; a group company pays for the others
            parties: list[tuple[str, int, int]] = []
            for i in self._pick(pool, 2):
                if c.p_account[i] >= 0:
                    parties.append(("P", i, c.p_account[i]))
                elif c.g_companies[g]:
                    co = c.g_companies[g][int(rnd() * len(c.g_companies[g]))]
                    parties.append(("C", co, c.co_account[co]))
            if len(parties) == 2 and parties[0][2] != parties[1][2]:
                return kind, tuple(parties)
        elif kind == "family":
            persons = self._pick(pool, 1)
            if c.p_relative[persons[0]][0] >= 0:
                return kind, (persons[0],)
        else:
            return kind, ()
        return "meeting", ()

    def _meeting(self, d: _Draft, g: int, pool: tuple, plan: tuple) -> None:
        persons = self._pick(pool, 2 + int(self.rnd() * 3))
        shown = [d.mention(i) for i in persons]
        d.ctx["names"] = d.join([m[1] for m in shown])
        d.ctx["place"] = self._choice(names.CITIES[d.a])
        d.event(self._when(d.ev_iso), 0, d.ctx["place"],
                [(m[0].id, "participant") for m in shown])
        for m in shown[1:]:
            pair = sorted((shown[0][0].id, m[0].id))
            d.link("Associate", pair[0], pair[1], f"associate/{pair[0]}/{pair[1]}",
                   remember=False)
        d.phone_sentences(persons)

    def _border(self, d: _Draft, g: int, pool: tuple, plan: tuple) -> None:
        c, v = self.case, self._choice(self.case.g_vehicles[g])
        persons = self._pick(pool, 1 + int(self.rnd() * 3))
        owner_kind, owner = c.v_owner[v]
        if owner_kind == "P" and owner not in persons and self.rnd() < 0.4:
            persons.append(owner)
        shown = [d.mention(i) for i in persons]
        vehicle, plate = self.vehicle(d.a, v, d.rid)
        d.entities.append(vehicle)
        d.ctx.update(p0=shown[0][1], plate=plate, place=self._choice(names.BORDER_POINTS[d.a]))
        d.event(self._when(d.ev_iso), 1, d.ctx["place"], [(shown[0][0].id, "driver")]
                + [(m[0].id, "passenger") for m in shown[1:]] + [(vehicle.id, "vehicle")])
        if owner_kind == "P" and owner in d.mentioned:
            d.link("Ownership", d.mentioned[owner][0].id, vehicle.id, f"owns/{owner}/vehicle/{v}")
        elif owner_kind == "C" and self.rnd() < 0.3:
            company, _ = self.company(d.a, owner, d.rid)
            d.entities.append(company)
            d.link("Ownership", company.id, vehicle.id, f"company/{owner}/vehicle/{v}")
        d.phone_sentences(persons)

    def _calls(self, d: _Draft, g: int, pool: tuple, plan: tuple) -> None:
        (p0, p1), (j0, j1) = plan
        rnd = self.rnd
        ends = ((d.mention(p0, (j0,)), self.phones[d.a][j0]),
                (d.mention(p1, (j1,)), self.phones[d.a][j1]))
        d.ctx.update(p0=ends[0][0][1], p1=ends[1][0][1], phone0=ends[0][1], phone1=ends[1][1])
        for _ in range(1 + int(rnd() * 3)):
            caller, receiver = ends if rnd() < 0.6 else ends[::-1]
            when = DateValue(f"{d.ev_iso}T{int(rnd() * 24):02d}:{int(rnd() * 60):02d}", "minute")
            d.link("Call", caller[0][0].id, receiver[0][0].id, None, when,
                   callerNumber=[caller[1]], receiverNumber=[receiver[1]],
                   duration=[str(20 + int(rnd() * 900))])

    def _finance(self, d: _Draft, g: int, pool: tuple, plan: tuple) -> None:
        ends = []
        for party, index, account in plan:
            if party == "P":
                holder, holder_name, _ = d.mention(index)
            else:
                holder, holder_name = self.company(d.a, index, d.rid)
                d.entities.append(holder)
            acc, raw = self.account(d.a, account, d.rid)
            d.entities.append(acc)
            d.link("Ownership", holder.id, acc.id, f"{party}{index}/account/{account}")
            ends.append((holder.id, holder_name, acc.id, raw))
        amount = 500 * (1 + int(self.rnd() * 190))
        written = f"{amount:,}".replace(",", "." if d.a in (0, 2, 4) else " ") + ",00"
        d.ctx.update(p0=ends[0][1], p1=ends[1][1], iban0=ends[0][3], iban1=ends[1][3],
                     amount=written)
        d.link("Payment", ends[0][0], ends[1][0], None, DateValue(d.ev_iso, "day"),
               amount=[f"{amount}.00"], currency=["EUR"], payerAccount=[ends[0][2]],
               beneficiaryAccount=[ends[1][2]])
        d.event(self._when(d.ev_iso), 2, "", [(ends[0][0], "payer"), (ends[1][0], "beneficiary")])

    def _arrest(self, d: _Draft, g: int, pool: tuple, plan: tuple) -> None:
        persons = self._pick(pool, 1 + (self.rnd() < 0.3))
        shown = [d.mention(i) for i in persons]
        d.ctx.update(p0=shown[0][1], place=self._choice(names.CITIES[d.a]))
        involved = [(m[0].id, "arrested") for m in shown]
        if self.rnd() < 0.3:
            vehicle, plate = self.vehicle(d.a, self._choice(self.case.g_vehicles[g]), d.rid)
            d.entities.append(vehicle)
            involved.append((vehicle.id, "seized"))
            d.extra.append(d.text["plate"].format(plate=plate))
        d.event(self._when(d.ev_iso), 3, d.ctx["place"], involved)
        d.phone_sentences(persons)

    def _company(self, d: _Draft, g: int, pool: tuple, plan: tuple) -> None:
        co = self._choice(self.case.g_companies[g])
        owner_index = self.case.co_owner[co]
        company, org = self.company(d.a, co, d.rid)
        owner = d.mention(owner_index)
        d.entities.append(company)
        d.ctx.update(p0=owner[1], org=org)
        d.link("Ownership", owner[0].id, company.id, f"owns/{owner_index}/company/{co}",
               percentage=["100"])
        if self.rnd() < 0.5:
            for i in self._pick(pool, 1):
                if i != owner_index:
                    director = d.mention(i)
                    d.link("Directorship", director[0].id, company.id, f"directs/{i}/company/{co}")

    def _family(self, d: _Draft, g: int, pool: tuple, plan: tuple) -> None:
        person = plan[0]
        relative, relation = self.case.p_relative[person]
        first, second = d.mention(person), d.mention(relative)
        word = d.text["relations"][relation]
        d.ctx.update(p0=first[1], p1=second[1], relation=word)
        low, high = sorted((person, relative))
        d.link("Family", first[0].id, second[0].id, f"family/{low}/{high}", relationship=[word])

    _write: ClassVar[dict] = {"meeting": _meeting, "border": _border, "calls": _calls,
                              "finance": _finance, "arrest": _arrest, "company": _company,
                              "family": _family}

    def _choice(self, options: Sequence[_T]) -> _T:
        return options[int(self.rnd() * len(options))]

    def _finish(self, d: _Draft, kind: str, day: int) -> list[Item]:
        """The record itself, written last (its text names everyone) but yielded first."""
        rnd = self.rnd
        agency, country, lang = DEMO_AGENCIES[d.a]
        title, sentence = d.text[kind]
        sentence = sentence.format_map(d.ctx)
        others = [m[1] for m in d.mentioned.values() if m[1] not in sentence]
        if others:  # every person a record names appears in its text (redaction relies on it)
            d.extra.insert(0, d.text["others"].format(names=d.join(others)))
        handling = _HANDLING[int(rnd() * len(_HANDLING))]
        received = _DAYS[day + 1 + int(rnd() * 20)]
        record = Record(
            id=d.rid, agency=agency, country=country, reference=d.reference,
            title="[DEMO] " + title.format_map(d.ctx),
            narrative=" ".join([d.text["notice"], sentence, *d.extra]),
            language=lang, reported=DateValue(_DAYS[day], "day"),
            received=DateValue(f"{received}T{int(rnd() * 24):02d}:{int(rnd() * 60):02d}",
                               "minute"),
            handling=handling, handling_conditions=_H3_CONDITIONS if handling == "H3" else "",
            tlp=_TLP[int(rnd() * len(_TLP))],
            reliability=_RELIABILITY[int(rnd() * len(_RELIABILITY))],
            assessment=_ASSESSMENT[int(rnd() * len(_ASSESSMENT))],
            legal_basis=_LEGAL_BASIS[d.a], purpose="Criminal investigation (synthetic demo case)",
            review_date=_REVIEW[day], status=_STATUS[int(rnd() * len(_STATUS))],
            extra={"synthetic": True},
        )
        return [record, *d.entities, *d.links, *d.events]


class _Draft:
    """One record being written: its ids and words, and the items it names so far."""

    __slots__ = ("a", "agency", "ctx", "entities", "ev_iso", "events", "extra", "facts", "key",
                 "links", "mentioned", "reference", "rid", "serial", "stream", "text")

    def __init__(self, stream: _Stream, a: int, reference: str, ev_day: int) -> None:
        self.stream, self.a, self.reference = stream, a, reference
        self.agency, _, lang = DEMO_AGENCIES[a]
        self.key = f"{stream.key}/{reference}"
        self.rid = fast_id(self.agency, "demo", self.key)
        self.text = names.PHRASES[lang]
        self.ctx = {"date": _DATE_TEXT[lang][ev_day]}
        self.ev_iso = _DAYS[ev_day]
        self.entities: list[Entity] = []
        self.links: list[Link] = []
        self.events: list[Event] = []
        self.extra: list[str] = []
        self.mentioned: dict[int, tuple] = {}
        self.facts = stream.facts[a]
        self.serial = 0

    def mention(self, i: int, force: tuple[int, ...] = ()) -> tuple:
        """Person ``i`` as this record names them: (Entity, name, phones as written)."""
        got = self.mentioned.get(i)
        if got is None:
            got = self.mentioned[i] = self.stream.person(self.a, i, self.rid, force)
            self.entities.append(got[0])
        return got

    def link(self, schema: str, source: str, target: str, fact: str | None = None,
             start: DateValue | None = None, remember: bool = True, **props: list[str]) -> None:
        """A link; standing facts (ownership, kinship) keep one id per agency, so every
        record repeating them adds its id to the same link, as entities do."""
        self.serial += 1
        if fact is None:
            lid = fast_id(self.agency, "demo", f"{self.key}/link/{self.serial}")
        elif not remember:  # associates: too many pairs to keep their ids in memory
            lid = fast_id(self.agency, "demo", f"{self.stream.key}/{fact}")
        else:
            lid = self.facts.get(fact) or self.facts.setdefault(
                fact, fast_id(self.agency, "demo", f"{self.stream.key}/{fact}"))
        self.links.append(Link(lid, schema, source, target, start, None, props, [self.rid]))

    def event(self, when: DateValue, name: int, place: str,
              involved: list[tuple[str, str]]) -> None:
        eid = fast_id(self.agency, "demo", f"{self.key}/event/{len(self.events)}")
        self.events.append(Event(eid, self.text["events"][name], when, None, place, involved,
                                 {}, [self.rid]))

    def join(self, words: list[str]) -> str:
        """'A, B and C' in the record's language."""
        if len(words) < 2:
            return "".join(words)
        return self.text["sep"].join(words[:-1]) + self.text["and"] + words[-1]

    def phone_sentences(self, persons: list[int]) -> None:
        """Say which number the first persons use, as this agency writes it."""
        for i in persons[:2]:
            _, name, raws = self.mentioned[i]
            if raws:
                self.extra.append(self.text["phone"].format(p=name, phone=raws[0]))


def generate(records: int, seed: int = 7, progress: Progress | None = None) -> Iterator[Item]:
    """Stream the synthetic case: records, then the entities, links and events they name."""
    return DemoCase(records, seed).items(progress)


def ground_truth(records: int, seed: int = 7) -> Iterator[dict]:
    """Which generated entity ids are the same real-world thing (regenerates the case)."""
    return iter(DemoCase(records, seed).truth())


def write_truth(path: Path, records: int, seed: int = 7) -> None:
    """Write :func:`ground_truth` as JSON lines, atomically (temp file, then rename)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            for line in ground_truth(records, seed):
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
