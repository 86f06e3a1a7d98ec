"""Desktop app entry point."""

from __future__ import annotations


def run_app(db_option: str | None = None, catalogue: str | None = None) -> int:
    """Open the main window on the chosen database; returns the exit code."""
    import sys

    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("Matchmaker")
    label.show()
    return int(app.exec())
