"""Screenshots of the organiser pages on the demo data, into docs/screenshots/ (offscreen, no display needed).

Usage: python tools/screenshots.py [--out docs/screenshots] [--pages organisations,clusters,partners]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--pages", default="organisations,organisation-editor,clusters,partners,organisations-dark")
    args = parser.parse_args()
    wanted = args.pages.split(",")
    home = Path(tempfile.mkdtemp(prefix="mm_shots_"))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):
        os.environ[var] = str(home / sub)  # never touch the user's own settings

    from sqlalchemy import select

    from matchmaker.core.demo import load_demo
    from matchmaker.core.model import Cluster, Organisation, Participation
    from matchmaker.core.progress import run_job
    from matchmaker.db import open_database
    from matchmaker.ui.app import apply_theme, ensure_application, make_context
    from matchmaker.ui.main_window import MainWindow
    from matchmaker.ui.settings import app_settings

    app = ensure_application([])
    apply_theme(app, "light")
    database = open_database(str(home / "demo.db"))
    with database.transaction() as session:
        run_job(load_demo(session))
    ctx = make_context(database, app_settings(), synchronous=True)
    window = MainWindow(ctx)
    window.resize(1360, 820)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        for _ in range(5):
            loop.processEvents()

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    with database.session() as session:
        focus = session.scalar(select(Organisation.id).where(Organisation.name == "Vilnius Film Cluster"))
        nebula = session.scalar(select(Cluster.id).where(Cluster.name == "Multimedia Cluster Nebula"))
        participant = session.scalar(
            select(Organisation.id).join(Participation, Participation.organisation_id == Organisation.id)
            .where(Organisation.country == "LT").order_by(Organisation.name).limit(1)
        )  # fmt: skip
    if "organisations" in wanted or "organisation-editor" in wanted:
        page = window.show_page("organisations")
        page.select_organisation(int(focus))  # type: ignore[attr-defined]
        if "organisations" in wanted:
            save(window, "organisations")
        if "organisation-editor" in wanted:
            editor = page.open_editor(page.controller.profile(int(focus)))  # type: ignore[attr-defined]
            editor.resize(820, 640)
            editor.tabs.setCurrentIndex(1)
            editor.picker.search.setText("post")
            editor.show()
            save(editor, "organisation-editor")
            editor.close()
    if "clusters" in wanted:
        page = window.show_page("clusters")
        page.select_cluster(int(nebula))  # type: ignore[attr-defined]
        save(window, "clusters")
    if "partners" in wanted:
        try:
            import matchmaker.core.matching  # noqa: F401
        except ImportError:
            print("partners: the matcher is not installed here; skipped", file=sys.stderr)
        else:
            page = window.show_page("partners")
            page.set_organisation(int(participant))  # type: ignore[attr-defined]
            rows = page.proxy.visible_objects()  # type: ignore[attr-defined]
            for row in rows[1:3]:  # a shortlist, so the panel shows what it is for
                page.select_partner(row.partner_id)  # type: ignore[attr-defined]
                page.shortlist_selected()  # type: ignore[attr-defined]
            page.select_partner(rows[0].partner_id)  # type: ignore[attr-defined]
            save(window, "partners")
    if "organisations-dark" in wanted:
        apply_theme(app, "dark")
        dark = MainWindow(ctx)
        dark.resize(1360, 820)
        dark.show()
        page = dark.show_page("organisations")
        page.select_organisation(int(focus))  # type: ignore[attr-defined]
        save(dark, "organisations-dark")
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
