"""Compiling a parsed query into an FTS5 MATCH expression plus SQL filters, all bound.

User text reaches SQLite only as bound parameters. Inside the MATCH expression every
piece of user text is an FTS5 string (``"..."`` with inner quotes doubled), which the
tokenizer splits into a phrase: FTS5 operators, column filters, ``NEAR``, ``^`` and
``*`` typed by the user are therefore literal text. Only this module writes FTS5
syntax, from fixed column names.

Each word ``w`` matches (1) itself in the text columns, (2) its ASCII fold in the text
and ``folded`` columns, (3) its phonetic key in ``phonetic`` (words of 4+ letters).
A phrase matches itself or its fold. ``word~N`` adds the vocabulary terms within N
edits of the word (see :class:`Resolver`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from liaison.analysis.query.fields import Filter
from liaison.analysis.query.parser import And, Identifier, Node, Not, Or, Phrase, Query, Term
from liaison.analysis.vocabulary import Resolver
from liaison.model.identifiers import search_token
from liaison.model.names import name_key, name_phonetic_key, phonetic_variants

__all__ = ["ENTITIES", "RECORDS", "Compiled", "Target", "compile_query", "fts_string"]


@dataclass(frozen=True)
class Target:
    """Which FTS table and columns a query runs against, and the row alias it filters."""

    table: str
    key: str  # the SQL expression for the row id: r.rid or e.eid
    text: str  # column set for words as typed (and their folds)
    typed: str  # where identifiers appear as written in free text
    record_filter: str  # how a record-level filter reaches this row (format with {clause})


RECORDS = Target(
    table="records_fts", key="r.rid",
    text="{title narrative names folded idents}", typed="{title narrative names}",
    record_filter="{clause}")
ENTITIES = Target(
    table="entities_fts", key="e.eid",
    text="{names folded idents props}", typed="{names props}",
    record_filter="EXISTS (SELECT 1 FROM entity_records er JOIN records r ON r.rid = er.rid "
                  "WHERE er.eid = e.eid AND {clause})")


def fts_string(text: str) -> str:
    """``text`` as one FTS5 string: whatever it holds, the tokenizer sees only words."""
    return '"' + text.replace('"', '""') + '"'


def fold_query_text(text: str) -> str:
    """Fold a query word or phrase like the index folds text, word order kept."""
    return " ".join(filter(None, (w if w.isascii() else name_key(w) for w in text.split())))


@dataclass
class Compiled:
    """``fts`` (positive MATCH expression, may be None) AND ``sql`` (clause with params)."""

    fts: str | None = None
    sql: list[tuple[str, list]] = field(default_factory=list)
    negated_fts: str | None = None  # NOT <fts>: only meaningful inside an AND


# Record columns with an index of their own (which holds the rid too).
_INDEXED = ("agency", "country", "handling", "tlp", "reported")


class _Compiler:
    def __init__(self, target: Target, resolver: Resolver, rid_sets: bool = False) -> None:
        self.t = target
        self.resolver = resolver
        # Filter-only record queries: filters on indexed columns become rid sets read
        # from those indexes alone, and drive the search (see analysis.search).
        self.rid_sets = rid_sets

    # -- text ---------------------------------------------------------------------------

    def _alternatives(self, columns: str, forms: list[str], prefix: bool = False) -> str:
        star = " *" if prefix else ""
        unique = list(dict.fromkeys(f for f in forms if f.strip()))
        return f"{columns} : ({' OR '.join(fts_string(f) + star for f in unique)})"

    def term(self, term: Term, loose: bool = True) -> str:
        word = term.text
        forms = [word, fold_query_text(word)]
        if term.fuzzy:
            forms += self.resolver.similar(fold_query_text(word).lower(), term.fuzzy)
        expr = self._alternatives(self.t.text, forms, term.prefix)
        folded = fold_query_text(word)
        phonetic = name_phonetic_key(word)
        if (loose and not term.prefix and " " not in phonetic and phonetic
                and sum(ch.isalpha() for ch in folded) >= 4
                and not any(ch.isdigit() for ch in folded)):
            spellings = " OR ".join(fts_string(k) for k in phonetic_variants(phonetic))
            expr = f"({expr}) OR (phonetic : ({spellings}))"
        return expr

    def phrase(self, phrase: Phrase) -> str:
        return self._alternatives(self.t.text, [phrase.text, fold_query_text(phrase.text)])

    def identifier(self, ident: Identifier) -> str:
        exact = f"idents : {fts_string(search_token(ident.kind, ident.value))}"
        typed = f"{self.t.typed} : {fts_string(ident.value)}"
        words = " AND ".join(f"({self.term(w, loose=False)})" for w in ident.words)
        return f"({exact}) OR ({typed})" + (f" OR ({words})" if words else "")

    # -- filters ------------------------------------------------------------------------

    def filter(self, f: Filter) -> tuple[str, list]:
        if f.field == "type":
            schemas = self.resolver.schemas(f.args[0] or "")
            marks = ", ".join("?" * len(schemas))
            if not schemas:
                return "0", []
            if self.t is ENTITIES:
                return f"e.schema IN ({marks})", schemas
            return (f"r.rid IN (SELECT er.rid FROM entity_records er WHERE er.eid IN "
                    f"(SELECT eid FROM entities WHERE schema IN ({marks})))", schemas)
        clause, params = self._record_clause(f)
        if self.rid_sets and f.field in _INDEXED and clause != "0":
            return f"r.rid IN (SELECT r.rid FROM records r WHERE {clause})", params
        return self.t.record_filter.format(clause=clause), params

    def _record_clause(self, f: Filter) -> tuple[str, list]:
        if f.field == "agency":
            agencies = self.resolver.agencies(f.args[0] or "")
            if not agencies:
                return "0", []
            return f"r.agency IN ({', '.join('?' * len(agencies))})", agencies
        if f.field in ("received", "reported", "event"):
            start, end = f.args
            column = "ev.start" if f.field == "event" else f"r.{f.field}"
            parts, params = [], []
            if start:
                parts.append(f"{column} >= ?")
                params.append(start)
            if end:
                parts.append(f"{column} < ?")
                params.append(end)
            else:
                parts.append(f"{column} IS NOT NULL")
            where = " AND ".join(parts)
            if f.field == "event":
                return (f"r.rid IN (SELECT er2.rid FROM events ev JOIN event_records er2 "
                        f"ON er2.vid = ev.vid WHERE {where})", params)
            return where, params
        if f.field == "grade":
            reliability, assessment = f.args
            parts, params = [], []
            if reliability:
                parts.append("r.reliability = ?")
                params.append(reliability)
            if assessment:
                parts.append("r.assessment = ?")
                params.append(assessment)
            return " AND ".join(parts), params
        column = {"country": "r.country", "handling": "r.handling", "tlp": "r.tlp",
                  "lang": "r.language", "status": "r.status"}[f.field]
        return f"{column} = ?", [f.args[0]]

    # -- tree ---------------------------------------------------------------------------

    def as_sql(self, c: Compiled) -> tuple[str, list]:
        parts, params = [], []
        if c.fts:
            parts.append(f"{self.t.key} IN (SELECT rowid FROM {self.t.table} "
                         f"WHERE {self.t.table} MATCH ?)")
            params.append(c.fts)
        if c.negated_fts:
            parts.append(f"{self.t.key} NOT IN (SELECT rowid FROM {self.t.table} "
                         f"WHERE {self.t.table} MATCH ?)")
            params.append(c.negated_fts)
        for clause, p in c.sql:
            parts.append(f"({clause})")
            params.extend(p)
        return " AND ".join(parts) or "1", params

    def node(self, node: Node) -> Compiled:
        if isinstance(node, Term):
            return Compiled(fts=self.term(node))
        if isinstance(node, Phrase):
            return Compiled(fts=self.phrase(node))
        if isinstance(node, Identifier):
            return Compiled(fts=self.identifier(node))
        if isinstance(node, Filter):
            return Compiled(sql=[self.filter(node)])
        if isinstance(node, Not):
            inner = self.node(node.child)
            if inner.fts and not inner.sql and not inner.negated_fts:
                return Compiled(negated_fts=inner.fts)
            clause, params = self.as_sql(inner)
            return Compiled(sql=[(f"NOT ({clause})", params)])
        if isinstance(node, And):
            return self.conjunction([self.node(child) for child in node.children])
        if isinstance(node, Or):
            parts = [self.node(child) for child in node.children]
            if all(p.fts and not p.sql and not p.negated_fts for p in parts):
                return Compiled(fts=" OR ".join(f"({p.fts})" for p in parts))
            compiled = [self.as_sql(p) for p in parts]
            return Compiled(sql=[(" OR ".join(f"({c})" for c, _ in compiled),
                                  [x for _, p in compiled for x in p])])
        raise TypeError(f"unknown query node {type(node).__name__}")

    def conjunction(self, parts: list[Compiled]) -> Compiled:
        positive = [p.fts for p in parts if p.fts]
        negative = [p.negated_fts for p in parts if p.negated_fts]
        out = Compiled(sql=[s for p in parts for s in p.sql])
        if positive:
            out.fts = " AND ".join(f"({e})" for e in positive)
        if negative:
            out.negated_fts = " OR ".join(f"({e})" for e in negative)
        if out.fts and out.negated_fts:
            # FTS5's NOT is binary: "a NOT b" keeps rows matching a and not b.
            out.fts, out.negated_fts = f"({out.fts}) NOT ({out.negated_fts})", None
        return out


def compile_query(query: Query, target: Target, resolver: Resolver) -> Compiled:
    """The query as a driving MATCH expression (or None) and SQL filters for ``target``."""
    if query.root is None:
        return Compiled()
    compiled = _Compiler(target, resolver).node(query.root)
    if target is RECORDS and not compiled.fts:
        compiled = _Compiler(target, resolver, rid_sets=True).node(query.root)
    return compiled


def where_clause(compiled: Compiled, target: Target, resolver: Resolver) -> tuple[str, list]:
    """The SQL filters (not the driving MATCH) as one clause with its parameters."""
    rest = Compiled(sql=compiled.sql, negated_fts=compiled.negated_fts)
    return _Compiler(target, resolver).as_sql(rest)
