"""The finder: runs of capitalised words weighed and judged, then the Arabic names,
the mentions and the unsure rest (see the package's face for the method)."""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

from liaison.analysis.redaction.lexicon import (
    LANGUAGE_SCRIPT,
    common_lower,
    family_languages,
    fold,
    given_languages,
    is_common,
    is_town,
)
from liaison.analysis.redaction.names import (
    LEGAL_FORMS,
    skeleton,
)
from liaison.analysis.redaction.persons.arabic import (
    arabic_names,
)
from liaison.analysis.redaction.persons.mentions import (
    glosses,
    later_mentions,
    link_mentions,
    neighbours,
    particles_between,
    unsure_words,
)
from liaison.analysis.redaction.persons.tokens import (
    POSSESSIVE,
    PREFIXED,
    PersonHit,
    Weight,
    Word,
    cut_words,
    stem_forms,
    surname_shape,
)
from liaison.analysis.redaction.persons.vocabulary import (
    ARABIC_TITLES,
    ARTICLES,
    NAME_NOT,
    ORG_WORDS,
    PARTICLES,
    PLACE_START,
    ROLES,
    STOP,
    STREET_AFTER,
    STREET_BEFORE,
    TITLE_ROLE,
    TITLES,
)
from liaison.model.language import detect as detect_language


class PersonFinder:
    """Finds unlisted person names in texts of one language (``None``: unknown)."""

    def __init__(self, language: str | None) -> None:
        self.language = language

    # --- weighing words ------------------------------------------------------------------

    def _weigh(self, word: Word) -> Weight:
        return _weigh_word(self.language, word.text, word.script, word.after_break)

    def _weigh_uncached(self, word: Word) -> Weight:
        text = POSSESSIVE.sub("", word.text) if word.script == "latin" else word.text
        folded = fold(text)
        parts = [p for p in re.split(r"[-‐]", text) if p]
        in_dictionary = (is_common(text, self.language) if not word.upper
                         else common_lower(text, self.language))
        # Only German capitalises its nouns: elsewhere a capital mid-sentence makes a
        # dictionary word a proper noun ("Lane", "Миллер"), a weaker sign of a word.
        where_capitals_tell = word.after_break or word.upper or self.language in ("de", None)
        common = in_dictionary and where_capitals_tell
        given = any(self._listed(p, word.script, given_languages, in_dictionary)
                    for p in parts)
        family = any(self._listed(p, word.script, family_languages, in_dictionary)
                     for p in parts)
        shape = any(surname_shape(p, word.script) for p in parts)
        shape = shape and (family or not word.after_break
                           or not common_lower(text, self.language))
        return Weight(given, family, shape, common, in_dictionary and not common,
                       is_town(text), folded in STOP)

    def _listed(self, part: str, script: str, languages, in_dictionary: bool) -> bool:
        """In a name list of the text's language; or of another, if no word of this one."""
        foreign = script != LANGUAGE_SCRIPT.get(self.language or "", "latin")
        forms = stem_forms(part, script)
        if script == "latin" and not any(given_languages(f) or family_languages(f)
                                         for f in forms):
            # "Wiesław" where the lists spell it only "Wieslaw"
            forms = (*forms, *(a for f in forms if (a := anyascii(f)) != f))
        for form in forms:
            found = languages(form)
            if found and (foreign or self.language in found or not in_dictionary):
                return True
        return False

    # --- finding -------------------------------------------------------------------------

    def find(self, text: str) -> list[PersonHit]:
        words = cut_words(text)
        weights = [self._weigh(w) if self._name_shaped(w) else None for w in words]
        hits: list[PersonHit] = []
        taken: set[int] = set()
        for run in self._runs(words, weights):
            hit = self._judge(words, weights, run)
            if hit is not None:
                hits.append(hit)
                # Words the judge left out ("Fructuoso" before "Leal Albendea") stay free:
                # the fail-safe may still find them unsure.
                taken.update(k for k in run if hit.start <= words[k].start < hit.end)
        hits += arabic_names(text, words, taken)
        hits += glosses(text, words, hits, taken)
        hits = link_mentions(words, hits)
        hits += later_mentions(words, weights, hits, taken)
        hits += unsure_words(self.language, words, weights, taken)
        hits += neighbours(words, weights, hits, taken)
        hits += particles_between(words, hits)
        return sorted(hits, key=lambda h: h.start)

    @staticmethod
    def _name_shaped(word: Word) -> bool:
        return word.script in ("latin", "cyrillic", "greek") and (
            word.cap or word.initial or PREFIXED.match(word.text) is not None)

    def _runs(self, words: list[Word], weights: list[Weight | None]) -> list[list[int]]:
        """Index runs of capitalised words (initials and particles inside), one per name."""
        runs: list[list[int]] = []
        i = 0
        while i < len(words):
            if weights[i] is None:
                i += 1
                continue
            run = [i]
            j = i + 1
            while j < len(words):
                gap = words[j].gap_before
                if not re.fullmatch(r"[ \u00a0]{1,2}|,[ \u00a0]", gap):
                    break
                if weights[j] is not None and (gap.strip() != "," or self._comma_form(
                        words, weights, run, j)):
                    run.append(j)
                    j += 1
                    continue
                # Particles inside a name: "Pieter van der Berg", "Ahmed bin Rashid".
                k = j
                while k < len(words) and fold(words[k].text) in PARTICLES \
                        and words[k].gap_before.strip() == "":
                    k += 1
                two_names = sum(1 for r in run if not words[r].initial) >= 2 \
                    and k < len(words) and weights[k] is not None and weights[k].given
                if k > j and k < len(words) and weights[k] is not None and not two_names \
                        and words[k].gap_before.strip() == "":
                    run.extend(range(j, k + 1))
                    j = k + 1
                    continue
                break
            runs.append(run)
            i = j
        return runs

    @staticmethod
    def _given_before_surname(weights: list[Weight | None], core: list[int]) -> bool:
        """"η Κυριακή Μαυροματάκη": a weekday that is a given name too, before a surname."""
        first = weights[core[0]]
        second = weights[core[1]] if len(core) >= 2 else None
        return first is not None and first.given and second is not None \
            and (second.family or second.shape) and not second.given

    @staticmethod
    def _surname_before_initials(words: list[Word], weights: list[Weight | None],
                                 core: list[int]) -> bool:
        """"Верхотурцев И.Л.": a word before the initials that end the run is the surname,
        even where it is a word of the language too."""
        weight = weights[core[0]]
        return len(core) == 2 and words[core[1]].initial and not words[core[0]].initial \
            and weight is not None and not weight.stop \
            and fold(words[core[0]].text) not in TITLE_ROLE

    @staticmethod
    def _comma_form(words: list[Word], weights: list[Weight | None], run: list[int],
                    j: int) -> bool:
        """``FERRITER, Colm``: a surname in capitals (or known), a comma, a given name."""
        first, weight = words[run[-1]], weights[run[-1]]
        after = weights[j]
        # "Lefèvre, Jean-Luc Moreau" is two people: the given name must end the name.
        def ends(k: int) -> bool:
            return k >= len(words) or weights[k] is None \
                or not re.fullmatch(r"[ \u00a0]{1,2}", words[k].gap_before)

        second = j + 1 < len(words) and weights[j + 1] is not None \
            and (weights[j + 1].given or first.upper) and ends(j + 2)
        # "GARCÍA LÓPEZ, Juan Carlos"; "MCILWRAITH, Fergus Alasdair": after a family name
        # in capitals, a second given name need not be listed.
        ends = ends(j + 1) or second
        return (after is not None and after.given and weight is not None and ends
                and (first.upper or weight.family or weight.shape))

    def _judge(self, words: list[Word], weights: list[Weight | None],
               run: list[int]) -> PersonHit | None:
        core = list(run)
        titled = self._titled(words, core[0])
        # Leading titles, roles and common words ("Yesterday", "Der Beschuldigte", "Herr").
        while core and self._droppable(words[core[0]], weights[core[0]]) and not (
                fold(words[core[0]].text) in PARTICLES and words[core[0]].cap
                and not words[core[0]].after_break and len(core) >= 2) \
                and not self._given_before_surname(weights, core) \
                and not self._surname_before_initials(words, weights, core):
            name = fold(words[core[0]].text.rstrip("."))
            titled = titled or name in TITLES or name in ROLES
            core.pop(0)
        while core and (self._droppable(words[core[-1]], weights[core[-1]])
                        or fold(words[core[-1]].text) in PARTICLES):
            previous = weights[core[-2]] if len(core) >= 2 else None
            if previous is not None and previous.given and not words[core[-1]].after_break \
                    and fold(words[core[-1]].text) not in NAME_NOT:
                break  # "Eugen Dyck", "Teresy Lis": a given name, then a word as surname
            core.pop()
        names = [i for i in core if not words[i].initial
                 and fold(words[i].text) not in PARTICLES]
        if not names or self._organisation(words, core):
            return None
        ws = [w for i in names if (w := weights[i]) is not None]
        given_first = len(ws) >= 2 and ws[0].given
        if all(w.stop or (w.town and not titled) for w in ws) \
                or (any(w.stop for w in ws) and not titled and not given_first) \
                or fold(words[core[0]].text.rstrip(".")) in PLACE_START:
            return None
        # "Obywatel Ukrainy Andrij Melnyk": a proper noun of the language (a country, a
        # nationality) before two unknown words is not part of the name.
        while len(ws) >= 3 and ws[0].weak and not ws[0].namey and core[0] == names[0]:
            core.pop(0)
            names.pop(0)
            ws.pop(0)
        plain_common = [w for w in ws if (w.common or w.stop) and not w.namey]
        if self.language in ("fr", None) and words[core[0]].text == "M." and len(core) > 1:
            core.pop(0)  # "M. Lefèvre": Monsieur, not an initial
            titled = True
        initialled = words[core[0]].initial
        rule = None
        led_by_given = len(ws) >= 2 and ws[0].given
        comma = len(names) >= 2 and any(words[i].gap_before.strip() == "," for i in names[1:])
        # "El Khattabi", "Van Oosterwijk", "Di Pasquale": a capitalised particle mid-sentence
        # leads a surname.
        particle_led = fold(words[core[0]].text) in PARTICLES - ARTICLES and words[core[0]].cap \
            and not words[core[0]].after_break and len(core) >= 2
        if comma and any(w.given for w in ws):
            rule = "person:family-comma"  # "HERRERO ZAPATERO, Luis Miguel"
        elif particle_led and not plain_common:
            rule = "person:particle"
        elif plain_common and not titled and not led_by_given \
                and not self._surname_before_initials(words, weights, core):
            rule = None
        elif len(ws) >= 2:
            if any(w.given or w.family for w in ws):
                rule = "person:listed"
            elif any(w.shape for w in ws):
                rule = "person:surname-shape"
            elif titled or all(not w.weak and not w.town for w in ws):
                rule = "person:capitalised-run"

        elif initialled or (words[core[-1]].initial and len(core) >= 2):
            rule = "person:initials"
        elif titled and not (ws[0].weak and not ws[0].namey):
            rule = "person:title"
        else:
            w, lone = ws[0], words[names[0]]
            letters = sum(ch.isalpha() for ch in lone.text)
            article = names[0] > 0 and fold(words[names[0] - 1].text) in ARTICLES
            if ((w.family and not w.given and not w.common) or w.shape) and not w.town \
                    and not article and not re.search(r"-[A-ZА-ЯΑ-Ω]{1,3}$", lone.text):
                rule = "person:surname"
            elif lone.upper and letters >= 5 and not lone.after_break and not w.weak \
                    and not article and not re.match(r"[A-Za-z]['’]", lone.text) \
                    and not common_lower(lone.text, self.language) and not w.town:
                rule = "person:capitals"  # "phoned PELLINGHAM from"
        if rule is None:
            return None
        start, end = words[core[0]].start, words[core[-1]].end
        last = words[core[-1]]
        if last.script == "latin" and last.text[-2:].lower() in ("'s", "’s"):
            end -= 2
        return PersonHit(start, end, f"person:~{self._surname_key(words, weights, names)}",
                         rule)

    @staticmethod
    def _organisation(words: list[Word], core: list[int]) -> bool:
        inside = any(fold(words[i].text.rstrip(".")) in ORG_WORDS for i in core)
        # A legal form after the name: "Delta Naftiliaki S.A.", "Αιγαίο Ναυτιλιακή Ι.Κ.Ε.".
        # (Two letters at least: "Wojciech Z." is a man, "z" of "sp. z o.o." no form.)
        if any(words[i].initial and len(form := anyascii_letters(words[i].text)) >= 2
               and form in LEGAL_FORMS for i in core[1:]):
            return True
        previous = fold(words[core[0] - 1].text) if core[0] > 0 else ""
        before = (previous in ORG_WORDS and words[core[0]].gap_before.strip() == "") \
            or previous in STREET_BEFORE
        nxt = words[core[-1] + 1] if core[-1] + 1 < len(words) else None
        # Legal forms are read only written as such ("GmbH", "S.A.", "sp."), not as the
        # words they share a spelling with ("et", "z", "co").
        follows = fold(nxt.text.rstrip(".")) if nxt is not None else ""
        legal = follows in LEGAL_FORMS - {"the", "et", "z", "o"} and nxt is not None and (
            not nxt.text.islower() or follows in ("sp", "spolka"))
        # On the same line: "Kasimir Nowicki-Hall\nThe driver" is a name, then a sentence.
        after = nxt is not None and "\n" not in nxt.gap_before \
            and nxt.gap_before.strip() in ("", "&") and (
            follows in ORG_WORDS | STREET_AFTER or legal or nxt.gap_before.strip() == "&")
        # "Boulogne-sur-Mer", "Berlin-Kreuzberg"; not "Goñi-Elizalde" or "Fatima-Zahra":
        # "Goñi" and "Fatima" are towns, but names too.
        place = any(re.search(r"-(?:на|sur|am|an|en|de|la|le|del)-", words[i].text)
                    or ("-" in words[i].text and is_town(words[i].text.split("-")[0])
                        and not given_languages(fold(words[i].text.split("-")[0]))
                        and not any(family_languages(fold(part))
                                    for part in words[i].text.split("-")))
                    for i in core)
        return inside or before or after or place

    @staticmethod
    def _surname_key(words: list[Word], weights: list[Weight | None],
                     names: list[int]) -> str:
        """The skeleton of the surname part: what later mentions repeat."""
        chosen = names
        first = weights[names[0]]
        if len(names) >= 2 and first is not None and first.given \
                and words[names[0]].gap_before.strip() != ",":
            chosen = names[1:]
        if len(names) >= 2 and words[names[-1]].gap_before.strip() == ",":
            chosen = names[:-1]  # "FERRITER, Colm"
        return " ".join(sorted(skeleton(stem_forms(words[i].text, words[i].script)[0])
                               for i in chosen))

    def _titled(self, words: list[Word], index: int) -> bool:
        if index == 0:
            return False
        before = fold(words[index - 1].text.rstrip("."))
        return before in TITLES or before in ROLES or (before in ARABIC_TITLES \
            and words[index].gap_before.strip() in ("", ",", ":"))

    def _droppable(self, word: Word, weight: Weight | None) -> bool:
        if weight is None or word.initial:
            return False
        name = fold(word.text.rstrip("."))
        if name in TITLES or name in ROLES or weight.stop:
            return True
        letters = sum(ch.isalpha() for ch in word.text)
        if word.upper and letters <= 4 and not weight.namey:
            return True  # an acronym: "IBAN", "NINO", "VRM"
        return weight.common and not weight.namey

@functools.lru_cache(maxsize=1 << 17)
def _weigh_word(language: str | None, text: str, script: str, after_break: bool) -> Weight:
    """A word's weight depends only on these: cached, as texts repeat their words."""
    word = Word(0, len(text), text, False, script, after_break, "")
    return PersonFinder(language)._weigh_uncached(word)


def anyascii_letters(text: str) -> str:
    """The letters of an abbreviation in ASCII ("Ι.Κ.Ε." -> "ike")."""
    return anyascii("".join(ch for ch in text if ch.isalpha())).lower()


def find_persons(text: str, language: str | None) -> list[PersonHit]:
    """Unlisted person names in ``text`` (``language``: ISO 639-1 of the text, if known;
    otherwise detected from the text itself, where it says enough)."""
    return PersonFinder(language or detect_language(text)).find(text)
