"""JPEG container: split into segments up to SOS, keep everything from SOS on byte for byte, join.

A JPEG is SOI, then marker segments (APPn, DQT, SOF, DHT, ...), then SOS and the entropy-coded
scan data, then EOI and possibly trailing bytes. We only ever look at and rewrite the segments
before SOS; the rest is copied as one opaque block. Payloads are recognised by their prefix:
`Exif\\0\\0` (APP1), the XMP namespace URI (APP1), the extended-XMP URI (APP1) and
`Photoshop 3.0\\0` (APP13). Only those we own are replaced or inserted; every other segment,
including fill bytes before a marker, is joined back exactly as it was read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO, NamedTuple

from captions.errors import FormatError, WriteError
from captions.formats import afcp
from captions.formats._binary import o16be, u16be
from captions.formats.spliced import Spliced

SOI = b"\xff\xd8"
SOS = 0xDA
EOI = 0xD9
APP0 = 0xE0
APP1 = 0xE1
APP13 = 0xED

EXIF_PREFIX = b"Exif\x00\x00"
XMP_PREFIX = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXTENSION_PREFIX = b"http://ns.adobe.com/xmp/extension/\x00"
PHOTOSHOP_PREFIX = b"Photoshop 3.0\x00"

MAX_PAYLOAD = 0xFFFF - 2
"""The largest payload one segment can carry (its length field counts itself)."""

# Markers without a length field (TEM and the restart markers).
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
# Markers whose segment has a length field and may come before SOS.
_PLAIN_MARKERS = frozenset(set(range(0x02, 0xFF)) - _STANDALONE - {SOS, EOI, 0xD8})

MARKER_NAMES: dict[int, str] = {
    0x01: "TEM",
    0xC4: "DHT",
    0xC8: "JPG",
    0xCC: "DAC",
    0xD8: "SOI",
    0xD9: "EOI",
    0xDA: "SOS",
    0xDB: "DQT",
    0xDC: "DNL",
    0xDD: "DRI",
    0xDE: "DHP",
    0xDF: "EXP",
    0xFE: "COM",
    **{0xC0 + n: f"SOF{n}" for n in range(16) if n not in (4, 8, 12)},
    **{0xD0 + n: f"RST{n}" for n in range(8)},
    **{0xE0 + n: f"APP{n}" for n in range(16)},
    **{0xF0 + n: f"JPG{n}" for n in range(14)},
}

INITIAL_READ = 128 * 1024
"""Bytes `read_header` reads at first by default (callers that want only the header read
HEADER_READ)."""
HEADER_READ = 32 * 1024
"""Bytes read at first when only the header is wanted: 87% of the 161 JPEG headers of
../shared/corpus/real fit (median 7.4 KB, 95th percentile 39 KB; the generated benchmark
corpora's are 8-13 KB light and 14-37 KB heavy), the rest take a second read. Against 64 KB
this saves 6-7 us a file on both generated corpora (the copy out of the page cache), and a
buffer under glibc's 128 KB mmap threshold is reused instead of being mapped for every file."""


def marker_name(marker: int) -> str:
    return MARKER_NAMES.get(marker, f"marker 0x{marker:02X}")


class Segment(NamedTuple):
    """One marker segment before SOS. `offset` is where its marker was read (-1 if new)."""

    marker: int
    payload: bytes
    offset: int = -1
    fill: bytes = b""  # extra 0xFF fill bytes that preceded the marker, kept for a lossless join

    @property
    def name(self) -> str:
        return marker_name(self.marker)

    @property
    def kind(self) -> str:
        """What the payload is: exif, xmp, xmp-extension, photoshop or other."""
        if self.marker == APP1:
            if self.payload.startswith(EXIF_PREFIX):
                return "exif"
            if self.payload.startswith(XMP_PREFIX):
                return "xmp"
            if self.payload.startswith(XMP_EXTENSION_PREFIX):
                return "xmp-extension"
        elif self.marker == APP13 and self.payload.startswith(PHOTOSHOP_PREFIX):
            return "photoshop"
        return "other"

    def to_bytes(self) -> bytes:
        head = self.fill + bytes((0xFF, self.marker))
        if self.marker in _STANDALONE:
            return head
        return head + o16be(len(self.payload) + 2) + self.payload


class JpegHeader(NamedTuple):
    """The segments between SOI and SOS, and where the scan (kept byte for byte) starts."""

    segments: tuple[Segment, ...]
    scan_offset: int  # -1 when the structure is broken before SOS (see `problem`)
    problem: str | None = None

    def of_kind(self, kind: str) -> list[Segment]:
        return [s for s in self.segments if s.kind == kind]


class _NeedMore(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def split(data: bytes, file_size: int | None = None, *, lenient: bool = False) -> JpegHeader:
    """Parse the segments of a JPEG held (at least up to SOS) in `data`.

    `file_size` is the size of the whole file when `data` is only its head; a segment that runs
    past the head but not past the file is reported to `read_header` so it can read more.
    With `lenient`, a broken structure after SOI ends the parse: the header holds the segments
    read so far and `problem` says what stopped it (such a header is never written back).
    """
    size = len(data) if file_size is None else file_size
    if not data.startswith(SOI):
        raise FormatError("not a JPEG: no SOI marker at 0x0")
    segments: list[Segment] = []
    try:
        scan_offset = _parse(data, size, segments)
    except FormatError as exc:
        if not lenient:
            raise
        return JpegHeader(tuple(segments), -1, str(exc))
    return JpegHeader(tuple(segments), scan_offset)


_SOS_PEEK = 5  # what `_check_sos` reads past the header: the marker, its length, components


def split_spliced(new: Spliced) -> JpegHeader:
    """`split` of the file that `new` describes, reading only its head and the first bytes
    after it; raises FormatError unless the head ends exactly where SOS begins (the rest is then
    the scan, which a writer checks by comparing it, not by parsing it)."""
    end = len(new.head)
    try:
        header = split(new.first(end + _SOS_PEEK), new.size)
    except _NeedMore:
        header = JpegHeader((), -1)
    if header.scan_offset != end:
        raise FormatError(f"the new header does not end at SOS (0x{end:X})")
    return header


def _parse(data: bytes, size: int, segments: list[Segment]) -> int:
    """Append the segments before SOS to `segments`; return the offset of SOS."""
    pos = 2
    held = min(len(data), size)
    while True:
        start = pos
        # The usual segment first: a marker with no fill bytes whose whole length is held.
        # Anything else (fill, SOS, a standalone marker, a bad or cut length) takes the checks.
        if pos + 4 <= held and data[pos] == 0xFF and data[pos + 1] in _PLAIN_MARKERS:
            end = pos + 2 + ((data[pos + 2] << 8) | data[pos + 3])
            if pos + 4 <= end <= held:
                segments.append(Segment(data[pos + 1], data[pos + 4 : end], pos, b""))
                pos = end
                continue
        marker, marker_off, fill, pos = _next_marker(data, size, pos)
        if marker == SOS:
            _check_sos(data, size, pos, marker_off)
            return start
        if marker in _STANDALONE:
            segments.append(Segment(marker, b"", marker_off, fill))
            continue
        name = f"{marker_name(marker)} at 0x{marker_off:X}"
        _need(data, size, pos + 2, name)
        length = u16be(data, pos)
        if length < 2:
            raise FormatError(f"{name} has an invalid length {length}")
        end = pos + length
        if end > size:
            raise FormatError(
                f"{name} overruns the file (length {length}, {size - pos} bytes left)"
            )
        _need(data, size, end, name)
        segments.append(Segment(marker, data[pos + 2 : end], marker_off, fill))
        pos = end


def _check_sos(data: bytes, size: int, pos: int, marker_off: int) -> None:
    """Refuse a scan header that cannot start a picture: its length must fit its component
    count (6 + 2 per component, 1 to 4 components) and the file."""
    name = f"SOS at 0x{marker_off:X}"
    if pos + 3 > size:
        raise FormatError(f"{name} is cut off: the file ends at 0x{size:X}, no picture follows")
    _need(data, size, pos + 3, name)
    length, components = u16be(data, pos), data[pos + 2]
    if not 1 <= components <= 4 or length != 6 + 2 * components:
        raise FormatError(
            f"{name} has an invalid header (length {length}, {components} components): "
            "no decodable picture"
        )
    if pos + length > size:
        raise FormatError(f"{name} is cut off: the file ends at 0x{size:X}")


def _next_marker(data: bytes, size: int, pos: int) -> tuple[int, int, bytes, int]:
    """(marker, offset of its 0xFF, fill bytes before it, position after the marker)."""
    start = pos
    _need(data, size, pos + 1, f"JPEG segment at 0x{pos:X}")
    if data[pos] != 0xFF:
        raise FormatError(f"expected a JPEG marker at 0x{pos:X}, found byte 0x{data[pos]:02X}")
    while True:
        _need(data, size, pos + 2, f"JPEG marker at 0x{pos:X}")
        if data[pos + 1] != 0xFF:
            break
        pos += 1
    marker = data[pos + 1]
    if marker == EOI:
        raise FormatError(f"EOI at 0x{pos:X} before any image data (no SOS marker)")
    if marker in (0x00, 0xD8):
        raise FormatError(f"unexpected {marker_name(marker)} byte 0x{marker:02X} at 0x{pos + 1:X}")
    return marker, pos, data[start:pos], pos + 2


def _need(data: bytes, size: int, end: int, what: str) -> None:
    if end <= len(data):
        return
    if end > size:
        raise FormatError(f"{what} is cut off: the file ends at 0x{size:X} before SOS")
    raise _NeedMore(end)


def read_header(
    stream: BinaryIO,
    file_size: int,
    head: bytes = b"",
    *,
    lenient: bool = False,
    initial: int = INITIAL_READ,
) -> tuple[JpegHeader, bytes]:
    """Parse the header of a JPEG file without reading its scan data (in a few large reads of
    at least `initial` bytes).

    Returns the header and the bytes read so far (at least everything before SOS).
    """
    data = head
    if len(data) < min(initial, file_size):
        stream.seek(len(data))
        data += stream.read(initial - len(data))
    while True:
        try:
            return split(data, file_size, lenient=lenient), data
        except _NeedMore as more:
            stream.seek(len(data))
            extra = stream.read(max(more.size - len(data), initial))
            if not extra:
                raise FormatError(f"file shrank while reading at 0x{len(data):X}") from None
            data += extra


def join(header: JpegHeader, segments: tuple[Segment, ...], original: bytes) -> bytes:
    """SOI + `segments` + everything from the original SOS marker on, byte for byte (but for the
    absolute offsets of an AFCP trailer, moved with the new header size: see `tail_as_joined`).
    """
    return join_spliced(header, segments, original).joined()  # the scan copied once, here


def join_spliced(header: JpegHeader, segments: tuple[Segment, ...], original: bytes) -> Spliced:
    """What `join` makes, in two pieces: the new header, then the original from SOS on (not
    copied; an AFCP trailer whose offsets move makes a new tail)."""
    if header.problem is not None:
        raise WriteError(f"cannot rebuild a broken JPEG: {header.problem}")
    head = b"".join([SOI, *(s.to_bytes() for s in segments)])
    tail = tail_as_joined(original, header.scan_offset, len(head))
    if isinstance(tail, memoryview):
        return Spliced(head, original, header.scan_offset)
    return Spliced(head, tail, 0)


def tail_as_joined(original: bytes, scan_offset: int, new_scan_offset: int) -> bytes | memoryview:
    """Everything from SOS on, as `join` writes it after a header that now ends elsewhere.

    Byte for byte, except an AFCP trailer at the end of the file: its offsets are absolute, so
    they move with the header (raises FormatError when they cannot be trusted to).
    """
    tail = memoryview(original)[scan_offset:]
    delta = new_scan_offset - scan_offset
    if delta and afcp.present(tail):
        return afcp.shift(tail, scan_offset, delta)
    return tail


# JPEG segments that carry metadata, not pictures: APP0..APP15 and COM.
_METADATA_MARKERS = frozenset(range(0xE0, 0xF0)) | {0xFE}
_PICTURE_HEAD = 64 * 1024
_PICTURE_TAIL = 4 * 1024


def picture_digest(header: JpegHeader, head: bytes, stream: BinaryIO, size: int) -> str | None:
    """SHA-256 of a JPEG's coding segments, its scan length and the scan's first 64 KB and last
    4 KB: the same for two copies of one picture with other metadata, and two pictures almost
    never share the first 64 KB of their scans. Nothing is decoded. (SHA-256 rather than
    BLAKE2: processors hash it in hardware, 34 against 50 microseconds for the 68 KB.)

    `head` is what `read_header` read (usually the scan's first 64 KB already); the rest is read
    from the open `stream` of `size` bytes. None when the structure stops before SOS.
    """
    import hashlib  # lazy (start-up, issue 16): only the audit asks; OpenSSL's start is 2 ms

    start = header.scan_offset
    if start < 0:
        return None
    digest = hashlib.sha256()
    for segment in header.segments:
        if segment.marker not in _METADATA_MARKERS:
            digest.update(segment.to_bytes())
    digest.update(str(size - start).encode())
    digest.update(_file_bytes(head, stream, start, min(start + _PICTURE_HEAD, size)))
    digest.update(_file_bytes(head, stream, max(start, size - _PICTURE_TAIL), size))
    return digest.hexdigest()[:32]


def _file_bytes(head: bytes, stream: BinaryIO, start: int, end: int) -> bytes | memoryview:
    if end <= len(head):
        return memoryview(head)[start:end]
    stream.seek(start)
    return stream.read(end - start)


class Blocks(NamedTuple):
    """The metadata payloads of a JPEG header, without their prefixes."""

    exif: bytes | None  # all Exif APP1 payloads joined: a later one may continue the first
    exif_segments: int
    xmp: bytes | None
    photoshop: bytes | None  # the 8BIM stream of all Photoshop APP13 segments joined in order
    extended_xmp: bool
    duplicates: tuple[str, ...]  # e.g. "2 Exif APP1 segments"
    photoshop_parts: tuple[bytes, ...] = ()  # each APP13 segment's 8BIM bytes, in order


def blocks(header: JpegHeader) -> Blocks:
    found: dict[str, list[Segment]] = {"exif": [], "xmp": [], "photoshop": [], "xmp-extension": []}
    for segment in header.segments:  # each segment's kind worked out once, not once a kind
        if segment.marker in _METADATA_MARKERS:
            same = found.get(segment.kind)
            if same is not None:
                same.append(segment)
    exif, xmp, photoshop = found["exif"], found["xmp"], found["photoshop"]
    duplicates = [
        f"{len(found)} {label} segments"
        for found, label in ((exif, "Exif APP1"), (xmp, "standard XMP APP1"))
        if len(found) > 1
    ]
    if len(photoshop) > 1:
        duplicates.append(f"{len(photoshop)} Photoshop APP13 segments")
    parts = tuple(s.payload[len(PHOTOSHOP_PREFIX) :] for s in photoshop)
    return Blocks(
        exif=b"".join(s.payload[len(EXIF_PREFIX) :] for s in exif) if exif else None,
        exif_segments=len(exif),
        xmp=xmp[0].payload[len(XMP_PREFIX) :] if xmp else None,
        photoshop=b"".join(parts) if photoshop else None,
        extended_xmp=bool(found["xmp-extension"]),
        duplicates=tuple(duplicates),
        photoshop_parts=parts,
    )


def with_blocks(
    header: JpegHeader,
    *,
    exif: bytes | None = None,
    xmp: bytes | None = None,
    photoshop: bytes | Sequence[bytes] | None = None,
) -> tuple[Segment, ...]:
    """The header's segments with the given blocks replaced or inserted (None: keep as is).

    The first segment of a kind is replaced in place. `photoshop` is either one 8BIM stream,
    which replaces all APP13 Photoshop segments (it was read from all of them), or one stream
    per existing Photoshop segment (see `formats.photoshop.rewrite`): each goes in place of its
    segment, cut into as many segments as it needs, and an empty one drops its segment. New
    segments go where readers expect them: Exif right after SOI/APP0, XMP after Exif,
    Photoshop after the Exif/XMP segments.
    """
    segments = list(header.segments)
    if exif is not None:
        _put(segments, APP1, "exif", _payload(EXIF_PREFIX, exif, "Exif"), _after_app0(segments))
    if xmp is not None:
        packet = _payload(XMP_PREFIX, fit_xmp(xmp), "XMP")
        found = [i for i, s in enumerate(segments) if s.kind == "exif"]
        _put(segments, APP1, "xmp", packet, found[0] + 1 if found else _after_app0(segments))
    if photoshop is not None:
        _put_photoshop(segments, photoshop)
    return tuple(segments)


def _payload(prefix: bytes, body: bytes, label: str) -> bytes:
    payload = prefix + body
    if len(payload) > MAX_PAYLOAD:
        raise WriteError(
            f"{label} block of {len(body)} bytes does not fit in one JPEG segment "
            f"(limit {MAX_PAYLOAD - len(prefix)})"
        )
    return payload


def fit_xmp(packet: bytes) -> bytes:
    """Drop the packet's whitespace padding if that is what keeps it out of one APP1 segment."""
    if len(XMP_PREFIX) + len(packet) <= MAX_PAYLOAD:
        return packet
    end = packet.rfind(b"<?xpacket end")
    if end < 0:
        return packet
    body = packet[:end].rstrip(b" \t\r\n")
    return body + b"\n" + packet[end:]


def _after_app0(segments: list[Segment]) -> int:
    i = 0
    while i < len(segments) and segments[i].marker == APP0:
        i += 1
    return i


def _put(segments: list[Segment], marker: int, kind: str, payload: bytes, at: int) -> None:
    for i, segment in enumerate(segments):
        if segment.kind == kind:
            segments[i] = segment._replace(payload=payload)
            return
    segments.insert(at, Segment(marker, payload))


def _put_photoshop(segments: list[Segment], streams: bytes | Sequence[bytes]) -> None:
    found = [i for i, s in enumerate(segments) if s.kind == "photoshop"]
    if isinstance(streams, bytes):
        streams = [streams, *[b""] * (len(found) - 1)]
    if not found:
        ours = [i for i, s in enumerate(segments) if s.kind in ("exif", "xmp")]
        at = ours[-1] + 1 if ours else _after_app0(segments)
        segments[at:at] = _photoshop_segments(b"".join(streams))
        return
    if len(streams) != len(found):
        raise WriteError(f"{len(streams)} Photoshop streams for {len(found)} APP13 segments")
    for i, stream in reversed(list(zip(found, streams, strict=True))):
        new = _photoshop_segments(stream) if stream else []
        if new:
            new[0] = segments[i]._replace(payload=new[0].payload)
        segments[i : i + 1] = new


def _photoshop_segments(stream: bytes) -> list[Segment]:
    step = MAX_PAYLOAD - len(PHOTOSHOP_PREFIX)
    chunks = [stream[i : i + step] for i in range(0, len(stream), step)] or [b""]
    return [Segment(APP13, PHOTOSHOP_PREFIX + chunk) for chunk in chunks]


__all__ = [
    "APP1",
    "APP13",
    "EXIF_PREFIX",
    "HEADER_READ",
    "INITIAL_READ",
    "MARKER_NAMES",
    "MAX_PAYLOAD",
    "PHOTOSHOP_PREFIX",
    "XMP_EXTENSION_PREFIX",
    "XMP_PREFIX",
    "Blocks",
    "JpegHeader",
    "Segment",
    "blocks",
    "fit_xmp",
    "join",
    "join_spliced",
    "marker_name",
    "picture_digest",
    "read_header",
    "split",
    "split_spliced",
    "tail_as_joined",
    "with_blocks",
]
