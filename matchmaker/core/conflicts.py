"""Edit conflicts: what I tried to save against what someone else stored meanwhile.

Editable rows carry a version column (optimistic locking). A save based on an old version
is refused with a :class:`ConflictError` holding both versions field by field, so the user
can keep theirs, keep mine (overwrite only the fields I changed), or cancel. Nothing is ever
overwritten silently. The database layer (``matchmaker.db.conflicts``) raises it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import MatchmakerError

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
class ConflictError(MatchmakerError):
    """A save was refused because the row changed (or vanished) since it was read."""

    table: str
    row_id: int
    title: str  # e.g. "organisation 'Nebula'"
    my_version: int  # the version my edit was based on
    their_version: int | None  # the version stored now; None if the row was deleted
    fields: list[FieldConflict] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.deleted:
            text = f"Someone else deleted {self.title} while you were editing it; nothing was saved."
        else:
            both = [f.name for f in self.fields if f.changed_by_me and f.differs]
            detail = f" ({', '.join(both)} differ)" if both else ""
            text = (
                f"Someone else changed {self.title} while you were editing it{detail}: "
                f"you edited version {self.my_version}, version {self.their_version} is stored now. "
                "Nothing was saved."
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
