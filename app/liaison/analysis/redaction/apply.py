"""Applying redactions to text: overlapping spans merged, operators rendered, pseudonyms
numbered (the sweep that finds other spellings is :mod:`~liaison.analysis.redaction.sweep`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from liaison.analysis.redaction.profiles import LABELS, RedactionProfile

# When spans overlap, the merged span takes the kind of the more trusted detector.
# An address wins over a name inside it ("17 rue Victor Hugo").
PRIORITY = {"manual": 0, "iban": 1, "account": 1, "email": 2, "crypto": 3, "ip": 4, "phone": 5,
            "national_id": 6, "passport": 7, "plate": 7, "dob": 8, "address": 8, "person": 9,
            "organization": 10}



@dataclass(frozen=True)
class Span:
    """A span to replace: ``[start, end)`` of ``kind``, standing for ``subject``."""

    start: int
    end: int
    kind: str
    subject: str


@dataclass(frozen=True)
class Replacement:
    """What one span became: ``[start, end)`` of the original, ``text`` in its place."""

    start: int
    end: int
    kind: str
    text: str


def merge(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans become one covering span (redacting more never leaks)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            last = out[-1]
            winner = last if PRIORITY.get(last.kind, 99) <= PRIORITY.get(span.kind, 99) else span
            out[-1] = Span(last.start, max(last.end, span.end), winner.kind, winner.subject)
        else:
            out.append(span)
    return out


class Pseudonyms:
    """Operators per the profile; pseudonym numbers in order of first use, per label."""

    def __init__(self, profile: RedactionProfile) -> None:
        self.profile = profile
        self._labels: dict[tuple[str, str], str] = {}
        self._next: dict[str, int] = {}

    def label(self, kind: str, subject: str) -> str:
        # Persons and organisations share a subject space (a name may key to either);
        # the label follows the kind seen first, so one subject never gets two labels.
        base = LABELS.get(kind, "REDACTED")
        key = ("name" if kind in ("person", "organization") else kind, subject)
        if key not in self._labels:
            number = self._next.get(base, 0) + 1
            self._next[base] = number
            self._labels[key] = f"[{base}-{number}]"
        return self._labels[key]

    def render(self, kind: str, subject: str) -> str:
        operator = self.profile.operator(kind)
        if operator == "pseudonym":
            return self.label(kind, subject)
        if operator == "remove":
            return ""
        return self.profile.mask


def apply(text: str, spans: Iterable[Span], pseudonyms: Pseudonyms
          ) -> tuple[str, list[Replacement]]:
    """The text with every span replaced by its operator's rendering."""
    parts: list[str] = []
    done: list[Replacement] = []
    cursor = 0
    for span in merge(spans):
        rendered = pseudonyms.render(span.kind, span.subject)
        before = text[cursor:span.start]
        if not rendered and not span.start == cursor == 0:
            # A removed value must not leave a double space or a space before a comma.
            following = text[span.end:span.end + 1]
            before = before.rstrip(" ") if not following or following in " ,.;:)" else before
        parts.append(before)
        parts.append(rendered)
        done.append(Replacement(span.start, span.end, span.kind, rendered))
        cursor = span.end
        if not rendered and not "".join(parts).strip():
            cursor += len(text[cursor:]) - len(text[cursor:].lstrip(" "))
    parts.append(text[cursor:])
    return "".join(parts), done
