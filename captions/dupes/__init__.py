"""Duplicate captions: in an article, across a folder, and one picture under two captions.

    find_duplicates(articles=[...], images=[...]) -> DuplicateReport

Group kinds (records.GroupKind): same-photo and identical-files are info (normal: a figure and
its lightbox, copies of one file); sibling, same-caption-different-pictures and
same-picture-different-captions are warnings. Pixel comparison (perceptual hashes) is opt-in
(`pixels=True`) so that a header-only run stays fast.

Modules: normalize (caption text made comparable), near (near-duplicate search that scales),
diff (the words that differ), phash (perceptual hash from a reduced decode), files (digests),
articles and images (the groups), records (the result records).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from captions.dupes.articles import article_groups
from captions.dupes.diff import Change, word_changes
from captions.dupes.images import ImageCaption, ImageOptions, describe_image, image_groups
from captions.dupes.near import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD, NearPair, near_pairs
from captions.dupes.normalize import caption_key, normalize_caption
from captions.dupes.phash import DEFAULT_MAX_PIXELS, SAME_PICTURE_DISTANCE, perceptual_hash
from captions.dupes.records import (
    Difference,
    DuplicateGroup,
    DuplicateReport,
    GroupKind,
    Member,
)
from captions.errors import CaptionsError
from captions.model import Article


def find_duplicates(
    articles: Iterable[Article] = (),
    images: Iterable[str | os.PathLike[str]] = (),
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_words: int = DEFAULT_MIN_WORDS,
    pixels: bool = False,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    picture_distance: int = SAME_PICTURE_DISTANCE,
) -> DuplicateReport:
    """Duplicate groups among the captions of `articles` and of the image files `images`.

    Image files that cannot be read are left out and named in the report's warnings.
    """
    groups = article_groups(articles, threshold=threshold, min_words=min_words)
    described: list[ImageCaption] = []
    warnings: list[str] = []
    for path in images:
        try:
            described.append(describe_image(path, pixels=pixels, max_pixels=max_pixels))
        except CaptionsError as exc:
            warnings.append(str(exc))
    options = ImageOptions(threshold, min_words, pixels, max_pixels, picture_distance)
    groups += image_groups(described, options)
    return DuplicateReport(tuple(groups), tuple(warnings))


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
    "caption_key",
    "describe_image",
    "find_duplicates",
    "image_groups",
    "near_pairs",
    "normalize_caption",
    "perceptual_hash",
    "word_changes",
]
