"""HTML and Markdown articles matched to files through their image references (CDN names)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from match_fixtures import FILES, event_article, html_article, markdown_article, wire_values
from PIL import Image

from captions import metadata
from captions.article import extract
from captions.match import match


def blank_folder(root: Path, names: list[str]) -> list[metadata.ImageMetadata]:
    """JPEGs without any caption: only their names can tell them apart."""
    folder = root / "photos"
    folder.mkdir()
    for number, name in enumerate(names):
        Image.new("RGB", (32, 32), (40 * number, 0, 0)).save(folder / name, "JPEG")
    return [metadata.read(folder / name) for name in sorted(names)]


NAMES = ["lisbon-talks-okonkwo.jpg", "Lisbon_Talks_Meeting.JPG", "harbour-dawn.jpg", "other.jpg"]


def pairs(article_path: Path, images: list[metadata.ImageMetadata]) -> dict[int, str]:
    result = match(extract(article_path), images)
    assert not any(m.ambiguous for m in result.matches)
    return {m.photo: Path(m.image).name for m in result.matches}


def test_html_src_and_srcset_with_cdn_sizes_and_queries(tmp_path: Path) -> None:
    images = blank_folder(tmp_path, NAMES)
    article = tmp_path / "story.html"
    article.write_text(
        html_article(
            "https://cdn.example.org/wp-content/uploads/2025/03/lisbon-talks-okonkwo-1024x683.jpg?w=1024",
            "https://img.example.net/p/lisbon_talks_meeting_800w.jpg?q=80 800w, "
            "https://img.example.net/p/lisbon_talks_meeting_1600w.jpg 1600w",
        ),
        encoding="utf-8",
    )
    assert pairs(article, images) == {0: NAMES[0], 1: NAMES[1]}


def test_markdown_paths_url_encoded_and_resized(tmp_path: Path) -> None:
    names = ["Lisbon talks Okonkwo.jpg", "meeting.jpg", "harbour.jpg"]
    images = blank_folder(tmp_path, names)
    article = tmp_path / "story.md"
    article.write_text(
        markdown_article(
            "images/Lisbon%20talks%20Okonkwo-scaled.jpg",
            "https://cdn.example.org/u/meeting@2x.jpeg?auto=webp",
        ),
        encoding="utf-8",
    )
    assert pairs(article, images) == {0: names[0], 1: names[1]}


def test_getty_ids_in_cdn_names_match_the_agency_file_names(tmp_path: Path) -> None:
    names = sorted(FILES.values())
    images = blank_folder(tmp_path, names)
    article = tmp_path / "story.html"
    speaks_id = FILES["speaks"].removeprefix("GettyImages-").removesuffix(".jpg")
    attend_id = FILES["attend"].removeprefix("GettyImages-").removesuffix(".jpg")
    article.write_text(
        html_article(
            f"https://media.example.com/{speaks_id}/original.jpg?crop=16:9",
            f"https://img.example.net/p/gettyimages-{attend_id}_800w.JPG 800w",
        ),
        encoding="utf-8",
    )
    result = match(extract(article), images)
    got = {m.photo: Path(m.image).name for m in result.matches}
    assert got == {0: FILES["speaks"], 1: FILES["attend"]}
    kinds = {e.kind for m in result.matches for e in m.evidence if e.weight > 0}
    assert {"asset_id", "reference"} <= kinds


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_a_reference_to_a_missing_file_leaves_the_photo_unmatched(
    tmp_path: Path, suffix: str
) -> None:
    images = blank_folder(tmp_path, ["unrelated.jpg"])
    article = tmp_path / f"story{suffix}"
    maker = html_article if suffix == ".html" else markdown_article
    article.write_text(maker("https://cdn.example.org/a-800x600.jpg", "b.jpg"), encoding="utf-8")
    result = match(extract(article), images)
    assert result.matches == ()
    assert result.unmatched_photos == (0, 1)


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_a_stale_block_does_not_hide_the_caption_the_other_blocks_carry(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    for key in ("speaks", "attend"):
        Image.new("RGB", (16, 16)).save(folder / FILES[key], "JPEG")
        metadata.write(folder / FILES[key], {"caption": wire_values(key)["caption"]})
    # Some tool rewrote the EXIF and XMP descriptions of the (C) frame; only IIM is right.
    stale = wire_values("harbour")["caption"]
    subprocess.run(
        ["exiftool", "-q", "-overwrite_original", f"-XMP-dc:Description={stale}",
         f"-IFD0:ImageDescription={stale}", str(folder / FILES["speaks"])],
        check=True,
    )  # fmt: skip
    images = [metadata.read(folder / FILES[k]) for k in ("speaks", "attend")]
    caption = images[0].fields["caption"]
    assert caption.conflict and caption.value == stale and caption.iptc != stale
    result = match(event_article(credit=None, date=None), images)
    assert {m.photo: Path(m.image).name for m in result.matches} == {
        0: FILES["speaks"],
        1: FILES["attend"],
    }
