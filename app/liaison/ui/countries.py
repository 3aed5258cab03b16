"""Country names for ISO 3166 codes, in the interface language (pycountry's catalogues)."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry
from PySide6.QtCore import QLocale


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language],
                               fallback=True)


def _language() -> str:
    return QLocale().name().split("_")[0]


def country_name(code: str | None) -> str:
    """``DE`` → ``Germany`` / ``Allemagne`` / ``ألمانيا``; unknown codes are shown as given."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _catalogue(_language()).gettext(name)


def all_countries() -> list[tuple[str, str]]:
    """(code, name) of every ISO 3166-1 country, sorted by name in the interface language."""
    pairs = [(c.alpha_2, country_name(c.alpha_2)) for c in pycountry.countries]
    return sorted(pairs, key=lambda p: p[1].casefold())
