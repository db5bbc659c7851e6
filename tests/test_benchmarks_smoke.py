"""Smoke test of benchmarks/: the generator makes valid, rich JPEGs; the runner runs end to end.

No timing assertions: speed is measured by benchmarks/run.py, not by tests.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
N = 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    argv = [sys.executable, str(BENCHMARKS / "generate.py"), "--n", str(N), "--links", "2"]
    proc = subprocess.run([*argv, "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out


def manifest(corpus: Path) -> list[dict[str, Any]]:
    files: list[dict[str, Any]] = json.loads((corpus / "manifest.json").read_text())["files"]
    return files


def app_segments(path: Path) -> list[bytes]:
    """The payloads of the APPn segments before the first non-APP marker."""
    data = path.read_bytes()
    assert data[:2] == b"\xff\xd8"
    pos, payloads = 2, []
    while data[pos] == 0xFF and 0xE0 <= data[pos + 1] <= 0xEF:
        length = struct.unpack_from(">H", data, pos + 2)[0]
        payloads.append(data[pos + 4 : pos + 2 + length])
        pos += 2 + length
    return payloads


def test_generator_writes_n_files_and_the_links(corpus: Path) -> None:
    files = sorted((corpus / "files").glob("*.jpg"))
    links = sorted((corpus / "links").glob("*/*.jpg"))
    assert len(files) == N
    assert len(links) == 2 * N
    assert links[0].stat().st_ino in {f.stat().st_ino for f in files}
    assert [f.name for f in files] == [entry["name"] for entry in manifest(corpus)]


def test_files_are_valid_jpegs_within_the_size_range(corpus: Path) -> None:
    for path in (corpus / "files").glob("*.jpg"):
        assert 250_000 < path.stat().st_size < 6_500_000
        with Image.open(path) as image:
            assert image.format == "JPEG"
            image.load()  # decodes the scan: header and scan data fit together


def test_thumbnail_icc_makernote_iim_digest_and_xmp_are_present(corpus: Path) -> None:
    for path in (corpus / "files").glob("*.jpg"):
        payloads = app_segments(path)
        prefixes = [p[:14] for p in payloads]
        assert any(p.startswith(b"ICC_PROFILE\x00") for p in prefixes), path.name
        assert any(p.startswith(b"Photoshop 3.0\x00") for p in prefixes), path.name
        assert any(p.startswith(b"http://ns.adob") for p in prefixes), path.name
        with Image.open(path) as image:
            exif = image.getexif()
            assert exif.get_ifd(0x8769).get(0x927C), f"{path.name}: no MakerNote"
            assert exif.get_ifd(ExifTags.IFD.IFD1).get(0x0202), f"{path.name}: no thumbnail"
            assert image.info.get("icc_profile")


def exiftool_json(paths: list[Path], *tags: str) -> list[dict[str, Any]]:
    proc = subprocess.run(
        ["exiftool", "-j", "-G1", *tags, *map(str, paths)], capture_output=True, timeout=120
    )
    result: list[dict[str, Any]] = json.loads(proc.stdout)
    return result


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_exiftool_reads_the_intended_caption_credit_and_structure(corpus: Path) -> None:
    expected = {entry["name"]: entry for entry in manifest(corpus)}
    paths = sorted((corpus / "files").glob("*.jpg"))
    tags = ["-XMP-dc:Description", "-XMP-photoshop:Credit", "-EXIF:Artist", "-IPTC:Credit"]
    tags += ["-ThumbnailImage", "-ProfileDescription"]
    for found in exiftool_json(paths, "-charset", "iptc=UTF8", *tags):
        want = expected[Path(found["SourceFile"]).name]
        assert found["XMP-dc:Description"] == want["caption"]
        assert found["XMP-photoshop:Credit"] == want["credit"]
        assert found["IPTC:Credit"] == want["credit"]
        assert found["IFD0:Artist"] == want["byline"]
        assert "IFD1:ThumbnailImage" in found
        assert found["ICC_Profile:ProfileDescription"]


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_exiftool_finds_no_structural_problem(corpus: Path) -> None:
    paths = sorted((corpus / "files").glob("*.jpg"))
    for found in exiftool_json(paths, "-validate", "-warning", "-a"):
        warnings = found.get("ExifTool:Warning", [])
        warnings = [warnings] if isinstance(warnings, str) else warnings
        serious = [w for w in warnings if "too long" not in w and "IPTCDigest" not in w]
        assert not serious, f"{found['SourceFile']}: {serious}"


def test_generator_is_reproducible(corpus: Path, tmp_path: Path) -> None:
    argv = [sys.executable, str(BENCHMARKS / "generate.py"), "--n", "2", "--out", str(tmp_path)]
    subprocess.run(argv, check=True, capture_output=True, timeout=300)
    for path in (tmp_path / "files").glob("*.jpg"):
        assert path.read_bytes() == (corpus / "files" / path.name).read_bytes()


def test_runner_smoke_mode_prints_the_tables(corpus: Path, tmp_path: Path) -> None:
    before = {path: hashlib.sha256(path.read_bytes()).digest() for path in corpus.rglob("*.jpg")}
    argv = [sys.executable, str(BENCHMARKS / "run.py"), "--smoke", "--corpus", str(corpus)]
    argv += ["--results", str(tmp_path / "results"), "--work", str(tmp_path / "work")]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "| group | command | files | median s |" in proc.stdout
    assert "| figure | files | value | target | met |" in proc.stdout
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| show |")]
    assert any(f"| {N} |" in row for row in rows)
    assert any(f"| {2 * N} |" in row for row in rows)
    saved = list((tmp_path / "results").glob("run-*.json"))
    assert len(saved) == 1
    payload = json.loads(saved[0].read_text())
    assert payload["corpus"]["n"] == N
    failed = [r for r in payload["results"] if r["note"].startswith(("exit", "not written"))]
    assert not [r for r in failed if not r["key"].endswith("captions")], failed
    after = {path: hashlib.sha256(path.read_bytes()).digest() for path in corpus.rglob("*.jpg")}
    assert after == before, "a write benchmark changed the corpus instead of a copy"
