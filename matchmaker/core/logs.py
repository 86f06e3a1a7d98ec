"""Logging to a rotating file in the user log folder, with secrets masked."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from .paths import log_dir

_URL_PASSWORD = re.compile(r"(\w+(?:\+\w+)?://[^:/@\s]+:)[^@\s]+@")


class SecretMaskingFilter(logging.Filter):
    """Replaces passwords in URLs with *** in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _URL_PASSWORD.sub(r"\1***@", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def configure_logging(level: int = logging.INFO) -> Path:
    """Send Matchmaker's logs to ``matchmaker.log`` in the user log folder; returns its path."""
    folder = log_dir()
    path = folder / "matchmaker.log"
    root = logging.getLogger("matchmaker")
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(SecretMaskingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return path
