"""The picture digest the audit's folder rules use, computed by the read from the same open file."""

from __future__ import annotations

from pathlib import Path

from engine_fixtures import UNKNOWN_APP5, insert_after_app0, pillow_jpeg, segment

from captions import metadata


def _digest(path: Path) -> str | None:
    return metadata.read(path, picture_digest=True).structure.picture_digest


def test_no_digest_unless_asked(tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(pillow_jpeg())
    assert metadata.read(photo).structure.picture_digest is None
    assert _digest(photo) is not None


def test_copies_with_other_metadata_share_the_digest(tmp_path: Path) -> None:
    picture = pillow_jpeg(icc=False, size=(300, 200))
    plain, tagged, big_header, other = (tmp_path / n for n in ("p.jpg", "t.jpg", "b.jpg", "o.jpg"))
    plain.write_bytes(picture)
    tagged.write_bytes(insert_after_app0(picture, UNKNOWN_APP5))
    metadata.write(tagged, {"caption": "Harbour at dawn", "credit": "Ida Brekke"})
    # a header of 3 x 60 KB: the scan starts after the first read, so it is read from the file
    padding = segment(0xEC, b"x" * 60_000)
    big_header.write_bytes(insert_after_app0(picture, padding, padding, padding))
    other.write_bytes(pillow_jpeg(icc=False, size=(200, 300)))
    assert _digest(plain) == _digest(tagged) == _digest(big_header)
    assert _digest(other) != _digest(plain)


def test_a_different_scan_end_gives_another_digest(tmp_path: Path) -> None:
    picture = pillow_jpeg(icc=False)
    changed = bytearray(picture)
    changed[-3] ^= 0x01  # inside the last 4 KB of the scan, before EOI
    first, second = tmp_path / "1.jpg", tmp_path / "2.jpg"
    first.write_bytes(picture)
    second.write_bytes(bytes(changed))
    assert _digest(first) != _digest(second)
