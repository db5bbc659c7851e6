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
from urllib.parse import urlsplit

from captions.article.html_dom import Dom, Element

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Words of an element naming a caption, in the languages of the real pages and their neighbours
# (class names are often the site language's word: `onderschrift`, `kuvateksti`, `epigrafe`).
_CAPTION_WORDS_TEXT = """
    caption captions figcaption legend legende legenda legendas leyenda didascalia didascalie
    bildunterschrift bildtext bildtekst bu cutline cutlines imgcaption photocaption mediacaption
    imagecaption picturecaption onderschrift bijschrift fotobijschrift kuvateksti piefoto
    piedefoto epigrafe podpis popisek kepalairas"""
CAPTION_WORDS = frozenset(_CAPTION_WORDS_TEXT.split())
# Words naming a credit (inside or beside a caption), in the languages of the real pages and their
# neighbours: class names are often the site language's word (`crediti`, `zrodlo`, `urheber`).
_CREDIT_WORDS_TEXT = """
    credit credits creditline copyright copyrights attribution source photographer photocredit
    imagecredit mediacredit photoby imagesource photosource courtesy rights byline author
    fotograf fotografo fotografa fotograaf photographe kuvaaja autor autore auteur avtor
    quelle bildquelle bildnachweis fotonachweis bildrechte urheber credito creditos crediti
    fonte fuente bron beeldbron zrodlo zdroj istochnik kaynak forras lahde kalla kilde droits
    agency agentur agencia agenzia agence agencja"""
CREDIT_WORDS = frozenset(_CREDIT_WORDS_TEXT.split())
# Beside a caption (outside it) these name the story's writer, not the photographer.
_WRITER_WORDS = frozenset({"byline", "author", "autor", "autore", "auteur", "avtor"})
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
    share sharing social player videoplayer jwplayer vjs brightcove playlist login signup
    moreon readmore morestories relatedarticles relatedcontent byline bylines authorbox
    authorbio bio"""
EXCLUDED_WORDS = frozenset(_EXCLUDED_WORDS_TEXT.split())
# Inside the article's body only these mark a region to skip: cards and promos there are
# optional teasers (and caught by their links), while a class such as `gallery-promo-stub` may
# wrap the article's own gallery.
_EXCLUDED_IN_BODY_TEXT = """
    advert advertisement ad ads adslot dfp sponsored outbrain taboola newsletter subscribe
    cookie cookies consent gdpr cookiebanner comments comment share sharing social player
    videoplayer jwplayer vjs brightcove login signup byline bylines authorbox
    authorbio"""
_EXCLUDED_IN_BODY = frozenset(_EXCLUDED_IN_BODY_TEXT.split())
_EXCLUDED_TAGS = frozenset({"nav", "footer", "button", "select", "video"})
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
    if element.tag in HEADINGS:
        return False  # `<h2 class="caption">`: a section's title in the site's words
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
    found = class_words(element) & (_EXCLUDED_IN_BODY if in_body else EXCLUDED_WORDS)
    if found == {"teaser"} and _ARTICLE_PART.match(element.get("class")):
        return False  # `article--teaser-image`: the story's own lead (a CMS view mode's name)
    if found == {"related"} and _RELATED_PICTURE.search(
        f"{element.get('class')} {element.get('id')}"
    ):
        return False  # `relatedPhoto`: the picture related to this story, not other stories
    if found == {"footer"} and not _page_footer(element):
        return False  # `modal-footer`, `card-footer`: the foot of a block, not of the page
    return bool(found)


# A class naming a part of the article block itself (BEM: `article--teaser-image`, `story__teaser`).
_ARTICLE_PART = re.compile(r"^(?:article|story|post|entry|node)(?:--|__)teaser", re.IGNORECASE)
# `relatedPhoto`, `related-image`: one token naming the story's picture.
_RELATED_PICTURE = re.compile(r"(?:^|\s)related[-_]?(?:photo|image|picture|media)s?(?:\s|$)", re.I)
_PAGE_FOOTER = re.compile(r"^(?:(?:site|page|global|main)[-_]?)?footer(?:$|[-_])", re.IGNORECASE)


def _page_footer(element: Element) -> bool:
    tokens = element.get("class").split() + element.get("id").split()
    return any(_PAGE_FOOTER.match(t) for t in tokens)


# A paragraph of the article's body is at least this long (fitted on the development pages:
# teaser texts and captions are shorter, body paragraphs mostly longer).
_BODY_PARAGRAPH_CHARS = 120


def body_paragraph(element: Element) -> bool:
    return (
        element.tag == "p"
        and not is_caption_element(element)
        and len(element.text()) >= _BODY_PARAGRAPH_CHARS
        and not any(a.tag == "figure" or is_caption_element(a) for a in element.ancestors())
    )


def article_regions(dom: Dom) -> tuple[set[int], set[int]]:
    """Elements holding the article (its title, or the block with most body paragraphs): never
    a region to skip, whatever their class says (`ContainerWithSidebar`); and the blocks of the
    article's body (inside them fewer region words count)."""
    parents: dict[int, int] = {}
    by_order: dict[int, Element] = {}
    h1: Element | None = None
    for element in dom.root.elements():
        if element.tag == "h1" and h1 is None:
            h1 = element
        if body_paragraph(element) and element.parent is not None:
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


def page_url(dom: Dom) -> str:
    """The address the page gives itself (canonical link or og:url), or ''. Looked for in the
    whole page: an element the head may not hold (an <img> in <noscript>) ends the head early,
    and the links after it land in the body."""
    for element in dom.root.elements():
        url = ""
        if element.tag == "link" and "canonical" in element.get("rel").lower().split():
            url = element.get("href")
        elif element.tag == "meta" and element.get("property").lower() == "og:url":
            url = element.get("content")
        if url:
            return url.strip()
    return ""


def site_host(dom: Dom) -> str:
    """The host the page says it lives at (canonical link or og:url), without `www.`."""
    return urlsplit(page_url(dom)).netloc.lower().removeprefix("www.")


# A page's own name in its address: `42049` of `/article/2019/03/05/42049.html`, a slug.
_PAGE_NAME = re.compile(r"^(?:\d{4,}|[\w]+(?:-[\w]+){2,})$")


def page_name(url: str) -> str:
    """The last part of a page's address when it names the page (an id of four digits or more,
    a slug of three words or more), else ''."""
    segment = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    stem = re.sub(r"\.[a-z]{2,5}$", "", segment, flags=re.IGNORECASE)
    return stem if _PAGE_NAME.match(stem) else ""


def links_to_own_picture(link: Element, name: str) -> bool:
    """Whether a link leads to a page of this article (its picture viewer: the link's path has
    the article's own name as a folder, `/article/img/.../42049/26698.html`), not to another
    story."""
    if not name:
        return False
    path = urlsplit(link.get("href").strip()).path
    return f"/{name}/" in path


_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def is_set_apart(paragraph: Element) -> bool:
    """Whether a paragraph is set apart from the body: centred, or all in one styled element."""
    if _CENTRED.search(paragraph.get("style")) or paragraph.get("align").lower() == "center":
        return True
    if paragraph.tag == "center" or {"center", "centered", "fcenter"} & class_words(paragraph):
        return True
    texts = [c for c in paragraph.children if isinstance(c, str) and c.strip(" \t\n\u3000")]
    inner = paragraph.element_children()
    return not texts and len(inner) == 1 and inner[0].tag in ("font", "em", "i", "small")


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def link_or_heading(element: Element) -> bool:
    return element.tag in HEADINGS or (element.tag == "a" and bool(element.get("href").strip()))


_IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)|^#|^javascript:", re.I)


def _links_to_image(href: str) -> bool:
    return not href or bool(_IMAGE_LINK.search(href.strip()))


__all__ = [
    "HEADINGS",
    "article_regions",
    "body_paragraph",
    "is_set_apart",
    "link_or_heading",
    "links_to_own_picture",
    "page_name",
    "page_url",
    "site_host",
    "CAPTION_WORDS",
    "CREDIT_WORDS",
    "EXCLUDED_WORDS",
    "class_words",
    "excluded_region",
    "is_caption_element",
    "is_credit_element",
    "is_hidden",
]
