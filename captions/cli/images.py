"""Commands `show` and `set`: read and write caption and credit metadata in image files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from captions.cli.options import JobsOption
from captions.cli.output import exit_with
from captions.errors import CaptionsError

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
    from captions.cli.image_tasks import show_files

    exit_with(show_files(paths, as_json=as_json, jobs=jobs))


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
    jobs: JobsOption = 0,
) -> None:
    """Write caption and credit fields to EXIF, IPTC-IIM and XMP, losslessly.

    JPEG, PNG, WebP (EXIF and XMP: WebP has no IIM) and TIFF are written; HEIC, AVIF, JPEG XL,
    GIF, PSD, BigTIFF and camera raw files are only read.
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
    from captions.cli.image_tasks import WriteOptions, set_files

    options = WriteOptions(dry_run=dry_run, backup=backup, keep_mtime=keep_mtime, full_iim=full_iim)
    exit_with(set_files(paths, values, options, jobs))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("show")(show)
    app.command("set")(set_fields)
