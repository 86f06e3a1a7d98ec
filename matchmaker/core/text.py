"""Text normalisation shared by duplicate detection, search and matching."""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into ASCII + accent.
_SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d"}
_SPECIAL_CHARS = re.compile("[" + "".join(_SPECIAL) + "]")
_LEGAL_FORMS = {
    "uab", "ab", "vsi", "všį", "mb", "iį", "ii", "sp", "z", "o", "oo", "spzoo", "sa", "s.a", "as", "a/s", "asa",
    "aps", "oy", "oyj", "sia", "ou", "oü", "gmbh", "ltd", "limited", "llc", "inc", "plc", "bv", "nv", "ug", "ag",
}  # fmt: skip
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_COMMON_MARKS = re.compile("[\u0300-\u036f]+")  # combining diacritical marks: all Baltic, Nordic and Polish accents


def clean_text(value: object) -> str:
    """Trim, turn non-breaking and odd spaces into plain ones, and collapse runs of spaces."""
    if value is None:
        return ""
    text = str(value).replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "")
    return _SPACES.sub(" ", text).strip()


def fold(value: str) -> str:
    """Lower case without diacritics: 'Šiaurės Žvaigždė' -> 'siaures zvaigzde'."""
    if value.isascii():  # fast path: most names and words (search over 50,000 rows folds a lot)
        return value.casefold()
    if _SPECIAL_CHARS.search(value):  # str.translate with a dict is slow; most text has none of these
        value = _SPECIAL_CHARS.sub(lambda m: _SPECIAL[m.group()], value)
    text = _COMMON_MARKS.sub("", unicodedata.normalize("NFKD", value))
    if not text.isascii():  # rarer marks outside the common block
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def name_key(name: str) -> str:
    """A key for duplicate detection: folded, punctuation and legal forms removed.

    'UAB „Etronika“' and 'Etronika, UAB' both give 'etronika'.
    """
    words = [w for w in _NON_WORD.split(fold(clean_text(name))) if w]
    kept = [w for w in words if w not in _LEGAL_FORMS]
    return " ".join(kept or words)
