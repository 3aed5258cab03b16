"""Money-flow detectors over Payment links (payer -> beneficiary, dated, with an amount).

- ``fan``: one party paid by many different payers and paying many different payees
  within a window (a collection account that redistributes).
- ``pass-through``: money received and most of it paid on to someone else within days,
  more than once.
- ``structuring``: several payments by one party, or to one party, just under a reporting
  threshold within a window.
- ``circular``: money that goes round a cycle of 3 to 5 parties, each payment after the
  one before, in similar amounts, and comes back to where it started.

Each is a rule an analyst could apply by hand; the thresholds are parameters.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import timedelta

import networkx as nx

from liaison.analysis.patterns.base import Finding, Payment, day, money, squash


def _records(pays: list[Payment]) -> list[str]:
    return sorted({r for p in pays for r in p.records})


# --- fan-in / fan-out ----------------------------------------------------------------


@dataclass(frozen=True)
class FanParams:
    min_payers: int = 5  # different parties paying in
    min_payees: int = 5  # different parties paid out to
    window_days: int = 60


def fan(pays: list[Payment], p: FanParams, names: dict[str, str]) -> list[Finding]:
    inflow: dict[str, list[Payment]] = defaultdict(list)
    outflow: dict[str, list[Payment]] = defaultdict(list)
    for pay in pays:
        outflow[pay.payer].append(pay)
        inflow[pay.payee].append(pay)
    out = []
    window = timedelta(days=p.window_days)
    for party in inflow.keys() & outflow.keys():
        if (len({x.payer for x in inflow[party]}) < p.min_payers
                or len({x.payee for x in outflow[party]}) < p.min_payees):
            continue
        mine = sorted(inflow[party] + outflow[party], key=lambda x: x.when)
        span = _best_fan_window(party, mine, window, p)
        if span is None:
            continue
        strength, (i, j) = span
        best = (strength, mine[i:j])
        inside = best[1]
        ins = [x for x in inside if x.payee == party]
        outs = [x for x in inside if x.payer == party]
        payers = sorted({x.payer for x in ins})
        payees = sorted({x.payee for x in outs})
        total_in = sum(x.amount or 0 for x in ins)
        total_out = sum(x.amount or 0 for x in outs)
        cur = ins[0].currency
        out.append(Finding(
            "fan", party, squash(best[0] - p.min_payers + 1, 2.0) * 0.5 + 0.5,
            f"{names[party]} was paid by {len(payers)} different payers "
            f"({money(total_in, cur)} in {len(ins)} payments) and paid {len(payees)} "
            f"different payees ({money(total_out, cur)} in {len(outs)} payments) between "
            f"{day(inside[0].when)} and {day(inside[-1].when)}; the rule asks for at least "
            f"{p.min_payers} payers and {p.min_payees} payees within {p.window_days} days.",
            {"payers": len(payers), "payees": len(payees), "in": round(total_in, 2),
             "out": round(total_out, 2), "from": day(inside[0].when),
             "to": day(inside[-1].when)},
            [party, *payers, *payees], _records(inside), [x.id for x in inside]))
    return out


def _best_fan_window(party: str, mine: list[Payment], window: timedelta, p: FanParams
                     ) -> tuple[int, tuple[int, int]] | None:
    """The window (start at a payment, ``window`` long) with the most different payers
    and payees, as (the smaller of the two counts, (start, end)); None if none reaches
    the thresholds. Two pointers and counters: linear in the party's payments, which
    matters for a business paid thousands of times."""
    payers: Counter[str] = Counter()
    payees: Counter[str] = Counter()
    best: tuple[int, tuple[int, int]] | None = None
    j = 0
    for i, first in enumerate(mine):
        while j < len(mine) and mine[j].when - first.when <= window:
            x = mine[j]
            if x.payee == party:
                payers[x.payer] += 1
            else:
                payees[x.payee] += 1
            j += 1
        if len(payers) >= p.min_payers and len(payees) >= p.min_payees:
            strength = min(len(payers), len(payees))
            if best is None or strength > best[0]:
                best = (strength, (i, j))
        side, key = (payers, first.payer) if first.payee == party else (payees, first.payee)
        side[key] -= 1
        if not side[key]:
            del side[key]
    return best


# --- pass-through --------------------------------------------------------------------


@dataclass(frozen=True)
class PassThroughParams:
    max_days: int = 3  # paid on within this many days of being received
    min_share: float = 0.8  # at least this share of what came in goes out in one payment
    min_amount: float = 1000.0  # smaller sums are left out
    min_times: int = 2  # how many times it must happen


def pass_through(pays: list[Payment], p: PassThroughParams,
                 names: dict[str, str]) -> list[Finding]:
    inflow: dict[str, list[Payment]] = defaultdict(list)
    outflow: dict[str, list[Payment]] = defaultdict(list)
    for pay in pays:
        if pay.amount and pay.amount >= p.min_amount:
            inflow[pay.payee].append(pay)
            outflow[pay.payer].append(pay)
    out = []
    window = timedelta(days=p.max_days)
    for party in inflow.keys() & outflow.keys():
        used: set[str] = set()
        pairs = []
        outs = outflow[party]  # in time order, as ``pays`` is
        times = [x.when for x in outs]
        for got in inflow[party]:
            for paid in outs[bisect_left(times, got.when):bisect_right(times,
                                                                        got.when + window)]:
                if (paid.id not in used and paid.payee != got.payer
                        and paid.currency == got.currency
                        and p.min_share * got.amount <= paid.amount <= got.amount * 1.02):
                    used.add(paid.id)
                    pairs.append((got, paid))
                    break
        if len(pairs) < p.min_times:
            continue
        total = sum(g.amount for g, _ in pairs)
        slowest = max((q.when - g.when).days for g, q in pairs)
        kept = 1 - sum(q.amount for _, q in pairs) / total
        everyone = sorted({g.payer for g, _ in pairs} | {q.payee for _, q in pairs})
        out.append(Finding(
            "pass-through", party, squash(len(pairs) - p.min_times + 1, 1.5) * 0.5 + 0.5,
            f"{names[party]} received {len(pairs)} payments totalling "
            f"{money(total, pairs[0][0].currency)} and each time paid at least "
            f"{p.min_share:.0%} of it on to another party within {slowest} day(s) "
            f"(keeping {kept:.1%} in all); the rule asks for {p.min_times} such "
            f"occasions, paid on within {p.max_days} days, from {money(p.min_amount)} up.",
            {"times": len(pairs), "total": round(total, 2), "kept_share": round(kept, 4),
             "slowest_days": slowest},
            [party, *everyone], _records([x for pair in pairs for x in pair]),
            [x.id for pair in pairs for x in pair]))
    return out


# --- structuring ---------------------------------------------------------------------


@dataclass(frozen=True)
class StructuringParams:
    threshold: float = 10000.0  # the reporting threshold
    band: float = 0.1  # "just under": from threshold * (1 - band) up to the threshold
    min_count: int = 3
    window_days: int = 30


def structuring(pays: list[Payment], p: StructuringParams,
                names: dict[str, str]) -> list[Finding]:
    low = p.threshold * (1 - p.band)
    under = [x for x in pays if x.amount and low <= x.amount < p.threshold]
    by_party: dict[tuple[str, str], list[Payment]] = defaultdict(list)
    for x in under:
        by_party[(x.payer, "paid")].append(x)
        by_party[(x.payee, "received")].append(x)
    window = timedelta(days=p.window_days)
    best: dict[str, tuple[str, list[Payment]]] = {}
    for (party, side), mine in by_party.items():
        if len(mine) < p.min_count:
            continue
        top: list[Payment] = []
        j = 0
        for i, first in enumerate(mine):  # two pointers: linear in the party's payments
            while j < len(mine) and mine[j].when - first.when <= window:
                j += 1
            if j - i > len(top):
                top = mine[i:j]
        if len(top) >= p.min_count and len(top) > len(best.get(party, ("", []))[1]):
            best[party] = (side, top)
    out = []
    for party, (side, top) in best.items():
        others = sorted({x.payee if side == "paid" else x.payer for x in top})
        total = sum(x.amount for x in top)
        cur = top[0].currency
        out.append(Finding(
            "structuring", party, squash(len(top) - p.min_count + 1, 2.0) * 0.5 + 0.5,
            f"{names[party]} {'made' if side == 'paid' else 'received'} {len(top)} payments "
            f"between "
            f"{money(low, cur)} and {money(p.threshold, cur)} (just under the reporting "
            f"threshold), {money(total, cur)} in all, between {day(top[0].when)} and "
            f"{day(top[-1].when)}, {'to' if side == 'paid' else 'from'} {len(others)} "
            f"part{'y' if len(others) == 1 else 'ies'}; the rule asks for {p.min_count} "
            f"within {p.window_days} days.",
            {"count": len(top), "side": side, "total": round(total, 2),
             "threshold": p.threshold, "from": day(top[0].when), "to": day(top[-1].when)},
            [party, *others], _records(top), [x.id for x in top]))
    return out


# --- circular flows ------------------------------------------------------------------


@dataclass(frozen=True)
class CircularParams:
    min_length: int = 3  # parties in the cycle
    max_length: int = 5
    max_days: int = 30  # from the first payment to the last
    min_share: float = 0.7  # each payment at least this share of the first
    min_amount: float = 1000.0


def circular(pays: list[Payment], p: CircularParams, names: dict[str, str]) -> list[Finding]:
    edges: dict[tuple[str, str], list[Payment]] = defaultdict(list)
    for x in pays:
        if x.amount and x.amount >= p.min_amount:
            edges[(x.payer, x.payee)].append(x)
    graph = nx.DiGraph(list(edges))
    window = timedelta(days=p.max_days)
    out, seen = [], set()
    for cycle in nx.simple_cycles(graph, length_bound=p.max_length):
        if len(cycle) < p.min_length or frozenset(cycle) in seen:
            continue
        chain = _timed_chain(cycle, edges, window, p.min_share)
        if chain is None:
            continue
        seen.add(frozenset(cycle))
        start = chain[0].payer
        order = [x.payer for x in chain]
        span = (chain[-1].when - chain[0].when).days
        back = chain[-1].amount / chain[0].amount
        out.append(Finding(
            "circular", " ".join(sorted(cycle)),
            squash(back, 1.0) * 0.5 + 0.5 * (1 - span / (p.max_days + 1)),
            f"Money went round {len(cycle)} parties and back to {names[start]} within "
            f"{span} day(s): " + " -> ".join(
                f"{names[x.payer]} ({money(x.amount, x.currency)}, {day(x.when)})"
                for x in chain) + f" -> {names[start]}; {back:.0%} of the first payment "
            f"came back. The rule asks for {p.min_length} to {p.max_length} parties, each "
            f"payment after the one before and at least {p.min_share:.0%} of the first, "
            f"within {p.max_days} days.",
            {"parties": len(cycle), "days": span, "first": chain[0].amount,
             "returned": chain[-1].amount},
            order, _records(chain), [x.id for x in chain]))
    return out


def _timed_chain(cycle: list[str], edges: dict[tuple[str, str], list[Payment]],
                 window: timedelta, min_share: float) -> list[Payment] | None:
    """Payments round ``cycle`` from some party, each on or after the one before, all in
    ``window`` and at least ``min_share`` of the first; the earliest such, or None."""
    n = len(cycle)
    for shift in range(n):
        ring = cycle[shift:] + cycle[:shift]
        for first in edges[(ring[0], ring[1])]:
            chain = [first]
            for i in range(1, n):
                step = (ring[i], ring[(i + 1) % n])
                nxt = [x for x in edges[step] if chain[-1].when <= x.when <= first.when + window
                       and min_share * first.amount <= x.amount <= first.amount * 1.05]
                if not nxt:
                    break
                chain.append(min(nxt, key=lambda x: x.when))
            if len(chain) == n:
                return chain
    return None
