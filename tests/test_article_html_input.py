"""Hostile and odd article files: one clear ArticleError naming the file, or a sensible result.

Every input is generated here: binary junk named .html, a 50 MB page, HTML nested 100,000 levels
deep, a page with no body, text in UTF-16 and in cp1252.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from captions.article import MAX_ARTICLE_BYTES, extract
from captions.errors import ArticleError

_FIGURE = (
    "<figure><img src='/m/dock.jpg'><figcaption>Crews unload crates at the Varn dock on"
    " Tuesday. Photo: Ilse Marr/Nordpress</figcaption></figure>"
)


def test_binary_junk_named_html_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.html"
    path.write_bytes(os.urandom(64 * 1024))
    with pytest.raises(ArticleError) as info:
        extract(path)
    message = str(info.value)
    assert str(path) in message and "\n" not in message


def test_binary_bytes_that_decode_as_utf8_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "controls.html"
    path.write_bytes(bytes(range(1, 9)) * 4000 + b"<p>x</p>")
    with pytest.raises(ArticleError, match="binary"):
        extract(path)


def test_a_50_mb_page_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:
        f.write(b"<html><body>")
        f.write(b"<p>Filler paragraph about the harbour.</p>" * (50 * 2**20 // 42))
        f.write(b"</body></html>")
    assert path.stat().st_size > MAX_ARTICLE_BYTES
    start = time.perf_counter()
    with pytest.raises(ArticleError, match="too large") as info:
        extract(path)
    assert str(path) in str(info.value)
    assert time.perf_counter() - start < 1.0


def test_a_huge_text_argument_is_refused() -> None:
    with pytest.raises(ArticleError, match="too large"):
        extract("big.html", text="<p>x</p>" * (MAX_ARTICLE_BYTES // 8 + 1))


def test_html_nested_100000_levels_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + _FIGURE + "</div>" * 100_000)
    start = time.perf_counter()
    with pytest.raises(ArticleError, match="nested") as info:
        extract(path)
    assert str(path) in str(info.value)
    assert time.perf_counter() - start < 5.0


def test_moderate_nesting_is_read(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 1500 + _FIGURE + "</div>" * 1500)
    article = extract(path)
    assert [o.credit.raw if o.credit else None for o in article.captions] == [
        "Photo: Ilse Marr/Nordpress"
    ]


@pytest.mark.parametrize(
    "document",
    [
        "<html><head><title>Only a head</title></head></html>",
        "<!doctype html>",
        _FIGURE,  # a fragment: no html, head or body
        "<html><body></body></html>",
    ],
)
def test_pages_without_body_give_a_sensible_result(tmp_path: Path, document: str) -> None:
    path = tmp_path / "nobody.html"
    path.write_text(document)
    article = extract(path)
    assert article.format == "html"
    assert len(article.captions) == (1 if "figcaption" in document else 0)


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(("<html><body>" + _FIGURE + "</body></html>").encode("utf-16"))
    article = extract(path)
    assert article.captions[0].text.startswith("Crews unload crates")


def test_cp1252_page_with_declared_charset_is_read(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    page = (
        "<html><head><meta charset='windows-1252'></head><body><figure><img src='a.jpg'>"
        "<figcaption>Caf\u00e9 owners reopen the terrace in Sorvik on Monday. "
        "Foto: Ren\u00e9 Lund</figcaption></figure></body></html>"
    )
    path.write_bytes(page.encode("cp1252"))
    (occ,) = extract(path).captions
    assert occ.text.startswith("Caf\u00e9 owners") and occ.credit is not None
    assert occ.credit.raw == "Foto: Ren\u00e9 Lund"


def test_cp1252_text_without_declaration_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("Caf\u00e9 owners reopen the terrace.\n".encode("cp1252"))
    with pytest.raises(ArticleError, match="not UTF-8") as info:
        extract(path)
    assert str(path) in str(info.value)
