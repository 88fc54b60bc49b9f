"""The hand-worked golden table (tests/cases/golden.json): the report must match it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsread._analysis import analyze_article
from newsread._models import Article, Block, BlockKind, ReasonCode, Report
from newsread._options import Options

CASES = json.loads((Path(__file__).parent / "cases" / "golden.json").read_text(encoding="utf-8"))[
    "cases"
]
TOLERANCE = 1e-6


def article_of(paragraphs: list[str]) -> Article:
    """An article whose body is exactly ``paragraphs`` (no segmentation involved)."""
    text = "\n\n".join(paragraphs)
    blocks = []
    pos = 0
    for p in paragraphs:
        start = text.index(p, pos)
        blocks.append(
            Block(
                kind=BlockKind.PARAGRAPH,
                start=start,
                end=start + len(p),
                text=p,
                reason="golden",
                code=ReasonCode.BODY_TEXT,
            )
        )
        pos = start + len(p)
    return Article(text=text, blocks=tuple(blocks))


def same(actual: Any, expected: Any) -> bool:
    if isinstance(expected, float) and actual is not None:
        return bool(abs(actual - expected) <= TOLERANCE)
    return bool(actual == expected)


@pytest.fixture(scope="module", params=CASES, ids=[c["id"] for c in CASES])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Report]:
    c: dict[str, Any] = request.param
    return c, analyze_article(article_of(c["paragraphs"]), Options())


def test_counts(case: tuple[dict[str, Any], Report]) -> None:
    c, report = case
    for name, expected in c["counts"].items():
        assert getattr(report.counts, name) == expected, name


def test_scores(case: tuple[dict[str, Any], Report]) -> None:
    c, report = case
    for name, fields in c["scores"].items():
        s = report.score(name)
        for field, expected in fields.items():
            assert same(getattr(s, field), expected), (name, field, getattr(s, field), expected)


def test_consensus(case: tuple[dict[str, Any], Report]) -> None:
    c, report = case
    assert same(report.consensus_grade, c["consensus_grade"])


def test_paragraphs_and_sentences(case: tuple[dict[str, Any], Report]) -> None:
    c, report = case
    paragraphs = report.paragraphs.paragraphs
    assert len(paragraphs) == len(c["paragraph_stats"])
    for p, expected in zip(paragraphs, c["paragraph_stats"], strict=True):
        for field, value in expected.items():
            assert same(getattr(p, field), value), (field, getattr(p, field), value)
    # every case has at most Options.top sentences, so "longest" lists them all
    got = sorted(report.sentences.longest, key=lambda s: s.start)
    assert len(got) == len(c["sentences"])
    for s, expected in zip(got, c["sentences"], strict=True):
        for field, value in expected.items():
            assert same(getattr(s, field), value), (field, getattr(s, field), value)


def test_style(case: tuple[dict[str, Any], Report]) -> None:
    c, report = case
    for field, expected in c["style"].items():
        value = getattr(report.style, field)
        if isinstance(value, tuple):  # a list of models, e.g. opening_runs
            value = [v.model_dump() for v in value]
        assert same(value, expected), (field, value, expected)


def test_every_case_shows_its_work() -> None:
    for c in CASES:
        assert c["work"], c["id"]
