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
#: Focus vectors also point at the ancestors of a node, with less weight per level.
ANCESTOR_FOCUS = 0.5
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
    asks: FloatArray  # one row per request: weights over its nodes (each row sums to 1, or 0 without nodes)
    have: FloatArray  # how well it covers each node (0..1), with partial credit spread
    focus: FloatArray  # unit vector of what it does
    type_bit: int
    wants: int  # bit mask of organisation types its requests look for
    need_text: str
    have_text: str


def derive(profile: OrgProfile, model: ConceptModel) -> Derived:
    """Concepts (tags and those found in the text), vectors and texts of one profile."""
    size = len(model)
    request_concepts = [
        set(model.known(item.capabilities)) | model.extract(item.full_text) for item in profile.requests
    ]
    offer_concepts = [set(model.known(item.capabilities)) | model.extract(item.full_text) for item in profile.offers]
    offer_strong = [set(model.known(item.capabilities)) | model.extract(item.title) for item in profile.offers]
    capability_concepts = set(model.known(profile.capabilities))
    description_concepts = model.extract(profile.description)

    asks = np.zeros((len(profile.requests), size), dtype=np.float32)
    for i, (item, concepts) in enumerate(zip(profile.requests, request_concepts, strict=True)):
        tagged = set(model.known(item.capabilities))
        for node in _most_specific(concepts, model):
            asks[i, node] = TAGGED if node in tagged else FOUND
        total = float(asks[i].sum())
        if total:
            asks[i] /= total

    source: dict[int, float] = {}
    for concepts, weight in [
        (description_concepts, FROM_DESCRIPTION),
        (capability_concepts, FROM_CAPABILITY),
        *((concepts, FROM_OFFER_TEXT) for concepts in offer_concepts),
        *((concepts, FROM_OFFER) for concepts in offer_strong),
    ]:
        for node in concepts:
            source[node] = max(source.get(node, 0.0), weight)
    if source:
        nodes = list(source)
        weights = np.array([source[n] for n in nodes], dtype=np.float32)
        have = (model.credit[nodes] * weights[:, None]).max(axis=0)
    else:
        have = np.zeros(size, dtype=np.float32)

    focus = np.zeros(size, dtype=np.float32)
    for node in source:
        focus[node] = 1.0
        weight = ANCESTOR_FOCUS
        for ancestor in model.graph.ancestors(model.codes[node]):
            position = model.index.get(ancestor.code)
            if position is not None:
                focus[position] = max(focus[position], weight)
            weight *= ANCESTOR_FOCUS
    norm = float(np.linalg.norm(focus))
    if norm:
        focus /= norm

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
        asks=asks,
        have=have.astype(np.float32),
        focus=focus,
        type_bit=TYPE_BITS.get(profile.org_type, 0),
        wants=wants,
        need_text="\n".join(item.full_text for item in profile.requests),
        have_text="\n".join([*(item.full_text for item in profile.offers), profile.description]),
    )


def _most_specific(concepts: set[int], model: ConceptModel) -> set[int]:
    """Drop nodes whose descendant is also there ('Sound and music' when 'Sound design' is named)."""
    codes = {model.codes[n] for n in concepts}
    return {n for n in concepts if not any(other.startswith(model.codes[n] + ".") for other in codes)}
