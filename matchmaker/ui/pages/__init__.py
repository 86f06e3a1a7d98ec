"""The page registry: the main window shows one navigation entry per registered page.

A page is a QWidget subclass with class attributes ``page_id`` (stable, used in settings and
objectNames), ``title`` (English, marked with ``QT_TRANSLATE_NOOP("Page", ...)``), ``icon_name``
(an SVG in resources/icons/) and ``order`` (position in the navigation). It is constructed as
``Page(ctx, parent)`` and owns its controller. To add one, put a module in this package that
decorates its class with :func:`register_page` (modules here are imported automatically), e.g.::

    from PySide6.QtCore import QT_TRANSLATE_NOOP
    from matchmaker.ui.pages import Page, register_page

    @register_page
    class EventPage(Page):
        page_id = "event"
        title = str(QT_TRANSLATE_NOOP("Page", "Event"))
        icon_name = "event"
        order = 40
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from matchmaker.ui.context import AppContext

log = logging.getLogger(__name__)

#: Registered page classes, in registration order (the window sorts them by ``order``).
PAGES: list[type[Page]] = []

P = TypeVar("P", bound="type[Page]")


class Page(QWidget):
    """Base of every page; subclasses build their widgets in ``__init__``."""

    page_id: ClassVar[str] = ""
    title: ClassVar[str] = ""
    icon_name: ClassVar[str] = "page"
    order: ClassVar[int] = 100

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.page_id}")

    @classmethod
    def display_title(cls) -> str:
        """The title in the interface language."""
        return QCoreApplication.translate("Page", cls.title)

    def activated(self) -> None:
        """Called each time the page is shown; refresh lazily here."""

    def save_state(self) -> None:
        """Called before the window closes; store splitter sizes and the like in ``ctx.settings``."""


def register_page(cls: P) -> P:
    """Class decorator: add ``cls`` to the navigation (once)."""
    if not cls.page_id:
        raise ValueError(f"{cls.__name__} needs a page_id")
    if any(existing.page_id == cls.page_id and existing is not cls for existing in PAGES):
        raise ValueError(f"Two pages use the page_id {cls.page_id!r}")
    if cls not in PAGES:
        PAGES.append(cls)
    return cls


def discover_pages() -> list[type[Page]]:
    """Import every module of this package (so they register) and return the pages in order."""
    for info in pkgutil.iter_modules(__path__):
        try:
            importlib.import_module(f"{__name__}.{info.name}")
        except Exception:  # one broken page must not take the whole app down
            log.exception("could not load the page module %s", info.name)
    return sorted(PAGES, key=lambda page: page.order)
