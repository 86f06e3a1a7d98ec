"""Fast bulk writes for generated or imported data: ids assigned in Python, executemany on the driver.

Rows are plain dicts whose values are already in the driver's form (``BulkRows.json``,
``.when`` and ``.day`` convert with SQLAlchemy's own processors), so inserting costs little
beyond SQLite's or PostgreSQL's own work. Works inside the caller's transaction.
"""

from __future__ import annotations

import itertools
import random
from bisect import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Table, func, insert, select, text

from .model import ChangeLog

#: Rows per executemany call; large batches keep the per-statement overhead low.
INSERT_BATCH = 20_000


class Weighted:
    """Fast weighted choice (cumulative weights computed once)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


def pick(rng: random.Random, items: Sequence[Any]) -> Any:
    """``rng.choice`` without its per-call overhead (deterministic for a seed all the same)."""
    return items[int(rng.random() * len(items))]


def some(rng: random.Random, items: Sequence[Any], count: int) -> list[Any]:
    """Up to ``count`` distinct items, in a seeded random order."""
    if count >= len(items):
        chosen = list(items)
        rng.shuffle(chosen)
        return chosen
    picked: list[Any] = []
    while len(picked) < count:
        item = items[int(rng.random() * len(items))]
        if item not in picked:
            picked.append(item)
    return picked


def _processor(type_: Any, dialect: Any) -> Callable[[Any], Any]:
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    return process or (lambda value: value)


class BulkRows:
    """Rows waiting for a bulk insert, per table, flushed parents first."""

    def __init__(self, connection: Connection, created: Counter[str]) -> None:
        self.connection = connection
        self.created = created
        dialect = connection.dialect
        self.json = _processor(JSON(), dialect)
        self.when = _processor(DateTime(), dialect)
        self.day = _processor(Date(), dialect)
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.tables: dict[str, Table] = {}

    def add(self, table: Any, row: dict[str, Any]) -> None:
        name = table.name
        if name not in self.pending:
            self.pending[name] = []
            self.tables[name] = table
        self.pending[name].append(row)

    def flush(self) -> None:
        for name, rows in self.pending.items():  # in the order first added: parents before children
            if rows:
                bulk_insert(self.connection, self.tables[name], rows)
            self.created[name] += len(rows)
            rows.clear()


def bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """executemany straight on the driver; every row has the keys of the first, values in driver form.

    ``connection.execute(insert(table), rows)`` spends most of its time building and converting
    parameters row by row; here that is done once per distinct value by the caller.
    """
    dialect = connection.dialect
    columns = [table.c[key] for key in rows[0]]
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    postgres = dialect.name == "postgresql"
    marks = [f"{mark}::JSON" if postgres and isinstance(c.type, JSON) else mark for c in columns]
    quote = dialect.identifier_preparer.quote
    sql = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) VALUES ({', '.join(marks)})"
    getter = itemgetter(*rows[0])  # every table here has two columns or more, so this gives tuples
    for start in range(0, len(rows), INSERT_BATCH):
        connection.exec_driver_sql(sql, list(map(getter, rows[start : start + INSERT_BATCH])))


class IdAllocator:
    """Next free id per table, assigned in Python so related rows can be linked before inserting."""

    def __init__(self, connection: Connection, tables: Iterable[Table]) -> None:
        self._next: dict[str, int] = {}
        for table in tables:
            top = connection.execute(select(func.max(table.c.id))).scalar()
            self._next[table.name] = int(top or 0) + 1

    def take(self, table: Any) -> int:
        value = self._next[table.name]
        self._next[table.name] = value + 1
        return value


def lock_tables(connection: Connection, tables: Iterable[Table]) -> None:
    """PostgreSQL: hold off other writers to these tables while ids are assigned in Python.

    (SQLite needs nothing: the write transaction began with BEGIN IMMEDIATE.)
    """
    if connection.dialect.name == "postgresql":
        names = ", ".join(table.name for table in tables)
        connection.execute(text(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"))


def sync_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """PostgreSQL: move the id sequences past ids assigned in Python, so later inserts do not collide."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
            )
        )


def record_changes(connection: Connection, created: Counter[str], now: datetime, client: str) -> None:
    """One change-feed entry per table written, so other team-mode clients refresh."""
    entries = [
        {"changed_at": now, "table_name": name, "row_id": None, "operation": "insert", "client": client}
        for name, count in sorted(created.items())
        if count
    ]
    if entries:
        connection.execute(insert(ChangeLog), entries)
