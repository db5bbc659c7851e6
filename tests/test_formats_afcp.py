"""AFCP trailers after EOI: their absolute offsets move with the header, or the write is refused."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from engine_fixtures import (
    exiftool_json,
    exiftool_warnings,
    iim_dataset,
    needs_exiftool,
    pillow_jpeg,
)

from captions import metadata
from captions.errors import FormatError
from captions.formats import afcp

IIM = iim_dataset(2, 0, b"\x00\x02") + iim_dataset(2, 5, b"Trailer title")
TEXT = b"text kept in the trailer"


def with_trailer(jpeg: bytes, mark: bytes = b"AXS!", *, bad_start: int = 0) -> bytes:
    """`jpeg` + an AFCP trailer holding an IPTC and a TEXT entry (absolute offsets)."""
    order = ">" if mark == b"AXS!" else "<"
    start = len(jpeg)
    entries = [(b"IPTC", IIM), (b"TEXT", TEXT)]
    data_at = start + 12 + 12 * len(entries)
    directory, values = b"", b""
    for tag, value in entries:
        directory += tag + struct.pack(order + "II", len(value), data_at + len(values))
        values += value
    header = mark + struct.pack(order + "HHI", 1, len(entries), 0)
    end = mark + struct.pack(order + "II", start + bad_start, 0)
    return jpeg + header + directory + values + end


def entries(data: bytes) -> dict[bytes, bytes]:
    """The trailer's entries read through its end record, independently of captions."""
    order = ">" if data[-9:-8] == b"!" else "<"
    (start,) = struct.unpack(order + "I", data[-8:-4])
    assert data[start : start + 4] == data[-12:-8]
    (count,) = struct.unpack(order + "H", data[start + 6 : start + 8])
    found = {}
    for index in range(count):
        entry = start + 12 + 12 * index
        size, offset = struct.unpack(order + "II", data[entry + 4 : entry + 12])
        found[data[entry : entry + 4]] = data[offset : offset + size]
    return found


@pytest.mark.parametrize("mark", [b"AXS!", b"AXS*"])
def test_offsets_follow_a_larger_header(tmp_path: Path, mark: bytes) -> None:
    photo = tmp_path / "afcp.jpg"
    photo.write_bytes(with_trailer(pillow_jpeg(icc=False), mark))
    assert metadata.write(photo, {"caption": "A longer header now", "credit": "Ola Dahl"}).written
    written = photo.read_bytes()
    assert entries(written) == {b"IPTC": IIM, b"TEXT": TEXT}
    assert metadata.read(photo).fields["caption"].value == "A longer header now"


def test_offsets_follow_a_smaller_header(tmp_path: Path) -> None:
    photo = tmp_path / "afcp.jpg"
    photo.write_bytes(with_trailer(pillow_jpeg(icc=False)))
    metadata.write(photo, {"caption": "x" * 500})
    metadata.write(photo, {"caption": "short"})
    assert entries(photo.read_bytes()) == {b"IPTC": IIM, b"TEXT": TEXT}


def test_a_trailer_whose_offsets_are_already_wrong_is_not_written(tmp_path: Path) -> None:
    photo = tmp_path / "afcp.jpg"
    original = with_trailer(pillow_jpeg(icc=False), bad_start=7)
    photo.write_bytes(original)
    with pytest.raises(FormatError, match="AFCP trailer .* offsets do not match.*not writing"):
        metadata.write(photo, {"caption": "New"})
    assert photo.read_bytes() == original


def test_an_entry_pointing_into_the_header_is_refused() -> None:
    jpeg = with_trailer(pillow_jpeg(icc=False))
    base = len(jpeg) - 200
    tail = bytearray(jpeg[base:])
    start = len(tail) - 12 - len(IIM) - len(TEXT) - 36
    struct.pack_into(">I", tail, start + 12 + 8, 4)  # the IPTC entry now points at 0x4
    with pytest.raises(FormatError, match="outside the data after the JPEG header"):
        afcp.shift(bytes(tail), base, 10)


def test_no_trailer_no_change() -> None:
    assert not afcp.present(b"\xff\xd9")
    assert not afcp.present(pillow_jpeg(icc=False))


@needs_exiftool
def test_exiftool_reads_the_trailer_without_adjusting_it(tmp_path: Path) -> None:
    photo = tmp_path / "afcp.jpg"
    photo.write_bytes(with_trailer(pillow_jpeg(icc=False)))
    before = exiftool_json(photo, "-AFCP:all", "-IPTC:all")
    old_warnings = set(exiftool_warnings(photo))
    metadata.write(photo, {"caption": "A longer header now"})
    after = exiftool_json(photo, "-AFCP:all", "-IPTC:all")
    warnings = exiftool_warnings(photo)
    assert not any("Adjusted AFCP offsets" in w for w in warnings)
    assert set(warnings) <= old_warnings
    titles = [v for k, v in after.items() if k.endswith(":ObjectName")]
    assert (
        titles == [v for k, v in before.items() if k.endswith(":ObjectName")] == ["Trailer title"]
    )
