"""Array arithmetic of the match scores: per-organisation request reductions, cosines, top-k."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy import sparse

FloatArray = npt.NDArray[np.float32]
BEST_REQUEST = 0.7  # share of the best-met request in coverage; the rest is the mean over requests


def best_and_mean(per_request: FloatArray, counts: npt.NDArray[np.int64], axis: int) -> FloatArray:
    """Requests grouped along ``axis`` (a short one) to BEST_REQUEST x best + the rest x mean over
    ``counts`` requests (broadcast to the result; requests without nodes count as 0).

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
    total *= ((1.0 - BEST_REQUEST) / counts).astype(np.float32)
    best += total
    return best


def top_rows(scores: FloatArray, top: int, threshold: float, ids: npt.NDArray[np.int64]) -> list[npt.NDArray[np.intp]]:
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


def agree(concepts: FloatArray, text: FloatArray, weaker: float, saturation: float) -> FloatArray:
    """Concept and text evidence combined: mostly the stronger, more when both agree (reuses both arrays)."""
    text *= 1.0 / saturation
    np.minimum(text, 1.0, out=text)
    stronger = np.maximum(concepts, text)
    np.minimum(concepts, text, out=text)
    stronger *= 1.0 - weaker
    text *= weaker
    stronger += text
    return stronger


def weigh(rows: sparse.csr_matrix, idf2: FloatArray) -> sparse.csr_matrix:
    """Query rows times idf²; n-grams without weight are dropped, which is what keeps the products
    cheap: the cost is the sum over the query's n-grams of their document frequency."""
    weighted = sparse.csr_matrix(rows.multiply(idf2), dtype=np.float32)
    weighted.eliminate_zeros()
    return weighted


def inverse(squared_norms: npt.NDArray[np.float64]) -> FloatArray:
    norms = np.sqrt(squared_norms)
    inverse = np.zeros_like(norms)
    np.divide(1.0, norms, out=inverse, where=norms > 0)
    return inverse.astype(np.float32)


def cosines(dense: FloatArray, left: FloatArray, right: FloatArray) -> FloatArray:
    """Dot products (capacity x |rows|) to cosines in place, given the inverse norms of both sides."""
    dense *= left[:, None]
    dense *= right[None, :]
    return dense
