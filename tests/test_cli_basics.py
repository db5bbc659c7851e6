"""The CLI skeleton: version, help, exit codes for usage errors."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys

import pytest

from captions.cli import main


def test_version_is_printed_without_importing_typer() -> None:
    code = (
        "import sys; from captions.cli import main; rc = main(['--version']); "
        "assert 'typer' not in sys.modules, 'typer imported'; sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("captions ")


def test_import_captions_does_not_import_typer() -> None:
    code = "import sys, captions; assert 'typer' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_unknown_command_is_a_usage_error() -> None:
    assert main(["no-such-command"]) == 2


def test_help_exits_zero() -> None:
    assert main(["--help"]) == 0


def test_every_command_is_documented_with_an_example() -> None:
    import typer

    from captions.cli.app import app

    group = typer.main.get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    assert {"show", "set", "extract", "credit", "audit", "rule", "match", "apply"} <= set(commands)
    for name, command in commands.items():
        assert command.help and "Example" in command.help, f"`captions {name}` has no example"


def _docstrings() -> dict[str, str]:
    from captions.cli.app import app

    return {
        str(info.name): inspect.getdoc(info.callback) or ""
        for info in app.registered_commands
        if info.callback is not None
    }


@pytest.mark.parametrize("command", sorted(_docstrings()))
def test_help_shows_each_paragraph_on_one_line(
    command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a wide terminal every paragraph of the docstring is one line of `--help`, brackets
    (`[tool.captions]`) included, and examples keep their indentation."""
    monkeypatch.setenv("COLUMNS", "400")
    assert main([command, "--help"]) == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)  # colours, where forced
    lines = [line.rstrip() for line in out.splitlines()]
    for paragraph in _docstrings()[command].split("\n\n"):
        if paragraph.startswith(" "):
            for example in paragraph.splitlines():
                assert f" {example}" in lines, f"{command}: example {example!r} not indented"
        else:
            assert f" {' '.join(paragraph.split())}" in lines, f"{command}: {paragraph!r}"


def test_help_text_joins_lines_and_escapes_brackets() -> None:
    from captions.cli.app import help_text

    doc = "First line\n    goes on.\n\n    Second, [tool.x]\n    in two.\n\n        code  kept\n"
    assert help_text(doc) == "First line goes on.\n\nSecond, \\[tool.x] in two.\n\n    code  kept"


@pytest.mark.parametrize(
    "text", ["[tool.captions]", "pip install 'captions[dask]'", "a \\[b] [OPTIONS] [*] [#f00]x"]
)
def test_markup_is_escaped_as_rich_escapes_it(text: str) -> None:
    from rich.markup import escape, render

    from captions.cli.app import escape_markup

    assert escape_markup(text) == escape(text)
    assert render(escape_markup(text)).plain == text
