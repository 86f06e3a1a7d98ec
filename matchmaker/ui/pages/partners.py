"""Registers the Partners page (the code lives in matchmaker.ui.partners)."""

from matchmaker.ui.partners.page import PartnersPage

__all__ = ["PartnersPage"]
