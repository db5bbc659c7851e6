"""EXIF: the tolerant TIFF reader and the lossless IFD0-appending writer."""

from __future__ import annotations

import contextlib
import json
import shutil
import struct
import subprocess
from pathlib import Path

import piexif
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions.errors import CaptionsError, FormatError, UnsupportedError
from captions.formats.exif import TiffReader, read_exif, update_exif

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ASCII, SHORT, LONG = 2, 3, 4

# --- building TIFF bytes in code -------------------------------------------------------------

Entry = tuple[int, int, int, bytes]  # tag, type, count, value bytes


def ascii_entry(tag: int, text: bytes) -> Entry:
    value = text + b"\x00"
    return (tag, ASCII, len(value), value)


def make_tiff(
    ifd0: list[Entry],
    exif: list[Entry] | None = None,
    gps: list[Entry] | None = None,
    order: str = "II",
) -> bytes:
    """A TIFF block: header, IFD0 (+ Exif and GPS sub-IFDs), values after each IFD."""
    pack = "<" if order == "II" else ">"
    out = bytearray(order.encode() + struct.pack(pack + "HI", 42, 8))

    def write_ifd(entries: list[Entry], next_offset: int = 0) -> list[int]:
        start = len(out)
        values_at = start + 2 + 12 * len(entries) + 4
        table, area = bytearray(struct.pack(pack + "H", len(entries))), bytearray()
        for tag, type_, count, value in entries:
            if len(value) <= 4:
                table += struct.pack(pack + "HHI", tag, type_, count) + value.ljust(4, b"\x00")
            else:
                offset = values_at + len(area)
                table += struct.pack(pack + "HHII", tag, type_, count, offset)
                area += value + b"\x00" * (len(value) % 2)
        out.extend(table + struct.pack(pack + "I", next_offset) + area)
        return [start + 2 + 12 * i + 8 for i in range(len(entries))]

    pointers = [e for e in ((34665, exif), (34853, gps)) if e[1] is not None]
    entries = sorted(ifd0 + [(tag, LONG, 1, b"\x00" * 4) for tag, _ in pointers])
    slots = write_ifd(entries)
    for tag, sub in pointers:
        assert sub is not None
        slot = slots[[e[0] for e in entries].index(tag)]
        out[slot : slot + 4] = struct.pack(pack + "I", len(out))
        write_ifd(sorted(sub))
    return bytes(out)


def ifd0_entries(tiff: bytes) -> dict[int, bytes]:
    """tag -> raw value of every IFD0 entry (via the reader under test's bounds checks)."""
    reader = TiffReader(tiff)
    ifd = reader.read_ifd(reader.ifd0_offset, "IFD0")
    assert ifd is not None
    result = {}
    for entry in ifd.entries:
        value = reader.value_bytes(entry, "test")
        assert value is not None
        result[entry.tag] = value
    return result


SAMPLE = make_tiff(
    [
        ascii_entry(270, b"Harbour lights at dusk, Port Velin"),
        ascii_entry(271, b"Examplecam"),
        ascii_entry(315, b"Mira Ostrava"),
        (274, SHORT, 1, b"\x01\x00"),
        ascii_entry(33432, b"(c) Mira Ostrava  "),
    ],
    exif=[
        ascii_entry(36867, b"2021:07:14 18:30:05"),
        ascii_entry(36881, b"+02:00"),
        ascii_entry(0xA430, b"Desk Camera 4"),
        ascii_entry(0xA431, b"SN-000417"),
    ],
    gps=[(1, ASCII, 2, b"N\x00"), (2, 5, 3, b"\x00" * 24)],
)


# --- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize("order", ["II", "MM"])
def test_reads_caption_fields_in_both_byte_orders(order: str) -> None:
    tiff = make_tiff(
        [ascii_entry(270, b"A quiet street"), ascii_entry(315, b"Ana Lind; Tom Berg")],
        order=order,
    )
    fields = read_exif(tiff)
    assert fields.byte_order == order
    assert fields.values == {"caption": "A quiet street", "byline": "Ana Lind; Tom Berg"}
    assert fields.raw["caption"] == b"A quiet street\x00"
    assert fields.warnings == ()


def test_reads_sub_ifds_gps_serial_owner_and_keeps_whitespace() -> None:
    fields = read_exif(SAMPLE)
    assert fields.values["copyright"] == "(c) Mira Ostrava  "  # trailing spaces as stored
    assert fields.values["date_created"] == "2021-07-14T18:30:05+02:00"
    assert fields.has_gps
    assert fields.serial_number == "SN-000417"
    assert fields.owner_name == "Desk Camera 4"


def test_gps_ifd_without_position_is_not_gps() -> None:
    tiff = make_tiff([ascii_entry(270, b"x" * 8)], gps=[(0, 1, 4, b"\x02\x02\x00\x00")])
    assert not read_exif(tiff).has_gps


def test_utf8_and_cp1252_text() -> None:
    utf8 = read_exif(make_tiff([ascii_entry(315, "Łucja Wąs".encode())]))
    assert utf8.values["byline"] == "Łucja Wąs" and utf8.warnings == ()
    legacy = read_exif(make_tiff([ascii_entry(315, "Zoë Brandt".encode("cp1252"))]))
    assert legacy.values["byline"] == "Zoë Brandt"
    assert any("cp1252" in w for w in legacy.warnings)


def test_blank_date_is_skipped_and_bad_date_warned() -> None:
    blank = make_tiff([], exif=[ascii_entry(36867, b"    :  :     :  :  ")])
    assert "date_created" not in read_exif(blank).values
    bad = read_exif(make_tiff([], exif=[ascii_entry(36867, b"yesterday evening")]))
    assert "date_created" not in bad.values
    assert any("not a date" in w for w in bad.warnings)


@pytest.mark.parametrize(
    "data",
    [b"", b"II*", b"XX*\x00\x08\x00\x00\x00", b"II+\x00\x08\x00\x00\x00", b"MM\x00\x2b\x00\x00"],
)
def test_unusable_header_is_a_format_error(data: bytes) -> None:
    with pytest.raises(FormatError, match="TIFF header"):
        read_exif(data)


def test_offsets_out_of_range_become_warnings() -> None:
    tiff = bytearray(make_tiff([ascii_entry(270, b"long enough caption")]))
    struct.pack_into("<I", tiff, 8 + 2 + 8, 0xFFFFFF00)  # the caption's value offset
    fields = read_exif(bytes(tiff))
    assert "caption" not in fields.values
    assert any("overruns" in w for w in fields.warnings)
    far = bytearray(tiff)
    struct.pack_into("<I", far, 4, 10_000)
    assert any("outside" in w for w in read_exif(bytes(far)).warnings)


def test_entry_count_beyond_data_is_cut_and_warned() -> None:
    tiff = bytearray(make_tiff([ascii_entry(315, b"Kai")]))
    struct.pack_into("<H", tiff, 8, 5000)
    fields = read_exif(bytes(tiff))
    assert any("claims 5000 entries" in w for w in fields.warnings)


def test_sub_ifd_loop_is_detected() -> None:
    tiff = bytearray(make_tiff([ascii_entry(315, b"Kai")], exif=[]))
    # point the Exif IFD pointer at IFD0 itself
    reader = TiffReader(bytes(tiff))
    ifd = reader.read_ifd(8, "IFD0")
    assert ifd is not None
    index = [e.tag for e in ifd.entries].index(34665)
    struct.pack_into("<I", tiff, 8 + 2 + 12 * index + 8, 8)
    fields = read_exif(bytes(tiff))
    assert fields.values["byline"] == "Kai"
    assert any("loops" in w for w in fields.warnings)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_captions_errors(data: bytes) -> None:
    for blob in (data, b"II*\x00\x08\x00\x00\x00" + data, b"MM\x00*\x00\x00\x00\x08" + data):
        with contextlib.suppress(CaptionsError):
            read_exif(blob)


@settings(max_examples=200)
@given(st.integers(0, len(SAMPLE) - 1), st.integers(0, 255))
def test_one_corrupted_byte_never_crashes(position: int, value: int) -> None:
    data = bytearray(SAMPLE)
    data[position] = value
    try:
        read_exif(bytes(data))
    except FormatError:
        assert position < 8  # only a broken header may stop the reader


# --- writing ---------------------------------------------------------------------------------


def test_update_appends_ifd0_and_keeps_every_original_byte() -> None:
    new = update_exif(SAMPLE, {"caption": "Night ferry, Port Velin", "copyright": None})
    assert new[8:].startswith(SAMPLE[8:])  # only the IFD0 pointer of the header changes
    assert new[:4] == SAMPLE[:4]
    offset = struct.unpack_from("<I", new, 4)[0]
    assert offset >= len(SAMPLE) and offset % 2 == 0
    fields = read_exif(new)
    assert fields.values["caption"] == "Night ferry, Port Velin"
    assert "copyright" not in fields.values
    assert fields.values["byline"] == "Mira Ostrava"
    assert fields.serial_number == "SN-000417" and fields.has_gps
    before, after = ifd0_entries(SAMPLE), ifd0_entries(new)
    assert {t: v for t, v in before.items() if t not in (270, 33432)} == {
        t: v for t, v in after.items() if t != 270
    }


def test_new_ifd0_is_sorted_and_word_aligned() -> None:
    odd = SAMPLE + b"\x00"  # odd length: the new IFD must still start on a word boundary
    new = update_exif(odd, {"byline": "Ana Lind", "caption": "Ü" * 3})
    reader = TiffReader(new)
    ifd = reader.read_ifd(reader.ifd0_offset, "IFD0")
    assert ifd is not None and reader.ifd0_offset % 2 == 0
    tags = [entry.tag for entry in ifd.entries]
    assert tags == sorted(tags)
    for entry in ifd.entries:
        if entry.type == ASCII and entry.count > 4:
            assert struct.unpack("<I", entry.value_field)[0] % 2 == 0


def test_big_endian_block_stays_big_endian() -> None:
    tiff = make_tiff([ascii_entry(270, b"old words")], order="MM")
    new = update_exif(tiff, {"caption": "Neue Wörter", "byline": "Jo"})
    fields = read_exif(new)
    assert fields.byte_order == "MM"
    assert fields.values == {"caption": "Neue Wörter", "byline": "Jo"}


def test_same_values_twice_give_identical_bytes() -> None:
    values: dict[str, str | None] = {"caption": "Two gulls", "byline": "Mira Ostrava"}
    once = update_exif(SAMPLE, values)
    assert update_exif(once, values) == once


def test_repeated_writes_replace_our_own_ifd0_instead_of_piling_up() -> None:
    final: dict[str, str | None] = {"caption": "Final words", "byline": "Kai Ek"}
    tiff = SAMPLE
    for round_ in range(30):
        tiff = update_exif(tiff, {"caption": f"Draft {round_} " * 40, "copyright": "Draft"})
    tiff = update_exif(tiff, final)
    assert tiff[8 : len(SAMPLE)] == SAMPLE[8:]
    assert tiff == update_exif(update_exif(SAMPLE, {"copyright": "Draft"}), final)
    fields = read_exif(tiff)
    assert fields.values["copyright"] == "Draft" and fields.values["caption"] == "Final words"
    assert ifd0_entries(tiff)[271] == b"Examplecam\x00"


def test_original_ifd0_is_never_dropped() -> None:
    once = update_exif(SAMPLE, {"caption": "Once"})
    assert once[8 : len(SAMPLE)] == SAMPLE[8:]
    # a block whose IFD0 is followed by a sub-IFD is appended to, never cut
    assert update_exif(once, {"caption": "Twice"})[: len(SAMPLE)][8:] == SAMPLE[8:]


def test_create_block_when_there_was_none() -> None:
    tiff = update_exif(None, {"caption": "Market day", "byline": "Kai Ek", "copyright": "©"})
    assert read_exif(tiff).values == {"caption": "Market day", "byline": "Kai Ek", "copyright": "©"}


def test_refuses_to_patch_a_broken_ifd0() -> None:
    tiff = bytearray(SAMPLE)
    struct.pack_into("<H", tiff, 8, 4000)
    with pytest.raises(FormatError, match="cannot be patched"):
        update_exif(bytes(tiff), {"caption": "x"})


def test_nul_in_text_is_refused() -> None:
    with pytest.raises(UnsupportedError):
        update_exif(SAMPLE, {"caption": "a\x00b"})


EXIF_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.fixed_dictionaries(
        {},
        optional={"caption": st.none() | EXIF_TEXT, "byline": st.none() | EXIF_TEXT},
    ),
    st.sampled_from(["II", "MM"]),
)
def test_update_then_read_returns_what_was_set(values: dict[str, str | None], order: str) -> None:
    tiff = make_tiff(
        [ascii_entry(271, b"Examplecam"), ascii_entry(315, b"Old Name")],
        exif=[ascii_entry(36867, b"2020:01:02 03:04:05")],
        order=order,
    )
    new = update_exif(tiff, values)
    fields = read_exif(new)
    for name, value in values.items():
        assert fields.values.get(name) == value
    assert fields.values["date_created"] == "2020-01-02T03:04:05"
    assert ifd0_entries(new)[271] == b"Examplecam\x00"


# --- real camera files: exiftool and exiv2 read everything else unchanged ----------------------


def app1_exif(jpeg: bytes) -> tuple[int, int] | None:
    """(start, end) of the TIFF data in the first Exif APP1 segment."""
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        if marker in (0xDA, 0xD9):
            return None
        length = struct.unpack_from(">H", jpeg, pos + 2)[0]
        if marker == 0xE1 and jpeg[pos + 4 : pos + 10] == b"Exif\x00\x00":
            return pos + 10, pos + 2 + length
        pos += 2 + length
    return None


def with_tiff(jpeg: bytes, tiff: bytes) -> bytes:
    span = app1_exif(jpeg)
    assert span is not None
    start, end = span
    length = struct.pack(">H", len(tiff) + 8)
    return jpeg[: start - 8] + length + b"Exif\x00\x00" + tiff + jpeg[end:]


def camera_jpegs() -> list[Path]:
    real = CORPUS / "real"
    if not real.is_dir():
        return []
    files = [p for p in sorted(real.rglob("*")) if p.suffix.lower() in (".jpg", ".jpeg")]
    return [p for p in files if app1_exif(p.read_bytes()) is not None]


NEW_VALUES: dict[str, str | None] = {
    "caption": "Ferry at dawn, Port Velin — 港の朝 (Łukasz Ëlm)",
    "byline": "Mira Ostrava; Kai Ek",
    "copyright": None,
}
DRAFT_VALUES: dict[str, str | None] = {"caption": "Draft caption " * 20, "copyright": "Draft"}
OUR_TAGS = {"IFD0:ImageDescription", "IFD0:Artist", "IFD0:Copyright"}
MOVES_WITH_SEGMENTS = {"MPImage2:MPImageStart", "MPImage3:MPImageStart"}  # absolute file offsets


def exiftool_json(args: list[str], paths: list[Path]) -> list[dict[str, object]]:
    proc = subprocess.run(
        ["exiftool", "-j", *args, *map(str, paths)], capture_output=True, text=True, timeout=600
    )
    result: list[dict[str, object]] = json.loads(proc.stdout, object_pairs_hook=keep_repeats)
    return result


def keep_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose repeated keys (exiftool -a prints one per warning) become lists."""
    merged: dict[str, object] = {}
    for key, value in pairs:
        if key in merged:
            previous = merged[key]
            merged[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            merged[key] = value
    return merged


@pytest.fixture(scope="module")
def patched_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    files = camera_jpegs()
    if not files:
        pytest.skip("corpus not available")
    out_dir = tmp_path_factory.mktemp("patched")
    pairs = []
    for index, path in enumerate(files):
        data = path.read_bytes()
        span = app1_exif(data)
        assert span is not None
        try:  # two writes: the second replaces the IFD0 the first appended
            draft = update_exif(data[span[0] : span[1]], DRAFT_VALUES)
            tiff = update_exif(draft, NEW_VALUES)
        except FormatError:
            continue  # refusing is allowed; writing something broken is not
        if span[0] - 10 + len(tiff) + 10 > 0xFFFF:
            continue
        target = out_dir / f"{index:03d}.jpg"
        target.write_bytes(with_tiff(data, tiff))
        pairs.append((path, target))
    assert len(pairs) >= 0.95 * len(files)
    return pairs


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_reads_every_other_tag_identically(
    patched_corpus: list[tuple[Path, Path]],
) -> None:
    skip = ["-x", "File:all", "-x", "System:all", "-x", "ExifTool:all", "-x", "Composite:all"]
    paths = [p for pair in patched_corpus for p in pair]
    tags = exiftool_json(["-a", "-G1", "-b", *skip], paths)
    assert len(tags) == len(paths)
    for before, after in zip(tags[::2], tags[1::2], strict=True):
        name = before.pop("SourceFile")
        after.pop("SourceFile")
        assert after["IFD0:ImageDescription"] == NEW_VALUES["caption"], name
        assert after["IFD0:Artist"] == NEW_VALUES["byline"], name
        assert "IFD0:Copyright" not in after, name
        ignore = OUR_TAGS | MOVES_WITH_SEGMENTS
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        assert changed <= ignore, (name, sorted(changed - ignore))


def validation_warnings(paths: list[Path]) -> dict[str, set[str]]:
    """path -> warnings of `exiftool -validate -warning -a` (its JSON keeps only the first)."""
    proc = subprocess.run(
        ["exiftool", "-validate", "-warning", "-a", "-s", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    found: dict[str, set[str]] = {}
    current = str(paths[0])
    for line in proc.stdout.splitlines():
        if line.startswith("======== "):
            current = line[len("======== ") :]
        elif line.startswith("Warning"):
            found.setdefault(current, set()).add(line.split(":", 1)[1].strip())
    return found


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_validate_reports_nothing_new(patched_corpus: list[tuple[Path, Path]]) -> None:
    found = validation_warnings([p for pair in patched_corpus for p in pair])
    assert found, "exiftool reported no warnings at all: the parsing of its output broke"
    for original, patched in patched_corpus:
        new = found.get(str(patched), set()) - found.get(str(original), set())
        assert not {w for w in new if "ImageDescription" not in w and "Artist" not in w}, (
            original.name,
            new,
        )


@pytest.mark.skipif(shutil.which("exiv2") is None, reason="exiv2 not installed")
def test_exiv2_reads_every_other_exif_tag_identically(
    patched_corpus: list[tuple[Path, Path]],
) -> None:
    ours = (b"Exif.Image.ImageDescription", b"Exif.Image.Artist", b"Exif.Image.Copyright")
    for original, patched in patched_corpus[:40]:
        lines = []
        for path in (original, patched):
            proc = subprocess.run(
                ["exiv2", "-PEkv", str(path)], capture_output=True, timeout=60, check=False
            )
            lines.append([ln for ln in proc.stdout.splitlines() if not ln.startswith(ours)])
        assert sorted(lines[0]) == sorted(lines[1]), original.name  # IFD0 is now sorted


def test_piexif_made_sub_ifds_without_next_pointer_can_be_patched() -> None:
    # piexif writes no next-IFD pointer after the Exif and GPS IFDs: the bytes there are values.
    dumped = piexif.dump(
        {
            "0th": {270: b"old", 315: b"Someone"},
            "Exif": {0xA431: b"SN-42"},
            "GPS": {1: b"N", 2: ((59, 1), (54, 1), (0, 1))},
        }
    )
    patched = update_exif(dumped[6:], {"caption": "Fjord at dawn"})
    fields = read_exif(patched)
    assert fields.values["caption"] == "Fjord at dawn"
    assert fields.values["byline"] == "Someone"
    assert fields.has_gps and fields.serial_number == "SN-42"
    original = dumped[6:]
    assert patched[8 : len(original)] == original[8:], "the original bytes must not move"


# --- damage classes found by the corpus sweep ---------------------------------------------------


def with_ifd1(tiff: bytes, entries: int, next_offset: int = 0) -> bytes:
    """`tiff` (little-endian, from make_tiff) with an IFD1 of `entries` SHORT entries appended
    and linked from IFD0; IFD1's next pointer is `next_offset`."""
    out = bytearray(tiff)
    out += b"\x00" * (len(out) % 2)
    ifd1 = len(out)
    rows = [struct.pack("<HHIHH", 256 + i, SHORT, 1, i, 0) for i in range(entries)]
    out += struct.pack("<H", entries) + b"".join(rows) + struct.pack("<I", next_offset)
    count = struct.unpack_from("<H", out, 8)[0]
    struct.pack_into("<I", out, 8 + 2 + 12 * count, ifd1)
    return bytes(out)


def test_a_long_ifd1_stays_inside_the_span_exiftool_gives_it() -> None:
    # An uncompressed (strip) thumbnail's IFD1 has 17 entries; exiftool bounds IFD1 by the bytes
    # from IFD0 to the end, so a short new IFD0 made it report "Short directory size for IFD1".
    tiff = with_ifd1(make_tiff([ascii_entry(271, b"Cam")]), 17)
    for values in ({"caption": "x"}, {"caption": "y"}, {"caption": "a longer caption " * 9}):
        tiff = update_exif(tiff, values)
        start = TiffReader(tiff).ifd0_offset
        assert len(tiff) - start >= 2 + 12 * 17 + 4
        reader = TiffReader(tiff)
        ifd0 = reader.read_ifd(start, "IFD0")
        assert ifd0 is not None and reader.read_ifd(ifd0.next_offset, "IFD1") is not None
        assert read_exif(tiff).values["caption"] == values["caption"]
    once = update_exif(tiff, {"caption": "z"})
    assert update_exif(once, {"caption": "w"}).__len__() == len(once)  # padding replaced, no pile


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_sees_no_short_ifd1_after_a_short_caption(tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "plain.jpg"
    Image.new("RGB", (8, 8), "teal").save(image, exif=b"Exif\x00\x00" + make_tiff([]))
    data = image.read_bytes()
    tiff = with_ifd1(make_tiff([ascii_entry(271, b"Cam")]), 17)
    before, after = tmp_path / "before.jpg", tmp_path / "after.jpg"
    before.write_bytes(with_tiff(data, tiff))
    after.write_bytes(with_tiff(data, update_exif(tiff, {"caption": "x"})))
    found = validation_warnings([before, after])
    new = found.get(str(after), set()) - found.get(str(before), set())
    assert not [w for w in new if "Short directory" in w], new


def test_an_ifd_chain_that_leads_back_to_ifd0_is_refused() -> None:
    # After the write the old IFD0 would be read as IFD2 and its Exif IFD a second time
    # (exiftool: "ExifIFD pointer references previous ExifIFD directory").
    tiff = with_ifd1(make_tiff([ascii_entry(271, b"Cam")], exif=[ascii_entry(36867, b"x")]), 2, 8)
    with pytest.raises(FormatError, match="points back at IFD0"):
        update_exif(tiff, {"caption": "Harbour"})
    assert read_exif(tiff).values == {}  # still read, never written


def test_a_next_pointer_cut_off_by_the_end_of_the_data_stays_zero() -> None:
    # IFD1 is the last thing in the block and its next-IFD pointer is missing (read as 0): the
    # appended IFD0 must not become that pointer (exiftool: "Bad IFD2 directory").
    cut = with_ifd1(make_tiff([ascii_entry(271, b"Cam")]), 0)[:-4]
    new = update_exif(cut, {"caption": "x"})
    reader = TiffReader(new)
    ifd0 = reader.read_ifd(reader.ifd0_offset, "IFD0")
    assert ifd0 is not None
    ifd1 = reader.read_ifd(ifd0.next_offset, "IFD1")
    assert ifd1 is not None and ifd1.next_offset == 0
    assert new[8 : len(cut)] == cut[8:]


def test_a_strip_past_the_end_is_refused() -> None:
    # After the append the strip would lie in our new IFD0: a reader would take it as pixels.
    tiff = make_tiff([(273, LONG, 1, struct.pack("<I", 4000)), (279, LONG, 1, b"\x10\0\0\0")])
    with pytest.raises(FormatError, match="0x0111 points at 0xFA0, past the end"):
        update_exif(tiff, {"caption": "x"})


def test_a_value_in_the_header_is_refused() -> None:
    # The write changes the header's IFD0 pointer, so such a value would change with it.
    tiff = make_tiff([(262, SHORT, 5, b"\x02\0\0\0")])  # 10 bytes at offset 2
    with pytest.raises(FormatError, match="into the TIFF header"):
        update_exif(tiff, {"caption": "x"})


def test_a_value_running_into_ifd0_keeps_ifd0_where_it_is() -> None:
    base = make_tiff([ascii_entry(271, b"Camera one")], exif=[ascii_entry(36867, b"x")])
    once = bytearray(update_exif(base, {"caption": "1"}))
    start = struct.unpack_from("<I", once, 4)[0]  # our IFD0, at the end of the block
    reader = TiffReader(bytes(once))
    ifd0 = reader.read_ifd(start, "IFD0")
    assert ifd0 is not None
    make = [i for i, e in enumerate(ifd0.entries) if e.tag == 271][0]
    # Make's 11 bytes now start 4 bytes before IFD0 and run into it.
    struct.pack_into("<I", once, start + 2 + 12 * make + 8, start - 4)
    old = bytes(once)
    new = update_exif(old, {"caption": "two"})
    assert new[8 : len(old)] == old[8:]  # the old IFD0 was not dropped: Make's value is whole


def test_a_tag_repeated_apart_in_ifd0_is_refused() -> None:
    tiff = make_tiff([ascii_entry(271, b"Cam")])
    reader = TiffReader(tiff)
    ifd0 = reader.read_ifd(8, "IFD0")
    assert ifd0 is not None
    # IFD0: Make, then a second Make after a Model entry (as a fuzzed file had it).
    rows = [ifd0.entries[0].raw, struct.pack("<HHI", 272, 2, 2) + b"X\0\0\0", ifd0.entries[0].raw]
    table = struct.pack("<H", 3) + b"".join(rows) + b"\0\0\0\0"
    block = tiff[:8] + table + tiff[8 + 2 + 12 + 4 :]
    with pytest.raises(FormatError, match="tag 0x010F twice, apart"):
        update_exif(block, {"caption": "x"})
