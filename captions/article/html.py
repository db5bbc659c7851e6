"""Captions in HTML, found by the page's structure (parsed by lexbor, see html_dom.py).

Sources, in document order:
- `<figcaption>` and elements whose class/id/itemprop names a caption (`wp-caption-text`,
  `legende`, `itemprop=caption`); the credit is the part in a credit element inside it (`<small>`,
  `<cite>`, `photo-credit`, `itemprop=copyrightHolder`) or beside it in the same figure, else it is
  split off the text (html_credit.py);
- a figure or image block with a credit element and no caption (a credit-only caption);
- `data-caption` / `data-credit` attributes (galleries, lazy-loaded images);
- schema.org JSON-LD `ImageObject`s with a `caption` (jsonld.py).
Regions that are not the article (navigation, teaser cards, related stories, video players,
cookie banners: html_blocks.py) are skipped. Offsets are code points from 0: the caption
element's start tag, or the first character of a JSON-LD caption string.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from captions.article.common import Draft, LineSpan
from captions.article.dates import find_year
from captions.article.html_blocks import (
    class_words,
    excluded_region,
    is_caption_element,
    is_credit_element,
    is_hidden,
)
from captions.article.html_credit import (
    COUNTER,
    credit_only,
    is_credit_line,
    is_labelled_credit,
    split_caption_credit,
)
from captions.article.html_dom import Dom, Element, collapse, parse_dom
from captions.article.html_slides import slide_groups
from captions.article.jsonld import JsonLdCaption, jsonld_captions
from captions.article.people import lower_case_words
from captions.article.qualify import is_caption_text, strip_labels, strip_stamp

# Player and lightbox controls that sit in caption markup: `Caption Close`, `Show caption`.
_CONTROL_TEXT = """
    caption captions close open show hide expand collapse toggle of more less info play pause
    mute unmute volume fullscreen replay subtitles settings video watch now playing next
    previous prev back skip ad loading advertisement anzeige publicidad publicité pubblicità
    scroll to continue with content"""
_CONTROL_WORDS = frozenset(_CONTROL_TEXT.split())
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_GRAPHIC = re.compile(r"^(?:map|graphic|chart|video|audio|listen)\s*:", re.IGNORECASE)
# Attributes naming the credit of a `data-caption` (lightboxes and gallery scripts).
_DATA_CREDITS = (
    "data-credit",
    "data-copyright",
    "data-photographer",
    "data-photo-credit",
    "data-image-credit",
    "data-source",
    "data-author",
)
_IMAGE_URL = re.compile(r"^\S+\.(?:jpe?g|png|webp|gif|avif)(?:[?#]\S*)?$", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"^data:|lazy[-_]?load|placeholder|/blank\.(?:gif|png)|/spacer\.|/pixel\.gif|/transparent\.",
    re.IGNORECASE,
)
# Containers a caption's credit may sit in beside it: the figure, or the caption's parent.
_FIGURE_LIKE = frozenset({"figure", "picture", "div", "span", "li", "section", "p"})
# Credit markup may hold a source note too (`© Name / Magazine, after Author et al.: Title`).
_MAX_CREDIT_CHARS = 400
# A credit-only caption is short; a longer "credit" element is an author box or a footnote.
_MAX_LONE_CREDIT_WORDS = 16


@dataclass
class Page:
    title: str | None
    drafts: list[Draft]
    year: int | None
    words: set[str] = field(default_factory=set)  # words the page prints in lower case


def image_ref(element: Element) -> str | None:
    """The address of an <img>/<source>: real src first, then lazy-loading attributes.

    A `src` that is a placeholder (`data:` URI, `blank.gif`, `lazy-loading.png`) is skipped for
    the `data-src` that the page's script would swap in.
    """
    attrs = element.attrs
    keys = ("src", "data-src", "data-original", "data-lazy-src", "data-image")
    real = [v for k in keys if (v := attrs.get(k, "").strip()) and not _PLACEHOLDER.search(v)]
    if real:
        return real[0]
    for key in ("srcset", "data-srcset"):
        value = attrs.get(key, "").strip()
        if value:
            return value.split(",")[0].split()[0]
    # Lazy loaders name their attribute as they like (`data-source-standard`, `data-lazy`).
    return next(
        (v.strip() for k, v in attrs.items() if k.startswith("data-") and _IMAGE_URL.search(v)),
        None,
    )


def _image_in(element: Element) -> str | None:
    """The first image of `element`: an <img> first, a <source> when there is no <img>."""
    refs = [(e.tag, image_ref(e)) for e in element.elements() if e.tag in ("img", "source")]
    if element.tag == "img":
        refs.insert(0, ("img", image_ref(element)))
    return next((r for t, r in refs if t == "img" and r), None) or next(
        (r for _, r in refs if r), None
    )


class _Reader:
    def __init__(self, dom: Dom) -> None:
        self.dom = dom
        self.drafts: list[Draft] = []
        self.taken: set[int] = set()  # elements already read as a caption or a credit
        self.protected, self.body = _article_ancestors(dom)
        self.site = _site(dom)

    def walk(self) -> Iterator[Element]:
        """The page's elements in document order, regions that are not the article left out."""
        stack: list[tuple[Iterator[Element | str], bool]] = [(iter(self.dom.root.children), False)]
        while stack:
            child = next(stack[-1][0], None)
            in_body = stack[-1][1]
            if child is None:
                stack.pop()
            elif isinstance(child, Element):
                if child.tag == "head" or (
                    child.order not in self.protected and excluded_region(child, in_body=in_body)
                ):
                    continue
                yield child
                stack.append((iter(child.children), in_body or child.order in self.body))

    def read(self) -> list[Draft]:
        figures: list[Element] = []
        images: list[Element] = []
        parents: list[Element] = []
        for element in self.walk():
            if element.tag == "img":
                images.append(element)
            elif self.dom.has_image(element):
                parents.append(element)
            if self._inside_taken(element):
                continue
            if is_caption_element(element) and self._innermost_caption(element):
                self._caption(element)
            elif element.tag == "figure" or self._is_image_block(element):
                figures.append(element)
            if element.get("data-caption"):
                self._data_caption(element)
        for slides in slide_groups(parents, self.dom.has_image):
            for slide in slides:
                self._slide(slide)
        for figure in figures:
            self._credit_only(figure)
        for image in images:
            self._paragraph_after(image)
        for offset, script in self.dom.jsonld:
            self.drafts.extend(j.draft() for j in self._jsonld(script, offset))
        return sorted(self.drafts, key=lambda d: d.span.start)

    def _story_link(self, element: Element) -> bool:
        """A link to another page of the same site (credits link to other sites)."""
        if element.tag != "a":
            return False
        href = element.get("href").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return False
        host = urlsplit(href).netloc.lower().removeprefix("www.")
        return not host or host == self.site

    def _figure_of(self, element: Element) -> Element | None:
        """The figure or image block around a caption (the caption itself when it holds the
        image), never the article's own containers."""
        for ancestor in [element, *element.ancestors()]:
            if ancestor.order in self.protected or ancestor.tag in ("article", "main", "body"):
                return None
            if ancestor.tag == "figure" or self.dom.has_image(ancestor):
                return ancestor
        return None

    def _is_image_block(self, element: Element) -> bool:
        """A small block holding an image and other elements (a gallery slide, a lead image)."""
        if element.tag not in _FIGURE_LIKE or not self.dom.has_image(element):
            return False
        children = element.element_children()
        return 1 < len(children) <= 6 and any(self.dom.has_image(c) for c in children)

    def _innermost_caption(self, element: Element) -> bool:
        """Whether a caption element is read as a whole: a figcaption, or another caption element
        holding no figcaption and, when it wraps the image too (`wp-caption`), no caption."""
        if element.tag == "figcaption":
            return True
        inner = [e for e in element.elements() if is_caption_element(e)]
        if any(e.tag == "figcaption" for e in inner):
            return False
        return not (inner and self.dom.has_image(element))

    def _inside_taken(self, element: Element) -> bool:
        return any(a.order in self.taken for a in element.ancestors())

    def _span(self, element: Element) -> LineSpan:
        offset = self.dom.offset(element)
        return LineSpan(self.dom.line(offset), offset, offset)

    def _caption(self, element: Element) -> None:
        self.taken.add(element.order)
        raw = collapse(" ".join(element.lines()))
        unlinked = collapse(" ".join(element.lines(drop=self._story_link)))
        if len(unlinked) < len(raw) / 2:
            return  # a card: the caption is a link to another story of the site
        credits: list[Element] = []

        def drop(child: Element) -> bool:
            if is_hidden(child):
                return True
            if is_credit_element(child) or child.get("class").lower().split() == ["note"]:
                credits.extend([child] if is_credit_element(child) else [])
                return True
            return False

        caption_lines = element.lines(drop=drop)
        caption = collapse(" ".join(caption_lines))
        inner = collapse(" ".join(line for c in credits for line in c.lines()))
        if not caption and len(credits) == 1 and (lead := _bold_lead(credits[0])):
            caption, inner = lead, collapse(inner[len(lead) :])
            caption_lines = [caption]
        if len(inner) > _MAX_CREDIT_CHARS:
            caption, inner, caption_lines = raw, "", []
        if (
            not inner
            and is_credit_element(element)
            and (credit_only(caption) or _bare_name(caption))
        ):
            caption, credit = "", caption  # `<figcaption class="image-credits">Name</figcaption>`
            caption_lines = []
        else:
            tail = ""
            if len(caption_lines) > 1:
                caption_lines, tail = _credit_line(caption_lines)
                caption = collapse(" ".join(caption_lines))
            if not tail:
                split_caption, split = split_caption_credit(caption)
                if split:
                    caption, tail, caption_lines = split_caption, split, []
            if inner and tail and inner in (collapse(line) for line in element.lines()):
                inner = ""  # a credit line of its own repeats the credit the caption ends with
            credit = _joined(raw, inner, tail) or self._credit_beside(element)
        caption = _without_title_line(caption_lines) if caption_lines else caption
        caption = strip_stamp(strip_labels(COUNTER.sub("", caption, count=1)))
        if _GRAPHIC.match(caption) or not raw or _is_control(caption):
            return
        if not (is_caption_text(caption) or _short_caption(caption) or (credit and not caption)):
            return
        figure = self._figure_of(element)
        ref = _image_in(figure) if figure is not None else None
        self.drafts.append(Draft(self._span(element), raw, caption, credit or None, ref))

    def _credit_beside(self, element: Element) -> str:
        """A credit element beside the caption (a sibling, or elsewhere in its figure), taken
        with it."""
        scope = self._figure_of(element)
        if scope is None:
            return ""
        for candidate in scope.elements():
            if candidate.order in self.taken:
                continue
            if not is_credit_element(candidate) and not (
                candidate.tag in ("p", "span", "div", "small", "em", "i")
                and is_labelled_credit(collapse(" ".join(candidate.lines())))
            ):
                continue
            if candidate is element or any(a is element for a in candidate.ancestors()):
                continue
            if any(a is candidate for a in element.ancestors()):
                continue  # a wrapper around the caption (`image__source-wrapper`)
            if any(a.order in self.taken for a in candidate.ancestors()):
                continue
            text = collapse(" ".join(candidate.lines()))
            if text and len(text) <= _MAX_CREDIT_CHARS:
                self.taken.add(candidate.order)
                return text
        # A credit printed right after the figure, outside it (`</figure><p class="credit">`).
        after = next(iter(scope.next_elements()), None)
        if after is not None and after.order not in self.taken and not self.dom.has_image(after):
            text = collapse(" ".join(after.lines()))
            if (
                text
                and len(text) <= _MAX_CREDIT_CHARS
                and (is_credit_element(after, beside=True) or is_labelled_credit(text))
            ):
                self.taken.add(after.order)
                return text
        return ""

    def _credit_only(self, figure: Element) -> None:
        """A figure with no caption but a credit element: a credit-only caption."""
        if figure.order in self.taken or any(e.order in self.taken for e in figure.elements()):
            return
        if self._inside_taken(figure) or not self.dom.has_image(figure):
            return
        for element in figure.elements():
            if not is_credit_element(element, beside=True) or element.tag == "img":
                continue
            text = collapse(" ".join(element.lines()))
            if not text or len(text.split()) > _MAX_LONE_CREDIT_WORDS:
                continue
            if not credit_only(text):
                continue
            self.taken.add(figure.order)
            ref = _image_in(figure)
            self.drafts.append(Draft(self._span(element), text, "", text, ref))
            return

    def _slide(self, slide: Element) -> None:
        """A gallery slide with no caption markup: its text outside the image is the caption."""
        if slide.order in self.taken or self._inside_taken(slide) or excluded_region(slide):
            return
        if any(e.order in self.taken for e in slide.elements()):
            return
        if any(
            e.tag == "a" and excluded_region(e) and self.dom.has_image(e) for e in slide.elements()
        ):
            return  # the picture links to another page: a teaser card
        raw = collapse(" ".join(slide.lines()))
        unlinked = collapse(" ".join(slide.lines(drop=_link_or_heading)))
        if not raw or len(unlinked) < len(raw) / 2:
            return  # a card: a headline, or a link to another page
        lines = slide.lines(
            drop=lambda e: is_hidden(e) or self.dom.has_image(e) or e.tag in _HEADINGS
        )
        lines = [COUNTER.sub("", line, count=1) for line in lines]
        lines = [line for line in lines if line and not _is_control(line)]
        if not lines:
            return
        tail = ""
        if len(lines) > 1:
            lines, tail = _credit_line(lines)
        caption = _without_title_line(lines)
        if not tail:
            caption, split = split_caption_credit(caption)
            tail = split or ""
        if not (is_caption_text(caption) or (tail and _short_caption(caption))):
            return
        self.taken.add(slide.order)
        ref = _image_in(slide)
        self.drafts.append(Draft(self._span(slide), raw, caption, tail or None, ref))

    def _paragraph_after(self, image: Element) -> None:
        """A paragraph right after an image that only a caption's marks set apart: a credit in it
        (`... 新华社记者 X 摄`, `Foto: X`), centred or set in its own type (`<font>`, `<em>`)."""
        if image.order in self.taken or self._inside_taken(image):
            return
        figure = self._figure_of(image)
        if (
            figure is not None
            and figure is not image
            and any(e.order in self.taken for e in figure.elements())
        ):
            return  # the image's own caption is read already
        block = image
        while (
            block.parent is not None
            and block.parent.order not in self.protected
            and len(block.parent.element_children()) <= 3
            and not collapse(" ".join(block.parent.lines()))
        ):
            block = block.parent
        if collapse(" ".join(block.lines())):
            return
        after = next((e for e in block.next_elements() if e.tag != "br"), None)
        if after is None or after.tag not in ("p", "div", "center", "span", "font"):
            return
        if after.order in self.taken or self.dom.has_image(after):
            return
        text = COUNTER.sub("", collapse(" ".join(after.lines())), count=1)
        if not 2 <= len(text) <= _MAX_PARAGRAPH_CAPTION_CHARS:
            return
        caption, credit = split_caption_credit(text)
        if not (credit or _set_apart(after)):
            return
        self.taken.add(after.order)
        draft = Draft(self._span(after), text, caption, credit, image_ref(image))
        self.drafts.append(draft)

    def _data_caption(self, element: Element) -> None:
        caption = collapse(html.unescape(element.get("data-caption")))
        if not caption or "<" in caption:
            return
        credit = next(
            (c for key in _DATA_CREDITS if (c := collapse(html.unescape(element.get(key))))), None
        )
        text, split = (caption, credit) if credit else split_caption_credit(caption)
        ref = image_ref(element) or _image_in(element) or element.get("data-image") or None
        self.drafts.append(Draft(self._span(element), caption, text, split, ref))

    def _jsonld(self, script: str, offset: int) -> list[JsonLdCaption]:
        return jsonld_captions(script, offset, self.dom.line_starts)


# A paragraph of the article's body is at least this long (fitted on the development pages:
# teaser texts and captions are shorter, body paragraphs mostly longer).
_BODY_PARAGRAPH_CHARS = 120


def _body_paragraph(element: Element) -> bool:
    return (
        element.tag == "p"
        and not is_caption_element(element)
        and len(element.text()) >= _BODY_PARAGRAPH_CHARS
        and not any(a.tag == "figure" or is_caption_element(a) for a in element.ancestors())
    )


def _article_ancestors(dom: Dom) -> tuple[set[int], set[int]]:
    """Elements holding the article (its title, or the block with most body paragraphs): never
    a region to skip, whatever their class says (`ContainerWithSidebar`); and the blocks of the
    article's body (inside them fewer region words count)."""
    parents: dict[int, int] = {}
    by_order: dict[int, Element] = {}
    h1: Element | None = None
    for element in dom.root.elements():
        if element.tag == "h1" and h1 is None:
            h1 = element
        if _body_paragraph(element) and element.parent is not None:
            parents[element.parent.order] = parents.get(element.parent.order, 0) + 1
            by_order[element.parent.order] = element.parent
    keep: set[int] = set()
    starts = [h1] if h1 is not None else []
    body: set[int] = set()
    if parents:
        block = max(parents, key=lambda k: parents[k])
        body.add(block)
        starts.append(by_order[block])
    for start in starts:
        keep.add(start.order)
        keep.update(a.order for a in start.ancestors())
    return keep, body


def _site(dom: Dom) -> str:
    """The host the page says it lives at (canonical link or og:url), without `www.`."""
    if dom.head is None:
        return ""
    for element in dom.head.elements():
        url = ""
        if element.tag == "link" and "canonical" in element.get("rel").lower().split():
            url = element.get("href")
        elif element.tag == "meta" and element.get("property").lower() == "og:url":
            url = element.get("content")
        if url:
            return urlsplit(url.strip()).netloc.lower().removeprefix("www.")
    return ""


def _bold_lead(credit: Element) -> str:
    """The bold words a credit element opens with when the caption sits inside it
    (`<span class="media-credit"><strong>Harbour</strong> Name/Agency</span>`)."""
    first = next((c for c in credit.children if not (isinstance(c, str) and not c.strip())), None)
    if isinstance(first, Element) and first.tag in ("strong", "b"):
        lead = collapse(first.text())
        rest = collapse(credit.text())[len(lead) :].strip()
        return lead if lead and rest else ""
    return ""


def _joined(raw: str, inner: str, tail: str) -> str:
    """The credit as printed when part sits in a credit element and part ends the caption text
    (`© Agency` in a <span>, `(Photo by Name/Agency)` after the caption)."""
    if not (inner and tail) or tail in inner or inner in tail:
        return inner or tail
    first, second = (inner, tail) if raw.find(inner) <= raw.find(tail) else (tail, inner)
    return f"{first} {second}"


def _credit_line(lines: list[str]) -> tuple[list[str], str]:
    """A caption element's first or last line that is a credit by itself (`© Agency` above the
    caption, `Foto: Name` under it): (the other lines, the credit) or (lines, "")."""
    if is_credit_line(lines[-1]):
        return lines[:-1], lines[-1]
    if is_labelled_credit(lines[0]):
        return lines[1:], lines[0]
    return lines, ""


# A caption paragraph under an image is a sentence or two (fitted on the development pages).
_MAX_PARAGRAPH_CAPTION_CHARS = 300
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def _set_apart(paragraph: Element) -> bool:
    """Whether a paragraph is set apart from the body: centred, or all in one styled element."""
    if _CENTRED.search(paragraph.get("style")) or paragraph.get("align").lower() == "center":
        return True
    if paragraph.tag == "center" or {"center", "centered", "fcenter"} & class_words(paragraph):
        return True
    texts = [c for c in paragraph.children if isinstance(c, str) and c.strip(" \t\n\u3000")]
    inner = paragraph.element_children()
    return not texts and len(inner) == 1 and inner[0].tag in ("font", "em", "i", "small")


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _link_or_heading(element: Element) -> bool:
    return element.tag in _HEADINGS or (element.tag == "a" and bool(element.get("href").strip()))


def _bare_name(text: str) -> bool:
    """A few words with no sentence end: what a credit-classed element holds (`AgencyName`)."""
    return 0 < len(text.split()) <= 4 and not text.rstrip().endswith((".", "!", "?"))


def _is_control(text: str) -> bool:
    """Player and lightbox labels: `Caption Close`, `Play Mute 00:00 / 01:30`."""
    words = [w.strip("/|·,") for w in text.casefold().split()]
    words = [w for w in words if w]
    return (
        bool(words)
        and len(words) <= 8
        and all(w in _CONTROL_WORDS or _CLOCK.match(w) for w in words)
    )


# A slide title above the caption in the same element is a few words without a full stop.
_MAX_TITLE_WORDS = 6


def _without_title_line(lines: list[str]) -> str:
    """The caption without a slide title printed as its first line (`Birdhouse step by step`
    then the caption sentence)."""
    if len(lines) >= 2:
        first, rest = lines[0], " ".join(lines[1:])
        if (
            len(first.split()) <= _MAX_TITLE_WORDS
            and not first.rstrip().endswith((".", "!", "?", ":", ")"))
            and len(rest) > len(first)
        ):
            return collapse(rest)
    return collapse(" ".join(lines))


# Longer text in caption markup is an article teaser or a text box (development pages).
_MAX_CAPTION_CHARS = 600


def _short_caption(text: str) -> bool:
    """A caption element's text that is not a sentence (`Allan Bryant`, `寿司屋`, `… and then`):
    its markup says it is a caption, so a name, a CJK phrase or a fragment counts."""
    return bool(text) and len(text) <= _MAX_CAPTION_CHARS and not text.endswith((":", "|"))


def _meta(dom: Dom) -> tuple[str | None, list[str]]:
    title: str | None = None
    dates: list[str] = []
    for element in dom.root.elements():
        if element.tag == "meta":
            prop = element.get("property") or element.get("name") or element.get("itemprop")
            prop = prop.lower()
            if prop == "og:title" and title is None:
                title = element.get("content") or None
            if "published" in prop or prop == "date":
                dates.append(element.get("content"))
        elif element.tag == "time" and element.get("datetime"):
            dates.append(element.get("datetime"))
    return title, dates


def read_html(document: str) -> Page:
    """Caption occurrences, title and year of an HTML page or fragment.

    Raises ArticleError (without a file name) for a page nested too deep to parse.
    """
    dom = parse_dom(document)
    drafts = _Reader(dom).read()
    meta_title, dates = _meta(dom)
    h1 = next((e for e in dom.root.elements() if e.tag == "h1"), None)
    title = collapse(h1.text()) if h1 is not None else None
    if not title:
        head_title = next((e for e in dom.root.elements() if e.tag == "title"), None)
        title = meta_title or (collapse(head_title.text()) if head_title is not None else None)
    year = next((y for d in dates if (y := find_year(d))), None)
    body_text = "\n".join(dom.root.lines(skip=frozenset({"head"})))
    return Page(title or None, drafts, year, lower_case_words(body_text))


__all__ = ["Page", "collapse", "image_ref", "read_html"]
