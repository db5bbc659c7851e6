"""The XMP splice from the scan's positions gives expat's splice, byte for byte.

`splice_xmp` first tries `_splice_scanned` (the positions `xmp_scan` finds, no second expat
pass); when that declines, `_splice_parsed` (expat's positions) decides as before. So whenever
the scan's splice answers, the answer must be the very bytes expat's splice gives: checked on
every packet of the corpora and on generated packets at the edge of the simple shape, with
values of every kind (text, rdf:Alt, rdf:Seq, rdf:Bag; lists longer and shorter than the
packet's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_formats_xmp_scan import (
    BENCH,
    SHARED,
    corpus_packets,
    description,
    descriptions,
    escaped,
    expat_read,
    items,
    packet,
)

from captions.errors import FormatError
from captions.formats import xmp_scan
from captions.formats.xmp_read import PROPERTIES, read_xmp, utf8_body
from captions.formats.xmp_splice import _splice_parsed, _splice_scanned, splice_xmp

Values = Mapping[str, str | list[str] | None]

TEXTS = ["Ferry & harbour <at> dusk\r\nsecond > line", "Łódź 写真 \U0001f600", "plain"]
# Values of every kind for the corpus packets (dc:description an Alt, dc:creator a Seq,
# dc:subject a Bag, photoshop:City and photoshop:Credit text), one or several at a time.
VALUE_SETS: list[Values] = [
    {"caption": TEXTS[0]},
    {"caption": TEXTS[1], "byline": ["Kai Ek"]},
    {"byline": ["Kai Ek", "Ana Lind"], "keywords": TEXTS},
    {"keywords": "one", "city": TEXTS[0], "credit": TEXTS[1]},
    {"credit": "Velin Daily", "persons": ["A"]},
    {"city": "", "caption": "x"},  # a removal: never spliced
]


def outcome(splice: Callable[[bytes, Values], bytes | None], body: bytes, values: Values) -> object:
    try:
        return splice(body, values)
    except FormatError as error:
        return str(error)


def assert_same_splice(found: bytes, values: Values) -> bool:
    """The scan's splice, when it answers, is expat's; True when it answered."""
    body = utf8_body(found)
    fast = _splice_scanned(body, values)
    if fast is not None:
        assert fast == outcome(_splice_parsed, body, values), (found, values)
    return fast is not None


def test_the_usual_shapes_are_spliced_from_the_scan() -> None:
    found = packet(
        description(
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">old</rdf:li>'
            '<rdf:li xml:lang="fr">vieux</rdf:li></rdf:Alt></dc:description>'
            "<dc:creator>\n <rdf:Seq>\n  <rdf:li>A</rdf:li>\n  <rdf:li>B</rdf:li>\n </rdf:Seq>\n"
            "</dc:creator><photoshop:City></photoshop:City>"
        )
    )
    values: Values = {"caption": TEXTS[0], "byline": ["Kai Ek", TEXTS[1]], "city": "Velin"}
    assert assert_same_splice(found, values)
    spliced = splice_xmp(found, values)
    assert spliced is not None
    assert b"Ferry &amp; harbour &lt;at&gt; dusk&#13;\nsecond &gt; line</rdf:li>" in spliced
    assert b'<rdf:li xml:lang="fr">vieux</rdf:li>' in spliced  # the other language kept
    assert b"<photoshop:City>Velin</photoshop:City>" in spliced


@pytest.mark.parametrize(
    ("inside", "values"),
    [
        ("<photoshop:City/>", {"city": "x"}),  # no content to replace
        ("<dc:creator><rdf:Seq/></dc:creator>", {"byline": ["x"]}),
        ("<dc:creator><rdf:Seq><rdf:li/></rdf:Seq></dc:creator>", {"byline": ["x"]}),
        ('<dc:creator><rdf:Seq><rdf:li xml:lang="">a</rdf:li></rdf:Seq></dc:creator>',
         {"byline": ["x"]}),  # an attribute on a list item
        ("<dc:creator><rdf:Seq><rdf:li>a</rdf:li></rdf:Seq></dc:creator>",
         {"byline": ["x", "y"]}),  # more values than items
        ("<dc:creator><rdf:Bag><rdf:li>a</rdf:li></rdf:Bag></dc:creator>", {"byline": ["x"]}),
        ('<dc:description><rdf:Alt><rdf:li xml:lang="en">a</rdf:li></rdf:Alt></dc:description>',
         {"caption": "x"}),  # no x-default
        ("<dc:description>a</dc:description>", {"caption": "x"}),  # text, not an rdf:Alt
        ("<photoshop:city>a</photoshop:city>", {"city": "x"}),  # found, but misspelt
        ("<photoshop:City>a</photoshop:City><photoshop:City>b</photoshop:City>", {"city": "x"}),
        ("<photoshop:City>a</photoshop:City>", {"city": None}),
        ("<photoshop:City>a</photoshop:City>", {"credit": "x"}),  # missing
    ],
)  # fmt: skip
def test_other_shapes_are_left_to_expat(inside: str, values: Values) -> None:
    found = packet(description(inside))
    assert _splice_scanned(utf8_body(found), values) is None
    assert splice_xmp(found, values) is None  # and expat declines them too


def test_packets_the_scan_does_not_take_are_spliced_by_expat() -> None:
    found = packet(description("<!-- a note --><photoshop:City>a</photoshop:City>"))
    assert _splice_scanned(utf8_body(found), {"city": "x"}) is None
    spliced = splice_xmp(found, {"city": "x"})
    assert spliced is not None and b"<!-- a note --><photoshop:City>x<" in spliced


@pytest.mark.parametrize("folder", [SHARED, BENCH], ids=["shared corpus", "benchmark corpus"])
def test_every_packet_of_the_corpora_splices_the_same(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    packets = list(corpus_packets(folder))
    if not packets:
        pytest.skip(f"no XMP packets under {folder}")
    answered = [assert_same_splice(found, values) for found in packets for values in VALUE_SETS]
    assert any(answered)  # the scan's splice had its share


TEXT = st.text(max_size=6)
SIMPLE_TEXT = st.text("ab \u00e9\u5199\n", max_size=4)  # what the scan takes, mostly
KINDS: dict[str, st.SearchStrategy[str | list[str]]] = {
    "caption": TEXT,
    "title": TEXT,
    "city": TEXT,
    "credit": TEXT,
    "byline": st.lists(TEXT, min_size=1, max_size=3) | TEXT,
    "keywords": st.lists(TEXT, min_size=1, max_size=3),
    "persons": st.lists(TEXT, min_size=1, max_size=2),
}
VALUES = st.sets(st.sampled_from(sorted(KINDS)), min_size=1, max_size=3).flatmap(
    lambda chosen: st.fixed_dictionaries({name: KINDS[name] for name in sorted(chosen)})
)


# How the table spells each field's property, and a misspelling the reader finds all the same.
SPELLINGS = {
    "caption": ("dc:description", "dc:Description"),
    "title": ("dc:title", "dc:Title"),
    "city": ("photoshop:City", "photoshop:city"),
    "credit": ("photoshop:Credit", "photoshop:credit"),
    "byline": ("dc:creator", "dc:Creator"),
    "keywords": ("dc:subject", "dc:subject"),
    "persons": ("Iptc4xmpExt:PersonInImage", "Iptc4xmpExt:personInImage"),
}


USUAL_SHAPE = {"text": "text", "lang": "Alt", "seq": "Seq", "bag": "Bag"}


@st.composite
def holding(draw: st.DrawFn, values: Values) -> str:
    """A description holding the fields of `values`, mostly in their usual shapes (then often
    with as many items as values), sometimes in another, misspelt, twice or not at all."""
    found = []
    for field, value in values.items():
        for _ in range(draw(st.sampled_from([1] * 12 + [0, 2]))):
            name = SPELLINGS[field][draw(st.sampled_from([0] * 12 + [1]))]
            usual = USUAL_SHAPE[PROPERTIES[field].kind]
            other = ["text", "Alt", "Seq", "Bag", "empty", "closed"]
            shape = draw(st.sampled_from([usual] * 24 + other))
            space = draw(st.sampled_from(["", "\n  ", " "]))
            if shape == "text":
                found.append(f"<{name}>{escaped(draw, draw(SIMPLE_TEXT | TEXT))}</{name}>")
            elif shape == "empty":
                found.append(f"<{name}/>")
            elif shape == "closed":
                found.append(f"<{name}>{space}<rdf:Seq/>{space}</{name}>")
            else:
                count = len(value) if isinstance(value, list) else 1
                texts = [escaped(draw, draw(SIMPLE_TEXT | TEXT)) for _ in range(count)]
                plain = [f"<rdf:li>{text}</rdf:li>" for text in texts]
                if shape == "Alt":
                    plain = ['<rdf:li xml:lang="fr">a</rdf:li>'] * draw(st.integers(0, 1)) + [
                        f'<rdf:li xml:lang="x-default">{texts[0]}</rdf:li>'
                    ]
                inside = space.join(plain) if draw(st.integers(0, 5)) else draw(items())
                inside = f"<rdf:{shape}>{space}{inside}{space}</rdf:{shape}>"
                found.append(f"<{name}>{space}{inside}{space}</{name}>")
    return description(draw(st.sampled_from(["", "\n", " "])).join(draw(st.permutations(found))))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), others=st.lists(descriptions(), max_size=2), wrapper=st.booleans())
def test_generated_packets_splice_the_same(
    data: st.DataObject, others: list[str], wrapper: bool
) -> None:
    values = data.draw(VALUES)
    ours = data.draw(holding(values))
    assert_same_splice(packet("\n".join([ours, *others]), wrapper), values)


def test_generated_packets_reach_the_scans_splice() -> None:
    """The generator above makes packets the scan's splice answers, not only ones it declines."""
    answered = []

    @settings(max_examples=200, deadline=None, database=None)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        values = data.draw(VALUES)
        answered.append(assert_same_splice(packet(data.draw(holding(values))), values))

    run()
    assert 0 < sum(answered) < len(answered)


def test_a_write_scans_a_packet_of_many_attributes_that_a_read_leaves_to_expat() -> None:
    # Camera Raw's way: dozens of settings as attributes of the description, more than a read
    # tries the scan on (`xmp_scan._MAX_ATTRIBUTES`); a write scans them, for its splice.
    settings = " ".join(f'photoshop:Setting{index}="{index}"' for index in range(60))
    found = packet(
        description(
            "<photoshop:City>Lyon</photoshop:City>"
            "<dc:creator><rdf:Seq><rdf:li>A</rdf:li></rdf:Seq></dc:creator>",
            f'rdf:about="" {settings}',
        )
    )
    body = utf8_body(found)
    assert xmp_scan.scan(body) is None
    assert xmp_scan.scan(body, many_attributes=True) is not None
    assert read_xmp(found, many_attributes=True) == expat_read(found)
    assert read_xmp(found, many_attributes=True).values["city"] == "Lyon"
    assert assert_same_splice(found, {"city": "Velin", "byline": ["Kai Ek"]})
