"""The contact sheet as one self-contained HTML page.

Safety by construction: every text from a file (paths, captions, credits, messages) goes
through `_text`, which escapes it with `html.escape` and replaces control characters. The page
loads nothing: thumbnails are data URIs, and a Content-Security-Policy allows only `data:`
images and the page's own style and script, named by their SHA-256 hashes, so even markup that
slipped through could run no script of its own.

The page shows everything without JavaScript. The script only adds the filters (by rule and
by severity; also read from the address, `report.html#rule=M001&severity=error`) and marks
`<body data-thumbnails="loaded/total">` once the page has loaded, for tests and curious readers.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter
from collections.abc import Iterable

from captions.model import Finding
from captions.report import SEVERITY_ORDER, Card, ContactSheet

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #f4f4f2; }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 20px; margin: 0 0 4px; }
.summary { margin: 0 0 8px; color: #444; }
table.rules { border-collapse: collapse; font-size: 13px; margin-top: 8px; }
table.rules td, table.rules th { padding: 2px 10px 2px 0; text-align: left; }
#filters { margin: 8px 0; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr));
       gap: 16px; padding: 16px 24px; }
.card { background: #fff; border: 1px solid #d6d6d6; border-radius: 6px; padding: 12px;
        overflow-wrap: anywhere; }
.card.has-error { border-left: 6px solid #c62828; }
.card.has-warning { border-left: 6px solid #ef8f00; }
[hidden] { display: none !important; }
figure { margin: 0 0 8px; min-height: 120px; display: flex; align-items: center;
         justify-content: center; background: #e9e9e6; }
figure img { max-width: 100%; height: auto; display: block; }
.no-preview { padding: 24px 8px; color: #555; font-style: italic; text-align: center; }
h2 { font-size: 13px; font-weight: 600; margin: 0 0 6px; font-family: ui-monospace, monospace; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; }
dt { color: #666; }
dd { margin: 0; white-space: pre-line; unicode-bidi: isolate; }
dd.empty { color: #999; font-style: italic; }
ul.findings { margin: 8px 0 0; padding: 0; list-style: none; font-size: 13px; }
.finding { padding: 2px 0 2px 6px; border-left: 3px solid #999; margin-bottom: 2px; }
.finding.error { border-color: #c62828; }
.finding.warning { border-color: #ef8f00; }
.finding.info { border-color: #1e6fd9; }
.code { font-family: ui-monospace, monospace; font-weight: 600; }
.clean { color: #2e7d32; font-size: 13px; margin-top: 8px; }
"""

SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var rule = document.getElementById("filter-rule");
  var severity = document.getElementById("filter-severity");
  var shown = document.getElementById("shown");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  function matches(card) {
    if (!rule.value && !severity.value) { return true; }
    var items = card.querySelectorAll("li.finding");
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      if ((!rule.value || item.dataset.rule === rule.value) &&
          (!severity.value || item.dataset.severity === severity.value)) { return true; }
    }
    return false;
  }
  function apply() {
    var count = 0;
    cards.forEach(function (card) {
      card.hidden = !matches(card);
      if (!card.hidden) { count++; }
    });
    shown.textContent = count + " of " + cards.length + " images shown";
    var wanted = new URLSearchParams();
    if (rule.value) { wanted.set("rule", rule.value); }
    if (severity.value) { wanted.set("severity", severity.value); }
    var hash = wanted.toString();
    if (location.hash.slice(1) !== hash) { history.replaceState(null, "", "#" + hash); }
  }
  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (option) {
      return option.value === value;
    });
    select.value = known ? value : "";
  }
  function fromAddress() {
    var asked = new URLSearchParams(location.hash.slice(1));
    choose(rule, asked.get("rule") || "");
    choose(severity, asked.get("severity") || "");
    apply();
  }
  rule.addEventListener("change", apply);
  severity.addEventListener("change", apply);
  window.addEventListener("hashchange", fromAddress);
  form.hidden = false;
  fromAddress();
  window.addEventListener("load", function () {
    var images = document.querySelectorAll("img.thumbnail");
    var loaded = 0;
    for (var i = 0; i < images.length; i++) {
      if (images[i].complete && images[i].naturalWidth > 0) { loaded++; }
    }
    document.body.dataset.thumbnails = loaded + "/" + images.length;
  });
})();
"""


def csp_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; "
    f"style-src {csp_hash(STYLE)}; script-src {csp_hash(SCRIPT)}; "
    "base-uri 'none'; form-action 'none'"
)


def render_html(sheet: ContactSheet, *, title: str = "Contact sheet") -> str:
    """The whole page, as text (UTF-8 when written)."""
    findings = sheet.findings
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape_text(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        _header(sheet, findings, title),
        "<main>",
        *(_card(card, number) for number, card in enumerate(sheet.cards, start=1)),
        "</main>",
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _header(sheet: ContactSheet, findings: tuple[Finding, ...], title: str) -> str:
    by_rule = Counter(f.code for f in findings)
    names = {f.code: f for f in findings}
    by_severity = Counter(f.severity for f in findings)
    severities = ", ".join(f"{by_severity[s]} {s.value}" for s in SEVERITY_ORDER if by_severity[s])
    summary = f"{_count(len(sheet.cards), 'image')}, {_count(len(findings), 'finding')}"
    summary += f" ({severities})" if severities else ""
    rule_options = "".join(
        f'<option value="{escape_text(code)}">{escape_text(code)} {escape_text(names[code].name)} '
        f"({by_rule[code]})</option>"
        for code in sorted(by_rule)
    )
    severity_options = "".join(
        f'<option value="{s.value}">{s.value} ({by_severity[s]})</option>'
        for s in SEVERITY_ORDER
        if by_severity[s]
    )
    return (
        f"<header>\n<h1>{escape_text(title)}</h1>\n"
        f'<p class="summary" id="summary">{escape_text(summary)}</p>\n'
        '<form id="filters" hidden>'
        '<label>Rule <select id="filter-rule"><option value="">all rules</option>'
        f"{rule_options}</select></label> "
        '<label>Severity <select id="filter-severity"><option value="">all severities</option>'
        f"{severity_options}</select></label> "
        '<output id="shown"></output></form>\n'
        f"{_rule_table(by_rule, names)}</header>"
    )


def _rule_table(by_rule: Counter[str], names: dict[str, Finding]) -> str:
    if not by_rule:
        return ""
    rows = "".join(
        f'<tr><td class="code">{escape_text(code)}</td><td>{escape_text(names[code].name)}</td>'
        f"<td>{escape_text(names[code].severity.value)}</td><td>{by_rule[code]}</td></tr>"
        for code in sorted(by_rule)
    )
    return (
        '<table class="rules" id="rules"><thead><tr><th>code</th><th>rule</th>'
        f"<th>severity</th><th>findings</th></tr></thead><tbody>{rows}</tbody></table>\n"
    )


def _card(card: Card, number: int) -> str:
    worst = next((s for s in SEVERITY_ORDER if any(f.severity is s for f in card.findings)), None)
    classes = "card" + (f" has-{worst.value}" if worst is not None else "")
    return (
        f'<article class="{classes}" id="card-{number}" data-path="{escape_text(card.path)}">\n'
        f"<figure>{figure_html(card)}</figure>\n"
        f'<h2 class="path">{escape_text(card.path)}</h2>\n'
        "<dl>"
        f"{_field('Caption', 'caption', card.caption)}"
        f"{_field('Credit', 'credit', card.credit)}"
        f"{_field('By-line', 'byline', card.byline)}"
        "</dl>\n"
        f"{findings_html(card.findings)}\n"
        "</article>"
    )


def figure_html(card: Card) -> str:
    thumb = card.thumbnail
    if thumb.data_uri is None:
        return f'<div class="no-preview">{escape_text(thumb.problem or "no preview")}</div>'
    size = f" {thumb.width}\u00d7{thumb.height}" if thumb.width else ""
    return (
        f'<img class="thumbnail" src="{escape_text(thumb.data_uri)}" '
        f'width="{thumb.preview_width}" height="{thumb.preview_height}" '
        f'alt="{escape_text(f"thumbnail of {card.path}{size}")}">'
    )


def _field(label: str, name: str, value: str) -> str:
    if not value:
        return f'<dt>{label}</dt><dd class="{name} empty">none</dd>'
    return f'<dt>{label}</dt><dd class="{name}" dir="auto">{escape_text(value)}</dd>'


def findings_html(findings: Iterable[Finding]) -> str:
    items = [
        f'<li class="finding {escape_text(f.severity.value)}" data-rule="{escape_text(f.code)}" '
        f'data-severity="{escape_text(f.severity.value)}">'
        f'<span class="code">{escape_text(f.code)}</span> {escape_text(f.name)}'
        f"{escape_text(f' ({f.field})') if f.field else ''}: {escape_text(f.message)}</li>"
        for f in findings
    ]
    if not items:
        return '<p class="clean">no findings</p>'
    return '<ul class="findings">' + "".join(items) + "</ul>"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def escape_text(value: str) -> str:
    """`value` safe as HTML text or attribute: escaped, control characters made visible."""
    return html.escape(_CONTROL.sub("\ufffd", value), quote=True)


__all__ = [
    "CONTENT_SECURITY_POLICY",
    "csp_hash",
    "escape_text",
    "figure_html",
    "findings_html",
    "render_html",
]
