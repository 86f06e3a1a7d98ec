"""Synthetic organisation profiles for the matching benchmarks (no database needed).

Texts are built from the taxonomy's own labels and synonyms in English, Lithuanian
and Polish, wrapped in varied sentences and mixed with made-up product words, so the
vocabulary is realistic in size. ``planted_pairs`` adds complementary pairs phrased
differently on each side for the quality benchmark.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from matchmaker.core.matching import OrgProfile, ProfileItem
from matchmaker.core.taxonomy import TaxonomyGraph, TaxonomyNode

COUNTRIES = ["LT", "LV", "EE", "PL", "NO", "DK", "SE", "FI", "DE"]
LANGUAGES = ["en", "lt", "pl"]
OFFER_TEMPLATES = {
    "en": ["{term}", "{term} services", "We offer {term}", "{term} for foreign clients", "Experienced team: {term}"],
    "lt": ["{term}", "Siūlome: {term}", "{term} užsienio klientams", "Patyrusi komanda: {term}"],
    "pl": ["{term}", "Oferujemy: {term}", "{term} dla klientów zagranicznych", "Doświadczony zespół: {term}"],
}
REQUEST_TEMPLATES = {
    "en": ["Looking for {term}", "Partner for {term}", "We need {term}", "Seeking a partner in {term}"],
    "lt": ["Ieškome partnerio: {term}", "Reikia: {term}", "Ieškome: {term}"],
    "pl": ["Szukamy partnera: {term}", "Potrzebujemy: {term}", "Szukamy: {term}"],
}
FILLER = {
    "en": ["for projects in the Nordics", "with ten years of experience", "for SMEs and start-ups", "long-term"],
    "lt": ["projektams Šiaurės šalyse", "su dešimties metų patirtimi", "mažoms ir vidutinėms įmonėms"],
    "pl": ["dla projektów w Skandynawii", "z dziesięcioletnim doświadczeniem", "dla małych i średnich firm"],
}
SYLLABLES = ["ka", "ro", "vi", "nta", "lu", "mek", "sol", "bra", "dis", "tel", "qua", "zen", "por", "fy", "lex"]


def leaf_nodes(graph: TaxonomyGraph) -> list[TaxonomyNode]:
    return [n for n in graph.walk() if n.parent_code is not None and not n.code.startswith("custom")]


def terms(node: TaxonomyNode, language: str) -> list[str]:
    return [node.labels[language], *node.synonyms.get(language, ())]


def product_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def phrase(rng: random.Random, node: TaxonomyNode, language: str, templates: dict[str, list[str]]) -> str:
    return rng.choice(templates[language]).format(term=rng.choice(terms(node, language)).lower())


def random_profile(rng: random.Random, org_id: int, nodes: list[TaxonomyNode], tag_rate: float = 0.7) -> OrgProfile:
    """One background organisation: 1-3 focus nodes it offers, 1-2 other nodes it requests."""
    language = rng.choices(LANGUAGES, weights=[70, 15, 15])[0]
    focus = rng.sample(nodes, rng.randint(1, 3))
    wanted = rng.sample(nodes, rng.randint(1, 2))

    def entry(node: TaxonomyNode, templates: dict[str, list[str]]) -> ProfileItem:
        text = f"{phrase(rng, node, language, templates)} {rng.choice(FILLER[language])}, {product_word(rng)}."
        codes = (node.code,) if rng.random() < tag_rate else ()
        return ProfileItem(phrase(rng, node, language, templates), text, codes)

    name = f"{product_word(rng)} {rng.choice(['Studio', 'Labs', 'Systems', 'Media', 'Tech', 'Group'])} {org_id}"
    return OrgProfile(
        id=org_id,
        name=name,
        country=rng.choice(COUNTRIES),
        org_type=rng.choices(["company", "research", "public", "cluster", "ngo"], weights=[80, 8, 5, 4, 3])[0],
        capabilities=tuple(n.code for n in focus),
        offers=tuple(entry(n, OFFER_TEMPLATES) for n in focus),
        requests=tuple(entry(n, REQUEST_TEMPLATES) for n in wanted),
        description=f"{name}: {', '.join(rng.choice(terms(n, language)) for n in focus)}. {product_word(rng)}.",
    )


def random_profiles(count: int, seed: int = 1, start: int = 1) -> list[OrgProfile]:
    rng = random.Random(seed)
    nodes = leaf_nodes(TaxonomyGraph.from_file())
    return [random_profile(rng, start + i, nodes) for i in range(count)]


@dataclass(frozen=True)
class PlantedPair:
    seeker: int
    partner: int
    languages: str  # "en->lt": the seeker's language, then the partner's
    phrasing: str  # "same term" or "different terms"
    tags: str  # "both tagged", "one side untagged", "untagged"


def planted_pairs(count: int, first_id: int, seed: int = 2) -> tuple[list[OrgProfile], list[PlantedPair]]:
    """Complementary pairs: the seeker asks for X with Y; the partner offers X and Y and asks for the seeker's offer.

    Each side words it its own way (another synonym, often another language); some rows lack capability tags.
    """
    rng = random.Random(seed)
    graph = TaxonomyGraph.from_file()
    nodes = leaf_nodes(graph)
    profiles: list[OrgProfile] = []
    pairs: list[PlantedPair] = []
    language_pairs = ["en->en", "en->lt", "en->pl", "lt->en", "pl->en", "lt->pl"]
    for n in range(count):
        x, y, z = rng.sample(nodes, 3)  # seeker needs x with y; seeker offers z, which the partner needs
        languages = language_pairs[n % len(language_pairs)]
        mine, theirs = languages.split("->")
        same_term = mine == theirs and n % 4 == 0
        tags = ["both tagged", "one side untagged", "untagged"][n % 3]
        tag_seeker = tags == "both tagged"
        tag_partner = tags != "untagged"

        def word(node: TaxonomyNode, language: str, avoid: str = "") -> str:
            options = [t for t in terms(node, language) if t.lower() != avoid.lower()] or terms(node, language)
            return rng.choice(options)

        x_mine, y_mine, z_mine = word(x, mine), word(y, mine), word(z, mine)
        x_theirs = x_mine if same_term else word(x, theirs, x_mine)
        y_theirs = y_mine if same_term else word(y, theirs, y_mine)
        z_theirs = z_mine if same_term else word(z, theirs, z_mine)
        seeker_id, partner_id = first_id + 2 * n, first_id + 2 * n + 1
        country_a, country_b = rng.sample(COUNTRIES, 2)
        request = REQUEST_TEMPLATES[mine][n % len(REQUEST_TEMPLATES[mine])].format(term=f"{x_mine} ({y_mine})")
        offer = OFFER_TEMPLATES[theirs][n % len(OFFER_TEMPLATES[theirs])].format(term=f"{x_theirs}, {y_theirs}")
        profiles.append(
            OrgProfile(
                id=seeker_id,
                name=f"Seeker {n}",
                country=country_a,
                capabilities=(z.code,) if tag_seeker else (),
                offers=(ProfileItem(z_mine, f"{z_mine} {rng.choice(FILLER[mine])}", (z.code,) if tag_seeker else ()),),
                requests=(ProfileItem(request, "", (x.code, y.code) if tag_seeker else ()),),
            )
        )
        profiles.append(
            OrgProfile(
                id=partner_id,
                name=f"Partner {n}",
                country=country_b,
                capabilities=(x.code, y.code) if tag_partner else (),
                offers=(ProfileItem(offer, rng.choice(FILLER[theirs]), (x.code, y.code) if tag_partner else ()),),
                requests=(ProfileItem(REQUEST_TEMPLATES[theirs][0].format(term=z_theirs), "", ()),),
            )
        )
        phrasing = "same term" if same_term else "different terms"
        pairs.append(PlantedPair(seeker_id, partner_id, languages, phrasing, tags))
        profiles.extend(_decoys(rng, graph, nodes, first_id + 2 * count + 4 * n, country_a, mine, x, y, z, x_mine))
    return profiles, pairs


def _decoys(
    rng: random.Random,
    graph: TaxonomyGraph,
    nodes: list[TaxonomyNode],
    first_id: int,
    seeker_country: str,
    language: str,
    x: TaxonomyNode,
    y: TaxonomyNode,
    z: TaxonomyNode,
    x_words: str,
) -> list[OrgProfile]:
    """Four organisations that each match part of what the seeker wants, tagged and often in its words.

    One offers only X, worded exactly as the seeker's request (a lexical trap); one only Y; one a
    sibling of X plus Y; one asks for what the seeker offers but offers nothing it needs.
    """
    siblings = graph.siblings(x.code) or [rng.choice(nodes)]
    others = [c for c in COUNTRIES if c != seeker_country]
    unrelated = rng.choice([n for n in nodes if n.code.split(".")[0] != x.code.split(".")[0]])
    specs = [
        ([(x_words, x)], [(None, unrelated)]),
        ([(None, y)], []),
        ([(None, rng.choice(siblings)), (None, y)], []),
        ([(None, unrelated)], [(None, z)]),
    ]
    decoys = []
    for k, (offers, requests) in enumerate(specs):

        def entry(words: str | None, node: TaxonomyNode, templates: dict[str, list[str]]) -> ProfileItem:
            term = words or rng.choice(terms(node, language))
            return ProfileItem(rng.choice(templates[language]).format(term=term), "", (node.code,))

        decoys.append(
            OrgProfile(
                id=first_id + k,
                name=f"Decoy {first_id + k}",
                country=rng.choice(others),
                capabilities=tuple(node.code for _, node in offers),
                offers=tuple(entry(w, node, OFFER_TEMPLATES) for w, node in offers),
                requests=tuple(entry(w, node, REQUEST_TEMPLATES) for w, node in requests),
            )
        )
    return decoys
