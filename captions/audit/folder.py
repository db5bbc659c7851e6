"""Folder-wide rules (D001 duplicate-caption, D002 conflicting-credits) over every file of a run.

Each worker condenses a file into `FileFacts` (normalized caption, credit, and the digest of the
compressed picture data that `metadata.read(..., picture_digest=True)` computes from the same
open file: `formats.jpeg.picture_digest`); the parent groups them. "Same picture" means the
same JPEG scan and coding tables byte for byte: a copy with other metadata, never a re-encoded
version. Nothing is decoded. Other formats have no picture digest yet and take no part in
either rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from captions.audit.checks import Hit, Image, agencies_of
from captions.caption.fold import fold
from captions.model import Finding

if TYPE_CHECKING:
    from captions.audit.config import AuditConfig

_SHOWN = 3  # other files named in a finding's message


@dataclass(frozen=True, slots=True)  # slots: the parent holds one for every file of the run
class FileFacts:
    path: str
    caption_key: str
    credit: str
    picture: str | None  # digest of the compressed picture, None when unknown


def file_facts(image: Image, caption_key: str | None = None) -> FileFacts:
    """What the folder rules compare of one image; `caption_key`: its `caption_digest`, when
    the caller has it already."""
    if caption_key is None:
        caption_key = caption_digest(image.text("caption"), image.config)
    return FileFacts(
        path=image.path,
        caption_key=caption_key,
        credit=image.text("credit"),
        picture=image.metadata.structure.picture_digest,  # read with the metadata (JPEG only)
    )


def caption_digest(caption: str, config: AuditConfig) -> str:
    """A digest of the caption's `caption_key` ('' for none), read with the credit field's
    supplier table, as C005 reads the caption."""
    import hashlib  # lazy (start-up): OpenSSL's start-up is 2 ms

    # lazy (start-up): the credit parser
    from captions.caption.normalize import caption_key
    from captions.credit.agencies import using_agencies

    with using_agencies(agencies_of(config)):  # the credit field's table, as C005
        key = caption_key(caption)
    # a digest, not the text: the parent holds one of these per file of the run
    return hashlib.blake2b(key.encode(), digest_size=16).hexdigest() if key else ""


def folder_findings(facts: list[FileFacts]) -> Iterator[Finding]:
    from captions.audit.rules import BY_CODE  # lazy: rules imports checks, which import this

    duplicate, conflicting = BY_CODE["D001"], BY_CODE["D002"]
    # Only pictures we can tell apart (JPEG): the same photo as JPEG and PNG is not a duplicate.
    known = [f for f in facts if f.picture is not None]
    for group in _groups(known, lambda f: f.caption_key):
        others = _others(group, [f.picture or "" for f in group], lambda f: f.path)
        for fact, (count, shown) in zip(group, others, strict=True):
            if count:
                message = f"same caption as {_list(shown, count)} (a different picture)"
                yield duplicate.finding(fact.path, Hit("caption", message))
    credited = [f for f in facts if f.credit]  # a copy without a credit is M002's business
    folds: dict[str, str] = {}  # each distinct credit folded once: an archive repeats them
    for group in _groups(credited, lambda f: f.picture or ""):
        folded = [folds.get(f.credit) or folds.setdefault(f.credit, fold(f.credit)) for f in group]
        others = _others(group, folded, lambda f: f"{f.path} ({f.credit})")
        for fact, (count, shown) in zip(group, others, strict=True):
            if count:
                message = f"credit '{fact.credit}' but the same picture in {_list(shown, count)}"
                yield conflicting.finding(fact.path, Hit("credit", message))


def _others(
    group: list[FileFacts], keys: list[str], label: Callable[[FileFacts], str]
) -> list[tuple[int, list[str]]]:
    """For each fact: how many facts of the group have another key, and the first few of them.

    Linear in the group for a few distinct keys (10,000 copies of one picture are one group).
    """
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    firsts: dict[str, list[str]] = {}
    for key in counts:
        shown = firsts[key] = []
        for fact, other in zip(group, keys, strict=True):
            if other != key:
                shown.append(label(fact))
                if len(shown) == _SHOWN:
                    break
    return [(len(keys) - counts[key], firsts[key]) for key in keys]


def _groups(facts: list[FileFacts], key: Callable[[FileFacts], str]) -> Iterator[list[FileFacts]]:
    grouped: dict[str, list[FileFacts]] = {}
    for fact in facts:
        value = key(fact)
        if value:
            grouped.setdefault(value, []).append(fact)
    yield from (group for group in grouped.values() if len(group) > 1)


def _list(paths: list[str], count: int) -> str:
    """The first paths of `count`, and how many more."""
    shown = ", ".join(paths[:_SHOWN])
    return shown + (f" and {count - _SHOWN} more" if count > _SHOWN else "")


__all__ = ["FileFacts", "file_facts", "folder_findings"]
