"""Finding the credit at the end of a caption, and not finding one where there is none."""

from __future__ import annotations

import pytest

from captions.credit import looks_like_credit, split_leading_credit, split_trailing_credit

SPLITS: list[tuple[str, str, str | None]] = [
    (
        "Delegates applaud (C) in Valmora on Jan. 3, 2026. Ng Wai Kit/Pool/AFP via Getty Images",
        "Delegates applaud (C) in Valmora on Jan. 3, 2026.",
        "Ng Wai Kit/Pool/AFP via Getty Images",
    ),
    (
        "Fishermen mend nets at dawn in Porto Serra. (Mireille Fontaine/Reuters)",
        "Fishermen mend nets at dawn in Porto Serra.",
        "Mireille Fontaine/Reuters",
    ),
    (
        "A tram passes the old bridge in Kessel, Tuesday, May 6, 2025. (AP Photo/Kwame Asante)",
        "A tram passes the old bridge in Kessel, Tuesday, May 6, 2025.",
        "AP Photo/Kwame Asante",
    ),
    (
        "FILE - A ferry docks in Brindholm, June 2, 2023. (AP Photo/Kwame Asante, File)",
        "FILE - A ferry docks in Brindholm, June 2, 2023.",
        "AP Photo/Kwame Asante, File",
    ),
    (
        "Protesters gather outside parliament in LondonHAMISH DRUMMOND/Reuters",
        "Protesters gather outside parliament in London",
        "HAMISH DRUMMOND/Reuters",
    ),
    (
        "The lighthouse keeper's cottage at the harbour.Photograph: Saoirse Breathnach/EPA",
        "The lighthouse keeper's cottage at the harbour.",
        "Photograph: Saoirse Breathnach/EPA",
    ),
    (
        "Workers inspect the turbine hall on Tuesday."
        "CreditAnnelies de Vries for The New York Times",
        "Workers inspect the turbine hall on Tuesday.",
        "CreditAnnelies de Vries for The New York Times",
    ),
    (
        "Workers inspect the turbine hall.Credit...Dorota Lis/The New York Times",
        "Workers inspect the turbine hall.",
        "Credit...Dorota Lis/The New York Times",
    ),
    (
        "Ministers meet in Sarnova on March 2, 2025. (Photo by KOFI MENSAH / POOL / AFP) "
        "(Photo by KOFI MENSAH/POOL/AFP via Getty Images)",
        "Ministers meet in Sarnova on March 2, 2025.",
        "Photo by KOFI MENSAH/POOL/AFP via Getty Images",
    ),
    (
        "A water bomber over the ridge in this handout picture released on May 1, 2025. "
        "Calderra Fire Service/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN "
        "SUPPLIED BY A THIRD PARTY.",
        "A water bomber over the ridge in this handout picture released on May 1, 2025.",
        "Calderra Fire Service/Handout via REUTERS",
    ),
    (
        "Runners cross the finish line in Tallmarsh, May 4, 2025. REUTERS/Józef Pawlak",
        "Runners cross the finish line in Tallmarsh, May 4, 2025.",
        "REUTERS/Józef Pawlak",
    ),
    (
        "Evacuees rest at a sports hall in Corvado. Álvaro Ibáñez — Reuters",
        "Evacuees rest at a sports hall in Corvado.",
        "Álvaro Ibáñez — Reuters",
    ),
    (
        "A neon sign above a closed cinema Benoît Marchal/Reuters",
        "A neon sign above a closed cinema",
        "Benoît Marchal/Reuters",
    ),
    (
        "Volunteers stack sandbags in Cedar Hollow.\nEbere Nwachukwu | AP",
        "Volunteers stack sandbags in Cedar Hollow.",
        "Ebere Nwachukwu | AP",
    ),
    (
        "A street in Harrowgate in 1987.\nCredit: HARBOUR CITY HERALD",
        "A street in Harrowgate in 1987.",
        "Credit: HARBOUR CITY HERALD",
    ),
    (
        "Senator Ama Owusu, center, speaks to reporters. Chang W. Liu/The New York Times",
        "Senator Ama Owusu, center, speaks to reporters.",
        "Chang W. Liu/The New York Times",
    ),
    (
        "The senator's daughter on a training run in June. Courtesy of the Okonkwo family",
        "The senator's daughter on a training run in June.",
        "Courtesy of the Okonkwo family",
    ),
    (
        "A cabinet meeting in 1989. (AP)",
        "A cabinet meeting in 1989.",
        "AP",
    ),
    (
        "Crowds fill the square in Beijing NG WAI KIT/POOL/AFP via Getty Images",
        "Crowds fill the square in Beijing",
        "NG WAI KIT/POOL/AFP via Getty Images",
    ),
    (
        "Crowds gather in LondonLuke MacGregor/Reuters",
        "Crowds gather in London",
        "Luke MacGregor/Reuters",
    ),
    (
        "Crowds gather in Leiden Ilse van der Meulen/ANP",
        "Crowds gather in Leiden",
        "Ilse van der Meulen/ANP",
    ),
    (
        "Crowds gather outside the port in Corvado REUTERS/Iñaki Etxeberria",
        "Crowds gather outside the port in Corvado",
        "REUTERS/Iñaki Etxeberria",
    ),
    # a newspaper named by its shape after a person: `... Times`, `... Post`, `Review-Journal`
    (
        "Ferries wait at the quay in Port Alden. (Marta J. Okafor / The Alden Times)",
        "Ferries wait at the quay in Port Alden.",
        "Marta J. Okafor / The Alden Times",
    ),
    (
        "Ferries wait at the quay in Port Alden. Marta Okafor/Alden Valley Post",
        "Ferries wait at the quay in Port Alden.",
        "Marta Okafor/Alden Valley Post",
    ),
    (
        "Ferries wait at the quay. (Staff / The Alden Herald)",
        "Ferries wait at the quay.",
        "Staff / The Alden Herald",
    ),
    (
        "Ferries wait at the quay. Jo Mensah for The Harrow Tribune",
        "Ferries wait at the quay.",
        "Jo Mensah for The Harrow Tribune",
    ),
    (
        "Ferries wait at the quay. (Jo Mensah/Las Alden Review-Journal)",
        "Ferries wait at the quay.",
        "Jo Mensah/Las Alden Review-Journal",
    ),
    ("Image source, SNS Group", "", "Image source, SNS Group"),
    ("(Reuters)", "", "Reuters"),
    # not credits
    ("AFP reported on Monday that the operator had offered a pay rise.", "", None),
    ("The bridge reopened on Friday, according to Reuters.", "", None),
    ("The Associated Press contributed to this report.", "", None),
    ("Rep. Dana Whitlock (D-Calif.) spoke on the floor.", "", None),
    ("Rep. Dana Whitlock (D-Calif.)", "", None),
    ("Colleagues of the minister (not pictured) left early.", "", None),
    ("Mayor Ilse Brandt (2nd L) and her deputy (R)", "", None),
    # a labelled credit after a slash, a comma (lowercase label), a middle dot or a semicolon:
    # the caption loses the delimiter with it
    (
        "The new ferry leaves the harbour of Orsa on its first trip / Foto: Kari Holm",
        "The new ferry leaves the harbour of Orsa on its first trip",
        "Foto: Kari Holm",
    ),
    (
        "The new ferry leaves the harbour of Orsa on its first trip, photo: Kari Holm",
        "The new ferry leaves the harbour of Orsa on its first trip",
        "photo: Kari Holm",
    ),
    (
        "The new ferry leaves the harbour of Orsa on its first trip · Photo: Kari Holm",
        "The new ferry leaves the harbour of Orsa on its first trip",
        "Photo: Kari Holm",
    ),
    (
        "Snow covers the square of Veldhoven; foto: Joris Aalders/ANP",
        "Snow covers the square of Veldhoven",
        "foto: Joris Aalders/ANP",
    ),
    ("He showed the old photo: Kari Holm in front of the house", "", None),
    ("Officials from the Centers for Disease Control (CDC)", "", None),
    ("Members of the jury (L to R)", "", None),
    ("A Reuters/Ipsos poll found support had fallen.", "", None),
    ("The photographer said she works for The New York Times.", "", None),
    ("Pool players compete at the Harbour Club.", "", None),
    ("Crowds watched the parade, AFP said.", "", None),
    ("A view of the harbour at dusk", "", None),
    ("Share via Email", "", None),
    ("By Maren Solberg | Reuters", "", None),
    ("Profile | Maren Solberg", "", None),
    ("Read the full report at `Calderra Fire Service/Handout via REUTERS` here", "", None),
    # two newspapers and no person: a reading list, not a credit
    ("She reads The Alden Times / The Harrow Tribune", "", None),
    ("(The Alden Times)", "", None),
    ("The mayor told The Alden Times on Monday.", "", None),
]


@pytest.mark.parametrize("text,caption,credit", SPLITS, ids=[s[0][:50] for s in SPLITS])
def test_split_trailing_credit(text: str, caption: str, credit: str | None) -> None:
    got_caption, got_credit = split_trailing_credit(text)
    assert got_credit == credit
    assert got_caption == (caption if credit is not None else text)


@pytest.mark.parametrize(
    "text",
    [
        "AFP reported on Monday that the strike would continue",
        "according to Reuters",
        "The Associated Press contributed to this report.",
        "D-Calif.",
        "not pictured",
        "2nd L",
        "CDC",
        "R-Texas",
        "File",
        "",
        "Photo",
    ],
)
def test_not_credits(text: str) -> None:
    assert not looks_like_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Getty Images",
        "Name Surname/Reuters",
        "Photo: Liisa Mäkelä/Lehtikuva",
        "Image source, PA Media",
        "Photo by STR/AFP via Getty Images",
        "Courtesy of the Okonkwo family",
        "Annelies de Vries for The New York Times",
        "AP Photo/Kwame Asante, File",
    ],
)
def test_credits(text: str) -> None:
    assert looks_like_credit(text)


def test_leading_credit_line_is_split_off() -> None:
    text = "Photo: Sigrid Aalto/Reuters\n*Runners leave the start at dawn.*"
    assert split_leading_credit(text) == (
        "Photo: Sigrid Aalto/Reuters",
        "*Runners leave the start at dawn.*",
    )


def test_first_line_that_is_not_a_credit_stays() -> None:
    text = "Runners leave the start at dawn.\nPhoto: Sigrid Aalto/Reuters"
    assert split_leading_credit(text) == (None, text)


def test_split_does_not_hang_on_long_text() -> None:
    text = "Word " * 5000 + "and more words/with slashes " * 200
    caption, credit = split_trailing_credit(text)
    assert credit is None
    assert caption == text.strip()


@pytest.mark.parametrize(
    "text",
    [
        "The fire was put out, according to a statement released by",
        "Anna Berg, Redakteurin bei Nordau.de",
        "Schwimmender Windpark - Windfloat Atlantic für Portugal",
        "Sie sprach mit der Zeitung am Montag (2/11/2023).",
    ],
)
def test_text_that_only_resembles_a_credit_is_not_split(text: str) -> None:
    assert split_trailing_credit(text) == (text, None)


def test_a_position_marker_c_is_not_a_copyright_sign() -> None:
    # `(C)` after a name marks the centre of the frame when words follow it; `(c) Name` and
    # `(c) 2024 Name` at the end stay copyright credits
    assert split_trailing_credit("Envoy Ana Ruiz (C) speaks.") == (
        "Envoy Ana Ruiz (C) speaks.",
        None,
    )
    assert split_trailing_credit("The quay at dawn. (c) 2024 Northwind Press")[1] == (
        "(c) 2024 Northwind Press"
    )


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "Boats at dawn. (Foto Iker Salcedo. Cofradía de Puerto Alcora)",
            "Foto Iker Salcedo. Cofradía de Puerto Alcora",
        ),
        ("Boats at dawn. (Photo Ana Berg. Orsa Press)", "Photo Ana Berg. Orsa Press"),
    ],
)
def test_a_name_and_a_period_before_an_organisation_in_mixed_case(text: str, credit: str) -> None:
    assert split_trailing_credit(text) == ("Boats at dawn.", credit)


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("北浜港に戻る漁船＝共同写真通信提供", "北浜港に戻る漁船", "共同写真通信提供"),
        ("北浜港に戻る漁船＝北浜市提供", "北浜港に戻る漁船", "北浜市提供"),
        ("北浜港に戻る漁船＝ロイター＝共同", "北浜港に戻る漁船", "ロイター＝共同"),
        ("価格＝100円の弁当", "価格＝100円の弁当", None),
    ],
)
def test_a_japanese_credit_after_a_full_width_equals_sign(
    text: str, caption: str, credit: str | None
) -> None:
    assert split_trailing_credit(text) == (caption, credit)
