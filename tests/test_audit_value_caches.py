"""The text rules remember their answer by the values they read (`checks._placeholder`,
`_date_mismatch`, `_junk_listed`: an archive repeats credits, by-lines and, walked twice, its
captions). A value met again gives the finding it gave the first time, and a value that differs
in what the rule reads gives its own."""

from __future__ import annotations

from pathlib import Path

from audit_fixtures import CLEAN, make_jpeg

from captions.audit import audit_one, checks
from captions.audit.config import AuditConfig

CONFIG = AuditConfig(select=("T001", "T002", "C004"))


def _messages(path: Path) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in audit_one(str(path), CONFIG).findings]


def test_a_value_met_again_gives_the_same_findings_and_another_value_its_own(
    tmp_path: Path,
) -> None:
    for cache in (checks._placeholder, checks._date_mismatch, checks._junk_listed):
        cache.cache_clear()
    odd = {"credit": "STR/Reuters", "byline": ["HO"], "headline": "TKTK headline"}
    first = _messages(make_jpeg(tmp_path, "a.jpg", seed=1, date_created="2026-03-05", **odd))
    assert [code for code, _ in first] == ["C004", "C004", "T001", "T002"]
    assert ("T002", "caption says 2026-03-04 but the picture was taken on 2026-03-05") in first
    again = _messages(make_jpeg(tmp_path, "b.jpg", seed=2, date_created="2026-03-05", **odd))
    assert again == first
    assert checks._date_mismatch.cache_info().hits >= 1
    assert checks._junk_listed.cache_info().hits >= 2
    # the same caption on a picture of the date it names: no T002 from the remembered answer
    right = _messages(make_jpeg(tmp_path, "c.jpg", seed=3, date_created=CLEAN["date_created"]))
    assert right == []
    # another credit: the tokens it holds, not those remembered for the first one
    other = _messages(make_jpeg(tmp_path, "d.jpg", seed=4, credit="#AFP/Reuters"))
    assert other == [("C004", "credit '#AFP/Reuters' contains placeholder token '#AFP'")]
