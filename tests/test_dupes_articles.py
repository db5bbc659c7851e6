"""Duplicate groups in articles: the seed and the shared development articles."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from captions.article import extract
from captions.article.grouping import assign_photos
from captions.dupes import DuplicateGroup, GroupKind, find_duplicates
from captions.model import Article, Credit, Occurrence

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_ae8e12822f8eedd7.txt"


def kinds(groups: tuple[DuplicateGroup, ...], kind: GroupKind) -> list[DuplicateGroup]:
    return [group for group in groups if group.kind is kind]


def test_seed_one_photo_printed_twice_and_one_sibling() -> None:
    if not SEED.exists():
        pytest.skip("shared seed article absent")
    article = extract(SEED)
    report = find_duplicates([article])
    same = kinds(report.groups, GroupKind.SAME_PHOTO)
    siblings = kinds(report.groups, GroupKind.SIBLING)
    assert len(same) == 1 and len(siblings) == 1 and len(report.groups) == 2
    second_photo = [occ for occ in article.captions if "(2nd L)" in occ.text]
    assert [m.line for m in same[0].members] == [occ.line for occ in second_photo]
    assert {m.photo for m in siblings[0].members} == {0, 1}
    changes = [(d.change.before, d.change.after) for d in siblings[0].differences]
    assert any("(C)" in before and "(2nd L)" in after for before, after in changes)
    assert any("(2nd R)" in after for _, after in changes)
    assert same[0].severity.value == "info" and siblings[0].severity.value == "warning"


def _answers() -> list[Path]:
    return sorted((SHARED / "articles").glob("*/*.expected.json"))


def _source(answer: Path) -> Path:
    stem = answer.name.removesuffix(".expected.json")
    if stem.endswith(".article"):
        return answer.with_name(f"{stem}.html")
    (found,) = [
        answer.with_name(stem + ext)
        for ext in (".txt", ".md", ".html")
        if answer.with_name(stem + ext).exists()
    ]
    return found


@pytest.mark.parametrize("answer", _answers(), ids=lambda p: p.name.split(".")[0])
def test_shared_article_groups_match_the_annotation(answer: Path) -> None:
    expected = json.loads(answer.read_text(encoding="utf-8"))
    report = find_duplicates([extract(_source(answer))])
    caption_of_line = {
        occ["line"]: entry["id"] for entry in expected["captions"] for occ in entry["occurrences"]
    }
    printed_twice = sorted(
        sorted(occ["line"] for occ in entry["occurrences"])
        for entry in expected["captions"]
        if len(entry["occurrences"]) > 1
    )
    found_twice = sorted(
        sorted(m.line or 0 for m in g.members) for g in kinds(report.groups, GroupKind.SAME_PHOTO)
    )
    assert found_twice == printed_twice
    siblings = sorted(sorted(group) for group in expected.get("sibling_groups") or [])
    found_siblings = sorted(
        sorted(caption_of_line.get(m.line or 0, -1) for m in g.members)
        for g in kinds(report.groups, GroupKind.SIBLING)
    )
    assert found_siblings == siblings
    grouped = " ".join(m.text for g in report.groups for m in g.members)
    for distractor in expected["distractors"]:
        assert distractor not in grouped or any(
            distractor in entry["caption"] for entry in expected["captions"]
        )


def _occurrence(index: int, photo: int, text: str, credit: str | None = None) -> Occurrence:
    raw = f"{text} {credit}" if credit else text
    return Occurrence(index, photo, index + 1, 0, raw, text, Credit(raw=credit or ""))


def test_credit_only_photos_are_siblings_only_when_credits_match() -> None:
    article = Article(
        "derby.txt",
        "text",
        None,
        (
            _occurrence(0, 0, "", "Image source, Northfold Images"),
            _occurrence(1, 1, "", "Image source, Northfold Images"),
            _occurrence(2, 2, "", "Image source, Kessmoor Press"),
        ),
    )
    (group,) = find_duplicates([article]).groups
    assert group.kind is GroupKind.SIBLING and [m.photo for m in group.members] == [0, 1]


def test_one_caption_in_two_articles_is_one_photo_not_a_warning() -> None:
    text = "Ferry passengers disembark at the new Fennwick terminal on its first day of service"
    first = Article("a.txt", "text", None, (_occurrence(0, 0, text),))
    second = Article("b.txt", "text", None, (_occurrence(0, 0, text + "."),))
    (group,) = find_duplicates([first, second]).groups
    assert group.kind is GroupKind.SAME_PHOTO and group.severity.value == "info"


def _photos(texts: list[tuple[str, str | None]]) -> list[int]:
    drafts = [
        replace(_occurrence(i, 0, text, credit), offset=i * 100)
        for i, (text, credit) in enumerate(texts)
    ]
    return [occ.photo for occ in assign_photos(drafts)]


@pytest.mark.parametrize(
    "printed",
    [
        "2/7 Fishers mend their nets on the quay at Vessby before the autumn season.",
        "Bild 2 von 7: Fishers mend their nets on the quay at Vessby before the autumn season.",
        "FILE - Fishers mend their nets on the quay at Vessby before the autumn season.",
        "“Fishers mend their nets on the quay at Vessby before the autumn season.”",
        "(Fishers mend their nets on the quay at Vessby before the autumn season.)",
        "Fishers mend their nets on the quay at Vessby before the autumn season. | Foto: Ines Moor",
    ],
)
def test_printings_that_differ_by_furniture_are_one_photo(printed: str) -> None:
    caption = "Fishers mend their nets on the quay at Vessby before the autumn season."
    assert _photos([(caption, None), ("A gull on a bollard.", None), (printed, None)]) == [0, 1, 0]


def test_short_printings_that_differ_by_furniture_are_one_photo() -> None:
    # shorter than a cut copy's opening: only the furniture rules can group them
    assert _photos([("Nets on the quay", None), ("3/9 Nets on the quay", None)]) == [0, 0]
    assert _photos([("„Netze am Kai“", None), ("Netze am Kai.", None)]) == [0, 0]
    assert _photos([("ARCHIV: Netze am Kai", None), ("Netze am Kai", None)]) == [0, 0]


def test_furniture_does_not_merge_different_captions_or_credits_alone() -> None:
    assert _photos([("1/2 Nets on the quay", None), ("2/2 Boats in the harbour", None)]) == [0, 1]
    assert _photos([("", "Foto: Ines Moor"), ("", "Foto: Ines Moor")]) == [0, 1]
    assert _photos([("Nets on the quay | Vessby", None), ("Nets on the quay", None)]) == [0, 1]
