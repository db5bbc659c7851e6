"""PNG container for writing: split into chunks, replace the chunks we own, join.

A PNG is the signature, then chunks (length, type, data, CRC) up to IEND, then possibly trailing
bytes. We own three kinds of chunk, recognised by type and keyword:

- EXIF: `eXIf` (TIFF bytes), or the legacy ImageMagick text `Raw profile type exif` / `APP1`;
- XMP: a text chunk with keyword `XML:com.adobe.xmp` (or the legacy `Raw profile type xmp`);
- IPTC: a text chunk `Raw profile type iptc` (or `8bim`) holding a Photoshop resource block (or
  bare IIM), hex-encoded as ImageMagick and exiftool write it.

Writing replaces each owned chunk in place (a legacy EXIF profile becomes an `eXIf` chunk before
the image data) or inserts a new one before the first image chunk (IDAT, or fcTL in an APNG), as
readers expect. Every other chunk, and any bytes after IEND, is joined back exactly as read;
only the chunks we write get new CRCs. A file whose structure or CRCs are broken is refused.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from captions.errors import FormatError
from captions.formats._binary import o32be, u32be
from captions.formats.other import png_text, raw_profile

SIGNATURE = b"\x89PNG\r\n\x1a\n"
XMP_KEYWORD = b"XML:com.adobe.xmp"
IPTC_KEYWORD = b"Raw profile type iptc"
_TEXT_KINDS = (b"tEXt", b"zTXt", b"iTXt")
_PICTURE_KINDS = (b"IDAT", b"fcTL", b"fdAT")  # new chunks go before the first of these
_RAW_PROFILES = {b"exif": "exif", b"app1": "exif", b"xmp": "xmp", b"iptc": "iptc", b"8bim": "iptc"}
_MAX_CHUNK = 0x7FFFFFFF  # the PNG limit on a chunk's length


@dataclass(frozen=True)
class Chunk:
    """One chunk: its type, its data, where it was read (-1 if new) and its bytes as stored."""

    kind: bytes
    body: bytes
    offset: int
    raw: bytes


def make_chunk(kind: bytes, body: bytes) -> Chunk:
    if len(body) > _MAX_CHUNK:
        raise FormatError(f"PNG {kind.decode('latin-1')} chunk of {len(body)} bytes is too long")
    crc = zlib.crc32(kind + body)
    return Chunk(kind, body, -1, o32be(len(body)) + kind + body + o32be(crc))


@dataclass(frozen=True)
class PngFile:
    """The chunks of a PNG up to IEND, the bytes after it, and the metadata we own in it."""

    chunks: tuple[Chunk, ...]
    trailer: bytes
    owners: dict[str, int] = field(default_factory=dict)  # exif | xmp | iptc -> chunk index
    exif: bytes | None = None
    xmp: bytes | None = None
    iim: bytes | None = None  # bare IIM in the IPTC profile
    photoshop: bytes | None = None  # a Photoshop resource block in the IPTC profile

    def kept(self) -> list[bytes]:
        """Every chunk we do not own, as stored, and the trailer: what a write must not change."""
        owned = set(self.owners.values())
        return [c.raw for i, c in enumerate(self.chunks) if i not in owned] + [self.trailer]


def parse(data: bytes) -> PngFile:
    """Split a PNG and find its metadata chunks; raises FormatError for anything we would not
    write back safely (broken structure, a bad CRC, two chunks of one kind of metadata)."""
    if not data.startswith(SIGNATURE):
        raise FormatError("not a PNG: no signature at 0x0")
    chunks: list[Chunk] = []
    pos = len(SIGNATURE)
    while True:
        chunk = _chunk_at(data, pos)
        chunks.append(chunk)
        pos += len(chunk.raw)
        if chunk.kind == b"IEND":
            break
    if chunks[0].kind != b"IHDR":
        raise FormatError(f"PNG starts with a {chunks[0].kind!r} chunk, not IHDR")
    if not any(c.kind == b"IDAT" for c in chunks):
        raise FormatError("PNG has no IDAT chunk: no picture")
    owners: dict[str, int] = {}
    blocks: dict[str, bytes] = {}
    for index, chunk in enumerate(chunks):
        owned = _owned(chunk)
        if owned is None:
            continue
        kind, raw = owned
        if kind in owners:
            raise FormatError(
                f"two PNG chunks hold {kind.upper()} (at 0x{chunks[owners[kind]].offset:X} and "
                f"0x{chunk.offset:X}): not choosing one"
            )
        owners[kind] = index
        if kind == "iptc":
            kind = "iim" if raw[:1] == b"\x1c" else "photoshop"
        blocks[kind] = raw
    return PngFile(tuple(chunks), data[pos:], owners, **blocks)


def _chunk_at(data: bytes, pos: int) -> Chunk:
    if pos + 12 > len(data):
        raise FormatError(f"PNG chunk at 0x{pos:X} is cut off: the file ends before IEND")
    length, kind = u32be(data, pos), data[pos + 4 : pos + 8]
    name = f"PNG chunk {kind.decode('latin-1')!r} at 0x{pos:X}"
    if length > _MAX_CHUNK or pos + 12 + length > len(data):
        raise FormatError(
            f"{name} overruns the file (length {length}, {len(data) - pos - 12} bytes left)"
        )
    body = data[pos + 8 : pos + 8 + length]
    if u32be(data, pos + 8 + length) != zlib.crc32(kind + body):
        raise FormatError(f"{name} has a bad CRC")
    return Chunk(kind, body, pos, data[pos : pos + 12 + length])


def _owned(chunk: Chunk) -> tuple[str, bytes] | None:
    """(exif | xmp | iptc, the block) when the chunk holds metadata we write, else None."""
    where = f"PNG {chunk.kind.decode('latin-1')} chunk at 0x{chunk.offset:X}"
    if chunk.kind == b"eXIf":
        return "exif", chunk.body.removeprefix(b"Exif\x00\x00")
    if chunk.kind not in _TEXT_KINDS:
        return None
    keyword = chunk.body.partition(b"\x00")[0]
    if keyword == XMP_KEYWORD:
        return "xmp", png_text(chunk.kind, chunk.body, where)[1]
    if not keyword.lower().startswith(b"raw profile type "):
        return None
    kind = _RAW_PROFILES.get(keyword[len(b"raw profile type ") :].lower())
    if kind is None:
        return None
    raw = raw_profile(png_text(chunk.kind, chunk.body, where)[1], where)
    prefix = {"exif": b"Exif\x00\x00", "iptc": b"Photoshop 3.0\x00"}.get(kind, b"")
    return kind, raw.removeprefix(prefix)


def rebuild(
    png: PngFile,
    *,
    exif: bytes | None = None,
    xmp: bytes | None = None,
    photoshop: bytes | None = None,
) -> bytes:
    """The file with the given blocks written (None: keep as is). `photoshop` is a Photoshop
    resource block, stored in the IPTC profile."""
    chunks: list[Chunk | None] = list(png.chunks)
    new: list[Chunk] = []
    if exif is not None:
        chunk = make_chunk(b"eXIf", exif)
        index = png.owners.get("exif")
        if index is not None and png.chunks[index].kind == b"eXIf":
            chunks[index] = chunk
        else:  # none yet, or a legacy text profile: an eXIf chunk before the image data
            if index is not None:
                chunks[index] = None
            new.append(chunk)
    if xmp is not None:
        _put(chunks, new, png.owners.get("xmp"), make_chunk(b"iTXt", _itxt(XMP_KEYWORD, xmp)))
    if photoshop is not None:
        index = png.owners.get("iptc")
        keyword = IPTC_KEYWORD if index is None else png.chunks[index].body.partition(b"\0")[0]
        text = zlib.compress(profile_text(b"iptc", photoshop), 9)
        _put(chunks, new, index, make_chunk(b"zTXt", keyword + b"\x00\x00" + text))
    at = next(i for i, c in enumerate(png.chunks) if c.kind in _PICTURE_KINDS)
    kept = [c.raw for c in chunks[:at] if c is not None]
    kept += [c.raw for c in new] + [c.raw for c in chunks[at:] if c is not None]
    return b"".join((SIGNATURE, *kept, png.trailer))


def _put(chunks: list[Chunk | None], new: list[Chunk], index: int | None, chunk: Chunk) -> None:
    if index is None:
        new.append(chunk)
    else:
        chunks[index] = chunk


def _itxt(keyword: bytes, text: bytes) -> bytes:
    """An uncompressed iTXt body: keyword, compression flag and method, no language, no
    translated keyword (as exiftool writes XMP)."""
    return keyword + b"\x00\x00\x00\x00\x00" + text


def profile_text(name: bytes, data: bytes) -> bytes:
    """An ImageMagick raw profile: name, length, hex in lines of 72 digits (as exiftool)."""
    lines = [data[i : i + 36].hex().encode() for i in range(0, len(data), 36)]
    return b"\n%s profile\n%8d\n" % (name, len(data)) + b"".join(line + b"\n" for line in lines)


__all__ = ["Chunk", "IPTC_KEYWORD", "PngFile", "XMP_KEYWORD", "make_chunk", "parse", "rebuild"]
