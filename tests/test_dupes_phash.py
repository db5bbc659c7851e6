"""Perceptual hashes: one picture resized and recompressed stays close, others are far,
decompression bombs are refused before any decode."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from captions.dupes.phash import SAME_PICTURE_DISTANCE, distance, perceptual_hash
from captions.errors import FormatError
from tests.test_dupes_folder import picture


def saved(image: Image.Image, path: Path, **options: int) -> Path:
    image.save(path, **options)
    return path


def test_resized_and_recompressed_picture_stays_close(tmp_path: Path) -> None:
    image = picture(11, (1200, 900))
    original = perceptual_hash(saved(image, tmp_path / "o.jpg", quality=95))
    variants = [
        saved(image.resize((600, 450)), tmp_path / "half.jpg", quality=50),
        saved(image.resize((300, 225)), tmp_path / "quarter.jpg", quality=30),
        saved(image, tmp_path / "same.png"),
    ]
    others = [saved(picture(seed, (1200, 900)), tmp_path / f"{seed}.jpg") for seed in range(20, 30)]
    assert original is not None
    near = [distance(original, perceptual_hash(p) or 0) for p in variants]
    far = [distance(original, perceptual_hash(p) or 0) for p in others]
    assert max(near) <= SAME_PICTURE_DISTANCE < min(far)


def test_flat_or_tiny_pictures_have_no_hash(tmp_path: Path) -> None:
    assert perceptual_hash(saved(Image.new("RGB", (200, 100), "grey"), tmp_path / "g.jpg")) is None
    tiny = picture(3).resize((6, 6))
    assert perceptual_hash(saved(tiny, tmp_path / "t.png")) is None


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header_only(100_000, 100_000))
    with pytest.raises(FormatError, match=r"bomb\.png: .*decompression bomb"):
        perceptual_hash(bomb)


def test_limit_is_configurable(tmp_path: Path) -> None:
    path = saved(picture(1, (400, 300)), tmp_path / "p.jpg")
    with pytest.raises(FormatError, match="limit 1,000"):
        perceptual_hash(path, max_pixels=1_000)


def test_broken_picture_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.jpg"
    path.write_bytes(saved(picture(2), tmp_path / "whole.jpg").read_bytes()[:300])
    with pytest.raises(FormatError, match="cut.jpg"):
        perceptual_hash(path)
