"""Recognize an image format by its first bytes, never by the file name."""

from __future__ import annotations

# Signatures checked in order; HEIF-family files are recognized by their `ftyp` brand below.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"II+\x00", "tiff"),  # BigTIFF
    (b"MM\x00+", "tiff"),
    (b"8BPS", "psd"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\xff\x0a", "jxl"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "jxl"),
    (b"BM", "bmp"),
)

_HEIF_BRANDS = {
    b"heic": "heic",
    b"heix": "heic",
    b"heim": "heic",
    b"heis": "heic",
    b"hevc": "heic",
    b"hevx": "heic",
    b"mif1": "heic",
    b"msf1": "heic",
    b"avif": "avif",
    b"avis": "avif",
    b"crx ": "cr3",
}

HEADER_BYTES = 32
"""How many leading bytes `detect_format` needs."""


def detect_format(head: bytes) -> str | None:
    """The format name for a file starting with `head` (at least 12 bytes), or None."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        return _HEIF_BRANDS.get(head[8:12])
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


__all__ = ["HEADER_BYTES", "detect_format"]
