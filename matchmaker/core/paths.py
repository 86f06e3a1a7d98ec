"""Where Matchmaker keeps its data, settings and shipped files."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "matchmaker"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The per-user data folder (databases, backups, caches)."""
    return platformdirs.user_data_path(APP_NAME)


def config_dir() -> Path:
    """The per-user settings folder."""
    return platformdirs.user_config_path(APP_NAME)


def log_dir() -> Path:
    """The per-user log folder."""
    return platformdirs.user_log_path(APP_NAME)


def default_database_path() -> Path:
    """The SQLite file used when neither ``--db`` nor ``MATCHMAKER_DB`` is given."""
    return data_dir() / "matchmaker.db"


def shipped_dir(name: str) -> Path:
    """A top-level data folder (``migrations``, ``resources``, ``seeds``).

    In a wheel these live in ``matchmaker/_data/``; in a checkout they sit at the
    repository root next to the package.
    """
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Matchmaker's '{name}' folder is missing from the installation")
