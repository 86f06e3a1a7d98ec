"""The main window: navigation on the left, the pages in a stack, menus, toolbar and status bar.

It composes pages from the registry (:mod:`matchmaker.ui.pages`) and knows nothing about what
they do. Opening another database is asked of the app (``open_database_requested``), which
builds a fresh context and window for it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from sqlalchemy import select

from matchmaker.core.model import Event
from matchmaker.db.url import sqlite_path

from .context import AppContext
from .icons import icon
from .pages import Page, PageType, discover_pages, prewarm_when_idle
from .plain import plain, plain_tooltip
from .settings import forget_database, recent_databases

DATABASE_FILTER = str(QT_TRANSLATE_NOOP("", "Matchmaker databases (*.db *.sqlite *.sqlite3);;All files (*)"))


def database_label(ctx: AppContext) -> str:
    """The database as users know it: the file path for SQLite, the URL (password masked) otherwise."""
    path = sqlite_path(ctx.database.url)
    return str(path) if path is not None else ctx.database.display_url


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class MainWindow(QMainWindow):
    """One window on one database (one :class:`AppContext`)."""

    #: The user chose a database (a file path or URL) to open instead of this one.
    open_database_requested = Signal(str)
    #: The user asked to load the demo data into this database.
    load_demo_requested = Signal()

    def __init__(self, ctx: AppContext, pages: list[PageType] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle(f"Matchmaker — {database_label(ctx)}")
        self.resize(1280, 800)
        self.page_classes = list(pages) if pages is not None else discover_pages()
        self._pages: dict[str, Page] = {}
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.setObjectName("page_stack")
        for page_class in self.page_classes:
            item = QListWidgetItem(icon(page_class.icon_name), page_class.display_title())
            item.setData(Qt.ItemDataRole.UserRole, page_class.page_id)
            self.navigation.addItem(item)
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder_{page_class.page_id}")
            self.stack.addWidget(placeholder)
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(240)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        from .team_dialog import install_team_mode  # File ▸ Connect to Team Database; others' changes

        self.change_watcher = install_team_mode(self)
        self.navigation.currentRowChanged.connect(self._show_row)
        ctx.signals.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.signals.data_changed.connect(self._data_changed)
        ctx.signals.event_selected.connect(self._event_selected)
        self.reload_events()
        self._restore_state()
        from .catalogue.organiser import install_catalogue_actions  # File: open/publish catalogue, import requests

        install_catalogue_actions(self)
        from .importing import install_transfer_actions  # File: import/export organisations and participants

        install_transfer_actions(self)

    # ------------------------------------------------------------------ public API for pages and helpers
    def page(self, page_id: str) -> Page:
        """The page with this id, built on first use."""
        if page_id in self._pages:
            return self._pages[page_id]
        for row, page_class in enumerate(self.page_classes):
            if page_class.page_id == page_id:
                page = page_class(self.ctx, self.stack)
                placeholder = self.stack.widget(row)
                self.stack.insertWidget(row, page)
                if placeholder is not None:
                    self.stack.removeWidget(placeholder)
                    placeholder.deleteLater()
                self._pages[page_id] = page
                return page
        raise KeyError(page_id)

    def show_page(self, page_id: str) -> Page:
        """Switch to a page (building it if needed) and return it."""
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == page_id:
                self.navigation.setCurrentRow(row)
                return self.page(page_id)
        raise KeyError(page_id)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def action(self, name: str) -> QAction:
        """An action by short name ('open_database'); its objectName is 'action_<name>'."""
        return self._actions[name]

    def menu(self, name: str) -> QMenu:
        """A menu by short name: 'file', 'edit', 'view', 'tools', 'help' (objectName 'menu_<name>')."""
        return self._menus[name]

    def add_action(self, name: str, text: str, *, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   icon_name: str | None = None, menu: str | None = None) -> QAction:  # fmt: skip
        """Create a named action (objectName 'action_<name>'), optionally adding it to a menu."""
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        self._actions[name] = action
        if menu is not None:
            self._menus[menu].addAction(action)
        return action

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.add_action("new_database", tr("&New Database…"), shortcut=std.New, icon_name="new")
        self.add_action("open_database", tr("&Open Database…"), shortcut=std.Open, icon_name="open")
        self.add_action("quit", tr("&Quit"), shortcut=std.Quit)
        self.action("new_database").triggered.connect(self._new_database)
        self.action("open_database").triggered.connect(self._open_database)
        self.action("quit").triggered.connect(self.close)
        self.action("quit").setMenuRole(QAction.MenuRole.QuitRole)

        undo = self.ctx.undo_stack.createUndoAction(self, tr("&Undo"))
        redo = self.ctx.undo_stack.createRedoAction(self, tr("&Redo"))
        for name, action, key, icon_name in (("undo", undo, std.Undo, "undo"), ("redo", redo, std.Redo, "redo")):
            action.setObjectName(f"action_{name}")
            action.setShortcut(QKeySequence(key))
            action.setIcon(icon(icon_name))
            self._actions[name] = action

        for row, page_class in enumerate(self.page_classes):
            action = self.add_action(f"page_{page_class.page_id}", page_class.display_title())
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
        self.add_action("toggle_navigation", tr("Show &Navigation")).setCheckable(True)
        self.action("toggle_navigation").setChecked(True)
        self.action("toggle_navigation").toggled.connect(self.navigation.setVisible)
        self.add_action("full_screen", tr("&Full Screen"), shortcut=std.FullScreen).triggered.connect(
            self._toggle_full_screen
        )
        self.add_action("load_demo", tr("Load &Demo Data…")).triggered.connect(self.load_demo_requested.emit)
        self.add_action("preferences", tr("&Preferences…"), shortcut=std.Preferences).triggered.connect(
            self._preferences
        )
        self.action("preferences").setMenuRole(QAction.MenuRole.PreferencesRole)
        self.add_action("about", tr("&About Matchmaker")).triggered.connect(self._about)
        self.action("about").setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name, title in (("file", tr("&File")), ("edit", tr("&Edit")), ("view", tr("&View")),
                            ("tools", tr("&Tools")), ("help", tr("&Help"))):  # fmt: skip
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{name}")
            self._menus[name] = menu
        file_menu = self._menus["file"]
        file_menu.addAction(self.action("new_database"))
        file_menu.addAction(self.action("open_database"))
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        self.file_menu_tail = file_menu.addSeparator()  # helpers insert import/export/team actions before this
        file_menu.addAction(self.action("quit"))
        edit = self._menus["edit"]
        edit.addAction(self.action("undo"))
        edit.addAction(self.action("redo"))
        edit.addSeparator()
        edit.addAction(self.action("preferences"))
        view = self._menus["view"]
        for page_class in self.page_classes:
            view.addAction(self.action(f"page_{page_class.page_id}"))
        view.addSeparator()
        view.addAction(self.action("toggle_navigation"))
        view.addAction(self.action("full_screen"))
        self._menus["tools"].addAction(self.action("load_demo"))
        self._menus["help"].addAction(self.action("about"))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(tr("Main Toolbar"))
        toolbar.setObjectName("toolbar_main")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setMovable(False)
        for name in ("new_database", "open_database"):
            toolbar.addAction(self.action(name))
        toolbar.addSeparator()
        toolbar.addAction(self.action("undo"))
        toolbar.addAction(self.action("redo"))
        toolbar.addSeparator()
        label = QLabel(tr("Event:"))
        label.setContentsMargins(6, 0, 4, 0)
        toolbar.addWidget(label)
        self.event_selector = QComboBox()
        self.event_selector.setObjectName("event_selector")
        self.event_selector.setMinimumContentsLength(34)
        self.event_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_selector.currentIndexChanged.connect(self._event_chosen)
        toolbar.addWidget(self.event_selector)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.database_label = plain(QLabel(database_label(self.ctx)))
        self.database_label.setToolTip(plain_tooltip(self.ctx.database.display_url))
        self.database_label.setObjectName("status_database")
        self.database_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().setObjectName("status_bar")
        self.statusBar().addPermanentWidget(self.database_label)

    # ------------------------------------------------------------------ events
    def reload_events(self) -> None:
        """Refill the event selector; keeps the current event, else picks the latest one."""
        with self.ctx.database.session() as session:
            events = session.execute(select(Event.id, Event.name).order_by(Event.starts_on.desc(), Event.id.desc()))
            rows = [(int(event_id), str(name)) for event_id, name in events]
        self.event_selector.blockSignals(True)
        self.event_selector.clear()
        if not rows:
            self.event_selector.addItem(tr("(no event)"), 0)
        for event_id, name in rows:
            self.event_selector.addItem(name, event_id)
        saved = self.ctx.settings.value("event/current", 0)
        wanted = self.ctx.current_event_id or (
            int(saved) if isinstance(saved, (int, str)) and str(saved).isdigit() else 0
        )
        index = self.event_selector.findData(wanted)
        self.event_selector.setCurrentIndex(index if index >= 0 else 0)
        self.event_selector.setEnabled(bool(rows))
        self.event_selector.blockSignals(False)
        self.ctx.select_event(int(self.event_selector.currentData() or 0))

    def _event_chosen(self, index: int) -> None:
        event_id = int(self.event_selector.itemData(index) or 0)
        self.ctx.settings.setValue("event/current", event_id)
        self.ctx.select_event(event_id)

    def _event_selected(self, event_id: int) -> None:
        index = self.event_selector.findData(event_id)
        if index >= 0 and index != self.event_selector.currentIndex():
            self.event_selector.setCurrentIndex(index)

    def _data_changed(self, what: str) -> None:
        if what in ("events", "all"):
            self.reload_events()

    def _show_row(self, row: int) -> None:
        if row < 0 or row >= len(self.page_classes):
            return
        page = self.page(self.page_classes[row].page_id)
        self.stack.setCurrentWidget(page)
        self.ctx.settings.setValue("window/page", page.page_id)
        page.activated()

    # ------------------------------------------------------------------ files
    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New Database"), "event.db", tr(DATABASE_FILTER),
                                              options=QFileDialog.Option.DontConfirmOverwrite)  # fmt: skip
        if path:
            if not path.lower().endswith((".db", ".sqlite", ".sqlite3")):
                path += ".db"
            self.open_database_requested.emit(path)

    def _open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open Database"), "", tr(DATABASE_FILTER))
        if path:
            self.open_database_requested.emit(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        items = recent_databases(self.ctx.settings)
        for number, option in enumerate(items, start=1):
            action = self.recent_menu.addAction(f"&{number} {option}" if number < 10 else option)
            action.setObjectName(f"action_recent_{number}")
            action.triggered.connect(lambda _=False, o=option: self.open_database_requested.emit(o))
        if items:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(tr("&Clear Menu"))
            clear.setObjectName("action_clear_recent")
            clear.triggered.connect(lambda: forget_database(self.ctx.settings))
        self.recent_menu.setEnabled(bool(items))

    # ------------------------------------------------------------------ dialogs
    def _about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def _preferences(self) -> None:
        from .preferences import PreferencesDialog

        PreferencesDialog(self.ctx, self).exec()

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # ------------------------------------------------------------------ state
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([190, 1090])
        wanted = str(settings.value("window/page", "") or "")
        ids = [page.page_id for page in self.page_classes]
        if ids:
            # Build the first page after the window is shown, so start-up paints at once.
            row = ids.index(wanted) if wanted in ids else 0
            QTimer.singleShot(0, lambda: self.navigation.currentRow() < 0 and self.navigation.setCurrentRow(row))
            self._prewarm = prewarm_when_idle(self.ctx, self.page_classes, self)  # the other pages, once idle

    def save_state(self) -> None:
        for page in self._pages.values():
            page.save_state()
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
