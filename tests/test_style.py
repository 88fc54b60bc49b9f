"""Style signals, one documented rule at a time (docs/methodology.md, "Style signals")."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsread._analysis import measure
from newsread._data import word_list
from newsread._models import StyleSignals
from newsread._style import (
    is_adverb,
    is_participle,
    opening_runs,
    passive_candidates,
    quote_spans,
    style_signals,
)


def signals(*paragraphs: str) -> StyleSignals:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    m = measure(text, spans)
    return style_signals(
        [s.words for s in m.sentences],
        m.first_words,
        [s.start for s in m.sentences],
        [p.words for p in m.paragraphs],
        adverbs=m.adverbs,
        passive=m.passive,
        passive_sentences=m.passive_sentences,
        quoted_words=m.quoted_words,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the road was closed", 1),
        ("the bridge is being rebuilt", 1),
        ("the votes were not counted", 1),
        ("the houses were quickly repaired", 1),
        ("the report was written by staff", 1),
        ("she was happy", 0),
        ("they were there", 0),
        ("the mayor closed the road", 0),
        ("it has been done and it was said", 2),
    ],
)
def test_passive_rule(sentence: str, expected: int) -> None:
    assert passive_candidates(sentence.split()) == expected


def test_adverbs_exclude_stop_list_and_names() -> None:
    assert is_adverb("quickly") and is_adverb("reportedly")
    assert not is_adverb("family") and not is_adverb("only") and not is_adverb("ly")
    s = signals("Officials acted quickly. The family met Kelly daily. Finally they agreed.")
    assert s.adverbs == 2  # quickly, Finally (Kelly is a name, family and daily stop-listed)


def test_participles() -> None:
    assert is_participle("closed") and is_participle("taken") and not is_participle("bed")


def test_quote_spans() -> None:
    t = "He said “we won” and ‘we’ll see’. It’s “open"
    spans = [t[s:e] for s, e in quote_spans(t)]
    assert spans == ["we won", "we’ll see", "open"]  # the last quote runs to the end
    assert quote_spans("no quotes here") == []
    assert [t2[s:e] for t2 in ['"a" b "c"'] for s, e in quote_spans(t2)] == ["a", "c"]


def test_quoted_word_share() -> None:
    s = signals('"We will rebuild the bridge," the mayor said on Monday.')
    assert s.quoted_words == 5
    assert s.quoted_word_share == pytest.approx(5 / 10)


def test_long_sentences_and_paragraphs() -> None:
    long = " ".join(["word"] * 21) + "."
    short = "A short one here."
    s = signals(f"{long} {short}", " ".join([short] * 40))
    assert s.long_sentences == 1
    assert s.long_sentence_share == pytest.approx(1 / 42)
    assert s.long_paragraphs == 1  # the second paragraph has 160 words


def test_opening_runs() -> None:
    s = signals("The mayor spoke. The crowd cheered. The band played. A dog barked.")
    assert s.repeated_openings == 1
    (run,) = s.opening_runs
    assert (run.word, run.start, run.sentences) == ("the", 0, 3)
    assert opening_runs(["a", "a", "b", "b", "b", "b"], [0, 1, 2, 3, 4, 5])[0].sentences == 4


def test_passive_share_counts_sentences() -> None:
    s = signals("The road was closed and the bridge was shut. The mayor spoke.")
    assert (s.passive_candidates, s.passive_sentences) == (2, 1)
    assert s.passive_share == pytest.approx(0.5)


def test_empty_body() -> None:
    s = style_signals([], [], [], [])
    assert s.long_sentence_share is None and s.quoted_word_share is None and s.passive_share is None


@pytest.mark.parametrize(
    "name", ["adverb-stoplist.txt", "be-forms.txt", "irregular-participles.txt", "passive-skip.txt"]
)
def test_style_lists_are_sorted_and_unique(name: str) -> None:
    entries = list(word_list(name))
    assert entries == sorted(set(entries))


@pytest.mark.parametrize("bad", ["“" * 200_000, '"' * 200_000, "‘a’" * 70_000, "‘" * 200_000])
def test_quote_scan_is_linear(bad: str) -> None:
    start = time.perf_counter()
    quote_spans(bad)
    assert time.perf_counter() - start < 2.0


@given(st.text(st.sampled_from("ab ’‘\"“”«»„.x'"), max_size=80))
def test_quote_spans_are_ordered_and_inside(text: str) -> None:
    spans = quote_spans(text)
    last = 0
    for s, e in spans:
        assert last <= s <= e <= len(text)
        last = e


@given(
    st.lists(
        st.sampled_from(["was", "is", "been", "not", "quickly", "closed", "taken", "red", "the"]),
        max_size=30,
    )
)
def test_passive_candidates_never_exceed_be_forms(words: list[str]) -> None:
    n = passive_candidates(words)
    assert 0 <= n <= sum(1 for w in words if w in ("was", "is", "been"))
