"""The match index: every profile's vectors in memory, ranked with a few matrix products.

Build it once (:meth:`MatchIndex.build`), then keep it current with
:meth:`MatchIndex.update` and :meth:`MatchIndex.remove` as profiles change; nothing is
ever rebuilt. An update touches only the changed row: its dense arrays, its requests and its
two text rows (see :mod:`.storage`); the IDF weights and norms are refreshed on the next query in
one pass over the stored values. Scores only depend on the profiles held, so an index updated in
place ranks exactly like one built afresh from the same profiles (tests/matching/test_index_updates.py).

Building works in chunks of BUILD_CHUNK profiles, so memory beyond the index itself stays flat.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse
from threadpoolctl import ThreadpoolController

from ..errors import NotFound
from ..progress import Job, Progress
from ..taxonomy import TaxonomyGraph
from .arrays import agree as _agree
from .arrays import best_and_mean as _best_and_mean
from .arrays import cosines as _cosines
from .arrays import inverse as _inverse
from .arrays import top_rows as _top_rows
from .arrays import weigh as _weigh
from .concepts import ConceptModel
from .explain import Explainer, Suggestion
from .profile import OrgProfile
from .signals import Derived, ItemConcepts, Rows, derive, derive_rows, have_text, need_text
from .storage import RequestRows, SparseRows, canonical
from .textsim import N_FEATURES, TextFeaturizer, idf_weights

FloatArray = npt.NDArray[np.float32]
_NO_FEATURES = np.zeros(0, dtype=np.int32)
_NO_VALUES = np.zeros(0, dtype=np.float32)
BUILD_CHUNK = 4096  # profiles vectorised at once while building (memory bound)
_CELLS_PER_CHUNK = 3_000_000  # scores computed at once in suggest_all (memory bound)


_blas: ThreadpoolController | None = None


def _one_blas_thread() -> Any:
    """Queries multiply small dense blocks: on a busy 2-core machine a second BLAS thread only waits and
    spins (queries took twice the time), so queries use one."""
    global _blas
    if _blas is None:
        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


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
        self.items = ItemConcepts(self.model)
        self.weights = weights or Weights()
        self.text = TextFeaturizer()
        size = len(self.model)
        self._capacity = 0
        self._used = 0  # rows handed out so far (alive or free)
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
        self._row_of: dict[int, int] = {}
        self._free: list[int] = []
        self._need_text = SparseRows(N_FEATURES)
        self._have_text = SparseRows(N_FEATURES)
        self._asks = RequestRows()
        self._df = np.zeros(N_FEATURES, dtype=np.int32)
        self._weighted: tuple[FloatArray, FloatArray, FloatArray] | None = None  # idf², need/have inverse norms
        self._norms: _Norms | None = None  # what the inverse norms were computed from
        self._touched: set[int] = set()  # rows changed since
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

    def build_job(self, profiles: Sequence[OrgProfile]) -> Job[MatchIndex]:
        """:meth:`add_many` as a job yielding Progress per chunk (for a progress bar); returns the index."""
        for start in range(0, len(profiles), BUILD_CHUNK):
            yield Progress(start, len(profiles), "Building the match index")
            self.add_many(profiles[start : start + BUILD_CHUNK])
        yield Progress(len(profiles), len(profiles), "Building the match index")
        return self

    def add_many(self, profiles: Iterable[OrgProfile]) -> None:
        """Add or replace many profiles (new ones are vectorised in chunks, memory stays flat)."""
        batch = list({p.id: p for p in profiles}.values())
        fresh = [p for p in batch if p.id not in self._row_of]
        for profile in batch:
            if profile.id in self._row_of:
                self._replace(self._row_of[profile.id], [profile])
        reuse, fresh = fresh[: len(self._free)], fresh[len(self._free) :]
        for profile in reuse:
            row = self._free.pop()
            self._row_of[profile.id] = row
            self._replace(row, [profile])
        self._grow(self._used + len(fresh))
        for start in range(0, len(fresh), BUILD_CHUNK):
            self._append(fresh[start : start + BUILD_CHUNK])
        self._weighted = None

    def update(self, profile: OrgProfile) -> None:
        """Add a profile or replace the one with the same id (only its row changes)."""
        self.add_many([profile])

    def remove(self, org_id: int) -> None:
        """Forget a profile; raises NotFound if it is not in the index."""
        row = self._row_of.pop(org_id, None)
        if row is None:
            raise NotFound(f"Organisation {org_id} is not in the match index")
        self._forget_text(row)
        self._touched.add(row)
        self._asks.remove(np.array([row], dtype=np.intp))
        self._profiles[row] = None
        self._have[row] = self._focus[row] = 0.0
        self._type[row] = self._wants[row] = 0
        self._alive[row] = False
        self._country[row] = -1
        self._requests_of[row] = 0
        self._ids[row] = -1
        self._free.append(row)
        self._weighted = None

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
        """Room for ``needed`` rows: exactly that on the first build, half as much again later."""
        if needed <= self._capacity:
            return
        capacity = needed if not self._capacity else max(needed, self._capacity + self._capacity // 2)
        extra = capacity - self._capacity
        size = len(self.model)
        self._have = np.concatenate([self._have, np.zeros((extra, size), dtype=np.float32)])
        self._focus = np.concatenate([self._focus, np.zeros((extra, size), dtype=np.float32)])
        self._type = np.concatenate([self._type, np.zeros(extra, dtype=np.int32)])
        self._wants = np.concatenate([self._wants, np.zeros(extra, dtype=np.int32)])
        self._country = np.concatenate([self._country, np.full(extra, -1, dtype=np.int32)])
        self._alive = np.concatenate([self._alive, np.zeros(extra, dtype=bool)])
        self._requests_of = np.concatenate([self._requests_of, np.zeros(extra, dtype=np.int64)])
        self._ids = np.concatenate([self._ids, np.full(extra, -1, dtype=np.int64)])
        self._profiles.extend([None] * extra)
        self._capacity = capacity
        self._need_text.resize(capacity)
        self._have_text.resize(capacity)

    def _place(self, at: slice | int, profiles: list[OrgProfile], derived: Rows) -> None:
        rows = slice(at, at + 1) if isinstance(at, int) else at
        self._have[rows], self._focus[rows] = derived.have, derived.focus
        self._type[rows], self._wants[rows] = derived.type_bits, derived.wants
        self._requests_of[rows] = derived.requests
        countries = self._countries
        self._country[rows] = [countries.setdefault(p.country.upper(), len(countries)) for p in profiles]
        self._alive[rows] = True
        self._ids[rows] = [p.id for p in profiles]

    def _append(self, profiles: list[OrgProfile]) -> None:
        """New profiles into the rows after the last one used (the build path: no per-row work in numpy)."""
        first = self._used
        rows = slice(first, first + len(profiles))
        derived = derive_rows(profiles, self.items)
        self._place(rows, profiles, derived)
        for offset, profile in enumerate(profiles):
            self._row_of[profile.id] = first + offset
            self._profiles[first + offset] = profile
        self._asks.append(derived.ask_row + first, derived.ask_number, derived.ask_node, derived.ask_weight)
        need = canonical(self.text.transform(derived.need_texts))
        have = canonical(self.text.transform(derived.have_texts))
        self._df += np.bincount(canonical(need + have).indices, minlength=N_FEATURES).astype(np.int32)
        self._need_text.append(first, need)
        self._have_text.append(first, have)
        self._used = first + len(profiles)

    def _replace(self, row: int, profiles: list[OrgProfile]) -> None:
        """One row gets a new profile: its arrays, its requests and its two text rows, nothing else."""
        self._touched.add(row)
        self._forget_text(row)
        derived = derive_rows(profiles, self.items)
        self._place(row, profiles, derived)
        self._profiles[row] = profiles[0]
        self._asks.remove(np.array([row], dtype=np.intp))
        self._asks.append(derived.ask_row + row, derived.ask_number, derived.ask_node, derived.ask_weight)
        need = canonical(self.text.transform(derived.need_texts))
        have = canonical(self.text.transform(derived.have_texts))
        self._need_text.set_row(row, need.indices, need.data, _NO_FEATURES)
        self._have_text.set_row(row, have.indices, have.data, _NO_FEATURES)
        self._df[np.union1d(need.indices, have.indices)] += 1
        self._weighted = None

    def _texts(self, rows: npt.NDArray[np.intp]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        """The need and have text vectors of ``rows`` (vectorised again: the same values as stored)."""
        profiles = [self._profile(int(row)) for row in rows]
        need = canonical(self.text.transform([need_text(p) for p in profiles]))
        have = canonical(self.text.transform([have_text(p) for p in profiles]))
        return need, have

    def _forget_text(self, row: int) -> None:
        """Clear a row's text vectors and take them out of the document frequencies."""
        if self._profiles[row] is None:
            return
        need, have = self._texts(np.array([row]))
        self._df[np.union1d(need.indices, have.indices)] -= 1
        self._need_text.set_row(row, _NO_FEATURES, _NO_VALUES, need.indices)
        self._have_text.set_row(row, _NO_FEATURES, _NO_VALUES, have.indices)

    def derived(self, row: int) -> Derived:
        """Concepts of a row's profile (recomputed from cached items: the index keeps only the arrays)."""
        return derive(self._profile(row), self.items)

    # ------------------------------------------------------------------ requests and texts

    def _coverage(self, rows: npt.NDArray[np.intp]) -> tuple[FloatArray, FloatArray]:
        """How well each row's requests are met by every row (forward) and the reverse, capacity x |rows|.

        Per request: sum over its nodes of weight x how well the other covers the node;
        per organisation: mostly the best-met request (one need well met is worth a meeting), plus the mean.
        """
        asks = self._asks.compiled(len(self.model), self._capacity)
        capacity = self._capacity
        forward = np.zeros((capacity, len(rows)), dtype=np.float32)
        numbers = asks.number[rows]
        for count in np.unique(numbers[numbers > 0]):
            positions = np.flatnonzero(numbers == count)
            requests = (asks.first[rows[positions]][:, None] + np.arange(count)[None, :]).ravel()
            picked = asks.matrix[requests].toarray()  # (positions x count) requests, dense over few nodes
            per_request = (self._have @ picked.T).reshape(capacity, len(positions), int(count))
            counts = self._requests_of[rows[positions]]
            forward[:, positions] = _best_and_mean(per_request, counts[None, :], axis=2)
        reverse = np.zeros((capacity, len(rows)), dtype=np.float32)
        if asks.matrix.shape[0]:
            per_request = np.asarray(asks.matrix @ self._have[rows].T, dtype=np.float32)  # requests x |rows|
            for count, start, stop, first in asks.buckets:
                block = per_request[first : first + (stop - start) * count].reshape(stop - start, count, len(rows))
                owners = asks.owners[start:stop]
                reverse[owners] = _best_and_mean(block, self._requests_of[owners][:, None], axis=1)
        return forward, reverse

    def _text_weights(self) -> tuple[FloatArray, FloatArray, FloatArray]:
        """idf² and 1 / the idf-weighted norm of every row's need and have text (0 for empty texts).

        IDF depends on every row, so a change moves the norms of all rows sharing an n-gram whose
        document frequency changed. An edit (same number of organisations) only changes the IDF of
        the edited rows' n-grams: the norms are patched over those n-grams' rows, in float64 (what a
        full pass gives, to ~1e-16), and the changed rows computed afresh. A new or removed
        organisation changes every IDF: then all norms are computed again (one pass).
        """
        if self._weighted is None:
            idf2 = idf_weights(self._df, len(self)) ** 2
            idf2_64 = idf2.astype(np.float64)
            state = self._norms
            merges = self._need_text.merges + self._have_text.merges
            if state is not None and (state.documents, state.merges, len(state.need)) == (
                len(self),
                merges,
                self._capacity,
            ):
                moved = np.flatnonzero(idf2 != state.idf2)
                if len(moved) > N_FEATURES // 8:
                    state = None
            else:
                state, moved = None, np.zeros(0, dtype=np.intp)
            if state is None:
                need, have = self._need_text.squared_dot(idf2_64), self._have_text.squared_dot(idf2_64)
            else:
                change = idf2_64[moved] - state.idf2[moved].astype(np.float64)
                need, have = state.need, state.have
                for norms, store in ((need, self._need_text), (have, self._have_text)):
                    rows, features, values = store.feature_entries(moved)
                    delta = np.square(values, dtype=np.float64) * change[np.searchsorted(moved, features)]
                    norms += np.bincount(rows, weights=delta, minlength=self._capacity)
                    touched = np.fromiter(self._touched, dtype=np.intp, count=len(self._touched))
                    norms[touched] = 0.0
                    changed = store.changed_squared_dot(idf2_64)
                    if changed is not None:
                        norms[changed[0]] = changed[1]
            self._norms = _Norms(len(self), merges, idf2, need, have)
            self._touched = set()
            self._weighted = (idf2, _inverse(need), _inverse(have))
        return self._weighted

    # ------------------------------------------------------------------ scoring

    def _score_rows(self, rows: npt.NDArray[np.intp], *, signals: bool = True) -> dict[str, FloatArray]:
        """:meth:`_scores` with one BLAS thread."""
        with _one_blas_thread():
            return self._scores(rows, signals=signals)

    def _scores(self, rows: npt.NDArray[np.intp], *, signals: bool = True) -> dict[str, FloatArray]:
        """Signals of each row in ``rows`` against every row of the index, as |rows| x capacity arrays.

        Computed as capacity x |rows| (the big matrices stay on the left, nothing large is
        transposed) with in-place arithmetic: ranking everyone calls this on blocks of rows.
        With ``signals=False`` only "score" is returned.
        """
        w = self.weights
        idf2, need_inverse, have_inverse = self._text_weights()
        cov_ab, cov_ba = self._coverage(rows)
        need, have = self._texts(rows)
        q_need, q_have = _weigh(need, idf2), _weigh(have, idf2)
        t_ab = _cosines(self._have_text.product(q_need), have_inverse, need_inverse[rows])
        t_ba = _cosines(self._need_text.product(q_have), need_inverse, have_inverse[rows])
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


def _pair(values: dict[str, FloatArray], column: int) -> dict[str, float]:
    return {key: float(array[0, column]) for key, array in values.items()}


def _percent(score: float) -> int:
    return round(100.0 * score)


@dataclass
class _Norms:
    documents: int
    merges: int  # of both text stores: a merge moves changed rows into the base
    idf2: FloatArray
    need: npt.NDArray[np.float64]  # squared idf-weighted norms by row
    have: npt.NDArray[np.float64]
