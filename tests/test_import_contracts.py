"""The architecture holds: the import contracts of pyproject.toml ([tool.importlinter]: layers
one way, no cycles), and no module imports another module's private names."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
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


def test_the_field_table_contract_names_every_module_of_ours() -> None:
    """Forbidden lists name modules one by one: a new module must join the leaf's list."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (leaf,) = [c for c in contracts if c.get("source_modules") == ["captions.fields"]]
    ours = {
        f"captions.{p.stem}"
        for p in PACKAGE.iterdir()
        if (p.suffix == ".py" or (p / "__init__.py").is_file()) and not p.stem.startswith("__")
    }
    missing = ours - {"captions.fields"} - set(leaf["forbidden_modules"])
    assert not missing, f"add {sorted(missing)} to the field table's forbidden_modules"


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


def unexplained_lazy_imports(source: str) -> list[int]:
    """Lines of imports made inside a function that say nothing of why: no comment on the import
    itself, nor on the line above its group of imports."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for inner in ast.walk(node):
            if not isinstance(inner, (ast.Import, ast.ImportFrom)):
                continue
            if any("#" in line for line in lines[inner.lineno - 1 : inner.end_lineno]):
                continue
            above = inner.lineno - 2
            while above >= 0 and lines[above].strip().startswith(("from ", "import ")):
                above -= 1
            if above < 0 or not lines[above].strip().startswith("#"):
                found.append(inner.lineno)
    return sorted(set(found))


def test_every_import_inside_a_function_says_why_it_is_lazy() -> None:
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        lines = unexplained_lazy_imports(path.read_text(encoding="utf-8"))
        if lines:
            offenders[str(path.relative_to(ROOT))] = lines
    assert offenders == {}


def test_the_lazy_import_check_can_fail() -> None:
    source = (
        "def a():\n    import os\n"
        "def b():\n    import os  # lazy: start-up\n"
        "def c():\n    # Lazy (start-up): both below.\n    import os\n    import re\n"
    )
    assert unexplained_lazy_imports(source) == [2]
