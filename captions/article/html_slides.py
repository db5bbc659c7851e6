"""Galleries and slideshows outside <figure>: repeated sibling blocks of an image and its text.

A parent whose element children include at least MIN_SLIDES blocks of one kind (same tag and
class), each holding an image and some text, is a gallery; each block is a slide whose text
(outside the image) is its caption.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from captions.article.html_dom import Element

# Three slides make a gallery: two image+text siblings are as often a pair of teaser cards
# (fitted on the development part of ../shared/articles/real).
MIN_SLIDES = 3


def _kind(element: Element) -> tuple[str, str]:
    return element.tag, " ".join(sorted(element.get("class").split()))


def slide_groups(
    parents: Iterable[Element], has_image: Callable[[Element], bool]
) -> list[list[Element]]:
    """The slides of every gallery among `parents`, in document order."""
    groups: list[list[Element]] = []
    for parent in parents:
        children = parent.element_children()
        if len(children) < MIN_SLIDES:
            continue
        by_kind: dict[tuple[str, str], list[Element]] = {}
        for child in children:
            if has_image(child) and child.tag not in ("img", "picture", "figure"):
                by_kind.setdefault(_kind(child), []).append(child)
        for slides in by_kind.values():
            if len(slides) >= MIN_SLIDES:
                groups.append(slides)
    return groups


__all__ = ["MIN_SLIDES", "slide_groups"]
