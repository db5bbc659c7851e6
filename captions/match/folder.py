"""How much a token tells the files of one folder apart (an IDF over the folder's captions).

Sibling frames of one event share the people, the place and the date; what tells them apart is
who stands where and what they do. A token every caption of the folder carries says nothing
about which file is which; a token one caption carries says a lot.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from captions.match.text import WeightedTokens

# The weight left to a token every file carries: sharing it is still some evidence that the
# file belongs to the article at all (fitted on benchmarks/match_wording.py, seed 1).
FLOOR = 0.05
SHARPNESS = 2.0  # how fast a token shared by a few files loses weight


class Rarity:
    """`rarity(token)` in [FLOOR, 1]: 1 for a token at most one file carries."""

    def __init__(self, captions: Iterable[WeightedTokens]) -> None:
        documents = [c for c in captions if c.weights]
        self.count = len(documents)
        self.frequency: Counter[str] = Counter(t for c in documents for t in c.weights)

    def __call__(self, token: str) -> float:
        if self.count <= 1:
            return 1.0
        seen = max(self.frequency.get(token, 0), 1)
        spread = math.log((self.count + 1) / seen) / math.log(self.count + 1)
        return FLOOR + (1 - FLOOR) * float(spread**SHARPNESS)


__all__ = ["FLOOR", "Rarity"]
