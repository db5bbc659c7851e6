"""IPTC-IIM datasets (records 1 and 2) and the Photoshop image resources (8BIM) that carry them.

An IIM stream is a run of datasets `1C rr nn LLLL data`; a length with its high bit set gives
the number of bytes of an extended length that follows. Text is decoded by the character set
that 1:90 declares; an undeclared block is read as UTF-8 when it is valid UTF-8 and otherwise as
cp1252 (as exiftool does), with a warning either way. We always write 1:90 = ESC % G (UTF-8),
2:00 first, records and datasets in ascending order, our datasets replaced and every other
dataset kept (re-encoded to UTF-8 where it was text in another character set).
"""

from __future__ import annotations

import codecs
import re
import struct
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from captions.errors import FormatError
from captions.fields import IIM_TIME_CREATED, TABLE
from captions.formats._binary import o16be, o32be, u16be, u32be

TAG_MARKER = 0x1C
UTF8_ESCAPE = b"\x1b%G"
RECORD_VERSION = b"\x00\x04"

# Record-2 datasets of the read model (captions.fields, the one table): field name -> dataset
# number, dataset names and byte limits (IIM 4.2), the datasets that repeat (list fields).
FIELD_DATASETS: dict[str, int] = {f.name: f.iim.number for f in TABLE if f.iim is not None}
_FIELD_OF_DATASET = {number: name for name, number in FIELD_DATASETS.items()}
REPEATABLE = frozenset(f.iim.number for f in TABLE if f.iim is not None and f.is_list)
_DATASETS = [*(f.iim for f in TABLE if f.iim is not None), IIM_TIME_CREATED]
DATASET_NAMES: dict[int, str] = {d.number: d.name for d in _DATASETS}
BYTE_LIMITS: dict[int, int] = {d.number: d.limit for d in _DATASETS}
# The date codec: `date_created` is 2:55 (YYYYMMDD) and 2:60 (HHMMSS+HHMM).
DATE_CREATED = FIELD_DATASETS["date_created"]
TIME_CREATED = IIM_TIME_CREATED.number

# Datasets holding binary values rather than text; everything else in records 1-2 is text.
_BINARY = {1: frozenset({0, 20, 22, 90, 120, 122}), 2: frozenset({0, 125, 200, 201, 202})}

# 1:90 escape sequences (ISO 2022) and the codec we decode them with.
_DECLARED: dict[bytes, str] = {
    b"\x1b%G": "utf-8",
    b"\x1b%/G": "utf-8",
    b"\x1b%/I": "utf-8",
    b"\x1b-A": "cp1252",  # ISO 8859-1; exiftool reads it as cp1252 ("Latin")
    b"\x1b.A": "cp1252",
    b"\x1b-B": "iso8859-2",
    b"\x1b-C": "iso8859-3",
    b"\x1b-D": "iso8859-4",
    b"\x1b-L": "iso8859-5",
    b"\x1b-G": "iso8859-6",
    b"\x1b-F": "iso8859-7",
    b"\x1b-H": "iso8859-8",
    b"\x1b-M": "iso8859-9",
}


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; map them to the same code points, as exiftool does.
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("captions-latin1", _latin1_fallback)


class Dataset(NamedTuple):
    """One IIM dataset (a tuple: a wire file holds 20-30 of them, made in 0.2 us, not 1 us)."""

    record: int
    number: int
    data: bytes


def parse_datasets(data: bytes, *, strict: bool = False) -> tuple[list[Dataset], list[str]]:
    """The datasets of an IIM stream and the problems met (strict: the first problem raises)."""
    global _last_iim
    last = _last_iim
    if last is not None and last[0] == data:
        datasets, problems = list(last[1]), list(last[2])
    else:
        datasets, problems = _parse_datasets(data)
        if type(data) is bytes:  # immutable: the same object always holds the same bytes
            _last_iim = (data, tuple(datasets), tuple(problems))
    if strict and problems:
        raise FormatError(problems[0])
    return datasets, problems


# The last stream parsed and what it held: a write parses the same IIM stream two or three times
# in a row (reading it, then updating it or checking it strictly), and the stream it planned
# once more in the new file (equal bytes, another object): equal bytes parse alike.
_last_iim: tuple[bytes, tuple[Dataset, ...], tuple[str, ...]] | None = None


def _parse_datasets(data: bytes) -> tuple[list[Dataset], list[str]]:
    """The datasets read, and the problem that stopped the parse (at most one)."""
    datasets: list[Dataset] = []
    pos = 0
    size = len(data)
    while pos < size:
        if data[pos] != TAG_MARKER:
            if not data[pos:].strip(b"\x00"):
                break  # zero padding after the last dataset
            return datasets, [
                f"IIM: expected a dataset at offset {pos}, found byte 0x{data[pos]:02X}"
            ]
        if pos + 5 > size:
            return datasets, [f"IIM: dataset header at offset {pos} is cut off"]
        record, number, length = data[pos + 1], data[pos + 2], data[pos + 3] << 8 | data[pos + 4]
        start = pos + 5
        if length & 0x8000:
            count = length & 0x7FFF
            if not 1 <= count <= 4 or start + count > size:
                return datasets, [
                    f"IIM {record}:{number:02d} at offset {pos} has a bad extended length"
                ]
            length = int.from_bytes(data[start : start + count], "big")
            start += count
        end = start + length
        if end > size:
            return datasets, [
                f"IIM {record}:{number:02d} at offset {pos} overruns the block "
                f"(length {length}, {size - start} bytes left)"
            ]
        datasets.append(Dataset(record, number, data[start:end]))
        pos = end
    return datasets, []


# A dataset's header `1C rr nn LLLL`, or with a four-byte extended length `1C rr nn 8004 LLLLLLLL`,
# packed in one call (a write encodes two streams of 20-30 datasets).
_HEADER = struct.Struct(">BBBH")
_EXTENDED_HEADER = struct.Struct(">BBBHI")


def encode_datasets(datasets: list[Dataset]) -> bytes:
    out: list[bytes] = []
    for record, number, data in datasets:
        if len(data) <= 0x7FFF:
            out.append(_HEADER.pack(TAG_MARKER, record, number, len(data)))
        else:
            out.append(_EXTENDED_HEADER.pack(TAG_MARKER, record, number, 0x8004, len(data)))
        out.append(data)
    return b"".join(out)


class IimFields(NamedTuple):
    """What an IIM stream says, decoded into the read model's field names."""

    values: dict[str, str | list[str]]
    charset: str  # utf-8 | declared:<codec> | undeclared-ascii | undeclared-utf-8 | -cp1252
    over_limit: tuple[tuple[str, int, int], ...]  # (field, bytes, limit)
    warnings: tuple[str, ...]
    datasets: tuple[Dataset, ...]


def read_iim(data: bytes, *more: bytes) -> IimFields:
    """Decode an IIM stream (or several, as Photoshop blocks may hold) leniently.

    Several streams are read as exiftool reads them: each in its own character set, and for
    each dataset the first stream that holds it wins (a later stream adds only datasets the
    earlier ones lack). Problems become warnings, never exceptions.
    """
    global _last_read
    blocks = (data, *more)
    last = _last_read
    if last is None or last[0] != blocks:
        last = (blocks, _read_iim(blocks))
        if all(type(block) is bytes for block in blocks):  # a key that cannot change later
            _last_read = last
    fields = last[1]  # the caller gets its own dict and lists: the kept reading stays as read
    values = {k: list(v) if isinstance(v, list) else v for k, v in fields.values.items()}
    return fields._replace(values=values)


# The last streams read and their reading: a write reads the IIM it plans, then the same bytes
# again in the new file and once more in the check (equal bytes, other objects), 30 us each.
_last_read: tuple[tuple[bytes, ...], IimFields] | None = None


def _read_iim(blocks: tuple[bytes, ...]) -> IimFields:
    merged = merge_blocks(blocks)
    warnings = list(merged.warnings)
    values: dict[str, str | list[str]] = {}
    over: list[tuple[str, int, int]] = []
    for ds, codec in merged.datasets:
        name = _FIELD_OF_DATASET.get(ds.number) if ds.record == 2 else None
        if name is None:
            continue
        limit = BYTE_LIMITS[ds.number]
        if len(ds.data) > limit:
            over.append((name, len(ds.data), limit))
        text = _decode(ds.data, codec)
        if ds.number in REPEATABLE:
            listed = values.setdefault(name, [])
            assert isinstance(listed, list)
            listed.append(text)
        elif name in values:
            warnings.append(f"IIM {DATASET_NAMES[ds.number]} (2:{ds.number:02d}) repeated")
        else:
            values[name] = text
    date = _iso_date(merged.datasets)
    if date is not None:
        values["date_created"] = date
    datasets = tuple(ds for ds, _ in merged.datasets)
    return IimFields(values, merged.charset, tuple(over), tuple(warnings), datasets)


class MergedIim(NamedTuple):
    """The datasets of one or more IIM streams, each with the codec its own stream declares."""

    datasets: list[tuple[Dataset, str]]
    charset: str  # the label of the first stream holding datasets (see `detect_charset`)
    warnings: list[str]


def merge_blocks(blocks: Sequence[bytes], *, strict: bool = False) -> MergedIim:
    """Several IIM streams as one, as exiftool reads them: per (record, dataset), the datasets
    of the first stream holding it; a later stream adds only what the earlier ones lack, so a
    non-repeatable dataset is never doubled and repeated keywords are never doubled either.

    With `strict`, a stream that cannot be parsed completely raises FormatError.
    """
    merged: list[tuple[Dataset, str]] = []
    warnings: list[str] = []
    charset: str | None = None
    taken: dict[tuple[int, int], list[bytes]] = {}
    ignored: list[str] = []
    for block in blocks:
        found, problems = parse_datasets(block, strict=strict)
        warnings += problems
        if not found:
            continue
        label, codec, note = detect_charset(found)
        if note and note not in warnings:
            warnings.append(note)
        charset = label if charset is None else charset
        if len(blocks) == 1:  # the usual case: nothing taken before, nothing to compare
            merged = [(ds, codec) for ds in found]
            break
        mine: dict[tuple[int, int], list[bytes]] = {}
        for ds in found:
            mine.setdefault((ds.record, ds.number), []).append(ds.data)
        for key, datas in mine.items():
            if key in taken and taken[key] != datas and key not in ((1, 90), (2, 0)):
                ignored.append(f"{key[0]}:{key[1]:02d}")
        merged += [(ds, codec) for ds in found if (ds.record, ds.number) not in taken]
        taken.update({key: datas for key, datas in mine.items() if key not in taken})
    streams = sum(1 for block in blocks if block.strip(b"\x00"))
    if streams > 1:
        note = (
            f"IIM in {streams} Photoshop resources (0x0404), read as one: "
            "the first holding a dataset wins"
        )
        if ignored:
            note += f"; other values of {', '.join(dict.fromkeys(ignored))} ignored"
        warnings.append(note)
    return MergedIim(merged, charset or "undeclared-ascii", warnings)


def detect_charset(datasets: list[Dataset]) -> tuple[str, str, str | None]:
    """(charset label, codec, warning or None) by 1:90, else by sniffing the text datasets."""
    for ds in datasets:
        if (ds.record, ds.number) == (1, 90):
            codec = _DECLARED.get(ds.data)
            if codec == "utf-8":
                return "utf-8", codec, None
            if codec is not None:
                return f"declared:{codec}", codec, None
            return (
                f"declared:{ds.data!r}",
                "cp1252",
                f"IIM declares an unknown character set {ds.data!r} (1:90); read as cp1252",
            )
    text = b"".join(ds.data for ds in datasets if _is_text(ds))
    if text.isascii():
        return "undeclared-ascii", "ascii", None
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        return (
            "undeclared-cp1252",
            "cp1252",
            "IIM has no character set (1:90) and is not UTF-8; read as cp1252",
        )
    return (
        "undeclared-utf-8",
        "utf-8",
        "IIM has no character set (1:90) but is valid UTF-8; read as UTF-8",
    )


def _is_text(ds: Dataset) -> bool:
    return ds.record in (1, 2) and ds.number not in _BINARY[ds.record]


def _decode(data: bytes, codec: str) -> str:
    data = data.rstrip(b"\x00")  # C-string terminators and padding, not text
    if codec == "ascii":
        return data.decode("ascii", "captions-latin1")
    if codec == "cp1252":
        return data.decode("cp1252", "captions-latin1")
    return data.decode(codec, "replace")


_IIM_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_IIM_TIME = re.compile(r"(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})(\d{2}))?")


def _iso_date(datasets: list[tuple[Dataset, str]]) -> str | None:
    """2:55 (+2:60) as `YYYY-MM-DD[THH:MM:SS[+HH:MM]]`; a malformed date is returned as read."""
    created = _first_text(datasets, DATE_CREATED)
    if created is None:
        return None
    date = _IIM_DATE.fullmatch(created)
    if date is None:
        return created
    iso = "-".join(date.groups())
    time = _IIM_TIME.fullmatch(_first_text(datasets, TIME_CREATED) or "")
    if time is not None:
        iso += "T{}:{}:{}".format(*time.groups()[:3])
        if time.group(4):
            iso += "{}{}:{}".format(*time.groups()[3:])
    return iso


def _first_text(datasets: list[tuple[Dataset, str]], number: int) -> str | None:
    """The text of the first 2:`number` dataset (the one a reader takes), or None."""
    for ds, codec in datasets:
        if ds.number == number and ds.record == 2:
            return _decode(ds.data, codec)
    return None


def iim_date(iso: str) -> tuple[bytes, bytes | None]:
    """`YYYY-MM-DD[THH:MM:SS[+HH:MM|Z]]` as IIM 2:55 and 2:60 values."""
    match = re.fullmatch(
        r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?", iso
    )
    if match is None:
        raise FormatError(f"date {iso!r} is not YYYY-MM-DD[THH:MM:SS[+HH:MM]]")
    y, mo, d, h, mi, s, zone = match.groups()
    if h is None:
        return f"{y}{mo}{d}".encode(), None
    offset = "+0000" if zone in (None, "Z") else zone.replace(":", "")
    return f"{y}{mo}{d}".encode(), f"{h}{mi}{s}{offset}".encode()


def cut_utf8(data: bytes, limit: int) -> bytes:
    """`data` cut to at most `limit` bytes without splitting a UTF-8 character."""
    if len(data) <= limit:
        return data
    end = limit
    while end > 0 and data[end] & 0xC0 == 0x80:
        end -= 1
    return data[:end]


def update_iim(
    data: bytes | Sequence[bytes] | None,
    values: Mapping[str, str | list[str] | None],
    *,
    full: bool = False,
) -> tuple[bytes, list[str]]:
    """A new IIM stream with `values` set (None or [] removes), and the cuts made as warnings.

    Values longer than the dataset's byte limit are cut at a UTF-8 boundary unless `full`.
    Raises FormatError when the existing stream cannot be parsed completely.
    """
    blocks = [data] if isinstance(data, bytes) else list(data or [])
    old = merge_blocks(blocks, strict=True).datasets
    ours = {FIELD_DATASETS[name] for name in values if name in FIELD_DATASETS}
    if DATE_CREATED in ours:
        ours.add(TIME_CREATED)
    version = next((d.data for d, _ in old if (d.record, d.number) == (2, 0)), RECORD_VERSION)
    kept = [
        _to_utf8(ds, codec)
        for ds, codec in old
        if (ds.record, ds.number) not in ((1, 90), (2, 0))
        and not (ds.record == 2 and ds.number in ours)
    ]
    new = [Dataset(1, 90, UTF8_ESCAPE), Dataset(2, 0, version)]
    warnings: list[str] = []
    for name, value in values.items():
        if name in FIELD_DATASETS:
            new += _datasets_for(FIELD_DATASETS[name], value, full, warnings)
    merged = sorted(kept + new, key=lambda ds: (ds.record, ds.number))
    return encode_datasets(merged), warnings


def _to_utf8(ds: Dataset, codec: str) -> Dataset:
    if codec in ("utf-8", "ascii") or not _is_text(ds) or ds.data.isascii():
        return ds
    return Dataset(ds.record, ds.number, _decode(ds.data, codec).encode("utf-8"))


def _datasets_for(
    number: int, value: str | list[str] | None, full: bool, warnings: list[str]
) -> list[Dataset]:
    if value is None or value == "" or value == []:
        return []
    if number == DATE_CREATED:
        assert isinstance(value, str)
        date, time = iim_date(value)
        return [Dataset(2, DATE_CREATED, date)] + ([Dataset(2, TIME_CREATED, time)] if time else [])
    items = [value] if isinstance(value, str) else value
    out = []
    for item in items:
        encoded = item.encode("utf-8")
        cut = encoded if full else cut_utf8(encoded, BYTE_LIMITS[number])
        if len(cut) < len(encoded):
            warnings.append(
                f"IIM {DATASET_NAMES[number]} (2:{number:02d}) cut from {len(encoded)} to "
                f"{len(cut)} bytes (limit {BYTE_LIMITS[number]}); the full value is in XMP"
            )
        out.append(Dataset(2, number, cut))
    return out


# --- Photoshop image resources ---------------------------------------------------------------

IIM_RESOURCE = 0x0404
DIGEST_RESOURCE = 0x0425
_SIGNATURES = (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR")


class Resource(NamedTuple):
    """One image resource; `raw` is exactly the bytes read (header, name, data, padding)."""

    signature: bytes
    id: int
    name: bytes  # the Pascal string with its length byte and padding
    data: bytes
    raw: bytes


def parse_8bim(data: bytes) -> list[Resource]:
    """The resources of a Photoshop block; raises FormatError on a broken block."""
    resources, problem = parse_8bim_lenient(data)
    if problem:
        raise FormatError(problem)
    return resources


def parse_8bim_lenient(data: bytes) -> tuple[list[Resource], str | None]:
    """The resources that could be read and the problem that stopped the parse, if any."""
    global _last_8bim
    last = _last_8bim
    if last is not None and last[0] is data:
        return list(last[1]), last[2]
    resources, problem = _parse_8bim(data)
    if type(data) is bytes:  # immutable: the same object always holds the same bytes
        _last_8bim = (data, tuple(resources), problem)
    return resources, problem


# The last block parsed and what it held: a write parses the same Photoshop block five times
# (reading it, refusing a broken one, finding its IIM's home, replacing the IIM, checking the
# new file), 20 us each on the benchmark's files. The block is immutable bytes, kept alive here
# so that `is` cannot match another object at a reused address.
_last_8bim: tuple[bytes, tuple[Resource, ...], str | None] | None = None


def _parse_8bim(data: bytes) -> tuple[list[Resource], str | None]:
    resources: list[Resource] = []
    pos = 0
    while pos < len(data):
        if data[pos : pos + 4] not in _SIGNATURES:
            if not data[pos:].strip(b"\x00"):
                break
            return resources, f"Photoshop resource expected at offset {pos}"
        if pos + 7 > len(data):
            return resources, f"Photoshop resource at offset {pos} is cut off"
        name_len = data[pos + 6]
        name_end = pos + 6 + name_len + 1 + ((name_len + 1) & 1)
        if name_end + 4 > len(data):
            return resources, f"Photoshop resource at offset {pos} is cut off"
        size = u32be(data, name_end)
        start = name_end + 4
        if start + size > len(data):
            return resources, (
                f"Photoshop resource 0x{u16be(data, pos + 4):04X} at offset {pos} overruns the "
                f"block (length {size}, {len(data) - start} bytes left)"
            )
        end = min(start + size + (size & 1), len(data))
        resources.append(
            Resource(
                signature=data[pos : pos + 4],
                id=u16be(data, pos + 4),
                name=data[pos + 6 : name_end],
                data=data[start : start + size],
                raw=data[pos:end],
            )
        )
        pos = end
    return resources, None


def build_resource(resource_id: int, data: bytes, name: bytes = b"\x00\x00") -> bytes:
    return b"8BIM" + o16be(resource_id) + name + o32be(len(data)) + data + b"\x00" * (len(data) & 1)


def iim_of(resources: list[Resource]) -> list[bytes]:
    """The IIM streams: the data of every 0x0404 resource, in order (empty: no IIM)."""
    return [r.data for r in resources if r.id == IIM_RESOURCE and r.signature == b"8BIM"]


def digest_state(resources: list[Resource], iim: bytes | None = None) -> str | None:
    """'match', 'stale' or 'absent' for the IPTC digest (0x0425) of `iim` (default: the first
    IIM of the resources); None when there is no IIM.

    As exiftool does, the last digest resource counts and it describes the first IIM stream.
    """
    if iim is None:
        blocks = iim_of(resources)
        if not blocks:
            return None
        iim = blocks[0]
    digests = [r.data for r in resources if r.id == DIGEST_RESOURCE]
    if not digests:
        return "absent"
    return "match" if digests[-1] == iim_digest(iim) else "stale"


def iim_digest(iim: bytes) -> bytes:
    """The IPTC digest (0x0425) of an IIM stream: its MD5.

    Imported here, not at the top (start-up, issue 16): every reading of a file with a digest
    checks it, and hashlib's import starts OpenSSL (11 M instructions, about 2 ms) to hash a
    kilobyte, so CPython's own MD5 (`_md5`, what hashlib falls back to; the same digest) is
    used when the build has it.
    """
    try:  # lazy (start-up): see above
        from _md5 import md5  # type: ignore[import-not-found]
    except ImportError:  # a build without it
        from hashlib import md5  # lazy (start-up): OpenSSL's start is 2 ms
    return bytes(md5(iim).digest())


def update_8bim(data: bytes | None, iim: bytes) -> bytes:
    """The Photoshop block with its IIM replaced and the digest (0x0425) set to MD5(iim).

    Every other resource is kept byte for byte and in place; several 0x0404 resources become
    one. Raises FormatError when the existing block cannot be parsed completely.
    """
    resources = parse_8bim(data) if data else []
    new_iim = build_resource(IIM_RESOURCE, iim)
    new_digest = build_resource(DIGEST_RESOURCE, iim_digest(iim))
    out: list[bytes] = []
    placed_iim = placed_digest = False
    for res in resources:
        if res.id == IIM_RESOURCE and res.signature == b"8BIM":
            if not placed_iim:
                out.append(build_resource(IIM_RESOURCE, iim, res.name))
                placed_iim = True
        elif res.id == DIGEST_RESOURCE and res.signature == b"8BIM":
            if not placed_digest:
                out.append(new_digest)
                placed_digest = True
        else:
            out.append(padded(res))
    if not placed_iim:
        out.append(new_iim)
    if not placed_digest:
        out.append(new_digest)
    consumed = sum(len(r.raw) for r in resources)
    return b"".join(out) + (data[consumed:] if data else b"")


def padded(res: Resource) -> bytes:
    """The resource as read, with the pad byte a last resource of odd length may lack (found by
    fuzzing: a resource appended after it would start one byte early and the block not parse)."""
    whole = 4 + 2 + len(res.name) + 4 + len(res.data) + (len(res.data) & 1)
    return res.raw.ljust(whole, b"\x00")


__all__ = [
    "BYTE_LIMITS",
    "DATASET_NAMES",
    "DIGEST_RESOURCE",
    "FIELD_DATASETS",
    "IIM_RESOURCE",
    "Dataset",
    "IimFields",
    "MergedIim",
    "Resource",
    "build_resource",
    "cut_utf8",
    "detect_charset",
    "digest_state",
    "iim_digest",
    "encode_datasets",
    "iim_date",
    "iim_of",
    "merge_blocks",
    "parse_8bim",
    "parse_8bim_lenient",
    "padded",
    "parse_datasets",
    "read_iim",
    "update_8bim",
    "update_iim",
]
