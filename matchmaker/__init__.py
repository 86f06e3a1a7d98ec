"""Matchmaker: offline cross-border B2B partner matchmaking for business clusters."""

__version__ = "0.1.0"
