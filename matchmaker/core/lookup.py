"""Find organisations, clusters and events by id or name, with 'did you mean'."""

from __future__ import annotations

from typing import TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import NotFound
from .model import Cluster, Event, Organisation
from .text import fold

Named = TypeVar("Named", Organisation, Cluster, Event)


def find_by_id_or_name(session: Session, cls: type[Named], ref: str, *, what: str | None = None) -> Named:
    """The row whose id is ``ref`` or whose name matches it (case and accents ignored).

    Raises NotFound with up to three close names when nothing matches exactly.
    """
    label = what or cls.__name__.lower()
    ref = ref.strip()
    if ref.isdigit():
        found = session.get(cls, int(ref))
        if found is not None:
            return found
    rows = session.execute(select(cls.id, cls.name)).all()
    wanted = fold(ref)
    exact = [row.id for row in rows if fold(row.name) == wanted]
    if len(exact) == 1:
        result = session.get(cls, exact[0])
        assert result is not None
        return result
    if len(exact) > 1:
        raise NotFound(f"Several {label}s are named '{ref}'; use the id: {', '.join(map(str, exact))}")
    choices = {row.id: fold(row.name) for row in rows}
    close = process.extract(wanted, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    names = {row.id: row.name for row in rows}
    hint = ", ".join(f"'{names[key]}' (id {key})" for _, _, key in close)
    raise NotFound(f"No {label} '{ref}'" + (f". Did you mean {hint}?" if hint else ""))
