"""Row storage of the match index that changes one row at a time without copying everything.

:class:`SparseRows` keeps hashed text vectors: CSR blocks of rows, plus the rows changed since
in a small overlay. Changing a row zeroes it in its block (in place) and puts the new version in
the overlay; products add both parts. The rows never overlap, so every value is exactly
what a single matrix would give. The overlay is merged into the blocks when it holds many rows.

:class:`RequestRows` keeps every request's weights over taxonomy nodes as flat arrays, an
organisation's requests consecutive, so per-organisation reductions are one ``reduceat``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int32]
#: Merge the overlay into the blocks beyond this many rows, or this share of all rows.
MERGE_ROWS = 256
MERGE_SHARE = 0.02
BLOCK_ROWS = 8_192  # rows per block of the text matrices


def _csr(data: FloatArray, indices: npt.NDArray[np.integer[Any]], indptr: npt.NDArray[np.integer[Any]],
         shape: tuple[int, int]) -> sparse.csr_matrix:  # fmt: skip
    matrix = sparse.csr_matrix(shape, dtype=np.float32)
    # One index dtype for both arrays, else scipy converts (copies) them in every product.
    dtype = np.int32 if len(data) < 2**31 - 1 and max(shape) < 2**31 - 1 else np.int64
    matrix.data = data
    matrix.indices, matrix.indptr = indices.astype(dtype, copy=False), indptr.astype(dtype, copy=False)
    matrix.has_sorted_indices = True
    matrix.has_canonical_format = True
    return matrix


def canonical(matrix: sparse.spmatrix) -> sparse.csr_matrix:
    """A float32 CSR matrix with int32 indices, sorted and without duplicates."""
    result = sparse.csr_matrix(matrix, dtype=np.float32)
    result.sum_duplicates()
    if result.indices.dtype != np.int32 and result.nnz < 2**31 - 1:
        result.indices, result.indptr = result.indices.astype(np.int32), result.indptr.astype(np.int32)
    return result


class SparseRows:
    """A ``rows`` x ``features`` sparse matrix, kept transposed (one CSR row per feature) in blocks of
    rows, whose rows can be replaced cheaply.

    Transposed, because queries multiply a few sparse rows by the whole matrix: over the features'
    lists of rows, the cost is the sum of the query's features' document frequencies, not the
    number of stored values. In blocks (one per build chunk), so building never holds the matrix
    twice. Rows themselves are not kept (the index re-vectorises a profile's text, which gives the
    same values).
    """

    def __init__(self, features: int) -> None:
        self.features = features
        self.rows = 0
        self._filled = 0  # rows handed out (in blocks, or after them in the overlay)
        self.merges = 0  # times the overlay was folded into the blocks
        self._blocks: list[sparse.csr_matrix] = []  # features x rows of the block
        self._starts: list[int] = []  # first row of each block
        self._in_blocks = 0  # rows covered by blocks
        self._staged: list[sparse.csr_matrix] = []  # appended rows not in a block yet (right after the blocks)
        self._staged_rows = 0
        self._changed: dict[int, tuple[IntArray, FloatArray]] = {}
        self._overlay: tuple[npt.NDArray[np.intp], sparse.csr_matrix] | None = None

    def append(self, first: int, block: sparse.csr_matrix) -> None:
        """Fill rows ``first``.. (every row after those filled before; ``block`` as :func:`canonical` makes it)."""
        assert first == self._filled, "rows are appended in order"
        count = block.shape[0]
        self._filled += count
        self.rows = max(self.rows, self._filled)
        if count >= MERGE_ROWS and first == self._in_blocks + self._staged_rows:
            self._staged.append(block)  # built up to BLOCK_ROWS rows: each block costs an index of all features
            self._staged_rows += count
            if self._staged_rows >= BLOCK_ROWS:
                self._flush()
            return
        self._flush()
        for offset in range(count):  # a few rows: into the overlay, until it is merged
            start, stop = block.indptr[offset], block.indptr[offset + 1]
            self.set_row(first + offset, block.indices[start:stop], block.data[start:stop], _NONE)

    def _flush(self) -> None:
        """Turn the staged rows into a block."""
        if not self._staged:
            return
        stacked = self._staged[0] if len(self._staged) == 1 else sparse.vstack(self._staged, format="csr")
        self._staged, count = [], self._staged_rows
        columns = sparse.csc_matrix(stacked, dtype=np.float32)  # CSC of rows x F = CSR of F x rows
        del stacked
        self._blocks.append(_csr(columns.data, columns.indices, columns.indptr, (self.features, count)))
        self._starts.append(self._in_blocks)
        self._in_blocks += count
        self._staged_rows = 0

    def resize(self, rows: int) -> None:
        """Grow to ``rows`` (the new rows are empty)."""
        assert rows >= self.rows
        self.rows = rows

    def _block_of(self, row: int) -> int | None:
        if row >= self._in_blocks:
            return None
        return bisect_right(self._starts, row) - 1

    def set_row(self, row: int, indices: IntArray, values: FloatArray, old: IntArray) -> None:
        """Replace one row (``indices`` sorted and unique; empty arrays clear it); ``old``: its features now."""
        self._flush()
        number = self._block_of(row)
        if number is not None and len(old):
            block, local = self._blocks[number], row - self._starts[number]
            for feature in old.tolist():  # zero the row's old values in place: harmless in products
                start, stop = block.indptr[feature], block.indptr[feature + 1]
                at = start + int(np.searchsorted(block.indices[start:stop], local))
                if at < stop and block.indices[at] == local:
                    block.data[at] = 0.0
        if len(indices):
            self._changed[row] = (indices.astype(np.int32), values.astype(np.float32))
        else:
            self._changed.pop(row, None)
        self._overlay = None
        if len(self._changed) > max(MERGE_ROWS, MERGE_SHARE * self.rows):
            self.merge()

    def _changed_rows(self) -> tuple[npt.NDArray[np.intp], sparse.csr_matrix] | None:
        """The changed rows (index rows, and their values as a compact CSR matrix)."""
        if self._overlay is None and self._changed:
            rows = sorted(self._changed)
            lengths = [len(self._changed[r][0]) for r in rows]
            indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
            indices = np.concatenate([self._changed[r][0] for r in rows])
            data = np.concatenate([self._changed[r][1] for r in rows])
            self._overlay = (np.array(rows, np.intp), _csr(data, indices, indptr, (len(rows), self.features)))
        return self._overlay

    def merge(self) -> None:
        """Fold the changed rows into the blocks (rows after the last block become a block)."""
        self._flush()
        changed = self._changed_rows()
        if changed is not None:
            rows, values = changed
            coo = values.tocoo()
            entry_rows = rows[coo.row]
            if self._filled > self._in_blocks:
                self._starts.append(self._in_blocks)
                self._blocks.append(_csr(np.zeros(0, np.float32), np.zeros(0, np.int32),
                                         np.zeros(self.features + 1, np.int32),
                                         (self.features, self._filled - self._in_blocks)))  # fmt: skip
                self._in_blocks = self._filled
            for number in np.unique(np.searchsorted(self._starts, rows, side="right") - 1):
                start, block = self._starts[number], self._blocks[number]
                mine = (entry_rows >= start) & (entry_rows < start + block.shape[1])
                extra = sparse.csr_matrix((coo.data[mine], (coo.col[mine], entry_rows[mine] - start)),
                                          shape=block.shape, dtype=np.float32)  # fmt: skip
                merged = canonical(block + extra)
                merged.eliminate_zeros()
                self._blocks[number] = _csr(merged.data, merged.indices, merged.indptr, block.shape)
        self._changed, self._overlay = {}, None
        self.merges += 1

    def product(self, queries: sparse.csr_matrix) -> FloatArray:
        """Dot products of every row with each query row (k x features): dense, rows x k."""
        self._flush()
        dense = np.zeros((self.rows, queries.shape[0]), dtype=np.float32)
        for start, block in zip(self._starts, self._blocks, strict=True):
            dense[start : start + block.shape[1]] = (queries @ block).toarray().T
        changed = self._changed_rows()
        if changed is not None:
            rows, values = changed
            extra = sparse.coo_matrix(values @ sparse.csr_matrix(queries.T))
            dense[rows[extra.row], extra.col] += extra.data  # changed rows are zero in the blocks: exact
        return dense

    def squared_dot(self, weights: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Per row: sum of value² x weight (weighted squared norms), in float64, a block at a time."""
        self._flush()
        total = np.zeros(self.rows, dtype=np.float64)
        for start, block in zip(self._starts, self._blocks, strict=True):
            squared = sparse.csr_matrix((np.square(block.data, dtype=np.float64), block.indices, block.indptr),
                                        shape=block.shape)  # fmt: skip
            total[start : start + block.shape[1]] = squared.T @ weights
        changed = self.changed_squared_dot(weights)
        if changed is not None:
            total[changed[0]] = changed[1]  # changed rows are zero in the blocks
        return total

    def changed_squared_dot(
        self, weights: npt.NDArray[np.float64]
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]] | None:
        """:meth:`squared_dot` of the changed rows only (rows, values), or None."""
        changed = self._changed_rows()
        if changed is None:
            return None
        rows, values = changed
        squared = sparse.csr_matrix((np.square(values.data, dtype=np.float64), values.indices, values.indptr),
                                    shape=values.shape)  # fmt: skip
        return rows, np.asarray(squared @ weights, dtype=np.float64)

    def feature_entries(
        self, features: npt.NDArray[np.intp]
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], FloatArray]:
        """The blocks' values of ``features``: (row, feature, value) of each (cost: their frequencies)."""
        self._flush()
        rows, of, values = [], [], []
        for start, block in zip(self._starts, self._blocks, strict=True):
            begins, ends = block.indptr[features], block.indptr[features + 1]
            lengths = (ends - begins).astype(np.intp)
            offsets = np.repeat(begins - (np.cumsum(lengths) - lengths), lengths) + np.arange(int(lengths.sum()))
            rows.append(block.indices[offsets].astype(np.intp) + start)
            of.append(np.repeat(features, lengths))
            values.append(block.data[offsets])
        if not rows:
            return np.zeros(0, np.intp), np.zeros(0, np.intp), np.zeros(0, np.float32)
        return np.concatenate(rows), np.concatenate(of), np.concatenate(values)

    @property
    def nbytes(self) -> int:
        self._flush()
        return sum(int(b.data.nbytes + b.indices.nbytes + b.indptr.nbytes) for b in self._blocks)


_NONE = np.zeros(0, np.int32)


@dataclass(frozen=True)
class Asks:
    """Requests compiled for queries: owners ordered by their number of requests (with nodes), so each
    group of owners with c requests is a block of the matrix that reshapes to (owners, c)."""

    matrix: sparse.csr_matrix  # one row per request (with nodes) over taxonomy nodes
    owners: npt.NDArray[np.intp]  # index row of each owner, in matrix order
    first: npt.NDArray[np.int64]  # by index row: its first matrix row (-1: no request with nodes)
    number: npt.NDArray[np.int64]  # by index row: how many of its requests have nodes
    buckets: list[tuple[int, int, int, int]]  # (count, owners from, owners to, first matrix row)


class RequestRows:
    """(row, request number, node, weight) of every request; a row's entries are consecutive."""

    def __init__(self) -> None:
        self._row = np.zeros(0, np.int32)
        self._number = np.zeros(0, np.int32)
        self._node = np.zeros(0, np.int32)
        self._weight = np.zeros(0, np.float32)
        self._blocks: list[tuple[IntArray, IntArray, IntArray, FloatArray]] = []
        self._compiled: Asks | None = None

    def append(self, row: IntArray, number: IntArray, node: IntArray, weight: FloatArray) -> None:
        """Add the requests of rows not present yet (their entries consecutive)."""
        if len(row):
            self._blocks.append((row, number, node, weight))
            self._compiled = None

    def _flat(self) -> tuple[IntArray, IntArray, IntArray, FloatArray]:
        if self._blocks:
            parts = [(self._row, self._number, self._node, self._weight), *self._blocks]
            self._row, self._number, self._node, self._weight = (np.concatenate(p) for p in zip(*parts, strict=True))
            self._blocks = []
        return self._row, self._number, self._node, self._weight

    def remove(self, rows: npt.NDArray[np.intp]) -> None:
        """Forget the requests of ``rows``."""
        row, number, node, weight = self._flat()
        keep = ~np.isin(row, rows)
        if not keep.all():
            self._row, self._number, self._node, self._weight = row[keep], number[keep], node[keep], weight[keep]
            self._compiled = None

    def compiled(self, nodes: int, capacity: int) -> Asks:
        """The requests as a matrix, grouped by owner and owners by count (rebuilt after a change: a few ms)."""
        if self._compiled is None or len(self._compiled.first) != capacity:
            row, number, node, weight = self._flat()
            new_request = np.ones(len(row), dtype=bool)
            new_request[1:] = (row[1:] != row[:-1]) | (number[1:] != number[:-1])
            request = np.cumsum(new_request) - 1
            starts = np.flatnonzero(new_request)
            owner_of_request = row[starts].astype(np.intp)
            new_owner = np.ones(len(starts), dtype=bool)
            new_owner[1:] = owner_of_request[1:] != owner_of_request[:-1]
            owner_starts = np.flatnonzero(new_owner)
            owners = owner_of_request[owner_starts]
            counts = np.diff(np.append(owner_starts, len(starts)))
            order = np.lexsort((owners, counts))  # by count, then row: independent of the arrays' order
            owners, counts, owner_starts = owners[order], counts[order], owner_starts[order]
            first_sorted = np.cumsum(counts) - counts
            permutation = np.repeat(owner_starts - first_sorted, counts) + np.arange(int(counts.sum()))
            matrix = sparse.csr_matrix((weight, (request, node)), shape=(len(starts), nodes), dtype=np.float32)
            matrix = sparse.csr_matrix(matrix[permutation])
            first = np.full(capacity, -1, dtype=np.int64)
            first[owners] = first_sorted
            number_of = np.zeros(capacity, dtype=np.int64)
            number_of[owners] = counts
            buckets: list[tuple[int, int, int, int]] = []
            for count in np.unique(counts):
                where = np.flatnonzero(counts == count)
                buckets.append((int(count), int(where[0]), int(where[-1]) + 1, int(first_sorted[where[0]])))
            self._compiled = Asks(matrix, owners, first, number_of, buckets)
        return self._compiled
