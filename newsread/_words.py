"""What a word is. One definition feeds every formula and statistic.

(Placeholder definition; see docs/methodology.md for the documented one.)
"""

from __future__ import annotations

import re

# A word: letters/digits, joined by inner apostrophes, hyphens or periods. "two-year-long", "it's"
WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the words of ``text[start:end]``, as (start, end) pairs into ``text``.

    >>> word_spans("Go now, Mr. Smith.")
    [(0, 2), (3, 6), (8, 10), (12, 17)]
    """
    if end is None:
        end = len(text)
    return [m.span() for m in WORD_RE.finditer(text, start, end)]


def words(text: str) -> list[str]:
    """The words of ``text``.

    >>> words("A two-year-long war isn't over.")
    ['A', 'two-year-long', 'war', "isn't", 'over']
    """
    return WORD_RE.findall(text)
