"""What every detector shares: the finding it reports, and the store read as plain rows.

A detector reads the store through the functions here (payments, dated activity,
sightings at places), only from active records, and returns :class:`Finding` objects; it
never writes. Entities the analyst judged the same (``entity_clusters``) are read as one,
under their cluster's representative: BKA's payments to Iwan Petrow and Policja's to Ivan
Petrov add up. Dates of year or month precision are
too coarse for a rule about days and are left out of the time-sensitive detectors.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from anyascii import anyascii

from liaison.store.database import Connection

SEP = "\x1f"  # between values group_concat joins: neither ids nor agencies contain it

# Precisions a time-sensitive rule can use (a year or a month says too little).
FINE_PRECISIONS = frozenset({"day", "hour", "minute", "second", "time", None, ""})


@dataclass
class Finding:
    """One pattern seen: which detector, about whom (``key``), how strongly (``score``,
    0 to 1), the numbers behind it, the entities and records involved, and a sentence an
    analyst can check against the records. ``evidence`` names the links and events it
    rests on; its hash tells a dismissed finding whose evidence changed."""

    detector: str
    key: str
    score: float
    explanation: str
    facts: dict[str, Any] = field(default_factory=dict)
    entity_ids: list[str] = field(default_factory=list)
    record_ids: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable across runs: the same detector about the same subject."""
        return finding_id(self.detector, self.key)

    @property
    def evidence_hash(self) -> str:
        return hashlib.sha256("\n".join(sorted(set(self.evidence))).encode()).hexdigest()

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "detector": self.detector, "key": self.key,
                "score": round(self.score, 3), "explanation": self.explanation,
                "facts": self.facts, "entity_ids": self.entity_ids,
                "record_ids": self.record_ids}


def finding_id(detector: str, key: str) -> str:
    return hashlib.sha256(f"{detector}\n{key}".encode()).hexdigest()[:12]


def squash(x: float, half: float) -> float:
    """A score in [0, 1) that reaches 0.5 at ``half``: x / (x + half) for x >= 0."""
    return 0.0 if x <= 0 else x / (x + half)


def parse_time(text: str | None, precision: str | None) -> datetime | None:
    """A stored date as a naive datetime, or None when absent or coarser than a day."""
    if not text or precision not in FINE_PRECISIONS or len(text) < 10:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    return value.replace(tzinfo=None)


_NUMBER = re.compile(r"[^\d.,-]")


def parse_amount(raw: str) -> float | None:
    """An amount as written by the sources: ``9500.00``, ``9.500,00``, ``9 500,00``."""
    text = _NUMBER.sub("", raw)
    if not text:
        return None
    if "," in text and "." in text:  # the last separator is the decimal one
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = head.replace(",", "") + ("." + tail if len(tail) != 3 else tail)
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


def place_key(place: str) -> str:
    """A place compared across scripts and spellings: ASCII, lower case, words only."""
    return " ".join(re.findall(r"[a-z0-9]+", anyascii(place).lower()))


def money(amount: float, currency: str = "EUR") -> str:
    return f"{currency} {amount:,.0f}"


def day(value: datetime) -> str:
    return value.date().isoformat()


def split(joined: str | None) -> list[str]:
    return [v for v in (joined or "").split(SEP) if v]


# --- the store as rows ---------------------------------------------------------------


def same_as(conn: Connection) -> dict[str, str]:
    """Entity id -> its cluster representative's id, for entities judged the same as
    another (the others stand for themselves)."""
    return dict(conn.execute(
        "SELECT e.id, r.id FROM entity_clusters c JOIN entities e ON e.eid = c.eid "
        "JOIN entities r ON r.eid = c.cluster WHERE c.eid != c.cluster").fetchall())


@dataclass(frozen=True)
class Scope:
    """What arrived since a run: the records imported or received after import ``mark``,
    the entities they name as stored (``entities``, every id of their clusters, for the
    readers' SQL) and as findings name them (``subjects``: representatives), and the
    places of their events (folded)."""

    mark: int
    records: frozenset[str]
    entities: frozenset[str]
    subjects: frozenset[str]
    places: frozenset[str]


def scope_since(conn: Connection, mark: int) -> Scope:
    """The :class:`Scope` of the imports and receipts after import ``mark``."""
    rids = [r for (r,) in conn.execute(
        "SELECT rid FROM records WHERE import_id > ? AND status = 'active'", (mark,))]
    new = json.dumps(rids)
    named: set[str] = set()
    for sql in ("SELECT e.id FROM entity_records er JOIN entities e ON e.eid = er.eid "
                "WHERE er.rid IN (SELECT value FROM json_each(?))",
                # link_records and event_records have no index on rid: CROSS JOIN makes
                # SQLite scan them once, probing the list, instead of once per record.
                "SELECT l.source_id FROM link_records lr CROSS JOIN links l "
                "ON l.lid = lr.lid WHERE lr.rid IN (SELECT value FROM json_each(?))",
                "SELECT l.target_id FROM link_records lr CROSS JOIN links l "
                "ON l.lid = lr.lid WHERE lr.rid IN (SELECT value FROM json_each(?))",
                "SELECT ee.entity_id FROM event_records er CROSS JOIN event_entities ee "
                "ON ee.vid = er.vid WHERE er.rid IN (SELECT value FROM json_each(?))"):
        named.update(v for (v,) in conn.execute(sql, (new,)))
    rep = same_as(conn)
    subjects = {rep.get(e, e) for e in named}
    members = {e for e, r in rep.items() if r in subjects}
    places = {place_key(p) for (p,) in conn.execute(
        "SELECT DISTINCT v.place FROM event_records er CROSS JOIN events v ON v.vid = er.vid "
        "WHERE er.rid IN (SELECT value FROM json_each(?)) AND v.place != ''", (new,))}
    ids = {r for (r,) in conn.execute(
        "SELECT id FROM records WHERE rid IN (SELECT value FROM json_each(?))", (new,))}
    return Scope(mark, frozenset(ids), frozenset(named | subjects | members),
                 frozenset(subjects), frozenset(places))


def _about(column_a: str, column_b: str, scope: Scope | None) -> tuple[str, tuple]:
    """An SQL condition keeping rows whose either column names an entity in ``scope``."""
    if scope is None:
        return "", ()
    ids = json.dumps(sorted(scope.entities))
    return (f" AND ({column_a} IN (SELECT value FROM json_each(?)) OR {column_b} IN "
            "(SELECT value FROM json_each(?)))", (ids, ids))


@dataclass(frozen=True)
class Payment:
    """A Payment link: who paid whom, when, how much, in which records."""

    id: str
    payer: str
    payee: str
    when: datetime
    amount: float | None
    currency: str
    records: tuple[str, ...]
    agencies: frozenset[str]


def payments(conn: Connection, scope: Scope | None = None,
             among: frozenset[str] | None = None) -> list[Payment]:
    """Every dated Payment link of active records (those paying or paid by an entity in
    ``scope``, all their payments, if given; only those between two of the entities
    ``among``, if given), oldest first."""
    out = []
    rep = same_as(conn)
    where, args = _about("l.source_id", "l.target_id", scope)
    if among is not None:
        ids = json.dumps(sorted(among))
        where += (" AND l.source_id IN (SELECT value FROM json_each(?)) AND l.target_id IN "
                  "(SELECT value FROM json_each(?))")
        args = (*args, ids, ids)
    for lid, payer, payee, start, precision, props, rids, agencies in conn.execute(
            "SELECT l.id, l.source_id, l.target_id, l.start, l.start_precision, l.props, "
            f"group_concat(r.id, '{SEP}'), group_concat(r.agency, '{SEP}') FROM links l "
            "JOIN link_records lr ON lr.lid = l.lid "
            "JOIN records r ON r.rid = lr.rid AND r.status = 'active' "
            f"WHERE l.schema = 'Payment'{where} GROUP BY l.lid", args):
        when = parse_time(start, precision)
        payer, payee = rep.get(payer, payer), rep.get(payee, payee)
        if when is None or payer == payee:
            continue
        values = json.loads(props or "{}")
        amount = next((a for a in map(parse_amount, values.get("amount", [])) if a), None)
        currency = (values.get("currency") or ["EUR"])[0] or "EUR"
        out.append(Payment(lid, payer, payee, when, amount, currency.upper(),
                           tuple(split(rids)), frozenset(split(agencies))))
    out.sort(key=lambda p: (p.when, p.id))
    return out


def parties_around(conn: Connection, scope: Scope, hops: int) -> frozenset[str]:
    """The parties within ``hops`` payments of the scope's entities, following payments
    forwards and backwards (every id of their clusters): every payment cycle of up to
    ``hops + 1`` parties through one of the scope's entities lies among them. Read from
    the links alone (who paid whom), which costs a fraction of reading the payments."""
    rep = same_as(conn)
    ahead: dict[str, set[str]] = {}
    behind: dict[str, set[str]] = {}
    for a, b in conn.execute("SELECT source_id, target_id FROM links WHERE schema = 'Payment'"):
        a, b = rep.get(a, a), rep.get(b, b)
        if a != b:
            ahead.setdefault(a, set()).add(b)
            behind.setdefault(b, set()).add(a)

    def reach(edges: dict[str, set[str]]) -> set[str]:
        seen = set(scope.subjects)
        edge = set(scope.subjects)
        for _ in range(hops):
            edge = {n for x in edge for n in edges.get(x, ())} - seen
            if not edge:
                break
            seen |= edge
        return seen

    near = reach(ahead) & reach(behind)
    return frozenset(near | {e for e, r in rep.items() if r in near})


@dataclass(frozen=True)
class Activity:
    """One dated thing an entity took part in: a link at either end, or an event."""

    entity: str
    when: datetime
    item: str  # the link's or event's id
    kind: str  # the link's schema, or "event"
    records: tuple[str, ...]


def activities(conn: Connection, scope: Scope | None = None) -> Iterator[Activity]:
    """Dated links (both ends) and events (everyone involved) of active records; only
    those of entities in ``scope`` if given."""
    rep = same_as(conn)
    where, args = _about("l.source_id", "l.target_id", scope)
    for item, source, target, start, precision, schema, rids in conn.execute(
            "SELECT l.id, l.source_id, l.target_id, l.start, l.start_precision, l.schema, "
            f"group_concat(r.id, '{SEP}') FROM links l JOIN link_records lr ON lr.lid = l.lid "
            "JOIN records r ON r.rid = lr.rid AND r.status = 'active' "
            f"WHERE l.start IS NOT NULL{where} GROUP BY l.lid", args):
        when = parse_time(start, precision)
        source, target = rep.get(source, source), rep.get(target, target)
        if when is not None:
            records = tuple(split(rids))
            yield Activity(source, when, item, schema, records)
            if target != source:
                yield Activity(target, when, item, schema, records)
    for sighting in sightings(conn, with_place=False, scope=scope):
        for entity in sighting.entities:
            if scope is None or entity in scope.subjects:
                yield Activity(entity, sighting.when, sighting.id, "event", sighting.records)


@dataclass(frozen=True)
class Sighting:
    """An event: where (as written and as compared), when, who, and from which agencies."""

    id: str
    place: str
    place_key: str
    when: datetime
    precise: bool  # known to the hour or better
    entities: tuple[str, ...]
    records: tuple[str, ...]
    agencies: frozenset[str]


def sightings(conn: Connection, with_place: bool = True, scope: Scope | None = None
              ) -> Iterator[Sighting]:
    """Dated events of active records (only those naming a place if ``with_place``).

    With a ``scope`` and ``with_place``: every event at a place (folded) where one of the
    scope's entities was ever seen, so that whoever met them there is read too; without
    ``with_place``: the events the scope's entities took part in. Both are chosen in SQL
    (the entity index of ``event_entities``), so a small scope reads few events."""
    where = "WHERE v.start IS NOT NULL" + (" AND v.place != ''" if with_place else "")
    args: tuple = ()
    if scope is not None:
        ids = json.dumps(sorted(scope.entities))
        if with_place:
            where += " AND v.place IN (SELECT value FROM json_each(?))"
            args = (json.dumps(_places_seen(conn, ids)),)
        else:
            where += (" AND v.vid IN (SELECT ee2.vid FROM event_entities ee2 "
                      "WHERE ee2.entity_id IN (SELECT value FROM json_each(?)))")
            args = (ids,)
    involved: dict[int, list[str]] = {}
    rep = same_as(conn)
    for vid, entity in conn.execute(
            "SELECT ee.vid, ee.entity_id FROM event_entities ee JOIN events v ON v.vid = ee.vid "
            + where, args):
        involved.setdefault(vid, []).append(rep.get(entity, entity))
    for vid, eid, place, start, precision, rids, agencies in conn.execute(
            "SELECT v.vid, v.id, v.place, v.start, v.start_precision, "
            f"group_concat(r.id, '{SEP}'), group_concat(r.agency, '{SEP}') FROM events v "
            "JOIN event_records er ON er.vid = v.vid "
            "JOIN records r ON r.rid = er.rid AND r.status = 'active' "
            f"{where} GROUP BY v.vid", args):
        when = parse_time(start, precision)
        if when is None:
            continue
        precise = precision in ("hour", "minute", "second", "time") or (
            precision in (None, "") and len(start) > 10)
        yield Sighting(eid, place, place_key(place), when, precise,
                       tuple(dict.fromkeys(involved.get(vid, ()))), tuple(split(rids)),
                       frozenset(split(agencies)))


def _places_seen(conn: Connection, ids: str) -> list[str]:
    """Every spelling of the places (folded) where the entities ``ids`` (JSON) were seen."""
    keys = {place_key(p) for (p,) in conn.execute(
        "SELECT DISTINCT v.place FROM event_entities ee JOIN events v ON v.vid = ee.vid "
        "WHERE ee.entity_id IN (SELECT value FROM json_each(?)) AND v.place != ''", (ids,))}
    if not keys:
        return []
    return [p for (p,) in conn.execute("SELECT DISTINCT place FROM events WHERE place != ''")
            if place_key(p) in keys]
