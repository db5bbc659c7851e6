"""Caption extraction from the scraped text of the real publisher pages, and the text layouts.

The real pages (../shared/articles/real, read at run time) are scored by their own scorer through
benchmarks/articles.py: the development part (tuned on) and the validation part (never looked
at) each keep a floor slightly under what the extractor reaches; every page is processed without
an error and within a time bound. The fixtures are invented pages, one per layout class.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from captions.article import extract
from captions.model import Occurrence

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
REAL = ROOT.parent / "shared" / "articles" / "real"
# A page that takes longer is a hang, not a slow page (the goal is under 1 s on a quiet machine;
# the bound leaves room for a machine shared with other jobs).
PAGE_SECONDS = 5.0
# Floors under the scorer's totals (found, good photos, false photos at most, credits agreeing).
FLOORS = {
    "development": {"found": 302, "good": 366, "false": 20, "credit_ok": 295},
    "validation": {"found": 138, "good": 139, "false": 62, "credit_ok": 127},
}
_TOTAL = re.compile(
    r"recall=(?P<found>\d+)/(?P<expected>\d+) precision=(?P<good>\d+)/(?P<reported>\d+) "
    r"credit_ok=(?P<credit_ok>\d+)/"
)


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "articles_bench", ROOT / "benchmarks" / "articles.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("articles_bench", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    if not (REAL / "expected").is_dir():
        pytest.skip(f"{REAL} not found: the real pages live beside the project")
    return _benchmark()


@pytest.mark.parametrize("part", ["development", "validation"])
def test_real_text_pages_reach_their_floors(bench: ModuleType, part: str, tmp_path: Path) -> None:
    held = bench.validation_names()
    names = [n for n in bench.page_names() if (n in held) == (part == "validation")]
    timing = bench.extract_pages(names, "text", tmp_path)
    failed = {name: problem for name, (_, problem) in timing.items() if problem}
    assert not failed
    slow = {
        name: round(seconds, 2) for name, (seconds, _) in timing.items() if seconds > PAGE_SECONDS
    }
    assert not slow
    total, _ = bench.score(names, "text", tmp_path)
    match = _TOTAL.search(total)
    assert match is not None, total
    found, good, reported = int(match["found"]), int(match["good"]), int(match["reported"])
    floor = FLOORS[part]
    assert found >= floor["found"], total
    assert good >= floor["good"], total
    assert reported - good <= floor["false"], total
    assert int(match["credit_ok"]) >= floor["credit_ok"], total


def _captions(name: str) -> list[Occurrence]:
    return list(extract(FIXTURES / name).captions)


def _credit(occ: Occurrence) -> str | None:
    return occ.credit.raw if occ.credit else None


def test_gallery_counter_and_title_then_caption_then_credit_alone() -> None:
    caps = _captions("harbour-lights-gallery.txt")
    assert [c.text.split()[0] for c in caps] == ["Fireworks", "Children", "A", "Stall", "Crowds"]
    assert [_credit(c) for c in caps] == [
        "ORSA PRESS",
        "Tove Ask/Vennesund Museum",
        None,  # a slide with no credit
        "Nordlys Bild",
        "Ola Strand",  # a bare name in the credit slot of the last slide
    ]
    assert len({c.photo for c in caps}) == 5


def test_gallery_with_titles_on_their_own_lines_and_credit_first_slides() -> None:
    caps = _captions("fjord-ferries-gallery.txt")
    assert [(c.text[:12], _credit(c)) for c in caps] == [
        ("The Vesle Or", "Kjell Nordby/Orsa Fjordmuseum"),
        ("The engine r", "NORDLYS BILD"),  # credit printed above the caption
        ("Deckhand Pål", None),  # the title `Sunniva` is no credit
        ("", "Liv Berg/Orsa Press"),  # a slide printing only its credit
    ]


def test_credit_first_layout_with_a_caption_label_line() -> None:
    first = _captions("vennesund-slideshow.txt")[0]
    assert first.text.startswith("Swimmers enter the water")
    assert _credit(first) == "Image source, Orsa Press"


def test_a_caption_printed_twice_is_one_photo() -> None:
    caps = [c for c in _captions("vennesund-slideshow.txt") if c.text.startswith("A swimmer")]
    assert len(caps) == 2 and caps[0].photo == caps[1].photo


def test_credit_after_a_bar_with_a_label_of_another_language() -> None:
    caps = _captions("orsa-council-report.txt")
    quay = next(c for c in caps if c.text.startswith("Ferry passengers"))
    assert quay.text.endswith("on Monday")
    assert _credit(quay) == "Foto: NORDLYS BILD"


def test_body_paragraphs_are_never_captions() -> None:
    for name in ("orsa-council-report.txt", "harbour-lights-gallery.txt", "kaiyo-cjk.txt"):
        for occ in _captions(name):
            assert not occ.text.startswith(("The council voted", "The organisers said", "本报讯"))


def test_cjk_credit_only_line_is_a_photo() -> None:
    caps = _captions("kaiyo-cjk.txt")
    assert any(c.text == "" and _credit(c) == "图片来源：港湾节组委会" for c in caps)


def test_credits_labelled_without_colon_after_a_dash_glued_or_in_cjk() -> None:
    report = {c.text[:10]: _credit(c) for c in _captions("orsa-council-report.txt")}
    assert report["The planne"] == "Illustration Kari Holm/Orsa Arkitekter"
    assert report["A harbour "] == "Per Lund/Orsa Havn"
    slideshow = {c.text[:10]: _credit(c) for c in _captions("vennesund-slideshow.txt")}
    assert slideshow["A swimmer "] == "Photo Liv Berg/Orsa Press"
    assert slideshow["FILE - The"] == "Photo Liv Berg. ORSA PRESS"
    cjk = {c.text[:5]: _credit(c) for c in _captions("kaiyo-cjk.txt")}
    assert cjk["10月4日"] == "通讯员王小明 摄"
    assert cjk["夜晚的老海"] == "港湾节组委会供图"


def test_a_wrapped_credit_only_graphic_is_one_photo() -> None:
    caps = [c for c in _captions("orsa-council-report.txt") if "Grafik" in (_credit(c) or "")]
    assert len(caps) == 1
    assert caps[0].text == ""
    assert _credit(caps[0]) == "Grafik: Orsa kommune / Kilde: Statistisk sentralbyrå"


def test_a_name_and_collection_credit_on_the_next_line() -> None:
    caps = _captions("orsa-magazine-credit-next-line.txt")
    assert [(c.text[:15], _credit(c)) for c in caps] == [
        ("The ridge above", "Kari Holm/Orsa Magasin"),
        ("Ingrid Lie chec", "Tove Ask/Vennesund Museum"),
    ]
