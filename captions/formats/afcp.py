"""AFCP trailers (AXS File Concatenation Protocol): metadata appended after a JPEG's EOI.

The trailer is a header (`AXS!` big-endian or `AXS*` little-endian, version, entry count,
checksum), a directory of 12-byte entries (4-byte tag, size, **absolute** file offset of the
data), the data, and a 12-byte end record (`AXS!`/`AXS*`, absolute offset of the header,
checksum). Its offsets count from the start of the file, so a write that changes the size of
the JPEG header moves the trailer away from them; `shift` moves them along (exiftool does the
same when it rewrites such a file). We never read the trailer's own metadata (IIM mostly).
"""

from __future__ import annotations

import struct
from typing import NamedTuple

from captions.errors import FormatError

_END = 12
_ENTRY = 12
_MARKS = {b"AXS!": ">", b"AXS*": "<"}


def present(tail: bytes | memoryview) -> bool:
    """Whether the bytes end with an AFCP end record."""
    return len(tail) >= _END and bytes(tail[-_END : -_END + 4]) in _MARKS


class _Trailer(NamedTuple):
    order: str
    start: int  # index of the AFCP header in the tail
    offset_fields: tuple[int, ...]  # indexes in the tail of every absolute offset


def _locate(tail: bytes | memoryview, base: int) -> _Trailer:
    """The trailer at the end of `tail`, whose first byte is at file offset `base`."""
    mark = bytes(tail[-_END : -_END + 4])
    order = _MARKS[mark]
    end_record = len(tail) - _END
    (stored,) = struct.unpack_from(order + "I", tail, end_record + 4)
    start = stored - base
    where = f"AFCP trailer (header said to be at 0x{stored:X})"
    if not 0 <= start <= end_record - _END or bytes(tail[start : start + 4]) != mark:
        raise FormatError(f"{where}: its offsets do not match the file; not writing")
    (count,) = struct.unpack_from(order + "H", tail, start + 6)
    directory = start + _END
    if directory + count * _ENTRY > end_record:
        raise FormatError(f"{where}: its directory overruns the trailer; not writing")
    fields = [end_record + 4]
    for index in range(count):
        entry = directory + index * _ENTRY
        size, offset = struct.unpack_from(order + "II", tail, entry + 4)
        if offset < base or offset - base + size > len(tail):
            raise FormatError(
                f"{where}: entry {index} points at 0x{offset:X} (size {size}), outside the "
                "data after the JPEG header; not writing"
            )
        fields.append(entry + 8)
    return _Trailer(order, start, tuple(fields))


def shift(tail: bytes | memoryview, base: int, delta: int) -> bytes:
    """`tail` (the file from offset `base` on) with every AFCP offset moved by `delta`.

    Raises FormatError when the trailer is inconsistent, so that the write is refused rather
    than leaving offsets that point at the wrong bytes.
    """
    trailer = _locate(tail, base)
    out = bytearray(tail)
    for field in trailer.offset_fields:
        (value,) = struct.unpack_from(trailer.order + "I", out, field)
        if not 0 <= value + delta <= 0xFFFFFFFF:
            raise FormatError(f"AFCP offset 0x{value:X} cannot move by {delta}; not writing")
        struct.pack_into(trailer.order + "I", out, field, value + delta)
    return bytes(out)


__all__ = ["present", "shift"]
