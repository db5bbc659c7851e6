"""THE table of audit rules. Codes are a prefix letter plus three digits and are never reused.

Prefixes: M presence, C credits, S consistency and structure, D duplicates (folder-wide),
T text, P privacy, A article gate (needs an article: `captions check`), F files.
A rule's name reads as "ignore <name>". Docs (What / Why / Example) live with the rule, so
`captions rule CODE` and the README table come from here and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from captions.audit import checks
from captions.audit.checks import Check, Hit, Image
from captions.model import Finding, Severity


class Scope(StrEnum):
    """What a rule needs to see: one file, every file of the run, or an article too."""

    FILE = "file"
    FOLDER = "folder"
    ARTICLE = "article"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    what: str
    why: str
    example: str
    fixable: bool = False
    scope: Scope = Scope.FILE
    check: Check | None = None

    def findings(self, image: Image) -> Iterator[Finding]:
        """Run the check on one image (file-scope rules only)."""
        if self.check is not None:
            for hit in self.check(image):
                yield self.finding(image.path, hit)

    def finding(self, path: str, hit: Hit) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            severity=self.severity,
            path=path,
            message=hit.message,
            field=hit.field,
            fixable=self.fixable,
        )


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_NEEDS = {
    Scope.FILE: "one file",
    Scope.FOLDER: "needs every file of the run",
    Scope.ARTICLE: "needs an article: captions check",
}

RULES: tuple[Rule, ...] = (
    # -- M: presence ------------------------------------------------------------------------
    Rule(
        "M001",
        "missing-caption",
        ERROR,
        "The image has no caption.",
        what="No caption in IIM 2:120, XMP dc:description or EXIF ImageDescription.",
        why="A picture without a caption cannot be published: readers, editors and search "
        "need to know who, what, where and when.",
        example="`photo.jpg: M001 no caption`: add one with `captions set photo.jpg --caption`.",
        check=checks.missing("caption", "caption"),
    ),
    Rule(
        "M002",
        "missing-credit",
        ERROR,
        "The image has no credit line.",
        what="No credit in IIM 2:110 or XMP photoshop:Credit.",
        why="Publishing a picture without its credit breaks the licence and the agency contract.",
        example="Credit empty while the by-line says `Ada Lindqvist`; set `Ada Lindqvist/Wireco`.",
        check=checks.missing("credit", "credit line"),
    ),
    Rule(
        "M003",
        "missing-byline",
        WARNING,
        "The image names no photographer (by-line).",
        what="No by-line in IIM 2:80, XMP dc:creator or EXIF Artist.",
        why="The by-line is the moral right of the photographer and feeds the printed credit.",
        example="A handout with only `Credit: Handout` and no creator.",
        check=checks.missing("byline", "by-line"),
    ),
    Rule(
        "M004",
        "missing-source",
        WARNING,
        "The image has no source (the supplier).",
        what="No source in IIM 2:115 or XMP photoshop:Source.",
        why="The rights team bills and checks licences by supplier.",
        example="Credit `Ada Lindqvist/Northwind` but Source empty (expected `Northwind`).",
        check=checks.missing("source", "source"),
    ),
    Rule(
        "M005",
        "missing-copyright-notice",
        WARNING,
        "The image has no copyright notice.",
        what="No copyright notice in IIM 2:116, XMP dc:rights or EXIF Copyright.",
        why="Without a notice, downstream users cannot tell who owns the picture.",
        example="`(c) 2026 Northwind Press` missing from a staff picture.",
        check=checks.missing("copyright", "copyright notice"),
    ),
    Rule(
        "M006",
        "missing-required-field",
        WARNING,
        "A field the configuration requires is empty.",
        what="A field listed in `required-fields` (beyond M001-M005) has no value.",
        why="Desks have their own musts, e.g. city and country for every news picture.",
        example='`required-fields = ["city"]` and the picture has no city.',
        check=checks.missing_required_fields,
    ),
    # -- C: credits ---------------------------------------------------------------------------
    Rule(
        "C001",
        "credit-not-in-house-style",
        WARNING,
        "The credit line does not follow the house style.",
        what="Formatting the parsed credit in the configured style (`credit-style`) gives a "
        "different text.",
        why="Credits are printed as they are stored; one style per publication avoids "
        "`AFP PHOTO / Ada Lindqvist` next to `Ada Lindqvist/AFP`.",
        example="`ADA LINDQVIST / afp` should read `Ada Lindqvist/AFP`.",
        fixable=True,
        check=checks.credit_not_in_house_style,
    ),
    Rule(
        "C002",
        "unknown-agency",
        WARNING,
        "The credit names an agency that is not in the known list.",
        what="An agency in the parsed credit is neither in the built-in alias table nor in "
        "`known-agencies` / `agency-aliases`.",
        why="A misspelt or unlicensed agency is a rights risk; the list is the contract list.",
        example="`Ada Lindqvist/Norhtwind` (typo) when `Northwind` is the known agency.",
        check=checks.unknown_agency,
    ),
    Rule(
        "C003",
        "byline-not-in-credit",
        WARNING,
        "The photographer in the by-line is not in the credit.",
        what="A by-line name whose words do not all appear in the credit line.",
        why="The printed credit should name who took the picture; a mismatch often means the "
        "credit belongs to another picture.",
        example="By-line `Ada Lindqvist`, credit `Piet Brouwer/Northwind`.",
        check=checks.byline_not_in_credit,
    ),
    Rule(
        "C004",
        "junk-credit-token",
        ERROR,
        "The credit or by-line holds a placeholder token.",
        what="A credit or by-line part that is `STR`, `HO`, `UNCREDITED`, `N/A`, a hashtag "
        "(`#AFP`) or similar.",
        why="Wire placeholders are not credits and must not be printed.",
        example="`STR/AFP` (the agency's 'stringer' placeholder) or `HO/#NWP`.",
        check=checks.junk_credit_tokens,
    ),
    Rule(
        "C005",
        "credit-in-caption",
        WARNING,
        "The caption ends with a credit line.",
        what="The caption text ends with a credit (`... on Tuesday. Name/Pool/Agency`), in "
        "parentheses or after the last sentence.",
        why="The credit is printed twice, or in the wrong place, when the layout adds the "
        "credit field; the credit belongs in its own field.",
        example="`Crowds gather in Tarnby on Tuesday. Ada Lindqvist/Pool/Northwind via Wireco`.",
        check=checks.credit_in_caption,
    ),
    Rule(
        "C006",
        "copyright-not-in-template",
        INFO,
        "The copyright notice does not follow the template.",
        what="`copyright-template` is set and the notice does not match it (`{year}` is the "
        "year taken, `{credit}` etc. the field values, `{text}` any text).",
        why="A uniform notice is what a rights team searches and bills on.",
        example="Template `(c) {year} {source}`; notice `Wireco` instead of `(c) 2026 Wireco`.",
        check=checks.copyright_not_in_template,
    ),
    Rule(
        "C007",
        "supplier-not-allowed",
        ERROR,
        "The credit's supplier or usage class is not allowed by the configuration.",
        what="`allowed-suppliers` is set and the credit's main supplier (read through the "
        "supplier registry) is not among them, or the credit's usage class is in "
        "`denied-usage` (wire, pool, handout, staff, commissioned, stock, social, courtesy, "
        "file, illustration, unknown).",
        why="What a desk may print depends on its contracts: a picture from an agency the "
        "newsroom has no licence with, or taken from social media, costs money or trust.",
        example='`allowed-suppliers = ["AFP", "Reuters"]` and the credit '
        '`Ada Lindqvist/Northwind Press`; or `denied-usage = ["social"]` and `Name/Instagram`.',
        check=checks.supplier_not_allowed,
    ),
    # -- S: consistency and structure -----------------------------------------------------------
    Rule(
        "S001",
        "metadata-mismatch",
        WARNING,
        "EXIF, IPTC-IIM and XMP disagree on a field.",
        what="A field has different values in two of its blocks (after whitespace is normalised).",
        why="Each program reads a different block: the caption shown depends on the software.",
        example="IIM caption `(This caption in IIM)` vs XMP `(This caption in XMP)`.",
        fixable=True,
        check=checks.metadata_mismatch,
    ),
    Rule(
        "S002",
        "stale-iptc-digest",
        WARNING,
        "The Photoshop IPTC digest does not match the IIM.",
        what="The IPTCDigest resource (8BIM 0x0425) is not the MD5 of the current IIM block.",
        why="Adobe software then treats the IIM as stale and silently prefers XMP.",
        example="A caption edited by a tool that updated IIM but not the digest.",
        fixable=True,
        check=checks.stale_iptc_digest,
    ),
    Rule(
        "S003",
        "undeclared-iim-charset",
        WARNING,
        "IIM text is not ASCII and declares no character set.",
        what="No CodedCharacterSet (1:90) while a dataset holds non-ASCII bytes.",
        why="Readers then guess Latin-1: `©` becomes `Â©` and names are mangled.",
        example="UTF-8 `Dvořák` in IIM without `ESC % G` in 1:90.",
        fixable=True,
        check=checks.undeclared_iim_charset,
    ),
    Rule(
        "S004",
        "iim-value-too-long",
        WARNING,
        "An IIM value is over its byte limit.",
        what="A dataset longer than the IIM specification allows (e.g. 32 bytes for a by-line, "
        "2000 for a caption).",
        why="Strict readers cut it; the cut copy then disagrees with XMP.",
        example="A 41-byte by-line `Ada Lindqvist-Brouwer for Northwind Press`.",
        check=checks.iim_value_too_long,
    ),
    Rule(
        "S005",
        "duplicate-metadata-segments",
        INFO,
        "Metadata is spread over several segments.",
        what="Several Photoshop APP13 segments, several standard XMP packets or several EXIF "
        "blocks in one file.",
        why="Many readers read only the first segment and miss or mix values.",
        example="Two APP13 segments, each with part of the IIM.",
        check=checks.duplicate_metadata_segments,
    ),
    # -- D: duplicates (folder-wide) --------------------------------------------------------------
    Rule(
        "D001",
        "duplicate-caption",
        WARNING,
        "One caption is used on different pictures.",
        what="Two or more JPEGs with different picture data carry the same caption (compared "
        "after normalisation). Needs every file of the run: a folder-wide pass.",
        why="A caption copied onto the wrong picture names the wrong people.",
        example="`a.jpg` and `b.jpg` (different pictures) both say `Ada Lindqvist in Tarnby.`",
        scope=Scope.FOLDER,
    ),
    Rule(
        "D002",
        "conflicting-credits",
        WARNING,
        "One picture carries different credits in different files.",
        what="JPEGs with the same picture data (coding tables and compressed scan, compared "
        "without decoding) but different credit lines. Needs a folder-wide pass.",
        why="At most one of the credits is right; publishing the other breaks the licence.",
        example="`a.jpg` credit `Ada Lindqvist/Northwind`, its copy `b.jpg` credit `Wireco`.",
        scope=Scope.FOLDER,
    ),
    # -- T: text ----------------------------------------------------------------------------------
    Rule(
        "T001",
        "placeholder-text",
        ERROR,
        "A text field holds placeholder text.",
        what="`XXX`, `TK`, `TBD`, `FPO`, `CAPTION HERE`, `lorem ipsum` and similar in a caption, "
        "headline, title, credit, by-line, source or copyright.",
        why="Placeholders are written to be replaced; printing one is an embarrassment.",
        example="`Ada Lindqvist, XXX of Northwind, speaks on TK.`",
        check=checks.placeholder_text,
    ),
    Rule(
        "T002",
        "caption-date-mismatch",
        WARNING,
        "The date in the caption is not the date the picture was taken.",
        what="The first date the caption mentions differs from Date Created (IIM 2:55, XMP "
        "photoshop:DateCreated or EXIF DateTimeOriginal).",
        why="A wrong date usually means a recycled caption or a file picture presented as new.",
        example="Caption `... on March 3, 2026`, Date Created `2026-03-04`.",
        check=checks.caption_date_mismatch,
    ),
    Rule(
        "T003",
        "caption-not-in-template",
        INFO,
        "The caption does not follow the caption template.",
        what="`caption-template` is set and the caption does not match it (`{city}` etc. are the "
        "field values, `{text}` any text).",
        why="A house format (`CITY, Country - text`) makes captions predictable.",
        example="Template `{city}, {country} - {text}`; caption without the dateline.",
        check=checks.caption_not_in_template,
    ),
    # -- P: privacy -------------------------------------------------------------------------------
    Rule(
        "P001",
        "gps-position",
        WARNING,
        "The image holds a GPS position.",
        what="The EXIF GPS block has position tags, or a JPEG's XMP has exif:GPSLatitude/"
        "GPSLongitude. `--fix --strip-gps` empties the EXIF GPS block (XMP is only reported).",
        why="A published position can reveal a source's home, a shelter or a photographer.",
        example="A phone picture of a witness with latitude and longitude. `--fix --strip-gps` "
        "removes them.",
        fixable=True,
        check=checks.gps_position,
    ),
    Rule(
        "P002",
        "camera-owner-name",
        INFO,
        "EXIF names the camera owner.",
        what="EXIF CameraOwnerName (0xA430) is set.",
        why="It identifies the photographer even when the by-line is withheld.",
        example="CameraOwnerName `Ada Lindqvist` on a picture credited `Handout`.",
        check=checks.camera_owner_name,
    ),
    Rule(
        "P003",
        "camera-serial-number",
        INFO,
        "EXIF holds the camera serial number.",
        what="EXIF BodySerialNumber (0xA431) or a maker serial number is set.",
        why="A serial number links pictures to one camera, and so to one person.",
        example="BodySerialNumber `083024001234` on a picture from an anonymous source.",
        check=checks.camera_serial_number,
    ),
    # -- A: article gate (captions check) ---------------------------------------------------
    Rule(
        "A001",
        "photo-without-image",
        ERROR,
        "The article prints a photo for which no image was found.",
        what="A caption occurrence in the article matched no image file. Needs an article: "
        "reported by `captions check`, not by `captions audit`.",
        why="The page would go out with an empty slot or the wrong picture.",
        example="The third caption, `Ada Lindqvist in Tarnby`, matches no file in `images/`.",
        scope=Scope.ARTICLE,
    ),
    Rule(
        "A002",
        "image-without-caption",
        WARNING,
        "An image has no caption in the article.",
        what="An image file of the set that no caption in the article matched. Needs an article.",
        why="An unmatched image is either missing from the page or captioned by mistake.",
        example="`images/extra.jpg` is in the folder but no article caption describes it.",
        scope=Scope.ARTICLE,
    ),
    Rule(
        "A003",
        "caption-differs-from-article",
        WARNING,
        "The embedded caption differs from the article's.",
        what="The matched image's embedded caption is not the caption printed in the article "
        "(after normalisation). Needs an article.",
        why="Syndication and archives use the embedded caption; it must say what was published.",
        example="Article `Ada Lindqvist speaks in Tarnby`, file `Ada Lindqvist speaks in Malmo`.",
        scope=Scope.ARTICLE,
    ),
    Rule(
        "A004",
        "credit-differs-from-article",
        WARNING,
        "The embedded credit names other photographers or agencies than the article.",
        what="The matched image's credit and by-line name a different agency or distributor, or "
        "none of the photographers, that the article's credit for the photo names (compared "
        "after parsing, so case and layout do not count: that is C001). Needs an article.",
        why="A credit that disagrees with the printed one usually belongs to another picture, "
        "and the file is what syndication and the rights team bill on.",
        example="Article `Ada Lindqvist/Northwind`, file credit `Piet Brouwer/Wireco`.",
        scope=Scope.ARTICLE,
    ),
    Rule(
        "A005",
        "ambiguous-match",
        WARNING,
        "A photo in the article matches more than one image about equally well.",
        what="The matcher paired an article photo with a file, but another arrangement scores "
        "almost as high; the pair is not compared with the article. Needs an article.",
        why="Two frames of one event with one caption are easy to swap; an editor must choose "
        "(with a manifest) before the captions are trusted.",
        example="Photo 1 `Ada Lindqvist (C) in Tarnby` fits `frame_07.jpg` and `frame_08.jpg`.",
        scope=Scope.ARTICLE,
    ),
    Rule(
        "A006",
        "sibling-captions",
        WARNING,
        "Two different photos in the article have nearly the same caption.",
        what="Captions of different photos of the article are identical or differ in a few "
        "words after normalisation (captions.dupes); the words that differ are shown. Needs "
        "an article.",
        why="Nearly the same caption under two photos is either a copy-paste error or two "
        "frames of one event whose position markers must be checked.",
        example="Photo 0 `Ada Lindqvist (C) in Tarnby`, photo 2 `Ada Lindqvist (2nd L) in Tarnby`.",
        scope=Scope.ARTICLE,
    ),
    # -- F: files ----------------------------------------------------------------------------------
    Rule(
        "F001",
        "unreadable-image",
        ERROR,
        "The file cannot be read as an image.",
        what="The file is not an image format captions knows, is truncated, or its metadata "
        "structure is broken beyond reading.",
        why="A file nobody can read cannot be published or archived; a crash would hide the rest.",
        example="`photo.jpg` cut off in the middle of its APP1 segment.",
    ),
    Rule(
        "F002",
        "metadata-read-warning",
        WARNING,
        "The metadata could be read only in part.",
        what="The reader recovered what it could and reported a problem (an odd offset, an "
        "invalid packet, an unknown encoding).",
        why="Partly readable metadata often loses fields on the next write by another tool.",
        example="`XMP packet is not well-formed XML; IIM and EXIF used`.",
        check=checks.metadata_read_warning,
    ),
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
CODE_PATTERN = re.compile(r"[A-Z]\d{3}")
UNREADABLE = BY_CODE["F001"]


def rule(code_or_name: str) -> Rule | None:
    """The rule with this code (any case) or name, or None."""
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())


def resolve_selector(selector: str) -> str | None:
    """The code prefix a selector stands for (`ALL` is ''), or None when it selects nothing."""
    if selector.upper() == "ALL":
        return ""
    named = BY_NAME.get(selector.lower())
    if named is not None:
        return named.code
    prefix = selector.upper()
    if re.fullmatch(r"[A-Z]\d{0,3}", prefix) and any(c.startswith(prefix) for c in BY_CODE):
        return prefix
    return None


def is_selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """ruff's resolution: the most specific selector wins; on a tie, ignore wins."""
    best_select = _best_match(code, select)
    best_ignore = _best_match(code, ignore)
    return best_select > best_ignore


def _best_match(code: str, selectors: Iterable[str]) -> int:
    best = -1
    for selector in selectors:
        prefix = resolve_selector(selector)
        if prefix is not None and code.startswith(prefix):
            best = max(best, len(prefix))
    return best


def markdown_table(rules: Iterable[Rule] = RULES) -> str:
    """The README's rule table: code, name, severity, fixable, scope, summary."""
    lines = [
        "| code | name | severity | fix | needs | summary |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rules:
        fix = "yes" if r.fixable else ""
        needs = "" if r.scope is Scope.FILE else r.scope.value
        lines.append(
            f"| {r.code} | `{r.name}` | {r.severity.value} | {fix} | {needs} | {r.summary} |"
        )
    return "\n".join(lines) + "\n"


def explain(r: Rule) -> str:
    """A rule's documentation as text (`captions rule CODE`)."""
    flags = [r.severity.value, "fixable with --fix" if r.fixable else "not fixable"]
    if r.scope is not Scope.FILE:
        flags.append(_NEEDS[r.scope])
    return (
        f"{r.code} {r.name} ({', '.join(flags)})\n\n{r.summary}\n\n"
        f"What it does\n    {r.what}\n\nWhy it matters\n    {r.why}\n\nExample\n    {r.example}\n"
    )


# The fixes `--fix` writes through `metadata.write`, so into every writable format (the others
# are JPEG-only adapters in `audit/fix.py`). Kept here, not there, so that an audit without
# `--fix` never imports the writers (start-up time, issue 16).
VALUE_FIXES = frozenset({"C001", "S001"})


__all__ = [
    "VALUE_FIXES",
    "BY_CODE",
    "BY_NAME",
    "RULES",
    "Rule",
    "Scope",
    "explain",
    "is_selected",
    "markdown_table",
    "resolve_selector",
    "rule",
]
