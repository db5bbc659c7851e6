"""`captions check ARTICLE DIR`: the pre-publish gate, with the options and reporters of audit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from captions.cli.audit import OutputFormat, _codes, _validate_selection
from captions.cli.output import error, warn
from captions.errors import CaptionsError

if TYPE_CHECKING:
    from captions.audit.config import AuditConfig
    from captions.check import CheckResult


def check_command(
    article: Annotated[
        Path, typer.Argument(metavar="ARTICLE", help="The article: text, HTML or Markdown.")
    ],
    folder: Annotated[
        Path, typer.Argument(metavar="DIR", help="The folder of images (searched recursively).")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--output-format", "-o", help="How findings are printed.")
    ] = OutputFormat.concise,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Only these rules (codes, prefixes).")
    ] = None,
    extend_select: Annotated[
        list[str] | None, typer.Option("--extend-select", help="Rules to add to the selection.")
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Rules to skip.")] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Skip images matching this glob.")
    ] = None,
    config_file: Annotated[
        Path | None, typer.Option("--config", help="Use this captions.toml or pyproject.toml.")
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore every configuration file.")
    ] = False,
    manifest: Annotated[
        Path | None,
        typer.Option("--manifest", help="A corrected manifest (CSV or JSON) from `match`."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even with findings (errors still exit 2).")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No summary lines, findings only.")
    ] = False,
) -> None:
    """Gate an article before publishing: its captions against its folder of images.

    Extracts the article's captions, groups repeated printings and sibling captions, pairs
    photos with files, compares each matched file's caption and credit with the article's (as
    `captions apply` would write them), and audits the matched files. Rules A001-A006 are the
    article gate (`captions rule A001`); every audit rule applies to the matched files.
    Exit 0 clean, 1 findings, 2 errors (--exit-zero never hides a 2). Example:

        captions check article.md images/ --output-format github
    """
    from captions.audit.config import load_config

    missing = [str(p) for p in (article, folder) if not p.exists()]
    if missing:
        error(f"no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    config = load_config([article, folder], config_file=config_file, isolated=isolated)
    config = config.with_overrides(
        select=_codes(select),
        ignore=_codes(ignore),
        extend_select=_codes(extend_select),
        exclude=exclude or (),
    )
    _validate_selection(config)
    try:
        result = _run_check(article, folder, manifest, config)
    except CaptionsError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    code = _report(result, output_format, quiet)
    if code == 1 and not quiet:
        typer.echo(next_steps(result, folder), err=True)
    raise typer.Exit(0 if exit_zero and code == 1 else code)


def _run_check(
    article: Path, folder: Path, manifest: Path | None, config: AuditConfig
) -> CheckResult:
    from captions.check import check
    from captions.match import manifest as manifests

    if not folder.is_dir():
        raise typer.BadParameter(f"{folder} is not a folder", param_hint="DIR")
    fixed = manifests.read(manifest) if manifest else None
    return check(article, folder, config, manifest=fixed)


def _report(result: CheckResult, output_format: OutputFormat, quiet: bool) -> int:
    """Print the findings to stdout and the tool's own lines to stderr; the exit code."""
    from captions.audit.reporters import Summary, get_reporter

    for message in result.match.warnings:
        warn(message)
    for message in result.errors:
        error(message)
    if not quiet:
        typer.echo(overview(result), err=True)
    reporter = get_reporter(output_format.value, sys.stdout)
    summary = Summary()
    for path, findings in result.by_path():
        reporter.file(path, findings)
        summary.files += 1
        summary.findings += len(findings)
    sys.stdout.flush()
    if not (quiet and output_format in (OutputFormat.concise, OutputFormat.full)):
        reporter.close(summary)
    return 2 if result.errors else (1 if summary.findings else 0)


def overview(result: CheckResult) -> str:
    """`images/article.txt: 3 captions, 2 photos (photo 1 printed on lines 15 and 20); ...`"""
    article = result.article
    repeated = "; ".join(
        f"photo {photo} printed on lines {', '.join(map(str, lines))}"
        for photo, lines in result.repeated_photos.items()
    )
    photos = _count(len(article.photos), "photo") + (f" ({repeated})" if repeated else "")
    return (
        f"{article.path}: {_count(len(article.captions), 'caption')}, {photos}; "
        f"{_count(len(result.images), 'image')}, {len(result.match.matches)} matched"
    )


def next_steps(result: CheckResult, folder: Path) -> str:
    """What repairs the findings: `apply` writes the article's values, `audit --fix` the rest."""
    steps = [
        f"`captions apply {result.article.path} {folder}` writes the article's captions and credits"
    ]
    if any(f.fixable for f in result.findings):
        steps.append("`captions audit --fix` repairs findings marked [*]")
    return "to fix: " + "; ".join(steps)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def register(app: typer.Typer) -> None:
    """Add `check` to the app."""
    app.command("check")(check_command)
