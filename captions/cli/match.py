"""`captions match` and `captions apply`: pair an article's photos with files, then write them."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from captions.cli.options import (
    ArticleArgument,
    FolderArgument,
    ManifestOption,
    check_style,
    require_folder,
)
from captions.cli.output import error, print_json, warn
from captions.errors import CaptionsError

if TYPE_CHECKING:
    from captions.apply import ApplyReport
    from captions.match import MatchResult
    from captions.match.manifest import Manifest
    from captions.metadata import ImageMetadata


class Layout(StrEnum):
    SPLIT = "split"
    FULL = "full"


ThresholdOpt = Annotated[
    float | None,
    typer.Option("--threshold", help="Lowest score a pair needs to be matched (default 0.8)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _match(
    article_path: Path, folder: Path, manifest_path: Path | None, threshold: float | None
) -> tuple[Any, MatchResult, bool]:
    """The article, the match result, and whether some input failed (an image that cannot be
    read, a manifest row that cannot be honoured)."""
    # Lazy: start-up loads a command's library only when it runs.
    from captions import walk
    from captions.article import extract
    from captions.cli.article import configured_agencies
    from captions.match import DEFAULT_THRESHOLD, match
    from captions.match import manifest as manifests

    require_folder(folder)
    article = extract(article_path, agencies=configured_agencies([str(article_path), str(folder)]))
    images, failed = _read_images(walk.expand([folder]))
    manifest: Manifest | None = manifests.read(manifest_path) if manifest_path else None
    limit = DEFAULT_THRESHOLD if threshold is None else threshold
    result = match(article, images, threshold=limit, manifest=manifest)
    for message in result.warnings:
        warn(message)
    for message in result.manifest_errors:  # the photo is stopped, never matched automatically
        error(message)
    return article, result, failed or bool(result.manifest_errors)


def _read_images(paths: list[Path]) -> tuple[list[ImageMetadata], bool]:
    from captions import metadata  # lazy: start-up loads a command's library only when it runs

    images: list[ImageMetadata] = []
    failed = False
    for path in paths:
        try:
            images.append(metadata.read(path))
        except CaptionsError as exc:
            error(str(exc))
            failed = True
    return images, failed


def _print_matches(result: MatchResult) -> None:
    # Lazy: start-up loads a command's library only when it runs.
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for column in ("photo", "image", "score", "status", "caption", "best evidence", "runner-up"):
        table.add_column(column, overflow="fold")
    for found in result.matches:
        status = "ambiguous" if found.ambiguous else found.source
        reasons = "; ".join(e.kind for e in found.evidence if e.weight > 0.05)
        caption = result.captions.get(found.photo, "")[:60]
        image = Path(found.image).name
        runner_up = ""
        if found.runner_up is not None and found.runner_up_score is not None:
            runner_up = f"{Path(found.runner_up).name} {found.runner_up_score:.2f}"
        row = (image, f"{found.score:.2f}", status, caption, reasons, runner_up)
        table.add_row(str(found.photo), *row)
    for photo in result.unmatched_photos:
        caption = result.captions.get(photo, "")[:60]
        table.add_row(str(photo), "-", "", "unmatched", caption, "", "")
    console = Console(soft_wrap=False)
    console.print(table)
    if result.unmatched_images:
        names = ", ".join(Path(p).name for p in result.unmatched_images)
        console.print(f"unmatched images: {names}", markup=False)


def match_command(
    article: ArticleArgument,
    folder: FolderArgument,
    as_json: JsonOpt = False,
    manifest_out: Annotated[
        Path | None,
        typer.Option("--manifest-out", help="Write a manifest (.csv or .json) to correct."),
    ] = None,
    manifest: ManifestOption = None,
    threshold: ThresholdOpt = None,
) -> None:
    """Pair the article's photos with image files and explain each pair.

    Example: captions match story.html photos/ --json --manifest-out pairs.csv

    Exit status: 0 when every photo has a confident match, 1 when some photo is unmatched or
    ambiguous, 2 on errors.
    """
    # Lazy: start-up loads a command's library only when it runs.
    from captions.match import manifest as manifests

    _, result, failed = _match(article, folder, manifest, threshold)
    if manifest_out is not None:
        manifests.write(result, manifest_out)
    if as_json:
        print_json(result.to_json())
    else:
        _print_matches(result)
    raise typer.Exit(2 if failed else 0 if result.complete else 1)


def apply_command(
    article: ArticleArgument,
    folder: FolderArgument,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", "-n", help="Show the per-field changes; write nothing.")
    ] = False,
    manifest: ManifestOption = None,
    style: Annotated[
        str | None,
        typer.Option("--style", "-s", help="Credit style: getty, ap, or a credit template."),
    ] = None,
    append_credit: Annotated[
        bool | None,
        typer.Option(
            "--append-credit/--no-append-credit", help="Append the credit to the caption."
        ),
    ] = None,
    layout: Annotated[
        Layout | None,
        typer.Option(
            "--layout", help="split: Credit without the photographers; full: the whole line."
        ),
    ] = None,
    threshold: ThresholdOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Write the article's captions and normalized credits into the matched files.

    Ambiguous and unmatched photos are not written unless the manifest says so; files
    without a written match stay byte-identical.

    Example: captions apply story.txt photos/ --dry-run --style getty --no-append-credit

    Exit status: 0 when every photo was matched and written, 1 when some photo was left
    unmatched or ambiguous, 2 on errors.
    """
    # Lazy: start-up loads a command's library only when it runs.
    from captions.apply import apply, house_style

    if style is not None:
        check_style(style)
    house = house_style(
        folder,
        credit_style=style,
        append_credit=append_credit,
        layout=layout.value if layout else None,
    )
    source, result, failed = _match(article, folder, manifest, threshold)
    report = apply(source, result, house, dry_run=dry_run)
    for file in report.errors:
        error(file.error or "")
    if as_json:
        print_json(report.to_json())
    else:
        _print_report(report)
    raise typer.Exit(2 if failed or report.errors else 0 if report.complete else 1)


def _print_report(report: ApplyReport) -> None:
    verb = "would change" if report.dry_run else "changed"
    for file in report.files:
        if file.error:
            continue
        typer.echo(f"{file.path} (photo {file.photo}): {len(file.changes)} field(s) {verb}")
        for field, before, after in file.changes:
            typer.echo(f"  {field}: {_show(before)} -> {_show(after)}")
        for message in file.warnings:
            warn(f"{file.path}: {message}")
    for photo, reason in report.skipped:
        typer.echo(f"photo {photo}: not written: {reason}")


def _show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(none)"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return repr(str(value))


def register(app: typer.Typer) -> None:
    """Add `match` and `apply` to the app."""
    app.command("match")(match_command)
    app.command("apply")(apply_command)
