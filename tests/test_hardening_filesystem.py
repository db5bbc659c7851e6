"""File-system edge cases: read-only files and folders, files that vanish or grow mid-run,
symlinks, non-UTF-8 and very long names, lying extensions, empty files, very large folders."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_fixtures import pillow_jpeg, rich_jpeg
from peak_memory import PEAK_KIB

from captions import metadata, writer
from captions.cli.app import run
from captions.formats import jpeg

SLOW = pytest.mark.skipif(
    not os.environ.get("CAPTIONS_SLOW"), reason="long run: set CAPTIONS_SLOW=1"
)
CAPTION = ["--caption", "Edge case caption"]


def cli(*args: str) -> tuple[int, str, str]:
    """The CLI in-process; an exception escaping it fails the test (a traceback for a user)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(args))
    return code, out.getvalue(), err.getvalue()


def real_cli(
    *args: str | bytes, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(
        [sys.executable, "-m", "captions", *args],
        capture_output=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    return done


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("captions: error:")]


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.jpg"
    path.write_bytes(rich_jpeg())
    return path


# --- permissions ----------------------------------------------------------------------------


def test_a_read_only_file_is_refused_with_a_clear_error(photo: Path) -> None:
    before = photo.read_bytes()
    photo.chmod(0o444)
    code, _, stderr = cli("set", str(photo), *CAPTION)
    assert code == 2
    assert errors(stderr) == [f"captions: error: {photo}: the file is read-only; not writing it"]
    assert photo.read_bytes() == before
    assert real_cli("set", str(photo), *CAPTION).returncode == 2


def test_a_read_only_folder_is_refused_with_a_clear_error(photo: Path) -> None:
    before = photo.read_bytes()
    photo.parent.chmod(0o555)
    try:
        code, _, stderr = cli("set", str(photo), *CAPTION)
        assert code == 2
        assert len(errors(stderr)) == 1 and "read-only" in stderr and str(photo) in stderr
        assert photo.read_bytes() == before
        assert sorted(os.listdir(photo.parent)) == ["photo.jpg"]
    finally:
        photo.parent.chmod(0o755)


def test_an_unreadable_file_is_a_clear_error(photo: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    photo.chmod(0o000)
    code, _, stderr = cli("show", str(photo))
    assert code == 2 and len(errors(stderr)) == 1


# --- files that change during a run ---------------------------------------------------------


def _during_writes(monkeypatch: pytest.MonkeyPatch, action: Callable[[Path], object]) -> None:
    """Call `action(path)` just before the CLI writes each file."""
    original = metadata.write

    def write(path: os.PathLike[str] | str, *args: object, **kwargs: object) -> object:
        action(Path(path))
        return original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(metadata, "write", write)


def test_a_file_that_vanishes_mid_run_is_one_error_and_the_rest_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        (tmp_path / name).write_bytes(pillow_jpeg(icc=False))
    _during_writes(monkeypatch, lambda p: (tmp_path / "b.jpg").unlink(missing_ok=True))
    code, _, stderr = cli("set", str(tmp_path), *CAPTION)
    assert code == 2
    assert len(errors(stderr)) == 1 and "b.jpg" in errors(stderr)[0]
    for name in ("a.jpg", "c.jpg"):
        assert metadata.read(tmp_path / name).fields["caption"].value == "Edge case caption"


def test_a_file_that_grows_before_it_is_read_keeps_the_new_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "growing.jpg"
    photo.write_bytes(pillow_jpeg(icc=False))
    _during_writes(monkeypatch, lambda p: p.open("ab").write(b"TRAILER-APPENDED"))
    code, _, _ = cli("set", str(photo), *CAPTION)
    assert code == 0
    assert photo.read_bytes().endswith(b"TRAILER-APPENDED")


def test_a_file_that_grows_while_it_is_written_is_not_replaced(
    photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program appending while we write: replacing the file would lose its bytes."""
    original_check = writer._check

    def check_then_append(temp: Path, *args: object) -> None:
        original_check(temp, *args)  # type: ignore[arg-type]
        with photo.open("ab") as stream:
            stream.write(b"MORE")

    monkeypatch.setattr(writer, "_check", check_then_append)
    before = photo.read_bytes()
    code, _, stderr = cli("set", str(photo), *CAPTION)
    assert code == 2
    assert "changed while it was being written" in stderr
    assert photo.read_bytes() == before + b"MORE"
    assert [p.name for p in photo.parent.iterdir()] == ["photo.jpg"]


# --- symlinks -------------------------------------------------------------------------------


def test_symlinks_are_not_followed_out_of_the_given_folder(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "secret.jpg").write_bytes(pillow_jpeg(icc=False))
    (root / "inside.jpg").write_bytes(pillow_jpeg(icc=False))
    (root / "link-to-file.jpg").symlink_to(outside / "secret.jpg")
    (root / "link-to-folder").symlink_to(outside)
    (root / "loop").symlink_to(root)
    untouched = (outside / "secret.jpg").read_bytes()
    code, _, stderr = cli("set", str(root), *CAPTION)
    assert code == 0, stderr
    assert (outside / "secret.jpg").read_bytes() == untouched
    assert metadata.read(root / "inside.jpg").fields["caption"].value == "Edge case caption"
    code, out, _ = cli("show", "--json", str(root))
    assert "secret" not in out and "outside" not in out


def test_a_symlink_named_explicitly_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "target.jpg"
    target.write_bytes(pillow_jpeg(icc=False))
    link = tmp_path / "link.jpg"
    link.symlink_to(target)
    code, _, _ = cli("set", str(link), *CAPTION)
    assert code == 0
    assert link.is_symlink()
    assert metadata.read(target).fields["caption"].value == "Edge case caption"


# --- names ----------------------------------------------------------------------------------


def test_a_name_that_is_not_utf8_is_read_written_and_printed(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9-\xff.jpg")
    photo = tmp_path / name
    photo.write_bytes(pillow_jpeg(icc=False))
    strict = {"PYTHONIOENCODING": "utf-8"}  # a strict stdout, as in most terminals
    done = real_cli("set", os.fsencode(tmp_path), *CAPTION, env=strict)
    assert done.returncode == 0
    assert b"caf\xe9-\xff.jpg" in done.stdout
    shown = real_cli("show", "--json", os.fsencode(tmp_path), env=strict)
    assert shown.returncode == 0 and b"caf\xe9-\xff.jpg" in shown.stdout
    assert metadata.read(photo).fields["caption"].value == "Edge case caption"


def test_a_255_byte_name_is_written(tmp_path: Path) -> None:
    photo = tmp_path / ("L" * 251 + ".jpg")
    photo.write_bytes(pillow_jpeg(icc=False))
    code, _, stderr = cli("set", str(photo), *CAPTION)
    assert code == 0, stderr
    assert metadata.read(photo).fields["caption"].value == "Edge case caption"
    assert sorted(os.listdir(tmp_path)) == [photo.name]


def test_a_255_byte_name_with_backup_is_a_clear_error(tmp_path: Path) -> None:
    photo = tmp_path / ("L" * 251 + ".jpg")
    photo.write_bytes(pillow_jpeg(icc=False))
    before = photo.read_bytes()
    code, _, stderr = cli("set", str(photo), "--backup", *CAPTION)
    assert code == 2 and len(errors(stderr)) == 1 and "name too long" in stderr.lower()
    assert photo.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == [photo.name]


# --- content that is not what the name says ---------------------------------------------------


def test_extensions_that_lie_are_ignored(tmp_path: Path) -> None:
    from PIL import Image

    gif_named_jpg = tmp_path / "really-a-gif.jpg"
    Image.new("RGB", (4, 4)).save(gif_named_jpg, "GIF")
    jpg_named_png = tmp_path / "really-a-jpeg.png"
    jpg_named_png.write_bytes(pillow_jpeg(icc=False))
    text_named_jpg = tmp_path / "notes.jpg"
    text_named_jpg.write_text("not a picture at all\n")
    gif_before = gif_named_jpg.read_bytes()

    code, _, stderr = cli("set", str(gif_named_jpg), *CAPTION)
    assert code == 2 and "GIF files are read, never written" in stderr
    assert gif_named_jpg.read_bytes() == gif_before
    assert cli("set", str(jpg_named_png), *CAPTION)[0] == 0
    assert metadata.read(jpg_named_png).format == "jpeg"
    code, _, stderr = cli("show", str(text_named_jpg))
    assert code == 2 and errors(stderr) == [
        f"captions: error: {text_named_jpg}: not an image format captions knows"
    ]


def test_an_empty_file_is_a_clear_error_and_stays_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.touch()
    for command in (("show",), ("set", *CAPTION)):
        code, _, stderr = cli(command[0], str(empty), *command[1:])
        assert code == 2 and len(errors(stderr)) == 1 and str(empty) in stderr
    assert empty.read_bytes() == b""


def test_a_jpeg_cut_in_its_header_is_never_written(tmp_path: Path) -> None:
    whole = rich_jpeg()
    header_end = jpeg.split(whole).scan_offset
    for size in (3, 20, header_end // 2, header_end + 1):
        photo = tmp_path / f"cut-{size}.jpg"
        photo.write_bytes(whole[:size])
        code, _, stderr = cli("set", str(photo), *CAPTION)
        assert code == 2 and len(errors(stderr)) == 1, stderr
        assert photo.read_bytes() == whole[:size]


def test_a_jpeg_cut_in_its_image_data_keeps_what_there_is(tmp_path: Path) -> None:
    whole = rich_jpeg()
    cut = whole[: jpeg.split(whole).scan_offset + 40]
    photo = tmp_path / "cut.jpg"
    photo.write_bytes(cut)
    assert cli("set", str(photo), *CAPTION)[0] == 0
    data = photo.read_bytes()
    assert data.endswith(cut[jpeg.split(cut).scan_offset :])


# --- very large folders ---------------------------------------------------------------------

_MEASURE = (
    PEAK_KIB
    + """
import sys
from captions.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(f"{code} {peak_kib()}")
"""
)


def _peak_kib(tmp_path: Path, *args: str) -> tuple[int, int]:
    report = tmp_path / "rss.txt"
    subprocess.run(
        [sys.executable, "-c", _MEASURE, str(report), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=1800,
        check=False,
    )
    code, peak = report.read_text().split()
    return int(code), int(peak)


def _tiny_folder(folder: Path, count: int) -> None:
    folder.mkdir()
    data = pillow_jpeg(icc=False, size=(8, 8))
    for index in range(count):
        (folder / f"img-{index:06d}.jpg").write_bytes(data)


def _memory_stays_flat(tmp_path: Path, small: int, large: int) -> dict[str, int]:
    _tiny_folder(tmp_path / "small", small)
    _tiny_folder(tmp_path / "large", large)
    figures = {}
    for command in (["show"], ["set", *CAPTION]):
        code_small, peak_small = _peak_kib(
            tmp_path, command[0], str(tmp_path / "small"), *command[1:]
        )
        code_large, peak_large = _peak_kib(
            tmp_path, command[0], str(tmp_path / "large"), *command[1:]
        )
        assert code_small == code_large == 0
        # Flat: ten times the files may not cost more than a few KiB per file of extra memory
        # (a path list is fine; holding every file's bytes or metadata is not).
        assert peak_large - peak_small < 4 * (large - small) + 20_000, (peak_small, peak_large)
        figures[command[0]] = peak_large
    return figures


def test_a_folder_of_5000_files_finishes_with_flat_memory(tmp_path: Path) -> None:
    figures = _memory_stays_flat(tmp_path, 500, 5000)
    print(f"\npeak RSS for 5,000 files (KiB): {figures}")


@SLOW
def test_a_folder_of_100000_files_finishes_with_flat_memory(tmp_path: Path) -> None:
    figures = _memory_stays_flat(tmp_path, 10_000, 100_000)
    print(f"\npeak RSS for 100,000 files (KiB): {figures}")
