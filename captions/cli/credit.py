"""`captions credit`: parse credit lines and print their parts and normalized form."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from captions.audit.checks import agencies_of
from captions.audit.config import load_config
from captions.cli.options import DaskOption, SchedulerOption, check_style, cluster_option
from captions.cli.output import error, print_json, warn
from captions.credit import AgencyTable, read_credit
from captions.credit.record import credit_record, names_nothing
from captions.errors import CaptionsError, CreditError

_FLAGS = ("pool", "handout", "file_photo", "courtesy", "commissioned")


def _inputs(texts: list[str]) -> list[str]:
    """The credits to parse: arguments, with `-` replaced by stdin's non-blank lines."""
    found: list[str] = []
    for text in texts:
        if text == "-":
            found += [line.rstrip("\r\n") for line in sys.stdin if line.strip()]
        else:
            found.append(text)
    return found


def _record(text: str, style: str, table: AgencyTable) -> dict[str, Any]:
    """One input as a JSON-ready object; raises CaptionsError when it cannot be parsed."""
    reading = read_credit(text, table)
    if names_nothing(reading):
        raise CreditError(f"credit {text!r}: no photographer, agency or marker recognized")
    for part in reading.unrecognized:
        warn(f"credit {text!r}: {part!r} is neither a person, an agency nor a marker")
    return credit_record(reading, table, style)


def _print_table(records: list[dict[str, Any]]) -> None:
    # Lazy: start-up loads a command's library only when it runs
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("raw", "photographers", "agencies", "distributor", "usage", "normalized"):
        table.add_column(column, overflow="fold")
    for record in records:
        if "error" in record:
            table.add_row(record["raw"], "", "", "", "error", record["error"])
            continue
        flags = [flag.replace("_photo", "") for flag in _FLAGS if record[flag]]
        table.add_row(
            record["raw"],
            "; ".join(record["photographers"]),
            "; ".join(record["agencies"]),
            record["distributor"] or "",
            ", ".join([record["usage"], *flags]),
            record["normalized"],
        )
    Console(soft_wrap=False).print(table)


def credit(
    texts: Annotated[
        list[str],
        typer.Argument(
            metavar="TEXT", help="Credit lines to parse; `-` reads one per line from stdin."
        ),
    ],
    style: Annotated[
        str,
        typer.Option(
            "--style",
            "-s",
            help="House style: getty, ap, or a template such as "
            "'Photo: {credit}' or '[{photographers}/]{agencies}[ via {distributor}]'.",
        ),
    ] = "getty",
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of credits.")] = False,
) -> None:
    """Parse credit lines and print each one's parts and normalized form.

    Example: captions credit "Photo by SAUL LOEB/POOL/AFP via Getty Images" --style ap

    Organisation names are read through the supplier registry, extended by
    `[tool.captions.credit]` of the closest captions.toml or pyproject.toml.

    Exit status: 0 when every credit was parsed, 2 when any could not be (an empty line).
    """
    check_style(style)
    records: list[dict[str, Any]] = []
    failed = False
    try:
        table = agencies_of(load_config())  # `[tool.captions.credit]` of the closest config
    except CaptionsError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    for text in _inputs(texts):
        try:
            records.append(_record(text, style, table))
        except CaptionsError as exc:
            error(str(exc))
            records.append({"raw": text, "error": str(exc)})
            failed = True
    if as_json:
        print_json(records)
    else:
        _print_table(records)
    if failed:
        raise typer.Exit(2)


def credits(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Images and folders to count.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the inventory as JSON.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print the inventory as CSV.")] = False,
    style: Annotated[
        str, typer.Option("--style", "-s", help="House style of the normalized credits.")
    ] = "getty",
    scheduler: SchedulerOption = None,
    dask: DaskOption = None,
) -> None:
    """Count the credits of an archive: per supplier, per usage class, per normalized credit.

    Reads the credit line and by-line of every image (headers only). Suppliers come from the
    registry extended by `[tool.captions.credit]`; credits no supplier was found for are listed
    as unknown. With --dask local or --scheduler the files are read and counted by Dask workers
    (pip install 'photodesk-captions[dask]'), as `audit` takes them; the counts are the same.

    Example: captions credits photos/ --json

    Exit status: 0 when every file was read, 2 when some could not be (they are counted as
    unreadable and named on stderr) or for bad usage.
    """
    from captions.inventory import credit_inventory  # reads images: lazy for `credit`'s start-up

    check_style(style)
    cluster = cluster_option(scheduler, dask)
    try:
        table = agencies_of(load_config(paths))
        inventory, problems = credit_inventory(paths, table, style, cluster=cluster)
    except CaptionsError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    for problem in problems:
        error(problem)
    if as_json:
        print_json(inventory.as_json())
    elif as_csv:
        _print_csv(inventory.as_json())
    else:
        _print_inventory(inventory.as_json())
    if problems:
        raise typer.Exit(2)


def _print_csv(data: dict[str, Any]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["section", "name", "kind", "photographer", "files"])
    for supplier in data["suppliers"]:
        writer.writerow(["supplier", supplier["supplier"], supplier["kind"], "", supplier["files"]])
        for name, files in supplier["photographers"].items():
            writer.writerow(["photographer", supplier["supplier"], supplier["kind"], name, files])
    for usage, files in data["usage"].items():
        writer.writerow(["usage", usage, "", "", files])
    for item in data["credits"]:
        writer.writerow(["credit", item["normalized"], "", "", item["files"]])
    for item in data["unknown"]:
        writer.writerow(["unknown", item["raw"], "", "", item["files"]])


def _print_inventory(data: dict[str, Any]) -> None:
    # Lazy: start-up loads a command's library only when it runs
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    console.print(f"{data['files']} files")
    suppliers = Table("supplier", "kind", "files", "photographers", title="suppliers")
    for s in data["suppliers"]:
        people = ", ".join(f"{name} ({n})" for name, n in list(s["photographers"].items())[:5])
        suppliers.add_row(s["supplier"], s["kind"], str(s["files"]), people)
    console.print(suppliers)
    usage = Table("usage", "files", title="usage")
    for name, files in data["usage"].items():
        usage.add_row(name, str(files))
    console.print(usage)
    if data["unknown"]:
        unknown = Table("credit", "files", title="no supplier found")
        for item in data["unknown"]:
            unknown.add_row(item["raw"], str(item["files"]))
        console.print(unknown)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("credit")(credit)
    app.command("credits")(credits)
