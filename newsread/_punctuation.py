"""Punctuation every stage agrees on: which marks end a sentence and which may close one.

One definition, read by segmentation (does a line end like a sentence?), the sentence
splitter (where may a sentence end?), captions (where does the caption's last sentence end
before a glued credit?) and the language checks (does the text have sentence ends at all?).
This module imports nothing from the rest of newsread, so any module may import it.

>>> ends_like_sentence('He left."'), ends_like_sentence("Load more"), ends_like_sentence("(AP)")
(True, False, False)
"""

from __future__ import annotations

import re

#: Marks that end a sentence: full stop, question and exclamation marks, the ellipsis
#: character and the interrobang. "He left." "Why?" "Wait…"
SENTENCE_MARKS = ".!?…‽"
#: Sentence-final marks of other scripts: ideographic full stop, full-width "!" and "?",
#: the Devanagari danda, the Arabic question mark. Only the language checks read them.
OTHER_SCRIPT_SENTENCE_MARKS = "\u3002\uff01\uff1f\u0964\u061f"
#: Closing quotes and brackets that may follow a sentence's last mark and still belong to
#: it. 'fire."', "(He left.)", "“Why?”"
CLOSERS = "\"'”’»›)]}"
#: What may follow a *line's* last mark with the line still ending like a sentence: the
#: closers and the asterisk that closes a line set in Markdown emphasis ("*He left.*").
#: The splitter does not take "*" as a closer: inside running text an asterisk after a
#: mark is mostly decoration or a list mark ("… in business!!! *****DIRECTIONS"); taken as
#: a closer it added 4 false boundaries (151 -> 155) and no true one on the web gold:
#: ``python ../shared/tools/score_ud_sbd.py ../shared/corpus/sentences-web/ewt_docs.jsonl
#: --merge-unpunctuated --tools newsread``.
LINE_END_CLOSERS = CLOSERS + "*"
#: Opening quotes and brackets, and the inverted marks of Spanish, that may come before a
#: sentence's first word. '“The', "(He", "¿Qué"
OPENERS = "\"'“‘«‹([{¿¡"
_LINE_END_AND_SPACE = LINE_END_CLOSERS + " "
# What a citation marker holds, between its brackets. "24", "citation needed"
CITATION_RE = re.compile(r"\d{1,4}|[a-z][a-z ]{0,24}")
#: Longest citation marker, brackets included. "[citation needed]"
LONGEST_CITATION = 27


def strip_citations(text: str) -> str:
    """``text`` without the citation markers at its end ("… in 2015. [24]", "…
    [citation needed]", "… [2][3]") and the spaces before them. It looks back from the
    end with string methods, at most ``LONGEST_CITATION`` characters a marker, so it is
    linear in the length of the text whatever it holds.

    >>> strip_citations("It opened in 1921. [2][3]"), strip_citations("A list [sic] of")
    ('It opened in 1921.', 'A list [sic] of')
    """
    while text.endswith("]"):
        start = text.rfind("[", max(0, len(text) - LONGEST_CITATION))
        if start < 0 or not CITATION_RE.fullmatch(text, start + 1, len(text) - 1):
            break
        text = text[:start].rstrip()
    return text


def char_class(chars: str) -> str:
    """A regular-expression character class matching any one of ``chars``.

    >>> [c for c in 'a."]*-' if re.fullmatch(char_class(LINE_END_CLOSERS), c)]
    ['"', ']', '*']
    """
    return "[" + re.escape(chars) + "]"


# One sentence mark anywhere (does a paragraph or line have any?). "."
SENTENCE_MARK_RE = re.compile(char_class(SENTENCE_MARKS))


def ends_like_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence: its last mark, citation markers ("[24]"),
    closing quotes, brackets and asterisks (:data:`LINE_END_CLOSERS`) and spaces aside, is
    one of :data:`SENTENCE_MARKS`.

    Args:
        text: A line, a sentence or any piece of text.

    Returns:
        True when the text's last mark ends a sentence.

    >>> ends_like_sentence("Is it over?” she asked."), ends_like_sentence("(Reuters)")
    (True, False)
    >>> ends_like_sentence("Wait…"), ends_like_sentence("*“Stop!”)* "), ends_like_sentence("")
    (True, True, False)
    >>> ends_like_sentence("It opened in 1921. [25]")
    True
    """
    tail = strip_citations(text).rstrip(_LINE_END_AND_SPACE)
    return bool(tail) and tail[-1] in SENTENCE_MARKS
