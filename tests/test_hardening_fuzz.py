"""Fuzzing (hypothesis) of the parsers and writers with mutated real bytes.

Seeds come from ../shared/corpus (whole JPEGs, and the EXIF, IIM, Photoshop and XMP blocks cut
out of them) and ../shared/articles, plus blocks built in code so the fuzzing runs without them.
Each example applies a few mutations: flip, insert or delete bytes, truncate, duplicate a range
or a whole JPEG segment, write an extreme length. The properties:
- readers raise nothing but CaptionsError subclasses;
- writers either refuse (CaptionsError) or produce bytes that re-parse with the values set.

A bounded run takes about a minute in CI. CAPTIONS_FUZZ_EXAMPLES=20000 runs longer. Every crash
found became a file under tests/regressions/ (named TARGET-what.bin), replayed by
`test_regression_file`.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_fixtures import (
    OLD_IIM,
    iim_dataset,
    pillow_jpeg,
    resource,
    rich_jpeg,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions import metadata
from captions.errors import CaptionsError
from captions.formats import iptc, jpeg, other
from captions.formats.detect import detect_format
from captions.formats.exif import read_exif, update_exif
from captions.formats.xmp import read_xmp, update_xmp

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
ARTICLES = SHARED / "articles"
REGRESSIONS = Path(__file__).resolve().parent / "regressions"

EXAMPLES = int(os.environ.get("CAPTIONS_FUZZ_EXAMPLES", "0")) or None


def fuzz_settings(default: int) -> settings:
    return settings(
        max_examples=EXAMPLES or default,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


VALUES: dict[str, metadata.Value | None] = {
    "caption": "Fuzz caption: Zoë Łukasz 東京",
    "byline": ["Ana Fuzz"],
    "credit": "Fuzz Agency",
}


# --- seeds ------------------------------------------------------------------------------------


@functools.cache
def corpus_jpegs() -> tuple[bytes, ...]:
    """Small corpus JPEGs (real and malformed) cut to their header and a little scan data."""
    found = [rich_jpeg(), pillow_jpeg(icc=False)]
    if CORPUS.is_dir():
        for path in sorted(CORPUS.rglob("*")):
            if path.is_file() and path.stat().st_size < 400_000:
                data = path.read_bytes()
                if detect_format(data[:32]) == "jpeg":
                    found.append(_short(data))
    return tuple(found)


def _short(data: bytes) -> bytes:
    try:
        header = jpeg.split(data, lenient=True)
    except CaptionsError:
        return data[:4096]
    if header.scan_offset < 0:
        return data[:65536]
    return data[: header.scan_offset + 512] + b"\xff\xd9"


@functools.cache
def blocks() -> dict[str, tuple[bytes, ...]]:
    """EXIF (TIFF), IIM, Photoshop and XMP blocks cut out of the seed JPEGs."""
    kinds: dict[str, list[bytes]] = {
        "exif": [b"II*\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00", metadata.new_tiff()],
        "iim": [OLD_IIM, iim_dataset(1, 90, b"\x1b%G") + iim_dataset(2, 25, "Łódź".encode())],
        "8bim": [resource(0x0404, OLD_IIM) + resource(0x0BB7, b"x")],
        "xmp": [_seed_xmp()],
    }
    for data in corpus_jpegs():
        try:
            found = jpeg.blocks(jpeg.split(data, lenient=True))
        except CaptionsError:
            continue
        if found.exif:
            kinds["exif"].append(found.exif)
        if found.xmp:
            kinds["xmp"].append(found.xmp)
        if found.photoshop:
            kinds["8bim"].append(found.photoshop)
            resources, _ = iptc.parse_8bim_lenient(found.photoshop)
            kinds["iim"] += iptc.iim_of(resources)
    if CORPUS.is_dir():
        kinds["xmp"] += [p.read_bytes() for p in sorted(CORPUS.rglob("*.xmp"))]
    return {kind: tuple(dict.fromkeys(seeds)) for kind, seeds in kinds.items()}


def _seed_xmp() -> bytes:
    return update_xmp(None, {"caption": "Seed", "keywords": ["a", "b"], "byline": ["C D"]})


@functools.cache
def other_images() -> tuple[bytes, ...]:
    found = []
    if CORPUS.is_dir():
        for path in sorted(CORPUS.rglob("*")):
            if path.is_file() and path.stat().st_size < 200_000:
                fmt = detect_format(path.read_bytes()[:32])
                if fmt not in (None, "jpeg"):
                    found.append(path.read_bytes())
    return tuple(found) or (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,)


@functools.cache
def articles() -> tuple[tuple[str, bytes], ...]:
    formats = {".txt": "text", ".html": "html", ".md": "markdown"}
    found = [
        (
            "html",
            b"<html><body><figure><img src=a.jpg><figcaption>A dog. Photo: Ana Fuzz"
            b"</figcaption></figure></body></html>",
        )
    ]
    if ARTICLES.is_dir():
        for path in sorted(ARTICLES.rglob("*")):
            if path.suffix in formats:
                found.append((formats[path.suffix], path.read_bytes()[:30_000]))
    return tuple(found)


# --- mutations --------------------------------------------------------------------------------

EXTREMES = (b"\x00", b"\xff", b"\x7f", b"\x80", b"\xff\xff", b"\x00\x00", b"\xff\xff\xff\xff")


def _segment_spans(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of the marker segments before SOS, found without the engine."""
    spans, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF and data[pos + 1] not in (0xDA, 0xD9):
        end = pos + 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        spans.append((pos, min(end, len(data))))
        pos = end
    return spans


@st.composite
def mutated(draw: st.DrawFn, seeds: tuple[bytes, ...]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        operation = draw(st.sampled_from(("flip", "insert", "delete", "truncate", "duplicate",
                                          "segment", "extreme")))  # fmt: skip
        pos = draw(st.integers(0, len(data)))
        if operation == "flip" and pos < len(data):
            data[pos] ^= draw(st.integers(1, 255))
        elif operation == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif operation == "truncate":
            del data[pos:]
        elif operation == "duplicate" and data:
            start = draw(st.integers(0, len(data) - 1))
            data[pos:pos] = data[start : start + draw(st.integers(1, 256))]
        elif operation == "segment":
            spans = _segment_spans(bytes(data))
            if spans:
                start, end = draw(st.sampled_from(spans))
                data[start:start] = data[start:end] * draw(st.integers(1, 3))
        elif operation == "extreme":
            value = draw(st.sampled_from(EXTREMES))
            data[pos : pos + len(value)] = value
    return bytes(data)


# --- properties (shared by the fuzzing and the regression files) ------------------------------

_WORK = Path(tempfile.mkdtemp(prefix="captions-fuzz-"))
atexit.register(shutil.rmtree, _WORK, ignore_errors=True)


def check_jpeg(data: bytes) -> None:
    """Reading never raises anything but CaptionsError; a write refuses or re-parses."""
    for lenient in (False, True):
        with contextlib.suppress(CaptionsError):
            jpeg.split(data, lenient=lenient)
    path = _WORK / "fuzz.jpg"
    path.write_bytes(data)
    with contextlib.suppress(CaptionsError):
        metadata.read(path)
    targets = {name: value for name, value in VALUES.items()}
    try:
        new, _, _ = metadata.plan(data, targets)
    except CaptionsError:
        return
    if new == data:
        return
    metadata.verify(new, data, targets)  # the check the writer runs before replacing a file
    path.write_bytes(new)
    fields = metadata.read(path).fields
    assert fields["caption"].value == VALUES["caption"]
    assert fields["credit"].value == VALUES["credit"]
    if data.startswith(jpeg.SOI):  # a mutation may leave another format (the EXIF's TIFF)
        assert data[jpeg.split(data).scan_offset :] == new[jpeg.split(new).scan_offset :]


def check_exif(data: bytes) -> None:
    with contextlib.suppress(CaptionsError):
        read_exif(data)
    try:
        new = update_exif(data, {"caption": "Fuzz caption", "byline": None})
    except CaptionsError:
        return
    found = read_exif(new)
    assert found.values.get("caption") == "Fuzz caption"
    assert "byline" not in found.values


def check_iim(data: bytes) -> None:
    for strict in (False, True):
        with contextlib.suppress(CaptionsError):
            iptc.parse_datasets(data, strict=strict)
    with contextlib.suppress(CaptionsError):
        iptc.read_iim(data)
    try:
        new, _ = iptc.update_iim(data, {"caption": "Fuzz ü", "keywords": ["k1", "k2"]})
    except CaptionsError:
        return
    values = iptc.read_iim(new).values
    assert values["caption"] == "Fuzz ü"
    assert values["keywords"] == ["k1", "k2"]


def check_8bim(data: bytes) -> None:
    resources, _ = iptc.parse_8bim_lenient(data)
    try:
        iptc.parse_8bim(data)
    except CaptionsError:
        return  # the writer refuses to rewrite a block it cannot parse completely
    iim = iim_dataset(2, 120, b"Fuzz")
    new = iptc.update_8bim(data, iim)
    again = iptc.parse_8bim(new)
    assert iptc.iim_of(again) == [iim]
    assert iptc.digest_state(again, iim) == "match"
    # every resource that is not ours (IIM 0x0404, digest 0x0425) survives, in order (its pad
    # byte may be added: a last resource without one is no longer last)
    ours = {0x0404, 0x0425}

    def kept(found: list[iptc.Resource]) -> list[tuple[bytes, int, bytes, bytes]]:
        return [(r.signature, r.id, r.name, r.data) for r in found if r.id not in ours]

    assert kept(again) == kept(resources)


def check_xmp(data: bytes) -> None:
    with contextlib.suppress(CaptionsError):
        read_xmp(data)
    try:
        new = update_xmp(data, {"caption": "Fuzz <&> ü", "keywords": ["a", "b"]})
    except CaptionsError:
        return
    values = read_xmp(new).values
    assert values["caption"] == "Fuzz <&> ü"
    assert values["keywords"] == ["a", "b"]


def check_other(data: bytes) -> None:
    fmt = detect_format(data[:32])
    if fmt is None:
        return
    with contextlib.suppress(CaptionsError):
        other.read_blocks(data, fmt)


def check_article(data: bytes, fmt: str) -> None:
    from captions.article import extract

    text = data.decode("utf-8", "replace")
    for given_format in (fmt, None):
        with contextlib.suppress(CaptionsError):
            extract("fuzz-article", text=text, format=given_format)


CHECKS: dict[str, Callable[[bytes], None]] = {
    "jpeg": check_jpeg,
    "exif": check_exif,
    "iim": check_iim,
    "8bim": check_8bim,
    "xmp": check_xmp,
    "other": check_other,
    "html": lambda data: check_article(data, "html"),
    "text": lambda data: check_article(data, "text"),
    "markdown": lambda data: check_article(data, "markdown"),
}


# --- the fuzzing ------------------------------------------------------------------------------


@fuzz_settings(4000)
@given(st.data())
def test_fuzz_jpeg_read_and_write(data: st.DataObject) -> None:
    check_jpeg(data.draw(mutated(corpus_jpegs())))


@fuzz_settings(3000)
@given(st.data())
def test_fuzz_exif_read_and_write(data: st.DataObject) -> None:
    check_exif(data.draw(mutated(blocks()["exif"])))


@fuzz_settings(3000)
@given(st.data())
def test_fuzz_iim_read_and_write(data: st.DataObject) -> None:
    check_iim(data.draw(mutated(blocks()["iim"])))


@fuzz_settings(2500)
@given(st.data())
def test_fuzz_photoshop_resources(data: st.DataObject) -> None:
    check_8bim(data.draw(mutated(blocks()["8bim"])))


@fuzz_settings(2000)
@given(st.data())
def test_fuzz_xmp_read_and_write(data: st.DataObject) -> None:
    check_xmp(data.draw(mutated(blocks()["xmp"])))


@fuzz_settings(2500)
@given(st.data())
def test_fuzz_other_formats(data: st.DataObject) -> None:
    check_other(data.draw(mutated(other_images())))


@fuzz_settings(300)
@given(st.data())
def test_fuzz_article_parsers(data: st.DataObject) -> None:
    fmt, seed = data.draw(st.sampled_from(articles()))
    check_article(data.draw(mutated((seed,))), fmt)


@fuzz_settings(1500)
@given(st.binary(max_size=2048), st.sampled_from(sorted(CHECKS)))
def test_arbitrary_bytes_raise_only_our_errors(raw: bytes, target: str) -> None:
    CHECKS[target](raw)


# --- regression files -------------------------------------------------------------------------


def _regression_files() -> list[Path]:
    return sorted(p for p in REGRESSIONS.glob("*.bin")) if REGRESSIONS.is_dir() else []


@pytest.mark.parametrize("path", _regression_files(), ids=lambda p: p.name)
def test_regression_file(path: Path) -> None:
    target = path.name.split("-", 1)[0]
    CHECKS[target](path.read_bytes())


def test_mutations_change_the_seed_and_keep_jpeg_segments_findable() -> None:
    seed = rich_jpeg()
    spans = _segment_spans(seed)
    assert len(spans) >= 4 and all(seed[start] == 0xFF for start, _ in spans)
    drawn: list[bytes] = []

    @settings(max_examples=50, deadline=None, database=None)
    @given(mutated((seed,)))
    def collect(data: bytes) -> None:
        drawn.append(data)

    collect()
    assert sum(data != seed for data in drawn) > len(drawn) // 2
