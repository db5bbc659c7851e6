"""JPEG container: split, join, insert, duplicates, broken structure, property tests."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from engine_fixtures import (
    UNKNOWN_APP5,
    insert_after_app0,
    photoshop,
    pillow_jpeg,
    resource,
    segment,
    segments_of,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from captions.errors import CaptionsError, FormatError, WriteError
from captions.formats import jpeg

EXIF = segment(0xE1, b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00")
XMP = segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>")


def test_split_and_join_give_back_every_byte() -> None:
    data = insert_after_app0(pillow_jpeg(), UNKNOWN_APP5, EXIF) + b"trailing bytes after EOI"
    header = jpeg.split(data)
    assert jpeg.join(header, header.segments, data) == data
    assert [s.marker for s in header.segments][:4] == [0xE0, 0xE5, 0xE1, 0xE2]


def test_fill_bytes_before_a_marker_are_kept() -> None:
    base = pillow_jpeg(icc=False)
    data = base[:2] + b"\xff\xff\xff" + base[2:]
    header = jpeg.split(data)
    assert header.segments[0].fill == b"\xff\xff\xff"
    assert jpeg.join(header, header.segments, data) == data


def test_payloads_are_recognised_by_prefix() -> None:
    data = insert_after_app0(pillow_jpeg(), EXIF, XMP, photoshop(resource(0x0404, b"")))
    kinds = [s.kind for s in jpeg.split(data).segments]
    assert kinds[:5] == ["other", "exif", "xmp", "photoshop", "other"]


def test_new_exif_goes_right_after_app0_and_xmp_after_exif() -> None:
    data = pillow_jpeg()
    header = jpeg.split(data)
    segments = jpeg.with_blocks(header, exif=b"II*\x00", xmp=b"<x/>", photoshop=b"")
    kinds = [s.kind for s in segments]
    assert [s.marker for s in segments][0] == 0xE0
    assert kinds[1:4] == ["exif", "xmp", "photoshop"]
    new = jpeg.join(header, segments, data)
    assert new.endswith(data[header.scan_offset :])
    assert [m for m, _ in segments_of(new)].count(0xE1) == 2


def test_existing_block_is_replaced_in_place_never_duplicated() -> None:
    data = insert_after_app0(pillow_jpeg(), UNKNOWN_APP5, EXIF)
    header = jpeg.split(data)
    segments = jpeg.with_blocks(header, exif=b"MM\x00*new")
    assert [s.kind for s in segments].count("exif") == 1
    assert segments[2].payload == b"Exif\x00\x00MM\x00*new"
    assert segments[1].to_bytes() == UNKNOWN_APP5


def test_duplicates_are_reported() -> None:
    data = insert_after_app0(pillow_jpeg(), EXIF, EXIF, XMP)
    found = jpeg.blocks(jpeg.split(data))
    assert found.duplicates == ("2 Exif APP1 segments",)


def test_photoshop_segments_are_joined_and_written_back_as_one() -> None:
    first = segment(0xED, b"Photoshop 3.0\x00" + resource(0x0404, b"A" * 10)[:9])
    second = segment(0xED, b"Photoshop 3.0\x00" + resource(0x0404, b"A" * 10)[9:])
    data = insert_after_app0(pillow_jpeg(), first, second)
    header = jpeg.split(data)
    assert jpeg.blocks(header).photoshop == resource(0x0404, b"A" * 10)
    segments = jpeg.with_blocks(header, photoshop=b"8BIM")
    assert [s.kind for s in segments].count("photoshop") == 1


def test_a_block_too_large_for_a_segment_is_refused() -> None:
    header = jpeg.split(pillow_jpeg())
    with pytest.raises(WriteError, match="does not fit"):
        jpeg.with_blocks(header, exif=b"x" * 70000)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"GIF89a", "no SOI"),
        (b"\xff\xd8\xff\xe1\x00\x10abc", "APP1 at 0x2 overruns the file"),
        (b"\xff\xd8\xff\xe1\x00\x01abc", "invalid length 1"),
        (b"\xff\xd8\xff\xd9", "no SOS"),
        (b"\xff\xd8\x00\x00", "expected a JPEG marker at 0x2"),
        (b"\xff\xd8\xff\xe0\x00\x04ab", "cut off"),
    ],
)
def test_broken_structure_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        jpeg.split(data)


def test_lenient_split_keeps_what_it_read_and_refuses_to_join() -> None:
    data = insert_after_app0(pillow_jpeg(), EXIF)[:200]
    header = jpeg.split(data, lenient=True)
    assert header.problem is not None and "overruns" in header.problem
    assert header.segments[1].kind == "exif"
    with pytest.raises(WriteError):
        jpeg.join(header, header.segments, data)


def test_read_header_reads_only_the_head_of_a_large_file() -> None:
    data = pillow_jpeg() + b"\x00" * 5_000_000

    class Counting(io.BytesIO):
        bytes_read = 0

        def read(self, size: int | None = -1) -> bytes:
            chunk = super().read(size)
            Counting.bytes_read += len(chunk)
            return chunk

    stream = Counting(data)
    header, head = jpeg.read_header(stream, len(data))
    assert header.scan_offset > 0
    assert Counting.bytes_read <= 2 * jpeg.INITIAL_READ


def test_read_header_reads_more_when_the_header_is_longer_than_the_first_read() -> None:
    big = [segment(0xE5, bytes([i]) * 60000) for i in range(4)]
    data = insert_after_app0(pillow_jpeg(), *big)
    header, _ = jpeg.read_header(io.BytesIO(data), len(data))
    assert [s.payload[:1] for s in header.segments[1:5]] == [bytes([i]) for i in range(4)]


SOS_ONE_COMPONENT = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"


@pytest.mark.parametrize(
    ("sos", "problem"),
    [
        (b"\xff\xda\x00", "cut off"),  # the file ends inside the SOS length
        (b"\xff\xda\x00\x00\x01", "invalid header"),  # length 0
        (b"\xff\xda\x00\x08\x00\x01\x00\x00\x3f\x00", "invalid header"),  # no component
        (b"\xff\xda\x00\x0a\x01\x01\x00\x00\x3f\x00", "invalid header"),  # length != 6 + 2n
        (b"\xff\xda\x00\x08\x01\x01\x00", "cut off"),  # header runs past the end
    ],
)
def test_a_scan_header_that_starts_no_picture_is_refused(sos: bytes, problem: str) -> None:
    data = b"\xff\xd8" + segment(0xE0, b"JFIF\x00\x01\x01") + sos
    with pytest.raises(FormatError, match=problem):
        jpeg.split(data)
    assert jpeg.split(data, lenient=True).problem is not None  # read: a warning, never written


def test_a_well_formed_scan_header_is_accepted() -> None:
    data = b"\xff\xd8" + SOS_ONE_COMPONENT + b"\x00\xff\xd9"
    assert jpeg.split(data).scan_offset == 2


segment_payloads = st.lists(
    st.tuples(st.sampled_from([0xE1, 0xE2, 0xE5, 0xED, 0xFE, 0xDB]), st.binary(max_size=300)),
    max_size=6,
)


@given(segment_payloads)
def test_segments_round_trip(parts: list[tuple[int, bytes]]) -> None:
    body = b"".join(segment(marker, payload) for marker, payload in parts)
    data = b"\xff\xd8" + body + SOS_ONE_COMPONENT + b"scan\xff\xd9"
    header = jpeg.split(data)
    assert [(s.marker, s.payload) for s in header.segments] == parts
    assert jpeg.join(header, header.segments, data) == data


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_captions_errors(data: bytes) -> None:
    for candidate in (data, b"\xff\xd8" + data):
        with contextlib.suppress(CaptionsError):
            jpeg.blocks(jpeg.split(candidate))


def test_a_file_without_a_scan_header_is_never_written(tmp_path: Path) -> None:
    from captions import metadata

    path = tmp_path / "no-scan.jpg"
    data = b"\xff\xd8" + segment(0xE0, b"JFIF\x00\x01\x01") + b"\xff\xda\x00"
    path.write_bytes(data)
    with pytest.raises(FormatError, match="no-scan.jpg: SOS at 0xD is cut off"):
        metadata.write(path, {"caption": "A harbour at dusk"})
    assert path.read_bytes() == data
