"""Metadata blocks of PNG, WebP, TIFF, HEIF, PSD, JXL and GIF containers."""

from __future__ import annotations

import contextlib
import json
import signal
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions.errors import CaptionsError, FormatError
from captions.formats.detect import detect_format
from captions.formats.exif import read_exif, update_exif
from captions.formats.iptc import read_iim
from captions.formats.other import read_blocks
from captions.formats.xmp import read_xmp, update_xmp

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FORMATS = ["png", "webp", "tiff", "heic", "avif", "psd", "jxl", "gif"]

TIFF = update_exif(None, {"caption": "Gulls over the harbour", "byline": "Mira Ostrava"})
XMP = update_xmp(None, {"caption": "Gulls over the harbour", "credit": "Velin Daily"})
IIM = b"\x1c\x02\x78\x00\x0bGulls aloft" + b"\x1c\x02\x50\x00\x06Kai Ek"


def iim_resource(resource_id: int, data: bytes) -> bytes:
    return (
        b"8BIM"
        + struct.pack(">H", resource_id)
        + b"\x00\x00"
        + struct.pack(">I", len(data))
        + (data + b"\x00" * (len(data) % 2))
    )


# --- PNG -------------------------------------------------------------------------------------


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def raw_profile(name: bytes, data: bytes) -> bytes:
    digits = data.hex().encode()
    lines = b"\n".join(digits[i : i + 72] for i in range(0, len(digits), 72))
    return b"\n" + name + b"\n" + b"%8d" % len(data) + b"\n" + lines + b"\n"


def make_png(*chunks: bytes) -> bytes:
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + b"".join(chunks) + png_chunk(b"IEND", b"")


def test_png_exif_after_idat_itxt_xmp_and_imagemagick_iptc() -> None:
    png = make_png(
        png_chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00")),
        png_chunk(b"eXIf", TIFF),
        png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + XMP),
        png_chunk(
            b"zTXt", b"Raw profile type iptc\x00\x00" + zlib.compress(raw_profile(b"iptc", IIM))
        ),
    )
    blocks = read_blocks(png, "png")
    assert (blocks.exif, blocks.xmp, blocks.iim) == (TIFF, XMP, IIM)
    assert blocks.warnings == ()
    assert blocks.iim is not None and read_iim(blocks.iim).values["caption"] == "Gulls aloft"


def test_png_compressed_itxt_and_ztxt_xmp_and_raw_exif_profile() -> None:
    compressed = b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + zlib.compress(XMP)
    exif_profile = raw_profile(b"exif", b"Exif\x00\x00" + TIFF)
    png = make_png(
        png_chunk(b"iTXt", compressed),
        png_chunk(b"tEXt", b"Raw profile type exif\x00" + exif_profile),
    )
    blocks = read_blocks(png, "png")
    assert blocks.xmp == XMP and blocks.exif == TIFF
    ztxt = make_png(png_chunk(b"zTXt", b"XML:com.adobe.xmp\x00\x00" + zlib.compress(XMP)))
    assert read_blocks(ztxt, "png").xmp == XMP


def test_png_broken_text_chunk_is_a_warning_and_overrun_an_error() -> None:
    bad = make_png(png_chunk(b"zTXt", b"XML:com.adobe.xmp\x00\x00not zlib at all"))
    blocks = read_blocks(bad, "png")
    assert blocks.xmp is None and any("does not inflate" in w for w in blocks.warnings)
    overrun = make_png(struct.pack(">I", 10_000) + b"eXIf" + TIFF[:20])
    with pytest.raises(FormatError, match=r"PNG chunk b'eXIf' at 0x21 overruns"):
        read_blocks(overrun, "png")


def test_png_zip_bomb_is_refused() -> None:
    bomb = b"XML:com.adobe.xmp\x00\x00" + zlib.compress(b" " * (20 * 1024 * 1024), 9)
    blocks = read_blocks(make_png(png_chunk(b"zTXt", bomb)), "png")
    assert blocks.xmp is None and any("inflates beyond" in w for w in blocks.warnings)


# --- WebP, JXL, HEIF -------------------------------------------------------------------------


def riff_chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + b"\x00" * (len(body) % 2)


def test_webp_exif_and_xmp_chunks() -> None:
    body = b"WEBP" + riff_chunk(b"VP8X", b"\x0c" + b"\x00" * 9)
    body += riff_chunk(b"EXIF", TIFF + b"\x00") + riff_chunk(b"XMP ", XMP)
    blocks = read_blocks(b"RIFF" + struct.pack("<I", len(body)) + body, "webp")
    assert blocks.exif == TIFF + b"\x00" and blocks.xmp == XMP


def test_webp_overrun_names_the_chunk_and_offset() -> None:
    body = b"WEBP" + b"EXIF" + struct.pack("<I", 999) + TIFF[:10]
    with pytest.raises(FormatError, match=r"WebP chunk b'EXIF' at 0xC overruns"):
        read_blocks(b"RIFF" + struct.pack("<I", len(body)) + body, "webp")


def box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body) + 8) + kind + body


def test_jxl_container_boxes() -> None:
    jxl = box(b"JXL ", b"\r\n\x87\n") + box(b"ftyp", b"jxl \x00\x00\x00\x00jxl ")
    jxl += box(b"Exif", b"\x00\x00\x00\x00" + TIFF) + box(b"xml ", XMP) + box(b"jxlc", b"\xff\x0a")
    blocks = read_blocks(jxl, "jxl")
    assert blocks.exif == TIFF and blocks.xmp == XMP
    assert read_blocks(b"\xff\x0a" + b"\x00" * 20, "jxl") == read_blocks(b"\xff\x0a", "jxl")


def infe(item_id: int, item_type: bytes, content_type: bytes = b"") -> bytes:
    body = b"\x02\x00\x00\x00" + struct.pack(">HH", item_id, 0) + item_type + b"\x00"
    return box(b"infe", body + (content_type + b"\x00" if content_type else b""))


def make_heif(exif_at_idat: bool = False) -> bytes:
    exif_item = b"\x00\x00\x00\x06Exif\x00\x00" + TIFF
    ftyp = box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic")
    iinf = box(
        b"iinf",
        b"\x00\x00\x00\x00\x00\x03"
        + infe(1, b"hvc1")
        + infe(2, b"Exif")
        + infe(3, b"mime", b"application/rdf+xml"),
    )

    def meta(exif_offset: int, xmp_offset: int) -> bytes:
        # iloc version 1: offset 4 bytes, length 4 bytes, base offset 0, index 0
        entries = b""
        for item_id, method, offset, length in (
            (2, 1 if exif_at_idat else 0, exif_offset, len(exif_item)),
            (3, 0, xmp_offset, len(XMP)),
        ):
            entries += struct.pack(">HHH", item_id, method, 0) + struct.pack(
                ">HII", 1, offset, length
            )
        iloc = box(b"iloc", b"\x01\x00\x00\x00\x44\x00" + struct.pack(">H", 2) + entries)
        idat = box(b"idat", exif_item) if exif_at_idat else b""
        return box(
            b"meta", b"\x00\x00\x00\x00" + box(b"hdlr", b"\x00" * 4 + b"pict") + iinf + iloc + idat
        )

    size = len(ftyp) + len(meta(0, 0)) + 8
    mdat_payload = (b"" if exif_at_idat else exif_item) + XMP
    exif_offset = 0 if exif_at_idat else size
    xmp_offset = size + (0 if exif_at_idat else len(exif_item))
    return ftyp + meta(exif_offset, xmp_offset) + box(b"mdat", mdat_payload)


@pytest.mark.parametrize("exif_at_idat", [False, True])
def test_heif_exif_and_xmp_items(exif_at_idat: bool) -> None:
    heif = make_heif(exif_at_idat)
    assert detect_format(heif[:32]) == "heic"
    blocks = read_blocks(heif, "heic")
    assert blocks.exif == TIFF and blocks.xmp == XMP
    assert read_exif(blocks.exif).values["byline"] == "Mira Ostrava"


def test_heif_extent_outside_the_file_is_an_error() -> None:
    heif = make_heif()
    cut = heif[: -len(XMP) // 2]
    with pytest.raises(FormatError, match=r"HEIF|overruns"):
        read_blocks(cut, "heic")


# --- TIFF, PSD, GIF --------------------------------------------------------------------------


def make_tiff_with(entries: list[tuple[int, int, bytes]]) -> bytes:
    """Little-endian TIFF whose IFD0 holds (tag, type, value) entries, values after the IFD."""
    out = bytearray(b"II*\x00\x08\x00\x00\x00")
    area_at = 8 + 2 + 12 * len(entries) + 4
    table, area = bytearray(struct.pack("<H", len(entries))), bytearray()
    for tag, type_, value in sorted(entries):
        unit = {1: 1, 2: 1, 4: 4, 7: 1}[type_]
        table += struct.pack("<HHII", tag, type_, len(value) // unit, area_at + len(area))
        area += value + b"\x00" * (len(value) % 2)
    out += table + b"\x00\x00\x00\x00" + area
    return bytes(out)


def test_tiff_is_its_own_exif_and_carries_xmp_iptc_photoshop() -> None:
    photoshop = iim_resource(0x0404, IIM)
    tiff = make_tiff_with(
        [
            (270, 2, b"Gulls over the harbour\x00"),
            (700, 1, XMP),
            (33723, 7, IIM),
            (34377, 1, photoshop),
        ]
    )
    blocks = read_blocks(tiff, "tiff")
    assert blocks.exif == tiff and blocks.xmp == XMP and blocks.iim == IIM
    assert blocks.photoshop == photoshop
    assert read_exif(blocks.exif).values["caption"] == "Gulls over the harbour"


def test_bigtiff_is_a_warning() -> None:
    blocks = read_blocks(b"II+\x00\x08\x00\x00\x00" + b"\x00" * 16, "tiff")
    assert blocks.exif is None and blocks.warnings


def make_psd(resources: bytes) -> bytes:
    header = b"8BPS\x00\x01" + b"\x00" * 6 + struct.pack(">HIIHH", 3, 1, 1, 8, 3)
    return (
        header + b"\x00\x00\x00\x00" + struct.pack(">I", len(resources)) + resources + b"\x00" * 8
    )


def test_psd_image_resources() -> None:
    resources = iim_resource(0x03ED, b"\x00" * 16) + iim_resource(0x0404, IIM)
    resources += iim_resource(0x0422, b"Exif\x00\x00" + TIFF) + iim_resource(0x0424, XMP)
    blocks = read_blocks(make_psd(resources), "psd")
    assert (blocks.iim, blocks.exif, blocks.xmp) == (IIM, TIFF, XMP)
    assert blocks.photoshop == resources


def test_psd_resources_overrunning_is_an_error() -> None:
    psd = make_psd(b"")[:-8]
    psd = psd[:30] + struct.pack(">I", 5000) + b"8BIM"
    with pytest.raises(FormatError, match=r"PSD image resources section at 0x1E overruns"):
        read_blocks(psd, "psd")


def test_gif_xmp_application_extension() -> None:
    trailer = b"\x01" + bytes(range(255, -1, -1)) + b"\x00"
    gif = b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0, 0, 0)
    gif += b"\x21\xff\x0bXMP DataXMP" + XMP + trailer
    gif += b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x4c\x01\x00" + b"\x3b"
    assert read_blocks(gif, "gif").xmp == XMP


def test_unknown_format_is_a_warning() -> None:
    assert read_blocks(b"BM" + b"\x00" * 40, "bmp").warnings


# --- hostile input ---------------------------------------------------------------------------


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FORMATS), st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_captions_errors(fmt: str, data: bytes) -> None:
    prefixes = {
        "png": b"\x89PNG\r\n\x1a\n",
        "webp": b"RIFF\xff\xff\x00\x00WEBP",
        "tiff": b"II*\x00\x08\x00\x00\x00",
        "heic": b"\x00\x00\x00\x10ftypheic\x00\x00\x00\x00",
        "avif": b"",
        "psd": b"8BPS" + b"\x00" * 22,
        "jxl": b"\x00\x00\x00\x0cJXL \r\n\x87\n",
        "gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00",
    }
    for blob in (data, prefixes[fmt] + data):
        with contextlib.suppress(CaptionsError):
            read_blocks(blob, fmt)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.integers(0, 255))
def test_heif_with_one_corrupted_byte_never_crashes(position: int, value: int) -> None:
    heif = bytearray(make_heif(True))
    heif[position % len(heif)] = value
    with contextlib.suppress(CaptionsError):
        read_blocks(bytes(heif), "heic")


@contextlib.contextmanager
def hang_guard(seconds: int, what: str) -> Iterator[None]:
    """Fail instead of hanging (a bound on run time, not a speed assertion)."""

    def expired(signum: int, frame: object) -> None:
        raise AssertionError(f"{what} did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def corpus_files(part: str) -> list[Path]:
    folder = CORPUS / part
    if not folder.is_dir():
        pytest.skip("corpus not available")
    return [p for p in sorted(folder.rglob("*")) if p.is_file()]


def test_malformed_corpus_raises_only_captions_errors() -> None:
    files = corpus_files("malformed")
    for path in files:
        data = path.read_bytes()
        detected = detect_format(data[:32])
        with hang_guard(20, path.name):
            for fmt in {detected, *FORMATS} - {None, "jpeg"}:
                assert fmt is not None
                with contextlib.suppress(CaptionsError):
                    read_blocks(data, fmt)
            for reader in (read_exif, read_xmp):
                with contextlib.suppress(CaptionsError):
                    reader(data)
    assert len(files) > 100


# --- real files agree with exiftool ----------------------------------------------------------

EXIF_KEYS = {
    "caption": "IFD0:ImageDescription",
    "byline": "IFD0:Artist",
    "copyright": "IFD0:Copyright",
}
XMP_KEYS = {
    "caption": "XMP-dc:Description",
    "byline": "XMP-dc:Creator",
    "credit": "XMP-photoshop:Credit",
}
IIM_KEYS = {"caption": "IPTC:Caption-Abstract", "byline": "IPTC:By-line", "credit": "IPTC:Credit"}


def as_strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def test_non_jpeg_corpus_agrees_with_exiftool() -> None:
    truth = CORPUS / "metadata.jsonl"
    if not truth.exists():
        pytest.skip("corpus not available")
    compared = 0
    for line in truth.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        data = (CORPUS / record["SourceFile"]).read_bytes()
        fmt = detect_format(data[:32])
        if fmt in (None, "jpeg"):
            continue
        blocks = read_blocks(data, fmt)
        found: dict[str, object] = {}
        if blocks.exif is not None:
            values = read_exif(blocks.exif).values
            # exiftool trims trailing blanks of the EXIF Copyright; we keep them as stored
            values["copyright"] = values.get("copyright", "").rstrip()
            found.update({EXIF_KEYS[k]: v for k, v in values.items() if k in EXIF_KEYS})
        if blocks.xmp is not None:
            values_xmp = read_xmp(blocks.xmp).values
            found.update({XMP_KEYS[k]: v for k, v in values_xmp.items() if k in XMP_KEYS})
        if blocks.iim is not None:
            values_iim = read_iim(blocks.iim).values
            found.update({IIM_KEYS[k]: v for k, v in values_iim.items() if k in IIM_KEYS})
        for key in [*EXIF_KEYS.values(), *XMP_KEYS.values(), *IIM_KEYS.values()]:
            expected = record.get(key)
            if expected is None or expected == "":
                continue
            assert key in found, (record["SourceFile"], key)
            assert as_strings(found[key]) == as_strings(expected), (record["SourceFile"], key)
            compared += 1
    assert compared >= 40
