"""The matcher on facts built in code: right pairs, contradictions, references, thresholds."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from match_fixtures import (
    CAPTION_ATTEND,
    CAPTION_SPEAKS,
    FILES,
    event_article,
    fake_meta,
    occurrence,
)

from captions.match import match
from captions.model import Article, Credit

FOLDER = ("harbour", "speaks", "attend", "handshake")


def images(keys: tuple[str, ...] = FOLDER) -> list[Any]:
    return [fake_meta(k) for k in keys]


def pairs(article: Article, metas: list[Any], **kw: Any) -> dict[int, str]:
    result = match(article, metas, **kw)
    return {m.photo: m.image.rsplit("/", 1)[-1] for m in result.matches}


def test_two_photos_go_to_their_wire_files_and_the_rest_stay_unmatched() -> None:
    result = match(event_article(), images())
    assert {m.photo: m.image for m in result.matches} == {
        0: f"/photos/{FILES['speaks']}",
        1: f"/photos/{FILES['attend']}",
    }
    assert not any(m.ambiguous for m in result.matches)
    assert sorted(result.unmatched_images) == sorted(
        f"/photos/{FILES[k]}" for k in ("handshake", "harbour")
    )
    assert result.unmatched_photos == ()
    assert result.complete


def test_the_answer_does_not_depend_on_folder_order() -> None:
    assert pairs(event_article(), images(tuple(reversed(FOLDER)))) == {
        0: FILES["speaks"],
        1: FILES["attend"],
    }


def test_evidence_explains_the_match() -> None:
    result = match(event_article(), images())
    kinds = {e.kind for e in result.matches[0].evidence}
    assert {"caption", "position", "credit", "date", "order"} <= kinds
    assert all(set(e.to_json()) == {"kind", "detail", "weight"} for e in result.matches[0].evidence)


def test_another_frame_of_the_event_is_not_taken_for_a_missing_file() -> None:
    # Without its file, the (C) caption must not take the handshake frame, where she is (R).
    result = match(event_article(), images(("harbour", "attend", "handshake")))
    assert {m.photo for m in result.matches} == {1}
    assert result.unmatched_photos == (0,)
    assert f"/photos/{FILES['handshake']}" in result.unmatched_images


def test_a_person_at_another_position_is_reported_as_a_contradiction() -> None:
    result = match(event_article(), images(("handshake",)), threshold=0.01)
    speaks = next(m for m in result.matches if m.photo == 0)
    conflicts = [e for e in speaks.evidence if e.kind == "position" and e.weight < 0]
    assert conflicts and "okonkwo" in conflicts[0].detail


def test_an_unrelated_picture_is_below_the_threshold() -> None:
    result = match(event_article(), images(("harbour",)))
    assert result.matches == ()
    assert result.unmatched_photos == (0, 1)
    assert not result.complete


def test_more_photos_than_files() -> None:
    assert pairs(event_article(), images(("attend",))) == {1: FILES["attend"]}


def test_reference_beats_a_misleading_caption() -> None:
    # The article points at the handshake file although its caption text is the (C) one.
    article = event_article()
    ref = f"https://cdn.example.org/up/{FILES['handshake'].lower()[:-4]}-1024x683.jpg?w=800"
    occs = (replace(article.captions[0], image_ref=ref), *article.captions[1:])
    moved = replace(article, captions=occs)
    assert pairs(moved, images())[0] == FILES["handshake"]


def test_asset_id_in_the_reference_matches_the_object_name() -> None:
    article = event_article(credit=None, date=None, people=())
    ref = "https://cdn.example.org/photo/2001234612/original"
    occs = (replace(article.captions[0], image_ref=ref), *article.captions[1:])
    result = match(replace(article, captions=occs), images())
    first = next(m for m in result.matches if m.photo == 0)
    assert first.image.endswith(FILES["handshake"])
    assert any(e.kind == "asset_id" for e in first.evidence)


def test_near_identical_candidates_are_ambiguous() -> None:
    # Two files with the same embedded metadata: nothing tells them apart.
    twin = fake_meta("speaks", folder="/other")
    article = Article("a.txt", "text", None, (occurrence(0, 0, CAPTION_SPEAKS),))
    result = match(article, [fake_meta("speaks"), twin])
    assert len(result.matches) == 1
    assert result.matches[0].ambiguous
    assert not result.matches[0].write
    assert not result.complete


def test_threshold_leaves_weak_pairs_unmatched() -> None:
    assert pairs(event_article(), images(), threshold=5.0) == {}


def test_photographer_conflict_counts_against() -> None:
    other = Credit(
        "Ines Faro/AFP via Getty Images", ("Ines Faro",), False, ("AFP",), "Getty Images"
    )
    article = Article("a.txt", "text", None, (occurrence(0, 0, CAPTION_ATTEND, credit=other),))
    result = match(article, images(("attend",)))
    assert any(e.kind == "credit" and e.weight < 0 for e in result.matches[0].evidence)
