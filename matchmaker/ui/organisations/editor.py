"""The organisation editor: profile, capabilities, offers and requests, contacts with consent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.conflicts import KEEP_MINE, TAKE_THEIRS, ConflictError, merged_mine
from matchmaker.core.countries import BALTIC_SEA_REGION, country_name
from matchmaker.core.errors import MatchmakerError
from matchmaker.core.model import OpportunityKind, OrgType, SizeBand
from matchmaker.core.organisations import ContactData, MembershipData, OpportunityData, ProfileData
from matchmaker.core.taxonomy import TaxonomyGraph
from matchmaker.ui.look import ui_language

from .. import conflict_dialog, dialogs
from ..plain import plain
from .capability_picker import CapabilityPicker
from .model import SIZE_TITLES, TYPE_TITLES

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 20


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _words(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


def country_choices() -> list[tuple[str, str]]:
    """(code, 'LT — Lithuania'), Baltic Sea region first."""
    import pycountry

    others = sorted((str(c.alpha_2) for c in pycountry.countries if c.alpha_2 not in BALTIC_SEA_REGION),
                    key=country_name)  # fmt: skip
    language = ui_language()
    return [(code, f"{code} — {country_name(code, language)}") for code in (*BALTIC_SEA_REGION, *others)]


class OrganisationEditor(QDialog):
    """Edit a :class:`ProfileData`; ``save`` is called on OK and may raise MatchmakerError (shown here)."""

    def __init__(self, profile: ProfileData, graph: TaxonomyGraph, clusters: dict[int, str], language: str,
                 save: Callable[[ProfileData], None], parent: QWidget | None = None, *,
                 erase: Callable[[ContactData], ProfileData | None] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("organisation_editor")
        self.original, self._save, self._erase = profile, save, erase
        self.setWindowTitle(tr("New Organisation") if profile.id is None else tr("Edit %s") % profile.name)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editor_tabs")
        self.tabs.addTab(self._profile_tab(profile, clusters), tr("Profile"))
        self.picker = CapabilityPicker(graph, language)
        self.picker.set_selected(profile.capability_ids)
        self.tabs.addTab(self.picker, tr("Capabilities"))
        self.tabs.addTab(self._opportunities_tab(profile), tr("Offers and Requests"))
        self.tabs.addTab(self._contacts_tab(profile), tr("Contacts"))
        self.error = plain(QLabel())
        self.error.setObjectName("editor_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("editor_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 620)

    # ------------------------------------------------------------------ tabs
    def _profile_tab(self, p: ProfileData, clusters: dict[int, str]) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.name = QLineEdit(p.name)
        self.name.setObjectName("edit_name")
        self.country = QComboBox()
        self.country.setObjectName("edit_country")
        for code, text in country_choices():
            self.country.addItem(text, code)
        self.country.setCurrentIndex(max(0, self.country.findData(p.country or "LT")))
        self.city = QLineEdit(p.city)
        self.city.setObjectName("edit_city")
        self.org_type = QComboBox()
        self.org_type.setObjectName("edit_type")
        for value in OrgType:
            self.org_type.addItem(tr(TYPE_TITLES[value.value]), value.value)
        self.org_type.setCurrentIndex(self.org_type.findData(p.org_type.value))
        self.size_choice = QComboBox()
        self.size_choice.setObjectName("edit_size")
        self.size_choice.addItem(tr("Unknown"), "")
        for band in SizeBand:
            self.size_choice.addItem(tr(SIZE_TITLES[band.value]), band.value)
        self.size_choice.setCurrentIndex(max(0, self.size_choice.findData(p.size_band.value if p.size_band else "")))
        self.founded = QSpinBox()
        self.founded.setObjectName("edit_founded")
        self.founded.setRange(1799, 2100)
        self.founded.setSpecialValueText(tr("unknown"))
        self.founded.setValue(p.founded_year or 1799)
        self.website = QLineEdit(p.website)
        self.website.setObjectName("edit_website")
        self.website.setPlaceholderText("https://…")
        self.languages = QLineEdit(", ".join(p.languages))
        self.languages.setObjectName("edit_languages")
        self.languages.setPlaceholderText(tr("e.g. lt, en, pl"))
        self.tags = QLineEdit(", ".join(p.tag_names))
        self.tags.setObjectName("edit_tags")
        self.tags.setPlaceholderText(tr("comma-separated"))
        self.clusters = QListWidget()
        self.clusters.setObjectName("edit_clusters")
        self.clusters.setMaximumHeight(110)
        members = {m.cluster_id: m for m in p.memberships}
        self._memberships = members
        for cluster_id, name in sorted(clusters.items(), key=lambda kv: kv[1].casefold()):
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, cluster_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cluster_id in members else Qt.CheckState.Unchecked)
            self.clusters.addItem(item)
        self.description = QPlainTextEdit(p.description)
        self.description.setObjectName("edit_description")
        self.notes = QPlainTextEdit(p.notes)
        self.notes.setObjectName("edit_notes")
        self.notes.setPlaceholderText(tr("Internal; never published or exported"))
        self.notes.setMaximumHeight(70)
        for label, widget in ((tr("Name:"), self.name), (tr("Country:"), self.country), (tr("City:"), self.city),
                              (tr("Type:"), self.org_type), (tr("Size:"), self.size_choice),
                              (tr("Founded:"), self.founded),
                              (tr("Website:"), self.website), (tr("Languages:"), self.languages),
                              (tr("Clusters:"), self.clusters), (tr("Tags:"), self.tags),
                              (tr("Description:"), self.description), (tr("Notes:"), self.notes)):  # fmt: skip
            form.addRow(label, widget)
        return tab

    def _opportunities_tab(self, p: ProfileData) -> QWidget:
        tab = QWidget()
        self.opportunities = QTableWidget(0, 3)
        self.opportunities.setObjectName("edit_opportunities")
        self.opportunities.setHorizontalHeaderLabels([tr("Kind"), tr("Title"), tr("Details")])
        self.opportunities.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.opportunities.setColumnWidth(1, 240)
        self.opportunities.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.opportunities.verticalHeader().hide()
        self._opportunity_rows: list[OpportunityData | None] = []
        for item in p.opportunities:
            self._add_opportunity(item)
        add_offer = QPushButton(tr("Add Offer"))
        add_offer.setObjectName("add_offer")
        add_offer.clicked.connect(lambda: self._add_opportunity(OpportunityData(OpportunityKind.OFFER, ""), edit=True))
        add_request = QPushButton(tr("Add Request"))
        add_request.setObjectName("add_request")
        add_request.clicked.connect(
            lambda: self._add_opportunity(OpportunityData(OpportunityKind.REQUEST, ""), edit=True)
        )
        remove = QPushButton(tr("Remove"))
        remove.setObjectName("remove_opportunity")
        remove.clicked.connect(lambda: self._remove_selected(self.opportunities, self._opportunity_rows))
        row = QHBoxLayout()
        for button in (add_offer, add_request, remove):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(tr("What this organisation offers to partners, and what it looks for.")))
        layout.addWidget(self.opportunities, 1)
        layout.addLayout(row)
        return tab

    def _add_opportunity(self, item: OpportunityData, *, edit: bool = False) -> None:
        row = self.opportunities.rowCount()
        self.opportunities.insertRow(row)
        kind = QComboBox()
        kind.addItem(tr("Offer"), OpportunityKind.OFFER.value)
        kind.addItem(tr("Request"), OpportunityKind.REQUEST.value)
        kind.setCurrentIndex(kind.findData(item.kind.value))
        self.opportunities.setCellWidget(row, 0, kind)
        self.opportunities.setItem(row, 1, QTableWidgetItem(item.title))
        self.opportunities.setItem(row, 2, QTableWidgetItem(item.text))
        self._opportunity_rows.append(item)
        if edit:
            self.opportunities.setCurrentCell(row, 1)
            self.opportunities.editItem(self.opportunities.item(row, 1))  # type: ignore[arg-type]

    def _contacts_tab(self, p: ProfileData) -> QWidget:
        tab = QWidget()
        self.contacts = QTableWidget(0, 5)
        self.contacts.setObjectName("edit_contacts")
        self.contacts.setHorizontalHeaderLabels([tr("Name"), tr("Role"), tr("E-mail"), tr("Phone"),
                                                 tr("Consent to publish")])  # fmt: skip
        header = self.contacts.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.contacts.setColumnWidth(0, 170)
        self.contacts.setColumnWidth(1, 130)
        self.contacts.setColumnWidth(3, 110)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.verticalHeader().hide()
        self._contact_rows: list[ContactData | None] = []
        for contact in p.contacts:
            self._add_contact(contact)
        add = QPushButton(tr("Add Contact"))
        add.setObjectName("add_contact")
        add.clicked.connect(lambda: self._add_contact(ContactData(""), edit=True))
        remove = QPushButton(tr("Remove"))
        remove.setObjectName("remove_contact")
        remove.clicked.connect(lambda: self._remove_selected(self.contacts, self._contact_rows))
        self.erase_button = QPushButton(tr("Erase Person…"))
        self.erase_button.setObjectName("erase_contact")
        self.erase_button.setToolTip(tr("Erase a stored contact for good, on their request (GDPR right to erasure)"))
        self.erase_button.clicked.connect(self.erase_selected_contact)
        self.erase_button.setEnabled(False)
        self.erase_button.setVisible(self._erase is not None)
        self.contacts.itemSelectionChanged.connect(self._contact_selection_changed)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        note = QLabel(tr("Only contacts who consented are published in catalogues and agendas."))
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.contacts, 1)
        layout.addLayout(row)
        return tab

    def _add_contact(self, contact: ContactData, *, edit: bool = False) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, text in enumerate((contact.name, contact.role, contact.email, contact.phone)):
            self.contacts.setItem(row, column, QTableWidgetItem(text))
        consent = QCheckBox()
        consent.setChecked(contact.consent_to_publish)
        consent.setToolTip(tr("Given at %s") % contact.consent_at.strftime("%Y-%m-%d") if contact.consent_at else "")
        holder = QWidget()
        box = QHBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(consent)
        self.contacts.setCellWidget(row, 4, holder)
        self._contact_rows.append(contact)
        if edit:
            self.contacts.setCurrentCell(row, 0)
            self.contacts.editItem(self.contacts.item(row, 0))  # type: ignore[arg-type]

    def _selected_stored_contact(self) -> tuple[int, ContactData] | None:
        rows = {index.row() for index in self.contacts.selectedIndexes()} or {self.contacts.currentRow()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        contact = self._contact_rows[row] if 0 <= row < len(self._contact_rows) else None
        return (row, contact) if contact is not None and contact.id is not None else None

    def _contact_selection_changed(self) -> None:
        self.erase_button.setEnabled(self._selected_stored_contact() is not None)

    def erase_selected_contact(self) -> bool:
        """Ask, then erase the selected stored contact at once (not undoable); the form follows what is stored."""
        chosen = self._selected_stored_contact()
        if chosen is None or self._erase is None:
            return False
        row, contact = chosen
        question = tr("Erase %s for good?") % (contact.name or contact.email or tr("this contact"))
        details = tr(
            "The contact is deleted now (name, role, e-mail, phone and consent), and their e-mail, phone and full "
            "name are replaced by “[erased]” in notes, descriptions, meeting request messages, feedback comments "
            "and shortlist notes. This cannot be undone, and the undo history is cleared so nothing brings them "
            "back. Backups made before now still hold them until they rotate out."
        )
        if not dialogs.ask_yes_no(self, tr("Erase Person"), question, informative=details, default_yes=False):
            return False
        fresh = self._erase(contact)
        if fresh is None:
            return False
        self.contacts.removeRow(row)
        del self._contact_rows[row]
        for widget, before, now in ((self.description, self.original.description, fresh.description),
                                    (self.notes, self.original.notes, fresh.notes)):  # fmt: skip
            if before != now:  # redacted: the form must not write the erased details back
                widget.setPlainText(now)
        self.original = fresh  # what is stored now: saving and undoing later never bring the person back
        return True

    def _remove_selected(self, table: QTableWidget, rows: list[Any]) -> None:
        for row in sorted({index.row() for index in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
            del rows[row]

    # ------------------------------------------------------------------ result
    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    def profile(self) -> ProfileData:
        """What the form holds now (not yet validated)."""
        memberships = []
        for row in range(self.clusters.count()):
            item = self.clusters.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                cluster_id = int(item.data(ID_ROLE))
                memberships.append(self._memberships.get(cluster_id) or MembershipData(cluster_id))
        opportunities = []
        for row, original in enumerate(self._opportunity_rows):
            kind_box = self.opportunities.cellWidget(row, 0)
            kind = OpportunityKind(kind_box.currentData()) if isinstance(kind_box, QComboBox) else OpportunityKind.OFFER
            base = original or OpportunityData(kind, "")
            opportunities.append(replace(base, kind=kind, title=self._cell(self.opportunities, row, 1),
                                         text=self._cell(self.opportunities, row, 2)))  # fmt: skip
        contacts = []
        for row, original_contact in enumerate(self._contact_rows):
            holder = self.contacts.cellWidget(row, 4)
            consent = holder.findChild(QCheckBox) if holder is not None else None
            name, role, email, phone = (self._cell(self.contacts, row, c) for c in range(4))
            if not any((name, role, email, phone)) and (original_contact is None or original_contact.id is None):
                continue  # an empty new line the user added and left
            base_contact = original_contact or ContactData("")
            contacts.append(replace(base_contact, name=name, role=role, email=email, phone=phone,
                                    consent_to_publish=bool(consent and consent.isChecked())))  # fmt: skip
        size = str(self.size_choice.currentData() or "")
        return replace(
            self.original,
            name=self.name.text(), country=str(self.country.currentData()), city=self.city.text(),
            org_type=OrgType(self.org_type.currentData()), size_band=SizeBand(size) if size else None,
            founded_year=None if self.founded.value() == self.founded.minimum() else self.founded.value(),
            website=self.website.text(), languages=_words(self.languages.text()),
            tag_names=_words(self.tags.text()), memberships=tuple(memberships),
            description=self.description.toPlainText(), notes=self.notes.toPlainText(),
            capability_ids=self.picker.selected(), opportunities=tuple(opportunities), contacts=tuple(contacts),
        )  # fmt: skip

    def accept(self) -> None:
        mine = self.profile()
        while True:
            try:
                self._save(mine)
            except ConflictError as conflict:  # someone else saved this organisation meanwhile
                choice = conflict_dialog.ask_resolution(self, conflict)
                if choice == TAKE_THEIRS:
                    super().reject()  # the page shows what is stored now
                    return
                if choice == KEEP_MINE and conflict.theirs_record is not None:
                    # Overwrite only the fields I changed, over their version; asked again if it moves on.
                    self.original, mine = conflict.theirs_record, merged_mine(conflict)
                    continue
                self.error.setText(conflict.message)
                self.error.show()
                return
            except MatchmakerError as exc:
                self.error.setText(str(exc))
                self.error.show()
                return
            super().accept()
            return
