"""Parsing and normalising single cell values; each parser returns (value, problem or None)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from ..model import OrgType, SizeBand
from ..text import clean_text, fold

# Cells a spreadsheet would run as a formula; exports prefix them with an apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                    r"[A-Za-z]{2,63}$")  # fmt: skip
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_fold = lru_cache(maxsize=65536)(fold)  # list items repeat a lot (capability labels, cluster names)
_LINES = re.compile(r"\r\n|\n|\r")
_INT = re.compile(r"^\d{1,9}$")
_RANGE = re.compile(r"^(\d{1,9})\s*(?:-|–|to|iki|do)\s*(\d{1,9})$")

_TRUE = {"yes", "y", "true", "1", "x", "taip", "tak", "ja", "+", "agreed", "consent", "sutinku", "zgoda"}
_FALSE = {"no", "n", "false", "0", "ne", "nie", "nei", "-", "nesutinku", "brak"}

_TYPES: dict[str, OrgType] = {
    **{value.value: value for value in OrgType},
    **dict.fromkeys(("company", "business", "enterprise", "sme", "private", "imone", "firma", "przedsiebiorstwo",
                     "spolka", "bendrove"), OrgType.COMPANY),
    **dict.fromkeys(("research", "university", "research organisation", "research organization", "academia",
                     "institute", "rto", "universitetas", "kolegija", "institutas", "mokslo institutas",
                     "uczelnia", "uniwersytet", "instytut", "instytut badawczy", "politechnika"), OrgType.RESEARCH),
    **dict.fromkeys(("public", "public body", "government", "municipality", "agency", "public authority",
                     "savivaldybe", "viesoji istaiga", "valstybes istaiga", "agentura", "urzad", "gmina",
                     "administracja", "instytucja publiczna"), OrgType.PUBLIC),
    **dict.fromkeys(("cluster", "cluster organisation", "cluster organization", "klasteris", "klaster"),
                    OrgType.CLUSTER),
    **dict.fromkeys(("ngo", "association", "non profit", "nonprofit", "foundation", "asociacija", "fondas",
                     "stowarzyszenie", "fundacja", "organizacja pozarzadowa"), OrgType.NGO),
}  # fmt: skip
_SIZES: dict[str, SizeBand] = {
    **{value.value: value for value in SizeBand},
    **dict.fromkeys(("micro enterprise", "mikro", "labai maza", "mikroimone", "mikroprzedsiebiorstwo"),
                    SizeBand.MICRO),
    **dict.fromkeys(("small enterprise", "maza", "mazoji", "mala", "male"), SizeBand.SMALL),
    **dict.fromkeys(("medium enterprise", "medium sized", "vidutine", "srednia", "srednie"), SizeBand.MEDIUM),
    **dict.fromkeys(("large enterprise", "big", "didele", "duza", "duze"), SizeBand.LARGE),
}  # fmt: skip


def neutralise(text: str) -> str:
    """Guard a cell against spreadsheet formula injection: prefix an apostrophe when it could run."""
    return "'" + text if text.startswith(FORMULA_STARTS) or (text.startswith("'") and _guarded(text)) else text


def unneutralise(text: str) -> str:
    """Undo :func:`neutralise` on import, so exported files round-trip."""
    return text[1:] if _guarded(text) else text


def _guarded(text: str) -> bool:
    return len(text) > 1 and text[0] == "'" and (text[1:].startswith(FORMULA_STARTS) or _guarded(text[1:]))


def looks_like_formula(text: str) -> bool:
    """True for a cell a spreadsheet would evaluate ('=HYPERLINK(...)'); imported as plain text."""
    return text.startswith(("=", "@")) or (text.startswith(("+", "-")) and not _PHONE_LIKE.match(text))


_PHONE_LIKE = re.compile(r"^[+-]?[\d\s().-]+$")


def clean_multiline(value: str) -> str:
    """Clean each line (NBSP, runs of spaces) but keep line breaks; drop blank runs at the ends."""
    lines = [clean_text(line) for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


def split_list(value: str) -> list[str]:
    """Items of a list cell: one per line if it has line breaks, else split on ';'.

    Blanks and repeats (ignoring case) are dropped.
    """
    items: list[str] = []
    seen: set[str] = set()
    parts = _LINES.split(value) if _LINES.search(value) else value.split(";")
    for part in parts:
        item = clean_text(part)
        key = _fold(item)
        if item and key not in seen:
            seen.add(key)
            items.append(item)
    return items


def join_list(items: list[str]) -> str:
    """The cell text of a list: '; ' between items, or line breaks if an item holds a ';'
    (then a single item ends with a line break, so it is not split on import)."""
    if not any(";" in item for item in items):
        return "; ".join(items)
    return "\n".join(items) + ("\n" if len(items) == 1 else "")


def parse_email(value: str) -> tuple[str | None, str | None]:
    text = clean_text(value)
    if not text:
        return None, None
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.strip("<>").strip()
    if not _EMAIL.match(text) or ".." in text or len(text) > 254:
        return None, f"'{clean_text(value)}' is not a valid e-mail address"
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}", None


def normalise_url(value: str) -> tuple[str | None, str | None]:
    """'www.Nebula.lt/' -> 'https://www.nebula.lt'; None with a reason when it is not a web address."""
    text = clean_text(value).replace(" ", "")
    if not text:
        return None, None
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    problem = f"'{clean_text(value)}' is not a web address"
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
        ascii_host = host.encode("idna").decode("ascii") if host else ""
    except (ValueError, UnicodeError):
        return None, problem
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(ascii_host):
        return None, problem
    netloc = host + (f":{port}" if port else "")
    path = "" if parts.path in ("", "/") else parts.path
    url = urlunsplit((parts.scheme.lower(), netloc, path, parts.query, parts.fragment))
    if len(url) > 300:
        return None, "the web address is longer than 300 characters"
    return url, None


def parse_bool(value: str) -> tuple[bool | None, str | None]:
    key = fold(clean_text(value)).strip(".")
    if not key:
        return None, None
    if key in _TRUE:
        return True, None
    if key in _FALSE:
        return False, None
    return None, f"'{clean_text(value)}' is not yes or no"


def parse_type(value: str) -> tuple[OrgType | None, str | None]:
    key = " ".join(re.sub(r"[^\w]+", " ", fold(clean_text(value))).split())
    if not key:
        return None, None
    found = _TYPES.get(key)
    if found is None:
        known = ", ".join(t.value for t in OrgType)
        return None, f"'{clean_text(value)}' is not an organisation type ({known})"
    return found, None


def parse_size(value: str) -> tuple[SizeBand | None, str | None]:
    """A size band by name or from a head count ('35', '10-49', '250+')."""
    text = clean_text(value).replace(" ", "").rstrip("+")
    key = " ".join(re.sub(r"[^\w]+", " ", fold(clean_text(value))).split())
    if not key:
        return None, None
    if key in _SIZES:
        return _SIZES[key], None
    count: int | None = None
    if _INT.match(text):
        count = int(text)
    elif (match := _RANGE.match(text)) is not None:
        count = int(match.group(2))
    if count is None:
        return None, f"'{clean_text(value)}' is not a size (micro, small, medium, large or a head count)"
    return band_for_headcount(count), None


def band_for_headcount(count: int) -> SizeBand:
    """EU SME bands by head count."""
    if count < 10:
        return SizeBand.MICRO
    if count < 50:
        return SizeBand.SMALL
    if count < 250:
        return SizeBand.MEDIUM
    return SizeBand.LARGE


def parse_positive_int(value: str) -> tuple[int | None, str | None]:
    text = clean_text(value)
    if not text:
        return None, None
    if text.endswith(".0"):
        text = text[:-2]
    if not _INT.match(text) or int(text) < 1:
        return None, f"'{text}' is not a whole number of 1 or more"
    return int(text), None
