"""What the index derives from profiles: concepts, vectors over taxonomy nodes, wanted types, texts.

:func:`derive` gives one profile's concept sets (for the reasons); :func:`derive_rows` gives the
vectors of many profiles at once, with numpy doing per chunk what would cost a few numpy calls
per profile. Both go through the same per-item helpers, so they always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..model import OrgType
from .concepts import ConceptModel
from .profile import OrgProfile

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int32]

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
_ITEM_CACHE_LIMIT = 16_384  # items repeat across organisations; bounded, as most item texts are unique


@dataclass
class Derived:
    """A profile's concepts, as the reasons need them."""

    request_concepts: list[frozenset[int]]
    offer_concepts: list[frozenset[int]]
    capability_concepts: frozenset[int]
    description_concepts: frozenset[int]
    type_bit: int
    wants: int  # bit mask of organisation types its requests look for


@dataclass
class Rows:
    """The vectors of a batch of profiles, one row each (row i is profiles[i])."""

    have: FloatArray  # (n, nodes): how well it covers each node (0..1), with partial credit spread
    focus: FloatArray  # (n, nodes): unit vector of what it does
    type_bits: IntArray
    wants: IntArray
    requests: npt.NDArray[np.int64]  # number of requests
    # Every request's nodes: (row, request number, node, weight); a row's triples are consecutive,
    # by request number; each request's weights sum to 1.
    ask_row: IntArray
    ask_number: IntArray
    ask_node: IntArray
    ask_weight: FloatArray
    need_texts: list[str]
    have_texts: list[str]


class ItemConcepts:
    """Per-item concepts, cached: titles and texts repeat a lot across organisations."""

    def __init__(self, model: ConceptModel) -> None:
        self.model = model
        self._offers: dict[tuple[str, str, tuple[str, ...]], tuple[frozenset[int], frozenset[int]]] = {}
        self._requests: dict[tuple[str, str, tuple[str, ...]], tuple[frozenset[int], tuple[tuple[int, float], ...]]]
        self._requests = {}
        index = model.index  # by code prefix, as codes nest: "av.post" is above "av.post.colour"
        self._ancestors = [
            frozenset(index[p] for p in (code[:i] for i, ch in enumerate(code) if ch == ".") if p in index)
            for code in model.codes
        ]
        self._wanted_type = {
            model.index[code]: TYPE_BITS[kind] for code, kind in WANTED_TYPE_BY_NODE.items() if code in model.index
        }

    def offer(self, title: str, text: str, codes: tuple[str, ...]) -> tuple[frozenset[int], frozenset[int]]:
        """All nodes of an offer (tags, title, text) and its strong ones (tags and title)."""
        key = (title, text, codes)
        found = self._offers.get(key)
        if found is None:
            if len(self._offers) > _ITEM_CACHE_LIMIT:
                self._offers.clear()
            strong = frozenset(self.model.known(codes)) | self.model.extract(title)
            found = self._offers[key] = (strong | self.model.extract(text), strong)
        return found

    def request(
        self, title: str, text: str, codes: tuple[str, ...]
    ) -> tuple[frozenset[int], tuple[tuple[int, float], ...]]:
        """All nodes of a request, and its most specific nodes with weights summing to 1 (tags weigh more)."""
        key = (title, text, codes)
        found = self._requests.get(key)
        if found is None:
            if len(self._requests) > _ITEM_CACHE_LIMIT:
                self._requests.clear()
            concepts, _ = self.offer(title, text, codes)
            tagged = set(self.model.known(codes))
            weights = {node: TAGGED if node in tagged else FOUND for node in self._most_specific(concepts)}
            total = sum(weights.values())
            found = self._requests[key] = (concepts, tuple((node, w / total) for node, w in sorted(weights.items())))
        return found

    def _most_specific(self, concepts: frozenset[int]) -> frozenset[int]:
        """Drop nodes whose descendant is also there ('Sound and music' when 'Sound design' is named)."""
        if len(concepts) < 2:
            return concepts
        covered = self._ancestors
        return concepts.difference(*(covered[node] for node in concepts))

    def wants(self, request_concepts: Sequence[frozenset[int]]) -> int:
        bits = 0
        for concepts in request_concepts:
            for node in concepts:
                bits |= self._wanted_type.get(node, 0)
        return bits


def derive(profile: OrgProfile, items: ItemConcepts) -> Derived:
    """The concepts of one profile (tags and those found in the texts)."""
    model = items.model
    request_concepts = [items.request(i.title, i.text, i.capabilities)[0] for i in profile.requests]
    return Derived(
        request_concepts=request_concepts,
        offer_concepts=[items.offer(i.title, i.text, i.capabilities)[0] for i in profile.offers],
        capability_concepts=frozenset(model.known(profile.capabilities)),
        description_concepts=model.extract(profile.description, cache=False),
        type_bit=TYPE_BITS.get(profile.org_type, 0),
        wants=items.wants(request_concepts),
    )


def derive_rows(profiles: Sequence[OrgProfile], items: ItemConcepts) -> Rows:
    """The vectors of ``profiles`` (a chunk: memory grows with its size)."""
    model = items.model
    size, count = len(model), len(profiles)
    source_row: list[int] = []
    source_node: list[int] = []
    source_weight: list[float] = []
    ask_row: list[int] = []
    ask_number: list[int] = []
    ask_node: list[int] = []
    ask_weight: list[float] = []
    type_bits = np.zeros(count, dtype=np.int32)
    wants = np.zeros(count, dtype=np.int32)
    requests = np.zeros(count, dtype=np.int64)
    need_texts: list[str] = []
    have_texts: list[str] = []
    for row, profile in enumerate(profiles):
        source: dict[int, float] = dict.fromkeys(model.extract(profile.description, cache=False), FROM_DESCRIPTION)
        for node in model.known(profile.capabilities):
            source[node] = max(source.get(node, 0.0), FROM_CAPABILITY)
        for item in profile.offers:
            concepts, strong = items.offer(item.title, item.text, item.capabilities)
            for node in concepts:
                source[node] = max(source.get(node, 0.0), FROM_OFFER if node in strong else FROM_OFFER_TEXT)
        for node, weight in source.items():
            source_row.append(row)
            source_node.append(node)
            source_weight.append(weight)
        request_concepts = []
        for number, item in enumerate(profile.requests):
            concepts, weights = items.request(item.title, item.text, item.capabilities)
            request_concepts.append(concepts)
            for node, weight in weights:
                ask_row.append(row)
                ask_number.append(number)
                ask_node.append(node)
                ask_weight.append(weight)
        type_bits[row] = TYPE_BITS.get(profile.org_type, 0)
        wants[row] = items.wants(request_concepts)
        requests[row] = len(profile.requests)
        need_texts.append(need_text(profile))
        have_texts.append(have_text(profile))
    have = np.zeros((count, size), dtype=np.float32)
    focus = np.zeros((count, size), dtype=np.float32)
    if source_row:
        rows = np.array(source_row, dtype=np.intp)
        nodes = np.array(source_node, dtype=np.intp)
        starts = np.flatnonzero(np.concatenate([[True], rows[1:] != rows[:-1]]))
        present = rows[starts]
        weighted = model.credit[nodes] * np.array(source_weight, dtype=np.float32)[:, None]
        have[present] = np.maximum.reduceat(weighted, starts, axis=0)
        del weighted
        spread = np.maximum.reduceat(model.focus[nodes], starts, axis=0)
        spread /= np.sqrt(np.einsum("ij,ij->i", spread, spread))[:, None]
        focus[present] = spread
    return Rows(
        have=have,
        focus=focus,
        type_bits=type_bits,
        wants=wants,
        requests=requests,
        ask_row=np.array(ask_row, dtype=np.int32),
        ask_number=np.array(ask_number, dtype=np.int32),
        ask_node=np.array(ask_node, dtype=np.int32),
        ask_weight=np.array(ask_weight, dtype=np.float32),
        need_texts=need_texts,
        have_texts=have_texts,
    )


def need_text(profile: OrgProfile) -> str:
    """The text of what an organisation looks for (its requests)."""
    return "\n".join(item.full_text for item in profile.requests)


def have_text(profile: OrgProfile) -> str:
    """The text of what an organisation does (its offers and description)."""
    return "\n".join([*(item.full_text for item in profile.offers), profile.description])
