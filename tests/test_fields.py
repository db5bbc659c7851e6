"""The field table (`captions.fields`) is the one home of the caption and credit fields.

Where each field is kept is checked against readers that are not ours (exiftool, piexif's tag
names); `set`'s options are compared between the Typer command and the Typer-free fast path for
every option, both built from the table, so a field added to the table cannot be forgotten in
either; the README's field table is generated from it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import piexif  # type: ignore[import-untyped]
import pytest
import typer.main
from engine_fixtures import pillow_jpeg

from captions import fields, metadata
from captions.cli import main
from captions.cli.app import app, run
from captions.cli.fast import run_fast, set_options
from captions.fields import TABLE

ROOT = Path(__file__).resolve().parents[1]


def test_each_field_option_dataset_and_property_is_named_once() -> None:
    for column in (
        [f.name for f in TABLE],
        [f.option for f in TABLE],
        [f.iim.number for f in TABLE if f.iim],
        [(f.xmp.namespace, f.xmp.name.lower()) for f in TABLE],
        [f.exif.tag for f in TABLE if f.exif],
    ):
        assert len(column) == len(set(column)), column
    assert fields.IIM_TIME_CREATED.number not in {f.iim.number for f in TABLE if f.iim}


def test_the_table_reads_as_its_docstring_says() -> None:
    for field in TABLE:
        assert field.option.startswith("--") and field.option == field.option.lower()
        assert field.xmp.namespace in fields.XMP_PREFIXES
        assert field.iim is None or 0 < field.iim.limit <= 2000
        if field.type == "date":  # a date is a single value kept where dates go
            assert not field.is_list and field.exif is not None and field.exif.offset
        if field.exif is not None and not field.exif.written:
            assert field.exif.ifd == "Exif IFD"


def test_exif_tags_are_the_tags_piexif_names() -> None:
    ifds = {"IFD0": "0th", "Exif IFD": "Exif"}
    for field in TABLE:
        if field.exif is None:
            continue
        known = piexif.TAGS[ifds[field.exif.ifd]]
        assert known[field.exif.tag]["name"] == field.exif.name, field.name
        if field.exif.offset is not None:
            assert known[field.exif.offset]["name"] == "Offset" + field.exif.name.split("Date")[-1]


# --- every field lands where the table says, as exiftool reads the file ----------------------

# exiftool's group of each namespace (an oracle written here, not taken from the table)
EXIFTOOL_GROUPS = {
    fields.DC_NS: "XMP-dc",
    fields.PHOTOSHOP_NS: "XMP-photoshop",
    fields.IPTC_CORE_NS: "XMP-iptcCore",
    fields.IPTC_EXT_NS: "XMP-iptcExt",
}


def sample(field: fields.Field) -> str | list[str]:
    if field.type == "date":
        return "2024-05-06T07:08:09+02:00"
    if field.is_list:
        return [f"{field.name} one", f"{field.name} two"]
    return field.name[: field.iim.limit if field.iim else None]  # within the IIM limit


def exiftool_tags(path: Path) -> dict[str, dict[str, Any]]:
    done = subprocess.run(
        # record 1 (1:90, the character set) and 2:00 left out: IPTC ids are then record 2's
        [
            "exiftool",
            "-j",
            "-G1",
            "-D",
            "-n",
            "-x",
            "CodedCharacterSet",
            "-x",
            "ApplicationRecordVersion",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, dict[str, Any]] = json.loads(done.stdout)[0]
    return found


def as_list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_every_field_is_written_where_the_table_says(tmp_path: Path) -> None:
    path = tmp_path / "all.jpg"
    path.write_bytes(pillow_jpeg())
    values = {field.name: sample(field) for field in TABLE}
    metadata.write(path, values)
    tags = exiftool_tags(path)
    by_id = {
        (key.split(":")[0], str(tag["id"]).lower()): tag["val"]
        for key, tag in tags.items()
        if isinstance(tag, dict)  # not SourceFile
    }
    for field in TABLE:
        value = values[field.name]
        xmp = by_id.get((EXIFTOOL_GROUPS[field.xmp.namespace], field.xmp.name.lower()))
        assert xmp is not None, f"{field.name}: no {field.xmp.qualified}"
        if field.type == "text":
            assert as_list(xmp) == as_list(value)
        if field.iim is not None:
            iim = by_id.get(("IPTC", str(field.iim.number)))
            assert iim is not None, f"{field.name}: no IIM 2:{field.iim.number}"
            if field.type == "text":
                assert as_list(iim) == as_list(value)
        exif = by_id.get(("IFD0", str(field.exif.tag))) if field.exif else None
        if field.exif is not None and field.exif.written:
            assert exif == metadata.ARTIST_SEPARATOR.join(as_list(value)), field.name
    assert by_id[("IPTC", str(fields.IIM_TIME_CREATED.number))] == "07:08:09+02:00"
    written_iim = {int(tag) for group, tag in by_id if group == "IPTC" and tag.isdigit()}
    assert written_iim == {f.iim.number for f in TABLE if f.iim} | {60}
    read = metadata.read(path)
    assert [name for name, field in read.fields.items() if field.value is not None] == list(
        fields.NAMES
    )


# --- `set`: the Typer command and the fast path have the same options ------------------------

DEFAULTS = {"text": None, "list": None, "typer": None, "flag": False, "count": 0}


def typer_options() -> dict[str, Any]:
    command = typer.main.get_command(app)
    set_command = command.commands["set"]  # type: ignore[attr-defined]
    return {
        name: param
        for param in set_command.params
        if param.param_type_name == "option"
        for name in (*param.opts, *param.secondary_opts)
    }


def typer_kind(option: Any) -> str:
    """What the fast path must do with a Typer option (its names, type, multiplicity)."""
    annotation = option.type_descriptor.annotation
    if option.callback is not None:
        return "typer"  # Typer checks the value: the fast path leaves it to Typer
    if option.is_flag:
        return "flag"
    if option.multiple and annotation == list[str]:
        return "list"
    if annotation is int and option.min == 0 and option.max is None:
        return "count"
    if annotation is str and option.nargs == 1:
        return "text"
    return f"unknown: {annotation}"


def test_fast_path_knows_every_option_of_set_as_typer_declares_it() -> None:
    options = typer_options()
    kinds = {name: typer_kind(option) for name, option in options.items()}
    assert set_options() == kinds
    for name, option in options.items():
        assert option.default == DEFAULTS[kinds[name]], name
    for field in TABLE:  # from the table, so a new field cannot be missed by either
        assert kinds[field.option] == (
            "list" if field.is_list else "text" if field.type == "text" else "typer"
        )
        assert options[field.option].name == field.name
        assert options[field.option].help == field.help


def argv_for(name: str, kind: str) -> list[str]:
    given = {
        "text": [name, "Zoë – v", f"{name}=second"],
        "list": [name, "a", f"{name}=b c", name, ""],
        "typer": [name, "2024-05-06", "--caption", "c"],
        "flag": ["--caption", "c", name],
        "count": ["--caption", "c", name, "3"],
    }[kind]
    return ["set", "a.jpg", *given, "b.jpg"]


@pytest.fixture
def set_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """What `set` hands to `image_tasks.set_files`, call by call (nothing is written)."""
    calls: list[tuple[object, ...]] = []

    def record(paths: list[object], values: dict[str, Any], options: object, jobs: int) -> int:
        calls.append(([str(p) for p in paths], list(values.items()), options, jobs))
        return 0

    monkeypatch.setattr("captions.cli.image_tasks.set_files", record)
    return calls


@pytest.mark.parametrize("name", sorted(set_options()))
def test_fast_path_passes_what_typer_passes(name: str, set_calls: list[tuple[object, ...]]) -> None:
    kind = set_options()[name]
    args = argv_for(name, kind)
    assert run(list(args)) == 0
    if kind == "typer":
        assert run_fast(list(args)) is None
        assert main(list(args)) == 0
    else:
        assert run_fast(list(args)) == 0
    typer_call, fast_call = set_calls
    assert fast_call == typer_call


def test_every_option_at_once_takes_the_fast_path(set_calls: list[tuple[object, ...]]) -> None:
    args = ["set", "a.jpg"]
    for name, kind in set_options().items():
        if kind != "typer" and name != "-j":
            args += argv_for(name, kind)[2:-1]
    assert run(list(args)) == 0
    assert run_fast(list(args)) == 0
    typer_call, fast_call = set_calls
    assert fast_call == typer_call


# --- cheap to import, and the docs --------------------------------------------------------------


def test_the_table_imports_nothing_but_the_standard_library() -> None:
    code = (
        "import sys\nimport captions.fields\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('captions', 'typer', 'click', 'rich', 'pydantic', 'PIL', 'dataclasses')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.split() == ["['captions',", "'captions.fields']"], done.stderr


def test_readme_field_table_is_generated_from_the_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert fields.markdown_table() in readme, "README field table is stale: paste it again"


def test_markdown_table_has_a_row_per_field() -> None:
    rows = fields.markdown_table().splitlines()[2:]
    assert [row.split(" | ")[0].lstrip("| ") for row in rows] == list(fields.NAMES)
    date = rows[fields.NAMES.index("date_created")]
    assert "2:55 Date Created (8) + 2:60 Time Created (11)" in date and "(read)" in date
