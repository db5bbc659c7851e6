"""Generate a realistic, reproducible corpus of wire-style JPEGs for the benchmarks.

Every file is a real JPEG: a header built here (EXIF with a thumbnail and a MakerNote, an ICC
profile, IIM in APP13 with an IPTC digest, an XMP packet) followed by the scan data of one of a
dozen base pictures that Pillow encodes once. Metadata tools never decode pixels, so sharing scan
data between files costs nothing in realism and saves minutes of encoding.

    python benchmarks/generate.py --n 1000 --links 10 --seed 1

writes OUT/files/ (N distinct files), OUT/links/00..K-1/ (hard links: N*K paths, the project's
rule for 10,000-file runs) and OUT/manifest.json (what each file should read back as).
The generator stands alone: it never imports the captions package.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import os
import random
import shutil
import struct
import sys
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageCms

sys.path.insert(0, str(Path(__file__).resolve().parent))
from exif_build import ExifText, exif_block  # noqa: E402
from wire_text import Story, make_story  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
MB = 1_000_000
# Target sizes of the base pictures (bytes): log-spaced over the 0.3-6 MB range of wire photos.
BASE_TARGETS = (300_000, 420_000, 580_000, 800_000, 1_100_000, 1_500_000, 1_900_000,
                2_500_000, 3_200_000, 4_100_000, 5_000_000, 6_000_000)  # fmt: skip
MEDIAN_SIZE = 1_450_000  # lognormal median; sigma 0.65 gives a mean near 1.8 MB
SIZE_SIGMA = 0.65
BYTES_PER_PIXEL = 0.5  # measured for the base-picture recipe below at quality 92

SOI, EOI = b"\xff\xd8", b"\xff\xd9"
APP0, APP1, APP2, APP13, APP14 = 0xE0, 0xE1, 0xE2, 0xED, 0xEE
JFIF_PAYLOAD = b"JFIF\x00\x01\x02\x01\x01\x2c\x01\x2c\x00\x00"  # 300 dpi, no thumbnail
ADOBE_PAYLOAD = b"Adobe\x00\x64\x00\x00\x00\x00\x01"
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
ICC_HEADER = b"ICC_PROFILE\x00"


@dataclass(frozen=True)
class BasePicture:
    """One encoded picture: its scan segments (DQT..EOI, no SOI/APPn) and a thumbnail."""

    width: int
    height: int
    scan: bytes
    thumbnail: bytes


@dataclass(frozen=True)
class FileRecord:
    """What the manifest says about one generated file."""

    name: str
    size: int
    base: int
    layout: str
    make: str
    iim_charset: str
    digest: str
    has_gps: bool
    caption: str
    headline: str
    title: str
    byline: str
    byline_title: str
    credit: str
    source: str
    copyright: str
    date_created: str
    city: str
    country: str
    country_code: str
    keywords: list[str]
    persons: list[str]


# --- JPEG segments -------------------------------------------------------------------------


def segment(marker: int, payload: bytes) -> bytes:
    """One marker segment; the length field counts itself, so payloads are at most 65533 bytes."""
    if len(payload) > 65533:
        raise ValueError(f"APP{marker - APP0} payload of {len(payload)} bytes exceeds 65533")
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def strip_to_scan(jpeg: bytes) -> bytes:
    """Drop SOI and the APPn segments Pillow wrote; keep DQT, SOF, DHT, SOS, scan and EOI."""
    pos = 2
    while jpeg[pos] == 0xFF and APP0 <= jpeg[pos + 1] <= 0xEF:
        pos += 2 + struct.unpack_from(">H", jpeg, pos + 2)[0]
    return jpeg[pos:]


# --- base pictures ---------------------------------------------------------------------------


def make_base(index: int, target: int, seed: int) -> BasePicture:
    """Encode one picture of about `target` bytes: a gradient blended with smoothed noise."""
    rng = random.Random(f"{seed}:base:{index}")
    pixels = target / BYTES_PER_PIXEL
    portrait = index % 4 == 3
    width = int(math.sqrt(pixels * 1.5)) // 8 * 8
    height = int(width / 1.5) // 8 * 8
    if portrait:
        width, height = height, width
    noise = Image.frombytes(
        "RGB", (width // 2, height // 2), rng.randbytes(width * height * 3 // 4)
    )
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    picture = Image.blend(gradient, noise.resize((width, height), Image.Resampling.BILINEAR), 0.5)
    encoded = io.BytesIO()
    picture.save(encoded, "JPEG", quality=92)
    thumb = picture.copy()
    thumb.thumbnail((160, 160))
    thumb_bytes = io.BytesIO()
    thumb.save(thumb_bytes, "JPEG", quality=92)
    return BasePicture(width, height, strip_to_scan(encoded.getvalue()), thumb_bytes.getvalue())


def srgb_profile() -> bytes:
    """An sRGB ICC profile from littleCMS (~600 bytes), dated 2020-01-01 to be reproducible."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[24:36] = struct.pack(">6H", 2020, 1, 1, 0, 0, 0)  # dateTimeNumber in the header
    return bytes(profile)


def pick_base(rng: random.Random) -> int:
    """The base picture whose size is nearest a lognormal draw (clamped to 0.3-6 MB)."""
    size = min(max(rng.lognormvariate(math.log(MEDIAN_SIZE), SIZE_SIGMA), 0.3 * MB), 6 * MB)
    return min(range(len(BASE_TARGETS)), key=lambda i: abs(math.log(BASE_TARGETS[i] / size)))


CAMERAS = (
    ("NIKON CORPORATION", "NIKON Z 9"),
    ("NIKON CORPORATION", "NIKON D6"),
    ("Canon", "Canon EOS R3"),
    ("Canon", "Canon EOS-1D X Mark III"),
    ("SONY", "ILCE-1"),
)


# --- IIM and Photoshop resources -------------------------------------------------------------

UTF8_ESCAPE = b"\x1b%G"


def iim_dataset(record: int, number: int, value: bytes) -> bytes:
    return struct.pack(">BBBH", 0x1C, record, number, len(value)) + value


def iim_block(story: Story, declare_utf8: bool) -> bytes:
    """Records 1 and 2 in dataset order; text as UTF-8 (declared with 1:90 unless told not to)."""
    out = iim_dataset(1, 0, b"\x00\x04")
    if declare_utf8:
        out += iim_dataset(1, 90, UTF8_ESCAPE)
    texts: list[tuple[int, str]] = [(0, ""), (5, story.title)]
    texts += [(25, keyword) for keyword in story.keywords]
    texts += [(55, story.date.replace("-", "")), (60, story.time.replace(":", "") + "+0000")]
    texts += [(80, story.byline), (85, story.byline_title), (90, story.city), (95, story.state)]
    texts += [(100, story.country_code), (101, story.country), (103, story.transmission_reference)]
    texts += [(105, story.headline), (110, story.credit), (115, story.source)]
    texts += [(116, story.copyright), (120, story.caption), (122, story.writer)]
    for number, text in texts:
        value = b"\x00\x04" if number == 0 else text.encode("utf-8")
        out += iim_dataset(2, number, value)
    return out


def resource(kind: int, data: bytes) -> bytes:
    """One 8BIM image resource with an empty Pascal name; data padded to even length."""
    return b"8BIM" + struct.pack(">HHL", kind, 0, len(data)) + data + b"\x00" * (len(data) % 2)


def photoshop_block(iim: bytes, stale_digest: bool) -> bytes:
    """APP13 payload: resolution info, the IIM (0x0404) and its MD5 digest (0x0425)."""
    digest = hashlib.md5(iim + (b"stale" if stale_digest else b"")).digest()
    resolution = struct.pack(">LHHLHH", 300 << 16, 1, 1, 300 << 16, 1, 1)
    return (
        PHOTOSHOP_HEADER
        + resource(0x03ED, resolution)
        + resource(0x0404, iim)
        + (resource(0x0425, digest))
    )


# --- XMP -------------------------------------------------------------------------------------

XMP_NAMESPACES = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "crs": "http://ns.adobe.com/camera-raw-settings/1.0/",
}


def lang_alt(name: str, text: str) -> str:
    item = f'<rdf:li xml:lang="x-default">{escape(text)}</rdf:li>'
    return f"<{name}><rdf:Alt>{item}</rdf:Alt></{name}>"


def rdf_list(name: str, kind: str, items: Iterable[str]) -> str:
    lis = "".join(f"<rdf:li>{escape(item)}</rdf:li>" for item in items)
    return f"<{name}><rdf:{kind}>{lis}</rdf:{kind}></{name}>"


def xmp_packet(story: Story, rng: random.Random, light: bool = False) -> bytes:
    """An XMP packet as Photoshop or Photo Mechanic writes it, with ~2 KB of padding (`light`:
    as a wire desk's tool writes it, no Camera Raw settings and 200 bytes of padding)."""
    simple = {
        "photoshop:Headline": story.headline,
        "photoshop:Credit": story.credit,
        "photoshop:Source": story.source,
        "photoshop:AuthorsPosition": story.byline_title,
        "photoshop:City": story.city,
        "photoshop:State": story.state,
        "photoshop:Country": story.country,
        "photoshop:DateCreated": f"{story.date}T{story.time}+00:00",
        "photoshop:TransmissionReference": story.transmission_reference,
        "photoshop:CaptionWriter": story.writer,
        "Iptc4xmpCore:CountryCode": story.country_code,
        "xmp:CreatorTool": "Adobe Photoshop 25.4 (Macintosh)",
        "xmpMM:DocumentID": f"xmp.did:{rng.randbytes(16).hex()}",
        "xmpMM:InstanceID": f"xmp.iid:{rng.randbytes(16).hex()}",
    }
    body = "".join(f"<{key}>{escape(value)}</{key}>" for key, value in simple.items())
    body += lang_alt("dc:description", story.caption) + lang_alt("dc:title", story.title)
    body += lang_alt("dc:rights", story.copyright) + rdf_list("dc:creator", "Seq", [story.byline])
    body += rdf_list("dc:subject", "Bag", story.keywords)
    if story.persons:
        body += rdf_list("Iptc4xmpExt:PersonInImage", "Bag", story.persons)
    count = rng.choice((0, 0, 40, 400))  # drawn in both profiles: the same stories either way
    settings = (
        ""
        if light
        else "".join(f' crs:Setting{i}="{rng.randint(-100, 100)}"' for i in range(count))
    )
    padding = 2 if light else 20
    namespaces = " ".join(f'xmlns:{k}="{v}"' for k, v in XMP_NAMESPACES.items() if k != "x")
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1-c002">\n'
        f'<rdf:RDF xmlns:rdf="{XMP_NAMESPACES["rdf"]}">\n'
        f'<rdf:Description rdf:about="" {namespaces}{settings}>{body}</rdf:Description>\n'
        "</rdf:RDF>\n</x:xmpmeta>\n" + (" " * 99 + "\n") * padding + '<?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def exif_time(story: Story) -> str:
    return story.date.replace("-", ":") + " " + story.time


# --- one file --------------------------------------------------------------------------------


def header_for(
    story: Story,
    base: BasePicture,
    icc: bytes,
    camera: tuple[str, str],
    rng: random.Random,
    light: bool = False,
) -> bytes:
    """SOI and the APPn segments, in one of the orders that desks see (`light`: no MakerNote,
    a small XMP packet)."""
    text = ExifText(story.caption, story.byline, story.copyright, when=exif_time(story))
    size = (base.width, base.height)
    tiff = exif_block(
        text, camera, size, base.thumbnail, story.has_gps, rng, makernote_bytes=not light
    )
    exif = segment(APP1, b"Exif\x00\x00" + tiff)
    iim = iim_block(story, declare_utf8=story.iim_charset == "utf-8")
    app13 = segment(APP13, photoshop_block(iim, stale_digest=story.digest == "stale"))
    xmp = segment(APP1, XMP_HEADER + xmp_packet(story, rng, light))
    app2 = segment(APP2, ICC_HEADER + b"\x01\x01" + icc)
    if story.layout == "photoshop":
        jfif, adobe = segment(APP0, JFIF_PAYLOAD), segment(APP14, ADOBE_PAYLOAD)
        return SOI + jfif + exif + app13 + xmp + app2 + adobe
    if story.layout == "wire":
        return SOI + exif + xmp + app13 + app2
    return SOI + exif + app2 + app13 + xmp  # photo-mechanic


PROFILES = ("heavy", "light")


def generate(
    out: Path, n: int, links: int = 0, seed: int = 1, profile: str = "heavy"
) -> list[FileRecord]:
    """Write N files to OUT/files, LINKS hard-linked copies under OUT/links, and the manifest.

    `heavy` headers carry a MakerNote and Camera Raw settings in some files; `light` ones are
    what a wire desk's tool writes (no MakerNote, small XMP): the same stories and pictures.
    """
    for sub in ("files", "links"):
        shutil.rmtree(out / sub, ignore_errors=True)
    (out / "files").mkdir(parents=True)
    icc = srgb_profile()
    bases: dict[int, BasePicture] = {}
    records = []
    for index in range(n):
        rng = random.Random(f"{seed}:file:{index}")
        base_index = pick_base(rng)
        if base_index not in bases:
            bases[base_index] = make_base(base_index, BASE_TARGETS[base_index], seed)
        base = bases[base_index]
        story = make_story(rng, index)
        camera = rng.choice(CAMERAS)
        header = header_for(story, base, icc, camera, rng, light=profile == "light")
        path = out / "files" / f"{index:05d}_{story.file_stem}.jpg"
        with open(path, "wb") as handle:
            handle.write(header)
            handle.write(base.scan)
        records.append(record_for(path, base_index, camera[0], story))
    for copy in range(links):
        folder = out / "links" / f"{copy:02d}"
        folder.mkdir(parents=True)
        for rec in records:
            os.link(out / "files" / rec.name, folder / rec.name)
    manifest = {
        "seed": seed,
        "n": n,
        "links": links,
        "profile": profile,
        "files": [asdict(r) for r in records],
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    return records


def record_for(path: Path, base_index: int, make: str, story: Story) -> FileRecord:
    fields = {k: v for k, v in asdict(story).items() if k in FileRecord.__dataclass_fields__}
    size = path.stat().st_size
    return FileRecord(
        name=path.name, size=size, base=base_index, make=make, date_created=story.date, **fields
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="distinct files (default 1000)")
    parser.add_argument("--links", type=int, default=0, help="hard-linked copies of the set")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--profile",
        choices=PROFILES,
        default="heavy",
        help="heavy: MakerNotes and Camera Raw blocks; light: wire files without them",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    n = args.n
    records = generate(args.out, n, args.links, args.seed, args.profile)
    total = sum(r.size for r in records)
    elapsed = time.perf_counter() - started
    print(
        f"{len(records)} files, {total / MB:.0f} MB (mean {total / max(n, 1) / MB:.2f} MB)"
        f", {args.links * n} links, in {elapsed:.1f} s -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
