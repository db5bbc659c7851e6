"""`captions check` on real data: real articles against folders of unrelated real and malformed
images. Nothing may be paired, every photo is A001, every image A002 or a file finding, and
there is no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.article import extract
from captions.cli import main
from captions.walk import expand

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = SHARED / "articles" / "annotated"
CORPUS = SHARED / "corpus"
pytestmark = pytest.mark.skipif(
    not (ARTICLES.is_dir() and CORPUS.is_dir()), reason="../shared articles or corpus absent"
)
NAMES = ["citylab-neon.txt", "nytimes-winter-infrastructure.article.html"]


@pytest.fixture(autouse=True)
def _no_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("folder", ["real", "malformed"])
def test_real_article_against_unrelated_images(
    name: str, folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    article = ARTICLES / name
    images = CORPUS / folder
    code = main(
        ["check", str(article), str(images), "--isolated", "--output-format", "json-lines", "-q"]
    )
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    findings = [json.loads(line) for line in out.splitlines()]
    a001 = [f for f in findings if f["code"] == "A001"]
    assert len(a001) == len(extract(article).photos) > 0
    assert all(f["path"] == str(article) for f in a001)
    on_images = [f for f in findings if f["code"] != "A001"]
    assert {f["code"] for f in on_images} <= {"A002", "F001", "F002"}
    flagged = [f["path"] for f in on_images if f["code"] in ("A002", "F001")]
    assert sorted(flagged) == sorted(str(p) for p in expand([images]))  # each image once
