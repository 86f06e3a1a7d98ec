"""Small shared dialogs: errors shown as message boxes, never tracebacks."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.logs import configure_logging

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def error_text(exc: BaseException) -> tuple[str, str]:
    """(message, details) for an error: a MatchmakerError's own words, else a bug note naming the log."""
    if isinstance(exc, MatchmakerError):
        return exc.message, exc.hint or ""
    log.error("unexpected error", exc_info=exc)
    return (
        tr("Something went wrong: %s") % f"{type(exc).__name__}: {exc}",
        tr("This is a bug. Details are in the log file %s") % configure_logging(),
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Show ``exc`` to the user in a message box (objectName ``error_box``)."""
    message, details = error_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_box")
    if details:
        box.setInformativeText(details)
    box.exec()


def ask_yes_no(
    parent: QWidget | None, title: str, text: str, *, informative: str = "", default_yes: bool = True
) -> bool:
    """A Yes/No question (objectName ``question_box``); tests replace this function."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("question_box")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    if informative:
        box.setInformativeText(informative)
    return box.exec() == QMessageBox.StandardButton.Yes
