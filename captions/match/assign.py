"""A globally optimal one-to-one assignment of photos to files (Kuhn-Munkres, O(n^3)).

The matcher maximizes the total score of the pairs it keeps. Pairs scoring below the
threshold are worth nothing, which is the same as leaving both sides unmatched, so the
problem is a plain rectangular assignment on `max(score - 0, 0)` values. A match's margin is
how much the best total would lose if that pair were forbidden: a small margin means another
arrangement explains the article almost as well, and the match is ambiguous.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def hungarian(cost: Sequence[Sequence[float]]) -> list[int]:
    """Columns assigned to each row minimizing the total cost; needs rows <= columns.

    The shortest-augmenting-path form with row and column potentials: each row is added in
    O(n * m), so n rows cost O(n^2 * m).
    """
    n = len(cost)
    if n == 0:
        return []
    m = len(cost[0])
    if m < n:
        raise ValueError(f"hungarian needs rows <= columns, got {n} x {m}")
    u = [0.0] * (n + 1)  # row potentials (1-based; 0 is the virtual start)
    v = [0.0] * (m + 1)  # column potentials
    owner = [0] * (m + 1)  # owner[j] = row assigned to column j (0: free)
    for row in range(1, n + 1):
        owner[0] = row
        way = [0] * (m + 1)
        minv = [math.inf] * (m + 1)
        used = [False] * (m + 1)
        col = 0
        while owner[col] != 0:
            used[col] = True
            r, delta, nxt = owner[col], math.inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                reduced = cost[r - 1][j - 1] - u[r] - v[j]
                if reduced < minv[j]:
                    minv[j], way[j] = reduced, col
                if minv[j] < delta:
                    delta, nxt = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            col = nxt
        while col:
            prev = way[col]
            owner[col] = owner[prev]
            col = prev
    assigned = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            assigned[owner[j] - 1] = j - 1
    return assigned


@dataclass(frozen=True)
class Assignment:
    """Kept pairs (row, column) and their total score."""

    pairs: tuple[tuple[int, int], ...]
    total: float


def best_assignment(
    scores: Sequence[Sequence[float]],
    threshold: float,
    forbidden: frozenset[tuple[int, int]] = frozenset(),
) -> Assignment:
    """Maximize the total score over one-to-one pairs scoring at least `threshold`."""
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    if rows == 0 or cols == 0:
        return Assignment((), 0.0)

    def value(r: int, c: int) -> float:
        if (r, c) in forbidden or scores[r][c] < threshold:
            return 0.0
        return scores[r][c]

    # Each row also gets a private "unmatched" column worth 0, so rows <= columns always.
    cost = [[-value(r, c) for c in range(cols)] + [0.0] * rows for r in range(rows)]
    pairs = tuple(
        (r, c)
        for r, c in enumerate(hungarian(cost))
        if c < cols and value(r, c) > 0 and scores[r][c] >= threshold
    )
    return Assignment(pairs, sum(scores[r][c] for r, c in pairs))


def margins(
    scores: Sequence[Sequence[float]], threshold: float, best: Assignment
) -> dict[tuple[int, int], float]:
    """For each kept pair, how much the best total drops when that pair is forbidden."""
    return {
        pair: best.total - best_assignment(scores, threshold, frozenset({pair})).total
        for pair in best.pairs
    }
