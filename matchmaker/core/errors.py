"""Errors that carry a message meant for the user.

Anything raised as a :class:`MatchmakerError` is shown to the user as-is (CLI:
one line on stderr, app: a message box). Anything else is a bug and is logged.
"""

from __future__ import annotations


class MatchmakerError(Exception):
    """An error with a message a user can act on."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class DatabaseRefused(MatchmakerError):
    """The database cannot be opened safely (foreign file, newer schema, ...)."""


class NotFound(MatchmakerError):
    """A named object (organisation, event, ...) does not exist."""


class ValidationFailed(MatchmakerError):
    """Input was rejected; nothing was written."""

    exit_code = 1


class Cancelled(MatchmakerError):
    """The user cancelled a long operation; nothing was written."""

    exit_code = 130
