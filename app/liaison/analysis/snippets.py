"""Marking matched words in titles and snippets, for matches FTS5 cannot mark itself.

FTS5's highlight()/snippet() mark tokens of the column that matched. When a record
matched only through its ``folded``, ``phonetic`` or ``names`` column ("Aleksandr"
finding "Александр"), the title and narrative carry no mark; then the words whose
fold or phonetic key equals a query word's are marked here, in the same markers.
"""

from __future__ import annotations

import functools
import re
from collections import deque

from liaison.analysis.query import Identifier, Phrase, Query, Term
from liaison.model.names import name_key, name_phonetic_key, phonetic_variants

# Control characters never appear in record text, so the UI can style exactly what
# lies between them; the CLI turns them into «» or terminal bold.
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
SNIPPET_WORDS = 24

_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    return (word.lower() if word.isascii() else name_key(word)).replace(" ", "")


@functools.lru_cache(maxsize=1 << 16)
def _phonetic(word: str) -> str:
    return name_phonetic_key(word)


class Marker:
    """Knows which words of a text a query asked for, by fold, prefix and phonetic key."""

    def __init__(self, query: Query) -> None:
        self.exact: set[str] = set()
        self.prefixes: list[str] = []
        self.phonetic: set[str] = set()
        for term in query.terms:
            if isinstance(term, Term):
                words = [term.text]
            elif isinstance(term, Phrase):
                words = _WORD.findall(term.text)
            elif isinstance(term, Identifier):
                words = [w.text for w in term.words]
            else:
                continue
            for word in words:
                for part in _WORD.findall(word):
                    folded = _fold(part)
                    if isinstance(term, Term) and term.prefix:
                        self.prefixes.append(folded)
                    else:
                        self.exact.add(folded)
                        if len(folded) >= 4 and not any(ch.isdigit() for ch in folded):
                            self.phonetic.update(phonetic_variants(_phonetic(part)))

    def wanted(self, word: str) -> bool:
        folded = _fold(word)
        if folded in self.exact or any(folded.startswith(p) for p in self.prefixes):
            return True
        return bool(self.phonetic) and len(folded) >= 4 and _phonetic(word) in self.phonetic

    def mark(self, text: str) -> tuple[str, bool]:
        """``text`` with wanted words between the markers; and whether any was marked."""
        marked = False

        def sub(m: re.Match[str]) -> str:
            nonlocal marked
            if self.wanted(m.group(0)):
                marked = True
                return MARK_START + m.group(0) + MARK_END
            return m.group(0)

        return _WORD.sub(sub, text), marked

    def snippet(self, text: str, words: int = SNIPPET_WORDS) -> str:
        """About ``words`` words of ``text`` around the first wanted word, marked.

        One pass that stops once the window is full: a narrative of megabytes costs what
        its text up to the first match costs, never a list of all its words.
        """
        lead = words // 3
        before: deque[tuple[int, int]] = deque(maxlen=lead)
        seen_before = 0
        window: list[tuple[int, int]] = []
        matches = _WORD.finditer(text)
        for m in matches:
            if window:
                window.append(m.span())
            elif self.wanted(m.group(0)):
                window = [*before, m.span()]
            else:
                before.append(m.span())
                seen_before += 1
            if len(window) >= words:
                break
        if not window:  # nothing to mark: the start, as the page without a match shows it
            return plain_snippet(text, words)
        more = len(window) >= words and next(matches, None) is not None
        a = window[0][0] if seen_before > lead else 0
        b = window[-1][1] if more else len(text)
        body, _ = self.mark(text[a:b])
        return (ELLIPSIS if a else "") + body + (ELLIPSIS if b < len(text) else "")


def plain_snippet(text: str, words: int = SNIPPET_WORDS) -> str:
    """The first ``words`` words of ``text``, for results of filter-only queries."""
    end = None
    for n, m in enumerate(_WORD.finditer(text), start=1):
        if n == words:
            end = m.end()
        elif n > words:  # more words follow: cut after the last one shown
            return text[:end] + ELLIPSIS
    return text
