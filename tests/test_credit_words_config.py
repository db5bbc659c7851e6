"""Label and connector words configured in `[tool.captions.credit.words]` extend the word file
like `aliases` extend the registry: one loader (audit.config), one table (`agencies_of`) that
carries them to every command that parses a credit (invented words and names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audit_fixtures import make_jpeg
from cli_fixtures import run

from captions.audit.checks import agencies_of
from captions.audit.config import load_config
from captions.credit import (
    looks_like_credit,
    read_credit,
    split_trailing_credit,
    table_from_config,
)
from captions.errors import ConfigError

# `Lichtbild` (a label) and `durch` (a connector) are in no language of the built-in word file.
WORDS = {"photo": ["Lichtbild"], "via": ["durch"]}
LINE = "Lichtbild: Ines Varga durch Reuters"


def test_configured_words_reach_the_parser_and_leave_the_default_alone() -> None:
    table = table_from_config({"words": WORDS})
    credit = read_credit(LINE, table).credit
    assert (credit.photographers, credit.distributor) == (("Ines Varga",), "Reuters")
    assert looks_like_credit("Lichtbild: Ines Varga", table)
    assert split_trailing_credit("Der Hafen am Abend. Lichtbild: Ines Varga", table) == (
        "Der Hafen am Abend.",
        "Lichtbild: Ines Varga",
    )
    assert read_credit(LINE).credit.photographers == ()  # the built-in words are unchanged
    assert not looks_like_credit("Lichtbild: Ines Varga")


def test_an_unknown_category_or_a_bad_value_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown category 'labels'"):
        table_from_config({"words": {"labels": ["Lichtbild"]}})
    with pytest.raises(ConfigError, match="words.photo must be a list"):
        table_from_config({"words": {"photo": "Lichtbild"}})


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.captions.credit.words]\nphoto = ["Lichtbild"]\nvia = ["durch"]\n', encoding="utf-8"
    )
    images = tmp_path / "images"
    images.mkdir()
    make_jpeg(images, "harbour.jpg", credit=LINE, byline=None)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_configuration_file_reaches_the_table(desk: Path) -> None:
    table = agencies_of(load_config([desk]))
    assert read_credit(LINE, table).credit.distributor == "Reuters"


def test_the_credit_and_credits_commands_read_with_the_configured_words(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["credit", "--json", LINE], capsys)
    assert code == 0 and json.loads(out)[0]["photographers"] == ["Ines Varga"]
    code, out, _ = run(["credits", "images", "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["suppliers"][0]["photographers"] == {"Ines Varga": 1}


def test_functions_called_without_a_table_read_with_the_active_one() -> None:
    from captions.credit import (
        credit_confidence,
        main_supplier,
        split_leading_credit,
        using_agencies,
    )

    table = table_from_config({"aliases": {"NWP": "Northwind Press"}, "words": WORDS})
    line = "Ines Varga/NWP"
    assert read_credit(line).credit.agencies == ("NWP",)
    with using_agencies(table):
        assert read_credit(line).credit.agencies == ("Northwind Press",)
        assert looks_like_credit("Lichtbild: Ines Varga")
        assert split_trailing_credit("The ferry leaves Orsa at dawn. Lichtbild: Ines Varga") == (
            "The ferry leaves Orsa at dawn.",
            "Lichtbild: Ines Varga",
        )
        assert split_leading_credit("Lichtbild: Ines Varga\nThe ferry.")[0] is not None
        assert credit_confidence("Lichtbild: Ines Varga") >= 0.8
        supplier = main_supplier(read_credit(LINE).credit)
        assert supplier is not None and supplier.name == "Reuters"
    assert not looks_like_credit("Lichtbild: Ines Varga")  # the block ended
