"""The kinds of record in a demo case (meeting, border check, calls, payment, arrest,
company check, family), each as a plan of whom it is about and a writer of what it says."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from liaison.formats.demo.text import BORDER_POINTS, CITIES
from liaison.model.values import DateValue

if TYPE_CHECKING:
    from liaison.formats.demo.stream import Draft, RecordStream


def plan_record(stream: RecordStream, kind: str, g: int, pool: tuple) -> tuple[str, tuple]:
    """Who a record of ``kind`` is about; a meeting instead when the group lacks them."""
    c, rnd = stream.case, stream.rnd
    if kind == "calls":  # two persons with phones, on two different lines
        persons = [i for i in stream.pick(pool, 4) if c.p_phones[i]][:2]
        if len(persons) == 2:
            j0 = c.p_phones[persons[0]][int(rnd() * len(c.p_phones[persons[0]]))]
            other = [j for j in c.p_phones[persons[1]] if j != j0]
            if other:
                return kind, (persons, (j0, other[int(rnd() * len(other))]))
    elif kind == "finance":  # two account holders; a group company pays for the others
        parties: list[tuple[str, int, int]] = []
        for i in stream.pick(pool, 2):
            if c.p_account[i] >= 0:
                parties.append(("P", i, c.p_account[i]))
            elif c.g_companies[g]:
                co = c.g_companies[g][int(rnd() * len(c.g_companies[g]))]
                parties.append(("C", co, c.co_account[co]))
        if len(parties) == 2 and parties[0][2] != parties[1][2]:
            return kind, tuple(parties)
    elif kind == "family":
        persons = stream.pick(pool, 1)
        if c.p_relative[persons[0]][0] >= 0:
            return kind, (persons[0],)
    else:
        return kind, ()
    return "meeting", ()


def _meeting(stream: RecordStream, d: Draft, g: int, pool: tuple, plan: tuple) -> None:
    persons = stream.pick(pool, 2 + int(stream.rnd() * 3))
    shown = [d.mention(i) for i in persons]
    d.ctx["names"] = d.join([m[1] for m in shown])
    d.ctx["place"] = stream.choice(CITIES[d.a])
    d.event(stream.when(d.ev_iso), 0, d.ctx["place"],
            [(m[0].id, "participant") for m in shown])
    for m in shown[1:]:
        pair = sorted((shown[0][0].id, m[0].id))
        d.link("Associate", pair[0], pair[1], f"associate/{pair[0]}/{pair[1]}",
               remember=False)
    d.phone_sentences(persons)


def _border(stream: RecordStream, d: Draft, g: int, pool: tuple, plan: tuple) -> None:
    c, v = stream.case, stream.choice(stream.case.g_vehicles[g])
    persons = stream.pick(pool, 1 + int(stream.rnd() * 3))
    owner_kind, owner = c.v_owner[v]
    if owner_kind == "P" and owner not in persons and stream.rnd() < 0.4:
        persons.append(owner)
    shown = [d.mention(i) for i in persons]
    vehicle, plate = stream.entities.vehicle(d.a, v, d.rid)
    d.entities.append(vehicle)
    d.ctx.update(p0=shown[0][1], plate=plate, place=stream.choice(BORDER_POINTS[d.a]))
    d.event(stream.when(d.ev_iso), 1, d.ctx["place"], [(shown[0][0].id, "driver")]
            + [(m[0].id, "passenger") for m in shown[1:]] + [(vehicle.id, "vehicle")])
    if owner_kind == "P" and owner in d.mentioned:
        d.link("Ownership", d.mentioned[owner][0].id, vehicle.id, f"owns/{owner}/vehicle/{v}")
    elif owner_kind == "C" and stream.rnd() < 0.3:
        company, _ = stream.entities.company(d.a, owner, d.rid)
        d.entities.append(company)
        d.link("Ownership", company.id, vehicle.id, f"company/{owner}/vehicle/{v}")
    d.phone_sentences(persons)


def _calls(stream: RecordStream, d: Draft, g: int, pool: tuple, plan: tuple) -> None:
    (p0, p1), (j0, j1) = plan
    rnd = stream.rnd
    ends = ((d.mention(p0, (j0,)), stream.entities.phones[d.a][j0]),
            (d.mention(p1, (j1,)), stream.entities.phones[d.a][j1]))
    d.ctx.update(p0=ends[0][0][1], p1=ends[1][0][1], phone0=ends[0][1], phone1=ends[1][1])
    for _ in range(1 + int(rnd() * 3)):
        caller, receiver = ends if rnd() < 0.6 else ends[::-1]
        when = DateValue(f"{d.ev_iso}T{int(rnd() * 24):02d}:{int(rnd() * 60):02d}", "minute")
        d.link("Call", caller[0][0].id, receiver[0][0].id, None, when,
               callerNumber=[caller[1]], receiverNumber=[receiver[1]],
               duration=[str(20 + int(rnd() * 900))])


def _finance(stream: RecordStream, d: Draft, g: int, pool: tuple, plan: tuple) -> None:
    ends = []
    for party, index, account in plan:
        if party == "P":
            holder, holder_name, _ = d.mention(index)
        else:
            holder, holder_name = stream.entities.company(d.a, index, d.rid)
            d.entities.append(holder)
        acc, raw = stream.entities.account(d.a, account, d.rid)
        d.entities.append(acc)
        d.link("Ownership", holder.id, acc.id, f"{party}{index}/account/{account}")
        ends.append((holder.id, holder_name, acc.id, raw))
    amount = 500 * (1 + int(stream.rnd() * 190))
    written = f"{amount:,}".replace(",", "." if d.a in (0, 2, 4) else " ") + ",00"
    d.ctx.update(p0=ends[0][1], p1=ends[1][1], iban0=ends[0][3], iban1=ends[1][3],
                 amount=written)
    d.link("Payment", ends[0][0], ends[1][0], None, DateValue(d.ev_iso, "day"),
           amount=[f"{amount}.00"], currency=["EUR"], payerAccount=[ends[0][2]],
           beneficiaryAccount=[ends[1][2]])
    d.event(stream.when(d.ev_iso), 2, "", [(ends[0][0], "payer"), (ends[1][0], "beneficiary")])


def _arrest(stream: RecordStream, d: Draft, g: int, pool: tuple, plan: tuple) -> None:
    persons = stream.pick(pool, 1 + (stream.rnd() < 0.3))
    shown = [d.mention(i) for i in persons]
    d.ctx.update(p0=shown[0][1], place=stream.choice(CITIES[d.a]))
    involved = [(m[0].id, "arrested") for m in shown]
    if stream.rnd() < 0.3:
        vehicle, plate = stream.entities.vehicle(d.a, stream.choice(stream.case.g_vehicles[g]),
                                                 d.rid)
        d.entities.append(vehicle)
        involved.append((vehicle.id, "seized"))
        d.extra.append(d.text["plate"].format(plate=plate))
    d.event(stream.when(d.ev_iso), 3, d.ctx["place"], involved)
    d.phone_sentences(persons)


def _company(stream: RecordStream, d: Draft, g: int, pool: tuple, plan: tuple) -> None:
    co = stream.choice(stream.case.g_companies[g])
    owner_index = stream.case.co_owner[co]
    company, org = stream.entities.company(d.a, co, d.rid)
    owner = d.mention(owner_index)
    d.entities.append(company)
    d.ctx.update(p0=owner[1], org=org)
    d.link("Ownership", owner[0].id, company.id, f"owns/{owner_index}/company/{co}",
           percentage=["100"])
    if stream.rnd() < 0.5:
        for i in stream.pick(pool, 1):
            if i != owner_index:
                director = d.mention(i)
                d.link("Directorship", director[0].id, company.id, f"directs/{i}/company/{co}")


def _family(stream: RecordStream, d: Draft, g: int, pool: tuple, plan: tuple) -> None:
    person = plan[0]
    relative, relation = stream.case.p_relative[person]
    first, second = d.mention(person), d.mention(relative)
    word = d.text["relations"][relation]
    d.ctx.update(p0=first[1], p1=second[1], relation=word)
    low, high = sorted((person, relative))
    d.link("Family", first[0].id, second[0].id, f"family/{low}/{high}", relationship=[word])


# What each kind of record says and names, given its plan: (stream, draft, group, pool, plan).
WRITERS: dict[str, Callable[[RecordStream, Draft, int, tuple, tuple], None]] = {
    "meeting": _meeting, "border": _border, "calls": _calls, "finance": _finance,
    "arrest": _arrest, "company": _company, "family": _family,
}
