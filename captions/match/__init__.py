"""Match an article's photos to image files: score every pair, assign one-to-one, explain.

    result = match(article, [metadata.read(p) for p in files])
    for m in result.matches: m.photo, m.image, m.score, m.ambiguous, m.evidence, m.explain()

Duplicate occurrences of a caption are one photo. Every pair is scored from evidence
(captions.match.evidence) on what the captions assert, not their wording
(captions.caption.boilerplate strips agency boilerplate, captions.caption.markers reads markers,
captions.match.text turns a caption into weighted claims, captions.match.folder weighs each
claim by how much it tells the folder's files apart); a globally optimal assignment
(captions.match.assign) keeps pairs at or above `threshold`; a match whose margin over the
best alternative arrangement is below `ambiguity` is ambiguous and is not written unless a
manifest says so. Every match names the file that came second and the evidence that decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from captions.match import assign, evidence
from captions.match.evidence import Evidence, ImageFacts, PhotoFacts
from captions.match.folder import Rarity
from captions.model import Article

if TYPE_CHECKING:
    from captions.match.manifest import Manifest
    from captions.metadata import ImageMetadata

DEFAULT_THRESHOLD = 0.8
DEFAULT_AMBIGUITY = 0.15
SURE_SCORE = 1.5  # a score at which a match is fully trusted...
CLEAR_MARGIN = 0.5  # ...when no other arrangement comes within this much of the best total
DECIDING = 0.05  # a kind of evidence that puts a file this far ahead of the runner-up decided


@dataclass(frozen=True)
class Match:
    """One photo paired with one file, with the reasons and how sure the matcher is."""

    photo: int
    image: str
    score: float
    confidence: float
    margin: float
    ambiguous: bool
    evidence: tuple[Evidence, ...]
    source: str = "matcher"  # or "manifest"
    write: bool = True
    # the file that came second for this photo, its score, and the kinds of evidence that
    # put this file ahead of it (`position`, `date`, `caption`...)
    runner_up: str | None = None
    runner_up_score: float | None = None
    decided_by: tuple[str, ...] = ()

    def explain(self) -> str:
        """One line: why this file, and what came second."""
        if self.runner_up is None or self.runner_up_score is None:
            return f"score {self.score:.2f}; no other file scored"
        kinds = ", ".join(self.decided_by) or "nothing clear"
        return (
            f"score {self.score:.2f}, runner-up {PurePath(self.runner_up).name} "
            f"{self.runner_up_score:.2f}; decided by {kinds}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "photo": self.photo,
            "image": self.image,
            "score": round(self.score, 4),
            "confidence": round(self.confidence, 4),
            "margin": round(self.margin, 4),
            "ambiguous": self.ambiguous,
            "source": self.source,
            "write": self.write,
            "evidence": [e.to_json() for e in self.evidence],
            "runner_up": self.runner_up,
            "runner_up_score": None
            if self.runner_up_score is None
            else round(self.runner_up_score, 4),
            "decided_by": list(self.decided_by),
        }


@dataclass(frozen=True)
class MatchResult:
    """Matches, and what stayed unmatched on either side."""

    article: str
    matches: tuple[Match, ...]
    unmatched_photos: tuple[int, ...]
    unmatched_images: tuple[str, ...]
    captions: dict[int, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    # manifest rows that cannot be honoured: their photos are stopped (unmatched), never
    # given to the matcher, and the commands exit 2
    manifest_errors: tuple[str, ...] = ()
    stopped_photos: tuple[int, ...] = ()

    @property
    def ambiguous(self) -> tuple[Match, ...]:
        return tuple(m for m in self.matches if m.ambiguous)

    @property
    def complete(self) -> bool:
        """Every photo matched, none ambiguous unless an editor confirmed it."""
        return not self.unmatched_photos and all(m.write for m in self.matches)

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "matches": [m.to_json() for m in self.matches],
            "unmatched_photos": list(self.unmatched_photos),
            "unmatched_images": list(self.unmatched_images),
            "ambiguous": [m.photo for m in self.ambiguous],
            "warnings": list(self.warnings),
            "manifest_errors": list(self.manifest_errors),
        }


def score_pairs(
    photos: Sequence[PhotoFacts], images: Sequence[ImageFacts]
) -> list[list[list[Evidence]]]:
    """Evidence for every (photo, image) pair, order tie-breaker included.

    Caption tokens are weighed by their rarity among the folder's descriptions.
    """
    rarity = Rarity(i.tokens for i in images)
    table: list[list[list[Evidence]]] = []
    for rank, photo in enumerate(photos):
        row = []
        for image_rank, image in enumerate(images):
            found = evidence.collect(photo, image, rarity)
            found.append(evidence.order(rank, len(photos), image_rank, len(images)))
            row.append(found)
        table.append(row)
    return table


def match(
    article: Article,
    images: Sequence[ImageMetadata],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    ambiguity: float = DEFAULT_AMBIGUITY,
    manifest: Manifest | None = None,
) -> MatchResult:
    """Pair the article's photos with `images` (in folder order); a manifest overrides."""
    photos = [evidence.photo_facts(p, occs) for p, occs in article.photos.items()]
    facts = [evidence.image_facts(meta) for meta in images]
    return match_facts(article.path, photos, facts, threshold, ambiguity, manifest)


def match_facts(
    article_path: str,
    photos: Sequence[PhotoFacts],
    images: Sequence[ImageFacts],
    threshold: float = DEFAULT_THRESHOLD,
    ambiguity: float = DEFAULT_AMBIGUITY,
    manifest: Manifest | None = None,
) -> MatchResult:
    """`match` on facts already gathered (the part tests and other front ends reuse)."""
    table = score_pairs(photos, images)
    scores = [[sum(e.weight for e in cell) for cell in row] for row in table]
    fixed, stopped, problems = _manifest_pairs(manifest, photos, images)
    matches = [_fixed_match(photos[r], images[c], table[r][c], w) for (r, c), w in fixed.items()]
    decided_rows = {r for r, _ in fixed} | stopped | _manifest_unmatched(manifest, photos)
    free_rows = [r for r in range(len(photos)) if r not in decided_rows]
    free_cols = [c for c in range(len(images)) if c not in {c for _, c in fixed}]
    sub = [[scores[r][c] for c in free_cols] for r in free_rows]
    best = assign.best_assignment(sub, threshold)
    for (i, j), margin in assign.margins(sub, threshold, best).items():
        r, c = free_rows[i], free_cols[j]
        found = _matched(photos[r], images[c], table[r][c], margin, ambiguity)
        matches.append(_with_runner_up(found, table[r], scores[r], c, images))
    matches.sort(key=lambda m: m.photo)
    taken_images = {m.image for m in matches}
    taken_photos = {m.photo for m in matches}
    return MatchResult(
        article=article_path,
        matches=tuple(matches),
        unmatched_photos=tuple(p.photo for p in photos if p.photo not in taken_photos),
        unmatched_images=tuple(i.path for i in images if i.path not in taken_images),
        captions={p.photo: p.caption for p in photos},
        manifest_errors=tuple(problems),
        stopped_photos=tuple(sorted(photos[r].photo for r in stopped)),
    )


def _matched(
    photo: PhotoFacts, image: ImageFacts, found: list[Evidence], margin: float, ambiguity: float
) -> Match:
    score = sum(e.weight for e in found)
    sure = min(1.0, max(0.0, score / SURE_SCORE))
    distinct = min(1.0, max(0.0, margin / CLEAR_MARGIN))
    ambiguous = margin < ambiguity
    return Match(
        photo=photo.photo,
        image=image.path,
        score=score,
        confidence=sure * distinct,
        margin=margin,
        ambiguous=ambiguous,
        evidence=_ranked(found),
        write=not ambiguous,
    )


def _with_runner_up(
    found: Match,
    row: list[list[Evidence]],
    row_scores: list[float],
    column: int,
    images: Sequence[ImageFacts],
) -> Match:
    """The match with the file that came second for its photo, and what set them apart."""
    others = [c for c in range(len(images)) if c != column]
    if not others:
        return found
    second = max(others, key=lambda c: row_scores[c])
    ahead: dict[str, float] = {}
    for e in row[column]:
        ahead[e.kind] = ahead.get(e.kind, 0.0) + e.weight
    for e in row[second]:
        ahead[e.kind] = ahead.get(e.kind, 0.0) - e.weight
    kinds = sorted((k for k, w in ahead.items() if w > DECIDING), key=lambda k: -ahead[k])
    return replace(
        found,
        runner_up=images[second].path,
        runner_up_score=row_scores[second],
        decided_by=tuple(kinds[:3]),
    )


def _fixed_match(photo: PhotoFacts, image: ImageFacts, found: list[Evidence], write: bool) -> Match:
    score = sum(e.weight for e in found)
    told = Evidence("manifest", "pair set by the manifest", 0.0)
    return Match(
        photo=photo.photo,
        image=image.path,
        score=score,
        confidence=1.0,
        margin=score,
        ambiguous=False,
        evidence=(told, *_ranked(found)),
        source="manifest",
        write=write,
    )


def _ranked(found: list[Evidence]) -> tuple[Evidence, ...]:
    return tuple(sorted(found, key=lambda e: -abs(e.weight)))


def _manifest_pairs(
    manifest: Manifest | None, photos: Sequence[PhotoFacts], images: Sequence[ImageFacts]
) -> tuple[dict[tuple[int, int], bool], set[int], list[str]]:
    """What the manifest decides: the pairs it fixes ((photo row, image column) -> write), the
    rows of photos whose row cannot be honoured (stopped: neither written nor left to the
    matcher), and one error per such row.

    A row's image is a file name in the folder, or a relative path that ends an image's path
    and never leaves the folder (`..`); anything else names a file that is not in DIR.
    """
    if manifest is None:
        return {}, set(), []
    rows = {p.photo: r for r, p in enumerate(photos)}
    fixed: dict[tuple[int, int], bool] = {}
    stopped: set[int] = set()
    problems: list[str] = []
    used_cols: dict[int, int] = {}
    for entry in manifest.entries:
        if entry.image is None:
            continue
        where = f"{manifest.path}: photo {entry.photo}"
        if entry.photo not in rows:
            problems.append(f"{where} is not in the article")
            continue
        column = _manifest_image(entry.image, images)
        if column is None:
            problems.append(f"{where}: {entry.image} is not an image in the folder; not written")
            stopped.add(rows[entry.photo])
        elif column in used_cols:
            first = used_cols[column]
            problems.append(
                f"{where}: {entry.image} is already given to photo {first}; not written"
            )
            stopped.add(rows[entry.photo])
        else:
            used_cols[column] = entry.photo
            fixed[(rows[entry.photo], column)] = entry.write
    return fixed, stopped, problems


def _manifest_image(named: str, images: Sequence[ImageFacts]) -> int | None:
    """The column of the image a manifest row names, or None when the folder has no such file."""
    wanted = PurePath(named.replace("\\", "/"))
    if wanted.is_absolute() or ".." in wanted.parts:
        return None
    for column, image in enumerate(images):
        parts = PurePath(image.path).parts
        if len(parts) >= len(wanted.parts) and parts[-len(wanted.parts) :] == wanted.parts:
            return column
    return None


def _manifest_unmatched(manifest: Manifest | None, photos: Sequence[PhotoFacts]) -> set[int]:
    """Rows of photos the manifest says have no file."""
    if manifest is None:
        return set()
    skipped = {e.photo for e in manifest.entries if e.image is None}
    return {r for r, p in enumerate(photos) if p.photo in skipped}


__all__ = ["DEFAULT_AMBIGUITY", "DEFAULT_THRESHOLD", "Match", "MatchResult", "match", "match_facts"]
