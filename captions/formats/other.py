"""Metadata blocks of non-JPEG containers (reading only): PNG, WebP, TIFF, HEIC/AVIF, PSD, JXL, GIF.

Each reader walks the container's own structure, checks every length against the data and hands
back the raw EXIF (TIFF-structured), XMP, IIM and Photoshop bytes it found; decoding them is the
job of exif.py, xmp.py and iptc.py. A broken container raises FormatError naming the structure and
the offset; a broken or unusual block inside a sound container is a warning. Writing PNG, WebP
and TIFF is done by png.py, webp.py and tiff.py, which parse strictly (they refuse what this
reader only warns about).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from captions.errors import FormatError
from captions.formats._binary import u32be, u32le
from captions.formats.exif import TiffReader
from captions.formats.iptc import parse_8bim_lenient

MAX_INFLATED_BYTES = 16 * 1024 * 1024
"""A compressed text chunk may not inflate beyond this (zip bombs)."""

XMP_KEYWORD = b"XML:com.adobe.xmp"
TIFF_TAG_XMP = 700
TIFF_TAG_IPTC = 33723
TIFF_TAG_PHOTOSHOP = 34377
PSD_IIM, PSD_EXIF, PSD_XMP = 0x0404, 0x0422, 0x0424


@dataclass(frozen=True)
class Blocks:
    """The raw metadata blocks of one file."""

    exif: bytes | None
    xmp: bytes | None
    iim: bytes | None
    photoshop: bytes | None
    warnings: tuple[str, ...]


@dataclass
class _Found:
    """Blocks collected while walking a container; the first of each kind wins."""

    exif: bytes | None = None
    xmp: bytes | None = None
    iim: bytes | None = None
    photoshop: bytes | None = None
    warnings: list[str] = field(default_factory=list)

    def add(self, kind: str, data: bytes, where: str) -> None:
        if getattr(self, kind) is not None:
            self.warnings.append(f"second {kind} block in {where} ignored")
            return
        setattr(self, kind, data)

    def add_exif(self, data: bytes, where: str) -> None:
        if data.startswith(b"Exif\x00\x00"):
            data = data[6:]
        self.add("exif", data, where)

    def blocks(self) -> Blocks:
        return Blocks(self.exif, self.xmp, self.iim, self.photoshop, tuple(self.warnings))


def read_blocks(data: bytes, fmt: str) -> Blocks:
    """The EXIF, XMP, IIM and Photoshop blocks of `data`, a `fmt` file (from detect_format)."""
    reader = _READERS.get(fmt)
    found = _Found()
    if reader is None:
        found.warnings.append(f"reading metadata from {fmt} files is not supported")
        return found.blocks()
    try:
        reader(data, found)
    except (struct.error, IndexError) as exc:  # a bounds check we missed: still our error
        raise FormatError(f"{fmt} structure is malformed ({exc})") from None
    return found.blocks()


# --- PNG ------------------------------------------------------------------------------------


def _png_chunks(data: bytes, found: _Found) -> Iterator[tuple[bytes, int, bytes]]:
    """(type, offset, data) of each chunk up to IEND; CRCs are not checked."""
    pos = 8
    while pos < len(data):
        if pos + 8 > len(data):
            raise FormatError(f"PNG chunk header at 0x{pos:X} is cut off")
        length, kind = u32be(data, pos), data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end - 4 <= len(data) < end:  # only the CRC is missing: the file was cut there
            found.warnings.append(f"PNG chunk {kind!r} at 0x{pos:X} has no CRC; file cut off")
            yield kind, pos, data[pos + 8 : pos + 8 + length]
            return
        if end > len(data):
            raise FormatError(
                f"PNG chunk {kind!r} at 0x{pos:X} overruns the file "
                f"(length {length}, {len(data) - pos - 8} bytes left)"
            )
        yield kind, pos, data[pos + 8 : pos + 8 + length]
        if kind == b"IEND":
            return
        pos = end


def inflate(data: bytes, where: str) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_INFLATED_BYTES)
    except zlib.error as exc:
        raise FormatError(f"{where} does not inflate: {exc}") from None
    if inflater.unconsumed_tail:
        raise FormatError(f"{where} inflates beyond {MAX_INFLATED_BYTES} bytes")
    return out


def png_text(kind: bytes, body: bytes, where: str) -> tuple[bytes, bytes]:
    """(keyword, text bytes) of a tEXt, zTXt or iTXt chunk."""
    keyword, sep, rest = body.partition(b"\x00")
    if not sep:
        raise FormatError(f"{where} has no keyword terminator")
    if kind == b"tEXt":
        return keyword, rest
    if kind == b"zTXt":
        return keyword, inflate(rest[1:], where)
    if len(rest) < 2:
        raise FormatError(f"{where} is cut off")
    compressed = rest[0] == 1
    fields = rest[2:].split(b"\x00", 2)
    if len(fields) < 3:
        raise FormatError(f"{where} is cut off")
    text = fields[2]
    return keyword, inflate(text, where) if compressed else text


def raw_profile(text: bytes, where: str) -> bytes:
    """The bytes of an ImageMagick `Raw profile type X` text: name, decimal length, hex."""
    lines = text.strip().split(b"\n", 2)
    if len(lines) < 3 or not lines[1].strip().isdigit():
        raise FormatError(f"{where} is not an ImageMagick raw profile")
    length = int(lines[1])
    digits = b"".join(lines[2].split())
    try:
        raw = bytes.fromhex(digits.decode("ascii"))
    except ValueError:
        raise FormatError(f"{where} holds bad hex digits") from None
    if len(raw) < length:
        raise FormatError(f"{where} declares {length} bytes but holds {len(raw)}")
    return raw[:length]


def _read_png(data: bytes, found: _Found) -> None:
    for kind, pos, body in _png_chunks(data, found):
        where = f"PNG {kind.decode('latin-1')} chunk at 0x{pos:X}"
        if kind == b"eXIf":
            found.add_exif(body, where)
        elif kind in (b"tEXt", b"zTXt", b"iTXt"):
            try:
                keyword, text = png_text(kind, body, where)
                _png_keyword(keyword, text, where, found)
            except FormatError as exc:
                found.warnings.append(str(exc))


def _png_keyword(keyword: bytes, text: bytes, where: str, found: _Found) -> None:
    if keyword == XMP_KEYWORD:
        found.add("xmp", text, where)
        return
    if not keyword.lower().startswith(b"raw profile type "):
        return
    profile = keyword[len(b"raw profile type ") :].lower()
    raw = raw_profile(text, where)
    if profile in (b"exif", b"app1"):
        found.add_exif(raw, where)
    elif profile == b"xmp":
        found.add("xmp", raw, where)
    elif profile in (b"iptc", b"8bim"):
        _iptc_or_photoshop(raw, where, found)


def _iptc_or_photoshop(raw: bytes, where: str, found: _Found) -> None:
    """A block that is either bare IIM or a Photoshop resource block holding it."""
    if raw.startswith(b"Photoshop 3.0\x00"):
        raw = raw[14:]
    if raw[:1] == b"\x1c":
        found.add("iim", raw, where)
        return
    found.add("photoshop", raw, where)
    resources, problem = parse_8bim_lenient(raw)
    if problem:
        found.warnings.append(f"{where}: {problem}")
    for resource in resources:
        if resource.id == PSD_IIM:
            found.add("iim", resource.data, where)


# --- WebP, JXL, ISO BMFF ----------------------------------------------------------------------


def _read_webp(data: bytes, found: _Found) -> None:
    if len(data) < 12:
        raise FormatError("WebP RIFF header at 0x0 is cut off")
    end = min(len(data), 8 + u32le(data, 4))
    pos = 12
    while pos + 8 <= end:
        kind, length = data[pos : pos + 4], u32le(data, pos + 4)
        if pos + 8 + length > end:
            raise FormatError(
                f"WebP chunk {kind!r} at 0x{pos:X} overruns the file "
                f"(length {length}, {end - pos - 8} bytes left)"
            )
        body = data[pos + 8 : pos + 8 + length]
        where = f"WebP {kind.decode('latin-1')} chunk at 0x{pos:X}"
        if kind == b"EXIF":
            found.add_exif(body, where)
        elif kind == b"XMP ":
            found.add("xmp", body, where)
        pos += 8 + length + (length & 1)


def _boxes(data: bytes, start: int, end: int, where: str) -> Iterator[tuple[bytes, int, int]]:
    """(type, content start, content end) of each ISO BMFF box between start and end."""
    pos = start
    while pos + 8 <= end:
        size, kind, header = u32be(data, pos), data[pos + 4 : pos + 8], 8
        if size == 1:
            if pos + 16 > end:
                raise FormatError(f"{where} box {kind!r} at 0x{pos:X} is cut off")
            size, header = (u32be(data, pos + 8) << 32) | u32be(data, pos + 12), 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise FormatError(
                f"{where} box {kind!r} at 0x{pos:X} overruns its parent "
                f"(size {size}, {end - pos} bytes left)"
            )
        yield kind, pos + header, pos + size
        pos += size


def _exif_item(body: bytes, where: str) -> bytes:
    """An `Exif` item or box: a 4-byte offset to the TIFF header, then the TIFF data."""
    if len(body) < 4:
        raise FormatError(f"{where} is cut off")
    skip = 4 + u32be(body, 0)
    if skip > len(body):
        raise FormatError(f"{where} points past its end (offset {skip - 4})")
    return body[skip:]


def _read_jxl(data: bytes, found: _Found) -> None:
    if data.startswith(b"\xff\x0a"):
        return  # a bare codestream has no metadata boxes
    for kind, start, end in _boxes(data, 0, len(data), "JXL"):
        where = f"JXL {kind.decode('latin-1')} box at 0x{start:X}"
        if kind == b"Exif":
            found.add_exif(_exif_item(data[start:end], where), where)
        elif kind == b"xml ":
            found.add("xmp", data[start:end], where)
        elif kind == b"brob" and data[start : start + 4] in (b"Exif", b"xml "):
            found.warnings.append(f"{where} is Brotli-compressed metadata; not read")


def _read_heif(data: bytes, found: _Found) -> None:
    for kind, start, end in _boxes(data, 0, len(data), "HEIF"):
        if kind == b"meta":
            _read_heif_meta(data, start + 4, end, found)
            return
    found.warnings.append("HEIF file has no meta box")


def _full_box(data: bytes, start: int, end: int, what: str) -> int:
    if start + 4 > end:
        raise FormatError(f"HEIF {what} box at 0x{start:X} is cut off")
    return data[start]


def _read_heif_meta(data: bytes, start: int, end: int, found: _Found) -> None:
    types: dict[int, tuple[bytes, bytes]] = {}
    locations: dict[int, list[_Extent]] = {}
    idat: tuple[int, int] = (0, 0)
    for kind, box_start, box_end in _boxes(data, start, end, "HEIF meta"):
        if kind == b"iinf":
            types = _heif_item_types(data, box_start, box_end)
        elif kind == b"iloc":
            locations = _heif_locations(data, box_start, box_end)
        elif kind == b"idat":
            idat = (box_start, box_end)
    for item_id, (item_type, content_type) in sorted(types.items()):
        is_exif = item_type == b"Exif"
        is_xmp = item_type == b"mime" and content_type.startswith(b"application/rdf+xml")
        if not (is_exif or is_xmp):
            continue
        where = f"HEIF {'Exif' if is_exif else 'XMP'} item {item_id}"
        body = _heif_item_data(data, locations.get(item_id), idat, where)
        if body is None:
            found.warnings.append(f"{where} has no readable location")
        elif is_exif:
            found.add_exif(_exif_item(body, where), where)
        else:
            found.add("xmp", body, where)


def _heif_item_types(data: bytes, start: int, end: int) -> dict[int, tuple[bytes, bytes]]:
    version = _full_box(data, start, end, "iinf")
    first = start + (6 if version == 0 else 8)
    types: dict[int, tuple[bytes, bytes]] = {}
    for kind, box_start, box_end in _boxes(data, first, end, "HEIF iinf"):
        if kind != b"infe" or _full_box(data, box_start, box_end, "infe") < 2:
            continue
        cursor = _Cursor(data, box_start + 4, box_end, "HEIF infe")
        item_id = cursor.read(4 if data[box_start] >= 3 else 2)
        cursor.read(2)  # protection index
        pos = cursor.pos
        item_type = data[pos : pos + 4]
        name_end = data.find(b"\x00", pos + 4, box_end)
        content_type = b""
        if name_end >= 0:
            content_type = data[name_end + 1 : box_end].split(b"\x00", 1)[0]
        types[item_id] = (item_type, content_type)
    return types


_Extent = tuple[int, int, int]  # construction method, offset, length


def _heif_locations(data: bytes, start: int, end: int) -> dict[int, list[_Extent]]:
    """item id -> [(construction method, offset, length)] of the iloc box."""
    version = _full_box(data, start, end, "iloc")
    reader = _Cursor(data, start + 4, end, "HEIF iloc")
    sizes = reader.read(2)
    offset_size, length_size = sizes >> 12, (sizes >> 8) & 15
    base_size, index_size = (sizes >> 4) & 15, sizes & 15 if version in (1, 2) else 0
    count = reader.read(2 if version < 2 else 4)
    locations: dict[int, list[_Extent]] = {}
    for _ in range(count):
        item_id = reader.read(2 if version < 2 else 4)
        method = reader.read(2) & 15 if version in (1, 2) else 0
        reader.read(2)  # data reference index
        base = reader.read(base_size)
        extents = []
        for _ in range(reader.read(2)):
            reader.read(index_size)
            offset, length = reader.read(offset_size), reader.read(length_size)
            extents.append((method, base + offset, length))
        locations[item_id] = extents
    return locations


@dataclass
class _Cursor:
    """Reads big-endian integers of 0, 1, 2, 4 or 8 bytes within [pos, end)."""

    data: bytes
    pos: int
    end: int
    where: str

    def read(self, size: int) -> int:
        if size not in (0, 1, 2, 4, 8):
            raise FormatError(f"{self.where} at 0x{self.pos:X} uses a {size}-byte field")
        if self.pos + size > self.end:
            raise FormatError(f"{self.where} at 0x{self.pos:X} is cut off")
        value = int.from_bytes(self.data[self.pos : self.pos + size], "big")
        self.pos += size
        return value


def _heif_item_data(
    data: bytes, extents: list[_Extent] | None, idat: tuple[int, int], where: str
) -> bytes | None:
    if not extents:
        return None
    parts = []
    for method, offset, length in extents:
        if method == 0:
            begin, limit = offset, len(data)
        elif method == 1:
            begin, limit = idat[0] + offset, idat[1]
        else:
            return None
        stop = limit if length == 0 else begin + length
        if begin > limit or stop > limit:
            raise FormatError(f"{where} extent at 0x{begin:X} overruns the file ({length} bytes)")
        parts.append(data[begin:stop])
    return b"".join(parts)


# --- TIFF, PSD, GIF -------------------------------------------------------------------------


def _read_tiff(data: bytes, found: _Found) -> None:
    if data[2:4] in (b"+\x00", b"\x00+"):
        found.warnings.append("BigTIFF metadata is not read")
        return
    reader = TiffReader(data)
    found.exif = data
    ifd0 = reader.read_ifd(reader.ifd0_offset, "TIFF IFD0")
    for entry in () if ifd0 is None else ifd0.entries:
        kind = {TIFF_TAG_XMP: "xmp", TIFF_TAG_IPTC: "iim", TIFF_TAG_PHOTOSHOP: "photoshop"}.get(
            entry.tag
        )
        if kind is None:
            continue
        value = reader.value_bytes(entry, f"TIFF tag {entry.tag}")
        if value is not None:
            found.add(kind, value, f"TIFF tag {entry.tag}")
    found.warnings.extend(reader.warnings)


def _read_psd(data: bytes, found: _Found) -> None:
    if len(data) < 30:
        raise FormatError("PSD header at 0x0 is cut off")
    pos = 26 + 4 + u32be(data, 26)  # skip the colour mode data section
    if pos + 4 > len(data):
        raise FormatError(f"PSD image resources section at 0x{pos:X} is outside the file")
    length = u32be(data, pos)
    if pos + 4 + length > len(data):
        raise FormatError(
            f"PSD image resources section at 0x{pos:X} overruns the file "
            f"(length {length}, {len(data) - pos - 4} bytes left)"
        )
    section = data[pos + 4 : pos + 4 + length]
    found.photoshop = section
    resources, problem = parse_8bim_lenient(section)
    if problem:
        found.warnings.append(f"PSD image resources: {problem}")
    for resource in resources:
        where = f"PSD resource 0x{resource.id:04X}"
        if resource.id == PSD_IIM:
            found.add("iim", resource.data, where)
        elif resource.id == PSD_EXIF:
            found.add_exif(resource.data, where)
        elif resource.id == PSD_XMP:
            found.add("xmp", resource.data, where)


def _read_gif(data: bytes, found: _Found) -> None:
    """XMP from the `XMP DataXMP` application extension (its packet is stored unblocked)."""
    if len(data) < 13:
        raise FormatError("GIF header at 0x0 is cut off")
    pos = 13 + (3 << ((data[10] & 7) + 1) if data[10] & 0x80 else 0)
    while pos < len(data):
        block = data[pos]
        if block == 0x3B:
            return
        if block in (0x21, 0x2C) and pos + 10 > len(data):
            raise FormatError(f"GIF block at 0x{pos:X} is cut off")
        if block == 0x21:
            if data[pos + 1] == 0xFF and data[pos + 2 : pos + 14] == b"\x0bXMP DataXMP":
                _gif_xmp(data, pos + 14, found)
            pos = _skip_sub_blocks(data, pos + 2)
        elif block == 0x2C:
            flags = data[pos + 9]
            pos += 10 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0) + 1
            pos = _skip_sub_blocks(data, pos)
        else:
            raise FormatError(f"GIF block at 0x{pos:X} has unknown introducer 0x{block:02X}")


def _gif_xmp(data: bytes, start: int, found: _Found) -> None:
    end = data.find(b"<?xpacket end", start)
    close = data.find(b"?>", end) if end >= 0 else -1
    if close < 0:
        found.warnings.append(f"GIF XMP extension at 0x{start:X} has no packet end")
        return
    found.add("xmp", data[start : close + 2], f"GIF XMP extension at 0x{start:X}")


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    while True:
        if pos >= len(data):
            raise FormatError(f"GIF data sub-block at 0x{pos:X} is cut off")
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos


_READERS: dict[str, Callable[[bytes, _Found], None]] = {
    "png": _read_png,
    "webp": _read_webp,
    "tiff": _read_tiff,
    "heic": _read_heif,
    "avif": _read_heif,
    "cr3": _read_heif,
    "jxl": _read_jxl,
    "psd": _read_psd,
    "gif": _read_gif,
}

__all__ = ["Blocks", "inflate", "png_text", "raw_profile", "read_blocks"]
