"""Strict, bounded reading of untrusted files: size limits, canonical JSON and a small schema checker.

Every problem raises :class:`FileRefused` (a ValidationFailed) naming the file and
the field, so a hostile or damaged file always ends in a message, never a traceback.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from ..errors import ValidationFailed

T = TypeVar("T")

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_HEX = re.compile(r"^[0-9a-f]+$")
# Control characters other than tab and newline have no place in any field.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MAX_JSON_DEPTH = 12
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Every syntactically valid code, so whole lists are checked with one C-level set comparison.
_COUNTRY_CODES = frozenset((a + b).upper() for a in _LETTERS for b in _LETTERS)
_LANGUAGE_CODES = frozenset(a + b for a in _LETTERS for b in _LETTERS) | frozenset(
    a + b + c for a in _LETTERS for b in _LETTERS for c in _LETTERS
)


class FileRefused(ValidationFailed):
    """A catalogue, work or request file was refused; nothing was read from it or written."""


def refuse(source: str, where: str, problem: str) -> NoReturn:
    """Raise FileRefused as '<file>: <field>: <problem>'."""
    place = f"{source}: {where}: " if where else f"{source}: "
    raise FileRefused(place + problem)


def canonical_json(data: Any) -> bytes:
    """The one byte form of ``data`` that checksums and signatures are taken over."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hmac_hex(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def same_digest(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("ascii", "replace"), b.encode("ascii", "replace"))


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, refusing files larger than ``limit`` without reading them whole."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except IsADirectoryError:
        refuse(str(path), "", f"this is a folder, not a {what}")
    except FileNotFoundError:
        refuse(str(path), "", "no such file")
    except OSError as exc:
        refuse(str(path), "", f"cannot read it ({exc.strerror or exc})")
    if len(data) > limit:
        refuse(str(path), "", f"too large for a {what} (over {limit // (1024 * 1024) or 1} MB)")
    return data


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed")


def parse_json(data: bytes, source: str, *, checksummed: bool = False) -> Any:
    """Parse UTF-8 JSON strictly: no NaN/Infinity, bounded nesting, and no duplicate keys.

    ``checksummed`` content (a catalogue body, verified against its SHA-256 first) skips the
    duplicate-key check, which costs a Python call per object; there the last value wins, as in
    every JSON parser, and only the publisher's own writer, which never repeats a key, made it.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        refuse(source, "", f"not UTF-8 text (byte {exc.start})")
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        if checksummed:
            value = json.loads(text, parse_constant=_no_constants)
        else:
            value = json.loads(text, parse_constant=_no_constants, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        refuse(source, f"line {exc.lineno}", f"not valid JSON ({exc.msg})")
    except RecursionError:
        refuse(source, "", "nested too deeply to be a Matchmaker file")
    except ValueError as exc:
        refuse(source, "", f"not valid JSON ({exc})")
    # A checksummed body is walked by the strict schema anyway, which bounds its shape.
    if not checksummed and _depth(value) > _MAX_JSON_DEPTH:
        refuse(source, "", "nested too deeply to be a Matchmaker file")
    return value


def _depth(value: Any, level: int = 0) -> int:
    if level > _MAX_JSON_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _all_in(values: list[Any], allowed: frozenset[str]) -> bool:
    try:
        return allowed.issuperset(values)
    except TypeError:  # an unhashable item (a list or an object): certainly not a code
        return False


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key '{key}' appears twice")
        result[key] = value
    return result


class Reader:
    """Typed, bounded access to one parsed JSON document; every failure names the field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> NoReturn:
        refuse(self.source, where, problem)

    def obj(
        self, value: Any, where: str, required: set[str], optional: set[str] | frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "expected an object")
        if not optional and value.keys() == required:  # the common case, in one C-level comparison
            return value
        missing = sorted(required - value.keys())
        if missing:
            self.fail(where, f"missing '{missing[0]}'")
        unknown = sorted(value.keys() - required - optional)
        if unknown:
            self.fail(where, f"unexpected field '{unknown[0][:40]}'")
        return value

    def array(self, value: Any, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list):
            self.fail(where, "expected a list")
        if len(value) > limit:
            self.fail(where, f"more than {limit} entries")
        return value

    def items(self, value: Any, where: str, limit: int, parse: Callable[[Any, str], T]) -> list[T]:
        return [parse(item, f"{where}[{index}]") for index, item in enumerate(self.array(value, where, limit))]

    def text(self, value: Any, where: str, limit: int, *, empty: bool = True, lines: bool = False) -> str:
        if not isinstance(value, str):
            self.fail(where, "expected text")
        if len(value) > limit:
            self.fail(where, f"longer than {limit} characters")
        if not empty and not value.strip():
            self.fail(where, "must not be empty")
        # isprintable() is a fast C scan that is False for every control character (and some spaces).
        if not value.isprintable() and (_CONTROL.search(value) or (not lines and ("\n" in value or "\t" in value))):
            self.fail(where, "contains control characters")
        return value

    def opt_text(self, value: Any, where: str, limit: int) -> str | None:
        return None if value is None else self.text(value, where, limit)

    def integer(self, value: Any, where: str, low: int = 0, high: int = 2**53) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, "expected a whole number")
        if not low <= value <= high:
            self.fail(where, f"{value} is out of range {low}..{high}")
        return value

    def opt_integer(self, value: Any, where: str, low: int = 0, high: int = 2**53) -> int | None:
        return None if value is None else self.integer(value, where, low, high)

    def boolean(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            self.fail(where, "expected true or false")
        return value

    def choice(self, value: Any, where: str, allowed: set[str] | frozenset[str]) -> str:
        if not isinstance(value, str) or value not in allowed:
            shown = value[:40] if isinstance(value, str) else type(value).__name__
            self.fail(where, f"'{shown}' is not one of {', '.join(sorted(allowed))}")
        return value

    def country(self, value: Any, where: str) -> str:
        if not (isinstance(value, str) and value in _COUNTRY_CODES):
            self.fail(where, "expected a two-letter country code")
        return value

    def languages(self, value: Any, where: str) -> tuple[str, ...]:
        found = self.array(value, where, 20)
        if not _all_in(found, _LANGUAGE_CODES):
            for index, item in enumerate(found):
                if not (isinstance(item, str) and item in _LANGUAGE_CODES):
                    self.fail(f"{where}[{index}]", "expected a language code like 'en'")
        return tuple(found)

    def countries(self, value: Any, where: str) -> tuple[str, ...]:
        found = self.array(value, where, 300)
        if not _all_in(found, _COUNTRY_CODES):
            for index, item in enumerate(found):
                self.country(item, f"{where}[{index}]")
        return tuple(found)

    def hexdigest(self, value: Any, where: str, length: int = 64) -> str:
        if not isinstance(value, str) or len(value) != length or not _HEX.match(value):
            self.fail(where, f"expected {length} hexadecimal digits")
        return value

    def timestamp(self, value: Any, where: str) -> datetime:
        if not isinstance(value, str) or len(value) > 32:
            self.fail(where, "expected a date and time like 2026-05-04T09:30:00")
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            self.fail(where, f"'{value}' is not a date and time")

    def day(self, value: Any, where: str) -> date:
        if not isinstance(value, str) or len(value) > 10:
            self.fail(where, "expected a date like 2026-05-04")
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(where, f"'{value}' is not a date")

    def opt_day(self, value: Any, where: str) -> date | None:
        return None if value is None else self.day(value, where)
