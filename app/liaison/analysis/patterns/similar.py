"""Similar cases: records of different agencies that tell of the same modus operandi.

Narratives are compared as sets of three-word phrases (shingles) of their folded text
(ASCII, lower case: a Cyrillic or Greek spelling reads in Latin letters). A phrase that
``max_records_per_phrase`` or more records use is boilerplate (a form's wording, a
template) and is left out; what remains is what is particular to each report. Two records
of agencies that do not overlap are similar when the phrases they share are at least
``min_similarity`` of all the particular phrases either has (Jaccard) and at least
``min_shared`` in number. Candidate pairs come from an index of the particular phrases,
so the cost follows what records share, not the square of their number.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass

from anyascii import anyascii

from liaison.analysis.patterns.base import Finding
from liaison.store.database import Connection

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class SimilarParams:
    min_similarity: float = 0.5  # shared / all particular phrases of the two
    min_shared: int = 6  # particular phrases in common
    max_records_per_phrase: int = 20  # a phrase more records use is boilerplate
    phrase_words: int = 3


def _phrases(text: str, k: int) -> list[str]:
    words = _WORD.findall(anyascii(text).lower())
    return [" ".join(words[i:i + k]) for i in range(len(words) - k + 1)]


def similar(conn: Connection, p: SimilarParams, names: dict[str, str]) -> list[Finding]:
    ids: list[str] = []
    agencies: list[frozenset[str]] = []
    sets: list[set[int]] = []
    texts: dict[int, str] = {}
    frequency: dict[int, int] = defaultdict(int)
    for rid, agency, narrative in conn.execute(
            "SELECT id, agency, narrative FROM records WHERE status = 'active' "
            "AND narrative != ''"):
        phrases = {zlib.crc32(s.encode()): s for s in _phrases(narrative, p.phrase_words)}
        if len(phrases) < p.min_shared:
            continue
        for h in phrases:
            frequency[h] += 1
        ids.append(rid)
        agencies.append(frozenset([agency]))
        sets.append(set(phrases))
        texts.update(phrases)
    index: dict[int, list[int]] = defaultdict(list)
    for i, phrases in enumerate(sets):
        phrases.difference_update([h for h in phrases
                                   if frequency[h] >= p.max_records_per_phrase])
        for h in phrases:
            if frequency[h] > 1:
                index[h].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in index.values():
        for x, i in enumerate(holders):
            for j in holders[x + 1:]:
                if not agencies[i] & agencies[j]:
                    shared[(i, j)] += 1
    out = []
    for (i, j), common in shared.items():
        if common < p.min_shared:
            continue
        union = len(sets[i] | sets[j])
        similarity = common / union if union else 0.0
        if similarity < p.min_similarity:
            continue
        both = sorted(sets[i] & sets[j])
        sample = "; ".join(f"\u201c{texts[h]}\u201d" for h in both[:4])
        a, b = sorted((i, j), key=lambda n: ids[n])
        entity_ids = [e for (e,) in conn.execute(
            "SELECT DISTINCT e.id FROM entity_records er JOIN entities e ON e.eid = er.eid "
            "JOIN records r ON r.rid = er.rid WHERE r.id IN (?, ?) ORDER BY e.id",
            (ids[a], ids[b]))]
        out.append(Finding(
            "similar", f"{ids[a]} {ids[b]}", 0.5 + 0.5 * similarity,
            f"Record {ids[a]} ({', '.join(sorted(agencies[a]))}) and record {ids[b]} "
            f"({', '.join(sorted(agencies[b]))}) tell of the same way of working: their "
            f"narratives share {common} of {union} particular three-word phrases "
            f"({similarity:.0%}), such as {sample}. The rule asks for {p.min_shared} "
            f"phrases and {p.min_similarity:.0%}, leaving out phrases "
            f"{p.max_records_per_phrase} or more records use.",
            {"shared": common, "phrases": union, "similarity": round(similarity, 3)},
            entity_ids, [ids[a], ids[b]], [ids[a], ids[b], *map(str, both)]))
    return out
