"""TIFF files for writing: our tags set in a new IFD0 appended at the end (formats.exif).

A TIFF file is one TIFF structure, so writing is the EXIF patch applied to the whole file:
ImageDescription, Artist and Copyright as text, XMP in tag 700 (BYTE), IPTC-IIM in tag 33723
(LONG, zero-padded to whole LONGs, as Photoshop writes it, or the type it already had). The old
IFD0, the strips and tiles, sub-IFDs, the EXIF IFD and the MakerNote keep their offsets. A
Photoshop resource block (tag 34377) is rewritten only when it holds an IIM copy or its digest,
so that the two IIM places agree; otherwise it stays as it was (see `_photoshop_for`).

Refused with a clear line: BigTIFF (64-bit offsets) and camera raw files (their makers' tools
and raw converters read structures we do not check).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from captions.errors import FormatError, UnsupportedError
from captions.formats import iptc
from captions.formats.exif import (
    TYPE_SIZES,
    Ifd,
    IfdEntry,
    TiffReader,
    private_tail,
    update_exif,
)

TAG_XMP = 700
TAG_IPTC = 33723
TAG_PHOTOSHOP = 34377
TAG_SUB_IFDS = 330
TAG_DNG_VERSION = 50706
TAG_PHOTOMETRIC = 262
TYPE_BYTE, TYPE_LONG, TYPE_UNDEFINED = 1, 4, 7
OURS = frozenset({270, 315, 33432, TAG_XMP, TAG_IPTC, TAG_PHOTOSHOP})
# PhotometricInterpretation of raw sensor data: CFA (TIFF/EP, DNG) and LinearRaw (DNG).
_RAW_PHOTOMETRIC = frozenset({32803, 34892})


@dataclass(frozen=True)
class TiffFile:
    data: bytes
    reader: TiffReader
    ifd0: Ifd
    xmp: bytes | None
    iim: bytes | None
    photoshop: bytes | None

    def entry(self, tag: int) -> IfdEntry | None:
        return next((e for e in self.ifd0.entries if e.tag == tag), None)

    def kept(self) -> tuple[bytes, bytes, list[tuple[int, int, int, bytes]]]:
        """What a write must not change: the header's byte order and magic, every byte before
        an IFD0 at the very end (which a write replaces), and the tags of IFD0 that are not
        ours with their values (an IFD0 replaced moves the values that followed it; a new
        IFD0 sorts its entries by tag)."""
        end = private_tail(self.reader, self.ifd0) or len(self.data)
        entries = sorted(
            (e.tag, e.type, e.count, self.reader.value_bytes(e, "IFD0") or b"")
            for e in self.ifd0.entries
            if e.tag not in OURS
        )
        return self.data[:4], self.data[8:end], entries

    def same_picture(self, new: TiffFile) -> bool:
        """Whether `new` keeps all this file holds but our tags (zeros may follow the bytes
        kept: the word alignment and next pointers `update_exif` makes explicit)."""
        (head, body, entries), (new_head, new_body, new_entries) = self.kept(), new.kept()
        if head != new_head or entries != new_entries or not new_body.startswith(body):
            return False
        if _other_resources(self.photoshop) != _other_resources(new.photoshop):
            return False
        return not new_body[len(body) :].strip(b"\x00")


def parse(data: bytes) -> TiffFile:
    """Read a TIFF file's IFD0 and the blocks we write; raises FormatError (broken) or
    UnsupportedError (BigTIFF, camera raw) for files we do not write."""
    if data[2:4] in (b"+\x00", b"\x00+"):
        raise UnsupportedError("BigTIFF files are read, never written: captions cannot write them")
    reader = TiffReader(data)
    ifd0 = reader.read_ifd(reader.ifd0_offset, "TIFF IFD0")
    if ifd0 is None or reader.warnings:
        raise FormatError(reader.warnings[0] if reader.warnings else "TIFF IFD0 is unreadable")
    raw = _camera_raw(reader, ifd0)
    if raw is not None:
        raise UnsupportedError(f"camera raw files are never written ({raw})")
    blocks: dict[int, bytes | None] = {}
    for tag in (TAG_XMP, TAG_IPTC, TAG_PHOTOSHOP):
        entries = [e for e in ifd0.entries if e.tag == tag]
        if len(entries) > 1:
            raise FormatError(f"TIFF IFD0 holds tag {tag} {len(entries)} times: not choosing one")
        value = reader.value_bytes(entries[0], "TIFF IFD0") if entries else None
        if entries and value is None:
            raise FormatError(reader.warnings[-1])
        blocks[tag] = value
    return TiffFile(data, reader, ifd0, blocks[TAG_XMP], blocks[TAG_IPTC], blocks[TAG_PHOTOSHOP])


def _camera_raw(reader: TiffReader, ifd0: Ifd) -> str | None:
    """What makes the file a camera raw file, or None."""
    if reader.data[8:10] == b"CR":
        return "Canon CR2"
    tags = {e.tag: e for e in ifd0.entries}
    if TAG_DNG_VERSION in tags:
        return "DNG"
    order: Literal["little", "big"] = "little" if reader.endian == "<" else "big"
    probe = TiffReader(reader.data)
    ifds = [ifd0]
    sub = tags.get(TAG_SUB_IFDS)
    if sub is not None and sub.type in (TYPE_LONG, 13):
        offsets = probe.value_bytes(sub, "SubIFDs") or b""
        for i in range(0, min(len(offsets), 4 * 16), 4):  # a raw file has a few SubIFDs
            found = probe.read_ifd(int.from_bytes(offsets[i : i + 4], order), "SubIFD")
            if found is not None:
                ifds.append(found)
    for ifd in ifds:
        for entry in ifd.entries:
            short = int.from_bytes(entry.value_field[:2], order)
            if entry.tag == TAG_PHOTOMETRIC and entry.type == 3 and short in _RAW_PHOTOMETRIC:
                return "its image is raw sensor data"
    return None


def rebuild(
    tiff: TiffFile,
    values: Mapping[str, str | None],
    *,
    xmp: bytes | None = None,
    iim: bytes | None = None,
) -> bytes:
    """The file with the EXIF text `values`, `xmp` and `iim` written (None: keep as is)."""
    tags: dict[int, tuple[int, bytes] | None] = {}
    if xmp is not None:
        tags[TAG_XMP] = (_kept_type(tiff, TAG_XMP, TYPE_BYTE), xmp)
    if iim is not None:
        kind = _kept_type(tiff, TAG_IPTC, TYPE_LONG)
        stored = iim + bytes(-len(iim) % TYPE_SIZES[kind])
        tags[TAG_IPTC] = (kind, stored)
        irb = None if tiff.photoshop is None else _photoshop_for(tiff.photoshop, stored)
        if irb is not None:
            tags[TAG_PHOTOSHOP] = (_kept_type(tiff, TAG_PHOTOSHOP, TYPE_BYTE), irb)
    return update_exif(tiff.data, values, tags=tags)


def _photoshop_for(stream: bytes, stored: bytes) -> bytes | None:
    """The Photoshop block agreeing with the IIM `stored` in tag 33723, or None to keep it.

    Its digest (0x0425) becomes the MD5 of the tag's value as stored (what exiftool compares);
    an IIM copy (0x0404) it holds becomes that value. A block without either is kept: exiftool
    calls IIM in a TIFF's Photoshop block non-standard, so none is added.
    """
    resources = iptc.parse_8bim(stream)
    ids = {r.id for r in resources if r.signature == b"8BIM"}
    if iptc.IIM_RESOURCE in ids:
        return iptc.update_8bim(stream, stored)
    if iptc.DIGEST_RESOURCE not in ids:
        return None
    digest = iptc.iim_digest(stored)
    out = [
        iptc.build_resource(r.id, digest, r.name)
        if r.id == iptc.DIGEST_RESOURCE and r.signature == b"8BIM"
        else iptc.padded(r)
        for r in resources
    ]
    return b"".join(out) + stream[sum(len(r.raw) for r in resources) :]


def _other_resources(stream: bytes | None) -> list[bytes]:
    """The Photoshop resources other than the IIM copy and its digest, as stored."""
    if stream is None:
        return []
    resources, _ = iptc.parse_8bim_lenient(stream)
    ours = (iptc.IIM_RESOURCE, iptc.DIGEST_RESOURCE)
    return [iptc.padded(r) for r in resources if not (r.id in ours and r.signature == b"8BIM")]


def _kept_type(tiff: TiffFile, tag: int, default: int) -> int:
    entry = tiff.entry(tag)
    if entry is not None and entry.type in (TYPE_BYTE, TYPE_UNDEFINED, TYPE_LONG):
        return entry.type
    return default


__all__ = ["OURS", "TiffFile", "parse", "rebuild"]
