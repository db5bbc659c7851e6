"""Round trips shared by the JPEG (test_engine_roundtrip) and PNG/WebP/TIFF (test_formats_roundtrip)
writing tests: write every field of `engine_fixtures.VALUES`, then read it back through our
reader, exiftool and exiv2. `iim=False` for a format with no place for IPTC-IIM (WebP)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from engine_fixtures import (
    EXIFTOOL_TAGS,
    EXIV2_KEYS,
    VALUES,
    exiftool_json,
    exiftool_warnings,
    exiv2_values,
)

from captions import metadata
from captions.metadata import ImageMetadata, Value


def in_iim(name: str) -> bool:
    """Whether IIM holds the field (as exiftool names it: an oracle apart from our table)."""
    return any(tag.startswith("IPTC:") for tag in EXIFTOOL_TAGS.get(name, ()))


def every_field_reads_back(path: Path, *, iim: bool = True) -> ImageMetadata:
    """Write VALUES; each field reads back, from XMP and (where it has a dataset) from IIM."""
    result = metadata.write(path, VALUES)
    assert result.written and result.warnings == []
    read = metadata.read(path)
    for name, value in VALUES.items():
        field = read.fields[name]
        assert field.value == value, name
        assert not field.conflict, name
        assert field.xmp == value, name
        if iim and in_iim(name):
            assert field.iptc == value, name
    return read


def exiftool_reads_every_field(path: Path, *, iim: bool = True) -> dict[str, Any]:
    """Write VALUES; exiftool reads each where EXIFTOOL_TAGS says. Returns what it found."""
    metadata.write(path, VALUES)
    found = exiftool_json(path, "-charset", "iptc=UTF8")
    for name, tags in EXIFTOOL_TAGS.items():
        expected = VALUES[name]
        for tag in tags:
            if tag.startswith("IPTC:") and not iim:
                continue
            got = found.get(tag)
            if isinstance(expected, list) and not isinstance(got, list):
                got = [got]
            assert got == expected, tag
    assert found["IFD0:Artist"] == "; ".join(VALUES["byline"])
    assert found["XMP-photoshop:DateCreated"] == "2026:11:12 11:42:05+01:00"
    return found


def exiv2_reads_every_field(path: Path, *, iim: bool = True) -> dict[str, list[str]]:
    """Write VALUES; exiv2 reads each field it has an IIM and an XMP key for. Returns its IIM
    and XMP values."""
    metadata.write(path, VALUES)
    found = {**exiv2_values(path, "I"), **exiv2_values(path, "X")}
    for name, (iim_key, xmp_key) in ((n, k) for n, k in EXIV2_KEYS.items() if len(k) == 2):
        expected = VALUES[name]
        items = expected if isinstance(expected, list) else [expected]
        if iim:
            assert found[iim_key] == items, iim_key
        # exiv2 prints lang-alt values as 'lang="x-default" text' and lists joined by ", "
        text = found[xmp_key][0].removeprefix('lang="x-default" ')
        assert text == ", ".join(items), xmp_key
    return found


def writes_add_no_exiftool_warnings(path: Path, *writes: Mapping[str, Value | None]) -> None:
    """`exiftool -validate` warns of nothing new after each write in turn."""
    before = set(exiftool_warnings(path))
    for values in writes:
        metadata.write(path, values)
        assert set(exiftool_warnings(path)) <= before, values
