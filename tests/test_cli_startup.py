"""The collector kept out of start-up (`captions.cli.startup.Loading`, issue 16): paused while a
command loads its modules and the credit grammar, then what was loaded is frozen, and the
collector is back on for the files that follow."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from engine_fixtures import pillow_jpeg

from captions import metadata
from captions.cli.startup import Loading


@pytest.fixture
def collector() -> Iterator[None]:
    """The test process's collector as it was, whatever a test froze or switched off."""
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector")
def test_loading_pauses_the_collector_then_freezes_what_it_built() -> None:
    gc.enable()
    gc.unfreeze()
    with Loading():
        assert not gc.isenabled()
        built = [[n] for n in range(1000)]  # containers the collector tracks
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)


@pytest.mark.usefixtures("collector")
def test_loading_nested_or_with_the_collector_off_leaves_it_as_found() -> None:
    gc.disable()
    gc.unfreeze()
    with Loading():
        assert not gc.isenabled()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing frozen for a caller that manages the collector
    gc.enable()
    with Loading():
        with Loading():
            pass
        assert not gc.isenabled()  # the inner block does not switch it back on
    assert gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_loading_restores_the_collector_when_the_block_fails() -> None:
    gc.enable()
    with pytest.raises(ValueError), Loading():
        raise ValueError("bad configuration")
    assert gc.isenabled()


def test_show_json_freezes_the_credit_grammar_and_collects_after(tmp_path: Path) -> None:
    path = tmp_path / "credited.jpg"
    path.write_bytes(pillow_jpeg())
    metadata.write(path, {"caption": "A caption", "credit": "Jane Doe/Example Wire"})
    code = (
        "import gc, sys\n"
        "from captions.cli import main\n"
        f"code = main(['show', '--json', {str(path)!r}])\n"
        "print(gc.isenabled(), gc.get_freeze_count(), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["credit"]["photographers"] == ["Jane Doe"]
    enabled, frozen = out.stderr.split()
    assert enabled == "True"
    assert int(frozen) > 10_000  # the modules, patterns and tables of the grammar
