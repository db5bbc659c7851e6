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

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from captions.article.common import Draft, LineSpan
from captions.article.grouping import same_caption, same_key
from captions.article.html_attributes import attribute, data_credit, figure_credit
from captions.article.html_blocks import (
    HEADINGS,
    article_regions,
    excluded_region,
    is_caption_element,
    is_credit_element,
    is_hidden,
    is_set_apart,
    link_or_heading,
    links_to_own_picture,
    page_name,
    page_url,
    site_host,
)
from captions.article.html_credit import (
    credit_only,
    is_label_alone,
    is_labelled_credit,
    split_caption_credit,
)
from captions.article.html_dom import Dom, Element, collapse, parse_dom
from captions.article.html_images import image_in, image_ref, pictures
from captions.article.html_slides import slide_groups
from captions.article.html_text import (
    bare_name,
    bold_lead,
    credit_child,
    credit_line,
    is_control,
    is_toggle,
    joined,
    short_caption,
    without_title_line,
)
from captions.article.jsonld import JsonLdCaption, jsonld_captions
from captions.article.people import lower_case_words
from captions.article.qualify import is_caption_text, strip_stamp
from captions.caption.counters import COUNTER
from captions.caption.dates import find_year
from captions.caption.normalize import printing_key, strip_labels
from captions.credit.grammar import looks_like_credit
from captions.credit.words import label_roles

_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|avif|tiff?|heic)$", re.IGNORECASE)
_GRAPHIC = re.compile(r"^(?:map|graphic|chart|video|audio|listen)\s*:", re.IGNORECASE)
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


class _Reader:
    def __init__(self, dom: Dom) -> None:
        self.dom = dom
        self.drafts: list[Draft] = []
        self.taken: set[int] = set()  # elements already read as a caption or a credit
        self.protected, self.body = article_regions(dom)
        self.site = site_host(dom)
        self.name = page_name(page_url(dom))  # the article's own name in its address
        self.at: dict[int, Element] = {}  # the element each visible draft was read from
        self.h1 = next((e for e in dom.root.elements() if e.tag == "h1"), None)
        self.skipped: list[Element] = []  # regions left out (cards, related stories, widgets)
        self.boxes: dict[int, list[tuple[int, str]]] = {}  # caption elements of a scope, keyed
        self.pictures: dict[int, list[tuple[int, str]]] = {}  # pictures of a figure, in order
        self.candidates: dict[int, list[Element]] = {}  # credit-like elements of a scope

    def walk(self) -> Iterator[Element]:
        """The page's elements in document order, regions that are not the article left out."""
        stack: list[tuple[Iterator[Element | str], bool]] = [(iter(self.dom.root.children), False)]
        while stack:
            child = next(stack[-1][0], None)
            in_body = stack[-1][1]
            if child is None:
                stack.pop()
            elif isinstance(child, Element):
                if child.tag == "head":
                    continue
                if (
                    child.order not in self.protected
                    and excluded_region(child, in_body=in_body)
                    and not (child.tag == "a" and links_to_own_picture(child, self.name))
                ):
                    self.skipped.append(child)
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
            if element.order in self.taken or self._inside_taken(element):
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
        self._printings_in_skipped_regions()
        self.drafts = [d for d in self.drafts if not self._above_title(d)]
        self.drafts = self._without_credit_copies(self.drafts)
        self.drafts = self._credits_joined(self.drafts)
        # A JSON-LD caption counts when the page prints it: metadata alone is not a caption.
        printed = {printing_key(d.text) for d in self.drafts}
        shown = collapse(" ".join(self.dom.root.lines(skip=HEADINGS | {"head", "title"})))
        for offset, script in self.dom.jsonld:
            for found in self._jsonld(script, offset):
                draft = found.draft()
                if draft.credit_raw is None:
                    # `"caption": "Text. Foto: Agency"`: split as a printed caption is
                    text, split = split_caption_credit(draft.text)
                    draft = replace(draft, text=text, credit_raw=split) if split else draft
                key = printing_key(draft.text)
                if key and self.h1 is not None and printing_key(self.h1.text()).startswith(key):
                    continue  # the story's headline given as its picture's caption
                if key in printed or collapse(draft.text)[:60] in shown:
                    self.drafts.append(draft)
        return sorted(self.drafts, key=lambda d: d.span.start)

    def _printings_in_skipped_regions(self) -> None:
        """A caption element in a region left out (a figure inside a link to the gallery, a
        widget) that prints again a caption of the article is one more printing of it."""
        found = [(printing_key(d.text), d) for d in self.drafts if d.text]
        for region in self.skipped:
            if region.tag in ("head", "script", "style"):
                continue
            for element in [region, *region.elements()]:
                if not is_caption_element(element) or not self._innermost_caption(element):
                    continue
                lines = element.lines(drop=lambda e: is_hidden(e) or is_credit_element(e))
                text = collapse(" ".join(lines))
                key = printing_key(text)
                draft = next((d for k, d in found if same_key(k, key)), None)
                if draft is None:
                    continue
                caption = split_caption_credit(text)[0] if draft.credit_raw else text
                self.drafts.append(
                    Draft(self._span(element), text, caption, draft.credit_raw, draft.image_ref)
                )

    def _credits_joined(self, drafts: list[Draft]) -> list[Draft]:
        """A credit-only caption element and a caption element with no credit in one figure
        (`<figcaption>Photo: X</figcaption>` beside `<p class="caption">...`) are one caption."""
        by_box: dict[int, list[int]] = {}
        for i, draft in enumerate(drafts):
            element = self.at.get(draft.span.start)
            box = self._figure_of(element) if element is not None else None
            if box is not None:
                by_box.setdefault(box.order, []).append(i)
        dropped: set[int] = set()
        joined = list(drafts)
        for members in by_box.values():
            credits = [i for i in members if not drafts[i].text and drafts[i].credit_raw]
            bare = [i for i in members if drafts[i].text and not drafts[i].credit_raw]
            if len(credits) == 1 and len(bare) == 1:
                (c,), (b,) = credits, bare
                joined[b] = replace(drafts[b], credit_raw=drafts[c].credit_raw)
                dropped.add(c)
        return [d for i, d in enumerate(joined) if i not in dropped]

    def _without_credit_copies(self, drafts: list[Draft]) -> list[Draft]:
        """Credit-only captions printed twice in one figure (a desktop and a mobile
        figcaption) are one printing: credit-only captions are never grouped by their text, so
        a copy would count as a photo of its own."""
        seen: set[tuple[int, str]] = set()
        kept: list[Draft] = []
        for draft in sorted(drafts, key=lambda d: d.span.start):
            element = self.at.get(draft.span.start)
            figure = self._figure_of(element) if element is not None else None
            if draft.text or not draft.credit_raw or figure is None:
                kept.append(draft)
                continue
            key = (figure.order, printing_key(draft.credit_raw))
            if key not in seen:
                seen.add(key)
                kept.append(draft)
        return kept

    def _story_link(self, element: Element) -> bool:
        """A link to another page of the same site (credits link to other sites)."""
        if element.tag != "a":
            return False
        href = element.get("href").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return False
        host = urlsplit(href).netloc.lower().removeprefix("www.")
        return not host or host == self.site

    def _above_title(self, draft: Draft) -> bool:
        """A caption above the article's first <h1> and outside the header or article holding
        it: the site's picture, not the story's (texts of pages start at their title)."""
        h1 = self.h1
        element = self.at.get(draft.span.start)
        if h1 is None or element is None or element.order > h1.order:
            return False
        shared = {a.order for a in h1.ancestors() if a.tag in ("header", "article")}
        return not any(a.order in shared for a in element.ancestors())

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
        if _repeated_printings(inner) or _several_captions(inner):
            return False  # `caption-full` and `caption-truncated`, or a list of captions
        return not (inner and self.dom.has_image(element))

    def _inside_taken(self, element: Element) -> bool:
        return any(a.order in self.taken for a in element.ancestors())

    def _span(self, element: Element) -> LineSpan:
        offset = self.dom.offset(element)
        self.at[offset] = element
        return LineSpan(self.dom.line(offset), offset, offset)

    def _caption(self, element: Element) -> None:
        self.taken.add(element.order)
        raw = collapse(" ".join(element.lines()))
        unlinked = collapse(" ".join(element.lines(drop=self._story_link)))
        if len(unlinked) < len(raw) / 2:
            return  # a card: the caption is a link to another story of the site
        credits: list[Element] = []

        def drop(child: Element) -> bool:
            if is_hidden(child) or is_toggle(child) or child.order in self.taken:
                return True  # (a credit read already with the caption beside this box)
            if is_credit_element(child) or child.get("class").lower().split() == ["note"]:
                credits.extend([child] if is_credit_element(child) else [])
                return True
            return False

        caption_lines = element.lines(drop=drop)
        caption = collapse(" ".join(caption_lines))
        copies: list[str] = []
        # A screen-reader label in the credit (`Image source, `) goes, unless it is all there is.
        inner = _once([collapse(" ".join(c.lines(drop=is_hidden) or c.lines())) for c in credits])
        if not caption and not inner:
            return
        lead = bold_lead(credits[0]) if not caption and len(credits) == 1 else ""
        if lead:  # the markup sets it apart as the caption, even a name (`<strong>Agency</strong>`)
            caption, inner = lead, collapse(inner[len(lead) :])
            caption_lines = [caption]
        if len(inner) > _MAX_CREDIT_CHARS:
            caption, inner, caption_lines = raw, "", []
        if (
            not inner
            and is_credit_element(element)
            and (credit_only(caption) or bare_name(caption))
        ):
            caption, credit = "", caption  # `<figcaption class="image-credits">Name</figcaption>`
            caption_lines = []
        else:
            tail = ""
            if len(caption_lines) > 1:
                caption_lines, tail = credit_line(caption_lines)
                caption = collapse(" ".join(caption_lines))
            if len(caption_lines) > 1 and all(
                same_caption(caption_lines[0], line) for line in caption_lines[1:]
            ):
                # one caption printed in two blocks (a desktop and a mobile copy)
                copies, caption_lines = caption_lines[1:], caption_lines[:1]
                caption = caption_lines[0]
            if not tail and not lead:
                split_caption, split = split_caption_credit(caption)
                if split:
                    caption, tail, caption_lines = split_caption, split, []
                elif not inner and (found := credit_child(element, caption)) is not None:
                    caption, tail = found  # `<span>Name/Agency</span><span>Caption</span>`
                    caption_lines = [caption]
            credit = joined(raw, inner, tail)
            if not inner:
                # a credit element beside the caption counts with a credit ending its text
                # (`<span class="credit">© Agency</span>` over `Caption (Photo by Name/Agency)`)
                beside, other = self._credit_beside(element)
                credit = _in_order(credit, raw, beside, other, element)
        figure = self._figure_of(element)
        if not credit and figure is not None and not self._credit_candidates(figure):
            # no credit printed in the figure: one its attributes give (`data-credit`, `title`)
            credit = figure_credit(figure, caption)
        caption = without_title_line(caption_lines) if caption_lines else caption
        caption = strip_stamp(strip_labels(COUNTER.sub("", caption, count=1)))
        if credit and is_label_alone(credit) and not label_roles(credit):
            credit = ""  # a label with no one after it
        if caption and is_label_alone(caption) and not label_roles(caption):
            # `Credit` with no one after it prints nothing; `Photographs by` opens the credit
            if not credit:
                return
            caption, credit = "", f"{caption} {credit}"
        if _GRAPHIC.match(caption) or not raw or is_control(caption):
            return
        if _FILE_NAME.match(caption):
            return  # a gallery printing the picture's file name in an empty caption slot
        if figure is None and any(a.tag == "blockquote" for a in element.ancestors()):
            return  # a pull quote's attribution (`- Name, role` in caption type)
        in_figure = element.tag == "figcaption" and figure is not None
        if not (
            is_caption_text(caption)
            or short_caption(caption, figcaption=in_figure)
            or (credit and not caption)
        ):
            return
        ref = self._picture(figure, element) if figure is not None else None
        span = self._span(element)
        self.drafts.append(Draft(span, raw, caption, credit or None, ref))
        for copy in copies:
            text = strip_stamp(strip_labels(split_caption_credit(copy)[0]))
            self.drafts.append(Draft(span, raw, text, credit or None, ref))

    def _credit_beside(self, element: Element) -> tuple[str, Element | None]:
        """A credit element beside the caption (a sibling, or elsewhere in its figure), taken
        with it: its text and the element."""
        scope = self._figure_of(element)
        if scope is None and element.parent is not None:
            # `<div class="caption-box"><p class="caption">..</p><p class="credit">..</p></div>`
            # with the picture in a block before it
            parent = element.parent
            scope = None if parent.order in self.protected or parent.tag == "body" else parent
        if scope is None:
            return self._credit_after(element)
        key = printing_key(collapse(element.text()))
        for candidate in self._credit_candidates(scope):
            if candidate.order in self.taken:
                continue
            if candidate is element or any(a is element for a in candidate.ancestors()):
                continue
            if any(a is candidate for a in element.ancestors()):
                continue  # a wrapper around the caption (`image__source-wrapper`)
            if any(a.order in self.taken for a in candidate.ancestors()):
                continue
            if self._in_other_caption(candidate, element, scope):
                continue  # another caption's own credit
            if self._caption_between(scope, element, candidate, key):
                continue  # past another caption: that caption's (a gallery printed flat)
            text = collapse(" ".join(candidate.lines()))
            if text and len(text) <= _MAX_CREDIT_CHARS:
                self.taken.add(candidate.order)
                return text, candidate
        return self._credit_after(scope)

    def _credit_after(self, block: Element) -> tuple[str, Element | None]:
        """A credit printed right after a figure, outside it (`</figure><p class="credit">`), or
        right after a caption standing in the article's body (`<p class="caption">` then
        `<p class="caption-credit">`)."""
        after = next(iter(block.next_elements()), None)
        if after is None or after.order in self.taken or self.dom.has_image(after):
            return "", None
        text = collapse(" ".join(after.lines()))
        if (
            text
            and len(text) <= _MAX_CREDIT_CHARS
            and (
                is_credit_element(after, beside=True)
                or is_labelled_credit(text)
                or _hidden_label(after)
            )
        ):
            self.taken.add(after.order)
            return text, after
        return "", None

    def _picture(self, figure: Element, element: Element) -> str | None:
        """The picture of a caption in `figure`: the last one before it (a gallery printed flat
        has image, caption, image, caption), else the first."""
        found = self.pictures.get(figure.order)
        if found is None:
            found = self.pictures[figure.order] = pictures(figure)
        if not found:
            return None
        before = bisect_right([order for order, _ in found], element.order)
        return found[before - 1][1] if before else found[0][1]

    def _credit_candidates(self, scope: Element) -> list[Element]:
        """The elements of `scope` that may hold a caption's credit: credit markup, or a short
        labelled line (a block around a credit element and a slide counter is none)."""
        found = self.candidates.get(scope.order)
        if found is None:
            found = self.candidates[scope.order] = [
                e
                for e in scope.elements()
                if is_credit_element(e)
                or (
                    e.tag in _CREDIT_LINE_TAGS
                    and is_labelled_credit(collapse(" ".join(e.lines())))
                    and not any(is_credit_element(d) for d in e.elements())
                )
            ]
        return found

    def _caption_between(self, scope: Element, element: Element, other: Element, key: str) -> bool:
        """Whether a caption element of `scope` holding another caption than `element` (whose
        key is `key`) lies between `element` and `other`; a box holding only a credit, a second
        printing of this caption, and a block holding `other` are none."""
        boxes = self.boxes.get(scope.order)
        if boxes is None:
            boxes = []
            for e in scope.elements():
                if is_caption_element(e):
                    text = collapse(e.text())
                    if is_caption_text(text) and not credit_only(text):
                        boxes.append((e.order, printing_key(text)))
            self.boxes[scope.order] = boxes
        first, second = (element, other) if element.order < other.order else (other, element)
        low, high = _subtree_end(first), second.order
        around = {a.order for a in second.ancestors()}
        start = bisect_right(boxes, (low, "\uffff"))
        for order, box_key in boxes[start:]:
            if order >= high:
                return False
            if order not in around and not same_key(key, box_key):
                return True
        return False

    @staticmethod
    def _in_other_caption(candidate: Element, element: Element, scope: Element) -> bool:
        """Whether `candidate` sits in another caption element than `element` (below `scope`)
        that holds a caption besides it."""
        own = {a.order for a in element.ancestors()}
        for ancestor in candidate.ancestors():
            if ancestor is scope:
                return False
            if ancestor.order not in own and is_caption_element(ancestor):
                # a caption of its own, not a box holding only this credit (`caption-meta`)
                rest = collapse(" ".join(ancestor.lines(drop=lambda e: e is candidate)))
                return is_caption_text(rest)
        return False

    def _credit_only(self, figure: Element) -> None:
        """A figure with no caption but a credit element: a credit-only caption."""
        if figure.order in self.taken or any(e.order in self.taken for e in figure.elements()):
            return
        if self._inside_taken(figure) or not self.dom.has_image(figure):
            return
        skipped = {region.order for region in self.skipped}
        for element in figure.elements():
            if not is_credit_element(element, beside=True) or element.tag == "img":
                continue
            if any(a.order in skipped for a in element.ancestors()):
                continue  # in a region left out (a teaser, a widget) below the block
            text = collapse(" ".join(element.lines()))
            if not text or len(text.split()) > _MAX_LONE_CREDIT_WORDS:
                continue
            credit_like = looks_like_credit(text) or bare_name(text)
            beside = figure.order not in self.protected and credit_like
            caption = self._text_beside(figure, element) if beside else ""
            if caption:  # `<div><img><div>Caption<span class="credit">Name</span></div></div>`
                self.taken.add(figure.order)
                raw = collapse(" ".join(figure.lines()))
                self.drafts.append(Draft(self._span(figure), raw, caption, text, image_in(figure)))
                return
            if not credit_only(text):
                continue
            if figure.order in self.protected:
                # The article's own container (its title, its body): only a labelled credit
                # is the lead picture's (`Illustration by Name`); a bare name is the story's
                # source or writer, and the pictures further down keep their own captions.
                if not is_labelled_credit(text):
                    continue
                self.taken.add(element.order)
            else:
                self.taken.add(figure.order)
            ref = image_in(figure)
            self.drafts.append(Draft(self._span(element), text, "", text, ref))
            return

    def _text_beside(self, block: Element, credit: Element) -> str:
        """The caption an image block with no caption markup prints beside its credit element:
        its other text, when that reads as a caption and is not a card's headline or link."""
        raw = collapse(" ".join(block.lines()))
        unlinked = collapse(" ".join(block.lines(drop=link_or_heading)))
        if len(unlinked) < len(raw) / 2:
            return ""
        lines = block.lines(
            drop=lambda e: (
                e is credit
                or is_hidden(e)
                or self.dom.has_image(e)
                or e.tag in HEADINGS
                or is_credit_element(e, beside=True)
            )
        )
        text = collapse(" ".join(lines))
        if len(lines) > _MAX_BESIDE_LINES:
            return ""  # a block of several texts (a footer, a card list), not a picture's
        short = len(text) <= _MAX_PARAGRAPH_CAPTION_CHARS
        return text if short and is_caption_text(text) and not is_control(text) else ""

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
        unlinked = collapse(" ".join(slide.lines(drop=link_or_heading)))
        if not raw or len(unlinked) < len(raw) / 2:
            return  # a card: a headline, or a link to another page
        credits: list[Element] = []

        def drop(e: Element) -> bool:
            if is_hidden(e) or self.dom.has_image(e) or e.tag in HEADINGS:
                return True
            if is_credit_element(e, beside=True):
                credits.append(e)  # `<span class="credit">` glued to the slide's text
                return True
            return False

        lines = slide.lines(drop=drop)
        lines = [COUNTER.sub("", line, count=1) for line in lines]
        lines = [line for line in lines if line and not is_control(line)]
        if not lines:
            return
        tail = collapse(" ".join(" ".join(c.lines()) for c in credits))
        if len(lines) > 1 and not tail:
            lines, tail = credit_line(lines)
        caption = without_title_line(lines)
        if not tail:
            caption, split = split_caption_credit(caption)
            tail = split or ""
        if not (is_caption_text(caption) or (tail and short_caption(caption))):
            return
        self.taken.add(slide.order)
        ref = image_in(slide)
        self.drafts.append(Draft(self._span(slide), raw, caption, tail or None, ref))

    def _paragraph_after(self, image: Element) -> None:
        """A paragraph right after an image that only a caption's marks set apart: a credit in it
        (`... 新华社记者 X 摄`, `Foto: X`), centred or set in its own type (`<font>`, `<em>`)."""
        if image.order in self.taken or self._inside_taken(image) or not image_ref(image):
            return  # (an <img> with no address shows no picture: a script fills it, a QR code)
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
        if after is None or after.tag not in ("p", "div", "center", "span", "font", *_STYLED):
            return
        if after.order in self.taken or self.dom.has_image(after):
            return
        if any(e.order in self.taken for e in after.elements()):
            return  # the box holding the image's caption, read already
        text = COUNTER.sub("", collapse(" ".join(after.lines())), count=1)
        if not 2 <= len(text) <= _MAX_PARAGRAPH_CAPTION_CHARS:
            return
        caption, credit = split_caption_credit(text)
        if not (credit or is_set_apart(after) or after.tag in _STYLED):
            return  # (an image then `<br><em>caption</em>` in one paragraph: styled apart)
        self.taken.add(after.order)
        draft = Draft(self._span(after), text, caption, credit, image_ref(image))
        self.drafts.append(draft)

    def _data_caption(self, element: Element) -> None:
        caption = attribute(element, "data-caption")
        if not caption or "<" in caption:
            return
        credit = data_credit(element) or None
        text, split = (caption, credit) if credit else split_caption_credit(caption)
        ref = image_ref(element) or image_in(element) or element.get("data-image") or None
        self.drafts.append(Draft(self._span(element), caption, text, split, ref))

    def _jsonld(self, script: str, offset: int) -> list[JsonLdCaption]:
        return jsonld_captions(script, offset, self.dom.line_starts)


# Elements that may hold a labelled credit line beside a caption (`<footer>Foto: X</footer>` in
# a figure, `<b>Photo: X</b>`).
_CREDIT_LINE_TAGS = frozenset({"p", "span", "div", "small", "em", "i", "b", "strong", "footer"})
# Inline type that sets a caption apart from the paragraph holding its image.
_STYLED = ("em", "i", "small")
# A caption paragraph under an image is a sentence or two (fitted on the development pages).
_MAX_PARAGRAPH_CAPTION_CHARS = 300
# ... and an image block's caption beside its credit one or two lines (a title and the caption).
_MAX_BESIDE_LINES = 2
# Two caption elements print the same caption when one text starts with the other and the shorter
# is this long at least (a cut-short copy); shorter texts must be equal (development pages: the
# repeated copies are whole captions of 60 characters or more; titles and kickers are shorter).
_MIN_REPEATED_PREFIX = 40


def _once(parts: list[str]) -> str:
    """Credit parts joined, a part printed twice (a desktop and a mobile copy) once."""
    seen: set[str] = set()
    kept = []
    for part in parts:
        key = printing_key(part)
        if key and key not in seen:
            seen.add(key)
            kept.append(part)
    return " ".join(kept)


def _in_order(own: str, raw: str, beside: str, other: Element | None, element: Element) -> str:
    """A caption's own credit (split off its text `raw`) and the credit element `other` beside
    it, joined in the order printed, the own part with the brackets it is printed in; a part
    printed again inside the other counts once."""
    if not beside or other is None:
        return own
    a, b = printing_key(own), printing_key(beside)
    if not a or b in a:
        return own or beside
    if a in b:
        return beside
    for opening, closing in ("()", "[]"):
        if f"{opening}{own}{closing}" in raw:
            own = f"{opening}{own}{closing}"
    return f"{beside} {own}" if other.order < element.order else f"{own} {beside}"


def _subtree_end(element: Element) -> int:
    return max((e.order for e in element.elements()), default=element.order)


def _hidden_label(element: Element) -> bool:
    """Whether a screen-reader label inside `element` says it is a credit (`Image source, `)."""
    return any(is_hidden(e) and is_label_alone(collapse(e.text())) for e in element.elements())


def _several_captions(inner: list[Element]) -> bool:
    """Whether the innermost caption elements inside an element are two or more captions
    (`<div class="captions">` listing a gallery's), not a caption and its parts."""
    leaves = [e for e in inner if not any(is_caption_element(d) for d in e.elements())]
    texts = [collapse(e.text()) for e in leaves]
    return sum(1 for t in texts if is_caption_text(t) and not credit_only(t)) >= 2


def _repeated_printings(inner: list[Element]) -> bool:
    """Whether two of the innermost caption elements print the same caption (a full and a cut
    copy, a desktop and a mobile copy): each is then read as a printing of its own."""
    inner = [e for e in inner if not is_toggle(e)]  # `<a class="more-caption">less</a>`
    orders = {e.order for e in inner}
    leaves = [e for e in inner if not any(d.order in orders for d in e.elements())]
    keys = sorted(
        (k for e in leaves if (k := printing_key(" ".join(e.lines(drop=is_toggle))).rstrip(".… "))),
        key=len,
    )
    for i, short in enumerate(keys):
        for longer in keys[i + 1 :]:
            if short == longer or (len(short) >= _MIN_REPEATED_PREFIX and longer.startswith(short)):
                return True
    return False


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
