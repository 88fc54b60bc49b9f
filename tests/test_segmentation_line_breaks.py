"""Every Unicode line break ends a line for segmentation (issue 14, item 7).

Text copied from a word processor or a web page may separate its lines with U+2028 (line
separator), U+2029 (paragraph separator), NEL, a vertical tab or a form feed instead of
``\\n``. Before, such a text was one line: its captions were counted as body (FK 15.1
instead of 16.7 on the seed article) and nothing warned. Now it gives the same blocks, with
offsets into the text as given.
"""

from __future__ import annotations

import pytest

import newsread

LINES = [
    "Council votes to rebuild the old river bridge",
    "By Jane Doe",
    "The city council voted on Tuesday to rebuild the old river bridge, ending a debate "
    "that has lasted for almost ten years.",
    "Commuters cross the bridge at dawn. Photo: Sam Reyes/Harbor City Ledger",
    "Engineers said the new bridge would carry twice as many cars and would be open to "
    "cyclists and walkers from the first day.",
    "Share this article",
    "Work is expected to start in the spring, and the council hopes that the bridge will be "
    "finished before the end of next year.",
]

BREAKS = {
    "line separator U+2028": "\u2028",
    "paragraph separator U+2029": "\u2029",
    "next line U+0085": "\u0085",
    "vertical tab": "\x0b",
    "form feed": "\x0c",
    "CR LF": "\r\n",
    "CR": "\r",
    "blank line of U+2029": "\u2029\u2029",
}


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in newsread.segment(text).blocks]


@pytest.mark.parametrize("sep", list(BREAKS.values()), ids=list(BREAKS))
def test_every_line_break_gives_the_blocks_of_a_newline(sep: str) -> None:
    want = _blocks("\n".join(LINES))
    assert [kind for kind, _ in want] == [
        "title",
        "byline",
        "paragraph",
        "caption",
        "paragraph",
        "boilerplate",
        "paragraph",
    ]
    text = sep.join(LINES)
    assert _blocks(text) == want
    for block in newsread.segment(text).blocks:
        assert text[block.start : block.end] == block.text


def test_report_counts_the_same_body() -> None:
    plain = newsread.analyze("\n".join(LINES))
    separated = newsread.analyze("\u2029".join(LINES))
    assert separated.counts.words == plain.counts.words
    assert separated.consensus_grade == plain.consensus_grade
