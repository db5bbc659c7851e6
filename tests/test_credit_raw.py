"""`credit.raw` is the credit as printed (the contract every command shares): the parser reads the
parts from a folded text (full-width letters, `(c)` as the sign), but the raw keeps the printed
signs; only white space runs and the outer brackets go."""

from __future__ import annotations

import pytest

from captions.credit import parse_credit


@pytest.mark.parametrize(
    ("printed", "raw"),
    [
        ("(c)Orsa Press", "(c)Orsa Press"),
        ("(c) Kari Holm", "(c) Kari Holm"),
        ("（C）Orsa Press", "（C）Orsa Press"),
        ("Ｋａｒｉ Ｈｏｌｍ／ＡＦＰ", "Ｋａｒｉ Ｈｏｌｍ／ＡＦＰ"),
        ("(Photo:  Kari Holm/AFP)", "Photo: Kari Holm/AFP"),
    ],
)
def test_the_raw_credit_keeps_its_printed_signs(printed: str, raw: str) -> None:
    assert parse_credit(printed).raw == raw


@pytest.mark.parametrize(
    ("printed", "folded"),
    [
        ("(c)Orsa Press", "© Orsa Press"),
        ("Ｋａｒｉ Ｈｏｌｍ／ＡＦＰ", "Kari Holm/AFP"),
    ],
)
def test_the_parts_are_read_as_from_the_folded_credit(printed: str, folded: str) -> None:
    credit, plain = parse_credit(printed), parse_credit(folded)
    assert credit.parts() == plain.parts()
