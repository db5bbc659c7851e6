"""Captions in HTML, read with the standard library's HTMLParser (never regular expressions).

Sources, in document order:
- `<figcaption>`: the credit is the part inside a credit element (`<small>`, `<cite>`, a class
  naming credit/copyright/attribution, `itemprop=copyrightHolder|creator`) or a `<cite>` right
  after the figcaption; otherwise a credit is split off the end of the text.
- other elements whose class names a caption (`caption`, `wp-caption-text`, `pb-caption`...).
- `data-caption` / `data-credit` attributes (galleries, lazy-loaded images).
- schema.org JSON-LD `ImageObject`s with a `caption` (also inside `NewsArticle.image` lists).
Teasers (captions inside links or navigation) are skipped. Offsets are code points from 0: the
`<figcaption` tag, or the first character of a JSON-LD caption string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from captions.article.common import Draft, LineSpan
from captions.article.dates import find_year
from captions.article.jsonld import JsonLdCaption, jsonld_captions
from captions.article.people import lower_case_words
from captions.article.qualify import is_caption_text, strip_labels, strip_stamp
from captions.article.text import split_credits

_VOID = {
    "img",
    "br",
    "meta",
    "link",
    "input",
    "source",
    "hr",
    "wbr",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "track",
}
_SKIP_TEXT = {"script", "style", "noscript", "template", "svg", "button"}
_TEASER_ANCESTORS = {"a", "nav", "button"}
_HIDDEN_HINTS = (
    "off-screen",
    "offscreen",
    "visually-hidden",
    "visuallyhidden",
    "sr-only",
    "screen-reader",
    "screenreader",
    "hidden",
)
_SPACE = re.compile(r"\s+")
_GRAPHIC = re.compile(r"^(?:map|graphic|chart|video|audio|listen)\s*:", re.IGNORECASE)


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    role: str = ""  # "credit", "hidden", "note" or ""

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").lower().split()


@dataclass
class _Capture:
    """Text collected inside one caption element."""

    depth: int
    line: int
    offset: int
    image_ref: str | None
    raw: list[str] = field(default_factory=list)
    caption: list[str] = field(default_factory=list)
    credit: list[str] = field(default_factory=list)
    extra_credit: list[str] = field(default_factory=list)


@dataclass
class Page:
    title: str | None
    drafts: list[Draft]
    year: int | None
    words: set[str] = field(default_factory=set)  # words the page prints in lower case


def _role(tag: str, attrs: dict[str, str]) -> str:
    classes = attrs.get("class", "").lower()
    itemprop = attrs.get("itemprop", "").lower()
    if any(h in classes.split() or h in classes for h in _HIDDEN_HINTS[:-1]):
        return "hidden"
    if tag in ("small", "cite") or "copyrightholder" in itemprop or "creator" in itemprop:
        return "credit"
    if any(w in classes for w in ("credit", "copyright", "attribution", "byline", "source")):
        return "credit"
    if "note" in classes.split() or "-note" in classes:
        return "note"
    return ""


def _is_caption_class(attrs: dict[str, str]) -> bool:
    for token in attrs.get("class", "").lower().split():
        if "caption" not in token or token.startswith(("has-", "no-", "with-", "without-")):
            continue
        if any(w in token for w in ("credit", "copyright", "hed", "thumb", "title", "label")):
            continue
        return True
    return "caption" in attrs.get("itemprop", "").lower().split()


_PLACEHOLDER = re.compile(
    r"^data:|lazy[-_]?load|placeholder|/blank\.(?:gif|png)|/spacer\.|/pixel\.gif|/transparent\.",
    re.IGNORECASE,
)


def _image_ref(attrs: dict[str, str]) -> str | None:
    """The image address of an <img>/<source>: real src first, then lazy-loading attributes.

    A `src` that is a placeholder (`data:` URI, `blank.gif`, `lazy-loading.png`) is skipped for
    the `data-src` that the page's script would swap in.
    """
    sources = [
        attrs.get(k, "").strip() for k in ("src", "data-src", "data-original", "data-lazy-src")
    ]
    real = [v for v in sources if v and not _PLACEHOLDER.search(v)]
    if real:
        return real[0]
    for key in ("srcset", "data-srcset"):
        value = attrs.get(key, "").strip()
        if value:
            return value.split(",")[0].split()[0]
    return None


class _PageParser(HTMLParser):
    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0]
        for i, ch in enumerate(document):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.stack: list[_Element] = []
        self.captures: list[_Capture] = []
        self.finished: list[_Capture] = []
        self.pending: _Capture | None = None  # a closed figcaption awaiting a <cite> sibling
        self.pending_credit: _Capture | None = None
        self.images: list[str | None] = []  # the image of each open <figure>
        self.image_from_img: list[bool] = []
        self.last_image: str | None = None  # for captions outside <figure> (`wp-caption`)
        self.jsonld: list[JsonLdCaption] = []
        self.data_drafts: list[Draft] = []
        self.title_parts: dict[str, list[str]] = {"h1": [], "title": []}
        self.meta_title: str | None = None
        self.dates: list[str] = []
        self.script_type = ""
        self.words: set[str] = set()

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        # CPython's parser raises AssertionError on an unknown marked section (`<![C--[`, found
        # by fuzzing); such a section is skipped up to its `>` instead, as browsers do.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def _offset(self) -> tuple[int, int]:
        line, col = self.getpos()
        return line, self.line_starts[line - 1] + col

    def _inside(self, tags: set[str]) -> bool:
        return any(e.tag in tags for e in self.stack)

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        if tag in ("img", "source") and not self._inside({"noscript"}):
            self._note_image(tag, _image_ref(attrs))
        self._data_caption(tag, attrs)
        self._meta(tag, attrs)
        if tag in _VOID:
            return
        element = _Element(tag, attrs, _role(tag, attrs))
        self._maybe_pending_credit(element)
        self.stack.append(element)
        if tag == "figure":
            self.images.append(None)
            self.image_from_img.append(False)
        if tag == "script":
            self.script_type = attrs.get("type", "").lower()
        if self._starts_capture(tag, attrs):
            line, offset = self._offset()
            ref = self.images[-1] if self.images else self.last_image
            self.captures.append(_Capture(len(self.stack), line, offset, ref))

    def _note_image(self, tag: str, ref: str | None) -> None:
        if ref is None:
            return
        if tag == "img":
            self.last_image = ref
            if self.captures and self.captures[-1].image_ref is None:
                self.captures[-1].image_ref = ref  # `<div class="wp-caption"><img ...>`
        # An <img> names the picture; a <source> only when the figure has no usable <img>.
        if self.images and (
            self.images[-1] is None or (tag == "img" and not self.image_from_img[-1])
        ):
            self.images[-1] = ref
            self.image_from_img[-1] = tag == "img"

    def _starts_capture(self, tag: str, attrs: dict[str, str]) -> bool:
        if self._inside(_TEASER_ANCESTORS | {"noscript", "script", "style"}):
            return False
        if tag == "figcaption":
            # A wrapper classed "caption" around a figcaption yields to the figcaption.
            if self.captures and self.captures[-1].depth < len(self.stack):
                self.captures.pop()
            return True
        if self.captures:
            return False
        return _is_caption_class(attrs)

    def _maybe_pending_credit(self, element: _Element) -> None:
        if self.pending is None:
            return
        if element.role == "credit" and element.tag in ("cite", "small", "span", "div", "p"):
            self.pending_credit = self.pending
            self.pending_credit.extra_credit.append("")
            self._pending_depth = len(self.stack) + 1
        self.pending = None

    def handle_endtag(self, tag: str) -> None:
        if not any(e.tag == tag for e in self.stack):
            return
        while self.stack:
            element = self.stack.pop()
            depth = len(self.stack) + 1
            if self.captures and self.captures[-1].depth == depth:
                capture = self.captures.pop()
                self.finished.append(capture)
                self.last_image = None
                self.pending = capture if element.tag == "figcaption" else None
            if self.pending_credit is not None and depth == getattr(self, "_pending_depth", -1):
                self.pending_credit = None
            if element.tag == "figure" and self.images:
                self.images.pop()
                self.image_from_img.pop()
            if element.tag == "script":
                self.script_type = ""
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1].tag == "script":
            if "ld+json" in self.script_type:
                line, offset = self._offset()
                self.jsonld.extend(jsonld_captions(data, offset, self.line_starts))
            return
        if self._inside(_SKIP_TEXT):
            return
        if data.strip():
            self.pending = None
            self.words |= lower_case_words(data)
        for key in ("h1", "title"):
            if self._inside({key}):
                self.title_parts[key].append(data)
        if self.pending_credit is not None:
            self.pending_credit.extra_credit[-1] += data
        if not self.captures:
            return
        capture = self.captures[-1]
        capture.raw.append(data)
        # The caption element's own class (`c-lead-image__credit` on a figcaption) says nothing
        # about its parts; only elements inside it do.
        roles = {e.role for e in self.stack[capture.depth :]}
        if "hidden" in roles or "note" in roles:
            return
        (capture.credit if "credit" in roles else capture.caption).append(data)

    def _data_caption(self, tag: str, attrs: dict[str, str]) -> None:
        caption = collapse(attrs.get("data-caption", ""))
        if not caption or self._inside({"noscript"} | _TEASER_ANCESTORS):
            return
        line, offset = self._offset()
        credit = collapse(attrs.get("data-credit", "")) or None
        text, split = (caption, credit) if credit else split_credits(caption)
        self.data_drafts.append(
            Draft(
                LineSpan(line, offset, offset),
                caption,
                text,
                split,
                _image_ref(attrs) or attrs.get("data-image"),
            )
        )

    def _meta(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "meta":
            prop = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop", "")).lower()
            if prop == "og:title":
                self.meta_title = attrs.get("content")
            if "published" in prop or prop == "date":
                self.dates.append(attrs.get("content", ""))
        if tag == "time" and attrs.get("datetime"):
            self.dates.append(attrs["datetime"])


def _capture_draft(capture: _Capture) -> Draft | None:
    raw = collapse("".join(capture.raw))
    caption = collapse("".join(capture.caption))
    credit = collapse(_dedupe_label("".join(capture.credit)))
    credit = credit or collapse(" ".join(capture.extra_credit))
    if not credit:
        caption, split = split_credits(caption)
        credit = split or ""
    caption = strip_stamp(strip_labels(caption))
    if _GRAPHIC.match(caption):
        return None  # a map or chart label, not a photo caption
    if not raw or not (is_caption_text(caption) or (credit and not caption)):
        return None
    span = LineSpan(capture.line, capture.offset, capture.offset)
    return Draft(span, raw, caption, credit or None, capture.image_ref)


def _dedupe_label(credit: str) -> str:
    """`CreditCreditName` (a visually hidden label printed twice) -> `CreditName`."""
    for label in ("Credit", "Image", "Photo"):
        while credit.lstrip().startswith(label * 2):
            credit = credit.lstrip()[len(label) :]
    return credit


def read_html(document: str) -> Page:
    """Caption occurrences, title and year of an HTML page or fragment."""
    parser = _PageParser(document)
    parser.feed(document)
    parser.close()
    drafts = [d for c in parser.finished if (d := _capture_draft(c)) is not None]
    drafts.extend(parser.data_drafts)
    drafts.extend(j.draft() for j in parser.jsonld)
    title = collapse("".join(parser.title_parts["h1"])) or parser.meta_title
    title = title or collapse("".join(parser.title_parts["title"])) or None
    year = next((y for d in parser.dates if (y := find_year(d))), None)
    return Page(title, sorted(drafts, key=lambda d: d.span.start), year, parser.words)


__all__ = ["Page", "collapse", "read_html"]
