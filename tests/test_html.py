"""The HTML report: self-contained, every input string escaped, the same findings as the
rich view; several inputs give one page with an index; notebooks get a card and a short repr.
(tests/test_html_browser.py opens it in a real browser.)"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from view_checks import parse

import newsread
from newsread.cli import main

ARTICLE = Path(__file__).parent / "articles" / "harbor-wall.txt"

#: Markup and escapes a page must show as text.
HOSTILE = (
    'Storm <script>alert("x")</script> hits <img src="http://evil.example/x.png"> coast\n\n'
    "The council voted on Monday to close the harbor road & the bridge after <b>the storm</b> "
    'damaged the old sea wall, officials said. <a href="http://evil.example">Click</a> here '
    "\x1b[2J for [bold]more[/bold] news on the repairs, which were approved by the mayor.\n"
)


def test_input_markup_is_text_not_elements() -> None:
    doc = newsread.render_html(newsread.analyze(HOSTILE, source='<i>"x".txt'))
    page = parse(doc)
    tags = {t for t, _ in page.tags}
    assert "script" not in tags and "img" not in tags and "a" not in tags
    assert [a for t, a in page.tags if t == "b"] == [{"class": "consensus"}]  # ours only
    text = "".join(page.text)
    assert '<script>alert("x")</script>' in text
    assert '<img src="http://evil.example/x.png">' in text
    assert "[bold]more[/bold]" in text and "& the bridge" in text
    assert '<i>"x".txt' in text
    assert "\x1b" not in doc and "␛[2J" in text


def test_the_page_is_self_contained() -> None:
    doc = newsread.render_html(newsread.analyze(ARTICLE.read_text(encoding="utf-8")))
    page = parse(doc)
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "embed"), tag
        for name, value in attrs.items():
            if name in ("src", "href") and value:
                assert value.startswith("#"), (tag, name, value)  # only links inside the page
    assert not re.search(r"url\(|@import|https?://(?!www\.w3\.org/2000/svg)", doc)
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]
    assert "<svg" in doc and "<style>" in doc


def test_the_page_shows_the_report() -> None:
    report = newsread.analyze(ARTICLE.read_text(encoding="utf-8"), source="harbor-wall.txt")
    doc = newsread.render_html(report)
    assert f"<title>newsread: {html.escape(report.title or '')}</title>" in doc
    assert f'<b class="consensus">{report.consensus_grade:.1f}</b>' in doc
    assert f'<span class="level">{report.consensus_level}</span>' in doc
    for s in report.readability:
        assert html.escape(s.interpretation) in doc
    hard = re.findall(r'<mark class="(very-hard|hard)" title="', doc)  # the legend has none
    assert len(hard) == len(report.sentences.hard)
    assert doc.count('<span class="passive">') >= len(report.findings.passives)
    assert doc.count('<span class="adverb">') >= len(report.findings.adverbs)
    margins = re.findall(r'<div class="margin"[^>]*>([\d.—]+)</div>', doc)
    assert margins == [f"{p.grade:.1f}" for p in report.paragraphs.paragraphs]
    assert '<div class="margin aside caption">caption</div>' in doc
    assert "photo credit at the end" in doc  # the reason, in place
    assert "very hard sentence" in doc and "possible passive" in doc  # the legend


def test_several_inputs_give_one_page_with_an_index(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(ARTICLE.read_text(encoding="utf-8").replace("Harbor", name))
    out = io.StringIO()
    assert main([str(tmp_path), "--format", "html"], stdout=out, stderr=io.StringIO()) == 0
    doc = out.getvalue()
    assert doc.count("<!DOCTYPE html>") == 1 and doc.count("<article") == 2
    links = re.findall(r'<a href="#(article-\d)">([^<]*)</a>', doc)
    assert [a for a, _ in links] == ["article-1", "article-2"]
    assert links[0][1].endswith("a.txt") and links[1][1].endswith("b.txt")
    for anchor, _ in links:
        assert f'<section id="{anchor}">' in doc
    assert doc.index('id="index"') < doc.index('<section id="article-1">')


def test_one_input_gives_one_page() -> None:
    out = io.StringIO()
    assert main([str(ARTICLE), "--format", "html"], stdout=out, stderr=io.StringIO()) == 0
    doc = out.getvalue()
    assert doc.startswith("<!DOCTYPE html>") and doc.count("<article") == 1
    assert 'id="index"' not in doc


def test_show_blocks_refuses_html() -> None:
    err = io.StringIO()
    code = main(
        [str(ARTICLE), "--show-blocks", "--format", "html"], stdout=io.StringIO(), stderr=err
    )
    assert code == 2 and "not html" in err.getvalue()


def test_notebook_card_and_repr() -> None:
    report = newsread.analyze(ARTICLE.read_text(encoding="utf-8"), source="harbor-wall.txt")
    card = report._repr_html_()
    assert len(card) < len(newsread.render_html(report)) / 2
    assert "<script" not in card and 'class="newsread card"' in card
    assert f"{report.consensus_grade:.1f}" in card and "Readability of the body" in card
    assert repr(report) == (
        "Report(title='Harbor wall repairs to close the seafront road until spring', "
        f"source='harbor-wall.txt', consensus_grade={round(report.consensus_grade or 0, 1)}, "
        f"words={report.counts.words})"
    )
    assert str(report) == repr(report) and len(repr(report)) < 200
    from rich.console import Console

    console = Console(file=io.StringIO(), width=90, color_system=None)
    console.print(report)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Harbor wall repairs" in shown and "Readability of the body" in shown
