"""The Event page: setup, participants, availability and meeting requests of the current event."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.conflicts import TAKE_THEIRS
from matchmaker.core.events import EventSnapshot
from matchmaker.core.model import RequestStatus
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext
from matchmaker.ui.labels import label, long_date
from matchmaker.ui.models import FilterSortProxy
from matchmaker.ui.pages import Page, register_page

from .availability import AvailabilityView
from .controller import EventController, EventViewData, Proposal, SetupInput
from .dialogs import NewRequestDialog, OrganisationPicker, ProposalReview
from .models import (
    AvailabilityModel,
    OrganisationRow,
    ParticipantsModel,
    RequestMatrixModel,
    RequestsModel,
)
from .setup_form import SetupForm
from .widgets import EmptyState, MessageBar, named, row_table


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _table(name: str, model: object) -> QTableView:
    view = row_table(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    return view


@register_page
class EventPage(Page):
    page_id = "event"
    title = str(QT_TRANSLATE_NOOP("Page", "Event"))
    icon_name = "event"
    order = 40

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = EventController(ctx, self)
        self.heading = named(QLabel(), "event_heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.summary = named(QLabel(), "event_summary")
        new_event = named(QPushButton(tr("New event…")), "event_new")
        new_event.clicked.connect(self._new_event)
        self.messages = MessageBar(self, "event_message")

        self.setup = SetupForm()
        self.setup.apply_requested.connect(self._apply_setup)
        self.setup.revert_button.clicked.connect(self._revert_setup)
        self.tabs = named(QTabWidget(), "event_tabs")
        self.tabs.addTab(self.setup, tr("Setup"))
        self.tabs.addTab(self._participants_tab(), tr("Participants"))
        self.tabs.addTab(self._availability_tab(), tr("Availability"))
        self.tabs.addTab(self._requests_tab(), tr("Meeting requests"))
        self.empty = EmptyState(tr("There is no event yet. Create one, or load the demo data from the File menu."))
        self.empty.create_requested.connect(self._new_event)
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.tabs)

        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(12)
        header.addWidget(self.summary, 1)
        header.addWidget(new_event)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.messages)
        layout.addWidget(self.body, 1)

        self.controller.snapshot_changed.connect(self._show)
        self.controller.failed.connect(self.messages.show_error)
        self.controller.message.connect(self.ctx.signals.status)
        self.controller.organisations_loaded.connect(self._pick_organisations)
        self.controller.proposals_ready.connect(self._review_proposals)
        self._show(None)
        self.controller.reload()

    # ------------------------------------------------------------------ tabs
    def _participants_tab(self) -> QWidget:
        self.participants_model = ParticipantsModel(self)
        self.participants_model.delegates_edited = self.controller.set_delegates
        self.participants_proxy = FilterSortProxy(self)
        self.participants_proxy.setSourceModel(self.participants_model)
        self.participants_view = _table("participants_table", self.participants_proxy)
        self.participants_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.participants_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.participants_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.participants_filter = named(QLineEdit(), "participants_filter")
        self.participants_filter.setPlaceholderText(tr("Filter participants"))
        self.participants_filter.setClearButtonEnabled(True)
        self.participants_filter.textChanged.connect(self.participants_proxy.set_text_filter)
        add = named(QPushButton(tr("Add from organisations…")), "participants_add")
        add.clicked.connect(self.controller.load_organisations)
        remove = named(QPushButton(tr("Remove")), "participants_remove")
        remove.clicked.connect(self._remove_participants)
        hint = QLabel(tr("Double-click Delegates to change how many meetings a participant holds at once."))
        hint.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.participants_filter, 1)
        bar.addWidget(add)
        bar.addWidget(remove)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.participants_view, 1)
        layout.addWidget(hint)
        return tab

    def _availability_tab(self) -> QWidget:
        self.availability_model = AvailabilityModel(self)
        self.availability_view = AvailabilityView()
        self.availability_view.setModel(self.availability_model)
        self.availability_view.painted = self.controller.set_availability
        hint = QLabel(tr("Press and drag across slots to mark when a participant cannot meet (✕). "
                         "Drag from a marked cell to clear. Ctrl+Z undoes."))  # fmt: skip
        hint.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(hint)
        layout.addWidget(self.availability_view, 1)
        return tab

    def _requests_tab(self) -> QWidget:
        self.requests_model = RequestsModel(self)
        self.requests_proxy = FilterSortProxy(self)
        self.requests_proxy.setSourceModel(self.requests_model)
        self.requests_view = _table("requests_table", self.requests_proxy)
        header = self.requests_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 200), (1, 200), (2, 70), (3, 64), (4, 80), (5, 80), (6, 150)):
            self.requests_view.setColumnWidth(column, width)
        self.matrix_model = RequestMatrixModel(self)
        self.matrix_view = named(QTableView(), "requests_matrix")
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.horizontalHeader().setDefaultSectionSize(26)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix_view.verticalHeader().setDefaultSectionSize(22)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.requests_stack = QStackedWidget()
        self.requests_stack.addWidget(self.requests_view)
        self.requests_stack.addWidget(self.matrix_view)

        self.requests_filter = named(QLineEdit(), "requests_filter")
        self.requests_filter.setPlaceholderText(tr("Filter by organisation or country"))
        self.requests_filter.setClearButtonEnabled(True)
        self.requests_filter.textChanged.connect(self.requests_proxy.set_text_filter)
        self.status_filter = named(QComboBox(), "requests_status_filter")
        self.status_filter.addItem(tr("All statuses"), None)
        for status in RequestStatus:
            self.status_filter.addItem(label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._filter_status)
        self.layout_choice = named(QComboBox(), "requests_layout")
        self.layout_choice.addItems([tr("List"), tr("Matrix")])
        self.layout_choice.currentIndexChanged.connect(self.requests_stack.setCurrentIndex)
        top = QHBoxLayout()
        top.addWidget(self.requests_filter, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.layout_choice)

        actions = QHBoxLayout()
        for name, text, status, keys in (
            ("accept", tr("&Accept"), RequestStatus.ACCEPTED, "Ctrl+Return"),
            ("decline", tr("&Decline"), RequestStatus.DECLINED, "Ctrl+D"),
            ("cancel", tr("Ca&ncel"), RequestStatus.CANCELLED, None),
            ("reopen", tr("&Reopen"), RequestStatus.PENDING, None),
        ):
            button = named(QPushButton(text), f"requests_{name}")
            button.clicked.connect(lambda _=False, s=status: self.controller.set_status(self.selected_requests(), s))
            if keys:
                button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
                shortcut = QShortcut(QKeySequence(keys), self.requests_stack)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # list or matrix focused
                shortcut.activated.connect(button.click)
            actions.addWidget(button)
        actions.addStretch(1)
        new = named(QPushButton(tr("New request…")), "requests_new")
        new.clicked.connect(self._new_request)
        propose = named(QPushButton(tr("Propose from suggestions…")), "requests_propose")
        propose.clicked.connect(lambda: self.controller.propose_from_suggestions())
        actions.addWidget(new)
        actions.addWidget(propose)
        self.requests_count = named(QLabel(), "requests_count")
        self.requests_proxy.filtered.connect(
            lambda shown, total: self.requests_count.setText(tr("{0} of {1} requests").format(shown, total))
        )
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.requests_stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.requests_count)
        bottom.addLayout(actions, 1)
        layout.addLayout(bottom)
        return tab

    # ------------------------------------------------------------------ showing
    def activated(self) -> None:
        if self.controller.snapshot is None or self.controller.snapshot.id != self.controller.event_id:
            self.controller.reload()

    def _show(self, snapshot: EventSnapshot | None) -> None:
        self.body.setCurrentWidget(self.tabs if snapshot else self.empty)
        if snapshot is None:
            self.heading.setText(tr("Event"))
            self.summary.clear()
            self.participants_model.set_rows([])
            self.requests_model.set_rows([])
        else:
            self.heading.setText(snapshot.name)
            days = long_date(snapshot.starts_on) if snapshot.starts_on else ""
            if snapshot.ends_on and snapshot.ends_on != snapshot.starts_on:
                days += f" – {long_date(snapshot.ends_on)}"
            self.summary.setText(
                tr("{days} · {zone} · {people} participants · {slots} slots · {tables} tables").format(
                    days=days,
                    zone=snapshot.timezone,
                    people=len(snapshot.participants),
                    slots=len(snapshot.meeting_slots),
                    tables=len(snapshot.active_tables),
                )
            )
            data = self.controller.prepared
            if not isinstance(data, EventViewData):  # shown without a load (tests, screenshots)
                with self.ctx.database.session() as session:
                    data = self.controller.prepare(session, snapshot)
            self.participants_model.set_rows(data.participants)
            self.requests_model.set_rows(data.requests)
            self.setup.show_event(snapshot, data.sessions)
        self.availability_model.set_snapshot(snapshot)
        self.matrix_model.set_snapshot(snapshot)

    def _apply_setup(self, form: SetupInput) -> None:
        self.setup.applying = True
        try:
            saved = self.controller.apply_setup(form, seen=self.setup.filled_versions)
        finally:
            self.setup.applying = False
        if saved:
            self.setup.discard_edits()  # saved: the next load fills the form again
        elif self.controller.last_resolution == TAKE_THEIRS:
            self._revert_setup()

    def _revert_setup(self) -> None:
        self.setup.discard_edits()
        self._show(self.controller.snapshot)

    def _filter_status(self) -> None:
        status = self.status_filter.currentData()
        self.requests_proxy.set_column_filter("status", RequestsModel.STATUS, [str(status)] if status else None)

    def selected_requests(self) -> list[int]:
        """Ids of the requests selected in the list or the matrix, whichever is shown."""
        if self.requests_stack.currentWidget() is self.matrix_view:
            found = {self.matrix_model.request_at(i.row(), i.column()) for i in self.matrix_view.selectedIndexes()}
            return sorted(r.id for r in found if r is not None)
        rows = {index.row() for index in self.requests_view.selectionModel().selectedRows()}
        return [self.requests_proxy.object_at(row).info.id for row in sorted(rows)]

    def selected_participants(self) -> list[int]:
        rows = {index.row() for index in self.participants_view.selectionModel().selectedRows()}
        return [self.participants_proxy.object_at(row).info.id for row in sorted(rows)]

    # ------------------------------------------------------------------ actions
    def _new_event(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New event"), tr("Name of the event:"))
        if ok and name.strip():
            self.controller.create_event(name, date.today())
            self.tabs.setCurrentWidget(self.setup)

    def _remove_participants(self) -> None:
        ids = self.selected_participants()
        if not ids:
            return
        question = tr("Remove {0} participant(s) and their meeting requests? Ctrl+Z brings them back.").format(len(ids))
        if dialogs.ask_yes_no(self, tr("Remove participants"), question, default_yes=False):
            self.controller.remove_participants(ids)

    def _pick_organisations(self, rows: list[OrganisationRow]) -> None:
        picker = OrganisationPicker(rows, self)
        if picker.exec() and picker.chosen_ids():
            self.controller.add_participants(picker.chosen_ids())

    def _new_request(self) -> None:
        snapshot = self.controller.snapshot
        if snapshot is None or len(snapshot.participants) < 2:
            return
        dialog = NewRequestDialog(snapshot.participants, self)
        if dialog.exec():
            self.controller.create_request(*dialog.values())

    def _review_proposals(self, proposals: list[Proposal]) -> None:
        if not proposals:
            self.messages.show_text(tr("No new cross-border requests to propose: every good match is already asked."))
            return
        review = ProposalReview(proposals, self)
        if review.exec() and review.chosen():
            self.controller.create_proposed(review.chosen())
