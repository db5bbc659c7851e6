"""PNG, WebP and TIFF files built in code for the writing tests: plain ones, and rich ones that
already hold metadata and chunks or tags nobody knows (which must survive a write)."""

from __future__ import annotations

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


__all__ = [
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
