"""The seed article: exactly 3 occurrences forming 2 photos, every credit the same pool credit."""

from __future__ import annotations

from pathlib import Path

import pytest

from captions.article import extract
from captions.model import Article

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_ae8e12822f8eedd7.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    if not SEED.exists():
        pytest.skip("seed article (../shared/seed) is absent")
    return extract(SEED)


def test_three_occurrences_form_two_photos(article: Article) -> None:
    assert article.format == "text"
    assert [o.index for o in article.captions] == [0, 1, 2]
    assert [o.photo for o in article.captions] == [0, 1, 1]
    assert [o.line for o in article.captions] == [5, 30, 31]


def test_offsets_and_raw_point_into_the_file(article: Article) -> None:
    text = SEED.read_text(encoding="utf-8")
    for occ in article.captions:
        assert text[occ.offset : occ.offset + len(occ.raw)] == occ.raw
        assert text.count("\n", 0, occ.offset) + 1 == occ.line
    second, third = article.captions[1:]
    assert second.raw.endswith("(Ng Han Guan/Pool/AFP via Getty Images)")
    assert not third.raw.endswith(")")
    assert second.text == third.text


def test_every_credit_is_the_pool_credit(article: Article) -> None:
    for occ in article.captions:
        credit = occ.credit
        assert credit is not None
        assert credit.photographers == ("Ng Han Guan",)
        assert credit.pool
        assert credit.agencies == ("AFP",)
        assert credit.distributor == "Getty Images"
        assert not credit.file_photo
        assert "Getty Images" not in occ.text


def test_normalized_credit(article: Article) -> None:
    from captions.credit import format_credit

    for occ in article.captions:
        assert occ.credit is not None
        assert format_credit(occ.credit) == "Ng Han Guan/Pool/AFP via Getty Images"


def test_date_and_people(article: Article) -> None:
    first, second, _ = article.captions
    assert {o.date for o in article.captions} == {"2024-01-30"}
    assert ("Jen Daskal", "C") in {(p.name, p.position) for p in first.people}
    marked = {(p.name, p.position) for p in second.people}
    assert {("Jen Daskal", "2nd L"), ("Wang Xiaohong", "2nd R")} <= marked
    assert first.text.endswith("on Jan. 30, 2024.")
    assert "(C)" in first.text


def test_nothing_else_is_a_caption(article: Article) -> None:
    texts = " ".join(o.raw for o in article.captions)
    assert "contributed to this report" not in texts
    assert "Updated" not in texts
    assert all(o.credit is not None for o in article.captions)
