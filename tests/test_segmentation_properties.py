"""Invariants of segmentation, checked with hypothesis.

1. Blocks partition the input: in order, not overlapping, ``text == input[start:end]``,
   never starting or ending with whitespace, covering every non-whitespace character.
2. Idempotence on the body (docs/segmentation.md, "Guarantees"): segmenting the body
   paragraphs joined by blank lines labels every one of them a paragraph again, except
   leading ones that do not end like a sentence and have fewer than 25 words (those may be
   taken for a title or a deck).
3. Adding a short debris line ("Load more…") at any line boundary never changes the body.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread import segment
from newsread._segment.cues import describe
from newsread._segment.lines import Cue, Line

SENTENCES = [
    "The council voted on Tuesday to rebuild the old bridge over the river.",
    "Engineers said the new bridge would carry twice as many cars as the old one.",
    "“We have waited ten years for this,” said one resident who lives near the river.",
    "Work is expected to start in the spring.",
    "It rained.",
    "Some residents were worried about the noise, but most of them welcomed the plan",
    "The mayor, who had opposed the plan for years, did not attend the meeting on Tuesday.",
]
OTHER_LINES = [
    "Council votes to rebuild the bridge",
    "By Jane Doe",
    "March 3, 2024 4:05 pm",
    "Photo: John Roe, AP",
    "Workers inspect the bridge on Dec. 21. REUTERS",
    "Reuters",
    "Home",
    "Sport",
    "Most Popular Stories",
    "Share this story",
    "© 2024 Example News Ltd. All rights reserved.",
    "Tags: bridge, river",
    "sam says:",
    "What happens next",
    "-----",
]
DEBRIS = [
    "Load more…",
    "Copy the URL to share",
    "Advertisement",
    "Share this article",
    "Share on Facebook",
    "Print",
    "Story continues below",
]
SEPARATORS = ["\n", "\n\n", "\r\n", "\n\n\n", "\r"]

lines = st.lists(st.sampled_from(SENTENCES + OTHER_LINES) | st.text(max_size=40), max_size=25)
articles = st.builds(
    lambda ls, seps: "".join(line + seps[i % len(seps)] for i, line in enumerate(ls)),
    lines,
    st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=4),
)
any_text = st.text(max_size=300) | articles


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_blocks_partition_the_input(text):
    art = segment(text)
    assert art.text == text
    covered = [False] * len(text)
    prev_end = 0
    for b in art.blocks:
        assert prev_end <= b.start < b.end <= len(text)
        assert b.text == text[b.start : b.end]
        assert not b.text[0].isspace() and not b.text[-1].isspace()
        assert b.reason
        for i in range(b.start, b.end):
            covered[i] = True
        prev_end = b.end
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


def _may_lead_out(text: str) -> bool:
    line = Line(0, len(text), text, 0)
    describe(line)
    return line.cue is Cue.NEAR and line.n < 25


@settings(max_examples=150, deadline=None)
@given(articles)
def test_idempotent_on_its_own_body(text):
    body = [b.text for b in segment(text).body]
    again = segment("\n\n".join(body))
    kinds = [b.kind.value for b in again.blocks]
    assert [b.text for b in again.blocks] == body
    lead = 0
    while lead < len(body) and _may_lead_out(body[lead]):
        lead += 1
    assert kinds[lead:] == ["paragraph"] * (len(body) - lead)


@settings(max_examples=150, deadline=None)
@given(articles, st.sampled_from(DEBRIS), st.integers(min_value=0))
def test_adding_a_debris_line_never_changes_the_body(text, debris, where):
    boundaries = [0] + [i + 1 for i, ch in enumerate(text) if ch in "\n\r"] + [len(text)]
    at = boundaries[where % len(boundaries)]
    changed = text[:at] + "\n" + debris + "\n" + text[at:]
    assert [b.text for b in segment(changed).body] == [b.text for b in segment(text).body]
