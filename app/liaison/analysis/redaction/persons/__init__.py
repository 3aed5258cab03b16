"""Person names nobody listed: found in free text by shape, word lists and context.

The name index (:mod:`.names`) finds the persons the workspace knows. A STIX report, a
CSV narrative or a typed note also names people nobody has listed yet; this module
finds those, in Latin, Cyrillic, Greek and Arabic script, without a model:

1. Words are cut out with their shape (capitalised, all capitals, initial, particle).
   Runs of capitalised words, with particles (``van der``, ``de la``, ``bin``) and
   initials (``J.-L.``, ``В.А.``) inside, are candidate names; ``FAMILY, Given`` joins.
2. Each word is weighed: a given or family name of the lists (:mod:`.lexicon`), a
   surname by its ending (``-ski``, ``-ов``, ``-όπουλος``...), a common word of the
   text's language, a town, or unknown. Inflected and possessive forms are looked up
   by their stem ("Whitfield's", "Köhlers", "Kowalskiego", "Лапшиной").
3. A run is a *confirmed* name when the evidence agrees: two or more name-like words
   with no common word among them; initials before a surname; a title or a role word
   before it (Mr, Herrn, pan, г-н, κ., السيد, "suspect", "Beschuldigte"...); a single
   word that is a listed family name or has a surname's ending. Arabic script, which
   has no capitals, is read by its given names and the ``bin``/``abu``/``al-`` parts.
4. Later mentions of a confirmed name's surname, in any inflection, are the same person.
5. What is left that still looks like a name (a capitalised word no dictionary knows,
   a lone given name in Arabic) is *unsure*: a fail-safe profile masks it too, and the
   analyst un-redacts it in review.

Every hit has a rule (``person:title``, ``person:given+unknown``...) and a subject: the
skeleton key of the surname, so one person gets one pseudonym across spellings.

Inside: :mod:`.tokens` (words with their shape, stems, weights, the hit),
:mod:`.vocabulary` (the word lists context is read by), :mod:`.finder` (runs of
capitalised words weighed and judged), :mod:`.arabic` (Arabic script),
:mod:`.layouts` (names a document's layout gives away: who signs, a maiden name in
brackets, two given names before one surname), :mod:`.mentions` (glosses, later mentions
and the unsure rest).
"""

from __future__ import annotations

from liaison.analysis.redaction.persons.finder import PersonFinder, find_persons
from liaison.analysis.redaction.persons.tokens import PersonHit
from liaison.analysis.redaction.persons.vocabulary import TITLES

__all__ = ["TITLES", "PersonFinder", "PersonHit", "find_persons"]
