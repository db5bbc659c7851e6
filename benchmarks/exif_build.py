"""EXIF (TIFF-structured) bytes as cameras and Photoshop lay them out, for the benchmark corpus.

A small writer rather than piexif.dump: piexif leaves out the next-IFD pointer of the Exif and
GPS IFDs and does not word-align values, and exiftool flags both on every file. Here every IFD
ends with its pointer, every value sits at an even offset, both byte orders occur (Canon and Sony
write II, Nikon MM), and IFD1 carries a JPEG thumbnail.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Sequence
from dataclasses import dataclass

ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 2, 3, 4, 5, 7
EXIF_IFD_POINTER, GPS_IFD_POINTER = 0x8769, 0x8825
THUMBNAIL_OFFSET, THUMBNAIL_LENGTH = 0x0201, 0x0202


@dataclass(frozen=True)
class Entry:
    """One IFD entry with its value already encoded in the file's byte order."""

    tag: int
    kind: int
    count: int
    value: bytes


class Encoder:
    """Builds entries in one byte order ("II" little-endian or "MM" big-endian)."""

    def __init__(self, order: str) -> None:
        self.order = order
        self.prefix = "<" if order == "II" else ">"

    def text(self, tag: int, text: str) -> Entry:
        raw = text.encode("utf-8") + b"\x00"
        return Entry(tag, ASCII, len(raw), raw)

    def shorts(self, tag: int, *values: int) -> Entry:
        return Entry(tag, SHORT, len(values), struct.pack(f"{self.prefix}{len(values)}H", *values))

    def longs(self, tag: int, *values: int) -> Entry:
        return Entry(tag, LONG, len(values), struct.pack(f"{self.prefix}{len(values)}L", *values))

    def rationals(self, tag: int, *pairs: tuple[int, int]) -> Entry:
        flat = [number for pair in pairs for number in pair]
        return Entry(tag, RATIONAL, len(pairs), struct.pack(f"{self.prefix}{len(flat)}L", *flat))

    def undefined(self, tag: int, value: bytes) -> Entry:
        return Entry(tag, UNDEFINED, len(value), value)


def ifd_size(entries: Sequence[Entry]) -> int:
    """Bytes an IFD takes with its out-of-line values (each padded to an even length)."""
    values = sum(len(e.value) + len(e.value) % 2 for e in entries if len(e.value) > 4)
    return 2 + 12 * len(entries) + 4 + values


def encode_ifd(enc: Encoder, entries: Sequence[Entry], offset: int, next_ifd: int = 0) -> bytes:
    """An IFD at `offset` (from the TIFF header), entries sorted by tag, values after it."""
    entries = sorted(entries, key=lambda e: e.tag)
    data_offset = offset + 2 + 12 * len(entries) + 4
    table, data = struct.pack(f"{enc.prefix}H", len(entries)), b""
    for entry in entries:
        head = struct.pack(f"{enc.prefix}HHL", entry.tag, entry.kind, entry.count)
        if len(entry.value) <= 4:
            table += head + entry.value.ljust(4, b"\x00")
        else:
            table += head + struct.pack(f"{enc.prefix}L", data_offset + len(data))
            data += entry.value + b"\x00" * (len(entry.value) % 2)
    return table + struct.pack(f"{enc.prefix}L", next_ifd) + data


def build_tiff(
    enc: Encoder,
    ifd0: list[Entry],
    exif: list[Entry],
    gps: list[Entry],
    ifd1: list[Entry],
    thumbnail: bytes,
) -> bytes:
    """Header, IFD0, Exif IFD, GPS IFD (if any), IFD1 and the thumbnail, in that order."""
    ifd0 = [*ifd0, enc.longs(EXIF_IFD_POINTER, 0)] + (
        [enc.longs(GPS_IFD_POINTER, 0)] if gps else []
    )
    ifd1 = [*ifd1, enc.longs(THUMBNAIL_OFFSET, 0), enc.longs(THUMBNAIL_LENGTH, len(thumbnail))]
    exif_at = 8 + ifd_size(ifd0)
    gps_at = exif_at + ifd_size(exif)
    ifd1_at = gps_at + (ifd_size(gps) if gps else 0)
    thumb_at = ifd1_at + ifd_size(ifd1)
    pointers = {EXIF_IFD_POINTER: exif_at, GPS_IFD_POINTER: gps_at, THUMBNAIL_OFFSET: thumb_at}
    ifd0 = [enc.longs(e.tag, pointers[e.tag]) if e.tag in pointers else e for e in ifd0]
    ifd1 = [enc.longs(e.tag, pointers[e.tag]) if e.tag in pointers else e for e in ifd1]
    header = enc.order.encode() + struct.pack(f"{enc.prefix}HL", 42, 8)
    out = header + encode_ifd(enc, ifd0, 8, next_ifd=ifd1_at) + encode_ifd(enc, exif, exif_at)
    if gps:
        out += encode_ifd(enc, gps, gps_at)
    return out + encode_ifd(enc, ifd1, ifd1_at) + thumbnail


# --- MakerNotes: opaque to metadata tools, but laid out as each maker does ---------------------


def nikon_makernote(rng: random.Random) -> bytes:
    """Nikon type 3: `Nikon\\0` and a self-contained big-endian TIFF with a large DataDump."""
    enc = Encoder("MM")
    entries = [
        enc.undefined(0x0001, b"0210"),  # MakerNoteVersion
        enc.shorts(0x0002, 0, rng.choice((100, 400, 1600, 6400))),  # ISO
        enc.text(0x0004, "FINE  "),  # Quality
        enc.undefined(0x0010, rng.randbytes(rng.randint(3_000, 9_000) * 2)),  # DataDump
    ]
    return b"Nikon\x00\x02\x10\x00\x00MM\x00\x2a\x00\x00\x00\x08" + encode_ifd(enc, entries, 8)


def inline_makernote(enc: Encoder, prefix: bytes, entries: list[Entry], size: int) -> bytes:
    """An IFD whose values all fit in their entries (so it needs no offsets), then maker data."""
    return prefix + encode_ifd(enc, entries, 0) + bytes(size)


def makernote(make: str, enc: Encoder, rng: random.Random) -> bytes:
    if make.startswith("NIKON"):
        return nikon_makernote(rng)
    if make == "Canon":  # CanonModelID, SerialNumberFormat
        entries = [enc.longs(0x0010, 0x80000450), enc.longs(0x0015, 0x90000000)]
        return inline_makernote(enc, b"", entries, rng.randint(2_000, 5_000) * 2)
    entries = [enc.longs(0x0102, 2), enc.longs(0xB025, 1)]  # Sony Quality, DynamicRangeOptimizer
    return inline_makernote(enc, b"SONY DSC \x00\x00\x00", entries, rng.randint(3_000, 6_000) * 2)


@dataclass(frozen=True)
class ExifText:
    """The text tags of IFD0 and the capture time (`YYYY:MM:DD HH:MM:SS`)."""

    caption: str
    artist: str
    copyright: str
    when: str


def exif_block(
    text: ExifText,
    camera: tuple[str, str],
    size: tuple[int, int],
    thumbnail: bytes,
    has_gps: bool,
    rng: random.Random,
    makernote_bytes: bool = True,
) -> bytes:
    """TIFF bytes for APP1 (without `Exif\\0\\0`): IFD0 text, Exif IFD with MakerNote (unless
    `makernote_bytes` is False: the light profile), IFD1."""
    make, model = camera
    enc = Encoder("MM" if make.startswith("NIKON") else "II")
    ifd0 = [
        enc.text(0x010E, text.caption),  # ImageDescription
        enc.text(0x010F, make),
        enc.text(0x0110, model),
        enc.shorts(0x0112, 1),  # Orientation
        enc.rationals(0x011A, (300, 1)),
        enc.rationals(0x011B, (300, 1)),
        enc.shorts(0x0128, 2),  # ResolutionUnit: inches
        enc.text(0x0131, rng.choice(("Adobe Photoshop 25.4 (Macintosh)", "Ver.2.00"))),
        enc.text(0x0132, text.when),  # ModifyDate
        enc.text(0x013B, text.artist),
        enc.shorts(0x0213, 1),  # YCbCrPositioning
        enc.text(0x8298, text.copyright),
    ]
    exif = [
        enc.rationals(0x829A, (1, rng.choice((250, 500, 1000, 2000)))),  # ExposureTime
        enc.rationals(0x829D, (rng.choice((28, 40, 56, 80)), 10)),  # FNumber
        enc.shorts(0x8827, rng.choice((100, 400, 1600, 6400))),  # ISO
        enc.undefined(0x9000, b"0232"),  # ExifVersion
        enc.text(0x9003, text.when),  # DateTimeOriginal
        enc.text(0x9004, text.when),  # CreateDate
        enc.undefined(0x9101, b"\x01\x02\x03\x00"),  # ComponentsConfiguration
        enc.rationals(0x920A, (rng.choice((24, 70, 200, 400)), 1)),  # FocalLength
        *([enc.undefined(0x927C, makernote(make, enc, rng))] if makernote_bytes else []),
        enc.undefined(0xA000, b"0100"),  # FlashpixVersion
        enc.shorts(0xA001, 1),  # ColorSpace: sRGB
        enc.longs(0xA002, size[0]),
        enc.longs(0xA003, size[1]),
        enc.text(0xA431, str(rng.randint(3_000_000, 3_999_999))),  # BodySerialNumber
        enc.text(0xA434, "70-200mm f/2.8"),  # LensModel
    ]
    gps = []
    if has_gps:
        gps = [
            Entry(0x0000, 1, 4, b"\x02\x03\x00\x00"),  # GPSVersionID, BYTE[4]
            enc.text(0x0001, "N"),
            enc.rationals(0x0002, (50, 1), (3, 1), (2_340, 100)),
            enc.text(0x0003, "E"),
            enc.rationals(0x0004, (19, 1), (56, 1), (1_120, 100)),
        ]
    ifd1 = [
        enc.shorts(0x0103, 6),  # Compression: JPEG
        enc.rationals(0x011A, (72, 1)),
        enc.rationals(0x011B, (72, 1)),
        enc.shorts(0x0128, 2),
    ]
    return build_tiff(enc, ifd0, exif, gps, ifd1, thumbnail)
