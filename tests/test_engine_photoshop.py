"""IIM in several Photoshop APP13 segments: one block split across them, or several blocks."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from engine_fixtures import (
    CORPUS,
    UNKNOWN_8BIM,
    exiftool_json,
    exiftool_warnings,
    iim_dataset,
    insert_after_app0,
    needs_corpus,
    needs_exiftool,
    photoshop,
    pillow_jpeg,
    resource,
    scan_data,
    segment,
    segments_of,
)

from captions import metadata
from captions.errors import FormatError
from captions.formats import iptc, jpeg
from captions.formats import photoshop as ps

PREFIX = b"Photoshop 3.0\x00"

FIRST_IIM = (
    iim_dataset(1, 90, b"\x1b%G")
    + iim_dataset(2, 0, b"\x00\x04")
    + iim_dataset(2, 25, b"harbour")
    + iim_dataset(2, 25, b"ferry")
    + iim_dataset(2, 55, b"20260314")
    + iim_dataset(2, 110, b"Vesna Kolar/Lakeside Wire")
)
SECOND_IIM = (
    iim_dataset(1, 90, b"\x1b%G")
    + iim_dataset(2, 0, b"\x00\x02")
    + iim_dataset(2, 25, b"harbour")
    + iim_dataset(2, 25, b"ferry")
    + iim_dataset(2, 55, b"20260314")
    + iim_dataset(2, 110, b"Another credit")
    + iim_dataset(2, 115, "Nordlys Bildbyrå".encode())
)
SLICES = resource(0x041A, b"slices of the first block")
PRIVATE = resource(0x0BB8, b"the second block's own resource", b"\x03xyz")


def complete_block(iim: bytes, *others: bytes) -> bytes:
    return photoshop(*others, resource(0x0404, iim), resource(0x0425, hashlib.md5(iim).digest()))


def two_blocks(separator: bytes = b"") -> bytes:
    first = complete_block(FIRST_IIM, SLICES)
    second = complete_block(SECOND_IIM, PRIVATE)
    return insert_after_app0(pillow_jpeg(icc=False), first, separator, second)


def iim_datasets(data: bytes) -> list[iptc.Dataset]:
    found = jpeg.blocks(jpeg.split(data))
    assert found.photoshop is not None
    streams = iptc.iim_of(iptc.parse_8bim(found.photoshop))
    assert len(streams) == 1
    return iptc.parse_datasets(streams[0], strict=True)[0]


# -- reading ----------------------------------------------------------------------------------


def test_merged_streams_keep_the_first_value_of_each_dataset() -> None:
    merged = iptc.merge_blocks([FIRST_IIM, SECOND_IIM])
    keys = [(ds.record, ds.number) for ds, _ in merged.datasets]
    assert keys.count((2, 55)) == 1
    assert keys.count((2, 25)) == 2  # the first stream's keywords, not both streams'
    assert (2, 115) in keys  # only the second stream has it
    assert any("2:110" in w and "ignored" in w for w in merged.warnings)
    assert not any("2:55" in w for w in merged.warnings)  # identical: nothing ignored


def test_each_stream_is_decoded_in_its_own_character_set() -> None:
    latin = iim_dataset(2, 90, "Malmö".encode("cp1252"))
    found = iptc.read_iim(iim_dataset(1, 90, b"\x1b%G") + iim_dataset(2, 5, b"T"), latin)
    assert found.values["city"] == "Malmö"
    assert found.charset == "utf-8"


def test_two_complete_blocks_read_as_exiftool_reads_them(tmp_path: Path) -> None:
    photo = tmp_path / "two.jpg"
    photo.write_bytes(two_blocks())
    fields = metadata.read(photo).fields
    assert fields["credit"].iptc == "Vesna Kolar/Lakeside Wire"
    assert fields["source"].iptc == "Nordlys Bildbyrå"
    assert fields["keywords"].iptc == ["harbour", "ferry"]
    structure = metadata.read(photo).structure
    assert structure.duplicate_segments == (
        "2 Photoshop APP13 segments (2 separate Photoshop blocks)",
    )
    assert structure.digest == "stale"  # as exiftool: the last digest, of the first IIM


def test_the_last_digest_describes_the_first_iim() -> None:
    first, second = iim_dataset(2, 5, b"one"), iim_dataset(2, 5, b"two")
    md5 = hashlib.md5
    matching = resource(0x0404, first) + resource(0x0404, second)
    stale = (
        matching + resource(0x0425, md5(first).digest()) + resource(0x0425, md5(second).digest())
    )
    fresh = (
        matching + resource(0x0425, md5(second).digest()) + resource(0x0425, md5(first).digest())
    )
    assert iptc.digest_state(iptc.parse_8bim(stale)) == "stale"
    assert iptc.digest_state(iptc.parse_8bim(fresh)) == "match"


def test_segments_are_grouped_into_complete_blocks() -> None:
    stream = resource(0x0404, FIRST_IIM) + SLICES
    cut = len(stream) // 3  # inside the IIM resource
    parts = [stream[:cut], stream[cut:], PRIVATE]
    blocks = ps.blocks_of(parts)
    assert [(b.stream, b.segments, b.complete) for b in blocks] == [
        (stream, 2, True),
        (PRIVATE, 1, True),
    ]
    assert not ps.blocks_of([stream[:cut]])[0].complete


# -- writing: several complete blocks (b) -----------------------------------------------------


@pytest.mark.parametrize("separator", [b"", segment(0xFE, b"a comment between")])
def test_two_blocks_are_written_as_one_iim(tmp_path: Path, separator: bytes) -> None:
    photo = tmp_path / "two.jpg"
    photo.write_bytes(two_blocks(separator))
    before = photo.read_bytes()
    assert metadata.write(photo, {"caption": "Ferries wait in the harbour."}).written
    after = photo.read_bytes()
    datasets = iim_datasets(after)
    keys = [(ds.record, ds.number) for ds in datasets]
    assert len(keys) == len(set(keys)) + 1  # only the two keywords share a key
    assert [ds.data for ds in datasets if ds.number == 25] == [b"harbour", b"ferry"]
    assert (2, 115) in keys
    assert scan_data(after) == scan_data(before)
    app13 = [seg for marker, seg in segments_of(after) if marker == 0xED]
    assert len(app13) == 2  # the second block keeps its own resource, in its own segment
    assert PRIVATE in app13[1] and SLICES in app13[0]
    assert b"\x04\x04" not in app13[1][len(PREFIX) + 4 :].replace(PRIVATE, b"")
    read = metadata.read(photo)
    assert read.structure.digest == "match"
    assert read.fields["source"].iptc == "Nordlys Bildbyrå"
    again = metadata.write(photo, {"caption": "Ferries wait in the harbour."})
    assert not again.written and photo.read_bytes() == after


def test_a_block_left_with_only_its_iim_is_dropped(tmp_path: Path) -> None:
    first = complete_block(FIRST_IIM, SLICES)
    second = complete_block(SECOND_IIM)
    photo = tmp_path / "two.jpg"
    photo.write_bytes(insert_after_app0(pillow_jpeg(icc=False), first, second))
    metadata.write(photo, {"headline": "Harbour"})
    app13 = [seg for marker, seg in segments_of(photo.read_bytes()) if marker == 0xED]
    assert len(app13) == 1
    assert metadata.read(photo).structure.duplicate_segments == ()


def test_rewrite_refuses_a_block_cut_off_at_the_end() -> None:
    stream = resource(0x0404, FIRST_IIM)
    with pytest.raises(FormatError):
        ps.rewrite([stream, stream[:20]], FIRST_IIM)


@needs_exiftool
def test_exiftool_reads_one_iim_after_the_write(tmp_path: Path) -> None:
    photo = tmp_path / "two.jpg"
    photo.write_bytes(two_blocks())
    old_warnings = set(exiftool_warnings(photo))
    metadata.write(photo, {"caption": "Ferries wait in the harbour."})
    tags = exiftool_json(photo)
    assert not any(key.startswith("IPTC2:") for key in tags)
    assert tags["IPTC:Caption-Abstract"] == "Ferries wait in the harbour."
    assert tags["IPTC:Keywords"] == ["harbour", "ferry"]
    assert tags["IPTC:Source"] == "Nordlys Bildbyrå"
    assert set(exiftool_warnings(photo)) - {"OK"} <= old_warnings


# -- writing: one block split across segments (a) ---------------------------------------------


def test_a_dataset_straddling_two_segments_is_read_and_rewritten(tmp_path: Path) -> None:
    step = jpeg.MAX_PAYLOAD - len(PREFIX)
    # the filler ends so that the segment cut falls 5 bytes into the caption's text
    filler = resource(0x0BB9, b"\xab" * (step - len(UNKNOWN_8BIM) - 12 - 12 - 7 - 5 - 5))
    iim = iim_dataset(2, 0, b"\x00\x04") + iim_dataset(2, 120, "Ørsted Quay at dusk".encode())
    stream = UNKNOWN_8BIM + filler + resource(0x0404, iim)
    assert stream[step - 5 : step + 5] == "Ørsted Qua".encode()[:10]
    parts = [segment(0xED, PREFIX + stream[i : i + step]) for i in range(0, len(stream), step)]
    photo = tmp_path / "split.jpg"
    photo.write_bytes(insert_after_app0(pillow_jpeg(icc=False), *parts))
    read = metadata.read(photo)
    assert read.fields["caption"].iptc == "Ørsted Quay at dusk"
    assert read.structure.duplicate_segments == (
        "2 Photoshop APP13 segments (one block split across them)",
    )
    metadata.write(photo, {"credit": "Ida Brekke"})
    found = jpeg.blocks(jpeg.split(photo.read_bytes()))
    assert found.photoshop is not None
    resources = iptc.parse_8bim(found.photoshop)
    assert [r.raw for r in resources[:2]] == [UNKNOWN_8BIM, filler]
    values = metadata.read(photo).fields
    assert (values["caption"].iptc, values["credit"].iptc) == ("Ørsted Quay at dusk", "Ida Brekke")


# -- the corpus -------------------------------------------------------------------------------


def _corpus_copy(tmp_path: Path, relative: str) -> Path:
    source = CORPUS / relative
    if not source.is_file():
        pytest.skip(f"{relative} is absent")
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    return copy


@needs_corpus
@needs_exiftool
def test_kim_photo_22_two_blocks_become_one_iim(tmp_path: Path) -> None:
    photo = _corpus_copy(tmp_path, "malformed/kim/testdata/headers/photo_22_header.jpg")
    before = exiftool_json(photo)
    assert any(key.startswith("IPTC2:") for key in before)
    metadata.write(photo, {"caption": "A test caption"})
    keys = [(ds.record, ds.number) for ds in iim_datasets(photo.read_bytes())]
    assert len(keys) == len(set(keys))
    after = exiftool_json(photo)
    assert not any(key.startswith("IPTC2:") for key in after)
    for tag in ("IPTC:DateCreated", "IPTC:TimeCreated", "IPTC:DigitalCreationDate"):
        assert after[tag] == before[tag]


@needs_corpus
@needs_exiftool
def test_exiv2_two_blocks_keep_the_credit_exiftool_shows(tmp_path: Path) -> None:
    photo = _corpus_copy(tmp_path, "real/exiv2/iptc-psAPP13-wIPTC1-psAPP13-wIPTC2.jpg")
    shown = exiftool_json(photo, "-IPTC:Credit")  # -a: both; the first is the one shown
    credit = metadata.read(photo).fields["credit"].iptc
    assert credit == shown["IPTC:Credit"]
    metadata.write(photo, {"headline": "Test headline"})
    after = exiftool_json(photo)
    assert after["IPTC:Credit"] == credit
    assert not any(key.startswith("IPTC2:") for key in after)


@needs_corpus
@needs_exiftool
def test_exiv2_split_block_survives_a_write(tmp_path: Path) -> None:
    photo = _corpus_copy(tmp_path, "real/exiv2/iptc-psAPP13s-wIPTCs-psAPP13s-wIPTCs.jpg")
    old = jpeg.blocks(jpeg.split(photo.read_bytes()))
    assert old.photoshop is not None and len(ps.blocks_of(old.photoshop_parts)) == 1
    before = exiftool_json(photo, "-Photoshop:all", "-IPTC:By-line")
    metadata.write(photo, {"headline": "Test headline"})
    after = exiftool_json(photo, "-Photoshop:all", "-IPTC:By-line")
    assert after["IPTC:By-line"] == before["IPTC:By-line"]
    for key, value in before.items():
        if key != "Photoshop:IPTCDigest":
            assert after[key] == value, key
    new = jpeg.blocks(jpeg.split(photo.read_bytes()))
    assert new.photoshop is not None
    kept = [r.raw for r in iptc.parse_8bim(old.photoshop) if r.id not in (0x0404, 0x0425)]
    assert [r.raw for r in iptc.parse_8bim(new.photoshop) if r.id not in (0x0404, 0x0425)] == kept
