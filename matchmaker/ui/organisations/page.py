"""The Organisations page (the view): search and filters, the table, the detail panel, actions."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.countries import country_name
from matchmaker.core.errors import MatchmakerError
from matchmaker.core.members import tag_names
from matchmaker.core.organisations import ContactData, ProfileData
from matchmaker.core.taxonomy import TaxonomyGraph
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext
from matchmaker.ui.icons import icon
from matchmaker.ui.look import ui_language
from matchmaker.ui.models.delegate import PlainTextDelegate
from matchmaker.ui.pages import Page, register_page

from .controller import OrganisationsController
from .detail import profile_html
from .editor import OrganisationEditor
from .model import SIZE_ORDER, SIZE_TITLES, TYPE_TITLES, OrganisationTableModel

M = OrganisationTableModel


def transfer_module() -> Any:
    """The import/export UI (matchmaker.ui.importing), or None where it is not installed."""
    try:
        return importlib.import_module("matchmaker.ui.importing")
    except ImportError:
        return None


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _text(key: str) -> str:
    """Texts used inside f-strings, listed here as plain tr() calls so lupdate finds them."""
    return {
        "Select an organisation to see its profile.": tr("Select an organisation to see its profile."),
    }[key]


@register_page
class OrganisationsPage(Page):
    page_id = "organisations"
    title = str(QT_TRANSLATE_NOOP("Page", "Organisations"))
    icon_name = "organisations"
    order = 10

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = OrganisationsController(ctx, self)
        self._created: int | None = None
        self._detail_for: int | None = None
        self.proxy = self.controller.proxy
        self._build()
        self.controller.loaded.connect(self._loaded)
        self.controller.lookups_changed.connect(self._fill_filters)
        self.proxy.filtered.connect(self._show_count)
        self.controller.reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("organisation_search")
        self.search.setPlaceholderText(tr("Search names, cities, clusters, capabilities, tags…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text_filter)
        self.filters: dict[str, QComboBox] = {}
        filter_row = QHBoxLayout()
        filter_row.setSpacing(6)
        for key, label in (("country", tr("Country")), ("cluster", tr("Cluster")), ("capability", tr("Capability")),
                           ("type", tr("Type")), ("size", tr("Size")), ("tag", tr("Tag"))):  # fmt: skip
            combo = QComboBox()
            combo.setObjectName(f"filter_{key}")
            combo.setToolTip(label)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10 if key not in ("capability", "cluster") else 16)
            combo.currentIndexChanged.connect(lambda _=0, k=key: self._apply_filter(k))
            self.filters[key] = combo
            filter_row.addWidget(combo)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.setText(tr("Clear"))
        self.clear_button.clicked.connect(self.clear_filters)
        filter_row.addWidget(self.clear_button)
        filter_row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("organisation_count")
        filter_row.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("organisation_table")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(PlainTextDelegate(self.table))  # a repaint per keystroke: keep it cheap
        # Lay the rows out as soon as a filter resets the proxy, before the repaint: left to its timer, the new
        # row count reaches the scroll bar after the first paint and the whole table is painted twice.
        self.proxy.modelReset.connect(self.table.executeDelayedItemsLayout)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(M.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)

        def fits(titles: dict[str, str], least: int) -> int:  # translated type and size names are longer
            return max(least, *(self.fontMetrics().horizontalAdvance(tr(t)) + 16 for t in titles.values()))

        for column, width in ((M.NAME, 260), (M.COUNTRY, 60), (M.CITY, 96), (M.TYPE, fits(TYPE_TITLES, 96)),
                              (M.SIZE, fits(SIZE_TITLES, 124)),
                              (M.FOUNDED, 66), (M.CLUSTERS, 180), (M.CAPABILITIES, 240), (M.TAGS, 110),
                              (M.CONTACTS, 70), (M.OFFERS, 60), (M.REQUESTS, 70)):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        # Selection and current-row signals arrive in bursts: show the detail once, after the burst.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._detail_timer.start)
        self.table.selectionModel().currentRowChanged.connect(self._detail_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.detail = QTextBrowser()
        self.detail.setObjectName("organisation_detail")
        self.detail.setOpenExternalLinks(True)
        self.detail.setMinimumWidth(280)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("organisations_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_by_name: dict[str, QAction] = {}
        self._action("new", tr("New"), "add", self.create_new, QKeySequence("Ctrl+Shift+N"))
        self._action("edit", tr("Edit"), "edit", self.edit_selected, QKeySequence("F2"))
        self._action(
            "delete", tr("Delete"), "delete", self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.toolbar.addSeparator()
        self._action("tag", tr("Tag…"), "tag", self.tag_selected, QKeySequence("Ctrl+T"))
        self._action("untag", tr("Remove Tag…"), None, lambda: self.tag_selected(remove=True), None)
        self.toolbar.addSeparator()
        for name, text, icon_name, slot in (("import", tr("Import…"), "import", self.import_file),
                                            ("export", tr("Export…"), "export", self.export_file)):  # fmt: skip
            self._action(name, text, icon_name, slot, None).setVisible(transfer_module() is not None)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addAction(find)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter()
        self.splitter.setObjectName("organisations_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        state = self.ctx.settings.value("organisations/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([820, 340])
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        self._update_actions()

    def _action(self, name, text, icon_name, slot, shortcut) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icon(icon_name) if icon_name else icon("page"), text, self)
        action.setObjectName(f"action_organisation_{name}")
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _=False: slot())
        self.toolbar.addAction(action)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ filters
    def _fill_filters(self) -> None:
        lookups = self.controller.model.lookups
        rows = self.controller.model.rows()
        countries = sorted({row.country for row in rows})
        options: dict[str, list[tuple[str, object]]] = {
            "country": [(f"{code} — {country_name(code, ui_language())}", code) for code in countries],
            "cluster": [(name, cid) for cid, name in sorted(lookups.clusters.items(), key=lambda kv: kv[1].casefold())],
            "type": [(tr(title), value) for value, title in TYPE_TITLES.items()],
            "size": [(tr(SIZE_TITLES[band]), order) for band, order in SIZE_ORDER.items()],
            "tag": [(name, tid) for tid, name in sorted(lookups.tags.items(), key=lambda kv: kv[1].casefold())],
            "capability": [],
        }
        graph = lookups.graph
        if graph is not None:
            labels = lookups.capabilities
            options["capability"] = [
                ("    " * graph.depth(node.code) + labels.get(node.id or 0, node.code), node.id)
                for node in graph.walk()
            ]
        any_text = {"country": tr("All countries"), "cluster": tr("All clusters"), "capability": tr("All capabilities"),
                    "type": tr("All types"), "size": tr("All sizes"), "tag": tr("All tags")}  # fmt: skip
        for key, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text[key], None)
            combo.setMinimumContentsLength(max(combo.minimumContentsLength(), len(any_text[key])))  # lt/pl run longer
            for text, value in options[key]:
                combo.addItem(text, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
            self._apply_filter(key)

    def _apply_filter(self, key: str) -> None:
        value = self.filters[key].currentData()
        values: set[object] | frozenset[int] | None = None if value is None else {value}
        if key == "capability" and value is not None:
            values = self.controller.model.lookups.capability_and_descendants(int(value))
        column = {"country": M.COUNTRY, "cluster": M.CLUSTERS, "capability": M.CAPABILITIES, "type": M.TYPE,
                  "size": M.SIZE, "tag": M.TAGS}[key]  # fmt: skip
        self.proxy.set_column_filter(key, column, values)

    def set_filter(self, key: str, value: object) -> None:
        """Choose a filter value programmatically (None: all)."""
        combo = self.filters[key]
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in self.filters.values():
            combo.setCurrentIndex(0)

    def _show_count(self, shown: int, total: int) -> None:
        if shown == total:
            self.count_label.setText(tr("%s organisations") % f"{total:,}")
        else:
            self.count_label.setText(
                tr("%1 of %2 organisations").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
            )

    def _loaded(self, count: int) -> None:
        self._fill_filters()
        self._show_count(self.proxy.rowCount(), count)
        if self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.table.selectRow(0)

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.object_at(row).id for row in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            ids = self.selected_ids()
            return ids[0] if ids else None
        return int(self.proxy.object_at(index.row()).id)

    def select_organisation(self, org_id: int) -> bool:
        """Select and show one organisation (clears filters that hide it)."""
        row = self.proxy.row_of(lambda r: r.id == org_id)
        if row < 0:
            self.clear_filters()
            row = self.proxy.row_of(lambda r: r.id == org_id)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._detail_timer.stop()
        self._selection_changed()
        return True

    def _selection_changed(self, *args: object) -> None:
        self._update_actions()
        org_id = self.current_id()
        if org_id is None:
            self.detail.setHtml(f"<p>{_text('Select an organisation to see its profile.')}</p>")
            return
        # Read on a worker: the first profile read compiles its queries (~0.1 s), and the UI thread keeps painting.
        self._detail_for = org_id

        def shown(profile: ProfileData) -> None:
            if self._detail_for != org_id:
                return  # the user moved on meanwhile
            self.detail.setHtml(profile_html(profile, self.controller.model.lookups))
            self.ctx.signals.organisation_selected.emit(org_id)

        def failed(exc: BaseException) -> None:
            if self._detail_for == org_id:
                self.detail.setPlainText(dialogs.error_text(exc)[0])

        self.ctx.tasks.run(lambda: self.controller.profile(org_id), on_result=shown, on_error=failed)

    def _update_actions(self, *args: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.actions_by_name["edit"].setEnabled(count == 1)
        for name in ("delete", "tag", "untag"):
            self.actions_by_name[name].setEnabled(count > 0)

    # ------------------------------------------------------------------ actions
    def _graph(self) -> TaxonomyGraph:
        graph = self.controller.model.lookups.graph
        if graph is None:
            with self.ctx.database.session() as session:
                graph = TaxonomyGraph.from_session(session)
        return graph

    def open_editor(self, profile: ProfileData) -> OrganisationEditor:
        """The editor for ``profile`` (not shown); saving runs the undoable create or edit."""

        def save(data: ProfileData) -> None:
            if profile.id is None:
                self._created = self.controller.create(data)
            else:  # the editor's original moves to their version after a "keep mine" in a conflict
                self.controller.edit(editor.original, data)

        def erase(contact: ContactData) -> ProfileData | None:
            assert profile.id is not None and contact.id is not None
            try:
                return self.controller.erase_contact(profile.id, contact.id)[1]
            except MatchmakerError as exc:
                dialogs.show_error(editor, tr("Cannot erase the contact"), exc)
                return None

        lookups = self.controller.model.lookups
        editor = OrganisationEditor(profile, self._graph(), self.controller.clusters(), lookups.language, save, self,
                                    erase=erase if profile.id is not None else None)  # fmt: skip
        return editor

    def create_new(self) -> None:
        self._created = None
        editor = self.open_editor(ProfileData(name="", country="LT"))
        if editor.exec() and self._created is not None:
            self.select_organisation(self._created)

    def edit_selected(self) -> None:
        org_id = self.current_id()
        if org_id is None:
            return
        try:
            profile = self.controller.profile(org_id)
        except MatchmakerError as exc:
            dialogs.show_error(self, tr("Cannot edit"), exc)
            return
        if self.open_editor(profile).exec():
            self._selection_changed()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [self.proxy.object_at(r.row()).name for r in self.table.selectionModel().selectedRows()]
        text = (
            (tr("Delete %s?") % names[0])
            if len(ids) == 1
            else tr("Delete %n organisations?").replace("%n", str(len(ids)))
        )
        if not dialogs.ask_yes_no(self, tr("Delete"), text, informative=tr("You can undo this with Ctrl+Z."),
                                  default_yes=False):  # fmt: skip
            return
        try:
            self.controller.delete(ids)
        except MatchmakerError as exc:
            dialogs.show_error(self, tr("Cannot delete"), exc)
            return
        self.ctx.signals.status.emit(tr("Deleted %n organisations.").replace("%n", str(len(ids))))

    def ask_tag(self, remove: bool) -> str | None:
        """Ask for a tag name (tests replace this)."""
        with self.ctx.database.session() as session:
            existing = tag_names(session)
        title = tr("Remove Tag") if remove else tr("Tag Organisations")
        name, ok = QInputDialog.getItem(self, title, tr("Tag:"), existing, 0, not remove)
        return name if ok and name.strip() else None

    def tag_selected(self, remove: bool = False) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name = self.ask_tag(remove)
        if name is None:
            return
        try:
            changed = self.controller.tag(ids, name, remove=remove)
        except MatchmakerError as exc:
            dialogs.show_error(self, tr("Cannot tag"), exc)
            return
        self._selection_changed()
        message = tr("Removed '%1' from %2 organisations.") if remove else tr("Tagged %2 organisations '%1'.")
        self.ctx.signals.status.emit(message.replace("%1", name).replace("%2", str(changed)))

    def import_file(self) -> None:
        """Import organisations from CSV/XLSX with the mapping dialog (matchmaker.ui.importing)."""
        module = transfer_module()
        if module is not None:
            module.start_import(self.ctx, self, "organisations")

    def export_file(self) -> None:
        module = transfer_module()
        if module is not None:
            module.start_export(self.ctx, self, "organisations")

    # ------------------------------------------------------------------ page hooks
    def activated(self) -> None:
        self.search.setFocus()

    def save_state(self) -> None:
        self.ctx.settings.setValue("organisations/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("organisations/header", self.table.horizontalHeader().saveState())
