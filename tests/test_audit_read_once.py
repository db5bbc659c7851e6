"""The audit opens each file once: the picture digest and the XMP GPS flag come with the read
(the GPS rule itself: tests/test_audit_rules.py)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest
from audit_fixtures import make_jpeg
from hypothesis import given
from hypothesis import strategies as st

import captions.metadata
import captions.remote
from captions.audit import audit_results
from captions.audit.config import AuditConfig


def test_every_file_is_opened_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(3):
        make_jpeg(tmp_path, f"{number}.jpg", seed=number)
    make_jpeg(tmp_path, "copy.jpg", seed=0, credit="Other Agency")  # D002: the digest is used
    opened: list[str] = []
    real_open = captions.remote.open_binary

    def counting_open(name: str) -> BinaryIO:
        opened.append(name)
        return real_open(name)

    monkeypatch.setattr(captions.remote, "open_binary", counting_open)
    monkeypatch.setattr(captions.metadata, "open_binary", counting_open)
    results = list(audit_results([tmp_path], AuditConfig()))
    assert any(f.code == "D002" for r in results for f in r.findings)
    assert sorted(opened) == sorted(str(p) for p in tmp_path.iterdir())


def test_the_audit_does_not_import_the_near_duplicate_search(tmp_path: Path) -> None:
    import subprocess
    import sys

    make_jpeg(tmp_path, "a.jpg")
    code = (
        "import sys\n"
        "from captions.audit import audit_results\n"
        "from captions.audit.config import AuditConfig\n"
        f"list(audit_results([{str(tmp_path)!r}], AuditConfig()))\n"
        "print(sorted(m for m in ('rapidfuzz', 'captions.dupes.near') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_every_reporter_is_found_by_its_name() -> None:
    from captions.audit.reporters import REPORTERS, reporter_names

    assert tuple(REPORTERS) == reporter_names()
    assert all(cls.name == name for name, cls in REPORTERS.items())


SAMPLES = [
    "Ferries at dawn XXX",
    "TK TK",
    "Caption Here please",
    "CAPTİON HERE",
    "lorem ipſum dolor",
    "Insert caption",
    "headLINE here",
    "A quiet harbour on March 14, 2025.",
    "TBD-2",
    "xFPOx and FPO",
]


@given(st.text(alphabet=st.sampled_from(list("XTKBDFPOcaptionhedlrmsuı İſ-_ \u212a")), max_size=40))
def test_the_placeholder_prefilter_never_hides_a_match(text: str) -> None:
    from captions.audit.checks import _PLACEHOLDERS, may_hold_placeholder

    if _PLACEHOLDERS.search(text):
        assert may_hold_placeholder(text)


def test_the_placeholder_prefilter_on_samples() -> None:
    from captions.audit.checks import _PLACEHOLDERS, may_hold_placeholder

    for text in SAMPLES:
        assert may_hold_placeholder(text) or not _PLACEHOLDERS.search(text), text
    assert not may_hold_placeholder("A quiet harbour on March 14, 2025.")


def test_expanded_paths_are_not_walked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import captions.audit

    first, second = make_jpeg(tmp_path, "a.jpg"), make_jpeg(tmp_path, "b.jpg", seed=1)
    expected = [r.path for r in audit_results([tmp_path], AuditConfig())]

    def no_walk(*args: object) -> list[str]:
        raise AssertionError("walked again")

    monkeypatch.setattr(captions.audit, "iter_image_paths", no_walk)
    again = [r.path for r in audit_results([str(first), str(second)], AuditConfig(), expanded=True)]
    assert again == expected
