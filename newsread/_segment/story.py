"""Where the story is, and what each line inside it and just below it is.

The story is the contiguous run of lines with the highest total score (maximum-sum
subarray, linear time): body-like lines score for it by their word count, short
non-sentences and bylines against; short debris is transparent. Its ends are then
adjusted: long lines without a sentence end that touch it join it, and a closing run of
dated comments, a list of teasers or a short cut-off tail are dropped.
"""

from __future__ import annotations

from .._models import BlockKind
from .lines import BODY_CUES, CAPTION_CUES, Cue, Line
from .reasons import Code, Reason

PARAGRAPH, CAPTION, BYLINE = BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.BYLINE
SUBHEAD, BOILERPLATE, TITLE = BlockKind.SUBHEAD, BlockKind.BOILERPLATE, BlockKind.TITLE
Labels = dict[int, tuple[BlockKind, Reason]]

AGENCY_AFTER_STORY = Reason(Code.AGENCY_AFTER_STORY)
LINK_LIST = Reason(Code.LINK_LIST)
SHORT_HEADING = Reason(Code.SHORT_HEADING)
SHORT_LINE = Reason(Code.SHORT_LINE)

FOOTER_REACH = 4  # lines below the story searched for reporting credits
SHORT_COST = 4.0  # score of a short non-sentence line: -(SHORT_COST + SHORT_WORD_COST * words)
SHORT_WORD_COST = 2.0
LIGHT_DEBRIS = 5  # debris lines this short are transparent to the story span
TAIL_WORDS = 30  # a tail scoring less than this after a break is not the story's end
TAIL_BREAK = 8.0  # ... when the break costs at least this much


def score(line: Line) -> float:
    """How much a line argues for (positive) or against (negative) being inside the story."""
    cue = line.cue
    if cue is Cue.GOOD:
        return float(line.n)
    if cue is Cue.SENTENCE:
        return max(1.0, line.n / 2)
    if cue is Cue.NEAR:
        return 0.0
    if cue in CAPTION_CUES:
        return -1.0
    if cue is Cue.BYLINE:
        return -3.0
    return -(SHORT_COST + line.n * SHORT_WORD_COST)  # SHORT: headline, menu item, label


def story_span(lines: list[Line], view: list[Line]) -> tuple[int, int] | None:
    """Indices (into ``view``) of the first and last line of the story, or None.

    Short debris lines (``LIGHT_DEBRIS`` words or fewer: "Share", "Load more…") are
    transparent; longer debris (copyright and cookie notices, menu rows) counts against.
    """
    # A question or exclamation with a byline right under it is a headline, not body:
    # "Will the bridge be rebuilt this year?" / "By Jane Doe".
    headlines = {
        view[i].index
        for i in range(len(view) - 1)
        if view[i].headline and view[i].cue in BODY_CUES and view[i + 1].cue is Cue.BYLINE
    }
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for line in lines:
        if line.cue is Cue.BOILER:
            if line.n <= LIGHT_DEBRIS:
                continue
            s = -(line.n + 5.0)
        elif line.index in headlines:
            s = -(SHORT_COST + line.n * SHORT_WORD_COST)
        else:
            s = score(line)
        if run <= 0:
            run, run_start = s, line.index
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, line.index)
    if best_span is None:
        return None
    first, last = best_span
    # Both ends of the best run are lines with a positive score, so they are in the view.
    position = {line.index: i for i, line in enumerate(view)}
    a, b = position[first], position[last]
    # Lines that neither help nor hurt (long lines without a sentence end) belong to the
    # story when they touch it: a paragraph the page split, a last line missing its stop.
    while b + 1 < len(view) and view[b + 1].cue is Cue.NEAR:
        b += 1
    while a > 0 and view[a - 1].cue is Cue.NEAR and view[a - 1].n >= 25:
        a -= 1
    a, b = cut_comments(view, a, b)
    return a, trim_tail(view, a, cut_teasers(view, a, b))


def trim_tail(view: list[Line], a: int, b: int) -> int:
    """Drop a short tail of sentences cut off from the story by short lines or bylines:
    a site's blurb or a promotion ("Come see us again.") rather than the story's end."""
    while True:
        i = b
        words = 0.0
        while i > a and view[i].cue in BODY_CUES:
            words += score(view[i])
            i -= 1
        cost = 0.0
        j = i
        while j > a and view[j].cue in (Cue.SHORT, Cue.BYLINE):
            cost -= score(view[j])
            j -= 1
        if i == b or j == i or j <= a or words >= TAIL_WORDS or cost < TAIL_BREAK:
            return b
        b = j


def cut_teasers(view: list[Line], a: int, b: int) -> int:
    """End the story before a closing list of other stories: headline, one-paragraph blurb,
    headline, blurb… (three pairs or more). Sections of a story under subheads have more
    than one paragraph each, or do not run to the story's end."""
    i = b
    pairs = 0
    while (
        i - 1 > a
        and view[i].cue in (Cue.GOOD, Cue.SENTENCE)
        and view[i - 1].cue is Cue.SHORT
        and view[i - 1].headline
    ):
        pairs += 1
        i -= 2
    if pairs >= 3:
        b = i
        while b > a and view[b].cue not in BODY_CUES:
            b -= 1
    return b


def cut_comments(view: list[Line], a: int, b: int) -> tuple[int, int]:
    """End the story where a run of dated items starts (reader comments, teaser lists).

    A story has its bylines and date lines above it and perhaps a credit at its end; once
    body text has begun, three or more date/"By" lines close together with text after them
    are the comment section or a list of dated stories, and the story ends before them.
    """
    dated = []
    body_words = 0
    for i in range(a, b + 1):
        line = view[i]
        if line.cue is Cue.GOOD:
            body_words += line.n
        elif (
            line.cue is Cue.BYLINE
            and body_words >= 60
            and line.reason is not None
            and line.reason.code in (Code.DATE_LINE, Code.BY)
        ):
            dated.append(i)

    def text_between(i: int, j: int) -> bool:
        return any(view[k].cue in (Cue.GOOD, Cue.SENTENCE) for k in range(i + 1, j))

    for k in range(len(dated) - 2):
        p1, p2, p3 = dated[k : k + 3]
        if p3 - p1 <= 16 and text_between(p1, p2) and text_between(p2, p3):
            b = p1 - 1
            while b > a and view[b].cue not in BODY_CUES:
                b -= 1
            break
    return a, b


def _own(line: Line) -> Reason:
    assert line.reason is not None
    return line.reason


def label_story(view: list[Line], a: int, b: int, out: Labels) -> None:
    """Label the lines of the story, ``view[a..b]``."""
    run_start = run_end = a  # the run of short lines the current one belongs to
    for i in range(a, b + 1):
        line = view[i]
        cue = line.cue
        if cue in BODY_CUES:
            out[line.index] = (PARAGRAPH, _own(line))
        elif cue is Cue.CAPTION or cue is Cue.CREDIT:
            out[line.index] = (CAPTION, _own(line))
        elif cue is Cue.AGENCY:
            if i == b:
                out[line.index] = (BYLINE, AGENCY_AFTER_STORY)
            else:
                out[line.index] = (CAPTION, Reason(Code.AGENCY_CREDIT, _own(line).detail))
        elif cue is Cue.BYLINE:
            out[line.index] = (BYLINE, _own(line))
        else:  # SHORT
            if i == a or view[i - 1].cue is not Cue.SHORT:
                run_start, run_end = i, i
                while run_end < b and view[run_end + 1].cue is Cue.SHORT:
                    run_end += 1
            followed = run_end < b and view[run_end + 1].cue in BODY_CUES
            if run_end - run_start >= 2:
                out[line.index] = (BOILERPLATE, LINK_LIST)
            elif line.headline and followed:
                out[line.index] = (SUBHEAD, SHORT_HEADING)
            else:
                out[line.index] = (BOILERPLATE, SHORT_LINE)


def label_footer(view: list[Line], b: int, out: Labels) -> None:
    """Just below the story: reporting credits and author notes are bylines."""
    for j in range(b + 1, min(len(view), b + 1 + FOOTER_REACH)):
        line = view[j]
        if line.cue is Cue.BYLINE:
            out[line.index] = (BYLINE, _own(line))
        elif line.cue is Cue.AGENCY and j == b + 1:
            out[line.index] = (BYLINE, AGENCY_AFTER_STORY)


def label_no_story(view: list[Line], out: Labels) -> None:
    """No line reads like body text: keep only what cues say for sure."""
    for line in view:
        if line.cue is Cue.BYLINE:
            out[line.index] = (BYLINE, _own(line))
        elif line.cue in (Cue.CAPTION, Cue.CREDIT):
            out[line.index] = (CAPTION, _own(line))
    if view and view[0].headline and view[0].index not in out:
        out[view[0].index] = (TITLE, Reason(Code.FIRST_HEADLINE))
