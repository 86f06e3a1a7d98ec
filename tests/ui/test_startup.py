"""Start-up stays lean: the window opens without the heavy libraries, and lazily listed pages still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from matchmaker.core.model import Organisation
from matchmaker.db import Database
from matchmaker.ui.main_window import MainWindow
from matchmaker.ui.pages import BUILT_IN, LazyPage, Page, discover_pages

REPO = Path(__file__).resolve().parents[2]
#: Libraries only some pages or actions need; each costs 0.1–0.7 s to import.
HEAVY = (
    *("ortools", "pandas", "numpy", "openpyxl", "icalendar", "sklearn", "scipy", "matplotlib", "alembic", "rapidfuzz"),
    *("matchmaker.core.documents", "matchmaker.core.scheduling", "matchmaker.core.matching"),
    "matchmaker.core.scheduling.solver",  # OR-Tools: only the scheduler's child process loads it
)

STARTUP = r"""
import json, sys
from PySide6.QtCore import QTimer
from matchmaker.ui.app import Shell, ensure_application
from matchmaker.ui.settings import app_settings
HEAVY = sys.argv[2:]
app = ensure_application([])
shell = Shell(app_settings())
window = shell.open(sys.argv[1])
state = {}
def done():
    page = window.current_page()
    if page is None or page.controller.loading:
        QTimer.singleShot(10, done)
        return
    state.setdefault("heavy_when_shown", sorted(m for m in sys.modules if m.split(".")[0] in HEAVY or m in HEAVY))
    if "matchmaker.ui.pages.exports" not in sys.modules:  # the other pages are imported once idle
        QTimer.singleShot(10, done)
        return
    window.ctx.tasks.wait()
    print(json.dumps({"page": page.objectName(), "rows": page.proxy.rowCount(), **state,
                      "heavy": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY or m in HEAVY)}))
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def test_the_window_opens_and_fills_the_first_page_without_the_heavy_libraries(sqlite_database: Database) -> None:
    with sqlite_database.transaction() as session:  # not empty: no first-run demo offer (a modal box)
        session.add(Organisation(name="Nordic Frame AS", name_key="nordic frame", country="NO"))
    path = sqlite_database.url.database
    assert path is not None
    sqlite_database.close()  # the fixture made it at head: the start-up is the usual one, no migration
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", STARTUP, path, *HEAVY], env=env, capture_output=True, text=True,
                         timeout=60, check=True)  # fmt: skip
    shown = json.loads(out.stdout.strip().splitlines()[-1])
    assert shown["page"] == "page_organisations" and shown["rows"] == 1
    assert shown["heavy_when_shown"] == []
    # Once idle, the other pages' modules are imported ahead of time: the Exports page brings the (light)
    # document data and rapidfuzz, the Schedule page the scheduler's problem and option types, but no big
    # library and never the solver itself (the app solves in a child process).
    light = ("rapidfuzz", "matchmaker.core.documents", "matchmaker.core.scheduling")
    assert [m for m in shown["heavy"] if m.split(".")[0] not in light and m not in light] == []
    assert "matchmaker.core.scheduling.solver" not in shown["heavy"]


def test_built_in_pages_load_their_classes_with_the_same_navigation_data() -> None:
    for entry in BUILT_IN:
        page_class = entry.load()
        assert issubclass(page_class, Page)
        assert (page_class.page_id, page_class.title, page_class.order) == (entry.page_id, entry.title, entry.order)


def test_an_entry_that_disagrees_with_its_class_is_refused() -> None:
    wrong = LazyPage("organisations", "Organisations", "organisations", 99,
                     "matchmaker.ui.organisations.page:OrganisationsPage")  # fmt: skip
    with pytest.raises(ValueError, match="registry entry"):
        wrong.load()


def test_each_page_is_listed_once_even_after_its_module_was_imported() -> None:
    for entry in BUILT_IN:
        entry.load()  # the classes register themselves too
    ids = [page.page_id for page in discover_pages()]
    assert ids == sorted(ids, key=[p.page_id for p in discover_pages()].index)
    assert len(ids) == len(set(ids))
    assert ids[:6] == ["organisations", "clusters", "partners", "event", "schedule", "exports"]


def test_a_lazy_page_is_built_on_first_show_with_its_object_name(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx, pages=[entry for entry in BUILT_IN if entry.page_id in ("clusters", "schedule")])
    qtbot.addWidget(window)
    assert window.findChild(Page, "page_schedule") is None  # not built yet: a placeholder stands in
    page = window.show_page("schedule")
    assert type(page).__name__ == "SchedulePage" and page.objectName() == "page_schedule"
    assert window.current_page() is page and window.page("schedule") is page
