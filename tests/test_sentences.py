"""Sentence splitting: the golden cases in tests/cases/sentences.jsonl, and properties."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsread
from newsread._sentences import sentence_spans, split_sentences

CASES_FILE = Path(__file__).parent / "cases" / "sentences.jsonl"


def _load() -> list[dict[str, object]]:
    with CASES_FILE.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


CASES = _load()


def _param(case: dict[str, object]) -> object:
    marks = []
    if case.get("xfail"):
        marks.append(pytest.mark.xfail(reason=str(case["xfail"]), strict=True))
    return pytest.param(case, id=str(case["id"]), marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_golden_case(case: dict[str, object]) -> None:
    assert split_sentences(str(case["text"])) == case["expected"]


def test_cases_file_is_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert set(case) <= {"id", "category", "text", "expected", "xfail", "note"}
        text = str(case["text"])
        # Expected sentences are slices of the text, in order, covering its non-space text.
        pos = 0
        for sentence in case["expected"]:  # type: ignore[attr-defined]
            found = text.find(sentence, pos)
            assert found >= 0, (case["id"], sentence)
            assert not text[pos:found].strip(), (case["id"], text[pos:found])
            pos = found + len(sentence)
        assert not text[pos:].strip(), case["id"]


@pytest.mark.parametrize("category", sorted({str(c["category"]) for c in CASES}))
def test_every_category_has_cases(category: str) -> None:
    assert sum(c["category"] == category for c in CASES) >= 5


def test_public_functions_agree() -> None:
    text = "Mr. Lee arrived at 5 p.m. on Monday. He left."
    assert newsread.split_sentences(text) == split_sentences(text)
    assert newsread.sentence_spans(text) == sentence_spans(text)


def test_spans_of_a_region() -> None:
    text = "Intro. One here. Two there. Outro."
    start = text.index("One")
    end = text.index(" Outro")
    assert [text[s:e] for s, e in sentence_spans(text, start, end)] == [
        "One here.",
        "Two there.",
    ]


def test_region_bounds_are_clamped() -> None:
    assert sentence_spans("Hi. Yo.", 0, 100) == [(0, 3), (4, 7)]
    assert sentence_spans("Hi. Yo.", 5, 2) == []
    assert sentence_spans("", 0) == []
    assert sentence_spans("   \n\n  ") == []


def test_blank_line_always_ends_a_sentence() -> None:
    assert split_sentences("Talks with Mr.\n\nLee") == ["Talks with Mr.", "Lee"]


def test_sentences_of_a_whole_article() -> None:
    text = (
        "Harbor road reopens\n\nBy Ana Ruiz\n\n"
        "The harbor road reopened on Dec. 21. Crews from the U.S. Army Corps of\n"
        "Engineers worked through the night.\n\n"
        "“It was hard,” said Lt. Col. J. R. Moss. “But we did it.”\n"
    )
    assert split_sentences(text) == [
        "Harbor road reopens",
        "By Ana Ruiz",
        "The harbor road reopened on Dec. 21.",
        "Crews from the U.S. Army Corps of\nEngineers worked through the night.",
        "“It was hard,” said Lt. Col. J. R. Moss.",
        "“But we did it.”",
    ]


# --- properties ------------------------------------------------------------------------

NEWSY = st.lists(
    st.sampled_from(
        [
            *"aAbBeEhHiImMnNpPsStTuUwW019 .,!?…:;'\"“”‘’()[]-—\n\t•$%@#",
            *["Mr.", "U.S.", "p.m.", "Dec.", " The ", " He ", "...", "\n\n", "1. ", "- ", " I. "],
        ]
    ),
    max_size=60,
).map("".join)


def _check_spans(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    pos = start
    for s, e in spans:
        assert pos <= s < e <= end
        assert not text[pos:s].strip()  # nothing but space is skipped
        assert not text[s].isspace() and not text[e - 1].isspace()
        pos = e
    assert not text[pos:end].strip()


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_spans_are_ordered_trimmed_slices_covering_all_text(text: str) -> None:
    _check_spans(text, sentence_spans(text), 0, len(text))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_split_without_error(text: str) -> None:
    _check_spans(text, sentence_spans(text), 0, len(text))
    assert "".join("".join(s.split()) for s in split_sentences(text)) == "".join(text.split())


@settings(max_examples=150, deadline=None)
@given(NEWSY, st.integers(0, 130), st.integers(0, 130))
def test_spans_of_a_region_cover_the_region(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    _check_spans(text, sentence_spans(text, start, end), start, end)


@settings(max_examples=200, deadline=None)
@given(NEWSY, st.sampled_from(["", " ", "\n", "\n\n", "  \n\n ", "\t"]), st.randoms())
def test_stable_under_surrounding_whitespace(text: str, pad: str, rnd: object) -> None:
    # Padding the text, or changing the space between its sentences (keeping line breaks
    # and blank lines where they were), gives the same sentences.
    base = split_sentences(text)
    assert split_sentences(pad + text + pad) == base
    spans = sentence_spans(text)
    pieces = []
    for i, (s, e) in enumerate(spans):
        gap = text[spans[i - 1][1] : s] if i else ""
        if "\n" in gap:
            gap = "\n" * min(2, gap.count("\n")) + rnd.choice(["", " ", "\t"])  # type: ignore[attr-defined]
        elif gap:
            gap = rnd.choice([" ", "  ", "\t", "\u00a0"])  # type: ignore[attr-defined]
        pieces.append(gap + text[s:e])
    assert split_sentences("".join(pieces)) == base


@settings(max_examples=100, deadline=None)
@given(st.lists(NEWSY, min_size=1, max_size=4))
def test_paragraphs_split_independently(paragraphs: list[str]) -> None:
    # A blank line always ends a sentence, so splitting paragraphs one by one or together
    # gives the same sentences.
    joined = "\n\n".join(paragraphs)
    one_by_one = [s for p in paragraphs for s in split_sentences(p)]
    assert split_sentences(joined) == one_by_one


# --- speed and linear time ---------------------------------------------------------------

ADVERSARIAL = [
    "." * 100_000,
    ". " * 50_000,
    " " * 100_000,
    '."' * 50_000,
    "A. " * 30_000,
    "a. " * 30_000,
    "a\n" * 50_000,
    "The\n" * 25_000,
    "“" * 100_000,
    " •" * 50_000,
    "1. a " * 20_000,
    "x" * 100_000 + ". A",
    "Mr. U.S. J. No. 5 p.m. Monday. " * 3_000,
    "left.The " * 20_000,
    "1) a " * 20_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:8]))
def test_linear_time_on_adversarial_input(text: str) -> None:
    t0 = time.perf_counter()
    spans = sentence_spans(text)
    assert time.perf_counter() - t0 < 2.0
    _check_spans(text, spans, 0, len(text))


def test_splitting_each_paragraph_of_a_long_text_is_linear() -> None:
    # The pipeline splits each paragraph of the whole article text by offsets; the work
    # must depend on the paragraph, not on the length of the whole text.
    text = "The 1) plan. It held at 5 p.m.\nThen 1) rain fell\nhere\n\n" * 4_000
    block = len(text) // 4_000
    starts = range(0, len(text), block)
    t0 = time.perf_counter()
    for s in starts:
        e = text.find("\n\n", s)
        assert len(sentence_spans(text, s, e)) == 3
    assert time.perf_counter() - t0 < 2.0
