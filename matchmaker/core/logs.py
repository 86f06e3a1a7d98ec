"""Logging to a rotating file in the user log folder, with secrets masked."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from .paths import log_dir

_URL_PASSWORD = re.compile(r"(\w+(?:\+\w+)?://[^:/@\s]+:)[^@\s]+@")
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]{2,}")
_PASSWORD_WORD = re.compile(r"(?i)(password\s*[=:]\s*)\S+")


def mask_secrets(text: str) -> str:
    """Passwords in URLs and 'password=...' become ***, e-mail addresses (personal data) ***@***."""
    text = _URL_PASSWORD.sub(r"\1***@", text)
    text = _PASSWORD_WORD.sub(r"\1***", text)
    return _EMAIL.sub("***@***", text)


class SecretMaskingFilter(logging.Filter):
    """Masks passwords and e-mail addresses in every record, tracebacks included."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            # Exception texts often quote what failed (a URL, a row); format and mask them here.
            record.exc_text = mask_secrets(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = mask_secrets(record.exc_text)
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
