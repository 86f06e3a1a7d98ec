"""PDF documents of an event, painted with Qt (QtGui only, so the CLI can use them offscreen).

Agendas, table door sheets, the check-in list, name badges and the event report; each can be
written to a PDF (:mod:`.jobs`) or painted onto a printer or a print preview (``paint(device)``).
"""

from .jobs import KINDS, document_for, export_agendas_pdf, export_document
from .paged import FlowDocument, Paper, configure_device, ensure_gui

__all__ = [
    "KINDS",
    "FlowDocument",
    "Paper",
    "configure_device",
    "document_for",
    "ensure_gui",
    "export_agendas_pdf",
    "export_document",
]
