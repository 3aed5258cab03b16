"""Watchlists: saved queries, watched identifiers and watched names, checked on arrival.

Every import (and every received package) calls :func:`check_watchlists` with the
records it added or changed, inside its own transaction, so the hits are reported
with the data that caused them. Identifiers are stored normalised like the data
(E.164 phone read in the workspace's country, compact IBAN, lower-case e-mail
domain) and match entity values exactly; names match an entity whose names contain
every word of the watched name as written, folded or phonetically.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from liaison.analysis.query import (
    RECORDS,
    And,
    Query,
    Target,
    Term,
    compile_query,
    normalise_identifier,
    parse,
)
from liaison.analysis.search import matching_rids
from liaison.analysis.vocabulary import Resolver
from liaison.model.errors import LiaisonError, QueryError
from liaison.store import audit
from liaison.store.database import Connection

__all__ = ["WATCH_KINDS", "Watch", "WatchHit", "add_watch", "check_watchlists",
           "list_watches", "normalise_identifier", "remove_watch", "watch_hits_for_import"]

WATCH_KINDS = ("query", "identifier", "name")
# Which stored value kinds a watched identifier of each kind is compared with.
_KINDS_FOR = {
    "phone": ("phone",), "email": ("email",), "iban": ("iban",), "crypto": ("crypto",),
    "vin": ("vin",), "ip": ("ip",),
    "id": ("national_id", "passport", "bic", "vin", "crypto"),
}
# Names are looked up in entity names only (as written, folded, phonetic).
_NAMES = Target(table="entities_fts", key="e.eid", text="{names folded}", typed="{names}",
                record_filter="{clause}")


@dataclass(frozen=True)
class Watch:
    id: int
    name: str
    kind: str
    value: str
    region: str | None
    created: str
    actor: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class WatchHit:
    """A record that hit a watchlist."""

    watch_id: int
    watch: str
    kind: str
    rid: int
    record_id: str
    title: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _row(row: tuple) -> Watch:
    return Watch(*row)


def list_watches(conn: Connection) -> list[Watch]:
    return [_row(r) for r in conn.execute(
        "SELECT id, name, kind, value, region, created, actor FROM watchlists ORDER BY id")]


def add_watch(conn: Connection, name: str, kind: str, value: str, *, region: str | None,
              actor: str) -> Watch:
    """Save a watchlist entry (call inside a transaction; the caller audits)."""
    name, value = name.strip(), value.strip()
    if not name:
        raise LiaisonError("A watchlist entry needs a name.")
    if kind not in WATCH_KINDS:
        raise LiaisonError(f"Unknown watch kind '{kind}'; use {', '.join(WATCH_KINDS)}.")
    if kind == "query":
        query = parse(value, region)  # refuse a malformed query now, not at every import
        if query.root is None:
            raise QueryError("an empty query would match every record at position 0", 0)
    elif kind == "identifier":
        ident_kind, normalised = normalise_identifier(value, region)
        value = f"{ident_kind}:{normalised}"
    elif not any(ch.isalnum() for ch in value):
        raise LiaisonError("A watched name needs letters.")
    existing = conn.execute("SELECT name FROM watchlists WHERE kind = ? AND value = ?",
                            (kind, value)).fetchone()
    if existing:
        raise LiaisonError(f"This {kind} is already watched as '{existing[0]}'.")
    cur = conn.execute(
        "INSERT INTO watchlists (name, kind, value, region, created, actor) "
        "VALUES (?, ?, ?, ?, ?, ?)", (name, kind, value, region, audit.now_utc(), actor))
    return _row(conn.execute("SELECT id, name, kind, value, region, created, actor "
                             "FROM watchlists WHERE id = ?", (cur.lastrowid,)).fetchone())


def remove_watch(conn: Connection, watch_id: int) -> Watch:
    """Delete one watchlist entry; LiaisonError if there is none with this id."""
    row = conn.execute("SELECT id, name, kind, value, region, created, actor FROM watchlists "
                       "WHERE id = ?", (watch_id,)).fetchone()
    if row is None:
        raise LiaisonError(f"There is no watchlist entry {watch_id}.")
    conn.execute("DELETE FROM watchlists WHERE id = ?", (watch_id,))
    return _row(row)


# --- checking ----------------------------------------------------------------------------

_IN_CHECKED = "SELECT rid FROM temp.watch_rids"


def _identifier_rids(conn: Connection, value: str) -> list[int]:
    kind, _, ident = value.partition(":")
    kinds = _KINDS_FOR.get(kind, (kind,))
    marks = ", ".join("?" * len(kinds))
    return [rid for (rid,) in conn.execute(
        f"SELECT DISTINCT er.rid FROM entity_values ev JOIN entity_records er "
        f"ON er.eid = ev.eid WHERE ev.kind IN ({marks}) AND ev.value IN (?, ?) "
        f"AND er.rid IN ({_IN_CHECKED})", (*kinds, ident, ident.lower()))]


def _name_rids(conn: Connection, name: str) -> list[int]:
    words = tuple(Term(w, 0) for w in name.split() if any(ch.isalnum() for ch in w))
    if not words:
        return []
    query = Query(name, words[0] if len(words) == 1 else And(words))
    compiled = compile_query(query, _NAMES, Resolver(conn, "entities_fts"))
    return [rid for (rid,) in conn.execute(
        f"SELECT DISTINCT er.rid FROM entities_fts JOIN entity_records er "
        f"ON er.eid = entities_fts.rowid WHERE entities_fts MATCH ? "
        f"AND er.rid IN ({_IN_CHECKED})", (compiled.fts,))]


def _query_rids(conn: Connection, text: str, region: str | None) -> list[int]:
    resolver = Resolver(conn, "records_fts")
    compiled = compile_query(parse(text, region), RECORDS, resolver)
    return matching_rids(conn, compiled, resolver, (f"r.rid IN ({_IN_CHECKED})", []))


def check_watchlists(conn: Connection, rids: list[int]) -> list[WatchHit]:
    """The records among ``rids`` that hit any watchlist entry, one hit per entry and record.

    Runs inside the caller's transaction, after the records were indexed.
    """
    watches = list_watches(conn)
    if not watches or not rids:
        return []
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS watch_rids (rid INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.watch_rids")
    conn.executemany("INSERT OR IGNORE INTO temp.watch_rids (rid) VALUES (?)",
                     ((rid,) for rid in rids))
    try:
        found: list[tuple[Watch, list[int]]] = []
        for w in watches:
            if w.kind == "identifier":
                hit = _identifier_rids(conn, w.value)
            elif w.kind == "name":
                hit = _name_rids(conn, w.value)
            else:
                try:
                    hit = _query_rids(conn, w.value, w.region)
                except QueryError:  # saved by an older parser; skip rather than fail imports
                    hit = []
            found.append((w, hit))
        wanted = sorted({rid for _, hit in found for rid in hit})
        titles = {}
        for start in range(0, len(wanted), 10_000):
            chunk = wanted[start:start + 10_000]
            titles.update((rid, (rid_id, title)) for rid, rid_id, title in conn.execute(
                f"SELECT rid, id, title FROM records WHERE rid IN "
                f"({', '.join('?' * len(chunk))})", chunk))
    finally:
        conn.execute("DELETE FROM temp.watch_rids")
    return [WatchHit(w.id, w.name, w.kind, rid, *titles[rid])
            for w, hit in found for rid in sorted(hit) if rid in titles]


def watch_hits_for_import(conn: Connection, rids: list[int]) -> list[dict[str, Any]]:
    """:func:`check_watchlists` in the form the importer's report keeps (plain dicts)."""
    return [hit.as_dict() for hit in check_watchlists(conn, rids)]
