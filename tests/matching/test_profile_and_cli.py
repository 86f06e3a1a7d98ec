"""Profiles from dictionaries (catalogue files), and the ``suggest`` / ``propose`` commands."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from matchmaker.core.errors import ValidationFailed
from matchmaker.core.matching import MatchIndex, OrgProfile, profiles_from_dicts

from .helpers import item, org

CATALOGUE_ORGS = [
    {"id": 1, "name": "Seeker", "country": "lt", "requests": [{"title": "Colour grading of a feature film"}]},
    {"id": 2, "name": "Grader", "country": "PL", "org_type": "company", "capabilities": ["av.post.colour"],
     "offers": [{"title": "Colour correction", "text": "DaVinci Resolve suites", "capabilities": [], "id": 7}],
     "description": "Post-production house", "clusters": ["Krakow Film Cluster"]},
]  # fmt: skip


def test_profiles_from_dicts_round_trip_and_rank() -> None:
    profiles = profiles_from_dicts(CATALOGUE_ORGS, source="catalogue.json")
    assert profiles[0].country == "LT" and profiles[1].offers[0].id == 7
    assert [OrgProfile.from_dict(p.to_dict()) for p in profiles] == profiles
    assert MatchIndex.build(profiles).suggest(1)[0].id == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "x"}, "organisation 1: 'id' must be an integer"),
        ({"name": ""}, "organisation 1 (id 1): missing 'name'"),
        ({"org_type": "guild"}, "'org_type' must be one of"),
        ({"capabilities": "av.post"}, "'capabilities' must be a list of strings"),
        ({"offers": [{"text": 5}]}, "'offers', item 1: 'text' must be text"),
        ({"requests": [{}]}, "'requests', item 1: needs a 'title' or a 'text'"),
    ],
)
def test_bad_dicts_name_the_field(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationFailed, match=re.escape(message)) as caught:
        profiles_from_dicts([{**CATALOGUE_ORGS[0], **change}], source="catalogue.json")
    assert str(caught.value).startswith("catalogue.json: organisation 1")
    with pytest.raises(ValidationFailed, match="duplicate id 1"):
        profiles_from_dicts([CATALOGUE_ORGS[0], CATALOGUE_ORGS[0]], source="catalogue.json")


def test_item_display_falls_back_to_text() -> None:
    assert item("", "x" * 100).display.endswith("...") and len(item("", "x" * 100).display) == 80
    assert org(1).to_dict()["offers"] == []


@pytest.fixture
def demo_db(tmp_path: Path, run_cli) -> str:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "demo.db")
    assert run_cli("--db", path, "demo")[0] == 0
    return path


def test_suggest_json(demo_db: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("--db", demo_db, "suggest", "nfq technologies", "--top", "3", "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 3 and data[0]["name"] == "Bø Sikkerhet AS"
    for entry in data:
        assert {"id", "name", "country", "score", "mutual", "reasons", "matches"} <= set(entry)
        assert isinstance(entry["reasons"], list) and all(isinstance(r, str) for r in entry["reasons"])
        assert entry["country"] != "LT"
    assert [e["score"] for e in data] == sorted((e["score"] for e in data), reverse=True)


def test_suggest_text_event_and_same_country(demo_db: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("--db", demo_db, "suggest", "NFQ Technologies", "--top", "2")
    assert code == 0 and "1.  " in out and "mutual" in out and "- Your request 'Security audit" in out
    code, out, _ = run_cli("--db", demo_db, "suggest", "NFQ Technologies", "--event", "1", "--json")
    in_event = json.loads(out)
    code, out, _ = run_cli("--db", demo_db, "suggest", "NFQ Technologies", "--top", "50", "--json")
    everywhere = json.loads(out)
    assert code == 0 and 0 < len(in_event) < len(everywhere)
    code, out, _ = run_cli("--db", demo_db, "suggest", "NFQ Technologies", "--include-same-country", "--top", "50",
                           "--json")  # fmt: skip
    assert any(e["country"] == "LT" for e in json.loads(out))


def test_suggest_did_you_mean_and_bad_arguments(demo_db: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli("--db", demo_db, "suggest", "NFQ Technolgies")
    assert code == 2 and "Did you mean 'NFQ Technologies'" in err and "Traceback" not in err
    code, _, err = run_cli("--db", demo_db, "suggest", "NFQ Technologies", "--top", "0")
    assert code == 2 and "must be at least 1" in err


def test_propose_dry_run_then_save(demo_db: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("--db", demo_db, "propose", "1", "--min-requests", "6", "--dry-run", "--json")
    dry = json.loads(out)
    assert code == 0 and dry["saved"] is False and dry["created"]
    assert all(p["request_id"] is None and p["reasons"] for p in dry["created"])
    code, out, _ = run_cli("--db", demo_db, "propose", "1", "--min-requests", "6")
    assert code == 0 and f"Proposed {len(dry['created'])} meeting request(s)" in out and "pending" in out
    code, out, _ = run_cli("--db", demo_db, "propose", "1", "--min-requests", "6", "--json")
    assert json.loads(out)["created"] == []
