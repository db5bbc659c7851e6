"""`captions credits`: the inventory of an archive's credits (invented names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audit_fixtures import make_jpeg
from typer.testing import CliRunner

from captions.cli.app import app
from captions.credit.inventory import CreditInventory

runner = CliRunner()


def test_inventory_counts_suppliers_usage_credits_and_unknowns() -> None:
    inventory = CreditInventory()
    inventory.add("Marta Lind/AFP via Getty Images", ["Marta Lind"])
    inventory.add("MARTA LIND / AFP", [])
    inventory.add("Pool photo by Jon Berg", ["Jon Berg"])
    inventory.add("Per Holm/Nordvik Tidende", [])
    inventory.add("", [])
    data = inventory.as_json()
    assert data["files"] == 5
    assert data["suppliers"] == [
        {"supplier": "AFP", "kind": "wire", "files": 2, "photographers": {"Marta Lind": 2}}
    ]
    assert data["usage"] == {"wire": 2, "none": 1, "pool": 1, "staff": 1}
    assert {"normalized": "Marta Lind/AFP", "files": 1} in data["credits"]
    assert [u["raw"] for u in data["unknown"]] == [
        "Per Holm/Nordvik Tidende",
        "Pool photo by Jon Berg",
    ]


def test_merging_two_inventories_adds_their_counts() -> None:
    one, two = CreditInventory(), CreditInventory()
    one.add("Marta Lind/AFP", [])
    two.add("Jon Berg/AFP", ["Jon Berg"])
    one.merge(two)
    data = one.as_json()
    assert data["files"] == 2
    assert data["suppliers"][0]["photographers"] == {"Jon Berg": 1, "Marta Lind": 1}


def test_credits_command_reads_a_folder(tmp_path: Path) -> None:
    make_jpeg(tmp_path, "a.jpg", credit="Marta Lind/Reuters", byline=["Marta Lind"])
    make_jpeg(tmp_path, "b.jpg", seed=1, credit="REUTERS/Jon Berg/File Photo", byline=None)
    make_jpeg(tmp_path, "c.jpg", seed=2, credit="Per Holm/Nordvik Tidende", byline=None)
    (tmp_path / "notes.txt").write_text("not an image", encoding="utf-8")
    result = runner.invoke(app, ["credits", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["files"] == 3
    reuters = data["suppliers"][0]
    assert (reuters["supplier"], reuters["files"]) == ("Reuters", 2)
    assert reuters["photographers"] == {"Jon Berg": 1, "Marta Lind": 1}
    assert data["usage"] == {"file": 1, "staff": 1, "wire": 1}
    assert data["unknown"] == [{"raw": "Per Holm/Nordvik Tidende", "files": 1}]


@pytest.mark.parametrize("flag", ["--csv", None])
def test_credits_command_prints_csv_and_tables(tmp_path: Path, flag: str | None) -> None:
    make_jpeg(tmp_path, "a.jpg", credit="Marta Lind/Reuters", byline=["Marta Lind"])
    result = runner.invoke(app, ["credits", str(tmp_path), *([flag] if flag else [])])
    assert result.exit_code == 0, result.output
    assert "Reuters" in result.stdout and "Marta Lind" in result.stdout
    if flag == "--csv":
        assert result.stdout.splitlines()[0] == "section,name,kind,photographer,files"


def test_an_unreadable_image_is_one_line_and_exit_2(tmp_path: Path) -> None:
    make_jpeg(tmp_path, "a.jpg", credit="Marta Lind/Reuters", byline=None)
    result = runner.invoke(app, ["credits", str(tmp_path / "a.jpg"), str(tmp_path / "gone.jpg")])
    assert result.exit_code == 2  # as show: 0 done, 2 if any input failed
    assert "gone.jpg" in result.stderr
