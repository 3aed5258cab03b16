"""The world of a demo case: organised groups, their persons, phones, accounts, companies
and vehicles, and which agency knows whom. Built up front from one seeded generator."""

# ruff: noqa: S311  (synthetic demo data, not security: a seeded random.Random is the point)

from __future__ import annotations

import random
from itertools import permutations, product
from math import isqrt

from liaison.formats.demo import ids, names, text
from liaison.formats.demo.agencies import AGENCY_WEIGHT, HOME

_NATIONALITY = {"ru": ("RU",), "uk": ("UA",), "bg": ("BG",), "el": ("GR", "GR", "CY"),
                "ar": ("MA", "MA", "MA", "DZ", "TN"), "de": ("DE", "DE", "AT"), "pl": ("PL",),
                "es": ("ES",)}
# Group profiles: who the members are, and the countries the group always works in.
_PROFILES = (
    ({"bg": 4, "el": 3, "ru": 1, "uk": 1, "ar": 1}, (3, 2)),
    ({"pl": 4, "uk": 3, "ru": 1, "de": 2}, (1, 0)),
    ({"es": 4, "ar": 5, "de": 1}, (4, 5)),
    ({"ru": 3, "bg": 2, "de": 2, "el": 1, "es": 1}, (0, 3)),
    ({"ar": 3, "el": 2, "es": 2, "pl": 1, "uk": 1}, (5, 2)),
    ({"de": 2, "pl": 2, "es": 2, "ar": 2, "bg": 2, "el": 2, "ru": 1, "uk": 1}, ()),
)


def weighted_table(*pairs: tuple[object, int]) -> tuple:
    """A weighted choice as a flat tuple, so picking is one index (fast for 1M records)."""
    return tuple(value for value, weight in pairs for _ in range(weight))


_SET_SIZE = weighted_table((1, 12), (2, 38), (3, 32), (4, 18))
_PHONE_COUNT = weighted_table((0, 15), (1, 65), (2, 20))


def case_size(records: int) -> tuple[int, int]:
    """(persons, groups) for a case of ``records``: enough repetition that most persons
    turn up at two or more agencies, growing sub-linearly to ~8,400 persons at 1M records."""
    persons = max(60, min(records // 6, 400 + 8 * isqrt(records)))
    return persons, min(50, max(10, persons // 45))


class CaseWorld:
    """Everything a case is about, for one (records, seed); no agency has written of it yet."""

    def __init__(self, records: int, seed: int = 7) -> None:
        if records < 0:
            raise ValueError("records must be >= 0")
        self.records, self.seed = records, seed
        rng = random.Random(f"liaison-demo/{seed}/{records}")
        target, self.n_groups = case_size(records)
        self._build_people(rng, target)
        self._build_things(rng)
        self._build_pools()

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
            origin_table = weighted_table(*origins.items())
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
                home = HOME.get(origin)
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
            number = ids.phone_number(country, rng, taken)
            self.ph_country.append(country)
            self.ph_number.append(number)
            return len(self.ph_number) - 1

        def new_account(country: int) -> int:
            self.ac_country.append(country)
            self.ac_iban.append(ids.iban(country, rng))
            return len(self.ac_iban) - 1

        for i in range(self.n_persons):
            home = HOME.get(self.p_origin[i])
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
                self.co_name.append(text.company_name(country, sum(
                    1 for c in self.co_country if c == country) - 1))
                self.co_reg.append(ids.registration_number(country, rng))
                self.co_owner.append(rng.choice(core))
                self.co_account.append(new_account(country))
                companies.append(len(self.co_country) - 1)
            vehicles = []
            for _ in range(max(2, size // 5)):
                country = rng.choice(route)
                self.v_country.append(country)
                self.v_plate.append(ids.plate(country, rng, taken))
                model = rng.choice(ids.VEHICLE_MODELS)
                self.v_model.append(model)
                self.v_vin.append(ids.vin(model[1], rng))
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
        self.agency_table = weighted_table(*((a, w) for a, w in enumerate(AGENCY_WEIGHT)
                                             if agency_groups[a][0]))
