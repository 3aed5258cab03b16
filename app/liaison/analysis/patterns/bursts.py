"""Bursts: an entity far busier in one period than it usually is.

Each entity's dated activity (calls, payments and other dated links at either end;
events it took part in) is counted per window (a week by default) from its first
activity to its last, empty windows included. A window is a burst when its count is at
least ``min_count`` and lies ``min_z`` robust deviations above the entity's own median:
(count - median) / (1.4826 * MAD), the MAD floored at ``min_mad`` so that an entity
usually idle needs a real jump. An entity needs ``min_windows`` windows of history: a
newcomer has no baseline to exceed.
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
        top = int(np.argmax(counts))
        peak = int(counts[top])
        if peak < p.min_count:
            continue
        rest = np.delete(counts, top)  # the baseline leaves the burst out
        median = float(np.median(rest))
        mad = max(float(np.median(np.abs(rest - median))), p.min_mad)
        z = (peak - median) / (1.4826 * mad)
        if z < p.min_z:
            continue
        start = origin + top * width
        inside = [a for a in mine if start <= a.when < start + width]
        kinds: dict[str, int] = defaultdict(int)
        for a in inside:
            kinds[a.kind] += 1
        what = ", ".join(f"{c} {k}" for k, c in sorted(kinds.items(), key=lambda x: -x[1]))
        out.append(Finding(
            "burst", entity, 0.5 + 0.5 * squash(z - p.min_z, p.min_z),
            f"{names[entity]} had {peak} dated items ({what}) in the {p.window_days} days "
            f"from {day(start)}, against a median of {median:g} per {p.window_days} days "
            f"over {n} such windows ({day(origin)} to {day(mine[-1].when)}; median absolute "
            f"deviation {mad:g}): {z:.1f} robust deviations above its own baseline. The "
            f"rule asks for at least {p.min_count} items and {p.min_z:g} deviations, with "
            f"{p.min_windows} windows of history.",
            {"peak": peak, "median": median, "mad": mad, "z": round(z, 2),
             "windows": n, "from": day(start)},
            [entity], sorted({r for a in inside for r in a.records}),
            [a.item for a in inside]))
    return out
