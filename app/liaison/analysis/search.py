"""Running a parsed query: ranked record hits with snippets, facets over all hits, paging.

Text queries rank by FTS5 bm25 with column weights (identifiers and names count most,
folded and phonetic forms less than the words as written); filter-only queries list
the newest reports first. Facets and the total count come from one grouped pass over
the whole hit set, not just the page. Snippets mark matched words between
:data:`~liaison.analysis.snippets.MARK_START` and ``MARK_END`` (\\x02 ... \\x03).
Entity search lives in :mod:`liaison.analysis.entity_search`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from liaison.analysis.query import RECORDS, Compiled, Query, compile_query, parse, where_clause
from liaison.analysis.snippets import ELLIPSIS, MARK_END, MARK_START, Marker, plain_snippet
from liaison.analysis.vocabulary import Resolver
from liaison.store.database import Connection

__all__ = ["RECORD_FACETS", "RecordHit", "RecordResults", "matching_rids", "relevance",
           "run_record_query", "search_records"]

# bm25 weights, in records_fts column order: title, narrative, names, folded,
# phonetic, idents. An identifier or a name is a stronger hit than a narrative word.
RECORD_WEIGHTS = (5.0, 1.0, 6.0, 2.0, 1.0, 8.0)
RECORD_FACETS = ("agency", "country", "handling", "tlp", "year")
MAX_LIMIT = 1000
# Narratives FTS5 makes the snippet of; longer ones are snippeted in one pass by Marker.
# At this size even a text of one repeated word costs FTS5 a few milliseconds.
FTS_SNIPPET_CHARS = 2048


@dataclass
class RecordHit:
    """One record in a result page; ``score`` is its relevance, higher is better: FTS5's
    bm25 (negative, lower is better) negated, so never below 0; 0.0 without text."""

    rid: int
    id: str
    title: str
    agency: str
    country: str
    reported: str | None
    tlp: str | None
    handling: str | None
    score: float
    snippet: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RecordResults:
    """A page of hits, the total number of hits, and facet counts over all of them."""

    query: str
    total: int
    offset: int
    limit: int
    hits: list[RecordHit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "offset": self.offset,
                "limit": self.limit, "hits": [h.as_dict() for h in self.hits],
                "facets": self.facets}


def relevance(bm25: float) -> float:
    """A bm25 score as a relevance: positive, higher is better (FTS5's bm25 is the
    negative of the textbook value, so that ORDER BY puts the best first)."""
    return max(0.0, -float(bm25))


def _bm25(table: str, weights: tuple[float, ...]) -> str:
    return f"bm25({table}, {', '.join(str(w) for w in weights)})"


# The slim covering index holds every column a filter, a facet or the ordering reads;
# looking hits up there instead of in the table avoids reading each hit's whole row
# (narrative included). SQLite's planner would not pick it on its own.
_SLIM = "records r INDEXED BY records_rid_facets"


def _hit_source(compiled: Compiled, where: str, facets: bool = False) -> tuple[str, str, str]:
    """FROM ... WHERE ... and the score expression for the hit set of a compiled query."""
    if compiled.fts:
        return (f"records_fts JOIN {_SLIM} ON r.rid = records_fts.rowid",
                f"records_fts MATCH ? AND {where}", _bm25("records_fts", RECORD_WEIGHTS))
    if where != "1":
        # Filters on indexed columns were compiled into rid sets read from those
        # indexes alone (records_tlp holds (tlp, rid)...); they drive the loop and
        # each hit costs one lookup in the slim index, where the other filters apply.
        return _SLIM, where, "0.0"
    # Everything: newest first straight from records_reported; facets from records_facets,
    # whose order is the facets' own, so they are counted without sorting.
    return ("records r INDEXED BY records_facets" if facets else "records r"), "1", "0.0"


def run_record_query(conn: Connection, compiled: Compiled, *, resolver: Resolver,
                     limit: int, offset: int, facets: bool = True
                     ) -> tuple[int, list[tuple[int, float]], dict[str, dict[str, int]]]:
    """(total, [(rid, score)] of the page, facets over all hits)."""
    where, params = where_clause(compiled, RECORDS, resolver)
    source, condition, score = _hit_source(compiled, where)
    facet_source = _hit_source(compiled, where, facets=True)[0]
    match = [compiled.fts] if compiled.fts else []
    order = "score, r.rid" if compiled.fts else "r.reported DESC, r.rid DESC"
    rid = "r.rid"
    if compiled.fts and where == "1":
        # Text alone: rank in FTS5 without a lookup per hit (the facets still do one).
        source, condition, rid = "records_fts", "records_fts MATCH ?", "records_fts.rowid"
        order = "score, records_fts.rowid"
    page = conn.execute(
        f"SELECT {rid}, {score} AS score FROM {source} WHERE {condition} "
        f"ORDER BY {order} LIMIT ? OFFSET ?", [*match, *params, limit, offset]).fetchall()
    counts: dict[str, dict[str, int]] = {name: {} for name in RECORD_FACETS}
    total = 0
    if facets:
        # One grouped pass gives every facet and the total; the groups are few
        # (agencies x countries x codes x years), so summing them here is cheap.
        rows = conn.execute(
            f"SELECT r.agency, r.country, r.handling, r.tlp, substr(r.reported, 1, 4), "
            f"count(*) FROM {facet_source} WHERE {condition} GROUP BY 1, 2, 3, 4, 5",
            [*match, *params])
        for *values, n in rows:
            total += n
            for name, value in zip(RECORD_FACETS, values, strict=True):
                key = value if value else "(none)"
                counts[name][key] = counts[name].get(key, 0) + n
        counts = {name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
                  for name, c in counts.items()}
    else:
        total = conn.execute(f"SELECT count(*) FROM {facet_source} WHERE {condition}",
                             [*match, *params]).fetchone()[0]
    return total, [(rid, float(s)) for rid, s in page], counts


def matching_rids(conn: Connection, compiled: Compiled, resolver: Resolver,
                  extra: tuple[str, list]) -> list[int]:
    """Every record id the query matches among those ``extra`` (an SQL filter) allows."""
    where, params = where_clause(compiled, RECORDS, resolver)
    where, params = f"({where}) AND ({extra[0]})", [*params, *extra[1]]
    source, condition, _ = _hit_source(compiled, where)
    match = [compiled.fts] if compiled.fts else []
    return [rid for (rid,) in conn.execute(
        f"SELECT r.rid FROM {source} WHERE {condition} ORDER BY r.rid", [*match, *params])]


def _snippets(conn: Connection, compiled: Compiled, query: Query,
              rids: list[int]) -> dict[int, tuple[str, str]]:
    """(marked title, marked snippet) per rid, from FTS5 where it can mark, else our own.

    FTS5's snippet() scores a window for each match against every other match, so its
    cost grows with the square of the matches in one text: a word repeated 38,000 times
    in a 1 MB narrative took 29 s (issue 17). It only sees narratives of up to
    :data:`FTS_SNIPPET_CHARS`; longer ones get :class:`Marker`'s one-pass snippet.
    """
    marker = Marker(query)
    out: dict[int, tuple[str, str]] = {}
    texts = {rid: (title, narrative) for rid, title, narrative in conn.execute(
        "SELECT rid, title, narrative FROM records WHERE rid IN "
        "(SELECT value FROM json_each(?))", (json.dumps(rids),))}
    if compiled.fts and rids:
        short = [rid for rid, (_, text) in texts.items() if len(text) <= FTS_SNIPPET_CHARS]
        rows = conn.execute(
            "SELECT rowid, highlight(records_fts, 0, ?, ?), "
            "CASE WHEN rowid IN (SELECT value FROM json_each(?)) "
            "THEN snippet(records_fts, 1, ?, ?, ?, 24) ELSE '' END FROM records_fts "
            "WHERE records_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
            (MARK_START, MARK_END, json.dumps(short), MARK_START, MARK_END, ELLIPSIS,
             compiled.fts, json.dumps(rids)))
        out = {rid: (title, snippet) for rid, title, snippet in rows}
    for rid, (title, narrative) in texts.items():
        fts_title, fts_snippet = out.get(rid, (title, ""))
        if len(narrative) > FTS_SNIPPET_CHARS and query.has_text:
            marked_title = fts_title if MARK_START in fts_title else marker.mark(title)[0]
            out[rid] = (marked_title, marker.snippet(narrative))
        elif MARK_START in fts_title or MARK_START in fts_snippet:
            out[rid] = (fts_title, fts_snippet or plain_snippet(narrative))
        elif query.has_text:  # matched via folded/phonetic/names columns
            out[rid] = (marker.mark(title)[0], marker.snippet(narrative))
        else:
            out[rid] = (title, plain_snippet(narrative))
    return out


def search_records(conn: Connection, query: Query | str, *, limit: int = 50, offset: int = 0,
                   region: str | None = None, facets: bool = True) -> RecordResults:
    """Run a record search; ``query`` as text is parsed with ``region`` for phone numbers."""
    if isinstance(query, str):
        query = parse(query, region)
    limit, offset = max(0, min(limit, MAX_LIMIT)), max(0, offset)
    resolver = Resolver(conn, "records_fts")
    compiled = compile_query(query, RECORDS, resolver)
    total, page, counts = run_record_query(conn, compiled, resolver=resolver, limit=limit,
                                           offset=offset, facets=facets)
    rids = [rid for rid, _ in page]
    rows = {row[0]: row for row in conn.execute(
        "SELECT rid, id, agency, country, reported, tlp, handling FROM records "
        "WHERE rid IN (SELECT value FROM json_each(?))", (json.dumps(rids),))}
    marked = _snippets(conn, compiled, query, rids)
    hits = []
    for rid, score in page:
        _, rid_id, agency, country, reported, tlp, handling = rows[rid]
        title, snippet = marked.get(rid, ("", ""))
        hits.append(RecordHit(rid, rid_id, title, agency, country, reported, tlp, handling,
                              relevance(score), snippet))
    return RecordResults(query.text, total, offset, limit, hits, counts)
