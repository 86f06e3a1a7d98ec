"""Interface words for the domain's enum values (request status, priority, source, meeting status).

The core stores English identifiers; the UI shows these translated labels. Column titles that are
class constants are marked with ``QT_TRANSLATE_NOOP("", ...)`` and translated by the shared table model.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

#: Enum value -> English label, marked for lupdate (one context: "").
LABELS: dict[str, str] = {
    # Priority
    "must": str(QT_TRANSLATE_NOOP("", "must")),
    "should": str(QT_TRANSLATE_NOOP("", "should")),
    "could": str(QT_TRANSLATE_NOOP("", "could")),
    # RequestStatus
    "pending": str(QT_TRANSLATE_NOOP("", "pending")),
    "accepted": str(QT_TRANSLATE_NOOP("", "accepted")),
    "declined": str(QT_TRANSLATE_NOOP("", "declined")),
    "cancelled": str(QT_TRANSLATE_NOOP("", "cancelled")),
    "expired": str(QT_TRANSLATE_NOOP("", "expired")),
    # RequestSource
    "organiser": str(QT_TRANSLATE_NOOP("", "organiser")),
    "participant": str(QT_TRANSLATE_NOOP("", "participant")),
    "suggestion": str(QT_TRANSLATE_NOOP("", "suggestion")),
    # MeetingStatus
    "scheduled": str(QT_TRANSLATE_NOOP("", "scheduled")),
    "held": str(QT_TRANSLATE_NOOP("", "held")),
    "no_show": str(QT_TRANSLATE_NOOP("", "no-show")),
    # Solver outcomes (core.scheduling STATUSES)
    "optimal": str(QT_TRANSLATE_NOOP("", "optimal")),
    "feasible": str(QT_TRANSLATE_NOOP("", "feasible")),
    "infeasible": str(QT_TRANSLATE_NOOP("", "infeasible")),
    "unknown": str(QT_TRANSLATE_NOOP("", "unknown")),
}


def label(value: Enum | str) -> str:
    """The translated label of an enum value (or of its string value); unknown values pass through."""
    key = str(value.value if isinstance(value, Enum) else value)
    english = LABELS.get(key, key.replace("_", " "))
    return QCoreApplication.translate("", english)


def short_day(moment: date) -> str:
    """The weekday, short, in the interface language (Python's %a is always English)."""
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)


def day_time(moment: datetime) -> str:
    """E.g. 'Wed 09:30' / 'tr 09:30' / 'śr. 09:30'."""
    return f"{short_day(moment)} {moment:%H:%M}"


def day_month(moment: date) -> str:
    """E.g. '10 Oct' in the interface language."""
    return f"{moment.day} {QLocale().monthName(moment.month, QLocale.FormatType.ShortFormat)}"


def long_date(moment: date) -> str:
    """E.g. '10 Oct 2018' in the interface language."""
    return f"{day_month(moment)} {moment.year}"


_DAYS = {name: number for number, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), start=1)}
_WHERE = r"(.+?) \(table ([^)]*)\)"
_CHANGES = (
    (re.compile(rf"^new at {_WHERE}$"), str(QT_TRANSLATE_NOOP("", "new at {0}"))),
    (re.compile(rf"^moved from {_WHERE} to {_WHERE}$"), str(QT_TRANSLATE_NOOP("", "moved from {0} to {1}"))),
    (
        re.compile(rf"^no longer scheduled \(was {_WHERE}\)$"),
        str(QT_TRANSLATE_NOOP("", "no longer scheduled (was {0})")),
    ),
)


def _slot(text: str) -> str:
    day, _, rest = text.partition(" ")
    return f"{QLocale().dayName(_DAYS[day], QLocale.FormatType.ShortFormat)} {rest}" if day in _DAYS else text


def change_line(line: str) -> str:
    """A line of core.scheduling.changes ('m4 with Nordic AS: new at Wed 09:30 (table 2)') in the interface
    language, without the problem's meeting id (it means nothing to users)."""
    head, _, text = line.partition(": ")
    partner = re.sub(r"^m\d+ with ", "", head)
    for pattern, template in _CHANGES:
        found = pattern.match(text)
        if found:
            parts = found.groups()
            places = [
                QCoreApplication.translate("", "{0} (table {1})").format(_slot(parts[i]), parts[i + 1])
                for i in range(0, len(parts), 2)
            ]
            text = QCoreApplication.translate("", template).format(*places)
            break
    else:
        same = re.match(r"^same time, table (.*) → (.*)$", text)
        if same:
            text = QCoreApplication.translate("", "same time, table {0} → {1}").format(*same.groups())
    return QCoreApplication.translate("", "With {0}: {1}").format(partner, text) if partner != head else text


def slot_title(starts_at: datetime, ends_at: datetime) -> str:
    """A slot as users read it, e.g. 'Wed 10 Oct 09:30–09:50', with the locale's day and month names."""
    return f"{short_day(starts_at)} {day_month(starts_at)} {starts_at:%H:%M}–{ends_at:%H:%M}"
