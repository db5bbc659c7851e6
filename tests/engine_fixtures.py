"""Tiny JPEGs and metadata blocks built in code for the engine tests (no project code used)."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"

EXIFTOOL = shutil.which("exiftool")
EXIV2 = shutil.which("exiv2")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
needs_exiv2 = pytest.mark.skipif(EXIV2 is None, reason="exiv2 is not installed")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def iim_dataset(record: int, number: int, data: bytes) -> bytes:
    return bytes((0x1C, record, number)) + struct.pack(">H", len(data)) + data


def resource(resource_id: int, data: bytes, name: bytes = b"\x00\x00") -> bytes:
    pad = b"\x00" * (len(data) & 1)
    return (
        b"8BIM" + struct.pack(">H", resource_id) + name + struct.pack(">I", len(data)) + data + pad
    )


def photoshop(*resources: bytes) -> bytes:
    return segment(0xED, b"Photoshop 3.0\x00" + b"".join(resources))


def pillow_jpeg(*, icc: bool = True, size: tuple[int, int] = (32, 24)) -> bytes:
    """A JPEG from Pillow: SOI, APP0 JFIF, (APP2 ICC), tables, scan."""
    from PIL import Image, ImageCms

    image = Image.new("RGB", size)
    for x in range(size[0]):
        for y in range(size[1]):
            image.putpixel((x, y), (x * 8 % 256, y * 10 % 256, (x + y) * 4 % 256))
    out = io.BytesIO()
    options: dict[str, Any] = {"quality": 80}
    if icc:
        options["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image.save(out, "JPEG", **options)
    return out.getvalue()


def insert_after_app0(jpeg: bytes, *segments: bytes) -> bytes:
    assert jpeg[2:4] == b"\xff\xe0"
    end = 4 + struct.unpack(">H", jpeg[4:6])[0]
    return jpeg[:end] + b"".join(segments) + jpeg[end:]


UNKNOWN_APP5 = segment(0xE5, b"ACME-private\x00" + bytes(range(256)))
UNKNOWN_8BIM = resource(0x0BB7, b"\x01\x02\x03 unknown resource \xff", b"\x03abc")
OLD_IIM = (
    iim_dataset(2, 0, b"\x00\x04")
    + iim_dataset(2, 122, b"WRITER")
    + iim_dataset(2, 120, b"Old caption")
)


def rich_jpeg() -> bytes:
    """JFIF, ICC, an unknown APP5, and a Photoshop block with an unknown resource and IIM."""
    block = photoshop(
        UNKNOWN_8BIM,
        resource(0x0404, OLD_IIM),
        resource(0x0425, hashlib.md5(OLD_IIM).digest()),
    )
    return insert_after_app0(pillow_jpeg(), UNKNOWN_APP5, block)


def segments_of(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, whole segment bytes) up to SOS, parsed independently of captions."""
    out = []
    pos = 2
    while data[pos + 1] != 0xDA:
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        out.append((data[pos + 1], data[pos : pos + 2 + length]))
        pos += 2 + length
    return out


def scan_data(data: bytes) -> bytes:
    pos = 2
    while data[pos + 1] != 0xDA:
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    return data[pos:]


def exiftool_json(path: Path, *args: str) -> dict[str, Any]:
    assert EXIFTOOL is not None
    proc = subprocess.run(
        [EXIFTOOL, "-j", "-G1", "-a", *args, str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    result: dict[str, Any] = json.loads(proc.stdout)[0]
    return result


def exiftool_warnings(path: Path) -> list[str]:
    assert EXIFTOOL is not None
    proc = subprocess.run(
        [EXIFTOOL, "-validate", "-warning", "-a", "-s", "-s", "-s", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    summary = re.compile(r"\d+ Warnings?( \(.*\))?$|OK$")  # the Validate line: "2 Warnings (...)"
    return [line for line in proc.stdout.splitlines() if line and not summary.match(line)]


def exiv2_values(path: Path, which: str) -> dict[str, list[str]]:
    """`exiv2 -P{which}kv`: key -> values (I: IIM, X: XMP, E: EXIF)."""
    assert EXIV2 is not None
    proc = subprocess.run(
        [EXIV2, f"-P{which}kv", str(path)], capture_output=True, check=True, timeout=60
    )
    found: dict[str, list[str]] = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        match = re.match(r"(\S+) +(.*)", line)
        assert match is not None, line
        found.setdefault(match[1], []).append(match[2])
    return found


# --- every field, and where exiftool and exiv2 read each ----------------------------------------

LONG_CAPTION = ("Zoë and Jürgen in Łódź, 東京の港で. " * 60).encode()[:1998].decode(errors="ignore")

VALUES: dict[str, str | list[str]] = {
    "caption": LONG_CAPTION,
    "title": "Fähre Ł-7 東京",
    "headline": "Neue Fähre für Świnoujście",
    "byline": ["Łucja Brzęczek", "Zoë Ünal"],
    "byline_title": "Fotografin",
    "credit": "Agencja Łódź / 東京",
    "source": "Ünal Photo",
    "copyright": "© 2026 Zoë Ünal",
    "date_created": "2026-11-12T11:42:05+01:00",
    "city": "Świnoujście",
    "sublocation": "Nabrzeże Północne",
    "state": "Zachodniopomorskie",
    "country": "Polska",
    "country_code": "POL",
    "transmission_reference": "ŁÓD-2026-11",
    "instructions": "Nur redaktionell – 東京",
    "keywords": ["Fähre", "Łódź", "港"],
    "persons": ["Ingrid Ødegård", "山田 花子"],
}

EXIFTOOL_TAGS = {
    "caption": ["IPTC:Caption-Abstract", "XMP-dc:Description", "IFD0:ImageDescription"],
    "title": ["IPTC:ObjectName", "XMP-dc:Title"],
    "headline": ["IPTC:Headline", "XMP-photoshop:Headline"],
    "byline": ["IPTC:By-line", "XMP-dc:Creator"],
    "byline_title": ["IPTC:By-lineTitle", "XMP-photoshop:AuthorsPosition"],
    "credit": ["IPTC:Credit", "XMP-photoshop:Credit"],
    "source": ["IPTC:Source", "XMP-photoshop:Source"],
    "copyright": ["IPTC:CopyrightNotice", "XMP-dc:Rights", "IFD0:Copyright"],
    "city": ["IPTC:City", "XMP-photoshop:City"],
    "sublocation": ["IPTC:Sub-location", "XMP-iptcCore:Location"],
    "state": ["IPTC:Province-State", "XMP-photoshop:State"],
    "country": ["IPTC:Country-PrimaryLocationName", "XMP-photoshop:Country"],
    "country_code": ["IPTC:Country-PrimaryLocationCode", "XMP-iptcCore:CountryCode"],
    "transmission_reference": [
        "IPTC:OriginalTransmissionReference",
        "XMP-photoshop:TransmissionReference",
    ],
    "instructions": ["IPTC:SpecialInstructions", "XMP-photoshop:Instructions"],
    "keywords": ["IPTC:Keywords", "XMP-dc:Subject"],
    "persons": ["XMP-iptcExt:PersonInImage"],
}

EXIV2_KEYS = {
    "caption": ["Iptc.Application2.Caption", "Xmp.dc.description"],
    "title": ["Iptc.Application2.ObjectName", "Xmp.dc.title"],
    "headline": ["Iptc.Application2.Headline", "Xmp.photoshop.Headline"],
    "byline": ["Iptc.Application2.Byline", "Xmp.dc.creator"],
    "credit": ["Iptc.Application2.Credit", "Xmp.photoshop.Credit"],
    "source": ["Iptc.Application2.Source", "Xmp.photoshop.Source"],
    "copyright": ["Iptc.Application2.Copyright", "Xmp.dc.rights"],
    "city": ["Iptc.Application2.City", "Xmp.photoshop.City"],
    "keywords": ["Iptc.Application2.Keywords", "Xmp.dc.subject"],
    "persons": ["Xmp.iptcExt.PersonInImage"],
}
