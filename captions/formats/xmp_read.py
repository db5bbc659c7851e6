"""Reading XMP packets: the caption and credit properties, in one pass of the C expat parser.

Packets are untrusted: a DTD, an entity declaration or an external reference is refused
(FormatError) the moment expat reports it, so nothing is ever expanded or fetched. No document
tree is built: only the property elements we read are kept, as small nodes, while everything
else (Camera Raw settings, history, other namespaces) streams past. The values, their order and
the warnings are exactly those of a walk over the parsed document, which `xmp.update_xmp` still
uses to edit packets (a test compares the two on hostile, generated and real packets).
"""

from __future__ import annotations

import xml.parsers.expat as expat
from typing import NamedTuple

from captions.errors import FormatError
from captions.fields import DC_NS, IPTC_CORE_NS, IPTC_EXT_NS, PHOTOSHOP_NS, XmpProperty
from captions.formats.xmp_names import (
    EXIF_NS,
    GPS_NAMES,
    PROPERTIES,
    RDF_NS,
    SEP,
    XML_NS,
    Occurrence,
    PropertyElement,
    description_attributes,
    field_of,
    split_name,
)
from captions.formats.xmp_scan import scan

CONTAINERS = frozenset({"Alt", "Seq", "Bag"})
_RDF_DEPTH = 9  # how deep under the root element rdf:RDF is looked for
_BOM = "\ufeff".encode()
_RDF = RDF_NS + SEP + "RDF"
_DESCRIPTION = RDF_NS + SEP + "Description"


class XmpFields(NamedTuple):
    """What `read_xmp` found: values keyed by read-model field name, plus warnings."""

    values: dict[str, str | list[str]]
    warnings: tuple[str, ...]
    has_gps: bool = False  # exif:GPSLatitude or exif:GPSLongitude anywhere under rdf:RDF


# --- the packet wrapper ---------------------------------------------------------------------


def decode_packet(packet: bytes) -> str:
    if packet.startswith((b"\xfe\xff", b"\xff\xfe")):
        encoding = "utf-16"
    elif packet[:1] == b"\x00" and packet[1:2] not in (b"", b"\x00"):
        encoding = "utf-16-be"
    elif packet[1:2] == b"\x00" and packet[:1] != b"\x00":
        encoding = "utf-16-le"
    else:
        encoding = "utf-8-sig"
    try:
        return packet.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FormatError(f"XMP packet is not valid {encoding} at offset {exc.start}") from None


def xml_body(packet: bytes) -> str:
    """The XML inside the xpacket wrapper (and after any XML declaration)."""
    text = decode_packet(packet).lstrip("\ufeff\x00 \t\r\n")
    if text.startswith("<?xml"):
        text = text[text.find("?>") + 2 :].lstrip()
    if text.startswith("<?xpacket"):
        end = text.find("?>")
        text = text[end + 2 :] if end >= 0 else ""
    cut = text.find("<?xpacket end")
    if cut >= 0:
        text = text[:cut]
    return text.strip("\x00 \t\r\n")


def utf8_body(packet: bytes) -> bytes:
    """`xml_body(packet)` encoded as UTF-8, without decoding a packet that is UTF-8 already."""
    text = packet
    while True:  # what xml_body's lstrip of BOMs, NULs and blanks does, on the bytes
        text = text.lstrip(b"\x00 \t\r\n")
        if not text.startswith(_BOM):
            break
        text = text[len(_BOM) :]
    if text[:1] == b"\x00" or text[1:2] == b"\x00" or text.startswith((b"\xfe\xff", b"\xff\xfe")):
        return xml_body(packet).encode("utf-8")  # UTF-16
    if text.startswith(b"<?xml"):
        text = text[text.find(b"?>") + 2 :].lstrip()
    if text.startswith(b"<?xpacket"):
        end = text.find(b"?>")
        text = text[end + 2 :] if end >= 0 else b""
    cut = text.find(b"<?xpacket end")
    if cut >= 0:
        text = text[:cut]
    return text.strip(b"\x00 \t\r\n")


def refuse(what: str) -> FormatError:
    """The error for a DTD, an entity or an external reference (named as defusedxml names them)."""
    return FormatError(f"XMP packet refused: {what} (DTDs and entities are not allowed)")


# --- the nodes we keep ----------------------------------------------------------------------


class Node:
    """A property element (or an element inside one): namespace, name, attributes, content."""

    __slots__ = ("attributes", "children", "name", "namespace", "text")

    def __init__(self, namespace: str, name: str, attributes: dict[tuple[str, str], str]) -> None:
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.children: list[Node] = []
        self.text: list[str] = []

    def attribute(self, namespace: str, name: str) -> str:
        return self.attributes.get((namespace, name), "")

    def is_(self, namespace: str, name: str) -> bool:
        return self.namespace == namespace and self.name == name

    def value(self, prop: XmpProperty, warnings: list[str]) -> str | list[str] | None:
        """The property's value, as this element holds it (None: no value)."""
        return _element_value(self, prop, warnings)


def attributes_of(pairs: list[str]) -> dict[tuple[str, str], str]:
    """expat's ordered attribute list as {(namespace, local name): value}."""
    if not pairs:
        return {}
    return {split_name(pairs[i]): pairs[i + 1] for i in range(0, len(pairs), 2)}


class Reader:
    """expat callbacks: find rdf:RDF, its rdf:Description children and our properties in them."""

    def __init__(self) -> None:
        self.depth = 0
        self.has_rdf = False
        self.rdf_depth: int | None = None  # depth of rdf:RDF while it is open
        self.description: dict[tuple[str, str], str] | None = None  # open description's attrs
        self.open: list[Node] = []  # the property element being kept, and its open descendants
        self.found: dict[str, list[Occurrence]] = {}
        self.has_gps = False

    def install(self, parser: expat.XMLParserType) -> None:
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text

    def start(self, name: str, pairs: list[str]) -> None:
        depth = self.depth
        self.depth = depth + 1
        if name in GPS_NAMES and self.rdf_depth is not None:
            self.has_gps = True
        open_ = self.open
        if open_:
            node = self.new_node(name, pairs)
            open_[-1].children.append(node)
            open_.append(node)
        elif self.rdf_depth is None:
            if not self.has_rdf and depth <= _RDF_DEPTH and name == _RDF:
                self.has_rdf, self.rdf_depth = True, depth
        elif depth == self.rdf_depth + 1:
            if name == _DESCRIPTION:
                self.enter_description(pairs)
        elif depth == self.rdf_depth + 2 and self.description is not None:
            self._property(name, pairs)

    def enter_description(self, pairs: list[str]) -> None:
        """An rdf:Description opens: its attributes in our namespaces (expat's ordered pairs)."""
        attributes, wanted, has_gps = description_attributes(pairs)
        self.has_gps = self.has_gps or has_gps
        self.description = attributes
        for name in wanted:
            self.found.setdefault(name, []).append(Occurrence(attributes, None))

    def _property(self, name: str, pairs: list[str]) -> None:
        wanted = field_of(name)
        if wanted is None or self.description is None:
            return
        node = self.new_node(name, pairs)
        self.found.setdefault(wanted, []).append(Occurrence(self.description, node))
        self.open.append(node)

    def new_node(self, name: str, pairs: list[str]) -> Node:
        namespace, local = split_name(name)
        return Node(namespace, local, attributes_of(pairs) if pairs else {})

    def end(self, name: str) -> None:
        self.depth -= 1
        open_ = self.open
        if open_:
            open_.pop()
        elif self.rdf_depth is not None and self.depth == self.rdf_depth + 1:
            self.description = None
        elif self.depth == self.rdf_depth:
            self.rdf_depth = None  # later rdf:RDF elements are not read

    def text(self, data: str) -> None:
        if self.open:
            self.open[-1].text.append(data)


def _refuse_dtd(*_: object) -> None:
    raise refuse("DTDForbidden")


def _refuse_entity(*_: object) -> None:
    raise refuse("EntitiesForbidden")


def _refuse_external(*_: object) -> int:
    raise refuse("ExternalReferenceForbidden")


def _parse(packet: bytes, body: bytes) -> Reader:
    reader = Reader()
    try:
        run_parser(body, reader)
    except FormatError:
        decode_packet(packet)  # bytes that are not UTF-8 are reported as such
        raise
    return reader


def run_parser(body: bytes, reader: Reader, *, buffer_text: bool = True) -> None:
    """Parse the UTF-8 XML `body` with expat, reporting to `reader`; DTDs and entities refused."""
    parser = expat.ParserCreate("utf-8", namespace_separator=SEP)
    parser.ordered_attributes = True
    parser.buffer_text = buffer_text
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_external
    reader.install(parser)
    try:
        parser.Parse(body, True)
    except expat.ExpatError as exc:
        raise FormatError(f"XMP packet is not well-formed XML: {exc}") from None
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"XMP packet cannot be parsed: {exc}") from None


# --- values -----------------------------------------------------------------------------------


def _text(node: Node) -> str:
    return "".join(node.text)


def _item_text(item: Node) -> str:
    """An rdf:li's text; a qualified value (rdf:value) counts as the text."""
    if (RDF_NS, "value") in item.attributes:
        return item.attribute(RDF_NS, "value")
    for child in item.children:
        if child.is_(RDF_NS, "value"):
            return _text(child)
    return _text(item)


def _container(element: Node) -> Node | None:
    for child in element.children:
        if child.namespace == RDF_NS and child.name in CONTAINERS:
            return child
    return None


def _element_value(element: Node, prop: XmpProperty, warnings: list[str]) -> str | list[str] | None:
    label = f"{prop.name} ({prop.namespace})"
    container = _container(element)
    if container is None:
        if (RDF_NS, "resource") in element.attributes:
            text = element.attribute(RDF_NS, "resource")
        elif element.children:
            warnings.append(f"XMP {label} is a structure, not text; ignored")
            return None
        else:
            text = _text(element)
        return [text] if prop.is_list else text
    items = [child for child in container.children if child.is_(RDF_NS, "li")]
    if prop.is_list:
        return [_item_text(item) for item in items] or None
    if not items:
        return None
    if container.name != "Alt" and len(items) > 1:
        warnings.append(f"XMP {label} holds {len(items)} values; read the first")
    default = [i for i in items if i.attribute(XML_NS, "lang").lower() == "x-default"]
    return _item_text((default or items)[0])


def read_xmp(packet: bytes, *, many_attributes: bool = False) -> XmpFields:
    """The caption and credit properties of an XMP packet, values exactly as stored.

    `many_attributes`: try the scan on a packet of many attributes too (`xmp_scan.scan`)."""
    body = utf8_body(packet)
    if not body:
        raise FormatError("XMP packet is empty")
    # a simple packet, read without expat's Python callbacks
    scanned = scan(body, many_attributes=many_attributes)
    if scanned is not None:
        found, has_gps = scanned
    else:
        reader = _parse(packet, body)
        if not reader.has_rdf:
            return XmpFields({}, ("XMP packet has no rdf:RDF element",))
        found, has_gps = reader.found, reader.has_gps
    warnings: list[str] = []
    values: dict[str, str | list[str]] = {}
    for name, prop in PROPERTIES.items():
        occurrences = found.get(name)
        if not occurrences:
            continue
        if len(occurrences) > 1:
            warnings.append(f"XMP {prop.name} ({prop.namespace}) appears {len(occurrences)} times")
        first = occurrences[0]
        if first.element is None:
            text = first.description.get((prop.namespace, prop.name), "")
            value: str | list[str] | None = [text] if prop.is_list else text
        else:
            value = first.element.value(prop, warnings)
        if value is not None:
            values[name] = value
    return XmpFields(values, tuple(warnings), has_gps)


__all__ = [
    "CONTAINERS",
    "Node",
    "Occurrence",
    "PropertyElement",
    "Reader",
    "DC_NS",
    "GPS_NAMES",
    "EXIF_NS",
    "IPTC_CORE_NS",
    "IPTC_EXT_NS",
    "PHOTOSHOP_NS",
    "PROPERTIES",
    "RDF_NS",
    "XML_NS",
    "XmpFields",
    "XmpProperty",
    "decode_packet",
    "description_attributes",
    "field_of",
    "read_xmp",
    "refuse",
    "attributes_of",
    "run_parser",
    "split_name",
    "utf8_body",
    "xml_body",
]
