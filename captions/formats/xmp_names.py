"""What an XMP reader finds, in expat's terms: the fields of property names, where a property
was found, and the GPS names the audit looks for.

Both readers of `xmp_read` use these: the expat reader and the scan of simple packets
(`xmp_scan`), which must find exactly the same.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from captions.fields import TABLE, XmpProperty

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_NS = "http://www.w3.org/XML/1998/namespace"
EXIF_NS = "http://ns.adobe.com/exif/1.0/"

PROPERTIES: dict[str, XmpProperty] = {field.name: field.xmp for field in TABLE}
"""Read-model field name -> XMP property (captions.fields, the one table)."""

# Property names are matched case-insensitively, as ExifTool does (`dc:Creator` is found).
_FIELD_OF = {(p.namespace, p.name.lower()): f for f, p in PROPERTIES.items()}
_NAMESPACES = tuple({p.namespace for p in PROPERTIES.values()})
# expat's `URI local` name as spelt in the table: one dict look-up for the usual spelling.
_FIELD_OF_NAME = {f"{p.namespace} {p.name}": f for f, p in PROPERTIES.items()}
_NAMESPACE_SET = frozenset(_NAMESPACES)
SEP = " "  # expat's separator between namespace URI and local name (local names hold none)
# exif:GPSLatitude / exif:GPSLongitude, as element or attribute: a position the audit reports.
GPS_NAMES = frozenset(EXIF_NS + SEP + name for name in ("GPSLatitude", "GPSLongitude"))


class PropertyElement(Protocol):
    """A property element as a reader keeps it: a `Node`, or what the simple scan keeps."""

    def value(self, prop: XmpProperty, warnings: list[str]) -> str | list[str] | None: ...


class Occurrence:
    """One place a property was found: an attribute of a description, or an element.

    A plain class: one is made for every property of every packet read, and this `__init__`
    costs less than a NamedTuple's `__new__` (and no dataclass is made at start-up)."""

    __slots__ = ("description", "element")

    def __init__(
        self,
        description: dict[tuple[str, str], str],  # the description's attributes in our namespaces
        element: PropertyElement | None,
    ) -> None:
        self.description = description
        self.element = element


@lru_cache(maxsize=1024)  # a packet spells a few dozen names, again and again
def split_name(name: str) -> tuple[str, str]:
    """expat's `URI local` name as (namespace, local name)."""
    namespace, _, local = name.rpartition(SEP)
    return namespace, local


def field_of(name: str) -> str | None:
    """The read-model field of expat's `URI local` element name, or None."""
    found = _FIELD_OF_NAME.get(name)
    if found is not None:
        return found
    namespace, _, local = name.rpartition(SEP)
    if namespace not in _NAMESPACE_SET:
        return None
    return _FIELD_OF.get((namespace, local.lower()))


def description_attributes(
    pairs: list[str],
) -> tuple[dict[tuple[str, str], str], list[str], bool]:
    """An rdf:Description's attributes (expat's ordered `URI local`, value pairs): those in our
    namespaces, the fields they hold (in order), and whether one is a GPS position."""
    names = pairs[::2]
    has_gps = not GPS_NAMES.isdisjoint(names)
    ours = [i for i, name in enumerate(names) if name.startswith(_NAMESPACES)]
    attributes = {split_name(pairs[2 * i]): pairs[2 * i + 1] for i in ours}
    wanted = [_FIELD_OF.get((namespace, local.lower())) for namespace, local in attributes]
    return attributes, [name for name in wanted if name is not None], has_gps


__all__ = [
    "EXIF_NS",
    "GPS_NAMES",
    "PROPERTIES",
    "RDF_NS",
    "SEP",
    "XML_NS",
    "Occurrence",
    "PropertyElement",
    "description_attributes",
    "field_of",
    "split_name",
]
