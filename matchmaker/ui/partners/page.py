"""The Partners page: for one organisation, suggested partners with score bars and reasons, filters,
a shortlist and "request meeting". Rankings come from core.matching.suggest_partners, exactly as the
``matchmaker suggest`` command prints them; the index is built once on a worker thread and then
patched as organisations change.
"""

from __future__ import annotations

from collections.abc import Generator
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from matchmaker.core.countries import country_name
from matchmaker.core.errors import MatchmakerError
from matchmaker.core.model import Organisation, Priority
from matchmaker.core.organisation_rows import organisation_rows
from matchmaker.core.partner_actions import participation_of, requested_partners, shortlist
from matchmaker.core.progress import Progress
from matchmaker.core.taxonomy import TaxonomyGraph
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext
from matchmaker.ui.icons import icon
from matchmaker.ui.look import ui_language
from matchmaker.ui.models import FilterSortProxy
from matchmaker.ui.organisations.commands import push
from matchmaker.ui.pages import Page, register_page

from .commands import RequestMeeting, Shortlist
from .models import ScoreBarDelegate, ShortlistTableModel, SuggestionRow, SuggestionTableModel

S = SuggestionTableModel
TOP = 50


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _text(key: str) -> str:
    """Texts used inside f-strings, listed here as plain tr() calls so lupdate finds them."""
    return {
        "(no reasons)": tr("(no reasons)"),
        "Select a suggestion to see why.": tr("Select a suggestion to see why."),
        "mutual interest": tr("mutual interest"),
        "score": tr("score"),
    }[key]


def _table(name: str, proxy: FilterSortProxy) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    return table


@register_page
class PartnersPage(Page):
    page_id = "partners"
    title = str(QT_TRANSLATE_NOOP("Page", "Partners"))
    icon_name = "partners"
    order = 30

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.org_id: int | None = None
        # Match indexes by scope (event id, or 0 for all organisations), as the CLI builds them, so both
        # rank alike. Built once on a worker thread (with progress), then patched: an edited, created or
        # deleted organisation is re-read and updated in place on the next refresh. Only bulk changes
        # (import, demo data, the taxonomy, someone else's edits) drop them for a rebuild.
        self.indexes: dict[int, Any] = {}
        self._dirty: set[int] = set()  # organisations changed since the indexes were last patched
        self._announced = False  # organisations_changed came with ids for the data_changed that follows
        self._busy = False
        self._pending = False
        self._names: dict[str, int] = {}
        self.suggestions = SuggestionTableModel(self)
        self.proxy = FilterSortProxy(self)
        self.proxy.setSourceModel(self.suggestions)
        self.shortlist_model = ShortlistTableModel(self)
        self.shortlist_proxy = FilterSortProxy(self)
        self.shortlist_proxy.setSourceModel(self.shortlist_model)
        self._build()
        ctx.signals.organisation_selected.connect(self._follow_selection)
        ctx.signals.organisations_changed.connect(self._organisations_changed)
        ctx.signals.data_changed.connect(self._data_changed)
        ctx.signals.event_selected.connect(lambda _: self.refresh())
        self._load_names()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.chooser = QLineEdit()
        self.chooser.setObjectName("partner_for")
        self.chooser.setPlaceholderText(tr("Organisation to find partners for (type a name)…"))
        self.chooser.setClearButtonEnabled(True)
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._chosen_by_name)
        self.chooser.setCompleter(completer)
        self.chooser.returnPressed.connect(lambda: self._chosen_by_name(self.chooser.text()))
        self.event_only = QCheckBox(tr("Only participants of the current event"))
        self.event_only.setObjectName("partners_event_only")
        self.event_only.setChecked(True)
        self.event_only.toggled.connect(lambda _: self.refresh())
        self.same_country = QCheckBox(tr("Include same country"))
        self.same_country.setObjectName("partners_same_country")
        self.same_country.toggled.connect(lambda _: self.refresh())
        self.country_filter = QComboBox()
        self.country_filter.setObjectName("partners_filter_country")
        self.country_filter.currentIndexChanged.connect(lambda _: self._apply_filters())
        self.capability_filter = QComboBox()
        self.capability_filter.setObjectName("partners_filter_capability")
        self.capability_filter.setMinimumContentsLength(18)
        self.capability_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.capability_filter.currentIndexChanged.connect(lambda _: self._apply_filters())
        self.status = QLabel()
        self.status.setObjectName("partners_status")

        self.table = _table("suggestion_table", self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(S.SCORE, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(S.SCORE, ScoreBarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(S.WHY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((S.SCORE, 90), (S.PARTNER, 220), (S.COUNTRY, 64), (S.TYPE, 90), (S.MUTUAL, 60),
                              (S.SHORTLIST, 66), (S.REQUEST, 76)):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_reasons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.reasons = QTextBrowser()
        self.reasons.setObjectName("suggestion_reasons")

        self.shortlist_button = QPushButton(icon("star"), tr("Add to Shortlist"))
        self.shortlist_button.setObjectName("add_to_shortlist")
        self.shortlist_button.clicked.connect(self.shortlist_selected)
        self.request_button = QToolButton()
        self.request_button.setObjectName("request_meeting")
        self.request_button.setIcon(icon("meeting"))
        self.request_button.setText(tr("Request Meeting"))
        self.request_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.request_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.request_button.clicked.connect(lambda: self.request_selected(Priority.SHOULD))
        menu = QMenu(self.request_button)
        for priority, text in ((Priority.MUST, tr("Must meet")), (Priority.SHOULD, tr("Should meet")),
                               (Priority.COULD, tr("Could meet"))):  # fmt: skip
            menu.addAction(text).triggered.connect(lambda _=False, p=priority: self.request_selected(p))
        self.request_button.setMenu(menu)

        self.shortlist_table = _table("shortlist_table", self.shortlist_proxy)
        self.shortlist_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.shortlist_table.setColumnWidth(1, 64)
        self.unshortlist_button = QPushButton(tr("Remove from Shortlist"))
        self.unshortlist_button.setObjectName("remove_from_shortlist")
        self.unshortlist_button.clicked.connect(self.unshortlist_selected)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Partners for:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.event_only)
        top.addWidget(self.same_country)
        filters = QHBoxLayout()
        filters.addWidget(self.country_filter)
        filters.addWidget(self.capability_filter)
        filters.addStretch(1)
        filters.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(self.shortlist_button)
        actions.addWidget(self.request_button)
        actions.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.reasons, 1)
        left_layout.addLayout(actions)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.shortlist_table, 1)
        right_layout.addWidget(self.unshortlist_button)
        self.splitter = QSplitter()
        self.splitter.setObjectName("partners_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setSizes([800, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._fill_capabilities()
        self._update_actions()

    def _fill_capabilities(self) -> None:
        with self.ctx.database.session() as session:
            self.graph = TaxonomyGraph.from_session(session)
        language = ui_language()
        self.capability_filter.clear()
        self.capability_filter.addItem(tr("All capabilities"), None)
        for node in self.graph.walk():
            self.capability_filter.addItem("    " * self.graph.depth(node.code) + node.label(language), node.id)

    def _load_names(self) -> None:
        with self.ctx.database.session() as session:
            rows = session.execute(select(Organisation.id, Organisation.name, Organisation.country)).all()
        self._names = {f"{name} ({country})": int(org_id) for org_id, name, country in rows}
        self.completer_model.setStringList(sorted(self._names, key=str.casefold))

    # ------------------------------------------------------------------ choosing the organisation
    def _chosen_by_name(self, text: str) -> None:
        org_id = self._names.get(text)
        if org_id is not None:
            self.set_organisation(org_id)

    def _follow_selection(self, org_id: int) -> None:
        if not self.isVisible() or self.org_id is None:
            self.set_organisation(org_id, compute=self.isVisible())

    def set_organisation(self, org_id: int, *, compute: bool = True) -> None:
        self.org_id = org_id
        name = next((text for text, i in self._names.items() if i == org_id), "")
        self.chooser.blockSignals(True)
        self.chooser.setText(name)
        self.chooser.blockSignals(False)
        if compute:
            self.refresh()

    # ------------------------------------------------------------------ computing suggestions
    def refresh(self) -> None:
        """Recompute the suggestions for the chosen organisation (on a worker thread)."""
        if self.org_id is None:
            self.status.setText(tr("Choose an organisation."))
            return
        if self._busy:
            self._pending = True
            return
        self._busy = True
        org_id = self.org_id
        event_id = self.ctx.current_event_id if self.event_only.isChecked() else 0
        same_country = self.same_country.isChecked()
        indexes = dict(self.indexes)
        dirty, self._dirty = self._dirty, set()
        self.status.setText(tr("Finding partners…") if indexes else tr("Building the match index…"))

        def work() -> Generator[Progress, None, tuple[int, Any, list[SuggestionRow], list[Any], str]]:
            from matchmaker.core.matching import service  # scikit-learn loads only when asked

            with self.ctx.database.session() as session:
                for scope, kept in indexes.items():
                    if dirty:
                        service.patch_index(session, kept, dirty, event_id=scope or None)
                note = ""
                event = event_id or None
                if event is not None and participation_of(session, event, org_id) is None:
                    event, note = None, tr("Not a participant of the current event: showing all organisations.")
                scope = event or 0
                index = indexes.get(scope)
                if index is None:
                    participants = service.event_participants(session, event) if event else None
                    index = yield from service.build_index_job(session, participants)
                found = service.suggest_partners(session, org_id, top=TOP, event_id=event,
                                                 include_same_country=same_country, index=index)  # fmt: skip
                caps = {row.id: row.capability_ids for row in organisation_rows(session, [s.id for s in found])}
                listed = {item.partner_id for item in shortlist(session, org_id)}
                requested = requested_partners(session, event_id, org_id) if event_id else {}
                rows = [
                    SuggestionRow(s.id, s.name, s.country, s.org_type, int(s.score), bool(s.mutual), tuple(s.reasons),
                                  caps.get(s.id, frozenset()), s.id in listed, requested.get(s.id, ""))
                    for s in found
                ]  # fmt: skip
                return scope, index, rows, shortlist(session, org_id), note

        self.ctx.tasks.run(work, on_result=self._computed, on_error=self._failed, on_progress=self._progress)

    def _progress(self, progress: Progress) -> None:
        fraction, text = progress.fraction, tr("Building the match index…")  # the core's messages are English
        self.status.setText(f"{text} {round(100 * fraction)}%" if fraction is not None else text)

    def _computed(self, result: tuple[int, Any, list[SuggestionRow], list[Any], str]) -> None:
        self._busy = False
        scope, index, rows, listed, note = result
        self.indexes[scope] = index
        selected = self.selected_partner()
        self.suggestions.set_rows(rows)
        self.shortlist_model.set_rows(listed)
        self._fill_countries(rows)
        self._apply_filters()
        self.status.setText(note or tr("%s suggestions") % len(rows))
        if selected is not None:
            self.select_partner(selected.partner_id)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_reasons()
        if self._pending:
            self._pending = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.indexes.clear()  # a patch may have stopped half-way: build afresh next time
        self._dirty.clear()
        self.status.setText(tr("No suggestions."))
        dialogs.show_error(self, tr("Cannot suggest partners"), exc)

    def _organisations_changed(self, ids: list[int]) -> None:
        self._dirty.update(int(i) for i in ids)
        self._announced = True

    def _data_changed(self, what: str) -> None:
        if what in ("all", "import", "capabilities"):
            self._drop_indexes()  # bulk changes: build afresh (on the worker thread, with progress)
        elif what in ("organisations", "tags", "clusters"):
            if not self._announced:
                self._drop_indexes()  # changed elsewhere (another app on the database): which rows is unknown
        elif what in ("events", "participants"):
            for scope in [scope for scope in self.indexes if scope]:
                del self.indexes[scope]  # who takes part changed; the index of all organisations stays
        self._announced = False
        if what in ("all", "organisations", "import", "tags", "clusters"):
            self._load_names()
        if what in ("all", "organisations", "import", "shortlist", "requests", "events") and self.isVisible():
            self.refresh()

    def _drop_indexes(self) -> None:
        self.indexes.clear()
        self._dirty.clear()

    # ------------------------------------------------------------------ filters and selection
    def _fill_countries(self, rows: list[SuggestionRow]) -> None:
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(tr("All countries"), None)
        for code in sorted({r.country for r in rows}):
            self.country_filter.addItem(f"{code} — {country_name(code, ui_language())}", code)
        self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(current)) if current else 0)
        self.country_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        country = self.country_filter.currentData()
        self.proxy.set_column_filter("country", S.COUNTRY, {country} if country else None)
        capability = self.capability_filter.currentData()
        if capability is None:
            self.proxy.set_filter("capability", None)
        else:
            below = {capability, *(n.id for n in self.graph.descendants(int(capability)) if n.id is not None)}
            self.proxy.set_filter("capability", lambda r: not below.isdisjoint(r.capability_ids))

    def set_filter(self, key: str, value: object) -> None:
        combo = self.country_filter if key == "country" else self.capability_filter
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def selected_partner(self) -> SuggestionRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: SuggestionRow = self.proxy.object_at(index.row())
        return row

    def select_partner(self, partner_id: int) -> bool:
        row = self.proxy.row_of(lambda r: r.partner_id == partner_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _show_reasons(self) -> None:
        row = self.selected_partner()
        self._update_actions()
        if row is None:
            self.reasons.setHtml(f"<p style='color:#8a8a8a'>{escape(_text('Select a suggestion to see why.'))}</p>")
            return
        mutual = f" · <b>{escape(_text('mutual interest'))}</b>" if row.mutual else ""
        items = (
            "".join(f"<li>{escape(reason)}</li>" for reason in row.reasons)
            or f"<li>{escape(_text('(no reasons)'))}</li>"
        )
        country = escape(country_name(row.country, ui_language()))
        self.reasons.setHtml(
            f"<b>{escape(row.name)}</b> ({country}) — {_text('score')} {row.score}{mutual}"
            f"<ul style='margin-left:-20px'>{items}</ul>"
        )

    def _update_actions(self) -> None:
        row = self.selected_partner()
        self.shortlist_button.setEnabled(row is not None and not row.shortlisted)
        self.request_button.setEnabled(row is not None and not row.request and bool(self.ctx.current_event_id))
        self.unshortlist_button.setEnabled(bool(self.shortlist_table.selectionModel().selectedRows()))

    # ------------------------------------------------------------------ actions
    def shortlist_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        partners = [self.proxy.object_at(r).partner_id for r in rows]
        if self.org_id is None or not partners:
            return
        self._run(Shortlist(self.ctx, self.org_id, partners), tr("Cannot shortlist"))

    def unshortlist_selected(self) -> None:
        rows = sorted({i.row() for i in self.shortlist_table.selectionModel().selectedRows()})
        partners = [self.shortlist_proxy.object_at(r).partner_id for r in rows]
        if self.org_id is None or not partners:
            return
        self._run(Shortlist(self.ctx, self.org_id, partners, remove=True), tr("Cannot change the shortlist"))

    def request_selected(self, priority: Priority = Priority.SHOULD) -> None:
        row = self.selected_partner()
        if self.org_id is None or row is None:
            return
        command = RequestMeeting(self.ctx, self.ctx.current_event_id, self.org_id, row.partner_id, row.name,
                                 priority, row.reasons)  # fmt: skip
        if self._run(command, tr("Cannot request a meeting")):
            self.ctx.signals.status.emit(tr("Meeting requested with %s.") % row.name)

    def _run(self, command: Any, title: str) -> bool:
        try:
            push(self.ctx, command)
        except MatchmakerError as exc:
            dialogs.show_error(self, title, exc)
            return False
        if not self.isVisible():
            self.refresh()  # a hidden page ignores data_changed; keep it current for callers
        return True

    def activated(self) -> None:
        if self.org_id is not None:
            self.refresh()
