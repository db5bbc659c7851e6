"""The credit parser on lines composed by benchmarks/credit_shapes.py (label x person x supplier
x separator x order x wrapper x form, fixed seed): a small sample of the generator, with a floor
at what the parser reaches, so a class of credit line that breaks shows up here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "credit_shapes.py"


@pytest.fixture(scope="module")
def shapes_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("credit_shapes", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["credit_shapes"] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


def test_the_generator_is_deterministic(shapes_module: ModuleType) -> None:
    first = [s.line for s in shapes_module.shapes(200, seed=7)]
    assert first == [s.line for s in shapes_module.shapes(200, seed=7)]
    assert first != [s.line for s in shapes_module.shapes(200, seed=8)]


def test_the_sample_crosses_every_level_and_both_halves(shapes_module: ModuleType) -> None:
    made = shapes_module.shapes(1500)
    axes = [
        list(shapes_module.LABELS),
        shapes_module.PERSONS,
        shapes_module.SUPPLIERS,
        shapes_module.SEPARATORS,
        shapes_module.ORDERS,
        shapes_module.WRAPPERS,
        shapes_module.FORMS,
    ]
    for i, axis in enumerate(axes):
        assert {s.levels[i] for s in made} == set(axis), shapes_module.FACTORS[i]
    assert {s.half for s in made} == {"tune", "check"}


@pytest.mark.parametrize("half", ["tune", "check"])
def test_composed_credit_lines_are_read_right(shapes_module: ModuleType, half: str) -> None:
    # 1500 lines of seed 13 (about 750 per half): 3 and 5 wrong (tune, check) when this was
    # written (about 8% with the parser of the session's start); the floor is 1%
    made = [s for s in shapes_module.shapes(1500) if s.half == half]
    wrong = [(s.line, m) for s in made if (m := shapes_module.wrong(s))]
    assert len(wrong) <= 0.01 * len(made), wrong[:10]
