"""Bursts: an entity far busier in one period than it usually is.

The unit is the report: each record telling of an entity's dated activity (calls,
payments and other dated links at either end; events it took part in) counts once, on
the first date it gives for it, so one report listing a dozen calls of one evening, or
a payment told both as a link and as an event, is one. Reports are counted per window
(a week by default) from the entity's first to its last, empty windows included: that is
its baseline. The busiest window starting at any report (so a burst across two fixed
windows is seen whole), with the fixed windows it touches left out of the baseline, is a
burst when it holds at least ``min_count`` reports and lies ``min_z`` deviations above
the entity's own median: (count - median) / scale, the scale being 1.4826 * MAD but
never less than the spread a count of that size has by chance (Poisson: the square root
of the median) nor than 1.4826 * ``min_mad``; so an entity usually idle needs a real
jump, and one usually busy a jump beyond its ordinary ups and downs. An entity needs
``min_windows`` windows of history: a newcomer has no baseline to exceed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from liaison.analysis.patterns.base import Activity, Finding, day, squash


@dataclass(frozen=True)
class BurstParams:
    window_days: int = 7
    min_windows: int = 8  # history needed for a baseline
    min_count: int = 6  # reports in the burst window
    min_z: float = 4.0  # deviations above the median
    min_mad: float = 0.5  # floor of the MAD (in reports)


def bursts(acts: list[Activity], p: BurstParams, names: dict[str, str]) -> list[Finding]:
    first_seen: dict[str, dict[str, datetime]] = defaultdict(dict)
    items: dict[str, list[Activity]] = defaultdict(list)
    for a in acts:
        seen = first_seen[a.entity]
        for r in a.records:
            if r not in seen or a.when < seen[r]:
                seen[r] = a.when
        items[a.entity].append(a)
    out = []
    width = timedelta(days=p.window_days)
    for entity, seen in first_seen.items():
        if len(seen) < p.min_count:
            continue
        reports = sorted(seen.items(), key=lambda x: (x[1], x[0]))
        origin = reports[0][1]
        slots = np.array([(when - origin) // width for _, when in reports])
        n = int(slots[-1]) + 1
        if n < p.min_windows:
            continue
        counts = np.bincount(slots, minlength=n)
        # The busiest window may straddle two of the fixed ones: slide it from each report.
        days = np.array([(when - origin).total_seconds() / 86400 for _, when in reports])
        ends = np.searchsorted(days, days + p.window_days, side="left")
        first = int(np.argmax(ends - np.arange(len(reports))))
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
        start = reports[first][1]
        records = sorted(r for r, _ in reports[first:ends[first]])
        inside = [a for a in items[entity] if set(a.records) & set(records)]
        kinds: dict[str, int] = defaultdict(int)
        for a in inside:
            kinds[a.kind] += 1
        what = ", ".join(f"{k}: {c}" for k, c in sorted(kinds.items(), key=lambda x: -x[1]))
        out.append(Finding(
            "burst", entity, 0.5 + 0.5 * squash(z - p.min_z, p.min_z),
            f"{names[entity]} is in {peak} reports ({what}) in the {p.window_days} days from "
            f"{day(start)}, against a median of {median:g} per {p.window_days} days over {n} "
            f"such windows ({day(origin)} to {day(reports[-1][1])}; median absolute "
            f"deviation {mad:g}, deviation taken as {scale:.2f}): {z:.1f} deviations above "
            f"its own baseline. The rule asks for at least {p.min_count} reports and "
            f"{p.min_z:g} deviations, with {p.min_windows} windows of history.",
            {"peak": peak, "median": median, "mad": mad, "scale": round(scale, 3),
             "z": round(z, 2), "windows": n, "from": day(start)},
            [entity], records, [a.item for a in inside]))
    return out
