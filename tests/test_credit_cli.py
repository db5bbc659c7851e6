"""`captions credit`: exit codes, JSON keys and order, styles, stdin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from captions.cli import main
from captions.cli.app import app

KEYS = [
    "raw",
    "photographers",
    "pool",
    "agencies",
    "distributor",
    "handout",
    "file_photo",
    "courtesy",
    "commissioned",
    "normalized",
    "supplier",
    "usage",
    "notes",
]
runner = CliRunner()


def invoke(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["credit", *args], input=stdin)
    return result.exit_code, result.stdout


def test_json_lists_credits_in_input_order_with_every_key() -> None:
    code, out = invoke(
        "Photo by TOMASZ WIĘCKOWSKI/POOL/AFP via Getty Images",
        "(AP Photo/Kwame Asante, File)",
        "--json",
    )
    assert code == 0
    records = json.loads(out)
    assert [list(r) for r in records] == [KEYS, KEYS]
    first, second = records
    assert first["raw"] == "Photo by TOMASZ WIĘCKOWSKI/POOL/AFP via Getty Images"
    assert first["photographers"] == ["Tomasz Więckowski"]
    assert first["pool"] is True and first["distributor"] == "Getty Images"
    assert first["normalized"] == "Tomasz Więckowski/Pool/AFP via Getty Images"
    assert second["raw"] == "AP Photo/Kwame Asante, File"
    assert second["agencies"] == ["AP"] and second["file_photo"] is True
    assert (first["supplier"], first["usage"]) == ("AFP", "pool")
    assert (second["supplier"], second["usage"], second["notes"]) == ("AP", "file", [])


def test_json_keeps_wire_boilerplate_as_notes() -> None:
    code, out = invoke(
        "REUTERS/Marta Lind (NORWAY - Tags: POLITICS) TPX IMAGES OF THE DAY", "--json"
    )
    assert code == 0
    record = json.loads(out)[0]
    assert record["photographers"] == ["Marta Lind"] and record["agencies"] == ["Reuters"]
    assert record["notes"] == ["TPX IMAGES OF THE DAY", "(NORWAY - Tags: POLITICS)"]
    assert (record["supplier"], record["usage"]) == ("Reuters", "wire")


def test_ap_style_normalizes_in_ap_form() -> None:
    code, out = invoke("Kwame Asante/AP", "--style", "ap", "--json")
    assert code == 0
    assert json.loads(out)[0]["normalized"] == "(AP Photo/Kwame Asante)"


def test_template_style() -> None:
    code, out = invoke(
        "Kwame Asante/Pool/AFP", "--style", "© {photographers} / {agencies}", "--json"
    )
    assert code == 0
    assert json.loads(out)[0]["normalized"] == "© Kwame Asante / AFP"


def test_stdin_one_credit_per_line_skipping_blank_lines() -> None:
    code, out = invoke("-", "--json", stdin="REUTERS/Józef Pawlak\n\nHandout/Reuters\n")
    assert code == 0
    records = json.loads(out)
    assert [r["raw"] for r in records] == ["REUTERS/Józef Pawlak", "Handout/Reuters"]
    assert records[1]["handout"] is True


def test_empty_credit_fails_with_exit_2_and_keeps_its_place() -> None:
    result = runner.invoke(app, ["credit", "Henrik Aalto/EPA", "", "--json"])
    assert result.exit_code == 2
    records = json.loads(result.stdout)
    assert records[0]["agencies"] == ["EPA"]
    assert records[1] == {"raw": "", "error": "credit '' is empty"}
    assert "empty" in result.stderr


def test_unrecognizable_credit_fails() -> None:
    code, _ = invoke("according to the report", "--json")
    assert code == 2


def test_readable_table_by_default() -> None:
    # a table wraps to the terminal: a width where a name fits on one line (CI also runs 40)
    result = runner.invoke(app, ["credit", "Henrik Aalto/EPA"], env={"COLUMNS": "120"})
    code, out = result.exit_code, result.stdout
    assert code == 0
    assert "Henrik Aalto" in out and "EPA" in out
    assert not out.lstrip().startswith("[")


@pytest.mark.parametrize("style", ["bogus", "{nope}", "[{photographers}"])
def test_bad_style_is_a_usage_error(style: str) -> None:
    assert main(["credit", "Henrik Aalto/EPA", "--style", style]) == 2


def test_exit_codes_through_main(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["credit", "Henrik Aalto/EPA", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["photographers"] == ["Henrik Aalto"]
    assert main(["credit", "  ", "--json"]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.startswith("captions: error:")


def test_help_has_an_example() -> None:
    result = runner.invoke(app, ["credit", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_configured_aliases_reach_the_credit_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.captions.credit]\naliases = { NWP = "Northwind Press" }\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out = invoke("Ada Lindqvist/NWP", "--json")
    assert code == 0
    record = json.loads(out)[0]
    assert record["agencies"] == ["Northwind Press"]
    assert record["normalized"] == "Ada Lindqvist/Northwind Press"


def test_configured_suppliers_reach_the_credit_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[[tool.captions.credit.suppliers]]\n"
        'name = "Northwind Press"\nkind = "wire"\ncountry = "NO"\naliases = ["NWP"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, out = invoke("Ada Lindqvist/NWP", "--json")
    assert code == 0
    record = json.loads(out)[0]
    assert (record["agencies"], record["supplier"], record["usage"]) == (
        ["Northwind Press"],
        "Northwind Press",
        "wire",
    )


def test_show_json_parses_the_embedded_credit_as_credit_json_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from audit_fixtures import make_jpeg
    from cli_fixtures import run

    line = "Ines Varga/NWP via Getty Images"
    (tmp_path / "pyproject.toml").write_text(
        '[tool.captions.credit]\naliases = {NWP = "Northwind Press"}\n', encoding="utf-8"
    )
    make_jpeg(tmp_path, "harbour.jpg", credit=line, byline=None)
    make_jpeg(tmp_path, "bare.jpg", seed=1, credit=None, source=None, byline=None)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["credit", "--json", line], capsys)
    assert code == 0
    [expected] = json.loads(out)
    code, out, _ = run(["show", "--json", "harbour.jpg", "bare.jpg"], capsys)
    assert code == 0
    shown, bare = json.loads(out)
    assert shown["credit"] == expected
    assert shown["credit"]["agencies"] == ["Northwind Press"]  # the configured alias
    assert bare["credit"] is None


def test_show_json_parses_credits_in_the_parent_as_each_file_alone_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Worker processes leave the credit for the parent, which parses each distinct line once:
    the records are those of one file at a time, in order, whatever the number of workers."""
    from audit_fixtures import make_jpeg
    from cli_fixtures import run

    (tmp_path / "captions.toml").write_text('agency-aliases = {NWP = "Northwind Press"}\n')
    lines = ["Ines Varga/NWP", "Tomas Reyes/Getty Images", None, "???"]
    names = []
    for number in range(30):  # enough for worker processes (captions.pool.INLINE_BELOW)
        names.append(f"p{number:02}.jpg")
        make_jpeg(tmp_path, names[-1], seed=number, credit=lines[number % 4], byline=None)
    monkeypatch.chdir(tmp_path)
    code, pooled, _ = run(["show", "--json", "-j", "2", *names], capsys)
    assert code == 0
    records = json.loads(pooled)
    assert [r["path"] for r in records] == names
    for record in records[:4]:
        code, alone, _ = run(["show", "--json", record["path"]], capsys)
        assert json.loads(alone) == [record]
    assert records[0]["credit"]["agencies"] == ["Northwind Press"]
    assert records[2]["credit"] is None
    assert records[3]["credit"]["error"]
    assert records[4] == {**records[0], "path": names[4], "fields": records[4]["fields"]}
