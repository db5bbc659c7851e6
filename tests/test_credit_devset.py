"""The shared development set: its credits parse to the expected parts, and the splitter finds them.

Reads ../shared/articles (read-only, never copied into the project); skips when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from captions.credit import parse_credit, split_leading_credit, split_trailing_credit

ARTICLES = Path(__file__).resolve().parents[1].parent / "shared" / "articles"


def answers(folder: str) -> list[dict[str, Any]]:
    files = sorted((ARTICLES / folder).glob("*.expected.json"))
    if not files:
        pytest.skip(f"no development set at {ARTICLES / folder}")
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def credited_captions(folder: str) -> list[dict[str, Any]]:
    return [c for answer in answers(folder) for c in answer["captions"] if c.get("credit")]


def split_occurrence(raw: str) -> tuple[str, str | None]:
    """Caption and credit of one printed occurrence: a credit line above, or one at the end."""
    credit, rest = split_leading_credit(raw)
    if credit is not None:
        return rest, credit
    return split_trailing_credit(raw)


def comparable(credit: str) -> str:
    """The annotated set keeps outer parentheses and drops glued `Credit` labels; the written
    set (and this parser) does the opposite. Compare without either."""
    credit = credit.strip().removeprefix("(").removesuffix(")")
    while credit.startswith("Credit") and credit[6:7].isupper():
        credit = credit[6:]
    return credit


def test_written_credits_parse_to_expected_parts() -> None:
    captions = credited_captions("written")
    agree = 0
    for caption in captions:
        got = parse_credit(caption["credit"]).parts()
        expected = caption["credit_parts"]
        if {key: got[key] for key in expected} == expected:
            agree += 1
    print(f"written credits: {agree}/{len(captions)} parse to the expected parts")
    assert len(captions) >= 30
    assert agree == len(captions)


def test_written_and_annotated_occurrences_split_at_the_expected_credit() -> None:
    checked = agree = 0
    for folder in ("written", "annotated"):
        for caption in credited_captions(folder):
            for occurrence in caption["occurrences"]:
                raw = occurrence["raw"].strip().strip("*")
                if comparable(caption["credit"]) not in raw:
                    continue  # printed without its credit here
                checked += 1
                text, credit = split_occurrence(raw)
                if credit is not None and comparable(credit) == comparable(caption["credit"]):
                    agree += int(text.strip("* \n").endswith(caption["caption"].strip()))
    print(f"occurrences split at the expected credit: {agree}/{checked}")
    assert checked >= 50
    assert agree == checked


def test_annotated_credits_parse_with_nothing_left_over() -> None:
    from captions.credit import read_credit

    for caption in credited_captions("annotated"):
        reading = read_credit(caption["credit"])
        assert reading.unrecognized == (), caption["credit"]
        assert reading.credit.photographers or reading.credit.agencies, caption["credit"]


def test_distractors_and_uncredited_captions_have_no_credit() -> None:
    checked = 0
    for folder in ("written", "annotated"):
        for answer in answers(folder):
            texts = list(answer["distractors"])
            texts += [c["caption"] for c in answer["captions"] if c["caption"] and not c["credit"]]
            for text in texts:
                checked += 1
                assert split_trailing_credit(text)[1] is None, text
    print(f"distractors and uncredited captions with no credit found: {checked}/{checked}")
    assert checked >= 80
