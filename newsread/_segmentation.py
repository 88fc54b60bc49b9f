"""Splitting article text into blocks and labelling each: which words are the story.

The algorithm (written up in docs/segmentation.md):

1. **Lines.** Every non-blank line is one block (``_blocks.line_spans``).
2. **Cues per line** (``_cues.describe``): debris phrases, menu/share words, copyright,
   photo credits and captions, bylines and date lines, and — for the rest — length,
   stop-word density and whether the line ends like a sentence.
3. **The story's span.** Debris lines are set aside (they are transparent to everything
   that follows, so adding one never changes the body). Each remaining line scores for
   or against being inside the story: body-like lines by their word count, short
   non-sentences and bylines against. The contiguous run with the highest total
   (maximum-sum subarray, linear time) is the story.
4. **Context.** Inside the story: body-like lines are paragraphs, a lone short line
   before a paragraph is a subhead, runs of short lines are link lists, a line next to a
   photo credit is a caption. Above it: walking up from the first paragraph, bylines and
   date lines, then the nearest headline-like line is the title (a second headline-like
   line directly above it makes the first a deck). Below it: reporting credits and
   author notes are bylines; everything else outside the story is boilerplate.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

from ._blocks import line_spans
from ._cues import BY_REASON, DATE_RE, DIGIT_RE, Cue, Line, describe
from ._data import word_set
from ._models import Article, Block, BlockKind

TITLE, BYLINE, SUBHEAD = BlockKind.TITLE, BlockKind.BYLINE, BlockKind.SUBHEAD
PARAGRAPH, CAPTION, BOILERPLATE = BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.BOILERPLATE

# A number. "24", "3.5"
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
# A numbered list item. "5. Vista not grabbing businesses"
LIST_ITEM_RE = re.compile(r"\d{1,2}[.)]\s")

BODY_CUES = (Cue.GOOD, Cue.SENTENCE, Cue.NEAR)
CAPTION_CUES = (Cue.CAPTION, Cue.CREDIT, Cue.AGENCY)
HEADER_REACH = 40  # lines above the story searched for the title and bylines
FOOTER_REACH = 4  # lines below the story searched for reporting credits
SHORT_COST = 4.0  # score of a short non-sentence line: -(SHORT_COST + SHORT_WORD_COST * words)
SHORT_WORD_COST = 2.0
LIGHT_DEBRIS = 5  # debris lines this short are transparent to the story span
TAIL_WORDS = 30  # a tail scoring less than this after a break is not the story's end
TAIL_BREAK = 8.0  # ... when the break costs at least this much
BYLINE_GAP = 3  # a byline this many lines under a headline (debris between) is its own
BELOW_BYLINE_COST = 3.0  # score lost by a title candidate under the article's "By …" line
MAX_DECKS = 2  # headline-like lines under the title taken as decks (subheads)


def _score(line: Line) -> float:
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


def _story_span(lines: list[Line], view: list[Line]) -> tuple[int, int] | None:
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
            s = _score(line)
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
    a, b = _cut_comments(view, a, b)
    return a, _trim_tail(view, a, _cut_teasers(view, a, b))


def _trim_tail(view: list[Line], a: int, b: int) -> int:
    """Drop a short tail of sentences cut off from the story by short lines or bylines:
    a site's blurb or a promotion ("Come see us again.") rather than the story's end."""
    while True:
        i = b
        words = 0.0
        while i > a and view[i].cue in BODY_CUES:
            words += _score(view[i])
            i -= 1
        cost = 0.0
        j = i
        while j > a and view[j].cue in (Cue.SHORT, Cue.BYLINE):
            cost -= _score(view[j])
            j -= 1
        if i == b or j == i or j <= a or words >= TAIL_WORDS or cost < TAIL_BREAK:
            return b
        b = j


def _cut_teasers(view: list[Line], a: int, b: int) -> int:
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


def _cut_comments(view: list[Line], a: int, b: int) -> tuple[int, int]:
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
        elif line.cue is Cue.BYLINE and body_words >= 60 and line.why in ("date line", BY_REASON):
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


def _label_story(view: list[Line], a: int, b: int, out: dict[int, tuple[BlockKind, str]]) -> None:
    """Label the lines of the story, ``view[a..b]``."""
    run_start = run_end = a  # the run of short lines the current one belongs to
    for i in range(a, b + 1):
        line = view[i]
        cue = line.cue
        if cue in BODY_CUES:
            out[line.index] = (PARAGRAPH, line.why)
        elif cue is Cue.CAPTION or cue is Cue.CREDIT:
            out[line.index] = (CAPTION, line.why)
        elif cue is Cue.AGENCY:
            if i == b:
                out[line.index] = (BYLINE, "agency credit after the story")
            else:
                out[line.index] = (CAPTION, "photo credit: " + line.why.split(": ", 1)[-1])
        elif cue is Cue.BYLINE:
            out[line.index] = (BYLINE, line.why)
        else:  # SHORT
            if i == a or view[i - 1].cue is not Cue.SHORT:
                run_start, run_end = i, i
                while run_end < b and view[run_end + 1].cue is Cue.SHORT:
                    run_end += 1
            followed = run_end < b and view[run_end + 1].cue in BODY_CUES
            if run_end - run_start >= 2:
                out[line.index] = (BOILERPLATE, "link list: run of short lines")
            elif line.headline and followed:
                out[line.index] = (SUBHEAD, "short heading before a paragraph")
            else:
                out[line.index] = (BOILERPLATE, "short line, not a sentence")
    # Captions by context: the line beside a photo credit, above it or else below it.
    for i in range(a, b + 1):
        line = view[i]
        if line.cue not in (Cue.CREDIT, Cue.AGENCY) or out[line.index][0] is not CAPTION:
            continue
        if _has_caption(view, i):
            continue
        for j in (i - 1, i + 1):
            if (
                a <= j <= b
                and view[j].cue in (*BODY_CUES, Cue.SHORT)
                and view[j].n <= 60
                and out[view[j].index][0] in (PARAGRAPH, SUBHEAD, BOILERPLATE)
            ):
                out[view[j].index] = (CAPTION, "next to a photo credit")
                break


def _is_name(line: Line) -> bool:
    """A bare person's name: two to four capitalised words. "CHARLES GOLDBERG", "Anna Menin"."""
    if line.cue is not Cue.SHORT:
        return False
    words = [w for w in line.text.replace(",", " ").split() if w != "and"]
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() and w.replace(".", "").isalpha() for w in words)
        and word_set("stopwords-en.txt").isdisjoint(w.lower() for w in words)
    )


def _good_headline(line: Line) -> bool:
    """Not a shouted label ("SITE SEARCH") and not a phrase cut off ("Web enhanced by")."""
    last = line.text.rstrip(" .?!\"'’”").rsplit(None, 1)[-1].lower() if line.text.strip() else ""
    return (
        not line.text.isupper()
        and last not in word_set("dangling-words.txt")
        and not (
            DIGIT_RE.search(line.text)
            and (DATE_RE.search(line.text) or len(NUMBER_RE.findall(line.text)) >= 3)
        )
    )


def _headline_like(line: Line) -> bool:
    return line.n >= 3 and (line.headline or (line.cue is Cue.NEAR and line.n <= 40))


def _label_header(view: list[Line], a: int, out: dict[int, tuple[BlockKind, str]]) -> None:
    """Above the story: bylines and date lines, the title, its decks and photo captions.

    The title is the best headline-like line among the ``HEADER_REACH`` lines above the
    story: one with a byline or date line right under it (or right above it) wins, then
    one closer to the story; lines inside a run of three headline-like lines are a link
    list. Headline-like lines between the title and the story are its decks.
    """
    lo = max(0, a - HEADER_REACH)

    def is_byline(j: int, name_ok: bool = True) -> bool:
        if not lo <= j < a:
            return False
        if view[j].cue is Cue.BYLINE or view[j].cue is Cue.AGENCY:
            return True
        # A bare name next to a byline, or right above the story, is the author's.
        return (
            name_ok
            and _is_name(view[j])
            and (is_byline(j - 1, False) or is_byline(j + 1, False) or j + 1 == a)
        )

    # Length of the run of consecutive headline-like lines each line belongs to.
    runs = [0] * (a - lo)
    j = lo
    while j < a:
        k = j
        while k < a and _headline_like(view[k]):
            k += 1
        for m in range(j, k):
            runs[m - lo] = k - j
        j = max(k, j + 1)
    # The article's own "By …" line is the last one above the story. When a headline sits
    # right above it, the lines between it and the story are share rows, captions and
    # links, not the title: a headline comes before its byline.
    by_line = next((k for k in range(a - 1, lo - 1, -1) if view[k].why == BY_REASON), a)
    if not any(lo <= k < by_line and _headline_like(view[k]) for k in (by_line - 1, by_line - 2)):
        by_line = a
    best, best_score = -1, float("-inf")
    for j in range(lo, a):
        line = view[j]
        short_ok = j + 1 == a and line.headline and line.text.replace(" ", "").isalpha()
        if not (_headline_like(line) or short_ok):  # two words will do right above the story
            continue
        if _is_name(line) and (is_byline(j - 1) or is_byline(j + 1)):
            continue
        score = min(line.n, 12) / 4 - (a - j) * 0.1
        if is_byline(j + 1):
            # ... unless a long stretch of debris lies between (a menu, then the date).
            score += 4 if view[j + 1].index - line.index <= BYLINE_GAP else 2.5
        elif is_byline(j - 1):
            score += 2
        elif is_byline(j + 2) or is_byline(j + 3):
            score += 2.5  # a caption or a share row between the headline and its byline
        if j + 1 == a:
            score += 1
        run = runs[j - lo] if not is_byline(j + 1) else 1  # a byline under it marks the headline
        if run >= 4:
            score -= 4  # inside a list of headlines: other stories
        elif run == 3:
            score -= 1  # a title with two decks, or a short list
        if line.text[:1].isdigit() and LIST_ITEM_RE.match(line.text):
            score -= 3  # "5. Vista: piracy rates half the level of XP": an item of a list
        if not _good_headline(line):
            score -= 2  # a shouted label or a phrase cut off
        if line.n >= 12 and line.stop * 3 > line.n:
            score -= 2  # reads like a sentence: a deck or a teaser rather than a headline
        if j > by_line:
            score -= BELOW_BYLINE_COST
        if score > best_score:
            best, best_score = j, score
    # Title first, deck under it: a headline right above the winner, not much shorter
    # than it, is the title and the winner its deck.
    for _ in range(MAX_DECKS):
        upper, lower = (view[best - 1], view[best]) if best > lo else (None, view[best])
        if (
            upper is None
            or upper.index != lower.index - 1
            or (upper.cue is Cue.SENTENCE and not upper.headline)
            or not _headline_like(upper)
            or _is_name(upper)
            or not _good_headline(upper)
        ):
            break  # a title and its deck are adjacent: no menu or banner between them
        if best - 2 > lo and all(
            _headline_like(v) and _good_headline(v) for v in view[best - 3 : best - 1]
        ):
            break  # inside a list of headlines
        if lower.n >= 5 and 4 <= upper.n <= min(lower.n + 2, 20):
            best -= 1
        else:
            break
    # Bylines, dates and captions: from just above the title (or from close above the
    # story, if there is no title) down to the story.
    top = max(lo, best - 3) if best >= 0 else max(lo, a - 8)
    for j in range(top, a):
        line = view[j]
        if line.cue is Cue.BYLINE:
            out[line.index] = (BYLINE, line.why)
        elif line.cue is Cue.AGENCY:
            out[line.index] = (BYLINE, "agency byline: " + line.why.split(": ", 1)[-1])
        elif line.cue in CAPTION_CUES:
            out[line.index] = (CAPTION, line.why)
    for j in range(top, a):
        if _is_name(view[j]) and view[j].index not in out:
            near = [view[k].index for k in (j - 1, j + 1) if top <= k < a]
            if any(out.get(k, (None,))[0] is BYLINE for k in near):
                out[view[j].index] = (BYLINE, "author name next to a byline")
            elif j + 1 == a and j != best:
                out[view[j].index] = (BYLINE, "author name right above the story")
    if best < 0:
        return
    out[view[best].index] = (TITLE, "headline-like line above the story")
    decks = 0
    for j in range(best + 1, a):
        line = view[j]
        if line.index in out:
            continue
        if (
            line.cue is Cue.GOOD
            and line.n >= 15
            and not any(view[k].cue in (Cue.BYLINE, *CAPTION_CUES) for k in range(j + 1, a))
        ):
            # The story's opening, cut off from the rest by a box of links.
            out[line.index] = (PARAGRAPH, "body text between the title and the story")
            decks = MAX_DECKS  # no decks below the story's opening
        elif decks < MAX_DECKS and line.n >= 5 and (line.headline or line.cue is Cue.NEAR):
            out[line.index] = (SUBHEAD, "deck: headline-like line under the title")
            decks += 1


def _label_footer(view: list[Line], b: int, out: dict[int, tuple[BlockKind, str]]) -> None:
    """Just below the story: reporting credits and author notes are bylines."""
    for j in range(b + 1, min(len(view), b + 1 + FOOTER_REACH)):
        line = view[j]
        if line.cue is Cue.BYLINE:
            out[line.index] = (BYLINE, line.why)
        elif line.cue is Cue.AGENCY and j == b + 1:
            out[line.index] = (BYLINE, "agency credit after the story")


def _has_caption(view: list[Line], i: int) -> bool:
    """Whether the credit at ``view[i]`` already sits next to an explicit caption."""
    return any(0 <= j < len(view) and view[j].cue is Cue.CAPTION for j in (i - 1, i + 1))


def _captions_by_credit(
    view: list[Line], lo: int, hi: int, out: dict[int, tuple[BlockKind, str]]
) -> None:
    """Around the story too: the unlabelled line next to a photo credit is its caption."""
    for i in range(lo, hi):
        line = view[i]
        if line.cue is not Cue.CREDIT or out.get(line.index, (None,))[0] is not CAPTION:
            continue
        if _has_caption(view, i):
            continue
        for j in (i - 1, i + 1):
            if (
                lo <= j < hi
                and view[j].index not in out
                and view[j].cue in (*BODY_CUES, Cue.SHORT)
                and view[j].n <= 60
            ):
                out[view[j].index] = (CAPTION, "next to a photo credit")
                break


def _repeated_captions(view: list[Line], out: dict[int, tuple[BlockKind, str]]) -> None:
    """A line repeating a caption's text is that caption again (galleries, slideshows)."""
    captions = {line.text for line in view if out.get(line.index, (None,))[0] is CAPTION}
    for line in view:
        if line.text in captions and out.get(line.index, (None,))[0] is not CAPTION:
            out[line.index] = (CAPTION, "repeats a caption")


def _label_no_story(view: list[Line], out: dict[int, tuple[BlockKind, str]]) -> None:
    """No line reads like body text: keep only what cues say for sure."""
    for line in view:
        if line.cue is Cue.BYLINE:
            out[line.index] = (BYLINE, line.why)
        elif line.cue in (Cue.CAPTION, Cue.CREDIT):
            out[line.index] = (CAPTION, line.why)
    if view and view[0].headline and view[0].index not in out:
        out[view[0].index] = (TITLE, "first headline-like line")


def classify(lines: list[Line]) -> list[tuple[BlockKind, str]]:
    """The kind and reason of every line, in order."""
    for line in lines:
        describe(line)
    view = [line for line in lines if line.cue is not Cue.BOILER]
    out: dict[int, tuple[BlockKind, str]] = {}
    span = _story_span(lines, view)
    if span is None:
        _label_no_story(view, out)
        lo, hi = len(lines), -1
    else:
        a, b = span
        _label_story(view, a, b, out)
        _label_header(view, a, out)
        _label_footer(view, b, out)
        _captions_by_credit(
            view, max(0, a - HEADER_REACH), min(len(view), b + FOOTER_REACH + 1), out
        )
        _repeated_captions(view, out)
        lo, hi = view[a].index, view[b].index
    result = []
    for line in lines:
        got = out.get(line.index)
        if got is not None:
            result.append(got)
        elif line.cue is Cue.BOILER:
            result.append((BOILERPLATE, line.why))
        elif line.index < lo:
            result.append((BOILERPLATE, "before the story: " + line.why))
        else:
            result.append(
                (BOILERPLATE, ("after the story: " if line.index > hi else "") + line.why)
            )
    return result


def segment(text: str) -> Article:
    """Split ``text`` into labelled blocks, one per non-blank line.

    >>> art = segment("A title\\n\\nThe first paragraph has more than ten words in it, honestly.")
    >>> [b.kind.value for b in art.blocks]
    ['title', 'paragraph']
    """
    lines = [
        Line(start, end, text[start:end], i) for i, (start, end) in enumerate(line_spans(text))
    ]
    blocks = tuple(
        _trusted(
            Block,
            {
                "kind": kind,
                "start": line.start,
                "end": line.end,
                "text": line.text,
                "reason": reason,
            },
        )
        for line, (kind, reason) in zip(lines, classify(lines), strict=True)
    )
    return _trusted(Article, {"text": text, "blocks": blocks})


_Model = TypeVar("_Model", bound=BaseModel)


def _trusted(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """A model from values that need no validation (every field given, all of the right
    type): what ``cls.model_construct(**values)`` makes, without its per-call search for
    aliases and defaults (a few microseconds per block, once per line of every article).
    ``tests/test_segmentation.py`` checks the result equals validated models.

    >>> _trusted(Block, {"kind": PARAGRAPH, "start": 0, "end": 2, "text": "Hi", "reason": "r"}) == Block(
    ...     kind=PARAGRAPH, start=0, end=2, text="Hi", reason="r")
    True
    """
    model = cls.__new__(cls)
    set_attr = object.__setattr__
    set_attr(model, "__dict__", values)
    set_attr(model, "__pydantic_fields_set__", set(values))
    set_attr(model, "__pydantic_extra__", None)
    set_attr(model, "__pydantic_private__", None)
    return model
