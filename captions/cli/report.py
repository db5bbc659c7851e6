"""`captions report`: the HTML contact sheet of images and folders."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from captions.cli.output import error
from captions.cli.progress import ProgressBar


def report_command(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Images and folders.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML file to write.", dir_okay=False)
    ],
    config_file: Annotated[
        Path | None, typer.Option("--config", help="Use this captions.toml or pyproject.toml.")
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore every configuration file.")
    ] = False,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Skip paths matching this glob.")
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")
    ] = 0,
    title: Annotated[str, typer.Option("--title", help="The page title.")] = "Contact sheet",
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
    ] = False,
) -> None:
    """Write a self-contained HTML contact sheet: a thumbnail, the caption, credit, by-line and
    audit findings of every image, with filters by rule and severity.

    Exit 0 when the page is written (findings do not change it), 2 on errors. Example:

        captions report images/ -o report.html
    """
    from captions.audit.config import load_config
    from captions.report import contact_sheet
    from captions.report.html import render_html

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        error(f"no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
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
        typer.echo(f"wrote {output}: {len(sheet.cards)} images, {found} findings", err=True)
    raise typer.Exit(2 if sheet.errors else 0)


def register(app: typer.Typer) -> None:
    """Add `report` to the app."""
    app.command("report")(report_command)
