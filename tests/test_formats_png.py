"""PNG writing: chunks we own replaced or inserted before the image data, every other chunk
(and the bytes after IEND) byte for byte, CRCs computed, broken files refused."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Mapping
from pathlib import Path

import pytest
from format_fixtures import (
    UNKNOWN_8BIM_BODY,
    UNKNOWN_CHUNK,
    make_png,
    png_chunk,
    png_chunks,
)

from captions import metadata
from captions.errors import FormatError
from captions.formats import png

OURS = (b"eXIf", b"iTXt", b"zTXt")


def write(tmp_path: Path, data: bytes, values: Mapping[str, str] | None = None) -> bytes:
    path = tmp_path / "picture.png"
    path.write_bytes(data)
    metadata.write(path, values or {"caption": "Gulls over the pier", "credit": "Nordic Wire"})
    return path.read_bytes()


def crcs_hold(data: bytes) -> bool:
    for _, raw in png_chunks(data):
        body = raw[4:-4]
        if struct.unpack(">I", raw[-4:])[0] != zlib.crc32(body):
            return False
    return True


def test_new_chunks_go_before_the_image_data_and_every_other_chunk_is_kept(tmp_path: Path) -> None:
    original = make_png()
    new = write(tmp_path, original)
    old_chunks, new_chunks = png_chunks(original), png_chunks(new)
    assert [raw for _, raw in new_chunks if _ not in OURS or raw in original] == [
        raw for _, raw in old_chunks
    ]
    kinds = [kind for kind, _ in new_chunks]
    first_idat = kinds.index(b"IDAT")
    added = [i for i, (kind, raw) in enumerate(new_chunks) if raw not in original]
    assert [kinds[i] for i in added] == [b"eXIf", b"iTXt", b"zTXt"]
    assert all(i < first_idat for i in added)
    assert crcs_hold(new)


def test_owned_chunks_are_replaced_where_they_were(tmp_path: Path) -> None:
    original = make_png(rich=True)
    new = write(tmp_path, original)
    old_kinds = [kind for kind, _ in png_chunks(original)]
    assert [kind for kind, _ in png_chunks(new)] == old_kinds
    assert UNKNOWN_8BIM_BODY in png.parse(new).photoshop  # type: ignore[operator]
    assert crcs_hold(new)


def test_a_legacy_exif_profile_becomes_an_exif_chunk_before_the_image_data(
    tmp_path: Path,
) -> None:
    new = write(tmp_path, make_png(legacy_exif=True))
    kinds = [kind for kind, _ in png_chunks(new)]
    assert kinds.index(b"eXIf") < kinds.index(b"IDAT")
    assert b"Raw profile type exif" not in new
    read = metadata.read(tmp_path / "picture.png")
    assert read.fields["caption"].exif == "Gulls over the pier"
    parsed = png.parse(new)
    assert parsed.exif is not None and b"Acme cam" in parsed.exif  # the other tags carried over


def test_bytes_after_iend_are_kept(tmp_path: Path) -> None:
    new = write(tmp_path, make_png() + b"trailing bytes")
    assert new.endswith(b"IEND\xaeB`\x82trailing bytes")


def test_unknown_chunk_survives(tmp_path: Path) -> None:
    original = make_png(rich=True)
    new = write(tmp_path, original)
    ours = [raw for kind, raw in png_chunks(original) if kind == UNKNOWN_CHUNK]
    assert ours and all(raw in new for raw in ours)


def _corrupt_crc(data: bytes) -> bytes:
    at = data.index(UNKNOWN_CHUNK) + 4 + 31  # the CRC of the private chunk
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


def _two_xmp(data: bytes) -> bytes:
    extra = png_chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0<x/>")
    at = data.index(b"IDAT") - 4
    return data[:at] + extra + data[at:]


def _no_idat(data: bytes) -> bytes:
    chunks = png_chunks(data)
    return data[:8] + b"".join(raw for kind, raw in chunks if kind != b"IDAT")


def _bad_xmp_zlib(data: bytes) -> bytes:
    at = data.index(b"IDAT") - 4
    return data[:at] + png_chunk(b"iTXt", b"XML:com.adobe.xmp\0\1\0\0\0not zlib") + data[at:]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (_corrupt_crc, "bad CRC"),
        (lambda d: d[:-12], "cut off"),
        (_two_xmp, "two PNG chunks hold XMP"),
        (_no_idat, "no IDAT"),
        (_bad_xmp_zlib, "does not inflate"),
        (lambda d: d[:8] + d[33:], "not IHDR"),
    ],
)
def test_a_png_we_cannot_parse_is_never_written(
    tmp_path: Path, damage: object, reason: str
) -> None:
    assert callable(damage)
    data = damage(make_png(rich=True))
    path = tmp_path / "damaged.png"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=reason):
        metadata.write(path, {"caption": "A ferry"})
    assert path.read_bytes() == data
