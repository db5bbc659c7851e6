"""`captions credits` on a Dask cluster: the counts of a local run (invented names).

Skipped with the reason when dask.distributed is not installed (pip install '.[dask]').
"""

from __future__ import annotations

import faulthandler
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from audit_fixtures import make_jpeg
from cli_fixtures import run

from captions.credit import DEFAULT_AGENCIES
from captions.inventory import credit_inventory, inventory_on_cluster
from captions.walk import expand_names

SKIP_REASON = "dask.distributed is not installed (pip install '.[dask]')"
HANG_LIMIT = 120  # seconds: a cluster that hangs fails the test instead of the session

CREDITS = [
    ("Marta Lind/AFP via Getty Images", ["Marta Lind"]),
    ("REUTERS/Jon Berg/File Photo", None),
    ("Pool photo by Jon Berg", ["Jon Berg"]),
    ("Per Holm/Nordvik Tidende", None),
    ("Ines Varga/EPA-EFE/Shutterstock", ["Ines Varga"]),
    ("Handout/Harbour Police", None),
    (None, None),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("credits")
    for seed in range(14):  # two of each credit: several batches of two files
        credit, byline = CREDITS[seed % len(CREDITS)]
        make_jpeg(root, f"photo-{seed:02}.jpg", seed=seed, credit=credit, byline=byline)
    (root / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xffIHDR" + b"x" * 20)
    (root / "notes.txt").write_text("not a picture", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A LocalCluster of two single-threaded in-process workers."""
    distributed = pytest.importorskip("distributed", reason=SKIP_REASON)
    faulthandler.dump_traceback_later(HANG_LIMIT, exit=True)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    with cluster, distributed.Client(cluster, set_as_default=False) as started:
        faulthandler.cancel_dump_traceback_later()
        yield started


def test_the_cluster_counts_equal_the_local_run(archive: Path, client: Any) -> None:
    local, local_problems = credit_inventory([archive], DEFAULT_AGENCIES)
    names = expand_names([archive])
    on_cluster, problems = inventory_on_cluster(
        names, DEFAULT_AGENCIES, "getty", client, batch_size=2
    )
    assert on_cluster.as_json() == local.as_json()
    assert problems == local_problems and len(problems) == 1  # broken.png, named once
    assert local.as_json()["files"] == 14


def test_the_credits_command_takes_dask_options(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed", reason=SKIP_REASON)
    code, out, err = run(["credits", "--dask", "local", "--json", str(archive)], capsys)
    local, _ = credit_inventory([archive], DEFAULT_AGENCIES)
    assert code == 2 and "broken.png" in err  # the unreadable file, as in a local run
    assert json.loads(out) == local.as_json()
    both = ["credits", "--dask", "local", "--scheduler", "tcp://127.0.0.1:8786", str(archive)]
    code, _, err = run(both, capsys)
    assert code == 2 and "either --scheduler or --dask local" in err
