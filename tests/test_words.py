"""The word definition (docs/methodology.md, "Words")."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import any_text, article_like

import newsread
from newsread._words import (
    WORD_RE,
    counted_characters,
    counting_form,
    fast_words,
    word_spans,
    words,
)

CASES = [
    # (category, text, expected words)
    ("plain", "The cat sat.", ["The", "cat", "sat"]),
    ("hyphenated", "A two-year-long war", ["A", "two-year-long", "war"]),
    ("hyphenated", "a 10-year-old co-op", ["a", "10-year-old", "co-op"]),
    ("hyphenated", "the U.S.-led talks", ["the", "U.S.-led", "talks"]),
    ("hyphenated", "a dash - not a word", ["a", "dash", "not", "a", "word"]),
    ("hyphenated", "state-of-the-art", ["state-of-the-art"]),
    ("contractions", "isn't don’t we'll", ["isn't", "don’t", "we'll"]),
    ("possessives", "Lee's the Smiths’ James's", ["Lee's", "the", "Smiths", "James's"]),
    ("numbers", "in 2022 it was 3.5 or 1,000", ["in", "2022", "it", "was", "3.5", "or", "1,000"]),
    ("numbers", "at 10:30 on 24/7 duty", ["at", "10:30", "on", "24/7", "duty"]),
    ("numbers", "1,000,000. 2.5.", ["1,000,000", "2.5"]),
    ("money", "$2.5 billion, £40m and €10", ["$2.5", "billion", "£40m", "and", "€10"]),
    ("money", "a $ sign alone", ["a", "sign", "alone"]),
    ("units", "up 3.5% in 10km", ["up", "3.5%", "in", "10km"]),
    ("units", "the 1990s and 5G", ["the", "1990s", "and", "5G"]),
    ("abbreviations", "the U.S. and U.K.", ["the", "U.S.", "and", "U.K."]),
    ("abbreviations", "at 5 p.m. on e.g. Monday", ["at", "5", "p.m.", "on", "e.g.", "Monday"]),
    ("abbreviations", "Mr. Lee, Ph.D.", ["Mr", "Lee", "Ph.D."]),
    ("abbreviations", "J. R. R. Tolkien", ["J", "R", "R", "Tolkien"]),
    ("web", "see https://example.com/a-b?c=d.", ["see", "https://example.com/a-b?c=d"]),
    ("web", "(www.example.org/x)", ["www.example.org/x"]),
    ("web", "write to jane.doe@example.com", ["write", "to", "jane.doe@example.com"]),
    ("web", "example.com is up", ["example.com", "is", "up"]),
    ("social", "@cityhall says #floodwatch", ["@cityhall", "says", "#floodwatch"]),
    ("emoji", "great 👍🏽 news 🎉!", ["great", "news"]),
    ("punctuation", "— … ! ? ( ) “ ” & +", []),
    ("unicode", "café naïve Zürich", ["café", "naïve", "Zürich"]),
    ("unicode", "cafe\u0301 ok", ["cafe\u0301", "ok"]),
    ("other", "and/or", ["and", "or"]),
    ("other", "2019–2021 draw—again", ["2019", "2021", "draw", "again"]),
    # The table in docs/methodology.md, "Words":
    ("docs", "Lee's students' café", ["Lee's", "students", "café"]),
    (
        "docs",
        "The U.S. spent $2.5 billion (3.5%)",
        ["The", "U.S.", "spent", "$2.5", "billion", "3.5%"],
    ),
    ("docs", "on 1,000 ships at 10:30 a.m.", ["on", "1,000", "ships", "at", "10:30", "a.m."]),
    ("docs", "Mr. J. R. R. Tolkien, Ph.D.", ["Mr", "J", "R", "R", "Tolkien", "Ph.D."]),
    ("docs", "a U.S.-led 10-year-old co-op", ["a", "U.S.-led", "10-year-old", "co-op"]),
    ("docs", "in 10km, not 10 km", ["in", "10km", "not", "10", "km"]),
    ("docs", "great 👍🏽 news 🎉 — really!", ["great", "news", "really"]),
    ("docs", "24/7 and/or 9/11", ["24/7", "and", "or", "9/11"]),
]


@pytest.mark.parametrize(("category", "text", "expected"), CASES, ids=[c[1] for c in CASES])
def test_word_definition(category: str, text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_findall_on_a_slice_matches_words() -> None:
    text = "Intro. The U.S. spent $2.5 billion. Outro."
    s, e = text.index("The"), text.index(" Outro")
    assert WORD_RE.findall(text, s, e) == words(text[s:e])
    assert [text[a:b] for a, b in word_spans(text, s, e)] == words(text[s:e])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_words_are_ordered_slices_of_letters_and_digits(text: str) -> None:
    pos = 0
    for a, b in word_spans(text):
        assert pos <= a < b
        word = text[a:b]
        assert not any(ch.isspace() for ch in word)
        assert any(ch.isalnum() for ch in word)
        pos = b


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["word", "two-part", "3.5", "U.S.", "it's", "$5"]), max_size=12))
def test_words_separated_by_space_are_counted_once_each(tokens: list[str]) -> None:
    assert words(" ".join(tokens)) == tokens


@pytest.mark.parametrize(
    "text",
    [
        "a." * 100_000 + "b",
        "a-" * 100_000,
        "1," * 100_000,
        "http://" + "." * 200_000,
        "U.S." * 50_000 + "x",
        "$" * 200_000,
        "@#" * 100_000,
        "'" * 200_000,
    ],
    ids=lambda t: repr(t[:8]),
)
def test_linear_time_on_adversarial_input(text: str) -> None:
    t0 = time.perf_counter()
    words(text)
    assert time.perf_counter() - t0 < 2.0


_TOKENS = st.sampled_from(
    ["word", "Word", "U.S.", "a.m.", "e.g.,", "3.5%", "$2.5", "1,000", "isn't", "’tis", "dogs'",
     "(www", "www.x.com", "https://a.b/c", "@me", "#tag", "co\u00adop", "cafe\u0301", "x_y",
     "²", "“Go", "now,”", "...", "-", "—", "A.", "Jr.", "10:30", "24/7", "rock'n'roll", "🚢"]
)  # fmt: skip


@given(
    st.one_of(any_text, article_like, st.lists(_TOKENS | any_text, max_size=30).map(" ".join)),
    st.data(),
)
def test_fast_words_equals_word_re(text: str, data: st.DataObject) -> None:
    """The tokenizer's fast path finds exactly what WORD_RE finds, in any region of any text."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert fast_words(text, start, end) == WORD_RE.findall(text, start, end)
    assert fast_words(text) == WORD_RE.findall(text)


def test_segmentation_cue_tokens_are_not_words() -> None:
    """The documented difference (docs/methodology.md, "Words are not segmentation's
    tokens"): segmentation's cue tokens split what a word joins; reports count words."""
    from newsread._segment.lines import TOKEN_RE, tokenize

    text = "The two-year-long U.S. study, at https://www.example.org/news/2024, cost $2.5 million."
    assert len(words(text)) == 9
    assert len(tokenize(text)) == len(TOKEN_RE.findall(text)) == 18
    assert newsread.analyze(text).counts.words == 9


_SPACES = st.sampled_from(
    [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000"]
)


@given(
    st.one_of(
        any_text, article_like, st.lists(_TOKENS | _SPACES | any_text, max_size=30).map("".join)
    )
)
def test_counted_characters_equals_the_joined_pieces(text: str) -> None:
    """The characters count's fast path equals the pieces of the counting form, joined."""
    assert counted_characters(text) == len("".join(counting_form(text).split()))
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    assert counted_characters(ascii_text) == len("".join(ascii_text.split()))
