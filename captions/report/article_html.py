"""The article's contact sheet as one self-contained HTML page (no script: it needs none).

The same guarantees as the folder sheet (`captions.report.html`): every text from the article
or a file goes through `_text` (escaped, control characters made visible), thumbnails are data
URIs, and the Content-Security-Policy allows only `data:` images and this page's own style by
its hash. The words where the article and the file disagree are marked with `<mark>`.
"""

from __future__ import annotations

from pathlib import PurePath

from captions.dupes.diff import marked_words
from captions.model import Finding
from captions.report import SEVERITY_ORDER, Card
from captions.report.article import ArticleSheet, PhotoCard
from captions.report.html import STYLE, csp_hash, escape_text, figure_html, findings_html

ARTICLE_STYLE = (
    STYLE
    + """
main.photos { grid-template-columns: 1fr; max-width: 1100px; }
.photo { display: grid; grid-template-columns: 340px 1fr; gap: 16px; }
.photo .side h3 { font-size: 12px; text-transform: uppercase; color: #666; margin: 0 0 4px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
mark { background: #ffe08a; padding: 0 1px; }
.evidence { font-size: 12px; color: #555; margin: 6px 0 0; }
h2.section { font-family: inherit; font-size: 16px; margin: 8px 24px 0; }
.none { color: #999; font-style: italic; }
"""
)
ARTICLE_POLICY = (
    f"default-src 'none'; img-src data:; style-src {csp_hash(ARTICLE_STYLE)}; "
    "script-src 'none'; base-uri 'none'; form-action 'none'"
)


def render_article_html(sheet: ArticleSheet, *, title: str | None = None) -> str:
    """The whole page, as text (UTF-8 when written)."""
    heading = title or f"{sheet.title or sheet.article}: photos against their files"
    unmatched_photos = [p for p in sheet.photos if p.image is None]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{ARTICLE_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape_text(heading)}</title>",
        f"<style>{ARTICLE_STYLE}</style>",
        "</head>",
        "<body>",
        f"<header>\n<h1>{escape_text(heading)}</h1>\n"
        f'<p class="summary" id="summary">{escape_text(_summary(sheet))}</p>\n'
        f"{_errors(sheet.errors)}</header>",
        '<main class="photos">',
        *(_photo(card) for card in sheet.photos if card.image is not None),
        "</main>",
    ]
    if sheet.unmatched_images:
        parts += [
            '<h2 class="section" id="unmatched-images">Files no photo matched</h2>',
            '<main class="photos">',
            *(_unmatched_image(card) for card in sheet.unmatched_images),
            "</main>",
        ]
    if unmatched_photos:
        parts += [
            '<h2 class="section" id="unmatched-photos">Photos no file matched</h2>',
            '<main class="photos">',
            *(_photo(card) for card in unmatched_photos),
            "</main>",
        ]
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _summary(sheet: ArticleSheet) -> str:
    matched = sum(1 for p in sheet.photos if p.image is not None)
    findings = sheet.findings
    worst = next((s for s in SEVERITY_ORDER if any(f.severity is s for f in findings)), None)
    tail = f", worst: {worst.value}" if worst is not None else ""
    return (
        f"{sheet.article}: {_count(len(sheet.photos), 'photo')}, {matched} matched, "
        f"{_count(len(sheet.unmatched_images), 'file')} unmatched, "
        f"{_count(len(findings), 'finding')}{tail}"
    )


def _photo(card: PhotoCard) -> str:
    image = card.image
    lines = ", ".join(str(line) for line in card.lines)
    figure = figure_html(image) if image is not None else '<div class="no-preview">no file</div>'
    name = image.path if image is not None else "no file matched"
    classes = "card photo" + _worst_class(card.findings)
    return (
        f'<article class="{classes}" id="photo-{card.photo}" data-photo="{card.photo}">\n'
        f"<figure>{figure}</figure>\n<div>\n"
        f'<h2 class="path">photo {card.photo} (line{"s" if len(card.lines) > 1 else ""} '
        f"{escape_text(lines)}) · {escape_text(name)}</h2>\n"
        '<div class="pair">'
        f"{_side('In the article', card.caption, card.credit, image, article_side=True)}"
        f"{_side('In the file', card.caption, card.credit, image, article_side=False)}"
        "</div>\n"
        f"{_evidence(card)}{findings_html(card.findings)}\n</div>\n</article>"
    )


def _side(
    heading: str, caption: str, credit: str, image: Card | None, *, article_side: bool
) -> str:
    if image is None and not article_side:
        return '<div class="side"><h3>In the file</h3><p class="none">no file</p></div>'
    file_caption = image.caption if image is not None else ""
    file_credit = image.credit if image is not None else ""
    if image is None:
        shown_caption, shown_credit = _plain(caption), _plain(credit)
    elif article_side:
        shown_caption = _marked(caption, file_caption, first=True)
        shown_credit = _marked(credit, file_credit, first=True)
    else:
        shown_caption = _marked(caption, file_caption, first=False)
        shown_credit = _marked(credit, file_credit, first=False)
    side = "article" if article_side else "file"
    byline = ""
    if not article_side and image is not None:
        byline = f'<dt>By-line</dt><dd class="byline">{_plain(image.byline)}</dd>'
    return (
        f'<div class="side {side}"><h3>{escape_text(heading)}</h3><dl>'
        f'<dt>Caption</dt><dd class="caption" dir="auto">{shown_caption}</dd>'
        f'<dt>Credit</dt><dd class="credit" dir="auto">{shown_credit}</dd>{byline}'
        "</dl></div>"
    )


def _marked(article: str, embedded: str, *, first: bool) -> str:
    """One side's words, those the other side lacks in <mark>."""
    if not article or not embedded:
        return _plain(article if first else embedded)
    words = marked_words(article, embedded)[0 if first else 1]
    shown = (
        f"<mark>{escape_text(w)}</mark>" if changed else escape_text(w) for w, changed in words
    )
    return " ".join(shown)


def _plain(text: str) -> str:
    return escape_text(text) if text else '<span class="none">none</span>'


def _evidence(card: PhotoCard) -> str:
    found = card.match
    if found is None:
        return ""
    reasons = "; ".join(e.detail or e.kind for e in found.evidence if e.weight > 0.05)
    status = "ambiguous: confirm with --manifest" if found.ambiguous else found.source
    runner_up = ""
    if found.runner_up is not None and found.runner_up_score is not None:
        name = escape_text(PurePath(found.runner_up).name)
        runner_up = f" (runner-up {name}, {found.runner_up_score:.2f})"
    return (
        f'<p class="evidence">match {found.score:.2f} ({escape_text(status)}), margin over the '
        f"runner-up {found.margin:.2f}{runner_up}: "
        f"{escape_text(reasons or 'no positive evidence')}</p>"
    )


def _unmatched_image(card: Card) -> str:
    classes = "card photo" + _worst_class(card.findings)
    return (
        f'<article class="{classes}" data-path="{escape_text(card.path)}">'
        f"\n<figure>{figure_html(card)}</figure>\n<div>\n"
        f'<h2 class="path">{escape_text(card.path)}</h2>\n'
        f"{_side('In the file', '', '', card, article_side=False)}"
        f"{findings_html(card.findings)}\n</div>\n</article>"
    )


def _errors(errors: tuple[str, ...]) -> str:
    if not errors:
        return ""
    items = "".join(f"<li>{escape_text(message)}</li>" for message in errors)
    return f'<ul class="errors" id="errors">{items}</ul>\n'


def _worst_class(findings: tuple[Finding, ...]) -> str:
    worst = next((s for s in SEVERITY_ORDER if any(f.severity is s for f in findings)), None)
    return f" has-{worst.value}" if worst is not None else ""


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


__all__ = ["ARTICLE_POLICY", "ARTICLE_STYLE", "render_article_html"]
