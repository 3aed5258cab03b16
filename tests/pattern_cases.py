"""Planted patterns with their truth, for the pattern detectors' tests and benchmark.

Written apart from the demo generator (formats/demo) and from the detectors: its own
agencies, names, places and amounts, drawn from a seeded ``random.Random``. A background
of ordinary records (payments with log-normal amounts, calls, sightings at places,
associations between random people) hides patterns planted at three strengths:

- weak: below what the detectors' default thresholds ask (recall there is not a target);
- medium: what an analyst would call the pattern (targets: precision >= 0.8, recall >= 0.9);
- strong: unmistakable.

Beside them, decoys that look like each pattern but are not it (a shop paid by many
that pays one supplier; money paid on after two weeks; payments over the threshold;
a loop whose dates run the wrong way round; two networks tied twice; a busy entity busy
as usual; two people at one place hours apart, or seen by one agency only).

Each :class:`Planted` names the detector and the subject a finding must be about: entity
ids, or for a shared identifier ``identifier:<kind>:<value>``, the detectors' key form.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from liaison.model.records import Entity, Event, Link, Record, stable_id
from liaison.model.values import DateValue

AGENCIES = (("Landeskriminalamt Nord", "DE"), ("Policie Jih", "CZ"), ("Politie Oost", "NL"),
            ("Guardia Litoral", "ES"), ("Astynomia Voreia", "GR"), ("Rikospoliisi", "FI"))
SYLLABLES = ("ka", "lo", "mi", "ren", "ta", "vos", "dul", "ne", "sar", "bek", "ori", "zan",
             "pel", "um", "tir", "gav", "esh", "lun", "dro", "fay")
PLACES = tuple(f"{a}{b} {kind}".title() for a in SYLLABLES[:12] for b in SYLLABLES[8:]
               for kind in ("station", "harbour"))[:300]
START = datetime(2023, 1, 1)
DAYS = 3 * 365
STRENGTHS = ("weak", "medium", "strong")
DETECTORS = ("fan", "pass-through", "structuring", "circular", "bridge", "burst",
             "co-presence", "similar")

# What background records say: a form's wording around the names, dates and places.
BOILERPLATE = {
    "Transfer": "According to the bank report received on {date} the account holder {a} "
                "transferred money to an account held by {b}. The transfer was flagged by the "
                "financial intelligence unit for review.",
    "Call": "Telecommunications data obtained under warrant show a call on {date} between "
            "the subscriber {a} and the subscriber {b}. The content of the call is not known.",
    "Seen": "A patrol reported on {date} that {a} was seen at {place}. No further action "
            "was taken at the time.",
    "Known associates": "Intelligence indicates that {a} and {b} are known associates. The "
                        "source is considered reliable and the information credible.",
}
# A modus operandi is told in five steps; each step one of these ways (made-up cases).
MO_STEPS = (
    ("two men posing as water company engineers rang at the door of an elderly woman",
     "a woman claiming to be a nurse from the local clinic called on a pensioner",
     "a caller posing as a police officer phoned a retired teacher late at night",
     "three young men offered to repair the roof of a farmhouse for cash",
     "a courier in a fake delivery uniform asked an old man to sign for a parcel",
     "a man with a forged municipal badge announced a gas meter inspection",
     "two women asked an elderly couple for a glass of water for their sick child",
     "a smartly dressed man claimed the bank had detected fraud on the victim's card"),
    ("and while one of them kept the victim busy in the kitchen",
     "and after persuading the victim to fetch documents from another room",
     "and under the pretext of checking the pipes in the bathroom",
     "and while the victim was searching for her reading glasses",
     "and having convinced the victim that her savings were at risk",
     "and after asking to use the telephone in the hallway",
     "and while pretending to measure the windows in the living room",
     "and having gained the trust of the victim over several visits"),
    ("the second offender searched the bedroom drawers for jewellery and cash",
     "an accomplice entered through the unlocked back door and took the safe",
     "the victim was told to hand over her bank cards and write down the codes",
     "the offenders collected gold coins to be kept safe at the police station",
     "a third person loaded antique furniture into a white van parked outside",
     "the suspect photographed the victim's identity papers and cheque book",
     "a companion emptied a cash box hidden behind the wardrobe",
     "the victim was driven to the bank to withdraw a large sum in cash"),
    ("before both left in a dark estate car with foreign plates",
     "after which the offenders disappeared on foot towards the tram stop",
     "then the men drove away in a grey minibus without rear windows",
     "and the pair left promising to return with a receipt the next day",
     "before the woman walked calmly to a waiting taxi",
     "and the offenders fled on a motorcycle with a covered number plate",
     "then the caller ended the conversation and the phone was switched off",
     "after which the suspects crossed the border within hours"),
    ("The victim noticed the loss only the following morning.",
     "A neighbour later described the van and the accent of the driver.",
     "The stolen items were offered on an online marketplace a week later.",
     "Cash withdrawals with the cards followed in three different towns.",
     "The same telephone number had called other pensioners that week.",
     "The victim could describe a tattoo of a swallow on the man's hand.",
     "Fingerprints were lifted from the glass the offender drank from.",
     "The jewellery was pawned in a shop near the railway station."),
)
COLOURS = ("dark blue", "silver", "white", "black", "red", "beige", "green", "grey",
           "maroon", "yellow")
VEHICLES = ("estate car", "delivery van", "pick-up truck", "hatchback", "minibus", "saloon",
            "scooter", "camper van", "taxi", "motorbike")
MARKS = ("scar across the left eyebrow", "limp in the right leg", "gold front tooth",
         "tattoo of a spider on the neck", "shaved head and earring", "strong smell of cigars",
         "missing little finger", "squeaky voice", "beard dyed red", "birthmark on the cheek")
FILLERS = ("later", "quickly", "also", "then", "reportedly", "apparently", "again", "soon")
TO_CYRILLIC = str.maketrans("abvgdezikl" "mnoprstuf", "абвгдезикл" "мнопрстуф")


@dataclass(frozen=True)
class Planted:
    detector: str
    subject: frozenset[str]
    strength: str  # weak, medium, strong; "decoy" for what must not be found


@dataclass
class Case:
    items: list = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)
    records: int = 0

    def truth(self, detector: str, strength: str | None = None) -> list[Planted]:
        return [p for p in self.planted if p.detector == detector and p.strength != "decoy"
                and (strength is None or p.strength == strength)]


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.seed = seed
        self.case = Case()
        self.people: set[str] = set()
        self.n = 0

    # -- ids, people, records ---------------------------------------------------------

    def uid(self, *parts: object) -> str:
        return stable_id("pattern-cases", str(self.seed), *map(str, parts))

    def name(self) -> str:
        r = self.rnd
        return " ".join("".join(r.choice(SYLLABLES) for _ in range(2 + r.randrange(2))).title()
                        for _ in range(2))

    def fresh(self) -> str:
        self.n += 1
        return f"x{self.n}"

    def record(self, agency: int, when: datetime, title: str, narrative: str | None = None
               ) -> Record:
        self.case.records += 1
        name, country = AGENCIES[agency]
        if narrative is None:
            narrative = BOILERPLATE[title.split(" at ")[0]].format(
                date=when.date().isoformat(), a=self.name(), b=self.name(),
                place=title.partition(" at ")[2])
        rec = Record(self.uid("record", self.case.records), name, country,
                     f"R-{self.case.records}", title, narrative,
                     reported=DateValue(when.date().isoformat(), "day"))
        self.case.items.append(rec)
        return rec

    def person(self, key: str, rec: Record, **props: str) -> str:
        eid = self.uid("person", key)
        e = Entity(eid, "Person", record_ids=[rec.id])
        if key not in self.people:  # the name once; later records only add provenance
            self.people.add(key)
            e.add_raw("name", self.name())
        for prop, value in props.items():
            e.add_raw(prop, value)
        self.case.items.append(e)
        return eid

    def agency(self) -> int:
        return self.rnd.randrange(len(AGENCIES))

    def when(self) -> datetime:
        return START + timedelta(minutes=self.rnd.randrange(DAYS * 24 * 60))

    # -- the kinds of record ----------------------------------------------------------

    def pay(self, payer: str, payee: str, when: datetime, amount: float,
            agency: int | None = None) -> None:
        rec = self.record(self.agency() if agency is None else agency, when, "Transfer")
        a, b = self.person(payer, rec), self.person(payee, rec)
        self.case.items.append(Link(
            self.uid("pay", self.case.records), "Payment", a, b,
            start=DateValue(when.date().isoformat(), "day"),
            properties={"amount": [f"{amount:.2f}"], "currency": ["EUR"]},
            record_ids=[rec.id]))

    def call(self, a: str, b: str, when: datetime, agency: int | None = None) -> None:
        rec = self.record(self.agency() if agency is None else agency, when, "Call")
        x, y = self.person(a, rec), self.person(b, rec)
        self.case.items.append(Link(
            self.uid("call", self.case.records), "Call", x, y,
            start=DateValue(when.strftime("%Y-%m-%dT%H:%M"), "minute"), record_ids=[rec.id]))

    def sight(self, people: list[str], place: str, when: datetime, agency: int) -> None:
        rec = self.record(agency, when, f"Seen at {place}")
        ids = [self.person(p, rec) for p in people]
        self.case.items.append(Event(
            self.uid("event", self.case.records), f"Seen at {place}",
            start=DateValue(when.strftime("%Y-%m-%dT%H:%M"), "minute"), place=place,
            involved=[(i, "seen") for i in ids], record_ids=[rec.id]))

    def associate(self, a: str, b: str, agency: int, **props: str) -> None:
        rec = self.record(agency, START, "Known associates", "")
        x = self.person(a, rec, **props)
        y = self.person(b, rec)
        self.case.items.append(Link(self.uid("assoc", self.case.records), "Associate", x, y,
                                    record_ids=[rec.id]))

    def plant(self, detector: str, subject: list[str], strength: str) -> None:
        ids = [s if s.startswith("identifier:") else self.uid("person", s) for s in subject]
        self.case.planted.append(Planted(detector, frozenset(ids), strength))

    def amount(self) -> float:
        return round(min(self.rnd.lognormvariate(7.3, 1.0), 90_000), 2)


# --- background ----------------------------------------------------------------------


def _background(b: _Builder, records: int) -> None:
    population = max(50, records // 3)
    pop = [f"p{i}" for i in range(population)]
    r = b.rnd
    for _ in range(records):
        kind = r.random()
        if kind < 0.4:
            x, y = r.sample(pop, 2)
            b.pay(x, y, b.when(), b.amount())
        elif kind < 0.7:
            x, y = r.sample(pop, 2)
            b.call(x, y, b.when())
        elif kind < 0.9:
            b.sight(r.sample(pop, 1 + (r.random() < 0.3)), r.choice(PLACES), b.when(),
                    b.agency())
        else:
            x, y = r.sample(pop, 2)
            b.associate(x, y, b.agency())
    b.pop = pop  # type: ignore[attr-defined]


# --- money flows ---------------------------------------------------------------------


def _fan(b: _Builder, strength: str) -> None:
    k = {"weak": 3, "medium": 6, "strong": 10}[strength]
    hub, t0, r = b.fresh(), b.when(), b.rnd
    for _ in range(k):  # small sums in, small sums out, within 40 days
        b.pay(b.fresh(), hub, t0 + timedelta(days=r.randrange(40)), r.uniform(200, 900))
        b.pay(hub, b.fresh(), t0 + timedelta(days=r.randrange(40)), r.uniform(200, 900))
    b.plant("fan", [hub], strength)


def _fan_decoys(b: _Builder) -> None:
    r = b.rnd
    shop, t0 = b.fresh(), b.when()  # a shop: many customers, one supplier
    for _ in range(12):
        b.pay(b.fresh(), shop, t0 + timedelta(days=r.randrange(40)), r.uniform(20, 300))
    b.pay(shop, b.fresh(), t0 + timedelta(days=30), 2500)
    payroll, t0 = b.fresh(), b.when()  # a payroll: one income, many payees
    b.pay(b.fresh(), payroll, t0, 40_000)
    for _ in range(12):
        b.pay(payroll, b.fresh(), t0 + timedelta(days=r.randrange(5)), r.uniform(1500, 3000))
    slow, t0 = b.fresh(), b.when()  # many payers and payees, but over two years
    for i in range(7):
        b.pay(b.fresh(), slow, t0 + timedelta(days=100 * i), r.uniform(200, 900))
        b.pay(slow, b.fresh(), t0 + timedelta(days=100 * i + 50), r.uniform(200, 900))
    for who in (shop, payroll, slow):
        b.plant("fan", [who], "decoy")


def _pass_through(b: _Builder, strength: str) -> None:
    times = {"weak": 1, "medium": 3, "strong": 5}[strength]
    mule, t0, r = b.fresh(), b.when(), b.rnd
    for i in range(times):  # about a month apart, so no window is a fan
        got = t0 + timedelta(days=35 * i)
        amount = r.uniform(3000, 20000)
        b.pay(b.fresh(), mule, got, amount)
        b.pay(mule, b.fresh(), got + timedelta(days=r.randrange(3)),
              amount * r.uniform(0.85, 0.98))
    b.plant("pass-through", [mule], strength)


def _pass_through_decoys(b: _Builder) -> None:
    r = b.rnd
    late, t0 = b.fresh(), b.when()  # paid on, but weeks later
    small, t1 = b.fresh(), b.when()  # paid on at once, but a small part
    refund, t2 = b.fresh(), b.when()  # paid back to whoever paid
    for i in range(4):
        amount = r.uniform(3000, 20000)
        b.pay(b.fresh(), late, t0 + timedelta(days=40 * i), amount)
        b.pay(late, b.fresh(), t0 + timedelta(days=40 * i + 14), amount * 0.95)
        b.pay(b.fresh(), small, t1 + timedelta(days=40 * i), amount)
        b.pay(small, b.fresh(), t1 + timedelta(days=40 * i + 1), amount * 0.3)
        payer = b.fresh()
        b.pay(payer, refund, t2 + timedelta(days=40 * i), amount)
        b.pay(refund, payer, t2 + timedelta(days=40 * i + 1), amount)
    for who in (late, small, refund):
        b.plant("pass-through", [who], "decoy")


def _structuring(b: _Builder, strength: str) -> None:
    n = {"weak": 2, "medium": 4, "strong": 7}[strength]
    smurf, t0, r = b.fresh(), b.when(), b.rnd
    for _ in range(n):
        b.pay(smurf, b.fresh(), t0 + timedelta(days=r.randrange(25)), r.uniform(9050, 9990))
    b.plant("structuring", [smurf], strength)


def _structuring_decoys(b: _Builder) -> None:
    r = b.rnd
    over, spread, mid = b.fresh(), b.fresh(), b.fresh()
    t0 = b.when()
    for i in range(5):
        b.pay(over, b.fresh(), t0 + timedelta(days=r.randrange(25)), r.uniform(10000, 12500))
        b.pay(spread, b.fresh(), t0 + timedelta(days=80 * i), r.uniform(9050, 9990))
        b.pay(mid, b.fresh(), t0 + timedelta(days=r.randrange(25)), r.uniform(5000, 8000))
    for who in (over, spread, mid):
        b.plant("structuring", [who], "decoy")


def _circular(b: _Builder, strength: str) -> None:
    r = b.rnd
    n = r.choice((3, 4, 5))
    ring = [b.fresh() for _ in range(n)]
    gap, share = {"weak": (9, 0.6), "medium": (3, 0.92), "strong": (1, 0.97)}[strength]
    when, amount = b.when(), r.uniform(5000, 50000)
    for i in range(n):
        b.pay(ring[i], ring[(i + 1) % n], when, amount)
        when += timedelta(days=gap + r.randrange(2))
        amount *= share
    b.plant("circular", ring, strength)


def _circular_decoys(b: _Builder) -> None:
    r = b.rnd
    backwards = [b.fresh() for _ in range(3)]  # each payment before the one it would pass on
    t0, amount = b.when(), r.uniform(5000, 50000)
    for i, day in enumerate((0, 8, 4)):
        b.pay(backwards[i], backwards[(i + 1) % 3], t0 + timedelta(days=day), amount)
    unlike = [b.fresh() for _ in range(4)]  # a loop, but of unrelated sums
    for i, amount in enumerate((20000, 2500, 15000, 600)):
        b.pay(unlike[i], unlike[(i + 1) % 4], t0 + timedelta(days=2 * i), amount)
    slow = [b.fresh() for _ in range(3)]  # the right sums, over a quarter
    for i in range(3):
        b.pay(slow[i], slow[(i + 1) % 3], t0 + timedelta(days=45 * i), 10000 - 100 * i)
    for ring in (backwards, unlike, slow):
        b.plant("circular", ring, "decoy")


# --- bridges, bursts, co-presence ----------------------------------------------------


def _network(b: _Builder, size: int, agency: int) -> list[str]:
    """``size`` new people, each tied to the next two (a ring with chords: cycles)."""
    members = [b.fresh() for _ in range(size)]
    for i, m in enumerate(members):
        b.associate(m, members[(i + 1) % size], agency)
        if size > 4 and i % 2 == 0:
            b.associate(m, members[(i + 2) % size], agency)
    return members


def _bridge(b: _Builder, strength: str, by_identifier: bool) -> None:
    size = {"weak": 3, "medium": 6, "strong": 10}[strength]
    a_ag = b.agency()
    b_ag = (a_ag + 1 + b.rnd.randrange(len(AGENCIES) - 1)) % len(AGENCIES)
    side_a, side_b = _network(b, size, a_ag), _network(b, size, b_ag)
    if by_identifier:  # one phone, carried by a member of each network
        phone = f"+49151{b.rnd.randrange(10**7, 10**8)}"
        b.associate(side_a[0], side_a[1], a_ag, phone=phone)
        b.associate(side_b[0], side_b[1], b_ag, phone=phone)
        b.plant("bridge", [f"identifier:phone:{phone}"], strength)
    else:  # one person each network's records name
        go = b.fresh()
        for m in side_a[:2]:
            b.associate(go, m, a_ag)
        for m in side_b[:2]:
            b.associate(go, m, b_ag)
        b.plant("bridge", [go], strength)


def _bridge_decoys(b: _Builder) -> None:
    side_a, side_b = _network(b, 8, 0), _network(b, 8, 1)  # tied twice: not separate
    go = b.fresh()
    b.associate(go, side_a[0], 0)
    b.associate(go, side_b[0], 1)
    b.associate(side_a[4], side_b[4], 2)
    hub = b.fresh()  # a switchboard: many contacts who have nothing else
    for _ in range(15):
        b.associate(hub, b.fresh(), 3)
    chain_end = _network(b, 7, 4)[0]  # a network with a chain hanging off it
    last = chain_end
    for _ in range(7):
        nxt = b.fresh()
        b.associate(last, nxt, 5)
        last = nxt
    for who in (go, hub, chain_end):
        b.plant("bridge", [who], "decoy")


def _burst(b: _Builder, strength: str) -> None:
    peak = {"weak": 4, "medium": 10, "strong": 18}[strength]
    busy, t0, r = b.fresh(), b.when(), b.rnd
    weeks = 30
    for w in range(weeks):  # about one call a week ...
        for _ in range(r.choice((0, 1, 1, 2))):
            b.call(busy, b.fresh(), t0 + timedelta(days=7 * w + r.random() * 7))
    at = t0 + timedelta(days=7 * r.randrange(10, weeks))  # ... then a week of many
    for _ in range(peak):
        b.call(busy, b.fresh(), at + timedelta(days=r.random() * 6.9))
    b.plant("burst", [busy], strength)


def _burst_decoys(b: _Builder) -> None:
    r = b.rnd
    steady, t0 = b.fresh(), b.when()  # always busy: a busier week is nothing new
    for w in range(30):
        for _ in range(6 + r.randrange(5) + (5 if w == 20 else 0)):
            b.call(steady, b.fresh(), t0 + timedelta(days=7 * w + r.random() * 7))
    newcomer, t1 = b.fresh(), b.when()  # all at once, with no history to compare
    for _ in range(14):
        b.call(newcomer, b.fresh(), t1 + timedelta(days=r.random() * 6))
    chatty, t2 = b.fresh(), b.when()  # one report listing a dozen calls of one evening
    for w in range(20):
        if r.random() < 0.5:
            b.call(chatty, b.fresh(), t2 + timedelta(days=7 * w + r.random() * 7))
    other = b.fresh()
    rec = b.record(b.agency(), t2, "Call")
    x, y = b.person(chatty, rec), b.person(other, rec)
    for i in range(12):
        when = t2 + timedelta(days=70, minutes=15 * i)
        b.case.items.append(Link(
            b.uid("call-log", b.case.records, i), "Call", x, y,
            start=DateValue(when.strftime("%Y-%m-%dT%H:%M"), "minute"), record_ids=[rec.id]))
    for who in (steady, newcomer, chatty):
        b.plant("burst", [who], "decoy")


def _copresence(b: _Builder, strength: str) -> None:
    times = {"weak": 1, "medium": 2, "strong": 3}[strength]
    x, y, r = b.fresh(), b.fresh(), b.rnd
    for _ in range(times):
        ag = b.agency()
        other = (ag + 1 + r.randrange(len(AGENCIES) - 1)) % len(AGENCIES)
        place, when = r.choice(PLACES), b.when()
        b.sight([x], place, when, ag)
        b.sight([y], place, when + timedelta(minutes=r.randrange(5, 90)), other)
    b.plant("co-presence", [x, y], strength)


def _copresence_decoys(b: _Builder) -> None:
    r = b.rnd
    apart = (b.fresh(), b.fresh())  # same place, hours apart
    same = (b.fresh(), b.fresh())  # close, but one agency saw both
    elsewhere = (b.fresh(), b.fresh())  # same time, different places
    for _ in range(3):
        place, when = r.choice(PLACES), b.when()
        b.sight([apart[0]], place, when, 0)
        b.sight([apart[1]], place, when + timedelta(hours=5), 1)
        place, when = r.choice(PLACES), b.when()
        b.sight([same[0]], place, when, 2)
        b.sight([same[1]], place, when + timedelta(minutes=20), 2)
        when = b.when()
        b.sight([elsewhere[0]], PLACES[0], when, 3)
        b.sight([elsewhere[1]], PLACES[1], when + timedelta(minutes=10), 4)
    for pair in (apart, same, elsewhere):
        b.plant("co-presence", list(pair), "decoy")


def _mo_steps(b: _Builder, fixed: dict[int, str] | None = None) -> list[str]:
    """A way of working (five steps and the details witnesses gave) that shares at most
    two steps with any told before: sharing more would make it the same story, and the
    truth ambiguous. ``fixed`` steps are taken as given."""
    told: list[list[str]] = b.__dict__.setdefault("stories", [])
    fixed = fixed or {}
    while True:
        steps = [fixed.get(i) or b.rnd.choice(step) for i, step in enumerate(MO_STEPS)]
        if all(sum(x == y for x, y in zip(steps, old, strict=True)) <= 2 for old in told):
            told.append(steps)
            r = b.rnd
            return [*steps, f"Witnesses mentioned a {r.choice(COLOURS)} {r.choice(VEHICLES)} "
                            f"and a {r.choice(MARKS)}."]


def _mo(b: _Builder) -> str:
    return " ".join(_mo_steps(b))


def _retell(b: _Builder, text: str, changes: float) -> str:
    """The same story in another officer's words: a share of the words replaced."""
    words = text.split()
    for i in range(len(words)):
        if b.rnd.random() < changes:
            words[i] = b.rnd.choice(FILLERS)
    return " ".join(words)


def _similar(b: _Builder, strength: str) -> None:
    changes = {"weak": 0.3, "medium": 0.05, "strong": 0.01}[strength]
    story = _mo(b)
    one = b.agency()
    other = (one + 1 + b.rnd.randrange(len(AGENCIES) - 1)) % len(AGENCIES)
    retold = _retell(b, story, changes)
    if b.rnd.random() < 0.3:  # a partner writing in Cyrillic letters
        retold = retold.translate(TO_CYRILLIC)
    first = b.record(one, b.when(), "Fraud", story)
    second = b.record(other, b.when(), "Fraud", retold)
    b.case.planted.append(Planted("similar", frozenset({first.id, second.id}), strength))


def _similar_decoys(b: _Builder) -> None:
    story = _mo(b)  # one agency's two reports of one way of working: not across agencies
    ag = b.agency()
    a = b.record(ag, b.when(), "Fraud", story)
    c = b.record(ag, b.when(), "Fraud", _retell(b, story, 0.02))
    b.case.planted.append(Planted("similar", frozenset({a.id, c.id}), "decoy"))
    first = _mo_steps(b)  # two ways of working that share one step
    second = _mo_steps(b, {2: first[2]})
    x = b.record(0, b.when(), "Fraud", " ".join(first))
    y = b.record(1, b.when(), "Fraud", " ".join(second))
    b.case.planted.append(Planted("similar", frozenset({x.id, y.id}), "decoy"))


PLANTERS = {
    "fan": (_fan, _fan_decoys), "pass-through": (_pass_through, _pass_through_decoys),
    "structuring": (_structuring, _structuring_decoys),
    "circular": (_circular, _circular_decoys),
    "bridge": (lambda b, s: _bridge(b, s, b.rnd.random() < 0.5), _bridge_decoys),
    "burst": (_burst, _burst_decoys), "co-presence": (_copresence, _copresence_decoys),
    "similar": (_similar, _similar_decoys),
}


def generate(background: int, seed: int, per_strength: int = 1,
             detectors: tuple[str, ...] = DETECTORS, strengths: tuple[str, ...] = STRENGTHS,
             decoys: int = 1) -> Case:
    """A case of ``background`` ordinary records with, for each detector, ``per_strength``
    planted patterns of each strength and ``decoys`` sets of its decoys."""
    b = _Builder(seed)
    _background(b, background)
    for detector in detectors:
        plant, mislead = PLANTERS[detector]
        for strength in strengths:
            for _ in range(per_strength):
                plant(b, strength)
        for _ in range(decoys):
            mislead(b)
    return b.case


def matches(planted: Planted, key: str) -> bool:
    """True when a finding about ``key`` (its subject, space-separated) is about this."""
    return planted.subject <= set(key.split(" "))
