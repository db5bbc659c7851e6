"""Every file of a corpus through `captions show`, `audit` and `set` (on a copy), with checks.

    python scripts/corpus_sweep.py [CORPUS] [--limit N] [--no-exiftool] [--json]

CORPUS defaults to ../shared/corpus next to the repository. For each file:
- `show --json` and `set` run in-process through the CLI (`captions.cli.app.run`), so any
  exception other than a clean exit is caught and counted as a traceback;
- `audit` runs once over the whole copied corpus, and its findings are counted per file;
- `set` writes a caption, a byline and a credit to a temporary copy. After a write that
  succeeded: the picture bytes are unchanged (a JPEG's scan from SOS on, every PNG or WebP chunk
  we do not own, parsed here apart from the engine), the pixels decode the same (Pillow, every
  frame), the file re-reads with the values set, and writing them again changes nothing. Then
  short values are written (a small new EXIF IFD0 exposes damage the long ones hide), and
  `exiftool -validate -warning` must report no new warning and every tag exiftool reads
  (`-a -G1`) other than those we set must read identical. After a write that failed: the file
  is byte-identical, and the error is one line naming the file.
Prints a summary table (written and refused per format, real and malformed files apart);
exits 1 when any invariant was broken.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
NOT_DATA = {"MANIFEST.tsv", "README.md", "metadata.jsonl", "metadata-malformed.jsonl"}

VALUES = {
    "caption": "Sweep caption: Zoë Ødegård and Łukasz Wiśniewski at the 東京 pier",
    "byline": "Kai Sweeper",
    "credit": "Sweep Agency",
}
SET_ARGS = [
    "--caption",
    VALUES["caption"],
    "--byline",
    VALUES["byline"],
    "--credit",
    "Sweep Agency",
]
# A second write with short values: a small new EXIF IFD0 is what exposed IFD1 damage
# (exiftool's "Short directory size for IFD1"), and it replaces the IFD0 the first write appended.
SHORT_ARGS = ["--caption", "x", "--byline", "K"]

# Tags the write is meant to change (our values), and bookkeeping that follows from them.
SET_TAGS = {
    "IFD0:ImageDescription",
    "IFD0:Artist",
    "IPTC:Caption-Abstract",
    "IPTC:By-line",
    "IPTC:Credit",
    "XMP-dc:Description",
    "XMP-dc:Creator",
    "XMP-photoshop:Credit",
}
BOOKKEEPING_GROUPS = ("File:", "System:", "Composite:", "ExifTool:")
BOOKKEEPING_TAGS = {
    "IPTC:CodedCharacterSet",
    "IPTC:ApplicationRecordVersion",
    "IPTC:EnvelopeRecordVersion",
    "Photoshop:IPTCDigest",
    "XMP-x:XMPToolkit",
}
# Absolute file offsets of embedded images: they move with the metadata before them. The images
# themselves are compared byte for byte instead (`embedded_images`).
POSITION_TAGS = {"ThumbnailOffset", "MPImageStart", "PreviewImageStart"}
EMBEDDED_IMAGES = ["-ThumbnailImage", "-PreviewImage", "-MPImage*"]
# Tags a new EXIF block carries because EXIF requires them in a JPEG (allowed when added).
NEW_EXIF_TAGS = {
    "IFD0:XResolution",
    "IFD0:YResolution",
    "IFD0:ResolutionUnit",
    "IFD0:YCbCrPositioning",
}


# Problems the engine is known to have, each with an xfail test in tests/test_hardening_*.py:
# (file name, start of the problem). Reported in the summary, not counted as broken.
KNOWN_GAPS: tuple[tuple[str, str], ...] = ()


@dataclass
class CliRun:
    code: int
    stdout: str
    stderr: str
    traceback: str | None = None


@dataclass
class Outcome:
    """What happened to one corpus file."""

    path: str
    show_code: int = 0
    show_error: str | None = None
    write: str = "refused"  # written | unchanged | refused
    reason: str | None = None  # refusal, normalized
    findings: int = 0
    format: str = "?"  # as detected from the first bytes
    problems: list[str] = field(default_factory=list)  # broken invariants
    notes: list[str] = field(default_factory=list)  # differences explained, not violations


def run_cli(args: Sequence[str]) -> CliRun:
    """Run the CLI in-process; an exception escaping it is recorded as a traceback."""
    from captions.cli.app import run

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(list(args))
    except Exception:  # noqa: BLE001 - this is what the sweep looks for
        return CliRun(-1, out.getvalue(), err.getvalue(), traceback.format_exc())
    return CliRun(code, out.getvalue(), err.getvalue())


def corpus_files(root: Path) -> list[Path]:
    return sorted(
        p for p in root.rglob("*") if p.is_file() and not (p.parent == root and p.name in NOT_DATA)
    )


def normalize_reason(message: str, path: str) -> str:
    """A refusal message with the file name, offsets and numbers taken out, for grouping."""
    text = message.removeprefix("captions: error: ").replace(path, "FILE")
    text = text.removeprefix("FILE: ").removeprefix("refused to write: ")
    text = re.sub(r"\b\d+\b", "N", text)
    text = re.sub(r"\b0x[0-9A-Fa-f]+\b", "0x…", text)
    return text[:90]


# --- show, set ---------------------------------------------------------------------------------


def sweep_file(original: Path, copy: Path, label: str) -> Outcome:
    from captions.formats.detect import detect_format

    with open(copy, "rb") as stream:
        head = stream.read(32)
    outcome = Outcome(label, format=detect_format(head) or "unknown")
    _check_show(copy, outcome)
    _check_set(copy, outcome)
    return outcome


def _check_show(copy: Path, outcome: Outcome) -> None:
    shown = run_cli(["show", "--json", str(copy)])
    outcome.show_code = shown.code
    if shown.traceback:
        outcome.problems.append(f"show: traceback\n{shown.traceback}")
        return
    if shown.code not in (0, 2):
        outcome.problems.append(f"show: exit code {shown.code}")
    lines = [line for line in shown.stderr.splitlines() if line.strip()]
    if shown.code == 2:
        if len(lines) != 1 or str(copy) not in lines[0]:
            outcome.problems.append(f"show: error is not one line naming the file: {lines}")
        outcome.show_error = normalize_reason(lines[0] if lines else "", str(copy))
    try:
        json.loads(shown.stdout)
    except ValueError:
        outcome.problems.append("show --json printed invalid JSON")


def _check_set(copy: Path, outcome: Outcome) -> None:
    from captions import metadata

    before = copy.read_bytes()
    result = run_cli(["set", str(copy), *SET_ARGS])
    after = copy.read_bytes()
    if result.traceback:
        outcome.problems.append(f"set: traceback\n{result.traceback}")
    errors = [line for line in result.stderr.splitlines() if line.startswith("captions: error")]
    if result.code != 0:
        outcome.write = "refused"
        outcome.reason = normalize_reason(errors[0] if errors else result.stderr, str(copy))
        if after != before:
            outcome.problems.append("set failed but the file changed")
        if len(errors) != 1 or str(copy) not in errors[0]:
            outcome.problems.append(f"set: error is not one line naming the file: {errors}")
        return
    if after == before:
        outcome.write = "unchanged"
        return
    outcome.write = "written"
    outcome.problems += _compare_image_data(before, after)
    again = run_cli(["set", str(copy), *SET_ARGS])
    if again.traceback or again.code != 0 or copy.read_bytes() != after:
        outcome.problems.append("writing the same values again changed the file")
    try:
        meta = metadata.read(copy)
    except Exception as exc:  # noqa: BLE001
        outcome.problems.append(f"written file does not re-read: {exc}")
        return
    for name, value in VALUES.items():
        got = meta.fields[name].value
        expected: Any = [value] if name == "byline" else value
        if got != expected:
            outcome.problems.append(f"{name} reads back {got!r}, not {expected!r}")
    short = run_cli(["set", str(copy), *SHORT_ARGS])
    if short.traceback or short.code != 0:
        outcome.problems.append(f"a second write with short values failed: {short.stderr[:200]}")
        return
    outcome.problems += [
        f"after short values: {p}" for p in _compare_image_data(before, copy.read_bytes())
    ]


def _compare_image_data(before: bytes, after: bytes) -> list[str]:
    """The picture bytes (parsed here, apart from the engine) and the decoded pixels."""
    problems = []
    kind = _kind(before)
    if kind == "jpeg":
        problems += _compare_jpeg(before, after)
    elif kind == "png" and _png_picture(before) != _png_picture(after):
        problems.append("a PNG chunk we do not own changed")
    elif kind == "webp" and _webp_picture(before) != _webp_picture(after):
        problems.append("a WebP chunk we do not own changed")
    pixels_before, pixels_after = _pixels(before), _pixels(after)
    if pixels_before != pixels_after:
        problems.append("decoded pixels changed")
    return problems


def _kind(data: bytes) -> str:
    if data.startswith(b"\xff\xd8"):
        return "jpeg"
    if data.startswith(b"\x89PNG"):
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return "other"


def _compare_jpeg(before: bytes, after: bytes) -> list[str]:
    from captions.formats import jpeg

    problems = []
    old, new = jpeg.split(before), jpeg.split(after)
    old_scan, old_trailer = _split_afcp(before[old.scan_offset :], old.scan_offset)
    new_scan, new_trailer = _split_afcp(after[new.scan_offset :], new.scan_offset)
    if old_scan != new_scan:
        problems.append("scan data changed")
    if len(old_trailer) != len(new_trailer):
        problems.append("AFCP trailer changed size")
    return problems


_PNG_OURS = (b"XML:com.adobe.xmp", b"Raw profile type exif", b"Raw profile type app1")
_PNG_OURS += (b"Raw profile type iptc", b"Raw profile type xmp", b"Raw profile type 8bim")


def _png_picture(data: bytes) -> list[bytes]:
    """Every PNG chunk but eXIf and the text chunks that hold XMP, EXIF or IPTC, and the bytes
    after IEND."""
    pos, kept = 8, []
    while pos + 12 <= len(data):
        length = struct.unpack_from(">I", data, pos)[0]
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        ours = kind == b"eXIf" or (
            kind in (b"tEXt", b"zTXt", b"iTXt")
            and body.split(b"\0", 1)[0].lower() in {k.lower() for k in _PNG_OURS}
        )
        if not ours:
            kept.append(data[pos : pos + 12 + length])
        pos += 12 + length
        if kind == b"IEND":
            break
    return [*kept, data[pos:]]


def _webp_picture(data: bytes) -> list[bytes]:
    """Every WebP chunk but VP8X, EXIF and XMP, and the bytes after the RIFF data."""
    end = min(len(data), 8 + struct.unpack_from("<I", data, 4)[0])
    pos, kept = 12, []
    while pos + 8 <= end:
        length = struct.unpack_from("<I", data, pos + 4)[0]
        stop = pos + 8 + length + (length & 1)
        if data[pos : pos + 4] not in (b"VP8X", b"EXIF", b"XMP "):
            kept.append(data[pos:stop])
        pos = stop
    return [*kept, data[end:]]


def _split_afcp(tail: bytes, base: int) -> tuple[bytes, bytes]:
    """(scan, AFCP trailer) of the bytes from SOS on (at file offset `base`). The trailer starts
    where its end record says; its absolute offsets move with the header, and exiftool's
    reading of it (tags, "Adjusted AFCP offsets" warning) checks them."""
    if len(tail) < 12 or tail[-12:-9] != b"AXS":
        return tail, b""
    order = ">" if tail[-9:-8] == b"!" else "<"
    start = struct.unpack(order + "I", tail[-8:-4])[0] - base
    if 0 <= start < len(tail) - 12 and tail[start : start + 4] == tail[-12:-8]:
        return tail[:start], tail[start:]
    return tail, b""


def _pixels(data: bytes) -> str | None:
    """A hash of the decoded pixels (Pillow), or a note that Pillow cannot decode them."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > 50_000_000:
                return "too large to decode"
            digest = hashlib.sha256()
            for frame in range(min(getattr(image, "n_frames", 1), 16)):  # pages, animation
                image.seek(frame)
                digest.update(image.tobytes())
            return digest.hexdigest()
    except Exception as exc:  # noqa: BLE001 - Pillow's errors are not ours
        return f"undecodable: {type(exc).__name__}"


# --- audit -------------------------------------------------------------------------------------


def audit_counts(folder: Path) -> tuple[Counter[str], CliRun]:
    """Findings per file path from one in-process `audit` of the whole folder."""
    result = run_cli(
        ["audit", "--isolated", "-q", "-j", "1", "--output-format", "json-lines", str(folder)]
    )
    counts: Counter[str] = Counter()
    for line in result.stdout.splitlines():
        if line.strip():
            counts[json.loads(line)["path"]] += 1
    return counts, result


def folder_runs(folder: Path) -> list[str]:
    """`captions show` and `captions audit` over the whole folder as real processes."""
    problems = []
    for args, allowed in (
        (["show", str(folder)], (0, 2)),
        (["audit", "-q", str(folder)], (0, 1, 2)),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "captions", *args], capture_output=True, timeout=900, check=False
        )
        stderr = done.stderr.decode("utf-8", "replace")
        if "Traceback" in stderr or done.returncode not in allowed:
            problems.append(f"captions {args[0]} FOLDER: exit {done.returncode}\n{stderr[-2000:]}")
    return problems


# --- exiftool ----------------------------------------------------------------------------------


def exiftool_tags(files: Sequence[Path]) -> dict[str, dict[str, list[str]]]:
    """`exiftool -a -G1 -s -validate` of each file: tag -> values (duplicates kept)."""
    found: dict[str, dict[str, list[str]]] = {}
    if not files:
        return found
    with tempfile.NamedTemporaryFile("w", suffix=".args", encoding="utf-8") as argfile:
        argfile.write("\n".join(str(f) for f in files) + "\n")
        argfile.flush()
        command = ["exiftool", "-a", "-G1", "-s", "-all", "-validate", "-warning"]
        command += ["-charset", "filename=utf8"]
        output = subprocess.run(
            [*command, "-@", argfile.name], capture_output=True, check=False, timeout=600
        ).stdout.decode("utf-8", "replace")
    current: dict[str, list[str]] | None = None
    single = str(files[0]) if len(files) == 1 else None
    if single is not None:
        current = found.setdefault(single, {})
    for line in output.splitlines():
        if line.startswith("======== "):
            current = found.setdefault(line[9:], {})
            continue
        match = re.match(r"\[([^\]]+)\]\s+(\S+)\s*: ?(.*)$", line)
        if match and current is not None:
            key = f"{match[1]}:{match[2]}"
            current.setdefault(key, []).append(match[3])
    return found


def embedded_images(files: Sequence[Path]) -> dict[str, dict[str, str]]:
    """SHA-256 of the thumbnail, preview and MPF images exiftool extracts from each file."""
    found: dict[str, dict[str, str]] = {}
    if not files:
        return found
    with tempfile.NamedTemporaryFile("w", suffix=".args", encoding="utf-8") as argfile:
        argfile.write("\n".join(str(f) for f in files) + "\n")
        argfile.flush()
        command = ["exiftool", "-j", "-b", "-G1", *EMBEDDED_IMAGES, "-charset", "filename=utf8"]
        output = subprocess.run(
            [*command, "-@", argfile.name], capture_output=True, check=False, timeout=600
        ).stdout
    for record in json.loads(output or b"[]"):
        found[record.pop("SourceFile")] = {
            key: hashlib.sha256(str(value).encode()).hexdigest()
            for key, value in record.items()
            if isinstance(value, str) and value.startswith("base64:")
        }
    return found


def _merge_iptc_groups(tags: dict[str, list[str]]) -> dict[str, list[str]]:
    """IPTC, IPTC2, ... as one group, read as exiftool shows them (and as the engine reads and
    writes them back as one IIM): for each tag, the values of the first group that holds it."""
    merged: dict[str, list[str]] = {}
    iptc: dict[str, tuple[int, list[str]]] = {}
    for key, values in tags.items():
        group, _, name = key.partition(":")
        number = re.fullmatch(r"IPTC(\d*)", group)
        if number is not None:
            rank = int(number.group(1) or 1)
            if name not in iptc or rank < iptc[name][0]:
                iptc[name] = (rank, values)
            continue
        if re.fullmatch(r"ExifTool\d*", group):
            key = f"ExifTool:{name}"
        merged.setdefault(key, []).extend(values)
    merged.update({f"IPTC:{name}": sorted(values) for name, (_, values) in iptc.items()})
    return merged


def compare_tags(
    before: dict[str, list[str]], after: dict[str, list[str]]
) -> tuple[list[str], list[str]]:
    """(problems, notes): tags changed that we did not set, and new exiftool warnings."""
    problems: list[str] = []
    notes: list[str] = []
    before, after = _merge_iptc_groups(before), _merge_iptc_groups(after)
    old_warnings = Counter(before.get("ExifTool:Warning", []))
    for warning in Counter(after.get("ExifTool:Warning", [])) - old_warnings:
        problems.append(f"new exiftool warning: {warning}")
    for key in sorted(set(before) | set(after)):
        if key in SET_TAGS or key in BOOKKEEPING_TAGS or key.startswith(BOOKKEEPING_GROUPS):
            continue
        if key.partition(":")[2] in POSITION_TAGS:
            continue
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None and key == "RIFF:WebP_Flags" and new and _new_webp_flags(new):
            notes.append(f"{key}: a simple WebP given a VP8X header: {new}")
            continue
        if old is None and key in NEW_EXIF_TAGS:
            continue
        if old and new and key.startswith("IPTC:") and sorted(map(_latin1_misread, old)) == new:
            notes.append(f"{key}: exiftool read the undeclared UTF-8 as Latin-1 before")
            continue
        if old and new and _same_webp_canvas(key, old, new):
            notes.append(f"{key}: the new VP8X header tells it too, or its EXIF/XMP flags")
            continue
        problems.append(f"tag {key} changed: {old!r} -> {new!r}")
    return problems, notes


def _latin1_misread(text: str) -> str:
    """The text as UTF-8 when exiftool decoded its bytes as Latin-1 (or cp1252, its default for
    IIM without a declared character set)."""
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


def _new_webp_flags(new: list[str]) -> bool:
    """Flags of a VP8X header we made: EXIF, XMP and the lossless bitstream's alpha bit."""
    return {w.strip() for v in new for w in v.split(",")} <= {"EXIF", "XMP", "Alpha"}


def _same_webp_canvas(key: str, old: list[str], new: list[str]) -> bool:
    """A WebP given a VP8X header: exiftool reads the size from it and from the bitstream, and
    its flags gain EXIF and XMP; anything else is a change."""
    if key in ("RIFF:ImageWidth", "RIFF:ImageHeight"):
        return set(old) == set(new)
    if key == "RIFF:WebP_Flags":

        def rest(values: list[str]) -> set[str]:
            words = {w.strip() for v in values for w in v.split(",")}
            return words - {"EXIF", "XMP"}

        return rest(old) == rest(new)
    return False


# --- the sweep ---------------------------------------------------------------------------------


@dataclass
class Sweep:
    outcomes: list[Outcome]
    audit_run: CliRun
    exiftool: bool
    folder_problems: list[str] = field(default_factory=list)


def sweep(
    corpus: Path,
    work: Path,
    *,
    limit: int | None = None,
    use_exiftool: bool = True,
    processes: bool = True,
) -> Sweep:
    files = corpus_files(corpus)
    if limit is not None:
        files = _spread(files, limit)
    copies = work / "copies"
    pairs: list[tuple[Path, Path]] = []
    for original in files:
        relative = original.relative_to(corpus)
        copy = copies / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(original, copy)
        pairs.append((original, copy))
    counts, audit_run = audit_counts(copies)
    folder_problems = folder_runs(copies) if processes else []
    use_exiftool = use_exiftool and shutil.which("exiftool") is not None
    tags_before = exiftool_tags([c for _, c in pairs]) if use_exiftool else {}
    images_before = embedded_images([c for _, c in pairs]) if use_exiftool else {}
    outcomes = []
    for original, copy in pairs:
        outcome = sweep_file(original, copy, str(original.relative_to(corpus)))
        outcome.findings = counts.get(str(copy), 0)
        outcomes.append(outcome)
    if use_exiftool:
        _check_with_exiftool(pairs, outcomes, tags_before, images_before)
    return Sweep(outcomes, audit_run, use_exiftool, folder_problems)


def _spread(files: list[Path], limit: int) -> list[Path]:
    """`limit` files spread over the whole sorted list (every source, real and malformed)."""
    if limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def _check_with_exiftool(
    pairs: list[tuple[Path, Path]],
    outcomes: list[Outcome],
    tags_before: dict[str, dict[str, list[str]]],
    images_before: dict[str, dict[str, str]],
) -> None:
    written = [(c, o) for (_, c), o in zip(pairs, outcomes, strict=True) if o.write == "written"]
    tags_after = exiftool_tags([c for c, _ in written])
    images_after = embedded_images([c for c, _ in written])
    for copy, outcome in written:
        key = str(copy)
        problems, notes = compare_tags(tags_before.get(key, {}), tags_after.get(key, {}))
        if images_before.get(key, {}) != images_after.get(key, {}):
            problems.append("an embedded image (thumbnail, preview, MPF) changed or went missing")
        outcome.problems += problems
        outcome.notes += notes


def summary(result: Sweep) -> str:
    outcomes = result.outcomes
    status = Counter(o.write for o in outcomes)
    reasons = Counter(o.reason for o in outcomes if o.write == "refused")
    lines = [
        "| corpus sweep | files |",
        "| --- | ---: |",
        f"| files | {len(outcomes)} |",
        f"| `show` read | {sum(o.show_code == 0 for o in outcomes)} |",
        f"| `show` clear error (exit 2) | {sum(o.show_code == 2 for o in outcomes)} |",
        f"| `set` written | {status['written']} |",
        f"| `set` unchanged (values already there) | {status['unchanged']} |",
        f"| `set` refused, file byte-identical | {status['refused']} |",
        f"| files with audit findings | {sum(o.findings > 0 for o in outcomes)} |",
        f"| audit findings | {sum(o.findings for o in outcomes)} |",
        f"| tracebacks | {sum(any('traceback' in p for p in o.problems) for o in outcomes)} |",
        f"| broken invariants | {len(broken(result))} |",
        f"| known gaps (xfail tests) | {len(known(result))} |",
        f"| exiftool checks | {'yes' if result.exiftool else 'skipped (no exiftool)'} |",
        "",
        "| format (part) | files | written | unchanged | refused |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    by_format: dict[str, Counter[str]] = {}
    for o in outcomes:
        key = f"{o.format} ({o.path.split('/', 1)[0]})"
        by_format.setdefault(key, Counter())[o.write] += 1
    for key, counts in sorted(by_format.items()):
        total = sum(counts.values())
        row = f"| {key} | {total} | {counts['written']} | {counts['unchanged']} |"
        lines.append(f"{row} {counts['refused']} |")
    lines += ["", "| refused: reason | files |", "| --- | ---: |"]
    lines += [f"| {reason} | {n} |" for reason, n in reasons.most_common()]
    return "\n".join(lines)


def is_known(outcome: Outcome, problem: str) -> bool:
    name = Path(outcome.path).name
    return any(name == file and problem.startswith(start) for file, start in KNOWN_GAPS)


def known(result: Sweep) -> list[str]:
    return [f"{o.path}: {p}" for o in result.outcomes for p in o.problems if is_known(o, p)]


def broken(result: Sweep) -> list[str]:
    lines = [f"{o.path}: {p}" for o in result.outcomes for p in o.problems if not is_known(o, p)]
    lines += result.folder_problems
    if result.audit_run.traceback:
        lines.append(f"audit: traceback\n{result.audit_run.traceback}")
    if result.audit_run.code not in (0, 1, 2):
        lines.append(f"audit: exit code {result.audit_run.code}")
    return lines


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Sweep N files spread evenly.")
    parser.add_argument("--no-exiftool", action="store_true", help="Skip the exiftool checks.")
    parser.add_argument("--json", action="store_true", help="Print every outcome as JSON.")
    args = parser.parse_args(list(argv) if argv is not None else None)
    with tempfile.TemporaryDirectory(prefix="captions-sweep-") as work:
        result = sweep(args.corpus, Path(work), limit=args.limit, use_exiftool=not args.no_exiftool)
    if args.json:
        json.dump([o.__dict__ for o in result.outcomes], sys.stdout, ensure_ascii=False, indent=1)
        print()
    print(summary(result))
    problems = broken(result)
    for line in known(result):
        print(f"KNOWN {line}", file=sys.stderr)
    for line in problems:
        print(f"BROKEN {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
