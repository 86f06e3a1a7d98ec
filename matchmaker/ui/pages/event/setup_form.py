"""The event setup form: basic facts, sessions with breaks, slot length and tables."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core import events as ev
from matchmaker.core.errors import ValidationFailed
from matchmaker.core.model import SlotKind
from matchmaker.ui.labels import day_month

from .controller import SetupInput
from .widgets import named


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


CODE, NAME, DAY, START, END, BREAKS = range(6)


class SetupForm(QWidget):
    """Shows an event's setup and hands back a :class:`SetupInput` (``apply_requested``)."""

    apply_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_setup")
        #: What the form was filled with, and the row versions behind it (team mode: see show_event).
        self._filled: SetupInput | None = None
        self._event_id: int | None = None
        self.filled_versions: dict[tuple[str, int], int] | None = None
        #: True while our own Apply saves (the reload it causes shows what we saved).
        self.applying = False
        self.name = named(QLineEdit(), "setup_name")
        self.venue = named(QLineEdit(), "setup_venue")
        self.city = named(QLineEdit(), "setup_city")
        self.country = named(QLineEdit(), "setup_country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("LT")
        self.timezone = named(QComboBox(), "setup_timezone")
        self.timezone.setEditable(True)
        zones = sorted(available_timezones())
        self.timezone.addItems(zones)
        completer = QCompleter(zones, self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.minutes = named(QSpinBox(), "setup_minutes")
        self.minutes.setRange(ev.setup.MIN_MEETING_MINUTES, ev.setup.MAX_MEETING_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(tr(" min"))

        facts = QGroupBox(tr("Event"))
        form = QFormLayout(facts)
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Venue"), self.venue)
        form.addRow(tr("Ci&ty"), self.city)
        form.addRow(tr("C&ountry code"), self.country)
        form.addRow(tr("&Time zone"), self.timezone)
        form.addRow(tr("&Slot length"), self.minutes)

        self.sessions = named(QTableWidget(0, 6), "setup_sessions")
        self.sessions.setHorizontalHeaderLabels([tr("Code"), tr("Name"), tr("Day"), tr("Start"), tr("End"),
                                                 tr("Breaks (10:50-11:10 Coffee; …)")])  # fmt: skip
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BREAKS, QHeaderView.ResizeMode.Stretch)
        self.sessions.verticalHeader().setVisible(False)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = named(QPushButton(tr("Add session")), "setup_add_session")
        remove = named(QPushButton(tr("Remove session")), "setup_remove_session")
        add.clicked.connect(self.add_session_row)
        remove.clicked.connect(self._remove_selected)
        sessions_box = QGroupBox(tr("Sessions and breaks"))
        box = QVBoxLayout(sessions_box)
        box.addWidget(self.sessions)
        self.other_breaks = named(QLabel(), "setup_other_breaks")
        self.other_breaks.setWordWrap(True)
        box.addWidget(self.other_breaks)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.slot_summary = named(QLabel(), "setup_slot_summary")
        buttons.addWidget(self.slot_summary)
        box.addLayout(buttons)

        self.by_count = named(QRadioButton(tr("Numbered tables")), "setup_tables_by_count")
        self.by_names = named(QRadioButton(tr("Named tables")), "setup_tables_by_names")
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_names)
        self.table_count = named(QSpinBox(), "setup_table_count")
        self.table_count.setRange(1, ev.setup.MAX_TABLES)
        self.table_names = named(QPlainTextEdit(), "setup_table_names")
        self.table_names.setPlaceholderText(tr("One name per line, or separated by commas"))
        self.table_names.setMaximumHeight(90)
        tables_box = QGroupBox(tr("Tables"))
        tables = QFormLayout(tables_box)
        tables.addRow(self.by_count, self.table_count)
        tables.addRow(self.by_names, self.table_names)
        self.by_count.toggled.connect(self._table_mode)

        self.apply_button = named(QPushButton(tr("&Save setup")), "setup_apply")
        self.apply_button.setDefault(True)
        self.revert_button = named(QPushButton(tr("Revert")), "setup_revert")
        self.apply_button.clicked.connect(self._apply)
        self.error = named(QLabel(), "setup_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")

        left = QVBoxLayout()
        left.addWidget(facts)
        left.addWidget(tables_box)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(sessions_box, 5)
        actions = QHBoxLayout()
        actions.addWidget(self.error, 1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(actions)

    # ------------------------------------------------------------------ filling
    def discard_edits(self) -> None:
        """Forget the unsaved edits: the next :meth:`show_event` fills the form again."""
        self._filled = None

    def has_unsaved_edits(self) -> bool:
        if self._filled is None:
            return False
        try:
            return self.read() != self._filled
        except ValidationFailed:
            return True  # half-typed: certainly the user's

    def show_event(self, snapshot: ev.EventSnapshot | None, specs: list[ev.SessionSpec]) -> None:
        self.setEnabled(snapshot is not None)
        if snapshot is not None and snapshot.id == self._event_id and not self.applying and self.has_unsaved_edits():
            # A reload (someone else's change, or one of ours elsewhere) never wipes what the user typed;
            # Apply checks it against the versions it was filled from, Revert shows what is stored now.
            self.error.setText(
                tr(
                    "The event changed while you edit its setup; your edits are kept. "
                    "Apply saves them (you are asked if they clash), Revert shows the stored setup."
                )
            )
            return
        self.error.clear()
        self._filled, self.filled_versions = None, None
        self._event_id = snapshot.id if snapshot is not None else None
        if snapshot is None:
            return
        self._fill(snapshot, specs)
        self.filled_versions = dict(snapshot.versions)
        try:
            self._filled = self.read()
        except ValidationFailed:
            self._filled = None

    def _fill(self, snapshot: ev.EventSnapshot, specs: list[ev.SessionSpec]) -> None:
        self.name.setText(snapshot.name)
        self.venue.setText(snapshot.venue)
        self.city.setText(snapshot.city)
        self.country.setText(snapshot.country)
        self.timezone.setCurrentText(snapshot.timezone)
        self.minutes.setValue(snapshot.meeting_minutes)
        self.sessions.setRowCount(0)
        for spec in specs:
            self.add_session_row(spec)
        between = [s for s in snapshot.slots if s.kind != SlotKind.MEETING and not s.session_code]
        self.other_breaks.setText(
            tr("Breaks between sessions (kept when they overlap no new slot): ")
            + "; ".join(f"{s.label} {day_month(s.starts_at)} {s.starts_at:%H:%M}–{s.ends_at:%H:%M}" for s in between)
            if between
            else ""
        )
        names = [t.name for t in snapshot.active_tables]
        numbered = names == [str(i) for i in range(1, len(names) + 1)]
        (self.by_count if numbered else self.by_names).setChecked(True)
        self.table_count.setValue(max(1, len(names)))
        self.table_names.setPlainText("\n".join(names))
        self._table_mode()
        self.slot_summary.setText(
            tr("{slots} meeting slots, {tables} tables").format(slots=len(snapshot.meeting_slots), tables=len(names))
        )

    def add_session_row(self, spec: ev.SessionSpec | None = None) -> None:
        row = self.sessions.rowCount()
        if not isinstance(spec, ev.SessionSpec):
            spec = self._next_spec()
        self.sessions.insertRow(row)
        self.sessions.setItem(row, CODE, QTableWidgetItem(spec.code))
        self.sessions.setItem(row, NAME, QTableWidgetItem(spec.name))
        day = QDateEdit(QDate(spec.day.year, spec.day.month, spec.day.day))
        day.setCalendarPopup(True)
        day.setDisplayFormat("yyyy-MM-dd")
        self.sessions.setCellWidget(row, DAY, day)
        for column, value in ((START, spec.start), (END, spec.end)):
            editor = QTimeEdit(QTime(value.hour, value.minute))
            editor.setDisplayFormat("HH:mm")
            self.sessions.setCellWidget(row, column, editor)
        self.sessions.setItem(row, BREAKS, QTableWidgetItem(ev.format_breaks(spec.breaks)))

    def _next_spec(self) -> ev.SessionSpec:
        """A sensible next session: the afternoon of the last day, or the next morning."""
        if self.sessions.rowCount() == 0:
            return ev.SessionSpec("d1-am", tr("Day 1 morning"), date.today(), time(9, 30), time(12, 30))
        last = self.session_spec(self.sessions.rowCount() - 1)
        number = self.sessions.rowCount() + 1
        if last.start < time(12):
            return ev.SessionSpec(f"s{number}", tr("Afternoon"), last.day, time(13, 30), time(16, 30))
        following = date.fromordinal(last.day.toordinal() + 1)
        return ev.SessionSpec(f"s{number}", tr("Morning"), following, time(9, 30), time(12, 30))

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.sessions.selectedIndexes()}, reverse=True):
            self.sessions.removeRow(row)

    def _table_mode(self) -> None:
        self.table_count.setEnabled(self.by_count.isChecked())
        self.table_names.setEnabled(self.by_names.isChecked())

    # ------------------------------------------------------------------ reading
    def session_spec(self, row: int) -> ev.SessionSpec:
        def text(column: int) -> str:
            item = self.sessions.item(row, column)
            return item.text() if item else ""

        day = self.sessions.cellWidget(row, DAY)
        start, end = self.sessions.cellWidget(row, START), self.sessions.cellWidget(row, END)
        assert isinstance(day, QDateEdit) and isinstance(start, QTimeEdit) and isinstance(end, QTimeEdit)
        q = day.date()
        return ev.SessionSpec(
            text(CODE).strip(), text(NAME).strip(), date(q.year(), q.month(), q.day()),
            time(start.time().hour(), start.time().minute()), time(end.time().hour(), end.time().minute()),
            ev.parse_breaks(text(BREAKS), tr("Session {0}, breaks").format(row + 1)),
        )  # fmt: skip

    def read(self) -> SetupInput:
        """The form's content; raises ValidationFailed naming the field."""
        sessions = tuple(self.session_spec(row) for row in range(self.sessions.rowCount()))
        if self.by_count.isChecked():
            tables = ev.table_names(count=self.table_count.value())
        else:
            tables = ev.table_names(names=self.table_names.toPlainText())
        return SetupInput(
            self.name.text(), self.venue.text(), self.city.text(), self.country.text(),
            self.timezone.currentText(), self.minutes.value(), sessions, tuple(tables),
        )  # fmt: skip

    def _apply(self) -> None:
        try:
            form = self.read()
            ev.validate_timezone(form.timezone)
        except ValidationFailed as exc:
            self.error.setText(exc.message)
            return
        self.error.clear()
        self.apply_requested.emit(form)
