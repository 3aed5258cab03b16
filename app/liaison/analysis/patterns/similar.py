"""Similar cases: records of different agencies that tell of the same modus operandi.

Narratives are compared as sets of three-word phrases (shingles) of their folded text
(ASCII, lower case: a Cyrillic or Greek spelling reads in Latin letters). A phrase that
``max_records_per_phrase`` or more records use is boilerplate (a form's wording, a
template) and is left out; what remains is what is particular to each report. Two records
of agencies that do not overlap are similar when the phrases they share are at least
``min_similarity`` of all the particular phrases either has (Jaccard) and at least
``min_shared`` in number. Candidate pairs come from an index of the particular phrases,
so the cost follows what records share, not the square of their number.

What the records name counts too: an identifier one of their entities carries (a phone,
an account, a wallet: ``identifier_weight`` phrases' worth), a place of their events
(folded; ``place_weight``) and the kind of thing they describe (a vessel, a wallet;
``type_weight``) join the phrases as features under the same rule, so a common place or
type (Person) is boilerplate and a particular one is evidence. Two retellings a little
too different to pass on their words alone pass when they also name the same phone.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from anyascii import anyascii

from liaison.analysis.patterns.base import Finding, place_key
from liaison.model.identifiers import IDENTIFIER_KINDS
from liaison.store.database import Connection

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class SimilarParams:
    min_similarity: float = 0.5  # shared / all particular phrases of the two
    min_shared: int = 6  # particular phrases in common
    max_records_per_phrase: int = 20  # a phrase more records use is boilerplate
    phrase_words: int = 3
    identifier_weight: int = 3  # a shared identifier counts as this many phrases
    place_weight: int = 1
    type_weight: int = 1


def _phrases(text: str, k: int) -> list[str]:
    words = _WORD.findall(anyascii(text).lower())
    return [" ".join(words[i:i + k]) for i in range(len(words) - k + 1)]


def _feature(label: str, weight: int) -> list[int]:
    """A feature's hashes: ``weight`` of them (NUL keeps them apart from any phrase)."""
    return [zlib.crc32(f"\0{label}\0{i}".encode()) for i in range(weight)]


def features(conn: Connection, p: SimilarParams, pair: tuple[str, str] | None = None
             ) -> dict[str, dict[int, str]]:
    """Record id -> the hashes of what it names (identifiers, places, kinds of entity),
    each to its label; for every active record with a narrative, or the ``pair``."""
    out: dict[str, dict[int, str]] = defaultdict(dict)
    only = " AND r.id IN (?, ?)" if pair else " AND r.narrative != ''"
    args: tuple = tuple(pair) if pair else ()
    queries = (
        (p.identifier_weight,
         "SELECT DISTINCT r.id, v.kind || ' ' || v.value FROM entity_values v "
         "JOIN entity_records er ON er.eid = v.eid JOIN records r ON r.rid = er.rid "
         "WHERE r.status = 'active' AND v.valid = 1 "
         "AND v.kind IN (SELECT value FROM json_each(?))" + only,
         (json.dumps(sorted(IDENTIFIER_KINDS)), *args), "identifier"),
        (p.place_weight,
         "SELECT DISTINCT r.id, v.place FROM event_records er "
         "JOIN events v ON v.vid = er.vid JOIN records r ON r.rid = er.rid "
         "WHERE r.status = 'active' AND v.place != ''" + only, args, "place"),
        (p.type_weight,
         "SELECT DISTINCT r.id, e.schema FROM entity_records er "
         "JOIN entities e ON e.eid = er.eid JOIN records r ON r.rid = er.rid "
         "WHERE r.status = 'active'" + only, args, "type"))
    hashed: dict[str, list[int]] = {}  # most labels recur (Person, a city): hash once
    for weight, sql, params, kind in queries:
        if weight <= 0:
            continue
        for rid, value in conn.execute(sql, params):
            label = f"{kind} {place_key(value) if kind == 'place' else value}"
            if label == f"{kind} ":
                continue
            hashes = hashed.get(label)
            if hashes is None:
                hashes = hashed[label] = _feature(label, weight)
            mine = out[rid]
            for h in hashes:
                mine[h] = label
    return out


def similar(conn: Connection, p: SimilarParams, names: dict[str, str]) -> list[Finding]:
    ids: list[str] = []
    agencies: list[str] = []
    chunks: list[np.ndarray] = []
    named = features(conn, p)
    for rid, agency, narrative in conn.execute(
            "SELECT id, agency, narrative FROM records WHERE status = 'active' "
            "AND narrative != ''"):
        hashes = np.unique(np.fromiter(
            (zlib.crc32(s.encode()) for s in _phrases(narrative, p.phrase_words)),
            dtype=np.uint32))
        if len(hashes) < p.min_shared:  # too little told to compare
            continue
        extra = named.get(rid)
        if extra:  # distinct already, and apart from any phrase's hash (the NUL)
            hashes = np.concatenate([hashes, np.fromiter(extra, dtype=np.uint32)])
        if len(hashes) >= p.min_shared:
            ids.append(rid)
            agencies.append(agency)
            chunks.append(hashes)
    if len(chunks) < 2:
        return []
    lengths = np.array([len(c) for c in chunks], dtype=np.int64)
    offsets = np.r_[0, np.cumsum(lengths)]  # record n's phrases: offsets[n]:offsets[n + 1]
    owner = np.repeat(np.arange(len(chunks), dtype=np.int64), lengths)
    phrase = np.concatenate(chunks)
    del chunks
    _, inverse, frequency = np.unique(phrase, return_inverse=True, return_counts=True)
    per_entry = frequency[inverse]
    particular = per_entry < p.max_records_per_phrase
    size = np.bincount(owner[particular], minlength=len(ids))  # particular phrases each
    shared_entries = particular & (per_entry > 1)
    order = np.lexsort((owner[shared_entries], inverse[shared_entries]))
    keys, holders = inverse[shared_entries][order], owner[shared_entries][order]
    # Every pair of records holding one phrase, by offset within the phrase's run of
    # holders (runs are shorter than max_records_per_phrase): vector operations, no loop
    # over phrases.
    firsts, seconds = [], []
    for d in range(1, p.max_records_per_phrase):
        same = keys[d:] == keys[:-d] if d < len(keys) else np.zeros(0, dtype=bool)
        if not same.any():
            break
        firsts.append(holders[:-d][same])
        seconds.append(holders[d:][same])
    if not firsts:
        return []
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    agency_of = {a: n for n, a in enumerate(sorted(set(agencies)))}
    agency = np.array([agency_of[a] for a in agencies], dtype=np.int64)
    apart = agency[first] != agency[second]
    codes, common = np.unique(first[apart] * len(ids) + second[apart], return_counts=True)
    keep = common >= p.min_shared
    out = []
    for code, shared in zip(codes[keep].tolist(), common[keep].tolist(), strict=True):
        i, j = divmod(code, len(ids))
        union = int(size[i] + size[j]) - shared
        similarity = shared / union if union else 0.0
        if similarity < p.min_similarity:
            continue
        mine = [phrase[offsets[n]:offsets[n + 1]][particular[offsets[n]:offsets[n + 1]]]
                for n in (i, j)]
        both = {int(h) for h in np.intersect1d(mine[0], mine[1])}
        a, b = sorted((i, j), key=lambda n: ids[n])
        out.append(_finding(conn, p, (ids[a], ids[b]), (agencies[a], agencies[b]),
                            both, shared, union, similarity))
    return out


def _finding(conn: Connection, p: SimilarParams, pair: tuple[str, str],
             agencies: tuple[str, str], both: set[int], common: int, union: int,
             similarity: float) -> Finding:
    texts = dict(conn.execute("SELECT id, narrative FROM records WHERE id IN (?, ?)", pair))
    sample = []
    for text in _phrases(texts.get(pair[0], ""), p.phrase_words):
        if zlib.crc32(text.encode()) in both and f"\u201c{text}\u201d" not in sample:
            sample.append(f"\u201c{text}\u201d")
        if len(sample) == 4:
            break
    labels = features(conn, p, pair).get(pair[0], {})
    named = sorted({labels[h] for h in both if h in labels})
    entity_ids = [e for (e,) in conn.execute(
        "SELECT DISTINCT e.id FROM entity_records er JOIN entities e ON e.eid = er.eid "
        "JOIN records r ON r.rid = er.rid WHERE r.id IN (?, ?) ORDER BY e.id", pair)]
    if named:
        told = (f"their narratives and what they name share {common} of {union} particular "
                f"features ({similarity:.0%}): three-word phrases such as "
                f"{'; '.join(sample) or 'none'}, and the same {', '.join(named)} (an "
                f"identifier counts as {p.identifier_weight}, a place as {p.place_weight}, "
                f"a kind of entity as {p.type_weight} phrase(s))")
    else:
        told = (f"their narratives share {common} of {union} particular three-word phrases "
                f"({similarity:.0%}), such as {'; '.join(sample)}")
    return Finding(
        "similar", f"{pair[0]} {pair[1]}", 0.5 + 0.5 * similarity,
        f"Record {pair[0]} ({agencies[0]}) and record {pair[1]} ({agencies[1]}) tell of "
        f"the same way of working: {told}. The rule asks for {p.min_shared} phrases and "
        f"{p.min_similarity:.0%}, leaving out phrases {p.max_records_per_phrase} or more "
        "records use.",
        {"shared": common, "phrases": union, "similarity": round(similarity, 3),
         "named": named},
        entity_ids, list(pair), [*pair, *map(str, sorted(both))])
