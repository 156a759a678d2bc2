"""The frame of an HTML report: one file with its styles inline, for the screen and for A4.

Nothing in it reaches out: no scripts, no fonts, no images from elsewhere, and a Content Security
Policy that would refuse them if they were there. Every text that goes in is escaped by the
caller (`text`); only herstel's own markup (headings, lists, the charts) is put in as it is.
A text may come from another person (the coach's report on an import): its control characters
are shown as `\x1b`-style escapes (`core.text.visible`), never put in the page as they are.
"""

from __future__ import annotations

from html import escape

from herstel.core.text import visible

MARK = "<!-- herstel report -->"  # within the first bytes: a file herstel may replace
PEEK = 512  # how far into an existing file herstel's own mark is looked for

# No script may run and nothing may be fetched: styles inline, pictures only as data.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
@page {
  size: A4;
  margin: 17mm 15mm 15mm;
  @top-left { content: @@LEFT@@; font: 8pt sans-serif; color: #555; }
  @top-right { content: @@RIGHT@@; font: 8pt sans-serif; color: #555; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; color: #555; }
}
:root { color-scheme: light; }
body {
  font: 11pt/1.45 "DejaVu Sans", system-ui, sans-serif;
  color: #1a1a1a; background: #fff;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
}
header.page { border-bottom: 2px solid #1f5f99; padding-bottom: .6rem; margin-bottom: 1rem; }
.brand { font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: #1f5f99;
  margin: 0; }
h1 { font-size: 1.45rem; line-height: 1.25; margin: .1rem 0 .3rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; padding-bottom: .15rem;
  border-bottom: 1px solid #c8c8c8; }
h3 { font-size: 1.02rem; margin: 1.1rem 0 .3rem; }
dl.facts { display: flex; flex-wrap: wrap; gap: .15rem 1.6rem; margin: .5rem 0 0;
  font-size: .9rem; color: #3d3d3d; }
dl.facts div { display: flex; gap: .4rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
p { margin: .25rem 0; }
ul { margin: .15rem 0 .5rem; padding-left: 1.4rem; }
li { margin: .1rem 0; }
.group { margin-top: .5rem; font-weight: 600; }
.swatch { display: inline-block; width: .75em; height: .75em; border-radius: 50%;
  margin-right: .4em; vertical-align: -.05em; border: 1px solid #555; }
.swatch.red { background: #c62828; }
.swatch.orange { background: #ef6c00; }
.swatch.green { background: #2e7d32; }
.swatch.none { background: #fff; }
code.command { font: .82rem/1.4 "DejaVu Sans Mono", ui-monospace, monospace;
  background: #f1f1f1; padding: .1rem .35rem; border-radius: 3px; overflow-wrap: anywhere; }
figure { margin: .6rem 0 1rem; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: .85rem; color: #3d3d3d; margin-top: .2rem; }
table.weekly { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .3rem 0 .8rem; }
table.weekly caption { text-align: left; font-size: .9rem; color: #3d3d3d; padding-bottom: .3rem; }
table.weekly th, table.weekly td { padding: .2rem .6rem .2rem 0; text-align: left;
  vertical-align: middle; border-bottom: 1px solid #e6e6e6; }
table.weekly th { font-weight: 600; }
table.weekly th[scope="row"]::first-letter { text-transform: uppercase; }
table.weekly td.spark { width: 45%; }
table.weekly td.spark svg { display: block; width: 100%; height: auto; }
table.weekly .number { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.weekly th:last-child { white-space: nowrap; }
footer.page { margin-top: 2rem; font-size: .8rem; color: #555; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  header.page, figure, table.weekly, tr, li, .keep { break-inside: avoid; }
  h2, h3, .group { break-after: avoid; }
}
"""


def text(value: str) -> str:
    """Text as HTML shows it: `<script>` in a note is the word, never a tag, and an escape code
    its letters."""
    return escape(visible(value), quote=True)


def css_string(value: str) -> str:
    """Text as a CSS string (for the printed pages' headers): every character that is not a
    plain letter or digit as an escape, so that nothing can end the string or the style sheet
    it is in. (A space too: CSS takes the space after an escape as part of it.)"""
    plain = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    shown = visible(value, one_line=True)
    return '"' + "".join(ch if ch in plain else f"\\{ord(ch):06x}" for ch in shown) + '"'


def document(*, lang: str, title: str, running: tuple[str, str], body: str, generator: str) -> str:
    """The whole page: `body` is herstel's own markup, its texts escaped already; `running` the
    left and right of each printed page's header."""
    style = STYLE.replace("@@LEFT@@", css_string(running[0]))
    style = style.replace("@@RIGHT@@", css_string(running[1]))
    return "\n".join([
        "<!DOCTYPE html>",
        MARK,
        f'<html lang="{text(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light">',
        f'<meta name="generator" content="{text(generator)}">',
        f"<title>{text(title)}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        body,
        "</body>",
        "</html>",
        "",
    ])  # fmt: skip
