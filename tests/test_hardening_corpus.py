"""The corpus sweep (scripts/corpus_sweep.py) as a test: every file of ../shared/corpus through
`show`, `audit` and `set`, with no traceback and every write invariant checked."""

from __future__ import annotations

import importlib.util
import shutil
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
AFCP = CORPUS / "real" / "exiftool" / "AFCP.jpg"


def _load_sweep() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "corpus_sweep", REPO / "scripts" / "corpus_sweep.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_sweep"] = module
    spec.loader.exec_module(module)
    return module


sweep_module = _load_sweep()


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """Fail instead of hanging CI (the whole sweep takes well under a minute)."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("the corpus sweep did not finish within 10 minutes")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(600)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


def test_every_corpus_file_keeps_every_invariant(
    corpus: Path, tmp_path: Path, hang_guard: None
) -> None:
    result = sweep_module.sweep(corpus, tmp_path, use_exiftool=shutil.which("exiftool") is not None)
    outcomes = result.outcomes
    assert len(outcomes) == len(sweep_module.corpus_files(corpus))
    assert sweep_module.broken(result) == []
    # The sweep exercised every path: reads, errors, writes and refusals all happened.
    assert {o.write for o in outcomes} >= {"written", "refused"}
    assert any(o.show_code == 2 for o in outcomes) and any(o.show_code == 0 for o in outcomes)
    assert all(o.reason for o in outcomes if o.write == "refused")
    print("\n" + sweep_module.summary(result))


def test_the_summary_groups_refusals_by_reason() -> None:
    normalize = sweep_module.normalize_reason
    first = normalize(
        "captions: error: /x/a.jpg: APP13 at 0x1F4 overruns the file (length 9000, 212 bytes left)",
        "/x/a.jpg",
    )
    second = normalize(
        "captions: error: /y/b.jpg: APP13 at 0x2A overruns the file (length 70, 2 bytes left)",
        "/y/b.jpg",
    )
    assert first == second == "APP13 at 0x… overruns the file (length N, N bytes left)"


def test_tag_comparison_catches_a_changed_tag_and_a_new_warning() -> None:
    before = {"IFD0:Make": ["Acme"], "IFD0:Artist": ["Old"], "ExifTool:Warning": ["w1"]}
    after = {"IFD0:Make": ["Acme 2"], "IFD0:Artist": ["New"], "ExifTool:Warning": ["w1", "w2"]}
    problems, _ = sweep_module.compare_tags(before, after)
    assert any("IFD0:Make" in p for p in problems)
    assert any("w2" in p for p in problems)
    assert not any("Artist" in p for p in problems)  # a tag we set


def test_tag_comparison_reads_iptc_blocks_as_exiftool_shows_them() -> None:
    before = {"IPTC:City": ["Oslo"], "IPTC2:City": ["Bergen"], "IPTC2:Source": ["Fjord Wire"]}
    after = {"IPTC:City": ["Oslo"], "IPTC:Source": ["Fjord Wire"]}
    assert sweep_module.compare_tags(before, after) == ([], [])
    problems, _ = sweep_module.compare_tags(before, {"IPTC:City": ["Bergen"]})
    assert any("IPTC:City" in p for p in problems) and any("IPTC:Source" in p for p in problems)


def test_afcp_trailer_offsets_survive_a_write(tmp_path: Path) -> None:
    if not AFCP.is_file() or shutil.which("exiftool") is None:
        pytest.skip("needs ../shared/corpus and exiftool")
    copy = tmp_path / "afcp.jpg"
    shutil.copyfile(AFCP, copy)
    before = sweep_module.exiftool_tags([copy])[str(copy)]
    code = sweep_module.run_cli(["set", str(copy), *sweep_module.SET_ARGS]).code
    after = sweep_module.exiftool_tags([copy])[str(copy)]
    problems, _ = sweep_module.compare_tags(before, after)
    assert code == 0 and problems == []  # written, offsets moved with the header
