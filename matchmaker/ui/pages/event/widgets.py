"""Small widgets both event pages use: an inline message bar and an empty-state panel."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.errors import MatchmakerError


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class MessageBar(QFrame):
    """A dismissable line above a page's content: refusals and errors without a modal box."""

    def __init__(self, parent: QWidget | None = None, object_name: str = "message_bar") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = named(QLabel(), f"{object_name}_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = named(QToolButton(), f"{object_name}_close")
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_error(self, title: str, exc: BaseException) -> None:
        text = exc.message if isinstance(exc, MatchmakerError) else f"{type(exc).__name__}: {exc}"
        if not isinstance(exc, MatchmakerError):
            text += tr(" (this is a bug; details are in the log file)")
        self.show_text(f"<b>{title}</b><br>{_escape(text)}", error=True)

    def show_text(self, html: str, *, error: bool = False) -> None:
        colour = "rgba(200, 60, 60, 45)" if error else "rgba(46, 120, 200, 40)"
        self.setStyleSheet(f"#{self.objectName()} {{ background: {colour}; border-radius: 4px; }}")
        self.label.setText(html)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() or not self.isHidden() else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class EmptyState(QWidget):
    """Shown when there is no event: says so and offers to create one."""

    create_requested = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        button = named(QPushButton(tr("Create an event")), "create_event")
        button.clicked.connect(self.create_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give ``widget`` a stable objectName (test hooks) and return it."""
    widget.setObjectName(name)
    return widget


def row_table(name: str) -> QTableView:
    """A read-mostly table of rows: whole-row selection, alternating colours, compact rows, no row numbers."""
    view = named(QTableView(), name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    # Columns sized to their contents look at 100 rows, not all: sizing every row of a 300-participant
    # list asked the model for ~7,000 values on each refill (25 ms of the Schedule page's UI-thread fill).
    view.horizontalHeader().setResizeContentsPrecision(100)
    return view
