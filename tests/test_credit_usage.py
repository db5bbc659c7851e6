"""Every credit gets a usage class and, when the registry knows it, a main supplier."""

from __future__ import annotations

import pytest

from captions.credit import USAGES, credit_usage, main_supplier, read_credit

ROWS = [
    ("Marta Lind/AFP via Getty Images", "wire", "AFP"),
    ("Marta Lind/Pool/AFP", "pool", "AFP"),
    ("Pool photo by Marta Lind", "pool", None),
    ("Photo illustration by Marta Lind", "illustration", None),
    ("Fotoilustración de Marta Lind para The New York Times", "illustration", "The New York Times"),
    ("REUTERS/Marta Lind/File Photo", "file", "Reuters"),
    ("Keystone/Hulton Archive/Getty Images", "file", "Keystone"),
    ("Handout via Reuters", "handout", "Reuters"),
    ("Official White House Photo by Marta Lind", "handout", "The White House"),
    ("Foto: Marta Lind/Divulgação", "handout", None),
    ("Marta Lind/The Alden Times", "staff", None),
    ("Staff", "staff", None),
    ("Marta Lind for The New York Times", "commissioned", "The New York Times"),
    ("photo: Marta Lind via Unsplash", "stock", "Unsplash"),
    ("iStock.com/martalind", "stock", "iStock"),
    ("© Marta Lind/Instagram", "social", "Instagram"),
    ("Courtesy of the Harbour Trust", "courtesy", None),
    ("Marta Lind", "unknown", None),
    ("新华社记者 王伟 摄", "wire", "Xinhua"),
]


@pytest.mark.parametrize(("text", "usage", "supplier"), ROWS, ids=[r[0] for r in ROWS])
def test_usage_and_supplier(text: str, usage: str, supplier: str | None) -> None:
    reading = read_credit(text)
    assert credit_usage(reading) == usage
    found = main_supplier(reading.credit)
    assert (found.name if found else None) == supplier


def test_every_usage_class_is_exercised() -> None:
    assert {row[1] for row in ROWS} == set(USAGES)
