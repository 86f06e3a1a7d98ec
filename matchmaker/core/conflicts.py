"""Edit conflicts: what I tried to save against what someone else stored meanwhile.

Editable rows carry a version column (optimistic locking). A save based on an old version
is refused with a :class:`ConflictError` holding both versions field by field, so the user
can keep theirs, keep mine (overwrite only the fields I changed), or cancel. Nothing is ever
overwritten silently. The database layer (``matchmaker.db.conflicts``) raises it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any

from .errors import MatchmakerError, ValidationFailed

#: How a user resolves a conflict.
KEEP_MINE = "keep_mine"
TAKE_THEIRS = "take_theirs"
CANCEL = "cancel"


@dataclass(frozen=True)
class FieldConflict:
    """One field: what it was when I started editing, what I want, and what is stored now.

    ``*_text`` are the values for display (a slot's time instead of its id, and so on).
    """

    name: str
    mine: Any
    theirs: Any
    original: Any = None
    mine_text: str = ""
    theirs_text: str = ""
    original_text: str = ""
    changed_by_me: bool = True

    @property
    def changed_by_them(self) -> bool:
        return bool(self.theirs != self.original)

    @property
    def differs(self) -> bool:
        return bool(self.mine != self.theirs)


@dataclass
class ConflictError(ValidationFailed):
    """A save was refused because the row changed (or vanished) since it was read."""

    table: str
    row_id: int
    title: str  # e.g. "organisation 'Nebula'"
    my_version: int  # the version my edit was based on
    their_version: int | None  # the version stored now; None if the row was deleted
    fields: list[FieldConflict] = field(default_factory=list)
    #: For whole-record edits (see :func:`record_conflict`): the three versions as the caller's objects.
    mine_record: Any = None
    theirs_record: Any = None
    original_record: Any = None

    def __post_init__(self) -> None:
        title = self.title[:1].upper() + self.title[1:]
        if self.deleted:
            text = f"{title} was deleted by someone else while you were editing it; nothing was saved."
        else:
            both = [f.name for f in self.fields if f.changed_by_me and f.differs]
            detail = f" (conflicting: {', '.join(both)})" if both else ""
            versions = (
                f"you edited version {self.my_version}, version {self.their_version} is stored now. "
                if self.my_version > 0  # 0: the edit did not know the version (a position was compared)
                else ""
            )
            text = (
                f"{title} was changed by someone else while you were editing it{detail}: {versions}Nothing was saved."
            )
        MatchmakerError.__init__(self, text, hint="Keep yours (overwrite), take theirs, or cancel and look first.")

    exit_code = 3

    @property
    def deleted(self) -> bool:
        return self.their_version is None

    @property
    def my_changes(self) -> dict[str, Any]:
        """The fields I changed, with my values (what 'keep mine' writes over their version)."""
        return {f.name: f.mine for f in self.fields if f.changed_by_me}

    def __str__(self) -> str:  # dataclass would otherwise replace MatchmakerError's
        return MatchmakerError.__str__(self)

    def __hash__(self) -> int:
        return id(self)


_RECORD_SKIPPED = {"id", "version"}


def _describe(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, tuple | list):
        parts = [str(getattr(v, "name", None) or getattr(v, "title", None) or v) for v in value]
        return ", ".join(parts) if parts else "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "—"
    return str(getattr(value, "value", value))


def record_conflict(
    table: str, row_id: int, title: str, my_version: int, their_version: int | None,
    mine: Any, theirs: Any, original: Any = None,
) -> ConflictError:  # fmt: skip
    """A conflict between whole records (dataclasses such as an organisation's profile), field by field.

    Fields I changed (mine differs from ``original``; all fields when it is unknown) and fields they
    changed are listed.
    """
    assert is_dataclass(mine)
    items = []
    for f in fields(mine):
        if f.name in _RECORD_SKIPPED:
            continue
        mine_value = getattr(mine, f.name)
        theirs_value = getattr(theirs, f.name) if theirs is not None else None
        original_value = getattr(original, f.name) if original is not None else None
        changed_by_me = original is None or mine_value != original_value
        changed_by_them = original is not None and theirs is not None and theirs_value != original_value
        if not (changed_by_me and mine_value != theirs_value) and not changed_by_them:
            continue
        items.append(FieldConflict(
            name=f.name, mine=mine_value, theirs=theirs_value, original=original_value,
            mine_text=_describe(mine_value), theirs_text=_describe(theirs_value) if theirs is not None else "(deleted)",
            original_text=_describe(original_value) if original is not None else "", changed_by_me=changed_by_me,
        ))  # fmt: skip
    return ConflictError(table, row_id, title, my_version, their_version, items,
                         mine_record=mine, theirs_record=theirs, original_record=original)  # fmt: skip


def merged_mine(conflict: ConflictError) -> Any:
    """For 'keep mine' on a record conflict: their record with only the fields I changed set to mine."""
    if conflict.theirs_record is None:
        raise conflict
    mine = {f.name: f.mine for f in conflict.fields if f.changed_by_me}
    return replace(conflict.theirs_record, **mine)
