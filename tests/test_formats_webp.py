"""WebP writing: a simple file gains a VP8X header sized from its bitstream; EXIF and XMP chunks
replaced or added after the image data; flags and the RIFF size updated; the rest kept."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from format_fixtures import UNKNOWN_WEBP_CHUNK, make_webp, riff, webp_chunks

from captions import metadata
from captions.errors import FormatError
from captions.formats import webp

VALUES = {"caption": "Gulls over the pier", "byline": "Kai Ek"}


def write(tmp_path: Path, data: bytes) -> bytes:
    path = tmp_path / "picture.webp"
    path.write_bytes(data)
    assert metadata.write(path, VALUES).written
    return path.read_bytes()


def vp8x(data: bytes) -> tuple[int, int, int]:
    """(flags, width, height) of the VP8X chunk."""
    kind, raw = webp_chunks(data)[0]
    assert kind == b"VP8X"
    width = int.from_bytes(raw[12:15], "little") + 1
    return raw[8], width, int.from_bytes(raw[15:18], "little") + 1


@pytest.mark.parametrize(("kind", "alpha"), [("lossless", 0x10), ("lossy", 0)])
def test_a_simple_file_gains_a_vp8x_header_from_its_bitstream(
    tmp_path: Path, kind: str, alpha: int
) -> None:
    original = make_webp(kind)
    new = write(tmp_path, original)
    assert vp8x(new) == (0x08 | 0x04 | alpha, 24, 16)
    kinds = [k for k, _ in webp_chunks(new)]
    assert kinds == [b"VP8X", webp_chunks(original)[0][0], b"EXIF", b"XMP "]
    assert webp_chunks(original)[0][1] in new  # the bitstream byte for byte
    assert struct.unpack_from("<I", new, 4)[0] == len(new) - 8


def test_chunks_are_replaced_in_place_and_the_rest_kept(tmp_path: Path) -> None:
    original = make_webp("rich")
    new = write(tmp_path, original)
    old, now = webp_chunks(original), webp_chunks(new)
    assert [k for k, _ in now] == [k for k, _ in old]
    for (kind, raw), (_, raw_now) in zip(old, now, strict=True):
        if kind not in (b"EXIF", b"XMP "):
            assert raw == raw_now, kind
    assert UNKNOWN_WEBP_CHUNK in new
    assert struct.unpack_from("<I", new, 4)[0] == len(new) - 8
    assert b"Acme cam" in new  # the other EXIF tags


def test_animation_keeps_its_frames_and_flags(tmp_path: Path) -> None:
    original = make_webp("animated")
    new = write(tmp_path, original)
    flags, width, height = vp8x(new)
    assert flags == vp8x(original)[0] | 0x08 | 0x04 and (width, height) == (24, 16)
    frames = [raw for kind, raw in webp_chunks(original) if kind in (b"ANIM", b"ANMF")]
    assert [raw for kind, raw in webp_chunks(new) if kind in (b"ANIM", b"ANMF")] == frames


def test_bytes_after_the_riff_data_are_kept(tmp_path: Path) -> None:
    assert write(tmp_path, make_webp() + b"trailer").endswith(b"trailer")


def _two_exif(data: bytes) -> bytes:
    chunks = [raw for _, raw in webp_chunks(data)]
    exif = [raw for kind, raw in webp_chunks(data) if kind == b"EXIF"]
    return riff([*chunks, *exif])


def _not_a_key_frame(data: bytes) -> bytes:
    out = bytearray(data)
    out[20] |= 1  # the first bit of the VP8 frame tag: an inter frame
    return bytes(out)


@pytest.mark.parametrize(
    ("build", "reason"),
    [
        (lambda: make_webp()[:-3], "overruns"),
        (lambda: _two_exif(make_webp("rich")), "2 WebP EXIF chunks"),
        (lambda: _not_a_key_frame(make_webp("lossy")), "not a VP8 key frame"),
        (lambda: riff([UNKNOWN_WEBP_CHUNK]), "not an image or VP8X"),
    ],
)
def test_a_webp_we_cannot_parse_is_never_written(
    tmp_path: Path, build: object, reason: str
) -> None:
    assert callable(build)
    data = build()
    path = tmp_path / "damaged.webp"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=reason):
        metadata.write(path, VALUES)
    assert path.read_bytes() == data


def test_no_iim_is_written_or_reported_as_a_change(tmp_path: Path) -> None:
    path = tmp_path / "picture.webp"
    path.write_bytes(make_webp())
    first = metadata.write(path, {"credit": "Nordic Wire"})
    assert first.written and [c[0] for c in first.changes] == ["credit"]
    again = metadata.write(path, {"credit": "Nordic Wire"}, dry_run=True)
    assert again.changes == [] and not again.written
    assert webp.parse(path.read_bytes()).exif is None  # credit has no EXIF home
