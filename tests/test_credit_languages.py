"""Labels and connectors of many languages (data/words.json) are read by the credit parser and
found by the splitters. Names are invented."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from captions.credit import (
    looks_like_credit,
    parse_credit,
    split_leading_credit,
    split_trailing_credit,
)
from captions.credit.cjk import has_cjk, is_cjk_char
from captions.credit.words import CATEGORIES, credit_words, label_roles, languages

# (credit as printed, photographers, agencies incl. distributor)
LABELLED = [
    ("Foto oleh Budi Santoso/Getty Images", ["Budi Santoso"], ["Getty Images"]),
    ("Ana Ruiz para The New York Times", ["Ana Ruiz"], ["The New York Times"]),
    ("Ana Ruiz/EPA vía Shutterstock", ["Ana Ruiz"], ["EPA", "Shutterstock"]),
    ("Zdroj: ČTK / Jan Dvořák", ["Jan Dvořák"], ["ČTK"]),
    ("Φωτογραφίες: Reuters", [], ["Reuters"]),
    ("Фото: Иван Петров", ["Иван Петров"], []),
    ("Kuva: MIKKO VIRTA", ["Mikko Virta"], []),
    ("Fot. Ewa Nowak - Radio Zielone", ["Ewa Nowak"], ["Radio Zielone"]),
    ("Zdjęcie: Ewa Nowak/PAP", ["Ewa Nowak"], ["PAP"]),
    ("Crédit : Léa Martin/AFP", ["Léa Martin"], ["AFP"]),
    ("Crédito: Lucía Gómez/EFE", ["Lucía Gómez"], ["EFE"]),
    ("Imagem: Rui Costa/Reuters", ["Rui Costa"], ["Reuters"]),
    ("Quelle: Anna Berg/dpa", ["Anna Berg"], ["dpa"]),
    ("Bild © Anna Berg/Northwind", ["Anna Berg"], ["Northwind"]),
    ("Fonte: Marco Bianchi/ANSA", ["Marco Bianchi"], ["ANSA"]),
    ("Foto di Marco Bianchi per Rivista Uno", ["Marco Bianchi"], ["Rivista Uno"]),
    ("Bron: Pieter Jansen/ANP", ["Pieter Jansen"], ["ANP"]),
    ("Källa: Sven Holm/TT", ["Sven Holm"], ["TT"]),
    ("Image source, Tom Lark", ["Tom Lark"], []),
    ("Image credit: Tom Lark/Northwind", ["Tom Lark"], ["Northwind"]),
    ("Photographer: Tom Lark/Bloomberg", ["Tom Lark"], ["Bloomberg"]),
    ("Attribution: Tom Lark", ["Tom Lark"], []),
    ("撮影: Taro Yamada", ["Taro Yamada"], []),
    ("（2024年 ロイター/Ken Sato）", ["Ken Sato"], ["Reuters"]),
    ("新华社记者 王伟 摄", ["王伟"], ["Xinhua"]),
    ("(新京报 李明 摄)", ["李明"], ["新京报"]),
    ("通讯员刘娟 摄", ["刘娟"], []),
    ("[사진=JTBC]", [], ["JTBC"]),
    ("[Xinhua]", [], ["Xinhua"]),
]


@pytest.mark.parametrize("row", LABELLED, ids=[row[0] for row in LABELLED])
def test_labels_and_connectors_of_many_languages(row: tuple[str, list[str], list[str]]) -> None:
    text, photographers, agencies = row
    credit = parse_credit(text)
    found = [*credit.agencies, *([credit.distributor] if credit.distributor else [])]
    assert list(credit.photographers) == photographers
    assert found == agencies
    assert looks_like_credit(text)


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Pool photo by ", "pool"),
        ("Photo illustration by ", "illustration"),
        ("Fotoilustración de ", "illustration"),
        ("Official White House Photo by ", "official"),
        ("Foto de archivo: ", "file"),
        ("Photo courtesy of ", "courtesy"),
        ("Provided by ", "provided"),
    ],
)
def test_a_label_names_its_role(label: str, role: str) -> None:
    assert role in label_roles(label)
    assert role not in label_roles("Photo: ") or role == "photo"


def test_the_splitters_find_labelled_credits_in_other_languages() -> None:
    caption = "Die Brücke über den Fluss Nordau am Morgen."
    assert split_trailing_credit(f"{caption} Foto: Anna Berg/dpa") == (
        caption,
        "Foto: Anna Berg/dpa",
    )
    assert split_trailing_credit(f"{caption} (Foto: Anna Berg)") == (caption, "Foto: Anna Berg")
    assert split_trailing_credit(f"{caption} [Foto: Anna Berg]") == (caption, "Foto: Anna Berg")
    credit, rest = split_leading_credit(f"Фото: Иван Петров\n{caption}")
    assert (credit, rest) == ("Фото: Иван Петров", caption)


def test_a_sentence_in_another_language_is_no_credit() -> None:
    assert not looks_like_credit("Foto oleh panitia diambil kemarin di taman kota.")
    assert not looks_like_credit("Das Bild zeigt den Hafen von Nordau.")


def test_every_language_of_the_word_file_has_its_photo_and_source_labels() -> None:
    import json
    from importlib import resources

    text = resources.files("captions.credit").joinpath("data/words.json").read_text("utf-8")
    listed = json.loads(text)["languages"]
    missing = {
        language: [c for c in ("photo", "source") if not listed[language].get(c)]
        for language in listed
    }
    assert not {language: m for language, m in missing.items() if m}
    # a language with a credit label also says `file` and `illustration` (Latvian `Autors`,
    # Croatian `autor`: the labels and markers of a language come together)
    for language, categories in listed.items():
        if categories.get("credit"):
            assert categories.get("file") and categories.get("illustration"), language


def test_the_word_file_covers_fifteen_languages_and_every_category_is_known() -> None:
    assert len(languages()) >= 15
    words = credit_words()
    assert set(words.categories) <= set(CATEGORIES)
    for category in ("photo", "source", "by", "via", "for", "courtesy", "file", "pool"):
        assert words.words(category), category


@pytest.mark.parametrize(
    ("line", "low", "high"),
    [
        ("Foto: Anna Berg", 0.8, 1.0),
        ("photo: Tom Lark via Pixabay", 0.8, 1.0),
        ("Jane Roe/Reuters", 0.8, 1.0),
        ("Crowds watched the parade in Nordau, Reuters said.", 0.0, 0.3),
        ("A view of the harbour at dusk", 0.0, 0.2),
        (
            "Photo: the mayor said on Tuesday that he would visit the harbour and the school.",
            0,
            0.3,
        ),
    ],
)
def test_credit_confidence_grades_lines(line: str, low: float, high: float) -> None:
    from captions.credit import credit_confidence

    assert low <= credit_confidence(line) <= high
    assert credit_confidence("") == 0.0


@pytest.mark.parametrize(
    "text", ["(Photo by Jane Roe/AFP]", "(Photo by Jane Roe/AFP", "Photo by Jane Roe/AFP)"]
)
def test_unbalanced_or_typod_brackets(text: str) -> None:
    credit = parse_credit(text)
    assert (credit.photographers, credit.agencies) == (("Jane Roe",), ("AFP",))


# The CJK test as it was first written: one class, compiled (37 M instructions; the module now
# tests short texts character by character and compiles its class only for long ones).
_CJK_AS_ONE_CLASS = (
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"
)


def test_is_cjk_char_agrees_with_the_class_on_every_code_point() -> None:
    one_class = re.compile(_CJK_AS_ONE_CLASS)
    every = [chr(code) for code in range(0x110000)]
    assert [c for c in every if is_cjk_char(c)] == [c for c in every if one_class.match(c)]
    assert not is_cjk_char("")
    assert is_cjk_char("新华社") and not is_cjk_char("A新")


@given(
    st.text(
        alphabet=st.sampled_from("ab ’—…\u10ff\u1100\u11ff\u1200\u3040新\ud7af\ud7b0\uf900\ufb00가")
        | st.characters(),
        max_size=80,
    )
)
def test_has_cjk_agrees_with_the_class_on_any_text(text: str) -> None:
    # short texts (up to 32 characters) and long ones take different paths
    assert has_cjk(text) == (re.search(_CJK_AS_ONE_CLASS, text) is not None)
    assert has_cjk("x" * 40 + text) == (re.search(_CJK_AS_ONE_CLASS, text) is not None)
