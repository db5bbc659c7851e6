"""The matcher on the shared real-world data (skipped when ../shared is absent).

- Every shared article (written, annotated, pages) against the 175 real corpus files, which
  show none of its photos: no pair may reach the threshold.
- Every shared article against wire-style files made in the test from its own captions
  (spelled-out months, the photographer's name in capitals appended, as agencies file them):
  each photo with a caption goes to its own file, none ambiguous.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from captions import metadata, walk
from captions.article import extract
from captions.match import match
from captions.model import Occurrence

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = sorted(
    p
    for folder in ("written", "annotated", "pages")
    for p in (SHARED / "articles" / folder).glob("*")
    if p.suffix in {".txt", ".md", ".html"} and p.name != "README.md"
)
pytestmark = pytest.mark.skipif(not ARTICLES, reason="../shared/articles is absent")


@pytest.fixture(scope="module")
def corpus() -> list[metadata.ImageMetadata]:
    paths = walk.expand([SHARED / "corpus" / "real"])
    if not paths:
        pytest.skip("../shared/corpus/real is absent")
    return [metadata.read(p) for p in paths]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_unrelated_real_files_are_never_matched(
    article: Path, corpus: list[metadata.ImageMetadata]
) -> None:
    result = match(extract(article), corpus)
    assert result.matches == ()
    assert len(result.unmatched_images) == len(corpus)


def wire_caption(occurrence: Occurrence) -> str:
    """The caption as an agency might file it: months spelled out, credit in capitals."""
    text = re.sub(r"\bJan\.", "January", occurrence.text)
    text = re.sub(r"\bSept?\.", "September", text)
    text = re.sub(r"\bAug\.", "August", text)
    credit = occurrence.credit
    if credit and credit.photographers:
        text += f" (Photo by {credit.photographers[0].upper()})"
    return text


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_each_photo_finds_its_own_wire_file(article: Path, tmp_path: Path) -> None:
    source = extract(article)
    truth: dict[int, str] = {}
    # Photos printing one caption under different pictures (a gallery of video stills) get one
    # wire file: the caption cannot tell them apart, and either may take it.
    file_of_text: dict[str, str] = {}
    for number, (photo, occurrences) in enumerate(reversed(source.photos.items())):
        longest = max(occurrences, key=lambda o: len(o.text))
        if not longest.text.strip():
            continue  # a credit-only caption: nothing to match on
        if longest.text in file_of_text:
            truth[photo] = file_of_text[longest.text]
            continue
        name = f"wire-{number:03d}.jpg"
        file_of_text[longest.text] = name
        Image.new("RGB", (16, 16)).save(tmp_path / name, "JPEG")
        values: dict[str, str | list[str]] = {"caption": wire_caption(longest)}
        if longest.credit and longest.credit.photographers:
            values["byline"] = [n.upper() for n in longest.credit.photographers]
        metadata.write(tmp_path / name, values)
        truth[photo] = name
    if not truth:
        pytest.skip("no caption text in this article")
    images = [metadata.read(p) for p in sorted(tmp_path.iterdir())]
    result = match(source, images)
    found = {m.photo: Path(m.image).name for m in result.matches}
    assert all(truth[photo] == name for photo, name in found.items())
    assert set(found.values()) == set(truth.values())
    shared = len(truth) - len(set(truth.values()))
    assert len(found) >= len(truth) - shared
    assert len(result.ambiguous) <= shared
