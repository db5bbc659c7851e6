"""PNG, WebP and TIFF writing: every field round-trips through our reader, exiftool and exiv2;
the pixels Pillow decodes do not change; exiftool -validate reports nothing new."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_fixtures import (
    EXIFTOOL_TAGS,
    EXIV2_KEYS,
    VALUES,
    exiftool_json,
    exiftool_warnings,
    exiv2_values,
    needs_exiftool,
    needs_exiv2,
)
from format_fixtures import make_png, make_tiff, make_webp, pillow_tiff
from PIL import Image

from captions import metadata
from captions.errors import WriteError

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
    result = metadata.write(sample, VALUES)
    assert result.written and result.warnings == []
    read = metadata.read(sample)
    for name, value in VALUES.items():
        field = read.fields[name]
        assert field.value == value, name
        assert not field.conflict, name
        assert field.xmp == value, name
        if name != "persons" and holds_iim(sample):
            assert field.iptc == value, name
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
    metadata.write(sample, VALUES)
    found = exiftool_json(sample, "-charset", "iptc=UTF8")
    for name, tags in EXIFTOOL_TAGS.items():
        expected = VALUES[name]
        for tag in tags:
            if tag.startswith("IPTC:") and not holds_iim(sample):
                continue
            got = found.get(tag)
            if isinstance(expected, list) and not isinstance(got, list):
                got = [got]
            assert got == expected, tag
    assert found["IFD0:Artist"] == "; ".join(VALUES["byline"])
    assert found["XMP-photoshop:DateCreated"] == "2026:11:12 11:42:05+01:00"


@needs_exiv2
def test_every_field_reads_back_through_exiv2(sample: Path) -> None:
    metadata.write(sample, VALUES)
    found = {**exiv2_values(sample, "I"), **exiv2_values(sample, "X")}
    for name, (iim_key, xmp_key) in ((n, k) for n, k in EXIV2_KEYS.items() if len(k) == 2):
        expected = VALUES[name]
        items = expected if isinstance(expected, list) else [expected]
        if holds_iim(sample):
            assert found[iim_key] == items, iim_key
        text = found[xmp_key][0].removeprefix('lang="x-default" ')
        assert text == ", ".join(items), xmp_key
    exif = exiv2_values(sample, "E")
    assert exif["Exif.Image.ImageDescription"] == [VALUES["caption"]]


@needs_exiftool
def test_exiftool_validate_reports_nothing_new(sample: Path) -> None:
    before = exiftool_warnings(sample)
    metadata.write(sample, VALUES)
    assert set(exiftool_warnings(sample)) <= set(before)
    metadata.write(sample, {"caption": "x", "byline": "K"})
    assert set(exiftool_warnings(sample)) <= set(before)


def test_a_write_that_would_touch_the_picture_is_refused(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = sample.read_bytes()
    real_plan = metadata.plan

    def plan_that_damages(*args: object, **kwargs: object) -> object:
        new, before, warnings = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        damaged = bytearray(new)
        at = new.find(original[len(original) // 2 : len(original) // 2 + 16])
        assert at >= 0
        damaged[at + 8] ^= 0xFF  # a byte of the picture, wherever the write moved it
        return bytes(damaged), before, warnings

    monkeypatch.setattr(metadata, "plan", plan_that_damages)
    with pytest.raises(WriteError, match="refused to write"):
        metadata.write(sample, VALUES)
    assert sample.read_bytes() == original
