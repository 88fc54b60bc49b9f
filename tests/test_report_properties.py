"""Invariants of the report, checked with hypothesis on any text and on article-like text."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, article_like

import newsread
from newsread._analysis import measure
from newsread._models import Report

_WORDS = [
    "the",
    "council",
    "voted",
    "on",
    "monday",
    "to",
    "close",
    "the",
    "harbor",
    "road",
    "after",
    "the",
    "storm",
    "damaged",
    "a",
    "bridge",
    "officials",
    "said",
    "repairs",
    "would",
    "cost",
    "about",
    "a",
    "million",
    "and",
    "take",
    "several",
    "months",
    "while",
    "residents",
    "near",
    "the",
    "water",
    "were",
    "told",
    "to",
    "leave",
    "their",
    "homes",
    "before",
    "dark",
    "comprehensive",
    "infrastructure",
    "modernisation",
    "legislation",
]

#: A plain sentence: lower-case words, the first capitalised, a full stop.
plain_sentence = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=45).map(
    lambda ws: " ".join([ws[0].capitalize(), *ws[1:]]) + "."
)


def check_report(report: Report) -> None:
    c = report.counts
    for name, value in c.model_dump().items():
        assert value >= 0, name
    paragraphs = report.paragraphs.paragraphs
    assert sum(p.words for p in paragraphs) == c.words
    assert sum(p.sentences for p in paragraphs) == c.sentences
    assert sum(p.syllables for p in paragraphs) == c.syllables
    assert len(paragraphs) == c.paragraphs
    for s in report.readability:
        if c.sentences >= 1:
            assert s.value is not None and math.isfinite(s.value), s.name
        if s.value is None:
            assert s.warning, s.name
        if s.grade is not None:
            assert 0 <= s.grade <= 20, s.name
    if report.consensus_grade is not None:
        assert 0 <= report.consensus_grade <= 20
    assert sum(report.sentences.difficulty_counts.values()) == c.sentences
    for x in report.sentences.hard:
        assert x.difficulty in ("hard", "very hard")
        assert report.paragraphs.paragraphs[x.paragraph].start <= x.start


@given(any_text)
def test_any_text(text: str) -> None:
    check_report(newsread.analyze(text))


@given(article_like)
def test_article_like_text(text: str) -> None:
    check_report(newsread.analyze(text))


@given(st.lists(plain_sentence, min_size=1, max_size=8), plain_sentence)
def test_adding_a_sentence_never_changes_earlier_classes(sentences: list[str], extra: str) -> None:
    before = " ".join(sentences)
    after = before + " " + extra
    first = measure(before, [(0, len(before))]).sentences
    second = measure(after, [(0, len(after))]).sentences
    assert [(s.start, s.end) for s in second[: len(first)]] == [(s.start, s.end) for s in first]
    assert [s.difficulty for s in second[: len(first)]] == [s.difficulty for s in first]
    assert [s.grade for s in second[: len(first)]] == [s.grade for s in first]


@given(st.lists(st.lists(plain_sentence, min_size=1, max_size=4), min_size=1, max_size=5))
def test_paragraph_counts_sum_to_the_body(paragraphs: list[list[str]]) -> None:
    texts = [" ".join(p) for p in paragraphs]
    text = "\n\n".join(texts)
    spans = []
    pos = 0
    for t in texts:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 2
    m = measure(text, spans)
    assert sum(p.words for p in m.paragraphs) == m.counts.words
    assert sum(p.sentences for p in m.paragraphs) == m.counts.sentences
    assert sum(p.syllables for p in m.paragraphs) == m.counts.syllables
    assert all(
        math.isfinite(s.value) for s in newsread.analyze(text).readability if s.value is not None
    )
