"""Run one function over many files on all cores: results in input order, memory bounded.

    for record in ordered_map(read_record, paths, jobs=0):   # 0: one process per core
        print(record)

Files go to worker processes in small chunks, and only a few chunks per worker are in flight
at a time, so a run over 10,000 files holds no more results than one over 1,000. A short list
(or `jobs=1`) is done in this process: starting workers costs more than it saves. The function
must be picklable (a module-level function or a `functools.partial` of one) and should turn
per-file failures into results rather than raise: an exception ends the whole map.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

INLINE_BELOW = 24
"""Fewer items than this are done in this process."""

MAX_CHUNK = 32
IN_FLIGHT_PER_WORKER = 3


def available_cores() -> int:
    """The cores this process may run on (the CPU affinity mask, where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def worker_count(jobs: int, items: int) -> int:
    """Processes to use for `items` items: `jobs`, or one per core when 0; 1 means inline."""
    wanted = jobs if jobs > 0 else available_cores()
    return 1 if items < INLINE_BELOW else max(1, min(wanted, items))


def ordered_map(
    work: Callable[[T], R], items: Sequence[T], *, jobs: int = 0, lead: int = IN_FLIGHT_PER_WORKER
) -> Iterator[R]:
    """`map(work, items)`, spread over `jobs` processes (0: one per core), in input order.

    The first item is done here, before the workers start: where they are forked (Linux) they
    inherit what it loaded (modules, compiled patterns, parsed credits), which each of them
    would otherwise load again (about 150 ms of CPU per worker for the audit's credit rules).
    Its result is handed back once `lead` chunks per worker are queued, so that what the caller
    does with it runs beside them, not before them (`show --json` loads the credit grammar for
    it, 0.1-0.2 s of CPU, and asks for a lead of work that keeps the workers busy meanwhile).
    """
    workers = worker_count(jobs, len(items))
    if workers == 1:
        yield from map(work, items)
        return
    first = work(items[0])
    yield from _pooled(partial(_run_chunk, work), items[1:], workers, first=[first], lead=lead)


def chunked_map(
    work: Callable[[Sequence[T]], list[R]], items: Sequence[T], *, jobs: int = 0
) -> Iterator[R]:
    """`ordered_map` for work done a run of items at a time (a write batch: one durability
    barrier per run): `work` gets consecutive items, at most MAX_CHUNK, and returns one
    result for each, in order."""
    workers = worker_count(jobs, len(items))
    if workers == 1:
        for start in range(0, len(items), MAX_CHUNK):
            yield from work(items[start : start + MAX_CHUNK])
        return
    yield from _pooled(work, items, workers)


def _pooled(
    work: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    workers: int,
    first: Sequence[R] = (),
    lead: int = IN_FLIGHT_PER_WORKER,
) -> Iterator[R]:
    """The results of `work` over chunks of `items`, after `first`, which is handed back once
    `lead` chunks per worker are queued; then IN_FLIGHT_PER_WORKER are (memory flat in N)."""
    from concurrent.futures import ProcessPoolExecutor  # 12 ms of imports: only when used

    size = max(1, min(MAX_CHUNK, len(items) // (workers * 4)))
    chunks = (items[i : i + size] for i in range(0, len(items), size))
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[Future[list[R]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(work, chunk))
            if first and len(pending) >= workers * lead:
                yield from first
                first = ()
            while not first and len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        yield from first
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_chunk(work: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [work(item) for item in chunk]


__all__ = ["available_cores", "chunked_map", "ordered_map", "worker_count"]
