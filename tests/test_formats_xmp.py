"""XMP: safe parsing, reading the caption properties, updates that keep everything else."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions.errors import CaptionsError, FormatError, UnsupportedError
from captions.formats.xmp import PROPERTIES, XMP_MAX_PACKET_BYTES, read_xmp, update_xmp

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# A Lightroom-style packet (all names and values invented): many unrelated namespaces, attribute
# (short form) properties, structures, a comment, several rdf:Description elements, a custom prefix
# for Dublin Core and photoshop properties as attributes.
LIGHTROOM = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0-c000 1.000000">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <!-- written by an imaginary editor -->
  <rdf:Description rdf:about=""
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#"
    xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmp:CreatorTool="Imaginary Editor 3.1"
    xmp:Rating="4"
    xmpMM:DocumentID="xmp.did:0001-example"
    crs:Version="15.0"
    crs:Exposure2012="+0.35"
    crs:Contrast2012="-12"
    photoshop:City="Port Velin"
    photoshop:Credit="Velin Daily"
    photoshop:ColorMode="3">
   <xmpMM:History>
    <rdf:Seq>
     <rdf:li stEvt:action="saved" stEvt:when="2023-05-01T10:00:00+02:00"/>
     <rdf:li rdf:parseType="Resource">
      <stEvt:action>derived</stEvt:action>
      <stEvt:parameters>converted from raw &amp; cropped</stEvt:parameters>
     </rdf:li>
    </rdf:Seq>
   </xmpMM:History>
   <lr:hierarchicalSubject>
    <rdf:Bag>
     <rdf:li>Places|Port Velin|Harbour</rdf:li>
    </rdf:Bag>
   </lr:hierarchicalSubject>
   <crs:ToneCurvePV2012>
    <rdf:Seq>
     <rdf:li>0, 0</rdf:li>
     <rdf:li>255, 255</rdf:li>
    </rdf:Seq>
   </crs:ToneCurvePV2012>
  </rdf:Description>
  <rdf:Description rdf:about=""
    xmlns:d="http://purl.org/dc/elements/1.1/"
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    d:format="image/jpeg"
    exif:ExposureTime="1/250">
   <d:description>
    <rdf:Alt>
     <rdf:li xml:lang="en-GB">Fishing boats at the harbour wall </rdf:li>
     <rdf:li xml:lang="x-default">Fishing boats at the harbour wall </rdf:li>
     <rdf:li xml:lang="fr">Bateaux de pêche au port</rdf:li>
    </rdf:Alt>
   </d:description>
   <d:creator>
    <rdf:Seq>
     <rdf:li>Mira Ostrava</rdf:li>
    </rdf:Seq>
   </d:creator>
   <d:subject>
    <rdf:Bag>
     <rdf:li>harbour</rdf:li>
     <rdf:li>boats</rdf:li>
    </rdf:Bag>
   </d:subject>
   <exif:Flash rdf:parseType="Resource">
    <exif:Fired>False</exif:Fired>
    <exif:Mode>2</exif:Mode>
   </exif:Flash>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()

NEW_VALUES: dict[str, str | list[str] | None] = {
    "caption": "Night ferry leaving Port Velin — 港の夜 (Łukasz Ëlm)\nsecond line",
    "title": "Night ferry",
    "copyright": "© 2024 Velin Daily",
    "byline": ["Mira Ostrava", "Kai Ek"],
    "keywords": ["ferry", "night", "Łódź"],
    "headline": "Last ferry of the season",
    "byline_title": "Staff photographer",
    "credit": "Velin Daily / Mira Ostrava",
    "source": "Velin Daily",
    "date_created": "2024-10-31T21:15:00+01:00",
    "city": "Port Velin",
    "state": "Coastal Province",
    "country": "Freedonia",
    "country_code": "FD",
    "transmission_reference": "PV-2024-1031",
    "instructions": "No archive use",
    "sublocation": "North pier",
    "persons": ["Ana Lind", "Tom Berg"],
}


def test_reads_attributes_elements_and_several_descriptions() -> None:
    fields = read_xmp(LIGHTROOM)
    assert fields.values["city"] == "Port Velin"  # attribute form
    assert fields.values["credit"] == "Velin Daily"
    assert fields.values["caption"] == "Fishing boats at the harbour wall "  # x-default, raw
    assert fields.values["byline"] == ["Mira Ostrava"]
    assert fields.values["keywords"] == ["harbour", "boats"]
    assert "title" not in fields.values
    assert fields.warnings == ()


def test_language_alternative_without_x_default_reads_the_first() -> None:
    packet = packet_with(
        '<dc:title><rdf:Alt><rdf:li xml:lang="de">Fähre</rdf:li>'
        '<rdf:li xml:lang="en">Ferry</rdf:li></rdf:Alt></dc:title>'
    )
    assert read_xmp(packet).values["title"] == "Fähre"


def packet_with(body: str, attributes: str = "") -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        f"{attributes}>{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def test_single_text_where_a_list_belongs_reads_as_a_list() -> None:
    assert read_xmp(packet_with("<dc:creator>Kai Ek</dc:creator>")).values["byline"] == ["Kai Ek"]


def test_packet_without_rdf_is_a_warning() -> None:
    fields = read_xmp(b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')
    assert fields.values == {} and fields.warnings


HOSTILE = [
    # billion laughs
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&b;</x:xmpmeta>',
    # external entity
    b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&e;</x:xmpmeta>',
    # a bare DTD
    b'<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><x:xmpmeta xmlns:x="adobe:ns:meta/"/>',
    b"<x:xmpmeta",
    b"",
]


@pytest.mark.parametrize("packet", HOSTILE)
def test_hostile_or_broken_packets_are_refused(packet: bytes) -> None:
    with pytest.raises(FormatError):
        read_xmp(packet)
    with pytest.raises(FormatError):
        update_xmp(packet, {"caption": "x"})


def test_update_sets_every_field_and_reads_back() -> None:
    packet = update_xmp(LIGHTROOM, NEW_VALUES)
    assert read_xmp(packet).values == NEW_VALUES


def test_update_keeps_prefixes_short_form_and_other_languages() -> None:
    packet = update_xmp(LIGHTROOM, {"caption": "New words", "city": "Velin Harbour"})
    text = packet.decode()
    assert "<d:description>" in text and "xmlns:dc=" not in text  # prefix kept, none added
    assert 'photoshop:City="Velin Harbour"' in text  # attribute stays an attribute
    assert "Bateaux de pêche au port" in text and 'xml:lang="en-GB"' in text
    assert read_xmp(packet).values["caption"] == "New words"


def test_attribute_is_converted_when_a_structure_is_needed() -> None:
    packet = update_xmp(packet_with("", 'dc:creator="Kai Ek"'), {"byline": ["Kai Ek", "Ana Lind"]})
    assert read_xmp(packet).values["byline"] == ["Kai Ek", "Ana Lind"]
    assert b'dc:creator="' not in packet


def test_none_and_empty_list_remove() -> None:
    packet = update_xmp(LIGHTROOM, {"city": None, "keywords": [], "caption": None})
    values = read_xmp(packet).values
    assert not {"city", "keywords", "caption"} & values.keys()
    assert values["credit"] == "Velin Daily"


def test_new_properties_use_standard_prefixes() -> None:
    packet = update_xmp(LIGHTROOM, {"persons": ["Ana Lind"], "sublocation": "North pier"})
    text = packet.decode()
    assert "<Iptc4xmpExt:PersonInImage>" in text and "<Iptc4xmpCore:Location>" in text
    assert 'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"' in text


def test_packet_wrapper_padding_and_idempotence() -> None:
    packet = update_xmp(None, NEW_VALUES)
    assert packet.startswith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'.encode())
    assert packet.endswith(b'<?xpacket end="w"?>')
    padding = packet[packet.rindex(b"</x:xmpmeta>") + 12 : -len(b'<?xpacket end="w"?>')]
    assert len(padding) >= 2000 and not padding.strip()  # room for in-place edits by others
    assert update_xmp(packet, NEW_VALUES) == packet
    again = update_xmp(LIGHTROOM, NEW_VALUES)
    assert update_xmp(again, NEW_VALUES) == again


def test_oversized_packet_is_refused_with_a_reason() -> None:
    with pytest.raises(UnsupportedError, match="65502"):
        update_xmp(None, {"caption": "x" * XMP_MAX_PACKET_BYTES})
    fits = update_xmp(None, {"caption": "x" * 62_000})
    assert len(fits) <= XMP_MAX_PACKET_BYTES


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("caption", "bell\x01", "0001"),
        ("byline", ["", "\ufffe"], "FFFE"),
        ("credit", "end\uffff", "FFFF"),
    ],
)
def test_characters_xml_cannot_hold_are_refused(field: str, value: object, code: str) -> None:
    with pytest.raises(UnsupportedError, match=f"U\\+{code}"):
        update_xmp(None, {field: value})  # type: ignore[dict-item]


def other_content(packet: bytes) -> list[str]:
    """Canonical XML of every property and attribute that is not one of ours."""
    ours = {(p.namespace, p.name) for p in PROPERTIES.values()}
    if packet.startswith(b"\x00<"):  # one corpus packet is UTF-16
        packet = packet.decode("utf-16-be").encode("utf-8")
    start, end = packet.index(b"<x:xmpmeta"), packet.rindex(b"</x:xmpmeta>") + 12
    root = ET.fromstring(packet[start:end])
    found = []
    for description in root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description"):
        for name, value in description.attrib.items():
            if tuple(name[1:].split("}")) not in ours:
                found.append(f"{name}={value}")
        for child in description:
            if tuple(child.tag[1:].split("}")) not in ours:
                found.append(ET.canonicalize(ET.tostring(child), strip_text=True))
    return sorted(found)


def test_every_other_property_survives() -> None:
    packet = update_xmp(LIGHTROOM, NEW_VALUES)
    assert other_content(packet) == other_content(LIGHTROOM)
    assert b"<!-- written by an imaginary editor -->" in packet


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_reads_our_values_and_every_other_tag_unchanged(tmp_path: Path) -> None:
    before, after = tmp_path / "before.xmp", tmp_path / "after.xmp"
    before.write_bytes(LIGHTROOM)
    after.write_bytes(update_xmp(LIGHTROOM, NEW_VALUES))
    proc = subprocess.run(
        ["exiftool", "-j", "-G1", "-a", "-struct", "-XMP:all", str(before), str(after)],
        capture_output=True,
        text=True,
        check=True,
    )
    old, new = json.loads(proc.stdout)
    assert new["XMP-dc:Description"] == NEW_VALUES["caption"]
    assert new["XMP-dc:Creator"] == NEW_VALUES["byline"]
    assert new["XMP-iptcExt:PersonInImage"] == NEW_VALUES["persons"]
    assert new["XMP-photoshop:TransmissionReference"] == NEW_VALUES["transmission_reference"]
    assert new["XMP-dc:Description-fr"] == old["XMP-dc:Description-fr"]
    for key in old.keys() | new.keys():
        if key not in EXIFTOOL_NAMES_OF_OURS and key != "SourceFile":
            assert old.get(key) == new.get(key), key


EXIFTOOL_NAMES_OF_OURS = {
    *(f"XMP-dc:{n}" for n in ("Description", "Title", "Rights", "Creator", "Subject")),
    *(
        f"XMP-photoshop:{n}"
        for n in [
            "Headline",
            "AuthorsPosition",
            "Credit",
            "Source",
            "DateCreated",
            "City",
            "State",
            "Country",
            "TransmissionReference",
            "Instructions",
        ]
    ),
    "XMP-iptcCore:Location",
    "XMP-iptcCore:CountryCode",
    "XMP-iptcExt:PersonInImage",
}


@pytest.mark.skipif(shutil.which("exiv2") is None, reason="exiv2 not installed")
def test_exiv2_reads_what_we_wrote(tmp_path: Path) -> None:
    sidecar = tmp_path / "photo.xmp"
    sidecar.write_bytes(update_xmp(None, NEW_VALUES))
    proc = subprocess.run(
        ["exiv2", "-PXkv", str(sidecar)], capture_output=True, check=False, timeout=60
    )
    lines = proc.stdout.decode("utf-8").splitlines()
    assert any(
        line.startswith("Xmp.photoshop.Credit") and "Velin Daily / Mira" in line for line in lines
    )
    assert any(
        "Xmp.dc.description" in line and "Night ferry leaving Port Velin" in line for line in lines
    )


# --- the real corpus ---------------------------------------------------------------------------


def app1_xmp(jpeg: bytes) -> bytes | None:
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        if marker in (0xDA, 0xD9):
            return None
        length = int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
        body = jpeg[pos + 4 : pos + 2 + length]
        if marker == 0xE1 and body.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
            return body[29:]
        pos += 2 + length
    return None


GROUND_TRUTH = {
    "caption": "XMP-dc:Description",
    "title": "XMP-dc:Title",
    "copyright": "XMP-dc:Rights",
    "byline": "XMP-dc:Creator",
    "keywords": "XMP-dc:Subject",
    "credit": "XMP-photoshop:Credit",
    "source": "XMP-photoshop:Source",
    "headline": "XMP-photoshop:Headline",
    "city": "XMP-photoshop:City",
    "country": "XMP-photoshop:Country",
    "byline_title": "XMP-photoshop:AuthorsPosition",
    "instructions": "XMP-photoshop:Instructions",
    "sublocation": "XMP-iptcCore:Location",
    "country_code": "XMP-iptcCore:CountryCode",
    "persons": "XMP-iptcExt:PersonInImage",
}


def corpus_packets() -> list[tuple[dict[str, object], bytes]]:
    truth = CORPUS / "metadata.jsonl"
    if not truth.exists():
        pytest.skip("corpus not available")
    found = []
    for line in truth.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        path = CORPUS / record["SourceFile"]
        if path.suffix.lower() in (".jpg", ".jpeg"):
            packet = app1_xmp(path.read_bytes())
            if packet is not None:
                found.append((record, packet))
    return found


def as_strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def test_corpus_agrees_with_exiftool() -> None:
    compared = 0
    for record, packet in corpus_packets():
        values = read_xmp(packet).values
        for field, key in GROUND_TRUTH.items():
            expected = record.get(key)
            got = values.get(field)
            if expected is None:
                assert got is None, (record["SourceFile"], field)
                continue
            assert got is not None, (record["SourceFile"], field)
            assert as_strings(got) == as_strings(expected), (record["SourceFile"], field)
            compared += 1
    assert compared > 100


def test_corpus_packets_survive_an_update() -> None:
    for record, packet in corpus_packets():
        updated = update_xmp(packet, {"caption": "Replaced", "byline": ["Kai Ek"]})
        values = read_xmp(updated).values
        assert values["caption"] == "Replaced" and values["byline"] == ["Kai Ek"]
        assert other_content_or_none(updated) == other_content_or_none(packet), record["SourceFile"]


def other_content_or_none(packet: bytes) -> list[str] | None:
    try:
        return other_content(packet)
    except (ValueError, ET.ParseError):
        return None  # a packet without x:xmpmeta: compared through read_xmp only


# --- properties ----------------------------------------------------------------------------------

XML_TEXT = st.text(  # what XML 1.0 can hold (U+FFFE and U+FFFF are refused: tested apart)
    st.characters(codec="utf-8", min_codepoint=0x20, exclude_characters="\ufffe\uffff")
    | st.sampled_from("\t\n\r"),
    max_size=60,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "caption": XML_TEXT,
            "credit": XML_TEXT,
            "city": st.none() | XML_TEXT,
            "byline": st.lists(XML_TEXT, max_size=4),
            "keywords": st.lists(XML_TEXT, min_size=1, max_size=4),
        },
    ),
    st.booleans(),
)
def test_update_then_read_returns_what_was_set(
    values: dict[str, str | list[str] | None], start_from_lightroom: bool
) -> None:
    packet = update_xmp(LIGHTROOM if start_from_lightroom else None, values)
    read = read_xmp(packet).values
    for field, value in values.items():
        assert read.get(field) == (None if value == [] else value), field


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_captions_errors(data: bytes) -> None:
    for blob in (data, b"<x:xmpmeta " + data, LIGHTROOM[:200] + data):
        with contextlib.suppress(CaptionsError):
            read_xmp(blob)
