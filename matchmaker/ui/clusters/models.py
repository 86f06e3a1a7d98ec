"""Table models of the Clusters page (column constants, native sort values)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from matchmaker.ui.models import RowTableModel, TableColumn

from .data import ClusterRow, MemberRow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class ClusterTableModel(RowTableModel[ClusterRow]):
    NAME, COUNTRY, MEMBERS, STATED = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            TableColumn(tr("Cluster"), lambda r: r.name),
            TableColumn(tr("Country"), lambda r: r.country),
            TableColumn(tr("Members"), lambda r: r.members, align_right=True),
            TableColumn(tr("Stated"), lambda r: r.stated_members, align_right=True,
                        tooltip=lambda r: tr("Member count as stated by the cluster")),
        )  # fmt: skip

    def search_text(self, row: ClusterRow) -> str:
        return " ".join((row.name, row.country, row.description, *row.sectors))


class MemberTableModel(RowTableModel[MemberRow]):
    NAME, COUNTRY, CITY, FOUNDER, JOINED = range(5)

    def __init__(self, parent: QObject | None = None, *, with_membership: bool = True) -> None:
        super().__init__(parent)
        columns: list[TableColumn[MemberRow]] = [
            TableColumn(tr("Organisation"), lambda r: r.name),
            TableColumn(tr("Country"), lambda r: r.country),
            TableColumn(tr("City"), lambda r: r.city),
        ]
        if with_membership:
            columns += [
                TableColumn(tr("Founder"), lambda r: r.is_founder, display=lambda v: tr("founder") if v else ""),
                TableColumn(tr("Joined"), lambda r: r.joined_year, align_right=True),
            ]
        self.columns = tuple(columns)
