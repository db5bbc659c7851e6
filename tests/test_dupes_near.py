"""The near-duplicate engine: planted pairs found, unrelated captions not, the filter exact."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from captions.caption.normalize import caption_tokens, normalize_caption
from captions.dupes.groups import connected_groups, match_texts
from captions.dupes.near import _Corpus, near_pairs, word_similarity

SIBLING_A = (
    "Harbour Minister Odile Vasquez-Renn (C) speaks with union leader Tamsin Okoro (L) "
    "during talks at the Marrow Quay offices in Port Elsby on March 3, 2025."
)
SIBLING_B = (
    "Harbour Minister Odile Vasquez-Renn (2nd R) speaks with union leader Tamsin Okoro (C) "
    "during talks at the Marrow Quay offices in Port Elsby on March 3, 2025."
)
UNRELATED = (
    "A tram crosses the flooded Linden Bridge in Kessmoor after two days of rain, "
    "Tuesday, Nov. 4, 2025.",
    "Goalkeeper Ruben Achterberg saves a penalty during the cup final at Hollow Lane, "
    "Sunday, May 18, 2025.",
    "Volunteers stack sandbags outside the Greyfield library as the river rises on Monday.",
    "The former mill at Ashby Cross, now a museum of weaving, reopened to visitors this week.",
)


def words(text: str) -> list[str]:
    return caption_tokens(normalize_caption(text))


def test_sibling_pair_found_with_its_similarity() -> None:
    captions = [words(t) for t in (UNRELATED[0], SIBLING_A, UNRELATED[1], SIBLING_B)]
    pairs = list(near_pairs(captions))
    assert [(p.first, p.second) for p in pairs] == [(1, 3)]
    assert pairs[0].similarity <= word_similarity(captions[1], captions[3])
    assert 0.75 <= pairs[0].similarity < 1.0


def test_unrelated_captions_give_no_pair() -> None:
    assert list(near_pairs([words(t) for t in UNRELATED])) == []


def test_short_captions_are_left_to_equality() -> None:
    assert list(near_pairs([["a", "witty", "caption"], ["a", "caption"]])) == []


def test_threshold_must_be_a_fraction() -> None:
    import pytest

    with pytest.raises(ValueError, match="threshold"):
        list(near_pairs([["a"]], threshold=0.0))


def test_match_texts_separates_reprints_from_siblings() -> None:
    reprint = f"Main image: {SIBLING_A.replace('Port', ' Port')} (Photo: Ines Farrow/Reuters)"
    matches = match_texts([SIBLING_A, reprint, SIBLING_B, UNRELATED[2]])
    assert matches.identical == ((0, 1),)
    assert [(p.first, p.second) for p in matches.near] == [(0, 2)]


def test_connected_groups_keeps_requested_singletons() -> None:
    assert connected_groups([(3, 1), (1, 2)], nodes=[5]) == [(1, 2, 3), (5,)]
    assert connected_groups([(0, 0)]) == []


VOCABULARY = [f"w{i}" for i in range(12)]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(VOCABULARY), min_size=4, max_size=12), max_size=14),
    st.sampled_from([0.6, 0.75, 0.9]),
)
def test_prefix_filter_loses_no_pair(captions: list[list[str]], threshold: float) -> None:
    """Every pair a brute-force comparison accepts is found (no posting cap)."""
    corpus = _Corpus(captions, 4)
    expected = set()
    for a, b in itertools.combinations(range(len(captions)), 2):
        score = min(word_similarity(captions[a], captions[b]), corpus.rare_word_agreement(a, b))
        if score >= threshold - 1e-9:
            expected.add((a, b))
    found = {(p.first, p.second) for p in near_pairs(captions, threshold, max_postings=10**9)}
    assert found == expected
