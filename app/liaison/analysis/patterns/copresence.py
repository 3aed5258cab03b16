"""Co-presence: two entities at the same place, close in time, reported by different
agencies, on more than one occasion.

Events are grouped by place (compared folded: ``Köln`` is ``Koln``, Cyrillic and
Greek spellings read in Latin letters) and sorted by time. Two events at one place
within ``window_minutes`` of each other, whose records come from agencies that do not
overlap, put everyone in the one with everyone in the other. Once is chance at a busy
place; a pair seen so on ``min_times`` different occasions is reported. A window
holding more than ``max_crowd`` entities (a border post at rush hour) pairs no one.
Events known only to the day count when the window is a day or more.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from liaison.analysis.patterns.base import Finding, Sighting, squash


@dataclass(frozen=True)
class CoPresenceParams:
    window_minutes: int = 120
    min_times: int = 2  # different occasions (event pairs)
    max_crowd: int = 20


def copresence(seen: list[Sighting], p: CoPresenceParams,
               names: dict[str, str]) -> list[Finding]:
    window = timedelta(minutes=p.window_minutes)
    day_ok = p.window_minutes >= 24 * 60
    by_place: dict[str, list[Sighting]] = defaultdict(list)
    for s in seen:
        if s.place_key and s.entities and (s.precise or day_ok):
            by_place[s.place_key].append(s)
    met: dict[tuple[str, str], list[tuple[Sighting, Sighting]]] = defaultdict(list)
    for events in by_place.values():
        events.sort(key=lambda s: s.when)
        for i, a in enumerate(events):
            close, j = [], i + 1
            while j < len(events) and events[j].when - a.when <= window:
                close.append(events[j])
                j += 1
            if not close:
                continue
            crowd = {e for s in [a, *close] for e in s.entities}
            if len(crowd) > p.max_crowd:
                continue
            for b in close:
                if a.agencies & b.agencies:
                    continue
                for x in a.entities:
                    for y in b.entities:
                        if x != y and y not in a.entities and x not in b.entities:
                            met[(x, y) if x < y else (y, x)].append((a, b))
    out = []
    for (x, y), pairs in met.items():
        occasions = {(a.place_key, a.when.date()) for a, _ in pairs}
        if len(occasions) < p.min_times:
            continue
        gaps = [abs((b.when - a.when).total_seconds()) / 60 for a, b in pairs]
        places = sorted({a.place for a, _ in pairs})
        agencies = sorted({ag for a, b in pairs for ag in a.agencies | b.agencies})
        lines = "; ".join(
            f"{a.place} {a.when:%Y-%m-%d %H:%M} ({'/'.join(sorted(a.agencies))}) and "
            f"{b.when:%H:%M} ({'/'.join(sorted(b.agencies))})" for a, b in pairs[:5])
        out.append(Finding(
            "co-presence", f"{x} {y}",
            0.5 + 0.5 * squash(len(occasions) - p.min_times + 1, 1.5),
            f"{names[x]} and {names[y]} were reported at the same place within "
            f"{max(gaps):.0f} minutes of each other on {len(occasions)} occasions, each "
            f"time by different agencies ({', '.join(agencies)}): {lines}. The rule asks "
            f"for {p.min_times} occasions within {p.window_minutes} minutes.",
            {"occasions": len(occasions), "places": places,
             "max_gap_minutes": round(max(gaps)), "agencies": agencies},
            [x, y], sorted({r for a, b in pairs for r in a.records + b.records}),
            sorted({s.id for pair in pairs for s in pair})))
    return out
