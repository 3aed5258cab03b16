"""Cross-referencing: pairs of entities from different agencies that may be one person or thing.

Candidates come from two sources that scale without comparing everything with
everything: strong identifiers shared exactly (one SQL self-join, see
:mod:`~liaison.analysis.xref.store`) and names or plates filed under the same
blocking key (:func:`~liaison.analysis.xref.blocking.blocking_keys`). Every pair is
scored with its evidence (:mod:`~liaison.analysis.xref.scoring`) and stored.

Runs are incremental: only entities above ``meta.xref_compared_eid`` are compared
(against all), then the mark advances. Entities compared before that have since
gained a value or an agency (the importer lists them in ``xref_pending``) are
compared again with every entity, so an alias added later still finds its match.
"""

from __future__ import annotations

import json
import time
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

from liaison.analysis.xref import store
from liaison.analysis.xref.blocking import CROSS_ARABIC, CROSS_LETTERS, blocking_keys
from liaison.analysis.xref.commonness import ALIKE, SMALL_STORE, NameCrowd, world_common
from liaison.analysis.xref.names import PARTICLES, TokenWeights
from liaison.analysis.xref.scoring import (
    DEFAULT_THRESHOLD,
    LIKELY,
    NAMED_FAMILIES,
    POSSIBLE,
    Evidence,
    Profile,
    compatible,
    score_pair,
)
from liaison.model.progress import Progress
from liaison.store import audit
from liaison.store.database import Connection, transaction

__all__ = ["BLOCK_LIMIT", "DEFAULT_THRESHOLD", "HUB_LIMIT", "XrefSummary", "candidates", "run"]

# An identifier value shared by more entities than this is a hub (a switchboard,
# a bank's collection account): it links everyone and identifies no one.
HUB_LIMIT = 30
# A blocking key (a name's sound) shared by more entities than this is too common
# to compare all of its pairs; the pairs still meet under the names' other keys.
BLOCK_LIMIT = 500
# Keys of one token by sound and another by its first letter (typos, initials) are
# coarser: a common family name with a given name's initial ('Mohamed A.') files
# hundreds, so their blocks are used only while small.
LETTER_BLOCK_LIMIT = 30
# Pairs scoring below this are not kept unless they share an identifier: below it a
# pair is a namesake with a conflicting birth date, or names that only half agree.
STORE_FLOOR = POSSIBLE
# Keys made from identifiers that have no normaliser kind of their own.
_DERIVED_KINDS = ("plate", "registration", "imo")


@dataclass
class XrefSummary:
    """What one run did, for the person, the audit log and the benchmark."""

    full: bool
    compared: int = 0
    entities: int = 0
    pairs_scored: int = 0
    stored: int = 0
    above_threshold: int = 0
    hubs: list[dict[str, object]] = field(default_factory=list)
    common_keys_skipped: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _buckets(profile: Profile) -> tuple[str, ...]:
    fam = profile.family
    if fam == "party":  # an unknown kind of party is compared with persons and companies
        return ("person", "org")
    return (fam,) if fam in NAMED_FAMILIES else ()


def _keys(profile: Profile) -> set[str]:
    keys = set()
    for bucket in _buckets(profile):
        for _, form in profile.names:
            keys.update(f"{bucket}|{key}" for key in blocking_keys(form))
            # One name in common and the same day of birth: a woman known by her
            # birth name to one partner and her married name to another.
            for date in profile.births:
                if len(date) == 10:
                    keys.update(f"{bucket}|{code}@{date}" for token, codes in zip(
                        form.tokens, form.codes, strict=True) if token not in PARTICLES
                        for code in codes[:1])
    for kind in _DERIVED_KINDS:
        keys.update(f"{kind}|{value}" for value in profile.identifiers.get(kind, ()))
    return keys


class _Index:
    """Blocking keys → ascending entity ids, with keys interned as small integers."""

    def __init__(self, profiles: dict[int, Profile]) -> None:
        self.ids: dict[str, int] = {}
        self.members: list[list[int]] = []
        self.keys: dict[int, tuple[int, ...]] = {}
        for eid in sorted(profiles):
            mine = []
            for key in _keys(profiles[eid]):
                kid = self.ids.get(key)
                if kid is None:
                    kid = self.ids[key] = len(self.members)
                    self.members.append([])
                self.members[kid].append(eid)
                mine.append(kid)
            self.keys[eid] = tuple(mine)
        # The largest block each key may have and still be compared in full.
        self.limits = [LETTER_BLOCK_LIMIT if "~" in key else BLOCK_LIMIT for key in self.ids]
        # The blocks a key's entities meet: its own; across scripts, Arabic-script names
        # meet each other and names in letters, which do not meet each other there.
        self.targets: list[tuple[int, ...]] = []
        for key in self.ids:
            bucket, _, rest = key.partition("|")
            if rest.startswith(CROSS_ARABIC):
                other = self.ids.get(f"{bucket}|{CROSS_LETTERS}{rest[len(CROSS_ARABIC):]}")
                self.targets.append((self.ids[key],) if other is None
                                    else (self.ids[key], other))
            elif rest.startswith(CROSS_LETTERS):
                other = self.ids.get(f"{bucket}|{CROSS_ARABIC}{rest[len(CROSS_LETTERS):]}")
                self.targets.append(() if other is None else (other,))
            else:
                self.targets.append((self.ids[key],))
        self.skipped: set[int] = set()

    def neighbours(self, eid: int, earlier_only: bool = True) -> set[int]:
        """Entities sharing a usable key with ``eid``: those with a lower id, or all."""
        found: set[int] = set()
        for kid in self.keys.get(eid, ()):
            for target in self.targets[kid]:
                members = self.members[target]
                if len(members) > self.limits[target]:
                    self.skipped.add(target)
                    continue
                found.update(members[:bisect_left(members, eid)] if earlier_only
                             else members)
        found.discard(eid)
        return found


def _weights(profiles: dict[int, Profile]) -> dict[str, TokenWeights]:
    """Token weights per name bucket, from every name in the store."""
    tables = {"person": TokenWeights(), "org": TokenWeights(floor=0.5),
              "address": TokenWeights(floor=0.5)}
    for profile in profiles.values():
        for bucket in _buckets(profile):
            for _, form in profile.names:
                tables[bucket].add(form)
    return tables


def _pairs(profiles: dict[int, Profile], index: _Index, fresh: list[int],
           by_identifier: set[tuple[int, int]], progress: Progress,
           mark: int = 0, pending: frozenset[int] = frozenset()
           ) -> Iterator[tuple[Profile, Profile]]:
    """Eligible pairs (lower id first) involving a fresh entity, each once.

    ``fresh`` are the entities above ``mark`` (compared with the lower ones; a higher
    one compares itself with them) and then the ``pending`` ones at or below it
    (compared with every entity at or below the mark, pending pairs only once).
    """
    partners: dict[int, set[int]] = {}
    for a, b in by_identifier:
        partners.setdefault(b, set()).add(a)
        if a in pending:
            partners.setdefault(a, set()).add(b)
    for n, eid in enumerate(fresh):
        if n % 500 == 0:
            progress.update(n, len(fresh), "Comparing entities")
        me = profiles.get(eid)
        if me is None:
            continue
        if eid > mark:
            others = index.neighbours(eid) | partners.get(eid, set())
        else:
            others = {o for o in index.neighbours(eid, earlier_only=False)
                      | partners.get(eid, set())
                      if o <= mark and (o not in pending or o < eid)}
        for other in sorted(others):
            them = profiles.get(other)
            if them is not None and not _one_agency(me.agencies, them.agencies) \
                    and compatible(them.family, me.family):
                yield (them, me) if other < eid else (me, them)
    progress.update(len(fresh), len(fresh), "Comparing entities")


def _one_agency(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both entities known to the same single agency (or to none): that agency's own
    business, not a cross-reference."""
    return len(a) < 2 and len(b) < 2 and (a == b or not a or not b)


def _table_for(a: Profile, b: Profile, tables: dict[str, TokenWeights]) -> TokenWeights:
    fam = b.family if a.family == "party" else a.family
    return tables.get("person" if fam == "party" else fam) or tables["person"]


def run(conn: Connection, *, actor: str, full: bool = False,
        progress: Progress | None = None,
        observe: Callable[[int, int], None] | None = None) -> XrefSummary:
    """Compare the entities not yet compared (all of them if ``full``) and store the pairs.

    One transaction with an audit entry; pairs are written as they are scored, so
    memory stays flat, and a cancel (via ``progress``) rolls everything back.
    ``observe`` is told every pair compared (entity row ids), for measuring blocking.
    """
    started = time.perf_counter()
    progress = progress or Progress()
    summary = XrefSummary(full=full)
    with transaction(conn):
        mark = 0 if full else store.compared_mark(conn)
        pending = frozenset() if full else frozenset(
            eid for eid in store.pending(conn) if eid <= mark)
        top, summary.entities = conn.execute(
            "SELECT coalesce(max(eid), 0), count(*) FROM entities").fetchone()
        summary.compared = conn.execute("SELECT count(*) FROM entities WHERE eid > ?",
                                        (mark,)).fetchone()[0] + len(pending)
        found = audit.now_utc()
        if top > mark or pending:
            _compare(conn, mark, summary, progress, found, pending, observe)
        if full:
            # Sweep what this run no longer finds; rows it found again were updated in
            # place, which costs far less than deleting them all (secure_delete is on).
            conn.execute("DELETE FROM xref_candidates WHERE found != ?", (found,))
        store.set_compared_mark(conn, top)
        _remember_hubs(conn, summary.hubs, replace=full)
        summary.seconds = round(time.perf_counter() - started, 3)
        audit.append(conn, actor, "xref.run", "", {
            k: v for k, v in summary.as_dict().items() if k != "hubs"} | {
            "hubs": len(summary.hubs)})
    return summary


def _compare(conn: Connection, mark: int, summary: XrefSummary, progress: Progress,
             found: str, pending: frozenset[int] = frozenset(),
             observe: Callable[[int, int], None] | None = None) -> None:
    progress.update(0, None, "Reading entities")
    profiles = store.load_profiles(conn)
    by_identifier, hubs = store.identifier_pairs(conn, mark, HUB_LIMIT)
    summary.hubs = [{"kind": k, "value": v, "entities": n} for k, v, n in hubs]
    ignored = frozenset((kind, value) for kind, value, _ in hubs)
    index = _Index(profiles)
    tables = _weights(profiles)
    fresh = [eid for eid in sorted(profiles) if eid > mark] + sorted(pending)

    crowd = NameCrowd()
    small = sum(p.family == "person" for p in profiles.values()) < SMALL_STORE
    # "likely" on a name alone, with the names' similarity: is the name common?
    lone: list[tuple[int, int, float]] = []

    def rows() -> Iterator[tuple[int, int, float, list[Evidence]]]:
        for a, b in _pairs(profiles, index, fresh, by_identifier, progress, mark, pending):
            summary.pairs_scored += 1
            if observe is not None:
                observe(a.eid, b.eid)
            # Kept: pairs at the floor, and any pair sharing an identifier.
            scored = score_pair(a, b, _table_for(a, b, tables), ignored, STORE_FLOOR,
                                common=_world_common(a, b) if small else None)
            persons = a.family == "person" == b.family
            if persons and scored.name_similarity >= ALIKE:
                crowd.add(a.eid, b.eid, scored.name_similarity)
            if scored.kept:
                summary.stored += 1
                if persons and scored.name_only and scored.score >= LIKELY:
                    lone.append((a.eid, b.eid, scored.name_similarity))
                yield a.eid, b.eid, scored.score, scored.evidence

    store.save_candidates(conn, rows(), found)
    summary.common_keys_skipped = len(index.skipped)
    # Second pass, now that every name's crowd is known: a name many entities share
    # makes a pair "possible", not "likely", unless something besides the name agrees.
    if mark and lone:
        for a, b, sim in store.stored_pairs(conn, {eid for pair in lone for eid in pair[:2]},
                                            ALIKE):
            crowd.add(a, b, sim)
    agencies = {eid: profile.agencies for eid, profile in profiles.items()}

    def demoted() -> Iterator[tuple[int, int, float, list[Evidence]]]:
        for a, b, sim in lone:
            why = crowd.common(a, b, agencies, sim)
            if why:
                first, second = profiles[a], profiles[b]
                scored = score_pair(first, second, _table_for(first, second, tables),
                                    ignored, STORE_FLOOR, common=why)
                yield a, b, scored.score, scored.evidence

    store.save_candidates(conn, demoted(), found)
    summary.above_threshold = store.count_at(conn, LIKELY, found)


def _world_common(a: Profile, b: Profile) -> str | None:
    """Whether the closest names of two persons are among the world's commonest."""
    if a.family != "person" or b.family != "person" or not a.names or not b.names:
        return None
    return world_common(form for profile in (a, b) for _, form in profile.names)


def _remember_hubs(conn: Connection, hubs: list[dict[str, object]], replace: bool) -> None:
    """Keep the hub values found so far in meta, so listings can say what was ignored."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'xref_hubs'").fetchone()
    known = {} if replace or not row else {(h["kind"], h["value"]): h
                                           for h in json.loads(row[0])}
    known.update({(h["kind"], h["value"]): h for h in hubs})
    conn.execute("INSERT INTO meta (key, value) VALUES ('xref_hubs', ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (json.dumps(sorted(known.values(), key=lambda h: -int(h["entities"]))),))


def hub_values(conn: Connection) -> list[dict[str, object]]:
    """Identifier values ignored as hubs by the runs so far, most shared first."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'xref_hubs'").fetchone()
    return json.loads(row[0]) if row else []


def candidates(conn: Connection, min_score: float | None = None, limit: int = 100,
               offset: int = 0, include_judged: bool = False) -> list[dict[str, object]]:
    """Stored pairs at or above ``min_score`` (default: the default threshold), best first;
    ``limit`` 0 lists them all."""
    return list(iter_candidates(conn, min_score, limit, offset, include_judged))


def count_candidates(conn: Connection, min_score: float | None = None,
                     include_judged: bool = False) -> int:
    """How many stored pairs :func:`candidates` would list with no limit."""
    threshold = DEFAULT_THRESHOLD if min_score is None else min_score
    return store.count_candidate_rows(conn, threshold, include_judged)


def iter_candidates(conn: Connection, min_score: float | None = None, limit: int = 0,
                    offset: int = 0, include_judged: bool = False
                    ) -> Iterator[dict[str, object]]:
    """:func:`candidates` read as consumed, for listings of any length."""
    threshold = DEFAULT_THRESHOLD if min_score is None else min_score
    return store.iter_candidate_rows(conn, threshold, max(0, limit), max(0, offset),
                                     include_judged)
