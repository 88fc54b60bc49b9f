"""Above the story: the title, its decks, bylines, date lines and captions.

The title is the best headline-like line among the ``HEADER_REACH`` lines above the story:
one with a byline or date line right under it (or right above it) wins, then one closer to
the story; lines inside a run of three headline-like lines are a link list. A headline
right above the winner, not much shorter than it, is the title and the winner its deck.
Headline-like lines between the title and the story are its decks.
"""

from __future__ import annotations

import re

from .._data import word_set
from .._models import BlockKind
from .._punctuation import LINE_END_CLOSERS, SENTENCE_MARKS
from .dates import DATE_RE, DIGIT_RE
from .lines import CAPTION_CUES, Cue, Line, line_content, overlap
from .reasons import Code, Reason
from .story import sections, standfirst

TITLE, BYLINE, SUBHEAD = BlockKind.TITLE, BlockKind.BYLINE, BlockKind.SUBHEAD
PARAGRAPH, CAPTION = BlockKind.PARAGRAPH, BlockKind.CAPTION
Labels = dict[int, tuple[BlockKind, Reason]]

# A number. "24", "3.5"
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
# A numbered list item. "5. Vista not grabbing businesses"
LIST_ITEM_RE = re.compile(r"\d{1,2}[.)]\s")

HEADER_REACH = 40  # lines above the story searched for the title and bylines
BYLINE_GAP = 3  # a byline this many lines under a headline (debris between) is its own
BELOW_BYLINE_COST = 3.0  # score lost by a title candidate under the article's "By …" line
DATED_DECK_GAP = 2  # date lines that may stand between a title and its deck
MAX_DECKS = 2  # headline-like lines under the title taken as decks (subheads)
SECTION_HEADING_COST = 2.0  # score lost by a section's heading right above the story
AGREEMENT = 0.25  # share of a title's words found in the story's opening that counts as agreement
OPENING_LINES = 3  # body lines read as the story's opening
UNRELATED_COST = 8.0  # score lost by a candidate sharing no word with the opening, if one does


def is_name(line: Line) -> bool:
    """A bare person's name: two to four capitalised words, none a function word or the
    name of a site's section (``section-words.txt``). "CHARLES GOLDBERG", "Anna Menin";
    not "Money Matters", "CBC News"."""
    if line.cue is not Cue.SHORT:
        return False
    words = [w for w in line.text.replace(",", " ").split() if w != "and"]
    if not (
        2 <= len(words) <= 4 and all(w[0].isupper() and w.replace(".", "").isalpha() for w in words)
    ):
        return False
    low = {w.lower() for w in words}
    return low.isdisjoint(word_set("stopwords-en.txt")) and low.isdisjoint(
        word_set("section-words.txt")
    )


def good_headline(line: Line) -> bool:
    """Not a shouted label ("SITE SEARCH") and not a phrase cut off ("Web enhanced by")."""
    last = (
        line.text.rstrip(SENTENCE_MARKS + LINE_END_CLOSERS + " ").rsplit(None, 1)[-1].lower()
        if line.text.strip()
        else ""
    )
    return (
        not line.text.isupper()
        and (last not in word_set("dangling-words.txt") or line.ends)
        and not (
            DIGIT_RE.search(line.text)
            and (DATE_RE.search(line.text) or len(NUMBER_RE.findall(line.text)) >= 3)
        )
    )


def headline_like(line: Line) -> bool:
    """Shaped like a headline: three words or more, and the shape says so (or a long line
    without a sentence end)."""
    return line.n >= 3 and (line.headline or (line.cue is Cue.NEAR and line.n <= 40))


def _agreeing_best(scored: list[tuple[float, float, int]]) -> int:
    """The best candidate (index into the view), or -1. The headline is about the story: it
    shares names and key words with the opening paragraphs, which a menu, a section label
    or another story's headline does not. When some candidate shares at least
    ``AGREEMENT`` of its words with the opening, candidates sharing none lose
    ``UNRELATED_COST``; when none does (a pun, a question), position decides alone."""
    if not scored:
        return -1
    related = any(shared >= AGREEMENT for _, shared, _ in scored)
    return max(
        scored,
        key=lambda c: (c[0] - (UNRELATED_COST if related and c[1] == 0 else 0.0), -c[2]),
    )[2]


def _opening_words(view: list[Line], a: int, b: int) -> set[str]:
    """The content words of the story's opening: its first ``OPENING_LINES`` lines of body
    text."""
    words: set[str] = set()
    taken = 0
    for line in view[a : b + 1]:
        if line.cue in (Cue.GOOD, Cue.SENTENCE, Cue.NEAR):
            words |= line_content(line)
            taken += 1
            if taken == OPENING_LINES:
                break
    return words


def _asks_or_exclaims(line: Line) -> bool:
    """Ends in "?" or "!" (closing quotes and brackets aside)."""
    return line.text.rstrip(LINE_END_CLOSERS + " ").endswith(("?", "!"))


def _alone_agrees(line: Line, others: list[Line], opening: set[str]) -> bool:
    """Whether ``line`` shares at least ``AGREEMENT`` of its words with the story's opening
    and none of ``others`` does: the story's headline under a list of other stories'."""
    return overlap(line_content(line), opening) >= AGREEMENT and all(
        overlap(line_content(v), opening) < AGREEMENT for v in others
    )


def _stacked(upper: Line, lower: Line) -> bool:
    """A headline-like line right above a short heading (nothing between them)."""
    return upper.index == lower.index - 1 and headline_like(upper) and lower.cue is Cue.SHORT


def _deck_code(line: Line, signed: bool) -> Code | None:
    """How a line under the title may be its deck: ``DECK`` when headline-like (or a long
    line without an end), ``STANDFIRST`` when a sentence with the byline right below it
    (``signed``, :func:`story.standfirst`); None otherwise."""
    if line.headline or line.cue is Cue.NEAR:
        return Code.DECK
    return Code.STANDFIRST if standfirst(line, True, signed) else None


def _code(line: Line) -> Code | None:
    return line.reason.code if line.reason is not None else None


def label_header(view: list[Line], a: int, b: int, out: Labels) -> None:
    """Label what lies above the story ``view[a..b]``: bylines, dates, captions, the title
    and its decks. When the story is told under headings, a heading right above its first
    paragraph, under another headline, is the first section's heading, not the title."""
    lo = max(0, a - HEADER_REACH)
    sectioned = sections(view, a, b + 1) >= 1
    known: list[set[str]] = []

    def opening() -> set[str]:  # worked out only when two candidates must be weighed
        if not known:
            known.append(_opening_words(view, a, b))
        return known[0]

    def is_byline(j: int, name_ok: bool = True) -> bool:
        if not lo <= j < a:
            return False
        if view[j].cue is Cue.BYLINE or view[j].cue is Cue.AGENCY:
            return True
        # A bare name next to a byline, or right above the story, is the author's.
        return (
            name_ok
            and is_name(view[j])
            and (is_byline(j - 1, False) or is_byline(j + 1, False) or j + 1 == a)
        )

    # Length of the run of consecutive headline-like lines each line belongs to.
    runs = [0] * (a - lo)
    j = lo
    while j < a:
        k = j
        while k < a and headline_like(view[k]):
            k += 1
        for m in range(j, k):
            runs[m - lo] = k - j
        j = max(k, j + 1)
    # The article's own "By …" line is the last one above the story. When a headline sits
    # right above it, the lines between it and the story are share rows, captions and
    # links, not the title: a headline comes before its byline.
    by_line = next((k for k in range(a - 1, lo - 1, -1) if _code(view[k]) is Code.BY), a)
    if not any(lo <= k < by_line and headline_like(view[k]) for k in (by_line - 1, by_line - 2)):
        by_line = a
    ranked: list[tuple[float, int]] = []  # (score, j)
    for j in range(lo, a):
        line = view[j]
        short_ok = j + 1 == a and line.headline and line.text.replace(" ", "").isalpha()
        if not (headline_like(line) or short_ok):  # two words will do right above the story
            continue
        if is_name(line) and (is_byline(j - 1) or is_byline(j + 1)):
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
        if not good_headline(line):
            score -= 2  # a shouted label or a phrase cut off
        if line.n >= 12 and line.stop * 3 > line.n:
            score -= 2  # reads like a sentence: a deck or a teaser rather than a headline
        if j > by_line:
            score -= BELOW_BYLINE_COST
        if sectioned and j == a - 1 and j > lo and _stacked(view[j - 1], line):
            score -= SECTION_HEADING_COST
        ranked.append((score, j))
    # (score, share of words in the opening, j); the share only matters between candidates
    scored = [
        (score, overlap(line_content(view[j]), opening()) if len(ranked) > 1 else 0.0, j)
        for score, j in ranked
    ]
    best = _agreeing_best(scored)
    # Title first, deck under it: a headline right above the winner, not much shorter
    # than it, is the title and the winner its deck, unless the winner agrees with the
    # story's opening and the headline does not (a site's tagline, another story's
    # headline) — a question or exclamation may share no word, being a pun or a teaser. A date line may stand between the two
    # when the headline agrees with the story ("Wii tops 2007 console poll" / "Friday,
    # 28 Dec 2007" / "The Wii is the most highly-rated console of 2007").
    for _ in range(MAX_DECKS):
        if best <= lo:
            break
        lower, up = view[best], best - 1
        while up > lo and up >= best - DATED_DECK_GAP and view[up].cue is Cue.BYLINE:
            up -= 1
        upper = view[up]
        if (
            upper.index != lower.index - (best - up)
            or (upper.cue is Cue.SENTENCE and not upper.headline)
            or not headline_like(upper)
            or is_name(upper)
            or not good_headline(upper)
            or (
                overlap(line_content(upper), opening()) < AGREEMENT
                and (
                    up < best - 1
                    or (
                        overlap(line_content(lower), opening()) >= AGREEMENT
                        and not _asks_or_exclaims(upper)
                    )
                )
            )
        ):
            break  # a title and its deck are adjacent: no menu or banner between them
        if (
            up - 1 > lo
            and all(headline_like(v) and good_headline(v) for v in view[up - 2 : up])
            and not _alone_agrees(upper, view[up - 2 : up], opening())
        ):
            break  # inside a list of headlines
        if lower.n >= 5 and 4 <= upper.n <= min(lower.n + 2, 20):
            best = up
        else:
            break
    # Bylines, dates and captions: from just above the title (or from close above the
    # story, if there is no title) down to the story.
    top = max(lo, best - 3) if best >= 0 else max(lo, a - 8)
    for j in range(top, a):
        line = view[j]
        assert line.reason is not None
        if line.cue is Cue.BYLINE:
            out[line.index] = (BYLINE, line.reason)
        elif line.cue is Cue.AGENCY:
            out[line.index] = (BYLINE, Reason(Code.AGENCY_BYLINE, line.reason.detail))
        elif line.cue in CAPTION_CUES:
            out[line.index] = (CAPTION, line.reason)
    for j in range(top, a):
        if is_name(view[j]) and view[j].index not in out:
            near = [view[k].index for k in (j - 1, j + 1) if top <= k < a]
            if any(out[k][0] is BYLINE for k in near if k in out):
                out[view[j].index] = (BYLINE, Reason(Code.AUTHOR_NEXT_TO_BYLINE))
            elif j + 1 == a and j != best:
                out[view[j].index] = (BYLINE, Reason(Code.AUTHOR_ABOVE_STORY))
    if best < 0:
        return
    out[view[best].index] = (TITLE, Reason(Code.HEADLINE))

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
            out[line.index] = (PARAGRAPH, Reason(Code.OPENING_PARAGRAPH))
            decks = MAX_DECKS  # no decks below the story's opening
        elif sectioned and j == a - 1 and line.cue is Cue.SHORT and line.headline:
            out[line.index] = (SUBHEAD, Reason(Code.SHORT_HEADING))
        elif (
            decks < MAX_DECKS
            and line.n >= 5
            and (code := _deck_code(line, is_byline(j + 1))) is not None
        ):
            if line_content(line) & (opening() | line_content(view[best])):
                out[line.index] = (SUBHEAD, Reason(code))
                decks += 1
            else:
                decks = MAX_DECKS  # another story's headline: no decks below it
