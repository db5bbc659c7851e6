"""`alternation` writes the pattern it wrote before it was made cheaper (its word sets are
remembered, and a run of letters with one way on is written in a loop): the old function, kept
here only, against the new on every category of the word file and on random word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from captions.credit.labels import alternation
from captions.credit.words import CATEGORIES, credit_words


def _old_alternation(words: Iterable[str]) -> str:
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _old_trie_pattern(trie) if trie else "(?!)"


def _old_trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _old_trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def test_every_category_of_the_word_file_is_written_as_before() -> None:
    words = credit_words()
    written = [alternation(words.words(category)) for category in CATEGORIES]
    assert sum(len(p) for p in written) > 10_000
    for category, pattern in zip(CATEGORIES, written, strict=True):
        assert pattern == _old_alternation(words.words(category)), category
    # a word set asked for again (remembered) is written alike, from a set or a generator
    photo = words.words("photo")
    assert alternation(iter(sorted(photo))) == alternation(photo) == _old_alternation(photo)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(st.sampled_from(list("ab .\\-(#写") + ["\u00a0", "\n"]), max_size=6)))
def test_random_word_lists_are_written_as_before(words: list[str]) -> None:
    assert alternation(words) == _old_alternation(words)
    assert alternation(words) == alternation(list(reversed(words)))
