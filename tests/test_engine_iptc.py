"""IPTC-IIM datasets and Photoshop resources: decoding, writing rules, property tests."""

from __future__ import annotations

import contextlib
import hashlib
import sys

import pytest
from engine_fixtures import UNKNOWN_8BIM, iim_dataset, resource
from hypothesis import given
from hypothesis import strategies as st

from captions.errors import CaptionsError, FormatError
from captions.formats import iptc
from captions.formats.iptc import Dataset


def test_declared_utf8_is_read_as_utf8() -> None:
    data = iim_dataset(1, 90, b"\x1b%G") + iim_dataset(2, 120, "Zoë Łódź 東京".encode())
    found = iptc.read_iim(data)
    assert found.values["caption"] == "Zoë Łódź 東京"
    assert found.charset == "utf-8"
    assert found.warnings == ()


def test_undeclared_valid_utf8_is_read_as_utf8_with_a_warning() -> None:
    found = iptc.read_iim(iim_dataset(2, 116, "© Ana Ruiz".encode()))
    assert found.values["copyright"] == "© Ana Ruiz"
    assert found.charset == "undeclared-utf-8"
    assert any("read as UTF-8" in w for w in found.warnings)


def test_undeclared_legacy_text_is_read_as_cp1252_with_a_warning() -> None:
    found = iptc.read_iim(iim_dataset(2, 80, "Jörg Märtens \u2013 Bild".encode("cp1252")))
    assert found.values["byline"] == ["Jörg Märtens \u2013 Bild"]
    assert found.charset == "undeclared-cp1252"
    assert any("cp1252" in w for w in found.warnings)


def test_undeclared_ascii_needs_no_warning() -> None:
    found = iptc.read_iim(iim_dataset(2, 110, b"ACME"))
    assert (found.charset, found.warnings) == ("undeclared-ascii", ())


def test_declared_latin1_is_honoured() -> None:
    data = iim_dataset(1, 90, b"\x1b-A") + iim_dataset(2, 90, "Malmö".encode("latin-1"))
    found = iptc.read_iim(data)
    assert found.values["city"] == "Malmö"
    assert found.charset == "declared:cp1252"


def test_repeatable_datasets_and_date_time() -> None:
    data = b"".join(
        [
            iim_dataset(2, 25, b"ferry"),
            iim_dataset(2, 25, b"port"),
            iim_dataset(2, 55, b"20261112"),
            iim_dataset(2, 60, b"114205+0100"),
        ]
    )
    found = iptc.read_iim(data)
    assert found.values["keywords"] == ["ferry", "port"]
    assert found.values["date_created"] == "2026-11-12T11:42:05+01:00"


def test_extended_length_dataset() -> None:
    text = b"x" * 40000
    encoded = iptc.encode_datasets([Dataset(2, 120, text)])
    assert encoded[3:5] == b"\x80\x04"
    assert iptc.read_iim(encoded).values["caption"] == text.decode()


def test_over_limit_values_are_reported() -> None:
    found = iptc.read_iim(iim_dataset(2, 110, b"C" * 40))
    assert found.over_limit == (("credit", 40, 32),)


def test_broken_stream_is_a_warning_when_reading_and_an_error_when_writing() -> None:
    data = iim_dataset(2, 120, b"Caption") + b"\x1c\x02\x50\x00\xffshort"
    found = iptc.read_iim(data)
    assert found.values["caption"] == "Caption"
    assert any("overruns" in w for w in found.warnings)
    with pytest.raises(FormatError, match="overruns"):
        iptc.update_iim(data, {"caption": "New"})


def test_write_declares_utf8_puts_record_version_first_and_sorts() -> None:
    old = iim_dataset(2, 122, b"ED") + iim_dataset(2, 5, b"Title") + iim_dataset(1, 20, b"\x00\x01")
    new, _ = iptc.update_iim(old, {"caption": "Neu: Zoë", "keywords": ["a", "b"]})
    datasets, problems = iptc.parse_datasets(new)
    tags = [(d.record, d.number) for d in datasets]
    assert problems == []
    assert tags == sorted(tags)
    assert tags[:3] == [(1, 20), (1, 90), (2, 0)]
    assert datasets[1].data == b"\x1b%G"
    assert Dataset(2, 122, b"ED") in datasets and Dataset(2, 5, b"Title") in datasets
    assert [d.data for d in datasets if d.number == 25] == [b"a", b"b"]


def test_write_replaces_ours_and_removes_with_none() -> None:
    old = (
        iim_dataset(2, 80, b"Old One") + iim_dataset(2, 80, b"Old Two") + iim_dataset(2, 110, b"X")
    )
    new, _ = iptc.update_iim(old, {"byline": ["New"], "credit": None})
    values = iptc.read_iim(new).values
    assert values["byline"] == ["New"]
    assert "credit" not in values


def test_write_transcodes_kept_legacy_text_to_utf8() -> None:
    old = iim_dataset(2, 90, "Göteborg".encode("cp1252")) + iim_dataset(2, 200, b"\xe9\x00")
    new, _ = iptc.update_iim(old, {"caption": "Hamnen"})
    found = iptc.read_iim(new)
    assert found.values["city"] == "Göteborg"
    assert Dataset(2, 200, b"\xe9\x00") in found.datasets  # binary dataset untouched


def test_cut_at_the_byte_limit_on_a_character_boundary() -> None:
    value = "Ł" * 20  # 40 bytes in UTF-8; limit 32 for By-line
    new, warnings = iptc.update_iim(None, {"byline": [value]})
    stored = iptc.read_iim(new).values["byline"]
    assert stored == ["Ł" * 16]
    assert warnings and "cut from 40 to 32 bytes" in warnings[0]
    full, none = iptc.update_iim(None, {"byline": [value]}, full=True)
    assert iptc.read_iim(full).values["byline"] == [value] and none == []


@pytest.mark.parametrize(
    ("data", "limit", "expected"),
    [(b"abcdef", 4, b"abcd"), ("aé".encode(), 2, b"a"), ("東京".encode(), 5, "東".encode())],
)
def test_cut_utf8(data: bytes, limit: int, expected: bytes) -> None:
    assert iptc.cut_utf8(data, limit) == expected


def test_date_values() -> None:
    assert iptc.iim_date("2026-11-12") == (b"20261112", None)
    assert iptc.iim_date("2026-11-12T09:05:00+01:00") == (b"20261112", b"090500+0100")
    with pytest.raises(FormatError):
        iptc.iim_date("12.11.2026")


def test_8bim_keeps_other_resources_and_sets_the_digest() -> None:
    old_iim = iim_dataset(2, 120, b"Old")
    block = UNKNOWN_8BIM + resource(0x0404, old_iim) + resource(0x03ED, b"\x00" * 16)
    new_iim, _ = iptc.update_iim(old_iim, {"caption": "New"})
    rebuilt = iptc.update_8bim(block, new_iim)
    resources = iptc.parse_8bim(rebuilt)
    assert rebuilt.startswith(UNKNOWN_8BIM)
    assert resource(0x03ED, b"\x00" * 16) in rebuilt
    assert [r.id for r in resources] == [0x0BB7, 0x0404, 0x03ED, 0x0425]
    digest = next(r.data for r in resources if r.id == 0x0425)
    assert digest == hashlib.md5(new_iim).digest()
    assert iptc.digest_state(resources) == "match"


@pytest.mark.parametrize("builtin_md5", [True, False])
@given(data=st.binary(max_size=3000))
def test_iim_digest_is_hashlibs_md5_with_or_without_the_builtin_md5(
    builtin_md5: bool, data: bytes
) -> None:
    # `iim_digest` uses CPython's `_md5` when the build has it (start-up, issue 16) and hashlib
    # otherwise; a build without `_md5` is imitated by blocking its import.
    with pytest.MonkeyPatch.context() as patch:
        if not builtin_md5:
            patch.setitem(sys.modules, "_md5", None)
        assert iptc.iim_digest(data) == hashlib.md5(data).digest()


def test_digest_states() -> None:
    iim = iim_dataset(2, 120, b"x")
    assert iptc.digest_state(iptc.parse_8bim(resource(0x0404, iim))) == "absent"
    stale = resource(0x0404, iim) + resource(0x0425, b"\x00" * 16)
    assert iptc.digest_state(iptc.parse_8bim(stale)) == "stale"
    assert iptc.digest_state(iptc.parse_8bim(UNKNOWN_8BIM)) is None


def test_broken_8bim_is_refused() -> None:
    with pytest.raises(FormatError, match="overruns"):
        iptc.parse_8bim(b"8BIM\x04\x04\x00\x00\x00\x00\x10\x00abc")


datasets = st.lists(
    st.builds(
        Dataset,
        record=st.integers(1, 9),
        number=st.integers(0, 255),
        data=st.binary(max_size=200) | st.just(b"\xab" * 33000),
    ),
    max_size=8,
)


@given(datasets)
def test_dataset_codec_round_trips(found: list[Dataset]) -> None:
    assert iptc.parse_datasets(iptc.encode_datasets(found), strict=True)[0] == found


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)


@given(st.dictionaries(st.sampled_from(sorted(set(iptc.FIELD_DATASETS) - {"date_created"})), text))
def test_written_values_read_back(values: dict[str, str]) -> None:
    model = {k: [v] if k in ("byline", "keywords") else v for k, v in values.items()}
    new, _ = iptc.update_iim(None, model, full=True)
    read = iptc.read_iim(new).values
    assert {k: read[k] for k in model} == model


@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_captions_errors(data: bytes) -> None:
    iptc.read_iim(data)
    iptc.parse_8bim_lenient(data)
    for call in (lambda: iptc.parse_8bim(data), lambda: iptc.update_iim(data, {"caption": "x"})):
        with contextlib.suppress(CaptionsError):
            call()
