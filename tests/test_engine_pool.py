"""captions.pool: results in input order, in process or in workers; runs of items for batches."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import pytest

from captions import pool


def square(value: int) -> int:
    return value * value


def tagged_run(items: Sequence[int]) -> list[tuple[int, int]]:
    """Each item with the length of the run it came in (module level: workers pickle it)."""
    return [(item, len(items)) for item in items]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("count", [0, 5, pool.INLINE_BELOW, 300])
def test_ordered_map_keeps_the_input_order(jobs: int, count: int) -> None:
    assert list(pool.ordered_map(square, list(range(count)), jobs=jobs)) == [
        n * n for n in range(count)
    ]


def process_of(_: int) -> int:
    return os.getpid()


def test_ordered_map_does_the_first_item_here_and_the_rest_in_workers() -> None:
    """Workers forked after the first item inherit what it loaded (modules, patterns)."""
    pids = list(pool.ordered_map(process_of, list(range(100)), jobs=2))
    assert len(pids) == 100
    assert pids[0] == os.getpid()
    assert os.getpid() not in pids[1:]


def touch(folder: Path, item: int) -> int:
    (folder / f"item-{item}").touch()
    return item


@pytest.mark.parametrize("lead", [1, pool.IN_FLIGHT_PER_WORKER, 16])
def test_ordered_map_starts_the_workers_before_handing_back_the_first_result(
    tmp_path: Path, lead: int
) -> None:
    """What the caller does with the first result (`show --json` loads the credit grammar)
    runs beside the workers, not before them."""
    results = pool.ordered_map(partial(touch, tmp_path), list(range(200)), jobs=2, lead=lead)
    assert next(results) == 0
    deadline = time.monotonic() + 20
    while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(list(tmp_path.iterdir())) >= 2  # a worker did an item before we asked for it
    assert list(results) == list(range(1, 200))


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("count", [0, 7, pool.INLINE_BELOW, 300])
def test_chunked_map_gives_runs_of_consecutive_items_in_order(jobs: int, count: int) -> None:
    results = list(pool.chunked_map(tagged_run, list(range(count)), jobs=jobs))
    assert [item for item, _ in results] == list(range(count))
    assert all(1 <= size <= pool.MAX_CHUNK for _, size in results)
    if count > pool.MAX_CHUNK:
        assert max(size for _, size in results) > 1  # runs, not one item at a time
