"""Read the credit and by-line of every image under some paths into a `CreditInventory`.

The counting lives in `captions.credit.inventory` (no file access there); this module reads the
metadata headers (never the pixels) with `captions.metadata.read`. A file that cannot be read
is reported back as a problem line, not raised: one bad file never stops an archive's count.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from captions.credit.agencies import DEFAULT_AGENCIES, AgencyTable
from captions.credit.inventory import CreditInventory
from captions.errors import CaptionsError, NotAnImageError
from captions.metadata import embedded_credit, read
from captions.walk import expand_names

if TYPE_CHECKING:
    from distributed import Client


def count_file(path: str, inventory: CreditInventory) -> str | None:
    """Add one image to `inventory`; the problem as one line when it cannot be read."""
    try:
        metadata = read(path)
    except NotAnImageError:
        return None  # a sidecar or text file in the folder: not counted
    except CaptionsError as exc:
        return str(exc)
    inventory.add(*embedded_credit(metadata))
    return None


def credit_inventory(
    paths: Iterable[str | os.PathLike[str]],
    table: AgencyTable,
    style: str = "getty",
    *,
    cluster: str | None = None,
    workers: int | None = None,
) -> tuple[CreditInventory, list[str]]:
    """The inventory of every image under `paths`, and the problems met (one line each).

    `cluster`: count on a Dask cluster, the scheduler's address or "local" for a LocalCluster
    of `workers` processes (see `captions.audit.distributed`); the counts are those of a local
    run, the problems in the order of the files.
    """
    names = expand_names(paths)
    if cluster is not None:
        return _on_cluster(names, table, style, cluster, workers)
    return count_batch(names, table, style)


def count_batch(
    names: list[str], table: AgencyTable | None, style: str = "getty"
) -> tuple[CreditInventory, list[str]]:
    """Count `names` into a new inventory (what one task runs on a Dask worker; `table` None is
    the built-in registry, which a worker then does not need to be sent)."""
    inventory = CreditInventory(table or DEFAULT_AGENCIES, style)
    problems: list[str] = []
    for name in names:
        problem = count_file(name, inventory)
        if problem is not None:
            problems.append(problem)
    return inventory, problems


def _on_cluster(
    names: list[str], table: AgencyTable, style: str, cluster: str, workers: int | None
) -> tuple[CreditInventory, list[str]]:
    from captions.audit.distributed import cluster_client  # dask is imported when asked for

    scheduler = None if cluster == "local" else cluster
    with cluster_client(scheduler, workers=workers) as client:
        return inventory_on_cluster(names, table, style, client)


def inventory_on_cluster(
    names: list[str],
    table: AgencyTable,
    style: str,
    client: Client,
    *,
    batch_size: int | None = None,
) -> tuple[CreditInventory, list[str]]:
    """The inventory of the image files `names`, read and counted in batches by `client`'s
    workers and merged here in input order."""
    from captions.audit.distributed import map_on_cluster  # lazy: Dask runs only

    inventory = CreditInventory(table, style)
    problems: list[str] = []
    sent = None if table is DEFAULT_AGENCIES else table
    for part, found in map_on_cluster(
        client, _count_task, names, sent, style, batch_size=batch_size
    ):
        inventory.merge(part)
        problems += found
    return inventory, problems


def _count_task(
    names: list[str], table: AgencyTable | None, style: str
) -> list[tuple[CreditInventory, list[str]]]:
    """One batch on a worker: its counts, as a list of one (the shape `map_on_cluster` wants)."""
    return [count_batch(names, table, style)]


__all__ = [
    "count_batch",
    "count_file",
    "credit_inventory",
    "embedded_credit",
    "inventory_on_cluster",
]
