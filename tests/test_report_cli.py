"""`captions report` through `captions.cli.main`: the page written, exit codes, unreadable files
as cards, configuration, sources untouched; and the progress bar's on/off rules."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cli_fixtures import run
from report_fixtures import photo, picture

from captions.cli.progress import ProgressBar, wanted


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no configuration file of the repository is picked up


def folder(tmp_path: Path) -> Path:
    photos = tmp_path / "photos"
    photos.mkdir()
    photo(photos, "bridge.jpg", (200, 40, 40), caption="Rowan Tilley opens the Marrow Bridge.",
          credit="Ines Farrow/Kestrel Wire", byline=["Ines Farrow"])  # fmt: skip
    photo(photos, "harbour.jpg", (40, 90, 200), caption="Boats wait in Quillon harbour.")
    cut = picture((10, 150, 60), (640, 480), quality=95)
    (photos / "cut.jpg").write_bytes(cut[: len(cut) // 2])
    (photos / "notes.txt").write_text("not a picture")
    return photos


def test_writes_the_page_and_exits_zero_even_with_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photos = folder(tmp_path)
    before = {p.name: p.read_bytes() for p in photos.iterdir()}
    code, out, err = run(["report", str(photos), "-o", "sheet.html", "-j", "1"], capsys)
    assert code == 0, err
    assert out == ""
    page = (tmp_path / "sheet.html").read_text(encoding="utf-8")
    assert page.count('<article class="card') == 3  # the text file is not an image
    assert "Rowan Tilley opens the Marrow Bridge." in page
    assert "Ines Farrow/Kestrel Wire" in page
    assert page.count('<img class="thumbnail"') == 2
    assert 'data-rule="M002"' in page  # harbour.jpg has no credit
    assert "wrote sheet.html: 3 images" in err
    assert {p.name: p.read_bytes() for p in photos.iterdir()} == before


def test_unreadable_images_are_cards_with_their_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photos = folder(tmp_path)
    (photos / "empty.jpg").write_bytes(b"")
    (photos / "header.jpg").write_bytes(b"\xff\xd8\xff\xe1\x00\x40Exif\x00\x00")
    code, _, err = run(["report", str(photos), "-o", "sheet.html", "-q"], capsys)
    assert code == 0, err
    assert err == ""  # --quiet: no progress and no summary
    page = (tmp_path / "sheet.html").read_text(encoding="utf-8")
    for name in ("cut.jpg", "header.jpg"):
        start = page.index(f'data-path="{photos / name}"')
        card = page[start : page.index("</article>", start)]
        assert 'data-rule="F001"' in card, name
        assert card.count('data-rule="F001"') == 1  # the audit's or the preview's, not both


def test_configuration_is_applied(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = folder(tmp_path)
    config = tmp_path / "captions.toml"
    config.write_text('ignore = ["M", "F001"]\n')
    code, _, _ = run(["report", str(photos), "-o", "a.html", "--config", str(config)], capsys)
    assert code == 0
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert 'data-rule="M' not in page and 'data-rule="F001"' not in page
    assert "JPEG picture data cannot be decoded" in page  # the card still says why: no preview


def test_exclude(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = folder(tmp_path)
    code, _, _ = run(["report", str(photos), "-o", "a.html", "--exclude", "cut.jpg"], capsys)
    assert code == 0
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert page.count('<article class="card') == 2 and "cut.jpg" not in page


def test_write_errors_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = folder(tmp_path)
    code, _, err = run(["report", str(photos), "-o", str(tmp_path / "no" / "a.html")], capsys)
    assert code == 2
    assert "cannot write" in err and "Traceback" not in err


def test_refuses_to_overwrite_an_input_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photos = folder(tmp_path)
    target = photos / "bridge.jpg"
    before = target.read_bytes()
    code, _, err = run(["report", str(photos), "-o", str(target)], capsys)
    assert code == 2 and "refusing" in err
    assert target.read_bytes() == before


def test_missing_input_and_bad_config_exit_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["report", str(tmp_path / "nowhere"), "-o", "a.html"], capsys)
    assert code == 2 and "no such file" in err
    (tmp_path / "captions.toml").write_text("select = 3\n")
    code, _, err = run(["report", str(tmp_path), "-o", "a.html"], capsys)
    assert code == 2 and "Traceback" not in err
    assert not (tmp_path / "a.html").exists()


def test_jobs_give_the_same_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = folder(tmp_path)
    assert run(["report", str(photos), "-o", "one.html", "-j", "1", "-q"], capsys)[0] == 0
    assert run(["report", str(photos), "-o", "two.html", "-j", "2", "-q"], capsys)[0] == 0
    assert (tmp_path / "one.html").read_bytes() == (tmp_path / "two.html").read_bytes()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_outside_ci() -> None:
    assert wanted(Terminal(), {})
    assert not wanted(io.StringIO(), {})  # a pipe or a file
    assert not wanted(Terminal(), {"CI": "true"})
    assert not wanted(Terminal(), {"GITHUB_ACTIONS": "true"})
    assert not wanted(Terminal(), {"TERM": "dumb"})


def test_progress_bar_draws_in_place_and_erases_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "120")  # the bar fits the terminal; make it a known one
    stream = Terminal()
    with ProgressBar("audit", stream=stream) as bar:
        for done in range(1, 1001):
            bar.update(done, 1000)
        bar.update(1, 4, "preview")
    drawn = stream.getvalue()
    assert drawn.count("\r") == 103  # once per percent (0 to 100), the new phase, the erase
    assert "audit [" in drawn and "100% 1000/1000" in drawn
    assert drawn.endswith("preview [" + "#" * 10 + "." * 30 + "]  25% 1/4\033[K\r\033[K")
    quiet = Terminal()
    with ProgressBar("report", enabled=False, stream=quiet) as bar:
        bar.update(1, 2)
    assert quiet.getvalue() == ""
