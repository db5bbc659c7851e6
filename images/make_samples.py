"""Make the sample images in this folder: small JPEGs carrying wire-style caption metadata.

The pixels are simple drawings made with Pillow (the only place captions touches pixels); the
metadata is then written with captions' own engine, into EXIF, IPTC-IIM and XMP, the way wire
agencies send it. Everything here is fictional: the event, the people and the photographers.

Run from the repository root:  python images/make_samples.py
"""

from __future__ import annotations

import io
from pathlib import Path

from captions.metadata import write

HERE = Path(__file__).resolve().parent
SIZE = (640, 427)

EVENT_CREDIT = (
    " (Photo by ŁUCJA BRZĘCZEK / POOL / AFP) (Photo by ŁUCJA BRZĘCZEK/POOL/AFP via Getty Images)"
)

WIRE: dict[str, str | list[str]] = {
    "byline": ["ŁUCJA BRZĘCZEK"],
    "byline_title": "POOL",
    "credit": "POOL/AFP via Getty Images",
    "source": "AFP",
    "copyright": "2026 AFP",
    "city": "Świnoujście",
    "state": "West Pomerania",
    "country": "Poland",
    "country_code": "POL",
    "headline": "POLAND-TRANSPORT-MARITIME-INFRASTRUCTURE",
    "instructions": "EDITORIAL USE ONLY",
    "keywords": ["transport", "maritime", "infrastructure", "politics"],
    "persons": ["Ingrid Ødegård", "Tomasz Wiśniewski"],
}

SAMPLES: dict[str, dict[str, str | list[str]]] = {
    "GettyImages-2201458317.jpg": {
        **WIRE,
        "caption": "Transport Minister Ingrid Ødegård (C) and Mayor Tomasz Wiśniewski (2nd R) "
        "open the new ferry terminal in Świnoujście, Poland, on Nov. 12, 2026." + EVENT_CREDIT,
        "title": "AFP_38KQ2WD",
        "transmission_reference": "38KQ2WD",
        "date_created": "2026-11-12T11:42:05+01:00",
    },
    "GettyImages-2201458344.jpg": {
        **WIRE,
        "caption": "A passenger ferry docks at the new terminal during its opening ceremony in "
        "Świnoujście, Poland, on Nov. 12, 2026." + EVENT_CREDIT,
        "title": "AFP_38KQ2WF",
        "transmission_reference": "38KQ2WF",
        "date_created": "2026-11-12T12:05:31+01:00",
        "persons": [],
    },
    "Świnoujście_terminal_3.jpg": {
        **WIRE,
        "caption": "Transport Minister Ingrid Ødegård (L) and Mayor Tomasz Wiśniewski (3rd L) "
        "open the new ferry terminal in Świnoujście, Poland, on Nov. 12, 2026." + EVENT_CREDIT,
        "title": "AFP_38KQ2WH",
        "transmission_reference": "38KQ2WH",
        "date_created": "2026-11-12T11:43:17+01:00",
    },
    "reuters_gdansk_harbour.jpg": {
        "caption": "Cranes stand at the container terminal of the port of Gdańsk, Poland, "
        "October 3, 2026. REUTERS/Henrik Valstad",
        "title": "POLAND-PORT/",
        "headline": "Container terminal in Gdańsk",
        "byline": ["Henrik Valstad"],
        "byline_title": "Staff photographer",
        "credit": "REUTERS",
        "source": "Reuters",
        "copyright": "REUTERS",
        "city": "Gdańsk",
        "state": "Pomerania",
        "country": "Poland",
        "country_code": "POL",
        "transmission_reference": "GDN07",
        "date_created": "2026-10-03T08:15:12+02:00",
        "keywords": ["port", "shipping", "economy"],
    },
}


def draw(name: str) -> bytes:
    """A fresh JPEG of a simple harbour drawing, different for each name."""
    from PIL import Image, ImageDraw

    seed = sum(name.encode())
    image = Image.new("RGB", SIZE)
    pen = ImageDraw.Draw(image)
    horizon = 220 + seed % 40
    for y in range(SIZE[1]):
        if y < horizon:  # sky: light to deeper blue
            shade = (150 - y // 4, 190 - y // 5, 235)
        else:  # sea: darker towards the bottom
            shade = (20, 70 + (SIZE[1] - y) // 3, 110 + (SIZE[1] - y) // 4)
        pen.line([(0, y), (SIZE[0], y)], fill=shade)
    if name.startswith("reuters"):
        for i in range(4):  # container cranes
            x = 60 + i * 140
            pen.rectangle([x, horizon - 150, x + 12, horizon], fill=(200, 60, 40))
            pen.rectangle([x - 40, horizon - 150, x + 90, horizon - 138], fill=(200, 60, 40))
    else:
        left = 80 + seed % 120  # the terminal building and a ferry
        pen.rectangle([left, horizon - 90, left + 300, horizon], fill=(225, 225, 215))
        pen.rectangle([left + 20, horizon - 70, left + 280, horizon - 50], fill=(90, 130, 160))
        pen.polygon(
            [(60, horizon + 60), (420, horizon + 60), (390, horizon + 110), (90, horizon + 110)],
            fill=(245, 245, 245),
        )
        for i in range(5):  # people at the ribbon
            x = 200 + i * 50 + seed % 17
            pen.ellipse([x, horizon - 40, x + 16, horizon - 24], fill=(240, 200, 170))
            pen.rectangle([x, horizon - 24, x + 16, horizon + 10], fill=(40, 40, 60))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def main() -> None:
    for name, values in SAMPLES.items():
        path = HERE / name
        path.write_bytes(draw(name))
        result = write(path, values)
        for warning in result.warnings:
            print(f"{name}: {warning}")
        print(f"{name}: {len(result.changes)} fields written")


if __name__ == "__main__":
    main()
