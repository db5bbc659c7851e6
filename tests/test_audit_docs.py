"""The rule table documents itself: every rule has What / Why / Example, codes are well formed and
never reused, names read as "ignore <name>", and the README's table is generated from the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from captions.audit.rules import RULES, Scope, explain, markdown_table, rule

README = Path(__file__).resolve().parents[1] / "README.md"
PREFIXES = {"M", "C", "S", "D", "T", "P", "A", "F"}


def test_codes_are_well_formed_and_unique() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[A-Z]\d{3}", code), code
        assert code[0] in PREFIXES, code
        assert code[1:] != "000", code


def test_names_are_unique_kebab_case_and_read_as_ignore_name() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for name in names:
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)+", name), name
        assert not name.startswith(("no-", "not-", "check-")), name  # `ignore no-x` reads badly


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.code)
def test_every_rule_is_documented(r: object) -> None:
    from captions.audit.rules import Rule

    assert isinstance(r, Rule)
    for text in (r.summary, r.what, r.why, r.example):
        assert text.strip() and "\n" not in text
    assert r.summary.endswith(".")
    assert (r.check is not None) == (r.scope is Scope.FILE) or r.code == "F001"
    shown = explain(r)
    assert r.code in shown and r.what in shown and r.why in shown and r.example in shown
    assert rule(r.code) is r and rule(r.name) is r and rule(r.code.lower()) is r


def test_reserved_rules_say_what_they_need() -> None:
    for r in RULES:
        if r.scope is Scope.ARTICLE:
            assert r.code.startswith("A") and "article" in r.what.lower()
        if r.scope is Scope.FOLDER:
            assert r.code.startswith("D") and "folder-wide" in r.what


def test_markdown_table_has_one_row_per_rule() -> None:
    rows = markdown_table().splitlines()[2:]
    assert [row.split("|")[1].strip() for row in rows] == [r.code for r in RULES]


def _readme_rules_table() -> str | None:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Rules\s*$(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    if match is None:
        return None
    table = [line for line in match.group(1).splitlines() if line.startswith("|")]
    return "\n".join(table) + "\n"


def test_readme_rule_table_matches_the_code() -> None:
    table = _readme_rules_table()
    assert table is not None, "README.md has no '## Rules' section"
    assert table == markdown_table(), (
        "README rule table is stale: paste `captions rule --all --format markdown`"
    )
