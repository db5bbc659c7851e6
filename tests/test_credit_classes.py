"""The credit classes issue 13 lists as failing, with invented names: roles before the name,
collections, boilerplate, double credits, particles, persons the registry does not know."""

from __future__ import annotations

import pytest

from captions.credit import (
    CreditReading,
    credit_confidence,
    credit_usage,
    looks_like_credit,
    read_credit,
    split_trailing_credit,
)
from captions.credit.names import given_names

# (printed, photographers, agencies, distributor, flags, notes)
ROWS = [
    ("Photographer: Ines Varga/Bloomberg", ["Ines Varga"], ["Bloomberg"], None, "", 0),
    (
        "Photographed by Ines Varga for Bloomberg",
        ["Ines Varga"],
        ["Bloomberg"],
        None,
        "commissioned",
        0,
    ),
    ("Pool photo by Ines Varga", ["Ines Varga"], [], None, "pool", 0),
    (
        "Official White House Photo by Ines Varga",
        ["Ines Varga"],
        ["The White House"],
        None,
        "handout",
        0,
    ),
    (
        "Mandatory Credit: Ines Varga-USA TODAY Sports",
        ["Ines Varga"],
        ["USA Today Sports"],
        None,
        "",
        0,
    ),
    ("Image credit: Ines Varga/NASA", ["Ines Varga"], ["NASA"], None, "", 0),
    ("Attribution: Ines Varga", ["Ines Varga"], [], None, "", 0),
    ("Provided by Harbour Trust", [], ["Harbour Trust"], None, "handout", 0),
    (
        "(Photo by Ines Varga / AFP) (Photo by INES VARGA/AFP via Getty Images)",
        ["Ines Varga"],
        ["AFP"],
        "Getty Images",
        "",
        1,
    ),
    (
        "AFP PHOTO / INES VARGA (Photo credit should read INES VARGA/AFP via Getty Images)",
        ["Ines Varga"],
        ["AFP"],
        "Getty Images",
        "",
        1,
    ),
    (
        "REUTERS/Ines Varga (NORDLAND - Tags: POLITICS) TPX IMAGES OF THE DAY",
        ["Ines Varga"],
        ["Reuters"],
        None,
        "",
        2,
    ),
    (
        'REUTERS/Ines Varga SEARCH "HARBOUR" FOR THIS STORY',
        ["Ines Varga"],
        ["Reuters"],
        None,
        "",
        1,
    ),
    ("APTOPIX Ines Varga/AP", ["Ines Varga"], ["AP"], None, "", 1),
    ("Ines Varga/AP ...more", ["Ines Varga"], ["AP"], None, "", 1),
    ("Photo by Tarmo Kelloniemi/Reuters", ["Tarmo Kelloniemi"], ["Reuters"], None, "", 0),
    ("Ahmad al-Rashidi/AFP", ["Ahmad al-Rashidi"], ["AFP"], None, "", 0),
    ("Hamad bin Saleh/Reuters", ["Hamad bin Saleh"], ["Reuters"], None, "", 0),
    ("Pieter van der Berg/ANP", ["Pieter van der Berg"], ["ANP"], None, "", 0),
    (
        "Keystone/Hulton Archive/Getty Images",
        [],
        ["Keystone", "Hulton Archive"],
        "Getty Images",
        "",
        0,
    ),
    (
        "Ines Varga/SOPA Images/LightRocket via Getty Images",
        ["Ines Varga"],
        ["SOPA Images", "LightRocket"],
        "Getty Images",
        "",
        0,
    ),
    ("Ines Varga/UPI/Alamy Live News", ["Ines Varga"], ["UPI"], "Alamy", "", 0),
    ("Rex Features/Shutterstock", [], ["Rex"], "Shutterstock", "", 0),
    (
        "Ines Varga/Getty Images for Harbour Festival",
        ["Ines Varga"],
        ["Getty Images", "Harbour Festival"],
        None,
        "commissioned",
        0,
    ),
    ("REUTERS/Ines Varga/File Photo", ["Ines Varga"], ["Reuters"], None, "file_photo", 0),
    (
        "Illustration by Studio Nord for Harbour Weekly; sources: NASA, ESA",
        [],
        ["Studio Nord", "NASA", "ESA", "Harbour Weekly"],
        None,
        "commissioned",
        1,
    ),
    (
        "[Photos: Ines Varga/WENN.com, Tom Lark/Shutterstock]",
        ["Ines Varga", "Tom Lark"],
        ["WENN"],
        "Shutterstock",
        "",
        0,
    ),
]


def read_parts(text: str, photographers: list[str], agencies: list[str]) -> CreditReading:
    """Read `text` whole: these photographers and agencies, in order, and nothing unrecognized."""
    reading = read_credit(text)
    assert list(reading.credit.photographers) == photographers
    assert list(reading.credit.agencies) == agencies
    assert not reading.unrecognized
    return reading


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_failing_classes_of_the_issue(
    row: tuple[str, list[str], list[str], str | None, str, int],
) -> None:
    text, photographers, agencies, distributor, flags, notes = row
    reading = read_credit(text)
    credit = reading.credit
    assert list(credit.photographers) == photographers
    assert list(credit.agencies) == agencies
    assert credit.distributor == distributor
    for flag in flags.split():
        assert getattr(credit, flag), flag
    assert len(reading.notes) == notes
    assert not reading.unrecognized


@pytest.mark.parametrize(
    ("text", "photographers", "organisations"),
    [
        ("Jane Roe • AP", ["Jane Roe"], ["AP"]),
        ("Jane Roe／AFP", ["Jane Roe"], ["AFP"]),
        ("Photo via Twitter/@janeroe", ["@janeroe"], ["X"]),
        ("Foto: Reprodução/Instagram", [], ["Instagram"]),
        ("写真＝共同", [], ["Kyodo"]),
        ("图/新华社", [], ["Xinhua"]),
        ("Photo d'illustration Jeanne Roux / AFP", ["Jeanne Roux"], ["AFP"]),
        ("Foto di repertorio ANSA", [], ["ANSA"]),
    ],
)
def test_separators_handles_and_labels_of_many_presses(
    text: str, photographers: list[str], organisations: list[str]
) -> None:
    credit = read_credit(text).credit
    assert list(credit.photographers) == photographers
    assert [
        *credit.agencies,
        *([credit.distributor] if credit.distributor else []),
    ] == organisations


@pytest.mark.parametrize(
    ("text", "photographers", "organisations"),
    [
        ("Credit: Harbourview / Ana Lind", ["Ana Lind"], ["Harbourview"]),
        ("Gatsi/Getty Images", ["Gatsi"], ["Getty Images"]),
        ("Photo by Mia/Northwind Daily", ["Mia"], ["Northwind Daily"]),
        ("Permission granted by Northwind", [], ["Northwind"]),
    ],
)
def test_a_single_word_is_a_person_or_an_organisation_by_evidence(
    text: str, photographers: list[str], organisations: list[str]
) -> None:
    credit = read_credit(text).credit
    assert list(credit.photographers) == photographers
    assert list(credit.agencies) == organisations


def test_credits_one_after_the_other_are_read_together() -> None:
    reading = read_credit("Photo illustration by Ana Lind. Photos by Getty Images.")
    assert reading.credit.photographers == ("Ana Lind",)
    assert reading.credit.agencies == ("Getty Images",)
    assert "illustration" in reading.roles
    assert reading.notes == ()  # both parts are kept: neither repeats the other
    twice = read_credit("(Photo by Ana Lind / AFP) (Photo by ANA LIND/AFP via Getty Images)")
    assert twice.notes == ("Photo by Ana Lind / AFP",)


@pytest.mark.parametrize(
    ("text", "photographers", "organisations", "notes"),
    [
        # a legal form marks an organisation and is dropped from its name
        ("© Harbour Verein e.V.", [], ["Harbour Verein"], 0),
        ("Foto: Ines Varga/Nordwind GmbH", ["Ines Varga"], ["Nordwind"], 0),
        ("Photo by Ines Varga/Reuters Ltd.", ["Ines Varga"], ["Reuters"], 0),
        # an organisation noun, then the lower-case words that name it
        (
            "© Musée national d'art moderne / Ines Varga",
            ["Ines Varga"],
            ["Musée national d'art moderne"],
            0,
        ),
        ("Photo: Agence spatiale européenne", [], ["Agence spatiale européenne"], 0),
        # beside a named photographer, the people a courtesy names lent the picture
        ("Photo: Ines Varga, courtesy Tom Lark", ["Ines Varga"], [], 1),
        (
            "Photo: Ines Varga. Courtesy Tom Lark and Harbour Gallery.",
            ["Ines Varga"],
            ["Harbour Gallery"],
            1,
        ),
        ("Courtesy of Ines Varga and Tom Lark", ["Ines Varga", "Tom Lark"], [], 0),
        # `y`, `e` join two full names, not a name's own parts
        ("Fotos: Ines Varga y Tomás Lark/EFE", ["Ines Varga", "Tomás Lark"], ["EFE"], 0),
        ("Foto: Ines Varga e Tomás Lark/ANSA", ["Ines Varga", "Tomás Lark"], ["ANSA"], 0),
        ("Foto: José Ortega y Gasset", ["José Ortega y Gasset"], [], 0),
        # one lower-case syllable inside a name before its agency
        ("Photograph: Park min Jun/PA", ["Park min Jun"], ["PA Media"], 0),
        # a product named after its maker; an editor's initials after the photographer
        ("Adobe / Firefly", [], ["Adobe Firefly"], 0),
        ("ANTARA FOTO/Ines Varga/foc.", ["Ines Varga"], ["Antara"], 1),
        ("Ines Varga/CQ-Roll Call, Inc via Getty Images", ["Ines Varga"], ["CQ-Roll Call"], 0),
        ("Ines Varga, Jr./Reuters", ["Ines Varga, Jr."], ["Reuters"], 0),
        (
            "Ines Varga/Invision for Harbour Bank/AP Images",
            ["Ines Varga"],
            ["Invision", "AP", "Harbour Bank"],
            0,
        ),
        ("Heritage Images/Getty Images", [], ["Heritage Images"], 0),
        (
            "© mit frdl. Gen. von. Ines Varga, Harbour University (HU)",
            ["Ines Varga"],
            ["Harbour University"],
            1,
        ),
        # names in scripts without capitals; a CJK label that says "shot"; quotes
        ("צילום: אנה ברג / רויטרס", ["אנה ברג"], ["Reuters"], 0),
        ("تصوير: أنا بيرج", ["أنا بيرج"], [], 0),
        ("（撮影・山田太郎）", ["山田太郎"], [], 0),
        ("촬영=홍길동", ["홍길동"], [], 0),
        ("© Ines Varga pour « Le Monde »", ["Ines Varga"], ["Le Monde"], 0),
        ("Foto: „Harbour Zeitung“", [], ["Harbour Zeitung"], 0),
        ("Photo prise par Ines Varga", ["Ines Varga"], [], 0),
        # a given name before a surname that is an organisation word: a person
        ("Photo by Ines Church/Reuters", ["Ines Church"], ["Reuters"], 0),
        ("Photo: Tom Post/AP", ["Tom Post"], ["AP"], 0),
        ("Victoria Police/AAP", [], ["Victoria Police", "AAP"], 0),
        ("© Lee Lark Archives", [], ["Lee Lark Archives"], 0),
        # an organisation before `photo by`; a rank before the name; `provided by` after a noun
        (
            "U.S. Navy photo by Mass Communication Specialist 2nd Class Ines Varga",
            ["Ines Varga"],
            ["U.S. Navy"],
            0,
        ),
        ("NASA photo by Ines Varga", ["Ines Varga"], ["NASA"], 0),
        ("Staff photo by Ines Varga", ["Ines Varga"], [], 0),
        (
            "CreditPhoto Illustration by Ines Varga for Harbour Weekly",
            ["Ines Varga"],
            ["Harbour Weekly"],
            0,
        ),
        ("Photo provided by Harbour Trust", [], ["Harbour Trust"], 0),
        ("Public domain", [], [], 0),
        # `from` a stock library; `/For` a publication; suppliers joined by `&`
        ("Image by Ines Varga from Pixabay", ["Ines Varga"], [], 0),
        ("Ines Varga/For The Washington Post", ["Ines Varga"], ["The Washington Post"], 0),
        ("Ines Varga/NASA & ESA", ["Ines Varga"], ["NASA", "ESA"], 0),
        # CJK: markers with their suffix, a photo label before a name, datelines, writers
        ("资料图", [], [], 0),
        ("图片来源：网络", [], [], 0),
        ("图/王伟", ["王伟"], [], 0),
        ("文/李明 图/王伟", ["王伟"], [], 1),
        ("写真はイメージ（Getty Images）", [], ["Getty Images"], 1),
        ("사진제공=삼성전자", [], ["Samsung"], 0),
        ("(서울=연합뉴스) 홍길동 기자 =", ["홍길동"], ["Yonhap"], 1),
        ("(SEOUL=Yonhap) Hong Gil-dong", ["Hong Gil-dong"], ["Yonhap"], 1),
        ("홍길동 기자 gildong@yna.co.kr", ["홍길동"], [], 1),
        # invisible characters; © between parts; an agency in brackets; a note after a supplier
        ("Ines Varga\u200b/AFP", ["Ines Varga"], ["AFP"], 0),
        ("Ines Varga © AFP", ["Ines Varga"], ["AFP"], 0),
        ("Ines Varga (AFP)", ["Ines Varga"], ["AFP"], 0),
        ("Photo: YouTube screenshot", [], ["YouTube"], 1),
        # affiliations in brackets after names inside a list
        (
            "NASA, ESA, Ines Varga (Harbour Science Institute, Nordby, NS), T. B. Lark "
            "(Space Institute, Sundby) and the Moon Impact Team",
            ["Ines Varga", "T. B. Lark"],
            ["NASA", "ESA", "Moon Impact Team"],
            2,
        ),
    ],
)
def test_organisations_by_their_words_and_owners_by_courtesy(
    text: str, photographers: list[str], organisations: list[str], notes: int
) -> None:
    reading = read_parts(text, photographers, organisations)
    assert len(reading.notes) == notes


@pytest.mark.parametrize(
    "text",
    ["Archive Search", "Arte Concert", "Graphic Design Summer Program", "Copyright agent"],
)
def test_a_label_noun_without_colon_before_a_menu_item_is_no_credit(text: str) -> None:
    assert not looks_like_credit(text)
    assert credit_confidence(text) <= 0.5


def test_a_capitalised_for_inside_a_title_commissions_nothing() -> None:
    assert not read_credit("TIME For Kids").credit.commissioned
    assert read_credit("Ines Varga For The New York Times").credit.commissioned


def test_a_short_phrase_after_a_cjk_label_names_a_source() -> None:
    reading = read_credit("写真：お店から")
    assert reading.credit.handout and reading.notes == ("お店から",)
    assert split_trailing_credit("焼肉 写真：お店から") == ("焼肉", "写真：お店から")


def test_the_given_names_are_casefolded_unique_and_leave_out_place_names() -> None:
    names = given_names()
    assert len(names) >= 500
    assert all(name == name.casefold() and " " not in name for name in names)
    assert not names & {"victoria", "georgia", "jordan", "orlando", "dallas", "austin", "paris"}


def test_a_distributor_ends_a_chain_but_not_a_list_of_sources() -> None:
    chain = read_credit("Ines Varga/AFP/Getty Images").credit
    assert (chain.agencies, chain.distributor) == (("AFP",), "Getty Images")
    listed = read_credit("Photos: Reuters, AP, Getty Images").credit
    assert (listed.agencies, listed.distributor) == (("Reuters", "AP", "Getty Images"), None)


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("市民在广场上观看表演 视觉中国供图", "市民在广场上观看表演", "视觉中国供图"),
        ("市民在广场上观看表演 （资料图）", "市民在广场上观看表演", "资料图"),
        ("市民在广场上观看表演 記者王小明攝", "市民在广场上观看表演", "記者王小明攝"),
        ("新华社记者 王伟 摄", "", "新华社记者 王伟 摄"),
        ("(서울=연합뉴스) 홍길동 기자 =", "", "(서울=연합뉴스) 홍길동 기자 ="),
        (
            "Einstellung einer Heizungsanlage © Harbourphotos/Ines Varga",
            "Einstellung einer Heizungsanlage",
            "© Harbourphotos/Ines Varga",
        ),
    ],
)
def test_a_credit_after_a_caption_on_the_same_line_is_split_off(
    text: str, caption: str, credit: str
) -> None:
    assert split_trailing_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    "text", ["王小明/摄", "资料图", "图片来源于网络", "PS Photography | Ines Varga"]
)
def test_short_credit_lines_are_credits(text: str) -> None:
    assert looks_like_credit(text)


# (printed, photographers, agencies, a note the reading must keep or "")
PLACED_ROWS = [
    # artists' rights societies (registry) and the place printed after them
    (
        "© Ines Varga/VAGA at ARS, NY and DACS, London 2021",
        ["Ines Varga"],
        ["VAGA", "ARS", "DACS"],
        "London",
    ),
    ("© Tom Lark, VG Bild-Kunst, Bonn", ["Tom Lark"], ["VG Bild-Kunst"], "Bonn"),
    ("Courtesy the artist and Orsa Gallery, New York", [], ["Orsa Gallery"], "New York"),
    ("Photo: Ines Varga, Harbour Museum, Wien", ["Ines Varga"], ["Harbour Museum"], "Wien"),
]


@pytest.mark.parametrize("row", PLACED_ROWS, ids=[row[0] for row in PLACED_ROWS])
def test_places_and_rights_societies_after_a_name(
    row: tuple[str, list[str], list[str], str],
) -> None:
    text, photographers, agencies, note = row
    reading = read_parts(text, photographers, agencies)
    assert not note or any(note in n for n in reading.notes)


@pytest.mark.parametrize(
    ("text", "photographers", "agencies", "distributor"),
    [
        ("Ines Varga (AP", ["Ines Varga"], ["AP"], None),  # a bracket left open
        ("Ines Varga (AFP/Getty Images", ["Ines Varga"], ["AFP"], "Getty Images"),
        ("Ines Varga (AFP via Getty Images)", ["Ines Varga"], ["AFP"], "Getty Images"),
        ("© Harbour Trust, © Orsa Society", [], ["Harbour Trust", "Orsa Society"], None),
    ],
)
def test_brackets_left_open_and_copyrights_one_after_the_other(
    text: str, photographers: list[str], agencies: list[str], distributor: str | None
) -> None:
    reading = read_credit(text)
    assert list(reading.credit.photographers) == photographers
    assert sorted(reading.credit.agencies) == sorted(agencies)
    assert reading.credit.distributor == distributor
    assert not reading.unrecognized


def test_an_artists_estate_is_a_note_not_a_maker() -> None:
    reading = read_credit("© The estate of Tom Lark, courtesy Orsa Gallery, London")
    assert reading.credit.photographers == ()
    assert reading.credit.agencies == ("Orsa Gallery",)
    assert "The estate of Tom Lark" in reading.notes and "London" in reading.notes


@pytest.mark.parametrize(
    ("text", "photographers", "agencies"),
    [
        ("Staff photographer Ines Varga", ["Ines Varga"], []),
        ("Staff Photographer Ines Varga/The Orsa Times", ["Ines Varga"], ["The Orsa Times"]),
        ("Fotograf Lena Brandt", ["Lena Brandt"], []),
        ("Photographe Jeanne Roux / AFP", ["Jeanne Roux"], ["AFP"]),
        ("Fotografo Marco Lenti/Ansa", ["Marco Lenti"], ["ANSA"]),
        ("Kuvaaja Liisa Aalto", ["Liisa Aalto"], []),
        ("Фотограф Иван Орлов", ["Иван Орлов"], []),
    ],
)
def test_a_role_printed_before_the_name_is_no_part_of_it(
    text: str, photographers: list[str], agencies: list[str]
) -> None:
    read_parts(text, photographers, agencies)


def test_a_staff_role_before_the_name_says_staff() -> None:
    assert credit_usage(read_credit("Staff photographer Ines Varga")) == "staff"


@pytest.mark.parametrize(
    ("text", "photographers", "agencies", "note"),
    [
        ("Ines Varga/Reuters - RC7QWE1RTY90", ["Ines Varga"], ["Reuters"], "RC7QWE1RTY90"),
        ("（C）Orsa Press", [], ["Orsa Press"], ""),
        ("(c)Orsa Press", [], ["Orsa Press"], ""),
    ],
)
def test_wire_picture_ids_and_written_copyright_signs(
    text: str, photographers: list[str], agencies: list[str], note: str
) -> None:
    reading = read_parts(text, photographers, agencies)
    assert not note or note in reading.notes


@pytest.mark.parametrize(
    ("text", "photographers", "agencies"),
    [
        ("Foto: Lena Brandt; Bearbeitung: Orsa Verlag", ["Lena Brandt"], ["Orsa Verlag"]),
        ("Karte: Orsa Verlag", [], ["Orsa Verlag"]),
        ("Map: Orsa Graphics", [], ["Orsa Graphics"]),
        ("Bearbeitung: Magazin der Orsa", [], ["Magazin der Orsa"]),
        ("Foto: Lena Brandt/Haus der Orsa", ["Lena Brandt"], ["Haus der Orsa"]),
        ("Ilse van der Meulen/ANP", ["Ilse van der Meulen"], ["ANP"]),
        (
            "© Ines Varga / Orsa Magazine, after Lark, T. et al.: A study of harbours. "
            "Orsa Letters 12, 2020; Graphics: Orsa Studio",
            ["Ines Varga"],
            ["Orsa Magazine", "Orsa Studio"],
        ),
    ],
)
def test_edit_and_map_labels_titles_with_der_and_cited_studies(
    text: str, photographers: list[str], agencies: list[str]
) -> None:
    read_parts(text, photographers, agencies)


@pytest.mark.parametrize(
    ("text", "photographers", "agencies", "handout"),
    [
        ("© Ines Varga - Fotolia.com", ["Ines Varga"], ["Adobe Stock"], False),
        ("www.reuters.com", [], ["Reuters"], False),
        ("Foto: Divulgación", [], [], True),
        ("Foto: Istimewa", [], [], True),
        ("Photo: Facebook/Orsa Police", [], ["Facebook", "Orsa Police"], False),
        ("© AdobeStock.com/Studio Orsa", ["Studio Orsa"], ["Adobe Stock"], False),
    ],
)
def test_web_addresses_handout_words_and_social_account_owners(
    text: str, photographers: list[str], agencies: list[str], handout: bool
) -> None:
    reading = read_parts(text, photographers, agencies)
    assert reading.credit.handout is handout


@pytest.mark.parametrize(
    ("text", "photographers", "agencies", "flag"),
    [
        ("Ines Varga / Special to the Orsa Times", ["Ines Varga"], ["Orsa Times"], "commissioned"),
        ("Ines Varga/Special to Orsa Press", ["Ines Varga"], ["Orsa Press"], "commissioned"),
        ("Lena Brandt/für Orsa Zeitung", ["Lena Brandt"], ["Orsa Zeitung"], "commissioned"),
        ("Orsa Press file photo", [], ["Orsa Press"], "file_photo"),
        ("Photo: Orsa Museum archives", [], ["Orsa Museum"], "file_photo"),
        ("Orsa Police handout", [], ["Orsa Police"], "handout"),
    ],
)
def test_special_to_and_markers_after_an_organisation(
    text: str, photographers: list[str], agencies: list[str], flag: str
) -> None:
    reading = read_parts(text, photographers, agencies)
    assert getattr(reading.credit, flag)


@pytest.mark.parametrize(
    ("text", "photographers", "agencies", "distributor"),
    [
        ("（ロイター＝共同）", [], ["Reuters"], "Kyodo"),
        ("ＡＰ＝共同", [], ["AP"], "Kyodo"),
        ("Ｉｎｅｓ Ｖａｒｇａ／ＡＦＰ", ["Ines Varga"], ["AFP"], None),
        ("供图：视觉中国", [], ["Visual China Group"], None),
        ("供图：受访者", [], [], None),
        ("본사 자료사진", [], [], None),
    ],
)
def test_cjk_relays_full_width_names_and_provided_labels(
    text: str, photographers: list[str], agencies: list[str], distributor: str | None
) -> None:
    reading = read_parts(text, photographers, agencies)
    assert reading.credit.distributor == distributor


@pytest.mark.parametrize(
    ("text", "photographers", "agencies", "note"),
    [
        ("Ines Varga, Orsa Press photographer", ["Ines Varga"], ["Orsa Press"], ""),
        ("Photo: Ines Varga (Orsa Press)", ["Ines Varga"], ["Orsa Press"], ""),
        ("Ines Varga (Orsa Institute, Nordby)", ["Ines Varga"], [], "(Orsa Institute, Nordby)"),
        ("Photo: Orsa FC", [], ["Orsa FC"], ""),
    ],
)
def test_roles_and_bracketed_organisations_after_a_name(
    text: str, photographers: list[str], agencies: list[str], note: str
) -> None:
    reading = read_parts(text, photographers, agencies)
    assert not note or note in reading.notes


def test_a_supplier_in_capitals_named_like_a_label_word_is_the_supplier() -> None:
    assert read_credit("Ines Varga/Reportage by Getty Images").credit.agencies == (
        "Reportage by Getty Images",
    )
    assert read_credit("Ines Varga/MAP").credit.agencies == ("MAP",)  # a wire, not `map`
