"""Free-text similarity: TF-IDF cosine over character 4-grams (scikit-learn's HashingVectorizer).

Character n-grams within words ("char_wb") cope with different phrasings and with
Lithuanian and Polish endings: "korekcija" and "korekcijai", "colour grading" and
"colour correction" share most of their 4-grams. Hashing keeps the features
stateless, so a profile's vector never depends on the others; only the IDF does,
and it is kept as live document frequencies (updated on every add/remove) and
applied at query time, so an index updated in place scores exactly like a fresh one.

Speed trick: char_wb n-grams never cross word boundaries, so a document's vector is
its word counts times each word's n-gram vector. Words are hashed once and cached.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

from .concepts import words

N_FEATURES = 2**18
NGRAMS = (4, 4)
#: N-grams in more than this share of the organisations (and at least DF_FLOOR of them)
#: carry no signal ("servi", "partn") and only cost time; they get no weight.
DF_FRACTION = 0.05
DF_FLOOR = 100

FloatArray = npt.NDArray[np.float32]


class TextFeaturizer:
    """Turns texts into sublinear-TF rows over hashed character n-grams."""

    def __init__(self) -> None:
        self._hasher = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=NGRAMS,
            n_features=N_FEATURES,
            alternate_sign=False,
            norm=None,
            lowercase=False,
            dtype=np.float32,
        )
        self._word_ids: dict[str, int] = {}
        self._word_blocks: list[sparse.csr_matrix] = []
        self._word_matrix: sparse.csr_matrix | None = None

    def _words_matrix(self, new_words: list[str]) -> sparse.csr_matrix:
        """The n-gram rows of every word seen (``new_words`` were just given the next ids)."""
        if new_words:
            self._word_blocks.append(sparse.csr_matrix(self._hasher.transform(new_words), dtype=np.float32))
            self._word_matrix = None
        if self._word_matrix is None:
            if not self._word_blocks:
                return sparse.csr_matrix((0, N_FEATURES), dtype=np.float32)
            self._word_matrix = sparse.csr_matrix(sparse.vstack(self._word_blocks, format="csr"))
            self._word_blocks = [self._word_matrix]
        return self._word_matrix

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """One row per text: 1 + log(count) of each n-gram (0 where absent)."""
        ids = self._word_ids
        new_words: list[str] = []

        def word_id(word: str) -> int:
            known = ids.get(word)
            if known is None:
                known = ids[word] = len(ids)
                new_words.append(word)
            return known

        lengths: list[int] = []
        cols: list[int] = []
        for text in texts:
            found = words(text)
            lengths.append(len(found))
            got = list(map(ids.get, found))
            cols.extend(got if None not in got else map(word_id, found))  # type: ignore[arg-type]
        rows = np.repeat(np.arange(len(texts)), lengths)
        matrix = self._words_matrix(new_words)
        counts = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(texts), matrix.shape[0])
        )
        result = sparse.csr_matrix(counts @ matrix)
        result.sum_duplicates()
        np.log(result.data, out=result.data)
        result.data += 1.0
        return result


def idf_weights(document_frequency: npt.NDArray[np.int32], documents: int) -> FloatArray:
    """Smoothed IDF (as scikit-learn's TfidfTransformer), zero for n-grams that are too common."""
    idf: FloatArray = (np.log((1.0 + documents) / (1.0 + document_frequency)) + 1.0).astype(np.float32)
    limit = max(DF_FLOOR, math.ceil(DF_FRACTION * documents))
    idf[document_frequency > limit] = 0.0
    return idf


def cosine(a: sparse.csr_matrix, b: sparse.csr_matrix, idf_squared: FloatArray) -> float:
    """IDF-weighted cosine of two single rows (numpy on the index arrays: scipy is slow for tiny rows)."""
    if not a.nnz or not b.nnz:
        return 0.0
    common, in_a, in_b = np.intersect1d(a.indices, b.indices, assume_unique=True, return_indices=True)
    if not len(common):
        return 0.0
    weights = idf_squared[common]
    dot = float(np.dot(a.data[in_a] * b.data[in_b], weights))
    norm_a = math.sqrt(float(np.dot(a.data * a.data, idf_squared[a.indices])))
    norm_b = math.sqrt(float(np.dot(b.data * b.data, idf_squared[b.indices])))
    return dot / (norm_a * norm_b) if dot > 0 and norm_a and norm_b else 0.0
