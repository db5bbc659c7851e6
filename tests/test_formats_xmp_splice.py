"""Splicing XMP values in place: the same values as the DOM update, every other byte kept.

`update_xmp` splices when it can; `dom_update` below forces the DOM path (the splicer refuses
everything), so the two can be compared on the same packet and values.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_formats_xmp import LIGHTROOM, NEW_VALUES, XML_TEXT, other_content, packet_with

from captions.formats import xmp
from captions.formats.xmp import update_xmp
from captions.formats.xmp_read import read_xmp, utf8_body
from captions.formats.xmp_splice import splice_xmp

Values = dict[str, str | list[str] | None]

OURS = update_xmp(None, NEW_VALUES)  # every property present, in the shapes we write
FROM_LIGHTROOM = update_xmp(LIGHTROOM, NEW_VALUES)
CHANGE: Values = {
    "caption": "Ferry & harbour <at> dusk\r\nsecond line",
    "credit": "Velin Daily/Pool",
    "byline": ["Kai Ek", "Ana Lind"],
    "keywords": ["ferry", "dusk", "Łódź"],
    "city": "Port Velin",
}


@pytest.fixture
def dom_update(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(xmp, "splice_xmp", lambda packet, values: None)
    yield


def both(packet: bytes, values: Values, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes]:
    spliced = update_xmp(packet, values)
    with monkeypatch.context() as patch:
        patch.setattr(xmp, "splice_xmp", lambda packet, values: None)
        rebuilt = update_xmp(packet, values)
    return spliced, rebuilt


@pytest.mark.parametrize("packet", [OURS, FROM_LIGHTROOM], ids=["ours", "from lightroom"])
def test_splice_reads_back_like_the_dom_update(
    packet: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    values = dict(CHANGE)
    if packet is FROM_LIGHTROOM:  # Lightroom's credit and city are attributes: not spliced
        values = {k: v for k, v in values.items() if k not in ("credit", "city", "keywords")}
    assert splice_xmp(packet, values) is not None  # the shapes we write are spliced
    spliced, rebuilt = both(packet, values, monkeypatch)
    assert read_xmp(spliced) == read_xmp(rebuilt)
    assert other_content(spliced) == other_content(rebuilt) == other_content(packet)


def test_only_the_text_between_the_tags_changes() -> None:
    spliced = update_xmp(OURS, {"credit": "Another Agency"})
    before, after = utf8_body(OURS), utf8_body(spliced)
    old = b"Velin Daily / Mira Ostrava"
    assert after == before.replace(old, b"Another Agency")


def test_setting_the_same_values_gives_the_same_packet() -> None:
    assert update_xmp(OURS, NEW_VALUES) == OURS
    assert update_xmp(FROM_LIGHTROOM, NEW_VALUES) == FROM_LIGHTROOM


REFUSED: list[tuple[str, bytes, Values]] = [
    ("a removal", OURS, {"caption": None}),
    ("an empty list", OURS, {"keywords": []}),
    ("a missing property", packet_with(""), {"credit": "x"}),
    ("an attribute", LIGHTROOM, {"credit": "x"}),
    ("a misspelt name", packet_with("<photoshop:credit>a</photoshop:credit>"), {"credit": "x"}),
    ("a repeated property", packet_with("<dc:creator>a</dc:creator><dc:creator>b</dc:creator>"),
     {"byline": ["x"]}),
    ("an empty element", packet_with("<photoshop:Credit/>"), {"credit": "x"}),
    ("a comment inside", packet_with("<photoshop:Credit>a<!-- c --></photoshop:Credit>"),
     {"credit": "x"}),
    ("a CDATA section", packet_with("<photoshop:Credit><![CDATA[a]]></photoshop:Credit>"),
     {"credit": "x"}),
    ("an attribute on the element",
     packet_with('<photoshop:Credit rdf:resource="r">a</photoshop:Credit>'), {"credit": "x"}),
    ("a structure", packet_with("<photoshop:Credit><a:b xmlns:a='u'/></photoshop:Credit>"),
     {"credit": "x"}),
    ("another item count", OURS, {"keywords": ["one"]}),
    ("a Bag where a Seq belongs",
     packet_with("<dc:creator><rdf:Bag><rdf:li>a</rdf:li></rdf:Bag></dc:creator>"),
     {"byline": ["x"]}),
    ("no x-default", packet_with('<dc:title><rdf:Alt><rdf:li xml:lang="de">a</rdf:li>'
                                 "</rdf:Alt></dc:title>"), {"title": "x"}),
    ("a qualified item", packet_with('<dc:title><rdf:Alt><rdf:li xml:lang="x-default" '
                                     'rdf:value="q"/></rdf:Alt></dc:title>'), {"title": "x"}),
    ("an item with a language in a Seq",
     packet_with('<dc:creator><rdf:Seq><rdf:li xml:lang="en">a</rdf:li></rdf:Seq></dc:creator>'),
     {"byline": ["x"]}),
    ("text beside the container",
     packet_with("<dc:creator>t<rdf:Seq><rdf:li>a</rdf:li></rdf:Seq></dc:creator>"),
     {"byline": ["x"]}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("packet", "values"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED]
)
def test_other_shapes_are_left_to_the_dom_update(
    packet: bytes, values: Values, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert splice_xmp(packet, values) is None
    if b"rdf:resource" in packet or b"rdf:value" in packet:
        return  # the DOM update keeps those qualifiers (and the write's check refuses it)
    updated = update_xmp(packet, values)  # the DOM update does the work
    read = read_xmp(updated).values
    for field, value in values.items():
        assert read.get(field) == (value or None), field


def test_hostile_packets_are_refused_before_any_splice() -> None:
    doctype = b'<!DOCTYPE x [<!ENTITY e "boom">]><x:xmpmeta xmlns:x="adobe:ns:meta/"/>'
    with pytest.raises(Exception, match="refused"):
        splice_xmp(doctype, {"credit": "x"})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    caption=XML_TEXT,
    credit=XML_TEXT,
    byline=st.lists(XML_TEXT, min_size=2, max_size=2),
    start=st.sampled_from([OURS, FROM_LIGHTROOM]),
)
def test_any_text_splices_like_the_dom_update(
    caption: str, credit: str, byline: list[str], start: bytes
) -> None:
    values: Values = {"caption": caption, "credit": credit}
    if start is OURS:
        values["byline"] = byline
    spliced = update_xmp(start, values)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xmp, "splice_xmp", lambda packet, values: None)
        rebuilt = update_xmp(start, values)
    assert read_xmp(spliced) == read_xmp(rebuilt)
    assert other_content(spliced) == other_content(start)
