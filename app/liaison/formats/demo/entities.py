"""Persons and objects of a demo case as each agency writes them.

What an agency writes about a person or object is fixed on its first mention there
(its spelling, the birth date it holds, its plate format), which is also when the entity
enters the ground truth; each record then carries a fresh copy, with the odd typo.
"""

from __future__ import annotations

from collections.abc import Callable

from liaison.formats.demo import ids, names
from liaison.formats.demo.agencies import COUNTRY, DEMO_AGENCIES, SYSTEM, fast_id
from liaison.formats.demo.world import CaseWorld
from liaison.model.records import Entity, PropertyValue

_ALPHA3 = {"RU": "RUS", "UA": "UKR", "BG": "BGR", "GR": "GRC", "CY": "CYP", "MA": "MAR",
           "DZ": "DZA", "TN": "TUN", "DE": "DEU", "AT": "AUT", "PL": "POL", "ES": "ESP"}
_TYPO_RATE = 0.03
_PLATE_SCRIPT = {2: "greek", 3: "cyrillic", 5: "arabic"}
_NAME_SCRIPT = {2: "greek", 3: "cyrillic"}


class AgencyEntities:
    """Each agency's fixed view of the persons, phones, vehicles, accounts and companies it
    has named so far, and the ground truth they enter on first mention."""

    def __init__(self, case: CaseWorld, key: str, rnd: Callable[[], float],
                 truth: dict[str, dict]) -> None:
        self.case, self.key, self.rnd, self.truth = case, key, rnd, truth
        self.persons: list[dict[int, tuple]] = [{} for _ in range(6)]
        self.phones: list[dict[int, str]] = [{} for _ in range(6)]
        self.vehicles: list[dict[int, tuple]] = [{} for _ in range(6)]
        self.accounts: list[dict[int, tuple]] = [{} for _ in range(6)]
        self.companies: list[dict[int, tuple]] = [{} for _ in range(6)]
        self.holders: dict[int, dict[str, None]] = {}

    def register_phones(self) -> None:
        """Add each phone that was named to the truth, with the person entities carrying it."""
        for j, holders in self.holders.items():
            number = f"+{ids.COUNTRY_CODES[self.case.ph_country[j]]}{self.case.ph_number[j]}"
            self.truth[f"T{j:06d}"] = {"cluster": f"T{j:06d}", "kind": "phone", "label": number,
                                       "entity_ids": list(holders), "script_variants": {}}

    def _register(self, cluster: str, kind: str, label: str, eid: str, script: str) -> None:
        entry = self.truth.get(cluster)
        if entry is None:
            entry = self.truth[cluster] = {"cluster": cluster, "kind": kind, "label": label,
                                           "entity_ids": [], "script_variants": {}}
        entry["entity_ids"].append(eid)
        entry["script_variants"][eid] = script

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
        name, script, alias = names.render_name(origin, given, surnames, female, SYSTEM[a],
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
        raw = (ids.phone_local(country, number, style) if country == a
               else ids.phone_international(country, number, style))
        self.phones[a][j] = raw
        return raw

    def vehicle(self, a: int, v: int, rid: str) -> tuple[Entity, str]:
        """(Entity, plate as written) of vehicle ``v`` in a record of agency ``a``."""
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
        country = COUNTRY[c.v_country[v]]
        props = {"registrationNumber": [PropertyValue(plate, plate)],
                 "model": [PropertyValue(model, model)], "type": [PropertyValue(vtype, vtype)],
                 "country": [PropertyValue(country, country)]}
        if knows_vin:  # not FtM: Vehicle has no VIN property; see the module notes
            props["vin"] = [PropertyValue(c.v_vin[v], c.v_vin[v])]
        return Entity(eid, "Vehicle", props, [rid]), plate

    def account(self, a: int, k: int, rid: str) -> tuple[Entity, str]:
        """(Entity, IBAN as written) of account ``k`` in a record of agency ``a``."""
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
        """(Entity, name as written) of company ``co`` in a record of agency ``a``."""
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
        country, reg = COUNTRY[c.co_country[co]], c.co_reg[co]
        props = {"name": [PropertyValue(name, name)],
                 "jurisdiction": [PropertyValue(country, country)],
                 "registrationNumber": [PropertyValue(reg, reg)]}
        return Entity(eid, "Company", props, [rid]), name
