"""The right-hand panel: one organisation's profile, the shortlist toggle and the meeting request editor."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.catalogue import CatalogueOrganisation
from matchmaker.core.countries import country_name
from matchmaker.core.model import Priority

from ..look import ui_language
from ..plain import plain
from .controller import BrowseController
from .models import PRIORITY_TEXT, STAR


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


ORG_TYPES = {
    "company": str(QT_TRANSLATE_NOOP("", "Company")),
    "research": str(QT_TRANSLATE_NOOP("", "Research organisation")),
    "public": str(QT_TRANSLATE_NOOP("", "Public body")),
    "cluster": str(QT_TRANSLATE_NOOP("", "Cluster organisation")),
    "ngo": str(QT_TRANSLATE_NOOP("", "NGO")),
}
SIZE_WORDS = {
    "micro": str(QT_TRANSLATE_NOOP("", "micro")),
    "small": str(QT_TRANSLATE_NOOP("", "small")),
    "medium": str(QT_TRANSLATE_NOOP("", "medium")),
    "large": str(QT_TRANSLATE_NOOP("", "large")),
}


def catalogue_summary(controller: BrowseController) -> str:
    """What the placeholder says about the catalogue before anything is selected."""
    info = controller.catalogue.info
    kind = tr("Event catalogue") if info.kind == "event" else tr("Cluster catalogue")
    return tr("%s “%s”, published by %s on %s, %d organisations.\n\nChoose an organisation to see its profile.") % (
        kind,
        info.title,
        info.publisher,
        f"{info.published_at:%Y-%m-%d}",
        len(controller.catalogue.organisations),
    )


def profile_html(org: CatalogueOrganisation, controller: BrowseController, reasons: list[str]) -> str:
    """The profile as HTML; every value from the file is escaped (the file is not trusted)."""
    catalogue = controller.catalogue
    e = escape
    country = country_name(org.country, ui_language()) or org.country
    facts = [country, org.city or "", tr(ORG_TYPES.get(org.org_type, org.org_type)),
             tr("{0} enterprise").format(tr(SIZE_WORDS.get(org.size_band, org.size_band))) if org.size_band else "",
             tr("founded {0}").format(org.founded_year) if org.founded_year else ""]  # fmt: skip
    parts = [f"<h2>{e(org.name)}</h2>", f"<p>{e(' · '.join(f for f in facts if f))}</p>"]
    if org.id == controller.us:
        parts.append("<p><b>" + e(tr("This is you.")) + "</b></p>")
    if org.website:
        parts.append(f"<p>{e(org.website)}</p>")
    if reasons:
        items = "".join(f"<li>{e(reason)}</li>" for reason in reasons)
        parts.append("<h3>" + e(tr("Why we suggest them")) + f"</h3><ul>{items}</ul>")
    if org.capabilities:
        language = ui_language()  # the catalogue carries the labels in English, Lithuanian and Polish
        labels = ", ".join(e(catalogue.capability_label(code, language)) for code in org.capabilities)
        parts.append("<h3>" + e(tr("Capabilities")) + f"</h3><p>{labels}</p>")
    if org.description.strip():
        parts.append(f"<p>{e(org.description).replace(chr(10), '<br>')}</p>")
    for heading, opportunities in ((tr("Offers"), org.offers), (tr("Requests"), org.requests)):
        if opportunities:
            entries = []
            for opp in opportunities:
                caps = ", ".join(catalogue.capability_label(code) for code in opp.capabilities)
                detail = f"<br><small>{e(caps)}</small>" if caps else ""
                body = f"<br>{e(opp.text[:600])}" if opp.text.strip() else ""
                entries.append(f"<li><b>{e(opp.title)}</b>{body}{detail}</li>")
            parts.append(f"<h3>{e(heading)}</h3><ul>{''.join(entries)}</ul>")
    if org.clusters:
        parts.append("<h3>" + e(tr("Clusters")) + f"</h3><p>{e(', '.join(org.clusters))}</p>")
    if org.contacts:
        rows = []
        for contact in org.contacts:
            bits = [contact.role or "", contact.email or "", contact.phone or ""]
            rows.append(f"<li><b>{e(contact.name)}</b> {e(' · '.join(b for b in bits if b))}</li>")
        parts.append("<h3>" + e(tr("Contacts")) + f"</h3><ul>{''.join(rows)}</ul>")
    return "".join(parts)


class DetailPanel(QWidget):
    """Shows the selected organisation and edits the company's choices about it."""

    def __init__(self, controller: BrowseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_detail")
        self.controller = controller
        self.org: CatalogueOrganisation | None = None
        self.reasons: dict[int, list[str]] = {}

        self.browser = QTextBrowser()
        self.browser.setObjectName("detail_browser")
        self.browser.setOpenLinks(False)  # nothing in a catalogue is ever opened or fetched
        self.placeholder = plain(QLabel(catalogue_summary(controller)))  # title and publisher come from the file
        self.placeholder.setObjectName("detail_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.us_button = QPushButton(tr("This Is Us"))
        self.us_button.setObjectName("detail_this_is_us")
        self.us_button.setToolTip(tr("Say that this organisation is yours"))
        self.shortlist_button = QPushButton()
        self.shortlist_button.setObjectName("detail_shortlist")
        self.shortlist_button.setCheckable(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shortlist_button)
        buttons.addWidget(self.us_button)
        buttons.addStretch(1)

        self.request_box = QGroupBox(tr("Meeting request"))
        self.request_box.setObjectName("detail_request_box")
        self.priority = QComboBox()
        self.priority.setObjectName("detail_priority")
        for priority in Priority:
            self.priority.addItem(tr(PRIORITY_TEXT[priority.value]), priority.value)
        self.priority.setCurrentIndex(1)
        self.message = QPlainTextEdit()
        self.message.setObjectName("detail_message")
        self.message.setPlaceholderText(tr("A short note: what you would like to discuss"))
        self.message.setMaximumHeight(90)
        self.save_request = QPushButton(tr("Request Meeting"))
        self.save_request.setObjectName("detail_save_request")
        self.save_request.setDefault(True)
        self.remove_request = QPushButton(tr("Remove Request"))
        self.remove_request.setObjectName("detail_remove_request")
        request_buttons = QHBoxLayout()
        request_buttons.addWidget(self.save_request)
        request_buttons.addWidget(self.remove_request)
        request_buttons.addStretch(1)
        form = QFormLayout(self.request_box)
        form.addRow(tr("Priority:"), self.priority)
        form.addRow(tr("Message:"), self.message)
        form.addRow(request_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.request_box)

        self.shortlist_button.clicked.connect(self._toggle_shortlist)
        self.us_button.clicked.connect(lambda: self.org and controller.set_us(self.org.id))
        self.save_request.clicked.connect(self._save_request)
        self.remove_request.clicked.connect(lambda: self.org and controller.remove_request(self.org.id))
        controller.changed.connect(lambda _what: self.show_org(self.org))
        self.show_org(None)

    def show_org(self, org: CatalogueOrganisation | None, *, reasons: list[str] | None = None) -> None:
        if reasons is not None and org is not None:
            self.reasons[org.id] = reasons
        self.org = org
        has = org is not None
        self.placeholder.setVisible(not has)
        for widget in (self.browser, self.shortlist_button, self.us_button, self.request_box):
            widget.setVisible(has)
        if org is None:
            return
        controller = self.controller
        self.browser.setHtml(profile_html(org, controller, self.reasons.get(org.id, [])))
        is_us = org.id == controller.us
        on = controller.is_shortlisted(org.id)
        self.shortlist_button.setChecked(on)
        self.shortlist_button.setText(f"{STAR} " + (tr("On Shortlist") if on else tr("Add to Shortlist")))
        self.shortlist_button.setEnabled(not is_us)
        self.us_button.setEnabled(not is_us)
        self.request_box.setEnabled(not is_us and controller.can_request)
        if not controller.can_request:
            self.request_box.setTitle(tr("Meeting request (needs an event catalogue)"))
        draft = controller.request(org.id)
        self.priority.setCurrentIndex(self.priority.findData(draft.priority.value if draft else "should"))
        self.message.setPlainText(draft.message if draft else "")
        self.save_request.setText(tr("Update Request") if draft else tr("Request Meeting"))
        self.remove_request.setEnabled(draft is not None)

    def _toggle_shortlist(self) -> None:
        if self.org is not None:
            self.controller.toggle_shortlist(self.org.id)

    def _save_request(self) -> None:
        if self.org is not None:
            value: Any = self.priority.currentData()
            self.controller.set_request(self.org.id, Priority(value), self.message.toPlainText())
