"""The pre-publish gate: one article against its folder of images, every problem in one list.

    result = check("story.txt", "images/", load_config(["story.txt", "images/"]))
    for path, findings in result.by_path():
        ...

Each step reuses its module: extract the article (captions.article); group repeated printings
and sibling captions (captions.dupes.articles); read the images (captions.metadata) and pair
photos with files (captions.match); compare each confidently matched file with what
`captions apply` would write for its photo in the house style (captions.apply.photo_values); and
audit the matched files with the per-file and folder-wide rules (captions.audit).

The article-gate rules live in the one rule table (captions/audit/rules.py): A001
photo-without-image, A002 image-without-caption, A003 caption-differs-from-article, A004
credit-differs-from-article, A005 ambiguous-match, A006 sibling-captions. A photo printed
twice is one photo, not a finding: it is kept in `CheckResult.groups` as an info group.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from captions.apply import photo_values, style_from_config
from captions.article import extract
from captions.audit import audit_results, enabled_rules
from captions.audit.checks import Hit, Image, agencies_of
from captions.audit.config import AuditConfig, load_config
from captions.audit.rules import BY_CODE, UNREADABLE
from captions.audit.walk import iter_image_paths
from captions.caption.fold import fold
from captions.caption.normalize import caption_tokens, clean_text, normalize_caption
from captions.dupes.articles import article_groups
from captions.dupes.diff import word_changes
from captions.dupes.near import DEFAULT_THRESHOLD as SIBLING
from captions.dupes.near import word_similarity
from captions.dupes.records import GroupKind
from captions.errors import CaptionsError
from captions.match import DEFAULT_THRESHOLD, Match, MatchResult, match
from captions.metadata import read
from captions.model import Article, Credit, Finding, Occurrence

if TYPE_CHECKING:
    from captions.apply import HouseStyle
    from captions.dupes.records import DuplicateGroup
    from captions.match.manifest import Manifest
    from captions.metadata import ImageMetadata

_SHOWN = 60  # characters of a caption or changed words quoted in a message
_CHANGES = 3  # changed word runs quoted in a message


@dataclass(frozen=True)
class CheckResult:
    """What the gate found: the findings per file, and what it saw on the way."""

    article: Article
    match: MatchResult
    images: tuple[str, ...]  # every image file of the set, in folder order
    findings: tuple[Finding, ...]  # the article's first, then each file's in folder order
    groups: tuple[DuplicateGroup, ...] = ()  # same-photo (info) and sibling groups
    errors: tuple[str, ...] = ()  # checks that failed: tool errors (exit 2)

    def by_path(self) -> list[tuple[str, tuple[Finding, ...]]]:
        """Every checked file (the article, then the images) with its findings, in order."""
        grouped: dict[str, list[Finding]] = {self.article.path: []}
        grouped.update((path, []) for path in self.images)
        for finding in self.findings:
            grouped.setdefault(finding.path, []).append(finding)
        return [(path, tuple(found)) for path, found in grouped.items()]

    @property
    def repeated_photos(self) -> dict[int, tuple[int, ...]]:
        """Photos printed more than once: photo id -> the lines it is printed on."""
        return {
            photo: tuple(o.line for o in occurrences)
            for photo, occurrences in self.article.photos.items()
            if len(occurrences) > 1
        }


def check(
    article_path: str | os.PathLike[str],
    images: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    config: AuditConfig | None = None,
    *,
    manifest: Manifest | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    house: HouseStyle | None = None,
) -> CheckResult:
    """Check the article at `article_path` against the images (a folder, or files and folders).

    Raises ArticleError when the article cannot be read; unreadable images are F001 findings.
    """

    named = [images] if isinstance(images, str | os.PathLike) else list(images)
    roots = [os.fspath(root) for root in named]
    config = config if config is not None else load_config([os.fspath(article_path), *roots])
    house = house if house is not None else house_style_for(config)
    article = extract(os.fspath(article_path), agencies=agencies_of(config))
    paths = list(iter_image_paths(roots, config))
    metadata, unreadable = _read_all(paths)
    result = match(article, metadata, threshold=threshold, manifest=manifest)
    groups = tuple(article_groups([article]))
    gate = [
        *_photo_findings(article, result, roots),
        *_sibling_findings(article, groups),
        *unreadable,
        *_image_findings(article, result, metadata, config, house),
    ]
    audited, errors = _audit(result, config)
    errors = [*result.manifest_errors, *errors]  # a manifest row not honoured stops its photo
    findings = [f for f in gate if _enabled(f, config)] + _in_house_style(audited, gate, house)
    order = {path: rank for rank, path in enumerate([article.path, *paths])}
    findings.sort(key=lambda f: order.get(f.path, len(order)))  # stable: rule order kept
    return CheckResult(article, result, tuple(paths), tuple(findings), groups, tuple(errors))


def house_style_for(config: AuditConfig) -> HouseStyle:
    """The house style `captions apply` would use with this configuration."""

    return style_from_config(config)


# -- the steps --------------------------------------------------------------------------------


def _read_all(paths: Sequence[str]) -> tuple[list[ImageMetadata], list[Finding]]:
    metadata: list[ImageMetadata] = []
    unreadable: list[Finding] = []
    for path in paths:
        try:
            metadata.append(read(path))
        except (CaptionsError, OSError) as exc:
            reason = str(exc) if isinstance(exc, CaptionsError) else f"cannot read: {exc}"
            unreadable.append(UNREADABLE.finding(path, Hit(None, reason)))
    return metadata, unreadable


def _photo_findings(
    article: Article, result: MatchResult, roots: Sequence[str]
) -> Iterable[Finding]:
    where = ", ".join(roots)
    for photo in result.unmatched_photos:
        first = article.photos[photo][0]
        message = f"{_photo(first)} {_quote(first.text)} matched no image in {where}"
        yield _finding("A001", article.path, None, message, line=first.line)
    for pair in result.ambiguous:
        first = article.photos[pair.photo][0]
        message = (
            f"{_photo(first)} {_quote(first.text)} may be {pair.image} but another pairing "
            f"scores almost as high (margin {pair.margin:.2f}): not compared with the "
            "article; confirm it with --manifest"
        )
        yield _finding("A005", article.path, None, message, line=first.line)


def _sibling_findings(article: Article, groups: Sequence[DuplicateGroup]) -> Iterable[Finding]:
    for group in groups:
        if group.kind is not GroupKind.SIBLING:
            continue
        photos = " and ".join(f"photo {m.photo} (line {m.line})" for m in group.members)
        changes = _describe((d.change.before, d.change.after) for d in group.differences)
        differ = f": {changes}" if changes else ": the same text"
        message = f"{photos} have nearly the same caption ({group.similarity:.2f}){differ}"
        line = group.members[0].line
        yield _finding("A006", article.path, "caption", message, line=line)


def _image_findings(
    article: Article,
    result: MatchResult,
    metadata: Sequence[ImageMetadata],
    config: AuditConfig,
    house: HouseStyle,
) -> Iterable[Finding]:
    matched = {m.image: m for m in result.matches}
    for meta in metadata:
        image = Image(meta.path, meta, config)
        pair = matched.get(meta.path)
        if pair is None:
            yield _unmatched(article, image)
        elif not pair.ambiguous:
            yield from _compare(article, pair, image, house)


def _unmatched(article: Article, image: Image) -> Finding:
    caption = image.text("caption")
    message = "no caption in the article matched this image"
    closest = _closest_photo(article, caption) if caption else None
    if closest is not None:
        first, similarity, changes = closest
        if changes:
            message += (
                f"; its caption is nearly that of {_photo(first)}, {similarity:.2f} alike "
                f"(another frame?): {changes}"
            )
        else:
            message += f"; it has the same caption as {_photo(first)} (another frame, a copy?)"
    elif caption:
        message += f"; its caption: {_quote(caption)}"
    return _finding("A002", image.path, "caption", message)


def _closest_photo(article: Article, caption: str) -> tuple[Occurrence, float, str] | None:
    """The article photo whose caption is a sibling of `caption`, if any."""

    embedded = normalize_caption(caption)
    words = caption_tokens(embedded)
    best: tuple[Occurrence, float, str] | None = None
    for occurrences in article.photos.values():
        text = normalize_caption(occurrences[0].text)
        similarity = word_similarity(caption_tokens(text), words)
        if similarity >= SIBLING and (best is None or similarity > best[1]):
            best = (occurrences[0], similarity, _changes(text, embedded))
    return best


def _compare(article: Article, pair: Match, image: Image, house: HouseStyle) -> Iterable[Finding]:
    """A003 and A004: the file against what `captions apply` would write for its photo."""

    occurrences = article.photos[pair.photo]
    first = occurrences[0]
    values, _ = photo_values(article, occurrences, house)
    expected = values.get("caption")
    expected = (
        expected if isinstance(expected, str) else max((o.text for o in occurrences), key=len)
    )
    embedded = image.text("caption")
    if embedded and _comparable(embedded) != _comparable(expected):
        message = (
            f"embedded caption differs from the article's caption of {_photo(first)}: "
            f"{_changes(expected, embedded)}"
        )
        yield _finding("A003", pair.image, "caption", message)
    credit = next((o.credit for o in occurrences if o.credit is not None), None)
    if credit is not None:
        for field, message in _credit_differences(credit, image):
            yield _finding("A004", pair.image, field, f"{message} ({_photo(first)})")


def _credit_differences(credit: Credit, image: Image) -> Iterable[tuple[str, str]]:
    """Agencies and photographers of the article's credit missing from the file's credit and
    by-line. Case, accents and layout are not compared (that is C001's business)."""
    embedded = image.credit
    if embedded is not None:
        ours, theirs = _agencies(credit), _agencies(embedded)
        if ours and theirs and set(ours) != set(theirs):
            message = (
                f"credit names {', '.join(theirs.values())}; the article credits "
                f"{', '.join(ours.values())}"
            )
            yield "credit", message
    names = [*(embedded.photographers if embedded else ()), *image.values("byline")]
    folded = {fold(name) for name in names}
    missing = [p for p in credit.photographers if fold(p) not in folded]
    if missing and folded:
        message = f"the article credits {', '.join(missing)}; the file names {', '.join(names)}"
        yield "byline", message


def _agencies(credit: Credit) -> dict[str, str]:
    named = [*credit.agencies, *([credit.distributor] if credit.distributor else [])]
    return {fold(name): name for name in named}


def _audit(result: MatchResult, config: AuditConfig) -> tuple[list[Finding], list[str]]:
    """Every audit rule on the confidently matched files (the pictures to be published); only
    the file rules (F: unreadable, partly read) on the others, which A002 or A005 report."""
    matched = [m.image for m in result.matches if not m.ambiguous]
    others = [*result.unmatched_images, *(m.image for m in result.ambiguous)]
    findings, errors = _audit_paths(matched, config)
    file_rules = replace(config, select=("F",), extend_select=())
    more, more_errors = _audit_paths(others, file_rules)
    findings += [f for f in more if _enabled(f, config)]
    return findings, errors + more_errors


def _in_house_style(
    audited: list[Finding], gate: list[Finding], house: HouseStyle
) -> list[Finding]:
    """The audit findings less C005 (credit at the end of the caption) where the house style
    appends the credit and the caption is the article's (no A003)."""
    if not house.append_credit:
        return audited
    differing = {f.path for f in gate if f.code == "A003"}
    return [f for f in audited if f.code != "C005" or f.path in differing]


def _audit_paths(paths: list[str], config: AuditConfig) -> tuple[list[Finding], list[str]]:
    findings: list[Finding] = []
    errors: list[str] = []
    for file in audit_results(paths, config) if paths else ():
        findings.extend(file.findings)
        errors.extend(file.errors)
    return findings, errors


# -- small helpers ------------------------------------------------------------------------------


def _finding(
    code: str, path: str, field: str | None, message: str, *, line: int | None = None
) -> Finding:
    """A finding of the gate; `line`: where in the article (a file of the images has none)."""
    return replace(BY_CODE[code].finding(path, Hit(field, message)), line=line)


def _enabled(finding: Finding, config: AuditConfig) -> bool:
    return any(r.code == finding.code for r in enabled_rules(config, finding.path))


def _photo(occurrence: Occurrence) -> str:
    return f"photo {occurrence.photo} (line {occurrence.line})"


def _comparable(text: str) -> str:
    return clean_text(text).casefold().rstrip(" .")


def _changes(before: str, after: str) -> str:
    return _describe((c.before, c.after) for c in word_changes(before, after))


def _describe(changes: Iterable[tuple[str, str]]) -> str:
    """`'(C)' -> '(L)', adds '(Photo by ...)'`: the first few changed runs, shortened."""
    shown = []
    listed = list(changes)
    for before, after in listed[:_CHANGES]:
        if not before:
            shown.append(f"adds {_quote(after)}")
        elif not after:
            shown.append(f"drops {_quote(before)}")
        else:
            shown.append(f"{_quote(before)} -> {_quote(after)}")
    more = len(listed) - _CHANGES
    return ", ".join(shown) + (
        f" and {more} more change{'s' if more > 1 else ''}" if more > 0 else ""
    )


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 3].rstrip() + "...")


__all__ = ["CheckResult", "check", "house_style_for"]
