"""Names that a document's layout gives away: who signs a letter, a maiden name in
brackets inside a name, two given names of one family before their shared surname."""

from __future__ import annotations

import re

from liaison.analysis.redaction.lexicon import fold
from liaison.analysis.redaction.names import skeleton
from liaison.analysis.redaction.persons.tokens import PersonHit, Weight, Word
from liaison.analysis.redaction.persons.vocabulary import RANKS, TITLE_ROLE

# A letter's closing formula, then (on the same line or the next) who signs it.
_CLOSING = re.compile(
    r"(?:^|\n)[ \t]*(?:im auftrag|i\. ?a\.|gez\.|mit freundlichen grüßen|hochachtungsvoll|"
    r"yours (?:sincerely|faithfully|truly)|(?:kind |best )?regards|signed|"
    r"(?:bien )?cordialement|atentamente|un saludo|z poważaniem|z wyrazami szacunku|"
    r"с уважением|με εκτίμηση|με τιμή)[ \t]*[,.:]?[ \t]*\n?[ \t]*(?=\S)",
    re.IGNORECASE)
# Surname, maiden name in brackets, given name and a patronymic or second name.
_UPPER = "A-ZÀ-ÞĀ-ŽА-ЯЁΑ-ΩΆ-Ώ"
_MAIDEN = re.compile(rf"(?<![^\W\d_])[{_UPPER}][^\W\d_'’-]+(?:-[{_UPPER}][^\W\d_]+)?"
                     rf" \([{_UPPER}][^\W\d_-]+(?:-[{_UPPER}][^\W\d_]+)?\)"
                     rf"(?: [{_UPPER}][^\W\d_]+){{1,2}}(?![^\W\d_])")
# "and" between two given names of one family.
_AND = frozenset({"und", "and", "et", "y", "e", "i", "и", "και", "en", "ve"})


def signed_names(text: str, words: list[Word], weights: list[Weight | None],
                 hits: list[PersonHit], taken: set[int]) -> list[PersonHit]:
    """Who signs: the name after a closing formula ("Im Auftrag\nSchönhoff", "Yours
    sincerely,\nOsgood Pellow"), and a name before its rank at a line's start
    ("Pfeilschifter, Richter am Amtsgericht")."""
    out = []
    starts = {w.start: i for i, w in enumerate(words)}
    leads = [starts.get(m.end()) for m in _CLOSING.finditer(text)]
    leads += [i for i in range(len(words) - 1)
              if (i == 0 or "\n" in words[i].gap_before)
              and words[i + 1].gap_before == ", "
              and fold(words[i + 1].text.rstrip(".")) in RANKS]
    for i in leads:
        if i is None or i in taken:
            continue
        run = [i]
        while len(run) < 4 and run[-1] + 1 < len(words) \
                and words[run[-1] + 1].gap_before == " " \
                and weights[run[-1] + 1] is not None:
            run.append(run[-1] + 1)
        ws = [weights[k] for k in run]
        if any(w is None or w.stop or w.town or (w.common and not w.namey)
               or fold(words[k].text) in TITLE_ROLE for k, w in zip(run, ws, strict=True)):
            continue
        if any(h.start < words[run[-1]].end and words[run[0]].start < h.end for h in hits):
            continue
        out.append(PersonHit(words[run[0]].start, words[run[-1]].end,
                             f"person:~{skeleton(fold(words[run[-1]].text))}",
                             "person:signature"))
        taken.update(run)
    return out

def maiden_names(text: str, words: list[Word], weights: list[Weight | None],
                 hits: list[PersonHit], taken: set[int]) -> list[PersonHit]:
    """A maiden name in brackets inside a name: "Жук (Лещинская) Алла", "Kowalska
    (Nowak) Anna": surname, former surname, given name(s), one person."""
    out = list(hits)
    for m in _MAIDEN.finditer(text):
        inside = [i for i, w in enumerate(words) if m.start() <= w.start < m.end()]
        if len(inside) < 3:
            continue
        given = [weights[i] for i in inside[2:]]
        sure = [h for h in hits if h.sure and m.start() <= h.start < m.end()]
        if not sure or not all(g is not None and g.given for g in given[:1]):
            continue
        if any(h.start < m.start() < h.end or h.start < m.end() < h.end for h in hits
               if not (m.start() <= h.start and h.end <= m.end())):
            continue  # part of a longer name found already
        out = [h for h in out if not (m.start() <= h.start and h.end <= m.end())]
        out.append(PersonHit(m.start(), m.end(), sure[0].subject, "person:maiden-name"))
        taken.update(inside)
    return out

def with_coordinated_given(words: list[Word], weights: list[Weight | None],
                           hit: PersonHit) -> PersonHit:
    """Two people who share the surname: "Clemens und Beate Stockebrand", "Jan i Anna
    Nowak", "Γιώργος και Μαρία Παπαδοπούλου": the first given name goes with them."""
    if not hit.sure:
        return hit
    first = next((i for i, w in enumerate(words) if w.start == hit.start), None)
    if first is None or first < 2 or not words[first].cap:
        return hit
    weight, conj, given = weights[first], words[first - 1], words[first - 2]
    other = weights[first - 2]
    if weight is None or not weight.given or fold(conj.text) not in _AND \
            or conj.gap_before != " " or words[first].gap_before != " " \
            or other is None or not other.given or other.town \
            or not given.cap:
        return hit
    return PersonHit(given.start, hit.end, hit.subject, hit.rule, hit.sure)
