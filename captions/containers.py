"""The writable containers: each one's metadata blocks in, new file bytes out.

`open_container(data, fmt)` parses a file strictly (a file we cannot parse is never written) and
gives its undecoded blocks (`RawBlocks`) to the write plan in `captions.metadata`, which decides
what changes; `rebuild` then puts the changed blocks back the container's own way, and
`same_picture` tells the check before the rename whether everything else is byte for byte
what it was:

    jpeg  segments before SOS replaced, the scan kept byte for byte   (formats.jpeg)
    png   eXIf / iTXt XMP / zTXt IPTC chunks replaced or inserted    (formats.png)
    webp  EXIF / XMP chunks, the VP8X header made or updated          (formats.webp)
    tiff  a new IFD0 appended, strips, tiles and sub-IFDs never move  (formats.tiff)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, Protocol

from captions.errors import FormatError, UnsupportedError
from captions.formats import jpeg, photoshop
from captions.formats._binary import o16le, o32le
from captions.formats.exif import update_exif
from captions.formats.spliced import Spliced, as_spliced

WRITABLE_FORMATS = frozenset({"jpeg", "png", "webp", "tiff"})
IIM_FORMATS = frozenset({"jpeg", "png", "tiff"})  # WebP has no place for IPTC-IIM

_READ_ONLY = {
    "heic": "HEIC",
    "avif": "AVIF",
    "jxl": "JPEG XL",
    "cr3": "CR3 camera raw",
    "psd": "PSD",
    "gif": "GIF",
    "bmp": "BMP",
}


class RawBlocks(NamedTuple):
    """The undecoded metadata blocks of one file."""

    exif: bytes | None = None
    exif_segments: int = 0
    xmp: bytes | None = None
    photoshop: bytes | None = None
    photoshop_parts: tuple[bytes, ...] = ()  # the 8BIM bytes of each APP13 segment
    iim: bytes | None = None  # IIM stored outside a Photoshop block (PNG, TIFF)
    extended_xmp: bool = False
    duplicates: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


class Changes(NamedTuple):
    """What the write plan changes; None keeps a block as it is."""

    exif: Mapping[str, str | None] | None = None  # EXIF text fields (caption, byline, copyright)
    xmp: bytes | None = None  # the new XMP packet
    photoshop: list[bytes] | None = None  # new 8BIM streams, one per part read (photoshop.rewrite)
    iim: bytes | None = None  # the new IIM (also inside `photoshop`)

    def any(self) -> bool:
        return any(v is not None for v in (self.exif, self.xmp, self.photoshop, self.iim))


class Container(Protocol):
    @property
    def raw(self) -> RawBlocks: ...

    @property
    def holds_iim(self) -> bool: ...  # False: the format has no place for IPTC-IIM (WebP)

    def rebuild(self, changes: Changes) -> bytes: ...

    def rebuild_spliced(self, changes: Changes) -> Spliced: ...  # `rebuild`, maybe unjoined

    def same_picture(self, new: Container) -> bool: ...


def writable(fmt: str) -> None:
    """Raise UnsupportedError with the reason when files of `fmt` are not written."""
    if fmt in WRITABLE_FORMATS:
        return
    name = _READ_ONLY.get(fmt, fmt.upper())
    raise UnsupportedError(f"{name} files are read, never written: captions cannot write {name}")


def open_container(data: bytes | Spliced, fmt: str) -> Container:
    """The container of a `fmt` file (from detect_format), parsed strictly (FormatError).

    A JPEG given as `Spliced` (new bytes, just written) has only its head parsed: the rest must
    end up compared with the original's scan (`same_picture`)."""
    writable(fmt)
    if fmt == "jpeg":
        return JpegContainer(data)
    if isinstance(data, Spliced):
        data = data.joined()
    if fmt == "png":
        return PngContainer(data)
    if fmt == "webp":
        return WebpContainer(data)
    return TiffContainer(data)


def new_exif(raw: RawBlocks, values: Mapping[str, str | None], *, jpeg_tags: bool = False) -> bytes:
    """The file's EXIF block with `values` set; a new block when it has none (holding the IFD0
    tags EXIF requires in a JPEG with `jpeg_tags`, else only the values)."""
    if raw.exif_segments > 1:
        raise FormatError(f"{raw.exif_segments} Exif APP1 segments: not patching them")
    if raw.exif is None:
        return update_exif(new_tiff() if jpeg_tags else None, values)
    return update_exif(raw.exif, values)


def new_tiff() -> bytes:
    """A minimal EXIF block holding the IFD0 tags that EXIF requires in a JPEG.

    XResolution and YResolution 72/1, ResolutionUnit inches, YCbCrPositioning centred.
    """
    entries = [
        (0x011A, 5, 1, o32le(62)),
        (0x011B, 5, 1, o32le(70)),
        (0x0128, 3, 1, o16le(2) + b"\x00\x00"),
        (0x0213, 3, 1, o16le(1) + b"\x00\x00"),
    ]
    ifd = o16le(len(entries)) + b"".join(
        o16le(tag) + o16le(kind) + o32le(count) + value for tag, kind, count, value in entries
    )
    return b"II*\x00" + o32le(8) + ifd + o32le(0) + (o32le(72) + o32le(1)) * 2


# --- JPEG -------------------------------------------------------------------------------------


def jpeg_raw(header: jpeg.JpegHeader) -> RawBlocks:
    found = jpeg.blocks(header)
    warnings = () if header.problem is None else (f"JPEG structure: {header.problem}",)
    duplicates = found.duplicates
    if len(found.photoshop_parts) > 1:  # say whether it is one block split, or several blocks
        label = f"{len(found.photoshop_parts)} Photoshop APP13 segments"
        described = photoshop.describe(found.photoshop_parts)
        duplicates = tuple(described if d == label else d for d in duplicates)
    return RawBlocks(
        exif=found.exif,
        exif_segments=found.exif_segments,
        xmp=found.xmp,
        photoshop=found.photoshop,
        photoshop_parts=found.photoshop_parts,
        extended_xmp=found.extended_xmp,
        duplicates=duplicates,
        warnings=warnings,
    )


def _split(data: bytes) -> tuple[jpeg.JpegHeader, RawBlocks]:
    """`jpeg.split` of a whole file and its blocks, kept for the last bytes object split."""
    global _last_split
    last = _last_split
    if last is not None and last[0] is data:
        return last[1], last[2]
    header = jpeg.split(data)
    raw = jpeg_raw(header)
    if type(data) is bytes:  # immutable: the same object always holds the same bytes
        _last_split = (data, header, raw)
    return header, raw


# The last original split: a write splits it when it plans and again when it checks the new
# file against it (the same bytes object). Both are immutable, so the check still splits the
# original's own bytes, never takes the plan's word for where its scan starts. Kept alive here
# so that `is` cannot match another object at a reused address (one file's bytes, until the
# next split).
_last_split: tuple[bytes, jpeg.JpegHeader, RawBlocks] | None = None


class JpegContainer:
    holds_iim = True

    def __init__(self, data: bytes | Spliced) -> None:
        self.bytes = as_spliced(data)
        if isinstance(data, Spliced):
            self.header = jpeg.split_spliced(data)
            self.raw = jpeg_raw(self.header)
        else:
            self.header, self.raw = _split(data)

    @property
    def data(self) -> bytes:
        return self.bytes.joined()  # a file read whole: itself, not a copy

    def rebuild(self, changes: Changes) -> bytes:
        return self.rebuild_spliced(changes).joined()

    def rebuild_spliced(self, changes: Changes) -> Spliced:
        """The new file: the new header, then the original's scan, not copied."""
        if not changes.any():
            return self.bytes
        exif = None
        if changes.exif is not None:
            exif = new_exif(self.raw, changes.exif, jpeg_tags=True)
        segments = jpeg.with_blocks(
            self.header, exif=exif, xmp=changes.xmp, photoshop=changes.photoshop
        )
        _check_mpf(self.header.segments, segments)
        return jpeg.join_spliced(self.header, segments, self.data)

    def same_picture(self, new: Container) -> bool:
        """The scan (and an AFCP trailer, its offsets moved with the header) is unchanged:
        compared in place, wherever the new file's bytes are held."""
        if not isinstance(new, JpegContainer):
            return False
        offset = new.header.scan_offset
        scan = jpeg.tail_as_joined(self.data, self.header.scan_offset, offset)
        kept = new.bytes
        if (
            isinstance(scan, memoryview)  # the original's bytes as they are (no AFCP shift)
            and kept.source is self.data
            and kept.kept_from == self.header.scan_offset
            and len(kept.head) == offset
        ):
            return True  # the very same bytes object from the very same offset: equal, uncompared
        return kept.size - offset == len(scan) and kept.matches(offset, scan)


def _check_mpf(old: tuple[jpeg.Segment, ...], new: tuple[jpeg.Segment, ...]) -> None:
    """Refuse a change after an MPF segment: its image offsets count from that segment."""

    def after_mpf(segments: tuple[jpeg.Segment, ...]) -> int | None:
        for i, segment in enumerate(segments):
            if segment.marker == 0xE2 and segment.payload.startswith(b"MPF\x00"):
                return sum(len(s.to_bytes()) for s in segments[i + 1 :])
        return None

    if after_mpf(old) != after_mpf(new):
        raise FormatError("a metadata block after the MPF segment would move its images")


# --- PNG --------------------------------------------------------------------------------------


class PngContainer:
    holds_iim = True

    def __init__(self, data: bytes) -> None:
        from captions.formats import png  # only when a PNG is written: not on the JPEG path

        self.data = data
        self.png = png.parse(data)
        found = self.png
        self.raw = RawBlocks(
            exif=found.exif,
            xmp=found.xmp,
            photoshop=found.photoshop,
            photoshop_parts=() if found.photoshop is None else (found.photoshop,),
            iim=found.iim,
        )

    def rebuild(self, changes: Changes) -> bytes:
        if not changes.any():
            return self.data
        exif = None if changes.exif is None else new_exif(self.raw, changes.exif)
        irb = None if changes.photoshop is None else b"".join(changes.photoshop)
        from captions.formats import png  # lazy: only when a PNG is written

        return png.rebuild(self.png, exif=exif, xmp=changes.xmp, photoshop=irb)

    def rebuild_spliced(self, changes: Changes) -> Spliced:
        return Spliced(b"", self.rebuild(changes))

    def same_picture(self, new: Container) -> bool:
        return isinstance(new, PngContainer) and new.png.kept() == self.png.kept()


# --- WebP -------------------------------------------------------------------------------------


class WebpContainer:
    """EXIF and XMP only: WebP has no place for IPTC-IIM (exiftool and exiv2 agree)."""

    holds_iim = False

    def __init__(self, data: bytes) -> None:
        from captions.formats import webp  # only when a WebP is written: not on the JPEG path

        self.data = data
        self.webp = webp.parse(data)
        self.raw = RawBlocks(exif=self.webp.exif, xmp=self.webp.xmp)

    def rebuild(self, changes: Changes) -> bytes:
        if changes.exif is None and changes.xmp is None:
            return self.data
        from captions.formats import webp  # lazy: only when a WebP is written

        exif = None if changes.exif is None else new_exif(self.raw, changes.exif)
        return webp.rebuild(self.webp, exif=exif, xmp=changes.xmp)

    def rebuild_spliced(self, changes: Changes) -> Spliced:
        return Spliced(b"", self.rebuild(changes))

    def same_picture(self, new: Container) -> bool:
        if not isinstance(new, WebpContainer):
            return False
        return new.webp.kept() == self.webp.kept() and new.webp.canvas() == self.webp.canvas()


# --- TIFF -------------------------------------------------------------------------------------


class TiffContainer:
    """The whole file is the EXIF block: our tags go into a new IFD0 appended at its end."""

    holds_iim = True

    def __init__(self, data: bytes) -> None:
        from captions.formats import tiff  # only when a TIFF is written: not on the JPEG path

        self.data = data
        self.tiff = tiff.parse(data)
        irb = self.tiff.photoshop
        self.raw = RawBlocks(
            exif=data,
            xmp=self.tiff.xmp,
            photoshop=irb,
            photoshop_parts=() if irb is None else (irb,),
            iim=self.tiff.iim,
        )

    def rebuild(self, changes: Changes) -> bytes:
        if not changes.any():
            return self.data
        from captions.formats import tiff  # lazy: only when a TIFF is written

        return tiff.rebuild(self.tiff, changes.exif or {}, xmp=changes.xmp, iim=changes.iim)

    def rebuild_spliced(self, changes: Changes) -> Spliced:
        return Spliced(b"", self.rebuild(changes))

    def same_picture(self, new: Container) -> bool:
        return isinstance(new, TiffContainer) and self.tiff.same_picture(new.tiff)


__all__ = [
    "IIM_FORMATS",
    "WRITABLE_FORMATS",
    "Changes",
    "Container",
    "JpegContainer",
    "PngContainer",
    "WebpContainer",
    "RawBlocks",
    "TiffContainer",
    "jpeg_raw",
    "new_exif",
    "new_tiff",
    "open_container",
    "writable",
]
