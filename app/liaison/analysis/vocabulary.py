"""What a query needs from the store besides the index: agency names, entity types, similar words.

A :class:`Resolver` lives for one query (or one watchlist check) and caches what it read.
Fuzzy matching looks up the index's own vocabulary through an ``fts5vocab`` table in
the connection's temp schema, so it never disagrees with the index (erased words are
gone from both). It assumes the first letter is right, as most typo-tolerant search
does: that keeps the scan to one slice of the vocabulary.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from liaison.model.names import name_key
from liaison.store.database import Connection

MAX_SIMILAR = 40  # alternatives per fuzzy word: enough for typos, bounded MATCH size
_WORD = re.compile(r"[a-z0-9]+")


def _key(text: str) -> str:
    folded = " ".join(w if w.isascii() else name_key(w) for w in text.split())
    return " ".join(_WORD.findall(folded.lower()))


def _next_prefix(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class Resolver:
    """Resolves agency names and entity types, and finds vocabulary words near a typo."""

    def __init__(self, conn: Connection, vocabulary_table: str = "records_fts") -> None:
        self.conn = conn
        self.vocabulary_table = vocabulary_table
        self._agencies: list[str] | None = None
        self._schemas: list[str] | None = None

    def agencies(self, value: str) -> list[str]:
        """Agencies whose name, words of it, or bracketed abbreviation match ``value``."""
        if self._agencies is None:
            self._agencies = [a for (a,) in self.conn.execute("SELECT agency FROM sources")]
        wanted = _key(value)
        if not wanted:
            return []
        out = []
        for agency in self._agencies:
            key = _key(agency)
            abbreviations = {_key(m) for m in re.findall(r"\(([^()]+)\)", agency)}
            if wanted == key or f" {wanted} " in f" {key} " or wanted in abbreviations:
                out.append(agency)
        return out

    def schemas(self, value: str) -> list[str]:
        """Entity schemas equal to ``value`` ignoring case ('person' → 'Person')."""
        if self._schemas is None:
            self._schemas = [s for (s,) in self.conn.execute(
                "SELECT DISTINCT schema FROM entities")]
        return [s for s in self._schemas if s.lower() == value.strip().lower()]

    def similar(self, word: str, edits: int) -> list[str]:
        """Indexed words within ``edits`` Levenshtein edits of ``word`` (same first letter)."""
        word = word.lower()
        if edits <= 0 or len(word) < 2:
            return []
        vocab = f"temp.{self.vocabulary_table}_vocab"
        # The vocabulary table is connection-local (temp) and made from our own
        # constant table names, never from user text.
        self.conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} "
                          f"USING fts5vocab(main, {self.vocabulary_table}, 'row')")
        first = word[0]
        rows = self.conn.execute(
            f"SELECT term FROM {vocab} WHERE term >= ? AND term < ?",
            (first, _next_prefix(first)))
        lo, hi = len(word) - edits, len(word) + edits
        candidates = [t for (t,) in rows if lo <= len(t) <= hi and t != word]
        found = process.extract(word, candidates, scorer=Levenshtein.distance,
                                score_cutoff=edits, limit=MAX_SIMILAR)
        return [term for term, _distance, _index in sorted(found, key=lambda m: m[1])]
