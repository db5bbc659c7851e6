"""TIFF writing: a new IFD0 appended; strips, the Exif IFD, later IFDs and unknown tags never move;
the Photoshop block's digest kept current; BigTIFF and camera raw refused."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

import pytest
from format_fixtures import UNKNOWN_8BIM_BODY, UNKNOWN_TAG, UNKNOWN_TAG_VALUE, make_tiff

from captions import metadata
from captions.errors import FormatError, UnsupportedError
from captions.formats import iptc
from captions.formats.exif import TiffReader

VALUES = {"caption": "Gulls over the pier", "byline": "Kai Ek", "credit": "Nordic Wire"}


def write(tmp_path: Path, data: bytes) -> bytes:
    path = tmp_path / "picture.tif"
    path.write_bytes(data)
    assert metadata.write(path, VALUES).written
    return path.read_bytes()


def ifd_tags(data: bytes, offset: int | None = None) -> dict[int, bytes]:
    reader = TiffReader(data)
    ifd = reader.read_ifd(reader.ifd0_offset if offset is None else offset, "IFD")
    assert ifd is not None
    return {e.tag: reader.value_bytes(e, "test") or b"" for e in ifd.entries}


def chain(data: bytes) -> list[int]:
    reader = TiffReader(data)
    offsets, offset = [], reader.ifd0_offset
    while offset:
        ifd = reader.read_ifd(offset, "IFD")
        assert ifd is not None
        offsets.append(offset)
        offset = ifd.next_offset
    return offsets


@pytest.mark.parametrize("order", ["II", "MM"])
def test_strips_sub_ifds_and_unknown_tags_stay_where_they_were(tmp_path: Path, order: str) -> None:
    original = make_tiff(order, pages=2)
    new = write(tmp_path, original)
    assert new[:4] == original[:4]  # byte order and magic
    before, after = ifd_tags(original), ifd_tags(new)
    strip = struct.unpack(("<" if order == "II" else ">") + "I", before[273])[0]
    assert after[273] == before[273] and after[279] == before[279]
    size = struct.unpack(("<" if order == "II" else ">") + "I", before[279])[0]
    assert new[strip : strip + size] == original[strip : strip + size]
    assert after[34665] == before[34665]  # the Exif IFD did not move
    assert after[UNKNOWN_TAG] == UNKNOWN_TAG_VALUE
    assert after[270] == b"Gulls over the pier\x00" and after[315] == b"Kai Ek\x00"
    assert chain(new)[1:] == chain(original)[1:]  # the second page did not move


def test_photoshop_digest_follows_the_iim_and_other_resources_are_kept(tmp_path: Path) -> None:
    new = write(tmp_path, make_tiff("MM", rich=True))
    tags = ifd_tags(new)
    resources = {r.id: r.data for r in iptc.parse_8bim(tags[34377])}
    assert resources[0x0425] == hashlib.md5(tags[33723]).digest()
    assert resources[0x0FA0] == UNKNOWN_8BIM_BODY
    assert iptc.IIM_RESOURCE not in resources  # IIM in a TIFF's Photoshop block: non-standard
    assert len(tags[33723]) % 4 == 0  # LONG, as Photoshop writes it
    read = metadata.read(tmp_path / "picture.tif")
    assert read.structure.digest == "match"
    assert read.fields["credit"].iptc == "Nordic Wire"


def test_repeated_writes_do_not_pile_up(tmp_path: Path) -> None:
    path = tmp_path / "picture.tif"
    path.write_bytes(make_tiff())
    metadata.write(path, VALUES)
    size = len(path.read_bytes())
    for round_ in range(5):
        metadata.write(path, {"caption": f"Draft {round_}"})
    metadata.write(path, VALUES)
    assert len(path.read_bytes()) == size


def _with_tag(data: bytes, tag: int, kind: int, value: bytes) -> bytes:
    """`data` (little-endian, from make_tiff) with one more IFD0 entry, by a new IFD0."""
    from captions.formats.exif import update_exif

    return update_exif(data, {}, tags={tag: (kind, value)})


def _big_tiff(data: bytes) -> bytes:
    return b"II+\x00" + data[4:]


def _cfa_sub_ifd(data: bytes) -> bytes:
    sub = len(data) + len(data) % 2
    raw_ifd = struct.pack("<H", 1) + struct.pack("<HHIHH", 262, 3, 1, 32803, 0) + b"\0" * 4
    padded = data + b"\0" * (len(data) % 2) + raw_ifd
    return _with_tag(padded, 330, 4, struct.pack("<I", sub))


@pytest.mark.parametrize(
    ("damage", "error", "reason"),
    [
        (_big_tiff, UnsupportedError, "BigTIFF"),
        (
            lambda d: _with_tag(d, 50706, 1, b"\x01\x04\x00\x00"),
            UnsupportedError,
            "camera raw.*DNG",
        ),
        (lambda d: d[:8] + b"CR\x02\x00" + d[12:], UnsupportedError, "camera raw.*CR2"),
        (_cfa_sub_ifd, UnsupportedError, "camera raw.*raw sensor data"),
        (lambda d: d[:4] + struct.pack("<I", len(d) + 40) + d[8:], FormatError, "outside"),
    ],
)
def test_a_tiff_we_do_not_write_is_refused_with_its_reason(
    tmp_path: Path, damage: object, error: type[Exception], reason: str
) -> None:
    assert callable(damage)
    data = damage(make_tiff())
    path = tmp_path / "refused.tif"
    path.write_bytes(data)
    with pytest.raises(error, match=reason):
        metadata.write(path, VALUES)
    assert path.read_bytes() == data
