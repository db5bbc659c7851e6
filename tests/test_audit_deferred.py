"""The credit-line rules a worker leaves to the parent (captions/audit/deferred.py) find what
they find in the worker, in the same order, with the same `fixable` and the same errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from audit_fixtures import make_jpeg

import captions.audit.checks
from captions.audit import audit_one, audit_results
from captions.audit.config import AuditConfig
from captions.audit.deferred import CreditLines

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CONFIGS = [
    AuditConfig(),
    AuditConfig(allowed_suppliers=("Reuters",), denied_usage=("social", "handout")),
    AuditConfig(credit_style="ap", known_agencies=("Northwind",)),
]


def _both(path: Path, config: AuditConfig) -> None:
    whole = audit_one(str(path), config, facts=True)
    left = audit_one(str(path), config, facts=True, defer=True)
    assert CreditLines(config).complete(left) == whole


def _folder(tmp_path: Path) -> list[Path]:
    credits = [
        "ADA LINDQVIST / northwind",
        "Piet Brouwer/Norhtwind",
        "STR/AFP",
        "Mara Quist/Instagram",
        "HANDOUT/Wireco",
        "",
    ]
    bylines = ["Ada Lindqvist", "Someone Else", "", None, "Mara Quist", "Ada Lindqvist"]
    return [
        make_jpeg(tmp_path, f"{n}.jpg", seed=n, credit=credit or None, byline=byline)
        for n, (credit, byline) in enumerate(zip(credits, bylines, strict=True))
    ]


@pytest.mark.parametrize("config", CONFIGS)
def test_left_to_the_parent_the_same_findings(tmp_path: Path, config: AuditConfig) -> None:
    files = _folder(tmp_path)
    left = [audit_one(str(p), config, defer=True) for p in files]
    assert sum(r.credit_line is not None for r in left) == 5  # every file with a credit line
    for path in files:
        _both(path, config)


def test_the_real_corpus_the_same_findings() -> None:
    folders = [SHARED / "real", SHARED / "malformed"]
    files = [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*"))]
    if not files:
        pytest.skip("../shared/corpus is not here")
    for path in files:
        if path.is_file():
            _both(path, AuditConfig())


def test_a_failing_credit_line_rule_is_an_error_in_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_jpeg(tmp_path, credit="Piet Brouwer/Norhtwind", byline="Someone Else")

    def broken(raw: str, config: AuditConfig) -> None:
        raise ValueError("broken on purpose")

    monkeypatch.setattr(captions.audit.checks, "parse_credit", broken)
    config = AuditConfig()
    _both(path, config)
    assert len(audit_one(str(path), config).errors) >= 2  # several rules failed, in order


def test_several_workers_give_what_one_gives(tmp_path: Path) -> None:
    _folder(tmp_path)
    config = CONFIGS[1]
    one = list(audit_results([tmp_path], config, jobs=1))
    two = list(audit_results([tmp_path], config, jobs=2))
    assert one == two
    assert all(r.credit_line is None for r in two)
