"""Matching holds when an agency words the caption differently (issue 18): one test per class.

The article prints two photos of one event; the folder holds each photo's wire file in the
agency's words, another frame of the same event with the people at other positions, a frame
of the crowd outside and a picture of another event. Every name and place is invented.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from match_fixtures import (
    HARBOUR_SIBLINGS,
    HARBOUR_TALKS,
    FakeValue,
    harbour_article_text,
    wire_meta,
)

from captions.article import extract
from captions.match import MatchResult, match
from captions.model import Article


@pytest.fixture
def article(tmp_path: Path) -> Article:
    path = tmp_path / "harbour.txt"
    path.write_text(harbour_article_text(), encoding="utf-8")
    found = extract(path)
    assert len(found.photos) == 2
    return found


def ascii_only(text: str) -> str:
    strokes = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L"})
    decomposed = unicodedata.normalize("NFKD", text.translate(strokes))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# How each class rewrites the article's caption of a photo (key) into the agency's caption.
PARAPHRASES = {
    "speaks": (
        "Trade Commissioner Ilse Marrék (C) talks to Harbour Minister Tomasz Węgrzyn (2nd R) as "
        "the two meet over the harbour concession, Old Customs House, Valdmora, Kestria, "
        "March 14, 2025."
    ),
    "sign": (
        "Harbour Minister Tomasz Węgrzyn (L) and Trade Commissioner Ilse Marrék (R) put their "
        "names to a harbour concession agreement, Old Customs House, Valdmora, Kestria, "
        "March 14, 2025."
    ),
}
NAME_ORDER = {
    "speaks": (
        "Harbour Minister Tomasz Węgrzyn (2nd R) speaks with Trade Commissioner Marrék (C) during "
        "talks on the harbour concession at the Old Customs House in Valdmora, Kestria, on "
        "March 14, 2025."
    ),
    "sign": (
        "Trade Commissioner Ilse Marrék (R) and Harbour Minister Węgrzyn (L) sign an agreement "
        "on the harbour concession at the Old Customs House in Valdmora, Kestria, on March 14, "
        "2025."
    ),
}
Rewrite = Callable[[str, str], str]
CLASSES: dict[str, Rewrite] = {
    "paraphrase": lambda key, text: PARAPHRASES.get(key, text),
    "name_order": lambda key, text: NAME_ORDER.get(key, text),
    "ap_dateline": lambda key, text: f"VALDMORA, Kestria (AP) — {text} (AP Photo/Søren Ødegren)",
    "epa_number": lambda key, text: (
        "epa11234567 "
        + text.replace("on March 14, 2025", "on 14 March 2025")
        + " EPA/SØREN ØDEGREN"
    ),
    "upper_slug": lambda key, text: f"KESTRIA-HARBOUR/ {text.upper()}",
    "slug_dash": lambda key, text: f"KESTRIA-TRADE-TALKS - {text}",
    "credit_tail": lambda key, text: (
        f"{text} REUTERS/Søren Ødegren ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD "
        "PARTY."
    ),
    "afp_credits": lambda key, text: (
        f"{text} (Photo by SØREN ØDEGREN / AFP) (Photo by SØREN ØDEGREN/AFP via Getty Images)"
    ),
    "no_diacritics": lambda key, text: ascii_only(text),
}


def folder(
    rewrite: Rewrite,
    own: tuple[str, ...] = ("speaks", "sign"),
    siblings: tuple[str, ...] = ("swapped", "dinner", "dock"),
) -> list[Any]:
    files = [wire_meta(f"own-{k}.jpg", rewrite(k, HARBOUR_TALKS[k])) for k in own]
    files += [wire_meta(f"{k}.jpg", rewrite(k, HARBOUR_SIBLINGS[k])) for k in siblings]
    files.append(wire_meta("elsewhere.jpg", HARBOUR_SIBLINGS["elsewhere"], byline="RADKA VARGA"))
    return sorted(files, key=lambda f: f.path)


def written(result: MatchResult) -> dict[int, str]:
    return {m.photo: Path(m.image).name for m in result.matches if m.write}


@pytest.mark.parametrize("wording", sorted(CLASSES))
def test_each_photo_goes_to_its_own_file_in_the_agency_words(
    article: Article, wording: str
) -> None:
    result = match(article, folder(CLASSES[wording]))
    assert written(result) == {0: "own-speaks.jpg", 1: "own-sign.jpg"}
    assert result.ambiguous == ()
    assert "/wire/elsewhere.jpg" in result.unmatched_images


@pytest.mark.parametrize("wording", sorted(CLASSES))
def test_without_its_file_a_photo_does_not_take_another_frame(
    article: Article, wording: str
) -> None:
    # The (C) photo's file is missing: the frame with the people swapped and the crowd outside
    # must not replace it.
    result = match(article, folder(CLASSES[wording], own=("sign",), siblings=("swapped", "dock")))
    assert written(result) == {1: "own-sign.jpg"}


@pytest.mark.xfail(strict=True, reason="known limit: same people at the same positions")
def test_without_its_file_a_photo_may_take_a_frame_that_differs_only_by_action(
    article: Article,
) -> None:
    # `dinner` shows the two at the same positions, posing at a dinner instead of talking: the
    # words differ as much as an agency's paraphrase does, so nothing tells it apart yet.
    result = match(article, folder(CLASSES["ap_dateline"], own=("sign",), siblings=("dinner",)))
    assert written(result) == {1: "own-sign.jpg"}


def test_only_the_markers_tell_the_frames_apart_and_they_decide(article: Article) -> None:
    # `swapped` has the caption's every word; only who stands where differs.
    both = {**HARBOUR_TALKS, **HARBOUR_SIBLINGS}
    files = [wire_meta(f"{k}.jpg", both[k]) for k in ("speaks", "swapped")]
    result = match(article, files)
    speaks = next(m for m in result.matches if m.photo == 0)
    assert Path(speaks.image).name == "speaks.jpg" and speaks.write
    assert speaks.runner_up is not None and Path(speaks.runner_up).name == "swapped.jpg"
    assert speaks.decided_by[0] == "position"
    assert "swapped.jpg" in speaks.explain()


def test_a_contradicting_marker_counts_strongly_against(article: Article) -> None:
    result = match(article, [wire_meta("swapped.jpg", HARBOUR_SIBLINGS["swapped"])])
    assert written(result) == {}


def test_only_the_day_tells_the_frames_apart_and_it_decides(article: Article) -> None:
    day_before = HARBOUR_TALKS["speaks"].replace("March 14", "March 13")
    files = [
        wire_meta("own.jpg", HARBOUR_TALKS["speaks"]),
        wire_meta("before.jpg", day_before, day="2025-03-13"),
    ]
    result = match(article, files)
    speaks = next(m for m in result.matches if m.photo == 0)
    assert Path(speaks.image).name == "own.jpg" and speaks.write
    assert "date" in speaks.decided_by
    alone = match(article, [wire_meta("before.jpg", day_before, day="2025-03-13")])
    assert written(alone) == {}


def test_a_crowd_frame_is_not_taken_for_a_photo_of_named_people(article: Article) -> None:
    result = match(article, [wire_meta("dock.jpg", HARBOUR_SIBLINGS["dock"])])
    assert written(result) == {}


def test_every_match_says_why_and_what_came_second(article: Article) -> None:
    result = match(article, folder(CLASSES["ap_dateline"]))
    for m in result.matches:
        body = m.to_json()
        assert body["runner_up"] and body["decided_by"]
        assert body["runner_up_score"] < body["score"]


def test_the_wording_benchmark_runs_and_writes_nothing_wrong() -> None:
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "match_wording.py"
    argv = [sys.executable, str(script), "--cases", "2", "--seed", "5"]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rows = {line.split()[0]: line.split()[1:] for line in proc.stdout.splitlines()[1:13]}
    assert set(rows) >= {"paraphrase", "dateline", "epa_number", "markers", "dates", "all"}
    photos, right, wrong, *_rest, decoys = (int(v) for v in rows["all"])
    assert photos > 0 and wrong == 0 and decoys == 0
    assert right >= photos * 0.8


def test_an_agency_id_of_letters_and_digits_in_the_link_names_the_file(article: Article) -> None:
    # The article's image link carries the agency's ID; the file holds it as its Object Name.
    link = "https://images.example.net/RC2X8A9ABCDE/w1200.jpg"
    occs = tuple(replace(o, image_ref=link) if o.photo == 0 else o for o in article.captions)
    files = folder(CLASSES["paraphrase"])
    dock = next(f for f in files if f.path.endswith("dock.jpg"))
    dock.fields["title"] = FakeValue("RC2X8A9ABCDE")
    result = match(replace(article, captions=occs), files)
    assert written(result)[0] == "dock.jpg"
    assert any(e.kind == "asset_id" for m in result.matches if m.photo == 0 for e in m.evidence)
