"""Hostile content: XMP entities, absurd IIM lengths, thousands of APP segments, EXIF offset
loops, decompression bombs, a 10 MB article and a 1 MB caption.

Everything is refused or read in bounded time and memory; nothing is expanded, fetched or
decoded in full. Runs that could hang or allocate without bound happen in a child process with
a memory limit (RLIMIT_AS) and a timeout, so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import struct
import subprocess
import sys
import textwrap
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_fixtures import insert_after_app0, pillow_jpeg, segment
from peak_memory import PEAK_KIB

from captions import metadata
from captions.cli.app import run
from captions.errors import CaptionsError
from captions.formats import iptc, jpeg
from captions.formats.exif import read_exif, update_exif
from captions.formats.xmp import read_xmp, update_xmp

LIMIT_BYTES = 1_500_000_000  # address space for the child processes (Python itself needs ~0.3 GB)


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(args))
    return code, out.getvalue(), err.getvalue()


def bounded(code: str, *args: str, timeout: int = 300) -> str:
    """Run `code` in a child Python with a memory limit and a timeout; return its stdout."""
    prelude = (
        textwrap.dedent(f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_BYTES}, {LIMIT_BYTES}))
    """)
        + PEAK_KIB
    )
    done = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code), *args],
        capture_output=True,
        timeout=timeout,
        text=True,
        cwd=Path(__file__).resolve().parent,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def xmp_with(doctype: str, text: str) -> bytes:
    return (
        f'<?xml version="1.0"?>{doctype}<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt>'
        f'<rdf:li xml:lang="x-default">{text}</rdf:li></rdf:Alt></dc:description>'
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def jpeg_with_xmp(packet: bytes) -> bytes:
    return insert_after_app0(pillow_jpeg(icc=False), segment(0xE1, jpeg.XMP_PREFIX + packet))


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


# --- XMP ----------------------------------------------------------------------------------------


def test_entity_expansion_is_refused_and_never_expanded(tmp_path: Path) -> None:
    packet = xmp_with(LAUGHS, "&lol9;")
    with pytest.raises(CaptionsError, match="DTD|entit"):
        read_xmp(packet)
    with pytest.raises(CaptionsError):
        update_xmp(packet, {"caption": "x"})
    photo = tmp_path / "laughs.jpg"
    photo.write_bytes(jpeg_with_xmp(packet))
    before = photo.read_bytes()
    shown = bounded(
        """
        import sys, json
        from captions import metadata
        meta = metadata.read(sys.argv[1])
        print(json.dumps([meta.fields["caption"].value, list(meta.warnings)]))
        """,
        str(photo),
    )
    caption, warnings = json.loads(shown)
    assert caption is None and "lollol" not in shown
    assert any("XMP" in w for w in warnings)
    code, _, stderr = cli("set", str(photo), "--caption", "New")
    assert code == 2 and "XMP" in stderr
    assert photo.read_bytes() == before


def test_external_entities_are_never_fetched_or_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    doctype = (
        f'<!DOCTYPE x [<!ENTITY file SYSTEM "file://{secret}">'
        f'<!ENTITY web SYSTEM "http://127.0.0.1:{port}/x.dtd">]>'
    )
    photo = tmp_path / "xxe.jpg"
    photo.write_bytes(jpeg_with_xmp(xmp_with(doctype, "&file;&web;")))
    code, out, stderr = cli("show", "--json", str(photo))
    assert code == 0
    assert "TOP-SECRET-TOKEN" not in out + stderr
    assert "XMP" in out  # the refusal is a warning, not silence
    with pytest.raises(socket.timeout):
        listener.accept()  # nobody connected
    listener.close()


# --- IIM ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dataset",
    [
        b"\x1c\x02\x78\x80\x04\xff\xff\xff\xff" + b"short",  # 4 GB extended length
        b"\x1c\x02\x78\x80\x00",  # extended length of zero bytes
        b"\x1c\x02\x78\xff\xff" + b"x" * 10,  # 2^15-1 + extended bit: 32 KB length field
        b"\x1c\x02\x78\x00\x05abc",  # cut short
    ],
)
def test_absurd_iim_lengths_are_reported_not_allocated(dataset: bytes, tmp_path: Path) -> None:
    datasets, problems = iptc.parse_datasets(dataset)
    assert problems
    with pytest.raises(CaptionsError):
        iptc.parse_datasets(dataset, strict=True)
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(dataset)) + dataset
    block += b"\x00" * (len(dataset) & 1)
    photo = tmp_path / "iim.jpg"
    photo.write_bytes(
        insert_after_app0(pillow_jpeg(icc=False), segment(0xED, jpeg.PHOTOSHOP_PREFIX + block))
    )
    before = photo.read_bytes()
    meta = metadata.read(photo)
    assert meta.warnings
    code, _, _ = cli("set", str(photo), "--caption", "New")
    assert code == 2 and photo.read_bytes() == before
    assert len(datasets) <= 1


# --- JPEG structure -----------------------------------------------------------------------------


def test_twenty_thousand_app_segments_are_read_and_kept(tmp_path: Path) -> None:
    segments = [segment(0xE0 + (i % 16), b"P%05d" % i) for i in range(20_000)]
    data = insert_after_app0(pillow_jpeg(icc=False), *segments)
    photo = tmp_path / "many.jpg"
    photo.write_bytes(data)
    meta = metadata.read(photo)
    assert meta.fields["caption"].value is None
    assert cli("set", str(photo), "--caption", "Many segments")[0] == 0
    written = photo.read_bytes()
    for piece in segments:
        assert piece in written
    assert len(jpeg.split(written).segments) == len(jpeg.split(data).segments) + 3


def test_thousands_of_photoshop_segments_are_read_as_one_block(tmp_path: Path) -> None:
    iim = iptc.encode_datasets([iptc.Dataset(2, 120, b"Split caption")])
    stream = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim + b"\x00" * (len(iim) & 1)
    chunks = [stream[i : i + 1] for i in range(len(stream))] * 1  # one byte per segment
    padding = [segment(0xED, jpeg.PHOTOSHOP_PREFIX + b"") for _ in range(3000)]
    data = insert_after_app0(
        pillow_jpeg(icc=False),
        *(segment(0xED, jpeg.PHOTOSHOP_PREFIX + c) for c in chunks),
        *padding,
    )
    photo = tmp_path / "split.jpg"
    photo.write_bytes(data)
    assert metadata.read(photo).fields["caption"].value == "Split caption"
    assert cli("set", str(photo), "--caption", "Joined")[0] == 0
    assert metadata.read(photo).fields["caption"].value == "Joined"


# --- EXIF ---------------------------------------------------------------------------------------


def _tiff(
    entries: list[tuple[int, int, int, bytes]], next_offset: int, extra: bytes = b""
) -> bytes:
    ifd = struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\x00")
        for tag, kind, count, value in entries
    )
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", next_offset) + extra


LOOPS = {
    "IFD0 next points at itself": _tiff([(0x0112, 3, 1, b"\x01\x00")], 8),
    "Exif IFD points at IFD0": _tiff([(0x8769, 4, 1, struct.pack("<I", 8))], 0),
    "Exif IFD points at itself": _tiff(
        [(0x8769, 4, 1, struct.pack("<I", 26))],
        0,
        struct.pack("<H", 1)
        + struct.pack("<HHI", 0x8769, 4, 1)
        + struct.pack("<I", 26)
        + b"\0" * 4,
    ),
    "IFD1 and IFD2 point at each other": _tiff(
        [(0x0112, 3, 1, b"\x01\x00")],
        26,
        struct.pack("<H", 0) + struct.pack("<I", 32) + struct.pack("<H", 0) + struct.pack("<I", 26),
    ),
}


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_exif_offset_loops_end(name: str) -> None:
    tiff = LOOPS[name]
    output = bounded(
        """
        import sys
        from captions.errors import CaptionsError
        from captions.formats.exif import read_exif, update_exif
        tiff = bytes.fromhex(sys.argv[1])
        try:
            read_exif(tiff)
        except CaptionsError:
            pass
        try:
            new = update_exif(tiff, {"caption": "Loop"})
        except CaptionsError:
            print("refused")
        else:
            print(read_exif(new).values["caption"])
        """,
        tiff.hex(),
        timeout=60,
    )
    assert output.strip() in ("refused", "Loop")
    with contextlib.suppress(CaptionsError):
        read_exif(tiff)
    with contextlib.suppress(CaptionsError):
        update_exif(tiff, {"caption": "Loop"})


# --- decompression bombs ------------------------------------------------------------------------


def bomb_jpeg(width: int, height: int) -> bytes:
    """A small JPEG whose SOF0 claims `width` x `height`."""
    data = bytearray(pillow_jpeg(icc=False, size=(16, 16)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def bomb_png(width: int, height: int, *, whole: bool = False) -> bytes:
    """A PNG claiming `width` x `height`; with `whole`, its zlib data really inflates to every
    row (12,500 x 12,500: 470 MB of pixels from well under 1 MB of file)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    if whole:
        squeeze = zlib.compressobj(9)
        row = bytes(1 + 3 * width)
        pixels = b"".join(squeeze.compress(row) for _ in range(height)) + squeeze.flush()
    else:
        pixels = zlib.compress(b"\x00" * 64)
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


BOMBS: dict[str, Callable[[], bytes]] = {
    "jpeg-65535x65535.jpg": lambda: bomb_jpeg(65535, 65535),
    "png-100000x100000.png": lambda: bomb_png(100_000, 100_000),
    # Under Pillow's own error limit, so our caps must refuse it. Pillow's getexif() on a PNG
    # decodes the picture, and the thumbnail read it before checking its cap (fixed).
    "png-12500x12500-inflates.png": lambda: bomb_png(12_500, 12_500, whole=True),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_pictures_that_would_decompress_to_billions_of_pixels_are_refused(
    name: str, tmp_path: Path
) -> None:
    data = BOMBS[name]()
    path = tmp_path / name
    path.write_bytes(data)
    output = bounded(
        """
        import sys, json
        from captions.errors import CaptionsError
        result = {}
        from captions.dupes.phash import perceptual_hash
        from captions.report.thumbnail import make_thumbnail
        try:
            perceptual_hash(sys.argv[1])
            result["phash"] = "decoded"
        except CaptionsError as exc:
            result["phash"] = str(exc)
        thumb = make_thumbnail(sys.argv[1])
        result["thumbnail"] = thumb.problem or "decoded"
        from captions import metadata
        metadata.read(sys.argv[1])
        import resource
        result["peak_kib"] = peak_kib()
        print(json.dumps(result))
        """,
        str(path),
        timeout=120,
    )
    result = json.loads(output)
    peak_kib = result.pop("peak_kib")
    for kind, outcome in result.items():
        assert outcome != "decoded", f"{kind} decoded a {name}"
        assert "refused" in outcome, outcome
    assert peak_kib < 300_000, f"{peak_kib} KiB: the picture was decoded after all"


# --- big inputs ---------------------------------------------------------------------------------


def _big_article(fmt: str, size: int) -> str:
    paragraph = (
        "Zoë Fictional walks along the harbour wall of Nowhereville while the fog lifts.\n\n"
    )
    captions = {
        "html": '<figure><img src="p{n}.jpg"><figcaption>Ana Example waves on the pier in '
        "Nowhereville on Tuesday. Photo: Kai Fiction/Acme Wire</figcaption></figure>\n",
        "markdown": "![Ana on the pier](p{n}.jpg)\n*Ana Example waves on the pier in "
        "Nowhereville on Tuesday.* Photo: Kai Fiction/Acme Wire\n\n",
        "text": "Ana Example waves on the pier in Nowhereville on Tuesday. "
        "(Kai Fiction/Acme Wire)\n\n",
    }
    block = paragraph * 20
    parts, total, n = [], 0, 0
    while total < size:
        piece = block + captions[fmt].format(n=n)
        parts.append(piece)
        total += len(piece)
        n += 1
    body = "".join(parts)
    return f"<html><body>{body}</body></html>" if fmt == "html" else body


@pytest.mark.parametrize("fmt", ["html", "markdown", "text"])
def test_a_10_mb_article_is_read_in_bounded_time_and_memory(fmt: str, tmp_path: Path) -> None:
    article = tmp_path / f"big.{fmt}"
    article.write_text(_big_article(fmt, 10_000_000), encoding="utf-8")
    output = bounded(
        """
        import sys, resource
        from captions.article import extract
        found = extract(sys.argv[1], format=sys.argv[2])
        peak = peak_kib()
        print(len(found.captions), peak)
        """,
        str(article),
        fmt,
        timeout=600,
    )
    count, peak_kib = map(int, output.split())
    assert peak_kib < 1_000_000  # under 1 GB for 10 MB of text (the limit would kill it anyway)
    assert count == article.read_text(encoding="utf-8").count("Ana Example waves")  # every one


def test_a_1_mb_caption_is_refused_whole_and_the_file_untouched(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(pillow_jpeg(icc=False))
    before = photo.read_bytes()
    caption = ("Ana Example waves on the pier in Nowhereville. " * 22_000)[:1_000_000]
    code, _, stderr = cli("set", str(photo), "--caption", caption)
    assert code == 2
    errors = [line for line in stderr.splitlines() if line.startswith("captions: error:")]
    assert len(errors) == 1 and "limit" in errors[0] and len(errors[0]) < 300
    assert photo.read_bytes() == before


def test_the_largest_caption_that_fits_is_written_whole(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(pillow_jpeg(icc=False))
    caption = "Ana Example waves on the pier. " * 1000  # 31 KB: XMP whole, IIM cut at 2,000 bytes
    code, _, stderr = cli("set", str(photo), "--caption", caption)
    assert code == 0, stderr
    assert "cut" in stderr  # the IIM cut is reported
    assert metadata.read(photo).fields["caption"].value in (caption, caption.strip())
    assert os.path.getsize(photo) > len(caption)


def test_iim_in_two_photoshop_segments_is_not_duplicated(tmp_path: Path) -> None:
    iim = iptc.encode_datasets([iptc.Dataset(2, 0, b"\x00\x04"), iptc.Dataset(2, 55, b"20200217")])
    stream = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim + b"\x00" * (len(iim) & 1)
    block = segment(0xED, jpeg.PHOTOSHOP_PREFIX + stream)
    photo = tmp_path / "two-blocks.jpg"
    photo.write_bytes(insert_after_app0(pillow_jpeg(icc=False), block, block))
    assert cli("set", str(photo), "--caption", "Once")[0] == 0
    found = jpeg.blocks(jpeg.split(photo.read_bytes()))
    assert found.photoshop is not None
    written = b"".join(iptc.iim_of(iptc.parse_8bim(found.photoshop)))
    datasets, _ = iptc.parse_datasets(written)
    assert [(d.record, d.number) for d in datasets].count((2, 55)) == 1
