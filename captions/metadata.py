"""One read model over EXIF, IPTC-IIM and XMP, and one write plan for all three.

Reading follows the Metadata Working Group rules as exiftool implements them: EXIF wins for the
fields it shares (caption, byline, copyright, date) when not blank; otherwise XMP wins when there
is no IIM, or when the IPTC digest matches or is absent; otherwise IIM wins, except that an IIM
value cut at its byte limit is recovered from the XMP value it is a prefix of.

Writing sends each value to every place it belongs (XMP always, IIM cut at its byte limit, the
three EXIF fields) and touches a block only when its values actually change, so writing the same
values twice leaves the file byte-identical.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from captions.containers import (
    IIM_FORMATS,
    WRITABLE_FORMATS,
    Changes,
    Container,
    RawBlocks,
    jpeg_raw,
    new_tiff,
    open_container,
    writable,
)
from captions.errors import CaptionsError, FormatError, NotAnImageError, UnsupportedError
from captions.fields import BY_NAME, NAMES, TABLE
from captions.formats import iptc, jpeg, photoshop
from captions.formats.detect import HEADER_BYTES, detect_format
from captions.formats.exif import ExifFields, read_exif
from captions.formats.spliced import Spliced, as_spliced
from captions.formats.xmp_read import XmpFields, read_xmp
from captions.remote import open_binary, size_of

if TYPE_CHECKING:
    from captions.writer import WriteBatch

Value = str | list[str]

# The read model's fields and their rules come from captions.fields (the one table).
FIELDS: tuple[str, ...] = NAMES
LIST_FIELDS: frozenset[str] = frozenset(f.name for f in TABLE if f.is_list)
EXIF_FIELDS: frozenset[str] = frozenset(f.name for f in TABLE if f.exif_first)  # MWG
EXIF_WRITTEN: frozenset[str] = frozenset(f.name for f in TABLE if f.exif and f.exif.written)
DATE_FIELDS: frozenset[str] = frozenset(f.name for f in TABLE if f.type == "date")
ARTIST_SEPARATOR = "; "  # MWG: several creators in the one EXIF Artist string


class FieldValue(NamedTuple):
    """One field: the winning value and its source, each source's value as stored, conflict.

    A NamedTuple, not a frozen dataclass: a read model makes 15-18 of them a file, 1 us each
    instead of 3 (the frozen dataclass's `__init__` sets each attribute through
    `object.__setattr__`)."""

    value: Value | None = None
    source: str | None = None  # "exif" | "iptc" | "xmp"
    exif: Value | None = None
    iptc: Value | None = None
    xmp: Value | None = None
    conflict: bool = False


class Structure(NamedTuple):
    """Facts about how the metadata is stored (for the audit); a NamedTuple, made once a file
    (a frozen dataclass sets its ten attributes through `object.__setattr__`)."""

    iim_charset: str | None = None
    digest: str | None = None  # "match" | "stale" | "absent" | None (no IIM)
    iim_over_limit: tuple[tuple[str, int, int], ...] = ()
    duplicate_segments: tuple[str, ...] = ()
    has_gps: bool = False  # EXIF GPS position tags
    serial_number: str | None = None
    owner_name: str | None = None
    extended_xmp: bool = False
    xmp_has_gps: bool = False  # exif:GPSLatitude/GPSLongitude in XMP
    picture_digest: str | None = None  # JPEG, when read with `picture_digest=True`


class ImageMetadata(NamedTuple):
    """What `read` found in one image: each field's reading, the warnings, how it is stored."""

    path: str
    format: str
    fields: dict[str, FieldValue]
    warnings: tuple[str, ...]
    structure: Structure


class WriteResult(NamedTuple):
    """What `write` did to one file: the fields changed (name, before, after), warnings."""

    path: str
    changes: list[tuple[str, Value | None, Value | None]]
    warnings: list[str]
    written: bool = False


_Raw = RawBlocks


class _Decoded(NamedTuple):
    exif: ExifFields | None
    xmp: XmpFields | None
    iim: iptc.IimFields | None
    iim_blocks: list[bytes]
    digest: str | None
    warnings: list[str]


# --- reading ---------------------------------------------------------------------------------


def read(path: str | os.PathLike[str], *, picture_digest: bool = False) -> ImageMetadata:
    """The metadata of one image, reading only its header (never the pixels).

    With `picture_digest`, a JPEG's `structure.picture_digest` is computed from the same open
    file (`formats.jpeg.picture_digest`: coding segments and 68 KB of scan; nothing decoded).
    """
    name = os.fspath(path)
    digest = None
    try:
        with open_binary(name) as stream:  # a path by the OS, a URL through fsspec
            size = size_of(stream)
            # The digest's 64 KB of scan are read after the header when wanted: one read of
            # 128 KB up front cost more than the two (100 against 90 us on both benchmark
            # corpora).
            first = jpeg.HEADER_READ
            head = stream.read(first)
            fmt = _format_of(name, head)
            if fmt == "jpeg":
                header, head = jpeg.read_header(stream, size, head, lenient=True, initial=first)
                raw = jpeg_raw(header)
                if picture_digest:
                    digest = jpeg.picture_digest(header, head, stream, size)
            else:
                raw = _other_raw(name, head + stream.read(), fmt)
    except OSError as exc:
        raise CaptionsError(f"{name}: cannot read ({exc.strerror or exc})") from None
    except FormatError as exc:
        raise type(exc)(f"{name}: {exc}") from None
    return _model(name, fmt, raw, picture=digest)


def _format_of(name: str, head: bytes) -> str:
    fmt = detect_format(head)
    if fmt is None:
        raise NotAnImageError("not an image format captions knows")
    return fmt


def _other_raw(name: str, data: bytes, fmt: str) -> _Raw:
    from captions.formats.other import read_blocks  # only for non-JPEG files

    found = read_blocks(data, fmt)
    return _Raw(
        exif=found.exif,
        xmp=found.xmp,
        photoshop=found.photoshop,
        photoshop_parts=() if found.photoshop is None else (found.photoshop,),
        iim=found.iim,
        warnings=found.warnings,
    )


def _decode(raw: _Raw, *, writing: bool = False) -> _Decoded:
    """The blocks read. `writing`: the XMP packet is scanned whatever its size, as the splice
    scans it (`xmp_scan.scan`: the splice then reuses the reading)."""
    warnings = list(raw.warnings)
    warnings += [f"duplicate metadata: {d}" for d in raw.duplicates]
    exif = xmp = None
    if raw.exif is not None:
        try:
            exif = read_exif(raw.exif)
            warnings += [f"EXIF: {w}" for w in exif.warnings]
        except FormatError as exc:
            warnings.append(f"EXIF unreadable: {exc}")
    if raw.xmp is not None:
        try:
            xmp = read_xmp(raw.xmp, many_attributes=writing)
            warnings += [f"XMP: {w}" for w in xmp.warnings]
        except FormatError as exc:
            warnings.append(f"XMP unreadable: {exc}")
    resources: list[iptc.Resource] = []
    if raw.photoshop is not None:
        resources, problem = iptc.parse_8bim_lenient(raw.photoshop)
        if problem:
            warnings.append(f"Photoshop block: {problem}")
    blocks = iptc.iim_of(resources)
    if not blocks and raw.iim is not None:
        blocks = [raw.iim]
    digest = iptc.digest_state(resources, blocks[0]) if blocks else None
    iim = iptc.read_iim(*blocks) if blocks else None
    if iim is not None:
        warnings += iim.warnings
    return _Decoded(exif, xmp, iim, blocks, digest, warnings)


def _model(
    name: str,
    fmt: str,
    raw: _Raw,
    decoded: _Decoded | None = None,
    picture: str | None = None,
    fields: Iterable[str] = FIELDS,
) -> ImageMetadata:
    decoded = _decode(raw) if decoded is None else decoded
    exif_values: dict[str, Value] = dict(decoded.exif.values) if decoded.exif else {}
    if "byline" in exif_values:
        exif_values["byline"] = split_artist(str(exif_values["byline"]))
    iim_values = decoded.iim.values if decoded.iim else {}
    xmp_values = decoded.xmp.values if decoded.xmp else {}
    fields = {
        f: reconcile(
            f,
            exif_values.get(f),
            iim_values.get(f),
            xmp_values.get(f),
            has_iim=decoded.iim is not None,
            digest=decoded.digest,
        )
        for f in fields
    }
    exif = decoded.exif
    structure = Structure(
        iim_charset=decoded.iim.charset if decoded.iim else None,
        digest=decoded.digest,
        iim_over_limit=decoded.iim.over_limit if decoded.iim else (),
        duplicate_segments=raw.duplicates,
        has_gps=exif.has_gps if exif else False,
        serial_number=exif.serial_number if exif else None,
        owner_name=exif.owner_name if exif else None,
        extended_xmp=raw.extended_xmp,
        xmp_has_gps=decoded.xmp.has_gps if decoded.xmp else False,
        picture_digest=picture,
    )
    return ImageMetadata(name, fmt, fields, tuple(decoded.warnings), structure)


def split_artist(artist: str) -> list[str]:
    return [name.strip() for name in artist.split(";") if name.strip()]


def embedded_credit(metadata: ImageMetadata) -> tuple[str, list[str]]:
    """An image's credit line (its values joined by `; `, '' when it has none) and by-lines,
    the winning values under the MWG rules: what `credits` counts and `show --json` parses."""
    credit = metadata.fields.get("credit")
    byline = metadata.fields.get("byline")
    return (
        "; ".join(_texts(credit.value if credit else None)),
        _texts(byline.value if byline else None),
    )


def _texts(value: object) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    return [item.strip() for item in items if isinstance(item, str) and item.strip()]


# --- reconciliation (MWG) --------------------------------------------------------------------


def reconcile(
    name: str,
    exif: Value | None,
    iim: Value | None,
    xmp: Value | None,
    *,
    has_iim: bool,
    digest: str | None,
) -> FieldValue:
    """The winning value of one field under the MWG rules, and whether the sources disagree."""
    if exif is None and iim is None and xmp is None:
        return _ABSENT  # (a read model has 18 fields; a wire file leaves a few of them out)
    value, source = _winner(name, exif, iim, xmp, has_iim, digest)
    if _all_equal(exif, iim, xmp):  # the usual case: blank or not, equal values never conflict
        return FieldValue(value, source, exif, iim, xmp, False)
    present = [v for v in (exif, iim, xmp) if v is not None and not _blank(v)]
    if len(present) < 2 or present[0] == present[-1] == present[1]:  # the usual case
        return FieldValue(value, source, exif, iim, xmp, False)
    normalized = {_normalize(v) for v in present}
    if iim is not None and xmp is not None and iim != xmp and _recovered(name, iim, xmp) is xmp:
        normalized.discard(_normalize(iim))  # a cut IIM value is not a disagreement
    if name in DATE_FIELDS:
        conflict = not _dates_agree([str(v) for v in present])
    else:
        conflict = len(normalized) > 1
    return FieldValue(value, source, exif, iim, xmp, conflict)


_ABSENT = FieldValue()  # immutable: one for every absent field


def _all_equal(exif: Value | None, iim: Value | None, xmp: Value | None) -> bool:
    """Whether the values that are there (one at least) are all equal."""
    if exif is None:
        return iim is None or xmp is None or iim == xmp
    if iim is None:
        return xmp is None or exif == xmp
    return exif == iim and (xmp is None or iim == xmp)


def _winner(
    name: str,
    exif: Value | None,
    iim: Value | None,
    xmp: Value | None,
    has_iim: bool,
    digest: str | None,
) -> tuple[Value | None, str | None]:
    if exif is not None and name in EXIF_FIELDS and not _blank(exif):
        return exif, "exif"
    if xmp is not None and (not has_iim or digest in ("match", "absent")):
        return xmp, "xmp"
    if iim is not None:
        recovered = _recovered(name, iim, xmp) if xmp is not None else iim
        return recovered, "xmp" if recovered is xmp else "iptc"
    if xmp is not None:
        return xmp, "xmp"
    return None, None


def _recovered(name: str, iim: Value, xmp: Value) -> Value:
    """`xmp` when `iim` is that value cut at the IIM byte limit, else `iim`."""
    spec = BY_NAME.get(name)
    if spec is None or spec.iim is None:
        return iim
    limit = spec.iim.limit
    if isinstance(iim, list) and isinstance(xmp, list):
        if len(iim) == len(xmp) and all(
            _is_cut(i, x, limit) or i == x for i, x in zip(iim, xmp, strict=True)
        ):
            return xmp
        return iim
    if isinstance(iim, str) and isinstance(xmp, str) and _is_cut(iim, xmp, limit):
        return xmp
    return iim


def _is_cut(iim: str, xmp: str, limit: int) -> bool:
    size = len(iim.encode("utf-8"))
    return limit - 3 <= size <= limit < len(xmp.encode("utf-8")) and xmp.startswith(iim)


def _blank(value: Value | None) -> bool:
    if value is None:
        return True
    if isinstance(value, list):
        return not any(v.strip() for v in value)
    return not value.strip()


def _normalize(value: Value) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    return tuple(" ".join(item.split()) for item in items)


def _dates_agree(dates: list[str]) -> bool:
    """Dates agree when each is a prefix of the longest, ignoring the time zone."""
    plain = sorted((d[:19] for d in dates), key=len)
    return all(plain[-1].startswith(d) for d in plain)


# --- writing ---------------------------------------------------------------------------------


def write(
    path: str | os.PathLike[str],
    values: Mapping[str, Value | None],
    *,
    full_iim: bool = False,
    keep_mtime: bool = False,
    backup: bool = False,
    dry_run: bool = False,
    batch: WriteBatch | None = None,
) -> WriteResult:
    """Set `values` (None or empty removes a field) in every place they belong.

    JPEG, PNG, WebP and TIFF are written (`containers.WRITABLE_FORMATS`). The file is replaced
    atomically after the new bytes have been re-read and checked; a file that cannot be parsed
    is never written. With a `batch`, the new bytes are only staged in it: the file is replaced
    when the batch commits (one durability barrier for many files), which reports its failure.
    """
    from captions.writer import read_for_write, replace_file  # lazy: `show` never writes

    name = os.fspath(path)
    targets = _targets(values)
    try:
        data, read_as = read_for_write(name)
    except OSError as exc:
        raise CaptionsError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        writable(_format_of(name, data[:HEADER_BYTES]))
        new, before, warnings = plan_spliced(data, targets, full_iim=full_iim, fields=targets)
    except (FormatError, UnsupportedError) as exc:
        raise type(exc)(f"{name}: {exc}") from None
    holds_iim = before.format in IIM_FORMATS
    changes = [
        (f, before.fields[f].value, target)
        for f, target in targets.items()
        if _changed(f, before.fields[f], target, holds_iim=holds_iim)
    ]
    if dry_run or new.same_as(data):
        return WriteResult(name, changes, warnings, written=False)
    (replace_file if batch is None else batch.stage)(
        name,
        new,
        verify=lambda written: verify(written, data, targets, full_iim=full_iim),
        keep_mtime=keep_mtime,
        backup=backup,
        read_as=read_as,  # a change after our read is refused, not overwritten
    )
    return WriteResult(name, changes, warnings, written=True)


def _targets(values: Mapping[str, Value | None]) -> dict[str, Value | None]:
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise FormatError(f"unknown field(s): {', '.join(unknown)}")
    out: dict[str, Value | None] = {}
    for name, value in values.items():
        if name in LIST_FIELDS and isinstance(value, str):
            value = [value]
        if isinstance(value, list):
            value = [v for v in value if v.strip()] or None
        elif value is not None and not value.strip():
            value = None
        if name in DATE_FIELDS and value is not None:
            iptc.iim_date(str(value))  # raises FormatError for a malformed date
        out[name] = value
    return out


def _changed(name: str, current: FieldValue, target: Value | None, *, holds_iim: bool) -> bool:
    """Whether any place the field is written to holds something other than `target`."""
    places = [current.xmp]
    if name in EXIF_WRITTEN:
        places.append(current.exif)
    if BY_NAME[name].iim is not None and holds_iim:
        iim = current.iptc
        if iim is not None and target is not None:
            iim = _recovered(name, iim, target)  # a value cut at the IIM limit is as written
        places.append(iim)
    return any(_or_none(place) != target for place in places)


def _or_none(value: Value | None) -> Value | None:
    return None if value is None or _blank(value) else value


def plan(
    data: bytes, targets: Mapping[str, Value | None], *, full_iim: bool = False
) -> tuple[bytes, ImageMetadata, list[str]]:
    """The new file bytes, the metadata before, and warnings (IIM cuts).

    Raises FormatError (a file we cannot parse) or UnsupportedError (a format we do not write).
    """
    new, before, warnings = plan_spliced(data, targets, full_iim=full_iim)
    return new.joined(), before, warnings


def plan_spliced(
    data: bytes,
    targets: Mapping[str, Value | None],
    *,
    full_iim: bool = False,
    fields: Iterable[str] = FIELDS,
) -> tuple[Spliced, ImageMetadata, list[str]]:
    """`plan`, its new bytes left in pieces (a JPEG's new header, then its scan in `data`):
    what `write` hands to the writer, which writes the pieces without joining them.

    The metadata before holds the `fields` given (`write` asks for the ones it sets: it
    reports only their changes; reconciling all 18 was 5% of a light file's plan)."""
    fmt = detect_format(data[:HEADER_BYTES]) or "unknown"
    container = open_container(data, fmt)
    raw = container.raw
    decoded = _decode(raw, writing=True)
    warnings: list[str] = []
    changes = _changes(container, raw, decoded, targets, full_iim, warnings)
    new = container.rebuild_spliced(changes)
    return new, _model("", fmt, raw, decoded, fields=fields), warnings


def _changes(
    container: Container,
    raw: _Raw,
    decoded: _Decoded,
    targets: Mapping[str, Value | None],
    full_iim: bool,
    warnings: list[str],
) -> Changes:
    streams, iim = None, None
    if container.holds_iim:
        streams, iim = _new_photoshop(raw, decoded, targets, full_iim, warnings)
    return Changes(
        exif=_new_exif(raw, decoded, targets),
        xmp=_new_xmp(raw, decoded, targets),
        photoshop=streams,
        iim=iim,
    )


def _new_exif(
    raw: _Raw, decoded: _Decoded, targets: Mapping[str, Value | None]
) -> dict[str, str | None] | None:
    """The EXIF text fields to change, or None."""
    current = decoded.exif.values if decoded.exif else {}
    wanted: dict[str, str | None] = {}
    for name in sorted(EXIF_WRITTEN & targets.keys()):
        value = targets[name]
        text = ARTIST_SEPARATOR.join(value) if isinstance(value, list) else value
        if current.get(name) != text:
            wanted[name] = text
    if not wanted or (raw.exif is None and all(v is None for v in wanted.values())):
        return None
    if raw.exif is not None and decoded.exif is None:
        raise FormatError("EXIF block cannot be parsed; not writing over it")
    return wanted


def _new_xmp(raw: _Raw, decoded: _Decoded, targets: Mapping[str, Value | None]) -> bytes | None:
    current = decoded.xmp.values if decoded.xmp else {}
    wanted = {name: v for name, v in targets.items() if current.get(name) != v}
    if not wanted or (raw.xmp is None and all(v is None for v in wanted.values())):
        return None
    from captions.formats.xmp import update_xmp  # minidom and defusedxml: only when writing

    return update_xmp(raw.xmp, wanted)


def _new_photoshop(
    raw: _Raw,
    decoded: _Decoded,
    targets: Mapping[str, Value | None],
    full_iim: bool,
    warnings: list[str],
) -> tuple[list[bytes] | None, bytes | None]:
    """(the new 8BIM streams, one per part read, and the new IIM), or (None, None)."""
    ours = {n: v for n, v in targets.items() if BY_NAME[n].iim is not None}
    current = decoded.iim.values if decoded.iim else {}
    iim, cuts = iptc.update_iim(decoded.iim_blocks, ours, full=full_iim)
    warnings += cuts
    expected = iptc.read_iim(iim).values
    if all(current.get(n) == expected.get(n) for n in ours):
        return None, None
    if raw.photoshop is not None:
        iptc.parse_8bim(raw.photoshop)  # refuse to rewrite a block we cannot parse completely
    return photoshop.rewrite(raw.photoshop_parts, iim), iim


def verify(
    new: bytes | Spliced,
    old: bytes,
    targets: Mapping[str, Value | None],
    *,
    full_iim: bool = False,
) -> None:
    """Check freshly written bytes before they replace the original (raises FormatError).

    The picture (and every byte we do not own) must be identical, every block must parse, and
    each target value must read back from each place it was written to. A JPEG given as
    `Spliced` has its new header parsed and the rest compared with the original's scan in
    place: the scan is never parsed, and compared is the stronger check.
    """
    first = new.first(HEADER_BYTES) if isinstance(new, Spliced) else new[:HEADER_BYTES]
    fmt = detect_format(first) or "unknown"
    if fmt != detect_format(old[:HEADER_BYTES]):
        raise FormatError("the file format changed while writing")
    written = open_container(new, fmt)
    if not open_container(old, fmt).same_picture(written):
        raise FormatError("the image data changed while writing")
    raw = written.raw
    decoded = _decode(raw, writing=True)
    if raw.exif is not None and decoded.exif is None:
        read_exif(raw.exif)  # raises the reason
    if raw.xmp is not None and decoded.xmp is None:
        read_xmp(raw.xmp)  # raises the reason
    if raw.photoshop is not None:
        for block in iptc.iim_of(iptc.parse_8bim(raw.photoshop)):
            iptc.parse_datasets(block, strict=True)
    if raw.iim is not None:
        iptc.parse_datasets(raw.iim, strict=True)
    changes = _changes(written, raw, decoded, targets, full_iim, [])
    # The plan of the written file changes nothing: its values read back as they were meant.
    # A plan that would change something may still rebuild the very same bytes (a value our
    # readers decode otherwise than it was written, rewritten alike): compared, as then.
    if changes.any() and not as_spliced(new).same_as(written.rebuild(changes)):
        raise FormatError("the written metadata does not read back as written")


__all__ = [
    "FIELDS",
    "WRITABLE_FORMATS",
    "LIST_FIELDS",
    "FieldValue",
    "ImageMetadata",
    "Structure",
    "WriteResult",
    "embedded_credit",
    "new_tiff",
    "plan",
    "plan_spliced",
    "read",
    "reconcile",
    "split_artist",
    "verify",
    "write",
]
