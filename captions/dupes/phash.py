"""Perceptual hash of a picture from a reduced decode, robust to resizing and recompression.

The hash is the classic DCT pHash: the picture in grey at 32x32, its 8x8 lowest frequencies,
one bit per frequency (above or below their median). Resizing, recompression and small colour
changes move a few bits; another picture differs in about half of the 64.

A JPEG is never fully decoded: Pillow's `draft` mode asks libjpeg for a 1/2, 1/4 or 1/8 scale
decode (DCT scaling), so a 24-megapixel frame costs a 0.4-megapixel decode. Before any decode the
header's pixel count is checked: a file claiming more than `max_pixels` (a decompression bomb)
is refused with a FormatError.
"""

from __future__ import annotations

import math
import os
import warnings
from functools import cache

from PIL import Image, UnidentifiedImageError

from captions.errors import FormatError

DEFAULT_MAX_PIXELS = 150_000_000
"""Larger than any camera or scan a newsroom files (a 150 MP medium-format frame is the top)."""

SAME_PICTURE_DISTANCE = 10
"""Hashes this close (bits of 64) are one picture (measured in tests/test_dupes_phash.py)."""

_SIZE = 32
_MIN_SIDE = 8  # pixels
_MIN_CONTRAST = 8  # grey levels between the darkest and the lightest cell
_LOW = 8


def perceptual_hash(
    path: str | os.PathLike[str], *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> int | None:
    """The 64-bit perceptual hash of the picture in `path`, or None for a picture too small or
    too flat (one colour) to tell from another: every blank frame would otherwise match."""
    name = os.fspath(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(name) as image:
                _check_size(name, image.size, max_pixels)
                if min(image.size) < _MIN_SIDE:
                    return None
                image.draft("L", (_SIZE * 2, _SIZE * 2))  # JPEG: DCT-scaled decode
                grey = image.convert("L").resize((_SIZE, _SIZE), Image.Resampling.BOX)
                pixels = list(grey.tobytes())  # mode L: one byte per pixel
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise FormatError(f"{name}: refused as a decompression bomb ({exc})") from exc
    except UnidentifiedImageError as exc:
        raise FormatError(f"{name}: no picture Pillow can decode") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise FormatError(f"{name}: picture cannot be decoded ({exc})") from exc
    if max(pixels) - min(pixels) < _MIN_CONTRAST:
        return None
    return _hash(pixels)


def _check_size(name: str, size: tuple[int, int], max_pixels: int) -> None:
    width, height = size
    if width * height > max_pixels:
        raise FormatError(
            f"{name}: {width}x{height} would decompress to {width * height:,} pixels "
            f"(limit {max_pixels:,}); refused as a possible decompression bomb"
        )


@cache
def _cosines() -> tuple[tuple[float, ...], ...]:
    """cos((2x + 1) * u * pi / 2N) for the low frequencies u and every sample x."""
    return tuple(
        tuple(math.cos((2 * x + 1) * u * math.pi / (2 * _SIZE)) for x in range(_SIZE))
        for u in range(_LOW)
    )


def _hash(pixels: list[int]) -> int:
    cos = _cosines()
    rows = [pixels[y * _SIZE : (y + 1) * _SIZE] for y in range(_SIZE)]
    # Separable DCT, low frequencies only: along each row, then down each column.
    along = [
        [sum(c * p for c, p in zip(cos[v], row, strict=True)) for v in range(_LOW)] for row in rows
    ]
    coefficients = [
        sum(cos[u][y] * along[y][v] for y in range(_SIZE)) for u in range(_LOW) for v in range(_LOW)
    ]
    median = sorted(coefficients[1:])[len(coefficients[1:]) // 2]  # the DC term is left out
    value = 0
    for coefficient in coefficients:
        value = (value << 1) | (coefficient > median)
    return value


def distance(a: int, b: int) -> int:
    """How many of the 64 bits differ."""
    return (a ^ b).bit_count()


__all__ = ["DEFAULT_MAX_PIXELS", "SAME_PICTURE_DISTANCE", "distance", "perceptual_hash"]
