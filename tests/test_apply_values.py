"""The values apply writes for a photo: house-style layouts, templates, places, configuration."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from match_fixtures import CAPTION_SPEAKS, CREDIT_LINE, TITLE, event_article, wire_values
from PIL import Image

from captions import metadata
from captions.apply import HouseStyle, apply, house_style, photo_values, split_place
from captions.errors import ConfigError
from captions.match import match


def values_for(style: HouseStyle, **kw: object) -> tuple[dict[str, object], list[str]]:
    article = event_article(**kw)
    values, warnings = photo_values(article, article.photos[0], style)
    return dict(values), warnings


def test_split_layout_puts_photographers_in_byline_and_the_rest_in_credit() -> None:
    values, warnings = values_for(HouseStyle())
    assert warnings == []
    assert values == {
        "caption": CAPTION_SPEAKS,
        "credit": "Pool/AFP via Getty Images",
        "byline": ["Lena Brandt"],
        "source": "AFP",
        "copyright": "© 2025 AFP",
        "date_created": "2025-03-14",
        "city": "Lisbon",
        "persons": ["Mira Okonkwo", "Tomas Reyvik"],
        "headline": TITLE,
    }


def test_full_layout_and_ap_style() -> None:
    full, _ = values_for(HouseStyle(layout="full"))
    assert full["credit"] == CREDIT_LINE and full["byline"] == ["Lena Brandt"]
    ap, _ = values_for(HouseStyle(credit_style="ap", layout="full", append_credit=True))
    assert ap["credit"] == f"({CREDIT_LINE})"
    assert ap["caption"] == f"{CAPTION_SPEAKS} ({CREDIT_LINE})"


def test_caption_template_and_field_selection() -> None:
    style = HouseStyle(caption_template="{city} - {text}", fields=("caption", "credit"))
    values, _ = values_for(style)
    assert values == {
        "caption": f"Lisbon - {CAPTION_SPEAKS}",
        "credit": "Pool/AFP via Getty Images",
    }


def test_copyright_needing_a_missing_date_is_a_warning_not_a_guess() -> None:
    values, warnings = values_for(HouseStyle(), date=None)
    assert "copyright" not in values and "date_created" not in values
    assert any("copyright template" in w for w in warnings)


def test_photo_without_credit_writes_no_credit_fields() -> None:
    values, warnings = values_for(HouseStyle(copyright_template="© {year} Desk"), credit=None)
    assert not {"credit", "byline", "source"} & set(values)
    assert values["copyright"] == "© 2025 Desk"
    assert any("no credit" in w for w in warnings)


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Lisbon", ("Lisbon", None)),
        ("Lisbon, Portugal", ("Lisbon", "Portugal")),
        ("the harbour near the old fish market in the south of the city", (None, None)),
        ("a, b, c", (None, None)),
        (None, (None, None)),
    ],
)
def test_split_place(place: str | None, expected: tuple[str | None, str | None]) -> None:
    assert split_place(place) == expected


def test_bad_house_style_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="credit layout"):
        HouseStyle(layout="sideways")
    with pytest.raises(ConfigError, match="cannot write field"):
        HouseStyle(fields=("caption", "gps"))


def test_house_style_from_pyproject_with_command_line_overrides(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.captions]\ncredit-style = "ap"\n'
        '[tool.captions.apply]\nappend-credit = true\ncredit-layout = "full"\n',
        encoding="utf-8",
    )
    style = house_style(tmp_path)
    assert (style.credit_style, style.append_credit, style.layout) == ("ap", True, "full")
    assert house_style(tmp_path, append_credit=False, credit_style=None).append_credit is False


def test_unknown_apply_key_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "captions.toml").write_text("[apply]\nappend_credit = true\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"captions\.toml: unknown key 'append_credit'"):
        house_style(tmp_path)


def test_a_file_the_engine_cannot_write_is_reported_and_left_alone(tmp_path: Path) -> None:
    jpeg = tmp_path / "speaks.jpg"
    Image.new("RGB", (16, 16)).save(jpeg, "JPEG")
    metadata.write(jpeg, wire_values("speaks"))
    gif = tmp_path / "speaks.gif"  # a format the engine only reads
    Image.new("RGB", (16, 16)).save(gif, "GIF")
    before = gif.read_bytes()
    article = event_article()
    result = match(article, [metadata.read(jpeg)])
    moved = replace(result, matches=(replace(result.matches[0], image=str(gif)),))
    report = apply(article, moved)
    assert report.errors and "speaks.gif" in (report.errors[0].error or "")
    assert gif.read_bytes() == before
    assert not report.complete
