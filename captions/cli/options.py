"""Command-line parameters that several commands share, declared once as `Annotated` types.

    def audit_command(paths: ..., select: SelectOption = None, jobs: JobsOption = 0) -> None:

What the options mean, and their checks, are Typer-free (`audit_options`, `findings`): the fast
front door uses them without this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from captions.cli.audit_tasks import DaskMode
from captions.cli.findings import OutputFormat
from captions.cli.output import error

ArticleArgument = Annotated[
    Path, typer.Argument(metavar="ARTICLE", help="The article: text, HTML or Markdown.")
]
FolderArgument = Annotated[
    Path, typer.Argument(metavar="DIR", help="The folder of images (searched recursively).")
]

JobsOption = Annotated[
    int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option("--scheduler", metavar="ADDRESS", help="Run on this Dask scheduler."),
]
DaskOption = Annotated[
    DaskMode | None, typer.Option("--dask", help="local: on a local Dask cluster (--jobs).")
]


def cluster_option(scheduler: str | None, dask: DaskMode | None) -> str | None:
    """The Dask scheduler `--scheduler`/`--dask` name ("local": a LocalCluster), or None to run
    here; both at once is a usage error."""
    if scheduler and dask:
        error("give either --scheduler or --dask local, not both")
        raise typer.Exit(2)
    return scheduler or (dask.value if dask else None)


ManifestOption = Annotated[
    Path | None,
    typer.Option(
        "--manifest", help="A corrected manifest (CSV or JSON) that overrides the matcher."
    ),
]

# The linting options of `audit` and `check` (and `--config`, `--isolated`, `--exclude` of
# `report`): see captions.cli.audit_options.AuditOptions.
OutputFormatOption = Annotated[
    OutputFormat, typer.Option("--output-format", help="How findings are printed.")
]
OutputFileOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", dir_okay=False, help="Write the findings to this file, not stdout."
    ),
]
SelectOption = Annotated[
    list[str] | None, typer.Option("--select", help="Only these rules (codes, prefixes).")
]
ExtendSelectOption = Annotated[
    list[str] | None, typer.Option("--extend-select", help="Rules to add to the selection.")
]
IgnoreOption = Annotated[list[str] | None, typer.Option("--ignore", help="Rules to skip.")]
ExcludeOption = Annotated[
    list[str] | None, typer.Option("--exclude", help="Skip paths matching this glob.")
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Use this captions.toml or pyproject.toml.")
]
IsolatedOption = Annotated[
    bool, typer.Option("--isolated", help="Ignore every configuration file.")
]
ExitZeroOption = Annotated[
    bool, typer.Option("--exit-zero", help="Exit 0 even with findings (errors still exit 2).")
]


def require_folder(folder: Path) -> None:
    """A usage error on DIR unless `folder` is a folder (`check`, `match`, `apply`)."""
    if not folder.is_dir():
        raise typer.BadParameter(f"{folder} is not a folder", param_hint="DIR")


def check_style(style: str) -> None:
    """A usage error on `--style` unless it names a house style or is a valid credit template."""
    # Lazy: start-up loads a command's library only when it runs.
    from captions.audit.config import credit_style_problem

    problem = credit_style_problem(style)
    if problem:
        raise typer.BadParameter(problem, param_hint="--style")


__all__ = [
    "ArticleArgument",
    "ConfigOption",
    "ExcludeOption",
    "ExitZeroOption",
    "ExtendSelectOption",
    "FolderArgument",
    "IgnoreOption",
    "IsolatedOption",
    "JobsOption",
    "ManifestOption",
    "OutputFileOption",
    "OutputFormatOption",
    "QuietOption",
    "SelectOption",
    "check_style",
    "require_folder",
]
