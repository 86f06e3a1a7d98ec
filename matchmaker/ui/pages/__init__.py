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

The built-in pages are listed in :data:`BUILT_IN` as :class:`LazyPage` entries instead: the window
shows their navigation entries at once and imports a page's module only when the page is first
shown, so start-up never loads OR-Tools, pandas, openpyxl or icalendar (the Schedule and Exports
pages need them). An entry's page_id, title, icon and order must equal its class's (checked on load).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
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


@dataclass(frozen=True)
class LazyPage:
    """A page known by its navigation data; its module (``target``, "module:Class") is imported on first build."""

    page_id: str
    title: str
    icon_name: str
    order: int
    target: str

    def display_title(self) -> str:
        """The title in the interface language."""
        return QCoreApplication.translate("Page", self.title)

    def load(self) -> type[Page]:
        """Import the page class; refuses one whose navigation data differ from this entry's."""
        module_name, _, class_name = self.target.partition(":")
        page_class: type[Page] = getattr(importlib.import_module(module_name), class_name)
        ours = (self.page_id, self.title, self.icon_name, self.order)
        theirs = (page_class.page_id, page_class.title, page_class.icon_name, page_class.order)
        if ours != theirs:
            raise ValueError(f"{self.target} has page data {theirs}, its registry entry says {ours}")
        return page_class

    def __call__(self, ctx: AppContext, parent: QWidget | None = None) -> Page:
        return self.load()(ctx, parent)


#: What the window needs of a page before building it: a Page subclass, or a LazyPage standing in for one.
PageType = type[Page] | LazyPage

#: The built-in pages. Their modules are imported when first shown (see the module docstring).
BUILT_IN: tuple[LazyPage, ...] = (
    LazyPage("organisations", str(QT_TRANSLATE_NOOP("Page", "Organisations")), "organisations", 10,
             "matchmaker.ui.organisations.page:OrganisationsPage"),
    LazyPage("clusters", str(QT_TRANSLATE_NOOP("Page", "Clusters")), "clusters", 20,
             "matchmaker.ui.clusters.page:ClustersPage"),
    LazyPage("partners", str(QT_TRANSLATE_NOOP("Page", "Partners")), "partners", 30,
             "matchmaker.ui.partners.page:PartnersPage"),
    LazyPage("event", str(QT_TRANSLATE_NOOP("Page", "Event")), "event", 40,
             "matchmaker.ui.pages.event.view:EventPage"),
    LazyPage("schedule", str(QT_TRANSLATE_NOOP("Page", "Schedule")), "schedule", 50,
             "matchmaker.ui.pages.schedule.view:SchedulePage"),
    LazyPage("exports", str(QT_TRANSLATE_NOOP("Page", "Exports")), "exports", 80,
             "matchmaker.ui.pages.exports:ExportsPage"),
)  # fmt: skip


def discover_pages() -> list[PageType]:
    """The built-in pages plus every page registered by the other modules of this package, in order."""
    skip = {entry.page_id for entry in BUILT_IN}  # this package's modules named after one hold or re-export it
    for info in pkgutil.iter_modules(__path__):
        if info.name in skip:
            continue
        try:
            importlib.import_module(f"{__name__}.{info.name}")
        except Exception:  # one broken page must not take the whole app down
            log.exception("could not load the page module %s", info.name)
    built_in = {entry.page_id for entry in BUILT_IN}
    pages: list[PageType] = [*BUILT_IN, *(page for page in PAGES if page.page_id not in built_in)]
    return sorted(pages, key=lambda page: page.order)


def prewarm_when_idle(ctx: AppContext, pages: list[PageType], parent: QObject) -> QTimer:
    """Once no background work is running (the first table has loaded), import the lazily listed pages' modules
    on a worker, so a page's first show only builds its widgets (the imports were 50–200 ms of it).

    Pure-Python imports share the GIL in short slices, so the UI thread stays responsive meanwhile."""
    modules = [page.target.partition(":")[0] for page in pages if isinstance(page, LazyPage)]
    timer = QTimer(parent)
    timer.setInterval(250)

    def import_all() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the page's own first show reports it
                log.exception("could not import the page module %s ahead of time", name)

    def check() -> None:
        if ctx.tasks.pool.activeThreadCount() == 0:
            timer.stop()
            ctx.tasks.run(import_all)

    timer.timeout.connect(check)
    if modules:
        timer.start()
    return timer
