"""The record stream of a demo case: one seeded pass that writes each record and yields it,
followed by the entities, links and events it names.

What each kind of record says and whom it names is in ``record_kinds``; how each
agency writes a person or object is in ``entities``.
"""

# ruff: noqa: S311  (synthetic demo data, not security: a seeded random.Random is the point)

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import TypeVar

from liaison.formats.demo import record_kinds as kinds
from liaison.formats.demo.agencies import (
    DEMO_AGENCIES,
    H3_CONDITIONS,
    LEGAL_BASIS,
    PREFIX,
    fast_id,
)
from liaison.formats.demo.entities import AgencyEntities
from liaison.formats.demo.text import PHRASES
from liaison.formats.demo.world import CaseWorld, weighted_table
from liaison.model.progress import Progress
from liaison.model.records import Entity, Event, Item, Link, Record
from liaison.model.values import DateValue

_T = TypeVar("_T")

_KINDS = weighted_table(("meeting", 25), ("border", 18), ("calls", 20), ("finance", 15),
                        ("arrest", 9), ("company", 7), ("family", 6))
_HANDLING = weighted_table(("H0", 45), ("H1", 25), ("H2", 20), ("H3", 10))
_TLP = weighted_table(("CLEAR", 4), ("GREEN", 40), ("AMBER", 40), ("AMBER+STRICT", 13),
                      ("RED", 3))
_RELIABILITY = weighted_table(("A", 15), ("B", 45), ("C", 30), ("X", 10))
_ASSESSMENT = weighted_table(("1", 15), ("2", 45), ("3", 30), ("4", 10))
_STATUS = weighted_table(("active", 195), ("superseded", 4), ("retracted", 1))
_PRECISION = weighted_table(("year", 5), ("month", 12), ("day", 58), ("minute", 25))

# Day 0 is 2024-01-01; the window is two years, with room for events before reports.
_DAY_OFFSET = 120
_DAYS = tuple((date(2024, 1, 1) + timedelta(d - _DAY_OFFSET)).isoformat()
              for d in range(_DAY_OFFSET + 800))
# Each language's way of writing each day, and each report's review date (three years on).
_DATE_TEXT = {lang: tuple(phrases["date"].format(d=iso[8:10], m=iso[5:7], y=iso[:4])
                          for iso in _DAYS) for lang, phrases in PHRASES.items()}
_REVIEW = tuple(DateValue(f"{int(iso[:4]) + 3}{iso[4:]}".replace("-02-29", "-02-28"), "day")
                for iso in _DAYS)


class RecordStream:
    """One pass over a case: records drawn from one seeded generator, so the same case
    always yields the same items in the same order."""

    def __init__(self, case: CaseWorld, truth: dict[str, dict]) -> None:
        self.case = case
        self.rnd = random.Random(f"liaison-demo-records/{case.seed}/{case.records}").random
        self.facts: list[dict[str, str]] = [{} for _ in range(6)]  # standing links' ids
        self.counters = [0] * 6
        # Ids carry the case (seed, size): two different demo cases never share an id.
        self.key = f"{case.seed}.{case.records}"
        self.entities = AgencyEntities(case, self.key, self.rnd, truth)

    def run(self, progress: Progress | None) -> Iterator[Item]:
        records = self.case.records
        for n in range(records):
            if progress is not None and n % 500 == 0:
                progress.update(n, records)  # also raises OperationCancelled on cancel
            yield from self.record()
        if progress is not None:
            progress.update(records, records)
        self.entities.register_phones()

    def pick(self, pool: tuple[list[int], list[float], float], k: int) -> list[int]:
        """Up to ``k`` different persons of a pool, the prominent ones more often."""
        members, cum, total = pool
        rnd, chosen = self.rnd, []
        for _ in range(3 * k):
            i = members[bisect(cum, rnd() * total)]
            if i not in chosen:
                chosen.append(i)
                if len(chosen) == k:
                    break
        return chosen

    def when(self, iso: str) -> DateValue:
        """The day ``iso`` as precisely as a report knows it: a year, month, day or minute."""
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
        reference = f"{PREFIX[a]}-{_DAYS[day][:4]}-{self.counters[a]:06d}"
        draft = Draft(self, a, reference, day - int(rnd() * 45))
        kind, plan = kinds.plan_record(self, _KINDS[int(rnd() * len(_KINDS))], g, c.pools[g][a])
        kinds.WRITERS[kind](self, draft, g, c.pools[g][a], plan)
        return self._finish(draft, kind, day)

    def choice(self, options: Sequence[_T]) -> _T:
        """One of ``options``, drawn from the stream's generator."""
        return options[int(self.rnd() * len(options))]

    def _finish(self, d: Draft, kind: str, day: int) -> list[Item]:
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
            handling=handling, handling_conditions=H3_CONDITIONS if handling == "H3" else "",
            tlp=_TLP[int(rnd() * len(_TLP))],
            reliability=_RELIABILITY[int(rnd() * len(_RELIABILITY))],
            assessment=_ASSESSMENT[int(rnd() * len(_ASSESSMENT))],
            legal_basis=LEGAL_BASIS[d.a], purpose="Criminal investigation (synthetic demo case)",
            review_date=_REVIEW[day], status=_STATUS[int(rnd() * len(_STATUS))],
            extra={"synthetic": True},
        )
        return [record, *d.entities, *d.links, *d.events]


class Draft:
    """One record being written: its ids and words, and the items it names so far."""

    __slots__ = ("a", "agency", "ctx", "entities", "ev_iso", "events", "extra", "facts", "key",
                 "links", "mentioned", "reference", "rid", "serial", "stream", "text")

    def __init__(self, stream: RecordStream, a: int, reference: str, ev_day: int) -> None:
        self.stream, self.a, self.reference = stream, a, reference
        self.agency, _, lang = DEMO_AGENCIES[a]
        self.key = f"{stream.key}/{reference}"
        self.rid = fast_id(self.agency, "demo", self.key)
        self.text = PHRASES[lang]
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
            got = self.mentioned[i] = self.stream.entities.person(self.a, i, self.rid, force)
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
