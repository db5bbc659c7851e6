"""The audit on a Dask cluster: the same per-file work as a local run, in batches on workers.

    with cluster_client("tcp://scheduler:8786") as client:  # None: a LocalCluster, one per core
        for result in audit_on_cluster(["s3://archive/2024/"], config, client):
            print(result.path, len(result.findings))

The client lists the files (URLs through fsspec, see `captions.remote`) and sends them to the
workers in batches; each worker runs the function a local run runs for every file. Results come
back in input order, with at most a few batches per worker in flight, so the client's memory
stays flat in the number of files. The folder-wide rules (D001, D002) are then computed on the
client from the facts the workers returned, exactly as a local run computes them: the findings
are the same, in the same order.

Workers need captions installed (and s3fs or gcsfs for object stores), and must reach the paths
they are given: a local path names a file on the worker's machine. dask is imported only when a
cluster is used: `pip install 'photodesk-captions[dask]'`.
"""

from __future__ import annotations

import logging
import math
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from captions.audit import FileResult, audit_one, enabled_rules, folder_results
from captions.audit.config import AuditConfig
from captions.audit.folder import FileFacts
from captions.audit.rules import Scope
from captions.audit.walk import iter_image_paths
from captions.errors import CaptionsError

if TYPE_CHECKING:
    from distributed import Client, Future

R = TypeVar("R")
_MAX_BATCH = 256  # files per task: big enough to hide the task overhead (~1 ms), small to balance
_BATCHES_PER_THREAD = 4  # in flight per worker thread: keeps workers busy, bounds client memory


class ClusterError(CaptionsError, RuntimeError):
    """The cluster cannot run the work: dask missing, scheduler unreachable, a batch lost."""


@contextmanager
def cluster_client(scheduler: str | None = None, *, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler` (`tcp://HOST:8786`), or of a LocalCluster of
    `workers` single-threaded processes (default: one per core) when `scheduler` is None."""
    distributed = _import_distributed()
    cluster = None
    try:
        if scheduler is not None:
            client = distributed.Client(scheduler, timeout="10s", set_as_default=False)
        else:
            cluster = distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                dashboard_address=":0",  # no fixed port: 8787 may be taken; no bokeh needed
                silence_logs=logging.ERROR,
            )
            client = distributed.Client(cluster, set_as_default=False)
    except (OSError, RuntimeError) as exc:  # refused, timed out, workers failed to start
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise ClusterError(f"cannot reach {where}: {exc}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def audit_on_cluster(
    paths: Iterable[str | os.PathLike[str]],
    config: AuditConfig,
    client: Client,
    *,
    batch_size: int | None = None,
    listed: bool = False,
) -> Iterator[FileResult]:
    """Like `captions.audit.audit_results` (without `fix`), the per-file work done by `client`'s
    workers: per-file results in input order, then the folder-wide findings.

    `listed`: `paths` are already the files (from `iter_image_paths`), not to be listed again
    (asking an object store whether each of a million files is a folder takes hours).
    """
    files = [os.fspath(p) for p in paths] if listed else list(iter_image_paths(paths, config))
    want_facts = any(r.scope is Scope.FOLDER for r in enabled_rules(config))
    facts: list[FileFacts] = []
    results = map_on_cluster(client, audit_batch, files, config, want_facts, batch_size=batch_size)
    for result in results:
        if result.facts is not None:
            facts.append(result.facts)
        yield result
    if want_facts:
        yield from folder_results(facts, config)


def map_on_cluster(
    client: Client,
    task: Callable[..., list[R]],
    items: list[str],
    *args: Any,
    batch_size: int | None = None,
) -> Iterator[R]:
    """`task(batch, *args)` on `client`'s workers over batches of `items`: its results in input
    order, with at most a few batches per worker thread in flight (the client's memory stays
    flat). `task` must be importable on the workers (a module-level function of captions)."""
    threads = _threads(client)
    size = batch_size or max(1, min(_MAX_BATCH, math.ceil(len(items) / (threads * 4))))
    batches = [items[start : start + size] for start in range(0, len(items), size)]
    yield from _ordered(client, batches, task, args, threads * _BATCHES_PER_THREAD)


def audit_results_on_cluster(
    paths: Iterable[str | os.PathLike[str]],
    config: AuditConfig,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    batch_size: int | None = None,
    listed: bool = False,
) -> Iterator[FileResult]:
    """`audit_on_cluster` with its own client (see `cluster_client`), closed at the end."""
    with cluster_client(scheduler, workers=workers) as client:
        yield from audit_on_cluster(paths, config, client, batch_size=batch_size, listed=listed)


def audit_batch(paths: list[str], config: AuditConfig, facts: bool) -> list[FileResult]:
    """What one task runs on a worker: the local per-file audit of each path, in order."""
    return [audit_one(path, config, facts) for path in paths]


def _ordered(
    client: Client,
    batches: list[list[str]],
    task: Callable[..., list[R]],
    args: tuple[Any, ...],
    window: int,
) -> Iterator[R]:
    """The results of every batch in order, with at most `window` batches submitted ahead."""
    pending: deque[tuple[list[str], Future[list[R]]]] = deque()
    for batch in batches:
        pending.append((batch, client.submit(task, batch, *args, pure=False)))
        if len(pending) >= window:
            yield from _results(*pending.popleft())
    while pending:
        yield from _results(*pending.popleft())


def _results(batch: list[str], future: Future[list[R]]) -> list[R]:
    try:
        results: list[R] = future.result()
    except CaptionsError:
        raise
    except Exception as exc:  # a lost worker, or a worker without captions installed
        raise ClusterError(
            f"the Dask cluster failed on the batch starting with {batch[0]} "
            f"({type(exc).__name__}: {exc}); is captions installed on every worker?"
        ) from None
    return results


def _threads(client: Any) -> int:
    """The worker threads of the cluster (the scheduler's count when the client connected)."""
    threads: dict[str, int] = client.nthreads()
    return max(1, sum(threads.values()))


def _import_distributed() -> Any:
    try:
        import distributed  # lazy: an optional dependency (the dask extra)
    except ImportError:
        raise ClusterError(
            "running on a Dask cluster needs dask.distributed: "
            "pip install 'photodesk-captions[dask]'"
        ) from None
    return distributed


__all__ = [
    "ClusterError",
    "audit_batch",
    "audit_on_cluster",
    "audit_results_on_cluster",
    "cluster_client",
    "map_on_cluster",
]
