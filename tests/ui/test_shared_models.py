"""The shared table model and the one sort/filter proxy: Qt's model checks, sorting, multi-column filters."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, Qt

from matchmaker.ui.models import FilterSortProxy, ObjectRole, RowTableModel, SortRole, TableColumn


class Org(NamedTuple):
    id: int
    name: str
    country: str
    founded: int | None
    clusters: frozenset[int]


class OrgModel(RowTableModel[Org]):
    NAME, COUNTRY, FOUNDED, CLUSTERS = range(4)
    columns = (
        TableColumn("Name", lambda r: r.name),
        TableColumn("Country", lambda r: r.country),
        TableColumn("Founded", lambda r: r.founded, align_right=True),
        TableColumn("Clusters", lambda r: r.clusters, display=lambda v: str(len(v))),
    )


ROWS = [
    Org(1, "Šiaurės Žvaigždė UAB", "LT", 2004, frozenset({1})),
    Org(2, "Łódź Animation", "PL", 1999, frozenset({2, 3})),
    Org(3, "Aalborg Sound", "DK", None, frozenset()),
    Org(4, "Nordlys Film", "NO", 2011, frozenset({3})),
    Org(5, "Vilnius Cloud", "LT", 2015, frozenset({1, 3})),
]


def _proxy() -> tuple[OrgModel, FilterSortProxy]:
    model = OrgModel()
    model.set_rows(ROWS)
    proxy = FilterSortProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _names(proxy: FilterSortProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_models_pass_qt_model_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, proxy = _proxy()
    qtmodeltester.check(model)
    proxy.set_text_filter("lt")
    proxy.sort(OrgModel.FOUNDED, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_text_filter("nothing matches this")
    qtmodeltester.check(proxy)


def test_roles_return_native_values_and_the_row(qapp) -> None:  # type: ignore[no-untyped-def]
    _, proxy = _proxy()
    index = proxy.index(1, OrgModel.FOUNDED)
    assert index.data(SortRole) == 1999 and index.data() == "1999"
    assert index.data(ObjectRole) is ROWS[1]
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert proxy.index(0, OrgModel.CLUSTERS).data() == "1"
    assert proxy.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert proxy.index(99, 0) == QModelIndex()


def test_text_filter_ignores_case_and_accents_and_needs_every_word(qapp) -> None:  # type: ignore[no-untyped-def]
    _, proxy = _proxy()
    counts: list[tuple[int, int]] = []
    proxy.filtered.connect(lambda shown, total: counts.append((shown, total)))
    proxy.set_text_filter("siaures")
    assert _names(proxy) == ["Šiaurės Žvaigždė UAB"]
    proxy.set_text_filter("lodz")
    assert _names(proxy) == ["Łódź Animation"]
    proxy.set_text_filter("film no")
    assert _names(proxy) == ["Nordlys Film"]
    proxy.set_text_filter("")
    assert proxy.rowCount() == 5 and counts[-1] == (5, 5)
    # Typing one more letter narrows from what is visible.
    proxy.set_text_filter("vi")
    proxy.set_text_filter("vil")
    assert _names(proxy) == ["Vilnius Cloud"]
    proxy.set_text_filter("vi")
    assert set(_names(proxy)) == {"Vilnius Cloud"}


def test_column_filters_combine_and_set_columns_match_any(qapp) -> None:  # type: ignore[no-untyped-def]
    _, proxy = _proxy()
    proxy.set_column_filter("country", OrgModel.COUNTRY, {"LT", "NO"})
    assert set(_names(proxy)) == {"Šiaurės Žvaigždė UAB", "Nordlys Film", "Vilnius Cloud"}
    proxy.set_column_filter("cluster", OrgModel.CLUSTERS, {3})
    assert set(_names(proxy)) == {"Nordlys Film", "Vilnius Cloud"}
    proxy.set_filter("young", lambda r: (r.founded or 0) > 2012)
    assert _names(proxy) == ["Vilnius Cloud"]
    proxy.set_column_filter("country", OrgModel.COUNTRY, None)
    proxy.set_filter("young", None)
    assert set(_names(proxy)) == {"Łódź Animation", "Nordlys Film", "Vilnius Cloud"}
    proxy.clear_filters()
    assert proxy.rowCount() == 5 and not proxy.has_filters()


def test_sorting_by_native_values_keeps_selection_rows(qapp) -> None:  # type: ignore[no-untyped-def]
    model, proxy = _proxy()
    proxy.sort(OrgModel.FOUNDED)
    assert _names(proxy)[:2] == ["Łódź Animation", "Šiaurės Žvaigždė UAB"] and _names(proxy)[-1] == "Aalborg Sound"
    proxy.sort(OrgModel.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Vilnius Cloud", "Šiaurės Žvaigždė UAB", "Nordlys Film", "Łódź Animation", "Aalborg Sound"]
    # Editing a row updates it in place, and the proxy tells the view.
    changed: list[int] = []
    proxy.dataChanged.connect(lambda tl, br, *_: changed.append(tl.row()))
    model.update_row(3, ROWS[3]._replace(name="Nordlys Film AS"))
    assert changed == [2] and proxy.index(2, 0).data() == "Nordlys Film AS"
    assert proxy.row_of(lambda r: r.id == 4) == 2
    assert proxy.object_at(0).id == 5


def test_source_reset_refilters(qapp) -> None:  # type: ignore[no-untyped-def]
    model, proxy = _proxy()
    proxy.set_column_filter("country", OrgModel.COUNTRY, {"LT"})
    model.set_rows([*ROWS, Org(6, "Kaunas Games", "LT", 2020, frozenset())])
    assert set(_names(proxy)) == {"Šiaurės Žvaigždė UAB", "Vilnius Cloud", "Kaunas Games"}


def test_earlier_text_results_are_reused_only_while_nothing_else_changed(qapp) -> None:  # type: ignore[no-untyped-def]
    model, proxy = _proxy()
    proxy.set_text_filter("l")
    first = proxy.visible_objects()
    proxy.set_text_filter("lo")
    proxy.set_text_filter("l")  # Backspace: the kept result, the same rows in the same order
    assert proxy.visible_objects() == first
    proxy.set_column_filter("country", OrgModel.COUNTRY, {"LT"})  # another filter: kept results are dropped
    proxy.set_column_filter("country", OrgModel.COUNTRY, None)
    model.update_row(3, ROWS[3]._replace(name="Nordsken Studio"))  # no "l" any more
    proxy.set_text_filter("lo")
    proxy.set_text_filter("l")
    assert "Nordsken Studio" not in [r.name for r in proxy.visible_objects()]
    assert [r.name for r in proxy.visible_objects()] == [r.name for r in first if r.id != 4]
    model.set_rows([*ROWS, Org(6, "Klaipėda Labs", "LT", 2020, frozenset())])  # a reset refilters from scratch
    proxy.set_text_filter("la")
    proxy.set_text_filter("l")
    assert "Klaipėda Labs" in [r.name for r in proxy.visible_objects()]


def test_plain_text_delegate_paints_elided_text_alignment_and_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QTableView

    from matchmaker.ui.models.delegate import PlainTextDelegate

    _, proxy = _proxy()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setItemDelegate(PlainTextDelegate(view))
    view.resize(420, 200)
    view.setColumnWidth(0, 60)  # too narrow for the names: elided
    view.show()
    view.selectRow(1)
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    row_1 = view.visualRect(proxy.index(1, 0))
    assert QColor(image.pixel(row_1.left() + 1, row_1.center().y())) == highlight

    def ink(rect) -> list[int]:  # type: ignore[no-untyped-def]
        """x of the dark pixels (text) in a cell."""
        return [x for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
                if QColor(image.pixel(x, y)).lightness() < 100]  # fmt: skip

    name = ink(view.visualRect(proxy.index(0, 0)))
    assert name and max(name) <= view.visualRect(proxy.index(0, 0)).right()  # clipped by eliding, not overflowing
    founded = view.visualRect(proxy.index(0, OrgModel.FOUNDED))
    digits = ink(founded)
    assert digits and min(digits) > founded.center().x()  # right-aligned numbers


def test_column_filters_see_edited_and_added_rows(qapp) -> None:  # type: ignore[no-untyped-def]
    model, proxy = _proxy()
    proxy.set_column_filter("country", OrgModel.COUNTRY, {"LT"})
    assert {r.id for r in proxy.visible_objects()} == {1, 5}
    model.update_row(1, ROWS[1]._replace(country="LT"))  # Łódź moves to LT
    proxy.set_column_filter("cluster", OrgModel.CLUSTERS, {2, 1})  # any refilter reads the new values
    assert {r.id for r in proxy.visible_objects()} == {1, 2, 5}
    model.set_rows([*ROWS, Org(6, "Kaunas Games", "LT", 2020, frozenset({2}))])
    assert {r.id for r in proxy.visible_objects()} == {1, 5, 6}
    proxy.set_filter("cluster", None)  # removing a column filter by key, as for a predicate
    proxy.set_filter("country", None)
    assert proxy.rowCount() == 6 and not proxy.has_filters()
