"""The words that differ between two captions, for an editor to see at a glance.

`word_changes("Ødegård (C) speaks", "Ødegård (2nd L) speaks")` gives one change, `(C)` -> `(2nd L)`.
Words are compared case-insensitively and without surrounding punctuation, so a comma moved
from one word to the next is not a difference; what is shown is the words as printed.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

# A position marker or short parenthetical is one word: `(2nd L)`, `(L to R)`.
_WORD = re.compile(r"\([^()\s]{1,6}(?: [^()\s]{1,6}){0,2}\)|\S+")
_EDGE_PUNCTUATION = ".,;:!?\"'()[]"


@dataclass(frozen=True)
class Change:
    """One run of differing words: `before` in the first caption, `after` in the second.
    An empty side means the words were added or removed."""

    before: str
    after: str

    def to_json(self) -> dict[str, str]:
        return {"before": self.before, "after": self.after}


def caption_words(text: str) -> list[str]:
    """The caption split into printed words, position markers kept whole."""
    return _WORD.findall(text)


def _comparable(word: str) -> str:
    stripped = word.strip(_EDGE_PUNCTUATION) if not word.startswith("(") else word
    return (stripped or word).casefold()


def word_changes(first: str, second: str) -> tuple[Change, ...]:
    """The runs of words that differ between two captions, in reading order."""
    words_a, words_b = caption_words(first), caption_words(second)
    matcher = difflib.SequenceMatcher(
        a=[_comparable(w) for w in words_a], b=[_comparable(w) for w in words_b], autojunk=False
    )
    return tuple(
        Change(" ".join(words_a[a0:a1]), " ".join(words_b[b0:b1]))
        for tag, a0, a1, b0, b1 in matcher.get_opcodes()
        if tag != "equal"
    )


def marked_words(first: str, second: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both captions as printed words, each flagged True where it differs from the other."""
    words_a, words_b = caption_words(first), caption_words(second)
    matcher = difflib.SequenceMatcher(
        a=[_comparable(w) for w in words_a], b=[_comparable(w) for w in words_b], autojunk=False
    )
    marks_a = [(w, True) for w in words_a]
    marks_b = [(w, True) for w in words_b]
    for a0, b0, size in matcher.get_matching_blocks():
        for k in range(size):
            marks_a[a0 + k] = (words_a[a0 + k], False)
            marks_b[b0 + k] = (words_b[b0 + k], False)
    return marks_a, marks_b


__all__ = ["Change", "caption_words", "marked_words", "word_changes"]
