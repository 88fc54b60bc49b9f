"""Splitting text into lines: the unit that segmentation labels.

A line is a maximal run of characters without a line break (``\\n``, ``\\r\\n`` or a lone
``\\r``), with surrounding whitespace trimmed; lines holding only whitespace are skipped.
Offsets always point into the original text, so nothing is normalised or copied.
"""

from __future__ import annotations

import re

# A line with surrounding whitespace trimmed: from its first non-space character to its
# last, never crossing a line break. "  Load more…  " -> "Load more…"
TRIMMED_LINE_RE = re.compile(r"[^\s](?:[^\n\r]*[^\s])?")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``, whitespace trimmed.

    Handles ``\\n``, ``\\r\\n`` and ``\\r`` line ends; runs in linear time (the only
    backtracking is over a line's trailing whitespace). Text without ``\\r`` (the usual
    case) is split with string methods, which is faster than the regular expression and
    gives the same lines: ``str.strip`` and ``\\s`` agree on what is whitespace.

    >>> line_spans("Title\\r\\n\\r\\n  Body text.  \\rNext")
    [(0, 5), (11, 21), (24, 28)]
    >>> line_spans("Title\\n\\n  Body text.  \\nNext")
    [(0, 5), (9, 19), (22, 26)]
    """
    if "\r" in text:
        return [m.span() for m in TRIMMED_LINE_RE.finditer(text)]
    spans = []
    pos = 0
    for piece in text.split("\n"):
        stripped = piece.strip()
        if stripped:
            start = pos + len(piece) - len(piece.lstrip())
            spans.append((start, start + len(stripped)))
        pos += len(piece) + 1
    return spans
