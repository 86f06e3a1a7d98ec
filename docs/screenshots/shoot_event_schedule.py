"""Screenshots of the Event and Schedule pages on the demo data (docs/screenshots/event.png, schedule.png).

Run from a checkout:  QT_QPA_PLATFORM=offscreen python docs/screenshots/shoot_event_schedule.py
It works on a throwaway database in a temporary folder and never touches user data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from matchmaker.core.demo import load_demo
    from matchmaker.core.progress import run_job
    from matchmaker.db import open_database
    from matchmaker.ui.app import make_context
    from matchmaker.ui.main_window import MainWindow
    from matchmaker.ui.pages.event import EventPage
    from matchmaker.ui.pages.schedule import SchedulePage

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "demo.db"))
        with database.transaction() as session:
            event_id = run_job(load_demo(session)).event_id
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        ctx = make_context(database, settings, synchronous=True)
        window = MainWindow(ctx)
        window.resize(1440, 860)
        window.show()
        ctx.select_event(int(event_id or 0))

        event = window.show_page("event")
        assert isinstance(event, EventPage)
        event.tabs.setCurrentIndex(3)  # the meeting requests
        event.requests_view.selectRow(2)
        app.processEvents()
        window.grab().save(str(HERE / "event.png"))

        schedule = window.show_page("schedule")
        assert isinstance(schedule, SchedulePage)
        schedule.controller.run(time_limit=20)
        schedule.tabs.setCurrentIndex(0)
        meeting = schedule.grid_model.index(1, 1)
        schedule.grid.setCurrentIndex(meeting)
        app.processEvents()
        window.grab().save(str(HERE / "schedule.png"))
        for index, name in ((1, "schedule-participants"), (2, "schedule-statistics"), (3, "schedule-last-run")):
            schedule.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(HERE / f"{name}.png"))
        for index, name in ((0, "event-setup"), (2, "event-availability")):
            window.show_page("event")
            event.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(HERE / f"{name}.png"))
        window.close()
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
