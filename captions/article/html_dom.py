"""An HTML page as a small tree: parsed by lexbor (selectolax), guarded against hostile input.

lexbor is a WHATWG HTML5 parser in C: it builds the tree a browser builds from broken markup
(unclosed tags, misnested formatting, stray end tags) at tens of MB/s. Its tree is copied once
into plain `Element`s so the caption rules can walk parents and siblings cheaply and with types.

Guards: a page nested deeper than MAX_NESTING elements is refused (an HTML5 parser checks the
open-element stack at every tag, so 100,000 levels take quadratic time); script, style, svg,
template and noscript contents are never part of the text (JSON-LD scripts are kept apart).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from captions.errors import ArticleError

# The naive count below (elements whose end tag may be omitted never open) reaches 23 at most on
# the 117 pages of ../shared/articles/real; a page that leaves thousands of <span> open is still
# read, and lexbor parses 4,000 levels in a few ms (100,000 take it 25 s).
MAX_NESTING = 4000
# Elements whose end tag may be omitted: the naive count never opens them.
_SELF_CLOSING_TEXT = """
    area base br col embed hr img input link meta param source track wbr p li dt dd option
    optgroup tr td th tbody thead tfoot colgroup rb rt rp html head body"""
_SELF_CLOSING = frozenset(_SELF_CLOSING_TEXT.split())
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
# Elements whose content is never text of the page.
_OPAQUE = frozenset({"script", "style", "noscript", "svg", "template", "head", "iframe", "object"})
# Block elements start and end a line of text (as a scraper's text does: the same list as the
# pages' text form in ../shared/articles/real/tools/to_text.py, the usual HTML block elements).
_BLOCK_TEXT = """
    p div figure figcaption h1 h2 h3 h4 h5 h6 li blockquote section article header footer
    aside tr br ul ol dl dt dd main nav table caption hr pre address form body html picture
    td th"""
BLOCK = frozenset(_BLOCK_TEXT.split())
_SPACE = re.compile(r"\s+")


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


@dataclass(eq=False, slots=True)
class Element:
    """One element: tag, attributes, children (elements and text strings) and its parent."""

    tag: str
    attrs: dict[str, str]
    parent: Element | None
    nth: int  # how many elements with this tag come before it in document order
    order: int  # its position among all elements in document order
    children: list[Element | str] = field(default_factory=list)

    def get(self, name: str) -> str:
        return self.attrs.get(name, "")

    def elements(self) -> Iterator[Element]:
        """The element's descendants (not itself) in document order."""
        stack: list[Iterator[Element | str]] = [iter(self.children)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
            elif isinstance(child, Element):
                yield child
                stack.append(iter(child.children))

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def element_children(self) -> list[Element]:
        return [c for c in self.children if isinstance(c, Element)]

    def next_elements(self) -> list[Element]:
        """The element siblings after this one."""
        if self.parent is None:
            return []
        siblings = self.parent.element_children()
        return siblings[siblings.index(self) + 1 :]

    def previous_elements(self) -> list[Element]:
        """The element siblings before this one, nearest first."""
        if self.parent is None:
            return []
        siblings = self.parent.element_children()
        return siblings[: siblings.index(self)][::-1]

    def lines(self, skip: frozenset[str] = frozenset(), drop: object = None) -> list[str]:
        """The text as a scraper prints it: block elements start lines, inline ones join.

        `drop(element)` -> True leaves an element's text out.
        """
        out: list[str] = []
        buf: list[str] = []

        def flush() -> None:
            line = collapse("".join(buf))
            buf.clear()
            if line:
                out.append(line)

        stack: list[tuple[Element, Iterator[Element | str]]] = [(self, iter(self.children))]
        while stack:
            element, it = stack[-1]
            child = next(it, None)
            if child is None:
                stack.pop()
                if element.tag in BLOCK:
                    flush()
            elif isinstance(child, str):
                buf.append(child)
            elif child.tag in skip or (callable(drop) and drop(child)):
                continue
            else:
                if child.tag in BLOCK:
                    flush()
                stack.append((child, iter(child.children)))
        flush()
        return out

    def text(self) -> str:
        return " ".join(self.lines())


# Interface images (an info button, an agency logo, a spinner) are no picture of a figure.
_ICON = re.compile(
    r"(?:^|[/_.-])(?:icons?|logos?|sprites?|avatars?|spinner|loader|badge)(?:[/_.-]|$)"
    r"|\.svg(?:[?#]|$)",
    re.IGNORECASE,
)
# An image drawn this small (width or height attribute, in pixels) is an icon.
_MAX_ICON_PIXELS = 48


def is_icon(element: Element) -> bool:
    """Whether an <img> is an icon by its drawn size or its file name."""
    sizes = [element.get(k).strip() for k in ("width", "height")]
    if any(v.isdigit() and int(v) <= _MAX_ICON_PIXELS for v in sizes):
        return True
    src = element.get("src") or element.get("data-src")
    return bool(src) and bool(_ICON.search(src.split("?")[0]))


@dataclass
class Dom:
    """The parsed page: its root, JSON-LD script texts and the source for offsets."""

    root: Element
    head: Element | None
    jsonld: list[tuple[int, str]]  # (offset of the script text in the source, text)
    source: str
    _line_starts: list[int] = field(default_factory=list)
    _tag_starts: dict[str, list[int]] = field(default_factory=dict)
    _with_image: set[int] | None = None

    def has_image(self, element: Element) -> bool:
        """Whether `element` is or holds an <img> or <picture> (computed once for the page)."""
        if self._with_image is None:
            marked: set[int] = set()
            for e in self.root.elements():
                if e.tag in ("img", "picture") and not is_icon(e):
                    node: Element | None = e
                    while node is not None and node.order not in marked:
                        marked.add(node.order)
                        node = node.parent
            self._with_image = marked
        return element.order in self._with_image

    def offset(self, element: Element) -> int:
        """Where `element`'s start tag is in the source (its n-th `<tag`), else 0."""
        starts = self._tag_starts.get(element.tag)
        if starts is None:
            pattern = re.compile(rf"<{re.escape(element.tag)}[\s/>]", re.IGNORECASE)
            starts = [m.start() for m in pattern.finditer(self.source)]
            self._tag_starts[element.tag] = starts
        return starts[element.nth] if element.nth < len(starts) else 0

    @property
    def line_starts(self) -> list[int]:
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.source)]
        return self._line_starts

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)


def check_nesting(document: str) -> None:
    """Refuse a page whose elements nest deeper than MAX_NESTING (counted on the tags)."""
    if document.count("<") < MAX_NESTING:
        return
    depth = 0
    for m in _TAG.finditer(document):
        name = m.group(2).lower()
        if m.group(3) or name in _SELF_CLOSING:
            continue
        if m.group(1):
            depth = max(0, depth - 1)
            continue
        depth += 1
        if depth > MAX_NESTING:
            raise ArticleError(
                f"HTML nested more than {MAX_NESTING} elements deep (at offset {m.start()})"
            )


def parse_dom(document: str) -> Dom:
    """The page as a tree of Elements. Raises ArticleError (without the file name) when the
    page is nested too deep to parse in bounded time."""
    check_nesting(document)
    parser = LexborHTMLParser(document)
    counts: dict[str, int] = {}
    order = 0
    jsonld: list[str] = []
    root = Element("html", {}, None, 0, 0)
    top = parser.root
    head: Element | None = None
    stack: list[tuple[Iterator[LexborNode], Element]] = []
    if top is not None:
        root.attrs = _attrs(top)
        counts["html"] = 1
        stack.append((top.iter(include_text=True), root))
    while stack:
        node = next(stack[-1][0], None)
        if node is None:
            stack.pop()
            continue
        parent = stack[-1][1]
        tag = node.tag or ""
        if tag == "-text":
            parent.children.append(node.text_content or "")
            continue
        if tag.startswith(("-", "_", "!")):
            continue  # comments, doctype
        order += 1
        element = Element(tag, _attrs(node), parent, counts.get(tag, 0), order)
        counts[tag] = element.nth + 1
        parent.children.append(element)
        if tag == "head" and head is None:
            head = element
        if tag == "script" and "ld+json" in element.get("type").lower():
            jsonld.append(node.text(deep=True) or "")
            element.attrs["data-jsonld-index"] = str(len(jsonld) - 1)
        if tag in _OPAQUE and tag != "head":
            continue
        stack.append((node.iter(include_text=True), element))
    dom = Dom(root, head, [], document)
    for script in root.elements() if jsonld else ():
        if script.tag == "script" and "data-jsonld-index" in script.attrs:
            text = jsonld[int(script.attrs.pop("data-jsonld-index"))]
            at = dom.offset(script)
            start = document.find(">", at) + 1 if at else 0
            found = document.find(text[:200], start) if text else -1
            dom.jsonld.append((found if found >= 0 else start, text))
    return dom


def _attrs(node: LexborNode) -> dict[str, str]:
    return {str(k).lower(): v or "" for k, v in node.attributes.items()}


__all__ = [
    "BLOCK",
    "MAX_NESTING",
    "Dom",
    "Element",
    "check_nesting",
    "collapse",
    "is_icon",
    "parse_dom",
]
