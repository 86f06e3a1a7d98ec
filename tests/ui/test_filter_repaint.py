"""Type-to-filter repaints the organisations table once per keystroke, with the lean cell painter."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop

from matchmaker.ui.models.delegate import PlainTextDelegate
from matchmaker.ui.organisations.page import OrganisationsPage


def _settle() -> None:
    loop = QEventLoop()
    for _ in range(3):
        loop.processEvents()


def test_each_filter_change_paints_the_visible_cells_once(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    page = OrganisationsPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.controller.loading and page.proxy.rowCount() > 0)
    _settle()
    delegate = page.table.itemDelegate()
    assert isinstance(delegate, PlainTextDelegate)
    painted: list[tuple[int, int]] = []
    paint = delegate.paint

    def counting(painter, option, index) -> None:  # type: ignore[no-untyped-def]
        painted.append((index.row(), index.column()))
        paint(painter, option, index)

    delegate.paint = counting  # type: ignore[method-assign]
    for text in ("a", "aa", "a", "", "vilnius", "zzzz-no-such-organisation"):
        painted.clear()
        page.search.setText(text)
        _settle()
        rows = page.proxy.rowCount()
        assert len(painted) == len(set(painted)), f"{text!r}: cells painted more than once"
        assert {row for row, _ in painted} <= set(range(rows))
        assert bool(painted) == bool(rows)  # what is shown was painted
