"""The CLI skeleton: version, help, exit codes for usage errors."""

from __future__ import annotations

import subprocess
import sys

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
