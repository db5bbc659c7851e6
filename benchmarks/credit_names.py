"""Invented credit lines of many countries: does the parser find the person and the supplier?

    pip install faker && python benchmarks/credit_names.py [--show]

For every person locale of Faker (MIT licence) but Chinese, Japanese and Korean (their credits
print no spaces; tests/test_credit_world_lines.py covers them), 60 lines are made from a first
name and a last name of that locale, a supplier and a template (`Photo: {name}/{agency}`,
`({agency} Photo/{name})`, `{name} for {agency}`, ...), with a fixed seed. A line is right when
the photographers are exactly the name and the organisations exactly the supplier. The surnames
are in no data file of ours, so the figure measures how the person/organisation rules
generalize; measured, never asserted. Skips when Faker is not installed.

A second figure does the same for organisations: 40 company names of every Faker company locale
(`Kovács és társa Bt.`, `PT Saragih`, `Zgorelec Vidović d.o.o.`, `Schmid Ziegler & Partner`),
each in a template (`Foto: {c}`, `© {c}`, `Courtesy of {c}`, `Photo: Ana Berg/{c}`, ...); a line
is right when the company is read as one organisation and no person (but Ana Berg) is found.
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
COMPANY_TEMPLATES = ["Photo: {c}", "Foto: {c}", "© {c}", "Courtesy of {c}", "Photo: Ana Berg/{c}"]
COMPANY_TEMPLATES += ["Image: {c}"]
COMPANIES_PER_LOCALE = 40


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


def company_lines(rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    """(template, company name) pairs of every Faker company locale (seeded)."""
    import faker  # a benchmark-only dependency
    import faker.providers.company as company

    found: dict[str, list[tuple[str, str]]] = {}
    for info in pkgutil.iter_modules(company.__path__):
        if info.name.startswith(_NO_SPACES):
            continue
        fake = faker.Faker(info.name)
        fake.seed_instance(7)
        names = (" ".join(fake.company().split()) for _ in range(COMPANIES_PER_LOCALE))
        found[info.name] = [
            (rng.choice(COMPANY_TEMPLATES), n) for n in names if not set("/(") & set(n)
        ]
    return found


def score_companies(rng: random.Random, show: bool) -> tuple[int, int, Counter[str]]:
    """Lines right, lines read, wrong lines per locale."""
    wrong: Counter[str] = Counter()
    total = 0
    for locale, pairs in sorted(company_lines(rng).items()):
        for template, name in pairs:
            credit = read_credit(template.format(c=name)).credit
            orgs = [*credit.agencies, *([credit.distributor] if credit.distributor else [])]
            people = ["Ana Berg"] if "Ana Berg" in template else []
            total += 1
            if list(credit.photographers) != people or len(orgs) != 1:
                wrong[locale] += 1
                if show:
                    print(f"{locale}: {template.format(c=name)!r} -> {credit.photographers} {orgs}")
    return total - sum(wrong.values()), total, wrong


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
    right, total, wrong = score_companies(random.Random(7), args.show)
    print(f"invented company lines: {right}/{total} right ({right / total:.3f})")
    print("most wrong per locale:", dict(wrong.most_common(8)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
