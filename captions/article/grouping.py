"""Occurrences of the same caption share one photo id.

Two printings are the same photo when their caption texts are equal after normalization
(whitespace, quotes, dashes, case, a final full stop). Position markers are kept, so sibling photos
that differ only in `(L)` / `(C)` stay apart, and credit-only captions are never merged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from captions.model import Occurrence

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
)
_SPACE = re.compile(r"\s+")


def caption_key(text: str) -> str:
    """The form two printings of one caption share: NFC, straight quotes, one space, no case."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).replace("\u00a0", " ")
    text = _SPACE.sub(" ", text).strip().strip("*_ ").rstrip(".").strip()
    return text.casefold()


def assign_photos(drafts: Iterable[Occurrence]) -> tuple[Occurrence, ...]:
    """Number occurrences in document order and give repeated captions one photo id.

    `index` and `photo` count from 0 in order of first appearance.
    """
    ordered = sorted(drafts, key=lambda occ: (occ.offset, occ.line))
    photo_of_key: dict[str, int] = {}
    result: list[Occurrence] = []
    next_photo = 0
    for index, occ in enumerate(ordered):
        key = caption_key(occ.text)
        if key and key in photo_of_key:
            photo = photo_of_key[key]
        else:
            photo = next_photo
            next_photo += 1
            if key:
                photo_of_key[key] = photo
        result.append(replace(occ, index=index, photo=photo))
    return tuple(result)


__all__ = ["assign_photos", "caption_key"]
