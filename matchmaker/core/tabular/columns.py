"""The canonical columns and mapping source headers onto them (synonyms in English, Lithuanian, Polish)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..errors import MatchmakerError
from ..text import fold
from .reading import unique_headers

ORGANISATION_FIELDS = (
    "name", "country", "city", "type", "size", "website", "clusters", "capabilities", "offers", "requests",
    "description", "contact_name", "contact_email", "contact_phone", "contact_consent",
)  # fmt: skip
PARTICIPANT_FIELDS = (*ORGANISATION_FIELDS, "event", "delegates", "unavailable")
LIST_FIELDS = frozenset({"clusters", "capabilities", "offers", "requests", "unavailable"})
REQUIRED_FIELDS = ("name", "country")
KINDS = ("organisations", "participants")

#: Header texts (folded, punctuation as spaces) that mean each field.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "company", "company name", "organisation", "organization", "organisation name",
        "organization name", "org", "legal name", "business name", "member", "firm",
        "imone", "imones pavadinimas", "imones", "pavadinimas", "organizacija", "organizacijos pavadinimas",
        "juridinis asmuo", "firma", "nazwa", "nazwa firmy", "nazwa organizacji", "organizacja", "przedsiebiorstwo",
    ),
    "country": ("country", "country code", "nation", "land", "salis", "valstybe", "kraj", "panstwo"),
    "city": ("city", "town", "location", "miestas", "vietove", "miasto", "miejscowosc"),
    "type": (
        "type", "organisation type", "organization type", "org type", "kind of organisation", "legal type",
        "tipas", "rusis", "organizacijos tipas", "typ", "rodzaj", "typ organizacji", "rodzaj organizacji",
    ),
    "size": (
        "size", "company size", "size band", "employees", "number of employees", "staff", "headcount",
        "dydis", "imones dydis", "darbuotoju skaicius", "darbuotojai", "wielkosc", "wielkosc firmy",
        "liczba pracownikow", "pracownicy", "zatrudnienie",
    ),
    "website": (
        "website", "web", "www", "url", "homepage", "home page", "web site", "site", "web page",
        "svetaine", "tinklalapis", "interneto svetaine", "strona", "strona www", "strona internetowa", "witryna",
    ),
    "clusters": (
        "clusters", "cluster", "membership", "memberships", "member of", "klasteris", "klasteriai",
        "klaster", "klastry", "czlonkostwo",
    ),
    "capabilities": (
        "capabilities", "capability", "competences", "competencies", "expertise", "skills", "fields",
        "areas of expertise", "activity", "activities", "sectors", "kompetencijos", "gebejimai", "veiklos sritys",
        "veikla", "kompetencje", "specjalizacja", "obszary dzialalnosci", "dzialalnosc",
    ),
    "offers": (
        "offers", "offer", "we offer", "what we offer", "siulome", "pasiulymai", "ka siulome",
        "oferta", "oferty", "oferujemy", "co oferujemy",
    ),
    "requests": (
        "requests", "request", "we look for", "looking for", "we seek", "needs", "what we need",
        "ieskome", "ko ieskome", "poreikiai", "uzklausos", "szukamy", "poszukujemy", "potrzeby", "zapytania",
    ),
    "description": (
        "description", "about", "profile", "summary", "company description", "about us",
        "aprasymas", "apie", "apie imone", "opis", "o firmie", "profil", "opis firmy",
    ),
    "contact_name": (
        "contact", "contact name", "contact person", "person", "representative", "name of contact",
        "kontaktinis asmuo", "kontaktas", "atstovas", "vardas pavarde", "vardas ir pavarde",
        "kontakt", "osoba kontaktowa", "imie i nazwisko", "przedstawiciel",
    ),
    "contact_email": (
        "email", "e mail", "contact email", "mail", "email address", "e mail address",
        "el pastas", "el pasto adresas", "e pastas", "elektroninis pastas", "adres email", "adres e mail",
        "poczta", "poczta elektroniczna",
    ),
    "contact_phone": (
        "phone", "telephone", "tel", "mobile", "contact phone", "phone number", "telefonas", "tel nr",
        "mob", "telefon", "nr telefonu", "numer telefonu", "komorka",
    ),
    "contact_consent": (
        "consent", "contact consent", "gdpr consent", "consent to publish", "gdpr", "sutikimas",
        "sutikimas skelbti", "zgoda", "zgoda rodo", "zgoda na publikacje",
    ),
    "event": ("event", "event name", "renginys", "wydarzenie"),
    "delegates": (
        "delegates", "delegate count", "number of delegates", "attendees", "delegatai", "dalyviu skaicius",
        "delegaci", "liczba delegatow", "liczba uczestnikow",
    ),
    "unavailable": (
        "unavailable", "unavailable slots", "not available", "busy", "unavailability",
        "neprieinamas", "uzimtas", "uzimta", "niedostepny", "niedostepnosc", "zajety",
    ),
}  # fmt: skip

_PUNCT = re.compile(r"[^\w]+", re.UNICODE)
_PARTS = re.compile(r"\s*(?:/|\||\n|\(|\)|\[|\]|:|–|—)\s*")
_LOOKUP = {syn: name for name, words in SYNONYMS.items() for syn in words}
_LOOKUP.update({name: name for name in PARTICIPANT_FIELDS})


def header_key(text: str) -> str:
    """Folded header text with punctuation as single spaces ('E-mail:' -> 'e mail')."""
    return " ".join(_PUNCT.sub(" ", fold(text)).split()).replace("_", " ")


def match_header(text: str, fields: tuple[str, ...] = PARTICIPANT_FIELDS) -> str | None:
    """The canonical field a header means, or None.

    Tries the whole header, then its parts ('Company name / Įmonės pavadinimas', 'Name (legal)'),
    then a close spelling (90% similar).
    """
    key = header_key(text)
    candidates = [key, key.replace(" ", "_")]
    candidates += [header_key(part) for part in _PARTS.split(fold(text)) if part.strip()]
    for candidate in candidates:
        found = _LOOKUP.get(candidate) or _LOOKUP.get(candidate.replace("_", " "))
        if found in fields:
            return found
    if len(key) >= 4:
        best = process.extractOne(key, list(_LOOKUP), scorer=fuzz.ratio, score_cutoff=90)
        if best is not None and _LOOKUP[best[0]] in fields:
            return _LOOKUP[best[0]]
    return None


@dataclass
class ColumnMapping:
    """Which source column feeds which field: ``columns[field] = column index``."""

    headers: list[str]
    columns: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def header_of(self, name: str) -> str:
        return unique_headers(self.headers)[self.columns[name]]

    def field_of(self, index: int) -> str | None:
        for name, column in self.columns.items():
            if column == index:
                return name
        return None

    def missing(self, required: tuple[str, ...] = REQUIRED_FIELDS) -> list[str]:
        return [name for name in required if name not in self.columns]

    def set(self, index: int, name: str | None) -> None:
        """Map column ``index`` to ``name`` (None: ignore it); a field feeds from one column only."""
        for other, column in list(self.columns.items()):
            if column == index or other == name:
                del self.columns[other]
        if name:
            self.columns[name] = index


def parse_map_options(options: list[str] | None) -> dict[str, str]:
    """``--map "Source header=field"`` options as {source header: field} ('' ignores the column)."""
    result: dict[str, str] = {}
    for option in options or []:
        if "=" not in option:
            raise MatchmakerError(f"--map '{option}': expected \"Source header=field\"")
        source, _, target = option.rpartition("=")
        if not source.strip():
            raise MatchmakerError(f"--map '{option}': the source header is empty")
        result[source.strip()] = target.strip()
    return result


def auto_map(headers: list[str], kind: str = "organisations", explicit: dict[str, str] | None = None) -> ColumnMapping:
    """Map ``headers`` to fields: explicit choices first, then synonyms; first column wins a field."""
    fields = PARTICIPANT_FIELDS if kind == "participants" else ORGANISATION_FIELDS
    mapping = ColumnMapping(headers=list(headers))
    names = unique_headers(headers)
    claimed: set[int] = set()
    for source, target in (explicit or {}).items():
        index = _find_header(names, source)
        if index is None:
            raise MatchmakerError(f"--map: the file has no column '{source}'; its columns are: {', '.join(names)}")
        claimed.add(index)
        if not target:
            continue
        wanted = target if target in fields else match_header(target, fields)
        if wanted is None:
            raise MatchmakerError(f"--map: '{target}' is not a field; the fields are: {', '.join(fields)}")
        mapping.set(index, wanted)
    for index, header in enumerate(headers):
        if index in claimed or not header:
            continue
        found = match_header(header, fields)
        if found is None:
            mapping.warnings.append(f"column '{names[index]}' is not imported (no matching field)")
        elif found in mapping.columns:
            mapping.warnings.append(
                f"column '{names[index]}' is not imported: '{mapping.header_of(found)}' already gives {found}"
            )
        else:
            mapping.columns[found] = index
    return mapping


def _find_header(names: list[str], wanted: str) -> int | None:
    for index, name in enumerate(names):
        if name == wanted:
            return index
    key = header_key(wanted)
    for index, name in enumerate(names):
        if header_key(name) == key:
            return index
    return None
