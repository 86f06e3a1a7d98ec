"""User text is never markup: Qt guesses HTML in labels, message boxes and tooltips ("AutoText").

An organisation called ``<b>x</b>`` (or a hostile catalogue titled ``<img src=...>``) must show
exactly those characters. Widgets that show user text use these helpers; item views draw their
display text plainly already, and profile HTML escapes every value (``html.escape``).
"""

from __future__ import annotations

from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

W = TypeVar("W", QLabel, QMessageBox)


def plain(widget: W) -> W:
    """Show the widget's text as plain text, whatever it looks like; returns the widget."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if isinstance(widget, QMessageBox):
        # The informative and detailed texts sit in their own labels, created lazily.
        for label in widget.findChildren(QLabel):
            if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
                label.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (tooltips, too, are rendered as HTML when they look like it)."""
    if "<" not in text and "&" not in text:
        return text
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"
