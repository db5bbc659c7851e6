"""PNG, WebP and TIFF writing under damage: one byte changed anywhere, or the file cut short,
gives a refusal (CaptionsError) or a write that verifies and reads back; never a traceback."""

from __future__ import annotations

import functools

from format_fixtures import make_png, make_tiff, make_webp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions import metadata
from captions.errors import CaptionsError

TARGETS: dict[str, metadata.Value | None] = {"caption": "Gulls over the pier", "byline": "Kai Ek"}


@functools.cache
def samples() -> tuple[bytes, ...]:
    return (
        make_png(rich=True),
        make_png(legacy_exif=True),
        make_webp("rich"),
        make_webp("lossy"),
        make_webp("animated"),
        make_tiff("MM", rich=True),
        make_tiff(pages=2),
    )


def check(data: bytes) -> None:
    try:
        new, _, _ = metadata.plan(data, TARGETS)
    except CaptionsError:
        return
    metadata.verify(new, data, TARGETS)  # what the writer checks before the rename
    again, before, _ = metadata.plan(new, TARGETS)
    assert again == new  # the values read back as written
    assert before.fields["caption"].value == TARGETS["caption"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 6), st.integers(0, 1 << 20), st.integers(0, 255))
def test_one_changed_byte_is_refused_or_written_soundly(which: int, at: int, value: int) -> None:
    data = bytearray(samples()[which])
    data[at % len(data)] = value
    check(bytes(data))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 6), st.integers(0, 1 << 20))
def test_a_file_cut_short_is_refused_or_written_soundly(which: int, at: int) -> None:
    data = samples()[which]
    check(data[: at % len(data)])
