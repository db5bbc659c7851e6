"""The architecture holds: the import contracts of pyproject.toml ([tool.importlinter]: layers
one way, no cycles), and no module imports another module's private names."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "captions"


def test_import_contracts_are_kept() -> None:
    pytest.importorskip("importlinter", reason="import-linter is a test extra")
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert command is not None, "lint-imports is not installed beside this Python"
    done = subprocess.run(
        [command, "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def private_imports(source: str, module: str) -> list[str]:
    """`from captions.x import _name` where x is another module: one entry each."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("captions"):
            if node.module == module:
                continue
            private = [a.name for a in node.names if a.name.startswith("_")]
            found += [f"{node.module}.{n}" for n in private if not n.endswith("__")]
    return found


def test_no_module_imports_another_modules_private_names() -> None:
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        found = private_imports(path.read_text(encoding="utf-8"), module)
        if found:
            offenders[module] = found
    assert offenders == {}


def test_the_private_import_check_can_fail() -> None:
    source = "from captions.apply import _settings\nfrom captions import __version__\n"
    assert private_imports(source, "captions.check") == ["captions.apply._settings"]
