"""The Typer-free front door of `show` and `set` prints exactly what the Typer commands print.

Every argument shape runs twice, on two identical folders: through `captions.cli.main` (which
takes the fast path when it can) and through the Typer app (`captions.cli.app.run`); output,
errors, exit codes and the files written must be the same. Shapes the fast path does not parse
must be left to Typer.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from engine_fixtures import pillow_jpeg, rich_jpeg

from captions import metadata
from captions.cli import main
from captions.cli.app import run
from captions.cli.fast import run_fast

FILES = 30  # more than captions.pool.INLINE_BELOW: the worker processes are used


def make_folder(root: Path) -> None:
    root.mkdir()
    for number in range(FILES):
        data = rich_jpeg() if number % 2 else pillow_jpeg()
        (root / f"p{number:02}.jpg").write_bytes(data)
    (root / "notes.txt").write_text("not an image")
    (root / "flat.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)


def run_both(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    results = []
    make_folder(tmp_path / "original")
    for name, entry in (("fast", main), ("typer", run)):
        folder = tmp_path / name
        shutil.copytree(tmp_path / "original", folder)
        monkeypatch.chdir(folder)
        code = entry(list(args))
        captured = capsys.readouterr()
        files = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
        results.append((code, captured.out, captured.err, files))
    assert results[0] == results[1]


ALL = [f"p{n:02}.jpg" for n in range(FILES)]

SHAPES = [
    ["show", "--json", *ALL],
    ["show", *ALL[:3]],
    ["show", "p01.jpg", "--json", "-j", "2", *ALL[2:]],
    ["show", "--jobs=1", "--json", "."],
    ["show", "--json", "--", "p01.jpg", "missing.jpg", "notes.txt"],
    ["show", "missing.jpg", "p01.jpg"],
    ["set", *ALL, "--caption", "Zoë in Łódź", "--byline", "A", "--byline", "B", "--keyword", "k"],
    ["set", "--credit=ACME", "--dry-run", "p01.jpg", "p02.jpg"],
    ["set", "p01.jpg", "--caption", "", "--source", "Wire", "--backup", "--keep-mtime"],
    ["set", "flat.png", "p03.jpg", "missing.jpg", "--title", "T", "-j", "1"],
    ["set", ".", "--person", "Kai Ek", "--full-iim", "--headline", "H" * 300],
    ["audit", *ALL],
    ["audit", ".", "-j", "2"],
    ["audit", "--jobs=1", "p01.jpg", "notes.txt", "flat.png"],
]


@pytest.mark.parametrize("args", SHAPES, ids=[" ".join(a)[:40] for a in SHAPES])
def test_fast_path_matches_typer(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    run_both(tmp_path, capsys, monkeypatch, args)


def test_shapes_above_take_the_fast_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_folder(tmp_path / "files")
    monkeypatch.chdir(tmp_path / "files")
    calls: list[object] = []

    def record(*args: object, **options: object) -> int:
        calls.append(args)
        return 0

    monkeypatch.setattr("captions.cli.image_tasks.show_files", record)
    monkeypatch.setattr("captions.cli.image_tasks.set_files", record)
    monkeypatch.setattr("captions.cli.audit_tasks.run_audit", record)
    for args in SHAPES:
        assert run_fast(list(args)) == 0, args
    assert len(calls) == len(SHAPES)


LEFT_TO_TYPER = [
    [],
    ["show"],
    ["show", "--help"],
    ["show", "-h", "a.jpg"],
    ["show", "--json=yes", "a.jpg"],
    ["show", "--jobs", "-1", "a.jpg"],
    ["show", "--jobs", "many", "a.jpg"],
    ["show", "--bogus", "a.jpg"],
    ["set", "a.jpg"],
    ["set", "a.jpg", "--caption"],
    ["set", "a.jpg", "--caption", "--credit", "x"],
    ["set", "a.jpg", "--date", "2024-05-01", "--caption", "x"],
    ["set", "a.jpg", "--dry-run=1", "--caption", "x"],
    ["set", "--caption", "x"],
    ["audit"],
    ["audit", "--select", "M", "."],
    ["audit", "--output-format", "json", "."],
    ["audit", "--fix", "."],
    ["audit", "missing-file.jpg"],
    ["check", "."],
]


@pytest.mark.parametrize("args", LEFT_TO_TYPER, ids=[" ".join(a) or "none" for a in LEFT_TO_TYPER])
def test_other_shapes_are_left_to_typer(args: list[str]) -> None:
    assert run_fast(list(args)) is None


def test_usage_errors_still_come_from_typer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "--jobs", "-1", "x.jpg"]) == 2
    assert "--jobs" in capsys.readouterr().err
    assert main(["set", "x.jpg", "--date", "yesterday", "--caption", "c"]) == 2


def run_in_a_new_process(
    args: list[str], heavy: tuple[str, ...], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """`main(args)` in a fresh interpreter, which prints to stderr the `heavy` modules it
    imported; exits with main's exit code."""
    code = (
        "import sys\n"
        "from captions.cli import main\n"
        f"code = main({args!r})\n"
        f"heavy = {heavy!r}\n"
        "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd)


def test_show_json_does_not_import_typer(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(rich_jpeg())
    heavy = ("typer", "rich", "click", "pydantic", "PIL")
    out = run_in_a_new_process(["show", "--json", str(path)], heavy, tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["path"] == str(path)
    assert out.stderr.strip() == "[]"


def test_audit_takes_the_fast_path_without_typer(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(pillow_jpeg())
    out = run_in_a_new_process(
        ["audit", str(path)], ("typer", "rich", "click", "pydantic"), tmp_path
    )
    assert out.returncode == 1, out.stderr  # a picture from Pillow has no caption: findings
    assert out.stdout.startswith(f"{path}: M001 ")
    assert out.stderr.strip() == "[]"


def test_parallel_set_writes_every_file_once(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    make_folder(folder)
    assert main(["set", str(folder), "--caption", "Parallel", "-j", "2"]) == 2  # the PNG fails
    for number in range(FILES):
        path = folder / f"p{number:02}.jpg"
        assert metadata.read(path).fields["caption"].value == "Parallel"
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary files left
    shutil.rmtree(folder)
