"""The search language: a tokenizer and a recursive-descent parser into a small syntax tree.

Grammar (``position`` in errors is the 0-based character offset in the query)::

    query    := [or_expr] END
    or_expr  := and_expr ("OR" and_expr)*
    and_expr := unary (["AND"] unary)*          -- juxtaposition means AND
    unary    := "NOT" unary | primary
    primary  := "(" or_expr ")" | PHRASE | FIELD ":" value | WORD+
    PHRASE   := '"' any characters but '"' '"'
    value    := WORD | PHRASE                   -- agency:"Policía Nacional"
    WORD     := characters other than space, '(', ')' and '"', with optional
                suffix "*" (prefix, at least 2 letters) or "~" / "~N" (fuzzy,
                N = 0..2 edits; "~" alone allows 1 edit below 8 letters, else 2)

- Operators are upper case (``AND``, ``OR``, ``NOT``); lower-case ones are words.
  ``NOT`` binds tightest, then AND, then OR.
- Fields: ``agency:`` (name, a word of it, or its abbreviation in brackets),
  ``country:`` (code or name), ``type:`` (entity schema, e.g. Person), ``handling:``
  (H0-H3), ``tlp:`` (CLEAR, GREEN, AMBER, AMBER+STRICT, RED; WHITE = CLEAR),
  ``grade:`` (B2, B or 2: source reliability and/or information assessment),
  ``lang:``, ``status:`` (active, superseded, retracted), and the date ranges
  ``received:``, ``reported:``, ``event:`` written ``2025``, ``2025-01..2025-06``,
  ``2024-03-05..``, ``..2024-06`` (inclusive, at the precision written).
  A word with an unknown ``name:`` prefix is ordinary text.
- Identifiers are recognised and normalised like stored data: a run of digit groups
  (``0151 2345 6789``, ``+49 151 23456789``, ``(0157) 2278-7456``: parentheses around
  a number followed by more digits are an area code, not a group) becomes one phone
  number read in the
  search region, an IBAN written in groups becomes the compact IBAN, an e-mail is
  lower-cased; an IP, domain, URL (defanged too: ``8.8.8[.]8``, ``hxxp://``), file hash
  or AS number (``AS174``, ``AS 174``) takes the form model.cyber gives it. The words
  as typed still match too, in case they were not meant as one.
- Everything else is literal text: FTS5 syntax in user input (``NEAR(``, ``col:``,
  ``{a b}``, ``^``, ``*`` inside words) has no meaning here, see
  :mod:`liaison.analysis.query.sql`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from liaison.analysis.query.fields import FIELDS, Filter, parse_filter
from liaison.analysis.query.identifiers import identifier_run
from liaison.model.countries import region_code
from liaison.model.errors import QueryError

__all__ = ["And", "Identifier", "Node", "Not", "Or", "Phrase", "Query", "Term", "parse"]

MAX_QUERY_CHARS = 2000
MAX_FUZZY = 2
_CONTROLS = {i: " " for i in (*range(32), 127)}


@dataclass(frozen=True)
class Term:
    """One word; ``prefix`` for ``petr*``, ``fuzzy`` = allowed edits for ``petrof~``."""

    text: str
    position: int
    prefix: bool = False
    fuzzy: int | None = None


@dataclass(frozen=True)
class Phrase:
    """Words in this order: ``"Aleksandr Petrov"``."""

    text: str
    position: int


@dataclass(frozen=True)
class Identifier:
    """A phone, IBAN, e-mail or cyber identifier normalised like stored data; ``words``
    as typed."""

    kind: str
    value: str
    position: int
    words: tuple[Term, ...] = ()


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node
    position: int = 0


Node = Term | Phrase | Identifier | Filter | And | Or | Not


@dataclass(frozen=True)
class Query:
    """A parsed query; ``root`` is None for an empty query (everything)."""

    text: str
    root: Node | None
    region: str | None = None
    terms: tuple[Term | Phrase | Identifier, ...] = field(default=(), compare=False)

    @property
    def has_text(self) -> bool:
        return bool(self.terms)


# --- tokens ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Tok:
    kind: str  # WORD, PHRASE, FIELD, AND, OR, NOT, LPAREN, RPAREN, END
    text: str
    position: int
    value: str = ""  # FIELD: the value
    value_position: int = 0


_OPERATORS = {"AND", "OR", "NOT"}
_BREAK = set(" \t\r\n\f\v()\"")
# An area code in parentheses before more digits, '(0157) 2278-7456' or '+49 (0)157 ...',
# is part of a phone number, not a group: nobody groups a lone number.
_AREA_CODE = re.compile(r"\(\+?\d{1,5}\)(?=\s*\d)")


def _tokens(text: str) -> Iterator[_Tok]:
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "(" and (area := _AREA_CODE.match(text, i)):
            start, i = i, area.end()
            while i < n and text[i] not in _BREAK and not text[i].isspace():
                i += 1
            yield _Tok("WORD", text[start:i], start)
        elif ch in "()":
            yield _Tok("LPAREN" if ch == "(" else "RPAREN", ch, i)
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError(f"missing closing '\"' for the quote at position {i}", i)
            yield _Tok("PHRASE", text[i + 1:end], i)
            i = end + 1
        else:
            start = i
            while i < n and text[i] not in _BREAK and not text[i].isspace():
                i += 1
            word = text[start:i]
            name, colon, value = word.partition(":")
            if colon and name.lower() in FIELDS:
                if not value and i < n and text[i] == '"':
                    end = text.find('"', i + 1)
                    if end < 0:
                        raise QueryError(f"missing closing '\"' for the quote at position {i}",
                                         i)
                    yield _Tok("FIELD", name.lower(), start, text[i + 1:end], i)
                    i = end + 1
                    continue
                if not value:
                    raise QueryError(f"'{name}:' needs a value at position {start}", start)
                yield _Tok("FIELD", name.lower(), start, value, start + len(name) + 1)
            elif word in _OPERATORS:
                yield _Tok(word, word, start)
            else:
                yield _Tok("WORD", word, start)
    yield _Tok("END", "", n)


_FUZZY = re.compile(r"(.*?)~(\d*)")


def _has_text(word: str) -> bool:
    return any(ch.isalnum() for ch in word)


def _term(tok: _Tok) -> Term | None:
    """A WORD token as a term, with its prefix/fuzzy suffix; None if it has no letters/digits."""
    word = tok.text.replace("(", "").replace(")", "")  # only an area code holds them
    fuzzy = _FUZZY.fullmatch(word)
    if fuzzy and _has_text(fuzzy.group(1)):
        core, edits = fuzzy.group(1), fuzzy.group(2)
        if edits and int(edits) > MAX_FUZZY:
            raise QueryError(f"fuzzy distance {edits} at position {tok.position} is too "
                             f"large: use ~0, ~1 or ~2", tok.position)
        n = int(edits) if edits else (1 if len(core) < 8 else 2)
        return Term(core, tok.position, fuzzy=n)
    if word.endswith("*") and _has_text(word):
        core = word.rstrip("*")
        if sum(ch.isalnum() for ch in core) < 2:
            raise QueryError(f"prefix '{word}' at position {tok.position} is too short: "
                             "type at least 2 letters before '*'", tok.position)
        return Term(core, tok.position, prefix=True)
    return Term(word, tok.position) if _has_text(word) else None


# --- parser ------------------------------------------------------------------------------

class _Parser:
    def __init__(self, text: str, region: str | None) -> None:
        self.toks = list(_tokens(text))
        self.i = 0
        self.region = region
        self.terms: list[Term | Phrase | Identifier] = []

    @property
    def tok(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def query(self) -> Node | None:
        if self.tok.kind == "END":
            return None
        node = self.or_expr()
        if self.tok.kind != "END":
            raise self.unexpected()
        return node

    def unexpected(self) -> QueryError:
        tok = self.tok
        if tok.kind == "END":
            return QueryError(f"unexpected end of query at position {tok.position}",
                              tok.position)
        return QueryError(f"unexpected '{tok.text}' at position {tok.position}", tok.position)

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while self.tok.kind == "OR":
            op = self.take()
            if self.tok.kind in ("END", "RPAREN", "OR"):
                raise QueryError(f"expected a search term after 'OR' at position "
                                 f"{op.position}", op.position)
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self) -> Node:
        children: list[Node] = []
        start = self.tok
        while self.tok.kind not in ("END", "RPAREN", "OR"):
            if self.tok.kind == "AND":
                op = self.take()
                if not children or self.tok.kind in ("END", "RPAREN", "OR", "AND"):
                    raise QueryError(f"expected a search term on both sides of 'AND' at "
                                     f"position {op.position}", op.position)
                continue
            children.extend(self.unary())
        if not children:
            if self.tok is not start:  # only punctuation, e.g. '--' or ';'
                raise QueryError(f"nothing to search for at position {start.position}: "
                                 "type letters or digits", start.position)
            raise self.unexpected()
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self) -> list[Node]:
        if self.tok.kind == "NOT":
            op = self.take()
            if self.tok.kind in ("END", "RPAREN", "OR", "AND"):
                raise QueryError(f"expected a search term after 'NOT' at position "
                                 f"{op.position}", op.position)
            inner = self.unary()
            if not inner:
                raise QueryError(f"expected a search term after 'NOT' at position "
                                 f"{op.position}", op.position)
            child = inner[0] if len(inner) == 1 else And(tuple(inner))
            return [Not(child, op.position)]
        return self.primary()

    def primary(self) -> list[Node]:
        tok = self.tok
        if tok.kind == "LPAREN":
            self.take()
            if self.tok.kind == "RPAREN":
                raise QueryError(f"empty parentheses at position {tok.position}",
                                 tok.position)
            if self.tok.kind == "END":
                raise QueryError(f"missing ')' to close the '(' at position {tok.position}",
                                 tok.position)
            node = self.or_expr()
            if self.tok.kind != "RPAREN":
                raise QueryError(f"missing ')' to close the '(' at position {tok.position}",
                                 tok.position)
            self.take()
            return [node]
        if tok.kind == "PHRASE":
            self.take()
            if not _has_text(tok.text):
                return []
            phrase = Phrase(tok.text, tok.position)
            self.terms.append(phrase)
            return [phrase]
        if tok.kind == "FIELD":
            self.take()
            return [parse_filter(tok.text, tok.value, tok.position, tok.value_position)]
        if tok.kind == "WORD":
            return self.words()
        raise self.unexpected()

    def words(self) -> list[Node]:
        """A run of adjacent words; digit groups or IBAN groups may merge into one identifier."""
        run = []
        j = self.i
        while self.toks[j].kind == "WORD":
            run.append(self.toks[j])
            j += 1
        found = identifier_run([t.text for t in run], self.region)
        if found:
            kind, value, n = found
            self.i += n
            words = tuple(t for t in map(_term, run[:n]) if t)
            ident = Identifier(kind, value, run[0].position, words)
            self.terms.append(ident)
            return [ident]
        term = _term(self.take())
        if term is None:  # punctuation only, e.g. '--' or ';': nothing to look for
            return []
        self.terms.append(term)
        return [term]


def parse(text: str, region: str | None = None) -> Query:
    """Parse ``text``; ``region`` (ISO country) reads national phone numbers. QueryError if bad."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is longer than {MAX_QUERY_CHARS} characters at position "
                         f"{MAX_QUERY_CHARS}", MAX_QUERY_CHARS)
    region = region_code(region) if region else None
    # Control characters (NUL above all, which C code reads as the end of a string)
    # become spaces; one character for one keeps every position right.
    text = text.translate(_CONTROLS)
    parser = _Parser(text, region)
    root = parser.query()
    return Query(text, root, region, tuple(parser.terms))
