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
    focus: float = 0.12  # shared focus: the taxonomy nodes both work in (and their ancestors)
    org_type: float = 0.08  # 2/3 if they are the type your requests look for, + 1/3 for the reverse
    agreement: float = 0.3  # concept and text evidence: 0.7 * stronger + 0.3 * weaker
    text_saturation: float = 0.5  # a text cosine this high counts as a full match


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
        self._requests_of = np.zeros(0, dtype=np.int64)  # number of requests of each row
        self._ids = np.zeros(0, dtype=np.int64)  # organisation id of each row (-1: free)
        self._countries: dict[str, int] = {}
        self._profiles: list[OrgProfile | None] = []
        self._ask_rows: list[FloatArray | None] = []  # per row: (request, node, weight) triples
        self._row_of: dict[int, int] = {}
        self._free: list[int] = []
        # Text rows live in two CSR matrices; changes wait in _pending until the next query.
        self._need_text = sparse.csr_matrix((0, N_FEATURES), dtype=np.float32)
        self._have_text = sparse.csr_matrix((0, N_FEATURES), dtype=np.float32)
        self._pending: list[tuple[npt.NDArray[np.intp], sparse.csr_matrix, sparse.csr_matrix]] = []
        self._df = np.zeros(N_FEATURES, dtype=np.int32)
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
        need = self.text.transform([d.need_text for d in derived])
        have = self.text.transform([d.have_text for d in derived])
        rows = np.array([self._put(profile, info) for profile, info in zip(batch, derived, strict=True)], np.intp)
        self._pending.append((rows, need, have))
        self._asks = self._weighted = None

    def update(self, profile: OrgProfile) -> None:
        """Add a profile or replace the one with the same id."""
        self.add_many([profile])

    def remove(self, org_id: int) -> None:
        """Forget a profile; raises NotFound if it is not in the index."""
        row = self._row_of.pop(org_id, None)
        if row is None:
            raise NotFound(f"Organisation {org_id} is not in the match index")
        self._profiles[row] = None
        self._ask_rows[row] = None
        self._have[row] = self._focus[row] = 0.0
        self._alive[row] = False
        self._country[row] = -1
        self._requests_of[row] = 0
        self._ids[row] = -1
        empty = sparse.csr_matrix((1, N_FEATURES), dtype=np.float32)
        self._pending.append((np.array([row], dtype=np.intp), empty, empty))
        self._free.append(row)
        self._asks = self._weighted = None

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
        return self._profile(self._row(org_id))

    def _row(self, org_id: int) -> int:
        row = self._row_of.get(org_id)
        if row is None:
            raise NotFound(f"Organisation {org_id} is not in the match index")
        return row

    def _profile(self, row: int) -> OrgProfile:
        profile = self._profiles[row]
        assert profile is not None
        return profile

    def _grow(self, needed: int) -> None:
        if needed <= self._capacity:
            return
        capacity = max(needed, self._capacity + self._capacity // 2, 64)
        extra = capacity - self._capacity
        size = len(self.model)
        self._have = np.vstack([self._have, np.zeros((extra, size), dtype=np.float32)])
        self._focus = np.vstack([self._focus, np.zeros((extra, size), dtype=np.float32)])
        self._type = np.concatenate([self._type, np.zeros(extra, dtype=np.int32)])
        self._wants = np.concatenate([self._wants, np.zeros(extra, dtype=np.int32)])
        self._country = np.concatenate([self._country, np.full(extra, -1, dtype=np.int32)])
        self._alive = np.concatenate([self._alive, np.zeros(extra, dtype=bool)])
        self._requests_of = np.concatenate([self._requests_of, np.zeros(extra, dtype=np.int64)])
        self._ids = np.concatenate([self._ids, np.full(extra, -1, dtype=np.int64)])
        self._profiles.extend([None] * extra)
        self._ask_rows.extend([None] * extra)
        self._capacity = capacity

    def _put(self, profile: OrgProfile, info: Derived) -> int:
        row = self._row_of.get(profile.id)
        if row is None:
            if self._free:
                row = self._free.pop()
            else:
                row = len(self._row_of) + len(self._free)
                if row >= self._capacity:
                    self._grow(row + 1)
            self._row_of[profile.id] = row
        self._profiles[row] = profile
        self._have[row], self._focus[row] = info.have, info.focus
        self._type[row], self._wants[row] = info.type_bit, info.wants
        self._country[row] = self._countries.setdefault(profile.country.upper(), len(self._countries))
        self._alive[row] = True
        self._requests_of[row] = len(profile.requests)
        self._ask_rows[row] = info.asks if len(info.asks) else None
        self._ids[row] = profile.id
        return row

    def derived(self, row: int) -> Derived:
        """Concepts and vectors of a row's profile (recomputed: the index keeps only the arrays)."""
        return derive(self._profile(row), self.model)

    # ------------------------------------------------------------------ text matrices

    def _text_matrices(self) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        """The need and have text rows, with every pending change applied (in one pass)."""
        if self._pending or self._need_text.shape[0] != self._capacity:
            rows = np.concatenate([batch[0] for batch in self._pending]) if self._pending else np.zeros(0, np.intp)
            need = _vstack([batch[1] for batch in self._pending])
            have = _vstack([batch[2] for batch in self._pending])
            # A row changed twice: the last change wins.
            last = len(rows) - 1 - np.unique(rows[::-1], return_index=True)[1]
            rows, need, have = rows[last], need[last], have[last]
            current_need = _resize(self._need_text, self._capacity)
            current_have = _resize(self._have_text, self._capacity)
            if current_need.nnz or current_have.nnz:
                old = current_need[rows] + current_have[rows]
                self._df -= np.bincount(old.indices, minlength=N_FEATURES).astype(np.int32)
            new = need + have
            self._df += np.bincount(new.indices, minlength=N_FEATURES).astype(np.int32)
            self._need_text = _replace_rows(current_need, rows, need)
            self._have_text = _replace_rows(current_have, rows, have)
            self._pending = []
            self._weighted = None
        return self._need_text, self._have_text

    def _requests(self) -> _Asks:
        """Every request of every row as one sparse matrix; owners ordered by their number of requests,
        so each group of owners with c requests is a block that reshapes to (owners, c)."""
        if self._asks is None:
            size = len(self.model)
            with_requests = np.flatnonzero(self._requests_of > 0).astype(np.intp)
            by_count = np.lexsort((with_requests, self._requests_of[with_requests]))
            owners = with_requests[by_count]
            counts = self._requests_of[owners]
            starts = (np.cumsum(counts) - counts).astype(np.int64)
            present = [(start, self._ask_rows[row]) for start, row in zip(starts, owners, strict=True)]
            blocks = [(start, block) for start, block in present if block is not None]
            if blocks:
                triples = np.concatenate([block for _, block in blocks])
                offsets = np.repeat([start for start, _ in blocks], [len(block) for _, block in blocks])
                request_rows = triples[:, 0].astype(np.int64) + offsets
                nodes, values = triples[:, 1].astype(np.int64), triples[:, 2]
            else:
                request_rows = nodes = np.zeros(0, dtype=np.int64)
                values = np.zeros(0, dtype=np.float32)
            total = int(counts.sum())
            matrix = sparse.csr_matrix((values, (request_rows, nodes)), shape=(total, size), dtype=np.float32)
            first = np.full(self._capacity, -1, dtype=np.int64)
            first[owners] = starts
            buckets: list[tuple[int, int, int, int]] = []  # count, owner from..to, first request
            for count in np.unique(counts):
                where = np.flatnonzero(counts == count)
                buckets.append((int(count), int(where[0]), int(where[-1]) + 1, int(starts[where[0]])))
            self._asks = _Asks(matrix, owners, first, self._requests_of.copy(), buckets)
        return self._asks

    def _coverage(self, rows: npt.NDArray[np.intp]) -> tuple[FloatArray, FloatArray]:
        """How well each row's requests are met by every row (forward) and the reverse, capacity x |rows|.

        Per request: sum over its nodes of weight x how well the other covers the node;
        per organisation: mostly the best-met request (one need well met is worth a meeting), plus the mean.
        """
        asks = self._requests()
        capacity = self._capacity
        forward = np.zeros((capacity, len(rows)), dtype=np.float32)
        numbers = asks.number[rows]
        for count in np.unique(numbers[numbers > 0]):
            positions = np.flatnonzero(numbers == count)
            requests = (asks.first[rows[positions]][:, None] + np.arange(count)[None, :]).ravel()
            picked = asks.matrix[requests].toarray()  # (positions x count) requests, dense over few nodes
            per_request = (self._have @ picked.T).reshape(capacity, len(positions), int(count))
            forward[:, positions] = _best_and_mean(per_request, axis=2)
        reverse = np.zeros((capacity, len(rows)), dtype=np.float32)
        if asks.matrix.shape[0]:
            per_request = np.asarray(asks.matrix @ self._have[rows].T, dtype=np.float32)  # requests x |rows|
            for count, start, stop, first in asks.buckets:
                block = per_request[first : first + (stop - start) * count].reshape(stop - start, count, len(rows))
                reverse[asks.owners[start:stop]] = _best_and_mean(block, axis=1)
        return forward, reverse

    def _text_weights(self) -> tuple[FloatArray, FloatArray, FloatArray]:
        """idf² and 1 / the idf-weighted norm of every row's need and have text (0 for empty texts)."""
        if self._weighted is None:
            need, have = self._text_matrices()
            idf2 = idf_weights(self._df, len(self)) ** 2
            self._weighted = (idf2, _inverse_norms(need, idf2), _inverse_norms(have, idf2))
        return self._weighted

    # ------------------------------------------------------------------ scoring

    def _score_rows(self, rows: npt.NDArray[np.intp], *, signals: bool = True) -> dict[str, FloatArray]:
        """Signals of each row in ``rows`` against every row of the index, as |rows| x capacity arrays.

        Computed as capacity x |rows| (the big matrices stay on the left, nothing large is
        transposed) with in-place arithmetic: ranking everyone calls this on blocks of rows.
        With ``signals=False`` only "score" is returned.
        """
        w = self.weights
        need, have = self._text_matrices()
        idf2, need_inverse, have_inverse = self._text_weights()
        cov_ab, cov_ba = self._coverage(rows)
        q_need, q_have = _weigh(need[rows], idf2), _weigh(have[rows], idf2)
        t_ab = _cosines(have @ q_need, have_inverse, need_inverse[rows])
        t_ba = _cosines(need @ q_have, need_inverse, have_inverse[rows])
        dir_ab = _agree(cov_ab, t_ab, w.agreement, w.text_saturation)
        dir_ba = _agree(cov_ba, t_ba, w.agreement, w.text_saturation)
        focus = np.asarray(self._focus @ self._focus[rows].T, dtype=np.float32)
        org_type = self._org_type(rows)
        values: dict[str, FloatArray] = {}
        if signals:
            values = {"theirs_for_you": dir_ab.T.copy(), "yours_for_them": dir_ba.T.copy(), "focus": focus.T.copy()}
            values["org_type"] = np.asarray(org_type.toarray().T, dtype=np.float32)
        score = dir_ab
        score *= w.theirs_for_you
        dir_ba *= w.yours_for_them
        score += dir_ba
        focus *= w.focus
        score += focus
        if org_type.nnz:
            score += w.org_type * org_type.toarray()
        np.clip(score, 0.0, 1.0, out=score)
        # Batched and single products round differently in the last bits; 5 decimals make both rank alike.
        np.round(score, 5, out=score)
        values["score"] = np.ascontiguousarray(score.T)
        return values

    def _org_type(self, rows: npt.NDArray[np.intp]) -> sparse.csr_matrix:
        """2/3 where a row's requests look for the other's type, plus 1/3 where the other's look for the row's
        (capacity x |rows|).

        Few organisations ask for a type, so this is sparse.
        """
        wants, types = self._wants, self._type
        asking_rows = np.flatnonzero(wants[rows])
        asking_columns = np.flatnonzero(wants)
        parts: list[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], float]] = []
        if len(asking_rows):
            hit_r, hit_c = np.nonzero(wants[rows[asking_rows]][:, None] & types[None, :])
            parts.append((asking_rows[hit_r], hit_c, 2.0 / 3.0))
        if len(asking_columns):
            hit_r, hit_c = np.nonzero(types[rows][:, None] & wants[asking_columns][None, :])
            parts.append((hit_r, asking_columns[hit_c], 1.0 / 3.0))
        shape = (self._capacity, len(rows))
        if not parts:
            return sparse.csr_matrix(shape, dtype=np.float32)
        values = np.concatenate([np.full(len(r), v, dtype=np.float32) for r, _, v in parts])
        where = (np.concatenate([c for _, c, _ in parts]), np.concatenate([r for r, _, _ in parts]))
        return sparse.csr_matrix((values, where), shape=shape)  # duplicates add up: 2/3 + 1/3 = 1

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
        removes ids (met, declined, excluded by the user). Best first; ties by organisation id.
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
        blocked = ~self._alive if allowed is None else ~(self._alive & allowed)
        chunk = max(1, min(1024, _CELLS_PER_CHUNK // max(1, self._capacity)))
        result: dict[int, list[tuple[int, int]]] = {}
        threshold = (min_score - 0.5) / 100.0
        for start in range(0, len(rows), chunk):
            yield Progress(start, len(rows), "Ranking partners")
            block = rows[start : start + chunk]
            scores = self._score_rows(block, signals=False)["score"]
            scores[:, blocked] = -1.0
            scores[np.arange(len(block)), block] = -1.0
            if not include_same_country:
                scores[self._country[block][:, None] == self._country[None, :]] = -1.0
            for i in range(len(block)):
                for other_id in (exclusions or {}).get(ids[start + i], ()):
                    other = self._row_of.get(other_id)
                    if other is not None:
                        scores[i, other] = -1.0
            for i, picked in enumerate(_top_rows(scores, top, threshold, self._ids)):
                result[ids[start + i]] = [(int(self._ids[c]), _percent(float(scores[i, c]))) for c in picked]
        yield Progress(len(rows), len(rows), "Ranking partners")
        return result

    def explain(self, org_id: int, partner_id: int) -> Suggestion:
        """The suggestion of ``partner_id`` for ``org_id``, with score and reasons (no rules applied)."""
        row, other = self._row(org_id), self._row(partner_id)
        return self.explainer.explain(row, other, _pair(self._score_rows(np.array([row])), other))

    def _top(
        self, scores: FloatArray, mask: npt.NDArray[np.bool_], top: int, min_score: int
    ) -> list[tuple[int, float]]:
        """Best first; equal scores by organisation id, so the order never depends on row positions."""
        allowed = np.flatnonzero(mask & (scores * 100.0 >= min_score - 0.5))
        if top <= 0 or not len(allowed):
            return []
        values = scores[allowed]
        if len(allowed) > top:
            cut = -np.partition(-values, top - 1)[top - 1]
            tied_or_better = values >= cut  # every score tied with the last place stays in the running
            allowed, values = allowed[tied_or_better], values[tied_or_better]
        order = np.lexsort((self._ids[allowed], -values))[:top]
        return [(int(allowed[i]), float(values[i])) for i in order]


@dataclass(frozen=True)
class _Asks:
    matrix: sparse.csr_matrix  # one row per request, over taxonomy nodes; owners' requests consecutive
    owners: npt.NDArray[np.intp]  # index rows that have requests, in matrix order (by count, then row)
    first: npt.NDArray[np.int64]  # by index row: its first matrix row (-1 without requests)
    number: npt.NDArray[np.int64]  # by index row: how many requests
    buckets: list[tuple[int, int, int, int]]  # (count, owners from, owners to, first matrix row)


def _best_and_mean(per_request: FloatArray, axis: int) -> FloatArray:
    """Requests grouped along ``axis`` (a short one) to BEST_REQUEST x best + the rest x mean.

    A loop over the few requests per organisation: numpy reduces a short axis slowly.
    """
    count = per_request.shape[axis]
    first: FloatArray = np.take(per_request, 0, axis=axis)
    best: FloatArray = first.copy()
    total: FloatArray = first.copy()
    for j in range(1, count):
        part = np.take(per_request, j, axis=axis)
        np.maximum(best, part, out=best)
        total += part
    best *= BEST_REQUEST
    total *= (1.0 - BEST_REQUEST) / count
    best += total
    return best


def _top_rows(scores: FloatArray, top: int, threshold: float, ids: npt.NDArray[np.int64]) -> list[npt.NDArray[np.intp]]:
    """For each row of ``scores``, the columns of its ``top`` best at or above ``threshold``, best first.

    One partition for the whole block finds each row's cut; scores tied with the cut are
    settled by organisation id, exactly as :meth:`MatchIndex._top` does.
    """
    rows, columns = scores.shape
    if top <= 0 or not columns:
        return [np.zeros(0, dtype=np.intp) for _ in range(rows)]
    cuts = -np.partition(-scores, top - 1, axis=1)[:, top - 1] if columns > top else scores.min(axis=1)
    cuts = np.maximum(cuts, threshold)
    picked: list[npt.NDArray[np.intp]] = []
    for i in range(rows):
        candidates = np.flatnonzero(scores[i] >= cuts[i])
        order = np.lexsort((ids[candidates], -scores[i, candidates]))[:top]
        picked.append(candidates[order])
    return picked


def _pair(values: dict[str, FloatArray], column: int) -> dict[str, float]:
    return {key: float(array[0, column]) for key, array in values.items()}


def _percent(score: float) -> int:
    return round(100.0 * score)


def _agree(concepts: FloatArray, text: FloatArray, weaker: float, saturation: float) -> FloatArray:
    """Concept and text evidence combined: mostly the stronger, more when both agree (reuses both arrays)."""
    text *= 1.0 / saturation
    np.minimum(text, 1.0, out=text)
    stronger = np.maximum(concepts, text)
    np.minimum(concepts, text, out=text)
    stronger *= 1.0 - weaker
    text *= weaker
    stronger += text
    return stronger


def _weigh(rows: sparse.csr_matrix, idf2: FloatArray) -> sparse.csr_matrix:
    """Query rows times idf², transposed (F x |rows|); n-grams without weight are dropped, which is what
    keeps the products cheap: the cost is the sum over the query's n-grams of their document frequency."""
    weighted = sparse.csr_matrix(rows.multiply(idf2))
    weighted.eliminate_zeros()
    return sparse.csr_matrix(weighted.T)


def _vstack(blocks: list[sparse.csr_matrix]) -> sparse.csr_matrix:
    if not blocks:
        return sparse.csr_matrix((0, N_FEATURES), dtype=np.float32)
    return blocks[0] if len(blocks) == 1 else sparse.csr_matrix(sparse.vstack(blocks, format="csr"))


def _resize(matrix: sparse.csr_matrix, rows: int) -> sparse.csr_matrix:
    """The same rows, padded with empty rows up to ``rows``."""
    if matrix.shape[0] == rows:
        return matrix
    indptr = np.concatenate([matrix.indptr, np.full(rows - matrix.shape[0], matrix.indptr[-1])])
    return sparse.csr_matrix((matrix.data, matrix.indices, indptr), shape=(rows, N_FEATURES))


def _replace_rows(matrix: sparse.csr_matrix, rows: npt.NDArray[np.intp], new: sparse.csr_matrix) -> sparse.csr_matrix:
    """``matrix`` with ``rows`` replaced by the rows of ``new`` (one pass over the data, in C)."""
    if matrix.nnz:
        keep = np.ones(matrix.shape[0], dtype=np.float32)
        keep[rows] = 0.0
        matrix = sparse.csr_matrix(sparse.diags(keep, format="csr") @ matrix)
        matrix.eliminate_zeros()
    placement = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, np.arange(len(rows)))), shape=(matrix.shape[0], len(rows))
    )
    placed = sparse.csr_matrix(placement @ new)
    result = sparse.csr_matrix(matrix + placed) if matrix.nnz else placed
    result.sort_indices()
    return result


def _inverse_norms(matrix: sparse.csr_matrix, idf2: FloatArray) -> FloatArray:
    squared = matrix.copy()
    squared.data **= 2
    norms = np.sqrt(np.asarray(squared @ idf2, dtype=np.float32)).ravel()
    inverse = np.zeros_like(norms)
    np.divide(1.0, norms, out=inverse, where=norms > 0)
    return inverse


def _cosines(dots: sparse.spmatrix, left: FloatArray, right: FloatArray) -> FloatArray:
    """Dot products (capacity x |rows|, sparse) to dense cosines, given the inverse norms of both sides."""
    dense = np.asarray(dots.toarray(), dtype=np.float32)
    dense *= left[:, None]
    dense *= right[None, :]
    return dense
