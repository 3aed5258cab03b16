"""Finding names of known persons and organisations in free text, in any script or spelling.

Every known name is reduced to a *skeleton key*: per token, the ASCII fold with
vowels, h/y/j and the Arabic article dropped and the consonants that
transliterations swap (c/k/q, s/z, v/w, ph/f...) merged, then the tokens sorted. A
text is cut into word windows of one to six tokens; a window whose key is a known
name's key, and whose fold is close enough to that name (rapidfuzz), is a hit. So
``Карлос Диас Рис`` finds ``Carlos Díaz Ris``, ``يوسف المنصوري`` finds
``Youssef El Mansouri``, and ``Jewgenij Lebedew`` finds ``Евгений Лебедев``.

Names are grouped: spellings that share a key or an entity are one *subject*,
which is what makes a pseudonym stable across records and spellings.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from liaison.model.names import name_key
from liaison.store.database import Connection

NAME_PROPS = ("name", "alias", "previousName", "weakAlias")
PERSON_SCHEMAS = frozenset({"Person"})
ORG_SCHEMAS = frozenset({"Organization", "Company", "LegalEntity", "PublicBody"})
# Legal forms and articles are left out of keys: "Nordstern Logistik" names the GmbH.
LEGAL_FORMS = frozenset({
    "gmbh", "ug", "haftungsbeschrankt", "ag", "kg", "sp", "z", "o", "oo", "sa", "ae", "ike",
    "eood", "ood", "ad", "sl", "sarl", "sas", "ltd", "llc", "inc", "bv", "nv", "srl", "spa",
    "plc", "co", "cie", "et", "the", "spzoo", "zoo", "sro", "kft", "ead", "epe", "oe",
    "ooo", "zao", "oao", "pao", "tov",
})
_ARTICLES = frozenset({"al", "el"})
MAX_WINDOW = 6
# A window must be at least this similar (0-100, on the ASCII folds) to the known
# name it keys to; keys are lossy on purpose, this check keeps "in one" from
# matching "Ivan Ivanov".
MIN_SIMILARITY = 62.0
MIN_SURNAME_CHARS = 4
MIN_SURNAME_SIMILARITY = 70.0
MIN_KEY_CHARS = 4

_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0670])+"
                    r"(?:['’`](?:[^\W\d_]|[\u064b-\u065f])+)*")
# Between two tokens of one name: spaces, a comma ("PETROV, Ivan"), a hyphen, a dot.
_GAP = re.compile(r"[\s,.\-‐]{1,3}")
# Greek writes foreign b, d, g as μπ, ντ, γκ; αυ/ευ are av/ev.
_GREEK = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"), ("γγ", "ng"), ("τζ", "dz"), ("αυ", "av"),
          ("ευ", "ev"))
# Greek writes Spanish -ez as -εθ and the -ov ending as -οφ.
_GREEK_FINAL = ((re.compile("φ$"), "v"), (re.compile("θ$"), "σ"))
_DIGRAPHS = (("tsch", "h"), ("sch", "s"), ("dzh", "j"), ("ph", "f"), ("th", "t"), ("kh", "h"),
             ("gh", "g"), ("ch", "h"), ("cz", "h"), ("sh", "s"), ("sz", "s"), ("zh", "s"),
             ("ts", "s"), ("tz", "s"), ("dj", "j"), ("ck", "k"), ("qu", "k"), ("ou", "u"),
             ("x", "ks"))
# French and Greek spell an initial Arabic و as "ou" (Ouazzani); Greek γι and Italian-
# style gi before a vowel are the sound y (Γιούρι, Panagiotis/Panayotis); gue/gui is g.
_RESPELL = ((re.compile(r"^ou(?=[aeio])"), "w"), (re.compile(r"gi(?=[aou])"), "y"),
            (re.compile(r"gu(?=[ei])"), "g"))
# Arabic script writes no short vowels, so its folds hold clusters (التازي: "tzy") that
# are not the digraphs of Latin spellings; only anyascii's own digraphs apply there.
_ARABIC_DIGRAPHS = (("kh", "h"), ("sh", "s"), ("th", "t"), ("gh", "g"), ("dh", "d"))
_CLASSES = str.maketrans({"c": "k", "q": "k", "z": "s", "w": "v"})
MAX_KEYS = 16  # spelling variants tried per window
_SILENT = frozenset("aeiouyjh")


def _script(token: str) -> str:
    for ch in token:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            return name.split(" ")[0].lower()
    return "latin"


# Arabic prepositions and conjunctions written joined to the next word (bi, li, ka, wa,
# fa, and their pairs): a tatweel after one of them marks the join.
_PROCLITICS = frozenset({"ب", "ل", "ك", "و", "ف", "وب", "فب", "ول", "فل", "وك", "فك"})


def _fold(token: str) -> str:
    return name_key(token).replace(" ", "")


def _respell(token: str, script: str) -> str:
    """Script-level fixes before the ASCII fold, where the script still tells them apart."""
    if script == "arabic":
        # A proclitic joined by a tatweel ("بـالمنصوري", to al-Mansouri) is not the name;
        # any other tatweel only stretches the letters ("محمـد", justified text).
        head, joined, rest = token.partition("ـ")
        if joined and head in _PROCLITICS and rest:
            token = rest
        token = token.replace("ـ", "") or token
        if token.startswith("ال") and len(token) > 3:
            token = token[2:]
        # و inside a word is mostly the long vowel u/o (Yusuf, Mansouri).
        return token[0] + token[1:].replace("و", "u")
    if script == "greek":
        token = unicodedata.normalize("NFD", token.lower())
        token = "".join(ch for ch in token if not unicodedata.combining(ch))
        for pattern, replacement in _GREEK:
            token = token.replace(pattern, replacement)
        token = token.replace("ς", "σ")
        for final, replacement in _GREEK_FINAL:
            token = final.sub(replacement, token)
        return token
    return token


def _consonants(text: str) -> str:
    text = text.translate(_CLASSES)
    # A final v is where Slavic -ev/-ew/-ov/-ow endings are written differently.
    last = len(text) - 1
    letters = [ch for i, ch in enumerate(text)
               if ch not in _SILENT and not (ch == "v" and i == last and i > 0)]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])


@functools.lru_cache(maxsize=1 << 16)
def skeleton_variants(token: str) -> tuple[str, ...]:
    """The merged consonant skeletons of one name token, the usual reading first
    (``('',)`` for articles and legal forms)."""
    script = _script(token)
    text = _fold(_respell(token, script))
    if not text or text in _ARTICLES or text in LEGAL_FORMS:
        return ("",)
    for pattern, replacement in _RESPELL:
        text = pattern.sub(replacement, text)
    for digraph, replacement in (_ARABIC_DIGRAPHS if script == "arabic" else _DIGRAPHS):
        text = text.replace(digraph, replacement)
    variants = [text]
    if script == "latin" and "c" in text:
        # Polish and Czech write ц (ts) as c: Kuzniecowa is Кузнецова, Cwetelina Цветелина.
        variants.append(text.replace("c", "s"))
    return tuple(dict.fromkeys(_consonants(v) for v in variants))


# Case endings of Slavic (and Polish) names, longest first: "Соколову", "Белова",
# "Zielińskim", "Кузнецовой" name Sokolov, Belov, Zieliński, Kuznetsova in running text.
# German and English add an "s" ("Köhlers Wagen", "Jones' car"); Polish "-owi" is dative.
_CASE_ENDINGS = ("ovoi", "evoi", "owie", "owi", "ogo", "ego", "omu", "emu", "oi", "ei", "om",
                 "em", "im", "ym", "iu", "u", "a", "e", "y", "s")
_INFLECTED_SCRIPTS = frozenset({"latin", "cyrillic", "greek"})
# Greek names decline too: "του Παπαδόπουλου", "τον Σταυρίδη" are Papadopoulos, Stavridis.
_GREEK_ENDINGS = ("ου", "η", "ο", "α")
_POSSESSIVE = re.compile(r"['’`]s?$")
MIN_STEM_CHARS = 4


@functools.lru_cache(maxsize=1 << 16)
def text_variants(token: str) -> tuple[str, ...]:
    """A word's skeletons as written, then with a case ending taken off (for names in
    running text; known names are indexed as written)."""
    script = _script(token)
    if script == "latin" and _POSSESSIVE.search(token):  # "Whitfield's", "Jones'"
        token = _POSSESSIVE.sub("", token)
    variants = skeleton_variants(token)
    if not variants[0] or script not in _INFLECTED_SCRIPTS:
        return variants
    if script == "greek":
        lower = token.lower()
        extra = [v for ending in _GREEK_ENDINGS
                 if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM_CHARS
                 for v in skeleton_variants(lower[:-len(ending)] + "ς")]
        return tuple(dict.fromkeys([*variants, *(v for v in extra if v)]))
    text = _fold(token)
    extra = [v for ending in _CASE_ENDINGS
             if text.endswith(ending) and len(text) - len(ending) >= MIN_STEM_CHARS
             for v in skeleton_variants(text[:-len(ending)])]
    return tuple(dict.fromkeys([*variants, *(v for v in extra if v)]))


def skeleton(token: str) -> str:
    """The usual skeleton of one name token ('' for articles and legal forms)."""
    return skeleton_variants(token)[0]


def keys_of(variants: Iterable[tuple[str, ...]]) -> list[str]:
    """Every key a run of tokens may have (one per combination of spelling variants)."""
    options = [v for v in variants if v[0]]
    keys = dict.fromkeys(" ".join(sorted(combo))
                         for combo in itertools.islice(itertools.product(*options), MAX_KEYS))
    return list(keys)


def tokens_key(tokens: Iterable[str]) -> str:
    return " ".join(sorted(s for s in (skeleton(t) for t in tokens) if s))


def strip_legal(tokens: list[str]) -> list[str]:
    """The tokens without a trailing legal form, however it is split ("S.L.", "Sp. z o.o.")."""
    for size in range(min(4, len(tokens) - 1), 0, -1):
        if "".join(_fold(t) for t in tokens[-size:]) in LEGAL_FORMS:
            return tokens[:-size]
    return tokens


def name_tokens(name: str) -> list[str]:
    return [m.group(0) for m in _TOKEN.finditer(name)]


def word_spans(text: str) -> list[re.Match[str]]:
    """The words of a text as name tokens, with their positions."""
    return list(_TOKEN.finditer(text))


def folded(text: str) -> str:
    """Sorted ASCII fold of a name, without articles and legal forms (for similarity)."""
    return " ".join(t for t in name_key(text).split() if t not in _ARTICLES | LEGAL_FORMS)


# Initials written with a name: "J. Schäfer", "J.-B. Moreau", "Соколов Д.", "Белов И.В.".
_INITIALS_BEFORE = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]\.[\s\-‐]{0,2}){1,3}$")
_INITIALS_AFTER = re.compile(r"^,?\s{1,2}(?:[^\W\d_]\.\s?){1,3}")
# A legal form written before the name, as Russian and Ukrainian do: ООО «Восток-Транс».
_FORM_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,4})[\s«\"„“']{1,3}$")
_QUOTE_AFTER = re.compile(r"^[»\"“”']")


def _upper_initials(found: str) -> bool:
    return all(ch.isupper() for ch in found if ch.isalpha())


def _widen(text: str, hit: NameHit) -> NameHit:
    """Take in the initials around a person's name and a legal form before a company's."""
    start, end = hit.start, hit.end
    if hit.kind == "person":
        before = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
        if before and _upper_initials(before.group(0)):
            start = before.start()
        after = _INITIALS_AFTER.match(text[end:end + 12])
        if after and _upper_initials(after.group(0)):
            end += len(after.group(0).rstrip())
    else:
        before = _FORM_BEFORE.search(text, max(0, start - 8), start)
        if before and _fold(before.group(1)) in LEGAL_FORMS:
            start = before.start()
            quote = _QUOTE_AFTER.match(text[end:end + 1])
            end += 1 if quote else 0
    if (start, end) == (hit.start, hit.end):
        return hit
    return NameHit(start, end, hit.kind, hit.subject, text[start:end])


@dataclass(frozen=True)
class NameHit:
    """A span ``[start, end)`` naming a known person or organisation (``subject`` groups it)."""

    start: int
    end: int
    kind: str  # 'person' | 'organization'
    subject: str
    text: str


class NameIndex:
    """Known names by skeleton key, grouped into subjects (union-find over keys and entities)."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._full: dict[str, tuple[str, set[str]]] = {}  # key -> (kind, example folds)
        self._partial: dict[str, set[str]] = {}  # sub-name key -> entity nodes
        self._surnames: dict[str, set[tuple[str, str]]] = {}  # skeleton -> (node, fold)
        self.max_tokens = 1

    def _find(self, node: str) -> str:
        root = node
        while self._parent.setdefault(root, root) != root:
            root = self._parent[root]
        while self._parent[node] != root:
            self._parent[node], node = root, self._parent[node]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def add(self, entity_id: str, schema: str, name: str) -> None:
        """Index one name of an entity (Person, or an organisation schema)."""
        kind = "person" if schema in PERSON_SCHEMAS else "organization"
        tokens = [t for t in strip_legal(name_tokens(name)) if skeleton(t)]
        if not tokens or (kind == "person" and len(tokens) < 2 and len(_fold(tokens[0])) < 6):
            return
        node = f"e:{entity_id}"
        variants = [skeleton_variants(t) for t in tokens]
        for key in keys_of(variants):
            self._union(node, f"k:{key}")
            self._full.setdefault(key, (kind, set()))[1].add(folded(name))
        self.max_tokens = min(MAX_WINDOW, max(self.max_tokens, len(tokens)))
        if len(tokens) >= 3:
            for size in range(2, len(tokens)):
                for combo in itertools.combinations(variants, size):
                    for key in keys_of(combo):
                        self._partial.setdefault(key, set()).add(node)
        # The surname alone: the last token, and in names of three or more tokens the one
        # before it too (Spanish "Fernández" of José Luis Fernández García).
        last = [len(tokens) - 1] + ([len(tokens) - 2] if len(tokens) >= 3 else [])
        for i in last if kind == "person" else []:
            if len(_fold(tokens[i])) >= MIN_SURNAME_CHARS:
                for variant in variants[i]:
                    self._surnames.setdefault(variant, set()).add((node, _fold(tokens[i])))

    def _subject(self, keys: list[str]) -> tuple[str, str] | None:
        """(subject, matching key) for the first of ``keys`` a known name has."""
        for key in keys:
            if key in self._full:
                return self._find(f"k:{key}"), key
        for key in keys:
            nodes = self._partial.get(key)
            if nodes:
                roots = {self._find(n) for n in nodes}
                return (roots.pop() if len(roots) == 1 else f"k:{key}"), key
        return None

    def subject_of(self, name: str) -> str | None:
        """The subject a written name belongs to, or None if no known name keys to it."""
        tokens = strip_legal(name_tokens(name))
        found = self._subject(keys_of(skeleton_variants(t) for t in tokens))
        return found[0] if found else None

    def subject_of_entity(self, entity_id: str) -> str:
        return self._find(f"e:{entity_id}")

    def _close(self, text: str, words: list[str], key: str) -> bool:
        """A keyed window is a name if it reads like a known spelling, or if it looks like
        a name (capitalised, or in a script without case) and its key is not tiny: Arabic
        script writes no short vowels, so its fold is never close to a Latin spelling."""
        entry = self._full.get(key)
        target = folded(text)
        if entry and any(fuzz.ratio(target, known) >= MIN_SIMILARITY for known in entry[1]):
            return True
        capitalised = all(w[0].isupper() or w[0].lower() == w[0].upper() for w in words)
        return capitalised and len(key.replace(" ", "")) >= MIN_KEY_CHARS

    def find(self, text: str, local_entities: Iterable[str] = ()) -> list[NameHit]:
        """Non-overlapping name hits in ``text``, longest first; surnames alone only for
        ``local_entities`` (the record's own persons), capitalised where the script has case."""
        words = list(_TOKEN.finditer(text))
        variants = [text_variants(w.group(0)) for w in words]
        taken = [False] * len(words)
        hits: list[NameHit] = []
        for size in range(min(self.max_tokens, len(words)), 1, -1):
            for i in range(len(words) - size + 1):
                # A window starts and ends on a name token: "и", "y", "al" join names.
                if not (variants[i][0] and variants[i + size - 1][0]) \
                        or any(taken[i:i + size]) or not self._joined(text, words, i, size):
                    continue
                keys = [k for k in keys_of(variants[i:i + size]) if " " in k]
                found = self._subject(keys) if keys else None
                start, end = words[i].start(), words[i + size - 1].end()
                if found is None or not self._close(
                        text[start:end], [w.group(0) for w in words[i:i + size]], found[1]):
                    continue
                last = self._legal_tail(text, words, i + size - 1, taken)
                taken[i:last + 1] = [True] * (last + 1 - i)
                entry = self._full.get(found[1])
                end = words[last].end()
                if last > i + size - 1 and "." in text[words[last - 1].end():words[last].start()] \
                        and text[end:end + 1] == ".":
                    end += 1  # "S.L." and "o.o." end in their own dot
                hits.append(NameHit(start, end, entry[0] if entry else "person", found[0],
                                    text[start:end]))
        local = {self._find(f"e:{e}") for e in local_entities}
        for i, word in enumerate(words):
            token = word.group(0)
            if taken[i] or len(_fold(token)) < MIN_SURNAME_CHARS:
                continue
            if token[0].lower() != token[0].upper() and not token[0].isupper():
                continue
            # A surname alone is a weak clue: it must also read like the known surname
            # ("Ευζώνοι", a border post, shares a skeleton with "Ouazzani").
            fold = _fold(token)
            # Arabic script writes no short vowels: its fold never reads like the Latin
            # spelling, so there the skeleton must carry three consonants instead.
            caseless = token[0].lower() == token[0].upper()
            owners = {self._find(n) for v in variants[i] for n, known in self._surnames.get(v, ())
                      if fuzz.ratio(fold, known) >= MIN_SURNAME_SIMILARITY
                      or (caseless and len(v) >= 3)}
            owners &= local
            if len(owners) == 1:
                hits.append(NameHit(word.start(), word.end(), "person", owners.pop(), token))
        return sorted((_widen(text, h) for h in hits), key=lambda h: h.start)

    def _legal_tail(self, text: str, words: list[re.Match[str]], last: int,
                    taken: list[bool]) -> int:
        """The index of the last token of a legal form right after a name ("... S.L.")."""
        for size in range(4, 0, -1):
            end = last + size
            if end < len(words) and not any(taken[last + 1:end + 1]) \
                    and self._joined(text, words, last, size + 1) \
                    and "".join(_fold(w.group(0)) for w in words[last + 1:end + 1]) in LEGAL_FORMS:
                return end
        return last

    @staticmethod
    def _joined(text: str, words: list[re.Match[str]], i: int, size: int) -> bool:
        return all(_GAP.fullmatch(text[words[j].end():words[j + 1].start()])
                   for j in range(i, i + size - 1))

    @classmethod
    def from_store(cls, conn: Connection) -> NameIndex:
        """Every person and organisation name in the workspace."""
        index = cls()
        schemas = sorted(PERSON_SCHEMAS | ORG_SCHEMAS)
        cur = conn.execute(
            "SELECT e.id, e.schema, v.raw FROM entity_values v JOIN entities e ON e.eid = v.eid "
            f"WHERE v.prop IN ({', '.join('?' * len(NAME_PROPS))}) "
            f"AND e.schema IN ({', '.join('?' * len(schemas))})", [*NAME_PROPS, *schemas])
        for entity_id, schema, raw in cur:
            index.add(entity_id, schema, raw)
        return index
