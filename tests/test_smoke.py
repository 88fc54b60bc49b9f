"""End-to-end smoke test of the public pipeline on a short article written for the tests."""

from __future__ import annotations

import newsread

ARTICLE = """Storm closes harbor road

The storm closed the harbor road on Monday. Crews worked through the night to clear it.

Load more…
"""


def test_analyze_measures_body_only() -> None:
    report = newsread.analyze(ARTICLE)
    assert report.title == "Storm closes harbor road"
    assert report.counts.sentences == 2
    assert report.counts.words == 16
    assert [b.text for b in report.set_aside][-1] == "Load more…"
