"""One parse of a credit line per audit, whichever rule reads it: the credit field (C001-C003,
C007) and the caption's credit tail (C005, the caption key of D001) share the parse cache, and
the tail is read with the configured supplier table, as the field is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from audit_fixtures import CLEAN, codes, make_jpeg

from captions.audit import audit_file, audit_results, checks
from captions.audit.config import AuditConfig
from captions.caption import normalize
from captions.credit import grammar

CREDIT = "Ada Lindqvist/Harbour Wirehouse"  # an invented supplier, configured below


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    read = grammar._read

    def counting(text: str, *args: Any, **kwargs: Any) -> Any:
        parsed.append(text)
        return read(text, *args, **kwargs)

    for cache in (grammar._read_cached, checks._parsed_credit, checks._supplier_and_usage):
        cache.cache_clear()
    normalize._credit_line.cache_clear()
    normalize._strip_credit.cache_clear()
    monkeypatch.setattr(grammar, "_read", counting)
    return parsed


def test_a_tail_equal_to_the_credit_field_is_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_jpeg(tmp_path, credit=CREDIT, caption=f"{CLEAN['caption']} {CREDIT}")
    config = AuditConfig(known_agencies=("Harbour Wirehouse",))
    parsed = _count_parses(monkeypatch)
    found = audit_file(path, config)
    assert "C005" in codes(found)  # the tail was read as a credit
    assert parsed.count(CREDIT) == 1
    assert "C002" not in codes(found)  # the configured table read the field


def test_the_folder_rules_read_the_tail_with_the_configured_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for seed in range(2):
        caption = f"{CLEAN['caption']} {CREDIT}"
        make_jpeg(tmp_path, f"{seed}.jpg", seed=seed, credit=CREDIT, caption=caption)
    config = AuditConfig(known_agencies=("Harbour Wirehouse",))
    parsed = _count_parses(monkeypatch)
    results = list(audit_results([str(tmp_path)], config))
    assert {f.code for r in results for f in r.findings} >= {"D001"}
    assert parsed.count(CREDIT) == 1
