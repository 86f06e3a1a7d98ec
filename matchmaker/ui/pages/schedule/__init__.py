"""The Schedule page (grid, agendas and check-in, statistics, scheduler runs)."""

from .view import SchedulePage

__all__ = ["SchedulePage"]
