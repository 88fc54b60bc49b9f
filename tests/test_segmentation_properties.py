"""Invariants of segmentation, checked with hypothesis.

1. Blocks partition the input: in order, not overlapping, ``text == input[start:end]``,
   never starting or ending with whitespace, covering every non-whitespace character.
2. Idempotence on the body (docs/segmentation.md, "Guarantees"): segmenting the body
   paragraphs joined by blank lines labels every one of them a paragraph again, except
   leading ones that do not end like a sentence and have fewer than 25 words (those may be
   taken for a title or a deck).
3. Adding a short debris line ("Load more…") at any line boundary never changes the body
   of a text that already holds page debris (a text with none is clean copy, read more
   generously: docs/segmentation.md, "Clean copy").
4. Clean copy keeps its prose (issue 10): the only prose of a text is body, with or
   without its final stop; every item of a list article (3 to 15 short or numbered
   headings, each over a paragraph) is body under a subhead; a debris phrase inside a
   long prose paragraph never sets it aside; a lead-in ending in ":" and the list or
   quotation it introduces stay with the story; so does an unmarked list in clean copy.
"""

from __future__ import annotations

import textwrap

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsread import analyze, segment
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
    text = "Advertisement\n" + text  # a page, not clean copy
    boundaries = [0] + [i + 1 for i, ch in enumerate(text) if ch in "\n\r"] + [len(text)]
    at = boundaries[where % len(boundaries)]
    changed = text[:at] + "\n" + debris + "\n" + text[at:]
    assert [b.text for b in segment(changed).body] == [b.text for b in segment(text).body]


# --- clean copy keeps its prose ------------------------------------------------------------

PROSE = [
    "The council voted on Tuesday to keep the harbor road closed until the end of the month",
    "engineers found cracks in the old bridge that carries the road over the river",
    "repairs will cost about $2.4 million and should be finished before the spring",
    "the mayor said the city would not take any chances with the safety of people who use it",
    "shops near the water said business had been slow but steady since the road closed",
    "buses will take a detour through the town center for as long as the work goes on",
]
HEADINGS = [
    "Turn down the heating",
    "Switch off the lights",
    "Check the boiler",
    "Wash at lower temperatures",
    "Seal the draughts",
    "Close the curtains early",
    "Only boil what you need",
    "Dry clothes outside",
]
PLACES = ["Paris", "Rome", "Lisbon", "Vienna", "Prague", "Madrid", "Dublin", "Oslo"]
PHRASES = [
    "accept cookies",
    "share this story",
    "sign up for our newsletter",
    "load more",
    "click here",
]


def _sentence(words: list[str], stop: str) -> str:
    text = " and ".join(words)
    return text[0].upper() + text[1:] + stop


prose_lines = st.builds(
    _sentence,
    st.lists(st.sampled_from(PROSE), min_size=1, max_size=3),
    st.sampled_from(["", ".", " [12]", "!", ". (Reuters)", " - AP"]),  # a wire's sign-off
)


@settings(max_examples=100, deadline=None)
@given(prose_lines, st.booleans(), st.sampled_from(["\n", "\n\n"]))
def test_the_only_prose_is_never_set_aside(prose, titled, sep):
    text = ("Harbor road stays closed" + sep if titled else "") + prose
    assert [b.text for b in segment(text).body] == [prose]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.builds(
            _sentence,
            st.lists(st.sampled_from(PROSE), min_size=1, max_size=3),
            st.sampled_from(["", " [12]"]),
        ),
        min_size=2,
        max_size=6,
    ),
    st.sampled_from(["\n", "\n\n"]),
)
def test_paragraphs_that_all_lost_their_stops_are_all_kept(paragraphs, sep):
    # No line ends like a sentence: every paragraph under the title is the story's, not
    # only the longest. (Without a title line, the first one may be read as the title.)
    text = "Harbor road stays closed" + sep + sep.join(paragraphs)
    body = " ".join(b.text for b in segment(text).body)
    assert body.split() == " ".join(paragraphs).split()


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=3, max_value=15),
    st.sampled_from(["numbered", "numbered-dot", "labelled", "named", "plain"]),
    st.sampled_from(["\n", "\n\n"]),
    st.lists(st.sampled_from(PROSE), min_size=1, max_size=2),
    st.booleans(),
)
def test_list_articles_keep_every_item(items, style, sep, words, intro):
    title = f"{items} ways to save energy this winter"
    lines = [title]
    if intro:
        lines.append(_sentence(words, "."))
    paragraphs = []
    for k in range(items):
        heading = (PLACES if style == "named" else HEADINGS)[k % len(HEADINGS)]
        lines.append(
            f"{k + 1} {heading}"
            if style == "numbered"
            else f"{k + 1}. {heading}"  # "1. Paris" alone reads as a credit after a full stop
            if style in ("numbered-dot", "named")
            else f"Tip {k + 1}: {heading}"
            if style == "labelled"
            else heading
        )
        # A list item's paragraph is about its heading, as in real list articles (a heading
        # sharing no word with the story is a link: docs/segmentation.md, "Agreement").
        item = _sentence(words[::-1] if k % 2 else words, ".")
        paragraphs.append(f"{item} {heading} saves money.")
        lines.append(paragraphs[-1])
    art = segment(sep.join(lines))
    body = [b.text for b in art.body]
    assert body == lines[1:2] + paragraphs if intro else body == paragraphs
    headings = [b.text for b in art.blocks if b.kind.value == "subhead"]
    assert len(headings) == items
    assert [b.text for b in art.blocks if b.kind.value == "title"] == [title]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(PROSE), min_size=2, max_size=3),
    st.sampled_from(PHRASES),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(["\n", "\n\n"]),
)
def test_a_debris_phrase_inside_prose_never_sets_it_aside(words, phrase, where, sep):
    parts = list(words)
    parts.insert(where % (len(parts) + 1), f"readers who {phrase} will see it")
    mention = _sentence(parts, ".")
    others = [_sentence([w], ".") for w in PROSE[:3]]
    text = sep.join(["Harbor road stays closed", others[0], mention, others[1], others[2]])
    assert mention in [b.text for b in segment(text).body]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(HEADINGS), min_size=2, max_size=6),
    st.sampled_from(["- ", "• ", ""]),
    st.sampled_from(["\n", "\n\n"]),
    st.booleans(),
    st.sampled_from(["The mayor listed her priorities for the coming year:", "You will need:"]),
    st.booleans(),
)
def test_a_lead_in_and_its_list_stay_with_the_story(items, mark, sep, quote, lead, sentences):
    # A lead-in of few words ("You will need:") is one by the bulleted list under it.
    assume(lead.startswith("The") or (mark and not quote))
    listed = [
        mark
        + (f"{item} will save money this winter, the council says." if sentences else item.lower())
        for item in items
    ]
    if quote:
        listed = [
            "\u201cWe have waited too long to fix the things that matter most to people here.\u201d"
        ]
    text = sep.join(["Mayor sets out her plan", lead, *listed, _sentence(PROSE[:2], ".")])
    body = [b.text for b in segment(text).body]
    assert lead in body and all(item in body for item in listed)


ITEMS = [
    "new railings on both sides",
    "two lanes for cyclists",
    "Lighting along the footpath",
    "a wider pavement, resurfaced",
    "3 new bus stops",
    "Drainage repairs",
    "a ramp at the north end",
    "Benches and bins",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(ITEMS), min_size=2, max_size=8, unique=True),
    st.booleans(),
    st.sampled_from(["\n", "\n\n"]),
)
def test_an_unmarked_list_in_clean_copy_stays_with_the_story(items, headed, sep):
    # Clean copy: a paragraph, then a list with no marks and no lead-in (perhaps under a
    # heading), then the rest of the story. Every line under the title is the story's.
    lines = ["Harbor road stays closed", _sentence(PROSE[:1], ".")]
    lines += ["What the work includes"] if headed else []
    lines += items + [_sentence([w], ".") for w in PROSE[1:4]]
    art = segment(sep.join(lines))
    kept = [b.text for b in art.blocks if b.kind.value in ("paragraph", "subhead")]
    assert kept == lines[1:]


# --- hard-wrapped text reads as its paragraphs ---------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PROSE), min_size=2, max_size=4), min_size=2, max_size=5),
    st.integers(min_value=45, max_value=90),
    st.booleans(),
)
def test_hard_wrapped_text_counts_as_its_paragraphs(paragraphs, width, titled):
    # E-mail, plain-text wires and PDF extracts break every line at a fixed width.
    texts = [_sentence(words, ".") for words in paragraphs]
    title = ["Harbor road stays closed"] if titled else []
    flat = "\n\n".join(title + texts)
    wrapped = "\n\n".join(title + [textwrap.fill(t, width, break_on_hyphens=False) for t in texts])
    one, other = analyze(flat), analyze(wrapped)
    assert other.counts == one.counts
    assert [f.value for f in other.readability] == [f.value for f in one.readability]
    assert [b.text.split() for b in segment(wrapped).body] == [t.split() for t in texts]
