"""Desktop app entry point: the QApplication, one window per opened database, the first-run demo offer."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Generator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from matchmaker import __version__
from matchmaker.core.demo import DemoReport, database_is_empty, load_demo
from matchmaker.core.progress import Progress
from matchmaker.db import Database, open_database

from . import dialogs
from .context import AppContext, AppSignals
from .look import apply_theme, choose_language, follow_system_theme, install_translator
from .main_window import DATABASE_FILTER, MainWindow
from .preferences import LANGUAGE_KEY, THEME_KEY
from .settings import app_settings, remember_database, settings_list
from .tasks import TaskRunner

log = logging.getLogger(__name__)
DEMO_ASKED_KEY = "demo/offered"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def make_context(database: Database, settings: QSettings, *, synchronous: bool = False) -> AppContext:
    """A fresh context for one database (tests pass ``synchronous=True``)."""
    return AppContext(
        database=database,
        tasks=TaskRunner(synchronous=synchronous),
        undo_stack=QUndoStack(),
        settings=settings,
        signals=AppSignals(),
    )


def _rememberable(option: str) -> bool:
    """Recent files never store a password."""
    try:
        return make_url(option).password is None
    except ArgumentError:
        return True  # a plain file path


class Shell(QObject):
    """Owns the open window and its database; switching databases builds a new context and window."""

    def __init__(self, settings: QSettings, *, synchronous: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.synchronous = synchronous
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None

    def open(self, option: str | None, parent: QWidget | None = None) -> MainWindow | None:
        """Open ``option`` (path, URL or None for the default) in a new window; None if it was refused."""
        try:
            database = open_database(option)
        except Exception as exc:  # MatchmakerError has the user's words; anything else is logged as a bug
            dialogs.show_error(parent or self.window, tr("Cannot open the database"), exc)
            return None
        ctx = make_context(database, self.settings, synchronous=self.synchronous)
        window = MainWindow(ctx)
        window.open_database_requested.connect(lambda value: self.open(value, window))
        window.load_demo_requested.connect(lambda: self.load_demo(ctx, window))
        old_window, old_ctx = self.window, self.ctx
        self.window, self.ctx = window, ctx
        window.show()
        # Everything loaded so far (modules, the ORM, Qt wrappers) lives as long as the app: keep it out of
        # the collector's full passes, which otherwise pause the UI thread for a long time on big heaps.
        gc.freeze()
        if option and _rememberable(option):
            remember_database(self.settings, option)
        if old_window is not None and old_ctx is not None:
            old_window.close()
            old_ctx.tasks.wait()
            old_ctx.database.close()
            old_window.deleteLater()
        self.offer_demo(ctx, window)
        return window

    def offer_demo(self, ctx: AppContext, window: MainWindow) -> bool:
        """On an empty database, offer the demo once per database; True if it was loaded."""
        with ctx.database.session() as session:
            empty = database_is_empty(session)
        asked = settings_list(self.settings, DEMO_ASKED_KEY)
        key = ctx.database.display_url
        if not empty or key in asked:
            return False
        self.settings.setValue(DEMO_ASKED_KEY, [*asked, key])
        if not dialogs.ask_yes_no(
            window,
            tr("Welcome to Matchmaker"),
            tr("This database is empty. Load the demo data?"),
            informative=tr(
                "The demo holds the Vilnius and Krakow film clusters, Nebula, the Lithuanian ICT Cluster, "
                "INFOBALT and their members, and an event modelled on Bridge 2 Business (Vilnius, 2018). "
                "You can load it later from Tools ▸ Load Demo Data."
            ),
        ):
            return False
        return self.load_demo(ctx, window)

    def load_demo(self, ctx: AppContext, window: MainWindow) -> bool:
        """Load the demo on a worker thread with progress and cancel; everything or nothing is written."""
        progress = QProgressDialog(tr("Loading the demo data…"), tr("Cancel"), 0, 5, window)
        progress.setObjectName("demo_progress")
        progress.setWindowTitle(tr("Demo data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        outcome: dict[str, Any] = {}

        def work() -> Generator[Progress, None, DemoReport]:
            with ctx.database.transaction() as session:
                report = yield from load_demo(session)
            return report

        def on_progress(p: Progress) -> None:
            progress.setMaximum(p.total or 0)
            progress.setValue(p.done)
            progress.setLabelText(p.message or tr("Loading the demo data…"))

        def on_result(report: DemoReport) -> None:
            progress.close()
            outcome["report"] = report
            ctx.signals.data_changed.emit("all")
            added = sum(report.created.values())
            ctx.signals.status.emit(tr("Demo data loaded: %n rows added.").replace("%n", f"{added:,}"))

        def on_error(exc: BaseException) -> None:
            progress.close()
            dialogs.show_error(window, tr("The demo data could not be loaded"), exc)

        def on_cancelled() -> None:
            progress.close()
            ctx.signals.status.emit(tr("Loading the demo was cancelled; nothing was written."))

        task = ctx.tasks.run(work, on_result=on_result, on_error=on_error, on_progress=on_progress,
                             on_cancelled=on_cancelled)  # fmt: skip
        progress.canceled.connect(task.cancel)
        return "report" in outcome


def _choose_other_database() -> str | None:
    path, _ = QFileDialog.getOpenFileName(None, tr("Open Database"), "", tr(DATABASE_FILTER))
    return path or None


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with the app's names, theme and translation."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Matchmaker")
    app.setOrganizationName("Matchmaker")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("matchmaker")
    return app


def run_app(db_option: str | None = None, catalogue: str | None = None) -> int:
    """Open the main window on the chosen database; returns the exit code."""
    app = ensure_application()
    settings = app_settings()
    theme = str(settings.value(THEME_KEY, "system") or "system")
    apply_theme(app, theme)
    follow_system_theme(app, theme)
    install_translator(app, choose_language(str(settings.value(LANGUAGE_KEY, "") or "")))
    from .icons import icon

    app.setWindowIcon(icon("matchmaker"))
    if catalogue is not None:
        return run_catalogue(app, catalogue, settings)
    shell = Shell(settings)
    option = db_option
    while shell.open(option) is None:
        option = _choose_other_database()  # the refused database was named in the message box
        if option is None:
            return 2
    return int(app.exec())


def run_catalogue(app: QApplication, path: str, settings: QSettings) -> int:
    """Browse mode: the catalogue alone, read-only, without the organiser's database or pages."""
    from .catalogue.window import open_catalogue_window

    window = open_catalogue_window(path, settings)
    if window is None:
        return 2  # the message box said why
    return int(app.exec())
