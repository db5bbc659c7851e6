"""`captions match` / `captions apply`: exit codes, output shapes, manifests on the command line."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from match_fixtures import FILES, TEXT_ARTICLE, wire_values
from PIL import Image

from captions import metadata
from captions.cli import main


def folder_with(root: Path, files: dict[str, str]) -> Path:
    """Files named by the keys, each carrying the wire metadata of the value's fixture."""
    folder = root / "photos"
    folder.mkdir()
    for number, (name, key) in enumerate(files.items()):
        Image.new("RGB", (40, 30), (number * 50, 10, 10)).save(folder / name, "JPEG")
        metadata.write(folder / name, wire_values(key))
    return folder


def article(root: Path) -> Path:
    path = root / "talks.txt"
    path.write_text(TEXT_ARTICLE, encoding="utf-8")
    return path


def digests(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_table_names_files_and_unmatched_images(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_with(tmp_path, {FILES[k]: k for k in ("speaks", "attend", "harbour")})
    assert main(["match", str(article(tmp_path)), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "unmatched images: GettyImages-1999887766.jpg" in " ".join(out.split())  # any width
    assert "ambiguous" not in out


def test_unmatched_photo_exits_1_and_apply_writes_only_the_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_with(tmp_path, {FILES[k]: k for k in ("attend", "harbour")})
    source = article(tmp_path)
    capsys.readouterr()
    assert main(["match", str(source), str(folder), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["unmatched_photos"] == [0]
    before = digests(folder)
    assert main(["apply", str(source), str(folder)]) == 1
    assert "photo 0: not written: no matching image" in capsys.readouterr().out
    after = digests(folder)
    assert after[FILES["harbour"]] == before[FILES["harbour"]]
    assert after[FILES["attend"]] != before[FILES["attend"]]


def test_ambiguous_match_is_written_only_when_the_manifest_confirms_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two copies of the (C) frame under different names: nothing tells them apart.
    folder = folder_with(
        tmp_path, {"frame-a.jpg": "speaks", "frame-b.jpg": "speaks", FILES["attend"]: "attend"}
    )
    source = article(tmp_path)
    manifest = tmp_path / "pairs.csv"
    before = digests(folder)
    assert main(["match", str(source), str(folder), "--manifest-out", str(manifest)]) == 1
    assert main(["apply", str(source), str(folder)]) == 1
    assert "ambiguous match" in capsys.readouterr().out
    middle = digests(folder)
    assert middle["frame-a.jpg"] == before["frame-a.jpg"]
    assert middle["frame-b.jpg"] == before["frame-b.jpg"]
    with manifest.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["ambiguous"] == "yes" and rows[0]["write"] == "no"
    rows[0]["image"], rows[0]["write"] = "frame-b.jpg", "yes"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["apply", str(source), str(folder), "--manifest", str(manifest)]) == 0
    after = digests(folder)
    assert after["frame-a.jpg"] == before["frame-a.jpg"]
    assert after["frame-b.jpg"] != before["frame-b.jpg"]


@pytest.mark.parametrize(
    "args",
    [
        ["match", "{tmp}/missing.txt", "{folder}"],
        ["apply", "{tmp}/missing.txt", "{folder}"],
        ["match", "{article}", "{tmp}/talks.txt"],
        ["match", "{article}", "{folder}", "--manifest", "{tmp}/missing.csv"],
        ["apply", "{article}", "{folder}", "--style", "nonsense"],
        ["apply", "{article}", "{folder}", "--layout", "sideways"],
    ],
)
def test_errors_exit_2_with_one_line_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    folder = folder_with(tmp_path, {FILES["speaks"]: "speaks"})
    source = article(tmp_path)
    values = {"tmp": str(tmp_path), "folder": str(folder), "article": str(source)}
    before = digests(folder)
    assert main([a.format(**values) for a in args]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    assert digests(folder) == before


def test_unreadable_image_is_an_error_but_the_rest_is_matched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_with(tmp_path, {FILES[k]: k for k in ("speaks", "attend")})
    # A PNG whose first chunk claims 65,535 bytes that are not there.
    (folder / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xffIHDR" + bytes(10))
    capsys.readouterr()
    assert main(["match", str(article(tmp_path)), str(folder), "--json"]) == 2
    captured = capsys.readouterr()
    assert "broken.png" in captured.err and "Traceback" not in captured.err
    assert len(json.loads(captured.out)["matches"]) == 2


def test_apply_reads_house_style_from_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_with(tmp_path, {FILES[k]: k for k in ("speaks", "attend")})
    (tmp_path / "captions.toml").write_text(
        'copyright-template = "(c) {year} {agency} / Pool"\n'
        "[apply]\n"
        'credit-layout = "full"\n'
        'fields = ["caption", "credit", "copyright"]\n',
        encoding="utf-8",
    )
    shutil.copy(article(tmp_path), folder.parent / "story.txt")
    assert main(["apply", str(folder.parent / "story.txt"), str(folder)]) == 0
    fields = metadata.read(folder / FILES["speaks"]).fields
    assert fields["copyright"].value == "(c) 2025 AFP / Pool"
    assert fields["credit"].value == "Lena Brandt/Pool/AFP via Getty Images"
    assert fields["byline"].value == ["LENA BRANDT"]  # not among the fields to write


def test_a_manifest_row_that_cannot_be_honoured_stops_the_photo_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_with(tmp_path, {FILES[k]: k for k in ("speaks", "attend")})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(folder / FILES["speaks"], elsewhere / "x.jpg")
    rows = tmp_path / "pairs.csv"
    rows.write_text("photo,image,write\n0,../elsewhere/x.jpg,yes\n", encoding="utf-8")
    source = article(tmp_path)
    before, outside = digests(folder), digests(elsewhere)
    capsys.readouterr()
    assert main(["apply", str(source), str(folder), "--manifest", str(rows)]) == 2
    out, err = capsys.readouterr()
    assert "../elsewhere/x.jpg" in err and "photo 0" in err
    assert "photo 0: not written: its manifest row cannot be honoured" in out
    after = digests(folder)
    assert after[FILES["speaks"]] == before[FILES["speaks"]]  # the automatic pick is not written
    assert after[FILES["attend"]] != before[FILES["attend"]]  # the other photo still is
    assert digests(elsewhere) == outside
    assert main(["match", str(source), str(folder), "--manifest", str(rows), "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["manifest_errors"]
