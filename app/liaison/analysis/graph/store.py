"""Reading the graph's raw material from the store: entities, clusters, links, neighbours.

Every function takes a DB-API connection (a reader from ``Workspace.open_reader`` works)
and reads in chunks of bound parameters, so a selection of 100,000 entities is fine.
Confirmed cross-reference clusters (``entity_clusters``) make several entities act as
one: their representative is the entity with the smallest row id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

CHUNK = 500  # bound parameters per query, well under SQLite's limit

# Identifier kinds that become nodes with ``identifiers_as_nodes`` (ARCHITECTURE.md, Explore:
# "a phone shared by two people connects them"). 'registration' is a vehicle or
# company registration number, which has no normaliser: it is compared upper-cased
# with separators removed.
DEFAULT_IDENTIFIER_KINDS = ("phone", "email", "iban", "vin", "crypto", "registration")
REGISTRATION_PROPS = ("registrationNumber",)
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def registration_key(raw: str) -> str:
    """A registration number compared as written without spaces, dashes or case."""
    return _NOT_ALNUM.sub("", raw.upper())


def chunked(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def rows_in(conn: Any, sql: str, values: Iterable[Any], *params: Any) -> Iterator[tuple]:
    """Run ``sql`` once per chunk of ``values``; ``{in}`` in it becomes the placeholders.

    ``params`` are bound after the chunk (for conditions following the IN list).
    """
    items = list(dict.fromkeys(values))
    for chunk in chunked(items):
        yield from conn.execute(sql.replace("{in}", ", ".join("?" * len(chunk))),
                                (*chunk, *params))


def record_rids(conn: Any, record_ids: Iterable[int | str]) -> list[int]:
    """Row ids of records given by row id or UUID; unknown ones are left out."""
    ints = [r for r in record_ids if isinstance(r, int)]
    texts = [str(r) for r in record_ids if not isinstance(r, int)]
    found = [rid for (rid,) in rows_in(conn, "SELECT rid FROM records WHERE rid IN ({in})",
                                       ints)]
    found += [rid for (rid,) in rows_in(conn, "SELECT rid FROM records WHERE id IN ({in})",
                                        texts)]
    return sorted(set(found))


class Clusters:
    """Entity id <-> row id, and each entity's cluster representative, cached as read."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.eid_of: dict[str, int] = {}
        self.id_of: dict[int, str] = {}
        self.rep_eid: dict[int, int] = {}
        self.members: dict[int, set[int]] = {}  # representative -> its cluster

    def load_ids(self, entity_ids: Iterable[str]) -> None:
        missing = [e for e in entity_ids if e not in self.eid_of]
        for eid, text in rows_in(self.conn, "SELECT eid, id FROM entities WHERE id IN ({in})",
                                 missing):
            self.eid_of[text], self.id_of[eid] = eid, text

    def load_eids(self, eids: Iterable[int]) -> None:
        missing = [e for e in eids if e not in self.id_of]
        for eid, text in rows_in(self.conn, "SELECT eid, id FROM entities WHERE eid IN ({in})",
                                 missing):
            self.eid_of[text], self.id_of[eid] = eid, text

    def with_members(self, eids: Iterable[int]) -> set[int]:
        """``eids`` and every entity in their clusters; representatives are remembered."""
        eids = set(eids)
        todo = [e for e in eids if e not in self.rep_eid]
        reps = {c for (c,) in rows_in(
            self.conn, "SELECT cluster FROM entity_clusters WHERE eid IN ({in})", todo)}
        for eid, cluster in rows_in(
                self.conn, "SELECT eid, cluster FROM entity_clusters WHERE cluster IN ({in})",
                sorted(reps)):
            self.rep_eid[eid] = cluster
            self.members.setdefault(cluster, set()).add(eid)
        for eid in todo:
            if eid not in self.rep_eid:
                self.rep_eid[eid] = eid
                self.members.setdefault(eid, set()).add(eid)
        out: set[int] = set()
        for eid in eids:
            out |= self.members[self.rep_eid[eid]]
        self.load_eids(out | {self.rep_eid[e] for e in out})
        return out

    def rep_id(self, eid: int) -> str:
        return self.id_of[self.rep_eid.get(eid, eid)]

    def key_of(self, entity_id: str) -> str:
        """The node key of an entity id (its cluster representative's id), loading as needed."""
        if entity_id not in self.eid_of:
            self.load_ids([entity_id])
        eid = self.eid_of.get(entity_id)
        if eid is None:
            return entity_id
        if eid not in self.rep_eid:
            self.with_members([eid])
        return self.rep_id(eid)

    def member_ids(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Node key -> the entity ids it stands for (the key alone when not stored)."""
        keys = list(keys)
        self.load_ids(keys)
        eids = self.with_members([self.eid_of[k] for k in keys if k in self.eid_of])
        out: dict[str, list[str]] = {k: [] for k in keys}
        for eid in eids:
            out.setdefault(self.rep_id(eid), []).append(self.id_of[eid])
        for key, members in out.items():
            if not members:
                members.append(key)
        return out


def held_identifiers(conn: Any, eids: Iterable[int], kinds: Sequence[str]
                      ) -> Iterator[tuple[int, str, str]]:
    """(eid, kind, comparable value) of the valid identifiers of ``kinds`` held by ``eids``."""
    plain = [k for k in kinds if k != "registration"]
    eids = list(eids)
    if plain:
        yield from rows_in(
            conn, "SELECT eid, kind, value FROM entity_values WHERE eid IN ({in}) AND valid = 1 "
                  f"AND kind IN ({', '.join('?' * len(plain))})", eids, *plain)
    if "registration" in kinds:
        for eid, raw in rows_in(
                conn, "SELECT eid, raw FROM entity_values WHERE eid IN ({in}) AND prop IN "
                      f"({', '.join('?' * len(REGISTRATION_PROPS))})", eids,
                *REGISTRATION_PROPS):
            if key := registration_key(raw):
                yield eid, "registration", key


def adjacent(conn: Any, clusters: Clusters, keys: Iterable[str],
             identifier_kinds: Sequence[str] = ()) -> dict[str, set[str]]:
    """Node key -> keys of the entities one link (or one shared identifier) away.

    Identifiers join through the ``entity_values_lookup`` index; registration numbers,
    which have no normalised kind, do not join here (only in a built graph).
    """
    members = clusters.member_ids(keys)
    owner = {m: key for key, ms in members.items() for m in ms}
    out: dict[str, set[str]] = {key: set() for key in members}
    ends: list[tuple[str, str]] = []
    for column, other in (("source_id", "target_id"), ("target_id", "source_id")):
        ends += list(rows_in(conn, f"SELECT {column}, {other} FROM links "
                                   f"WHERE {column} IN ({{in}})", list(owner)))
    kinds = [k for k in identifier_kinds if k != "registration"]
    if kinds:
        marks = ", ".join("?" * len(kinds))
        eids = [clusters.eid_of[m] for m in owner if m in clusters.eid_of]
        shared = list(rows_in(
            conn, "SELECT a.eid, b.eid FROM entity_values a JOIN entity_values b "
                  "ON b.kind = a.kind AND b.value = a.value AND b.valid = 1 "
                  f"WHERE a.eid IN ({{in}}) AND a.valid = 1 AND a.kind IN ({marks}) "
                  "AND b.eid != a.eid", eids, *kinds))
        clusters.load_eids({b for _, b in shared})
        ends += [(clusters.id_of[a], clusters.id_of[b]) for a, b in shared]
    # Read the far ends' clusters in one go rather than one query per end.
    clusters.load_ids({theirs for _, theirs in ends})
    clusters.with_members([clusters.eid_of[t] for _, t in ends if t in clusters.eid_of])
    for mine, theirs in ends:
        key, other = owner[mine], clusters.key_of(theirs)
        if other != key:
            out[key].add(other)
    return out
