"""The streaming XMP reader agrees with a walk over the parsed document (the reader it replaced).

`dom_read` below is that earlier reader (defusedxml minidom, then a walk over the tree): the
streaming reader must give the same values and the same warnings on every packet, and refuse
the same packets.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast
from xml.dom.minidom import Document, Element, Text

import pytest
from defusedxml.minidom import parseString  # type: ignore[import-untyped]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_formats_xmp import HOSTILE, LIGHTROOM, NEW_VALUES, packet_with

from captions.errors import CaptionsError, FormatError
from captions.formats import jpeg
from captions.formats.xmp import update_xmp
from captions.formats.xmp_read import (
    PROPERTIES,
    RDF_NS,
    XML_NS,
    XmpFields,
    XmpProperty,
    read_xmp,
    xml_body,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "files"


# --- the oracle: the document walk -------------------------------------------------------------


def _is(node: object, namespace: str, name: str) -> bool:
    return isinstance(node, Element) and node.namespaceURI == namespace and node.localName == name


def _elements(node: Element | Document) -> list[Element]:
    return [c for c in node.childNodes if isinstance(c, Element)]


def _find_rdf(node: Element, depth: int = 0) -> Element | None:
    if _is(node, RDF_NS, "RDF"):
        return node
    if depth > 8:
        return None
    for child in _elements(node):
        found = _find_rdf(child, depth + 1)
        if found is not None:
            return found
    return None


def _text(node: Element) -> str:
    return "".join(c.data for c in node.childNodes if isinstance(c, Text))


def _item_text(item: Element) -> str:
    if item.hasAttributeNS(RDF_NS, "value"):
        return item.getAttributeNS(RDF_NS, "value")
    for child in _elements(item):
        if _is(child, RDF_NS, "value"):
            return _text(child)
    return _text(item)


def _value(element: Element, prop: XmpProperty, warnings: list[str]) -> str | list[str] | None:
    label = f"{prop.name} ({prop.namespace})"
    containers = [
        c for c in _elements(element) if c.namespaceURI == RDF_NS and c.localName in "AltSeqBag"
    ]
    if not containers:
        if element.hasAttributeNS(RDF_NS, "resource"):
            text = element.getAttributeNS(RDF_NS, "resource")
        elif _elements(element):
            warnings.append(f"XMP {label} is a structure, not text; ignored")
            return None
        else:
            text = _text(element)
        return [text] if prop.is_list else text
    container = containers[0]
    items = [c for c in _elements(container) if _is(c, RDF_NS, "li")]
    if prop.is_list:
        return [_item_text(i) for i in items] or None
    if not items:
        return None
    if container.localName != "Alt" and len(items) > 1:
        warnings.append(f"XMP {label} holds {len(items)} values; read the first")
    default = [i for i in items if i.getAttributeNS(XML_NS, "lang").lower() == "x-default"]
    return _item_text((default or items)[0])


def dom_read(packet: bytes) -> XmpFields:
    body = xml_body(packet)
    if not body:
        raise FormatError("empty")
    try:
        document = cast(Document, parseString(body.encode(), forbid_dtd=True, forbid_entities=True))
    except Exception as exc:
        raise FormatError(str(exc)) from None
    root = document.documentElement
    rdf = _find_rdf(root) if root is not None else None
    if rdf is None:
        return XmpFields({}, ("XMP packet has no rdf:RDF element",))
    descriptions = [c for c in _elements(rdf) if _is(c, RDF_NS, "Description")]
    values: dict[str, str | list[str]] = {}
    warnings: list[str] = []
    for field, prop in PROPERTIES.items():
        found: list[tuple[Element, Element | None]] = []
        for d in descriptions:
            for a in d.attributes.values():
                if a.namespaceURI == prop.namespace and a.localName.lower() == prop.name.lower():
                    found.append((d, None))
            for c in _elements(d):
                if c.namespaceURI == prop.namespace and c.localName.lower() == prop.name.lower():
                    found.append((d, c))
        if not found:
            continue
        if len(found) > 1:
            warnings.append(f"XMP {prop.name} ({prop.namespace}) appears {len(found)} times")
        description, element = found[0]
        value: str | list[str] | None
        if element is None:
            text = description.getAttributeNS(prop.namespace, prop.name)
            value = [text] if prop.is_list else text
        else:
            value = _value(element, prop, warnings)
        if value is not None:
            values[field] = value
    return XmpFields(values, tuple(warnings))


def assert_agree(packet: bytes) -> None:
    try:
        expected = dom_read(packet)
    except FormatError:
        with pytest.raises(FormatError):
            read_xmp(packet)
        return
    found = read_xmp(packet)
    assert (found.values, found.warnings) == (expected.values, expected.warnings)


# --- cases --------------------------------------------------------------------------------------

TRICKY = [
    LIGHTROOM,
    update_xmp(LIGHTROOM, NEW_VALUES),
    update_xmp(None, NEW_VALUES),
    packet_with("", 'dc:Creator="Kai Ek" photoshop:credit="lower case"'),  # misspelt attributes
    packet_with("<dc:creator>Kai Ek</dc:creator>"),
    packet_with("<photoshop:City><rdf:Seq><rdf:li>A</rdf:li><rdf:li>B</rdf:li></rdf:Seq>"
                "</photoshop:City>"),
    packet_with('<photoshop:Credit rdf:resource="urn:x"/><photoshop:Source><x:y xmlns:x="u"/>'
                "</photoshop:Source>"),
    packet_with('<dc:title><rdf:Alt><rdf:li xml:lang="X-Default" rdf:value="qualified"/>'
                "</rdf:Alt></dc:title><dc:rights><rdf:Alt><rdf:li><rdf:value>inner</rdf:value>"
                "</rdf:li></rdf:Alt></dc:rights>"),
    packet_with("<dc:subject><rdf:Bag/></dc:subject><dc:title><rdf:Alt/></dc:title>"),
    packet_with("<photoshop:Headline>a<!-- c -->b<![CDATA[<c>]]>&amp;&#233;</photoshop:Headline>"),
    packet_with("<dc:creator>one</dc:creator><dc:CREATOR>two</dc:CREATOR>", 'dc:creator="zero"'),
    # rdf:RDF deeper down, a second rdf:RDF, a Description outside rdf:RDF
    b'<a><rdf:Description xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="outside"/>'
    b"<b><c>" + packet_with("", 'photoshop:City="inside"') + b"</c></b>"
    + packet_with("", 'photoshop:Credit="second rdf"') + b"</a>",
    b"<a>" + b"<b>" * 9 + packet_with("", 'photoshop:City="too deep"') + b"</b>" * 9 + b"</a>",
    b"<a>" + b"<b>" * 8 + packet_with("", 'photoshop:City="deep"') + b"</b>" * 8 + b"</a>",
    b'<rdf:Description xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
    *HOSTILE,
]  # fmt: skip


@pytest.mark.parametrize("packet", TRICKY)
def test_streaming_reader_agrees_with_the_document_walk(packet: bytes) -> None:
    assert_agree(packet)


def test_hostile_packets_are_refused_as_before() -> None:
    for packet in HOSTILE[:3]:
        with pytest.raises(FormatError, match="refused"):
            read_xmp(packet)


NAMES = st.sampled_from(
    ["dc:creator", "dc:description", "dc:subject", "photoshop:City", "photoshop:Credit",
     "dc:Title", "x:other", "rdf:Alt", "rdf:Seq", "rdf:Bag", "rdf:li", "rdf:value"]
)  # fmt: skip
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=6)


@st.composite
def elements(draw: st.DrawFn, depth: int = 0) -> str:
    name = draw(NAMES)
    attributes = ""
    if draw(st.booleans()):
        attributes += ' xml:lang="' + draw(st.sampled_from(["x-default", "en", "X-DEFAULT"])) + '"'
    if draw(st.integers(0, 4)) == 0:
        attributes += ' rdf:resource="r"'
    children = draw(st.lists(elements(depth + 1), max_size=3)) if depth < 3 else []
    text = draw(TEXT).replace("&", "&amp;").replace("<", "&lt;")
    return f"<{name}{attributes}>{text}{''.join(children)}</{name}>"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(elements(), max_size=5), attrs=st.sampled_from(["", 'photoshop:City="c"']))
def test_generated_packets_agree(body: list[str], attrs: str) -> None:
    assert_agree(packet_with("".join(body), attrs))


def jpeg_packets(folder: Path, limit: int) -> list[bytes]:
    packets = []
    for path in sorted(folder.rglob("*.jp*g"))[:limit]:
        try:
            header = jpeg.split(path.read_bytes(), lenient=True)
        except CaptionsError:
            continue
        xmp = jpeg.blocks(header).xmp
        if xmp is not None:
            packets.append(xmp)
    return packets


@pytest.mark.parametrize("folder", [SHARED, BENCH], ids=["shared corpus", "benchmark corpus"])
def test_real_packets_agree(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    packets = jpeg_packets(folder, 120)
    if not packets:
        pytest.skip(f"no XMP packets under {folder}")
    for packet in packets:
        assert_agree(packet)


@pytest.mark.parametrize(
    ("where", "has_gps"),
    [
        ('<rdf:Description exif:GPSLatitude="59,54.6N"/>', True),
        (
            "<rdf:Description><exif:GPSLongitude>10,45.2E</exif:GPSLongitude></rdf:Description>",
            True,
        ),
        ('<rdf:Description exif:GPSAltitude="12/1"/>', False),
        (
            "<rdf:Description><dc:description>exif:GPSLatitude</dc:description></rdf:Description>",
            False,
        ),
    ],
)
def test_the_gps_flag_is_set_while_parsing(where: str, has_gps: bool) -> None:
    packet = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"{where}</rdf:RDF></x:xmpmeta>"
    )
    assert read_xmp(packet.encode()).has_gps is has_gps
