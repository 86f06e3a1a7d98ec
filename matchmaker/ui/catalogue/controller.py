"""The browse window's logic: the company's work on a catalogue, saved on every change, with undo."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from matchmaker.core.catalogue import (
    Catalogue,
    DraftRequest,
    Work,
    export_requests,
    load_work,
    read_catalogue,
    save_work,
    work_location,
)
from matchmaker.core.errors import MatchmakerError
from matchmaker.core.model import Priority

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class _WorkChange(QUndoCommand):
    """Undo by snapshot: the work is small, so 'before' and 'after' are whole copies."""

    def __init__(self, controller: BrowseController, text: str, before: Work, after: Work, what: str) -> None:
        super().__init__(text)
        self._controller, self._before, self._after, self._what = controller, before, after, what

    def redo(self) -> None:
        self._controller._apply(copy.deepcopy(self._after), self._what)

    def undo(self) -> None:
        self._controller._apply(copy.deepcopy(self._before), self._what)


class BrowseController(QObject):
    """Owns the catalogue and the work; every change goes through :meth:`change` (saved, undoable)."""

    #: What changed: "us", "shortlist", "requests", "unavailable", "export" or "all".
    changed = Signal(str)
    #: A problem the user should see (saving failed, work set aside, ...).
    problem = Signal(str)

    def __init__(self, catalogue: Catalogue, work: Work, work_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.work = work
        self.work_file = work_file
        self.undo_stack = QUndoStack(self)
        self._matcher: Any = None
        #: False when this installation has no matcher (suggestions cannot be shown).
        self.can_suggest = True
        self._suggestions: dict[int, list[Any]] = {}

    @classmethod
    def open(cls, path: Path | str, parent: QObject | None = None) -> tuple[BrowseController, str | None]:
        """Read and validate the catalogue and its saved work; raises FileRefused with a message."""
        catalogue = read_catalogue(path)
        location = work_location(catalogue)
        work, note = load_work(catalogue, location)
        return cls(catalogue, work, location, parent), note

    # ------------------------------------------------------------------ queries
    @property
    def us(self) -> int | None:
        return self.work.us

    def is_shortlisted(self, org_id: int) -> bool:
        return org_id in self.work.shortlist

    def request(self, org_id: int) -> DraftRequest | None:
        return self.work.requests.get(org_id)

    def is_unavailable(self, slot_id: int) -> bool:
        return slot_id in self.work.unavailable

    @property
    def can_request(self) -> bool:
        return self.catalogue.info.kind == "event"

    # ------------------------------------------------------------------ changes
    def change(self, text: str, what: str, edit: Callable[[Work], object]) -> None:
        """Apply ``edit`` to a copy of the work, as one undoable step, and save."""
        before = copy.deepcopy(self.work)
        after = copy.deepcopy(self.work)
        edit(after)
        if after.to_json() == before.to_json():
            return
        self.undo_stack.push(_WorkChange(self, text, before, after, what))

    def _apply(self, work: Work, what: str) -> None:
        self.work = work
        self._save()
        self.changed.emit(what)

    def _save(self) -> None:
        if self.work_file is None:
            return
        try:
            save_work(self.work, self.work_file)
        except MatchmakerError as exc:
            self.problem.emit(exc.message)

    def set_us(self, org_id: int | None) -> None:
        name = self.catalogue.organisation(org_id).name if org_id else ""  # type: ignore[union-attr]

        def edit(work: Work) -> None:
            work.us = org_id
            if org_id is not None:
                work.shortlist = [o for o in work.shortlist if o != org_id]
                work.requests.pop(org_id, None)

        self.change(tr("This is us: {0}").format(name) if name else tr("Clear “this is us”"), "us", edit)

    def toggle_shortlist(self, org_id: int) -> None:
        org = self.catalogue.organisation(org_id)
        if org is None or org_id == self.work.us:
            return
        on = self.is_shortlisted(org_id)
        text = tr("Remove {0} from the shortlist") if on else tr("Shortlist {0}")
        self.change(text.format(org.name), "shortlist", lambda w: w.toggle_shortlist(org_id))

    def set_request(self, org_id: int, priority: Priority, message: str) -> None:
        org = self.catalogue.organisation(org_id)
        if org is None or org_id == self.work.us or not self.can_request:
            return

        def edit(work: Work) -> None:
            work.requests[org_id] = DraftRequest(priority, message.strip()[:2000])

        self.change(tr("Request to meet {0}").format(org.name), "requests", edit)

    def remove_request(self, org_id: int) -> None:
        org = self.catalogue.organisation(org_id)
        if org is None or org_id not in self.work.requests:
            return
        self.change(
            tr("Remove the request to meet {0}").format(org.name), "requests", lambda w: w.requests.pop(org_id, None)
        )

    def set_unavailable(self, slot_id: int, unavailable: bool) -> None:
        def edit(work: Work) -> None:
            (work.unavailable.add if unavailable else work.unavailable.discard)(slot_id)

        self.change(tr("Mark a slot unavailable") if unavailable else tr("Mark a slot available"), "unavailable", edit)

    def export(self, out: Path | str | None) -> Path:
        """Write the request file (raises MatchmakerError with a message); not undoable: the file is out."""
        work = copy.deepcopy(self.work)
        path = export_requests(self.catalogue, work, out, None)
        self.work = work
        self._save()
        self.changed.emit("export")
        return path

    # ------------------------------------------------------------------ suggestions
    def suggestions(self) -> list[Any]:
        """The matcher's suggestions for "this is us" (empty without it); cached per organisation."""
        us = self.work.us
        if us is None:
            return []
        if us not in self._suggestions:
            if self._matcher is None:
                from matchmaker.core.catalogue.suggest import CatalogueMatcher  # scikit-learn loads only when asked

                self._matcher = CatalogueMatcher(self.catalogue)
            self._suggestions[us] = self._matcher.suggest(us, top=30)
        return self._suggestions[us]
