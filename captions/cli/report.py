"""`captions report`: the HTML contact sheet of images and folders."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from captions.cli.audit_options import require_paths
from captions.cli.options import (
    ConfigOption,
    ExcludeOption,
    IsolatedOption,
    JobsOption,
    QuietOption,
)
from captions.cli.output import error, note
from captions.cli.progress import ProgressBar


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
    """Write a self-contained HTML contact sheet of images and folders.

    Every image gets a card: its thumbnail, caption, credit, by-line and audit findings; the
    page filters them by rule and severity.

    Exit 0 when the page is written (findings do not change it), 2 on errors. Example:

        captions report images/ -o report.html
    """
    from captions.audit.config import load_config
    from captions.report import contact_sheet
    from captions.report.html import render_html

    require_paths(paths)
    config = load_config(paths, config_file=config_file, isolated=isolated)
    config = config.with_overrides(exclude=exclude or ())
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
    try:
        output.write_text(render_html(sheet, title=title), encoding="utf-8")
    except OSError as exc:
        error(f"{output}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(2) from None
    if not quiet:
        found = len(sheet.findings)
        note(f"wrote {output}: {len(sheet.cards)} images, {found} findings")
    raise typer.Exit(2 if sheet.errors else 0)


def register(app: typer.Typer) -> None:
    """Add `report` to the app."""
    app.command("report")(report_command)
