"""Commands `show` and `set`: read and write caption and credit metadata in image files."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from captions.cli.options import JobsOption
from captions.cli.output import exit_with
from captions.errors import CaptionsError
from captions.fields import NAMES, TABLE, Field

if TYPE_CHECKING:
    from captions.metadata import Value

PathsArgument = Annotated[
    list[Path], typer.Argument(help="Image files or folders (searched recursively).")
]


def show(
    paths: PathsArgument,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
    jobs: JobsOption = 0,
) -> None:
    """Show the caption and credit fields of images: value, source and conflicts.

    The value shown is the one that wins under the Metadata Working Group rules.
    Its source (exif, iptc or xmp) is shown next to it; disagreeing sources are flagged.
    With --json every source's value is printed as stored (a JSON list, one file per line).

    Example: captions show images/ --json
    """
    # Lazy: start-up loads a command's library only when it runs
    from captions.cli.image_tasks import show_files

    exit_with(show_files(paths, as_json=as_json, jobs=jobs))


def _valid_date(value: str | None) -> str | None:
    # Lazy: start-up loads a command's library only when it runs
    from captions.formats.iptc import iim_date

    if value:
        try:
            iim_date(value)
        except CaptionsError as exc:
            raise typer.BadParameter(str(exc)) from None
    return value


def set_fields(
    paths: PathsArgument,
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
    jobs: JobsOption = 0,
    **given: str | list[str] | None,
) -> None:
    """Write caption and credit fields to EXIF, IPTC-IIM and XMP, losslessly.

    JPEG, PNG, WebP (EXIF and XMP: WebP has no IIM) and TIFF are written; HEIC, AVIF, JPEG XL,
    GIF, PSD, BigTIFF and camera raw files are only read.
    Each value goes to every place it belongs; an empty value ("") removes the field.
    Values over the IIM byte limits are cut there (reported) and kept whole in XMP.

    Example: captions set photo.jpg --caption "Mayor Anna Berg opens the bridge" --credit "ACME"
    """
    # one option per field of the table (`_field_option`), in the table's order
    values: dict[str, Value | None] = {k: given[k] for k in NAMES if given.get(k) is not None}
    if not values:
        raise typer.BadParameter("give at least one field to set, e.g. --caption TEXT")
    # Lazy: start-up loads a command's library only when it runs
    from captions.cli.image_tasks import WriteOptions, set_files

    options = WriteOptions(dry_run=dry_run, backup=backup, keep_mtime=keep_mtime, full_iim=full_iim)
    exit_with(set_files(paths, values, options, jobs))


def _field_option(field: Field) -> inspect.Parameter:
    """`set`'s option for one field of the table: its name, help, one value or repeatable."""
    kind = list[str] | None if field.is_list else str | None
    option = typer.Option(
        field.option,
        help=field.help,
        show_default=False,
        callback=_valid_date if field.type == "date" else None,
    )
    return inspect.Parameter(
        field.name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[kind, option]
    )


def _with_field_options(command: Callable[..., None]) -> Callable[..., None]:
    """`command` as Typer sees it: its `**given` replaced by one option per field, after the
    paths (the order `set --help` lists them in)."""
    signature = inspect.signature(command, eval_str=True)
    paths, *flags, _given = signature.parameters.values()
    flags = [flag.replace(kind=inspect.Parameter.KEYWORD_ONLY) for flag in flags]
    fields = [_field_option(field) for field in TABLE]
    command.__signature__ = signature.replace(parameters=[paths, *fields, *flags])  # type: ignore[attr-defined]
    return command


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("show")(show)
    app.command("set")(_with_field_options(set_fields))
