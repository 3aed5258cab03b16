"""Synthetic persons' names for the demo case, and how each agency spells a name.

Names are common given names and surnames, combined at random: they describe no
real person. Each agency writes a foreign name with its own conventions (German
``Petrow``, Polish ``Pietrow``, Spanish/French ``Petrov``, Greek ``Πετρόφ``), which is
exactly what cross-referencing has to see through. The tables and each script's
transliteration live in ``demo_names_<script>``; this module indexes them by origin.
"""

from __future__ import annotations

from liaison.formats.demo import names_arabic as arabic
from liaison.formats.demo import names_cyrillic as cyrillic
from liaison.formats.demo import names_greek as greek
from liaison.formats.demo import names_latin as latin

# Which writing system each agency uses for persons: its language, except that the
# Moroccan agency writes Arabic names in Arabic and all others in French-style Latin.
LATIN_SYSTEMS = ("de", "pl", "es", "fr")

# origin -> (male given names, female given names, surnames)
NAMES = {
    "ru": (cyrillic.RU_MALE, cyrillic.RU_FEMALE, cyrillic.RU_SURNAMES),
    "uk": (cyrillic.UK_MALE, cyrillic.UK_FEMALE, cyrillic.UK_SURNAMES),
    "bg": (cyrillic.BG_MALE, cyrillic.BG_FEMALE, cyrillic.BG_SURNAMES),
    "el": (greek.EL_MALE, greek.EL_FEMALE, greek.EL_SURNAMES),
    "ar": (arabic.AR_MALE, arabic.AR_FEMALE, arabic.AR_SURNAMES),
    "de": (latin.DE_MALE, latin.DE_FEMALE, latin.DE_SURNAMES),
    "pl": (latin.PL_MALE, latin.PL_FEMALE, latin.PL_SURNAMES),
    "es": (latin.ES_MALE, latin.ES_FEMALE, latin.ES_SURNAMES),
}
ORIGINS = tuple(NAMES)
# Spanish persons carry two surnames (father's, mother's).
SURNAME_COUNT = {"es": 2}

# ---------------------------------------------------------------------------
# Rendering a person's name for one agency
# ---------------------------------------------------------------------------


def render_name(origin: str, given: int, surnames: tuple[int, ...], female: bool,
                system: str, bits: int) -> tuple[str, str, str | None]:
    """How an agency writing ``system`` spells this person: (name, script, alias or None).

    ``bits`` are the agency's fixed habits for this person: conventional or strict
    transliteration, diacritics dropped, second surname or article dropped, surname first.
    """
    male_names, female_names, surname_table = NAMES[origin]
    g_entry = (female_names if female else male_names)[given]
    s_entries = [surname_table[s] for s in surnames]
    alias = None
    if system == "ar" and origin != "ar":
        system = "fr"  # the Moroccan agency writes non-Arabic names in French-style Latin
    if origin in ("ru", "uk", "bg"):
        g_text, s_texts, script = cyrillic.render(origin, g_entry, s_entries, female, system, bits)
    elif origin == "el":
        g_text = g_entry
        s_texts = [(s[1] or s[0]) if female else s[0] for s in s_entries]
        if system == "el":
            script = "greek"
        else:
            target = "bg" if system == "bg" else ("elot" if not bits & 1 else system)
            g_text = greek.transliterate(g_text, target)
            s_texts = [greek.transliterate(s, target) for s in s_texts]
            script = "cyrillic" if system == "bg" else "latin"
    elif origin == "ar":
        if system == "ar":
            g_text, s_texts, script = g_entry[0], [s[0] for s in s_entries], "arabic"
            if bits & 4:
                alias = f"{g_entry[1]} {s_entries[0][1]}"
        else:
            col = 1 if (bits & 1 and system in LATIN_SYSTEMS) else arabic.AR_COLUMN[system]
            g_text, s_texts = g_entry[col], [s[col] for s in s_entries]
            if bits & 8 and system in LATIN_SYSTEMS:
                s_texts = [arabic.strip_article(s) for s in s_texts]
            script = {"bg": "cyrillic", "el": "greek"}.get(system, "latin")
    else:
        col = {"bg": 1, "el": 2}.get(system, 0)
        g_text, s_texts = g_entry[col], [s[col] for s in s_entries]
        if female:
            s_texts = [latin.feminine(s) for s in s_texts]
        if system != origin and col == 0 and bits & 4:
            if origin == "de" and bits & 1:
                umlauts = latin.EXPAND_UMLAUTS
                g_text, s_texts = g_text.translate(umlauts), [s.translate(umlauts) for s in s_texts]
            else:
                g_text, s_texts = latin.fold(g_text), [latin.fold(s) for s in s_texts]
        script = {"bg": "cyrillic", "el": "greek"}.get(system, "latin")
    if len(s_texts) > 1 and system != "es" and bits & 8:
        s_texts = s_texts[:1]  # foreign agencies often keep only the first Spanish surname
    surname = " ".join(s_texts)
    order = (bits >> 4) & 3
    if script == "latin" and (order < 2 if system == "fr" else (order == 0 and system == "es")):
        return f"{surname.upper()} {g_text}", script, alias
    return f"{g_text} {surname}", script, alias


def native_name(origin: str, given: int, surnames: tuple[int, ...], female: bool) -> str:
    """The person's name in their own language and script (the ground truth's label)."""
    male_names, female_names, surname_table = NAMES[origin]
    g_entry = (female_names if female else male_names)[given]
    parts = []
    for s in surnames:
        entry = surname_table[s]
        if origin in ("ru", "uk", "bg"):
            parts.append(cyrillic.feminine(entry[0], origin) if female else entry[0])
        elif origin == "el":
            parts.append((entry[1] or entry[0]) if female else entry[0])
        else:
            parts.append(latin.feminine(entry[0]) if female else entry[0])
    return " ".join([g_entry if origin == "el" else g_entry[0], *parts])


def typo(text: str, pick: float, where: float) -> str:
    """A realistic slip of the keyboard: swap, drop or double one letter (not the first)."""
    if len(text) < 4:
        return text
    i = 1 + int(where * (len(text) - 2))
    if not text[i].isalpha():
        return text
    if pick < 0.4 and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if pick < 0.7:
        return text[:i] + text[i + 1:]
    return text[:i] + text[i] + text[i:]
