"""Registers the Partners page (the code lives in matchmaker.ui.partners) when the matcher is installed."""

import importlib.util

if importlib.util.find_spec("matchmaker.core.matching") is not None:
    from matchmaker.ui.partners.page import PartnersPage

    __all__ = ["PartnersPage"]
