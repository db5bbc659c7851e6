"""The scan of simple XMP packets reads exactly what the expat reader reads, or declines.

`read_xmp` tries `xmp_scan.scan` first; `expat_read` below is `read_xmp` with the scan turned
off. On every packet (the shared corpus, the benchmark corpora, generated ones at the edge of
the simple shape) both give the same values, warnings and GPS flag, or the same error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions.errors import CaptionsError, FormatError
from captions.formats import jpeg, xmp_read, xmp_scan
from captions.formats.detect import detect_format
from captions.formats.other import read_blocks
from captions.formats.xmp_read import XmpFields, read_xmp, utf8_body

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
BENCH = ROOT / "benchmarks" / "corpus" / "files"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NAMESPACES = (
    f'xmlns:rdf="{RDF}" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    'xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
)


def expat_read(packet: bytes) -> XmpFields:
    # `read_xmp` calls the `scan` its module imported: patched there, or expat never reads
    with mock.patch.object(xmp_read, "scan", lambda body, **_: None):
        return read_xmp(packet)


def outcome(read: object, packet: bytes) -> object:
    try:
        fields = read(packet)  # type: ignore[operator]
    except FormatError as exc:
        return ("error", str(exc))
    assert isinstance(fields, XmpFields)
    return (fields.values, fields.warnings, fields.has_gps)


def assert_same(packet: bytes) -> None:
    assert outcome(read_xmp, packet) == outcome(expat_read, packet), packet


def scanned(packet: bytes) -> bool:
    return xmp_scan.scan(utf8_body(packet)) is not None


def packet(descriptions: str, wrapper: bool = True) -> bytes:
    rdf = f"<rdf:RDF {NAMESPACES}>{descriptions}</rdf:RDF>"
    if wrapper:
        rdf = f'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="t">\n{rdf}\n</x:xmpmeta>'
    begin = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    return f'{begin}\n{rdf}\n<?xpacket end="w"?>'.encode()


def description(body: str, attributes: str = 'rdf:about=""') -> str:
    return f"<rdf:Description {attributes}>{body}</rdf:Description>"


# --- packets of the shapes the scan takes, and of those it leaves to expat ----------------------

TAKEN = [
    packet(description("<photoshop:City>Lyon</photoshop:City>")),
    packet(description("<photoshop:City>Lyon</photoshop:City>"), wrapper=False),
    packet(
        description(
            '\n  <dc:description>\n   <rdf:Alt>\n    <rdf:li xml:lang="en">A</rdf:li>\n'
            '    <rdf:li xml:lang="X-Default">B</rdf:li>\n   </rdf:Alt>\n  </dc:description>\n'
            "  <dc:creator><rdf:Seq><rdf:li>C</rdf:li><rdf:li>D</rdf:li></rdf:Seq></dc:creator>\n"
            "  <dc:subject><rdf:Bag/></dc:subject><dc:title/><photoshop:Credit></photoshop:Credit>"
            "  <photoshop:Source><rdf:Seq><rdf:li>E</rdf:li><rdf:li>F</rdf:li></rdf:Seq>"
            "</photoshop:Source>\n"
        )
    ),
    packet(description("", 'rdf:about="" photoshop:City="X" dc:Creator="Y" exif:GPSLatitude="1"')),
    packet(description("<photoshop:city>lower</photoshop:city><photoshop:City>a</photoshop:City>"))
    + b"",
    packet(description("<exif:GPSLongitude>2</exif:GPSLongitude>") + "<rdf:Description/>"),
    packet(
        description("<photoshop:City>one</photoshop:City>")
        + description("<photoshop:City>two</photoshop:City>", 'xmlns:p="urn:p" p:x="y"')
    ),
    packet(
        description(
            '<photoshop:Headline>a "quoted" &gt-free > text ] ]></photoshop:Headline>'.replace(
                "&gt-free ", ""
            )
        )
    ),
]
DECLINED = [
    packet(description("<photoshop:City>A &amp; B</photoshop:City>")),
    packet(description("<photoshop:City>A&#233;</photoshop:City>")),
    packet(description("<photoshop:City>A<!-- c --></photoshop:City>")),
    packet(description("<photoshop:City><![CDATA[x]]></photoshop:City>")),
    packet(description("<photoshop:City>a<?pi x?></photoshop:City>")),
    packet(description("<photoshop:City>a\r\nb</photoshop:City>")),
    packet(description("<photoshop:City>a]]>b</photoshop:City>")),
    packet(description("<photoshop:City>a\x01b</photoshop:City>")),
    packet(description("<photoshop:City>a\ufffeb</photoshop:City>")),
    packet(description('<photoshop:City rdf:resource="r"/>')),
    packet(description('<photoshop:City xml:lang="en">a</photoshop:City>')),
    packet(description('<dc:title><rdf:Alt><rdf:li rdf:value="v"/></rdf:Alt></dc:title>')),
    packet(description("<dc:title><rdf:Alt><rdf:li><rdf:value>v</rdf:value></rdf:li></rdf:Alt>"
                       "</dc:title>")),
    packet(description('<photoshop:City>a</photoshop:City>', 'rdf:about="a\tb"')),
    packet(description('<photoshop:City>a</photoshop:City>', "rdf:about='single'")),
    packet(description("<photoshop:City>a</photoshop:City>", 'xmlns="urn:default"')),
    packet(description("<q:City>a</q:City>")),  # an unbound prefix: expat's error
    packet(description("<photoshop:City>a</photoshop:City>", 'xmlns:rdf="urn:not-rdf"')),
    packet(description("<photoshop:City>a</photoshop:City>", 'xmlns:ps="http://ns.adobe.com/photoshop/1.0/"')),
    packet(description("<photoshop:City>a</photoshop:City>", 'rdf:about="" rdf:about=""')),
    packet(description("<photoshop:City>a</photoshop:City>") + "<rdf:Other/>"),
    packet(description("<photoshop:City>a</photoshop:City >")),
    packet(description("<photoshop:City>Zürich</photoshop:City>", " ".join(
        f'photoshop:S{i}="{i}"' for i in range(40)))),
    packet(description("<photoshop:City>a</photoshop:City>")).replace(b"</rdf:RDF>", b""),
    packet(description("<photoshop:City>a</photoshop:Town>")),
    packet(description("<photoshop:Ville>a</photoshop:Ville>")).replace(b"V", b"\xc3\xa9"),
]  # fmt: skip


@pytest.mark.parametrize("taken", TAKEN)
def test_simple_packets_are_scanned_and_read_as_expat_reads_them(taken: bytes) -> None:
    assert scanned(taken)
    assert_same(taken)


@pytest.mark.parametrize("declined", DECLINED)
def test_other_packets_are_left_to_expat(declined: bytes) -> None:
    assert not scanned(declined)
    assert_same(declined)


def test_the_scan_reads_values_warnings_and_gps() -> None:
    fields = read_xmp(TAKEN[2])
    assert fields.values["caption"] == "B"  # x-default, in any case
    assert fields.values["byline"] == ["C", "D"]
    assert "keywords" not in fields.values  # an empty Bag
    assert fields.values["source"] == "E"
    assert any("holds 2 values" in warning for warning in fields.warnings)
    assert read_xmp(TAKEN[3]).has_gps and read_xmp(TAKEN[5]).has_gps
    assert read_xmp(TAKEN[6]).warnings == (
        "XMP City (http://ns.adobe.com/photoshop/1.0/) appears 2 times",
    )


# --- every packet of the corpora -----------------------------------------------------------------


def corpus_packets(folder: Path) -> Iterator[bytes]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        fmt = detect_format(data[:64])
        try:
            if fmt == "jpeg":
                xmp = jpeg.blocks(jpeg.split(data, lenient=True)).xmp
            elif fmt is not None:
                xmp = read_blocks(data, fmt).xmp
            else:
                continue
        except (CaptionsError, ValueError):
            continue
        if xmp is not None:
            yield xmp


@pytest.mark.parametrize("folder", [SHARED, BENCH], ids=["shared corpus", "benchmark corpus"])
def test_every_packet_of_the_corpora_reads_the_same(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    packets = list(corpus_packets(folder))
    if not packets:
        pytest.skip(f"no XMP packets under {folder}")
    for found in packets:
        assert_same(found)
    assert any(scanned(found) for found in packets)  # the scan had its share


# --- generated packets at the edge of the simple shape --------------------------------------------

TEXT = st.text(
    st.one_of(
        st.sampled_from(list("ab &<>]\"'\t\n\r\x01\x7f\ufffe\u00e9\u0141\u5199\U0001f600")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=8,
)
PROPERTY_NAMES = st.sampled_from(
    ["dc:creator", "dc:description", "dc:subject", "dc:Title", "photoshop:City",
     "photoshop:credit", "photoshop:Credit", "exif:GPSLatitude", "Iptc4xmpExt:PersonInImage",
     "rdf:li", "q:City"]
)  # fmt: skip


def escaped(draw: st.DrawFn, text: str) -> str:
    """Mostly escaped as a writer would; sometimes raw, to make packets expat refuses."""
    if draw(st.integers(0, 5)) == 0:
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\r", "&#13;")


@st.composite
def items(draw: st.DrawFn) -> str:
    found = []
    for _ in range(draw(st.integers(0, 3))):
        lang = draw(
            st.sampled_from(
                [
                    "",
                    ' xml:lang="x-default"',
                    ' xml:lang="en"',
                    ' xml:lang="X-DEFAULT"',
                    ' xml:lang=""',
                    ' rdf:about="a"',
                ]
            )
        )
        if draw(st.integers(0, 6)) == 0:
            found.append(f"<rdf:li{lang}/>")
        else:
            found.append(f"<rdf:li{lang}>{escaped(draw, draw(TEXT))}</rdf:li>")
    space = draw(st.sampled_from(["", "\n  ", " "]))
    return space.join(found)


@st.composite
def properties(draw: st.DrawFn) -> str:
    name = draw(PROPERTY_NAMES)
    shape = draw(st.sampled_from(["text", "Alt", "Seq", "Bag", "empty", "closed-container"]))
    space = draw(st.sampled_from(["", "\n", " \t"]))
    if shape == "text":
        return f"<{name}>{escaped(draw, draw(TEXT))}</{name}>"
    if shape == "empty":
        return f"<{name}/>"
    if shape == "closed-container":
        kind = draw(st.sampled_from(["Alt", "Seq", "Bag"]))
        return f"<{name}>{space}<rdf:{kind}/>{space}</{name}>"
    inside = f"<rdf:{shape}>{space}{draw(items())}{space}</rdf:{shape}>"
    return f"<{name}>{space}{inside}{space}</{name}>"


@st.composite
def descriptions(draw: st.DrawFn) -> str:
    attributes = draw(st.lists(st.sampled_from([
        'rdf:about=""', 'photoshop:City="c"', 'dc:creator="k"', 'exif:GPSLongitude="2"',
        'xmlns:p="urn:p"', 'xmlns:rdf="' + RDF + '"', 'xmlns:dc="urn:other"', 'about="x"',
        'photoshop:Credit="' + draw(TEXT).replace('"', "") + '"',
    ]), max_size=3))  # fmt: skip
    body = "".join(draw(st.lists(properties(), max_size=4)))
    if draw(st.integers(0, 5)) == 0:
        return f"<rdf:Description {' '.join(attributes)}/>"
    return f"<rdf:Description {' '.join(attributes)}>{body}</rdf:Description>"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(found=st.lists(descriptions(), min_size=0, max_size=3), wrapper=st.booleans())
def test_generated_packets_read_the_same(found: list[str], wrapper: bool) -> None:
    assert_same(packet("\n".join(found), wrapper))


@pytest.mark.parametrize("uri", [" adobe:ns:meta/", "adobe:ns:\tmeta/", "adobe:ns:meta/&#32;"])
def test_a_namespace_uri_expat_refuses_is_refused_by_reader_and_writer_alike(uri: str) -> None:
    """Found by the fuzz test on a clean machine: the scan read a packet whose namespace URI
    holds a space, which expat (a space between URI and name) refuses, so the writer wrote a
    packet its own reader could not read back."""
    from captions.formats.xmp import update_xmp

    packet = (
        f'<x:xmpmeta xmlns:x="{uri}"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
        'syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" rdf:about="">'
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Seed</rdf:li></rdf:Alt>'
        "</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()
    assert xmp_scan.scan(utf8_body(packet)) is None
    with pytest.raises(FormatError):
        read_xmp(packet)
    with pytest.raises(FormatError):
        update_xmp(packet, {"caption": "Fuzz <&> ü"})
