"""Look and language: light/dark palettes that follow the system, and the Qt translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from matchmaker.core.paths import shipped_dir

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
#: Interface languages with a translation in resources/i18n/ (English is the source language).
LANGUAGES = {"en": "English", "lt": "Lietuvių", "pl": "Polski"}
#: Qt's standard button texts, kept in our catalogues: Qt ships no Lithuanian qtbase translation.
STANDARD_BUTTONS = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Open"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"), QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"), QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    )
)  # fmt: skip


class AppTranslator(QTranslator):
    """Our catalogue first, then Qt's own strings (file dialogs, context menus) where Qt ships them.

    One object, so installing and removing a language is one call each.
    """

    def __init__(self, parent: QApplication, language: str) -> None:
        super().__init__(parent)
        self.qt = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not self.qt.load(f"qtbase_{language}", folder):
            self.qt.load(f"qt_{language}", folder)  # older, fuller catalogues for some languages (Lithuanian)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        own = super().translate(context, source, disambiguation, n)
        # None, never "": Qt takes an empty string as the translation and shows nothing.
        return own or self.qt.translate(context, source, disambiguation, n) or None

    def isEmpty(self) -> bool:
        return super().isEmpty() and self.qt.isEmpty()


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
    disabled = QColor("#7f8389")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: QColor("#3d7bd9"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#6ea8fe"),
        QPalette.ColorRole.Light: QColor("#3a3d41"),
        QPalette.ColorRole.Midlight: QColor("#33363a"),
        QPalette.ColorRole.Mid: QColor("#25272a"),
        QPalette.ColorRole.Dark: QColor("#18191b"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fd0"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def apply_theme(app: QApplication, theme: str = "system") -> str:
    """Fusion with a light or dark palette; 'system' follows the desktop. Returns 'light' or 'dark'."""
    app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    app.setPalette(dark_palette() if dark else light_palette())
    app.setProperty("matchmaker_theme", "dark" if dark else "light")
    return "dark" if dark else "light"


def follow_system_theme(app: QApplication, theme_setting: str) -> None:
    """Re-apply the theme when the desktop switches between light and dark."""
    if theme_setting == "system":
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: apply_theme(app, "system"))


def choose_language(setting: str | None) -> str:
    """The interface language: the setting if it names one we have, else the system locale, else English."""
    if setting in LANGUAGES:
        return str(setting)
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load resources/i18n/matchmaker_<language>.qm and Qt's own strings; None for English."""
    if language == "en":
        QLocale.setDefault(QLocale("en"))  # day and month names, and ui_language(), follow the interface language
        return None
    translator = AppTranslator(app, language)
    folder = shipped_dir("resources") / "i18n"
    if not translator.load(f"matchmaker_{language}", str(folder)):
        log.warning("no translation for %s in %s", language, folder)
        return None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return translator


def ui_language() -> str:
    """The interface language in use ('en', 'lt' or 'pl'), for labels stored per language."""
    code = QLocale().name().split("_")[0].lower()
    return code if code in LANGUAGES else "en"
