"""Preferences: theme and interface language (stored in the settings file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .context import AppContext
from .look import LANGUAGES, apply_theme

THEME_KEY = "look/theme"
LANGUAGE_KEY = "look/language"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(tr("Preferences"))
        self.theme = QComboBox()
        self.theme.setObjectName("theme_choice")
        for value, text in (("system", tr("Follow the system")), ("light", tr("Light")), ("dark", tr("Dark"))):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(ctx.settings.value(THEME_KEY, "system"))))
        self.language = QComboBox()
        self.language.setObjectName("language_choice")
        self.language.addItem(tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.value(LANGUAGE_KEY, ""))))
        note = QLabel(tr("A new language is used from the next start."))
        note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Theme:"), self.theme)
        form.addRow(tr("Language:"), self.language)
        form.addRow("", note)
        form.addRow(buttons)

    def accept(self) -> None:
        theme = str(self.theme.currentData())
        self.ctx.settings.setValue(THEME_KEY, theme)
        self.ctx.settings.setValue(LANGUAGE_KEY, str(self.language.currentData()))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        super().accept()
