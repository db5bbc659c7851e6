"""The Typer application: one module per command group, combined here."""

from __future__ import annotations

import importlib
import inspect
import re

import typer

from captions import __version__
from captions.errors import CaptionsError

# Command modules; each defines `register(app)`.
COMMAND_MODULES = ("images", "article", "credit", "match", "audit", "report", "dupes", "check")

app = typer.Typer(
    name="captions",
    help="Extract, normalize, check and losslessly write photo captions and credit lines.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"captions {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """captions: caption and credit metadata for newsroom photo desks."""


# What rich takes for a markup tag (rich.markup.escape's pattern; importing rich costs 15 ms).
_MARKUP_TAG = re.compile(r"(\\*)(\[[a-z#/@][^[]*?])")


def escape_markup(text: str) -> str:
    """`[tool.captions]` -> `\\[tool.captions]`, which rich prints as `[tool.captions]`."""
    return _MARKUP_TAG.sub(lambda tag: tag[1] * 2 + "\\" + tag[2], text)


def help_text(doc: str) -> str:
    """A docstring as `--help` shows it: each paragraph on one line, examples kept as they are.

    Typer reflows only the first paragraph of a help text: the line breaks of the others would
    stay, breaking sentences at the width of the source wherever the terminal is wider or
    narrower. Text in brackets (`[tool.captions]`) is escaped: rich would take it for markup.
    """
    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(
        paragraph if paragraph.startswith((" ", "\t")) else " ".join(paragraph.split())
        for paragraph in map(escape_markup, paragraphs)
    )


for _name in COMMAND_MODULES:
    importlib.import_module(f"captions.cli.{_name}").register(app)
for _command in app.registered_commands:
    _command.help = help_text(_command.help or inspect.getdoc(_command.callback) or "")


def run(args: list[str]) -> int:
    """Run the CLI on `args` and return the exit code (usage errors are 2, as in click)."""
    try:
        app(args=args, prog_name="captions", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 2)
    except CaptionsError as exc:
        # Lazy: start-up loads a command's library only when it runs.
        from captions.cli.output import error

        error(str(exc))
        return 2
    return 0
