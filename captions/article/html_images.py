"""Which picture a caption belongs to: the address of an <img>, <source> or lazy-loading block."""

from __future__ import annotations

import re

from captions.article.html_dom import Element, is_icon

_IMAGE_URL = re.compile(r"^\S+\.(?:jpe?g|png|webp|gif|avif)(?:[?#]\S*)?$", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"^data:|lazy[-_]?load|placeholder|/blank\.(?:gif|png)|/spacer\.|/pixel\.gif|/transparent\.",
    re.IGNORECASE,
)


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


def image_in(element: Element) -> str | None:
    """The first image of `element`: an <img> first, a <source> when there is no <img>; icons
    left out."""
    refs: list[tuple[str, str | None]] = [
        (e.tag, ref)
        for e in element.elements()
        if e.tag in ("img", "source") and not is_icon(e) and (ref := image_ref(e)) is not None
    ]
    if element.tag == "img":
        refs.insert(0, ("img", image_ref(element)))
    return next((r for t, r in refs if t == "img" and r), None) or next(
        (r for _, r in refs if r), None
    )


def pictures(element: Element) -> list[tuple[int, str]]:
    """(element order, address) of the pictures in `element` in document order: its <img>s, or
    its <source>s when it has no <img>."""
    found: list[tuple[int, str, str | None]] = [
        (e.order, e.tag, ref)
        for e in element.elements()
        if e.tag in ("img", "source") and not is_icon(e) and (ref := image_ref(e)) is not None
    ]
    if element.tag == "img":
        found.insert(0, (element.order, "img", image_ref(element)))
    images = [(order, ref) for order, tag, ref in found if tag == "img" and ref]
    return images or [(order, ref) for order, _, ref in found if ref]


__all__ = ["image_in", "image_ref", "pictures"]
