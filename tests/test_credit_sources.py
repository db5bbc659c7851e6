"""Credits that name where a picture came from rather than who took it (issue 13, the lead's
list of session 7): a generic source word (`Photo: Agencies`, `Supplied`), a handout's
recipient (`Photo provided to ...`), a publication or agency before a lower-case `photo:`, a
label without a colon before a supplier (`Foto dpa`), and what a person after `via` is.
Names and publications are invented; the agencies are the registry's."""

from __future__ import annotations

import pytest

from captions.credit import credit_usage, looks_like_credit, main_supplier, read_credit

# (printed, photographers, organisations (agencies, then distributor), usage)
ROWS: list[tuple[str, list[str], list[str], str]] = [
    # a generic word for the wires, alone or after a label: wire, no supplier named
    ("Photo: Agencies", [], [], "wire"),
    ("[Photo/Agencies]", [], [], "wire"),
    ("Photo: AFP/Agencies", [], ["AFP"], "wire"),
    ("Foto: Agenturen", [], [], "wire"),
    ("Foto: agencias", [], [], "wire"),
    ("Photo : agences", [], [], "wire"),
    ("Foto: agenzie", [], [], "wire"),
    ("Фото: агентства", [], [], "wire"),
    ("Fotoğraf: Ajanslar", [], [], "wire"),
    ("الصورة: وكالات", [], [], "wire"),
    # `Supplied` (Australia, New Zealand) and its kin: a handout
    ("Supplied", [], [], "handout"),
    ("Photo: Supplied", [], [], "handout"),
    ("Picture: Supplied", [], [], "handout"),
    ("Photo: Aroha Ngata/Supplied", ["Aroha Ngata"], [], "handout"),
    ("Foto: aangeleverd", [], [], "handout"),
    ("Fot. nadesłane", [], [], "handout"),
    ("Foto: concessa", [], [], "handout"),
    # a handout's recipient: a publication (known, a web address, an organisation's shape) is
    # a part, a person is not the maker
    ("[Photo provided to chinadaily.com.cn]", [], ["China Daily"], "handout"),
    ("Photo provided to orsa-news.co.nz", [], ["orsa-news.co.nz"], "handout"),
    ("Photo provided to the Orsa Times", [], ["Orsa Times"], "handout"),
    ("Photo provided to Wei Lan", [], [], "handout"),
    ("(Photo provided by Orsa Trust)", [], ["Orsa Trust"], "handout"),
    ("Foto cedida a El Diario de Orsa", [], ["El Diario de Orsa"], "handout"),
    ("Photo fournie à Orsa Matin", [], ["Orsa Matin"], "handout"),
    ("Foto diberikan kepada Harian Orsa", [], ["Harian Orsa"], "handout"),
    # a supplier before a lower-case `photo:`, as before `Photo by`
    ("Reuters photo: Tomás Lind", ["Tomás Lind"], ["Reuters"], "wire"),
    ("AP photo: Ana Berg", ["Ana Berg"], ["AP"], "wire"),
    ("Reuters Photo by Tomás Lind", ["Tomás Lind"], ["Reuters"], "wire"),
    ("Orsa Times photo: Ana Berg", ["Ana Berg"], ["Orsa Times"], "staff"),
    ("dpa-Foto: Lena Vogt", ["Lena Vogt"], ["dpa"], "wire"),
    ("ANP-foto: Jan de Vries", ["Jan de Vries"], ["ANP"], "wire"),
    ("TT-bild: Sofia Ek", ["Sofia Ek"], ["TT"], "wire"),
    ("NTB foto: Ola Nordmann", ["Ola Nordmann"], ["NTB"], "wire"),
    ("Cover photo: Ana Berg", ["Ana Berg"], [], "unknown"),
    # a label without a colon before a supplier, whatever its case (`Bild` opens a name too)
    ("Photo Bild Zeitung", [], ["Bild Zeitung"], "staff"),
    ("Foto dpa", [], ["dpa"], "wire"),
    ("Foto Bild Zeitung/Lena Vogt", ["Lena Vogt"], ["Bild Zeitung"], "staff"),
    ("Foto Bild Zeitung", [], ["Bild Zeitung"], "staff"),
    ("Foto dpa/Lena Vogt", ["Lena Vogt"], ["dpa"], "wire"),
    ("Foto picture alliance", [], ["picture alliance"], "wire"),
    ("Foto Ansa", [], ["ANSA"], "wire"),
    ("Photo AFP", [], ["AFP"], "wire"),
    ("FOTO Xinhua", [], ["Xinhua"], "wire"),
    ("Photo Orsa Times", [], ["Orsa Times"], "handout"),
    # `via` and what follows it with nothing before: a supplier is the part it names; a
    # person passed the picture on (a courtesy, as `Courtesy of Name`)
    ("Image via Jane Doe", ["Jane Doe"], [], "courtesy"),
    ("via Jane Doe", ["Jane Doe"], [], "courtesy"),
    ("Photo: via Jane Doe", ["Jane Doe"], [], "courtesy"),
    ("Courtesy of Jane Doe", ["Jane Doe"], [], "courtesy"),
    ("via Twitter", [], ["X"], "social"),
    ("Photo via Twitter", [], ["X"], "social"),
    ("via Instagram/@ana.berg", ["@ana.berg"], ["Instagram"], "social"),
    ("Image via Instagram/@ana.berg", ["@ana.berg"], ["Instagram"], "social"),
    ("via Getty Images", [], ["Getty Images"], "wire"),
    ("Photo via Getty Images", [], ["Getty Images"], "wire"),
    ("Image via Orsa Police", [], ["Orsa Police"], "handout"),
    ("Photo: Jane Doe via Getty Images", ["Jane Doe"], ["Getty Images"], "wire"),
    ("Foto: Lena Vogt vía Instagram", ["Lena Vogt"], ["Instagram"], "social"),
    # a handout word as a label before its source, in several languages
    ("Supplied: Orsa Shire Council", [], ["Orsa Shire Council"], "handout"),
    ("Handout: Orsa Police", [], ["Orsa Police"], "handout"),
    ("Pressebild: Orsa Werke", [], ["Orsa Werke"], "handout"),
    # a picture taken from a screen names where it was shown after `from`: a broadcast's or a
    # page's picture reproduced (social), whatever the source's kind
    ("Screengrab from Orsa TV", [], ["Orsa TV"], "social"),
    ("Video grab from CNN", [], ["CNN"], "social"),
    ("Screenshot from YouTube", [], ["YouTube"], "social"),
    ("Foto: captura de tela/YouTube", [], ["YouTube"], "social"),
    # a known supplier, a colon and its photographer after a label (`ABC News: Name`)
    ("Photo: RNZ: Mere Tipene", ["Mere Tipene"], ["RNZ"], "staff"),
    ("Foto: Yle: Aino Kettunen", ["Aino Kettunen"], ["Yle"], "staff"),
    ("Zdjęcie: Reuters: Anna Nowak", ["Anna Nowak"], ["Reuters"], "wire"),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_a_source_credit_reads_its_parts_and_usage(
    row: tuple[str, list[str], list[str], str],
) -> None:
    text, photographers, organisations, usage = row
    reading = read_credit(text)
    credit = reading.credit
    assert list(credit.photographers) == photographers
    assert [*credit.agencies, *filter(None, [credit.distributor])] == organisations
    assert credit_usage(reading) == usage
    assert not reading.unrecognized
    assert looks_like_credit(text)


def test_a_person_a_handout_was_given_to_is_a_note_not_its_maker() -> None:
    reading = read_credit("Photo provided to Wei Lan")
    assert reading.credit.handout and not reading.credit.photographers
    assert "provided to Wei Lan" in reading.notes


@pytest.mark.parametrize(
    ("text", "supplier"),
    [("[Photo provided to chinadaily.com.cn]", "China Daily"), ("Foto dpa", "dpa")],
)
def test_the_main_supplier_of_a_source_credit(text: str, supplier: str) -> None:
    found = main_supplier(read_credit(text).credit)
    assert found is not None and found.name == supplier


def test_a_person_after_via_is_a_courtesy_however_the_line_opens() -> None:
    # one reading for every printing of `via Name`: the person is the one named, lending it
    readings = [
        read_credit(t) for t in ("Image via Ana Berg", "Via Ana Berg", "Photo: via Ana Berg")
    ]
    assert {
        (r.credit.photographers, r.credit.courtesy, r.credit.distributor) for r in readings
    } == {(("Ana Berg",), True, None)}


@pytest.mark.parametrize(
    "text",
    [
        "صورة من الاحتجاجات في المدينة",  # "a picture from the protests in the city": a caption
        "Foto ni una",  # Spanish "not one photo": `ni` is no `by` outside Tagalog's `Kuha ni`
        "Screenshot from the video",
        "On Ana Berg",  # a heading: `on` is the preposition of a network, no courtesy
        "Photo provided to",
    ],
)
def test_prose_that_opens_like_a_source_credit_is_none(text: str) -> None:
    assert not looks_like_credit(text)
