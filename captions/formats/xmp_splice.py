"""Set XMP properties in place: the new text spliced between the existing tags, nothing else moved.

`xmp.update_xmp` edits packets through a DOM and serializes them again; that handles every
shape but costs more than the rest of a write together. The common case is simpler: a desk
re-captions files that already carry the properties. When each property to set occurs once,
as an element in its usual shape (plain text; an rdf:Alt with an x-default item; an rdf:Seq or
rdf:Bag with as many plain items as the new value has), only the text between tags changes and
every other byte of the packet stays as it was. Any other shape, or a removal, returns None and
the DOM path does the work. The write is checked by re-reading it either way.

Where the text lies comes from `xmp_scan` when the packet is of its simple shape (most wire
packets: the regular expressions the read already ran, no second expat pass with Python
callbacks), else from expat's byte positions. Both give the same bytes where both answer
(tests/test_formats_xmp_splice_scanned.py).
"""

from __future__ import annotations

import xml.parsers.expat as expat
from collections.abc import Mapping

from captions.formats.xmp_read import (
    PROPERTIES,
    RDF_NS,
    XML_NS,
    Node,
    Reader,
    XmpProperty,
    attributes_of,
    run_parser,
    split_name,
    utf8_body,
)
from captions.formats.xmp_scan import SimpleElement, scan


class _Span(Node):
    """A kept element with where it sits in the body: its `<`, its content, its end tag."""

    __slots__ = ("content", "end_tag", "plain", "start")

    def __init__(self, namespace: str, name: str, attributes: dict[tuple[str, str], str]) -> None:
        super().__init__(namespace, name, attributes)
        self.start = self.content = self.end_tag = -1
        self.plain = True  # no comment, processing instruction or CDATA section inside


class _SpanReader(Reader):
    """The reader's callbacks, plus byte positions (expat's CurrentByteIndex at each event)."""

    def install(self, parser: expat.XMLParserType) -> None:
        super().install(parser)
        self.parser = parser
        parser.CommentHandler = self.other
        parser.ProcessingInstructionHandler = self.other
        parser.StartCdataSectionHandler = self.other

    def _top(self) -> _Span | None:
        node = self.open[-1] if self.open else None
        return node if isinstance(node, _Span) else None

    def _content_begins(self) -> None:
        # The first event after a start tag is where the element's content begins.
        top = self._top()
        if top is not None and top.content < 0:
            top.content = self.parser.CurrentByteIndex

    def new_node(self, name: str, pairs: list[str]) -> Node:
        node = _Span(*split_name(name), attributes_of(pairs))
        node.start = self.parser.CurrentByteIndex
        return node

    def start(self, name: str, pairs: list[str]) -> None:
        self._content_begins()
        super().start(name, pairs)

    def end(self, name: str) -> None:
        self._content_begins()
        top = self._top()
        if top is not None:
            top.end_tag = self.parser.CurrentByteIndex
        super().end(name)

    def text(self, data: str) -> None:
        self._content_begins()
        super().text(data)

    def other(self, *_: object) -> None:
        self._content_begins()
        top = self._top()
        if top is not None:
            top.plain = False


def splice_xmp(packet: bytes, values: Mapping[str, str | list[str] | None]) -> bytes | None:
    """The packet's XML with `values` (checked by the caller) spliced in, or None.

    None means some value needs the DOM path: a removal, a property that is missing, repeated,
    an attribute, misspelt, or not in its usual simple shape.
    """
    body = utf8_body(packet)
    spliced = _splice_scanned(body, values)  # most wire packets: no second expat pass
    return spliced if spliced is not None else _splice_parsed(body, values)


def _splice_parsed(body: bytes, values: Mapping[str, str | list[str] | None]) -> bytes | None:
    """`splice_xmp` from the positions expat reports while it parses `body`."""
    reader = _SpanReader()
    run_parser(body, reader, buffer_text=False)
    edits: list[tuple[int, int, str]] = []
    for field, value in values.items():
        found = reader.found.get(field, [])
        if not value or len(found) != 1 or found[0].element is None:
            return None
        element = found[0].element
        assert isinstance(element, _Span)
        regions = _regions(element, PROPERTIES[field], value, body)
        if regions is None:
            return None
        edits += regions
    for begin, end, text in sorted(edits, reverse=True):
        body = body[:begin] + _escape(text).encode("utf-8") + body[end:]
    return body


def _splice_scanned(body: bytes, values: Mapping[str, str | list[str] | None]) -> bytes | None:
    """`splice_xmp`'s answer from the positions `xmp_scan` finds (no expat pass, no Python
    callbacks), or None when the packet is not of the scan's simple shape or a value would not
    be spliced: then expat's reading decides, as before.

    The scan finds what expat's reader finds in the packets it takes (and takes only packets
    expat parses); its property elements carry no attributes and hold no comment, processing
    instruction or CDATA section. The conditions below are `_regions`'s on what is left: the
    property's name as the table spells it, content to replace (no `<x/>`), and for a container
    the kind the property wants, x-default for an rdf:Alt, as many plain rdf:li as values for a
    list. The text replaced is the same, and so are the bytes: every span begins after a `>` and
    ends at a `<`, so the decoded text spliced and encoded is the body spliced.
    """
    scanned = scan(body, many_attributes=True)  # the read before it scanned alike
    if scanned is None:
        return None
    found, _ = scanned
    xml = body.decode("utf-8")  # the scan decoded it: valid UTF-8
    edits: list[tuple[int, int, str]] = []
    for field, value in values.items():
        occurrences = found.get(field, [])
        if not value or len(occurrences) != 1 or occurrences[0].element is None:
            return None
        element = occurrences[0].element
        assert isinstance(element, SimpleElement)
        prop = PROPERTIES[field]
        spans = element.texts(xml)
        if spans is None or spans[0].partition(":")[2] != prop.name:
            return None
        items = spans[1]
        if prop.kind == "text":
            if element.kind:
                return None
            assert isinstance(value, str)
            edits.append((items[0][1], items[0][2], value))
            continue
        if element.kind != ("Alt" if prop.kind == "lang" else prop.kind.capitalize()):
            return None
        if prop.kind == "lang":
            default = [
                (begin, end) for lang, begin, end in items if (lang or "").lower() == "x-default"
            ]
            if not default:
                return None
            assert isinstance(value, str)
            edits.append((*default[0], value))
            continue
        texts = [value] if isinstance(value, str) else value
        if len(items) != len(texts) or any(lang is not None for lang, _, _ in items):
            return None
        edits += [(begin, end, text) for (_, begin, end), text in zip(items, texts, strict=True)]
    for begin, end, text in sorted(edits, reverse=True):
        xml = xml[:begin] + _escape(text) + xml[end:]
    return xml.encode("utf-8")


def _regions(
    element: _Span, prop: XmpProperty, value: str | list[str], body: bytes
) -> list[tuple[int, int, str]] | None:
    """(content start, content end, new text) for each piece of text to replace, or None."""
    if element.name != prop.name or element.attributes or not _leaf_shape(element, body, True):
        return None
    if prop.kind == "text":
        assert isinstance(value, str)
        return [(element.content, element.end_tag, value)] if not element.children else None
    if len(element.children) != 1 or "".join(element.text).strip():
        return None
    container = element.children[0]
    assert isinstance(container, _Span)
    wanted = "Alt" if prop.kind == "lang" else prop.kind.capitalize()
    if not container.is_(RDF_NS, wanted) or "".join(container.text).strip():
        return None
    items = [item for item in container.children if isinstance(item, _Span)]
    if len(items) != len(container.children) or not all(item.is_(RDF_NS, "li") for item in items):
        return None
    if prop.kind == "lang":
        assert isinstance(value, str)
        default = [i for i in items if i.attribute(XML_NS, "lang").lower() == "x-default"]
        if not default or set(default[0].attributes) != {(XML_NS, "lang")}:
            return None
        items, texts = default[:1], [value]
    else:
        texts = [value] if isinstance(value, str) else value
        if len(items) != len(texts) or any(item.attributes for item in items):
            return None
    if not all(_leaf_shape(item, body, False) for item in items):
        return None
    return [(item.content, item.end_tag, text) for item, text in zip(items, texts, strict=True)]


def _leaf_shape(node: _Span, body: bytes, children_allowed: bool) -> bool:
    """Content we can replace: a real end tag (not `<x/>`), no comment/PI/CDATA inside."""
    if (
        not node.plain
        or node.content <= node.start
        or body[node.content - 2 : node.content] == b"/>"
    ):
        return False  # `<x/>`: expat reports its end after the tag, where no content is
    if not body.startswith(b"</", node.end_tag):
        return False
    return children_allowed or not node.children


def _escape(text: str) -> str:
    # as xmp.serialize writes text, so both paths give the same bytes for the same value
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


__all__ = ["splice_xmp"]
