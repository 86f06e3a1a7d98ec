"""The match index: every profile's vectors in memory, ranked with a few matrix products.

Build it once (:meth:`MatchIndex.build`), then keep it current with
:meth:`MatchIndex.update` and :meth:`MatchIndex.remove` as profiles change; nothing is
ever rebuilt. Scores only depend on the profiles held, so an index updated in place
ranks exactly like one built afresh from the same profiles.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from ..errors import NotFound
from ..progress import Job, Progress
from ..taxonomy import TaxonomyGraph
from .concepts import ConceptModel
from .explain import Explainer, Suggestion
from .profile import OrgProfile
from .signals import Derived, derive
from .textsim import N_FEATURES, TextFeaturizer, idf_weights

FloatArray = npt.NDArray[np.float32]
_CELLS_PER_CHUNK = 3_000_000  # scores computed at once in suggest_all (memory bound)
BEST_REQUEST = 0.7  # share of the best-met request in coverage; the rest is the mean over requests


@dataclass(frozen=True)
class Weights:
    """How the signals add up to a score (0..1, shown as 0..100)."""

    theirs_for_you: float = 0.50  # their offers against your requests
    yours_for_them: float = 0.30  # your offers against their requests
    focus: float = 0.12  # shared focus (nodes and wording of what both do)
    org_type: float = 0.08  # they are the kind of organisation your requests look for
    agreement: float = 0.3  # concept and text evidence: 0.7 * stronger + 0.3 * weaker
    text_saturation: float = 0.5  # a text cosine this high counts as a full match
    focus_text: float = 0.4  # share of wording in the focus signal


@dataclass(frozen=True)
class Signals:
    """The signals of one pair (a for whom, b suggested), each 0..1."""

    theirs_for_you: float
    yours_for_them: float
    focus: float
    org_type: float
    score: float


class MatchIndex:
    """Profiles and their vectors; ranks partners for one organisation or for all."""

    def __init__(self, graph: TaxonomyGraph | None = None, *, weights: Weights | None = None) -> None:
        self.model = ConceptModel(graph or TaxonomyGraph.from_file())
        self.weights = weights or Weights()
        self.text = TextFeaturizer()
        size = len(self.model)
        self._capacity = 0
        self._have = np.zeros((0, size), dtype=np.float32)
        self._focus = np.zeros((0, size), dtype=np.float32)
        self._type = np.zeros(0, dtype=np.int32)
        self._wants = np.zeros(0, dtype=np.int32)
        self._country = np.zeros(0, dtype=np.int32)
        self._alive = np.zeros(0, dtype=bool)
        self._countries: dict[str, int] = {}
        self._profiles: list[OrgProfile | None] = []
        self._derived: list[Derived | None] = []
        self._need_rows: list[sparse.csr_matrix | None] = []
        self._have_rows: list[sparse.csr_matrix | None] = []
        self._row_of: dict[int, int] = {}
        self._free: list[int] = []
        self._df = np.zeros(N_FEATURES, dtype=np.int32)
        self._stacked: tuple[sparse.csr_matrix, sparse.csr_matrix] | None = None
        self._asks: _Asks | None = None
        self._weighted: tuple[FloatArray, FloatArray, FloatArray] | None = None  # idf², need/have norms
        self.explainer = Explainer(self)

    # ------------------------------------------------------------------ building and updating

    @classmethod
    def build(
        cls, profiles: Iterable[OrgProfile], graph: TaxonomyGraph | None = None, *, weights: Weights | None = None
    ) -> MatchIndex:
        """An index of ``profiles`` (ids must be unique; a later duplicate replaces an earlier one)."""
        index = cls(graph, weights=weights)
        index.add_many(profiles)
        return index

    def add_many(self, profiles: Iterable[OrgProfile]) -> None:
        """Add or replace many profiles at once (texts are vectorised in one batch)."""
        batch = list({p.id: p for p in profiles}.values())
        if not batch:
            return
        derived = [derive(p, self.model) for p in batch]
        need_rows = self.text.transform([d.need_text for d in derived])
        have_rows = self.text.transform([d.have_text for d in derived])
        for i, (profile, info) in enumerate(zip(batch, derived, strict=True)):
            self._put(profile, info, need_rows[i], have_rows[i])

    def update(self, profile: OrgProfile) -> None:
        """Add a profile or replace the one with the same id."""
        self.add_many([profile])

    def remove(self, org_id: int) -> None:
        """Forget a profile; raises NotFound if it is not in the index."""
        row = self._row_of.pop(org_id, None)
        if row is None:
            raise NotFound(f"Organisation {org_id} is not in the match index")
        self._clear(row)
        self._free.append(row)

    def __len__(self) -> int:
        return len(self._row_of)

    def __contains__(self, org_id: object) -> bool:
        return org_id in self._row_of

    def __iter__(self) -> Iterator[OrgProfile]:
        for row in sorted(self._row_of.values()):
            profile = self._profiles[row]
            if profile is not None:
                yield profile

    def profile(self, org_id: int) -> OrgProfile:
        """The profile held for ``org_id``; raises NotFound."""
        return self._get(self._row(org_id))[0]

    def _row(self, org_id: int) -> int:
        row = self._row_of.get(org_id)
        if row is None:
            raise NotFound(f"Organisation {org_id} is not in the match index")
        return row

    def _get(self, row: int) -> tuple[OrgProfile, Derived]:
        profile, info = self._profiles[row], self._derived[row]
        assert profile is not None and info is not None
        return profile, info

    def _grow(self, needed: int) -> None:
        if needed <= self._capacity:
            return
        capacity = max(needed, 2 * self._capacity, 64)
        extra = capacity - self._capacity
        size = len(self.model)
        self._have = np.vstack([self._have, np.zeros((extra, size), dtype=np.float32)])
        self._focus = np.vstack([self._focus, np.zeros((extra, size), dtype=np.float32)])
        self._type = np.concatenate([self._type, np.zeros(extra, dtype=np.int32)])
        self._wants = np.concatenate([self._wants, np.zeros(extra, dtype=np.int32)])
        self._country = np.concatenate([self._country, np.full(extra, -1, dtype=np.int32)])
        self._alive = np.concatenate([self._alive, np.zeros(extra, dtype=bool)])
        self._profiles.extend([None] * extra)
        self._derived.extend([None] * extra)
        self._need_rows.extend([None] * extra)
        self._have_rows.extend([None] * extra)
        self._capacity = capacity

    def _put(self, profile: OrgProfile, info: Derived, need: sparse.csr_matrix, have: sparse.csr_matrix) -> None:
        row = self._row_of.get(profile.id)
        if row is None:
            if self._free:
                row = self._free.pop()
            else:
                row = len(self._row_of) + len(self._free)
                self._grow(row + 1)
            self._row_of[profile.id] = row
        else:
            self._clear(row)
        self._profiles[row], self._derived[row] = profile, info
        self._have[row], self._focus[row] = info.have, info.focus
        self._type[row], self._wants[row] = info.type_bit, info.wants
        self._country[row] = self._countries.setdefault(profile.country.upper(), len(self._countries))
        self._alive[row] = True
        self._need_rows[row], self._have_rows[row] = need, have
        self._df[np.union1d(need.indices, have.indices)] += 1
        self._stacked = self._weighted = self._asks = None

    def _clear(self, row: int) -> None:
        need, have = self._need_rows[row], self._have_rows[row]
        if need is not None and have is not None:
            self._df[np.union1d(need.indices, have.indices)] -= 1
        self._profiles[row] = self._derived[row] = None
        self._need_rows[row] = self._have_rows[row] = None
        self._have[row] = self._focus[row] = 0.0
        self._alive[row] = False
        self._country[row] = -1
        self._stacked = self._weighted = self._asks = None

    # ------------------------------------------------------------------ text matrices

    def _text_matrices(self) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        if self._stacked is None:
            self._stacked = (_stack(self._need_rows), _stack(self._have_rows))
        return self._stacked

    def _requests(self) -> _Asks:
        """Every request of every row as one sparse matrix, rows grouped by organisation."""
        if self._asks is None:
            blocks: list[FloatArray] = []
            owners: list[int] = []
            size = len(self.model)
            for row, info in enumerate(self._derived):
                if info is not None and len(info.asks):
                    blocks.append(info.asks)
                    owners.append(row)
            matrix = sparse.csr_matrix(np.vstack(blocks) if blocks else np.zeros((0, size), dtype=np.float32))
            counts = np.array([len(self._get(row)[1].asks) for row in owners], dtype=np.int64)
            starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
            first = np.full(self._capacity, -1, dtype=np.int64)
            number = np.zeros(self._capacity, dtype=np.int64)
            first[owners], number[owners] = starts, counts
            self._asks = _Asks(matrix, np.array(owners, dtype=np.intp), starts, counts, first, number)
        return self._asks

    def _coverage(self, rows: npt.NDArray[np.intp]) -> tuple[FloatArray, FloatArray]:
        """How well each row's requests are met by every row (forward) and the reverse, |rows| x capacity.

        Per request: sum over its nodes of weight x how well the other covers the node;
        per organisation: mostly the best-met request (one need well met is worth a meeting), plus the mean.
        """
        asks = self._requests()
        capacity = self._capacity
        forward = np.zeros((len(rows), capacity), dtype=np.float32)
        mine = [np.arange(asks.first[r], asks.first[r] + asks.number[r]) for r in rows if asks.number[r]]
        if mine:
            picked = asks.matrix[np.concatenate(mine)]
            per_request = np.asarray(picked @ self._have.T, dtype=np.float32)
            with_requests = np.flatnonzero(asks.number[rows] > 0)
            forward[with_requests] = _aggregate(per_request, asks.number[rows][with_requests])
        reverse = np.zeros((len(rows), capacity), dtype=np.float32)
        if asks.matrix.shape[0]:
            per_request = np.asarray(asks.matrix @ self._have[rows].T, dtype=np.float32)
            reverse[:, asks.owners] = _aggregate(per_request, asks.counts).T
        return forward, reverse

    def _text_weights(self) -> tuple[FloatArray, FloatArray, FloatArray]:
        """idf² and the idf-weighted norms of every row's need and have text."""
        if self._weighted is None:
            need, have = self._text_matrices()
            idf2 = idf_weights(self._df, len(self)) ** 2
            self._weighted = (idf2, _norms(need, idf2), _norms(have, idf2))
        return self._weighted

    # ------------------------------------------------------------------ scoring

    def _score_rows(self, rows: npt.NDArray[np.intp]) -> dict[str, FloatArray]:
        """Signals of each row in ``rows`` against every row of the index (|rows| x capacity)."""
        w = self.weights
        need, have = self._text_matrices()
        idf2, need_norm, have_norm = self._text_weights()
        cov_ab, cov_ba = self._coverage(rows)
        focus_nodes = self._focus[rows] @ self._focus.T
        q_need = sparse.csr_matrix(need[rows].multiply(idf2))
        q_have = sparse.csr_matrix(have[rows].multiply(idf2))
        t_ab = _cosines(q_need @ have.T, need_norm[rows], have_norm)
        t_ba = _cosines(q_have @ need.T, have_norm[rows], need_norm)
        t_hh = _cosines(q_have @ have.T, have_norm[rows], have_norm)
        saturation = w.text_saturation
        dir_ab = _agree(cov_ab, np.minimum(1.0, t_ab / saturation), w.agreement)
        dir_ba = _agree(cov_ba, np.minimum(1.0, t_ba / saturation), w.agreement)
        focus = (1.0 - w.focus_text) * focus_nodes + w.focus_text * np.minimum(1.0, t_hh / saturation)
        type_ab = (self._wants[rows][:, None] & self._type[None, :]) != 0
        type_ba = (self._type[rows][:, None] & self._wants[None, :]) != 0
        org_type = np.maximum(type_ab.astype(np.float32), 0.5 * type_ba.astype(np.float32))
        score = w.theirs_for_you * dir_ab + w.yours_for_them * dir_ba + w.focus * focus + w.org_type * org_type
        return {
            "theirs_for_you": dir_ab,
            "yours_for_them": dir_ba,
            "focus": focus,
            "org_type": org_type,
            "score": np.clip(score, 0.0, 1.0).astype(np.float32),
        }

    def signals(self, org_id: int, partner_id: int) -> Signals:
        """All signals of one pair (for ``org_id``, suggesting ``partner_id``)."""
        row, other = self._row(org_id), self._row(partner_id)
        return Signals(**_pair(self._score_rows(np.array([row])), other))

    def _mask(
        self,
        row: int,
        include_same_country: bool,
        candidates: npt.NDArray[np.bool_] | None,
        exclude: Collection[int],
    ) -> npt.NDArray[np.bool_]:
        mask = self._alive.copy()
        mask[row] = False
        if not include_same_country:
            mask &= self._country != self._country[row]
        if candidates is not None:
            mask &= candidates
        for org_id in exclude:
            other = self._row_of.get(org_id)
            if other is not None:
                mask[other] = False
        return mask

    def _candidate_mask(self, candidates: Collection[int] | None) -> npt.NDArray[np.bool_] | None:
        if candidates is None:
            return None
        mask = np.zeros(self._capacity, dtype=bool)
        rows = [self._row_of[c] for c in candidates if c in self._row_of]
        mask[rows] = True
        return mask

    def suggest(
        self,
        org: int | OrgProfile,
        *,
        top: int = 10,
        include_same_country: bool = False,
        candidates: Collection[int] | None = None,
        exclude: Collection[int] = (),
        min_score: int = 1,
    ) -> list[Suggestion]:
        """The best ``top`` partners for ``org`` (an id in the index, or a profile, which is added).

        ``candidates`` limits the partners (event mode: the participants); ``exclude``
        removes ids (met, declined, excluded by the user). Best first; ties by name.
        """
        if isinstance(org, OrgProfile):
            self.update(org)
            org = org.id
        row = self._row(org)
        mask = self._mask(row, include_same_country, self._candidate_mask(candidates), exclude)
        values = self._score_rows(np.array([row]))
        best = self._top(values["score"][0], mask, top, min_score)
        return [self.explainer.explain(row, other, _pair(values, other)) for other, _ in best]

    def ranking(
        self,
        org_ids: Collection[int] | None = None,
        *,
        top: int = 10,
        include_same_country: bool = False,
        candidates: Collection[int] | None = None,
        exclusions: Mapping[int, Collection[int]] | None = None,
        min_score: int = 1,
    ) -> Job[dict[int, list[tuple[int, int]]]]:
        """Top partners of many organisations (default: all) as (partner id, score 0..100), best first.

        A job: yields Progress per block of organisations, returns {org id: ranking}.
        Call :meth:`explain` for the reasons of the pairs you show.
        """
        ids = list(org_ids) if org_ids is not None else [p.id for p in self]
        rows = np.array([self._row(org_id) for org_id in ids], dtype=np.intp)
        allowed = self._candidate_mask(candidates)
        chunk = max(1, min(1024, _CELLS_PER_CHUNK // max(1, self._capacity)))
        result: dict[int, list[tuple[int, int]]] = {}
        ids_by_row = {row: org_id for org_id, row in self._row_of.items()}
        for start in range(0, len(rows), chunk):
            yield Progress(start, len(rows), "Ranking partners")
            block = rows[start : start + chunk]
            scores = self._score_rows(block)["score"]
            for i, row in enumerate(block):
                org_id = ids[start + i]
                mask = self._mask(int(row), include_same_country, allowed, (exclusions or {}).get(org_id, ()))
                result[org_id] = [
                    (ids_by_row[other], _percent(score)) for other, score in self._top(scores[i], mask, top, min_score)
                ]
        yield Progress(len(rows), len(rows), "Ranking partners")
        return result

    def explain(self, org_id: int, partner_id: int) -> Suggestion:
        """The suggestion of ``partner_id`` for ``org_id``, with score and reasons (no rules applied)."""
        row, other = self._row(org_id), self._row(partner_id)
        return self.explainer.explain(row, other, _pair(self._score_rows(np.array([row])), other))

    @staticmethod
    def _top(scores: FloatArray, mask: npt.NDArray[np.bool_], top: int, min_score: int) -> list[tuple[int, float]]:
        allowed = np.flatnonzero(mask & (scores * 100.0 >= min_score - 0.5))
        if top <= 0 or not len(allowed):
            return []
        values = scores[allowed]
        if len(allowed) > top:
            best = np.argpartition(-values, top - 1)[:top]
            allowed, values = allowed[best], values[best]
        order = np.lexsort((allowed, -values))
        return [(int(allowed[i]), float(values[i])) for i in order]


@dataclass(frozen=True)
class _Asks:
    matrix: sparse.csr_matrix  # one row per request, over taxonomy nodes
    owners: npt.NDArray[np.intp]  # index rows that have requests, in matrix order
    starts: npt.NDArray[np.int64]  # first matrix row of each owner
    counts: npt.NDArray[np.int64]  # requests of each owner
    first: npt.NDArray[np.int64]  # by index row: first matrix row (-1 without requests)
    number: npt.NDArray[np.int64]  # by index row: how many requests


def _aggregate(per_request: FloatArray, counts: npt.NDArray[np.int64]) -> FloatArray:
    """Consecutive groups of request rows (sizes ``counts``, all > 0) to 0.7 best + 0.3 mean."""
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    best = np.maximum.reduceat(per_request, starts, axis=0)
    mean = np.add.reduceat(per_request, starts, axis=0) / counts[:, None]
    return (BEST_REQUEST * best + (1.0 - BEST_REQUEST) * mean).astype(np.float32)


def _pair(values: dict[str, FloatArray], column: int) -> dict[str, float]:
    return {key: float(array[0, column]) for key, array in values.items()}


def _percent(score: float) -> int:
    return round(100.0 * score)


def _agree(concepts: FloatArray, text: FloatArray, weaker: float) -> FloatArray:
    """Concept and text evidence combined: mostly the stronger, more when both agree."""
    return ((1.0 - weaker) * np.maximum(concepts, text) + weaker * np.minimum(concepts, text)).astype(np.float32)


def _stack(rows: list[sparse.csr_matrix | None]) -> sparse.csr_matrix:
    """Stack single-row matrices (None = empty row) into one CSR matrix, without scipy's slow vstack."""
    lengths = np.array([0 if r is None else r.nnz for r in rows], dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    present = [r for r in rows if r is not None and r.nnz]
    indices = np.concatenate([r.indices for r in present]) if present else np.zeros(0, dtype=np.int32)
    data = np.concatenate([r.data for r in present]) if present else np.zeros(0, dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), N_FEATURES))


def _norms(matrix: sparse.csr_matrix, idf2: FloatArray) -> FloatArray:
    squared = matrix.copy()
    squared.data **= 2
    return np.sqrt(np.asarray(squared @ idf2, dtype=np.float32)).ravel()


def _cosines(dots: sparse.spmatrix, left: FloatArray, right: FloatArray) -> FloatArray:
    dense = np.asarray(dots.toarray(), dtype=np.float32)
    denominator = left[:, None] * right[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.where(denominator > 0, dense / denominator, 0.0)
    return result.astype(np.float32)
