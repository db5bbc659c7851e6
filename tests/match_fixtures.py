"""Fictional wire photos of one event, shared by the match and apply tests (no corpus text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from captions.model import Article, Credit, Occurrence, Person

EVENT_DATE = "2025-03-14"
CREDIT_LINE = "Lena Brandt/Pool/AFP via Getty Images"
CREDIT = Credit(
    raw=CREDIT_LINE,
    photographers=("Lena Brandt",),
    pool=True,
    agencies=("AFP",),
    distributor="Getty Images",
)
WIRE_CREDIT = "(Photo by LENA BRANDT / POOL / AFP) (Photo by LENA BRANDT/POOL/AFP via Getty Images)"

CAPTION_SPEAKS = (
    "Deputy Fisheries Commissioner Mira Okonkwo (C) speaks during a meeting with Portuguese "
    "Maritime Minister Tomas Reyvik at the Palacio das Necessidades in Lisbon on March 14, 2025."
)
CAPTION_ATTEND = (
    "Deputy Fisheries Commissioner Mira Okonkwo (2nd L) and Portuguese Maritime Minister Tomas "
    "Reyvik (2nd R) attend a meeting at the Palacio das Necessidades in Lisbon on March 14, 2025."
)

# The agency's own captions: the same pictures described in slightly different words.
WIRE = {
    "speaks": (
        "Deputy Fisheries Commissioner Mira Okonkwo (C) speaks during a meeting with Portugal's "
        "Maritime Minister Tomas Reyvik (not pictured) at the Palacio das Necessidades in Lisbon "
        f"on March 14, 2025. {WIRE_CREDIT}"
    ),
    "attend": (
        "Deputy Fisheries Commissioner Mira Okonkwo (2nd L) and Portugal's Maritime Minister "
        "Tomas Reyvik (2nd R) attend a meeting at the Palacio das Necessidades in Lisbon on "
        f"March 14, 2025. {WIRE_CREDIT}"
    ),
    "handshake": (
        "Deputy Fisheries Commissioner Mira Okonkwo (R) shakes hands with Portugal's Maritime "
        "Minister Tomas Reyvik (L) before a meeting at the Palacio das Necessidades in Lisbon "
        f"on March 14, 2025. {WIRE_CREDIT}"
    ),
    "harbour": (
        "A fishing boat returns to harbour at dawn in Peniche, western Portugal, on February 2, "
        "2025. (Photo by JOAO SILVEIRA / AFP) (Photo by JOAO SILVEIRA/AFP via Getty Images)"
    ),
}
FILES = {
    "speaks": "GettyImages-2001234567.jpg",
    "attend": "GettyImages-2001234590.jpg",
    "handshake": "GettyImages-2001234612.jpg",
    "harbour": "GettyImages-1999887766.jpg",
}


def wire_values(key: str) -> dict[str, str | list[str]]:
    """Realistic wire metadata for one of the four files, as the engine would write it."""
    harbour = key == "harbour"
    return {
        "caption": WIRE[key],
        "byline": ["JOAO SILVEIRA" if harbour else "LENA BRANDT"],
        "credit": "AFP via Getty Images" if harbour else "POOL/AFP via Getty Images",
        "source": "AFP",
        "title": FILES[key].removeprefix("GettyImages-").removesuffix(".jpg"),
        "date_created": "2025-02-02" if harbour else EVENT_DATE,
        "city": "Peniche" if harbour else "Lisbon",
        "country": "Portugal",
    }


@dataclass(frozen=True)
class FakeValue:
    value: Any


@dataclass(frozen=True)
class FakeMeta:
    """Stands in for captions.metadata.ImageMetadata where only fields matter."""

    path: str
    fields: dict[str, FakeValue] = field(default_factory=dict)


def fake_meta(key: str, folder: str = "/photos") -> FakeMeta:
    values = wire_values(key)
    return FakeMeta(f"{folder}/{FILES[key]}", {k: FakeValue(v) for k, v in values.items()})


def occurrence(index: int, photo: int, text: str, **kw: Any) -> Occurrence:
    people = (Person("Mira Okonkwo"), Person("Tomas Reyvik"))
    defaults: dict[str, Any] = {
        "line": index + 3,
        "offset": 100 * index,
        "raw": f"{text} {CREDIT_LINE}",
        "credit": CREDIT,
        "people": people,
        "date": EVENT_DATE,
        "place": "Lisbon",
    }
    defaults.update(kw)
    return Occurrence(index=index, photo=photo, text=text, **defaults)


def event_article(**kw: Any) -> Article:
    """Two photos, the second printed twice, as the extractor would report them."""
    return Article(
        path="talks.txt",
        format="text",
        title="Lisbon Talks Revive Fisheries Accord",
        captions=(
            occurrence(0, 0, CAPTION_SPEAKS, **kw),
            occurrence(1, 1, CAPTION_ATTEND, **kw),
            occurrence(2, 1, CAPTION_ATTEND, **kw),
        ),
    )


# -- articles as files (fictional; written for these tests) --------------------------------------

TITLE = "Lisbon Talks Revive Fisheries Accord"
TEXT_ARTICLE = f"""{TITLE}

Wednesday's meeting was the first session of a new working group on illegal fishing.
{TITLE}
{CAPTION_SPEAKS} {CREDIT_LINE}
Updated:
0:00

Officials from the commission and the Portuguese ministry met in Lisbon on Wednesday for their
first talks in three years on illegal, unreported and unregulated fishing in the Atlantic.

The minister said the talks had been "frank and useful", according to a statement released by
his office after the closed-door session.
{CAPTION_ATTEND} ({CREDIT_LINE})
{CAPTION_ATTEND} {CREDIT_LINE}

Observers from three coastal states also attended the session.

The Associated Press contributed to this report.
"""


def html_article(src_speaks: str, srcset_attend: str) -> str:
    """Two figures whose images are served from a CDN under decorated names."""
    return f"""<!doctype html>
<html><head><title>{TITLE}</title></head><body><article>
<h1>{TITLE}</h1>
<figure><img src="{src_speaks}" alt="Mira Okonkwo speaks">
<figcaption>{CAPTION_SPEAKS} <span class="credit">{CREDIT_LINE}</span></figcaption></figure>
<p>Officials met in Lisbon on Wednesday for their first talks in three years.</p>
<figure><img src="{srcset_attend.split()[0]}" srcset="{srcset_attend}" alt="The meeting">
<figcaption>{CAPTION_ATTEND} <cite>{CREDIT_LINE}</cite></figcaption></figure>
<p>Observers from three coastal states also attended.</p>
</article></body></html>
"""


def markdown_article(path_speaks: str, path_attend: str) -> str:
    return f"""# {TITLE}

Officials met in Lisbon on Wednesday for their first talks in three years.

![Mira Okonkwo speaks]({path_speaks})
*{CAPTION_SPEAKS} {CREDIT_LINE}*

Observers from three coastal states also attended.

![The meeting]({path_attend} "Meeting")
*{CAPTION_ATTEND} {CREDIT_LINE}*
"""


# -- one event filed by agencies in their own words (issue 18; fictional) -------------------------

HARBOUR_TALKS = {
    "speaks": (
        "Trade Commissioner Ilse Marrék (C) speaks with Harbour Minister Tomasz Węgrzyn (2nd R) "
        "during talks on the harbour concession at the Old Customs House in Valdmora, Kestria, "
        "on March 14, 2025."
    ),
    "sign": (
        "Harbour Minister Tomasz Węgrzyn (L) and Trade Commissioner Ilse Marrék (R) sign an "
        "agreement on the harbour concession at the Old Customs House in Valdmora, Kestria, on "
        "March 14, 2025."
    ),
}
HARBOUR_CREDIT = "Søren Ødegren/AFP via Getty Images"
# Other frames of the same event, and a picture of another event.
HARBOUR_SIBLINGS = {
    "swapped": (
        "Trade Commissioner Ilse Marrék (2nd R) speaks with Harbour Minister Tomasz Węgrzyn (C) "
        "during talks on the harbour concession at the Old Customs House in Valdmora, Kestria, "
        "on March 14, 2025."
    ),
    "dinner": (
        "Trade Commissioner Ilse Marrék (C) and Harbour Minister Tomasz Węgrzyn (2nd R) pose "
        "for photographers before a working dinner at the Old Customs House in Valdmora, "
        "Kestria, on March 14, 2025."
    ),
    "dock": (
        "Dock workers wait outside the Old Customs House during talks on the harbour concession "
        "in Valdmora, Kestria, on March 14, 2025."
    ),
    "elsewhere": (
        "Mayor Agnès Dvořák (C) opens a bridge over the Brell river in Tesk, Aldoria, on "
        "March 14, 2025."
    ),
}


def harbour_article_text() -> str:
    """The article printing both photos with the credit after each caption."""
    parts = [
        "Harbour Talks Resume in Valdmora",
        "",
        "Officials met for a first round of talks.",
        "",
    ]
    for caption in HARBOUR_TALKS.values():
        parts += [f"{caption} {HARBOUR_CREDIT}", "", "The minister called the talks useful.", ""]
    return "\n".join(parts)


def wire_meta(
    name: str, caption: str, day: str = EVENT_DATE, byline: str = "SØREN ØDEGREN"
) -> FakeMeta:
    """A wire file as the engine reads it: caption, By-line, Credit, Date Created."""
    values: dict[str, Any] = {
        "caption": caption,
        "byline": [byline],
        "credit": "AFP via Getty Images",
        "source": "AFP",
        "date_created": day,
    }
    return FakeMeta(f"/wire/{name}", {k: FakeValue(v) for k, v in values.items()})
