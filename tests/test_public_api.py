"""The public API: a small, tested `__all__`, imported lazily."""

from __future__ import annotations

import subprocess
import sys

import pytest

import captions
from captions.errors import CaptionsError


def test_all_names_resolve() -> None:
    for name in captions.__all__:
        assert getattr(captions, name) is not None, name


def test_all_is_exactly_the_public_api() -> None:
    assert sorted(captions.__all__) == sorted(
        [
            "__version__",
            "audit_images",
            "extract",
            "format_credit",
            "match_photos",
            "parse_credit",
            "read",
            "write",
        ]
    )


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError):
        captions.no_such_thing  # noqa: B018


def test_import_is_light() -> None:
    code = (
        "import sys, captions; "
        "bad = {'typer', 'PIL', 'rich'} & set(sys.modules); assert not bad, bad"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_credit_round_trip_through_the_public_api() -> None:
    credit = captions.parse_credit("Maren Solberg/Pool/AFP via Getty Images")
    assert credit.photographers == ("Maren Solberg",)
    assert credit.pool and credit.agencies == ("AFP",)
    assert captions.format_credit(credit, "getty") == "Maren Solberg/Pool/AFP via Getty Images"


def test_read_of_a_missing_file_is_a_captions_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CaptionsError):
        captions.read(tmp_path / "missing.jpg")


def test_api_functions_survive_importing_their_subpackages() -> None:
    code = (
        "import captions.audit.rules, captions.match.assign, captions; "
        "assert callable(captions.audit_images) and callable(captions.match_photos); "
        "import captions.audit, captions.match; assert callable(captions.audit_images)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
