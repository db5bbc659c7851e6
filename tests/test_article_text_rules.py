"""Rules of the text reader that weigh a line by its neighbours and the credit's form.

Invented pages (Orsa, Vennesund): a labelled credit vouching for a one-word caption, bare names
that are share links or a story card's source rather than credits, a viewer's cut copy of a
caption, a noun label that is a menu item, and a caption under a heading on a page whose credits
mostly stand alone.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from captions.article import extract
from captions.article.common import Draft, LineSpan
from captions.article.text_credits import CREDIT_LINE, repeats_credit, split_credits
from captions.article.text_features import (
    credit_confidence,
    firm_label,
    opens_promo_block,
    page_words,
    viewer_control,
    words_of,
)
from captions.model import Occurrence

BODY = (
    "The harbour board met on Tuesday evening and agreed to rebuild the old quay before the "
    "summer, after a winter of storms left the stones loose and the railings bent out of shape."
)
BODY_2 = (
    "Fishermen said the work could not come soon enough, and several of them told the board "
    "that they had already moved their boats to the sheltered side of the bay for the season."
)


def _read(*blocks: str) -> list[Occurrence]:
    return list(extract("orsa.txt", text="\n\n".join(blocks) + "\n").captions)


def _pairs(*blocks: str) -> list[tuple[str, str | None]]:
    return [(o.text, o.credit.raw if o.credit else None) for o in _read(*blocks)]


def test_a_delimited_label_vouches_for_a_one_word_caption() -> None:
    pairs = _pairs("Quay to be rebuilt", BODY, "Kari Holm (Photo: Orsa Police)", BODY_2)
    assert pairs == [("Kari Holm", "Photo: Orsa Police")]


def test_an_advertisers_line_is_no_captioned_picture() -> None:
    assert _pairs("Quay to be rebuilt", BODY, "Content provided by Orsa Bank", BODY_2) == []


@pytest.mark.parametrize("line", ["twitter", "facebook", "email"])
def test_a_lower_case_share_link_is_never_a_credit(line: str) -> None:
    bio = "Kari Holm is a reporter for the Orsa Tidende who covers the harbour and the islands."
    assert _pairs("Quay to be rebuilt", BODY, bio, line, BODY_2) == []


def test_a_bare_name_alone_is_no_credit_only_picture() -> None:
    assert _pairs("Quay to be rebuilt", BODY, "Facebook", BODY_2) == []
    # a shaped credit alone is one
    assert _pairs("Quay to be rebuilt", BODY, "Photo: Orsa Press", BODY_2) == [
        ("", "Photo: Orsa Press")
    ]


@pytest.mark.parametrize(
    "credit",
    [
        "Kari Holm / Orsa Tidende",
        "Hans Berg/Stadtmuseum Vennesund",
        "KARI HOLM/ORSA TIDENDE",
        "Ola Lind/Sjöfarts museet",
        # made for a publication, in the languages' own `for`
        "Kari Holm for Orsa Magazine",
        "Lena Vogt für die Orsaer Zeitung",
        "Rafael Duarte para El Diario de Orsa",
        "Clément Roy pour Le Journal d'Orsa",
        "Alicja Nowak dla Gazety Orskiej",
        "Дмитрий Волков для «Орской правды»",
    ],
)
def test_a_person_then_an_unknown_organisation_alone_is_a_credit_only_picture(credit: str) -> None:
    assert credit_confidence(credit) >= CREDIT_LINE
    assert _pairs("Quay to be rebuilt", BODY, credit, BODY_2) == [("", credit)]


@pytest.mark.parametrize(
    "line",
    [
        "Holm / Orsa Tidende",  # no given name opens it
        "Kari Holm / Orsa Tidende / Nordlys",  # two slashes: not the one shape
        "Photos / Orsa Tidende",
        "Kari Holm and the board / Orsa",
        "Kari Holm for Mayor",  # a placard: one word after `for`
        "Kari Holm Leaves the Board for His Own Harbour Firm After Twenty Years",
        "Kari Holm / Orsa Tidende, page two",
    ],
)
def test_only_a_given_name_then_one_slash_or_for_makes_the_person_then_organisation_shape(
    line: str,
) -> None:
    assert credit_confidence(line) < CREDIT_LINE


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Фото: пресс-служба администрации Заречного", True),  # the press office of a body
        ("Foto: Pressestelle der Stadt Orsa", True),
        ("Handout: the council said on Monday that the quay would close for repairs.", False),
    ],
)
def test_a_handout_label_then_the_body_it_speaks_for_grades_as_a_credit(
    line: str, credit: bool
) -> None:
    assert (credit_confidence(line) >= CREDIT_LINE) is credit


def test_a_story_cards_source_under_its_headline_is_no_credit() -> None:
    cards = ["More from the coast", "Ferry strike ends after two weeks of talks in Vennesund"]
    assert _pairs(BODY, *cards, "Reuters", BODY_2) == []


def test_a_bare_name_credits_a_caption_of_some_length() -> None:
    caption = (
        "Fishermen carry their nets past the damaged railings of the old quay at Orsa, "
        "where work begins next month"
    )
    assert _pairs("Quay to be rebuilt", BODY, caption, "Reuters", BODY_2) == [(caption, "Reuters")]


@pytest.mark.parametrize("line", ["Archive Search", "Arte Concert", "Graphic Design Summer"])
def test_a_noun_label_before_an_unknown_word_is_no_firm_label(line: str) -> None:
    assert not firm_label(line)


@pytest.mark.parametrize(
    "line", ["Courtesy of Orsa Museum", "Foto: Orsa Press", "Fot. Kari Holm", "CreditKari Holm"]
)
def test_labels_ended_by_punctuation_a_connector_or_glued_are_firm(line: str) -> None:
    assert firm_label(line)


def test_a_viewers_cut_copy_is_the_same_photo() -> None:
    full = (
        "Fishermen carry their nets past the damaged railings of the old quay at Orsa on Tuesday. "
        "Work begins next month. (Photo: Kari Holm/Orsa Press)"
    )
    cut = "Fishermen carry their nets past the damaged railings of the old quay at Orsa ... more"
    caps = _read("Quay to be rebuilt", BODY, full, cut, BODY_2)
    assert len(caps) == 2
    assert caps[0].photo == caps[1].photo
    assert caps[1].text == caps[0].text


def test_a_caption_under_a_heading_is_found_on_a_page_of_lone_credits() -> None:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday")  # four distinct body paragraphs
    lone = [b for day in days for b in (BODY.replace("Tuesday", day), f"Photo: Orsa Press {day}")]
    caption = "The new harbour master, Kari Holm, on the quay at dawn."
    caps = _pairs("Quay to be rebuilt", *lone, "The Harbour Master", caption, "Photo: Liv Berg")
    assert (caption, "Photo: Liv Berg") in caps
    # inside a run of text the same sentence is the text going on
    caps = _pairs("Quay to be rebuilt", *lone, BODY_2, caption, "Photo: Liv Berg")
    assert (caption, "Photo: Liv Berg") not in caps


def test_a_long_caption_printed_twice_is_no_running_text() -> None:
    # As long as the page's paragraphs, but printed again further down (a viewer, a gallery):
    # a caption, not the text.
    caption = (
        "Fishermen carry their nets past the damaged railings of the old quay at Orsa on "
        "Tuesday morning, where the harbour board plans to rebuild the stones, the steps and the "
        "railings before the first ferries of the summer season arrive from Vennesund"
    ) + "."
    credit = "Photo: Liv Berg/Orsa Press"
    caps = _pairs("Quay to be rebuilt", BODY, caption, credit, BODY_2, "Gallery", caption)
    assert (caption, credit) in caps
    caps = _pairs("Quay to be rebuilt", BODY, caption, credit, BODY_2)
    assert (caption, credit) not in caps


def test_a_viewers_second_credit_line_is_one_more_printing_of_its_photo() -> None:
    caption = "Fishermen carry their nets past the damaged railings of the old quay at Orsa."
    credit = "Photo: Liv Berg, Orsa Press"
    caps = _read("Quay to be rebuilt", BODY, caption, caption, credit, credit, BODY_2)
    assert len({c.photo for c in caps}) == 1
    assert len(caps) == 3
    # credit-only pictures in a row stay apart
    caps = _read("Quay to be rebuilt", BODY, credit, credit, BODY_2)
    assert len({c.photo for c in caps}) == 2


def test_the_promo_headings_file_is_clean() -> None:
    data = json.loads(
        resources.files("captions.article").joinpath("data/promo_headings.json").read_text("utf-8")
    )
    entries = [*data["headings"], *data["prefixes"], *data["words"]]
    assert entries and len(set(entries)) == len(entries)
    for entry in entries:
        # lower case as printed (Greek keeps its final `ς`); the reader case folds on loading
        assert entry == entry.lower() and not entry.rstrip().endswith((":", "："))
    assert opens_promo_block("You may also like:")
    assert opens_promo_block("More from Orsa Tidende")
    assert not opens_promo_block("Related to the harbour board, the council met on Friday.")
    assert opens_promo_block("Read other related stories about Vennesund:")
    assert not opens_promo_block("Harbour board meets on Friday")


def test_the_page_words_file_is_clean() -> None:
    data = json.loads(
        resources.files("captions.article").joinpath("data/page_words.json").read_text("utf-8")
    )
    assert data["languages"]
    for language, categories in data["languages"].items():
        assert len(language) == 2 and language.islower()
        assert set(categories) <= {
            "speech_verb",
            "video",
            "viewer_control",
            "author_label",
            "position_marker",
        }
        for words in categories.values():
            assert words and len(set(words)) == len(words)
            assert all(w == w.lower().strip() and w for w in words)
    assert {"says", "sagt", "dijo"} <= page_words("speech_verb")
    assert "video" in page_words("video") and "视频" in page_words("video")


def test_a_quotation_attributed_after_a_comma_is_no_unmarked_caption() -> None:
    quote = "The quay has stood for two hundred years and it will stand for two hundred more"
    for verb in ("says", "sagt", "dijo", "a dit"):
        pairs = _pairs("Quay to be rebuilt", BODY, f"{quote}, {verb} Kari Holm", BODY_2)
        assert pairs == []
    assert _pairs("Quay to be rebuilt", BODY, quote, BODY_2) == [(quote, None)]


def test_a_credit_in_a_video_players_box_is_the_posters() -> None:
    credit = "Photo: Liv Berg/Orsa Press"
    for label in ("Video", "Ende des Videobeitrags", "视频"):
        assert _pairs("Quay to be rebuilt", BODY, label, credit, BODY_2) == []
    assert _pairs("Quay to be rebuilt", BODY, credit, BODY_2) == [("", credit)]


def test_blocks_of_other_stories_after_a_related_heading_are_no_pictures() -> None:
    teaser = "Ferry strike ends after two weeks of talks in Vennesund"
    own = "Kari Holm at the quay (Photo: Orsa Police)"
    pairs = _pairs(BODY, "Related", "© Orsa Press", teaser, own, "Read more", BODY_2)
    assert pairs == [("Kari Holm at the quay", "Photo: Orsa Police")]
    # the same blocks in the article are a picture with its caption
    assert _pairs(BODY, "© Orsa Press", teaser, BODY_2) == [(teaser, "© Orsa Press")]


def test_a_sentence_under_a_credit_is_its_caption_when_well_short_of_the_body() -> None:
    short = "Divers check the quay stones in Vennesund before the rebuilding starts."
    pairs = _pairs(
        "Quay to be rebuilt", "© Orsa Press", short, BODY, BODY_2, "© Nordlys Bild", BODY
    )
    assert (short, "© Orsa Press") in pairs
    # the body going on under a credit-only picture is no caption
    assert ("", "© Nordlys Bild") in pairs
    assert all(not text.startswith("The harbour board") for text, _ in pairs)


def test_a_caption_button_announces_the_caption_beside_a_credit() -> None:
    long = BODY.replace("The harbour board met", "Board members meet") + " " + BODY_2
    pairs = _pairs("Quay to be rebuilt", BODY, "Close image caption", long, "Kari Holm/AP", BODY_2)
    assert (long, "Kari Holm/AP") in pairs


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Quelle: Stadtwerke Orsa", False),
        ("Source: Orsa Council", False),
        ("Source: vennesund.example.org", False),
        ("Quelle: Kari Holm", True),
        ("Source: Reuters", True),
        ("Bildquelle: Stadtwerke Orsa", True),
        # a handout's or an archive's mark after the label is the picture's source
        ("Source: Supplied", True),
        ("Quelle: Archiv", True),
        # a picture supplier that distributed it
        ("Source: Orsa Space Imaging via AP", True),
    ],
)
def test_a_source_label_credits_a_picture_only_with_a_person_or_picture_supplier(
    line: str, credit: bool
) -> None:
    assert (credit_confidence(line) >= CREDIT_LINE) is credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photos: Million-dollar boats for sale in Vennesund", False),
        ("Illustration: image générée par IA", True),
        ("Foto: KI-generiertes Symbolbild", True),
    ],
)
def test_a_label_then_lower_case_words_is_a_gallery_link_unless_they_are_a_usage_mark(
    line: str, credit: bool
) -> None:
    assert (credit_confidence(line) >= CREDIT_LINE) is credit


def test_a_credit_line_repeating_a_credit_split_one_word_early_is_no_new_photo() -> None:
    caption = Draft(LineSpan(10, 0, 60), "x", "Boats in the bay", "C. Kari Holm/AP")
    again = Draft(LineSpan(14, 80, 95), "Kari Holm/AP", "", "Kari Holm/AP")
    other = Draft(LineSpan(14, 80, 95), "Ola Berg/AP", "", "Ola Berg/AP")
    assert repeats_credit(again, [caption, again])
    assert not repeats_credit(other, [caption, other])


def test_each_caption_names_the_rule_that_found_it() -> None:
    from captions.article.text import TEXT_RULES, read_text

    page = "\n\n".join(
        [
            "Harbour works begin",
            BODY,
            "Stones stacked on the old quay at dawn. Kari Holm/Orsa Press",
            BODY_2,
            "Workers lift a railing bent by the winter storms",
            "Photo: Lars Vik/Vennesund Tidende",
            "The board will meet again in March to choose a builder, and the harbour master said "
            "that the quay would stay closed to cars until the new railings were in place.",
            "Photo: Eli Dahl/Orsa Press",
            "A public meeting on the plans is to be held at the school hall next month, when the "
            "drawings will be shown and residents can put their questions to the engineers.",
        ]
    )
    found = {d.text or d.credit_raw: d.why for d in read_text(page + "\n")}
    assert found == {
        "Stones stacked on the old quay at dawn.": "trailing-credit",
        "Workers lift a railing bent by the winter storms": "caption-then-credit",
        "Photo: Eli Dahl/Orsa Press": "credit-only",
    }
    assert set(found.values()) <= set(TEXT_RULES)
    assert all(summary and name == name.lower() for name, summary in TEXT_RULES.items())


def test_a_bare_name_after_a_short_title_is_a_link_and_its_source() -> None:
    # a link list prints each story's title and its outlet; a caption a bare name credits is a
    # sentence or of some length, and a shaped credit vouches for a short one
    pairs = _pairs(
        BODY,
        "Storm closes the Vennesund ferry quay (Reuters)",
        "Harbour master resigns after the flood (Kari Holm/Orsa Press)",
        "Fishermen haul their boats onto the slipway at Vennesund before the evening storm "
        "(Reuters)",
        BODY_2,
    )
    assert pairs == [
        ("Harbour master resigns after the flood", "Kari Holm/Orsa Press"),
        (
            "Fishermen haul their boats onto the slipway at Vennesund before the evening storm",
            "Reuters",
        ),
    ]


def test_a_credit_as_long_as_a_paragraph_is_running_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # a paragraph naming someone and printing a label word (`사진`, photo) may grade as a credit;
    # its length says it is the text going on
    import captions.article.text_credits as text_credits

    caption = "Stones stacked on the old quay at dawn."
    tails = {
        "short": "Photo Kari Holm, Orsa Press",
        "long": "Photo Kari Holm, Orsa Press, " + " ".join(["and the harbour board said"] * 6),
    }
    monkeypatch.setattr(text_credits, "credit_grade", lambda *_, **__: 0.8)
    found = {}
    for size, tail in tails.items():
        text_credits._split_credits.cache_clear()
        monkeypatch.setattr(text_credits, "split_trailing_credit", lambda _, t=tail: (caption, t))
        found[size] = text_credits.split_credits(f"{caption} {tail}")[1]
    text_credits._split_credits.cache_clear()
    assert found == {"short": tails["short"], "long": None}


@pytest.mark.parametrize(
    ("line", "pager"),
    [
        ("Page 1, Page 2, Page 3", True),
        ("ページ 1, ページ 2, ページ 3", True),
        ("Side 1 | Side 2", True),
        ("Photo 3 of 12", False),
        ("Boats 1 and 2 at the quay", False),
        ("Kari 1, Lars 2", False),
    ],
)
def test_a_pager_is_page_furniture(line: str, pager: bool) -> None:
    from captions.article.text_features import is_furniture

    assert is_furniture(line) is pager


def test_every_rule_the_reader_names_is_in_the_table_and_back() -> None:
    # the names are string literals at the call sites: a typo would record an unknown rule
    import re
    from pathlib import Path

    from captions.article.text import TEXT_RULES

    folder = Path(__file__).resolve().parents[1] / "captions" / "article"
    source = "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("text*.py")))
    source = re.sub(r"TEXT_RULES = \{.*?\n\}\n", "", source, flags=re.DOTALL)  # the table
    passed = set(re.findall(r'why="([^"]+)"', source))
    literals = set(re.findall(r'"([a-z]+(?:-[a-z]+)*)"', source))
    assert passed <= set(TEXT_RULES)
    assert set(TEXT_RULES) <= literals


def test_a_picture_supplier_in_lower_case_credits_the_caption_above() -> None:
    caption = "Fishermen mend their nets on the old quay at Orsa on Monday morning."
    assert _pairs("Quay to be rebuilt", BODY, f"{caption}\ndpa", BODY_2) == [(caption, "dpa")]
    # a social platform in lower case is a share link, not a credit
    assert _pairs("Quay to be rebuilt", BODY, f"{caption}\ntwitter", BODY_2) == []


def test_a_hangul_caption_keeps_its_sentence_before_a_labelled_credit() -> None:
    caption = "어민들이 낡은 부두에서 그물을 정리하고 있다."
    for credit in ("(사진=김민수 기자)", "사진=김민수 기자"):
        pairs = _pairs("낡은 부두", BODY, f"{caption} {credit}", BODY_2)
        assert pairs == [(caption, "사진=김민수 기자")]


def test_a_line_under_a_lone_credit_is_no_caption_on_a_page_printing_captions_above() -> None:
    body_3 = (
        "The council will pay for half of the work from its harbour fund, and the rest is to "
        "come from a grant that the region promised last year to the towns along the coast."
    )
    body_4 = (
        "Engineers from the port authority will inspect the stones in March, and the board "
        "hopes that the first boats can tie up at the new quay before the herring season."
    )
    caption = "Fishermen mend their nets on the old quay at Orsa on Monday."
    subheading = "Work on the quay should start in the spring"
    pairs = _pairs(
        "Quay to be rebuilt",
        BODY,
        caption,
        "Photo: Liv Berg/Orsa Press",
        BODY_2,
        body_3,
        "Photo: Kari Holm/Orsa Press",
        subheading,
        body_4,
    )
    assert pairs == [(caption, "Photo: Liv Berg/Orsa Press"), ("", "Photo: Kari Holm/Orsa Press")]


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("Boats leave the quay at dawn on MondayPhoto: Liv Berg", ("Photo: Liv Berg",)),
        ("Boats leave the quay at dawn on Monday.Liv Berg/Orsa Press", ("Liv Berg/Orsa Press",)),
        ("Boote verlassen den Kai am Montagmorgen© dpa", ("© dpa",)),
        ("Boats leave the quay at dawn on MondayGetty Images", ("Getty Images",)),
        # a brand's second half, a menu's items, a name inside the caption: no credit
        ("The new Orsa car will have an assistant with ChatGPT Voice", ()),
        ("SubscribePrivacy PolicyTerms of ServiceCookie Settings", ()),
        ("Mayor Kari McDonald opens the new quay at Orsa", ()),
    ],
)
def test_a_credit_glued_to_its_caption_is_split_off(line: str, split: tuple[str, ...]) -> None:
    caption, credit = split_credits(line)
    assert (credit,) == split if split else credit is None
    if split:
        assert line.startswith(caption) and caption.rstrip(".")


def test_one_photographer_credits_two_pictures_of_a_story() -> None:
    first = "Fishermen mend their nets on the old quay at Orsa on Monday morning."
    second = "The harbour master walks along the breakwater after the storm (Photo: Liv Berg)"
    body_3 = (
        "The council will pay for half of the work from its harbour fund, and the rest is to "
        "come from a grant that the region promised last year to the towns along the coast."
    )
    pairs = _pairs(
        "Quay to be rebuilt", BODY, first, "Photo: Liv Berg/Orsa Press", BODY_2, second, body_3
    )
    assert pairs == [
        (first, "Photo: Liv Berg/Orsa Press"),
        ("The harbour master walks along the breakwater after the storm", "Photo: Liv Berg"),
    ]


def test_a_thai_caption_counts_its_words_without_spaces() -> None:
    caption = "ชาวประมงซ่อมอวนที่ท่าเรือเก่าเมื่อเช้าวันจันทร์"
    assert words_of(caption) >= 10
    assert _pairs("ท่าเรือเก่า", BODY, caption, "ภาพ: รอยเตอร์", BODY_2) == [(caption, "ภาพ: รอยเตอร์")]


@pytest.mark.parametrize(
    ("credit", "below", "read"),
    [
        (
            "Map: Northern Charts Project/Institute",
            "for Coastal Studies",
            "Map: Northern Charts Project/Institute for Coastal Studies",
        ),
        ("Grafik: Lena Vogt/Institut für", "Karten und Daten", None),
        ("Foto: Hanna Ruud/Museo", "del Mare di Marenza", None),
        # a heading after a credit-only picture is no part of its credit
        ("Photo: Liv Berg/Orsa Press", "The Next Steps", "Photo: Liv Berg/Orsa Press"),
    ],
)
def test_a_credit_wrapped_onto_a_block_of_its_own(
    credit: str, below: str, read: str | None
) -> None:
    """The shared scraper prints every block, a `<br>`'s line too, after a blank line."""
    assert _pairs("Quay to be rebuilt", BODY, credit, below, BODY_2) == [
        ("", read or f"{credit} {below}")
    ]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Orsa Lighthouse Liv Berg/Getty Images", ("Orsa Lighthouse", "Liv Berg/Getty Images")),
        ("Fischhalle Kellbrück Hanna Ruud/dpa", ("Fischhalle Kellbrück", "Hanna Ruud/dpa")),
        ("Vennesund Liv Berg/Reuters", ("Vennesund", "Liv Berg/Reuters")),
        # a person's name with two given names, a particle: the whole line is the credit
        ("Mary Ann Holm/Reuters", ("", "Mary Ann Holm/Reuters")),
        ("Ilse van der Meulen/Reuters", ("", "Ilse van der Meulen/Reuters")),
    ],
)
def test_a_name_printed_before_an_unlabelled_credit_is_its_caption(
    line: str, pair: tuple[str, str]
) -> None:
    assert _pairs("Shops on the quay", BODY, line, BODY_2) == [pair]


@pytest.mark.parametrize(
    "button", ["Enlarge this image", "Bild vergrößern", "Agrandir l'image", "Zoom"]
)
def test_a_viewers_button_between_a_caption_and_its_credit_is_passed_over(button: str) -> None:
    caption = "Fishermen mend their nets on the old quay at Orsa on Monday."
    credit = "Photo: Liv Berg/Orsa Press"
    assert _pairs("Quay", BODY, caption, button, credit, BODY_2) == [(caption, credit)]
    # over the caption, the button is no caption of its own
    assert _pairs("Quay", BODY, button, caption, credit, BODY_2) == [(caption, credit)]
    assert viewer_control(button) and not viewer_control(caption)


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("Порт ночью, вид с мола / РИА Новости", ("Порт ночью, вид с мола", "РИА Новости")),
        ("항구의 밤 풍경. /연합뉴스", ("항구의 밤 풍경.", "연합뉴스")),
        ("The harbour at night / Liv Berg/AFP", ("The harbour at night", "Liv Berg/AFP")),
        # an agency printed in lower case keeps its place before the slash
        (
            "Horses graze on the dunes of Lunholm at dawn. ullstein bild/Getty Images",
            ("Horses graze on the dunes of Lunholm at dawn.", "ullstein bild/Getty Images"),
        ),
    ],
)
def test_a_caption_keeps_its_words_before_a_credits_slash(
    line: str, split: tuple[str, str]
) -> None:
    assert split_credits(line) == split
