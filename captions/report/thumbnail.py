"""Thumbnails for the contact sheet, from a reduced decode, as small JPEG data URIs.

A JPEG is decoded at 1/2, 1/4 or 1/8 scale (`Image.draft`), so a 50-megapixel picture costs
about a megapixel of work. Before anything is decoded, the size a decode would produce is
checked against `MAX_DECODED_PIXELS` (and Pillow's own decompression-bomb check runs on the
declared size): a picture over the cap is refused with a reason, never decoded. The source file
is opened read-only and never written.
"""

from __future__ import annotations

import base64
import contextlib
import io
import os
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from captions.formats.detect import HEADER_BYTES, detect_format

THUMBNAIL_SIZE = 320  # longest side of the thumbnail, in pixels
MAX_DECODED_PIXELS = 64_000_000  # after the JPEG reduction; real cameras stay far below
JPEG_QUALITY = 80
_ORIENTATION_TAG = 0x0112
# Our format name -> the Pillow plugins allowed to open it. Only these are ever tried, so a
# hostile file cannot reach a plugin that runs an outside program (EPS runs Ghostscript).
_DECODERS = {
    "jpeg": ("JPEG",),  # also opens multi-picture (MPO) files
    "png": ("PNG",),
    "webp": ("WEBP",),
    "tiff": ("TIFF",),
    "gif": ("GIF",),
    "bmp": ("BMP",),
    "psd": ("PSD",),
    "avif": ("AVIF",),
}
# Formats whose failure to decode means a broken file. TIFF and PSD are left out: camera raw
# files (NEF, ARW, CR2, PEF) are TIFFs Pillow cannot decode, and that is no fault of theirs.
_STRICT = frozenset({"jpeg", "png", "webp", "gif", "bmp"})


@dataclass(frozen=True)
class Thumbnail:
    """A thumbnail as a `data:image/jpeg;base64,...` URI, or the reason there is none.

    `damaged` tells a broken or refused picture (a finding) from one this machine cannot decode
    (HEIC, JPEG XL, camera raw: only a note on the card).
    """

    data_uri: str | None
    width: int = 0  # the picture's own size, as declared in its header
    height: int = 0
    problem: str | None = None
    damaged: bool = False
    preview_width: int = 0  # the thumbnail's own size
    preview_height: int = 0


def make_thumbnail(
    path: str | os.PathLike[str],
    *,
    size: int = THUMBNAIL_SIZE,
    max_pixels: int = MAX_DECODED_PIXELS,
) -> Thumbnail:
    """A thumbnail of the picture at `path`, at most `size` pixels on its longest side."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below; read-only on purpose
    except OSError as exc:
        return Thumbnail(None, problem=f"cannot read the file: {exc.strerror or exc}", damaged=True)
    with stream:
        fmt = detect_format(stream.read(HEADER_BYTES))
        stream.seek(0)
        return _decode(stream, fmt, size, max_pixels)


def _decode(stream: io.BufferedReader, fmt: str | None, size: int, max_pixels: int) -> Thumbnail:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # bomb warnings (we cap ourselves), odd TIFF tags
            Image.init()  # register every plugin, so that `formats` can name WEBP, AVIF, ...
            with (
                _native_stderr_muted(fmt == "tiff"),
                Image.open(stream, formats=_DECODERS.get(fmt or "", ())) as image,
            ):
                return _thumbnail(image, size, max_pixels)
    except Image.DecompressionBombError as exc:
        return Thumbnail(None, problem=f"picture refused, not decoded: {exc}", damaged=True)
    except UnidentifiedImageError:
        return _failed(fmt, "is not recognised by the decoder")
    except (OSError, ValueError, SyntaxError) as exc:
        # Pillow reports truncated or corrupt picture data as OSError, ValueError or SyntaxError.
        return _failed(fmt, f"cannot be decoded: {exc}")


def _failed(fmt: str | None, reason: str) -> Thumbnail:
    name = fmt.upper() if fmt else "this format"
    if fmt in _STRICT:
        return Thumbnail(None, problem=f"{name} picture data {reason}", damaged=True)
    return Thumbnail(None, problem=f"no preview: {name} picture data {reason}")


@contextlib.contextmanager
def _native_stderr_muted(mute: bool) -> Iterator[None]:
    """Silence file descriptor 2 while libtiff runs: it prints a line per odd tag straight to
    stderr (hundreds for a fuzzed TIFF), past Python. Its errors still reach us as exceptions.
    """
    if not mute:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _thumbnail(image: Image.Image, size: int, max_pixels: int) -> Thumbnail:
    width, height = image.size
    image.draft("RGB", (size, size))  # JPEG: picks the DCT scale, decodes nothing; others: no-op
    decoded_w, decoded_h = image.size
    if decoded_w * decoded_h > max_pixels:
        problem = (
            f"picture refused, not decoded: {width}x{height} would decode to "
            f"{decoded_w * decoded_h:,} pixels (cap {max_pixels:,})"
        )
        return Thumbnail(None, width, height, problem, damaged=True)
    # Only after the cap: for PNG, Pillow's getexif() decodes the whole picture.
    orientation = image.getexif().get(_ORIENTATION_TAG, 1)
    image.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
    small = _oriented(_rgb(image), orientation)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    uri = "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")
    return Thumbnail(uri, width, height, preview_width=small.width, preview_height=small.height)


def _rgb(image: Image.Image) -> Image.Image:
    """The image in RGB; transparency is flattened onto white."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if image.mode.startswith("I;16") or image.mode == "I":  # 16-bit grey: scale, not clip
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    return image.convert("RGB")


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _oriented(image: Image.Image, orientation: object) -> Image.Image:
    """`image` turned upright according to the source's EXIF orientation (1-8)."""
    method = _TRANSPOSE.get(orientation) if isinstance(orientation, int) else None
    return image if method is None else image.transpose(method)


__all__ = ["MAX_DECODED_PIXELS", "THUMBNAIL_SIZE", "Thumbnail", "make_thumbnail"]
