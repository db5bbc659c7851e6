"""`captions report`: the HTML contact sheet of images and folders."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from captions.cli.audit_options import require_paths
from captions.cli.options import (
    ConfigOption,
    ExcludeOption,
    IsolatedOption,
    JobsOption,
    QuietOption,
)
from captions.cli.output import error, note, output_to
from captions.cli.progress import ProgressBar
from captions.errors import CaptionsError

if TYPE_CHECKING:
    from captions.audit.config import AuditConfig
    from captions.check import CheckResult


def report_command(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Images and folders.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML file to write.", dir_okay=False)
    ],
    config_file: ConfigOption = None,
    isolated: IsolatedOption = False,
    exclude: ExcludeOption = None,
    jobs: JobsOption = 0,
    title: Annotated[str, typer.Option("--title", help="The page title.")] = "Contact sheet",
    quiet: QuietOption = False,
) -> None:
    """Write a self-contained HTML contact sheet of images and folders, or of an article.

    Every image gets a card: its thumbnail, caption, credit, by-line and audit findings; the
    page filters them by rule and severity.

    Given an article and its folder (ARTICLE DIR): one card per photo of the article, its
    caption and credit beside the matched file's, the words that differ marked, the match
    evidence and the findings of `captions check`; then what stayed unmatched.

    Exit 0 when the page is written (findings do not change it), 2 on errors. Examples:

        captions report images/ -o report.html
        captions report story.md images/ -o sheet.html
    """
    # Lazy: start-up loads a command's library only when it runs.
    from captions.audit.config import load_config
    from captions.report import contact_sheet
    from captions.report.html import render_html

    require_paths(paths)
    config = load_config(paths, config_file=config_file, isolated=isolated)
    config = config.with_overrides(exclude=exclude or ())
    if is_article_and_folder(paths):
        write_article_sheet(paths[0], paths[1], config, output, jobs=jobs, quiet=quiet)
        return
    with ProgressBar("audit", enabled=not quiet) as bar:
        sheet = contact_sheet(
            paths,
            config,
            jobs=jobs or os.cpu_count() or 1,
            progress=lambda phase, done, total: bar.update(done, total, phase),
        )
    if any(os.path.realpath(card.path) == os.path.realpath(output) for card in sheet.cards):
        error(f"{output}: is one of the images; refusing to overwrite it")
        raise typer.Exit(2)
    for message in sheet.errors:
        error(message)
    write_page(output, render_html(sheet, title=title))
    if not quiet:
        found = len(sheet.findings)
        note(f"wrote {output}: {len(sheet.cards)} images, {found} findings")
    raise typer.Exit(2 if sheet.errors else 0)


def write_page(output: Path, page: str) -> None:
    """Write a sheet atomically (a temporary file renamed); one error line and exit 2 if not."""
    try:
        with output_to(output) as out:
            out.write(page)
    except OSError as exc:
        error(f"{output}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(2) from None


def is_article_and_folder(paths: list[Path]) -> bool:
    """ARTICLE DIR: a file that is not an image (by content), then a folder."""
    from captions.walk import is_image  # lazy: start-up loads a command's library only when it runs

    return len(paths) == 2 and paths[0].is_file() and paths[1].is_dir() and not is_image(paths[0])


def write_article_sheet(
    article: Path,
    folder: Path,
    config: AuditConfig,
    output: Path,
    *,
    jobs: int = 0,
    quiet: bool = False,
    result: CheckResult | None = None,
) -> None:
    """Write the article's contact sheet to `output` (from `result` when the gate ran already);
    exits 2 on errors, as `report` does."""
    # Lazy: start-up loads a command's library only when it runs.
    from captions.report.article import article_sheet, sheet_of
    from captions.report.article_html import render_article_html

    workers = jobs or os.cpu_count() or 1
    try:
        if result is not None:
            sheet = sheet_of(result, jobs=workers)
        else:
            sheet = article_sheet(article, folder, config, jobs=workers)
    except CaptionsError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    write_page(output, render_article_html(sheet))
    if not quiet:
        matched = sum(1 for card in sheet.photos if card.image is not None)
        note(f"wrote {output}: {len(sheet.photos)} photos, {matched} matched")
    if result is None:
        for message in sheet.errors:
            error(message)
        raise typer.Exit(2 if sheet.errors else 0)


def register(app: typer.Typer) -> None:
    """Add `report` to the app."""
    app.command("report")(report_command)
