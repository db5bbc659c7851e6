"""`set`, `apply` and `audit --fix` accept PNG, WebP and TIFF; read-only formats say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_fixtures import make_png, make_tiff, make_webp
from PIL import Image

from captions import metadata
from captions.audit import audit_file, audit_results
from captions.audit.config import AuditConfig
from captions.cli.app import run

BUILDERS = {".png": make_png, ".webp": make_webp, ".tif": make_tiff}


@pytest.mark.parametrize("suffix", sorted(BUILDERS))
def test_audit_fix_writes_the_credit_in_house_style(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"picture{suffix}"
    path.write_bytes(BUILDERS[suffix]())
    metadata.write(path, {"caption": "Gulls over the pier", "credit": "REUTERS / Ada Lindqvist"})
    findings = audit_file(path, AuditConfig())
    credit = [f for f in findings if f.code == "C001"]
    assert credit and credit[0].fixable
    (result,) = list(audit_results([path], AuditConfig(), fix=True))
    assert result.errors == ()
    assert any(change.startswith("credit:") for change in result.fixed)
    assert metadata.read(path).fields["credit"].value != "REUTERS / Ada Lindqvist"


@pytest.mark.parametrize("suffix", sorted(BUILDERS))
def test_set_accepts_the_format(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"picture{suffix}"
    path.write_bytes(BUILDERS[suffix]())
    assert run(["set", str(path), "--caption", "Gulls over the pier"]) == 0
    assert "changed caption" in capsys.readouterr().out
    assert metadata.read(path).fields["caption"].value == "Gulls over the pier"


@pytest.mark.parametrize(("fmt", "name"), [("GIF", "GIF"), ("BMP", "BMP")])
def test_a_read_only_format_is_refused_in_one_clear_line(
    tmp_path: Path, fmt: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"picture.{fmt.lower()}"
    Image.new("RGB", (4, 4)).save(path, fmt)
    before = path.read_bytes()
    assert run(["set", str(path), "--caption", "Gulls"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"captions: error: {path}: {name} files are read, never written: captions "
        f"cannot write {name}"
    ]
    assert path.read_bytes() == before


@pytest.mark.parametrize("suffix", sorted(BUILDERS))
def test_apply_writes_the_matched_caption_into_the_format(tmp_path: Path, suffix: str) -> None:
    from dataclasses import replace

    from match_fixtures import CAPTION_SPEAKS, event_article, wire_values

    from captions.apply import apply
    from captions.match import match

    jpeg = tmp_path / "speaks.jpg"
    Image.new("RGB", (16, 16)).save(jpeg, "JPEG")
    metadata.write(jpeg, wire_values("speaks"))
    target = tmp_path / f"speaks{suffix}"
    target.write_bytes(BUILDERS[suffix]())
    article = event_article()
    result = match(article, [metadata.read(jpeg)])
    moved = replace(result, matches=(replace(result.matches[0], image=str(target)),))
    report = apply(article, moved)
    assert not report.errors
    assert metadata.read(target).fields["caption"].value == CAPTION_SPEAKS
