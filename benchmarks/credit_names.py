"""Invented credit lines of many countries: does the parser find the person and the supplier?

    pip install faker && python benchmarks/credit_names.py [--show]

For every person locale of Faker (MIT licence) but Chinese, Japanese and Korean (their credits
print no spaces; tests/test_credit_world_lines.py covers them), 60 lines are made from a first
name and a last name of that locale, a supplier and a template (`Photo: {name}/{agency}`,
`({agency} Photo/{name})`, `{name} for {agency}`, ...), with a fixed seed. A line is right when
the photographers are exactly the name and the organisations exactly the supplier. The surnames
are in no data file of ours, so the figure measures how the person/organisation rules
generalize; measured, never asserted. Skips when Faker is not installed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from captions.credit import DEFAULT_AGENCIES, read_credit  # noqa: E402

AGENCIES = ["Reuters", "AFP", "AP", "dpa", "EPA", "Getty Images", "ANSA", "EFE", "Anadolu", "TASS"]
AGENCIES += ["PAP", "ANP", "Xinhua", "Yonhap", "Kyodo"]
TEMPLATES = [
    "{n}/{a}",
    "Photo: {n}/{a}",
    "Foto: {n} / {a}",
    "Photo by {n}/{a}",
    "({a} Photo/{n})",
    "{a}/{n}",
    "Photo: {n}",
    "{n} ({a})",
    "Foto: {a}/{n}",
    "{n} for {a}",
]
_NO_SPACES = ("zh_", "ja_", "ko_")
LINES_PER_LOCALE = 60


def locale_names() -> dict[str, tuple[list[str], list[str]]]:
    """First and last names of each Faker person locale."""
    import faker.providers.person as person  # a benchmark-only dependency

    found: dict[str, tuple[list[str], list[str]]] = {}
    for info in pkgutil.iter_modules(person.__path__):
        if info.name.startswith(_NO_SPACES):
            continue
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        names: dict[str, set[str]] = {"first_names": set(), "last_names": set()}
        for attr in dir(provider):
            value = getattr(provider, attr, None)
            for key, bucket in names.items():
                if attr.startswith(key) and isinstance(value, (dict, list, tuple, set)):
                    bucket |= {str(v) for v in value}
        if all(names.values()):
            found[info.name] = (sorted(names["first_names"]), sorted(names["last_names"]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print the wrong lines")
    args = parser.parse_args(argv)
    try:
        locales = locale_names()
    except ImportError:
        print("credit_names.py: Faker is not installed (pip install faker)", file=sys.stderr)
        return 2
    rng = random.Random(7)
    wrong: Counter[str] = Counter()
    total = 0
    for locale, (first, last) in sorted(locales.items()):
        for _ in range(LINES_PER_LOCALE):
            name = " ".join(f"{rng.choice(first)} {rng.choice(last)}".split())
            agency, template = rng.choice(AGENCIES), rng.choice(TEMPLATES)
            if "," in name or "/" in name or "(" in name:
                continue
            text = template.format(n=name, a=agency)
            credit = read_credit(text).credit
            orgs = [*credit.agencies, *([credit.distributor] if credit.distributor else [])]
            want = [DEFAULT_AGENCIES.lookup(agency)] if "{a}" in template else []
            total += 1
            if list(credit.photographers) != [name] or orgs != want:
                wrong[locale] += 1
                if args.show:
                    print(f"{locale}: {text!r} -> {list(credit.photographers)} {orgs}")
    right = total - sum(wrong.values())
    share = f"{right}/{total} right ({right / total:.3f})"
    print(f"invented credit lines: {share}, {len(locales)} locales")
    print("wrong per locale:", dict(wrong.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
