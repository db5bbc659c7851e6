"""`caption_key` skips the steps that cannot change a caption, and gives every key it gave before.

The steps it skips (a trailing-parentheses search on a text not ending in `)`, the key's quote
translation and spacing fix on a key without the characters they act on) cost most of a key;
the function as it was, written here from the same parts with no step skipped, is the reference:
on generated wire captions, on the annotated articles' captions and the real images' captions
read from ../shared at test time, and on random texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.bench_dupes import generate
from captions.caption import normalize
from captions.caption.counters import COUNTER
from captions.caption.dates import leading_date
from captions.caption.normalize import caption_key
from captions.credit import split_trailing_credit
from captions.credit.agencies import active_agencies

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_CAPTION_TAGS = ("Caption-Abstract", "Description")  # exiftool's names of the caption fields


def _old_strip_credit(text: str) -> str:
    text = text.strip()
    stripped = text
    while True:
        match = normalize._TRAILING_PARENS.search(stripped)
        if match is None or not normalize._is_credit(match.group(1)) or match.start() == 0:
            break
        stripped = stripped[: match.start()].rstrip()
    ends = list(normalize._SENTENCE_END.finditer(stripped))
    if ends:
        tail_start = ends[-1].end()
        if normalize._is_credit(stripped[tail_start:]):
            stripped = stripped[:tail_start].rstrip()
    if stripped == text and normalize._MAYBE_CREDIT.search(text[-120:]):
        caption = split_trailing_credit(text)[0].strip()
        stripped = caption or text
    return stripped


def _old_caption_key(text: str) -> str:
    caption = normalize.clean_text(text)
    caption = _old_strip_credit(normalize.strip_labels(normalize.strip_emphasis(caption)))
    caption = "" if normalize._is_credit(caption) else caption.rstrip(" .")
    if not caption:
        return caption
    caption = COUNTER.sub("", caption, count=1)
    caption = normalize._ARCHIVE_TAG.sub("", caption, count=1)
    caption = caption[leading_date(caption) :]
    key = normalize.printing_key(caption).translate(normalize._KEY_QUOTES)
    key = normalize._SPACED.sub(lambda m: m.group().strip(), key)
    key = normalize._STOP_IN_QUOTE.sub('"', key)
    key = key.rstrip(normalize._FULL_STOPS)
    if len(key) > 2 and normalize._ENCLOSING.get(key[0]) == key[-1]:
        key = key[1:-1].strip().rstrip(normalize._FULL_STOPS).strip()
    bars = list(normalize._BAR.finditer(key))
    if bars and normalize._credit_line(key[bars[-1].end() :], active_agencies()):
        key = key[: bars[-1].start()].rstrip(normalize._FULL_STOPS)
    return key


def _shared_captions() -> list[str]:
    """The captions of the annotated articles and of the real images' metadata."""
    texts: list[str] = []
    for answer in sorted((SHARED / "articles").glob("*/*.expected.json")):
        texts += [c["caption"] for c in json.loads(answer.read_text())["captions"]]
    metadata = SHARED / "corpus" / "metadata.jsonl"
    if metadata.exists():
        for line in metadata.read_text().splitlines():
            record = json.loads(line)
            texts += [
                v for k, v in record.items() if k.endswith(("Caption-Abstract", "Description"))
            ]
    return [t for t in texts if isinstance(t, str)]


def test_keys_of_generated_wire_captions_are_unchanged() -> None:
    texts = generate(3000, seed=7).texts
    keys = [caption_key(t) for t in texts]
    assert keys == [_old_caption_key(t) for t in texts]
    assert len(set(keys)) > 2000  # keys, not one empty string


def test_keys_of_the_shared_captions_are_unchanged() -> None:
    texts = _shared_captions()
    if len(texts) < 50:
        pytest.skip("the shared annotations and corpus (../shared) are absent")
    assert [caption_key(t) for t in texts] == [_old_caption_key(t) for t in texts]


_PIECES = st.sampled_from(
    [
        *("A", "man", "walks", "in", "Paris", "2nd L", "on", "May 3, 2025", "FILE -", "1/5"),
        *(".", ",", ":", " :", "; ", "!", " ?", "(", ")", "[", "]", '"', " « ", " » ", "“", "”"),
        *("‘", "’", "「", "」", "『", "』", "‹", "›", "〝", "〞", " | ", " · ", "。", "．", "*"),
        *("(Photo: Jane Doe/Example Wire)", "REUTERS/Jane Doe", "Photo by Jane Doe", "\n", "\t"),
        *("Foto: Name", " (AFP) ", "Image caption, ", "© Example Wire", "Ｐｈｏｔｏ", "ſ"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=24).map(" ".join), st.lists(_PIECES, max_size=12).map("".join))
def test_keys_of_random_texts_are_unchanged(spaced: str, glued: str) -> None:
    for text in (spaced, glued, spaced + glued):
        assert caption_key(text) == _old_caption_key(text)
