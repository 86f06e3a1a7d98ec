"""Test-only fault injection: named pause points inside write windows, for the kill tests.

A kill test sets ``MATCHMAKER_TEST_PAUSE`` to one or more point names (comma-separated). When the
code reaches such a point it prints ``MATCHMAKER-PAUSED <name>`` on stderr and sleeps
(``MATCHMAKER_TEST_PAUSE_SECONDS``, default 60), so the test can wait for the marker and ``kill -9``
the process exactly inside the window: a transaction with all its rows written but not committed,
or an export file written under its temporary name but not yet renamed onto the target.

Unset (always, outside tests) a point costs one dictionary look-up and does nothing.

Points (see :data:`POINTS`):

- ``import.commit``: an import has flushed every row, before its transaction commits;
- ``schedule.commit``: a scheduler run has written its ScheduleRun and every meeting, before commit;
- ``catalogue.commit``: a publication is recorded and its file written under a temporary name,
  before the transaction commits (the rename follows the commit);
- ``export.rename``: an export file (problem/solution JSON, CSV/XLSX, PDF, iCalendar) is complete
  under its temporary name, before it is renamed onto the target.
"""

from __future__ import annotations

import os
import sys
import time

ENV = "MATCHMAKER_TEST_PAUSE"
SECONDS_ENV = "MATCHMAKER_TEST_PAUSE_SECONDS"
MARKER = "MATCHMAKER-PAUSED"
POINTS = ("import.commit", "schedule.commit", "catalogue.commit", "export.rename")


def pause_point(name: str) -> None:
    """If ``name`` is one of the points in ``$MATCHMAKER_TEST_PAUSE``: say so on stderr and sleep."""
    wanted = os.environ.get(ENV)
    if not wanted or name not in wanted.split(","):
        return
    sys.stderr.write(f"{MARKER} {name} pid={os.getpid()}\n")
    sys.stderr.flush()
    time.sleep(float(os.environ.get(SECONDS_ENV, "60")))
