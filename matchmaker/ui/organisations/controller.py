"""The Organisations page's logic: loading, refreshing changed rows, filters, and the undoable edits."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy import select

from matchmaker.core.model import Cluster, Tag
from matchmaker.core.organisation_rows import organisation_rows
from matchmaker.core.organisations import ProfileData, read_profile
from matchmaker.core.privacy import ErasureReport, erase_person
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext
from matchmaker.ui.look import ui_language
from matchmaker.ui.models import FilterSortProxy

from . import commands
from .data import Lookups, TableData, load_table
from .model import OrganisationTableModel


class OrganisationsController(QObject):
    """Owns the table model and the proxy; every change goes through an undo command."""

    #: The table finished (re)loading: number of organisations.
    loaded = Signal(int)
    #: Cluster or tag names changed (the filter lists need refilling).
    lookups_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = OrganisationTableModel(self)
        self.proxy = FilterSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(OrganisationTableModel.NAME)
        self.loading = False
        self._reload_again = False
        ctx.signals.organisations_changed.connect(self.refresh_rows)
        ctx.signals.data_changed.connect(self._data_changed)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Load every row on a worker thread (the table keeps showing the old rows meanwhile)."""
        if self.loading:
            self._reload_again = True
            return
        self.loading = True
        language = ui_language()

        def work() -> TableData:
            with self.ctx.database.session() as session:
                return load_table(session, language)

        self.ctx.tasks.run(work, on_result=self._loaded, on_error=self._load_failed)

    def _loaded(self, data: TableData) -> None:
        self.loading = False
        self.model.load(data)
        self.loaded.emit(len(data.rows))
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        dialogs.show_error(None, self.tr("Cannot load the organisations"), exc)

    def refresh_rows(self, ids: Sequence[int]) -> None:
        """Re-read just these organisations (created, edited, deleted elsewhere or by undo)."""
        if not ids:
            return
        self._refresh_lookups()
        with self.ctx.database.session() as session:
            fresh = organisation_rows(session, ids)
        present = {row.id for row in fresh}
        self.model.upsert(fresh, [i for i in ids if i not in present])

    def _refresh_lookups(self) -> None:
        with self.ctx.database.session() as session:
            clusters = {cid: name for cid, name in session.execute(select(Cluster.id, Cluster.name))}
            tags = {tid: name for tid, name in session.execute(select(Tag.id, Tag.name))}
        lookups = self.model.lookups
        if (clusters, tags) == (lookups.clusters, lookups.tags):
            return
        self.model.lookups = Lookups(clusters, tags, lookups.capabilities, lookups.graph, lookups.language)
        self.lookups_changed.emit()

    def _data_changed(self, what: str) -> None:
        if what in ("all", "import", "organisations:all"):
            self.reload()
        elif what in ("clusters", "tags"):
            self._refresh_lookups()

    # ------------------------------------------------------------------ reading
    def profile(self, org_id: int) -> ProfileData:
        with self.ctx.database.session() as session:
            return read_profile(session, org_id)

    def clusters(self) -> dict[int, str]:
        return dict(self.model.lookups.clusters)

    # ------------------------------------------------------------------ changing (undoable)
    def create(self, data: ProfileData) -> int:
        command = commands.CreateOrganisation(self.ctx, data)
        commands.push(self.ctx, command)
        assert command.org_id is not None
        return command.org_id

    def edit(self, before: ProfileData, after: ProfileData) -> None:
        commands.push(self.ctx, commands.EditOrganisation(self.ctx, before, after))

    def delete(self, ids: Sequence[int]) -> None:
        names = [self.model.row_object(self.model.position_of(i)).name for i in ids if self.model.position_of(i) >= 0]
        commands.push(self.ctx, commands.DeleteOrganisations(self.ctx, ids, names))

    def tag(self, ids: Sequence[int], tag: str, *, remove: bool = False) -> int:
        command = commands.TagOrganisations(self.ctx, ids, tag, remove=remove)
        commands.push(self.ctx, command)
        return len(command.touched)

    # ------------------------------------------------------------------ erasing (not undoable, on purpose)
    def erase_contact(self, org_id: int, person_id: int) -> tuple[ErasureReport, ProfileData]:
        """Erase a contact person for good (GDPR): the core deletes and redacts, and the undo history is cleared.

        Older undo steps hold copies of the profile and could bring the person back. Returns the report and the
        profile as stored now; raises MatchmakerError when refused.
        """
        with self.ctx.database.transaction() as session:
            report = erase_person(session, person_id)
        self.ctx.undo_stack.clear()
        self.ctx.signals.organisations_changed.emit([org_id])
        text = (
            QCoreApplication.translate("", "Contact erased; %d free-text field(s) redacted.") % report.fields_redacted
        )
        self.ctx.signals.status.emit(text)
        return report, self.profile(org_id)
