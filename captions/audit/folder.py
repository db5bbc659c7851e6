"""Folder-wide rules (D001 duplicate-caption, D002 conflicting-credits) over every file of a run.

Each worker condenses a file into `FileFacts` (normalized caption, credit, and a digest of the
compressed picture data); the parent groups them. "Same picture" means the same JPEG scan and
coding tables byte for byte: a copy with other metadata, never a re-encoded version. Nothing is
decoded. Other formats have no picture digest yet and take no part in either rule.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from captions.audit.checks import Hit, Image, fold
from captions.model import Finding

_SCAN_HEAD = 64 * 1024
_SCAN_TAIL = 4 * 1024
_METADATA_MARKERS = frozenset(range(0xE0, 0xF0)) | {0xFE}  # APPn and COM


@dataclass(frozen=True)
class FileFacts:
    path: str
    caption_key: str
    credit: str
    picture: str | None  # digest of the compressed picture, None when unknown


def file_facts(image: Image) -> FileFacts:
    from captions.dupes.normalize import caption_key

    return FileFacts(
        path=image.path,
        caption_key=caption_key(image.text("caption")),
        credit=image.text("credit"),
        picture=picture_digest(image.path) if image.metadata.format == "jpeg" else None,
    )


def picture_digest(path: str) -> str | None:
    """BLAKE2 of a JPEG's coding segments, its scan length and the scan's first and last bytes
    (a bounded read: two copies of one picture agree on all of it, two pictures almost never
    share the first 64 KB of their scans). None when the file cannot be read."""
    from captions.errors import CaptionsError
    from captions.formats.jpeg import read_header
    from captions.remote import open_binary

    try:
        with open_binary(path) as stream:
            size = stream.seek(0, 2)
            header, _head = read_header(stream, size, lenient=True)
            if header.scan_offset < 0:
                return None
            digest = hashlib.blake2b(digest_size=16)
            for segment in header.segments:
                if segment.marker not in _METADATA_MARKERS:
                    digest.update(segment.to_bytes())
            digest.update(str(size - header.scan_offset).encode())
            stream.seek(header.scan_offset)
            digest.update(stream.read(_SCAN_HEAD))
            stream.seek(max(header.scan_offset, size - _SCAN_TAIL))
            digest.update(stream.read(_SCAN_TAIL))
    except (CaptionsError, OSError):
        return None
    return digest.hexdigest()


def folder_findings(facts: list[FileFacts]) -> Iterator[Finding]:
    from captions.audit.rules import BY_CODE

    duplicate, conflicting = BY_CODE["D001"], BY_CODE["D002"]
    # Only pictures we can tell apart (JPEG): the same photo as JPEG and PNG is not a duplicate.
    known = [f for f in facts if f.picture is not None]
    for group in _groups(known, lambda f: f.caption_key):
        if len({f.picture for f in group}) < 2:
            continue
        for fact in group:
            others = [f.path for f in group if f.picture != fact.picture]
            message = f"same caption as {_list(others)} (a different picture)"
            yield duplicate.finding(fact.path, Hit("caption", message))
    credited = [f for f in facts if f.credit]  # a copy without a credit is M002's business
    for group in _groups(credited, lambda f: f.picture or ""):
        credits = {fold(f.credit) for f in group}
        if len(credits) < 2:
            continue
        for fact in group:
            others = [
                f"{f.path} ({f.credit})" for f in group if fold(f.credit) != fold(fact.credit)
            ]
            message = f"credit '{fact.credit}' but the same picture in {_list(others)}"
            yield conflicting.finding(fact.path, Hit("credit", message))


def _groups(facts: list[FileFacts], key: Callable[[FileFacts], str]) -> Iterator[list[FileFacts]]:
    grouped: dict[str, list[FileFacts]] = {}
    for fact in facts:
        value = key(fact)
        if value:
            grouped.setdefault(value, []).append(fact)
    yield from (group for group in grouped.values() if len(group) > 1)


def _list(paths: list[str], limit: int = 3) -> str:
    shown = ", ".join(paths[:limit])
    return shown + (f" and {len(paths) - limit} more" if len(paths) > limit else "")


__all__ = ["FileFacts", "file_facts", "folder_findings", "picture_digest"]
