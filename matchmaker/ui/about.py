"""The About dialog: version, database, Qt and Python versions, where data and logs live."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from matchmaker import __version__
from matchmaker.core.logs import configure_logging
from matchmaker.core.paths import config_dir, data_dir

from .context import AppContext
from .icons import icon


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("About Matchmaker"))
        logo = QLabel()
        logo.setPixmap(icon("matchmaker").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(f"<h2>Matchmaker {__version__}</h2>")
        blurb = QLabel(
            tr(
                "Cross-border B2B partner matchmaking and meeting scheduling for business clusters "
                "around the Baltic Sea. Works offline."
            )
        )
        blurb.setWordWrap(True)
        names = (tr("Database"), tr("Data folder"), tr("Settings"), tr("Log file"))  # outside f-strings: lupdate
        facts = QLabel(
            "<table cellspacing=4>"
            f"<tr><td>{names[0]}</td><td>{escape(ctx.database.display_url)}</td></tr>"
            f"<tr><td>{names[1]}</td><td>{escape(str(data_dir()))}</td></tr>"
            f"<tr><td>{names[2]}</td><td>{escape(str(config_dir()))}</td></tr>"
            f"<tr><td>{names[3]}</td><td>{escape(str(configure_logging()))}</td></tr>"
            f"<tr><td>Qt / PySide6</td><td>{qVersion()} / {pyside_version}</td></tr>"
            f"<tr><td>Python</td><td>{platform.python_version()}</td></tr>"
            "</table>"
        )
        facts.setObjectName("about_facts")
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        for widget in (heading, blurb, facts):
            text.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
