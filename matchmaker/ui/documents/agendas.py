"""Personal agendas as PDF: the event header, then each day's meetings and breaks, with room for notes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from matchmaker.core.documents import EventData, Party

from .agenda_painter import AgendaPainter


def agenda_document(data: EventData, parties: Iterable[Party], *, generated: datetime | None = None) -> AgendaPainter:
    """The agendas of ``parties``, each starting on a new page with its own page numbers."""
    return AgendaPainter(data, parties, generated=generated)
