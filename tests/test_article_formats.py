"""Text, HTML and Markdown readers on fixtures written for these tests (fictional events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from captions.article import detect_article_format, extract
from captions.errors import ArticleError
from captions.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def _article(name: str) -> Article:
    return extract(FIXTURES / name)


def _check_raw_offsets(article: Article, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for occ in article.captions:
        assert text.count("\n", 0, occ.offset) + 1 == occ.line
        if article.format != "html":
            assert text[occ.offset : occ.offset + len(occ.raw)] == occ.raw


def test_text_captions_credits_and_repeats() -> None:
    article = _article("harbour-festival.txt")
    _check_raw_offsets(article, FIXTURES / "harbour-festival.txt")
    assert article.title == "Lanterns return to Kessel harbour after a three-year pause"
    assert [o.line for o in article.captions] == [5, 11, 15, 18]
    assert [o.photo for o in article.captions] == [0, 1, 2, 0]
    lead, pair, boat, main = article.captions
    assert (
        lead.credit is not None
        and lead.credit.pool
        and lead.credit.photographers == ("Ivo Brandt",)
    )
    assert lead.date == "2025-06-21" and lead.place == "Kessel"
    # The doubled wire credit is one credit as printed, both forms; the parser reads the parts
    # from the fuller one.
    assert pair.credit is not None
    assert pair.credit.raw == (
        "(Photo by IVO BRANDT / POOL / AFP) (Photo by IVO BRANDT/POOL/AFP via Getty Images)"
    )
    assert pair.credit.distributor == "Getty Images" and pair.credit.pool
    assert pair.text.endswith("on June 21, 2025.")
    assert ("Petra Lind", "C") in {(p.name, p.position) for p in pair.people}
    assert ("Jonas Ek", "L") in {(p.name, p.position) for p in pair.people}
    # A credit on its own line joins the caption above it; raw spans both lines.
    assert boat.raw.count("\n") == 1 and boat.credit is not None
    assert boat.credit.raw == "Credit: Sanna Rook/Reuters"
    assert main.raw.startswith("Main image: ") and main.text == lead.text


def test_text_never_reports_body_sentences_about_agencies() -> None:
    raws = " ".join(o.raw for o in _article("harbour-festival.txt").captions)
    assert "AFP reported" not in raws
    assert "according to Reuters" not in raws
    assert "contributed to this report" not in raws
    assert "Updated" not in raws


def test_html_figures_credit_spans_and_jsonld() -> None:
    path = FIXTURES / "quarry-reopening.html"
    article = _article("quarry-reopening.html")
    source = path.read_text(encoding="utf-8")
    _check_raw_offsets(article, path)
    assert article.format == "html"
    assert article.title == "Old quarry reopens as a lake park"
    jsonld, lead, ribbon, rangers = article.captions
    # The JSON-LD caption comes first in the file and is the same photo as the figure.
    assert source[jsonld.offset : jsonld.offset + len(jsonld.raw)] == jsonld.raw
    assert jsonld.photo == lead.photo == 0
    assert jsonld.image_ref == lead.image_ref == "https://img.example.org/quarry-1.jpg"
    assert source.startswith("<figcaption", lead.offset)
    assert lead.credit is not None and lead.credit.raw == "Oda Fenn/Reuters"
    assert lead.raw.endswith("May 8, 2025. Oda Fenn/Reuters")
    # A visually hidden label is in raw (text content) but not in the caption text.
    assert ribbon.raw.startswith("Image caption")
    assert ribbon.text.startswith("Mayor Hilde Sand, left,")
    assert ribbon.credit is not None and ribbon.credit.raw == "Photo: Lena Tor/NTB"
    assert ("Hilde Sand", "L") in {(p.name, p.position) for p in ribbon.people}
    assert ribbon.image_ref == "/media/quarry-2.jpg"
    # A WordPress caption outside <figure>, with an entity and a credit split off its end.
    assert "&" in rangers.text and "&amp;" not in rangers.text
    assert rangers.credit is not None and rangers.credit.agencies == ("AP",)
    assert rangers.image_ref == "/media/quarry-3.jpg"
    # A teaser figure inside a link is not a caption; neither is a body parenthetical.
    assert all("quarries make good lakes" not in o.raw for o in article.captions)
    assert all("D-Ore." not in o.raw for o in article.captions)


def test_markdown_italic_captions_and_credit_lines() -> None:
    path = FIXTURES / "river-race.md"
    article = _article("river-race.md")
    _check_raw_offsets(article, path)
    assert article.format == "markdown"
    assert article.title == "Raft race sweeps down the Varna"
    gorge, trophy, spare = article.captions
    assert gorge.raw.startswith("*Crews") and gorge.raw.endswith("Credit: Tove Ask/Shutterstock")
    assert gorge.text.startswith("Crews") and not gorge.text.endswith("*")
    assert gorge.date == "2025-09-13"  # `Sept. 13` takes the article's year
    assert gorge.image_ref == "https://img.example.org/raft-1.jpg"
    assert trophy.raw.startswith("Photo: Bo Lund/Reuters\n*Team")
    assert trophy.credit is not None and trophy.credit.photographers == ("Bo Lund",)
    assert spare.credit is None and spare.image_ref == "https://img.example.org/raft-3.jpg"
    assert all("Rafts on a river" not in o.raw for o in article.captions)
    assert all("Read more" not in o.raw for o in article.captions)


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ("<!doctype html><p>x</p>", None, "html"),
        ("  <article><figure></figure></article>", "a.txt", "html"),
        ("# Title\n\nBody", None, "markdown"),
        ("Text\n![alt](a.jpg)\n", None, "markdown"),
        ("Plain words.\nMore words.", None, "text"),
        ("Plain words.", "story.md", "markdown"),
        ("Talks about `<figure>` markup in prose.", None, "text"),
    ],
)
def test_format_detection(head: str, name: str | None, expected: str) -> None:
    assert detect_article_format(head, name) == expected


def test_format_override_and_text_argument() -> None:
    html = (
        "<figure><figcaption>Divers check the reef wall near Orsa on Monday."
        " (AP Photo/Ida Berg)</figcaption></figure>"
    )
    as_html = extract("inline", text=html)
    as_text = extract("inline", text=html, format="text")
    assert as_html.format == "html" and len(as_html.captions) == 1
    assert as_text.format == "text"


def test_unreadable_input_raises_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read"):
        extract(tmp_path / "missing.txt")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"caf\xe9 caption")
    with pytest.raises(ArticleError, match="not UTF-8"):
        extract(bad)
    with pytest.raises(ArticleError, match="unknown article format"):
        extract("x", text="words", format="pdf")
