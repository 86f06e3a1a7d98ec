"""Concepts: taxonomy nodes found in free text, and partial credit between nearby nodes.

Every label and synonym of every node (English, Lithuanian, Polish) becomes a term.
Terms and texts are cut into the same word stems (diacritics folded, endings
stripped), so "Spalvų korekcijai" finds the term "spalvų korekcija" and
"colour-grading" finds "colour grading". Words of one or two letters only match
when written in capitals in both places ("AI", "VR", "IT"), so the Lithuanian word
"ar" or the English "it" never turn into a concept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..taxonomy import TaxonomyGraph
from ..text import fold

#: Credit between a requested and an offered node by how they relate in the tree.
SAME_NODE = 1.0
PARENT_OR_CHILD = 0.6
ROOT_AND_CHILD = 0.45  # a top-level node ("Games", "Digital") says less about a match
SIBLING = 0.4
TWO_LEVELS = 0.3
#: Shared focus also counts common ancestors, with this weight per level up.
ANCESTOR_FOCUS = 0.5

_NOTHING: frozenset[int] = frozenset()
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_VOWELS = "aeiouy"
_STEM_LENGTH = 6
_MAX_TERM_WORDS = 6
#: Words every request uses ("looking for a partner for cooperation"): a term made only
#: of these would turn boilerplate into a concept (services.partnering, services).
_GENERIC_WORDS = (
    "partner partners partnering partnership partnerystė partnerystes partnerstwo partnerzy "
    "cooperation co-operation collaboration bendradarbiavimas współpraca "
    "service services paslaugos paslauga usługi usługa solutions solution development"
)


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A crude, language-neutral stem: folded, plural 's' and final vowels dropped, cut to 6 letters.

    Good enough for matching inflected Lithuanian and Polish forms against dictionary
    forms ('filmų', 'filmy', 'filmas' -> 'film'); both sides of a comparison use it.
    """
    if len(word) <= 2 and word.isalpha():
        # Short words must be capitals: 'AI' is a concept, 'ai' or 'ar' is not.
        return "=" + fold(word) if word.isupper() else fold(word)
    folded = word.lower() if word.isascii() else fold(word)
    if len(folded) > 3 and folded.endswith("s"):
        folded = folded[:-1]
    while len(folded) > 3 and folded[-1] in _VOWELS:
        folded = folded[:-1]
    return folded[:_STEM_LENGTH]


def stems(text: str) -> list[str]:
    """The word stems of ``text`` in order."""
    return list(map(stem, _WORD.findall(text)))


#: Words that say nothing about what is offered or requested (English, Lithuanian, Polish, boilerplate).
_MORE_STOP_WORDS = (
    "ir bei su su kad yra mes jūs mūsų jūsų ieškome ieško siūlome siūlo reikia partnerio partnerių partneris "
    "dla oraz lub jest się nasz nasza nasze szukamy szuka oferujemy oferuje potrzebujemy partnera partnerów "
    "partner partners partnership looking seek seeking need needs needed wanted offer offers offering "
    "provide provides provider company companies solutions services service cooperation"
)
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | frozenset(fold(w) for w in _MORE_STOP_WORDS.split(" "))


@lru_cache(maxsize=200_000)
def _content_word(word: str) -> str:
    """The folded word, or '' for a stop word or a single letter."""
    folded = word.lower() if word.isascii() else fold(word)
    return "" if len(folded) < 2 or folded in STOP_WORDS else folded


def words(text: str) -> list[str]:
    """Folded content words of ``text`` (for text similarity): no stop words, no one-letter words."""
    return list(filter(None, map(_content_word, _WORD.findall(text))))  # C-level loops: the index build's hot path


class ConceptModel:
    """Finds taxonomy nodes in text and scores how close two nodes are.

    Node positions (``index``) are stable for the life of the model; vectors over
    nodes are numpy arrays of length ``len(model)``.
    """

    def __init__(self, graph: TaxonomyGraph) -> None:
        self.graph = graph
        nodes = graph.walk()
        self.codes: list[str] = [node.code for node in nodes]
        self.index: dict[str, int] = {code: i for i, code in enumerate(self.codes)}
        self._terms: dict[tuple[str, ...], frozenset[int]] = {}
        building: dict[tuple[str, ...], set[int]] = {}
        generic = set(stems(_GENERIC_WORDS))
        for node in nodes:
            for term in [*node.labels.values(), *(w for group in node.synonyms.values() for w in group)]:
                key = tuple(stems(term))
                if key and len(key) <= _MAX_TERM_WORDS and not set(key) <= generic:
                    building.setdefault(key, set()).add(self.index[node.code])
        self._terms = {key: frozenset(value) for key, value in building.items()}
        # Longest term starting with each stem: most words start none, and are skipped at once.
        self._longest_from: dict[str, int] = {}
        for key in self._terms:
            self._longest_from[key[0]] = max(self._longest_from.get(key[0], 0), len(key))
        self.credit = self._credit_matrix()
        self.focus = self._focus_matrix()

    def __len__(self) -> int:
        return len(self.codes)

    def label(self, code: str, language: str = "en") -> str:
        node = self.graph.get(code)
        return node.label(language) if node is not None else code

    def _credit_matrix(self) -> npt.NDArray[np.float32]:
        """credit[i, j]: how much offering node j satisfies a request for node i (symmetric)."""
        size = len(self.codes)
        credit = np.zeros((size, size), dtype=np.float32)
        parent = [self.index.get(self.graph.node(code).parent_code or "", -1) for code in self.codes]
        for i in range(size):
            credit[i, i] = SAME_NODE
            p = parent[i]
            if p >= 0:
                near = ROOT_AND_CHILD if parent[p] < 0 else PARENT_OR_CHILD
                credit[i, p] = credit[p, i] = max(credit[i, p], near)
                grand = parent[p]
                if grand >= 0:
                    credit[i, grand] = credit[grand, i] = max(credit[i, grand], TWO_LEVELS)
        for i in range(size):
            for j in range(size):
                if i != j and parent[i] >= 0 and parent[i] == parent[j]:
                    credit[i, j] = max(credit[i, j], SIBLING)
        return credit

    def _focus_matrix(self) -> npt.NDArray[np.float32]:
        """focus[i]: node i at 1, its ancestors at ANCESTOR_FOCUS per level (0.5, 0.25, ...)."""
        size = len(self.codes)
        focus = np.zeros((size, size), dtype=np.float32)
        for i, code in enumerate(self.codes):
            focus[i, i] = 1.0
            weight = ANCESTOR_FOCUS
            for ancestor in self.graph.ancestors(code):
                position = self.index.get(ancestor.code)
                if position is not None:
                    focus[i, position] = weight
                weight *= ANCESTOR_FOCUS
        return focus

    def known(self, codes: Iterable[str]) -> list[int]:
        """Positions of the codes that exist in the taxonomy (unknown ones are ignored)."""
        return [self.index[code] for code in codes if code in self.index]

    def extract(self, text: str, *, cache: bool = True) -> frozenset[int]:
        """Positions of the nodes whose labels or synonyms occur in ``text`` (longest match first).

        ``cache=False`` for texts that rarely repeat (descriptions): they would only push out the titles.
        """
        if not text:
            return frozenset()
        return self._extract(text) if cache else self._scan(text)

    @lru_cache(maxsize=16_384)  # noqa: B019 - one model per index; titles repeat a lot
    def _extract(self, text: str) -> frozenset[int]:
        return self._scan(text)

    def _scan(self, text: str) -> frozenset[int]:
        tokens = stems(text)
        longest_from = self._longest_from
        # Most words start no term; compress/map keep this hot loop in C.
        starts = list(compress(range(len(tokens)), map(longest_from.__contains__, tokens)))
        if not starts:
            return _NOTHING
        found: set[int] = set()
        terms, count, after = self._terms, len(tokens), 0
        for i in starts:
            if i < after:
                continue  # inside the longer term matched before
            for length in range(min(longest_from[tokens[i]], count - i), 0, -1):
                hit = terms.get(tuple(tokens[i : i + length]))
                if hit is not None:
                    found.update(hit)
                    after = i + length
                    break
        return frozenset(found)

    def best_credit(self, wanted: Iterable[int], offered: Iterable[int]) -> tuple[float, int, int]:
        """The best credit between any wanted and any offered node, with the two nodes (-1 if none)."""
        rows, cols = list(wanted), list(offered)
        if not rows or not cols:
            return 0.0, -1, -1
        block = self.credit[np.ix_(rows, cols)]
        flat = int(block.argmax())
        r, c = divmod(flat, len(cols))
        return float(block[r, c]), rows[r], cols[c]
