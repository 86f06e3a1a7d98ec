"""File ▸ Connect to Team Database: a PostgreSQL address, and the password asked for separately.

The password is never stored and never logged: the settings keep the address without it, a
password typed into the address is moved to the password field, and messages show the address
masked. The connection is tried before the dialog closes, so a wrong address or password is
reported where it can be fixed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from matchmaker.core.errors import MatchmakerError
from matchmaker.db import open_database, resolve_database_url

from .dialogs import error_text

if TYPE_CHECKING:
    from .change_watcher import ChangeWatcher
    from .main_window import MainWindow

URL_KEY = "team/url"
EXAMPLE = "postgresql://organiser@db.example.org:5432/matchmaker"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def without_password(url: URL) -> str:
    """The URL as text with no password at all (``URL.set(password=None)`` would keep it)."""
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)


def team_url(address: str, password: str) -> URL:
    """The PostgreSQL URL for an address and a password; raises MatchmakerError for anything else."""
    text = address.strip()
    if not text:
        raise MatchmakerError(tr("Enter the address of the team database, for example %s") % EXAMPLE)
    if "://" not in text:
        if text.startswith(("/", "~", ".")) or text.lower().endswith((".db", ".sqlite", ".sqlite3")):
            raise MatchmakerError(tr("A team database is a PostgreSQL address, for example %s") % EXAMPLE)
        text = "postgresql://" + text
    url = resolve_database_url(text)
    if url.get_backend_name() != "postgresql":
        raise MatchmakerError(tr("A team database is a PostgreSQL address, for example %s") % EXAMPLE)
    if not url.database:
        raise MatchmakerError(tr("Add the database name to the address, for example …:5432/matchmaker"))
    if password:
        url = url.set(password=password)
    return url.update_query_dict({"connect_timeout": url.query.get("connect_timeout", "10")})


class TeamDialog(QDialog):
    """Asks for the address and password; on Connect tries them. ``url`` holds the accepted URL."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.url: URL | None = None
        self.setObjectName("team_dialog")
        self.setWindowTitle(tr("Connect to Team Database"))
        self.setMinimumWidth(520)
        intro = QLabel(tr("Work together on one PostgreSQL database. Everyone sees the others' changes "
                          "within seconds; two edits of the same record never overwrite each other."))  # fmt: skip
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.address = QLineEdit(str(settings.value(URL_KEY, "") or ""))
        self.address.setObjectName("team_address")
        self.address.setPlaceholderText(EXAMPLE)
        self.address.editingFinished.connect(self._move_password_out_of_address)
        self.password = QLineEdit()
        self.password.setObjectName("team_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("asked each time, never stored"))
        self.remember = QCheckBox(tr("Remember the address (never the password)"))
        self.remember.setObjectName("team_remember")
        self.remember.setChecked(True)
        self.message = QLabel()
        self.message.setObjectName("team_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # server messages are not markup
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight);")
        form = QFormLayout()
        form.addRow(tr("&Address:"), self.address)
        form.addRow(tr("&Password:"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("team_connect")
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.address.text() else self.address).setFocus()

    def _move_password_out_of_address(self) -> None:
        """'postgresql://me:secret@host/db' -> address without 'secret', which goes to the password field."""
        try:
            url = resolve_database_url(self.address.text().strip())
        except MatchmakerError:
            return
        if url.password:
            self.password.setText(str(url.password))
            self.address.setText(without_password(url))

    def try_connect(self) -> bool:
        """Try the address and password; accept the dialog when the database opens."""
        self._move_password_out_of_address()
        try:
            url = team_url(self.address.text(), self.password.text())
        except MatchmakerError as exc:
            self.message.setText(exc.message)
            return False
        self.message.setText(tr("Connecting…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            open_database(url).close()  # creates or upgrades the schema, like opening a file does
        except Exception as exc:
            message, _ = error_text(exc)
            self.message.setText(message.replace(str(url.password or "\0"), "***"))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.remember.isChecked():
            self.settings.setValue(URL_KEY, without_password(url))
        self.url = url
        self.accept()
        return True


def connect_to_team(window: MainWindow) -> bool:
    """Ask for a team database and open it in place of the current one; True if the user connected."""
    dialog = TeamDialog(window.ctx.settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.url is None:
        return False
    # The shell opens it; a URL holding a password is never put in the recent-files list.
    window.open_database_requested.emit(dialog.url.render_as_string(hide_password=False))
    return True


def install_team_mode(window: MainWindow) -> ChangeWatcher:
    """Add File ▸ Connect to Team Database and File ▸ Restore Backup; start watching for the others' changes."""
    from .change_watcher import ChangeWatcher

    action = window.add_action("connect_team", tr("Connect to &Team Database…"))
    action.setToolTip(tr("Open a shared PostgreSQL database; the password is asked for and never stored"))
    window.menu("file").insertAction(window.file_menu_tail, action)
    action.triggered.connect(lambda: connect_to_team(window))
    from .backup_dialog import restore_from_backup

    restore = window.add_action("restore_backup", tr("&Restore Backup…"))
    window.menu("file").insertAction(window.file_menu_tail, restore)
    restore.triggered.connect(lambda: restore_from_backup(window))
    if window.ctx.database.backend != "sqlite":
        restore.setEnabled(False)
        restore.setToolTip(tr("Automatic backups are for SQLite files; back up a team database with pg_dump"))
    watcher = ChangeWatcher(window.ctx, window)
    watcher.start()
    return watcher
