"""`captions dupes`: duplicated captions in articles and folders of images."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from captions.cli.output import error, print_json
from captions.errors import CaptionsError

if TYPE_CHECKING:
    from captions.dupes import DuplicateGroup
    from captions.model import Article


def dupes_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH...", help="Articles (text, HTML, Markdown), images, or folders of images."
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            min=0.01,
            max=1.0,
            help="Lowest similarity (0-1) for two captions to be siblings (default 0.75).",
        ),
    ] = None,
    pixels: Annotated[
        bool,
        typer.Option(
            "--pixels", help="Also compare pictures by perceptual hash (decodes each image)."
        ),
    ] = False,
) -> None:
    """Find duplicated captions: one photo printed twice, sibling captions, one caption on
    several pictures, one picture under several captions, and copies of one file.

    Example: captions dupes story.html photos/ --pixels --json

    Exit status: 0 when only info groups (a photo printed twice, copies of one file) are found,
    1 when a warning group is found, 2 on errors.
    """
    # Lazy: start-up loads a command's library only when it runs.
    from captions.dupes import DEFAULT_THRESHOLD, find_duplicates
    from captions.model import Severity

    articles, images, failed = _inputs(paths)
    report = find_duplicates(
        articles, images, threshold=threshold or DEFAULT_THRESHOLD, pixels=pixels
    )
    for message in report.warnings:
        error(message)
    if as_json:
        print_json(report.to_json())
    else:
        _print_groups(report.groups)
    if failed or report.warnings:
        raise typer.Exit(2)
    raise typer.Exit(1 if report.worst in (Severity.WARNING, Severity.ERROR) else 0)


def _inputs(paths: list[Path]) -> tuple[list[Article], list[Path], bool]:
    """Articles extracted, image paths to read, and whether some input failed."""
    # Lazy: start-up loads a command's library only when it runs.
    from captions import walk
    from captions.article import extract
    from captions.cli.article import configured_agencies

    articles: list[Article] = []
    images: list[Path] = []
    failed = False
    for path in paths:
        if path.is_dir() or (path.is_file() and walk.is_image(path)):
            images += walk.expand([path])
            continue
        try:
            articles.append(extract(path, agencies=configured_agencies([str(path)])))
        except CaptionsError as exc:
            error(str(exc))
            failed = True
    return articles, images, failed


def _print_groups(groups: tuple[DuplicateGroup, ...]) -> None:
    if not groups:
        typer.echo("no duplicated captions")
        return
    for group in groups:
        typer.echo(
            f"{group.severity.value}: {group.kind.value} (similarity {group.similarity:.2f})"
        )
        for number, member in enumerate(group.members):
            where = member.path + (f":{member.line}" if member.line is not None else "")
            photo = f" [photo {member.photo}]" if member.photo is not None else ""
            typer.echo(f"  {number}. {where}{photo}: {_short(member.text) or '(no caption)'}")
        for difference in group.differences:
            change = difference.change
            typer.echo(
                f"     {difference.member}: {change.before or '(nothing)'!s}"
                f" -> {change.after or '(nothing)'!s}"
            )


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("dupes")(dupes_command)


__all__ = ["register"]
