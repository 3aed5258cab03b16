"""After the names are found: glosses in another script, later mentions, and the
unsure rest a fail-safe profile masks too."""

from __future__ import annotations

import bisect
import re

from liaison.analysis.redaction.lexicon import (
    ARABIC_GIVEN_WORDS,
    common_lower,
    family_languages,
    fold,
    is_common,
    is_town,
)
from liaison.analysis.redaction.persons.arabic import (
    arabic_given,
)
from liaison.analysis.redaction.persons.tokens import (
    PersonHit,
    Weight,
    Word,
    covered_words,
    stem_forms,
    words_inside,
)
from liaison.analysis.redaction.persons.vocabulary import (
    ARABIC_STOP,
    GLOSS_NOT,
    LINKS,
    NO_NEIGHBOUR,
    PLACE_PREPOSITIONS,
    PREPOSITION_PARTICLES,
    TITLE_ROLE,
)


def glosses(text: str, words: list[Word], hits: list[PersonHit],
             taken: set[int]) -> list[PersonHit]:
    """A name given again in another script in brackets is the same person, either
    way round: "جدعون فيربراذر-لامب (Gideon Fairbrother-Lamb)", "Vladislav Ogoltsov
    (Владислав Огольцов)". The other side takes as many words as the name found."""
    out = []
    starts = [w.start for w in words]
    for hit in [h for h in hits if h.sure]:
        inside = words_inside(starts, hit)
        if not inside:
            continue
        script = words[inside[0]].script
        count = len([k for k in inside if not words[k].initial])
        # A label may lead the gloss: "(kyrillisch Евгений Щербинин)", "(cyr. Микола)".
        if re.search(r"\((?:\s*[^\W\d_]{2,12}\.?:?\s)?\s*$", text[:hit.start]) \
                and re.match(r"\s*\)", text[hit.end:]):
            paren = text.rfind("(", 0, hit.start)  # the name is the gloss: the
            first = bisect.bisect_left(starts, paren)  # words before the bracket
            other = list(range(max(0, first - count), first))
        elif re.match(r"\s*\(", text[hit.end:]):
            close = text.find(")", hit.end)
            other = [k for k in range(inside[-1] + 1, min(len(words), inside[-1] + 6))
                     if close > 0 and words[k].end <= close]
        else:
            continue
        if not other or any(words[k].script in (script, "other")
                            or len({words[m].script for m in other}) > 1
                            for k in other):
            continue
        if any(fold(words[k].text) in GLOSS_NOT for k in other):
            continue
        if any(re.search(r"[.,;:!?،؛]", words[k].gap_before) for k in other[1:]):
            continue
        start, end = words[other[0]].start, words[other[-1]].end
        if any(k in taken for k in other) and not all(
                start <= h.start and h.end <= end for h in hits
                if h.start < end and start < h.end):
            continue  # the words are another name's, not this one's
        hits[:] = [h for h in hits if not (start <= h.start and h.end <= end)]
        out.append(PersonHit(start, end, hit.subject, "person:gloss"))
        taken.update(other)
    return out

def link_mentions(words: list[Word], hits: list[PersonHit]) -> list[PersonHit]:
    """A lone surname found on its own that repeats a full name's is that person."""
    full: dict[str, str] = {}
    starts = [w.start for w in words]
    for hit in hits:
        inside = [words[k] for k in words_inside(starts, hit)]
        if len(inside) >= 2:
            for word in inside[1:]:
                for form in stem_forms(word.text, word.script):
                    full.setdefault(form, hit.subject)
    out = []
    for hit in hits:
        inside = [words[k] for k in words_inside(starts, hit)]
        subject = None
        if len(inside) == 1:
            subject = next((full[f] for f in stem_forms(inside[0].text, inside[0].script)
                            if f in full), None)
        out.append(hit if subject is None or subject == hit.subject else
                   PersonHit(hit.start, hit.end, subject, "person:mentioned-before"))
    return out

def later_mentions(words: list[Word], weights: list[Weight | None],
                    hits: list[PersonHit], taken: set[int]) -> list[PersonHit]:
    stems: dict[str, str] = {}
    starts = [w.start for w in words]
    for hit in hits:
        for i in words_inside(starts, hit):
            word = words[i]
            # (A word may end past its name: "Osgood's" is the name "Osgood".)
            if not word.initial and fold(word.text) not in LINKS:
                weight = weights[i]
                if weight is not None and weight.given and not weight.family \
                        and word.start == hit.start and hit.end > word.end:
                    continue  # the given name alone is not the person
                if weight is not None and not (weight.given or weight.family) and (
                        weight.common or (weight.town and word.start == hit.start
                                          and word.end >= hit.end)):
                    # "Landgericht" of a court or a town ("г. Москва") read as a name
                    # is no surname to look for again; "Jelle van Oosterwijk" is.
                    continue
                for form in stem_forms(word.text, word.script):
                    if len(form) >= 4:
                        stems.setdefault(form, hit.subject)
                        if form.startswith("ال"):
                            stems.setdefault(form[2:], hit.subject)
    out = []
    covered = covered_words(words, hits)
    for i, word in enumerate(words):
        if i in taken or not (word.cap or word.script == "arabic") or word.initial:
            continue
        if i in covered:
            continue
        forms = stem_forms(word.text, word.script)
        subject = next((stems[f] for f in forms if f in stems), None)
        if subject is None and word.script == "arabic" and fold(word.text).startswith("ال"):
            subject = stems.get(fold(word.text)[2:])
        if subject is None:
            continue
        end, start = word.end, word.start
        if word.script == "latin" and word.text[-2:].lower() in ("'s", "’s"):
            end -= 2
        k = i
        while k > 0 and words[k].gap_before.strip() == "" \
                and fold(words[k - 1].text) in LINKS:
            k -= 1
        # "El Khattabi", "Van der Heijden-Boom", "фон Гильзен", "أبو زيد" again; a
        # particle that is also an article or a preposition counts only from a
        # capitalised one on: "... gab der Heijden" keeps "der" out.
        while k < i and not (words[k].cap or words[k].script == "arabic"
                             or fold(words[k].text) not in PREPOSITION_PARTICLES):
            k += 1
        start = words[k].start
        out.append(PersonHit(start, end, subject, "person:mentioned-before"))
        taken.add(i)
    return out

def neighbours(words: list[Word], weights: list[Weight | None], hits: list[PersonHit],
                taken: set[int]) -> list[PersonHit]:
    """Unsure: a name grown over the capitalised word right before it ("Hauke" before
    "Paulsen-Brodersen", where "Hauke" is a German word too) and, in Arabic, over an
    unknown word right after it ("رفيق ميرزا" then "بيغ"), as the same person. A
    fail-safe mask takes them; the analyst un-redacts a "Treffen" in review."""
    starts = {h.start: h for h in hits if h.sure}
    ends = {h.end: h for h in hits if h.sure}
    covered = covered_words(words, hits)
    out = []
    for i, word in enumerate(words):
        if i in taken or i in covered or word.initial:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        near = (nxt is not None and nxt.start in starts) or (i > 0 and words[i - 1].end in ends)
        if not near:
            continue
        folded = fold(word.text)
        if folded in NO_NEIGHBOUR:
            continue
        before_name = nxt is not None and nxt.start in starts \
            and nxt.gap_before == " " and (word.cap or word.script == "arabic")
        after_name = word.script == "arabic" and word.gap_before == " " and i > 0 \
            and words[i - 1].end in ends and not is_common(word.text, "ar") \
            and not (re.match(r"[وفبلك]", folded) and is_common(word.text[1:], "ar"))
        weight = weights[i]
        if (before_name or after_name) and not (weight is not None
                                                and (weight.stop or weight.town)):
            # The name grown over its neighbour, as the same person: a fail-safe mask
            # of "Treffen Aleksandr Petrov" is one pseudonym, not a second person.
            name = starts[nxt.start] if before_name and nxt is not None \
                else ends[words[i - 1].end]
            out.append(PersonHit(min(word.start, name.start), max(word.end, name.end),
                                 name.subject, "person:unsure", sure=False))
    return out

def particles_between(words: list[Word], hits: list[PersonHit]) -> list[PersonHit]:
    """Particles next to a hit ("von der" before "Heydt-Lindner", "ван" before
    "Остерзее", "أبو" before "زيد") are unsure too: a fail-safe mask takes them."""
    covered = covered_words(words, hits)
    out = []
    for i, word in enumerate(words):
        if fold(word.text) not in LINKS or i in covered:
            continue
        j = i + 1
        while j < len(words) and fold(words[j].text) in LINKS:
            j += 1
        if j < len(words) and words[j].gap_before.strip() == "" and j in covered:
            out.append(PersonHit(word.start, word.end, f"person:?{fold(word.text)}",
                                 "person:unsure", sure=False))
    return out

def unsure_words(language: str | None, words: list[Word], weights: list[Weight | None],
            taken: set[int]) -> list[PersonHit]:
    out = []
    for i, (word, weight) in enumerate(zip(words, weights, strict=True)):
        if i in taken:
            continue
        if word.script == "arabic":
            folded = fold(word.text)
            after_name = i > 0 and words[i - 1].script == "arabic" \
                and arabic_given(words[i - 1].text) and folded not in ARABIC_STOP \
                and not re.match(r"[وفبلك]", folded)
            nisba = folded.startswith("ال") and len(folded) > 4 \
                and not is_common(word.text, "ar")
            if arabic_given(word.text) or after_name or nisba \
                    or folded in ARABIC_GIVEN_WORDS:
                out.append(PersonHit(word.start, word.end, f"person:?{fold(word.text)}",
                                     "person:unsure", sure=False))
            continue
        if weight is None and _lower_name(language, word):
            # Notes typed in lower case: a listed family name that is no word of the
            # language ("jimenez", "lewandowski") is unsure too.
            out.append(PersonHit(word.start, word.end, f"person:?{fold(word.text)}",
                                 "person:unsure", sure=False))
            continue
        if weight is None or word.initial or weight.stop:
            continue
        # A town is no name, unless it is a family name too and no preposition of place
        # leads it: "traf Brenner sich", not "am Brenner" or "nach Brenner".
        if weight.town and not (weight.family and i > 0
                                and fold(words[i - 1].text) not in PLACE_PREPOSITIONS):
            continue
        if re.search(r"[a-zа-яα-ω][A-ZА-ЯΑ-Ω]", word.text[1:]) and \
                not re.match(r"(?:Mc|Mac|O'|D'|De|Di|Le|La)", word.text):
            continue  # "JSXWXynVX": a piece of a wallet or a hash, not a word
        letters = sum(ch.isalpha() for ch in word.text)
        if letters < 3 or (word.upper and letters <= 4 and not weight.namey):
            continue  # acronyms: "DNI", "BMW", "NCA"
        # A dictionary word is still unsure when its capital may make it a name: a
        # listed name that is also a word ("Brenner", "Fischer"), or any capital
        # mid-sentence where only names take one.
        if weight.common and not (weight.namey or (not word.after_break
                                  and language not in ("de", None))):
            continue
        if fold(word.text) in TITLE_ROLE:
            continue
        out.append(PersonHit(word.start, word.end, f"person:?{fold(word.text)}",
                             "person:unsure", sure=False))
    return out


def _lower_name(language: str | None, word: Word) -> bool:
    """A word in lower case (Latin, Cyrillic, Greek script) of five letters or more that
    a family-name list holds and that is no word of the text's language nor English."""
    if word.script not in ("latin", "cyrillic", "greek") or not word.text.islower() \
            or len(word.text) < 5 or word.initial:
        return False
    folded = fold(word.text)
    return bool(family_languages(folded)) and not is_common(word.text, language) \
        and not common_lower(word.text, None) and not is_town(word.text)
