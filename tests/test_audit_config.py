"""Configuration: discovery, selection by prefix like ruff, clear errors, baselines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from audit_fixtures import make_jpeg

from captions.audit import audit_file, enabled_rules
from captions.audit.baseline import Baseline, write_baseline
from captions.audit.config import (
    AuditConfig,
    config_from_table,
    find_config,
    glob_matches,
    load_config,
)
from captions.audit.rules import is_selected, resolve_selector
from captions.errors import ConfigError


def _codes(config: AuditConfig) -> set[str]:
    return {r.code for r in enabled_rules(config)}


@pytest.mark.parametrize(
    ("select", "ignore", "code", "expected"),
    [
        (["ALL"], [], "M001", True),
        (["M"], [], "C001", False),
        (["M"], ["M001"], "M001", False),
        (["M"], ["M001"], "M002", True),
        (["M001"], ["M"], "M001", True),  # the more specific selector wins
        (["M00"], ["M"], "M003", True),
        (["M"], ["M"], "M001", False),  # a tie goes to ignore
        (["missing-caption"], [], "M001", True),  # names select too
        (["ALL"], ["gps-position"], "P001", False),
    ],
)
def test_selection_like_ruff(
    select: list[str], ignore: list[str], code: str, expected: bool
) -> None:
    assert is_selected(code, select, ignore) is expected


def test_selectors_that_select_nothing_are_refused() -> None:
    assert resolve_selector("Z9") is None
    assert resolve_selector("M0011") is None
    assert resolve_selector("no-such-rule") is None
    assert resolve_selector("m") == "M"


def test_extend_select_and_extend_ignore() -> None:
    config = AuditConfig(select=("M",), extend_select=("P001",), extend_ignore=("M005",))
    enabled = _codes(config)
    assert "P001" in enabled and "M001" in enabled
    assert "M005" not in enabled and "C001" not in enabled


def test_table_with_every_key(tmp_path: Path) -> None:
    config = config_from_table(
        {
            "select": ["M", "C"],
            "ignore": ["M004"],
            "extend-select": ["T001"],
            "per-file-ignores": {"archive/**": ["M003"]},
            "required-fields": ["city"],
            "known-agencies": ["Northwind"],
            "agency-aliases": {"NWP": "Northwind"},
            "credit-style": "ap",
            "caption-template": "{city} - {text}",
            "copyright-template": "(c) {year} {source}",
            "exclude": ["**/thumbs/**"],
            "apply": {"credit-layout": "full"},  # another command's table: left alone
        },
        source=tmp_path / "captions.toml",
    )
    assert config.per_file_ignores == (("archive/**", ("M003",)),)
    assert config.agency_aliases == (("NWP", "Northwind"),)
    assert config.root == str(tmp_path.resolve())
    assert "T001" in _codes(config) and "M004" not in _codes(config)


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"select": "M001, M002"}, ["select"]),  # a string is one selector, which is unknown
        ({"ignore": ["Q123"]}, ["Q123", "ignore"]),
        ({"select": [1, 2]}, ["select", "list of strings"]),
        ({"per-file-ignores": ["a"]}, ["per-file-ignores", "table"]),
        ({"per_file_ignores": {}}, ["per_file_ignores", "per-file-ignores"]),
        ({"colour": "red"}, ["colour", "unknown key"]),
        ({"credit-style": 3}, ["credit-style", "string"]),
        ({"credit-style": "fancy"}, ["credit-style", "fancy"]),
        ({"credit-style": "{nope}"}, ["credit-style", "nope"]),
        ({"caption-template": "{town}: {text}"}, ["caption-template", "{town}"]),
        ({"credit": {"aliases": {"X": ""}}}, ["[tool.captions.credit]", "aliases"]),
    ],
)
def test_bad_configuration_names_file_and_key(
    table: dict[str, object], words: list[str], tmp_path: Path
) -> None:
    source = tmp_path / "pyproject.toml"
    with pytest.raises(ConfigError) as caught:
        config_from_table(table, source=source)
    message = str(caught.value)
    assert str(source) in message and "\n" not in message
    for word in words:
        assert word in message


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "captions.toml"
    bad.write_text("select = [\n")
    with pytest.raises(ConfigError, match="captions.toml: invalid TOML"):
        load_config([tmp_path])


def test_closest_file_wins_and_captions_toml_beats_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.captions]\nignore = ["M001"]\n')
    inner = tmp_path / "desk" / "photos"
    inner.mkdir(parents=True)
    assert find_config(inner) == tmp_path / "pyproject.toml"
    (tmp_path / "desk" / "pyproject.toml").write_text('[project]\nname = "other"\n')
    assert find_config(inner) == tmp_path / "pyproject.toml"  # no [tool.captions]: skipped
    (tmp_path / "desk" / "captions.toml").write_text('ignore = ["M002"]\n')
    assert find_config(inner) == tmp_path / "desk" / "captions.toml"
    assert load_config([inner]).ignore == ("M002",)


def test_explicit_file_and_isolated(tmp_path: Path) -> None:
    (tmp_path / "captions.toml").write_text('ignore = ["M002"]\n')
    other = tmp_path / "strict.toml"
    other.write_text('select = ["M001"]\n')
    assert load_config([tmp_path], config_file=other).select == ("M001",)
    assert load_config([tmp_path], isolated=True).ignore == ()
    with pytest.raises(ConfigError, match="not found"):
        load_config([tmp_path], config_file=tmp_path / "missing.toml")


def test_command_line_overrides() -> None:
    config = AuditConfig(select=("M",), ignore=("M001",))
    changed = config.with_overrides(select=["C"], ignore=["C002"], extend_select=["T001"])
    assert changed.select == ("C",)
    assert {"C001", "T001"} <= _codes(changed)
    assert "C002" not in _codes(changed)
    assert config.with_overrides().select == ("M",)


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("archive/**", "archive/2019/a.jpg", True),
        ("archive/**", "news/a.jpg", False),
        ("*.png", "deep/in/a.png", True),
        ("thumbs", "x/thumbs/a.jpg", True),
        ("**/thumbs/*.jpg", "thumbs/a.jpg", True),
        ("news/*.jpg", "news/sub/a.jpg", False),
        # gitignore details a hand-written matcher missed: classes, escapes, a leading slash.
        ("img_[0-9].jpg", "a/img_7.jpg", True),
        ("img_[0-9].jpg", "a/img_x.jpg", False),
        ("\\*.jpg", "*.jpg", True),
        ("\\*.jpg", "a.jpg", False),
        ("/top.jpg", "top.jpg", True),
        ("/top.jpg", "sub/top.jpg", False),
    ],
)
def test_globs(pattern: str, path: str, expected: bool) -> None:
    assert glob_matches(pattern, path) is expected


def test_baseline_accepts_old_findings_and_reports_new_ones(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    first = make_jpeg(photos, "a.jpg", byline=None)
    config = AuditConfig(root=str(tmp_path))
    old = audit_file(first, config)
    assert old
    written = write_baseline(old, tmp_path / "baseline.json")
    assert written == len(old)
    second = make_jpeg(photos, "b.jpg", byline=None)
    baseline = Baseline.load(tmp_path / "baseline.json")
    assert not [f for f in audit_file(first, config) if not baseline.accepts(f)]
    new = [f for f in audit_file(second, config) if not baseline.accepts(f)]
    assert [f.code for f in new] == ["M003"]


def test_broken_baseline_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "baseline.json"
    bad.write_text('{"version": 99, "findings": []}')
    with pytest.raises(ConfigError, match="baseline"):
        Baseline.load(bad)
    bad.write_text("[")
    with pytest.raises(ConfigError, match="baseline.json"):
        Baseline.load(bad)


def test_frozen_config_is_shared_by_workers() -> None:
    import pickle

    config = AuditConfig(per_file_ignores=(("a/**", ("M001",)),))
    assert pickle.loads(pickle.dumps(config)) == config
    assert replace(config, fix_strip_gps=True) != config
