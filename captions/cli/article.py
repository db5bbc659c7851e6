"""`captions extract`: the captions and credit lines of an article, as a table or JSON."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from captions.cli.output import error, exit_with, print_json
from captions.errors import CaptionsError
from captions.model import Article, Credit, Occurrence

if TYPE_CHECKING:
    from captions.credit import AgencyTable


class ArticleFormat(StrEnum):
    text = "text"
    html = "html"
    markdown = "markdown"


def credit_json(credit: Credit | None) -> dict[str, Any] | None:
    """A credit as the JSON object of `--json` output (raw, parts, normalized form)."""
    if credit is None:
        return None
    return {"raw": credit.raw, **credit.parts(), "normalized": _normalized(credit)}


def _normalized(credit: Credit) -> str | None:
    # Lazy: start-up loads a command's library only when it runs.
    from captions.credit import format_credit

    try:
        return format_credit(credit) or None
    except (ValueError, LookupError):
        return None


def occurrence_json(occ: Occurrence) -> dict[str, Any]:
    return {
        "index": occ.index,
        "photo": occ.photo,
        "line": occ.line,
        "offset": occ.offset,
        "text": occ.text,
        "credit": credit_json(occ.credit),
        "people": [{"name": p.name, "position": p.position} for p in occ.people],
        "date": occ.date,
        "place": occ.place,
        "image_ref": occ.image_ref,
    }


def article_json(article: Article) -> dict[str, Any]:
    return {
        "article": article.path,
        "title": article.title,
        "captions": [occurrence_json(o) for o in article.captions],
    }


def _print_table(article: Article) -> None:
    # Lazy: start-up loads a command's library only when it runs.
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"{article.path} ({article.format}): {len(article.captions)} captions, "
        f"{len(article.photos)} photos"
    )
    for name in ("#", "photo", "line"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("caption", ratio=4, overflow="fold")
    for name in ("credit", "people"):
        table.add_column(name, ratio=2, overflow="fold")
    table.add_column("date", no_wrap=True)
    for occ in article.captions:
        people = ", ".join(f"{p.name} ({p.position})" if p.position else p.name for p in occ.people)
        credit = _normalized(occ.credit) or occ.credit.raw if occ.credit else ""
        table.add_row(
            str(occ.index),
            str(occ.photo),
            str(occ.line),
            occ.text,
            credit or "",
            people,
            occ.date or "",
        )
    Console().print(table)


def extract_command(
    article: Annotated[str, typer.Argument(help="The article file, or - to read stdin.")],
    json_output: Annotated[
        bool, typer.Option("--json", help="Print JSON instead of a table.")
    ] = False,
    format: Annotated[
        ArticleFormat | None,
        typer.Option("--format", help="Read as text, html or markdown (default: detected)."),
    ] = None,
) -> None:
    """Extract the photo captions and credit lines of an article (text, HTML or Markdown).

    Example: `captions extract story.html --json`
    """
    # Lazy: start-up loads a command's library only when it runs.
    from captions.article import extract

    fmt = format.value if format else None
    try:
        table = configured_agencies([] if article == "-" else [article])
        if article == "-":
            result = extract("<stdin>", format=fmt, text=sys.stdin.read(), agencies=table)
        else:
            result = extract(article, format=fmt, agencies=table)
    except CaptionsError as exc:
        error(str(exc))
        exit_with(2)
        return
    if json_output:
        print_json(article_json(result))
    else:
        _print_table(result)


def configured_agencies(paths: list[str]) -> AgencyTable:
    """The supplier registry extended by the closest configuration of `paths` (or of the working
    folder): configured aliases and suppliers reach every command that reads credits."""
    # Lazy: start-up loads a command's library only when it runs.
    from captions.audit.checks import agencies_of
    from captions.audit.config import load_config

    return agencies_of(load_config(paths or ["."]))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("extract")(extract_command)


__all__ = ["article_json", "configured_agencies", "credit_json", "occurrence_json", "register"]
