"""Articles in, caption occurrences out: `extract(path)` reads text, HTML or Markdown.

text.py      plain text scraped from a page: line features (text_features.py), gallery slides
             (text_layout.py), line credits (text_credits.py), line rules (qualify.py), headings
             of other stories' blocks (data/promo_headings.json)
markdown.py  `![alt](path)` images and the italic caption under them
html.py      captions in HTML by structure: caption/credit elements, credit-only figures, gallery
             slides, paragraphs under images, data-* attributes, JSON-LD (jsonld.py)
html_dom.py  the page parsed by lexbor (selectolax) into a small tree; nesting guard
html_blocks.py what an element is for: caption, credit, hidden, regions that are not the article
html_credit.py  the credit split off a caption element's text (labels in many languages, CJK)
html_text.py caption text shaping: credit lines, slide titles, player controls
html_images.py / html_slides.py  the picture of a caption; galleries outside <figure>
common.py    drafts become Occurrences: credit, people (people.py), date (dates.py), place
grouping.py  repeated printings of one caption share a photo id
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from captions.article.common import Draft, to_occurrences
from captions.article.people import lower_case_words
from captions.caption.dates import find_year
from captions.credit import active_agencies, using_agencies
from captions.errors import ArticleError
from captions.model import Article

if TYPE_CHECKING:
    from captions.credit import AgencyTable

FORMATS = ("text", "html", "markdown")
_LONE_CR = re.compile(r"\r(?!\n)")

_HTML_HINT = re.compile(
    r"\A\s*<|^\s*<(?:!doctype html|html|head|body|article|figure|div|p|section)[\s>]", re.I | re.M
)
_MARKDOWN_HINT = re.compile(r"^(?:#{1,6} |---\s*$)|!\[[^\]\n]*\]\([^)\n]+\)", re.M)
_SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}


def detect_article_format(text: str, name: str | None = None) -> str:
    """`html`, `markdown` or `text`, from the content first and the file name second."""
    head = text[:20000]
    if _HTML_HINT.search(head):
        return "html"
    if _MARKDOWN_HINT.search(head):
        return "markdown"
    if name:
        return _SUFFIXES.get(Path(name).suffix.lower(), "text")
    return "text"


# An article larger than this is not an article (the largest of the 117 real pages in
# ../shared/articles/real is 0.4 MB); refusing it keeps memory bounded.
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8-sig"))
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Control characters other than tab, newline, form feed and carriage return: binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01


def _read(source: Path) -> str:
    try:
        size = source.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{source}: too large for an article ({size / 2**20:.1f} MB; "
                f"the limit is {MAX_ARTICLE_BYTES // 2**20} MB)"
            )
        data = source.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    return decode_article(data, str(source))


def decode_article(data: bytes, name: str) -> str:
    """The text of an article file: UTF-8, UTF-16 with a byte-order mark, or the charset an HTML
    page declares. Raises ArticleError naming the file for binary data or other encodings."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(encoding), name)
            except UnicodeDecodeError as exc:
                raise ArticleError(f"{name}: not {encoding} text (byte 0x{exc.start:X})") from exc
    try:
        return _text_or_binary(data.decode("utf-8"), name)
    except UnicodeDecodeError as exc:
        declared = _DECLARED.search(data[:4096])
        if b"\x00" not in data[:4096] and declared:
            try:
                return _text_or_binary(data.decode(declared.group(1).decode("ascii")), name)
            except (LookupError, UnicodeDecodeError):
                pass
        if b"\x00" in data[:4096]:
            raise ArticleError(f"{name}: binary data, not an article") from exc
        raise ArticleError(
            f"{name}: not UTF-8 text (byte 0x{exc.start:X}); convert it to UTF-8 first"
        ) from exc


def _text_or_binary(text: str, name: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise ArticleError(f"{name}: binary data, not an article")
    return text


def extract(
    source: str | Path,
    *,
    format: str | None = None,
    text: str | None = None,
    agencies: AgencyTable | None = None,
) -> Article:
    """The captions of the article at `source` (or of `text`, with `source` naming it).

    `format` is `text`, `html` or `markdown`; detected from the content when None. Credits are
    read through `agencies` (the supplier registry extended by the configuration; by default the
    registry alone).
    Raises ArticleError for an unreadable file or an unknown format.
    """
    name = str(source)
    if text is not None and len(text) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: too large for an article ({len(text):,} characters)")
    document = text if text is not None else _read(Path(source))
    # A lone CR is a line break; CRLF stays, so offsets count code points of the file as it is.
    document = _LONE_CR.sub("\n", document)
    fmt = format or detect_article_format(document, name)
    if fmt not in FORMATS:
        raise ArticleError(f"{name}: unknown article format {fmt!r} (use text, html or markdown)")
    table = active_agencies(agencies)
    # The readers find credits with the same table the parts are read with (configured aliases
    # and words included), through the recognition functions' active table.
    with using_agencies(table):
        try:
            title, drafts, year, words = _read_format(fmt, document)
        except ArticleError as exc:
            raise ArticleError(f"{name}: {exc}") from exc
        captions = to_occurrences(drafts, year, words, table)
    return Article(path=name, format=fmt, title=title, captions=captions)


def _read_format(fmt: str, document: str) -> tuple[str | None, list[Draft], int | None, set[str]]:
    """(title, drafts, year, words printed in lower case) of the document."""
    if fmt == "html":
        from captions.article.html import read_html  # lazy: each format loads its reader

        page = read_html(document)
        return page.title, page.drafts, page.year, page.words
    words = lower_case_words(document)
    if fmt == "markdown":
        # Lazy: each format loads its reader.
        from captions.article.markdown import markdown_title, read_markdown

        return markdown_title(document), read_markdown(document), find_year(document), words
    from captions.article.text import read_text  # lazy: each format loads its reader

    first = next((line.strip() for line in document.split("\n") if line.strip()), None)
    return first, read_text(document), find_year(document), words


__all__ = ["FORMATS", "MAX_ARTICLE_BYTES", "decode_article", "detect_article_format", "extract"]
