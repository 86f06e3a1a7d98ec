"""Partner suggestions in browse mode come from the shared matcher, with a score and the reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchmaker.core.catalogue import read_catalogue
from matchmaker.core.catalogue.suggest import CatalogueMatcher, profile_of
from matchmaker.ui.catalogue.window import BrowseWindow, open_catalogue_window
from matchmaker.ui.settings import app_settings


def test_profiles_carry_what_the_matcher_needs(published_catalogue: Path) -> None:
    catalogue = read_catalogue(published_catalogue)
    aurora = next(o for o in catalogue.organisations if o.name == "Aurora Studio")
    profile = profile_of(aurora)
    assert (profile.id, profile.name, profile.country) == (aurora.id, "Aurora Studio", "LT")
    assert [item.title for item in profile.requests] == ["VR partner wanted"]
    assert profile.requests[0].capabilities == aurora.requests[0].capabilities
    assert profile_of(aurora, known=set()).capabilities == ()  # codes the taxonomy lacks are dropped


def test_the_vr_request_finds_the_vr_offer_with_a_reason(published_catalogue: Path) -> None:
    catalogue = read_catalogue(published_catalogue)
    by_name = {o.name: o for o in catalogue.organisations}
    matcher = CatalogueMatcher(catalogue)
    found = matcher.suggest(by_name["Aurora Studio"].id)
    assert found and found[0].name == "Bergen VR"
    assert 0 < found[0].score <= 100
    assert any("VR partner wanted" in reason for reason in found[0].reasons)
    assert all(s.reasons for s in found)
    assert by_name["Aurora Studio"].id not in {s.id for s in found}
    assert matcher.suggest(999_999) == []


@pytest.mark.gui
def test_suggestions_tab_shows_scores_and_reasons(qtbot, published_catalogue: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "copy.mmcat"
    path.write_bytes(published_catalogue.read_bytes())
    window = open_catalogue_window(path, app_settings())
    assert window is not None
    qtbot.addWidget(window)
    assert window.suggestion_model.rowCount() == 0 and "Choose" in window.suggestion_note.text()
    aurora = next(o for o in window.controller.catalogue.organisations if o.name == "Aurora Studio")
    index = window.us_combo.findData(aurora.id)
    window.us_combo.setCurrentIndex(index)
    window.us_combo.activated.emit(index)
    window.tabs.setCurrentIndex(BrowseWindow.TAB_SUGGESTIONS)
    assert window.suggestion_proxy.rowCount() >= 1
    first = window.suggestion_proxy.object_at(0)
    assert first.name == "Bergen VR" and "best partners for Aurora Studio" in window.suggestion_note.text()
    window.suggestion_view.selectRow(0)
    assert window.detail.org is not None and window.detail.org.name == "Bergen VR"
    assert "Why we suggest them" in window.detail.browser.toPlainText()
    assert window.partners.scores[first.id] == first.score  # the Match column of the Partners tab


def test_cli_suggest(run_cli, published_catalogue: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    path = tmp_path / "copy.mmcat"
    path.write_bytes(published_catalogue.read_bytes())
    code, _, stderr = run_cli("catalogue", "suggest", str(path))
    assert code == 1 and "Say who you are first" in stderr
    assert run_cli("catalogue", "us", str(path), "Aurora Studio")[0] == 0
    code, stdout, _ = run_cli("catalogue", "suggest", str(path), "--json")
    rows = json.loads(stdout)
    assert code == 0 and rows[0]["name"] == "Bergen VR" and rows[0]["reasons"]
    code, stdout, _ = run_cli("catalogue", "suggest", str(path), "--for", "Bergen VR")
    assert code == 0 and "Suggested partners for Bergen VR" in stdout and "Aurora Studio" in stdout
