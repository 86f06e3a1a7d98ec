"""The database layer: engine, sessions, and migrations at startup."""

from .database import Database, open_database
from .url import describe_url, resolve_database_url

__all__ = ["Database", "describe_url", "open_database", "resolve_database_url"]
