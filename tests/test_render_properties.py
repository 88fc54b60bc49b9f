"""Whatever the text, every renderer shows it as text (issue 14, item 11): the rich view at a
fixed width, the HTML report and the CSV row never raise, never emit a control code or an
element from the input, and keep the input's markup-like pieces visible."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from strategies import HOSTILE_TOKENS, any_text, hostile_text

import newsread
from newsread._output import CsvEmitter, csv_row
from newsread._render import make_console, render_report

#: What no renderer for people may emit from the input (rich adds no ESC with colour off).
FORBIDDEN = re.compile(
    "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029]"
)
#: The elements the HTML report itself writes; anything else came from the input.
OUR_ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "div", "article", "header", "p", "h1",
    "h2", "h3", "b", "strong", "span", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
    "td", "svg", "rect", "text", "mark", "br", "footer", "section", "a",
}  # fmt: skip


def rich(report: newsread.Report, width: int) -> str:
    out = io.StringIO()
    render_report(make_console(out, width), report, show_text=True)
    return out.getvalue()


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_rich(report: newsread.Report, width: int) -> None:
    shown = rich(report, width)
    assert "\x1b" not in shown
    assert not FORBIDDEN.search(shown)
    assert max((cell_len(line) for line in shown.splitlines()), default=0) <= width


def check_html(report: newsread.Report) -> None:
    doc = newsread.render_html(report)
    page = Page()
    page.feed(doc)
    page.close()
    for tag, attrs in page.elements:
        assert tag in OUR_ELEMENTS, tag
        assert tag != "a" or (attrs.get("href") or "").startswith("#")
        assert "src" not in attrs
    assert not FORBIDDEN.search(doc.replace("\n", ""))
    body = "".join(page.text)
    for token in ("<script>", "<img ", "[bold]", "[/]", "[link="):
        if report.title and token in report.title:
            assert token in body, token  # the title's markup is shown, not obeyed


def check_csv(report: newsread.Report) -> None:
    out = io.StringIO()
    emitter = CsvEmitter(out)
    emitter.add(csv_row(report))
    emitter.close()
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert len(rows) == 2 and len(rows[0]) == len(rows[1])
    title = dict(zip(rows[0], rows[1], strict=True))["title"]
    assert not title.startswith(("=", "+", "-", "@"))  # a spreadsheet would run it


# Each example is a whole article through analysis and three renderers: fewer examples
# than the default keep the suite fast; benchmarks/fuzz.py explores these for hours.
@settings(max_examples=25)
@given(hostile_text(), st.sampled_from([40, 80, 120]))
def test_every_renderer_shows_hostile_text_as_text(text: str, width: int) -> None:
    report = newsread.analyze(text, source="x.txt")
    check_rich(report, width)
    check_html(report)
    check_csv(report)


@settings(max_examples=25)
@given(any_text)
def test_every_renderer_takes_any_text(text: str) -> None:
    report = newsread.analyze(text)
    check_rich(report, 60)
    check_html(report)


def test_the_tokens_include_every_kind_the_issue_names() -> None:
    joined = "".join(HOSTILE_TOKENS)
    for piece in ("[", "]", "/", "\x1b[", "\x1b]", "\u202e", "\u2028", "<script>"):
        assert piece in joined
