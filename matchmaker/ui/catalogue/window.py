"""The read-only browse window a company opens a catalogue in. It has no organiser pages and no database.

Layout: a toolbar ("this is us", search, country and capability filters); tabs for all partners,
suggestions, the shortlist, my requests and my availability; the selected organisation on the
right. Everything the company does is saved beside the catalogue at once (with undo).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.catalogue import REQUESTS_SUFFIX, CatalogueOrganisation
from matchmaker.core.catalogue.browse import all_codes, countries, descendant_codes
from matchmaker.core.countries import country_name

from .. import dialogs
from ..icons import icon
from ..labels import day_month, short_day
from ..look import ui_language
from ..models.proxy import FilterSortProxy
from ..plain import plain
from .controller import BrowseController
from .detail import DetailPanel
from .models import PartnerModel, SuggestionModel

CATALOGUE_FILTER = str(QT_TRANSLATE_NOOP("", "Matchmaker catalogues (*.mmcat);;All files (*)"))
SETTINGS_PREFIX = "catalogue_window"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _table(name: str, model: Any, sort: tuple[int, Qt.SortOrder] | None = None) -> QTableView:
    """A read-only table; ``sort`` enables sorting at once (else see :func:`_enable_sorting`)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    if sort is not None:
        _enable_sorting(view, *sort)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def _enable_sorting(view: QTableView, column: int, order: Qt.SortOrder) -> None:
    # Set the indicator first: enabling sorting sorts by it, so the rows are sorted once, not twice.
    view.horizontalHeader().setSortIndicator(column, order)
    view.setSortingEnabled(True)


class BrowseWindow(QMainWindow):
    """One catalogue, browsed read-only."""

    TAB_PARTNERS, TAB_SUGGESTIONS, TAB_SHORTLIST, TAB_REQUESTS, TAB_AVAILABILITY = range(5)

    def __init__(self, controller: BrowseController, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.controller = controller
        self.settings = settings
        catalogue = controller.catalogue
        self.setWindowTitle(tr("%s — Matchmaker catalogue (read-only)") % catalogue.title)
        self.resize(1280, 800)

        self.partners = PartnerModel(controller, self)
        self.suggestion_model = SuggestionModel(controller, self)
        self.all_proxy, self.shortlist_proxy, self.requests_proxy = (FilterSortProxy(self) for _ in range(3))
        for proxy in (self.all_proxy, self.shortlist_proxy, self.requests_proxy):
            proxy.setSourceModel(self.partners)
        self.shortlist_proxy.set_filter("shortlist", lambda org: controller.is_shortlisted(org.id))
        self.requests_proxy.set_filter("requested", lambda org: controller.request(org.id) is not None)
        self.suggestion_proxy = FilterSortProxy(self)
        self.suggestion_proxy.setSourceModel(self.suggestion_model)

        self._build_toolbar()
        self._build_tabs()
        self.detail = DetailPanel(controller)
        self.splitter = QSplitter()
        self.splitter.setObjectName("catalogue_splitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self.status = plain(QLabel())
        self.status.setObjectName("catalogue_status")
        self.statusBar().addPermanentWidget(self.status)
        self.statusBar().showMessage(tr("Read-only catalogue: your choices are saved beside it."), 8000)
        controller.changed.connect(self._work_changed)
        controller.problem.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._work_changed("all")
        self._restore_state()

    # ------------------------------------------------------------------ building
    def _build_toolbar(self) -> None:
        catalogue = self.controller.catalogue
        bar = QToolBar(tr("Catalogue"))
        bar.setObjectName("catalogue_toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(" " + tr("This is us:") + " "))
        self.us_combo = QComboBox()
        self.us_combo.setObjectName("this_is_us")
        self.us_combo.setEditable(True)
        self.us_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.us_combo.setMinimumContentsLength(28)
        self.us_combo.addItem(tr("(choose your organisation)"), 0)
        for org in sorted(catalogue.organisations, key=lambda o: o.name.casefold()):
            self.us_combo.addItem(f"{org.name} ({org.country})", org.id)
        completer = self.us_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.us_combo.activated.connect(self._us_chosen)
        bar.addWidget(self.us_combo)
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("catalogue_search")
        self.search.setPlaceholderText(tr("Search names, offers, requests…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._apply_filters)
        bar.addWidget(self.search)
        self.country = QComboBox()
        self.country.setObjectName("catalogue_country")
        self.country.addItem(tr("All countries"), "")
        for code in countries(catalogue):
            self.country.addItem(f"{country_name(code, ui_language()) or code} ({code})", code)
        self.country.currentIndexChanged.connect(self._apply_filters)
        bar.addWidget(self.country)
        self.capability = QComboBox()
        self.capability.setObjectName("catalogue_capability")
        self.capability.addItem(tr("All capabilities"), "")
        depth: dict[str, int] = {}
        for cap in catalogue.capabilities:
            depth[cap.code] = depth.get(cap.parent, -1) + 1 if cap.parent else 0
        for cap in sorted(catalogue.capabilities, key=lambda c: c.code):
            self.capability.addItem("    " * depth.get(cap.code, 0) + cap.label(ui_language()), cap.code)
        self.capability.currentIndexChanged.connect(self._apply_filters)
        bar.addWidget(self.capability)
        self.toolbar = bar
        self.addToolBar(bar)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("catalogue_tabs")
        by_name = (PartnerModel.NAME, Qt.SortOrder.AscendingOrder)
        self.all_view = _table("partners_view", self.all_proxy, by_name)
        self.suggestion_view = _table("suggestions_view", self.suggestion_proxy,
                                      (SuggestionModel.SCORE, Qt.SortOrder.DescendingOrder))  # fmt: skip
        self.shortlist_view = _table("shortlist_view", self.shortlist_proxy)
        self.requests_view = _table("requests_view", self.requests_proxy)
        for view in (self.all_view, self.shortlist_view, self.requests_view):
            header = view.horizontalHeader()
            header.resizeSection(PartnerModel.SHORTLIST, 28)
            header.resizeSection(PartnerModel.NAME, 240)
            header.resizeSection(PartnerModel.COUNTRY, 64)
            header.resizeSection(PartnerModel.CITY, 100)
            header.resizeSection(PartnerModel.CAPABILITIES, 260)
            header.resizeSection(PartnerModel.MATCH, 56)
            view.doubleClicked.connect(self._toggle_from_view)
        header = self.suggestion_view.horizontalHeader()
        header.resizeSection(SuggestionModel.SCORE, 56)
        header.resizeSection(SuggestionModel.NAME, 220)
        header.resizeSection(SuggestionModel.COUNTRY, 64)
        header.resizeSection(SuggestionModel.MUTUAL, 56)
        self.suggestion_view.horizontalHeader().setSectionResizeMode(
            SuggestionModel.WHY, QHeaderView.ResizeMode.Stretch
        )
        self.suggestion_note = plain(QLabel())
        self.suggestion_note.setObjectName("suggestion_note")
        self.suggestion_note.setWordWrap(True)
        suggestions = QWidget()
        box = QVBoxLayout(suggestions)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.suggestion_note)
        box.addWidget(self.suggestion_view, 1)

        self.slots = QListWidget()
        self.slots.setObjectName("availability_list")
        for slot in self.controller.catalogue.meeting_slots:
            session = f"  ·  {slot.session}" if slot.session else ""
            start, end = slot.starts_at, slot.ends_at
            item = QListWidgetItem(f"{short_day(start)} {day_month(start)}  {start:%H:%M}–{end:%H:%M}{session}")
            item.setData(Qt.ItemDataRole.UserRole, slot.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.slots.addItem(item)
        self.slots.itemChanged.connect(self._slot_toggled)
        availability = QWidget()
        box = QVBoxLayout(availability)
        box.setContentsMargins(0, 4, 0, 0)
        hint = QLabel(tr("Tick the meeting slots when you cannot meet anyone."))
        if not self.controller.catalogue.meeting_slots:
            hint.setText(tr("This catalogue has no meeting slots (it is not for an event)."))
        box.addWidget(hint)
        box.addWidget(self.slots, 1)

        self.tabs.addTab(self.all_view, icon("partners"), tr("Partners"))
        self.tabs.addTab(suggestions, icon("star"), tr("Suggestions"))
        self.tabs.addTab(self.shortlist_view, icon("star"), tr("Shortlist"))
        self.tabs.addTab(self.requests_view, icon("meeting"), tr("My Requests"))
        self.tabs.addTab(availability, icon("schedule"), tr("My Availability"))
        for view in (self.all_view, self.suggestion_view, self.shortlist_view, self.requests_view):
            view.selectionModel().selectionChanged.connect(
                lambda selected, _old, v=view: self._selected(v, selected)
            )  # fmt: skip
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.setObjectName("catalogue_menu_file")
        self.open_action = self._action("open_catalogue", tr("&Open Catalogue…"), std.Open, "open")
        self.open_action.triggered.connect(self._open_other)
        self.export_action = self._action("export_requests", tr("&Export My Requests…"), "Ctrl+E", "export")
        self.export_action.triggered.connect(lambda: self.export_requests())
        close = self._action("close", tr("&Close"), std.Close)
        close.triggered.connect(self.close)
        for action in (self.open_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(close)
        edit = self.menuBar().addMenu(tr("&Edit"))
        undo = self.controller.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence(std.Undo))
        undo.setObjectName("catalogue_action_undo")
        redo = self.controller.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence(std.Redo))
        redo.setObjectName("catalogue_action_redo")
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        find = self._action("find", tr("&Find"), std.Find)
        find.triggered.connect(self._focus_search)
        edit.addAction(find)
        star = self._action("toggle_shortlist", tr("Add to or Remove from &Shortlist"), "Ctrl+D", "star")
        star.triggered.connect(self._toggle_current)
        edit.addAction(star)
        view = self.menuBar().addMenu(tr("&View"))
        for number in range(self.tabs.count()):
            action = self._action(f"tab_{number}", self.tabs.tabText(number), f"Ctrl+{number + 1}")
            action.triggered.connect(lambda _=False, n=number: self.tabs.setCurrentIndex(n))
            view.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _toggle_current(self) -> None:
        if self.detail.org is not None:
            self.controller.toggle_shortlist(self.detail.org.id)

    def _action(self, name: str, text: str, shortcut: Any = None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"catalogue_action_{name}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        return action

    # ------------------------------------------------------------------ reacting
    def _apply_filters(self) -> None:
        catalogue = self.controller.catalogue
        country = str(self.country.currentData() or "")
        code = str(self.capability.currentData() or "")
        wanted = descendant_codes(catalogue, code) if code else set()
        for proxy in (self.all_proxy, self.shortlist_proxy, self.requests_proxy):
            proxy.set_filter("country", (lambda o: o.country == country) if country else None)
            proxy.set_filter("capability", (lambda o: bool(all_codes(o) & wanted)) if code else None)
            proxy.set_text_filter(self.search.text())
        self._update_status()

    def _us_chosen(self, index: int) -> None:
        org_id = int(self.us_combo.itemData(index) or 0)
        self.controller.set_us(org_id or None)

    def _work_changed(self, what: str) -> None:
        controller = self.controller
        self.partners.refresh()
        if what in ("shortlist", "all"):
            self.shortlist_proxy.set_filter("shortlist", lambda org: controller.is_shortlisted(org.id))
        if what in ("requests", "all", "us"):
            self.requests_proxy.set_filter("requested", lambda org: controller.request(org.id) is not None)
        if what in ("us", "all"):
            index = self.us_combo.findData(controller.us or 0)
            self.us_combo.blockSignals(True)
            self.us_combo.setCurrentIndex(max(0, index))
            self.us_combo.blockSignals(False)
            self._refresh_suggestions()
        if what in ("unavailable", "all"):
            self.slots.blockSignals(True)
            for row in range(self.slots.count()):
                item = self.slots.item(row)
                checked = controller.is_unavailable(int(item.data(Qt.ItemDataRole.UserRole)))
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.slots.blockSignals(False)
        self._update_status()

    def _refresh_suggestions(self) -> None:
        controller = self.controller
        if controller.us is None:
            self.suggestion_model.set_rows([])
            self.partners.scores = {}
            self.suggestion_note.setText(tr("Choose “this is us” above to see the partners that suit you best."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = controller.suggestions()
        except Exception as exc:  # the matcher failing must not close the catalogue
            found = []
            dialogs.show_error(self, tr("Suggestions are not available"), exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.suggestion_model.set_rows(found)
        self.partners.scores = {s.id: s.score for s in found}
        self.partners.refresh()
        self.suggestion_view.sortByColumn(
            self.suggestion_view.horizontalHeader().sortIndicatorSection(),
            self.suggestion_view.horizontalHeader().sortIndicatorOrder(),
        )
        us = controller.catalogue.organisation(controller.us)
        name = us.name if us else ""
        if not controller.can_suggest:
            self.suggestion_note.setText(tr("Partner suggestions are not available in this installation."))
        elif found:
            self.suggestion_note.setText(
                tr("The %d best partners for %s from other countries, with the reasons.") % (len(found), name)
            )
        else:
            self.suggestion_note.setText(
                tr("No partner in this catalogue matches %s's offers and requests yet.") % name
            )

    def _update_status(self) -> None:
        work = self.controller.work
        shown = self.all_proxy.rowCount()
        total = len(self.controller.catalogue.organisations)
        requests = len(work.requests)
        slots = len(work.unavailable)
        text = tr("%d of %d organisations · %d shortlisted · %d %s · %d %s unavailable") % (
            shown, total, len(work.shortlist), requests, tr("request") if requests == 1 else tr("requests"),
            slots, tr("slot") if slots == 1 else tr("slots"))  # fmt: skip
        if work.sequence:
            text += " · " + tr("exported %d×") % work.sequence
        self.status.setText(text)

    def _selected(self, view: QTableView, selected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        proxy = view.model()
        row_object = proxy.object_at(indexes[0].row()) if isinstance(proxy, FilterSortProxy) else None
        if view is self.suggestion_view and row_object is not None:
            org = self.controller.catalogue.organisation(row_object.id)
            self.detail.show_org(org, reasons=list(row_object.reasons))
        elif isinstance(row_object, CatalogueOrganisation):
            self.detail.show_org(row_object)

    def _toggle_from_view(self, index: QModelIndex) -> None:
        proxy = index.model()
        org = proxy.object_at(index.row()) if isinstance(proxy, FilterSortProxy) else None
        if isinstance(org, CatalogueOrganisation):
            self.controller.toggle_shortlist(org.id)

    def _slot_toggled(self, item: QListWidgetItem) -> None:
        slot_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.controller.set_unavailable(slot_id, item.checkState() == Qt.CheckState.Checked)

    def _tab_changed(self, index: int) -> None:
        self.settings.setValue(f"{SETTINGS_PREFIX}/tab", index)
        # The shortlist and request tables sort on first view: sorting costs a pass over every organisation.
        view = {self.TAB_SHORTLIST: self.shortlist_view, self.TAB_REQUESTS: self.requests_view}.get(index)
        if view is not None and not view.isSortingEnabled():
            _enable_sorting(view, PartnerModel.NAME, Qt.SortOrder.AscendingOrder)

    def select_partner(self, org_id: int) -> None:
        """Select ``org_id`` in the Partners tab (and show it)."""
        self.tabs.setCurrentIndex(self.TAB_PARTNERS)
        row = self.all_proxy.row_of(lambda org: org.id == org_id)
        if row >= 0:
            self.all_view.selectRow(row)

    # ------------------------------------------------------------------ files
    def export_requests(self, path: str | None = None) -> Path | None:
        """Ask where (unless ``path`` is given), write the request file, and say what to do with it."""
        controller = self.controller
        if path is None:
            us = controller.catalogue.organisation(controller.us) if controller.us else None
            stem = "".join(ch if ch.isalnum() else "-" for ch in (us.name if us else "my")).strip("-")
            folder = Path(controller.catalogue.source).parent
            suggested = folder / f"{stem}-requests-{controller.work.sequence + 1}{REQUESTS_SUFFIX}"
            path, _ = QFileDialog.getSaveFileName(self, tr("Export My Requests"), str(suggested),
                                                  tr("Matchmaker requests (*{0})").format(REQUESTS_SUFFIX))  # fmt: skip
            if not path:
                return None
        try:
            written = controller.export(path)
        except Exception as exc:
            dialogs.show_error(self, tr("The requests could not be exported"), exc)
            return None
        self.statusBar().showMessage(tr("Wrote %s. E-mail it to the organiser.") % written, 15000)
        return written

    def _open_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open Catalogue"), "", tr(CATALOGUE_FILTER))
        if path:
            open_catalogue_window(path, self.settings, parent=self)

    # ------------------------------------------------------------------ state
    def _restore_state(self) -> None:
        geometry = self.settings.value(f"{SETTINGS_PREFIX}/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value(f"{SETTINGS_PREFIX}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([780, 500])
        tab = self.settings.value(f"{SETTINGS_PREFIX}/tab", 0)
        if isinstance(tab, (int, str)) and str(tab).isdigit():
            self.tabs.setCurrentIndex(int(tab))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(f"{SETTINGS_PREFIX}/geometry", self.saveGeometry())
        self.settings.setValue(f"{SETTINGS_PREFIX}/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)


_open_windows: list[BrowseWindow] = []


def open_catalogue_window(path: str | Path, settings: QSettings, parent: QWidget | None = None) -> BrowseWindow | None:
    """Open ``path`` in a new browse window; a refused file is explained in a message box (None returned)."""
    try:
        controller, note = BrowseController.open(path)
    except Exception as exc:
        dialogs.show_error(parent, tr("Cannot open the catalogue"), exc)
        return None
    window = BrowseWindow(controller, settings)
    controller.setParent(window)
    _open_windows.append(window)
    window.destroyed.connect(lambda: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    if note:
        window.statusBar().showMessage(note, 20000)
    return window
