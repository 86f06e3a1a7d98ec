from __future__ import annotations

from matchmaker.core import model
from matchmaker.core.capabilities import CapabilityResolver
from matchmaker.core.countries import country_name, normalise_country


def test_country_codes_and_names_in_the_region_languages() -> None:
    for text, code in [
        ("LT", "LT"), ("lt", "LT"), ("LTU", "LT"), ("Lithuania", "LT"), ("Lietuva", "LT"), ("Litwa", "LT"),
        ("Polska", "PL"), ("Lenkija", "PL"), ("Norge", "NO"), ("Norvegija", "NO"), ("Danmark", "DK"),
        ("Latvija", "LV"), ("Łotwa", "LV"), ("Republic of Lithuania", "LT"), ("  Poland. ", "PL"),
    ]:  # fmt: skip
        assert normalise_country(text) == code, text
    assert normalise_country("Atlantis") is None
    assert normalise_country("") is None
    assert country_name("PL", "lt") == "Lenkija"
    assert country_name("LT", "pl") == "Litwa"
    assert country_name("NO") == "Norway"


def test_capability_resolver_matches_code_label_and_synonym() -> None:
    caps = [
        model.Capability(id=1, code="av.post", labels={"en": "Post-production", "lt": "Postprodukcija"},
                         synonyms={"en": ["colour grading", "VFX"], "pl": ["postprodukcja"]}),
        model.Capability(id=2, code="it.cloud", labels={"en": "Cloud computing"}, synonyms={"en": ["IaaS"]}),
    ]  # fmt: skip
    resolver = CapabilityResolver.from_capabilities(caps)
    assert resolver.resolve("AV.POST") == 1
    assert resolver.resolve("post-production") == 1
    assert resolver.resolve("Colour  Grading") == 1
    assert resolver.resolve("postprodukcja") == 1
    assert resolver.resolve("iaas") == 2
    assert resolver.resolve("knitting") is None
