"""PNG, WebP and TIFF files built in code for the writing tests: plain ones, and rich ones that
already hold metadata and chunks or tags nobody knows (which must survive a write)."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib

from engine_fixtures import iim_dataset, resource
from PIL import Image, ImageCms

UNKNOWN_CHUNK = b"prVt"  # a private, ancillary, safe-to-copy PNG chunk type
UNKNOWN_CHUNK_BODY = b"private data kept byte for byte"
UNKNOWN_8BIM_BODY = b"a resource we do not own"
OLD_XMP = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
    b' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    b' xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
    b"<xmp:CreatorTool>Invented Editor 3</xmp:CreatorTool>"
    b'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Old words</rdf:li></rdf:Alt>'
    b"</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)
OLD_IIM = iim_dataset(2, 0, b"\x00\x04") + iim_dataset(2, 120, b"Old words")
OLD_PHOTOSHOP = resource(0x0404, OLD_IIM) + resource(0x0FA0, UNKNOWN_8BIM_BODY)


def picture(mode: str = "RGBA", size: tuple[int, int] = (24, 16)) -> Image.Image:
    image = Image.new(mode, size)
    image.putdata(
        [
            (x * 9 % 256, y * 13 % 256, (x * y) % 256, 200)[: len(mode)]
            for y in range(size[1])
            for x in range(size[0])
        ]
    )
    return image


def srgb_icc() -> bytes:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return bytes(profile.tobytes())


def old_tiff(order: str = "II") -> bytes:
    """A small EXIF block with a Make tag and an old caption."""
    pack = "<" if order == "II" else ">"
    entries = [(270, b"Old words\x00"), (271, b"Acme cam\x00")]
    out = bytearray(order.encode() + struct.pack(pack + "HI", 42, 8))
    values_at = 8 + 2 + 12 * len(entries) + 4
    table, area = bytearray(struct.pack(pack + "H", len(entries))), bytearray()
    for tag, value in entries:
        table += struct.pack(pack + "HHII", tag, 2, len(value), values_at + len(area))
        area += value + b"\x00" * (len(value) % 2)
    return bytes(out + table + struct.pack(pack + "I", 0) + area)


# --- PNG ----------------------------------------------------------------------------------------


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, whole chunk bytes) of every chunk, parsed independently of captions."""
    pos, found = 8, []
    while pos < len(data):
        length = struct.unpack_from(">I", data, pos)[0]
        found.append((data[pos + 4 : pos + 8], data[pos : pos + 12 + length]))
        pos += 12 + length
    return found


def raw_profile(name: bytes, data: bytes) -> bytes:
    """An ImageMagick raw profile text, as ImageMagick writes it."""
    digits = data.hex().encode()
    lines = b"\n".join(digits[i : i + 72] for i in range(0, len(digits), 72))
    return b"\n%s\n%8d\n%s\n" % (name, len(data), lines)


def make_png(*, rich: bool = False, legacy_exif: bool = False) -> bytes:
    """A Pillow PNG (RGBA, ICC profile, a tEXt comment) with a private chunk before IDAT and a
    tEXt after it; `rich` adds eXIf, iTXt XMP and a zTXt IPTC profile holding a Photoshop
    block with a resource we do not own; `legacy_exif` an EXIF raw profile instead of eXIf."""
    out = io.BytesIO()
    picture().save(out, "PNG", icc_profile=srgb_icc())
    chunks = png_chunks(out.getvalue())
    extra = [png_chunk(UNKNOWN_CHUNK, UNKNOWN_CHUNK_BODY), png_chunk(b"tEXt", b"Comment\0kept")]
    if rich:
        extra.append(png_chunk(b"eXIf", old_tiff("MM")))
        extra.append(png_chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0" + OLD_XMP))
        text = zlib.compress(raw_profile(b"IPTC profile", OLD_PHOTOSHOP))
        extra.append(png_chunk(b"zTXt", b"Raw profile type iptc\0\0" + text))
    if legacy_exif:
        text = zlib.compress(raw_profile(b"exif", b"Exif\0\0" + old_tiff()))
        extra.append(png_chunk(b"zTXt", b"Raw profile type exif\0\0" + text))
    at = next(i for i, (kind, _) in enumerate(chunks) if kind == b"IDAT")
    after = png_chunk(b"tEXt", b"Software\0after the picture")
    parts = [raw for _, raw in chunks[:at]] + extra + [raw for _, raw in chunks[at:-1]]
    return out.getvalue()[:8] + b"".join(parts) + after + chunks[-1][1]


# --- WebP ---------------------------------------------------------------------------------------


UNKNOWN_WEBP_CHUNK = b"prVt" + struct.pack("<I", 5) + b"kept!\x00"  # odd size: padded


def webp_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(FourCC, whole chunk bytes with padding) of every chunk, parsed independently."""
    pos, found = 12, []
    end = 8 + struct.unpack_from("<I", data, 4)[0]
    while pos < end:
        length = struct.unpack_from("<I", data, pos + 4)[0]
        stop = pos + 8 + length + (length & 1)
        found.append((data[pos : pos + 4], data[pos:stop]))
        pos = stop
    return found


def riff(chunks: list[bytes]) -> bytes:
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def make_webp(kind: str = "lossless") -> bytes:
    """A Pillow WebP: `lossless` (simple VP8L with alpha), `lossy` (simple VP8), `rich`
    (extended: ICC, EXIF, XMP and an unknown chunk) or `animated` (two frames)."""
    out = io.BytesIO()
    image = picture()
    if kind == "lossless":
        image.save(out, "WEBP", lossless=True)
    elif kind == "lossy":
        image.convert("RGB").save(out, "WEBP", quality=90)
    elif kind == "animated":
        second = picture().transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        image.save(out, "WEBP", save_all=True, append_images=[second], lossless=True, duration=90)
    else:
        image.save(
            out, "WEBP", lossless=True, icc_profile=srgb_icc(), exif=b"Exif\0\0" + old_tiff()
        )
        chunks = [raw for _, raw in webp_chunks(out.getvalue())]
        xmp = b"XMP " + struct.pack("<I", len(OLD_XMP)) + OLD_XMP + b"\0" * (len(OLD_XMP) & 1)
        vp8x = bytearray(chunks[0])
        vp8x[8] |= 0x04  # the XMP flag
        return riff([bytes(vp8x), *chunks[1:], xmp, UNKNOWN_WEBP_CHUNK])
    return out.getvalue()


# --- TIFF ---------------------------------------------------------------------------------------

UNKNOWN_TAG = 0xEADB  # a private tag nobody knows: must survive
UNKNOWN_TAG_VALUE = b"private tag kept\x00"


def make_tiff(order: str = "II", *, rich: bool = False, pages: int = 1) -> bytes:
    """An uncompressed RGB TIFF built by hand (strips, an Exif IFD, a private tag), in either
    byte order; `rich` adds XMP (700), IPTC (33723, LONG) and a Photoshop block (34377) with
    a digest and a resource we do not own; `pages` > 1 chains more IFDs after IFD0."""
    e = "<" if order == "II" else ">"
    width, height = 24, 16
    pixels = picture("RGB", (width, height)).tobytes()
    out = bytearray(order.encode() + struct.pack(e + "HI", 42, 0))
    strips = []
    for _ in range(pages):
        strips.append(len(out))
        out += pixels
    exif_at = len(out)
    out += _ifd(e, [(0x9000, 7, b"0231"), (0xA420, 2, b"unique-id-kept\x00")], len(out))
    ifds: list[int] = []
    for page in range(pages):
        entries: list[tuple[int, int, bytes]] = [
            (256, 3, struct.pack(e + "H", width)),
            (257, 3, struct.pack(e + "H", height)),
            (258, 3, struct.pack(e + "HHH", 8, 8, 8)),
            (259, 3, struct.pack(e + "H", 1)),
            (262, 3, struct.pack(e + "H", 2)),
            (273, 4, struct.pack(e + "I", strips[page])),
            (277, 3, struct.pack(e + "H", 3)),
            (278, 3, struct.pack(e + "H", height)),
            (279, 4, struct.pack(e + "I", len(pixels))),
            (282, 5, struct.pack(e + "II", 72, 1)),
            (283, 5, struct.pack(e + "II", 72, 1)),
            (296, 3, struct.pack(e + "H", 2)),
            (UNKNOWN_TAG, 2, UNKNOWN_TAG_VALUE),
        ]
        if page == 0:
            entries += [(270, 2, b"Old words\x00"), (271, 2, b"Acme cam\x00")]
            entries.append((34665, 4, struct.pack(e + "I", exif_at)))
            if rich:
                stored = OLD_IIM + bytes(-len(OLD_IIM) % 4)
                digest = hashlib.md5(stored).digest()
                irb = resource(0x0425, digest) + resource(0x0FA0, UNKNOWN_8BIM_BODY)
                entries += [(700, 1, OLD_XMP), (33723, 4, stored), (34377, 1, irb)]
        out += b"\x00" * (len(out) % 2)
        ifds.append(len(out))
        out += _ifd(e, entries, len(out))
    struct.pack_into(e + "I", out, 4, ifds[0])
    for here, after in zip(ifds, ifds[1:], strict=False):
        count = struct.unpack_from(e + "H", out, here)[0]
        struct.pack_into(e + "I", out, here + 2 + 12 * count, after)
    return bytes(out)


_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1}


def _ifd(e: str, entries: list[tuple[int, int, bytes]], at: int) -> bytes:
    """An IFD at offset `at`, entries sorted, values that do not fit after the table."""
    entries = sorted(entries)
    values_at = at + 2 + 12 * len(entries) + 4
    table, area = bytearray(struct.pack(e + "H", len(entries))), bytearray()
    for tag, kind, value in entries:
        count = len(value) // _TYPE_SIZES[kind]
        if len(value) <= 4:
            table += struct.pack(e + "HHI", tag, kind, count) + value.ljust(4, b"\x00")
        else:
            table += struct.pack(e + "HHII", tag, kind, count, values_at + len(area))
            area += value + b"\x00" * (len(value) % 2)
    return bytes(table + struct.pack(e + "I", 0) + area)


def pillow_tiff(compression: str = "tiff_lzw") -> bytes:
    """A TIFF as Pillow and libtiff write it (IFD0 after the image data)."""
    out = io.BytesIO()
    picture("RGB").save(out, "TIFF", compression=compression)
    return out.getvalue()


__all__ = [
    "UNKNOWN_TAG",
    "UNKNOWN_TAG_VALUE",
    "make_tiff",
    "pillow_tiff",
    "UNKNOWN_WEBP_CHUNK",
    "make_webp",
    "riff",
    "webp_chunks",
    "OLD_PHOTOSHOP",
    "OLD_XMP",
    "UNKNOWN_8BIM_BODY",
    "UNKNOWN_CHUNK",
    "UNKNOWN_CHUNK_BODY",
    "make_png",
    "old_tiff",
    "picture",
    "png_chunk",
    "png_chunks",
    "raw_profile",
    "srgb_icc",
]
