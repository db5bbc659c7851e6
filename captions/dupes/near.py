"""Near-duplicate search over many captions without comparing every pair.

A pair's similarity is the lower of two scores, both in [0, 1]:
- word similarity, `2 * LCS / (len(a) + len(b))` over the word sequences (rapidfuzz's normalized
  Indel similarity on words): a 20-word caption with one word changed scores 0.95;
- rare-word agreement, the same Dice ratio over the word multisets with each word weighted by
  `log((N + 100) / (df + 100)) + 0.3` (N captions, df those holding the word). In an article
  the weights are nearly equal; in an archive, boilerplate (`Rescue workers search the rubble
  of a ... after ... hit`) weighs little and the place, date and names decide. Without it two
  unrelated captions built on one wire template score as siblings.

Candidate pairs come from weighted prefix filtering (the set-similarity join of Chaudhuri et al.
and Bayardo et al. "All-Pairs"): each caption's word multiset is ordered rarest first. A pair
whose rare-word agreement reaches `t` shares a weight of at least `t / (2 - t) * W` of each
caption (W its total weight), so the first two words they share lie in both prefixes after which
less than `t / (2 - t) * W - w_max` weight is left. Only prefixes are indexed (a few rare words in
an archive) and only pairs meeting twice there are scored. That is exact, except that words in
more than `max_postings` captions propose no candidates (they would make the search quadratic).
Memory is linear: the word arrays and the prefix index.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from rapidfuzz.distance import Indel

DEFAULT_THRESHOLD = 0.75
"""Default similarity for siblings (measured: see benchmarks/README.md, "Duplicates")."""

DEFAULT_MIN_WORDS = 4
"""Captions shorter than this are only compared for equality (one word is too much of them)."""

DEFAULT_MAX_POSTINGS = 400
"""Words in more captions than this do not propose candidates."""

_PRIOR_CAPTIONS = 100  # a word must be in well over this many captions to count as common
_WEIGHT_FLOOR = 0.3  # keeps the commonest words from weighing nothing
_SHARED_IN_PREFIX = 2
_EPSILON = 1e-9  # ratios such as 6/10 are not exact in floating point
_COPIES = 64  # copies of one word in a caption told apart (more are counted as the 64th)


@dataclass(frozen=True)
class NearPair:
    """Two captions (indexes into the input) and their similarity in [0, 1]."""

    first: int
    second: int
    similarity: float


def word_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """`2 * LCS / (len(a) + len(b))` over words; 1.0 for two empty sequences."""
    return float(Indel.normalized_similarity(a, b))


class _Corpus:
    """The captions as integer arrays: words in order, and the multiset ranked rarest first.

    An element of a multiset is an int, `word_id * _COPIES + k` for the k-th copy of a word, so
    that 100,000 captions cost a few arrays of machine integers, not millions of tuples.
    """

    def __init__(self, captions: Iterable[Sequence[str]], min_words: int) -> None:
        words: dict[str, int] = {}
        self.sequences: list[array[int]] = []
        elements_of: list[array[int]] = []
        frequency: Counter[int] = Counter()
        for caption in captions:
            ids = array("i", (words.setdefault(word, len(words)) for word in caption))
            self.sequences.append(ids)
            elements = _numbered(ids) if len(ids) >= min_words else array("q")
            elements_of.append(elements)
            frequency.update(elements)
        ranked = sorted(frequency.items(), key=lambda item: (item[1], item[0]))
        rank = {element: r for r, (element, _) in enumerate(ranked)}
        self.frequencies = array("i", (count for _, count in ranked))
        self.ordered = [array("i", sorted(rank[e] for e in elements)) for elements in elements_of]
        del elements_of, rank
        total = len(self.sequences) + _PRIOR_CAPTIONS
        self.weights = array("d", [_WEIGHT_FLOOR] * len(words))
        for element, count in frequency.items():
            if element % _COPIES == 0:  # a word's first copy counts the captions holding it
                weight = math.log(total / (count + _PRIOR_CAPTIONS)) + _WEIGHT_FLOOR
                self.weights[element // _COPIES] = weight
        self.rank_weights = array("d", (self.weights[e // _COPIES] for e, _ in ranked))

    def first_rank_above(self, max_postings: int) -> int:
        """The first rank (ranks go rarest first) of a word in more than `max_postings` captions."""
        return bisect_right(self.frequencies, max_postings)

    def prefix(self, caption: int, overlap_ratio: float) -> int:
        """How many rarest words of `caption` hold the first `_SHARED_IN_PREFIX` words it shares
        with any caption whose rare-word agreement with it reaches the threshold."""
        weights = [self.rank_weights[rank] for rank in self.ordered[caption]]
        heaviest = sum(sorted(weights, reverse=True)[: _SHARED_IN_PREFIX - 1])
        left = overlap_ratio * sum(weights) - heaviest - 1e-9
        suffix = 0.0
        for position in range(len(weights) - 1, -1, -1):
            suffix += weights[position]
            if suffix >= left:
                return position + 1
        return 0

    def rare_word_agreement(self, a: int, b: int) -> float:
        """Weighted Dice ratio of the two word multisets."""
        count_a, count_b = Counter(self.sequences[a]), Counter(self.sequences[b])
        weights = self.weights
        shared = sum(weights[w] * n for w, n in (count_a & count_b).items())
        total = sum(weights[w] * n for w, n in (count_a + count_b).items())
        return 2.0 * shared / total if total else 1.0


def _numbered(ids: array[int]) -> array[int]:
    """The multiset as a set of ints: the k-th copy of a word is `word_id * _COPIES + k`."""
    seen: Counter[int] = Counter()
    elements = array("q")
    for word_id in ids:
        elements.append(word_id * _COPIES + min(seen[word_id], _COPIES - 1))
        seen[word_id] += 1
    return elements


def near_pairs(
    captions: Iterable[Sequence[str]],
    threshold: float = DEFAULT_THRESHOLD,
    *,
    min_words: int = DEFAULT_MIN_WORDS,
    max_postings: int = DEFAULT_MAX_POSTINGS,
) -> Iterator[NearPair]:
    """Every pair of captions (as word lists) whose similarity is at least `threshold`.

    Pairs come out with `first < second`, each once. Captions with fewer than `min_words` words
    take no part (compare those for equality instead).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    corpus = _Corpus(captions, min_words)
    overlap_ratio = threshold / (2.0 - threshold)
    common_from = corpus.first_rank_above(max_postings)
    index: dict[int, list[int]] = {}
    # Captions whose prefix keeps one word once the commonest are set aside meet others once.
    single = bytearray(len(corpus.ordered))
    for current, ordered in enumerate(corpus.ordered):
        if not ordered:
            continue
        prefix = [r for r in ordered[: corpus.prefix(current, overlap_ratio)] if r < common_from]
        single[current] = len(prefix) < _SHARED_IN_PREFIX
        counts = Counter(chain.from_iterable(index.get(rank, ()) for rank in prefix))
        for rank in prefix:
            index.setdefault(rank, []).append(current)
        candidates = [
            other
            for other, count in counts.items()
            if count >= _SHARED_IN_PREFIX or single[current] or single[other]
        ]
        yield from _verify(corpus, current, candidates, threshold, overlap_ratio)


def _verify(
    corpus: _Corpus, current: int, candidates: list[int], threshold: float, overlap_ratio: float
) -> Iterator[NearPair]:
    size = len(corpus.ordered[current])
    low, high = overlap_ratio * size - 1e-9, size / overlap_ratio + 1e-9
    sequence = corpus.sequences[current]
    for other in sorted(candidates):
        if not low <= len(corpus.ordered[other]) <= high:
            continue
        least = threshold - _EPSILON
        # No score_cutoff: rapidfuzz's own cutoff test drops pairs right at the threshold (6/10).
        words = Indel.normalized_similarity(corpus.sequences[other], sequence)
        if words < least:
            continue
        score = min(float(words), corpus.rare_word_agreement(other, current))
        if score >= least:
            yield NearPair(other, current, score)


__all__ = [
    "DEFAULT_MAX_POSTINGS",
    "DEFAULT_MIN_WORDS",
    "DEFAULT_THRESHOLD",
    "NearPair",
    "near_pairs",
    "word_similarity",
]
