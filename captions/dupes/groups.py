"""From caption texts to matches: identical after normalization, or near each other."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from captions.caption.normalize import caption_key, caption_tokens
from captions.dupes.near import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD, NearPair, near_pairs


@dataclass(frozen=True)
class TextMatches:
    """`identical`: index tuples sharing one non-empty normalized caption (two or more each).
    `near`: pairs of different normalized captions at or above the threshold, between the first
    index of each identical set (its representative)."""

    identical: tuple[tuple[int, ...], ...]
    near: tuple[NearPair, ...]
    keys: tuple[str, ...]


def match_texts(
    texts: Sequence[str],
    threshold: float = DEFAULT_THRESHOLD,
    *,
    min_words: int = DEFAULT_MIN_WORDS,
) -> TextMatches:
    """Group `texts` by normalized caption and find near-duplicates among the distinct ones."""
    keys = tuple(caption_key(text) for text in texts)
    by_key: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            by_key.setdefault(key, []).append(index)
    representatives = [indexes[0] for indexes in by_key.values()]
    words = (caption_tokens(keys[index]) for index in representatives)
    near = tuple(
        NearPair(representatives[pair.first], representatives[pair.second], pair.similarity)
        for pair in near_pairs(words, threshold, min_words=min_words)
    )
    identical = tuple(tuple(indexes) for indexes in by_key.values() if len(indexes) > 1)
    return TextMatches(identical=identical, near=near, keys=keys)


def connected_groups(
    pairs: Iterable[tuple[int, int]], nodes: Iterable[int] = ()
) -> list[tuple[int, ...]]:
    """The connected components (sorted) of the graph the pairs draw: those with two or more
    members, plus every one of `nodes` left alone."""
    singles = tuple(nodes)
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for node in singles:
        root(node)
    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    components: dict[int, list[int]] = {}
    for node in parent:
        components.setdefault(root(node), []).append(node)
    kept = set(singles)
    return sorted(
        tuple(sorted(members))
        for members in components.values()
        if len(members) > 1 or members[0] in kept
    )


__all__ = ["TextMatches", "connected_groups", "match_texts"]
