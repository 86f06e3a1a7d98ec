"""Concept extraction from free text (en/lt/pl, diacritics folded) and the partial-credit matrix."""

from __future__ import annotations

import pytest

from matchmaker.core.matching.concepts import PARENT_OR_CHILD, ROOT_AND_CHILD, SIBLING, ConceptModel, stem
from matchmaker.core.taxonomy import TaxonomyGraph


@pytest.fixture(scope="module")
def model() -> ConceptModel:
    return ConceptModel(TaxonomyGraph.from_file())


def codes(model: ConceptModel, text: str) -> set[str]:
    return {model.codes[i] for i in model.extract(text)}


def test_stems_fold_diacritics_and_endings() -> None:
    assert stem("Filmų") == stem("filmy") == stem("filmas") == stem("film")
    assert stem("korekcijai") == stem("korekcija")
    assert stem("AI") == "=ai" and stem("ai") == "ai"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Partner for colour grading of a feature film", "av.post.colour"),
        ("post-production: colour correction, VFX", "av.post.colour"),
        ("Ieškome partnerio spalvų korekcijai", "av.post.colour"),  # Lithuanian, inflected
        ("Szukamy studia: korekcja barwna i montaż", "av.post.colour"),  # Polish
        ("We need cloud hosting in the Baltics", "digital.cloud"),
        ("IaaS: virtual servers and object storage", "digital.cloud.iaas"),
        ("Infrastruktūra kaip paslauga ir virtualūs serveriai", "digital.cloud.iaas"),
        ("Serwery wirtualne w chmurze", "digital.cloud.iaas"),
        ("We build AI products", "digital.ai"),
        ("Penetration-testing of our platform", "digital.security"),
    ],
)
def test_extracts_concepts_in_every_language(model: ConceptModel, text: str, code: str) -> None:
    assert code in codes(model, text)


def test_short_words_need_capitals_and_boilerplate_is_no_concept(model: ConceptModel) -> None:
    # Lithuanian 'ar' (whether) is not AR; English 'it' is not IT; 'partner' is not a partnering service.
    assert codes(model, "ar galite padėti, it is a partner we look for") == set()
    assert "xr.ar" in codes(model, "AR glasses and VR headsets")


def test_credit_by_tree_relation(model: ConceptModel) -> None:
    at = model.index
    credit = model.credit
    assert credit[at["av.post.colour"], at["av.post.colour"]] == 1.0
    assert credit[at["av.post.colour"], at["av.post"]] == pytest.approx(PARENT_OR_CHILD)
    assert credit[at["av.post.colour"], at["av.post.vfx"]] == pytest.approx(SIBLING)
    assert credit[at["av.post"], at["av"]] == pytest.approx(ROOT_AND_CHILD)
    assert credit[at["av.post.colour"], at["digital.cloud"]] == 0.0
    assert (credit == credit.T).all()
    value, a, b = model.best_credit([at["digital.cloud.iaas"]], [at["digital.cloud"], at["games"]])
    assert (value, model.codes[a], model.codes[b]) == (
        pytest.approx(PARENT_OR_CHILD),
        "digital.cloud.iaas",
        "digital.cloud",
    )
