"""Lithuanian and Polish: every interface string is translated, placeholders and accelerators kept, and shown.

The source strings are read from the code itself (every literal given to tr(), QT_TRANSLATE_NOOP or
QCoreApplication.translate in matchmaker/ui), so a new string without a translation fails here, as does one
that pyside6-lupdate cannot extract (such as a tr() call inside an f-string).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from sqlalchemy import select

from matchmaker.core.model import Event, RequestStatus
from matchmaker.ui.look import install_translator
from matchmaker.ui.main_window import MainWindow
from matchmaker.ui.pages import discover_pages

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "matchmaker" / "ui"
TS = {language: ROOT / "resources" / "i18n" / f"matchmaker_{language}.ts" for language in ("lt", "pl")}
#: %s %d %n %1 %.0f %% and {0} {name} {load:.0%} (a brace field is matched whole, so its % is not counted).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n|%|\.?\d*[dfs])")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_strings() -> Iterator[tuple[str, str, str]]:
    """(file:line, context, text) of every translatable literal in matchmaker/ui."""
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name == "tr" and isinstance(func, ast.Name) and (text := _literal(node.args[0])) is not None:
                yield where, "", text
            elif name == "translate" and getattr(getattr(func, "value", None), "id", "") != "QCoreApplication":
                continue  # e.g. QPainter.translate
            elif name in ("QT_TRANSLATE_NOOP", "translate") and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and text is not None:
                    yield where, context, text
                elif name == "translate" and context not in ("", "Page"):
                    # A tr() helper: lupdate files bare tr() calls under "", so the helper must look there too.
                    yield where, f"helper context {context!r}", "<any>"


def catalogue(language: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TS[language]).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def translation(message: ET.Element) -> str:
    element = message.find("translation")
    assert element is not None
    return element.text or ""


@pytest.mark.parametrize("language", ["lt", "pl"])
def test_every_interface_string_has_a_finished_translation(language: str) -> None:
    messages = catalogue(language)
    strings = list(source_strings())
    assert len(strings) > 650  # the scan found the interface, not an empty folder
    missing, unfinished = [], []
    for where, context, text in strings:
        message = messages.get((context, text))
        if message is None:
            missing.append(f"{where}: {context!r} {text!r}")
            continue
        element = message.find("translation")
        if element is None or element.get("type") in ("unfinished", "vanished", "obsolete") or not element.text:
            unfinished.append(f"{where}: {text!r}")
    assert not missing, "not in the .ts (run tools/i18n.py; no tr() inside f-strings):\n" + "\n".join(missing)
    assert not unfinished, "untranslated:\n" + "\n".join(unfinished)
    # Nothing in the catalogue is left unfinished either (e.g. strings of other contexts, such as self.tr()).
    assert all(translation(m) and m.find("translation").get("type") is None for m in messages.values())  # type: ignore[union-attr]


@pytest.mark.parametrize("language", ["lt", "pl"])
def test_translations_keep_placeholders_accelerators_and_line_shape(language: str) -> None:
    problems = []
    for (_, source), message in catalogue(language).items():
        text = translation(message)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            problems.append(f"accelerator lost or added: {source!r} -> {text!r}")
        if source.endswith("…") != text.endswith("…") or source.count("\n") != text.count("\n"):
            problems.append(f"ellipsis or line breaks differ: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_the_shipped_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language, ts in TS.items():
        built = tmp_path / f"{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(built)], check=True)
        assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"rebuild {language}: python tools/i18n.py"


# --------------------------------------------------------------------------- the running app


@pytest.fixture
def window(demo_ctx, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A main window with every page built on the demo event, for one language at a time (set by the test)."""
    with demo_ctx.database.session() as session:
        demo_ctx.select_event(session.scalars(select(Event.id)).one())
    built: list[MainWindow] = []

    def build() -> MainWindow:
        win = MainWindow(demo_ctx, pages=discover_pages())
        qtbot.addWidget(win)
        for page_class in win.page_classes:
            win.show_page(page_class.page_id)
        built.append(win)
        return win

    yield build  # type: ignore[misc]


def _with_language(language: str) -> object:
    app = QApplication.instance()
    translator = install_translator(app, language)  # type: ignore[arg-type]
    assert translator is not None
    return translator


def _drop_language(translator: object) -> None:
    QApplication.instance().removeTranslator(translator)  # type: ignore[arg-type, union-attr]
    QLocale.setDefault(QLocale("en"))


def visible_texts(root: QWidget) -> set[str]:
    """The texts a user can read: labels, buttons, tabs, group titles, placeholders, combo items, headers, menus."""
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(min(widget.count(), 30)))
        if isinstance(widget, QMenu):
            texts.add(widget.title())
            texts.update(action.text() for action in widget.actions())
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            texts.update(
                str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
                for c in range(min(model.columnCount(QModelIndex()), 40))
            )
        texts.add(widget.toolTip())
    return {t for t in texts if t}


@pytest.mark.parametrize("language", ["lt", "pl"])
def test_no_english_is_left_on_any_page(window, language: str) -> None:  # type: ignore[no-untyped-def]
    """Every text on every page that has a translation shows the translation (catches strings that bypass tr())."""
    english = {source: translation(m) for (_, source), m in catalogue(language).items()}
    translator = _with_language(language)
    try:
        shown = visible_texts(window())
    finally:
        _drop_language(translator)
    leftovers = sorted(t for t in shown if t in english and english[t] != t)
    assert not leftovers, f"shown in English while the {language} translation exists: {leftovers}"


def test_lithuanian_on_the_event_schedule_and_organisations_pages(window) -> None:  # type: ignore[no-untyped-def]
    translator = _with_language("lt")
    try:
        win = window()
        assert [win.navigation.item(i).text() for i in range(win.navigation.count())][:5] == [
            "Organizacijos", "Klasteriai", "Partneriai", "Renginys", "Tvarkaraštis",
        ]  # fmt: skip
        organisations = win.show_page("organisations")
        model = organisations.controller.model
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert titles[:4] == ["Pavadinimas", "Šalis", "Miestas", "Tipas"]  # translated once, never blanked
        assert QCoreApplication.translate("", "not in any catalogue") == "not in any catalogue"
        event = win.show_page("event")
        assert [event.tabs.tabText(i) for i in range(event.tabs.count())] == [
            "Nustatymai", "Dalyviai", "Užimtumas", "Susitikimų užklausos",
        ]  # fmt: skip
        headers = event.participants_model
        assert headers.headerData(0, Qt.Orientation.Horizontal) == "Organizacija"
        assert headers.headerData(3, Qt.Orientation.Horizontal) == "Delegatai"
        requests = event.requests_model
        statuses = {requests.index(r, requests.STATUS).data() for r in range(requests.rowCount())}
        assert statuses <= {"laukia", "priimta", "atmesta", "atšaukta", "nebegalioja"} and "priimta" in statuses
        schedule = win.show_page("schedule")
        assert schedule.run_button.text() == "&Sudaryti tvarkaraštį"
        assert schedule.repair_button.text() == "&Pataisyti"
        files = [a.text() for a in win.menu("file").actions() if a.text()]
        assert "Importuoti &dalyvius…" in files and "&Baigti" in files
        assert QCoreApplication.translate("", "{0} moved").format(3) == "perkelta: 3"
        # Texts built from core results: weekdays from the locale, the change lines of a run, solver outcomes.
        from matchmaker.ui.labels import change_line, label

        assert (
            change_line("m4 with Nordic AS: new at Wed 09:30 (table 2)") == "Su Nordic AS: naujas: tr 09:30 (stalas 2)"
        )
        assert label("optimal") == "optimalus" and label(RequestStatus.ACCEPTED) == "priimta"
    finally:
        _drop_language(translator)
    assert QCoreApplication.translate("", "Delegates") == "Delegates"


@pytest.mark.parametrize("language", ["lt", "pl"])
def test_accelerators_do_not_clash_within_a_menu(window, language: str) -> None:  # type: ignore[no-untyped-def]
    translator = _with_language(language)
    try:
        win = window()
        menus = [
            ("menu bar", [m.menuAction() for m in win.menuBar().findChildren(QMenu) if m.parent() is win.menuBar()])
        ]
        menus += [(menu.title(), menu.actions()) for menu in win.menuBar().findChildren(QMenu)]
        clashes = []
        for title, actions in menus:
            keys: dict[str, str] = {}
            for action in actions:
                match = re.search(r"&([^&])", action.text().replace("&&", ""))
                if action.isSeparator() or match is None:
                    continue
                key = match.group(1).lower()
                if key in keys:
                    clashes.append(f"{title}: {keys[key]!r} and {action.text()!r} share Alt+{key}")
                keys[key] = action.text()
    finally:
        _drop_language(translator)
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize("language", ["lt", "pl"])
def test_no_english_is_left_in_the_dialogs(demo_ctx, qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui.about import AboutDialog
    from matchmaker.ui.backup_dialog import RestoreBackupDialog
    from matchmaker.ui.catalogue.organiser import PublishDialog
    from matchmaker.ui.organisations.page import OrganisationsPage
    from matchmaker.ui.pages.event.dialogs import NewRequestDialog
    from matchmaker.ui.preferences import PreferencesDialog
    from matchmaker.ui.team_dialog import TeamDialog

    english = {source: translation(m) for (_, source), m in catalogue(language).items()}
    translator = _with_language(language)
    try:
        with demo_ctx.database.session() as session:
            demo_ctx.select_event(session.scalars(select(Event.id)).one())
        page = OrganisationsPage(demo_ctx)
        qtbot.addWidget(page)
        first = page.controller.model.row_object(0).id
        from matchmaker.core.events import load_snapshot

        with demo_ctx.database.session() as session:
            people = load_snapshot(session, demo_ctx.current_event_id).participants
        dialogs = [
            AboutDialog(demo_ctx), PreferencesDialog(demo_ctx), TeamDialog(demo_ctx.settings),
            RestoreBackupDialog(tmp_path / "event.db"), PublishDialog(demo_ctx), NewRequestDialog(people),
            page.open_editor(page.controller.profile(first)),
        ]  # fmt: skip
        shown: set[str] = set()
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            shown |= visible_texts(dialog)
    finally:
        _drop_language(translator)
    leftovers = sorted(t for t in shown if t in english and english[t] != t)
    assert not leftovers, f"shown in English while the {language} translation exists: {leftovers}"


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["lt", "pl"])
def test_accelerators_do_not_clash_within_a_tab(window, language: str) -> None:  # type: ignore[no-untyped-def]
    """Buttons and labelled fields shown together (one tab of a page) need different Alt+letters."""
    translator = _with_language(language)
    try:
        win = window()
        clashes = []
        for tabs in win.findChildren(QTabWidget):
            for index in range(tabs.count()):
                keys: dict[str, str] = {}
                tab = tabs.widget(index)
                widgets = [w for w in tab.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLabel))]
                for widget in widgets:
                    key = _mnemonic(widget.text())
                    if key is None or (isinstance(widget, QLabel) and widget.buddy() is None):
                        continue
                    if key in keys and keys[key] != widget.text():
                        clashes.append(f"{tabs.tabText(index)}: {keys[key]!r} and {widget.text()!r} share Alt+{key}")
                    keys[key] = widget.text()
    finally:
        _drop_language(translator)
    assert not clashes, "\n".join(clashes)
