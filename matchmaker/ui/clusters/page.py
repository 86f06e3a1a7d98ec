"""The Clusters page (the view): clusters on the left, the chosen cluster and its members on the right."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.countries import country_name
from matchmaker.core.errors import MatchmakerError
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext
from matchmaker.ui.icons import icon
from matchmaker.ui.look import ui_language
from matchmaker.ui.models import FilterSortProxy
from matchmaker.ui.organisations import commands
from matchmaker.ui.pages import Page, register_page

from .data import ClusterRow, candidate_rows, cluster_rows, member_rows
from .models import ClusterTableModel, MemberTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _text(key: str) -> str:
    """Texts used inside f-strings, listed here as plain tr() calls so lupdate finds them."""
    return {
        "No clusters yet.": tr("No clusters yet."),
    }[key]


def _table(name: str, proxy: FilterSortProxy, *, multi: bool) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = (
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setSelectionMode(mode)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _search_box(name: str, placeholder: str, proxy: FilterSortProxy) -> QLineEdit:
    box = QLineEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(proxy.set_text_filter)
    return box


class AddMembersDialog(QDialog):
    """Choose organisations (not yet members) to add; type to filter, select many."""

    def __init__(self, ctx: AppContext, cluster: ClusterRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_members_dialog")
        self.setWindowTitle(tr("Add Members to %s") % cluster.name)
        self.model = MemberTableModel(self, with_membership=False)
        with ctx.database.session() as session:
            self.model.set_rows(candidate_rows(session, cluster.id))
        self.proxy = FilterSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = _search_box("add_members_search", tr("Find organisations…"), self.proxy)
        self.table = _table("add_members_table", self.proxy, multi=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def chosen_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.object_at(row).organisation_id for row in rows]


@register_page
class ClustersPage(Page):
    page_id = "clusters"
    title = str(QT_TRANSLATE_NOOP("Page", "Clusters"))
    icon_name = "clusters"
    order = 20

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.clusters = ClusterTableModel(self)
        self.cluster_proxy = FilterSortProxy(self)
        self.cluster_proxy.setSourceModel(self.clusters)
        self.members = MemberTableModel(self)
        self.member_proxy = FilterSortProxy(self)
        self.member_proxy.setSourceModel(self.members)
        self._build()
        ctx.signals.data_changed.connect(self._data_changed)
        self.reload()

    def _build(self) -> None:
        self.cluster_search = _search_box("cluster_search", tr("Find clusters…"), self.cluster_proxy)
        self.cluster_table = _table("cluster_table", self.cluster_proxy, multi=False)
        for column, width in ((1, 64), (2, 76), (3, 64)):
            self.cluster_table.setColumnWidth(column, width)
        self.cluster_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_cluster())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.cluster_search)
        left_layout.addWidget(self.cluster_table, 1)

        self.heading = QLabel()
        self.heading.setObjectName("cluster_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setOpenExternalLinks(True)
        self.member_search = _search_box("member_search", tr("Find members…"), self.member_proxy)
        self.member_table = _table("member_table", self.member_proxy, multi=True)
        for column, width in ((1, 64), (2, 120), (3, 70), (4, 60)):
            self.member_table.setColumnWidth(column, width)
        self.member_table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.add_button = QPushButton(icon("member-add"), tr("Add Members…"))
        self.add_button.setObjectName("add_members")
        self.add_button.clicked.connect(self.add_members)
        self.remove_button = QPushButton(icon("member-remove"), tr("Remove from Cluster"))
        self.remove_button.setObjectName("remove_members")
        self.remove_button.clicked.connect(self.remove_selected)
        remove_action = QAction(self)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.member_table.addAction(remove_action)
        self.member_count = QLabel()
        self.member_count.setObjectName("member_count")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.member_count)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.member_search)
        right_layout.addWidget(self.member_table, 1)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter()
        self.splitter.setObjectName("clusters_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        state = self.ctx.settings.value("clusters/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        current = self.current_cluster()
        with self.ctx.database.session() as session:
            self.clusters.set_rows(cluster_rows(session))
        if current is not None and self.select_cluster(current.id):
            return
        if self.cluster_proxy.rowCount():
            self.cluster_table.selectRow(0)
        self._show_cluster()

    def _data_changed(self, what: str) -> None:
        if what in ("all", "clusters", "organisations", "import"):
            self.reload()

    def current_cluster(self) -> ClusterRow | None:
        index = self.cluster_table.currentIndex()
        if not index.isValid():
            return None
        row: ClusterRow = self.cluster_proxy.object_at(index.row())
        return row

    def select_cluster(self, cluster_id: int) -> bool:
        row = self.cluster_proxy.row_of(lambda r: r.id == cluster_id)
        if row < 0:
            return False
        self.cluster_table.selectionModel().setCurrentIndex(
            self.cluster_proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_cluster()
        return True

    def _show_cluster(self) -> None:
        cluster = self.current_cluster()
        if cluster is None:
            self.heading.setText(f"<p style='color:#8a8a8a'>{escape(_text('No clusters yet.'))}</p>")
            self.members.set_rows([])
            self._update_actions()
            return
        with self.ctx.database.session() as session:
            self.members.set_rows(member_rows(session, cluster.id))
        facts = [escape(country_name(cluster.country, ui_language()))] if cluster.country else []
        if cluster.founded_year:
            facts.append(escape(tr("founded %s") % cluster.founded_year))
        if cluster.stated_members:
            facts.append(escape(tr("%s members as stated") % cluster.stated_members))
        link = ""
        if cluster.website:
            url = cluster.website if "://" in cluster.website else f"https://{cluster.website}"
            link = f" · <a href='{escape(url)}'>{escape(cluster.website)}</a>"
        sectors = f"<br><i>{escape(', '.join(cluster.sectors))}</i>" if cluster.sectors else ""
        description = f"<br>{escape(cluster.description)}" if cluster.description else ""
        self.heading.setText(
            f"<h2 style='margin-bottom:2px'>{escape(cluster.name)}</h2>{' · '.join(facts)}{link}{sectors}{description}"
        )
        self._update_actions()

    def _update_actions(self) -> None:
        cluster = self.current_cluster()
        self.add_button.setEnabled(cluster is not None)
        self.remove_button.setEnabled(bool(self.member_table.selectionModel().selectedRows()))
        self.member_count.setText(tr("%s members") % f"{self.members.rowCount():,}")

    # ------------------------------------------------------------------ actions
    def choose_members(self, cluster: ClusterRow) -> list[int]:
        """Ask which organisations to add (tests replace this)."""
        dialog = AddMembersDialog(self.ctx, cluster, self)
        return dialog.chosen_ids() if dialog.exec() else []

    def add_members(self) -> None:
        cluster = self.current_cluster()
        if cluster is None:
            return
        ids = self.choose_members(cluster)
        if not ids:
            return
        try:
            commands.push(self.ctx, commands.AddMembers(self.ctx, cluster.id, cluster.name, ids))
        except MatchmakerError as exc:
            dialogs.show_error(self, tr("Cannot add members"), exc)
            return
        self.ctx.signals.status.emit(tr("Added %n to %s.").replace("%n", str(len(ids))).replace("%s", cluster.name))

    def selected_member_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.member_table.selectionModel().selectedRows()})
        return [self.member_proxy.object_at(row).organisation_id for row in rows]

    def remove_selected(self) -> None:
        cluster = self.current_cluster()
        ids = self.selected_member_ids()
        if cluster is None or not ids:
            return
        try:
            commands.push(self.ctx, commands.RemoveMembers(self.ctx, cluster.id, cluster.name, ids))
        except MatchmakerError as exc:
            dialogs.show_error(self, tr("Cannot remove members"), exc)
            return
        self.ctx.signals.status.emit(
            tr("Removed %n from %s (Ctrl+Z brings them back).").replace("%n", str(len(ids))).replace("%s", cluster.name)
        )

    def save_state(self) -> None:
        self.ctx.settings.setValue("clusters/splitter", self.splitter.saveState())
