"""Lines, the unit segmentation labels, and what every rule needs to know about one.

A line is a maximal run of characters without a line break (``\\n``, ``\\r\\n`` or a lone
``\\r``), with surrounding whitespace trimmed; lines holding only whitespace are skipped.
In a hard-wrapped text, the lines of each wrapped paragraph make one line (:func:`unwrap`).
Offsets always point into the original text, so nothing is normalised or copied.

Each :class:`Line` carries the facts the cue rules read (its lower-cased text, its words,
whether it ends like a sentence) and, once described, its :class:`Cue` and the
:class:`~newsread._segment.reasons.Reason` for it.
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import cache
from itertools import pairwise

from .._data import word_set
from .._punctuation import ends_like_sentence
from .reasons import Code, Reason

# A line with surrounding whitespace trimmed: from its first non-space character to its
# last, never crossing a line break. "  Load more…  " -> "Load more…"
# A cue token: letters/digits with inner apostrophes. "isn't"; "two-year-long" is three.
# Not the report's word (newsread._words.WORD_RE): cue thresholds are counted in tokens.
TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Punctuation that often clings to a word's ends: "said,", "(AP)", "“Yes”"
EDGE_PUNCTUATION = ".,;:!?\"()“”‘’'"
# A run of letters and digits, a piece of a word. "we", "d" in "we'd"
PIECE_RE = re.compile(r"[^\W_]+")
# A web address. "https://www.bbc.com/news", "www.aol.co.uk" (e-mail: ``has_address``)
WEB_ADDRESS_RE = re.compile(r"https?://|\bwww\.\w")
# A dot followed by a letter or digit, as in an e-mail address's domain. ".com"
DOT_WORD_RE = re.compile(r"\.\w")
# Marks that open an item of a list or menu. "• More stories", "» Business"
LIST_MARKS = ("•", "»", "›", "·", "*", "-", ">", "+")


class Cue(IntEnum):
    """What a line looks like on its own (before context is considered)."""

    BOILER = 0  # a debris phrase, a menu/share row, a copyright notice, no words at all
    CREDIT = 1  # a photo credit on its own line: "Photo: Hau Dinh, AP"
    AGENCY = 2  # only an agency's name: "Reuters", "THE ASSOCIATED PRESS"
    CAPTION = 3  # an explicit caption: "Image caption …", text with a credit glued on
    BYLINE = 4  # "By …", a date line, "contributed to this report"
    GOOD = 5  # a sentence-like line of body length
    SENTENCE = 6  # a short line that still ends like a sentence
    NEAR = 7  # a long line that does not end like a sentence (a split paragraph, a deck)
    SHORT = 8  # a short line that does not end like a sentence (headline, menu item, label)
    MENTIONS = 9  # long prose holding a debris phrase: body inside the story, debris outside


#: Cues of lines that read like the story's text.
BODY_CUES = (Cue.GOOD, Cue.SENTENCE, Cue.NEAR)
#: Cues of lines that are, or carry, a photo credit.
CAPTION_CUES = (Cue.CAPTION, Cue.CREDIT, Cue.AGENCY)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``, whitespace trimmed.

    Every Unicode line boundary ends a line, as ``str.splitlines`` knows them: ``\\n``,
    ``\\r\\n``, ``\\r``, vertical tab, form feed, the file, group and record separators,
    NEL (U+0085), and the line and paragraph separators U+2028 and U+2029 (text copied
    from a word processor or a web page carries them). Runs in linear time.

    >>> line_spans("Title\\r\\n\\r\\n  Body text.  \\rNext")
    [(0, 5), (11, 21), (24, 28)]
    >>> line_spans("Title\\u2029Body text.\\u2028Next")
    [(0, 5), (6, 16), (17, 21)]
    """
    spans = []
    pos = 0
    for piece in text.splitlines(keepends=True):
        stripped = piece.strip()
        if stripped:
            start = pos + len(piece) - len(piece.lstrip())
            spans.append((start, start + len(stripped)))
        pos += len(piece)
    return spans


WRAP_WIDTHS = (40, 100)  # the columns a hard-wrapped text may be wrapped at
WRAP_BREAKS = 2  # wrapped line breaks a text must show to be read as hard-wrapped
WRAP_SLACK = 8  # characters a wrapped line may run past the width (a long word, a URL) ...
WRAP_LONG = 50  # ... and at most one line in this many runs longer: a paragraph per line


def unwrap(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (from :func:`line_spans`) with the lines of each hard-wrapped paragraph
    joined into one span: e-mail, plain-text wires and PDF extracts break every line at
    a fixed width, and a line of such a paragraph is no block of its own.

    The width is the 90th percentile of the line lengths; it must lie within
    ``WRAP_WIDTHS``, and hardly any line may run more than ``WRAP_SLACK`` characters past
    it (pages and clean copy with a paragraph per line have lines far longer than any
    wrapping width). A line break is a wrap when it comes between two lines with no blank
    line between them, the line is no longer than that, and the next line's first word
    would not have fitted on it (its length plus a space and that word exceeds the width):
    a heading or a menu's short lines never fill one. The text is hard-wrapped when at
    least ``WRAP_BREAKS`` of its wraps, and two thirds of them, fall in mid-sentence (the
    line does not end like a sentence): where each line is a paragraph, a line that fills
    the width ends like a sentence. Otherwise it is left as it is.

    >>> text = ("The council has published its plans for the new\\n"
    ...         "park, and residents have until 30 June to comment\\n"
    ...         "on them. The plans include a playground, a cafe\\n"
    ...         "and a small lake.\\n\\n"
    ...         "A public meeting will be held at the town hall on\\n"
    ...         "12 June, where officials will answer questions.")
    >>> len(line_spans(text)), [text[s:e].split()[-1] for s, e in unwrap(text, line_spans(text))]
    (6, ['lake.', 'questions.'])
    """
    if len(spans) <= WRAP_BREAKS:
        return spans
    lengths = sorted(end - start for start, end in spans)
    width = lengths[9 * (len(lengths) - 1) // 10]
    longest = width + WRAP_SLACK
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or sum(
        1 for n in lengths if n > longest
    ) * WRAP_LONG > len(lengths):
        return spans
    wraps = [
        end - start <= longest
        and end - start + 1 + len(text[next_start:next_end].split(maxsplit=1)[0]) > width
        and len((text[end:next_start] + "x").splitlines()) == 2  # one line break, no blank line
        for (start, end), (next_start, next_end) in pairwise(spans)
    ]
    mid_sentence = sum(
        1
        for wrapped, (start, end) in zip(wraps, spans, strict=False)
        if wrapped and not ends_like_sentence(text[start:end])
    )
    if mid_sentence < WRAP_BREAKS or mid_sentence * 3 < sum(wraps) * 2:
        return spans
    joined = [spans[0]]
    for wrapped, span in zip(wraps, spans[1:], strict=True):
        if wrapped:
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def tokenize(text: str) -> list[str]:
    """The cue tokens of ``text``, exactly as ``TOKEN_RE.findall(text)`` finds them, faster.

    Cue tokens are what segmentation's rules count and look up (not the report's words,
    ``newsread._words.WORD_RE``: "U.S.-based" is three tokens, one word). A token never
    spans whitespace, so each whitespace-separated chunk is looked at on its own; most
    chunks are a plain word, perhaps with punctuation at its ends, and need no regular
    expression.

    >>> tokenize("“Don't,” she said (twice)... A-1")
    ["Don't", 'she', 'said', 'twice', 'A', '1']
    """
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            words.append(chunk)
        else:
            core = chunk.strip(EDGE_PUNCTUATION)
            if core.isalnum():
                words.append(core)
            else:
                words.extend(TOKEN_RE.findall(chunk))
    return words


def lower_start(text: str) -> bool:
    """Whether the first word is in lower case ("qualified", not "iPod" or "16-inch")."""
    first = text.split(None, 1)[0]
    return first[0].isalpha() and first.islower()


def has_address(text: str) -> bool:
    """Whether ``text`` holds an e-mail address or a web address.

    An e-mail address is a run of non-space characters with "@" after its first character
    and, at least two characters after that "@", a dot followed by a letter or digit
    ("cgasper@globe.com"). Only the first such "@" of a run needs checking (a later one
    leaves less room after it), so the test is linear in the length of the text however
    many "@" it holds.

    >>> has_address("Write to jdoe@globe.com"), has_address("See www.bbc.com"), has_address("@@@ x")
    (True, True, False)
    """
    if "@" in text:
        for chunk in text.split():
            at = chunk.find("@", 1)
            if at > 0 and DOT_WORD_RE.search(chunk, at + 2):
                return True
    return ("://" in text or "www." in text) and WEB_ADDRESS_RE.search(text) is not None


@cache
def stopwords() -> frozenset[str]:
    """The English function words of ``stopwords-en.txt``."""
    return word_set("stopwords-en.txt")


def content_words(text: str) -> set[str]:
    """The words of ``text`` that carry its topic: lower-cased, not function words, three
    letters or more, a final "s" dropped ("banners" and "banner" agree), and so is a
    possessive's "'s" ("Brown's" and "Brown" agree).

    >>> sorted(content_words("The council approved the new parks on Tuesday"))
    ['approved', 'council', 'new', 'park', 'tuesday']
    >>> sorted(content_words("Brown’s late basket"))
    ['basket', 'brown', 'late']
    """
    return _content(tokenize(text.lower()))


def line_content(line: Line) -> set[str]:
    """:func:`content_words` of a described line's text, from its tokens, worked out once."""
    if line.content is None:
        line.content = _content(line.tokens)
    return line.content


def _content(tokens: list[str]) -> set[str]:
    stop = stopwords()
    return {_stem(w) for w in tokens if len(w) >= 3 and w not in stop and not w.isdigit()}


def _stem(word: str) -> str:
    """A content word's common form: a possessive's "'s" and a plural's "s" dropped
    ("brown's", "delhi’s" -> "brown", "delhi"; "players" -> "player")."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def overlap(words: set[str], others: set[str]) -> float:
    """The share of ``words`` that are also in ``others`` (0 for no words)."""
    return len(words & others) / len(words) if words else 0.0


class Line:
    """One line of the input, the facts about it that rules read, and its cue.

    ``low``, ``tokens`` and ``ends`` are filled in when the line is described; ``n`` is
    its number of cue tokens (:data:`TOKEN_RE`, not the report's words) and ``stop`` how
    many of them are function words.
    """

    __slots__ = (
        "content",
        "cue",
        "dated",
        "end",
        "ends",
        "headline",
        "index",
        "low",
        "mentions",
        "n",
        "reason",
        "role",
        "sized",
        "start",
        "stop",
        "text",
        "tokens",
    )

    def __init__(self, start: int, end: int, text: str, index: int) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.index = index
        self.low = ""
        self.tokens: list[str] = []
        self.ends = False
        self.n = 0
        self.stop = 0
        self.cue = Cue.SHORT
        self.reason: Reason | None = None
        self.headline = False
        self.mentions = ""  # a debris phrase in a long prose line (debris.debris_phrase)
        self.role: Code | None = None  # a part the line plays by context (story.mark_lists)
        # Facts several rules ask for, worked out by the first that asks (None: not yet).
        self.content: set[str] | None = None  # its content words (line_content)
        self.dated: bool | None = None  # a date stamp with few other words (captions.dated)
        self.sized: bool | None = None  # short enough for a byline (bylines.byline_sized)

    @property
    def why(self) -> str:
        """The reason for the line's cue, in words (empty before it is described)."""
        return self.reason.text if self.reason is not None else ""
