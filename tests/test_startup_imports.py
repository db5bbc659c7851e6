"""What a command loads is what it needs: start-up is part of every run (issue 16).

Each command runs in a fresh interpreter, which reports the modules it imported; counted in
`sys.modules`, not timed, so the tests hold on a busy machine. The credit grammar (the parser's
patterns and the supplier registry: most of a one-file `show --json`) loads only when a credit
is parsed; defusedxml's minidom (urllib, http, email) only when an XMP packet cannot be spliced.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from engine_fixtures import pillow_jpeg

from captions import metadata

WATCHED = ("captions.credit", "captions.credit.grammar", "captions.metadata", "defusedxml", "typer")


def loaded_by(
    args: list[str], cwd: Path, watched: tuple[str, ...] = WATCHED
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """`captions ARGS` run in a new interpreter, and which of `watched` it imported."""
    code = (
        "import sys\n"
        "from captions.cli import main\n"
        f"code = main({args!r})\n"
        f"print(sorted(m for m in {watched!r} if m in sys.modules), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd)
    return out, set(ast.literal_eval(out.stderr.strip().splitlines()[-1]))


def test_version_loads_no_command(tmp_path: Path) -> None:
    out, loaded = loaded_by(["--version"], tmp_path)
    assert out.returncode == 0 and out.stdout.startswith("captions ")
    assert loaded == set()


def test_show_json_loads_the_credit_grammar_only_for_a_credit(tmp_path: Path) -> None:
    plain = tmp_path / "plain.jpg"
    plain.write_bytes(pillow_jpeg())
    out, loaded = loaded_by(["show", "--json", str(plain)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["credit"] is None
    assert loaded == {"captions.metadata"}

    credited = tmp_path / "credited.jpg"
    credited.write_bytes(pillow_jpeg())
    metadata.write(credited, {"credit": "Jane Doe/Example Wire"})
    out, loaded = loaded_by(["show", "--json", str(credited)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["credit"]["raw"] == "Jane Doe/Example Wire"
    assert {"captions.credit", "captions.credit.grammar"} <= loaded


def test_show_json_of_a_file_with_an_iptc_digest_loads_no_hashlib(tmp_path: Path) -> None:
    # Reading checks the IPTC digest (MD5) with CPython's own `_md5`; hashlib (OpenSSL's
    # start-up, 11 M instructions) is for the audit's picture digest and for writing.
    path = tmp_path / "a.jpg"
    path.write_bytes(pillow_jpeg())
    metadata.write(path, {"caption": "A caption", "credit": "Jane Doe/Example Wire"})
    assert metadata.read(path).structure.digest == "match"  # the digest was checked
    watched = ("hashlib", "_md5")
    out, loaded = loaded_by(["show", "--json", str(path)], tmp_path, watched)
    assert out.returncode == 0, out.stderr
    assert loaded <= {"_md5"} and "hashlib" not in loaded
    # the other side: the audit's picture digest does load it, so the watch can fail
    out, loaded = loaded_by(["audit", "-j", "1", str(path)], tmp_path, watched)
    assert out.returncode in (0, 1), out.stderr
    assert "hashlib" in loaded


def test_set_splicing_xmp_loads_neither_the_credit_grammar_nor_defusedxml(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(pillow_jpeg())
    metadata.write(path, {"caption": "First caption", "credit": "Jane Doe/Example Wire"})
    out, loaded = loaded_by(["set", "--caption", "Second caption", "-j", "1", str(path)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert metadata.read(path).fields["caption"].value == "Second caption"
    assert loaded == {"captions.metadata"}


def test_set_of_a_jpeg_makes_no_dataclass(tmp_path: Path) -> None:
    # Importing dataclasses imports inspect (about 40 M instructions) and each class it makes
    # runs generated code (about 4 M): the records a JPEG write uses are NamedTuples and plain
    # classes, so `set` pays neither.
    path = tmp_path / "a.jpg"
    path.write_bytes(pillow_jpeg())
    metadata.write(path, {"caption": "First caption", "credit": "Jane Doe/Example Wire"})
    watched = ("dataclasses", "inspect")
    out, loaded = loaded_by(["set", "--caption", "Second caption", "-j", "1", str(path)], tmp_path,
                            watched)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert metadata.read(path).fields["caption"].value == "Second caption"
    assert loaded == set()
    # The other side: parsing the credit (its records are dataclasses) loads them.
    out, loaded = loaded_by(["show", "--json", str(path)], tmp_path, watched)
    assert out.returncode == 0, out.stderr
    assert "dataclasses" in loaded


def test_set_without_an_xmp_packet_builds_one_with_defusedxml(tmp_path: Path) -> None:
    # The other side of the test above: a new packet is made through the DOM, so the watch on
    # defusedxml can fail.
    path = tmp_path / "a.jpg"
    path.write_bytes(pillow_jpeg())
    out, loaded = loaded_by(["set", "--caption", "A caption", "-j", "1", str(path)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert metadata.read(path).fields["caption"].value == "A caption"
    assert "defusedxml" in loaded and "captions.credit" not in loaded


def test_audit_loads_the_writers_only_with_fix(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(pillow_jpeg())
    metadata.write(path, {"caption": "A caption", "credit": "Jane Doe/Example Wire"})
    writers = ("captions.audit.fix", "captions.writer", "captions.metadata")
    out, loaded = loaded_by(["audit", "-j", "1", str(path)], tmp_path, writers)
    assert out.returncode in (0, 1), out.stderr
    assert loaded == {"captions.metadata"}
    # the other side: `--fix` does load them, so the watch can fail
    out, loaded = loaded_by(["audit", "--fix", "-j", "1", str(path)], tmp_path, writers)
    assert out.returncode in (0, 1), out.stderr
    assert loaded == set(writers)
