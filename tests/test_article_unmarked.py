"""Captions printed with no credit and no label, found by their shape and place in the text.

A caption without a final full stop standing alone between paragraphs of running text, a short
line pointing at the picture (`this photo`), and a caption under a slideshow counter. Subheadings,
headlines, pull quotes, related links and page furniture around them stay unreported.
"""

from __future__ import annotations

import pytest

from captions.article import extract
from captions.article.qualify import announces_caption, reads_like_unmarked_caption

BODY_1 = (
    "The ferry company said on Monday that the new boats would halve the crossing time, "
    "and that fares would stay the same until the end of the year."
)
BODY_2 = (
    "Residents of the island have waited for a faster link for more than a decade, "
    "and many of them came to the quay to watch the first crossing."
)
BODY_3 = "“We have been promised this since I was at school,” said one of them, a retired teacher."


def _article(*paragraphs: str) -> list[str]:
    text = "\n\n".join(paragraphs) + "\n"
    return [o.text for o in extract("ferry.txt", text=text).captions]


def test_an_unpunctuated_caption_between_body_paragraphs_is_found() -> None:
    caption = (
        "Marit Solvang, the ferry's first captain, at the wheel of the Orsa Star as it leaves "
        "the quay at Vennesund"
    )
    assert _article("Island gets its fast ferry", BODY_1, caption, BODY_2, BODY_3) == [caption]


@pytest.mark.parametrize(
    "line",
    [
        "A faster crossing, at last",  # a subheading: shorter than a caption
        "Why the island waited ten years for a ferry that takes twenty minutes",  # a question
        "It is easy to forget how far the island is from the mainland in winter",  # an aside
        "The Long Road To A Faster Ferry For The Islanders Of Vennesund And Orsa",  # title case
        "Follow our coverage of the island's transport links and the ferry timetable",
        "Published 3 March 2025 09.15 GMT and last updated on the same day by the desk",
    ],
)
def test_headings_and_furniture_between_body_paragraphs_stay_unreported(line: str) -> None:
    assert _article("Island gets its fast ferry", BODY_1, line, BODY_2, BODY_3) == []


def test_a_caption_shaped_line_needs_running_text_on_both_sides() -> None:
    headline = "Island gets its fast ferry as the mainland link is cut to twenty minutes each way"
    dek = "Residents of Vennesund have waited more than a decade for a faster link to the coast"
    related = [
        "Related",
        "Ferry operator orders two more electric boats for the northern routes this year",
    ]
    assert _article(headline, dek, BODY_1, BODY_2, *related) == []


def test_a_pull_quote_printed_again_in_the_body_is_not_a_caption() -> None:
    quote = "Residents of the island have waited for a faster link for more than a decade"
    assert _article("Island gets its fast ferry", BODY_1, quote, BODY_2, BODY_3) == []


def test_a_short_line_pointing_at_the_picture_is_a_caption() -> None:
    line = "Visitors were not allowed on board, so this photo from the operator will have to do."
    assert _article("Island gets its fast ferry", BODY_1, line, BODY_2, BODY_3) == [line]


def test_a_paragraph_mentioning_a_photo_in_passing_is_not() -> None:
    long = (
        "The operator shared this photo with reporters on Monday. It shows the boat in dry dock. "
        "The hull was painted in the island's colours, and the name was chosen by pupils."
    )
    assert _article("Island gets its fast ferry", BODY_1, long, BODY_2, BODY_3) == []


def test_a_caption_under_a_slideshow_counter_is_found() -> None:
    text = (
        "Island ferry\n\n"
        "3/12\n\n"
        "Passengers wave from the upper deck as the ferry leaves Vennesund\n\n"
        "4 of 12\n"
        "The ferry's crew check the mooring lines at Orsa\n\n"
        f"{BODY_1}\n"
    )
    captions = [o.text for o in extract("ferry.txt", text=text).captions]
    assert captions == [
        "Passengers wave from the upper deck as the ferry leaves Vennesund",
        "The ferry's crew check the mooring lines at Orsa",
    ]


@pytest.mark.parametrize("label", ["3/12", "3 of 12", "Photo 3 of 12", "Image 7/9", "Image"])
def test_counters_and_labels_announce_a_caption(label: str) -> None:
    assert announces_caption(label)


@pytest.mark.parametrize("label", ["2025", "3/12/2025", "Score 3-1", "Share"])
def test_other_short_lines_do_not(label: str) -> None:
    assert not announces_caption(label)


def test_a_media_caption_label_is_removed_from_the_text() -> None:
    text = (
        f"{BODY_1}\n\n"
        "Media caption The ferry's captain explains how the electric boats are charged\n\n"
        f"{BODY_2}\n"
    )
    captions = [o.text for o in extract("ferry.txt", text=text).captions]
    assert captions == ["The ferry's captain explains how the electric boats are charged"]


def test_the_line_rule_on_its_own() -> None:
    assert reads_like_unmarked_caption(
        "Passengers wave from the upper deck as the ferry leaves Vennesund for the mainland"
    )
    assert not reads_like_unmarked_caption("Passengers wave from the upper deck.")
    assert not reads_like_unmarked_caption(
        "“We have waited for a faster link for more than a decade now,” a resident says"
    )


def test_a_paragraph_broken_at_a_link_is_not_a_caption() -> None:
    # The scraper starts a block at an inline link: the next block carries on the sentence.
    cut = (
        "In a review of forty ferry routes, the ministry compared the crossing times of "
        "electric boats"
    )
    rest = ". On most routes the electric boats were as fast as the diesel ones they replaced."
    assert _article("Island gets its fast ferry", BODY_1, cut, rest, BODY_2) == []
    lower = "the ministry said in its report, which was published on the same day as the timetable."
    assert _article("Island gets its fast ferry", BODY_1, cut, lower, BODY_2) == []


@pytest.mark.parametrize(
    "line",
    [
        # several sentences with no final stop: running text cut off at a link
        "The boats are quiet. They are cheap to run. The crews like them. And the islanders "
        "have started to call them the whispering ferries",
        "[ Read more: the island's long wait for a faster ferry link to the mainland coast ]",
    ],
)
def test_running_text_and_bracketed_links_are_not_captions(line: str) -> None:
    assert _article("Island gets its fast ferry", BODY_1, line, BODY_2, BODY_3) == []


def test_a_cjk_line_that_says_it_shows_a_picture_is_a_caption() -> None:
    body_1 = (
        "渡轮公司星期一表示，新船将把航行时间缩短一半，而且票价在年底之前保持不变。"
        "岛上居民等待了十多年。"
    )
    body_2 = "许多居民来到码头观看首航，他们说这条航线改变了岛上的生活，孩子们上学也更方便了。"
    caption = "图为新渡轮驶离维讷松码头。"
    subheading = "岛屿迎来快速渡轮"
    assert _article("标题", subheading, caption, body_1, body_2) == [caption]
