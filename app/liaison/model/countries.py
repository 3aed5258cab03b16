"""Country names, codes and endonyms as partners write them, folded to ISO 3166 alpha-2.

:func:`normalise_country` is the country normaliser; :func:`region_code` reads a source country
for the normalisers whose result depends on it.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

from liaison.model.normaliser import as_text, never_raise
from liaison.model.records import PropertyValue

__all__ = ["country_code_problem", "is_iso_country", "normalise_country", "region_code"]


# Names pycountry lacks that partners write: short forms, former names, EU and
# FtM codes (EL is Greece in EU usage, XK is Kosovo), and endonyms as they fold
# to ASCII (Россия → rossiya, България → blgariya, Ελλάδα → ellada).
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "gb": ("uk", "britain", "great britain", "england", "scotland", "wales",
           "northern ireland"),
    "gr": ("el", "hellas", "ellada", "ellas"),
    "us": ("usa", "america", "united states"),
    "ru": ("russia", "rossiya", "rossiia"),
    "tr": ("turkey",),
    "mk": ("macedonia", "fyrom", "makedonija"),
    "nl": ("holland", "nederland"),
    "xk": ("xk", "xkx", "kosovo", "kosova"),
    "ci": ("ivory coast",),
    "cv": ("cape verde",),
    "sz": ("swaziland",),
    "mm": ("burma",),
    "ps": ("palestine",),
    "va": ("vatican",),
    "cd": ("drc", "dr congo"),
    "ae": ("uae", "emirates"),
    "ba": ("bosnia",),
    "bn": ("brunei",),
    "de": ("deutschland",),
    "at": ("osterreich",),
    "es": ("espana",),
    "it": ("italia",),
    "pl": ("polska",),
    "bg": ("blgariya", "balgariya"),
    "se": ("sverige",),
    "be": ("belgie", "belgique", "belgien"),
    "ch": ("schweiz", "suisse", "svizzera"),
    "cz": ("cesko",),
    "sk": ("slovensko",),
    "hu": ("magyarorszag",),
    "hr": ("hrvatska",),
    "rs": ("srbija",),
    "me": ("crna gora",),
    "al": ("shqiperia",),
    "ua": ("ukraina",),
    "fi": ("suomi",),
    "no": ("norge",),
    "dk": ("danmark",),
    "ee": ("eesti",),
    "lv": ("latvija",),
    "lt": ("lietuva",),
    "si": ("slovenija",),
    "cy": ("kypros",),
    "ie": ("eire",),
    "ma": ("maroc",),
    "md": ("moldavia",),
}
_COUNTRY_NOISE = re.compile(r"[^a-z0-9]+")


def _country_key(text: str) -> str:
    folded = anyascii(text).lower().replace("'", "")
    key = _COUNTRY_NOISE.sub(" ", folded).strip()
    return key[4:] if key.startswith("the ") else key


@functools.cache
def _country_table() -> dict[str, str]:
    """Every spelling we accept → lower-case alpha-2, built once: pycountry lookups are slow."""
    import pycountry  # 0.1 s to import (importlib.metadata): only when first needed

    table: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2.lower()
        spellings = [country.alpha_2, country.alpha_3, country.numeric, country.name]
        spellings += [getattr(country, attr, "") for attr in ("official_name", "common_name")]
        if ", " in country.name:  # "Korea, Republic of" is also written "Republic of Korea"
            head, _, tail = country.name.partition(", ")
            spellings.append(f"{tail} {head}")
        for spelling in spellings:
            if spelling:
                table.setdefault(_country_key(spelling), code)
    for code, aliases in _COUNTRY_ALIASES.items():
        for alias in aliases:
            table.setdefault(alias, code)
    return table


# Codes people write for a country that ISO 3166 reserves for other uses: the hint names
# the assigned code. XK (Kosovo) is user-assigned, not in ISO 3166, but the EU, Europol
# and Interpol use it, so an agency there must be able to name its country.
_RESERVED_HINTS = {"UK": "GB", "EL": "GR"}
_USER_ASSIGNED = frozenset({"XK"})


def is_iso_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code that is assigned to a country (or XK, Kosovo)."""
    code = (code or "").strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        return False
    import pycountry

    return code in _USER_ASSIGNED or pycountry.countries.get(alpha_2=code) is not None


def country_code_problem(code: str) -> str | None:
    """Why ``code`` cannot name an agency's country (a sentence), or None when it can."""
    if is_iso_country(code):
        return None
    shown = (code or "").strip()
    hint = _RESERVED_HINTS.get(shown.upper())
    return (f"'{shown}' is not an ISO 3166 country code: "
            + (f"write {hint}." if hint else "give its two letters, such as DE, FR or GR "
               "(XK for Kosovo)."))


@functools.lru_cache(maxsize=4096)
def _country_code(text: str) -> str | None:
    return _country_table().get(_country_key(text))


def region_code(country: str | None) -> str | None:
    """The source country as an upper-case alpha-2 code, or None when unknown."""
    if not country:
        return None
    code = _country_code(as_text(country))
    return code.upper() if code else None


@never_raise("country")
def normalise_country(raw: str) -> PropertyValue:
    """A country as code, name or endonym ('DE', 'deu', 'Germany', 'Deutschland') → 'de'."""
    code = _country_code(raw)
    if code is None:
        return PropertyValue(raw, raw.strip().lower(), "country", False, "unknown country")
    return PropertyValue(raw, code, "country")
