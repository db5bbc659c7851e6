"""`audit --fix` cleans the folders it may write of temporary files that killed writes left."""

from __future__ import annotations

from pathlib import Path

from audit_fixtures import make_jpeg

from captions.audit import audit_results
from captions.audit.config import AuditConfig


def _leftover(folder: Path) -> Path:
    temp = folder / ".killed.jpg.captions-tmp-abcd1234"
    temp.write_bytes(b"half of a picture")
    return temp


def test_fix_removes_stale_temps_and_says_so_once(tmp_path: Path) -> None:
    first = make_jpeg(tmp_path, name="a.jpg", credit="REUTERS / Ada Lindqvist")
    make_jpeg(tmp_path, name="b.jpg")
    temp = _leftover(tmp_path)
    results = list(audit_results([tmp_path], AuditConfig(), fix=True))
    assert not temp.exists()
    reported = [(r.path, r.removed_temps) for r in results if r.removed_temps]
    assert reported == [(str(first), (str(temp),))]


def test_audit_without_fix_leaves_them(tmp_path: Path) -> None:
    make_jpeg(tmp_path, name="a.jpg")
    temp = _leftover(tmp_path)
    results = list(audit_results([tmp_path], AuditConfig()))
    assert temp.exists()
    assert all(r.removed_temps == () for r in results)


def test_the_command_line_reports_removed_temps(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from captions.cli import main

    make_jpeg(tmp_path, name="a.jpg", credit="REUTERS / Ada Lindqvist")
    temp = _leftover(tmp_path)
    main(["audit", "--fix", "--isolated", str(tmp_path)])
    err = capsys.readouterr().err
    assert f"{temp}: removed a temporary file left by an interrupted write" in err
