"""Bursts: an entity far busier in one period than it usually is.

Each entity's dated activity (calls, payments and other dated links at either end;
events it took part in) is counted per window (a week by default) from its first
activity to its last, empty windows included: that is its baseline. The busiest window
starting at any of its items (so a burst across two fixed windows is seen whole), with
the fixed windows it touches left out of the baseline, is a burst when its count is at
least ``min_count`` and lies ``min_z`` robust deviations above the entity's own median:
(count - median) / scale, the scale being 1.4826 * MAD but never less than the spread a
count of that size has by chance (Poisson: the square root of the median) nor than
1.4826 * ``min_mad``, so that an entity usually idle needs a real jump and one usually
busy a jump beyond its ordinary ups and downs. An entity needs ``min_windows`` windows of history: a
newcomer has no baseline to exceed. The burst must rest on ``min_records`` different
records: one report listing a dozen calls of one evening is that report, not a pattern.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from liaison.analysis.patterns.base import Activity, Finding, day, squash


@dataclass(frozen=True)
class BurstParams:
    window_days: int = 7
    min_windows: int = 8  # history needed for a baseline
    min_count: int = 6  # activity in the burst window
    min_z: float = 4.0  # robust deviations above the median
    min_mad: float = 0.5  # floor of the MAD (in counts)
    min_records: int = 3  # a burst one or two reports tell of is what they say, no more


def bursts(acts: list[Activity], p: BurstParams, names: dict[str, str]) -> list[Finding]:
    by_entity: dict[str, list[Activity]] = defaultdict(list)
    for a in acts:
        by_entity[a.entity].append(a)
    out = []
    width = timedelta(days=p.window_days)
    for entity, mine in by_entity.items():
        if len(mine) < p.min_count:
            continue
        mine.sort(key=lambda a: a.when)
        origin = mine[0].when
        slots = np.array([(a.when - origin) // width for a in mine])
        n = int(slots[-1]) + 1
        if n < p.min_windows:
            continue
        counts = np.bincount(slots, minlength=n)
        # The busiest window may straddle two of the fixed ones: slide it from each item.
        days = np.array([(a.when - origin).total_seconds() / 86400 for a in mine])
        ends = np.searchsorted(days, days + p.window_days, side="left")
        first = int(np.argmax(ends - np.arange(len(mine))))
        peak = int(ends[first] - first)
        if peak < p.min_count:
            continue
        touched = {int(slots[first]), int(slots[ends[first] - 1])}
        rest = np.delete(counts, sorted(touched))  # the baseline leaves the burst out
        median = float(np.median(rest))
        mad = max(float(np.median(np.abs(rest - median))), p.min_mad)
        scale = max(1.4826 * mad, median ** 0.5)
        z = (peak - median) / scale
        if z < p.min_z:
            continue
        start = mine[first].when
        inside = [a for a in mine if start <= a.when < start + width]
        records = sorted({r for a in inside for r in a.records})
        if len(records) < p.min_records:
            continue
        kinds: dict[str, int] = defaultdict(int)
        for a in inside:
            kinds[a.kind] += 1
        what = ", ".join(f"{k}: {c}" for k, c in sorted(kinds.items(), key=lambda x: -x[1]))
        out.append(Finding(
            "burst", entity, 0.5 + 0.5 * squash(z - p.min_z, p.min_z),
            f"{names[entity]} had {peak} dated items ({what}; in {len(records)} records) in "
            f"the {p.window_days} days "
            f"from {day(start)}, against a median of {median:g} per {p.window_days} days "
            f"over {n} such windows ({day(origin)} to {day(mine[-1].when)}; median absolute "
            f"deviation {mad:g}, deviation taken as {scale:.2f}): {z:.1f} deviations above "
            f"its own baseline. The "
            f"rule asks for at least {p.min_count} items in {p.min_records} records and "
            f"{p.min_z:g} deviations, with {p.min_windows} windows of history.",
            {"peak": peak, "median": median, "mad": mad, "z": round(z, 2),
             "scale": round(scale, 3), "windows": n, "from": day(start)},
            [entity], records,
            [a.item for a in inside]))
    return out
