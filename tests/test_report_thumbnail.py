"""Thumbnails: reduced JPEG decode, the pixel cap, damaged and undecodable files, orientation,
colour modes, and the source file left untouched."""

from __future__ import annotations

import base64
import io
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from report_fixtures import picture

from captions.report.thumbnail import THUMBNAIL_SIZE, Thumbnail, make_thumbnail


def decoded(thumbnail: Thumbnail) -> Image.Image:
    assert thumbnail.data_uri is not None, thumbnail.problem
    prefix = "data:image/jpeg;base64,"
    assert thumbnail.data_uri.startswith(prefix)
    image = Image.open(io.BytesIO(base64.b64decode(thumbnail.data_uri[len(prefix) :])))
    assert image.format == "JPEG"
    return image


def with_declared_size(jpeg: bytes, width: int, height: int) -> bytes:
    """The JPEG with its SOF0 header claiming another size (the scan data stays small)."""
    sof = jpeg.index(b"\xff\xc0")
    return jpeg[: sof + 5] + struct.pack(">HH", height, width) + jpeg[sof + 9 :]


def test_thumbnail_is_a_small_jpeg_of_the_picture(tmp_path: Path) -> None:
    path = tmp_path / "red.jpg"
    path.write_bytes(picture((200, 40, 40), (1200, 800)))
    thumb = make_thumbnail(path)
    image = decoded(thumb)
    assert (thumb.width, thumb.height) == (1200, 800)
    assert max(image.size) == THUMBNAIL_SIZE
    assert image.size == (thumb.preview_width, thumb.preview_height)
    assert image.size[0] / image.size[1] == pytest.approx(1.5, rel=0.02)
    r, g, b = image.convert("RGB").getpixel((image.width // 2, image.height // 4))  # type: ignore[misc]
    assert r > 150 and g < 90 and b < 90
    assert thumb.problem is None and not thumb.damaged


def test_big_jpeg_is_decoded_reduced_not_in_full(tmp_path: Path) -> None:
    # A cap a full decode (12 M pixels) breaks but a 1/8 reduced decode (187,500) keeps:
    # the JPEG passes only because it is never decoded at full size. A PNG has no reduced
    # decode, so the same picture as PNG is refused, without being decoded.
    cap = 4000 * 3000 // 32
    jpeg, png = tmp_path / "big.jpg", tmp_path / "big.png"
    jpeg.write_bytes(picture((30, 120, 200), (4000, 3000), quality=70))
    png.write_bytes(picture((30, 120, 200), (4000, 3000), fmt="PNG"))
    assert max(decoded(make_thumbnail(jpeg, max_pixels=cap)).size) == THUMBNAIL_SIZE
    refused = make_thumbnail(png, max_pixels=cap)
    assert refused.data_uri is None and refused.damaged
    assert refused.problem is not None
    assert "not decoded" in refused.problem and "4000x3000" in refused.problem


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jpg"
    path.write_bytes(with_declared_size(picture(size=(64, 64)), 60000, 60000))
    thumb = make_thumbnail(path)
    assert thumb.data_uri is None and thumb.damaged
    assert thumb.problem is not None and "not decoded" in thumb.problem


def test_truncated_jpeg_is_damaged(tmp_path: Path) -> None:
    data = picture((20, 160, 60), (640, 480), quality=95)
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) * 2 // 3])
    thumb = make_thumbnail(path)
    assert thumb.data_uri is None and thumb.damaged
    assert thumb.problem is not None and thumb.problem.startswith("JPEG picture data")


def test_formats_pillow_cannot_decode_are_a_note_not_damage(tmp_path: Path) -> None:
    heic = tmp_path / "phone.jpg"  # named .jpg on purpose: the content decides
    heic.write_bytes(struct.pack(">I", 24) + b"ftypheic" + b"\0" * 200)
    thumb = make_thumbnail(heic)
    assert thumb.data_uri is None and not thumb.damaged
    assert thumb.problem is not None and "HEIC" in thumb.problem


def test_unreadable_path_is_damaged(tmp_path: Path) -> None:
    thumb = make_thumbnail(tmp_path / "missing.jpg")
    assert thumb.damaged and thumb.problem is not None and "cannot read" in thumb.problem


def test_exif_orientation_turns_the_thumbnail_upright(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    path = tmp_path / "turned.jpg"
    path.write_bytes(picture((90, 90, 220), (600, 300), exif=exif.tobytes()))
    image = decoded(make_thumbnail(path))
    assert image.height > image.width


@pytest.mark.parametrize(
    ("mode", "color", "fmt", "expect"),
    [
        ("CMYK", (0, 255, 255, 0), "JPEG", "red"),
        ("RGBA", (0, 0, 0, 0), "PNG", "white"),  # transparency is flattened onto white
        ("P", 0, "GIF", "dark"),
        ("I;16", 40000, "PNG", "grey"),  # 16-bit: scaled to 8 bits, not clipped to white
        ("L", 30, "JPEG", "dark"),
    ],
)
def test_colour_modes_become_rgb(
    tmp_path: Path, mode: str, color: object, fmt: str, expect: str
) -> None:
    image = Image.new(mode, (200, 120), color)  # type: ignore[arg-type]
    path = tmp_path / f"picture.{fmt.lower()}"
    image.save(path, fmt)
    thumb = decoded(make_thumbnail(path))
    r, g, b = thumb.convert("RGB").getpixel((50, 50))  # type: ignore[misc]
    checks = {
        "red": r > 180 and g < 80 and b < 80,
        "white": min(r, g, b) > 240,
        "grey": 130 < r < 180 and abs(r - g) < 8 and abs(r - b) < 8,
        "dark": max(r, g, b) < 60,
    }
    assert checks[expect], (r, g, b)


def test_source_file_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "keep.jpg"
    path.write_bytes(picture((10, 10, 10), (800, 600)))
    before, stat = path.read_bytes(), path.stat()
    make_thumbnail(path)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat.st_mtime_ns


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(noise=st.binary(max_size=400), cut=st.integers(min_value=0, max_value=2000))
def test_garbage_never_raises(tmp_path: Path, noise: bytes, cut: int) -> None:
    # A real JPEG's head followed by noise: whatever happens is a Thumbnail, never an exception.
    head = picture((120, 60, 30), (64, 48))[:cut]
    path = tmp_path / "noise.jpg"
    path.write_bytes(head + noise)
    thumb = make_thumbnail(path)
    assert (thumb.data_uri is None) == (thumb.problem is not None)
