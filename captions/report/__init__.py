"""The contact sheet: one card per image (thumbnail, caption, credit, by-line, findings).

    from captions.report.html import render_html

    sheet = contact_sheet(["images/"], load_config(["images/"]), jobs=2)
    Path("report.html").write_text(render_html(sheet), encoding="utf-8")

The findings are the audit's (`captions.audit.audit_results`, folder-wide rules included). The
thumbnail is the only thing that decodes pixels; a picture that cannot be decoded, or that is
refused as a decompression bomb, gets an F001 finding on its card. Source files are only read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial

from captions.audit import audit_results, enabled_rules
from captions.audit.checks import Hit
from captions.audit.config import AuditConfig
from captions.audit.rules import UNREADABLE
from captions.audit.walk import iter_image_paths
from captions.errors import CaptionsError
from captions.metadata import read
from captions.model import Finding, Severity
from captions.pool import ordered_map
from captions.report.thumbnail import THUMBNAIL_SIZE, Thumbnail, make_thumbnail

SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True)
class Card:
    """One image on the sheet: what its metadata says, its thumbnail and its findings."""

    path: str
    thumbnail: Thumbnail
    format: str | None = None
    caption: str = ""
    credit: str = ""
    byline: str = ""
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class ContactSheet:
    """The cards in input order, and tool errors met on the way (checks that crashed)."""

    cards: tuple[Card, ...]
    errors: tuple[str, ...] = field(default=())

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(finding for card in self.cards for finding in card.findings)


Progress = Callable[[str, int, int], None]
"""Called with (phase, files done, files): phase "audit", then phase "preview"."""


def contact_sheet(
    paths: Iterable[str | os.PathLike[str]],
    config: AuditConfig,
    *,
    jobs: int = 1,
    size: int = THUMBNAIL_SIZE,
    progress: Progress | None = None,
) -> ContactSheet:
    """Audit and preview every image under `paths` (folders recursively), in input order."""
    files = list(iter_image_paths(paths, config))
    report = progress or _quiet
    total = len(files)
    findings: dict[str, list[Finding]] = {}
    errors: list[str] = []
    for step, result in enumerate(audit_results(files, config, jobs=jobs), start=1):
        findings.setdefault(result.path, []).extend(result.findings)
        errors.extend(result.errors)
        if step <= total:  # per-file results come first, then folder-wide ones
            report("audit", step, total)
    cards = []
    previews = ordered_map(partial(read_card, size=size), files, jobs=max(1, jobs))  # as audit
    for step, card in enumerate(previews, start=1):
        cards.append(_with_findings(card, findings.get(card.path, []), config))
        report("preview", step, total)
    return ContactSheet(tuple(cards), tuple(errors))


def read_card(path: str, size: int = THUMBNAIL_SIZE) -> Card:
    """The card of one image, without findings: its metadata fields and its thumbnail."""

    thumbnail = make_thumbnail(path, size=size)
    try:
        metadata = read(path)
    except (CaptionsError, OSError):
        return Card(path, thumbnail)  # the audit's F001 finding says why
    fields = metadata.fields

    def text(name: str) -> str:
        found = fields.get(name)
        value = None if found is None else found.value
        items = [value] if isinstance(value, str) else list(value or [])
        return "; ".join(item.strip() for item in items if item.strip())

    return Card(
        path,
        thumbnail,
        format=metadata.format,
        caption=text("caption"),
        credit=text("credit"),
        byline=text("byline"),
    )


def _with_findings(card: Card, found: list[Finding], config: AuditConfig) -> Card:
    problem = card.thumbnail.problem
    if (
        card.thumbnail.damaged
        and problem is not None
        and not any(f.code == UNREADABLE.code for f in found)
        and UNREADABLE in enabled_rules(config, card.path)
    ):
        found = [*found, UNREADABLE.finding(card.path, Hit(None, problem))]
    ordered = sorted(found, key=lambda f: (SEVERITY_ORDER.index(f.severity), f.code))
    return replace(card, findings=tuple(ordered))


def _quiet(phase: str, done: int, total: int) -> None:
    pass


__all__ = ["Card", "ContactSheet", "Progress", "contact_sheet", "read_card"]
