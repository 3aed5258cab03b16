"""The finder: runs of capitalised words weighed and judged, then the Arabic names,
the mentions and the unsure rest (see the package's face for the method)."""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

from liaison.analysis.redaction.accounts import ACCOUNT_WORDS
from liaison.analysis.redaction.documents import ID_WORDS, PASSPORT_WORDS
from liaison.analysis.redaction.lexicon import (
    LANGUAGE_SCRIPT,
    common_lower,
    family_languages,
    fold,
    german_noun,
    given_languages,
    is_common,
    is_town,
    is_town_form,
    wordset,
)
from liaison.analysis.redaction.names import (
    LEGAL_FORMS,
    skeleton,
)
from liaison.analysis.redaction.persons.arabic import (
    arabic_names,
    holder_run,
)
from liaison.analysis.redaction.persons.layouts import (
    maiden_names,
    signed_names,
    with_coordinated_given,
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
    BUSINESS_BEFORE,
    CODE_BEFORE,
    FAMILY_FIRM_AFTER,
    LEGAL_FORM_AFTER,
    LOCATIVES,
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

# Between a holder's name and the label of the identifier: a comma or a bracket, and in
# Arabic "the holder of" ("...، صاحبة بطاقة التعريف").
_HOLDER_LEAD = re.compile(r"[ \t]*[,(،][ \t]*(?:(?:صاحب|صاحبة|حامل|حاملة|يحمل|تحمل)[ \t]+)?$")


# Makes of cars and lorries, as written in partner texts (folded): a model after one is
# no surname ("Skoda Octavia", "Киа Рио", "ΝΙΣΑΝ ΧΡΩΜΑΤΟΣ").
CAR_MAKES = wordset("""skoda kia nissan toyota ford opel vw volkswagen bmw audi mercedes
renault peugeot citroen fiat seat dacia hyundai lada volvo mazda honda tesla porsche
mitsubishi suzuki iveco jeep chevrolet lexus scania daf man land range шкода киа ниссан
тойота форд опель фольксваген бмв ауди мерседес рено пежо ситроен фиат лада вольво мазда
хонда хендай хундай ивеко σκοντα κια νισαν τογιοτα φορντ οπελ μερσεντες ρενο πεζο φιατ
σεατ""")
# Languages where "do" is a preposition ("przelew do Kowalskiego") and "i" is "and" ("Jan i
# Anna Nowak"), not a name's particles.
_DO_IS_TO = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs"})
# A Russian, Ukrainian or Belarusian patronymic ("Николаевич", "Шамилевна", "Ильинична").
_PATRONYMIC = re.compile(r"(?:[оеё]вич|[оеё]вна|ич|ична|инична)$")


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
        if word.upper and self.language == "de" and not (given or family) \
                and german_noun(text):
            # A German noun in capitals ("LANDGERICHT", "KONTOAUSZUG"); the nouns that
            # are also surnames ("MÜLLER") are in the family-name lists.
            common = in_dictionary = True
        return Weight(given, family, shape, common, in_dictionary and not common,
                       is_town_form(text), folded in STOP)

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
            hit = self._judge(text, words, weights, run)
            if hit is not None:
                hit = self._without_label(text, words, hit)
            if hit is not None and not self._not_a_person(text, words, hit):
                hits.append(hit)
                # Words the judge left out ("Fructuoso" before "Leal Albendea") stay free:
                # the fail-safe may still find them unsure.
                taken.update(k for k in run if hit.start <= words[k].start < hit.end)
        hits += self._holders(text, words, weights, hits, taken)
        hits += signed_names(text, words, weights, hits, taken)
        hits += self._lower_case(words, taken)
        hits += arabic_names(text, words, taken)
        hits += glosses(text, words, hits, taken)
        hits = link_mentions(words, hits)
        hits += [h for h in later_mentions(words, weights, hits, taken)
                 if not self._not_a_person(text, words, h)]
        hits = [self._with_particles(words, h) for h in hits]
        hits = [with_coordinated_given(words, weights, h) for h in hits]
        hits = maiden_names(text, words, weights, hits, taken)
        hits += unsure_words(self.language, words, weights, taken)
        hits += neighbours(words, weights, hits, taken)
        hits += particles_between(words, hits)
        return sorted(hits, key=lambda h: h.start)

    def _lower_case(self, words: list[Word], taken: set[int]) -> list[PersonHit]:
        """A name typed in lower case in a hurried note ("danny okonkwo-briggs", "jose
        ferreira lopes"): a listed given name that is no word of the language, then one
        to three words that are listed names or no words at all, one of them a family
        name, a surname's shape or unknown."""
        out = []
        i = 0
        while i < len(words):
            word = words[i]
            lead = self._lower_weight(word) if i not in taken else None
            if lead is None or not lead.given:
                i += 1
                continue
            run, surname = [i], False
            j = i + 1
            while j < len(words) and len(run) < 4 and j not in taken \
                    and words[j].gap_before == " ":
                weight = self._lower_weight(words[j], follower=True)
                if weight is None:
                    break
                run.append(j)
                surname = surname or weight.family or weight.shape or not weight.given
                j += 1
            if len(run) >= 2 and surname:
                names = [words[k].text for k in run]
                out.append(PersonHit(words[run[0]].start, words[run[-1]].end,
                                     f"person:~{skeleton(fold(names[-1]))}",
                                     "person:lower-case"))
                taken.update(run)
                i = j
            else:
                i += 1
        return out

    def _lower_weight(self, word: Word, follower: bool = False) -> Weight | None:
        """The weight of a word in lower case that may be part of a name: no word of the
        language (nor a stop word, nor a town), at least three letters; after the given
        name, a listed family name may be a word too ("marie blanc", "jose ... lopes")."""
        if word.script not in ("latin", "cyrillic", "greek") or not word.text.islower() \
                or len(word.text) < 3 or word.initial:
            return None
        weight = _weigh_word(self.language, word.text, word.script, False)
        if weight.stop or weight.town or not (follower or weight.given):
            return None  # (a name's first word is a given name: most words stop here)
        if (weight.common or weight.weak or is_common(word.text, self.language)) \
                and not (follower and weight.family):
            return None
        if not (weight.given or weight.family or weight.shape) \
                and common_lower(word.text, None):
            return None  # an English word in a French note
        return weight

    # --- context around a hit ----------------------------------------------------------

    @staticmethod
    def _without_label(text: str, words: list[Word], hit: PersonHit) -> PersonHit | None:
        """A hit without the identifier label it starts with ("Personalausweisnummer W",
        "Konto-Nr", "Emirates" of "Emirates ID"): a label is no name; None if only
        the label and a letter are left."""
        label = next((m for pattern in (ID_WORDS, PASSPORT_WORDS, ACCOUNT_WORDS)
                      if (m := pattern.match(text, hit.start)) and m.end() > hit.start + 1),
                     None)
        if label is None:
            return hit
        rest = [w for w in words if w.start >= label.end() and w.end <= hit.end]
        if not rest or sum(ch.isalpha() for ch in text[rest[0].start:hit.end]) < 2:
            return None
        return PersonHit(rest[0].start, hit.end, hit.subject, hit.rule, hit.sure)

    def _not_a_person(self, text: str, words: list[Word], hit: PersonHit) -> bool:
        """Whether a hit's context says it names no person: a business named after its
        owner (a firm, a café, a boat), a label before a number, a bank code, a country
        before an identifier's label, a father's name in the genitive, a town after its
        postcode, or a lone word after a preposition of place."""
        inside = [i for i, w in enumerate(words) if hit.start <= w.start < hit.end]
        if not inside:
            return False
        first, last = inside[0], inside[-1]
        previous = fold(words[first - 1].text.rstrip(".")) if first > 0 else ""
        # A car's make, or its model after the make: "Skoda Octavia Combi", «Киа Рио».
        if fold(words[first].text) in CAR_MAKES or (
                previous in CAR_MAKES and words[first].gap_before.strip() == ""):
            return True
        if words[first].script == "arabic":  # "شركة الشرقاوي", "لشركة أبو العينين"
            return words[first].gap_before.strip() in ("", "«", "\"") and (
                previous in BUSINESS_BEFORE or re.sub(r"^[وفبل]", "", previous)
                in BUSINESS_BEFORE)
        # Right before it, on its line, with no comma between ("Logistics, Norbert X" is
        # a firm, then a man).
        same_line = first > 0 and words[first].gap_before.strip() in ("", "«", "„", "\"")
        if same_line and previous in BUSINESS_BEFORE | CODE_BEFORE:
            return True
        if len(inside) > 1:
            return False
        # A lone surname then a legal form or a trade: the firm that bears it ("Meier Bau
        # GmbH", "Thurlbeck Joinery"); a lone letter ("0962315/K/A/M") is a code's.
        nxt = words[last + 1] if last + 1 < len(words) else None
        # A person named before, in the genitive: "vor Gerlachs Garage", "Osgood's
        # Joinery" is their garage (or their firm, which names them as much).
        genitive = hit.rule == "person:mentioned-before" and (
            text[hit.end:hit.end + 1] in ("'", "’") or words[first].text.endswith("s"))
        if genitive:
            pass
        elif FAMILY_FIRM_AFTER.match(text, hit.end) or LEGAL_FORM_AFTER.match(text, hit.end) \
                or (nxt is not None and nxt.gap_before == " " and not nxt.text.islower()
                    and fold(nxt.text.rstrip(".")) in ORG_WORDS) \
                or sum(ch.isalpha() for ch in words[first].text) < 2:
            return True
        word = words[first]
        weight = self._weigh(word)
        listed = weight.given or weight.family
        # A lone unknown word before an identifier's label names its country ("Egyptian
        # national number", "the Kazakh IIN"), a lone word after "του" and a name is the
        # father's name in the genitive ("Αχιλλέας του Γεωργίου").
        after = re.match(r"[ \t]+", text[hit.end:hit.end + 2])
        if after and not listed and any(p.match(text, hit.end + after.end())
                                        for p in (ID_WORDS, PASSPORT_WORDS, ACCOUNT_WORDS)):
            return True
        if first >= 2 and previous in ("του", "της") and words[first - 2].cap:
            return True
        # A lone word after a postcode is its town ("25000 Besançon").
        if re.search(r"(?<![\d\w])(?:\d{4,5}|\d{2}-\d{3}|\d{3} \d{2})[ \t]$",
                     text[max(0, hit.start - 8):hit.start]):
            return True
        # "SIREN 812 447 903", "TRACFIN n° 2024-0447", "HAMNDE21XXX": a label or a code.
        if word.upper and not listed and re.match(
                r"\d|[ \t:]*(?:(?:n[°º]|nr\.?|no\.?|№)[ \t]*)?\d", text[hit.end:hit.end + 8]):
            return True
        return hit.rule in ("person:surname", "person:mentioned-before") and same_line \
            and words[first - 1].text.lower() in LOCATIVES and not listed \
            and not re.match(r"['’]s", text[hit.end:hit.end + 2])

    @staticmethod
    def _with_particles(words: list[Word], hit: PersonHit) -> PersonHit:
        """A sure name grown over the capitalised particles right before it, which are
        its own ("De Smedt-Colignon", "Van Dommelen", "VON DER HEYDT-LINDNER", "Ní
        Bhraonáin"); an article ("Le", "Der") only behind another particle ("von der")."""
        if not hit.sure:
            return hit
        first = next((i for i, w in enumerate(words) if w.start == hit.start), None)
        if first is None:
            return hit
        k = first
        while k > 0 and words[k].gap_before == " " and words[k - 1].cap \
                and fold(words[k - 1].text) in PARTICLES:
            k -= 1
        while k < first and fold(words[k].text) in ARTICLES:
            k += 1  # "Le", "Der" alone lead a sentence, not a name
        if k == first:
            return hit
        return PersonHit(words[k].start, hit.end, hit.subject, hit.rule, hit.sure)

    def _holders(self, text: str, words: list[Word], weights: list[Weight | None],
                 hits: list[PersonHit], taken: set[int]) -> list[PersonHit]:
        """The name right before a personal identifier's label, after a comma or in
        brackets ("Peregrine Thurlbeck, NINO ...", "Gwenaël Le Cam (NIR ...)", "...،
        صاحبة بطاقة التعريف"): the holder. Two name-shaped words or more, unknown ones
        too, make a sure name."""
        out = []
        ends = {w.end: i for i, w in enumerate(words)}
        for label in (*ID_WORDS.finditer(text), *PASSPORT_WORDS.finditer(text)):
            lead = _HOLDER_LEAD.search(text, max(0, label.start() - 24), label.start())
            j = ends.get(lead.start()) if lead else None
            if j is None:
                continue
            if words[j].script == "arabic":
                run = holder_run(words, j)
                if run:
                    names = [words[k].text for k in run]
                    key = " ".join(sorted(skeleton(fold(n)) for n in names[1:]))
                    out.append(PersonHit(words[run[0]].start, words[run[-1]].end,
                                         f"person:~{key}", "person:holder"))
                    taken.update(run)
                continue
            run = [j]
            while len(run) < 5 and run[0] > 0 and words[run[0]].gap_before == " ":
                k = run[0] - 1
                weight = weights[k]
                particle = fold(words[k].text) in PARTICLES
                if not particle and (weight is None or weight.stop
                                     or fold(words[k].text.rstrip(".")) in NAME_NOT
                                     or fold(words[k].text) in BUSINESS_BEFORE):
                    break
                run.insert(0, k)
            while run and fold(words[run[0]].text) in PARTICLES:
                run.pop(0)
            names = [k for k in run if fold(words[k].text) not in PARTICLES]
            # A noun before the name ("die Spanierin Maite ..."): dropped where two
            # words of the name are left.
            if len(names) > 2 and (ws := weights[names[0]]) is not None and ws.common \
                    and not (ws.given or ws.family):
                run = run[run.index(names[1]):]
                names.pop(0)
            ws = [w for k in names if (w := weights[k]) is not None]
            if len(names) < 2 or len(ws) < len(names) or all(w.common for w in ws) \
                    or self._organisation(words, run):
                continue
            hit = PersonHit(words[run[0]].start, words[run[-1]].end,
                            f"person:~{self._surname_key(words, weights, names)}",
                            "person:holder")
            if not self._not_a_person(text, words, hit):
                out.append(hit)
                taken.update(run)
        return out

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
                if not re.fullmatch(r"[ \u00a0]|,[ \u00a0]", gap):
                    break
                if weights[j] is not None and (gap.strip() != "," or self._comma_form(
                        words, weights, run, j)):
                    run.append(j)
                    j += 1
                    continue
                # Particles inside a name: "Pieter van der Berg", "Ahmed bin Rashid",
                # "Maria do Céu" (where "do" is no preposition: not in Polish, Czech).
                k = j
                while k < len(words) and (
                        (fold(words[k].text) in PARTICLES or words[k].text == "do")
                        and not (words[k].text in ("do", "i")
                                 and self.language in _DO_IS_TO)) \
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
    def _surname_before_given_and_patronymic(words: list[Word], weights: list[Weight | None],
                                             core: list[int]) -> bool:
        """"Жук Павел Николаевич": before a given name and a patronymic, the word that
        leads is the surname, even a word of the language ("жук", a beetle)."""
        if len(core) < 3 or words[core[0]].script != "cyrillic":
            return False
        lead = fold(words[core[0]].text.rstrip("."))
        if lead in TITLES or lead in ROLES:
            return False  # "Гражданин Сергей Викторович Лапшин"
        given = weights[core[1]]
        return given is not None and given.given and _PATRONYMIC.search(
            fold(words[core[2]].text)) is not None

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
                or not re.fullmatch(r"[ \u00a0]{1,2}", words[k].gap_before) \
                or (weights[k].common and not weights[k].namey)  # "Serkan Miete Okt."

        second = j + 1 < len(words) and weights[j + 1] is not None \
            and (weights[j + 1].given or first.upper) and ends(j + 2)
        # "GARCÍA LÓPEZ, Juan Carlos"; "MCILWRAITH, Fergus Alasdair": after a family name
        # in capitals, a second given name need not be listed.
        ends = ends(j + 1) or second
        # After a surname in capitals, a given name no list knows: "ADEYEMI-HOLT,
        # Folasade", if it is no word, no town and not in capitals itself.
        unknown_given = after is not None and first.upper and not words[j].upper \
            and not (after.common or after.stop or after.town or after.weak)
        # "Pawlitzki, Ramona": an unknown word that is no word of the language, before a
        # listed given name, is the family name too.
        unknown_family = weight is not None and after is not None and after.given \
            and not (weight.common or weight.weak or weight.town or weight.stop) \
            and not common_lower(first.text, None)
        return (after is not None and (after.given or unknown_given) and weight is not None
                and ends and (first.upper or weight.family or weight.shape or unknown_family))

    def _judge(self, text: str, words: list[Word], weights: list[Weight | None],
               run: list[int]) -> PersonHit | None:
        core = list(run)
        if self._capitals_and_letter(words, weights, core):
            # A payee on a statement: "ROSKILLY T", "M KESTLE" ("M" no Monsieur here).
            name = max(core, key=lambda k: len(words[k].text))
            return PersonHit(words[core[0]].start, words[core[-1]].end,
                             f"person:~{skeleton(fold(words[name].text))}", "person:initials")
        titled = self._titled(words, core[0])
        # "ΣΚΟΡΔΙΛΗΣ ΜΙΧΑΗΛ ΤΟΥ ΓΕΩΡΓΙΟΥ": the father's name in the genitive ends the name.
        father = next((k for k in core[2:] if words[k].script == "greek"
                       and fold(words[k].text) in ("του", "της")), None)
        if father is not None:
            core = core[:core.index(father)]
        # Leading titles, roles and common words ("Yesterday", "Der Beschuldigte", "Herr").
        while core and self._droppable(words[core[0]], weights[core[0]]) and not (
                self._particle_leads(words, core)) \
                and not self._given_before_surname(weights, core) \
                and not self._surname_before_initials(words, weights, core) \
                and not self._surname_before_given_and_patronymic(words, weights, core):
            name = fold(words[core[0]].text.rstrip("."))
            # A title speaks for the word right after it: "Следователь СО ОМВД России"
            # has offices, not a name, after the role.
            titled = name in TITLES or name in ROLES
            core.pop(0)
            # "Zu der Person Yvonne ...": an article left leading a common noun goes too.
            if len(core) >= 2 and weights[core[0]] is None \
                    and fold(words[core[0]].text) in PARTICLES \
                    and self._droppable(words[core[1]], weights[core[1]]):
                core.pop(0)
        # "GRABOWSKI MAREK PL25 1090 ...": the letters an IBAN or a code opens with.
        while len(core) >= 2 and re.fullmatch(r"[A-Z]{2}", words[core[-1]].text) \
                and text[words[core[-1]].end:words[core[-1]].end + 1].isdigit():
            core.pop()
        while core and (self._droppable(words[core[-1]], weights[core[-1]])
                        or fold(words[core[-1]].text) in PARTICLES):
            previous = weights[core[-2]] if len(core) >= 2 else None
            if previous is not None and previous.given and not words[core[-1]].after_break \
                    and fold(words[core[-1]].text) not in NAME_NOT \
                    and (words[core[-2]].gap_before.strip() != ","
                         or weights[core[-1]].given):
                break  # "Eugen Dyck", "Teresy Lis": a given name, then a word as surname
            last = weights[core[-1]]
            if len(core) >= 2 and words[core[-1]].gap_before.strip() == "," \
                    and last is not None and last.given:
                break  # "VERHOEVEN, Jan": the given name after the comma, not the month
            core.pop()
        core = self._after_office(words, weights, core)
        names = [i for i in core if not words[i].initial
                 and fold(words[i].text) not in PARTICLES]
        if not names or self._organisation(words, core):
            return None
        ws = [w for i in names if (w := weights[i]) is not None]
        given_first = len(ws) >= 2 and ws[0].given
        # "BORRULL TENDERO, AMPARO MERCEDES": given names after the comma, whatever else
        # they spell.
        comma_given = any(words[i].gap_before.strip() == "," and weights[i] is not None
                          and weights[i].given for i in names[1:])
        if all(w.stop or (w.town and not titled) for w in ws) \
                or (any(w.stop for w in ws) and not titled and not given_first
                    and not comma_given) \
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
        particle_led = fold(words[core[0]].text) not in ARTICLES \
            and self._particle_leads(words, core)
        if comma and (any(w.given for w in ws) or words[names[0]].upper):
            rule = "person:family-comma"  # "HERRERO ZAPATERO, Luis Miguel"
        elif particle_led and not plain_common:
            rule = "person:particle"
        elif plain_common and not titled and not led_by_given \
                and not self._surname_before_initials(words, weights, core) \
                and not self._surname_before_given_and_patronymic(words, weights, core):
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
            # A lone word before a colon is a form's label: "Date: 13/04/2022".
            label = text[lone.end:lone.end + 3].lstrip(" \t").startswith(":")
            # A surname's ending on a word of the language ("Przelew", "Rejonowy",
            # "Ленинградской", "Grüßen") is no surname on its own.
            if ((w.family and not w.given and not w.common)
                    or (w.shape and not w.common)) and not w.town \
                    and not article and not label \
                    and not re.search(r"-[A-ZА-ЯΑ-Ω]{1,3}$", lone.text):
                rule = "person:surname"
            elif lone.upper and letters >= 5 and not lone.after_break and not w.weak \
                    and not article and not re.match(r"[A-Za-z]['’]", lone.text) \
                    and not common_lower(lone.text, self.language) and not w.town \
                    and not (self.language == "de" and german_noun(lone.text)
                             and not w.family) \
                    and not self._quoted(lone):
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
    def _after_office(words: list[Word], weights: list[Weight | None],
                      core: list[int]) -> list[int]:
        """An office, its town, then the holder: "Εισαγγελέας Πρωτοδικών Θεσσαλονίκης
        Αχιλλέας Καλπουζάνης" — the name after the last office or town word, where a
        given name leads it."""
        offices = [k for k, i in enumerate(core) if fold(words[i].text.rstrip(".")) in ORG_WORDS]
        if not offices:
            return core
        rest = core[offices[-1] + 1:]
        while rest and (weight := weights[rest[0]]) is not None and weight.town \
                and not weight.given:
            rest = rest[1:]
        first = weights[rest[0]] if rest else None
        return rest if len(rest) >= 2 and first is not None and first.given else core

    @staticmethod
    def _particle_leads(words: list[Word], core: list[int]) -> bool:
        """A capitalised particle that leads a surname: mid-sentence ("El Khattabi", "Van
        Oosterwijk"), or anywhere in capitals before a surname in capitals ("LE
        BIHAN-KERVELLEC", "EL OUAZZANI-BENKIRANE")."""
        first = words[core[0]]
        if len(core) < 2 or fold(first.text) not in PARTICLES or not first.cap:
            return False
        return not first.after_break or (first.upper and words[core[1]].upper
                                         and len(words[core[1]].text) >= 4)

    def _capitals_and_letter(self, words: list[Word], weights: list[Weight | None],
                             core: list[int]) -> bool:
        """A surname in capitals with one capital letter, no dot, before or after it."""
        if len(core) != 2:
            return False
        letter, name = sorted(core, key=lambda k: len(words[k].text))
        weight = weights[name]
        return re.fullmatch(r"[B-DF-HJ-NP-TV-Z]", words[letter].text) is not None \
            and words[name].text.isupper() and words[name].script == "latin" \
            and fold(words[name].text) not in TITLE_ROLE \
            and sum(ch.isalpha() for ch in words[name].text) >= 4 and weight is not None \
            and not (weight.common or weight.stop or weight.town) \
            and not common_lower(words[name].text, self.language)

    @staticmethod
    def _quoted(word: Word) -> bool:
        """A word in capitals right inside quotes is a firm's or a product's name:
        АО «АГРОКРЕДИТ», «ШКОДА ОКТАВИЯ», "VESTA"."""
        return word.gap_before[-1:] in ("«", '"', "„", "“", "'", "‚")

    @staticmethod
    def _organisation(words: list[Word], core: list[int]) -> bool:
        inside = any(fold(words[i].text.rstrip(".")) in ORG_WORDS for i in core)
        # A legal form after the name: "Delta Naftiliaki S.A.", "Αιγαίο Ναυτιλιακή Ι.Κ.Ε.".
        # (Two letters at least: "Wojciech Z." is a man, "z" of "sp. z o.o." no form.)
        if any(words[i].initial and len(form := anyascii_letters(words[i].text)) >= 2
               and form in LEGAL_FORMS for i in core[1:]):
            return True
        previous = fold(words[core[0] - 1].text) if core[0] > 0 else ""
        # "avenue du Maréchal Foch", "calle de la Princesa": the street word before an
        # article or particle.
        second = fold(words[core[0] - 2].text) if core[0] > 1 else ""
        before = (previous in ORG_WORDS and words[core[0]].gap_before.strip() == "") \
            or previous in STREET_BEFORE \
            or (previous in PARTICLES | ARTICLES and second in STREET_BEFORE)
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
        gap = words[index].gap_before
        if "\t" in gap or "\n" in gap:
            return False  # another cell or line: "ΜΗΤΣΙΑΔΗΣ Κ.<tab>Φάρσαλα"
        return before in TITLES or before in ROLES or (before in ARABIC_TITLES
                                                       and gap.strip() in ("", ",", ":"))

    def _droppable(self, word: Word, weight: Weight | None) -> bool:
        if word.text in ("Ο", "Η") and word.script == "greek":
            return True  # the Greek article in a text in capitals: "Ο ΑΝΑΚΡΙΤΗΣ Ι. ..."
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
