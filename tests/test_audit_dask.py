"""The audit on a Dask cluster (`captions.audit.distributed`) against the local run, and URLs.

One folder serves every comparison: generated JPEGs with a spread of metadata problems (missing
fields, GPS in EXIF and in XMP, one caption on two pictures, one picture with two credits),
copies of real files from ../shared/corpus, two broken files and entries the walk must skip.
"""

from __future__ import annotations

import faulthandler
import shutil
import struct
import subprocess
import sys
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from audit_fixtures import CORPUS, exif_block, make_jpeg

from captions.audit import FileResult, audit_results
from captions.audit.config import AuditConfig
from captions.cli import main
from captions.model import Finding

SKIP_REASON = "dask.distributed is not installed (pip install 'photodesk-captions[dask]')"
HANG_LIMIT = 240  # seconds: a hung cluster ends the test run with tracebacks, not silence
BATCH = 3  # files per task in the in-process comparisons: many batches, several per worker
CORPUS_FILES = (
    "exif-py/jpg/Canon_40D.jpg",
    "exiftool/GPS.jpg",
    "exifr/iptc-staff-photographer-example.jpg",
    "exifr/iptc-agency-photographer-example.jpg",
    "exifr/png/png_with_exif_and_gps.png",
    "exifr/tif-with-iptc-icc-xmp.tif",
    "C0deWiser-exiftool/IPTC-PhotometadataRef-Std2023.2.jpg",
    "pillow/app13-multiple.jpg",
    "pillow/multiple_exif.jpg",
)
XMP_GPS_PACKET = (
    b"http://ns.adobe.com/xap/1.0/\x00"
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="55,37.2N" exif:GPSLongitude="12,36.7E"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def _distributed() -> Any:
    return pytest.importorskip("distributed", reason=SKIP_REASON)


@pytest.fixture
def bounded() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_LIMIT, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder every run audits (its files are never written to after this)."""
    root = tmp_path_factory.mktemp("archive")
    desk = root / "desk"
    desk.mkdir()
    make_jpeg(root, "clean.jpg", seed=1)
    make_jpeg(root, "no-caption.jpg", seed=2, caption=None)
    make_jpeg(root, "no-credit.jpg", seed=3, credit=None, source=None)
    make_jpeg(root, "gps-exif.jpg", seed=4, exif=exif_block(gps=True, owner="Lena Hartmann"))
    make_jpeg(desk, "serial.jpg", seed=5, exif=exif_block(serial="AX-20931"))
    make_jpeg(desk, "same-caption.jpg", seed=6)  # D001 with clean.jpg: the caption, not the picture
    first = make_jpeg(root, "agency.jpg", seed=7, caption="Tomas Vik crosses the bridge at Orsa.")
    make_jpeg(desk, "agency-copy.jpg", seed=7, credit="Tomas Vik/Nordbild")  # D002: a second credit
    shutil.copy(first, desk / "agency-copy-2.jpg")
    _with_xmp_gps(make_jpeg(desk, "gps-xmp.jpg", seed=8, caption="Kari Moen at the pier."))
    for seed in range(9, 13):  # enough readable files for many batches without ../shared
        make_jpeg(desk, f"frame-{seed}.jpg", seed=seed, caption=f"Frame {seed} of the regatta.")
    (root / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xffIHDR" + b"x" * 20)
    (root / "cut.jpg").write_bytes(b"\xff\xd8\xff\xe1\x10\x00Exif\x00\x00II*\x00")
    (root / "notes.txt").write_text("not a picture: the walk skips it")
    shutil.copy(first, root / ".hidden.jpg")
    real = root / "real"
    real.mkdir()
    for name in CORPUS_FILES:
        if (CORPUS / "real" / name).is_file():
            shutil.copy(CORPUS / "real" / name, real / name.replace("/", "_"))
    if (CORPUS / "real" / CORPUS_FILES[0]).is_file():
        shutil.copy(CORPUS / "real" / CORPUS_FILES[0], desk / "canon-copy.jpg")
    return root


def _with_xmp_gps(path: Path) -> None:
    """Insert an XMP packet holding a GPS position right after SOI (P001 reads it by path)."""
    data = path.read_bytes()
    segment = b"\xff\xe1" + struct.pack(">H", len(XMP_GPS_PACKET) + 2) + XMP_GPS_PACKET
    path.write_bytes(data[:2] + segment + data[2:])


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two single-threaded in-process workers: quick to start, and they share memory://."""
    distributed = _distributed()
    faulthandler.dump_traceback_later(HANG_LIMIT, exit=True)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    with cluster, distributed.Client(cluster, set_as_default=False) as started:
        faulthandler.cancel_dump_traceback_later()
        yield started


def findings(results: Iterable[FileResult]) -> list[Finding]:
    return [finding for result in results for finding in result.findings]


def local_results(paths: list[str], config: AuditConfig) -> list[FileResult]:
    return list(audit_results(paths, config))


def cluster_results(paths: list[str], config: AuditConfig, client: Any) -> list[FileResult]:
    from captions.audit.distributed import audit_on_cluster

    return list(audit_on_cluster(paths, config, client, batch_size=BATCH))


@pytest.mark.usefixtures("bounded")
def test_cluster_findings_equal_the_local_run(archive: Path, client: Any) -> None:
    config = AuditConfig(root=str(archive))
    local = local_results([str(archive)], config)
    remote = cluster_results([str(archive)], config, client)
    assert findings(remote) == findings(local)
    assert [(r.path, r.facts, r.errors) for r in remote] == [
        (r.path, r.facts, r.errors) for r in local
    ]
    # Non-trivial: every kind of problem of the folder is among the findings, over many batches.
    codes = {f.code for f in findings(local)}
    assert {"M001", "M002", "P001", "P002", "D001", "D002", "F001", "F002"} <= codes
    assert len([r for r in local if r.facts is not None]) > 4 * BATCH
    assert not any(".hidden" in r.path or r.path.endswith(".txt") for r in remote)


@pytest.mark.usefixtures("bounded")
def test_cluster_honours_the_selection(archive: Path, client: Any) -> None:
    config = AuditConfig(root=str(archive), select=("D", "P001"))
    remote = findings(cluster_results([str(archive / "desk"), str(archive)], config, client))
    assert remote == findings(local_results([str(archive / "desk"), str(archive)], config))
    assert {f.code for f in remote} == {"D001", "D002", "P001"}


@pytest.mark.usefixtures("bounded")
def test_xmp_gps_is_found_on_the_cluster(archive: Path, client: Any) -> None:
    remote = findings(cluster_results([str(archive / "desk")], AuditConfig(), client))
    (gps,) = [f for f in remote if f.code == "P001" and f.path.endswith("gps-xmp.jpg")]
    assert "XMP" in gps.message


@pytest.mark.usefixtures("bounded")
def test_a_failed_batch_is_a_cluster_error_naming_a_file(
    archive: Path, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from captions.audit import distributed

    def broken(path: str, config: AuditConfig, facts: bool = False) -> FileResult:
        raise MemoryError("the worker ran out of memory")

    monkeypatch.setattr(distributed, "audit_one", broken)  # in-process workers see it too
    with pytest.raises(distributed.ClusterError, match=r"batch starting with /.*MemoryError"):
        cluster_results([str(archive)], AuditConfig(), client)


def _to_memory(folder: Path) -> str:
    """A copy of `folder` in fsspec's in-memory filesystem (shared with in-process workers)."""
    fsspec = pytest.importorskip("fsspec", reason=SKIP_REASON)
    fs = fsspec.filesystem("memory")
    root = f"/captions-test-{uuid.uuid4().hex}"
    for path in folder.rglob("*"):
        if path.is_file():
            fs.pipe(f"{root}/{path.relative_to(folder).as_posix()}", path.read_bytes())
    return f"memory:/{root}"


@pytest.mark.usefixtures("bounded")
def test_memory_urls_audit_like_the_folder_on_disk(archive: Path, client: Any) -> None:
    url = _to_memory(archive)
    on_disk = local_results([str(archive)], AuditConfig())
    in_memory = local_results([url], AuditConfig())
    assert [r.path.removeprefix(url) for r in in_memory] == [
        r.path.removeprefix(str(archive)) for r in on_disk
    ]
    assert [(f.code, f.field, f.message) for f in findings(in_memory)] == [
        (f.code, f.field, f.message.replace(str(archive), url)) for f in findings(on_disk)
    ]
    assert cluster_results([url], AuditConfig(), client) == in_memory


def test_url_listing_picks_images_by_content_in_walk_order(archive: Path) -> None:
    from captions.remote import expand_paths, find_images
    from captions.walk import expand

    url = _to_memory(archive)
    listed = find_images(url)
    assert [u.removeprefix(url) for u in listed] == [
        str(p).removeprefix(str(archive)) for p in expand([archive])
    ]
    assert find_images(listed[0]) == [listed[0]]  # a file is itself
    assert expand_paths([url, listed[0], str(archive / "clean.jpg")]) == [
        *listed,
        str(archive / "clean.jpg"),
    ]


def test_missing_dask_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from captions.audit.distributed import ClusterError, cluster_client

    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    with pytest.raises(ClusterError, match=r"photodesk-captions\[dask\]"), cluster_client():
        pass


def test_cluster_options_are_checked(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(archive)
    both = ["audit", "--dask", "local", "--scheduler", "tcp://127.0.0.1:8786", str(archive)]
    assert main(both) == 2
    assert "either --scheduler or --dask" in capsys.readouterr().err
    assert main(["audit", "--dask", "local", "--fix", str(archive)]) == 2
    assert "--fix" in capsys.readouterr().err
    assert main(["audit", "--dask", "local", "memory://captions-test-absent/x"]) == 2
    assert "memory://captions-test-absent/x" in capsys.readouterr().err  # absent, or no fsspec


def test_urls_without_fsspec_are_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "fsspec.core", None)  # `from fsspec.core import` fails
    assert main(["audit", "s3://newsdesk-archive/2026/"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("captions: error: s3://newsdesk-archive/2026/: cannot read URLs")
    assert "install photodesk-captions[dask]" in err


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "captions", "audit", *args, "--output-format", "json"]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=HANG_LIMIT)


def test_cli_on_a_local_cluster_prints_what_the_local_run_prints(archive: Path) -> None:
    _distributed()
    local = _cli(["--jobs", "1", str(archive)], cwd=archive)
    remote = _cli(["--dask", "local", "--jobs", "2", str(archive)], cwd=archive)
    assert (remote.returncode, remote.stderr) == (local.returncode, local.stderr) == (1, "")
    assert remote.stdout == local.stdout
    assert '"code": "D002"' in remote.stdout and '"code": "F001"' in remote.stdout
