"""C007 supplier-not-allowed: the credit's main supplier (through the registry, configured aliases
included) against `allowed-suppliers`, and its usage class against `denied-usage`."""

from __future__ import annotations

from pathlib import Path

import pytest
from audit_fixtures import make_jpeg

from captions.audit import audit_file
from captions.audit.config import AuditConfig, config_from_table
from captions.errors import ConfigError


def c007(tmp_path: Path, credit: str, table: dict[str, object]) -> list[str]:
    path = make_jpeg(tmp_path, "photo.jpg", credit=credit)
    config = config_from_table({"select": ["C007"], **table}, source=tmp_path / "captions.toml")
    return [f.message for f in audit_file(path, config) if f.code == "C007"]


def test_without_configuration_no_credit_is_refused(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path, "photo.jpg", credit="Mara Quist/Instagram")
    assert [f for f in audit_file(path, AuditConfig()) if f.code == "C007"] == []


@pytest.mark.parametrize(
    ("credit", "refused"),
    [
        ("Ada Lindqvist/Pool/AFP via Getty Images", False),
        ("Agence France-Presse", False),  # an alias of the allowed supplier
        ("REUTERS/Kai Berg", True),
        ("Ada Lindqvist/Northwind Press", True),  # no known supplier at all
    ],
)
def test_allowed_suppliers(tmp_path: Path, credit: str, refused: bool) -> None:
    found = c007(tmp_path, credit, {"allowed-suppliers": ["AFP"]})
    assert bool(found) is refused, found
    if refused:
        assert credit in found[0] and "allowed-suppliers" in found[0]


def test_an_allowed_supplier_may_be_named_by_an_alias(tmp_path: Path) -> None:
    credit = "Ada Lindqvist/AFP via Getty Images"
    assert c007(tmp_path, credit, {"allowed-suppliers": ["Agence France-Presse"]}) == []


def test_a_configured_alias_reaches_the_rule(tmp_path: Path) -> None:
    table = {
        "allowed-suppliers": ["Northwind Press"],
        "credit": {"aliases": {"NWP": "Northwind Press"}},
    }
    assert c007(tmp_path, "Ada Lindqvist/NWP", table) == []
    assert c007(tmp_path, "Ada Lindqvist/Reuters", table)


def test_denied_usage(tmp_path: Path) -> None:
    [message] = c007(tmp_path, "Mara Quist/Instagram", {"denied-usage": ["social"]})
    assert "social usage" in message
    assert c007(tmp_path, "Mara Quist/Reuters", {"denied-usage": ["social"]}) == []


def test_an_unknown_usage_class_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown usage class 'socials'"):
        config_from_table({"denied-usage": ["socials"]}, source=tmp_path / "captions.toml")
