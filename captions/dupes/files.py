"""Digests that tell whether two image files are the same bytes or the same picture data."""

from __future__ import annotations

import hashlib
import os

from captions.formats import jpeg

_CHUNK = 1 << 20
# JPEG segments that carry metadata, not pixels: APP0..APP15 and COM.
_METADATA_MARKERS = frozenset(range(0xE0, 0xF0)) | {0xFE}


def file_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of the whole file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def picture_digest(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 of a JPEG's picture data (tables, frame and scan; not APPn or COM segments), so
    that one picture saved with other metadata keeps its digest. None for other formats or a
    JPEG whose structure cannot be followed."""
    with open(path, "rb") as stream:
        data = stream.read()
    if not data.startswith(jpeg.SOI):
        return None
    header = jpeg.split(data, lenient=True)
    if header.scan_offset < 0:
        return None
    digest = hashlib.sha256()
    for segment in header.segments:
        if segment.marker not in _METADATA_MARKERS:
            digest.update(bytes([0xFF, segment.marker]))
            digest.update(segment.payload)
    digest.update(memoryview(data)[header.scan_offset :])
    return digest.hexdigest()


__all__ = ["file_digest", "picture_digest"]
