"""Settings in the per-user config folder (platformdirs), and the recent-databases list."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from matchmaker.core.paths import config_dir

RECENT_KEY = "files/recent"
MAX_RECENT = 8


def app_settings() -> QSettings:
    """The app's settings file: ``<config dir>/matchmaker.ini`` (tests point the config dir at a temp folder)."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "matchmaker.ini"), QSettings.Format.IniFormat)


def recent_databases(settings: QSettings) -> list[str]:
    return settings_list(settings, RECENT_KEY)


def settings_list(settings: QSettings, key: str) -> list[str]:
    """A list of strings from the settings (QSettings returns a lone string for a one-item list)."""
    value = settings.value(key, [])
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value if item]
    return []


def remember_database(settings: QSettings, option: str) -> list[str]:
    """Put ``option`` first in the recent list; returns the new list."""
    items = [option] + [item for item in recent_databases(settings) if item != option]
    settings.setValue(RECENT_KEY, items[:MAX_RECENT])
    return items[:MAX_RECENT]


def forget_database(settings: QSettings, option: str | None = None) -> None:
    """Remove one entry, or all of them."""
    items = [] if option is None else [item for item in recent_databases(settings) if item != option]
    settings.setValue(RECENT_KEY, items)
