"""Item models of the browse window: the catalogue's organisations, and the suggestions for "this is us"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from matchmaker.core.catalogue import CatalogueOrganisation
from matchmaker.core.catalogue.browse import search_text
from matchmaker.core.countries import country_name

from ..look import ui_language
from ..models.table import RowTableModel, TableColumn
from .controller import BrowseController

STAR = "★"
PRIORITY_TEXT = {
    "must": str(QT_TRANSLATE_NOOP("", "Must meet")),
    "should": str(QT_TRANSLATE_NOOP("", "Should meet")),
    "could": str(QT_TRANSLATE_NOOP("", "Could meet")),
}
PRIORITY_ORDER = {"must": 0, "should": 1, "could": 2}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class PartnerModel(RowTableModel[CatalogueOrganisation]):
    """Every organisation of the catalogue; the columns read the company's work from the controller."""

    SHORTLIST, NAME, COUNTRY, CITY, CAPABILITIES, MATCH, REQUEST = range(7)

    def __init__(self, controller: BrowseController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scores: dict[int, int] = {}
        catalogue = controller.catalogue
        language = ui_language()

        def capabilities(org: CatalogueOrganisation) -> str:
            return ", ".join(catalogue.capability_label(code, language) for code in org.capabilities)

        def request(org: CatalogueOrganisation) -> int | None:
            draft = controller.request(org.id)
            return PRIORITY_ORDER[draft.priority.value] if draft else None

        self.columns = [
            TableColumn(STAR, lambda o: 0 if controller.is_shortlisted(o.id) else 1,
                        lambda v: STAR if v == 0 else ""),
            TableColumn(tr("Organisation"), lambda o: o.name),
            TableColumn(tr("Country"), lambda o: o.country, tooltip=lambda o: country_name(o.country, language)),
            TableColumn(tr("City"), lambda o: o.city),
            TableColumn(tr("Capabilities"), capabilities, tooltip=capabilities),
            TableColumn(tr("Match"), lambda o: self.scores.get(o.id), lambda v: "" if v is None else f"{v}",
                        align_right=True),
            TableColumn(tr("Request"), request,
                        lambda v: "" if v is None else tr(PRIORITY_TEXT[list(PRIORITY_ORDER)[v]])),
        ]  # fmt: skip
        self.set_rows(catalogue.organisations)

    def search_text(self, row: CatalogueOrganisation) -> str:
        return search_text(row, self.controller.catalogue)

    def refresh(self) -> None:
        """Repaint the work-dependent columns (shortlist star, request) without a reset."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))

    def row_of(self, org_id: int) -> int:
        for row, org in enumerate(self.rows()):
            if org.id == org_id:
                return row
        return -1

    def extra_data(self, row: CatalogueOrganisation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.id == self.controller.us:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SHORTLIST:
            return tr("On your shortlist") if self.controller.is_shortlisted(row.id) else None
        return None


class SuggestionModel(RowTableModel[Any]):
    """The matcher's suggestions (core.matching.Suggestion) for "this is us", best first."""

    SCORE, NAME, COUNTRY, MUTUAL, WHY = range(5)

    def __init__(self, controller: BrowseController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.columns = [
            TableColumn(tr("Score"), lambda s: s.score, align_right=True),
            TableColumn(tr("Organisation"), lambda s: s.name),
            TableColumn(tr("Country"), lambda s: s.country),
            TableColumn(tr("Mutual"), lambda s: 0 if s.mutual else 1, lambda v: "⇄" if v == 0 else "",
                        tooltip=lambda s: tr("Each side has something the other asked for") if s.mutual else ""),
            TableColumn(tr("Why"), lambda s: s.reasons[0] if s.reasons else "",
                        tooltip=lambda s: "\n".join(s.reasons)),
        ]  # fmt: skip
