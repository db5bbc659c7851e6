"""`captions audit` (check images and folders against the rule table) and `captions rule`."""

from __future__ import annotations

import json
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from captions.cli.audit_options import AuditOptions, require_paths
from captions.cli.audit_tasks import AuditRun, DaskMode, run_audit
from captions.cli.findings import OutputFormat
from captions.cli.options import (
    ConfigOption,
    DaskOption,
    ExcludeOption,
    ExitZeroOption,
    ExtendSelectOption,
    IgnoreOption,
    IsolatedOption,
    JobsOption,
    OutputFileOption,
    OutputFormatOption,
    QuietOption,
    SchedulerOption,
    SelectOption,
    cluster_option,
)
from captions.cli.output import error, warn


class DocFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


def audit_command(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH...", help="Images and folders (or s3:// ... URLs).")
    ],
    output_format: OutputFormatOption = OutputFormat.concise,
    output: OutputFileOption = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Repair what is fixable, then re-check.")
    ] = False,
    strip_gps: Annotated[
        bool, typer.Option("--strip-gps", help="With --fix: also remove GPS positions (P001).")
    ] = False,
    exit_zero: ExitZeroOption = False,
    jobs: JobsOption = 0,
    exclude: ExcludeOption = None,
    select: SelectOption = None,
    extend_select: ExtendSelectOption = None,
    ignore: IgnoreOption = None,
    config_file: ConfigOption = None,
    isolated: IsolatedOption = False,
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
    quiet: QuietOption = False,
    scheduler: SchedulerOption = None,
    dask: DaskOption = None,
) -> None:
    """Check images and folders against the rule table, like a linter.

    Exit 0 clean, 1 findings, 2 errors (--exit-zero never hides a 2). Findings go to stdout,
    errors to stderr. Configuration: [tool.captions] table in the closest pyproject.toml or a
    captions.toml. Example:

        captions audit images/ --output-format github --ignore P003

    On a Dask cluster (pip install 'photodesk-captions[dask]'), paths and s3:// or gcs:// URLs:

        captions audit --scheduler tcp://scheduler:8786 s3://archive/2024/
    """
    cluster = _cluster(scheduler, dask, fix)
    require_paths(paths)
    options = AuditOptions(
        select=select or (),
        extend_select=extend_select or (),
        ignore=ignore or (),
        exclude=exclude or (),
        config_file=config_file,
        isolated=isolated,
    )
    config = replace(options.config(paths), fix_strip_gps=strip_gps)
    if strip_gps and not fix:
        warn("--strip-gps does nothing without --fix")
    run = AuditRun(
        output_format=output_format,
        fix=fix,
        jobs=jobs,
        baseline=baseline,
        write_baseline=write_baseline,
        statistics=statistics,
        quiet=quiet,
        exit_zero=exit_zero,
        cluster=cluster,
        output=output,
    )
    raise typer.Exit(run_audit(paths, config, run))


def _cluster(scheduler: str | None, dask: DaskMode | None, fix: bool) -> str | None:
    """The Dask scheduler to run on ("local" for a LocalCluster), or None to run here."""
    cluster = cluster_option(scheduler, dask)
    if cluster and fix:
        error("--fix writes files here: it cannot run on a Dask cluster")
        raise typer.Exit(2)
    return cluster


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
    # Lazy: start-up loads a command's library only when it runs.
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
