"""The rich view, rendered at fixed widths into a string with colour turned off."""

from __future__ import annotations

import io

import pytest

import newsread
from newsread._render import make_console, render_blocks, render_report, render_summary

ARTICLE = """Town votes to keep its last cinema open

By Ana Ruiz

The town council voted on Thursday to buy the Regent, the last cinema in the valley, after its owners said they could no longer afford to run it. The purchase, which will cost about $1.2 million over five years, was approved by seven votes to two after a long and sometimes angry debate that ran past midnight.

"People drive forty minutes to see a film here," said Tom Hale, who has run the projector for thirty years.

The Regent's lobby on Thursday. Photo: Jo Park

The council will look for an operator next year.

Sign up for our newsletter
"""


def render(width: int, **kwargs: bool) -> str:
    out = io.StringIO()
    console = make_console(out, width)
    render_report(console, newsread.analyze(ARTICLE, source="cinema.txt"), **kwargs)
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 120])
def test_report_fits_the_width_and_has_every_section(width: int) -> None:
    text = render(width, show_text=True)
    assert max(len(line) for line in text.splitlines()) <= width
    for heading in (
        "Town votes to keep its last cinema open",
        "Readability of the body",
        "Sentence length (words)",
        "Style",
        "Set aside",
        "The article, as newsread read it",
    ):
        assert heading in text, heading
    assert "cinema.txt" in text
    assert "\x1b[" not in text


def test_hard_sentence_is_listed() -> None:
    text = render(120)
    assert "Hard sentences (1 of 4), hardest first" in text
    assert "The purchase, which will cost" in text


def test_blocks_view_shows_kinds_and_reasons() -> None:
    out = io.StringIO()
    render_blocks(make_console(out, 120), newsread.segment(ARTICLE), "cinema.txt")
    text = out.getvalue()
    for kind in ("title", "paragraph", "boilerplate"):
        assert kind in text


def test_summary_counts_articles_per_band() -> None:
    out = io.StringIO()
    render_summary(make_console(out, 80), [("a", 5.0, 100), ("b", 7.5, 200), ("c", None, 0)])
    text = out.getvalue()
    assert "Corpus: 3 articles" in text
    assert "300 words" in text


def test_corpus_table_lists_each_article_then_the_summary(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsread.cli import main

    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(
            ARTICLE.replace("Regent", f"Regent {i}"), encoding="utf-8"
        )
    out = io.StringIO()
    assert main([str(tmp_path), "--width", "100"], stdout=out, stderr=io.StringIO()) == 0
    text = out.getvalue()
    assert [line.split()[0] for line in text.splitlines() if line.strip().startswith("a")][:3] == [
        "a0.txt",
        "a1.txt",
        "a2.txt",
    ]
    assert "Corpus: 3 articles" in text
    assert "Readability of the body" not in text  # one row each, not three full reports
