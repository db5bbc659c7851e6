"""The credit-grammar rules run where the results are gathered (`captions.audit.ruleset`): the
workers never parse a credit, the findings come out as `audit_one` prints them, and the audit
computes nothing that no enabled rule reads (no picture digest, no values sent back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from audit_fixtures import CLEAN, make_jpeg

import captions.formats.jpeg
from captions.audit import FileResult, audit_one, audit_results, checks, complete, rules
from captions.audit.config import AuditConfig
from captions.audit.ruleset import GRAMMAR_RULES, GrammarPass
from captions.caption import normalize
from captions.credit import grammar

# Invented names; each file draws another finding from a grammar rule or two.
FILES: dict[str, dict[str, Any]] = {
    "house.jpg": {"credit": "ADA LINDQVIST / reuters"},  # C001
    "tail.jpg": {"caption": f"{CLEAN['caption']} Ada Lindqvist/Reuters"},  # C005
    "byline.jpg": {"byline": ["Piet Brouwer"]},  # C003
    "agency.jpg": {"credit": "Ada Lindqvist/Norhtwind Pictures"},  # C002, C007
    "junk.jpg": {"credit": "STR/Reuters", "byline": ["STR"]},  # C004 between C003 and C005
    "lists.jpg": {"byline": ["Ada Lindqvist; Piet Brouwer"]},
    "split.jpg": {"byline": ["Ada Lindqvist", "Piet Brouwer"]},  # other values, same text
    "copy.jpg": {},  # the same caption as clean.jpg on another picture: D001
    "clean.jpg": {},
}
_CHECKS = {rule.code: rule.check for rule in rules.RULES}
CONFIG = AuditConfig(allowed_suppliers=("Reuters",), required_fields=("sublocation",))


def _make_files(folder: Path) -> list[str]:
    paths = []
    for seed, (name, changes) in enumerate(FILES.items()):
        paths.append(str(make_jpeg(folder, name, seed=seed, **changes)))
    return sorted(paths)


def _one_by_one(paths: list[str], config: AuditConfig) -> dict[str, FileResult]:
    return {path: audit_one(path, config, facts=True) for path in paths}


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_findings_are_those_of_audit_one_in_rule_order(tmp_path: Path, jobs: int) -> None:
    paths = _make_files(tmp_path)
    paths += [str(make_jpeg(tmp_path, f"again{n}.jpg", seed=n, credit="Ada Lindqvist/Norhtwind"))
              for n in range(30)]  # fmt: skip
    expected = _one_by_one(paths, CONFIG)
    results = list(audit_results(paths, CONFIG, jobs=jobs, expanded=True))
    per_file = results[: len(paths)]
    assert [r.path for r in per_file] == paths
    for result in per_file:
        alone = expected[result.path]
        assert result.findings == alone.findings
        assert result.facts == alone.facts
        assert result.errors == alone.errors
        assert result.pending is None
    codes = [f.code for r in per_file for f in r.findings]
    assert {"C001", "C002", "C003", "C004", "C005", "C007", "M006"} <= set(codes)
    order = {rule.code: n for n, rule in enumerate(rules.RULES)}
    for result in per_file:
        found = [order[f.code] for f in result.findings]
        assert found == sorted(found), result.path
    assert any(f.code == "D001" for r in results[len(paths) :] for f in r.findings)


def test_the_workers_never_parse_a_credit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _make_files(tmp_path)
    for cache in (grammar._read_cached, checks._parsed_credit, checks._supplier_and_usage):
        cache.cache_clear()
    normalize._credit_line.cache_clear()
    normalize._strip_credit.cache_clear()
    parsed: list[str] = []
    read = grammar._read

    def counting(text: str, *args: Any, **kwargs: Any) -> Any:
        parsed.append(text)
        return read(text, *args, **kwargs)

    monkeypatch.setattr(grammar, "_read", counting)
    halves = [audit_one(path, CONFIG, facts=True, grammar=False) for path in paths]
    assert parsed == []
    assert all(r.pending is not None and r.facts is None for r in halves)
    assert not any(f.code in GRAMMAR_RULES for r in halves for f in r.findings)
    gathered = GrammarPass(CONFIG, facts=True)
    done = [complete(r, gathered) for r in halves]
    assert parsed  # the gathering process parsed them
    assert len(parsed) == len(set(parsed))  # each distinct line once
    assert [r.findings for r in done] == [audit_one(p, CONFIG, True).findings for p in paths]


def test_a_failing_grammar_rule_is_an_error_line_in_rule_order(tmp_path: Path) -> None:
    path = str(make_jpeg(tmp_path, credit="ADA LINDQVIST / reuters", caption=None))

    def broken(image: checks.Image) -> Any:
        raise ValueError("broken on purpose")

    for code in ("M006", "C001", "S001"):  # a worker's rule on either side of a grammar rule
        object.__setattr__(rules.BY_CODE[code], "check", broken)  # a frozen record
    try:
        alone = audit_one(path, CONFIG)
        (result,) = list(audit_results([path], CONFIG, expanded=True))
    finally:
        for rule in rules.RULES:  # the table's own checks back
            object.__setattr__(rule, "check", _CHECKS[rule.code])
    assert result.errors == alone.errors
    assert [line.split(": rule ")[1][:4] for line in result.errors] == ["M006", "C001", "S001"]
    assert result.findings == alone.findings


def test_nothing_is_computed_for_a_rule_that_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _make_files(tmp_path)
    digests: list[object] = []
    real = captions.formats.jpeg.picture_digest

    def counting(*args: Any) -> Any:
        digests.append(args)
        return real(*args)

    monkeypatch.setattr(captions.formats.jpeg, "picture_digest", counting)
    presence = AuditConfig(select=("M",))
    assert all(audit_one(p, presence, grammar=False).pending is None for p in paths)
    list(audit_results(paths, presence, expanded=True))
    list(audit_results(paths, AuditConfig(ignore=("D",)), expanded=True))
    assert digests == []  # no folder rule: no picture digest
    list(audit_results(paths, AuditConfig(select=("D002",)), expanded=True))
    assert len(digests) == len(paths)


def test_values_that_join_alike_are_remembered_apart() -> None:
    """`['A; B']` and `['A', 'B']` print the same text, but C003 names each by-line apart."""
    from captions.metadata import FieldValue, ImageMetadata, Structure

    credit = FieldValue("Ada Lindqvist/Reuters")
    gathered = GrammarPass(CONFIG, facts=False)
    rule = rules.BY_CODE["C003"]
    messages = []
    for bylines in (["Piet Brouwer; Ada Lindqvist"], ["Piet Brouwer", "Ada Lindqvist"]):
        fields = {"credit": credit, "byline": FieldValue(bylines)}
        reading = ImageMetadata("x.jpg", "jpeg", fields, (), Structure())
        found, errors, _ = gathered.run("x.jpg", reading, [rule])
        assert found == list(rule.findings(checks.Image("x.jpg", reading, CONFIG)))
        messages.append([f.message for f in found])
    assert messages[0] != messages[1]


def test_complete_keeps_every_field_it_does_not_fill(tmp_path: Path) -> None:
    # `complete` builds its result field by field (no `dataclasses.replace`): a field added to
    # FileResult later must not be dropped there.
    from dataclasses import fields, replace

    [path] = [str(make_jpeg(tmp_path, "tail.jpg", **FILES["tail.jpg"]))]
    pending = audit_one(path, CONFIG, facts=True, grammar=False)
    filled = {"findings", "facts", "errors", "pending"}
    others = {f.name for f in fields(FileResult)} - filled - {"path"}
    assert others == {"fixed", "removed_temps", "again"}  # the fields set below
    marked = replace(pending, fixed=("changed",), removed_temps=("t.tmp",), again=True)
    done = complete(marked, GrammarPass(CONFIG, facts=True))
    for name in others:
        assert getattr(done, name) == getattr(marked, name), name
    assert done.pending is None and done.facts is not None
    assert any(f.code == "C005" for f in done.findings)
