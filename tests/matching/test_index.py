"""The matcher on plain profiles: every signal, the rules, reasons, the mutual marker, the index."""

from __future__ import annotations

import random

import pytest

from matchmaker.core.errors import NotFound
from matchmaker.core.matching import MatchIndex, OrgProfile
from matchmaker.core.progress import run_job
from matchmaker.core.taxonomy import TaxonomyGraph

from .helpers import filler, item, org

GRAPH = TaxonomyGraph.from_file()


def build(*profiles: OrgProfile) -> MatchIndex:
    return MatchIndex.build([*profiles, *filler(1000, 14)], GRAPH)


def ranked(index: MatchIndex, org_id: int, **options: object) -> list[int]:
    return [s.id for s in index.suggest(org_id, top=50, **options)]  # type: ignore[arg-type]


SEEKER = org(1, "LT", requests=(item("Partner for colour grading of a feature film", "", "av.post.colour"),))


def test_same_node_beats_parent_beats_sibling_beats_unrelated() -> None:
    same = org(2, offers=(item("Grading suite", "", "av.post.colour"),))
    parent = org(3, offers=(item("Finishing house", "", "av.post"),))
    sibling = org(4, offers=(item("Effects shop", "", "av.post.vfx"),))
    unrelated = org(5, offers=(item("Server rooms", "", "digital.datacentre"),))
    index = build(SEEKER, same, parent, sibling, unrelated)
    scores = {s.id: s.score for s in index.suggest(1, top=50)}
    assert scores[2] > scores[3] > scores[4] > scores.get(5, 0)
    assert ranked(index, 1)[:3] == [2, 3, 4]


def test_complementarity_counts_both_directions() -> None:
    # B offers nothing A wants, but asks for what A offers: still suggested, and says so.
    seller = org(1, "LT", offers=(item("Cloud hosting", "Managed cloud hosting in EU data centres", "digital.cloud"),))
    buyer = org(2, requests=(item("Looking for a hosting provider", "", "digital.cloud"),))
    index = build(seller, buyer)
    top = index.suggest(1, top=1)[0]
    assert top.id == 2
    assert top.reasons[0] == (
        "Their request 'Looking for a hosting provider' matches your offer 'Cloud hosting' "
        "(Cloud computing and hosting)"
    )
    assert not top.mutual


def test_text_similarity_finds_untagged_paraphrases() -> None:
    # No capability tags anywhere: the taxonomy synonyms and the character n-grams do the work.
    seeker = org(1, "LT", requests=(item("Partner for colour grading of a feature film"),))
    post = org(2, offers=(item("post-production: colour correction, VFX"),))
    cloud = org(3, offers=(item("IaaS and virtual servers"),))
    index = build(seeker, post, cloud)
    best = index.suggest(1, top=3)
    assert best[0].id == 2
    assert best[0].reasons[0] == (
        "Your request 'Partner for colour grading of a feature film' matches their offer "
        "'post-production: colour correction, VFX' (Colour grading)"
    )
    hosting = org(4, "LT", requests=(item("Looking for cloud hosting"),))
    index.update(hosting)
    assert index.suggest(4, top=1)[0].id == 3  # "cloud hosting" vs "IaaS": parent and child node


def test_lithuanian_and_polish_texts_match_english() -> None:
    seeker = org(1, "DK", requests=(item("We need colour grading for a documentary"),))
    lithuanian = org(2, "LT", offers=(item("Spalvų korekcija ir montažas", "Koloristas su DaVinci Resolve"),))
    polish = org(3, "PL", offers=(item("Korekcja barwna filmów"),))
    index = build(seeker, lithuanian, polish)
    assert set(ranked(index, 1)[:2]) == {2, 3}


def test_pure_text_similarity_without_any_concept() -> None:
    seeker = org(1, "LT", requests=(item("Hydroponic vertical farming in greenhouses"),))
    farm = org(2, offers=(item("Greenhouse builder for hydroponic and vertical farms"),))
    index = build(seeker, farm)
    top = index.suggest(1, top=1)[0]
    assert top.id == 2
    assert top.reasons[0].endswith("(similar wording)")
    assert top.matches[0].concepts == () and top.matches[0].text_similarity > 0.3


def test_shared_focus_signal() -> None:
    studio = org(1, "LT", capabilities=("games.dev", "games.art"), offers=(item("Game art", "", "games.art"),))
    peer = org(2, capabilities=("games.dev", "games.art"))
    other = org(3, capabilities=("services.legal",))
    index = build(studio, peer, other)
    assert index.signals(1, 2).focus > 0.5 > index.signals(1, 3).focus
    top = index.suggest(1, top=1)[0]
    assert top.id == 2 and any(r.startswith("Shared focus: Game") for r in top.reasons)


def test_organisation_type_signal() -> None:
    company = org(1, "LT", requests=(item("Research partner wanted", "Joint research and R&D with a university"),))
    university = org(2, org_type="research", capabilities=("services.research",))
    consultancy = org(3, org_type="company", capabilities=("services.research",))
    index = build(company, university, consultancy)
    assert index.signals(1, 2).org_type == pytest.approx(2 / 3) and index.signals(1, 3).org_type == 0.0
    assert ranked(index, 1)[0] == 2
    assert "They are a research organisation, as your requests look for" in index.suggest(1, top=1)[0].reasons


def test_mutual_marker() -> None:
    a = org(1, "LT", offers=(item("VR training simulators", "", "xr.training"),), requests=(item("Cloud hosting"),))
    both = org(2, offers=(item("Managed cloud hosting"),), requests=(item("Industrial VR training"),))
    one_way = org(3, offers=(item("Cloud hosting for startups"),))
    index = build(a, both, one_way)
    result = {s.id: s for s in index.suggest(1, top=5)}
    assert result[2].mutual and not result[3].mutual
    assert result[2].score > result[3].score
    directions = {m.direction for m in result[2].matches}
    assert directions == {"theirs_for_you", "yours_for_them"}


def test_cross_border_self_and_exclusions() -> None:
    same_country = org(2, "LT", offers=(item("Colour grading", "", "av.post.colour"),))
    abroad = org(3, "PL", offers=(item("Colour grading", "", "av.post.colour"),))
    index = build(SEEKER, same_country, abroad)
    assert 2 not in ranked(index, 1) and 3 in ranked(index, 1) and 1 not in ranked(index, 1)
    assert ranked(index, 1, include_same_country=True)[:2] in ([2, 3], [3, 2])
    assert 3 not in ranked(index, 1, exclude={3})
    assert ranked(index, 1, candidates={3, 1}) == [3]


def test_score_range_and_order() -> None:
    index = build(SEEKER, org(2, offers=(item("Colour grading", "", "av.post.colour"),)))
    results = index.suggest(1, top=50)
    assert all(0 <= s.score <= 100 for s in results)
    assert [s.score for s in results] == sorted((s.score for s in results), reverse=True)
    assert index.suggest(1, top=0) == []


def test_unknown_organisation() -> None:
    with pytest.raises(NotFound):
        build(SEEKER).suggest(999)
    with pytest.raises(NotFound):
        build(SEEKER).remove(999)


def _random_profiles(rng: random.Random, start: int, count: int) -> list[OrgProfile]:
    offers = [
        ("Colour grading", "av.post.colour"), ("Cloud hosting", "digital.cloud"),
        ("Mobile apps", "digital.software.mobile"),
        ("VR training", "xr.training"), ("Penetration testing", "digital.security"), ("Game art", "games.art"),
        ("Sound design", "av.sound.design"), ("Data analytics dashboards", "digital.ai.analytics"),
    ]  # fmt: skip
    result = []
    for n in range(start, start + count):
        picks = rng.sample(offers, 3)
        result.append(
            org(
                n,
                rng.choice(["LT", "PL", "NO", "DK", "LV"]),
                offers=(item(picks[0][0], f"We offer {picks[0][0].lower()}", picks[0][1]),),
                requests=(item(f"Looking for {picks[1][0].lower()}", "", *([picks[1][1]] if n % 3 else [])),),
                capabilities=(picks[2][1],),
            )
        )
    return result


def test_incremental_updates_rank_like_a_fresh_build() -> None:
    rng = random.Random(7)
    profiles = {p.id: p for p in _random_profiles(rng, 1, 60)}
    index = MatchIndex.build(profiles.values(), GRAPH)
    for changed in _random_profiles(rng, 1, 60)[:20]:  # same ids, new content
        profiles[changed.id] = changed
        index.update(changed)
    for new in _random_profiles(rng, 100, 10):
        profiles[new.id] = new
        index.update(new)
    for gone in (3, 17, 104):
        del profiles[gone]
        index.remove(gone)
    fresh = MatchIndex.build(profiles.values(), GRAPH)
    assert len(index) == len(fresh) == len(profiles)
    for org_id in [1, 2, 20, 50, 101, 109]:
        updated = [(s.id, s.score, s.reasons) for s in index.suggest(org_id, top=10)]
        rebuilt = [(s.id, s.score, s.reasons) for s in fresh.suggest(org_id, top=10)]
        assert updated == rebuilt
    assert 3 not in index and all(3 not in ranked(index, i) for i in (1, 2))


def test_ranking_for_all_matches_single_queries() -> None:
    index = MatchIndex.build(_random_profiles(random.Random(3), 1, 40), GRAPH)
    everyone = run_job(index.ranking(top=5, exclusions={1: {2}}))
    assert set(everyone) == {p.id for p in index}
    for org_id in (1, 5, 33):
        single = [(s.id, s.score) for s in index.suggest(org_id, top=5, exclude={2} if org_id == 1 else ())]
        assert everyone[org_id] == single


def test_ranking_options_match_single_queries() -> None:
    index = MatchIndex.build(_random_profiles(random.Random(4), 1, 40), GRAPH)
    pool = set(range(1, 41, 2))
    everyone = run_job(index.ranking([1, 3, 9], top=4, include_same_country=True, candidates=pool))
    for org_id in (1, 3, 9):
        single = index.suggest(org_id, top=4, include_same_country=True, candidates=pool)
        assert everyone[org_id] == [(s.id, s.score) for s in single]
        assert all(s.id in pool for s in single)
