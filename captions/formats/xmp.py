"""XMP packets: read and update the caption and credit properties, keep everything else.

Packets are untrusted: a DTD, an entity declaration or an external reference is refused
(FormatError), never expanded or fetched. Reading streams the packet through expat without
building a tree (`xmp_read`); updating parses it with defusedxml's minidom, edits the document
in place (properties may be attributes of rdf:Description or elements; several
rdf:Description elements may exist) and serializes it back node by node, so unrelated namespaces,
properties, prefixes and comments survive.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, TypeGuard, cast
from xml.dom.minidom import (
    CDATASection,
    Comment,
    Document,
    Element,
    Node,
    ProcessingInstruction,
    Text,
)
from xml.parsers.expat import ExpatError

from captions.errors import FormatError, UnsupportedError
from captions.fields import XMP_PREFIXES
from captions.formats.xmp_read import (
    CONTAINERS,
    PROPERTIES,
    RDF_NS,
    XML_NS,
    XmpFields,
    XmpProperty,
    read_xmp,
    refuse,
    xml_body,
)
from captions.formats.xmp_splice import splice_xmp
from captions.textsafe import xml_forbidden

XMP_APP1_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXTENSION_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
XMP_MAX_PACKET_BYTES = 65502
"""The largest packet a standard XMP APP1 segment holds (65535 - 2 - header)."""

XMLNS_NS = "http://www.w3.org/2000/xmlns/"

STANDARD_PREFIXES = {**XMP_PREFIXES, RDF_NS: "rdf"}

_PADDING = (" " * 99 + "\n") * 20
_NEW_PACKET = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="captions">\n'
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '  <rdf:Description rdf:about="">\n'
    "  </rdf:Description>\n"
    " </rdf:RDF>\n"
    "</x:xmpmeta>"
)


# --- parsing (for updates) ------------------------------------------------------------


def _parse(packet: bytes) -> Document:
    # Lazy (start-up): defusedxml's minidom imports urllib, http and email, 20 ms in every
    # process that writes; the usual packets are spliced (xmp_splice) and never parsed here.
    from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
    from defusedxml.minidom import parseString  # type: ignore[import-untyped]

    body = xml_body(packet)
    if not body:
        raise FormatError("XMP packet is empty")
    try:
        document = parseString(
            body.encode("utf-8"), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise refuse(type(exc).__name__) from None
    except ExpatError as exc:
        raise FormatError(f"XMP packet is not well-formed XML: {exc}") from None
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"XMP packet cannot be parsed: {exc}") from None
    return cast(Document, document)


def _is(node: object, namespace: str, name: str) -> TypeGuard[Element]:
    return isinstance(node, Element) and node.namespaceURI == namespace and node.localName == name


def _child_elements(node: Element | Document) -> list[Element]:
    return [child for child in node.childNodes if isinstance(child, Element)]


def _find_rdf(node: Element | None, depth: int = 0) -> Element | None:
    if _is(node, RDF_NS, "RDF"):
        return node
    if node is None or depth > 8:
        return None
    for child in _child_elements(node):
        found = _find_rdf(child, depth + 1)
        if found is not None:
            return found
    return None


def _descriptions(rdf: Element) -> list[Element]:
    return [child for child in _child_elements(rdf) if _is(child, RDF_NS, "Description")]


def _container(element: Element) -> Element | None:
    for child in _child_elements(element):
        if child.namespaceURI == RDF_NS and child.localName in CONTAINERS:
            return child
    return None


def _items(container: Element) -> list[Element]:
    return [child for child in _child_elements(container) if _is(child, RDF_NS, "li")]


class _Occurrence(NamedTuple):
    description: Element
    element: Element | None  # None: the property is an attribute of the description
    attribute: str | None

    @property
    def local_name(self) -> str:
        if self.element is not None:
            return self.element.localName
        return (self.attribute or "").rpartition(":")[2]


def _occurrences(descriptions: list[Element], prop: XmpProperty) -> list[_Occurrence]:
    # Names are matched case-insensitively, as ExifTool does: `dc:Creator` is found (and
    # replaced by `dc:creator` when updated).
    name = prop.name.lower()
    found = []
    for description in descriptions:
        for attribute in description.attributes.values():
            if attribute.namespaceURI == prop.namespace and attribute.localName.lower() == name:
                found.append(_Occurrence(description, None, attribute.name))
        for child in _child_elements(description):
            if child.namespaceURI == prop.namespace and child.localName.lower() == name:
                found.append(_Occurrence(description, child, None))
    return found


# --- updating -------------------------------------------------------------------------------


def _prefix_in_scope(element: Element, namespace: str) -> str | None:
    node: object = element
    while isinstance(node, Element):
        for name, value in node.attributes.items():
            if value == namespace and name.startswith("xmlns:"):
                return name[len("xmlns:") :]
        node = node.parentNode
    return None


def _bound_prefixes(element: Element) -> set[str]:
    prefixes: set[str] = set()
    node: object = element
    while isinstance(node, Element):
        prefixes.update(n[6:] for n in node.attributes.keys() if n.startswith("xmlns:"))  # noqa: SIM118
        node = node.parentNode
    return prefixes


def _ensure_prefix(element: Element, namespace: str) -> str:
    """The prefix bound to `namespace` at `element`, declaring the standard one when needed."""
    prefix = _prefix_in_scope(element, namespace)
    if prefix is not None:
        return prefix
    base = STANDARD_PREFIXES.get(namespace, "ns")
    prefix, bound, number = base, _bound_prefixes(element), 1
    while prefix in bound:
        number += 1
        prefix = f"{base}{number}"
    element.setAttributeNS(XMLNS_NS, f"xmlns:{prefix}", namespace)
    return prefix


def _indent_of(element: Element) -> str:
    previous = element.previousSibling
    if isinstance(previous, Text) and "\n" in previous.data:
        return "\n" + previous.data.rsplit("\n", 1)[1]
    return "\n"


def _append_indented(parent: Element, child: Element) -> None:
    """Append `child` as the last element of `parent`, indented one step deeper."""
    document = parent.ownerDocument
    assert document is not None
    inner = _indent_of(parent) + " "
    last = parent.lastChild
    if isinstance(last, Text) and not last.data.strip():
        parent.insertBefore(document.createTextNode(inner), last)
        parent.insertBefore(child, last)
    else:
        parent.appendChild(document.createTextNode(inner))
        parent.appendChild(child)
        parent.appendChild(document.createTextNode(_indent_of(parent)))


def _remove(element: Element) -> None:
    parent = element.parentNode
    if not isinstance(parent, Element):
        return
    previous = element.previousSibling
    if isinstance(previous, Text) and not previous.data.strip():
        parent.removeChild(previous)
    parent.removeChild(element)


def _new_element(description: Element, namespace: str, name: str) -> Element:
    document = description.ownerDocument
    assert document is not None
    prefix = _ensure_prefix(description, namespace)
    return document.createElementNS(namespace, f"{prefix}:{name}")


def _new_item(container: Element, text: str, language: str | None = None) -> Element:
    document = container.ownerDocument
    assert document is not None
    rdf = _prefix_in_scope(container, RDF_NS) or "rdf"
    item = document.createElementNS(RDF_NS, f"{rdf}:li")
    if language is not None:
        item.setAttributeNS(XML_NS, "xml:lang", language)
    item.appendChild(document.createTextNode(text))
    return item


def _set_text(element: Element, text: str) -> None:
    for child in list(element.childNodes):
        element.removeChild(child)
    document = element.ownerDocument
    assert document is not None
    element.appendChild(document.createTextNode(text))


def _fill(element: Element, prop: XmpProperty, value: str | list[str]) -> None:
    """Make the property element `element` hold `value`, keeping other languages of a lang-alt."""
    if prop.kind == "text":
        assert isinstance(value, str)
        _set_text(element, value)
        return
    container = _container(element)
    wanted = "Alt" if prop.kind == "lang" else prop.kind.capitalize()
    if container is None or container.localName != wanted:
        for child in list(element.childNodes):
            element.removeChild(child)
        document = element.ownerDocument
        assert document is not None
        rdf = _prefix_in_scope(element, RDF_NS) or "rdf"
        container = document.createElementNS(RDF_NS, f"{rdf}:{wanted}")
        _append_indented(element, container)
    if prop.kind == "lang":
        assert isinstance(value, str)
        _fill_language_alternative(container, value)
        return
    for item in _items(container):
        _remove(item)
    for text in value:
        _append_indented(container, _new_item(container, text))


def _fill_language_alternative(container: Element, value: str) -> None:
    items = _items(container)
    for item in items:
        if item.getAttributeNS(XML_NS, "lang").lower() == "x-default":
            _set_text(item, value)
            return
    item = _new_item(container, value, "x-default")
    if items:  # x-default comes first
        container.insertBefore(item, items[0])
        document = container.ownerDocument
        assert document is not None
        container.insertBefore(document.createTextNode(_indent_of(items[0])), items[0])
    else:
        _append_indented(container, item)


def _update_property(
    descriptions: list[Element], prop: XmpProperty, value: str | list[str] | None
) -> None:
    found = _occurrences(descriptions, prop)
    first = found[0] if found else None
    for extra in found[1:]:
        _drop(extra)
    if value is None or value == []:
        if first is not None:
            _drop(first)
        return
    if first is not None and first.local_name == prop.name:
        if first.element is None and prop.kind == "text":
            assert first.attribute is not None and isinstance(value, str)
            first.description.setAttribute(first.attribute, value)
            return
        if first.element is not None:
            _fill(first.element, prop, value)
            return
    if first is not None:  # an attribute that needs a structured value, or a misspelt name
        _drop(first)
        target = first.description
    else:
        target = _target_description(descriptions, prop.namespace)
    element = _new_element(target, prop.namespace, prop.name)
    _append_indented(target, element)
    _fill(element, prop, value)


def _drop(occurrence: _Occurrence) -> None:
    if occurrence.element is not None:
        _remove(occurrence.element)
    elif occurrence.attribute is not None:
        occurrence.description.removeAttribute(occurrence.attribute)


def _target_description(descriptions: list[Element], namespace: str) -> Element:
    for description in descriptions:
        if _prefix_in_scope(description, namespace) is not None:
            return description
    return descriptions[0]


def _normalized(field: str, value: str | list[str] | None) -> str | list[str] | None:
    prop = PROPERTIES.get(field)
    if prop is None:
        raise ValueError(f"XMP has no property for field {field!r}")
    if value is None:
        return None
    if prop.is_list:
        value = [value] if isinstance(value, str) else list(value)
    elif not isinstance(value, str):
        raise ValueError(f"XMP field {field!r} takes one string, not a list")
    for text in [value] if isinstance(value, str) else value:
        bad = xml_forbidden(text)
        if bad:
            raise UnsupportedError(
                f"{field} contains U+{ord(bad.group()):04X}, a character XMP (XML 1.0) cannot hold"
            )
    return value


def update_xmp(packet: bytes | None, values: Mapping[str, str | list[str] | None]) -> bytes:
    """A complete packet with `values` set (None or [] removes), everything else preserved."""
    wanted = {field: _normalized(field, value) for field, value in values.items()}
    if packet is not None:
        spliced = splice_xmp(packet, wanted)  # the usual shapes, in place: most writes
        if spliced is not None:
            return _packet(spliced)
    document = _parse(_NEW_PACKET.encode() if packet is None else packet)
    rdf = _find_rdf(document.documentElement)
    if rdf is None:
        raise FormatError("XMP packet has no rdf:RDF element; not updated")
    descriptions = _descriptions(rdf)
    if not descriptions:
        description = document.createElementNS(RDF_NS, f"{_ensure_prefix(rdf, RDF_NS)}:Description")
        description.setAttributeNS(RDF_NS, f"{_ensure_prefix(rdf, RDF_NS)}:about", "")
        _append_indented(rdf, description)
        descriptions = [description]
    for field, value in wanted.items():
        _update_property(descriptions, PROPERTIES[field], value)
    top = [
        serialize(node)
        for node in document.childNodes
        if not (isinstance(node, ProcessingInstruction) and node.target == "xpacket")
    ]
    return _packet("\n".join(top).encode("utf-8"))


def _packet(xml: bytes) -> bytes:
    head = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'.encode()
    tail = b'<?xpacket end="w"?>'
    body = xml + b"\n"
    room = XMP_MAX_PACKET_BYTES - len(head) - len(body) - len(tail)
    if room < 0:
        raise UnsupportedError(
            f"XMP packet would be {len(head) + len(body) + len(tail)} bytes, over the "
            f"{XMP_MAX_PACKET_BYTES}-byte limit of one APP1 segment (extended XMP is not written)"
        )
    padding = _PADDING.encode()[:room]
    return head + body + padding + tail


# --- serializing ----------------------------------------------------------------------------


def _escape_text(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _escape_attribute(text: str) -> str:
    return _escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def serialize(node: Node) -> str:
    """XML for `node`, written so that parsing it again gives the same values."""
    parts: list[str] = []
    _write(node, parts)
    return "".join(parts)


def _is_xmlns(name: str) -> bool:
    return name == "xmlns" or name.startswith("xmlns:")


def _write(node: Node, parts: list[str]) -> None:
    if isinstance(node, Element):
        parts.append("<" + node.tagName)
        # namespace declarations first: the order the parser reports them in, so that
        # serializing a parsed packet again gives identical bytes
        attributes = sorted(node.attributes.items(), key=lambda item: not _is_xmlns(item[0]))
        for name, value in attributes:
            parts.append(f' {name}="{_escape_attribute(value)}"')
        if not node.childNodes:
            parts.append("/>")
            return
        parts.append(">")
        for child in node.childNodes:
            _write(child, parts)
        parts.append(f"</{node.tagName}>")
    elif isinstance(node, CDATASection):
        parts.append(f"<![CDATA[{node.data}]]>")
    elif isinstance(node, Text):
        parts.append(_escape_text(node.data))
    elif isinstance(node, Comment):
        parts.append(f"<!--{node.data}-->")
    elif isinstance(node, ProcessingInstruction):
        parts.append(f"<?{node.target} {node.data}?>")


__all__ = [
    "PROPERTIES",
    "XMP_APP1_HEADER",
    "XMP_EXTENSION_HEADER",
    "XMP_MAX_PACKET_BYTES",
    "XmpFields",
    "XmpProperty",
    "read_xmp",
    "serialize",
    "update_xmp",
]
