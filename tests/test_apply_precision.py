"""`apply` never makes a field less precise and never replaces what the file states with a guess.

Each test writes a wire file (fictional values), applies an article's photo to it through the
matcher's result, and reads the file back with our reader (and exiftool where it is installed).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from audit_fixtures import pixels
from match_fixtures import CAPTION_SPEAKS, FILES, TITLE, event_article, wire_values

from captions import metadata
from captions.apply import HouseStyle, apply, headline_of, keep_what_the_file_states
from captions.match import match
from captions.metadata import FieldValue


def wire_file(folder: Path, **changes: Any) -> Path:
    """The `speaks` wire picture with `changes` to its metadata (None removes a field)."""
    path = folder / "GettyImages-2001234567.jpg"
    path.write_bytes(pixels(1))
    values = {k: v for k, v in {**wire_values("speaks"), **changes}.items() if v is not None}
    metadata.write(path, values)
    return path


def apply_speaks(
    folder: Path, path: Path, title: str = TITLE, **occurrence_changes: Any
) -> dict[str, Any]:
    """Apply the article's first photo to `path`; the fields as read back afterwards."""
    article = replace(event_article(**occurrence_changes), title=title)
    result = match(article, [metadata.read(path)])
    [found] = result.matches
    report = apply(article, replace(result, matches=(replace(found, write=True, photo=0),)))
    assert not report.errors, report.errors
    return {name: fv.value for name, fv in metadata.read(path).fields.items()}


def test_a_date_time_whose_day_agrees_is_kept_whole(tmp_path: Path) -> None:
    path = wire_file(tmp_path, date_created="2025-03-14T11:42:05+01:00")
    fields = apply_speaks(tmp_path, path)
    assert fields["date_created"] == "2025-03-14T11:42:05+01:00"
    assert fields["caption"] == CAPTION_SPEAKS  # the caption itself was written


def test_a_corrected_day_keeps_whole_seconds_of_a_fractional_time() -> None:
    current = {"date_created": FieldValue("2025-03-13T23:10:00.25-05:00")}
    corrected = keep_what_the_file_states({"date_created": "2025-03-14"}, current)
    assert corrected == {"date_created": "2025-03-14T23:10:00-05:00"}


def test_a_wrong_day_is_corrected_keeping_time_and_zone(tmp_path: Path) -> None:
    path = wire_file(tmp_path, date_created="2025-03-13T23:10:00-05:00")
    assert apply_speaks(tmp_path, path)["date_created"] == "2025-03-14T23:10:00-05:00"


def test_a_missing_date_is_filled_with_the_article_day(tmp_path: Path) -> None:
    path = wire_file(tmp_path, date_created=None)
    assert apply_speaks(tmp_path, path)["date_created"] == "2025-03-14"


def test_a_city_the_caption_names_stays_as_the_agency_wrote_it(tmp_path: Path) -> None:
    # The extractor picked another place the caption mentions; the file's city is in the caption.
    path = wire_file(tmp_path, city="LISBON")
    fields = apply_speaks(tmp_path, path, place="Necessidades")
    assert fields["city"] == "LISBON"


def test_a_city_the_caption_does_not_name_is_replaced(tmp_path: Path) -> None:
    path = wire_file(tmp_path, city="Porto")
    assert apply_speaks(tmp_path, path)["city"] == "Lisbon"


@pytest.mark.parametrize("label", ["Supported by", "World", "Portugal", "Lisbon Talks:"])
def test_a_page_label_is_never_written_as_the_headline(tmp_path: Path, label: str) -> None:
    path = wire_file(tmp_path, headline="PORTUGAL-EU-FISHERIES-DIPLOMACY")
    fields = apply_speaks(tmp_path, path, title=label)
    assert fields["headline"] == "PORTUGAL-EU-FISHERIES-DIPLOMACY"


def test_the_article_headline_as_printed_replaces_the_agency_slug(tmp_path: Path) -> None:
    path = wire_file(tmp_path, headline="PORTUGAL-EU-FISHERIES-DIPLOMACY")
    assert apply_speaks(tmp_path, path)["headline"] == TITLE


def test_headline_of_reads_unspaced_scripts_by_characters() -> None:
    assert headline_of("里斯本渔业会谈重启协议谈判") == "里斯本渔业会谈重启协议谈判"
    assert headline_of("国际") is None and headline_of("") is None and headline_of(None) is None


def test_persons_the_file_lists_are_kept_and_the_article_adds(tmp_path: Path) -> None:
    path = wire_file(tmp_path, persons=["Ana Sousa", "MIRA OKONKWO"])
    assert apply_speaks(tmp_path, path)["persons"] == ["Ana Sousa", "MIRA OKONKWO", "Tomas Reyvik"]


def test_keep_what_the_file_states_is_pure() -> None:
    values = {"date_created": "2025-03-14", "city": "Lisbon", "caption": "At the quay in Lisbon."}
    current = {"date_created": FieldValue("2025-03-14T08:00:00.25+00:00")}
    assert keep_what_the_file_states(values, current) == {
        "city": "Lisbon",
        "caption": "At the quay in Lisbon.",
    }
    assert values["date_created"] == "2025-03-14"  # the caller's mapping is not changed


XMP_ALT = (
    b"http://ns.adobe.com/xap/1.0/\x00"
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt>'
    b'<rdf:li xml:lang="x-default">Old caption</rdf:li>'
    b'<rdf:li xml:lang="pt-PT">Legenda antiga do cais</rdf:li>'
    b"</rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
)


needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="no exiftool")


def with_language_alternatives(path: Path, values: dict[str, Any]) -> Path:
    """A picture whose XMP caption has an x-default and a Portuguese alternative, then `values`."""
    data = pixels(1)
    segment = b"\xff\xe1" + struct.pack(">H", len(XMP_ALT) + 2) + XMP_ALT
    path.write_bytes(data[:2] + segment + data[2:])
    metadata.write(path, values)
    return path


def exiftool_values(path: Path, *tags: str) -> list[str]:
    args = ["exiftool", "-s3", *tags, str(path)]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout.splitlines()


@needs_exiftool
def test_xmp_language_alternatives_survive_apply(tmp_path: Path) -> None:
    path = with_language_alternatives(tmp_path / FILES["speaks"], wire_values("speaks"))
    apply_speaks(tmp_path, path)
    out = exiftool_values(path, "-XMP-dc:Description-pt-PT", "-XMP-dc:Description")
    assert out == ["Legenda antiga do cais", CAPTION_SPEAKS]


def test_dry_run_reports_no_date_change_when_the_day_agrees(tmp_path: Path) -> None:
    path = wire_file(tmp_path, date_created="2025-03-14T11:42:05+01:00")
    article = event_article()
    result = match(article, [metadata.read(path)])
    [found] = result.matches
    moved = replace(result, matches=(replace(found, write=True, photo=0),))
    report = apply(article, moved, HouseStyle(), dry_run=True)
    changed = {name for name, _, _ in report.files[0].changes}
    assert "date_created" not in changed and "caption" in changed


@needs_exiftool
def test_audit_fix_keeps_date_time_zone_and_language_alternatives(tmp_path: Path) -> None:
    from captions.audit import audit_results
    from captions.audit.config import AuditConfig

    values = {**wire_values("speaks"), "date_created": "2025-03-14T11:42:05+01:00"}
    fixable = {**values, "credit": "POOL / afp via getty images"}  # C001: fixable
    path = with_language_alternatives(tmp_path / "wire.jpg", fixable)
    [result] = list(audit_results([path], AuditConfig(), fix=True))
    assert any(change.startswith("credit:") for change in result.fixed), result.fixed
    fields = metadata.read(path).fields
    assert fields["date_created"].value == "2025-03-14T11:42:05+01:00"
    out = exiftool_values(path, "-XMP-dc:Description-pt-PT", "-XMP-photoshop:DateCreated")
    assert out == ["Legenda antiga do cais", "2025:03:14 11:42:05+01:00"]
