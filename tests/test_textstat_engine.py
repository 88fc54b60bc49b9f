"""engine="textstat": textstat's own values, offline, without disturbing other textstat users."""

from __future__ import annotations

import math
import threading

import pytest

import newsread
from newsread._formulas import formula
from newsread._textstat_engine import SyllableTable, textstat_scores

ARTICLE = """Harbor road to reopen after storm repairs

The harbor road will reopen on Friday after crews repaired the damage left by last week's storm. The city said the work cost about 2 million dollars.

"We worked through every night," said the site manager. Residents were told to expect short delays while the final barriers are removed.
"""


def test_textstat_engine_offline(no_network: None) -> None:
    report = newsread.analyze(ARTICLE, engine="textstat")
    assert report.engine == "textstat"
    assert report.engine_counts is not None and report.engine_counts.words > 30
    for s in report.readability:
        if formula(s.name).textstat is None:  # the engine says so instead of failing
            assert s.value is None and s.warning == "textstat has no counterpart of this formula"
        else:
            assert s.value is not None and math.isfinite(s.value), s.name
    assert report.consensus_grade is not None
    # the newsread statistics are still newsread's own
    assert report.counts.words == newsread.analyze(ARTICLE).counts.words


def test_textstat_engine_uses_the_cmu_table(no_network: None) -> None:
    from newsread._syllables import dictionary

    _, counts, _ = textstat_scores("Readability matters a great deal to readers.")
    expected = sum(
        dictionary()[w] for w in ["readability", "matters", "a", "great", "deal", "to", "readers"]
    )
    assert counts.syllables == expected


def test_empty_body_is_undefined_not_zero(no_network: None) -> None:
    results, counts, consensus = textstat_scores("")
    assert counts.words == 0 and consensus is None
    assert all(s.value is None and s.warning for s in results)


def test_other_languages_still_reach_textstat_s_own_lookup(no_network: None) -> None:
    """The wrapper delegates every other language tag to textstat's function."""
    from textstat.backend.counts import _count_syllables as module

    textstat_scores("The wrapper is installed by this call.")
    assert getattr(module.get_cmudict, "__newsread__", False)
    assert module.get_cmudict("fr_FR") is None  # textstat's own answer for non-English


def test_threads_get_the_same_values(no_network: None) -> None:
    texts = [
        f"The storm closed {n} roads near the harbor today. Crews are working."
        for n in ("two", "three", "four", "five", "six", "seven")
    ]
    serial = [textstat_scores(t)[0] for t in texts]
    found: dict[int, object] = {}

    def work(i: int) -> None:
        found[i] = textstat_scores(texts[i])[0]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [found[i] for i in range(len(texts))] == serial


def test_syllable_table_is_cmudict_shaped() -> None:
    table = SyllableTable({"storm": 1, "harbor": 2})
    assert table["harbor"] == [["AH0", "AH0"]]
    with pytest.raises(KeyError):
        table["missing"]
