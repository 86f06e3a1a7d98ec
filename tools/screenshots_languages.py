"""Screenshots of every page and the main dialogs in Lithuanian and Polish, to check longer texts for clipping.

Usage: python tools/screenshots_languages.py [--out /tmp/mm_lang_shots] [--languages lt,pl]
Works offscreen on a throwaway demo database; never writes docs/screenshots (English, used in the README).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "mm_lang_shots")
    parser.add_argument("--languages", default="lt,pl")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="mm_lang_"))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):
        os.environ[var] = str(home / sub)  # never touch the user's own settings

    from PySide6.QtCore import QEventLoop, QLocale
    from PySide6.QtWidgets import QWidget
    from sqlalchemy import select

    from matchmaker.core.catalogue.publish import publish_catalogue
    from matchmaker.core.demo import load_demo
    from matchmaker.core.model import Cluster, Event, Organisation
    from matchmaker.core.progress import run_job
    from matchmaker.db import open_database
    from matchmaker.ui.about import AboutDialog
    from matchmaker.ui.app import apply_theme, ensure_application, make_context
    from matchmaker.ui.catalogue.window import open_catalogue_window
    from matchmaker.ui.look import install_translator
    from matchmaker.ui.main_window import MainWindow
    from matchmaker.ui.preferences import PreferencesDialog
    from matchmaker.ui.settings import app_settings
    from matchmaker.ui.team_dialog import TeamDialog

    app = ensure_application([])
    apply_theme(app, "light")
    database = open_database(str(home / "demo.db"))
    with database.transaction() as session:
        event_id = run_job(load_demo(session)).event_id
        focus = session.scalar(select(Organisation.id).where(Organisation.name == "Vilnius Film Cluster"))
        nebula = session.scalar(select(Cluster.id).where(Cluster.name == "Multimedia Cluster Nebula"))
    with database.transaction() as session:
        event = session.get(Event, event_id)
        catalogue = run_job(publish_catalogue(session, home / "event.mmcat", event=event)).path

    def save(widget: QWidget, folder: Path, name: str) -> None:
        loop = QEventLoop()
        for _ in range(5):
            loop.processEvents()
        path = folder / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    first = True
    for language in args.languages.split(","):
        translator = install_translator(app, language)
        folder = args.out / language
        folder.mkdir(parents=True, exist_ok=True)
        ctx = make_context(database, app_settings(), synchronous=True)
        window = MainWindow(ctx)
        window.resize(1360, 820)
        window.show()
        ctx.select_event(int(event_id or 0))
        page = window.show_page("organisations")
        page.select_organisation(int(focus))  # type: ignore[attr-defined]
        save(window, folder, "organisations")
        editor = page.open_editor(page.controller.profile(int(focus)))  # type: ignore[attr-defined]
        editor.resize(820, 640)
        editor.show()
        for index, name in enumerate(("editor-profile", "editor-capabilities", "editor-offers", "editor-contacts")):
            editor.tabs.setCurrentIndex(index)
            save(editor, folder, name)
        editor.close()
        clusters = window.show_page("clusters")
        clusters.select_cluster(int(nebula))  # type: ignore[attr-defined]
        save(window, folder, "clusters")
        partners = window.show_page("partners")
        partners.set_organisation(int(focus))  # type: ignore[attr-defined]
        save(window, folder, "partners")
        schedule = window.show_page("schedule")
        if first:
            schedule.controller.run(time_limit=5)  # type: ignore[attr-defined]
            first = False
        event = window.show_page("event")
        for index, name in enumerate(("event-setup", "event-participants", "event-availability", "event-requests")):
            event.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            save(window, folder, name)
        window.show_page("schedule")
        schedule.grid.setCurrentIndex(schedule.grid_model.index(1, 1))  # type: ignore[attr-defined]
        for index, name in enumerate(("schedule-grid", "schedule-participants", "schedule-statistics", "schedule-run")):
            schedule.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            save(window, folder, name)
        window.show_page("exports")
        save(window, folder, "exports")
        for dialog, name in ((AboutDialog(ctx, window), "about"), (PreferencesDialog(ctx, window), "preferences"),
                             (TeamDialog(ctx.settings, window), "team")):  # fmt: skip
            dialog.show()
            save(dialog, folder, name)
            dialog.close()
        browser = open_catalogue_window(catalogue, app_settings())
        if browser is not None:
            browser.resize(1280, 780)
            browser.show()
            index = browser.us_combo.findData(int(focus)) if browser.us_combo.findData(int(focus)) >= 0 else 1
            browser.us_combo.setCurrentIndex(index)
            browser.us_combo.activated.emit(index)
            for tab in range(browser.tabs.count()):
                browser.tabs.setCurrentIndex(tab)
                save(browser, folder, f"catalogue-{tab}")
            browser.close()
        window.close()
        if translator is not None:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
