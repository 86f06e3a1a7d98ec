"""Paged documents painted with Qt onto any paged device: a PDF file, a printer or a print preview.

A :class:`FlowDocument` is a list of HTML parts (user text escaped by the caller), each part
starting on a new page with its own page numbers ("Page 2 of 3"). Layout uses the target
device's resolution, so a PDF, a preview and a printed page look the same. Fonts are DejaVu
(which has every letter of the region: ą č ė į š ų ū ž ł ø æ å ä ö õ ā ē ī ķ ļ ņ) and are
embedded in PDFs by Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from matchmaker.core.documents.files import atomic_path

FONT_FAMILY = "DejaVu Sans"
_FONT_FOLDERS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"]
PDF_DPI = 300


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"
    A6 = "a6"

    @property
    def page_size(self) -> QPageSize:
        ids = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter, "a6": QPageSize.PageSizeId.A6}
        return QPageSize(ids[self.value])


def ensure_gui() -> None:
    """Qt fonts and painting need an application object; the CLI gets an offscreen one.

    It is a QApplication (not just a QGuiApplication), so widgets made later in the same
    process (a test session, the app after a CLI call) still work.
    """
    if QGuiApplication.instance() is None:
        if "QT_QPA_PLATFORM" not in os.environ:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication

        QApplication(sys.argv[:1])
    _register_fonts()


_fonts_checked = False


def _register_fonts() -> None:
    """Make sure DejaVu Sans is known to Qt (loading the files when fontconfig does not list it)."""
    global _fonts_checked
    if _fonts_checked:
        return
    _fonts_checked = True
    if FONT_FAMILY in QFontDatabase.families():
        return
    for folder in _FONT_FOLDERS:
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
            path = Path(folder) / name
            if path.exists():
                QFontDatabase.addApplicationFont(str(path))


def dpi(device: QPagedPaintDevice) -> int:
    """The device's resolution (QPdfWriter and QPrinter both report it as their logical DPI)."""
    return int(device.logicalDpiX())


def base_font(points: float = 9.5) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    # No ligatures: 'ff' stays two letters, so text copied or searched in the PDF reads 'Offers'.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def configure_device(device: QPagedPaintDevice, paper: Paper, *, margin_mm: float = 14.0) -> None:
    device.setPageLayout(
        QPageLayout(
            paper.page_size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )


@dataclass
class FlowDocument:
    """HTML parts, each starting on a new page, with a footer line and page numbers per part.

    A part may be a function of the page width in CSS pixels (1/96 inch), so images fit the page.
    """

    title: str
    parts: Sequence[str | Callable[[float], str]]
    footer: str = ""
    css: str = ""
    images: dict[str, QImage] = field(default_factory=dict)
    font_points: float = 9.5

    def paint(self, device: QPagedPaintDevice) -> Generator[int, None, None]:
        """Paint every part onto ``device`` (its layout already set); yields after each part."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("Qt could not start painting (is the file writable?)")
        try:
            rect = device.pageLayout().paintRectPixels(dpi(device))
            width, height = float(rect.width()), float(rect.height())
            footer_font = base_font(7.5)
            footer_height = _line_height(painter, footer_font, device) * 2.0
            for index, html in enumerate(self.parts):
                if index:
                    device.newPage()
                pages = self._paint_part(painter, device, html, width, height - footer_height, footer_font)
                yield pages
        finally:
            painter.end()

    def _paint_part(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        html: str | Callable[[float], str],
        width: float,
        height: float,
        footer_font: QFont,
    ) -> int:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(base_font(self.font_points))
        document.setDocumentMargin(0)
        for name, image in self.images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        if self.css:
            document.setDefaultStyleSheet(self.css)
        # Qt sizes images in 1/96-inch pixels and scales them to the device, so widths are given in those.
        document.setHtml(html if isinstance(html, str) else html(width * 96.0 / dpi(device)))
        document.setPageSize(QSizeF(width, height))
        pages = max(1, document.pageCount())
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.save()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            box = QRectF(0, height, width, _line_height(painter, footer_font, device) * 2.0)
            flags = Qt.AlignmentFlag.AlignBottom
            painter.drawText(box, int(flags | Qt.AlignmentFlag.AlignLeft), self.footer)
            painter.drawText(box, int(flags | Qt.AlignmentFlag.AlignRight), f"Page {page + 1} of {pages}")
            painter.restore()
        return pages


def _line_height(painter: QPainter, font: QFont, device: QPagedPaintDevice) -> float:
    return float(font.pointSizeF() * dpi(device) / 72.0 * 1.3)


class PagePainter:
    """Something that paints pages itself (badges): ``paint(device)`` yields after each page."""

    def paint(self, device: QPagedPaintDevice) -> Generator[int, None, None]:  # pragma: no cover - interface
        raise NotImplementedError


Paintable = FlowDocument | PagePainter


def write_pdf(
    document: Paintable, target: Path, paper: Paper, *, on_part: Callable[[int], object] | None = None
) -> Iterator[int]:
    """Paint ``document`` into a PDF at ``target`` (written under a temporary name, renamed when done)."""
    ensure_gui()
    with atomic_path(target) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setTitle(document.title if isinstance(document, FlowDocument) else getattr(document, "title", ""))
        writer.setCreator("Matchmaker")
        configure_device(writer, paper, margin_mm=getattr(document, "margin_mm", 14.0))
        parts = document.paint(writer)
        try:
            for count, pages in enumerate(parts, start=1):
                if on_part is not None:
                    on_part(pages)
                yield count
        finally:
            parts.close()  # ends the painter (also when cancelled) before the file is renamed or removed
        del writer


def points_rect(device: QPagedPaintDevice) -> QRectF:
    """The printable area in device pixels."""
    rect = device.pageLayout().paintRectPixels(dpi(device))
    return QRectF(QPointF(0, 0), QSizeF(rect.width(), rect.height()))
