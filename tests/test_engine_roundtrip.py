"""Writing: every field round-trips through our reader, exiftool and exiv2; writes are lossless."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from engine_fixtures import (
    UNKNOWN_8BIM,
    UNKNOWN_APP5,
    VALUES,
    needs_exiftool,
    needs_exiv2,
    pillow_jpeg,
    rich_jpeg,
    scan_data,
    segments_of,
)
from roundtrip_fixtures import (
    every_field_reads_back,
    exiftool_reads_every_field,
    exiv2_reads_every_field,
    writes_add_no_exiftool_warnings,
)

from captions import metadata
from captions.errors import UnsupportedError, WriteError


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "Świnoujście photo.jpg"
    path.write_bytes(rich_jpeg())
    return path


def test_every_field_reads_back_from_every_source(photo: Path) -> None:
    read = every_field_reads_back(photo)
    assert read.structure.iim_charset == "utf-8"
    assert read.structure.digest == "match"


@needs_exiftool
def test_every_field_reads_back_through_exiftool(photo: Path) -> None:
    found = exiftool_reads_every_field(photo)
    assert found["IPTC:DateCreated"] == "2026:11:12"
    assert found["IPTC:TimeCreated"] == "11:42:05+01:00"
    assert found["IPTC:CodedCharacterSet"] == "UTF8"


@needs_exiv2
def test_every_field_reads_back_through_exiv2(photo: Path) -> None:
    found = exiv2_reads_every_field(photo)
    assert found["Xmp.iptcExt.PersonInImage"] == [", ".join(VALUES["persons"])]


@needs_exiftool
def test_exiftool_validate_reports_nothing_new(tmp_path: Path, photo: Path) -> None:
    writes_add_no_exiftool_warnings(photo, VALUES)


@needs_exiftool
def test_exiftool_validate_on_a_file_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "plain.jpg"
    path.write_bytes(pillow_jpeg())
    writes_add_no_exiftool_warnings(path, {"caption": "A ferry", "credit": "ACME"})


def test_write_is_lossless_for_everything_we_do_not_own(photo: Path) -> None:
    original = photo.read_bytes()
    metadata.write(photo, VALUES)
    new = photo.read_bytes()
    assert scan_data(new) == scan_data(original)
    old_segments = segments_of(original)
    new_segments = segments_of(new)
    for marker, raw in old_segments:
        if marker not in (0xE1, 0xED):
            assert raw in [r for _, r in new_segments], hex(marker)
    assert old_segments[0] == new_segments[0]  # APP0 JFIF first, unchanged
    assert UNKNOWN_APP5 in new
    assert UNKNOWN_8BIM in new
    assert b"WRITER" in new  # the IIM dataset we do not own (2:122)


def test_same_values_twice_give_identical_bytes(photo: Path) -> None:
    metadata.write(photo, VALUES)
    first = photo.read_bytes()
    second = metadata.write(photo, VALUES)
    assert photo.read_bytes() == first
    assert not second.written and second.changes == []


def test_iim_cut_is_reported_and_full_value_recovered_from_xmp(photo: Path) -> None:
    long_credit = "Agencja Fotograficzna Świnoujście Północ"
    result = metadata.write(photo, {"credit": long_credit})
    assert any("Credit (2:110) cut" in w for w in result.warnings)
    field = metadata.read(photo).fields["credit"]
    assert field.value == long_credit and not field.conflict
    assert field.iptc is not None and len(str(field.iptc).encode()) <= 32
    metadata.write(photo, {"credit": long_credit}, full_iim=True)
    assert metadata.read(photo).fields["credit"].iptc == long_credit


def test_dry_run_reports_changes_and_writes_nothing(photo: Path) -> None:
    original = photo.read_bytes()
    result = metadata.write(photo, {"caption": "New caption", "city": "Gdańsk"}, dry_run=True)
    assert photo.read_bytes() == original
    assert not result.written
    assert [(n, b, a) for n, b, a in result.changes] == [
        ("caption", "Old caption", "New caption"),
        ("city", None, "Gdańsk"),
    ]


def test_mode_mtime_and_backup(photo: Path) -> None:
    os.chmod(photo, 0o640)
    os.utime(photo, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    original = photo.read_bytes()
    metadata.write(photo, {"caption": "x"}, keep_mtime=True, backup=True)
    assert photo.stat().st_mode & 0o777 == 0o640
    assert photo.stat().st_mtime_ns == 1_000_000_000_000_000_000
    backup = photo.with_name(photo.name + ".bak")
    assert backup.read_bytes() == original
    assert sorted(p.name for p in photo.parent.iterdir()) == sorted([photo.name, backup.name])


def test_removing_a_field(photo: Path) -> None:
    metadata.write(photo, {"caption": "x", "credit": "ACME"})
    metadata.write(photo, {"credit": None})
    field = metadata.read(photo).fields["credit"]
    assert (field.value, field.iptc, field.xmp) == (None, None, None)


def test_writing_other_formats_is_refused(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "photo.gif"
    Image.new("RGB", (4, 4)).save(path)
    original = path.read_bytes()
    with pytest.raises(UnsupportedError, match="GIF files are read, never written"):
        metadata.write(path, {"caption": "x"})
    assert path.read_bytes() == original


def test_a_failed_verification_leaves_the_file_untouched(
    photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = photo.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        from captions.errors import FormatError

        raise FormatError("simulated check failure")

    monkeypatch.setattr(metadata, "verify", refuse)
    with pytest.raises(WriteError, match="simulated"):
        metadata.write(photo, {"caption": "x"})
    assert photo.read_bytes() == original
    assert [p.name for p in photo.parent.iterdir()] == [photo.name]


def test_extended_xmp_is_kept_untouched(tmp_path: Path) -> None:
    from engine_fixtures import insert_after_app0, segment

    extension = segment(
        0xE1,
        b"http://ns.adobe.com/xmp/extension/\x00" + b"0" * 32 + b"\x00\x00\x00\x05" * 2 + b"<x/>",
    )
    path = tmp_path / "ext.jpg"
    path.write_bytes(insert_after_app0(rich_jpeg(), extension))
    metadata.write(path, {"caption": "With extension"})
    new = path.read_bytes()
    assert new.count(extension) == 1
    read = metadata.read(path)
    assert read.structure.extended_xmp
    assert read.fields["caption"].value == "With extension"
