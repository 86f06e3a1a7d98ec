"""Interface words for the domain's enum values (request status, priority, source, meeting status).

The core stores English identifiers; the UI shows these translated labels. Column titles that are
class constants are marked with ``QT_TRANSLATE_NOOP("", ...)`` and translated by the shared table model.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
}


def label(value: Enum | str) -> str:
    """The translated label of an enum value (or of its string value); unknown values pass through."""
    key = str(value.value if isinstance(value, Enum) else value)
    english = LABELS.get(key, key.replace("_", " "))
    return QCoreApplication.translate("", english)
