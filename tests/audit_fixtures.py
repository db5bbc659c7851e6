"""Real JPEGs for the audit tests: Pillow pixels, metadata through `captions.metadata.write`, and a
few byte-level edits for the structural rules. Every person, place and agency name is invented
(except the wire agencies, whose names are what a credit rule must recognise)."""

from __future__ import annotations

import io
import shutil
import struct
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")

# A picture that no rule objects to (with the default configuration).
CLEAN: dict[str, Any] = {
    "caption": "Ada Lindqvist waves to supporters in Tarnby, Denmark, on March 4, 2026.",
    "credit": "Ada Lindqvist/Reuters",
    "byline": ["Ada Lindqvist"],
    "source": "Reuters",
    "copyright": "(c) 2026 Reuters",
    "date_created": "2026-03-04",
    "city": "Tarnby",
    "country": "Denmark",
    "headline": "Supporters gather in Tarnby",
}


def pixels(seed: int = 0, size: tuple[int, int] = (24, 16)) -> bytes:
    """A small JPEG whose picture depends on `seed` (different seeds: different pictures)."""
    from PIL import Image

    image = Image.new("RGB", size)
    for x in range(size[0]):
        for y in range(size[1]):
            image.putpixel((x, y), ((x * 9 + seed * 40) % 256, (y * 13 + seed * 7) % 256, 90))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def make_jpeg(
    folder: Path,
    name: str = "photo.jpg",
    *,
    seed: int = 0,
    exif: bytes | None = None,
    full_iim: bool = False,
    **changes: Any,
) -> Path:
    """A JPEG with the CLEAN values, `changes` applied (None removes a field)."""
    from captions.metadata import write

    path = folder / name
    path.write_bytes(pixels(seed) if exif is None else _with_exif(pixels(seed), exif))
    values = {k: v for k, v in {**CLEAN, **changes}.items() if v is not None}
    write(path, values, full_iim=full_iim)
    return path


def _with_exif(jpeg: bytes, exif: bytes) -> bytes:
    """Insert an APP1 Exif segment right after SOI (Pillow's own `exif=` would do the same)."""
    payload = b"Exif\x00\x00" + exif
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def exif_block(
    *, gps: bool = False, owner: str = "", serial: str = "", copyright: bytes = b""
) -> bytes:
    """TIFF-structured EXIF (without the `Exif\\0\\0` prefix) built with piexif."""
    import piexif

    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: b"Nordcam"}
    if copyright:
        zeroth[piexif.ImageIFD.Copyright] = copyright
    exif_ifd: dict[int, Any] = {}
    if owner:
        exif_ifd[piexif.ExifIFD.CameraOwnerName] = owner.encode()
    if serial:
        exif_ifd[piexif.ExifIFD.BodySerialNumber] = serial.encode()
    gps_ifd: dict[int, Any] = {}
    if gps:
        gps_ifd = {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: ((55, 1), (37, 1), (1234, 100)),
            piexif.GPSIFD.GPSLongitudeRef: b"E",
            piexif.GPSIFD.GPSLongitude: ((12, 1), (36, 1), (4321, 100)),
        }
    dumped: bytes = piexif.dump({"0th": zeroth, "Exif": exif_ifd, "GPS": gps_ifd})
    return dumped[len(b"Exif\x00\x00") :]


def segments(data: bytes) -> list[tuple[int, int, int]]:
    """(marker, offset, length with marker) of each segment before SOS."""
    found = []
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        found.append((marker, pos, length + 2))
        if marker == 0xDA:
            break
        pos += length + 2
    return found


def patch_iim(path: Path, old: bytes, new: bytes) -> None:
    """Replace `old` by `new` (same length) inside the APP13 segment only."""
    assert len(old) == len(new)
    data = path.read_bytes()
    app13 = [(o, n) for m, o, n in segments(data) if m == 0xED]
    assert app13, "no APP13 segment"
    start, length = app13[0]
    body = data[start : start + length]
    assert old in body, f"{old!r} not in APP13"
    path.write_bytes(data[:start] + body.replace(old, new, 1) + data[start + length :])


def duplicate_exif_segment(path: Path) -> None:
    data = path.read_bytes()
    exif = [
        (o, n)
        for m, o, n in segments(data)
        if m == 0xE1 and data[o + 4 : o + 10] == b"Exif\x00\x00"
    ]
    assert exif, "no Exif APP1 segment"
    start, length = exif[0]
    seg = data[start : start + length]
    path.write_bytes(data[: start + length] + seg + data[start + length :])


def codes(findings: Any) -> set[str]:
    return {f.code for f in findings}
