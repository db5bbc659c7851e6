"""The supplier registry (captions/credit/data/suppliers.json): schema, aliases, loading cost."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from captions.credit import parse_credit
from captions.credit.agencies import (
    DEFAULT_AGENCIES,
    KINDS,
    Supplier,
    _full_alias_key,
    alias_key,
    load_registry,
    registry_text,
    table_from_config,
)
from captions.errors import ConfigError


def rows() -> list[dict[str, object]]:
    return list(json.loads(registry_text())["suppliers"])


def test_the_registry_validates_against_its_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    schema = json.loads(
        resources.files("captions.credit").joinpath("data/suppliers.schema.json").read_text()
    )
    jsonschema.validate(json.loads(registry_text()), schema)
    assert set(schema["properties"]["suppliers"]["items"]["properties"]["kind"]["enum"]) == set(
        KINDS
    )


def test_at_least_400_suppliers_of_every_kind() -> None:
    kinds = Counter(str(row["kind"]) for row in rows())
    assert sum(kinds.values()) >= 400
    assert set(kinds) == set(KINDS)


def test_no_alias_is_claimed_by_two_suppliers() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for row in rows():
        for spelling in [row["name"], *row["aliases"]]:  # type: ignore[list-item]
            key = alias_key(str(spelling))
            if owner.setdefault(key, str(row["name"])) != row["name"]:
                clashes.append(f"{spelling!r}: {owner[key]} and {row['name']}")
    assert clashes == []


def test_every_alias_resolves_to_its_supplier() -> None:
    for row in rows():
        for spelling in [row["name"], *row["aliases"]]:  # type: ignore[list-item]
            assert DEFAULT_AGENCIES.lookup(str(spelling)) == row["name"], spelling


def test_parents_name_suppliers_of_the_registry() -> None:
    names = {row["name"] for row in rows()}
    assert {row["parent"] for row in rows() if "parent" in row} <= names


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("ロイター", "Reuters"),
        ("路透社", "Reuters"),
        ("Рейтер", "Reuters"),
        ("Ρόιτερς", "Reuters"),
        ("新华社", "Xinhua"),
        ("Agence France-Presse", "AFP"),
        ("the associated press", "AP"),
        ("Keystone", "Keystone"),
        ("Hulton Archive", "Hulton Archive"),
        ("stock.adobe.com", "Adobe Stock"),
    ],
)
def test_names_in_their_own_scripts(printed: str, name: str) -> None:
    assert DEFAULT_AGENCIES.lookup(printed) == name


def test_a_short_acronym_is_not_a_first_name() -> None:
    assert DEFAULT_AGENCIES.lookup("MIA") == "MIA"
    assert DEFAULT_AGENCIES.lookup("Mia") is None
    assert parse_credit("Photo by Mia/Northwind Daily").photographers == ("Mia",)


def test_supplier_records_kind_country_and_parent() -> None:
    getty = DEFAULT_AGENCIES.supplier("Getty")
    assert getty is not None and getty.kind == "distributor" and getty.distributes
    hulton = DEFAULT_AGENCIES.supplier("Hulton Archive")
    assert hulton is not None and hulton.parent == "Getty Images" and hulton.usage == "file"
    assert DEFAULT_AGENCIES.supplier("Nowhere Gazette") is None


def test_configuration_adds_and_overrides_suppliers() -> None:
    table = table_from_config(
        {
            "suppliers": [
                {"name": "Northwind Press", "kind": "wire", "country": "NO", "aliases": ["NWP"]}
            ],
            "aliases": {"AP": "The Associated Press"},
        }
    )
    assert table.lookup("NWP") == "Northwind Press"
    assert table.supplier("NWP") == Supplier("Northwind Press", "wire", "NO", ("NWP",))
    assert table.lookup("Associated Press") == "The Associated Press"
    assert DEFAULT_AGENCIES.lookup("NWP") is None
    with pytest.raises(ConfigError, match="unknown kind"):
        table_from_config({"suppliers": [{"name": "X Co", "kind": "bakery"}]})


def test_the_ascii_alias_key_is_the_full_one_on_every_spelling() -> None:
    spellings = [s for row in rows() for s in (row["name"], *row.get("aliases", []))]  # type: ignore[misc]
    assert [alias_key(s) for s in spellings] == [_full_alias_key(s) for s in spellings]


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_the_ascii_alias_key_is_the_full_one_on_any_text(text: str) -> None:
    # ASCII text of any spacing, case and control characters; the full path for the rest
    assert alias_key(text) == _full_alias_key(text)
    assert alias_key(f"  The {text}  ") == _full_alias_key(f"  The {text}  ")


def test_the_registry_is_read_once_and_cached() -> None:
    # its cost (the 20 ms) is a speed target: benchmarks/registry_load.py measures it
    load_registry.cache_clear()
    first = load_registry()
    assert load_registry() is first
    assert load_registry.cache_info().hits >= 1


def test_a_lower_case_word_is_not_an_acronym_supplier() -> None:
    # `DAWN` is a newspaper, printed in capitals; `at dawn on Tuesday` is part of a caption
    from captions.credit import looks_like_credit, split_trailing_credit

    caption = "The ferry leaves the harbour of Orsa at dawn on Tuesday. (Ada Lindqvist/NWP)"
    assert split_trailing_credit(caption)[1] != "dawn on Tuesday. (Ada Lindqvist/NWP)"
    assert not looks_like_credit("dawn on Tuesday")
    assert looks_like_credit("Photo: DAWN")
