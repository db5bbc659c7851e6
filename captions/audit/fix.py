"""`--fix`: repair what the fixable rules found, through the engine's lossless writer.

    C001 credit-not-in-house-style   write the credit in the house style
    S001 metadata-mismatch           write the reconciled value to every block
    S002 stale-iptc-digest           rewrite the IIM (any IIM write refreshes the digest)
    S003 undeclared-iim-charset      rewrite the IIM as declared UTF-8 (text converted as read)
    P001 gps-position                only with `strip_gps`: empty the EXIF GPS block in place

Field values go through `captions.metadata.write`, in every format it writes (JPEG, PNG, WebP,
TIFF). The IIM refresh and the GPS blanking have no engine verb yet, so they are small adapters
here built from the engine's own codecs (`formats.jpeg`, `formats.iptc`) and checked by
`metadata.verify` before the file is replaced: those two fix JPEG files only.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from captions.audit.checks import Image, house_style_credit
from captions.audit.config import AuditConfig
from captions.errors import CaptionsError, FormatError
from captions.formats import iptc, jpeg, photoshop
from captions.metadata import read, verify, write
from captions.model import Finding
from captions.writer import read_for_write, replace_file

FIXABLE = frozenset({"C001", "S001", "S002", "S003", "P001"})
GPS_IFD_TAG = 0x8825
# Bytes per value of each TIFF type (1 BYTE ... 13 IFD), for out-of-line GPS values.
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}


@dataclass(frozen=True)
class FixResult:
    """What `fix_file` changed (one readable line each) and why it could not fix the rest."""

    path: str
    changes: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()


def fix_file(
    path: str, findings: Sequence[Finding], config: AuditConfig, *, strip_gps: bool = False
) -> FixResult:
    """Repair the fixable `findings` of one file; the caller audits the file again afterwards."""
    codes = {f.code for f in findings if f.fixable and f.code in FIXABLE}
    if not strip_gps:
        codes.discard("P001")
    if not codes:
        return FixResult(path)
    changes: list[str] = []
    try:
        changes += _write_values(path, findings, codes, config)
        if codes & {"S002", "S003"} and _iim_needs_refresh(path):
            changes += _rewrite_jpeg(path, _refresh_iim, "IIM rewritten: UTF-8 declared, digest")
        if "P001" in codes:
            changes += _rewrite_jpeg(path, _blank_gps, "GPS position removed")
    except CaptionsError as exc:
        return FixResult(path, tuple(changes), (f"{path}: cannot fix: {exc}",))
    return FixResult(path, tuple(changes))


def _write_values(
    path: str, findings: Sequence[Finding], codes: set[str], config: AuditConfig
) -> list[str]:
    metadata = read(path)
    image = Image(path, metadata, config)
    values: dict[str, str | list[str] | None] = {}
    if "S001" in codes:
        for f in findings:
            if f.code == "S001" and f.field in metadata.fields:
                values[f.field] = metadata.fields[f.field].value
    if "C001" in codes and image.credit is not None:
        values["credit"] = house_style_credit(image.credit, config)
    if not values:
        return []
    result = write(path, values)
    return [f"{name}: {_show(before)} -> {_show(after)}" for name, before, after in result.changes]


def _iim_needs_refresh(path: str) -> bool:

    structure = read(path).structure
    charset = structure.iim_charset or ""
    undeclared = charset.startswith("undeclared-") and charset != "undeclared-ascii"
    return structure.digest == "stale" or undeclared


def _rewrite_jpeg(path: str, change: Callable[[bytes], bytes | None], what: str) -> list[str]:
    """Apply `change` to the file's bytes and replace the file, verified; [] when no change."""

    data, read_as = read_for_write(path)
    new = change(data)
    if new is None or new == data:
        return []
    replace_file(path, new, verify=lambda written: verify(written, data, {}), read_as=read_as)
    return [what]


def _refresh_iim(data: bytes) -> bytes | None:
    header = jpeg.split(data)
    found = jpeg.blocks(header)
    if found.photoshop is None:
        return None
    iim, _cuts = iptc.update_iim(iptc.iim_of(iptc.parse_8bim(found.photoshop)), {})
    segments = jpeg.with_blocks(header, photoshop=photoshop.rewrite(found.photoshop_parts, iim))
    return jpeg.join(header, segments, data)


def _blank_gps(data: bytes) -> bytes | None:
    header = jpeg.split(data)
    tiff = jpeg.blocks(header).exif
    blanked = blank_gps(tiff) if tiff is not None else None
    if blanked is None:
        return None
    return jpeg.join(header, jpeg.with_blocks(header, exif=blanked), data)


def blank_gps(tiff: bytes) -> bytes | None:
    """The TIFF data with its GPS IFD emptied in place, or None when it has no GPS IFD.

    Every entry and out-of-line value of the GPS IFD is zeroed and its count set to 0, so the
    length and every other offset (MakerNote, thumbnail) stay as they were.
    """
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None:
        raise FormatError("EXIF: no TIFF byte order mark at 0x0")
    u16, u32 = struct.Struct(order + "H"), struct.Struct(order + "I")
    try:
        ifd0 = u32.unpack_from(tiff, 4)[0]
        entries = u16.unpack_from(tiff, ifd0)[0]
        gps = None
        for i in range(entries):
            entry = ifd0 + 2 + 12 * i
            if u16.unpack_from(tiff, entry)[0] == GPS_IFD_TAG:
                gps = u32.unpack_from(tiff, entry + 8)[0]
        if gps is None:
            return None
        buf = bytearray(tiff)
        count = u16.unpack_from(tiff, gps)[0]
        for i in range(count):
            entry = gps + 2 + 12 * i
            kind, number = u16.unpack_from(tiff, entry + 2)[0], u32.unpack_from(tiff, entry + 4)[0]
            size = _TYPE_SIZES.get(kind, 1) * number
            if size > 4:
                at = u32.unpack_from(tiff, entry + 8)[0]
                if at + size <= len(buf):
                    buf[at : at + size] = bytes(size)
    except struct.error:
        raise FormatError("EXIF: IFD0 or GPS IFD runs past the end of the TIFF data") from None
    end = min(len(buf), gps + 2 + 12 * count + 4)
    buf[gps:end] = bytes(end - gps)  # count 0, entries gone, next-IFD offset 0
    return bytes(buf)


def _show(value: object, limit: int = 70) -> str:
    if value is None:
        return "(none)"
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


__all__ = ["FIXABLE", "FixResult", "blank_gps", "fix_file"]
