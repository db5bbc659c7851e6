"""The text reader on a caption and its credit printed on one line with the separators and
brackets publishers use (issue 12: `caption | Foto: X`, `[Xinhua]`, `caption; Name/AFP`): the
caption comes back clean and the credit as printed. Invented lines; the agencies are real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.article import extract

PAGES = json.loads(
    (Path(__file__).parents[1] / "benchmarks" / "data" / "layout_pages.json").read_text("utf-8")
)
# The English page of benchmarks/text_credit_layouts.py: a headline, a caption, two paragraphs.
HEADLINE = PAGES["latin"]["headline"]
BODY, BODY_2 = PAGES["latin"]["body"]
CAPTION = PAGES["latin"]["caption"]


def _pairs(line: str) -> list[tuple[str, str | None]]:
    text = "\n\n".join([HEADLINE, BODY, line, BODY_2]) + "\n"
    return [
        (o.text, o.credit.raw if o.credit else None)
        for o in extract("orsa.txt", text=text).captions
    ]


@pytest.mark.parametrize(
    ("separator", "credit"),
    [
        (" • ", "Foto: Kari Holm"),
        (" • ", "Kari Holm/AFP"),
        (" • ", "Fotó: MTI/Kovács Bence"),
        (" ｜ ", "Photo: Kari Holm/Orsa Press"),
        (" [", "AFP]"),
        (" [", "Getty Images]"),
        (" (", "Kari Holm / Orsa Tidende)"),
        (" [", "Kari Holm / Orsa Tidende]"),
        (", ", "Kari Holm/AFP"),
        (", ", "Reuters/Kari Holm"),
        ("; ", "Kari Holm/AFP"),
        (" | ", "Kari Holm / Orsa Tidende"),
        # a usage marker set apart: an illustration, an AI-made picture, a file picture
        (" (", "Image for representation)"),
        (" | ", "Imagen generada por IA"),
        (" (", "Ảnh minh họa)"),
        (" | ", "Archive photo"),
        # the photographer between the caption's last sentence and the supplier in brackets
        (". ", "Marina Lievens (AP)"),
        # a person and the publication the picture was made for, after the caption's sentence
        (". ", "Lena Vogt für die Orsaer Zeitung"),
    ],
)
def test_a_credit_after_a_separator_or_in_brackets_is_split_off(
    separator: str, credit: str
) -> None:
    for stop in ("", "."):
        pairs = _pairs(f"{CAPTION}{stop}{separator}{credit}")
        assert len(pairs) == 1, pairs
        caption, got = pairs[0]
        assert caption.rstrip(".") == CAPTION
        assert got == (credit if credit.endswith("(AP)") else credit.rstrip(")]"))


def test_one_word_in_brackets_and_a_name_inside_a_sentence_stay_in_the_caption() -> None:
    assert _pairs(f"{CAPTION} (file)") == [(f"{CAPTION} (file)", None)]
    line = "Divers check the quay stones with Marina Lievens (AP)"
    assert all(credit != "Marina Lievens (AP)" for _, credit in _pairs(line))


def test_a_sponsor_after_a_bullet_is_no_credit() -> None:
    line = "Harbour Logistics for Growing Companies Webinar - on demand • Provided by Orsa Bank"
    assert all(credit is None or "Orsa Bank" not in credit for _, credit in _pairs(line))


def _alone(line: str) -> list[tuple[str, str | None]]:
    text = "\n\n".join([HEADLINE, BODY, line, BODY_2]) + "\n"
    return [
        (o.text, o.credit.raw if o.credit else None)
        for o in extract("orsa.txt", text=text).captions
    ]


@pytest.mark.parametrize(
    "credit",
    [
        "Ines Varga (AFP)",
        "[Xinhua]",
        "（共同）",
        "ＡＰ＝共同",
        "Jane Roe • AP",
        "Ines Varga © AFP",
        "Zora Lind, TASS",
        "Orsa Police handout",
        "Screenshot from YouTube",
        "Photo: Instagram/@orsa.foto",
        "Photo via Twitter/@janeroe",
        "Ines Varga (AFP) (Pool)",  # the supplier's brackets before a marker's
        "Ines Varga (AFP",  # a closing bracket lost
        "Foto: Lena Vogt, 12.03.2024",  # a date, though a time stamp's shape
    ],
)
def test_a_credit_with_a_credits_mark_alone_between_paragraphs_is_a_credit_only_picture(
    credit: str,
) -> None:
    pairs = _alone(credit)
    assert len(pairs) == 1 and pairs[0][0] == "", pairs
    assert pairs[0][1] is not None


@pytest.mark.parametrize(
    "line",
    ["Youtube (Video)", "ISSN 1476-4687 (online)", "Especial", "Facebook", "Partilhar no Facebook"],
)
def test_a_link_or_a_section_name_alone_is_no_credit_only_picture(line: str) -> None:
    assert _alone(line) == []


@pytest.mark.parametrize(
    ("script", "credit"),
    [
        ("devanagari", "फोटो: पीटीआई"),  # Hindi: the danda ends a sentence
        ("bengali", "ছবি: এএফপি"),  # Bengali prints the same danda
        ("thai", "ภาพ: รอยเตอร์"),  # Thai ends a paragraph with no mark at all
    ],
)
def test_a_paragraph_ending_in_its_scripts_full_stop_is_running_text_over_a_credit(
    script: str, credit: str
) -> None:
    page = PAGES[script]
    text = "\n\n".join([page["headline"], page["body"][0], credit, page["body"][1]]) + "\n"
    photos = [
        (o.text, o.credit.raw if o.credit else None) for o in extract("p.txt", text=text).captions
    ]
    assert photos == [("", credit)]


@pytest.mark.parametrize(
    "credit",
    [
        "Foto: Kari Holm",
        "Photo by Kari Holm / The Orsa Post",  # the credit's own slash stays in it
        "Kari Holm (AFP via Getty Images)",
        "Kari Holm/Orsa Press",
    ],
)
def test_a_credit_after_a_spaced_slash_is_split_off(credit: str) -> None:
    for stop in ("", "."):
        pairs = _pairs(f"{CAPTION}{stop} / {credit}")
        assert len(pairs) == 1, pairs
        caption, got = pairs[0]
        assert caption.rstrip(".") == CAPTION
        assert got is not None and got.strip("()") == credit.strip("()")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a name before the slash: the slash is the credit's own
        (f"{CAPTION}. KARI HOLM / AFP", "KARI HOLM / AFP"),
        # a label before the slash, after the caption's sentence
        (f"{CAPTION}. Photo by Kari Holm / Courtesy of Orsa Museum", None),
        (f"{CAPTION}. Photo d'illustration / Pixabay", None),
        # inside brackets
        (f"{CAPTION} (Photo by Kari Holm / Courtesy of Orsa Museum)", None),
    ],
)
def test_a_slash_inside_a_credit_does_not_split_it(line: str, credit: str | None) -> None:
    want = credit or line[len(CAPTION) + 1 :].strip(" .()")
    pairs = _pairs(line)
    assert len(pairs) == 1, pairs
    assert pairs[0][1] is not None and pairs[0][1].strip("()") == want


def test_a_menu_of_slashes_is_no_caption_and_credit() -> None:
    pairs = _pairs("Advertising enquiries / Press enquiries / Privacy policy / Copyright terms")
    assert all(credit is None or "Copyright" not in credit for _, credit in pairs)


@pytest.mark.parametrize(
    "credit",
    [
        "Foto dpa",
        "Photo AFP",
        "Fotograf Lena Brandt",
        "Photo: Kari Holm/AFP",
        "Image: NASA, ESA, and J. Olsen (STScI)",
        "Foto: Ana Berg (EFE)",
    ],
)
def test_a_labelled_credit_run_into_its_caption_with_a_space_is_split_off(credit: str) -> None:
    pairs = _pairs(f"{CAPTION} {credit}")
    assert pairs == [(CAPTION, credit)]


def test_a_picture_noun_inside_a_sentence_opens_no_credit() -> None:
    # German capitalises every noun: `Fotos von der ...` is the sentence going on
    line = "Der Chor sang bis in die Nacht. Das sind die schönsten Bilder von der Regatta"
    assert all(credit is None for _, credit in _pairs(line))


@pytest.mark.parametrize(
    "credit",
    [
        "AFP PHOTO / KARI HOLM (Photo credit should read KARI HOLM/AFP via Getty Images)",
        "(Photo by Kari Holm / AFP) (Photo by KARI HOLM/AFP via Getty Images)",
    ],
)
@pytest.mark.parametrize("separator", [". ", " | ", ""])
def test_a_credit_printed_twice_the_second_in_brackets_is_one_credit(
    credit: str, separator: str
) -> None:
    pairs = _pairs(f"{CAPTION}{separator}{credit}")
    assert len(pairs) == 1, pairs
    caption, got = pairs[0]
    assert caption.rstrip(".") == CAPTION
    assert got == credit


def test_a_credit_printed_twice_alone_is_one_credit_only_picture() -> None:
    credit = "AFP PHOTO / KARI HOLM (Photo credit should read KARI HOLM/AFP via Getty Images)"
    assert _alone(credit) == [("", credit)]


@pytest.mark.parametrize(
    ("script", "credit"),
    [
        ("arabic", "صورة: محمد علي/واس"),
        ("hebrew", "צילום: יוסי לוי"),
        ("persian", "عکس: علی رضایی/ایرنا"),
        ("devanagari", "फोटो: राहुल शर्मा/पीटीआई"),
        ("hangul", "사진=뉴시스"),
    ],
)
def test_a_labelled_credit_glued_to_a_caption_in_a_script_without_capitals_is_split_off(
    script: str, credit: str
) -> None:
    page = PAGES[script]
    line = f"{page['caption']}{credit}"
    text = "\n\n".join([page["headline"], page["body"][0], line, page["body"][1]]) + "\n"
    photos = [
        (o.text, o.credit.raw if o.credit else None) for o in extract("p.txt", text=text).captions
    ]
    assert photos == [(page["caption"], credit)]


@pytest.mark.parametrize(
    "credit",
    [
        "Kari Holm/Orsa Press",
        "Kari Holm/AFP via Getty Images",
        "KARI HOLM / The Orsa Post",
        "Kari Holm | Orsa Tidende",
    ],
)
def test_a_photographer_and_supplier_run_into_the_caption_with_a_space_are_split_off(
    credit: str,
) -> None:
    assert _pairs(f"{CAPTION} {credit}") == [(CAPTION, credit)]


@pytest.mark.parametrize(
    "line",
    [
        # a name and an organisation `for` it: a headline's words as often
        "The harbour master hosts Kari Holm for Orsa Sailing Club",
        # a name alone ends the caption
        "Divers check the quay stones with harbour master Kari Holm",
    ],
)
def test_a_name_in_the_caption_is_no_credit(line: str) -> None:
    assert all(credit is None for _, credit in _pairs(line))


def test_a_credit_glued_to_a_caption_word_is_cut_at_the_glue() -> None:
    assert _pairs(f"{CAPTION}AFP via Getty Images") == [(CAPTION, "AFP via Getty Images")]
