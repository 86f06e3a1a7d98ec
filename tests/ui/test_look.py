"""Languages (Qt .qm files for Lithuanian and Polish), themes, icons and the About dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from matchmaker.ui.about import AboutDialog
from matchmaker.ui.icons import icon, icons_dir
from matchmaker.ui.look import LANGUAGES, apply_theme, choose_language, install_translator
from matchmaker.ui.main_window import MainWindow
from matchmaker.ui.organisations.page import OrganisationsPage


def test_lithuanian_and_polish_translations_load_and_apply(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    for language, file_menu, page_title in (("lt", "&Failas", "Organizacijos"), ("pl", "&Plik", "Organizacje")):
        translator = install_translator(app, language)  # type: ignore[arg-type]
        assert translator is not None
        try:
            assert QCoreApplication.translate("", "&File") == file_menu
            window = MainWindow(ui_ctx, pages=[OrganisationsPage])
            qtbot.addWidget(window)
            assert window.menu("file").title() == file_menu
            assert window.navigation.item(0).text() == page_title
        finally:
            app.removeTranslator(translator)  # type: ignore[union-attr]
            QLocale.setDefault(QLocale("en"))
    assert QCoreApplication.translate("", "&File") == "&File"
    assert install_translator(app, "en") is None  # type: ignore[arg-type]


def test_language_choice_setting_wins_then_system_then_english() -> None:
    assert choose_language("pl") == "pl"
    assert choose_language("xx") in LANGUAGES
    assert set(LANGUAGES) == {"en", "lt", "pl"}


def test_themes_and_icons(qapp) -> None:  # type: ignore[no-untyped-def]
    assert apply_theme(qapp, "dark") == "dark"
    assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() < 80
    assert apply_theme(qapp, "light") == "light"
    assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() > 180
    names = sorted(p.stem for p in icons_dir().glob("*.svg"))
    assert {"organisations", "clusters", "partners", "undo", "redo", "matchmaker"} <= set(names)
    for name in names:
        pixmap = icon(name).pixmap(48, 48)
        assert not pixmap.isNull() and not pixmap.toImage().isNull(), name
    assert icon("no-such-icon").isNull()


def test_about_dialog_names_version_and_database(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from matchmaker import __version__

    dialog = AboutDialog(ui_ctx)
    qtbot.addWidget(dialog)
    facts = dialog.findChild(QLabel, "about_facts")
    assert facts is not None and ui_ctx.database.display_url in facts.text()
    assert any(__version__ in label.text() for label in dialog.findChildren(QLabel))
