"""PNG, WebP and TIFF writing: every field round-trips through our reader, exiftool and exiv2;
the pixels Pillow decodes do not change; exiftool -validate reports nothing new."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_fixtures import VALUES, exiv2_values, needs_exiftool, needs_exiv2
from format_fixtures import make_png, make_tiff, make_webp, pillow_tiff
from PIL import Image
from roundtrip_fixtures import (
    every_field_reads_back,
    exiftool_reads_every_field,
    exiv2_reads_every_field,
    writes_add_no_exiftool_warnings,
)

from captions import metadata
from captions.errors import WriteError
from captions.formats.spliced import Spliced

SAMPLES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "png": (".png", make_png),
    "png-rich": (".png", lambda: make_png(rich=True)),
    "png-legacy-exif": (".png", lambda: make_png(legacy_exif=True)),
    "webp-lossless": (".webp", make_webp),
    "webp-lossy": (".webp", lambda: make_webp("lossy")),
    "webp-animated": (".webp", lambda: make_webp("animated")),
    "webp-rich": (".webp", lambda: make_webp("rich")),
    "tiff-ii": (".tif", make_tiff),
    "tiff-mm-rich": (".tif", lambda: make_tiff("MM", rich=True)),
    "tiff-pages": (".tif", lambda: make_tiff(pages=3)),
    "tiff-libtiff-lzw": (".tif", pillow_tiff),
}


def holds_iim(path: Path) -> bool:
    return path.suffix != ".webp"  # WebP has no place for IPTC-IIM


@pytest.fixture(params=sorted(SAMPLES))
def sample(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    suffix, build = SAMPLES[request.param]
    path = tmp_path / f"Łódź {request.param}{suffix}"
    path.write_bytes(build())
    return path


def pixels(data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as image:
        frames = []
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            frames.append(image.convert("RGBA").tobytes())
    return hashlib.sha256(b"".join(frames)).hexdigest()


def test_every_field_reads_back_from_every_source(sample: Path) -> None:
    read = every_field_reads_back(sample, iim=holds_iim(sample))
    assert read.fields["caption"].exif == VALUES["caption"]
    assert read.structure.digest in ("match", "absent" if holds_iim(sample) else None)


def test_pixels_do_not_change_and_a_second_write_is_a_no_op(sample: Path) -> None:
    before = sample.read_bytes()
    metadata.write(sample, VALUES)
    once = sample.read_bytes()
    assert pixels(once) == pixels(before)
    assert not metadata.write(sample, VALUES).written
    assert sample.read_bytes() == once
    metadata.write(sample, {"caption": "Short", "byline": None})
    assert pixels(sample.read_bytes()) == pixels(before)
    assert metadata.read(sample).fields["caption"].value == "Short"


@needs_exiftool
def test_every_field_reads_back_through_exiftool(sample: Path) -> None:
    exiftool_reads_every_field(sample, iim=holds_iim(sample))


@needs_exiv2
def test_every_field_reads_back_through_exiv2(sample: Path) -> None:
    exiv2_reads_every_field(sample, iim=holds_iim(sample))
    exif = exiv2_values(sample, "E")
    assert exif["Exif.Image.ImageDescription"] == [VALUES["caption"]]


@needs_exiftool
def test_exiftool_validate_reports_nothing_new(sample: Path) -> None:
    writes_add_no_exiftool_warnings(sample, VALUES, {"caption": "x", "byline": "K"})


def test_a_write_that_would_touch_the_picture_is_refused(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = sample.read_bytes()
    real_plan = metadata.plan_spliced

    def plan_that_damages(*args: object, **kwargs: object) -> object:
        new, before, warnings = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        return _damaged(new, original), before, warnings

    monkeypatch.setattr(metadata, "plan_spliced", plan_that_damages)
    with pytest.raises(WriteError, match="refused to write"):
        metadata.write(sample, VALUES)
    assert sample.read_bytes() == original


def _damaged(new: Spliced, original: bytes) -> Spliced:
    """`new` with one byte of the picture changed, wherever the write moved it."""
    damaged = bytearray(new.source)
    at = damaged.find(original[len(original) // 2 : len(original) // 2 + 16])
    assert at >= new.kept_from
    damaged[at + 8] ^= 0xFF
    return new._replace(source=bytes(damaged))
