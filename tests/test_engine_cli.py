"""`captions show` and `captions set`, the sample images, and folder expansion."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from engine_fixtures import pillow_jpeg, rich_jpeg

from captions import metadata
from captions.cli import main
from captions.walk import expand

IMAGES = Path(__file__).resolve().parents[1] / "images"


def _samples_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", IMAGES / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _show_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[Any], str]:
    code = main(["show", "--json", *args])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def test_sample_images_carry_the_metadata_of_their_script(
    capsys: pytest.CaptureFixture[str],
) -> None:
    samples = _samples_script().SAMPLES
    code, records, _ = _show_json(capsys, str(IMAGES))
    assert code == 0
    by_name = {Path(r["path"]).name: r for r in records}
    assert set(by_name) == set(samples)
    assert any(not name.isascii() for name in by_name)
    for name, values in samples.items():
        fields = by_name[name]["fields"]
        for field, value in values.items():
            expected = value or None
            assert fields[field]["value"] == expected, (name, field)
            assert not fields[field]["conflict"], (name, field)
        assert by_name[name]["warnings"] == []


def test_show_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(rich_jpeg())
    metadata.write(path, {"caption": "  spaced  ", "keywords": ["k"]})
    code, records, _ = _show_json(capsys, str(path))
    assert code == 0
    record = records[0]
    assert set(record) == {"path", "format", "fields", "credit", "warnings", "error"}
    assert list(record["fields"]) == list(metadata.FIELDS)
    caption = record["fields"]["caption"]
    assert set(caption) == {"value", "source", "exif", "iptc", "xmp", "conflict"}
    assert caption["xmp"] == caption["iptc"] == "  spaced  "  # stored values are not trimmed
    assert record["fields"]["keywords"]["iptc"] == ["k"]
    assert record["fields"]["byline"]["value"] is None


def test_show_reports_each_failure_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(pillow_jpeg())
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    code, records, err = _show_json(capsys, str(text), str(good), str(tmp_path / "missing.jpg"))
    assert code == 2
    assert [r["error"] is None for r in records] == [False, True, False]
    lines = err.splitlines()
    assert len(lines) == 2
    assert "notes.txt: not an image" in lines[0]
    assert "missing.jpg: cannot read" in lines[1]


def test_show_human_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b.jpg"
    path.write_bytes(rich_jpeg())
    metadata.write(path, {"credit": "ACME Photo"})
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"{path} (jpeg)"
    assert "ACME Photo  [xmp]" in out
    assert "Old caption  [iptc]" in out


def test_set_writes_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.jpg"
    path.write_bytes(rich_jpeg())
    args = ["set", str(path), "--caption", "Zoë", "--byline", "A", "--byline", "B"]
    assert main([*args, "--date", "2026-11-12", "--keyword", "x"]) == 0
    assert "changed caption, byline, date_created, keywords" in capsys.readouterr().out
    fields = metadata.read(path).fields
    assert fields["byline"].value == ["A", "B"]
    assert fields["date_created"].iptc == "2026-11-12"
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == f"{path}: unchanged"


def test_set_dry_run_prints_before_and_after(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.jpg"
    path.write_bytes(rich_jpeg())
    original = path.read_bytes()
    assert main(["set", str(path), "--caption", "New one", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert path.read_bytes() == original
    assert "would change caption" in out
    assert "caption: Old caption" in out and "-> New one" in out


def test_set_failure_is_one_line_and_others_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    gif = tmp_path / "e.gif"
    Image.new("RGB", (4, 4)).save(gif)
    jpg = tmp_path / "f.jpg"
    jpg.write_bytes(pillow_jpeg())
    code = main(["set", str(gif), str(jpg), "--credit", "ACME"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        f"captions: error: {gif}: GIF files are read, never written: captions cannot write GIF"
    ]
    assert metadata.read(jpg).fields["credit"].value == "ACME"


@pytest.mark.parametrize("args", [["--date", "12/11/2026"], []])
def test_set_usage_errors(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "g.jpg"
    original = pillow_jpeg()  # its ICC profile is dated to the second: made once
    path.write_bytes(original)
    assert main(["set", str(path), *args]) == 2
    assert path.read_bytes() == original


def test_walk_picks_images_by_content_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b.jpg", "sub/Łódź.dat", ".hidden/x.jpg", "a.JPG"):
        (tmp_path / name).write_bytes(pillow_jpeg(icc=False))
    (tmp_path / "readme.jpg").write_text("text with a .jpg name")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.jpg"
    outside.write_bytes(pillow_jpeg(icc=False))
    os.symlink(outside, tmp_path / "link.jpg")
    os.symlink(tmp_path / "b.jpg", tmp_path / "inside-link.jpg")
    found = [str(p.relative_to(tmp_path)) for p in expand([tmp_path])]
    assert found == ["a.JPG", "b.jpg", "sub/Łódź.dat"]
    assert expand([tmp_path / "readme.jpg"]) == [tmp_path / "readme.jpg"]


def test_show_does_not_import_pillow_or_typer_in_the_library() -> None:
    sample = next(IMAGES.glob("*.jpg"))
    code = (
        "import sys; from captions import metadata; metadata.read(sys.argv[1]); "
        "assert 'PIL' not in sys.modules and 'typer' not in sys.modules"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(sample)], capture_output=True)
    assert proc.returncode == 0, proc.stderr


def test_sample_script_makes_the_committed_images(tmp_path: Path) -> None:
    script = _samples_script()
    for name in script.SAMPLES:
        shutil.copyfile(IMAGES / name, tmp_path / name)
    setattr(script, "HERE", tmp_path)  # noqa: B010 - a module loaded from a path
    script.main()
    for name in script.SAMPLES:
        assert (tmp_path / name).read_bytes() == (IMAGES / name).read_bytes(), name
