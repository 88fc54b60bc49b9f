"""Whatever the text, every renderer shows it as text (issue 14, item 11): the rich views at
a fixed width (the report, the blocks view, the corpus table), the HTML report and the CSV row
never raise, never emit a control code or an element from the input, and keep the input's
markup-like pieces visible (the checks: tests/view_checks.py, shared with benchmarks/fuzz.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import HOSTILE_TOKENS, any_text, hostile_name, hostile_text
from view_checks import check_views

import newsread


# Each example is a whole article through analysis and three renderers: fewer examples
# than the default keep the suite fast; benchmarks/fuzz.py explores these for hours.
@settings(max_examples=25)
@given(hostile_text(), hostile_name(), st.sampled_from([40, 80, 120]))
def test_every_renderer_shows_hostile_text_as_text(text: str, name: str, width: int) -> None:
    check_views(text, newsread.analyze(text, source=name), width)


@settings(max_examples=25)
@given(any_text)
def test_every_renderer_takes_any_text(text: str) -> None:
    check_views(text, newsread.analyze(text), 60)


def test_the_tokens_include_every_kind_the_issue_names() -> None:
    joined = "".join(HOSTILE_TOKENS)
    for piece in ("[", "]", "/", "\x1b[", "\x1b]", "\u202e", "\u2028", "<script>"):
        assert piece in joined
