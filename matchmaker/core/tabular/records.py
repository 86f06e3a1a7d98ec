"""Turn the rows of a :class:`SourceTable` into validated organisation records, merging repeated rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from ..capabilities import CapabilityResolver
from ..countries import normalise_country
from ..model import OrgType, SizeBand
from ..progress import Job, Progress
from ..text import clean_text, fold, name_key
from .columns import LIST_FIELDS, ColumnMapping
from .reading import SourceTable, unique_headers
from .report import ERROR, WARNING, Issue
from .values import (
    clean_multiline,
    looks_like_formula,
    normalise_url,
    parse_bool,
    parse_email,
    parse_positive_int,
    parse_size,
    parse_type,
    split_list,
    unneutralise,
)

# Column widths of the model (PostgreSQL enforces them).
_LIMITS = {"name": 300, "city": 120, "contact_name": 200, "contact_phone": 60, "offers": 300, "requests": 300,
           "clusters": 200}  # fmt: skip
T = TypeVar("T")
_SPECIAL_START = frozenset("'=+-@")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?:\s*[-–]\s*\d{1,2}:\d{2})?$")


@dataclass(slots=True)
class ContactRecord:
    name: str
    email: str | None = None
    phone: str | None = None
    consent: bool | None = None

    def same_person(self, other: ContactRecord) -> bool:
        if self.email and other.email:
            return self.email.casefold() == other.email.casefold()
        return fold(self.name) == fold(other.name)


@dataclass(slots=True)
class OrgRecord:
    """One organisation from the file (several rows may feed it, e.g. one row per contact)."""

    row: int
    name: str
    key: str
    country: str
    city: str | None = None
    org_type: OrgType | None = None
    size: SizeBand | None = None
    website: str | None = None
    description: str | None = None
    clusters: list[str] = field(default_factory=list)
    capabilities: list[int] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    contacts: list[ContactRecord] = field(default_factory=list)
    event_id: int | None = None
    delegates: int | None = None
    unavailable: list[int] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)


@dataclass
class EventSlots:
    """An event's id, name and meeting slots, to resolve participant rows."""

    id: int
    name: str
    slots: list[tuple[int, datetime]]


@dataclass
class ParseContext:
    file: str
    kind: str
    resolver: CapabilityResolver
    events: dict[str, EventSlots] = field(default_factory=dict)  # by folded name and by str(id)
    default_event: EventSlots | None = None
    _memo: dict[tuple[str, str], Any] = field(default_factory=dict)

    def memo(self, kind: str, text: str, parse: Callable[[str], T]) -> T:
        """``parse(text)``, remembered: member lists repeat countries, types, clusters and capabilities."""
        key = (kind, text)
        try:
            return cast(T, self._memo[key])
        except KeyError:
            if len(self._memo) > 200_000:
                self._memo.clear()
            value = self._memo[key] = parse(text)
            return value


@dataclass
class ParsedFile:
    records: list[OrgRecord] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    invalid_rows: list[int] = field(default_factory=list)
    rows: int = 0


_SCALARS = ("city", "org_type", "size", "website", "description", "event_id", "delegates")


def parse_table(
    table: SourceTable, mapping: ColumnMapping, ctx: ParseContext, *, progress_every: int = 2000
) -> Job[ParsedFile]:
    """Validate every row; a job returning the :class:`ParsedFile`."""
    parsed = ParsedFile(rows=len(table.rows))
    by_key: dict[tuple[str, str, int | None], OrgRecord] = {}
    names = unique_headers(table.headers)
    columns = {
        name: (index, names[index] if index < len(names) else f"Column {index + 1}")
        for name, index in mapping.columns.items()
    }
    for done, (number, cells) in enumerate(table.rows):
        if done % progress_every == 0:
            yield Progress(done, len(table.rows), f"Checking row {number}")
        row_issues: list[Issue] = []

        def problem(
            name: str | None,
            message: str,
            severity: str = ERROR,
            *,
            number: int = number,
            out: list[Issue] = row_issues,
        ) -> None:
            column = columns[name][1] if name in columns else name
            out.append(Issue(severity, ctx.file, number, column, message))

        record = _parse_row(number, cells, columns, ctx, problem)
        if record is None or any(issue.severity == ERROR for issue in row_issues):
            parsed.invalid_rows.append(number)
            parsed.issues.extend(row_issues)
            continue
        key = (record.key, record.country, record.event_id)
        earlier = by_key.get(key)
        if earlier is None:
            by_key[key] = record
            parsed.records.append(record)
        else:
            _merge(earlier, record, lambda name, message: problem(name, message, WARNING))
        parsed.issues.extend(row_issues)
    yield Progress(len(table.rows), len(table.rows), "Checked")
    return parsed


def _parse_row(
    number: int,
    cells: list[str],
    columns: dict[str, tuple[int, str]],
    ctx: ParseContext,
    problem: Callable[..., None],
) -> OrgRecord | None:
    values: dict[str, str] = {}
    width = len(cells)
    for name, (index, _) in columns.items():
        value = cells[index] if index < width else ""
        if not value:
            values[name] = ""
            continue
        if "\u00a0" in value or "\u200b" in value:
            value = value.replace("\u00a0", " ").replace("\u200b", "")
        # List cells keep a trailing line break: it marks a single item that holds a ';'.
        value = value.strip(" \t") if name in LIST_FIELDS else value.strip()
        if value and value[0] in _SPECIAL_START:
            value = unneutralise(value)
            if looks_like_formula(value):
                problem(name, "starts like a spreadsheet formula; imported as plain text", WARNING)
        values[name] = value
    name = clean_text(values.get("name", ""))
    if not name:
        problem("name", "the organisation name is empty")
    country_text = clean_text(values.get("country", ""))
    country = ctx.memo("country", country_text, normalise_country)
    if not country_text:
        problem("country", "the country is empty")
    elif country is None:
        problem("country", f"unknown country '{country_text}' (use an ISO code such as LT, or a name)")
    # copies: merging repeated rows appends to a record's lists
    lists = {key: list(ctx.memo("list", values.get(key, ""), split_list)) for key in ("clusters", "offers", "requests")}
    record = OrgRecord(row=number, rows=[number], name=name, key=name_key(name), country=country or "")
    record.city = clean_text(values.get("city", "")) or None
    for key, limit in _LIMITS.items():
        items = lists.get(key) or [values.get(key, "")]
        if any(len(item) > limit for item in items) and (key in lists or len(clean_text(items[0])) > limit):
            problem(key, f"longer than {limit} characters")
    if not name or country is None:
        return None
    record.description = clean_multiline(values.get("description", "")) or None
    record.org_type, reason = ctx.memo("type", values.get("type", ""), parse_type)
    if reason:
        problem("type", reason + "; 'company' is used", WARNING)
    record.size, reason = ctx.memo("size", values.get("size", ""), parse_size)
    if reason:
        problem("size", reason + "; left out", WARNING)
    website, reason = normalise_url(values.get("website", ""))
    if reason:
        problem("website", reason + "; left out", WARNING)
    record.website = website
    record.clusters, record.offers, record.requests = lists["clusters"], lists["offers"], lists["requests"]
    for item in ctx.memo("list", values.get("capabilities", ""), split_list):
        cap_id = ctx.memo("capability", item, ctx.resolver.resolve)
        if cap_id is None:
            problem("capabilities", f"unknown capability '{item}'; left out", WARNING)
        elif cap_id not in record.capabilities:
            record.capabilities.append(cap_id)
    _parse_contact(values, record, problem)
    if ctx.kind == "participants":
        _parse_participation(values, record, ctx, problem)
    return record


def _parse_contact(values: dict[str, str], record: OrgRecord, problem: Callable[..., None]) -> None:
    contact_name = clean_text(values.get("contact_name", ""))
    email, reason = parse_email(values.get("contact_email", ""))
    if reason:
        problem("contact_email", reason)
    phone = clean_text(values.get("contact_phone", "")) or None
    consent, reason = parse_bool(values.get("contact_consent", ""))
    if reason:
        problem("contact_consent", reason + "; taken as no consent", WARNING)
    if not contact_name and email:
        contact_name = email
        problem("contact_name", "the contact has no name; the e-mail address is used as the name", WARNING)
    if not contact_name:
        if phone:
            problem("contact_phone", "a phone number without a contact name; left out", WARNING)
        return
    record.contacts.append(ContactRecord(contact_name, email, phone, consent))


def _parse_participation(
    values: dict[str, str], record: OrgRecord, ctx: ParseContext, problem: Callable[..., None]
) -> None:
    ref = clean_text(values.get("event", ""))
    event = ctx.default_event
    if ref:
        found = ctx.events.get(fold(ref)) or ctx.events.get(ref)
        if found is None:
            problem("event", f"no event '{ref}'")
            return
        if event is not None and found.id != event.id:
            problem("event", f"this row is for '{found.name}', but the import is into '{event.name}'")
            return
        event = found
    if event is None:
        problem("event", "no event given (an event column, or choose the event)")
        return
    record.event_id = event.id
    record.delegates, reason = parse_positive_int(values.get("delegates", ""))
    if reason:
        problem("delegates", reason)
    for item in split_list(values.get("unavailable", "")):
        slot_id, reason = resolve_slot(event, item)
        if reason:
            problem("unavailable", reason)
        elif slot_id is not None and slot_id not in record.unavailable:
            record.unavailable.append(slot_id)


def resolve_slot(event: EventSlots, text: str) -> tuple[int | None, str | None]:
    """A meeting slot by its start, '2018-10-10 09:30' (or '09:30' when only one day has that time)."""
    text = clean_text(text).replace("T", " ")
    match = _TIME.match(text)
    if match is None:
        try:
            when = datetime.fromisoformat(text[:16])
        except ValueError:
            return None, f"'{text}' is not a slot time like '2018-10-10 09:30' or '09:30'"
        found = [slot_id for slot_id, start in event.slots if start == when]
        return (found[0], None) if found else (None, f"'{text}' is not the start of a meeting slot of {event.name}")
    hour, minute = int(match.group(1)), int(match.group(2))
    found = [slot_id for slot_id, start in event.slots if (start.hour, start.minute) == (hour, minute)]
    if not found:
        return None, f"no meeting slot of {event.name} starts at {hour:02d}:{minute:02d}"
    if len(found) > 1:
        example = next(start for slot_id, start in event.slots if slot_id == found[-1])
        return (
            None,
            f"several days have a slot at {hour:02d}:{minute:02d}; give the date, e.g. '{example:%Y-%m-%d %H:%M}'",
        )
    return found[0], None


def _merge(earlier: OrgRecord, later: OrgRecord, warn: Callable[[str, str], None]) -> None:
    """Fold a repeated row into the first one: lists and contacts are added, differing values reported."""
    changed = False
    for attr in _SCALARS:
        old, new = getattr(earlier, attr), getattr(later, attr)
        if new is None or new == old:
            continue
        if old is None:
            setattr(earlier, attr, new)
            changed = True
        else:
            column = {"org_type": "type", "event_id": "event"}.get(attr, attr)
            warn(column, f"differs from row {earlier.row} for the same organisation; row {earlier.row}'s value is kept")
    for attr in ("clusters", "offers", "requests"):
        known = {fold(item) for item in getattr(earlier, attr)}
        for item in getattr(later, attr):
            if fold(item) not in known:
                getattr(earlier, attr).append(item)
                changed = True
    for attr in ("capabilities", "unavailable"):
        for item in getattr(later, attr):
            if item not in getattr(earlier, attr):
                getattr(earlier, attr).append(item)
                changed = True
    for contact in later.contacts:
        if not any(contact.same_person(known) for known in earlier.contacts):
            earlier.contacts.append(contact)
            changed = True
    earlier.rows.append(later.row)
    if not changed:
        warn("name", f"repeats row {earlier.row} ('{earlier.name}'); ignored")
