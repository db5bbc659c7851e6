"""`captions audit` (check images and folders against the rule table) and `captions rule`."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from captions.cli.output import error, warn

if TYPE_CHECKING:
    from captions.audit import FileResult
    from captions.audit.baseline import Baseline
    from captions.audit.config import AuditConfig
    from captions.audit.reporters import Summary
    from captions.model import Finding


class OutputFormat(StrEnum):
    concise = "concise"
    full = "full"
    json = "json"
    json_lines = "json-lines"
    github = "github"
    junit = "junit"
    sarif = "sarif"


class DaskMode(StrEnum):
    local = "local"


class DocFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


def _codes(values: list[str] | None) -> list[str]:
    """`--select M,C001 --select T` -> ["M", "C001", "T"]."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def audit_command(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH...", help="Images and folders (or s3:// ... URLs).")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--output-format", "-o", help="How findings are printed.")
    ] = OutputFormat.concise,
    fix: Annotated[
        bool, typer.Option("--fix", help="Repair what is fixable, then re-check.")
    ] = False,
    strip_gps: Annotated[
        bool, typer.Option("--strip-gps", help="With --fix: also remove GPS positions (P001).")
    ] = False,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even with findings (errors still exit 2).")
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")
    ] = 0,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Skip paths matching this glob.")
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Only these rules (codes, prefixes).")
    ] = None,
    extend_select: Annotated[
        list[str] | None, typer.Option("--extend-select", help="Rules to add to the selection.")
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Rules to skip.")] = None,
    config_file: Annotated[
        Path | None, typer.Option("--config", help="Use this captions.toml or pyproject.toml.")
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore every configuration file.")
    ] = False,
    baseline: Annotated[
        Path | None, typer.Option("--baseline", help="Report only findings not in this file.")
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Accept today's findings: write them to this file."),
    ] = None,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print the count of findings per rule.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
    ] = False,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDRESS", help="Run on this Dask scheduler."),
    ] = None,
    dask: Annotated[
        DaskMode | None, typer.Option("--dask", help="local: on a local Dask cluster (--jobs).")
    ] = None,
) -> None:
    """Check images and folders against the rule table, like a linter.

    Exit 0 clean, 1 findings, 2 errors (--exit-zero never hides a 2). Findings go to stdout,
    errors to stderr. Configuration: \\[tool.captions] table in the closest pyproject.toml or a
    captions.toml. Example:

        captions audit images/ --output-format github --ignore P003

    On a Dask cluster (pip install 'captions[dask]'), paths and s3:// or gcs:// URLs alike:

        captions audit --scheduler tcp://scheduler:8786 s3://archive/2024/
    """
    from dataclasses import replace

    from captions.audit.config import load_config

    cluster = _cluster(scheduler, dask, fix)
    missing = [p for p in paths if not _exists(p)]
    if missing:
        error(f"no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    config = load_config(paths, config_file=config_file, isolated=isolated)
    config = config.with_overrides(
        select=_codes(select),
        ignore=_codes(ignore),
        extend_select=_codes(extend_select),
        exclude=exclude or (),
    )
    config = replace(config, fix_strip_gps=strip_gps)
    if strip_gps and not fix:
        warn("--strip-gps does nothing without --fix")
    _validate_selection(config)
    code = _run(paths, config, output_format, fix, jobs or os.cpu_count() or 1, baseline,
                write_baseline, statistics, quiet, cluster)  # fmt: skip
    raise typer.Exit(0 if exit_zero and code == 1 else code)


def _cluster(scheduler: str | None, dask: DaskMode | None, fix: bool) -> str | None:
    """The Dask scheduler to run on ("local" for a LocalCluster), or None to run here."""
    if scheduler and dask:
        error("give either --scheduler or --dask local, not both")
        raise typer.Exit(2)
    cluster = scheduler or (dask.value if dask else None)
    if cluster and fix:
        error("--fix writes files here: it cannot run on a Dask cluster")
        raise typer.Exit(2)
    return cluster


def _exists(path: str) -> bool:
    from captions.remote import exists, is_url

    return exists(path) if is_url(path) else Path(path).exists()


def _validate_selection(config: AuditConfig) -> None:
    from captions.audit.rules import resolve_selector

    for selector in (*config.select, *config.extend_select, *config.extend_ignore):
        if resolve_selector(selector) is None:
            error(f"unknown rule selector '{selector}' (see `captions rule --all`)")
            raise typer.Exit(2)


def _run(
    paths: list[str],
    config: AuditConfig,
    output_format: OutputFormat,
    fix: bool,
    jobs: int,
    baseline_path: Path | None,
    write_baseline: Path | None,
    statistics: bool,
    quiet: bool,
    cluster: str | None = None,
) -> int:
    from collections import Counter

    from captions.audit import audit_results
    from captions.audit.baseline import Baseline
    from captions.audit.baseline import write_baseline as save
    from captions.audit.reporters import Reporter, Summary, get_reporter
    from captions.audit.walk import iter_image_paths

    files = list(iter_image_paths(paths, config))
    baseline = Baseline.load(baseline_path) if baseline_path else None
    reporter = Reporter(sys.stdout) if statistics or write_baseline else None
    reporter = reporter or get_reporter(output_format.value, sys.stdout)
    summary, counts, failed = Summary(), Counter[str](), False
    kept: list[Finding] = []
    progress = _Progress(len(files), enabled=not quiet and sys.stderr.isatty())
    if cluster is None:
        results = audit_results(files, config, jobs=jobs, fix=fix)
    else:
        from captions.audit.distributed import audit_results_on_cluster

        where = None if cluster == DaskMode.local else cluster
        results = audit_results_on_cluster(
            files, config, scheduler=where, workers=jobs, listed=True
        )
    for result in results:
        failed |= _report_side(result, quiet)
        findings = _filter(result, baseline, summary)
        summary.findings += len(findings)
        summary.fixable += sum(f.fixable for f in findings)
        summary.fixed += len(result.fixed)
        counts.update(f.code for f in findings)
        if write_baseline:
            kept.extend(findings)
        reporter.file(result.path, findings)
        summary.files = progress.step(result.path)
    progress.done()
    if write_baseline:
        written = save(kept, write_baseline)
        _say(f"wrote {written} findings to the baseline {write_baseline}", quiet)
        return 2 if failed else 0
    if statistics:
        _print_statistics(counts)
    elif not (quiet and output_format in (OutputFormat.concise, OutputFormat.full)):
        reporter.close(summary)
    return 2 if failed else (1 if summary.findings else 0)


def _filter(result: FileResult, baseline: Baseline | None, summary: Summary) -> list[Finding]:
    if baseline is None:
        return list(result.findings)
    new = [f for f in result.findings if not baseline.accepts(f)]
    summary.baselined += len(result.findings) - len(new)
    return new


def _report_side(result: FileResult, quiet: bool) -> bool:
    """Print fixes and tool errors of one file to stderr; True when there were errors."""
    for change in result.fixed:
        _say(f"fixed {result.path}: {change}", quiet)
    for message in result.errors:
        error(message)
    return bool(result.errors)


def _say(message: str, quiet: bool) -> None:
    if not quiet:
        typer.echo(message, err=True)


def _print_statistics(counts: dict[str, int]) -> None:
    from captions.audit.rules import BY_CODE

    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = BY_CODE.get(code)
        fix = "[*]" if rule is not None and rule.fixable else "   "
        name = rule.name if rule is not None else ""
        typer.echo(f"{count:6d}  {code}  {fix} {name}")


class _Progress:
    """A one-line counter on stderr, only when it is a terminal (quiet in CI and pipes)."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total, self.enabled, self.seen = total, enabled, set[str]()

    def step(self, path: str) -> int:
        self.seen.add(path)
        if self.enabled:
            sys.stderr.write(f"\rchecked {min(len(self.seen), self.total)}/{self.total} files")
            sys.stderr.flush()
        return len(self.seen)

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def rule_command(
    code: Annotated[str | None, typer.Argument(help="A rule code or name, e.g. M001.")] = None,
    all_rules: Annotated[bool, typer.Option("--all", help="Every rule.")] = False,
    doc_format: Annotated[
        DocFormat, typer.Option("--format", help="text, markdown (the README table) or json.")
    ] = DocFormat.text,
) -> None:
    """Explain a rule (What / Why / Example), or list them all.

    Example: `captions rule C001`, `captions rule --all --format markdown`.
    """
    from captions.audit.rules import RULES, explain, markdown_table, rule

    if all_rules == (code is not None):
        error("give either a rule CODE or --all")
        raise typer.Exit(2)
    chosen = RULES if all_rules else (rule(code or ""),)
    if chosen[0] is None:
        error(f"unknown rule '{code}' (see `captions rule --all`)")
        raise typer.Exit(2)
    found = [r for r in chosen if r is not None]
    if doc_format is DocFormat.json:
        items = [
            {"code": r.code, "name": r.name, "severity": r.severity.value, "summary": r.summary,
             "what": r.what, "why": r.why, "example": r.example, "fixable": r.fixable,
             "scope": r.scope.value}
            for r in found
        ]  # fmt: skip
        typer.echo(json.dumps(items if all_rules else items[0], ensure_ascii=False, indent=2))
    elif doc_format is DocFormat.markdown:
        typer.echo(markdown_table(found), nl=False)
    else:
        typer.echo("\n".join(explain(r) for r in found), nl=False)


def register(app: typer.Typer) -> None:
    """Add `audit` and `rule` to the app."""
    app.command("audit")(audit_command)
    app.command("rule")(rule_command)
