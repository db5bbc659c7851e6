"""Reading simple XMP packets without expat's Python callbacks: a few regular expressions.

Most wire packets are one rdf:RDF, often inside x:xmpmeta, holding rdf:Description elements
whose properties are plain text or one rdf:Alt, rdf:Seq or rdf:Bag of plain rdf:li items. For
such a packet `scan` finds what `xmp_read.Reader` finds through expat's callbacks (`read_xmp`
of a light wire packet 87 -> 72 us: the callbacks, not the C parser, were the cost; packets
with many attributes, such as Camera Raw settings, stay with expat). Anything else returns
None and the expat reader reads the packet: entities and character references, comments,
processing instructions, CDATA, a DTD; attributes on properties or rdf:li other than xml:lang,
nested structures (rdf:parseType, rdf:value), names outside ASCII; characters XML forbids;
carriage returns, and tabs or newlines in attribute values (expat normalizes those); a default
namespace; a prefix bound to two URIs or two prefixes to one URI; a prefix used outside its
declaration. So the scan never has to judge well-formedness: every packet it takes is one expat
parses, and tests/test_formats_xmp_scan.py compares the two on every packet of ../shared/corpus
and on generated ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from captions.fields import XmpProperty
from captions.formats.xmp_names import (
    GPS_NAMES,
    RDF_NS,
    XML_NS,
    Occurrence,
    description_attributes,
    field_of,
)

_XMLNS_NS = "http://www.w3.org/2000/xmlns/"
# Characters of a namespace URI that expat's namespace parsing (a space as separator) refuses.
_URI_BREAKS = " \t\r\n&"
_S = "[ \t\n]"  # XML's white space here (\r is refused: expat turns \r\n into \n)
_NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*"  # ASCII names only; others go to expat
_QNAME = rf"{_NAME}(?::{_NAME})?"
_VALUE = r'"[^"<\t\n]*"'  # an attribute value read as it stands: no reference, no normalizing
_ATTRS = rf"(?:{_S}+{_QNAME}={_VALUE})*"
_ATTR = re.compile(rf"{_S}+({_QNAME})=\"([^\"<\t\n]*)\"")

# Bytes that need a real parser's care send the packet to expat: references (&), \r, what XML
# forbids; `]]>` and U+FFFE/U+FFFF are looked for only where their first byte occurs. Comments,
# processing instructions, CDATA and DTDs fail the patterns below (every `<` there opens a tag).
_REFUSED = bytes(range(0x20)).translate(None, b"\t\n") + b"&"
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE, U+FFFF
_PACKET = re.compile(
    rf"(?:<(?P<wrap>{_NAME}:{_NAME})(?P<wrap_attrs>{_ATTRS}){_S}*>{_S}*)?"
    rf"<rdf:RDF(?P<rdf_attrs>{_ATTRS}){_S}*>(?P<body>.*)</rdf:RDF>{_S}*"
    rf"(?(wrap)</(?P=wrap)>)",
    re.DOTALL,
)
_DESCRIPTION = re.compile(rf"{_S}*<rdf:Description(?P<attrs>{_ATTRS}){_S}*(?P<empty>/?)>")
_DESCRIPTION_END = "</rdf:Description>"
_LI = rf"<rdf:li(?:{_S}+xml:lang={_VALUE})?{_S}*(?:/>|>[^<]*</rdf:li>)"
# A property element, whole, then its name, text, container kind and the container's rdf:li.
_PROPERTY = re.compile(
    rf"({_S}*<({_NAME}:{_NAME})(?:{_S}*/>|>(?:([^<]*)"
    rf"|{_S}*<rdf:(Alt|Seq|Bag)(?:{_S}*/>|>((?:{_S}*{_LI})*){_S}*</rdf:\4>){_S}*)</\2>))"
)
_ITEM = re.compile(rf"<rdf:li(?:{_S}+xml:lang=\"([^\"]*)\")?{_S}*(?:/>|>([^<]*)</rdf:li>)")
_BLANK = re.compile(rf"{_S}*")
# Above this many attributes in a packet a read goes to expat without trying the scan: the 17
# packets of ../shared/corpus with more (39 to 215 attributes) are all of shapes the scan
# declines, late (a failed scan cost 5-90% of expat's own time on them). A write scans them
# anyway (`many_attributes`): the splice reuses the scan, and the generated heavy packets
# (benchmarks/generate.py: 55 and 415 attributes, Camera Raw settings) scan in 0.8 of expat's
# time, so `set` on the heavy corpus spends 2.3 M instructions a file less (of 9.7 M).
_MAX_ATTRIBUTES = 32

Found = dict[str, list[Occurrence]]


class _NotSimple(Exception):
    """The packet needs expat."""


class SimpleElement:
    """A property element of the simple shape: text, or one container of rdf:li texts."""

    __slots__ = ("items", "kind", "region", "text", "whole")

    def __init__(
        self, text: str, kind: str, items: str, whole: str, region: tuple[int, int]
    ) -> None:
        self.text = text
        self.kind = kind  # "" (text), "Alt", "Seq" or "Bag"
        self.items = items  # the container's rdf:li elements, as written
        self.whole = whole  # the match: white space before the element, then the element
        self.region = region  # where its description's properties lie in the decoded body

    def texts(self, xml: str) -> tuple[str, list[tuple[str | None, int, int]]] | None:
        """Where the element's text lies in `xml` (the decoded body that was scanned): its
        qualified name, and (None, begin, end) for plain text or (xml:lang, or None when it has
        none, begin, end) for each rdf:li of its container. None when an element that would hold
        the text is an empty-element tag (`<x/>`, `<rdf:Alt/>`, `<rdf:li/>`): no content to
        replace. Asked only of the one occurrence of a field."""
        # The first place in the region spelt as the match is the match: every `<` there opens
        # a tag, so the element's start tag there opens a property element of the same name,
        # that is of the same field (one prefix, one URI); a field found twice is never asked.
        at = xml.find(self.whole, *self.region)
        element = _PROPERTY.match(xml, at, at + len(self.whole))
        assert at >= 0 and element is not None  # the scan matched it there
        if not self.kind:
            begin, end = element.span(3)
            return None if begin < 0 else (element[2], [(None, begin, end)])
        begin, end = element.span(5)
        if begin < 0:
            return None
        spans: list[tuple[str | None, int, int]] = []
        for item in _ITEM.finditer(xml, begin, end):
            if item[2] is None:
                return None
            spans.append((item[1], *item.span(2)))
        return element[2], spans

    def value(self, prop: XmpProperty, warnings: list[str]) -> str | list[str] | None:
        """What `xmp_read` reads from the same element (its `_element_value`)."""
        if not self.kind:
            return [self.text] if prop.is_list else self.text
        items: list[tuple[str, str]] = _ITEM.findall(self.items)  # xml:lang="" reads as none
        if prop.is_list:
            return [text for _, text in items] or None
        if not items:
            return None
        if self.kind != "Alt" and len(items) > 1:
            label = f"{prop.name} ({prop.namespace})"
            warnings.append(f"XMP {label} holds {len(items)} values; read the first")
        default = [text for lang, text in items if lang.lower() == "x-default"]
        return (default or [text for _, text in items])[0]


class _Names:
    """The namespace prefixes of a packet: one URI each, used only where declared."""

    def __init__(self) -> None:
        self.uris: dict[str, str] = {"xml": XML_NS}

    def declare(
        self, attributes: str, scope: frozenset[str]
    ) -> tuple[frozenset[str], list[tuple[str, str]]]:
        """The prefixes in scope inside an element with `attributes` (as written), and its
        attributes that are not declarations."""
        uris, scope, rest = _declared(tuple(self.uris.items()), attributes, scope)
        self.uris = dict(uris)
        return scope, list(rest)

    def read_declarations(
        self, attributes: str, scope: frozenset[str]
    ) -> tuple[frozenset[str], list[tuple[str, str]]]:
        """`declare`, uncached."""
        pairs: list[tuple[str, str]] = _ATTR.findall(attributes)
        names = [name for name, _ in pairs]
        if len(set(names)) != len(names):
            raise _NotSimple  # a repeated attribute: expat's error to report
        declared: list[str] = []
        rest: list[tuple[str, str]] = []
        for name, value in pairs:
            prefix, colon, local = name.partition(":")
            if prefix == "xmlns" and colon:
                if local in ("xml", "xmlns") or value in ("", XML_NS, _XMLNS_NS):
                    raise _NotSimple
                if any(ch in value for ch in _URI_BREAKS):
                    # expat, parsing with a space between URI and name, refuses a URI holding
                    # one (white space, or a reference that may make one): its error to report
                    raise _NotSimple
                if self.uris.setdefault(local, value) != value:
                    raise _NotSimple
                declared.append(local)
            elif name == "xmlns":
                raise _NotSimple  # a default namespace
            else:
                rest.append((name, value))
        if declared:
            if len(set(self.uris.values())) != len(self.uris):
                raise _NotSimple  # two prefixes, one URI: attributes could collide
            scope = scope | frozenset(declared)
        for name, _ in rest:
            prefix, colon, _local = name.partition(":")
            if colon and prefix not in scope:
                raise _NotSimple
        return scope, rest

    def expanded(self, name: str, scope: frozenset[str]) -> str:
        """expat's `URI local` for a prefixed name in scope."""
        prefix, _, local = name.partition(":")
        if prefix not in scope:
            raise _NotSimple
        return f"{self.uris[prefix]} {local}"

    def attribute(self, name: str) -> str:
        prefix, colon, local = name.partition(":")
        return f"{self.uris[prefix]} {local}" if colon else name


Pairs = tuple[tuple[str, str], ...]


# The packets of one tool declare the same prefixes in the same words, file after file: each
# set of declarations is read once (12 of the 45 us `_read` took for a light wire packet).
@lru_cache(maxsize=256)
def _declared(
    known: Pairs, attributes: str, scope: frozenset[str]
) -> tuple[Pairs, frozenset[str], Pairs]:
    """`_Names.declare` as a function of the prefixes known before (`known`): the prefixes
    known after, the prefixes in scope and the attributes that are not declarations (a packet
    that is not of the simple shape raises, and is not cached)."""
    names = _Names()
    names.uris = dict(known)
    scope, rest = names.read_declarations(attributes, scope)
    return tuple(names.uris.items()), scope, tuple(rest)


@lru_cache(maxsize=1024)  # a packet spells a few dozen names, again and again
def _property(namespace: str, local: str) -> tuple[str | None, bool]:
    """The field a property element holds (or None), and whether it is a GPS position."""
    name = f"{namespace} {local}"
    return field_of(name), name in GPS_NAMES


def scan(body: bytes, *, many_attributes: bool = False) -> tuple[Found, bool] | None:
    """What `xmp_read.Reader` finds in the UTF-8 XML `body` (`utf8_body` of a packet): the
    occurrences of each field and whether a GPS position is there; None when the packet is not
    of the simple shape read here, or holds many attributes and `many_attributes` is False."""
    if not many_attributes and body.count(b'="') > _MAX_ATTRIBUTES:
        return None
    global _last_scan
    last = _last_scan
    if last is None or last[0] != body:
        last = (body, _scan(body))
        if type(body) is bytes:  # a key that cannot change later
            _last_scan = last
    if last[1] is None:
        return None
    found, has_gps = last[1]  # the caller gets its own dict and lists: the kept scan stays
    return {field: list(occurrences) for field, occurrences in found.items()}, has_gps


# The last body scanned and what the scan found: a write scans the old packet when it reads it
# and again when it splices the new values in (equal bytes, another object: `utf8_body` cuts
# the packet each time), 50 us on a light wire packet. Found lists are copied on the way out;
# their occurrences and elements are never changed.
_last_scan: tuple[bytes, tuple[Found, bool] | None] | None = None


def _scan(body: bytes) -> tuple[Found, bool] | None:
    if len(body.translate(None, _REFUSED)) != len(body):
        return None
    if b"]" in body and b"]]>" in body:
        return None
    if b"\xef" in body and any(character in body for character in _NONCHARACTERS):
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    packet = _PACKET.fullmatch(text)
    if packet is None:
        return None
    try:
        return _read(packet)
    except _NotSimple:
        return None


def _read(packet: re.Match[str]) -> tuple[Found, bool]:
    names = _Names()
    scope: frozenset[str] = frozenset(("xml",))
    wrap = packet.group("wrap")
    if wrap is not None:
        scope, _ = names.declare(packet.group("wrap_attrs"), scope)
        if names.expanded(wrap, scope).startswith(RDF_NS + " "):
            raise _NotSimple  # the reader could take it for rdf:RDF
    scope, _ = names.declare(packet.group("rdf_attrs"), scope)
    if names.expanded("rdf:RDF", scope) != RDF_NS + " RDF":
        raise _NotSimple
    found: Found = {}
    has_gps = False
    body = packet.group("body")
    base = packet.start("body")
    pos = 0
    while (description := _DESCRIPTION.match(body, pos)) is not None:
        inner, outer = names.declare(description.group("attrs"), scope)
        if names.uris["rdf"] != RDF_NS:
            raise _NotSimple
        pairs: list[str] = []
        for name, value in outer:
            pairs += (names.attribute(name), value)
        attributes, held, gps = description_attributes(pairs)
        has_gps = has_gps or gps
        for field in held:
            found.setdefault(field, []).append(Occurrence(attributes, None))
        pos = description.end()
        if description.group("empty"):
            continue
        end = body.find(_DESCRIPTION_END, pos)
        if end < 0:
            raise _NotSimple
        properties = _PROPERTY.findall(body, pos, end)
        # The matches never overlap and none ends in white space: they cover everything up to
        # the closing tag but white space only if their lengths add up to that.
        if sum(len(whole) for whole, *_ in properties) != len(body[pos:end].rstrip(" \t\n")):
            raise _NotSimple
        uris = names.uris
        region = (base + pos, base + end)
        for whole, name, text, kind, items in properties:
            prefix, _, local = name.partition(":")
            if prefix not in inner:
                raise _NotSimple
            wanted, gps = _property(uris[prefix], local)
            has_gps = has_gps or gps
            if wanted is not None:
                element = SimpleElement(text, kind, items, whole, region)
                found.setdefault(wanted, []).append(Occurrence(attributes, element))
        pos = end + len(_DESCRIPTION_END)
    if _BLANK.fullmatch(body, pos) is None:
        raise _NotSimple
    return found, has_gps


__all__ = ["SimpleElement", "scan"]
