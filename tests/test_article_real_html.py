"""The HTML extractor on the 117 real publisher pages of ../shared/articles/real.

Every page is read without error and in bounded time, and the scorer's totals (the pages' own
tools/score.py, run as benchmarks/articles.py runs it) stay above floors set a little under what
the extractor reaches: the development part (tuned on) and the validation part (never looked at).
"""

from __future__ import annotations

import gzip
import json
import re
import time
from pathlib import Path

import pytest

from benchmarks.articles import REAL, page_names, score, validation_names
from captions.article import extract
from captions.cli.article import article_json

# A hang must fail the test; speed itself is measured by benchmarks/articles.py.
_MAX_SECONDS = 5.0
# Floors: a little under the figures reached (development 326/334 found, 0 false photos, 322
# credits agreeing, 11/13 repeated captions grouped; validation 207/216 found, 8 false photos,
# 192 credits agreeing, 6/7 grouped).
FLOORS = {
    "development": {"recall": 0.96, "false_share": 0.015, "credit": 0.97, "dup": 10},
    "validation": {"recall": 0.94, "false_share": 0.05, "credit": 0.91, "dup": 5},
}
_TOTAL = re.compile(
    r"recall=(?P<found>\d+)/(?P<expected>\d+) precision=(?P<good>\d+)/(?P<reported>\d+) "
    r"credit_ok=(?P<credit>\d+)/\d+ dup_ok=(?P<dup>\d+)/"
)


def _require_pages() -> list[str]:
    if not (REAL / "expected").is_dir():
        pytest.skip("real pages (../shared/articles/real) are absent")
    return page_names()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, float]]:
    names = _require_pages()
    out = tmp_path_factory.mktemp("real-html")
    seconds: dict[str, float] = {}
    for name in names:
        document = gzip.decompress((REAL / f"{name}.html.gz").read_bytes()).decode("utf-8")
        start = time.perf_counter()
        article = extract(f"{name}.html", text=document)
        seconds[name] = time.perf_counter() - start
        data = article_json(article)
        (out / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out, seconds


def test_every_page_is_read_in_bounded_time(outputs: tuple[Path, dict[str, float]]) -> None:
    out, seconds = outputs
    assert len(seconds) == len(page_names())
    slow = {name: s for name, s in seconds.items() if s > _MAX_SECONDS}
    assert slow == {}
    for path in out.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert all(c["offset"] >= 0 and c["line"] >= 1 for c in data["captions"])


@pytest.mark.parametrize("part", ["development", "validation"])
def test_scorer_totals_stay_above_floors(outputs: tuple[Path, dict[str, float]], part: str) -> None:
    out, _ = outputs
    held = validation_names()
    names = [n for n in page_names() if (n in held) == (part == "validation")]
    total, _pages = score(names, "html", out)
    m = _TOTAL.search(total)
    assert m is not None, total
    found, expected = int(m["found"]), int(m["expected"])
    false = int(m["reported"]) - int(m["good"])
    floor = FLOORS[part]
    assert found >= floor["recall"] * expected, total
    assert false <= floor["false_share"] * expected, total
    assert int(m["credit"]) >= floor["credit"] * found, total
    assert int(m["dup"]) >= floor["dup"], total
