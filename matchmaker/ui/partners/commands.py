"""Undoable shortlist and meeting-request commands (through core.partner_actions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from matchmaker.core import partner_actions as actions
from matchmaker.core.model import Priority
from matchmaker.ui.context import AppContext
from matchmaker.ui.organisations.commands import DataCommand


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class Shortlist(DataCommand):
    """Add partners to (or take them off) an organisation's shortlist."""

    def __init__(self, ctx: AppContext, org_id: int, partner_ids: Sequence[int], *, remove: bool = False) -> None:
        text = tr("Remove %n from the shortlist") if remove else tr("Shortlist %n partners")
        super().__init__(ctx, text.replace("%n", str(len(partner_ids))))
        self.org_id, self.partner_ids, self.remove = org_id, list(partner_ids), remove
        self.added: list[int] = []
        self.removed: list[tuple[int, str]] = []

    def do(self) -> None:
        with self.ctx.database.transaction() as session:
            if self.remove:
                self.removed = actions.remove_from_shortlist(session, self.org_id, self.partner_ids)
            else:
                self.added = actions.add_to_shortlist(session, self.org_id, self.partner_ids)
        self.ctx.signals.data_changed.emit("shortlist")

    def undo_change(self) -> None:
        with self.ctx.database.transaction() as session:
            if self.remove:
                actions.restore_shortlist(session, self.org_id, self.removed)
            else:
                actions.remove_from_shortlist(session, self.org_id, self.added)
        self.ctx.signals.data_changed.emit("shortlist")


class RequestMeeting(DataCommand):
    """A pending meeting request at the current event, with the suggestion's reasons."""

    def __init__(self, ctx: AppContext, event_id: int, org_id: int, partner_id: int, partner_name: str,
                 priority: Priority, reasons: Sequence[str]) -> None:  # fmt: skip
        super().__init__(ctx, tr("Request a meeting with %s") % partner_name)
        self.event_id, self.org_id, self.partner_id = event_id, org_id, partner_id
        self.priority, self.reasons = priority, list(reasons)
        self.request_id: int | None = None

    def do(self) -> None:
        with self.ctx.database.transaction() as session:
            self.request_id = actions.request_meeting(
                session, self.event_id, self.org_id, self.partner_id, priority=self.priority, reasons=self.reasons
            )
        self.ctx.signals.data_changed.emit("requests")

    def undo_change(self) -> None:
        if self.request_id is not None:
            with self.ctx.database.transaction() as session:
                actions.withdraw_request(session, self.request_id)
        self.ctx.signals.data_changed.emit("requests")
