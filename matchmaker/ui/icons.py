"""Icons drawn as SVG in resources/icons/ (crisp at any DPI); tinted to the palette's text colour."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from matchmaker.core.paths import shipped_dir


@cache
def icons_dir() -> Path:
    return shipped_dir("resources") / "icons"


def _svg_text(name: str) -> str | None:
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def icon(name: str) -> QIcon:
    """The icon ``name`` ('currentColor' drawn in the palette's text colour); an empty icon if missing."""
    text = _svg_text(name)
    if text is None:
        return QIcon()
    app = QGuiApplication.instance()
    colour = "#333333"
    if isinstance(app, QGuiApplication):
        colour = app.palette().color(QPalette.ColorRole.WindowText).name()
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour).encode("utf-8")))
    result = QIcon()
    for size in (16, 20, 24, 32, 48, 64):
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
