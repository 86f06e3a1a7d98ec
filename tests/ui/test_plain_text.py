"""User text is shown literally: an organisation named "<b>x</b>" is never rendered as bold markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.model import Capability, Organisation, Person
from matchmaker.ui import dialogs
from matchmaker.ui.organisations.page import OrganisationsPage
from matchmaker.ui.plain import plain_tooltip

pytestmark = pytest.mark.gui
NAME = "<b>x</b>"


def _add_marked_up_organisation(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.database.transaction() as session:
        org = Organisation(
            name=NAME, country="LT", city="<i>Vilnius</i>", description="<img src='http://x/y.png'>&amp;"
        )
        org.people.append(Person(name="<u>Jonas</u>", email="jonas@example.org", consent_to_publish=True))
        session.add(org)
        session.flush()
        return org.id


def test_an_organisation_named_markup_shows_literally_on_its_page(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    _add_marked_up_organisation(ui_ctx)
    page = OrganisationsPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    row = page.proxy.row_of(lambda r: r.name == NAME)
    assert row >= 0
    assert page.proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole) == NAME  # views draw display text plainly
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: NAME in page.detail.toPlainText(), timeout=3000)
    shown = page.detail.toPlainText()
    assert "<i>Vilnius</i>" in shown or "Vilnius" not in shown, "values are escaped in the profile"
    assert "<img" not in page.detail.toHtml().replace("&lt;img", "")
    for label in page.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    for column in range(page.proxy.columnCount()):
        tip = page.proxy.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert tip is None or "<b>x</b>" not in tip or "&lt;b&gt;" in tip


def test_error_boxes_show_user_text_literally(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def inspect_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        labels = {label.objectName(): label for label in box.findChildren(QLabel)}
        seen["text"] = labels["qt_msgbox_label"].text()
        seen["formats"] = {label.textFormat() for name, label in labels.items() if name.startswith("qt_msgbox_")
                           and label.text()}  # fmt: skip
        box.accept()

    QTimer.singleShot(0, inspect_box)
    dialogs.show_error(None, "Cannot save", MatchmakerError(f"{NAME} already exists", hint="<i>rename</i> it"))
    assert seen["text"] == f"{NAME} already exists"
    assert seen["formats"] == {Qt.TextFormat.PlainText}


def test_tooltips_with_markup_are_escaped() -> None:
    assert plain_tooltip("Vilnius Film Cluster") == "Vilnius Film Cluster"
    tip = plain_tooltip(NAME)
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<b>" not in tip


def test_custom_capabilities_with_markup_are_literal(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui.organisations.capability_picker import CapabilityPicker

    with ui_ctx.database.transaction() as session:
        session.add(Capability(code="custom.markup", labels={"en": "<b>Bold</b>"}, synonyms={"en": ["<i>it</i>"]},
                               is_custom=True))  # fmt: skip
    with ui_ctx.database.session() as session:
        from matchmaker.core.taxonomy import TaxonomyGraph

        graph = TaxonomyGraph.from_session(session)
    picker = CapabilityPicker(graph)
    qtbot.addWidget(picker)
    assert picker.summary.textFormat() == Qt.TextFormat.PlainText
    tips = [
        item.toolTip(0) for item in picker.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    ]
    mine = [tip for tip in tips if "custom.markup" in tip]
    assert mine and all("&lt;i&gt;it&lt;/i&gt;" in tip and "<i>" not in tip for tip in mine)
