"""Undoable commands on organisations. Each redo/undo is one transaction through the core services.

After writing, a command tells the app which organisations changed
(``ctx.signals.organisations_changed``) so tables refresh those rows only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from matchmaker.core import members
from matchmaker.core.organisations import (
    OrganisationSnapshot,
    ProfileData,
    create_organisation,
    delete_organisations,
    read_profile,
    restore_organisations,
    update_organisation,
)
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class DataCommand(QUndoCommand):
    """A command that writes through the core: subclasses implement ``do`` and ``undo_change``.

    :func:`push` runs the first ``do`` itself, so a refused change raises to the caller (the editor
    shows it and stays open) and nothing is recorded. A later undo or redo that fails (say the row
    was changed elsewhere in team mode) is shown and the command drops off the stack.
    """

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._skip_next_redo = False

    def changed(self, ids: Sequence[int], what: str = "organisations") -> None:
        self.ctx.signals.organisations_changed.emit(list(ids))
        self.ctx.signals.data_changed.emit(what)

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_next_redo:  # QUndoStack.push calls redo; push() already did the work
            self._skip_next_redo = False
            return
        self._guarded(self.do, tr("Cannot redo"))

    def undo(self) -> None:
        self._guarded(self.undo_change, tr("Cannot undo"))

    def _guarded(self, action: Callable[[], None], title: str) -> None:
        try:
            action()
        except Exception as exc:
            self.setObsolete(True)
            dialogs.show_error(None, title, exc)


def push(ctx: AppContext, command: DataCommand) -> None:
    """Do ``command`` once (errors raise, nothing is recorded), then record it on the undo stack."""
    command.do()
    command._skip_next_redo = True
    ctx.undo_stack.push(command)


class CreateOrganisation(DataCommand):
    def __init__(self, ctx: AppContext, data: ProfileData) -> None:
        super().__init__(ctx, tr("Create %s") % data.name)
        self.data = data
        self.org_id: int | None = None

    def do(self) -> None:
        with self.ctx.database.transaction() as session:
            self.org_id = create_organisation(session, self.data)
            self.data = read_profile(session, self.org_id)  # with ids, so redo after undo restores the same rows
        self.changed([self.org_id])

    def undo_change(self) -> None:
        assert self.org_id is not None
        with self.ctx.database.transaction() as session:
            delete_organisations(session, [self.org_id])
        self.data = replace(self.data, version=None)
        self.changed([self.org_id])


class EditOrganisation(DataCommand):
    def __init__(self, ctx: AppContext, before: ProfileData, after: ProfileData) -> None:
        super().__init__(ctx, tr("Edit %s") % before.name)
        assert before.id is not None
        self.org_id = before.id
        self.before, self.after = before, after
        self.version = before.version

    def _write(self, data: ProfileData) -> None:
        with self.ctx.database.transaction() as session:
            update_organisation(session, self.org_id, data, expected_version=self.version)
            fresh = read_profile(session, self.org_id)
        self.version = fresh.version
        if data is self.after:
            self.after = replace(fresh, version=None)  # new contacts/offers keep their ids on redo
        self.changed([self.org_id])

    def do(self) -> None:
        self._write(self.after)

    def undo_change(self) -> None:
        self._write(self.before)


class DeleteOrganisations(DataCommand):
    def __init__(self, ctx: AppContext, ids: Sequence[int], names: Sequence[str]) -> None:
        label = names[0] if len(names) == 1 else tr("%n organisations").replace("%n", str(len(names)))
        super().__init__(ctx, tr("Delete %s") % label)
        self.ids = list(ids)
        self.snapshots: list[OrganisationSnapshot] = []

    def do(self) -> None:
        with self.ctx.database.transaction() as session:
            self.snapshots = delete_organisations(session, self.ids)
        self.changed(self.ids)

    def undo_change(self) -> None:
        with self.ctx.database.transaction() as session:
            restore_organisations(session, self.snapshots)
        self.changed(self.ids)


class TagOrganisations(DataCommand):
    """Put a tag on (or take it off) many organisations; undo reverses exactly the rows that changed."""

    def __init__(self, ctx: AppContext, ids: Sequence[int], tag: str, *, remove: bool = False) -> None:
        text = tr("Remove tag '%1' from %2") if remove else tr("Tag %2 as '%1'")
        super().__init__(ctx, text.replace("%1", tag).replace("%2", str(len(ids))))
        self.ids, self.tag, self.remove = list(ids), tag, remove
        self.touched: list[int] = []

    def _apply(self, adding: bool, ids: Sequence[int]) -> list[int]:
        with self.ctx.database.transaction() as session:
            if adding:
                return members.tag_organisations(session, ids, self.tag)
            return members.untag_organisations(session, ids, self.tag)

    def do(self) -> None:
        self.touched = self._apply(not self.remove, self.ids)
        self.changed(self.touched, "tags")

    def undo_change(self) -> None:
        self._apply(self.remove, self.touched)
        self.changed(self.touched, "tags")


class AddMembers(DataCommand):
    def __init__(self, ctx: AppContext, cluster_id: int, cluster_name: str, ids: Sequence[int]) -> None:
        super().__init__(ctx, tr("Add %n to %s").replace("%n", str(len(ids))).replace("%s", cluster_name))
        self.cluster_id, self.ids = cluster_id, list(ids)
        self.added: list[int] = []

    def do(self) -> None:
        with self.ctx.database.transaction() as session:
            self.added = members.add_members(session, self.cluster_id, self.ids)
        self.changed(self.added, "clusters")

    def undo_change(self) -> None:
        with self.ctx.database.transaction() as session:
            members.remove_members(session, self.cluster_id, self.added)
        self.changed(self.added, "clusters")


class RemoveMembers(DataCommand):
    def __init__(self, ctx: AppContext, cluster_id: int, cluster_name: str, ids: Sequence[int]) -> None:
        super().__init__(ctx, tr("Remove %n from %s").replace("%n", str(len(ids))).replace("%s", cluster_name))
        self.cluster_id, self.ids = cluster_id, list(ids)
        self.removed: list[members.MemberData] = []

    def do(self) -> None:
        with self.ctx.database.transaction() as session:
            self.removed = members.remove_members(session, self.cluster_id, self.ids)
        self.changed([m.organisation_id for m in self.removed], "clusters")

    def undo_change(self) -> None:
        with self.ctx.database.transaction() as session:
            members.restore_members(session, self.cluster_id, self.removed)
        self.changed([m.organisation_id for m in self.removed], "clusters")
