"""Entity search: ranked persons, companies, accounts... with the identifiers that matched.

Entities an analyst confirmed as one (``entity_clusters``, from cross-referencing)
collapse into one hit that lists every member; the hit's score is its best member's.
Record-level filters (``agency:``, ``reported:``...) keep entities that appear in at
least one record passing the filter.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from liaison.analysis.query import (
    ENTITIES,
    Identifier,
    Phrase,
    Query,
    Term,
    compile_query,
    parse,
    where_clause,
)
from liaison.analysis.search import MAX_LIMIT, relevance
from liaison.analysis.vocabulary import Resolver
from liaison.model.identifiers import IDENTIFIER_KINDS
from liaison.store.database import Connection

__all__ = ["ENTITY_WEIGHTS", "EntityHit", "EntityMember", "EntityResults", "search_entities"]

# bm25 weights in entities_fts column order: names, folded, phonetic, idents, props.
ENTITY_WEIGHTS = (6.0, 3.0, 1.0, 8.0, 1.0)
_TOKEN = re.compile(r"\w+")


@dataclass
class EntityMember:
    eid: int
    id: str
    schema: str
    caption: str
    source_ref: str = ""  # the id in the partner's own file


@dataclass
class EntityHit:
    """One entity, or one cluster of entities confirmed to be the same."""

    eid: int  # the representative: the cluster's id, else the entity's own
    id: str
    schema: str
    caption: str
    score: float  # relevance, higher is better (see analysis.search.relevance)
    members: list[EntityMember] = field(default_factory=list)
    matched_identifiers: list[dict[str, str]] = field(default_factory=list)
    records: int = 0
    source_ref: str = ""  # the representative's id in the partner's own file

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EntityResults:
    query: str
    total: int
    offset: int
    limit: int
    hits: list[EntityHit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "offset": self.offset,
                "limit": self.limit, "hits": [h.as_dict() for h in self.hits],
                "facets": self.facets}


def _wanted_identifiers(query: Query) -> tuple[set[str], set[str]]:
    """Normalised identifier values, and lower-case word tokens, that the query asked for."""
    values, tokens = set(), set()
    for term in query.terms:
        if isinstance(term, Identifier):
            values.add(term.value.lower())
        elif isinstance(term, Term | Phrase):
            tokens.update(t.lower() for t in _TOKEN.findall(term.text))
    return values, tokens


def _matched(query: Query, idents: list[tuple[str, str]]) -> list[dict[str, str]]:
    values, tokens = _wanted_identifiers(query)
    out = []
    for kind, value in idents:
        low = value.lower()
        if low in values or (tokens and tokens & set(_TOKEN.findall(low))):
            out.append({"kind": kind, "value": value})
    return out


def search_entities(conn: Connection, query: Query | str, *, limit: int = 50,
                    offset: int = 0, region: str | None = None) -> EntityResults:
    """Ranked entity hits (clusters collapsed), the total and counts by entity type."""
    if isinstance(query, str):
        query = parse(query, region)
    limit, offset = max(0, min(limit, MAX_LIMIT)), max(0, offset)
    resolver = Resolver(conn, "entities_fts")
    compiled = compile_query(query, ENTITIES, resolver)
    where, params = where_clause(compiled, ENTITIES, resolver)
    if compiled.fts:
        weights = ", ".join(str(w) for w in ENTITY_WEIGHTS)
        # MATERIALIZED: bm25() only works in the query that runs the MATCH, so the
        # scoring subquery must not be flattened into the grouping around it.
        scored = (f"WITH m AS MATERIALIZED (SELECT rowid AS eid, "
                  f"bm25(entities_fts, {weights}) AS score FROM entities_fts "
                  f"WHERE entities_fts MATCH ?) ")
        source = "m JOIN entities e ON e.eid = m.eid"
        score, order, match = "min(m.score)", "score, key", [compiled.fts]
    else:
        scored, source, score, order, match = "", "entities e", "0.0", "min(e.caption), key", []
    grouped = (f"SELECT coalesce(c.cluster, e.eid) AS key, {score} AS score, "
               f"min(e.schema) AS schema FROM {source} "
               f"LEFT JOIN entity_clusters c ON c.eid = e.eid WHERE {where} GROUP BY key")
    page = conn.execute(f"{scored}{grouped} ORDER BY {order} LIMIT ? OFFSET ?",
                        [*match, *params, limit, offset]).fetchall()
    types: dict[str, int] = {}
    for schema, n in conn.execute(f"{scored}SELECT schema, count(*) FROM ({grouped}) GROUP BY 1 "
                                  f"ORDER BY 2 DESC, 1", [*match, *params]):
        types[schema] = n
    keys = [key for key, _, _ in page]
    hits = _hits(conn, query, page, keys)
    return EntityResults(query.text, sum(types.values()), offset, limit, hits,
                         {"type": types})


def _hits(conn: Connection, query: Query, page: list[tuple], keys: list[int]
          ) -> list[EntityHit]:
    ids = json.dumps(keys)
    members: dict[int, list[EntityMember]] = {}
    for key, eid, entity_id, schema, caption, source_ref in conn.execute(
            "SELECT coalesce(c.cluster, e.eid), e.eid, e.id, e.schema, e.caption, e.source_ref "
            "FROM entities e LEFT JOIN entity_clusters c ON c.eid = e.eid "
            "WHERE e.eid IN (SELECT value FROM json_each(?)) OR c.cluster IN "
            "(SELECT value FROM json_each(?)) ORDER BY e.eid", (ids, ids)):
        members.setdefault(key, []).append(EntityMember(eid, entity_id, schema, caption,
                                                        source_ref))
    all_eids = json.dumps([m.eid for ms in members.values() for m in ms])
    idents: dict[int, list[tuple[str, str]]] = {}
    kinds = sorted(IDENTIFIER_KINDS)
    for eid, kind, value in conn.execute(
            f"SELECT eid, kind, value FROM entity_values WHERE eid IN "
            f"(SELECT value FROM json_each(?)) AND kind IN ({', '.join('?' * len(kinds))}) "
            f"ORDER BY eid, kind, value", (all_eids, *kinds)):
        idents.setdefault(eid, []).append((kind, value))
    records = dict(conn.execute(
        "SELECT coalesce(c.cluster, er.eid), count(DISTINCT er.rid) FROM entity_records er "
        "LEFT JOIN entity_clusters c ON c.eid = er.eid "
        "WHERE er.eid IN (SELECT value FROM json_each(?)) GROUP BY 1", (all_eids,)))
    hits = []
    for key, score, _schema in page:
        group = members.get(key, [])
        head = next((m for m in group if m.eid == key), group[0] if group else None)
        if head is None:
            continue
        matched = _matched(query, [i for m in group for i in idents.get(m.eid, [])])
        hits.append(EntityHit(key, head.id, head.schema, head.caption, relevance(score),
                              group, matched, records.get(key, 0), head.source_ref))
    return hits
