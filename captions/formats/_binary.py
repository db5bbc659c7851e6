"""Named readers and writers for big- and little-endian integers at explicit offsets.

Readers do no bounds checking of their own (`struct.error` past the end): callers check bounds
first and raise a `FormatError` naming the structure and the offset.
"""

from __future__ import annotations

import struct

_U16BE = struct.Struct(">H")
_U32BE = struct.Struct(">I")
_U16LE = struct.Struct("<H")
_U32LE = struct.Struct("<I")


def u8(buf: bytes, off: int) -> int:
    return buf[off]


def u16be(buf: bytes, off: int) -> int:
    value: int = _U16BE.unpack_from(buf, off)[0]
    return value


def u32be(buf: bytes, off: int) -> int:
    value: int = _U32BE.unpack_from(buf, off)[0]
    return value


def u16le(buf: bytes, off: int) -> int:
    value: int = _U16LE.unpack_from(buf, off)[0]
    return value


def u32le(buf: bytes, off: int) -> int:
    value: int = _U32LE.unpack_from(buf, off)[0]
    return value


def o16be(value: int) -> bytes:
    return _U16BE.pack(value)


def o32be(value: int) -> bytes:
    return _U32BE.pack(value)


def o16le(value: int) -> bytes:
    return _U16LE.pack(value)


def o32le(value: int) -> bytes:
    return _U32LE.pack(value)


__all__ = ["o16be", "o16le", "o32be", "o32le", "u8", "u16be", "u16le", "u32be", "u32le"]
