"""Recall of the text reader on the line forms of pages it has never seen (issue 12): invented
pages in the shared scraper's form (every block on a line of its own, followed by a blank line;
tests/fixtures/articles/recall, the expected photos in expected.json), one class per page, in
eleven languages and six scripts. Each page failed before the rules it names were written.

- a credit-only line whose value is a common word or an account (`Foto: Divulgação`, `Crédito:
  reprodução`, `Foto: Instagram @name`), a picture supplier alone between paragraphs of text;
- a credit after a bar or a dash (`... | Foto: NORDBILD`, `... - Name/Archive`, `... | Ansa`), in
  parentheses with a lower-case label (`(foto Name/Ansa)`) or a label noun and names (`(Φωτογραφία
  Name. AGENCY)`), a labelled credit whose value is a common word after the caption's sentence;
- Korean and Japanese credit forms (`ⓒ Agency`, `/사진=... 제공`, `...＝共同`);
- a credit glued to its caption after a brand's capitals or a year (`...MacBook ...OrvilleGetty
  Images`, `... in 1984Photo: X`);
- a credit-only graphic whose organisation wraps at an elided joint (`de l'eau de Saulzon`);
- a gallery of long captions with titles on lines of their own, and one whose credits are glued
  to the slide counters (`1/4Foto: Câmara Municipal de ...`, `2/4Name/Museum`);
- an unlabelled `Name/Organisation` credit after the caption's last sentence;
- an uncredited Chinese caption placing a person with a position word (`Name（右二）`);
- page furniture that is no picture: an author line labelled `Автор:`, the site's `© Paper` notice
  on the last line, a teaser card under a `Διαβάστε επίσης` heading.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.article import extract
from captions.article.text_credits import split_credits
from captions.article.text_features import (
    names_author,
    names_position,
    names_someone,
    opens_promo_block,
)

PAGES = Path(__file__).parent / "fixtures" / "articles" / "recall"
EXPECTED: dict[str, list[list[str | None]]] = json.loads(
    (PAGES / "expected.json").read_text(encoding="utf-8")
)


def _photos(name: str) -> list[tuple[str, str | None]]:
    result = extract(name, text=(PAGES / name).read_text(encoding="utf-8"))
    return [(o.text, o.credit.raw if o.credit else None) for o in result.captions]


def test_every_page_is_in_the_table_and_prints_what_it_expects() -> None:
    assert {p.name for p in PAGES.glob("*.txt")} == set(EXPECTED)
    for name, photos in EXPECTED.items():
        page = " ".join((PAGES / name).read_text(encoding="utf-8").split())
        for caption, credit in photos:
            assert caption is not None and caption in page, (name, caption)
            assert credit is None or credit in page, (name, credit)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_reader_finds_every_picture_of_the_page_and_nothing_else(name: str) -> None:
    expected = [(caption, credit) for caption, credit in EXPECTED[name]]
    assert _photos(name) == expected


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("O porto ao amanhecer visto do farol. Foto: Divulgação", "Foto: Divulgação"),
        ("Il porto visto dal faro. Foto: Ufficio stampa", "Foto: Ufficio stampa"),
        ("Der Hafen bei Nacht | Foto: NORDBILD", "Foto: NORDBILD"),
        ("Der Hafen bei Nacht|Foto: AGENCY", "Foto: AGENCY"),
        ("Le port au lever du jour (photo Odile Sarrazin/AFP)", "photo Odile Sarrazin/AFP"),
        ("The harbour at dawn in March 2024Photo: Dana Whitlock", "Photo: Dana Whitlock"),
        ("The quay in the winter of 1929. Dana Whitlock/Orsa Museum", "Dana Whitlock/Orsa Museum"),
        ("해변에서 열린 여름 음악 축제 ⓒ뉴스1", "ⓒ뉴스1"),
        # no credit: a title after a dash, a gallery's link, a label over a sentence, a page name
        ("Bundesliga am Samstag - Die Bayern in Dortmund", None),
        ("The harbour. Photos: Inside the battle for the port", None),
        ("He said the picture was taken in March. Photo editors agreed.", None),
        ("She said the answer was fine. Yes/No", None),
        ("The team celebrates the title (Photo Gallery)", None),
    ],
)
def test_a_trailing_credit_is_split_off_after_a_bar_a_sentence_a_year_or_in_brackets(
    line: str, split: str | None
) -> None:
    caption, credit = split_credits(line)
    assert credit == split
    if split is not None:
        assert caption and credit is not None and caption.strip() != line.strip()


def test_a_label_whose_own_word_names_the_source_names_someone() -> None:
    assert names_someone("Foto: Divulgação") and names_someone("Foto: Cortesía")
    assert not names_someone("Photo courtesy of")


def test_author_labels_and_promo_headings_are_read_in_many_languages() -> None:
    assert names_author("Автор: Веселина Тончева") and names_author("Autorka: Eva Malá")
    assert not names_author("Foto: Eva Malá") and not names_author("Автор текста и фото: X")
    for heading in ("Διαβάστε επίσης", "ये भी पढ़ें", "اقرأ أيضا", "많이 본 뉴스", "Baca juga"):
        assert opens_promo_block(heading), heading


def test_a_position_word_in_brackets_places_a_person_in_scripts_without_case() -> None:
    assert names_position("镇长周文斌（左）与老船工在码头上交谈")
    assert names_position("김민수(왼쪽 두번째) 씨가 그물을 손질하고 있다")
    assert names_position("山田太郎さん（右から2人目）")
    assert not names_position("价格（左右）上涨") and not names_position("他说（中国）")
