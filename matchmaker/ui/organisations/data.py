"""What the organisations table needs from the database, loaded off the UI thread in bulk."""

from __future__ import annotations

import gc
import heapq
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchmaker.core.countries import country_name
from matchmaker.core.model import Cluster, Tag
from matchmaker.core.organisation_rows import OrganisationRow, organisation_rows
from matchmaker.core.taxonomy import TaxonomyGraph
from matchmaker.core.text import fold
from matchmaker.ui.models.table import sort_key


@dataclass
class Lookups:
    """Names for the ids in the rows: clusters, tags, capabilities (in the interface language)."""

    clusters: dict[int, str] = field(default_factory=dict)
    tags: dict[int, str] = field(default_factory=dict)
    capabilities: dict[int, str] = field(default_factory=dict)
    graph: TaxonomyGraph | None = None
    language: str = "en"

    def names(self, ids: frozenset[int], table: dict[int, str]) -> list[str]:
        return sorted(table.get(i, "?") for i in ids)

    def capability_and_descendants(self, capability_id: int) -> frozenset[int]:
        """The node and every node below it (filtering by 'Audiovisual' finds 'VFX' too)."""
        if self.graph is None or capability_id not in self.graph:
            return frozenset({capability_id})
        below = self.graph.descendants(capability_id)
        return frozenset({capability_id, *(node.id for node in below if node.id is not None)})


@dataclass
class TableData:
    rows: list[OrganisationRow]
    search: list[str]
    name_keys: list[tuple[int, Any]]
    name_order: list[int]  # row numbers sorted by name
    index: dict[int, int]  # organisation id -> row number
    lookups: Lookups


def sort_in_short_steps(keys: list[Any], step: int = 4000) -> list[int]:
    """Row numbers ordered by ``keys``, sorted in chunks and merged, so no single C-level sort holds the
    GIL long enough to stall the UI thread."""
    count = len(keys)
    chunks = [sorted(range(start, min(start + step, count)), key=keys.__getitem__) for start in range(0, count, step)]
    return list(heapq.merge(*chunks, key=keys.__getitem__))


def load_lookups(session: Session, language: str) -> Lookups:
    graph = TaxonomyGraph.from_session(session)
    return Lookups(
        clusters={cid: name for cid, name in session.execute(select(Cluster.id, Cluster.name))},
        tags={tid: name for tid, name in session.execute(select(Tag.id, Tag.name))},
        capabilities={node.id: node.label(language) for node in graph if node.id is not None},
        graph=graph,
        language=language,
    )


@cache
def _folded_country(code: str) -> str:
    return fold(f"{code} {country_name(code)}")


@cache
def _folded(text: str) -> str:
    return fold(text)


def search_text(row: OrganisationRow, lookups: Lookups) -> str:
    """Folded text type-to-filter looks in: names, places, clusters, tags and capabilities."""
    parts = [fold(row.name), _folded(row.city), _folded_country(row.country), row.website.casefold()]
    parts.extend(_folded(lookups.clusters.get(i, "")) for i in row.cluster_ids)
    parts.extend(_folded(lookups.tags.get(i, "")) for i in row.tag_ids)
    parts.extend(_folded(lookups.capabilities.get(i, "")) for i in row.capability_ids)
    return " ".join(parts)


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Bulk loading allocates ~10 objects per row; the collector's full passes over such a heap hold the
    GIL for hundreds of milliseconds and freeze the UI thread. Nothing cyclic is built here, so pause it,
    and move what survives out of later full passes (gc.freeze)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def load_table(session: Session, language: str) -> TableData:
    """Everything the table shows (runs on a worker thread)."""
    with no_gc_pauses():
        return _load_table(session, language)


def _load_table(session: Session, language: str) -> TableData:
    lookups = load_lookups(session, language)
    rows = organisation_rows(session)
    keys = [sort_key(row.name) for row in rows]
    index = {row.id: position for position, row in enumerate(rows)}
    search = [search_text(row, lookups) for row in rows]
    return TableData(rows, search, keys, sort_in_short_steps(keys), index, lookups)
