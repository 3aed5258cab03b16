"""Shortest paths between two entities through the whole store, not only a drawn chart.

A breadth-first search from both ends at once over links (and, if asked, shared
identifiers), cluster-aware, that gives up past ``max_depth`` hops or when its
frontiers grow past ``limit`` nodes, so a hub cannot make it read the whole store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from liaison.analysis.graph.store import Clusters, adjacent
from liaison.model.progress import Progress


def store_path(conn: Any, a: str, b: str, *, max_depth: int = 6,
               identifier_kinds: Sequence[str] = (), limit: int = 50_000,
               progress: Progress | None = None) -> tuple[list[str] | None, bool]:
    """Node keys of a shortest path from entity ``a`` to entity ``b`` (both included).

    Returns ``(path, truncated)``: ``path`` is None when no path of at most
    ``max_depth`` hops was found; ``truncated`` says the search stopped at ``limit``
    before it could be sure there is none.
    """
    progress = progress or Progress()
    clusters = Clusters(conn)
    start, goal = clusters.key_of(a), clusters.key_of(b)
    if start == goal:
        return [start], False
    # parents[side][key] = the key it was reached from (None for the start).
    parents: list[dict[str, str | None]] = [{start: None}, {goal: None}]
    frontiers = [[start], [goal]]
    for hop in range(max_depth):
        progress.update(hop, max_depth, "Searching for a path")
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        if not frontiers[side]:
            return None, False
        reached = adjacent(conn, clusters, frontiers[side], identifier_kinds)
        nxt: list[str] = []
        meets: list[list[str]] = []
        for key in frontiers[side]:
            for other in sorted(reached.get(key, ())):
                if other in parents[side]:
                    continue
                parents[side][other] = key
                nxt.append(other)
                if other in parents[1 - side]:
                    meets.append(_join(parents, other))
        if meets:  # the whole level is done, so the shortest of its meetings is shortest
            return min(meets, key=len), False
        frontiers[side] = nxt
        if len(parents[0]) + len(parents[1]) > limit:
            return None, True
    return None, False


def _join(parents: list[dict[str, str | None]], meet: str) -> list[str]:
    left: list[str] = []
    key: str | None = meet
    while key is not None:
        left.append(key)
        key = parents[0][key]
    right: list[str] = []
    key = parents[1][meet]
    while key is not None:
        right.append(key)
        key = parents[1][key]
    return left[::-1] + right
