"""The page as text: everything escaped, a strict Content-Security-Policy whose hashes match the
page's own style and script, nothing loaded from outside, filter data on every finding."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from report_fixtures import HOSTILE_CAPTION, HOSTILE_CREDIT, Page, photo

from captions.audit.config import AuditConfig
from captions.model import Finding, Severity
from captions.report import Card, ContactSheet, contact_sheet
from captions.report.html import CONTENT_SECURITY_POLICY, render_html
from captions.report.thumbnail import Thumbnail


def sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def card(path: str = "a.jpg", **fields: str) -> Card:
    finding = Finding("M003", "missing-byline", Severity.WARNING, path, "no by-line", "byline")
    return Card(path, Thumbnail(None, problem="no preview: HEIC"), findings=(finding,), **fields)


def test_hostile_text_is_escaped_everywhere() -> None:
    hostile_path = 'x"><script>alert(1)</script>.jpg'
    sheet = ContactSheet((card(hostile_path, caption=HOSTILE_CAPTION, credit=HOSTILE_CREDIT),))
    page = Page(render_html(sheet, title="<script>t()</script>"))
    assert len(page.tags("script")) == 1  # the page's own, nothing else
    assert page.tags("img") == []  # the card has no thumbnail; the injected <img> is text
    assert not [a for _, a in page.elements if "id" in a and str(a["id"]).startswith("injected")]
    assert not [a for _, a in page.elements if any(k.startswith("on") for k in a)]
    text = "".join(page.text)
    assert HOSTILE_CAPTION in text and HOSTILE_CREDIT in text and hostile_path in text
    assert "<script>t()</script>" in text


def test_csp_allows_only_the_pages_own_style_and_script() -> None:
    html = render_html(ContactSheet((card(caption="A caption"),)))
    page = Page(html)
    metas = [m for m in page.tags("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert [m["content"] for m in metas] == [CONTENT_SECURITY_POLICY]
    policy = dict(
        (part.split()[0], part.split()[1:]) for part in CONTENT_SECURITY_POLICY.split(";")
    )
    assert policy["default-src"] == ["'none'"]
    assert policy["img-src"] == ["data:"]
    [script], [style] = page.raw["script"], page.raw["style"]
    assert policy["script-src"] == [sha256(script)]
    assert policy["style-src"] == [sha256(style)]
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    # The policy is the first thing in <head> after the charset: it covers everything after it.
    assert html.index("Content-Security-Policy") < html.index("<style>") < html.index("<script>")


def test_nothing_is_loaded_from_outside(tmp_path: Path) -> None:
    photo(tmp_path, "one.jpg", caption="Rowan Tilley at the Marrow Bridge", credit="Kestrel Wire")
    page = Page(render_html(contact_sheet([tmp_path], AuditConfig())))
    sources = [a.get("src") for _, a in page.elements if "src" in a]
    assert sources and all(str(s).startswith("data:image/jpeg;base64,") for s in sources)
    assert not [a for tag, a in page.elements if tag == "link" or "href" in a]
    assert not page.tags("style")[0]  # no attributes, and no style="" attribute anywhere
    assert not [a for _, a in page.elements if "style" in a]


def test_cards_carry_filter_data_and_the_page_works_without_script() -> None:
    error = Finding("F001", "unreadable-image", Severity.ERROR, "b.jpg", "cut off")
    sheet = ContactSheet(
        (card("a.jpg", caption="First"), Card("b.jpg", Thumbnail(None), findings=(error,)))
    )
    page = Page(render_html(sheet))
    findings = page.tags("li")
    assert [(f["data-rule"], f["data-severity"]) for f in findings] == [
        ("M003", "warning"),
        ("F001", "error"),
    ]
    cards = page.tags("article")
    assert len(cards) == 2 and not any("hidden" in c for c in cards)  # all shown without JS
    [form] = page.tags("form")
    assert "hidden" in form  # filters appear only when the script runs
    options = [o["value"] for o in page.tags("option")]
    assert options == ["", "F001", "M003", "", "error", "warning"]
    text = "".join(page.text)
    assert "2 images, 2 findings (1 error, 1 warning)" in text


def test_control_characters_do_not_reach_the_page() -> None:
    html = render_html(ContactSheet((card(caption="bell\x07 and nul\x00 and esc\x1b"),)))
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", html)
    assert "bell\ufffd and nul\ufffd and esc\ufffd" in html


def test_empty_sheet_renders() -> None:
    page = Page(render_html(ContactSheet(())))
    assert page.tags("article") == []
    assert "0 images, 0 findings" in "".join(page.text)
