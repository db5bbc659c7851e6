"""WebP container for writing: RIFF chunks, our `EXIF` and `XMP ` chunks replaced or added.

A WebP is `RIFF` (size) `WEBP`, then chunks (FourCC, little-endian size, data, a pad byte when
the size is odd). A simple file holds one `VP8 ` (lossy) or `VP8L` (lossless) chunk; only the
extended format, which starts with a `VP8X` header, may carry metadata. Writing therefore:

- gives a simple file a `VP8X` header, its canvas size read from the bitstream (and the alpha
  flag from a lossless bitstream's header);
- replaces an `EXIF` or `XMP ` chunk in place, or adds it after the image data where the
  specification places it (EXIF before XMP);
- sets the EXIF and XMP flags of `VP8X` and the RIFF size.

Every other chunk (image, alpha, animation frames, ICC profile, unknown chunks) and any bytes
after the RIFF data are kept byte for byte. A file whose structure is broken is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from captions.errors import FormatError
from captions.formats._binary import o32le, u16le, u32le

VP8X_ICC, VP8X_ALPHA, VP8X_EXIF, VP8X_XMP, VP8X_ANIMATION = 0x20, 0x10, 0x08, 0x04, 0x02
_IMAGE_KINDS = (b"VP8X", b"ICCP", b"ANIM", b"ANMF", b"ALPH", b"VP8 ", b"VP8L")
_MAX_CANVAS = 1 << 24


@dataclass(frozen=True)
class Chunk:
    kind: bytes
    body: bytes
    offset: int  # -1 if new

    def to_bytes(self) -> bytes:
        pad = b"\x00" if len(self.body) & 1 else b""
        return self.kind + o32le(len(self.body)) + self.body + pad


@dataclass(frozen=True)
class WebpFile:
    chunks: tuple[Chunk, ...]
    trailer: bytes  # bytes after the RIFF data
    exif: bytes | None
    xmp: bytes | None

    def kept(self) -> list[bytes]:
        """Every chunk but VP8X, EXIF and XMP, and the trailer: what a write must not change."""
        ours = (b"VP8X", b"EXIF", b"XMP ")
        return [c.to_bytes() for c in self.chunks if c.kind not in ours] + [self.trailer]

    def canvas(self) -> tuple[int, int]:
        """(width, height) from VP8X, or from the bitstream of a simple file."""
        first = self.chunks[0]
        if first.kind == b"VP8X":
            body = first.body
            width = int.from_bytes(body[4:7], "little") + 1
            return width, int.from_bytes(body[7:10], "little") + 1
        return bitstream_size(first)[:2]


def parse(data: bytes) -> WebpFile:
    """Split a WebP file; raises FormatError for anything we would not write back safely."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise FormatError("not a WebP: no RIFF WEBP header at 0x0")
    end = 8 + u32le(data, 4)
    if end > len(data):
        raise FormatError(f"WebP RIFF size {end - 8} overruns the file ({len(data)} bytes)")
    chunks: list[Chunk] = []
    pos = 12
    while pos < end:
        if pos + 8 > end:
            raise FormatError(f"WebP chunk at 0x{pos:X} is cut off")
        kind, length = data[pos : pos + 4], u32le(data, pos + 4)
        stop = pos + 8 + length + (length & 1)
        if stop > end:
            raise FormatError(
                f"WebP chunk {kind!r} at 0x{pos:X} overruns the RIFF data "
                f"(length {length}, {end - pos - 8} bytes left)"
            )
        chunks.append(Chunk(kind, data[pos + 8 : pos + 8 + length], pos))
        pos = stop
    if not chunks or chunks[0].kind not in (b"VP8X", b"VP8 ", b"VP8L"):
        first = chunks[0].kind if chunks else b"nothing"
        raise FormatError(f"WebP starts with {first!r}, not an image or VP8X chunk")
    exif = _single(chunks, b"EXIF")
    if exif is not None:
        exif = exif.removeprefix(b"Exif\0\0")
    found = WebpFile(tuple(chunks), data[end:], exif, _single(chunks, b"XMP "))
    found.canvas()  # a simple file's bitstream must tell its size
    return found


def _single(chunks: list[Chunk], kind: bytes) -> bytes | None:
    found = [c for c in chunks if c.kind == kind]
    if len(found) > 1:
        raise FormatError(f"{len(found)} WebP {kind.decode().strip()} chunks: not choosing one")
    return found[0].body if found else None


def bitstream_size(chunk: Chunk) -> tuple[int, int, bool]:
    """(width, height, alpha) of a `VP8 ` or `VP8L` bitstream; FormatError when unreadable."""
    body, where = chunk.body, f"WebP {chunk.kind.decode()} chunk at 0x{chunk.offset:X}"
    if chunk.kind == b"VP8L":
        if len(body) < 5 or body[0] != 0x2F:
            raise FormatError(f"{where} has no lossless signature")
        bits = u32le(body, 1)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, bool(bits >> 28 & 1)
    if len(body) < 10 or body[3:6] != b"\x9d\x01\x2a" or body[0] & 1:
        raise FormatError(f"{where} is not a VP8 key frame")
    return u16le(body, 6) & 0x3FFF, u16le(body, 8) & 0x3FFF, False


def rebuild(webp: WebpFile, *, exif: bytes | None = None, xmp: bytes | None = None) -> bytes:
    """The file with the given EXIF and XMP written (None: keep as is)."""
    chunks = list(webp.chunks)
    if chunks[0].kind != b"VP8X":
        chunks.insert(0, Chunk(b"VP8X", _new_vp8x(webp), -1))
    for kind, body in ((b"EXIF", exif), (b"XMP ", xmp)):
        if body is None:
            continue
        new = Chunk(kind, body, -1)
        where = [i for i, c in enumerate(chunks) if c.kind == kind]
        if where:
            chunks[where[0]] = new
            continue
        at = max(i for i, c in enumerate(chunks) if c.kind in _IMAGE_KINDS) + 1
        if kind == b"EXIF":
            at = min([at, *(i for i, c in enumerate(chunks) if c.kind == b"XMP ")])
        else:
            at = max([at, *(i + 1 for i, c in enumerate(chunks) if c.kind == b"EXIF")])
        chunks.insert(at, new)
    flags = chunks[0].body[0]
    flags |= VP8X_EXIF if any(c.kind == b"EXIF" for c in chunks) else 0
    flags |= VP8X_XMP if any(c.kind == b"XMP " for c in chunks) else 0
    chunks[0] = Chunk(b"VP8X", bytes([flags]) + chunks[0].body[1:], chunks[0].offset)
    body = b"WEBP" + b"".join(c.to_bytes() for c in chunks)
    return b"RIFF" + o32le(len(body)) + body + webp.trailer


def _new_vp8x(webp: WebpFile) -> bytes:
    width, height, alpha = bitstream_size(webp.chunks[0])
    if not (0 < width <= _MAX_CANVAS and 0 < height <= _MAX_CANVAS):
        raise FormatError(f"WebP bitstream gives a canvas of {width}x{height}")
    flags = VP8X_ALPHA if alpha else 0
    size = (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return bytes([flags, 0, 0, 0]) + size


__all__ = ["Chunk", "WebpFile", "bitstream_size", "parse", "rebuild"]
