"""Duplicates among the caption occurrences of articles.

- same-photo (info): the occurrences the extractor gave one photo id (a figure and its lightbox),
  and identical captions of photos in different articles (one wire photo used twice).
- sibling (warning): different photos whose captions are identical or nearly so after
  normalization, within an article or across articles; credit-only photos (no caption text)
  are siblings only when their credit lines are identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from captions.caption.normalize import clean_text, normalize_caption
from captions.dupes.diff import word_changes
from captions.dupes.groups import connected_groups, match_texts
from captions.dupes.near import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD
from captions.dupes.records import Difference, DuplicateGroup, GroupKind, Member
from captions.model import Article, Occurrence


@dataclass(frozen=True)
class _Photo:
    path: str
    occurrences: tuple[Occurrence, ...]
    text: str  # normalized caption, "" for a credit-only photo

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]

    def member(self) -> Member:
        occurrence = self.first
        credit = occurrence.credit.raw if occurrence.credit else None
        return Member(self.path, occurrence.text, occurrence.line, occurrence.photo, credit)


def article_groups(
    articles: Iterable[Article],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_words: int = DEFAULT_MIN_WORDS,
) -> list[DuplicateGroup]:
    """same-photo and sibling groups over the photos of `articles`."""
    photos = [
        _Photo(article.path, occurrences, normalize_caption(occurrences[0].text))
        for article in articles
        for occurrences in article.photos.values()
    ]
    groups = [_same_photo(photo) for photo in photos if len(photo.occurrences) > 1]
    groups += _text_groups(photos, threshold, min_words)
    groups += _credit_only_groups(photos)
    return groups


def _same_photo(photo: _Photo) -> DuplicateGroup:
    members = tuple(
        Member(photo.path, occ.raw, occ.line, occ.photo, occ.credit.raw if occ.credit else None)
        for occ in photo.occurrences
    )
    return DuplicateGroup(GroupKind.SAME_PHOTO, members, 1.0)


def _text_groups(
    photos: Sequence[_Photo], threshold: float, min_words: int
) -> list[DuplicateGroup]:
    with_text = [photo for photo in photos if photo.text]
    matches = match_texts([photo.text for photo in with_text], threshold, min_words=min_words)
    score: dict[tuple[int, int], float] = {}
    for same in matches.identical:
        for other in same[1:]:
            score[(same[0], other)] = 1.0
    for pair in matches.near:
        score[(pair.first, pair.second)] = pair.similarity
    groups = []
    for component in connected_groups(score):
        members = [with_text[index] for index in component]
        similarity = min(s for (a, b), s in score.items() if a in component and b in component)
        kind = GroupKind.SIBLING
        one_text = len({matches.keys[index] for index in component}) == 1
        if one_text and len({photo.path for photo in members}) == len(members):
            kind = GroupKind.SAME_PHOTO  # one caption in several articles: one wire photo
        groups.append(_group(kind, members, similarity))
    return groups


def _group(kind: GroupKind, photos: Sequence[_Photo], similarity: float) -> DuplicateGroup:
    first = photos[0].text
    differences = tuple(
        Difference(index, change)
        for index, photo in enumerate(photos[1:], start=1)
        for change in word_changes(first, photo.text)
    )
    return DuplicateGroup(kind, tuple(p.member() for p in photos), similarity, differences)


def _credit_only_groups(photos: Sequence[_Photo]) -> list[DuplicateGroup]:
    by_credit: dict[tuple[str, str], list[_Photo]] = {}
    for photo in photos:
        credit = photo.first.credit
        if not photo.text and credit is not None and credit.raw.strip():
            key = (photo.path, clean_text(credit.raw).casefold())
            by_credit.setdefault(key, []).append(photo)
    return [
        DuplicateGroup(GroupKind.SIBLING, tuple(p.member() for p in same), 1.0)
        for same in by_credit.values()
        if len(same) > 1
    ]


__all__ = ["article_groups"]
