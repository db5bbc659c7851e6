"""`--fix`: what it repairs, what it reports, and that it leaves the picture data alone."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from audit_fixtures import (
    EXIFTOOL,
    codes,
    exif_block,
    make_jpeg,
    needs_exiftool,
    patch_iim,
    segments,
)

from captions.audit import audit_file, audit_results
from captions.audit.config import AuditConfig
from captions.audit.fix import blank_gps
from captions.metadata import read

ALL = AuditConfig()


def scan(path: Path) -> bytes:
    data = path.read_bytes()
    sos = [offset for marker, offset, _ in segments(data) if marker == 0xDA]
    return data[sos[0] :]


def fixed(path: Path, config: AuditConfig = ALL) -> tuple[list[str], set[str]]:
    (result,) = list(audit_results([path], config, fix=True))
    assert result.errors == ()
    return list(result.fixed), codes(result.findings)


def test_credit_is_rewritten_in_house_style(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, credit="REUTERS / Ada Lindqvist")
    before = scan(path)
    changes, left = fixed(path)
    assert "C001" not in left
    assert any(
        change.startswith("credit:") and "REUTERS / Ada Lindqvist" in change for change in changes
    )
    credit = read(path).fields["credit"]
    assert credit.value != "REUTERS / Ada Lindqvist" and not credit.conflict
    assert scan(path) == before


def test_blocks_are_synchronised(tmp_path: Path) -> None:
    import piexif

    path = make_jpeg(tmp_path)
    exif = piexif.load(str(path))
    exif["0th"][piexif.ImageIFD.ImageDescription] = b"Piet Brouwer at the harbour in Malmo."
    piexif.insert(piexif.dump(exif), str(path))
    assert "S001" in codes(audit_file(path, ALL))
    changes, left = fixed(path)
    assert "S001" not in left and changes
    caption = read(path).fields["caption"]
    assert caption.exif == caption.iptc == caption.xmp


def test_stale_digest_and_undeclared_charset_are_refreshed(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, caption="Ada Lindqvist meets Antonín Dvořák on March 4, 2026.")
    patch_iim(path, b"\x1c\x01\x5a\x00\x03\x1b\x25\x47", b"\x1c\x01\x00\x00\x03\x00\x04\x00")
    assert {"S002", "S003"} <= codes(audit_file(path, ALL))
    before = scan(path)
    changes, left = fixed(path)
    assert not {"S002", "S003"} & left
    assert changes
    structure = read(path).structure
    assert structure.digest == "match" and structure.iim_charset == "utf-8"
    assert (
        read(path).fields["caption"].value == "Ada Lindqvist meets Antonín Dvořák on March 4, 2026."
    )
    assert scan(path) == before


def test_gps_is_kept_unless_asked(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, exif=exif_block(gps=True, serial="4711080815"))
    _, left = fixed(path)
    assert "P001" in left
    changes, left = fixed(path, replace(ALL, fix_strip_gps=True))
    assert "P001" not in left and "GPS position removed" in changes
    assert "P003" in left  # the serial number is reported, never removed silently
    assert read(path).structure.serial_number == "4711080815"


@needs_exiftool
def test_stripped_gps_reads_as_absent_in_exiftool(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, exif=exif_block(gps=True))
    fixed(path, replace(ALL, fix_strip_gps=True))
    assert EXIFTOOL is not None
    out = subprocess.run(
        [EXIFTOOL, "-s", "-GPSLatitude", "-GPSLongitude", "-Make", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "GPSLatitude" not in out and "GPSLongitude" not in out
    assert "Nordcam" in out  # the rest of the EXIF is intact


def test_blank_gps_keeps_length_and_other_bytes() -> None:
    tiff = exif_block(gps=True)
    blanked = blank_gps(tiff)
    assert blanked is not None and len(blanked) == len(tiff)
    assert b"Nordcam" in blanked
    assert blank_gps(exif_block()) is None  # no GPS IFD: nothing to do


def test_unfixable_findings_stay_and_clean_files_are_not_rewritten(tmp_path: Path) -> None:
    clean = make_jpeg(tmp_path, "clean.jpg")
    missing = make_jpeg(tmp_path, "missing.jpg", caption=None)
    before = clean.read_bytes(), missing.read_bytes()
    results = list(audit_results([tmp_path], ALL, fix=True))
    assert all(result.fixed == () for result in results)
    assert (clean.read_bytes(), missing.read_bytes()) == before
    assert "M001" in {f.code for r in results for f in r.findings}
