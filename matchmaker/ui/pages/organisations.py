"""Registers the Organisations page (the code lives in matchmaker.ui.organisations)."""

from matchmaker.ui.organisations.page import OrganisationsPage

__all__ = ["OrganisationsPage"]
