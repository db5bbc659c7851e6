"""Audit images and folders against the rule table, like a linter: findings in, exit code out.

    for finding in audit(["images/"], load_config(["images/"])):
        print(finding.path, finding.code, finding.message)

`audit_file` checks one file (what worker processes run); `audit_results` streams per-file
results in input order, spread over `jobs` processes, then the folder-wide findings (duplicates).
Reading is header-only: no rule decodes pixels.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from captions.audit.checks import Hit, Image
from captions.audit.config import AuditConfig, glob_matches, load_config
from captions.audit.folder import FileFacts, file_facts, folder_findings
from captions.audit.rules import RULES, UNREADABLE, Rule, Scope, is_selected
from captions.audit.ruleset import (
    GrammarPass,
    errors_in_rule_order,
    fixable_as_stored,
    grammar_reading,
    merge_in_rule_order,
    run_rules,
    split_grammar_rules,
)
from captions.audit.walk import iter_image_paths
from captions.errors import CaptionsError
from captions.model import Finding

if TYPE_CHECKING:
    from captions.metadata import ImageMetadata


@dataclass(frozen=True)
class FileResult:
    """The findings for one file, and the facts the folder-wide pass needs (or None)."""

    path: str
    findings: tuple[Finding, ...]
    facts: FileFacts | None = None
    errors: tuple[str, ...] = ()  # checks or fixes that failed: tool errors (exit 2)
    fixed: tuple[str, ...] = ()  # what --fix changed, one readable line each
    # --fix: temporary files that interrupted writes had left in this file's folder, removed
    # before the run's first write there (on the folder's first file only)
    removed_temps: tuple[str, ...] = ()
    again: bool = False  # the folder-wide findings of a file whose own result came before
    # `audit_one(..., grammar=False)`: what the credit-grammar rules still have to read (the
    # gathering process runs them: `complete`); None once they ran
    pending: ImageMetadata | None = None


def enabled_rules(config: AuditConfig, path: str | None = None) -> tuple[Rule, ...]:
    """The rules `select`/`ignore` turn on, less the per-file ignores matching `path`."""
    ignore = [*config.ignore, *config.extend_ignore]
    if path is not None and config.per_file_ignores:
        relative = config.relative(path)
        for pattern, codes in config.per_file_ignores:
            if glob_matches(pattern, relative):
                ignore.extend(codes)
    return _selected((*config.select, *config.extend_select), tuple(ignore))


@lru_cache(maxsize=64)
def _selected(select: tuple[str, ...], ignore: tuple[str, ...]) -> tuple[Rule, ...]:
    # Once per distinct selection, not once per file: a run has one or a few.
    return tuple(r for r in RULES if is_selected(r.code, select, ignore))


def audit_file(path: str | os.PathLike[str], config: AuditConfig | None = None) -> list[Finding]:
    """The findings of the per-file rules for one image (an unreadable file is an F001 finding)."""
    return list(audit_one(os.fspath(path), config or AuditConfig()).findings)


def audit_results(
    paths: Iterable[str | os.PathLike[str]],
    config: AuditConfig,
    *,
    jobs: int = 1,
    fix: bool = False,
    expanded: bool = False,
) -> Iterator[FileResult]:
    """Per-file results in input order, then one result per file with folder-wide findings.

    `expanded`: `paths` are already the image files (`audit.walk.iter_image_paths`), not to be
    walked again (10,000 paths: a tenth of a second).

    With `fix`, each file's fixable findings are repaired and the file is audited again; the
    folders are first cleaned of temporary files that killed writes left (`removed_temps`).
    """
    files = [os.fspath(p) for p in paths] if expanded else list(iter_image_paths(paths, config))
    want_facts = any(r.scope is Scope.FOLDER for r in enabled_rules(config))
    if fix:
        work = partial(_audit_and_fix, config=config, facts=want_facts)
    else:  # the credit-grammar rules run here, each distinct line parsed once (`ruleset`)
        work = partial(audit_one, config=config, facts=want_facts, grammar=False)
    facts: list[FileFacts] = []
    removed = _remove_stale_temps(files) if fix else {}
    grammar = GrammarPass(config, want_facts)
    credits: dict[str, str] = {}  # one string for each credit line that files share
    for path, result in zip(files, _map(work, files, jobs), strict=True):
        if result.pending is not None:
            result = complete(result, grammar)
        if result.facts is not None:
            facts.append(_compact(result.facts, path, credits))
        if result.path in removed:
            result = replace(result, removed_temps=removed[result.path])
        yield result
    if want_facts:
        yield from folder_results(facts, config)


def _compact(facts: FileFacts, path: str, credits: dict[str, str]) -> FileFacts:
    """`facts` as kept until the folder rules run: this process's string of the path (a worker's
    result brings a copy of its own), and one string for each credit line (an archive repeats
    them; pictures are mostly distinct, so their digests are not shared)."""
    credit = credits.setdefault(facts.credit, facts.credit)
    return FileFacts(path, facts.caption_key, credit, facts.picture)


def audit(
    paths: Iterable[str | os.PathLike[str]], config: AuditConfig | None = None, *, jobs: int = 1
) -> Iterator[Finding]:
    """Every finding for `paths` (files and folders, recursively), streamed in input order."""
    names = [os.fspath(p) for p in paths]
    config = config if config is not None else load_config(names)
    for result in audit_results(names, config, jobs=jobs):
        yield from result.findings


def _map(work: partial[FileResult], files: list[str], jobs: int) -> Iterator[FileResult]:
    from captions.pool import ordered_map  # a bounded window of chunks: memory flat in N

    if jobs <= 1:
        yield from map(work, files)
        return
    yield from ordered_map(work, files, jobs=jobs)


def _remove_stale_temps(files: list[str]) -> dict[str, tuple[str, ...]]:
    from captions.writer import remove_stale_temps_near  # lazy: only when temps were left

    removed = remove_stale_temps_near(files)
    return {path: tuple(map(str, temps)) for path, temps in removed.items()}


def _audit_and_fix(path: str, config: AuditConfig, facts: bool = False) -> FileResult:
    from captions.audit.fix import fix_file  # lazy: the writers load only with --fix

    first = audit_one(path, config, facts)
    if not any(f.fixable for f in first.findings):
        return first
    repaired = fix_file(path, first.findings, config, strip_gps=config.fix_strip_gps)
    if not repaired.changes:
        return replace(first, errors=first.errors + repaired.errors)
    again = audit_one(path, config, facts)
    return replace(again, errors=again.errors + repaired.errors, fixed=repaired.changes)


def audit_one(
    path: str, config: AuditConfig, facts: bool = False, *, grammar: bool = True
) -> FileResult:
    """The per-file rules on one image (with its facts for the folder rules when `facts`).

    `grammar=False` leaves the rules that parse with the credit grammar, and the facts, to
    `complete` in the process that gathers the results: the result carries what they read.
    """
    # Lazy (start-up): the parent only walks and dispatches; the readers load in the workers.
    from captions.metadata import read

    rules = enabled_rules(config, path)
    try:
        metadata = read(path, picture_digest=facts)  # the folder rules' digest: same open file
    except (CaptionsError, OSError) as exc:
        if UNREADABLE not in rules:
            return FileResult(path, ())
        return FileResult(path, (UNREADABLE.finding(path, Hit(None, _reason(exc, path))),))
    image = Image(path, metadata, config)
    if grammar:
        found, errors = run_rules(image, rules)
        found = fixable_as_stored(found, metadata.format)
        return FileResult(path, tuple(found), file_facts(image) if facts else None, tuple(errors))
    others, grammar_rules = split_grammar_rules(rules)
    found, errors = run_rules(image, others)
    found = fixable_as_stored(found, metadata.format)
    later = facts or bool(grammar_rules)
    pending = grammar_reading(metadata) if later else None
    return FileResult(path, tuple(found), None, tuple(errors), pending=pending)


def complete(result: FileResult, grammar: GrammarPass) -> FileResult:
    """A result of `audit_one(..., grammar=False)` with the credit-grammar rules run on what it
    carries (their findings in rule order among the others), and its facts when wanted."""
    if result.pending is None:
        return result
    rules = split_grammar_rules(enabled_rules(grammar.config, result.path))[1]
    found, errors, facts = grammar.run(result.path, result.pending, rules)
    # built directly: `dataclasses.replace` costs a few microseconds a file in this process
    return FileResult(
        result.path,
        merge_in_rule_order(result.findings, found),
        facts,
        errors_in_rule_order(result.path, result.errors, errors),
        fixed=result.fixed,
        removed_temps=result.removed_temps,
        again=result.again,
    )


def folder_results(facts: list[FileFacts], config: AuditConfig) -> Iterator[FileResult]:
    """The folder-wide rules (duplicates across files) over the facts of every file."""
    by_path: dict[str, list[Finding]] = {}
    everywhere = None if config.per_file_ignores else {r.code for r in enabled_rules(config)}
    for finding in folder_findings(facts):
        codes = everywhere
        if codes is None:
            codes = {r.code for r in enabled_rules(config, finding.path)}
        if finding.code in codes:
            by_path.setdefault(finding.path, []).append(finding)
    for path, found in by_path.items():
        yield FileResult(path, tuple(found), again=True)


def _reason(exc: BaseException, path: str) -> str:
    """The error as a finding message: without the path, which the finding already carries."""
    if isinstance(exc, OSError) and not isinstance(exc, CaptionsError):
        return f"cannot read the file: {exc.strerror or exc}"
    return str(exc).removeprefix(f"{path}: ")


__all__ = [
    "FileResult",
    "audit",
    "audit_file",
    "audit_one",
    "audit_results",
    "complete",
    "enabled_rules",
    "folder_results",
]
