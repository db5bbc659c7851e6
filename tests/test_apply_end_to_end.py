"""The seed's situation, built by us: an article with two pool photos (one printed twice) and a
folder with those two wire files, a third frame of the same event and an unrelated picture."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from match_fixtures import (
    CAPTION_ATTEND,
    CAPTION_SPEAKS,
    CREDIT_LINE,
    FILES,
    TEXT_ARTICLE,
    TITLE,
    wire_values,
)
from PIL import Image

from captions import metadata
from captions.cli import main

EXIFTOOL = shutil.which("exiftool")


def make_folder(root: Path) -> tuple[Path, Path]:
    """The article file and a folder of four JPEGs carrying wire metadata."""
    folder = root / "photos"
    folder.mkdir()
    for number, (key, name) in enumerate(FILES.items()):
        path = folder / name
        Image.new("RGB", (96, 64), (30 * number, 90, 160)).save(path, "JPEG", quality=80)
        metadata.write(path, wire_values(key))
    article = root / "talks.txt"
    article.write_text(TEXT_ARTICLE, encoding="utf-8")
    return article, folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    capsys.readouterr()
    code = main(args)
    out = capsys.readouterr().out
    return code, json.loads(out)


def exiftool(path: Path) -> dict[str, Any]:
    assert EXIFTOOL is not None
    proc = subprocess.run(
        [EXIFTOOL, "-j", "-G1", "-a", str(path)], capture_output=True, text=True, check=True
    )
    data: dict[str, Any] = json.loads(proc.stdout)[0]
    return data


def as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def test_match_pairs_the_two_photos_and_leaves_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, folder = make_folder(tmp_path)
    code, data = run_json(["match", str(article), str(folder), "--json"], capsys)
    assert code == 0
    assert set(data) >= {"matches", "unmatched_photos", "unmatched_images"}
    pairs = {m["photo"]: Path(m["image"]).name for m in data["matches"]}
    assert pairs == {0: FILES["speaks"], 1: FILES["attend"]}
    for found in data["matches"]:
        assert set(found) >= {"photo", "image", "score", "ambiguous", "evidence"}
        assert found["ambiguous"] is False
        assert all(set(e) == {"kind", "detail", "weight"} for e in found["evidence"])
    assert data["unmatched_photos"] == []
    assert sorted(Path(p).name for p in data["unmatched_images"]) == sorted(
        [FILES["handshake"], FILES["harbour"]]
    )


def test_dry_run_reports_the_diff_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, folder = make_folder(tmp_path)
    before = snapshot(folder)
    code, data = run_json(["apply", str(article), str(folder), "--dry-run", "--json"], capsys)
    assert code == 0
    assert snapshot(folder) == before
    changes = {Path(f["path"]).name: {c["field"]: c for c in f["changes"]} for f in data["files"]}
    assert set(changes) == {FILES["speaks"], FILES["attend"]}
    caption = changes[FILES["speaks"]]["caption"]
    assert caption["after"] == CAPTION_SPEAKS and "LENA BRANDT" in caption["before"]
    assert changes[FILES["attend"]]["byline"]["after"] == ["Lena Brandt"]


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool not installed")
@pytest.mark.parametrize("layout", ["split", "full"])
def test_apply_writes_every_block_and_leaves_other_files_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], layout: str
) -> None:
    article, folder = make_folder(tmp_path)
    before = snapshot(folder)
    code = main(["apply", str(article), str(folder), "--layout", layout, "--style", "getty"])
    err = capsys.readouterr().err
    assert code == 0, err
    after = snapshot(folder)
    for key in ("handshake", "harbour"):
        assert after[FILES[key]] == before[FILES[key]], f"{key} was modified"
    for key in ("speaks", "attend"):
        assert after[FILES[key]] != before[FILES[key]]
    expected_caption = {"speaks": CAPTION_SPEAKS, "attend": CAPTION_ATTEND}
    for key, caption in expected_caption.items():
        tags = exiftool(folder / FILES[key])
        for tag in ("IFD0:ImageDescription", "IPTC:Caption-Abstract", "XMP-dc:Description"):
            assert tags[tag] == caption, tag
        credit = "Pool/AFP via Getty Images" if layout == "split" else CREDIT_LINE
        assert tags["XMP-photoshop:Credit"] == credit
        if layout == "split":
            assert tags["IPTC:Credit"] == credit
        else:  # 37 bytes: the engine cuts IIM Credit at its 32-byte limit and says so
            assert credit.startswith(tags["IPTC:Credit"]) and len(tags["IPTC:Credit"]) == 32
            assert f"{FILES[key]}: IIM Credit (2:110) cut" in err
        for tag in ("IPTC:By-line", "XMP-dc:Creator", "IFD0:Artist"):
            assert as_list(tags[tag]) == ["Lena Brandt"], tag
        # Either layout: the normalized credit line can be rebuilt from what was written.
        rebuilt = credit if layout == "full" else f"{tags['IPTC:By-line']}/{tags['IPTC:Credit']}"
        assert rebuilt == CREDIT_LINE
        for tag in ("IPTC:Source", "XMP-photoshop:Source"):
            assert tags[tag] == "AFP", tag
        assert tags["IPTC:DateCreated"] == "2025:03:14"
        assert str(tags["XMP-photoshop:DateCreated"]).startswith("2025:03:14")
        assert as_list(tags["XMP-iptcExt:PersonInImage"]) == ["Mira Okonkwo", "Tomas Reyvik"]
        for tag in ("IPTC:Headline", "XMP-photoshop:Headline"):
            assert tags[tag] == TITLE, tag
        for tag in ("IFD0:Copyright", "IPTC:CopyrightNotice", "XMP-dc:Rights"):
            assert tags[tag] == "© 2025 AFP", tag
        assert tags["IPTC:City"] == "Lisbon"


def test_applying_twice_changes_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, folder = make_folder(tmp_path)
    assert main(["apply", str(article), str(folder)]) == 0
    written = snapshot(folder)
    code, data = run_json(["apply", str(article), str(folder), "--json"], capsys)
    assert code == 0
    assert all(f["changes"] == [] for f in data["files"])
    assert snapshot(folder) == written


def test_append_credit_puts_the_styled_credit_after_the_caption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, folder = make_folder(tmp_path)
    code = main(["apply", str(article), str(folder), "--append-credit", "--style", "ap"])
    assert code == 0
    caption = metadata.read(folder / FILES["speaks"]).fields["caption"].value
    assert caption == f"{CAPTION_SPEAKS} ({CREDIT_LINE})"
