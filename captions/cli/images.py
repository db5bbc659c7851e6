"""Commands `show` and `set`: read and write caption and credit metadata in image files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from captions.cli.output import error, exit_with, print_json, warn
from captions.errors import CaptionsError

if TYPE_CHECKING:
    from captions.metadata import FieldValue, ImageMetadata, Value, WriteResult

PathsArgument = Annotated[
    list[Path], typer.Argument(help="Image files or folders (searched recursively).")
]


def show(
    paths: PathsArgument,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """Show the caption and credit fields of images: value, source and conflicts.

    The value shown is the one that wins under the Metadata Working Group rules.
    Its source (exif, iptc or xmp) is shown next to it; disagreeing sources are flagged.
    With --json every source's value is printed as stored.

    Example: captions show images/ --json
    """
    from captions import metadata
    from captions.walk import expand

    failed = False
    records: list[dict[str, Any]] = []
    for path in expand(paths):
        try:
            meta = metadata.read(path)
        except CaptionsError as exc:
            failed = True
            error(str(exc))
            records.append(_error_record(path, exc))
            continue
        if as_json:
            records.append(_record(meta))
        else:
            _print_human(meta)
    if as_json:
        print_json(records)
    exit_with(2 if failed else 0)


def _record(meta: ImageMetadata) -> dict[str, Any]:
    return {
        "path": meta.path,
        "format": meta.format,
        "fields": {name: _field_record(fv) for name, fv in meta.fields.items()},
        "warnings": list(meta.warnings),
        "error": None,
    }


def _field_record(fv: FieldValue) -> dict[str, Any]:
    return {
        "value": fv.value,
        "source": fv.source,
        "exif": fv.exif,
        "iptc": fv.iptc,
        "xmp": fv.xmp,
        "conflict": fv.conflict,
    }


def _error_record(path: Path, exc: CaptionsError) -> dict[str, Any]:
    return {"path": str(path), "format": None, "fields": {}, "warnings": [], "error": str(exc)}


def _print_human(meta: ImageMetadata) -> None:
    typer.echo(f"{meta.path} ({meta.format})")
    shown = False
    for name, fv in meta.fields.items():
        if fv.value is None and not fv.conflict:
            continue
        shown = True
        typer.echo(f"  {name:<23} {_text(fv.value)}  [{fv.source}]")
        if fv.conflict:
            found = [(s, v) for s, v in (("exif", fv.exif), ("iptc", fv.iptc), ("xmp", fv.xmp))]
            others = "; ".join(f"{s}: {_text(v)}" for s, v in found if v is not None)
            typer.echo(f"  {'':<23} ! sources disagree: {others}")
    if not shown:
        typer.echo("  (no caption or credit metadata)")
    for message in meta.warnings:
        typer.echo(f"  warning: {message}")


def _text(value: Value | None) -> str:
    if value is None:
        return "-"
    text = " | ".join(value) if isinstance(value, list) else value
    return text.replace("\r\n", "\n").replace("\n", "\n" + " " * 26)


def _valid_date(value: str | None) -> str | None:
    from captions.formats.iptc import iim_date

    if value:
        try:
            iim_date(value)
        except CaptionsError as exc:
            raise typer.BadParameter(str(exc)) from None
    return value


Text = Annotated[str | None, typer.Option(show_default=False)]


def set_fields(
    paths: PathsArgument,
    caption: Annotated[str | None, typer.Option(help="Caption (description).")] = None,
    title: Annotated[str | None, typer.Option(help="Title (IIM Object Name).")] = None,
    headline: Text = None,
    byline: Annotated[list[str] | None, typer.Option(help="Creator; repeat for several.")] = None,
    byline_title: Text = None,
    credit: Text = None,
    source: Text = None,
    copyright: Text = None,
    date: Annotated[
        str | None,
        typer.Option(help="Date created: YYYY-MM-DD[THH:MM:SS[+HH:MM]].", callback=_valid_date),
    ] = None,
    city: Text = None,
    sublocation: Text = None,
    state: Text = None,
    country: Text = None,
    country_code: Text = None,
    transmission_reference: Text = None,
    instructions: Text = None,
    keyword: Annotated[list[str] | None, typer.Option(help="Keyword; repeat for several.")] = None,
    person: Annotated[list[str] | None, typer.Option(help="Person shown; repeatable.")] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the changes, write nothing.")
    ] = False,
    backup: Annotated[
        bool, typer.Option("--backup", help="Keep the original as NAME.bak.")
    ] = False,
    keep_mtime: Annotated[
        bool, typer.Option("--keep-mtime", help="Keep the file's modification time.")
    ] = False,
    full_iim: Annotated[
        bool, typer.Option("--full-iim", help="Write values over the IIM byte limits in full.")
    ] = False,
) -> None:
    """Write caption and credit fields to EXIF, IPTC-IIM and XMP, losslessly (JPEG only).

    Each value goes to every place it belongs; an empty value ("") removes the field.
    Values over the IIM byte limits are cut there (reported) and kept whole in XMP.

    Example: captions set photo.jpg --caption "Mayor Anna Berg opens the bridge" --credit "ACME"
    """
    given: dict[str, Value | None] = {
        "caption": caption,
        "title": title,
        "headline": headline,
        "byline": byline,
        "byline_title": byline_title,
        "credit": credit,
        "source": source,
        "copyright": copyright,
        "date_created": date,
        "city": city,
        "sublocation": sublocation,
        "state": state,
        "country": country,
        "country_code": country_code,
        "transmission_reference": transmission_reference,
        "instructions": instructions,
        "keywords": keyword,
        "persons": person,
    }
    values: dict[str, Value | None] = {k: v for k, v in given.items() if v is not None}
    if not values:
        raise typer.BadParameter("give at least one field to set, e.g. --caption TEXT")
    failed = _set_all(paths, values, dry_run, backup, keep_mtime, full_iim)
    exit_with(2 if failed else 0)


def _set_all(
    paths: list[Path],
    values: dict[str, Value | None],
    dry_run: bool,
    backup: bool,
    keep_mtime: bool,
    full_iim: bool,
) -> bool:
    from captions import metadata
    from captions.walk import expand

    failed = False
    files = expand(paths)
    if not dry_run:
        _remove_stale_temps(files)
    for path in files:
        try:
            result = metadata.write(
                path,
                values,
                full_iim=full_iim,
                keep_mtime=keep_mtime,
                backup=backup,
                dry_run=dry_run,
            )
        except CaptionsError as exc:
            failed = True
            error(str(exc))
            continue
        for message in result.warnings:
            warn(f"{path}: {message}")
        _print_result(result, dry_run)
    return failed


def _remove_stale_temps(files: list[Path]) -> None:
    """Clean up after writes that were killed half-way, and say so."""
    from captions.writer import remove_stale_temps

    for folder in dict.fromkeys(path.parent for path in files):
        for temp in remove_stale_temps(folder):
            warn(f"{temp}: removed a temporary file left by an interrupted write")


def _print_result(result: WriteResult, dry_run: bool) -> None:
    if not result.changes:
        typer.echo(f"{result.path}: unchanged")
        return
    verb = "would change" if dry_run else "changed"
    typer.echo(f"{result.path}: {verb} {', '.join(name for name, _, _ in result.changes)}")
    if dry_run:
        for name, before, after in result.changes:
            typer.echo(f"  {name}: {_text(before)}")
            typer.echo(f"  {'':<{len(name)}}  -> {_text(after)}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("show")(show)
    app.command("set")(set_fields)
