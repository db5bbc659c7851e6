"""Duplicate captions: in an article, across a folder, and one picture under two captions.

    find_duplicates(articles=[...], images=[...]) -> DuplicateReport

Group kinds (records.GroupKind): same-photo and identical-files are info (normal: a figure and
its lightbox, copies of one file); sibling, same-caption-different-pictures and
same-picture-different-captions are warnings. Pixel comparison (perceptual hashes) is opt-in
(`pixels=True`) so that a header-only run stays fast.

Caption text is made comparable by captions.caption. Modules: near (near-duplicate search that
scales), diff (the words that differ), phash (perceptual hash from a reduced decode), files
(digests), articles and images (the groups), records (the result records), find
(`find_duplicates`).
The names below are imported from their module on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from captions.dupes.diff import Change, word_changes
    from captions.dupes.find import find_duplicates
    from captions.dupes.images import ImageCaption, describe_image, image_groups
    from captions.dupes.near import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD, NearPair, near_pairs
    from captions.dupes.phash import DEFAULT_MAX_PIXELS, SAME_PICTURE_DISTANCE, perceptual_hash
    from captions.dupes.records import (
        Difference,
        DuplicateGroup,
        DuplicateReport,
        GroupKind,
        Member,
    )

# Names exported from the submodules, imported on first use (a lazy import for start-up time):
# code that needs only caption normalization (captions.caption) must not pull in rapidfuzz,
# Pillow and the grouping code with the package.
_LAZY = {
    "find_duplicates": "find",
    "Change": "diff",
    "word_changes": "diff",
    "ImageCaption": "images",
    "describe_image": "images",
    "image_groups": "images",
    "DEFAULT_MIN_WORDS": "near",
    "DEFAULT_THRESHOLD": "near",
    "NearPair": "near",
    "near_pairs": "near",
    "DEFAULT_MAX_PIXELS": "phash",
    "SAME_PICTURE_DISTANCE": "phash",
    "perceptual_hash": "phash",
    "Difference": "records",
    "DuplicateGroup": "records",
    "DuplicateReport": "records",
    "GroupKind": "records",
    "Member": "records",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Change",
    "DEFAULT_MAX_PIXELS",
    "DEFAULT_MIN_WORDS",
    "DEFAULT_THRESHOLD",
    "Difference",
    "DuplicateGroup",
    "DuplicateReport",
    "GroupKind",
    "ImageCaption",
    "Member",
    "NearPair",
    "SAME_PICTURE_DISTANCE",
    "describe_image",
    "find_duplicates",
    "image_groups",
    "near_pairs",
    "perceptual_hash",
    "word_changes",
]
