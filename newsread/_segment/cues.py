"""What a line looks like on its own: the ordered table of line rules, and its shape.

``describe`` fills in a line's facts and asks the rules of ``RULES`` in order; the first
that recognises the line decides its cue and reason. Each rule is a named entry with the
range of word counts it applies to, so a line is only shown to the rules that can claim
it. The first group looks at lines of any length; lines longer than ``LONGEST_SPECIAL``
words are prose and skip the rest. A line no rule claims gets its cue from its shape
(``shape``): length, function-word density and whether it ends like a sentence.

Every rule looks at a single line, never at its neighbours: context is the business of
``story``, ``titles`` and the context rules of ``captions``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from .._data import word_set
from .._punctuation import LINE_END_CLOSERS, ends_like_sentence
from . import bylines, captions, debris
from .lines import (
    BODY_CUES,
    LIST_MARKS,
    TOKEN_RE,
    Cue,
    Line,
    has_address,
    lower_start,
    stopwords,
)
from .lines import tokenize as tokenize
from .reasons import Code, Reason

# An interview's question label: "Q: Why now?", "Q. Who pays?", "Question: ...".
QUESTION_LABEL_RE = re.compile(r"(?:Q|Question|QUESTION)\s?[:.]\s")
LONGEST_SPECIAL = 60  # longest line (in words) that a credit, byline or request cue can claim
UNBOUNDED = 1 << 30

#: A line rule's test: the cue and reason it decides, or None if it does not apply.
Test = Callable[[Line], "tuple[Cue, Reason] | None"]


class Rule(NamedTuple):
    """One line rule: its name, the word counts it applies to, and the test."""

    name: str
    least: int
    most: int
    test: Test


#: Rules for lines of any length, in order.
ANY_LENGTH: tuple[Rule, ...] = (
    Rule("debris phrase", 1, 150, debris.debris_phrase),
    Rule("© credit", 1, 60, captions.copyright_credit),
    Rule("image copyright", 1, 12, captions.image_copyright),
    Rule("copyright notice", 1, 40, debris.copyright_notice),
    Rule("caption label", 1, UNBOUNDED, captions.caption_label),
    Rule("credit opening", 1, 12, captions.credit_head),
    Rule("picture label", 13, UNBOUNDED, captions.picture_label),
    Rule("agency at the end", 4, 150, captions.agency_at_end),
    Rule("credit at the end", 2, 150, captions.credit_at_end),
    Rule("picture description", 5, 150, captions.picture_description),
)
#: Rules for lines of at most ``LONGEST_SPECIAL`` words, in order.
SPECIAL: tuple[Rule, ...] = (
    Rule("agency name", 1, 6, captions.agency_name),
    Rule("credit line", 1, 10, captions.credit_line),
    Rule("picture words", 1, 60, captions.picture_words),
    Rule("many authors", 17, 30, bylines.many_authors),
    Rule("by author", 1, 24, bylines.by_author),
    Rule("author page", 1, 24, bylines.author_page),
    Rule("author and publication", 1, 8, bylines.author_and_publication),
    Rule("date line", 1, 24, bylines.date_line),
    Rule("byline cue", 1, 10, bylines.byline_cue),
    Rule("menu words", 1, 12, debris.menu_words),
    Rule("gallery counter", 1, 12, debris.gallery_counter),
    Rule("web address", 1, 12, debris.web_address),
    Rule("menu marks", 1, 12, debris.menu_marks),
    Rule("addresses the reader", 1, 25, debris.addresses_reader),
    Rule("house ad", 1, 25, debris.house_ad),
    Rule("imperative", 1, 12, debris.imperative),
    Rule("request", 1, 60, debris.request),
    Rule("labelled list", 1, 30, debris.labelled_list),
    Rule("menu separators", 1, 25, debris.menu_separators),
    Rule("reporting credit", 1, 40, bylines.reporting_credit),
    Rule("author contact", 1, 25, bylines.author_contact),
    Rule("author sign-off", 2, 4, bylines.author_sign_off),
)
RULES = ANY_LENGTH + SPECIAL


@cache
def _by_length(rules: str) -> tuple[tuple[Test, ...], ...]:
    """For each word count ``n`` (up to ``LONGEST_SPECIAL`` or 151 for longer lines), the
    tests of the rules in table ``rules`` that apply to a line of ``n`` words, in order."""
    table, top = (ANY_LENGTH, 151) if rules == "any" else (SPECIAL, LONGEST_SPECIAL)
    return tuple(
        tuple(rule.test for rule in table if rule.least <= n <= rule.most) for n in range(top + 1)
    )


NO_WORDS = Reason(Code.NO_WORDS)


def describe(line: Line) -> None:
    """Fill in the line's facts, its cue, reason and ``headline`` flag from its text alone."""
    text = line.text
    low = line.low = text.lower()
    tokens = line.tokens = tokenize(low)
    n = line.n = len(tokens)
    if n == 0:
        line.cue, line.reason = Cue.BOILER, NO_WORDS
        return
    line.ends = ends_like_sentence(text)
    stop = stopwords()
    line.stop = sum(map(stop.__contains__, tokens))
    for test in _by_length("any")[min(n, 151)]:
        got = test(line)
        if got is not None:
            line.cue, line.reason = got
            return
    if n <= LONGEST_SPECIAL:
        for test in _by_length("special")[n]:
            got = test(line)
            if got is not None:
                line.cue, line.reason = got
                return
    shape(line, stop)
    if line.mentions and line.cue in BODY_CUES:
        line.cue, line.reason = Cue.MENTIONS, Reason(Code.DEBRIS_PHRASE, line.mentions)


TRAILING_OFF = Reason(Code.TRAILING_OFF)
NO_LOWER_CASE = Reason(Code.NO_LOWER_CASE)
BODY_TEXT = Reason(Code.BODY_TEXT)
SHORT_SENTENCE = Reason(Code.SHORT_SENTENCE)
SHORT_QUESTION = Reason(Code.SHORT_QUESTION)
LONG_NO_END = Reason(Code.LONG_NO_END)
SHORT_LINE = Reason(Code.SHORT_LINE)
LEAD_IN = Reason(Code.LEAD_IN)
LEAD_IN_WORDS = 4  # a lead-in ending in ":" has at least this many words ...
LEAD_IN_DENSITY = 0.25  # ... and at least this share of function words


def shape(line: Line, stop: frozenset[str]) -> None:
    """The cue of a line that no rule claimed: by its length, its stop-word density and
    whether it ends like a sentence (body text, a short sentence, a long line without a
    sentence end, or a short line such as a headline)."""
    text, n, ends = line.text, line.n, line.ends
    density = line.stop / n
    if ends and n <= 8 and text.rstrip(LINE_END_CLOSERS).endswith(("...", "…")):
        line.cue, line.reason = Cue.SHORT, TRAILING_OFF
        return
    if ends and n <= 6 and not any(c.islower() for c in text):
        line.cue, line.reason = Cue.SHORT, NO_LOWER_CASE  # "N.F.L.", "AP."
        line.headline = False
        return
    if ends:
        if n >= 8 and density >= 0.12:
            line.cue, line.reason = Cue.GOOD, BODY_TEXT
        else:
            line.cue, line.reason = Cue.SENTENCE, SHORT_SENTENCE
        if text.rstrip(LINE_END_CLOSERS).endswith(("?", "!")) and n <= 20:
            title_cased = n >= 2 and _title_cased(TOKEN_RE.findall(text), stop)
            if title_cased or n <= 4:
                line.cue, line.reason = Cue.SHORT, SHORT_QUESTION
            # A headline may ask or exclaim: "Forget shoot to kill ... just shoot!"; an
            # interview's labelled question is the story's text.
            line.headline = (title_cased or 5 <= n <= 12) and not QUESTION_LABEL_RE.match(text)
        return
    if text.endswith(":") and _lead_in(line, density, stop):
        line.cue, line.reason = Cue.SENTENCE, LEAD_IN
        return
    if n >= 15 and density >= 0.2:
        line.cue, line.reason = Cue.NEAR, LONG_NO_END
    else:
        line.cue, line.reason = Cue.SHORT, SHORT_LINE
    line.headline = (
        2 <= n <= 30
        and not text.endswith((":", ",", ";"))
        and not text.startswith(LIST_MARKS)
        and not lower_start(text)  # a paragraph's broken-off piece: "qualified fastest …"
        and " | " not in text
        # cut off mid-phrase: "The men's 800m went to form as" (not a heading in capitals:
        # "WHAT THE MONEY IS FOR")
        and (text.isupper() or not _dangling(line.tokens))
        and any(t.isalpha() for t in line.tokens)  # not a bare figure: "29,603"
        and not has_address(text)
    )


def _lead_in(line: Line, density: float, stop: frozenset[str]) -> bool:
    """A sentence introducing a quotation or a list: "The mayor listed three priorities:",
    "In a statement, she said:". Not a form label or a reader prompt ("Enter your e-mail
    address:", "Find More Articles On:", "Jane says:")."""
    tokens = line.tokens
    return (
        line.n >= LEAD_IN_WORDS
        and density >= LEAD_IN_DENSITY
        and "you" not in tokens
        and "your" not in tokens
        and not line.low.endswith("says:")
        and not _title_cased(TOKEN_RE.findall(line.text), stop)
    )


def _dangling(tokens: list[str]) -> bool:
    """Whether the line ends on a word a heading never ends on (``dangling-words.txt``:
    articles, prepositions, conjunctions)."""
    return tokens[-1] in word_set("dangling-words.txt")


def _title_cased(tokens: list[str], stop: frozenset[str]) -> bool:
    content = [t for t in tokens if t.lower() not in stop]
    return bool(content) and sum(1 for t in content if t[0].isupper()) * 4 >= len(content) * 3
