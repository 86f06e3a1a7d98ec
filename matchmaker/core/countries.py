"""Country codes and names: ISO 3166-1 alpha-2 via pycountry, names in English, Lithuanian,
Polish and the region's own languages."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

from .text import fold

#: Countries around the Baltic Sea (and the Nordic neighbours) that Matchmaker's events draw from.
BALTIC_SEA_REGION = ("LT", "LV", "EE", "PL", "FI", "SE", "DK", "NO", "DE", "IS")

# Languages whose country names are recognised on import, besides English.
_NAME_LANGUAGES = ("lt", "pl", "lv", "et", "fi", "sv", "da", "nb", "nn", "de", "is", "ru", "uk")
_EXTRA_ALIASES = {
    "UK": "GB", "Great Britain": "GB", "England": "GB", "Scotland": "GB", "USA": "US", "America": "US",
    "Holland": "NL", "Czech Republic": "CZ", "Russia": "RU", "South Korea": "KR", "Korea": "KR",
}  # fmt: skip


@cache
def _translation(language: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def country_name(code: str | None, language: str = "en") -> str:
    """The common name of an alpha-2 code in ``language`` ('LT', 'pl' -> 'Litwa'); '' if unknown."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    name = str(getattr(country, "common_name", None) or country.name)
    if language == "en":
        return name
    return _translation(language).gettext(str(country.name))


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = str(country.alpha_2)
        names = {code, str(country.alpha_3), str(country.name)}
        for attr in ("official_name", "common_name"):
            if getattr(country, attr, None):
                names.add(str(getattr(country, attr)))
        for language in _NAME_LANGUAGES:
            names.add(_translation(language).gettext(str(country.name)))
        for name in names:
            index.setdefault(fold(name), code)
    for alias, code in _EXTRA_ALIASES.items():
        index[fold(alias)] = code
    return index


def normalise_country(value: str | None) -> str | None:
    """An alpha-2 code for a code or a name in a known language ('Lietuva', 'Polska', 'NOR'); else None."""
    if not value:
        return None
    key = fold(value.strip().strip("."))
    if not key:
        return None
    return _index().get(key)
