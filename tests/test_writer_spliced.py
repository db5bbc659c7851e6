"""A JPEG's new bytes written in two pieces (new header, the original's scan): never joined,
read back and checked in place, and a write that fails half-way leaves the original intact."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from engine_fixtures import pillow_jpeg, rich_jpeg
from hypothesis import given
from hypothesis import strategies as st

from captions import metadata, writer
from captions.errors import FormatError, WriteError
from captions.formats import iptc, jpeg
from captions.formats.spliced import Spliced, as_spliced

VALUES = {"caption": "A caption written in pieces", "credit": "Pieces Agency"}


def _photo(folder: Path) -> tuple[Path, bytes]:
    """A small JPEG written to `folder`, and its bytes."""
    photo = folder / "photo.jpg"
    original = pillow_jpeg(icc=False)
    photo.write_bytes(original)
    return photo, original


def _temps(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if writer.is_temp_name(name))


# --- Spliced --------------------------------------------------------------------------------


@given(
    head=st.binary(max_size=40),
    source=st.binary(max_size=60),
    kept_from=st.integers(0, 70),
    at=st.integers(0, 110),
    length=st.integers(0, 110),
)
def test_spliced_reads_as_its_joined_bytes(
    head: bytes, source: bytes, kept_from: int, at: int, length: int
) -> None:
    new = Spliced(head, source, kept_from)
    whole = head + source[kept_from:]
    assert new.joined() == whole
    assert new.size == len(whole)
    assert b"".join(bytes(v) for v in new.views()) == whole
    assert new.first(length) == whole[:length]
    chunk = whole[at : at + length]
    if at <= len(whole):
        assert new.matches(at, chunk)
    assert new.same_as(whole)
    if whole:
        changed = bytearray(whole)
        changed[at % len(whole)] ^= 0x01
        assert not new.same_as(bytes(changed))
        assert not new.matches(0, bytes(changed))
    assert not new.same_as(whole + b"x")


def test_plain_bytes_are_one_piece() -> None:
    data = b"\xff\xd8 whole file"
    assert as_spliced(data) == Spliced(b"", data, 0)
    assert as_spliced(data).joined() is data  # nothing copied


def test_the_plan_keeps_the_scan_of_the_original_uncopied() -> None:
    data = pillow_jpeg(icc=False)
    new, _, _ = metadata.plan_spliced(data, metadata._targets(VALUES))
    assert new.source is data
    assert new.kept_from == jpeg.split(data).scan_offset
    assert new.joined() == metadata.plan(data, metadata._targets(VALUES))[0]
    assert jpeg.split(new.joined()).scan_offset == len(new.head)


# --- writing the pieces ---------------------------------------------------------------------


def test_pieces_are_written_whole_when_the_kernel_takes_them_a_little_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(rich_jpeg())
    head, source = b"\xff\xd8" + b"h" * 300, b"\x00" * 50 + b"s" * 5000
    new = Spliced(head, source, 50)
    real_writev = os.writev

    def short_writev(fd: int, buffers: list[memoryview]) -> int:
        return real_writev(fd, [buffers[0][:97]])  # never more than 97 bytes at a time

    monkeypatch.setattr(os, "writev", short_writev)
    writer.replace_file(photo, new)
    assert photo.read_bytes() == new.joined()
    assert _temps(tmp_path) == []


def test_a_write_that_fails_half_way_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills after the header is written: the original stays, no temporary file."""
    photo, original = _photo(tmp_path)
    real_writev = os.writev
    calls = []

    def fill_the_disk(fd: int, buffers: list[memoryview]) -> int:
        calls.append(len(buffers))
        if len(calls) == 1:
            return real_writev(fd, [buffers[0]])  # the header only
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "writev", fill_the_disk)
    with pytest.raises(WriteError, match="No space left on device"):
        metadata.write(photo, VALUES)
    assert len(calls) == 2
    assert photo.read_bytes() == original
    assert _temps(tmp_path) == []


def test_a_read_back_that_differs_in_the_kept_scan_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temporary file changed on disk in the scan part: the read-back catches it."""
    photo, original = _photo(tmp_path)
    real_write_all = writer._write_all

    def write_then_corrupt(fd: int, data: Spliced) -> None:
        real_write_all(fd, data)
        os.pwrite(fd, b"\x00", data.size - 10)  # a byte of the scan, on disk

    monkeypatch.setattr(writer, "_write_all", write_then_corrupt)
    with pytest.raises(WriteError, match="read back differ"):
        metadata.write(photo, VALUES)
    assert photo.read_bytes() == original
    assert _temps(tmp_path) == []


def test_one_read_back_buffer_serves_files_of_every_size(tmp_path: Path) -> None:
    """A small file read back after a large one in the same batch: the buffer's stale bytes
    never count, and a difference is still found."""
    big, small = tmp_path / "big.jpg", tmp_path / "small.jpg"
    big.write_bytes(b"b" * (3 * writer._READ_BACK_CHUNK + 5))
    small.write_bytes(b"s" * 10)
    with writer.WriteBatch() as batch:
        batch.stage(big, b"B" * (writer._READ_BACK_CHUNK * 2 + 17))
        batch.stage(small, Spliced(b"ne", b"xxw small", 2))
        batch.commit()
    assert big.read_bytes() == b"B" * (writer._READ_BACK_CHUNK * 2 + 17)
    assert small.read_bytes() == b"new small"
    buffer = bytearray(b"new small" + b"B" * 100)
    probe = tmp_path / "probe"
    probe.write_bytes(b"new smalL")
    assert not writer._reads_back_as(probe, Spliced(b"ne", b"xxw small", 2), buffer)
    assert writer._reads_back_as(probe, Spliced(b"new smal", b"L"), buffer)


# --- the check before the rename ------------------------------------------------------------


def test_a_damaged_scan_in_the_pieces_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan is compared with the original's, not parsed: one byte changed is refused."""
    photo, original = _photo(tmp_path)
    real_plan = metadata.plan_spliced

    def plan_that_damages(*args: object, **kwargs: object) -> object:
        new, before, warnings = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        damaged = bytearray(new.source)
        damaged[-5] ^= 0xFF
        return new._replace(source=bytes(damaged)), before, warnings

    monkeypatch.setattr(metadata, "plan_spliced", plan_that_damages)
    with pytest.raises(WriteError, match="the image data changed while writing"):
        metadata.write(photo, VALUES)
    assert photo.read_bytes() == original


def test_the_check_refuses_a_head_that_does_not_end_at_sos() -> None:
    old = pillow_jpeg(icc=False)
    new, _, _ = metadata.plan_spliced(old, metadata._targets(VALUES))
    targets = metadata._targets(VALUES)
    metadata.verify(new, old, targets)  # as planned: accepted
    cut = new._replace(head=new.head[:-20], kept_from=new.kept_from)
    with pytest.raises(FormatError, match="does not end at SOS"):
        metadata.verify(cut, old, targets)
    longer = new._replace(kept_from=new.kept_from - 4)  # SOS's first bytes twice
    with pytest.raises(FormatError):
        metadata.verify(longer, old, targets)


def test_the_check_gives_the_same_answers_for_pieces_and_joined_bytes() -> None:
    old = rich_jpeg()
    targets = metadata._targets(VALUES)
    new, _, _ = metadata.plan_spliced(old, targets)
    metadata.verify(new, old, targets)
    metadata.verify(new.joined(), old, targets)
    damaged = bytearray(new.joined())
    damaged[-3] ^= 0xFF
    for form in (bytes(damaged), Spliced(new.head, bytes(damaged), len(new.head))):
        with pytest.raises(FormatError, match="the image data changed while writing"):
            metadata.verify(form, old, targets)


# --- parsed once per content ----------------------------------------------------------------


def test_an_iim_stream_parsed_again_gives_the_same_and_a_strict_parse_still_refuses() -> None:
    stream = b"\x1c\x02\x78\x00\x03abc" + b"\x1c\x02\x50\x00\x09overruns"
    lenient, problems = iptc.parse_datasets(stream)
    assert [d.data for d in lenient] == [b"abc"] and problems
    lenient.clear()  # the caller's list: the next answer is whole
    assert iptc.parse_datasets(stream)[0] == [iptc.Dataset(2, 0x78, b"abc")]
    with pytest.raises(FormatError, match="overruns the block"):
        iptc.parse_datasets(stream, strict=True)
    equal_copy = bytes(bytearray(stream))
    assert equal_copy is not stream
    with pytest.raises(FormatError, match="overruns the block"):
        iptc.parse_datasets(equal_copy, strict=True)


def test_a_photoshop_block_parsed_again_gives_the_same() -> None:
    block = iptc.build_resource(iptc.IIM_RESOURCE, b"\x1c\x02\x78\x00\x01x") + b"8BIMjunk"
    first, problem = iptc.parse_8bim_lenient(block)
    assert len(first) == 1 and problem
    first.clear()
    again, problem_again = iptc.parse_8bim_lenient(block)
    assert len(again) == 1 and problem_again == problem
    with pytest.raises(FormatError, match=problem):
        iptc.parse_8bim(block)


def test_load_writeback_binds_the_call_once() -> None:
    writer._sync_file_range.cache_clear()
    writer.load_writeback()
    assert writer._sync_file_range.cache_info().currsize == 1


def test_an_iim_reading_asked_again_is_the_callers_own() -> None:
    stream = b"\x1c\x02\x19\x00\x03one" + b"\x1c\x02\x19\x00\x03two" + b"\x1c\x02\x78\x00\x01c"
    first = iptc.read_iim(stream)
    first.values["keywords"].append("three")  # type: ignore[union-attr]
    first.values["caption"] = "changed"
    again = iptc.read_iim(bytes(bytearray(stream)))  # equal bytes, another object
    assert again.values == {"keywords": ["one", "two"], "caption": "c"}
    other = iptc.read_iim(stream.replace(b"one", b"ONE"))
    assert other.values["keywords"] == ["ONE", "two"]


def test_a_mutable_stream_is_parsed_afresh_every_time() -> None:
    stream = bytearray(b"\x1c\x02\x78\x00\x03abc")
    assert iptc.parse_datasets(stream)[0][0].data == b"abc"  # type: ignore[arg-type]
    assert iptc.read_iim(stream).values["caption"] == "abc"  # type: ignore[arg-type]
    stream[5:8] = b"xyz"
    assert iptc.parse_datasets(stream)[0][0].data == b"xyz"  # type: ignore[arg-type]
    assert iptc.read_iim(stream).values["caption"] == "xyz"  # type: ignore[arg-type]
    block = bytearray(iptc.build_resource(iptc.IIM_RESOURCE, b"\x1c\x02\x78\x00\x01x"))
    assert iptc.parse_8bim_lenient(block)[0][0].id == iptc.IIM_RESOURCE  # type: ignore[arg-type]
    block[4:6] = b"\x04\x25"
    assert iptc.parse_8bim_lenient(block)[0][0].id == iptc.DIGEST_RESOURCE  # type: ignore[arg-type]
