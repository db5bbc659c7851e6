"""The HTML reader on small pages written for these tests, one per layout class it handles.

All names, places and agencies are invented.
"""

from __future__ import annotations

import time

import pytest

from captions.article import extract
from captions.model import Occurrence

_HEAD = (
    "<!doctype html><html><head><title>t</title>"
    "<link rel='canonical' href='https://news.example.org/story/1'></head><body><article>"
    "<h1>Ferry service returns to Lindholm</h1>"
    "<p>The ferry between Lindholm and the mainland sails again after a winter of repairs, the"
    " harbour office said on Monday, and the first crossing was full.</p>"
)
_TAIL = "</article></body></html>"


def _captions(body: str) -> list[Occurrence]:
    return list(extract("page.html", text=_HEAD + body + _TAIL).captions)


def _pairs(body: str) -> list[tuple[str, str | None]]:
    return [(o.text, o.credit.raw if o.credit else None) for o in _captions(body)]


def test_credit_in_a_child_element_and_a_hidden_label() -> None:
    body = (
        "<figure><img src='/a.jpg'><figcaption><span class='sr-only'>Image caption,</span>"
        "Passengers board the ferry at Lindholm pier on Monday."
        "<span class='photo-credit'>Photo: Aino Vask/Baltpress</span></figcaption></figure>"
    )
    ((text, credit),) = _pairs(body)
    assert text == "Passengers board the ferry at Lindholm pier on Monday."
    assert credit == "Photo: Aino Vask/Baltpress"


def test_credit_elsewhere_in_the_figure() -> None:
    body = (
        "<figure><div class='media'><img src='/b.jpg'><span class='image-copyright'>"
        "Tero Lund/Northlight</span></div><figcaption>The captain checks the new engine."
        "</figcaption></figure>"
    )
    assert _pairs(body) == [("The captain checks the new engine.", "Tero Lund/Northlight")]


def test_credits_split_off_the_caption_text() -> None:
    body = (
        "<figure><img src='/c.jpg'><figcaption>Gulls follow the ferry out of the harbour."
        "Photo: Mira Holt</figcaption></figure>"
        "<figure><img src='/d.jpg'><figcaption>Cars queue on the quay | Foto: NORDBILD"
        "</figcaption></figure>"
        "<figure><img src='/e.jpg'><figcaption>The old ferry waits for scrapping in Vessby."
        " (Olle Brink/Vessby Courier)</figcaption></figure>"
        "<figure><img src='/f.jpg'><figcaption>A deckhand ties up the ferry - Ruth Sand/Museum"
        "</figcaption></figure>"
    )
    assert _pairs(body) == [
        ("Gulls follow the ferry out of the harbour.", "Photo: Mira Holt"),
        ("Cars queue on the quay", "Foto: NORDBILD"),
        ("The old ferry waits for scrapping in Vessby.", "Olle Brink/Vessby Courier"),
        ("A deckhand ties up the ferry", "Ruth Sand/Museum"),
    ]


def test_credit_line_alone_under_the_caption() -> None:
    body = (
        "<figure><img src='/g.jpg'><figcaption><p>Ice floes drift past the ferry lane in"
        " March.</p><p>KESTREL AGENCY</p></figcaption></figure>"
    )
    assert _pairs(body) == [("Ice floes drift past the ferry lane in March.", "KESTREL AGENCY")]


def test_credit_only_figures() -> None:
    body = (
        "<figure><img src='/h.jpg'><figcaption>Image Credits: Harbour Office</figcaption></figure>"
        "<figure><img src='/i.jpg'><figcaption class='image-credits'>Lindholm Ferries"
        "</figcaption></figure>"
        "<figure><img src='/j.jpg'><span class='credit'>Photo: Pia Strand</span></figure>"
    )
    captions = _captions(body)
    assert [(o.text, o.credit.raw if o.credit else None) for o in captions] == [
        ("", "Image Credits: Harbour Office"),
        ("", "Lindholm Ferries"),
        ("", "Photo: Pia Strand"),
    ]
    assert len({o.photo for o in captions}) == 3  # credit-only captions are never merged
    assert [o.image_ref for o in captions] == ["/h.jpg", "/i.jpg", "/j.jpg"]


def test_teasers_navigation_and_controls_are_not_captions() -> None:
    body = (
        "<figure><img src='/k.jpg'><figcaption>Deck chairs wait for summer on the top deck."
        "</figcaption></figure>"
        "<figure><img src='/t1.jpg'><figcaption><a href='/story/2'>Bridge plan divides the"
        " island council</a></figcaption></figure>"
        "<a href='https://news.example.org/story/3'><figure><img src='/t2.jpg'><figcaption>"
        "Island school gets a new roof</figcaption></figure></a>"
        "</article><div class='related-stories'><figure><img src='/t3.jpg'><figcaption>Harbour"
        " fees rise for the third year running</figcaption></figure></div><article>"
        "<div class='gallery-controls'><p class='caption-toggle'>Caption Close</p></div>"
        "<nav><figure><img src='/n.jpg'><figcaption>Menu picture of the coast</figcaption>"
        "</figure></nav>"
    )
    assert [text for text, _ in _pairs(body)] == ["Deck chairs wait for summer on the top deck."]


def test_gallery_slides_outside_figure() -> None:
    slides = "".join(
        f"<li class='slide'><div class='pic'><img src='/s{n}.jpg'></div><div class='text'>"
        f"<p class='count'>{n}/3</p><p>Crossing number {n} leaves Lindholm at dawn with"
        f" {n * 10} passengers aboard.</p><p>HARBOUR OFFICE</p></div></li>"
        for n in (1, 2, 3)
    )
    captions = _captions(f"<ul class='slideshow'>{slides}</ul>")
    assert [o.text for o in captions] == [
        f"Crossing number {n} leaves Lindholm at dawn with {n * 10} passengers aboard."
        for n in (1, 2, 3)
    ]
    assert {o.credit.raw for o in captions if o.credit} == {"HARBOUR OFFICE"}
    assert [o.image_ref for o in captions] == ["/s1.jpg", "/s2.jpg", "/s3.jpg"]


def test_data_attributes_and_jsonld() -> None:
    body = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "publisher":'
        ' {"@type": "Organization", "name": "Lindholm Post", "logo": {"@type":'
        ' "ImageObject", "caption": "Lindholm Post"}}, "image": [{"@type":'
        ' "ImageObject", "url": "https://img.example.org/ferry.jpg", "caption":'
        ' "The ferry leaves Lindholm on its first crossing of the year.", "creditText":'
        ' "Jon Vik/Baltpress"}, {"@type": "ImageObject", "caption": "A harbour crane at'
        ' dusk seen from the water."}]}</script>'
        "<figure><img src='https://img.example.org/ferry.jpg'><figcaption>The ferry leaves"
        " Lindholm on its first crossing of the year. Photo: Jon Vik/Baltpress</figcaption>"
        "</figure>"
        "<div class='slide' data-caption='Crew members wave from the bridge &amp; the deck.'"
        " data-credit='Eva Lind/Northlight' data-src='/crew.jpg'></div>"
    )
    captions = _captions(body)
    # The JSON-LD caption the page prints is the figure's photo; the logo and the caption
    # printed nowhere are not reported.
    assert [(o.text, o.credit.raw if o.credit else None) for o in captions] == [
        ("The ferry leaves Lindholm on its first crossing of the year.", "Jon Vik/Baltpress"),
        (
            "The ferry leaves Lindholm on its first crossing of the year.",
            "Photo: Jon Vik/Baltpress",
        ),
        ("Crew members wave from the bridge & the deck.", "Eva Lind/Northlight"),
    ]
    assert captions[0].photo == captions[1].photo != captions[2].photo


def test_paragraph_under_an_image_with_a_cjk_credit() -> None:
    body = (
        "<p style='text-align:center'><img src='/cjk.jpg'></p>"
        "<p>5月3日，渡轮驶离林德霍尔姆港口。新华社记者 王小明 摄</p>"
        "<p>The ferry company said more crossings would follow in May, when the summer"
        " timetable starts and the island's hotels open again for visitors.</p>"
    )
    assert _pairs(body) == [("5月3日，渡轮驶离林德霍尔姆港口。", "新华社记者 王小明 摄")]


def test_slide_title_and_counter_are_not_caption_text() -> None:
    body = (
        "<figure><img src='/m.jpg'><figcaption><span class='slide-copy'>Ferry repairs</span>"
        "<p>Welders replace the ramp before the season opens.</p>"
        "<span class='credits'>Foto: Lars Ek</span></figcaption></figure>"
        "<figure><img src='/o.jpg'><figcaption>Image 2 of 5 Ropes are coiled on the quay."
        "</figcaption></figure>"
    )
    assert _pairs(body) == [
        ("Welders replace the ramp before the season opens.", "Foto: Lars Ek"),
        ("Ropes are coiled on the quay.", None),
    ]


def test_repeated_printings_share_a_photo() -> None:
    figure = (
        "<figure><img src='/r.jpg'><figcaption>Islanders greet the first ferry."
        " <small>Photo: Kai Berg</small></figcaption></figure>"
    )
    captions = _captions(figure + "<p>More text about the service.</p>" + figure)
    assert len(captions) == 2 and captions[0].photo == captions[1].photo
    assert captions[0].offset < captions[1].offset


def test_full_and_cut_copies_in_one_caption_box_are_printings_of_one_photo() -> None:
    # A gallery prints each caption whole and cut short (with `more`/`less` toggles), then the
    # lightbox prints both again: four printings, one photo, the credit from the caption's end.
    full = (
        "Harbour workers lift the new gangway onto the ferry at Lindholm pier on Monday, a week"
        " before the first crossing of the season. (AP Photo/Kai Berg)"
    )
    cut = "Harbour workers lift the new gangway onto the ferry at Lindholm pier on Monday, a"
    box = (
        f"<div class='caption'><div class='caption-full'>{full}<a class='more-caption'> less</a>"
        f"</div><div class='caption-truncated'>{cut}<a class='more-caption'> ... more</a></div>"
        "<span class='credit'>Photo: Kai Berg, Baltpress</span></div>"
    )
    body = f"<ul class='gallery'><li><img src='/g1.jpg'>{box}</li></ul>"
    body += f"<div class='lightbox'><div class='overlay-caption'>{box}</div></div>"
    captions = _captions(body)
    assert len(captions) == 4
    assert len({o.photo for o in captions}) == 1
    assert captions[0].text == full.removesuffix(" (AP Photo/Kai Berg)")
    assert captions[0].credit is not None and captions[0].credit.raw == "AP Photo/Kai Berg"
    assert not any("less" in o.text or "more" in o.text for o in captions)


def test_one_caption_under_pictures_of_different_names_is_several_photos() -> None:
    text = "Fishing boats wait in Lindholm harbour for the storm to pass."
    body = "".join(
        f"<figure><img src='{src}'><figcaption>{text}</figcaption></figure>"
        for src in ("/boats-1.jpg", "/boats-2.jpg", "/boats-1-1024x683.jpg")
    )
    photos = [o.photo for o in _captions(body)]
    # boats-1 and its larger rendition are one photo; boats-2 is another picture
    assert photos[0] == photos[2] != photos[1]


def test_credit_only_copies_in_one_figure_are_one_printing() -> None:
    body = (
        "<figure><img src='/desk.jpg'><figcaption class='caption--desktop'><span class='credit'>"
        "Courtesy of Lindholm Ferries</span></figcaption><figcaption class='caption--mobile'>"
        "<span class='credit'>Courtesy of Lindholm Ferries</span></figcaption></figure>"
        "<figure><img src='/deck.jpg'><figcaption><span class='credit'>Courtesy of Lindholm"
        " Ferries</span></figcaption></figure>"
    )
    assert _pairs(body) == [("", "Courtesy of Lindholm Ferries")] * 2


def test_a_label_alone_is_a_note_an_empty_credit_or_the_start_of_one() -> None:
    body = (
        "<figure><img src='/x.jpg'><figcaption>FOTO ILUSTRATIVA</figcaption></figure>"
        "<figure><img src='/y.jpg'><figcaption>Archivbild</figcaption></figure>"
        "<figure><img src='/z.jpg'><figcaption><span class='credit'>Credit</span></figcaption>"
        "</figure>"
        "<figure><img src='/w.jpg'><figcaption>Photographs by <span class='credit'>Ivo Sten"
        "</span></figcaption></figure>"
    )
    # A note on the picture is its caption; a bare label prints no credit; a label ending in
    # `by` opens the credit beside it.
    assert _pairs(body) == [
        ("FOTO ILUSTRATIVA", None),
        ("Archivbild", None),
        ("", "Photographs by Ivo Sten"),
    ]


def test_credit_element_and_credit_ending_the_caption_are_one_credit() -> None:
    body = (
        "<figure><img src='/p.jpg'><figcaption><p>Can a ferry run on batteries alone?"
        " (Photo: Baltpress Images)</p><small>Baltpress</small></figcaption></figure>"
    )
    assert _pairs(body) == [
        ("Can a ferry run on batteries alone?", "(Photo: Baltpress Images) Baltpress")
    ]


def test_a_source_link_in_the_article_container_is_no_photo_credit() -> None:
    # The story's source next to its date sits in the container of the title and the body:
    # it is not a credit-only caption, and the pictures below keep their own credits.
    page = (
        "<html><body><div class='main'><h1>Ferry fares rise</h1><div class='time'>2024-05-03"
        " <a id='article_source' href='https://wire.example.org'>Baltic Wire</a></div>"
        "<p>Fares on the Lindholm ferry rise by a tenth from June, the operator said, citing"
        " the cost of fuel and of the repairs made over the winter months.</p>"
        "<p class='center'><img src='/fare.png'></p><p class='center'><span>"
        "Bildquelle: Lindholm Ferries</span></p>"
        "<p>Season tickets keep their price until the end of the year, the operator added,"
        " and children under twelve still travel free on every crossing.</p></div></body></html>"
    )
    captions = extract("page.html", text=page).captions
    assert [(o.text, o.credit.raw if o.credit else None) for o in captions] == [
        ("", "Bildquelle: Lindholm Ferries")
    ]


def test_name_or_name_and_agency_after_the_last_sentence_is_the_credit() -> None:
    body = (
        "<figure><img src='/q1.jpg'><figcaption>Divers check the hull of the ferry in the dry"
        " dock. Ines Moor/Baltpress</figcaption></figure>"
        "<figure><img src='/q2.jpg'><figcaption><span>Passengers wait on the quay in the rain"
        " on Monday.</span> <span>Ines Moor</span></figcaption></figure>"
        "<figure><img src='/q3.jpg'><figcaption>The crossing takes forty minutes | Ines Moor"
        "</figcaption></figure>"
        "<figure><img src='/q4.jpg'><figcaption>The harbour master Ines Moor waves from the"
        " quay.</figcaption></figure>"
    )
    assert _pairs(body) == [
        ("Divers check the hull of the ferry in the dry dock.", "Ines Moor/Baltpress"),
        ("Passengers wait on the quay in the rain on Monday.", "Ines Moor"),
        ("The crossing takes forty minutes", "Ines Moor"),
        ("The harbour master Ines Moor waves from the quay.", None),
    ]


def test_credit_after_the_figure_marked_by_a_screen_reader_label() -> None:
    body = (
        "<figure><img src='/h.jpg'><figcaption><span class='visually-hidden'>Image caption,"
        " </span>The ferry's new engine is lowered into place.</figcaption></figure>"
        "<p><span class='visually-hidden'>Image source, </span>Lindholm Ferries</p>"
    )
    assert _pairs(body) == [
        ("The ferry's new engine is lowered into place.", "Image source, Lindholm Ferries")
    ]


def test_image_and_an_italic_caption_in_one_paragraph() -> None:
    body = "<p><img src='/i.jpg'><br><em>The ferry in the ice of the sound in February.</em></p>"
    assert _pairs(body) == [("The ferry in the ice of the sound in February.", None)]


def test_jsonld_caption_with_a_printed_credit_is_split() -> None:
    body = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "image": {"@type":'
        ' "ImageObject", "url": "https://img.example.org/q.jpg", "caption": "The quay is'
        ' rebuilt before summer. Foto: Baltpress"}}</script>'
        "<figure><img src='https://img.example.org/q.jpg'><figcaption>The quay is rebuilt"
        " before summer. Foto: Baltpress</figcaption></figure>"
    )
    captions = _captions(body)
    assert {(o.text, o.credit.raw if o.credit else None) for o in captions} == {
        ("The quay is rebuilt before summer.", "Foto: Baltpress")
    }
    assert len({o.photo for o in captions}) == 1


def test_file_names_and_pull_quote_attributions_are_not_captions() -> None:
    body = (
        "<div class='slide'><figure><img src='/s/ferry-ss03.jpg'><figcaption>"
        "<div class='title'>ferry-ss03.jpg</div><div class='caption'></div></figcaption>"
        "</figure></div>"
        "<blockquote class='pullquote'><p>“The island needs its ferry.”</p>"
        "<div class='attribution caption'>- Ada Moor, harbour master</div></blockquote>"
    )
    assert _pairs(body) == []


def test_jsonld_caption_that_is_the_headline_is_not_a_photo_caption() -> None:
    body = (
        '<script type=\'application/ld+json\'>{"@type": "Article", "image": {"@type":'
        ' "ImageObject", "url": "https://img.example.org/h.jpg", "caption": "Ferry service'
        ' returns to Lindholm"}}</script>'
        "<ul class='crumbs'><li>Ferry service returns to Lindholm</li></ul>"
    )
    assert _pairs(body) == []


_GALLERY_CAPTIONS = [
    "Volunteers paint the hull of the old ferry in the dry dock.",
    "Children wave from the quay as the ferry leaves for Lindholm.",
    "The captain of the ferry greets passengers on the bridge.",
]
_GALLERY_CREDITS = [None, "Photo: Tom Holm", "Photo: Lena Berg"]


def _gallery_pairs(body: str) -> list[tuple[str, str | None]]:
    return [(o.text, o.credit.raw if o.credit else None) for o in _captions(body)]


def test_a_list_of_captions_apart_from_the_pictures_keeps_each_credit() -> None:
    captions = "".join(
        f"<div class='caption'><p>{text}</p>"
        + (f"<span class='credit'>{credit}</span>" if credit else "")
        + "</div>"
        for text, credit in zip(_GALLERY_CAPTIONS, _GALLERY_CREDITS, strict=True)
    )
    body = (
        "<div class='gallery'><div class='images'><img src='/g0.jpg'><img src='/g1.jpg'>"
        f"<img src='/g2.jpg'></div><div class='captions'>{captions}</div></div>"
    )
    assert _gallery_pairs(body) == list(zip(_GALLERY_CAPTIONS, _GALLERY_CREDITS, strict=True))


def test_a_flat_gallery_credit_belongs_to_the_caption_before_it() -> None:
    body = (
        "<div class='gallery'>"
        + "".join(
            f"<img src='/f{i}.jpg'><p class='caption'>{text}</p>"
            + (f"<p class='credit'>{credit}</p>" if credit else "")
            for i, (text, credit) in enumerate(
                zip(_GALLERY_CAPTIONS, _GALLERY_CREDITS, strict=True)
            )
        )
        + "</div>"
    )
    assert _gallery_pairs(body) == list(zip(_GALLERY_CAPTIONS, _GALLERY_CREDITS, strict=True))


def test_a_box_holding_only_the_credit_is_no_other_caption() -> None:
    body = (
        "<figure><img src='/m.jpg'><figcaption>The ferry's bell is polished for the season."
        "</figcaption><div class='caption-meta'><span class='credit'>Photo: Tom Holm</span>"
        "</div></figure>"
    )
    assert _gallery_pairs(body) == [
        ("The ferry's bell is polished for the season.", "Photo: Tom Holm")
    ]


def test_a_credit_only_caption_element_joins_the_caption_in_its_figure() -> None:
    text = "Deckhands load crates of apples onto the morning ferry."
    body = (
        "<figure><img src='/j1.jpg'><figcaption><span class='credit'>Photo: Tom Holm</span>"
        f"</figcaption><p class='caption'>{text}</p></figure>"
        f"<figure><img src='/j2.jpg'><div class='caption'>{text} Again.</div>"
        "<div class='caption'>Photo: Lena Berg</div></figure>"
    )
    assert _pairs(body) == [(text, "Photo: Tom Holm"), (f"{text} Again.", "Photo: Lena Berg")]


def test_one_caption_printed_in_two_blocks_of_one_element_is_two_printings() -> None:
    text = "Volunteers repaint the ferry's name on the bow before the season."
    body = (
        f"<figure><img src='/d.jpg'><figcaption><div class='d-none d-md-block'>{text}</div>"
        f"<div class='d-md-none'>{text}</div><span class='credit'>Photo: Ivo Sten</span>"
        "</figcaption></figure>"
    )
    captions = _captions(body)
    assert [(o.text, o.credit.raw if o.credit else None) for o in captions] == [
        (text, "Photo: Ivo Sten")
    ] * 2
    assert captions[0].photo == captions[1].photo


def test_a_printing_in_a_region_left_out_joins_the_caption() -> None:
    text = "Volunteers repaint the ferry's name on the bow before the season."
    body = (
        f"<a href='/gallery/ferry'><figure><img src='/v.jpg'><figcaption>{text}</figcaption>"
        "</figure></a>"
        f"<figure><img src='/v.jpg'><figcaption>{text} <span class='credit'>Photo: Ivo Sten"
        "</span></figcaption></figure>"
        "<div class='related'><a href='/story/2'><img src='/r.jpg'><div class='caption'>"
        "Another crossing of the sound is planned for the autumn months.</div></a></div>"
    )
    captions = _captions(body)
    # the copy inside the link to the gallery is a printing; the related card is no caption
    assert [(o.text, o.credit.raw if o.credit else None) for o in captions] == [
        (text, "Photo: Ivo Sten")
    ] * 2
    assert captions[0].photo == captions[1].photo


def test_a_large_flat_gallery_is_read_in_bounded_time() -> None:
    # Credits and pictures are looked up near each caption: 300 slides stay well under the
    # bound (about 0.5 s on the development machine; quadratic lookups took 18 s for 400).
    slides = "".join(
        f"<img src='/big/slide-{i}.jpg'><p class='caption'>Slide {i} shows the ferry crossing"
        f" the sound on day {i} of the season.</p><p class='credit'>Photo: Ivo Sten {i}</p>"
        for i in range(300)
    )
    start = time.perf_counter()
    captions = _captions(f"<div class='gallery'>{slides}</div>")
    assert time.perf_counter() - start < 5.0
    assert len({o.photo for o in captions}) == 300
    assert captions[7].credit is not None and captions[7].credit.raw == "Photo: Ivo Sten 7"
    assert captions[7].image_ref == "/big/slide-7.jpg"


@pytest.mark.parametrize(
    ("figcaption", "credit"),
    [
        (
            "Divers check the quay stones. (Photo by Kari Holm / AFP) "
            "(Photo by KARI HOLM/AFP via Getty Images)",
            "(Photo by Kari Holm / AFP) (Photo by KARI HOLM/AFP via Getty Images)",
        ),
        ("Divers check the quay stones (Photo: Kari Holm/AFP)", "Photo: Kari Holm/AFP"),
        ("Divers check the quay stones [Kari Holm/AFP]", "Kari Holm/AFP"),
    ],
)
def test_a_credit_in_brackets_loses_only_the_brackets_that_enclose_it(
    figcaption: str, credit: str
) -> None:
    """The bracket the caption leaves open closes the credit, unless the credit holds brackets
    of its own: a credit printed twice keeps both pairs (it lost its first `(` and last `)`)."""
    page = (
        "<html><body><h1>Quay to be rebuilt</h1><p>The harbour board met on Tuesday and agreed "
        "to rebuild the old quay before the summer.</p><figure><img src='quay.jpg'>"
        f"<figcaption>{figcaption}</figcaption></figure><p>Work starts in May.</p></body></html>"
    )
    found = extract("quay.html", text=page).captions
    assert [o.credit.raw if o.credit else None for o in found] == [credit]
