"""What an element is for, from its tag and the words in its class, id, itemprop and data-*.

Roles of elements inside or beside a caption: `credit` (`<small>`, `<cite>`, `photo-credit`,
`itemprop=copyrightHolder`), `hidden` (screen-reader labels), `note`. Whole regions that never hold
the article's photo captions: navigation, teasers and related-article cards, video players, cookie
banners, comments, advertising (`excluded_region`).

The word lists were gathered on the development part of ../shared/articles/real (81 publishers,
20 languages) and on the usual CMS vocabularies (WordPress, Arc, Drupal, Brightspot).
"""

from __future__ import annotations

import re
from functools import lru_cache

from captions.article.html_dom import Element

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Words of an element naming a caption.
_CAPTION_WORDS_TEXT = """
    caption captions figcaption legend legende legenda leyenda didascalia bildunterschrift
    bildtext bu cutline cutlines imgcaption photocaption mediacaption imagecaption
    picturecaption"""
CAPTION_WORDS = frozenset(_CAPTION_WORDS_TEXT.split())
# Words naming a credit (inside or beside a caption).
_CREDIT_WORDS_TEXT = """
    credit credits copyright copyrights attribution source photographer photocredit
    imagecredit mediacredit fotograf fotografo autor author byline courtesy quelle credito
    creditos fonte fuente bildquelle bildnachweis rights"""
CREDIT_WORDS = frozenset(_CREDIT_WORDS_TEXT.split())
_WRITER_WORDS = frozenset({"byline", "author", "autor"})
_HIDDEN_WORDS_TEXT = """
    offscreen visuallyhidden sronly screenreader screenreaderonly hidden srtext
    assistivetext a11y"""
_HIDDEN_WORDS = frozenset(_HIDDEN_WORDS_TEXT.split())
# Regions that are not the article: navigation, teasers, players, banners, widgets.
_EXCLUDED_WORDS_TEXT = """
    nav navbar navigation menu breadcrumb breadcrumbs footer sidebar related recirc
    recirculation recommended recommendations teaser teasers promo promos outbrain taboola
    trending popular mostread mostpopular newsletter subscribe subscription cookie cookies
    consent gdpr cookiebanner advert advertisement ad ads adslot dfp sponsored comments comment
    share sharing social player videoplayer jwplayer vjs brightcove playlist modal login signup
    moreon readmore morestories relatedarticles relatedcontent byline bylines authorbox
    authorbio bio"""
EXCLUDED_WORDS = frozenset(_EXCLUDED_WORDS_TEXT.split())
# Inside the article's body only these mark a region to skip: cards and promos there are
# optional teasers (and caught by their links), while a class such as `gallery-promo-stub` may
# wrap the article's own gallery.
_EXCLUDED_IN_BODY_TEXT = """
    advert advertisement ad ads adslot dfp sponsored outbrain taboola newsletter subscribe
    cookie cookies consent gdpr cookiebanner comments comment share sharing social player
    videoplayer jwplayer vjs brightcove modal login signup byline bylines authorbox
    authorbio"""
_EXCLUDED_IN_BODY = frozenset(_EXCLUDED_IN_BODY_TEXT.split())
_EXCLUDED_TAGS = frozenset({"nav", "footer", "button", "form", "select", "dialog", "video"})
_CREDIT_TAGS = frozenset({"small", "cite"})
_CREDIT_ITEMPROPS = frozenset({"copyrightholder", "creator", "author", "copyrightnotice"})


@lru_cache(maxsize=8192)
def _split_words(value: str) -> frozenset[str]:
    words = _SPLIT.split(_CAMEL.sub(" ", value).lower())
    joined = {value.lower().replace("-", "").replace("_", "")}
    return frozenset(w for w in [*words, *joined] if w)


def class_words(element: Element) -> frozenset[str]:
    """Words of class, id and itemprop only (not data-* names, which name data, not roles)."""
    found: set[str] = set()
    for key in ("class", "id", "itemprop", "data-testid"):
        for token in element.attrs.get(key, "").split():
            found |= _split_words(token)
    return frozenset(found)


def is_caption_element(element: Element) -> bool:
    """An element whose class/id/itemprop says it holds a caption (not a credit or a title)."""
    if element.tag == "figcaption":
        return True
    tokens = [t.lower() for t in element.get("class").split() + element.get("id").split()]
    if "caption" in element.get("itemprop").lower().split():
        return True
    for token in tokens:
        parts = set(_SPLIT.split(token))
        if not parts & CAPTION_WORDS and not any(
            w in token for w in ("caption", "legend", "bildunterschrift")
        ):
            continue
        if token.startswith(("has-", "no-", "with-", "without-", "is-")) or any(
            w in token for w in ("captionlink", "togglecaption", "captiontoggle", "captionbutton")
        ):
            continue
        if parts & {
            "credit",
            "copyright",
            "hed",
            "thumb",
            "title",
            "label",
            "wrapper",
            "wrap",
            "container",
            "toggle",
            "button",
            "icon",
            "btn",
            "count",
            "counter",
            "link",
            "control",
            "controls",
            "open",
            "close",
        }:
            continue
        return True
    return False


def is_credit_element(element: Element, *, beside: bool = False) -> bool:
    """An element holding a credit. `beside`: outside a caption element, where `byline` and
    `author` name the article's writer rather than the photographer."""
    if element.tag in _CREDIT_TAGS:
        return True
    props = set(element.get("itemprop").lower().split())
    if props & _CREDIT_ITEMPROPS and not (beside and "author" in props):
        return True
    found = class_words(element) & CREDIT_WORDS
    return bool(found - _WRITER_WORDS if beside else found)


def is_hidden(element: Element) -> bool:
    if element.attrs.get("hidden") is not None and "hidden" in element.attrs:
        return True
    style = element.get("style").replace(" ", "").lower()
    if "display:none" in style:
        return True
    return bool(class_words(element) & _HIDDEN_WORDS)


def excluded_region(element: Element, *, in_body: bool = False) -> bool:
    """Whether `element` itself is a region never holding the article's photo captions
    (`in_body`: the element is inside the article's body, where fewer words count)."""
    if element.tag in _EXCLUDED_TAGS:
        return True
    if element.tag == "a" and not _links_to_image(element.get("href")):
        return True  # a card: the whole block links to another story
    if element.tag in ("header", "html", "body", "main", "article"):
        return False
    return bool(class_words(element) & (_EXCLUDED_IN_BODY if in_body else EXCLUDED_WORDS))


_IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)|^#|^javascript:", re.I)


def _links_to_image(href: str) -> bool:
    return not href or bool(_IMAGE_LINK.search(href.strip()))


__all__ = [
    "CAPTION_WORDS",
    "CREDIT_WORDS",
    "EXCLUDED_WORDS",
    "class_words",
    "excluded_region",
    "is_caption_element",
    "is_credit_element",
    "is_hidden",
]
