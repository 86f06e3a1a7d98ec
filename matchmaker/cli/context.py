"""What a command handler gets: the chosen database (opened lazily) and the output streams."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TextIO

from matchmaker.db import Database, open_database


@dataclass
class CliContext:
    db_option: str | None
    stdout: TextIO
    stderr: TextIO
    _database: Database | None = field(default=None, repr=False)
    _last_progress: float = field(default=0.0, repr=False)

    def database(self) -> Database:
        """The database from --db / MATCHMAKER_DB / default, created or upgraded on first use."""
        if self._database is None:
            self._database = open_database(self.db_option)
            report = self._database.report
            if report is not None and report.upgraded and not report.created:
                self.stderr.write(f"Upgraded the database schema {report.before} -> {report.after}")
                self.stderr.write(f" (backup: {report.backup})\n" if report.backup else "\n")
        return self._database

    def print(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def progress(self, text: str, *, force: bool = False) -> None:
        """A progress line on stderr, at most a few per second."""
        now = time.monotonic()
        if force or now - self._last_progress >= 0.25:
            self._last_progress = now
            self.stderr.write(text + "\n")
            self.stderr.flush()

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
