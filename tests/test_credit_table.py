"""Table test: realistic credit lines (fictional photographers) and the parts they must parse to.

Each row: (credit as printed, photographers, agencies, distributor, flags). Flags is a
space-separated subset of `pool handout file courtesy commissioned`. Photographers and agencies
are `;`-separated.
"""

from __future__ import annotations

import pytest

from captions.credit import parse_credit
from captions.model import Credit

Row = tuple[str, str, str, str | None, str]

ROWS: list[Row] = [
    # --- Getty / AFP pool wire credits
    (
        "Marisol Quintero/Pool/AFP via Getty Images",
        "Marisol Quintero",
        "AFP",
        "Getty Images",
        "pool",
    ),
    ("Ng Wai Kit/Pool/AFP via Getty Images", "Ng Wai Kit", "AFP", "Getty Images", "pool"),
    (
        "TOMASZ WIĘCKOWSKI/POOL/AFP via Getty Images",
        "Tomasz Więckowski",
        "AFP",
        "Getty Images",
        "pool",
    ),
    ("Photo by Chiara Bellandi/AFP via Getty Images", "Chiara Bellandi", "AFP", "Getty Images", ""),
    (
        "Photo by Oyelaran Adeyinka/AFP via Getty Images",
        "Oyelaran Adeyinka",
        "AFP",
        "Getty Images",
        "",
    ),
    (
        "(Photo by HÅKON STRØMSNES/AFP via Getty Images)",
        "Håkon Strømsnes",
        "AFP",
        "Getty Images",
        "",
    ),
    ("Photo by STR/AFP via Getty Images", "", "AFP", "Getty Images", ""),
    ("Photo by Kemal Aydın/Anadolu via Getty Images", "Kemal Aydın", "Anadolu", "Getty Images", ""),
    ("Lucía Ferreyra/AFP/Getty Images", "Lucía Ferreyra", "AFP", "Getty Images", ""),
    ("DMITRI VOLKOV/AFP/Getty Images", "Dmitri Volkov", "AFP", "Getty Images", ""),
    ("Photo by Ingrid Solberg/Pool/Getty Images", "Ingrid Solberg", "Getty Images", None, "pool"),
    ("Photo by Björn Ekdahl/Getty Images", "Björn Ekdahl", "Getty Images", None, ""),
    ("Photo by Wen Xiaoling/Getty Images", "Wen Xiaoling", "Getty Images", None, ""),
    ("Thandiwe Mokoena/Getty Images", "Thandiwe Mokoena", "Getty Images", None, ""),
    ("Getty Images", "", "Getty Images", None, ""),
    ("GETTY IMAGES", "", "Getty Images", None, ""),
    ("Getty", "", "Getty Images", None, ""),
    ("Xinhua via Getty Images", "", "Xinhua", "Getty Images", ""),
    ("Photo by Li Wenjun/Xinhua via Getty Images", "Li Wenjun", "Xinhua", "Getty Images", ""),
    (
        "Photo by Sipho Ndlovu/Gallo Images via Getty Images",
        "Sipho Ndlovu",
        "Gallo Images",
        "Getty Images",
        "",
    ),
    (
        "Photo by Amélie Durand/Hans Lucas/AFP via Getty Images",
        "Amélie Durand",
        "Hans Lucas;AFP",
        "Getty Images",
        "",
    ),
    # --- `Name - Pool/Getty Images`
    ("Rafael Domínguez - Pool/Getty Images", "Rafael Domínguez", "Getty Images", None, "pool"),
    ("Sanna Virtanen - Pool/Getty Images", "Sanna Virtanen", "Getty Images", None, "pool"),
    ("Photo by Ôtani Kenji - Pool/Getty Images", "Ôtani Kenji", "Getty Images", None, "pool"),
    ("Hamid Rezaei – Pool/Getty Images", "Hamid Rezaei", "Getty Images", None, "pool"),
    # --- AP
    ("(AP Photo/Tobias Lindqvist)", "Tobias Lindqvist", "AP", None, ""),
    ("AP Photo/Nguyễn Thị Hoa", "Nguyễn Thị Hoa", "AP", None, ""),
    ("(AP Photo/Kwame Asante, File)", "Kwame Asante", "AP", None, "file"),
    ("AP Photo/Siobhán Ní Dhuibhir, File", "Siobhán Ní Dhuibhir", "AP", None, "file"),
    ("(AP Photo/Graciela Ortúzar, Pool)", "Graciela Ortúzar", "AP", None, "pool"),
    ("(AP Photo/Yusuf Demirci, Pool, File)", "Yusuf Demirci", "AP", None, "pool file"),
    (
        "(AP Photo/Małgorzata Kęsicka and Tadeusz Rój)",
        "Małgorzata Kęsicka;Tadeusz Rój",
        "AP",
        None,
        "",
    ),
    ("(AP Photo)", "", "AP", None, ""),
    ("(AP)", "", "AP", None, ""),
    ("(Esperanza Villalobos/Pool via AP)", "Esperanza Villalobos", "", "AP", "pool"),
    ("(Kaito Morimoto/Kyodo News via AP)", "Kaito Morimoto", "Kyodo", "AP", ""),
    ("(Solvei Hagen/NTB via AP)", "Solvei Hagen", "NTB", "AP", ""),
    ("Ragnar Þórisson/NTB Scanpix via AP", "Ragnar Þórisson", "NTB", "AP", ""),
    ("(Elif Şahin/Anadolu Agency via AP)", "Elif Şahin", "Anadolu", "AP", ""),
    ("(Coastguard of Valdemar Island via AP)", "", "Coastguard of Valdemar Island", "AP", ""),
    ("Associated Press", "", "AP", None, ""),
    ("The Associated Press", "", "AP", None, ""),
    ("Ebere Nwachukwu | AP", "Ebere Nwachukwu", "AP", None, ""),
    ("Ebere Nwachukwu/The Associated Press", "Ebere Nwachukwu", "AP", None, ""),
    # --- Reuters
    ("Tariq Al-Masri/Reuters", "Tariq Al-Masri", "Reuters", None, ""),
    ("REUTERS/Józef Pawlak", "Józef Pawlak", "Reuters", None, ""),
    ("REUTERS/Ayşe Karaca/File Photo", "Ayşe Karaca", "Reuters", None, "file"),
    ("Reuters/Anders Holmqvist", "Anders Holmqvist", "Reuters", None, ""),
    ("Photo: Mireille Fontaine/Reuters", "Mireille Fontaine", "Reuters", None, ""),
    ("Credit: Ciarán Ó Dálaigh/Reuters", "Ciarán Ó Dálaigh", "Reuters", None, ""),
    ("CONOR MCDAID/REUTERS", "Conor McDaid", "Reuters", None, ""),
    ("Álvaro Ibáñez — Reuters", "Álvaro Ibáñez", "Reuters", None, ""),
    ("Priya Raghunathan – Reuters", "Priya Raghunathan", "Reuters", None, ""),
    ("Thomson Reuters", "", "Reuters", None, ""),
    ("(Reuters)", "", "Reuters", None, ""),
    ("Handout/Reuters", "", "Reuters", None, "handout"),
    (
        "Ministry of Defence of Veloria/Handout via REUTERS",
        "",
        "Ministry of Defence of Veloria",
        "Reuters",
        "handout",
    ),
    (
        "Port Authority of Calderra/Handout via Reuters",
        "",
        "Port Authority of Calderra",
        "Reuters",
        "handout",
    ),
    ("HANDOUT/REUTERS", "", "Reuters", None, "handout"),
    # --- EPA, Shutterstock
    ("Henrik Aalto/EPA", "Henrik Aalto", "EPA", None, ""),
    ("Photograph: Saoirse Breathnach/EPA", "Saoirse Breathnach", "EPA", None, ""),
    (
        "Ludovica Marchetti/EPA-EFE/Shutterstock",
        "Ludovica Marchetti",
        "EPA-EFE",
        "Shutterstock",
        "",
    ),
    (
        "Photograph: Iñigo Etxeberria/EPA-EFE/Shutterstock",
        "Iñigo Etxeberria",
        "EPA-EFE",
        "Shutterstock",
        "",
    ),
    ("ZSOLT KOVÁCS/EPA-EFE", "Zsolt Kovács", "EPA-EFE", None, ""),
    ("Photograph: Wanjiru Kamau/Shutterstock", "Wanjiru Kamau", "Shutterstock", None, ""),
    ("Credit: Phan Minh Tuấn/Shutterstock", "Phan Minh Tuấn", "Shutterstock", None, ""),
    ("Gareth Pryce/REX/Shutterstock", "Gareth Pryce", "Rex", "Shutterstock", ""),
    ("European Pressphoto Agency", "", "EPA", None, ""),
    # --- AFP PHOTO forms
    ("AFP PHOTO / SÉBASTIEN LACROIX", "Sébastien Lacroix", "AFP", None, ""),
    ("AFP PHOTO / JEAN-PIERRE O'NEILL", "Jean-Pierre O'Neill", "AFP", None, ""),
    ("AFP Photo/Noor Haidari", "Noor Haidari", "AFP", None, ""),
    ("AFP PHOTO / POOL / ANTOINE DE LA FONTAINE", "Antoine de la Fontaine", "AFP", None, "pool"),
    (
        "AFP PHOTO / HO / PRESIDENCY OF MORLANDIA",
        "",
        "AFP;PRESIDENCY OF MORLANDIA",
        None,
        "handout",
    ),
    ("(Photo by ALESSANDRO DI MARCO / POOL / AFP)", "Alessandro di Marco", "AFP", None, "pool"),
    ("(Photo by KOFI MENSAH / AFP)", "Kofi Mensah", "AFP", None, ""),
    ("(Photo by STR / AFP)", "", "AFP", None, ""),
    ("(Photo by EWAN MACGREGOR-HUNT / AFP)", "Ewan MacGregor-Hunt", "AFP", None, ""),
    ("Photo by FIONNUALA MCDONAGH / POOL / AFP", "Fionnuala McDonagh", "AFP", None, "pool"),
    ("Photo by PIETER VAN DER BERG / ANP / AFP", "Pieter van der Berg", "ANP;AFP", None, ""),
    ("Photo by Łukasz ŻMIJEWSKI / POOL / AFP", "Łukasz Żmijewski", "AFP", None, "pool"),
    ("Agence France-Presse", "", "AFP", None, ""),
    ("STR/AFP", "", "AFP", None, ""),
    ("Stringer/AFP", "", "AFP", None, ""),
    ("-/AFP", "", "AFP", None, ""),
    # --- commissioned
    (
        "Annelies de Vries for The New York Times",
        "Annelies de Vries",
        "The New York Times",
        None,
        "commissioned",
    ),
    (
        "Credit...Oluwaseun Bakare for The New York Times",
        "Oluwaseun Bakare",
        "The New York Times",
        None,
        "commissioned",
    ),
    (
        "CreditMarguerite Lefebvre for The New York Times",
        "Marguerite Lefebvre",
        "The New York Times",
        None,
        "commissioned",
    ),
    (
        "Credit...Tomás Ruiz and Haruka Ishida for The New York Times",
        "Tomás Ruiz;Haruka Ishida",
        "The New York Times",
        None,
        "commissioned",
    ),
    (
        "Photograph: Eilidh Mackintosh for the Guardian",
        "Eilidh Mackintosh",
        "The Guardian",
        None,
        "commissioned",
    ),
    (
        "Rosalind Achterberg for The Washington Post",
        "Rosalind Achterberg",
        "The Washington Post",
        None,
        "commissioned",
    ),
    ("Credit...Dorota Lis/The New York Times", "Dorota Lis", "The New York Times", None, ""),
    (
        "Photograph: Declan Mac Giolla Rua/The Guardian",
        "Declan Mac Giolla Rua",
        "The Guardian",
        None,
        "",
    ),
    ("Photograph: Murdo McLeish/The Observer", "Murdo McLeish", "The Observer", None, ""),
    # --- courtesy and handouts
    ("Courtesy of the Okonkwo family", "", "", None, "courtesy handout"),
    (
        "Courtesy of Valdemar Maritime Museum",
        "",
        "Valdemar Maritime Museum",
        None,
        "courtesy handout",
    ),
    ("Photo courtesy of Lindqvist Studios", "", "Lindqvist Studios", None, "courtesy handout"),
    (
        "Courtesy: Northern Lights Foundation",
        "",
        "Northern Lights Foundation",
        None,
        "courtesy handout",
    ),
    ("Courtesy of Ximena Arrieta", "Ximena Arrieta", "", None, "courtesy handout"),
    ("(Courtesy of the Halvorsen family via AP)", "", "", "AP", "courtesy handout"),
    ("Handout", "", "", None, "handout"),
    ("HO/Palace of Sarnovia/AFP", "", "Palace of Sarnovia;AFP", None, "handout"),
    ("Sarnovia Police Department via AP", "", "Sarnovia Police Department", "AP", ""),
    # --- labels
    ("Image: Radomir Petrović / The Verge", "Radomir Petrović", "The Verge", None, ""),
    ("Image source, SNS Group", "", "SNS Group", None, ""),
    ("Image source, Getty Images", "", "Getty Images", None, ""),
    ("Image source, PA Media", "", "PA Media", None, ""),
    ("Image source, Reuters", "", "Reuters", None, ""),
    ("© Katarzyna Lis", "Katarzyna Lis", "", None, ""),
    ("© 2025 Magnus Eriksen/NTB", "Magnus Eriksen", "NTB", None, ""),
    ("Copyright Reuters", "", "Reuters", None, ""),
    ("Copyright © 2024 Bloomberg", "", "Bloomberg", None, ""),
    ("Picture: Hamish Drummond/PA", "Hamish Drummond", "PA Media", None, ""),
    ("Photos by Zeynep Kaya and Mert Aksoy", "Zeynep Kaya;Mert Aksoy", "", None, ""),
    ("Photograph by Nikolai Petrov/Sputnik", "Nikolai Petrov", "Sputnik", None, ""),
    ("Credit: HARBOUR CITY HERALD", "", "HARBOUR CITY HERALD", None, ""),
    ("Credits: Yannick Moreau/Belga", "Yannick Moreau", "Belga", None, ""),
    ("Photo: Liisa Mäkelä/Lehtikuva", "Liisa Mäkelä", "Lehtikuva", None, ""),
    ("Photo: Chidi Okeke/Reuters.", "Chidi Okeke", "Reuters", None, ""),
    # --- PA, SNS and other agencies
    ("Owen Pritchard/PA Wire", "Owen Pritchard", "PA Media", None, ""),
    ("Niamh Gallagher/PA Media", "Niamh Gallagher", "PA Media", None, ""),
    ("Press Association", "", "PA Media", None, ""),
    ("Craig Dunlop/SNS Group", "Craig Dunlop", "SNS Group", None, ""),
    ("Ruairí Ó Fearghail/Sportsfile", "Ruairí Ó Fearghail", "Sportsfile", None, ""),
    ("Kim Seo-yeon/Yonhap via AP", "Kim Seo-yeon", "Yonhap", "AP", ""),
    (
        "Hanna Schmidt/dpa/picture alliance via Getty Images",
        "Hanna Schmidt",
        "dpa;picture alliance",
        "Getty Images",
        "",
    ),
    (
        "Raúl Cárdenas/SOPA Images/LightRocket via Getty Images",
        "Raúl Cárdenas",
        "SOPA Images;LightRocket",
        "Getty Images",
        "",
    ),
    ("Olamide Bankole/Alamy", "Olamide Bankole", "Alamy", None, ""),
    (
        "Vikram Malhotra/Bloomberg via Getty Images",
        "Vikram Malhotra",
        "Bloomberg",
        "Getty Images",
        "",
    ),
    ("Dafne Kouris/Sipa USA via AP", "Dafne Kouris", "Sipa USA", "AP", ""),
    ("Miguel Santos/NurPhoto via Getty Images", "Miguel Santos", "NurPhoto", "Getty Images", ""),
    (
        "Iryna Kovalenko/Ukrinform/Future Publishing via Getty Images",
        "Iryna Kovalenko",
        "Ukrinform;Future Publishing",
        "Getty Images",
        "",
    ),
    ("KCNA via KNS", "", "KCNA", "KNS", ""),
    ("Xinhua/Zhang Haoran", "Zhang Haoran", "Xinhua", None, ""),
    # --- several photographers and separators
    (
        "Aleksander Nowak and Beata Zielińska/Reuters",
        "Aleksander Nowak;Beata Zielińska",
        "Reuters",
        None,
        "",
    ),
    ("Ines Carvalho, Tiago Moura/AFP", "Ines Carvalho;Tiago Moura", "AFP", None, ""),
    ("Ines Carvalho | Tiago Moura | AP", "Ines Carvalho;Tiago Moura", "AP", None, ""),
    ("Saoirse Kenny & Pádraig Walsh/PA", "Saoirse Kenny;Pádraig Walsh", "PA Media", None, ""),
    (
        "Ama Owusu, Kojo Boateng and Efua Darko for The New York Times",
        "Ama Owusu;Kojo Boateng;Efua Darko",
        "The New York Times",
        None,
        "commissioned",
    ),
    ("Martin Luther Hayes Jr./AP", "Martin Luther Hayes Jr.", "AP", None, ""),
    ("Chen Yu-ting — AFP", "Chen Yu-ting", "AFP", None, ""),
    ("Marta Gómez | EFE", "Marta Gómez", "EFE", None, ""),
    # --- file photos
    ("Kristján Hallgrímsson/Reuters, File", "Kristján Hallgrímsson", "Reuters", None, "file"),
    ("FILE/Amara Diallo/AFP", "Amara Diallo", "AFP", None, "file"),
    ("Shira Ben-David/AP (File)", "Shira Ben-David", "AP", None, "file"),
    ("Staff/Reuters/File Photo", "", "Reuters", None, "file"),
    # --- case repair: only ALL-CAPS words change
    ("SEÁN O'SULLIVAN/AFP", "Seán O'Sullivan", "AFP", None, ""),
    ("ØYVIND BRÅTEN/NTB", "Øyvind Bråten", "NTB", None, ""),
    ("GUÐRÚN ÓLAFSDÓTTIR/AFP", "Guðrún Ólafsdóttir", "AFP", None, ""),
    ("ANNA-LENA VON HOLST/dpa", "Anna-Lena von Holst", "dpa", None, ""),
    ("Ilse van den Broek/ANP", "Ilse van den Broek", "ANP", None, ""),
    ("Deshawn McAllister/AP", "Deshawn McAllister", "AP", None, ""),
    ("Ng Han Guan/AP", "Ng Han Guan", "AP", None, ""),
    ("Photo by DJ Okafor/Getty Images", "DJ Okafor", "Getty Images", None, ""),
]

FLAGS = ("pool", "handout", "file", "courtesy", "commissioned")


def expected_credit(row: Row) -> Credit:
    text, photographers, agencies, distributor, flags = row
    words = flags.split()
    assert set(words) <= set(FLAGS), f"bad flags in row {text!r}"
    return Credit(
        raw="",
        photographers=tuple(p for p in photographers.split(";") if p),
        agencies=tuple(a for a in agencies.split(";") if a),
        distributor=distributor,
        pool="pool" in words,
        handout="handout" in words,
        file_photo="file" in words,
        courtesy="courtesy" in words,
        commissioned="commissioned" in words,
    )


def test_the_table_is_big_enough_and_has_no_duplicates() -> None:
    texts = [row[0] for row in ROWS]
    assert len(texts) >= 120
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_credit_parses_to_expected_parts(row: Row) -> None:
    parsed = parse_credit(row[0])
    assert parsed.parts() == expected_credit(row).parts()


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_raw_keeps_the_label_and_drops_outer_parentheses(row: Row) -> None:
    text = row[0]
    raw = parse_credit(text).raw
    if text.startswith("(") and text.endswith(")"):
        assert raw == text[1:-1]
    else:
        assert raw == text
