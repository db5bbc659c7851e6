"""EXIF (TIFF-structured) caption fields: a tolerant reader and a lossless patching writer.

Reading never trusts an offset or a count: every one is checked against the data, IFD loops are
detected, and problems become warnings. Only a header we cannot use at all raises FormatError.

Writing patches the block instead of rebuilding it: every original byte stays where it was, a new
IFD0 (with the changed tags and their values) is appended at the end and the header points at it.
Sub-IFDs, the IFD1 thumbnail and the MakerNote therefore keep their offsets, and stay valid.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from typing import NamedTuple

from captions.errors import FormatError, UnsupportedError
from captions.fields import TABLE, ExifTag

EXIF_APP1_HEADER = b"Exif\x00\x00"

TAG_EXIF_IFD = 34665
TAG_GPS_IFD = 34853
TAG_SUB_IFDS = 330
TAG_CAMERA_OWNER_NAME = 0xA430
TAG_BODY_SERIAL_NUMBER = 0xA431
TAG_CAMERA_SERIAL_NUMBER = 0xC62F  # DNG, in IFD0
GPS_POSITION_TAGS = frozenset({2, 4})  # GPSLatitude, GPSLongitude

FIELD_TAGS: dict[str, int] = {
    f.name: f.exif.tag for f in TABLE if f.exif is not None and f.exif.ifd == "IFD0"
}
"""The IFD0 text fields `read_exif` reads and `update_exif` writes, by read-model name (from
captions.fields, the one table)."""
DATE_TAGS: dict[str, ExifTag] = {
    f.name: f.exif for f in TABLE if f.exif is not None and f.exif.ifd == "Exif IFD"
}
"""The dates of the Exif IFD, read only (`DateTimeOriginal` with `OffsetTimeOriginal`)."""

TYPE_ASCII = 2
TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
MAX_IFD_ENTRIES = 4096  # far above any real IFD; a larger count is garbage
MAX_IFDS = 64
# Compiled once per byte order: `struct.unpack(endian + "I", ...)` builds and hashes a fresh
# format string at every call, and the patch's checks make about a hundred such calls a file.
_SHORT = {"<": struct.Struct("<H"), ">": struct.Struct(">H")}
_LONG = {"<": struct.Struct("<I"), ">": struct.Struct(">I")}
_ENTRY = {"<": struct.Struct("<HHI4s"), ">": struct.Struct(">HHI4s")}


class IfdEntry(NamedTuple):
    """One 12-byte IFD entry, as stored (a tuple: a wire file's IFDs hold 20-40 of them, made
    in 0.3 us, not 1 us)."""

    tag: int
    type: int
    count: int  # type: ignore[assignment]  # TIFF's name; hides tuple.count, unused here
    value_field: bytes  # the 4 raw bytes: the value itself, or its offset
    raw: bytes  # the whole 12-byte entry

    def value_size(self) -> int | None:
        """Bytes the value occupies, or None for an unknown type."""
        unit = TYPE_SIZES.get(self.type)
        return None if unit is None else unit * self.count


class Ifd(NamedTuple):
    """An IFD: its offset, its entries, the offset of the next IFD (0 for none)."""

    offset: int
    entries: tuple[IfdEntry, ...]
    next_offset: int


class ExifFields(NamedTuple):
    """What `read_exif` found."""

    values: dict[str, str]
    raw: dict[str, bytes]
    byte_order: str
    has_gps: bool
    serial_number: str | None
    owner_name: str | None
    warnings: tuple[str, ...]


class TiffReader:
    """Bounds-checked access to TIFF-structured bytes; problems are collected in `warnings`."""

    __slots__ = ("data", "endian", "warnings")

    def __init__(self, data: bytes, warnings: list[str] | None = None) -> None:
        self.data = data
        self.warnings: list[str] = [] if warnings is None else warnings
        self.endian = "<"
        if len(self.data) < 8:
            raise FormatError(f"TIFF header at 0x0 is truncated ({len(self.data)} bytes)")
        order = self.data[:2]
        if order not in (b"II", b"MM"):
            raise FormatError(f"TIFF header at 0x0 has no byte order mark (found {order!r})")
        self.endian = "<" if order == b"II" else ">"
        if self.u16(2) != 42:
            raise FormatError(f"TIFF header at 0x2 has magic {self.u16(2)}, expected 42")

    @property
    def byte_order(self) -> str:
        return "II" if self.endian == "<" else "MM"

    @property
    def ifd0_offset(self) -> int:
        return self.u32(4)

    def u16(self, offset: int) -> int:
        value: int = _SHORT[self.endian].unpack_from(self.data, offset)[0]
        return value

    def u32(self, offset: int) -> int:
        value: int = _LONG[self.endian].unpack_from(self.data, offset)[0]
        return value

    def read_ifd(self, offset: int, name: str, wanted: frozenset[int] | None = None) -> Ifd | None:
        """The IFD at `offset`, the entries that fit when it is cut short; None when unreadable.
        With `wanted`, only the entries of those tags (a reader needs 2-8 of a file's ~28)."""
        if offset < 8 or offset + 2 > len(self.data):
            self.warnings.append(f"{name} offset 0x{offset:X} is outside the TIFF data")
            return None
        count = self.u16(offset)
        fitting = (len(self.data) - offset - 2) // 12
        if count > MAX_IFD_ENTRIES or count > fitting:
            self.warnings.append(
                f"{name} at 0x{offset:X} claims {count} entries, only {min(fitting, count)} fit"
            )
            count = min(fitting, count, MAX_IFD_ENTRIES)
        end = offset + 2 + 12 * count
        block = self.data[offset + 2 : end]
        entries = [
            IfdEntry(tag, type_, value_count, value_field, block[at : at + 12])
            for at, (tag, type_, value_count, value_field) in zip(
                range(0, len(block), 12),
                _ENTRY[self.endian].iter_unpack(block),
                strict=True,  # `count` entries fit: checked above
            )
            if wanted is None or tag in wanted
        ]
        next_offset = self.u32(end) if end + 4 <= len(self.data) else 0
        return Ifd(offset, tuple(entries), next_offset)

    def value_bytes(self, entry: IfdEntry, name: str) -> bytes | None:
        """The raw value of `entry`, or None (with a warning) when it does not fit the data."""
        size = entry.value_size()
        if size is None:
            self.warnings.append(f"{name} tag {entry.tag} has unknown type {entry.type}")
            return None
        if size <= 4:
            return entry.value_field[:size]
        offset = _LONG[self.endian].unpack(entry.value_field)[0]
        if offset + size > len(self.data):
            self.warnings.append(
                f"{name} tag {entry.tag} value at 0x{offset:X} overruns the TIFF data "
                f"({size} bytes, {max(0, len(self.data) - offset)} left)"
            )
            return None
        return self.data[offset : offset + size]

    def pointer(self, entry: IfdEntry) -> int | None:
        """The offset a sub-IFD pointer entry holds (LONG or IFD type, count 1)."""
        if entry.type not in (4, 13) or entry.count < 1:
            return None
        offset: int = _LONG[self.endian].unpack(entry.value_field)[0]
        return offset


def decode_text(raw: bytes, what: str, warnings: list[str]) -> str:
    """Text of an ASCII-type value: UTF-8 when valid, else cp1252 (latin-1 for its gaps)."""
    text = raw.split(b"\x00", 1)[0]
    if raw.rstrip(b"\x00") != text:
        warnings.append(f"{what} has data after its terminating NUL; read up to the NUL")
    try:
        return text.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        decoded = text.decode("cp1252")
        warnings.append(f"{what} is not valid UTF-8; decoded as cp1252")
    except UnicodeDecodeError:
        decoded = text.decode("latin-1")
        warnings.append(f"{what} is not valid UTF-8; decoded as latin-1")
    return decoded


def _exif_date(text: str) -> str | None:
    """`YYYY:MM:DD HH:MM:SS` as ISO 8601, or None when it is not a date."""
    stripped = text.strip()
    if len(stripped) < 10 or not stripped[:4].isdigit() or stripped.startswith("0000"):
        return None
    date = stripped[:10].replace(":", "-")
    parts = date.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    clock = stripped[11:19]
    if len(clock) == 8 and clock.replace(":", "").isdigit():
        return f"{date}T{clock}"
    return date


def _entries_by_tag(ifd: Ifd | None) -> dict[int, IfdEntry]:
    return {} if ifd is None else {entry.tag: entry for entry in ifd.entries}


def _sub_ifd(
    reader: TiffReader,
    entry: IfdEntry | None,
    name: str,
    seen: set[int],
    wanted: frozenset[int] | None = None,
) -> Ifd | None:
    if entry is None:
        return None
    offset = reader.pointer(entry)
    if offset is None:
        reader.warnings.append(f"{name} pointer has type {entry.type}, expected LONG")
        return None
    if offset in seen:
        reader.warnings.append(f"{name} at 0x{offset:X} loops back to an IFD already read")
        return None
    seen.add(offset)
    return reader.read_ifd(offset, name, wanted)


# The tags `read_exif` looks at, by IFD: it builds entries for these only.
_IFD0_READ = frozenset((*FIELD_TAGS.values(), TAG_EXIF_IFD, TAG_GPS_IFD, TAG_CAMERA_SERIAL_NUMBER))
_EXIF_IFD_READ = frozenset(
    (
        *(date.tag for date in DATE_TAGS.values()),
        *(date.offset for date in DATE_TAGS.values() if date.offset),
        TAG_BODY_SERIAL_NUMBER,
        TAG_CAMERA_OWNER_NAME,
    )
)


def read_exif(tiff: bytes) -> ExifFields:
    """The caption fields of a TIFF-structured EXIF block (the APP1 payload after `Exif\\0\\0`)."""
    reader = TiffReader(tiff)
    seen = {reader.ifd0_offset}
    ifd0 = _entries_by_tag(reader.read_ifd(reader.ifd0_offset, "IFD0", _IFD0_READ))
    exif_ifd = _sub_ifd(reader, ifd0.get(TAG_EXIF_IFD), "Exif IFD", seen, _EXIF_IFD_READ)
    exif = _entries_by_tag(exif_ifd)
    gps = _entries_by_tag(
        _sub_ifd(reader, ifd0.get(TAG_GPS_IFD), "GPS IFD", seen, GPS_POSITION_TAGS)
    )

    values: dict[str, str] = {}
    raw: dict[str, bytes] = {}

    def text(entries: dict[int, IfdEntry], tag: int, name: str) -> str | None:
        entry = entries.get(tag)
        if entry is None:
            return None
        value = reader.value_bytes(entry, name)
        if value is None:
            return None
        if entry.type not in (TYPE_ASCII, 1, 7):
            reader.warnings.append(f"{name} has type {entry.type}, expected ASCII")
        raw[name] = value
        return decode_text(value, name, reader.warnings)

    for name, tag in FIELD_TAGS.items():
        found = text(ifd0, tag, name)
        if found is not None:
            values[name] = found
    for name, date in DATE_TAGS.items():
        original = text(exif, date.tag, name)
        if original is None:
            continue
        iso = _exif_date(original)
        if iso is None:
            if original.strip(" :0"):
                reader.warnings.append(f"{date.name} {original!r} is not a date")
            raw.pop(name, None)
            continue
        offset = text(exif, date.offset, "offset_time") if date.offset else None
        raw.pop("offset_time", None)
        if offset and "T" in iso and len(offset.strip()) == 6:
            iso += offset.strip()
        values[name] = iso

    serial = text(exif, TAG_BODY_SERIAL_NUMBER, "serial_number")
    if serial is None:
        serial = text(ifd0, TAG_CAMERA_SERIAL_NUMBER, "serial_number")
    owner = text(exif, TAG_CAMERA_OWNER_NAME, "owner_name")
    raw.pop("serial_number", None)
    raw.pop("owner_name", None)
    return ExifFields(
        values=values,
        raw=raw,
        byte_order=reader.byte_order,
        has_gps=bool(GPS_POSITION_TAGS & gps.keys()),
        serial_number=serial.strip() or None if serial is not None else None,
        owner_name=owner.strip() or None if owner is not None else None,
        warnings=tuple(reader.warnings),
    )


# --- writing -------------------------------------------------------------------------------

_EMPTY_TIFF = b"II*\x00\x00\x00\x00\x00"  # header only; IFD0 is appended by the patcher


def _ascii_value(text: str) -> bytes:
    return text.encode("utf-8") + b"\x00"


def _pad_even(data: bytearray) -> None:
    if len(data) % 2:
        data.append(0)


def update_exif(
    tiff: bytes | None,
    values: Mapping[str, str | None],
    *,
    tags: Mapping[int, tuple[int, bytes] | None] | None = None,
) -> bytes:
    """TIFF bytes with `values` ("caption", "byline", "copyright"; None removes) set in IFD0,
    and the raw `tags` (tag -> (TIFF type, value bytes), None removes: XMP, IPTC in a TIFF).

    The original bytes are kept; a new IFD0 is appended and the header points at it. When nothing
    changes the input is returned unchanged, so writing the same values twice is a no-op.
    """
    unknown = set(values) - FIELD_TAGS.keys()
    if unknown:
        raise ValueError(f"EXIF cannot hold {', '.join(sorted(unknown))}")
    base = _EMPTY_TIFF if tiff is None else tiff
    reader = TiffReader(base)
    linked: list[Ifd] = []
    if tiff is None:
        ifd0 = Ifd(8, (), 0)
    else:
        found = reader.read_ifd(reader.ifd0_offset, "IFD0")
        if found is None or reader.warnings:
            problem = reader.warnings[0] if reader.warnings else "IFD0 is unreadable"
            raise FormatError(f"EXIF cannot be patched safely: {problem}")
        ifd0 = found
        links = _linked_ifds(reader, ifd0)  # walked once: the checks and the patch share it
        unsafe = _unsafe_to_append(reader, ifd0, links)
        if unsafe is not None:
            raise FormatError(f"EXIF cannot be patched safely: {unsafe}")
        linked = links[0] if links is not None else []  # not None, no loop: checked above
    for name, value in values.items():
        if value is not None and "\x00" in value:
            raise UnsupportedError(f"{name} contains a NUL character, which EXIF text cannot hold")
    wanted: dict[int, tuple[int, bytes] | None] = dict(tags or {})
    for name, value in values.items():
        wanted[FIELD_TAGS[name]] = None if value is None else (TYPE_ASCII, _ascii_value(value))
    new_values: dict[int, tuple[int, bytes]] = {}
    removed: set[int] = set()
    for tag, typed in wanted.items():
        current = [entry for entry in ifd0.entries if entry.tag == tag]
        if typed is None:
            removed.update(entry.tag for entry in current)
        elif len(current) != 1 or not _holds(reader, current[0], typed):
            new_values[tag] = typed
    if tiff is not None and not new_values and not removed:
        return tiff
    kept = [e for e in ifd0.entries if e.tag not in removed and e.tag not in new_values]
    added = [
        (tag, type_, len(value) // TYPE_SIZES[type_], value)
        for tag, (type_, value) in new_values.items()
    ]
    data = reader.data
    tail = None if tiff is None else private_tail(reader, ifd0, linked)
    if tail is not None:
        # IFD0 and its values are the last thing in the block and nothing else points there
        # (an IFD0 appended by an earlier write): replace it instead of piling up copies.
        data = data[:tail]
        moved = [e for e in kept if _value_offset(reader, e) >= tail]
        kept = [e for e in kept if e not in moved]
        added += [(e.tag, e.type, e.count, reader.value_bytes(e, "IFD0") or b"") for e in moved]
    reach = max((2 + 12 * len(ifd.entries) + 4 for ifd in linked), default=0)
    # An IFD whose next-IFD pointer the data cut off reads as "no next IFD"; zeros make that
    # explicit, or the pointer would be read from the bytes we append (found in the corpus:
    # exiftool then reported "Bad IFD2 directory").
    ends = [ifd.offset + 2 + 12 * len(ifd.entries) + 4 for ifd in linked]
    if tail is None and tiff is not None:
        ends.append(ifd0.offset + 2 + 12 * len(ifd0.entries) + 4)
    data += bytes(max(0, max(ends, default=0) - len(data)))
    return _append_ifd0(data, reader.endian, kept, added, ifd0.next_offset, reach)


TAG_THUMBNAIL_OFFSET = 513  # JPEGInterchangeFormat, in IFD1


def _unsafe_to_append(
    reader: TiffReader, ifd0: Ifd, linked: tuple[list[Ifd], bool] | None
) -> str | None:
    """Why appending a new IFD0 could change what the existing bytes mean, or None.

    Some readers stop at an entry of unknown type, and the new IFD0 would sort it first; an
    offset past the end of the data, or a linked IFD that cannot be read, would come to point
    into the appended bytes (found by the corpus sweep: exiftool then read garbage tags).
    `linked` is what `_linked_ifds` found from IFD0.
    """
    for entry in ifd0.entries:
        if entry.type not in TYPE_SIZES:
            return f"IFD0 tag 0x{entry.tag:04X} has unknown type {entry.type}"
    seen: set[int] = set()
    previous = None
    for entry in ifd0.entries:
        if entry.tag in seen and entry.tag != previous:
            # The new IFD0 is sorted: the two would stand side by side, which readers take
            # for a duplicate they did not see before (exiftool: "Duplicate tag").
            return f"IFD0 holds tag 0x{entry.tag:04X} twice, apart"
        seen.add(entry.tag)
        previous = entry.tag
    if linked is None:
        return "an IFD linked from IFD0 cannot be read"
    others, loops = linked
    if loops:
        # After the write the old IFD0 would be read as one more IFD of the chain, its
        # sub-IFDs a second time ("ExifIFD pointer references previous ExifIFD directory").
        return "an IFD linked from IFD0 points back at IFD0"
    size = len(reader.data)
    for ifd in [ifd0, *others]:
        for entry, (offset, value_size) in zip(ifd.entries, _extents(reader, ifd), strict=True):
            if entry.tag == TAG_THUMBNAIL_OFFSET and entry.count == 1:
                offset = reader.pointer(entry) or 0
            if offset + value_size > size:
                return f"tag 0x{entry.tag:04X} points at 0x{offset:X}, past the end (0x{size:X})"
            if 0 <= offset < 8:  # the header's IFD0 pointer, which the write changes
                return f"tag 0x{entry.tag:04X} points at 0x{offset:X}, into the TIFF header"
        past = _data_past_the_end(reader, ifd)
        if past is not None:
            return past
    return None


# Offsets to image data and their byte counts: strips, tiles. An offset past the end of the
# data would come to point into the appended IFD0 (found by fuzzing a TIFF: Pillow read our
# bytes as pixels).
_DATA_OFFSETS = {273: 279, 324: 325}


def _data_past_the_end(reader: TiffReader, ifd: Ifd) -> str | None:
    tags = {entry.tag: entry for entry in ifd.entries}
    size = len(reader.data)
    for tag, counts_tag in _DATA_OFFSETS.items():
        if tag not in tags:
            continue
        offsets = _integers(reader, tags[tag])
        counts = _integers(reader, tags[counts_tag]) if counts_tag in tags else []
        for index, offset in enumerate(offsets):
            end = offset + (counts[index] if index < len(counts) else 1)
            if end > size:
                return f"tag 0x{tag:04X} points at 0x{offset:X}, past the end (0x{size:X})"
    if TAG_SUB_IFDS in tags:
        for offset in _integers(reader, tags[TAG_SUB_IFDS]):
            if offset >= size:
                return f"a SubIFD at 0x{offset:X} lies past the end (0x{size:X})"
    return None


def _integers(reader: TiffReader, entry: IfdEntry) -> list[int]:
    """The SHORT, LONG or IFD values of an entry ([] for another type or a value past the end)."""
    unit = {3: "H", 4: "I", 13: "I"}.get(entry.type)
    raw = reader.value_bytes(entry, "offsets") if unit is not None else None
    if unit is None or raw is None:
        return []
    return list(struct.unpack(f"{reader.endian}{entry.count}{unit}", raw))


def _holds(reader: TiffReader, entry: IfdEntry, typed: tuple[int, bytes]) -> bool:
    if entry.type != typed[0]:
        return False
    return reader.value_bytes(entry, "existing value") == typed[1]


def _value_offset(reader: TiffReader, entry: IfdEntry) -> int:
    """Where an entry's value lives: its offset when stored out of line, else -1."""
    size = entry.value_size()
    if size is None or size <= 4:
        return -1
    offset: int = _LONG[reader.endian].unpack(entry.value_field)[0]
    return offset


def _extents(reader: TiffReader, ifd: Ifd) -> list[tuple[int, int]]:
    """For each entry, `_value_offset` and the value's size (0 for an unknown type), in one
    pass: the patch's checks ask both of every entry of every IFD."""
    unpack = _LONG[reader.endian].unpack
    out: list[tuple[int, int]] = []
    for entry in ifd.entries:
        unit = TYPE_SIZES.get(entry.type)
        size = 0 if unit is None else unit * entry.count
        out.append((unpack(entry.value_field)[0] if size > 4 else -1, size))
    return out


_POINTER_TAGS = frozenset({273, 324, 330, 513, TAG_EXIF_IFD, TAG_GPS_IFD, 40965})


def private_tail(reader: TiffReader, ifd0: Ifd, others: list[Ifd] | None = None) -> int | None:
    """IFD0's offset when IFD0 plus its out-of-line values fill the end of the data exactly
    and no other structure lies at or after it; None otherwise (then nothing is dropped).
    `others`: the IFDs linked from IFD0 when the caller has walked them (`_other_ifds`)."""
    start = ifd0.offset
    position = start + 2 + 12 * len(ifd0.entries) + 4
    extents = _extents(reader, ifd0)
    tail_values = sorted((offset, size) for offset, size in extents if offset >= start)
    for offset, size in extents:  # a value before IFD0 that runs into it would lose its end
        if 0 <= offset < start < offset + size:
            return None
    for offset, size in tail_values:
        if offset != position:
            return None
        position = offset + size + (size & 1)
    if position > len(reader.data) + 1 or reader.data[position:].strip(b"\x00"):
        return None  # only zeros may follow: the padding `_append_ifd0` adds
    if others is None:
        others = _other_ifds(reader, ifd0)
    if others is None or (ifd0.next_offset and ifd0.next_offset >= start):
        return None
    for ifd in [ifd0, *others]:
        if ifd is not ifd0 and ifd.offset + 2 + 12 * len(ifd.entries) + 4 > start:
            return None
        spans = extents if ifd is ifd0 else _extents(reader, ifd)
        for entry, (offset, size) in zip(ifd.entries, spans, strict=True):
            pointer = reader.pointer(entry) if entry.tag in _POINTER_TAGS else None
            if pointer is not None and pointer >= start:
                return None
            if ifd is not ifd0 and offset + size > start:
                return None
    return start


def _other_ifds(reader: TiffReader, ifd0: Ifd) -> list[Ifd] | None:
    """The Exif, GPS, Interop and IFD1 (and later) IFDs; None when one cannot be read.

    Only the IFD0 -> IFD1 chain follows next-IFD pointers: the Exif, GPS and Interop sub-IFDs
    have none by the standard, and writers such as piexif leave garbage there, which readers
    (exiftool, exiv2) ignore.
    """
    found = _linked_ifds(reader, ifd0)
    return None if found is None or found[1] else found[0]


def _linked_ifds(reader: TiffReader, ifd0: Ifd) -> tuple[list[Ifd], bool] | None:
    """(the IFDs linked from IFD0, whether a link leads back to IFD0); None when one of them
    cannot be read."""
    probe = TiffReader(reader.data)
    found: list[Ifd] = []
    subs = [reader.pointer(e) for e in ifd0.entries if e.tag in (TAG_EXIF_IFD, TAG_GPS_IFD)]
    queue: list[tuple[int | None, bool]] = [(offset, False) for offset in subs]
    queue.append((ifd0.next_offset or None, True))
    seen = {ifd0.offset}
    loops = False
    while queue:
        offset, chained = queue.pop()
        loops = loops or offset == ifd0.offset
        if offset is None or offset in seen:
            continue
        seen.add(offset)
        ifd = probe.read_ifd(offset, "IFD")
        if ifd is None or probe.warnings or len(seen) > MAX_IFDS:
            return None
        found.append(ifd)
        queue += [(probe.pointer(e), False) for e in ifd.entries if e.tag == 40965]
        if chained:
            queue.append((ifd.next_offset or None, True))
    return found, loops


def _append_ifd0(
    data: bytes,
    endian: str,
    kept: list[IfdEntry],
    added: list[tuple[int, int, int, bytes]],
    next_offset: int,
    reach: int = 0,
) -> bytes:
    """`data` with a new IFD0 (kept entries plus `added` (tag, type, count, value), by tag)
    appended on a word boundary, and the header pointing at it.

    The new IFD0 and what follows it span at least `reach` bytes (zeros added when needed):
    exiftool bounds every IFD linked from IFD0 by the bytes from IFD0 to the end, and reports
    "Short directory size for IFD1" when a long IFD1 (an uncompressed thumbnail's 17 entries)
    is larger than that.
    """
    out = bytearray(data)
    _pad_even(out)
    ifd_offset = len(out)
    count = len(kept) + len(added)
    values_offset = ifd_offset + 2 + 12 * count + 4
    value_area = bytearray()
    rows: list[tuple[int, bytes]] = [(entry.tag, entry.raw) for entry in kept]
    for tag, type_, value_count, value in added:
        if len(value) <= 4:
            field_bytes = value.ljust(4, b"\x00")
        else:
            field_bytes = struct.pack(endian + "I", values_offset + len(value_area))
            value_area += value
            _pad_even(value_area)
        rows.append((tag, struct.pack(endian + "HHI", tag, type_, value_count) + field_bytes))
    rows.sort(key=lambda row: row[0])  # stable: repeated tags keep their order
    table = struct.pack(endian + "H", count) + b"".join(raw for _, raw in rows)
    out += table + struct.pack(endian + "I", next_offset) + value_area
    out += bytes(max(0, ifd_offset + reach - len(out)))
    if len(out) > 0xFFFFFFFF:
        raise FormatError("EXIF block would exceed the 4 GB TIFF offset range")
    out[4:8] = struct.pack(endian + "I", ifd_offset)
    return bytes(out)


__all__ = [
    "EXIF_APP1_HEADER",
    "ExifFields",
    "FIELD_TAGS",
    "TYPE_SIZES",
    "Ifd",
    "IfdEntry",
    "TiffReader",
    "decode_text",
    "private_tail",
    "read_exif",
    "update_exif",
]
