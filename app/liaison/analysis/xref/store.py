"""What cross-referencing reads from and writes to the store.

Profiles are read in two set-based queries; identifier matches are one SQL
self-join of ``entity_values`` on (kind, value), driven from the entities not
yet compared so that an incremental run reads only what it needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from liaison.analysis.xref.scoring import (
    PROFILE_PROPS,
    STRONG_KINDS,
    Evidence,
    Profile,
    level,
)
from liaison.store.database import Connection

__all__ = [
    "candidate_rows",
    "compared_mark",
    "count_at",
    "count_candidate_rows",
    "identifier_pairs",
    "iter_candidate_rows",
    "load_profiles",
    "pending",
    "save_candidates",
    "set_compared_mark",
    "stored_pairs",
]

_KINDS = "(" + ", ".join(f"'{k}'" for k in STRONG_KINDS) + ")"
# A value counts when valid; and a phone number written in full international form
# ("+216 ...", "00216 ...") counts even where the numbering plan calls it invalid: the
# partner dialled it, and another partner may have written the same digits.
# So does a passport or national ID number that fails its check only because it was read
# as the wrong country's (an Egyptian national number in a German file): the same
# eight or more characters on two sides are still the same document.
def _usable(row: str = "") -> str:
    """The SQL condition on an entity_values row (``row``: its alias and a dot)."""
    return (f"({row}valid = 1 OR ({row}kind = 'phone' AND {row}value GLOB '+[1-9]*' "
            f"AND length({row}value) BETWEEN 8 AND 16 "
            f"AND (ltrim({row}raw) LIKE '+%' OR ltrim({row}raw) LIKE '00%')) "
            f"OR ({row}kind IN ('passport', 'national_id') "
            f"AND length({row}value) BETWEEN 8 AND 20))")


_USABLE = _usable()
# Values read into profiles: names, dates, countries, strong identifiers, and the
# register numbers, plates, addresses, birthplaces and sexes that have no normaliser
# of their own.
_PROFILE_VALUES = f"""
SELECT eid, prop, raw, value, kind FROM entity_values
WHERE {_USABLE} AND (kind IN ('name', 'date', 'country') OR kind IN {_KINDS}
                     OR prop IN ({", ".join(f"'{p}'" for p in sorted(PROFILE_PROPS))}))
"""


def compared_mark(conn: Connection) -> int:
    """The highest entity row id already compared (0: nothing yet)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'xref_compared_eid'").fetchone()
    return int(row[0]) if row else 0


def pending(conn: Connection) -> set[int]:
    """Entities compared before that have gained a value or an agency since."""
    return {eid for (eid,) in conn.execute("SELECT eid FROM xref_pending")}


def set_compared_mark(conn: Connection, eid: int) -> None:
    """Everything up to ``eid`` is compared, and nothing is pending any more."""
    conn.execute("DELETE FROM xref_pending")
    conn.execute("INSERT INTO meta (key, value) VALUES ('xref_compared_eid', ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(eid),))


def load_profiles(conn: Connection) -> dict[int, Profile]:
    """Every entity that has something to compare, with the agencies of its records."""
    # Most entities share one of a few agency sets; one frozenset each would cost
    # 20 MB at 100,000 entities.
    interned: dict[tuple[str, ...], frozenset[str]] = {}
    agencies: dict[int, frozenset[str]] = {}
    rows = conn.execute(
        "SELECT eid, group_concat(agency, char(31)) FROM (SELECT DISTINCT er.eid, r.agency "
        "FROM entity_records er JOIN records r ON r.rid = er.rid) GROUP BY eid")
    for eid, names in rows:
        key = tuple(sorted(names.split("\x1f")))
        agencies[eid] = interned.setdefault(key, frozenset(key))
    schemas = dict(conn.execute("SELECT eid, schema FROM entities"))
    profiles: dict[int, Profile] = {}
    for eid, prop, raw, value, kind in conn.execute(_PROFILE_VALUES):
        profile = profiles.get(eid)
        if profile is None:
            profile = profiles[eid] = Profile(eid, schemas[eid],
                                              agencies.get(eid, frozenset()))
        profile.add_value(prop, raw, value, kind)
    for profile in profiles.values():
        profile.finish()
    return profiles


_IDENTIFIER_VALUES = f"""
WITH fresh AS (
    SELECT DISTINCT kind, value FROM entity_values
    WHERE (eid > :mark OR eid IN (SELECT eid FROM xref_pending)) AND {_USABLE}
      AND kind IN {_KINDS}
), shared AS (
    SELECT v.kind, v.value, count(DISTINCT v.eid) AS n
    FROM fresh f JOIN entity_values v ON v.kind = f.kind AND v.value = f.value
    WHERE {_usable("v.")}
    GROUP BY v.kind, v.value HAVING n > 1
)
"""


def identifier_pairs(conn: Connection, mark: int, hub_limit: int
                     ) -> tuple[set[tuple[int, int]], list[tuple[str, str, int]]]:
    """Entity pairs sharing a strong identifier, at least one of them above ``mark`` or
    pending (changed since it was compared).

    A value shared by more than ``hub_limit`` entities (a switchboard, a
    shared-office e-mail) makes no pairs; it is returned as a hub instead.
    """
    hubs = [tuple(row) for row in conn.execute(
        _IDENTIFIER_VALUES + "SELECT kind, value, n FROM shared WHERE n > :hub "
        "ORDER BY n DESC, kind, value", {"mark": mark, "hub": hub_limit})]
    pairs: set[tuple[int, int]] = set()
    for a, b in conn.execute(
            _IDENTIFIER_VALUES + f"""
            SELECT DISTINCT x.eid, y.eid
            FROM shared s
            JOIN entity_values x ON x.kind = s.kind AND x.value = s.value
            JOIN entity_values y ON y.kind = s.kind AND y.value = s.value AND y.eid > x.eid
            WHERE s.n <= :hub AND {_usable("x.")} AND {_usable("y.")}
              AND (x.eid > :mark OR y.eid > :mark
                   OR x.eid IN (SELECT eid FROM xref_pending)
                   OR y.eid IN (SELECT eid FROM xref_pending))""",
            {"mark": mark, "hub": hub_limit}):
        pairs.add((a, b))
    return pairs, hubs  # type: ignore[return-value]


def save_candidates(conn: Connection, rows: Iterable[tuple[int, int, float, list[Evidence]]],
                    found: str) -> None:
    """Store scored pairs (a_eid < b_eid), replacing what an earlier run found for them."""
    conn.executemany(
        "INSERT INTO xref_candidates (a_eid, b_eid, score, evidence, found) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (b_eid, a_eid) DO UPDATE SET "
        "score = excluded.score, evidence = excluded.evidence, found = excluded.found",
        ((a, b, round(score, 4),
          json.dumps([e.as_dict() for e in evidence], ensure_ascii=False), found)
         for a, b, score, evidence in rows))


def stored_pairs(conn: Connection, eids: set[int], min_name: float
                 ) -> Iterator[tuple[int, int, float]]:
    """Stored pairs touching ``eids`` whose names were at least ``min_name`` alike (the
    weight of their name fact), with that similarity, for runs that compare only what
    is new."""
    for a, b, evidence in conn.execute(
            "SELECT a_eid, b_eid, evidence FROM xref_candidates"):
        if a in eids or b in eids:
            facts = json.loads(evidence)
            if facts and facts[0]["fact"].startswith(("same name", "names")) \
                    and facts[0]["weight"] >= min_name:
                yield a, b, facts[0]["weight"]


def count_at(conn: Connection, min_score: float, found: str) -> int:
    """How many pairs the run stamped ``found`` stored at or above ``min_score``."""
    return conn.execute("SELECT count(*) FROM xref_candidates WHERE found = ? AND score >= ?",
                        (found, min_score)).fetchone()[0]


# The latest judgement of a pair, by entity ids in either order.
_VERDICT = """(SELECT j.verdict FROM xref_judgements j
    WHERE j.a_id = min(ea.id, eb.id) AND j.b_id = max(ea.id, eb.id)
    ORDER BY j.seq DESC LIMIT 1)"""
_AGENCIES = """(SELECT group_concat(agency, char(31)) FROM (
    SELECT DISTINCT r.agency FROM entity_records er JOIN records r ON r.rid = er.rid
    WHERE er.eid = {side}.eid ORDER BY r.agency))"""
_CLUSTER = "coalesce((SELECT cluster FROM entity_clusters WHERE eid = {side}.eid), {side}.eid)"


def candidate_rows(conn: Connection, min_score: float, limit: int, offset: int,
                   include_judged: bool, eid: int | None = None) -> list[dict[str, object]]:
    """One page of stored pairs as a list (see :func:`iter_candidate_rows`)."""
    return list(iter_candidate_rows(conn, min_score, limit, offset, include_judged, eid))


def iter_candidate_rows(conn: Connection, min_score: float, limit: int, offset: int,
                        include_judged: bool, eid: int | None = None
                        ) -> Iterator[dict[str, object]]:
    """Stored pairs, best first, with both sides described (only the pairs of entity row
    ``eid`` if given), read as they are consumed: ``limit`` 0 means all of them, and
    memory does not grow with their number.

    Unless ``include_judged``, pairs judged 'same' or 'different' and pairs already
    in one cluster are left out; 'unsure' pairs stay, marked as such.
    """
    hide = _hide_judged(include_judged)
    sql = f"""
        SELECT c.score, c.evidence, {_VERDICT},
               ea.id, ea.schema, ea.caption, {_AGENCIES.format(side='ea')}, ea.source_ref,
               eb.id, eb.schema, eb.caption, {_AGENCIES.format(side='eb')}, eb.source_ref
        FROM xref_candidates c
        JOIN entities ea ON ea.eid = c.a_eid
        JOIN entities eb ON eb.eid = c.b_eid
        WHERE c.score >= ? {hide} {"" if eid is None else "AND (c.a_eid = ? OR c.b_eid = ?)"}
        ORDER BY c.score DESC, c.b_eid, c.a_eid
        LIMIT ? OFFSET ?"""
    limit = limit if limit > 0 else -1  # SQLite: a negative LIMIT has no bound
    params = (min_score, limit, offset) if eid is None else (min_score, eid, eid, limit, offset)
    for row in conn.execute(sql, params):
        score, evidence, verdict = row[:3]
        yield {"score": score, "level": level(score),
               "a": _side(*row[3:8]), "b": _side(*row[8:13]),
               "evidence": json.loads(evidence),
               "verdict": None if verdict in (None, "undone") else verdict}


def _hide_judged(include_judged: bool) -> str:
    """The condition leaving out pairs judged same or different, or already one cluster."""
    return "" if include_judged else (
        f"AND coalesce({_VERDICT}, 'undone') NOT IN ('same', 'different') "
        f"AND {_CLUSTER.format(side='ea')} != {_CLUSTER.format(side='eb')}")


def count_candidate_rows(conn: Connection, min_score: float, include_judged: bool) -> int:
    """How many stored pairs :func:`iter_candidate_rows` lists at ``min_score`` in all."""
    return conn.execute(f"""
        SELECT count(*) FROM xref_candidates c
        JOIN entities ea ON ea.eid = c.a_eid
        JOIN entities eb ON eb.eid = c.b_eid
        WHERE c.score >= ? {_hide_judged(include_judged)}""", (min_score,)).fetchone()[0]


def _side(ident: str, schema: str, caption: str, agencies: str | None,
          source_ref: str) -> dict[str, object]:
    # source_ref: the id in the partner's own file, to trace a hit back to it.
    return {"id": ident, "schema": schema, "caption": caption,
            "agencies": agencies.split("\x1f") if agencies else [], "source_ref": source_ref}
