"""The analyst's judgements on pairs, and the clusters that 'same' judgements make.

Judgements never touch the data: each is a row in ``xref_judgements`` and the
latest row of a pair is its verdict, so undoing is appending 'undone' and the
history stays. ``entity_clusters`` holds, for every entity joined to another by
current 'same' verdicts, the smallest entity row id of its group (union-find);
an entity without a row is its own cluster.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from liaison.model.errors import LiaisonError
from liaison.store import audit
from liaison.store.database import Connection

__all__ = ["VERDICTS", "Judgement", "cluster_members", "contradictions", "current_verdict",
           "judge", "rebuild_clusters", "undo"]

VERDICTS = ("same", "different", "unsure")


@dataclass(frozen=True)
class Judgement:
    """The outcome of a judgement: the pair, the verdict, and the cluster it left."""

    a_id: str
    b_id: str
    verdict: str
    previous: str | None
    cluster: list[str]
    # Pairs judged 'different' that 'same' verdicts nonetheless put in this cluster
    # (A = B, B = C, then A ≠ C): the analyst must resolve them; nothing is undone.
    contradictions: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {**self.__dict__, "contradictions": [list(p) for p in self.contradictions]}


def _eid(conn: Connection, entity_id: str) -> int:
    row = conn.execute("SELECT eid FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise LiaisonError(f"No entity with id {entity_id} in this workspace.")
    return row[0]


def _pair(conn: Connection, a_id: str, b_id: str) -> tuple[str, str]:
    a_id, b_id = a_id.strip(), b_id.strip()
    if a_id == b_id:
        raise LiaisonError("A judgement needs two different entities.")
    _eid(conn, a_id)
    _eid(conn, b_id)
    return (a_id, b_id) if a_id < b_id else (b_id, a_id)


def current_verdict(conn: Connection, a_id: str, b_id: str) -> str | None:
    """The pair's latest verdict, or None if never judged or undone."""
    a_id, b_id = sorted((a_id, b_id))
    row = conn.execute("SELECT verdict FROM xref_judgements WHERE a_id = ? AND b_id = ? "
                       "ORDER BY seq DESC LIMIT 1", (a_id, b_id)).fetchone()
    return None if row is None or row[0] == "undone" else row[0]


def _record(conn: Connection, actor: str, a_id: str, b_id: str, verdict: str) -> Judgement:
    previous = current_verdict(conn, a_id, b_id)
    ts = audit.now_utc()
    conn.execute("INSERT INTO xref_judgements (a_id, b_id, verdict, ts, actor) "
                 "VALUES (?, ?, ?, ?, ?)", (a_id, b_id, verdict, ts, actor))
    if verdict == "same" and previous != "same":
        _join(conn, _eid(conn, a_id), _eid(conn, b_id))
    elif previous == "same" and verdict != "same":
        _split(conn, _eid(conn, a_id))
    audit.append(conn, actor, "xref.judge", f"{a_id} {b_id}",
                 {"a": a_id, "b": b_id, "verdict": verdict, "previous": previous})
    return Judgement(a_id, b_id, verdict, previous, cluster_members(conn, a_id),
                     contradictions(conn, a_id))


def judge(conn: Connection, actor: str, a_id: str, b_id: str, verdict: str) -> Judgement:
    """Record that ``a_id`` and ``b_id`` are the same, different, or unsure; audited.

    Call inside the caller's transaction.
    """
    if verdict not in VERDICTS:
        raise LiaisonError(f"'{verdict}' is not a verdict; use one of {', '.join(VERDICTS)}.")
    a_id, b_id = _pair(conn, a_id, b_id)
    return _record(conn, actor, a_id, b_id, verdict)


def undo(conn: Connection, actor: str, a_id: str, b_id: str) -> Judgement:
    """Withdraw the pair's current verdict (it becomes undecided again); audited."""
    a_id, b_id = _pair(conn, a_id, b_id)
    if current_verdict(conn, a_id, b_id) is None:
        raise LiaisonError(f"The pair {a_id} / {b_id} has no judgement to undo.")
    return _record(conn, actor, a_id, b_id, "undone")


# --- clusters ------------------------------------------------------------------------


def _members(conn: Connection, eid: int) -> list[int]:
    row = conn.execute("SELECT cluster FROM entity_clusters WHERE eid = ?", (eid,)).fetchone()
    if row is None:
        return [eid]
    return [r[0] for r in conn.execute(
        "SELECT eid FROM entity_clusters WHERE cluster = ? ORDER BY eid", (row[0],))]


def _write(conn: Connection, groups: list[list[int]]) -> None:
    for group in groups:
        if len(group) < 2:
            conn.execute("DELETE FROM entity_clusters WHERE eid = ?", (group[0],))
            continue
        root = min(group)
        conn.executemany("INSERT INTO entity_clusters (eid, cluster) VALUES (?, ?) "
                         "ON CONFLICT (eid) DO UPDATE SET cluster = excluded.cluster",
                         ((eid, root) for eid in group))


def _join(conn: Connection, a: int, b: int) -> None:
    _write(conn, [sorted(set(_members(conn, a)) | set(_members(conn, b)))])


# Current 'same' pairs, as entity row ids, among the entities listed in ?1 (JSON).
_SAME_EDGES = """
WITH members(eid, id) AS (
    SELECT e.eid, e.id FROM entities e WHERE e.eid IN (SELECT value FROM json_each(?1))
), latest AS (
    SELECT j.a_id, j.b_id, j.verdict, max(j.seq) FROM xref_judgements j
    WHERE j.a_id IN (SELECT id FROM members) GROUP BY j.a_id, j.b_id
)
SELECT ma.eid, mb.eid FROM latest l
JOIN members ma ON ma.id = l.a_id JOIN members mb ON mb.id = l.b_id
WHERE l.verdict = 'same'
"""
_ALL_SAME_EDGES = """
WITH latest AS (
    SELECT a_id, b_id, verdict, max(seq) FROM xref_judgements GROUP BY a_id, b_id
)
SELECT ea.eid, eb.eid FROM latest l
JOIN entities ea ON ea.id = l.a_id JOIN entities eb ON eb.id = l.b_id
WHERE l.verdict = 'same'
"""


def _components(nodes: list[int], edges: list[tuple[int, int]]) -> list[list[int]]:
    """Connected components by union-find (path halving, smaller root wins)."""
    parent = {n: n for n in nodes}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    return [sorted(g) for g in groups.values()]


def _split(conn: Connection, eid: int) -> None:
    """Recompute the cluster ``eid`` was in from the 'same' verdicts that still stand."""
    members = _members(conn, eid)
    # SQLite's bare-column rule makes verdict come from the row holding max(seq).
    edges = [tuple(r) for r in conn.execute(_SAME_EDGES, (json.dumps(members),))]
    _write(conn, _components(members, edges))  # type: ignore[arg-type]


def rebuild_clusters(conn: Connection) -> int:
    """Recompute every cluster from the judgements; returns how many clusters there are."""
    edges = [tuple(r) for r in conn.execute(_ALL_SAME_EDGES)]
    nodes = sorted({n for edge in edges for n in edge})
    conn.execute("DELETE FROM entity_clusters")
    groups = [g for g in _components(nodes, edges) if len(g) > 1]  # type: ignore[arg-type]
    _write(conn, groups)
    return len(groups)


def cluster_members(conn: Connection, entity_id: str) -> list[str]:
    """Entity ids of the cluster ``entity_id`` belongs to (itself alone if none), by row id."""
    members = _members(conn, _eid(conn, entity_id))
    return [r[0] for r in conn.execute(
        "SELECT id FROM entities WHERE eid IN (SELECT value FROM json_each(?)) ORDER BY eid",
        (json.dumps(members),))]


# Current 'different' pairs with both ends among the entity ids listed in ?1 (JSON).
_DIFFERENT_PAIRS = """
WITH members(id) AS (SELECT value FROM json_each(?1)), latest AS (
    SELECT j.a_id, j.b_id, j.verdict, max(j.seq) FROM xref_judgements j
    WHERE j.a_id IN members AND j.b_id IN members GROUP BY j.a_id, j.b_id
)
SELECT a_id, b_id FROM latest WHERE verdict = 'different' ORDER BY a_id, b_id
"""


def contradictions(conn: Connection, entity_id: str) -> list[tuple[str, str]]:
    """Pairs of ``entity_id``'s cluster judged 'different' although 'same' verdicts join
    them through other members; empty when the cluster is consistent."""
    members = cluster_members(conn, entity_id)
    if len(members) < 3:  # two members joined by 'same' cannot also be 'different'
        return []
    return [(a, b) for a, b in conn.execute(_DIFFERENT_PAIRS, (json.dumps(members),))]
