"""`find_duplicates`: every kind of duplicate among articles' captions and image files."""

from __future__ import annotations

import os
from collections.abc import Iterable

from captions.dupes.articles import article_groups
from captions.dupes.images import ImageCaption, ImageOptions, describe_image, image_groups
from captions.dupes.near import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD
from captions.dupes.phash import DEFAULT_MAX_PIXELS, SAME_PICTURE_DISTANCE
from captions.dupes.records import DuplicateReport
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


__all__ = ["find_duplicates"]
