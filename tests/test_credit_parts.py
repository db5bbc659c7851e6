"""Names, the agency table and its configuration, and the house styles."""

from __future__ import annotations

import pytest

from captions.credit import (
    DEFAULT_AGENCIES,
    format_credit,
    natural_case,
    parse_credit,
    table_from_config,
)
from captions.credit.names import looks_like_person
from captions.credit.style import check_template
from captions.errors import ConfigError, CreditError
from captions.model import Credit


@pytest.mark.parametrize(
    "printed,natural",
    [
        ("SAUL BERGMANN", "Saul Bergmann"),
        ("ŁUKASZ ŻMIJEWSKI", "Łukasz Żmijewski"),
        ("Łukasz ŻMIJEWSKI", "Łukasz Żmijewski"),
        ("Ng Han Guan", "Ng Han Guan"),
        ("NG HAN GUAN", "Ng Han Guan"),
        ("RORY MCDONALD", "Rory McDonald"),
        ("LUKE MACGREGOR", "Luke MacGregor"),
        ("RITA MACHADO", "Rita Machado"),
        ("Rory McDonald", "Rory McDonald"),
        ("Ilse van der Meulen", "Ilse van der Meulen"),
        ("ILSE VAN DER MEULEN", "Ilse van der Meulen"),
        ("Dara Mac Giolla Phádraig", "Dara Mac Giolla Phádraig"),
        ("DARA MAC GIOLLA PHÁDRAIG", "Dara Mac Giolla Phádraig"),
        ("SEAMUS O'NEILL", "Seamus O'Neill"),
        ("SEAMUS O’NEILL", "Seamus O’Neill"),
        ("JEAN-PIERRE DUVAL", "Jean-Pierre Duval"),
        ("ROISÍN NÍ BHRIAIN", "Roisín Ní Bhriain"),
        ("AJ Rahman", "AJ Rahman"),
        ("HENRY FORD III", "Henry Ford III"),
        ("DE WITT JOHNSON", "De Witt Johnson"),
    ],
)
def test_natural_case(printed: str, natural: str) -> None:
    assert natural_case(printed) == natural


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chang W. Liu", True),
        ("Ilse van der Meulen", True),
        ("Olúwadámiláre Ògúnlẹ́yẹ̀", True),
        ("McGettigan", True),
        ("LondonLUKE MACGREGOR", False),
        ("Paris. Benoit", False),
        ("reported on Monday", False),
        ("The Verge", False),
        ("STR", False),
        ("Jane Doe 2", False),
    ],
)
def test_looks_like_person(text: str, expected: bool) -> None:
    assert looks_like_person(text) is expected


@pytest.mark.parametrize(
    "alias,name",
    [
        ("Agence France-Presse", "AFP"),
        ("AFP PHOTO", "AFP"),
        ("Getty", "Getty Images"),
        ("GETTY IMAGES", "Getty Images"),
        ("The Associated Press", "AP"),
        ("associated press", "AP"),
        ("REUTERS", "Reuters"),
        ("Thomson Reuters", "Reuters"),
        ("European Pressphoto Agency", "EPA"),
        ("PA Wire", "PA Media"),
        ("Press Association", "PA Media"),
        ("the Guardian", "The Guardian"),
        ("New York Times", "The New York Times"),
    ],
)
def test_alias_table(alias: str, name: str) -> None:
    assert DEFAULT_AGENCIES.lookup(alias) == name


def test_unknown_agency_is_not_in_the_table() -> None:
    assert DEFAULT_AGENCIES.lookup("Harbour City Herald") is None
    assert DEFAULT_AGENCIES.lookup("") is None


def test_table_extended_from_configuration() -> None:
    table = table_from_config(
        {
            "aliases": {"Valdemar News Agency": "VDNA", "VDNA Photo": "VDNA"},
            "agencies": ["Calderra Press"],
            "distributors": ["Northlight"],
        }
    )
    assert DEFAULT_AGENCIES.lookup("VDNA") is None  # the default table is unchanged
    credit = parse_credit("Mei Nakamura/VDNA PHOTO/Northlight", table)
    assert credit.agencies == ("VDNA",)
    assert credit.distributor == "Northlight"
    assert parse_credit("Valdemar News Agency", table).agencies == ("VDNA",)
    assert table.lookup("calderra press") == "Calderra Press"
    assert table.lookup("AFP") == "AFP"


def test_configured_alias_overrides_a_builtin_one() -> None:
    table = DEFAULT_AGENCIES.extended({"AP": "The Associated Press"})
    assert parse_credit("Kwame Asante/AP", table).agencies == ("The Associated Press",)


@pytest.mark.parametrize(
    "section",
    [
        {"alias": {}},
        {"aliases": {"X": ""}},
        {"aliases": ["X"]},
        {"agencies": "Calderra Press"},
        {"distributors": [1]},
    ],
)
def test_bad_configuration_is_a_config_error(section: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        table_from_config(section)


def test_empty_credit_is_an_error() -> None:
    for text in ("", "   ", "()", "--/--"):
        with pytest.raises(CreditError, match="empty"):
            parse_credit(text)


POOL_CREDIT = Credit(
    photographers=("Ng Wai Kit",), pool=True, agencies=("AFP",), distributor="Getty Images"
)


@pytest.mark.parametrize(
    "credit,style,printed",
    [
        (POOL_CREDIT, "getty", "Ng Wai Kit/Pool/AFP via Getty Images"),
        (POOL_CREDIT, "ap", "(Ng Wai Kit/Pool/AFP via Getty Images)"),
        (Credit(photographers=("Evan Vucci",), agencies=("AP",)), "ap", "(AP Photo/Evan Vucci)"),
        (
            Credit(photographers=("Evan Vucci",), agencies=("AP",), file_photo=True, pool=True),
            "ap",
            "(AP Photo/Evan Vucci, Pool, File)",
        ),
        (Credit(photographers=("Evan Vucci",), agencies=("AP",)), "getty", "Evan Vucci/AP"),
        (
            Credit(photographers=("Ana Ruiz", "Mei Vu", "Ilse Brandt"), agencies=("AFP",)),
            "getty",
            "Ana Ruiz, Mei Vu and Ilse Brandt/AFP",
        ),
        (
            Credit(
                photographers=("Ilse van der Meulen",),
                agencies=("The New York Times",),
                commissioned=True,
            ),
            "getty",
            "Ilse van der Meulen for The New York Times",
        ),
        (
            Credit(raw="Courtesy of the Okonkwo family", handout=True, courtesy=True),
            "getty",
            "Courtesy of the Okonkwo family",
        ),
        (POOL_CREDIT, "Photo: {credit}", "Photo: Ng Wai Kit/Pool/AFP via Getty Images"),
        (
            POOL_CREDIT,
            "[{photographers}/]{agency}[ via {distributor}]",
            "Ng Wai Kit/AFP via Getty Images",
        ),
        (Credit(agencies=("Reuters",)), "[{photographers}/]{agencies}[, {file}]", "Reuters"),
    ],
)
def test_house_styles(credit: Credit, style: str, printed: str) -> None:
    assert format_credit(credit, style) == printed


@pytest.mark.parametrize("template", ["{who}", "plain text", "[{photographers}", "{credit}]"])
def test_bad_templates_are_config_errors(template: str) -> None:
    with pytest.raises(ConfigError):
        check_template(template)


def test_unknown_style_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown credit style"):
        format_credit(POOL_CREDIT, "reuters")


def test_public_api_is_exported() -> None:
    import captions.credit

    for name in captions.credit.__all__:
        assert hasattr(captions.credit, name), name
    assert {"parse_credit", "format_credit", "looks_like_credit", "split_trailing_credit"} <= set(
        captions.credit.__all__
    )


@pytest.mark.parametrize(
    ("printed", "getty"),
    [
        ("Courtesy of the Mensah family", "Courtesy of the Mensah family"),
        (
            "Courtesy the Mensah family/Handout via Reuters",
            "Courtesy of the Mensah family via Reuters",
        ),
        ("(Courtesy of the Mensah family, File)", "Courtesy of the Mensah family, File"),
        ("Photo courtesy of Jo Mensah", "Courtesy of Jo Mensah"),
    ],
)
def test_a_courtesy_source_is_kept_once(printed: str, getty: str) -> None:
    """A source that is neither person nor agency is taken from the print, up to the next part."""
    credit = parse_credit(printed)
    assert format_credit(credit) == getty
    assert parse_credit(getty).parts() == credit.parts()


@pytest.mark.parametrize(
    ("printed", "photographers", "agencies"),
    [
        ("Ellis M. Varga / The Alden Times", ("Ellis M. Varga",), ("The Alden Times",)),
        ("Ellis Varga/Star Tribune", ("Ellis Varga",), ("Star Tribune",)),
        ("Print Collector/Getty Images", (), ("Print Collector",)),  # Getty distributes
    ],
)
def test_newspapers_and_collections_are_not_people(
    printed: str, photographers: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    credit = parse_credit(printed)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)
