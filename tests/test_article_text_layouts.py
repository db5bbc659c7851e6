"""Layout rules of the text reader that follow from how any page is built, on invented pages
(Orsa, Vennesund): a credit over its caption between paragraphs of text, a menu of pipes, CJK
author lines, a promo heading printed with its first item, and the slides of a gallery in several
languages and orders.
"""

from __future__ import annotations

import pytest

from captions.article import extract
from captions.article.qualify import labels_artwork, places_people
from captions.article.text_features import is_byline, is_menu, opens_promo_block
from captions.article.text_layout import (
    counter_of,
    find_slides,
    is_counter,
    line_shape,
    strip_counter,
)

BODY = (
    "The harbour board met on Tuesday evening and agreed to rebuild the old quay before the "
    "summer, after a winter of storms left the stones loose and the railings bent out of shape."
)
BODY_2 = (
    "Fishermen said the work could not come soon enough, and several of them told the board "
    "that they had already moved their boats to the sheltered side of the bay for the season."
)
BODY_3 = (
    "The board will meet again in March to choose a builder, and the work is expected to take "
    "most of the spring, the chairwoman said after the meeting had ended late in the evening."
)


def _pairs(*blocks: str) -> list[tuple[str, str | None]]:
    occurrences = extract("orsa.txt", text="\n\n".join(blocks) + "\n").captions
    return [(o.text, o.credit.raw if o.credit else None) for o in occurrences]


def test_a_credit_between_text_and_a_caption_heads_the_caption() -> None:
    pairs = _pairs(
        "Quay to be rebuilt", BODY, BODY_2, "© Orsa Press", "Kari Holm at the quay", BODY_3
    )
    assert pairs == [("Kari Holm at the quay", "© Orsa Press")]


def test_a_caption_above_its_credit_keeps_it() -> None:
    # the caption is well short of the text, so the credit under it is its own
    pairs = _pairs("Quay to be rebuilt", BODY, "Kari Holm at the quay.", "© Orsa Press", BODY_2)
    assert pairs == [("Kari Holm at the quay.", "© Orsa Press")]


def test_a_title_every_slide_repeats_is_no_caption_under_a_credit() -> None:
    blocks = ["Quay to be rebuilt", BODY]
    for step in ("Mark the boards first.", "Saw the boards to length."):
        blocks += [step, "Foto: Orsa Press", "Build a quay"]
    pairs = _pairs(*blocks, BODY_2)
    assert ("Build a quay", "Foto: Orsa Press") not in pairs


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("About | Contact | Privacy | Terms", True),
        ("首页 ｜ 简介 ｜ 网站地图 ｜ 联系我们", True),
        ("Kari Holm at the quay | Foto: Orsa Press", False),
        ("Quay | Harbour | Bay", False),
    ],
)
def test_four_pipe_separated_items_make_a_menu(line: str, menu: bool) -> None:
    assert is_menu(line) is menu


def test_a_footer_menu_is_no_caption_with_a_credit() -> None:
    footer = "Orsa Tidende ｜ 简介 ｜ 网站地图 ｜ 版权说明 ｜ 联系我们"
    assert _pairs("Quay to be rebuilt", BODY, BODY_2, footer) == []


@pytest.mark.parametrize(
    ("line", "byline"),
    [("[作者: 王小明 责任编辑: 李华 ]", True), ("责任编辑：李华", True), ("记者 王小明 摄", False)],
)
def test_cjk_author_and_editor_lines_are_bylines(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


def test_a_promo_heading_printed_with_its_first_item_opens_a_promo_block() -> None:
    assert opens_promo_block("Lesen Sie auch: Der Hafen von Vennesund wird neu gebaut")
    assert not opens_promo_block("Lesen Sie den Bericht: Der Hafen wird neu gebaut")
    pairs = _pairs(
        "Quay to be rebuilt",
        BODY,
        BODY_2,
        "Lesen Sie auch: Der Hafen von Vennesund wird neu gebaut",
        "© Orsa Press",
    )
    assert pairs == []  # not `Lesen Sie auch: ...` captioned by the credit under it


@pytest.mark.parametrize(
    ("line", "counter"),
    [
        ("7/40 Harbour at dawn", (7, 40)),
        ("(3/12)", (3, 12)),
        ("Bilde 3 av 12", (3, 12)),
        ("Billede 3 af 12", (3, 12)),
        ("Foto 3 de 12", (3, 12)),
        ("Kuva 3/12", (3, 12)),
        ("13/12", None),
        ("Harbour 3 of 12", None),
    ],
)
def test_slide_counters_in_many_languages(line: str, counter: tuple[int, int] | None) -> None:
    assert counter_of(line) == counter


def test_a_lone_counter_announces_a_caption_and_a_titled_one_does_not() -> None:
    assert is_counter("Bild 3 von 12")
    assert not is_counter("3/12 Harbour at dawn")


SLIDES = [
    (
        "Harbour at dawn",
        "Boats return to the harbour of Orsa at dawn after a night at sea.",
        "ORSA PRESS",
    ),
    (
        "Market day",
        "Traders set up their stalls in the old square before sunrise.",
        "Kari Holm/Orsa Museum",
    ),
    ("The lighthouse", "The lighthouse has guided ships into the bay since 1871.", None),
]


def _gallery(slide: object) -> list[tuple[str, str | None]]:
    blocks = ["Harbour days in Orsa", BODY]
    for k, (title, caption, credit) in enumerate(SLIDES, start=1):
        blocks += slide(k, len(SLIDES), title, caption, credit)  # type: ignore[operator]
    return _pairs(*blocks, BODY_2)


def test_a_slide_title_on_its_own_line_is_no_caption() -> None:
    pairs = _gallery(lambda k, n, t, c, cr: [f"{k} of {n}", t, c] + ([cr] if cr else []))
    assert pairs == [(c, cr) for _, c, cr in SLIDES]


def test_a_slide_may_print_its_credit_before_its_caption() -> None:
    pairs = _gallery(lambda k, n, t, c, cr: [f"{k}/{n}"] + ([cr] if cr else []) + [c])
    assert pairs == [(c, cr) for _, c, cr in SLIDES]


def test_a_slide_whose_only_text_is_its_title_has_the_title_as_caption() -> None:
    pairs = _gallery(lambda k, n, t, c, cr: [f"({k}/{n})", t] + ([cr] if cr else []))
    assert pairs == [(t, cr) for t, _, cr in SLIDES]


def test_find_slides_needs_rising_numbers_of_one_total() -> None:
    texts = ["2/13 Dinner", "", "2/13 Lunch", "", "2/14 Dinner"]
    assert find_slides(texts) == []


def test_a_bare_agency_over_a_long_caption_between_paragraphs_credits_it() -> None:
    caption = (
        "Boats of the Orsa fleet wait in the sheltered bay for the storm to pass over the islands"
    )
    pairs = _pairs("Quay to be rebuilt", BODY, BODY_2, "Reuters", caption, BODY_3)
    assert pairs == [(caption, "Reuters")]
    # a short line under a bare name is no caption of it (a menu, a card's headline)
    assert _pairs("Quay to be rebuilt", BODY, BODY_2, "Reuters", "Harbour news", BODY_3) == []


def test_a_credit_in_a_video_box_is_no_credit_only_picture() -> None:
    assert (
        _pairs("Quay to be rebuilt", BODY, "Video", "Foto: Orsa TV", "End of video", BODY_2) == []
    )
    assert _pairs("Quay to be rebuilt", BODY, "Foto: Orsa TV", BODY_2) == [("", "Foto: Orsa TV")]


def test_a_credit_printed_again_under_a_caption_button_splits_the_caption_above() -> None:
    caption = "Boats of the Orsa fleet wait in the sheltered bay for the storm to pass."
    pairs = _pairs(
        "Quay to be rebuilt",
        BODY,
        f"{caption} Kari Holm hide caption",
        "toggle caption",
        "Kari Holm",
        BODY_2,
    )
    assert pairs == [(caption, "Kari Holm")]


# (`caption • Provided by X` stays furniture: development pages print a bullet before a
# sponsor's line, never before a picture's credit)
@pytest.mark.parametrize("delimiter", ["·", "|"])
def test_a_caption_loses_the_delimiter_before_its_credit(delimiter: str) -> None:
    caption = "The new ferry leaves the harbour of Orsa on its first trip"
    pairs = _pairs("Quay to be rebuilt", BODY, f"{caption} {delimiter} Photo: Kari Holm", BODY_2)
    assert pairs == [(caption, "Photo: Kari Holm")]


def test_a_viewers_counter_vouches_for_a_two_word_caption_but_not_a_control() -> None:
    assert _pairs("Quay to be rebuilt", BODY, "Foto 1 de 1", "FOTO ILUSTRATIVA", BODY_2) == [
        ("FOTO ILUSTRATIVA", None)
    ]
    assert _pairs("Quay to be rebuilt", BODY, "1 of 5", "Close", BODY_2) == []


@pytest.mark.parametrize("credit", ["新华社记者 王小明 摄", "渔业博物馆供图"])
def test_a_cjk_role_word_after_the_name_gives_a_credit_line_its_shape(credit: str) -> None:
    caption = "渔船在黎明时分返回港口。"
    assert _pairs("Quay to be rebuilt", BODY, caption, credit, BODY_2) == [(caption, credit)]


def test_a_cjk_site_map_is_no_credit() -> None:
    assert _pairs("Quay to be rebuilt", BODY, BODY_2, "品牌广告 邮箱 网站地图") == []


@pytest.mark.parametrize("name", ["Getty Images", "Shutterstock"])
def test_a_bare_name_credits_a_short_caption_that_ends_like_a_sentence(name: str) -> None:
    caption = "Fishing boats return to the harbour at dawn."
    assert _pairs("Quay to be rebuilt", BODY, caption, name, BODY_2) == [(caption, name)]
    # a story card's headline has no full stop: the name under it is its source
    assert _pairs("Quay to be rebuilt", BODY, "Harbour board picks a builder", name, BODY_2) == []


@pytest.mark.parametrize(
    "caption",
    [
        "(L-R) Kari Holm, Lena Berg and Nils Dahl",
        "Kari Holm (left) and Lena Berg at the quay",
        "V.l.n.r. Kari Holm, Lena Berg und Nils Dahl",
        "From left; Kari Holm and Lena Berg open the new quay",
    ],
)
def test_a_line_placing_people_in_a_picture_is_a_caption(caption: str) -> None:
    assert [p[0] for p in _pairs("Quay to be rebuilt", BODY, caption, BODY_2)] == [caption]


def test_a_copyright_mark_places_nobody() -> None:
    assert not places_people("All pictures (C) Kari Holm")
    assert places_people("Kari Holm (C) and Lena Berg (R)")


def test_a_subheading_over_a_credit_only_picture_is_no_caption() -> None:
    pairs = _pairs("Quay to be rebuilt", BODY, "A new quay", "Image credit: Kari Holm", BODY_2)
    assert pairs == [("", "Image credit: Kari Holm")]
    # printed in one block with the credit, a few words are its caption
    pairs = _pairs("Quay to be rebuilt", BODY, "A new quay\nImage credit: Kari Holm", BODY_2)
    assert pairs == [("A new quay", "Image credit: Kari Holm")]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Kari Holm, Harbour at Dawn, 1931", True),
        ("Lena Berg, The Quay, 2012, oil on canvas, Orsa Museum", True),
        ("Kari Holm, December 16, 2025", False),  # a byline's date
        ("In this Sunday, Nov. 10, 2019, photograph, boats wait", False),
        ("Kari Holm, Harbour at Dawn", False),
    ],
)
def test_an_artworks_label_names_artist_title_and_year(line: str, label: bool) -> None:
    assert labels_artwork(line) is label


def test_an_artworks_label_between_texts_is_a_caption() -> None:
    label = "Lena Berg, The Quay, 2012"
    assert _pairs("Quay to be rebuilt", BODY, label, BODY_2) == [(label, None)]


@pytest.mark.parametrize(
    "printed",
    [
        "Photo 3 of 12: Fishing boats return to the harbour at dawn.",
        "Enlarge this image Fishing boats return to the harbour at dawn.",
        "Bildunterschrift: Fishing boats return to the harbour at dawn.",
    ],
)
def test_a_viewers_words_before_a_caption_are_no_part_of_it(printed: str) -> None:
    caption = "Fishing boats return to the harbour at dawn."
    pairs = _pairs("Quay to be rebuilt", BODY, f"{printed} Kari Holm/Orsa Press", BODY_2)
    assert pairs == [(caption, "Kari Holm/Orsa Press")]


def test_a_fraction_opening_a_caption_is_no_counter() -> None:
    assert strip_counter("9/11 memorial lights shine over the harbour") == (
        "9/11 memorial lights shine over the harbour"
    )


@pytest.mark.parametrize(
    ("printed", "credit"),
    [
        ("(Foto: Kari Holm) Fishing boats return to the harbour at dawn.", "Foto: Kari Holm"),
        ("© Orsa Press | Fishing boats return to the harbour at dawn.", "© Orsa Press"),
        ("Photo: Kari Holm – Fishing boats return to the harbour at dawn.", "Photo: Kari Holm"),
    ],
)
def test_a_credit_printed_before_its_caption_on_one_line(printed: str, credit: str) -> None:
    caption = "Fishing boats return to the harbour at dawn."
    assert _pairs("Quay to be rebuilt", BODY, printed, BODY_2) == [(caption, credit)]


def test_a_place_before_a_dash_is_no_leading_credit() -> None:
    assert _pairs("Quay to be rebuilt", BODY, "Orsa – Boats return at dawn.", BODY_2) == []


def _listing(credited: list[bool]) -> list[str]:
    blocks = ["Where we ate in Orsa", BODY]
    for k, credit in enumerate(credited, start=1):
        blocks += [
            f"3/{k} Lunch 「Shop {k}」 (Orsa)",
            "A small kitchen by the harbour that cooks what the boats bring in.",
            f"Fish soup {k} Photo: Kari Holm" if credit else f"Fish soup {k}",
            f"Shop {k}",
        ]
    return [*blocks, BODY_2]


def test_repeated_blocks_give_their_caption_place_to_uncredited_captions() -> None:
    pairs = _pairs(*_listing([True, True, True, False, False]))
    assert [p[0] for p in pairs] == [f"Fish soup {k}" for k in range(1, 6)]


def test_too_few_captions_make_no_template() -> None:
    pairs = _pairs(*_listing([True, True, False, False, False]))
    assert [p[0] for p in pairs] == ["Fish soup 1", "Fish soup 2"]


def test_line_shape_folds_runs_of_digits_letters_and_cjk() -> None:
    assert line_shape("2/13 昼「日本料理」（福井）") == line_shape("12/1 夜「鮨」（東京）")
    assert line_shape("2/13 Lunch") != line_shape("Lunch at two")


def test_a_one_word_caption_far_from_its_namesake_is_another_photo() -> None:
    blocks = ["Quay to be rebuilt", BODY, "Tasting Photo: Kari Holm", BODY_2]
    blocks += [BODY] * 6 + ["Tasting Photo: Lena Berg", BODY_2]
    occurrences = extract("orsa.txt", text="\n\n".join(blocks) + "\n").captions
    assert [o.text for o in occurrences] == ["Tasting", "Tasting"]
    assert occurrences[0].photo != occurrences[1].photo
