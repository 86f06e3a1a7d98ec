"""The Event page (setup, participants, availability, meeting requests)."""

from .view import EventPage

__all__ = ["EventPage"]
