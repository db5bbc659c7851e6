"""The command lines the runner times: captions, exiftool and exiv2 doing the same work.

Each builder returns the argv without the file list; the runner appends the files (relative to
the folder it runs in, so 10,000 paths stay well under the argument-length limit).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

FLOOR = str(Path(__file__).resolve().parent / "floor.py")


@dataclass(frozen=True)
class Tags:
    """Where one field of the captions read model lives, in exiftool and exiv2 names."""

    field: str
    exiftool: tuple[str, ...]
    exiv2: tuple[str, ...]


# The 18 fields of the read model (notes/engine_interfaces.md) in EXIF, IIM and XMP.
TAGS = (
    Tags("caption", ("EXIF:ImageDescription", "IPTC:Caption-Abstract", "XMP-dc:Description"),
         ("Exif.Image.ImageDescription", "Iptc.Application2.Caption", "Xmp.dc.description")),
    Tags("title", ("IPTC:ObjectName", "XMP-dc:Title"),
         ("Iptc.Application2.ObjectName", "Xmp.dc.title")),
    Tags("headline", ("IPTC:Headline", "XMP-photoshop:Headline"),
         ("Iptc.Application2.Headline", "Xmp.photoshop.Headline")),
    Tags("byline", ("EXIF:Artist", "IPTC:By-line", "XMP-dc:Creator"),
         ("Exif.Image.Artist", "Iptc.Application2.Byline", "Xmp.dc.creator")),
    Tags("byline_title", ("IPTC:By-lineTitle", "XMP-photoshop:AuthorsPosition"),
         ("Iptc.Application2.BylineTitle", "Xmp.photoshop.AuthorsPosition")),
    Tags("credit", ("IPTC:Credit", "XMP-photoshop:Credit"),
         ("Iptc.Application2.Credit", "Xmp.photoshop.Credit")),
    Tags("source", ("IPTC:Source", "XMP-photoshop:Source"),
         ("Iptc.Application2.Source", "Xmp.photoshop.Source")),
    Tags("copyright", ("EXIF:Copyright", "IPTC:CopyrightNotice", "XMP-dc:Rights"),
         ("Exif.Image.Copyright", "Iptc.Application2.Copyright", "Xmp.dc.rights")),
    Tags("date_created",
         ("EXIF:DateTimeOriginal", "IPTC:DateCreated", "IPTC:TimeCreated",
          "XMP-photoshop:DateCreated"),
         ("Exif.Photo.DateTimeOriginal", "Iptc.Application2.DateCreated",
          "Iptc.Application2.TimeCreated", "Xmp.photoshop.DateCreated")),
    Tags("city", ("IPTC:City", "XMP-photoshop:City"),
         ("Iptc.Application2.City", "Xmp.photoshop.City")),
    Tags("sublocation", ("IPTC:Sub-location", "XMP-iptcCore:Location"),
         ("Iptc.Application2.SubLocation", "Xmp.iptc.Location")),
    Tags("state", ("IPTC:Province-State", "XMP-photoshop:State"),
         ("Iptc.Application2.ProvinceState", "Xmp.photoshop.State")),
    Tags("country_code", ("IPTC:Country-PrimaryLocationCode", "XMP-iptcCore:CountryCode"),
         ("Iptc.Application2.CountryCode", "Xmp.iptc.CountryCode")),
    Tags("country", ("IPTC:Country-PrimaryLocationName", "XMP-photoshop:Country"),
         ("Iptc.Application2.CountryName", "Xmp.photoshop.Country")),
    Tags("transmission_reference",
         ("IPTC:OriginalTransmissionReference", "XMP-photoshop:TransmissionReference"),
         ("Iptc.Application2.TransmissionReference", "Xmp.photoshop.TransmissionReference")),
    Tags("instructions", ("IPTC:SpecialInstructions", "XMP-photoshop:Instructions"),
         ("Iptc.Application2.SpecialInstructions", "Xmp.photoshop.Instructions")),
    Tags("keywords", ("IPTC:Keywords", "XMP-dc:Subject"),
         ("Iptc.Application2.Keywords", "Xmp.dc.subject")),
    Tags("persons", ("XMP-iptcExt:PersonInImage",), ("Xmp.iptcExt.PersonInImage",)),
)  # fmt: skip


@dataclass(frozen=True)
class NewValues:
    """The four fields every write benchmark sets (the same values in every file)."""

    caption: str = (
        "Delegates gather in Łódź, Poland, on Tuesday, May 14, 2024, for the closing session of "
        "the regional water forum. (Photo by ZOË MARCHETTI / POOL / AFP)"
    )
    credit: str = "Zoë Marchetti/Pool/AFP via Getty Images"
    byline: str = "Zoë Marchetti"
    source: str = "AFP"


NEW = NewValues()


def captions_show(captions: list[str]) -> list[str]:
    return [*captions, "show", "--json"]


def captions_audit(captions: list[str]) -> list[str]:
    return [*captions, "audit"]


def captions_set(captions: list[str]) -> list[str]:
    return [
        *captions, "set", "--caption", NEW.caption, "--credit", NEW.credit,
        "--byline", NEW.byline, "--source", NEW.source,
    ]  # fmt: skip


def exiftool_read() -> list[str]:
    return ["exiftool", "-fast", "-j", *(f"-{tag}" for t in TAGS for tag in t.exiftool)]


def exiv2_print_iptc() -> list[str]:
    return ["exiv2", "-pi"]


def exiv2_read() -> list[str]:
    keys = [arg for t in TAGS for key in t.exiv2 for arg in ("-K", key)]
    return ["exiv2", "-PEIXkv", *keys]


def exiftool_write() -> list[str]:
    """One batch call: the four fields into EXIF, IIM and XMP (IIM declared UTF-8)."""
    values = {
        "EXIF:ImageDescription": NEW.caption, "IPTC:Caption-Abstract": NEW.caption,
        "XMP-dc:Description": NEW.caption, "EXIF:Artist": NEW.byline, "IPTC:By-line": NEW.byline,
        "XMP-dc:Creator": NEW.byline, "IPTC:Credit": NEW.credit, "XMP-photoshop:Credit": NEW.credit,
        "IPTC:Source": NEW.source, "XMP-photoshop:Source": NEW.source,
        "IPTC:CodedCharacterSet": "UTF8",
    }  # fmt: skip
    return [
        "exiftool",
        "-overwrite_original",
        *(f"-{tag}={value}" for tag, value in values.items()),
    ]


def exiv2_write() -> list[str]:
    """exiv2 modifies files in place; dc:creator is deleted first because `set` appends to a Seq."""
    commands = [
        f"set Exif.Image.ImageDescription Ascii {NEW.caption}",
        f"set Iptc.Application2.Caption String {NEW.caption}",
        f"set Xmp.dc.description lang=x-default {NEW.caption}",
        f"set Exif.Image.Artist Ascii {NEW.byline}",
        f"set Iptc.Application2.Byline String {NEW.byline}",
        "del Xmp.dc.creator",
        f"set Xmp.dc.creator XmpSeq {NEW.byline}",
        f"set Iptc.Application2.Credit String {NEW.credit}",
        f"set Xmp.photoshop.Credit XmpText {NEW.credit}",
        f"set Iptc.Application2.Source String {NEW.source}",
        f"set Xmp.photoshop.Source XmpText {NEW.source}",
    ]
    return ["exiv2", *(f"-M{command}" for command in commands), "mo"]


def floor_walk() -> list[str]:
    return [sys.executable, FLOOR, "walk"]


def floor_rewrite() -> list[str]:
    return [sys.executable, FLOOR, "rewrite"]
