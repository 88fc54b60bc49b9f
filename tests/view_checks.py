"""What every view for people must hold, whatever the text (issue 14, items 2, 3, 4 and 11):
shared by the property tests (tests/test_render_properties.py) and the fuzz target
(benchmarks/fuzz.py), so both check the same promises.

* rich, at a fixed width: the report (with the article's text), the blocks view
  (``--show-blocks``) and the corpus table with its summary, each titled with the input's
  file name: no escape or control character and no bidi override from the input, no line
  wider than the width;
* HTML (``newsread.render_html``): no element the report does not write itself, no link out
  of the page, no ``src``, no control character; markup in the title shown as text;
* CSV: the row parses back with as many cells as its header; no text cell (title, file
  name...) starts like a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

from rich.cells import cell_len

import newsread
from newsread._output import CsvEmitter, csv_row
from newsread._record import FORMULA_START
from newsread._render import (
    make_console,
    render_blocks,
    render_corpus_table,
    render_report,
    render_summary,
)

#: What no view for people may emit from the input (rich adds no ESC with colour off).
FORBIDDEN = re.compile(
    "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029]"
)
#: The elements the HTML report itself writes; anything else came from the input.
OUR_ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "div", "article", "header", "p", "h1",
    "h2", "h3", "b", "strong", "span", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
    "td", "svg", "rect", "text", "mark", "br", "footer", "section", "a",
}  # fmt: skip


def rich_views(text: str, report: newsread.Report, width: int) -> dict[str, str]:
    """The three rich views of ``report`` (analysed from ``text``) at ``width`` columns."""
    name = report.source or "-"
    shown = {}
    out = io.StringIO()
    render_report(make_console(out, width), report, show_text=True)
    shown["report"] = out.getvalue()
    out = io.StringIO()
    render_blocks(make_console(out, width), newsread.segment(text), name)
    shown["blocks"] = out.getvalue()
    out = io.StringIO()
    console = make_console(out, width)
    render_corpus_table(console, [report.to_row()], total=1)
    render_summary(console, [(name, report.consensus_grade, report.counts.words)])
    shown["corpus table"] = out.getvalue()
    return shown


def check_rich(text: str, report: newsread.Report, width: int) -> None:
    for view, shown in rich_views(text, report, width).items():
        assert "\x1b" not in shown, f"an escape in the {view}"
        assert not FORBIDDEN.search(shown), f"a control character in the {view}"
        widest = max((cell_len(line) for line in shown.splitlines()), default=0)
        assert widest <= width, f"the {view} is {widest} cells wide, not {width}"


class Page(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(doc: str) -> Page:
    page = Page()
    page.feed(doc)
    page.close()
    return page


def check_html(report: newsread.Report) -> None:
    doc = newsread.render_html(report)
    page = parse(doc)
    for tag, attrs in page.tags:
        assert tag in OUR_ELEMENTS, f"an element from the input: <{tag}>"
        assert tag != "a" or (attrs.get("href") or "").startswith("#"), "a link out of the page"
        assert "src" not in attrs, f"<{tag} src=...>"
    assert not FORBIDDEN.search(doc.replace("\n", "")), "a control character in the HTML"
    body = "".join(page.text)
    for token in ("<script>", "<img ", "[bold]", "[/]", "[link="):
        if report.title and token in report.title:
            assert token in body, f"{token!r} in the title is not shown"


def check_csv(report: newsread.Report) -> None:
    out = io.StringIO()
    emitter = CsvEmitter(out)
    emitter.add(csv_row(report))
    emitter.close()
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert len(rows) == 2 and len(rows[0]) == len(rows[1]), "the CSV row does not parse back"
    texts = {k for k, v in report.to_row().items() if isinstance(v, str)}  # numbers may be < 0
    for column, cell in zip(rows[0], rows[1], strict=True):
        if column in texts:
            assert not cell.startswith(FORMULA_START), f"a live formula in the {column} cell"


def check_views(text: str, report: newsread.Report, width: int) -> None:
    """Every view of ``report``, analysed from ``text``: rich, HTML and CSV."""
    check_rich(text, report, width)
    check_html(report)
    check_csv(report)
