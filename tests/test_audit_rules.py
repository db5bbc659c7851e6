"""Each per-file rule: a real JPEG that triggers it, and the clean JPEG that does not."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from audit_fixtures import (
    CLEAN,
    EXIFTOOL,
    codes,
    duplicate_exif_segment,
    exif_block,
    make_jpeg,
    needs_exiftool,
    patch_iim,
)

from captions.audit import audit_file, audit_results
from captions.audit.config import AuditConfig
from captions.audit.rules import RULES, Scope

ALL = AuditConfig()


def _undeclared_utf8(folder: Path) -> Path:
    path = make_jpeg(
        folder, caption="Ada Lindqvist meets Antonín Dvořák in Tarnby on March 4, 2026."
    )
    # 1:90 `ESC % G` (UTF-8) becomes dataset 1:00 with the same length: no declaration left.
    patch_iim(path, b"\x1c\x01\x5a\x00\x03\x1b\x25\x47", b"\x1c\x01\x00\x00\x03\x00\x04\x00")
    return path


def _stale_digest(folder: Path) -> Path:
    path = make_jpeg(folder, headline="Supporters gather in Tarnby")
    patch_iim(path, b"Supporters gather", b"Supporters gatheR")
    return path


def _exif_caption_differs(folder: Path) -> Path:
    import piexif

    path = make_jpeg(folder)
    exif = piexif.load(str(path))
    exif["0th"][piexif.ImageIFD.ImageDescription] = b"Piet Brouwer at the harbour in Malmo."
    piexif.insert(piexif.dump(exif), str(path))
    return path


# code -> (builder of a triggering JPEG in a folder, configuration to audit it with); the
# picture that must not trigger it is the clean one, or the one in PASSING.
Builder = Callable[[Path], Path]
TRIGGERS: dict[str, tuple[Builder, AuditConfig]] = {
    "M001": (lambda d: make_jpeg(d, caption=None), ALL),
    "M002": (lambda d: make_jpeg(d, credit=None), ALL),
    "M003": (lambda d: make_jpeg(d, byline=None), ALL),
    "M004": (lambda d: make_jpeg(d, source=None), ALL),
    "M005": (lambda d: make_jpeg(d, copyright=None), ALL),
    "M006": (
        lambda d: make_jpeg(d, city=None),
        AuditConfig(required_fields=("city", "headline")),
    ),
    "C001": (lambda d: make_jpeg(d, credit="REUTERS / Ada Lindqvist"), ALL),
    "C002": (lambda d: make_jpeg(d, credit="Ada Lindqvist/NWPX"), ALL),
    "C003": (lambda d: make_jpeg(d, byline=["Piet Brouwer"]), ALL),
    "C004": (lambda d: make_jpeg(d, credit="STR/Reuters", byline=None), ALL),
    "C005": (
        lambda d: make_jpeg(
            d, caption=CLEAN["caption"] + " Ada Lindqvist/Pool/Reuters via Wireco Images"
        ),
        ALL,
    ),
    "C006": (
        lambda d: make_jpeg(d, copyright="Reuters"),
        AuditConfig(copyright_template="(c) {year} {source}"),
    ),
    "C007": (
        lambda d: make_jpeg(d, credit="Mara Quist/Instagram"),
        AuditConfig(denied_usage=("social",), allowed_suppliers=("Reuters", "Instagram")),
    ),
    "S001": (_exif_caption_differs, ALL),
    "S002": (_stale_digest, ALL),
    "S003": (_undeclared_utf8, ALL),
    "S004": (
        lambda d: make_jpeg(d, byline=["Ada Lindqvist-Brouwer of Northwind Press"], full_iim=True),
        ALL,
    ),
    "S005": (lambda d: _then(make_jpeg(d), duplicate_exif_segment), ALL),
    "T001": (lambda d: make_jpeg(d, caption="Ada Lindqvist speaks in TK on March 4, 2026."), ALL),
    "T002": (lambda d: make_jpeg(d, date_created="2026-03-05"), ALL),
    "T003": (
        lambda d: make_jpeg(d),
        AuditConfig(caption_template="{city}, {country} - {text}"),
    ),
    "P001": (lambda d: make_jpeg(d, exif=exif_block(gps=True)), ALL),
    "P002": (lambda d: make_jpeg(d, exif=exif_block(owner="Ada Lindqvist")), ALL),
    "P003": (lambda d: make_jpeg(d, exif=exif_block(serial="4711080815")), ALL),
    "F001": (lambda d: _then(make_jpeg(d), _wipe_start), ALL),
    "F002": (  # EXIF Copyright in cp1252, not UTF-8: read, with a warning
        lambda d: make_jpeg(d, copyright=None, exif=exif_block(copyright=b"\xa9 2026 Reuters")),
        ALL,
    ),
}


PASSING: dict[str, Builder] = {
    "T003": lambda d: make_jpeg(d, "clean.jpg", caption="Tarnby, Denmark - " + CLEAN["caption"]),
}


def _then(path: Path, change: Callable[[Path], None]) -> Path:
    change(path)
    return path


def _wipe_start(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"\x00" * 16 + data[16:])  # the SOI marker and the signature are gone


def test_every_file_rule_has_a_trigger() -> None:
    file_rules = {r.code for r in RULES if r.scope is Scope.FILE}
    assert file_rules == set(TRIGGERS)


def test_the_clean_picture_triggers_nothing(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path)
    everything = AuditConfig(
        required_fields=("city", "headline"),
        caption_template="{text}",
        copyright_template="(c) {year} {source}",
    )
    assert audit_file(path, everything) == []


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_rule_triggers_on_its_picture(code: str, tmp_path: Path) -> None:
    build, config = TRIGGERS[code]
    path = build(tmp_path)
    found = [f for f in audit_file(path, config) if f.code == code]
    assert found, f"{code} not found in {codes(audit_file(path, config))}"
    finding = found[0]
    assert finding.path == str(path)
    assert finding.message and "\n" not in finding.message
    passing = PASSING.get(code, lambda d: make_jpeg(d, "clean.jpg"))(tmp_path)
    assert code not in codes(audit_file(passing, config))


def test_rule_can_be_ignored(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, caption=None, credit=None)
    assert {"M001", "M002"} <= codes(audit_file(path, ALL))
    ignored = replace(ALL, ignore=("missing-caption", "M002"))
    assert not {"M001", "M002"} & codes(audit_file(path, ignored))


def test_messages_name_what_is_wrong(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, credit="REUTERS / Ada Lindqvist")
    (finding,) = [f for f in audit_file(path, ALL) if f.code == "C001"]
    assert "REUTERS / Ada Lindqvist" in finding.message
    assert finding.field == "credit" and finding.fixable


def test_junk_token_spares_names_that_look_like_tokens(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, credit="Minh Ho/Reuters", byline=["Minh Ho"])
    assert "C004" not in codes(audit_file(path, ALL))


def test_known_agency_from_configuration(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, credit="Ada Lindqvist/NWPX")
    assert "C002" not in codes(audit_file(path, AuditConfig(known_agencies=("NWPX",))))


def test_split_layout_credit_without_photographer_is_not_c003(tmp_path: Path) -> None:
    # `captions apply` (split layout) writes the photographer to the by-line only.
    path = make_jpeg(tmp_path, credit="Pool/Reuters")
    assert "C003" not in codes(audit_file(path, ALL))


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    path = make_jpeg(tmp_path / "archive", byline=None)
    config = AuditConfig(root=str(tmp_path), per_file_ignores=(("archive/**", ("M003",)),))
    assert "M003" not in codes(audit_file(path, config))
    assert "M003" in codes(audit_file(path, replace(config, root=str(tmp_path / "elsewhere"))))


def test_non_jpeg_findings_are_not_fixable(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "photo.png"
    Image.new("RGB", (8, 8)).save(path)
    found = audit_file(path, ALL)
    assert "M001" in codes(found)
    assert not any(f.fixable for f in found)


def test_unreadable_file_named_explicitly_is_a_finding(tmp_path: Path) -> None:
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture")
    (finding,) = audit_file(text, ALL)
    assert finding.code == "F001" and finding.path == str(text)
    assert finding.message and not finding.message.startswith(str(text))  # said once, not twice


def test_folder_rules_duplicate_caption(tmp_path: Path) -> None:
    make_jpeg(tmp_path, "a.jpg", seed=1)
    make_jpeg(tmp_path, "b.jpg", seed=2)  # another picture, same caption
    make_jpeg(tmp_path, "c.jpg", seed=3, caption="Piet Brouwer at the harbour on March 4, 2026.")
    found = [f for r in audit_results([tmp_path], ALL) for f in r.findings if f.code == "D001"]
    assert sorted(Path(f.path).name for f in found) == ["a.jpg", "b.jpg"]


def test_folder_rules_conflicting_credits(tmp_path: Path) -> None:
    from captions.metadata import write

    first = make_jpeg(tmp_path, "a.jpg", seed=1)
    shutil.copy(first, tmp_path / "b.jpg")  # same picture ...
    write(tmp_path / "b.jpg", {"credit": "Piet Brouwer/Reuters"})  # ... another credit
    shutil.copy(first, tmp_path / "c.jpg")  # same picture, same credit: no D002 of its own
    found = [f for r in audit_results([tmp_path], ALL) for f in r.findings]
    d002 = sorted(Path(f.path).name for f in found if f.code == "D002")
    assert d002 == ["a.jpg", "b.jpg", "c.jpg"]
    # Copies of one picture with one caption are not "one caption on different pictures".
    assert "D001" not in codes(found)


def test_folder_rules_quiet_on_distinct_pictures(tmp_path: Path) -> None:
    make_jpeg(tmp_path, "a.jpg", seed=1)
    make_jpeg(tmp_path, "b.jpg", seed=2, caption="Piet Brouwer at the harbour on March 4, 2026.")
    found = [f for r in audit_results([tmp_path], ALL) for f in r.findings]
    assert found == []


def test_article_rules_are_reserved_and_silent_in_audit(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, caption=None)
    only_article = AuditConfig(select=("A",))
    assert audit_file(path, only_article) == []


@needs_exiftool
def test_gps_in_xmp_is_found_too(tmp_path: Path) -> None:
    import subprocess

    path = make_jpeg(tmp_path)
    assert EXIFTOOL is not None
    subprocess.run(
        [EXIFTOOL, "-q", "-overwrite_original", "-XMP-exif:GPSLatitude=55.6", str(path)],
        check=True,
    )
    (finding,) = [f for f in audit_file(path, ALL) if f.code == "P001"]
    assert "XMP" in finding.message


def test_duplicate_caption_ignores_pictures_it_cannot_tell_apart(tmp_path: Path) -> None:
    from PIL import Image as PilImage
    from PIL.PngImagePlugin import PngInfo

    from captions.formats.xmp import update_xmp
    from captions.metadata import read

    jpeg = make_jpeg(tmp_path, "a.jpg", seed=1)
    info = PngInfo()  # the same photo as PNG, with the same caption in XMP
    info.add_itxt("XML:com.adobe.xmp", update_xmp(None, {"caption": CLEAN["caption"]}).decode())
    PilImage.open(jpeg).save(tmp_path / "a.png", pnginfo=info)
    assert read(tmp_path / "a.png").fields["caption"].value == CLEAN["caption"]
    found = [f for r in audit_results([tmp_path], ALL) for f in r.findings]
    assert "D001" not in codes(found)
