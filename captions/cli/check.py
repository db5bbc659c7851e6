"""`captions check ARTICLE DIR`: the pre-publish gate, with the options and reporters of audit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from captions.cli.audit_options import AuditOptions, require_paths
from captions.cli.findings import FindingsPrinter, OutputFormat
from captions.cli.options import (
    ArticleArgument,
    ConfigOption,
    ExcludeOption,
    ExitZeroOption,
    ExtendSelectOption,
    FolderArgument,
    IgnoreOption,
    IsolatedOption,
    ManifestOption,
    OutputFileOption,
    OutputFormatOption,
    SelectOption,
    require_folder,
)
from captions.cli.output import error, note, output_to, warn
from captions.errors import CaptionsError

if TYPE_CHECKING:
    from captions.audit.config import AuditConfig
    from captions.check import CheckResult


def check_command(
    article: ArticleArgument,
    folder: FolderArgument,
    output_format: OutputFormatOption = OutputFormat.concise,
    output: OutputFileOption = None,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html", dir_okay=False, help="Also write the article's contact sheet (HTML) here."
        ),
    ] = None,
    select: SelectOption = None,
    extend_select: ExtendSelectOption = None,
    ignore: IgnoreOption = None,
    exclude: ExcludeOption = None,
    config_file: ConfigOption = None,
    isolated: IsolatedOption = False,
    manifest: ManifestOption = None,
    exit_zero: ExitZeroOption = False,
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
        captions check article.md images/ --html sheet.html
    """
    require_paths([article, folder])
    options = AuditOptions(
        select=select or (),
        extend_select=extend_select or (),
        ignore=ignore or (),
        exclude=exclude or (),
        config_file=config_file,
        isolated=isolated,
    )
    config = options.config([article, folder])
    try:
        result = _run_check(article, folder, manifest, config)
    except CaptionsError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    try:
        with output_to(output) as out:
            printer = _report(result, output_format, quiet, out)
    except BrokenPipeError:
        raise  # the reader of stdout went away: main() ends quietly
    except OSError as exc:
        error(f"{output}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(2) from None
    failed = bool(result.errors)
    if html is not None:
        # Lazy: start-up loads a command's library only when it runs.
        from captions.cli.report import write_article_sheet

        write_article_sheet(article, folder, config, html, quiet=quiet, result=result)
    if printer.exit_code(failed=failed) == 1 and not quiet:
        note(next_steps(result, folder))
    raise typer.Exit(printer.exit_code(failed=failed, exit_zero=exit_zero))


def _run_check(
    article: Path, folder: Path, manifest: Path | None, config: AuditConfig
) -> CheckResult:
    # Lazy: start-up loads a command's library only when it runs.
    from captions.check import check
    from captions.match import manifest as manifests

    require_folder(folder)
    fixed = manifests.read(manifest) if manifest else None
    return check(article, folder, config, manifest=fixed)


def _report(
    result: CheckResult, output_format: OutputFormat, quiet: bool, out: TextIO
) -> FindingsPrinter:
    """Print the findings to stdout and the tool's own lines to stderr."""
    for message in result.match.warnings:
        warn(message)
    for message in result.errors:
        error(message)
    if not quiet:
        note(overview(result))
    printer = FindingsPrinter.for_format(output_format, quiet=quiet, out=out)
    for path, findings in result.by_path():
        printer.file(path, findings)
    out.flush()
    printer.close()
    return printer


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
