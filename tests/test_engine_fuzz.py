"""Hostile bytes: reading raises only CaptionsError; a refused write changes nothing."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import pytest
from engine_fixtures import rich_jpeg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions import metadata
from captions.errors import CaptionsError

BASE = rich_jpeg()
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _read_and_write(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.jpg"
        path.write_bytes(data)
        with contextlib.suppress(CaptionsError):
            metadata.read(path)
        try:
            metadata.write(path, {"caption": "Zoë", "credit": "ACME"})
        except CaptionsError:
            assert path.read_bytes() == data
        else:
            metadata.read(path)


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_after_soi(data: bytes) -> None:
    _read_and_write(b"\xff\xd8" + data)


@SETTINGS
@given(st.integers(0, len(BASE) - 1), st.integers(0, 255))
def test_one_corrupted_byte(offset: int, value: int) -> None:
    data = bytearray(BASE)
    data[offset] = value
    _read_and_write(bytes(data))


@SETTINGS
@given(st.integers(2, 1200))
def test_truncated_header(size: int) -> None:
    _read_and_write(BASE[:size])


def test_an_xmp_packet_too_large_for_one_segment_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    path.write_bytes(BASE)
    with pytest.raises(CaptionsError, match="APP1|does not fit"):
        metadata.write(path, {"caption": "Ł" * 40000})
    assert path.read_bytes() == BASE
