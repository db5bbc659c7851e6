"""Real credit lines with expected parts written by us (tests/data/credit_lines.json).

The lines are read at run time from ../shared (the credits of the development pages of
articles/real and the credit and creator fields of corpus/metadata.jsonl); the table holds only
hashes, registry names and classes. Skips when ../shared is absent.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from captions.credit import DEFAULT_AGENCIES, USAGES, credit_usage, main_supplier, read_credit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TABLE = Path(__file__).parent / "data" / "credit_lines.json"
BYLINE_FIELDS = frozenset({"IPTC:By-line", "XMP-dc:Creator", "IFD0:Artist"})
FLAGS = ("pool", "handout", "file_photo", "courtesy", "commissioned")
# Rows entirely right today (350/359: 0.975), the goal 0.97. A regression fails.
FLOOR = 0.97


def shared_norm() -> Any:
    tools = SHARED / "articles" / "real" / "tools"
    if not (tools / "norm.py").is_file():
        pytest.skip(f"no annotation tools at {tools}")
    sys.path.insert(0, str(tools))
    try:
        return importlib.import_module("norm")
    finally:
        sys.path.pop(0)


def lines(norm: Any) -> dict[tuple[str, str, str], str]:
    """(source, field, sha16) -> the line as printed."""
    found: dict[tuple[str, str, str], str] = {}

    def sha16(text: str) -> str:
        return hashlib.sha256(norm.norm(text).encode()).hexdigest()[:16]

    for path in sorted((SHARED / "articles" / "real" / "expected").glob("*.expected.json")):
        source = f"articles/real/{path.name.removesuffix('.expected.json')}"
        for caption in json.loads(path.read_text(encoding="utf-8"))["captions"]:
            for text in caption.get("text", []):
                if text.get("credit"):
                    found[(source, "", sha16(text["credit"]))] = text["credit"]
    metadata = SHARED / "corpus" / "metadata.jsonl"
    for line in metadata.read_text(encoding="utf-8").splitlines() if metadata.is_file() else []:
        record = json.loads(line)
        for name, value in record.items():
            for item in value if isinstance(value, list) else [value]:
                found.setdefault(("corpus/metadata", name, sha16(str(item))), str(item))
    return found


def organisation(name: str, norm: Any) -> str:
    known = DEFAULT_AGENCIES.lookup(name)
    return known or "sha:" + hashlib.sha256(norm.norm(name).encode()).hexdigest()[:12]


def actual(text: str, field: str, norm: Any) -> dict[str, Any]:
    reading = read_credit(text, byline=field in BYLINE_FIELDS)
    credit = reading.credit
    key = norm.photographers_key(list(credit.photographers))
    orgs = [*credit.agencies, *([credit.distributor] if credit.distributor else [])]
    supplier = main_supplier(credit)
    return {
        "photographers": hashlib.sha256(key.encode()).hexdigest() if key else None,
        "organisations": sorted({organisation(o, norm) for o in orgs}),
        "supplier": supplier.name if supplier else None,
        "usage": credit_usage(reading),
        "flags": [flag for flag in FLAGS if getattr(credit, flag)],
    }


def test_real_credit_lines_parse_to_the_parts_we_wrote() -> None:
    norm = shared_norm()
    found = lines(norm)
    rows = json.loads(TABLE.read_text(encoding="utf-8"))["rows"]
    checked = right = 0
    wrong: Counter[str] = Counter()
    for row in rows:
        text = found.get((row["source"], row.get("field", ""), row["sha"]))
        if text is None:
            continue
        checked += 1
        got = actual(text, row.get("field", ""), norm)
        bad = [key for key in got if got[key] != row[key]]
        wrong.update(bad)
        right += not bad
    print(f"real credit lines: {right}/{checked} entirely right; wrong parts: {dict(wrong)}")
    assert checked >= 300, f"only {checked} of {len(rows)} lines found in {SHARED}"
    assert right / checked >= FLOOR


def test_the_table_names_only_registry_names_or_hashes() -> None:
    rows = json.loads(TABLE.read_text(encoding="utf-8"))["rows"]
    assert len(rows) >= 300
    for row in rows:
        for name in row["organisations"]:
            assert name.startswith("sha:") or DEFAULT_AGENCIES.lookup(name) == name, name
        assert row["usage"] in USAGES
