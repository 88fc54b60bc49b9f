"""Properties over any text: nothing raises, spans are lossless, output is deterministic.

Two kinds of input (tests/strategies.py): the full Unicode range with awkward characters
over-represented, and article-like text (titles, bylines, captions with credits,
boilerplate, abbreviations) joined by every kind of line ending. The ``ci`` hypothesis
profile (tests/conftest.py) is derandomized; ``HYPOTHESIS_PROFILE=dev`` runs far more.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st
from strategies import AWKWARD, any_text, article_like, surrogate_text

import newsread
from newsread import Report
from newsread._errors import EmptyInputError, NotTextError
from newsread._io import decode
from newsread._language import text_warnings

texts = st.one_of(any_text, article_like)

#: Inputs that broke naive code once; kept as explicit examples.
EDGE = (
    "",
    " ",
    "\n" * 50,
    ".",
    "\u2028\u2029\x85",
    "A\rB\r\nC\nD",
    "\ufeffTitle\n\nBody text here. More text.",
    "İstanbul’da ﬁve İİ ß.",
    "a\u0301" * 20,
    "\x00\x01\x02",
    "Mr. U.S. a.m. Dec. 21.",
    "“”‘’«»" * 5,
    "\u200b" * 10,
)


def _check_blocks(text: str, article: newsread.Article) -> None:
    covered = bytearray(len(text))
    last_end = 0
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(text), block
        assert block.start >= last_end, "blocks overlap or are out of order"
        assert block.text == text[block.start : block.end]
        assert block.reason
        last_end = block.end
        covered[block.start : block.end] = b"\x01" * (block.end - block.start)
    missing = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert not missing, f"characters in no block: {[text[i] for i in missing[:10]]}"


def with_edges(test: Callable[[str], None]) -> Callable[[str], None]:
    """Adds every EDGE string as an explicit example."""
    for edge in EDGE:
        test = example(edge)(test)
    return test


@given(texts)
@with_edges
def test_segment_blocks_partition_the_text(text: str) -> None:
    _check_blocks(text, newsread.segment(text))


def _check_report(text: str, report: Report) -> None:
    c = report.counts
    for name, value in c:
        assert value >= 0, name
    assert sum(p.sentences for p in report.paragraphs.paragraphs) == c.sentences
    assert sum(p.words for p in report.paragraphs.paragraphs) == c.words
    for s in report.sentences.longest:
        assert s.text == text[s.start : s.end]
    for p in report.paragraphs.paragraphs:
        assert p.text == text[p.start : p.end]
    for a in report.set_aside:
        assert a.text == text[a.start : a.end]
    for score in report.readability:
        assert score.value is None or math.isfinite(score.value), score
    # Deterministic, byte for byte, and lossless through JSON.
    dumped = report.model_dump_json()
    assert newsread.analyze(text).model_dump_json() == dumped
    assert Report.model_validate_json(dumped) == report
    json.loads(dumped)


@given(texts)
@with_edges
def test_analyze_never_raises_and_reports_are_consistent(text: str) -> None:
    _check_report(text, newsread.analyze(text))


@given(texts)
@with_edges
def test_sentences_are_in_order_and_slice_back(text: str) -> None:
    spans = newsread.sentence_spans(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        last = e
    assert newsread.split_sentences(text) == [text[s:e] for s, e in spans]


@given(
    st.text(
        st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(AWKWARD)), max_size=60
    )
)
def test_count_syllables_never_negative(word: str) -> None:
    n = newsread.count_syllables(word)
    assert isinstance(n, int) and n >= 0


@given(texts)
def test_text_warnings_are_well_formed(text: str) -> None:
    warnings = text_warnings(text)
    assert warnings == text_warnings(text)
    for code, message in warnings:
        assert code and message and "\n" not in message


@given(st.binary(max_size=600))
def test_decode_either_returns_text_or_raises_a_documented_error(data: bytes) -> None:
    try:
        decoded = decode(data, "x.txt")
    except (NotTextError, EmptyInputError):
        return
    assert decoded.text.strip()
    assert "\x00" not in decoded.text
    decoded.text.encode("utf-8")  # no lone surrogates ever leave the decoder
    assert decode(data, "x.txt") == decoded


@given(texts, st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-32")))
def test_decode_round_trips_every_utf(text: str, codec: str) -> None:
    text = text.replace("\x00", "")
    data = text.encode(codec)
    try:
        decoded = decode(data, "x.txt")
    except EmptyInputError:
        assert not text.strip()
        return
    except NotTextError:  # mostly control or private-use characters: refused, rightly
        odd = sum(1 for c in text if _odd(c))
        assert odd > 0.05 * len(text), text
        return
    if decoded.note and "mojibake" in decoded.note:
        return  # the generator wrote "Ã©"-like pairs; repairing them is the intended behaviour
    # Only a leading U+FEFF is taken for a byte-order mark.
    assert decoded.text in (text, text[1:] if text.startswith("\ufeff") else text)


def _odd(c: str) -> bool:
    return (ord(c) < 32 and c not in "\t\n\x0c\r") or c in "\x7f\ufffd" or "\ue000" <= c <= "\uf8ff"


@given(surrogate_text)
@example("Storm hits coast\n\nThe storm reached the coast at dawn, and \ud800 power failed today.")
def test_reports_with_lone_surrogates_serialise(text: str) -> None:
    Report.model_validate_json(newsread.analyze(text).model_dump_json())
