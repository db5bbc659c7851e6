"""People, dates and grouping: table tests with captions written for them, and properties."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions.article import extract
from captions.article.grouping import assign_photos, image_name, same_caption
from captions.article.people import find_people
from captions.caption.dates import _MONTHS, find_date, find_year
from captions.caption.normalize import caption_key
from captions.model import Occurrence, Person


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Coach Ana Ruiz (C) talks to players in Leon.", [("Ana Ruiz", "C")]),
        (
            "Ana Ruiz (2nd L) and Bo Tamm (2nd R) attend a hearing in Riga.",
            [("Ana Ruiz", "2nd L"), ("Bo Tamm", "2nd R")],
        ),
        (
            "(L to R) Judge Ana Ruiz, clerk Bo Tamm and Ivo Lenz leave court.",
            [("Ana Ruiz", "L"), ("Bo Tamm", "2nd L"), ("Ivo Lenz", "3rd L")],
        ),
        (
            "Farmers, from left, Ana Ruiz, Bo Tamm and Ivo Lenz sort apples.",
            [("Ana Ruiz", "L"), ("Bo Tamm", "2nd L"), ("Ivo Lenz", "3rd L")],
        ),
        ("Sen. Ana Ruiz, R-Utah, center, speaks in Provo.", [("Ana Ruiz", "C")]),
        ("Ana Ruiz, left, and Bo Tamm shake hands.", [("Ana Ruiz", "L"), ("Bo Tamm", None)]),
        ("Mayor Kees van der Berg, right, opens the bridge.", [("Kees van der Berg", "R")]),
        ("Rowers train on Lake Orsa near Cedar Bend on Monday.", []),
        # Markers are read by captions.caption.markers, as match and dupes read them.
        (
            "Ana Ruiz (second from left) greets Bo Tamm (far right) in Provo.",
            [("Ana Ruiz", "2nd L"), ("Bo Tamm", "far R")],
        ),
        ("Ana Ruiz, second from left, signs the pact.", [("Ana Ruiz", "2nd L")]),
        # `y` and `e` are name particles in a credit but `and` in a caption: two people.
        ("Ana Ruiz y Luisa Tamm votan en Provo.", [("Ana Ruiz", None), ("Luisa Tamm", None)]),
        ("Maria do Carmo Vaz (R) chega a Braga.", [("Maria do Carmo Vaz", "R")]),
        ("Visitors queue outside the Lindqvist Maritime Museum.", []),
    ],
)
def test_people_with_positions(caption: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.position) for p in find_people(caption)] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A possessive ends a run: a town's landmark is not a person, a club's player is.
        ("Crowds gather at Velmar’s Orsolo after the match.", []),
        ("Velmar’s Ana Ruiz scores the winner.", [("Ana Ruiz", None)]),
        # `Velmar-owned`, `Oslo-based`: an adjective, not the first word of a name.
        ("A Velmar-owned Orsolo store cuts prices.", []),
        ("Oslo-based designer Ana Ruiz sketches a gown.", [("Ana Ruiz", None)]),
        # A determiner before a capitalised run names a thing: `my Lumen Glass headset`.
        ("I tested my Lumen Glass headset at home.", []),
        ("Rain falls on South Varnia and North Orsolan farms.", []),
        ("Ana Ruiz waves; her brother Bo Tamm films.", [("Ana Ruiz", None), ("Bo Tamm", None)]),
    ],
)
def test_things_shaped_like_names_are_not_people(
    caption: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(p.name, p.position) for p in find_people(caption)] == expected


def test_a_word_capitalised_only_to_open_the_sentence_is_not_a_name() -> None:
    caption = "Armed Varnian police officers secure the square."
    assert find_people(caption) != ()  # with no article to say `armed` is an ordinary word
    assert find_people(caption, common={"armed", "police"}) == ()
    grower = "Grower Ana Ruiz sorts apples."
    assert find_people(grower, common={"growers"}) == (Person("Ana Ruiz"),)
    # a given name that is also an ordinary word stays a name
    rose = "Rose Tamm arrives as prices rose."
    assert find_people(rose, common={"rose", "prices"}) == (Person("Rose Tamm"),)


def test_a_lone_surname_names_someone_named_in_full_elsewhere() -> None:
    known = {"Ifeoma Adeyemi", "Bo Tamm"}
    caption = "Adeyemi, left, on a training run in Iten, Kenya, in June."
    assert find_people(caption, known=known) == (Person("Adeyemi", "L"),)
    assert find_people(caption) == ()  # nobody of that name elsewhere: not enough to go on
    # the full name in the same caption is the person; the surname adds nobody
    both = "Ifeoma Adeyemi trains. Adeyemi won in May."
    assert find_people(both, known=known) == (Person("Ifeoma Adeyemi"),)


def test_an_article_resolves_lone_surnames_across_captions() -> None:
    text = (
        "Race day\n\nIfeoma Adeyemi breaks the tape in Hanoi. Photo: Bo Lind/Reuters\n\n"
        "The race began before dawn.\n\n"
        "Adeyemi on a training run in Iten, Kenya. Photo: Bo Lind/Reuters\n"
    )
    article = extract("race.txt", text=text)
    assert [[p.name for p in o.people] for o in article.captions] == [
        ["Ifeoma Adeyemi"],
        ["Adeyemi"],
    ]


@pytest.mark.parametrize(
    ("caption", "year", "expected"),
    [
        ("Crowds gather in Oslo on Jan. 30, 2024.", None, "2024-01-30"),
        ("A ship waits on February 12, 2025.", None, "2025-02-12"),
        ("Rain falls on 12 February 2025 in Leeds.", None, "2025-02-12"),
        ("Runners start on Sunday, Aug. 3.", 2025, "2025-08-03"),
        ("Runners start on Sunday, Sept. 7, 2025.", None, "2025-09-07"),
        ("Runners start on Sunday.", 2025, None),
        ("A mural painted in 1978 fades.", 2025, None),
        ("Dated Aug. 3 but no article year.", None, None),
        ("An impossible Feb. 30, 2025 stays out.", None, None),
    ],
)
def test_caption_dates(caption: str, year: int | None, expected: str | None) -> None:
    assert find_date(caption, year) == expected


@pytest.mark.parametrize("name", list(_MONTHS))
def test_every_month_name_is_found_in_any_case(name: str) -> None:
    """The month-first pattern looks ahead for a month's first letter: none may be missed."""
    number = _MONTHS[name]
    for spelt in (name.capitalize(), name.upper()):
        assert find_date(f"Boats sail on {spelt} 9, 2021 at dawn.") == f"2021-{number:02d}-09"


def test_article_year_comes_from_the_first_full_date() -> None:
    assert find_year("By A. Writer\nMarch 4, 2025\nBody mentions 1999.") == 2025
    assert find_year('<time datetime="2025-08-04T08:10:00+02:00">') == 2025
    assert find_year("no dates") is None


def _occ(text: str, offset: int) -> Occurrence:
    return Occurrence(index=-1, photo=-1, line=1, offset=offset, raw=text, text=text)


def test_grouping_normalizes_quotes_space_and_final_stop() -> None:
    occs = assign_photos(
        [
            _occ("Ana Ruiz’s boat “Orca” leaves port.", 0),
            _occ('Ana  Ruiz\'s boat "Orca" leaves port', 50),
            _occ("Ana Ruiz (L) waves.", 100),
            _occ("Ana Ruiz (R) waves.", 150),
        ]
    )
    assert [o.photo for o in occs] == [0, 0, 1, 2]
    assert [o.index for o in occs] == [0, 1, 2, 3]


def test_cut_copies_join_their_caption_and_short_openings_do_not() -> None:
    long = "Ana Ruiz steers the old ferry past the lighthouse of Vessby on a grey morning."
    occs = assign_photos(
        [
            _occ(long, 0),
            _occ(long[:50] + "...", 10),  # a cut copy, long enough
            _occ(long[:50], 20),
            _occ("Ana Ruiz steers", 30),  # a common opening, too short to tell
        ]
    )
    assert [o.photo for o in occs] == [0, 0, 0, 1]


def _pictured(text: str, offset: int, ref: str | None) -> Occurrence:
    return Occurrence(index=-1, photo=-1, line=1, offset=offset, raw=text, text=text, image_ref=ref)


def test_one_text_under_pictures_of_different_names_is_several_photos() -> None:
    text = "Gulls over the harbour of Vessby."
    occs = assign_photos(
        [
            _pictured(text, 0, "https://img.example.org/2024/gulls-1.jpg?w=620"),
            _pictured(text, 10, "https://img.example.org/2024/gulls-2.jpg?w=620"),
            _pictured(text, 20, "https://img.example.org/styles/large/gulls-1-1024x683.jpg"),
            _pictured(text, 30, None),  # a lightbox copy with no picture of its own
            _pictured(text, 40, "/csm_gulls-2_caa5dd48d4.jpg"),
        ]
    )
    assert [o.photo for o in occs] == [0, 1, 0, 0, 1]


@pytest.mark.parametrize(
    ("ref", "name"),
    [
        ("https://x.example.org/a/harbour-view-1024x683.jpg?x=1", "harbour-view"),
        ("/csm_harbour-view_caa5dd48d4.jpg", "harbour-view"),
        ("/files/styles/desktop/public/harbour-view.jpg", "harbour-view"),
        ("/photos/18635622/3/920x920.jpg", ""),
        (
            "https://cdn.example.org/e62c640fa60749d5b452f87f5cce9663~noop.image",
            "e62c640fa60749d5b452f87f5cce9663~noop",
        ),
        (None, ""),
    ],
)
def test_image_names_drop_size_marks_and_hash_suffixes(ref: str | None, name: str) -> None:
    assert image_name(ref) == name


def test_credit_only_captions_are_never_merged() -> None:
    occs = assign_photos([_occ("", 0), _occ("", 10)])
    assert [o.photo for o in occs] == [0, 1]


def test_repeated_credit_only_lines_stay_separate_photos() -> None:
    text = (
        "Image source, Orsa Press\n\nThe match ended late.\n\n"
        "Image source, Orsa Press\n\nFans went home happy.\n"
    )
    article = extract("derby.txt", text=text)
    assert [(o.text, o.photo) for o in article.captions] == [("", 0), ("", 1)]


@settings(deadline=None)  # the first example loads the credit words: slow on a busy machine
@given(st.lists(st.text(max_size=30), max_size=8))
def test_grouping_ids_count_from_zero_in_order(texts: list[str]) -> None:
    occs = assign_photos([_occ(t, i * 100) for i, t in enumerate(texts)])
    seen: list[int] = []
    for occ in occs:
        if occ.photo not in seen:
            seen.append(occ.photo)
    assert seen == list(range(len(seen)))
    for a in occs:
        for b in occs:
            # An empty key (`_`, a credit-only caption) is never merged, by design.
            if caption_key(a.text) and caption_key(a.text) == caption_key(b.text):
                assert a.photo == b.photo


_LINES = st.sampled_from(
    [
        "Ana Ruiz (C) speaks in Riga on Jan. 30, 2024. Bo Tamm/Pool/AFP via Getty Images",
        "Credit: Ivo Lenz/Reuters",
        "Image source, Orsa Press",
        "Image caption, Fans cheer the winners",
        "Main image: A ferry crosses the bay. Photograph: Ida Berg/EPA",
        "AFP reported on Monday that talks failed.",
        "*Rowers train at dawn.*",
        "![alt](a.jpg)",
        "<figure><figcaption>Half a tag",
        "(AP Photo/Ida Berg)",
        "",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(_LINES, st.text(max_size=60)), max_size=12),
    st.sampled_from(["text", "markdown", "html", None]),
)
def test_arbitrary_documents_never_raise(lines: list[str], fmt: str | None) -> None:
    document = "\n".join(lines)
    article = extract("fuzz", text=document, format=fmt)
    for occ in article.captions:
        assert occ.line >= 1 and occ.offset >= 0
        if article.format != "html":
            assert document[occ.offset : occ.offset + len(occ.raw)] == occ.raw


def test_file_prefix_marks_the_credit_as_a_file_photo() -> None:
    article = extract(
        "f.txt",
        text="FILE - A tram crosses the old bridge in Riga, May 2, 2019. (Photo by Ida Berg/AFP)\n",
    )
    (occ,) = article.captions
    assert occ.text.startswith("FILE - ")
    assert occ.credit is not None and occ.credit.file_photo
    assert replace(occ.credit, file_photo=False) != occ.credit


@pytest.mark.parametrize("fmt,name", [("text", "a.txt"), ("markdown", "a.md")])
def test_offsets_count_in_the_file_as_it_is_with_crlf_line_ends(fmt: str, name: str) -> None:
    lines = [
        "---",
        "title: Harbour day",
        "---",
        "",
        "Boats leave the harbour at dawn. Photo: Ida Berg/Reuters",
        "",
        "The day began early.",
    ]
    document = "\r\n".join(lines)
    article = extract(name, text=document, format=fmt)
    assert [o.line for o in article.captions] == [5]
    occ = article.captions[0]
    assert document[occ.offset : occ.offset + len(occ.raw)] == occ.raw
    if fmt == "markdown":
        assert article.title == "Harbour day"


def test_same_caption_is_the_grouping_rule_on_texts() -> None:
    long = "Ana Ruiz steers the old ferry past the lighthouse of Vessby on a grey morning."
    assert same_caption(long, long.upper())
    assert same_caption(long[:45] + "…", long)
    assert not same_caption(long[:20], long)
    assert not same_caption("", "")
