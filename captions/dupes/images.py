"""Duplicates among image files, from their embedded caption and credit (and, opt-in, pixels).

Files are first put into pictures: byte-identical files, JPEGs with the same picture data (only
the metadata differs) and, with `pixels`, files whose perceptual hashes are close. Then:
- identical-files (info): one picture in several files, all with one caption and credit;
- same-picture-different-captions (warning): one picture, several captions or credits;
- same-caption-different-pictures (warning): one caption (after normalization) on two or more
  different pictures;
- sibling (warning): nearly identical captions on different pictures.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from captions import metadata
from captions.caption.normalize import caption_key, clean_text, normalize_caption
from captions.dupes.diff import word_changes
from captions.dupes.files import file_digest, picture_digest
from captions.dupes.groups import connected_groups, match_texts
from captions.dupes.near import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD, NearPair
from captions.dupes.phash import DEFAULT_MAX_PIXELS, SAME_PICTURE_DISTANCE, perceptual_hash
from captions.dupes.records import Difference, DuplicateGroup, GroupKind, Member
from captions.errors import CaptionsError


@dataclass(frozen=True)
class ImageCaption:
    """What the search needs to know about one image file."""

    path: str
    caption: str
    credit: str
    sha256: str
    picture: str | None = None  # digest of the picture data (JPEG), None when unknown
    phash: int | None = None

    def member(self) -> Member:
        return Member(self.path, self.caption, credit=self.credit or None)


@dataclass(frozen=True)
class ImageOptions:
    threshold: float = DEFAULT_THRESHOLD
    min_words: int = DEFAULT_MIN_WORDS
    pixels: bool = False
    max_pixels: int = DEFAULT_MAX_PIXELS
    picture_distance: int = SAME_PICTURE_DISTANCE


def describe_image(
    path: str | os.PathLike[str], *, pixels: bool = False, max_pixels: int = DEFAULT_MAX_PIXELS
) -> ImageCaption:
    """Caption, credit and digests of one file; raises CaptionsError when it cannot be read."""

    read = metadata.read(path)
    name = os.fspath(path)
    try:
        sha256, picture = file_digest(name), picture_digest(name)
    except OSError as exc:
        raise CaptionsError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    return ImageCaption(
        path=name,
        caption=_text(read.fields.get("caption")),
        credit=_text(read.fields.get("credit")),
        sha256=sha256,
        picture=picture,
        phash=perceptual_hash(name, max_pixels=max_pixels) if pixels else None,
    )


def _text(field: object) -> str:
    value = getattr(field, "value", None)
    if isinstance(value, list):
        value = "; ".join(value)
    return clean_text(value) if isinstance(value, str) else ""


def image_groups(
    images: Sequence[ImageCaption], options: ImageOptions = ImageOptions()
) -> list[DuplicateGroup]:
    """The groups over already described images."""
    pictures = _pictures(images, options.picture_distance)
    picture_of = {index: n for n, members in enumerate(pictures) for index in members}
    groups = [
        _picture_group([images[i] for i in members]) for members in pictures if len(members) > 1
    ]
    groups += _caption_groups(images, picture_of, options)
    return groups


def _pictures(images: Sequence[ImageCaption], distance: int) -> list[tuple[int, ...]]:
    """Indexes of the files grouped into pictures (every file is in exactly one)."""
    pairs: list[tuple[int, int]] = []
    for key in (lambda im: im.sha256, lambda im: im.picture):
        pairs += _same_key_pairs(images, key)
    pairs += _close_hash_pairs([im.phash for im in images], distance)
    return connected_groups(pairs, nodes=range(len(images)))


def _same_key_pairs(
    images: Sequence[ImageCaption], key: Callable[[ImageCaption], str | None]
) -> list[tuple[int, int]]:
    first: dict[str, int] = {}
    pairs = []
    for index, image in enumerate(images):
        value = key(image)
        if value is not None:
            pairs.append((first.setdefault(value, index), index))
    return [pair for pair in pairs if pair[0] != pair[1]]


def _close_hash_pairs(hashes: Sequence[int | None], distance: int) -> list[tuple[int, int]]:
    """Pairs within `distance` bits, found through `distance + 1` bands of the 64 bits: two hashes
    that close agree on at least one band (pigeonhole), so only band collisions are compared."""
    bands = distance + 1
    edges = [64 * b // bands for b in range(bands + 1)]
    buckets: dict[tuple[int, int], list[int]] = {}
    for index, value in enumerate(hashes):
        if value is None:
            continue
        for band in range(bands):
            width = edges[band + 1] - edges[band]
            part = (value >> edges[band]) & ((1 << width) - 1)
            buckets.setdefault((band, part), []).append(index)
    pairs = set()
    for members in buckets.values():
        for position, a in enumerate(members):
            for b in members[position + 1 :]:
                if ((hashes[a] or 0) ^ (hashes[b] or 0)).bit_count() <= distance:
                    pairs.add((a, b))
    return sorted(pairs)


def _picture_group(files: Sequence[ImageCaption]) -> DuplicateGroup:
    members = tuple(image.member() for image in files)
    labels = {(caption_key(image.caption), image.credit.casefold()) for image in files}
    if len(labels) == 1:
        return DuplicateGroup(GroupKind.IDENTICAL_FILES, members, 1.0)
    first = _label(files[0])
    differences = tuple(
        Difference(index, change)
        for index, image in enumerate(files[1:], start=1)
        for change in word_changes(first, _label(image))
    )
    kind = GroupKind.SAME_PICTURE_DIFFERENT_CAPTIONS
    return DuplicateGroup(kind, members, 1.0, differences)


def _label(image: ImageCaption) -> str:
    caption = normalize_caption(image.caption)
    return f"{caption} | {image.credit}" if image.credit else caption


def _caption_groups(
    images: Sequence[ImageCaption], picture_of: dict[int, int], options: ImageOptions
) -> list[DuplicateGroup]:
    matches = match_texts(
        [im.caption for im in images], options.threshold, min_words=options.min_words
    )
    holders: dict[str, list[int]] = {}
    for index, key in enumerate(matches.keys):
        if key:
            holders.setdefault(key, []).append(index)
    groups = []
    for indexes in holders.values():
        if len({picture_of[i] for i in indexes}) > 1:
            files = [images[i] for i in indexes]
            kind = GroupKind.SAME_CAPTION_DIFFERENT_PICTURES
            groups.append(DuplicateGroup(kind, tuple(f.member() for f in files), 1.0))
    groups += _siblings(images, matches.keys, holders, matches.near, picture_of)
    return groups


def _siblings(
    images: Sequence[ImageCaption],
    keys: Sequence[str],
    holders: dict[str, list[int]],
    near: Iterable[NearPair],
    picture_of: dict[int, int],
) -> list[DuplicateGroup]:
    score: dict[tuple[int, int], float] = {}
    for pair in near:
        if picture_of[pair.first] != picture_of[pair.second]:
            score[(pair.first, pair.second)] = pair.similarity
    groups = []
    for component in connected_groups(score):
        files = [
            images[i] for key in dict.fromkeys(keys[c] for c in component) for i in holders[key]
        ]
        similarity = min(s for (a, b), s in score.items() if a in component)
        first = normalize_caption(files[0].caption)
        differences = tuple(
            Difference(index, change)
            for index, image in enumerate(files[1:], start=1)
            for change in word_changes(first, normalize_caption(image.caption))
        )
        members = tuple(f.member() for f in files)
        groups.append(DuplicateGroup(GroupKind.SIBLING, members, similarity, differences))
    return groups


__all__ = ["ImageCaption", "ImageOptions", "describe_image", "image_groups"]
