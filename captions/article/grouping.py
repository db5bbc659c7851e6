"""Occurrences of the same caption share one photo id.

A page prints one photo's caption more than once: a slideshow and a figure, a full and a cut
copy, a desktop and a mobile copy, a lightbox. Two printings are the same photo when their
caption texts have the same key (`captions.caption.normalize.caption_key`, the one home of
caption sameness: what the caption says, label and credit left out, compared without regard to
whitespace, quotes of any script, dashes, case or a final full stop, a slide counter, an archive
tag, a date stamp, enclosing quotes or brackets, or a credit after a bar, which one printing
carries and another not; tests/fixtures/articles/dupes shows each), or
when one is a cut copy of the other (the longer key starts with the shorter, which is long enough
not to be a common opening). Position markers are kept in the key, so sibling photos
that differ only in `(L)` / `(C)` stay apart. Credit-only captions (no caption text) are
never merged: a page credits many pictures alike. Two printings with the same text showing
pictures of different names (`image_name`) are different photos: a slideshow of one shoot may
print one caption under several pictures.

The readers compare printed lines (a caption, a credit line) with `printing_key`, which only
normalizes characters; `caption_key` builds on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import unquote, urlsplit

from captions.caption.normalize import caption_key, printing_key
from captions.model import Occurrence

# A cut copy is at least this long before its cut (fitted on the development part of
# ../shared/articles/real: the cut copies there keep 190 characters; captions of different photos
# of one page share openings of up to 30 characters, different texts aside).
_MIN_CUT_COPY = 40


def _cut_key(key: str) -> str:
    """A key without the ellipsis a cut copy ends with."""
    return key.rstrip(".… ")


def _same_caption(short: str, longer: str) -> bool:
    """Whether key `short` is a cut copy of key `longer`."""
    cut = _cut_key(short)
    return len(cut) >= _MIN_CUT_COPY and longer.startswith(cut)


def same_caption(first: str, second: str) -> bool:
    """Whether two caption texts are printings of one caption: the same key, or one a cut copy
    of the other (the rule `assign_photos` groups by, image names aside)."""
    return same_key(printing_key(first), printing_key(second))


def same_key(a: str, b: str) -> bool:
    """`same_caption` on two keys (`printing_key` or `caption_key`)."""
    return bool(a and b) and (a == b or _same_caption(a, b) or _same_caption(b, a))


# Size marks renditions add to a file name (development pages: WordPress `-1024x689`, `640x640_`,
# TYPO3 `csm_` with a 10-digit hash suffix, Drupal styles, `_small`/`_medium`).
_EXTENSION = re.compile(r"\.[a-z0-9]{2,5}$")
_SIZE_MARK = re.compile(
    r"(?:^|[-_.])(?:\d{2,5}x\d{2,5}|w\d{2,4}|\d{2,4}w|csm|small|medium|large|xlarge|thumb|"
    r"thumbnail|mobile|desktop|tablet|full|original|rect|square)(?=$|[-_.])"
)
_HASH_SUFFIX = re.compile(r"[-_][0-9a-f]{6,12}$")
# A name left shorter than this is all hash or counter: compared as it is.
_MIN_NAME = 6


def image_name(ref: str | None) -> str:
    """What names the picture in an image reference: the file name without folders, query,
    extension, size marks (`-1024x683`, `_small`, `w620`) and an image processor's hash suffix
    (`_caa5dd48d4`), so that two renditions of one picture share it."""
    if not ref:
        return ""
    name = unquote(urlsplit(ref.strip()).path).rsplit("/", 1)[-1].casefold()
    name = _EXTENSION.sub("", name)
    name = _SIZE_MARK.sub("", name)
    stem = _HASH_SUFFIX.sub("", name).strip("-_.")
    return stem if len(stem) >= _MIN_NAME else name.strip("-_.")


def _same_image(a: str, b: str) -> bool:
    """Whether two image names (`image_name`) may be one picture (an unknown name may)."""
    return not a or not b or a == b


def assign_photos(drafts: Iterable[Occurrence]) -> tuple[Occurrence, ...]:
    """Number occurrences in document order and give repeated printings one photo id.

    `index` and `photo` count from 0 in order of first appearance.
    """
    ordered = sorted(drafts, key=lambda occ: (occ.offset, occ.line))
    # Printings of one caption share their first _MIN_CUT_COPY characters (or the whole key):
    # only those are compared, so a gallery of hundreds of slides stays linear.
    seen: dict[str, list[tuple[str, str, int, int]]] = {}  # opening -> (key, image, photo, line)
    result: list[Occurrence] = []
    next_photo = 0
    for index, occ in enumerate(ordered):
        key = caption_key(occ.text)
        image = image_name(occ.image_ref)
        bucket = seen.setdefault(_cut_key(key)[:_MIN_CUT_COPY], []) if key else []
        photo = _known_photo(key, image, occ.line, bucket) if key else None
        if photo is None:
            photo = next_photo
            next_photo += 1
        if key:
            bucket.append((key, image, photo, occ.line))
        result.append(replace(occ, index=index, photo=photo))
    return tuple(result)


def _known_photo(
    key: str, image: str, line: int, photos: list[tuple[str, str, int, int]]
) -> int | None:
    """The photo an earlier printing of this caption and picture has, if any. A caption of a
    word or two (`Tasting`, `試食`) labels many pictures of a page: only a printing close by
    (a viewer's second copy) is the same photo."""
    for other, other_image, photo, other_line in photos:
        if not (same_key(key, other) and _same_image(image, other_image)):
            continue
        if len(key) < _GENERIC_KEY and abs(line - other_line) > _NEAR_LINES:
            continue
        return photo
    return None


# A caption key this short is a generic label (development pages: `試食` under two pictures
# 350 lines apart; the shortest caption printed twice for one photo has 20 characters).
_GENERIC_KEY = 12
# Lines within which a viewer prints its second copy of a caption (development pages: 4).
_NEAR_LINES = 10


__all__ = ["assign_photos", "image_name", "same_caption", "same_key"]
