"""Credits a page keeps in attributes rather than in printed text.

- `data-credit`, `data-copyright`, `data-photographer`... on the element holding a caption
  (lightbox and gallery scripts) or on the figure and its images;
- an image's `title` or `alt` that is a labelled credit (`© Agency`, `Foto: Name`);
- an image's `alt` repeating the printed caption with its credit (`Caption. Photo: Name`).

Read only when the printed caption has no credit of its own.
"""

from __future__ import annotations

import html

from captions.article.html_credit import credit_only, is_labelled_credit, split_caption_credit
from captions.article.html_dom import Element, collapse
from captions.caption.normalize import printing_key
from captions.credit.grammar import MAX_CREDIT_CHARS, looks_like_credit

# Attributes naming a credit (lightboxes, gallery scripts, lazy-loaded images).
DATA_CREDITS = (
    "data-credit",
    "data-copyright",
    "data-photographer",
    "data-photo-credit",
    "data-image-credit",
    "data-source",
    "data-author",
)

_AMBIGUOUS = frozenset({"data-source", "data-author"})


def attribute(element: Element, key: str) -> str:
    """An attribute's text, entities decoded and whitespace collapsed."""
    value = element.get(key)
    return collapse(html.unescape(value)) if value else ""


def data_credit(element: Element) -> str:
    """The first `data-credit`-like attribute of `element` holding a credit (not an address)."""
    for key in DATA_CREDITS:
        value = attribute(element, key)
        if not value or "://" in value or value.startswith(("/", "#", "{", "[")):
            continue
        if len(value) > MAX_CREDIT_CHARS:
            continue
        if key in _AMBIGUOUS and not (is_labelled_credit(value) or looks_like_credit(value)):
            continue  # `data-source` may name a feed, `data-author` the story's writer
        return value
    return ""


def figure_credit(figure: Element, caption: str) -> str:
    """The credit the attributes of a figure and its images give a caption printed without one:
    a data attribute, a labelled credit as an image's title or alt, or the credit after the
    caption in an image's alt."""
    images = [e for e in [figure, *figure.elements()] if e.tag in ("img", "picture", "figure")]
    for element in [figure, *images]:
        found = data_credit(element)
        if found:
            return found
    key = printing_key(caption)
    for image in images:
        for name in ("title", "alt"):
            value = attribute(image, name)
            if not value or len(value) > len(caption) + MAX_CREDIT_CHARS:
                continue
            if is_labelled_credit(value) and credit_only(value):
                return value
            if key and printing_key(value).startswith(key) and len(value) > len(caption):
                rest, credit = split_caption_credit(value)
                if credit and printing_key(rest) == key:
                    return credit
    return ""


__all__ = ["DATA_CREDITS", "attribute", "data_credit", "figure_credit"]
