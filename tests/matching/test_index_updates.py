"""The index patched in place ranks exactly like one built afresh from the final profiles."""

from __future__ import annotations

import random

import numpy as np
import pytest

from matchmaker.core.matching import MatchIndex, OrgProfile, storage
from matchmaker.core.matching import index as index_module
from matchmaker.core.progress import run_job
from matchmaker.core.taxonomy import TaxonomyGraph

from .helpers import item, org

GRAPH = TaxonomyGraph.from_file()
OFFERS = [
    ("Colour grading", "Colour correction and finishing of feature films", "av.post.colour"),
    ("Cloud hosting", "Managed hosting and IaaS in EU data centres", "digital.cloud"),
    ("Mobile apps", "iOS and Android apps for retail", "digital.software.mobile"),
    ("VR training", "Industrial VR training simulators", "xr.training"),
    ("Penetration testing", "Security audits and penetration tests", "digital.security"),
    ("Game art", "2D and 3D art for games", "games.art"),
    ("Sound design", "Sound design and mixing for film", "av.sound.design"),
    ("Spalvų korekcija", "Spalvų korekcija ir montažas", ""),
    ("Korekcja barwna", "Korekcja barwna filmów dokumentalnych", ""),
    ("Research partner", "Joint research with a university", "services.research"),
]
COUNTRIES = ["LT", "PL", "NO", "DK", "LV"]


def random_profile(rng: random.Random, org_id: int) -> OrgProfile:
    def pick() -> tuple[str, str, tuple[str, ...]]:
        title, text, code = rng.choice(OFFERS)
        tags = (code,) if code and rng.random() < 0.6 else ()
        return title, text if rng.random() < 0.7 else "", tags

    offers = tuple(item(t, x, *c) for t, x, c in (pick() for _ in range(rng.randint(0, 2))))
    requests = tuple(item(f"Looking for {t.lower()}", x, *c) for t, x, c in (pick() for _ in range(rng.randint(0, 3))))
    return org(
        org_id,
        rng.choice(COUNTRIES),
        offers=offers,
        requests=requests,
        capabilities=tuple(code for _, _, code in rng.sample(OFFERS, 2) if code and rng.random() < 0.5),
        org_type=rng.choice(["company", "company", "research", "cluster"]),
        description=rng.choice(["", "A studio in Vilnius.", "Software house working on cloud hosting."]),
    )


def rankings(index: MatchIndex, ids: list[int]) -> dict[int, list[tuple[int, int, bool, list[str]]]]:
    return {i: [(s.id, s.score, s.mutual, s.reasons) for s in index.suggest(i, top=10)] for i in ids}


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("merge_rows", [256, 3])  # 3: the overlay is merged into the base many times
def test_random_updates_and_removals_rank_like_a_fresh_build(
    seed: int, merge_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "MERGE_ROWS", merge_rows)
    rng = random.Random(seed)
    profiles = {n: random_profile(rng, n) for n in range(1, 61)}
    index = MatchIndex.build(profiles.values(), GRAPH)
    index.suggest(1)  # queries in between: the patched state is used, not only the final one
    next_id = 61
    for step in range(60):
        action = rng.random()
        if action < 0.5 and profiles:  # edit
            org_id = rng.choice(sorted(profiles))
            profiles[org_id] = random_profile(rng, org_id)
            index.update(profiles[org_id])
        elif action < 0.75:  # create (ids of removed rows come back too)
            profiles[next_id] = random_profile(rng, next_id)
            index.update(profiles[next_id])
            next_id += 1
        elif len(profiles) > 5:  # delete
            org_id = rng.choice(sorted(profiles))
            del profiles[org_id]
            index.remove(org_id)
        if step % 15 == 0 and profiles:
            index.suggest(rng.choice(sorted(profiles)))
    fresh = MatchIndex.build(profiles.values(), GRAPH)
    ids = sorted(profiles)
    assert sorted(p.id for p in index) == ids
    assert run_job(index.ranking(top=10)) == run_job(fresh.ranking(top=10))  # every organisation's ranking
    shown = rng.sample(ids, 15)  # and with the reasons (slower to compute)
    assert rankings(index, shown) == rankings(fresh, shown)


def test_an_update_vectorises_only_the_changed_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(9)
    index = MatchIndex.build([random_profile(rng, n) for n in range(1, 201)], GRAPH)
    index.suggest(1)
    seen: list[int] = []
    original = index_module.derive_rows

    def counting(profiles: list[OrgProfile], items: object) -> object:
        seen.append(len(profiles))
        return original(profiles, items)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module, "derive_rows", counting)
    changed = org(5, "LT", offers=(item("Cloud hosting", "Managed IaaS", "digital.cloud"),))
    index.update(changed)
    seeker = org(999, "PL", requests=(item("Looking for cloud hosting"),))
    index.update(seeker)
    assert seen == [1, 1]
    assert 5 in [s.id for s in index.suggest(999, top=10)]


def test_edits_patch_the_norms_and_rank_like_a_fresh_build(monkeypatch: pytest.MonkeyPatch) -> None:
    # Edits keep the number of organisations: the text norms are patched over the edited n-grams only.
    rng = random.Random(21)
    profiles = {n: random_profile(rng, n) for n in range(1, 81)}
    index = MatchIndex.build(profiles.values(), GRAPH)
    full_passes: list[int] = []
    original = storage.SparseRows.squared_dot

    def counting(self: storage.SparseRows, weights: object) -> object:
        full_passes.append(1)
        return original(self, weights)  # type: ignore[arg-type]

    monkeypatch.setattr(storage.SparseRows, "squared_dot", counting)
    index.suggest(1)
    for _ in range(40):
        org_id = rng.choice(sorted(profiles))
        profiles[org_id] = random_profile(rng, org_id)
        index.update(profiles[org_id])
        index.suggest(rng.choice(sorted(profiles)))
    assert len(full_passes) == 2, "only the first query computed every norm (need and have)"
    fresh = MatchIndex.build(profiles.values(), GRAPH)
    assert run_job(index.ranking(top=10)) == run_job(fresh.ranking(top=10))
    assert np.allclose(index._text_weights()[1], fresh._text_weights()[1], rtol=1e-6, atol=0)
