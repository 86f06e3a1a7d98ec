"""Dialogs of the Event page: pick organisations, a new request, review proposed requests."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.events import ParticipantInfo
from matchmaker.core.model import Priority
from matchmaker.ui.labels import label
from matchmaker.ui.models import FilterSortProxy

from .controller import Proposal
from .models import OrganisationPickerModel, OrganisationRow
from .widgets import named


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class OrganisationPicker(QDialog):
    """Choose organisations to add as participants (type to filter, select many)."""

    def __init__(self, rows: Sequence[OrganisationRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisation_picker")
        self.setWindowTitle(tr("Add participants"))
        self.resize(640, 480)
        self.model = OrganisationPickerModel(self)
        self.model.set_rows(rows)
        self.proxy = FilterSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        self.filter = named(QLineEdit(), "picker_filter")
        self.filter.setPlaceholderText(tr("Filter by name, country or city"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text_filter)
        self.table = named(QTableView(), "picker_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(tr("%s organisations are not taking part yet.") % len(rows)))
        layout.addWidget(buttons)

    def chosen_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.object_at(row).id for row in rows]


class NewRequestDialog(QDialog):
    """A request between two participants, with its priority."""

    def __init__(self, people: Sequence[ParticipantInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_request_dialog")
        self.setWindowTitle(tr("New meeting request"))
        self.requester, self.invitee, self.priority = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.requester, self.invitee):
            for person in people:
                combo.addItem(f"{person.name} ({person.country})", person.id)
        if len(people) > 1:
            self.invitee.setCurrentIndex(1)
        for priority in Priority:
            self.priority.addItem(label(priority), priority.value)
        self.priority.setCurrentIndex(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("From"), self.requester)
        form.addRow(tr("To"), self.invitee)
        form.addRow(tr("Priority"), self.priority)
        form.addRow(buttons)

    def values(self) -> tuple[int, int, Priority]:
        return int(self.requester.currentData()), int(self.invitee.currentData()), Priority(self.priority.currentData())


class ProposalReview(QDialog):
    """The organiser ticks which proposed requests to create; nothing is created silently."""

    def __init__(self, proposals: Sequence[Proposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposal_review")
        self.setWindowTitle(tr("Review proposed meeting requests"))
        self.resize(820, 520)
        self.proposals = list(proposals)
        self.tree = named(QTreeWidget(), "proposal_tree")
        self.tree.setHeaderLabels([tr("From"), tr("To"), tr("Score"), tr("Why")])
        self.tree.setRootIsDecorated(False)
        for proposal in self.proposals:
            item = QTreeWidgetItem([proposal.requester, proposal.invitee, f"{proposal.score:.2f}",
                                    "; ".join(proposal.reasons)])  # fmt: skip
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(3, "\n".join(proposal.reasons))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        note = QLabel(tr("Ticked proposals become pending requests (source: suggestion). "
                         "Accept or decline them afterwards like any other request."))  # fmt: skip
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create ticked requests"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def chosen(self) -> list[Proposal]:
        items = [self.tree.topLevelItem(i) for i in range(len(self.proposals))]
        return [
            p
            for p, item in zip(self.proposals, items, strict=True)
            if item and item.checkState(0) == Qt.CheckState.Checked
        ]
