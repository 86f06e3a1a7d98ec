"""What the index derives from one profile: concept vectors, wanted organisation types, texts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..model import OrgType
from .concepts import ConceptModel
from .profile import OrgProfile

FloatArray = npt.NDArray[np.float32]

#: How sure we are that an organisation offers a node, by where the node was found.
FROM_OFFER = 1.0  # an offer tagged with the node, or naming it in its title
FROM_OFFER_TEXT = 0.75  # named only in an offer's text ("... GDPR compliant")
FROM_CAPABILITY = 0.85
FROM_DESCRIPTION = 0.6
#: Within one request, nodes it was tagged with weigh more than nodes found in its text.
TAGGED = 3.0
FOUND = 1.0

TYPE_BITS = {t.value: 1 << i for i, t in enumerate(OrgType)}
#: A request for one of these nodes means "we look for this kind of organisation".
WANTED_TYPE_BY_NODE = {
    "services.research": OrgType.RESEARCH.value,
    "services.education": OrgType.RESEARCH.value,
    "services.partnering": OrgType.CLUSTER.value,
    "services.funding": OrgType.PUBLIC.value,
}
TYPE_NAMES = {
    OrgType.COMPANY.value: "a company",
    OrgType.RESEARCH.value: "a research organisation",
    OrgType.PUBLIC.value: "a public body",
    OrgType.CLUSTER.value: "a cluster organisation",
    OrgType.NGO.value: "a non-profit organisation",
}


@dataclass
class Derived:
    """A profile as the index sees it."""

    request_concepts: list[set[int]]
    offer_concepts: list[set[int]]
    capability_concepts: set[int]
    description_concepts: set[int]
    asks: FloatArray  # (nnz, 3): request number, node, weight; each request's weights sum to 1
    have: FloatArray  # how well it covers each node (0..1), with partial credit spread
    focus: FloatArray  # unit vector of what it does
    type_bit: int
    wants: int  # bit mask of organisation types its requests look for
    need_text: str
    have_text: str


def _concepts(model: ConceptModel, title: str, text: str, codes: tuple[str, ...]) -> tuple[set[int], set[int]]:
    """Nodes of an item (tags, title, text) and its strong nodes (tags and title)."""
    strong = set(model.known(codes)) | model.extract(title)
    return strong | model.extract(text), strong


def derive(profile: OrgProfile, model: ConceptModel) -> Derived:
    """Concepts (tags and those found in the text), vectors and texts of one profile."""
    size = len(model)
    request_concepts: list[set[int]] = []
    asks: list[tuple[float, float, float]] = []
    for number, item in enumerate(profile.requests):
        concepts, _ = _concepts(model, item.title, item.text, item.capabilities)
        request_concepts.append(concepts)
        tagged = set(model.known(item.capabilities))
        weights = {node: TAGGED if node in tagged else FOUND for node in _most_specific(concepts, model)}
        total = sum(weights.values())
        asks.extend((number, node, weight / total) for node, weight in weights.items())
    offer_concepts: list[set[int]] = []
    source: dict[int, float] = {}
    for node in model.extract(profile.description):
        source[node] = FROM_DESCRIPTION
    description_concepts = set(source)
    capability_concepts = set(model.known(profile.capabilities))
    for node in capability_concepts:
        source[node] = max(source.get(node, 0.0), FROM_CAPABILITY)
    for item in profile.offers:
        concepts, strong = _concepts(model, item.title, item.text, item.capabilities)
        offer_concepts.append(concepts)
        for node in concepts:
            source[node] = max(source.get(node, 0.0), FROM_OFFER if node in strong else FROM_OFFER_TEXT)
    if source:
        nodes = list(source)
        weights_array = np.fromiter((source[n] for n in nodes), dtype=np.float32, count=len(nodes))
        have = (model.credit[nodes] * weights_array[:, None]).max(axis=0)
        focus = model.focus[nodes].max(axis=0)
        focus /= float(np.sqrt(np.dot(focus, focus)))
    else:
        have = np.zeros(size, dtype=np.float32)
        focus = np.zeros(size, dtype=np.float32)
    wants = 0
    for concepts in request_concepts:
        for node in concepts:
            wanted = WANTED_TYPE_BY_NODE.get(model.codes[node])
            if wanted is not None:
                wants |= TYPE_BITS[wanted]
    return Derived(
        request_concepts=request_concepts,
        offer_concepts=offer_concepts,
        capability_concepts=capability_concepts,
        description_concepts=description_concepts,
        asks=np.array(asks, dtype=np.float32).reshape(-1, 3),
        have=have.astype(np.float32),
        focus=focus.astype(np.float32),
        type_bit=TYPE_BITS.get(profile.org_type, 0),
        wants=wants,
        need_text="\n".join(item.full_text for item in profile.requests),
        have_text="\n".join([*(item.full_text for item in profile.offers), profile.description]),
    )


def _most_specific(concepts: set[int], model: ConceptModel) -> set[int]:
    """Drop nodes whose descendant is also there ('Sound and music' when 'Sound design' is named)."""
    if len(concepts) < 2:
        return concepts
    codes = {model.codes[n] for n in concepts}
    return {n for n in concepts if not any(other.startswith(model.codes[n] + ".") for other in codes)}
