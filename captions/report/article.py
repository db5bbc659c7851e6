"""The article's contact sheet: does each picture carry the caption and credit the article prints?

    sheet = article_sheet("story.md", "images/", load_config(["story.md", "images/"]))
    Path("sheet.html").write_text(render_article_html(sheet), encoding="utf-8")

One card per photo of the article (its caption and credit as printed, its lines), beside the
file the gate matched it with (thumbnail, embedded caption, credit and by-line, the match's
evidence and runner-up margin) and the findings of `captions check` on either; then the files no
photo matched and the photos no file matched. Built from `captions.check.check`, so the sheet
and the gate always agree. Source files are only read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import partial

from captions.audit.config import AuditConfig
from captions.check import CheckResult, check
from captions.match import Match
from captions.match.manifest import Manifest
from captions.model import Finding
from captions.pool import ordered_map
from captions.report import Card, read_card
from captions.report.thumbnail import THUMBNAIL_SIZE


@dataclass(frozen=True)
class PhotoCard:
    """One photo of the article, and the file matched with it (None: no file matched)."""

    photo: int
    lines: tuple[int, ...]
    caption: str
    credit: str
    image: Card | None = None
    match: Match | None = None
    findings: tuple[Finding, ...] = ()  # the article's on this photo's lines, then the file's


@dataclass(frozen=True)
class ArticleSheet:
    article: str
    title: str | None
    photos: tuple[PhotoCard, ...]
    unmatched_images: tuple[Card, ...]
    errors: tuple[str, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        on_photos = [f for card in self.photos for f in card.findings]
        return (*on_photos, *(f for card in self.unmatched_images for f in card.findings))


def article_sheet(
    article: str | os.PathLike[str],
    folder: str | os.PathLike[str],
    config: AuditConfig,
    *,
    manifest: Manifest | None = None,
    jobs: int = 1,
    size: int = THUMBNAIL_SIZE,
) -> ArticleSheet:
    """Check the article against the folder and lay the result out photo by photo."""
    return sheet_of(check(article, folder, config, manifest=manifest), jobs=jobs, size=size)


def sheet_of(result: CheckResult, *, jobs: int = 1, size: int = THUMBNAIL_SIZE) -> ArticleSheet:
    """The sheet of a gate result already computed (`captions check --html`)."""
    by_photo = {m.photo: m for m in result.match.matches}
    shown = [m.image for m in by_photo.values()] + list(result.match.unmatched_images)
    previews = ordered_map(partial(read_card, size=size), shown, jobs=jobs)
    cards = {card.path: card for card in previews}
    by_path: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_path.setdefault(finding.path, []).append(finding)
    article = result.article
    photos = []
    for photo, occurrences in article.photos.items():
        lines = tuple(o.line for o in occurrences)
        found = by_photo.get(photo)
        image = cards.get(found.image) if found else None
        on_lines = [f for f in by_path.get(article.path, []) if f.line in lines]
        on_file = by_path.get(found.image, []) if found else []
        credit = next((o.credit.raw for o in occurrences if o.credit is not None), "")
        text = max((o.text for o in occurrences), key=len)
        photos.append(PhotoCard(photo, lines, text, credit, image, found, (*on_lines, *on_file)))
    unmatched = tuple(
        replace(cards[path], findings=tuple(by_path.get(path, [])))
        for path in result.match.unmatched_images
    )
    return ArticleSheet(article.path, article.title, tuple(photos), unmatched, tuple(result.errors))


__all__ = ["ArticleSheet", "PhotoCard", "article_sheet", "sheet_of"]
