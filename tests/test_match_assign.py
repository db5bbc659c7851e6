"""The assignment: Kuhn-Munkres against brute force, thresholds, margins."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions.match.assign import best_assignment, hungarian, margins

costs = st.integers(min_value=1, max_value=5).flatmap(
    lambda n: st.integers(min_value=n, max_value=6).flatmap(
        lambda m: st.lists(
            st.lists(
                st.floats(min_value=-50, max_value=50, allow_nan=False), min_size=m, max_size=m
            ),
            min_size=n,
            max_size=n,
        )
    )
)


def brute_force_min(cost: list[list[float]]) -> float:
    n, m = len(cost), len(cost[0])
    return min(
        sum(cost[r][c] for r, c in enumerate(cols)) for cols in itertools.permutations(range(m), n)
    )


@settings(max_examples=300, deadline=None)
@given(costs)
def test_hungarian_finds_the_brute_force_optimum(cost: list[list[float]]) -> None:
    assigned = hungarian(cost)
    assert len(set(assigned)) == len(assigned) == len(cost)
    assert all(0 <= c < len(cost[0]) for c in assigned)
    total = sum(cost[r][c] for r, c in enumerate(assigned))
    assert total == pytest.approx(brute_force_min(cost), abs=1e-6)


def brute_force_best(scores: list[list[float]], threshold: float) -> float:
    """Best total over every partial one-to-one matching using pairs >= threshold."""
    rows, cols = len(scores), len(scores[0])
    best = 0.0
    for cols_perm in itertools.permutations(list(range(cols)) + [None] * rows, rows):
        used = [c for c in cols_perm if c is not None]
        if len(used) != len(set(used)):
            continue
        pairs = [(r, c) for r, c in enumerate(cols_perm) if c is not None]
        if all(scores[r][c] >= threshold for r, c in pairs):
            best = max(best, sum(scores[r][c] for r, c in pairs))
    return best


scores_st = st.integers(min_value=1, max_value=4).flatmap(
    lambda n: st.integers(min_value=1, max_value=4).flatmap(
        lambda m: st.lists(
            st.lists(st.floats(min_value=-1, max_value=3, allow_nan=False), min_size=m, max_size=m),
            min_size=n,
            max_size=n,
        )
    )
)


@settings(max_examples=200, deadline=None)
@given(scores_st, st.floats(min_value=0.05, max_value=2))
def test_best_assignment_with_threshold_matches_brute_force(
    scores: list[list[float]], threshold: float
) -> None:
    result = best_assignment(scores, threshold)
    assert all(scores[r][c] >= threshold for r, c in result.pairs)
    assert (
        len({r for r, _ in result.pairs}) == len({c for _, c in result.pairs}) == len(result.pairs)
    )
    assert result.total == pytest.approx(brute_force_best(scores, threshold), abs=1e-6)


def test_more_photos_than_files_leaves_the_weakest_photo_unmatched() -> None:
    result = best_assignment([[0.9], [1.5], [0.7]], threshold=0.5)
    assert result.pairs == ((1, 0),)


def test_global_optimum_beats_greedy() -> None:
    # Greedy would give photo 0 its best file (1.0) and leave photo 1 with 0.1.
    scores = [[1.0, 0.9], [0.95, 0.1]]
    result = best_assignment(scores, threshold=0.05)
    assert set(result.pairs) == {(0, 1), (1, 0)}


def test_margin_is_small_when_two_files_explain_a_photo_equally() -> None:
    scores = [[1.0, 0.98, 0.1]]
    best = best_assignment(scores, threshold=0.5)
    margin = margins(scores, 0.5, best)[(0, 0)]
    assert margin == pytest.approx(0.02)
    clear = [[1.0, 0.2, 0.1]]
    assert margins(clear, 0.5, best_assignment(clear, 0.5))[(0, 0)] == pytest.approx(1.0)


def test_empty_inputs() -> None:
    assert hungarian([]) == []
    assert best_assignment([], 0.5).pairs == ()
    assert best_assignment([[]], 0.5).pairs == ()
