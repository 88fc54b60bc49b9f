"""Where the story is, and what each line inside it and just below it is.

The story is the contiguous run of lines with the highest total score (maximum-sum
subarray, linear time): body-like lines score for it by their word count, short
non-sentences and bylines against; short debris is transparent. Its ends are then
adjusted: long lines without a sentence end that touch it join it, and a closing run of
dated comments, a list of teasers or a short cut-off tail are dropped.
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from .._data import word_list, word_set
from .._models import BlockKind
from .cues import LEAD_IN, LONG_NO_END
from .debris import promo_signals, speech
from .lines import (
    BODY_CUES,
    CAPTION_CUES,
    LIST_MARKS,
    TOKEN_RE,
    Cue,
    Line,
    line_content,
    lower_start,
    overlap,
    stopwords,
)
from .reasons import Code, Reason

PARAGRAPH, CAPTION, BYLINE = BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.BYLINE
SUBHEAD, BOILERPLATE, TITLE = BlockKind.SUBHEAD, BlockKind.BOILERPLATE, BlockKind.TITLE
Labels = dict[int, tuple[BlockKind, Reason]]

AGENCY_AFTER_STORY = Reason(Code.AGENCY_AFTER_STORY)
LINK_LIST = Reason(Code.LINK_LIST)
SHORT_HEADING = Reason(Code.SHORT_HEADING)
SHORT_LINE = Reason(Code.SHORT_LINE)

LIST_ITEM = Reason(Code.LIST_ITEM)
LIST_HEADING = Reason(Code.LIST_HEADING)
SPLIT_LINE = Reason(Code.SPLIT_LINE)
ONLY_PROSE = Reason(Code.ONLY_PROSE)
CLEAN_TEXT_LINE = Reason(Code.CLEAN_TEXT_LINE)
OFF_TOPIC_HEADING = Reason(Code.OFF_TOPIC_HEADING)
EXCERPT = Reason(Code.EXCERPT_RUN)

# A heading that opens with its number in a list, perhaps after a label word that every
# heading of the list repeats. "1 Turn down the heating", "2. Switch off", "Tip 3: Wash cold"
NUMBERED_RE = re.compile(r"(?:([^\W\d_]+)\s+)?(\d{1,2})(?:[.):]\s*|\s+)(?=[^\W\d_])")

#: Cues a numbered heading of a list may have on its own: a short line, a short sentence
#: ("1. Stay calm."), or a caption's credit ("1. Paris": a name after a full stop).
HEADING_CUES = (Cue.SHORT, Cue.SENTENCE, Cue.CAPTION, Cue.CREDIT)
FOOTER_REACH = 4  # lines below the story searched for reporting credits
SHORT_COST = 4.0  # score of a short non-sentence line: -(SHORT_COST + SHORT_WORD_COST * words)
SHORT_WORD_COST = 2.0
LIGHT_DEBRIS = 5  # debris lines this short are transparent to the story span
TAIL_WORDS = 30  # a tail scoring less than this after a break is not the story's end
TAIL_BREAK = 8.0  # ... when the break costs at least this much
TAIL_OVERLAP = 0.25  # ... unless it is a section sharing this share of its words with the story
HEADING_WORDS = 15  # longest numbered heading of a list
MAX_ITEMS = 40  # most list items after one lead-in
BULLETS = 2  # bulleted items that make a short line ending in ":" their lead-in
HEADING_AGREEMENT = 0.25  # least share of a heading's words found in its story
ONLY_PROSE_WORDS = 8  # the only prose on a page has at least this many words ...
ONLY_PROSE_DENSITY = 0.2  # ... and at least this share of function words
SIGNED_WORDS = 8  # tokens a signed-off paragraph has before its agency's name
TEASER_OVERLAP = 0.25  # teasers share less than this of their words with the story
COMMENT_FORM_BODY = 60  # body words read before a comment form ends the story
COMMENT_FORM_WORDS = 12  # longest line taken as a comment form's opener
EXCERPT_RUN = 3  # fewest cut-off excerpts in a row taken as teasers of other pages
EXCERPT_WORDS = 12  # ... each of at least this many words
EXCERPT_KEPT = 2  # fewest body-length lines that must be left outside the runs
PROSE = (*BODY_CUES, Cue.MENTIONS)
DECK_JOIN = 25  # a long line without an end this long, above the story, is no deck
PROMO_WORDS = 40  # longest line taken as a promotion at the story's edge
PROMO_SIGNALS = 2  # kinds of promotion a line must show (``debris.promo_signals``)
STANDFIRST_WORDS = 45  # a standfirst (a sentence between title and byline) is no longer
STANDFIRST_CUES = (Cue.GOOD, Cue.SENTENCE)
HEADER_TO_STORY = 3  # lines below a byline within which its story's text begins


def mark_lists(lines: list[Line]) -> None:
    """Give lines the role they play in a list: the short items after a lead-in line ("She
    listed three priorities:"), bulleted ones included ("• new roofs", which on their own
    read as a menu), and the numbered headings of a list article (each followed by prose
    before the next number)."""
    for i, line in enumerate(lines):
        if _bullets_lead_in(lines, i):  # "You will need:" / "- 500g flour" / "- 7g yeast"
            line.cue, line.reason = Cue.SENTENCE, LEAD_IN
        if line.reason is not None and line.reason.code is Code.LEAD_IN:
            j = i + 1
            while j < len(lines) and j - i <= MAX_ITEMS and _item(lines[j]):
                lines[j].cue, lines[j].role = Cue.SHORT, Code.LIST_ITEM
                j += 1
    view = [line for line in lines if line.cue is not Cue.BOILER]
    numbered = []
    for i, line in enumerate(view):
        if line.cue in HEADING_CUES and line.n <= HEADING_WORDS:
            found = NUMBERED_RE.match(line.text)
            if found:
                label = (found.group(1) or "").lower()
                numbered.append((i, label, int(found.group(2))))
    for (i, label, k), (j, next_label, m) in pairwise(numbered):
        if (
            m == k + 1
            and label == next_label
            and any(view[x].cue in PROSE for x in range(i + 1, j))
        ):
            for heading in (view[i], view[j]):
                # "1. Paris" reads as a caption's credit on its own; in a list it is a heading
                heading.cue, heading.role = Cue.SHORT, Code.LIST_HEADING


def mark_sign_offs(lines: list[Line]) -> None:
    """Mark the lines that may be a story's last paragraph signed off by the news agency
    that supplied it ("… officials said. (Reuters)", "… into the US. PTI"): read on their
    own as text with a credit glued on (a caption), they hold prose (``SIGNED_WORDS``
    tokens or more before the name, function words among them) and the credit is only a
    news agency's name (``news-agencies.txt``: no photo agency, no photographer). Such a
    line is the story's when it is its last line (:func:`label_story`) or the only prose
    of the text; anywhere else it is still a caption."""
    agencies = word_set("news-agencies.txt")
    for line in lines:
        reason = line.reason
        if (
            line.cue is Cue.CAPTION
            and reason is not None
            and reason.code in (Code.CREDIT_AT_END, Code.AGENCY_AT_END)
            and (reason.detail or "").strip(" ()[]-–—.").lower() in agencies
        ):
            kept = line.n - len(TOKEN_RE.findall(reason.detail or ""))
            if kept >= SIGNED_WORDS and line.stop >= kept * ONLY_PROSE_DENSITY:
                line.role = Code.SIGNED_OFF


def mark_split_lines(lines: list[Line]) -> None:
    """Mark the pieces of paragraphs the page broke mid-sentence (a link dropped, a line
    wrapped): a short line without a sentence end, between body text above it and body
    text going on in lower case below it, debris aside ("… told National Radio." /
    "Hillary, the first person to climb the world's" / "highest peak, died …"). A heading
    or a label is not continued by a lower-case word, unless that word is a name it holds
    ("About acme" / "acme makes …"; a function word such as "the" is no name), and a
    piece holding a debris phrase is the page's ("All rights reserved. Any copying of" /
    "this site …"). A piece belongs to its paragraph: it is neutral to
    the story's span and labelled body."""
    view = [line for line in lines if line.cue is not Cue.BOILER]
    for before, line, after in zip(view, view[1:], view[2:], strict=False):
        if (
            line.cue is Cue.SHORT
            and line.role is None
            and not line.mentions
            and before.cue in BODY_CUES
            and after.cue in BODY_CUES
            and not line.text.endswith((":", "."))
            and lower_start(after.text)
            and (after.tokens[0] not in line.tokens or after.tokens[0] in stopwords())
        ):
            line.role = Code.SPLIT_LINE


def mark_excerpts(lines: list[Line]) -> None:
    """Set aside runs of excerpts: ``EXCERPT_RUN`` or more lines in a row of body length
    (``EXCERPT_WORDS`` words or more), each cut off with an ellipsis ("… may soon...") — the
    teasers of other pages, which a story's paragraphs do not look like, one after another.
    Called only on pages that are not clean copy, and only when ``EXCERPT_KEPT`` lines of
    body length are left outside the runs: the story is never what is set aside."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in lines:
        if line.cue is Cue.BOILER:
            continue
        if line.n >= EXCERPT_WORDS and line.cue in PROSE and _cut_off(line.text):
            run.append(line)
            continue
        if len(run) >= EXCERPT_RUN:
            runs.append(run)
        run = []
    if len(run) >= EXCERPT_RUN:
        runs.append(run)
    if not runs:
        return
    cut = {line.index for r in runs for line in r}
    kept = sum(1 for line in lines if line.cue is Cue.GOOD and line.index not in cut)
    if kept < EXCERPT_KEPT:
        return
    for r in runs:
        for line in r:
            line.cue, line.reason = Cue.BOILER, EXCERPT
            line.role = None


def _cut_off(text: str) -> bool:
    """Whether a line ends in an ellipsis (three dots or "…"), as a cut-off excerpt does."""
    end = text.rstrip()
    return end.endswith(("...", "…")) and not end.endswith(("....", "……"))


def _bullets_lead_in(lines: list[Line], i: int) -> bool:
    """A short line ending in ":" over ``BULLETS`` or more bulleted items (short ones or
    sentences) is their lead-in, however few its words ("You will need:", "Key points:"): a
    form label or a prompt ("Enter your e-mail address:") has no bulleted list under it."""
    line = lines[i]
    if line.cue is not Cue.SHORT or line.role is not None or not line.text.endswith(":"):
        return False
    below = lines[i + 1 : i + 1 + BULLETS]
    return len(below) == BULLETS and all(
        b.text.startswith(LIST_MARKS) and (_item(b) or b.cue in BODY_CUES) for b in below
    )


def _item(line: Line) -> bool:
    """A short line that may be an item of a list: short, or a bulleted one read as a menu."""
    if line.cue is Cue.SHORT:
        return True
    code = line.reason.code if line.reason is not None else None
    return code is Code.MENU_MARKS and line.text.startswith(LIST_MARKS) and line.n <= HEADING_WORDS


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


def is_clean(lines: list[Line]) -> bool:
    """Whether the text looks like clean copy: no line is debris, a credit or a caption,
    and at most one is a byline or date line. Everything after the story's first
    paragraph is then the story's."""
    bylines = 0
    for line in lines:
        if line.cue in (Cue.BOILER, *CAPTION_CUES):
            return False
        if line.cue is Cue.BYLINE:
            bylines += 1
    return bylines <= 1


def story_span(lines: list[Line], view: list[Line], clean: bool = False) -> tuple[int, int] | None:
    """Indices (into ``view``) of the first and last line of the story, or None.

    Short debris lines (``LIGHT_DEBRIS`` words or fewer: "Share", "Load more…") are
    transparent; longer debris (copyright and cookie notices, menu rows) counts against.
    """
    # A question or exclamation with a byline right under it is a headline, not body:
    # "Will the bridge be rebuilt this year?" / "By Jane Doe"; so is one that opens the
    # text (its first line that is not debris), over the story's first paragraph. A sentence between a headline and its byline
    # is the story's standfirst, not its opening.
    headlines = {
        view[i].index
        for i in range(len(view) - 1)
        if (
            view[i].headline
            and view[i].cue in BODY_CUES
            and (
                view[i + 1].cue is Cue.BYLINE
                or (i == 0 and view[i + 1].cue is Cue.GOOD and view[i].n <= 15)
            )
        )
        or (i > 0 and standfirst(view[i], view[i - 1].headline, _heads_story(view, i + 1)))
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
        elif line.role is not None or line.cue is Cue.MENTIONS or _lead_in(line):
            s = 0.0  # lists, their lead-ins, prose that mentions debris: neutral
        else:
            s = score(line)
        if run <= 0:
            run, run_start = s, line.index
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, line.index)
    position = {line.index: i for i, line in enumerate(view)}
    if best_span is None:
        only = _only_prose(view)
        if only is None:
            return None
        a = b = only
    else:
        # Both ends of the best run are lines with a positive score, so they are in the view.
        a, b = position[best_span[0]], position[best_span[1]]
    # Lines that neither help nor hurt belong to the story when they touch it: long lines
    # without a sentence end (a paragraph the page split, a last line missing its stop),
    # the headings and items of its lists, prose that mentions a debris phrase. When no
    # line ends like a sentence, every such long line above the longest one is the story's
    # too (paragraphs that all lost their stops), not only the long ones.
    unended = best_span is None
    while True:
        if unended and a == 1 and view[0].headline and view[0].n < DECK_JOIN:
            unended = False  # the text's first line, shaped like a headline, is its title
        if b + 1 < len(view) and _joins(view[b + 1], view[b], below=True):
            b += 1
        elif a > 0 and _joins(view[a - 1], view[a], below=False, unended=unended):
            a -= 1
            if unended and view[a].cue is Cue.SHORT:  # prose that lost its stop, no heading
                view[a].cue, view[a].reason = Cue.NEAR, LONG_NO_END
        else:
            break
    if clean:
        # Clean copy has no debris to leave out: its story runs from the first paragraph
        # of body length (not a headline or standfirst) to the end, whatever lies between
        # (an unmarked list above the best-scoring run: a recipe's ingredients).
        first = next(
            (i for i in range(a) if view[i].cue is Cue.GOOD and view[i].index not in headlines),
            a,
        )
        return first, len(view) - 1
    a, b = cut_comments(view, a, b)
    b = cut_at_comment_form(lines, view, a, b)
    return a, trim_tail(view, a, cut_teasers(view, a, b))


def standfirst(line: Line, under_headline: bool, signed: bool) -> bool:
    """Whether ``line`` is a standfirst: the summary sentence many sites set between the
    headline (``under_headline``) and the byline right below it (``signed``), which may
    end like a sentence: "Title" / "A policy to conserve water led to ..." / "By Jane Doe".
    Of at most ``STANDFIRST_WORDS`` tokens."""
    return signed and under_headline and line.cue in STANDFIRST_CUES and line.n <= STANDFIRST_WORDS


def _heads_story(view: list[Line], j: int) -> bool:
    """Whether ``view[j]`` is a byline or date line heading a story: body text follows
    within ``HEADER_TO_STORY`` lines. A reporting credit ends a story, never heads one."""
    line = view[j]
    return (
        line.cue is Cue.BYLINE
        and _own(line).code is not Code.REPORTING_CREDIT
        and any(v.cue is Cue.GOOD for v in view[j + 1 : j + 1 + HEADER_TO_STORY])
    )


def _lead_in(line: Line) -> bool:
    return line.reason is not None and line.reason.code is Code.LEAD_IN


def _joins(line: Line, edge: Line, below: bool, unended: bool = False) -> bool:
    """Whether ``line``, next to the story's ``edge``, joins the story. Below the story only
    long lines without a sentence end do (a list or a lead-in after the story's last line
    is the page's, not the story's); above it also a list's heading, items and lead-in.
    Above it, a long line without an end joins at ``DECK_JOIN`` tokens or more (a shorter
    one may be a deck), or at any length when no line of the text ends like a sentence
    (``unended``)."""
    if line.role is Code.SIGNED_OFF:
        return below  # a story signs off at its end; a caption above it may name the agency
    if unended and not below and line.n >= ONLY_PROSE_WORDS and _unended_prose(line):
        return True
    if line.cue is Cue.NEAR:
        return below or line.n >= DECK_JOIN
    if below:
        return False
    if line.cue is Cue.MENTIONS:
        return abs(line.index - edge.index) == 1  # nothing at all between them
    if _lead_in(line):
        return edge.role is Code.LIST_ITEM or line.index == edge.index - 1
    return line.role is not None


def _only_prose(view: list[Line]) -> int | None:
    """The longest prose line of a page on which no line ends like a sentence: the story,
    kept with a note on its shape (a paragraph that lost its final stop)."""
    best, words = None, ONLY_PROSE_WORDS - 1
    for i, line in enumerate(view):
        if line.n > words and _unended_prose(line):
            best, words = i, line.n
    if best is not None and view[best].role is not Code.SIGNED_OFF:  # keeps its own code
        view[best].role = Code.ONLY_PROSE
    return best


def _unended_prose(line: Line) -> bool:
    """Whether a line of a text in which no line ends like a sentence reads as prose: a
    prose cue, a signed-off paragraph, or a short line dense in function words."""
    return (
        line.cue in PROSE
        or line.role is Code.SIGNED_OFF
        or (line.cue is Cue.SHORT and line.stop >= line.n * ONLY_PROSE_DENSITY)
    )


def trim_tail(view: list[Line], a: int, b: int) -> int:
    """Drop a short tail of sentences cut off from the story by short lines or bylines:
    a site's blurb or a promotion ("Come see us again.") rather than the story's end. The
    headings of a list are no such break, nor is the heading of a last section when the
    story has others or when the section is about the story (``_last_section``)."""
    while True:
        i = b
        words = 0.0
        while i > a and view[i].cue in BODY_CUES:
            words += score(view[i])
            i -= 1
        cost = 0.0
        j = i
        while j > a and view[j].cue in (Cue.SHORT, Cue.BYLINE) and view[j].role is None:
            cost -= score(view[j])
            j -= 1
        if i == b or j == i or j <= a or words >= TAIL_WORDS or cost < TAIL_BREAK:
            return b
        if (
            j == i - 1
            and _heading(view, i)
            and (sections(view, max(a - 1, 0), i) >= 2 or _last_section(view, a, i, b))
        ):
            return b  # one more section of a story told under headings, or its last one
        b = j


def _last_section(view: list[Line], a: int, i: int, b: int) -> bool:
    """Whether the heading ``view[i]`` and the text under it (to ``view[b]``) are the
    story's last section: nothing stands between the story, the heading and its text in
    the input, the text shares at least ``TAIL_OVERLAP`` of its content words with the
    story above (``view[a..i-1]``), and no line of it shows a sign of promotion
    (``debris.promo_signals``): not a site's blurb, a form or a notice."""
    tail = view[i + 1 : b + 1]
    if view[i - 1].index != view[i].index - 1 or tail[0].index != view[i].index + 1:
        return False
    words = set().union(*(line_content(line) for line in tail))
    story = set().union(*(line_content(line) for line in view[a:i]))
    return (
        bool(words)
        and overlap(words, story) >= TAIL_OVERLAP
        and not any(promo_signals(line) for line in tail)
    )


def cut_teasers(view: list[Line], a: int, b: int) -> int:
    """End the story before a closing list of other stories: headline, one-paragraph blurb,
    headline, blurb… (three pairs or more) about other things — blurbs sharing less than
    ``TEASER_OVERLAP`` of their words with the story before them, which must be the
    longer part. The sections of a list article or of a story under subheads are about
    the story, and a numbered list is never cut."""
    i = b
    pairs = 0
    while (
        i - 1 > a
        and view[i].cue in (Cue.GOOD, Cue.SENTENCE)
        and view[i - 1].cue is Cue.SHORT
        and view[i - 1].headline
        and view[i - 1].role is None
    ):
        pairs += 1
        i -= 2
    if pairs < 3:
        return b
    kept = [line for line in view[a : i + 1] if line.cue in BODY_CUES]
    kept_words = sum(line.n for line in kept)
    cut_words = sum(view[k].n for k in range(i + 2, b + 1, 2))
    story = set().union(*(line_content(line) for line in kept))
    off_topic = median(overlap(line_content(view[k]), story) for k in range(i + 2, b + 1, 2))
    if kept_words < cut_words or off_topic >= TEASER_OVERLAP:
        return b
    b = i
    while b > a and view[b].cue not in BODY_CUES:
        b -= 1
    return b


COMMENTS_REACH = 16  # lines past the story's end searched for the rest of a comment run


def cut_comments(view: list[Line], a: int, b: int) -> tuple[int, int]:
    """End the story where a run of dated items starts (reader comments, teaser lists).

    A story has its bylines and date lines above it and perhaps a credit at its end; once
    body text has begun, three or more date/"By" lines close together with text after them
    are the comment section or a list of dated stories, and the story ends before them.
    The run may go on past the story's end (the rest of the comments scored below it).
    A comment is any body-like line: one without its final stop counts.
    """
    dated = []
    body_words = 0
    for i in range(a, min(len(view), b + 1 + COMMENTS_REACH)):
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
        return any(view[k].cue in BODY_CUES for k in range(i + 1, j))

    for k in range(len(dated) - 2):
        p1, p2, p3 = dated[k : k + 3]
        if p1 <= b + 1 and p3 - p1 <= 16 and text_between(p1, p2) and text_between(p2, p3):
            run = [p1, p2, p3]
            for p in dated[k + 3 :]:
                if p - run[-1] > 16:
                    break
                run.append(p)
            end = b
            b = p1 - 1 - _signed_comment(view, run, end)
            while b > a and view[b].cue not in BODY_CUES:
                b -= 1
            break
    return a, b


def cut_at_comment_form(lines: list[Line], view: list[Line], a: int, b: int) -> int:
    """End the story before a comment form ("Leave a Reply", "Post a comment", "Your email
    address will not be published", ``comment-forms.txt``) that comes after
    ``COMMENT_FORM_BODY`` words of body text: what follows it is the readers', and the
    privacy notices and sign-up text under such a form read like prose."""
    openers = word_list("comment-forms.txt")
    body = 0
    pos = a - 1  # the view position of the last line of the view read
    for line in lines[view[a].index : view[b].index + 1]:
        seen = line.cue is not Cue.BOILER  # the view is every line but debris
        if seen:
            pos += 1
            if line.cue is Cue.GOOD:
                body += line.n
        if (
            body >= COMMENT_FORM_BODY
            and line.n <= COMMENT_FORM_WORDS
            and line.low.startswith(openers)
        ):
            end = pos - 1 if seen else pos
            while end > a and view[end].cue not in BODY_CUES:
                end -= 1
            return end
    return b


def _signed_comment(view: list[Line], run: list[int], b: int) -> int:
    """How many lines before the first of a run of dated lines belong to its first item.

    Comments signed below their text ("…it is about time." / "Posted by: sam | March 3,
    2024") leave the first comment's text above the first signature; comments headed by
    their signature ("sam says: March 3, 2024" / "…") do not. The signatures follow the
    text when every signature opens with the same word and no text comes right after the
    last one; the first comment is then taken to be as long as the others (the median
    number of lines between two signatures)."""
    last = run[-1]
    if last < b and view[last + 1].cue in BODY_CUES:
        return 0
    if len({view[p].tokens[0] for p in run}) > 1:
        return 0  # not one signature shape ("Posted by: …" each time): the page's own dates
    gaps = sorted(q - p - 1 for p, q in pairwise(run))
    return gaps[len(gaps) // 2]


def trim_promos(view: list[Line], a: int, b: int, out: Labels) -> tuple[int, int]:
    """Set aside promotions and notices at the story's edges: body-like lines of at most
    ``PROMO_WORDS`` words, not reported speech, showing ``PROMO_SIGNALS`` kinds of
    promotion ("Want more? Get home delivery now.": speaks to the reader, calls to action;
    "Disclaimer: … published by PR-inside.com": discloses, names the site). Each edge is
    trimmed while its outermost line is one (at the top, the lines between two promotions
    go with them, so the story opens on body text); the story keeps at least one line.
    Called only on pages that are not clean copy. Returns the new ends."""

    def set_aside(line: Line) -> bool:
        """Label ``line`` a promotion if it is one; whether it was."""
        if line.cue not in BODY_CUES or line.n > PROMO_WORDS or speech(line):
            return False
        found = promo_signals(line)
        if len(found) < PROMO_SIGNALS:
            return False
        out[line.index] = (BOILERPLATE, Reason(Code.PROMO_AT_EDGE, " and ".join(found)))
        return True

    while b > a and set_aside(view[b]):
        b -= 1  # a caption or byline above it stays the story's last line
    while a < b and set_aside(view[a]):
        a += 1
        while a < b and view[a].cue not in BODY_CUES:
            a += 1
    return a, b


def _own(line: Line) -> Reason:
    assert line.reason is not None
    return line.reason


def label_story(view: list[Line], a: int, b: int, out: Labels, clean: bool = False) -> None:
    """Label the lines of the story, ``view[a..b]``. In clean copy (``clean``) a short line
    is body unless it heads a paragraph."""
    run_start = run_end = a  # the run of short lines the current one belongs to
    for i in range(a, b + 1):
        line = view[i]
        cue = line.cue
        if line.role is Code.LIST_HEADING:
            out[line.index] = (SUBHEAD, LIST_HEADING)
        elif line.role is Code.SPLIT_LINE:
            out[line.index] = (PARAGRAPH, SPLIT_LINE)
        elif line.role is Code.LIST_ITEM and cue is Cue.SHORT:
            out[line.index] = (PARAGRAPH, LIST_ITEM)
        elif line.role is Code.ONLY_PROSE:
            out[line.index] = (PARAGRAPH, ONLY_PROSE)
        elif line.role is Code.SIGNED_OFF and i == b:
            out[line.index] = (PARAGRAPH, Reason(Code.SIGNED_OFF, _own(line).detail))
        elif cue is Cue.MENTIONS:
            out[line.index] = (PARAGRAPH, Reason(Code.PROSE_MENTION, line.mentions))
        elif cue in BODY_CUES:
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
            if i == a or not _plain_short(view[i - 1]):
                run_start, run_end = i, i
                while run_end < b and _plain_short(view[run_end + 1]):
                    run_end += 1
            followed = run_end < b and view[run_end + 1].cue in BODY_CUES
            if clean:  # a heading; not the last item of a list of short lines above prose
                heads = run_start == i and line.headline and _heading(view, i)
                kept = (SUBHEAD, SHORT_HEADING) if heads else None
                out[line.index] = kept or (PARAGRAPH, CLEAN_TEXT_LINE)
            elif run_end - run_start >= 2:
                out[line.index] = (BOILERPLATE, LINK_LIST)
            elif line.headline and followed:
                out[line.index] = (SUBHEAD, SHORT_HEADING)
            else:
                out[line.index] = (BOILERPLATE, SHORT_LINE)


def _heading(view: list[Line], i: int) -> bool:
    """Whether ``view[i]`` is a heading inside the story: a short headline-like line with
    prose right under it."""
    line = view[i]
    return (
        line.cue is Cue.SHORT and line.headline and i + 1 < len(view) and view[i + 1].cue in PROSE
    )


def sections(view: list[Line], a: int, b: int) -> int:
    """How many sections of the story ``view[a..b-1]`` open with a heading over a paragraph
    of body length."""
    return sum(1 for k in range(a, b - 1) if _heading(view, k) and view[k + 1].cue is Cue.GOOD)


def _plain_short(line: Line) -> bool:
    return line.cue is Cue.SHORT and line.role is None


def agree_with_story(lines: list[Line], out: Labels) -> None:
    """Subheads and decks must be about the story: one whose words are mostly absent from
    the story's paragraphs (less than ``HEADING_AGREEMENT`` of them found there) is a link
    to another story or a label, not a heading of this one. Headings of a list, short
    headings in capitals ("TIP-INS") and headings of fewer than two content words ("What
    happens next"), which agreement cannot judge, keep their kind."""
    headings = [
        line
        for line in lines
        if (got := out.get(line.index)) is not None
        and got[0] is SUBHEAD
        and got[1].code in (Code.SHORT_HEADING, Code.DECK, Code.STANDFIRST)
    ]
    if not headings:
        return
    story = set().union(
        *(line_content(line) for line in lines if out.get(line.index, (None,))[0] is PARAGRAPH)
    )
    for line in headings:
        if line.text.isupper() and line.n <= 4:
            continue
        words = line_content(line)
        if len(words) >= 2 and overlap(words, story) < HEADING_AGREEMENT:
            out[line.index] = (BOILERPLATE, OFF_TOPIC_HEADING)


def _dated(line: Line) -> str | None:
    """The first word of a date or "By" line, any number read as ``0``; None for other lines."""
    if line.cue is not Cue.BYLINE or _own(line).code not in (Code.DATE_LINE, Code.BY):
        return None
    first = line.low.split(maxsplit=1)[0]
    return "0" if first[:1].isdigit() else first


def in_dated_list(view: list[Line], j: int) -> bool:
    """``view[j]`` is an item's date of a dated list: a date or "By" line followed within
    ``COMMENTS_REACH`` lines by another that opens with the same word (any number counts as
    the same word). Related-story lists, reader comments and forum threads repeat their date
    line's shape on every item ("08 May 2007" … "25 November 2007", "By Ann" … "By Bob");
    the story's own date line after it is not repeated."""
    first = _dated(view[j])
    return first is not None and any(
        _dated(view[k]) == first for k in range(j + 1, min(len(view), j + 1 + COMMENTS_REACH))
    )


def label_footer(view: list[Line], b: int, out: Labels) -> None:
    """Just below the story: reporting credits and author notes are bylines. They come
    before any other text: a byline below the next body-like line signs a reader's comment
    or a teaser, and a date line whose shape repeats below it dates the items of a list."""
    for j in range(b + 1, min(len(view), b + 1 + FOOTER_REACH)):
        line = view[j]
        if line.cue in BODY_CUES:
            break
        if line.cue is Cue.BYLINE and not in_dated_list(view, j):
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
