"""Suggestions and their reasons: which request of one side matches which offer of the other, and why."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from scipy import sparse

from .profile import OrgProfile, ProfileItem
from .signals import FROM_CAPABILITY, FROM_DESCRIPTION, TYPE_BITS, TYPE_NAMES, Derived
from .textsim import cosine

if TYPE_CHECKING:
    from .index import MatchIndex

#: An item pair counts as a match (a reason, and for the mutual marker) from this strength on.
ITEM_MATCH = 0.35
MAX_REASONS = 6
MAX_FOCUS_LABELS = 3

Direction = Literal["theirs_for_you", "yours_for_them"]
MatchKind = Literal["offer", "capability", "description"]


@dataclass(frozen=True)
class MatchedItem:
    """One request of one side met by an offer (or capability, or the description) of the other."""

    direction: Direction  # "theirs_for_you": your request, their offer; "yours_for_them": the reverse
    request: str  # the request as quoted
    request_id: int | None
    kind: MatchKind
    matched: str  # the offer title, capability label or "description"
    matched_id: int | None  # the offer's Opportunity id
    concepts: tuple[str, ...]  # codes that link the two: shared nodes, or (request node, offer node)
    concept_credit: float  # 1 same node, 0.6 parent/child, 0.4 sibling, ...
    text_similarity: float  # idf-weighted cosine of the two texts
    strength: float  # 0..1

    def reason(self, labels: Any) -> str:
        if self.direction == "theirs_for_you":
            head = f"Your request '{self.request}' matches their "
        else:
            head = f"Their request '{self.request}' matches your "
        what = {"offer": f"offer '{self.matched}'", "capability": f"capability '{self.matched}'"}.get(
            self.kind, "description"
        )
        return head + what + _why(self, labels)


@dataclass
class Suggestion:
    """A partner suggested for an organisation, with why."""

    id: int
    name: str
    country: str
    org_type: str
    score: int  # 0..100
    mutual: bool  # each side has something the other asked for
    reasons: list[str]
    matches: list[MatchedItem] = field(default_factory=list)
    shared_focus: list[str] = field(default_factory=list)  # taxonomy codes both work in
    signals: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; ``matches`` as objects with the fields of MatchedItem."""
        data = asdict(self)
        data["matches"] = [asdict(m) | {"concepts": list(m.concepts)} for m in self.matches]
        return data


def _why(match: MatchedItem, labels: Any) -> str:
    if match.concept_credit >= 1.0 and match.concepts:
        return f" ({', '.join(labels(code) for code in match.concepts)})"
    if match.concept_credit > 0 and len(match.concepts) == 2:
        return f" (related: {labels(match.concepts[0])} / {labels(match.concepts[1])})"
    return " (similar wording)"


class Explainer:
    """Item-level matching for the pairs an index returns."""

    def __init__(self, index: MatchIndex) -> None:
        self.index = index
        self._vectors: dict[int, tuple[object, list[sparse.csr_matrix], list[sparse.csr_matrix]]] = {}

    def _item_vectors(self, row: int) -> tuple[list[sparse.csr_matrix], list[sparse.csr_matrix]]:
        profile = self.index._profile(row)
        cached = self._vectors.get(row)
        if cached is not None and cached[0] is profile:
            return cached[1], cached[2]
        texts = [item.full_text for item in (*profile.requests, *profile.offers)]
        matrix = self.index.text.transform(texts) if texts else sparse.csr_matrix((0, 1))
        rows = [matrix[i] for i in range(matrix.shape[0])]
        requests, offers = rows[: len(profile.requests)], rows[len(profile.requests) :]
        if len(self._vectors) > 4096:
            self._vectors.clear()
        self._vectors[row] = (profile, requests, offers)
        return requests, offers

    def explain(self, row: int, other: int, signals: dict[str, float]) -> Suggestion:
        """The suggestion of row ``other`` for row ``row``; ``signals`` as computed by the index."""
        index = self.index
        me, mine = index._profile(row), index.derived(row)
        them, theirs = index._profile(other), index.derived(other)
        matches = [
            *self._matches(row, other, me, mine, them, theirs, "theirs_for_you"),
            *self._matches(other, row, them, theirs, me, mine, "yours_for_them"),
        ]
        matches.sort(key=lambda m: (m.direction != "theirs_for_you", -m.strength))
        label = index.model.label
        reasons = [m.reason(label) for m in matches[:MAX_REASONS]]
        focus_codes = self._shared_focus(mine, theirs)
        if focus_codes:
            reasons.append("Shared focus: " + ", ".join(label(code) for code in focus_codes))
        if mine.wants & theirs.type_bit:
            reasons.append(f"They are {TYPE_NAMES.get(them.org_type, them.org_type)}, as your requests look for")
        elif theirs.wants & mine.type_bit:
            reasons.append(f"You are {TYPE_NAMES.get(me.org_type, me.org_type)}, as their requests look for")
        return Suggestion(
            id=them.id,
            name=them.name,
            country=them.country,
            org_type=them.org_type,
            score=round(100.0 * signals["score"]),
            mutual=any(m.direction == "theirs_for_you" for m in matches)
            and any(m.direction == "yours_for_them" for m in matches),
            reasons=reasons,
            matches=matches,
            shared_focus=focus_codes,
            signals={key: round(value, 4) for key, value in signals.items()},
        )

    def _shared_focus(self, mine: Derived, theirs: Derived) -> list[str]:
        model = self.index.model
        ours = mine.capability_concepts | set().union(*mine.offer_concepts, set())
        both = ours & (theirs.capability_concepts | set().union(*theirs.offer_concepts, set()))
        # Most specific first: deeper nodes say more than "Games" or "Digital".
        ranked = sorted(both, key=lambda n: (-model.codes[n].count("."), n))
        return [model.codes[n] for n in ranked[:MAX_FOCUS_LABELS]]

    def _matches(
        self,
        asker_row: int,
        giver_row: int,
        asker: OrgProfile,
        asking: Derived,
        giver: OrgProfile,
        giving: Derived,
        direction: Direction,
    ) -> list[MatchedItem]:
        model = self.index.model
        agreement, saturation = self.index.weights.agreement, self.index.weights.text_saturation
        idf2 = self.index._text_weights()[0]
        request_vectors, _ = self._item_vectors(asker_row)
        _, offer_vectors = self._item_vectors(giver_row)
        found: list[MatchedItem] = []
        for request, concepts, request_vector in zip(
            asker.requests, asking.request_concepts, request_vectors, strict=True
        ):
            item = partial(_matched, direction, request, concepts, model)
            best: MatchedItem | None = None
            for offer, offered, offer_vector in zip(giver.offers, giving.offer_concepts, offer_vectors, strict=True):
                credit, a, b = model.best_credit(concepts, offered)
                similarity = cosine(request_vector, offer_vector, idf2)
                text = min(1.0, similarity / saturation)
                strength = (1 - agreement) * max(credit, text) + agreement * min(credit, text)
                if best is None or strength > best.strength:
                    best = item("offer", offer.display, offer.id, offered, credit, a, b, similarity, strength)
            for kind, offered, weight in [
                ("capability", giving.capability_concepts, FROM_CAPABILITY),
                ("description", giving.description_concepts, FROM_DESCRIPTION),
            ]:
                if best is not None and best.strength >= ITEM_MATCH:
                    break
                credit, a, b = model.best_credit(concepts, offered)
                if credit * weight >= ITEM_MATCH and (best is None or credit * weight > best.strength):
                    name = model.label(model.codes[b]) if kind == "capability" else "description"
                    best = item(kind, name, None, offered, credit, a, b, 0.0, credit * weight)  # type: ignore[arg-type]
            if best is not None and best.strength >= ITEM_MATCH:
                found.append(best)
        return found


def _matched(
    direction: Direction,
    request: ProfileItem,
    wanted: AbstractSet[int],
    model: Any,
    kind: MatchKind,
    matched: str,
    matched_id: int | None,
    offered: AbstractSet[int],
    credit: float,
    a: int,
    b: int,
    similarity: float,
    strength: float,
) -> MatchedItem:
    return MatchedItem(
        direction=direction,
        request=request.display,
        request_id=request.id,
        kind=kind,
        matched=matched,
        matched_id=matched_id,
        concepts=_codes(model, a, b, wanted, offered),
        concept_credit=credit,
        text_similarity=round(similarity, 3),
        strength=strength,
    )


def _codes(model: Any, a: int, b: int, wanted: AbstractSet[int], offered: AbstractSet[int]) -> tuple[str, ...]:
    """The nodes to name: up to two shared ones (most specific first), else the linked pair."""
    shared = sorted(wanted & offered, key=lambda n: (-model.codes[n].count("."), n))
    if shared:
        return tuple(model.codes[n] for n in shared[:2])
    if a < 0 or b < 0:
        return ()
    return (model.codes[a], model.codes[b])


__all__ = ["FROM_CAPABILITY", "FROM_DESCRIPTION", "TYPE_BITS", "MatchedItem", "Suggestion"]
