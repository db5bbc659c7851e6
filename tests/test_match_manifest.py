"""Manifests: CSV and JSON round trips, and an editor's correction overriding the matcher."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from match_fixtures import FILES, event_article, fake_meta

from captions.errors import ConfigError
from captions.match import manifest, match

FOLDER = [fake_meta(k) for k in ("harbour", "speaks", "attend", "handshake")]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_round_trip_keeps_every_decision(tmp_path: Path, suffix: str) -> None:
    result = match(event_article(), FOLDER)
    path = tmp_path / f"manifest{suffix}"
    manifest.write(result, path)
    back = manifest.read(path)
    assert [(e.photo, e.image, e.write) for e in back.entries] == [
        (0, FILES["speaks"], True),
        (1, FILES["attend"], True),
    ]
    again = match(event_article(), FOLDER, manifest=back)
    assert [(m.photo, m.image) for m in again.matches] == [
        (m.photo, m.image) for m in result.matches
    ]
    assert all(m.source == "manifest" for m in again.matches)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_an_editor_correction_overrides_a_wrong_match(tmp_path: Path, suffix: str) -> None:
    result = match(event_article(), FOLDER)
    path = tmp_path / f"manifest{suffix}"
    manifest.write(result, path)
    # The editor knows photo 0 is really the handshake frame.
    if suffix == ".csv":
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        rows[0]["image"] = FILES["handshake"]
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["photos"][0]["image"] = FILES["handshake"]
        path.write_text(json.dumps(data), encoding="utf-8")
    corrected = match(event_article(), FOLDER, manifest=manifest.read(path))
    by_photo = {m.photo: m for m in corrected.matches}
    assert by_photo[0].image.endswith(FILES["handshake"])
    assert by_photo[0].source == "manifest" and by_photo[0].write
    assert by_photo[1].image.endswith(FILES["attend"])
    assert any(p.endswith(FILES["speaks"]) for p in corrected.unmatched_images)


def test_manifest_can_confirm_an_ambiguous_match_and_skip_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text(f"photo,image,write\n0,{FILES['speaks']},yes\n1,,no\n", encoding="utf-8")
    result = match(event_article(), FOLDER, manifest=manifest.read(path))
    assert [(m.photo, m.write) for m in result.matches] == [(0, True)]
    assert result.unmatched_photos == (1,)


def test_rows_for_photos_the_matcher_left_out_are_empty(tmp_path: Path) -> None:
    result = match(event_article(), [fake_meta("harbour")])
    text = manifest.dumps(result, "csv")
    rows = list(csv.DictReader(text.splitlines()))
    assert [(r["photo"], r["image"], r["write"]) for r in rows] == [
        ("0", "", "no"),
        ("1", "", "no"),
    ]


@pytest.mark.parametrize("named", ["nope.jpg", "../elsewhere/" + FILES["speaks"], "/abs/x.jpg"])
def test_a_row_naming_a_file_not_in_the_folder_stops_its_photo(tmp_path: Path, named: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"photos": [{"photo": 0, "image": named, "write": True}]}))
    result = match(event_article(), FOLDER, manifest=manifest.read(path))
    [problem] = result.manifest_errors
    assert named in problem and "photo 0" in problem and "not written" in problem
    # never handed back to the matcher, which would have paired it with the speaks file
    assert {m.photo for m in result.matches} == {1}
    assert result.stopped_photos == (0,) and 0 in result.unmatched_photos
    assert not result.complete


def test_a_file_given_to_two_photos_stops_the_second(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text(
        f"photo,image,write\n0,{FILES['speaks']},yes\n1,{FILES['speaks']},yes\n", encoding="utf-8"
    )
    result = match(event_article(), FOLDER, manifest=manifest.read(path))
    assert [(m.photo, m.source) for m in result.matches] == [(0, "manifest")]
    assert result.stopped_photos == (1,) and "already given to photo 0" in result.manifest_errors[0]


def test_a_row_may_name_a_path_inside_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text(f"photo,image,write\n0,photos/{FILES['attend']},yes\n", encoding="utf-8")
    result = match(event_article(), FOLDER, manifest=manifest.read(path))
    assert result.manifest_errors == ()
    assert [(m.photo, m.image, m.source) for m in result.matches if m.photo == 0] == [
        (0, f"/photos/{FILES['attend']}", "manifest")
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("photo,image,write\nx,a.jpg,yes\n", "row 1: photo must be a number"),
        ("photo,image,write\n0,a.jpg,maybe\n", "row 1: write must be yes or no"),
    ],
)
def test_bad_rows_name_the_file_and_row(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        manifest.read(path)


def test_bad_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"m\.json: invalid JSON"):
        manifest.read(path)
